/* test_evenement_http.c - professionaliseren over HTTP: events with invitations from the Maatwerkregister,
   registrations and attendance, the casussen (referentie and leefgebieden only) and leerpunten discussed, a leerpunt
   with an event as its source, the figures of a year; bad input (unknown soort, a date that is not one, an unknown
   professional, casus or leerpunt) is a Dutch 4xx and nothing is written; who may do what. */
#include "harness.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "client.h"

static struct server_proc srv;

#define RIK "rik@test.example"          /* regievoerder: organises */
#define BEA "bea@test.example"          /* beheerder: keeps the register, sees the events */
#define IVO "ivo@test.example"          /* indiener of no connected organisation: no access */
#define PW "wachtwoord-test"
static char tok_rik[65], tok_bea[65], tok_ivo[65];
static long long item_a, item_b;        /* two register entries (two organisations) */
static char ref[32];                    /* a casus */
static int jaar;

static long long
tel_rijen(void)
{
	return server_sql_int(&srv, "SELECT (SELECT count(*) FROM evenement) + (SELECT count(*) FROM evenement_deelnemer) +"
	    " (SELECT count(*) FROM evenement_casus) + (SELECT count(*) FROM evenement_leerpunt)");
}

static json_t *
api(const char *tok, const char *method, const char *path, const char *body, long *status)
{
	return client_api_json(&srv, tok, method, path, body, status);
}

/* A 4xx problem naming field (NULL: any) whose reason contains woord; nothing was written. */
static void
weigert(const char *method, const char *path, const char *body, long want, const char *field, const char *woord)
{
	long status, voor = tel_rijen();
	json_t *j = api(tok_rik, method, path, body, &status);
	json_t *p = json_array_get(json_object_get(j, "invalidParams"), 0);
	const char *naam = json_string_value(json_object_get(p, "name"));
	const char *tekst = p ? json_string_value(json_object_get(p, "reason")) :
	    json_string_value(json_object_get(j, "detail"));

	if (status != want || (field != NULL && (naam == NULL || strcmp(naam, field) != 0)) || tekst == NULL ||
	    strstr(tekst, woord) == NULL) {
		char *s = j ? json_dumps(j, 0) : NULL;

		print_error("%s %s %s: expected %ld naming %s with '%s': %ld %s\n", method, path, body, want,
		    field ? field : "-", woord, status, s ? s : "");
		free(s);
		fail();
	}
	json_decref(j);
	assert_int_equal(tel_rijen(), voor);
}

static int
setup(void **state)
{
	struct client b;
	struct resp r;
	long status;
	json_t *j;
	time_t nu = time(NULL);
	struct tm tm;
	const struct test_account accounts[] = {
		{ RIK, "Rik Regie", "regievoerder", NULL, tok_rik },
		{ BEA, "Bea Beheer", "beheerder", NULL, tok_bea },
		{ IVO, "Ivo Indiener", "indiener", NULL, tok_ivo },
	};

	(void)state;
	gmtime_r(&nu, &tm);
	jaar = tm.tm_year + 1900;
	if (server_start_with(&srv, NULL, PW, accounts, sizeof(accounts) / sizeof(accounts[0])) != 0)
		return -1;
	server_sql_exec(&srv, "INSERT INTO organisatie (id, naam, type, aangesloten_sinds) VALUES"
	    " (900, 'Gemeente Zuiderhaven', 'gemeente', '2021-03-01'), (901, 'Gemeente Noorderveld', 'gemeente',"
	    " '2022-01-01');"
	    "INSERT INTO leerpunt (id, omschrijving, categorie, orde, created_at) VALUES"
	    " (7, 'Regels botsen bij terugkeer uit het buitenland', 'wet_en_regelgeving', 2, 't'),"
	    " (8, 'Niemand betaalt de eerste opvang', 'overig', 3, 't');");
	/* two register entries, added by the beheerder through the register's own form */
	client_login_ok(&b, &srv, BEA, PW);
	if (client_post_form(&b, "/register/nieuw", "/register", "soort=organisatie&organisatie=900&naam=Mila+Maatwerk"
	    "&mandaat=Het+college&email=maatwerk%40zuiderhaven.example&telefoon=14+0123&regio=zuid_holland&leefgebied=wonen",
	    &r) != 303)
		return -1;
	resp_free(&r);
	if (client_post_form(&b, "/register/nieuw", "/register", "soort=organisatie&organisatie=901&naam=Noud+Noord"
	    "&mandaat=Het+college&email=maatwerk%40noorderveld.example&telefoon=14+0456&regio=groningen&leefgebied=zorg",
	    &r) != 303)
		return -1;
	resp_free(&r);
	client_free(&b);
	item_a = server_sql_int(&srv, "SELECT id FROM register_item WHERE organisatie_id = 900");
	item_b = server_sql_int(&srv, "SELECT id FROM register_item WHERE organisatie_id = 901");
	/* a casus with its free text, which the event must never show */
	j = api(tok_rik, "POST", "/api/v1/casussen", "{\"hulpvraag\":\"Geheime hulpvraag over familie Qwertz\","
	    "\"leefgebieden\":[\"wonen\",\"verblijf\"],\"indiener\":{\"naam\":\"Ina\",\"organisatie\":{\"naam\":"
	    "\"Gemeente Zuiderhaven\",\"type\":\"gemeente\"}},\"indienerType\":\"gemeente\"}", &status);
	if (status != 201 || json_string_value(json_object_get(j, "referentie")) == NULL)
		return -1;
	snprintf(ref, sizeof ref, "%s", json_string_value(json_object_get(j, "referentie")));
	json_decref(j);
	return item_a > 0 && item_b > 0 ? 0 : -1;
}

