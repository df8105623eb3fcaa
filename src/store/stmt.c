/* stmt.c - the statement tables on a connection: preparing them, binding by name, the row loop, columns, errors. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/casus.h"
#include "lib/date.h"
#include "store/store_private.h"

#define MAX_PARAMS 64   /* one bit each in store_q.bound */

struct store_q {
	const struct store_sql *def;
	struct store *st;
	struct db_stmt *ds;            /* NULL until prepared */
	const char **params;           /* nparams names as the driver reports them (":referentie"), copied: SQLite
	                                  frees its own when it prepares the statement again after a schema change */
	const char **seen;             /* per parameter the caller's name pointer that last matched it */
	int nparams;
	int hint;                      /* where the next name is looked for first: binds follow the SQL's order */
	uint64_t all, bound;           /* bit i: parameter i+1 (all: every one; bound: since the last reset) */
	const char *bad;               /* the first name bound since the reset that the statement lacks */
	bool bind_failed;              /* a bind since the reset failed (out of memory): the statement must not run */
	bool active;                   /* stepped since the last reset */
	enum db_rc rc;                 /* of the last step; DB_OK before the first */
	char why[200];                 /* what went wrong, when rc is a failure */
};

static const char *
sql_for(const struct store_sql *d, enum store_dialect dialect)
{
	return dialect == DIALECT_PGSQL && d->pgsql != NULL ? d->pgsql : d->sql;
}

enum err_code
store_sql_broken(struct err *e, const char *name, const char *why)
{
	err_set(e, ERR_INTERNAL, NULL, "De databaseopdracht %s past niet bij deze database.", name);
	err_detail(e, "%s: %s", name, why);
	return ERR_INTERNAL;
}

static void
q_unprepare(struct store_q *q)
{
	if (q->ds != NULL)
		q->st->drv->finalize(q->ds);
	for (int i = 0; q->params != NULL && i < q->nparams; i++)
		free((char *)q->params[i]);
	free(q->params);
	q->ds = NULL;
	q->params = q->seen = NULL;
	q->nparams = 0;
	q->all = q->bound = 0;
	q->active = false;
}

/* Prepares q and learns its parameter names; every one must be named ":name". */
static enum err_code
q_prepare(struct store_q *q, struct err *e)
{
	const struct store_driver *drv = q->st->drv;
	char why[160];
	int n;

	q_unprepare(q);
	q->ds = drv->prepare(q->st->conn, sql_for(q->def, drv->dialect));
	if (q->ds == NULL) {
		const char *m = drv->errmsg(q->st->conn);

		return store_sql_broken(e, q->def->name, m != NULL && strcmp(m, "not an error") != 0 ? m :
		    "not exactly one statement");
	}
	n = drv->param_count(q->ds);
	if (n > MAX_PARAMS) {
		snprintf(why, sizeof(why), "%d parameters, at most %d", n, MAX_PARAMS);
		goto broken;
	}
	q->params = xcalloc((size_t)(2 * n + 1), sizeof(*q->params));
	q->seen = q->params + n;
	for (int i = 0; i < n; i++) {
		const char *name = drv->param_name(q->ds, i + 1);

		if (name == NULL || name[0] != ':') {
			snprintf(why, sizeof(why), "parameter %d is not named (write :name)", i + 1);
			goto broken;
		}
		q->params[i] = xstrdup(name);
		q->nparams = i + 1;
	}
	q->nparams = n;
	q->all = n == MAX_PARAMS ? ~(uint64_t)0 : ((uint64_t)1 << n) - 1;
	return ERR_OK;
broken:
	q_unprepare(q);
	return store_sql_broken(e, q->def->name, why);
}

static struct store_q *
qs_alloc(struct store *st, const struct store_sql_table *t)
{
	struct store_q *qs = xcalloc((size_t)t->n + 1, sizeof(*qs));

	for (int i = 0; i < t->n; i++) {
		qs[i].def = &t->sql[i];
		qs[i].st = st;
	}
	return qs;
}

static enum err_code
qs_prepare(struct store_q *qs, const struct store_sql_table *t, struct err *e)
{
	for (int i = 0; i < t->n; i++) {
		if (t->sql[i].name == NULL || t->sql[i].sql == NULL) {
			char name[64];

			snprintf(name, sizeof(name), "%s[%d]", t->aggregate, i);
			return store_sql_broken(e, name, "missing from the table");
		}
		if (q_prepare(&qs[i], e) != ERR_OK) {
			for (int j = 0; j < i; j++)
				q_unprepare(&qs[j]);
			return ERR_INTERNAL;
		}
	}
	return ERR_OK;
}

