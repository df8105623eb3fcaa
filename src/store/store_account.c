/* store_account.c - SQL for accounts, sessions, API tokens and throttling. */
#include <stdio.h>
#include <string.h>

#include "core/rol.h"
#include "lib/date.h"
#include "store/store_account.h"
#include "store/store_private.h"

#define USER_COLUMNS \
	"SELECT g.id, p.id, p.organisatie_id, p.naam, p.email, o.naam, o.type, g.actief, g.password_hash," \
	" (SELECT group_concat(rol) FROM gebruiker_rol r WHERE r.gebruiker_id = g.id)" \
	" FROM gebruiker g JOIN persoon p ON p.id = g.persoon_id LEFT JOIN organisatie o ON o.id = p.organisatie_id"

static const char SQL_BY_EMAIL[] = USER_COLUMNS " WHERE p.email = ? COLLATE NOCASE";
static const char SQL_BY_ID[] = USER_COLUMNS " WHERE g.id = ?";
static const char SQL_LIST[] = USER_COLUMNS " ORDER BY p.email COLLATE NOCASE";

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
read_user(struct arena *a, sqlite3_stmt *s, struct gebruiker *u)
{
	u->id = sqlite3_column_int64(s, 0);
	u->persoon_id = sqlite3_column_int64(s, 1);
	u->organisatie_id = sqlite3_column_int64(s, 2);
	u->naam = store_col_text(a, s, 3);
	u->email = store_col_text(a, s, 4);
	u->organisatie_naam = store_col_text(a, s, 5);
	u->organisatie_type = store_col_text(a, s, 6);
	u->actief = sqlite3_column_int(s, 7) != 0;
	u->password_hash = store_col_text(a, s, 8);
	u->roles = parse_roles((const char *)sqlite3_column_text(s, 9));
}

static enum err_code
user_one(struct store *st, struct arena *a, sqlite3_stmt *s, struct gebruiker *out, struct err *e)
{
	int rc = sqlite3_step(s);
	enum err_code ec = ERR_OK;

	if (rc == SQLITE_ROW)
		read_user(a, s, out);
	else if (rc == SQLITE_DONE)
		ec = err_set(e, ERR_NOT_FOUND, NULL, "Dit account bestaat niet.");
	else
		ec = store_fail(st, rc, e, "user lookup");
	sqlite3_reset(s);
	return ec;
}

enum err_code
store_user_by_email(struct store *st, struct arena *a, const char *email, struct gebruiker *out,
    struct err *e)
{
	sqlite3_stmt *s = store_stmt(st, SQL_BY_EMAIL);

	store_bind_text(s, 1, email);
	return user_one(st, a, s, out, e);
}

enum err_code
store_user_by_id(struct store *st, struct arena *a, int64_t id, struct gebruiker *out, struct err *e)
{
	sqlite3_stmt *s = store_stmt(st, SQL_BY_ID);

	sqlite3_bind_int64(s, 1, id);
	return user_one(st, a, s, out, e);
}

enum err_code
store_user_list(struct store *st, struct arena *a, struct gebruiker **out, size_t *n, struct err *e)
{
	sqlite3_stmt *s = store_stmt(st, SQL_LIST);
	size_t cap = 16, len = 0;
	struct gebruiker *v = arena_alloc(a, cap * sizeof(*v));
	int rc;

	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (len == cap) {
			struct gebruiker *w = arena_alloc(a, 2 * cap * sizeof(*v));
			memcpy(w, v, len * sizeof(*v));
			v = w;
			cap *= 2;
		}
		read_user(a, s, &v[len++]);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_fail(st, rc, e, "user list");
	*out = v;
	*n = len;
	return ERR_OK;
}

static const char SQL_ORG_FIND[] = "SELECT id FROM organisatie WHERE naam = ? COLLATE NOCASE ORDER BY id LIMIT 1";
static const char SQL_ORG_ADD[] = "INSERT INTO organisatie (naam, type) VALUES (?, ?)";
static const char SQL_PERSOON_ADD[] = "INSERT INTO persoon (naam, email, organisatie_id) VALUES (?, ?, ?)";
static const char SQL_USER_ADD[] =
    "INSERT INTO gebruiker (persoon_id, password_hash, actief, created_at) VALUES (?, ?, 1, ?)";
static const char SQL_ROL_ADD[] = "INSERT INTO gebruiker_rol (gebruiker_id, rol) VALUES (?, ?)";
static const char SQL_EMAIL_TAKEN[] =
    "SELECT count(*) FROM persoon p JOIN gebruiker g ON g.persoon_id = p.id WHERE p.email = ? COLLATE NOCASE";

static enum err_code
org_find_or_add(struct store *st, const char *naam, int64_t *id, struct err *e)
{
	sqlite3_stmt *s = store_stmt(st, SQL_ORG_FIND);
	enum err_code ec;
	int rc;

	store_bind_text(s, 1, naam);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		*id = sqlite3_column_int64(s, 0);
		sqlite3_reset(s);
		return ERR_OK;
	}
	sqlite3_reset(s);
	s = store_stmt(st, SQL_ORG_ADD);
	store_bind_text(s, 1, naam);
	store_bind_text(s, 2, strncmp(naam, "Gemeente ", 9) == 0 ? "gemeente" : "overig");
	if ((ec = store_step_done(st, s, e, "organisatie insert")) != ERR_OK)
		return ec;
	*id = sqlite3_last_insert_rowid(store_db(st));
	return ERR_OK;
}

