/* account.h - the rules of accounts: their fields, passwords, one-time links, requests for access. */
#ifndef DOORBRAAK_ACCOUNT_H
#define DOORBRAAK_ACCOUNT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "core/codes.h"
#include "core/err.h"
#include "core/rol.h"

#define ACCOUNT_MAX_NAAM      200    /* bytes */
#define ACCOUNT_MAX_FUNCTIE   200    /* bytes */
#define ACCOUNT_MAX_ORGANISATIE 200  /* bytes: an organisation name typed in a request */
#define ACCOUNT_MAX_REDEN     2000   /* bytes: why someone asks for access, why it was declined */
#define WACHTWOORD_MIN_TEKENS 8      /* characters (code points), not bytes */
#define WACHTWOORD_MAX_TEKENS 256    /* characters; 256 of them are at most 1024 bytes */
#define WACHTWOORD_MAX_BYTES  1024
#define EENMALIGE_LINK_GELDIG (72 * 3600)   /* seconds a link to set a password stays valid */

/* An account as beheer edits it (strings borrowed). */
struct account_invoer {
	const char *naam;
	const char *email;
	const char *functie;       /* optional */
	const char *telefoon;      /* optional */
	unsigned roles;            /* ROL_BIT mask */
	int64_t organisatie_id;    /* 0 for none */
};

/*
 * Checks the fields: a name of 1..ACCOUNT_MAX_NAAM bytes on one line; a
 * valid e-mail address (core/contact.h); a functie of at most
 * ACCOUNT_MAX_FUNCTIE bytes; a valid phone number when given; at least one
 * role and none unknown; an ambassadeur belongs to an organisation (the one
 * they represent). ERR_VALIDATION with e->field "naam", "email", "functie",
 * "telefoon", "rollen" or "organisatie".
 */
enum err_code account_validate(const struct account_invoer *in, struct err *e);

/*
 * A new password: WACHTWOORD_MIN_TEKENS to WACHTWOORD_MAX_TEKENS characters
 * (counted as code points: two emoji are two characters), valid UTF-8
 * without NUL, not one of the common passwords (wachtwoord_veelgebruikt),
 * and the same as the repetition when one is given. No rules on which kinds
 * of characters it has. ERR_VALIDATION with field "wachtwoord" or "herhaling".
 */
enum err_code wachtwoord_check(const char *pw, const char *herhaling, struct err *e);
/*
 * True when pw, in lower case (A-Z only; other letters as they are), is on
 * the list of common passwords compiled into the program
 * (core/common-passwords.txt: 29,000 of them, made by
 * tools/common-passwords.sh).
 */
bool wachtwoord_veelgebruikt(const char *pw);

/* ---- one-time links to set a password ------------------------------------------------- */

/* A link as stored: only a SHA-256 of its token is kept (like sessions). */
struct eenmalige_link {
	time_t aangemaakt;         /* when it was issued */
	time_t gebruikt;           /* when it was used; 0 while unused */
	bool ingetrokken;          /* a newer link for the same account replaced it */
};

/*
 * May the link be used at `now`? ERR_OK; ERR_CONFLICT when it was used
 * already or replaced by a newer one; ERR_CONFLICT when more than
 * EENMALIGE_LINK_GELDIG seconds have passed since it was issued (expired).
 * The message says which, in Dutch (field "link").
 */
enum err_code eenmalige_link_check(const struct eenmalige_link *l, time_t now, struct err *e);
/* The moment the link stops working. */
time_t eenmalige_link_verloopt(const struct eenmalige_link *l);

/* ---- requests for access ("toegang aanvragen") ---------------------------------------- */

enum aanvraag_status {
	AANVRAAG_OPEN,             /* waits for a regievoerder or beheerder */
	AANVRAAG_GOEDGEKEURD,      /* an account was made, with a one-time link */
	AANVRAAG_AFGEWEZEN,        /* declined, with a reason */
	AANVRAAG__MAX
};
extern const struct codelist codes_aanvraag_status;

/* What a professional fills in on the public page (strings borrowed). */
struct aanvraag_invoer {
	const char *naam;
	const char *organisatie;   /* as typed: it is matched or proposed when the request is approved */
	const char *functie;
	const char *email;         /* work e-mail */
	const char *reden;         /* why they need access */
};

/*
 * Checks a request: every field filled in; naam, organisatie and functie
 * of at most their maximum on one line; a valid e-mail address; a reden of
 * at most ACCOUNT_MAX_REDEN bytes. ERR_VALIDATION with e->field "naam",
 * "organisatie", "functie", "email" or "reden".
 */
enum err_code aanvraag_validate(const struct aanvraag_invoer *in, struct err *e);

/*
 * A decision on a request that stands at `huidig`: only an open request can
 * be approved or declined (ERR_CONFLICT otherwise: "al beoordeeld");
 * declining needs a reden of at most ACCOUNT_MAX_REDEN bytes (field
 * "reden").
 */
enum err_code aanvraag_besluit_check(enum aanvraag_status huidig, enum aanvraag_status naar, const char *reden,
    struct err *e);

/* The roles a new account from an approved request may get: not beheerder (that is given in beheer only). */
bool aanvraag_rollen_ok(unsigned roles);

#endif
