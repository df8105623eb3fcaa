/* test_signaal_http.c - signals without a casus and realised system changes over HTTP: recorded through the API and
   the pages with their links, listed, changed on their pages; every bad input a Dutch 400 (or 403, 404) that
   leaves nothing behind; every change audited. */
#include "harness.h"

#include <jansson.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "client.h"
#include "store/store_audit.h"

static struct server_proc srv;
static char tok_regie[65], tok_onderz[65], tok_amb[65];

#define CASUS "{\"referentie\":\"PMM-2025-0001\",\"ontvangenOp\":\"2025-01-06\",\"afgerondOp\":\"2025-02-03\"," \
	"\"resultaat\":\"Klaar\",\"hulpvraag\":\"Vraag\",\"indienerType\":\"gemeente\",\"leefgebieden\":[\"zorg\"]," \
	"\"leerpunten\":[{\"id\":51,\"omschrijving\":\"DUO belt eerder\",\"categorie\":\"samenwerking\",\"orde\":2}]}"

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

	if (server_start(&srv, NULL) != 0 || server_cli(&srv, CASUS "\n", NULL, import) != 0)
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

#define SIGNAAL "{\"omschrijving\":\"Geen partij betaalt de terugkeer\",\"categorie\":\"wet_en_regelgeving\",\"orde\":3," \
	"\"bron\":\"let\",\"bronReferentie\":\"LET 12 maart 2025\",\"gesignaleerdOp\":\"2025-03-12\",\"wetten\":[\"zvw\"]," \
	"\"koppelingen\":[{\"soort\":\"knelpuntenbrief\",\"referentie\":\"Knelpuntenbrief 2025, nr. 4\"}]," \
	"\"beleggingen\":[{\"bij\":{\"naam\":\"VWS\",\"type\":\"ministerie\"},\"partners\":[{\"naam\":\"BZK\",\"type\":" \
	"\"ministerie\"}],\"status\":\"belegd\"}]}"

static json_int_t signaal_id;

static void
test_signaal_api(void **state)
{
	static const struct {
		const char *body, *woord;
	} slecht[] = {
		{ "{\"omschrijving\":\"x\",\"categorie\":\"ict\",\"orde\":1,\"bron\":\"casus\",\"gesignaleerdOp\":\"2025-03-12\"}",
		  "bron" },
		{ "{\"omschrijving\":\"x\",\"categorie\":\"ict\",\"orde\":1,\"bron\":\"let\"}", "gesignaleerdOp" },
		{ "{\"omschrijving\":\"x\",\"categorie\":\"ict\",\"orde\":1,\"bron\":\"let\",\"gesignaleerdOp\":\"2999-01-01\"}",
		  "gesignaleerdOp" },
		{ "{\"omschrijving\":\"x\",\"categorie\":\"ict\",\"orde\":4,\"bron\":\"let\",\"gesignaleerdOp\":\"2025-03-12\"}",
		  "orde" },
		{ "{\"omschrijving\":\"x\",\"categorie\":\"ict\",\"orde\":1,\"bron\":\"let\",\"gesignaleerdOp\":\"2025-03-12\","
		  "\"koppelingen\":[{\"soort\":\"knelpuntenbrief\",\"url\":\"javascript:alert(1)\"}]}", "koppelingen" },
		{ "{\"omschrijving\":\"x\",\"categorie\":\"ict\",\"orde\":1,\"bron\":\"let\",\"gesignaleerdOp\":\"2025-03-12\","
		  "\"id\":7}", "id" },
		{ "[]", "JSON-object" },
	};
	long voor = count("SELECT count(*) FROM leerpunt"), st;
	json_t *j;
	char *s;
	(void)state;

	for (size_t i = 0; i < sizeof(slecht) / sizeof(slecht[0]); i++) {
		j = client_api_json(&srv, tok_regie, "POST", "/api/v1/signalen", slecht[i].body, &st);
		s = json_dumps(j, 0);
		if (st != 400 || strstr(s, slecht[i].woord) == NULL) {
			print_error("%s: %ld %s\n", slecht[i].body, st, s);
			fail();
		}
		free(s);
		json_decref(j);
	}
	json_decref(client_api_json(&srv, tok_onderz, "POST", "/api/v1/signalen", SIGNAAL, &st));
	assert_int_equal(st, 403);
	assert_int_equal(count("SELECT count(*) FROM leerpunt"), voor);

	j = client_api_json(&srv, tok_regie, "POST", "/api/v1/signalen", SIGNAAL, &st);
	assert_int_equal(st, 201);
	signaal_id = json_integer_value(json_object_get(j, "id"));
	assert_true(signaal_id > 0);
	assert_string_equal(json_string_value(json_object_get(j, "bron")), "let");
	json_decref(j);
	assert_int_equal(count("SELECT count(*) FROM leerpunt_koppeling WHERE soort = 'knelpuntenbrief'"), 1);
	assert_int_equal(count("SELECT count(*) FROM belegging_partner"), 1);
	assert_int_equal(count("SELECT count(*) FROM leerpunt_casus lc JOIN leerpunt l ON l.id = lc.leerpunt_id"
	    " WHERE l.bron = 'let'"), 0);

	j = client_api_json(&srv, tok_onderz, "GET", "/api/v1/signalen", NULL, &st);
	assert_int_equal(st, 200);
	assert_int_equal(json_integer_value(json_object_get(j, "totaal")), 1);
	json_decref(j);
	json_decref(client_api_json(&srv, tok_amb, "GET", "/api/v1/signalen", NULL, &st));
	assert_int_equal(st, 403);
	assert_true(server_audit_count(&srv, "signaal.vastleggen", AUDIT_MISLUKT) >= 7);
	assert_int_equal(server_audit_count(&srv, "signaal.vastleggen", AUDIT_TOEGESTAAN), 1);
}

