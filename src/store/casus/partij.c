/* partij.c - the organisations and persons a casus names: found by code, name or e-mail, or created. */
#include <string.h>

#include "store/casus/private.h"

/* Runs a one-column id lookup: *id from the first row, 0 when there is none. */
static enum err_code
id_of(struct casus_wctx *w, struct store_q *q, int64_t *id)
{
	return store_int_of(q, id, w->e);
}

/*
 * The organisation o stands for: by id when set; else by code and type
 * (ministries: the code the parser resolved), then by name and type
 * (case-insensitive); created when unknown. Connection dates that o carries
 * are written on the row (a date o lacks never clears one that is there),
 * except when o refers to the organisation by id.
 */
enum err_code
casus_org_resolve(struct casus_wctx *w, const struct organisatie_ref *o, int64_t *id)
{
	int64_t taken = 0;
	struct store_q *q;

	*id = 0;
	if (o->id != 0) {
		q = CQ(w->st, CASUS_Q_ORG_EXISTS);
		store_bind_int(q, ":id", o->id);
		if (id_of(w, q, id) != ERR_OK)
			return w->e->code;
		if (*id == 0)
			return err_set(w->e, ERR_VALIDATION, NULL, "Deze organisatie bestaat niet.");
	}
	if (*id == 0 && o->code != NULL) {
		q = CQ(w->st, CASUS_Q_ORG_BY_CODE);
		store_bind_text(q, ":code", o->code);
		store_bind_code(q, ":type", &codes_organisatie_type, (int)o->type);
		if (id_of(w, q, id) != ERR_OK)
			return w->e->code;
	}
	if (*id == 0) {
		q = CQ(w->st, CASUS_Q_ORG_BY_NAAM);
		store_bind_text(q, ":naam", o->naam);
		store_bind_code(q, ":type", &codes_organisatie_type, (int)o->type);
		if (id_of(w, q, id) != ERR_OK)
			return w->e->code;
	}
	if (*id == 0) {
		if (o->code != NULL) {
			q = CQ(w->st, CASUS_Q_ORG_CODE_TAKEN);
			store_bind_text(q, ":code", o->code);
			if (id_of(w, q, &taken) != ERR_OK)
				return w->e->code;
		}
		q = CQ(w->st, CASUS_Q_ORG_ADD);
		store_bind_text(q, ":naam", o->naam);
		store_bind_code(q, ":type", &codes_organisatie_type, (int)o->type);
		store_bind_text(q, ":code", taken == 0 ? o->code : NULL);   /* a code belongs to one organisation */
		store_bind_date(q, ":sinds", o->aangesloten_sinds);
		store_bind_date(q, ":tot", o->aangesloten_tot);
		/* a name nobody who keeps the lists typed is a proposal: it waits for a regievoerder (issue 9) */
		store_bind_text(q, ":status", w->voorstellen ? "voorstel" : "bekend");
		store_bind_id(q, ":door", w->voorstellen ? w->auteur : 0);
		store_bind_text(q, ":now", w->voorstellen ? w->now : NULL);
		if (store_exec(q, w->e) != ERR_OK)
			return w->e->code;
		*id = store_last_id(w->st);
		return ERR_OK;
	}
	if (o->id != 0 || (o->aangesloten_sinds == DATE_NONE && o->aangesloten_tot == DATE_NONE))
		return ERR_OK;   /* a reference by id changes nothing about the organisation */
	q = CQ(w->st, CASUS_Q_ORG_AANSLUITING);
	store_bind_date(q, ":sinds", o->aangesloten_sinds);
	store_bind_date(q, ":tot", o->aangesloten_tot);
	store_bind_int(q, ":id", *id);
	return store_exec(q, w->e);
}

enum err_code
casus_pmm_id(struct casus_wctx *w, int64_t *id)
{
	if (id_of(w, CQ(w->st, CASUS_Q_PMM), id) != ERR_OK)
		return w->e->code;
	if (*id == 0)
		return err_set(w->e, ERR_INTERNAL, NULL, "De organisatie PMM ontbreekt in de database.");
	return ERR_OK;
}

