/* test_audit_log.c - what the audit log records at the door (anonymous access, bad tokens, CSRF, the casus of a
   denial), and the privacy officer's view of it: filters, pages, export, API, its own rows, failing closed. */
#include "harness.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "client.h"

#define PW "een lang wachtwoord voor de test"
#define REGIE "regie@audit.test"
#define INA "ina@audit.test"
#define FG "fg@audit.test"

static struct server_proc srv;

static int
setup(void **state)
{
	static const struct test_account accounts[] = {
		{ REGIE, "Rita Regie", "regievoerder", NULL, NULL },
		{ INA, "Ina Indiener", "indiener", NULL, NULL },
		{ FG, "Fiona Gegevens", "privacy", NULL, NULL },
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

/* The number of rows with this actie, outcome geweigerd and casus (NULL: any) and object id (NULL: any). */
static int
rows(const char *actie, const char *casus, const char *object_id)
{
	sqlite3 *h;
	sqlite3_stmt *q;
	int n;

	assert_int_equal(sqlite3_open(srv.db, &h), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(h, "SELECT count(*) FROM audit WHERE actie = ?1 AND uitkomst = 'geweigerd'"
	    " AND (?2 IS NULL OR casus = ?2) AND (?3 IS NULL OR object_id = ?3)", -1, &q, NULL), SQLITE_OK);
	sqlite3_bind_text(q, 1, actie, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 2, casus, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 3, object_id, -1, SQLITE_STATIC);
	assert_int_equal(sqlite3_step(q), SQLITE_ROW);
	n = sqlite3_column_int(q, 0);
	sqlite3_finalize(q);
	sqlite3_close(h);
	return n;
}

static long
get(struct client *c, const char *path, const char *const *headers)
{
	struct resp r;
	long status;

	assert_int_equal(client_req(c, "GET", path, headers, NULL, 0, &r), 0);
	status = r.status;
	resp_free(&r);
	return status;
}

/* Anonymous: a page redirects to the login and the API answers 401, and both leave a row naming the casus. */
static void
test_anonymous_access_is_recorded_with_its_casus(void **state)
{
	struct client c;
	(void)state;

	client_init(&c, &srv);
	assert_int_equal(get(&c, "/casussen/PMM-2031-0007", NULL), 303);
	assert_int_equal(rows("toegang.anoniem", "PMM-2031-0007", "/casussen/{ref}"), 1);
	assert_int_equal(get(&c, "/api/v1/casussen/PMM-2031-0008", NULL), 401);
	assert_int_equal(rows("toegang.anoniem", "PMM-2031-0008", "/api/v1/casussen/{referentie}"), 1);
	client_free(&c);
}

/* A token that is not one (unknown, or malformed) answers 401 and leaves a token.ongeldig row. */
static void
test_bad_token_is_recorded(void **state)
{
	const char *bad[] = { "Authorization: Bearer 0000000000000000000000000000000000000000000000000000000000000000",
		NULL };
	const char *kort[] = { "Authorization: Bearer kort", NULL };
	struct client c;
	(void)state;

	client_init(&c, &srv);
	assert_int_equal(get(&c, "/api/v1/casussen", bad), 401);
	assert_int_equal(get(&c, "/api/v1/casussen/PMM-2031-0009", kort), 401);
	assert_int_equal(rows("token.ongeldig", NULL, "/api/v1/casussen"), 1);
	assert_int_equal(rows("token.ongeldig", "PMM-2031-0009", NULL), 1);
	client_free(&c);
}

/* A signed-in user without the route's permission: 403, and the row names the casus of the route, not only its
   pattern. */
static void
test_route_denial_names_the_casus(void **state)
{
	struct client c;
	(void)state;

	client_login_ok(&c, &srv, INA, PW);
	assert_int_equal(get(&c, "/casussen/PMM-2031-0010/afronden", NULL), 403);
	assert_int_equal(rows("toegang", "PMM-2031-0010", "/casussen/{ref}/afronden"), 1);
	client_free(&c);
}

/* A form without its CSRF token is refused and recorded; nothing else happens. */
static void
test_csrf_failure_is_recorded(void **state)
{
	struct client c;
	struct resp r;
	int before = rows("csrf", NULL, "/uitloggen");
	(void)state;

	client_login_ok(&c, &srv, REGIE, PW);
	assert_int_equal(client_req(&c, "POST", "/uitloggen", NULL, "csrf=fout", 9, &r), 0);
	assert_int_equal(r.status, 403);
	resp_free(&r);
	assert_int_equal(rows("csrf", NULL, "/uitloggen"), before + 1);
	assert_int_equal(get(&c, "/", NULL), 200);   /* still signed in: the logout did not happen */
	client_free(&c);
}

/* CR, LF and ESC in an object id from the address are stored escaped, and the chain still verifies. */
static void
test_control_characters_are_escaped(void **state)
{
	const char *verify[] = { "audit", "verify", NULL };
	struct client c;
	struct buf out;
	(void)state;

	client_login_ok(&c, &srv, REGIE, PW);
	assert_int_equal(get(&c, "/casussen/PMM-1%0D%0AX%1B%5B2J", NULL), 404);
	assert_int_equal(rows("casus.lezen", "PMM-1\\x0d\\x0aX\\x1b[2J", "PMM-1\\x0d\\x0aX\\x1b[2J"), 1);
	client_free(&c);
	buf_init(&out, 0);
	assert_int_equal(server_cli(&srv, NULL, &out, verify), 0);
	assert_non_null(strstr(buf_str(&out), "Auditlog in orde"));
	buf_free(&out);
}

static void
sql(const char *text)
{
	sqlite3 *h;

	assert_int_equal(sqlite3_open(srv.db, &h), SQLITE_OK);
	assert_int_equal(sqlite3_exec(h, text, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(h);
}

/* Ina (an indiener) looks at a casus she may not see: a geweigerd casus.lezen row. The privacy officer finds her
   on the page of that casus and in the filtered log; each of those views is itself a row. */
static void
test_privacy_officer_finds_who_viewed_a_casus(void **state)
{
	struct client ina, fg;
	struct resp r;
	long voor = server_audit_count(&srv, "auditlog.lezen", AUDIT_TOEGESTAAN);
	(void)state;

	client_login_ok(&ina, &srv, INA, PW);
	assert_int_equal(get(&ina, "/casussen/PMM-2031-0042", NULL), 404);
	client_free(&ina);

	client_login_ok(&fg, &srv, FG, PW);
	assert_int_equal(client_get(&fg, "/auditlog/casussen/PMM-2031-0042", &r), 200);
	assert_true(resp_contains(&r, "Wie heeft PMM-2031-0042 ingezien"));
	assert_true(resp_contains(&r, "Ina Indiener"));
	assert_true(resp_contains(&r, INA));
	resp_free(&r);
	assert_int_equal(server_audit_count(&srv, "auditlog.inzage", AUDIT_TOEGESTAAN), 1);

	assert_int_equal(client_get(&fg, "/auditlog?casus=PMM-2031-0042&gebruiker=ina%40audit.test&actie=casus", &r), 200);
	assert_true(resp_contains(&r, "casus.lezen"));
	assert_true(resp_contains(&r, "Geweigerd"));
	assert_true(resp_contains(&r, "1 regels"));
	resp_free(&r);
	assert_int_equal(server_audit_count(&srv, "auditlog.lezen", AUDIT_TOEGESTAAN), voor + 1);
	/* a period without her visit finds nothing */
	assert_int_equal(client_get(&fg, "/auditlog?casus=PMM-2031-0042&van=2001-01-01&tot=2001-12-31", &r), 200);
	assert_true(resp_contains(&r, "Geen regels gevonden"));
	resp_free(&r);
	/* a filter that is not one: 400 with a Dutch message, no rows */
	assert_int_equal(client_get(&fg, "/auditlog?van=gisteren", &r), 400);
	assert_true(resp_contains(&r, "JJJJ-MM-DD"));
	assert_false(resp_contains(&r, "Regels van het auditlog"));   /* no table of rows */
	resp_free(&r);
	assert_int_equal(client_get(&fg, "/auditlog?van=2026-02-01&tot=2026-01-01", &r), 400);
	resp_free(&r);
	client_free(&fg);
}

/* The export and the API give the same rows; both are recorded; pages follow. */
static void
test_export_and_api(void **state)
{
	struct client fg;
	struct resp r;
	char token[65];
	json_t *j, *regels;
	long status;
	(void)state;

	client_login_ok(&fg, &srv, FG, PW);
	assert_int_equal(client_get(&fg, "/auditlog/export.csv?casus=PMM-2031-0042", &r), 200);
	assert_non_null(strstr(resp_header(&r, "Content-Type"), "text/csv"));
	assert_true(resp_contains(&r, "nummer,tijd,naam"));
	assert_true(resp_contains(&r, "casus.lezen"));
	assert_true(resp_contains(&r, INA));
	resp_free(&r);
	assert_int_equal(server_audit_count(&srv, "auditlog.export", AUDIT_TOEGESTAAN), 1);
	client_free(&fg);

	assert_int_equal(server_token(&srv, FG, token), 0);
	j = client_api_json(&srv, token, "GET", "/api/v1/auditlog?casus=PMM-2031-0042&actie=casus.lezen", NULL, &status);
	assert_int_equal(status, 200);
	regels = json_object_get(j, "regels");
	assert_int_equal(json_array_size(regels), 1);
	assert_string_equal(json_string_value(json_object_get(json_array_get(regels, 0), "uitkomst")), "geweigerd");
	assert_string_equal(json_string_value(json_object_get(json_object_get(json_array_get(regels, 0), "gebruiker"),
	    "email")), INA);
	json_decref(j);
	/* one row a page: a next link while there are more */
	j = client_api_json(&srv, token, "GET", "/api/v1/auditlog?paginaGrootte=1", NULL, &status);
	assert_int_equal(status, 200);
	assert_true(json_integer_value(json_object_get(j, "totaal")) > 1);
	assert_non_null(json_object_get(json_object_get(j, "_links"), "next"));
	json_decref(j);
	j = client_api_json(&srv, token, "GET", "/api/v1/auditlog?onbekend=1", NULL, &status);
	assert_int_equal(status, 400);
	assert_string_equal(json_string_value(json_object_get(json_array_get(json_object_get(j, "invalidParams"), 0),
	    "name")), "onbekend");
	json_decref(j);
	/* another role's token is refused, and that is recorded too */
	{
		char other[65];

		assert_int_equal(server_token(&srv, REGIE, other), 0);
		j = client_api_json(&srv, other, "GET", "/api/v1/auditlog", NULL, &status);
		assert_int_equal(status, 403);
		json_decref(j);
		assert_true(rows("toegang", NULL, "/api/v1/auditlog") >= 1);
	}
}

/* When the audit row cannot be written, no data: the log's own pages and a casus page answer 503. */
static void
test_fails_closed_without_an_audit_row(void **state)
{
	struct client fg, regie;
	struct resp r;
	(void)state;

	client_login_ok(&fg, &srv, FG, PW);
	client_login_ok(&regie, &srv, REGIE, PW);
	sql("CREATE TRIGGER audit_stuk BEFORE INSERT ON audit BEGIN SELECT RAISE(ABORT, 'stuk'); END;");
	assert_int_equal(client_get(&fg, "/auditlog?casus=PMM-2031-0042", &r), 503);
	assert_false(resp_contains(&r, INA));
	resp_free(&r);
	assert_int_equal(client_get(&fg, "/auditlog/casussen/PMM-2031-0042", &r), 503);
	assert_false(resp_contains(&r, INA));
	resp_free(&r);
	assert_int_equal(client_get(&fg, "/auditlog/export.csv", &r), 503);
	resp_free(&r);
	sql("DROP TRIGGER audit_stuk;");
	assert_int_equal(client_get(&fg, "/auditlog", &r), 200);
	resp_free(&r);
	client_free(&fg);
	client_free(&regie);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_anonymous_access_is_recorded_with_its_casus),
		cmocka_unit_test(test_bad_token_is_recorded),
		cmocka_unit_test(test_route_denial_names_the_casus),
		cmocka_unit_test(test_csrf_failure_is_recorded),
		cmocka_unit_test(test_control_characters_are_escaped),
		cmocka_unit_test(test_privacy_officer_finds_who_viewed_a_casus),
		cmocka_unit_test(test_export_and_api),
		cmocka_unit_test(test_fails_closed_without_an_audit_row),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
