/* write.c - saving a new casus: the casus row, referentie numbering, classifications and children. */
#include <string.h>

#include "store/casus/private.h"
#include "store/escalatie/escalatie.h"
#include "store/overbrugging/overbrugging.h"

#define W_IMPORT 1u   /* store_casus_import: keep the casus id, record the indiener's organisation as stated */

/* ---- referentie ------------------------------------------------------------------------ */

/*
 * An explicit referentie must be free and moves the year's counter up to its
 * number; without one (and not a concept) the next number of the year of
 * ontvangenOp is taken. The caller holds the write transaction, so two
 * connections never draw the same number.
 */
enum err_code
casus_referentie_take(struct casus_wctx *w, struct casus *c)
{
	int jaar, nr;
	int64_t other, next = 0;
	char ref[16];
	struct store_q *q;
	enum err_code ec;

	if (c->referentie != NULL) {
		if (!referentie_parse(c->referentie, &jaar, &nr))
			return err_set(w->e, ERR_VALIDATION, "referentie",
			    "Een referentie heeft de vorm PMM-JJJJ-NNNN.");
		q = CQ(w->st, CASUS_Q_ID_BY_REFERENTIE);
		store_bind_text(q, ":referentie", c->referentie);
		if (store_int_of(q, &other, w->e) != ERR_OK)
			return w->e->code;
		if (other != 0 && other != c->id)
			return err_set(w->e, ERR_CONFLICT, "referentie", "De referentie %s bestaat al.", c->referentie);
		q = CQ(w->st, CASUS_Q_TELLER_BUMP);
		store_bind_int(q, ":jaar", jaar);
		store_bind_int(q, ":nummer", nr);
		return store_exec(q, w->e);
	}
	if (c->status == STATUS_CONCEPT)
		return ERR_OK;
	if (c->ontvangen_op == DATE_NONE)
		return err_set(w->e, ERR_VALIDATION, "ontvangenOp", "De datum van ontvangst is verplicht.");
	q = CQ(w->st, CASUS_Q_TELLER_NEXT);
	store_bind_int(q, ":jaar", date_year(c->ontvangen_op));
	if ((ec = store_one(q, w->e)) == ERR_NOT_FOUND)   /* RETURNING always gives a row: none is a failure */
		return err_set(w->e, ERR_INTERNAL, NULL, "Er ging iets mis bij het opslaan.");
	if (ec != ERR_OK)
		return ec;
	next = store_col_int(q, 0);
	if (store_end(q, w->e) != ERR_OK)
		return w->e->code;
	referentie_format(date_year(c->ontvangen_op), (int)next, ref);
	c->referentie = arena_strdup(w->a, ref);
	return ERR_OK;
}

/* ---- children of a casus --------------------------------------------------------------- */

static enum err_code
bits_write(struct casus_wctx *w, int64_t casus_id, unsigned bits, const struct codelist *codes, enum casus_q del,
    enum casus_q add, bool replace)
{
	struct store_q *q;

	if (replace) {
		q = CQ(w->st, del);
		store_bind_int(q, ":casus", casus_id);
		if (store_exec(q, w->e) != ERR_OK)
			return w->e->code;
	}
	for (int i = 0; i < codes->n; i++) {
		if (!((bits >> i) & 1u))
			continue;
		q = CQ(w->st, add);
		store_bind_int(q, ":casus", casus_id);
		store_bind_code(q, ":code", codes, i);
		if (store_exec(q, w->e) != ERR_OK)
			return w->e->code;
	}
	return ERR_OK;
}

static enum err_code
organisaties_write(struct casus_wctx *w, int64_t casus_id, const struct casus *c, bool replace)
{
	struct store_q *q;
	int64_t org;

	if (replace) {
		q = CQ(w->st, CASUS_Q_ORGANISATIE_DEL);
		store_bind_int(q, ":casus", casus_id);
		if (store_exec(q, w->e) != ERR_OK)
			return w->e->code;
	}
	for (size_t i = 0; i < c->norganisaties; i++) {
		if (casus_org_resolve(w, &c->organisaties[i].organisatie, &org) != ERR_OK)
			return w->e->code;
		q = CQ(w->st, CASUS_Q_ORGANISATIE_ADD);   /* the same party twice: the first mention counts */
		store_bind_int(q, ":casus", casus_id);
		store_bind_int(q, ":organisatie", org);
		store_bind_text(q, ":rol", c->organisaties[i].rol);
		store_bind_int(q, ":volgorde", (int64_t)i);
		if (store_exec(q, w->e) != ERR_OK)
			return w->e->code;
	}
	return ERR_OK;
}

