/* test_retentie_regel.c - the retention rule in core: the retention date, what is due, and the store's boundary agreeing with it. */
#include "harness.h"

#include <string.h>

#include "core/casus.h"
#include "core/retentie.h"
#include "lib/date.h"

static int
d(const char *s)
{
	int v = DATE_NONE;

	assert_true(date_parse(s, &v));
	return v;
}

static void
test_kept_whole_until_the_same_day_two_years_later(void **state)
{
	(void)state;
	assert_int_equal(retentie_bewaren_tot(d("2023-03-14"), 24), d("2025-03-14"));
	assert_int_equal(retentie_bewaren_tot(d("2024-02-29"), 12), d("2025-02-28"));   /* a shorter month: its last day */
	assert_int_equal(retentie_bewaren_tot(d("2024-08-31"), 6), d("2025-02-28"));
	assert_int_equal(retentie_bewaren_tot(DATE_NONE, 24), DATE_NONE);
	/* on the last day it is still kept; the day after it is due */
	assert_false(retentie_verlopen(STATUS_AFGEROND, d("2023-03-14"), false, d("2025-03-14"), 24));
	assert_true(retentie_verlopen(STATUS_AFGEROND, d("2023-03-14"), false, d("2025-03-15"), 24));
}

static void
test_only_a_closed_casus_not_yet_anonymised_is_due(void **state)
{
	int lang_geleden = d("2010-01-01"), vandaag = d("2026-12-04");
	(void)state;

	assert_true(retentie_verlopen(STATUS_AFGEROND, lang_geleden, false, vandaag, 24));
	assert_false(retentie_verlopen(STATUS_AFGEROND, lang_geleden, true, vandaag, 24));   /* once */
	assert_false(retentie_verlopen(STATUS_IN_BEHANDELING, lang_geleden, false, vandaag, 24));   /* reopened */
	assert_false(retentie_verlopen(STATUS_AANGEMELD, lang_geleden, false, vandaag, 24));
	assert_false(retentie_verlopen(STATUS_CONCEPT, lang_geleden, false, vandaag, 24));
	assert_false(retentie_verlopen(STATUS_AFGEROND, DATE_NONE, false, vandaag, 24));
	/* a longer term keeps it */
	assert_false(retentie_verlopen(STATUS_AFGEROND, d("2020-06-01"), false, vandaag, 120));
}

/* The store selects afgerond_op < retentie_grens: exactly the days retentie_verlopen calls due, for every
   "today" of four years (month ends and a leap day included) and several terms. */
static void
test_the_boundary_agrees_with_the_rule_every_day(void **state)
{
	const int termen[] = { 1, 6, 24, 25, 120 };
	(void)state;

	for (size_t t = 0; t < sizeof(termen) / sizeof(termen[0]); t++)
		for (int vandaag = d("2024-01-01"); vandaag < d("2028-01-01"); vandaag++) {
			int grens = retentie_grens(vandaag, termen[t]);

			for (int afgerond = grens - 3; afgerond <= grens + 3; afgerond++)
				if ((afgerond < grens) != retentie_verlopen(STATUS_AFGEROND, afgerond, false, vandaag, termen[t]))
					fail_msg("termijn %d, vandaag %d, afgerond %d, grens %d", termen[t], vandaag, afgerond, grens);
		}
}

static void
test_other_boundaries_and_the_list_of_removed_parts(void **state)
{
	(void)state;
	assert_int_equal(retentie_concept_grens(d("2026-12-04")), d("2026-06-04"));
	assert_int_equal(retentie_aanvraag_grens(d("2026-12-04")), d("2025-12-04"));
	/* the free text of a casus and its people are on the list; the codes the report counts are not */
	assert_true(retentie_gewist_n > 20);
	for (int i = 0; i < retentie_gewist_n; i++) {
		assert_non_null(retentie_gewist[i]);
		assert_null(strstr(retentie_gewist[i], "leefgebied"));
		assert_null(strstr(retentie_gewist[i], "afgerond_op"));
		assert_null(strstr(retentie_gewist[i], "interventie_type"));
		for (int j = 0; j < i; j++)
			assert_string_not_equal(retentie_gewist[i], retentie_gewist[j]);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_kept_whole_until_the_same_day_two_years_later),
		cmocka_unit_test(test_only_a_closed_casus_not_yet_anonymised_is_due),
		cmocka_unit_test(test_the_boundary_agrees_with_the_rule_every_day),
		cmocka_unit_test(test_other_boundaries_and_the_list_of_removed_parts),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
