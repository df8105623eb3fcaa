/* auth.c - sessions (stored hashed in the database), bearer tokens, CSRF and Origin checks. */
#include "auth.h"

#include <microhttpd.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "lib/buf.h"
#include "lib/crypto.h"
#include "core/tweede_factor.h"
#include "lib/escape.h"
#include "core/perm.h"
#include "lib/date.h"
#include "store/netwerk/organisatie.h"
#include "store/register/register.h"
#include "store/store_account.h"

const char *
auth_cookie_name(const struct config *cfg)
{
	return cfg->secure_cookies ? "__Host-sessie" : "sessie";
}

void
auth_set_cookie(struct request *r, const char *name, const char *value, int max_age)
{
	reply_header(r, "Set-Cookie", arena_printf(r->arena, "%s=%s; Path=/; HttpOnly; SameSite=Strict%s%s",
	    name, value, r->cfg->secure_cookies ? "; Secure" : "",
	    max_age >= 0 ? arena_printf(r->arena, "; Max-Age=%d", max_age) : ""));
}

/* false when the database failed: the actor's rights are then unknown, and the request is not answered as if
   it had none. */
static bool
actor_from_user(struct request *r, const struct gebruiker *u)
{
	r->actor.gebruiker_id = u->id;
	r->actor.persoon_id = u->persoon_id;
	r->actor.organisatie_id = u->organisatie_id;
	r->actor.roles = u->roles;
	r->actor.naam = u->naam;
	/* An ambassadeur represents their organisation and everything under it (core/rol.h). */
	if ((u->roles & ROL_BIT(ROL_AMBASSADEUR)) && u->organisatie_id != 0) {
		int64_t *ids = NULL;
		size_t n = 0;

		if (store_organisatie_onder(r->store, r->arena, u->organisatie_id, &ids, &n, NULL) != ERR_OK)
			return false;
		r->actor.vertegenwoordigt = ids;
		r->actor.nvertegenwoordigt = n;
	}
	/* An indiener reads the Maatwerkregister when their organisation is connected today (core/perm.h). */
	if ((u->roles & ROL_BIT(ROL_INDIENER)) && u->organisatie_id != 0 && !perm_register(&r->actor)) {
		bool b = false;

		if (store_register_aangesloten(r->store, u->organisatie_id, date_today_local(r->now), &b, NULL) != ERR_OK)
			return false;
		r->actor.aangesloten = b;
	}
	return true;
}

/* ERR_OK with the actor signed in, ERR_NOT_FOUND for an unknown or inactive account, else the database's
   failure. */
static enum err_code
load_user(struct request *r, int64_t id)
{
	struct gebruiker u;
	enum err_code rc = store_user_by_id(r->store, r->arena, id, &u, NULL);

	if (rc != ERR_OK)
		return rc;
	if (!u.actief)
		return ERR_NOT_FOUND;
	if (!actor_from_user(r, &u)) {
		memset(&r->actor, 0, sizeof(r->actor));
		return ERR_UNAVAILABLE;
	}
	return ERR_OK;
}

/* Each returns false when the database failed while finding out who this is (not: when nobody is signed in). */
static bool
identify_token(struct request *r)
{
	const char *h = req_header(r, MHD_HTTP_HEADER_AUTHORIZATION);
	char hash[CRYPTO_SHA256_HEXLEN];
	enum err_code rc;
	int64_t id;

	if (h == NULL || strncasecmp(h, "Bearer ", 7) != 0)
		return true;
	h += 7;
	if (strlen(h) != 64)
		return true;
	crypto_sha256_hex(h, 64, hash);
	if ((rc = store_token_lookup(r->store, hash, &id)) == ERR_OK)
		rc = load_user(r, id);
	if (rc == ERR_OK)
		r->actor.via_token = true;
	return rc == ERR_OK || rc == ERR_NOT_FOUND;
}

