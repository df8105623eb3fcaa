/* fts_query.h - safe MATCH expressions for the search indexes (store_fts.h): no SQLite here, only text. */
#ifndef DOORBRAAK_FTS_QUERY_H
#define DOORBRAAK_FTS_QUERY_H

#include "lib/mem.h"

/*
 * Turns what a user typed into a MATCH expression for casus_fts that cannot
 * fail to parse and cannot use FTS5 syntax: every word (text between white
 * space) becomes a quoted string with embedded quotes doubled, and the words
 * are ANDed. FTS5 operators in the input (AND, OR, NOT, NEAR, parentheses,
 * column filters "a:b", '^', '+') are searched as words. A word ending in '*'
 * (and at least two characters long without it) becomes a prefix query.
 * Invalid UTF-8 and control characters separate words; a word without a
 * letter or digit is dropped (FTS5 would match nothing for it); at most
 * STORE_FTS_MAX_WORDS words are used and a word longer than
 * STORE_FTS_MAX_WORD bytes is cut (at a character boundary) into a prefix.
 * Returns a string in arena a, or NULL when nothing searchable was typed
 * (also for NULL input).
 *
 * Use it with a bound parameter, e.g.
 *   SELECT c.id FROM casus_fts JOIN casus c ON c.id = casus_fts.rowid
 *   WHERE casus_fts MATCH ?1 AND <visibility of c> ORDER BY casus_fts.rank
 */
const char *store_fts_query(struct arena *a, const char *user_input);
/* The same words, any of them ("a" OR "b"): store_search_param_any. */
const char *store_fts_query_any(struct arena *a, const char *user_input);

#define STORE_FTS_MAX_WORDS 16
#define STORE_FTS_MAX_WORD 100

#endif
