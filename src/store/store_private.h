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
	bool in_tx;                        /* store_begin(_read) began a transaction not yet ended by this code: when
	                                      the driver says none is open, the database rolled it back (stmt.c) */
	bool audit_appended;               /* wrote audit rows: a checkpoint at close (audit/checkpoint.c) */
	struct audit_groep *groep;         /* the server's pool: rows outside a transaction go to its group commit */
};

/* Group commit of audit rows (audit/groep.c): a writer thread with its own connection to path, which appends
   the rows handed to it by concurrent callers in one transaction and wakes each when that has committed.
   audit_groep_append returns that commit's outcome (ERR_UNAVAILABLE when it failed: no data may leave).
   start returns NULL with e set when the connection or thread cannot be had; stop writes what is waiting,
   joins the thread and closes the connection (with its checkpoint). */
struct audit_entry;
struct audit_groep *audit_groep_start(const char *path, struct err *e);
void audit_groep_stop(struct audit_groep *g);
enum err_code audit_groep_append(struct audit_groep *g, const struct audit_entry *a, struct err *e);
/* Transactions committed and rows written so far (for the log line at the end). */
void audit_groep_stats(struct audit_groep *g, unsigned long *commits, unsigned long *rijen);

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
