/* store_tweede_factor.c - SQL for an account's TOTP secret, its last time step and its recovery codes. */
#include "store/store_tweede_factor.h"

#include "lib/date.h"
#include "store/store_private.h"

enum {
	Q_GET, Q_STAP, Q_SET, Q_CODES_DEL, Q_CODE_ADD, Q_CODE_USE, Q_WIS, Q__MAX
};

static const struct store_sql sql[Q__MAX] = {
	[Q_GET] = { "tweede_factor.get",
	    "SELECT g.totp_geheim, g.totp_laatste_stap,"
	    " (SELECT count(*) FROM herstelcode h WHERE h.gebruiker_id = g.id AND h.gebruikt_op IS NULL)"
	    " FROM gebruiker g WHERE g.id = :id", NULL },
	[Q_STAP] = { "tweede_factor.stap",
	    "UPDATE gebruiker SET totp_laatste_stap = :stap WHERE id = :id AND totp_laatste_stap < :stap", NULL },
	[Q_SET] = { "tweede_factor.instellen",
	    "UPDATE gebruiker SET totp_geheim = :geheim, totp_laatste_stap = :stap, totp_sinds = :sinds WHERE id = :id",
	    NULL },
	[Q_CODES_DEL] = { "tweede_factor.codes_wissen", "DELETE FROM herstelcode WHERE gebruiker_id = :id", NULL },
	[Q_CODE_ADD] = { "tweede_factor.code_toevoegen",
	    "INSERT INTO herstelcode (gebruiker_id, code_hash, aangemaakt) VALUES (:id, :hash, :nu)", NULL },
	[Q_CODE_USE] = { "tweede_factor.code_gebruiken",
	    "UPDATE herstelcode SET gebruikt_op = :nu"
	    " WHERE gebruiker_id = :id AND code_hash = :hash AND gebruikt_op IS NULL", NULL },
	[Q_WIS] = { "tweede_factor.wissen",
	    "UPDATE gebruiker SET totp_geheim = NULL, totp_laatste_stap = 0, totp_sinds = NULL WHERE id = :id", NULL },
};

const struct store_sql_table store_tweede_factor_sql = { "tweede_factor", sql, Q__MAX };

#define Q(st, id) store_q((st), STORE_T_TWEEDE_FACTOR, (id))

enum err_code
store_tweede_factor(struct store *st, struct arena *a, int64_t gebruiker_id, struct tweede_factor *out, struct err *e)
{
	struct store_q *q = Q(st, Q_GET);
	enum err_code ec;

	store_bind_int(q, ":id", gebruiker_id);
	if ((ec = store_one(q, e)) != ERR_OK)
		return ec == ERR_NOT_FOUND ? err_set(e, ERR_NOT_FOUND, NULL, "Dit account bestaat niet.") : ec;
	out->geheim = store_col_text(q, a, 0);
	out->laatste_stap = store_col_int(q, 1);
	out->herstelcodes_over = (long)store_col_int(q, 2);
	return store_end(q, e);
}

enum err_code
store_tweede_factor_stap(struct store *st, int64_t gebruiker_id, int64_t stap, struct err *e)
{
	struct store_q *q = Q(st, Q_STAP);
	enum err_code ec;

	store_bind_int(q, ":stap", stap);
	store_bind_int(q, ":id", gebruiker_id);
	if ((ec = store_exec(q, e)) != ERR_OK)
		return ec;
	return store_changes(st) == 1 ? ERR_OK : err_set(e, ERR_CONFLICT, "code", "Deze code is al gebruikt.");
}

enum err_code
store_tweede_factor_instellen(struct store *st, int64_t gebruiker_id, const char *geheim, int64_t stap,
    const char *const *code_hashes, size_t n, time_t now, struct err *e)
{
	char nu[TIME_STRLEN];
	struct store_q *q = Q(st, Q_SET);
	enum err_code ec;

	time_format(now, nu);
	store_bind_text(q, ":geheim", geheim);
	store_bind_int(q, ":stap", stap);
	store_bind_text(q, ":sinds", nu);
	store_bind_int(q, ":id", gebruiker_id);
	if ((ec = store_exec(q, e)) != ERR_OK)
		return ec;
	q = Q(st, Q_CODES_DEL);
	store_bind_int(q, ":id", gebruiker_id);
	if ((ec = store_exec(q, e)) != ERR_OK)
		return ec;
	for (size_t i = 0; i < n; i++) {
		q = Q(st, Q_CODE_ADD);
		store_bind_int(q, ":id", gebruiker_id);
		store_bind_text(q, ":hash", code_hashes[i]);
		store_bind_text(q, ":nu", nu);
		if ((ec = store_exec(q, e)) != ERR_OK)
			return ec;
	}
	return ERR_OK;
}

enum err_code
store_herstelcode_gebruiken(struct store *st, int64_t gebruiker_id, const char *code_hash, time_t now, struct err *e)
{
	char nu[TIME_STRLEN];
	struct store_q *q = Q(st, Q_CODE_USE);
	enum err_code ec;

	time_format(now, nu);
	store_bind_text(q, ":nu", nu);
	store_bind_int(q, ":id", gebruiker_id);
	store_bind_text(q, ":hash", code_hash);
	if ((ec = store_exec(q, e)) != ERR_OK)
		return ec;
	return store_changes(st) == 1 ? ERR_OK :
	    err_set(e, ERR_NOT_FOUND, "herstelcode", "Deze herstelcode klopt niet of is al gebruikt.");
}

enum err_code
store_tweede_factor_wissen(struct store *st, int64_t gebruiker_id, struct err *e)
{
	struct store_q *q = Q(st, Q_WIS);
	enum err_code ec;

	store_bind_int(q, ":id", gebruiker_id);
	if ((ec = store_exec(q, e)) != ERR_OK)
		return ec;
	if (store_changes(st) != 1)
		return err_set(e, ERR_NOT_FOUND, NULL, "Dit account bestaat niet.");
	q = Q(st, Q_CODES_DEL);
	store_bind_int(q, ":id", gebruiker_id);
	return store_exec(q, e);
}
