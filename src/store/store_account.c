/* store_account.c - SQL for accounts, sessions, API tokens and throttling. */
#include <stdio.h>
#include <string.h>

#include "core/rol.h"
#include "lib/date.h"
#include "store/store_account.h"
#include "store/store_private.h"

enum {
	Q_USER_BY_EMAIL, Q_USER_BY_ID, Q_USER_LIST, Q_ORG_FIND, Q_ORG_ADD, Q_PERSOON_ADD, Q_USER_ADD, Q_ROL_ADD,
	Q_EMAIL_TAKEN, Q_SET_ACTIVE, Q_SET_PASSWORD, Q_SESSION_ADD, Q_SESSION_GET, Q_SESSION_TOUCH, Q_SESSION_DEL,
	Q_SESSION_DEL_USER, Q_TOKEN_ADD, Q_TOKEN_LOOKUP, Q_THROTTLE_GET, Q_THROTTLE_PUT, Q_THROTTLE_DEL, Q__MAX
};

#define USER_COLUMNS \
	"SELECT g.id, p.id, p.organisatie_id, p.naam, p.email, o.naam, o.type, g.actief, g.password_hash," \
	" (SELECT group_concat(rol) FROM gebruiker_rol r WHERE r.gebruiker_id = g.id)" \
	" FROM gebruiker g JOIN persoon p ON p.id = g.persoon_id LEFT JOIN organisatie o ON o.id = p.organisatie_id"

static const struct store_sql sql[Q__MAX] = {
	[Q_USER_BY_EMAIL] = { "account.user_by_email", USER_COLUMNS " WHERE p.email = :email COLLATE NOCASE", NULL },
	[Q_USER_BY_ID] = { "account.user_by_id", USER_COLUMNS " WHERE g.id = :id", NULL },
	[Q_USER_LIST] = { "account.user_list", USER_COLUMNS " ORDER BY p.email COLLATE NOCASE", NULL },
	[Q_ORG_FIND] = { "account.organisatie_by_naam",
	    "SELECT id FROM organisatie WHERE naam = :naam COLLATE NOCASE ORDER BY id LIMIT 1", NULL },
	[Q_ORG_ADD] = { "account.organisatie_add", "INSERT INTO organisatie (naam, type) VALUES (:naam, :type)", NULL },
	[Q_PERSOON_ADD] = { "account.persoon_add",
	    "INSERT INTO persoon (naam, email, organisatie_id) VALUES (:naam, :email, :organisatie)", NULL },
	[Q_USER_ADD] = { "account.user_add",
	    "INSERT INTO gebruiker (persoon_id, password_hash, actief, created_at) VALUES (:persoon, :hash, 1, :created)",
	    NULL },
	[Q_ROL_ADD] = { "account.rol_add", "INSERT INTO gebruiker_rol (gebruiker_id, rol) VALUES (:gebruiker, :rol)",
	    NULL },
	[Q_EMAIL_TAKEN] = { "account.email_taken",
	    "SELECT count(*) FROM persoon p JOIN gebruiker g ON g.persoon_id = p.id WHERE p.email = :email COLLATE NOCASE",
	    NULL },
	[Q_SET_ACTIVE] = { "account.user_set_active", "UPDATE gebruiker SET actief = :actief WHERE id = :id", NULL },
	[Q_SET_PASSWORD] = { "account.user_set_password", "UPDATE gebruiker SET password_hash = :hash WHERE id = :id",
	    NULL },
	[Q_SESSION_ADD] = { "account.session_add",
	    "INSERT INTO session (id_hash, gebruiker_id, csrf, created_at, last_seen, stap, totp_nieuw, volgende)"
	    " VALUES (:id_hash, :gebruiker, :csrf, :now, :now, :stap, :totp_nieuw, :volgende)", NULL },
	[Q_SESSION_GET] = { "account.session_get",
	    "SELECT gebruiker_id, csrf, created_at, last_seen, stap, totp_nieuw, volgende FROM session"
	    " WHERE id_hash = :id_hash", NULL },
	[Q_SESSION_TOUCH] = { "account.session_touch", "UPDATE session SET last_seen = :now WHERE id_hash = :id_hash",
	    NULL },
	[Q_SESSION_DEL] = { "account.session_delete", "DELETE FROM session WHERE id_hash = :id_hash", NULL },
	[Q_SESSION_DEL_USER] = { "account.session_delete_user", "DELETE FROM session WHERE gebruiker_id = :gebruiker",
	    NULL },
	[Q_TOKEN_ADD] = { "account.token_add",
	    "INSERT INTO api_token (gebruiker_id, token_hash, created_at) VALUES (:gebruiker, :hash, :created)", NULL },
	[Q_TOKEN_LOOKUP] = { "account.token_lookup",
	    "SELECT gebruiker_id FROM api_token WHERE token_hash = :hash AND revoked_at IS NULL", NULL },
	[Q_THROTTLE_GET] = { "account.throttle_get",
	    "SELECT failures, window_start, blocked_until FROM login_attempt WHERE key = :key", NULL },
	[Q_THROTTLE_PUT] = { "account.throttle_put",
	    "INSERT INTO login_attempt (key, failures, window_start, blocked_until)"
	    " VALUES (:key, :failures, :window_start, :blocked_until)"
	    " ON CONFLICT (key) DO UPDATE SET failures = excluded.failures, window_start = excluded.window_start,"
	    " blocked_until = excluded.blocked_until", NULL },
	[Q_THROTTLE_DEL] = { "account.throttle_delete", "DELETE FROM login_attempt WHERE key = :key", NULL },
};

