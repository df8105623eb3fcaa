/* driver_sqlite.c - the SQLite driver: connections with their pragmas, statements, transactions, error mapping. */
#include <errno.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "store/driver.h"
#include "store/driver_sqlite.h"
#include "store/store_fts.h"
#include "store/store_private.h"

/* The connection is the sqlite3 handle itself, the statement a sqlite3_stmt: no wrapper to allocate. */
#define DB(c) ((sqlite3 *)(void *)(c))
#define ST(s) ((sqlite3_stmt *)(void *)(s))

static bool
sq_accepts(const char *target)
{
	return strncmp(target, "postgresql://", 13) != 0 && strncmp(target, "postgres://", 11) != 0;
}

static enum db_rc
map(int rc)
{
	switch (rc & 0xff) {
	case SQLITE_OK:
		return DB_OK;
	case SQLITE_ROW:
		return DB_ROW;
	case SQLITE_DONE:
		return DB_DONE;
	case SQLITE_CONSTRAINT:
		return DB_CONSTRAINT;
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
	case SQLITE_NOMEM:
	case SQLITE_IOERR:
	case SQLITE_FULL:
		return DB_BUSY;   /* not now; SQLite has rolled back what it could not finish (db.c notices) */
	default:
		return DB_ERROR;
	}
}

/*
 * WAL, foreign keys, synchronous=FULL, a busy timeout and
 * SQLITE_DBCONFIG_DEFENSIVE; the search index's tokenizer and sync table
 * (store_fts.c) before anything can touch casus_fts.
 */
static struct db_conn *
sq_open(const char *path, struct err *e)
{
	sqlite3 *db = NULL;
	int rc, on = 1;

	rc = sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL);
	if (rc != SQLITE_OK) {
		err_set(e, ERR_INTERNAL, NULL, "De database %s kan niet worden geopend.", path);
		err_detail(e, "%s", db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
		goto err;
	}
	if (store_fts_register(db) != 0) {
		err_set(e, ERR_INTERNAL, NULL, "De zoekfunctie (SQLite FTS5) kan niet worden geladen.");
		goto err;
	}
	sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
	sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 1, &on);
	sqlite3_busy_timeout(db, 5000);
	if (sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL;"
	    " PRAGMA secure_delete=ON; PRAGMA trusted_schema=OFF;", NULL, NULL, NULL) != SQLITE_OK) {
		err_set(e, ERR_INTERNAL, NULL, "De database gaf een fout.");
		err_detail(e, "%s", sqlite3_errmsg(db));
		goto err;
	}
	return (struct db_conn *)(void *)db;
err:
	sqlite3_close(db);
	return NULL;
}

static void
sq_close(struct db_conn *c)
{
	sqlite3_close(DB(c));   /* NULL is a no-op */
}

static enum db_rc
sq_exec(struct db_conn *c, const char *sql)
{
	return map(sqlite3_exec(DB(c), sql, NULL, NULL, NULL));
}

static const char *
sq_errmsg(struct db_conn *c)
{
	return sqlite3_errmsg(DB(c));
}

static struct db_stmt *
sq_prepare(struct db_conn *c, const char *sql)
{
	sqlite3_stmt *s = NULL;
	const char *tail = NULL;

	if (sqlite3_prepare_v3(DB(c), sql, -1, SQLITE_PREPARE_PERSISTENT, &s, &tail) != SQLITE_OK)
		return NULL;
	if (s == NULL || (tail != NULL && tail[strspn(tail, " \t\n;")] != '\0')) {
		/* empty, or a second statement the store would never run: a mistake in the table */
		sqlite3_finalize(s);
		return NULL;
	}
	return (struct db_stmt *)(void *)s;
}

static void
sq_finalize(struct db_stmt *s)
{
	sqlite3_finalize(ST(s));
}

static int
sq_param_count(struct db_stmt *s)
{
	return sqlite3_bind_parameter_count(ST(s));
}

static const char *
sq_param_name(struct db_stmt *s, int i)
{
	return sqlite3_bind_parameter_name(ST(s), i);
}

static enum db_rc
sq_bind_null(struct db_stmt *s, int i)
{
	return map(sqlite3_bind_null(ST(s), i));
}

static enum db_rc
sq_bind_int64(struct db_stmt *s, int i, int64_t v)
{
	return map(sqlite3_bind_int64(ST(s), i, (sqlite3_int64)v));
}

static enum db_rc
sq_bind_text(struct db_stmt *s, int i, const char *v, size_t len, bool copy)
{
	return map(sqlite3_bind_text(ST(s), i, v, (int)len, copy ? SQLITE_TRANSIENT : SQLITE_STATIC));
}

static enum db_rc
sq_step(struct db_stmt *s)
{
	return map(sqlite3_step(ST(s)));
}

static void
sq_reset(struct db_stmt *s)
{
	sqlite3_reset(ST(s));
}

static bool
sq_column_null(struct db_stmt *s, int i)
{
	return sqlite3_column_type(ST(s), i) == SQLITE_NULL;
}

