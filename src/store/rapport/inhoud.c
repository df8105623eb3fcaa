/* inhoud.c - reads what chapters 3 to 5 count: knelpunten and their kinds, maatwerk, belegging histories and partners, and the report's other input. */
#include "store/rapport/private.h"

#include <stdlib.h>
#include <string.h>

#include "lib/date.h"
#include "store/systeemwijziging/systeemwijziging.h"
#include "store/store_private.h"
#include "store/util.h"

/* A belegging by its id, to attach its history and partners. */
struct bg_plaats {
	int64_t id;
	struct belegging *b;
};

static int
cmp_bg(const void *pa, const void *pb)
{
	const struct bg_plaats *a = pa, *b = pb;

	return (a->id > b->id) - (a->id < b->id);
}

static int
cmp_id_plaats(const void *pa, const void *pb)
{
	const struct id_plaats *a = pa, *b = pb;

	return (a->id > b->id) - (a->id < b->id);
}

static struct belegging *
belegging_van(const struct bg_plaats *v, size_t n, int64_t id)
{
	struct bg_plaats key = { .id = id }, *p = bsearch(&key, v, n, sizeof *v, cmp_bg);

	return p != NULL ? p->b : NULL;
}

static void
kinderen_weg(struct kinderen *k)
{
	free(k->ouder);
	free(k->data);
	memset(k, 0, sizeof *k);
}

static enum err_code
lees_knelpunten(struct laden *l, int van, int tot)
{
	struct kinderen k = { .size = sizeof(struct knelpunt) };
	struct store_q *q = rapport_q_jaren(l, Q_KNELPUNTEN, van, tot);
	struct knelpunt *alle, *vorige = NULL;
	int64_t vorige_id = 0;
	size_t *begin;

	while (store_next(q)) {
		long p = rapport_casus_plaats(l, store_col_int(q, 0));
		int64_t id = store_col_int(q, 1);
		int soort = store_col_code(q, 3, &codes_knelpunt_soort);

		if (p < 0)
			continue;
		if (vorige == NULL || id != vorige_id) {   /* a row per kind: the first row of a knelpunt makes it */
			vorige = rapport_kind(&k, (size_t)p);
			vorige->categorie = (enum categorie)store_col_enum(q, 2, &codes_categorie, CATEGORIE_OVERIG);
			vorige_id = id;
		}
		if (soort >= 0)
			vorige->soorten |= (uint64_t)1 << soort;
	}
	if (store_end(q, l->e) != ERR_OK) {
		kinderen_weg(&k);
		return l->e->code;
	}
	begin = xcalloc(l->n + 1, sizeof *begin);
	alle = (struct knelpunt *)rapport_verdeel(&k, l->a, l->n, begin);
	for (size_t i = 0; i < l->n; i++) {
		l->cs[i].knelpunten = alle + begin[i];
		l->cs[i].nknelpunten = begin[i + 1] - begin[i];
	}
	free(begin);
	return ERR_OK;
}

static enum err_code
lees_maatwerk(struct laden *l, int van, int tot)
{
	struct kinderen k = { .size = sizeof(struct maatwerk_toepassing) };
	struct store_q *q = rapport_q_jaren(l, Q_MAATWERK, van, tot);
	struct maatwerk_toepassing *alle;
	size_t *begin;

	while (store_next(q)) {
		long p = rapport_casus_plaats(l, store_col_int(q, 0));
		struct maatwerk_toepassing *m;

		if (p < 0)
			continue;
		m = rapport_kind(&k, (size_t)p);
		maatwerk_init(m);
		m->vorm = (enum maatwerk_vorm)store_col_enum(q, 1, &codes_maatwerk_vorm, MVORM_ANDERS);
		m->wet = store_col_code(q, 2, &codes_wet_regeling);
		m->door.id = store_col_int(q, 3);
		m->door.naam = store_col_text(q, l->a, 4);
		m->door.type = (enum organisatie_type)store_col_enum(q, 5, &codes_organisatie_type, ORGTYPE_OVERIG);
	}
	if (store_end(q, l->e) != ERR_OK) {
		kinderen_weg(&k);
		return l->e->code;
	}
	begin = xcalloc(l->n + 1, sizeof *begin);
	alle = (struct maatwerk_toepassing *)rapport_verdeel(&k, l->a, l->n, begin);
	for (size_t i = 0; i < l->n; i++) {
		l->cs[i].maatwerk_toepassingen = alle + begin[i];
		l->cs[i].nmaatwerk_toepassingen = begin[i + 1] - begin[i];
	}
	free(begin);
	return ERR_OK;
}

