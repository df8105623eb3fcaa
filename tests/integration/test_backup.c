/* test_backup.c - doorbraak backup: a consistent copy while the server writes, restored and checked; refusals in Dutch. */
#include "harness.h"

#include <pthread.h>
#include <sqlite3.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "client.h"

static struct server_proc srv;
static char token[65];

static int
setup(void **state)
{
	(void)state;
	if (server_start(&srv, NULL) != 0 ||
	    server_add_user(&srv, "ina@backup.example", "Ina Indiener", "indiener", "wachtwoord-test") != 0 ||
	    server_token(&srv, "ina@backup.example", token) != 0)
		return -1;
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	return server_stop(&srv) == 0 ? 0 : -1;
}

/* ---- a writer that keeps creating casussen and remembers each one acknowledged with 201 ---- */

#define MAX_ACK 4000

static struct {
	pthread_mutex_t lock;
	char ref[MAX_ACK][24];
	int n;
	atomic_bool stop;
	int fouten;
} w = { .lock = PTHREAD_MUTEX_INITIALIZER };

static int
acked(void)
{
	int n;

	pthread_mutex_lock(&w.lock);
	n = w.n;
	pthread_mutex_unlock(&w.lock);
	return n;
}

static void *
writer(void *arg)
{
	struct client c;
	char auth[100], body[160];
	const char *h[] = { auth, "Content-Type: application/json", NULL };
	(void)arg;

	snprintf(auth, sizeof(auth), "Authorization: Bearer %s", token);
	client_init(&c, &srv);
	for (int i = 0; !atomic_load(&w.stop) && i < MAX_ACK; i++) {
		struct resp r;
		json_t *j;
		const char *ref;

		snprintf(body, sizeof(body), "{\"hulpvraag\":\"Back-up tijdens het schrijven %d\",\"leefgebieden\":[\"wonen\"]}", i);
		if (client_req(&c, "POST", "/api/v1/casussen", h, body, strlen(body), &r) != 0) {
			w.fouten++;
			continue;
		}
		j = json_loads(buf_str(&r.body), 0, NULL);
		ref = json_string_value(json_object_get(j, "referentie"));
		if (r.status == 201 && ref != NULL && strlen(ref) < sizeof(w.ref[0])) {
			pthread_mutex_lock(&w.lock);
			snprintf(w.ref[w.n], sizeof(w.ref[0]), "%s", ref);
			w.n++;
			pthread_mutex_unlock(&w.lock);
		} else
			w.fouten++;
		json_decref(j);
		resp_free(&r);
	}
	client_free(&c);
	return NULL;
}

/* The referentie of every casus in the database at path, as one string "|A|B|...|". */
static char *
referenties(const char *path, int *n)
{
	sqlite3 *db;
	sqlite3_stmt *s;
	struct buf b;

	buf_init(&b, 0);
	buf_append(&b, "|", 1);
	*n = 0;
	assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT referentie FROM casus WHERE referentie IS NOT NULL", -1, &s, NULL),
	    SQLITE_OK);
	while (sqlite3_step(s) == SQLITE_ROW) {
		const char *r = (const char *)sqlite3_column_text(s, 0);

		buf_append(&b, r, strlen(r));
		buf_append(&b, "|", 1);
		(*n)++;
	}
	sqlite3_finalize(s);
	sqlite3_close(db);
	return buf_detach(&b, NULL);
}

static long long
sql_getal(const char *path, const char *q)
{
	sqlite3 *db;
	sqlite3_stmt *s;
	long long v = -1;

	assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, q, -1, &s, NULL), SQLITE_OK);
	if (sqlite3_step(s) == SQLITE_ROW)
		v = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	sqlite3_close(db);
	return v;
}

#define COPIES 3

/*
 * Three backups while a writer keeps creating casussen through the API: each
 * copy is 0600, passes `doorbraak check` (integrity and the audit chain),
 * holds every casus acknowledged before its backup began and none that was
 * not created, and `doorbraak export` reads it back (the restore).
 */
