/* test_onderzoek_http.c - the onderzoeker over HTTP: the pseudonymised view of a closed casus checked field by field
   against the allow-list (core/onderzoek.c) and for the absence of every name, contact detail and free text; the
   summary a regievoerder grants; classifying a leerpunt (categorie, orde); refusals that change nothing. */
#include "harness.h"

#include <jansson.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "client.h"
#include "core/onderzoek.h"

static struct server_proc srv;
static char tok_regie[65], tok_onderz[65], tok_amb[65];

#define V2 "{\"uitwisselformaat\":\"doorbraak\",\"versie\":2}"
#define AF "{\"referentie\":\"PMM-2025-0001\",\"ontvangenOp\":\"2025-01-06\",\"afgerondOp\":\"2025-02-03\"," \
	"\"resultaat\":\"GEHEIM-resultaat\",\"hulpvraag\":\"GEHEIM-hulpvraag van Hanna Huisman\",\"situatie\":" \
	"\"GEHEIM-situatie\",\"geprobeerd\":\"GEHEIM-geprobeerd\",\"indienerType\":\"gemeente\",\"indiener\":{\"naam\":" \
	"\"Ina Indienster\",\"email\":\"ina@testdorp.example\",\"organisatie\":{\"naam\":" \
	"\"Gemeente Testdorp\",\"type\":\"gemeente\"}},\"regievoerder\":{\"naam\":\"Rita Regisseur\",\"email\":" \
	"\"rita@pmm.example\"},\"leefgebieden\":[\"zorg\",\"wonen\"],\"beleidsterreinen\":[\"VWS\"],\"wetten\":[\"wlz\"]," \
	"\"betrokkenOrganisaties\":[{\"naam\":\"Zorghuis De Linde\",\"type\":\"zorgaanbieder\",\"rol\":\"GEHEIM-rol\"}," \
	"{\"naam\":\"UWV\",\"type\":\"landelijke_publieke_dienstverlener\"}],\"knelpunten\":[{\"categorie\":" \
	"\"wet_en_regelgeving\",\"soorten\":[\"lacune\"],\"omschrijving\":\"GEHEIM-knelpunt\"}],\"interventies\":[{\"type\":" \
	"\"netwerk\",\"datum\":\"2025-01-10\",\"omschrijving\":\"GEHEIM-interventie\"}],\"maatwerk\":\"hardheidsclausule\"," \
	"\"maatwerkToepassingen\":[{\"vorm\":\"hardheidsclausule\",\"wet\":\"wlz\",\"toelichting\":\"GEHEIM-toelichting\"," \
	"\"door\":{\"naam\":\"CIZ\",\"type\":\"landelijke_publieke_dienstverlener\"}}],\"procesregie\":{\"houder\":" \
	"\"GEHEIM-houder\"},\"leerpunten\":[{\"id\":41,\"omschrijving\":\"Regels over zorg botsen\",\"categorie\":" \
	"\"samenwerking\",\"orde\":1,\"beleggingen\":[{\"bij\":{\"naam\":\"VWS\",\"type\":\"ministerie\"},\"status\":" \
	"\"in_verkenning\",\"historie\":[{\"datum\":\"2025-02-10\",\"status\":\"belegd\",\"notitie\":\"GEHEIM-notitie\"}," \
	"{\"datum\":\"2025-03-10\",\"status\":\"in_verkenning\",\"bron\":\"GEHEIM-bron\"}]}]}]}"
#define OPEN "{\"referentie\":\"PMM-2025-0002\",\"ontvangenOp\":\"2025-03-06\",\"hulpvraag\":\"Nog open\"}"

static const char *const geheim[] = { "GEHEIM", "Hanna Huisman", "Ina Indienster", "ina@testdorp.example",
	"Rita Regisseur", "rita@pmm.example", "Zorghuis De Linde" };

