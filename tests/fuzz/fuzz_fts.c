/* fuzz_fts.c - libFuzzer target: the search query builder (store/store_fts.c): whatever is typed, the MATCH
   expression it makes parses in FTS5 with the dutch tokenizer, as its header promises. */
#include <assert.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/mem.h"
#include "store/store_fts.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static sqlite3 *db;
static sqlite3_stmt *match;

static void
open_db(void)
{
	if (sqlite3_open(":memory:", &db) != SQLITE_OK || store_fts_register(db) != 0 ||
	    sqlite3_exec(db, "CREATE VIRTUAL TABLE t USING fts5(a, b, tokenize = 'dutch');"
		"INSERT INTO t VALUES ('schulden bij de gemeente', 'PMM-2024-0001 financiën');"
		"INSERT INTO t VALUES ('\"woning\" OR NOT (huur)', 'a:b ^c +d *');", NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "SELECT rowid FROM t WHERE t MATCH ?1 ORDER BY rank", -1, &match, NULL) != SQLITE_OK) {
		fprintf(stderr, "fuzz_fts: %s\n", sqlite3_errmsg(db));
		abort();
	}
}

static void
check(const char *q)
{
	int rc;

	if (q == NULL)
		return;
	sqlite3_reset(match);
	sqlite3_bind_text(match, 1, q, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(match)) == SQLITE_ROW)
		;
	if (rc != SQLITE_DONE) {
		fprintf(stderr, "fuzz_fts: MATCH %s: %s\n", q, sqlite3_errmsg(db));
		abort();
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena *a = arena_new();
	char *in = arena_strndup(a, (const char *)data, size);   /* what a form field holds: up to its first NUL */

	if (db == NULL)
		open_db();
	check(store_fts_query(a, in));
	check(store_fts_query_any(a, in));
	arena_free(a);
	return 0;
}
