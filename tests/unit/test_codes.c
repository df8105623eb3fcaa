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
	&codes_deelnemer_rol,
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
			assert_non_null(l->codes[i]);
			assert_non_null(l->labels[i]);
			assert_true(strlen(l->labels[i]) > 0);
			for (int j = i + 1; j < l->n; j++)
				assert_int_not_equal(strcasecmp(l->codes[i], l->codes[j]), 0);
		}
	}
}

static void
test_sizes_match_enums(void **state)
{
	(void)state;
	assert_int_equal(codes_leefgebied.n, LEEFGEBIED__MAX);
	assert_int_equal(codes_leefgebied.n, 12);
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
			for (const char *p = all[k]->codes[i]; *p != '\0'; p++)
				assert_true(islower((unsigned char)*p) || *p == '_');
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
		cmocka_unit_test(test_snake_case),
		cmocka_unit_test(test_codes_as_in_domain),
		cmocka_unit_test(test_find_exact_and_nocase),
		cmocka_unit_test(test_ministerie_naam),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
