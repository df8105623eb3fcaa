/* json.h - the jaarrapportage's figures as JSON: the output of `doorbraak report`; the keys are decided here. */
#ifndef DOORBRAAK_RAPPORT_JSON_H
#define DOORBRAAK_RAPPORT_JSON_H

#include <jansson.h>

#include "core/rapport.h"

/*
 * The figures of one year as a new JSON object with exactly the members of
 * issue 4 ("Jaarrapportage"), in this order: jaar, ingediend, afgerond,
 * looptijd {binnen4Weken, binnen8Weken, langerDan20Weken, mediaanDagen,
 * verdeling [{totEnMetWeken, aantal}]}, indieners, indienersGemeenteAangesloten,
 * leefgebieden, aantalLeefgebieden {"0","1","2","3+"}, beleidsterreinen,
 * beleidsterreinenUitsluitend, betrokkenOrganisaties, interventies,
 * escalatiesLet, leerpunten {casussenMetLeerpunten, totaal, nietBelegd,
 * beleggingen, perMinisterie, categorie, orde {"1","2","3"}, status}; every
 * code of each classification present. mediaanDagen is an integer when whole
 * and a real (x.5) otherwise, 0 for an empty year - check `afgerond` before
 * quoting it. The caller owns the result (json_decref).
 *
 * Out of memory: the results are never NULL when jansson allocates through
 * xmalloc (json_set_alloc_funcs(xmalloc, free) at start-up); with jansson's
 * default allocator they can be NULL or incomplete after a failed allocation.
 */
json_t *rapport_json_figuren(const struct rapport_figuren *f);

/*
 * The data-quality lists: {"jaar", "afgerond", "geenLeefgebied",
 * "geenIndienerType", "geenInterventie", "geenBeleidsterrein", "geenLooptijd",
 * "onbekendMinisterie"}, each an array of referenties in input order (a casus
 * without referentie appears as "#<id>"). Caller owns the result.
 */
json_t *rapport_json_kwaliteit(const struct rapport_kwaliteit *k);
/* The key of each data-quality list in that object ("geenLeefgebied"). */
extern const char *const rapport_json_gebrek[GEBREK__MAX];

/*
 * The distribution of the complexity score: {"jaar", "afgerond", "mediaan",
 * "verdeling": [{"van", "totEnMet", "aantal"}...]}, the last band with
 * "totEnMet": null; mediaan as mediaanDagen. Caller owns the result.
 */
json_t *rapport_json_complexiteit(const struct rapport_figuren *f);

struct rapport_systeemleren;

/*
 * Chapters 3 to 5 as PMM publishes them (core/rapport_systeemleren.h), as an
 * object whose members `doorbraak report` adds to the figures: peildatum,
 * peildatumBron, peildatumRonde, analyse, knelpunten, knelpuntenGeanalyseerd,
 * maatwerk, leerpuntenPerPartij, telling, kruistabellen, systeemwijzigingen
 * (docs/jaarrapportage.md lists what each holds). Caller owns the result.
 */
json_t *rapport_json_systeemleren(const struct rapport_systeemleren *sl);

/* The code of each kind of party in leerpunten.beleggingen ("ministerie", ..., "pmm", "overig"). */
extern const char *const rapport_json_partij[PARTIJ__MAX];

#endif
