/* codes_systeemleren.c - the code tables of issue 11: wetten en regelingen, knelpunt kinds, maatwerk, signals, beleggingen, navraag. */
#include "codes.h"

#define CODELIST(var, listname, max, codes, labels) \
	const struct codelist var = { listname, codes, labels, max }

static const char *const wet_codes[WET__MAX] = {
	[WET_WLZ] = "wlz",
	[WET_ZVW] = "zvw",
	[WET_WMO_2015] = "wmo_2015",
	[WET_JEUGDWET] = "jeugdwet",
	[WET_PARTICIPATIEWET] = "participatiewet",
	[WET_BRP] = "brp",
	[WET_AWB] = "awb",
	[WET_WSF_2000] = "wsf_2000",
	[WET_TOESLAGEN] = "toeslagen",
	[WET_VREEMDELINGENWET] = "vreemdelingenwet",
	[WET_WZD] = "wzd",
	[WET_WVGGZ] = "wvggz",
	[WET_WFZ] = "wfz",
	[WET_AOW] = "aow",
	[WET_WW] = "ww",
	[WET_WIA] = "wia",
	[WET_WAJONG] = "wajong",
	[WET_AKW] = "akw",
	[WET_WGS] = "wgs",
	[WET_WSNP] = "wsnp",
	[WET_LEERPLICHTWET] = "leerplichtwet",
	[WET_PASSEND_ONDERWIJS] = "passend_onderwijs",
	[WET_HUISVESTINGSWET] = "huisvestingswet",
	[WET_PENITENTIAIRE_BEGINSELENWET] = "penitentiaire_beginselenwet",
	[WET_ANDERS] = "anders",
};
static const char *const wet_labels[WET__MAX] = {
	[WET_WLZ] = "Wet langdurige zorg (Wlz)",
	[WET_ZVW] = "Zorgverzekeringswet (Zvw)",
	[WET_WMO_2015] = "Wet maatschappelijke ondersteuning 2015 (Wmo)",
	[WET_JEUGDWET] = "Jeugdwet",
	[WET_PARTICIPATIEWET] = "Participatiewet",
	[WET_BRP] = "Wet basisregistratie personen (BRP)",
	[WET_AWB] = "Algemene wet bestuursrecht (Awb)",
	[WET_WSF_2000] = "Wet studiefinanciering 2000 (Wsf 2000)",
	[WET_TOESLAGEN] = "Toeslagen (Awir, zorgtoeslag, huurtoeslag, kinderopvangtoeslag, kindgebonden budget)",
	[WET_VREEMDELINGENWET] = "Vreemdelingenwet 2000",
	[WET_WZD] = "Wet zorg en dwang (Wzd)",
	[WET_WVGGZ] = "Wet verplichte geestelijke gezondheidszorg (Wvggz)",
	[WET_WFZ] = "Wet forensische zorg (Wfz)",
	[WET_AOW] = "Algemene Ouderdomswet (AOW)",
	[WET_WW] = "Werkloosheidswet (WW)",
	[WET_WIA] = "Wet werk en inkomen naar arbeidsvermogen (WIA)",
	[WET_WAJONG] = "Wet arbeidsongeschiktheidsvoorziening jonggehandicapten (Wajong)",
	[WET_AKW] = "Algemene Kinderbijslagwet (AKW)",
	[WET_WGS] = "Wet gemeentelijke schuldhulpverlening (Wgs)",
	[WET_WSNP] = "Wet schuldsanering natuurlijke personen (Wsnp)",
	[WET_LEERPLICHTWET] = "Leerplichtwet 1969",
	[WET_PASSEND_ONDERWIJS] = "Wet passend onderwijs",
	[WET_HUISVESTINGSWET] = "Huisvestingswet 2014",
	[WET_PENITENTIAIRE_BEGINSELENWET] = "Penitentiaire beginselenwet",
	[WET_ANDERS] = "Andere wet of regeling",
};
CODELIST(codes_wet_regeling, "wetRegeling", WET__MAX, wet_codes, wet_labels);

