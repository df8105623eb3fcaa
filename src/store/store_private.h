/* store_private.h - the connection as the store's own modules see it; not for other layers. */
#ifndef DOORBRAAK_STORE_PRIVATE_H
#define DOORBRAAK_STORE_PRIVATE_H

#include "lib/mem.h"
#include "store/driver.h"
#include "store/stmt.h"
#include "store/store.h"

/* One connection: its driver, the driver's connection and every statement of every table. */
struct store {
	const struct store_driver *drv;
	struct db_conn *conn;
	struct store_q *q[STORE_T__MAX];   /* per table its statements (store_tables[t]->n of them) */
	bool prepared;                     /* every statement is prepared (stmt.c) */
	bool audit_appended;               /* wrote audit rows: a checkpoint at close (audit/checkpoint.c) */
};

/* A read transaction: one snapshot for several statements (store_begin takes the write lock). */
enum err_code store_begin_read(struct store *st);
/* Readies the connection for one very large transaction (import); store_bulk_end, inside that transaction
   before its commit, does what was deferred (the search index). */
void store_bulk(struct store *st);
enum err_code store_bulk_end(struct store *st);

/* Prepares every statement when the schema is already the binary's (store_open); otherwise leaves that to
   store_migrate or store_schema_check. ERR_INTERNAL naming a statement that does not prepare. */
enum err_code store_prepare_if_current(struct store *st, struct err *e);

/* Allocates the statement arrays of st unprepared (store_open), prepares them all, and frees them. */
void store_stmts_init(struct store *st);
enum err_code store_stmts_prepare(struct store *st, struct err *e);
void store_stmts_free(struct store *st);
/* Resets every statement that ran, so none holds a read snapshot. */
void store_stmts_reset(struct store *st);

#endif
