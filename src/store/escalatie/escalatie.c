/* escalatie.c - an escalatie to the LET in the database: a new one, each change of the record, reading one whole. */
#include <string.h>

#include "store/casus/casus.h"
#include "store/escalatie/private.h"

void
esc_org_init(struct organisatie_ref *o)
{
	memset(o, 0, sizeof(*o));
	o->type = ORGTYPE_OVERIG;
	o->aangesloten_sinds = o->aangesloten_tot = DATE_NONE;
}

/* An organisation from columns i (id), i+1 (naam), i+2 (type), i+3 (code). */
void
esc_col_org(struct store_q *q, struct arena *a, int i, struct organisatie_ref *o)
{
	esc_org_init(o);
	o->id = store_col_int(q, i);
	o->naam = store_col_text(q, a, i + 1);
	o->type = (enum organisatie_type)store_col_enum(q, i + 2, &codes_organisatie_type, ORGTYPE_OVERIG);
	o->code = store_col_text(q, a, i + 3);
}

const char *
esc_of_null(const char *s)
{
	return s != NULL && *s != '\0' ? s : NULL;
}

char *
esc_nu(time_t now, char buf[TIME_STRLEN])
{
	time_format(now, buf);
	return buf;
}

enum err_code
esc_need_transaction(struct store *st, struct err *err)
{
	if (!store_in_transaction(st))
		return err_set(err, ERR_INTERNAL, NULL, "Er ging iets mis bij het opslaan.");
	return ERR_OK;
}

enum err_code
esc_organisaties_write(struct store *st, struct arena *a, const struct escalatie *e, int64_t id, struct err *err)
{
	for (size_t i = 0; i < e->norganisaties; i++) {
		struct store_q *q;
		int64_t org = 0;
		enum err_code rc;

		if ((rc = store_organisatie_resolve(st, a, &e->organisaties[i], &org, err)) != ERR_OK)
			return rc;
		q = Q(st, Q_ORG_ADD);
		store_bind_int(q, ":escalatie", id);
		store_bind_int(q, ":organisatie", org);
		store_bind_int(q, ":volgorde", (int64_t)i);
		if ((rc = store_exec(q, err)) != ERR_OK)
			return rc;
	}
	return ERR_OK;
}

enum err_code
store_escalatie_insert(struct store *st, struct arena *a, const struct escalatie *e, const char *tijdlijn,
    int64_t auteur, time_t now, int64_t *id, struct err *err)
{
	char ts[TIME_STRLEN];
	struct store_q *q;
	int64_t interventie;
	enum err_code rc;

	if ((rc = esc_need_transaction(st, err)) != ERR_OK)
		return rc;
	esc_nu(now, ts);
	q = Q(st, Q_INTERVENTIE);
	store_bind_int(q, ":casus", e->casus_id);
	store_bind_date(q, ":datum", e->aangevraagd_op);
	store_bind_text(q, ":omschrijving", esc_of_null(tijdlijn));
	store_bind_id(q, ":auteur", auteur);
	store_bind_text(q, ":now", ts);
	if ((rc = store_exec(q, err)) != ERR_OK)
		return rc;
	interventie = store_last_id(st);
	q = Q(st, Q_INSERT);
	store_bind_int(q, ":casus", e->casus_id);
	store_bind_code(q, ":status", &codes_escalatie_status, (int)e->status);
	store_bind_date(q, ":aangevraagd_op", e->aangevraagd_op);
	store_bind_text(q, ":reden", e->reden);
	store_bind_text(q, ":geprobeerd", esc_of_null(e->geprobeerd));
	store_bind_text(q, ":gevraagd_besluit", e->gevraagd_besluit);
	store_bind_code(q, ":urgentie", &codes_urgentie, (int)e->urgentie);
	store_bind_int(q, ":interventie", interventie);
	store_bind_id(q, ":auteur", auteur);
	store_bind_text(q, ":now", ts);
	if ((rc = store_exec(q, err)) != ERR_OK)
		return rc;
	*id = store_last_id(st);
	return esc_organisaties_write(st, a, e, *id, err);
}