static const char *const knelpunt_soort_codes[KSOORT__MAX] = {
	[KSOORT_LACUNE] = "lacune",
	[KSOORT_VICIEUZE_CIRKEL] = "vicieuze_cirkel",
	[KSOORT_RIGIDE_TOEPASSING] = "rigide_toepassing",
	[KSOORT_ONDUIDELIJKE_VERANTWOORDELIJKHEID] = "onduidelijke_verantwoordelijkheid",
	[KSOORT_VRIJWILLIG_GEDWONGEN_KADER] = "vrijwillig_gedwongen_kader",
	[KSOORT_ONVOORZIENE_SITUATIE] = "onvoorziene_situatie",
	[KSOORT_ONDUIDELIJKE_INTERPRETATIE] = "onduidelijke_interpretatie",
	[KSOORT_ONDUIDELIJKE_AFWIJKINGSRUIMTE] = "onduidelijke_afwijkingsruimte",
	[KSOORT_SCHAARSTE_WOONRUIMTE] = "schaarste_woonruimte",
	[KSOORT_SCHAARSTE_ZORGPLEK] = "schaarste_zorgplek",
	[KSOORT_PERSONEELSTEKORT] = "personeelstekort",
	[KSOORT_TRAGE_PROCESSEN] = "trage_processen",
	[KSOORT_COMPLEXE_PROCEDURE] = "complexe_procedure",
	[KSOORT_LANGE_DOORLOOPTIJD] = "lange_doorlooptijd",
	[KSOORT_TERUGVORDERING] = "terugvordering",
	[KSOORT_COMPLEXE_REGELGEVING] = "complexe_regelgeving",
	[KSOORT_ONDUIDELIJK_HANDELINGSPERSPECTIEF] = "onduidelijk_handelingsperspectief",
	[KSOORT_JURIDISCH_ADMINISTRATIEF_PROCES] = "juridisch_administratief_proces",
	[KSOORT_FINANCIERINGSMOGELIJKHEDEN] = "financieringsmogelijkheden",
	[KSOORT_INVULLING_ZORGINDICATIE] = "invulling_zorgindicatie",
	[KSOORT_ONBEKENDE_HULPSTRUCTUUR] = "onbekende_hulpstructuur",
	[KSOORT_VERWACHTE_KENNIS_ONTBRAK] = "verwachte_kennis_ontbrak",
	[KSOORT_VERSCHIL_IN_VISIE] = "verschil_in_visie",
	[KSOORT_ONDUIDELIJKE_ROLVERDELING] = "onduidelijke_rolverdeling",
	[KSOORT_WEINIG_CONSTRUCTIEVE_HOUDING] = "weinig_constructieve_houding",
	[KSOORT_ONDUIDELIJKE_FINANCIERING] = "onduidelijke_financiering",
	[KSOORT_VANUIT_ORGANISATIE] = "vanuit_organisatie",
	[KSOORT_ORGANISATIE_INWONER] = "organisatie_inwoner",
	[KSOORT_BINNEN_ORGANISATIE] = "binnen_organisatie",
	[KSOORT_MET_BUITENLAND] = "met_buitenland",
};
static const char *const knelpunt_soort_labels[KSOORT__MAX] = {
	[KSOORT_LACUNE] = "Lacune: de regels voorzien niet in deze situatie",
	[KSOORT_VICIEUZE_CIRKEL] = "Vicieuze cirkel: regels verwijzen naar elkaar",
	[KSOORT_RIGIDE_TOEPASSING] = "Rigide toepassing van de regels",
	[KSOORT_ONDUIDELIJKE_VERANTWOORDELIJKHEID] = "Onduidelijk wie verantwoordelijk is",
	[KSOORT_VRIJWILLIG_GEDWONGEN_KADER] = "Spanning tussen vrijwillig en gedwongen kader",
	[KSOORT_ONVOORZIENE_SITUATIE] = "Situatie die de wet niet heeft voorzien",
	[KSOORT_ONDUIDELIJKE_INTERPRETATIE] = "Onduidelijk hoe de regel moet worden uitgelegd",
	[KSOORT_ONDUIDELIJKE_AFWIJKINGSRUIMTE] = "Onduidelijk wanneer mag worden afgeweken",
	[KSOORT_SCHAARSTE_WOONRUIMTE] = "Schaarste aan woonruimte",
	[KSOORT_SCHAARSTE_ZORGPLEK] = "Schaarste aan zorgplekken",
	[KSOORT_PERSONEELSTEKORT] = "Personeelstekort",
	[KSOORT_TRAGE_PROCESSEN] = "Trage processen",
	[KSOORT_COMPLEXE_PROCEDURE] = "Complexe procedure",
	[KSOORT_LANGE_DOORLOOPTIJD] = "Lange doorlooptijd",
	[KSOORT_TERUGVORDERING] = "Financiële terugvordering",
	[KSOORT_COMPLEXE_REGELGEVING] = "Complexe regelgeving",
	[KSOORT_ONDUIDELIJK_HANDELINGSPERSPECTIEF] = "Onduidelijk handelingsperspectief",
	[KSOORT_JURIDISCH_ADMINISTRATIEF_PROCES] = "Juridisch of administratief proces",
	[KSOORT_FINANCIERINGSMOGELIJKHEDEN] = "Financieringsmogelijkheden onbekend",
	[KSOORT_INVULLING_ZORGINDICATIE] = "Invulling van een zorgindicatie",
	[KSOORT_ONBEKENDE_HULPSTRUCTUUR] = "Hulpstructuur onbekend",
	[KSOORT_VERWACHTE_KENNIS_ONTBRAK] = "Kennis die verwacht mocht worden ontbrak",
	[KSOORT_VERSCHIL_IN_VISIE] = "Verschil in visie",
	[KSOORT_ONDUIDELIJKE_ROLVERDELING] = "Onduidelijke rolverdeling tussen partijen",
	[KSOORT_WEINIG_CONSTRUCTIEVE_HOUDING] = "Weinig constructieve houding (ook angst voor precedent)",
	[KSOORT_ONDUIDELIJKE_FINANCIERING] = "Onduidelijke financiering",
	[KSOORT_VANUIT_ORGANISATIE] = "Communicatie vanuit een organisatie",
	[KSOORT_ORGANISATIE_INWONER] = "Communicatie tussen organisatie en inwoner",
	[KSOORT_BINNEN_ORGANISATIE] = "Communicatie binnen een organisatie",
	[KSOORT_MET_BUITENLAND] = "Communicatie met een partij in het buitenland",
};
CODELIST(codes_knelpunt_soort, "knelpuntSoort", KSOORT__MAX, knelpunt_soort_codes, knelpunt_soort_labels);

