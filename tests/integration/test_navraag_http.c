/* test_navraag_http.c - the navraag in rounds over HTTP: a round on a peildatum asks about what was open then, of whom
   (ambassadeur, indiener, maatwerkprofessional, the Loket); answers and "what went well" per party; the onderzoeker
   runs it without seeing names; every bad input is a Dutch 4xx that changes nothing; audit rows. */
#include "harness.h"

#include <jansson.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "client.h"

static struct server_proc srv;
static char tok_regie[65], tok_onderz[65], tok_amb[65];

#define V2 "{\"uitwisselformaat\":\"doorbraak\",\"versie\":2}"
/* One closed casus with leerpunt 31 and its beleggingen: 301 VWS (open), 302 SZW (opgevolgd before the peildatum),
   303 PMM, 304 a gemeente, 305 UWV, 306 BZK (opgevolgd only after the peildatum 2025-06-30). */
#define CASUS "{\"referentie\":\"PMM-2025-0001\",\"ontvangenOp\":\"2025-01-06\",\"afgerondOp\":\"2025-02-03\"," \
	"\"resultaat\":\"Doorverwezen\",\"hulpvraag\":\"Hulpvraag van Hanna Huisman\",\"indienerType\":\"gemeente\"," \
	"\"indiener\":{\"naam\":\"Ina Indienster\",\"email\":\"ina@testdorp.example\",\"organisatie\":{\"naam\":" \
	"\"Gemeente Testdorp\",\"type\":\"gemeente\"}},\"leefgebieden\":[\"zorg\"],\"leerpunten\":[{\"id\":31," \
	"\"omschrijving\":\"Regels over zorg botsen\",\"categorie\":\"wet_en_regelgeving\",\"orde\":2,\"beleggingen\":[" \
	"{\"id\":301,\"bij\":{\"naam\":\"VWS\",\"type\":\"ministerie\"},\"status\":\"belegd\",\"historie\":[{\"datum\":" \
	"\"2025-02-10\",\"status\":\"belegd\"}]}," \
	"{\"id\":302,\"bij\":{\"naam\":\"SZW\",\"type\":\"ministerie\"},\"status\":\"opgevolgd\",\"historie\":[{\"datum\":" \
	"\"2025-02-10\",\"status\":\"belegd\"},{\"datum\":\"2025-04-01\",\"status\":\"opgevolgd\"}]}," \
	"{\"id\":303,\"bij\":\"PMM\",\"status\":\"belegd\",\"historie\":[{\"datum\":\"2025-02-10\",\"status\":\"belegd\"}]}," \
	"{\"id\":304,\"bij\":{\"naam\":\"Gemeente Testdorp\",\"type\":\"gemeente\"},\"status\":\"in_verkenning\"," \
	"\"historie\":[{\"datum\":\"2025-02-10\",\"status\":\"belegd\"},{\"datum\":\"2025-03-10\",\"status\":" \
	"\"in_verkenning\"}]}," \
	"{\"id\":305,\"bij\":{\"naam\":\"UWV\",\"type\":\"landelijke_publieke_dienstverlener\"},\"status\":\"belegd\"," \
	"\"historie\":[{\"datum\":\"2025-02-10\",\"status\":\"belegd\"}]}," \
	"{\"id\":306,\"bij\":{\"naam\":\"BZK\",\"type\":\"ministerie\"},\"status\":\"opgevolgd\",\"historie\":[{\"datum\":" \
	"\"2025-02-10\",\"status\":\"belegd\"},{\"datum\":\"2025-07-15\",\"status\":\"opgevolgd\"}]}]}]}"

static int
setup(void **state)
{
	const struct test_account accounts[] = {
		{ "regie@t.example", "Rik Regie", "regievoerder", "Landelijk Maatwerkloket Multiproblematiek", tok_regie },
		{ "vera@t.example", "Vera Vosjes", "ambassadeur", "Ministerie van Volksgezondheid, Welzijn en Sport", tok_amb },
		{ "onderzoek@t.example", "Olga Onderzoek", "onderzoeker", "Universiteit", tok_onderz },
	};
	const char *import[] = { "import", "-", NULL };
	(void)state;

	if (server_start(&srv, NULL) != 0 || server_cli(&srv, V2 "\n" CASUS "\n", NULL, import) != 0)
		return -1;
	if (server_add_accounts(&srv, "wachtwoord-test", accounts, sizeof(accounts) / sizeof(accounts[0])) != 0)
		return -1;
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	return server_stop(&srv) == 0 ? 0 : -1;
}

