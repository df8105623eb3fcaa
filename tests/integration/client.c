/* client.c - runs the server under test and speaks HTTP to it. */
#include "harness.h"
#include "client.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <sqlite3.h>
#include <sys/socket.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "core/tweede_factor.h"
#include "lib/totp.h"
#include "store/store.h"

static const char *binary(void)
{
	const char *b = getenv("DOORBRAAK_TEST_BINARY");
	return b && *b ? b : "build/doorbraak-test";
}
#define BINARY binary()

static void
set_env(struct server_proc *s, const char *const *env)
{
	setenv("DOORBRAAK_DB", s->db, 1);
	setenv("DOORBRAAK_PWHASH_MEM", "19922944", 1);   /* 19 MiB: the minimum, for speed */
	setenv("DOORBRAAK_THREADS", "2", 1);
	setenv("DOORBRAAK_ALS_ROOT", "1", 1);   /* the tests run as root on the development machine and in CI */
	setenv("ASAN_OPTIONS", "detect_leaks=1", 1);
	for (size_t i = 0; env != NULL && env[i] != NULL; i++) {
		char name[128];
		const char *eq = strchr(env[i], '=');
		if (eq == NULL || (size_t)(eq - env[i]) >= sizeof(name))
			continue;
		snprintf(name, sizeof(name), "%.*s", (int)(eq - env[i]), env[i]);
		setenv(name, eq + 1, 1);
	}
}

int
server_cli(struct server_proc *s, const char *stdin_text, struct buf *out, const char *const *args)
{
	int in[2], outp[2], status;
	pid_t pid;
	char chunk[4096];
	ssize_t n;

	if (pipe(in) != 0 || pipe(outp) != 0)
		return -1;
	if ((pid = fork()) == 0) {
		const char *argv[32] = { BINARY };
		int i;
		dup2(in[0], 0);
		dup2(outp[1], 1);
		close(in[1]);
		close(outp[0]);
		for (i = 0; args[i] != NULL && i < 30; i++)
			argv[i + 1] = args[i];
		argv[i + 1] = NULL;
		setenv("DOORBRAAK_DB", s->db, 1);
		execv(BINARY, (char *const *)argv);
		_exit(127);
	}
	close(in[0]);
	close(outp[1]);
	if (stdin_text != NULL && write(in[1], stdin_text, strlen(stdin_text)) < 0)
		perror("write");
	close(in[1]);
	while ((n = read(outp[0], chunk, sizeof(chunk))) > 0)
		if (out != NULL)
			buf_append(out, chunk, (size_t)n);
	close(outp[0]);
	if (waitpid(pid, &status, 0) < 0)
		return -1;
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

int
server_add_user(struct server_proc *s, const char *email, const char *naam, const char *rol,
    const char *password)
{
	const char *args[] = { "user", "add", email, "--naam", naam, "--rol", rol, "--organisatie",
		"Gemeente Testdorp", NULL };
	char pw[256];

	snprintf(pw, sizeof(pw), "%s\n", password);
	return server_cli(s, pw, NULL, args);
}

int
server_token(struct server_proc *s, const char *email, char out[65])
{
	const char *args[] = { "token", "create", email, NULL };
	struct buf b;
	int rc;

	buf_init(&b, 0);
	rc = server_cli(s, NULL, &b, args);
	if (rc == 0 && b.len >= 64) {
		memcpy(out, b.data, 64);
		out[64] = '\0';
	} else
		rc = -1;
	buf_free(&b);
	return rc;
}

int
server_add_accounts(struct server_proc *s, const char *password, const struct test_account *accounts, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		const struct test_account *a = &accounts[i];
		const char *args[] = { "user", "add", a->email, "--naam", a->naam, "--rol", a->rol, "--organisatie",
			a->organisatie != NULL ? a->organisatie : "Gemeente Testdorp", NULL };
		char pw[256];

		snprintf(pw, sizeof(pw), "%s\n", password);
		if (server_cli(s, pw, NULL, args) != 0 || (a->token != NULL && server_token(s, a->email, a->token) != 0))
			return -1;
	}
	return 0;
}

