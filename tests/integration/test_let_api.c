/* test_let_api.c - the API of LET escalaties and overbruggingen: each step, 409 for a refused transition, 400 for
   each bad input of issue 10 with the data unchanged, the chair's rights, problem+json. The tests run in order.
   Then, on a second server with the demo data: its escalaties and overbruggingen, on a casus page and in the report. */
#include "harness.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "client.h"
#include "lib/date.h"

static struct server_proc srv;
static char tok_regie[65], tok_vz[65], tok_ina[65];

#define REF "PMM-2026-0001"
#define ESC "/api/v1/casussen/" REF "/escalaties"
#define OB "/api/v1/casussen/" REF "/overbruggingen"

static const char *
vandaag(int plus)
{
	static char s[4][DATE_STRLEN];
	static int k;

	k = (k + 1) % 4;
	date_format(date_today_local(time(NULL)) + plus, s[k]);
	return s[k];
}

static int
setup(void **state)
{
	const char *import[] = { "import", "-", NULL };
	struct buf out;
	char line[1024];

	const struct test_account accounts[] = {
		{ "rita@test.example", "Rita Regie", "regievoerder", NULL, tok_regie },
		{ "vera@test.example", "Vera Voorzitter", "let_voorzitter", NULL, tok_vz },
		{ "ina@test.example", "Ina Indiener", "indiener", NULL, tok_ina },
	};

	(void)state;
	if (server_start_with(&srv, NULL, "wachtwoord-test-123", accounts, sizeof(accounts) / sizeof(accounts[0])) != 0)
		return -1;
	snprintf(line, sizeof(line), "{\"referentie\":\"" REF "\",\"ontvangenOp\":\"%s\",\"hulpvraag\":\"Wie betaalt "
	    "het crisisbed\",\"indiener\":{\"naam\":\"Ida Ander\",\"email\":\"ida@elders.example\",\"organisatie\":"
	    "{\"naam\":\"Gemeente Elders\",\"type\":\"gemeente\"}},\"indienerType\":\"gemeente\",\"leefgebieden\":"
	    "[\"zorg\"],\"betrokkenOrganisaties\":[{\"naam\":\"Gemeente Elders\",\"type\":\"gemeente\"},"
	    "{\"naam\":\"Zorgkantoor Elders\",\"type\":\"zorgkantoor\"}]}\n", vandaag(-60));
	buf_init(&out, 0);
	if (server_cli(&srv, line, &out, import) != 0) {
		buf_free(&out);
		return -1;
	}
	buf_free(&out);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	return server_stop(&srv) == 0 ? 0 : -1;
}

/* A request that must answer status; returns the body (caller decrefs; NULL when not JSON). */
static json_t *
api(const char *token, const char *method, const char *path, const char *body, long status)
{
	long s = 0;
	json_t *j = client_api_json(&srv, token, method, path, body, &s);

	if (s != status) {
		char *d = j ? json_dumps(j, 0) : NULL;

		fprintf(stderr, "%s %s %s -> %ld, expected %ld: %s\n", method, path, body ? body : "", s, status,
		    d ? d : "(no JSON)");
		free(d);
	}
	assert_int_equal(s, status);
	return j;
}

/* A 400 naming field in invalidParams. */
static void
bad(const char *token, const char *method, const char *path, const char *body, const char *field)
{
	json_t *j = api(token, method, path, body, 400);
	const char *name = json_string_value(json_object_get(json_array_get(json_object_get(j, "invalidParams"), 0),
	    "name"));

	assert_non_null(json_string_value(json_object_get(j, "detail")));
	if (name == NULL || strcmp(name, field) != 0)
		fail_msg("%s %s: invalidParams %s, expected %s", method, body, name ? name : "(none)", field);
	json_decref(j);
}

static const char *
status_van(json_t *j)
{
	return json_string_value(json_object_get(j, "status"));
}

