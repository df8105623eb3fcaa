/* read.c - loading a whole casus, access facts, and all casussen in referentie order. */
#include <stdlib.h>
#include <string.h>

#include "store/casus/private.h"
#include "store/escalatie/escalatie.h"
#include "store/overbrugging/overbrugging.h"

/* An organisation from 6 columns: id naam type code sinds tot. */
static void
col_org(struct arena *a, struct store_q *q, int i, struct organisatie_ref *o)
{
	o->id = store_col_int(q, i);
	o->naam = store_col_text(q, a, i + 1);
	o->type = (enum organisatie_type)store_col_enum(q, i + 2, &codes_organisatie_type, ORGTYPE_OVERIG);
	o->code = store_col_text(q, a, i + 3);
	o->aangesloten_sinds = store_col_date(q, i + 4);
	o->aangesloten_tot = store_col_date(q, i + 5);
}

/* A persoon from 3 columns (id naam email) and its organisation from the next 6. */
static void
col_persoon(struct arena *a, struct store_q *q, int i, struct persoon_ref *p)
{
	if (store_col_null(q, i))
		return;
	p->id = store_col_int(q, i);
	p->naam = store_col_text(q, a, i + 1);
	p->email = store_col_text(q, a, i + 2);
	if (!store_col_null(q, i + 3))
		col_org(a, q, i + 3, &p->organisatie);
}

static void
col_casus(struct arena *a, struct store_q *q, struct casus *c)
{
	c->id = store_col_int(q, 0);
	c->referentie = store_col_text(q, a, 1);
	c->status = (enum casus_status)store_col_enum(q, 2, &codes_casus_status, STATUS_AANGEMELD);
	c->ontvangen_op = store_col_date(q, 3);
	c->afgerond_op = store_col_date(q, 4);
	c->indiener_type = store_col_code(q, 5, &codes_indiener_type);
	c->hulpvraag = store_col_text(q, a, 6);
	if (c->hulpvraag != NULL && c->hulpvraag[0] == '\0')
		c->hulpvraag = NULL;   /* a concept saved without one */
	c->situatie = store_col_text(q, a, 7);
	c->geprobeerd = store_col_text(q, a, 8);
	c->urgentie = (enum urgentie)store_col_enum(q, 9, &codes_urgentie, URGENTIE_NORMAAL);
	c->maatwerk = store_col_code(q, 10, &codes_maatwerk);
	c->resultaat = store_col_text(q, a, 11);
	c->procesregie.houder = store_col_text(q, a, 12);
	c->procesregie.terugkoppeling = store_col_text(q, a, 13);
	c->procesregie.dossierhouder = store_col_text(q, a, 14);
	c->let_escalatie = store_col_bool(q, 15);
	c->buitenlandse_component = store_col_bool(q, 16);
	c->followup_op = store_col_date(q, 17);
	c->followup_antwoord = store_col_code(q, 18, &codes_followup);
	c->followup_toelichting = store_col_text(q, a, 19);
	col_persoon(a, q, 20, &c->indiener);
	col_persoon(a, q, 29, &c->regievoerder);
	c->reden_geen_leerpunt = store_col_code(q, 38, &codes_reden_geen_leerpunt);
}

static enum err_code
load_bits(struct store *st, enum casus_q id, int64_t casus_id, const struct codelist *codes, unsigned *bits,
    struct err *e)
{
	struct store_q *q = CQ(st, id);

	store_bind_int(q, ":casus", casus_id);
	*bits = 0;
	while (store_next(q)) {
		int v = store_col_code(q, 0, codes);

		if (v >= 0)
			*bits |= 1u << v;
	}
	return store_end(q, e);
}

