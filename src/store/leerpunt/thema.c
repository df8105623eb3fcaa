/* thema.c - themas across leerpunten: the overview with counts, adding one to a leerpunt, removing it. */
#include <stdlib.h>

#include "store/leerpunt/private.h"

enum err_code
store_themas(struct store *st, struct arena *a, int64_t beperk, struct thema_rij **out, size_t *n, struct err *e)
{
	struct store_q *q = LQ(st, LP_Q_THEMAS);
	struct thema_rij *v = NULL;
	size_t len = 0, cap = 0;
	enum err_code rc;

	store_bind_id(q, ":organisatie", beperk > 0 ? beperk : 0);
	store_bind_bool(q, ":niets", beperk < 0);
	while (store_next(q)) {
		const char *van = store_col_peek(q, 3), *tot = store_col_peek(q, 4);

		v = store_grow(a, v, len, &cap, sizeof(*v));
		v[len].thema = store_col_text(q, a, 0);
		v[len].leerpunten = (long)store_col_int(q, 1);
		v[len].casussen = (long)store_col_int(q, 2);
		v[len].van_jaar = van ? atoi(van) : 0;
		v[len].tot_jaar = tot ? atoi(tot) : 0;
		len++;
	}
	if ((rc = store_end(q, e)) != ERR_OK)
		return rc;
	*out = v;
	*n = len;
	return ERR_OK;
}

enum err_code
store_leerpunt_thema_add(struct store *st, int64_t leerpunt_id, const char *thema, size_t len, struct err *e)
{
	struct store_q *q;
	enum err_code ec;

	if ((ec = lp_leerpunt_exists(st, leerpunt_id, e)) != ERR_OK)
		return ec;
	q = LQ(st, LP_Q_THEMA_ADD);
	store_bind_int(q, ":leerpunt", leerpunt_id);
	store_bind_textn(q, ":thema", thema, len);
	return store_exec(q, e);
}

enum err_code
store_leerpunt_thema_remove(struct store *st, int64_t leerpunt_id, const char *thema, struct err *e)
{
	struct store_q *q;
	enum err_code ec;

	if ((ec = lp_leerpunt_exists(st, leerpunt_id, e)) != ERR_OK)
		return ec;
	q = LQ(st, LP_Q_THEMA_DEL);
	store_bind_int(q, ":leerpunt", leerpunt_id);
	store_bind_text(q, ":thema", thema);
	return store_exec(q, e);
}
