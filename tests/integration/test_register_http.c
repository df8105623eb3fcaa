/* test_register_http.c - the Maatwerkregister over HTTP: adding an entry and one's own profile, refused edits by
   others, a contact person keeping the organisation's profiles, outdated after a year and confirmed by the owner,
   search with stems and facets, exports without formulas, the CSV import with a report per row, the API, and an
   audit row for every search, view and export. Each bad input answers a Dutch 4xx and changes nothing. */
#include "harness.h"

#include <stdio.h>
#include <string.h>

#include "client.h"

static struct server_proc srv;
static char tok_prof[65], tok_indiener[65];

#define BEHEER "beheer@register.example"
#define PROF "fatima@zuiderhaven.example"
#define ANDER "joost@zuiderhaven.example"
#define CONTACT "contact@zuiderhaven.example"
#define INDIENER "indiener@nergens.example"
#define PW "wachtwoord-test"

static int
setup(void **state)
{
	const struct test_account accounts[] = {
		{ BEHEER, "Bea Beheer", "beheerder", NULL, NULL },
		{ PROF, "Fatima el Amrani", "maatwerkprofessional", NULL, tok_prof },
		{ ANDER, "Joost Bakker", "maatwerkprofessional", NULL, NULL },
		{ CONTACT, "Carla Contact", "maatwerkprofessional", NULL, NULL },
		{ INDIENER, "Ivo Indiener", "indiener", NULL, tok_indiener },
	};

	(void)state;
	if (server_start_with(&srv, NULL, PW, accounts, sizeof(accounts) / sizeof(accounts[0])) != 0)
		return -1;
	/* Zuiderhaven (connected) with its three professionals; Carla is its contact person */
	server_sql_exec(&srv, "INSERT INTO organisatie (id, naam, type, aangesloten_sinds) VALUES"
	    " (900, 'Gemeente Zuiderhaven', 'gemeente', '2021-03-01');"
	    "UPDATE persoon SET organisatie_id = 900 WHERE email LIKE '%@zuiderhaven.example';"
	    "INSERT INTO organisatie_contact (organisatie_id, persoon_id, rol, sinds)"
	    " SELECT 900, id, 'contactpersoon', 't' FROM persoon WHERE email = '" CONTACT "';");
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	return server_stop(&srv) == 0 ? 0 : -1;
}

#define ENTRY_VELDEN "soort=organisatie&organisatie=900&naam=Mila+Maatwerk&functie=Maatwerkfunctionaris" \
	"&mandaat=Het+college+van+B+en+W&email=maatwerk%40zuiderhaven.example&telefoon=14+0123&regio=zuid_holland" \
	"&leefgebied=wonen&leefgebied=woonland_ingezetenschap&wet=brp&expertise=Huisvesting+van+remigranten"

static long long
entry_id(void)
{
	return server_sql_int(&srv, "SELECT id FROM register_item WHERE soort = 'organisatie' AND organisatie_id = 900");
}

static long long
profiel_id(void)
{
	return server_sql_int(&srv, "SELECT id FROM register_item WHERE email = 'fatima@zuiderhaven.example'");
}

