/* test_leerpunt_http.c - systeemleren over HTTP: leerpunten imported with their casussen, what an ambassadeur sees and may
   change, the status history, forwarding, navraag, themas, the meeting agenda and the exports. */
#include "harness.h"

#include <jansson.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "client.h"
#include "lib/date.h"

static struct server_proc srv;
static char tok_regie[65], tok_vws[65], tok_szw[65], tok_onderz[65];

/* Fixed ids (the import keeps free ids): leerpunten 11-14, beleggingen 101-104. */
#define L_A "{\"referentie\":\"PMM-2023-0001\",\"ontvangenOp\":\"2023-04-03\",\"afgerondOp\":\"2023-06-01\"," \
	"\"resultaat\":\"Doorverwezen\",\"hulpvraag\":\"GEHEIM-A: zoon kan niet terug uit het buitenland\"," \
	"\"indienerType\":\"gemeente\",\"leefgebieden\":[\"verblijf\",\"zorg\"],\"leerpunten\":[{\"id\":11," \
	"\"omschrijving\":\"=cmd|' /C calc'!A0 repatriering\",\"categorie\":\"wet_en_regelgeving\",\"orde\":3," \
	"\"themas\":[\"repatriëringskosten onverzekerden\"],\"beleggingen\":[{\"id\":101,\"bij\":{\"naam\":\"VWS\"," \
	"\"type\":\"ministerie\"}},{\"id\":102,\"bij\":{\"naam\":\"SZW\",\"type\":\"ministerie\"}}]}]}"
#define L_B "{\"referentie\":\"PMM-2024-0001\",\"ontvangenOp\":\"2024-01-08\",\"afgerondOp\":\"2024-03-01\"," \
	"\"resultaat\":\"Opgelost\",\"hulpvraag\":\"GEHEIM-B\",\"indienerType\":\"gemeente\",\"leefgebieden\":[\"financien\"]," \
	"\"leerpunten\":[{\"id\":12,\"omschrijving\":\"Alleen-SZW leerpunt\",\"categorie\":\"samenwerking\",\"orde\":2," \
	"\"themas\":[\"repatriëringskosten onverzekerden\"],\"beleggingen\":[{\"id\":103,\"bij\":{\"naam\":\"SZW\"," \
	"\"type\":\"ministerie\"}}]},{\"id\":13,\"omschrijving\":\"Voorgesteld, nog niet belegd\",\"categorie\":\"ict\"," \
	"\"orde\":1}]}"
#define L_C "{\"referentie\":\"PMM-2024-0002\",\"ontvangenOp\":\"2024-02-01\",\"afgerondOp\":\"2024-05-01\"," \
	"\"resultaat\":\"Opgelost\",\"hulpvraag\":\"GEHEIM-C\",\"indienerType\":\"overig\",\"leefgebieden\":[\"wonen\"]," \
	"\"leerpunten\":[{\"id\":14,\"omschrijving\":\"PMM neemt regie\",\"categorie\":\"overig\",\"orde\":2," \
	"\"beleggingen\":[{\"id\":104,\"bij\":\"PMM\"}]}]}"
#define L_D "{\"referentie\":\"PMM-2025-0001\",\"ontvangenOp\":\"2025-02-01\",\"hulpvraag\":\"Nog open\"}"

