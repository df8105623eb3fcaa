/* test_audit.c - the audit log in the store: escaping, its key outside the database, sealing the rows of old databases. */
#include "harness.h"
#include "fixture.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "store/store.h"
#include "store/store_audit.h"

static char path[64];

/* Each test on a new database, with the fixture's fixed key (a test may load another). */
static int
setup(void **state)
{
	unsigned char key[32];

	for (int i = 0; i < 32; i++)
		key[i] = (unsigned char)(0xa0 + i);
	store_audit_key_set(key);
	return (*state = fixture_store_open(path)) != NULL ? 0 : -1;
}

static int
teardown(void **state)
{
	store_close(*state);
	fixture_store_remove(path);
	return 0;
}

/* CR, LF, ESC and every other control character are stored escaped, a backslash doubled; NULL stays NULL. */
static void
test_audit_escapes_control_characters(void **state)
{
	struct store *st = *state;
	struct audit_entry a = { .tijd = 1700000000, .actie = "casus.lezen", .object_type = "casus",
		.object_id = "PMM-1\r\nFAKE\x1b[2J\x1f\\x", .uitkomst = AUDIT_GEWEIGERD };
	struct audit_bevinding b;
	sqlite3 *db;
	sqlite3_stmt *q;

	assert_int_equal(store_audit_append(st, &a, NULL), ERR_OK);
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT object_id, request_id IS NULL, adres IS NULL FROM audit"
	    " ORDER BY id DESC LIMIT 1", -1, &q, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(q), SQLITE_ROW);
	assert_string_equal((const char *)sqlite3_column_text(q, 0), "PMM-1\\x0d\\x0aFAKE\\x1b[2J\\x1f\\\\x");
	assert_int_equal(sqlite3_column_int(q, 1), 1);
	assert_int_equal(sqlite3_column_int(q, 2), 1);
	sqlite3_finalize(q);
	sqlite3_close(db);
	assert_int_equal(store_audit_verify(st, &b, NULL), ERR_OK);
}

/* Without its key the log is not written: the caller fails closed. */
static void
test_audit_without_key_fails_closed(void **state)
{
	struct store *st = *state;
	struct audit_entry a = { .tijd = 1700000000, .actie = "casus.lezen", .uitkomst = AUDIT_TOEGESTAAN };
	struct err e = { 0 };
	char keyfile[96];
	bool created = false;
	FILE *f;

	snprintf(keyfile, sizeof(keyfile), "%s.key", path);
	/* a key others may read is refused, and so is one that is not 64 hex digits */
	f = fopen(keyfile, "w");
	assert_non_null(f);
	fputs("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff\n", f);
	fclose(f);
	assert_int_equal(chmod(keyfile, 0644), 0);
	assert_int_equal(store_audit_key_load(NULL, keyfile, true, &created, &e), ERR_UNAVAILABLE);
	assert_non_null(strstr(e.msg, "chmod 600"));
	assert_int_equal(chmod(keyfile, 0600), 0);
	assert_int_equal(store_audit_key_load("xyz", keyfile, true, &created, &e), ERR_UNAVAILABLE);
	unlink(keyfile);
	/* a missing key is made only when allowed, then read back the same */
	assert_int_equal(store_audit_key_load(NULL, keyfile, false, &created, &e), ERR_UNAVAILABLE);
	assert_int_equal(store_audit_key_load(NULL, keyfile, true, &created, &e), ERR_OK);
	assert_true(created);
	{
		struct stat sb;

		assert_int_equal(stat(keyfile, &sb), 0);
		assert_int_equal(sb.st_mode & 0777, 0600);
	}
	assert_int_equal(store_audit_key_load(NULL, keyfile, true, &created, &e), ERR_OK);
	assert_false(created);
	assert_int_equal(store_audit_append(st, &a, &e), ERR_OK);
	unlink(keyfile);
	/* no key at all: nothing is written, and the caller hears ERR_UNAVAILABLE (503, no data) */
	store_audit_key_set(NULL);
	assert_int_equal(store_audit_append(st, &a, &e), ERR_UNAVAILABLE);
	assert_int_equal(store_audit_count(st, "casus.lezen", AUDIT_TOEGESTAAN), 1);
	assert_int_equal(store_audit_checkpoint(st, &e), ERR_OK);   /* no checkpoint file configured: nothing to do */
}

/* A database from before migration 014 (the SHA-256 chain) gets its rows numbered, sealed and their casus. */
static void
test_audit_legacy_rows_sealed_by_migration(void **state)
{
	struct store *st = *state;
	struct audit_bevinding b;
	struct err e = { 0 };
	sqlite3 *db;
	sqlite3_stmt *q;

	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db,
	    "DROP TABLE audit; DROP TABLE audit_controlepunt; DELETE FROM schema_migration WHERE version >= 14;"
	    "CREATE TABLE audit (id INTEGER PRIMARY KEY, tijd TEXT NOT NULL, request_id TEXT, gebruiker_id INTEGER,"
	    " rol TEXT, actie TEXT NOT NULL, object_type TEXT, object_id TEXT, uitkomst TEXT NOT NULL, adres TEXT,"
	    " prev_hash TEXT NOT NULL, hash TEXT NOT NULL);"
	    "INSERT INTO audit VALUES (1, '2025-01-01T10:00:00Z', 'r1', NULL, NULL, 'login', 'gebruiker', NULL,"
	    " 'mislukt', '127.0.0.1', 'x', 'y'), (2, '2025-01-01T10:01:00Z', 'r2', 1, 'regievoerder', 'casus.lezen',"
	    " 'casus', 'PMM-2025-0001', 'toegestaan', '127.0.0.1', 'y', 'z');", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	assert_int_equal(store_migrate(st, &e), ERR_OK);
	assert_int_equal(store_audit_verify(st, &b, &e), ERR_OK);
	assert_int_equal(b.regels, 2);
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT count(*) FROM audit WHERE mac IS NOT NULL AND"
	    " (id = 1 OR casus = 'PMM-2025-0001')", -1, &q, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(q), SQLITE_ROW);
	assert_int_equal(sqlite3_column_int(q, 0), 2);
	sqlite3_finalize(q);
	sqlite3_close(db);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_audit_escapes_control_characters, setup, teardown),
		cmocka_unit_test_setup_teardown(test_audit_without_key_fails_closed, setup, teardown),
		cmocka_unit_test_setup_teardown(test_audit_legacy_rows_sealed_by_migration, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
