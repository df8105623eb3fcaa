/* driver_sqlite.h - what only the SQLite driver can give: the raw connection, for the search module and for tests. */
#ifndef DOORBRAAK_STORE_DRIVER_SQLITE_H
#define DOORBRAAK_STORE_DRIVER_SQLITE_H

#include <sqlite3.h>

#include "store/store.h"

/*
 * The sqlite3 handle under st, or NULL when st runs on another driver. For
 * tests that look at the database behind the store's back; the store itself
 * never uses it outside driver_sqlite.c.
 */
sqlite3 *store_sqlite_db(struct store *st);

#endif
