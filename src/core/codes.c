/* codes.c - the code tables of codes.h (codes and Dutch labels) and the one lookup over them. */
#include "codes.h"

#include <stddef.h>
#include <strings.h>
#include <string.h>

/*
 * Each list is two arrays sized by the enum's __MAX sentinel and filled with
 * designated initialisers, so a code added to an enum without a table entry
 * shows up as a NULL (tests/unit/test_codes.c checks for that).
 */
#define CODELIST(var, listname, max, codes, labels) \
	const struct codelist var = { listname, codes, labels, max }

static const char *const leefgebied_codes[LEEFGEBIED__MAX] = {
	[LEEFGEBIED_FINANCIEN] = "financien",
	[LEEFGEBIED_WONEN] = "wonen",
	[LEEFGEBIED_VERBLIJF] = "verblijf",
	[LEEFGEBIED_LICHAMELIJKE_GEZONDHEID] = "lichamelijke_gezondheid",
	[LEEFGEBIED_PSYCHOLOGISCHE_GEZONDHEID] = "psychologische_gezondheid",
	[LEEFGEBIED_ZORG] = "zorg",
	[LEEFGEBIED_WERK_EN_ACTIVITEITEN] = "werk_en_activiteiten",
	[LEEFGEBIED_ONDERWIJS] = "onderwijs",
	[LEEFGEBIED_JUSTITIE] = "justitie",
	[LEEFGEBIED_VEILIGHEID] = "veiligheid",
	[LEEFGEBIED_SOCIALE_RELATIES] = "sociale_relaties",
	[LEEFGEBIED_ZINGEVING] = "zingeving",
	[LEEFGEBIED_WOONLAND_INGEZETENSCHAP] = "woonland_ingezetenschap",
};
static const char *const leefgebied_labels[LEEFGEBIED__MAX] = {
	[LEEFGEBIED_FINANCIEN] = "Financiën",
	[LEEFGEBIED_WONEN] = "Wonen",
	[LEEFGEBIED_VERBLIJF] = "Verblijf (verblijfsstatus)",
	[LEEFGEBIED_LICHAMELIJKE_GEZONDHEID] = "Lichamelijke gezondheid",
	[LEEFGEBIED_PSYCHOLOGISCHE_GEZONDHEID] = "Psychologische gezondheid",
	[LEEFGEBIED_ZORG] = "Zorg",
	[LEEFGEBIED_WERK_EN_ACTIVITEITEN] = "Werk en activiteiten",
	[LEEFGEBIED_ONDERWIJS] = "Onderwijs",
	[LEEFGEBIED_JUSTITIE] = "Justitie",
	[LEEFGEBIED_VEILIGHEID] = "Veiligheid",
	[LEEFGEBIED_SOCIALE_RELATIES] = "Sociale relaties",
	[LEEFGEBIED_ZINGEVING] = "Zingeving",
	[LEEFGEBIED_WOONLAND_INGEZETENSCHAP] = "Woonland en ingezetenschap (inschrijving in de BRP)",
};
CODELIST(codes_leefgebied, "leefgebied", LEEFGEBIED__MAX, leefgebied_codes, leefgebied_labels);

static const char *const indiener_type_codes[INDIENER__MAX] = {
	[INDIENER_GEMEENTE] = "gemeente",
	[INDIENER_LANDELIJKE_PUBLIEKE_DIENSTVERLENER] = "landelijke_publieke_dienstverlener",
	[INDIENER_ZORGINSTELLING] = "zorginstelling",
	[INDIENER_OVERIG] = "overig",
};
static const char *const indiener_type_labels[INDIENER__MAX] = {
	[INDIENER_GEMEENTE] = "Gemeente",
	[INDIENER_LANDELIJKE_PUBLIEKE_DIENSTVERLENER] = "Landelijke publieke dienstverlener",
	[INDIENER_ZORGINSTELLING] = "Zorginstelling",
	[INDIENER_OVERIG] = "Overige partij",
};
CODELIST(codes_indiener_type, "indienerType", INDIENER__MAX, indiener_type_codes, indiener_type_labels);