static bool
identify_session(struct request *r)
{
	const char *sid = req_cookie(r, auth_cookie_name(r->cfg));
	struct session_row row;
	char hash[CRYPTO_SHA256_HEXLEN];
	enum err_code rc;

	if (sid == NULL || strlen(sid) != 64)
		return true;
	crypto_sha256_hex(sid, 64, hash);
	if ((rc = store_session_get(r->store, hash, &row)) != ERR_OK)
		return rc == ERR_NOT_FOUND;
	if (r->now - row.last_seen >= r->cfg->session_idle || r->now - row.created_at >= r->cfg->session_max ||
	    (row.stap != SESSIE_BINNEN && r->now - row.created_at >= TWEEDE_STAP_GELDIG)) {
		/* expired: gone for good (and signed out even when the delete fails; the purge removes it later) */
		store_session_delete(r->store, hash);
		return true;
	}
	if (row.stap == SESSIE_CODE || row.stap == SESSIE_INSCHRIJVEN) {
		/* half-way through signing in: no rights at all, only the next step */
		r->halfweg.stap = (int)row.stap;
		r->halfweg.gebruiker_id = row.gebruiker_id;
		r->halfweg.totp_nieuw = arena_strdup(r->arena, row.totp_nieuw);
		r->halfweg.volgende = arena_strdup(r->arena, row.volgende);
		snprintf(r->session_hash, sizeof(r->session_hash), "%s", hash);
		snprintf(r->csrf, sizeof(r->csrf), "%s", row.csrf);
		return true;
	}
	if (row.stap != SESSIE_BINNEN)
		return true;
	if ((rc = load_user(r, row.gebruiker_id)) != ERR_OK)
		return rc == ERR_NOT_FOUND;
	snprintf(r->session_hash, sizeof(r->session_hash), "%s", hash);
	snprintf(r->csrf, sizeof(r->csrf), "%s", row.csrf);
	if (r->now - row.last_seen >= 30)   /* spare the database a write per request; a failed touch is harmless */
		store_session_touch(r->store, hash, r->now);
	return true;
}

bool
auth_identify(struct request *r)
{
	if (r->route != NULL && (r->route->flags & ROUTE_API))
		return identify_token(r);
	return identify_session(r);
}

/* The casus a route names: its {ref} or {referentie} segment (the convention of the route table), or NULL. */
const char *
auth_route_casus(struct request *r)
{
	const char *p = r->route != NULL ? r->route->pattern : NULL;
	int i = 0;

	for (; p != NULL && (p = strchr(p, '{')) != NULL; p++, i++)
		if (strncmp(p, "{ref}", 5) == 0 || strncmp(p, "{referentie}", 12) == 0)
			return req_param(r, i);
	return NULL;
}

/* A denial at the door leaves a row too: anonymous or not, naming the route and the casus it is about. */
static void
audit_denial(struct request *r, const char *actie)
{
	req_audit_casus(r, actie, "route", r->route->pattern, auth_route_casus(r), AUDIT_GEWEIGERD);
}

void
auth_deny(struct request *r)
{
	bool api = r->route != NULL && (r->route->flags & ROUTE_API);

	if (api) {
		if (r->actor.gebruiker_id == 0) {
			const char *h = req_header(r, MHD_HTTP_HEADER_AUTHORIZATION);

			audit_denial(r, h != NULL ? "token.ongeldig" : "toegang.anoniem");
			reply_header(r, "WWW-Authenticate", "Bearer realm=\"doorbraak\"");
			reply_problem(r, 401, "Niet aangemeld",
			    "Deze API vraagt een geldig token: Authorization: Bearer <token>.");
		} else {
			audit_denial(r, "toegang");
			reply_problem(r, 403, "Geen toegang", "Uw rol geeft geen toegang tot deze functie.");
		}
		return;
	}
	if (r->actor.gebruiker_id == 0) {
		struct buf b;

		audit_denial(r, "toegang.anoniem");
		buf_init(&b, 4096);
		buf_puts(&b, "/login");
		if (strcmp(r->method, "GET") == 0 && strcmp(r->path, "/") != 0) {
			buf_puts(&b, "?volgende=");
			escape_url(&b, r->path);
		}
		reply_redirect(r, 303, arena_strdup(r->arena, buf_str(&b)));
		buf_free(&b);
		return;
	}
	audit_denial(r, "toegang");
	reply_problem(r, 403, "Geen toegang", "Uw rol geeft geen toegang tot deze pagina.");
}

