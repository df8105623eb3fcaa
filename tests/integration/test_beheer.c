/* test_beheer.c - the network in beheer over HTTP: organisations (fields, cycles, history, merging), proposals
   from intake, the organisation API, CSV import and export, accounts, requests for access and one-time links.
   Each bad input answers a Dutch 4xx and leaves the data as they were. */
#include "harness.h"

#include <stdio.h>
#include <string.h>

#include "client.h"

static struct server_proc srv;
static char tok_regie[65], tok_indiener[65], tok_beheer[65];

#define REGIE "regie@beheer.example"
#define INDIENER "indiener@beheer.example"
#define BEHEER "beheer@beheer.example"
#define PW "wachtwoord-test"

static int
setup(void **state)
{
	const struct test_account accounts[] = {
		{ REGIE, "Rik Regie", "regievoerder", NULL, tok_regie },
		{ INDIENER, "Iris Indiener", "indiener", NULL, tok_indiener },
		{ BEHEER, "Bea Beheer", "beheerder", NULL, tok_beheer },
	};

	(void)state;
	return server_start_with(&srv, NULL, PW, accounts, sizeof(accounts) / sizeof(accounts[0]));
}

static int
teardown(void **state)
{
	(void)state;
	return server_stop(&srv) == 0 ? 0 : -1;
}

/* POSTs a form as a signed-in user and returns the status; the body stays in r (free it). */
static long
post(struct client *c, const char *pagina, const char *pad, const char *body, struct resp *r)
{
	return client_post_form(c, pagina, pad, body, r);
}

static long long
org_id(const char *naam)
{
	char q[512];

	snprintf(q, sizeof(q), "SELECT id FROM organisatie WHERE naam = '%s'", naam);
	return server_sql_int(&srv, q);
}

/* ---- organisations in the browser ---------------------------------------------------- */

static void
test_organisatie_bad_input(void **state)
{
	struct client c;
	struct resp r;
	long long n = server_sql_int(&srv, "SELECT count(*) FROM organisatie");
	(void)state;

	client_login_ok(&c, &srv, REGIE, PW);
	assert_int_equal(post(&c, "/beheer/organisaties/nieuw", "/beheer/organisaties", "naam=Stichting+X&type=ambassade", &r), 400);
	assert_true(resp_contains(&r, "Kies het soort organisatie uit de lijst"));
	resp_free(&r);
	assert_int_equal(post(&c, "/beheer/organisaties/nieuw", "/beheer/organisaties",
	    "naam=Stichting+X&type=overig&email=info%40stichting", &r), 400);
	assert_true(resp_contains(&r, "geen geldig e-mailadres"));
	resp_free(&r);
	assert_int_equal(post(&c, "/beheer/organisaties/nieuw", "/beheer/organisaties",
	    "naam=Stichting+X&type=overig&telefoon=070-HELP", &r), 400);
	assert_true(resp_contains(&r, "Een telefoonnummer bevat geen letters"));
	resp_free(&r);
	assert_int_equal(post(&c, "/beheer/organisaties/nieuw", "/beheer/organisaties", "naam=%C3%28&type=overig", &r), 400);
	resp_free(&r);
	assert_int_equal(post(&c, "/beheer/organisaties/nieuw", "/beheer/organisaties", "naam=UWV&type=landelijke_publieke_dienstverlener", &r), 409);
	assert_true(resp_contains(&r, "Er staat al een organisatie van dit soort met deze naam"));
	resp_free(&r);
	assert_int_equal(server_sql_int(&srv, "SELECT count(*) FROM organisatie"), n);   /* nothing written */
	client_free(&c);
}

static void
test_organisatie_cycle_and_history(void **state)
{
	struct client c;
	struct resp r;
	char body[256], pad[128];
	long long ouder, kind, n;
	(void)state;

	client_login_ok(&c, &srv, REGIE, PW);
	assert_int_equal(post(&c, "/beheer/organisaties/nieuw", "/beheer/organisaties", "naam=Gemeente+Ouderstad&type=gemeente", &r), 303);
	resp_free(&r);
	ouder = org_id("Gemeente Ouderstad");
	snprintf(body, sizeof(body), "naam=Wijkteam+Ouderstad&type=loket&parent=%lld", ouder);
	assert_int_equal(post(&c, "/beheer/organisaties/nieuw", "/beheer/organisaties", body, &r), 303);
	resp_free(&r);
	kind = org_id("Wijkteam Ouderstad");

	/* the whole made a part of its own part: a cycle */
	snprintf(pad, sizeof(pad), "/beheer/organisaties/%lld", ouder);
	snprintf(body, sizeof(body), "naam=Gemeente+Ouderstad&type=gemeente&parent=%lld", kind);
	assert_int_equal(post(&c, pad, pad, body, &r), 400);
	assert_true(resp_contains(&r, "kring"));
	resp_free(&r);
	snprintf(body, sizeof(body), "naam=Gemeente+Ouderstad&type=gemeente&parent=%lld", ouder);
	assert_int_equal(post(&c, pad, pad, body, &r), 400);   /* itself */
	assert_true(resp_contains(&r, "geen onderdeel van zichzelf"));
	resp_free(&r);
	snprintf(body, sizeof(body), "SELECT count(*) FROM organisatie WHERE id = %lld AND parent_id IS NULL", ouder);
	assert_int_equal(server_sql_int(&srv, body), 1);

	/* the connection history: an akkoord, the same one twice, a date in the future */
	snprintf(pad, sizeof(pad), "/beheer/organisaties/%lld/aansluitingen", ouder);
	snprintf(body, sizeof(body), "/beheer/organisaties/%lld", ouder);
	assert_int_equal(post(&c, body, pad, "status=bestuurlijk_aangesloten&datum=2022-03-10&bron=besluit+college", &r), 303);
	resp_free(&r);
	assert_int_equal(post(&c, body, pad, "status=bestuurlijk_aangesloten&datum=2022-03-10", &r), 409);
	assert_true(resp_contains(&r, "staat al met deze datum"));
	resp_free(&r);
	assert_int_equal(post(&c, body, pad, "status=beeindigd&datum=2999-01-01", &r), 400);
	assert_true(resp_contains(&r, "toekomst"));
	resp_free(&r);
	assert_int_equal(post(&c, body, pad, "status=vergeten&datum=2023-01-01", &r), 400);
	resp_free(&r);
	snprintf(body, sizeof(body), "SELECT count(*) FROM organisatie_aansluiting WHERE organisatie_id = %lld", ouder);
	assert_int_equal(server_sql_int(&srv, body), 1);
	snprintf(body, sizeof(body), "SELECT aangesloten_sinds = '2022-03-10' FROM organisatie WHERE id = %lld", ouder);
	assert_int_equal(server_sql_int(&srv, body), 1);
	n = server_audit_count(&srv, "organisatie.aansluiting", AUDIT_TOEGESTAAN);
	assert_int_equal(n, 1);
	client_free(&c);
}

