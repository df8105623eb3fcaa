/* registratie.c - the rows issue 11 added to a casus: wetten, knelpunt soorten, maatwerk, a leerpunt's wetten and links, partners. */
#include <string.h>

#include "store/casus/private.h"

/* ---- writing ------------------------------------------------------------------------------ */

static enum err_code
wipe(struct casus_wctx *w, enum casus_q id, const char *name, int64_t v)
{
	struct store_q *q = CQ(w->st, id);

	store_bind_int(q, name, v);
	return store_exec(q, w->e);
}

/* One row per bit of `bits` through statement add (:owner_name, :code). */
static enum err_code
bits64_write(struct casus_wctx *w, enum casus_q add, const char *owner_name, int64_t owner, uint64_t bits,
    const char *code_name, const struct codelist *codes)
{
	for (int i = 0; i < codes->n && i < 64; i++) {
		struct store_q *q;

		if (!((bits >> i) & 1u))
			continue;
		q = CQ(w->st, add);
		store_bind_int(q, owner_name, owner);
		store_bind_code(q, code_name, codes, i);
		if (store_exec(q, w->e) != ERR_OK)
			return w->e->code;
	}
	return ERR_OK;
}

enum err_code
casus_wetten_write(struct casus_wctx *w, int64_t casus_id, uint64_t wetten, bool replace)
{
	if (replace && wipe(w, CASUS_Q_WET_DEL, ":casus", casus_id) != ERR_OK)
		return w->e->code;
	return bits64_write(w, CASUS_Q_WET_ADD, ":casus", casus_id, wetten, ":code", &codes_wet_regeling);
}

enum err_code
casus_registerpoging_write(struct casus_wctx *w, int64_t casus_id, const struct casus *c)
{
	struct store_q *q;

	if (c->register_geprobeerd < 0 || c->register_geprobeerd >= REGPOGING__MAX)
		return wipe(w, CASUS_Q_REGPOGING_DEL, ":casus", casus_id);
	q = CQ(w->st, CASUS_Q_REGPOGING_SET);
	store_bind_int(q, ":casus", casus_id);
	store_bind_code(q, ":geprobeerd", &codes_register_poging, c->register_geprobeerd);
	store_bind_text(q, ":bij", c->register_geprobeerd == REGPOGING_JA && !casus_tekst_leeg(c->register_bij) ?
	    c->register_bij : NULL);
	return store_exec(q, w->e);
}

enum err_code
casus_knelpunt_soorten_write(struct casus_wctx *w, int64_t knelpunt_id, uint64_t soorten)
{
	return bits64_write(w, CASUS_Q_KNELPUNT_SOORT_ADD, ":knelpunt", knelpunt_id, soorten, ":soort",
	    &codes_knelpunt_soort);
}

enum err_code
casus_maatwerk_write(struct casus_wctx *w, int64_t casus_id, const struct casus *c, bool replace)
{
	if (replace && wipe(w, CASUS_Q_MAATWERK_DEL, ":casus", casus_id) != ERR_OK)
		return w->e->code;
	for (size_t i = 0; i < c->nmaatwerk_toepassingen; i++) {
		const struct maatwerk_toepassing *m = &c->maatwerk_toepassingen[i];
		struct store_q *q;
		int64_t org = 0;

		if (m->door.naam != NULL && casus_org_resolve(w, &m->door, &org) != ERR_OK)
			return w->e->code;
		q = CQ(w->st, CASUS_Q_MAATWERK_ADD);
		store_bind_int(q, ":casus", casus_id);
		store_bind_code(q, ":vorm", &codes_maatwerk_vorm, (int)m->vorm);
		store_bind_id(q, ":organisatie", org);
		store_bind_code(q, ":wet", &codes_wet_regeling, m->wet);
		store_bind_text(q, ":artikel", m->artikel);
		store_bind_text(q, ":toelichting", m->toelichting);
		store_bind_date(q, ":datum", m->datum);
		store_bind_int(q, ":volgorde", (int64_t)i);
		if (store_exec(q, w->e) != ERR_OK)
			return w->e->code;
	}
	return ERR_OK;
}

