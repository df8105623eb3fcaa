/* db.c - SQLite connections, pragmas, the statement cache, transactions, migrations and the pool. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/embed.h"
#include "store/store_fts.h"
#include "store/store_private.h"

struct stmt_entry {
	const char *sql;      /* the key: the address of the SQL string */
	sqlite3_stmt *stmt;
};

struct store {
	sqlite3 *db;
	struct stmt_entry *cache;   /* grows; one entry per distinct SQL string used on this connection */
	int ncache, capcache;
};

sqlite3 *
store_db(struct store *st)
{
	return st->db;
}

static int
exec(struct store *st, const char *sql, struct err *e)
{
	char *msg = NULL;
	int rc = sqlite3_exec(st->db, sql, NULL, NULL, &msg);

	if (rc != SQLITE_OK) {
		err_set(e, ERR_INTERNAL, NULL, "De database gaf een fout.");
		err_detail(e, "%s", msg ? msg : sqlite3_errstr(rc));
	}
	sqlite3_free(msg);
	return rc;
}

struct store *
store_open(const char *path, struct err *e)
{
	struct store *st = xcalloc(1, sizeof(*st));
	int rc, on = 1;

	rc = sqlite3_open_v2(path, &st->db,
	    SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL);
	if (rc != SQLITE_OK) {
		err_set(e, ERR_INTERNAL, NULL, "De database %s kan niet worden geopend.", path);
		err_detail(e, "%s", st->db ? sqlite3_errmsg(st->db) : sqlite3_errstr(rc));
		goto err;
	}
	if (store_fts_register(st->db) != 0) {   /* before anything can touch casus_fts */
		err_set(e, ERR_INTERNAL, NULL, "De zoekfunctie (SQLite FTS5) kan niet worden geladen.");
		goto err;
	}
	sqlite3_db_config(st->db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
	sqlite3_db_config(st->db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 1, &on);
	sqlite3_busy_timeout(st->db, 5000);
	if (exec(st, "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL;"
	    " PRAGMA secure_delete=ON; PRAGMA trusted_schema=OFF;", e) != SQLITE_OK)
		goto err;
	return st;
err:
	store_close(st);
	return NULL;
}

void
store_close(struct store *st)
{
	if (st == NULL)
		return;
	for (int i = 0; i < st->ncache; i++)
		sqlite3_finalize(st->cache[i].stmt);
	free(st->cache);
	sqlite3_close(st->db);
	free(st);
}

sqlite3_stmt *
store_stmt(struct store *st, const char *sql)
{
	sqlite3_stmt *s = NULL;
	int i;

	for (i = 0; i < st->ncache; i++)
		if (st->cache[i].sql == sql) {
			s = st->cache[i].stmt;
			sqlite3_reset(s);
			sqlite3_clear_bindings(s);
			return s;
		}
	if (sqlite3_prepare_v3(st->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s, NULL) != SQLITE_OK) {
		fprintf(stderr, "{\"level\":\"fatal\",\"msg\":\"bad SQL\",\"error\":\"%s\"}\n",
		    sqlite3_errmsg(st->db));
		abort();
	}
	if (st->ncache == st->capcache) {
		st->capcache = st->capcache ? st->capcache * 2 : 64;
		st->cache = xrealloc(st->cache, (size_t)st->capcache * sizeof(*st->cache));
	}
	st->cache[st->ncache].sql = sql;
	st->cache[st->ncache].stmt = s;
	st->ncache++;
	return s;
}

void
store_bind_text(sqlite3_stmt *s, int i, const char *v)
{
	if (v == NULL)
		sqlite3_bind_null(s, i);
	else
		sqlite3_bind_text(s, i, v, -1, SQLITE_TRANSIENT);
}

void
store_bind_id(sqlite3_stmt *s, int i, int64_t v)
{
	if (v == 0)
		sqlite3_bind_null(s, i);
	else
		sqlite3_bind_int64(s, i, v);
}

char *
store_col_text(struct arena *a, sqlite3_stmt *s, int i)
{
	const unsigned char *t = sqlite3_column_text(s, i);

	return t == NULL ? NULL : arena_strndup(a, (const char *)t, (size_t)sqlite3_column_bytes(s, i));
}

enum err_code
store_fail(struct store *st, int rc, struct err *e, const char *what)
{
	enum err_code code = (rc & 0xff) == SQLITE_CONSTRAINT ? ERR_CONFLICT :
	    (rc & 0xff) == SQLITE_BUSY ? ERR_UNAVAILABLE : ERR_INTERNAL;

	err_set(e, code, NULL, code == ERR_CONFLICT ? "Dit bestaat al of past niet bij de bestaande gegevens." :
	    code == ERR_UNAVAILABLE ? "De database is even bezet; probeer het opnieuw." :
	    "Er ging iets mis bij het opslaan.");
	err_detail(e, "%s: %s", what, sqlite3_errmsg(st->db));
	return code;
}

enum err_code
store_step_done(struct store *st, sqlite3_stmt *s, struct err *e, const char *what)
{
	int rc = sqlite3_step(s);

	sqlite3_reset(s);
	return rc == SQLITE_DONE ? ERR_OK : store_fail(st, rc, e, what);
}

enum err_code
store_begin(struct store *st)
{
	return sqlite3_exec(st->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) == SQLITE_OK ? ERR_OK : ERR_UNAVAILABLE;
}

enum err_code
store_commit(struct store *st)
{
	if (sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL) == SQLITE_OK)
		return ERR_OK;
	store_rollback(st);
	return ERR_INTERNAL;
}

