/* crypto.h - random tokens, SHA-256 digests, keyed MACs (BLAKE2b) and argon2id password hashes (libsodium). */
#ifndef DOORBRAAK_CRYPTO_H
#define DOORBRAAK_CRYPTO_H

#include <stdbool.h>
#include <stddef.h>

#define CRYPTO_TOKEN_HEXLEN 65   /* 256 bits as hex + NUL */
#define CRYPTO_SHA256_HEXLEN 65
#define CRYPTO_PWHASH_STRLEN 128

int crypto_init(void);  /* once at start-up (libsodium and liboath); 0 or -1 */
/* 256 random bits as 64 lowercase hex characters. */
void crypto_token(char out[CRYPTO_TOKEN_HEXLEN]);
void crypto_sha256_hex(const void *data, size_t n, char out[CRYPTO_SHA256_HEXLEN]);
/* A new single-use recovery code: 100 random bits as "xxxxx-xxxxx-xxxxx-xxxxx" (lower-case base32). */
#define CRYPTO_RECOVERY_LEN 24
void crypto_recovery_code(char out[CRYPTO_RECOVERY_LEN]);
/* Standard base64 (with padding) of n bytes; a NUL-terminated string the caller frees (free()). */
char *crypto_base64(const void *data, size_t n);
/*
 * A keyed MAC computed piecewise: BLAKE2b-256 with a 256-bit key
 * (libsodium's crypto_generichash). init, update any number of times,
 * final; the state holds no allocation.
 */
#define CRYPTO_MAC_KEYLEN 32
#define CRYPTO_MAC_LEN 32
#define CRYPTO_MAC_HEXLEN (2 * CRYPTO_MAC_LEN + 1)
struct crypto_mac {
	_Alignas(64) unsigned char state[512];
};
void crypto_mac_init(struct crypto_mac *m, const unsigned char key[CRYPTO_MAC_KEYLEN]);
void crypto_mac_update(struct crypto_mac *m, const void *data, size_t n);
void crypto_mac_final(struct crypto_mac *m, unsigned char out[CRYPTO_MAC_LEN]);
/* n random bytes. */
void crypto_random(void *out, size_t n);
/* Lower-case hex of n bytes into out (2n+1 bytes). */
void crypto_hex(const void *data, size_t n, char *out);
/* Exactly 2n hex digits into n bytes: 0, or -1 when text is not that. */
int crypto_unhex(const char *text, void *out, size_t n);
/* Wipes n bytes (a key that is no longer needed). */
void crypto_wipe(void *p, size_t n);

/* Constant-time comparison of two NUL-terminated strings. */
bool crypto_streq(const char *a, const char *b);

/*
 * argon2id with the memory limit given in bytes (at least 19 MiB in
 * production). Returns 0, or -1 when out of memory.
 */
int crypto_password_hash(const char *pw, size_t memlimit, char out[CRYPTO_PWHASH_STRLEN]);
bool crypto_password_verify(const char *hash, const char *pw);
/* True when the hash was made with other parameters than these (rehash on login). */
bool crypto_password_needs_rehash(const char *hash, size_t memlimit);

#endif
