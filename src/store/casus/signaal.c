/* signaal.c - leerpunten on their own: signals without a casus, loading one leerpunt, changing its fields. */
#include <stdlib.h>
#include <string.h>

#include "store/casus/private.h"

enum err_code
store_signaal_insert(struct store *st, struct arena *a, struct leerpunt *l, int64_t auteur_gebruiker_id, time_t now,
    struct err *e)
{
	struct err local;
	struct casus_wctx w;
	struct store_q *q;
	int64_t used = 0, id = 0;
	struct leerpunt kopie = *l;

	casus_wctx_init(&w, st, a, e, &local, auteur_gebruiker_id, now);
	if (!store_in_transaction(st))
		return err_set(w.e, ERR_INTERNAL, NULL, "Er ging iets mis bij het opslaan.");
	if (l->id != 0) {
		q = CQ(st, CASUS_Q_LP_EXISTS);
		store_bind_int(q, ":id", l->id);
		if (store_int_of(q, &used, w.e) != ERR_OK)
			return w.e->code;
		if (used != 0)
			kopie.id = 0;   /* the id is the database's own: kept only when free */
	}
	if (casus_leerpunt_add(&w, &kopie, l->gesignaleerd_op != DATE_NONE ? l->gesignaleerd_op : w.today, &id) != ERR_OK)
		return w.e->code;
	l->id = id;
	return ERR_OK;
}

enum err_code
store_leerpunt_load(struct store *st, struct arena *a, int64_t id, struct leerpunt *out, struct err *e)
{
	struct store_q *q = CQ(st, CASUS_Q_LP_GET);
	enum err_code rc;

	store_bind_int(q, ":id", id);
	if ((rc = store_one(q, e)) == ERR_NOT_FOUND)
		return err_set(e, ERR_NOT_FOUND, NULL, "Dit leerpunt bestaat niet.");
	if (rc != ERR_OK)
		return rc;
	casus_col_leerpunt(a, q, out);
	if ((rc = store_end(q, e)) != ERR_OK)
		return rc;
	return casus_leerpunt_load_rest(st, a, out, e);
}

enum err_code
store_signalen_each(struct store *st, int vanaf, int (*fn)(const struct leerpunt *l, void *arg), void *arg,
    struct err *e)
{
	struct store_q *q = CQ(st, CASUS_Q_SIGNAAL_IDS);
	int64_t *ids = NULL;
	size_t n = 0, cap = 0;
	enum err_code rc;
	bool stop = false;

	store_bind_date(q, ":vanaf", vanaf);
	while (store_next(q)) {
		if (n == cap) {
			cap = cap ? 2 * cap : 256;
			ids = xrealloc(ids, cap * sizeof(*ids));
		}
		ids[n++] = store_col_int(q, 0);
	}
	rc = store_end(q, e);
	for (size_t i = 0; i < n && rc == ERR_OK && !stop; i++) {
		struct arena *a = arena_new();
		struct leerpunt l;

		if ((rc = store_leerpunt_load(st, a, ids[i], &l, e)) == ERR_OK)
			stop = fn(&l, arg) != 0;
		arena_free(a);
	}
	free(ids);
	return rc;
}

enum err_code
store_leerpunt_wijzigen(struct store *st, struct arena *a, int64_t id, const struct leerpunt *l,
    int64_t auteur_gebruiker_id, time_t now, struct err *e)
{
	struct err local;
	struct casus_wctx w;
	struct store_q *q;
	int64_t found = 0;

	casus_wctx_init(&w, st, a, e, &local, auteur_gebruiker_id, now);
	q = CQ(st, CASUS_Q_LP_EXISTS);
	store_bind_int(q, ":id", id);
	if (store_int_of(q, &found, w.e) != ERR_OK)
		return w.e->code;
	if (found == 0)
		return err_set(w.e, ERR_NOT_FOUND, NULL, "Dit leerpunt bestaat niet.");
	q = CQ(st, CASUS_Q_LP_SET);
	store_bind_text(q, ":omschrijving", l->omschrijving);
	store_bind_code(q, ":categorie", &codes_categorie, (int)l->categorie);
	store_bind_int(q, ":orde", l->orde);
	store_bind_bool(q, ":vraag", l->vraag);
	store_bind_bool(q, ":al_bekend", l->al_bekend);
	store_bind_bool(q, ":terugkerend", l->terugkerend);
	store_bind_code(q, ":bron", &codes_leerpunt_bron, (int)l->bron);
	store_bind_text(q, ":bron_referentie", l->bron_referentie);
	store_bind_date(q, ":gesignaleerd_op", l->gesignaleerd_op);
	store_bind_int(q, ":id", id);
	if (store_exec(q, w.e) != ERR_OK || casus_leerpunt_extra_write(&w, id, l, true) != ERR_OK)
		return w.e->code;
	q = CQ(st, CASUS_Q_LP_GEWIJZIGD);
	store_bind_id(q, ":door", auteur_gebruiker_id);
	store_bind_static(q, ":now", w.now);
	store_bind_int(q, ":id", id);
	return store_exec(q, w.e);
}

enum err_code
store_leerpunt_casussen(struct store *st, struct arena *a, int64_t leerpunt_id, struct leerpunt_casus_kort **out,
    size_t *n, struct err *e)
{
	struct store_q *q = CQ(st, CASUS_Q_LP_CASUSSEN);
	size_t cap = 0;

	*out = NULL;
	*n = 0;
	store_bind_int(q, ":leerpunt", leerpunt_id);
	while (store_next(q)) {
		*out = store_grow(a, *out, *n, &cap, sizeof(**out));
		(*out)[*n].casus_id = store_col_int(q, 0);
		(*out)[(*n)++].status = (enum casus_status)store_col_enum(q, 1, &codes_casus_status, STATUS_AANGEMELD);
	}
	return store_end(q, e);
}
