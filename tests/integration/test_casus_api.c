/* test_casus_api.c - the casus API over HTTP: create, read, list, change, close, timeline, deelnemers, follow-up. */
#include "harness.h"

#include <jansson.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "client.h"
#include "core/casus.h"
#include "lib/date.h"
#include "store/store.h"
#include "store/store_audit.h"

static struct server_proc srv;

enum wie { INA, IRIS, RIK, ANNA, WIE__MAX };   /* indiener, another indiener, regievoerder, ambassadeur */
static const struct {
	const char *email, *naam, *rol;
} accounts[WIE__MAX] = {
	{ "ina@test.example", "Ina Indiener", "indiener" },
	{ "iris@test.example", "Iris Ander", "indiener" },
	{ "rik@test.example", "Rik Regie", "regievoerder" },
	{ "anna@test.example", "Anna Ambassadeur", "ambassadeur" },
};
static char tokens[WIE__MAX][65];
static int vandaag;

static int
setup(void **state)
{
	(void)state;
	vandaag = date_today_local(time(NULL));
	if (server_start(&srv, NULL) != 0)
		return -1;
	for (int w = 0; w < WIE__MAX; w++)
		if (server_add_user(&srv, accounts[w].email, accounts[w].naam, accounts[w].rol, "wachtwoord-test") != 0 ||
		    server_token(&srv, accounts[w].email, tokens[w]) != 0)
			return -1;
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	return server_stop(&srv) == 0 ? 0 : -1;
}

/* ---- helpers ---------------------------------------------------------------------------- */

/* A request as w with a JSON body (or none); type overrides the Content-Type. */
static void
req_as(struct client *c, enum wie w, const char *method, const char *path, const char *body, size_t len,
    const char *type, struct resp *r)
{
	client_api(c, tokens[w], method, path, body, len, type, r);
}

/* One request on a fresh connection; returns the decoded body (NULL when not JSON), the status in *status. */
static json_t *
api(enum wie w, const char *method, const char *path, const char *body, long *status)
{
	struct client c;
	struct resp r;
	json_t *j;

	client_init(&c, &srv);
	req_as(&c, w, method, path, body, body ? strlen(body) : 0, NULL, &r);
	*status = r.status;
	assert_string_equal(resp_header(&r, "API-Version"), "0.1.0");
	if (r.status >= 400)
		assert_string_equal(resp_header(&r, "Content-Type"), "application/problem+json");
	j = json_loads(buf_str(&r.body), 0, NULL);
	if (r.status >= 400 && j != NULL) {
		assert_int_equal(json_integer_value(json_object_get(j, "status")), r.status);
		assert_non_null(json_string_value(json_object_get(j, "title")));
		assert_non_null(json_string_value(json_object_get(j, "detail")));
	}
	resp_free(&r);
	client_free(&c);
	return j;
}

/* Asserts the status, then frees the body. */
static void
expect(enum wie w, const char *method, const char *path, const char *body, long want)
{
	long status;
	json_t *j = api(w, method, path, body, &status);

	if (status != want) {
		char *s = j ? json_dumps(j, 0) : NULL;
		print_error("%s %s: expected %ld, got %ld: %s\n", method, path, want, status, s ? s : "");
		free(s);
	}
	json_decref(j);
	assert_int_equal(status, want);
}

/* Asserts a 400 whose invalidParams names `field`. */
static void
expect_400(enum wie w, const char *method, const char *path, const char *body, const char *field)
{
	long status;
	json_t *j = api(w, method, path, body, &status);
	const char *name = json_string_value(json_object_get(json_array_get(json_object_get(j, "invalidParams"), 0),
	    "name"));

	if (status != 400 || name == NULL || strcmp(name, field) != 0) {
		char *s = j ? json_dumps(j, 0) : NULL;
		print_error("%s %s %s: expected 400 naming %s: %ld %s\n", method, path, body ? body : "", field, status,
		    s ? s : "");
		free(s);
		fail();
	}
	json_decref(j);
}

/* Asserts status `want` whose detail names `field` (a 409 says which member needs reopening). */
static void
expect_field(enum wie w, const char *method, const char *path, const char *body, long want, const char *field)
{
	long status;
	json_t *j = api(w, method, path, body, &status);
	const char *detail = json_string_value(json_object_get(j, "detail"));

	if (status != want || detail == NULL || strstr(detail, field) == NULL) {
		char *s = j ? json_dumps(j, 0) : NULL;
		print_error("%s %s %s: expected %ld naming %s: %ld %s\n", method, path, body ? body : "", want, field, status,
		    s ? s : "");
		free(s);
		fail();
	}
	json_decref(j);
}

static const char *
sget(const json_t *o, const char *key)
{
	return json_string_value(json_object_get(o, key));
}

static void
datum(int dag, char out[DATE_STRLEN])
{
	date_format(dag, out);
}

static const char *
casus_path(const char *ref, const char *suffix)
{
	static _Thread_local char path[128];

	snprintf(path, sizeof(path), "/api/v1/casussen/%s%s", ref, suffix ? suffix : "");
	return path;
}

/* Creates a casus as w; the referentie is copied into ref. Returns the body (caller frees). */
static json_t *
nieuw(enum wie w, const char *body, char ref[32])
{
	long status;
	json_t *j = api(w, "POST", "/api/v1/casussen", body, &status);

	if (status != 201) {
		char *s = j ? json_dumps(j, 0) : NULL;
		print_error("POST %s: %ld %s\n", body, status, s ? s : "");
		free(s);
	}
	assert_int_equal(status, 201);
	snprintf(ref, 32, "%s", sget(j, "referentie"));
	return j;
}

/* A casus by the regievoerder on behalf of Gemeente Elders, received `dagen` days ago. */
static void
nieuw_regie(int dagen, const char *extra, char ref[32])
{
	char body[1024], ontvangen[DATE_STRLEN];

	datum(vandaag - dagen, ontvangen);
	snprintf(body, sizeof(body),
	    "{\"ontvangenOp\":\"%s\",\"hulpvraag\":\"Wie betaalt de opvang?\",\"indiener\":{\"naam\":\"Els Elders\","
	    "\"email\":\"els@elders.example\",\"organisatie\":{\"naam\":\"Gemeente Elders\",\"type\":\"gemeente\"}}"
	    "%s%s}", ontvangen, extra ? "," : "", extra ? extra : "");
	json_decref(nieuw(RIK, body, ref));
}

/* ---- create and read ---------------------------------------------------------------------- */

static char ref_ina[32];

