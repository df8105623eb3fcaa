/* test_verbindingen.c - slowloris, connections per address, and trusted proxies (X-Forwarded-For) against serve. */
#include "harness.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "client.h"

/* 1,000 slow sockets from 20 loopback addresses (50 each, under the default 64 per address). */
#define SLOW_ADDRESSES 20
#define SLOW_PER_ADDRESS 50
#define SLOW_TOTAL (SLOW_ADDRESSES * SLOW_PER_ADDRESS)
/* No assert on speed (house rule): only that the answer comes, within a bound far above the promise of 1 s. */
#define ANSWER_BOUND_S 5.0

static double
now_s(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Enough open files for a thousand sockets and the server's own (which inherits the limit). */
static int
raise_nofile(void **state)
{
	struct rlimit rl;
	(void)state;

	if (getrlimit(RLIMIT_NOFILE, &rl) != 0)
		return -1;
	if (rl.rlim_cur < 8192) {
		rl.rlim_cur = rl.rlim_max == RLIM_INFINITY || rl.rlim_max >= 8192 ? 8192 : rl.rlim_max;
		if (setrlimit(RLIMIT_NOFILE, &rl) != 0)
			return -1;
	}
	return rl.rlim_cur >= 2 * SLOW_TOTAL ? 0 : -1;
}

/* A TCP connection from src (a 127.0.0.x) to the server; -1 when it cannot be made. */
static int
connect_from(const char *src, int port)
{
	struct sockaddr_in me = { .sin_family = AF_INET }, to = { .sin_family = AF_INET, .sin_port = htons((uint16_t)port) };
	int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);

	if (fd < 0)
		return -1;
	inet_pton(AF_INET, src, &me.sin_addr);
	inet_pton(AF_INET, "127.0.0.1", &to.sin_addr);
	if (bind(fd, (struct sockaddr *)&me, sizeof(me)) != 0 || connect(fd, (struct sockaddr *)&to, sizeof(to)) != 0) {
		close(fd);
		return -1;
	}
	return fd;
}

static void
send_all(int fd, const char *s)
{
	size_t n = strlen(s), off = 0;

	while (off < n) {
		ssize_t w = send(fd, s + off, n - off, MSG_NOSIGNAL);
		if (w <= 0)
			return;   /* closed by the server: that is what some tests look for */
		off += (size_t)w;
	}
}

/* True when the server closed fd (end of file or an error), waiting at most ms. */
static bool
closed_by_server(int fd, int ms)
{
	struct pollfd p = { .fd = fd, .events = POLLIN };
	char c;

	if (poll(&p, 1, ms) <= 0)
		return false;
	return recv(fd, &c, 1, MSG_DONTWAIT) <= 0;
}

/* The slowloris opening: a request line and half a header, the rest never comes. */
static const char slow_start[] = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: langzaam\r\nX-Langzaam: ";

/* One GET on a fresh connection from src (NULL: 127.0.0.1) with an optional extra header; the status (0 when no
   answer came), the body in body when not NULL (initialised here), the time it took in *secs. */
static long
fresh_get(struct server_proc *s, const char *src, const char *path, const char *header, struct buf *body,
    double *secs)
{
	struct client c;
	struct resp r;
	const char *h[] = { header, NULL };
	double t0;
	long st;

	client_init(&c, s);
	curl_easy_setopt(c.curl, CURLOPT_FRESH_CONNECT, 1L);
	curl_easy_setopt(c.curl, CURLOPT_FORBID_REUSE, 1L);
	if (src != NULL)
		curl_easy_setopt(c.curl, CURLOPT_INTERFACE, src);
	t0 = now_s();
	client_req(&c, "GET", path, header ? h : NULL, NULL, 0, &r);
	if (secs != NULL)
		*secs = now_s() - t0;
	st = r.status;
	if (body != NULL) {
		buf_init(body, 0);
		buf_append(body, r.body.data ? r.body.data : "", r.body.len);
	}
	resp_free(&r);
	client_free(&c);
	return st;
}

static long
metric(const struct buf *b, const char *name)
{
	const char *p = b->data != NULL ? strstr(b->data, name) : NULL;

	while (p != NULL && (p > b->data && p[-1] != '\n'))
		p = strstr(p + 1, name);
	return p != NULL ? strtol(p + strlen(name), NULL, 10) : -1;
}