static void
expect_status(const char *token, const char *path, const char *status)
{
	json_t *j = api(token, "GET", path, NULL, 200);

	assert_string_equal(status_van(j), status);
	json_decref(j);
}

static void
test_escalatie(void **state)
{
	char body[1024];
	json_t *j;
	(void)state;

	/* bad input: 400 with the member, nothing stored */
	bad(tok_regie, "POST", ESC, "{\"gevraagdBesluit\":\"Een woning\"}", "reden");
	bad(tok_regie, "POST", ESC, "{\"reden\":\"Vast\",\"gevraagdBesluit\":\"Een woning\",\"urgentie\":\"heel\"}",
	    "urgentie");
	bad(tok_regie, "POST", ESC, "{\"reden\":\"Vast\",\"gevraagdBesluit\":\"Woning\",\"kleur\":\"rood\"}", "kleur");
	snprintf(body, sizeof(body), "{\"reden\":\"Vast\",\"gevraagdBesluit\":\"Woning\",\"aangevraagdOp\":\"%s\","
	    "\"organisaties\":[{\"naam\":\"Gemeente Elders\",\"type\":\"gemeente\"}]}", vandaag(2));
	bad(tok_regie, "POST", ESC, body, "aangevraagdOp");
	bad(tok_regie, "POST", ESC, "{\"reden\":\"Vast\",\"gevraagdBesluit\":\"Woning\",\"organisaties\":[{\"naam\":\"X\","
	    "\"type\":\"planeet\"}]}", "organisaties[0].type");
	j = api(tok_ina, "POST", ESC, "{\"reden\":\"Vast\",\"gevraagdBesluit\":\"Woning\"}", 403);   /* route */
	json_decref(j);
	assert_int_equal(server_sql_int(&srv, "SELECT count(*) FROM escalatie"), 0);

	snprintf(body, sizeof(body), "{\"reden\":\"Geen woning voor het gezin\",\"gevraagdBesluit\":\"Wie regelt een "
	    "woning\",\"urgentie\":\"zeer_hoog\",\"aangevraagdOp\":\"%s\",\"organisaties\":[{\"naam\":\"Gemeente Elders\","
	    "\"type\":\"gemeente\"},{\"naam\":\"Woonstede Elders\",\"type\":\"woningcorporatie\"}]}", vandaag(-20));
	j = api(tok_regie, "POST", ESC, body, 201);
	assert_string_equal(status_van(j), "aangevraagd");
	assert_int_equal(json_integer_value(json_object_get(j, "id")), 1);
	assert_false(json_is_true(json_object_get(j, "letBijeengekomen")));
	json_decref(j);
	j = api(tok_regie, "GET", ESC, NULL, 200);
	assert_int_equal(json_array_size(json_object_get(j, "escalaties")), 1);
	json_decref(j);
	j = api(tok_regie, "GET", "/api/v1/casussen/" REF, NULL, 200);
	assert_true(json_is_true(json_object_get(j, "letEscalatie")));
	json_decref(j);

	/* refused transitions: 409, unchanged */
	j = api(tok_regie, "POST", ESC "/1/overgangen", "{\"stap\":\"afronden\",\"uitkomst\":\"doorbraak\","
	    "\"resultaat\":\"x\"}", 409);
	assert_string_equal(json_string_value(json_object_get(j, "title")), "Niet toegestaan in deze status");
	json_decref(j);
	bad(tok_regie, "POST", ESC "/1/overgangen", "{\"stap\":\"vliegen\"}", "stap");
	bad(tok_regie, "POST", ESC "/1/overgangen", "{\"stap\":\"voorzitter_inschakelen\",\"voorzitter\":{\"id\":1}}",
	    "voorzitter");   /* the regievoerder is no chair */
	expect_status(tok_regie, ESC "/1", "aangevraagd");
	/* the chair does not see it yet */
	json_decref(api(tok_vz, "GET", ESC "/1", NULL, 404));
	snprintf(body, sizeof(body), "{\"stap\":\"voorzitter_inschakelen\",\"voorzitter\":{\"id\":%lld}}",
	    server_sql_int(&srv, "SELECT id FROM persoon WHERE email = 'vera@test.example'"));
	j = api(tok_regie, "POST", ESC "/1/overgangen", body, 200);
	assert_string_equal(status_van(j), "voorzitter_ingeschakeld");
	assert_string_equal(json_string_value(json_object_get(json_object_get(j, "voorzitter"), "naam")), "Vera Voorzitter");
	json_decref(j);

	/* the chair at work */
	snprintf(body, sizeof(body), "{\"datum\":\"%s\"}", vandaag(-30));
	bad(tok_vz, "POST", ESC "/1/bijeenkomsten", body, "datum");   /* before the request */
	bad(tok_vz, "POST", ESC "/1/bijeenkomsten", "{\"datum\":\"gisteren\"}", "datum");
	assert_int_equal(server_sql_int(&srv, "SELECT count(*) FROM escalatie_bijeenkomst"), 0);
	snprintf(body, sizeof(body), "{\"datum\":\"%s\",\"deelnemers\":[{\"naam\":\"Wethouder Wonen\",\"organisatie\":"
	    "{\"naam\":\"Gemeente Elders\",\"type\":\"gemeente\"},\"functie\":\"Wethouder\",\"mandaat\":true}]}",
	    vandaag(-10));
	j = api(tok_vz, "POST", ESC "/1/bijeenkomsten", body, 201);
	assert_string_equal(status_van(j), "bijeenkomst_gepland");
	json_decref(j);
	j = api(tok_vz, "POST", ESC "/1/bijeenkomsten/1/deelnemers", "{\"naam\":\"Directeur\",\"organisatie\":"
	    "{\"naam\":\"Woonstede Elders\",\"type\":\"woningcorporatie\"}}", 201);
	json_decref(j);
	json_decref(api(tok_vz, "POST", ESC "/1/bijeenkomsten/99/deelnemers", "{\"naam\":\"X\",\"organisatie\":"
	    "{\"naam\":\"Gemeente Elders\",\"type\":\"gemeente\"}}", 404));
	/* an afspraak for an organisation not at the table: 400, none stored */
	snprintf(body, sizeof(body), "{\"wat\":\"Budget\",\"organisatie\":{\"naam\":\"Zorgkantoor Elders\",\"type\":"
	    "\"zorgkantoor\"},\"uiterlijk\":\"%s\"}", vandaag(5));
	bad(tok_vz, "POST", ESC "/1/bijeenkomsten/1/afspraken", body, "organisatie");
	bad(tok_vz, "POST", ESC "/1/bijeenkomsten/1/afspraken", "{\"organisatie\":{\"naam\":\"Gemeente Elders\","
	    "\"type\":\"gemeente\"},\"uiterlijk\":\"2026-12-31\"}", "wat");
	assert_int_equal(server_sql_int(&srv, "SELECT count(*) FROM escalatie_afspraak"), 0);
	snprintf(body, sizeof(body), "{\"wat\":\"Urgentieverklaring\",\"organisatie\":{\"naam\":\"Gemeente Elders\","
	    "\"type\":\"gemeente\"},\"wie\":\"Wethouder\",\"uiterlijk\":\"%s\"}", vandaag(-1));
	j = api(tok_vz, "POST", ESC "/1/bijeenkomsten/1/afspraken", body, 201);
	assert_string_equal(status_van(j), "afspraken_gemaakt");
	assert_true(json_is_true(json_object_get(json_array_get(json_object_get(json_array_get(json_object_get(j,
	    "bijeenkomsten"), 0), "afspraken"), 0), "teLaat")));
	json_decref(j);
	/* follow-up */
	bad(tok_vz, "POST", ESC "/1/afspraken/1/opvolgingen", "{\"status\":\"niet_nagekomen\"}", "notitie");
	bad(tok_vz, "POST", ESC "/1/afspraken/1/opvolgingen", "{\"status\":\"misschien\"}", "status");
	assert_int_equal(server_sql_int(&srv, "SELECT count(*) FROM afspraak_opvolging"), 0);
	json_decref(api(tok_vz, "POST", ESC "/1/afspraken/1/opvolgingen", "{\"status\":\"vervallen\",\"notitie\":"
	    "\"Niet meer nodig\"}", 201));
	json_decref(api(tok_vz, "POST", ESC "/1/afspraken/1/opvolgingen", "{\"status\":\"nagekomen\"}", 409));
	assert_int_equal(server_sql_int(&srv, "SELECT count(*) FROM afspraak_opvolging"), 1);
	/* the request: a regievoerder's */
	json_decref(api(tok_vz, "PATCH", ESC "/1", "{\"urgentie\":\"hoog\"}", 403));
	bad(tok_regie, "PATCH", ESC "/1", "{\"reden\":\"\"}", "reden");
	j = api(tok_regie, "PATCH", ESC "/1", "{\"urgentie\":\"hoog\"}", 200);
	assert_string_equal(json_string_value(json_object_get(j, "urgentie")), "hoog");
	assert_string_equal(json_string_value(json_object_get(j, "reden")), "Geen woning voor het gezin");
	json_decref(j);
	/* withdrawing after afspraken: refused; the chair ends it */
	json_decref(api(tok_regie, "POST", ESC "/1/overgangen", "{\"stap\":\"intrekken\",\"reden\":\"Weg\"}", 409));
	json_decref(api(tok_vz, "POST", ESC "/1/overgangen", "{\"stap\":\"alleen_voorzitter\",\"uitkomst\":\"doorbraak\","
	    "\"resultaat\":\"x\"}", 409));
	bad(tok_vz, "POST", ESC "/1/overgangen", "{\"stap\":\"afronden\",\"uitkomst\":\"doorbraak\"}", "resultaat");
	j = api(tok_vz, "POST", ESC "/1/overgangen", "{\"stap\":\"afronden\",\"uitkomst\":\"doorbraak\",\"resultaat\":"
	    "\"Woning gevonden\"}", 200);
	assert_string_equal(status_van(j), "afgerond");
	assert_true(json_is_true(json_object_get(j, "letBijeengekomen")));
	json_decref(j);
	json_decref(api(tok_regie, "PATCH", ESC "/1", "{\"urgentie\":\"normaal\"}", 409));
	expect_status(tok_regie, ESC "/1", "afgerond");
	/* an indiener of another casus sees nothing */
	json_decref(api(tok_ina, "GET", ESC, NULL, 404));
	json_decref(api(tok_ina, "GET", ESC "/1", NULL, 404));
	assert_true(server_audit_count(&srv, "escalatie.wijzigen", AUDIT_TOEGESTAAN) >= 5);
	assert_true(server_audit_count(&srv, "escalatie.lezen", AUDIT_GEWEIGERD) >= 1);
}