const enum categorie knelpunt_soort_categorie[KSOORT__MAX] = {
	[KSOORT_LACUNE] = CATEGORIE_WET_EN_REGELGEVING,
	[KSOORT_VICIEUZE_CIRKEL] = CATEGORIE_WET_EN_REGELGEVING,
	[KSOORT_RIGIDE_TOEPASSING] = CATEGORIE_WET_EN_REGELGEVING,
	[KSOORT_ONDUIDELIJKE_VERANTWOORDELIJKHEID] = CATEGORIE_WET_EN_REGELGEVING,
	[KSOORT_VRIJWILLIG_GEDWONGEN_KADER] = CATEGORIE_WET_EN_REGELGEVING,
	[KSOORT_ONVOORZIENE_SITUATIE] = CATEGORIE_WET_EN_REGELGEVING,
	[KSOORT_ONDUIDELIJKE_INTERPRETATIE] = CATEGORIE_WET_EN_REGELGEVING,
	[KSOORT_ONDUIDELIJKE_AFWIJKINGSRUIMTE] = CATEGORIE_WET_EN_REGELGEVING,
	[KSOORT_SCHAARSTE_WOONRUIMTE] = CATEGORIE_OVERIG,
	[KSOORT_SCHAARSTE_ZORGPLEK] = CATEGORIE_OVERIG,
	[KSOORT_PERSONEELSTEKORT] = CATEGORIE_OVERIG,
	[KSOORT_TRAGE_PROCESSEN] = CATEGORIE_OVERIG,
	[KSOORT_COMPLEXE_PROCEDURE] = CATEGORIE_OVERIG,
	[KSOORT_LANGE_DOORLOOPTIJD] = CATEGORIE_OVERIG,
	[KSOORT_TERUGVORDERING] = CATEGORIE_OVERIG,
	[KSOORT_COMPLEXE_REGELGEVING] = CATEGORIE_KENNIS_EN_KUNDE,
	[KSOORT_ONDUIDELIJK_HANDELINGSPERSPECTIEF] = CATEGORIE_KENNIS_EN_KUNDE,
	[KSOORT_JURIDISCH_ADMINISTRATIEF_PROCES] = CATEGORIE_KENNIS_EN_KUNDE,
	[KSOORT_FINANCIERINGSMOGELIJKHEDEN] = CATEGORIE_KENNIS_EN_KUNDE,
	[KSOORT_INVULLING_ZORGINDICATIE] = CATEGORIE_KENNIS_EN_KUNDE,
	[KSOORT_ONBEKENDE_HULPSTRUCTUUR] = CATEGORIE_KENNIS_EN_KUNDE,
	[KSOORT_VERWACHTE_KENNIS_ONTBRAK] = CATEGORIE_KENNIS_EN_KUNDE,
	[KSOORT_VERSCHIL_IN_VISIE] = CATEGORIE_SAMENWERKING,
	[KSOORT_ONDUIDELIJKE_ROLVERDELING] = CATEGORIE_SAMENWERKING,
	[KSOORT_WEINIG_CONSTRUCTIEVE_HOUDING] = CATEGORIE_SAMENWERKING,
	[KSOORT_ONDUIDELIJKE_FINANCIERING] = CATEGORIE_SAMENWERKING,
	[KSOORT_VANUIT_ORGANISATIE] = CATEGORIE_COMMUNICATIE,
	[KSOORT_ORGANISATIE_INWONER] = CATEGORIE_COMMUNICATIE,
	[KSOORT_BINNEN_ORGANISATIE] = CATEGORIE_COMMUNICATIE,
	[KSOORT_MET_BUITENLAND] = CATEGORIE_COMMUNICATIE,
};