static void
test_merge(void **state)
{
	struct client c;
	struct resp r;
	char body[256], pad[128], q[256];
	long long van, naar, uwv = org_id("UWV");
	(void)state;

	client_login_ok(&c, &srv, REGIE, PW);
	assert_int_equal(post(&c, "/beheer/organisaties/nieuw", "/beheer/organisaties", "naam=UWV+Amsterdam&type=overig", &r), 303);
	resp_free(&r);
	van = org_id("UWV Amsterdam");
	snprintf(q, sizeof(q), "INSERT INTO persoon (naam, email, organisatie_id) VALUES ('Piet', 'piet@uwv.example', %lld)", van);
	server_sql_exec(&srv, q);
	snprintf(pad, sizeof(pad), "/beheer/organisaties/%lld/samenvoegen", van);
	snprintf(body, sizeof(body), "/beheer/organisaties/%lld", van);
	snprintf(q, sizeof(q), "naar=%lld", van);
	assert_int_equal(post(&c, body, pad, q, &r), 400);                 /* into itself */
	assert_true(resp_contains(&r, "niet met zichzelf"));
	resp_free(&r);
	/* a ministry into its own agency: SZW into UWV */
	snprintf(pad, sizeof(pad), "/beheer/organisaties/%lld/samenvoegen", server_sql_int(&srv, "SELECT id FROM organisatie WHERE code = 'SZW'"));
	snprintf(q, sizeof(q), "naar=%lld", uwv);
	assert_int_equal(post(&c, "/beheer/organisaties", pad, q, &r), 400);
	assert_true(resp_contains(&r, "onderdeel van de organisatie die zou verdwijnen"));
	resp_free(&r);
	assert_int_equal(server_sql_int(&srv, "SELECT count(*) FROM organisatie WHERE code = 'SZW'"), 1);
	/* two ministries are never the same */
	snprintf(pad, sizeof(pad), "/beheer/organisaties/%lld/samenvoegen", server_sql_int(&srv, "SELECT id FROM organisatie WHERE code = 'VWS'"));
	snprintf(q, sizeof(q), "naar=%lld", server_sql_int(&srv, "SELECT id FROM organisatie WHERE code = 'OCW'"));
	assert_int_equal(post(&c, "/beheer/organisaties", pad, q, &r), 400);
	resp_free(&r);

	/* UWV Amsterdam is UWV: Piet moves, UWV Amsterdam is gone, the merge is audited */
	naar = uwv;
	snprintf(pad, sizeof(pad), "/beheer/organisaties/%lld/samenvoegen", van);
	snprintf(q, sizeof(q), "naar=%lld", naar);
	assert_int_equal(post(&c, body, pad, q, &r), 303);
	resp_free(&r);
	assert_int_equal(org_id("UWV Amsterdam"), -1);
	assert_int_equal(server_sql_int(&srv, "SELECT organisatie_id FROM persoon WHERE email = 'piet@uwv.example'"), naar);
	assert_int_equal(server_audit_count(&srv, "organisatie.samenvoegen", AUDIT_TOEGESTAAN), 1);
	assert_true(server_audit_count(&srv, "organisatie.samenvoegen", AUDIT_MISLUKT) >= 3);
	client_free(&c);
}

/* ---- a name typed at intake is a proposal -------------------------------------------- */

