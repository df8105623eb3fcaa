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
	LEEFGEBIED_ZINGEVING,
	LEEFGEBIED_WOONLAND_INGEZETENSCHAP,   /* issue 11: woonland and BRP registration, not the residence permit */
	LEEFGEBIED__MAX
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
/* Whether the indiener tried the Maatwerkregister before the Loket (asked at intake; -1 in a casus: not answered). */
enum register_poging { REGPOGING_JA, REGPOGING_NEE, REGPOGING_GEEN_TOEGANG, REGPOGING__MAX };
enum deelnemer_rol {  /* as whom someone is invited to a casus besides its indiener and regievoerders */
	DEELNEMER_AMBASSADEUR, DEELNEMER_MAATWERKPROFESSIONAL, DEELNEMER__MAX
};

/* ---- issue 11: recording a casus and systeemleren as PMM works (codes_systeemleren.c) ---- */

/*
 * Wetten en regelingen, as tags on casussen, leerpunten and maatwerk (and on
 * the expertise of a professional in the Maatwerkregister). Allow-listed:
 * a law that is not here is tagged `anders` and named in the text. At most
 * 64 (stored as a bit set: uint64_t).
 */
enum wet_regeling {
	WET_WLZ, WET_ZVW, WET_WMO_2015, WET_JEUGDWET, WET_PARTICIPATIEWET, WET_BRP, WET_AWB, WET_WSF_2000,
	WET_TOESLAGEN, WET_VREEMDELINGENWET, WET_WZD, WET_WVGGZ, WET_WFZ, WET_AOW, WET_WW, WET_WIA, WET_WAJONG,
	WET_AKW, WET_WGS, WET_WSNP, WET_LEERPLICHTWET, WET_PASSEND_ONDERWIJS, WET_HUISVESTINGSWET,
	WET_PENITENTIAIRE_BEGINSELENWET, WET_ANDERS, WET__MAX
};
_Static_assert(WET__MAX <= 64, "wetten are a 64-bit set");

/*
 * The kinds of a knelpunt within its categorie (the kinds the 2024 report and
 * the 2023 letter name). Each kind belongs to one categorie
 * (knelpunt_soort_categorie); a knelpunt has none, one or several (a bit set).
 */
enum knelpunt_soort {
	/* wet_en_regelgeving */
	KSOORT_LACUNE, KSOORT_VICIEUZE_CIRKEL, KSOORT_RIGIDE_TOEPASSING, KSOORT_ONDUIDELIJKE_VERANTWOORDELIJKHEID,
	KSOORT_VRIJWILLIG_GEDWONGEN_KADER, KSOORT_ONVOORZIENE_SITUATIE, KSOORT_ONDUIDELIJKE_INTERPRETATIE,
	KSOORT_ONDUIDELIJKE_AFWIJKINGSRUIMTE,
	/* overig */
	KSOORT_SCHAARSTE_WOONRUIMTE, KSOORT_SCHAARSTE_ZORGPLEK, KSOORT_PERSONEELSTEKORT, KSOORT_TRAGE_PROCESSEN,
	KSOORT_COMPLEXE_PROCEDURE, KSOORT_LANGE_DOORLOOPTIJD, KSOORT_TERUGVORDERING,
	/* kennis_en_kunde */
	KSOORT_COMPLEXE_REGELGEVING, KSOORT_ONDUIDELIJK_HANDELINGSPERSPECTIEF, KSOORT_JURIDISCH_ADMINISTRATIEF_PROCES,
	KSOORT_FINANCIERINGSMOGELIJKHEDEN, KSOORT_INVULLING_ZORGINDICATIE, KSOORT_ONBEKENDE_HULPSTRUCTUUR,
	KSOORT_VERWACHTE_KENNIS_ONTBRAK,
	/* samenwerking */
	KSOORT_VERSCHIL_IN_VISIE, KSOORT_ONDUIDELIJKE_ROLVERDELING, KSOORT_WEINIG_CONSTRUCTIEVE_HOUDING,
	KSOORT_ONDUIDELIJKE_FINANCIERING,
	/* communicatie */
	KSOORT_VANUIT_ORGANISATIE, KSOORT_ORGANISATIE_INWONER, KSOORT_BINNEN_ORGANISATIE, KSOORT_MET_BUITENLAND,
	KSOORT__MAX
};
/* The categorie each knelpunt soort belongs to, indexed by enum knelpunt_soort. */
extern const enum categorie knelpunt_soort_categorie[KSOORT__MAX];