static enum err_code
knelpunten_write(struct casus_wctx *w, int64_t casus_id, const struct casus *c, bool replace)
{
	struct store_q *q;

	if (replace) {
		q = CQ(w->st, CASUS_Q_KNELPUNT_DEL);
		store_bind_int(q, ":casus", casus_id);
		if (store_exec(q, w->e) != ERR_OK)
			return w->e->code;
	}
	for (size_t i = 0; i < c->nknelpunten; i++) {
		q = CQ(w->st, CASUS_Q_KNELPUNT_ADD);
		store_bind_int(q, ":casus", casus_id);
		store_bind_code(q, ":categorie", &codes_categorie, (int)c->knelpunten[i].categorie);
		store_bind_text(q, ":omschrijving", c->knelpunten[i].omschrijving);
		store_bind_int(q, ":volgorde", (int64_t)i);
		if (store_exec(q, w->e) != ERR_OK ||
		    casus_knelpunt_soorten_write(w, store_last_id(w->st), c->knelpunten[i].soorten) != ERR_OK)
			return w->e->code;
	}
	return ERR_OK;
}

/*
 * Interventies become timeline entries, each with its own date (the caller
 * dated them: casus_apply_defaults). With only_new, an interventie that is
 * already on the timeline (same type, date and text) is skipped.
 */
static enum err_code
interventies_write(struct casus_wctx *w, int64_t casus_id, const struct casus *c, bool only_new)
{
	struct store_q *q;
	int64_t same;

	for (size_t i = 0; i < c->ninterventies; i++) {
		const struct interventie *iv = &c->interventies[i];

		if (iv->datum == DATE_NONE)
			return err_set(w->e, ERR_VALIDATION, "interventies", "Een interventie heeft een datum.");
		if (only_new) {
			q = CQ(w->st, CASUS_Q_INTERVENTIE_SAME);
			store_bind_int(q, ":casus", casus_id);
			store_bind_code(q, ":type", &codes_interventie_type, (int)iv->type);
			store_bind_date(q, ":datum", iv->datum);
			store_bind_text(q, ":omschrijving", iv->omschrijving);
			if (store_int_of(q, &same, w->e) != ERR_OK)
				return w->e->code;
			if (same != 0)
				continue;
		}
		q = CQ(w->st, CASUS_Q_INTERVENTIE_ADD);
		store_bind_int(q, ":casus", casus_id);
		store_bind_date(q, ":datum", iv->datum);
		store_bind_code(q, ":type", &codes_interventie_type, (int)iv->type);
		store_bind_text(q, ":omschrijving", iv->omschrijving);
		store_bind_id(q, ":auteur", w->auteur);
		store_bind_static(q, ":now", w->now);
		if (store_exec(q, w->e) != ERR_OK)
			return w->e->code;
	}
	return ERR_OK;
}

enum err_code
casus_children_write(struct casus_wctx *w, int64_t id, const struct casus *c, unsigned parts, bool replace,
    int datum)
{
	if (((parts & DEEL_LEEFGEBIEDEN) && bits_write(w, id, c->leefgebieden, &codes_leefgebied,
	    CASUS_Q_LEEFGEBIED_DEL, CASUS_Q_LEEFGEBIED_ADD, replace) != ERR_OK) ||
	    ((parts & DEEL_BELEIDSTERREINEN) && bits_write(w, id, c->beleidsterreinen, &codes_beleidsterrein,
	    CASUS_Q_BELEIDSTERREIN_DEL, CASUS_Q_BELEIDSTERREIN_ADD, replace) != ERR_OK) ||
	    ((parts & DEEL_ORGANISATIES) && organisaties_write(w, id, c, replace) != ERR_OK) ||
	    ((parts & DEEL_KNELPUNTEN) && knelpunten_write(w, id, c, replace) != ERR_OK) ||
	    ((parts & DEEL_INTERVENTIES) && interventies_write(w, id, c, replace) != ERR_OK) ||
	    ((parts & DEEL_LEERPUNTEN) && casus_leerpunten_write(w, id, c, replace, datum) != ERR_OK) ||
	    ((parts & DEEL_WETTEN) && casus_wetten_write(w, id, c->wetten, replace) != ERR_OK) ||
	    ((parts & DEEL_MAATWERK) && casus_maatwerk_write(w, id, c, replace) != ERR_OK) ||
	    ((parts & DEEL_REGISTERPOGING) && casus_registerpoging_write(w, id, c) != ERR_OK))
		return w->e->code;
	return ERR_OK;
}

