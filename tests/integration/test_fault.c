/* test_fault.c - fault injection: the Nth SQLite allocation or file write fails, for every N of four requests. */
#include "harness.h"

#include <pthread.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "app/routes.h"
#include "cli/cli.h"
#include "client.h"
#include "core/rol.h"
#include "lib/config.h"
#include "lib/crypto.h"
#include "store/store.h"
#include "store/store_account.h"
#include "store/store_audit.h"
#include "web/server.h"

/*
 * The server runs in this process (as the fuzz targets run it), so SQLite can be made to fail where a real machine
 * would: an allocation returning NULL (SQLITE_CONFIG_MALLOC) or a write, fsync or truncate of the database, WAL or
 * journal failing with an I/O error (a VFS around SQLite's own). For each request below and each N = 1, 2, 3 …
 * the Nth such call after the request was sent fails, once, until a request runs without reaching N. The answer
 * must be the request's own success, or 500/503 (never a login page, a 401 or 404 made of a failure) without
 * SQLite's words; after a failure the database (but the audit log, sessions' last-seen times and throttle
 * counters) is as it was, after a success the change is whole, and the next request without a fault works. At the
 * end the audit chain verifies and the integrity check passes; LeakSanitizer checks every path at exit. Found
 * this way: a failed token or casus lookup answered 401 or 404, a failed session lookup the login page (binds
 * that failed ran with NULL), and a new casus answered 503 after its commit. The program's own allocations
 * (xmalloc) abort by design and are not injected (lib/mem.h).
 */

enum fout { FOUT_ALLOC, FOUT_SCHRIJF };
static atomic_long teller;           /* calls counted since the fault was armed */
static atomic_long doel;             /* the call that fails: 0 = none */
static atomic_int gevallen;          /* whether it did */
static atomic_int soort;

static bool
raak(enum fout f)
{
	long n;

	if (atomic_load(&doel) == 0 || atomic_load(&soort) != (int)f)
		return false;
	n = atomic_fetch_add(&teller, 1) + 1;
	if (n != atomic_load(&doel))
		return false;
	atomic_store(&gevallen, 1);
	return true;
}

/* ---- allocations ---- */
static sqlite3_mem_methods echt_mem;

static void *
f_malloc(int n)
{
	return raak(FOUT_ALLOC) ? NULL : echt_mem.xMalloc(n);
}

static void *
f_realloc(void *p, int n)
{
	return raak(FOUT_ALLOC) ? NULL : echt_mem.xRealloc(p, n);
}

/* ---- writes: a VFS around the default one ---- */

static sqlite3_vfs *echt_vfs;
static sqlite3_vfs fout_vfs;

struct fout_file {
	sqlite3_file base;
	sqlite3_file *echt;
};
#define ECHT(f) (((struct fout_file *)(void *)(f))->echt)