static const char *const maatwerk_vorm_codes[MVORM__MAX] = {
	[MVORM_HARDHEIDSCLAUSULE] = "hardheidsclausule",
	[MVORM_EVENREDIGHEIDSBEGINSEL] = "evenredigheidsbeginsel",
	[MVORM_MAATWERKBUDGET] = "maatwerkbudget",
	[MVORM_COULANCEREGELING] = "coulanceregeling",
	[MVORM_ANDERS] = "anders",
};
static const char *const maatwerk_vorm_labels[MVORM__MAX] = {
	[MVORM_HARDHEIDSCLAUSULE] = "Hardheidsclausule",
	[MVORM_EVENREDIGHEIDSBEGINSEL] = "Evenredigheidsbeginsel (art. 3:4 Awb)",
	[MVORM_MAATWERKBUDGET] = "Maatwerkbudget",
	[MVORM_COULANCEREGELING] = "Coulanceregeling",
	[MVORM_ANDERS] = "Ander maatwerk",
};
CODELIST(codes_maatwerk_vorm, "maatwerkVorm", MVORM__MAX, maatwerk_vorm_codes, maatwerk_vorm_labels);

static const char *const geen_leerpunt_codes[GEENLP__MAX] = {
	[GEENLP_UNIEK] = "uniek",
	[GEENLP_VANZELF_OPGELOST] = "vanzelf_opgelost",
	[GEENLP_SNEL_DOORVERWEZEN] = "snel_doorverwezen",
	[GEENLP_NOG_NIET_VASTGELOPEN] = "nog_niet_vastgelopen",
	[GEENLP_NOG_NIET_BESPROKEN] = "nog_niet_besproken",
};
static const char *const geen_leerpunt_labels[GEENLP__MAX] = {
	[GEENLP_UNIEK] = "Unieke situatie: er valt niets structureels uit te leren",
	[GEENLP_VANZELF_OPGELOST] = "Het probleem loste zich vanzelf op",
	[GEENLP_SNEL_DOORVERWEZEN] = "Snel doorverwezen",
	[GEENLP_NOG_NIET_VASTGELOPEN] = "Nog niet vastgelopen; alleen sparren",
	[GEENLP_NOG_NIET_BESPROKEN] = "Nog niet besproken in het signalenoverleg",
};
CODELIST(codes_reden_geen_leerpunt, "redenGeenLeerpunt", GEENLP__MAX, geen_leerpunt_codes, geen_leerpunt_labels);

