/* onderzoek.h - the researchers' pseudonymised view of closed casussen: the members they see, the summary a regievoerder grants. */
#ifndef DOORBRAAK_ONDERZOEK_H
#define DOORBRAAK_ONDERZOEK_H

#include <stdbool.h>

#include "core/codes.h"
#include "core/err.h"
#include "core/rol.h"

#define ONDERZOEK_MAX_SAMENVATTING 5000   /* bytes of a granted summary */

/*
 * The onderzoeker analyses closed casussen on a pseudonymised view: codes,
 * dates and counts, no names, no contact details, no free text about the
 * household. A casus is known by its referentie (a pseudonym). The one
 * exception to "no free text" is a summary a regievoerder wrote, reviewed
 * and granted (samenvatting).
 *
 * onderzoek_veld_toegestaan answers for a member of the casus in the
 * interchange format, by its path without array indices
 * ("knelpunten.categorie", "leerpunten.beleggingen.bij.naam"). Allowed:
 * referentie, status, ontvangenOp, afgerondOp, looptijd, complexiteit,
 * indienerType, urgentie, leefgebieden, beleidsterreinen, wetten, maatwerk,
 * redenGeenLeerpunt, letEscalatie, buitenlandseComponent, followUpOp,
 * followUpAntwoord, samenvatting; of organisations (the indiener's, the
 * betrokken organisaties, who applied maatwerk) type, code and naam - the
 * naam only of public bodies (onderzoek_organisatienaam_zichtbaar) - and
 * the rol never; knelpunten' categorie and soorten; interventies' type and
 * datum; maatwerkToepassingen' vorm, wet and datum; of leerpunten everything
 * the leerpunten overview already shows them (they classify leerpunten),
 * with of each belegging its party, status, reden, pmmSoort, nietBelegd,
 * partners, doorgezetNaar and the dates and statuses of its history (not
 * its notes). Nothing else: not the persons, hulpvraag, situatie,
 * geprobeerd, resultaat, procesregie, the omschrijvingen of knelpunten and
 * interventies, the follow-up's toelichting, escalaties, overbruggingen.
 */
bool onderzoek_veld_toegestaan(const char *pad);

/*
 * An organisation's name is shown when it is a public body: a ministerie,
 * gemeente, landelijke publieke dienstverlener or loket (the report names
 * these). A zorgaanbieder, woningcorporatie, school or private party could
 * point to the household: only its type.
 */
bool onderzoek_organisatienaam_zichtbaar(enum organisatie_type t);

/* May see the research view of a casus with this status: onderzoeker or regievoerder, and only when afgerond. */
bool perm_onderzoek_casus(const struct actor *a, enum casus_status status);

/* May write, review and grant (or withdraw) the summary of a casus for the researchers: regievoerder. */
bool perm_samenvatting_vrijgeven(const struct actor *a);

/*
 * Checks a summary before it is granted: 1..ONDERZOEK_MAX_SAMENVATTING
 * bytes, no BSN, and the regievoerder confirmed it holds no names or
 * contact details (gecontroleerd). ERR_VALIDATION with field "samenvatting"
 * or "gecontroleerd".
 */
enum err_code onderzoek_samenvatting_check(const char *tekst, bool gecontroleerd, struct err *e);

#endif