static enum err_code
load_lists(struct store *st, struct arena *a, struct casus *c, struct err *e)
{
	struct store_q *q;
	size_t cap, kcap = 0;
	int64_t *kids = NULL;

	q = CQ(st, CASUS_Q_LOAD_ORGANISATIES);
	store_bind_int(q, ":casus", c->id);
	cap = 0;
	while (store_next(q)) {
		c->organisaties = store_grow(a, c->organisaties, c->norganisaties, &cap, sizeof(*c->organisaties));
		col_org(a, q, 0, &c->organisaties[c->norganisaties].organisatie);
		c->organisaties[c->norganisaties++].rol = store_col_text(q, a, 6);
	}
	if (store_end(q, e) != ERR_OK)
		return e->code;

	q = CQ(st, CASUS_Q_LOAD_KNELPUNTEN);
	store_bind_int(q, ":casus", c->id);
	cap = 0;
	while (store_next(q)) {
		c->knelpunten = store_grow(a, c->knelpunten, c->nknelpunten, &cap, sizeof(*c->knelpunten));
		kids = store_grow(a, kids, c->nknelpunten, &kcap, sizeof(*kids));
		kids[c->nknelpunten] = store_col_int(q, 2);
		c->knelpunten[c->nknelpunten].categorie =
		    (enum categorie)store_col_enum(q, 0, &codes_categorie, CATEGORIE_OVERIG);
		c->knelpunten[c->nknelpunten++].omschrijving = store_col_text(q, a, 1);
	}
	if (store_end(q, e) != ERR_OK || casus_knelpunt_soorten_load(st, c, kids, e) != ERR_OK)
		return e->code;

	q = CQ(st, CASUS_Q_LOAD_INTERVENTIES);
	store_bind_int(q, ":casus", c->id);
	cap = 0;
	while (store_next(q)) {
		struct interventie *iv;

		c->interventies = store_grow(a, c->interventies, c->ninterventies, &cap, sizeof(*c->interventies));
		iv = &c->interventies[c->ninterventies++];
		iv->type = (enum interventie_type)store_col_enum(q, 0, &codes_interventie_type, INTERVENTIE_EXPERT);
		iv->datum = store_col_date(q, 1);
		iv->omschrijving = store_col_text(q, a, 2);
		iv->gedeeld = store_col_bool(q, 3);
	}
	return store_end(q, e);
}

enum err_code
casus_leerpunt_load_rest(struct store *st, struct arena *a, struct leerpunt *l, struct err *e)
{
	struct store_q *q = CQ(st, CASUS_Q_LOAD_THEMAS);
	size_t cap = 0;

	store_bind_int(q, ":leerpunt", l->id);
	while (store_next(q)) {
		l->themas = store_grow(a, l->themas, l->nthemas, &cap, sizeof(*l->themas));
		l->themas[l->nthemas++] = store_col_text(q, a, 0);
	}
	if (store_end(q, e) != ERR_OK)
		return e->code;
	q = CQ(st, CASUS_Q_LOAD_BELEGGINGEN);
	store_bind_int(q, ":leerpunt", l->id);
	cap = 0;
	while (store_next(q)) {
		struct belegging *b;

		l->beleggingen = store_grow(a, l->beleggingen, l->nbeleggingen, &cap, sizeof(*l->beleggingen));
		b = &l->beleggingen[l->nbeleggingen++];
		belegging_init(b);
		b->id = store_col_int(q, 0);
		col_org(a, q, 1, &b->bij);
		b->bij_pmm = b->bij.code != NULL && strcmp(b->bij.code, "PMM") == 0;
		/* no history at all: addressed but not belegd (or a row from before issue 11): belegd */
		b->status = (enum opvolging_status)store_col_enum(q, 7, &codes_opvolging_status, OPVOLGING_BELEGD);
		b->reden = store_col_code(q, 8, &codes_reden);
		b->pmm_soort = (enum pmm_soort)store_col_enum(q, 9, &codes_pmm_soort, PMMSOORT_GEEN);
		b->niet_belegd = (enum niet_belegd_reden)store_col_enum(q, 10, &codes_niet_belegd_reden, NIETBELEGD_NEE);
		b->niet_belegd_toelichting = store_col_text(q, a, 11);
		b->doorgezet_naar = store_col_int(q, 12);
	}
	if (store_end(q, e) != ERR_OK)
		return e->code;
	for (size_t i = 0; i < l->nbeleggingen; i++)
		if (casus_belegging_extra_load(st, a, &l->beleggingen[i], e) != ERR_OK)
			return e->code;
	return casus_leerpunt_extra_load(st, a, l, e);
}

