/* beheer.h - accounts as beheer keeps them, one-time links to set a password, API tokens, requests for access. */
#ifndef DOORBRAAK_STORE_BEHEER_H
#define DOORBRAAK_STORE_BEHEER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "core/account.h"
#include "core/err.h"
#include "lib/mem.h"
#include "store/store.h"

/* The password_hash of an account that has none yet: no argon2id string, so nothing ever verifies against it. */
#define ACCOUNT_GEEN_WACHTWOORD "!"

/* One account as beheer shows it; strings in the arena. */
struct account_rij {
	int64_t id, persoon_id, organisatie_id;
	const char *naam, *email, *functie, *telefoon;
	const char *organisatie_naam;  /* NULL when none */
	unsigned roles;                /* ROL_BIT mask */
	bool actief;
	bool heeft_wachtwoord;         /* false until the one-time link was used */
	const char *aangemaakt;        /* UTC times; laatst_ingelogd NULL when never */
	const char *laatst_ingelogd;
	long tokens;                   /* API tokens not revoked */
};

/* Accounts whose name or e-mail contains zoek (NULL: all), by name. */
enum err_code store_account_lijst(struct store *st, struct arena *a, const char *zoek, struct account_rij **out,
    size_t *n, struct err *e);
/* ERR_NOT_FOUND ("Dit account bestaat niet."). */
enum err_code store_account_lees(struct store *st, struct arena *a, int64_t id, struct account_rij *out,
    struct err *e);
/*
 * A new account from fields that passed account_validate, without a password
 * (ACCOUNT_GEEN_WACHTWOORD: it is set through a one-time link). A persoon
 * with that e-mail but no account (a contact person) becomes the account's
 * persoon; otherwise a new one. ERR_CONFLICT (field "email") when an account
 * with that e-mail exists. Inside a transaction.
 */
enum err_code store_account_nieuw(struct store *st, const struct account_invoer *in, time_t now, int64_t *id,
    struct err *e);
/* Changes name, e-mail, functie, telefoon, organisation and the roles (replaced). ERR_CONFLICT for a taken e-mail. */
enum err_code store_account_wijzig(struct store *st, int64_t id, const struct account_invoer *in, time_t now,
    struct err *e);
/* Disables (ending its sessions) or enables an account. ERR_NOT_FOUND. Inside a transaction. */
enum err_code store_account_actief(struct store *st, int64_t id, bool actief, struct err *e);
/* Records a successful login (the last login beheer shows). */
enum err_code store_account_ingelogd(struct store *st, int64_t id, time_t now, struct err *e);

/* ---- one-time links ------------------------------------------------------------------ */

/* A new link for the account (token_hash = SHA-256 hex of its token); older unused links are withdrawn. */
enum err_code store_link_nieuw(struct store *st, int64_t gebruiker_id, const char *token_hash, int64_t door,
    time_t now, struct err *e);
/* The link with this hash and its account; ERR_NOT_FOUND when there is none. */
enum err_code store_link_lees(struct store *st, const char *token_hash, int64_t *gebruiker_id,
    struct eenmalige_link *out, struct err *e);
/*
 * Uses the link: only the first call succeeds (an UPDATE that needs it unused
 * and not withdrawn), so two requests at once cannot both set a password.
 * ERR_CONFLICT when it was used or withdrawn meanwhile.
 */
enum err_code store_link_gebruiken(struct store *st, const char *token_hash, time_t now, struct err *e);

/* ---- API tokens ---------------------------------------------------------------------- */

struct api_token_rij {
	int64_t id;
	const char *aangemaakt;        /* UTC */
	const char *ingetrokken;       /* UTC, NULL while valid */
};
enum err_code store_token_lijst(struct store *st, struct arena *a, int64_t gebruiker_id, struct api_token_rij **out,
    size_t *n, struct err *e);
/* Revokes token_id of that account; ERR_NOT_FOUND when it is not (or no longer) a valid token of that account. */
enum err_code store_token_intrekken(struct store *st, int64_t gebruiker_id, int64_t token_id, int64_t door,
    time_t now, struct err *e);

/* ---- requests for access ------------------------------------------------------------- */

struct aanvraag_rij {
	int64_t id;
	const char *naam, *organisatie, *functie, *email, *reden;
	enum aanvraag_status status;
	const char *ingediend_op, *beoordeeld_op, *beoordeeld_door, *afwijzing_reden;
	int64_t gebruiker_id;          /* the account made on approval */
	bool email_heeft_account;      /* an account with this e-mail exists (for the one who judges) */
};
/* Stores a request that passed aanvraag_validate (status open). */
enum err_code store_aanvraag_nieuw(struct store *st, const struct aanvraag_invoer *in, time_t now, int64_t *id,
    struct err *e);
/* Requests with status s (-1: all), open ones first, newest first. */
enum err_code store_aanvraag_lijst(struct store *st, struct arena *a, int s, struct aanvraag_rij **out, size_t *n,
    struct err *e);
enum err_code store_aanvraag_lees(struct store *st, struct arena *a, int64_t id, struct aanvraag_rij *out,
    struct err *e);
/* Marks an open request approved (with the account made) or declined; ERR_CONFLICT when it is no longer open. */
enum err_code store_aanvraag_goedkeuren(struct store *st, int64_t id, int64_t gebruiker_id, int64_t door, time_t now,
    struct err *e);
enum err_code store_aanvraag_afwijzen(struct store *st, int64_t id, const char *reden, int64_t door, time_t now,
    struct err *e);
enum err_code store_aanvraag_aantal_open(struct store *st, long *n, struct err *e);

#endif