static int f_close(sqlite3_file *f) { return ECHT(f)->pMethods->xClose(ECHT(f)); }
static int f_read(sqlite3_file *f, void *b, int n, sqlite3_int64 o) { return ECHT(f)->pMethods->xRead(ECHT(f), b, n, o); }
static int
f_write(sqlite3_file *f, const void *b, int n, sqlite3_int64 o)
{
	return raak(FOUT_SCHRIJF) ? SQLITE_IOERR_WRITE : ECHT(f)->pMethods->xWrite(ECHT(f), b, n, o);
}
static int
f_truncate(sqlite3_file *f, sqlite3_int64 n)
{
	return raak(FOUT_SCHRIJF) ? SQLITE_IOERR_TRUNCATE : ECHT(f)->pMethods->xTruncate(ECHT(f), n);
}
static int
f_sync(sqlite3_file *f, int flags)
{
	return raak(FOUT_SCHRIJF) ? SQLITE_IOERR_FSYNC : ECHT(f)->pMethods->xSync(ECHT(f), flags);
}
static int f_size(sqlite3_file *f, sqlite3_int64 *n) { return ECHT(f)->pMethods->xFileSize(ECHT(f), n); }
static int f_lock(sqlite3_file *f, int l) { return ECHT(f)->pMethods->xLock(ECHT(f), l); }
static int f_unlock(sqlite3_file *f, int l) { return ECHT(f)->pMethods->xUnlock(ECHT(f), l); }
static int f_reserved(sqlite3_file *f, int *r) { return ECHT(f)->pMethods->xCheckReservedLock(ECHT(f), r); }
static int f_fcntl(sqlite3_file *f, int op, void *a) { return ECHT(f)->pMethods->xFileControl(ECHT(f), op, a); }
static int f_sector(sqlite3_file *f) { return ECHT(f)->pMethods->xSectorSize(ECHT(f)); }
static int f_dev(sqlite3_file *f) { return ECHT(f)->pMethods->xDeviceCharacteristics(ECHT(f)); }
static int
f_shmmap(sqlite3_file *f, int i, int sz, int ext, void volatile **p)
{
	return ECHT(f)->pMethods->xShmMap(ECHT(f), i, sz, ext, p);
}
static int f_shmlock(sqlite3_file *f, int o, int n, int fl) { return ECHT(f)->pMethods->xShmLock(ECHT(f), o, n, fl); }
static void f_shmbarrier(sqlite3_file *f) { ECHT(f)->pMethods->xShmBarrier(ECHT(f)); }
static int f_shmunmap(sqlite3_file *f, int del) { return ECHT(f)->pMethods->xShmUnmap(ECHT(f), del); }
static int f_fetch(sqlite3_file *f, sqlite3_int64 o, int n, void **p) { return ECHT(f)->pMethods->xFetch(ECHT(f), o, n, p); }
static int f_unfetch(sqlite3_file *f, sqlite3_int64 o, void *p) { return ECHT(f)->pMethods->xUnfetch(ECHT(f), o, p); }

static const sqlite3_io_methods fout_io = {
	3, f_close, f_read, f_write, f_truncate, f_sync, f_size, f_lock, f_unlock, f_reserved, f_fcntl, f_sector,
	f_dev, f_shmmap, f_shmlock, f_shmbarrier, f_shmunmap, f_fetch, f_unfetch,
};

static int
f_open(sqlite3_vfs *v, const char *name, sqlite3_file *f, int flags, int *out)
{
	struct fout_file *ff = (struct fout_file *)(void *)f;
	int rc;

	(void)v;
	ff->echt = (sqlite3_file *)(void *)(ff + 1);
	rc = echt_vfs->xOpen(echt_vfs, name, ff->echt, flags, out);
	f->pMethods = ff->echt->pMethods != NULL ? &fout_io : NULL;
	return rc;
}

/* Before SQLite initialises: the failing allocator, and the wrapping VFS as the default. */
static void
fouten_installeren(void)
{
	sqlite3_mem_methods m;

	assert_int_equal(sqlite3_config(SQLITE_CONFIG_GETMALLOC, &echt_mem), SQLITE_OK);
	m = echt_mem;
	m.xMalloc = f_malloc;
	m.xRealloc = f_realloc;
	assert_int_equal(sqlite3_config(SQLITE_CONFIG_MALLOC, &m), SQLITE_OK);
	assert_int_equal(sqlite3_initialize(), SQLITE_OK);
	echt_vfs = sqlite3_vfs_find(NULL);
	assert_non_null(echt_vfs);
	assert_int_equal(echt_vfs->iVersion >= 3, 1);
	fout_vfs = *echt_vfs;
	fout_vfs.zName = "fout";
	fout_vfs.szOsFile = (int)sizeof(struct fout_file) + echt_vfs->szOsFile;
	fout_vfs.xOpen = f_open;
	assert_int_equal(sqlite3_vfs_register(&fout_vfs, 1), SQLITE_OK);
}

static void
fout_aan(enum fout f, long n)
{
	atomic_store(&teller, 0);
	atomic_store(&gevallen, 0);
	atomic_store(&soort, (int)f);
	atomic_store(&doel, n);
}