static void
test_overbrugging(void **state)
{
	static const char *const kand = "\"kandidaten\":[{\"organisatie\":{\"naam\":\"Gemeente Elders\",\"type\":"
	    "\"gemeente\"},\"standpunt\":\"betwist\"},{\"organisatie\":{\"naam\":\"Zorgkantoor Elders\",\"type\":"
	    "\"zorgkantoor\"}}]";
	char body[1024];
	json_t *j;
	(void)state;

	snprintf(body, sizeof(body), "{\"wat\":\"Bed\",\"geschatBedrag\":-1,%s}", kand);
	bad(tok_regie, "POST", OB, body, "geschatBedrag");
	snprintf(body, sizeof(body), "{\"wat\":\"Bed\",\"geschatBedrag\":10000000001,%s}", kand);   /* > € 100 miljoen */
	bad(tok_regie, "POST", OB, body, "geschatBedrag");
	snprintf(body, sizeof(body), "{\"wat\":\"Bed\",\"geschatBedrag\":12.5,%s}", kand);   /* never a fraction */
	bad(tok_regie, "POST", OB, body, "geschatBedrag");
	snprintf(body, sizeof(body), "{\"wat\":\"Bed\",\"periodeVan\":\"2026-05-01\",\"periodeTot\":\"2026-04-01\",%s}",
	    kand);
	bad(tok_regie, "POST", OB, body, "periodeTot");
	snprintf(body, sizeof(body), "{\"geschatBedrag\":100,%s}", kand);
	bad(tok_regie, "POST", OB, body, "wat");
	snprintf(body, sizeof(body), "{\"wat\":\"Bed\",\"termijnWerkdagen\":0,%s}", kand);
	bad(tok_regie, "POST", OB, body, "termijnWerkdagen");
	bad(tok_regie, "POST", OB, "{\"wat\":\"Bed\",\"regelingen\":[\"wmo\",\"bijstand\"]}", "regelingen");
	bad(tok_regie, "POST", OB, "{\"wat\":\"Bed\",\"kandidaten\":[]}", "kandidaten");
	assert_int_equal(server_sql_int(&srv, "SELECT count(*) FROM overbrugging"), 0);

	snprintf(body, sizeof(body), "{\"wat\":\"Crisisbed\",\"regelingen\":[\"wlz\",\"wmo\"],\"geschatBedrag\":1850000,"
	    "\"aangevraagdOp\":\"%s\",%s}", vandaag(-3), kand);
	j = api(tok_regie, "POST", OB, body, 201);
	assert_string_equal(status_van(j), "aangevraagd");
	assert_int_equal(json_integer_value(json_object_get(j, "geschatBedrag")), 1850000);
	assert_non_null(json_string_value(json_object_get(j, "beslistermijn")));
	assert_false(json_is_true(json_object_get(j, "teLaat")));
	json_decref(j);
	json_decref(api(tok_vz, "POST", OB, body, 403));   /* the chair: not an overbrugging's */

	bad(tok_regie, "POST", OB "/1/overgangen", "{\"stap\":\"besluiten\",\"grondslag\":\"Wlz\"}", "betaler");
	json_decref(api(tok_regie, "POST", OB "/1/overgangen", "{\"stap\":\"verrekenen\",\"bedrag\":100}", 409));
	bad(tok_regie, "POST", OB "/1/overgangen", "{\"stap\":\"voorfinancieren\",\"voorfinancier\":{\"naam\":"
	    "\"Gemeente Elders\",\"type\":\"gemeente\"},\"bedrag\":-5}", "bedrag");
	expect_status(tok_regie, OB "/1", "aangevraagd");
	j = api(tok_regie, "POST", OB "/1/overgangen", "{\"stap\":\"voorfinancieren\",\"voorfinancier\":{\"naam\":"
	    "\"Gemeente Elders\",\"type\":\"gemeente\"},\"bedrag\":500000}", 200);
	assert_string_equal(status_van(j), "voorgefinancierd");
	assert_int_equal(json_integer_value(json_object_get(j, "openstaandBedrag")), 500000);
	json_decref(j);
	bad(tok_regie, "POST", OB "/1/overgangen", "{\"stap\":\"besluiten\",\"betaler\":{\"naam\":\"Iemand Anders\","
	    "\"type\":\"overig\"},\"grondslag\":\"Wlz\"}", "betaler");
	j = api(tok_regie, "POST", OB "/1/overgangen", "{\"stap\":\"besluiten\",\"betaler\":{\"naam\":\"Zorgkantoor "
	    "Elders\",\"type\":\"zorgkantoor\"},\"grondslag\":\"Wlz-indicatie afgegeven\"}", 200);
	assert_string_equal(status_van(j), "besloten");
	json_decref(j);
	bad(tok_regie, "POST", OB "/1/overgangen", "{\"stap\":\"verrekenen\",\"bedrag\":500001}", "bedrag");
	expect_status(tok_regie, OB "/1", "besloten");
	j = api(tok_regie, "POST", OB "/1/overgangen", "{\"stap\":\"verrekenen\",\"bedrag\":500000}", 200);
	assert_string_equal(status_van(j), "verrekend");
	assert_int_equal(json_integer_value(json_object_get(j, "openstaandBedrag")), 0);
	json_decref(j);
	/* settled: editing and withdrawing are refused, nothing changes */
	json_decref(api(tok_regie, "PATCH", OB "/1", "{\"wat\":\"Iets anders\"}", 409));
	json_decref(api(tok_regie, "POST", OB "/1/overgangen", "{\"stap\":\"intrekken\",\"reden\":\"Weg\"}", 409));
	j = api(tok_regie, "GET", OB "/1", NULL, 200);
	assert_string_equal(json_string_value(json_object_get(j, "wat")), "Crisisbed");
	assert_string_equal(status_van(j), "verrekend");
	json_decref(j);

	/* a withdrawn one cannot be edited either */
	snprintf(body, sizeof(body), "{\"wat\":\"Inkomen tijdens bezwaar\",%s}", kand);
	json_decref(api(tok_regie, "POST", OB, body, 201));
	json_decref(api(tok_regie, "PATCH", OB "/2", "{\"geschatBedrag\":250000}", 200));
	bad(tok_regie, "POST", OB "/2/overgangen", "{\"stap\":\"intrekken\"}", "reden");
	json_decref(api(tok_regie, "POST", OB "/2/overgangen", "{\"stap\":\"intrekken\",\"reden\":\"Opgelost\"}", 200));
	json_decref(api(tok_regie, "PATCH", OB "/2", "{\"wat\":\"Anders\"}", 409));
	j = api(tok_regie, "GET", OB, NULL, 200);
	assert_int_equal(json_array_size(json_object_get(j, "overbruggingen")), 2);
	assert_int_equal(json_integer_value(json_object_get(json_array_get(json_object_get(j, "overbruggingen"), 1),
	    "geschatBedrag")), 250000);
	json_decref(j);
	json_decref(api(tok_ina, "GET", OB "/1", NULL, 404));
	assert_true(server_audit_count(&srv, "overbrugging.wijzigen", AUDIT_TOEGESTAAN) >= 5);
}

