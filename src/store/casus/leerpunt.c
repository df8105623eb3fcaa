/* leerpunt.c - the leerpunten of a casus with their themes, beleggingen and status history. */
#include <string.h>

#include "store/casus/private.h"

/* Reads all ids of a one-column query into an arena array. */
static enum err_code
ids_of(struct casus_wctx *w, struct store_q *q, int64_t **out, size_t *n)
{
	size_t cap = 0;

	*out = NULL;
	*n = 0;
	while (store_next(q)) {
		*out = store_grow(w->a, *out, *n, &cap, sizeof(**out));
		(*out)[(*n)++] = store_col_int(q, 0);
	}
	return store_end(q, w->e);
}

static enum err_code
status_add(struct casus_wctx *w, int64_t belegging_id, const struct belegging *b, int datum)
{
	struct store_q *q = CQ(w->st, CASUS_Q_BG_STATUS_ADD);

	store_bind_int(q, ":belegging", belegging_id);
	store_bind_date(q, ":datum", datum);
	store_bind_code(q, ":status", &codes_opvolging_status, (int)b->status);
	store_bind_code(q, ":reden", &codes_reden, b->reden);
	store_bind_id(q, ":auteur", w->auteur);
	store_bind_static(q, ":now", w->now);
	return store_exec(q, w->e);
}

static enum err_code
belegging_org(struct casus_wctx *w, const struct belegging *b, int64_t *org)
{
	if (b->bij_pmm || (b->bij.code != NULL && strcmp(b->bij.code, "PMM") == 0))
		return casus_pmm_id(w, org);
	return casus_org_resolve(w, &b->bij, org);
}

/* The history of a new belegging as c gives it: its entries, or (without them) one entry of its status on `datum`. */
static enum err_code
historie_add(struct casus_wctx *w, int64_t belegging_id, const struct belegging *b, int datum)
{
	if (b->niet_belegd != NIETBELEGD_NEE)
		return ERR_OK;   /* addressed but deliberately not belegd: no follow-up */
	if (b->nhistorie == 0)
		return status_add(w, belegging_id, b, datum);
	for (size_t h = 0; h < b->nhistorie; h++) {
		const struct opvolging *o = &b->historie[h];
		struct store_q *q = CQ(w->st, CASUS_Q_BG_HISTORIE_ADD);

		store_bind_int(q, ":belegging", belegging_id);
		store_bind_date(q, ":datum", o->datum);
		store_bind_code(q, ":status", &codes_opvolging_status, (int)o->status);
		store_bind_code(q, ":reden", &codes_reden, o->reden);
		store_bind_text(q, ":notitie", o->notitie);
		store_bind_text(q, ":bron", o->bron);
		store_bind_id(q, ":auteur", w->auteur);
		store_bind_static(q, ":now", w->now);
		if (store_exec(q, w->e) != ERR_OK)
			return w->e->code;
	}
	return ERR_OK;
}

static void
bind_belegging_extra(struct store_q *q, const struct belegging *b)
{
	store_bind_code(q, ":pmm_soort", &codes_pmm_soort, (int)b->pmm_soort);   /* 0: NULL */
	store_bind_code(q, ":niet_belegd", &codes_niet_belegd_reden, (int)b->niet_belegd);
	store_bind_text(q, ":niet_belegd_toelichting", b->niet_belegd_toelichting);
}

