/* test_leerpunten_import.c - `doorbraak leerpunten-import` and its page /leerpunten/import: PMM's leerpuntenbestand
   (CSV from Dutch Excel) with a report per row; nothing imported while a row is wrong, unless --goede-rijen (the
   page's goede_rijen); a second run skips what is there; the page only for a regievoerder, with CSRF and audit. */
#include "harness.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "client.h"

static struct server_proc srv;
static char pad[256];

#define REGIE "rik@test.example"
#define INDIENER "ida@test.example"
#define PW "wachtwoord-test-123"

#define CASUS "{\"referentie\":\"PMM-2024-0007\",\"ontvangenOp\":\"2024-02-05\",\"afgerondOp\":\"2024-04-12\"," \
	"\"resultaat\":\"Klaar\",\"hulpvraag\":\"Vraag\",\"indienerType\":\"gemeente\",\"leefgebieden\":[\"zorg\"]}"

static int
setup(void **state)
{
	const char *import[] = { "import", "-", NULL };
	(void)state;

	snprintf(pad, sizeof(pad), "/tmp/doorbraak-lpimport-%ld.csv", (long)getpid());
	return server_start(&srv, NULL) == 0 && server_cli(&srv, CASUS "\n", NULL, import) == 0 &&
	    server_add_user(&srv, REGIE, "Rik Regie", "regievoerder", PW) == 0 &&
	    server_add_user(&srv, INDIENER, "Ida Indiener", "indiener", PW) == 0 ? 0 : -1;
}

static int
teardown(void **state)
{
	(void)state;
	unlink(pad);
	return server_stop(&srv) == 0 ? 0 : -1;
}

static long
count(const char *sql)
{
	sqlite3 *db;
	sqlite3_stmt *s;
	long n = -1;

	assert_int_equal(sqlite3_open_v2(srv.db, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &s, NULL), SQLITE_OK);
	if (sqlite3_step(s) == SQLITE_ROW)
		n = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	sqlite3_close(db);
	return n;
}

/* Writes the file and runs the import; its output in out (the caller frees). */
static int
importeer(const char *inhoud, bool goede, struct buf *out)
{
	const char *args[] = { "leerpunten-import", pad, goede ? "--goede-rijen" : NULL, NULL };
	FILE *f = fopen(pad, "wb");

	assert_non_null(f);
	fputs(inhoud, f);
	fclose(f);
	buf_init(out, 0);
	return server_cli(&srv, NULL, out, args);
}

static bool
bevat(struct buf *b, const char *s)
{
	buf_append(b, "", 1);
	b->len--;
	return strstr(b->data, s) != NULL;
}

/* As Dutch Excel saves it: a BOM, semicolons, labels as the report prints them. */
#define KOP "\xEF\xBB\xBF" "Casus;Leerpunt;Categorie;Orde;Belegd bij;Al bekend;Status opvolging;Reden;Datum status;" \
	"Stand van opvolging;Bron;Gesignaleerd op;Thema\r\n"
#define GOED1 "PMM-2024-0007;Onderwijs en zorg botsen;Wet- en regelgeving;3e orde;VWS | OCW;ja;In verkenning;;" \
	"15-03-2025;VWS verkent een experimenteerregeling;;;onderwijs en zorg\r\n"
#define GOED2 ";Geen partij betaalt de terugkeer;Overige;2;PMM;nee;;;;;LET;12-03-2025;\r\n"
#define FOUT1 "PMM-2024-0099;Bestaat niet;Samenwerking;1;;;;;;;;;\r\n"
#define FOUT2 "PMM-2024-0007;Onbekende partij;ICT;1;Ministerie van Toverkunst;;;;;;;;\r\n"
#define FOUT3 "PMM-2024-0007;Geen reden;ICT;4;VWS;misschien;geen opvolging;;2025-02-30;;;;\r\n"
#define FOUT4 ";Signaal zonder bron;ICT;1;;;;;;;;;\r\n"
#define FOUT5 "PMM-2024-0007;=SOM(1);ICT;1;;;;;;;;;\r\n"

