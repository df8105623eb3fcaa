/* tafel.c - the LET's table in the database: meetings, participants, afspraken, their follow-up, and the lists. */
#include <string.h>

#include "store/casus/casus.h"
#include "store/escalatie/private.h"

/* ---- meetings, participants, afspraken ------------------------------------------------------ */

enum err_code
store_escalatie_deelnemer_add(struct store *st, struct arena *a, int64_t bijeenkomst_id,
    const struct escalatie_deelnemer *d, time_t now, int64_t *id, struct err *err)
{
	char ts[TIME_STRLEN];
	struct store_q *q;
	int64_t org = 0;
	enum err_code rc;

	if ((rc = esc_need_transaction(st, err)) != ERR_OK ||
	    (rc = store_organisatie_resolve(st, a, &d->organisatie, &org, err)) != ERR_OK)
		return rc;
	q = Q(st, Q_DEELNEMER_ADD);
	store_bind_int(q, ":bijeenkomst", bijeenkomst_id);
	store_bind_text(q, ":naam", d->naam);
	store_bind_int(q, ":organisatie", org);
	store_bind_text(q, ":functie", esc_of_null(d->functie));
	store_bind_bool(q, ":mandaat", d->mandaat);
	store_bind_text(q, ":now", esc_nu(now, ts));
	if ((rc = store_exec(q, err)) != ERR_OK)
		return rc;
	if (id != NULL)
		*id = store_last_id(st);
	return ERR_OK;
}

enum err_code
store_escalatie_bijeenkomst_add(struct store *st, struct arena *a, int64_t escalatie_id,
    const struct escalatie_bijeenkomst *b, int64_t auteur, time_t now, int64_t *id, struct err *err)
{
	char ts[TIME_STRLEN];
	struct store_q *q;
	enum err_code rc;

	if ((rc = esc_need_transaction(st, err)) != ERR_OK)
		return rc;
	q = Q(st, Q_BIJEENKOMST_ADD);
	store_bind_int(q, ":escalatie", escalatie_id);
	store_bind_date(q, ":datum", b->datum);
	store_bind_text(q, ":notities", esc_of_null(b->notities));
	store_bind_id(q, ":auteur", auteur);
	store_bind_text(q, ":now", esc_nu(now, ts));
	if ((rc = store_exec(q, err)) != ERR_OK)
		return rc;
	*id = store_last_id(st);
	for (size_t i = 0; i < b->ndeelnemers; i++)
		if ((rc = store_escalatie_deelnemer_add(st, a, *id, &b->deelnemers[i], now, NULL, err)) != ERR_OK)
			return rc;
	return ERR_OK;
}

enum err_code
store_escalatie_afspraak_add(struct store *st, struct arena *a, int64_t bijeenkomst_id,
    const struct escalatie_afspraak *af, int64_t auteur, time_t now, int64_t *id, struct err *err)
{
	char ts[TIME_STRLEN];
	struct store_q *q;
	int64_t org = 0;
	enum err_code rc;

	if ((rc = esc_need_transaction(st, err)) != ERR_OK ||
	    (rc = store_organisatie_resolve(st, a, &af->organisatie, &org, err)) != ERR_OK)
		return rc;
	q = Q(st, Q_AFSPRAAK_ADD);
	store_bind_int(q, ":bijeenkomst", bijeenkomst_id);
	store_bind_text(q, ":wat", af->wat);
	store_bind_int(q, ":organisatie", org);
	store_bind_text(q, ":wie", esc_of_null(af->wie));
	store_bind_date(q, ":uiterlijk", af->uiterlijk);
	store_bind_id(q, ":auteur", auteur);
	store_bind_text(q, ":now", esc_nu(now, ts));
	if ((rc = store_exec(q, err)) != ERR_OK)
		return rc;
	*id = store_last_id(st);
	return ERR_OK;
}