static int
teardown(void **state)
{
	(void)state;
	return server_stop(&srv) == 0 ? 0 : -1;
}

static void
test_api_foute_invoer_schrijft_niets(void **state)
{
	char body[512];

	(void)state;
	weigert("POST", "/api/v1/evenementen", "{\"soort\":\"borrel\",\"datum\":\"2025-03-12\",\"thema\":\"T\"}", 400,
	    "soort", "Onbekend soort evenement");
	weigert("POST", "/api/v1/evenementen", "{\"soort\":\"workshop\",\"datum\":\"2025-02-30\",\"thema\":\"T\"}", 400,
	    "datum", "geen datum");
	weigert("POST", "/api/v1/evenementen", "{\"soort\":\"workshop\",\"thema\":\"T\"}", 400, "datum", "datum");
	weigert("POST", "/api/v1/evenementen", "{\"soort\":\"workshop\",\"datum\":\"2025-03-12\"}", 400, "thema",
	    "verplicht");
	weigert("POST", "/api/v1/evenementen", "{\"soort\":\"workshop\",\"datum\":\"2025-03-12\",\"thema\":\"T\","
	    "\"kleur\":\"rood\"}", 400, "kleur", "Onbekend veld");
	/* an unknown professional: the event itself is not written either */
	snprintf(body, sizeof body, "{\"soort\":\"workshop\",\"datum\":\"2025-03-12\",\"thema\":\"T\",\"deelnemers\":"
	    "[{\"professional\":%lld},{\"professional\":99999}]}", item_a);
	weigert("POST", "/api/v1/evenementen", body, 400, "deelnemers[1].professional", "Er is geen vermelding");
	weigert("POST", "/api/v1/evenementen", "{\"soort\":\"workshop\",\"datum\":\"2025-03-12\",\"thema\":\"T\","
	    "\"casussen\":[\"PMM-1999-0001\"]}", 400, "casussen[0]", "Er is geen casus");
	weigert("POST", "/api/v1/evenementen", "{\"soort\":\"workshop\",\"datum\":\"2025-03-12\",\"thema\":\"T\","
	    "\"leerpunten\":[{\"id\":4242}]}", 400, "leerpunten[0].id", "Er is geen leerpunt");
	snprintf(body, sizeof body, "{\"soort\":\"workshop\",\"datum\":\"2025-03-12\",\"thema\":\"T\",\"deelnemers\":"
	    "[{\"professional\":%lld,\"status\":\"misschien\"}]}", item_a);
	weigert("POST", "/api/v1/evenementen", body, 400, "deelnemers[0].status", "Onbekende status");
	assert_int_equal(server_sql_int(&srv, "SELECT count(*) FROM evenement"), 0);
}