/* 1,000 slowloris sockets from 20 addresses, dripping a byte each second: eight fresh requests are answered. */
static void
test_slowloris(void **state)
{
	static int fd[SLOW_TOTAL];
	struct server_proc srv;
	double worst = 0, first = 0;
	int opened = 0;
	(void)state;

	assert_int_equal(server_start(&srv, NULL), 0);
	for (int a = 0; a < SLOW_ADDRESSES; a++) {
		char src[32];

		snprintf(src, sizeof(src), "127.0.0.%d", 10 + a);
		for (int i = 0; i < SLOW_PER_ADDRESS; i++) {
			int k = a * SLOW_PER_ADDRESS + i;

			fd[k] = connect_from(src, srv.port);
			if (fd[k] >= 0) {
				send_all(fd[k], slow_start);
				opened++;
			}
		}
	}
	assert_int_equal(opened, SLOW_TOTAL);
	/* three rounds of one more byte on every socket, a second apart (well inside DOORBRAAK_HEADER_TIMEOUT) */
	for (int round = 0; round < 3; round++) {
		sleep(1);
		for (int k = 0; k < SLOW_TOTAL; k++)
			if (fd[k] >= 0)
				send_all(fd[k], "a");
	}
	{   /* the server holds them all: its own count of open connections */
		struct buf m;
		double secs;
		long st = fresh_get(&srv, NULL, "/metrics", NULL, &m, &secs);
		long open = metric(&m, "doorbraak_open_connections ");

		assert_int_equal(st, 200);
		fprintf(stderr, "# open connections seen by the server: %ld\n", open);
		assert_true(open >= SLOW_TOTAL);
		buf_free(&m);
	}
	for (int i = 0; i < 8; i++) {   /* the reproduction: 8 fresh requests, 0 answered before */
		char src[32];
		double secs;

		snprintf(src, sizeof(src), "127.0.0.%d", 100 + i);
		assert_int_equal(fresh_get(&srv, src, "/healthz", NULL, NULL, &secs), 200);
		assert_true(secs < ANSWER_BOUND_S);
		if (i == 0)
			first = secs;
		if (secs > worst)
			worst = secs;
		for (int k = 0; k < SLOW_TOTAL; k++)   /* keep dripping meanwhile */
			if (fd[k] >= 0 && k % 8 == i)
				send_all(fd[k], "a");
	}
	fprintf(stderr, "# with %d slow sockets open: the first fresh request answered in %.1f ms, the slowest of 8 in "
	    "%.1f ms\n", SLOW_TOTAL, first * 1000, worst * 1000);
	{   /* none of the slow ones got an answer: they are still waiting for their headers to end */
		int gone = 0;

		for (int k = 0; k < SLOW_TOTAL; k++)
			gone += closed_by_server(fd[k], 0);
		assert_int_equal(gone, 0);
	}
	for (int k = 0; k < SLOW_TOTAL; k++)
		close(fd[k]);
	assert_int_equal(server_stop(&srv), 0);
}

/* 500 sockets from one address get that address its limit, not the server: another address is answered. */
static void
test_one_address(void **state)
{
	static int fd[500];
	const char *env[] = { "DOORBRAAK_CONN_PER_ADDRESS=32", NULL };
	struct server_proc srv;
	int held = 0;
	double secs;
	(void)state;

	assert_int_equal(server_start(&srv, env), 0);
	for (int k = 0; k < 500; k++) {
		fd[k] = connect_from("127.0.0.40", srv.port);
		assert_true(fd[k] >= 0);   /* the kernel accepts; the server then closes what is over the limit */
		send_all(fd[k], slow_start);
	}
	sleep(1);
	for (int k = 0; k < 500; k++)
		held += !closed_by_server(fd[k], 0);
	fprintf(stderr, "# of 500 sockets from 127.0.0.40 the server kept %d (limit 32 per address)\n", held);
	/* the limit, give or take one per accepting thread (DOORBRAAK_THREADS, 4) */
	assert_true(held >= 32 && held <= 32 + 4);
	assert_int_equal(fresh_get(&srv, "127.0.0.41", "/healthz", NULL, NULL, &secs), 200);
	fprintf(stderr, "# another address answered in %.1f ms\n", secs * 1000);
	assert_true(secs < ANSWER_BOUND_S);
	/* the address itself is at its limit: no answer until some of its connections close */
	assert_int_equal(fresh_get(&srv, "127.0.0.40", "/healthz", NULL, NULL, NULL), 0);
	for (int k = 0; k < 500; k++)
		close(fd[k]);
	for (int i = 0; i < 50; i++) {   /* then it is welcome again (closing is seen within a moment) */
		if (fresh_get(&srv, "127.0.0.40", "/healthz", NULL, NULL, NULL) == 200)
			break;
		assert_true(i < 49);
		usleep(100 * 1000);
	}
	assert_int_equal(server_stop(&srv), 0);
}

