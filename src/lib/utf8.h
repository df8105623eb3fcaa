/* utf8.h - strict UTF-8 validation (no overlongs, no surrogates, no NUL). */
#ifndef DOORBRAAK_UTF8_H
#define DOORBRAAK_UTF8_H

#include <stdbool.h>
#include <stddef.h>

/* True when s[0..n) is well-formed UTF-8 and contains no NUL byte. */
bool utf8_valid(const char *s, size_t n);
/* Number of code points in a valid UTF-8 string. */
size_t utf8_length(const char *s, size_t n);

#endif
