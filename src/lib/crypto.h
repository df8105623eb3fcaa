/* crypto.h - random tokens, SHA-256 digests and argon2id password hashes (libsodium). */
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