/* A connection that never finishes its headers is closed after DOORBRAAK_HEADER_TIMEOUT of silence. */
static void
test_header_timeout(void **state)
{
	const char *env[] = { "DOORBRAAK_HEADER_TIMEOUT=1", NULL };
	struct server_proc srv;
	int fd;
	bool closed = false;
	(void)state;

	assert_int_equal(server_start(&srv, env), 0);
	fd = connect_from("127.0.0.50", srv.port);
	assert_true(fd >= 0);
	send_all(fd, slow_start);
	for (int i = 0; i < 30 && !closed; i++)   /* bounded: 30 s at most */
		closed = closed_by_server(fd, 1000);
	assert_true(closed);
	close(fd);
	/* a complete request is not cut off by the short limit once its headers are in */
	assert_int_equal(fresh_get(&srv, "127.0.0.50", "/healthz", NULL, NULL, NULL), 200);
	assert_int_equal(server_stop(&srv), 0);
}

/* A slowloris that keeps the idle limit at bay with a byte every 300 ms is cut at DOORBRAAK_HEADER_DEADLINE. */
static void
test_header_deadline(void **state)
{
	const char *env[] = { "DOORBRAAK_HEADER_DEADLINE=2", NULL };
	struct server_proc srv;
	struct client c;
	struct resp r;
	int fd, drips = 0;
	bool closed = false;
	(void)state;

	assert_int_equal(server_start(&srv, env), 0);
	fd = connect_from("127.0.0.52", srv.port);
	assert_true(fd >= 0);
	send_all(fd, slow_start);
	for (; drips < 100 && !closed; drips++) {   /* bounded: 30 s at most */
		send_all(fd, "a");
		closed = closed_by_server(fd, 300);
	}
	fprintf(stderr, "# the dripping socket was closed after %d bytes\n", drips);
	assert_true(closed);
	assert_true(drips > 3);   /* it was not the idle limit (10 s, never reached) nor the first moment */
	close(fd);
	/* a keep-alive connection whose requests come in time is not touched: three requests 1 s apart on one
	   connection (its next headers are due 2 s after the previous answer) */
	client_init(&c, &srv);
	curl_easy_setopt(c.curl, CURLOPT_INTERFACE, "127.0.0.53");
	for (int i = 0; i < 3; i++) {
		long conns = -1;

		assert_int_equal(client_req(&c, "GET", "/healthz", NULL, NULL, 0, &r), 0);
		assert_int_equal(r.status, 200);
		resp_free(&r);
		curl_easy_getinfo(c.curl, CURLINFO_NUM_CONNECTS, &conns);
		if (i > 0)
			assert_int_equal(conns, 0);   /* the same connection was used again */
		sleep(1);
	}
	client_free(&c);
	assert_int_equal(server_stop(&srv), 0);
}

/* Sends request from src on a new connection and reads the answer until the server closes (at most 10 s):
   its status, or 0. ans is initialised here. */
static int
raw_from(const char *src, int port, const char *request, struct buf *ans)
{
	int fd = connect_from(src, port);
	char chunk[4096];

	buf_init(ans, 0);
	if (fd < 0)
		return 0;
	send_all(fd, request);
	for (int i = 0; i < 100; i++) {
		struct pollfd p = { .fd = fd, .events = POLLIN };
		ssize_t n;

		if (poll(&p, 1, 100) <= 0)
			continue;
		n = recv(fd, chunk, sizeof(chunk), 0);
		if (n <= 0)
			break;
		buf_append(ans, chunk, (size_t)n);
	}
	close(fd);
	return raw_status(ans);
}