enum err_code
casus_leerpunt_extra_write(struct casus_wctx *w, int64_t leerpunt_id, const struct leerpunt *l, bool replace)
{
	if (replace && (wipe(w, CASUS_Q_LP_WET_DEL, ":leerpunt", leerpunt_id) != ERR_OK ||
	    wipe(w, CASUS_Q_KOPPELING_DEL, ":leerpunt", leerpunt_id) != ERR_OK))
		return w->e->code;
	if (bits64_write(w, CASUS_Q_LP_WET_ADD, ":leerpunt", leerpunt_id, l->wetten, ":code", &codes_wet_regeling) !=
	    ERR_OK)
		return w->e->code;
	for (size_t k = 0; k < l->nkoppelingen; k++) {
		struct store_q *q = CQ(w->st, CASUS_Q_KOPPELING_ADD);

		store_bind_int(q, ":leerpunt", leerpunt_id);
		store_bind_code(q, ":soort", &codes_koppeling_soort, (int)l->koppelingen[k].soort);
		store_bind_text(q, ":referentie", l->koppelingen[k].referentie);
		store_bind_text(q, ":url", l->koppelingen[k].url);
		store_bind_int(q, ":volgorde", (int64_t)k);
		if (store_exec(q, w->e) != ERR_OK)
			return w->e->code;
	}
	return ERR_OK;
}

enum err_code
casus_partners_write(struct casus_wctx *w, int64_t belegging_id, const struct belegging *b, bool replace)
{
	if (replace && wipe(w, CASUS_Q_BG_PARTNER_DEL, ":belegging", belegging_id) != ERR_OK)
		return w->e->code;
	for (size_t p = 0; p < b->npartners; p++) {
		struct store_q *q;
		int64_t org;

		if (casus_org_resolve(w, &b->partners[p], &org) != ERR_OK)
			return w->e->code;
		q = CQ(w->st, CASUS_Q_BG_PARTNER_ADD);
		store_bind_int(q, ":belegging", belegging_id);
		store_bind_int(q, ":organisatie", org);
		store_bind_int(q, ":volgorde", (int64_t)p);
		if (store_exec(q, w->e) != ERR_OK)
			return w->e->code;
	}
	return ERR_OK;
}

/* ---- reading ------------------------------------------------------------------------------ */

static enum err_code
load_bits64(struct store *st, enum casus_q id, const char *owner_name, int64_t owner, const struct codelist *codes,
    uint64_t *bits, struct err *e)
{
	struct store_q *q = CQ(st, id);

	store_bind_int(q, owner_name, owner);
	*bits = 0;
	while (store_next(q)) {
		int v = store_col_code(q, 0, codes);

		if (v >= 0 && v < 64)
			*bits |= (uint64_t)1 << v;
	}
	return store_end(q, e);
}

/* An organisation from 6 columns (id naam type code sinds tot); left as it is when the id is NULL. */
static void
col_org(struct arena *a, struct store_q *q, int i, struct organisatie_ref *o)
{
	if (store_col_null(q, i))
		return;
	o->id = store_col_int(q, i);
	o->naam = store_col_text(q, a, i + 1);
	o->type = (enum organisatie_type)store_col_enum(q, i + 2, &codes_organisatie_type, ORGTYPE_OVERIG);
	o->code = store_col_text(q, a, i + 3);
	o->aangesloten_sinds = store_col_date(q, i + 4);
	o->aangesloten_tot = store_col_date(q, i + 5);
}