int
server_start_with(struct server_proc *s, const char *const *env, const char *password,
    const struct test_account *accounts, size_t n)
{
	return server_start(s, env) == 0 && server_add_accounts(s, password, accounts, n) == 0 ? 0 : -1;
}

long long
server_sql_int(struct server_proc *s, const char *sql)
{
	sqlite3 *db = NULL;
	sqlite3_stmt *q = NULL;
	long long v = -1;

	if (sqlite3_open(s->db, &db) != SQLITE_OK || (sqlite3_busy_timeout(db, 10000),
	    sqlite3_prepare_v2(db, sql, -1, &q, NULL)) != SQLITE_OK) {
		print_error("%s: %s\n", sql, sqlite3_errmsg(db));
		sqlite3_close(db);
		fail();
	}
	if (sqlite3_step(q) == SQLITE_ROW)
		v = sqlite3_column_int64(q, 0);
	sqlite3_finalize(q);
	sqlite3_close(db);
	return v;
}

void
server_sql_exec(struct server_proc *s, const char *sql)
{
	sqlite3 *db = NULL;
	char *msg = NULL;

	if (sqlite3_open(s->db, &db) == SQLITE_OK)
		sqlite3_busy_timeout(db, 10000);
	if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		print_error("%s: %s\n", sql, msg != NULL ? msg : sqlite3_errmsg(db));
		sqlite3_free(msg);
		sqlite3_close(db);
		fail();
	}
	sqlite3_close(db);
}

int
server_start(struct server_proc *s, const char *const *env)
{
	char tmpl[] = "/tmp/doorbraak-test-XXXXXX", portfile[300], logfile[300];
	const char *init[] = { "init", NULL };

	memset(s, 0, sizeof(*s));
	if (mkdtemp(tmpl) == NULL)
		return -1;
	snprintf(s->dir, sizeof(s->dir), "%s", tmpl);
	snprintf(s->db, sizeof(s->db), "%s/test.db", s->dir);
	snprintf(portfile, sizeof(portfile), "%s/port", s->dir);
	snprintf(logfile, sizeof(logfile), "%s/server.log", s->dir);
	set_env(s, env);
	if (server_cli(s, NULL, NULL, init) != 0)
		return -1;
	if ((s->pid = fork()) == 0) {
		int fd = open(logfile, O_WRONLY | O_CREAT | O_TRUNC, 0600);
		if (fd >= 0) {
			dup2(fd, 1);
			dup2(fd, 2);
		}
		setenv("DOORBRAAK_LISTEN", "127.0.0.1:0", 1);
		setenv("DOORBRAAK_PORT_FILE", portfile, 1);
		execl(BINARY, BINARY, "serve", (char *)NULL);
		_exit(127);
	}
	for (int i = 0; i < 600; i++) {   /* up to 30 s for a sanitizer or valgrind build to start */
		FILE *f = fopen(portfile, "r");
		if (f != NULL) {
			int ok = fscanf(f, "%d", &s->port) == 1;
			fclose(f);
			if (ok && s->port > 0) {
				snprintf(s->base, sizeof(s->base), "http://127.0.0.1:%d", s->port);
				return 0;
			}
		}
		usleep(50 * 1000);
	}
	fprintf(stderr, "server did not start; see %s\n", logfile);
	return -1;
}