/* ---- trusted proxies ---------------------------------------------------------------------------------- */

/* One failed sign-in from src with extra header (may be NULL): the status of the POST. */
static long
failed_login(struct server_proc *s, const char *src, const char *header, int n)
{
	struct client c;
	struct resp r;
	char csrf[65] = "", body[512];
	const char *h1[] = { header, NULL };
	const char *h2[] = { "Content-Type: application/x-www-form-urlencoded", header, NULL };
	long st;

	client_init(&c, s);
	curl_easy_setopt(c.curl, CURLOPT_INTERFACE, src);
	assert_int_equal(client_req(&c, "GET", "/login", header ? h1 : NULL, NULL, 0, &r), 0);
	assert_int_equal(r.status, 200);
	assert_int_equal(html_hidden(&r, "csrf", csrf, sizeof(csrf)), 0);
	resp_free(&r);
	snprintf(body, sizeof(body), "csrf=%s&email=onbekend%d%%40voorbeeld.nl&wachtwoord=fout-fout-fout&volgende=%%2F",
	    csrf, n);
	assert_int_equal(client_req(&c, "POST", "/login", h2, body, strlen(body), &r), 0);
	st = r.status;
	resp_free(&r);
	client_free(&c);
	return st;
}

static long
audit_rows_from(struct server_proc *s, const char *adres)
{
	sqlite3 *db;
	sqlite3_stmt *st;
	long n = -1;

	assert_int_equal(sqlite3_open(s->db, &db), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT count(*) FROM audit WHERE adres = ?1", -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_text(st, 1, adres, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(db);
	return n;
}

/* Without DOORBRAAK_TRUSTED_PROXIES the header is ignored: every attempt counts on the socket's address. */
static void
test_proxy_untrusted(void **state)
{
	const char *env[] = { "DOORBRAAK_LOGIN_MAX_FAILURES=2", NULL };   /* 8 per address */
	struct server_proc srv;
	struct buf m;
	(void)state;

	assert_int_equal(server_start(&srv, env), 0);
	for (int i = 0; i < 8; i++) {
		char xff[64];

		snprintf(xff, sizeof(xff), "X-Forwarded-For: 198.51.100.%d", i + 1);   /* a new "client" each time */
		assert_int_equal(failed_login(&srv, "127.0.0.60", xff, i), 401);
	}
	assert_int_equal(failed_login(&srv, "127.0.0.60", "X-Forwarded-For: 198.51.100.99", 99), 429);
	assert_int_equal(audit_rows_from(&srv, "198.51.100.1"), 0);
	assert_int_equal(audit_rows_from(&srv, "198.51.100.99"), 0);
	assert_true(audit_rows_from(&srv, "127.0.0.60") >= 9);
	/* a spoofed Forwarded header is ignored alike; /metrics judges the socket (loopback) */
	assert_int_equal(fresh_get(&srv, "127.0.0.61", "/metrics", "Forwarded: for=198.51.100.7", &m, NULL), 200);
	buf_free(&m);
	assert_int_equal(server_stop(&srv), 0);
}

static void
test_proxy_trusted(void **state)
{
	const char *env[] = { "DOORBRAAK_LOGIN_MAX_FAILURES=2", "DOORBRAAK_TRUSTED_PROXIES=127.0.0.70, 10.9.0.0/16",
		"DOORBRAAK_CONN_PER_ADDRESS=4", NULL };
	struct server_proc srv;
	struct buf m;
	int slow[4];
	(void)state;

	assert_int_equal(server_start(&srv, env), 0);
	/* through the proxy the forwarded client is the throttling key: 198.51.100.7 is blocked, .8 is not */
	for (int i = 0; i < 8; i++)
		assert_int_equal(failed_login(&srv, "127.0.0.70", "X-Forwarded-For: 198.51.100.7", i), 401);
	assert_int_equal(failed_login(&srv, "127.0.0.70", "X-Forwarded-For: 198.51.100.7", 8), 429);
	assert_int_equal(failed_login(&srv, "127.0.0.70", "X-Forwarded-For: 198.51.100.8", 9), 401);
	/* a client's spoofed hop on the left changes nothing: nginx appended the address it saw */
	assert_int_equal(failed_login(&srv, "127.0.0.70", "X-Forwarded-For: 198.51.100.8, 198.51.100.7", 10), 429);
	/* a chain through a second trusted proxy (10.9.0.0/16) is walked to the client */
	assert_int_equal(failed_login(&srv, "127.0.0.70", "X-Forwarded-For: 198.51.100.7, 10.9.3.4", 11), 429);
	/* the same header from a peer that is not a proxy is not believed */
	assert_int_equal(failed_login(&srv, "127.0.0.71", "X-Forwarded-For: 198.51.100.7", 12), 401);
	/* the audit rows name the forwarded client, not the proxy */
	assert_true(audit_rows_from(&srv, "198.51.100.7") >= 9);
	assert_true(audit_rows_from(&srv, "198.51.100.8") >= 1);
	assert_int_equal(audit_rows_from(&srv, "127.0.0.70"), 0);
	assert_true(audit_rows_from(&srv, "127.0.0.71") >= 1);

	/* /metrics through the proxy for a client elsewhere: refused */
	assert_true(fresh_get(&srv, "127.0.0.70", "/metrics", "X-Forwarded-For: 203.0.113.5", &m, NULL) != 200);
	assert_null(strstr(m.data ? m.data : "", "doorbraak_open_connections"));
	buf_free(&m);
	assert_true(fresh_get(&srv, "127.0.0.70", "/metrics", "X-Forwarded-For: 127.0.0.1, 203.0.113.5", &m, NULL) !=
	    200);
	buf_free(&m);
	/* ... for a client on the proxy's own machine, or the proxy itself without a header: allowed */
	assert_int_equal(fresh_get(&srv, "127.0.0.70", "/metrics", "X-Forwarded-For: 127.0.0.1", &m, NULL), 200);
	buf_free(&m);
	assert_int_equal(fresh_get(&srv, "127.0.0.70", "/metrics", NULL, &m, NULL), 200);
	buf_free(&m);
	/* only the configured header is read: Forwarded is not, with X-Forwarded-For the default */
	assert_int_equal(fresh_get(&srv, "127.0.0.70", "/metrics", "Forwarded: for=203.0.113.5", &m, NULL), 200);
	buf_free(&m);

	/* connections per address behind the proxy: requests in flight per forwarded client (limit 4) */
	for (int i = 0; i < 4; i++) {
		slow[i] = connect_from("127.0.0.70", srv.port);
		assert_true(slow[i] >= 0);
		send_all(slow[i], "POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Forwarded-For: 198.51.100.20\r\n"
		    "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\nemail=");
	}
	{
		static const char fifth[] = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Forwarded-For: 198.51.100.20\r\n"
		    "Connection: close\r\n\r\n";
		static const char other[] = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Forwarded-For: 198.51.100.21\r\n"
		    "Connection: close\r\n\r\n";
		struct buf ans;
		int st = 0;

		for (int i = 0; i < 300 && st != 429; i++) {   /* until the four are in (bounded: 30 s on a loaded machine) */
			st = raw_from("127.0.0.70", srv.port, fifth, &ans);
			if (st == 429) {
				assert_non_null(raw_header(&ans, "Retry-After"));
				assert_non_null(raw_header(&ans, "Content-Security-Policy"));
			}
			buf_free(&ans);
			if (st != 429)
				usleep(100 * 1000);
		}
		assert_int_equal(st, 429);
		assert_int_equal(raw_from("127.0.0.70", srv.port, other, &ans), 200);   /* another client is answered */
		buf_free(&ans);
		for (int i = 0; i < 4; i++)
			close(slow[i]);
		st = 0;
		for (int i = 0; i < 300 && st != 200; i++) {   /* and once they are gone, so is that client again */
			st = raw_from("127.0.0.70", srv.port, fifth, &ans);
			buf_free(&ans);
			if (st != 200)
				usleep(100 * 1000);
		}
		assert_int_equal(st, 200);
	}
	assert_int_equal(server_stop(&srv), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_slowloris),
		cmocka_unit_test(test_one_address),
		cmocka_unit_test(test_header_timeout),
		cmocka_unit_test(test_header_deadline),
		cmocka_unit_test(test_proxy_untrusted),
		cmocka_unit_test(test_proxy_trusted),
	};

	curl_global_init(CURL_GLOBAL_DEFAULT);
	return cmocka_run_group_tests(tests, raise_nofile, NULL);
}