static const char *const bron_codes[BRON__MAX] = {
	[BRON_CASUS] = "casus",
	[BRON_LET] = "let",
	[BRON_BESTUURLIJKE_TAFEL] = "bestuurlijke_tafel",
	[BRON_ANDER_LOKET] = "ander_loket",
	[BRON_SOCIAAL_RAADSLIEDEN] = "sociaal_raadslieden",
	[BRON_MENSENRECHTENORGANISATIE] = "mensenrechtenorganisatie",
	[BRON_AMBASSADEURSOVERLEG] = "ambassadeursoverleg",
	[BRON_NAVRAAG] = "navraag",
	[BRON_ANDERS] = "anders",
};
static const char *const bron_labels[BRON__MAX] = {
	[BRON_CASUS] = "Een casus van het Loket",
	[BRON_LET] = "Het Landelijk Escalatie Team",
	[BRON_BESTUURLIJKE_TAFEL] = "De Bestuurlijke Tafel Casuïstiek",
	[BRON_ANDER_LOKET] = "Een ander loket of team",
	[BRON_SOCIAAL_RAADSLIEDEN] = "Sociaal raadslieden",
	[BRON_MENSENRECHTENORGANISATIE] = "Een mensenrechtenorganisatie",
	[BRON_AMBASSADEURSOVERLEG] = "Het ambassadeursoverleg",
	[BRON_NAVRAAG] = "De navraag",
	[BRON_ANDERS] = "Een andere bron",
};
CODELIST(codes_leerpunt_bron, "bron", BRON__MAX, bron_codes, bron_labels);

static const char *const koppeling_codes[KOPPELING__MAX] = {
	[KOPPELING_WERK_AAN_UITVOERING] = "werk_aan_uitvoering",
	[KOPPELING_KNELPUNTENBRIEF] = "knelpuntenbrief",
	[KOPPELING_STAAT_VAN_DE_UITVOERING] = "staat_van_de_uitvoering",
	[KOPPELING_KAMERVRAGEN] = "kamervragen",
	[KOPPELING_ANDERS] = "anders",
};
static const char *const koppeling_labels[KOPPELING__MAX] = {
	[KOPPELING_WERK_AAN_UITVOERING] = "Werk aan Uitvoering",
	[KOPPELING_KNELPUNTENBRIEF] = "Knelpuntenbrief",
	[KOPPELING_STAAT_VAN_DE_UITVOERING] = "Staat van de Uitvoering",
	[KOPPELING_KAMERVRAGEN] = "Kamervragen",
	[KOPPELING_ANDERS] = "Anders",
};
CODELIST(codes_koppeling_soort, "koppeling", KOPPELING__MAX, koppeling_codes, koppeling_labels);

