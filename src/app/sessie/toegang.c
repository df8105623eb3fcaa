/* toegang.c - the public pages before an account exists: asking for access (rate-limited, CSRF-checked, the same
   answer whoever asks) and setting a password through a one-time link. */
#include <string.h>

#include "app/sessie/handlers.h"
#include "core/account.h"
#include "core/throttle.h"
#include "lib/crypto.h"
#include "store/beheer/beheer.h"
#include "store/store_account.h"
#include "web/auth.h"

#define TOEGANG_CSRF_COOKIE "toegang_csrf"
#define AANVRAGEN_PER_UUR 5            /* requests one client address may send in an hour */

/* A fresh token in a cookie and in the form (double submit: a page elsewhere can read neither). */
static void
formulier_token(struct request *r, json_t *ctx)
{
	char token[CRYPTO_TOKEN_HEXLEN];

	crypto_token(token);
	auth_set_cookie(r, TOEGANG_CSRF_COOKIE, token, 3600);
	json_object_set_new(ctx, "csrf", json_string(token));
}

static bool
token_ok(struct request *r)
{
	const char *token = req_form(r, "csrf"), *cookie = req_cookie(r, TOEGANG_CSRF_COOKIE);

	if (token != NULL && cookie != NULL && crypto_streq(token, cookie) && auth_origin_ok(r))
		return true;
	auth_csrf_refused(r);
	return false;
}

static void
fouten(struct request *r, json_t *ctx, const struct err *e)
{
	json_object_set_new(ctx, "heeft_fouten", json_true());
	json_object_set_new(ctx, "fouten", json_pack("[{s:s,s:s}]", "id",
	    arena_printf(r->arena, "toegang-%s", e->field[0] ? e->field : "naam"), "tekst", e->msg));
	if (e->field[0])
		json_object_set_new(ctx, arena_printf(r->arena, "f_%s", e->field), json_string(e->msg));
}

static void
aanvraag_pagina(struct request *r, int status, const struct aanvraag_invoer *in, const struct err *e)
{
	json_t *ctx = json_object();

	formulier_token(r, ctx);
	json_object_set_new(ctx, "aanvraag", json_pack("{s:s,s:s,s:s,s:s,s:s}", "naam", in && in->naam ? in->naam : "",
	    "organisatie", in && in->organisatie ? in->organisatie : "", "functie", in && in->functie ? in->functie : "",
	    "email", in && in->email ? in->email : "", "reden", in && in->reden ? in->reden : ""));
	if (e != NULL)
		fouten(r, ctx, e);
	reply_page(r, status, "sessie/toegang", "Toegang aanvragen", ctx);
}

void
h_toegang_form(struct request *r)
{
	aanvraag_pagina(r, 200, NULL, NULL);
}

void
h_toegang(struct request *r)
{
	struct aanvraag_invoer in = { req_form(r, "naam"), req_form(r, "organisatie"), req_form(r, "functie"),
		req_form(r, "email"), req_form(r, "reden") };
	struct throttle_policy beleid = { AANVRAGEN_PER_UUR, 3600, 3600 };
	struct throttle t;
	struct err e = { 0 };
	const char *sleutel = arena_printf(r->arena, "aanvraag:%s", r->client_addr);

	if (!token_ok(r)) {
		err_set(&e, ERR_FORBIDDEN, NULL, "Het formulier is verlopen. Vul het opnieuw in en verstuur het nog eens.");
		aanvraag_pagina(r, 403, &in, &e);
		return;
	}
	if (aanvraag_validate(&in, &e) != ERR_OK) {
		aanvraag_pagina(r, 400, &in, &e);
		return;
	}
	/* Every valid request is stored and answered alike, whether or not its e-mail address has an account:
	   the page tells nobody what doorbraak knows. The one who judges it sees that. The counter is read
	   and written in the same transaction, so requests sent at the same moment all count. */
	if (store_begin(r->store) != ERR_OK) {
		reply_problem(r, 503, "Even bezet", "De database is even bezet. Probeer het opnieuw.");
		return;
	}
	store_throttle_get(r->store, sleutel, &t);
	if (!throttle_attempt(&t, &beleid, r->now)) {
		if (store_throttle_put(r->store, sleutel, &t) != ERR_OK ||
		    req_audit(r, "aanvraag.indienen", "toegang_aanvraag", NULL, AUDIT_GEWEIGERD) != ERR_OK ||
		    store_commit(r->store) != ERR_OK) {
			store_rollback(r->store);
			reply_problem(r, 503, "Even bezet", "De database is even bezet. Probeer het opnieuw.");
			return;
		}
		reply_header(r, "Retry-After", arena_printf(r->arena, "%ld", throttle_remaining(&t, r->now)));
		err_set(&e, ERR_THROTTLED, NULL, "Er zijn vanaf dit adres te veel aanvragen verstuurd. Probeer het over een uur opnieuw.");
		aanvraag_pagina(r, 429, &in, &e);
		return;
	}
	if (store_throttle_put(r->store, sleutel, &t) != ERR_OK || store_aanvraag_nieuw(r->store, &in, r->now, NULL, &e) != ERR_OK ||
	    req_audit(r, "aanvraag.indienen", "toegang_aanvraag", NULL, AUDIT_TOEGESTAAN) != ERR_OK ||
	    store_commit(r->store) != ERR_OK) {
		store_rollback(r->store);
		reply_problem(r, 503, "Even bezet", "Uw aanvraag kon niet worden opgeslagen. Probeer het opnieuw.");
		return;
	}
	auth_set_cookie(r, TOEGANG_CSRF_COOKIE, "", 0);
	reply_page(r, 200, "sessie/toegang_ontvangen", "Aanvraag ontvangen", json_object());
}