void
casus_col_leerpunt(struct arena *a, struct store_q *q, struct leerpunt *l)
{
	leerpunt_init(l);
	l->id = store_col_int(q, 0);
	l->omschrijving = store_col_text(q, a, 1);
	l->categorie = (enum categorie)store_col_enum(q, 2, &codes_categorie, CATEGORIE_OVERIG);
	l->orde = (int)store_col_int(q, 3);
	l->vraag = store_col_bool(q, 4);
	l->al_bekend = store_col_bool(q, 5);
	l->terugkerend = store_col_bool(q, 6);
	l->bron = (enum leerpunt_bron)store_col_enum(q, 7, &codes_leerpunt_bron, BRON_CASUS);
	l->bron_referentie = store_col_text(q, a, 8);
	l->gesignaleerd_op = store_col_date(q, 9);
}

static enum err_code
load_leerpunten(struct store *st, struct arena *a, struct casus *c, struct err *e)
{
	struct store_q *q = CQ(st, CASUS_Q_LOAD_LEERPUNTEN);
	size_t cap = 0;

	store_bind_int(q, ":casus", c->id);
	while (store_next(q)) {
		struct leerpunt *l;

		c->leerpunten = store_grow(a, c->leerpunten, c->nleerpunten, &cap, sizeof(*c->leerpunten));
		l = &c->leerpunten[c->nleerpunten++];
		casus_col_leerpunt(a, q, l);
	}
	if (store_end(q, e) != ERR_OK)
		return e->code;
	/* Themes and beleggingen after the loop: one statement is not stepped while another runs. */
	for (size_t i = 0; i < c->nleerpunten; i++)
		if (casus_leerpunt_load_rest(st, a, &c->leerpunten[i], e) != ERR_OK)
			return e->code;
	return ERR_OK;
}

enum err_code
casus_load(struct store *st, struct arena *a, int64_t id, struct casus *out, struct err *e)
{
	struct err local;
	struct store_q *q = CQ(st, CASUS_Q_LOAD);
	enum err_code rc;

	if (e == NULL)
		e = &local;
	casus_init(out);
	store_bind_int(q, ":id", id);
	if ((rc = store_one(q, e)) == ERR_NOT_FOUND)
		return err_set(e, ERR_NOT_FOUND, NULL, "Deze casus bestaat niet.");
	if (rc != ERR_OK)
		return rc;
	col_casus(a, q, out);
	if (store_end(q, e) != ERR_OK ||
	    load_bits(st, CASUS_Q_LOAD_LEEFGEBIEDEN, id, &codes_leefgebied, &out->leefgebieden, e) != ERR_OK ||
	    load_bits(st, CASUS_Q_LOAD_BELEIDSTERREINEN, id, &codes_beleidsterrein, &out->beleidsterreinen, e) != ERR_OK ||
	    load_lists(st, a, out, e) != ERR_OK || load_leerpunten(st, a, out, e) != ERR_OK ||
	    casus_registratie_load(st, a, out, e) != ERR_OK)
		return e->code;
	return ERR_OK;
}

enum err_code
store_casus_load(struct store *st, struct arena *a, const char *referentie, struct casus *out, struct err *e)
{
	struct store_q *q = CQ(st, CASUS_Q_ID_BY_REFERENTIE);
	int64_t id;
	enum err_code rc;

	store_bind_text(q, ":referentie", referentie);
	if ((rc = store_int_of(q, &id, e)) != ERR_OK)
		return rc;
	if (id == 0)
		return err_set(e, ERR_NOT_FOUND, NULL, "Deze casus bestaat niet.");
	return casus_load(st, a, id, out, e);
}

enum err_code
store_casus_load_id(struct store *st, struct arena *a, int64_t id, struct casus *out, struct err *e)
{
	return casus_load(st, a, id, out, e);
}

/* ---- access facts ---------------------------------------------------------------------- */

static enum err_code
toegang(struct store_q *q, int64_t persoon_id, struct casus_toegang *out)
{
	enum err_code rc;

	store_bind_int(q, ":persoon", persoon_id);
	memset(out, 0, sizeof(*out));
	if ((rc = store_one(q, NULL)) != ERR_OK)
		return rc;   /* ERR_NOT_FOUND, or the database failed (not the same: one is a 404, the other a 503) */
	out->id = store_col_int(q, 0);
	out->status = (enum casus_status)store_col_enum(q, 1, &codes_casus_status, STATUS_AANGEMELD);
	out->indiener_persoon_id = store_col_int(q, 2);
	out->regievoerder_persoon_id = store_col_int(q, 3);
	out->is_deelnemer = persoon_id != 0 && store_col_bool(q, 4);
	out->afgerond_op = store_col_date(q, 5);
	out->deelnemer_intern = out->is_deelnemer && store_col_bool(q, 6);
	return store_end(q, NULL);
}