int
server_stop(struct server_proc *s)
{
	int status = -1;
	char cmd[300];

	if (s->pid > 0) {
		kill(s->pid, SIGTERM);
		if (waitpid(s->pid, &status, 0) > 0)
			status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
	}
	if (status != 0) {   /* keep the log visible in the test output */
		snprintf(cmd, sizeof(cmd), "cat %s/server.log >&2", s->dir);
		if (system(cmd) != 0)
			fprintf(stderr, "(no server log)\n");
	}
	snprintf(cmd, sizeof(cmd), "rm -rf %s", s->dir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", s->dir);
	return status;
}

static size_t
collect(char *p, size_t size, size_t n, void *userdata)
{
	buf_append(userdata, p, size * n);
	return size * n;
}

void
client_init(struct client *c, struct server_proc *s)
{
	c->curl = curl_easy_init();
	c->srv = s;
	curl_easy_setopt(c->curl, CURLOPT_COOKIEFILE, "");   /* in-memory cookie engine */
}

void
client_free(struct client *c)
{
	curl_easy_cleanup(c->curl);
}

int
client_req(struct client *c, const char *method, const char *path, const char *const *headers,
    const char *body, size_t len, struct resp *out)
{
	struct curl_slist *h = NULL;
	char url[2048];
	CURLcode rc;

	buf_init(&out->body, 0);
	buf_init(&out->headers, 0);
	out->status = 0;
	snprintf(url, sizeof(url), "%s%s", c->srv->base, path);
	curl_easy_setopt(c->curl, CURLOPT_URL, url);
	curl_easy_setopt(c->curl, CURLOPT_CUSTOMREQUEST, method);
	curl_easy_setopt(c->curl, CURLOPT_NOBODY, strcmp(method, "HEAD") == 0 ? 1L : 0L);
	curl_easy_setopt(c->curl, CURLOPT_HTTPGET, strcmp(method, "GET") == 0 ? 1L : 0L);
	if (body != NULL) {
		curl_easy_setopt(c->curl, CURLOPT_POSTFIELDS, body);
		curl_easy_setopt(c->curl, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)len);
	} else if (strcmp(method, "GET") != 0 && strcmp(method, "HEAD") != 0) {
		curl_easy_setopt(c->curl, CURLOPT_POSTFIELDS, "");
		curl_easy_setopt(c->curl, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)0);
	}
	for (size_t i = 0; headers != NULL && headers[i] != NULL; i++)
		h = curl_slist_append(h, headers[i]);
	h = curl_slist_append(h, "Expect:");
	curl_easy_setopt(c->curl, CURLOPT_HTTPHEADER, h);
	curl_easy_setopt(c->curl, CURLOPT_WRITEFUNCTION, collect);
	curl_easy_setopt(c->curl, CURLOPT_WRITEDATA, &out->body);
	curl_easy_setopt(c->curl, CURLOPT_HEADERFUNCTION, collect);
	curl_easy_setopt(c->curl, CURLOPT_HEADERDATA, &out->headers);
	curl_easy_setopt(c->curl, CURLOPT_TIMEOUT, 30L);
	rc = curl_easy_perform(c->curl);
	curl_slist_free_all(h);
	curl_easy_setopt(c->curl, CURLOPT_POSTFIELDS, NULL);
	if (rc != CURLE_OK) {
		fprintf(stderr, "curl: %s %s: %s\n", method, path, curl_easy_strerror(rc));
		return -1;
	}
	curl_easy_getinfo(c->curl, CURLINFO_RESPONSE_CODE, &out->status);
	return 0;
}

void
resp_free(struct resp *r)
{
	buf_free(&r->body);
	buf_free(&r->headers);
}

const char *
resp_header(const struct resp *r, const char *name)
{
	static _Thread_local char value[1024];
	const char *p = buf_str(&r->headers);
	size_t n = strlen(name);

	while (p != NULL && *p) {
		if (strncasecmp(p, name, n) == 0 && p[n] == ':') {
			const char *v = p + n + 1, *end = strpbrk(v, "\r\n");
			while (*v == ' ')
				v++;
			snprintf(value, sizeof(value), "%.*s", (int)(end ? end - v : (long)strlen(v)), v);
			return value;
		}
		p = strchr(p, '\n');
		if (p)
			p++;
	}
	return NULL;
}

