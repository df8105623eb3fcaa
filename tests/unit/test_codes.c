/* test_codes.c - the code tables: complete, unique, snake_case as in domain.md, and their lookups. */
#include "harness.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "core/codes.h"

static const struct codelist *const all[] = {
	&codes_leefgebied, &codes_indiener_type, &codes_beleidsterrein, &codes_organisatie_type,
	&codes_categorie, &codes_interventie_type, &codes_maatwerk, &codes_casus_status,
	&codes_opvolging_status, &codes_reden, &codes_followup, &codes_activiteit_type, &codes_urgentie,
	&codes_deelnemer_rol, &codes_wet_regeling, &codes_knelpunt_soort, &codes_maatwerk_vorm,
	&codes_reden_geen_leerpunt, &codes_leerpunt_bron, &codes_koppeling_soort, &codes_pmm_soort,
	&codes_niet_belegd_reden, &codes_systeemwijziging_soort, &codes_navraag_gevraagde,
};
#define NALL (sizeof(all) / sizeof(all[0]))

static void
test_every_entry_filled_and_unique(void **state)
{
	(void)state;
	for (size_t k = 0; k < NALL; k++) {
		const struct codelist *l = all[k];

		assert_non_null(l->name);
		assert_true(l->n > 0);
		for (int i = 0; i < l->n; i++) {
			/* pmm_soort and niet_belegd_reden: 0 is "none", without a code (codes.h) */
			if (i == 0 && (l == &codes_pmm_soort || l == &codes_niet_belegd_reden)) {
				assert_null(l->codes[0]);
				assert_non_null(l->labels[0]);
				continue;
			}
			assert_non_null(l->codes[i]);
			assert_non_null(l->labels[i]);
			assert_true(strlen(l->labels[i]) > 0);
			for (int j = i + 1; j < l->n; j++)
				assert_int_not_equal(strcasecmp(l->codes[i], l->codes[j]), 0);
			assert_int_equal(codelist_find(l, l->codes[i]), i);
		}
	}
}

static void
test_sizes_match_enums(void **state)
{
	(void)state;
	assert_int_equal(codes_leefgebied.n, LEEFGEBIED__MAX);
	assert_int_equal(codes_leefgebied.n, 13);   /* Movisie's seven, PMM's own, woonland_ingezetenschap (issue 11) */
	assert_int_equal(codes_indiener_type.n, INDIENER__MAX);
	assert_int_equal(codes_beleidsterrein.n, BELEIDSTERREIN__MAX);
	assert_int_equal(codes_beleidsterrein.n, 9);
	assert_int_equal(codes_organisatie_type.n, ORGTYPE__MAX);
	assert_int_equal(codes_categorie.n, CATEGORIE__MAX);
	assert_int_equal(codes_interventie_type.n, INTERVENTIE__MAX);
	assert_int_equal(codes_maatwerk.n, MAATWERK__MAX);
	assert_int_equal(codes_casus_status.n, STATUS__MAX);
	assert_int_equal(codes_opvolging_status.n, OPVOLGING__MAX);
	assert_int_equal(codes_reden.n, REDEN__MAX);
	assert_int_equal(codes_followup.n, FOLLOWUP__MAX);
	assert_int_equal(codes_activiteit_type.n, ACTIVITEIT__MAX);
	assert_int_equal(codes_urgentie.n, URGENTIE__MAX);
	assert_int_equal(codes_deelnemer_rol.n, DEELNEMER__MAX);
	assert_int_equal(codelist_find(&codes_deelnemer_rol, "maatwerkprofessional"), DEELNEMER_MAATWERKPROFESSIONAL);
	assert_int_equal(codelist_find(&codes_deelnemer_rol, "regievoerder"), -1);
	assert_int_equal(codes_wet_regeling.n, WET__MAX);
	assert_int_equal(codes_knelpunt_soort.n, KSOORT__MAX);
	assert_int_equal(codes_maatwerk_vorm.n, MVORM__MAX);
	assert_int_equal(codes_reden_geen_leerpunt.n, GEENLP__MAX);
	assert_int_equal(codes_leerpunt_bron.n, BRON__MAX);
	assert_int_equal(codes_koppeling_soort.n, KOPPELING__MAX);
	assert_int_equal(codes_pmm_soort.n, PMMSOORT__MAX);
	assert_int_equal(codes_niet_belegd_reden.n, NIETBELEGD__MAX);
	assert_int_equal(codes_systeemwijziging_soort.n, SWSOORT__MAX);
	assert_int_equal(codes_navraag_gevraagde.n, GEVRAAGD__MAX);
}