static void
test_fouten_per_regel_niets_ingelezen(void **state)
{
	struct buf out;
	long lp = count("SELECT count(*) FROM leerpunt"), bel = count("SELECT count(*) FROM belegging");
	(void)state;

	assert_int_equal(importeer(KOP GOED1 FOUT1 FOUT2 FOUT3 FOUT4 FOUT5 GOED2, false, &out), 1);
	assert_true(bevat(&out, "regel 3, kolom casus: fout: Geen casus met de referentie \"PMM-2024-0099\""));
	assert_true(bevat(&out, "regel 4, kolom belegd bij: fout: Geen organisatie met de naam of code \"Ministerie van "
	    "Toverkunst\""));
	assert_true(bevat(&out, "regel 5, kolom orde: fout: Vul de orde in"));
	assert_true(bevat(&out, "regel 5, kolom al bekend: fout: Schrijf ja of nee."));
	assert_true(bevat(&out, "regel 5, kolom datum status: fout:"));
	assert_true(bevat(&out, "regel 6, kolom casus: fout:"));
	assert_true(bevat(&out, "regel 7, kolom leerpunt: fout: De cel begint met '='"));
	assert_false(bevat(&out, "regel 2,"));   /* the good rows have nothing to report */
	buf_free(&out);
	assert_int_equal(count("SELECT count(*) FROM leerpunt"), lp);
	assert_int_equal(count("SELECT count(*) FROM belegging"), bel);
	assert_int_equal(server_audit_count(&srv, "leerpunt.import", AUDIT_MISLUKT), 1);

	/* a file that is no leerpuntenbestand: the header says so, nothing read */
	assert_int_equal(importeer("naam;type\r\nVWS;ministerie\r\n", true, &out), 1);
	assert_true(bevat(&out, "regel 1: fout: Onbekende kolom \"naam\""));
	buf_free(&out);
	assert_int_equal(count("SELECT count(*) FROM leerpunt"), lp);
}

static void
test_goede_rijen_en_tweede_keer(void **state)
{
	struct buf out;
	(void)state;

	assert_int_equal(importeer(KOP GOED1 FOUT1 GOED2, true, &out), 0);
	assert_true(bevat(&out, "1 leerpunten bij casussen en 1 signalen zonder casus ingelezen, met 3 beleggingen"));
	assert_true(bevat(&out, "1 foute regels niet ingelezen"));
	buf_free(&out);
	assert_int_equal(count("SELECT count(*) FROM leerpunt l JOIN leerpunt_casus lc ON lc.leerpunt_id = l.id"
	    " JOIN casus c ON c.id = lc.casus_id WHERE c.referentie = 'PMM-2024-0007' AND l.categorie = 'wet_en_regelgeving'"
	    " AND l.orde = 3 AND l.al_bekend = 1"), 1);
	assert_int_equal(count("SELECT count(*) FROM belegging_status s JOIN belegging b ON b.id = s.belegging_id"
	    " JOIN leerpunt l ON l.id = b.leerpunt_id WHERE l.omschrijving = 'Onderwijs en zorg botsen'"
	    " AND s.status = 'in_verkenning' AND s.datum = '2025-03-15' AND s.notitie = 'VWS verkent een experimenteerregeling'"),
	    2);
	assert_int_equal(count("SELECT count(*) FROM leerpunt WHERE bron = 'let' AND gesignaleerd_op = '2025-03-12'"
	    " AND categorie = 'overig'"), 1);
	assert_int_equal(count("SELECT count(*) FROM leerpunt_thema WHERE thema = 'onderwijs en zorg'"), 1);
	assert_int_equal(server_audit_count(&srv, "leerpunt.import", AUDIT_TOEGESTAAN), 1);

	/* again: the leerpunt of the casus is there already and is skipped, not doubled */
	assert_int_equal(importeer(KOP GOED1, false, &out), 0);
	assert_true(bevat(&out, "regel 2, kolom leerpunt: Staat al bij PMM-2024-0007; overgeslagen."));
	buf_free(&out);
	assert_int_equal(count("SELECT count(*) FROM leerpunt WHERE omschrijving = 'Onderwijs en zorg botsen'"), 1);
}