/* The history (datum order) and the partners of every belegging read, into the shared belegging arrays. */
static enum err_code
lees_historie(struct laden *l, int van, int tot)
{
	struct bg_plaats *v = xcalloc(l->nbgs + 1, sizeof *v);
	struct kinderen h = { .size = sizeof(struct opvolging) }, p = { .size = sizeof(struct organisatie_ref) };
	struct store_q *q;
	size_t *begin;
	unsigned char *alle;

	for (size_t i = 0; i < l->nbgs; i++) {
		v[i].id = l->bgs[i].id;
		v[i].b = &l->bgs[i];
	}
	qsort(v, l->nbgs, sizeof *v, cmp_bg);
	q = rapport_q_jaren(l, Q_HISTORIE, van, tot);
	while (store_next(q)) {
		struct belegging *b = belegging_van(v, l->nbgs, store_col_int(q, 0));
		struct opvolging *o;

		if (b == NULL)
			continue;
		o = rapport_kind(&h, (size_t)(b - l->bgs));
		o->datum = store_col_date(q, 1);
		o->status = (enum opvolging_status)store_col_enum(q, 2, &codes_opvolging_status, OPVOLGING_ONBEKEND);
		o->reden = store_col_code(q, 3, &codes_reden);
		o->notitie = store_col_text(q, l->a, 4);
		o->bron = store_col_text(q, l->a, 5);
	}
	if (store_end(q, l->e) != ERR_OK)
		goto fout;
	q = rapport_q_jaren(l, Q_PARTNERS, van, tot);
	while (store_next(q)) {
		struct belegging *b = belegging_van(v, l->nbgs, store_col_int(q, 0));
		struct organisatie_ref *o;

		if (b == NULL)
			continue;
		o = rapport_kind(&p, (size_t)(b - l->bgs));
		o->id = store_col_int(q, 1);
		o->naam = store_col_text(q, l->a, 2);
		o->type = (enum organisatie_type)store_col_enum(q, 3, &codes_organisatie_type, ORGTYPE_OVERIG);
		o->code = store_col_text(q, l->a, 4);
		o->aangesloten_sinds = o->aangesloten_tot = DATE_NONE;
	}
	if (store_end(q, l->e) != ERR_OK)
		goto fout;
	begin = xcalloc(l->nbgs + 1, sizeof *begin);
	alle = rapport_verdeel(&h, l->a, l->nbgs, begin);
	for (size_t i = 0; i < l->nbgs; i++) {
		l->bgs[i].historie = (struct opvolging *)alle + begin[i];
		l->bgs[i].nhistorie = begin[i + 1] - begin[i];
		if (l->bgs[i].nhistorie == 0)
			l->bgs[i].historie = NULL;
	}
	alle = rapport_verdeel(&p, l->a, l->nbgs, begin);
	for (size_t i = 0; i < l->nbgs; i++) {
		l->bgs[i].partners = (struct organisatie_ref *)alle + begin[i];
		l->bgs[i].npartners = begin[i + 1] - begin[i];
	}
	free(begin);
	free(v);
	return ERR_OK;
fout:
	kinderen_weg(&h);
	kinderen_weg(&p);
	free(v);
	return l->e->code;
}

enum err_code
rapport_lees_inhoud(struct laden *l, int van, int tot)
{
	enum err_code rc;

	if ((rc = lees_knelpunten(l, van, tot)) != ERR_OK || (rc = lees_maatwerk(l, van, tot)) != ERR_OK)
		return rc;
	return lees_historie(l, van, tot);
}