enum err_code
store_casus_toegang(struct store *st, const char *referentie, int64_t persoon_id, struct casus_toegang *out)
{
	struct store_q *q = CQ(st, CASUS_Q_TOEGANG);

	store_bind_text(q, ":referentie", referentie);
	return toegang(q, persoon_id, out);
}

enum err_code
store_casus_toegang_id(struct store *st, int64_t casus_id, int64_t persoon_id, struct casus_toegang *out)
{
	struct store_q *q = CQ(st, CASUS_Q_TOEGANG_ID);

	store_bind_int(q, ":id", casus_id);
	return toegang(q, persoon_id, out);
}

/* ---- every casus --------------------------------------------------------------------- */

/* A read transaction, so that every casus comes from one snapshot; false when the caller holds one already. */
static bool
read_begin(struct store *st)
{
	return !store_in_transaction(st) && store_begin_read(st) == ERR_OK;
}

static void
read_end(struct store *st, bool own)
{
	if (own && store_commit(st) != ERR_OK)
		store_rollback(st);
}

/* The ids of every casus for each/all, in referentie order (heap array; caller frees). */
static enum err_code
each_ids(struct store *st, int vanaf, int64_t **ids, size_t *n, struct err *e)
{
	struct store_q *q = CQ(st, CASUS_Q_EACH);
	size_t cap = 0;
	enum err_code ec;

	*ids = NULL;
	*n = 0;
	store_bind_date(q, ":vanaf", vanaf);
	while (store_next(q)) {
		if (*n == cap) {
			cap = cap ? 2 * cap : 1024;
			*ids = xrealloc(*ids, cap * sizeof(**ids));
		}
		(*ids)[(*n)++] = store_col_int(q, 0);
	}
	if ((ec = store_end(q, e)) != ERR_OK) {
		free(*ids);
		*ids = NULL;
	}
	return ec;
}

/* casus_load and the casus's escalaties and overbruggingen: the casus as the interchange format carries it. */
static enum err_code
load_volledig(struct store *st, struct arena *a, int64_t id, struct casus *c, struct err *e)
{
	enum err_code rc;

	if ((rc = casus_load(st, a, id, c, e)) != ERR_OK ||
	    (rc = store_escalatie_van_casus(st, a, id, &c->escalaties, &c->nescalaties, e)) != ERR_OK)
		return rc;
	return store_overbrugging_van_casus(st, a, id, &c->overbruggingen, &c->noverbruggingen, e);
}

enum err_code
store_casus_each(struct store *st, int vanaf, int (*fn)(const struct casus *c, void *arg), void *arg,
    struct err *e)
{
	int64_t *ids = NULL;
	size_t n = 0;
	enum err_code rc;
	bool stop = false, own = read_begin(st);

	rc = each_ids(st, vanaf, &ids, &n, e);
	for (size_t i = 0; i < n && rc == ERR_OK && !stop; i++) {
		struct arena *a = arena_new();
		struct casus c;

		rc = load_volledig(st, a, ids[i], &c, e);
		if (rc == ERR_OK)
			stop = fn(&c, arg) != 0;
		arena_free(a);
	}
	free(ids);
	read_end(st, own);
	return rc;
}

enum err_code
store_casus_all(struct store *st, struct arena *a, int vanaf, const struct casus *const **out, size_t *n,
    struct err *e)
{
	int64_t *ids = NULL;
	size_t count = 0;
	const struct casus **v;
	enum err_code rc;
	bool own = read_begin(st);

	*out = NULL;
	*n = 0;
	rc = each_ids(st, vanaf, &ids, &count, e);
	v = arena_alloc(a, (count + 1) * sizeof(*v));
	for (size_t i = 0; i < count && rc == ERR_OK; i++) {
		struct casus *c = arena_alloc(a, sizeof(*c));

		rc = load_volledig(st, a, ids[i], c, e);
		v[i] = c;
	}
	free(ids);
	read_end(st, own);
	if (rc != ERR_OK)
		return rc;
	*out = v;
	*n = count;
	return ERR_OK;
}