/* The jaarrapportage counts what the tests above did, in JSON (doorbraak report) and in the CSV with Dutch labels. */
static void
test_rapport(void **state)
{
	const char *jaar = vandaag(0);
	char j4[5];
	const char *args[] = { "report", "--jaar", j4, "--format", "json", NULL };
	const char *csv[] = { "report", "--jaar", j4, "--format", "csv", NULL };
	struct buf out;
	json_t *r, *o, *e;
	(void)state;

	snprintf(j4, sizeof(j4), "%.4s", jaar);
	buf_init(&out, 0);
	assert_int_equal(server_cli(&srv, NULL, &out, args), 0);
	r = json_loads(buf_str(&out), 0, NULL);
	assert_non_null(r);
	e = json_object_get(r, "escalaties");
	o = json_object_get(r, "overbruggingen");
	/* asked for 20 and 3 days ago: in this year unless the year has just begun */
	assert_int_equal(json_integer_value(json_object_get(e, "aangevraagd")), strncmp(vandaag(-20), j4, 4) == 0);
	assert_int_equal(json_integer_value(json_object_get(e, "letBijeengekomen")), 1);
	assert_int_equal(json_integer_value(json_object_get(json_object_get(e, "uitkomstLet"), "doorbraak")), 1);
	assert_int_equal(json_integer_value(json_object_get(o, "aanvragen")), 1 + (strncmp(vandaag(-3), j4, 4) == 0));
	assert_int_equal(json_integer_value(json_object_get(o, "besloten")), 1);
	assert_int_equal(json_integer_value(json_object_get(o, "voorgefinancierdCent")), 500000);
	assert_int_equal(json_integer_value(json_object_get(o, "verrekendCent")), 500000);
	assert_int_equal(json_integer_value(json_object_get(json_object_get(o, "betalerPerType"), "zorgkantoor")), 1);
	assert_string_equal(json_string_value(json_object_get(json_array_get(json_object_get(o, "verkeerdeZak"), 0),
	    "organisatie")), "Gemeente Elders");
	json_decref(r);
	buf_reset(&out);
	assert_int_equal(server_cli(&srv, NULL, &out, csv), 0);
	assert_non_null(strstr(buf_str(&out), "Totaal verrekend,\"\xe2\x82\xac 5.000,00\""));
	assert_non_null(strstr(buf_str(&out), "Afgerond: het LET kwam bijeen,1"));
	buf_free(&out);
}