void
store_rollback(struct store *st)
{
	if (!sqlite3_get_autocommit(st->db))
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
}

bool
store_in_transaction(struct store *st)
{
	return !sqlite3_get_autocommit(st->db);
}

/* Migrations are the embedded files "migrations/NNN_name.sql", applied in order of NNN. */
static int
migration_version(const char *name)
{
	const char *p = name + strlen("migrations/");
	return atoi(p);
}

static const struct embedded_file *
migration_find(int version)
{
	for (const struct embedded_file *f = embedded_files; f->name != NULL; f++)
		if (strncmp(f->name, "migrations/", 11) == 0 && migration_version(f->name) == version)
			return f;
	return NULL;
}

static int
migration_latest(void)
{
	int max = 0;

	for (const struct embedded_file *f = embedded_files; f->name != NULL; f++)
		if (strncmp(f->name, "migrations/", 11) == 0 && migration_version(f->name) > max)
			max = migration_version(f->name);
	return max;
}

static const char SQL_VERSION_TABLE[] =
    "CREATE TABLE IF NOT EXISTS schema_migration (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
    " applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')))";
static const char SQL_VERSION[] = "SELECT coalesce(max(version), 0) FROM schema_migration";
static const char SQL_HAS_TABLE[] =
    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migration'";
static const char SQL_RECORD[] = "INSERT INTO schema_migration (version, name) VALUES (?, ?)";

int
store_schema_version(struct store *st)
{
	sqlite3_stmt *s = store_stmt(st, SQL_HAS_TABLE);
	int has, v = 0;

	has = sqlite3_step(s) == SQLITE_ROW && sqlite3_column_int(s, 0) > 0;
	sqlite3_reset(s);   /* a statement left stepping would pin an old snapshot */
	if (!has)
		return 0;
	s = store_stmt(st, SQL_VERSION);
	if (sqlite3_step(s) == SQLITE_ROW)
		v = sqlite3_column_int(s, 0);
	sqlite3_reset(s);
	return v;
}