static void
test_signaal_web(void **state)
{
	struct client c;
	struct resp r;
	long voor = count("SELECT count(*) FROM leerpunt");
	(void)state;

	client_login_ok(&c, &srv, "regie@t.example", "wachtwoord-test");
	assert_int_equal(client_post_form(&c, "/signalen", "/signalen", "omschrijving=Postadres+niet+geaccepteerd"
	    "&categorie=ict&orde=2&gesignaleerd_op=2026-02-02", &r), 400);
	assert_true(resp_contains(&r, "Kies waar het signaal vandaan komt"));
	assert_true(resp_contains(&r, "Postadres niet geaccepteerd"));   /* what was typed comes back */
	resp_free(&r);
	assert_int_equal(client_post_form(&c, "/signalen", "/signalen", "omschrijving=Postadres&categorie=ict&orde=2"
	    "&bron=mensenrechtenorganisatie&gesignaleerd_op=2026-02-30", &r), 400);
	assert_true(resp_contains(&r, "JJJJ-MM-DD"));
	resp_free(&r);
	assert_int_equal(count("SELECT count(*) FROM leerpunt"), voor);
	assert_int_equal(client_post_form(&c, "/signalen", "/signalen", "omschrijving=Postadres+niet+geaccepteerd"
	    "&categorie=ict&orde=2&bron=mensenrechtenorganisatie&bron_referentie=Brief&gesignaleerd_op=2026-02-02"
	    "&koppeling_soort=staat_van_de_uitvoering&koppeling_referentie=Staat+2025", &r), 303);
	assert_non_null(strstr(resp_header(&r, "Location"), "/leerpunten/"));
	resp_free(&r);
	assert_int_equal(count("SELECT count(*) FROM leerpunt WHERE bron = 'mensenrechtenorganisatie'"), 1);
	assert_int_equal(client_get(&c, "/signalen", &r), 200);
	assert_true(resp_contains(&r, "Postadres niet geaccepteerd"));
	assert_true(resp_contains(&r, "Geen partij betaalt de terugkeer"));
	assert_true(resp_contains(&r, "Knelpuntenbrief 2025, nr. 4"));
	resp_free(&r);
	client_free(&c);
}