static const char *const pmm_soort_codes[PMMSOORT__MAX] = {
	[PMMSOORT_REGIE_IN_OPVOLGING] = "regie_in_opvolging",
	[PMMSOORT_MONITORING_VAN_SIGNALEN] = "monitoring_van_signalen",
	[PMMSOORT_ZELF_KENNIS_MEENEMEN] = "zelf_kennis_meenemen",
	[PMMSOORT_KENNISDELING] = "kennisdeling",
};
static const char *const pmm_soort_labels[PMMSOORT__MAX] = {
	[PMMSOORT_GEEN] = "Niet vastgelegd",
	[PMMSOORT_REGIE_IN_OPVOLGING] = "Regie in opvolging",
	[PMMSOORT_MONITORING_VAN_SIGNALEN] = "Monitoring van signalen",
	[PMMSOORT_ZELF_KENNIS_MEENEMEN] = "Zelf kennis meenemen",
	[PMMSOORT_KENNISDELING] = "Kennisdeling",
};
CODELIST(codes_pmm_soort, "pmmSoort", PMMSOORT__MAX, pmm_soort_codes, pmm_soort_labels);

static const char *const niet_belegd_codes[NIETBELEGD__MAX] = {
	[NIETBELEGD_ONDUIDELIJK_OF_STRUCTUREEL] = "onduidelijk_of_structureel",
	[NIETBELEGD_AL_BREED_BEKEND] = "al_breed_bekend",
	[NIETBELEGD_DOORGEGEVEN_ZONDER_BELEGGING] = "doorgegeven_zonder_belegging",
	[NIETBELEGD_ANDERS] = "anders",
};
static const char *const niet_belegd_labels[NIETBELEGD__MAX] = {
	[NIETBELEGD_NEE] = "Belegd",
	[NIETBELEGD_ONDUIDELIJK_OF_STRUCTUREEL] = "Nog onduidelijk of het structureel is",
	[NIETBELEGD_AL_BREED_BEKEND] = "Al breed bekend",
	[NIETBELEGD_DOORGEGEVEN_ZONDER_BELEGGING] = "Doorgegeven zonder belegging",
	[NIETBELEGD_ANDERS] = "Andere reden",
};
CODELIST(codes_niet_belegd_reden, "nietBelegd", NIETBELEGD__MAX, niet_belegd_codes, niet_belegd_labels);

static const char *const systeemwijziging_codes[SWSOORT__MAX] = {
	[SWSOORT_WETSWIJZIGING] = "wetswijziging",
	[SWSOORT_REGELING] = "regeling",
	[SWSOORT_WERKWIJZE] = "werkwijze",
	[SWSOORT_HANDBOEK] = "handboek",
	[SWSOORT_INFORMATIE] = "informatie",
	[SWSOORT_REGISTRATIE] = "registratie",
};
static const char *const systeemwijziging_labels[SWSOORT__MAX] = {
	[SWSOORT_WETSWIJZIGING] = "Wetswijziging",
	[SWSOORT_REGELING] = "Regeling of beleidsregel",
	[SWSOORT_WERKWIJZE] = "Werkwijze van een organisatie",
	[SWSOORT_HANDBOEK] = "Handboek of handreiking",
	[SWSOORT_INFORMATIE] = "Informatie voor professionals of inwoners",
	[SWSOORT_REGISTRATIE] = "Registratie",
};
CODELIST(codes_systeemwijziging_soort, "soort", SWSOORT__MAX, systeemwijziging_codes, systeemwijziging_labels);

static const char *const gevraagde_codes[GEVRAAGD__MAX] = {
	[GEVRAAGD_AMBASSADEUR] = "ambassadeur",
	[GEVRAAGD_INDIENER] = "indiener",
	[GEVRAAGD_MAATWERKPROFESSIONAL] = "maatwerkprofessional",
	[GEVRAAGD_REGIEVOERDER] = "regievoerder",
};
static const char *const gevraagde_labels[GEVRAAGD__MAX] = {
	[GEVRAAGD_AMBASSADEUR] = "Ambassadeur",
	[GEVRAAGD_INDIENER] = "Indiener",
	[GEVRAAGD_MAATWERKPROFESSIONAL] = "Maatwerkprofessional",
	[GEVRAAGD_REGIEVOERDER] = "Regievoerder van het Loket",
};
CODELIST(codes_navraag_gevraagde, "gevraagd", GEVRAAGD__MAX, gevraagde_codes, gevraagde_labels);