/* Posts csv as multipart/form-data to /leerpunten/import (with the CSRF token unless zonder_csrf). */
static long
web_importeer(struct client *c, const char *csv, bool goede, bool zonder_csrf, struct resp *r)
{
	char csrf[65] = "";
	struct buf b;
	const char *h[] = { "Content-Type: multipart/form-data; boundary=grens123", NULL };
	long st;

	if (!zonder_csrf)
		assert_int_equal(client_csrf(c, "/leerpunten/import", csrf), 0);
	buf_init(&b, 0);
	buf_printf(&b, "--grens123\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n%s\r\n", csrf);
	if (goede)
		buf_puts(&b, "--grens123\r\nContent-Disposition: form-data; name=\"goede_rijen\"\r\n\r\nja\r\n");
	if (csv != NULL) {
		buf_puts(&b, "--grens123\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"l.csv\"\r\n"
		    "Content-Type: text/csv\r\n\r\n");
		buf_puts(&b, csv);
		buf_puts(&b, "\r\n");
	}
	buf_puts(&b, "--grens123--\r\n");
	assert_int_equal(client_req(c, "POST", "/leerpunten/import", h, b.data, b.len, r), 0);
	st = r->status;
	buf_free(&b);
	return st;
}

#define WEB1 "PMM-2024-0007;Via de pagina ingelezen;Samenwerking;2;VWS;;;;;;;;\r\n"

/* The page: the same reader and report per row; nothing while a row is wrong, the good rows when asked; no file,
   no CSRF token or the wrong role change nothing; every try past the file checks is audited. */
static void
test_pagina(void **state)
{
	struct client c, ida;
	struct resp r;
	long lp = count("SELECT count(*) FROM leerpunt"), mislukt = server_audit_count(&srv, "leerpunt.import",
	    AUDIT_MISLUKT), gelukt = server_audit_count(&srv, "leerpunt.import", AUDIT_TOEGESTAAN);
	(void)state;

	client_login_ok(&c, &srv, REGIE, PW);
	assert_int_equal(client_get(&c, "/leerpunten/import", &r), 200);
	assert_true(resp_contains(&r, "enctype=\"multipart/form-data\""));
	resp_free(&r);
	assert_int_equal(web_importeer(&c, NULL, false, false, &r), 400);
	assert_true(resp_contains(&r, "Kies het leerpuntenbestand"));
	resp_free(&r);

	/* a wrong row: the report per row, nothing read */
	assert_int_equal(web_importeer(&c, KOP WEB1 FOUT1, false, false, &r), 400);
	assert_true(resp_contains(&r, "Verslag per regel"));
	assert_true(resp_contains(&r, "Geen casus met de referentie"));
	assert_true(resp_contains(&r, "PMM-2024-0099"));
	assert_true(resp_contains(&r, "Er is niets ingelezen"));
	resp_free(&r);
	assert_int_equal(count("SELECT count(*) FROM leerpunt"), lp);
	assert_int_equal(server_audit_count(&srv, "leerpunt.import", AUDIT_MISLUKT), mislukt + 1);

	/* without the CSRF token, or as an indiener: refused, nothing read */
	assert_int_equal(web_importeer(&c, KOP WEB1, true, true, &r), 403);
	resp_free(&r);
	client_login_ok(&ida, &srv, INDIENER, PW);
	assert_int_equal(client_get(&ida, "/leerpunten/import", &r), 403);
	resp_free(&r);
	client_free(&ida);
	assert_int_equal(count("SELECT count(*) FROM leerpunt"), lp);

	/* the good rows */
	assert_int_equal(web_importeer(&c, KOP WEB1 FOUT1, true, false, &r), 200);
	assert_true(resp_contains(&r, "Ingelezen: 1 leerpunten bij casussen en 0 signalen zonder casus, met 1 beleggingen"));
	assert_true(resp_contains(&r, "1 foute regels niet ingelezen"));
	resp_free(&r);
	assert_int_equal(count("SELECT count(*) FROM leerpunt"), lp + 1);
	assert_int_equal(count("SELECT count(*) FROM leerpunt WHERE omschrijving = 'Via de pagina ingelezen'"), 1);
	assert_int_equal(server_audit_count(&srv, "leerpunt.import", AUDIT_TOEGESTAAN), gelukt + 1);
	/* again: skipped, not doubled */
	assert_int_equal(web_importeer(&c, KOP WEB1, false, false, &r), 200);
	assert_true(resp_contains(&r, "overgeslagen"));
	resp_free(&r);
	assert_int_equal(count("SELECT count(*) FROM leerpunt WHERE omschrijving = 'Via de pagina ingelezen'"), 1);
	client_free(&c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fouten_per_regel_niets_ingelezen),
		cmocka_unit_test(test_goede_rijen_en_tweede_keer),
		cmocka_unit_test(test_pagina),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
