/* attempt.h - counting sign-in attempts per account and per client address, atomically, before they are checked. */
#ifndef DOORBRAAK_SESSIE_ATTEMPT_H
#define DOORBRAAK_SESSIE_ATTEMPT_H

#include <stdbool.h>

#include "core/throttle.h"
#include "web/request.h"

/* One sign-in attempt (a password, or a second-factor code) on one account from one address. */
struct login_attempt {
	const char *account_key;   /* "account:<e-mail in lower case>" */
	const char *address_key;   /* "adres:<client address>" */
	struct throttle_policy account, address;
};

enum attempt_result {
	ATTEMPT_GO,          /* counted; check the password or code now */
	ATTEMPT_REFUSED,     /* too many attempts: answer 429 with Retry-After *retry_after */
	ATTEMPT_BUSY,        /* the database could not count it: answer 503 */
};

/* Fills la for an account (its e-mail, any case) and the request's client address. */
void login_attempt_init(struct request *r, struct login_attempt *la, const char *email);
/*
 * Reads, counts and writes both counters in one write transaction, so that
 * attempts at the same moment (60 wrong passwords at once) are all counted
 * before any of them is checked: at most the limit of checks go ahead. An
 * attempt that is refused is not counted on the other key. A refusal is
 * audited ("login", geweigerd) in the same transaction.
 */
enum attempt_result login_attempt_begin(struct request *r, struct login_attempt *la, long *retry_after);
/*
 * The attempt succeeded: the address forgives it; the account forgives it
 * too, or (signed_in: the whole sign-in is done) starts from zero. Must run
 * inside the caller's transaction.
 */
void login_attempt_succeeded(struct request *r, struct login_attempt *la, bool signed_in);

#endif
