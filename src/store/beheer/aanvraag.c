/* aanvraag.c - requests for access from the public page, and their approval or refusal (store/beheer/beheer.h). */
#include <string.h>

#include "store/beheer/private.h"

static void
lees_aanvraag(struct arena *a, struct store_q *q, struct aanvraag_rij *r)
{
	memset(r, 0, sizeof(*r));
	r->id = store_col_int(q, 0);
	r->naam = store_col_text(q, a, 1);
	r->organisatie = store_col_text(q, a, 2);
	r->functie = store_col_text(q, a, 3);
	r->email = store_col_text(q, a, 4);
	r->reden = store_col_text(q, a, 5);
	r->status = (enum aanvraag_status)store_col_enum(q, 6, &codes_aanvraag_status, AANVRAAG_OPEN);
	r->ingediend_op = store_col_text(q, a, 7);
	r->beoordeeld_op = store_col_text(q, a, 8);
	r->beoordeeld_door = store_col_text(q, a, 9);
	r->afwijzing_reden = store_col_text(q, a, 10);
	r->gebruiker_id = store_col_int(q, 11);
	r->email_heeft_account = store_col_bool(q, 12);
}

enum err_code
store_aanvraag_nieuw(struct store *st, const struct aanvraag_invoer *in, time_t now, int64_t *id, struct err *e)
{
	struct store_q *q = BQ(st, BH_Q_AANVRAAG_NIEUW);
	char tijd[TIME_STRLEN];
	enum err_code rc;

	time_format(now, tijd);
	store_bind_text(q, ":naam", in->naam);
	store_bind_text(q, ":organisatie", in->organisatie);
	store_bind_text(q, ":functie", in->functie);
	store_bind_text(q, ":email", in->email);
	store_bind_text(q, ":reden", in->reden);
	store_bind_text(q, ":now", tijd);
	if ((rc = store_exec(q, e)) == ERR_OK && id != NULL)
		*id = store_last_id(st);
	return rc;
}

enum err_code
store_aanvraag_lijst(struct store *st, struct arena *a, int s, struct aanvraag_rij **out, size_t *n, struct err *e)
{
	struct store_q *q = BQ(st, BH_Q_AANVRAAG_LIJST);
	struct aanvraag_rij *v = NULL;
	size_t len = 0, cap = 0;
	enum err_code rc;

	store_bind_code(q, ":status", &codes_aanvraag_status, s);
	while (store_next(q)) {
		v = store_grow(a, v, len, &cap, sizeof(*v));
		lees_aanvraag(a, q, &v[len++]);
	}
	if ((rc = store_end(q, e)) != ERR_OK)
		return rc;
	*out = v;
	*n = len;
	return ERR_OK;
}

enum err_code
store_aanvraag_lees(struct store *st, struct arena *a, int64_t id, struct aanvraag_rij *out, struct err *e)
{
	struct store_q *q = BQ(st, BH_Q_AANVRAAG_LEES);
	enum err_code rc;

	store_bind_int(q, ":id", id);
	if ((rc = store_one(q, e)) == ERR_NOT_FOUND)
		return err_set(e, ERR_NOT_FOUND, NULL, "Deze aanvraag bestaat niet.");
	if (rc != ERR_OK)
		return rc;
	lees_aanvraag(a, q, out);
	return store_end(q, e);
}

static enum err_code
besluit(struct store *st, struct store_q *q, int64_t id, int64_t door, time_t now, struct err *e)
{
	char tijd[TIME_STRLEN];
	enum err_code rc;

	time_format(now, tijd);
	store_bind_int(q, ":id", id);
	store_bind_id(q, ":door", door);
	store_bind_text(q, ":now", tijd);
	if ((rc = store_exec(q, e)) == ERR_OK && store_changes(st) == 0)
		return err_set(e, ERR_CONFLICT, "besluit", "Deze aanvraag is al beoordeeld.");
	return rc;
}

enum err_code
store_aanvraag_goedkeuren(struct store *st, int64_t id, int64_t gebruiker_id, int64_t door, time_t now,
    struct err *e)
{
	struct store_q *q = BQ(st, BH_Q_AANVRAAG_GOED);

	store_bind_int(q, ":gebruiker", gebruiker_id);
	return besluit(st, q, id, door, now, e);
}

enum err_code
store_aanvraag_afwijzen(struct store *st, int64_t id, const char *reden, int64_t door, time_t now, struct err *e)
{
	struct store_q *q = BQ(st, BH_Q_AANVRAAG_AF);

	store_bind_text(q, ":reden", reden);
	return besluit(st, q, id, door, now, e);
}

enum err_code
store_aanvraag_aantal_open(struct store *st, long *n, struct err *e)
{
	int64_t v = 0;
	enum err_code rc = store_int_of(BQ(st, BH_Q_AANVRAAG_OPEN), &v, e);

	*n = (long)v;
	return rc;
}
