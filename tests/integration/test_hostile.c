/* test_hostile.c - requests an attacker would send at the door: NUL bytes, parameter floods, libmicrohttpd's own errors, a redirect out, file modes. */
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

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
	return server_stop(&srv) == 0 ? 0 : -1;
}

/* The headers every answer must carry, whoever made it. */
static void
assert_security_headers(const struct buf *answer)
{
	const char *csp = raw_header(answer, "Content-Security-Policy");

	assert_non_null(csp);
	assert_non_null(strstr(csp, "default-src 'self'"));
	assert_non_null(strstr(csp, "frame-ancestors 'none'"));
	assert_string_equal(raw_header(answer, "X-Content-Type-Options"), "nosniff");
	assert_string_equal(raw_header(answer, "Referrer-Policy"), "no-referrer");
	assert_string_equal(raw_header(answer, "Cache-Control"), "no-store");
	assert_non_null(raw_header(answer, "X-Request-Id"));
}

/* Sends a request line (with a Host header) and returns the status; the answer must carry our headers. */
static int
send_line(const char *line, size_t len)
{
	struct buf req, answer;
	int status;

	buf_init(&req, 0);
	buf_append(&req, line, len);
	buf_puts(&req, " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
	assert_int_equal(raw_http(&srv, req.data, req.len, &answer), 0);
	status = raw_status(&answer);
	assert_security_headers(&answer);
	buf_free(&req);
	buf_free(&answer);
	return status;
}

#define LINE(s) send_line((s), sizeof(s) - 1)

/* A NUL byte anywhere in the address, raw or as %00, is refused; it never cuts the path or a value short. */
static void
test_nul_in_url_400(void **state)
{
	(void)state;
	assert_int_equal(LINE("GET /healthz\0x"), 400);                 /* raw, in the path */
	assert_int_equal(LINE("GET /healthz%00x"), 400);                /* encoded, in the path */
	assert_int_equal(LINE("GET /login?volgende=/a\0b"), 400);       /* raw, in a value */
	assert_int_equal(LINE("GET /login?volgende=%00b"), 400);        /* encoded, in a value */
	assert_int_equal(LINE("GET /login?a\0b=1"), 400);               /* raw, in a name */
	assert_int_equal(LINE("GET /login?a%00b=1"), 400);              /* encoded, in a name */
	/* and the same addresses without the NUL are fine, so the check is not "refuse everything" */
	assert_int_equal(LINE("GET /healthz"), 200);
	assert_int_equal(LINE("GET /login?volgende=/ab"), 200);
	assert_int_equal(LINE("GET /login?a%2500b=1"), 200);            /* "%00" as text is not a NUL */
}

/* 5,000 parameters used to exhaust libmicrohttpd's memory pool: the connection was dropped without an answer. */
static void
test_parameter_flood_answered_414(void **state)
{
	struct buf line;
	int status;
	(void)state;

	buf_init(&line, 0);
	buf_puts(&line, "GET /login?");
	for (int i = 0; i < 5000; i++)
		buf_printf(&line, "%sp%d=1", i ? "&" : "", i);
	status = send_line(line.data, line.len);
	assert_int_equal(status, 414);
	buf_free(&line);
	/* a normal number of parameters still works */
	assert_int_equal(LINE("GET /login?a=1&b=2&c=3&volgende=/casussen"), 200);
	assert_int_equal(LINE("GET /healthz"), 200);   /* and the server is still there */
}

/* The answers libmicrohttpd makes itself (400, 413, 414, 431) carry the security headers too. */
static void
test_library_errors_carry_headers(void **state)
{
	struct buf req, answer;
	static const char bad_length[] = "POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
	    "application/x-www-form-urlencoded\r\nContent-Length: abc\r\n\r\n";
	static const char bad_chunk[] = "POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
	    "application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFFFFFF\r\nabc\r\n0\r\n\r\n";
	static const char bad_header[] = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\ndit is geen kopregel\r\n\r\n";
	(void)state;

	assert_int_equal(raw_http(&srv, bad_length, sizeof(bad_length) - 1, &answer), 0);
	assert_int_equal(raw_status(&answer), 400);
	assert_security_headers(&answer);
	buf_free(&answer);

	assert_int_equal(raw_http(&srv, bad_chunk, sizeof(bad_chunk) - 1, &answer), 0);
	assert_int_equal(raw_status(&answer), 413);
	assert_security_headers(&answer);
	buf_free(&answer);

	assert_int_equal(raw_http(&srv, bad_header, sizeof(bad_header) - 1, &answer), 0);
	assert_int_equal(raw_status(&answer), 400);
	assert_security_headers(&answer);
	assert_non_null(strstr(buf_str(&answer), "lang=\"nl\""));   /* our Dutch page, not the library's English */
	buf_free(&answer);

	buf_init(&req, 0);   /* a request line longer than the connection's buffer: 414 */
	buf_puts(&req, "GET /");
	for (int i = 0; i < 300000; i++)
		buf_putc(&req, 'a');
	assert_int_equal(send_line(req.data, req.len), 414);
	buf_reset(&req);     /* a header larger than the connection's memory: 431 */
	buf_puts(&req, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Groot: ");
	for (int i = 0; i < 300000; i++)
		buf_putc(&req, 'a');
	buf_puts(&req, "\r\n\r\n");
	assert_int_equal(raw_http(&srv, req.data, req.len, &answer), 0);
	assert_int_equal(raw_status(&answer), 431);
	assert_security_headers(&answer);
	buf_free(&answer);
	buf_free(&req);
}

/* After signing in, the target is a path on this site: a tab (dropped by browsers) cannot make it "//host". */
static void
test_login_redirect_stays_local(void **state)
{
	static const char *const evil[] = {
		"/%09/evil.example/", "/%0A/evil.example/", "/%0D%0A/evil.example/", "/%5Cevil.example/",
		"//evil.example/", "/%20/evil.example/", "https://evil.example/", "/%7F/evil.example/",
	};
	struct resp r;
	struct client c;
	(void)state;

	for (size_t i = 0; i < sizeof(evil) / sizeof(evil[0]); i++) {
		char path[128];

		snprintf(path, sizeof(path), "/login?volgende=%s", evil[i]);
		client_init(&c, &srv);
		assert_int_equal(client_get(&c, path, &r), 200);
		/* the form carries the target back; the login then redirects to it */
		assert_true(resp_contains(&r, "name=\"volgende\" value=\"/\""));
		resp_free(&r);
		client_free(&c);
	}
	client_init(&c, &srv);   /* an honest target is kept */
	assert_int_equal(client_get(&c, "/login?volgende=/casussen%3Fstatus%3Daangemeld", &r), 200);
	assert_true(resp_contains(&r, "name=\"volgende\" value=\"/casussen?status=aangemeld\""));
	resp_free(&r);
	client_free(&c);
}

/* The database and its -wal and -shm files are for doorbraak's own user only. */
static void
test_database_files_0600(void **state)
{
	static const char *const suffix[] = { "", "-wal", "-shm" };
	struct stat st;
	(void)state;

	assert_int_equal(LINE("GET /healthz"), 200);   /* the server has the database open: -wal and -shm exist */
	for (size_t i = 0; i < 3; i++) {
		char path[400];

		snprintf(path, sizeof(path), "%s%s", srv.db, suffix[i]);
		assert_int_equal(stat(path, &st), 0);
		if ((st.st_mode & 0777) != 0600)
			fail_msg("%s has mode %o, not 600", path, (unsigned)(st.st_mode & 0777));
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_nul_in_url_400),
		cmocka_unit_test(test_parameter_flood_answered_414),
		cmocka_unit_test(test_library_errors_carry_headers),
		cmocka_unit_test(test_login_redirect_stays_local),
		cmocka_unit_test(test_database_files_0600),
	};

	curl_global_init(CURL_GLOBAL_DEFAULT);
	return cmocka_run_group_tests(tests, setup, teardown);
}
