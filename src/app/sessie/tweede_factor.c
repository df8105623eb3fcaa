/* tweede_factor.c - the second step of signing in: the TOTP code or a recovery code, and setting up the second factor. */
#include <stdio.h>
#include <string.h>

#include "app/sessie/attempt.h"
#include "app/sessie/handlers.h"
#include "app/sessie/qrcode.h"
#include "core/tweede_factor.h"
#include "lib/crypto.h"
#include "lib/totp.h"
#include "store/beheer/beheer.h"
#include "store/store_account.h"
#include "store/store_tweede_factor.h"
#include "web/auth.h"

/*
 * The account half-way through signing in; false (after answering 303
 * /login) when the session is not at `stap`. A form POST must also carry
 * the half-way session's CSRF token (the routes are ROUTE_NO_CSRF so that
 * this check comes after the one above): false after answering 403.
 */
static bool
halfway_account(struct request *r, int stap, struct gebruiker *u)
{
	if (r->halfweg.stap != stap || store_user_by_id(r->store, r->arena, r->halfweg.gebruiker_id, u, NULL) != ERR_OK ||
	    !u->actief) {
		reply_redirect(r, 303, "/login");
		return false;
	}
	if (strcmp(r->method, "POST") == 0 && !auth_csrf_ok(r)) {
		auth_csrf_refused(r);
		reply_problem(r, 403, "Formulier verlopen",
		    "Het formulier is verlopen of komt niet van doorbraak. Laad de pagina opnieuw en probeer het nog eens.");
		return false;
	}
	return true;
}

/* "ABCD EFGH ..." : the secret in groups of four, easier to type over. */
static const char *
grouped(struct arena *a, const char *secret)
{
	struct buf b;
	const char *out;

	buf_init(&b, 0);
	for (size_t i = 0; secret[i] != '\0'; i++) {
		if (i > 0 && i % 4 == 0)
			buf_putc(&b, ' ');
		buf_putc(&b, secret[i]);
	}
	out = arena_strdup(a, buf_str(&b));
	buf_free(&b);
	return out;
}

static void
code_page(struct request *r, int status, const char *fout, const char *veld)
{
	json_t *ctx = json_object();

	json_object_set_new(ctx, "csrf", json_string(r->csrf));
	if (fout != NULL) {
		json_object_set_new(ctx, "fout", json_string(fout));
		json_object_set_new(ctx, veld, json_true());
	}
	reply_page(r, status, "sessie/code", "Code invoeren", ctx);
}

static void
inschrijven_page(struct request *r, int status, const struct gebruiker *u, const char *fout)
{
	json_t *ctx = json_object();
	const char *uri = qrcode_otpauth_uri(r->arena, u->email, r->halfweg.totp_nieuw);
	const char *img = qrcode_data_uri(r->arena, uri);

	json_object_set_new(ctx, "csrf", json_string(r->csrf));
	json_object_set_new(ctx, "email", json_string(u->email));
	json_object_set_new(ctx, "geheim", json_string(grouped(r->arena, r->halfweg.totp_nieuw)));
	if (img != NULL)
		json_object_set_new(ctx, "qr", json_string(img));
	if (fout != NULL)
		json_object_set_new(ctx, "fout", json_string(fout));
	reply_page(r, status, "sessie/inschrijven", "Tweede stap instellen", ctx);
}

/* Counts the attempt on the account and the address; false after answering 429 or 503. */
static bool
attempt(struct request *r, struct login_attempt *la, const struct gebruiker *u)
{
	long retry;

	login_attempt_init(r, la, u->email);
	switch (login_attempt_begin(r, la, &retry)) {
	case ATTEMPT_GO:
		return true;
	case ATTEMPT_REFUSED:
		reply_header(r, "Retry-After", arena_printf(r->arena, "%ld", retry));
		reply_problem(r, 429, "Te veel pogingen", arena_printf(r->arena,
		    "Te veel mislukte inlogpogingen. Probeer het over %ld minuten opnieuw.", (retry + 59) / 60));
		return false;
	case ATTEMPT_BUSY:
		break;
	}
	reply_problem(r, 503, "Even bezet", "De database is even bezet. Probeer het opnieuw.");
	return false;
}