void
store_sql_free(struct store_q *qs, int n)
{
	if (qs == NULL)
		return;
	for (int i = 0; i < n; i++)
		q_unprepare(&qs[i]);
	free(qs);
}

enum err_code
store_sql_prepare(struct store *st, const struct store_sql_table *t, struct store_q **out, struct err *e)
{
	struct store_q *qs = qs_alloc(st, t);

	*out = NULL;
	if (qs_prepare(qs, t, e) != ERR_OK) {
		free(qs);
		return ERR_INTERNAL;
	}
	*out = qs;
	return ERR_OK;
}

static struct store_q *
q_ready(struct store_q *q)
{
	if (q->active && q->ds != NULL)
		q->st->drv->reset(q->ds);
	q->active = false;
	q->bound = 0;
	q->bad = NULL;
	q->bind_failed = false;
	q->rc = DB_OK;
	return q;
}

struct store_q *
store_sql_at(struct store_q *qs, int i)
{
	return q_ready(&qs[i]);
}

void
store_stmts_init(struct store *st)
{
	for (int t = 0; t < STORE_T__MAX; t++)
		st->q[t] = qs_alloc(st, store_tables[t]);
}

enum err_code
store_stmts_prepare(struct store *st, struct err *e)
{
	st->prepared = false;
	for (int t = 0; t < STORE_T__MAX; t++)
		if (qs_prepare(st->q[t], store_tables[t], e) != ERR_OK) {
			for (int u = 0; u < t; u++)
				for (int i = 0; i < store_tables[u]->n; i++)
					q_unprepare(&st->q[u][i]);
			return ERR_INTERNAL;
		}
	if (st->drv->verify(st->conn, e) != ERR_OK)
		return e != NULL ? e->code : ERR_INTERNAL;
	st->prepared = true;
	return ERR_OK;
}

void
store_stmts_free(struct store *st)
{
	for (int t = 0; t < STORE_T__MAX; t++) {
		store_sql_free(st->q[t], store_tables[t]->n);
		st->q[t] = NULL;
	}
}

void
store_stmts_reset(struct store *st)
{
	for (int t = 0; t < STORE_T__MAX; t++)
		for (int i = 0; st->q[t] != NULL && i < store_tables[t]->n; i++)
			q_ready(&st->q[t][i]);
}

struct store_q *
store_q(struct store *st, enum store_table t, int id)
{
	if ((unsigned)t >= STORE_T__MAX || id < 0 || id >= store_tables[t]->n) {
		fprintf(stderr, "{\"level\":\"fatal\",\"msg\":\"no such statement\",\"table\":%d,\"id\":%d}\n", (int)t, id);
		abort();
	}
	return q_ready(&st->q[t][id]);
}

const char *
store_q_name(const struct store_q *q)
{
	return q->def->name;
}

/* ---- binding by name ------------------------------------------------------------------ */

/* Parameter i (0-based) is the one named: bound from now on, and the next name is looked for after it. */
static inline int
slot_take(struct store_q *q, int i, const char *name)
{
	q->seen[i] = name;
	q->hint = i + 1 == q->nparams ? 0 : i + 1;
	q->bound |= (uint64_t)1 << i;
	return i + 1;
}

/*
 * The 1-based index of parameter `name`, or 0 (remembered as q->bad) when q
 * has none of that name. Names are string literals: the pointer that matched
 * a parameter last time matches it again without a strcmp, and binds come in
 * the SQL's order, so the first parameter looked at is nearly always it.
 */
static __attribute__((noinline)) int
slot_search(struct store_q *q, const char *name)
{
	int n = q->nparams, i = q->hint;

	for (int k = 0; k < n; k++, i = i + 1 >= n ? 0 : i + 1)
		if (q->seen[i] == name || strcmp(q->params[i], name) == 0)
			return slot_take(q, i, name);
	if (q->bad == NULL)
		q->bad = name;
	return 0;
}

static inline int
slot(struct store_q *q, const char *name)
{
	int i = q->hint;

	return i < q->nparams && q->seen[i] == name ? slot_take(q, i, name) : slot_search(q, name);
}