/* A new belegging with its history (first status dated `datum`); b->id is kept when it is free. *id: its id. */
static enum err_code
belegging_add(struct casus_wctx *w, int64_t leerpunt_id, const struct belegging *b, size_t volgorde, int datum,
    int64_t *id)
{
	struct store_q *q;
	int64_t org, used = 0;

	if (belegging_org(w, b, &org) != ERR_OK)
		return w->e->code;
	if (b->id != 0) {
		q = CQ(w->st, CASUS_Q_BG_EXISTS);
		store_bind_int(q, ":id", b->id);
		if (store_int_of(q, &used, w->e) != ERR_OK)
			return w->e->code;
	}
	q = CQ(w->st, CASUS_Q_BG_ADD);
	store_bind_id(q, ":id", used == 0 ? b->id : 0);
	store_bind_int(q, ":leerpunt", leerpunt_id);
	store_bind_int(q, ":organisatie", org);
	store_bind_int(q, ":volgorde", (int64_t)volgorde);
	bind_belegging_extra(q, b);
	store_bind_static(q, ":now", w->now);
	if (store_exec(q, w->e) != ERR_OK)
		return w->e->code;
	*id = store_last_id(w->st);
	if (casus_partners_write(w, *id, b, false) != ERR_OK)
		return w->e->code;
	return historie_add(w, *id, b, datum);
}

/*
 * The forwarding of the new beleggingen of l (nieuw[b] is the stored id of
 * l->beleggingen[b], 0 for one that was not added now): doorgezetNaar names
 * a belegging of l by the id l gives it, which is its stored id only when it
 * was free.
 */
static enum err_code
doorzettingen_write(struct casus_wctx *w, const struct leerpunt *l, const int64_t *nieuw, const int64_t *stored_id)
{
	for (size_t b = 0; b < l->nbeleggingen; b++) {
		struct store_q *q;
		int64_t naar = 0;

		if (nieuw[b] == 0 || l->beleggingen[b].doorgezet_naar == 0)
			continue;
		for (size_t k = 0; k < l->nbeleggingen && naar == 0; k++)
			if (l->beleggingen[k].id == l->beleggingen[b].doorgezet_naar)
				naar = stored_id[k];
		if (naar == 0)
			return err_set(w->e, ERR_VALIDATION, "doorgezetNaar",
			    "Doorgezet naar: noem het id van een andere belegging van hetzelfde leerpunt.");
		q = CQ(w->st, CASUS_Q_BG_DOORGEZET);
		store_bind_int(q, ":naar", naar);
		store_bind_int(q, ":id", nieuw[b]);
		if (store_exec(q, w->e) != ERR_OK)
			return w->e->code;
	}
	return ERR_OK;
}

static enum err_code
themas_write(struct casus_wctx *w, int64_t leerpunt_id, const struct leerpunt *l, bool replace)
{
	struct store_q *q;

	if (replace) {
		q = CQ(w->st, CASUS_Q_THEMA_DEL);
		store_bind_int(q, ":leerpunt", leerpunt_id);
		if (store_exec(q, w->e) != ERR_OK)
			return w->e->code;
	}
	for (size_t t = 0; t < l->nthemas; t++) {
		q = CQ(w->st, CASUS_Q_THEMA_ADD);
		store_bind_int(q, ":leerpunt", leerpunt_id);
		store_bind_text(q, ":thema", l->themas[t]);
		store_bind_int(q, ":volgorde", (int64_t)t);
		if (store_exec(q, w->e) != ERR_OK)
			return w->e->code;
	}
	return ERR_OK;
}

static void
bind_leerpunt(struct store_q *q, const struct leerpunt *l)
{
	store_bind_text(q, ":omschrijving", l->omschrijving);
	store_bind_code(q, ":categorie", &codes_categorie, (int)l->categorie);
	store_bind_int(q, ":orde", l->orde);
	store_bind_bool(q, ":vraag", l->vraag);
	store_bind_bool(q, ":al_bekend", l->al_bekend);
	store_bind_bool(q, ":terugkerend", l->terugkerend);
	store_bind_code(q, ":bron", &codes_leerpunt_bron, (int)l->bron);
	store_bind_text(q, ":bron_referentie", l->bron_referentie);
	store_bind_date(q, ":gesignaleerd_op", l->gesignaleerd_op);
}

