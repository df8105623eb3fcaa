/* test_belegging_variant_http.c - the variants of a belegging over HTTP: addressed but deliberately not belegd (no
   history, no navraag), a joint belegging (a werkgroep with a trekker), PMM's kind of involvement, and forwarding
   shown as a path; on the pages and in the API; every refusal a Dutch 4xx that leaves nothing behind. */
#include "harness.h"

#include <jansson.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "client.h"

static struct server_proc srv;
static char tok_regie[65];

#define V2 "{\"uitwisselformaat\":\"doorbraak\",\"versie\":2}"
/* leerpunt 61: 601 at PMM, 602 OCW forwarded to 603 DUO, 604 SZW deliberately not belegd */
#define CASUS "{\"referentie\":\"PMM-2025-0001\",\"ontvangenOp\":\"2025-01-06\",\"afgerondOp\":\"2025-02-03\"," \
	"\"resultaat\":\"Klaar\",\"hulpvraag\":\"Vraag\",\"indienerType\":\"gemeente\",\"leefgebieden\":[\"zorg\"]," \
	"\"leerpunten\":[{\"id\":61,\"omschrijving\":\"DUO belt eerder\",\"categorie\":\"samenwerking\",\"orde\":2," \
	"\"beleggingen\":[{\"id\":601,\"bij\":\"PMM\",\"status\":\"belegd\"}," \
	"{\"id\":602,\"bij\":{\"naam\":\"OCW\",\"type\":\"ministerie\"},\"status\":\"belegd\",\"historie\":[{\"datum\":" \
	"\"2025-02-10\",\"status\":\"belegd\"}],\"doorgezetNaar\":603}," \
	"{\"id\":603,\"bij\":{\"naam\":\"DUO\",\"type\":\"landelijke_publieke_dienstverlener\"},\"status\":\"belegd\"," \
	"\"historie\":[{\"datum\":\"2025-02-20\",\"status\":\"belegd\"}]}," \
	"{\"id\":604,\"bij\":{\"naam\":\"SZW\",\"type\":\"ministerie\"},\"status\":\"belegd\",\"nietBelegd\":" \
	"\"al_breed_bekend\"}]}]}"

static int
setup(void **state)
{
	const char *import[] = { "import", "-", NULL };
	const char *args[] = { "user", "add", "regie@t.example", "--naam", "Rik Regie", "--rol", "regievoerder",
		"--organisatie", "Landelijk Maatwerkloket Multiproblematiek", NULL };
	(void)state;

	if (server_start(&srv, NULL) != 0 || server_cli(&srv, V2 "\n" CASUS "\n", NULL, import) != 0 ||
	    server_cli(&srv, "wachtwoord-test\n", NULL, args) != 0)
		return -1;
	return server_token(&srv, "regie@t.example", tok_regie);
}

