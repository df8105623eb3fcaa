/* test_werkdag.c - src/core/werkdag and src/core/bedrag: Easter, Dutch feestdagen, deadlines in working days, money in cents. */
#include "harness.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "core/bedrag.h"
#include "core/casus.h"
#include "core/werkdag.h"
#include "lib/date.h"

static int
d(const char *s)
{
	int v = DATE_NONE;

	assert_true(date_parse(s, &v));
	return v;
}

static void
assert_date(int got, const char *want)
{
	char buf[DATE_STRLEN];

	date_format(got, buf);
	assert_string_equal(buf, want);
}

/* ---- Easter and the feestdagen ---------------------------------------------------- */

static void
test_pasen(void **state)
{
	static const char *const pasen[] = {
		"1818-03-22", "1943-04-25", "2000-04-23", "2008-03-23", "2011-04-24", "2016-03-27", "2019-04-21",
		"2024-03-31", "2025-04-20", "2026-04-05", "2027-03-28", "2038-04-25", "2285-03-22",
	};
	(void)state;
	for (size_t i = 0; i < sizeof(pasen) / sizeof(pasen[0]); i++) {
		int y = date_year(d(pasen[i]));

		assert_date(werkdag_pasen(y), pasen[i]);
		assert_int_equal(werkdag_weekdag(werkdag_pasen(y)), 0);   /* always a Sunday */
	}
}

static void
test_feestdagen_2025(void **state)
{
	static const char *const feest[] = {
		"2025-01-01",   /* Nieuwjaarsdag */
		"2025-04-18",   /* Goede Vrijdag */
		"2025-04-21",   /* Tweede Paasdag */
		"2025-04-26",   /* Koningsdag: 27 April 2025 is a Sunday */
		"2025-05-05",   /* Bevrijdingsdag, also outside lustrum years */
		"2025-05-29",   /* Hemelvaartsdag */
		"2025-06-09",   /* Tweede Pinksterdag */
		"2025-12-25", "2025-12-26",
	};
	static const char *const geen[] = {
		"2025-04-27",   /* the King's birthday itself, a Sunday: not the day it is celebrated */
		"2025-04-20",   /* Eerste Paasdag is a Sunday, not in the list */
		"2025-05-30",   /* the Friday after Hemelvaart: only by decree, not counted */
		"2025-12-24", "2025-12-31", "2025-01-02", "2025-03-01",
	};
	(void)state;
	for (size_t i = 0; i < sizeof(feest) / sizeof(feest[0]); i++) {
		assert_true(werkdag_is_feestdag(d(feest[i])));
		assert_false(werkdag_is_werkdag(d(feest[i])));
	}
	for (size_t i = 0; i < sizeof(geen) / sizeof(geen[0]); i++)
		assert_false(werkdag_is_feestdag(d(geen[i])));
	assert_true(werkdag_is_werkdag(d("2025-05-30")));
	assert_true(werkdag_is_werkdag(d("2025-12-24")));
}

static void
test_koningsdag(void **state)
{
	(void)state;
	assert_true(werkdag_is_feestdag(d("2026-04-27")));    /* a Monday */
	assert_false(werkdag_is_feestdag(d("2026-04-26")));
	assert_true(werkdag_is_feestdag(d("2014-04-26")));    /* the first Koningsdag: the 27th was a Sunday */
	assert_false(werkdag_is_feestdag(d("2014-04-27")));
	assert_true(werkdag_is_feestdag(d("2013-04-30")));    /* Koninginnedag, the last one */
	assert_false(werkdag_is_feestdag(d("2013-04-27")));
	assert_true(werkdag_is_feestdag(d("2006-04-29")));    /* 30 April 2006 was a Sunday */
	assert_false(werkdag_is_feestdag(d("2006-04-30")));
}

static int
feestdagen_in(int y)
{
	int n = 0;

	for (int x = date_from_ymd(y, 1, 1); x <= date_from_ymd(y, 12, 31); x++)
		n += werkdag_is_feestdag(x);
	return n;
}

static void
test_feestdagen_per_jaar(void **state)
{
	(void)state;
	assert_int_equal(feestdagen_in(2024), 9);
	assert_int_equal(feestdagen_in(2016), 8);   /* Hemelvaartsdag fell on 5 May */
	/* 2024: 262 weekdays, of which 7 feestdagen (27 April a Saturday, 5 May a Sunday) */
	assert_int_equal(werkdag_tussen(d("2023-12-31"), d("2024-12-31")), 255);
	assert_int_equal(werkdag_weekdag(d("1970-01-01")), 4);
	assert_int_equal(werkdag_weekdag(d("1969-12-28")), 0);   /* before day 0 too */
}

/* ---- deadlines ------------------------------------------------------------------------ */

