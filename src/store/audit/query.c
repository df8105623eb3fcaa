/* query.c - reading the audit log for the privacy officer: filtered pages, the export, who touched a casus. */
#include <string.h>

#include "lib/mem.h"
#include "store/audit/private.h"
#include "store/store_private.h"

static void
bind_filter(struct store_q *q, const struct audit_filter *f)
{
	store_bind_text(q, ":email", f->email);
	store_bind_text(q, ":casus", f->casus);
	store_bind_text(q, ":actie", f->actie);
	store_bind_text(q, ":van", f->van);
	store_bind_text(q, ":tot", f->tot);
}

static void
read_row(struct store_q *q, struct arena *a, struct audit_rij *r)
{
	r->id = store_col_int(q, 0);
	r->tijd = store_col_text(q, a, 1);
	r->gebruiker_id = store_col_int(q, 2);
	r->naam = store_col_text(q, a, 3);
	r->email = store_col_text(q, a, 4);
	r->rol = store_col_text(q, a, 5);
	r->namens = store_col_text(q, a, 6);
	r->actie = store_col_text(q, a, 7);
	r->object_type = store_col_text(q, a, 8);
	r->object_id = store_col_text(q, a, 9);
	r->casus = store_col_text(q, a, 10);
	r->doel = store_col_text(q, a, 11);
	r->uitkomst = store_col_text(q, a, 12);
	r->adres = store_col_text(q, a, 13);
}

enum err_code
store_audit_zoek(struct store *st, struct arena *a, const struct audit_filter *f, struct audit_rij **out,
    size_t *n, int64_t *totaal, struct err *e)
{
	struct store_q *q = AUDIT_Q(st, AUDIT_Q_ZOEK_AANTAL);
	int per = f->per_pagina > 0 ? f->per_pagina : 50, pagina = f->pagina > 0 ? f->pagina : 1;
	size_t cap = (size_t)per;
	enum err_code rc;

	*out = NULL;
	*n = 0;
	bind_filter(q, f);
	if ((rc = store_int_of(q, totaal, e)) != ERR_OK)
		return rc;
	q = AUDIT_Q(st, AUDIT_Q_ZOEK);
	bind_filter(q, f);
	store_bind_int(q, ":limit", per);
	store_bind_int(q, ":offset", (int64_t)(pagina - 1) * per);
	*out = arena_alloc(a, cap * sizeof(**out));
	while (*n < cap && store_next(q))
		read_row(q, a, &(*out)[(*n)++]);
	return store_end(q, e);
}

enum err_code
store_audit_each(struct store *st, struct arena *a, const struct audit_filter *f,
    int (*each)(const struct audit_rij *, void *), void *arg, struct err *e)
{
	struct store_q *q = AUDIT_Q(st, AUDIT_Q_ZOEK);
	struct audit_rij r;

	bind_filter(q, f);
	store_bind_int(q, ":limit", -1);   /* no limit */
	store_bind_int(q, ":offset", 0);
	while (store_next(q)) {
		read_row(q, a, &r);
		if (each(&r, arg) != 0)
			break;
	}
	return store_end(q, e);
}

enum err_code
store_audit_inzage(struct store *st, struct arena *a, const char *casus, struct audit_inzage **out, size_t *n,
    struct err *e)
{
	struct store_q *q = AUDIT_Q(st, AUDIT_Q_INZAGE);
	size_t cap = 0;

	*out = NULL;
	*n = 0;
	store_bind_text(q, ":casus", casus);
	while (store_next(q)) {
		struct audit_inzage *i;

		if (*n == cap) {
			struct audit_inzage *grown;

			cap = cap ? 2 * cap : 16;
			grown = arena_alloc(a, cap * sizeof(*grown));
			if (*n > 0)
				memcpy(grown, *out, *n * sizeof(*grown));
			*out = grown;
		}
		i = &(*out)[(*n)++];
		i->gebruiker_id = store_col_int(q, 0);
		i->naam = store_col_text(q, a, 1);
		i->email = store_col_text(q, a, 2);
		i->rollen = store_col_text(q, a, 3);
		i->aantal = store_col_int(q, 4);
		i->geweigerd = store_col_int(q, 5);
		i->eerste = store_col_text(q, a, 6);
		i->laatste = store_col_text(q, a, 7);
	}
	return store_end(q, e);
}