static void
test_intake_makes_proposals(void **state)
{
	const char *casus = "{\"hulpvraag\":\"Huurschuld en zorg lopen vast\",\"leefgebieden\":[\"wonen\"],"
	    "\"betrokkenOrganisaties\":[{\"naam\":\"Stichting Nergensthuis\",\"type\":\"overig\",\"rol\":\"opvang\"},"
	    "{\"naam\":\"UWV\",\"type\":\"landelijke_publieke_dienstverlener\"}]}";
	struct client c;
	struct resp r;
	long status;
	json_t *j;
	long long voorstel;
	char pad[128], body[256];
	(void)state;

	j = client_api_json(&srv, tok_indiener, "POST", "/api/v1/casussen", casus, &status);
	assert_int_equal(status, 201);
	json_decref(j);
	voorstel = org_id("Stichting Nergensthuis");
	assert_true(voorstel > 0);
	snprintf(pad, sizeof(pad), "SELECT status = 'voorstel' FROM organisatie WHERE id = %lld", voorstel);
	assert_int_equal(server_sql_int(&srv, pad), 1);
	assert_int_equal(server_sql_int(&srv, "SELECT count(*) FROM organisatie WHERE naam = 'UWV'"), 1);   /* a known one matched */

	/* not in the directory anyone sees, nor in the pick lists */
	j = client_api_json(&srv, tok_indiener, "GET", "/api/v1/organisaties?zoek=Nergensthuis", NULL, &status);
	assert_int_equal(status, 200);
	assert_int_equal(json_integer_value(json_object_get(j, "totaal")), 0);
	json_decref(j);
	j = client_api_json(&srv, tok_indiener, "GET", "/api/v1/organisaties?status=voorstel", NULL, &status);
	assert_int_equal(status, 403);
	json_decref(j);
	snprintf(pad, sizeof(pad), "/api/v1/organisaties/%lld", voorstel);
	j = client_api_json(&srv, tok_indiener, "GET", pad, NULL, &status);
	assert_int_equal(status, 404);
	json_decref(j);
	j = client_api_json(&srv, tok_regie, "GET", "/api/v1/organisaties?status=voorstel", NULL, &status);
	assert_int_equal(status, 200);
	assert_true(json_integer_value(json_object_get(j, "totaal")) >= 1);
	json_decref(j);

	/* a regievoerder accepts it; deciding twice is refused */
	client_login_ok(&c, &srv, REGIE, PW);
	assert_int_equal(client_get(&c, "/beheer/voorstellen", &r), 200);
	assert_true(resp_contains(&r, "Stichting Nergensthuis"));
	resp_free(&r);
	snprintf(pad, sizeof(pad), "/beheer/voorstellen/%lld", voorstel);
	assert_int_equal(post(&c, "/beheer/voorstellen", pad, "besluit=accepteren&naam=Stichting+Nergensthuis&type=zorgaanbieder", &r), 303);
	resp_free(&r);
	snprintf(body, sizeof(body), "SELECT status = 'bekend' AND type = 'zorgaanbieder' FROM organisatie WHERE id = %lld", voorstel);
	assert_int_equal(server_sql_int(&srv, body), 1);
	assert_int_equal(post(&c, "/beheer/voorstellen", pad, "besluit=afwijzen", &r), 409);
	assert_true(resp_contains(&r, "al besloten"));
	resp_free(&r);

	/* a second proposal maps onto an existing organisation: the casus now names UWV */
	j = client_api_json(&srv, tok_indiener, "POST", "/api/v1/casussen", "{\"hulpvraag\":\"WW stopt\",\"leefgebieden\":[\"financien\"],"
	    "\"betrokkenOrganisaties\":[{\"naam\":\"Uitkeringsinstantie\",\"type\":\"overig\"}]}", &status);
	assert_int_equal(status, 201);
	json_decref(j);
	voorstel = org_id("Uitkeringsinstantie");
	snprintf(pad, sizeof(pad), "/beheer/voorstellen/%lld", voorstel);
	snprintf(body, sizeof(body), "besluit=koppelen&naar=%lld", org_id("UWV"));
	assert_int_equal(post(&c, "/beheer/voorstellen", pad, body, &r), 303);
	resp_free(&r);
	assert_int_equal(org_id("Uitkeringsinstantie"), -1);
	snprintf(body, sizeof(body), "SELECT count(*) FROM casus_organisatie WHERE organisatie_id = %lld", org_id("UWV"));
	assert_int_equal(server_sql_int(&srv, body), 2);
	client_free(&c);
}

/* ---- the API -------------------------------------------------------------------------- */

