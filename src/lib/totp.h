/* totp.h - one-time codes (HOTP, RFC 4226, through liboath) and base32 (RFC 4648) for TOTP secrets. */
#ifndef DOORBRAAK_TOTP_H
#define DOORBRAAK_TOTP_H

#include <stddef.h>
#include <stdint.h>

#define TOTP_SECRET_BYTES 20                  /* 160 bits, as RFC 4226 recommends for HMAC-SHA1 */
#define TOTP_SECRET_B32LEN 33                 /* 32 base32 characters + NUL */
#define TOTP_DIGITS 6
#define TOTP_CODE_LEN (TOTP_DIGITS + 1)

/* liboath's start-up; once, before threads. 0 or -1. */
int totp_init(void);
/* A new random secret, as base32 without padding (32 upper-case characters). */
void totp_secret_new(char out[TOTP_SECRET_B32LEN]);
/*
 * The 6-digit HOTP code of the base32 secret for counter (with TOTP, the
 * time step). 0, or -1 when the secret is not valid base32 or too long.
 */
int totp_code(const char *secret_b32, uint64_t counter, char out[TOTP_CODE_LEN]);
/* The same for a raw key of n bytes (the RFC test vectors are raw keys). */
int totp_code_raw(const unsigned char *key, size_t n, uint64_t counter, char out[TOTP_CODE_LEN]);

/* RFC 4648 base32 of n bytes, upper case, without '=' padding; out needs 8 * ceil(n / 5) + 1 bytes. */
void base32_encode(const unsigned char *in, size_t n, char *out);
/*
 * Decodes base32 (upper or lower case; '=' padding, spaces and '-' are
 * skipped) into out, at most max bytes. Returns the number of bytes, or -1
 * for another character or more than max bytes.
 */
long base32_decode(const char *in, unsigned char *out, size_t max);

#endif
