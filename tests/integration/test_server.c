/* test_server.c - the server at the door: headers, 404/405/413/415, UTF-8, static files, metrics, stop. */
#include "harness.h"

#include <stdlib.h>
#include <string.h>

#include "client.h"

static struct server_proc srv;

static int
setup(void **state)
{
	(void)state;
	return server_start(&srv, NULL);
}

static int
teardown(void **state)
{
	(void)state;
	return server_stop(&srv) == 0 ? 0 : -1;   /* a clean SIGTERM stop exits 0 */
}

/* GET path on a fresh connection; the status must be want. r must be freed. */
static void
get(const char *path, long want, struct resp *r)
{
	struct client c;

	client_init(&c, &srv);
	assert_int_equal(client_req(&c, "GET", path, NULL, NULL, 0, r), 0);
	client_free(&c);
	assert_int_equal(r->status, want);
}

/* GET path: the status must be want and the body must contain needle. */
static void
expect_page(const char *path, long want, const char *needle)
{
	struct resp r;

	get(path, want, &r);
	assert_true(resp_contains(&r, needle));
	resp_free(&r);
}

static void
test_healthz_and_security_headers(void **state)
{
	struct resp r;
	const char *csp;
	(void)state;

	get("/healthz", 200, &r);
	assert_string_equal(buf_str(&r.body), "ok\n");
	csp = resp_header(&r, "Content-Security-Policy");
	assert_non_null(csp);
	assert_non_null(strstr(csp, "frame-ancestors 'none'"));
	assert_null(strstr(csp, "unsafe-inline"));
	assert_string_equal(resp_header(&r, "X-Content-Type-Options"), "nosniff");
	assert_string_equal(resp_header(&r, "Referrer-Policy"), "no-referrer");
	assert_string_equal(resp_header(&r, "Cache-Control"), "no-store");
	resp_free(&r);
}

static void
test_pages_redirect_to_login(void **state)
{
	struct resp r;
	(void)state;

	get("/", 303, &r);
	assert_string_equal(resp_header(&r, "Location"), "/login");
	resp_free(&r);
	get("/casussen", 303, &r);
	assert_string_equal(resp_header(&r, "Location"), "/login?volgende=%2Fcasussen");
	resp_free(&r);
}

static void
test_login_page_renders_dutch_with_csrf(void **state)
{
	struct resp r;
	char csrf[65];
	(void)state;

	get("/login", 200, &r);
	assert_true(resp_contains(&r, "<html lang=\"nl\""));
	assert_true(resp_contains(&r, "Inloggen"));
	assert_int_equal(html_hidden(&r, "csrf", csrf, sizeof(csrf)), 0);
	assert_int_equal(strlen(csrf), 64);
	assert_non_null(strstr(resp_header(&r, "Content-Type"), "text/html"));
	resp_free(&r);
}

static void
test_unknown_path_404(void **state)
{
	struct resp r;
	(void)state;

	expect_page("/bestaat-niet", 404, "Niet gevonden");
	get("/api/v1/bestaat-niet", 404, &r);
	assert_string_equal(resp_header(&r, "Content-Type"), "application/problem+json");
	assert_true(resp_contains(&r, "\"status\":404"));
	resp_free(&r);
}

static void
test_wrong_method_405(void **state)
{
	struct client c;
	struct resp r;
	(void)state;

	client_init(&c, &srv);
	assert_int_equal(client_req(&c, "DELETE", "/healthz", NULL, NULL, 0, &r), 0);
	assert_int_equal(r.status, 405);
	assert_string_equal(resp_header(&r, "Allow"), "GET");
	resp_free(&r);
	client_free(&c);
}

static void
test_10mb_post_413_server_keeps_answering(void **state)
{
	struct client c;
	struct resp r;
	size_t n = 10 * 1024 * 1024;
	char *big = malloc(n);
	const char *h[] = { "Content-Type: application/x-www-form-urlencoded", NULL };
	(void)state;

	memset(big, 'a', n);
	client_init(&c, &srv);
	assert_int_equal(client_req(&c, "POST", "/login", h, big, n, &r), 0);
	assert_int_equal(r.status, 413);
	resp_free(&r);
	client_free(&c);
	free(big);
	get("/healthz", 200, &r);
	resp_free(&r);
}