static void
test_api_evenement_en_cijfers(void **state)
{
	char body[1024], pad[96];
	long status;
	json_t *j, *c;
	long long id;
	char *dump;

	(void)state;
	/* a network session earlier this year: two invited, one attended; a casus and two leerpunten, one from it */
	snprintf(body, sizeof body, "{\"soort\":\"netwerkbijeenkomst\",\"datum\":\"%d-01-02\",\"thema\":\"Terugkeer en "
	    "wonen\",\"doelgroep\":\"maatwerkprofessionals\",\"deelnemers\":[{\"professional\":%lld,\"status\":"
	    "\"aangemeld\",\"aanwezig\":true},{\"professional\":%lld}],\"casussen\":[\"%s\"],\"leerpunten\":[{\"id\":7,"
	    "\"bron\":true},{\"id\":8}]}", jaar, item_a, item_b, ref);
	j = api(tok_rik, "POST", "/api/v1/evenementen", body, &status);
	assert_int_equal(status, 201);
	id = json_integer_value(json_object_get(j, "id"));
	assert_true(id > 0);
	assert_int_equal(json_array_size(json_object_get(j, "deelnemers")), 2);
	c = json_array_get(json_object_get(j, "casussen"), 0);
	assert_string_equal(json_string_value(json_object_get(c, "referentie")), ref);
	assert_int_equal(json_object_size(c), 2);   /* referentie and leefgebieden, nothing else */
	dump = json_dumps(j, 0);
	assert_null(strstr(dump, "Qwertz"));
	free(dump);
	json_decref(j);

	/* the same invitation twice is a conflict; attendance of someone who declined is refused */
	snprintf(pad, sizeof pad, "/api/v1/evenementen/%lld/deelnemers", id);
	snprintf(body, sizeof body, "{\"professional\":%lld}", item_a);
	weigert("POST", pad, body, 409, NULL, "al uitgenodigd");
	snprintf(pad, sizeof pad, "/api/v1/evenementen/%lld/deelnemers/%lld", id, item_b);
	weigert("PATCH", pad, "{\"status\":\"afgemeld\",\"aanwezig\":true}", 409, NULL, "afgemeld");
	weigert("PATCH", pad, "{\"aanwezig\":\"ja\"}", 400, "aanwezig", "true, false of null");
	j = api(tok_rik, "PATCH", pad, "{\"status\":\"afgemeld\",\"aanwezig\":false}", &status);
	assert_int_equal(status, 200);
	json_decref(j);
	snprintf(pad, sizeof pad, "/api/v1/evenementen/%lld/deelnemers/99999", id);
	weigert("PATCH", pad, "{\"aanwezig\":true}", 404, NULL, "niet uitgenodigd");

	/* the leerpunt names its source once */
	snprintf(pad, sizeof pad, "/api/v1/evenementen/%lld/leerpunten", id);
	weigert("POST", pad, "{\"id\":7,\"bron\":true}", 409, NULL, "al bij dit evenement");

	/* a masterclass planned next year: attendance cannot be recorded before the day */
	snprintf(body, sizeof body, "{\"soort\":\"masterclass\",\"datum\":\"%d-05-20\",\"thema\":\"Ruimte in wet- en "
	    "regelgeving\"}", jaar + 1);
	j = api(tok_rik, "POST", "/api/v1/evenementen", body, &status);
	assert_int_equal(status, 201);
	snprintf(pad, sizeof pad, "/api/v1/evenementen/%lld/deelnemers", (long long)json_integer_value(json_object_get(j,
	    "id")));
	json_decref(j);
	snprintf(body, sizeof body, "{\"professional\":%lld,\"aanwezig\":true}", item_a);
	weigert("POST", pad, body, 409, NULL, "op of na de dag");

	/* the figures of this year */
	snprintf(pad, sizeof pad, "/api/v1/evenementen?jaar=%d", jaar);
	j = api(tok_bea, "GET", pad, NULL, &status);
	assert_int_equal(status, 200);
	c = json_object_get(j, "cijfers");
	assert_int_equal(json_integer_value(json_object_get(c, "evenementen")), 1);
	assert_int_equal(json_integer_value(json_object_get(json_object_get(c, "perSoort"), "netwerkbijeenkomst")), 1);
	assert_int_equal(json_integer_value(json_object_get(c, "uitgenodigd")), 2);
	assert_int_equal(json_integer_value(json_object_get(c, "deelnemers")), 1);
	assert_int_equal(json_integer_value(json_object_get(c, "organisatiesBereikt")), 1);
	assert_int_equal(json_integer_value(json_object_get(c, "casussenBesproken")), 1);
	assert_int_equal(json_integer_value(json_object_get(c, "leerpuntenBesproken")), 2);
	assert_int_equal(json_integer_value(json_object_get(c, "leerpuntenUitEvenement")), 1);
	json_decref(j);
	weigert("GET", "/api/v1/evenementen?soort=borrel", NULL, 400, "soort", "Onbekend soort");
	weigert("GET", "/api/v1/evenementen?jaar=twintig", NULL, 400, "jaar", "jaar");

	/* who may: the beheerder reads but does not organise, an indiener without register access does neither */
	j = api(tok_bea, "POST", "/api/v1/evenementen", "{\"soort\":\"workshop\",\"datum\":\"2025-03-12\",\"thema\":\"T\"}",
	    &status);
	assert_int_equal(status, 403);
	json_decref(j);
	j = api(tok_ivo, "GET", "/api/v1/evenementen", NULL, &status);
	assert_int_equal(status, 403);
	json_decref(j);
	/* reading the event leaves a row per casus shown (the audit log names the casus) */
	snprintf(pad, sizeof pad, "/api/v1/evenementen/%lld", id);
	j = api(tok_bea, "GET", pad, NULL, &status);
	assert_int_equal(status, 200);
	assert_null(json_object_get(json_array_get(json_object_get(j, "leerpunten"), 0), "omschrijving"));
	json_decref(j);
	assert_int_equal(server_sql_int(&srv, "SELECT count(*) FROM audit WHERE actie = 'casus.evenement'"), 1);
}