static int64_t
sq_column_int64(struct db_stmt *s, int i)
{
	return sqlite3_column_int64(ST(s), i);
}

static const char *
sq_column_text(struct db_stmt *s, int i, size_t *len)
{
	const char *t = (const char *)sqlite3_column_text(ST(s), i);

	if (len != NULL)
		*len = t != NULL ? (size_t)sqlite3_column_bytes(ST(s), i) : 0;
	return t;
}

static int64_t
sq_last_insert_id(struct db_conn *c)
{
	return sqlite3_last_insert_rowid(DB(c));
}

static int64_t
sq_changes(struct db_conn *c)
{
	return sqlite3_changes64(DB(c));
}

/* BEGIN IMMEDIATE takes the write lock at once, so two writers never deadlock upgrading a read lock. */
static enum db_rc
sq_begin(struct db_conn *c, bool write)
{
	return map(sqlite3_exec(DB(c), write ? "BEGIN IMMEDIATE" : "BEGIN", NULL, NULL, NULL));
}

static enum db_rc
sq_commit(struct db_conn *c)
{
	return map(sqlite3_exec(DB(c), "COMMIT", NULL, NULL, NULL));
}

static enum db_rc
sq_rollback(struct db_conn *c)
{
	return map(sqlite3_exec(DB(c), "ROLLBACK", NULL, NULL, NULL));
}

static bool
sq_in_transaction(struct db_conn *c)
{
	return !sqlite3_get_autocommit(DB(c));
}

static enum err_code
sq_verify(struct db_conn *c, struct err *e)
{
	return store_fts_verify(DB(c), e);
}

static void
sq_bulk(struct db_conn *c)
{
	/* 64 MiB of page cache (the default is 2 MiB): fewer pages spill to the WAL mid-transaction. */
	sqlite3_exec(DB(c), "PRAGMA cache_size = -65536", NULL, NULL, NULL);
	/* each casus's search row built once at the end, not once more for every activiteit (store_fts.c) */
	sqlite3_exec(DB(c), "INSERT INTO casus_fts_sync (casus_id) VALUES (-1)", NULL, NULL, NULL);
}

static enum db_rc
sq_bulk_end(struct db_conn *c)
{
	return sqlite3_exec(DB(c), "INSERT INTO casus_fts_sync (casus_id) VALUES (-2)", NULL, NULL, NULL) == SQLITE_OK ?
	    DB_OK : DB_ERROR;
}

static enum err_code
sq_integrity_check(struct db_conn *c, struct err *e)
{
	sqlite3_stmt *s = NULL;
	enum err_code rc = ERR_OK;
	const char *res;

	if (sqlite3_prepare_v2(DB(c), "PRAGMA integrity_check", -1, &s, NULL) != SQLITE_OK) {
		err_set(e, ERR_INTERNAL, NULL, "Er ging iets mis bij het opslaan.");
		err_detail(e, "integrity_check: %s", sqlite3_errmsg(DB(c)));
		return ERR_INTERNAL;
	}
	res = sqlite3_step(s) == SQLITE_ROW ? (const char *)sqlite3_column_text(s, 0) : NULL;
	if (res == NULL || strcmp(res, "ok") != 0) {
		rc = err_set(e, ERR_INTERNAL, NULL, "De database is beschadigd.");
		err_detail(e, "%s", res != NULL ? res : sqlite3_errmsg(DB(c)));
	}
	sqlite3_finalize(s);
	return rc;
}

/* Creates path for the backup, only if it does not exist yet, for this user only. */
static enum err_code
backup_create(const char *path, struct err *e)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);

	if (fd >= 0) {
		close(fd);
		return ERR_OK;
	}
	switch (errno) {
	case EEXIST:
		return err_set(e, ERR_CONFLICT, NULL, "Het bestand %s bestaat al. Een back-up overschrijft niets: "
		    "kies een nieuwe naam.", path);
	case ENOENT:
	case ENOTDIR:
		return err_set(e, ERR_VALIDATION, NULL, "De map van %s bestaat niet.", path);
	case EACCES:
	case EPERM:
	case EROFS:
		return err_set(e, ERR_VALIDATION, NULL, "In de map van %s mag doorbraak niet schrijven.", path);
	default:
		err_set(e, ERR_INTERNAL, NULL, "De back-up kan niet in %s worden geschreven.", path);
		err_detail(e, "%s", strerror(errno));
		return ERR_INTERNAL;
	}
}

/* Removes a failed backup and what SQLite left beside it. */
static void
backup_remove(const char *path)
{
	char side[4096];

	unlink(path);
	if ((size_t)snprintf(side, sizeof(side), "%s-journal", path) < sizeof(side))
		unlink(side);
}

/*
 * The online backup copies every page in one step while holding one read
 * snapshot of the source, so the copy is the database as of one moment; a
 * writer holding the WAL lock only delays a step (retried for about 30 s).
 * The copy is a plain rollback-journal database, synced and integrity-checked
 * before this returns.
 */