static void
test_chunked_body_over_limit_413(void **state)
{
	struct client c;
	struct resp r;
	size_t n = 2 * 1024 * 1024;
	char *big = malloc(n);
	const char *h[] = { "Content-Type: application/x-www-form-urlencoded", "Transfer-Encoding: chunked", NULL };
	(void)state;

	memset(big, 'b', n);
	client_init(&c, &srv);
	assert_int_equal(client_req(&c, "POST", "/login", h, big, n, &r), 0);
	assert_int_equal(r.status, 413);
	resp_free(&r);
	client_free(&c);
	free(big);
}

static void
test_malformed_utf8_400(void **state)
{
	struct client c;
	struct resp r;
	const char *h[] = { "Content-Type: application/x-www-form-urlencoded", NULL };
	const char *bodies[] = { "email=%C0%AF&wachtwoord=x&csrf=x", "email=%ED%A0%80&wachtwoord=x&csrf=x",
		"email=a%00b&wachtwoord=x&csrf=x", "email=%FF&wachtwoord=x", "email=%4" };
	(void)state;

	client_init(&c, &srv);
	for (size_t i = 0; i < sizeof(bodies) / sizeof(bodies[0]); i++) {
		assert_int_equal(client_req(&c, "POST", "/login", h, bodies[i], strlen(bodies[i]), &r), 0);
		assert_int_equal(r.status, 400);
		resp_free(&r);
	}
	assert_int_equal(client_req(&c, "GET", "/login?volgende=%C0%AF", NULL, NULL, 0, &r), 0);
	assert_int_equal(r.status, 400);
	resp_free(&r);
	assert_int_equal(client_req(&c, "GET", "/static/%FF.css", NULL, NULL, 0, &r), 0);
	assert_int_equal(r.status, 400);
	resp_free(&r);
	client_free(&c);
}

static void
test_wrong_content_type_415(void **state)
{
	struct client c;
	struct resp r;
	const char *h[] = { "Content-Type: text/plain", NULL };
	(void)state;

	client_init(&c, &srv);
	assert_int_equal(client_req(&c, "POST", "/login", h, "email=a", 7, &r), 0);
	assert_int_equal(r.status, 415);
	resp_free(&r);
	client_free(&c);
}

static void
test_static_css_cached_and_traversal_refused(void **state)
{
	struct resp r;
	(void)state;

	get("/static/nlds-components.css", 200, &r);
	assert_non_null(strstr(resp_header(&r, "Content-Type"), "text/css"));
	assert_non_null(strstr(resp_header(&r, "Cache-Control"), "immutable"));
	assert_true(r.body.len > 10000);
	resp_free(&r);
	get("/static/..%2Fmigrations%2F001_accounts.sql", 404, &r);
	resp_free(&r);
}

static void
test_metrics_from_loopback(void **state)
{
	struct resp r;
	(void)state;

	get("/metrics", 200, &r);
	assert_true(resp_contains(&r, "doorbraak_http_requests_total{method=\"GET\",route=\"/healthz\",status=\"200\"}"));
	assert_true(resp_contains(&r, "doorbraak_http_request_duration_seconds_bucket{le=\"+Inf\"}"));
	assert_true(resp_contains(&r, "doorbraak_open_connections"));
	resp_free(&r);
}

static void
test_toegankelijkheid_public(void **state)
{
	(void)state;

	expect_page("/toegankelijkheid", 200, "oegankelijkheid");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_healthz_and_security_headers),
		cmocka_unit_test(test_pages_redirect_to_login),
		cmocka_unit_test(test_login_page_renders_dutch_with_csrf),
		cmocka_unit_test(test_unknown_path_404),
		cmocka_unit_test(test_wrong_method_405),
		cmocka_unit_test(test_10mb_post_413_server_keeps_answering),
		cmocka_unit_test(test_chunked_body_over_limit_413),
		cmocka_unit_test(test_malformed_utf8_400),
		cmocka_unit_test(test_wrong_content_type_415),
		cmocka_unit_test(test_static_css_cached_and_traversal_refused),
		cmocka_unit_test(test_metrics_from_loopback),
		cmocka_unit_test(test_toegankelijkheid_public),
	};

	curl_global_init(CURL_GLOBAL_DEFAULT);
	return cmocka_run_group_tests(tests, setup, teardown);
}