static int
setup(void **state)
{
	const struct test_account accounts[] = {
		{ "regie@t.example", "Rik Regie", "regievoerder", "Landelijk Maatwerkloket Multiproblematiek", tok_regie },
		{ "onderzoek@t.example", "Olga Onderzoek", "onderzoeker", "Universiteit", tok_onderz },
		{ "vera@t.example", "Vera Vosjes", "ambassadeur", "Ministerie van Volksgezondheid, Welzijn en Sport", tok_amb },
	};
	const char *import[] = { "import", "-", NULL };
	(void)state;

	if (server_start(&srv, NULL) != 0 || server_cli(&srv, V2 "\n" AF "\n" OPEN "\n", NULL, import) != 0)
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

/* Every member of v, by its path without array indices, must be on the allow-list; counts what was seen. */
static void
op_lijst(json_t *v, const char *pad, size_t *n)
{
	const char *key;
	json_t *x;
	size_t i;

	if (json_is_object(v)) {
		json_object_foreach(v, key, x) {
			char kind[256];

			snprintf(kind, sizeof(kind), "%s%s%s", pad, *pad ? "." : "", key);
			if (!onderzoek_veld_toegestaan(kind)) {
				print_error("veld %s staat niet op de lijst voor onderzoek\n", kind);
				fail();
			}
			(*n)++;
			op_lijst(x, kind, n);
		}
	} else if (json_is_array(v))
		json_array_foreach(v, i, x)
			op_lijst(x, pad, n);
}

static void
geen_geheimen(const char *tekst, const char *waar)
{
	for (size_t i = 0; i < sizeof(geheim) / sizeof(geheim[0]); i++)
		if (strstr(tekst, geheim[i]) != NULL) {
			print_error("%s bevat '%s'\n", waar, geheim[i]);
			fail();
		}
}

static void
geen_geheimen_op(const struct resp *r, const char *waar)
{
	for (size_t i = 0; i < sizeof(geheim) / sizeof(geheim[0]); i++)
		if (resp_contains(r, geheim[i])) {
			print_error("%s bevat '%s'\n", waar, geheim[i]);
			fail();
		}
}

static void
test_weergave_op_de_lijst(void **state)
{
	struct client c;
	struct resp r;
	long st;
	size_t n = 0;
	json_t *j;
	char *s;
	(void)state;

	j = client_api_json(&srv, tok_onderz, "GET", "/api/v1/onderzoek/casussen/PMM-2025-0001", NULL, &st);
	assert_int_equal(st, 200);
	op_lijst(j, "", &n);
	assert_true(n > 20);   /* the view is not empty: codes, dates, leerpunten, organisations */
	s = json_dumps(j, JSON_COMPACT);
	geen_geheimen(s, "de JSON");
	/* what is allowed is there: public bodies by name, the others by type; codes; the leerpunt */
	assert_non_null(strstr(s, "\"naam\":\"UWV\""));
	assert_non_null(strstr(s, "\"type\":\"zorgaanbieder\""));
	assert_non_null(strstr(s, "Gemeente Testdorp"));
	assert_non_null(strstr(s, "lacune"));
	assert_non_null(strstr(s, "Regels over zorg botsen"));
	assert_non_null(strstr(s, "in_verkenning"));
	free(s);
	json_decref(j);

	client_login_ok(&c, &srv, "onderzoek@t.example", "wachtwoord-test");
	assert_int_equal(client_get(&c, "/onderzoek/PMM-2025-0001", &r), 200);
	assert_true(resp_contains(&r, "UWV"));
	assert_true(resp_contains(&r, "zorgaanbieder"));
	geen_geheimen_op(&r, "de pagina");
	resp_free(&r);
	assert_int_equal(client_get(&c, "/onderzoek", &r), 200);
	assert_true(resp_contains(&r, "PMM-2025-0001"));
	assert_false(resp_contains(&r, "PMM-2025-0002"));   /* open */
	geen_geheimen_op(&r, "de lijst");
	resp_free(&r);
	/* an open casus and an unknown one are not there; a bad year is a Dutch 400 */
	assert_int_equal(client_get(&c, "/onderzoek/PMM-2025-0002", &r), 404);
	resp_free(&r);
	assert_int_equal(client_get(&c, "/onderzoek/PMM-2025-0099", &r), 404);
	resp_free(&r);
	assert_int_equal(client_get(&c, "/onderzoek?jaar=twintig", &r), 400);
	assert_true(resp_contains(&r, "jaartal"));
	resp_free(&r);
	client_free(&c);
	json_decref(client_api_json(&srv, tok_amb, "GET", "/api/v1/onderzoek/casussen/PMM-2025-0001", NULL, &st));
	assert_int_equal(st, 403);
	assert_true(server_audit_count(&srv, "onderzoek.lezen", AUDIT_TOEGESTAAN) >= 2);
	assert_true(server_audit_count(&srv, "onderzoek.lezen", AUDIT_GEWEIGERD) >= 2);
}

/* A summary only when the regievoerder confirms it holds nothing traceable; the onderzoeker then sees it. */
static void
test_samenvatting(void **state)
{
	struct client c;
	struct resp r;
	long st;
	json_t *j;
	(void)state;

	client_login_ok(&c, &srv, "regie@t.example", "wachtwoord-test");
	assert_int_equal(client_post_form(&c, "/onderzoek/PMM-2025-0001", "/onderzoek/PMM-2025-0001/samenvatting",
	    "samenvatting=Zorg+en+wonen+liepen+vast", &r), 400);
	assert_true(resp_contains(&r, "Bevestig"));
	resp_free(&r);
	assert_int_equal(count("SELECT count(*) FROM casus_samenvatting"), 0);
	assert_int_equal(client_post_form(&c, "/onderzoek/PMM-2025-0001", "/onderzoek/PMM-2025-0001/samenvatting",
	    "samenvatting=Zorg+en+wonen+liepen+vast&gecontroleerd=ja", &r), 303);
	resp_free(&r);
	client_free(&c);
	j = client_api_json(&srv, tok_onderz, "GET", "/api/v1/onderzoek/casussen/PMM-2025-0001", NULL, &st);
	assert_int_equal(st, 200);
	assert_string_equal(json_string_value(json_object_get(j, "samenvatting")), "Zorg en wonen liepen vast");
	json_decref(j);
	client_login_ok(&c, &srv, "onderzoek@t.example", "wachtwoord-test");
	assert_int_equal(client_post_form(&c, "/onderzoek/PMM-2025-0001", "/onderzoek/PMM-2025-0001/samenvatting",
	    "samenvatting=Anders&gecontroleerd=ja", &r), 403);
	resp_free(&r);
	client_free(&c);
	assert_int_equal(count("SELECT count(*) FROM casus_samenvatting WHERE tekst = 'Zorg en wonen liepen vast'"), 1);
}

/* The onderzoeker classifies a leerpunt: a bad categorie or orde is a 400 that changes nothing; who and when kept. */
static void
test_classificeren(void **state)
{
	struct client c;
	struct resp r;
	(void)state;

	client_login_ok(&c, &srv, "onderzoek@t.example", "wachtwoord-test");
	assert_int_equal(client_post_form(&c, "/leerpunten/41", "/leerpunten/41/classificatie", "categorie=geld&orde=2",
	    &r), 400);
	assert_true(resp_contains(&r, "Kies de categorie"));
	resp_free(&r);
	assert_int_equal(client_post_form(&c, "/leerpunten/41", "/leerpunten/41/classificatie",
	    "categorie=wet_en_regelgeving&orde=4", &r), 400);
	assert_true(resp_contains(&r, "Kies de orde"));
	resp_free(&r);
	assert_int_equal(count("SELECT count(*) FROM leerpunt WHERE id = 41 AND categorie = 'samenwerking' AND orde = 1"
	    " AND gewijzigd_door IS NULL"), 1);
	assert_int_equal(client_post_form(&c, "/leerpunten/41", "/leerpunten/41/classificatie",
	    "categorie=wet_en_regelgeving&orde=3", &r), 303);
	resp_free(&r);
	assert_int_equal(client_post_form(&c, "/leerpunten/41", "/leerpunten/999/classificatie",
	    "categorie=wet_en_regelgeving&orde=3", &r), 404);
	resp_free(&r);
	client_free(&c);
	assert_int_equal(count("SELECT count(*) FROM leerpunt l JOIN gebruiker g ON g.id = l.gewijzigd_door"
	    " JOIN persoon p ON p.id = g.persoon_id WHERE l.id = 41 AND l.categorie = 'wet_en_regelgeving' AND l.orde = 3"
	    " AND p.naam = 'Olga Onderzoek' AND l.gewijzigd_at IS NOT NULL"), 1);
	/* the omschrijving and beleggingen stay as they were */
	assert_int_equal(count("SELECT count(*) FROM leerpunt WHERE id = 41 AND omschrijving = 'Regels over zorg botsen'"), 1);
	assert_int_equal(count("SELECT count(*) FROM belegging_status s JOIN belegging b ON b.id = s.belegging_id"
	    " WHERE b.leerpunt_id = 41"), 2);
	client_login_ok(&c, &srv, "vera@t.example", "wachtwoord-test");
	assert_int_equal(client_post_form(&c, "/leerpunten/41", "/leerpunten/41/classificatie",
	    "categorie=ict&orde=1", &r), 403);
	resp_free(&r);
	client_free(&c);
	/* the same through the API */
	{
		long st;

		json_decref(client_api_json(&srv, tok_onderz, "PATCH", "/api/v1/leerpunten/41", "{\"orde\":7}", &st));
		assert_int_equal(st, 400);
		json_decref(client_api_json(&srv, tok_onderz, "PATCH", "/api/v1/leerpunten/41", "{\"omschrijving\":\"x\"}",
		    &st));
		assert_int_equal(st, 400);
		json_decref(client_api_json(&srv, tok_amb, "PATCH", "/api/v1/leerpunten/41", "{\"orde\":1}", &st));
		assert_int_equal(st, 403);
		assert_int_equal(count("SELECT count(*) FROM leerpunt WHERE id = 41 AND orde = 3"), 1);
		json_decref(client_api_json(&srv, tok_onderz, "PATCH", "/api/v1/leerpunten/41", "{\"orde\":1,\"categorie\":"
		    "\"ict\"}", &st));
		assert_int_equal(st, 200);
		assert_int_equal(count("SELECT count(*) FROM leerpunt WHERE id = 41 AND orde = 1 AND categorie = 'ict'"), 1);
	}
	assert_true(server_audit_count(&srv, "leerpunt.classificeren", AUDIT_TOEGESTAAN) == 2);
	assert_true(server_audit_count(&srv, "leerpunt.classificeren", AUDIT_MISLUKT) >= 2);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_weergave_op_de_lijst),
		cmocka_unit_test(test_samenvatting),
		cmocka_unit_test(test_classificeren),
	};

	curl_global_init(CURL_GLOBAL_DEFAULT);
	return cmocka_run_group_tests(tests, setup, teardown);
}