static void
test_create_as_indiener_then_read_back(void **state)
{
	struct client c;
	struct resp r;
	const char *body = "{\"hulpvraag\":\"Een jongen kan niet spreken maar is niet doof; wie betaalt een tolk?\","
		"\"situatie\":\"Gezin met drie kinderen.\",\"leefgebieden\":[\"onderwijs\",\"zorg\"],"
		"\"beleidsterreinen\":[\"vws\"],\"urgentie\":\"hoog\"}";
	json_t *made, *got, *ind;
	int jaar, nr;
	char verwacht[64], *loc;
	long status, aangemaakt = server_audit_count(&srv, "casus.aanmaken", AUDIT_TOEGESTAAN);
	(void)state;

	client_init(&c, &srv);
	req_as(&c, INA, "POST", "/api/v1/casussen", body, strlen(body), NULL, &r);
	assert_int_equal(r.status, 201);
	assert_string_equal(resp_header(&r, "API-Version"), "0.1.0");
	assert_string_equal(resp_header(&r, "Content-Type"), "application/json");
	loc = strdup(resp_header(&r, "Location"));
	made = json_loads(buf_str(&r.body), 0, NULL);
	resp_free(&r);
	client_free(&c);
	assert_non_null(made);

	assert_int_equal(server_audit_count(&srv, "casus.aanmaken", AUDIT_TOEGESTAAN), aangemaakt + 1);
	snprintf(ref_ina, sizeof(ref_ina), "%s", sget(made, "referentie"));
	assert_true(referentie_parse(ref_ina, &jaar, &nr));
	assert_int_equal(jaar, date_year(vandaag));
	snprintf(verwacht, sizeof(verwacht), "/api/v1/casussen/%s", ref_ina);
	assert_string_equal(loc, verwacht);
	free(loc);
	assert_string_equal(sget(made, "status"), "aangemeld");
	ind = json_object_get(made, "indiener");
	assert_string_equal(sget(ind, "email"), "ina@test.example");
	assert_string_equal(sget(ind, "naam"), "Ina Indiener");
	assert_string_equal(sget(json_object_get(ind, "organisatie"), "naam"), "Gemeente Testdorp");
	assert_string_equal(sget(made, "indienerType"), "gemeente");   /* from the account's organisation */
	assert_string_equal(json_string_value(json_array_get(json_object_get(made, "beleidsterreinen"), 0)), "VWS");
	assert_int_equal(json_integer_value(json_object_get(made, "looptijd")), 0);
	assert_string_equal(sget(json_object_get(json_object_get(made, "_links"), "self"), "href"), verwacht);

	got = api(INA, "GET", verwacht, NULL, &status);
	assert_int_equal(status, 200);
	assert_true(json_equal(made, got));
	json_decref(got);
	json_decref(made);
}

static void
test_other_indiener_gets_404_and_an_audit_row(void **state)
{
	long voor = server_audit_count(&srv, "casus.lezen", AUDIT_GEWEIGERD), toegestaan = server_audit_count(&srv, "casus.lezen", AUDIT_TOEGESTAAN);
	json_t *j;
	long status;
	(void)state;

	assert_true(ref_ina[0] != '\0');
	j = api(IRIS, "GET", casus_path(ref_ina, NULL), NULL, &status);
	assert_int_equal(status, 404);
	json_decref(j);
	assert_int_equal(server_audit_count(&srv, "casus.lezen", AUDIT_GEWEIGERD), voor + 1);
	/* a casus that does not exist answers exactly the same */
	expect(IRIS, "GET", casus_path("PMM-1999-9999", NULL), NULL, 404);
	expect(IRIS, "GET", casus_path(ref_ina, "/activiteiten"), NULL, 404);
	expect(IRIS, "GET", casus_path(ref_ina, "/deelnemers"), NULL, 404);
	expect(IRIS, "PATCH", casus_path(ref_ina, NULL), "{\"hulpvraag\":\"overgenomen\"}", 404);
	assert_int_equal(server_audit_count(&srv, "casus.lezen", AUDIT_GEWEIGERD), voor + 4);
	/* the owner reads it, and that is recorded too */
	expect(INA, "GET", casus_path(ref_ina, NULL), NULL, 200);
	assert_int_equal(server_audit_count(&srv, "casus.lezen", AUDIT_TOEGESTAAN), toegestaan + 1);
	/* an indiener cannot change a submitted casus, not even the own one */
	expect(INA, "PATCH", casus_path(ref_ina, NULL), "{\"hulpvraag\":\"anders\"}", 403);
}

static void
test_regievoerder_creates_on_behalf_of_an_indiener(void **state)
{
	char ref[32], ontvangen[DATE_STRLEN], body[1024];
	json_t *j;
	(void)state;

	datum(vandaag - 3, ontvangen);
	snprintf(body, sizeof(body), "{\"ontvangenOp\":\"%s\",\"hulpvraag\":\"Telefonische intake\","
	    "\"indiener\":{\"naam\":\"Piet Bellers\",\"email\":\"piet@zorg.example\","
	    "\"organisatie\":{\"naam\":\"Zorggroep Oost\",\"type\":\"zorgaanbieder\"}},\"indienerType\":\"zorginstelling\"}",
	    ontvangen);
	j = nieuw(RIK, body, ref);
	assert_string_equal(sget(json_object_get(j, "indiener"), "email"), "piet@zorg.example");
	assert_string_equal(sget(j, "ontvangenOp"), ontvangen);
	assert_int_equal(json_integer_value(json_object_get(j, "looptijd")), 3);
	json_decref(j);
	/* an indiener cannot submit as someone else, nor take server-assigned or regie fields */
	expect_400(INA, "POST", "/api/v1/casussen",
	    "{\"hulpvraag\":\"x\",\"indiener\":{\"naam\":\"Piet\",\"email\":\"piet@zorg.example\"}}", "indiener");
	expect_400(INA, "POST", "/api/v1/casussen", "{\"hulpvraag\":\"x\",\"referentie\":\"PMM-2020-0001\"}",
	    "referentie");
	expect_400(INA, "POST", "/api/v1/casussen", "{\"hulpvraag\":\"x\",\"status\":\"afgerond\"}", "status");
	expect_400(INA, "POST", "/api/v1/casussen", "{\"hulpvraag\":\"x\",\"regievoerder\":{\"naam\":\"Ik\"}}",
	    "regievoerder");
	expect_400(RIK, "POST", "/api/v1/casussen", "{\"hulpvraag\":\"x\",\"id\":5}", "id");
	/* a regievoerder may give a referentie (as in an import), but not one that exists */
	snprintf(body, sizeof(body), "{\"referentie\":\"%s\",\"ontvangenOp\":\"%s\",\"hulpvraag\":\"dubbel\"}", ref,
	    ontvangen);
	expect(RIK, "POST", "/api/v1/casussen", body, 409);
}

/* ---- lists ------------------------------------------------------------------------------------ */