bool
resp_contains(const struct resp *r, const char *needle)
{
	return strstr(buf_str(&r->body), needle) != NULL;
}

int
raw_http(struct server_proc *s, const void *request, size_t len, struct buf *out)
{
	struct sockaddr_in sa = { .sin_family = AF_INET, .sin_port = htons((uint16_t)s->port) };
	const char *p = request;
	char chunk[8192];
	int fd;

	buf_init(out, 0);
	inet_pton(AF_INET, "127.0.0.1", &sa.sin_addr);
	if ((fd = socket(AF_INET, SOCK_STREAM, 0)) < 0 || connect(fd, (struct sockaddr *)&sa, sizeof(sa)) != 0) {
		if (fd >= 0)
			close(fd);
		return -1;
	}
	while (len > 0) {   /* a server that answers early may stop reading: that is fine */
		ssize_t n = send(fd, p, len, MSG_NOSIGNAL);
		if (n <= 0)
			break;
		p += n;
		len -= (size_t)n;
	}
	for (;;) {
		struct pollfd pfd = { fd, POLLIN, 0 };
		ssize_t n;

		if (poll(&pfd, 1, 10000) <= 0)
			break;
		if ((n = recv(fd, chunk, sizeof(chunk), 0)) <= 0)
			break;
		buf_append(out, chunk, (size_t)n);
	}
	close(fd);
	return out->len > 0 ? 0 : -1;
}

const char *
raw_header(const struct buf *answer, const char *name)
{
	static _Thread_local char value[1024];
	const char *p = buf_str(answer), *end = strstr(p, "\r\n\r\n");
	size_t n = strlen(name);

	while ((p = strstr(p, "\r\n")) != NULL && (end == NULL || p < end)) {
		p += 2;
		if (strncasecmp(p, name, n) == 0 && p[n] == ':') {
			const char *v = p + n + 1, *e = strstr(v, "\r\n");
			while (*v == ' ')
				v++;
			snprintf(value, sizeof(value), "%.*s", (int)(e ? e - v : (long)strlen(v)), v);
			return value;
		}
	}
	return NULL;
}

int
raw_status(const struct buf *answer)
{
	int status = 0;

	if (sscanf(buf_str(answer), "HTTP/1.%*d %d", &status) != 1)
		return 0;
	return status;
}

int
html_hidden(const struct resp *r, const char *name, char *out, size_t len)
{
	char pat[128];
	const char *p, *q;

	snprintf(pat, sizeof(pat), "name=\"%s\" value=\"", name);
	if ((p = strstr(buf_str(&r->body), pat)) == NULL)
		return -1;
	p += strlen(pat);
	if ((q = strchr(p, '"')) == NULL || (size_t)(q - p) >= len)
		return -1;
	snprintf(out, len, "%.*s", (int)(q - p), p);
	return 0;
}

int
client_csrf(struct client *c, const char *path, char out[65])
{
	struct resp r;
	int rc;

	if (client_req(c, "GET", path, NULL, NULL, 0, &r) != 0)
		return -1;
	rc = html_hidden(&r, "csrf", out, 65);
	resp_free(&r);
	return rc;
}

/* ---- the second factor, as the test process's authenticator app ----------------------------------------- */

/* The secrets this process has set up (or been given), per server and account, with the last time step used:
   a code is accepted once, so each login takes the next step, waiting for the clock when the window is used up. */
static struct tf_account {
	int port;
	char email[256];
	char secret[64];
	int64_t last_step;
} tf_accounts[512];
static int ntf_accounts;

static struct tf_account *
tf_find(int port, const char *email)
{
	for (int i = 0; i < ntf_accounts; i++)
		if (tf_accounts[i].port == port && strcasecmp(tf_accounts[i].email, email) == 0)
			return &tf_accounts[i];
	return NULL;
}

