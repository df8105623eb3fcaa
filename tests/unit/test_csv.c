/* test_csv.c - the CSV reader and writer of lib/csv.c: BOM, both separators, quotes, bad bytes, limits, formulas. */
#include "harness.h"

#include <stdio.h>
#include <string.h>

#include "lib/csv.h"

static const struct csv_grenzen G = { 100, 16, 64 };

static void
test_semicolon_with_bom(void **state)
{
	struct arena *a = arena_new();
	struct csv_tabel t;
	const char *f = "\xEF\xBB\xBFnaam;type;code\r\nUWV;landelijke_publieke_dienstverlener;UWV\r\n"
	    "Gemeente Utrecht;gemeente;\r\n";
	(void)state;

	assert_int_equal(csv_lees(a, f, strlen(f), &G, &t, NULL), CSV_OK);
	assert_true(t.bom);
	assert_int_equal(t.scheiding, ';');
	assert_int_equal(t.kop.n, 3);
	assert_string_equal(t.kop.velden[0], "naam");   /* the BOM is not part of the first name */
	assert_int_equal(t.nrijen, 2);
	assert_string_equal(t.rijen[0].velden[1], "landelijke_publieke_dienstverlener");
	assert_int_equal(t.rijen[0].regel, 2);
	assert_int_equal(t.rijen[1].n, 3);
	assert_string_equal(t.rijen[1].velden[2], "");   /* an empty last field is a field */
	assert_int_equal(t.rijen[1].slecht_veld, -1);
	arena_free(a);
}

static void
test_comma_and_quotes(void **state)
{
	struct arena *a = arena_new();
	struct csv_tabel t;
	const char *f = "naam,opmerking\n\"Ministerie van Onderwijs, Cultuur en Wetenschap\",\"zei \"\"ja\"\"\"\n"
	    "\n\"Twee\nregels\",x\nlaatste,zonder einde";
	(void)state;

	assert_int_equal(csv_lees(a, f, strlen(f), &G, &t, NULL), CSV_OK);
	assert_false(t.bom);
	assert_int_equal(t.scheiding, ',');
	assert_int_equal(t.nrijen, 3);                    /* the empty line is skipped */
	assert_string_equal(t.rijen[0].velden[0], "Ministerie van Onderwijs, Cultuur en Wetenschap");
	assert_string_equal(t.rijen[0].velden[1], "zei \"ja\"");
	assert_string_equal(t.rijen[1].velden[0], "Twee\nregels");
	assert_int_equal(t.rijen[1].regel, 4);
	assert_int_equal(t.rijen[2].regel, 6);            /* the line break inside quotes counted */
	assert_string_equal(t.rijen[2].velden[1], "zonder einde");
	arena_free(a);
}

static void
test_bad_bytes_mark_the_row(void **state)
{
	struct arena *a = arena_new();
	struct csv_tabel t;
	const char f[] = "naam;type\nGoed;gemeente\nGemeente M\xEBnster;gemeente\nOok goed;overig\n";
	(void)state;

	assert_int_equal(csv_lees(a, f, sizeof(f) - 1, &G, &t, NULL), CSV_OK);
	assert_int_equal(t.nrijen, 3);
	assert_int_equal(t.rijen[0].slecht_veld, -1);
	assert_int_equal(t.rijen[1].slecht_veld, 0);      /* Latin-1 ë: not UTF-8 */
	assert_non_null(strstr(t.rijen[1].slecht_waarom, "UTF-8"));
	assert_int_equal(t.rijen[2].slecht_veld, -1);
	arena_free(a);
}

static void
test_nul_and_long_field(void **state)
{
	struct arena *a = arena_new();
	struct csv_tabel t;
	char f[256];
	size_t n;
	(void)state;

	n = (size_t)snprintf(f, sizeof(f), "naam;type\nx;");
	f[n++] = '\0';
	n += (size_t)snprintf(f + n, sizeof(f) - n, "y\n%070d;gemeente\n", 7);
	assert_int_equal(csv_lees(a, f, n, &G, &t, NULL), CSV_OK);
	assert_int_equal(t.nrijen, 2);
	assert_int_equal(t.rijen[0].slecht_veld, 1);      /* the NUL byte */
	assert_int_equal(t.rijen[1].slecht_veld, 0);      /* 70 bytes > 64 */
	assert_non_null(strstr(t.rijen[1].slecht_waarom, "64"));
	arena_free(a);
}

