/* test_termijn.c - src/core/termijn: due and overdue, how late in days, weeks, months and years, markers, next step. */
#include "harness.h"

#include <stdbool.h>

#include "core/termijn.h"
#include "lib/date.h"

static int
d(const char *s)
{
	int v = DATE_NONE;

	assert_true(date_parse(s, &v));
	return v;
}

static void
assert_duur(const char *van, const char *tot, long aantal, enum termijn_eenheid eenheid)
{
	struct termijn_duur t = termijn_duur(d(van), d(tot));

	if (t.aantal != aantal || t.eenheid != eenheid)
		fail_msg("%s .. %s: %ld (unit %d), want %ld (unit %d)", van, tot, t.aantal, (int)t.eenheid, aantal,
		    (int)eenheid);
}

static void
test_staat(void **state)
{
	int vandaag = d("2026-12-06");

	(void)state;
	assert_int_equal(termijn_staat(DATE_NONE, vandaag, 28), TERMIJN_GEEN);
	assert_int_equal(termijn_staat(d("2026-12-05"), vandaag, 28), TERMIJN_TE_LAAT);
	assert_int_equal(termijn_staat(d("2026-02-01"), vandaag, 28), TERMIJN_TE_LAAT);
	assert_int_equal(termijn_staat(vandaag, vandaag, 28), TERMIJN_VANDAAG);
	assert_int_equal(termijn_staat(d("2026-12-07"), vandaag, 28), TERMIJN_BINNENKORT);
	assert_int_equal(termijn_staat(d("2027-01-03"), vandaag, 28), TERMIJN_BINNENKORT);   /* the 28th day */
	assert_int_equal(termijn_staat(d("2027-01-04"), vandaag, 28), TERMIJN_LATER);
	assert_int_equal(termijn_staat(d("2026-12-07"), vandaag, 0), TERMIJN_LATER);
	assert_int_equal(termijn_dagen_te_laat(d("2026-12-01"), vandaag), 5);
	assert_int_equal(termijn_dagen_te_laat(vandaag, vandaag), 0);
	assert_int_equal(termijn_dagen_te_laat(d("2027-01-01"), vandaag), 0);
	assert_int_equal(termijn_dagen_te_laat(DATE_NONE, vandaag), 0);
}

static void
test_duur(void **state)
{
	(void)state;
	assert_duur("2026-12-06", "2026-12-06", 0, TERMIJN_DAGEN);
	assert_duur("2026-12-06", "2026-12-01", 0, TERMIJN_DAGEN);    /* backwards: nothing */
	assert_duur("2026-12-05", "2026-12-06", 1, TERMIJN_DAGEN);
	assert_duur("2026-11-23", "2026-12-06", 13, TERMIJN_DAGEN);
	assert_duur("2026-11-22", "2026-12-06", 2, TERMIJN_WEKEN);    /* 14 days */
	assert_duur("2026-11-01", "2026-12-06", 5, TERMIJN_WEKEN);    /* 35 days, one month */
	assert_duur("2026-10-07", "2026-12-06", 8, TERMIJN_WEKEN);    /* 60 days, not yet two months */
	assert_duur("2026-10-06", "2026-12-06", 2, TERMIJN_MAANDEN);
	assert_duur("2026-09-06", "2026-12-06", 3, TERMIJN_MAANDEN);
	assert_duur("2026-09-07", "2026-12-06", 2, TERMIJN_MAANDEN);  /* a day short of three */
	assert_duur("2026-01-31", "2026-12-06", 10, TERMIJN_MAANDEN);
	assert_duur("2026-01-31", "2026-03-31", 2, TERMIJN_MAANDEN);  /* 31 Jan + 1 month = 28 Feb */
	assert_duur("2025-12-07", "2026-12-06", 11, TERMIJN_MAANDEN);
	assert_duur("2024-12-07", "2026-12-06", 23, TERMIJN_MAANDEN);
	assert_duur("2024-12-06", "2026-12-06", 2, TERMIJN_JAREN);
	assert_duur("2023-12-07", "2026-12-06", 2, TERMIJN_JAREN);
	assert_duur("2024-02-29", "2027-02-28", 3, TERMIJN_JAREN);    /* a leap day + 36 months = 28 Feb */
	assert_int_equal(termijn_duur(DATE_NONE, d("2026-12-06")).aantal, 0);
}

