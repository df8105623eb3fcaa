/* stmt.h - named SQL statements: per aggregate a table, prepared when a connection opens; binds by name, rows. */
#ifndef DOORBRAAK_STORE_STMT_H
#define DOORBRAAK_STORE_STMT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/codes.h"
#include "core/err.h"
#include "lib/mem.h"
#include "store/driver.h"
#include "store/store.h"

/*
 * Every SQL statement of the store is known when the program is built: each
 * aggregate (account, audit, casus, leerpunt, bijeenkomst, rapport) has a table of
 * named statements indexed by its own enum, and every connection prepares
 * all of them once the schema is at the binary's version (store_migrate,
 * store_schema_check). A statement that does not prepare stops start-up
 * (and `make test`) with its name; it never reaches a live request.
 *
 *   static const struct store_sql casus_sql[CASUS_Q__MAX] = {
 *       [CASUS_Q_BY_REFERENTIE] = { "casus.by_referentie", "SELECT id FROM casus WHERE referentie = :referentie" },
 *   };
 *
 *   struct store_q *q = store_q(st, STORE_T_CASUS, CASUS_Q_BY_REFERENTIE);
 *   store_bind_text(q, ":referentie", ref);
 *   while (store_next(q))
 *       id = store_col_int(q, 0);
 *   if (store_end(q, e) != ERR_OK) ...
 *
 * Parameters are named (":referentie") and bound by name. Binding a name the
 * statement does not have, or running it with a parameter left unbound, is
 * an error at the step (ERR_INTERNAL naming the statement and the
 * parameter), never a silent NULL; a nameless '?' does not prepare.
 */

/* One statement: its name ("aggregate.what") and its SQL per dialect. */
struct store_sql {
	const char *name;
	const char *sql;        /* what every backend runs, in SQLite's dialect where they differ */
	const char *pgsql;      /* PostgreSQL's text where it differs from sql (issue 16); NULL: sql */
};

/* The statements of one aggregate, indexed by that aggregate's enum. */
struct store_sql_table {
	const char *aggregate;  /* every name in it starts with "aggregate." */
	const struct store_sql *sql;
	int n;
};

/* The tables every connection prepares (tables.c). */
enum store_table {
	STORE_T_ACCOUNT,
	STORE_T_AUDIT,
	STORE_T_CASUS,
	STORE_T_LEERPUNT,
	STORE_T_BIJEENKOMST,
	STORE_T_RAPPORT,
	STORE_T_ESCALATIE,
	STORE_T_OVERBRUGGING,
	STORE_T_ORGANISATIE,
	STORE_T_BEHEER,
	STORE_T_TWEEDE_FACTOR,
	STORE_T_SYSTEEMWIJZIGING,
	STORE_T_NAVRAAG,
	STORE_T_ONDERZOEK,
	STORE_T_REGISTER,
	STORE_T_RETENTIE,
	STORE_T_INZAGE,
	STORE_T_NOTIFICATIE,
	STORE_T_EVENEMENT,
	STORE_T__MAX
};
extern const struct store_sql_table *const store_tables[STORE_T__MAX];
/* Each defined beside the code that runs it. */
extern const struct store_sql_table store_account_sql, store_audit_sql, store_casus_sql, store_leerpunt_sql,
    store_bijeenkomst_sql, store_rapport_sql, store_escalatie_sql, store_overbrugging_sql, store_organisatie_sql,
    store_beheer_sql, store_tweede_factor_sql, store_systeemwijziging_sql, store_navraag_sql,
    store_onderzoek_sql, store_register_sql, store_retentie_sql, store_inzage_sql,
    store_notificatie_sql, store_evenement_sql;

struct store_q;   /* one prepared statement of one connection */

/*
 * Prepares the n statements of table t on st into a new array *out (to free
 * with store_sql_free). On failure nothing is left allocated and e says
 * which statement failed and why (ERR_INTERNAL, Dutch message naming it).
 */
enum err_code store_sql_prepare(struct store *st, const struct store_sql_table *t, struct store_q **out,
    struct err *e);
void store_sql_free(struct store_q *qs, int n);
/* Statement i of an array from store_sql_prepare, ready to bind (as store_q). */
struct store_q *store_sql_at(struct store_q *qs, int i);
/* The Dutch error for a statement that does not fit the database; used by drivers for their own SQL. */
enum err_code store_sql_broken(struct err *e, const char *name, const char *why);

/* Statement id of table t on st's connection, reset and without bindings. O(1). */
struct store_q *store_q(struct store *st, enum store_table t, int id);
const char *store_q_name(const struct store_q *q);

/* Binding by name. Text is copied; NULL binds SQL NULL. */
void store_bind_text(struct store_q *q, const char *name, const char *v);
void store_bind_textn(struct store_q *q, const char *name, const char *v, size_t len);
/* Not copied: v must stay as it is until the statement is run and ended (literals, a save's timestamp). */
void store_bind_static(struct store_q *q, const char *name, const char *v);
void store_bind_int(struct store_q *q, const char *name, int64_t v);
void store_bind_bool(struct store_q *q, const char *name, bool v);
void store_bind_null(struct store_q *q, const char *name);
/* An id, or NULL when v == 0. */
void store_bind_id(struct store_q *q, const char *name, int64_t v);
/* A day number as "YYYY-MM-DD", or NULL for DATE_NONE. */
void store_bind_date(struct store_q *q, const char *name, int day);
/* codes->codes[v], or NULL when v is out of range (-1: absent). */
void store_bind_code(struct store_q *q, const char *name, const struct codelist *codes, int v);

/*
 * The row loop: true while a row is ready; false when the statement has
 * finished or failed. Always end with store_end, which resets the statement
 * (no read snapshot stays open) and says how it went.
 */
bool store_next(struct store_q *q);
enum err_code store_end(struct store_q *q, struct err *e);
/* Runs q once (a change, or a query whose first row is enough) and ends it. */
enum err_code store_exec(struct store_q *q, struct err *e);
/* Steps q once: ERR_OK with q on its row (read it, then store_end), or ERR_NOT_FOUND (q ended, e untouched),
   or the failure. */
enum err_code store_one(struct store_q *q, struct err *e);
/* Column 0 of the first row as an integer, 0 when there is no row. */
enum err_code store_int_of(struct store_q *q, int64_t *v, struct err *e);

/* Columns of the current row, 0-based. */
bool store_col_null(struct store_q *q, int i);
int64_t store_col_int(struct store_q *q, int i);
bool store_col_bool(struct store_q *q, int i);
/* Copied into a; NULL stays NULL. */
char *store_col_text(struct store_q *q, struct arena *a, int i);
/* Borrowed: valid until the next step or store_end. */
const char *store_col_peek(struct store_q *q, int i);
/* The same with its length in bytes (the text may hold any byte); NULL for SQL NULL. */
const char *store_col_peekn(struct store_q *q, int i, size_t *len);
/* A day number; DATE_NONE for NULL or a malformed value. */
int store_col_date(struct store_q *q, int i);
/* An index into codes; -1 for NULL or an unknown code. */
int store_col_code(struct store_q *q, int i, const struct codelist *codes);
/* The same with `absent` for NULL or an unknown code. */
int store_col_enum(struct store_q *q, int i, const struct codelist *codes, int absent);

/* The id the last INSERT on st gave its row; the rows the last change touched. */
int64_t store_last_id(struct store *st);
int64_t store_changes(struct store *st);

#endif
