/* test_fuzz_regress.c - every input that made a fuzz target (tests/fuzz/) crash the server, sent to the real one:
   each is answered, and the server is still there afterwards. */
#include "harness.h"

#include <stdio.h>
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
	return server_stop(&srv) == 0 ? 0 : -1;
}

/* Sends the raw request, returns its status; the server must answer and then still answer /healthz. */
static int
send_raw(const char *req, size_t len)
{
	static const char health[] = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
	struct buf answer;
	int status;

	assert_int_equal(raw_http(&srv, req, len, &answer), 0);
	status = raw_status(&answer);
	buf_free(&answer);
	assert_int_equal(raw_http(&srv, health, sizeof(health) - 1, &answer), 0);
	assert_int_equal(raw_status(&answer), 200);
	buf_free(&answer);
	return status;
}

#define RAW(s) send_raw((s), sizeof(s) - 1)

/*
 * fuzz_request: an API path that is not UTF-8. The problem+json answer named the path as its "instance"; jansson
 * refuses a string that is not UTF-8, json_pack gave NULL and strlen(NULL) crashed the server (a segfault in the
 * release build) for anyone, without signing in. Now 400 with a problem that names no path.
 */
static void
test_api_path_not_utf8(void **state)
{
	struct buf answer;
	static const char raw_bytes[] = "GET /api/v1/casuss\xea\xea\xea\xea\xea\xea\xea\xea\xea\xea\xea\xea\xea\xea"
	    "\xea\xea\xea\xea\xea\xea\xea\xea\xea\xea\xea\xea\xea\xea\xea\xea\xea\xea\xea\xea\xea\xea" "en/PMM-2025-0003 "
	    "HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ccccccccccccccccccccccccccccccccccccccccccccccccccc"
	    "ckcccccccccccccccccccccccccccccccccccc\r\nConnection: close\r\n\r\n";
	static const char encoded[] = "GET /api/v1/casussen/%EA%FF HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
	static const char anonymous[] = "GET /api/\xc0\xaf HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
	(void)state;

	assert_int_equal(RAW(raw_bytes), 400);   /* the crashing input as the fuzzer found it */
	assert_int_equal(RAW(encoded), 400);     /* the same, percent-encoded */
	assert_int_equal(RAW(anonymous), 400);   /* an overlong '/', no token */
	assert_int_equal(raw_http(&srv, encoded, sizeof(encoded) - 1, &answer), 0);
	assert_non_null(strstr(buf_str(&answer), "application/problem+json"));
	assert_non_null(strstr(buf_str(&answer), "\"instance\":\"/api/\""));
	buf_free(&answer);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_api_path_not_utf8),
	};

	curl_global_init(CURL_GLOBAL_DEFAULT);
	return cmocka_run_group_tests(tests, setup, teardown);
}
