/* test_registerpoging.c - at intake the indiener says whether the Maatwerkregister was tried first and with whom:
   the form and the API field, stored, shown on the casus page, counted in the jaarrapportage; bad input refused. */
#include "harness.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "client.h"
#include "store/store_audit.h"

static struct server_proc srv;

#define INA "ina@test.example"
#define RIK "rik@test.example"
#define PW "wachtwoord-test"
static char tok_ina[65], tok_rik[65];

static int
setup(void **state)
{
	(void)state;
	if (server_start(&srv, NULL) != 0 ||
	    server_add_user(&srv, INA, "Ina Indiener", "indiener", PW) != 0 ||
	    server_add_user(&srv, RIK, "Rik Regie", "regievoerder", PW) != 0 ||
	    server_token(&srv, INA, tok_ina) != 0 || server_token(&srv, RIK, tok_rik) != 0)
		return -1;
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	return server_stop(&srv) == 0 ? 0 : -1;
}

/* The number of submitted casussen, as the regievoerder's API list counts them. */
static long
totaal(void)
{
	long status;
	json_t *j = client_api_json(&srv, tok_rik, "GET", "/api/v1/casussen?paginaGrootte=1", NULL, &status);
	long n;

	assert_int_equal(status, 200);
	n = (long)json_integer_value(json_object_get(j, "totaal"));
	json_decref(j);
	return n;
}

/* A 400 problem that names `field` in invalidParams and says it in Dutch; nothing was saved. */
static void
weigert(const char *body, const char *field, const char *woord)
{
	long status, voor = totaal();
	json_t *j = client_api_json(&srv, tok_ina, "POST", "/api/v1/casussen", body, &status);
	json_t *p = json_array_get(json_object_get(j, "invalidParams"), 0);
	const char *naam = json_string_value(json_object_get(p, "name"));
	const char *reden = json_string_value(json_object_get(p, "reason"));

	if (status != 400 || naam == NULL || strcmp(naam, field) != 0) {
		char *s = j ? json_dumps(j, 0) : NULL;

		print_error("expected 400 naming %s: %ld %s\n", field, status, s ? s : "");
		free(s);
		fail();
	}
	assert_non_null(reden);
	assert_non_null(strstr(reden, woord));
	json_decref(j);
	assert_int_equal(totaal(), voor);
}

static void
test_api_vastleggen_en_teruglezen(void **state)
{
	long status;
	json_t *j;
	const char *ref;
	char pad[64];

	(void)state;
	j = client_api_json(&srv, tok_ina, "POST", "/api/v1/casussen",
	    "{\"hulpvraag\":\"Wie betaalt de opvang na terugkeer?\",\"leefgebieden\":[\"wonen\"],"
	    "\"registerGeprobeerd\":\"ja\",\"registerGeprobeerdBij\":\"de maatwerkfunctionaris van BZK\"}", &status);
	assert_int_equal(status, 201);
	ref = json_string_value(json_object_get(j, "referentie"));
	assert_non_null(ref);
	snprintf(pad, sizeof pad, "/api/v1/casussen/%s", ref);
	json_decref(j);
	j = client_api_json(&srv, tok_rik, "GET", pad, NULL, &status);
	assert_int_equal(status, 200);
	assert_string_equal(json_string_value(json_object_get(j, "registerGeprobeerd")), "ja");
	assert_string_equal(json_string_value(json_object_get(j, "registerGeprobeerdBij")),
	    "de maatwerkfunctionaris van BZK");
	json_decref(j);

	/* the regievoerder changes it: not tried after all; "bij" goes with it */
	j = client_api_json(&srv, tok_rik, "PATCH", pad, "{\"registerGeprobeerd\":\"nee\",\"registerGeprobeerdBij\":null}",
	    &status);
	assert_int_equal(status, 200);
	assert_string_equal(json_string_value(json_object_get(j, "registerGeprobeerd")), "nee");
	assert_null(json_object_get(j, "registerGeprobeerdBij"));
	json_decref(j);

	/* a casus without the answer has no member */
	j = client_api_json(&srv, tok_ina, "POST", "/api/v1/casussen", "{\"hulpvraag\":\"Zonder antwoord\"}", &status);
	assert_int_equal(status, 201);
	assert_null(json_object_get(j, "registerGeprobeerd"));
	json_decref(j);
}

static void
test_api_foute_invoer(void **state)
{
	(void)state;
	weigert("{\"hulpvraag\":\"Een vraag\",\"registerGeprobeerd\":\"misschien\"}", "registerGeprobeerd", "misschien");
	weigert("{\"hulpvraag\":\"Een vraag\",\"registerGeprobeerd\":\"nee\",\"registerGeprobeerdBij\":\"UWV\"}",
	    "registerGeprobeerdBij", "Maatwerkregister");
	weigert("{\"hulpvraag\":\"Een vraag\",\"registerGeprobeerd\":\"ja\",\"registerGeprobeerdBij\":\"BSN 111222333\"}",
	    "registerGeprobeerdBij", "BSN");
}

