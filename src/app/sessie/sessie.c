/* sessie.c - the login page, signing in (throttled, audited) and signing out. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "app/sessie/attempt.h"
#include "app/sessie/handlers.h"
#include "core/tweede_factor.h"
#include "lib/totp.h"
#include "store/store_tweede_factor.h"
#include "lib/crypto.h"
#include "lib/utf8.h"
#include "store/beheer/beheer.h"
#include "store/store_account.h"
#include "web/auth.h"

#define LOGIN_CSRF_COOKIE "login_csrf"
#define MAX_EMAIL 254
#define MAX_PASSWORD 1024

/* A hash to verify against for unknown accounts, so they cost as much time as known ones. */
static char dummy_hash[CRYPTO_PWHASH_STRLEN];
static size_t dummy_mem;
static pthread_once_t dummy_once = PTHREAD_ONCE_INIT;

static void
make_dummy(void)
{
	char pw[CRYPTO_TOKEN_HEXLEN];

	crypto_token(pw);
	crypto_password_hash(pw, dummy_mem, dummy_hash);
}

static void
login_page(struct request *r, int status, const char *email, const char *fout)
{
	char token[CRYPTO_TOKEN_HEXLEN];
	json_t *ctx = json_object();

	crypto_token(token);
	auth_set_cookie(r, LOGIN_CSRF_COOKIE, token, 3600);
	json_object_set_new(ctx, "csrf", json_string(token));
	json_object_set_new(ctx, "volgende", json_string(auth_safe_next(req_query(r, "volgende") ?
	    req_query(r, "volgende") : req_form(r, "volgende"))));
	if (email != NULL)
		json_object_set_new(ctx, "email", json_string(email));
	if (fout != NULL)
		json_object_set_new(ctx, "fout", json_string(fout));
	else if (req_query(r, "melding") != NULL && strcmp(req_query(r, "melding"), "wachtwoord") == 0)
		json_object_set_new(ctx, "flash", json_pack("{s:s,s:s}", "type", "ok", "tekst",
		    "Uw wachtwoord is ingesteld. Log in met uw e-mailadres en het nieuwe wachtwoord."));
	reply_page(r, status, "login", "Inloggen", ctx);
}

void
h_login_form(struct request *r)
{
	if (r->actor.gebruiker_id != 0) {
		reply_redirect(r, 303, "/");
		return;
	}
	login_page(r, 200, NULL, NULL);
}

static bool
field_ok(const char *v, size_t max)
{
	return v != NULL && v[0] != '\0' && strlen(v) <= max;
}

/* A hash made with other argon2id parameters than the server's is made again now that the password is known. */
static void
rehash_if_needed(struct request *r, const struct gebruiker *u, const char *pw)
{
	char h[CRYPTO_PWHASH_STRLEN];

	if (crypto_password_needs_rehash(u->password_hash, r->cfg->pwhash_mem) &&
	    crypto_password_hash(pw, r->cfg->pwhash_mem, h) == 0)
		store_user_set_password(r->store, u->id, h, NULL);
}

/*
 * The password of an account that signs in with a second factor was right:
 * a session half-way through signing in (no rights) is started, for the code
 * when the account has a second factor, else for setting one up with a new
 * secret. The account's attempt is forgiven but not cleared: the code is
 * counted on the same account, so the password does not buy new guesses.
 */
static void
password_then_second_factor(struct request *r, struct login_attempt *la, const struct gebruiker *u, const char *pw)
{
	struct tweede_factor tf;
	char geheim[TOTP_SECRET_B32LEN];
	struct err e = { 0 };
	const char *uid = arena_printf(r->arena, "%lld", (long long)u->id);
	bool nieuw;

	if (store_begin(r->store) != ERR_OK ||
	    store_tweede_factor(r->store, r->arena, u->id, &tf, &e) != ERR_OK) {
		store_rollback(r->store);
		reply_problem(r, 503, "Even bezet", "De database is even bezet. Probeer het opnieuw.");
		return;
	}
	nieuw = tf.geheim == NULL;
	if (nieuw)
		totp_secret_new(geheim);
	if (r->session_hash[0] != '\0')
		store_session_delete(r->store, r->session_hash);
	login_attempt_succeeded(r, la, false);
	rehash_if_needed(r, u, pw);
	if (auth_session_start_stap(r, u->id, nieuw ? SESSIE_INSCHRIJVEN : SESSIE_CODE, nieuw ? geheim : NULL,
		auth_safe_next(req_form(r, "volgende")), &e) != ERR_OK ||
	    req_audit(r, "login.wachtwoord", "gebruiker", uid, AUDIT_TOEGESTAAN) != ERR_OK ||
	    store_commit(r->store) != ERR_OK) {
		store_rollback(r->store);
		r->nheaders = 0;
		reply_problem(r, 503, "Even bezet", "Inloggen lukte niet. Probeer het opnieuw.");
		return;
	}
	auth_set_cookie(r, LOGIN_CSRF_COOKIE, "", 0);
	reply_redirect(r, 303, nieuw ? "/login/inschrijven" : "/login/code");
}

