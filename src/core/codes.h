/* codes.h - the classifications of ../shared/domain.md as enums with their snake_case codes and Dutch labels. */
#ifndef DOORBRAAK_CODES_H
#define DOORBRAAK_CODES_H

#include <stdbool.h>

/* A classification: codes[i] is the API/export code, labels[i] the Dutch display text. */
struct codelist {
	const char *name;          /* e.g. "leefgebied" */
	const char *const *codes;
	const char *const *labels;
	int n;
};

/* Index of code in list (exact match), or -1. */
int codelist_find(const struct codelist *l, const char *code);
/* Like codelist_find, but case-insensitive (used for ministry codes: "jenv" = "JenV"). */
int codelist_find_nocase(const struct codelist *l, const char *code);

enum leefgebied {
	LEEFGEBIED_FINANCIEN, LEEFGEBIED_WONEN, LEEFGEBIED_VERBLIJF, LEEFGEBIED_LICHAMELIJKE_GEZONDHEID,
	LEEFGEBIED_PSYCHOLOGISCHE_GEZONDHEID, LEEFGEBIED_ZORG, LEEFGEBIED_WERK_EN_ACTIVITEITEN,
	LEEFGEBIED_ONDERWIJS, LEEFGEBIED_JUSTITIE, LEEFGEBIED_VEILIGHEID, LEEFGEBIED_SOCIALE_RELATIES,
	LEEFGEBIED_ZINGEVING, LEEFGEBIED__MAX
};
enum indiener_type {
	INDIENER_GEMEENTE, INDIENER_LANDELIJKE_PUBLIEKE_DIENSTVERLENER, INDIENER_ZORGINSTELLING,
	INDIENER_OVERIG, INDIENER__MAX
};
/* Beleidsterreinen are the ministries; their codes are also the ministries' short codes. */
enum beleidsterrein {
	BELEIDSTERREIN_VWS, BELEIDSTERREIN_SZW, BELEIDSTERREIN_JENV, BELEIDSTERREIN_BZK,
	BELEIDSTERREIN_OCW, BELEIDSTERREIN_FIN, BELEIDSTERREIN_BUZA, BELEIDSTERREIN_AENM,
	BELEIDSTERREIN_VRO, BELEIDSTERREIN__MAX
};
enum organisatie_type {
	ORGTYPE_MINISTERIE, ORGTYPE_GEMEENTE, ORGTYPE_LANDELIJKE_PUBLIEKE_DIENSTVERLENER, ORGTYPE_LOKET,
	ORGTYPE_ZORGAANBIEDER, ORGTYPE_ZORGVERZEKERAAR, ORGTYPE_ZORGKANTOOR, ORGTYPE_WONINGCORPORATIE,
	ORGTYPE_OVERIG,
	/* issue 9: parties the seeds name among indieners and in casussen */
	ORGTYPE_BUITENLANDSE_OVERHEID, ORGTYPE_ONDERWIJSINSTELLING, ORGTYPE_WERKGEVER,
	ORGTYPE_BEWINDVOERING_MENTORSCHAP, ORGTYPE_SOCIAAL_RAADSLIEDEN, ORGTYPE_DEURWAARDER, ORGTYPE__MAX
};
enum categorie {  /* knelpunt and leerpunt categories */
	CATEGORIE_KENNIS_EN_KUNDE, CATEGORIE_SAMENWERKING, CATEGORIE_COMMUNICATIE,
	CATEGORIE_WET_EN_REGELGEVING, CATEGORIE_ICT, CATEGORIE_OVERIG, CATEGORIE__MAX
};
enum interventie_type {
	INTERVENTIE_EXPERT, INTERVENTIE_NETWERK, INTERVENTIE_GEZAG, INTERVENTIE_ESCALATIE, INTERVENTIE__MAX
};
enum maatwerk {
	MAATWERK_GEEN, MAATWERK_HARDHEIDSCLAUSULE, MAATWERK_EVENREDIGHEIDSBEGINSEL, MAATWERK_MAATWERKBUDGET,
	MAATWERK_ANDERS, MAATWERK__MAX
};
enum casus_status {
	STATUS_CONCEPT,          /* a saved draft of the indiener, not yet submitted */
	STATUS_AANGEMELD, STATUS_IN_BEHANDELING, STATUS_AFGEROND, STATUS__MAX
};
enum opvolging_status {  /* of a belegging */
	OPVOLGING_BELEGD, OPVOLGING_IN_VERKENNING, OPVOLGING_IN_UITVOERING, OPVOLGING_OPGEVOLGD,
	OPVOLGING_GEEN_OPVOLGING, OPVOLGING_ONBEKEND, OPVOLGING__MAX
};
enum geen_opvolging_reden {
	REDEN_GEEN_ROL_OF_BEVOEGDHEID, REDEN_BEANTWOORD_CONFORM_BELEID, REDEN_NIET_STRUCTUREEL,
	REDEN_NIET_HERKEND, REDEN_STELSELVRAAGSTUK, REDEN_BEWUSTE_BELEIDSKEUZE, REDEN_NIET_TE_ACHTERHALEN,
	REDEN__MAX
};
enum followup_antwoord {  /* was the citizen helped, asked months after closure */
	FOLLOWUP_OPGELOST, FOLLOWUP_DEELS_OPGELOST, FOLLOWUP_NIET_OPGELOST, FOLLOWUP_ONBEKEND, FOLLOWUP__MAX
};
enum activiteit_type {
	ACTIVITEIT_CONTACTMOMENT, ACTIVITEIT_NOTITIE, ACTIVITEIT_INTERVENTIE, ACTIVITEIT_STATUSWIJZIGING,
	ACTIVITEIT_CORRECTIE, ACTIVITEIT__MAX
};
enum urgentie { URGENTIE_NORMAAL, URGENTIE_HOOG, URGENTIE_ZEER_HOOG, URGENTIE__MAX };
enum deelnemer_rol {  /* as whom someone is invited to a casus besides its indiener and regievoerders */
	DEELNEMER_AMBASSADEUR, DEELNEMER_MAATWERKPROFESSIONAL, DEELNEMER__MAX
};

extern const struct codelist codes_leefgebied, codes_indiener_type, codes_beleidsterrein,
    codes_organisatie_type, codes_categorie, codes_interventie_type, codes_maatwerk, codes_casus_status,
    codes_opvolging_status, codes_reden, codes_followup, codes_activiteit_type, codes_urgentie,
    codes_deelnemer_rol;

/* Full names of the ministries, indexed by enum beleidsterrein ("Ministerie van Volksgezondheid, Welzijn en Sport"). */
extern const char *const ministerie_naam[BELEIDSTERREIN__MAX];

#endif