static void
test_systeemwijziging(void **state)
{
	struct client c;
	struct resp r;
	char body[512];
	long st;
	json_t *j;
	(void)state;

	json_decref(client_api_json(&srv, tok_onderz, "POST", "/api/v1/systeemwijzigingen", "{\"omschrijving\":\"x\","
	    "\"soort\":\"wetswijziging\",\"leerpunten\":[999]}", &st));
	assert_int_equal(st, 400);
	json_decref(client_api_json(&srv, tok_onderz, "POST", "/api/v1/systeemwijzigingen", "{\"omschrijving\":\"x\","
	    "\"soort\":\"wonder\"}", &st));
	assert_int_equal(st, 400);
	json_decref(client_api_json(&srv, tok_onderz, "POST", "/api/v1/systeemwijzigingen", "{\"omschrijving\":\"x\","
	    "\"soort\":\"wetswijziging\",\"casussen\":[\"PMM-2025-0999\"]}", &st));
	assert_int_equal(st, 400);
	json_decref(client_api_json(&srv, tok_amb, "POST", "/api/v1/systeemwijzigingen", "{\"omschrijving\":\"x\","
	    "\"soort\":\"wetswijziging\"}", &st));
	assert_int_equal(st, 403);
	assert_int_equal(count("SELECT count(*) FROM systeemwijziging"), 0);
	snprintf(body, sizeof(body), "{\"omschrijving\":\"Uitzonderingen op de hardheidsclausule van de Wsf 2000 geschrapt\","
	    "\"soort\":\"wetswijziging\",\"gerealiseerdOp\":\"2025-07-01\",\"door\":{\"naam\":\"OCW\",\"type\":\"ministerie\"},"
	    "\"leerpunten\":[51,%lld],\"casussen\":[\"PMM-2025-0001\"]}", (long long)signaal_id);
	j = client_api_json(&srv, tok_onderz, "POST", "/api/v1/systeemwijzigingen", body, &st);
	assert_int_equal(st, 201);
	assert_int_equal(json_array_size(json_object_get(j, "leerpunten")), 2);
	json_decref(j);
	assert_int_equal(count("SELECT count(*) FROM systeemwijziging_leerpunt"), 2);
	assert_int_equal(count("SELECT count(*) FROM systeemwijziging_casus"), 1);

	client_login_ok(&c, &srv, "onderzoek@t.example", "wachtwoord-test");
	assert_int_equal(client_post_form(&c, "/systeemwijzigingen", "/systeemwijzigingen",
	    "omschrijving=Handboek+aangepast&soort=handboek&leerpunten=abc", &r), 400);
	assert_true(resp_contains(&r, "geen leerpuntnummer"));
	resp_free(&r);
	assert_int_equal(client_post_form(&c, "/systeemwijzigingen", "/systeemwijzigingen",
	    "omschrijving=Handboek+aangepast&soort=handboek&casussen=PMM-2025-0404", &r), 400);
	resp_free(&r);
	assert_int_equal(count("SELECT count(*) FROM systeemwijziging"), 1);
	assert_int_equal(client_post_form(&c, "/systeemwijzigingen", "/systeemwijzigingen",
	    "omschrijving=Handboek+Toeslagen+aangepast&soort=handboek&gerealiseerd_op=2026-05-01&leerpunten=51"
	    "&casussen=PMM-2025-0001", &r), 303);
	resp_free(&r);
	assert_int_equal(client_get(&c, "/systeemwijzigingen", &r), 200);
	assert_true(resp_contains(&r, "Handboek Toeslagen aangepast"));
	assert_true(resp_contains(&r, "hardheidsclausule van de Wsf 2000"));
	resp_free(&r);
	client_free(&c);
	j = client_api_json(&srv, tok_amb, "GET", "/api/v1/systeemwijzigingen", NULL, &st);
	assert_int_equal(st, 200);
	assert_int_equal(json_integer_value(json_object_get(j, "totaal")), 2);
	json_decref(j);
}