static void
test_list_with_filters_and_paging(void **state)
{
	char ref[32], next[512];
	json_t *j, *links;
	long status;
	(void)state;

	for (int i = 0; i < 3; i++)
		nieuw_regie(10 + i, "\"leefgebieden\":[\"zingeving\"],\"indienerType\":\"zorginstelling\"", ref);
	j = api(RIK, "GET", "/api/v1/casussen?leefgebied=zingeving&indienerType=zorginstelling&paginaGrootte=2"
	    "&sorteer=referentie", NULL, &status);
	assert_int_equal(status, 200);
	assert_int_equal(json_integer_value(json_object_get(j, "totaal")), 3);
	assert_int_equal(json_integer_value(json_object_get(j, "pagina")), 1);
	assert_int_equal(json_integer_value(json_object_get(j, "paginaGrootte")), 2);
	assert_int_equal(json_array_size(json_object_get(j, "casussen")), 2);
	links = json_object_get(j, "_links");
	assert_non_null(json_object_get(links, "self"));
	assert_null(json_object_get(links, "prev"));
	assert_non_null(sget(json_object_get(links, "next"), "href"));
	snprintf(next, sizeof(next), "%s", sget(json_object_get(links, "next"), "href"));
	{
		json_t *s = json_array_get(json_object_get(j, "casussen"), 0);

		assert_string_equal(sget(s, "status"), "aangemeld");
		assert_string_equal(sget(s, "indienerType"), "zorginstelling");
		assert_string_equal(sget(json_object_get(s, "indiener"), "naam"), "Els Elders");
		assert_true(json_is_null(json_object_get(s, "regievoerder")));
		assert_string_equal(json_string_value(json_array_get(json_object_get(s, "leefgebieden"), 0)), "zingeving");
		assert_non_null(sget(json_object_get(json_object_get(s, "_links"), "self"), "href"));
	}
	json_decref(j);

	j = api(RIK, "GET", next, NULL, &status);
	assert_int_equal(status, 200);
	assert_int_equal(json_integer_value(json_object_get(j, "pagina")), 2);
	assert_int_equal(json_array_size(json_object_get(j, "casussen")), 1);
	assert_null(json_object_get(json_object_get(j, "_links"), "next"));
	assert_non_null(json_object_get(json_object_get(j, "_links"), "prev"));
	json_decref(j);

	/* age: none of them is a year old */
	j = api(RIK, "GET", "/api/v1/casussen?leefgebied=zingeving&ouderDanDagen=365", NULL, &status);
	assert_int_equal(status, 200);
	assert_int_equal(json_integer_value(json_object_get(j, "totaal")), 0);
	json_decref(j);
	j = api(RIK, "GET", "/api/v1/casussen?leefgebied=zingeving&ouderDanDagen=11&regievoerder=geen&status=aangemeld",
	    NULL, &status);
	assert_int_equal(status, 200);
	assert_int_equal(json_integer_value(json_object_get(j, "totaal")), 2);
	json_decref(j);

	/* an indiener sees only their own */
	j = api(INA, "GET", "/api/v1/casussen?paginaGrootte=100", NULL, &status);
	assert_int_equal(status, 200);
	for (size_t i = 0; i < json_array_size(json_object_get(j, "casussen")); i++)
		assert_string_equal(sget(json_object_get(json_array_get(json_object_get(j, "casussen"), i), "indiener"),
		    "naam"), "Ina Indiener");
	assert_true(json_integer_value(json_object_get(j, "totaal")) >= 1);
	json_decref(j);
	j = api(ANNA, "GET", "/api/v1/casussen?leefgebied=zingeving", NULL, &status);
	assert_int_equal(status, 200);
	assert_int_equal(json_integer_value(json_object_get(j, "totaal")), 0);
	json_decref(j);

	/* bad parameters name themselves */
	expect_400(RIK, "GET", "/api/v1/casussen?kleur=rood", NULL, "kleur");
	expect_400(RIK, "GET", "/api/v1/casussen?status=open", NULL, "status");
	expect_400(RIK, "GET", "/api/v1/casussen?status=aangemeld,", NULL, "status");
	expect_400(RIK, "GET", "/api/v1/casussen?leefgebied=geld", NULL, "leefgebied");
	expect_400(RIK, "GET", "/api/v1/casussen?beleidsterrein=XYZ", NULL, "beleidsterrein");
	expect_400(RIK, "GET", "/api/v1/casussen?indienerType=burger", NULL, "indienerType");
	expect_400(RIK, "GET", "/api/v1/casussen?regievoerder=iemand", NULL, "regievoerder");
	expect_400(RIK, "GET", "/api/v1/casussen?ouderDanDagen=-1", NULL, "ouderDanDagen");
	expect_400(RIK, "GET", "/api/v1/casussen?sorteer=naam", NULL, "sorteer");
	expect_400(RIK, "GET", "/api/v1/casussen?pagina=0", NULL, "pagina");
	expect_400(RIK, "GET", "/api/v1/casussen?paginaGrootte=101", NULL, "paginaGrootte");
	expect_400(RIK, "GET", "/api/v1/casussen?zoek=", NULL, "zoek");
	expect_400(RIK, "GET", "/api/v1/casussen?pagina=1&pagina=2", NULL, "pagina");
}

/* ---- change, close, reopen ----------------------------------------------------------------------- */

/*
 * A closed casus (closed on afgerond): a regievoerder adds a leerpunt and wetten without reopening it; the
 * status, dates and looptijd stay; each change is on the timeline after closure; a member that changes only after
 * reopening is refused with its name and nothing changes; an indiener may not.
 */
static void
na_afronding_aanvullen(const char *ref, const char *afgerond)
{
	json_t *voor, *na, *act;
	long status;
	size_t n, aanvullingen = 0;

	voor = api(RIK, "GET", casus_path(ref, NULL), NULL, &status);
	assert_int_equal(status, 200);
	na = api(RIK, "PATCH", casus_path(ref, NULL), "{\"leerpunten\":[{\"omschrijving\":\"Na het signalenoverleg: "
	    "de regels over de kosten botsen.\",\"categorie\":\"wet_en_regelgeving\",\"orde\":3}],\"wetten\":[\"wmo_2015\","
	    "\"zvw\"],\"knelpunten\":[{\"categorie\":\"wet_en_regelgeving\",\"omschrijving\":\"Wie betaalt?\",\"soorten\":"
	    "[\"onduidelijke_verantwoordelijkheid\"]}]}", &status);
	assert_int_equal(status, 200);
	assert_string_equal(sget(na, "status"), "afgerond");
	assert_string_equal(sget(na, "afgerondOp"), afgerond);
	assert_int_equal(json_integer_value(json_object_get(na, "looptijd")),
	    json_integer_value(json_object_get(voor, "looptijd")));
	assert_int_equal(json_array_size(json_object_get(na, "leerpunten")), 1);
	assert_int_equal(json_array_size(json_object_get(na, "wetten")), 2);
	json_decref(voor);
	/* the same again: nothing new on the timeline */
	act = api(RIK, "GET", casus_path(ref, "/activiteiten"), NULL, &status);
	n = json_array_size(json_object_get(act, "activiteiten"));
	for (size_t i = 0; i < n; i++) {
		json_t *a = json_array_get(json_object_get(act, "activiteiten"), i);

		if (strncmp(sget(a, "omschrijving") ? sget(a, "omschrijving") : "", "Na afronding:", 13) == 0) {
			assert_true(json_is_true(json_object_get(a, "naAfronding")));
			assert_string_equal(sget(a, "auteur"), "Rik Regie");
			aanvullingen++;
		}
	}
	assert_int_equal(aanvullingen, 3);   /* hand-counted: a knelpunt, a leerpunt, the wetten */
	json_decref(act);
	/* a change that needs reopening: 409 naming it, nothing changed (the wetten in the same body neither) */
	expect_field(RIK, "PATCH", casus_path(ref, NULL), "{\"wetten\":[\"brp\"],\"afgerondOp\":\"2020-01-01\"}", 409,
	    "afgerondOp");
	expect_field(RIK, "PATCH", casus_path(ref, NULL), "{\"leefgebieden\":[\"wonen\"]}", 409, "leefgebieden");
	/* a wrong value in an allowed part: 400, nothing changed */
	expect_400(RIK, "PATCH", casus_path(ref, NULL), "{\"knelpunten\":[{\"categorie\":\"samenwerking\","
	    "\"omschrijving\":\"x\",\"soorten\":[\"lacune\"]}]}", "knelpunten[0].soorten");
	expect_400(RIK, "PATCH", casus_path(ref, NULL), "{\"redenGeenLeerpunt\":\"uniek\"}", "redenGeenLeerpunt");
	voor = api(RIK, "GET", casus_path(ref, NULL), NULL, &status);
	assert_int_equal(json_array_size(json_object_get(voor, "wetten")), 2);
	assert_string_equal(sget(json_array_get(json_object_get(voor, "knelpunten"), 0), "categorie"), "wet_en_regelgeving");
	assert_null(json_object_get(voor, "redenGeenLeerpunt"));
	json_decref(voor);
	json_decref(na);
}

