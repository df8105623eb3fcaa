/* aansluiting.c - an organisation's connection history in the store, and the columns derived from it. */
#include <string.h>

#include "store/netwerk/private.h"

static void
lees_aansluiting(struct arena *a, struct store_q *q, int i, struct aansluiting *h)
{
	h->id = store_col_int(q, i);
	h->status = (enum aansluiting_status)store_col_enum(q, i + 1, &codes_aansluiting, AANSLUITING_NIET_AANGESLOTEN);
	h->datum = store_col_date(q, i + 2);
	h->bron = store_col_text(q, a, i + 3);
}

enum err_code
store_aansluiting_lijst(struct store *st, struct arena *a, int64_t organisatie_id, struct aansluiting **out,
    size_t *n, struct err *e)
{
	struct store_q *q = NQ(st, NW_Q_AANSL_LIJST);
	struct aansluiting *v = NULL;
	size_t len = 0, cap = 0;
	enum err_code rc;

	store_bind_int(q, ":organisatie", organisatie_id);
	while (store_next(q)) {
		v = store_grow(a, v, len, &cap, sizeof(*v));
		lees_aansluiting(a, q, 0, &v[len++]);
	}
	if ((rc = store_end(q, e)) != ERR_OK)
		return rc;
	*out = v;
	*n = len;
	return ERR_OK;
}

enum err_code
store_aansluiting_alle(struct store *st, struct arena *a, int64_t **org, struct aansluiting **h, size_t *n,
    struct err *e)
{
	struct store_q *q = NQ(st, NW_Q_AANSL_ALLE);
	struct aansluiting *v = NULL;
	int64_t *o = NULL;
	size_t len = 0, cap = 0, ocap = 0;
	enum err_code rc;

	while (store_next(q)) {
		v = store_grow(a, v, len, &cap, sizeof(*v));
		o = store_grow(a, o, len, &ocap, sizeof(*o));
		o[len] = store_col_int(q, 0);
		lees_aansluiting(a, q, 1, &v[len++]);
	}
	if ((rc = store_end(q, e)) != ERR_OK)
		return rc;
	*org = o;
	*h = v;
	*n = len;
	return ERR_OK;
}

enum err_code
nw_periode_bijwerken(struct store *st, struct arena *a, int64_t organisatie_id, struct err *e)
{
	struct aansluiting *h = NULL;
	size_t n = 0;
	int sinds, tot;
	struct store_q *q;
	enum err_code rc;

	if ((rc = store_aansluiting_lijst(st, a, organisatie_id, &h, &n, e)) != ERR_OK)
		return rc;
	aansluiting_periode(h, n, &sinds, &tot);
	q = NQ(st, NW_Q_PERIODE_ZET);
	store_bind_date(q, ":sinds", sinds);
	store_bind_date(q, ":tot", tot);
	store_bind_int(q, ":id", organisatie_id);
	return store_exec(q, e);
}

enum err_code
store_aansluiting_toevoegen(struct store *st, int64_t organisatie_id, const struct aansluiting *nieuw, int64_t auteur,
    time_t now, struct err *e)
{
	struct store_q *q = NQ(st, NW_Q_AANSL_NIEUW);
	char tijd[TIME_STRLEN];
	struct arena *a;
	enum err_code rc;

	time_format(now, tijd);
	store_bind_int(q, ":organisatie", organisatie_id);
	store_bind_code(q, ":status", &codes_aansluiting, (int)nieuw->status);
	store_bind_date(q, ":datum", nieuw->datum);
	store_bind_text(q, ":bron", nieuw->bron != NULL && nieuw->bron[0] != '\0' ? nieuw->bron : NULL);
	store_bind_id(q, ":auteur", auteur);
	store_bind_text(q, ":now", tijd);
	if ((rc = store_exec(q, e)) != ERR_OK)
		return rc;
	a = arena_new();
	rc = nw_periode_bijwerken(st, a, organisatie_id, e);
	arena_free(a);
	return rc;
}