enum err_code
store_escalatie_update(struct store *st, struct arena *a, const struct escalatie *e, enum escalatie_status van,
    bool aanvraag, int64_t auteur, time_t now, struct err *err)
{
	struct escalatie oud;
	char ts[TIME_STRLEN];
	struct store_q *q;
	enum err_code rc;

	if ((rc = esc_need_transaction(st, err)) != ERR_OK)
		return rc;
	if ((rc = store_escalatie_get(st, a, e->casus_id, e->id, &oud, err)) != ERR_OK)
		return rc;
	esc_nu(now, ts);
	q = Q(st, Q_UPDATE);
	store_bind_code(q, ":status", &codes_escalatie_status, (int)e->status);
	store_bind_text(q, ":reden", e->reden);
	store_bind_text(q, ":geprobeerd", esc_of_null(e->geprobeerd));
	store_bind_text(q, ":gevraagd_besluit", e->gevraagd_besluit);
	store_bind_code(q, ":urgentie", &codes_urgentie, (int)e->urgentie);
	store_bind_id(q, ":voorzitter", e->voorzitter.id);
	store_bind_code(q, ":uitkomst", &codes_escalatie_uitkomst, e->uitkomst);
	store_bind_text(q, ":resultaat", esc_of_null(e->resultaat));
	store_bind_date(q, ":afgesloten_op", e->afgesloten_op);
	store_bind_text(q, ":now", ts);
	store_bind_int(q, ":id", e->id);
	store_bind_code(q, ":van", &codes_escalatie_status, (int)van);
	if ((rc = store_exec(q, err)) != ERR_OK)
		return rc;
	if (store_changes(st) != 1)
		return err_set(err, ERR_CONFLICT, "status",
		    "Deze escalatie is intussen door iemand anders gewijzigd. Laad de pagina opnieuw.");
	if (aanvraag) {   /* the request's organisations were given anew */
		q = Q(st, Q_ORG_DEL);
		store_bind_int(q, ":escalatie", e->id);
		if ((rc = store_exec(q, err)) != ERR_OK || (rc = esc_organisaties_write(st, a, e, e->id, err)) != ERR_OK)
			return rc;
	}
	if (e->voorzitter.id != oud.voorzitter.id && e->voorzitter.id > 0) {
		q = Q(st, Q_CHAIR_DEELNEMER);
		store_bind_int(q, ":casus", e->casus_id);
		store_bind_int(q, ":persoon", e->voorzitter.id);
		store_bind_id(q, ":door", auteur);
		store_bind_text(q, ":now", ts);
		if ((rc = store_exec(q, err)) != ERR_OK)
			return rc;
	}
	if (oud.voorzitter.id > 0 && e->voorzitter.id != oud.voorzitter.id) {
		q = Q(st, Q_CHAIR_WEG);
		store_bind_int(q, ":casus", e->casus_id);
		store_bind_int(q, ":persoon", oud.voorzitter.id);
		if ((rc = store_exec(q, err)) != ERR_OK)
			return rc;
	}
	return ERR_OK;
}

/* ---- reading ---------------------------------------------------------------------------- */

static void
col_escalatie(struct store_q *q, struct arena *a, struct escalatie *e)
{
	escalatie_init(e);
	e->id = store_col_int(q, 0);
	e->casus_id = store_col_int(q, 1);
	e->status = (enum escalatie_status)store_col_enum(q, 2, &codes_escalatie_status, ESCALATIE_AANGEVRAAGD);
	e->aangevraagd_op = store_col_date(q, 3);
	e->reden = store_col_text(q, a, 4);
	e->geprobeerd = store_col_text(q, a, 5);
	e->gevraagd_besluit = store_col_text(q, a, 6);
	e->urgentie = (enum urgentie)store_col_enum(q, 7, &codes_urgentie, URGENTIE_NORMAAL);
	e->voorzitter.id = store_col_int(q, 8);
	e->voorzitter.naam = store_col_text(q, a, 9);
	e->voorzitter.email = store_col_text(q, a, 10);
	e->uitkomst = store_col_code(q, 11, &codes_escalatie_uitkomst);
	e->resultaat = store_col_text(q, a, 12);
	e->afgesloten_op = store_col_date(q, 13);
}