static void
test_api(void **state)
{
	long status;
	json_t *j;
	char pad[128];
	long long id;
	(void)state;

	j = client_api_json(&srv, tok_indiener, "GET", "/api/v1/organisaties?type=ministerie", NULL, &status);
	assert_int_equal(status, 200);
	assert_int_equal(json_integer_value(json_object_get(j, "totaal")), 9);
	json_decref(j);
	j = client_api_json(&srv, tok_indiener, "GET", "/api/v1/organisaties?type=ambassade", NULL, &status);
	assert_int_equal(status, 400);
	assert_string_equal(json_string_value(json_object_get(json_array_get(json_object_get(j, "invalidParams"), 0), "name")),
	    "type");
	json_decref(j);
	j = client_api_json(&srv, tok_indiener, "POST", "/api/v1/organisaties", "{\"naam\":\"X\",\"type\":\"overig\"}", &status);
	assert_int_equal(status, 403);
	json_decref(j);

	j = client_api_json(&srv, tok_beheer, "POST", "/api/v1/organisaties",
	    "{\"naam\":\"@Home Woonbegeleiding\",\"type\":\"zorgaanbieder\",\"email\":\"info@home.example\"}", &status);
	assert_int_equal(status, 201);
	id = json_integer_value(json_object_get(j, "id"));
	assert_string_equal(json_string_value(json_object_get(j, "aansluiting")), "niet_aangesloten");
	json_decref(j);
	j = client_api_json(&srv, tok_beheer, "POST", "/api/v1/organisaties", "{\"naam\":\"Y\",\"type\":\"bank\"}", &status);
	assert_int_equal(status, 400);
	json_decref(j);
	j = client_api_json(&srv, tok_beheer, "POST", "/api/v1/organisaties", "{\"naam\":\"Y\",\"type\":\"overig\",\"telefoon\":\"bel me\"}", &status);
	assert_int_equal(status, 400);
	json_decref(j);
	snprintf(pad, sizeof(pad), "/api/v1/organisaties/%lld", id);
	j = client_api_json(&srv, tok_regie, "PATCH", pad, "{\"bovenliggendeId\":99999}", &status);
	assert_int_equal(status, 400);
	json_decref(j);
	j = client_api_json(&srv, tok_regie, "PATCH", pad, "{\"telefoon\":\"+31 20 123 45 67\"}", &status);
	assert_int_equal(status, 200);
	assert_string_equal(json_string_value(json_object_get(j, "telefoon")), "+31 20 123 45 67");
	assert_string_equal(json_string_value(json_object_get(j, "naam")), "@Home Woonbegeleiding");
	json_decref(j);

	/* BuZa as the seeds tell it, through the API */
	snprintf(pad, sizeof(pad), "/api/v1/organisaties/%lld", server_sql_int(&srv, "SELECT id FROM organisatie WHERE code = 'BuZa'"));
	j = client_api_json(&srv, tok_indiener, "GET", pad, NULL, &status);
	assert_int_equal(status, 200);
	assert_int_equal(json_array_size(json_object_get(j, "aansluitingen")), 3);
	json_decref(j);
}

/* ---- CSV import and export ------------------------------------------------------------- */

/* Posts a CSV file as multipart/form-data to the import form. */
static long
importeer(struct client *c, const char *csv, size_t len, bool ook_geldige, struct resp *r)
{
	char csrf[65];
	struct buf b;
	const char *h[] = { "Content-Type: multipart/form-data; boundary=grens123", NULL };
	long st;

	assert_int_equal(client_csrf(c, "/beheer/organisaties/import", csrf), 0);
	buf_init(&b, 0);
	buf_printf(&b, "--grens123\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n%s\r\n", csrf);
	if (ook_geldige)
		buf_puts(&b, "--grens123\r\nContent-Disposition: form-data; name=\"ook_geldige\"\r\n\r\n1\r\n");
	buf_puts(&b, "--grens123\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"o.csv\"\r\n"
	    "Content-Type: text/csv\r\n\r\n");
	buf_append(&b, csv, len);
	buf_puts(&b, "\r\n--grens123--\r\n");
	assert_int_equal(client_req(c, "POST", "/beheer/organisaties/import", h, b.data, b.len, r), 0);
	st = r->status;
	buf_free(&b);
	return st;
}

static void
test_csv_import(void **state)
{
	static const char goed[] = "\xEF\xBB\xBFnaam;type;code;bovenliggende;email;aansluiting;aansluiting_datum;bron\r\n"
	    "Gemeente Csvstad;gemeente;;;loket@csvstad.example;bestuurlijk_aangesloten;2023-04-01;raadsbesluit\r\n"
	    "Wijkteam Csvstad;loket;;Gemeente Csvstad;;;;\r\n";
	static const char kolommen[] = "naam,type\nGemeente Fout,gemeente,extra\nGemeente Goed,gemeente\n";
	static const char utf8[] = "naam;type\nGemeente M\xEBnster;gemeente\n";
	static const char formule[] = "naam;type\n=HYPERLINK(\"http://x\");overig\n";
	static const char kop[] = "naam;soort\nA;overig\n";
	struct client c;
	struct resp r;
	long long n;
	(void)state;

	client_login_ok(&c, &srv, BEHEER, PW);
	assert_int_equal(importeer(&c, goed, sizeof(goed) - 1, false, &r), 200);
	assert_true(resp_contains(&r, "2 nieuw"));
	resp_free(&r);
	assert_int_equal(server_sql_int(&srv, "SELECT p.naam = 'Gemeente Csvstad' FROM organisatie o JOIN organisatie p ON p.id = o.parent_id"
	    " WHERE o.naam = 'Wijkteam Csvstad'"), 1);
	assert_int_equal(server_sql_int(&srv, "SELECT aangesloten_sinds = '2023-04-01' FROM organisatie WHERE naam = 'Gemeente Csvstad'"), 1);
	/* the same file again: both rows match what is there, nothing is doubled */
	assert_int_equal(importeer(&c, goed, sizeof(goed) - 1, false, &r), 200);
	assert_true(resp_contains(&r, "2 bijgewerkt"));
	resp_free(&r);
	assert_int_equal(server_sql_int(&srv, "SELECT count(*) FROM organisatie WHERE naam LIKE '%Csvstad'"), 2);

	n = server_sql_int(&srv, "SELECT count(*) FROM organisatie");
	assert_int_equal(importeer(&c, kolommen, sizeof(kolommen) - 1, false, &r), 400);
	assert_true(resp_contains(&r, "Deze regel heeft 3 kolommen; de kopregel heeft er 2"));
	assert_true(resp_contains(&r, "niets geïmporteerd"));
	resp_free(&r);
	assert_int_equal(server_sql_int(&srv, "SELECT count(*) FROM organisatie"), n);   /* not even the good row */
	assert_int_equal(importeer(&c, utf8, sizeof(utf8) - 1, false, &r), 400);
	assert_true(resp_contains(&r, "geen geldige UTF-8"));
	resp_free(&r);
	assert_int_equal(importeer(&c, formule, sizeof(formule) - 1, false, &r), 400);
	assert_true(resp_contains(&r, "lijkt een formule"));
	resp_free(&r);
	assert_int_equal(importeer(&c, kop, sizeof(kop) - 1, false, &r), 400);
	assert_true(resp_contains(&r, "Onbekende kolom"));
	resp_free(&r);
	assert_int_equal(server_sql_int(&srv, "SELECT count(*) FROM organisatie"), n);

	/* choosing to import the good rows */
	assert_int_equal(importeer(&c, kolommen, sizeof(kolommen) - 1, true, &r), 200);
	assert_true(resp_contains(&r, "1 nieuw"));
	resp_free(&r);
	assert_int_equal(server_sql_int(&srv, "SELECT count(*) FROM organisatie"), n + 1);
	assert_int_equal(org_id("Gemeente Goed") > 0, 1);
	assert_int_equal(org_id("Gemeente Fout"), -1);
	client_free(&c);
}