/* Changing a signal on its page: the form with what is stored; a leerpunt of a casus is no signal (404); others may
   not (403); a bad date or a koppeling without soort is a Dutch 400 that changes nothing; a good change keeps the
   beleggingen and replaces the text, wetten and koppelingen; audited. */
static void
test_signaal_bewerken(void **state)
{
	struct client c, o;
	struct resp r;
	char pad[64], sql[256];
	long bel, wijz = server_audit_count(&srv, "signaal.wijzigen", AUDIT_TOEGESTAAN);
	(void)state;

	snprintf(pad, sizeof(pad), "/signalen/%lld", (long long)signaal_id);
	snprintf(sql, sizeof(sql), "SELECT count(*) FROM belegging WHERE leerpunt_id = %lld", (long long)signaal_id);
	bel = count(sql);
	client_login_ok(&c, &srv, "regie@t.example", "wachtwoord-test");
	assert_int_equal(client_get(&c, pad, &r), 200);
	assert_true(resp_contains(&r, "Signaal bewerken"));
	assert_true(resp_contains(&r, "name=\"koppeling_soort\""));
	resp_free(&r);
	assert_int_equal(client_get(&c, "/signalen/51", &r), 404);   /* the leerpunt of PMM-2025-0001 */
	resp_free(&r);
	assert_int_equal(client_get(&c, "/signalen/abc", &r), 404);
	resp_free(&r);
	client_login_ok(&o, &srv, "onderzoek@t.example", "wachtwoord-test");
	assert_int_equal(client_get(&o, pad, &r), 403);
	resp_free(&r);
	client_free(&o);

	assert_int_equal(client_post_form(&c, pad, pad, "omschrijving=Nieuw&categorie=ict&orde=2&bron=let"
	    "&gesignaleerd_op=2026-02-30&koppeling_soort=&koppeling_referentie=&koppeling_url=", &r), 400);
	assert_true(resp_contains(&r, "JJJJ-MM-DD"));
	resp_free(&r);
	assert_int_equal(client_post_form(&c, pad, pad, "omschrijving=Nieuw&categorie=ict&orde=2&bron=let"
	    "&gesignaleerd_op=2025-03-12&koppeling_soort=&koppeling_referentie=Zonder+soort&koppeling_url=", &r), 400);
	assert_true(resp_contains(&r, "Kies het soort van koppeling 1"));
	resp_free(&r);
	assert_int_equal(client_post_form(&c, pad, pad, "omschrijving=Nieuw&categorie=ict&orde=2&bron=casus"
	    "&gesignaleerd_op=2025-03-12", &r), 400);
	resp_free(&r);
	assert_int_equal(count("SELECT count(*) FROM leerpunt WHERE omschrijving = 'Nieuw'"), 0);

	assert_int_equal(client_post_form(&c, pad, pad, "omschrijving=Geen+partij+betaalt+de+terugreis&categorie=overig"
	    "&orde=3&bron=let&bron_referentie=LET+maart&gesignaleerd_op=2025-03-12&wet=brp&wet=awb"
	    "&koppeling_soort=staat_van_de_uitvoering&koppeling_referentie=Staat+2026&koppeling_url="
	    "&koppeling_soort=&koppeling_referentie=&koppeling_url=", &r), 303);
	resp_free(&r);
	snprintf(sql, sizeof(sql), "SELECT count(*) FROM leerpunt WHERE id = %lld AND omschrijving = 'Geen partij betaalt "
	    "de terugreis' AND orde = 3 AND categorie = 'overig' AND bron_referentie = 'LET maart'", (long long)signaal_id);
	assert_int_equal(count(sql), 1);
	snprintf(sql, sizeof(sql), "SELECT count(*) FROM leerpunt_wet WHERE leerpunt_id = %lld", (long long)signaal_id);
	assert_int_equal(count(sql), 2);
	snprintf(sql, sizeof(sql), "SELECT count(*) FROM leerpunt_koppeling WHERE leerpunt_id = %lld AND referentie = "
	    "'Staat 2026'", (long long)signaal_id);
	assert_int_equal(count(sql), 1);
	snprintf(sql, sizeof(sql), "SELECT count(*) FROM belegging WHERE leerpunt_id = %lld", (long long)signaal_id);
	assert_int_equal(count(sql), bel);
	assert_int_equal(server_audit_count(&srv, "signaal.wijzigen", AUDIT_TOEGESTAAN), wijz + 1);
	client_free(&c);
}

