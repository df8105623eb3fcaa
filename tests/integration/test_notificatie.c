/* test_notificatie.c - the notification outbox (issue 14) over HTTP: a new aanmelding notifies every regievoerder,
   toegewezen and afgerond the indiener, an invitation the deelnemer, each exactly once and in the event's own
   transaction (a transaction made to fail leaves no notification and no change); the header's unread count, the
   /meldingen page without case contents, marking read (own notifications only, CSRF), audit rows. */
#include "harness.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "client.h"
#include "lib/date.h"

static struct server_proc srv;
static char ref[32], ref2[32];

#define RITA "rita@test.example"
#define ROB "rob@test.example"
#define INA "ina@test.example"
#define AMBER "amber@test.example"
#define PW "wachtwoord-test-123"

static int
setup(void **state)
{
	static const struct test_account accounts[] = {
		{ RITA, "Rita Regie", "regievoerder", NULL, NULL },
		{ ROB, "Rob Regie", "regievoerder", NULL, NULL },
		{ INA, "Ina Indiener", "indiener", NULL, NULL },
		{ AMBER, "Amber Ambassadeur", "ambassadeur", NULL, NULL },
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

static const char *
vandaag(void)
{
	static char s[DATE_STRLEN];

	date_format(date_today_local(time(NULL)), s);
	return s;
}

/* The number of notifications of kind soort about casus referentie for the account email ("" = anyone). */
static long
tel(const char *soort, const char *referentie, const char *email)
{
	sqlite3 *db = NULL;
	sqlite3_stmt *q = NULL;
	long n = -1;

	assert_int_equal(sqlite3_open(srv.db, &db), SQLITE_OK);
	sqlite3_busy_timeout(db, 10000);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT count(*) FROM notificatie n JOIN gebruiker g ON g.id = n.gebruiker_id"
	    " JOIN persoon p ON p.id = g.persoon_id WHERE n.soort = ?1 AND n.referentie = ?2 AND (?3 = '' OR p.email = ?3)",
	    -1, &q, NULL), SQLITE_OK);
	sqlite3_bind_text(q, 1, soort, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 2, referentie, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 3, email, -1, SQLITE_STATIC);
	if (sqlite3_step(q) == SQLITE_ROW)
		n = sqlite3_column_int(q, 0);
	sqlite3_finalize(q);
	sqlite3_close(db);
	return n;
}

static long
tel_alle(void)
{
	return (long)server_sql_int(&srv, "SELECT count(*) FROM notificatie");
}

static long
post(struct client *c, const char *path, const char *body, struct resp *r)
{
	return client_post_form(c, "/", path, body, r);
}