/* ---- the casus row ------------------------------------------------------------------------ */

/*
 * Indiener and regievoerder. With `opgegeven` the casus keeps the indiener's
 * organisation exactly as c states it (none when c names none) with its
 * connection dates; otherwise the organisation defaults to the persoon's own
 * and the dates come from the organisation row when read.
 */
enum err_code
casus_partijen_resolve(struct casus_wctx *w, const struct casus *c, bool opgegeven, struct casus_partijen *p)
{
	int64_t org, persoon_org, rv_org;

	memset(p, 0, sizeof(*p));
	p->opgegeven = opgegeven;
	if (casus_persoon_org_resolve(w, &c->indiener, &org) != ERR_OK ||
	    casus_persoon_resolve(w, &c->indiener, org, &p->indiener, &persoon_org) != ERR_OK)
		return w->e->code;
	p->indiener_org = org != 0 || opgegeven ? org : persoon_org;
	if (casus_persoon_org_resolve(w, &c->regievoerder, &rv_org) != ERR_OK ||
	    casus_persoon_resolve(w, &c->regievoerder, rv_org, &p->regievoerder, &persoon_org) != ERR_OK)
		return w->e->code;
	return ERR_OK;
}

void
casus_bind_row(struct store_q *q, const struct casus *c, const struct casus_partijen *p)
{
	store_bind_text(q, ":referentie", c->referentie);
	store_bind_code(q, ":status", &codes_casus_status, (int)c->status);
	store_bind_date(q, ":ontvangen_op", c->ontvangen_op);
	store_bind_date(q, ":afgerond_op", c->afgerond_op);
	store_bind_id(q, ":indiener", p->indiener);
	store_bind_code(q, ":indiener_type", &codes_indiener_type, c->indiener_type);
	store_bind_id(q, ":regievoerder", p->regievoerder);
	store_bind_text(q, ":hulpvraag", c->hulpvraag != NULL ? c->hulpvraag : "");   /* a concept may lack it */
	store_bind_text(q, ":situatie", c->situatie);
	store_bind_text(q, ":geprobeerd", c->geprobeerd);
	store_bind_code(q, ":urgentie", &codes_urgentie, (int)c->urgentie);
	store_bind_code(q, ":maatwerk", &codes_maatwerk, c->maatwerk);
	store_bind_text(q, ":resultaat", c->resultaat);
	store_bind_text(q, ":procesregie_houder", c->procesregie.houder);
	store_bind_text(q, ":procesregie_terugkoppeling", c->procesregie.terugkoppeling);
	store_bind_text(q, ":procesregie_dossierhouder", c->procesregie.dossierhouder);
	store_bind_bool(q, ":buitenlandse_component", c->buitenlandse_component);
	store_bind_date(q, ":followup_op", c->followup_op);
	store_bind_code(q, ":followup_antwoord", &codes_followup, c->followup_antwoord);
	store_bind_text(q, ":followup_toelichting", c->followup_toelichting);
	store_bind_id(q, ":indiener_organisatie", p->indiener_org);
	store_bind_date(q, ":indiener_aangesloten_sinds", p->opgegeven ? c->indiener.organisatie.aangesloten_sinds :
	    DATE_NONE);
	store_bind_date(q, ":indiener_aangesloten_tot", p->opgegeven ? c->indiener.organisatie.aangesloten_tot :
	    DATE_NONE);
	store_bind_bool(q, ":indiener_opgegeven", p->opgegeven);
	store_bind_code(q, ":reden_geen_leerpunt", &codes_reden_geen_leerpunt, c->reden_geen_leerpunt);
}

void
casus_wctx_init(struct casus_wctx *w, struct store *st, struct arena *a, struct err *e, struct err *local,
    int64_t auteur, time_t now)
{
	w->st = st;
	w->a = a;
	w->e = e != NULL ? e : local;
	w->auteur = auteur;
	w->voorstellen = false;   /* the casus saves decide (casus.organisaties_bekend) */
	time_format(now, w->now);
	w->today = date_today(now);
	err_clear(w->e);
}