/* Runs a persoon lookup: *id and *org (0 when none) of the first row. */
static enum err_code
persoon_row(struct casus_wctx *w, struct store_q *q, int64_t *id, int64_t *org)
{
	*id = *org = 0;
	if (store_next(q)) {
		*id = store_col_int(q, 0);
		*org = store_col_int(q, 1);
	}
	return store_end(q, w->e);
}

/*
 * The persoon p stands for: by id when set, else by e-mail (case-insensitive),
 * else by name within the organisation org_id (0 = none); created when
 * unknown. A found persoon without organisation gets org_id. *id = 0 when p
 * names nobody; *persoon_org = the persoon's own organisation.
 */
enum err_code
casus_persoon_resolve(struct casus_wctx *w, const struct persoon_ref *p, int64_t org_id, int64_t *id,
    int64_t *persoon_org)
{
	struct store_q *q;

	*id = *persoon_org = 0;
	if (p->id != 0) {
		q = CQ(w->st, CASUS_Q_PERSOON_BY_ID);
		store_bind_int(q, ":id", p->id);
		if (persoon_row(w, q, id, persoon_org) != ERR_OK)
			return w->e->code;
		if (*id == 0)
			return err_set(w->e, ERR_VALIDATION, NULL, "Deze persoon bestaat niet.");
	} else if (p->naam == NULL) {
		return ERR_OK;
	} else {
		if (p->email != NULL) {
			q = CQ(w->st, CASUS_Q_PERSOON_BY_EMAIL);
			store_bind_text(q, ":email", p->email);
		} else {
			q = CQ(w->st, CASUS_Q_PERSOON_BY_NAAM);
			store_bind_text(q, ":naam", p->naam);
			store_bind_id(q, ":organisatie", org_id);
		}
		if (persoon_row(w, q, id, persoon_org) != ERR_OK)
			return w->e->code;
	}
	if (*id == 0) {
		q = CQ(w->st, CASUS_Q_PERSOON_ADD);
		store_bind_text(q, ":naam", p->naam);
		store_bind_text(q, ":email", p->email);
		store_bind_id(q, ":organisatie", org_id);
		if (store_exec(q, w->e) != ERR_OK)
			return w->e->code;
		*id = store_last_id(w->st);
		*persoon_org = org_id;
	} else if (*persoon_org == 0 && org_id != 0) {
		q = CQ(w->st, CASUS_Q_PERSOON_ORG);
		store_bind_int(q, ":organisatie", org_id);
		store_bind_int(q, ":id", *id);
		if (store_exec(q, w->e) != ERR_OK)
			return w->e->code;
		*persoon_org = org_id;
	}
	return ERR_OK;
}

/* The organisation of a persoon_ref when it names one (by id or name), else 0. */
enum err_code
casus_persoon_org_resolve(struct casus_wctx *w, const struct persoon_ref *p, int64_t *org_id)
{
	*org_id = 0;
	if (p->organisatie.id == 0 && p->organisatie.naam == NULL)
		return ERR_OK;
	return casus_org_resolve(w, &p->organisatie, org_id);
}

enum err_code
store_organisatie_resolve(struct store *st, struct arena *a, const struct organisatie_ref *o, int64_t *id,
    struct err *e)
{
	struct casus_wctx w;
	struct err local;

	casus_wctx_init(&w, st, a, e, &local, 0, 0);
	if (!store_in_transaction(st))
		return err_set(w.e, ERR_INTERNAL, NULL, "Er ging iets mis bij het opslaan.");
	return casus_org_resolve(&w, o, id);
}

enum err_code
store_persoon_resolve(struct store *st, struct arena *a, const struct persoon_ref *p, int64_t *id, struct err *e)
{
	struct casus_wctx w;
	struct err local;
	int64_t org = 0, persoon_org = 0;

	casus_wctx_init(&w, st, a, e, &local, 0, 0);
	*id = 0;
	if (!store_in_transaction(st))
		return err_set(w.e, ERR_INTERNAL, NULL, "Er ging iets mis bij het opslaan.");
	if (casus_persoon_org_resolve(&w, p, &org) != ERR_OK)
		return w.e->code;
	return casus_persoon_resolve(&w, p, org, id, &persoon_org);
}