static void
test_aandacht(void **state)
{
	int vandaag = d("2026-12-06"), gisteren = d("2026-12-05");

	(void)state;
	assert_int_equal(casus_aandacht(STATUS_AANGEMELD, URGENTIE_ZEER_HOOG, false, DATE_NONE, false, vandaag),
	    AANDACHT_URGENT_NIET_TOEGEWEZEN);
	assert_int_equal(casus_aandacht(STATUS_IN_BEHANDELING, URGENTIE_HOOG, false, DATE_NONE, false, vandaag),
	    AANDACHT_URGENT_NIET_TOEGEWEZEN);
	assert_int_equal(casus_aandacht(STATUS_AANGEMELD, URGENTIE_ZEER_HOOG, true, DATE_NONE, false, vandaag),
	    AANDACHT_GEEN);
	assert_int_equal(casus_aandacht(STATUS_AANGEMELD, URGENTIE_NORMAAL, false, DATE_NONE, false, vandaag),
	    AANDACHT_GEEN);
	assert_int_equal(casus_aandacht(STATUS_CONCEPT, URGENTIE_ZEER_HOOG, false, DATE_NONE, false, vandaag),
	    AANDACHT_GEEN);
	assert_int_equal(casus_aandacht(STATUS_AFGEROND, URGENTIE_ZEER_HOOG, false, gisteren, false, vandaag),
	    AANDACHT_FOLLOWUP_TE_LAAT);
	assert_int_equal(casus_aandacht(STATUS_AFGEROND, URGENTIE_NORMAAL, true, vandaag, false, vandaag),
	    AANDACHT_GEEN);   /* due today is not late */
	assert_int_equal(casus_aandacht(STATUS_AFGEROND, URGENTIE_NORMAAL, true, gisteren, true, vandaag),
	    AANDACHT_GEEN);   /* answered */
	assert_int_equal(casus_aandacht(STATUS_AFGEROND, URGENTIE_NORMAAL, true, DATE_NONE, false, vandaag),
	    AANDACHT_GEEN);
}

static void
test_volgende(void **state)
{
	int vandaag = d("2026-12-06");

	(void)state;
	assert_int_equal(casus_volgende(STATUS_CONCEPT, false, DATE_NONE, false, vandaag), VOLGENDE_INDIENEN);
	assert_int_equal(casus_volgende(STATUS_AANGEMELD, false, DATE_NONE, false, vandaag), VOLGENDE_REGIEVOERDER);
	assert_int_equal(casus_volgende(STATUS_AANGEMELD, true, DATE_NONE, false, vandaag), VOLGENDE_OPPAKKEN);
	assert_int_equal(casus_volgende(STATUS_IN_BEHANDELING, true, DATE_NONE, false, vandaag),
	    VOLGENDE_IN_BEHANDELING);
	assert_int_equal(casus_volgende(STATUS_AFGEROND, true, d("2027-03-01"), false, vandaag), VOLGENDE_FOLLOWUP);
	assert_int_equal(casus_volgende(STATUS_AFGEROND, true, vandaag, false, vandaag), VOLGENDE_FOLLOWUP_OPEN);
	assert_int_equal(casus_volgende(STATUS_AFGEROND, true, d("2026-01-01"), false, vandaag),
	    VOLGENDE_FOLLOWUP_OPEN);
	assert_int_equal(casus_volgende(STATUS_AFGEROND, true, d("2026-01-01"), true, vandaag), VOLGENDE_KLAAR);
	assert_int_equal(casus_volgende(STATUS_AFGEROND, true, DATE_NONE, false, vandaag), VOLGENDE_KLAAR);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_staat),
		cmocka_unit_test(test_duur),
		cmocka_unit_test(test_aandacht),
		cmocka_unit_test(test_volgende),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