static void
test_add_entry_and_own_profile(void **state)
{
	struct client b, p;
	struct resp r;
	char pad[64], body[512];

	(void)state;
	client_login_ok(&b, &srv, BEHEER, PW);
	/* bad input first: a Dutch message at the field, nothing stored */
	assert_int_equal(client_post_form(&b, "/register/nieuw", "/register",
	    "soort=organisatie&organisatie=900&naam=Mila&mandaat=College&email=geen-adres&telefoon=14+0123&regio=landelijk",
	    &r), 400);
	assert_true(resp_contains(&r, "geen geldig e-mailadres"));
	resp_free(&r);
	assert_int_equal(client_post_form(&b, "/register/nieuw", "/register",
	    "soort=organisatie&organisatie=900&naam=Mila&mandaat=College&email=m%40z.example&telefoon=070+BELMIJ&regio=landelijk",
	    &r), 400);
	assert_true(resp_contains(&r, "bevat geen letters"));
	resp_free(&r);
	assert_int_equal(client_post_form(&b, "/register/nieuw", "/register", ENTRY_VELDEN "&wet=wet_op_de_maan", &r), 400);
	assert_true(resp_contains(&r, "Onbekende wet of regeling"));
	resp_free(&r);
	assert_int_equal(server_sql_int(&srv, "SELECT count(*) FROM register_item"), 0);
	assert_int_equal(client_post_form(&b, "/register/nieuw", "/register", ENTRY_VELDEN, &r), 303);
	resp_free(&r);
	assert_true(entry_id() > 0);
	/* one entry per organisation */
	assert_int_equal(client_post_form(&b, "/register/nieuw", "/register", ENTRY_VELDEN, &r), 409);
	assert_true(resp_contains(&r, "staat al in het Maatwerkregister"));
	resp_free(&r);
	client_free(&b);

	/* Fatima adds her own profile under her organisation's entry */
	client_login_ok(&p, &srv, PROF, PW);
	snprintf(body, sizeof(body), "soort=professional&vermelding=%lld&naam=Fatima+el+Amrani&functie=Klantmanager"
	    "&email=fatima%%40zuiderhaven.example&regio=zuid_holland&leefgebied=financien&wet=wgs"
	    "&expertise=Schulden+en+betalingsregelingen", entry_id());
	snprintf(pad, sizeof(pad), "/register/nieuw?vermelding=%lld", entry_id());
	assert_int_equal(client_post_form(&p, pad, "/register", body, &r), 303);
	resp_free(&r);
	assert_true(profiel_id() > 0);
	assert_int_equal(server_sql_int(&srv, "SELECT persoon_id = (SELECT id FROM persoon WHERE email = '" PROF "')"
	    " FROM register_item WHERE email = 'fatima@zuiderhaven.example'"), 1);
	/* she may not add an entry for her organisation (she is no contact person) */
	assert_int_equal(client_post_form(&p, "/register/nieuw", "/register", ENTRY_VELDEN, &r), 403);
	resp_free(&r);
	client_free(&p);
}

static void
test_edit_refused_for_others(void **state)
{
	struct client j, c;
	struct resp r;
	char pad[64], bev[64];

	(void)state;
	snprintf(pad, sizeof(pad), "/register/%lld", profiel_id());
	snprintf(bev, sizeof(bev), "/register/%lld/bevestigen", profiel_id());
	client_login_ok(&j, &srv, ANDER, PW);
	assert_int_equal(client_get(&j, pad, &r), 200);   /* reading is fine */
	assert_false(resp_contains(&r, "Klopt nog: bevestigen"));
	resp_free(&r);
	assert_int_equal(client_post_form(&j, pad, pad, "naam=Iemand+Anders&email=x%40y.example&regio=landelijk", &r), 403);
	resp_free(&r);
	assert_int_equal(client_post_form(&j, pad, bev, "x=1", &r), 403);
	resp_free(&r);
	assert_int_equal(client_get(&j, "/register/0/bewerken", &r), 404);
	resp_free(&r);
	assert_int_equal(client_get(&j, "/register/nieuw?vermelding=abc", &r), 404);
	resp_free(&r);
	assert_int_equal(client_post_form(&j, "/register", "/register", "soort=professional&vermelding=x&naam=A", &r), 404);
	resp_free(&r);
	client_free(&j);
	assert_int_equal(server_sql_int(&srv, "SELECT count(*) FROM register_item WHERE naam = 'Fatima el Amrani'"), 1);
	assert_true(server_audit_count(&srv, "register.wijzigen", AUDIT_GEWEIGERD) >= 1);

	/* the organisation's contact person keeps the profiles under its entry */
	client_login_ok(&c, &srv, CONTACT, PW);
	assert_int_equal(client_post_form(&c, pad, pad, "naam=Fatima+el+Amrani&functie=Senior+klantmanager"
	    "&email=fatima%40zuiderhaven.example&regio=zuid_holland&leefgebied=financien&expertise=Schulden", &r), 303);
	resp_free(&r);
	client_free(&c);
	assert_int_equal(server_sql_int(&srv, "SELECT count(*) FROM register_item WHERE functie = 'Senior klantmanager'"), 1);
}