void
client_totp_secret(struct server_proc *s, const char *email, const char *secret)
{
	struct tf_account *a = tf_find(s->port, email);

	if (a == NULL && ntf_accounts < (int)(sizeof(tf_accounts) / sizeof(tf_accounts[0]))) {
		a = &tf_accounts[ntf_accounts++];
		a->port = s->port;
		snprintf(a->email, sizeof(a->email), "%s", email);
		a->last_step = 0;
	}
	if (a != NULL)
		snprintf(a->secret, sizeof(a->secret), "%s", secret);
}

int
client_totp_code(struct server_proc *s, const char *email, char out[TOTP_CODE_LEN])
{
	struct tf_account *a = tf_find(s->port, email);
	int64_t step;

	if (a == NULL)
		return -1;
	for (;;) {
		time_t t = time(NULL);
		int64_t now = totp_stap(t);
		/* The steps behind now are used only while the current step has 10 s left: on a loaded machine the
		   server may check the code in the next step, and then a step behind would fall out of the window. */
		int64_t oudste = (t % TOTP_STAP) <= TOTP_STAP - 10 ? now - TOTP_VENSTER : now;

		step = a->last_step + 1 > oudste ? a->last_step + 1 : oudste;
		if (step <= now + TOTP_VENSTER)
			break;
		usleep(250 * 1000);   /* every code of the window was used: wait for the next time step */
	}
	a->last_step = step;
	return totp_code(a->secret, (uint64_t)step, out);
}

/* The second step after a right password (Location: loc): the code, or setting up the second factor. */
static long
second_step(struct client *c, const char *email, const char *loc)
{
	const char *h[] = { "Content-Type: application/x-www-form-urlencoded", NULL };
	char csrf[65], code[TOTP_CODE_LEN], body[256], secret[64];
	struct resp page, r;
	long status;
	bool enrol = strcmp(loc, "/login/inschrijven") == 0;

	if (client_req(c, "GET", loc, NULL, NULL, 0, &page) != 0)
		return -1;
	if (html_hidden(&page, "csrf", csrf, sizeof(csrf)) != 0) {
		resp_free(&page);
		return -1;
	}
	if (enrol) {   /* read the secret the page shows as text, as a person types it into their app */
		const char *p = strstr(buf_str(&page.body), "id=\"totp-geheim\">");
		size_t n = 0;

		if (p == NULL) {
			resp_free(&page);
			return -1;
		}
		for (p += strlen("id=\"totp-geheim\">"); *p != '<' && *p != '\0' && n + 1 < sizeof(secret); p++)
			if (*p != ' ')
				secret[n++] = *p;
		secret[n] = '\0';
		client_totp_secret(c->srv, email, secret);
	}
	resp_free(&page);
	if (client_totp_code(c->srv, email, code) != 0) {
		fprintf(stderr, "client_login: %s needs a second factor this test process does not know\n", email);
		return -1;
	}
	snprintf(body, sizeof(body), "csrf=%s&code=%s", csrf, code);
	if (client_req(c, "POST", loc, h, body, strlen(body), &r) != 0)
		return -1;
	status = r.status;
	resp_free(&r);
	if (enrol && status == 200)
		return 303;   /* set up and signed in; the page showed the recovery codes */
	return status;
}

long
client_login_password(struct client *c, const char *email, const char *password, char *location, size_t loclen)
{
	char csrf[65], body[1024];
	const char *h[] = { "Content-Type: application/x-www-form-urlencoded", NULL };
	struct resp r;
	long status;
	CURL *esc = c->curl;
	char *e1, *e2;

	if (client_csrf(c, "/login", csrf) != 0)
		return -1;
	e1 = curl_easy_escape(esc, email, 0);
	e2 = curl_easy_escape(esc, password, 0);
	snprintf(body, sizeof(body), "csrf=%s&email=%s&wachtwoord=%s&volgende=%%2F", csrf, e1, e2);
	curl_free(e1);
	curl_free(e2);
	if (client_req(c, "POST", "/login", h, body, strlen(body), &r) != 0)
		return -1;
	status = r.status;
	if (location != NULL)
		snprintf(location, loclen, "%s", resp_header(&r, "Location") ? resp_header(&r, "Location") : "");
	resp_free(&r);
	return status;
}

