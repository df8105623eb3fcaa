/* test_audit_verify.c - `doorbraak audit verify` finds each of the tamper cases of issue 15 and names the row. */
#include "harness.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lib/buf.h"
#include "lib/crypto.h"

#define LEGACY_ROWS 250   /* written as an older doorbraak did, then sealed by migration 014 */
#define EXPORTS 5         /* rows 251..255, each through the real append and followed by a checkpoint */
#define ROWS (LEGACY_ROWS + EXPORTS)

static char pristine[256];   /* the folder with the untouched database, key and checkpoint file */

static const char *
binary(void)
{
	const char *b = getenv("DOORBRAAK_TEST_BINARY");

	return b != NULL && *b != '\0' ? b : "build/doorbraak-test";
}

static void
slurp(const char *file, struct buf *b)
{
	FILE *f = fopen(file, "rb");
	char chunk[8192];
	size_t n;

	if (f == NULL)
		return;
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_append(b, chunk, n);
	fclose(f);
}

/* Runs the binary with DOORBRAAK_DB=dir/a.db (the key and checkpoint file beside it by default); standard
   error into err (may be NULL). Returns the exit status. */
static int
run(const char *dir, const char *const *args, struct buf *err)
{
	char db[300], ferr[300];
	int status;
	pid_t pid;

	snprintf(db, sizeof(db), "%s/a.db", dir);
	snprintf(ferr, sizeof(ferr), "%s/run.err", dir);
	if ((pid = fork()) == 0) {
		const char *argv[8] = { binary() };
		int i, in = open("/dev/null", O_RDONLY), o = open("/dev/null", O_WRONLY),
		    e = open(ferr, O_WRONLY | O_CREAT | O_TRUNC, 0600);

		dup2(in, 0);
		dup2(o, 1);
		dup2(e, 2);
		for (i = 0; args[i] != NULL && i < 6; i++)
			argv[i + 1] = args[i];
		argv[i + 1] = NULL;
		setenv("DOORBRAAK_DB", db, 1);
		unsetenv("DOORBRAAK_AUDIT_KEY");
		unsetenv("DOORBRAAK_AUDIT_KEY_FILE");
		unsetenv("DOORBRAAK_AUDIT_CHECKPOINTS");
		execv(binary(), (char *const *)argv);
		_exit(127);
	}
	assert_true(pid > 0);
	assert_true(waitpid(pid, &status, 0) == pid);
	if (err != NULL)
		slurp(ferr, err);
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

static void
sql(const char *dir, const char *text)
{
	char db[300];
	sqlite3 *h;
	char *msg = NULL;

	snprintf(db, sizeof(db), "%s/a.db", dir);
	assert_int_equal(sqlite3_open(db, &h), SQLITE_OK);
	if (sqlite3_exec(h, text, NULL, NULL, &msg) != SQLITE_OK)
		fail_msg("SQL failed: %s: %s", text, msg);
	sqlite3_close(h);
}

static void
copy_file(const char *from, const char *to)
{
	struct buf b;
	FILE *f;

	buf_init(&b, 0);
	slurp(from, &b);
	if ((f = fopen(to, "wb")) == NULL)
		fail_msg("cannot write %s", to);
	if (b.len > 0)
		assert_int_equal(fwrite(b.data, 1, b.len, f), b.len);
	fclose(f);
	buf_free(&b);
}

/* A fresh copy of the pristine folder to tamper with. */
static void
copy_pristine(char dir[256])
{
	static const char *const files[] = { "a.db", "a.db.audit-key", "a.db.audit-checkpoints", "old-checkpoints" };
	char from[320], to[320];

	snprintf(dir, 256, "/tmp/doorbraak-tamper-XXXXXX");
	assert_non_null(mkdtemp(dir));
	for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		snprintf(from, sizeof(from), "%s/%s", pristine, files[i]);
		snprintf(to, sizeof(to), "%s/%s", dir, files[i]);
		copy_file(from, to);
	}
	snprintf(to, sizeof(to), "%s/a.db.audit-key", dir);
	chmod(to, 0600);
}

static void
remove_dir(const char *dir)
{
	static const char *const files[] = { "a.db", "a.db-wal", "a.db-shm", "a.db.audit-key", "a.db.audit-checkpoints",
		"old-checkpoints", "run.err" };
	char f[320];

	for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		snprintf(f, sizeof(f), "%s/%s", dir, files[i]);
		unlink(f);
	}
	rmdir(dir);
}