static json_t *
api(const char *token, const char *method, const char *path, const char *body, long *status)
{
	return client_api_json(&srv, token, method, path, body, status);
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

static json_t *
vraag_van(json_t *ronde, json_int_t belegging)
{
	size_t i;
	json_t *v;

	json_array_foreach(json_object_get(ronde, "vragen"), i, v)
		if (json_integer_value(json_object_get(v, "beleggingId")) == belegging)
			return v;
	return NULL;
}

static json_int_t ronde_id;

/* A round on 2025-06-30 asks about 301, 303, 304, 305 and 306 (opgevolgd only later), not 302; of whom. */
static void
test_ronde_maken(void **state)
{
	long st;
	json_t *j, *v;
	(void)state;

	j = api(tok_regie, "POST", "/api/v1/navraagrondes", "{\"naam\":\"Navraag voorjaar 2025\",\"peildatum\":\"2025-06-30\"}",
	    &st);
	assert_int_equal(st, 201);
	ronde_id = json_integer_value(json_object_get(j, "id"));
	assert_true(ronde_id > 0);
	assert_int_equal(json_array_size(json_object_get(j, "vragen")), 5);
	assert_null(vraag_van(j, 302));
	v = vraag_van(j, 306);
	assert_non_null(v);
	assert_string_equal(json_string_value(json_object_get(v, "statusOpPeildatum")), "belegd");
	assert_string_equal(json_string_value(json_object_get(v, "statusNu")), "opgevolgd");
	assert_string_equal(json_string_value(json_object_get(vraag_van(j, 301), "gevraagd")), "ambassadeur");
	assert_string_equal(json_string_value(json_object_get(json_object_get(vraag_van(j, 301), "persoon"), "naam")),
	    "Vera Vosjes");
	assert_string_equal(json_string_value(json_object_get(vraag_van(j, 303), "gevraagd")), "regievoerder");
	assert_string_equal(json_string_value(json_object_get(vraag_van(j, 304), "gevraagd")), "indiener");
	assert_string_equal(json_string_value(json_object_get(json_object_get(vraag_van(j, 304), "persoon"), "naam")),
	    "Ina Indienster");
	assert_string_equal(json_string_value(json_object_get(vraag_van(j, 305), "gevraagd")), "maatwerkprofessional");
	assert_string_equal(json_string_value(json_object_get(vraag_van(j, 304), "statusOpPeildatum")), "in_verkenning");
	json_decref(j);
	assert_int_equal(server_audit_count(&srv, "navraagronde.aanmaken", AUDIT_TOEGESTAAN), 1);
}

/* The onderzoeker reads the same round without any name or e-mail address, in the API and on the page. */
static void
test_onderzoeker_ziet_geen_namen(void **state)
{
	struct client c;
	struct resp r;
	char path[64], *s;
	long st;
	json_t *j;
	(void)state;

	snprintf(path, sizeof(path), "/api/v1/navraagrondes/%lld", (long long)ronde_id);
	j = api(tok_onderz, "GET", path, NULL, &st);
	assert_int_equal(st, 200);
	s = json_dumps(j, 0);
	assert_non_null(strstr(s, "ambassadeur"));
	assert_null(strstr(s, "Vera Vosjes"));
	assert_null(strstr(s, "Ina Indienster"));
	assert_null(strstr(s, "ina@testdorp.example"));
	assert_null(strstr(s, "Hanna Huisman"));
	free(s);
	json_decref(j);

	client_login_ok(&c, &srv, "onderzoek@t.example", "wachtwoord-test");
	snprintf(path, sizeof(path), "/navraag/rondes/%lld", (long long)ronde_id);
	assert_int_equal(client_get(&c, path, &r), 200);
	assert_true(resp_contains(&r, "Regels over zorg botsen"));
	assert_true(resp_contains(&r, "Ambassadeur van Ministerie van Volksgezondheid"));
	assert_false(resp_contains(&r, "Vera Vosjes"));
	assert_false(resp_contains(&r, "Ina Indienster"));
	assert_false(resp_contains(&r, "Hanna Huisman"));
	resp_free(&r);
	/* the regievoerder sees whom to ask */
	client_free(&c);
	client_login_ok(&c, &srv, "regie@t.example", "wachtwoord-test");
	assert_int_equal(client_get(&c, path, &r), 200);
	assert_true(resp_contains(&r, "Vera Vosjes"));
	resp_free(&r);
	client_free(&c);
	assert_true(server_audit_count(&srv, "navraagronde.lezen", AUDIT_TOEGESTAAN) >= 3);
}

/* Bad answers: a Dutch 400/404/409 each, and nothing written (no history entry, no answer). */
static void
test_slechte_antwoorden(void **state)
{
	static const struct {
		const char *body;
		long status;
		const char *woord;
	} slecht[] = {
		{ "{\"status\":\"opgevolgd\"}", 400, "beleggingId" },
		{ "{\"beleggingId\":301,\"status\":\"klaar\"}", 400, "status" },
		{ "{\"beleggingId\":301}", 400, "status" },
		{ "{\"beleggingId\":301,\"status\":\"geen_opvolging\"}", 400, "reden" },
		{ "{\"beleggingId\":301,\"status\":\"opgevolgd\",\"datum\":\"2025-13-01\"}", 400, "datum" },
		{ "{\"beleggingId\":301,\"status\":\"opgevolgd\",\"datum\":\"2999-01-01\"}", 400, "datum" },
		{ "{\"beleggingId\":301,\"status\":\"opgevolgd\",\"datum\":\"2025-01-01\"}", 400, "datum" },
		{ "{\"beleggingId\":301,\"status\":\"opgevolgd\",\"onbekend\":1}", 400, "onbekend" },
		{ "{\"beleggingId\":302,\"status\":\"opgevolgd\"}", 404, "ronde" },
		{ "{\"beleggingId\":999,\"status\":\"opgevolgd\"}", 404, "ronde" },
		{ "[1]", 400, "JSON-object" },
	};
	char path[80];
	long voor = count("SELECT count(*) FROM belegging_status"), st;
	(void)state;

	snprintf(path, sizeof(path), "/api/v1/navraagrondes/%lld/antwoorden", (long long)ronde_id);
	for (size_t i = 0; i < sizeof(slecht) / sizeof(slecht[0]); i++) {
		json_t *j = api(tok_onderz, "POST", path, slecht[i].body, &st);
		char *s = json_dumps(j, 0);

		if (st != slecht[i].status || strstr(s, slecht[i].woord) == NULL) {
			print_error("%s: %ld %s\n", slecht[i].body, st, s);
			fail();
		}
		free(s);
		json_decref(j);
	}
	assert_int_equal(count("SELECT count(*) FROM belegging_status"), voor);
	assert_int_equal(count("SELECT count(*) FROM navraag_vraag WHERE status_id IS NOT NULL"), 0);
	json_decref(api(tok_onderz, "POST", "/api/v1/navraagrondes/999/antwoorden",
	    "{\"beleggingId\":301,\"status\":\"opgevolgd\"}", &st));
	assert_int_equal(st, 404);
	assert_true(server_audit_count(&srv, "navraag.antwoord", AUDIT_MISLUKT) >= 8);
	/* a bad round */
	json_decref(api(tok_regie, "POST", "/api/v1/navraagrondes", "{\"naam\":\"\",\"peildatum\":\"2025-06-30\"}", &st));
	assert_int_equal(st, 400);
	json_decref(api(tok_regie, "POST", "/api/v1/navraagrondes", "{\"naam\":\"x\",\"peildatum\":\"2018-06-30\"}", &st));
	assert_int_equal(st, 400);
	json_decref(api(tok_regie, "POST", "/api/v1/navraagrondes", "{\"naam\":\"x\"}", &st));
	assert_int_equal(st, 400);
	assert_int_equal(count("SELECT count(*) FROM navraagronde"), 1);
}

/* The onderzoeker records answers: a history entry with source and date; twice is 409; "what went well" per party. */
static void
test_antwoord_en_wat_ging_goed(void **state)
{
	struct client c;
	struct resp r;
	char path[80], body[512];
	long st;
	json_t *j, *v;
	(void)state;

	snprintf(path, sizeof(path), "/api/v1/navraagrondes/%lld/antwoorden", (long long)ronde_id);
	j = api(tok_onderz, "POST", path, "{\"beleggingId\":301,\"status\":\"in_uitvoering\",\"datum\":\"2025-07-02\","
	    "\"bron\":\"Mail van de ambassadeur\",\"notitie\":\"Een experiment loopt\"}", &st);
	assert_int_equal(st, 201);
	v = vraag_van(j, 301);
	assert_string_equal(json_string_value(json_object_get(json_object_get(v, "antwoord"), "status")), "in_uitvoering");
	assert_string_equal(json_string_value(json_object_get(json_object_get(v, "antwoord"), "bron")),
	    "Mail van de ambassadeur");
	assert_int_equal(json_integer_value(json_object_get(j, "aantalBeantwoord")), 1);
	json_decref(j);
	assert_int_equal(count("SELECT count(*) FROM belegging_status WHERE belegging_id = 301 AND status = 'in_uitvoering'"
	    " AND datum = '2025-07-02' AND bron = 'Mail van de ambassadeur'"), 1);
	j = api(tok_onderz, "POST", path, "{\"beleggingId\":301,\"status\":\"opgevolgd\"}", &st);
	assert_int_equal(st, 409);
	json_decref(j);
	assert_int_equal(count("SELECT count(*) FROM belegging_status WHERE belegging_id = 301"), 2);

	/* what went well: the API (PUT) and the page; a party not in the round is 404 */
	snprintf(path, sizeof(path), "/api/v1/navraagrondes/%lld/partijen/%lld", (long long)ronde_id,
	    (long long)count("SELECT organisatie_id FROM belegging WHERE id = 301"));
	j = api(tok_onderz, "PUT", path, "{\"watGingGoed\":\"Snel contact met de ambassadeur\",\"bron\":\"Gesprek\"}", &st);
	assert_int_equal(st, 200);
	json_decref(j);
	assert_int_equal(count("SELECT count(*) FROM navraag_partij WHERE wat_ging_goed = 'Snel contact met de ambassadeur'"),
	    1);
	j = api(tok_onderz, "PUT", path, "{\"bron\":\"Gesprek\"}", &st);
	assert_int_equal(st, 400);
	json_decref(j);
	snprintf(path, sizeof(path), "/api/v1/navraagrondes/%lld/partijen/999999", (long long)ronde_id);
	j = api(tok_onderz, "PUT", path, "{\"watGingGoed\":\"x\"}", &st);
	assert_int_equal(st, 404);
	json_decref(j);

	client_login_ok(&c, &srv, "onderzoek@t.example", "wachtwoord-test");
	snprintf(path, sizeof(path), "/navraag/rondes/%lld/antwoorden", (long long)ronde_id);
	assert_int_equal(client_post_form(&c, "/navraag/rondes", path, "belegging=305&status=geen_opvolging&datum=2025-07-03",
	    &r), 400);
	assert_true(resp_contains(&r, "reden"));
	resp_free(&r);
	assert_int_equal(count("SELECT count(*) FROM belegging_status WHERE belegging_id = 305"), 1);
	snprintf(body, sizeof(body), "belegging=305&status=geen_opvolging&reden=niet_structureel&datum=2025-07-03"
	    "&bron=Telefoon+maatwerkprofessional");
	assert_int_equal(client_post_form(&c, "/navraag/rondes", path, body, &r), 303);
	resp_free(&r);
	assert_int_equal(count("SELECT count(*) FROM belegging_status WHERE belegging_id = 305 AND reden = 'niet_structureel'"),
	    1);
	client_free(&c);
	assert_true(server_audit_count(&srv, "navraag.antwoord", AUDIT_TOEGESTAAN) >= 2);
	assert_true(server_audit_count(&srv, "navraag.partij", AUDIT_TOEGESTAAN) >= 1);
}

/* Closing: then nothing more is recorded in it (409), closing twice is 409; an ambassadeur has no access. */
static void
test_sluiten(void **state)
{
	char path[80];
	long st;
	json_t *j;
	(void)state;

	snprintf(path, sizeof(path), "/api/v1/navraagrondes/%lld", (long long)ronde_id);
	json_decref(api(tok_amb, "GET", path, NULL, &st));
	assert_int_equal(st, 403);
	json_decref(api(tok_regie, "PATCH", path, "{\"gesloten\":false}", &st));
	assert_int_equal(st, 400);
	j = api(tok_regie, "PATCH", path, "{\"gesloten\":true}", &st);
	assert_int_equal(st, 200);
	assert_true(json_is_string(json_object_get(j, "geslotenOp")));
	json_decref(j);
	json_decref(api(tok_regie, "PATCH", path, "{\"gesloten\":true}", &st));
	assert_int_equal(st, 409);
	snprintf(path, sizeof(path), "/api/v1/navraagrondes/%lld/antwoorden", (long long)ronde_id);
	json_decref(api(tok_regie, "POST", path, "{\"beleggingId\":303,\"status\":\"opgevolgd\"}", &st));
	assert_int_equal(st, 409);
	assert_int_equal(count("SELECT count(*) FROM belegging_status WHERE belegging_id = 303"), 1);
	j = api(tok_onderz, "GET", "/api/v1/navraagrondes", NULL, &st);
	assert_int_equal(st, 200);
	assert_int_equal(json_integer_value(json_object_get(j, "totaal")), 1);
	json_decref(j);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ronde_maken),
		cmocka_unit_test(test_onderzoeker_ziet_geen_namen),
		cmocka_unit_test(test_slechte_antwoorden),
		cmocka_unit_test(test_antwoord_en_wat_ging_goed),
		cmocka_unit_test(test_sluiten),
	};

	curl_global_init(CURL_GLOBAL_DEFAULT);
	return cmocka_run_group_tests(tests, setup, teardown);
}
