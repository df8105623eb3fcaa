/* fts_query.c - what a user typed, as an FTS5 MATCH expression that cannot fail to parse nor use FTS5 syntax. */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "store/fts_query.h"

/*
 * The length of the well-formed UTF-8 sequence at s (NUL-terminated) with
 * its code point in *cp, or 0 for an ill-formed one (overlong, surrogate,
 * beyond U+10FFFF, truncated).
 */
static size_t
utf8_next(const unsigned char *s, uint32_t *cp)
{
	uint32_t c, min;
	size_t n;

	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if (s[0] >= 0xc2 && s[0] <= 0xdf) {
		n = 2, c = s[0] & 0x1f, min = 0x80;
	} else if (s[0] >= 0xe0 && s[0] <= 0xef) {
		n = 3, c = s[0] & 0x0f, min = 0x800;
	} else if (s[0] >= 0xf0 && s[0] <= 0xf4) {
		n = 4, c = s[0] & 0x07, min = 0x10000;
	} else {
		return 0;
	}
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)    /* also stops at the NUL */
			return 0;
		c = (c << 6) | (s[i] & 0x3f);
	}
	if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		return 0;
	*cp = c;
	return n;
}

/* White space and control characters: they separate words. */
static bool
fts_space(uint32_t c)
{
	return c <= 0x20 || c == 0x7f || (c >= 0x80 && c <= 0xa0) || c == 0x1680 || (c >= 0x2000 && c <= 0x200b) ||
	    c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000 || c == 0xfeff;
}

/*
 * Certainly a letter or digit for unicode61 (digits, Latin with its
 * extensions, Greek, Cyrillic). A word needs one: a phrase without tokens
 * makes FTS5 match nothing, so "huur – schuld" must not keep the dash.
 * Words in other scripts only are dropped, which widens the search.
 */
static bool
fts_alnum(uint32_t c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= 0xc0 && c <= 0x24f && c != 0xd7 && c != 0xf7) || (c >= 0x1e00 && c <= 0x1eff) ||
	    (c >= 0x391 && c <= 0x3c9 && c != 0x3a2) || (c >= 0x400 && c <= 0x481) || (c >= 0x48a && c <= 0x52f);
}

static const char *
fts_query(struct arena *a, const char *user_input, const char *joiner)
{
	const unsigned char *p = (const unsigned char *)user_input;
	char *out, *o;
	int nwords = 0;

	if (user_input == NULL)
		return NULL;
	out = o = arena_alloc(a, STORE_FTS_MAX_WORDS * (2 * STORE_FTS_MAX_WORD + sizeof("\"\"* AND ")) + 1);
	while (*p != '\0' && nwords < STORE_FTS_MAX_WORDS) {
		const unsigned char *w = p, *end = p;   /* the word kept is [w, end) */
		size_t n, alnum = 0;
		bool cut = false, prefix;
		uint32_t c;

		n = utf8_next(p, &c);
		if (n == 0 || fts_space(c)) {           /* separators, also invalid bytes */
			p += n == 0 ? 1 : n;
			continue;
		}
		while (*p != '\0' && (n = utf8_next(p, &c)) != 0 && !fts_space(c)) {
			if (!cut && (size_t)(p + n - w) <= STORE_FTS_MAX_WORD) {
				end = p + n;
				alnum += fts_alnum(c);
			} else {
				cut = true;             /* skip the rest of an overlong word */
			}
			p += n;
		}
		prefix = cut;
		while (end > w && end[-1] == '*') {
			end--;
			prefix = true;
		}
		if (alnum == 0)
			continue;
		prefix = prefix && alnum >= 2;
		if (nwords++ > 0) {
			memcpy(o, joiner, 5);   /* " AND " or " OR  " */
			o += 5;
		}
		*o++ = '"';
		for (const unsigned char *q = w; q < end; q++) {
			if (*q == '"')
				*o++ = '"';
			*o++ = (char)*q;
		}
		*o++ = '"';
		if (prefix)
			*o++ = '*';
	}
	*o = '\0';
	return nwords == 0 ? NULL : out;
}

const char *
store_fts_query(struct arena *a, const char *user_input)
{
	return fts_query(a, user_input, " AND ");
}

const char *
store_fts_query_any(struct arena *a, const char *user_input)
{
	return fts_query(a, user_input, " OR  ");
}