static void
test_termijn_gewone_weken(void **state)
{
	(void)state;
	assert_date(werkdag_na(d("2025-03-03"), 10), "2025-03-17");   /* Monday: two full weeks */
	assert_date(werkdag_na(d("2025-03-07"), 10), "2025-03-21");   /* Friday: the day itself does not count */
	assert_date(werkdag_na(d("2025-03-08"), 1), "2025-03-10");    /* a request on Saturday: Monday is the first */
	assert_date(werkdag_na(d("2025-03-09"), 10), "2025-03-21");
	assert_date(werkdag_na(d("2025-03-08"), 0), "2025-03-08");
}

static void
test_termijn_pasen_en_koningsdag(void **state)
{
	(void)state;
	/* 2025: Goede Vrijdag 18, Tweede Paasdag 21 April; Koningsdag on Saturday 26 */
	assert_date(werkdag_na(d("2025-04-15"), 10), "2025-05-01");
	/* 2026: Koningsdag on Monday 27 April and Bevrijdingsdag on Tuesday 5 May */
	assert_date(werkdag_na(d("2026-04-20"), 10), "2026-05-06");
	/* 2026: Goede Vrijdag 3 April, Tweede Paasdag 6 April */
	assert_date(werkdag_na(d("2026-04-01"), 10), "2026-04-17");
	/* Hemelvaart 14 May and Tweede Pinksterdag 25 May 2026 */
	assert_date(werkdag_na(d("2026-05-13"), 10), "2026-05-29");
}

static void
test_termijn_kerst(void **state)
{
	(void)state;
	/* 25, 26 December and 1 January 2026 are a Thursday, Friday, Thursday */
	assert_date(werkdag_na(d("2025-12-19"), 10), "2026-01-07");
	assert_date(werkdag_na(d("2025-12-24"), 1), "2025-12-29");
	assert_date(werkdag_na(d("2025-12-31"), 1), "2026-01-02");
}

static void
test_werkdagen_tussen(void **state)
{
	(void)state;
	assert_int_equal(werkdag_tussen(d("2025-04-15"), d("2025-05-01")), 10);
	assert_int_equal(werkdag_tussen(d("2025-04-15"), d("2025-04-15")), 0);
	assert_int_equal(werkdag_tussen(d("2025-04-17"), d("2025-04-21")), 0);   /* Goede Vrijdag to Tweede Paasdag */
	assert_int_equal(werkdag_tussen(d("2025-04-17"), d("2025-04-22")), 1);
	assert_int_equal(werkdag_tussen(d("2025-05-01"), d("2025-04-15")), -10);
	/* the two agree: n working days after d is n working days away */
	for (int n = 0; n < 40; n++)
		assert_int_equal(werkdag_tussen(d("2025-12-12"), werkdag_na(d("2025-12-12"), n)), n);
}

/* ---- money --------------------------------------------------------------------------------- */

static void
test_bedrag_check(void **state)
{
	struct err e = { 0 };

	(void)state;
	assert_int_equal(bedrag_check(0, true, "b", &e), ERR_OK);
	assert_int_equal(bedrag_check(123456, true, "b", &e), ERR_OK);
	assert_int_equal(bedrag_check(BEDRAG_MAX, true, "b", &e), ERR_OK);             /* exactly € 100 miljoen */
	assert_int_equal(bedrag_check(BEDRAG_MAX + 1, true, "b", &e), ERR_VALIDATION);
	assert_string_equal(e.field, "b");
	assert_non_null(strstr(e.msg, "100 miljoen"));
	assert_int_equal(bedrag_check(-2, false, "b", &e), ERR_VALIDATION);        /* negative */
	assert_non_null(strstr(e.msg, "negatief"));
	assert_int_equal(bedrag_check(INT64_MIN, false, "b", &e), ERR_VALIDATION);
	assert_int_equal(bedrag_check(BEDRAG_GEEN, false, "b", &e), ERR_OK);           /* optional and absent */
	assert_int_equal(bedrag_check(BEDRAG_GEEN, true, "b", &e), ERR_VALIDATION);    /* required and absent */
	assert_int_equal(bedrag_check(INT64_MAX, false, "b", &e), ERR_VALIDATION);
}

