/* test_access.c - the access matrix: every route × anonymous and every role, allowed or denied.
   A route in app_routes without a row here (or a row without a route) fails the test. */
#include "harness.h"

#include <string.h>

#include "app/routes.h"
#include "client.h"

static struct server_proc srv;

enum who { ANON, REGIE, INDIEN, AMBAS, ONDERZ, BEHEER, WHO__MAX };
static const char *const who_name[WHO__MAX] = { "anoniem", "regievoerder", "indiener", "ambassadeur",
	"onderzoeker", "beheerder" };
static char tokens[WHO__MAX][65];

#define Y 1
#define N 0
/* method, pattern, a concrete path, then allowed for: anon regie indien ambas onderz beheer */
static const struct {
	const char *method, *pattern, *path;
	int allow[WHO__MAX];
} matrix[] = {
	{ "GET", "/healthz", "/healthz", { Y, Y, Y, Y, Y, Y } },
	{ "GET", "/metrics", "/metrics", { Y, Y, Y, Y, Y, Y } },   /* the test runs on loopback */
	{ "GET", "/static/{bestand}", "/static/doorbraak.css", { Y, Y, Y, Y, Y, Y } },
	{ "GET", "/toegankelijkheid", "/toegankelijkheid", { Y, Y, Y, Y, Y, Y } },
	{ "GET", "/login", "/login", { Y, Y, Y, Y, Y, Y } },
	{ "POST", "/login", "/login", { Y, Y, Y, Y, Y, Y } },
	{ "POST", "/uitloggen", "/uitloggen", { N, Y, Y, Y, Y, Y } },
	{ "GET", "/", "/", { N, Y, Y, Y, Y, Y } },
	{ "GET", "/casussen", "/casussen", { N, Y, Y, Y, Y, Y } },
	{ "GET", "/register", "/register", { N, Y, Y, Y, Y, Y } },
	{ "GET", "/leerpunten", "/leerpunten", { N, Y, N, Y, Y, N } },
	{ "GET", "/rapportage", "/rapportage", { N, Y, N, N, Y, N } },
	{ "GET", "/beheer", "/beheer", { N, N, N, N, N, Y } },
	{ "GET", "/api/v1/mij", "/api/v1/mij", { N, Y, Y, Y, Y, Y } },
	{ "GET", "/api/v1/openapi.json", "/api/v1/openapi.json", { Y, Y, Y, Y, Y, Y } },
};
#define NMATRIX (sizeof(matrix) / sizeof(matrix[0]))

static int
setup(void **state)
{
	(void)state;
	if (server_start(&srv, NULL) != 0)
		return -1;
	for (int w = REGIE; w < WHO__MAX; w++) {
		char email[64];
		snprintf(email, sizeof(email), "%s@test.example", who_name[w]);
		if (server_add_user(&srv, email, who_name[w], who_name[w], "wachtwoord-test") != 0 ||
		    server_token(&srv, email, tokens[w]) != 0)
			return -1;
	}
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	return server_stop(&srv) == 0 ? 0 : -1;
}

static void
test_every_route_has_a_row(void **state)
{
	(void)state;
	for (size_t i = 0; i < app_routes_count; i++) {
		bool found = false;
		for (size_t j = 0; j < NMATRIX; j++)
			found |= strcmp(app_routes[i].method, matrix[j].method) == 0 &&
			    strcmp(app_routes[i].pattern, matrix[j].pattern) == 0;
		if (!found)
			{ print_error("route %s %s is not in the access matrix", app_routes[i].method, app_routes[i].pattern); fail(); }
	}
	for (size_t j = 0; j < NMATRIX; j++) {
		bool found = false;
		for (size_t i = 0; i < app_routes_count; i++)
			found |= strcmp(app_routes[i].method, matrix[j].method) == 0 &&
			    strcmp(app_routes[i].pattern, matrix[j].pattern) == 0;
		if (!found)
			{ print_error("matrix row %s %s has no route", matrix[j].method, matrix[j].pattern); fail(); }
	}
}

/* Denied: a redirect to the login page, 401, or 403 "Geen toegang" (not a stale-form 403). */
static bool
denied(const struct resp *r)
{
	const char *loc = resp_header(r, "Location");

	if (r->status == 401)
		return true;
	if (r->status == 303 && loc != NULL && strncmp(loc, "/login", 6) == 0)
		return true;
	return r->status == 403 && resp_contains(r, "Geen toegang");
}

static void
test_matrix(void **state)
{
	(void)state;
	for (size_t j = 0; j < NMATRIX; j++) {
		for (int w = 0; w < WHO__MAX; w++) {
			struct client c;
			struct resp r;
			char auth[100];
			const char *api_h[] = { auth, "Content-Type: application/json", NULL };
			const char *form_h[] = { "Content-Type: application/x-www-form-urlencoded", NULL };
			bool api = strncmp(matrix[j].path, "/api/", 5) == 0;
			const char *body = strcmp(matrix[j].method, "GET") == 0 ? NULL : api ? "{}" : "x=1";

			client_init(&c, &srv);
			if (w != ANON && !api) {
				char email[64];
				snprintf(email, sizeof(email), "%s@test.example", who_name[w]);
				assert_int_equal(client_login(&c, email, "wachtwoord-test"), 303);
			}
			snprintf(auth, sizeof(auth), "Authorization: Bearer %s", w == ANON ? "geen" : tokens[w]);
			assert_int_equal(client_req(&c, matrix[j].method, matrix[j].path, api ? api_h : form_h, body,
			    body ? strlen(body) : 0, &r), 0);
			if (r.status == 404 || r.status == 405)
				{ print_error("%s %s as %s: route not reached (%ld)", matrix[j].method, matrix[j].path,
				    who_name[w], r.status); fail(); }
			if (denied(&r) == (bool)matrix[j].allow[w])
				{ print_error("%s %s as %s: expected %s, got status %ld", matrix[j].method, matrix[j].path,
				    who_name[w], matrix[j].allow[w] ? "allowed" : "denied", r.status); fail(); }
			resp_free(&r);
			client_free(&c);
		}
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_route_has_a_row),
		cmocka_unit_test(test_matrix),
	};

	curl_global_init(CURL_GLOBAL_DEFAULT);
	return cmocka_run_group_tests(tests, setup, teardown);
}
