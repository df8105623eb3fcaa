/* store_account.h - accounts (gebruiker + persoon), sessions, API tokens and login throttling state. */
#ifndef DOORBRAAK_STORE_ACCOUNT_H
#define DOORBRAAK_STORE_ACCOUNT_H

#include <stdbool.h>
#include <stdint.h>
#include <time.h>

#include "core/err.h"
#include "core/throttle.h"
#include "lib/mem.h"
#include "store/store.h"

struct gebruiker {
	int64_t id, persoon_id, organisatie_id;
	const char *naam, *email;
	const char *organisatie_naam, *organisatie_type;   /* NULL when none */
	unsigned roles;              /* ROL_BIT mask */
	bool actief;
	const char *password_hash;
};

/* Lookups fill *out with strings in the arena; ERR_NOT_FOUND when absent. */
enum err_code store_user_by_email(struct store *st, struct arena *a, const char *email,
    struct gebruiker *out, struct err *e);
enum err_code store_user_by_id(struct store *st, struct arena *a, int64_t id,
    struct gebruiker *out, struct err *e);
/* All accounts ordered by e-mail; *out is an arena array. */
enum err_code store_user_list(struct store *st, struct arena *a, struct gebruiker **out, size_t *n,
    struct err *e);

/*
 * Creates persoon + gebruiker + roles. organisatie may be NULL; an unknown
 * organisation name is created (type gemeente when it starts with
 * "Gemeente ", else overig). ERR_CONFLICT when the e-mail is taken.
 * Must run inside a transaction.
 */
enum err_code store_user_add(struct store *st, const char *email, const char *naam,
    const char *organisatie, unsigned roles, const char *password_hash, time_t now,
    int64_t *id, struct err *e);
enum err_code store_user_set_active(struct store *st, int64_t id, bool actief, struct err *e);
enum err_code store_user_set_password(struct store *st, int64_t id, const char *hash, struct err *e);

/* Sessions: only a SHA-256 of the session id is stored. */
enum sessie_stap {
	SESSIE_BINNEN,         /* signed in */
	SESSIE_CODE,           /* the password was right; the second factor comes next */
	SESSIE_INSCHRIJVEN,    /* the password was right; the second factor is being set up (totp_nieuw) */
	SESSIE__MAX
};
#define SESSIE_VOLGENDE_MAX 1024   /* bytes of the target kept for after the second factor */
enum err_code store_session_create(struct store *st, const char *id_hash, int64_t gebruiker_id,
    const char *csrf, time_t now, struct err *e);
/* A session at a step of signing in; totp_nieuw (SESSIE_INSCHRIJVEN) and volgende may be NULL. */
enum err_code store_session_create_stap(struct store *st, const char *id_hash, int64_t gebruiker_id,
    const char *csrf, time_t now, enum sessie_stap stap, const char *totp_nieuw, const char *volgende,
    struct err *e);
struct session_row {
	int64_t gebruiker_id;
	char csrf[65];
	time_t created_at, last_seen;
	enum sessie_stap stap;     /* SESSIE__MAX for a value this program does not know */
	char totp_nieuw[64];
	char volgende[SESSIE_VOLGENDE_MAX];
};
/* ERR_NOT_FOUND for an unknown session; any other failure is the database's (never to be read as signed out). */
enum err_code store_session_get(struct store *st, const char *id_hash, struct session_row *out);
enum err_code store_session_touch(struct store *st, const char *id_hash, time_t now);
enum err_code store_session_delete(struct store *st, const char *id_hash);
enum err_code store_session_delete_user(struct store *st, int64_t gebruiker_id);

/* API tokens: only a SHA-256 of the token is stored. */
enum err_code store_token_add(struct store *st, int64_t gebruiker_id, const char *token_hash,
    time_t now, struct err *e);
/* ERR_NOT_FOUND for unknown or revoked tokens; any other failure is the database's. */
enum err_code store_token_lookup(struct store *st, const char *token_hash, int64_t *gebruiker_id);

/* Throttling state per key ("account:x@y", "adres:1.2.3.4"); absent = zero state. */
void store_throttle_get(struct store *st, const char *key, struct throttle *out);
enum err_code store_throttle_put(struct store *st, const char *key, const struct throttle *t);
enum err_code store_throttle_clear(struct store *st, const char *key);

#endif