static void
test_patch_close_and_closed_casus(void **state)
{
	char ref[32], te_vroeg[DATE_STRLEN], afgerond[DATE_STRLEN], followup[DATE_STRLEN], body[256];
	json_t *voor, *na, *act;
	long status;
	bool gevonden = false;
	(void)state;

	nieuw_regie(30, NULL, ref);
	{   /* during handling a regievoerder records the wetten and the buitenlandse component (audited), nothing else
	       changes; an unknown wet is 400 and leaves them as they were */
		long audit = server_audit_count(&srv, "casus.wijzigen", AUDIT_TOEGESTAAN);
		json_t *w = api(RIK, "PATCH", casus_path(ref, NULL), "{\"wetten\":[\"wlz\",\"brp\"],"
		    "\"buitenlandseComponent\":true}", &status);

		assert_int_equal(status, 200);
		assert_string_equal(sget(w, "status"), "aangemeld");   /* as it was */
		assert_int_equal(json_array_size(json_object_get(w, "wetten")), 2);
		assert_true(json_is_true(json_object_get(w, "buitenlandseComponent")));
		assert_int_equal(server_audit_count(&srv, "casus.wijzigen", AUDIT_TOEGESTAAN), audit + 1);
		json_decref(w);
		w = api(RIK, "PATCH", casus_path(ref, NULL), "{\"wetten\":[\"wlz\",\"geen_wet\"]}", &status);
		assert_int_equal(status, 400);
		json_decref(w);
		w = api(RIK, "GET", casus_path(ref, NULL), NULL, &status);
		assert_int_equal(json_array_size(json_object_get(w, "wetten")), 2);
		json_decref(w);
	}
	voor = api(RIK, "GET", casus_path(ref, NULL), NULL, &status);
	assert_int_equal(status, 200);

	datum(vandaag - 31, te_vroeg);
	snprintf(body, sizeof(body), "{\"afgerondOp\":\"%s\",\"resultaat\":\"Opgelost.\"}", te_vroeg);
	expect_400(RIK, "PATCH", casus_path(ref, NULL), body, "afgerondOp");
	expect_400(RIK, "PATCH", casus_path(ref, NULL), "{\"afgerondOp\":\"2000-13-01\",\"resultaat\":\"x\"}", "afgerondOp");
	datum(vandaag + 1, te_vroeg);
	snprintf(body, sizeof(body), "{\"afgerondOp\":\"%s\",\"resultaat\":\"Opgelost.\"}", te_vroeg);
	expect_400(RIK, "PATCH", casus_path(ref, NULL), body, "afgerondOp");
	datum(vandaag - 2, afgerond);
	snprintf(body, sizeof(body), "{\"afgerondOp\":\"%s\"}", afgerond);
	expect_400(RIK, "PATCH", casus_path(ref, NULL), body, "resultaat");
	expect_400(RIK, "PATCH", casus_path(ref, NULL), "{\"status\":\"afgerond\"}", "status");
	expect_400(RIK, "PATCH", casus_path(ref, NULL), "{\"referentie\":\"PMM-2000-0001\"}", "referentie");
	expect_400(RIK, "PATCH", casus_path(ref, NULL), "{\"followUpAntwoord\":\"opgelost\"}", "followUpAntwoord");
	expect_400(RIK, "PATCH", casus_path(ref, NULL), "{\"hulpvraag\":null}", "hulpvraag");
	expect_400(RIK, "PATCH", casus_path(ref, NULL), "{\"onbekend\":1}", "onbekend");
	na = api(RIK, "GET", casus_path(ref, NULL), NULL, &status);
	assert_true(json_equal(voor, na));   /* nothing of the refused patches stuck */
	json_decref(na);

	/* sending back what was read changes nothing */
	{
		char *s = json_dumps(voor, 0);

		na = api(RIK, "PATCH", casus_path(ref, NULL), s, &status);
		free(s);
		assert_int_equal(status, 200);
		assert_true(json_equal(voor, na));
		json_decref(na);
	}

	/* assigning a regievoerder puts it in behandeling; it must be one */
	expect_400(RIK, "PATCH", casus_path(ref, NULL), "{\"regievoerder\":{\"naam\":\"Iris\",\"email\":\"iris@test.example\"}}",
	    "regievoerder.email");
	expect_400(RIK, "PATCH", casus_path(ref, NULL), "{\"regievoerder\":{\"naam\":\"Rik\"}}", "regievoerder.email");
	expect_400(RIK, "PATCH", casus_path(ref, NULL), "{\"regievoerder\":{\"email\":\"niemand@test.example\"}}",
	    "regievoerder.email");
	/* the e-mail alone is enough: the name comes from the account */
	na = api(RIK, "PATCH", casus_path(ref, NULL), "{\"regievoerder\":{\"email\":\"RIK@test.example\"},"
	    "\"knelpunten\":[{\"categorie\":\"wet_en_regelgeving\",\"omschrijving\":\"Regels botsen.\"}]}", &status);
	assert_int_equal(status, 200);
	assert_string_equal(sget(na, "status"), "in_behandeling");
	assert_string_equal(sget(json_object_get(na, "regievoerder"), "naam"), "Rik Regie");
	json_decref(na);
	{
		json_t *mijn = api(RIK, "GET", "/api/v1/casussen?regievoerder=mij&status=in_behandeling&paginaGrootte=100",
		    NULL, &status);
		bool erin = false;

		assert_int_equal(status, 200);
		for (size_t i = 0; i < json_array_size(json_object_get(mijn, "casussen")); i++)
			erin |= strcmp(sget(json_array_get(json_object_get(mijn, "casussen"), i), "referentie"), ref) == 0;
		assert_true(erin);
		json_decref(mijn);
	}

	snprintf(body, sizeof(body), "{\"afgerondOp\":\"%s\",\"resultaat\":\"De gemeente betaalt.\",\"maatwerk\":\"geen\"}",
	    afgerond);
	na = api(RIK, "PATCH", casus_path(ref, NULL), body, &status);
	assert_int_equal(status, 200);
	assert_string_equal(sget(na, "status"), "afgerond");
	assert_string_equal(sget(na, "afgerondOp"), afgerond);
	datum(date_add_months(vandaag - 2, 3), followup);
	assert_string_equal(sget(na, "followUpOp"), followup);
	assert_int_equal(json_integer_value(json_object_get(na, "looptijd")), 28);
	json_decref(na);

	/* a closed casus: what may change after closure changes without reopening, the rest only after reopening */
	expect(RIK, "PATCH", casus_path(ref, NULL), "{\"hulpvraag\":\"nog iets\"}", 409);
	expect(RIK, "PATCH", casus_path(ref, NULL), "{\"status\":\"in_behandeling\",\"hulpvraag\":\"x\"}", 409);
	na_afronding_aanvullen(ref, afgerond);
	act = api(RIK, "GET", casus_path(ref, "/activiteiten"), NULL, &status);
	assert_int_equal(status, 200);
	for (size_t i = 0; i < json_array_size(json_object_get(act, "activiteiten")); i++) {
		json_t *a = json_array_get(json_object_get(act, "activiteiten"), i);

		if (strcmp(sget(a, "type"), "statuswijziging") == 0 && strcmp(sget(a, "statusNaar"), "afgerond") == 0) {
			assert_string_equal(sget(a, "statusVan"), "in_behandeling");
			assert_string_equal(sget(a, "datum"), afgerond);
			gevonden = true;
		}
	}
	assert_true(gevonden);
	json_decref(act);

	na = api(RIK, "PATCH", casus_path(ref, NULL), "{\"status\":\"in_behandeling\"}", &status);
	assert_int_equal(status, 200);
	assert_string_equal(sget(na, "status"), "in_behandeling");
	assert_null(json_object_get(na, "afgerondOp"));
	assert_null(json_object_get(na, "followUpOp"));
	assert_string_equal(sget(na, "resultaat"), "De gemeente betaalt.");
	json_decref(na);
	/* merge-patch+json is accepted too */
	{
		struct client c;
		struct resp r;
		const char *b = "{\"urgentie\":\"zeer_hoog\"}";

		client_init(&c, &srv);
		req_as(&c, RIK, "PATCH", casus_path(ref, NULL), b, strlen(b), "application/merge-patch+json", &r);
		assert_int_equal(r.status, 200);
		assert_non_null(strstr(buf_str(&r.body), "\"zeer_hoog\""));
		resp_free(&r);
		client_free(&c);
	}
	json_decref(voor);
}