/*
 * Inside the caller's transaction: ends the half-way session, starts the
 * real one (a new id), records the login and commits. false after 503.
 */
static bool
finish(struct request *r, struct login_attempt *la, const struct gebruiker *u, const char *actie)
{
	const char *uid = arena_printf(r->arena, "%lld", (long long)u->id);
	struct err e = { 0 };

	store_session_delete(r->store, r->session_hash);
	login_attempt_succeeded(r, la, true);
	r->actor.gebruiker_id = u->id;
	r->actor.roles = u->roles;
	if (auth_session_start(r, u->id, &e) != ERR_OK || store_account_ingelogd(r->store, u->id, r->now, &e) != ERR_OK ||
	    (actie != NULL && req_audit(r, actie, "gebruiker", uid, AUDIT_TOEGESTAAN) != ERR_OK) ||
	    req_audit(r, "login", "gebruiker", uid, AUDIT_TOEGESTAAN) != ERR_OK || store_commit(r->store) != ERR_OK) {
		store_rollback(r->store);
		r->nheaders = 0;
		r->actor.gebruiker_id = 0;
		reply_problem(r, 503, "Even bezet", "Inloggen lukte niet. Probeer het opnieuw.");
		return false;
	}
	return true;
}

static const char *
next_target(struct request *r)
{
	return auth_safe_next(r->halfweg.volgende != NULL && r->halfweg.volgende[0] != '\0' ? r->halfweg.volgende : "/");
}

void
h_code_form(struct request *r)
{
	struct gebruiker u;

	if (halfway_account(r, SESSIE_CODE, &u))
		code_page(r, 200, NULL, NULL);
}

/* A recovery code instead of the TOTP code: once each. */
static void
with_recovery_code(struct request *r, struct login_attempt *la, const struct gebruiker *u, const char *typed)
{
	char norm[HERSTELCODE_TEKENS + 1], hash[CRYPTO_SHA256_HEXLEN];
	const char *uid = arena_printf(r->arena, "%lld", (long long)u->id);
	struct err e = { 0 };

	if (!herstelcode_normaal(typed, norm)) {
		req_audit(r, "login.herstelcode", "gebruiker", uid, AUDIT_MISLUKT);
		code_page(r, 400, "Een herstelcode heeft 20 letters en cijfers, bijvoorbeeld abcde-fghij-klmno-pqrst.",
		    "herstelcode_fout");
		return;
	}
	crypto_sha256_hex(norm, strlen(norm), hash);
	if (store_begin(r->store) != ERR_OK) {
		reply_problem(r, 503, "Even bezet", "De database is even bezet. Probeer het opnieuw.");
		return;
	}
	if (store_herstelcode_gebruiken(r->store, u->id, hash, r->now, &e) != ERR_OK) {
		store_rollback(r->store);
		req_audit(r, "login.herstelcode", "gebruiker", uid, AUDIT_MISLUKT);
		code_page(r, 401, "Deze herstelcode klopt niet of is al gebruikt.", "herstelcode_fout");
		return;
	}
	if (finish(r, la, u, "login.herstelcode"))
		reply_redirect(r, 303, next_target(r));
}

