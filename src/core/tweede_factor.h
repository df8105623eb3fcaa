/* tweede_factor.h - the rules of the second factor: who needs one, which TOTP codes count (RFC 6238), recovery codes. */
#ifndef DOORBRAAK_TWEEDE_FACTOR_H
#define DOORBRAAK_TWEEDE_FACTOR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "core/rol.h"

#define TOTP_STAP 30                /* seconds per time step (RFC 6238's default, what every app uses) */
#define TOTP_VENSTER 1              /* steps accepted either side of now: a clock 30 s off still works */
#define TWEEDE_STAP_GELDIG 600      /* seconds between the password and the second factor */
#define HERSTELCODES 10             /* recovery codes per enrolment, each usable once */
#define HERSTELCODE_TEKENS 20       /* base32 characters: 100 bits (lib/crypto.h crypto_recovery_code) */

/*
 * True when an account with these roles (ROL_BIT mask) signs in with a
 * second factor: every role that can see case data, that is every role but
 * beheerder. A new role needs one unless it is added here as an exception.
 */
bool tweede_factor_nodig(unsigned roles);

/* The time step of `now`. */
int64_t totp_stap(time_t now);

enum totp_uitkomst {
	TOTP_GOED,           /* *stap is the step it matched; record it as the last one used */
	TOTP_FOUT,           /* not the code of any step in the window, or not six digits */
	TOTP_AL_GEBRUIKT,    /* the code of a step already used (replay), or older than the last one */
};

/*
 * Checks a typed code (six digits; spaces are ignored) against the base32
 * secret at `now`, for the steps now-TOTP_VENSTER .. now+TOTP_VENSTER that
 * are later than laatste_stap (the last step used; 0 for none). Every
 * candidate is compared in constant time.
 */
enum totp_uitkomst totp_controleer(const char *geheim, const char *code, time_t now, int64_t laatste_stap,
    int64_t *stap);

/*
 * A typed recovery code as it is hashed: lower case, without spaces and
 * dashes. False when it is not HERSTELCODE_TEKENS base32 characters.
 */
bool herstelcode_normaal(const char *typed, char out[HERSTELCODE_TEKENS + 1]);

#endif
