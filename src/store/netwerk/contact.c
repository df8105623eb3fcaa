/* contact.c - the contact persons and ambassadeurs of an organisation in the store. */
#include <string.h>

#include "store/netwerk/private.h"

enum err_code
store_contact_lijst(struct store *st, struct arena *a, int64_t organisatie_id, struct org_contact **out, size_t *n,
    struct err *e)
{
	struct store_q *q = NQ(st, NW_Q_CONTACT_LIJST);
	struct org_contact *v = NULL;
	size_t len = 0, cap = 0;
	enum err_code rc;

	store_bind_int(q, ":organisatie", organisatie_id);
	while (store_next(q)) {
		struct org_contact *c;

		v = store_grow(a, v, len, &cap, sizeof(*v));
		c = &v[len++];
		c->persoon_id = store_col_int(q, 0);
		c->naam = store_col_text(q, a, 1);
		c->email = store_col_text(q, a, 2);
		c->functie = store_col_text(q, a, 3);
		c->telefoon = store_col_text(q, a, 4);
		c->rol = store_col_text(q, a, 5);
		c->account = store_col_bool(q, 6);
	}
	if ((rc = store_end(q, e)) != ERR_OK)
		return rc;
	*out = v;
	*n = len;
	return ERR_OK;
}

enum err_code
store_contact_toevoegen(struct store *st, int64_t organisatie_id, const struct org_contact *c, time_t now,
    int64_t *persoon_id, struct err *e)
{
	struct store_q *q = NQ(st, NW_Q_CONTACT_PERSOON_EMAIL);
	char tijd[TIME_STRLEN];
	int64_t id = 0;
	enum err_code rc;

	store_bind_text(q, ":email", c->email);
	if ((rc = store_int_of(q, &id, e)) != ERR_OK)
		return rc;
	if (id == 0) {
		q = NQ(st, NW_Q_CONTACT_PERSOON_NIEUW);
		store_bind_text(q, ":naam", c->naam);
		store_bind_text(q, ":email", c->email);
		store_bind_text(q, ":functie", c->functie);
		store_bind_text(q, ":telefoon", c->telefoon);
		store_bind_int(q, ":organisatie", organisatie_id);
		if ((rc = store_exec(q, e)) != ERR_OK)
			return rc;
		id = store_last_id(st);
	}
	time_format(now, tijd);
	q = NQ(st, NW_Q_CONTACT_NIEUW);
	store_bind_int(q, ":organisatie", organisatie_id);
	store_bind_int(q, ":persoon", id);
	store_bind_text(q, ":rol", c->rol);
	store_bind_text(q, ":now", tijd);
	if ((rc = store_exec(q, e)) == ERR_CONFLICT)
		return err_set(e, ERR_CONFLICT, "email", "Deze persoon staat al met deze rol bij de organisatie.");
	if (rc == ERR_OK && persoon_id != NULL)
		*persoon_id = id;
	return rc;
}

enum err_code
store_contact_verwijderen(struct store *st, int64_t organisatie_id, int64_t persoon_id, const char *rol,
    struct err *e)
{
	struct store_q *q = NQ(st, NW_Q_CONTACT_WEG);
	enum err_code rc;

	store_bind_int(q, ":organisatie", organisatie_id);
	store_bind_int(q, ":persoon", persoon_id);
	store_bind_text(q, ":rol", rol);
	if ((rc = store_exec(q, e)) == ERR_OK && store_changes(st) == 0)
		return err_set(e, ERR_NOT_FOUND, NULL, "Deze contactpersoon staat niet bij de organisatie.");
	return rc;
}