enum err_code
store_afspraak_opvolging_add(struct store *st, int64_t afspraak_id, const struct afspraak_opvolging *o,
    int64_t auteur, time_t now, struct err *err)
{
	char ts[TIME_STRLEN];
	struct store_q *q;
	enum err_code rc;

	if ((rc = esc_need_transaction(st, err)) != ERR_OK)
		return rc;
	q = Q(st, Q_OPVOLGING_ADD);
	store_bind_int(q, ":afspraak", afspraak_id);
	store_bind_date(q, ":datum", o->datum);
	store_bind_code(q, ":status", &codes_afspraak_status, (int)o->status);
	store_bind_text(q, ":notitie", esc_of_null(o->notitie));
	store_bind_id(q, ":auteur", auteur);
	store_bind_text(q, ":now", esc_nu(now, ts));
	return store_exec(q, err);
}

/* ---- lists -------------------------------------------------------------------------------------- */

enum err_code
store_escalatie_lijst(struct store *st, struct arena *a, int64_t voorzitter, bool alleen_open,
    struct escalatie_item **out, size_t *n, struct err *err)
{
	struct store_q *q = Q(st, Q_LIJST);
	struct escalatie_item *v = NULL;
	size_t len = 0, cap = 0;
	enum err_code rc;

	store_bind_int(q, ":voorzitter", voorzitter > 0 ? voorzitter : 0);
	store_bind_bool(q, ":open", alleen_open);
	while (store_next(q)) {
		struct escalatie_item *it;

		v = store_grow(a, v, len, &cap, sizeof(*v));
		it = &v[len++];
		it->id = store_col_int(q, 0);
		it->casus_id = store_col_int(q, 1);
		it->referentie = store_col_text(q, a, 2);
		it->status = (enum escalatie_status)store_col_enum(q, 3, &codes_escalatie_status, ESCALATIE_AANGEVRAAGD);
		it->urgentie = (enum urgentie)store_col_enum(q, 4, &codes_urgentie, URGENTIE_NORMAAL);
		it->aangevraagd_op = store_col_date(q, 5);
		it->voorzitter_id = store_col_int(q, 6);
		it->voorzitter = store_col_text(q, a, 7);
		it->afspraken_open = (long)store_col_int(q, 8);
		it->eerste_uiterlijk = store_col_date(q, 9);
	}
	if ((rc = store_end(q, err)) != ERR_OK)
		return rc;
	*out = v;
	*n = len;
	return ERR_OK;
}

enum err_code
store_afspraken_open(struct store *st, struct arena *a, int voor, int64_t voorzitter, struct afspraak_item **out,
    size_t *n, struct err *err)
{
	struct store_q *q = Q(st, Q_AFSPRAKEN_OPEN);
	struct afspraak_item *v = NULL;
	size_t len = 0, cap = 0;
	enum err_code rc;

	store_bind_date(q, ":voor", voor);
	store_bind_int(q, ":voorzitter", voorzitter > 0 ? voorzitter : 0);
	while (store_next(q)) {
		struct afspraak_item *it;

		v = store_grow(a, v, len, &cap, sizeof(*v));
		it = &v[len++];
		memset(it, 0, sizeof(*it));
		it->escalatie_id = store_col_int(q, 0);
		it->referentie = store_col_text(q, a, 1);
		it->afspraak.id = store_col_int(q, 2);
		it->afspraak.wat = store_col_text(q, a, 3);
		esc_col_org(q, a, 4, &it->afspraak.organisatie);
		it->afspraak.wie = store_col_text(q, a, 8);
		it->afspraak.uiterlijk = store_col_date(q, 9);
		it->afspraak.status = AFSPRAAK_OPEN;
		it->voorzitter_id = store_col_int(q, 10);
	}
	if ((rc = store_end(q, err)) != ERR_OK)
		return rc;
	*out = v;
	*n = len;
	return ERR_OK;
}

enum err_code
store_let_voorzitters(struct store *st, struct arena *a, struct persoon_kort **out, size_t *n, struct err *err)
{
	struct store_q *q = Q(st, Q_VOORZITTERS);
	struct persoon_kort *v = NULL;
	size_t len = 0, cap = 0;
	enum err_code rc;

	while (store_next(q)) {
		v = store_grow(a, v, len, &cap, sizeof(*v));
		v[len].id = store_col_int(q, 0);
		v[len++].naam = store_col_text(q, a, 1);
	}
	if ((rc = store_end(q, err)) != ERR_OK)
		return rc;
	*out = v;
	*n = len;
	return ERR_OK;
}
