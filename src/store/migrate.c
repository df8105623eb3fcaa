/* migrate.c - the schema: numbered migrations compiled into the binary, the version check, then the statements. */
#include <stdlib.h>
#include <string.h>

#include "lib/embed.h"
#include "store/audit/private.h"
#include "store/store_private.h"

/* Migrations are the embedded files "<driver's prefix>NNN_name.sql", applied in order of NNN. */
static int
migration_version(const struct store *st, const char *name)
{
	return atoi(name + strlen(st->drv->migrations));
}

static bool
is_migration(const struct store *st, const char *name)
{
	size_t n = strlen(st->drv->migrations);

	return strncmp(name, st->drv->migrations, n) == 0 && name[n] >= '0' && name[n] <= '9';
}

static const struct embedded_file *
migration_find(const struct store *st, int version)
{
	for (const struct embedded_file *f = embedded_files; f->name != NULL; f++)
		if (is_migration(st, f->name) && migration_version(st, f->name) == version)
			return f;
	return NULL;
}

static int
migration_latest(const struct store *st)
{
	int max = 0;

	for (const struct embedded_file *f = embedded_files; f->name != NULL; f++)
		if (is_migration(st, f->name) && migration_version(st, f->name) > max)
			max = migration_version(st, f->name);
	return max;
}

/*
 * The bookkeeping of migrations. These statements cannot wait in a table
 * prepared at open (schema_migration may not exist yet), so each is prepared
 * when it is needed, at start-up only.
 */
enum { SCHEMA_Q_HAS_TABLE };
enum { SCHEMA_Q_VERSION, SCHEMA_Q_RECORD, SCHEMA_Q__MAX };
static const struct store_sql probe_sql[] = {
	[SCHEMA_Q_HAS_TABLE] = { "schema.has_table",
	    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migration'", NULL },
};
static const struct store_sql schema_sql[SCHEMA_Q__MAX] = {
	[SCHEMA_Q_VERSION] = { "schema.version", "SELECT coalesce(max(version), 0) FROM schema_migration", NULL },
	[SCHEMA_Q_RECORD] = { "schema.record", "INSERT INTO schema_migration (version, name) VALUES (:version, :name)",
	    NULL },
};
static const struct store_sql_table probe_table = { "schema", probe_sql, 1 };
static const struct store_sql_table schema_table = { "schema", schema_sql, SCHEMA_Q__MAX };
static const char SQL_VERSION_TABLE[] =
    "CREATE TABLE IF NOT EXISTS schema_migration (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
    " applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')))";

/* The highest applied migration, 0 for none (also when the database cannot say). */
static int
version(struct store *st, struct err *e)
{
	struct store_q *qs = NULL;
	int64_t has = 0, v = 0;

	if (store_sql_prepare(st, &probe_table, &qs, e) != ERR_OK)
		return 0;
	store_int_of(store_sql_at(qs, SCHEMA_Q_HAS_TABLE), &has, e);
	store_sql_free(qs, 1);
	if (has == 0 || store_sql_prepare(st, &schema_table, &qs, e) != ERR_OK)
		return 0;
	store_int_of(store_sql_at(qs, SCHEMA_Q_VERSION), &v, e);
	store_sql_free(qs, SCHEMA_Q__MAX);
	return (int)v;
}

int
store_schema_version(struct store *st)
{
	return version(st, NULL);
}

static enum err_code
migrate_one(struct store *st, const struct embedded_file *f, int v, struct err *e)
{
	struct store_q *qs = NULL, *q;
	enum err_code rc;

	if (store_begin(st) != ERR_OK || st->drv->exec(st->conn, (const char *)f->data) != DB_OK) {
		err_set(e, ERR_INTERNAL, NULL, "De database gaf een fout.");
		err_detail(e, "migration %s: %s", f->name, st->drv->errmsg(st->conn));
		store_rollback(st);
		return ERR_INTERNAL;
	}
	rc = v == AUDIT_MAC_MIGRATION ? audit_seal_legacy(st, e) : ERR_OK;   /* the old rows, in the same step */
	if (rc == ERR_OK && (rc = store_sql_prepare(st, &schema_table, &qs, e)) == ERR_OK) {
		q = store_sql_at(qs, SCHEMA_Q_RECORD);
		store_bind_int(q, ":version", v);
		store_bind_text(q, ":name", f->name + strlen(st->drv->migrations));
		rc = store_exec(q, e);
		store_sql_free(qs, SCHEMA_Q__MAX);
	}
	if (rc == ERR_OK && (rc = store_commit(st)) != ERR_OK)
		err_set(e, rc, NULL, "Er ging iets mis bij het opslaan.");
	if (rc != ERR_OK)
		store_rollback(st);
	return rc;
}

enum err_code
store_migrate(struct store *st, struct err *e)
{
	int have, latest = migration_latest(st);

	if (st->drv->exec(st->conn, SQL_VERSION_TABLE) != DB_OK) {
		err_set(e, ERR_INTERNAL, NULL, "De database gaf een fout.");
		err_detail(e, "%s", st->drv->errmsg(st->conn));
		return ERR_INTERNAL;
	}
	have = version(st, e);
	for (int v = have + 1; v <= latest; v++) {
		const struct embedded_file *f = migration_find(st, v);

		if (f == NULL)
			return err_set(e, ERR_INTERNAL, NULL, "Migratie %d ontbreekt in dit programma.", v);
		if (migrate_one(st, f, v, e) != ERR_OK)
			return ERR_INTERNAL;
	}
	if (have < latest || !st->prepared)   /* the schema is the binary's now */
		return store_stmts_prepare(st, e);
	return ERR_OK;
}

enum err_code
store_schema_check(struct store *st, struct err *e)
{
	int have = version(st, NULL), latest = migration_latest(st);

	if (have < latest)
		return err_set(e, ERR_UNAVAILABLE, NULL,
		    "De database heeft schemaversie %d, dit programma verwacht %d. Voer eerst 'doorbraak init' uit.",
		    have, latest);
	if (have > latest)
		return err_set(e, ERR_UNAVAILABLE, NULL,
		    "De database (schemaversie %d) is nieuwer dan dit programma (%d). Gebruik een nieuwere versie.",
		    have, latest);
	return st->prepared ? ERR_OK : store_stmts_prepare(st, e);
}

enum err_code
store_prepare_if_current(struct store *st, struct err *e)
{
	return version(st, NULL) == migration_latest(st) ? store_stmts_prepare(st, e) : ERR_OK;
}