static struct escalatie_bijeenkomst *
bijeenkomst_van(struct escalatie *e, int64_t id)
{
	for (size_t i = 0; i < e->nbijeenkomsten; i++)
		if (e->bijeenkomsten[i].id == id)
			return &e->bijeenkomsten[i];
	return NULL;
}

/* Organisations, meetings, participants, afspraken and their follow-up of e (read by col_escalatie). */
static enum err_code
load_children(struct store *st, struct arena *a, struct escalatie *e, struct err *err)
{
	struct store_q *q;
	size_t cap = 0;
	enum err_code rc;

	q = Q(st, Q_ORGS);
	store_bind_int(q, ":escalatie", e->id);
	while (store_next(q)) {
		e->organisaties = store_grow(a, e->organisaties, e->norganisaties, &cap, sizeof(*e->organisaties));
		esc_col_org(q, a, 0, &e->organisaties[e->norganisaties++]);
	}
	if ((rc = store_end(q, err)) != ERR_OK)
		return rc;

	cap = 0;
	q = Q(st, Q_BIJEENKOMSTEN);
	store_bind_int(q, ":escalatie", e->id);
	while (store_next(q)) {
		struct escalatie_bijeenkomst *b;

		e->bijeenkomsten = store_grow(a, e->bijeenkomsten, e->nbijeenkomsten, &cap, sizeof(*e->bijeenkomsten));
		b = &e->bijeenkomsten[e->nbijeenkomsten++];
		memset(b, 0, sizeof(*b));
		b->id = store_col_int(q, 0);
		b->datum = store_col_date(q, 1);
		b->notities = store_col_text(q, a, 2);
	}
	if ((rc = store_end(q, err)) != ERR_OK)
		return rc;
	if (e->nbijeenkomsten == 0)
		return ERR_OK;

	/* participants and afspraken are few: each is appended to its meeting (the per-meeting capacity is its count) */
	q = Q(st, Q_DEELNEMERS);
	store_bind_int(q, ":escalatie", e->id);
	while (store_next(q)) {
		struct escalatie_bijeenkomst *b = bijeenkomst_van(e, store_col_int(q, 0));
		struct escalatie_deelnemer *d;
		size_t c = b != NULL ? b->ndeelnemers : 0;

		if (b == NULL)
			continue;
		b->deelnemers = store_grow(a, b->deelnemers, b->ndeelnemers, &c, sizeof(*b->deelnemers));
		d = &b->deelnemers[b->ndeelnemers++];
		memset(d, 0, sizeof(*d));
		d->id = store_col_int(q, 1);
		d->naam = store_col_text(q, a, 2);
		esc_col_org(q, a, 3, &d->organisatie);
		d->functie = store_col_text(q, a, 7);
		d->mandaat = store_col_bool(q, 8);
	}
	if ((rc = store_end(q, err)) != ERR_OK)
		return rc;

	q = Q(st, Q_AFSPRAKEN);
	store_bind_int(q, ":escalatie", e->id);
	while (store_next(q)) {
		struct escalatie_bijeenkomst *b = bijeenkomst_van(e, store_col_int(q, 0));
		struct escalatie_afspraak *af;
		size_t c = b != NULL ? b->nafspraken : 0;

		if (b == NULL)
			continue;
		b->afspraken = store_grow(a, b->afspraken, b->nafspraken, &c, sizeof(*b->afspraken));
		af = &b->afspraken[b->nafspraken++];
		memset(af, 0, sizeof(*af));
		af->id = store_col_int(q, 1);
		af->wat = store_col_text(q, a, 2);
		esc_col_org(q, a, 3, &af->organisatie);
		af->wie = store_col_text(q, a, 7);
		af->uiterlijk = store_col_date(q, 8);
		af->status = (enum afspraak_status)store_col_enum(q, 9, &codes_afspraak_status, AFSPRAAK_OPEN);
	}
	if ((rc = store_end(q, err)) != ERR_OK)
		return rc;

	q = Q(st, Q_OPVOLGING);
	store_bind_int(q, ":escalatie", e->id);
	while (store_next(q)) {
		int64_t afspraak = store_col_int(q, 0);

		for (size_t i = 0; i < e->nbijeenkomsten; i++)
			for (size_t j = 0; j < e->bijeenkomsten[i].nafspraken; j++) {
				struct escalatie_afspraak *af = &e->bijeenkomsten[i].afspraken[j];
				struct afspraak_opvolging *o;
				size_t c = af->nopvolging;

				if (af->id != afspraak)
					continue;
				af->opvolging = store_grow(a, af->opvolging, af->nopvolging, &c, sizeof(*af->opvolging));
				o = &af->opvolging[af->nopvolging++];
				o->datum = store_col_date(q, 1);
				o->status = (enum afspraak_status)store_col_enum(q, 2, &codes_afspraak_status, AFSPRAAK_OPEN);
				o->notitie = store_col_text(q, a, 3);
			}
	}
	return store_end(q, err);
}

