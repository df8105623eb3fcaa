/* test_crash.c - the crash test: casussen created and read through the API while the server is SIGKILLed at random moments; none acknowledged is lost, no acknowledged read lacks its audit row. */
#include "harness.h"

#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "client.h"

/*
 * `make test` runs 5 cycles, `make crashtest` 100 (CRASHTEST_CYCLES). Each
 * cycle starts `doorbraak serve` on the same database (127.0.0.1, a free
 * port), lets two writers create casussen through the API, each recording
 * every referentie answered with 201, and kills the server with SIGKILL
 * after a random time (one cycle in ten already while it starts up). Then
 * `doorbraak check` must pass (PRAGMA integrity_check and the audit chain)
 * and every acknowledged casus must be in the database. The seed is printed
 * (CRASHTEST_SEED repeats a run).
 *
 * Beside the writers, readers GET one casus over and over and record the
 * X-Request-Id of every 200: the audit row of a read goes through the group
 * commit (store/audit/groep.c), which batches the rows of concurrent reads
 * into one transaction, and no answer may leave before its row is durable.
 * After each kill every recorded read must have its casus.lezen row.
 */

#define WRITERS 2
#define READERS 4

static struct server_proc srv;
static char token[65];
static char gelezen_ref[24];   /* the casus the readers read */

static struct {
	pthread_mutex_t lock;
	char (*id)[40];
	size_t n, cap;
	atomic_int fout;
} reads = { .lock = PTHREAD_MUTEX_INITIALIZER };

static struct {
	pthread_mutex_t lock;
	char (*ref)[24];
	size_t n, cap;
	atomic_bool stop;
	atomic_int fout;   /* answers other than 201 from a live server */
} acks = { .lock = PTHREAD_MUTEX_INITIALIZER };

static const char *
server_binary(void)
{
	const char *b = getenv("DOORBRAAK_BINARY");   /* the release build when make passes it: more cycles a second */

	if (b == NULL || *b == '\0')
		b = getenv("DOORBRAAK_TEST_BINARY");
	return b != NULL && *b != '\0' ? b : "build/doorbraak-test";
}

static int
setup(void **state)
{
	(void)state;
	struct client c;
	struct resp r;
	char auth[100];
	const char *h[] = { auth, "Content-Type: application/json", NULL };
	const char *body = "{\"hulpvraag\":\"Crashtest: de casus die de lezers lezen\",\"leefgebieden\":[\"wonen\"]}";
	json_t *j;
	int rc = -1;

	if (server_start(&srv, NULL) != 0 ||
	    server_add_user(&srv, "ina@crash.example", "Ina Indiener", "indiener", "wachtwoord-test") != 0 ||
	    server_token(&srv, "ina@crash.example", token) != 0)
		return -1;
	snprintf(auth, sizeof(auth), "Authorization: Bearer %s", token);
	client_init(&c, &srv);
	if (client_req(&c, "POST", "/api/v1/casussen", h, body, strlen(body), &r) == 0 && r.status == 201 &&
	    (j = json_loads(buf_str(&r.body), 0, NULL)) != NULL) {
		const char *ref = json_string_value(json_object_get(j, "referentie"));

		if (ref != NULL && strlen(ref) < sizeof(gelezen_ref)) {
			snprintf(gelezen_ref, sizeof(gelezen_ref), "%s", ref);
			rc = 0;
		}
		json_decref(j);
	}
	resp_free(&r);
	client_free(&c);
	return rc;
}

static int
teardown(void **state)
{
	(void)state;
	free(acks.ref);
	free(reads.id);
	return server_stop(&srv) == 0 ? 0 : -1;
}

static void
ack(const char *ref)
{
	pthread_mutex_lock(&acks.lock);
	if (acks.n == acks.cap) {
		acks.cap = acks.cap ? acks.cap * 2 : 1024;
		acks.ref = realloc(acks.ref, acks.cap * sizeof(*acks.ref));
		if (acks.ref == NULL)
			abort();
	}
	snprintf(acks.ref[acks.n++], sizeof(acks.ref[0]), "%s", ref);
	pthread_mutex_unlock(&acks.lock);
}