/* ---- timeline --------------------------------------------------------------------------------------- */

static void
test_activiteiten_add_list_and_correct(void **state)
{
	char ref[32], body[256], morgen[DATE_STRLEN];
	json_t *a, *lijst;
	long status;
	json_int_t id;
	(void)state;

	nieuw_regie(5, NULL, ref);
	a = api(RIK, "POST", casus_path(ref, "/activiteiten"),
	    "{\"type\":\"contactmoment\",\"omschrijving\":\"Gebeld met de indiener.\"}", &status);
	assert_int_equal(status, 201);
	id = json_integer_value(json_object_get(a, "id"));
	assert_true(id > 0);
	assert_string_equal(sget(a, "type"), "contactmoment");
	assert_string_equal(sget(a, "auteur"), "Rik Regie");
	assert_true(json_is_null(json_object_get(a, "corrigeert")));
	json_decref(a);

	a = api(RIK, "POST", casus_path(ref, "/activiteiten"),
	    "{\"type\":\"interventie\",\"interventieType\":\"netwerk\",\"omschrijving\":\"SVB en gemeente verbonden.\"}",
	    &status);
	assert_int_equal(status, 201);
	assert_string_equal(sget(a, "interventieType"), "netwerk");
	json_decref(a);

	snprintf(body, sizeof(body), "{\"type\":\"correctie\",\"corrigeert\":%lld,\"omschrijving\":\"Het was de mentor.\"}",
	    (long long)id);
	a = api(RIK, "POST", casus_path(ref, "/activiteiten"), body, &status);
	assert_int_equal(status, 201);
	assert_int_equal(json_integer_value(json_object_get(a, "corrigeert")), id);
	json_decref(a);

	expect_400(RIK, "POST", casus_path(ref, "/activiteiten"), "{\"type\":\"interventie\",\"omschrijving\":\"x\"}",
	    "interventieType");
	expect_400(RIK, "POST", casus_path(ref, "/activiteiten"),
	    "{\"type\":\"notitie\",\"interventieType\":\"expert\",\"omschrijving\":\"x\"}", "interventieType");
	expect_400(RIK, "POST", casus_path(ref, "/activiteiten"), "{\"type\":\"correctie\",\"omschrijving\":\"x\"}",
	    "corrigeert");
	expect_400(RIK, "POST", casus_path(ref, "/activiteiten"),
	    "{\"type\":\"correctie\",\"corrigeert\":999999,\"omschrijving\":\"x\"}", "corrigeert");
	expect_400(RIK, "POST", casus_path(ref, "/activiteiten"),
	    "{\"type\":\"statuswijziging\",\"omschrijving\":\"x\"}", "type");
	expect_400(RIK, "POST", casus_path(ref, "/activiteiten"), "{\"type\":\"notitie\"}", "omschrijving");
	expect_400(RIK, "POST", casus_path(ref, "/activiteiten"), "{\"type\":\"notitie\",\"omschrijving\":\"  \"}",
	    "omschrijving");
	expect_400(RIK, "POST", casus_path(ref, "/activiteiten"),
	    "{\"type\":\"notitie\",\"omschrijving\":\"BSN 111222333\"}", "omschrijving");
	datum(vandaag + 1, morgen);
	snprintf(body, sizeof(body), "{\"type\":\"notitie\",\"datum\":\"%s\",\"omschrijving\":\"x\"}", morgen);
	expect_400(RIK, "POST", casus_path(ref, "/activiteiten"), body, "datum");
	expect_400(RIK, "POST", casus_path(ref, "/activiteiten"), "{\"type\":\"notitie\",\"omschrijving\":\"x\",\"a\":1}",
	    "a");
	expect(INA, "POST", casus_path(ref, "/activiteiten"), "{\"type\":\"notitie\",\"omschrijving\":\"x\"}", 403);

	lijst = api(RIK, "GET", casus_path(ref, "/activiteiten"), NULL, &status);
	assert_int_equal(status, 200);
	{
		json_t *arr = json_object_get(lijst, "activiteiten"), *laatste;
		size_t n = json_array_size(arr);

		assert_true(n >= 3);
		laatste = json_array_get(arr, n - 1);   /* oldest first */
		assert_string_equal(sget(laatste, "type"), "correctie");
		assert_int_equal(json_integer_value(json_object_get(laatste, "corrigeert")), id);
	}
	json_decref(lijst);

	/* closed: monitoring entries, on or after the closing day, outside the looptijd; no interventie */
	{
		char afgerond[DATE_STRLEN], gisteren[DATE_STRLEN];
		json_int_t looptijd;
		json_t *m;

		datum(vandaag, afgerond);
		datum(vandaag - 1, gisteren);
		snprintf(body, sizeof(body), "{\"afgerondOp\":\"%s\",\"resultaat\":\"Klaar.\"}", afgerond);
		m = api(RIK, "PATCH", casus_path(ref, NULL), body, &status);
		assert_int_equal(status, 200);
		looptijd = json_integer_value(json_object_get(m, "looptijd"));
		json_decref(m);
		m = api(RIK, "POST", casus_path(ref, "/activiteiten"), "{\"type\":\"notitie\",\"omschrijving\":\"Het gaat goed.\"}",
		    &status);
		assert_int_equal(status, 201);
		assert_true(json_is_true(json_object_get(m, "naAfronding")));
		assert_string_equal(sget(m, "datum"), afgerond);
		json_decref(m);
		expect(RIK, "POST", casus_path(ref, "/activiteiten"), "{\"type\":\"interventie\",\"interventieType\":\"expert\",\"omschrijving\":\"advies\"}",
		    409);
		snprintf(body, sizeof(body), "{\"type\":\"contactmoment\",\"datum\":\"%s\",\"omschrijving\":\"x\"}", gisteren);
		expect_400(RIK, "POST", casus_path(ref, "/activiteiten"), body, "datum");
		m = api(RIK, "GET", casus_path(ref, NULL), NULL, &status);
		assert_int_equal(json_integer_value(json_object_get(m, "looptijd")), looptijd);   /* monitoring is outside it */
		json_decref(m);
	}
}

