/* store_tweede_factor.h - an account's TOTP secret, the last time step used, and its recovery codes. */
#ifndef DOORBRAAK_STORE_TWEEDE_FACTOR_H
#define DOORBRAAK_STORE_TWEEDE_FACTOR_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "core/err.h"
#include "lib/mem.h"
#include "store/store.h"

struct tweede_factor {
	const char *geheim;        /* base32 (arena); NULL when the account has not set one up */
	int64_t laatste_stap;      /* the TOTP time step last used; 0 for none */
	long herstelcodes_over;    /* unused recovery codes */
};

/* ERR_NOT_FOUND for an unknown account. */
enum err_code store_tweede_factor(struct store *st, struct arena *a, int64_t gebruiker_id, struct tweede_factor *out,
    struct err *e);
/*
 * Records that time step `stap` was used, in one UPDATE that only moves
 * forward: ERR_CONFLICT when the step is not later than the last one used
 * (another request used this code or a later one first), so a code is
 * accepted once even when it is sent twice at the same moment.
 */
enum err_code store_tweede_factor_stap(struct store *st, int64_t gebruiker_id, int64_t stap, struct err *e);
/*
 * Sets up the second factor: the secret, the step its confirming code used,
 * the date; the recovery codes (their SHA-256 hashes, n of them) replace any
 * earlier ones. Inside the caller's transaction.
 */
enum err_code store_tweede_factor_instellen(struct store *st, int64_t gebruiker_id, const char *geheim, int64_t stap,
    const char *const *code_hashes, size_t n, time_t now, struct err *e);
/* Uses the recovery code with this hash, once: ERR_NOT_FOUND when there is no unused one of this account. */
enum err_code store_herstelcode_gebruiken(struct store *st, int64_t gebruiker_id, const char *code_hash, time_t now,
    struct err *e);
/* Removes the second factor (a lost phone): secret, step and recovery codes; the next login sets up a new one. */
enum err_code store_tweede_factor_wissen(struct store *st, int64_t gebruiker_id, struct err *e);

#endif
