/* store.h - the database: connections, migrations, transactions, a connection pool. The only layer with SQL. */
#ifndef DOORBRAAK_STORE_H
#define DOORBRAAK_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/err.h"

struct store;        /* one database connection with all its prepared statements */
struct store_pool;   /* a fixed set of connections shared by the server threads */

/*
 * Opens the database DOORBRAAK_DB names through the driver that accepts it
 * (a file path: SQLite, created when absent, with WAL, foreign keys,
 * synchronous=FULL, a busy timeout and SQLITE_DBCONFIG_DEFENSIVE). Does not
 * migrate. When the schema is the binary's, every statement of the store is
 * prepared here (stmt.h), and one that does not prepare makes the open fail
 * with its name; otherwise store_migrate prepares them. Returns NULL and
 * fills e on failure. Close with store_close().
 */
struct store *store_open(const char *path, struct err *e);
void store_close(struct store *st);

/*
 * Applies every migration compiled into the binary that the database lacks,
 * then prepares every statement of the store (stmt.h). ERR_INTERNAL naming
 * the statement when one does not fit the schema.
 */
enum err_code store_migrate(struct store *st, struct err *e);
/* ERR_OK when the schema is exactly the binary's and every statement prepared; otherwise tells what is wrong. */
enum err_code store_schema_check(struct store *st, struct err *e);
int store_schema_version(struct store *st);   /* highest applied migration, 0 for none */

/* One transaction per business operation. begin takes the write lock at once. */
enum err_code store_begin(struct store *st);
enum err_code store_commit(struct store *st);
void store_rollback(struct store *st);   /* harmless when no transaction is open */
bool store_in_transaction(struct store *st);

/* size connections, each checked and prepared as store_schema_check does, and the group commit of their audit
   rows outside a transaction (one more connection and a writer thread, store_audit.h). */
struct store_pool *store_pool_open(const char *path, int size, struct err *e);
void store_pool_close(struct store_pool *p);
struct store *store_pool_acquire(struct store_pool *p);   /* blocks until one is free */
void store_pool_release(struct store_pool *p, struct store *st);
/* Resets every cached statement so none holds a read snapshot (done on release). */
void store_reset_all(struct store *st);

/* The backend's own consistency check (SQLite: PRAGMA integrity_check); ERR_OK when sound. */
enum err_code store_integrity_check(struct store *st, struct err *e);

/*
 * A consistent copy of the whole database as of one moment, taken while the
 * server keeps writing (SQLite's online backup API, never a file copy), into
 * a new file path with mode 0600. An existing file is never overwritten.
 * ERR_CONFLICT when path exists, ERR_VALIDATION when its folder is missing
 * or not writable, ERR_INTERNAL otherwise; a failed backup leaves no file.
 */
enum err_code store_backup(struct store *st, const char *path, struct err *e);
/* Leaves no trace of deleted data in the database's files (search index segments, the WAL); after a purge. */
enum err_code store_compact(struct store *st, struct err *e);

#endif