long
client_login(struct client *c, const char *email, const char *password)
{
	char loc[256];
	long status = client_login_password(c, email, password, loc, sizeof(loc));

	if (status == 303 && (strcmp(loc, "/login/code") == 0 || strcmp(loc, "/login/inschrijven") == 0))
		return second_step(c, email, loc);
	return status;
}

long
server_audit_count(struct server_proc *s, const char *actie, enum audit_uitkomst u)
{
	struct err e = { 0 };
	struct store *st = store_open(s->db, &e);
	long n;

	assert_non_null(st);
	n = store_audit_count(st, actie, u);
	store_close(st);
	return n;
}

/* The sessions client_login_ok made, per server and account (a code is accepted once: see above). */
static struct {
	int port;
	char email[256];
	char sessie[80];
} sessions[512];
static int nsessions;

static void
session_value(struct client *c, char out[80])
{
	struct curl_slist *cookies = NULL, *p;

	out[0] = '\0';
	curl_easy_getinfo(c->curl, CURLINFO_COOKIELIST, &cookies);
	for (p = cookies; p != NULL; p = p->next)
		if (strstr(p->data, "\tsessie\t") != NULL)
			snprintf(out, 80, "%s", strrchr(p->data, '\t') + 1);
	curl_slist_free_all(cookies);
}

void
client_login_ok(struct client *c, struct server_proc *s, const char *email, const char *password)
{
	struct resp r;
	int i;

	client_init(c, s);
	for (i = 0; i < nsessions; i++)
		if (sessions[i].port == s->port && strcasecmp(sessions[i].email, email) == 0)
			break;
	if (i < nsessions) {   /* that account's session, if it is still signed in (/login then redirects) */
		char line[256];

		snprintf(line, sizeof(line), "127.0.0.1\tFALSE\t/\tFALSE\t0\tsessie\t%s", sessions[i].sessie);
		curl_easy_setopt(c->curl, CURLOPT_COOKIELIST, line);
		assert_int_equal(client_req(c, "GET", "/login", NULL, NULL, 0, &r), 0);
		resp_free(&r);
		if (r.status == 303)
			return;
		curl_easy_setopt(c->curl, CURLOPT_COOKIELIST, "ALL");   /* ended: sign in again */
	}
	assert_int_equal(client_login(c, email, password), 303);
	if (i == nsessions && nsessions < (int)(sizeof(sessions) / sizeof(sessions[0]))) {
		sessions[i].port = s->port;
		snprintf(sessions[i].email, sizeof(sessions[i].email), "%s", email);
		nsessions++;
	}
	if (i < nsessions)
		session_value(c, sessions[i].sessie);
}

long
client_get(struct client *c, const char *path, struct resp *r)
{
	assert_int_equal(client_req(c, "GET", path, NULL, NULL, 0, r), 0);
	return r->status;
}

long
client_post_form(struct client *c, const char *csrf_page, const char *path, const char *body, struct resp *r)
{
	const char *h[] = { "Content-Type: application/x-www-form-urlencoded", NULL };
	char csrf[65];
	struct buf b;

	assert_int_equal(client_csrf(c, csrf_page, csrf), 0);
	buf_init(&b, 0);
	buf_printf(&b, "csrf=%s&%s", csrf, body);
	assert_int_equal(client_req(c, "POST", path, h, b.data, b.len, r), 0);
	buf_free(&b);
	return r->status;
}

void
client_api(struct client *c, const char *token, const char *method, const char *path, const char *body,
    size_t len, const char *type, struct resp *r)
{
	char auth[100], ct[100];
	const char *h[] = { auth, ct, NULL };

	snprintf(auth, sizeof(auth), "Authorization: Bearer %s", token);
	snprintf(ct, sizeof(ct), "Content-Type: %s", type != NULL ? type : "application/json");
	assert_int_equal(client_req(c, method, path, h, body, len, r), 0);
}