/* The codes issue 11 names, and each knelpunt soort within the categorie the report puts it in. */
static void
test_codes_issue_11(void **state)
{
	static const char *const wetten[] = { "wlz", "zvw", "brp", "participatiewet", "jeugdwet", "awb", "wsf_2000",
		"wmo_2015", "toeslagen", "vreemdelingenwet" };
	int per_categorie[CATEGORIE__MAX] = { 0 };

	(void)state;
	for (size_t i = 0; i < sizeof(wetten) / sizeof(wetten[0]); i++)
		assert_true(codelist_find(&codes_wet_regeling, wetten[i]) >= 0);
	assert_int_equal(codelist_find(&codes_knelpunt_soort, "vicieuze_cirkel"), KSOORT_VICIEUZE_CIRKEL);
	assert_int_equal(knelpunt_soort_categorie[KSOORT_LACUNE], CATEGORIE_WET_EN_REGELGEVING);
	assert_int_equal(knelpunt_soort_categorie[KSOORT_RIGIDE_TOEPASSING], CATEGORIE_WET_EN_REGELGEVING);
	assert_int_equal(knelpunt_soort_categorie[KSOORT_ONDUIDELIJKE_VERANTWOORDELIJKHEID], CATEGORIE_WET_EN_REGELGEVING);
	assert_int_equal(knelpunt_soort_categorie[KSOORT_TERUGVORDERING], CATEGORIE_OVERIG);
	assert_int_equal(knelpunt_soort_categorie[KSOORT_LANGE_DOORLOOPTIJD], CATEGORIE_OVERIG);
	assert_int_equal(knelpunt_soort_categorie[KSOORT_MET_BUITENLAND], CATEGORIE_COMMUNICATIE);
	for (int k = 0; k < KSOORT__MAX; k++)
		per_categorie[knelpunt_soort_categorie[k]]++;
	/* hand-counted from codes_systeemleren.c: 8 wet, 7 overig, 7 kennis, 4 samenwerking, 4 communicatie, 0 ict */
	assert_int_equal(per_categorie[CATEGORIE_WET_EN_REGELGEVING], 8);
	assert_int_equal(per_categorie[CATEGORIE_OVERIG], 7);
	assert_int_equal(per_categorie[CATEGORIE_KENNIS_EN_KUNDE], 7);
	assert_int_equal(per_categorie[CATEGORIE_SAMENWERKING], 4);
	assert_int_equal(per_categorie[CATEGORIE_COMMUNICATIE], 4);
	assert_int_equal(per_categorie[CATEGORIE_ICT], 0);
	assert_int_equal(codelist_find(&codes_pmm_soort, "monitoring_van_signalen"), PMMSOORT_MONITORING_VAN_SIGNALEN);
	assert_int_equal(PMMSOORT_GEEN, 0);
	assert_int_equal(NIETBELEGD_NEE, 0);
	assert_int_equal(codelist_find(&codes_niet_belegd_reden, "al_breed_bekend"), NIETBELEGD_AL_BREED_BEKEND);
	assert_int_equal(codelist_find(&codes_leerpunt_bron, "bestuurlijke_tafel"), BRON_BESTUURLIJKE_TAFEL);
	assert_int_equal(codelist_find(&codes_leefgebied, "woonland_ingezetenschap"), LEEFGEBIED_WOONLAND_INGEZETENSCHAP);
	assert_int_not_equal(codelist_find(&codes_leefgebied, "woonland_ingezetenschap"),
	    codelist_find(&codes_leefgebied, "verblijf"));
}

/* All codes except the ministries' are lower snake_case. */
static void
test_snake_case(void **state)
{
	(void)state;
	for (size_t k = 0; k < NALL; k++) {
		if (all[k] == &codes_beleidsterrein)
			continue;
		for (int i = 0; i < all[k]->n; i++)
			for (const char *p = all[k]->codes[i]; p != NULL && *p != '\0'; p++)   /* digits after the first: wsf_2000 */
				assert_true(islower((unsigned char)*p) || *p == '_' ||
				    (p > all[k]->codes[i] && isdigit((unsigned char)*p)));
	}
}