void
store_bind_textn(struct store_q *q, const char *name, const char *v, size_t len)
{
	int i = slot(q, name);

	if (i == 0)
		return;
	if ((v == NULL ? q->st->drv->bind_null(q->ds, i) : q->st->drv->bind_text(q->ds, i, v, len, true)) != DB_OK)
		q->bind_failed = true;
}

void
store_bind_text(struct store_q *q, const char *name, const char *v)
{
	store_bind_textn(q, name, v, v != NULL ? strlen(v) : 0);
}

void
store_bind_static(struct store_q *q, const char *name, const char *v)
{
	int i = slot(q, name);

	if (i == 0)
		return;
	if ((v == NULL ? q->st->drv->bind_null(q->ds, i) : q->st->drv->bind_text(q->ds, i, v, strlen(v), false)) !=
	    DB_OK)
		q->bind_failed = true;
}

void
store_bind_int(struct store_q *q, const char *name, int64_t v)
{
	int i = slot(q, name);

	if (i != 0 && q->st->drv->bind_int64(q->ds, i, v) != DB_OK)
		q->bind_failed = true;
}

void
store_bind_bool(struct store_q *q, const char *name, bool v)
{
	store_bind_int(q, name, v ? 1 : 0);
}

void
store_bind_null(struct store_q *q, const char *name)
{
	int i = slot(q, name);

	if (i != 0 && q->st->drv->bind_null(q->ds, i) != DB_OK)
		q->bind_failed = true;
}

void
store_bind_id(struct store_q *q, const char *name, int64_t v)
{
	if (v == 0)
		store_bind_null(q, name);
	else
		store_bind_int(q, name, v);
}

void
store_bind_date(struct store_q *q, const char *name, int day)
{
	char d[DATE_STRLEN];

	if (day == DATE_NONE) {
		store_bind_null(q, name);
		return;
	}
	date_format(day, d);
	store_bind_textn(q, name, d, strlen(d));
}

void
store_bind_code(struct store_q *q, const char *name, const struct codelist *codes, int v)
{
	int i;

	if (v < 0 || v >= codes->n || codes->codes[v] == NULL) {   /* NULL: a list whose 0 is "none" (codes.h) */
		store_bind_null(q, name);
		return;
	}
	if ((i = slot(q, name)) != 0 &&   /* the code lists are static: no copy */
	    q->st->drv->bind_text(q->ds, i, codes->codes[v], strlen(codes->codes[v]), false) != DB_OK)
		q->bind_failed = true;
}

/* ---- running and rows ------------------------------------------------------------------ */

/* A mistake in the code, not in the data: logged here, reported as ERR_INTERNAL by store_end. */
static bool __attribute__((format(printf, 2, 3)))
misuse(struct store_q *q, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(q->why, sizeof(q->why), fmt, ap);
	va_end(ap);
	fprintf(stderr, "{\"level\":\"error\",\"msg\":\"statement misuse\",\"statement\":\"%s\",\"error\":\"%s\"}\n",
	    q->def->name, q->why);
	q->rc = DB_ERROR;
	q->active = true;
	return false;
}

/* A failure of the database, not of the code: the statement stops with rc, and store_end reports why. */
static bool
q_fail(struct store_q *q, enum db_rc rc, const char *why)
{
	snprintf(q->why, sizeof(q->why), "%s", why);
	q->rc = rc;
	q->active = true;
	return false;
}

/* Before the first step: prepared, every parameter bound by a name it has, every bind done, and the
   transaction the connection began still there. */
static bool
q_check(struct store_q *q)
{
	if (q->bind_failed)   /* run with the value missing, a text would be NULL and a lookup find nothing */
		return q_fail(q, DB_BUSY, "a parameter could not be bound (out of memory)");
	if (q->st->in_tx && !q->st->drv->in_transaction(q->st->conn))
		/* The database rolled the transaction back after a failure (SQLite does so on out of memory, an I/O
		   error, a full disk): this statement would run on its own and commit at once, half a change. */
		return q_fail(q, DB_BUSY, "the transaction was rolled back by the database after an earlier failure");
	if (q->ds == NULL)
		return misuse(q, "%s", "not prepared: the connection skipped store_schema_check/store_migrate");
	if (q->bad != NULL)
		return misuse(q, "bound %s, which the statement does not have", q->bad);
	if (q->bound != q->all) {
		for (int i = 0; i < q->nparams; i++)
			if (!(q->bound & ((uint64_t)1 << i)))
				return misuse(q, "parameter %s is not bound", q->params[i]);
	}
	return true;
}