static const char *const beleidsterrein_codes[BELEIDSTERREIN__MAX] = {
	[BELEIDSTERREIN_VWS] = "VWS",
	[BELEIDSTERREIN_SZW] = "SZW",
	[BELEIDSTERREIN_JENV] = "JenV",
	[BELEIDSTERREIN_BZK] = "BZK",
	[BELEIDSTERREIN_OCW] = "OCW",
	[BELEIDSTERREIN_FIN] = "FIN",
	[BELEIDSTERREIN_BUZA] = "BuZa",
	[BELEIDSTERREIN_AENM] = "AenM",
	[BELEIDSTERREIN_VRO] = "VRO",
};
static const char *const beleidsterrein_labels[BELEIDSTERREIN__MAX] = {
	[BELEIDSTERREIN_VWS] = "Volksgezondheid, Welzijn en Sport (VWS)",
	[BELEIDSTERREIN_SZW] = "Sociale Zaken en Werkgelegenheid (SZW)",
	[BELEIDSTERREIN_JENV] = "Justitie en Veiligheid (JenV)",
	[BELEIDSTERREIN_BZK] = "Binnenlandse Zaken en Koninkrijksrelaties (BZK)",
	[BELEIDSTERREIN_OCW] = "Onderwijs, Cultuur en Wetenschap (OCW)",
	[BELEIDSTERREIN_FIN] = "Financiën, waaronder Toeslagen (FIN)",
	[BELEIDSTERREIN_BUZA] = "Buitenlandse Zaken (BuZa)",
	[BELEIDSTERREIN_AENM] = "Asiel en Migratie (A&M)",
	[BELEIDSTERREIN_VRO] = "Volkshuisvesting en Ruimtelijke Ordening (VRO)",
};
CODELIST(codes_beleidsterrein, "beleidsterrein", BELEIDSTERREIN__MAX, beleidsterrein_codes,
    beleidsterrein_labels);

const char *const ministerie_naam[BELEIDSTERREIN__MAX] = {
	[BELEIDSTERREIN_VWS] = "Ministerie van Volksgezondheid, Welzijn en Sport",
	[BELEIDSTERREIN_SZW] = "Ministerie van Sociale Zaken en Werkgelegenheid",
	[BELEIDSTERREIN_JENV] = "Ministerie van Justitie en Veiligheid",
	[BELEIDSTERREIN_BZK] = "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
	[BELEIDSTERREIN_OCW] = "Ministerie van Onderwijs, Cultuur en Wetenschap",
	[BELEIDSTERREIN_FIN] = "Ministerie van Financiën",
	[BELEIDSTERREIN_BUZA] = "Ministerie van Buitenlandse Zaken",
	[BELEIDSTERREIN_AENM] = "Ministerie van Asiel en Migratie",
	[BELEIDSTERREIN_VRO] = "Ministerie van Volkshuisvesting en Ruimtelijke Ordening",
};

static const char *const organisatie_type_codes[ORGTYPE__MAX] = {
	[ORGTYPE_MINISTERIE] = "ministerie",
	[ORGTYPE_GEMEENTE] = "gemeente",
	[ORGTYPE_LANDELIJKE_PUBLIEKE_DIENSTVERLENER] = "landelijke_publieke_dienstverlener",
	[ORGTYPE_LOKET] = "loket",
	[ORGTYPE_ZORGAANBIEDER] = "zorgaanbieder",
	[ORGTYPE_ZORGVERZEKERAAR] = "zorgverzekeraar",
	[ORGTYPE_ZORGKANTOOR] = "zorgkantoor",
	[ORGTYPE_WONINGCORPORATIE] = "woningcorporatie",
	[ORGTYPE_OVERIG] = "overig",
	[ORGTYPE_BUITENLANDSE_OVERHEID] = "buitenlandse_overheid",
	[ORGTYPE_ONDERWIJSINSTELLING] = "onderwijsinstelling",
	[ORGTYPE_WERKGEVER] = "werkgever",
	[ORGTYPE_BEWINDVOERING_MENTORSCHAP] = "bewindvoering_mentorschap",
	[ORGTYPE_SOCIAAL_RAADSLIEDEN] = "sociaal_raadslieden",
	[ORGTYPE_DEURWAARDER] = "deurwaarder",
};
static const char *const organisatie_type_labels[ORGTYPE__MAX] = {
	[ORGTYPE_MINISTERIE] = "Ministerie",
	[ORGTYPE_GEMEENTE] = "Gemeente",
	[ORGTYPE_LANDELIJKE_PUBLIEKE_DIENSTVERLENER] = "Landelijke publieke dienstverlener",
	[ORGTYPE_LOKET] = "Loket of team (ander loket)",
	[ORGTYPE_ZORGAANBIEDER] = "Zorgaanbieder",
	[ORGTYPE_ZORGVERZEKERAAR] = "Zorgverzekeraar",
	[ORGTYPE_ZORGKANTOOR] = "Zorgkantoor",
	[ORGTYPE_WONINGCORPORATIE] = "Woningcorporatie",
	[ORGTYPE_OVERIG] = "Overige organisatie",
	[ORGTYPE_BUITENLANDSE_OVERHEID] = "Buitenlandse overheid (ambassade, instantie in het buitenland)",
	[ORGTYPE_ONDERWIJSINSTELLING] = "Onderwijsinstelling (school, samenwerkingsverband)",
	[ORGTYPE_WERKGEVER] = "Werkgever (ook uitzendbureau)",
	[ORGTYPE_BEWINDVOERING_MENTORSCHAP] = "Bewindvoering of mentorschap",
	[ORGTYPE_SOCIAAL_RAADSLIEDEN] = "Sociaal raadslieden",
	[ORGTYPE_DEURWAARDER] = "Deurwaarder",
};
CODELIST(codes_organisatie_type, "organisatietype", ORGTYPE__MAX, organisatie_type_codes,
    organisatie_type_labels);

