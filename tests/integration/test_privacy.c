/* test_privacy.c - the citizen's request for access (doorbraak inzage) and the pseudonymised research export. */
#include "harness.h"

#include <regex.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "client.h"
#include "core/onderzoek_export.h"

static struct server_proc srv;
static char tok_rik[65], tok_ina[65], demo[400];

static int
setup(void **state)
{
	const char *init[] = { "init", "--demo", NULL };
	struct buf out;

	(void)state;
	if (server_start(&srv, NULL) != 0 ||
	    server_add_user(&srv, "rik@privacy.example", "Rik Regievoerdersnaam", "regievoerder", "wachtwoord-test") != 0 ||
	    server_token(&srv, "rik@privacy.example", tok_rik) != 0 ||
	    server_add_user(&srv, "ina@privacy.example", "Ina Indienersnaam", "indiener", "wachtwoord-test") != 0 ||
	    server_token(&srv, "ina@privacy.example", tok_ina) != 0)
		return -1;
	/* a second database with the demo casussen, for the research export */
	snprintf(demo, sizeof(demo), "%s/demo.db", srv.dir);
	buf_init(&out, 0);
	if (cli_run(demo, init, &out, NULL) != 0)
		return -1;
	buf_free(&out);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	return server_stop(&srv) == 0 ? 0 : -1;
}

static int
run(const char *db, struct buf *out, struct buf *err, const char *a1, const char *a2, const char *a3)
{
	const char *args[] = { a1, a2, a3, NULL };

	buf_init(out, 0);
	buf_init(err, 0);
	return cli_run(db, args, out, err);
}

/* ---- inzage ------------------------------------------------------------------------------------------ */

static void
test_inzage_everything_about_one_casus_with_its_access_history(void **state)
{
	const char *imp[] = { "import", "tests/integration/fixtures/export-v1.jsonl", NULL };
	struct buf out, err;
	json_t *doc, *toegang, *rij;
	long status;
	size_t i;
	bool gelezen = false, geweigerd = false, zelf = false;
	char *tekst;
	(void)state;

	buf_init(&out, 0);
	assert_int_equal(cli_run(srv.db, imp, &out, NULL), 0);
	buf_free(&out);
	/* a regievoerder reads it; an indiener who may not gets 404: both in the log */
	json_decref(client_api_json(&srv, tok_rik, "GET", "/api/v1/casussen/PMM-2025-0001", NULL, &status));
	assert_int_equal(status, 200);
	json_decref(client_api_json(&srv, tok_ina, "GET", "/api/v1/casussen/PMM-2025-0001", NULL, &status));
	assert_int_equal(status, 404);

	assert_int_equal(run(srv.db, &out, &err, "inzage", "PMM-2025-0001", NULL), 0);
	assert_non_null(doc = json_loads(buf_str(&out), 0, NULL));
	assert_string_equal(json_string_value(json_object_get(json_object_get(doc, "inzageverzoek"), "referentie")),
	    "PMM-2025-0001");
	/* the whole casus, free text included: it is the citizen's own */
	assert_non_null(strstr(json_string_value(json_object_get(json_object_get(doc, "casus"), "hulpvraag")), "stemtolk"));
	assert_true(json_array_size(json_object_get(doc, "tijdlijn")) > 0);
	assert_true(json_is_array(json_object_get(doc, "deelnemers")));
	assert_int_equal(json_array_size(json_object_get(doc, "verwijderd")), 0);
	toegang = json_object_get(doc, "toegang");
	json_array_foreach(toegang, i, rij) {
		const char *actie = json_string_value(json_object_get(rij, "actie"));
		const char *uitkomst = json_string_value(json_object_get(rij, "uitkomst"));
		const char *org = json_string_value(json_object_get(rij, "organisatie"));

		assert_non_null(json_string_value(json_object_get(rij, "tijd")));
		if (strcmp(actie, "casus.lezen") == 0 && strcmp(uitkomst, "toegestaan") == 0 && org != NULL &&
		    strcmp(json_string_value(json_object_get(rij, "rol")), "regievoerder") == 0 &&
		    strcmp(org, "Gemeente Testdorp") == 0)
			gelezen = true;
		if (strcmp(actie, "casus.lezen") == 0 && strcmp(uitkomst, "geweigerd") == 0)
			geweigerd = true;
		if (strcmp(actie, "casus.inzageverzoek") == 0)
			zelf = true;   /* the export itself is in the history it gives */
	}
	assert_true(gelezen);
	assert_true(geweigerd);
	assert_true(zelf);
	/* who accessed it is told by role and organisation, not by the professional's name */
	tekst = json_dumps(toegang, 0);
	assert_null(strstr(tekst, "Regievoerdersnaam"));
	assert_null(strstr(tekst, "Indienersnaam"));
	free(tekst);
	json_decref(doc);
	buf_free(&out);
	buf_free(&err);
	assert_int_equal(server_audit_count(&srv, "casus.inzageverzoek", AUDIT_TOEGESTAAN), 1);

	/* an unknown referentie, and wrong arguments */
	assert_int_equal(run(srv.db, &out, &err, "inzage", "PMM-2025-9999", NULL), 1);
	assert_non_null(strstr(buf_str(&err), "er is geen casus met referentie PMM-2025-9999"));
	assert_int_equal(out.len, 0);
	buf_free(&out);
	buf_free(&err);
	assert_int_equal(run(srv.db, &out, &err, "inzage", NULL, NULL), 2);
	buf_free(&out);
	buf_free(&err);
	assert_int_equal(run(srv.db, &out, &err, "inzage", "PMM-2025-0001", "PMM-2025-0002"), 2);
	buf_free(&out);
	buf_free(&err);
}