void
h_login(struct request *r)
{
	const char *email = req_form(r, "email"), *pw = req_form(r, "wachtwoord");
	const char *token = req_form(r, "csrf"), *cookie = req_cookie(r, LOGIN_CSRF_COOKIE);
	struct login_attempt la;
	struct gebruiker u;
	const char *uid = NULL;
	long retry;
	bool known, ok;
	struct err e = { 0 };

	if (token == NULL || cookie == NULL || !crypto_streq(token, cookie) || !auth_origin_ok(r)) {
		auth_csrf_refused(r);
		login_page(r, 403, email, "Het formulier is verlopen. Probeer het opnieuw.");
		return;
	}
	if (!field_ok(email, MAX_EMAIL) || !field_ok(pw, MAX_PASSWORD)) {
		login_page(r, 400, email && strlen(email) <= MAX_EMAIL ? email : NULL,
		    "Vul uw e-mailadres en wachtwoord in.");
		return;
	}
	/* The attempt is counted before the password is checked, in one transaction: attempts at the same
	   moment cannot all pass the limit before any of them is written (app/sessie/attempt.h). */
	login_attempt_init(r, &la, email);
	switch (login_attempt_begin(r, &la, &retry)) {
	case ATTEMPT_GO:
		break;
	case ATTEMPT_REFUSED: {
		long min = (retry + 59) / 60;

		reply_header(r, "Retry-After", arena_printf(r->arena, "%ld", retry));
		login_page(r, 429, email, arena_printf(r->arena,
		    "Te veel mislukte inlogpogingen. Probeer het over %ld %s opnieuw.", min, min == 1 ? "minuut" : "minuten"));
		return;
	}
	case ATTEMPT_BUSY:
		reply_problem(r, 503, "Even bezet", "De database is even bezet. Probeer het opnieuw.");
		return;
	}

	known = store_user_by_email(r->store, r->arena, email, &u, NULL) == ERR_OK && u.actief;
	if (!known) {
		dummy_mem = r->cfg->pwhash_mem;
		pthread_once(&dummy_once, make_dummy);
		crypto_password_verify(dummy_hash, pw);
		ok = false;
	} else {
		uid = arena_printf(r->arena, "%lld", (long long)u.id);
		ok = crypto_password_verify(u.password_hash, pw);
	}
	if (!ok) {   /* already counted as a failure */
		req_audit(r, "login", "gebruiker", uid, AUDIT_MISLUKT);
		login_page(r, 401, email, "Het e-mailadres of het wachtwoord klopt niet.");
		return;
	}

	if (tweede_factor_nodig(u.roles)) {
		password_then_second_factor(r, &la, &u, pw);
		return;
	}
	if (store_begin(r->store) != ERR_OK) {
		reply_problem(r, 503, "Even bezet", "De database is even bezet. Probeer het opnieuw.");
		return;
	}
	if (r->session_hash[0] != '\0')
		store_session_delete(r->store, r->session_hash);   /* never reuse an old session id */
	login_attempt_succeeded(r, &la, true);
	rehash_if_needed(r, &u, pw);
	r->actor.gebruiker_id = u.id;
	r->actor.roles = u.roles;
	if (auth_session_start(r, u.id, &e) != ERR_OK || store_account_ingelogd(r->store, u.id, r->now, &e) != ERR_OK ||
	    req_audit(r, "login", "gebruiker", uid, AUDIT_TOEGESTAAN) != ERR_OK ||
	    store_commit(r->store) != ERR_OK) {
		store_rollback(r->store);
		r->nheaders = 0;
		reply_problem(r, 503, "Even bezet", "Inloggen lukte niet. Probeer het opnieuw.");
		return;
	}
	auth_set_cookie(r, LOGIN_CSRF_COOKIE, "", 0);
	reply_redirect(r, 303, auth_safe_next(req_form(r, "volgende")));
}

void
h_logout(struct request *r)
{
	req_audit(r, "logout", "gebruiker", arena_printf(r->arena, "%lld", (long long)r->actor.gebruiker_id),
	    AUDIT_TOEGESTAAN);
	auth_session_end(r);
	reply_redirect(r, 303, "/login");
}
