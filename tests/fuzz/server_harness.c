/* server_harness.c - the real server inside a fuzz target: demo database, fixed sessions, raw requests over loopback. */
#include "fuzz_server.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "app/routes.h"
#include "cli/cli.h"
#include "lib/config.h"
#include "lib/crypto.h"
#include "lib/mem.h"
#include "store/store.h"
#include "store/store_account.h"
#include "web/server.h"

static struct config cfg;
static pthread_t thread;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t up = PTHREAD_COND_INITIALIZER;
static unsigned port;
static struct store *own;       /* the harness's own connection, for the sessions */
static int64_t regie_id, beheer_id;
static unsigned long inputs;

static void
die(const char *what)
{
	fprintf(stderr, "fuzz_server: %s\n", what);
	abort();
}

static void
on_ready(unsigned p, void *arg)
{
	(void)arg;
	pthread_mutex_lock(&lock);
	port = p;
	pthread_cond_signal(&up);
	pthread_mutex_unlock(&lock);
}

static void *
serve(void *arg)
{
	(void)arg;
	if (server_run(&cfg, app_routes, app_routes_count, on_ready, NULL) != 0)
		die("server_run failed");
	return NULL;
}

static int64_t
user_id(const char *email)
{
	struct arena *a = arena_new();
	struct gebruiker u;
	int64_t id;

	if (store_user_by_email(own, a, email, &u, NULL) != ERR_OK)
		die(email);
	id = u.id;
	arena_free(a);
	return id;
}

/* (Re)makes a session: the fixed id's hash, signed in, with the fixed CSRF token. */
static void
session(const char *sid, int64_t id)
{
	char hash[CRYPTO_SHA256_HEXLEN];
	struct session_row row;

	crypto_sha256_hex(sid, 64, hash);
	if (store_session_get(own, hash, &row) == ERR_OK && row.stap == SESSIE_BINNEN &&
	    time(NULL) - row.created_at < 3600)
		return;
	store_session_delete(own, hash);
	if (store_session_create(own, hash, id, FUZZ_CSRF, time(NULL), NULL) != ERR_OK)
		die("session");
}

static void
token(void)
{
	char hash[CRYPTO_SHA256_HEXLEN];
	int64_t id;

	crypto_sha256_hex(FUZZ_TOKEN_REGIE, 64, hash);
	if (store_token_lookup(own, hash, &id) == ERR_OK)
		return;
	if (store_token_add(own, regie_id, hash, time(NULL), NULL) != ERR_OK)
		die("token");
}

/* Copies from+suffix to to+suffix with mode 0600; a missing source is skipped unless it is the database. */
static void
copy(const char *from, const char *to, const char *suffix)
{
	char src[600], dst[600], b[65536];
	FILE *in, *out;
	size_t n;

	snprintf(src, sizeof(src), "%s%s", from, suffix);
	snprintf(dst, sizeof(dst), "%s%s", to, suffix);
	if ((in = fopen(src, "rb")) == NULL) {
		if (*suffix == '\0')
			die(src);
		return;
	}
	umask(077);
	if ((out = fopen(dst, "wb")) == NULL)
		die(dst);
	while ((n = fread(b, 1, sizeof(b), in)) > 0)
		if (fwrite(b, 1, n, out) != n)
			die(dst);
	fclose(in);
	if (fclose(out) != 0)
		die(dst);
}