/* A new leerpunt (id kept when given) with its themes and beleggingen; *id is its id. */
enum err_code
casus_leerpunt_add(struct casus_wctx *w, const struct leerpunt *l, int datum, int64_t *id)
{
	struct store_q *q = CQ(w->st, CASUS_Q_LP_ADD);
	int64_t *nieuw;

	store_bind_id(q, ":id", l->id);
	bind_leerpunt(q, l);
	store_bind_static(q, ":now", w->now);
	if (store_exec(q, w->e) != ERR_OK)
		return w->e->code;
	*id = store_last_id(w->st);
	if (themas_write(w, *id, l, false) != ERR_OK || casus_leerpunt_extra_write(w, *id, l, false) != ERR_OK)
		return w->e->code;
	nieuw = arena_alloc(w->a, (l->nbeleggingen + 1) * sizeof(*nieuw));
	for (size_t b = 0; b < l->nbeleggingen; b++)
		if (belegging_add(w, *id, &l->beleggingen[b], b, datum, &nieuw[b]) != ERR_OK)
			return w->e->code;
	return doorzettingen_write(w, l, nieuw, nieuw);
}

static bool
id_in(int64_t id, const int64_t *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (v[i] == id)
			return true;
	return false;
}

/* A stored belegging brought in line with bg: its party and place, and a new history row when its status changed. */
static enum err_code
belegging_set(struct casus_wctx *w, const struct belegging *bg, size_t volgorde, int datum)
{
	struct store_q *q;
	int64_t org;
	int status = -1, reden = -1;
	enum err_code ec;

	if (belegging_org(w, bg, &org) != ERR_OK)
		return w->e->code;
	q = CQ(w->st, CASUS_Q_BG_SET);
	store_bind_int(q, ":organisatie", org);
	store_bind_int(q, ":volgorde", (int64_t)volgorde);
	bind_belegging_extra(q, bg);
	store_bind_int(q, ":id", bg->id);
	if (store_exec(q, w->e) != ERR_OK || casus_partners_write(w, bg->id, bg, true) != ERR_OK)
		return w->e->code;
	if (bg->niet_belegd != NIETBELEGD_NEE)
		return ERR_OK;   /* no follow-up to record */
	q = CQ(w->st, CASUS_Q_BG_STATUS_NU);
	store_bind_int(q, ":belegging", bg->id);
	if ((ec = store_one(q, w->e)) == ERR_OK) {
		status = store_col_code(q, 0, &codes_opvolging_status);
		reden = store_col_code(q, 1, &codes_reden);
		ec = store_end(q, w->e);
	}
	if (ec != ERR_OK && ec != ERR_NOT_FOUND)
		return ec;
	if (status != (int)bg->status || reden != bg->reden)
		return status_add(w, bg->id, bg, datum);
	return ERR_OK;
}

/*
 * Brings a stored leerpunt in line with l: its fields, themes, wetten and
 * koppelingen, its beleggingen matched by id (a changed status or reden is a
 * new history row dated `datum`; new ones are added with their history;
 * open ones no longer in l are removed; forwarded ones are history and stay).
 */
