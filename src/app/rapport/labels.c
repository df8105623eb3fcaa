/* labels.c - the Dutch words for the rows and parts of the jaarrapportage that core/codes.h does not name. */
#include "app/rapport/labels.h"

const char *const rapport_status_kort[OPVOLGING__MAX] = {
	[OPVOLGING_BELEGD] = "Belegd", [OPVOLGING_IN_VERKENNING] = "In verkenning",
	[OPVOLGING_IN_UITVOERING] = "In uitvoering", [OPVOLGING_OPGEVOLGD] = "Opgevolgd",
	[OPVOLGING_GEEN_OPVOLGING] = "Geen opvolging", [OPVOLGING_ONBEKEND] = "Onbekend",
};

const char *const rapport_partij_label[PARTIJ__MAX] = {
	[PARTIJ_MINISTERIE] = "Ministeries", [PARTIJ_GEMEENTE] = "Gemeenten",
	[PARTIJ_LPD] = "Landelijke publieke dienstverleners", [PARTIJ_PMM] = "PMM zelf",
	[PARTIJ_OVERIG] = "Overige partijen",
};

const char *const rapport_ministerie_kort[BELEIDSTERREIN__MAX] = {
	[BELEIDSTERREIN_VWS] = "VWS", [BELEIDSTERREIN_SZW] = "SZW", [BELEIDSTERREIN_JENV] = "JenV",
	[BELEIDSTERREIN_BZK] = "BZK", [BELEIDSTERREIN_OCW] = "OCW", [BELEIDSTERREIN_FIN] = "Financiën",
	[BELEIDSTERREIN_BUZA] = "BuZa", [BELEIDSTERREIN_AENM] = "A&M", [BELEIDSTERREIN_VRO] = "VRO",
};

const char *const rapport_indiener_wat[INDIENER__MAX] = {
	[INDIENER_GEMEENTE] = "ingediend door een gemeente",
	[INDIENER_LANDELIJKE_PUBLIEKE_DIENSTVERLENER] = "ingediend door een landelijke publieke dienstverlener",
	[INDIENER_ZORGINSTELLING] = "ingediend door een zorginstelling",
	[INDIENER_OVERIG] = "ingediend door een overige partij (zoals een ander loket, een bewindvoerder of een mentor)",
};

const char *const rapport_interventie_wat[INTERVENTIE__MAX] = {
	[INTERVENTIE_EXPERT] = "met een interventie vanuit de expertfunctie (doorvragen, meedenken, advies)",
	[INTERVENTIE_NETWERK] = "met een interventie vanuit de netwerkfunctie (doorverwijzen, partijen bij elkaar brengen)",
	[INTERVENTIE_GEZAG] = "waarin het Loket informeel gezag inzette",
	[INTERVENTIE_ESCALATIE] = "met een escalatie",
};

const char *const rapport_looptijd_label[LOOPTIJD__MAX] = {
	[LOOPTIJD_4_WEKEN] = "t/m 4 weken", [LOOPTIJD_8_WEKEN] = "5 t/m 8 weken",
	[LOOPTIJD_12_WEKEN] = "9 t/m 12 weken", [LOOPTIJD_16_WEKEN] = "13 t/m 16 weken",
	[LOOPTIJD_20_WEKEN] = "17 t/m 20 weken", [LOOPTIJD_LANGER] = "meer dan 20 weken",
};

const char *const rapport_aantal_label[AANTAL__MAX] = {
	[AANTAL_GEEN] = "Geen leefgebied", [AANTAL_EEN] = "Eén leefgebied", [AANTAL_TWEE] = "Twee leefgebieden",
	[AANTAL_DRIE_OF_MEER] = "Drie of meer leefgebieden",
};

const char *const rapport_orde_label[RAPPORT_ORDE__MAX] = {
	"Eerste orde (binnen bestaande kaders, casusniveau)",
	"Tweede orde (kaders aanpassen, organisatieniveau)",
	"Derde orde (het stelsel zelf, wetten)",
};

const struct rapport_gebrek_tekst rapport_gebrek_tekst[GEBREK__MAX] = {
	[GEBREK_LEEFGEBIED] = { "Geen leefgebied vastgelegd",
	  "Deze casussen tellen bij geen enkel leefgebied mee (wel bij ‘geen leefgebied’ in het aantal leefgebieden)." },
	[GEBREK_INDIENER_TYPE] = { "Soort indiener onbekend",
	  "Deze casussen ontbreken in de figuur over indieners." },
	[GEBREK_INTERVENTIE] = { "Afgerond zonder vastgelegde interventie",
	  "Deze casussen tellen bij geen enkele soort interventie mee." },
	[GEBREK_BELEIDSTERREIN] = { "Geen beleidsterrein vastgelegd",
	  "Deze casussen ontbreken in de figuur over beleidsterreinen." },
	[GEBREK_LOOPTIJD] = { "Looptijd onbekend",
	  "Geen ontvangstdatum, of afgerond vóór de ontvangstdatum: deze casussen ontbreken in de figuren over de "
	  "looptijd." },
	[GEBREK_MINISTERIE] = { "Leerpunt belegd bij een onbekend ministerie",
	  "De belegging telt mee bij de ministeries, maar niet in de tabel per ministerie." },
};

char *
rapport_band_label(struct arena *a, int band)
{
	if (band + 1 < RAPPORT_BAND__MAX)
		return arena_printf(a, "%d–%d", rapport_band_van[band], rapport_band_van[band + 1] - 1);
	return arena_printf(a, "%d of meer", rapport_band_van[band]);
}

const char *
rapport_partij_naam(const struct rapport_partij_opvolging *p)
{
	if (p->soort == PARTIJ_PMM)
		return "PMM";
	return p->naam != NULL ? p->naam : "(naam onbekend)";
}