/* Changing a system change on its page: the links replaced; a leerpunt that does not exist is a Dutch 400 that
   changes nothing; an ambassadeur may not; audited. */
static void
test_systeemwijziging_bewerken(void **state)
{
	struct client c, a;
	struct resp r;
	long wijz = server_audit_count(&srv, "systeemwijziging.wijzigen", AUDIT_TOEGESTAAN);
	(void)state;

	client_login_ok(&c, &srv, "onderzoek@t.example", "wachtwoord-test");
	assert_int_equal(client_get(&c, "/systeemwijzigingen/1", &r), 200);
	assert_true(resp_contains(&r, "Systeemwijziging bewerken"));
	assert_true(resp_contains(&r, "hardheidsclausule van de Wsf 2000"));
	resp_free(&r);
	assert_int_equal(client_get(&c, "/systeemwijzigingen/999", &r), 404);
	resp_free(&r);
	assert_int_equal(client_post_form(&c, "/systeemwijzigingen/1", "/systeemwijzigingen/1",
	    "omschrijving=Anders&soort=wetswijziging&leerpunten=51,99999", &r), 400);
	assert_true(resp_contains(&r, "Er is geen leerpunt met nummer 99999"));
	resp_free(&r);
	assert_int_equal(count("SELECT count(*) FROM systeemwijziging WHERE omschrijving = 'Anders'"), 0);
	assert_int_equal(count("SELECT count(*) FROM systeemwijziging_leerpunt WHERE systeemwijziging_id = 1"), 2);
	client_login_ok(&a, &srv, "vera@t.example", "wachtwoord-test");
	assert_int_equal(client_get(&a, "/systeemwijzigingen/1", &r), 403);
	resp_free(&r);
	client_free(&a);

	assert_int_equal(client_post_form(&c, "/systeemwijzigingen/1", "/systeemwijzigingen/1",
	    "omschrijving=Hardheidsclausule+Wsf+2000+verruimd&soort=wetswijziging&gerealiseerd_op=2025-07-01"
	    "&leerpunten=51&casussen=", &r), 303);
	resp_free(&r);
	assert_int_equal(count("SELECT count(*) FROM systeemwijziging WHERE id = 1 AND omschrijving = "
	    "'Hardheidsclausule Wsf 2000 verruimd' AND organisatie_id IS NULL"), 1);
	assert_int_equal(count("SELECT count(*) FROM systeemwijziging_leerpunt WHERE systeemwijziging_id = 1"), 1);
	assert_int_equal(count("SELECT count(*) FROM systeemwijziging_casus WHERE systeemwijziging_id = 1"), 0);
	assert_int_equal(server_audit_count(&srv, "systeemwijziging.wijzigen", AUDIT_TOEGESTAAN), wijz + 1);
	assert_int_equal(client_get(&c, "/systeemwijzigingen?melding=gewijzigd", &r), 200);
	assert_true(resp_contains(&r, "De systeemwijziging is gewijzigd."));
	resp_free(&r);
	client_free(&c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_signaal_api),
		cmocka_unit_test(test_signaal_web),
		cmocka_unit_test(test_systeemwijziging),
		cmocka_unit_test(test_signaal_bewerken),
		cmocka_unit_test(test_systeemwijziging_bewerken),
	};

	curl_global_init(CURL_GLOBAL_DEFAULT);
	return cmocka_run_group_tests(tests, setup, teardown);
}
