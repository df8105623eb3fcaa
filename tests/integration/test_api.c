/* test_api.c - the API basics: bearer tokens, problem+json, API-Version, GET /api/v1/mij. */
#include "harness.h"

#include <jansson.h>
#include <string.h>

#include "client.h"

static struct server_proc srv;
static char token[65];

static int
setup(void **state)
{
	(void)state;
	if (server_start(&srv, NULL) != 0 ||
	    server_add_user(&srv, "api@test.example", "Annet API", "regievoerder", "wachtwoord-api") != 0)
		return -1;
	return server_token(&srv, "api@test.example", token);
}

static int
teardown(void **state)
{
	(void)state;
	return server_stop(&srv) == 0 ? 0 : -1;
}

static void
test_mij_without_token_401_problem(void **state)
{
	struct client c;
	struct resp r;
	json_t *j;
	(void)state;

	client_init(&c, &srv);
	assert_int_equal(client_req(&c, "GET", "/api/v1/mij", NULL, NULL, 0, &r), 0);
	assert_int_equal(r.status, 401);
	assert_string_equal(resp_header(&r, "Content-Type"), "application/problem+json");
	assert_string_equal(resp_header(&r, "API-Version"), "0.1.0");
	j = json_loads(buf_str(&r.body), 0, NULL);
	assert_non_null(j);
	assert_int_equal(json_integer_value(json_object_get(j, "status")), 401);
	assert_non_null(json_string_value(json_object_get(j, "title")));
	assert_non_null(json_string_value(json_object_get(j, "detail")));
	json_decref(j);
	resp_free(&r);
	client_free(&c);
}

static void
test_mij_with_bad_tokens_401(void **state)
{
	const char *bad[] = { "Authorization: Bearer 0000000000000000000000000000000000000000000000000000000000000000",
		"Authorization: Bearer kort", "Authorization: Basic YTpi", NULL };
	(void)state;

	for (size_t i = 0; bad[i] != NULL; i++) {
		struct client c;
		struct resp r;
		const char *h[] = { bad[i], NULL };

		client_init(&c, &srv);
		assert_int_equal(client_req(&c, "GET", "/api/v1/mij", h, NULL, 0, &r), 0);
		assert_int_equal(r.status, 401);
		resp_free(&r);
		client_free(&c);
	}
}

static void
test_mij_with_token_returns_user(void **state)
{
	struct client c;
	struct resp r;
	char auth[100];
	const char *h[] = { auth, NULL };
	json_t *j;
	(void)state;

	snprintf(auth, sizeof(auth), "Authorization: Bearer %s", token);
	client_init(&c, &srv);
	assert_int_equal(client_req(&c, "GET", "/api/v1/mij", h, NULL, 0, &r), 0);
	assert_int_equal(r.status, 200);
	assert_string_equal(resp_header(&r, "Content-Type"), "application/json");
	assert_string_equal(resp_header(&r, "API-Version"), "0.1.0");
	j = json_loads(buf_str(&r.body), 0, NULL);
	assert_non_null(j);
	assert_string_equal(json_string_value(json_object_get(j, "naam")), "Annet API");
	assert_string_equal(json_string_value(json_object_get(j, "email")), "api@test.example");
	assert_string_equal(json_string_value(json_array_get(json_object_get(j, "rollen"), 0)), "regievoerder");
	assert_string_equal(json_string_value(json_object_get(json_object_get(j, "organisatie"), "naam")),
	    "Gemeente Testdorp");
	json_decref(j);
	resp_free(&r);
	client_free(&c);
}

static void
test_session_cookie_does_not_open_the_api(void **state)
{
	struct client c;
	struct resp r;
	(void)state;

	client_init(&c, &srv);
	assert_int_equal(client_login(&c, "api@test.example", "wachtwoord-api"), 303);
	assert_int_equal(client_req(&c, "GET", "/api/v1/mij", NULL, NULL, 0, &r), 0);
	assert_int_equal(r.status, 401);
	resp_free(&r);
	client_free(&c);
}

static void
test_disabled_account_token_stops_working(void **state)
{
	struct client c;
	struct resp r;
	char auth[100], tok[65];
	const char *h[] = { auth, NULL };
	const char *args[] = { "user", "disable", "weg@test.example", NULL };
	(void)state;

	assert_int_equal(server_add_user(&srv, "weg@test.example", "Wim Weg", "indiener", "wachtwoord-wim"), 0);
	assert_int_equal(server_token(&srv, "weg@test.example", tok), 0);
	snprintf(auth, sizeof(auth), "Authorization: Bearer %s", tok);
	client_init(&c, &srv);
	assert_int_equal(client_req(&c, "GET", "/api/v1/mij", h, NULL, 0, &r), 0);
	assert_int_equal(r.status, 200);
	resp_free(&r);
	assert_int_equal(server_cli(&srv, NULL, NULL, args), 0);
	assert_int_equal(client_req(&c, "GET", "/api/v1/mij", h, NULL, 0, &r), 0);
	assert_int_equal(r.status, 401);
	resp_free(&r);
	client_free(&c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_mij_without_token_401_problem),
		cmocka_unit_test(test_mij_with_bad_tokens_401),
		cmocka_unit_test(test_mij_with_token_returns_user),
		cmocka_unit_test(test_session_cookie_does_not_open_the_api),
		cmocka_unit_test(test_disabled_account_token_stops_working),
	};

	curl_global_init(CURL_GLOBAL_DEFAULT);
	return cmocka_run_group_tests(tests, setup, teardown);
}