static void
test_bedrag_lees(void **state)
{
	static const struct {
		const char *tekst;
		int64_t cent;
	} goed[] = {
		{ "1234", 123400 }, { "1.234", 123400 }, { "1.234,56", 123456 }, { "1234,5", 123450 },
		{ "\xe2\x82\xac 1.234,56", 123456 }, { "\xe2\x82\xac" "1234", 123400 }, { "  0,01 ", 1 }, { "0", 0 },
		{ "12.345.678,90", 1234567890 }, { "100.000.000", BEDRAG_MAX }, { "", BEDRAG_GEEN }, { "   ", BEDRAG_GEEN },
	};
	static const char *const fout[] = {
		"-5", "12.50", "1,234", "abc", "12,", "1.23", "1234.567", "12 34", "1.2345", ".5", "100.000.000,01",
		"99999999999999999999999", "\xe2\x82\xac", "1,2,3",
	};
	struct err e = { 0 };
	int64_t c;

	(void)state;
	for (size_t i = 0; i < sizeof(goed) / sizeof(goed[0]); i++) {
		c = -7;
		if (bedrag_lees(goed[i].tekst, "b", &c, &e) != ERR_OK || c != goed[i].cent)
			fail_msg("'%s': %lld (%s)", goed[i].tekst, (long long)c, e.msg);
	}
	for (size_t i = 0; i < sizeof(fout) / sizeof(fout[0]); i++) {
		memset(&e, 0, sizeof(e));
		if (bedrag_lees(fout[i], "b", &c, &e) != ERR_VALIDATION)
			fail_msg("'%s' accepted as %lld", fout[i], (long long)c);
		assert_string_equal(e.field, "b");
		assert_true(strlen(e.msg) > 10);
	}
	assert_int_equal(bedrag_lees("-5", "b", &c, &e), ERR_VALIDATION);
	assert_non_null(strstr(e.msg, "negatief"));
	assert_int_equal(bedrag_lees("100.000.000,01", "b", &c, &e), ERR_VALIDATION);
	assert_non_null(strstr(e.msg, "100 miljoen"));
}

static void
test_bedrag_som(void **state)
{
	int64_t v[] = { 123456, 1, 99, 5000000 };
	int64_t groot[] = { INT64_MAX, 1 };
	int64_t som = 42;

	(void)state;
	assert_true(bedrag_som(v, 4, &som));
	assert_int_equal(som, 5123556);           /* € 51.235,56 */
	assert_true(bedrag_som(v, 0, &som));
	assert_int_equal(som, 0);
	som = 42;
	assert_false(bedrag_som(groot, 2, &som));   /* overflow is refused, not wrapped */
	assert_int_equal(som, 42);
	assert_true(bedrag_optellen(BEDRAG_MAX, BEDRAG_MAX, &som));
	assert_int_equal(som, 2 * BEDRAG_MAX);
	/* cents stay exact where floating point would not: 0.10 + 0.20 */
	assert_true(bedrag_optellen(10, 20, &som));
	assert_int_equal(som, 30);
}

static void
test_bedrag_mediaan(void **state)
{
	int64_t oneven[] = { 500, 100, 300 };
	int64_t even[] = { 400, 100, 300, 200 };     /* (200 + 300) / 2 = 250 */
	int64_t halve_cent[] = { 101, 100 };         /* 100,5 cent rounds up to 101 */
	int64_t een[] = { 7 };
	int64_t m = -5;

	(void)state;
	assert_true(bedrag_mediaan(oneven, 3, &m));
	assert_int_equal(m, 300);
	assert_true(bedrag_mediaan(even, 4, &m));
	assert_int_equal(m, 250);
	assert_int_equal(even[0], 100);              /* sorted in place */
	assert_true(bedrag_mediaan(halve_cent, 2, &m));
	assert_int_equal(m, 101);
	assert_true(bedrag_mediaan(een, 1, &m));
	assert_int_equal(m, 7);
	m = -5;
	assert_false(bedrag_mediaan(een, 0, &m));
	assert_int_equal(m, -5);
	{
		int64_t grens[] = { BEDRAG_MAX, BEDRAG_MAX - 1 };

		assert_true(bedrag_mediaan(grens, 2, &m));
		assert_int_equal(m, BEDRAG_MAX);
	}
}

static void
test_mediaan_tienden(void **state)
{
	int dagen[] = { 3, 12, 4 };
	int even[] = { 3, 4 };
	int t = -1;

	(void)state;
	assert_true(mediaan_tienden(dagen, 3, &t));
	assert_int_equal(t, 40);
	assert_true(mediaan_tienden(even, 2, &t));
	assert_int_equal(t, 35);                     /* 3,5 working days */
	t = -1;
	assert_false(mediaan_tienden(even, 0, &t));
	assert_int_equal(t, -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pasen),
		cmocka_unit_test(test_feestdagen_2025),
		cmocka_unit_test(test_koningsdag),
		cmocka_unit_test(test_feestdagen_per_jaar),
		cmocka_unit_test(test_termijn_gewone_weken),
		cmocka_unit_test(test_termijn_pasen_en_koningsdag),
		cmocka_unit_test(test_termijn_kerst),
		cmocka_unit_test(test_werkdagen_tussen),
		cmocka_unit_test(test_bedrag_check),
		cmocka_unit_test(test_bedrag_lees),
		cmocka_unit_test(test_bedrag_som),
		cmocka_unit_test(test_bedrag_mediaan),
		cmocka_unit_test(test_mediaan_tienden),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