static const char *const categorie_codes[CATEGORIE__MAX] = {
	[CATEGORIE_KENNIS_EN_KUNDE] = "kennis_en_kunde",
	[CATEGORIE_SAMENWERKING] = "samenwerking",
	[CATEGORIE_COMMUNICATIE] = "communicatie",
	[CATEGORIE_WET_EN_REGELGEVING] = "wet_en_regelgeving",
	[CATEGORIE_ICT] = "ict",
	[CATEGORIE_OVERIG] = "overig",
};
static const char *const categorie_labels[CATEGORIE__MAX] = {
	[CATEGORIE_KENNIS_EN_KUNDE] = "Kennis en kunde",
	[CATEGORIE_SAMENWERKING] = "Samenwerking",
	[CATEGORIE_COMMUNICATIE] = "Communicatie",
	[CATEGORIE_WET_EN_REGELGEVING] = "Wet- en regelgeving",
	[CATEGORIE_ICT] = "ICT",
	[CATEGORIE_OVERIG] = "Overig",
};
CODELIST(codes_categorie, "categorie", CATEGORIE__MAX, categorie_codes, categorie_labels);

static const char *const interventie_type_codes[INTERVENTIE__MAX] = {
	[INTERVENTIE_EXPERT] = "expert",
	[INTERVENTIE_NETWERK] = "netwerk",
	[INTERVENTIE_GEZAG] = "gezag",
	[INTERVENTIE_ESCALATIE] = "escalatie",
};
static const char *const interventie_type_labels[INTERVENTIE__MAX] = {
	[INTERVENTIE_EXPERT] = "Expertinterventie (doorvragen, meedenken, advies)",
	[INTERVENTIE_NETWERK] = "Netwerkinterventie (doorverwijzen, partijen bij elkaar brengen)",
	[INTERVENTIE_GEZAG] = "Informeel gezag",
	[INTERVENTIE_ESCALATIE] = "Escalatie (Landelijk Escalatie Team)",
};
CODELIST(codes_interventie_type, "interventie", INTERVENTIE__MAX, interventie_type_codes,
    interventie_type_labels);

static const char *const maatwerk_codes[MAATWERK__MAX] = {
	[MAATWERK_GEEN] = "geen",
	[MAATWERK_HARDHEIDSCLAUSULE] = "hardheidsclausule",
	[MAATWERK_EVENREDIGHEIDSBEGINSEL] = "evenredigheidsbeginsel",
	[MAATWERK_MAATWERKBUDGET] = "maatwerkbudget",
	[MAATWERK_ANDERS] = "anders",
};
static const char *const maatwerk_labels[MAATWERK__MAX] = {
	[MAATWERK_GEEN] = "Geen maatwerk (oplossing binnen de regels)",
	[MAATWERK_HARDHEIDSCLAUSULE] = "Hardheidsclausule",
	[MAATWERK_EVENREDIGHEIDSBEGINSEL] = "Evenredigheidsbeginsel",
	[MAATWERK_MAATWERKBUDGET] = "Maatwerkbudget",
	[MAATWERK_ANDERS] = "Ander maatwerk",
};
CODELIST(codes_maatwerk, "maatwerk", MAATWERK__MAX, maatwerk_codes, maatwerk_labels);