static void
test_codes_as_in_domain(void **state)
{
	static const char *const leefgebieden[] = {
		"financien", "wonen", "verblijf", "lichamelijke_gezondheid", "psychologische_gezondheid", "zorg",
		"werk_en_activiteiten", "onderwijs", "justitie", "veiligheid", "sociale_relaties", "zingeving",
	};
	static const char *const ministeries[] = { "VWS", "SZW", "JenV", "BZK", "OCW", "FIN", "BuZa", "AenM", "VRO" };

	(void)state;
	for (int i = 0; i < 12; i++)
		assert_int_equal(codelist_find(&codes_leefgebied, leefgebieden[i]), i);
	for (int i = 0; i < 9; i++)
		assert_int_equal(codelist_find(&codes_beleidsterrein, ministeries[i]), i);
	assert_int_equal(codelist_find(&codes_casus_status, "in_behandeling"), STATUS_IN_BEHANDELING);
	assert_int_equal(codelist_find(&codes_casus_status, "concept"), STATUS_CONCEPT);
	assert_int_equal(codelist_find(&codes_opvolging_status, "geen_opvolging"), OPVOLGING_GEEN_OPVOLGING);
	assert_int_equal(codelist_find(&codes_reden, "niet_te_achterhalen"), REDEN_NIET_TE_ACHTERHALEN);
	assert_int_equal(codelist_find(&codes_followup, "deels_opgelost"), FOLLOWUP_DEELS_OPGELOST);
	assert_int_equal(codelist_find(&codes_activiteit_type, "correctie"), ACTIVITEIT_CORRECTIE);
	assert_int_equal(codelist_find(&codes_urgentie, "zeer_hoog"), URGENTIE_ZEER_HOOG);
	assert_int_equal(codelist_find(&codes_interventie_type, "gezag"), INTERVENTIE_GEZAG);
	assert_int_equal(codelist_find(&codes_maatwerk, "evenredigheidsbeginsel"), MAATWERK_EVENREDIGHEIDSBEGINSEL);
	assert_int_equal(codelist_find(&codes_organisatie_type, "woningcorporatie"), ORGTYPE_WONINGCORPORATIE);
	assert_int_equal(codelist_find(&codes_indiener_type, "zorginstelling"), INDIENER_ZORGINSTELLING);
	assert_int_equal(codelist_find(&codes_categorie, "wet_en_regelgeving"), CATEGORIE_WET_EN_REGELGEVING);
}

static void
test_find_exact_and_nocase(void **state)
{
	(void)state;
	assert_int_equal(codelist_find(&codes_beleidsterrein, "jenv"), -1);
	assert_int_equal(codelist_find_nocase(&codes_beleidsterrein, "jenv"), BELEIDSTERREIN_JENV);
	assert_int_equal(codelist_find_nocase(&codes_beleidsterrein, "BUZA"), BELEIDSTERREIN_BUZA);
	assert_int_equal(codelist_find(&codes_leefgebied, "Wonen"), -1);
	assert_int_equal(codelist_find(&codes_leefgebied, ""), -1);
	assert_int_equal(codelist_find(&codes_leefgebied, "wonen "), -1);
	assert_int_equal(codelist_find(&codes_leefgebied, NULL), -1);
	assert_int_equal(codelist_find_nocase(&codes_leefgebied, NULL), -1);
	assert_int_equal(codelist_find(NULL, "wonen"), -1);
	assert_int_equal(codelist_find_nocase(&codes_beleidsterrein, "Ministerie van VWS"), -1);
}

static void
test_ministerie_naam(void **state)
{
	(void)state;
	for (int i = 0; i < BELEIDSTERREIN__MAX; i++) {
		assert_non_null(ministerie_naam[i]);
		assert_int_equal(strncmp(ministerie_naam[i], "Ministerie van ", 15), 0);
	}
	assert_string_equal(ministerie_naam[BELEIDSTERREIN_VWS], "Ministerie van Volksgezondheid, Welzijn en Sport");
	assert_string_equal(ministerie_naam[BELEIDSTERREIN_FIN], "Ministerie van Financiën");
	assert_string_equal(ministerie_naam[BELEIDSTERREIN_AENM], "Ministerie van Asiel en Migratie");
	assert_string_equal(ministerie_naam[BELEIDSTERREIN_VRO],
	    "Ministerie van Volkshuisvesting en Ruimtelijke Ordening");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_entry_filled_and_unique),
		cmocka_unit_test(test_sizes_match_enums),
		cmocka_unit_test(test_codes_issue_11),
		cmocka_unit_test(test_snake_case),
		cmocka_unit_test(test_codes_as_in_domain),
		cmocka_unit_test(test_find_exact_and_nocase),
		cmocka_unit_test(test_ministerie_naam),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