static void
test_pagina_en_formulieren(void **state)
{
	struct client c;
	struct resp r;
	char pad[96], body[256], loc[128];
	long long id;

	(void)state;
	client_login_ok(&c, &srv, RIK, PW);
	assert_int_equal(client_get(&c, "/evenementen", &r), 200);
	assert_true(resp_contains(&r, "Professionaliseren"));
	assert_true(resp_contains(&r, "Organisaties bereikt"));
	assert_true(resp_contains(&r, "Terugkeer en wonen"));
	resp_free(&r);
	/* bad input: the form again with the Dutch message, nothing written */
	assert_int_equal(client_post_form(&c, "/evenementen", "/evenementen", "soort=borrel&datum=2025-13-01&thema=", &r),
	    400);
	assert_true(resp_contains(&r, "Kies het soort evenement uit de lijst."));
	resp_free(&r);
	assert_int_equal(server_sql_int(&srv, "SELECT count(*) FROM evenement"), 2);
	assert_int_equal(client_post_form(&c, "/evenementen", "/evenementen", "soort=bestuurlijke_tafel&datum=2025-10-09"
	    "&thema=Bestuurlijke+Tafel+Casu%C3%AFstiek&doelgroep=wethouders+sociaal+domein", &r), 303);
	snprintf(loc, sizeof loc, "%s", resp_header(&r, "Location"));
	resp_free(&r);
	id = server_sql_int(&srv, "SELECT max(id) FROM evenement WHERE soort = 'bestuurlijke_tafel'");
	assert_true(id > 0);
	snprintf(pad, sizeof pad, "/evenementen/%lld", id);
	assert_non_null(strstr(loc, pad));

	/* invite from the register: search, tick, invite */
	snprintf(body, sizeof body, "/evenementen/%lld?zoek=Zuiderhaven", id);
	assert_int_equal(client_get(&c, body, &r), 200);
	assert_true(resp_contains(&r, "Mila Maatwerk"));
	resp_free(&r);
	snprintf(pad, sizeof pad, "/evenementen/%lld/uitnodigingen", id);
	snprintf(body, sizeof body, "item=%lld&item=%lld", item_a, item_b);
	assert_int_equal(client_post_form(&c, "/evenementen", pad, body, &r), 303);
	resp_free(&r);
	assert_int_equal(client_post_form(&c, "/evenementen", pad, "item=99999", &r), 400);
	assert_true(resp_contains(&r, "Er is geen vermelding"));
	resp_free(&r);
	/* registration and attendance (the event was in the past) */
	snprintf(pad, sizeof pad, "/evenementen/%lld/deelnemers/%lld", id, item_a);
	assert_int_equal(client_post_form(&c, "/evenementen", pad, "status=aangemeld&aanwezig=ja", &r), 303);
	resp_free(&r);
	assert_int_equal(client_post_form(&c, "/evenementen", pad, "status=vergeten", &r), 400);
	resp_free(&r);
	/* a casus and a leerpunt that came from this table */
	snprintf(pad, sizeof pad, "/evenementen/%lld/casussen", id);
	snprintf(body, sizeof body, "referentie=%s", ref);
	assert_int_equal(client_post_form(&c, "/evenementen", pad, body, &r), 303);
	resp_free(&r);
	assert_int_equal(client_post_form(&c, "/evenementen", pad, "referentie=PMM-2020-0404", &r), 400);
	assert_true(resp_contains(&r, "Er is geen casus"));
	resp_free(&r);
	snprintf(pad, sizeof pad, "/evenementen/%lld/leerpunten", id);
	assert_int_equal(client_post_form(&c, "/evenementen", pad, "leerpunt=8&bron=ja", &r), 303);
	resp_free(&r);
	snprintf(pad, sizeof pad, "/evenementen/%lld", id);
	assert_int_equal(client_get(&c, pad, &r), 200);
	assert_true(resp_contains(&r, "Aangemeld"));
	assert_true(resp_contains(&r, "Aanwezig"));
	assert_true(resp_contains(&r, ref));
	assert_false(resp_contains(&r, "Qwertz"));
	assert_true(resp_contains(&r, "ontstaan op dit evenement"));
	resp_free(&r);
	/* the leerpunt names the event as its source */
	assert_int_equal(client_get(&c, "/leerpunten/8", &r), 200);
	assert_true(resp_contains(&r, "Ontstaan op"));
	assert_true(resp_contains(&r, "Bestuurlijke Tafel Casu"));
	resp_free(&r);
	client_free(&c);

	/* the beheerder sees the page but not the forms; the menu shows the item to whom may use it */
	client_login_ok(&c, &srv, BEA, PW);
	assert_int_equal(client_get(&c, pad, &r), 200);
	assert_false(resp_contains(&r, "Uitnodigen uit het Maatwerkregister"));
	assert_true(resp_contains(&r, "href=\"/evenementen\""));
	assert_false(resp_contains(&r, "href=\"/casussen\""));
	resp_free(&r);
	snprintf(pad, sizeof pad, "/evenementen/%lld/casussen", id);
	assert_int_equal(client_post_form(&c, "/", pad, body, &r), 403);
	resp_free(&r);
	client_free(&c);
}

