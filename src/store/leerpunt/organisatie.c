/* organisatie.c - the organisations a leerpunt can be belegd bij: lists, one by id, one by code. */
#include "store/leerpunt/private.h"

static enum err_code
orgs(struct store *st, struct arena *a, enum leerpunt_q id, struct organisatie_kort **out, size_t *n, struct err *e)
{
	struct store_q *q = LQ(st, id);
	struct organisatie_kort *v = NULL;
	size_t len = 0, cap = 0;
	enum err_code rc;

	while (store_next(q)) {
		v = store_grow(a, v, len, &cap, sizeof(*v));
		lp_read_organisatie(a, q, 0, &v[len++]);
	}
	if ((rc = store_end(q, e)) != ERR_OK)
		return rc;
	*out = v;
	*n = len;
	return ERR_OK;
}

enum err_code
store_organisaties(struct store *st, struct arena *a, struct organisatie_kort **out, size_t *n, struct err *e)
{
	return orgs(st, a, LP_Q_ORGS, out, n, e);
}

enum err_code
store_organisaties_met_belegging(struct store *st, struct arena *a, struct organisatie_kort **out, size_t *n,
    struct err *e)
{
	return orgs(st, a, LP_Q_ORGS_MET_BELEGGING, out, n, e);
}

static enum err_code
org_one(struct arena *a, struct store_q *q, struct organisatie_kort *out, struct err *e)
{
	enum err_code rc = store_one(q, e);

	if (rc == ERR_NOT_FOUND)
		return err_set(e, ERR_NOT_FOUND, "organisatie", "Deze organisatie bestaat niet.");
	if (rc != ERR_OK)
		return rc;
	lp_read_organisatie(a, q, 0, out);
	return store_end(q, e);
}

enum err_code
store_organisatie_get(struct store *st, struct arena *a, int64_t id, struct organisatie_kort *out, struct err *e)
{
	struct store_q *q = LQ(st, LP_Q_ORG_GET);

	store_bind_int(q, ":id", id);
	return org_one(a, q, out, e);
}

enum err_code
store_organisatie_by_code(struct store *st, struct arena *a, const char *code, struct organisatie_kort *out,
    struct err *e)
{
	struct store_q *q = LQ(st, LP_Q_ORG_BY_CODE);

	store_bind_text(q, ":code", code);
	return org_one(a, q, out, e);
}
