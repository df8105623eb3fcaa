/* gelijkenis.c - similar earlier casussen: one query for the candidates, four for what helped in the top ones. */
#include "store/casus/gelijkenis.h"

#include <string.h>

#include "store/casus/private.h"
#include "store/search.h"

enum err_code
store_casus_gelijkend(struct store *st, struct arena *a, int64_t casus_id, int64_t persoon, const char *kernwoorden,
    struct gelijkenis_kandidaat **out, size_t *n, struct gelijkenis_doel *doel, struct err *e)
{
	struct store_q *q = CQ(st, CASUS_Q_GELIJK);
	struct gelijkenis_kandidaat *k = NULL;
	size_t len = 0, cap = 0;
	enum err_code rc;

	memset(doel, 0, sizeof(*doel));
	store_bind_int(q, ":id", casus_id);
	store_bind_int(q, ":persoon", persoon);
	store_bind_text(q, ":zoek", store_search_param_any(st, a, kernwoorden));
	while (store_next(q)) {
		struct gelijkenis_kandidaat *c;

		k = store_grow(a, k, len, &cap, sizeof(*k));
		c = &k[len++];
		memset(c, 0, sizeof(*c));
		c->casus_id = store_col_int(q, 0);
		c->tekst = (double)store_col_int(q, 1) / 1000.0;   /* the statement gives 1000 x -bm25 */
		c->lg_gedeeld = (int)store_col_int(q, 2);
		c->lg_ander = (int)store_col_int(q, 3);
		c->bt_gedeeld = (int)store_col_int(q, 4);
		c->bt_ander = (int)store_col_int(q, 5);
		c->org_gedeeld = (int)store_col_int(q, 6);
		c->org_ander = (int)store_col_int(q, 7);
		doel->leefgebieden = (int)store_col_int(q, 8);
		doel->beleidsterreinen = (int)store_col_int(q, 9);
		doel->organisaties = (int)store_col_int(q, 10);
	}
	if ((rc = store_end(q, e)) != ERR_OK)
		return rc;
	*out = k;
	*n = len;
	return ERR_OK;
}

/* Binds :c1 .. :c5 to the ids of g (0 beyond n). */
static void
bind_ids(struct store_q *q, const struct gelijkend *g, size_t n)
{
	static const char *const namen[GELIJKENIS_TOP] = { ":c1", ":c2", ":c3", ":c4", ":c5" };

	for (size_t i = 0; i < GELIJKENIS_TOP; i++)
		store_bind_int(q, namen[i], i < n ? g[i].casus_id : 0);
}

static struct gelijkend *
van(struct gelijkend *g, size_t n, int64_t id)
{
	for (size_t i = 0; i < n; i++)
		if (g[i].casus_id == id)
			return &g[i];
	return NULL;
}

enum err_code
store_casus_gelijkend_details(struct store *st, struct arena *a, struct gelijkend *g, size_t n, struct err *e)
{
	struct store_q *q;
	struct gelijkend *x;
	enum err_code rc;

	if (n > GELIJKENIS_TOP)
		n = GELIJKENIS_TOP;
	for (size_t i = 0; i < n; i++) {
		int64_t id = g[i].casus_id;

		memset(&g[i], 0, sizeof(g[i]));
		g[i].casus_id = id;
		g[i].maatwerk = -1;
		g[i].afgerond_op = DATE_NONE;
	}
	if (n == 0)
		return ERR_OK;
	q = CQ(st, CASUS_Q_GELIJK_DETAIL);
	bind_ids(q, g, n);
	while (store_next(q))
		if ((x = van(g, n, store_col_int(q, 0))) != NULL) {
			x->referentie = store_col_text(q, a, 1);
			x->afgerond_op = store_col_date(q, 2);
			x->hulpvraag = store_col_text(q, a, 3);
			x->resultaat = store_col_text(q, a, 4);
			x->maatwerk = store_col_code(q, 5, &codes_maatwerk);
		}
	if ((rc = store_end(q, e)) != ERR_OK)
		return rc;
	q = CQ(st, CASUS_Q_GELIJK_INTERVENTIES);
	bind_ids(q, g, n);
	while (store_next(q)) {
		int t = store_col_code(q, 1, &codes_interventie_type);

		if ((x = van(g, n, store_col_int(q, 0))) != NULL && t >= 0 && t < INTERVENTIE__MAX)
			x->interventies[t] += (int)store_col_int(q, 2);
	}
	if ((rc = store_end(q, e)) != ERR_OK)
		return rc;
	q = CQ(st, CASUS_Q_GELIJK_MAATWERK);
	bind_ids(q, g, n);
	while (store_next(q)) {
		int v = store_col_code(q, 1, &codes_maatwerk_vorm);

		if ((x = van(g, n, store_col_int(q, 0))) != NULL && v >= 0 && v < MVORM__MAX)
			x->maatwerk_vormen |= 1u << v;
	}
	if ((rc = store_end(q, e)) != ERR_OK)
		return rc;
	q = CQ(st, CASUS_Q_GELIJK_LEEFGEBIEDEN);
	bind_ids(q, g, n);
	while (store_next(q)) {
		int l = store_col_code(q, 1, &codes_leefgebied);

		if ((x = van(g, n, store_col_int(q, 0))) != NULL && l >= 0 && l < 32)
			x->leefgebieden |= 1u << l;
	}
	return store_end(q, e);
}
