/* store_private.h - helpers shared by the store's own modules; not for other layers. */
#ifndef DOORBRAAK_STORE_PRIVATE_H
#define DOORBRAAK_STORE_PRIVATE_H

#include <sqlite3.h>

#include "lib/mem.h"
#include "store/store.h"

/*
 * A cached prepared statement for sql (a string literal: the cache is keyed
 * by its address), reset and with bindings cleared. Never NULL: a statement
 * that does not prepare is a bug and aborts with a log line.
 */
sqlite3_stmt *store_stmt(struct store *st, const char *sql);
sqlite3 *store_db(struct store *st);

/* Binds text or NULL. */
void store_bind_text(sqlite3_stmt *s, int i, const char *v);
/* Binds an int64, or NULL when v == 0. */
void store_bind_id(sqlite3_stmt *s, int i, int64_t v);
/* Copies column i into the arena (NULL stays NULL). */
char *store_col_text(struct arena *a, sqlite3_stmt *s, int i);
/* Maps an SQLite result code to an err (constraint -> ERR_CONFLICT, else ERR_INTERNAL). */
enum err_code store_fail(struct store *st, int rc, struct err *e, const char *what);
/* Steps s once and resets it; anything but SQLITE_DONE is a store_fail(what). */
enum err_code store_step_done(struct store *st, sqlite3_stmt *s, struct err *e, const char *what);

#endif