static long
post_status(struct client *c, const char *path, const char *body)
{
	struct resp r;
	long s = post(c, path, body, &r);

	resp_free(&r);
	return s;
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

static void
indienen(struct client *ina, char *out, size_t n)
{
	struct resp r;
	const char *loc, *q;

	assert_int_equal(post(ina, "/casussen", "hulpvraag=Geheime+hulpvraag+Zwaluwstaart&situatie=Mevrouw+Kwartel"
	    "+vertelt+over+haar+schulden&geprobeerd=Gesprek&leefgebied=wonen&urgentie=hoog&actie=indienen", &r), 303);
	loc = resp_header(&r, "Location");
	assert_non_null(loc);
	assert_int_equal(strncmp(loc, "/casussen/", 10), 0);
	loc += 10;
	q = strchr(loc, '?');
	snprintf(out, n, "%.*s", (int)(q ? q - loc : (long)strlen(loc)), loc);
	resp_free(&r);
}

/* A new aanmelding: one notification for each regievoerder, none for the indiener who made it. */
static void
test_aanmelding(void **state)
{
	struct client ina, rita;
	struct resp r;
	(void)state;

	client_login_ok(&ina, &srv, INA, PW);
	assert_int_equal(tel_alle(), 0);
	indienen(&ina, ref, sizeof(ref));
	assert_int_equal(tel("aanmelding", ref, RITA), 1);
	assert_int_equal(tel("aanmelding", ref, ROB), 1);
	assert_int_equal(tel("aanmelding", ref, INA), 0);
	assert_int_equal(tel_alle(), 2);

	client_login_ok(&rita, &srv, RITA, PW);
	assert_int_equal(client_get(&rita, "/", &r), 200);
	assert_true(resp_contains(&r, "id=\"meldingen-ongelezen\">1</span>"));
	resp_free(&r);
	assert_int_equal(client_get(&rita, "/meldingen", &r), 200);
	assert_true(resp_contains(&r, ref));
	assert_true(resp_contains(&r, "Nieuwe aanmelding"));
	assert_true(resp_contains(&r, "data-gelezen=\"nee\""));
	/* the kind, the referentie and a link: nothing of the casus itself */
	assert_false(resp_contains(&r, "Zwaluwstaart"));
	assert_false(resp_contains(&r, "Kwartel"));
	assert_false(resp_contains(&r, "Ina Indiener"));
	resp_free(&r);
	assert_true(server_audit_count(&srv, "melding.lijst", AUDIT_TOEGESTAAN) >= 1);
	client_free(&rita);
	client_free(&ina);
}

/*
 * The fault: a trigger makes the timeline entry of the next assignment fail,
 * after the notification was written in the same transaction. The request
 * fails, the casus is still unassigned and no notification is left; without
 * the trigger the same assignment gives exactly one.
 */
static void
test_teruggedraaid_geen_melding(void **state)
{
	struct client ina, rita;
	char path[96];
	long s;
	(void)state;

	client_login_ok(&ina, &srv, INA, PW);
	indienen(&ina, ref2, sizeof(ref2));
	client_login_ok(&rita, &srv, RITA, PW);
	server_sql_exec(&srv, "CREATE TRIGGER test_fout BEFORE INSERT ON activiteit BEGIN SELECT RAISE(ABORT, 'test: fout'); END;");
	snprintf(path, sizeof(path), "/casussen/%s/toewijzen", ref2);
	s = post_status(&rita, path, "regievoerder=mij");
	assert_true(s >= 400 && s != 303);   /* the store's failure, whichever code it maps to */
	assert_int_equal(tel("toegewezen", ref2, ""), 0);
	snprintf(path, sizeof(path), "/casussen/%s", ref2);
	assert_true(page_contains(&rita, path, "Aangemeld"));
	server_sql_exec(&srv, "DROP TRIGGER test_fout;");

	snprintf(path, sizeof(path), "/casussen/%s/toewijzen", ref2);
	assert_int_equal(post_status(&rita, path, "regievoerder=mij"), 303);
	assert_int_equal(tel("toegewezen", ref2, INA), 1);
	assert_int_equal(tel("toegewezen", ref2, ""), 1);
	/* taking it over and releasing it tell the indiener nothing more */
	snprintf(path, sizeof(path), "/casussen/%s/vrijgeven", ref2);
	assert_int_equal(post_status(&rita, path, "x=1"), 303);
	assert_int_equal(tel("toegewezen", ref2, ""), 1);
	client_free(&rita);
	client_free(&ina);
}

/* Toegewezen and afgerond for the indiener; an invitation for the deelnemer; marking read. */
static void
test_indiener_en_deelnemer(void **state)
{
	struct client ina, rita, rob, amber;
	struct resp r;
	char path[96], body[512], idpad[64];
	const char *p;
	(void)state;

	client_login_ok(&rita, &srv, RITA, PW);
	snprintf(path, sizeof(path), "/casussen/%s/toewijzen", ref);
	assert_int_equal(post_status(&rita, path, "regievoerder=mij"), 303);
	assert_int_equal(tel("toegewezen", ref, INA), 1);
	assert_int_equal(tel("toegewezen", ref, RITA), 0);

	snprintf(path, sizeof(path), "/casussen/%s/deelnemers", ref);
	assert_int_equal(post_status(&rita, path, "email=amber%40test.example&rol=ambassadeur"), 303);
	assert_int_equal(tel("deelnemer", ref, AMBER), 1);
	assert_int_equal(tel("deelnemer", ref, ""), 1);
	/* a refused invitation (already a deelnemer) leaves no second one */
	assert_int_equal(post_status(&rita, path, "email=amber%40test.example&rol=ambassadeur"), 400);
	assert_int_equal(tel("deelnemer", ref, ""), 1);

	client_login_ok(&ina, &srv, INA, PW);
	assert_int_equal(client_get(&ina, "/meldingen", &r), 200);
	assert_true(resp_contains(&r, "in behandeling genomen"));
	assert_false(resp_contains(&r, "Rita Regie</"));
	p = strstr(buf_str(&r.body), "action=\"/meldingen/");
	while (p != NULL && !(p[19] >= '1' && p[19] <= '9'))   /* one notification's form, not "mark all" */
		p = strstr(p + 1, "action=\"/meldingen/");
	assert_non_null(p);
	snprintf(idpad, sizeof(idpad), "%.*s", (int)strcspn(p + 8, "\""), p + 8);
	resp_free(&r);
	/* this one and the one of the casus of the failed transaction, assigned afterwards */
	assert_true(page_contains(&ina, "/", "id=\"meldingen-ongelezen\">2</span>"));

	/* someone else's notification is 404 and stays unread; without the CSRF token nothing happens */
	client_login_ok(&rob, &srv, ROB, PW);
	assert_int_equal(post_status(&rob, idpad, "x=1"), 404);
	client_free(&rob);
	{
		const char *form_h[] = { "Content-Type: application/x-www-form-urlencoded", NULL };

		assert_int_equal(client_req(&ina, "POST", idpad, form_h, "x=1", 3, &r), 0);
		assert_int_equal(r.status, 403);
		resp_free(&r);
	}
	assert_true(page_contains(&ina, "/", "id=\"meldingen-ongelezen\">2</span>"));
	assert_int_equal(post_status(&ina, idpad, "x=1"), 303);
	assert_true(page_contains(&ina, "/", "id=\"meldingen-ongelezen\">1</span>"));
	assert_int_equal(client_get(&ina, "/meldingen", &r), 200);
	if (!resp_contains(&r, "data-gelezen=\"ja\""))
		fprintf(stderr, "%s\n", buf_str(&r.body));
	assert_true(resp_contains(&r, "data-gelezen=\"ja\""));
	resp_free(&r);
	assert_int_equal(post_status(&ina, "/meldingen/abc/gelezen", "x=1"), 404);
	assert_true(server_audit_count(&srv, "melding.gelezen", AUDIT_TOEGESTAAN) >= 1);
	assert_true(server_audit_count(&srv, "melding.gelezen", AUDIT_GEWEIGERD) >= 1);

	snprintf(path, sizeof(path), "/casussen/%s/afronden", ref);
	snprintf(body, sizeof(body), "afgerond_op=%s&resultaat=De+indiener+kan+verder&maatwerk=geen"
	    "&interventie=expert&followup_op=%s", vandaag(), vandaag());
	assert_int_equal(post_status(&rita, path, body), 303);
	assert_int_equal(tel("afgerond", ref, INA), 1);
	assert_int_equal(tel("afgerond", ref, ""), 1);
	assert_true(page_contains(&ina, "/meldingen", "afgerond"));
	assert_int_equal(post_status(&ina, "/meldingen/gelezen", "x=1"), 303);
	assert_false(page_contains(&ina, "/", "id=\"meldingen-ongelezen\""));

	client_login_ok(&amber, &srv, AMBER, PW);
	assert_true(page_contains(&amber, "/meldingen", "uitgenodigd als deelnemer"));
	client_free(&amber);
	client_free(&ina);
	client_free(&rita);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_aanmelding),
		cmocka_unit_test(test_teruggedraaid_geen_melding),
		cmocka_unit_test(test_indiener_en_deelnemer),
	};

	curl_global_init(CURL_GLOBAL_DEFAULT);
	return cmocka_run_group_tests(tests, setup, teardown);
}