static int
setup(void **state)
{
	const struct test_account accounts[] = {
		{ "regie@t.example", "Rik Regie", "regievoerder", "Landelijk Maatwerkloket Multiproblematiek", tok_regie },
		{ "amb-vws@t.example", "Vera VWS", "ambassadeur", "Ministerie van Volksgezondheid, Welzijn en Sport", tok_vws },
		{ "amb-szw@t.example", "Sam SZW", "ambassadeur", "Ministerie van Sociale Zaken en Werkgelegenheid", tok_szw },
		{ "onderzoek@t.example", "Olga Onderzoek", "onderzoeker", "Universiteit", tok_onderz },
		{ "indiener@t.example", "Ine Indiener", "indiener", "Gemeente Testdorp", NULL },
		{ "beheer@t.example", "Bert Beheer", "beheerder", "Gemeente Testdorp", NULL },
	};
	const char *import[] = { "import", "-", NULL };
	struct buf out;
	(void)state;

	if (server_start(&srv, NULL) != 0)
		return -1;
	buf_init(&out, 0);
	if (server_cli(&srv, L_A "\n" L_B "\n" L_C "\n" L_D "\n", &out, import) != 0) {
		buf_free(&out);
		return -1;
	}
	buf_free(&out);
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

/* ---- helpers ------------------------------------------------------------------- */

/* Signs in on a fresh client c. */
static void
login(struct client *c, const char *email)
{
	client_login_ok(c, &srv, email, "wachtwoord-test");
}

/* A form POST with the session's CSRF token (read from /leerpunten) prepended to body ("a=b&c=d"). */
static long
post(struct client *c, const char *path, const char *body, struct resp *r)
{
	return client_post_form(c, "/leerpunten", path, body, r);
}

/* A JSON API request with token on a fresh connection; the decoded body, the status in *status. */
static json_t *
api(const char *token, const char *method, const char *path, const char *body, long *status)
{
	return client_api_json(&srv, token, method, path, body, status);
}

static long
audit_count(const char *actie, const char *uitkomst)
{
	sqlite3 *db;
	sqlite3_stmt *s;
	long n = -1;

	assert_int_equal(sqlite3_open_v2(srv.db, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT count(*) FROM audit WHERE actie = ? AND uitkomst = ?", -1, &s,
	    NULL), SQLITE_OK);
	sqlite3_bind_text(s, 1, actie, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 2, uitkomst, -1, SQLITE_STATIC);
	if (sqlite3_step(s) == SQLITE_ROW)
		n = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	sqlite3_close(db);
	return n;
}

static const char *
vandaag(void)
{
	static char d[DATE_STRLEN];

	date_format(date_today_local(time(NULL)), d);
	return d;
}

static json_t *
belegging_van(json_t *leerpunt, json_int_t id)
{
	size_t i;
	json_t *b;

	json_array_foreach(json_object_get(leerpunt, "beleggingen"), i, b)
		if (json_integer_value(json_object_get(b, "id")) == id)
			return b;
	return NULL;
}

/* ---- tests ---------------------------------------------------------------------- */

static void
test_ambassadeur_sees_only_own_organisation(void **state)
{
	struct client c;
	struct resp r;
	json_t *j, *lp, *b;
	long st, gelezen;
	size_t i, k;
	(void)state;

	login(&c, "amb-vws@t.example");
	assert_int_equal(client_get(&c, "/leerpunten", &r), 200);
	assert_true(resp_contains(&r, "/leerpunten/11"));
	assert_false(resp_contains(&r, "Alleen-SZW leerpunt"));
	assert_false(resp_contains(&r, "Voorgesteld, nog niet belegd"));
	assert_false(resp_contains(&r, "Ministerie van Sociale Zaken"));   /* SZW's belegging on leerpunt 11 */
	resp_free(&r);
	assert_int_equal(client_get(&c, "/leerpunten/11", &r), 200);
	assert_true(resp_contains(&r, "PMM-2023-0001"));
	assert_true(resp_contains(&r, "Verblijf"));                         /* the casus summary */
	assert_false(resp_contains(&r, "GEHEIM-A"));                        /* not the free text: not invited */
	assert_false(resp_contains(&r, "opvolging bij Ministerie van Sociale Zaken"));   /* SZW's history */
	assert_true(resp_contains(&r, "/beleggingen/101/status"));          /* may update VWS's belegging */
	assert_false(resp_contains(&r, "/beleggingen/102/status"));
	assert_false(resp_contains(&r, "/leerpunten/11/beleggingen"));      /* beleggen is the regievoerder's */
	resp_free(&r);
	assert_int_equal(client_get(&c, "/leerpunten/12", &r), 404);               /* only bij SZW */
	resp_free(&r);
	assert_int_equal(client_get(&c, "/leerpunten/13", &r), 404);               /* niet belegd */
	resp_free(&r);
	assert_int_equal(client_get(&c, "/leerpunten/9999", &r), 404);
	resp_free(&r);
	assert_int_equal(client_get(&c, "/bijeenkomsten", &r), 403);
	resp_free(&r);
	client_free(&c);

	/* the API: every belegging shown is bij VWS */
	j = api(tok_vws, "GET", "/api/v1/leerpunten?paginaGrootte=100", NULL, &st);
	assert_int_equal(st, 200);
	assert_int_equal(json_integer_value(json_object_get(j, "totaal")), 1);
	json_array_foreach(json_object_get(j, "leerpunten"), i, lp) {
		json_array_foreach(json_object_get(lp, "beleggingen"), k, b)
			assert_string_equal(json_string_value(json_object_get(json_object_get(b, "bij"), "code")), "VWS");
		json_array_foreach(json_object_get(lp, "casussen"), k, b)
			assert_null(json_object_get(b, "hulpvraag"));
	}
	json_decref(j);
	j = api(tok_vws, "GET", "/api/v1/leerpunten/12", NULL, &st);
	assert_int_equal(st, 404);
	json_decref(j);
	j = api(tok_vws, "GET", "/api/v1/leerpunten?organisatieId=2", NULL, &st);   /* asking for SZW: nothing */
	assert_int_equal(st, 200);
	assert_int_equal(json_integer_value(json_object_get(j, "totaal")), 0);
	json_decref(j);

	/* the regievoerder sees everything, with the free text (a read of the casus, audited as such);
	   the onderzoeker all leerpunten without it */
	gelezen = audit_count("casus.lezen", "toegestaan");
	j = api(tok_regie, "GET", "/api/v1/leerpunten/11", NULL, &st);
	assert_int_equal(st, 200);
	assert_int_equal(json_array_size(json_object_get(j, "beleggingen")), 2);
	assert_non_null(strstr(json_string_value(json_object_get(json_array_get(json_object_get(j, "casussen"), 0),
	    "hulpvraag")), "GEHEIM-A"));
	json_decref(j);
	j = api(tok_onderz, "GET", "/api/v1/leerpunten/11", NULL, &st);
	assert_int_equal(st, 200);
	assert_int_equal(json_array_size(json_object_get(j, "beleggingen")), 2);
	assert_null(json_object_get(json_array_get(json_object_get(j, "casussen"), 0), "hulpvraag"));
	json_decref(j);
	assert_int_equal(audit_count("casus.lezen", "toegestaan"), gelezen + 1);
	j = api(tok_regie, "GET", "/api/v1/leerpunten?status=niet_belegd", NULL, &st);
	assert_int_equal(json_integer_value(json_object_get(j, "totaal")), 1);
	json_decref(j);
}

static void
test_ambassadeur_cannot_update_other_ministry(void **state)
{
	struct client c;
	struct resp r;
	long before = audit_count("belegging.status", "geweigerd"), st;
	json_t *j;
	(void)state;

	login(&c, "amb-vws@t.example");
	assert_int_equal(post(&c, "/beleggingen/102/status", "status=opgevolgd&datum=2024-06-01", &r), 404);
	resp_free(&r);
	assert_int_equal(post(&c, "/beleggingen/102/doorzetten", "organisatie=1&bevestig=ja", &r), 404);
	resp_free(&r);
	assert_int_equal(post(&c, "/leerpunten/11/beleggingen", "organisatie=1", &r), 403);   /* not a regievoerder */
	resp_free(&r);
	client_free(&c);
	j = api(tok_vws, "POST", "/api/v1/beleggingen/103/statussen", "{\"status\":\"opgevolgd\"}", &st);
	assert_int_equal(st, 404);
	json_decref(j);
	assert_int_equal(audit_count("belegging.status", "geweigerd"), before + 2);

	/* the onderzoeker reads but does not update: 403 */
	login(&c, "onderzoek@t.example");
	assert_int_equal(post(&c, "/beleggingen/101/status", "status=opgevolgd&datum=2024-06-01", &r), 403);
	assert_true(resp_contains(&r, "Geen toegang"));
	resp_free(&r);
	client_free(&c);

	/* nothing changed */
	j = api(tok_regie, "GET", "/api/v1/leerpunten/11", NULL, &st);
	assert_string_equal(json_string_value(json_object_get(belegging_van(j, 102), "status")), "belegd");
	assert_string_equal(json_string_value(json_object_get(belegging_van(j, 101), "status")), "belegd");
	json_decref(j);
}

static void
test_status_history_and_current_status(void **state)
{
	struct client c;
	struct resp r;
	json_t *j, *b, *h;
	long st, before = audit_count("belegging.status", "toegestaan");
	char body[256];
	int volgende;
	char want[DATE_STRLEN];
	(void)state;

	login(&c, "amb-vws@t.example");
	assert_int_equal(post(&c, "/beleggingen/101/status", "status=in_verkenning&datum=2024-06-01&bron=e-mail"
	    "&notitie=VWS+verkent+een+regeling", &r), 303);
	assert_non_null(strstr(resp_header(&r, "Location"), "/leerpunten/11"));
	resp_free(&r);
	snprintf(body, sizeof(body), "status=in_uitvoering&datum=%s&bron=ambassadeursoverleg", vandaag());
	assert_int_equal(post(&c, "/beleggingen/101/status", body, &r), 303);
	resp_free(&r);
	/* refused: going back without a note, geen opvolging without a reden, a date before the current one */
	assert_int_equal(post(&c, "/beleggingen/101/status", "status=in_verkenning", &r), 400);
	resp_free(&r);
	snprintf(body, sizeof(body), "status=in_verkenning&datum=%s", vandaag());
	assert_int_equal(post(&c, "/beleggingen/101/status", body, &r), 400);
	assert_true(resp_contains(&r, "toelichting"));
	assert_true(resp_contains(&r, "aria-invalid=\"true\""));
	resp_free(&r);
	snprintf(body, sizeof(body), "status=geen_opvolging&datum=%s", vandaag());
	assert_int_equal(post(&c, "/beleggingen/101/status", body, &r), 400);
	assert_true(resp_contains(&r, "Kies waarom er geen opvolging is"));
	resp_free(&r);
	assert_int_equal(post(&c, "/beleggingen/101/status", "status=opgevolgd&datum=2024-01-01", &r), 400);
	resp_free(&r);
	client_free(&c);
	assert_int_equal(audit_count("belegging.status", "toegestaan"), before + 2);

	j = api(tok_regie, "GET", "/api/v1/leerpunten/11", NULL, &st);
	assert_int_equal(st, 200);
	b = belegging_van(j, 101);
	assert_non_null(b);
	assert_string_equal(json_string_value(json_object_get(b, "status")), "in_uitvoering");
	assert_string_equal(json_string_value(json_object_get(b, "statusDatum")), vandaag());
	assert_string_equal(json_string_value(json_object_get(b, "belegdOp")), "2023-06-01");   /* import: afgerondOp */
	date_parse(vandaag(), &volgende);
	date_format(date_add_months(volgende, 6), want);
	assert_string_equal(json_string_value(json_object_get(b, "volgendeNavraag")), want);
	h = json_object_get(b, "historie");
	assert_int_equal(json_array_size(h), 3);
	assert_string_equal(json_string_value(json_object_get(json_array_get(h, 0), "status")), "belegd");
	assert_string_equal(json_string_value(json_object_get(json_array_get(h, 1), "status")), "in_verkenning");
	assert_string_equal(json_string_value(json_object_get(json_array_get(h, 1), "notitie")),
	    "VWS verkent een regeling");
	assert_string_equal(json_string_value(json_object_get(json_array_get(h, 1), "bron")), "e-mail");
	assert_string_equal(json_string_value(json_object_get(json_array_get(h, 2), "auteur")), "Vera VWS");
	json_decref(j);

	/* over the API: geen opvolging with a reden closes it (no further navraag) */
	j = api(tok_szw, "POST", "/api/v1/beleggingen/103/statussen",
	    "{\"status\":\"geen_opvolging\",\"reden\":\"bewuste_beleidskeuze\",\"bron\":\"interview\"}", &st);
	assert_int_equal(st, 201);
	assert_string_equal(json_string_value(json_object_get(j, "status")), "geen_opvolging");
	assert_string_equal(json_string_value(json_object_get(j, "reden")), "bewuste_beleidskeuze");
	assert_true(json_is_null(json_object_get(j, "volgendeNavraag")));
	json_decref(j);
	j = api(tok_szw, "POST", "/api/v1/beleggingen/102/statussen", "{\"status\":\"geen_opvolging\"}", &st);
	assert_int_equal(st, 400);
	assert_string_equal(json_string_value(json_object_get(json_array_get(json_object_get(j, "invalidParams"), 0),
	    "name")), "reden");
	json_decref(j);
	j = api(tok_szw, "POST", "/api/v1/beleggingen/102/statussen", "{\"status\":\"opgevolgd\",\"extra\":1}", &st);
	assert_int_equal(st, 400);
	json_decref(j);
}

static void
test_forward_keeps_history(void **state)
{
	struct client c;
	struct resp r;
	json_t *j, *oud, *nieuw = NULL, *b;
	long st;
	size_t i;
	(void)state;

	login(&c, "regie@t.example");
	/* without the confirmation: refused, nothing forwarded */
	assert_int_equal(post(&c, "/beleggingen/102/doorzetten", "organisatie=3&notitie=Hoort+bij+JenV", &r), 400);
	assert_true(resp_contains(&r, "Bevestig"));
	resp_free(&r);
	assert_int_equal(post(&c, "/beleggingen/102/doorzetten", "organisatie=2&bevestig=ja", &r), 400);   /* itself */
	resp_free(&r);
	assert_int_equal(post(&c, "/beleggingen/102/doorzetten", "organisatie=3&bevestig=ja&notitie=Hoort+bij+JenV",
	    &r), 303);
	resp_free(&r);
	assert_int_equal(post(&c, "/beleggingen/102/doorzetten", "organisatie=4&bevestig=ja", &r), 409);   /* again */
	resp_free(&r);
	assert_int_equal(post(&c, "/beleggingen/102/status", "status=opgevolgd", &r), 409);   /* closed here */
	resp_free(&r);
	client_free(&c);

	j = api(tok_regie, "GET", "/api/v1/leerpunten/11", NULL, &st);
	assert_int_equal(st, 200);
	oud = belegging_van(j, 102);
	assert_non_null(oud);
	json_array_foreach(json_object_get(j, "beleggingen"), i, b)
		if (json_integer_value(json_object_get(b, "doorgezetVan")) == 102)
			nieuw = b;
	assert_non_null(nieuw);
	assert_int_equal(json_integer_value(json_object_get(oud, "doorgezetNaar")),
	    json_integer_value(json_object_get(nieuw, "id")));
	assert_true(json_is_null(json_object_get(oud, "volgendeNavraag")));
	assert_int_equal(json_array_size(json_object_get(oud, "historie")), 2);   /* belegd + "Doorgezet naar" */
	assert_non_null(strstr(json_string_value(json_object_get(json_array_get(json_object_get(oud, "historie"), 1),
	    "notitie")), "Doorgezet naar Ministerie van Justitie en Veiligheid. Hoort bij JenV"));
	assert_string_equal(json_string_value(json_object_get(json_object_get(nieuw, "bij"), "code")), "JenV");
	assert_string_equal(json_string_value(json_object_get(nieuw, "status")), "belegd");
	assert_non_null(strstr(json_string_value(json_object_get(json_array_get(json_object_get(nieuw, "historie"), 0),
	    "notitie")), "Doorgezet vanuit Ministerie van Sociale Zaken"));
	json_decref(j);
	assert_int_equal(audit_count("belegging.doorzetten", "toegestaan"), 1);
}

static void
test_navraag_due_list(void **state)
{
	struct client c;
	struct resp r;
	json_t *j, *g, *b;
	long st;
	size_t i, k;
	bool pmm = false, vws_101 = false, szw_103 = false, vws_amb = false;
	(void)state;

	/* leerpunt 14 also belegd bij VWS, a year ago: its first navraag is overdue */
	login(&c, "regie@t.example");
	assert_int_equal(post(&c, "/leerpunten/14/beleggingen", "organisatie=1&datum=2024-01-01", &r), 303);
	resp_free(&r);
	client_free(&c);

	/* imported beleggingen have no planned navraag: due at once; updated ones come back in six months */
	j = api(tok_regie, "GET", "/api/v1/navraag", NULL, &st);
	assert_int_equal(st, 200);
	assert_string_equal(json_string_value(json_object_get(j, "peildatum")), vandaag());
	json_array_foreach(json_object_get(j, "organisaties"), i, g) {
		const char *code = json_string_value(json_object_get(json_object_get(g, "organisatie"), "code"));
		json_array_foreach(json_object_get(g, "beleggingen"), k, b) {
			json_int_t id = json_integer_value(json_object_get(b, "id"));
			assert_string_equal(json_string_value(json_object_get(json_object_get(b, "bij"), "code")), code);
			pmm |= id == 104;
			vws_101 |= id == 101;       /* updated today: next navraag in six months */
			szw_103 |= id == 103;       /* geen opvolging: closed */
			assert_true(id != 102);     /* forwarded */
		}
		if (code != NULL && strcmp(code, "VWS") == 0) {
			vws_amb = true;
			assert_string_equal(json_string_value(json_object_get(json_array_get(json_object_get(g,
			    "ambassadeurs"), 0), "naam")), "Vera VWS");
		}
	}
	assert_true(pmm);
	assert_true(vws_amb);
	assert_false(vws_101);
	assert_false(szw_103);
	json_decref(j);

	/* an ambassadeur sees only their organisation's */
	j = api(tok_szw, "GET", "/api/v1/navraag", NULL, &st);
	assert_int_equal(st, 200);
	json_array_foreach(json_object_get(j, "organisaties"), i, g)
		assert_string_equal(json_string_value(json_object_get(json_object_get(g, "organisatie"), "code")), "SZW");
	json_decref(j);

	login(&c, "regie@t.example");
	assert_int_equal(client_get(&c, "/navraag", &r), 200);
	assert_true(resp_contains(&r, "Professionals voor Maatwerk Multiproblematiek"));
	assert_true(resp_contains(&r, "/leerpunten/14#belegging-104"));
	resp_free(&r);
	client_free(&c);
}

static void
test_thema_page_across_years(void **state)
{
	struct client c;
	struct resp r;
	json_t *j, *t;
	long st;
	size_t i;
	bool found = false;
	(void)state;

	j = api(tok_regie, "GET", "/api/v1/themas", NULL, &st);
	assert_int_equal(st, 200);
	json_array_foreach(json_object_get(j, "themas"), i, t)
		if (strcmp(json_string_value(json_object_get(t, "thema")), "repatriëringskosten onverzekerden") == 0) {
			found = true;
			assert_int_equal(json_integer_value(json_object_get(t, "leerpunten")), 2);
			assert_int_equal(json_integer_value(json_object_get(t, "vanJaar")), 2023);
			assert_int_equal(json_integer_value(json_object_get(t, "totJaar")), 2024);
		}
	assert_true(found);
	json_decref(j);

	login(&c, "regie@t.example");
	assert_int_equal(client_get(&c, "/themas", &r), 200);
	assert_true(resp_contains(&r, "/themas/repatri%C3%ABringskosten%20onverzekerden"));
	resp_free(&r);
	assert_int_equal(client_get(&c, "/themas/repatri%C3%ABringskosten%20onverzekerden", &r), 200);
	assert_true(resp_contains(&r, "PMM-2023-0001"));
	assert_true(resp_contains(&r, "PMM-2024-0001"));
	assert_true(resp_contains(&r, "2023 (1)"));
	assert_true(resp_contains(&r, "2024 (1)"));
	assert_true(resp_contains(&r, "/leerpunten/12"));
	resp_free(&r);
	/* a regievoerder adds a thema to a leerpunt; a slash in a thema works through ?thema= */
	assert_int_equal(post(&c, "/leerpunten/14/themas", "thema=vrijwillig%2Fgedwongen+kader", &r), 303);
	resp_free(&r);
	assert_int_equal(post(&c, "/leerpunten/14/themas", "thema=+++", &r), 400);
	resp_free(&r);
	assert_int_equal(client_get(&c, "/leerpunten/14", &r), 200);
	assert_true(resp_contains(&r, "/themas?thema=vrijwillig%2Fgedwongen%20kader"));
	resp_free(&r);
	assert_int_equal(client_get(&c, "/themas?thema=vrijwillig%2Fgedwongen%20kader", &r), 200);
	assert_true(resp_contains(&r, "PMM-2024-0002"));
	resp_free(&r);
	client_free(&c);

	/* the VWS ambassadeur's thema page leaves out the SZW-only leerpunt */
	login(&c, "amb-vws@t.example");
	assert_int_equal(client_get(&c, "/themas/repatri%C3%ABringskosten%20onverzekerden", &r), 200);
	assert_true(resp_contains(&r, "/leerpunten/11"));
	assert_false(resp_contains(&r, "/leerpunten/12"));
	resp_free(&r);
	client_free(&c);
}

static long
maak_bijeenkomst(struct client *c, const char *soort)
{
	struct resp r;
	char body[128];
	const char *loc;
	long id;

	snprintf(body, sizeof(body), "soort=%s&datum=%s", soort, vandaag());
	assert_int_equal(post(c, "/bijeenkomsten", body, &r), 303);
	loc = resp_header(&r, "Location");
	assert_non_null(loc);
	id = strtol(loc + strlen("/bijeenkomsten/"), NULL, 10);
	resp_free(&r);
	assert_true(id > 0);
	return id;
}

static bool
agenda_has(long id, const char *ref)
{
	char path[64];
	long st;
	json_t *j, *c;
	size_t i;
	bool found = false;

	snprintf(path, sizeof(path), "/api/v1/bijeenkomsten/%ld/agenda", id);
	j = api(tok_regie, "GET", path, NULL, &st);
	assert_int_equal(st, 200);
	json_array_foreach(json_object_get(j, "casussen"), i, c)
		found |= strcmp(json_string_value(json_object_get(c, "referentie")), ref) == 0;
	json_decref(j);
	return found;
}

static void
test_meeting_agenda_excludes_discussed(void **state)
{
	struct client c;
	struct resp r;
	char path[64];
	long sig1, sig2, amb, st;
	json_t *j;
	(void)state;

	login(&c, "regie@t.example");
	assert_int_equal(client_get(&c, "/bijeenkomsten", &r), 200);
	resp_free(&r);
	sig1 = maak_bijeenkomst(&c, "signalenoverleg");
	assert_true(agenda_has(sig1, "PMM-2023-0001"));
	assert_true(agenda_has(sig1, "PMM-2024-0001"));
	assert_false(agenda_has(sig1, "PMM-2025-0001"));      /* still open */
	snprintf(path, sizeof(path), "/api/v1/bijeenkomsten/%ld/agenda", sig1);
	j = api(tok_regie, "GET", path, NULL, &st);
	assert_int_equal(json_array_size(json_object_get(j, "nietBelegdeLeerpunten")), 1);   /* leerpunt 13 */
	assert_int_equal(json_integer_value(json_object_get(json_array_get(json_object_get(j, "nietBelegdeLeerpunten"),
	    0), "id")), 13);
	json_decref(j);

	snprintf(path, sizeof(path), "/bijeenkomsten/%ld/besluiten", sig1);
	assert_int_equal(post(&c, path, "casus=PMM-2023-0001&besluit=Leerpunt+aangescherpt%3B+naar+VWS+en+SZW", &r), 303);
	resp_free(&r);
	assert_int_equal(post(&c, path, "casus=PMM-2099-0001&besluit=x", &r), 400);
	resp_free(&r);
	snprintf(path, sizeof(path), "/bijeenkomsten/%ld", sig1);
	assert_int_equal(client_get(&c, path, &r), 200);
	assert_true(resp_contains(&r, "Leerpunt aangescherpt; naar VWS en SZW"));
	resp_free(&r);
	assert_true(agenda_has(sig1, "PMM-2023-0001"));       /* its own meeting still shows it, with the besluit */

	sig2 = maak_bijeenkomst(&c, "signalenoverleg");
	assert_false(agenda_has(sig2, "PMM-2023-0001"));      /* discussed in the previous signalenoverleg */
	assert_true(agenda_has(sig2, "PMM-2024-0001"));
	amb = maak_bijeenkomst(&c, "ambassadeursoverleg");
	assert_true(agenda_has(amb, "PMM-2023-0001"));        /* not yet in an ambassadeursoverleg */

	/* the leerpunt's casus shows when it was discussed */
	j = api(tok_regie, "GET", "/api/v1/leerpunten/11", NULL, &st);
	assert_string_equal(json_string_value(json_object_get(json_array_get(json_object_get(j, "casussen"), 0),
	    "besprokenOp")), vandaag());
	json_decref(j);
	/* and the casus page itself says so, with the besluit */
	assert_int_equal(client_get(&c, "/casussen/PMM-2023-0001", &r), 200);
	assert_true(resp_contains(&r, "Besproken in overleggen"));
	assert_true(resp_contains(&r, "Leerpunt aangescherpt; naar VWS en SZW"));
	resp_free(&r);
	assert_int_equal(client_get(&c, "/casussen/PMM-2024-0001", &r), 200);
	assert_true(resp_contains(&r, "Nog niet besproken"));
	resp_free(&r);
	assert_int_equal(client_get(&c, "/bijeenkomsten/99999", &r), 404);
	resp_free(&r);
	client_free(&c);

	j = api(tok_vws, "GET", "/api/v1/bijeenkomsten/1/agenda", NULL, &st);   /* ambassadeurs do not run them */
	assert_int_equal(st, 403);
	json_decref(j);
}

static void
test_beleggen_and_export(void **state)
{
	struct client c;
	struct resp r;
	long before = audit_count("leerpunt.export", "toegestaan"), st;
	json_t *j;
	(void)state;

	login(&c, "regie@t.example");
	/* beleggen: leerpunt 13 bij PMM over the API, bij VWS in the browser */
	j = api(tok_regie, "POST", "/api/v1/leerpunten/13/beleggingen", "{\"organisatieCode\":\"pmm\",\"bron\":"
	    "\"ambassadeursoverleg\"}", &st);
	assert_int_equal(st, 201);
	assert_string_equal(json_string_value(json_object_get(json_object_get(j, "bij"), "code")), "PMM");
	assert_string_equal(json_string_value(json_object_get(j, "status")), "belegd");
	json_decref(j);
	j = api(tok_regie, "POST", "/api/v1/leerpunten/13/beleggingen", "{\"organisatieCode\":\"PMM\"}", &st);
	assert_int_equal(st, 409);                             /* already open bij PMM */
	json_decref(j);
	j = api(tok_vws, "POST", "/api/v1/leerpunten/13/beleggingen", "{\"organisatieCode\":\"VWS\"}", &st);
	assert_int_equal(st, 403);
	json_decref(j);
	assert_int_equal(post(&c, "/leerpunten/13/beleggingen", "organisatie=1&bron=ambassadeursoverleg", &r), 303);
	resp_free(&r);
	assert_int_equal(post(&c, "/leerpunten/13/beleggingen", "organisatie=", &r), 400);
	resp_free(&r);

	/* CSV: "=cmd" neutralised, one row per belegging */
	assert_int_equal(client_get(&c, "/leerpunten/export.csv", &r), 200);
	assert_non_null(strstr(resp_header(&r, "Content-Type"), "text/csv"));
	assert_non_null(strstr(resp_header(&r, "Content-Disposition"), "attachment"));
	assert_true(resp_contains(&r, "\"'=cmd|"));
	assert_false(resp_contains(&r, ",=cmd"));
	assert_true(resp_contains(&r, "Leerpunt,Omschrijving,Categorie"));
	resp_free(&r);
	assert_int_equal(client_get(&c, "/leerpunten/export.xlsx?categorie=wet_en_regelgeving", &r), 200);
	assert_true(r.body.len > 100 && memcmp(r.body.data, "PK", 2) == 0);
	resp_free(&r);
	assert_int_equal(client_get(&c, "/leerpunten/export.csv?categorie=bestaat_niet", &r), 400);
	resp_free(&r);
	client_free(&c);
	assert_int_equal(audit_count("leerpunt.export", "toegestaan"), before + 2);

	/* the ambassadeur's export holds only their beleggingen */
	login(&c, "amb-szw@t.example");
	assert_int_equal(client_get(&c, "/leerpunten/export.csv", &r), 200);
	assert_true(resp_contains(&r, "Alleen-SZW leerpunt"));
	assert_false(resp_contains(&r, "Volksgezondheid"));
	assert_false(resp_contains(&r, "PMM neemt regie"));
	resp_free(&r);
	client_free(&c);
}

static void
test_roles_at_the_door(void **state)
{
	static const char *const paden[] = { "/leerpunten", "/leerpunten/11", "/navraag", "/themas",
		"/leerpunten/export.csv", NULL };
	struct client c;
	struct resp r;
	(void)state;

	for (size_t i = 0; paden[i] != NULL; i++) {
		client_init(&c, &srv);
		assert_int_equal(client_get(&c, paden[i], &r), 303);      /* anonymous: to the login page */
		resp_free(&r);
		client_free(&c);
		login(&c, "indiener@t.example");
		assert_int_equal(client_get(&c, paden[i], &r), 403);
		resp_free(&r);
		client_free(&c);
		login(&c, "beheer@t.example");
		assert_int_equal(client_get(&c, paden[i], &r), 403);
		resp_free(&r);
		client_free(&c);
	}
	login(&c, "onderzoek@t.example");
	assert_int_equal(client_get(&c, "/leerpunten/12", &r), 200);
	assert_false(resp_contains(&r, "GEHEIM-B"));
	assert_false(resp_contains(&r, "/beleggingen/103/status"));
	resp_free(&r);
	assert_int_equal(client_get(&c, "/bijeenkomsten", &r), 403);
	resp_free(&r);
	assert_int_equal(post(&c, "/leerpunten/12/themas", "thema=x", &r), 403);
	resp_free(&r);
	client_free(&c);
	assert_true(audit_count("leerpunt.lezen", "toegestaan") > 0);
	assert_true(audit_count("leerpunt.lezen", "geweigerd") > 0);
}

int
main(void)
{
	/* Ordered: later tests build on what earlier ones changed. */
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ambassadeur_sees_only_own_organisation),
		cmocka_unit_test(test_ambassadeur_cannot_update_other_ministry),
		cmocka_unit_test(test_status_history_and_current_status),
		cmocka_unit_test(test_forward_keeps_history),
		cmocka_unit_test(test_navraag_due_list),
		cmocka_unit_test(test_thema_page_across_years),
		cmocka_unit_test(test_meeting_agenda_excludes_discussed),
		cmocka_unit_test(test_beleggen_and_export),
		cmocka_unit_test(test_roles_at_the_door),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