static void
test_outdated_and_confirm_own(void **state)
{
	struct client p;
	struct resp r;
	char pad[64], bev[64], q[160];

	(void)state;
	snprintf(pad, sizeof(pad), "/register/%lld", profiel_id());
	snprintf(bev, sizeof(bev), "/register/%lld/bevestigen", profiel_id());
	snprintf(q, sizeof(q), "UPDATE register_item SET bevestigd_op = date('now', '-13 months') WHERE id = %lld",
	    profiel_id());
	server_sql_exec(&srv, q);
	client_login_ok(&p, &srv, PROF, PW);
	assert_int_equal(client_get(&p, pad, &r), 200);
	assert_true(resp_contains(&r, "Mogelijk verouderd"));
	assert_true(resp_contains(&r, "Klopt nog: bevestigen"));
	resp_free(&r);
	/* the owner is asked on her start page */
	assert_int_equal(client_get(&p, "/", &r), 200);
	assert_true(resp_contains(&r, "Klopt uw vermelding in het Maatwerkregister nog?"));
	resp_free(&r);
	assert_int_equal(client_post_form(&p, "/", bev, "terug=start", &r), 303);
	assert_string_equal(resp_header(&r, "Location"), "/?melding=bevestigd");
	resp_free(&r);
	assert_int_equal(server_sql_int(&srv, "SELECT bevestigd_op >= date('now', '-1 day') FROM register_item WHERE email ="
	    " 'fatima@zuiderhaven.example'"), 1);
	assert_int_equal(client_get(&p, pad, &r), 200);
	assert_false(resp_contains(&r, "Mogelijk verouderd"));
	resp_free(&r);
	assert_int_equal(client_get(&p, "/", &r), 200);
	assert_false(resp_contains(&r, "Klopt uw vermelding in het Maatwerkregister nog?"));
	resp_free(&r);
	client_free(&p);
}

