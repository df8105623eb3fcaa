/* onderzoek.c - the allow-list of the researchers' view and the rules of a granted summary. */
#include "core/onderzoek.h"

#include <string.h>

#include "core/casus.h"
#include "core/perm.h"

/* Members of organisation objects, appended to each place an organisation appears. */
#define ORG(p) p ".naam", p ".type", p ".code"

static const char *const toegestaan[] = {
	"referentie", "status", "ontvangenOp", "afgerondOp", "looptijd", "complexiteit", "indienerType", "urgentie",
	"leefgebieden", "beleidsterreinen", "wetten", "maatwerk", "redenGeenLeerpunt", "letEscalatie",
	"buitenlandseComponent", "followUpOp", "followUpAntwoord", "samenvatting", "registerGeprobeerd",
	"indiener", "indiener.organisatie", ORG("indiener.organisatie"),
	"betrokkenOrganisaties", ORG("betrokkenOrganisaties"),
	"knelpunten", "knelpunten.categorie", "knelpunten.soorten",
	"interventies", "interventies.type", "interventies.datum",
	"maatwerkToepassingen", "maatwerkToepassingen.vorm", "maatwerkToepassingen.wet", "maatwerkToepassingen.datum",
	"maatwerkToepassingen.door", ORG("maatwerkToepassingen.door"),
	"leerpunten", "leerpunten.id", "leerpunten.omschrijving", "leerpunten.categorie", "leerpunten.orde",
	"leerpunten.vraag", "leerpunten.alBekend", "leerpunten.terugkerend", "leerpunten.themas", "leerpunten.bron",
	"leerpunten.bronReferentie", "leerpunten.gesignaleerdOp", "leerpunten.wetten", "leerpunten.koppelingen",
	"leerpunten.koppelingen.soort", "leerpunten.koppelingen.referentie", "leerpunten.koppelingen.url",
	"leerpunten.beleggingen", "leerpunten.beleggingen.id", "leerpunten.beleggingen.bij",
	ORG("leerpunten.beleggingen.bij"), "leerpunten.beleggingen.status", "leerpunten.beleggingen.reden",
	"leerpunten.beleggingen.pmmSoort", "leerpunten.beleggingen.nietBelegd", "leerpunten.beleggingen.partners",
	ORG("leerpunten.beleggingen.partners"), "leerpunten.beleggingen.doorgezetNaar",
	"leerpunten.beleggingen.historie", "leerpunten.beleggingen.historie.datum",
	"leerpunten.beleggingen.historie.status", "leerpunten.beleggingen.historie.reden",
};

bool
onderzoek_veld_toegestaan(const char *pad)
{
	for (size_t i = 0; pad != NULL && i < sizeof(toegestaan) / sizeof(toegestaan[0]); i++)
		if (strcmp(toegestaan[i], pad) == 0)
			return true;
	return false;
}

bool
onderzoek_organisatienaam_zichtbaar(enum organisatie_type t)
{
	return t == ORGTYPE_MINISTERIE || t == ORGTYPE_GEMEENTE || t == ORGTYPE_LANDELIJKE_PUBLIEKE_DIENSTVERLENER ||
	    t == ORGTYPE_LOKET;
}

bool
perm_onderzoek_casus(const struct actor *a, enum casus_status status)
{
	return perm_ingelogd(a) && perm_onderzoek(a) && status == STATUS_AFGEROND;
}

bool
perm_samenvatting_vrijgeven(const struct actor *a)
{
	return perm_ingelogd(a) && actor_has(a, ROL_REGIEVOERDER);
}

enum err_code
onderzoek_samenvatting_check(const char *tekst, bool gecontroleerd, struct err *e)
{
	if (casus_tekst_check(tekst, "samenvatting", ONDERZOEK_MAX_SAMENVATTING, true, e) != ERR_OK)
		return e->code;
	if (!gecontroleerd)
		return err_set(e, ERR_VALIDATION, "gecontroleerd",
		    "Bevestig dat de samenvatting geen namen, contactgegevens of andere herleidbare gegevens bevat.");
	return ERR_OK;
}