static void
test_backup_while_the_server_writes(void **state)
{
	pthread_t t;
	char copy[COPIES][400];
	int voor[COPIES], na[COPIES];
	(void)state;

	atomic_store(&w.stop, false);
	assert_int_equal(pthread_create(&t, NULL, writer, NULL), 0);
	for (int i = 0; i < 400 && acked() < 5; i++)
		usleep(25 * 1000);
	for (int k = 0; k < COPIES; k++) {
		const char *args[] = { "backup", copy[k], NULL };
		struct buf out, err;

		snprintf(copy[k], sizeof(copy[k]), "%s/kopie-%d.db", srv.dir, k);
		buf_init(&out, 0);
		buf_init(&err, 0);
		voor[k] = acked();
		assert_int_equal(cli_run(srv.db, args, &out, &err), 0);
		na[k] = acked();
		assert_non_null(strstr(buf_str(&out), "Back-up geschreven naar"));
		buf_free(&out);
		buf_free(&err);
		for (int i = 0; i < 200 && acked() < na[k] + 3; i++)   /* let the writer go on between copies */
			usleep(10 * 1000);
	}
	atomic_store(&w.stop, true);
	pthread_join(t, NULL);
	assert_int_equal(w.fouten, 0);
	assert_true(na[COPIES - 1] > voor[0]);   /* the writer really wrote while backups were taken */

	/* A copy carries its own checkpoints but not the audit log's key (kept apart from backups): the restore is
	   checked with the live key. */
	{
		char key[420];

		snprintf(key, sizeof(key), "%s.audit-key", srv.db);
		setenv("DOORBRAAK_AUDIT_KEY_FILE", key, 1);
	}
	for (int k = 0; k < COPIES; k++) {
		const char *check[] = { "check", NULL }, *export[] = { "export", NULL };
		struct buf out, err;
		struct stat sb;
		char *refs;
		int n;

		assert_int_equal(stat(copy[k], &sb), 0);
		assert_int_equal(sb.st_mode & 0777, 0600);
		buf_init(&out, 0);
		buf_init(&err, 0);
		assert_int_equal(cli_run(copy[k], check, &out, &err), 0);
		assert_non_null(strstr(buf_str(&out), "integriteit in orde"));
		buf_free(&out);
		buf_free(&err);
		/* the copy shows that it was made */
		assert_true(sql_getal(copy[k], "SELECT count(*) FROM audit WHERE actie = 'database.backup'") >= k + 1);

		refs = referenties(copy[k], &n);
		for (int i = 0; i < voor[k]; i++) {
			char needle[32];

			snprintf(needle, sizeof(needle), "|%s|", w.ref[i]);
			if (strstr(refs, needle) == NULL)
				fail_msg("kopie %d mist %s, bevestigd voor de back-up begon", k, w.ref[i]);
		}
		assert_true(n >= voor[k]);
		assert_true(n <= na[k] + 1);   /* at most the one request in flight when the backup ended */
		free(refs);

		buf_init(&out, 0);
		buf_init(&err, 0);
		assert_int_equal(cli_run(copy[k], export, &out, &err), 0);
		assert_non_null(strstr(buf_str(&out), w.ref[0]));
		buf_free(&out);
		buf_free(&err);
	}
	unsetenv("DOORBRAAK_AUDIT_KEY_FILE");
	print_message("# %d backups while writing; %d casussen acknowledged, every one before its backup in the copy\n",
	    COPIES, acked());
}

/* An existing file is never overwritten: exit 1, a Dutch message, the file as it was. */
static void
test_backup_refuses_an_existing_file(void **state)
{
	char pad[400], inhoud[32] = { 0 };
	const char *args[] = { "backup", pad, NULL };
	struct buf out, err;
	FILE *f;
	(void)state;

	snprintf(pad, sizeof(pad), "%s/bestaat.db", srv.dir);
	assert_non_null(f = fopen(pad, "w"));
	fputs("niet overschrijven", f);
	fclose(f);
	buf_init(&out, 0);
	buf_init(&err, 0);
	assert_int_equal(cli_run(srv.db, args, &out, &err), 1);
	assert_non_null(strstr(buf_str(&err), "bestaat al"));
	assert_non_null(f = fopen(pad, "r"));
	assert_non_null(fgets(inhoud, sizeof(inhoud), f));
	fclose(f);
	assert_string_equal(inhoud, "niet overschrijven");
	buf_free(&out);
	buf_free(&err);
}

/* A folder doorbraak may not write in, and one that does not exist: exit 1, a Dutch message, no file. */
static void
test_backup_refuses_an_unwritable_or_missing_folder(void **state)
{
	char map[400], pad[460], mis[460];
	const char *args[] = { "backup", pad, NULL }, *args2[] = { "backup", mis, NULL };
	struct buf out, err;
	(void)state;

	if (geteuid() == 0)   /* root may write in any folder with mode 0500; sysfs refuses new files to anyone */
		snprintf(pad, sizeof(pad), "/sys/doorbraak-backup.db");
	else {
		snprintf(map, sizeof(map), "%s/alleen-lezen", srv.dir);
		assert_int_equal(mkdir(map, 0500), 0);
		snprintf(pad, sizeof(pad), "%s/kopie.db", map);
	}
	buf_init(&out, 0);
	buf_init(&err, 0);
	assert_int_equal(cli_run(srv.db, args, &out, &err), 1);
	assert_non_null(strstr(buf_str(&err), "mag doorbraak niet schrijven"));
	assert_int_not_equal(access(pad, F_OK), 0);
	buf_free(&err);

	snprintf(mis, sizeof(mis), "%s/geen-map/kopie.db", srv.dir);
	buf_init(&err, 0);
	assert_int_equal(cli_run(srv.db, args2, &out, &err), 1);
	assert_non_null(strstr(buf_str(&err), "bestaat niet"));
	buf_free(&out);
	buf_free(&err);
}

/* No file name, an option instead of one, or the database itself: usage, exit 2. */
static void
test_backup_wrong_arguments(void **state)
{
	const char *geen[] = { "backup", NULL }, *optie[] = { "backup", "--force", NULL },
		   *zelf[] = { "backup", srv.db, NULL };
	struct buf err;
	(void)state;

	buf_init(&err, 0);
	assert_int_equal(cli_run(srv.db, geen, NULL, &err), 2);
	assert_non_null(strstr(buf_str(&err), "gebruik: doorbraak backup BESTAND"));
	assert_int_equal(cli_run(srv.db, optie, NULL, NULL), 2);
	assert_int_equal(cli_run(srv.db, zelf, NULL, NULL), 2);
	buf_free(&err);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_backup_while_the_server_writes),
		cmocka_unit_test(test_backup_refuses_an_existing_file),
		cmocka_unit_test(test_backup_refuses_an_unwritable_or_missing_folder),
		cmocka_unit_test(test_backup_wrong_arguments),
	};

	curl_global_init(CURL_GLOBAL_DEFAULT);
	return cmocka_run_group_tests(tests, setup, teardown);
}