/* The jaarrapportage counts the year's events: JSON of `doorbraak report`, the CSV table and the HTML chapter. */
static void
test_jaarrapportage(void **state)
{
	struct buf out;
	json_t *j, *p;
	char jr[8], pad[64];
	struct client c;
	struct resp r;

	(void)state;
	snprintf(jr, sizeof jr, "%d", jaar);
	buf_init(&out, 0);
	assert_int_equal(server_cli(&srv, NULL, &out, (const char *[]){ "report", "--jaar", jr, "--format", "json",
	    NULL }), 0);
	j = json_loads(buf_str(&out), 0, NULL);
	buf_free(&out);
	assert_non_null(j);
	p = json_object_get(j, "professionaliseren");
	assert_non_null(p);
	assert_int_equal(json_integer_value(json_object_get(p, "evenementen")), 1);   /* the network session */
	assert_int_equal(json_integer_value(json_object_get(p, "deelnemers")), 1);
	assert_int_equal(json_integer_value(json_object_get(p, "organisatiesBereikt")), 1);
	assert_int_equal(json_integer_value(json_object_get(json_object_get(p, "perSoort"), "netwerkbijeenkomst")), 1);
	json_decref(j);
	client_login_ok(&c, &srv, RIK, PW);
	snprintf(pad, sizeof pad, "/rapportage/%s.csv", jr);
	assert_int_equal(client_get(&c, pad, &r), 200);
	assert_true(resp_contains(&r, "\r\nProfessionaliseren,"));
	assert_true(resp_contains(&r, "\r\nOrganisaties bereikt,1,"));
	resp_free(&r);
	snprintf(pad, sizeof pad, "/rapportage?jaar=%s", jr);
	assert_int_equal(client_get(&c, pad, &r), 200);
	assert_true(resp_contains(&r, "Bestuurlijke Tafel Casu"));
	assert_true(resp_contains(&r, "uit 1 organisaties"));
	resp_free(&r);
	client_free(&c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_api_foute_invoer_schrijft_niets),
		cmocka_unit_test(test_api_evenement_en_cijfers),
		cmocka_unit_test(test_pagina_en_formulieren),
		cmocka_unit_test(test_jaarrapportage),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