/* ---- deelnemers ------------------------------------------------------------------------------------- */

static void
test_invited_ambassadeur_can_see_the_casus(void **state)
{
	char ref[32];
	json_t *d;
	long status;
	(void)state;

	nieuw_regie(2, NULL, ref);
	expect(ANNA, "GET", casus_path(ref, NULL), NULL, 404);
	d = api(RIK, "POST", casus_path(ref, "/deelnemers"), "{\"email\":\"anna@test.example\",\"rol\":\"ambassadeur\"}",
	    &status);
	assert_int_equal(status, 201);
	assert_string_equal(sget(d, "naam"), "Anna Ambassadeur");
	assert_string_equal(sget(d, "rol"), "ambassadeur");
	json_decref(d);
	expect(RIK, "POST", casus_path(ref, "/deelnemers"), "{\"email\":\"ANNA@test.example\",\"rol\":\"ambassadeur\"}",
	    409);
	expect_400(RIK, "POST", casus_path(ref, "/deelnemers"), "{\"email\":\"niemand@test.example\",\"rol\":\"ambassadeur\"}",
	    "email");
	expect_400(RIK, "POST", casus_path(ref, "/deelnemers"), "{\"email\":\"iris@test.example\",\"rol\":\"baas\"}", "rol");
	expect_400(RIK, "POST", casus_path(ref, "/deelnemers"), "{\"rol\":\"ambassadeur\"}", "email");

	expect(ANNA, "GET", casus_path(ref, NULL), NULL, 200);
	expect(ANNA, "GET", casus_path(ref, "/activiteiten"), NULL, 200);
	expect(ANNA, "PATCH", casus_path(ref, NULL), "{\"hulpvraag\":\"x\"}", 403);
	d = api(ANNA, "GET", "/api/v1/casussen", NULL, &status);
	assert_int_equal(status, 200);
	assert_int_equal(json_integer_value(json_object_get(d, "totaal")), 1);
	assert_string_equal(sget(json_array_get(json_object_get(d, "casussen"), 0), "referentie"), ref);
	json_decref(d);
	d = api(RIK, "GET", casus_path(ref, "/deelnemers"), NULL, &status);
	assert_int_equal(status, 200);
	assert_int_equal(json_array_size(json_object_get(d, "deelnemers")), 1);
	assert_string_equal(sget(json_array_get(json_object_get(d, "deelnemers"), 0), "email"), "anna@test.example");
	json_decref(d);
	expect(IRIS, "GET", casus_path(ref, NULL), NULL, 404);
}

/* An invitation taken away: the persoon gets 404 again, the timeline says so, the audit log too; removing again is
   404, an unknown persoon 404, someone who may not do regie 403 and nothing changes. */
static void
test_removed_deelnemer_loses_access(void **state)
{
	char ref[32], pad[96];
	json_t *d, *acts;
	long status, voor;
	size_t nacts;
	int64_t pid;
	(void)state;

	nieuw_regie(2, NULL, ref);
	d = api(RIK, "POST", casus_path(ref, "/deelnemers"), "{\"email\":\"anna@test.example\",\"rol\":\"ambassadeur\"}",
	    &status);
	assert_int_equal(status, 201);
	pid = json_integer_value(json_object_get(d, "persoonId"));
	json_decref(d);
	assert_true(pid > 0);
	expect(ANNA, "GET", casus_path(ref, NULL), NULL, 200);
	d = api(RIK, "GET", casus_path(ref, "/activiteiten"), NULL, &status);
	nacts = json_array_size(json_object_get(d, "activiteiten"));
	json_decref(d);

	snprintf(pad, sizeof(pad), "/deelnemers/%lld", (long long)pid);
	expect(IRIS, "DELETE", casus_path(ref, pad), NULL, 403);   /* an indiener does no regie */
	expect(ANNA, "DELETE", casus_path(ref, pad), NULL, 403);
	expect(ANNA, "GET", casus_path(ref, NULL), NULL, 200);     /* still invited */
	expect(RIK, "DELETE", casus_path(ref, "/deelnemers/999999"), NULL, 404);
	expect(RIK, "DELETE", casus_path(ref, "/deelnemers/abc"), NULL, 404);
	voor = server_audit_count(&srv, "casus.deelnemer_verwijderen", AUDIT_TOEGESTAAN);
	expect(RIK, "DELETE", casus_path(ref, pad), NULL, 204);
	assert_int_equal(server_audit_count(&srv, "casus.deelnemer_verwijderen", AUDIT_TOEGESTAAN), voor + 1);

	expect(ANNA, "GET", casus_path(ref, NULL), NULL, 404);
	expect(ANNA, "GET", casus_path(ref, "/activiteiten"), NULL, 404);
	d = api(ANNA, "GET", "/api/v1/casussen", NULL, &status);
	assert_int_equal(status, 200);
	for (size_t i = 0; i < json_array_size(json_object_get(d, "casussen")); i++)
		assert_string_not_equal(sget(json_array_get(json_object_get(d, "casussen"), i), "referentie"), ref);
	json_decref(d);
	d = api(RIK, "GET", casus_path(ref, "/deelnemers"), NULL, &status);
	assert_int_equal(json_array_size(json_object_get(d, "deelnemers")), 0);
	json_decref(d);
	d = api(RIK, "GET", casus_path(ref, "/activiteiten"), NULL, &status);
	acts = json_object_get(d, "activiteiten");
	assert_int_equal(json_array_size(acts), nacts + 1);
	assert_non_null(strstr(sget(json_array_get(acts, nacts), "omschrijving"), "Anna Ambassadeur verwijderd"));
	json_decref(d);
	expect(RIK, "DELETE", casus_path(ref, pad), NULL, 404);   /* already gone */

	/* invited again, she sees it again */
	expect(RIK, "POST", casus_path(ref, "/deelnemers"), "{\"email\":\"anna@test.example\",\"rol\":\"ambassadeur\"}",
	    201);
	expect(ANNA, "GET", casus_path(ref, NULL), NULL, 200);
}

/* ---- follow-up -------------------------------------------------------------------------------------- */