static void
test_openapi(void **state)
{
	json_t *j = api(tok_regie, "GET", "/api/v1/openapi.json", NULL, 200), *paths = json_object_get(j, "paths");
	(void)state;

	assert_non_null(json_object_get(paths, "/casussen/{referentie}/escalaties/{escalatieId}/overgangen"));
	assert_non_null(json_object_get(paths, "/casussen/{referentie}/overbruggingen/{overbruggingId}/overgangen"));
	json_decref(j);
}

/* ---- the demo data: its escalaties and overbruggingen (a second server, on `init --demo`) ---------------------- */

#define DEMO_REGIE "rik@demo-let.example"
#define DEMO_PW "wachtwoord-test-123"

static int
setup_demo(void **state)
{
	const char *demo[] = { "init", "--demo", NULL };
	struct buf out;
	int rc;

	(void)state;
	if (server_start(&srv, NULL) != 0)
		return -1;
	buf_init(&out, 0);
	rc = server_cli(&srv, NULL, &out, demo);
	buf_free(&out);
	if (rc != 0)
		return -1;
	return server_add_user(&srv, DEMO_REGIE, "Rik Regie", "regievoerder", DEMO_PW) == 0 ? 0 : -1;
}

/* The demo's seven escalaties and six overbruggingen, one in each state, each escalatie on its casus's timeline. */
static void
test_demo_aantallen(void **state)
{
	(void)state;
	assert_int_equal(server_sql_int(&srv, "SELECT count(*) FROM escalatie"), 7);
	assert_int_equal(server_sql_int(&srv, "SELECT count(DISTINCT status) FROM escalatie"), 7);
	assert_int_equal(server_sql_int(&srv, "SELECT count(*) FROM escalatie e JOIN activiteit a ON a.id = e.interventie_id "
	    "AND a.casus_id = e.casus_id"), 7);
	assert_int_equal(server_sql_int(&srv, "SELECT count(*) FROM escalatie WHERE voorzitter_id IS NOT NULL"), 5);
	assert_int_equal(server_sql_int(&srv, "SELECT count(*) FROM escalatie_afspraak"), 4);
	assert_int_equal(server_sql_int(&srv, "SELECT count(*) FROM overbrugging"), 6);
	assert_int_equal(server_sql_int(&srv, "SELECT count(DISTINCT status) FROM overbrugging"), 5);
	/* init --demo again adds nothing */
	{
		const char *demo[] = { "init", "--demo", NULL };
		struct buf out;

		buf_init(&out, 0);
		assert_int_equal(server_cli(&srv, NULL, &out, demo), 0);
		buf_free(&out);
	}
	assert_int_equal(server_sql_int(&srv, "SELECT count(*) FROM escalatie"), 7);
	assert_int_equal(server_sql_int(&srv, "SELECT count(*) FROM overbrugging"), 6);
}