static void
test_csv_xlsx_export(void **state)
{
	struct client c;
	struct resp r;
	(void)state;

	client_login_ok(&c, &srv, REGIE, PW);
	assert_int_equal(client_get(&c, "/beheer/organisaties/export.csv", &r), 200);
	assert_memory_equal(r.body.data, "\xEF\xBB\xBFnaam;type;code;bovenliggende;", 32);
	assert_true(resp_contains(&r, "Ministerie van Buitenlandse Zaken;ministerie;BuZa;;;;bestuurlijk_aangesloten;2026-01-08;"));
	assert_true(resp_contains(&r, "\"'@Home Woonbegeleiding\""));   /* a formula-like cell is text */
	assert_non_null(strstr(resp_header(&r, "Content-Type"), "text/csv"));
	resp_free(&r);
	assert_int_equal(client_get(&c, "/beheer/organisaties/export.xlsx", &r), 200);
	assert_memory_equal(r.body.data, "PK", 2);
	resp_free(&r);
	client_free(&c);
}

/* ---- accounts, requests for access, one-time links ------------------------------------ */

/* The one-time link's token on a page that shows it. */
static void
link_token(const struct resp *r, char out[65])
{
	const char *p = strstr(buf_str(&r->body), "/wachtwoord/");

	assert_non_null(p);
	memcpy(out, p + 12, 64);
	out[64] = '\0';
}

static long
toegang(struct client *c, const char *email, struct resp *r)
{
	char csrf[65], body[512];
	const char *h[] = { "Content-Type: application/x-www-form-urlencoded", NULL };
	struct resp f;

	assert_int_equal(client_get(c, "/toegang-aanvragen", &f), 200);
	assert_int_equal(html_hidden(&f, "csrf", csrf, sizeof(csrf)), 0);
	resp_free(&f);
	snprintf(body, sizeof(body), "csrf=%s&naam=Sara+de+Vries&organisatie=Gemeente+Zuiderhaven&functie=Consulent"
	    "&email=%s&reden=Contact+met+UWV", csrf, email);
	assert_int_equal(client_req(c, "POST", "/toegang-aanvragen", h, body, strlen(body), r), 0);
	return r->status;
}