/* Creates casussen until told to stop or the server is gone; only a 201 with a referentie counts. */
static void *
writer(void *arg)
{
	struct client c;
	char auth[100], body[160];
	const char *h[] = { auth, "Content-Type: application/json", NULL };
	int id = (int)(intptr_t)arg;

	snprintf(auth, sizeof(auth), "Authorization: Bearer %s", token);
	client_init(&c, &srv);
	curl_easy_setopt(c.curl, CURLOPT_CONNECTTIMEOUT, 2L);
	for (int i = 0; !atomic_load(&acks.stop); i++) {
		struct resp r;
		json_t *j;
		const char *ref;

		snprintf(body, sizeof(body), "{\"hulpvraag\":\"Crashtest schrijver %d nummer %d\",\"leefgebieden\":[\"wonen\"]}",
		    id, i);
		if (client_req(&c, "POST", "/api/v1/casussen", h, body, strlen(body), &r) != 0) {
			resp_free(&r);
			break;   /* killed: this request was never acknowledged */
		}
		j = json_loads(buf_str(&r.body), 0, NULL);
		ref = json_string_value(json_object_get(j, "referentie"));
		if (r.status == 201 && ref != NULL && strlen(ref) < sizeof(acks.ref[0]))
			ack(ref);
		else if (atomic_fetch_add(&acks.fout, 1) < 3)
			fprintf(stderr, "schrijver %d: %ld %s\n", id, r.status, buf_str(&r.body));
		json_decref(j);
		resp_free(&r);
	}
	client_free(&c);
	return NULL;
}

/* Reads the casus until told to stop or the server is gone; records the request id of every 200. */
static void *
reader(void *arg)
{
	struct client c;
	char auth[100], path[80];
	const char *h[] = { auth, NULL };

	(void)arg;
	snprintf(auth, sizeof(auth), "Authorization: Bearer %s", token);
	snprintf(path, sizeof(path), "/api/v1/casussen/%s", gelezen_ref);
	client_init(&c, &srv);
	curl_easy_setopt(c.curl, CURLOPT_CONNECTTIMEOUT, 2L);
	while (!atomic_load(&acks.stop)) {
		struct resp r;
		const char *id;

		if (client_req(&c, "GET", path, h, NULL, 0, &r) != 0) {
			resp_free(&r);
			break;   /* killed: this read was never answered */
		}
		id = resp_header(&r, "X-Request-Id");
		if (r.status == 200 && id != NULL && strlen(id) < sizeof(reads.id[0])) {
			pthread_mutex_lock(&reads.lock);
			if (reads.n == reads.cap) {
				reads.cap = reads.cap ? reads.cap * 2 : 1024;
				if ((reads.id = realloc(reads.id, reads.cap * sizeof(*reads.id))) == NULL)
					abort();
			}
			snprintf(reads.id[reads.n++], sizeof(reads.id[0]), "%s", id);
			pthread_mutex_unlock(&reads.lock);
		} else if (r.status != 503 && atomic_fetch_add(&reads.fout, 1) < 3)   /* 503: stopping */
			fprintf(stderr, "lezer: %ld %s\n", r.status, buf_str(&r.body));
		resp_free(&r);
	}
	client_free(&c);
	return NULL;
}

/* The acknowledged reads whose audit row the database lacks. */
static size_t
reads_zonder_auditregel(void)
{
	sqlite3 *db;
	sqlite3_stmt *s;
	size_t missing = 0;

	assert_int_equal(sqlite3_open_v2(srv.db, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT 1 FROM audit WHERE request_id = ?1 AND actie = 'casus.lezen'"
	    " AND uitkomst = 'toegestaan' AND casus = ?2", -1, &s, NULL), SQLITE_OK);
	for (size_t i = 0; i < reads.n; i++) {
		sqlite3_bind_text(s, 1, reads.id[i], -1, SQLITE_STATIC);
		sqlite3_bind_text(s, 2, gelezen_ref, -1, SQLITE_STATIC);
		if (sqlite3_step(s) != SQLITE_ROW) {
			if (missing++ < 10)
				print_error("gelezen zonder auditregel: %s\n", reads.id[i]);
		}
		sqlite3_reset(s);
	}
	sqlite3_finalize(s);
	sqlite3_close(db);
	return missing;
}

/* Starts serve on the existing database; returns its pid, the port in srv once it listens (wait). */
static pid_t
start(bool wait)
{
	char portfile[300], logfile[300];
	pid_t pid;

	snprintf(portfile, sizeof(portfile), "%s/port", srv.dir);
	snprintf(logfile, sizeof(logfile), "%s/server.log", srv.dir);
	unlink(portfile);
	if ((pid = fork()) == 0) {
		int fd = open(logfile, O_WRONLY | O_CREAT | O_APPEND, 0600);

		if (fd >= 0) {
			dup2(fd, 1);
			dup2(fd, 2);
		}
		setenv("DOORBRAAK_DB", srv.db, 1);
		setenv("DOORBRAAK_LISTEN", "127.0.0.1:0", 1);
		setenv("DOORBRAAK_PORT_FILE", portfile, 1);
		execl(server_binary(), server_binary(), "serve", (char *)NULL);
		_exit(127);
	}
	assert_true(pid > 0);
	for (int i = 0; wait && i < 600; i++) {
		FILE *f = fopen(portfile, "r");

		if (f != NULL) {
			int ok = fscanf(f, "%d", &srv.port) == 1;

			fclose(f);
			if (ok && srv.port > 0) {
				snprintf(srv.base, sizeof(srv.base), "http://127.0.0.1:%d", srv.port);
				return pid;
			}
		}
		usleep(20 * 1000);
	}
	if (wait)
		fail_msg("serve did not start; see %s", logfile);
	return pid;
}