static bool
in_followups(const char *ref)
{
	long status;
	json_t *j = api(RIK, "GET", "/api/v1/follow-ups", NULL, &status);
	bool gevonden = false;

	assert_int_equal(status, 200);
	for (size_t i = 0; i < json_array_size(json_object_get(j, "followUps")); i++)
		gevonden |= strcmp(sget(json_array_get(json_object_get(j, "followUps"), i), "referentie"), ref) == 0;
	json_decref(j);
	return gevonden;
}

static void
test_followup_answer(void **state)
{
	char ref[32], afgerond[DATE_STRLEN], body[256];
	json_t *j;
	long status;
	(void)state;

	nieuw_regie(200, NULL, ref);
	expect(RIK, "PUT", casus_path(ref, "/follow-up"), "{\"antwoord\":\"opgelost\"}", 409);
	datum(vandaag - 100, afgerond);   /* the default follow-up, three months later, is due */
	snprintf(body, sizeof(body), "{\"afgerondOp\":\"%s\",\"resultaat\":\"Doorverwezen.\"}", afgerond);
	expect(RIK, "PATCH", casus_path(ref, NULL), body, 200);
	assert_true(in_followups(ref));

	expect_400(RIK, "PUT", casus_path(ref, "/follow-up"), "{\"antwoord\":\"misschien\"}", "antwoord");
	expect_400(RIK, "PUT", casus_path(ref, "/follow-up"), "{\"toelichting\":\"x\"}", "antwoord");
	expect_400(RIK, "PUT", casus_path(ref, "/follow-up"), "{\"antwoord\":\"opgelost\",\"toelichting\":5}",
	    "toelichting");
	expect(INA, "PUT", casus_path(ref, "/follow-up"), "{\"antwoord\":\"opgelost\"}", 403);
	j = api(RIK, "PUT", casus_path(ref, "/follow-up"),
	    "{\"antwoord\":\"deels_opgelost\",\"toelichting\":\"Woning gevonden, schulden nog niet.\"}", &status);
	assert_int_equal(status, 200);
	assert_string_equal(sget(j, "followUpAntwoord"), "deels_opgelost");
	assert_string_equal(sget(j, "followUpToelichting"), "Woning gevonden, schulden nog niet.");
	assert_string_equal(sget(j, "status"), "afgerond");
	json_decref(j);
	assert_false(in_followups(ref));
	expect(INA, "GET", "/api/v1/follow-ups", NULL, 403);
}

/* ---- the timeline of the casus' life ---------------------------------------------------------------- */

/* The i-th entry of the casus' timeline (oldest first), or fails; the caller frees *lijst. */
static json_t *
entry(const char *ref, size_t i, json_t **lijst)
{
	long status;

	*lijst = api(RIK, "GET", casus_path(ref, "/activiteiten"), NULL, &status);
	assert_int_equal(status, 200);
	assert_true(i < json_array_size(json_object_get(*lijst, "activiteiten")));
	return json_array_get(json_object_get(*lijst, "activiteiten"), i);
}

static void
expect_entry(const char *ref, size_t i, const char *type, const char *van, const char *naar, const char *tekst)
{
	json_t *lijst, *a = entry(ref, i, &lijst);

	assert_string_equal(sget(a, "type"), type);
	if (van != NULL)
		assert_string_equal(sget(a, "statusVan"), van);
	else
		assert_true(json_is_null(json_object_get(a, "statusVan")));
	if (naar != NULL)
		assert_string_equal(sget(a, "statusNaar"), naar);
	assert_string_equal(sget(a, "omschrijving"), tekst);
	assert_string_equal(sget(a, "auteur"), "Rik Regie");
	assert_int_equal(json_array_size(json_object_get(lijst, "activiteiten")), i + 1);   /* the newest */
	json_decref(lijst);
}

/* Each step writes the same entry as the pages do (app/casus/gebeurtenis.c): one text per event. */
static void
test_every_step_has_its_one_timeline_text(void **state)
{
	char ref[32], body[256], afgerond[DATE_STRLEN];
	(void)state;

	nieuw_regie(40, NULL, ref);
	expect_entry(ref, 0, "statuswijziging", NULL, "aangemeld", "Casus aangemeld en vastgelegd door het Loket.");
	expect(RIK, "PATCH", casus_path(ref, NULL), "{\"regievoerder\":{\"email\":\"rik@test.example\"}}", 200);
	expect_entry(ref, 1, "statuswijziging", "aangemeld", "in_behandeling", "Toegewezen aan Rik Regie.");
	expect(RIK, "PATCH", casus_path(ref, NULL), "{\"urgentie\":\"hoog\"}", 200);   /* no step, no entry */
	expect(RIK, "PATCH", casus_path(ref, NULL), "{\"regievoerder\":null}", 200);
	expect_entry(ref, 2, "statuswijziging", "in_behandeling", "aangemeld",
	    "Vrijgegeven: de casus heeft geen regievoerder meer.");
	datum(vandaag - 1, afgerond);
	snprintf(body, sizeof(body), "{\"afgerondOp\":\"%s\",\"resultaat\":\"Opgelost.\"}", afgerond);
	expect(RIK, "PATCH", casus_path(ref, NULL), body, 200);
	expect_entry(ref, 3, "statuswijziging", "aangemeld", "afgerond", "Casus afgerond.");
	expect(RIK, "PUT", casus_path(ref, "/follow-up"), "{\"antwoord\":\"opgelost\"}", 200);
	expect_entry(ref, 4, "notitie", NULL, NULL, "Follow-up beantwoord: Opgelost.");
	expect(RIK, "PATCH", casus_path(ref, NULL), "{\"status\":\"in_behandeling\"}", 200);
	expect_entry(ref, 5, "statuswijziging", "afgerond", "in_behandeling", "Casus heropend.");
}

/* ---- bad input ---------------------------------------------------------------------------------------- */