/* The family after the evacuation (PMM-2025-0010): its escalatie on the casus page, and in full on its own page. */
static void
test_demo_casuspagina(void **state)
{
	struct client c;
	struct resp r;
	char path[96];
	long long id = server_sql_int(&srv, "SELECT e.id FROM escalatie e JOIN casus c ON c.id = e.casus_id "
	    "WHERE c.referentie = 'PMM-2025-0010'");
	(void)state;

	assert_true(id > 0);
	client_login_ok(&c, &srv, DEMO_REGIE, DEMO_PW);
	assert_int_equal(client_get(&c, "/casussen/PMM-2025-0010", &r), 200);
	snprintf(path, sizeof(path), "href=\"/casussen/PMM-2025-0010/escalaties/%lld\">Escalatie van 2 juni 2025</a>", id);
	assert_true(resp_contains(&r, path));
	assert_true(resp_contains(&r, "db-status--afgerond"));
	assert_true(resp_contains(&r, ", voorzitter Vera Voorzitter"));
	resp_free(&r);
	snprintf(path, sizeof(path), "/casussen/PMM-2025-0010/escalaties/%lld", id);
	assert_int_equal(client_get(&c, path, &r), 200);
	assert_true(resp_contains(&r, "Directeur Consulaire Zaken"));
	assert_true(resp_contains(&r, "Een woning uit de eigen voorraad aanbieden aan het gezin."));
	resp_free(&r);
	/* an overbrugging on its casus page (PMM-2025-0013: pre-financed, decided and settled) */
	assert_int_equal(client_get(&c, "/casussen/PMM-2025-0013", &r), 200);
	assert_true(resp_contains(&r, "Overbrugging van 30 juni 2025"));
	resp_free(&r);
	client_free(&c);
}