/* The acknowledged casussen the database lacks. */
static size_t
lost(void)
{
	sqlite3 *db;
	sqlite3_stmt *s;
	size_t missing = 0;

	assert_int_equal(sqlite3_open_v2(srv.db, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT 1 FROM casus WHERE referentie = ?1", -1, &s, NULL), SQLITE_OK);
	for (size_t i = 0; i < acks.n; i++) {
		sqlite3_bind_text(s, 1, acks.ref[i], -1, SQLITE_STATIC);
		if (sqlite3_step(s) != SQLITE_ROW) {
			if (missing++ < 10)
				print_error("verloren: %s\n", acks.ref[i]);
		}
		sqlite3_reset(s);
	}
	sqlite3_finalize(s);
	sqlite3_close(db);
	return missing;
}

static void
test_sigkill_loses_no_acknowledged_casus(void **state)
{
	const char *env = getenv("CRASHTEST_CYCLES"), *seedenv = getenv("CRASHTEST_SEED");
	int cycles = env != NULL && atoi(env) > 0 ? atoi(env) : 5;
	unsigned seed = seedenv != NULL ? (unsigned)strtoul(seedenv, NULL, 10) : (unsigned)time(NULL) ^ (unsigned)getpid();
	size_t totaal_verloren = 0;
	int bij_start = 0;
	(void)state;

	/* the server of setup is stopped cleanly; from here on every stop is a SIGKILL */
	kill(srv.pid, SIGTERM);
	waitpid(srv.pid, NULL, 0);
	srv.pid = 0;
	srand(seed);
	print_message("# crashtest: %d cycles, seed %u, server %s\n", cycles, seed, server_binary());
	for (int cycle = 0; cycle < cycles; cycle++) {
		const char *check[] = { "check", NULL };
		bool tijdens_start = rand() % 10 == 0;
		pthread_t t[WRITERS], l[READERS];
		struct buf out, err;
		pid_t pid = start(!tijdens_start);
		size_t verloren;
		int status, rc;

		if (tijdens_start) {
			usleep((useconds_t)(rand() % 100) * 1000);   /* while it opens the database and starts */
			bij_start++;
		} else {
			atomic_store(&acks.stop, false);
			for (int i = 0; i < WRITERS; i++)
				assert_int_equal(pthread_create(&t[i], NULL, writer, (void *)(intptr_t)i), 0);
			for (int i = 0; i < READERS; i++)
				assert_int_equal(pthread_create(&l[i], NULL, reader, NULL), 0);
			usleep((useconds_t)(20 + rand() % 600) * 1000);
		}
		kill(pid, SIGKILL);
		waitpid(pid, &status, 0);
		if (!tijdens_start) {
			atomic_store(&acks.stop, true);
			for (int i = 0; i < WRITERS; i++)
				pthread_join(t[i], NULL);
			for (int i = 0; i < READERS; i++)
				pthread_join(l[i], NULL);
		}
		buf_init(&out, 0);
		buf_init(&err, 0);
		rc = cli_run(srv.db, check, &out, &err);
		if (rc != 0)
			fail_msg("cyclus %d: doorbraak check faalt: %s%s", cycle, buf_str(&out), buf_str(&err));
		buf_free(&out);
		buf_free(&err);
		verloren = lost();
		totaal_verloren += verloren;
		if (verloren != 0)
			fail_msg("cyclus %d: %zu bevestigde casussen verloren (seed %u)", cycle, verloren, seed);
		if ((verloren = reads_zonder_auditregel()) != 0)
			fail_msg("cyclus %d: %zu beantwoorde leesverzoeken zonder auditregel (seed %u)", cycle, verloren, seed);
	}
	print_message("# crashtest: %d cycles (%d killed while starting), %zu casussen acknowledged, %zu lost, "
	    "%zu reads answered, each with its audit row; integrity_check ok after every cycle\n", cycles, bij_start,
	    acks.n, totaal_verloren, reads.n);
	assert_true(acks.n > 0);   /* the writers really wrote */
	assert_true(reads.n > 0);  /* and the readers read */
	assert_int_equal(atomic_load(&acks.fout), 0);
	assert_int_equal(atomic_load(&reads.fout), 0);
	/* teardown stops a server cleanly: start one last time */
	srv.pid = start(true);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sigkill_loses_no_acknowledged_casus),
	};

	curl_global_init(CURL_GLOBAL_DEFAULT);
	return cmocka_run_group_tests(tests, setup, teardown);
}