static int
teardown(void **state)
{
	(void)state;
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

static long
org(const char *code)
{
	char sql[128];

	snprintf(sql, sizeof(sql), "SELECT id FROM organisatie WHERE code = '%s'", code);
	return count(sql);
}

static json_t *
belegging(json_t *lp, json_int_t id)
{
	size_t i;
	json_t *b;

	json_array_foreach(json_object_get(lp, "beleggingen"), i, b)
		if (json_integer_value(json_object_get(b, "id")) == id)
			return b;
	return NULL;
}

/* What the import brought: the path of a forwarded belegging, one not belegd, and not on the navraag list. */
static void
test_pad_en_niet_belegd(void **state)
{
	struct client c;
	struct resp r;
	long st;
	json_t *j, *n;
	char *s;
	(void)state;

	j = client_api_json(&srv, tok_regie, "GET", "/api/v1/leerpunten/61", NULL, &st);
	assert_int_equal(st, 200);
	assert_non_null(strstr(json_string_value(json_object_get(belegging(j, 603), "pad")), "→ DUO"));
	assert_non_null(strstr(json_string_value(json_object_get(belegging(j, 602), "pad")), "Onderwijs"));
	assert_string_equal(json_string_value(json_object_get(belegging(j, 604), "nietBelegd")), "al_breed_bekend");
	assert_true(json_is_null(json_object_get(belegging(j, 601), "nietBelegd")));
	json_decref(j);
	n = client_api_json(&srv, tok_regie, "GET", "/api/v1/navraag", NULL, &st);
	assert_int_equal(st, 200);
	s = json_dumps(n, JSON_COMPACT);
	assert_null(strstr(s, "\"id\":604"));   /* deliberately not belegd: nothing to ask */
	assert_non_null(strstr(s, "\"id\":603"));
	free(s);
	json_decref(n);

	client_login_ok(&c, &srv, "regie@t.example", "wachtwoord-test");
	assert_int_equal(client_get(&c, "/leerpunten/61", &r), 200);
	assert_true(resp_contains(&r, "bewust niet belegd: Al breed bekend"));
	assert_true(resp_contains(&r, "Pad van de belegging: Ministerie van Onderwijs, Cultuur en Wetenschap → DUO."));
	resp_free(&r);
	client_free(&c);
}

static void
test_web_varianten(void **state)
{
	struct client c;
	struct resp r;
	char body[256], pad[64];
	long voor = count("SELECT count(*) FROM belegging"), hist = count("SELECT count(*) FROM belegging_status");
	(void)state;

	client_login_ok(&c, &srv, "regie@t.example", "wachtwoord-test");
	/* not belegd: an unknown reason, and PMM itself, are refused; nothing written */
	snprintf(body, sizeof(body), "organisatie=%ld&niet_belegd=onzin", org("VWS"));
	assert_int_equal(client_post_form(&c, "/leerpunten/61", "/leerpunten/61/beleggingen", body, &r), 400);
	assert_true(resp_contains(&r, "Kies waarom het leerpunt niet wordt belegd"));
	resp_free(&r);
	snprintf(body, sizeof(body), "organisatie=%ld&niet_belegd=al_breed_bekend", org("PMM"));
	assert_int_equal(client_post_form(&c, "/leerpunten/61", "/leerpunten/61/beleggingen", body, &r), 400);
	resp_free(&r);
	assert_int_equal(count("SELECT count(*) FROM belegging"), voor);
	snprintf(body, sizeof(body), "organisatie=%ld&niet_belegd=onduidelijk_of_structureel"
	    "&niet_belegd_toelichting=Eerst+kijken+of+het+terugkomt", org("VWS"));
	assert_int_equal(client_post_form(&c, "/leerpunten/61", "/leerpunten/61/beleggingen", body, &r), 303);
	resp_free(&r);
	assert_int_equal(count("SELECT count(*) FROM belegging WHERE leerpunt_id = 61 AND niet_belegd_reden ="
	    " 'onduidelijk_of_structureel' AND volgende_navraag IS NULL"), 1);
	assert_int_equal(count("SELECT count(*) FROM belegging_status"), hist);   /* no history: no follow-up */

	/* PMM's kind: only bij PMM */
	assert_int_equal(client_post_form(&c, "/leerpunten/61", "/beleggingen/603/pmm-soort", "pmm_soort=kennisdeling",
	    &r), 400);
	assert_true(resp_contains(&r, "Alleen bij PMM zelf"));
	resp_free(&r);
	assert_int_equal(client_post_form(&c, "/leerpunten/61", "/beleggingen/601/pmm-soort", "pmm_soort=onzin", &r), 400);
	resp_free(&r);
	assert_int_equal(client_post_form(&c, "/leerpunten/61", "/beleggingen/601/pmm-soort",
	    "pmm_soort=regie_in_opvolging", &r), 303);
	resp_free(&r);
	assert_int_equal(count("SELECT count(*) FROM belegging WHERE id = 601 AND pmm_soort = 'regie_in_opvolging'"), 1);
	assert_int_equal(count("SELECT count(*) FROM belegging WHERE pmm_soort IS NOT NULL"), 1);

	/* a werkgroep: DUO trekt, BZK joins; twice, the trekker itself, a belegging not belegd are refused */
	snprintf(body, sizeof(body), "organisatie=%ld", org("BZK"));
	assert_int_equal(client_post_form(&c, "/leerpunten/61", "/beleggingen/603/werkgroep", body, &r), 303);
	resp_free(&r);
	assert_int_equal(client_post_form(&c, "/leerpunten/61", "/beleggingen/603/werkgroep", body, &r), 400);
	assert_true(resp_contains(&r, "zit al in de werkgroep"));
	resp_free(&r);
	snprintf(body, sizeof(body), "organisatie=%ld", count("SELECT organisatie_id FROM belegging WHERE id = 603"));
	assert_int_equal(client_post_form(&c, "/leerpunten/61", "/beleggingen/603/werkgroep", body, &r), 400);
	resp_free(&r);
	snprintf(body, sizeof(body), "organisatie=%ld", org("BZK"));
	assert_int_equal(client_post_form(&c, "/leerpunten/61", "/beleggingen/604/werkgroep", body, &r), 409);
	resp_free(&r);
	assert_int_equal(client_post_form(&c, "/leerpunten/61", "/beleggingen/602/werkgroep", body, &r), 409);
	resp_free(&r);
	assert_int_equal(count("SELECT count(*) FROM belegging_partner"), 1);
	snprintf(pad, sizeof(pad), "/leerpunten/61");
	assert_int_equal(client_get(&c, pad, &r), 200);
	assert_true(resp_contains(&r, "DUO trekt, samen met Ministerie van Binnenlandse Zaken"));
	assert_true(resp_contains(&r, "Hoe PMM betrokken is: Regie in opvolging."));
	resp_free(&r);
	client_free(&c);
	assert_true(server_audit_count(&srv, "belegging.werkgroep", AUDIT_MISLUKT) >= 4);
}

static void
test_api_varianten(void **state)
{
	char body[256];
	long st, voor = count("SELECT count(*) FROM belegging");
	json_t *j, *b;
	(void)state;

	json_decref(client_api_json(&srv, tok_regie, "POST", "/api/v1/leerpunten/61/beleggingen",
	    "{\"organisatieCode\":\"FIN\",\"nietBelegd\":\"omdat\"}", &st));
	assert_int_equal(st, 400);
	json_decref(client_api_json(&srv, tok_regie, "POST", "/api/v1/leerpunten/61/beleggingen",
	    "{\"organisatieCode\":\"FIN\",\"nietBelegdToelichting\":\"x\"}", &st));
	assert_int_equal(st, 400);
	json_decref(client_api_json(&srv, tok_regie, "POST", "/api/v1/leerpunten/61/beleggingen",
	    "{\"organisatieCode\":\"JenV\",\"partnerIds\":[999999]}", &st));
	assert_int_equal(st, 400);
	json_decref(client_api_json(&srv, tok_regie, "POST", "/api/v1/leerpunten/61/beleggingen",
	    "{\"organisatieCode\":\"JenV\",\"pmmSoort\":\"kennisdeling\"}", &st));
	assert_int_equal(st, 400);
	assert_int_equal(count("SELECT count(*) FROM belegging"), voor);   /* all or nothing */
	snprintf(body, sizeof(body), "{\"organisatieCode\":\"JenV\",\"partnerIds\":[%ld,%ld]}", org("AenM"), org("BZK"));
	j = client_api_json(&srv, tok_regie, "POST", "/api/v1/leerpunten/61/beleggingen", body, &st);
	assert_int_equal(st, 201);
	assert_int_equal(json_array_size(json_object_get(j, "partners")), 2);
	json_decref(j);
	j = client_api_json(&srv, tok_regie, "POST", "/api/v1/leerpunten/61/beleggingen",
	    "{\"organisatieCode\":\"FIN\",\"nietBelegd\":\"al_breed_bekend\",\"nietBelegdToelichting\":\"Staat in de brief\"}",
	    &st);
	assert_int_equal(st, 201);
	assert_string_equal(json_string_value(json_object_get(j, "nietBelegd")), "al_breed_bekend");
	json_decref(j);
	j = client_api_json(&srv, tok_regie, "GET", "/api/v1/leerpunten/61", NULL, &st);
	b = belegging(j, 601);
	assert_string_equal(json_string_value(json_object_get(b, "pmmSoort")), "regie_in_opvolging");
	json_decref(j);
}

/* What the pages and the API recorded is a valid export: it imports again into an empty database. */
static void
test_export_leest_weer_in(void **state)
{
	const char *exp[] = { "export", NULL };
	struct server_proc tweede;
	const char *import[] = { "import", "-", NULL };
	struct buf out;
	(void)state;

	buf_init(&out, 0);
	assert_int_equal(server_cli(&srv, NULL, &out, exp), 0);
	buf_append(&out, "", 1);
	assert_non_null(strstr(out.data, "\"nietBelegd\":\"onduidelijk_of_structureel\""));
	assert_non_null(strstr(out.data, "\"pmmSoort\":\"regie_in_opvolging\""));
	assert_non_null(strstr(out.data, "\"partners\":[{"));
	assert_int_equal(server_start(&tweede, NULL), 0);
	assert_int_equal(server_cli(&tweede, out.data, NULL, import), 0);
	assert_int_equal(server_stop(&tweede), 0);
	buf_free(&out);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pad_en_niet_belegd),
		cmocka_unit_test(test_web_varianten),
		cmocka_unit_test(test_api_varianten),
		cmocka_unit_test(test_export_leest_weer_in),
	};

	curl_global_init(CURL_GLOBAL_DEFAULT);
	return cmocka_run_group_tests(tests, setup, teardown);
}