/* The demo's 2025 jaarrapportage counts them: two escalaties (one by the chair alone, one at the LET table) and
   three overbruggingen. */
static void
test_demo_rapport_2025(void **state)
{
	const char *args[] = { "report", "--jaar", "2025", "--format", "json", NULL };
	struct buf out;
	json_t *r, *e, *o;
	(void)state;

	buf_init(&out, 0);
	assert_int_equal(server_cli(&srv, NULL, &out, args), 0);
	r = json_loads(buf_str(&out), 0, NULL);
	buf_free(&out);
	assert_non_null(r);
	e = json_object_get(r, "escalaties");
	o = json_object_get(r, "overbruggingen");
	assert_int_equal(json_integer_value(json_object_get(e, "aangevraagd")), 2);
	assert_int_equal(json_integer_value(json_object_get(e, "alleenVoorzitter")), 1);
	assert_int_equal(json_integer_value(json_object_get(e, "letBijeengekomen")), 1);
	assert_int_equal(json_integer_value(json_object_get(json_object_get(e, "uitkomstLet"), "doorbraak")), 1);
	assert_int_equal(json_integer_value(json_object_get(json_object_get(e, "uitkomstVoorzitter"), "gedeeltelijk")),
	    1);
	assert_int_equal(json_integer_value(json_object_get(o, "aanvragen")), 3);
	assert_int_equal(json_integer_value(json_object_get(o, "besloten")), 2);
	assert_int_equal(json_integer_value(json_object_get(o, "ingetrokken")), 1);
	assert_int_equal(json_integer_value(json_object_get(o, "verrekendCent")), 1275000);
	json_decref(r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_escalatie),
		cmocka_unit_test(test_overbrugging),
		cmocka_unit_test(test_rapport),
		cmocka_unit_test(test_openapi),
	};

	const struct CMUnitTest demo[] = {
		cmocka_unit_test(test_demo_aantallen),
		cmocka_unit_test(test_demo_casuspagina),
		cmocka_unit_test(test_demo_rapport_2025),
	};
	int rc;

	curl_global_init(CURL_GLOBAL_DEFAULT);
	rc = cmocka_run_group_tests(tests, setup, teardown);
	return rc | cmocka_run_group_tests_name("demo", demo, setup_demo, teardown);
}