enum err_code
store_escalatie_get(struct store *st, struct arena *a, int64_t casus_id, int64_t id, struct escalatie *out,
    struct err *err)
{
	struct store_q *q = Q(st, Q_GET);
	enum err_code rc;

	store_bind_int(q, ":id", id);
	store_bind_int(q, ":casus", casus_id);
	if ((rc = store_one(q, err)) == ERR_NOT_FOUND)
		return err_set(err, ERR_NOT_FOUND, NULL, "Deze escalatie bestaat niet.");
	if (rc != ERR_OK)
		return rc;
	col_escalatie(q, a, out);
	if ((rc = store_end(q, err)) != ERR_OK)
		return rc;
	return load_children(st, a, out, err);
}

enum err_code
store_escalatie_van_casus(struct store *st, struct arena *a, int64_t casus_id, struct escalatie **out, size_t *n,
    struct err *err)
{
	struct store_q *q = Q(st, Q_VAN_CASUS);
	struct escalatie *v = NULL;
	size_t len = 0, cap = 0;
	enum err_code rc;

	store_bind_int(q, ":casus", casus_id);
	while (store_next(q)) {
		v = store_grow(a, v, len, &cap, sizeof(*v));
		col_escalatie(q, a, &v[len++]);
	}
	if ((rc = store_end(q, err)) != ERR_OK)
		return rc;
	for (size_t i = 0; i < len; i++)
		if ((rc = load_children(st, a, &v[i], err)) != ERR_OK)
			return rc;
	*out = v;
	*n = len;
	return ERR_OK;
}

enum err_code
store_escalatie_rapport(struct store *st, struct arena *a, int64_t beperking, struct escalatie **out, size_t *n,
    struct err *err)
{
	struct store_q *q = Q(st, Q_RAPPORT);
	struct escalatie *v = NULL;
	size_t len = 0, cap = 0;
	enum err_code rc;

	store_bind_int(q, ":beperking", beperking);
	while (store_next(q)) {
		v = store_grow(a, v, len, &cap, sizeof(*v));
		col_escalatie(q, a, &v[len++]);
	}
	if ((rc = store_end(q, err)) != ERR_OK)
		return rc;
	*out = v;
	*n = len;
	return ERR_OK;
}