static void
test_access_request_and_link(void **state)
{
	struct client anon, c, nieuw;
	struct resp r, r2;
	char token[65], pad[128], body[256];
	long long aanvraag;
	(void)state;

	client_init(&anon, &srv);
	/* the same answer whether or not the e-mail has an account */
	assert_int_equal(toegang(&anon, "s.devries@zuiderhaven.example", &r), 200);
	assert_int_equal(toegang(&anon, REGIE, &r2), 200);
	assert_string_equal(buf_str(&r.body), buf_str(&r2.body));
	resp_free(&r);
	resp_free(&r2);
	/* a stale form, and a bad e-mail address */
	{
		const char *h[] = { "Content-Type: application/x-www-form-urlencoded", NULL };
		const char *b = "csrf=nep&naam=X&organisatie=Y&functie=Z&email=x%40y.nl&reden=r";

		assert_int_equal(client_req(&anon, "POST", "/toegang-aanvragen", h, b, strlen(b), &r), 0);
		assert_int_equal(r.status, 403);
		resp_free(&r);
	}
	assert_int_equal(toegang(&anon, "geen-adres", &r), 400);
	assert_true(resp_contains(&r, "geen geldig e-mailadres"));
	resp_free(&r);
	assert_int_equal(server_sql_int(&srv, "SELECT count(*) FROM toegang_aanvraag"), 2);

	/* a regievoerder approves: an account, and the link to hand over */
	aanvraag = server_sql_int(&srv, "SELECT min(id) FROM toegang_aanvraag");
	client_login_ok(&c, &srv, REGIE, PW);
	snprintf(pad, sizeof(pad), "/beheer/aanvragen/%lld", aanvraag);
	assert_int_equal(client_get(&c, pad, &r), 200);
	assert_true(resp_contains(&r, "Sara de Vries"));
	resp_free(&r);
	snprintf(pad, sizeof(pad), "/beheer/aanvragen/%lld/goedkeuren", aanvraag);
	snprintf(body, sizeof(body), "/beheer/aanvragen/%lld", aanvraag);
	assert_int_equal(post(&c, body, pad, "organisatie=&rol=indiener&rol=beheerder", &r), 400);   /* no beheer role here */
	resp_free(&r);
	assert_int_equal(post(&c, body, pad, "organisatie=&rol=indiener", &r), 200);
	link_token(&r, token);
	resp_free(&r);
	assert_int_equal(post(&c, "/beheer/aanvragen", pad, "organisatie=&rol=indiener", &r), 409);   /* twice */
	assert_true(resp_contains(&r, "al goedgekeurd"));
	resp_free(&r);
	assert_int_equal(server_sql_int(&srv, "SELECT count(*) FROM persoon p JOIN gebruiker g ON g.persoon_id = p.id"
	    " WHERE p.email = 's.devries@zuiderhaven.example'"), 1);
	/* the organisation typed is a proposal now, not a known organisation */
	assert_int_equal(server_sql_int(&srv, "SELECT status = 'voorstel' FROM organisatie WHERE naam = 'Gemeente Zuiderhaven'"), 1);
	/* the second request (an existing account's e-mail) is declined, with a reason */
	snprintf(pad, sizeof(pad), "/beheer/aanvragen/%lld/afwijzen", aanvraag + 1);
	assert_int_equal(post(&c, "/beheer/aanvragen", pad, "reden=", &r), 400);
	resp_free(&r);
	assert_int_equal(post(&c, "/beheer/aanvragen", pad, "reden=Heeft+al+een+account", &r), 303);
	resp_free(&r);
	assert_int_equal(post(&c, "/beheer/aanvragen", pad, "reden=nog+eens", &r), 409);
	resp_free(&r);

	/* the link sets a password once; the new account signs in */
	snprintf(pad, sizeof(pad), "/wachtwoord/%s", token);
	client_init(&nieuw, &srv);
	assert_int_equal(client_get(&nieuw, pad, &r), 200);
	{
		char csrf[65];
		const char *h[] = { "Content-Type: application/x-www-form-urlencoded", NULL };

		assert_int_equal(html_hidden(&r, "csrf", csrf, sizeof(csrf)), 0);
		resp_free(&r);
		snprintf(body, sizeof(body), "csrf=%s&wachtwoord=kort&herhaling=kort", csrf);
		assert_int_equal(client_req(&nieuw, "POST", pad, h, body, strlen(body), &r), 0);
		assert_int_equal(r.status, 400);
		assert_true(resp_contains(&r, "ten minste 8 tekens"));
		assert_int_equal(html_hidden(&r, "csrf", csrf, sizeof(csrf)), 0);
		resp_free(&r);
		snprintf(body, sizeof(body), "csrf=%s&wachtwoord=een+lang+geheim&herhaling=een+lang+geheim", csrf);
		assert_int_equal(client_req(&nieuw, "POST", pad, h, body, strlen(body), &r), 0);
		assert_int_equal(r.status, 303);
		resp_free(&r);
		assert_int_equal(client_login(&nieuw, "s.devries@zuiderhaven.example", "een lang geheim"), 303);
		/* the link does not work a second time */
		assert_int_equal(client_get(&nieuw, pad, &r), 410);
		assert_true(resp_contains(&r, "al gebruikt"));
		resp_free(&r);
		snprintf(body, sizeof(body), "csrf=%s&wachtwoord=nog+een+wachtwoord&herhaling=nog+een+wachtwoord", csrf);
		assert_int_equal(client_req(&nieuw, "POST", pad, h, body, strlen(body), &r), 0);
		assert_int_equal(r.status, 410);
		resp_free(&r);
	}
	assert_true(server_sql_int(&srv, "SELECT laatst_ingelogd IS NOT NULL FROM gebruiker g JOIN persoon p ON p.id = g.persoon_id"
	    " WHERE p.email = 's.devries@zuiderhaven.example'") == 1);
	client_free(&nieuw);
	client_free(&c);
	client_free(&anon);
}

static void
test_access_request_rate_limit(void **state)
{
	struct client anon;
	struct resp r;
	long long n;
	(void)state;

	/* the address of this test already sent two valid requests (test_access_request_and_link) */
	client_init(&anon, &srv);
	for (int i = 0; i < 3; i++) {
		assert_int_equal(toegang(&anon, "ander@zuiderhaven.example", &r), 200);
		resp_free(&r);
	}
	n = server_sql_int(&srv, "SELECT count(*) FROM toegang_aanvraag");
	assert_int_equal(toegang(&anon, "ander@zuiderhaven.example", &r), 429);
	assert_true(resp_contains(&r, "te veel aanvragen"));
	assert_non_null(resp_header(&r, "Retry-After"));
	resp_free(&r);
	assert_int_equal(server_sql_int(&srv, "SELECT count(*) FROM toegang_aanvraag"), n);
	server_sql_exec(&srv, "DELETE FROM login_attempt WHERE key LIKE 'aanvraag:%'");
	client_free(&anon);
}