/*
 * What an insider without the key does after an edit: recompute the "chain" from row `from` on with a plain
 * SHA-256 over the previous value and the fields, as the old scheme did.
 */
static void
recompute_plain(const char *dir, int from)
{
	char db[300], prev[CRYPTO_SHA256_HEXLEN] = "", hash[CRYPTO_SHA256_HEXLEN];
	sqlite3 *h;
	sqlite3_stmt *q, *u;

	snprintf(db, sizeof(db), "%s/a.db", dir);
	assert_int_equal(sqlite3_open(db, &h), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(h, "SELECT id, tijd, request_id, gebruiker_id, rol, namens, actie,"
	    " object_type, object_id, casus, doel, uitkomst, adres, mac FROM audit WHERE id >= ?1 - 1 ORDER BY id",
	    -1, &q, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(h, "UPDATE audit SET mac = ?1 WHERE id = ?2", -1, &u, NULL), SQLITE_OK);
	sqlite3_bind_int(q, 1, from);
	sqlite3_exec(h, "BEGIN", NULL, NULL, NULL);
	while (sqlite3_step(q) == SQLITE_ROW) {
		struct buf b;

		if (sqlite3_column_int(q, 0) < from) {   /* the row before: its stored value starts the new chain */
			snprintf(prev, sizeof(prev), "%s", (const char *)sqlite3_column_text(q, 13));
			continue;
		}
		buf_init(&b, 0);
		buf_puts(&b, prev);
		for (int i = 1; i <= 12; i++) {
			const unsigned char *t = sqlite3_column_text(q, i);

			buf_putc(&b, '\x1f');
			buf_puts(&b, t != NULL ? (const char *)t : "");
		}
		crypto_sha256_hex(b.data, b.len, hash);
		buf_free(&b);
		sqlite3_bind_text(u, 1, hash, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int(u, 2, sqlite3_column_int(q, 0));
		assert_int_equal(sqlite3_step(u), SQLITE_DONE);
		sqlite3_reset(u);
		snprintf(prev, sizeof(prev), "%s", hash);
	}
	sqlite3_finalize(q);
	sqlite3_finalize(u);
	sqlite3_exec(h, "COMMIT", NULL, NULL, NULL);
	sqlite3_close(h);
}

/* The pristine folder: a database whose log has 250 rows from before the MAC chain (sealed by migration 014,
   among them a NULL object type in row 33, an empty request id in row 34 and an object id with a raw 0x1f in
   row 120, as a URL with %1F gave), then five exports through the real append, each with its checkpoint. */
static int
setup(void **state)
{
	const char *init[] = { "init", NULL }, *cp[] = { "audit", "controlepunt", NULL },
		   *exp[] = { "export", NULL }, *verify[] = { "audit", "verify", NULL };
	char from[320], to[320];
	(void)state;

	snprintf(pristine, sizeof(pristine), "/tmp/doorbraak-tamper-XXXXXX");
	if (mkdtemp(pristine) == NULL || run(pristine, init, NULL) != 0)
		return -1;
	sql(pristine,
	    "DROP TABLE audit; DROP TABLE audit_controlepunt; DELETE FROM schema_migration WHERE version >= 14;"
	    "CREATE TABLE audit (id INTEGER PRIMARY KEY, tijd TEXT NOT NULL, request_id TEXT, gebruiker_id INTEGER,"
	    " rol TEXT, actie TEXT NOT NULL, object_type TEXT, object_id TEXT, uitkomst TEXT NOT NULL, adres TEXT,"
	    " prev_hash TEXT NOT NULL, hash TEXT NOT NULL);"
	    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 250)"
	    " INSERT INTO audit SELECT i, printf('2025-01-%02dT10:%02d:00Z', 1 + i % 28, i % 60),"
	    " CASE WHEN i = 34 THEN '' ELSE 'r' || i END, CASE WHEN i % 7 = 0 THEN NULL ELSE 1 + i % 3 END,"
	    " CASE WHEN i % 7 = 0 THEN NULL ELSE 'regievoerder' END, CASE WHEN i % 5 = 0 THEN 'casus.lezen'"
	    " ELSE 'casus.zoeken' END, CASE WHEN i = 33 THEN NULL ELSE 'casus' END,"
	    " CASE WHEN i = 120 THEN 'PMM-2025-0001' || char(31) || 'X' ELSE printf('PMM-2025-%04d', i) END,"
	    " CASE WHEN i % 11 = 0 THEN 'geweigerd' ELSE 'toegestaan' END, '127.0.0.1', 'x', 'y' FROM n;");
	if (run(pristine, init, NULL) != 0 || run(pristine, cp, NULL) != 0)
		return -1;
	snprintf(from, sizeof(from), "%s/a.db.audit-checkpoints", pristine);
	snprintf(to, sizeof(to), "%s/old-checkpoints", pristine);
	copy_file(from, to);   /* the file as it was at row 250 */
	for (int i = 0; i < EXPORTS; i++)
		if (run(pristine, exp, NULL) != 0)
			return -1;
	return run(pristine, verify, NULL) == 0 ? 0 : -1;
}

static int
teardown(void **state)
{
	(void)state;
	remove_dir(pristine);
	return 0;
}

/* The untouched copy passes; it has every row and a checkpoint after each export. */
static void
test_pristine_passes(void **state)
{
	const char *verify[] = { "audit", "verify", NULL };
	char dir[256], db[320];
	sqlite3 *h;
	sqlite3_stmt *q;
	(void)state;

	copy_pristine(dir);
	assert_int_equal(run(dir, verify, NULL), 0);
	snprintf(db, sizeof(db), "%s/a.db", dir);
	assert_int_equal(sqlite3_open(db, &h), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(h, "SELECT count(*), max(id), (SELECT max(aantal) FROM audit_controlepunt)"
	    " FROM audit", -1, &q, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(q), SQLITE_ROW);
	assert_int_equal(sqlite3_column_int(q, 0), ROWS);
	assert_int_equal(sqlite3_column_int(q, 1), ROWS);
	assert_int_equal(sqlite3_column_int(q, 2), ROWS);
	sqlite3_finalize(q);
	sqlite3_close(h);
	remove_dir(dir);
}

struct tamper {
	const char *name;
	const char *sql;       /* run with the triggers dropped; NULL: none */
	int recompute_from;    /* then recompute the chain with a plain SHA-256 from this row (0: not) */
	bool old_file;         /* then put the checkpoint file of row 250 back */
	bool no_file;          /* then delete the checkpoint file */
	const char *file_edit; /* then replace the checkpoint file by this text */
	int row;               /* the row verify must name */
	bool dup_last;         /* then write the file's last line once more (no tampering: see case 18) */
};

#define DROP "DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete;" \
	"DROP TRIGGER audit_controlepunt_no_update; DROP TRIGGER audit_controlepunt_no_delete;"

static const struct tamper cases[] = {
	{ "1 the last row deleted", DROP "DELETE FROM audit WHERE id = 255", 0, false, false, NULL, 255, false },
	{ "2 the last 100 rows deleted", DROP "DELETE FROM audit WHERE id > 155", 0, false, false, NULL, 156, false },
	{ "3 every row deleted", DROP "DELETE FROM audit", 0, false, false, NULL, 1, false },
	{ "4 a field updated", DROP "UPDATE audit SET adres = '10.9.8.7' WHERE id = 77", 0, false, false, NULL, 77, false },
	{ "5 a middle row deleted", DROP "DELETE FROM audit WHERE id = 128", 0, false, false, NULL, 128, false },
	{ "6 an update, the chain recomputed with a plain hash",
	    DROP "UPDATE audit SET gebruiker_id = 99 WHERE id = 60", 60, false, false, NULL, 60, false },
	{ "7 a delete, the ids renumbered and the chain recomputed with a plain hash",
	    DROP "DELETE FROM audit WHERE id = 90; UPDATE audit SET id = id - 1 WHERE id > 90", 90, false, false, NULL,
	    90, false },
	{ "8 ids renumbered after a delete", DROP "DELETE FROM audit WHERE id = 200;"
	    "UPDATE audit SET id = id - 1 WHERE id > 200", 0, false, false, NULL, 200, false },
	{ "9 NULL made ''", DROP "UPDATE audit SET object_type = '' WHERE id = 33", 0, false, false, NULL, 33, false },
	{ "10 '' made NULL", DROP "UPDATE audit SET request_id = NULL WHERE id = 34", 0, false, false, NULL, 34, false },
	{ "11 a field boundary moved across 0x1f", DROP "UPDATE audit SET object_type = 'casus' || char(31) ||"
	    " 'PMM-2025-0001', object_id = 'X' WHERE id = 120", 0, false, false, NULL, 120, false },
	{ "12 two rows swapped", DROP "UPDATE audit SET id = -1 WHERE id = 140; UPDATE audit SET id = 140 WHERE id = 141;"
	    "UPDATE audit SET id = 141 WHERE id = -1", 0, false, false, NULL, 140, false },
	{ "13 a forged row added", DROP "INSERT INTO audit (id, tijd, actie, uitkomst, mac) VALUES (256,"
	    " '2026-01-01T00:00:00Z', 'login', 'toegestaan', (SELECT mac FROM audit WHERE id = 255))", 0, false, false,
	    NULL, 256, false },
	{ "14 the tail deleted and the checkpoint file replaced by an older one",
	    DROP "DELETE FROM audit WHERE id > 250", 0, true, false, NULL, 251, false },
	{ "15 the tail deleted with its checkpoints in the database, and the file replaced by an older one",
	    DROP "DELETE FROM audit WHERE id > 250; DELETE FROM audit_controlepunt WHERE aantal > 250", 0, true, false,
	    NULL, 0, false },
	{ "16 the tail deleted and the checkpoint file removed", DROP "DELETE FROM audit WHERE id > 252", 0, false,
	    true, NULL, 253, false },
	{ "17 a checkpoint line forged", NULL, 0, false, false,
	    "250 0000000000000000000000000000000000000000000000000000000000000000 2026-01-01T00:00:00Z "
	    "0000000000000000000000000000000000000000000000000000000000000000\n", 250, false },
	/* not tampering: a process killed after its checkpoint line and before the database row, then the next one
	   writing the same checkpoint again */
	{ "18 (no tampering) the last checkpoint line twice", NULL, 0, false, false, NULL, -1, true },
};

/* Case 15 is the limit the README states: with both the database and the checkpoint file rolled back to
   the same earlier point, nothing inside this machine tells; only a copy of the file elsewhere does. */
static void
test_tamper_cases(void **state)
{
	const char *verify[] = { "audit", "verify", NULL };
	int failures = 0;
	(void)state;

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const struct tamper *t = &cases[i];
		char dir[256], f[320], old[320], want[64];
		struct buf err;
		int rc;

		copy_pristine(dir);
		if (t->sql != NULL)
			sql(dir, t->sql);
		if (t->recompute_from > 0)
			recompute_plain(dir, t->recompute_from);
		snprintf(f, sizeof(f), "%s/a.db.audit-checkpoints", dir);
		snprintf(old, sizeof(old), "%s/old-checkpoints", dir);
		if (t->old_file)
			copy_file(old, f);
		if (t->no_file)
			unlink(f);
		if (t->file_edit != NULL) {
			FILE *w = fopen(f, "w");

			assert_non_null(w);
			fputs(t->file_edit, w);
			fclose(w);
		}
		if (t->dup_last) {
			struct buf all;
			FILE *w;
			size_t k;

			buf_init(&all, 0);
			slurp(f, &all);
			assert_true(all.len > 1);
			for (k = all.len - 1; k > 0 && all.data[k - 1] != '\n'; k--)
				;
			assert_non_null(w = fopen(f, "a"));
			fwrite(all.data + k, 1, all.len - k, w);
			fclose(w);
			buf_free(&all);
		}
		buf_init(&err, 0);
		rc = run(dir, verify, &err);
		snprintf(want, sizeof(want), "bij regel %d:", t->row);
		if (t->row == -1 ? rc != 0 : t->row == 0 ? rc != 0 : rc != 1 || strstr(buf_str(&err), want) == NULL) {
			print_message("# case %s: exit %d, wanted %s: %s\n", t->name, rc, t->row ? want : "0", buf_str(&err));
			failures++;
		} else
			print_message("# case %s: %s", t->name, t->row > 0 ? buf_str(&err) : t->row == 0 ?
			    "not found, as documented\n" : "intact, as it should be\n");
		buf_free(&err);
		remove_dir(dir);
	}
	assert_int_equal(failures, 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pristine_passes),
		cmocka_unit_test(test_tamper_cases),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