json_t *
client_api_json(struct server_proc *s, const char *token, const char *method, const char *path,
    const char *body, long *status)
{
	struct client c;
	struct resp r;
	json_t *j;

	client_init(&c, s);
	client_api(&c, token, method, path, body, body ? strlen(body) : 0, NULL, &r);
	*status = r.status;
	j = json_loads(buf_str(&r.body), 0, NULL);
	resp_free(&r);
	client_free(&c);
	return j;
}

int
cli_run(const char *db, const char *const *args, struct buf *out, struct buf *err)
{
	int outp[2], errp[2], status;
	struct pollfd p[2];
	char chunk[4096];
	pid_t pid;

	if (pipe(outp) != 0 || pipe(errp) != 0)
		return -1;
	if ((pid = fork()) == 0) {
		const char *argv[32] = { BINARY };
		int i, in = open("/dev/null", O_RDONLY);

		dup2(in, 0);
		dup2(outp[1], 1);
		dup2(errp[1], 2);
		close(outp[0]);
		close(errp[0]);
		for (i = 0; args[i] != NULL && i < 30; i++)
			argv[i + 1] = args[i];
		argv[i + 1] = NULL;
		setenv("DOORBRAAK_DB", db, 1);
		execv(BINARY, (char *const *)argv);
		_exit(127);
	}
	close(outp[1]);
	close(errp[1]);
	p[0] = (struct pollfd){ .fd = outp[0], .events = POLLIN };
	p[1] = (struct pollfd){ .fd = errp[0], .events = POLLIN };
	while (p[0].fd >= 0 || p[1].fd >= 0) {
		if (poll(p, 2, -1) < 0 && errno != EINTR)
			break;
		for (int i = 0; i < 2; i++) {
			ssize_t n;

			if (p[i].fd < 0 || p[i].revents == 0)
				continue;
			if ((n = read(p[i].fd, chunk, sizeof(chunk))) > 0) {
				if ((i == 0 ? out : err) != NULL)
					buf_append(i == 0 ? out : err, chunk, (size_t)n);
			} else {
				close(p[i].fd);
				p[i].fd = -1;
			}
		}
	}
	if (waitpid(pid, &status, 0) < 0)
		return -1;
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

int
server_stop_keep(struct server_proc *s)
{
	int status = -1;

	if (s->pid > 0) {
		kill(s->pid, SIGTERM);
		if (waitpid(s->pid, &status, 0) > 0)
			status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
		s->pid = 0;
	}
	return status;
}

int
server_restart(struct server_proc *s)
{
	char portfile[300], logfile[300];

	snprintf(portfile, sizeof(portfile), "%s/port", s->dir);
	snprintf(logfile, sizeof(logfile), "%s/server.log", s->dir);
	unlink(portfile);
	if ((s->pid = fork()) == 0) {
		int fd = open(logfile, O_WRONLY | O_CREAT | O_APPEND, 0600);
		if (fd >= 0) {
			dup2(fd, 1);
			dup2(fd, 2);
		}
		setenv("DOORBRAAK_DB", s->db, 1);
		setenv("DOORBRAAK_LISTEN", "127.0.0.1:0", 1);
		setenv("DOORBRAAK_PORT_FILE", portfile, 1);
		execl(BINARY, BINARY, "serve", (char *)NULL);
		_exit(127);
	}
	for (int i = 0; i < 600; i++) {
		FILE *f = fopen(portfile, "r");
		if (f != NULL) {
			int ok = fscanf(f, "%d", &s->port) == 1;
			fclose(f);
			if (ok && s->port > 0) {
				snprintf(s->base, sizeof(s->base), "http://127.0.0.1:%d", s->port);
				return 0;
			}
		}
		usleep(50 * 1000);
	}
	return -1;
}