static void
test_accounts(void **state)
{
	struct client c, u;
	struct resp r;
	char token[65], pad[128], body[512];
	long long id;
	(void)state;

	client_login_ok(&c, &srv, BEHEER, PW);
	assert_int_equal(post(&c, "/beheer/accounts/nieuw", "/beheer/accounts", "naam=Amber+Ambassadeur&email=amber%40jenv.example&rol=ambassadeur", &r), 400);
	assert_true(resp_contains(&r, "Een ambassadeur vertegenwoordigt een organisatie"));
	resp_free(&r);
	assert_int_equal(post(&c, "/beheer/accounts/nieuw", "/beheer/accounts", "naam=Amber&email=amber%40jenv&rol=indiener", &r), 400);
	resp_free(&r);
	assert_int_equal(post(&c, "/beheer/accounts/nieuw", "/beheer/accounts", "naam=Amber&email=" INDIENER "&rol=indiener", &r), 409);
	resp_free(&r);
	snprintf(body, sizeof(body), "naam=Amber+Ambassadeur&email=amber%%40jenv.example&rol=ambassadeur&organisatie=%lld",
	    server_sql_int(&srv, "SELECT id FROM organisatie WHERE code = 'JenV'"));
	assert_int_equal(post(&c, "/beheer/accounts/nieuw", "/beheer/accounts", body, &r), 200);
	link_token(&r, token);
	resp_free(&r);
	id = server_sql_int(&srv, "SELECT g.id FROM gebruiker g JOIN persoon p ON p.id = g.persoon_id WHERE p.email = 'amber@jenv.example'");
	assert_true(id > 0);

	/* an expired link answers 410 and sets nothing */
	snprintf(body, sizeof(body), "UPDATE eenmalige_link SET aangemaakt_op = aangemaakt_op - 73 * 3600 WHERE gebruiker_id = %lld", id);
	server_sql_exec(&srv, body);
	client_init(&u, &srv);
	snprintf(pad, sizeof(pad), "/wachtwoord/%s", token);
	assert_int_equal(client_get(&u, pad, &r), 410);
	assert_true(resp_contains(&r, "verlopen"));
	resp_free(&r);
	/* a new link from beheer works */
	snprintf(pad, sizeof(pad), "/beheer/accounts/%lld/link", id);
	snprintf(body, sizeof(body), "/beheer/accounts/%lld", id);
	assert_int_equal(post(&c, body, pad, "", &r), 200);
	link_token(&r, token);
	resp_free(&r);
	snprintf(pad, sizeof(pad), "/wachtwoord/%s", token);
	assert_int_equal(client_get(&u, pad, &r), 200);
	{
		char csrf[65];
		const char *h[] = { "Content-Type: application/x-www-form-urlencoded", NULL };

		assert_int_equal(html_hidden(&r, "csrf", csrf, sizeof(csrf)), 0);
		resp_free(&r);
		snprintf(body, sizeof(body), "csrf=%s&wachtwoord=ambassadeur-wachtwoord&herhaling=ambassadeur-wachtwoord", csrf);
		assert_int_equal(client_req(&u, "POST", pad, h, body, strlen(body), &r), 0);
		assert_int_equal(r.status, 303);
		resp_free(&r);
	}
	assert_int_equal(client_login(&u, "amber@jenv.example", "ambassadeur-wachtwoord"), 303);

	/* roles changed, then disabled: the session ends and the login is refused */
	snprintf(pad, sizeof(pad), "/beheer/accounts/%lld", id);
	snprintf(body, sizeof(body), "naam=Amber+Ambassadeur&email=amber%%40jenv.example&telefoon=06-1234+5678&rol=ambassadeur"
	    "&rol=indiener&organisatie=%lld", server_sql_int(&srv, "SELECT id FROM organisatie WHERE code = 'JenV'"));
	assert_int_equal(post(&c, pad, pad, body, &r), 303);
	resp_free(&r);
	snprintf(body, sizeof(body), "SELECT count(*) FROM gebruiker_rol WHERE gebruiker_id = %lld", id);
	assert_int_equal(server_sql_int(&srv, body), 2);
	assert_int_equal(post(&c, pad, pad, "naam=Amber&email=amber%40jenv.example&telefoon=O6-I234&rol=indiener", &r), 400);
	assert_true(resp_contains(&r, "geen letters"));
	resp_free(&r);
	snprintf(pad, sizeof(pad), "/beheer/accounts/%lld/actief", id);
	snprintf(body, sizeof(body), "/beheer/accounts/%lld", id);
	assert_int_equal(post(&c, body, pad, "actief=0", &r), 303);
	resp_free(&r);
	assert_int_equal(client_get(&u, "/", &r), 303);              /* signed out */
	resp_free(&r);
	assert_int_equal(client_login(&u, "amber@jenv.example", "ambassadeur-wachtwoord"), 401);
	assert_int_equal(post(&c, body, pad, "actief=1", &r), 303);
	resp_free(&r);
	assert_int_equal(client_login(&u, "amber@jenv.example", "ambassadeur-wachtwoord"), 303);

	/* a beheerder cannot disable themselves */
	snprintf(pad, sizeof(pad), "/beheer/accounts/%lld/actief", server_sql_int(&srv, "SELECT g.id FROM gebruiker g JOIN persoon p"
	    " ON p.id = g.persoon_id WHERE p.email = '" BEHEER "'"));
	assert_int_equal(post(&c, "/beheer/accounts", pad, "actief=0", &r), 400);
	resp_free(&r);
	client_free(&u);
	client_free(&c);
}