static bool
fout_uit(void)
{
	atomic_store(&doel, 0);
	return atomic_load(&gevallen) != 0;
}

/* ---- the server in this process ---- */

static struct config cfg;
static struct server_proc srv;      /* only base and db: client_req needs no more */
static pthread_t server_thread;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t klaar = PTHREAD_COND_INITIALIZER;
static unsigned poort;
static int server_rc = -1;
static char dir[64], token[65], sessie[65], csrf[65], ref[32];
static sqlite3 *kijk;               /* the test's own view of the database, on SQLite's own VFS */

static void
on_ready(unsigned p, void *arg)
{
	(void)arg;
	pthread_mutex_lock(&lock);
	poort = p;
	pthread_cond_signal(&klaar);
	pthread_mutex_unlock(&lock);
}

static void *
serve(void *arg)
{
	(void)arg;
	server_rc = server_run(&cfg, app_routes, app_routes_count, on_ready, NULL);
	pthread_mutex_lock(&lock);
	pthread_cond_signal(&klaar);
	pthread_mutex_unlock(&lock);
	return NULL;
}

/* An account with the regievoerder's role, its API token and a signed-in session, written directly. */
static void
account(void)
{
	struct err e = { 0 };
	struct store *st = store_open(cfg.db, &e);
	char hash[CRYPTO_SHA256_HEXLEN];
	int64_t id;

	assert_non_null(st);
	assert_int_equal(store_begin(st), ERR_OK);
	assert_int_equal(store_user_add(st, "rita@fout.example", "Rita Regie", "Gemeente Foutstad",
	    ROL_BIT(ROL_REGIEVOERDER), "$argon2id$geen-aanmelding", time(NULL), &id, &e), ERR_OK);
	crypto_token(token);
	crypto_sha256_hex(token, 64, hash);
	assert_int_equal(store_token_add(st, id, hash, time(NULL), &e), ERR_OK);
	crypto_token(sessie);
	crypto_token(csrf);
	crypto_sha256_hex(sessie, 64, hash);
	assert_int_equal(store_session_create(st, hash, id, csrf, time(NULL), &e), ERR_OK);
	assert_int_equal(store_commit(st), ERR_OK);
	store_close(st);
}

static int
setup(void **state)
{
	char msg[256], *argv[] = { (char *)"init", NULL };
	const char *shm = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
	sigset_t set;
	(void)state;

	fouten_installeren();
	snprintf(dir, sizeof(dir), "%s/doorbraak-fout-XXXXXX", shm);
	if (mkdtemp(dir) == NULL)
		return -1;
	snprintf(srv.db, sizeof(srv.db), "%s/fout.db", dir);
	setenv("DOORBRAAK_DB", srv.db, 1);
	setenv("DOORBRAAK_LISTEN", "127.0.0.1:0", 1);
	setenv("DOORBRAAK_THREADS", "1", 1);
	setenv("DOORBRAAK_SECCOMP", "0", 1);      /* the filter would bind this whole process */
	setenv("DOORBRAAK_RETENTIE_DAGELIJKS", "0", 1);
	setenv("DOORBRAAK_AUDIT_CHECKPOINT_INTERVAL", "3600", 1);
	if (config_load(&cfg, msg, sizeof(msg)) != 0) {
		fprintf(stderr, "%s\n", msg);
		return -1;
	}
	umask(077);
	if (cmd_init(&cfg, 1, argv) != 0)
		return -1;
	account();
	/* SIGTERM ends the server (it waits for it in its own thread); no other thread may take it. */
	sigemptyset(&set);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGPIPE);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	if (pthread_create(&server_thread, NULL, serve, NULL) != 0)
		return -1;
	pthread_mutex_lock(&lock);
	while (poort == 0 && server_rc == -1)
		pthread_cond_wait(&klaar, &lock);
	pthread_mutex_unlock(&lock);
	if (poort == 0)
		return -1;
	snprintf(srv.base, sizeof(srv.base), "http://127.0.0.1:%u", poort);
	srv.port = (int)poort;
	if (sqlite3_open_v2(srv.db, &kijk, SQLITE_OPEN_READONLY, echt_vfs->zName) != SQLITE_OK)
		return -1;
	sqlite3_busy_timeout(kijk, 5000);
	return 0;
}