const struct store_sql_table store_account_sql = { "account", sql, Q__MAX };

#define Q(st, id) store_q((st), STORE_T_ACCOUNT, (id))

static unsigned
parse_roles(const char *list)
{
	unsigned roles = 0;
	char tmp[128];
	char *save = NULL;

	if (list == NULL)
		return 0;
	snprintf(tmp, sizeof(tmp), "%s", list);
	for (char *t = strtok_r(tmp, ",", &save); t != NULL; t = strtok_r(NULL, ",", &save)) {
		enum rol r;
		if (rol_parse(t, &r))
			roles |= ROL_BIT(r);
	}
	return roles;
}

static void
read_user(struct arena *a, struct store_q *q, struct gebruiker *u)
{
	u->id = store_col_int(q, 0);
	u->persoon_id = store_col_int(q, 1);
	u->organisatie_id = store_col_int(q, 2);
	u->naam = store_col_text(q, a, 3);
	u->email = store_col_text(q, a, 4);
	u->organisatie_naam = store_col_text(q, a, 5);
	u->organisatie_type = store_col_text(q, a, 6);
	u->actief = store_col_bool(q, 7);
	u->password_hash = store_col_text(q, a, 8);
	u->roles = parse_roles(store_col_peek(q, 9));
}

static enum err_code
user_one(struct arena *a, struct store_q *q, struct gebruiker *out, struct err *e)
{
	enum err_code ec = store_one(q, e);

	if (ec == ERR_NOT_FOUND)
		return err_set(e, ERR_NOT_FOUND, NULL, "Dit account bestaat niet.");
	if (ec != ERR_OK)
		return ec;
	read_user(a, q, out);
	return store_end(q, e);
}

enum err_code
store_user_by_email(struct store *st, struct arena *a, const char *email, struct gebruiker *out,
    struct err *e)
{
	struct store_q *q = Q(st, Q_USER_BY_EMAIL);

	store_bind_text(q, ":email", email);
	return user_one(a, q, out, e);
}

enum err_code
store_user_by_id(struct store *st, struct arena *a, int64_t id, struct gebruiker *out, struct err *e)
{
	struct store_q *q = Q(st, Q_USER_BY_ID);

	store_bind_int(q, ":id", id);
	return user_one(a, q, out, e);
}

enum err_code
store_user_list(struct store *st, struct arena *a, struct gebruiker **out, size_t *n, struct err *e)
{
	struct store_q *q = Q(st, Q_USER_LIST);
	size_t cap = 16, len = 0;
	struct gebruiker *v = arena_alloc(a, cap * sizeof(*v));
	enum err_code ec;

	while (store_next(q)) {
		if (len == cap) {
			struct gebruiker *w = arena_alloc(a, 2 * cap * sizeof(*v));
			memcpy(w, v, len * sizeof(*v));
			v = w;
			cap *= 2;
		}
		read_user(a, q, &v[len++]);
	}
	if ((ec = store_end(q, e)) != ERR_OK)
		return ec;
	*out = v;
	*n = len;
	return ERR_OK;
}

static enum err_code
org_find_or_add(struct store *st, const char *naam, int64_t *id, struct err *e)
{
	struct store_q *q = Q(st, Q_ORG_FIND);
	enum err_code ec;

	store_bind_text(q, ":naam", naam);
	if ((ec = store_int_of(q, id, e)) != ERR_OK || *id != 0)
		return ec;
	q = Q(st, Q_ORG_ADD);
	store_bind_text(q, ":naam", naam);
	store_bind_text(q, ":type", strncmp(naam, "Gemeente ", 9) == 0 ? "gemeente" : "overig");
	if ((ec = store_exec(q, e)) != ERR_OK)
		return ec;
	*id = store_last_id(st);
	return ERR_OK;
}