void
fuzz_server_start(void)
{
	static char dir[] = "/dev/shm/doorbraak-fuzz-XXXXXX", dir_tmp[] = "/tmp/doorbraak-fuzz-XXXXXX";
	char msg[256], path[600];
	char *argv[] = { (char *)"init", (char *)"--demo", NULL };
	const char *d, *tmpl;
	struct err e = { 0 };
	sigset_t set;

	if (port != 0)
		return;
	if ((d = mkdtemp(dir)) == NULL && (d = mkdtemp(dir_tmp)) == NULL)
		die("mkdtemp");
	snprintf(path, sizeof(path), "%s/fuzz.db", d);
	setenv("DOORBRAAK_DB", path, 1);
	setenv("DOORBRAAK_LISTEN", "127.0.0.1:0", 1);
	setenv("DOORBRAAK_THREADS", "2", 1);
	setenv("DOORBRAAK_SECCOMP", "0", 1);
	setenv("DOORBRAAK_PWHASH_MEM", "19922944", 1);
	setenv("DOORBRAAK_SESSION_IDLE", "86400", 1);
	setenv("DOORBRAAK_SESSION_MAX", "86400", 1);
	setenv("DOORBRAAK_LOGIN_MAX_FAILURES", "1000", 1);
	setenv("DOORBRAAK_AUDIT_CHECKPOINT_INTERVAL", "3600", 1);
	if (config_load(&cfg, msg, sizeof(msg)) != 0)
		die(msg);
	/* A copy of the demo database that tests/fuzz/run.sh made once with the release binary (init --demo takes
	   a minute in this build), or else init --demo here. */
	if ((tmpl = getenv("FUZZ_DB_TEMPLATE")) != NULL && *tmpl != '\0') {
		copy(tmpl, cfg.db, "");
		copy(tmpl, cfg.db, ".audit-key");
		copy(tmpl, cfg.db, ".audit-checkpoints");
	} else if (cmd_init(&cfg, 2, argv) != 0)
		die("init --demo");
	if ((own = store_open(cfg.db, &e)) == NULL)
		die(e.msg);
	regie_id = user_id("regievoerder@demo.doorbraak.nl");
	beheer_id = user_id("beheerder@demo.doorbraak.nl");
	session(FUZZ_SESSIE_REGIE, regie_id);
	session(FUZZ_SESSIE_BEHEER, beheer_id);
	token();
	/* The server thread blocks SIGINT and SIGTERM for itself and waits for them; this thread must not take
	   them either, or libFuzzer's -max_total_time stop would not reach the server's wait. */
	sigemptyset(&set);
	sigaddset(&set, SIGPIPE);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	if (pthread_create(&thread, NULL, serve, NULL) != 0)
		die("pthread_create");
	pthread_mutex_lock(&lock);
	while (port == 0)
		pthread_cond_wait(&up, &lock);
	pthread_mutex_unlock(&lock);
}

int
fuzz_server_send(const uint8_t *req, size_t n)
{
	struct sockaddr_in sa;
	static char buf[65536];
	size_t got = 0;
	int fd, status = 0;

	fuzz_server_start();
	if (++inputs % 64 == 0 || inputs == 1) {   /* an input may have logged out or revoked: sign in again */
		session(FUZZ_SESSIE_REGIE, regie_id);
		session(FUZZ_SESSIE_BEHEER, beheer_id);
		token();
	}
	if ((fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0)) < 0)
		die("socket");
	memset(&sa, 0, sizeof(sa));
	sa.sin_family = AF_INET;
	sa.sin_port = htons((uint16_t)port);
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (connect(fd, (struct sockaddr *)&sa, sizeof(sa)) != 0)
		die("connect");
	for (size_t off = 0; off < n;) {
		ssize_t w = send(fd, req + off, n - off, MSG_NOSIGNAL);
		if (w <= 0)
			break;   /* the server closed early (a refused request): read what it said */
		off += (size_t)w;
	}
	shutdown(fd, SHUT_WR);
	/* Until the first response is whole (its headers and Content-Length bytes), the server closes, or 3 s pass:
	   a kept-alive connection is not waited on. */
	for (;;) {
		struct pollfd p = { fd, POLLIN, 0 };
		ssize_t r;
		const char *hdr_end;

		if (poll(&p, 1, 3000) <= 0)
			break;
		if ((r = recv(fd, buf + got, sizeof(buf) - 1 - got, 0)) <= 0)
			break;
		got += (size_t)r;
		buf[got] = '\0';
		if (got == sizeof(buf) - 1)
			got = 0;   /* a long body: only its end matters no more */
		if ((hdr_end = strstr(buf, "\r\n\r\n")) != NULL && strncmp(buf, "HTTP/1.", 7) == 0) {
			const char *cl = strcasestr(buf, "\r\nContent-Length:");
			size_t want;

			if (status == 0)
				status = atoi(buf + 9);
			if (cl != NULL && cl < hdr_end) {
				want = (size_t)(hdr_end + 4 - buf) + strtoul(cl + 17, NULL, 10);
				if (got >= want)
					break;
			}
		}
	}
	close(fd);
	return status;
}