static void
test_formulier_en_casuspagina(void **state)
{
	struct client c;
	struct resp r;
	char loc[128], ref[32] = "";
	const char *p;

	(void)state;
	client_login_ok(&c, &srv, INA, PW);
	assert_int_equal(client_get(&c, "/casussen/nieuw", &r), 200);
	assert_true(resp_contains(&r, "Heeft u eerst het Maatwerkregister geprobeerd?"));
	assert_true(resp_contains(&r, "name=\"register_geprobeerd\" value=\"geen_toegang\""));
	resp_free(&r);

	/* an unknown answer: 400 with the Dutch message, the form again, nothing saved */
	assert_int_equal(client_post_form(&c, "/casussen/nieuw", "/casussen",
	    "actie=indienen&hulpvraag=Vraag&urgentie=normaal&register_geprobeerd=soms", &r), 400);
	assert_true(resp_contains(&r, "Kies of u het Maatwerkregister eerst heeft geprobeerd."));
	resp_free(&r);

	assert_int_equal(client_post_form(&c, "/casussen/nieuw", "/casussen",
	    "actie=indienen&hulpvraag=Huisvesting+na+terugkeer&urgentie=normaal&leefgebied=wonen"
	    "&register_geprobeerd=ja&register_geprobeerd_bij=Maatwerkplaats+UWV", &r), 303);
	snprintf(loc, sizeof loc, "%s", resp_header(&r, "Location"));
	resp_free(&r);
	p = strstr(loc, "PMM-");
	assert_non_null(p);
	snprintf(ref, sizeof ref, "%.13s", p);
	snprintf(loc, sizeof loc, "/casussen/%s", ref);
	assert_int_equal(client_get(&c, loc, &r), 200);
	assert_true(resp_contains(&r, "Eerst het Maatwerkregister geprobeerd?"));
	assert_true(resp_contains(&r, "Ja, eerst in het Maatwerkregister gezocht"));
	assert_true(resp_contains(&r, "Maatwerkplaats UWV"));
	resp_free(&r);
	client_free(&c);
}

/* The report counts the answers of the casussen ingediend in the year: in JSON, CSV and on the page. */
static void
test_rapportage_telt(void **state)
{
	struct buf out;
	json_t *j, *rp;
	char jaar[8];
	time_t nu = time(NULL);
	struct tm tm;
	struct client c;
	struct resp r;
	char pad[64];

	(void)state;
	gmtime_r(&nu, &tm);
	snprintf(jaar, sizeof jaar, "%d", tm.tm_year + 1900);
	buf_init(&out, 0);
	assert_int_equal(server_cli(&srv, NULL, &out, (const char *[]){ "report", "--jaar", jaar, "--format", "json",
	    NULL }), 0);
	j = json_loads(buf_str(&out), 0, NULL);
	assert_non_null(j);
	rp = json_object_get(json_object_get(j, "figuren"), "registerGeprobeerd");
	if (rp == NULL)
		rp = json_object_get(j, "registerGeprobeerd");
	assert_non_null(rp);
	/* earlier tests: one API casus changed to nee, one without an answer, one form casus with ja */
	assert_int_equal(json_integer_value(json_object_get(rp, "ja")), 1);
	assert_int_equal(json_integer_value(json_object_get(rp, "nee")), 1);
	assert_int_equal(json_integer_value(json_object_get(rp, "geen_toegang")), 0);
	assert_int_equal(json_integer_value(json_object_get(rp, "onbekend")), 1);
	json_decref(j);
	buf_free(&out);

	client_login_ok(&c, &srv, RIK, PW);
	snprintf(pad, sizeof pad, "/rapportage/%s.csv", jaar);
	assert_int_equal(client_get(&c, pad, &r), 200);
	assert_true(resp_contains(&r, "\r\n\"Ja, eerst in het Maatwerkregister gezocht\",1"));
	assert_true(resp_contains(&r, "\r\nNiet ingevuld,1"));
	resp_free(&r);
	snprintf(pad, sizeof pad, "/rapportage?jaar=%s", jaar);
	assert_int_equal(client_get(&c, pad, &r), 200);
	assert_true(resp_contains(&r, "Eerst het Maatwerkregister geprobeerd"));
	resp_free(&r);
	client_free(&c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_api_vastleggen_en_teruglezen),
		cmocka_unit_test(test_api_foute_invoer),
		cmocka_unit_test(test_formulier_en_casuspagina),
		cmocka_unit_test(test_rapportage_telt),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