enum err_code
store_migrate(struct store *st, struct err *e)
{
	int have, latest = migration_latest();

	if (exec(st, SQL_VERSION_TABLE, e) != SQLITE_OK)
		return ERR_INTERNAL;
	have = store_schema_version(st);
	for (int v = have + 1; v <= latest; v++) {
		const struct embedded_file *f = migration_find(v);
		sqlite3_stmt *s;

		if (f == NULL) {
			err_set(e, ERR_INTERNAL, NULL, "Migratie %d ontbreekt in dit programma.", v);
			return ERR_INTERNAL;
		}
		if (store_begin(st) != ERR_OK || exec(st, (const char *)f->data, e) != SQLITE_OK) {
			err_detail(e, "migration %s: %s", f->name, sqlite3_errmsg(st->db));
			store_rollback(st);
			return ERR_INTERNAL;
		}
		s = store_stmt(st, SQL_RECORD);
		sqlite3_bind_int(s, 1, v);
		sqlite3_bind_text(s, 2, f->name + 11, -1, SQLITE_STATIC);
		if (sqlite3_step(s) != SQLITE_DONE || store_commit(st) != ERR_OK) {
			store_rollback(st);
			return store_fail(st, SQLITE_ERROR, e, f->name);
		}
	}
	return ERR_OK;
}

enum err_code
store_schema_check(struct store *st, struct err *e)
{
	int have = store_schema_version(st), latest = migration_latest();

	if (have == latest)
		return ERR_OK;
	if (have < latest)
		return err_set(e, ERR_UNAVAILABLE, NULL,
		    "De database heeft schemaversie %d, dit programma verwacht %d. Voer eerst 'doorbraak init' uit.",
		    have, latest);
	return err_set(e, ERR_UNAVAILABLE, NULL,
	    "De database (schemaversie %d) is nieuwer dan dit programma (%d). Gebruik een nieuwere versie.",
	    have, latest);
}

enum err_code
store_integrity_check(struct store *st, struct err *e)
{
	sqlite3_stmt *s = NULL;
	enum err_code rc = ERR_OK;

	if (sqlite3_prepare_v2(st->db, "PRAGMA integrity_check", -1, &s, NULL) != SQLITE_OK)
		return store_fail(st, SQLITE_ERROR, e, "integrity_check");
	if (sqlite3_step(s) != SQLITE_ROW || strcmp((const char *)sqlite3_column_text(s, 0), "ok") != 0) {
		rc = err_set(e, ERR_INTERNAL, NULL, "De database is beschadigd.");
		err_detail(e, "%s", (const char *)sqlite3_column_text(s, 0));
	}
	sqlite3_finalize(s);
	return rc;
}

struct store_pool {
	pthread_mutex_t lock;
	pthread_cond_t freed;
	struct store **free;
	int nfree, size;
};

struct store_pool *
store_pool_open(const char *path, int size, struct err *e)
{
	struct store_pool *p = xcalloc(1, sizeof(*p));

	pthread_mutex_init(&p->lock, NULL);
	pthread_cond_init(&p->freed, NULL);
	p->free = xcalloc((size_t)size, sizeof(*p->free));
	for (int i = 0; i < size; i++) {
		struct store *st = store_open(path, e);
		if (st == NULL) {
			store_pool_close(p);
			return NULL;
		}
		p->free[p->nfree++] = st;
		p->size++;
	}
	return p;
}

void
store_pool_close(struct store_pool *p)
{
	if (p == NULL)
		return;
	for (int i = 0; i < p->nfree; i++)
		store_close(p->free[i]);
	pthread_mutex_destroy(&p->lock);
	pthread_cond_destroy(&p->freed);
	free(p->free);
	free(p);
}

struct store *
store_pool_acquire(struct store_pool *p)
{
	struct store *st;

	pthread_mutex_lock(&p->lock);
	while (p->nfree == 0)
		pthread_cond_wait(&p->freed, &p->lock);
	st = p->free[--p->nfree];
	pthread_mutex_unlock(&p->lock);
	return st;
}

void
store_reset_all(struct store *st)
{
	for (int i = 0; i < st->ncache; i++)
		sqlite3_reset(st->cache[i].stmt);
}

void
store_pool_release(struct store_pool *p, struct store *st)
{
	store_reset_all(st);  /* no statement may keep a read snapshot open */
	store_rollback(st);   /* a handler that forgot to finish its transaction loses it */
	pthread_mutex_lock(&p->lock);
	p->free[p->nfree++] = st;
	pthread_cond_signal(&p->freed);
	pthread_mutex_unlock(&p->lock);
}
