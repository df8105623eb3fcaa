/* leerpunt.c - reading leerpunten: the filtered overview and one leerpunt, each with themas, casussen, beleggingen. */
#include <stdio.h>
#include <string.h>

#include "store/leerpunt/private.h"

enum err_code
lp_leerpunt_exists(struct store *st, int64_t id, struct err *e)
{
	struct store_q *q = LQ(st, LP_Q_EXISTS);
	enum err_code ec;
	int64_t n;

	store_bind_int(q, ":id", id);
	if ((ec = store_int_of(q, &n, e)) != ERR_OK)
		return ec;
	return n > 0 ? ERR_OK : err_set(e, ERR_NOT_FOUND, NULL, "Dit leerpunt bestaat niet.");
}

static enum err_code
leerpunt_details(struct store *st, struct arena *a, struct leerpunt_rij *l, int64_t beperk, int64_t persoon_id,
    struct err *e)
{
	struct store_q *q = LQ(st, LP_Q_THEMAS_VAN);
	size_t cap = 0;
	enum err_code rc;

	store_bind_int(q, ":leerpunt", l->id);
	while (store_next(q)) {
		l->themas = store_grow(a, l->themas, l->nthemas, &cap, sizeof(*l->themas));
		l->themas[l->nthemas++] = store_col_text(q, a, 0);
	}
	if ((rc = store_end(q, e)) != ERR_OK)
		return rc;

	q = LQ(st, LP_Q_CASUSSEN_VAN);
	cap = 0;
	store_bind_int(q, ":leerpunt", l->id);
	store_bind_int(q, ":persoon", persoon_id);
	while (store_next(q)) {
		struct leerpunt_casus *c;

		l->casussen = store_grow(a, l->casussen, l->ncasussen, &cap, sizeof(*l->casussen));
		c = &l->casussen[l->ncasussen++];
		c->id = store_col_int(q, 0);
		c->referentie = store_col_text(q, a, 1);
		c->status = (enum casus_status)store_col_enum(q, 2, &codes_casus_status, STATUS_AANGEMELD);
		c->ontvangen_op = store_col_date(q, 3);
		c->afgerond_op = store_col_date(q, 4);
		c->hulpvraag = store_col_text(q, a, 5);
		c->leefgebieden = store_code_bits(store_col_peek(q, 6), &codes_leefgebied);
		c->uitgenodigd = persoon_id != 0 && store_col_bool(q, 7);
		c->besproken_op = store_col_date(q, 8);
	}
	if ((rc = store_end(q, e)) != ERR_OK)
		return rc;
	return lp_beleggingen_van(st, a, l->id, beperk, &l->beleggingen, &l->nbeleggingen, e);
}

static void
read_leerpunt(struct arena *a, struct store_q *q, struct leerpunt_rij *l)
{
	memset(l, 0, sizeof(*l));
	l->id = store_col_int(q, 0);
	l->omschrijving = store_col_text(q, a, 1);
	l->categorie = (enum categorie)store_col_enum(q, 2, &codes_categorie, CATEGORIE_OVERIG);
	l->orde = (int)store_col_int(q, 3);
	l->vraag = store_col_bool(q, 4);
	l->al_bekend = store_col_bool(q, 5);
	l->terugkerend = store_col_bool(q, 6);
	l->created_at = store_col_text(q, a, 7);
}

/* Binds the filter of leerpunt.list and leerpunt.count; NULL where the filter says "any". */
static void
bind_filter(struct store_q *q, const struct leerpunt_filter *f)
{
	char jaar[8];

	store_bind_code(q, ":categorie", &codes_categorie, f->categorie);
	if (f->orde > 0)
		store_bind_int(q, ":orde", f->orde);
	else
		store_bind_null(q, ":orde");
	store_bind_text(q, ":thema", f->thema);
	if (f->jaar > 0) {
		snprintf(jaar, sizeof(jaar), "%04d", f->jaar % 10000);
		store_bind_text(q, ":jaar", jaar);
	} else {
		store_bind_null(q, ":jaar");
	}
	store_bind_bool(q, ":niet_belegd", f->niet_belegd);
	store_bind_id(q, ":organisatie", f->organisatie_id);
	store_bind_code(q, ":status", &codes_opvolging_status, f->status);
	store_bind_id(q, ":beperk", f->beperk_tot_organisatie > 0 ? f->beperk_tot_organisatie : 0);
	store_bind_bool(q, ":niets", f->beperk_tot_organisatie < 0);
}

enum err_code
store_leerpunt_list(struct store *st, struct arena *a, const struct leerpunt_filter *f, struct leerpunt_rij **rows,
    size_t *n, size_t *total, struct err *e)
{
	struct store_q *q = LQ(st, LP_Q_COUNT);
	struct leerpunt_rij *v = NULL;
	size_t len = 0, cap = 0;
	int limit = f->limit == 0 ? 25 : f->limit < 0 ? -1 : f->limit > 500 ? 500 : f->limit;
	int64_t beperk = f->beperk_tot_organisatie > 0 ? f->beperk_tot_organisatie : 0, count = 0;
	enum err_code rc;

	bind_filter(q, f);
	if ((rc = store_int_of(q, &count, e)) != ERR_OK)
		return rc;
	*total = (size_t)count;

	q = LQ(st, LP_Q_LIST);
	bind_filter(q, f);
	store_bind_int(q, ":limit", limit);
	store_bind_int(q, ":offset", f->offset > 0 ? f->offset : 0);
	while (store_next(q)) {
		v = store_grow(a, v, len, &cap, sizeof(*v));
		read_leerpunt(a, q, &v[len++]);
	}
	if ((rc = store_end(q, e)) != ERR_OK)
		return rc;
	for (size_t i = 0; i < len; i++)
		if ((rc = leerpunt_details(st, a, &v[i], beperk, f->persoon_id, e)) != ERR_OK)
			return rc;
	*rows = v;
	*n = len;
	return ERR_OK;
}

enum err_code
store_leerpunt_get(struct store *st, struct arena *a, int64_t id, int64_t persoon_id, struct leerpunt_rij *out,
    struct err *e)
{
	struct store_q *q = LQ(st, LP_Q_GET);
	enum err_code rc;

	store_bind_int(q, ":id", id);
	if ((rc = store_one(q, e)) == ERR_NOT_FOUND)
		return err_set(e, ERR_NOT_FOUND, NULL, "Dit leerpunt bestaat niet.");
	if (rc != ERR_OK)
		return rc;
	read_leerpunt(a, q, out);
	if ((rc = store_end(q, e)) != ERR_OK || (rc = leerpunt_details(st, a, out, 0, persoon_id, e)) != ERR_OK)
		return rc;
	for (size_t i = 0; i < out->nbeleggingen; i++)
		if ((rc = lp_historie(st, a, &out->beleggingen[i], e)) != ERR_OK)
			return rc;
	return ERR_OK;
}