static void
test_search_export_and_audit(void **state)
{
	struct client p;
	struct resp r;
	long zoeken = server_audit_count(&srv, "register.zoeken", AUDIT_TOEGESTAAN);
	long export = server_audit_count(&srv, "register.export", AUDIT_TOEGESTAAN);
	long bekijken = server_audit_count(&srv, "register.bekijken", AUDIT_TOEGESTAAN);
	char pad[64];

	(void)state;
	client_login_ok(&p, &srv, PROF, PW);
	/* Dutch stems: "schuld" finds "Schulden"; a facet narrows it down and shows its count */
	assert_int_equal(client_get(&p, "/register?q=schuld", &r), 200);
	assert_true(resp_contains(&r, "1 vermelding<"));
	assert_true(resp_contains(&r, "Fatima el Amrani"));
	resp_free(&r);
	assert_int_equal(client_get(&p, "/register?q=remigranten", &r), 200);
	assert_true(resp_contains(&r, "Mila Maatwerk"));
	resp_free(&r);
	/* the organisation facet: Zuiderhaven with its count, a link that chooses it, and chosen it narrows down */
	assert_int_equal(client_get(&p, "/register", &r), 200);
	assert_true(resp_contains(&r, ">Organisatie</h3>"));
	assert_true(resp_contains(&r, "organisatie=900\">Gemeente Zuiderhaven</a> <span class=\"db-aantal\">("));
	resp_free(&r);
	assert_int_equal(client_get(&p, "/register?organisatie=900", &r), 200);
	assert_true(resp_contains(&r, "<strong>Gemeente Zuiderhaven</strong>"));
	resp_free(&r);
	assert_int_equal(client_get(&p, "/register?leefgebied=woonland_ingezetenschap", &r), 200);
	assert_true(resp_contains(&r, "1 vermelding<"));
	assert_true(resp_contains(&r, "Woonland en ingezetenschap"));
	resp_free(&r);
	assert_int_equal(client_get(&p, "/register?q=maanlanding", &r), 200);
	assert_true(resp_contains(&r, "Niets gevonden"));
	resp_free(&r);
	snprintf(pad, sizeof(pad), "/register/%lld", entry_id());
	assert_int_equal(client_get(&p, pad, &r), 200);
	assert_true(resp_contains(&r, "Het college van B en W"));
	resp_free(&r);
	/* a formula typed into a field leaves the export as text */
	snprintf(pad, sizeof(pad), "/register/%lld", profiel_id());
	assert_int_equal(client_post_form(&p, pad, pad, "naam=Fatima+el+Amrani&email=fatima%40zuiderhaven.example"
	    "&regio=zuid_holland&leefgebied=financien&expertise=%3DHYPERLINK%28%22http%3A%2F%2Fx.example%22%29+schulden",
	    &r), 303);
	resp_free(&r);
	assert_int_equal(client_get(&p, "/register/export.csv", &r), 200);
	assert_true(r.body.len > 25 && memcmp(r.body.data, "\xEF\xBB\xBFsoort;organisatie;naam", 25) == 0);
	assert_true(resp_contains(&r, "'=HYPERLINK"));
	resp_free(&r);
	assert_int_equal(client_get(&p, "/register/export.xlsx", &r), 200);
	resp_free(&r);
	client_free(&p);
	assert_int_equal(server_audit_count(&srv, "register.zoeken", AUDIT_TOEGESTAAN), zoeken + 6);
	assert_int_equal(server_audit_count(&srv, "register.export", AUDIT_TOEGESTAAN), export + 2);
	/* the entry, and the profile whose page the edit form came from */
	assert_int_equal(server_audit_count(&srv, "register.bekijken", AUDIT_TOEGESTAAN), bekijken + 2);
}

/* Posts a CSV file as multipart/form-data to the import form. */
static long
importeer(struct client *c, const char *csv, bool ook_geldige, struct resp *r)
{
	char csrf[65];
	struct buf b;
	const char *h[] = { "Content-Type: multipart/form-data; boundary=grens123", NULL };
	long st;

	assert_int_equal(client_csrf(c, "/register/import", csrf), 0);
	buf_init(&b, 0);
	buf_printf(&b, "--grens123\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n%s\r\n", csrf);
	if (ook_geldige)
		buf_puts(&b, "--grens123\r\nContent-Disposition: form-data; name=\"ook_geldige\"\r\n\r\n1\r\n");
	buf_puts(&b, "--grens123\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"r.csv\"\r\n"
	    "Content-Type: text/csv\r\n\r\n");
	buf_puts(&b, csv);
	buf_puts(&b, "\r\n--grens123--\r\n");
	assert_int_equal(client_req(c, "POST", "/register/import", h, b.data, b.len, r), 0);
	st = r->status;
	buf_free(&b);
	return st;
}