static const char *const casus_status_codes[STATUS__MAX] = {
	[STATUS_CONCEPT] = "concept",
	[STATUS_AANGEMELD] = "aangemeld",
	[STATUS_IN_BEHANDELING] = "in_behandeling",
	[STATUS_AFGEROND] = "afgerond",
};
static const char *const casus_status_labels[STATUS__MAX] = {
	[STATUS_CONCEPT] = "Concept (nog niet ingediend)",
	[STATUS_AANGEMELD] = "Aangemeld",
	[STATUS_IN_BEHANDELING] = "In behandeling",
	[STATUS_AFGEROND] = "Afgerond",
};
CODELIST(codes_casus_status, "status", STATUS__MAX, casus_status_codes, casus_status_labels);

static const char *const opvolging_status_codes[OPVOLGING__MAX] = {
	[OPVOLGING_BELEGD] = "belegd",
	[OPVOLGING_IN_VERKENNING] = "in_verkenning",
	[OPVOLGING_IN_UITVOERING] = "in_uitvoering",
	[OPVOLGING_OPGEVOLGD] = "opgevolgd",
	[OPVOLGING_GEEN_OPVOLGING] = "geen_opvolging",
	[OPVOLGING_ONBEKEND] = "onbekend",
};
static const char *const opvolging_status_labels[OPVOLGING__MAX] = {
	[OPVOLGING_BELEGD] = "Belegd (nog geen reactie bekend)",
	[OPVOLGING_IN_VERKENNING] = "In verkenning",
	[OPVOLGING_IN_UITVOERING] = "In uitvoering",
	[OPVOLGING_OPGEVOLGD] = "Opgevolgd",
	[OPVOLGING_GEEN_OPVOLGING] = "Geen opvolging",
	[OPVOLGING_ONBEKEND] = "Onbekend (niet te achterhalen)",
};
CODELIST(codes_opvolging_status, "opvolgingsstatus", OPVOLGING__MAX, opvolging_status_codes,
    opvolging_status_labels);

static const char *const reden_codes[REDEN__MAX] = {
	[REDEN_GEEN_ROL_OF_BEVOEGDHEID] = "geen_rol_of_bevoegdheid",
	[REDEN_BEANTWOORD_CONFORM_BELEID] = "beantwoord_conform_beleid",
	[REDEN_NIET_STRUCTUREEL] = "niet_structureel",
	[REDEN_NIET_HERKEND] = "niet_herkend",
	[REDEN_STELSELVRAAGSTUK] = "stelselvraagstuk",
	[REDEN_BEWUSTE_BELEIDSKEUZE] = "bewuste_beleidskeuze",
	[REDEN_NIET_TE_ACHTERHALEN] = "niet_te_achterhalen",
};
static const char *const reden_labels[REDEN__MAX] = {
	[REDEN_GEEN_ROL_OF_BEVOEGDHEID] = "Geen rol of bevoegdheid",
	[REDEN_BEANTWOORD_CONFORM_BELEID] = "Beantwoord conform beleid",
	[REDEN_NIET_STRUCTUREEL] = "Niet structureel",
	[REDEN_NIET_HERKEND] = "Niet herkend",
	[REDEN_STELSELVRAAGSTUK] = "Stelselvraagstuk",
	[REDEN_BEWUSTE_BELEIDSKEUZE] = "Bewuste beleidskeuze",
	[REDEN_NIET_TE_ACHTERHALEN] = "Niet te achterhalen",
};
CODELIST(codes_reden, "reden", REDEN__MAX, reden_codes, reden_labels);