enum err_code
store_user_add(struct store *st, const char *email, const char *naam, const char *organisatie,
    unsigned roles, const char *password_hash, time_t now, int64_t *id, struct err *e)
{
	int64_t org_id = 0, persoon_id;
	char created[TIME_STRLEN];
	sqlite3_stmt *s = store_stmt(st, SQL_EMAIL_TAKEN);
	enum err_code ec;
	int taken;

	store_bind_text(s, 1, email);
	taken = sqlite3_step(s) == SQLITE_ROW && sqlite3_column_int(s, 0) > 0;
	sqlite3_reset(s);
	if (taken)
		return err_set(e, ERR_CONFLICT, "email", "Er bestaat al een account met dit e-mailadres.");
	if (organisatie != NULL && org_find_or_add(st, organisatie, &org_id, e) != ERR_OK)
		return e ? e->code : ERR_INTERNAL;

	s = store_stmt(st, SQL_PERSOON_ADD);
	store_bind_text(s, 1, naam);
	store_bind_text(s, 2, email);
	store_bind_id(s, 3, org_id);
	if ((ec = store_step_done(st, s, e, "persoon insert")) != ERR_OK)
		return ec;
	persoon_id = sqlite3_last_insert_rowid(store_db(st));

	time_format(now, created);
	s = store_stmt(st, SQL_USER_ADD);
	sqlite3_bind_int64(s, 1, persoon_id);
	store_bind_text(s, 2, password_hash);
	store_bind_text(s, 3, created);
	if ((ec = store_step_done(st, s, e, "gebruiker insert")) != ERR_OK)
		return ec;
	*id = sqlite3_last_insert_rowid(store_db(st));

	for (int r = 0; r < ROL__MAX; r++) {
		if (!(roles & ROL_BIT(r)))
			continue;
		s = store_stmt(st, SQL_ROL_ADD);
		sqlite3_bind_int64(s, 1, *id);
		store_bind_text(s, 2, rol_code((enum rol)r));
		if ((ec = store_step_done(st, s, e, "rol insert")) != ERR_OK)
			return ec;
	}
	return ERR_OK;
}

static enum err_code
exec_changes(struct store *st, sqlite3_stmt *s, struct err *e, const char *what)
{
	int rc = sqlite3_step(s);
	int changed = sqlite3_changes(store_db(st));

	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_fail(st, rc, e, what);
	return changed > 0 ? ERR_OK : err_set(e, ERR_NOT_FOUND, NULL, "Niet gevonden.");
}

static const char SQL_SET_ACTIVE[] = "UPDATE gebruiker SET actief = ? WHERE id = ?";
static const char SQL_SET_PW[] = "UPDATE gebruiker SET password_hash = ? WHERE id = ?";

enum err_code
store_user_set_active(struct store *st, int64_t id, bool actief, struct err *e)
{
	sqlite3_stmt *s = store_stmt(st, SQL_SET_ACTIVE);

	sqlite3_bind_int(s, 1, actief ? 1 : 0);
	sqlite3_bind_int64(s, 2, id);
	return exec_changes(st, s, e, "user set active");
}

enum err_code
store_user_set_password(struct store *st, int64_t id, const char *hash, struct err *e)
{
	sqlite3_stmt *s = store_stmt(st, SQL_SET_PW);

	store_bind_text(s, 1, hash);
	sqlite3_bind_int64(s, 2, id);
	return exec_changes(st, s, e, "user set password");
}

static const char SQL_SESSION_ADD[] =
    "INSERT INTO session (id_hash, gebruiker_id, csrf, created_at, last_seen) VALUES (?, ?, ?, ?, ?)";
static const char SQL_SESSION_GET[] =
    "SELECT gebruiker_id, csrf, created_at, last_seen FROM session WHERE id_hash = ?";
static const char SQL_SESSION_TOUCH[] = "UPDATE session SET last_seen = ? WHERE id_hash = ?";
static const char SQL_SESSION_DEL[] = "DELETE FROM session WHERE id_hash = ?";
static const char SQL_SESSION_DEL_USER[] = "DELETE FROM session WHERE gebruiker_id = ?";

enum err_code
store_session_create(struct store *st, const char *id_hash, int64_t gebruiker_id, const char *csrf,
    time_t now, struct err *e)
{
	sqlite3_stmt *s = store_stmt(st, SQL_SESSION_ADD);
	int rc;

	store_bind_text(s, 1, id_hash);
	sqlite3_bind_int64(s, 2, gebruiker_id);
	store_bind_text(s, 3, csrf);
	sqlite3_bind_int64(s, 4, (sqlite3_int64)now);
	sqlite3_bind_int64(s, 5, (sqlite3_int64)now);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? ERR_OK : store_fail(st, rc, e, "session insert");
}