/* ---- the report's other input ------------------------------------------------------------- */

static enum err_code
lees_besproken(struct store *st, int van, int tot, struct rapport_invoer *in, int *besproken, struct err *e)
{
	struct store_q *q = Q(st, Q_BESPROKEN);
	struct id_plaats *ids = xcalloc(in->n + 1, sizeof *ids);
	enum err_code rc;

	/* in->casussen are in referentie order: look each casus up by id */
	for (size_t i = 0; i < in->n; i++) {
		besproken[i] = DATE_NONE;
		ids[i].id = in->casussen[i]->id;
		ids[i].plaats = i;
	}
	qsort(ids, in->n, sizeof *ids, cmp_id_plaats);
	store_bind_date(q, ":van", date_from_ymd(van, 1, 1));
	store_bind_date(q, ":tot", date_from_ymd(tot, 12, 31));
	while (store_next(q)) {
		struct id_plaats key = { .id = store_col_int(q, 0) }, *p;

		p = bsearch(&key, ids, in->n, sizeof *ids, cmp_id_plaats);
		if (p != NULL)
			besproken[p->plaats] = store_col_date(q, 1);
	}
	rc = store_end(q, e);
	free(ids);
	return rc;
}

static enum err_code
lees_organisaties(struct store *st, struct arena *a, struct rapport_invoer *in, struct err *e)
{
	struct store_q *q = Q(st, Q_ORG_ALLE);
	struct rapport_org *v = NULL;
	size_t cap = 0, n = 0;

	while (store_next(q)) {
		v = store_grow(a, v, n, &cap, sizeof *v);
		v[n].id = store_col_int(q, 0);
		v[n].naam = store_col_text(q, a, 1);
		v[n].type = (enum organisatie_type)store_col_enum(q, 2, &codes_organisatie_type, ORGTYPE_OVERIG);
		v[n].code = store_col_text(q, a, 3);
		v[n].parent_id = store_col_int(q, 4);
		n++;
	}
	in->organisaties = v;
	in->norganisaties = n;
	return store_end(q, e);
}

static enum err_code
lees_rondes(struct store *st, struct arena *a, struct rapport_invoer *in, struct err *e)
{
	struct store_q *q = Q(st, Q_RONDES);
	struct rapport_ronde *v = NULL;
	size_t cap = 0, n = 0;

	while (store_next(q)) {
		v = store_grow(a, v, n, &cap, sizeof *v);
		v[n].naam = store_col_text(q, a, 0);
		v[n].peildatum = store_col_date(q, 1);
		v[n].gesloten_op = store_col_date(q, 2);
		n++;
	}
	in->rondes = v;
	in->nrondes = n;
	return store_end(q, e);
}

enum err_code
store_rapport_invoer(struct store *st, struct arena *a, int van_jaar, int tot_jaar, struct rapport_invoer *in,
    struct err *e)
{
	struct err local;
	bool eigen = !store_in_transaction(st) && store_begin_read(st) == ERR_OK;
	enum err_code rc;
	int *besproken;
	struct systeemwijziging *w = NULL;
	size_t nw = 0;

	if (e == NULL)
		e = &local;
	memset(in, 0, sizeof *in);
	if ((rc = store_rapport_casussen(st, a, van_jaar, tot_jaar, &in->casussen, &in->n, e)) != ERR_OK)
		goto uit;
	besproken = arena_alloc(a, (in->n + 1) * sizeof *besproken);
	if ((rc = lees_besproken(st, van_jaar, tot_jaar, in, besproken, e)) != ERR_OK ||
	    (rc = lees_organisaties(st, a, in, e)) != ERR_OK || (rc = lees_rondes(st, a, in, e)) != ERR_OK ||
	    (rc = store_systeemwijziging_list(st, a, 0, &w, &nw, e)) != ERR_OK)
		goto uit;
	in->besproken_op = besproken;
	in->wijzigingen = w;
	in->nwijzigingen = nw;
uit:
	if (eigen && store_commit(st) != ERR_OK)
		store_rollback(st);
	return rc;
}
