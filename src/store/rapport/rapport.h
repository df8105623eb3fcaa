/* rapport.h - what the jaarrapportage reads: the casussen of its years with only the fields its figures count. */
#ifndef DOORBRAAK_STORE_RAPPORT_H
#define DOORBRAAK_STORE_RAPPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "core/casus.h"
#include "core/err.h"
#include "core/rapport_systeemleren.h"
#include "lib/mem.h"
#include "store/store.h"

/*
 * The casussen (not concepts) afgerond or ontvangen in the years
 * van_jaar..tot_jaar, in referentie order, loaded into a as core/rapport.h
 * counts them - and nothing more: no free text, no names of persons.
 * Of every casus: id, referentie, status, ontvangen_op, afgerond_op,
 * indiener_type, let_escalatie (derived from its escalaties), buitenlandse_component and the connection
 * dates of the indiener's organisation (as store_casus_load gives them).
 * Of those afgerond in the years also: leefgebieden, beleidsterreinen, the
 * type of each betrokken organisatie, the type of each interventie (the
 * timeline's, without corrected ones), and the leerpunten (id, categorie,
 * orde, vraag, alBekend, terugkerend) with their current beleggingen (not
 * forwarded): the organisation's naam, type and code, bij_pmm, and the status
 * and reden of the latest history row. Every other field is as casus_init
 * leaves it. All from one read snapshot. *out is an array of *n pointers.
 * On failure returns the store's code with e filled; *out and *n are unset.
 */
enum err_code store_rapport_casussen(struct store *st, struct arena *a, int van_jaar, int tot_jaar,
    const struct casus *const **out, size_t *n, struct err *e);

/*
 * Everything the report of those years reads, from one read snapshot: the
 * casussen as store_rapport_casussen gives them and, of those afgerond in the
 * years, also their knelpunten (categorie and kinds), maatwerk records (form,
 * wet, organisation), maatwerk summary, follow-up answer, reden geen
 * leerpunt, the names of their indiener's and betrokken organisations, the
 * leerpunten's omschrijving, and every belegging (forwarded and addressed
 * but not belegd ones too) with its id, party, forwarding, PMM kind, partners
 * and whole history; then the first signalenoverleg of each casus, the
 * directory of organisations (for grouping), the navraag rounds and every
 * realised system change. All in a.
 */
enum err_code store_rapport_invoer(struct store *st, struct arena *a, int van_jaar, int tot_jaar,
    struct rapport_invoer *in, struct err *e);

/*
 * heeft[j - van] = true for every year j in van..tot in which a casus (not a
 * concept) was ontvangen or afgerond, false for the others (the years a
 * report can be made of). Two index lookups per year, however many casussen.
 */
enum err_code store_rapport_jaren(struct store *st, int van, int tot, bool *heeft, struct err *e);

#endif