static enum err_code
leerpunt_set(struct casus_wctx *w, int64_t id, const struct leerpunt *l, int datum)
{
	struct store_q *q = CQ(w->st, CASUS_Q_LP_SET);
	int64_t *stored = NULL, *nieuw, *stored_id;
	bool *doorgezet = NULL;
	size_t nstored = 0, cap = 0, dcap = 0;

	bind_leerpunt(q, l);
	store_bind_int(q, ":id", id);
	if (store_exec(q, w->e) != ERR_OK || themas_write(w, id, l, true) != ERR_OK ||
	    casus_leerpunt_extra_write(w, id, l, true) != ERR_OK)
		return w->e->code;
	q = CQ(w->st, CASUS_Q_BG_OF);
	store_bind_int(q, ":leerpunt", id);
	while (store_next(q)) {
		stored = store_grow(w->a, stored, nstored, &cap, sizeof(*stored));
		doorgezet = store_grow(w->a, doorgezet, nstored, &dcap, sizeof(*doorgezet));
		doorgezet[nstored] = store_col_bool(q, 1);
		stored[nstored++] = store_col_int(q, 0);
	}
	if (store_end(q, w->e) != ERR_OK)
		return w->e->code;
	for (size_t i = 0; i < nstored; i++) {
		bool keep = doorgezet[i];

		for (size_t b = 0; b < l->nbeleggingen; b++)
			keep = keep || l->beleggingen[b].id == stored[i];
		if (keep)
			continue;
		q = CQ(w->st, CASUS_Q_BG_DEL);
		store_bind_int(q, ":id", stored[i]);
		if (store_exec(q, w->e) != ERR_OK)
			return w->e->code;
	}
	nieuw = arena_alloc(w->a, (l->nbeleggingen + 1) * sizeof(*nieuw));
	stored_id = arena_alloc(w->a, (l->nbeleggingen + 1) * sizeof(*stored_id));
	for (size_t b = 0; b < l->nbeleggingen; b++) {
		const struct belegging *bg = &l->beleggingen[b];
		enum err_code ec;

		if (bg->id == 0 || !id_in(bg->id, stored, nstored)) {
			ec = belegging_add(w, id, bg, b, datum, &nieuw[b]);
			stored_id[b] = nieuw[b];
		} else {
			ec = belegging_set(w, bg, b, datum);
			stored_id[b] = bg->id;
		}
		if (ec != ERR_OK)
			return ec;
	}
	return doorzettingen_write(w, l, nieuw, stored_id);
}

/*
 * The leerpunten of casus c. An id that exists already links that leerpunt
 * (one leerpunt, several casussen): on insert the stored leerpunt stays as it
 * is; on update (`sync`) a leerpunt already linked to this casus is brought
 * in line with c, and leerpunten no longer in c are unlinked (and deleted when
 * no casus is left).
 */
enum err_code
casus_leerpunten_write(struct casus_wctx *w, int64_t casus_id, const struct casus *c, bool sync, int datum)
{
	int64_t *linked = NULL, *keep;
	size_t nlinked = 0;
	struct store_q *q;

	if (sync) {
		q = CQ(w->st, CASUS_Q_LP_LINKED);
		store_bind_int(q, ":casus", casus_id);
		if (ids_of(w, q, &linked, &nlinked) != ERR_OK)
			return w->e->code;
	}
	keep = arena_alloc(w->a, (c->nleerpunten + 1) * sizeof(*keep));
	for (size_t i = 0; i < c->nleerpunten; i++) {
		const struct leerpunt *l = &c->leerpunten[i];
		int64_t id = 0;

		if (l->id != 0) {
			q = CQ(w->st, CASUS_Q_LP_EXISTS);
			store_bind_int(q, ":id", l->id);
			if (store_int_of(q, &id, w->e) != ERR_OK)
				return w->e->code;
		}
		if (id == 0) {
			if (casus_leerpunt_add(w, l, datum, &id) != ERR_OK)
				return w->e->code;
		} else if (sync && id_in(id, linked, nlinked)) {
			if (leerpunt_set(w, id, l, datum) != ERR_OK)
				return w->e->code;
		}
		keep[i] = id;
		q = CQ(w->st, CASUS_Q_LP_LINK);
		store_bind_int(q, ":leerpunt", id);
		store_bind_int(q, ":casus", casus_id);
		store_bind_int(q, ":volgorde", (int64_t)i);
		if (store_exec(q, w->e) != ERR_OK)
			return w->e->code;
	}
	for (size_t i = 0; i < nlinked; i++) {
		if (id_in(linked[i], keep, c->nleerpunten))
			continue;
		q = CQ(w->st, CASUS_Q_LP_UNLINK);
		store_bind_int(q, ":leerpunt", linked[i]);
		store_bind_int(q, ":casus", casus_id);
		if (store_exec(q, w->e) != ERR_OK)
			return w->e->code;
		q = CQ(w->st, CASUS_Q_LP_ORPHAN);
		store_bind_int(q, ":leerpunt", linked[i]);
		if (store_exec(q, w->e) != ERR_OK)
			return w->e->code;
	}
	return ERR_OK;
}
