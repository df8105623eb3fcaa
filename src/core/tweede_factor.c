/* tweede_factor.c - who signs in with a second factor, which TOTP codes count, recovery codes (tweede_factor.h). */
#include "core/tweede_factor.h"

#include <string.h>

#include "lib/crypto.h"
#include "lib/totp.h"

bool
tweede_factor_nodig(unsigned roles)
{
	return (roles & ~ROL_BIT(ROL_BEHEERDER)) != 0;
}

int64_t
totp_stap(time_t now)
{
	return now < 0 ? 0 : (int64_t)now / TOTP_STAP;
}

/* Six digits, spaces skipped; false otherwise. */
static bool
code_normaal(const char *typed, char out[TOTP_CODE_LEN])
{
	size_t n = 0;

	if (typed == NULL)
		return false;
	for (const char *p = typed; *p != '\0'; p++) {
		if (*p == ' ')
			continue;
		if (*p < '0' || *p > '9' || n == TOTP_DIGITS)
			return false;
		out[n++] = *p;
	}
	out[n] = '\0';
	return n == TOTP_DIGITS;
}

enum totp_uitkomst
totp_controleer(const char *geheim, const char *code, time_t now, int64_t laatste_stap, int64_t *stap)
{
	char typed[TOTP_CODE_LEN], want[TOTP_CODE_LEN];
	int64_t nu = totp_stap(now);
	enum totp_uitkomst uit = TOTP_FOUT;

	if (!code_normaal(code, typed))
		return TOTP_FOUT;
	for (int64_t s = nu - TOTP_VENSTER; s <= nu + TOTP_VENSTER; s++) {
		if (s < 0 || totp_code(geheim, (uint64_t)s, want) != 0)
			continue;
		if (!crypto_streq(typed, want))
			continue;
		if (s <= laatste_stap) {
			uit = TOTP_AL_GEBRUIKT;   /* keep looking: a later step may have the same code */
			continue;
		}
		*stap = s;
		return TOTP_GOED;
	}
	return uit;
}

bool
herstelcode_normaal(const char *typed, char out[HERSTELCODE_TEKENS + 1])
{
	size_t n = 0;

	if (typed == NULL)
		return false;
	for (const char *p = typed; *p != '\0'; p++) {
		char c = *p >= 'A' && *p <= 'Z' ? (char)(*p + 32) : *p;

		if (c == ' ' || c == '-')
			continue;
		if (!((c >= 'a' && c <= 'z') || (c >= '2' && c <= '7')) || n == HERSTELCODE_TEKENS)
			return false;
		out[n++] = c;
	}
	out[n] = '\0';
	return n == HERSTELCODE_TEKENS;
}