static void
test_csv_import(void **state)
{
	static const char fout[] = "soort;organisatie;naam;email;regio;leefgebieden\r\n"
	    "professional;Gemeente Zuiderhaven;Sanne de Wit;sanne@zuiderhaven.example;zuid_holland;onderwijs\r\n"
	    "professional;Gemeente Zuiderhaven;Piet Fout;piet@zuiderhaven.example;zuid_holland;maanwonen\r\n"
	    "professional;Gemeente Zuiderhaven;=cmd|' /C calc'!A0;x@zuiderhaven.example;landelijk;wonen\r\n"
	    "professional;Gemeente Zuiderhaven;Kort;kort@zuiderhaven.example;landelijk\r\n"
	    "professional;Gemeente Zuiderhaven;Geen regio;geen@zuiderhaven.example;;wonen\r\n";
	struct client b;
	struct resp r;
	long long voor = server_sql_int(&srv, "SELECT count(*) FROM register_item");

	(void)state;
	client_login_ok(&b, &srv, BEHEER, PW);
	assert_int_equal(importeer(&b, fout, false, &r), 400);
	assert_true(resp_contains(&r, "Onbekende leefgebied"));
	assert_true(resp_contains(&r, "maanwonen"));
	assert_true(resp_contains(&r, "lijkt een formule"));
	assert_true(resp_contains(&r, "Kies de regio"));
	assert_true(resp_contains(&r, "de kopregel heeft er 6"));
	resp_free(&r);
	assert_int_equal(server_sql_int(&srv, "SELECT count(*) FROM register_item"), voor);   /* nothing imported */
	assert_int_equal(importeer(&b, fout, true, &r), 200);                      /* only the good row */
	assert_true(resp_contains(&r, "1 nieuw"));
	resp_free(&r);
	assert_int_equal(server_sql_int(&srv, "SELECT count(*) FROM register_item"), voor + 1);
	assert_int_equal(server_sql_int(&srv, "SELECT count(*) FROM register_item r JOIN register_tag t ON t.item_id = r.id"
	    " WHERE r.naam = 'Sanne de Wit' AND t.code = 'onderwijs'"), 1);
	client_free(&b);
}

static void
test_api(void **state)
{
	long st;
	json_t *j;

	(void)state;
	j = client_api_json(&srv, tok_prof, "GET", "/api/v1/professionals?zoek=schulden", NULL, &st);
	assert_int_equal(st, 200);
	assert_int_equal(json_integer_value(json_object_get(j, "totaal")), 1);
	assert_string_equal(json_string_value(json_object_get(json_array_get(json_object_get(j, "professionals"), 0),
	    "naam")), "Fatima el Amrani");
	assert_int_equal(json_integer_value(json_object_get(json_object_get(json_object_get(j, "facetten"),
	    "leefgebieden"), "financien")), 1);
	json_decref(j);
	j = client_api_json(&srv, tok_prof, "GET", "/api/v1/registervermeldingen?leefgebied=wonen", NULL, &st);
	assert_int_equal(st, 200);
	assert_int_equal(json_integer_value(json_object_get(j, "totaal")), 1);
	json_decref(j);
	j = client_api_json(&srv, tok_prof, "GET", "/api/v1/professionals?leefgebied=maan", NULL, &st);
	assert_int_equal(st, 400);
	json_decref(j);
	/* an indiener whose organisation is not connected has no register access */
	j = client_api_json(&srv, tok_indiener, "GET", "/api/v1/professionals", NULL, &st);
	assert_int_equal(st, 403);
	json_decref(j);
	/* an entry is not a professional */
	{
		char pad[64];

		snprintf(pad, sizeof(pad), "/api/v1/professionals/%lld", entry_id());
		j = client_api_json(&srv, tok_prof, "GET", pad, NULL, &st);
		assert_int_equal(st, 404);
		json_decref(j);
		snprintf(pad, sizeof(pad), "/api/v1/registervermeldingen/%lld", entry_id());
		j = client_api_json(&srv, tok_prof, "GET", pad, NULL, &st);
		assert_int_equal(st, 200);
		assert_string_equal(json_string_value(json_object_get(j, "mandaat")), "Het college van B en W");
		json_decref(j);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_add_entry_and_own_profile),
		cmocka_unit_test(test_edit_refused_for_others),
		cmocka_unit_test(test_outdated_and_confirm_own),
		cmocka_unit_test(test_search_export_and_audit),
		cmocka_unit_test(test_csv_import),
		cmocka_unit_test(test_api),
	};

	curl_global_init(CURL_GLOBAL_DEFAULT);
	return cmocka_run_group_tests(tests, setup, teardown);
}
