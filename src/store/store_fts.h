/* store_fts.h - full-text search over casussen: the "dutch" FTS5 tokenizer, index upkeep, safe MATCH expressions. */
#ifndef DOORBRAAK_STORE_FTS_H
#define DOORBRAAK_STORE_FTS_H

#include <sqlite3.h>

#include "core/err.h"
#include "lib/mem.h"

/*
 * Registers on connection db what the search index of migration 004 needs:
 *  - the FTS5 tokenizer "dutch": SQLite's unicode61 words (letters and digits
 *    of any script, lowercased, diacritics removed: "financiën" is indexed as
 *    "financien"; '-' and other punctuation separate words, so the referentie
 *    PMM-2024-0001 is the phrase pmm 2024 0001), each word then stemmed by
 *    libstemmer's Dutch (Snowball) stemmer. Token offsets are byte offsets
 *    into the original text, so highlight() and snippet() work.
 *  - the write-only virtual tables casus_fts_sync and register_fts_sync
 *    (migration 013: the Maatwerkregister's register_fts, the same
 *    mechanism and tokenizer as the casus search), through which the triggers
 *    keep casus_fts up to date (see migrations/004_zoeken.sql for why).
 * Call it once per connection, before anything reads or writes casus_fts,
 * casus or activiteit (store_open does). Returns 0, or -1 when FTS5 is
 * missing or out of memory.
 *
 * Threads: each FTS5 table on each connection gets its own tokenizer
 * instance with its own sb_stemmer, and FTS5 only calls it while that
 * connection runs a statement. A libstemmer stemmer is not thread-safe, so
 * this relies on what the store already requires: one connection is used by
 * one thread at a time (SQLITE_OPEN_NOMUTEX; the pool hands a connection to
 * one thread).
 */
int store_fts_register(sqlite3 *db);

/*
 * Prepares (and finalizes) the SQL the sync table runs, so that a schema it
 * does not fit stops start-up as the statement tables do (stmt.h) instead of
 * the first change to a casus. Call once the schema is the binary's.
 */
enum err_code store_fts_verify(sqlite3 *db, struct err *e);

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