enum err_code
store_user_add(struct store *st, const char *email, const char *naam, const char *organisatie,
    unsigned roles, const char *password_hash, time_t now, int64_t *id, struct err *e)
{
	int64_t org_id = 0, persoon_id, taken = 0;
	char created[TIME_STRLEN];
	struct store_q *q = Q(st, Q_EMAIL_TAKEN);
	enum err_code ec;

	store_bind_text(q, ":email", email);
	if ((ec = store_int_of(q, &taken, e)) != ERR_OK)
		return ec;
	if (taken > 0)
		return err_set(e, ERR_CONFLICT, "email", "Er bestaat al een account met dit e-mailadres.");
	if (organisatie != NULL && org_find_or_add(st, organisatie, &org_id, e) != ERR_OK)
		return e ? e->code : ERR_INTERNAL;

	q = Q(st, Q_PERSOON_ADD);
	store_bind_text(q, ":naam", naam);
	store_bind_text(q, ":email", email);
	store_bind_id(q, ":organisatie", org_id);
	if ((ec = store_exec(q, e)) != ERR_OK)
		return ec;
	persoon_id = store_last_id(st);

	time_format(now, created);
	q = Q(st, Q_USER_ADD);
	store_bind_int(q, ":persoon", persoon_id);
	store_bind_text(q, ":hash", password_hash);
	store_bind_text(q, ":created", created);
	if ((ec = store_exec(q, e)) != ERR_OK)
		return ec;
	*id = store_last_id(st);

	for (int r = 0; r < ROL__MAX; r++) {
		if (!(roles & ROL_BIT(r)))
			continue;
		q = Q(st, Q_ROL_ADD);
		store_bind_int(q, ":gebruiker", *id);
		store_bind_text(q, ":rol", rol_code((enum rol)r));
		if ((ec = store_exec(q, e)) != ERR_OK)
			return ec;
	}
	return ERR_OK;
}

/* Runs a change that must touch a row: ERR_NOT_FOUND when it touched none. */
static enum err_code
exec_changes(struct store *st, struct store_q *q, struct err *e)
{
	enum err_code ec = store_exec(q, e);

	if (ec != ERR_OK)
		return ec;
	return store_changes(st) > 0 ? ERR_OK : err_set(e, ERR_NOT_FOUND, NULL, "Niet gevonden.");
}

enum err_code
store_user_set_active(struct store *st, int64_t id, bool actief, struct err *e)
{
	struct store_q *q = Q(st, Q_SET_ACTIVE);

	store_bind_bool(q, ":actief", actief);
	store_bind_int(q, ":id", id);
	return exec_changes(st, q, e);
}

enum err_code
store_user_set_password(struct store *st, int64_t id, const char *hash, struct err *e)
{
	struct store_q *q = Q(st, Q_SET_PASSWORD);

	store_bind_text(q, ":hash", hash);
	store_bind_int(q, ":id", id);
	return exec_changes(st, q, e);
}

static const char *const stap_codes[SESSIE__MAX] = {
	[SESSIE_BINNEN] = "binnen", [SESSIE_CODE] = "code", [SESSIE_INSCHRIJVEN] = "inschrijven",
};

enum err_code
store_session_create(struct store *st, const char *id_hash, int64_t gebruiker_id, const char *csrf,
    time_t now, struct err *e)
{
	return store_session_create_stap(st, id_hash, gebruiker_id, csrf, now, SESSIE_BINNEN, NULL, NULL, e);
}

enum err_code
store_session_create_stap(struct store *st, const char *id_hash, int64_t gebruiker_id, const char *csrf,
    time_t now, enum sessie_stap stap, const char *totp_nieuw, const char *volgende, struct err *e)
{
	struct store_q *q = Q(st, Q_SESSION_ADD);

	store_bind_text(q, ":id_hash", id_hash);
	store_bind_int(q, ":gebruiker", gebruiker_id);
	store_bind_text(q, ":csrf", csrf);
	store_bind_int(q, ":now", (int64_t)now);
	store_bind_text(q, ":stap", stap_codes[stap]);
	store_bind_text(q, ":totp_nieuw", totp_nieuw);
	store_bind_text(q, ":volgende", volgende);
	return store_exec(q, e);
}