enum err_code
casus_registratie_load(struct store *st, struct arena *a, struct casus *c, struct err *e)
{
	struct store_q *q;
	size_t cap = 0;

	if (load_bits64(st, CASUS_Q_LOAD_WETTEN, ":casus", c->id, &codes_wet_regeling, &c->wetten, e) != ERR_OK)
		return e->code;
	q = CQ(st, CASUS_Q_LOAD_REGPOGING);
	store_bind_int(q, ":casus", c->id);
	if (store_next(q)) {
		c->register_geprobeerd = store_col_code(q, 0, &codes_register_poging);
		c->register_bij = store_col_text(q, a, 1);
	}
	if (store_end(q, e) != ERR_OK)
		return e->code;
	q = CQ(st, CASUS_Q_LOAD_MAATWERK);
	store_bind_int(q, ":casus", c->id);
	while (store_next(q)) {
		struct maatwerk_toepassing *m;

		c->maatwerk_toepassingen = store_grow(a, c->maatwerk_toepassingen, c->nmaatwerk_toepassingen, &cap,
		    sizeof(*c->maatwerk_toepassingen));
		m = &c->maatwerk_toepassingen[c->nmaatwerk_toepassingen++];
		maatwerk_init(m);
		m->vorm = (enum maatwerk_vorm)store_col_enum(q, 0, &codes_maatwerk_vorm, MVORM_ANDERS);
		m->wet = store_col_code(q, 1, &codes_wet_regeling);
		m->artikel = store_col_text(q, a, 2);
		m->toelichting = store_col_text(q, a, 3);
		m->datum = store_col_date(q, 4);
		col_org(a, q, 5, &m->door);
	}
	return store_end(q, e);
}

enum err_code
casus_knelpunt_soorten_load(struct store *st, struct casus *c, const int64_t *ids, struct err *e)
{
	for (size_t i = 0; i < c->nknelpunten; i++)
		if (load_bits64(st, CASUS_Q_LOAD_KNELPUNT_SOORTEN, ":knelpunt", ids[i], &codes_knelpunt_soort,
		    &c->knelpunten[i].soorten, e) != ERR_OK)
			return e->code;
	return ERR_OK;
}

enum err_code
casus_leerpunt_extra_load(struct store *st, struct arena *a, struct leerpunt *l, struct err *e)
{
	struct store_q *q;
	size_t cap = 0;

	if (load_bits64(st, CASUS_Q_LOAD_LP_WETTEN, ":leerpunt", l->id, &codes_wet_regeling, &l->wetten, e) != ERR_OK)
		return e->code;
	q = CQ(st, CASUS_Q_LOAD_KOPPELINGEN);
	store_bind_int(q, ":leerpunt", l->id);
	while (store_next(q)) {
		struct leerpunt_koppeling *k;

		l->koppelingen = store_grow(a, l->koppelingen, l->nkoppelingen, &cap, sizeof(*l->koppelingen));
		k = &l->koppelingen[l->nkoppelingen++];
		k->soort = (enum koppeling_soort)store_col_enum(q, 0, &codes_koppeling_soort, KOPPELING_ANDERS);
		k->referentie = store_col_text(q, a, 1);
		k->url = store_col_text(q, a, 2);
	}
	return store_end(q, e);
}

enum err_code
casus_belegging_extra_load(struct store *st, struct arena *a, struct belegging *b, struct err *e)
{
	struct store_q *q = CQ(st, CASUS_Q_LOAD_PARTNERS);
	size_t cap = 0;

	store_bind_int(q, ":belegging", b->id);
	while (store_next(q)) {
		struct organisatie_ref *o;

		b->partners = store_grow(a, b->partners, b->npartners, &cap, sizeof(*b->partners));
		o = &b->partners[b->npartners++];
		memset(o, 0, sizeof(*o));
		col_org(a, q, 0, o);
	}
	if (store_end(q, e) != ERR_OK)
		return e->code;
	q = CQ(st, CASUS_Q_LOAD_HISTORIE);
	store_bind_int(q, ":belegging", b->id);
	cap = 0;
	while (store_next(q)) {
		struct opvolging *o;

		b->historie = store_grow(a, b->historie, b->nhistorie, &cap, sizeof(*b->historie));
		o = &b->historie[b->nhistorie++];
		o->datum = store_col_date(q, 0);
		o->status = (enum opvolging_status)store_col_enum(q, 1, &codes_opvolging_status, OPVOLGING_ONBEKEND);
		o->reden = store_col_code(q, 2, &codes_reden);
		o->notitie = store_col_text(q, a, 3);
		o->bron = store_col_text(q, a, 4);
	}
	return store_end(q, e);
}
