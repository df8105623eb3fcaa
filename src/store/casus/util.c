/* util.c - small SQL helpers shared by the store/casus files: dates, codes, steps, arrays. */
#include <string.h>

#include "lib/date.h"
#include "store/casus/casus.h"
#include "store/casus/private.h"
#include "store/store_private.h"

/* ---- small helpers shared by the store/casus files (store_casus_private.h) ---- */

void
casus_bind_date(sqlite3_stmt *s, int i, int day)
{
	char d[DATE_STRLEN];

	if (day == DATE_NONE) {
		sqlite3_bind_null(s, i);
		return;
	}
	date_format(day, d);
	sqlite3_bind_text(s, i, d, -1, SQLITE_TRANSIENT);
}

void
casus_bind_code(sqlite3_stmt *s, int i, const struct codelist *codes, int v)
{
	if (v < 0 || v >= codes->n)
		sqlite3_bind_null(s, i);
	else
		sqlite3_bind_text(s, i, codes->codes[v], -1, SQLITE_STATIC);
}

int
casus_col_date(sqlite3_stmt *s, int i)
{
	const char *t = (const char *)sqlite3_column_text(s, i);
	int d;

	return t != NULL && date_parse(t, &d) ? d : DATE_NONE;
}

int
casus_col_code(sqlite3_stmt *s, int i, const struct codelist *codes)
{
	const char *t = (const char *)sqlite3_column_text(s, i);

	return t != NULL ? codelist_find(codes, t) : -1;
}

enum err_code
casus_exec(struct store *st, sqlite3_stmt *s, struct err *e, const char *what)
{
	int rc = sqlite3_step(s);
	enum err_code ec = rc == SQLITE_DONE || rc == SQLITE_ROW ? ERR_OK : store_fail(st, rc, e, what);

	sqlite3_reset(s);
	return ec;
}

enum err_code
casus_query_id(struct store *st, sqlite3_stmt *s, int64_t *id, struct err *e, const char *what)
{
	int rc = sqlite3_step(s);
	enum err_code ec = ERR_OK;

	*id = 0;
	if (rc == SQLITE_ROW)
		*id = sqlite3_column_int64(s, 0);
	else if (rc != SQLITE_DONE)
		ec = store_fail(st, rc, e, what);
	sqlite3_reset(s);
	return ec;
}

void *
casus_grow(struct arena *a, void *v, size_t n, size_t *cap, size_t size)
{
	void *w;

	if (n < *cap)
		return v;
	*cap = *cap ? 2 * *cap : 8;
	w = arena_alloc(a, *cap * size);
	if (n > 0)
		memcpy(w, v, n * size);
	return w;
}