static void
test_token_revoked(void **state)
{
	struct client c;
	struct resp r;
	long status;
	json_t *j;
	char pad[160];
	long long gebruiker = server_sql_int(&srv, "SELECT g.id FROM gebruiker g JOIN persoon p ON p.id = g.persoon_id WHERE p.email = '" INDIENER "'");
	long long token = server_sql_int(&srv, "SELECT max(t.id) FROM api_token t JOIN gebruiker g ON g.id = t.gebruiker_id"
	    " JOIN persoon p ON p.id = g.persoon_id WHERE p.email = '" INDIENER "'");
	(void)state;

	j = client_api_json(&srv, tok_indiener, "GET", "/api/v1/mij", NULL, &status);
	assert_int_equal(status, 200);
	json_decref(j);
	client_login_ok(&c, &srv, BEHEER, PW);
	snprintf(pad, sizeof(pad), "/beheer/accounts/%lld", gebruiker);
	assert_int_equal(client_get(&c, pad, &r), 200);
	assert_true(resp_contains(&r, "Intrekken"));
	resp_free(&r);
	snprintf(pad, sizeof(pad), "/beheer/accounts/%lld/tokens/%lld/intrekken", gebruiker + 1000, token);
	assert_int_equal(post(&c, "/beheer/accounts", pad, "", &r), 404);   /* another account's token */
	resp_free(&r);
	snprintf(pad, sizeof(pad), "/beheer/accounts/%lld/tokens/%lld/intrekken", gebruiker, token);
	assert_int_equal(post(&c, "/beheer/accounts", pad, "", &r), 303);
	resp_free(&r);
	j = client_api_json(&srv, tok_indiener, "GET", "/api/v1/mij", NULL, &status);
	assert_int_equal(status, 401);
	json_decref(j);
	client_free(&c);
}

/* The ambassadeur of JenV represents JenV and everything under it: a leerpunt belegd bij the IND (under A&M,
   under JenV) is theirs; one bij VWS is not. */
static void
test_ambassadeur_represents_parts(void **state)
{
	const char *lijn = "{\"referentie\":\"PMM-2025-0901\",\"ontvangenOp\":\"2025-01-05\",\"afgerondOp\":\"2025-02-05\","
	    "\"status\":\"afgerond\",\"resultaat\":\"Opgelost\",\"hulpvraag\":\"Verblijfsvergunning en huisvesting\","
	    "\"indiener\":{\"naam\":\"Ida\",\"email\":\"ida@elders.example\",\"organisatie\":{\"naam\":\"Gemeente Elders\",\"type\":\"gemeente\"}},"
	    "\"indienerType\":\"gemeente\",\"leefgebieden\":[\"verblijf\"],\"leerpunten\":["
	    "{\"id\":901,\"omschrijving\":\"IND en gemeente stemmen niet af\",\"categorie\":\"samenwerking\",\"orde\":2,"
	    "\"beleggingen\":[{\"bij\":{\"naam\":\"IND\",\"type\":\"landelijke_publieke_dienstverlener\"},\"status\":\"belegd\"}]},"
	    "{\"id\":902,\"omschrijving\":\"Zorg ontbreekt\",\"categorie\":\"overig\",\"orde\":1,"
	    "\"beleggingen\":[{\"bij\":{\"naam\":\"VWS\",\"type\":\"ministerie\"},\"status\":\"belegd\"}]}]}\n";
	const char *import[] = { "import", "-", NULL };
	char tok[65];
	long status;
	json_t *j;
	(void)state;

	assert_int_equal(server_cli(&srv, lijn, NULL, import), 0);
	/* Amber is ambassadeur of JenV (test_accounts) */
	assert_int_equal(server_token(&srv, "amber@jenv.example", tok), 0);
	j = client_api_json(&srv, tok, "GET", "/api/v1/leerpunten/901", NULL, &status);
	assert_int_equal(status, 200);
	json_decref(j);
	j = client_api_json(&srv, tok, "GET", "/api/v1/leerpunten/902", NULL, &status);
	assert_int_equal(status, 404);
	json_decref(j);
	j = client_api_json(&srv, tok, "GET", "/api/v1/leerpunten", NULL, &status);
	assert_int_equal(status, 200);
	assert_int_equal(json_integer_value(json_object_get(j, "totaal")), 1);
	json_decref(j);
}

static void
test_beheer_page(void **state)
{
	struct client c;
	struct resp r;
	(void)state;

	client_login_ok(&c, &srv, REGIE, PW);
	assert_int_equal(client_get(&c, "/beheer", &r), 200);
	assert_false(resp_contains(&r, "in aanbouw"));
	assert_true(resp_contains(&r, "voor toegang"));
	assert_false(resp_contains(&r, "/beheer/accounts\""));       /* accounts are the beheerder's */
	resp_free(&r);
	assert_int_equal(client_get(&c, "/beheer/accounts", &r), 403);
	resp_free(&r);
	client_free(&c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_organisatie_bad_input),
		cmocka_unit_test(test_organisatie_cycle_and_history),
		cmocka_unit_test(test_merge),
		cmocka_unit_test(test_intake_makes_proposals),
		cmocka_unit_test(test_api),
		cmocka_unit_test(test_csv_import),
		cmocka_unit_test(test_csv_xlsx_export),
		cmocka_unit_test(test_access_request_and_link),
		cmocka_unit_test(test_access_request_rate_limit),
		cmocka_unit_test(test_accounts),
		cmocka_unit_test(test_token_revoked),
		cmocka_unit_test(test_ambassadeur_represents_parts),
		cmocka_unit_test(test_beheer_page),
	};

	curl_global_init(CURL_GLOBAL_DEFAULT);
	return cmocka_run_group_tests(tests, setup, teardown);
}
