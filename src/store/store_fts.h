/* store_fts.h - full-text search over casussen: the "dutch" FTS5 tokenizer, index upkeep, safe MATCH expressions. */
#ifndef DOORBRAAK_STORE_FTS_H
#define DOORBRAAK_STORE_FTS_H

#include <sqlite3.h>

#include "core/err.h"
#include "lib/mem.h"
#include "store/fts_query.h"

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

#endif
