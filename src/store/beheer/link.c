/* link.c - one-time links to set a password: issued, looked up, used once (store/beheer/beheer.h). */
#include "store/beheer/private.h"

enum err_code
store_link_nieuw(struct store *st, int64_t gebruiker_id, const char *token_hash, int64_t door, time_t now,
    struct err *e)
{
	struct store_q *q = BQ(st, BH_Q_LINK_INTREKKEN);
	enum err_code rc;

	store_bind_int(q, ":gebruiker", gebruiker_id);
	if ((rc = store_exec(q, e)) != ERR_OK)
		return rc;
	q = BQ(st, BH_Q_LINK_NIEUW);
	store_bind_int(q, ":gebruiker", gebruiker_id);
	store_bind_text(q, ":hash", token_hash);
	store_bind_int(q, ":now", (int64_t)now);
	store_bind_id(q, ":door", door);
	return store_exec(q, e);
}

enum err_code
store_link_lees(struct store *st, const char *token_hash, int64_t *gebruiker_id, struct eenmalige_link *out,
    struct err *e)
{
	struct store_q *q = BQ(st, BH_Q_LINK_LEES);
	enum err_code rc;

	store_bind_text(q, ":hash", token_hash);
	if ((rc = store_one(q, e)) == ERR_NOT_FOUND)
		return err_set(e, ERR_NOT_FOUND, "link", "Deze link is ongeldig. Controleer of u de hele link hebt gebruikt.");
	if (rc != ERR_OK)
		return rc;
	*gebruiker_id = store_col_int(q, 0);
	out->aangemaakt = (time_t)store_col_int(q, 1);
	out->gebruikt = (time_t)store_col_int(q, 2);
	out->ingetrokken = store_col_bool(q, 3);
	return store_end(q, e);
}

enum err_code
store_link_gebruiken(struct store *st, const char *token_hash, time_t now, struct err *e)
{
	struct store_q *q = BQ(st, BH_Q_LINK_GEBRUIK);
	enum err_code rc;

	store_bind_int(q, ":now", (int64_t)now);
	store_bind_text(q, ":hash", token_hash);
	if ((rc = store_exec(q, e)) == ERR_OK && store_changes(st) == 0)
		return err_set(e, ERR_CONFLICT, "link", "Deze link is al gebruikt. Een link werkt één keer.");
	return rc;
}