enum err_code
store_session_get(struct store *st, const char *id_hash, struct session_row *out)
{
	sqlite3_stmt *s = store_stmt(st, SQL_SESSION_GET);
	enum err_code rc = ERR_NOT_FOUND;

	store_bind_text(s, 1, id_hash);
	if (sqlite3_step(s) == SQLITE_ROW) {
		out->gebruiker_id = sqlite3_column_int64(s, 0);
		snprintf(out->csrf, sizeof(out->csrf), "%s", (const char *)sqlite3_column_text(s, 1));
		out->created_at = (time_t)sqlite3_column_int64(s, 2);
		out->last_seen = (time_t)sqlite3_column_int64(s, 3);
		rc = ERR_OK;
	}
	sqlite3_reset(s);
	return rc;
}

enum err_code
store_session_touch(struct store *st, const char *id_hash, time_t now)
{
	sqlite3_stmt *s = store_stmt(st, SQL_SESSION_TOUCH);

	sqlite3_bind_int64(s, 1, (sqlite3_int64)now);
	store_bind_text(s, 2, id_hash);
	return exec_changes(st, s, NULL, "session touch");
}

enum err_code
store_session_delete(struct store *st, const char *id_hash)
{
	sqlite3_stmt *s = store_stmt(st, SQL_SESSION_DEL);

	store_bind_text(s, 1, id_hash);
	return exec_changes(st, s, NULL, "session delete");
}

enum err_code
store_session_delete_user(struct store *st, int64_t gebruiker_id)
{
	sqlite3_stmt *s = store_stmt(st, SQL_SESSION_DEL_USER);
	int rc;

	sqlite3_bind_int64(s, 1, gebruiker_id);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? ERR_OK : ERR_INTERNAL;
}

static const char SQL_TOKEN_ADD[] =
    "INSERT INTO api_token (gebruiker_id, token_hash, created_at) VALUES (?, ?, ?)";
static const char SQL_TOKEN_GET[] =
    "SELECT gebruiker_id FROM api_token WHERE token_hash = ? AND revoked_at IS NULL";

enum err_code
store_token_add(struct store *st, int64_t gebruiker_id, const char *token_hash, time_t now, struct err *e)
{
	sqlite3_stmt *s = store_stmt(st, SQL_TOKEN_ADD);
	char created[TIME_STRLEN];
	int rc;

	time_format(now, created);
	sqlite3_bind_int64(s, 1, gebruiker_id);
	store_bind_text(s, 2, token_hash);
	store_bind_text(s, 3, created);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? ERR_OK : store_fail(st, rc, e, "token insert");
}

enum err_code
store_token_lookup(struct store *st, const char *token_hash, int64_t *gebruiker_id)
{
	sqlite3_stmt *s = store_stmt(st, SQL_TOKEN_GET);
	enum err_code rc = ERR_NOT_FOUND;

	store_bind_text(s, 1, token_hash);
	if (sqlite3_step(s) == SQLITE_ROW) {
		*gebruiker_id = sqlite3_column_int64(s, 0);
		rc = ERR_OK;
	}
	sqlite3_reset(s);
	return rc;
}

static const char SQL_THR_GET[] =
    "SELECT failures, window_start, blocked_until FROM login_attempt WHERE key = ?";
static const char SQL_THR_PUT[] =
    "INSERT INTO login_attempt (key, failures, window_start, blocked_until) VALUES (?, ?, ?, ?)"
    " ON CONFLICT (key) DO UPDATE SET failures = excluded.failures, window_start = excluded.window_start,"
    " blocked_until = excluded.blocked_until";
static const char SQL_THR_DEL[] = "DELETE FROM login_attempt WHERE key = ?";

void
store_throttle_get(struct store *st, const char *key, struct throttle *out)
{
	sqlite3_stmt *s = store_stmt(st, SQL_THR_GET);

	memset(out, 0, sizeof(*out));
	store_bind_text(s, 1, key);
	if (sqlite3_step(s) == SQLITE_ROW) {
		out->failures = sqlite3_column_int(s, 0);
		out->window_start = (time_t)sqlite3_column_int64(s, 1);
		out->blocked_until = (time_t)sqlite3_column_int64(s, 2);
	}
	sqlite3_reset(s);
}

enum err_code
store_throttle_put(struct store *st, const char *key, const struct throttle *t)
{
	sqlite3_stmt *s = store_stmt(st, SQL_THR_PUT);
	int rc;

	store_bind_text(s, 1, key);
	sqlite3_bind_int(s, 2, t->failures);
	sqlite3_bind_int64(s, 3, (sqlite3_int64)t->window_start);
	sqlite3_bind_int64(s, 4, (sqlite3_int64)t->blocked_until);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? ERR_OK : ERR_INTERNAL;
}

enum err_code
store_throttle_clear(struct store *st, const char *key)
{
	sqlite3_stmt *s = store_stmt(st, SQL_THR_DEL);
	int rc;

	store_bind_text(s, 1, key);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? ERR_OK : ERR_INTERNAL;
}