static const char *const followup_codes[FOLLOWUP__MAX] = {
	[FOLLOWUP_OPGELOST] = "opgelost",
	[FOLLOWUP_DEELS_OPGELOST] = "deels_opgelost",
	[FOLLOWUP_NIET_OPGELOST] = "niet_opgelost",
	[FOLLOWUP_ONBEKEND] = "onbekend",
};
static const char *const followup_labels[FOLLOWUP__MAX] = {
	[FOLLOWUP_OPGELOST] = "Opgelost",
	[FOLLOWUP_DEELS_OPGELOST] = "Deels opgelost",
	[FOLLOWUP_NIET_OPGELOST] = "Niet opgelost",
	[FOLLOWUP_ONBEKEND] = "Onbekend",
};
CODELIST(codes_followup, "followUpAntwoord", FOLLOWUP__MAX, followup_codes, followup_labels);

static const char *const register_poging_codes[REGPOGING__MAX] = {
	[REGPOGING_JA] = "ja",
	[REGPOGING_NEE] = "nee",
	[REGPOGING_GEEN_TOEGANG] = "geen_toegang",
};
static const char *const register_poging_labels[REGPOGING__MAX] = {
	[REGPOGING_JA] = "Ja, eerst in het Maatwerkregister gezocht",
	[REGPOGING_NEE] = "Nee, het register niet geprobeerd",
	[REGPOGING_GEEN_TOEGANG] = "Nee, geen toegang tot het register",
};
CODELIST(codes_register_poging, "registerGeprobeerd", REGPOGING__MAX, register_poging_codes, register_poging_labels);

static const char *const activiteit_type_codes[ACTIVITEIT__MAX] = {
	[ACTIVITEIT_CONTACTMOMENT] = "contactmoment",
	[ACTIVITEIT_NOTITIE] = "notitie",
	[ACTIVITEIT_INTERVENTIE] = "interventie",
	[ACTIVITEIT_STATUSWIJZIGING] = "statuswijziging",
	[ACTIVITEIT_CORRECTIE] = "correctie",
};
static const char *const activiteit_type_labels[ACTIVITEIT__MAX] = {
	[ACTIVITEIT_CONTACTMOMENT] = "Contactmoment",
	[ACTIVITEIT_NOTITIE] = "Notitie",
	[ACTIVITEIT_INTERVENTIE] = "Interventie",
	[ACTIVITEIT_STATUSWIJZIGING] = "Statuswijziging",
	[ACTIVITEIT_CORRECTIE] = "Correctie",
};
CODELIST(codes_activiteit_type, "activiteit", ACTIVITEIT__MAX, activiteit_type_codes,
    activiteit_type_labels);

static const char *const urgentie_codes[URGENTIE__MAX] = {
	[URGENTIE_NORMAAL] = "normaal",
	[URGENTIE_HOOG] = "hoog",
	[URGENTIE_ZEER_HOOG] = "zeer_hoog",
};
static const char *const urgentie_labels[URGENTIE__MAX] = {
	[URGENTIE_NORMAAL] = "Normaal",
	[URGENTIE_HOOG] = "Hoog",
	[URGENTIE_ZEER_HOOG] = "Zeer hoog",
};
CODELIST(codes_urgentie, "urgentie", URGENTIE__MAX, urgentie_codes, urgentie_labels);

static const char *const deelnemer_rol_codes[DEELNEMER__MAX] = {
	[DEELNEMER_AMBASSADEUR] = "ambassadeur",
	[DEELNEMER_MAATWERKPROFESSIONAL] = "maatwerkprofessional",
};
static const char *const deelnemer_rol_labels[DEELNEMER__MAX] = {
	[DEELNEMER_AMBASSADEUR] = "Ambassadeur",
	[DEELNEMER_MAATWERKPROFESSIONAL] = "Maatwerkprofessional",
};
CODELIST(codes_deelnemer_rol, "rol", DEELNEMER__MAX, deelnemer_rol_codes, deelnemer_rol_labels);

static int
find(const struct codelist *l, const char *code, int (*cmp)(const char *, const char *))
{
	if (l == NULL || code == NULL)
		return -1;
	for (int i = 0; i < l->n; i++)
		if (l->codes[i] != NULL && cmp(l->codes[i], code) == 0)
			return i;
	return -1;
}

int
codelist_find(const struct codelist *l, const char *code)
{
	return find(l, code, strcmp);
}

int
codelist_find_nocase(const struct codelist *l, const char *code)
{
	return find(l, code, strcasecmp);
}
