/* crypto.c - thin wrappers over libsodium; nothing home-made. */
#include "crypto.h"

#include <sodium.h>
#include <string.h>

#include "lib/mem.h"
#include "lib/totp.h"

int
crypto_init(void)
{
	return sodium_init() < 0 || totp_init() != 0 ? -1 : 0;
}

_Static_assert(sizeof(crypto_generichash_state) <= sizeof(((struct crypto_mac *)0)->state),
    "struct crypto_mac holds a BLAKE2b state");

void
crypto_mac_init(struct crypto_mac *m, const unsigned char key[CRYPTO_MAC_KEYLEN])
{
	crypto_generichash_init((crypto_generichash_state *)(void *)m->state, key, CRYPTO_MAC_KEYLEN,
	    CRYPTO_MAC_LEN);
}

void
crypto_mac_update(struct crypto_mac *m, const void *data, size_t n)
{
	crypto_generichash_update((crypto_generichash_state *)(void *)m->state, data, n);
}

void
crypto_mac_final(struct crypto_mac *m, unsigned char out[CRYPTO_MAC_LEN])
{
	crypto_generichash_final((crypto_generichash_state *)(void *)m->state, out, CRYPTO_MAC_LEN);
	sodium_memzero(m->state, sizeof(m->state));
}

void
crypto_random(void *out, size_t n)
{
	randombytes_buf(out, n);
}

void
crypto_hex(const void *data, size_t n, char *out)
{
	sodium_bin2hex(out, 2 * n + 1, data, n);
}

int
crypto_unhex(const char *text, void *out, size_t n)
{
	size_t got = 0;
	const char *end = NULL;

	if (text == NULL || strlen(text) != 2 * n)
		return -1;
	if (sodium_hex2bin(out, n, text, 2 * n, NULL, &got, &end) != 0 || got != n || *end != '\0')
		return -1;
	return 0;
}

void
crypto_wipe(void *p, size_t n)
{
	sodium_memzero(p, n);
}

void
crypto_token(char out[CRYPTO_TOKEN_HEXLEN])
{
	unsigned char raw[32];

	randombytes_buf(raw, sizeof(raw));
	sodium_bin2hex(out, CRYPTO_TOKEN_HEXLEN, raw, sizeof(raw));
	sodium_memzero(raw, sizeof(raw));
}

char *
crypto_base64(const void *data, size_t n)
{
	size_t len = sodium_base64_ENCODED_LEN(n, sodium_base64_VARIANT_ORIGINAL);
	char *out = xmalloc(len);

	sodium_bin2base64(out, len, data, n, sodium_base64_VARIANT_ORIGINAL);
	return out;
}

void
crypto_recovery_code(char out[CRYPTO_RECOVERY_LEN])
{
	unsigned char raw[13];   /* 104 bits; the first 100 become 20 base32 characters */
	char b32[24];
	size_t o = 0;

	randombytes_buf(raw, sizeof(raw));
	base32_encode(raw, sizeof(raw), b32);
	for (int i = 0; i < 20; i++) {
		if (i > 0 && i % 5 == 0)
			out[o++] = '-';
		out[o++] = (char)(b32[i] >= 'A' && b32[i] <= 'Z' ? b32[i] + 32 : b32[i]);
	}
	out[o] = '\0';
	sodium_memzero(raw, sizeof(raw));
	sodium_memzero(b32, sizeof(b32));
}

void
crypto_sha256_hex(const void *data, size_t n, char out[CRYPTO_SHA256_HEXLEN])
{
	unsigned char h[crypto_hash_sha256_BYTES];

	crypto_hash_sha256(h, data, n);
	sodium_bin2hex(out, CRYPTO_SHA256_HEXLEN, h, sizeof(h));
}

bool
crypto_streq(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);

	if (la != lb)
		return false;
	return sodium_memcmp(a, b, la) == 0;
}

#define OPSLIMIT 2

int
crypto_password_hash(const char *pw, size_t memlimit, char out[CRYPTO_PWHASH_STRLEN])
{
	return crypto_pwhash_str_alg(out, pw, strlen(pw), OPSLIMIT, memlimit,
	    crypto_pwhash_ALG_ARGON2ID13) == 0 ? 0 : -1;
}

bool
crypto_password_verify(const char *hash, const char *pw)
{
	return crypto_pwhash_str_verify(hash, pw, strlen(pw)) == 0;
}

bool
crypto_password_needs_rehash(const char *hash, size_t memlimit)
{
	return crypto_pwhash_str_needs_rehash(hash, OPSLIMIT, memlimit) != 0;
}
