/* test_intern_gedeeld.c - internal and shared (issue 13) over HTTP: what the indiener, a deelnemer who sees
   internal entries, one limited to what is shared and an outsider get of the timeline and the complexity score, in
   the casus page and in the API, and the refusals (a bad choice, no CSRF token). The tests run in order. */
#include "harness.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "client.h"
#include "lib/date.h"
#include "store/store_audit.h"

static struct server_proc srv;
static char ref[32];

enum wie { RIK, INA, OTTO, ANNA, BEA, WIE__MAX };   /* regievoerder, indiener, outsider, two ambassadeurs */
static const struct {
	const char *email, *naam, *rol;
} accounts[WIE__MAX] = {
	{ "rik@test.example", "Rik Regie", "regievoerder" },
	{ "ina@test.example", "Ina Indiener", "indiener" },
	{ "otto@test.example", "Otto Ander", "indiener" },
	{ "anna@test.example", "Anna Ambassadeur", "ambassadeur" },
	{ "bea@test.example", "Bea Beperkt", "ambassadeur" },
};
static char tokens[WIE__MAX][65];
#define PW "wachtwoord-test-123"

#define INTERN_TEKST "Geheime interne afweging van de regievoerder"
#define GEDEELD_TEKST "Gedeeld bericht voor de indiener"
#define INTERVENTIE_TEKST "Interne netwerkinterventie met de SVB"

