/* pseudoniem.h - stable pseudonyms: HMAC-SHA256 (libsodium) with a key kept in a file outside the database. */
#ifndef DOORBRAAK_PSEUDONIEM_H
#define DOORBRAAK_PSEUDONIEM_H

#include <stdbool.h>
#include <stddef.h>

#define PSEUDONIEM_SLEUTEL_LEN 32
#define PSEUDONIEM_STRLEN 23   /* "P-" + 20 hex digits (80 bits) + NUL */

/*
 * Reads the key from path: 64 hexadecimal digits, optionally followed by a
 * newline, in a file only its owner may read (mode 0600 or stricter). When
 * the file does not exist, creates it (0600, never overwriting) with a new
 * random key and sets *gemaakt. Returns 0, or -1 with a Dutch message.
 */
int pseudoniem_sleutel(const char *path, unsigned char key[PSEUDONIEM_SLEUTEL_LEN], bool *gemaakt, char *msg,
    size_t msglen);

/* The pseudonym of value within kind soort ("casus"): the same for the same key, kind and value. */
void pseudoniem(const unsigned char key[PSEUDONIEM_SLEUTEL_LEN], const char *soort, const char *waarde,
    char out[PSEUDONIEM_STRLEN]);

/* Wipes a key from memory once it is no longer needed. */
void pseudoniem_wis(unsigned char key[PSEUDONIEM_SLEUTEL_LEN]);

#endif
