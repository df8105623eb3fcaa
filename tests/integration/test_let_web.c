/* test_let_web.c - LET escalaties and overbruggingen in the browser, over HTTP: asking for one, the chair who sees
   the casus as a deelnemer, a meeting with afspraken, an overdue one on both start pages, a refused step (409), an
   overbrugging from request to settlement, each bad input refused with the data unchanged, the lists. In order. */
#include "harness.h"

#include <sqlite3.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "client.h"
#include "lib/date.h"

static struct server_proc srv;

#define REGIE "rita@test.example"
#define VZ "vera@test.example"
#define VZ2 "victor@test.example"
#define INA "ina@test.example"
#define PW "wachtwoord-test-123"
#define REF "PMM-2026-0001"
#define CASUS "/casussen/" REF

static const char *
vandaag(int plus)
{
	static char s[4][DATE_STRLEN];
	static int k;

	k = (k + 1) % 4;
	date_format(date_today_local(time(NULL)) + plus, s[k]);
	return s[k];
}

/* One number from the test database (an id, a count), or -1. */
static long long
sql_getal(const char *q)
{
	sqlite3 *db = NULL;
	sqlite3_stmt *st = NULL;
	long long v = -1;

	if (sqlite3_open(srv.db, &db) == SQLITE_OK && sqlite3_prepare_v2(db, q, -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(db);
	return v;
}

static long long
org(const char *naam)
{
	char q[256];

	snprintf(q, sizeof(q), "SELECT id FROM organisatie WHERE naam = '%s'", naam);
	return sql_getal(q);
}

static int
setup(void **state)
{
	const char *import[] = { "import", "-", NULL };
	struct buf out;
	char line[1024];

	static const struct test_account accounts[] = {
		{ REGIE, "Rita Regie", "regievoerder", NULL, NULL },
		{ VZ, "Vera Voorzitter", "let_voorzitter", NULL, NULL },
		{ VZ2, "Victor Voorzitter", "let_voorzitter", NULL, NULL },
		{ INA, "Ina Indiener", "indiener", NULL, NULL },
	};

	(void)state;
	if (server_start_with(&srv, NULL, PW, accounts, sizeof(accounts) / sizeof(accounts[0])) != 0)
		return -1;
	snprintf(line, sizeof(line), "{\"referentie\":\"" REF "\",\"ontvangenOp\":\"%s\",\"hulpvraag\":\"Gezin in "
	    "twee hotelkamers\",\"indiener\":{\"naam\":\"Ida Ander\",\"email\":\"ida@elders.example\",\"organisatie\":"
	    "{\"naam\":\"Gemeente Elders\",\"type\":\"gemeente\"}},\"indienerType\":\"gemeente\",\"leefgebieden\":"
	    "[\"wonen\"],\"betrokkenOrganisaties\":[{\"naam\":\"Gemeente Elders\",\"type\":\"gemeente\"},"
	    "{\"naam\":\"Woonstede Elders\",\"type\":\"woningcorporatie\"},{\"naam\":\"Zorgkantoor Elders\",\"type\":"
	    "\"zorgkantoor\"}]}\n", vandaag(-60));
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

static long
post(struct client *c, const char *path, const char *body, struct resp *r)
{
	return client_post_form(c, "/", path, body, r);
}

/* Posts and expects status; prints the body when it differs. */
static void
post_expect(struct client *c, const char *path, const char *body, long status)
{
	struct resp r;
	long s = post(c, path, body, &r);

	if (s != status)
		fprintf(stderr, "POST %s -> %ld, expected %ld\n%.2000s\n", path, s, status, buf_str(&r.body));
	assert_int_equal(s, status);
	resp_free(&r);
}

static bool
page_contains(struct client *c, const char *path, const char *needle)
{
	struct resp r;
	bool found;

	assert_int_equal(client_get(c, path, &r), 200);
	found = resp_contains(&r, needle);
	resp_free(&r);
	return found;
}

static long long
escalaties(void)
{
	return sql_getal("SELECT count(*) FROM escalatie");
}

static void
test_escalatie_aanvragen(void **state)
{
	struct client c;
	struct resp r;
	char body[512];
	(void)state;

	client_login_ok(&c, &srv, REGIE, PW);
	assert_true(page_contains(&c, CASUS, "Escalatie naar het LET aanvragen"));
	assert_true(page_contains(&c, CASUS, "Geen escalaties."));
	assert_true(page_contains(&c, CASUS "/escalaties/nieuw", "name=\"esc_organisaties\""));
	/* without a reden, a decision asked, or with a date in the future: 400, nothing stored */
	snprintf(body, sizeof(body), "esc_reden=&esc_gevraagdBesluit=Een+woning&esc_urgentie=hoog"
	    "&esc_organisaties=%lld&esc_aangevraagdOp=%s", org("Gemeente Elders"), vandaag(-20));
	post_expect(&c, CASUS "/escalaties", body, 400);
	snprintf(body, sizeof(body), "esc_reden=Vastgelopen&esc_gevraagdBesluit=Een+woning&esc_urgentie=hoog"
	    "&esc_organisaties=%lld&esc_aangevraagdOp=%s", org("Gemeente Elders"), vandaag(3));
	post_expect(&c, CASUS "/escalaties", body, 400);
	post_expect(&c, CASUS "/escalaties", "esc_reden=Vastgelopen&esc_gevraagdBesluit=Een+woning&esc_urgentie=hoog", 400);
	assert_int_equal(escalaties(), 0);
	/* an organisation of another casus (forged id) is refused too */
	post_expect(&c, CASUS "/escalaties", "esc_reden=Vastgelopen&esc_gevraagdBesluit=Een+woning&esc_urgentie=hoog"
	    "&esc_organisaties=99999&esc_aangevraagdOp=2026-01-01", 400);
	assert_int_equal(escalaties(), 0);

	snprintf(body, sizeof(body), "esc_reden=Gezin+al+een+jaar+in+twee+hotelkamers&esc_geprobeerd=Alle+loketten"
	    "&esc_gevraagdBesluit=Wie+zorgt+voor+een+woning&esc_urgentie=hoog&esc_organisaties=%lld&esc_organisaties=%lld"
	    "&esc_andere_naam=BZK&esc_andere_type=ministerie&esc_aangevraagdOp=%s", org("Gemeente Elders"),
	    org("Woonstede Elders"), vandaag(-20));
	assert_int_equal(post(&c, CASUS "/escalaties", body, &r), 303);
	assert_non_null(strstr(resp_header(&r, "Location"), CASUS "/escalaties/1"));
	resp_free(&r);
	assert_int_equal(escalaties(), 1);
	assert_true(page_contains(&c, CASUS "/escalaties/1", "Aangevraagd"));
	assert_true(page_contains(&c, CASUS "/escalaties/1", "Woonstede Elders"));
	/* the interventie on the timeline follows from the record */
	assert_int_equal(sql_getal("SELECT count(*) FROM activiteit WHERE interventie_type = 'escalatie'"), 1);
	assert_true(page_contains(&c, CASUS, "Escalatie van"));
	assert_true(server_audit_count(&srv, "escalatie.aanvragen", AUDIT_TOEGESTAAN) >= 1);
	assert_true(server_audit_count(&srv, "escalatie.lezen", AUDIT_TOEGESTAAN) >= 1);
	client_free(&c);
}

static void
test_voorzitter(void **state)
{
	struct client c, v, i;
	char body[128];
	(void)state;

	/* before they are engaged, the chair does not see the casus (404) */
	client_login_ok(&v, &srv, VZ, PW);
	{
		struct resp r;

		assert_int_equal(client_get(&v, CASUS "/escalaties/1", &r), 404);
		resp_free(&r);
	}
	client_login_ok(&i, &srv, INA, PW);
	post_expect(&i, CASUS "/escalaties/1", "stap=voorzitter_inschakelen&vz_voorzitter=1", 403);   /* route: no */
	client_free(&i);
	/* the chair may not engage themselves: a regievoerder's step */
	client_login_ok(&c, &srv, REGIE, PW);
	post_expect(&c, CASUS "/escalaties/1", "stap=voorzitter_inschakelen&vz_voorzitter=", 400);
	post_expect(&c, CASUS "/escalaties/1", "stap=voorzitter_inschakelen&vz_voorzitter=1", 400);   /* the regievoerder */
	snprintf(body, sizeof(body), "stap=voorzitter_inschakelen&vz_voorzitter=%lld",
	    sql_getal("SELECT id FROM persoon WHERE email = '" VZ "'"));
	post_expect(&c, CASUS "/escalaties/1", body, 303);
	assert_true(page_contains(&c, CASUS "/escalaties/1", "Vera Voorzitter"));
	assert_true(page_contains(&c, CASUS "/escalaties/1", "Voorzitter ingeschakeld"));
	client_free(&c);
	/* now the chair sees the casus as a deelnemer, in their list and on its page, audited */
	assert_true(page_contains(&v, "/escalaties", REF));
	assert_true(page_contains(&v, CASUS, "Gezin in twee hotelkamers"));
	assert_true(page_contains(&v, "/casussen", REF));
	assert_true(server_audit_count(&srv, "casus.lezen", AUDIT_TOEGESTAAN) >= 1);
	/* the chair cannot withdraw it (a regievoerder's step) */
	post_expect(&v, CASUS "/escalaties/1", "stap=intrekken&it_reden=Niet+nodig&it_datum=2026-01-01", 403);
	client_free(&v);
	/* another chair sees nothing of it */
	client_login_ok(&v, &srv, VZ2, PW);
	{
		struct resp r;

		assert_int_equal(client_get(&v, CASUS "/escalaties/1", &r), 404);
		resp_free(&r);
		assert_false(page_contains(&v, "/escalaties", REF));
		post_expect(&v, CASUS "/escalaties/1", "stap=bijeenkomst_plannen&bk_datum=2026-01-01", 404);
	}
	client_free(&v);
}

static void
test_bijeenkomst_en_afspraken(void **state)
{
	struct client v, c;
	char body[1024];
	long long afspraken;
	(void)state;

	client_login_ok(&v, &srv, VZ, PW);
	/* a meeting before the request: refused */
	snprintf(body, sizeof(body), "stap=bijeenkomst_plannen&bk_datum=%s", vandaag(-40));
	post_expect(&v, CASUS "/escalaties/1", body, 400);
	assert_int_equal(sql_getal("SELECT count(*) FROM escalatie_bijeenkomst"), 0);
	snprintf(body, sizeof(body), "stap=bijeenkomst_plannen&bk_datum=%s&bk_notities=Aan+tafel"
	    "&bk_deelnemers_0_naam=Wethouder+Wonen&bk_deelnemers_0_organisatie=%lld&bk_deelnemers_0_functie=Wethouder"
	    "&bk_deelnemers_0_mandaat=ja&bk_deelnemers_1_naam=Directeur+Woonstede&bk_deelnemers_1_organisatie=%lld",
	    vandaag(-10), org("Gemeente Elders"), org("Woonstede Elders"));
	post_expect(&v, CASUS "/escalaties/1", body, 303);
	assert_true(page_contains(&v, CASUS "/escalaties/1", "Bijeenkomst gepland"));
	assert_true(page_contains(&v, CASUS "/escalaties/1", "Directeur Woonstede"));
	/* an afspraak for an organisation that was not at the table: 400, nothing stored */
	snprintf(body, sizeof(body), "stap=afspraak_vastleggen&af_bijeenkomst=1&af_wat=Budget&af_organisatie=%lld"
	    "&af_uiterlijk=%s", org("Zorgkantoor Elders"), vandaag(5));
	post_expect(&v, CASUS "/escalaties/1", body, 400);
	/* without what, or due before the meeting: 400 */
	snprintf(body, sizeof(body), "stap=afspraak_vastleggen&af_bijeenkomst=1&af_wat=&af_organisatie=%lld"
	    "&af_uiterlijk=%s", org("Gemeente Elders"), vandaag(5));
	post_expect(&v, CASUS "/escalaties/1", body, 400);
	snprintf(body, sizeof(body), "stap=afspraak_vastleggen&af_bijeenkomst=1&af_wat=Woning&af_organisatie=%lld"
	    "&af_uiterlijk=%s", org("Gemeente Elders"), vandaag(-30));
	post_expect(&v, CASUS "/escalaties/1", body, 400);
	assert_int_equal(sql_getal("SELECT count(*) FROM escalatie_afspraak"), 0);
	snprintf(body, sizeof(body), "stap=afspraak_vastleggen&af_bijeenkomst=1&af_wat=Urgentieverklaring+afgeven"
	    "&af_organisatie=%lld&af_wie=Wethouder&af_uiterlijk=%s", org("Gemeente Elders"), vandaag(-2));
	post_expect(&v, CASUS "/escalaties/1", body, 303);
	snprintf(body, sizeof(body), "stap=afspraak_vastleggen&af_bijeenkomst=1&af_wat=Woning+aanbieden"
	    "&af_organisatie=%lld&af_uiterlijk=%s", org("Woonstede Elders"), vandaag(30));
	post_expect(&v, CASUS "/escalaties/1", body, 303);
	afspraken = sql_getal("SELECT count(*) FROM escalatie_afspraak");
	assert_int_equal(afspraken, 2);
	assert_true(page_contains(&v, CASUS "/escalaties/1", "Afspraken gemaakt"));
	/* the overdue one on the chair's start page, the other one not */
	assert_true(page_contains(&v, "/", "Urgentieverklaring afgeven"));
	assert_true(page_contains(&v, "/", "2 dagen te laat"));
	assert_false(page_contains(&v, "/", "Woning aanbieden"));
	/* a refused transition: the chair alone was enough, after afspraken were made -> 409, unchanged */
	post_expect(&v, CASUS "/escalaties/1", "stap=alleen_voorzitter&av_uitkomst=doorbraak&av_resultaat=x&av_datum=2026-01-01",
	    409);
	assert_int_equal(sql_getal("SELECT count(*) FROM escalatie WHERE status = 'afspraken_gemaakt'"), 1);
	client_free(&v);
	/* and on the regievoerder's */
	client_login_ok(&c, &srv, REGIE, PW);
	assert_true(page_contains(&c, "/", "Urgentieverklaring afgeven"));
	/* follow-up: niet_nagekomen needs a note */
	post_expect(&c, CASUS "/escalaties/1", "stap=opvolging_vastleggen&op_afspraak=1&op_status=niet_nagekomen"
	    "&op_notitie=&op_datum=2026-01-01", 400);
	assert_int_equal(sql_getal("SELECT count(*) FROM afspraak_opvolging"), 0);
	snprintf(body, sizeof(body), "stap=opvolging_vastleggen&op_afspraak=1&op_status=nagekomen&op_datum=%s",
	    vandaag(0));
	post_expect(&c, CASUS "/escalaties/1", body, 303);
	assert_false(page_contains(&c, "/", "Urgentieverklaring afgeven"));
	snprintf(body, sizeof(body), "stap=afronden&ar_uitkomst=doorbraak&ar_resultaat=Woning+gevonden&ar_datum=%s",
	    vandaag(0));
	post_expect(&c, CASUS "/escalaties/1", body, 303);
	assert_true(page_contains(&c, CASUS "/escalaties/1", "Woning gevonden"));
	/* ended: every step refused */
	post_expect(&c, CASUS "/escalaties/1", "stap=intrekken&it_reden=Toch+niet&it_datum=2026-01-01", 409);
	assert_int_equal(sql_getal("SELECT count(*) FROM escalatie WHERE status = 'afgerond'"), 1);
	client_free(&c);
}

static long long
ob_status(const char *status)
{
	char q[128];

	snprintf(q, sizeof(q), "SELECT count(*) FROM overbrugging WHERE status = '%s'", status);
	return sql_getal(q);
}

static void
test_overbrugging(void **state)
{
	struct client c;
	struct resp r;
	char body[1024];
	long long gem = org("Gemeente Elders"), zk = org("Zorgkantoor Elders");
	static const char *const fout[] = {
		"ob_wat=&ob_termijnWerkdagen=10",                                             /* nothing to pay for */
		"ob_wat=Crisisbed&ob_geschatBedrag=-5&ob_termijnWerkdagen=10",                /* negative */
		"ob_wat=Crisisbed&ob_geschatBedrag=200.000.000&ob_termijnWerkdagen=10",       /* absurd */
		"ob_wat=Crisisbed&ob_geschatBedrag=12.50&ob_termijnWerkdagen=10",             /* not Dutch */
		"ob_wat=Crisisbed&ob_periodeVan=2026-05-01&ob_periodeTot=2026-04-01&ob_termijnWerkdagen=10",
		"ob_wat=Crisisbed&ob_termijnWerkdagen=99",
	};
	(void)state;

	client_login_ok(&c, &srv, REGIE, PW);
	assert_true(page_contains(&c, CASUS "/overbruggingen/nieuw", "Beslistermijn in werkdagen"));
	for (size_t i = 0; i < sizeof(fout) / sizeof(fout[0]); i++) {
		snprintf(body, sizeof(body), "%s&ob_kandidaten=%lld&ob_aangevraagdOp=%s", fout[i], gem, vandaag(-1));
		post_expect(&c, CASUS "/overbruggingen", body, 400);
	}
	assert_int_equal(sql_getal("SELECT count(*) FROM overbrugging"), 0);
	snprintf(body, sizeof(body), "ob_wat=Crisisbed+voor+de+moeder&ob_regelingen=wmo&ob_regelingen=wlz"
	    "&ob_geschatBedrag=18.500&ob_periodeVan=%s&ob_periodeTot=%s&ob_termijnWerkdagen=10&ob_kandidaten=%lld"
	    "&ob_kandidaten=%lld&ob_aangevraagdOp=%s", vandaag(-1), vandaag(60), gem, zk, vandaag(-1));
	assert_int_equal(post(&c, CASUS "/overbruggingen", body, &r), 303);
	assert_non_null(strstr(resp_header(&r, "Location"), CASUS "/overbruggingen/1"));
	resp_free(&r);
	assert_true(page_contains(&c, CASUS "/overbruggingen/1", "\xe2\x82\xac 18.500,00"));
	/* pre-financing: an amount is required */
	snprintf(body, sizeof(body), "stap=voorfinancieren&vf_voorfinancier=%lld&vf_bedrag=&vf_datum=%s", gem, vandaag(0));
	post_expect(&c, CASUS "/overbruggingen/1", body, 400);
	snprintf(body, sizeof(body), "stap=voorfinancieren&vf_voorfinancier=%lld&vf_bedrag=1.234%%2C56&vf_datum=%s", gem,
	    vandaag(0));
	post_expect(&c, CASUS "/overbruggingen/1", body, 303);
	assert_true(page_contains(&c, CASUS "/overbruggingen/1", "\xe2\x82\xac 1.234,56"));
	assert_int_equal(ob_status("voorgefinancierd"), 1);
	/* deciding without a payer: 400 */
	snprintf(body, sizeof(body), "stap=besluiten&bs_betaler=&bs_grondslag=Wlz-indicatie&bs_datum=%s", vandaag(0));
	post_expect(&c, CASUS "/overbruggingen/1", body, 400);
	assert_int_equal(ob_status("voorgefinancierd"), 1);
	snprintf(body, sizeof(body), "stap=besluiten&bs_betaler=%lld&bs_grondslag=Wlz-indicatie&bs_datum=%s", zk,
	    vandaag(0));
	post_expect(&c, CASUS "/overbruggingen/1", body, 303);
	assert_int_equal(ob_status("besloten"), 1);
	/* settling more than was pre-financed: 400 */
	snprintf(body, sizeof(body), "stap=verrekenen&vr_bedrag=2.000&vr_datum=%s", vandaag(0));
	post_expect(&c, CASUS "/overbruggingen/1", body, 400);
	assert_int_equal(ob_status("besloten"), 1);
	snprintf(body, sizeof(body), "stap=verrekenen&vr_bedrag=1.234%%2C56&vr_datum=%s", vandaag(0));
	post_expect(&c, CASUS "/overbruggingen/1", body, 303);
	assert_int_equal(ob_status("verrekend"), 1);
	/* settled: withdrawing is a refused transition */
	post_expect(&c, CASUS "/overbruggingen/1", "stap=intrekken&it_reden=Toch+niet&it_datum=2026-01-01", 409);
	assert_int_equal(ob_status("verrekend"), 1);

	/* one past its beslistermijn without a decision: on the start page and in the list */
	snprintf(body, sizeof(body), "ob_wat=Inkomen+tijdens+bezwaar&ob_termijnWerkdagen=10&ob_kandidaten=%lld"
	    "&ob_aangevraagdOp=%s", gem, vandaag(-30));
	post_expect(&c, CASUS "/overbruggingen", body, 303);
	assert_true(page_contains(&c, "/", "Inkomen tijdens bezwaar"));
	assert_true(page_contains(&c, "/overbruggingen?te_laat=ja", "Inkomen tijdens bezwaar"));
	assert_false(page_contains(&c, "/overbruggingen?te_laat=ja", "Crisisbed"));
	assert_true(page_contains(&c, "/overbruggingen?status=verrekend", "Crisisbed"));
	assert_true(server_audit_count(&srv, "overbrugging.wijzigen", AUDIT_TOEGESTAAN) >= 1);
	assert_true(server_audit_count(&srv, "overbrugging.lijst", AUDIT_TOEGESTAAN) >= 1);
	client_free(&c);
}

static void
test_lijsten(void **state)
{
	struct client c, i;
	struct resp r;
	(void)state;

	client_login_ok(&c, &srv, REGIE, PW);
	assert_int_equal(client_get(&c, "/escalaties?status=onzin", &r), 400);
	resp_free(&r);
	assert_int_equal(client_get(&c, "/escalaties?pagina=0", &r), 400);
	resp_free(&r);
	assert_true(page_contains(&c, "/escalaties?status=afgerond", REF));
	assert_true(page_contains(&c, "/escalaties?status=ingetrokken", "Geen escalaties"));
	assert_true(page_contains(&c, "/escalaties?open=ja", "Geen escalaties die nog lopen"));
	assert_true(page_contains(&c, "/overbruggingen?status=ingetrokken", "Geen overbruggingen"));
	client_free(&c);
	/* the indiener has neither list */
	client_login_ok(&i, &srv, INA, PW);
	assert_int_equal(client_get(&i, "/escalaties", &r), 403);
	resp_free(&r);
	assert_int_equal(client_get(&i, "/overbruggingen", &r), 403);
	resp_free(&r);
	client_free(&i);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_escalatie_aanvragen),
		cmocka_unit_test(test_voorzitter),
		cmocka_unit_test(test_bijeenkomst_en_afspraken),
		cmocka_unit_test(test_overbrugging),
		cmocka_unit_test(test_lijsten),
	};

	curl_global_init(CURL_GLOBAL_DEFAULT);
	return cmocka_run_group_tests(tests, setup, teardown);
}
