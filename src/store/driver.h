/* driver.h - the database driver interface: what a backend (SQLite now, PostgreSQL later) gives the store. */
#ifndef DOORBRAAK_STORE_DRIVER_H
#define DOORBRAAK_STORE_DRIVER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/err.h"
#include "lib/mem.h"

/*
 * The store talks to a database only through a driver: a table of functions
 * (as dovecot's lib-sql has its sql_db vfuncs with driver-sqlite.c and
 * driver-pgsql.c). Everything above the driver is backend-neutral: the
 * statement tables (stmt.h), the migrations, the aggregates. A driver owns
 * its dialect's quirks: how parameters are written and bound, how a
 * transaction starts, how errors map onto enum db_rc, what "search" means.
 *
 * Parameters are named in every statement (":referentie"); a driver that
 * needs positions ($1) rewrites them when it prepares and reports the names
 * in order through param_name. The same name twice is one parameter.
 */

enum store_dialect {
	DIALECT_SQLITE,
	DIALECT_PGSQL,
	DIALECT__MAX
};

/* What a step or an exec can end in; the driver maps its own codes onto these. */
enum db_rc {
	DB_OK = 0,
	DB_ROW,          /* a row is ready to be read */
	DB_DONE,         /* the statement has finished */
	DB_CONSTRAINT,   /* a constraint (unique, foreign key, check, not null) refused the change */
	DB_BUSY,         /* not now: locked by another connection longer than the driver waits, out of memory, an
	                    I/O error or a full disk (a passing condition: the caller answers 503) */
	DB_ERROR         /* anything else: errmsg() says what */
};

struct db_conn;      /* a driver's connection */
struct db_stmt;      /* a driver's prepared statement */

struct store_driver {
	const char *name;                   /* "sqlite" */
	enum store_dialect dialect;         /* which SQL variant of a statement it runs (stmt.h) */
	const char *migrations;             /* prefix of its embedded migration files: "migrations/" */
	/* Whether target (DOORBRAAK_DB) is meant for this driver: a path, or a postgresql:// URI. */
	bool (*accepts)(const char *target);

	/* A connection (creating the database where the backend does that); NULL and e filled on failure. */
	struct db_conn *(*open)(const char *target, struct err *e);
	void (*close)(struct db_conn *c);                  /* NULL is allowed */
	/* Runs a script of statements without results or parameters (migrations). */
	enum db_rc (*exec)(struct db_conn *c, const char *sql);
	const char *(*errmsg)(struct db_conn *c);          /* of the last failure on c */

	/* Prepares one statement to be run many times; NULL on failure (errmsg says why). */
	struct db_stmt *(*prepare)(struct db_conn *c, const char *sql);
	void (*finalize)(struct db_stmt *s);               /* NULL is allowed */
	int (*param_count)(struct db_stmt *s);
	/* The name of parameter i (1-based) as written, ":referentie"; NULL for a nameless one. */
	const char *(*param_name)(struct db_stmt *s, int i);
	/* Binds fail too (out of memory copying a text): DB_OK or the failure, which the statement must not run
	   with (it would run with NULL). */
	enum db_rc (*bind_null)(struct db_stmt *s, int i);
	enum db_rc (*bind_int64)(struct db_stmt *s, int i, int64_t v);
	/* copy: the driver copies v; otherwise v stays valid until the statement is reset. */
	enum db_rc (*bind_text)(struct db_stmt *s, int i, const char *v, size_t len, bool copy);
	enum db_rc (*step)(struct db_stmt *s);
	void (*reset)(struct db_stmt *s);                  /* ends the run; the statement can run again */
	bool (*column_null)(struct db_stmt *s, int i);     /* columns are 0-based */
	int64_t (*column_int64)(struct db_stmt *s, int i);
	/* NULL for SQL NULL, and NULL for a value that could not be read (out of memory converting it): then
	   column_null is false; valid until the next step or reset. */
	const char *(*column_text)(struct db_stmt *s, int i, size_t *len);
	int64_t (*last_insert_id)(struct db_conn *c);      /* of the last INSERT on c */
	int64_t (*changes)(struct db_conn *c);             /* rows changed by the last statement on c */

	/* write: take the write lock at once (one writer; others wait), else a read snapshot. */
	enum db_rc (*begin)(struct db_conn *c, bool write);
	enum db_rc (*commit)(struct db_conn *c);
	enum db_rc (*rollback)(struct db_conn *c);
	bool (*in_transaction)(struct db_conn *c);

	/* Checks what the connection needs beyond the statement tables (SQLite: the search index's own SQL). */
	enum err_code (*verify)(struct db_conn *c, struct err *e);
	/* Readies the connection for one very large transaction (import): work that each row would repeat (SQLite:
	   rebuilding a casus's search row for every activiteit) waits for bulk_end, called before the commit. */
	void (*bulk)(struct db_conn *c);
	enum db_rc (*bulk_end)(struct db_conn *c);
	/* The backend's own consistency check of the whole database; ERR_OK when sound. */
	enum err_code (*integrity_check)(struct db_conn *c, struct err *e);
	/* Copies the whole database as of one moment into a new file path (created 0600, never overwritten), with
	   the backend's online backup (SQLite: sqlite3_backup_*), while other connections keep writing. */
	enum err_code (*backup)(struct db_conn *c, const char *path, struct err *e);
	/* After personal data were removed: leaves no trace of them in the backend's files (SQLite: the search
	   index merged so deleted words leave its segments, then a truncating WAL checkpoint). */
	enum err_code (*compact)(struct db_conn *c, struct err *e);
	/* Search: what a user typed as the parameter of a statement's search condition, NULL when nothing to search. */
	const char *(*search_param)(struct arena *a, const char *user_input);
	/* the same, matching any of the words instead of all (the similar casussen) */
	const char *(*search_param_any)(struct arena *a, const char *user_input);
};

extern const struct store_driver store_driver_sqlite;

#endif