bool
store_next(struct store_q *q)
{
	if (!q->active) {
		if (!q_check(q))
			return false;
		q->active = true;
	} else if (q->rc != DB_ROW) {
		return false;   /* finished or failed: store_end says which */
	}
	q->rc = q->st->drv->step(q->ds);
	if (q->rc != DB_ROW && q->rc != DB_DONE)
		snprintf(q->why, sizeof(q->why), "%s", q->st->drv->errmsg(q->st->conn));
	return q->rc == DB_ROW;
}

enum err_code
store_end(struct store_q *q, struct err *e)
{
	enum db_rc rc = q->rc;
	enum err_code code;

	q_ready(q);
	if (rc == DB_OK || rc == DB_ROW || rc == DB_DONE)
		return ERR_OK;
	code = rc == DB_CONSTRAINT ? ERR_CONFLICT : rc == DB_BUSY ? ERR_UNAVAILABLE : ERR_INTERNAL;
	err_set(e, code, NULL, "%s", code == ERR_CONFLICT ? "Dit bestaat al of past niet bij de bestaande gegevens." :
	    code == ERR_UNAVAILABLE ? "De database is even bezet; probeer het opnieuw." :
	    "Er ging iets mis bij het opslaan.");
	err_detail(e, "%s: %s", q->def->name, q->why);
	return code;
}

enum err_code
store_exec(struct store_q *q, struct err *e)
{
	store_next(q);
	return store_end(q, e);
}

enum err_code
store_one(struct store_q *q, struct err *e)
{
	if (store_next(q))
		return ERR_OK;
	if (q->rc == DB_DONE) {
		q_ready(q);
		return ERR_NOT_FOUND;
	}
	return store_end(q, e);
}

enum err_code
store_int_of(struct store_q *q, int64_t *v, struct err *e)
{
	*v = store_next(q) ? store_col_int(q, 0) : 0;
	return store_end(q, e);
}

bool
store_col_null(struct store_q *q, int i)
{
	return q->st->drv->column_null(q->ds, i);
}

int64_t
store_col_int(struct store_q *q, int i)
{
	return q->st->drv->column_int64(q->ds, i);
}

bool
store_col_bool(struct store_q *q, int i)
{
	return q->st->drv->column_int64(q->ds, i) != 0;
}

/* Column i as text; a value that is there but could not be read fails the statement (store_end reports it), so
   it is never taken for NULL. */
static const char *
col_text(struct store_q *q, int i, size_t *len)
{
	const char *t = q->st->drv->column_text(q->ds, i, len);

	if (t == NULL && !q->st->drv->column_null(q->ds, i) && q->rc == DB_ROW)
		q_fail(q, DB_BUSY, "a column could not be read (out of memory)");
	return t;
}

char *
store_col_text(struct store_q *q, struct arena *a, int i)
{
	size_t len;
	const char *t = col_text(q, i, &len);

	return t == NULL ? NULL : arena_strndup(a, t, len);
}

const char *
store_col_peek(struct store_q *q, int i)
{
	return col_text(q, i, NULL);
}

const char *
store_col_peekn(struct store_q *q, int i, size_t *len)
{
	const char *t = col_text(q, i, len);

	if (t == NULL)
		*len = 0;
	return t;
}

int
store_col_date(struct store_q *q, int i)
{
	const char *t = store_col_peek(q, i);
	int d;

	return t != NULL && date_parse(t, &d) ? d : DATE_NONE;
}

int
store_col_code(struct store_q *q, int i, const struct codelist *codes)
{
	const char *t = store_col_peek(q, i);

	return t != NULL ? codelist_find(codes, t) : -1;
}

int
store_col_enum(struct store_q *q, int i, const struct codelist *codes, int absent)
{
	int v = store_col_code(q, i, codes);

	return v >= 0 ? v : absent;
}

int64_t
store_last_id(struct store *st)
{
	return st->drv->last_insert_id(st->conn);
}

int64_t
store_changes(struct store *st)
{
	return st->drv->changes(st->conn);
}