static void
test_bad_input(void **state)
{
	struct client c;
	struct resp r;
	size_t n = 2 * 1024 * 1024;
	char *big, morgen[DATE_STRLEN], body[256];
	const char *bad_utf8 = "{\"hulpvraag\":\"caf\xC3\x28\"}";
	(void)state;

	expect_400(INA, "POST", "/api/v1/casussen", "{\"hulpvraag\":\"x\",\"leefgebieden\":[\"geld\"]}", "leefgebieden[0]");
	expect_400(INA, "POST", "/api/v1/casussen", "{\"situatie\":\"Alleen een situatie.\"}", "hulpvraag");
	expect_400(INA, "POST", "/api/v1/casussen", "{\"hulpvraag\":\"   \"}", "hulpvraag");
	expect_400(INA, "POST", "/api/v1/casussen", "{\"hulpvraag\":\"x\",\"leefgebieden\":\"wonen\"}", "leefgebieden");
	expect_400(INA, "POST", "/api/v1/casussen", "{\"hulpvraag\":42}", "hulpvraag");
	expect_400(INA, "POST", "/api/v1/casussen", "{\"hulpvraag\":\"x\",\"urgentie\":3}", "urgentie");
	expect_400(INA, "POST", "/api/v1/casussen", "{\"hulpvraag\":\"x\",\"letEscalatie\":\"ja\"}", "letEscalatie");
	expect_400(INA, "POST", "/api/v1/casussen", "{\"hulpvraag\":\"x\",\"ontvangenOp\":\"15-01-2026\"}", "ontvangenOp");
	expect_400(INA, "POST", "/api/v1/casussen", "{\"hulpvraag\":\"x\",\"betrokkenOrganisaties\":[{\"naam\":\"SVB\"}]}",
	    "betrokkenOrganisaties[0].type");
	expect_400(INA, "POST", "/api/v1/casussen",
	    "{\"hulpvraag\":\"x\",\"situatie\":\"Moeder, BSN 111222333, twee kinderen.\"}", "situatie");
	expect_400(INA, "POST", "/api/v1/casussen", "{\"hulpvraag\":\"x\",\"kleur\":\"rood\"}", "kleur");
	datum(vandaag + 1, morgen);
	snprintf(body, sizeof(body), "{\"hulpvraag\":\"x\",\"ontvangenOp\":\"%s\"}", morgen);
	expect_400(INA, "POST", "/api/v1/casussen", body, "ontvangenOp");
	expect(INA, "POST", "/api/v1/casussen", "[1,2]", 400);
	expect(INA, "POST", "/api/v1/casussen", "{\"hulpvraag\":\"x\",\"hulpvraag\":\"y\"}", 400);
	expect(INA, "POST", "/api/v1/casussen", "{\"hulpvraag\":", 400);
	expect(INA, "POST", "/api/v1/casussen", bad_utf8, 400);
	{
		char lang[CASUS_MAX_TEKST + 64];

		memset(lang, 'a', sizeof(lang));
		memcpy(lang, "{\"hulpvraag\":\"", 14);
		memcpy(lang + sizeof(lang) - 3, "\"}", 3);
		expect_400(INA, "POST", "/api/v1/casussen", lang, "hulpvraag");
	}

	client_init(&c, &srv);
	req_as(&c, INA, "POST", "/api/v1/casussen", "hulpvraag=x", 11, "text/plain", &r);
	assert_int_equal(r.status, 415);
	assert_string_equal(resp_header(&r, "Content-Type"), "application/problem+json");
	assert_string_equal(resp_header(&r, "API-Version"), "0.1.0");
	resp_free(&r);
	client_free(&c);

	big = malloc(n);
	assert_non_null(big);
	memset(big, ' ', n);
	memcpy(big, "{\"hulpvraag\":\"", 14);
	memcpy(big + n - 2, "\"}", 2);
	/* Streamed (chunked): read to the end and refused. */
	{
		char auth[100];
		const char *h[] = { auth, "Content-Type: application/json", "Transfer-Encoding: chunked", NULL };

		snprintf(auth, sizeof(auth), "Authorization: Bearer %s", tokens[INA]);
		client_init(&c, &srv);
		assert_int_equal(client_req(&c, "POST", "/api/v1/casussen", h, big, n, &r), 0);
		assert_int_equal(r.status, 413);
		assert_string_equal(resp_header(&r, "Content-Type"), "application/problem+json");
		assert_string_equal(resp_header(&r, "API-Version"), "0.1.0");
		resp_free(&r);
		client_free(&c);
	}
	/* With a Content-Length: refused before the body is read. The server then closes the connection, which
	   can reach curl while it is still sending (a reset instead of the answer); that is retried. */
	{
		char auth[100];
		const char *h[] = { auth, "Content-Type: application/json", NULL };
		long got = 0;

		snprintf(auth, sizeof(auth), "Authorization: Bearer %s", tokens[INA]);
		for (int poging = 0; poging < 5 && got == 0; poging++) {
			client_init(&c, &srv);
			if (client_req(&c, "POST", "/api/v1/casussen", h, big, n, &r) == 0) {
				got = r.status;
				resp_free(&r);
			}
			client_free(&c);
		}
		assert_int_equal(got, 413);
	}
	free(big);
	expect(INA, "GET", "/api/v1/mij", NULL, 200);   /* still answering */
}

/* ---- numbering under load ------------------------------------------------------------------------------ */

#define THREADS 8
#define PER_THREAD 10

struct worker {
	int nr[PER_THREAD];
	int jaar[PER_THREAD];
	int fouten;
};

static void *
worker_run(void *arg)
{
	struct worker *w = arg;
	struct client c;
	char body[128], auth[100];
	const char *h[] = { auth, "Content-Type: application/json", NULL };

	/* No cmocka asserts here: they may only run on the test's own thread. */
	snprintf(auth, sizeof(auth), "Authorization: Bearer %s", tokens[INA]);
	client_init(&c, &srv);   /* each thread its own CURL handle */
	for (int i = 0; i < PER_THREAD; i++) {
		struct resp r;
		json_t *j;

		snprintf(body, sizeof(body), "{\"hulpvraag\":\"Gelijktijdig %d\",\"leefgebieden\":[\"veiligheid\"]}", i);
		if (client_req(&c, "POST", "/api/v1/casussen", h, body, strlen(body), &r) != 0) {
			w->fouten++;
			continue;
		}
		j = json_loads(buf_str(&r.body), 0, NULL);
		if (r.status != 201 || !referentie_parse(sget(j, "referentie"), &w->jaar[i], &w->nr[i]))
			w->fouten++;
		json_decref(j);
		resp_free(&r);
	}
	client_free(&c);
	return NULL;
}

static int
cmp_int(const void *a, const void *b)
{
	return *(const int *)a - *(const int *)b;
}

static void
test_concurrent_creation_numbers_without_gaps(void **state)
{
	pthread_t t[THREADS];
	static struct worker w[THREADS];
	int alle[THREADS * PER_THREAD], k = 0;
	(void)state;

	memset(w, 0, sizeof(w));
	for (int i = 0; i < THREADS; i++)
		assert_int_equal(pthread_create(&t[i], NULL, worker_run, &w[i]), 0);
	for (int i = 0; i < THREADS; i++)
		pthread_join(t[i], NULL);
	for (int i = 0; i < THREADS; i++) {
		assert_int_equal(w[i].fouten, 0);
		for (int j = 0; j < PER_THREAD; j++) {
			assert_int_equal(w[i].jaar[j], date_year(vandaag));
			alle[k++] = w[i].nr[j];
		}
	}
	qsort(alle, (size_t)k, sizeof(int), cmp_int);
	for (int i = 1; i < k; i++)
		assert_int_equal(alle[i], alle[i - 1] + 1);   /* distinct and no gaps */
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_create_as_indiener_then_read_back),
		cmocka_unit_test(test_other_indiener_gets_404_and_an_audit_row),
		cmocka_unit_test(test_regievoerder_creates_on_behalf_of_an_indiener),
		cmocka_unit_test(test_list_with_filters_and_paging),
		cmocka_unit_test(test_patch_close_and_closed_casus),
		cmocka_unit_test(test_activiteiten_add_list_and_correct),
		cmocka_unit_test(test_invited_ambassadeur_can_see_the_casus),
		cmocka_unit_test(test_removed_deelnemer_loses_access),
		cmocka_unit_test(test_followup_answer),
		cmocka_unit_test(test_every_step_has_its_one_timeline_text),
		cmocka_unit_test(test_bad_input),
		cmocka_unit_test(test_concurrent_creation_numbers_without_gaps),
	};

	curl_global_init(CURL_GLOBAL_DEFAULT);
	return cmocka_run_group_tests(tests, setup, teardown);
}