static enum err_code
sq_backup(struct db_conn *c, const char *path, struct err *e)
{
	sqlite3 *dst = NULL;
	sqlite3_backup *b;
	enum err_code rc;
	int step = SQLITE_OK;

	if ((rc = backup_create(path, e)) != ERR_OK)
		return rc;
	if (sqlite3_open_v2(path, &dst, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK)
		goto fail;
	if ((b = sqlite3_backup_init(dst, "main", DB(c), "main")) == NULL)
		goto fail;
	for (int tries = 0; tries < 600; tries++) {
		step = sqlite3_backup_step(b, -1);
		if (step != SQLITE_BUSY && step != SQLITE_LOCKED && step != SQLITE_OK)
			break;
		sqlite3_sleep(50);
	}
	if (sqlite3_backup_finish(b) != SQLITE_OK || step != SQLITE_DONE)
		goto fail;
	/* The pages say WAL, as the source's do; a backup is one self-contained file. */
	if (sqlite3_exec(dst, "PRAGMA synchronous=FULL; PRAGMA journal_mode=DELETE;", NULL, NULL, NULL) != SQLITE_OK)
		goto fail;
	if (sq_integrity_check((struct db_conn *)(void *)dst, e) != ERR_OK) {
		sqlite3_close(dst);
		backup_remove(path);
		return ERR_INTERNAL;
	}
	if (sqlite3_close(dst) != SQLITE_OK) {
		dst = NULL;
		goto fail;
	}
	{
		int fd = open(path, O_RDONLY | O_CLOEXEC);

		if (fd < 0 || fsync(fd) != 0) {
			if (fd >= 0)
				close(fd);
			dst = NULL;
			goto fail;
		}
		close(fd);
	}
	return ERR_OK;
fail:
	err_set(e, ERR_INTERNAL, NULL, "De back-up naar %s is mislukt; er is geen bestand achtergebleven.", path);
	err_detail(e, "%s", dst != NULL ? sqlite3_errmsg(dst) : sqlite3_errstr(step));
	sqlite3_close(dst);
	backup_remove(path);
	return ERR_INTERNAL;
}

/*
 * FTS5 keeps a deleted row's words in its index segments (a delete only
 * adds a tombstone) until they are merged: 'optimize' merges every segment
 * into one, and secure_delete (on for every connection) zeroes the pages
 * that frees. Then the WAL, which still holds older versions of changed
 * pages, is checkpointed into the database and truncated to zero bytes;
 * readers in the middle of a transaction delay that (retried for about 10 s).
 */
static enum err_code
sq_compact(struct db_conn *c, struct err *e)
{
	int rc = sqlite3_exec(DB(c), "INSERT INTO casus_fts (casus_fts) VALUES ('optimize')", NULL, NULL, NULL);

	for (int tries = 0; rc == SQLITE_OK && tries < 200; tries++) {
		rc = sqlite3_wal_checkpoint_v2(DB(c), NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);
		if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
			break;
		rc = SQLITE_OK;
		sqlite3_sleep(50);
		if (tries == 199)
			rc = SQLITE_BUSY;
	}
	if (rc != SQLITE_OK) {
		err_set(e, rc == SQLITE_BUSY ? ERR_UNAVAILABLE : ERR_INTERNAL, NULL,
		    "Het opschonen van de zoekindex en het WAL-bestand is mislukt.");
		err_detail(e, "compact: %s", sqlite3_errmsg(DB(c)));
		return rc == SQLITE_BUSY ? ERR_UNAVAILABLE : ERR_INTERNAL;
	}
	return ERR_OK;
}

const struct store_driver store_driver_sqlite = {
	.name = "sqlite",
	.dialect = DIALECT_SQLITE,
	.migrations = "migrations/",
	.accepts = sq_accepts,
	.open = sq_open,
	.close = sq_close,
	.exec = sq_exec,
	.errmsg = sq_errmsg,
	.prepare = sq_prepare,
	.finalize = sq_finalize,
	.param_count = sq_param_count,
	.param_name = sq_param_name,
	.bind_null = sq_bind_null,
	.bind_int64 = sq_bind_int64,
	.bind_text = sq_bind_text,
	.step = sq_step,
	.reset = sq_reset,
	.column_null = sq_column_null,
	.column_int64 = sq_column_int64,
	.column_text = sq_column_text,
	.last_insert_id = sq_last_insert_id,
	.changes = sq_changes,
	.begin = sq_begin,
	.commit = sq_commit,
	.rollback = sq_rollback,
	.in_transaction = sq_in_transaction,
	.verify = sq_verify,
	.bulk = sq_bulk,
	.bulk_end = sq_bulk_end,
	.integrity_check = sq_integrity_check,
	.backup = sq_backup,
	.compact = sq_compact,
	.search_param = store_fts_query,
	.search_param_any = store_fts_query_any,
};

sqlite3 *
store_sqlite_db(struct store *st)
{
	return st->drv == &store_driver_sqlite ? DB(st->conn) : NULL;
}