void
auth_csrf_refused(struct request *r)
{
	audit_denial(r, "csrf");
}

const char *
auth_safe_next(const char *v)
{
	if (v == NULL || v[0] != '/' || v[1] == '/' || v[1] == '\\')
		return "/";
	/* Browsers drop tabs and line breaks from a URL and read a backslash as a slash, so "/\t/evil.example"
	   would become "//evil.example": any control character, space or backslash makes the target "/". */
	for (const unsigned char *p = (const unsigned char *)v; *p != '\0'; p++)
		if (*p <= 0x20 || *p == 0x7f || *p == '\\')
			return "/";
	return v;
}

/* The Origin (or Referer) of a state-changing request must be this host. */
bool
auth_origin_ok(struct request *r)
{
	const char *origin = req_header(r, "Origin"), *host = req_header(r, MHD_HTTP_HEADER_HOST);
	const char *p;

	if (origin == NULL)
		return true;   /* no Origin: an old client; the CSRF token still decides */
	if (strcmp(origin, "null") == 0) {
		/* Under Referrer-Policy: no-referrer, Chromium sends "Origin: null" on same-origin form posts.
		   Sec-Fetch-Site is set by the browser itself and cannot be forged by a page. */
		const char *site = req_header(r, "Sec-Fetch-Site");
		return site != NULL && strcmp(site, "same-origin") == 0;
	}
	if (host == NULL)
		return false;
	p = strstr(origin, "://");
	return p != NULL && strcmp(p + 3, host) == 0;
}

bool
auth_csrf_ok(struct request *r)
{
	const char *token = req_form(r, "csrf");

	if (r->csrf[0] == '\0' || token == NULL || !crypto_streq(token, r->csrf))
		return false;
	return auth_origin_ok(r);
}

enum err_code
auth_session_start(struct request *r, int64_t gebruiker_id, struct err *e)
{
	return auth_session_start_stap(r, gebruiker_id, SESSIE_BINNEN, NULL, NULL, e);
}

enum err_code
auth_session_start_stap(struct request *r, int64_t gebruiker_id, enum sessie_stap stap, const char *totp_nieuw,
    const char *volgende, struct err *e)
{
	char sid[CRYPTO_TOKEN_HEXLEN], hash[CRYPTO_SHA256_HEXLEN], csrf[CRYPTO_TOKEN_HEXLEN];
	enum err_code rc;

	crypto_token(sid);
	crypto_token(csrf);
	crypto_sha256_hex(sid, 64, hash);
	if (volgende != NULL && strlen(volgende) >= SESSIE_VOLGENDE_MAX)
		volgende = "/";
	rc = store_session_create_stap(r->store, hash, gebruiker_id, csrf, r->now, stap, totp_nieuw, volgende, e);
	if (rc != ERR_OK)
		return rc;
	r->halfweg.stap = stap == SESSIE_BINNEN ? 0 : (int)stap;
	snprintf(r->session_hash, sizeof(r->session_hash), "%s", hash);
	snprintf(r->csrf, sizeof(r->csrf), "%s", csrf);
	auth_set_cookie(r, auth_cookie_name(r->cfg), sid, -1);
	return ERR_OK;
}

void
auth_session_end(struct request *r)
{
	if (r->session_hash[0] != '\0')
		store_session_delete(r->store, r->session_hash);
	r->session_hash[0] = '\0';
	r->csrf[0] = '\0';
	r->halfweg.stap = 0;
	auth_set_cookie(r, auth_cookie_name(r->cfg), "", 0);
}