/* ---- setting a password with a one-time link --------------------------------------- */

/* The link in the path: 64 hex characters, looked up by its SHA-256. ERR_OK with *gebruiker set, or the reason. */
static enum err_code
link_van(struct request *r, char hash[CRYPTO_SHA256_HEXLEN], int64_t *gebruiker, struct err *e)
{
	const char *token = req_param(r, 0);
	struct eenmalige_link l;
	enum err_code rc;

	if (token == NULL || strlen(token) != 64 || strspn(token, "0123456789abcdef") != 64)
		return err_set(e, ERR_NOT_FOUND, "link", "Deze link is ongeldig. Controleer of u de hele link hebt gebruikt.");
	crypto_sha256_hex(token, 64, hash);
	if ((rc = store_link_lees(r->store, hash, gebruiker, &l, e)) != ERR_OK)
		return rc;
	return eenmalige_link_check(&l, r->now, e);
}

static void
wachtwoord_pagina(struct request *r, int status, const struct err *e, bool formulier)
{
	json_t *ctx = json_object();

	if (formulier) {
		formulier_token(r, ctx);
		json_object_set_new(ctx, "formulier", json_true());
		json_object_set_new(ctx, "pad", json_string(r->path));
	}
	if (e != NULL && formulier)
		fouten(r, ctx, e);
	else if (e != NULL)
		json_object_set_new(ctx, "ongeldig", json_string(e->msg));
	reply_page(r, status, "sessie/wachtwoord", "Wachtwoord instellen", ctx);
}

/* 410 for a link that was used or expired, 404 for one that never existed; the message says which. */
static int
link_status(enum err_code rc)
{
	return rc == ERR_CONFLICT ? 410 : rc == ERR_NOT_FOUND ? 404 : err_http_status(rc);
}

void
h_wachtwoord_form(struct request *r)
{
	char hash[CRYPTO_SHA256_HEXLEN];
	struct err e = { 0 };
	int64_t gebruiker = 0;
	enum err_code rc;

	if ((rc = link_van(r, hash, &gebruiker, &e)) != ERR_OK) {
		req_audit(r, "account.link_openen", "gebruiker", gebruiker ? arena_printf(r->arena, "%lld", (long long)gebruiker) :
		    NULL, AUDIT_GEWEIGERD);
		wachtwoord_pagina(r, link_status(rc), &e, false);
		return;
	}
	wachtwoord_pagina(r, 200, NULL, true);
}

void
h_wachtwoord(struct request *r)
{
	const char *pw = req_form(r, "wachtwoord"), *herhaling = req_form(r, "herhaling");
	char hash[CRYPTO_SHA256_HEXLEN], pwhash[CRYPTO_PWHASH_STRLEN];
	struct err e = { 0 };
	int64_t gebruiker = 0;
	enum err_code rc;
	const char *uid;

	if ((rc = link_van(r, hash, &gebruiker, &e)) != ERR_OK) {
		req_audit(r, "account.wachtwoord", "gebruiker", NULL, AUDIT_GEWEIGERD);
		wachtwoord_pagina(r, link_status(rc), &e, false);
		return;
	}
	uid = arena_printf(r->arena, "%lld", (long long)gebruiker);
	if (!token_ok(r)) {
		err_set(&e, ERR_FORBIDDEN, "wachtwoord", "Het formulier is verlopen. Vul het opnieuw in.");
		wachtwoord_pagina(r, 403, &e, true);
		return;
	}
	if (wachtwoord_check(pw, herhaling, &e) != ERR_OK) {
		wachtwoord_pagina(r, 400, &e, true);
		return;
	}
	if (crypto_password_hash(pw, r->cfg->pwhash_mem, pwhash) != 0) {
		reply_problem(r, 503, "Even bezet", "Het wachtwoord kon niet worden opgeslagen. Probeer het opnieuw.");
		return;
	}
	if (store_begin(r->store) != ERR_OK) {
		reply_problem(r, 503, "Even bezet", "De database is even bezet. Probeer het opnieuw.");
		return;
	}
	/* using the link and setting the password are one change: a second request with the same link finds it used */
	if ((rc = store_link_gebruiken(r->store, hash, r->now, &e)) != ERR_OK) {
		store_rollback(r->store);
		req_audit(r, "account.wachtwoord", "gebruiker", uid, AUDIT_GEWEIGERD);
		wachtwoord_pagina(r, link_status(rc), &e, false);
		return;
	}
	if (store_user_set_password(r->store, gebruiker, pwhash, &e) != ERR_OK ||
	    store_session_delete_user(r->store, gebruiker) != ERR_OK ||
	    req_audit(r, "account.wachtwoord", "gebruiker", uid, AUDIT_TOEGESTAAN) != ERR_OK ||
	    store_commit(r->store) != ERR_OK) {
		store_rollback(r->store);
		reply_problem(r, 503, "Even bezet", "Het wachtwoord kon niet worden opgeslagen. Probeer het opnieuw.");
		return;
	}
	auth_set_cookie(r, TOEGANG_CSRF_COOKIE, "", 0);
	reply_redirect(r, 303, "/login?melding=wachtwoord");
}