static int
setup(void **state)
{
	(void)state;
	if (server_start(&srv, NULL) != 0)
		return -1;
	for (int w = 0; w < WIE__MAX; w++)
		if (server_add_user(&srv, accounts[w].email, accounts[w].naam, accounts[w].rol, PW) != 0 ||
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

static const char *
vandaag(void)
{
	static char s[DATE_STRLEN];

	date_format(date_today_local(time(NULL)), s);
	return s;
}

static void
login(struct client *c, enum wie w)
{
	client_login_ok(c, &srv, accounts[w].email, PW);
}

static long
post(struct client *c, const char *path, const char *body, struct resp *r)
{
	return client_post_form(c, "/", path, body, r);
}

static long
post_ok(struct client *c, const char *path, const char *body)
{
	struct resp r;
	long s = post(c, path, body, &r);

	if (s != 303)
		fprintf(stderr, "POST %s -> %ld\n%.3000s\n", path, s, buf_str(&r.body));
	resp_free(&r);
	return s;
}

/* The casus page as w: its status, and whether it holds each of the three texts and the complexity score. */
struct zicht {
	long status;
	bool intern, gedeeld, interventie, complexiteit;
};

static struct zicht
pagina(enum wie w)
{
	struct client c;
	struct resp r;
	char path[64];
	struct zicht z;

	login(&c, w);
	snprintf(path, sizeof(path), "/casussen/%s", ref);
	z.status = client_get(&c, path, &r);
	z.intern = resp_contains(&r, INTERN_TEKST);
	z.gedeeld = resp_contains(&r, GEDEELD_TEKST);
	z.interventie = resp_contains(&r, INTERVENTIE_TEKST);
	z.complexiteit = resp_contains(&r, "Complexiteit");
	resp_free(&r);
	client_free(&c);
	return z;
}

/* The API view as w: the casus and its activiteiten, with the same four facts (complexiteit: the member). */
static struct zicht
api_zicht(enum wie w)
{
	char path[96];
	long st, st2;
	json_t *casus, *acts;
	char *s1, *s2;
	struct zicht z = { 0 };

	snprintf(path, sizeof(path), "/api/v1/casussen/%s", ref);
	casus = client_api_json(&srv, tokens[w], "GET", path, NULL, &st);
	snprintf(path, sizeof(path), "/api/v1/casussen/%s/activiteiten", ref);
	acts = client_api_json(&srv, tokens[w], "GET", path, NULL, &st2);
	assert_int_equal(st, st2);
	z.status = st;
	s1 = casus ? json_dumps(casus, 0) : NULL;
	s2 = acts ? json_dumps(acts, 0) : NULL;
	z.intern = s2 && strstr(s2, INTERN_TEKST);
	z.gedeeld = s2 && strstr(s2, GEDEELD_TEKST);
	z.interventie = (s1 && strstr(s1, INTERVENTIE_TEKST)) || (s2 && strstr(s2, INTERVENTIE_TEKST));
	z.complexiteit = casus && json_object_get(casus, "complexiteit") != NULL;
	free(s1);
	free(s2);
	json_decref(casus);
	json_decref(acts);
	return z;
}

/* Ina submits; Rik adds an internal note (the default), a shared one and an internal interventie. */
static void
test_regievoerder_kiest_per_item(void **state)
{
	struct client c;
	struct resp r;
	char path[96], body[320];
	const char *loc, *q;
	(void)state;

	login(&c, INA);
	assert_int_equal(post(&c, "/casussen", "hulpvraag=Huurschuld+en+zorg+lopen+vast&leefgebied=wonen"
	    "&urgentie=normaal&actie=indienen", &r), 303);
	loc = resp_header(&r, "Location");
	assert_non_null(loc);
	loc += strlen("/casussen/");
	q = strchr(loc, '?');
	snprintf(ref, sizeof(ref), "%.*s", (int)(q ? q - loc : (long)strlen(loc)), loc);
	assert_int_equal(strncmp(ref, "PMM-", 4), 0);
	resp_free(&r);
	client_free(&c);

	login(&c, RIK);
	snprintf(path, sizeof(path), "/casussen/%s", ref);
	assert_int_equal(client_get(&c, path, &r), 200);
	assert_true(resp_contains(&r, "Wie ziet dit item?"));
	assert_true(resp_contains(&r, "value=\"intern\" checked"));   /* internal by default */
	resp_free(&r);
	snprintf(path, sizeof(path), "/casussen/%s/activiteiten", ref);
	snprintf(body, sizeof(body), "type=notitie&datum=%s&omschrijving=Geheime+interne+afweging+van+de+regievoerder",
	    vandaag());
	assert_int_equal(post_ok(&c, path, body), 303);
	snprintf(body, sizeof(body), "type=notitie&datum=%s&zichtbaarheid=gedeeld&omschrijving=Gedeeld+bericht+voor+de+"
	    "indiener", vandaag());
	assert_int_equal(post_ok(&c, path, body), 303);
	snprintf(body, sizeof(body), "type=interventie&interventie_type=netwerk&datum=%s&zichtbaarheid=intern"
	    "&omschrijving=Interne+netwerkinterventie+met+de+SVB", vandaag());
	assert_int_equal(post_ok(&c, path, body), 303);

	/* a choice that is neither: a Dutch 400 next to the field, nothing added */
	snprintf(body, sizeof(body), "type=notitie&datum=%s&zichtbaarheid=iedereen&omschrijving=Nooit+opgeslagen",
	    vandaag());
	assert_int_equal(post(&c, path, body, &r), 400);
	assert_true(resp_contains(&r, "Kies wie dit item ziet"));
	resp_free(&r);
	/* no CSRF token: 403, nothing added */
	{
		const char *form_h[] = { "Content-Type: application/x-www-form-urlencoded", NULL };

		assert_int_equal(client_req(&c, "POST", path, form_h, body, strlen(body), &r), 0);
		assert_int_equal(r.status, 403);
		resp_free(&r);
	}
	snprintf(path, sizeof(path), "/casussen/%s", ref);
	assert_int_equal(client_get(&c, path, &r), 200);
	assert_false(resp_contains(&r, "Nooit opgeslagen"));
	assert_true(resp_contains(&r, "gedeeld met de indiener"));
	resp_free(&r);
	client_free(&c);
}

/* The regievoerder sees all of it, in the page and in the API. */
static void
test_regievoerder_ziet_alles(void **state)
{
	struct zicht h = pagina(RIK), a = api_zicht(RIK);
	(void)state;

	assert_int_equal(h.status, 200);
	assert_true(h.intern && h.gedeeld && h.interventie && h.complexiteit);
	assert_int_equal(a.status, 200);
	assert_true(a.intern && a.gedeeld && a.interventie && a.complexiteit);
}

/* The indiener sees the shared note and the status changes, never the internal entries nor the score. */
static void
test_indiener_ziet_alleen_gedeeld(void **state)
{
	struct zicht h = pagina(INA), a = api_zicht(INA);
	(void)state;

	assert_int_equal(h.status, 200);
	assert_true(h.gedeeld);
	assert_false(h.intern);
	assert_false(h.interventie);
	assert_false(h.complexiteit);
	assert_int_equal(a.status, 200);
	assert_true(a.gedeeld);
	assert_false(a.intern);
	assert_false(a.interventie);
	assert_false(a.complexiteit);
	{   /* the status change of the submission is shared */
		struct client c;
		struct resp r;
		char path[64];

		login(&c, INA);
		snprintf(path, sizeof(path), "/casussen/%s", ref);
		assert_int_equal(client_get(&c, path, &r), 200);
		assert_true(resp_contains(&r, "Casus ingediend door de indiener."));
		assert_false(resp_contains(&r, "Wie ziet dit item?"));
		resp_free(&r);
		client_free(&c);
	}
}

/* Deelnemers: Anna is invited as before (sees internal entries), Bea only with what is shared. */
static void
test_deelnemers_naar_keuze(void **state)
{
	struct client c;
	struct resp r;
	char path[96], body[160];
	struct zicht z;
	long st;
	json_t *j;
	(void)state;

	login(&c, RIK);
	snprintf(path, sizeof(path), "/casussen/%s/deelnemers", ref);
	assert_int_equal(post(&c, path, "email=bea%40test.example&rol=ambassadeur&ziet=alles", &r), 400);
	assert_true(resp_contains(&r, "Kies wat de deelnemer ziet"));
	resp_free(&r);
	assert_int_equal(post_ok(&c, path, "email=anna%40test.example&rol=ambassadeur&ziet=intern"), 303);
	client_free(&c);
	/* the API: a bad value refused, then Bea limited to what is shared */
	snprintf(path, sizeof(path), "/api/v1/casussen/%s/deelnemers", ref);
	snprintf(body, sizeof(body), "{\"email\":\"bea@test.example\",\"rol\":\"ambassadeur\",\"intern\":\"nee\"}");
	j = client_api_json(&srv, tokens[RIK], "POST", path, body, &st);
	assert_int_equal(st, 400);
	json_decref(j);
	snprintf(body, sizeof(body), "{\"email\":\"bea@test.example\",\"rol\":\"ambassadeur\",\"intern\":false}");
	j = client_api_json(&srv, tokens[RIK], "POST", path, body, &st);
	assert_int_equal(st, 201);
	assert_true(json_is_false(json_object_get(j, "intern")));
	json_decref(j);

	z = pagina(ANNA);
	assert_int_equal(z.status, 200);
	assert_true(z.intern && z.gedeeld && z.interventie && z.complexiteit);
	z = api_zicht(ANNA);
	assert_true(z.intern && z.gedeeld && z.interventie && z.complexiteit);
	z = pagina(BEA);
	assert_int_equal(z.status, 200);
	assert_true(z.gedeeld);
	assert_false(z.intern || z.interventie || z.complexiteit);
	z = api_zicht(BEA);
	assert_int_equal(z.status, 200);
	assert_true(z.gedeeld);
	assert_false(z.intern || z.interventie || z.complexiteit);
}

/* An outsider gets 404 for the page, the casus and its timeline, with an audit row of the refusal. */
static void
test_buitenstaander_404(void **state)
{
	long voor = server_audit_count(&srv, "casus.lezen", AUDIT_GEWEIGERD);
	struct zicht h = pagina(OTTO), a = api_zicht(OTTO);
	(void)state;

	assert_int_equal(h.status, 404);
	assert_false(h.gedeeld || h.intern);
	assert_int_equal(a.status, 404);
	assert_false(a.gedeeld || a.intern);
	assert_true(server_audit_count(&srv, "casus.lezen", AUDIT_GEWEIGERD) >= voor + 3);
}

/* The API: gedeeld chosen per entry, a non-boolean refused with a Dutch 400. */
static void
test_api_gedeeld(void **state)
{
	char path[96], body[200];
	long st;
	json_t *j;
	struct zicht z;
	(void)state;

	snprintf(path, sizeof(path), "/api/v1/casussen/%s/activiteiten", ref);
	j = client_api_json(&srv, tokens[RIK], "POST", path, "{\"type\":\"notitie\",\"omschrijving\":\"x\","
	    "\"gedeeld\":\"ja\"}", &st);
	assert_int_equal(st, 400);
	assert_non_null(strstr(json_string_value(json_object_get(j, "detail")), "intern"));
	json_decref(j);
	snprintf(body, sizeof(body), "{\"type\":\"contactmoment\",\"omschrijving\":\"API: intern contact\"}");
	j = client_api_json(&srv, tokens[RIK], "POST", path, body, &st);
	assert_int_equal(st, 201);
	assert_true(json_is_false(json_object_get(j, "gedeeld")));
	json_decref(j);
	snprintf(body, sizeof(body), "{\"type\":\"contactmoment\",\"omschrijving\":\"API: gedeeld contact\","
	    "\"gedeeld\":true}");
	j = client_api_json(&srv, tokens[RIK], "POST", path, body, &st);
	assert_int_equal(st, 201);
	assert_true(json_is_true(json_object_get(j, "gedeeld")));
	json_decref(j);
	j = client_api_json(&srv, tokens[INA], "GET", path, NULL, &st);
	assert_int_equal(st, 200);
	{
		char *s = json_dumps(j, 0);

		assert_non_null(strstr(s, "API: gedeeld contact"));
		assert_null(strstr(s, "API: intern contact"));
		free(s);
	}
	json_decref(j);
	/* an indiener adds nothing to the timeline through the regie route */
	j = client_api_json(&srv, tokens[INA], "POST", path, body, &st);
	assert_int_equal(st, 403);
	json_decref(j);
	z = api_zicht(INA);
	assert_false(z.intern);
}

/* Issue 13: Anna (sees internal entries) adds an internal note and a shared answer; Bea's note is shared; Ina adds
   information (shared). Refusals: a regievoerder (403: the regie form), an outsider (404), no CSRF token (403), an
   empty text (Dutch 400, nothing added), the API without omschrijving (400). Each bijdrage has an audit row. */
static void
test_bijdragen(void **state)
{
	struct client c;
	struct resp r;
	char path[96], pagina_pad[64];
	long st, voor = server_audit_count(&srv, "casus.bijdrage", AUDIT_TOEGESTAAN);
	json_t *j;
	(void)state;

	snprintf(path, sizeof(path), "/casussen/%s/bijdragen", ref);
	snprintf(pagina_pad, sizeof(pagina_pad), "/casussen/%s", ref);
	login(&c, ANNA);
	assert_int_equal(client_get(&c, pagina_pad, &r), 200);
	assert_true(resp_contains(&r, "Notitie of antwoord toevoegen"));
	assert_true(resp_contains(&r, "Wie ziet dit?"));
	resp_free(&r);
	assert_int_equal(post(&c, path, "omschrijving=++", &r), 400);
	assert_true(resp_contains(&r, "uw bijdrage"));
	resp_free(&r);
	{
		const char *form_h[] = { "Content-Type: application/x-www-form-urlencoded", NULL };
		const char *b = "omschrijving=Zonder+token";

		assert_int_equal(client_req(&c, "POST", path, form_h, b, strlen(b), &r), 0);
		assert_int_equal(r.status, 403);
		resp_free(&r);
	}
	assert_int_equal(post_ok(&c, path, "omschrijving=Anna+intern%3A+VWS+kijkt+mee"), 303);
	assert_int_equal(post_ok(&c, path, "omschrijving=Anna+gedeeld%3A+VWS+antwoordt+binnen+een+week"
	    "&zichtbaarheid=gedeeld"), 303);
	client_free(&c);

	login(&c, BEA);   /* limited to what is shared: no choice, and her note is shared */
	assert_int_equal(client_get(&c, pagina_pad, &r), 200);
	assert_true(resp_contains(&r, "Notitie of antwoord toevoegen"));
	assert_false(resp_contains(&r, "Wie ziet dit?"));
	resp_free(&r);
	assert_int_equal(post_ok(&c, path, "omschrijving=Bea%3A+ook+gezien&zichtbaarheid=intern"), 303);
	client_free(&c);

	login(&c, INA);
	assert_int_equal(client_get(&c, pagina_pad, &r), 200);
	assert_true(resp_contains(&r, "Informatie toevoegen of een vraag beantwoorden"));
	resp_free(&r);
	assert_int_equal(post_ok(&c, path, "omschrijving=Ina%3A+de+huurachterstand+is+nu+drie+maanden"), 303);
	assert_int_equal(client_get(&c, pagina_pad, &r), 200);
	assert_true(resp_contains(&r, "Ina: de huurachterstand is nu drie maanden"));
	assert_true(resp_contains(&r, "Anna gedeeld: VWS antwoordt binnen een week"));
	assert_true(resp_contains(&r, "Bea: ook gezien"));
	assert_false(resp_contains(&r, "Anna intern"));
	resp_free(&r);
	client_free(&c);

	login(&c, RIK);   /* the regievoerder sees everything, and uses the regie form */
	assert_int_equal(client_get(&c, pagina_pad, &r), 200);
	assert_true(resp_contains(&r, "Anna intern: VWS kijkt mee"));
	assert_true(resp_contains(&r, "Ina: de huurachterstand"));
	assert_false(resp_contains(&r, "/bijdragen"));
	resp_free(&r);
	assert_int_equal(post(&c, path, "omschrijving=Via+de+verkeerde+route", &r), 403);
	resp_free(&r);
	client_free(&c);

	login(&c, OTTO);
	assert_int_equal(post(&c, path, "omschrijving=Van+buiten", &r), 404);
	resp_free(&r);
	client_free(&c);
	/* four bijdragen and the refused empty one were let through; the regievoerder and Otto were not */
	assert_int_equal(server_audit_count(&srv, "casus.bijdrage", AUDIT_TOEGESTAAN), voor + 5);

	/* the API */
	snprintf(path, sizeof(path), "/api/v1/casussen/%s/bijdragen", ref);
	j = client_api_json(&srv, tokens[INA], "POST", path, "{}", &st);
	assert_int_equal(st, 400);
	json_decref(j);
	j = client_api_json(&srv, tokens[INA], "POST", path, "{\"omschrijving\":\"Ina via de API\",\"gedeeld\":false}",
	    &st);
	assert_int_equal(st, 201);
	assert_true(json_is_true(json_object_get(j, "gedeeld")));   /* the indiener's own information is shared */
	json_decref(j);
	j = client_api_json(&srv, tokens[ANNA], "POST", path, "{\"omschrijving\":\"Anna via de API\"}", &st);
	assert_int_equal(st, 201);
	assert_true(json_is_false(json_object_get(j, "gedeeld")));  /* internal by default */
	json_decref(j);
	j = client_api_json(&srv, tokens[RIK], "POST", path, "{\"omschrijving\":\"x\"}", &st);
	assert_int_equal(st, 403);
	json_decref(j);
	j = client_api_json(&srv, tokens[OTTO], "POST", path, "{\"omschrijving\":\"x\"}", &st);
	assert_int_equal(st, 404);
	json_decref(j);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_regievoerder_kiest_per_item),
		cmocka_unit_test(test_regievoerder_ziet_alles),
		cmocka_unit_test(test_indiener_ziet_alleen_gedeeld),
		cmocka_unit_test(test_deelnemers_naar_keuze),
		cmocka_unit_test(test_buitenstaander_404),
		cmocka_unit_test(test_api_gedeeld),
		cmocka_unit_test(test_bijdragen),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