/* ---- research export --------------------------------------------------------------------------------- */

/* Every member of v, by its path without indices, is on the export's allow-list; counts the members seen. */
static void
assert_allowed(const json_t *v, const char *pad, long *n)
{
	if (json_is_object(v)) {
		const char *k;
		json_t *kind;

		json_object_foreach((json_t *)v, k, kind) {
			char sub[256];

			snprintf(sub, sizeof(sub), "%s%s%s", pad, *pad ? "." : "", k);
			if (!onderzoek_export_veld(sub))
				fail_msg("veld %s staat niet op de allow-list van de onderzoeksexport", sub);
			(*n)++;
			assert_allowed(kind, sub, n);
		}
	} else if (json_is_array(v)) {
		size_t i;
		json_t *el;

		json_array_foreach(v, i, el)
			assert_allowed(el, pad, n);
	}
}

/* Every string column q selects from the demo database (longer than min bytes, its first 40 bytes) is absent
   from text. Returns how many were checked. */
static long
assert_absent(const char *text, const char *q, size_t min)
{
	sqlite3 *db;
	sqlite3_stmt *s;
	long n = 0;

	assert_int_equal(sqlite3_open_v2(demo, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, q, -1, &s, NULL), SQLITE_OK);
	while (sqlite3_step(s) == SQLITE_ROW) {
		const char *v = (const char *)sqlite3_column_text(s, 0);
		char kort[41];

		if (v == NULL || strlen(v) < min)
			continue;
		snprintf(kort, sizeof(kort), "%s", v);
		if (strstr(text, kort) != NULL)
			fail_msg("de onderzoeksexport bevat \"%s\" (%s)", kort, q);
		n++;
	}
	sqlite3_finalize(s);
	sqlite3_close(db);
	return n;
}

static long long
demo_getal(const char *q)
{
	sqlite3 *db;
	sqlite3_stmt *s;
	long long v = -1;

	assert_int_equal(sqlite3_open_v2(demo, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, q, -1, &s, NULL), SQLITE_OK);
	if (sqlite3_step(s) == SQLITE_ROW)
		v = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	sqlite3_close(db);
	return v;
}