enum err_code
store_session_get(struct store *st, const char *id_hash, struct session_row *out)
{
	struct store_q *q = Q(st, Q_SESSION_GET);
	enum err_code rc;

	store_bind_text(q, ":id_hash", id_hash);
	if ((rc = store_one(q, NULL)) != ERR_OK)
		return rc;   /* ERR_NOT_FOUND, or the database failed: not the same as signed out */
	out->gebruiker_id = store_col_int(q, 0);
	snprintf(out->csrf, sizeof(out->csrf), "%s", store_col_peek(q, 1));
	out->created_at = (time_t)store_col_int(q, 2);
	out->last_seen = (time_t)store_col_int(q, 3);
	out->stap = SESSIE__MAX;   /* an unknown step signs nobody in */
	for (int i = 0; i < SESSIE__MAX; i++)
		if (store_col_peek(q, 4) != NULL && strcmp(store_col_peek(q, 4), stap_codes[i]) == 0)
			out->stap = (enum sessie_stap)i;
	snprintf(out->totp_nieuw, sizeof(out->totp_nieuw), "%s", store_col_peek(q, 5) ? store_col_peek(q, 5) : "");
	snprintf(out->volgende, sizeof(out->volgende), "%s", store_col_peek(q, 6) ? store_col_peek(q, 6) : "");
	return store_end(q, NULL);   /* a column that could not be read fails the lookup */
}

enum err_code
store_session_touch(struct store *st, const char *id_hash, time_t now)
{
	struct store_q *q = Q(st, Q_SESSION_TOUCH);

	store_bind_int(q, ":now", (int64_t)now);
	store_bind_text(q, ":id_hash", id_hash);
	return exec_changes(st, q, NULL);
}

enum err_code
store_session_delete(struct store *st, const char *id_hash)
{
	struct store_q *q = Q(st, Q_SESSION_DEL);

	store_bind_text(q, ":id_hash", id_hash);
	return exec_changes(st, q, NULL);
}

enum err_code
store_session_delete_user(struct store *st, int64_t gebruiker_id)
{
	struct store_q *q = Q(st, Q_SESSION_DEL_USER);

	store_bind_int(q, ":gebruiker", gebruiker_id);
	return store_exec(q, NULL) == ERR_OK ? ERR_OK : ERR_INTERNAL;
}

enum err_code
store_token_add(struct store *st, int64_t gebruiker_id, const char *token_hash, time_t now, struct err *e)
{
	struct store_q *q = Q(st, Q_TOKEN_ADD);
	char created[TIME_STRLEN];

	time_format(now, created);
	store_bind_int(q, ":gebruiker", gebruiker_id);
	store_bind_text(q, ":hash", token_hash);
	store_bind_text(q, ":created", created);
	return store_exec(q, e);
}

enum err_code
store_token_lookup(struct store *st, const char *token_hash, int64_t *gebruiker_id)
{
	struct store_q *q = Q(st, Q_TOKEN_LOOKUP);

	enum err_code rc;

	store_bind_text(q, ":hash", token_hash);
	if ((rc = store_one(q, NULL)) != ERR_OK)
		return rc;   /* ERR_NOT_FOUND, or the database failed */
	*gebruiker_id = store_col_int(q, 0);
	return store_end(q, NULL);
}

void
store_throttle_get(struct store *st, const char *key, struct throttle *out)
{
	struct store_q *q = Q(st, Q_THROTTLE_GET);

	memset(out, 0, sizeof(*out));
	store_bind_text(q, ":key", key);
	if (store_one(q, NULL) != ERR_OK)
		return;
	out->failures = (int)store_col_int(q, 0);
	out->window_start = (time_t)store_col_int(q, 1);
	out->blocked_until = (time_t)store_col_int(q, 2);
	store_end(q, NULL);
}

enum err_code
store_throttle_put(struct store *st, const char *key, const struct throttle *t)
{
	struct store_q *q = Q(st, Q_THROTTLE_PUT);

	store_bind_text(q, ":key", key);
	store_bind_int(q, ":failures", t->failures);
	store_bind_int(q, ":window_start", (int64_t)t->window_start);
	store_bind_int(q, ":blocked_until", (int64_t)t->blocked_until);
	return store_exec(q, NULL) == ERR_OK ? ERR_OK : ERR_INTERNAL;
}

enum err_code
store_throttle_clear(struct store *st, const char *key)
{
	struct store_q *q = Q(st, Q_THROTTLE_DEL);

	store_bind_text(q, ":key", key);
	return store_exec(q, NULL) == ERR_OK ? ERR_OK : ERR_INTERNAL;
}