/* The date of a belegging's first status: when the casus closed, else when it came in. */
static int
status_datum(const struct casus *c)
{
	return c->afgerond_op != DATE_NONE ? c->afgerond_op : c->ontvangen_op;
}

static enum err_code
insert(struct store *st, struct arena *a, struct casus *c, int64_t auteur, time_t now, unsigned flags,
    struct err *e)
{
	struct err local;
	struct casus_wctx w;
	struct casus_partijen p;
	struct store_q *q;
	int64_t keep_id = 0;
	const char *ref_before = c->referentie;

	casus_wctx_init(&w, st, a, e, &local, auteur, now);
	w.voorstellen = !(flags & W_IMPORT) && !c->organisaties_bekend;
	if (!store_in_transaction(st))
		return err_set(w.e, ERR_INTERNAL, NULL, "Er ging iets mis bij het opslaan.");
	if ((flags & W_IMPORT) && c->id > 0) {
		q = CQ(st, CASUS_Q_EXISTS);
		store_bind_int(q, ":id", c->id);
		if (store_int_of(q, &keep_id, w.e) != ERR_OK)
			goto err;
		keep_id = keep_id == 0 ? c->id : 0;   /* the id is the database's own: kept only when free */
	}
	c->id = 0;
	if (casus_referentie_take(&w, c) != ERR_OK ||
	    casus_partijen_resolve(&w, c, (flags & W_IMPORT) != 0, &p) != ERR_OK)
		goto err;
	if (c->ontvangen_op == DATE_NONE) {   /* casus_apply_defaults dates a concept */
		err_set(w.e, ERR_VALIDATION, "ontvangenOp", "De datum van ontvangst is verplicht.");
		goto err;
	}
	q = CQ(st, CASUS_Q_INSERT);
	store_bind_id(q, ":id", keep_id);
	casus_bind_row(q, c, &p);
	store_bind_id(q, ":auteur", auteur);
	store_bind_static(q, ":now", w.now);
	if (store_exec(q, w.e) != ERR_OK)
		goto err;
	c->id = store_last_id(st);
	if (casus_children_write(&w, c->id, c, ~0u, false, status_datum(c)) != ERR_OK)
		goto err;
	/* an older file's LET flag and escalatie interventies become escalatie records (store/escalatie/) */
	if ((flags & W_IMPORT) && (store_escalatie_legacy(st, c->id, c->let_escalatie, now, w.e) != ERR_OK ||
	    store_escalatie_import(st, a, c->id, c->escalaties, c->nescalaties, now, w.e) != ERR_OK ||
	    store_overbrugging_import(st, a, c->id, c->overbruggingen, c->noverbruggingen, now, w.e) != ERR_OK))
		goto err;
	return ERR_OK;
err:
	c->id = 0;
	c->referentie = ref_before;
	return w.e->code != ERR_OK ? w.e->code : ERR_INTERNAL;
}

enum err_code
store_casus_insert(struct store *st, struct arena *a, struct casus *c, int64_t auteur_gebruiker_id, time_t now,
    struct err *e)
{
	return insert(st, a, c, auteur_gebruiker_id, now, 0, e);
}

enum err_code
store_casus_import(struct store *st, struct arena *a, struct casus *c, int64_t auteur_gebruiker_id, time_t now,
    struct err *e)
{
	return insert(st, a, c, auteur_gebruiker_id, now, W_IMPORT, e);
}

int64_t
store_casus_leerpunt_max_id(struct store *st)
{
	int64_t max = 0;

	store_int_of(CQ(st, CASUS_Q_LP_MAX), &max, NULL);
	return max;
}

enum err_code
store_referentie_reserveer(struct store *st, const char *referentie, struct err *e)
{
	struct store_q *q;
	int jaar, nr;

	if (!referentie_parse(referentie, &jaar, &nr))
		return ERR_OK;   /* saving the casus says what is wrong with it */
	q = CQ(st, CASUS_Q_TELLER_BUMP);
	store_bind_int(q, ":jaar", jaar);
	store_bind_int(q, ":nummer", nr);
	return store_exec(q, e);
}

void
store_casus_bulk(struct store *st)
{
	store_bulk(st);
}

enum err_code
store_casus_bulk_end(struct store *st)
{
	return store_bulk_end(st);
}