void
h_code(struct request *r)
{
	const char *code = req_form(r, "code"), *herstel = req_form(r, "herstelcode");
	const char *uid;
	struct login_attempt la;
	struct tweede_factor tf;
	struct gebruiker u;
	struct err e = { 0 };
	int64_t stap = 0;
	enum totp_uitkomst uit;

	if (!halfway_account(r, SESSIE_CODE, &u))
		return;
	uid = arena_printf(r->arena, "%lld", (long long)u.id);
	if ((code == NULL || code[0] == '\0') && (herstel == NULL || herstel[0] == '\0')) {
		code_page(r, 400, "Vul de code van zes cijfers uit uw app in.", "code_fout");
		return;
	}
	if (!attempt(r, &la, &u))
		return;
	if (herstel != NULL && herstel[0] != '\0') {
		with_recovery_code(r, &la, &u, herstel);
		return;
	}
	if (store_tweede_factor(r->store, r->arena, u.id, &tf, &e) != ERR_OK || tf.geheim == NULL) {
		reply_redirect(r, 303, "/login");   /* the second factor was removed meanwhile: start again */
		return;
	}
	uit = totp_controleer(tf.geheim, code, r->now, tf.laatste_stap, &stap);
	if (uit == TOTP_GOED) {
		if (store_begin(r->store) != ERR_OK) {
			reply_problem(r, 503, "Even bezet", "De database is even bezet. Probeer het opnieuw.");
			return;
		}
		/* the step moves forward in one UPDATE: the same code sent twice at once is accepted once */
		if (store_tweede_factor_stap(r->store, u.id, stap, &e) == ERR_OK) {
			if (finish(r, &la, &u, NULL))
				reply_redirect(r, 303, next_target(r));
			return;
		}
		store_rollback(r->store);
		uit = TOTP_AL_GEBRUIKT;
	}
	req_audit(r, "login.code", "gebruiker", uid, AUDIT_MISLUKT);
	code_page(r, 401, uit == TOTP_AL_GEBRUIKT ?
	    "Deze code is al gebruikt. Wacht tot uw app een nieuwe code laat zien en vul die in." :
	    "De code klopt niet. Controleer of de tijd op uw telefoon goed staat en probeer het opnieuw.", "code_fout");
}

void
h_inschrijven_form(struct request *r)
{
	struct gebruiker u;

	if (halfway_account(r, SESSIE_INSCHRIJVEN, &u))
		inschrijven_page(r, 200, &u, NULL);
}

void
h_inschrijven(struct request *r)
{
	const char *code = req_form(r, "code");
	char codes[HERSTELCODES][CRYPTO_RECOVERY_LEN], hashes[HERSTELCODES][CRYPTO_SHA256_HEXLEN];
	const char *hp[HERSTELCODES];
	struct login_attempt la;
	struct gebruiker u;
	struct err e = { 0 };
	int64_t stap = 0;
	json_t *ctx, *lijst;

	if (!halfway_account(r, SESSIE_INSCHRIJVEN, &u))
		return;
	if (code == NULL || code[0] == '\0') {
		inschrijven_page(r, 400, &u, "Vul de code van zes cijfers in die uw app nu laat zien.");
		return;
	}
	if (!attempt(r, &la, &u))
		return;
	if (totp_controleer(r->halfweg.totp_nieuw, code, r->now, 0, &stap) != TOTP_GOED) {
		req_audit(r, "tweede_factor.instellen", "gebruiker", arena_printf(r->arena, "%lld", (long long)u.id),
		    AUDIT_MISLUKT);
		inschrijven_page(r, 401, &u, "De code klopt niet. Controleer of u het geheim goed hebt overgenomen en of de "
		    "tijd op uw telefoon goed staat.");
		return;
	}
	lijst = json_array();
	for (int i = 0; i < HERSTELCODES; i++) {
		char norm[HERSTELCODE_TEKENS + 1];

		crypto_recovery_code(codes[i]);
		herstelcode_normaal(codes[i], norm);
		crypto_sha256_hex(norm, strlen(norm), hashes[i]);
		hp[i] = hashes[i];
		json_array_append_new(lijst, json_string(codes[i]));
	}
	if (store_begin(r->store) != ERR_OK ||
	    store_tweede_factor_instellen(r->store, u.id, r->halfweg.totp_nieuw, stap, hp, HERSTELCODES, r->now, &e) != ERR_OK) {
		store_rollback(r->store);
		json_decref(lijst);
		reply_problem(r, 503, "Even bezet", "De tweede stap kon niet worden opgeslagen. Probeer het opnieuw.");
		return;
	}
	if (!finish(r, &la, &u, "tweede_factor.instellen")) {
		json_decref(lijst);
		return;
	}
	/* The recovery codes are shown once, now; only their hashes are kept. */
	ctx = json_object();
	json_object_set_new(ctx, "herstelcodes", lijst);
	json_object_set_new(ctx, "volgende", json_string(next_target(r)));
	reply_page(r, 200, "sessie/herstelcodes", "Uw herstelcodes", ctx);
}
