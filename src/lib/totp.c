/* totp.c - one-time codes through liboath (HMAC-SHA1 and the truncation of RFC 4226) and our base32 codec. */
#include "totp.h"

#include <liboath/oath.h>
#include <sodium.h>
#include <string.h>

static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

int
totp_init(void)
{
	return oath_init() == OATH_OK ? 0 : -1;
}

void
base32_encode(const unsigned char *in, size_t n, char *out)
{
	uint32_t acc = 0;
	int bits = 0;
	size_t o = 0;

	for (size_t i = 0; i < n; i++) {
		acc = (acc << 8) | in[i];
		bits += 8;
		while (bits >= 5) {
			out[o++] = alphabet[(acc >> (bits - 5)) & 31];
			bits -= 5;
		}
	}
	if (bits > 0)
		out[o++] = alphabet[(acc << (5 - bits)) & 31];
	out[o] = '\0';
}

long
base32_decode(const char *in, unsigned char *out, size_t max)
{
	uint32_t acc = 0;
	int bits = 0;
	size_t o = 0;

	for (const char *p = in; *p != '\0'; p++) {
		char c = *p >= 'a' && *p <= 'z' ? (char)(*p - 32) : *p;
		const char *at;

		if (c == '=' || c == ' ' || c == '-')
			continue;
		if ((at = strchr(alphabet, c)) == NULL || c == '\0')
			return -1;
		acc = (acc << 5) | (uint32_t)(at - alphabet);
		bits += 5;
		if (bits >= 8) {
			if (o == max)
				return -1;
			out[o++] = (unsigned char)(acc >> (bits - 8));
			bits -= 8;
		}
	}
	return (long)o;
}

void
totp_secret_new(char out[TOTP_SECRET_B32LEN])
{
	unsigned char raw[TOTP_SECRET_BYTES];

	randombytes_buf(raw, sizeof(raw));
	base32_encode(raw, sizeof(raw), out);
	sodium_memzero(raw, sizeof(raw));
}

int
totp_code_raw(const unsigned char *key, size_t n, uint64_t counter, char out[TOTP_CODE_LEN])
{
	return oath_hotp_generate((const char *)key, n, counter, TOTP_DIGITS, false, OATH_HOTP_DYNAMIC_TRUNCATION,
	    out) == OATH_OK ? 0 : -1;
}

int
totp_code(const char *secret_b32, uint64_t counter, char out[TOTP_CODE_LEN])
{
	unsigned char key[64];
	long n = base32_decode(secret_b32, key, sizeof(key));
	int rc;

	if (n <= 0)
		return -1;
	rc = totp_code_raw(key, (size_t)n, counter, out);
	sodium_memzero(key, sizeof(key));
	return rc;
}