static void
test_research_export_is_pseudonymised_and_allow_listed(void **state)
{
	struct buf out, err, tweede;
	char sleutel[460];
	struct stat sb;
	regex_t re;
	long regels = 0, velden = 0;
	const char *p, *eol;
	(void)state;

	assert_int_equal(run(demo, &out, &err, "onderzoek-export", NULL, NULL), 0);
	assert_non_null(strstr(buf_str(&err), "nieuwe pseudoniemsleutel"));
	buf_free(&err);
	snprintf(sleutel, sizeof(sleutel), "%s-pseudoniem.sleutel", demo);
	assert_int_equal(stat(sleutel, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0600);
	assert_int_equal(regcomp(&re, "^P-[0-9a-f]{20}$", REG_EXTENDED | REG_NOSUB), 0);
	for (p = buf_str(&out); *p != '\0'; p = eol + 1) {
		char *line;
		json_t *j;

		assert_non_null(eol = strchr(p, '\n'));
		line = strndup(p, (size_t)(eol - p));
		assert_non_null(j = json_loads(line, 0, NULL));
		free(line);
		if (p == buf_str(&out))
			assert_int_equal(json_integer_value(json_object_get(json_object_get(j, "onderzoekExport"), "versie")), 1);
		else {
			const char *ps = json_string_value(json_object_get(j, "pseudoniem"));

			assert_non_null(ps);
			assert_int_equal(regexec(&re, ps, 0, NULL, 0), 0);
			assert_string_equal(json_string_value(json_object_get(j, "status")), "afgerond");
			assert_allowed(j, "", &velden);
			regels++;
		}
		json_decref(j);
	}
	regfree(&re);
	/* every closed casus, none other */
	assert_int_equal(regels, demo_getal("SELECT count(*) FROM casus WHERE status = 'afgerond'"));
	assert_true(regels > 10);
	assert_true(velden > 100 * regels / 10);
	/* no referentie, no name of a person, of a private party, no free text */
	assert_null(strstr(buf_str(&out), "PMM-20"));
	assert_true(assert_absent(buf_str(&out), "SELECT naam FROM persoon", 3) > 0);
	assert_true(assert_absent(buf_str(&out), "SELECT email FROM persoon", 3) > 0);
	assert_absent(buf_str(&out), "SELECT naam FROM organisatie WHERE type NOT IN ('ministerie', 'gemeente',"
	    " 'landelijke_publieke_dienstverlener', 'loket') AND id IN (SELECT organisatie_id FROM casus_organisatie)", 3);
	assert_true(assert_absent(buf_str(&out), "SELECT hulpvraag FROM casus", 12) > 10);
	assert_absent(buf_str(&out), "SELECT situatie FROM casus", 12);
	assert_absent(buf_str(&out), "SELECT resultaat FROM casus", 12);
	assert_absent(buf_str(&out), "SELECT geprobeerd FROM casus", 12);
	assert_absent(buf_str(&out), "SELECT followup_toelichting FROM casus", 12);
	assert_true(assert_absent(buf_str(&out), "SELECT omschrijving FROM knelpunt", 12) > 0);
	assert_true(assert_absent(buf_str(&out), "SELECT omschrijving FROM activiteit", 12) > 0);
	assert_absent(buf_str(&out), "SELECT rol FROM casus_organisatie", 12);
	assert_absent(buf_str(&out), "SELECT omschrijving FROM leerpunt", 12);
	assert_absent(buf_str(&out), "SELECT tekst FROM casus_samenvatting", 12);
	/* a public body keeps its name (the report names them too) */
	assert_non_null(strstr(buf_str(&out), "\"type\":\"ministerie\""));

	/* the same key gives the same pseudonyms */
	assert_int_equal(run(demo, &tweede, &err, "onderzoek-export", NULL, NULL), 0);
	assert_string_equal(strchr(buf_str(&tweede), '\n'), strchr(buf_str(&out), '\n'));
	assert_null(strstr(buf_str(&err), "nieuwe pseudoniemsleutel"));
	buf_free(&tweede);
	buf_free(&err);
	/* another key, other pseudonyms */
	{
		char ander[460];

		snprintf(ander, sizeof(ander), "%s/ander.sleutel", srv.dir);
		setenv("DOORBRAAK_PSEUDONIEM_SLEUTEL", ander, 1);
		assert_int_equal(run(demo, &tweede, &err, "onderzoek-export", NULL, NULL), 0);
		unsetenv("DOORBRAAK_PSEUDONIEM_SLEUTEL");
		assert_int_equal(access(ander, F_OK), 0);
		assert_string_not_equal(strchr(buf_str(&tweede), '\n'), strchr(buf_str(&out), '\n'));
		buf_free(&tweede);
		buf_free(&err);
	}
	/* one year */
	assert_int_equal(run(demo, &tweede, &err, "onderzoek-export", "--jaar", "2025"), 0);
	assert_null(strstr(buf_str(&tweede), "\"afgerondOp\":\"2026-"));
	assert_non_null(strstr(buf_str(&tweede), "\"afgerondOp\":\"2025-"));
	buf_free(&tweede);
	buf_free(&err);
	assert_true(demo_getal("SELECT count(*) FROM audit WHERE actie = 'onderzoek.export'") >= 4);
	buf_free(&out);
}

static void
test_research_export_refuses_a_bad_key_or_arguments(void **state)
{
	char sleutel[460];
	struct buf out, err;
	FILE *f;
	(void)state;

	snprintf(sleutel, sizeof(sleutel), "%s/slecht.sleutel", srv.dir);
	assert_non_null(f = fopen(sleutel, "w"));
	fputs("geen-sleutel\n", f);
	fclose(f);
	chmod(sleutel, 0600);
	setenv("DOORBRAAK_PSEUDONIEM_SLEUTEL", sleutel, 1);
	assert_int_equal(run(demo, &out, &err, "onderzoek-export", NULL, NULL), 1);
	assert_non_null(strstr(buf_str(&err), "geen sleutel van 64 hexadecimale tekens"));
	assert_int_equal(out.len, 0);
	buf_free(&out);
	buf_free(&err);
	/* readable by others: refused, nothing exported */
	assert_non_null(f = fopen(sleutel, "w"));
	fputs("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff\n", f);
	fclose(f);
	chmod(sleutel, 0644);
	assert_int_equal(run(demo, &out, &err, "onderzoek-export", NULL, NULL), 1);
	assert_non_null(strstr(buf_str(&err), "alleen voor de eigenaar leesbaar"));
	assert_int_equal(out.len, 0);
	buf_free(&out);
	buf_free(&err);
	chmod(sleutel, 0600);
	assert_int_equal(run(demo, &out, &err, "onderzoek-export", NULL, NULL), 0);
	buf_free(&out);
	buf_free(&err);
	setenv("DOORBRAAK_PSEUDONIEM_SLEUTEL", demo, 1);   /* the database itself */
	assert_int_equal(run(demo, &out, &err, "onderzoek-export", NULL, NULL), 2);
	unsetenv("DOORBRAAK_PSEUDONIEM_SLEUTEL");
	buf_free(&out);
	buf_free(&err);
	assert_int_equal(run(demo, &out, &err, "onderzoek-export", "--jaar", "twee"), 2);
	assert_non_null(strstr(buf_str(&err), "gebruik: doorbraak onderzoek-export"));
	buf_free(&out);
	buf_free(&err);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_inzage_everything_about_one_casus_with_its_access_history),
		cmocka_unit_test(test_research_export_is_pseudonymised_and_allow_listed),
		cmocka_unit_test(test_research_export_refuses_a_bad_key_or_arguments),
	};

	curl_global_init(CURL_GLOBAL_DEFAULT);
	return cmocka_run_group_tests(tests, setup, teardown);
}