/* A form of maatwerk that was applied (a casus can have several); `geen` is the absence of records. */
enum maatwerk_vorm {
	MVORM_HARDHEIDSCLAUSULE, MVORM_EVENREDIGHEIDSBEGINSEL, MVORM_MAATWERKBUDGET, MVORM_COULANCEREGELING,
	MVORM_ANDERS, MVORM__MAX
};
/* Why a closed casus got no leerpunt (report 5.2.5). */
enum reden_geen_leerpunt {
	GEENLP_UNIEK, GEENLP_VANZELF_OPGELOST, GEENLP_SNEL_DOORVERWEZEN, GEENLP_NOG_NIET_VASTGELOPEN,
	GEENLP_NOG_NIET_BESPROKEN, GEENLP__MAX
};
/* Where a leerpunt (a signal) came from. `casus` is the default: a leerpunt of one or more casussen. */
enum leerpunt_bron {
	BRON_CASUS, BRON_LET, BRON_BESTUURLIJKE_TAFEL, BRON_ANDER_LOKET, BRON_SOCIAAL_RAADSLIEDEN,
	BRON_MENSENRECHTENORGANISATIE, BRON_AMBASSADEURSOVERLEG, BRON_NAVRAAG, BRON_ANDERS, BRON__MAX
};
/* What a leerpunt can be linked to outside doorbraak (a link and a reference). */
enum koppeling_soort {
	KOPPELING_WERK_AAN_UITVOERING, KOPPELING_KNELPUNTENBRIEF, KOPPELING_STAAT_VAN_DE_UITVOERING,
	KOPPELING_KAMERVRAGEN, KOPPELING_ANDERS, KOPPELING__MAX
};
/*
 * The two codes below start at 1: 0 is "none" (a struct filled with zeros
 * then says nothing), and their codelists have no code at index 0 (NULL,
 * so codelist_find never finds it; a store binds it as SQL NULL).
 */
/* How PMM itself is involved in a leerpunt belegd bij PMM (report 5.2.4); 0: not recorded. */
enum pmm_soort {
	PMMSOORT_GEEN, PMMSOORT_REGIE_IN_OPVOLGING, PMMSOORT_MONITORING_VAN_SIGNALEN, PMMSOORT_ZELF_KENNIS_MEENEMEN,
	PMMSOORT_KENNISDELING, PMMSOORT__MAX
};
/* Why a leerpunt addressed to a party was deliberately not belegd there; 0: it was belegd. */
enum niet_belegd_reden {
	NIETBELEGD_NEE, NIETBELEGD_ONDUIDELIJK_OF_STRUCTUREEL, NIETBELEGD_AL_BREED_BEKEND, NIETBELEGD_DOORGEGEVEN_ZONDER_BELEGGING,
	NIETBELEGD_ANDERS, NIETBELEGD__MAX
};
/* The kind of a realised system change (a result of systeemleren). */
enum systeemwijziging_soort {
	SWSOORT_WETSWIJZIGING, SWSOORT_REGELING, SWSOORT_WERKWIJZE, SWSOORT_HANDBOEK, SWSOORT_INFORMATIE,
	SWSOORT_REGISTRATIE, SWSOORT__MAX
};
/* Whom a navraag round asks about a belegging (core/navraag.h decides from the party). */
enum navraag_gevraagde {
	GEVRAAGD_AMBASSADEUR, GEVRAAGD_INDIENER, GEVRAAGD_MAATWERKPROFESSIONAL, GEVRAAGD_REGIEVOERDER,
	GEVRAAGD__MAX
};

extern const struct codelist codes_wet_regeling, codes_knelpunt_soort, codes_maatwerk_vorm,
    codes_reden_geen_leerpunt, codes_leerpunt_bron, codes_koppeling_soort, codes_pmm_soort,
    codes_niet_belegd_reden, codes_systeemwijziging_soort, codes_navraag_gevraagde;

extern const struct codelist codes_leefgebied, codes_indiener_type, codes_beleidsterrein,
    codes_organisatie_type, codes_categorie, codes_interventie_type, codes_maatwerk, codes_casus_status,
    codes_opvolging_status, codes_reden, codes_followup, codes_activiteit_type, codes_urgentie,
    codes_deelnemer_rol, codes_register_poging;

/* Full names of the ministries, indexed by enum beleidsterrein ("Ministerie van Volksgezondheid, Welzijn en Sport"). */
extern const char *const ministerie_naam[BELEIDSTERREIN__MAX];

#endif