static void
test_file_level_failures(void **state)
{
	struct arena *a = arena_new();
	struct csv_tabel t;
	struct csv_grenzen klein = { 2, 3, 64 };
	size_t regel = 0;
	const char *open = "naam;type\nA;gemeente\n\"B;gemeente\nC;overig\n";
	(void)state;

	assert_int_equal(csv_lees(a, "", 0, &G, &t, &regel), CSV_LEEG);
	assert_int_equal(csv_lees(a, "\xEF\xBB\xBF\r\n\r\n", 7, &G, &t, &regel), CSV_LEEG);
	assert_int_equal(csv_lees(a, open, strlen(open), &G, &t, &regel), CSV_AANHALING);
	assert_int_equal(regel, 3);                       /* where the quote opened */
	assert_int_equal(csv_lees(a, "a;b\n1;2\n3;4\n5;6\n", 16, &klein, &t, &regel), CSV_TE_GROOT);
	assert_int_equal(regel, 4);
	assert_int_equal(csv_lees(a, "a;b;c;d\n", 8, &klein, &t, &regel), CSV_TE_GROOT);
	assert_int_equal(csv_lees(a, "a;\xff\n", 5, &G, &t, &regel), CSV_KOP);
	assert_non_null(strstr(csv_fout_tekst(CSV_AANHALING), "aanhalingsteken"));
	arena_free(a);
}

static void
test_writer_excel(void **state)
{
	struct buf b;
	struct csv_schrijver w;
	(void)state;

	buf_init(&b, 0);
	csv_schrijver_excel(&w, &b);
	csv_veld(&w, "naam");
	csv_veld(&w, "notitie");
	csv_rij_klaar(&w);
	csv_veld(&w, "=HYPERLINK(\"http://x\")");
	csv_veld(&w, "a;b");
	csv_rij_klaar(&w);
	csv_veld(&w, "+31 70 123");
	csv_veld(&w, NULL);
	csv_rij_klaar(&w);
	assert_int_equal(csv_schrijver_klaar(&w), 0);
	assert_string_equal(buf_str(&b), "\xEF\xBB\xBFnaam;notitie\r\n\"'=HYPERLINK(\"\"http://x\"\")\";\"a;b\"\r\n"
	    "\"'+31 70 123\";\r\n");
	buf_free(&b);

	/* what was written reads back the same (after the apostrophe that keeps it text) */
	{
		struct arena *a = arena_new();
		struct csv_tabel t;
		const char *f = "\xEF\xBB\xBFnaam;x\r\n\"a;b\";\"'=1+1\"\r\n";

		assert_int_equal(csv_lees(a, f, strlen(f), &G, &t, NULL), CSV_OK);
		assert_string_equal(t.rijen[0].velden[0], "a;b");
		assert_string_equal(t.rijen[0].velden[1], "'=1+1");
		arena_free(a);
	}
	assert_true(csv_lijkt_formule("=1"));
	assert_true(csv_lijkt_formule("@SUM(A1)"));
	assert_true(csv_lijkt_formule("-2"));
	assert_false(csv_lijkt_formule("UWV"));
	assert_false(csv_lijkt_formule(""));
}

static void
test_writer_limit(void **state)
{
	struct buf b;
	struct csv_schrijver w;
	(void)state;

	buf_init(&b, 16);
	csv_schrijver_init(&w, &b, ',', false);
	csv_veld(&w, "een veld dat niet past in zestien bytes");
	csv_rij_klaar(&w);
	assert_int_equal(csv_schrijver_klaar(&w), -1);
	buf_free(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_semicolon_with_bom),
		cmocka_unit_test(test_comma_and_quotes),
		cmocka_unit_test(test_bad_bytes_mark_the_row),
		cmocka_unit_test(test_nul_and_long_field),
		cmocka_unit_test(test_file_level_failures),
		cmocka_unit_test(test_writer_excel),
		cmocka_unit_test(test_writer_limit),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
