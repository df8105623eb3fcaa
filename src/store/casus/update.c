/* update.c - changing a stored casus: only the rows of what changed; a status change on its own. */
#include <string.h>

#include "store/casus/private.h"

enum err_code
store_casus_update(struct store *st, struct arena *a, struct casus *c, int64_t auteur_gebruiker_id, time_t now,
    struct err *e)
{
	struct err local;
	struct casus_wctx w;
	struct casus_partijen p;
	struct casus stored;
	struct store_q *q;
	const char *stored_ref;
	bool opgegeven, row_changed;
	unsigned parts;
	enum err_code ec;

	casus_wctx_init(&w, st, a, e, &local, auteur_gebruiker_id, now);
	w.voorstellen = !c->organisaties_bekend;
	if (!store_in_transaction(st))
		return err_set(w.e, ERR_INTERNAL, NULL, "Er ging iets mis bij het opslaan.");
	q = CQ(st, CASUS_Q_STORED);
	store_bind_int(q, ":id", c->id);
	if ((ec = store_one(q, w.e)) == ERR_NOT_FOUND)
		return err_set(w.e, ERR_NOT_FOUND, NULL, "Deze casus bestaat niet.");
	if (ec != ERR_OK)
		return ec;
	stored_ref = store_col_text(q, a, 0);
	opgegeven = store_col_bool(q, 1);
	if (store_end(q, w.e) != ERR_OK || casus_load(st, a, c->id, &stored, w.e) != ERR_OK)
		return w.e->code;
	if (stored_ref != NULL)
		c->referentie = stored_ref;   /* a referentie never changes once given */
	else if (casus_referentie_take(&w, c) != ERR_OK)
		return w.e->code;
	if (casus_partijen_resolve(&w, c, opgegeven, &p) != ERR_OK)
		return w.e->code;
	if (c->ontvangen_op == DATE_NONE)
		return err_set(w.e, ERR_VALIDATION, "ontvangenOp", "De datum van ontvangst is verplicht.");

	q = CQ(st, CASUS_Q_UPDATE);   /* touches the row only when a column differs */
	casus_bind_row(q, c, &p);
	store_bind_static(q, ":now", w.now);
	store_bind_int(q, ":id", c->id);
	if (store_exec(q, w.e) != ERR_OK)
		return w.e->code;
	row_changed = store_changes(st) > 0;
	if ((parts = casus_changed_parts(&stored, c)) == 0)
		return ERR_OK;
	if (casus_children_write(&w, c->id, c, parts, true, w.today) != ERR_OK)
		return w.e->code;
	if (row_changed)
		return ERR_OK;
	q = CQ(st, CASUS_Q_TOUCH);   /* the casus changed, if not in its own row */
	store_bind_static(q, ":now", w.now);
	store_bind_int(q, ":id", c->id);
	return store_exec(q, w.e);
}

enum err_code
store_casus_set_status(struct store *st, int64_t casus_id, enum casus_status van, enum casus_status naar,
    time_t now, struct err *e)
{
	char updated[TIME_STRLEN];
	struct store_q *q;
	enum err_code ec;
	int64_t id;

	if (van == STATUS_CONCEPT || naar == STATUS_CONCEPT || (unsigned)van >= STATUS__MAX ||
	    (unsigned)naar >= STATUS__MAX)
		return err_set(e, ERR_VALIDATION, "status",
		    "Een concept wordt ingediend door de casus op te slaan; kies een andere status.");
	time_format(now, updated);
	q = CQ(st, CASUS_Q_SET_STATUS);
	store_bind_code(q, ":naar", &codes_casus_status, (int)naar);
	store_bind_text(q, ":now", updated);
	store_bind_int(q, ":id", casus_id);
	store_bind_code(q, ":van", &codes_casus_status, (int)van);
	if ((ec = store_exec(q, e)) != ERR_OK || store_changes(st) > 0)
		return ec;
	q = CQ(st, CASUS_Q_EXISTS);
	store_bind_int(q, ":id", casus_id);
	if ((ec = store_int_of(q, &id, e)) != ERR_OK)
		return ec;
	if (id == 0)
		return err_set(e, ERR_NOT_FOUND, NULL, "Deze casus bestaat niet.");
	return err_set(e, ERR_CONFLICT, "status", "De status van deze casus is intussen gewijzigd; laad hem opnieuw.");
}