static int
teardown(void **state)
{
	char cmd[128];
	(void)state;

	sqlite3_close(kijk);
	kill(getpid(), SIGTERM);
	pthread_join(server_thread, NULL);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		return -1;
	return server_rc == 0 ? 0 : -1;
}

/* ---- what the database holds ---- */

/* An order-free digest per table of every row of every ordinary table but those a failed request may change. */
#define MAX_TABELLEN 128
struct stand {
	int n;
	char naam[MAX_TABELLEN][64];
	uint64_t som[MAX_TABELLEN];
};

static void
stand(struct stand *out)
{
	sqlite3_stmt *t, *s;

	memset(out, 0, sizeof(*out));
	assert_int_equal(sqlite3_exec(kijk, "BEGIN", NULL, NULL, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(kijk, "SELECT name FROM sqlite_master WHERE type = 'table'"
	    " AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT IN ('audit', 'audit_controlepunt', 'session',"
	    " 'login_attempt') ORDER BY name", -1, &t, NULL), SQLITE_OK);
	while (sqlite3_step(t) == SQLITE_ROW && out->n < MAX_TABELLEN) {
		char sql[256];
		uint64_t sum = 0;

		snprintf(out->naam[out->n], sizeof(out->naam[0]), "%s", (const char *)sqlite3_column_text(t, 0));
		snprintf(sql, sizeof(sql), "SELECT * FROM \"%s\"", out->naam[out->n]);
		assert_int_equal(sqlite3_prepare_v2(kijk, sql, -1, &s, NULL), SQLITE_OK);
		while (sqlite3_step(s) == SQLITE_ROW) {
			uint64_t h = 1469598103934665603ull;

			for (int i = 0; i < sqlite3_column_count(s); i++) {
				const unsigned char *v = sqlite3_column_blob(s, i);
				int n = sqlite3_column_bytes(s, i);

				h = (h ^ (uint64_t)(sqlite3_column_type(s, i) + 0x100)) * 1099511628211ull;
				for (int k = 0; k < n; k++)
					h = (h ^ v[k]) * 1099511628211ull;
			}
			sum += h * 0x9e3779b97f4a7c15ull + (h >> 29);
		}
		sqlite3_finalize(s);
		out->som[out->n++] = sum;
	}
	sqlite3_finalize(t);
	assert_int_equal(sqlite3_exec(kijk, "COMMIT", NULL, NULL, NULL), SQLITE_OK);
}

/* Whether the database is as it was; names each table that is not. */
static bool
zelfde(const struct stand *voor)
{
	static struct stand nu;
	bool ok = true;

	stand(&nu);
	if (nu.n != voor->n) {
		fprintf(stderr, "# %d tables, before %d\n", nu.n, voor->n);
		return false;
	}
	for (int i = 0; i < nu.n; i++)
		if (nu.som[i] != voor->som[i] || strcmp(nu.naam[i], voor->naam[i]) != 0) {
			fprintf(stderr, "# table %s changed\n", nu.naam[i]);
			ok = false;
		}
	return ok;
}

static long
tel(const char *sql, const char *tekst)
{
	sqlite3_stmt *s;
	long n = -1;

	assert_int_equal(sqlite3_prepare_v2(kijk, sql, -1, &s, NULL), SQLITE_OK);
	sqlite3_bind_text(s, 1, tekst, -1, SQLITE_TRANSIENT);
	if (sqlite3_step(s) == SQLITE_ROW)
		n = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	return n;
}

/* ---- the requests ---- */

struct verzoek {
	const char *naam;
	long ok;                                  /* the status of success */
	bool schrijft;
	/* sends the request with marker in what it writes; returns the status, the body in r */
	long (*stuur)(struct client *c, const char *marker, struct resp *r);
	/* after a success: the change is whole */
	bool (*heel)(const char *marker);
};

static long
api_lezen(struct client *c, const char *marker, struct resp *r)
{
	char path[96], auth[96];
	const char *h[] = { auth, NULL };

	(void)marker;
	snprintf(path, sizeof(path), "/api/v1/casussen/%s", ref);
	snprintf(auth, sizeof(auth), "Authorization: Bearer %s", token);
	client_req(c, "GET", path, h, NULL, 0, r);
	return r->status;
}

static long
api_nieuw(struct client *c, const char *marker, struct resp *r)
{
	char auth[96], body[256];
	const char *h[] = { auth, "Content-Type: application/json", NULL };

	snprintf(auth, sizeof(auth), "Authorization: Bearer %s", token);
	snprintf(body, sizeof(body), "{\"hulpvraag\":\"%s\",\"situatie\":\"Huur en zorg lopen vast\","
	    "\"leefgebieden\":[\"wonen\",\"zorg\"]}", marker);
	client_req(c, "POST", "/api/v1/casussen", h, body, strlen(body), r);
	return r->status;
}

static bool
api_nieuw_heel(const char *marker)
{
	return tel("SELECT count(*) FROM casus WHERE hulpvraag = ?1", marker) == 1 &&
	    tel("SELECT count(*) FROM casus_leefgebied WHERE casus_id = (SELECT id FROM casus WHERE hulpvraag = ?1)",
	    marker) == 2;
}

static long
web_lezen(struct client *c, const char *marker, struct resp *r)
{
	char path[96], cookie[96];
	const char *h[] = { cookie, NULL };

	(void)marker;
	snprintf(path, sizeof(path), "/casussen/%s", ref);
	snprintf(cookie, sizeof(cookie), "Cookie: sessie=%s", sessie);
	client_req(c, "GET", path, h, NULL, 0, r);
	return r->status;
}

static long
web_opslaan(struct client *c, const char *marker, struct resp *r)
{
	char path[96], cookie[96], body[512], dag[16];
	const char *h[] = { cookie, "Content-Type: application/x-www-form-urlencoded", NULL };
	time_t gisteren = time(NULL) - 86400;
	struct tm tm;

	strftime(dag, sizeof(dag), "%Y-%m-%d", gmtime_r(&gisteren, &tm));
	snprintf(path, sizeof(path), "/casussen/%s", ref);
	snprintf(cookie, sizeof(cookie), "Cookie: sessie=%s", sessie);
	snprintf(body, sizeof(body), "csrf=%s&hulpvraag=%s&situatie=Huur+en+zorg&leefgebied=wonen&leefgebied=zorg"
	    "&urgentie=normaal&ontvangen_op=%s&actie=opslaan", csrf, marker, dag);
	client_req(c, "POST", path, h, body, strlen(body), r);
	return r->status;
}

static bool
web_opslaan_heel(const char *marker)
{
	return tel("SELECT count(*) FROM casus WHERE hulpvraag = ?1", marker) == 1;
}

static const struct verzoek verzoeken[] = {
	{ "GET /api/v1/casussen/{ref}", 200, false, api_lezen, NULL },
	{ "POST /api/v1/casussen", 201, true, api_nieuw, api_nieuw_heel },
	{ "GET /casussen/{ref}", 200, false, web_lezen, NULL },
	{ "POST /casussen/{ref}", 303, true, web_opslaan, web_opslaan_heel },
};

/* SQLite's or the store's words must never reach the client. */
static bool
lekt(const struct resp *r)
{
	static const char *const woorden[] = { "sqlite", "SQLITE", "out of memory", "disk I/O", "SELECT ", "INSERT ",
		"UPDATE ", "no such", "statement", "casus.", "audit." };

	for (size_t i = 0; i < sizeof(woorden) / sizeof(woorden[0]); i++)
		if (resp_contains(r, woorden[i])) {
			fprintf(stderr, "# the answer holds \"%s\"\n", woorden[i]);
			return true;
		}
	return false;
}

static long pogingen, mislukt, geslaagd;

/* Every N for one request and one kind of fault. */
static void
elke_n(const struct verzoek *v, enum fout f)
{
	const char *wat = f == FOUT_ALLOC ? "allocation" : "write";
	struct client c;
	long n;

	client_init(&c, &srv);
	for (n = 1;; n++) {
		static struct stand voor;
		struct resp r;
		char marker[64];
		long status;

		snprintf(marker, sizeof(marker), "Fout%c%ld%s", *wat, n, v->ok == 201 ? "nieuw" : "opslaan");
		stand(&voor);
		fout_aan(f, n);
		status = v->stuur(&c, marker, &r);
		pogingen++;
		if (!fout_uit()) {   /* N past the request's last call: it must simply work */
			if (status != v->ok)
				fprintf(stderr, "# %s without a fault: %ld\n%s\n", v->naam, status, buf_str(&r.body));
			assert_int_equal(status, v->ok);
			resp_free(&r);
			break;
		}
		if (status != v->ok && status != 500 && status != 503)
			fprintf(stderr, "# %s, %s %ld fails: %ld\n%.600s\n", v->naam, wat, n, status, buf_str(&r.body));
		assert_true(status == v->ok || status == 500 || status == 503);
		assert_false(lekt(&r));
		if (status == v->ok ? v->heel != NULL && !v->heel(marker) : !zelfde(&voor) || (v->schrijft &&
		    tel("SELECT count(*) FROM casus WHERE hulpvraag = ?1", marker) != 0))
			fail_msg("%s, %s %ld fails: %ld and the database %s", v->naam, wat, n, status,
			    status == v->ok ? "holds half the change" : "changed");
		*(status == v->ok ? &geslaagd : &mislukt) += 1;
		resp_free(&r);
		/* and the next request, without a fault, works */
		assert_int_equal(api_lezen(&c, NULL, &r), 200);
		resp_free(&r);
	}
	printf("# %s, every %s from 1 to %ld failed once\n", v->naam, f == FOUT_ALLOC ? "SQLite allocation" :
	    "write to the database files", n - 1);
	client_free(&c);
}

/* The casus the requests read and save, made through the API without a fault. */
static void
test_vooraf_een_casus(void **state)
{
	struct client c;
	struct resp r;
	json_t *j;
	(void)state;

	client_init(&c, &srv);
	assert_int_equal(api_nieuw(&c, "Beginstand", &r), 201);
	j = json_loads(buf_str(&r.body), 0, NULL);
	assert_non_null(j);
	snprintf(ref, sizeof(ref), "%s", json_string_value(json_object_get(j, "referentie")));
	assert_int_equal(strncmp(ref, "PMM-", 4), 0);
	json_decref(j);
	resp_free(&r);
	assert_int_equal(web_opslaan(&c, "Beginstand2", &r), 303);
	resp_free(&r);
	assert_true(web_opslaan_heel("Beginstand2"));
	client_free(&c);
}

static void
test_allocaties(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(verzoeken) / sizeof(verzoeken[0]); i++)
		elke_n(&verzoeken[i], FOUT_ALLOC);
}

static void
test_schrijven(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(verzoeken) / sizeof(verzoeken[0]); i++)
		elke_n(&verzoeken[i], FOUT_SCHRIJF);
}

/* After all of it: the database is sound and every audit row written is in an intact chain. */
static void
test_daarna_heel(void **state)
{
	struct err e = { 0 };
	struct store *st;
	(void)state;

	printf("# %ld requests with a fault: %ld answered 500/503 with the database unchanged, %ld succeeded whole\n",
	    pogingen, mislukt, geslaagd);
	assert_true(mislukt > 0);
	st = cli_open_store(&cfg, false);
	assert_non_null(st);
	assert_int_equal(store_integrity_check(st, &e), ERR_OK);
	assert_int_equal(cli_audit_verify(st, &cfg), 0);
	store_close(st);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_vooraf_een_casus),
		cmocka_unit_test(test_allocaties),
		cmocka_unit_test(test_schrijven),
		cmocka_unit_test(test_daarna_heel),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
