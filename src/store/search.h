/* search.h - the search interface of the store: what a user typed, as the parameter of a search condition. */
#ifndef DOORBRAAK_STORE_SEARCH_H
#define DOORBRAAK_STORE_SEARCH_H

#include "lib/mem.h"
#include "store/store.h"

/*
 * Searching casussen is backend-specific on both sides: a statement's search
 * condition (SQLite: `c.id IN (SELECT rowid FROM casus_fts WHERE casus_fts
 * MATCH :zoek)`, the FTS5 index of store_fts.c; PostgreSQL later: a tsvector
 * with to_tsquery('dutch', :zoek), as the statement's pgsql variant) and the
 * text bound to it. This turns user input into that text for st's backend
 * (SQLite: store_fts_query): safe to bind, unable to inject query syntax.
 * Returns a string in arena a, or NULL when nothing searchable was typed
 * (also for NULL input).
 */
const char *store_search_param(struct store *st, struct arena *a, const char *user_input);
/* The same, but a row matches when it has any of the words (ranked by how well): for finding similar casussen
   from their key words (core/gelijkenis.h), not for what a user typed. */
const char *store_search_param_any(struct store *st, struct arena *a, const char *words);

#endif
