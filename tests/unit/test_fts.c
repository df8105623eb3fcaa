/* test_fts.c - casus search: the Dutch tokenizer, the index triggers, MATCH expressions from hostile input. */
#include "harness.h"
#include "fixture.h"

#include <sqlite3.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/mem.h"
#include "lib/utf8.h"
#include "store/store.h"
#include "store/store_fts.h"
#include "store/driver_sqlite.h"

static char path[64];

static int
setup(void **state)
{
	return (*state = fixture_store_open(path)) != NULL ? 0 : -1;
}

static int
teardown(void **state)
{
	store_close(*state);
	fixture_store_remove(path);
	return 0;
}

static int
exec(struct store *st, const char *sql)
{
	return sqlite3_exec(store_sqlite_db(st), sql, NULL, NULL, NULL);
}

/* Inserts a submitted casus the way the store will, straight in SQL; returns its id. */
static int64_t
casus_add(struct store *st, const char *referentie, const char *hulpvraag, const char *situatie)
{
	sqlite3_stmt *s = NULL;
	int64_t id = 0;

	assert_int_equal(sqlite3_prepare_v2(store_sqlite_db(st),
	    "INSERT INTO casus (referentie, status, ontvangen_op, hulpvraag, situatie, created_at, updated_at)"
	    " VALUES (?1, 'aangemeld', '2024-01-15', ?2, ?3, '2024-01-15T09:00:00Z', '2024-01-15T09:00:00Z')",
	    -1, &s, NULL), SQLITE_OK);
	sqlite3_bind_text(s, 1, referentie, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 2, hulpvraag, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 3, situatie, -1, SQLITE_STATIC);
	if (sqlite3_step(s) == SQLITE_DONE)
		id = sqlite3_last_insert_rowid(store_sqlite_db(st));
	else
		fail_msg("insert casus: %s", sqlite3_errmsg(store_sqlite_db(st)));
	sqlite3_finalize(s);
	return id;
}

static void
activiteit_add(struct store *st, int64_t casus_id, const char *omschrijving)
{
	sqlite3_stmt *s = NULL;

	assert_int_equal(sqlite3_prepare_v2(store_sqlite_db(st),
	    "INSERT INTO activiteit (casus_id, type, datum, omschrijving, created_at)"
	    " VALUES (?1, 'notitie', '2024-01-16', ?2, '2024-01-16T10:00:00Z')", -1, &s, NULL), SQLITE_OK);
	sqlite3_bind_int64(s, 1, casus_id);
	sqlite3_bind_text(s, 2, omschrijving, -1, SQLITE_STATIC);
	if (sqlite3_step(s) != SQLITE_DONE)
		fail_msg("insert activiteit: %s", sqlite3_errmsg(store_sqlite_db(st)));
	sqlite3_finalize(s);
}

/* Runs MATCH with q; returns the number of rows or -1 when SQLite reports an error (in errbuf). */
static int
match_count(struct store *st, const char *q, char *errbuf, size_t errlen)
{
	sqlite3_stmt *s = NULL;
	int rc, n = 0;

	if (sqlite3_prepare_v2(store_sqlite_db(st), "SELECT rowid FROM casus_fts WHERE casus_fts MATCH ?1", -1, &s, NULL)
	    != SQLITE_OK) {
		snprintf(errbuf, errlen, "%s", sqlite3_errmsg(store_sqlite_db(st)));
		return -1;
	}
	sqlite3_bind_text(s, 1, q, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		n++;
	if (rc != SQLITE_DONE) {
		snprintf(errbuf, errlen, "%s", sqlite3_errmsg(store_sqlite_db(st)));
		n = -1;
	}
	sqlite3_finalize(s);
	return n;
}

/* How many casussen match what a user typed (0 when nothing searchable was typed). */
static int
hits(struct store *st, const char *typed)
{
	struct arena *a = arena_new();
	const char *q = store_fts_query(a, typed);
	char errbuf[256] = "";
	int n = q == NULL ? 0 : match_count(st, q, errbuf, sizeof(errbuf));

	if (n < 0)
		fail_msg("MATCH %s (typed %s): %s", q, typed, errbuf);
	arena_free(a);
	return n;
}

/* Whether the casus with this referentie is among the results for what a user typed. */
static bool
finds(struct store *st, const char *typed, const char *referentie)
{
	struct arena *a = arena_new();
	const char *q = store_fts_query(a, typed);
	sqlite3_stmt *s = NULL;
	bool found = false;

	if (q != NULL) {
		assert_int_equal(sqlite3_prepare_v2(store_sqlite_db(st),
		    "SELECT count(*) FROM casus_fts JOIN casus c ON c.id = casus_fts.rowid"
		    " WHERE casus_fts MATCH ?1 AND c.referentie = ?2", -1, &s, NULL), SQLITE_OK);
		sqlite3_bind_text(s, 1, q, -1, SQLITE_STATIC);
		sqlite3_bind_text(s, 2, referentie, -1, SQLITE_STATIC);
		assert_int_equal(sqlite3_step(s), SQLITE_ROW);
		found = sqlite3_column_int(s, 0) > 0;
		sqlite3_finalize(s);
	}
	arena_free(a);
	return found;
}

/* FTS5's own check that the index agrees with the stored text (re-tokenizing it). */
static void
assert_index_intact(struct store *st)
{
	int rc = exec(st, "INSERT INTO casus_fts (casus_fts) VALUES ('integrity-check')");

	if (rc != SQLITE_OK)
		fail_msg("integrity-check: %s", sqlite3_errmsg(store_sqlite_db(st)));
}

static bool
in_vocabulary(struct store *st, const char *term)
{
	sqlite3_stmt *s = NULL;
	bool found;

	assert_int_equal(exec(st, "CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_woorden USING fts5vocab(main, casus_fts, row)"),
	    SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(store_sqlite_db(st), "SELECT count(*) FROM temp.fts_woorden WHERE term = ?1", -1, &s,
	    NULL), SQLITE_OK);
	sqlite3_bind_text(s, 1, term, -1, SQLITE_STATIC);
	assert_int_equal(sqlite3_step(s), SQLITE_ROW);
	found = sqlite3_column_int(s, 0) > 0;
	sqlite3_finalize(s);
	return found;
}

static void
test_connection_is_hardened_and_can_write(void **state)
{
	struct store *st = *state;
	sqlite3_stmt *s = NULL;

	/* the index is kept by triggers although trusted_schema stays off (see 004_zoeken.sql) */
	assert_int_equal(sqlite3_prepare_v2(store_sqlite_db(st), "PRAGMA trusted_schema", -1, &s, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(s), SQLITE_ROW);
	assert_int_equal(sqlite3_column_int(s, 0), 0);
	sqlite3_finalize(s);
	assert_true(casus_add(st, "PMM-2024-0001", "Hulp bij schulden", NULL) > 0);
	assert_int_equal(hits(st, "schulden"), 1);
	/* direct writes to the index from a trigger are what trusted_schema=OFF forbids */
	assert_int_equal(exec(st, "CREATE TEMP TRIGGER x AFTER INSERT ON activiteit BEGIN"
	    " INSERT INTO casus_fts (rowid, hulpvraag) VALUES (-new.id, 'x'); END"), SQLITE_OK);
	assert_int_not_equal(exec(st, "INSERT INTO activiteit (casus_id, type, datum, created_at)"
	    " VALUES (1, 'notitie', '2024-01-16', '2024-01-16T10:00:00Z')"), SQLITE_OK);
	assert_non_null(strstr(sqlite3_errmsg(store_sqlite_db(st)), "unsafe use of virtual table"));
	assert_int_equal(exec(st, "DROP TRIGGER temp.x"), SQLITE_OK);
	/* casus_fts_sync takes only inserts of integer ids */
	assert_int_not_equal(exec(st, "INSERT INTO casus_fts_sync (casus_id) VALUES ('een')"), SQLITE_OK);
	assert_int_equal(exec(st, "DELETE FROM casus_fts_sync"), SQLITE_OK);   /* it has no rows */
	assert_index_intact(st);
}

static void
test_stemming(void **state)
{
	struct store *st = *state;

	casus_add(st, "PMM-2024-0001", "Gezin met huurschulden zoekt een andere woning",
	    "De kinderen gaan niet naar school. Moeder is verhuisd; de uitkeringen zijn gestopt.");
	casus_add(st, "PMM-2024-0002", "Verhuizen naar een aangepaste woningen voor zorg", NULL);

	/* the index holds stems */
	assert_true(in_vocabulary(st, "huurschuld"));
	assert_false(in_vocabulary(st, "huurschulden"));
	assert_true(in_vocabulary(st, "uitker"));
	assert_true(finds(st, "huurschuld", "PMM-2024-0001"));
	assert_true(finds(st, "Huurschulden", "PMM-2024-0001"));
	assert_true(finds(st, "woningen", "PMM-2024-0001"));   /* woning and woningen both stem to woning */
	assert_true(finds(st, "woning", "PMM-2024-0002"));
	assert_false(finds(st, "kind", "PMM-2024-0001"));   /* kinderen stems to kinder, not kind */
	assert_true(finds(st, "kinderen", "PMM-2024-0001"));
	assert_true(finds(st, "uitkering", "PMM-2024-0001"));
	/* Snowball Dutch does not conflate verhuisd (stem verhuisd) with verhuizen (verhuiz) */
	assert_false(finds(st, "verhuizen", "PMM-2024-0001"));
	assert_false(finds(st, "verhuisd", "PMM-2024-0002"));
	assert_true(finds(st, "verhuizing", "PMM-2024-0002"));   /* verhuizing and verhuizen: verhuiz */
	/* words are ANDed, over all columns */
	assert_true(finds(st, "huurschulden school", "PMM-2024-0001"));
	assert_int_equal(hits(st, "huurschulden zorg"), 0);
	assert_int_equal(hits(st, "woning"), 2);
	assert_index_intact(st);
}

static void
test_diacritics_and_case(void **state)
{
	struct store *st = *state;
	struct arena *a = arena_new();
	sqlite3_stmt *s = NULL;

	casus_add(st, "PMM-2024-0003", "Zorgen over de financiën van een café-eigenaar",
	    "Hij is naïef over de coöperatie; ÉÉN brief van de Belastingdienst.");
	assert_true(finds(st, "financien", "PMM-2024-0003"));
	assert_true(finds(st, "financiën", "PMM-2024-0003"));
	assert_true(finds(st, "FINANCIËN", "PMM-2024-0003"));
	assert_true(finds(st, "cafe", "PMM-2024-0003"));
	assert_true(finds(st, "naief", "PMM-2024-0003"));
	assert_true(finds(st, "cooperatie", "PMM-2024-0003"));
	assert_true(finds(st, "één", "PMM-2024-0003"));
	assert_true(finds(st, "belastingdienst", "PMM-2024-0003"));

	/* offsets are those of the original text: highlight() marks the word as it was written */
	assert_int_equal(sqlite3_prepare_v2(store_sqlite_db(st),
	    "SELECT highlight(casus_fts, 1, '[', ']') FROM casus_fts WHERE casus_fts MATCH ?1", -1, &s, NULL), SQLITE_OK);
	sqlite3_bind_text(s, 1, store_fts_query(a, "financien cafe"), -1, SQLITE_STATIC);
	assert_int_equal(sqlite3_step(s), SQLITE_ROW);
	assert_string_equal((const char *)sqlite3_column_text(s, 0),
	    "Zorgen over de [financiën] van een [café]-eigenaar");
	sqlite3_finalize(s);
	arena_free(a);
}

static void
test_referentie(void **state)
{
	struct store *st = *state;

	casus_add(st, "PMM-2024-0001", "Een", NULL);
	casus_add(st, "PMM-2024-0002", "Twee", NULL);
	casus_add(st, "PMM-2025-0001", "Drie", NULL);
	assert_int_equal(hits(st, "PMM-2024-0001"), 1);
	assert_true(finds(st, "PMM-2024-0001", "PMM-2024-0001"));
	assert_true(finds(st, "pmm-2024-0002", "PMM-2024-0002"));
	assert_int_equal(hits(st, "2024-0001"), 1);
	assert_int_equal(hits(st, "0001"), 2);
	assert_int_equal(hits(st, "PMM-2024-*"), 2);
	assert_int_equal(hits(st, "PMM-2025-00*"), 1);
	assert_int_equal(hits(st, "PMM"), 3);
	assert_int_equal(hits(st, "PMM-2026-0001"), 0);
}

static void
test_timeline(void **state)
{
	struct store *st = *state;
	int64_t id = casus_add(st, "PMM-2024-0004", "Een jongeman tussen gedwongen en vrijwillige zorg", NULL);

	casus_add(st, "PMM-2024-0005", "Iets anders", NULL);
	assert_false(finds(st, "deurwaarder", "PMM-2024-0004"));
	activiteit_add(st, id, "Gebeld met de deurwaarders over het beslag");
	assert_true(finds(st, "deurwaarder", "PMM-2024-0004"));
	assert_true(finds(st, "beslag jongeman", "PMM-2024-0004"));   /* timeline and hulpvraag together */
	activiteit_add(st, id, "Escalatie naar het ministerie");
	assert_true(finds(st, "ministerie", "PMM-2024-0004"));
	assert_true(finds(st, "deurwaarder", "PMM-2024-0004"));       /* the earlier entry stays */
	assert_int_equal(hits(st, "deurwaarder"), 1);
	assert_index_intact(st);
}

static void
test_update_and_delete(void **state)
{
	struct store *st = *state;
	int64_t id = casus_add(st, "PMM-2024-0006", "Een scooter voor de mantelzorger", "Woont in Zwolle");
	char sql[160];

	activiteit_add(st, id, "Overleg met de gemeente");
	assert_true(finds(st, "scooter", "PMM-2024-0006"));
	snprintf(sql, sizeof(sql), "UPDATE casus SET hulpvraag = 'Een fiets voor de mantelzorger' WHERE id = %lld",
	    (long long)id);
	assert_int_equal(exec(st, sql), SQLITE_OK);
	assert_int_equal(hits(st, "scooter"), 0);
	assert_true(finds(st, "fiets", "PMM-2024-0006"));
	assert_true(finds(st, "zwolle", "PMM-2024-0006"));            /* the other columns are kept */
	assert_true(finds(st, "gemeente", "PMM-2024-0006"));          /* and so is the timeline */
	/* a change to a column that is not indexed leaves the index alone */
	assert_int_equal(exec(st, "UPDATE casus SET urgentie = 'hoog'"), SQLITE_OK);
	assert_true(finds(st, "fiets", "PMM-2024-0006"));
	assert_index_intact(st);

	/* a statement that fails halfway takes its index changes with it */
	casus_add(st, "PMM-2024-0007", "Tweede casus", NULL);
	assert_int_not_equal(exec(st, "UPDATE casus SET hulpvraag = CASE id WHEN 1 THEN 'onderzeeboot' ELSE NULL END"),
	    SQLITE_OK);   /* the second row breaks NOT NULL after the first row's trigger ran */
	assert_int_equal(hits(st, "onderzeeboot"), 0);
	assert_true(finds(st, "fiets", "PMM-2024-0006"));
	assert_index_intact(st);
	/* and so does a rolled-back transaction */
	assert_int_equal(exec(st, "BEGIN; UPDATE casus SET situatie = 'zeppelin'"), SQLITE_OK);
	assert_int_equal(hits(st, "zeppelin"), 2);
	assert_int_equal(exec(st, "ROLLBACK"), SQLITE_OK);
	assert_int_equal(hits(st, "zeppelin"), 0);
	assert_index_intact(st);
	/* UPDATE OR FAIL keeps what the rows before the failing one changed, in the index too */
	assert_int_not_equal(exec(st, "UPDATE OR FAIL casus SET hulpvraag = CASE id WHEN 1 THEN 'onderzeeboot' ELSE NULL END"),
	    SQLITE_OK);
	assert_true(finds(st, "onderzeeboot", "PMM-2024-0006"));
	assert_int_equal(hits(st, "fiets"), 0);
	assert_index_intact(st);

	/* deleting a casus (and with it its activiteiten) removes it from the index */
	snprintf(sql, sizeof(sql), "DELETE FROM casus WHERE id = %lld", (long long)id);
	assert_int_equal(exec(st, sql), SQLITE_OK);
	assert_int_equal(hits(st, "onderzeeboot"), 0);
	assert_int_equal(hits(st, "gemeente"), 0);
	assert_int_equal(hits(st, "tweede"), 1);
	assert_index_intact(st);
}

static void
test_other_connections(void **state)
{
	struct store *st = *state, *other = store_open(path, NULL);
	sqlite3 *plain = NULL;

	/* a second store connection writes; the first one finds it */
	assert_non_null(other);
	assert_true(casus_add(other, "PMM-2024-0008", "Vraag over de toeslagen", NULL) > 0);
	assert_true(finds(st, "toeslag", "PMM-2024-0008"));
	store_close(other);
	/* a connection without store_fts_register (the sqlite3 shell) can search but not write casus */
	assert_int_equal(sqlite3_open(path, &plain), SQLITE_OK);
	assert_int_not_equal(sqlite3_exec(plain, "INSERT INTO casus (referentie, status, ontvangen_op, hulpvraag,"
	    " created_at, updated_at) VALUES ('PMM-2024-0009', 'aangemeld', '2024-01-15', 'x', 'x', 'x')", NULL, NULL,
	    NULL), SQLITE_OK);
	sqlite3_close(plain);
	assert_int_equal(hits(st, "toeslagen"), 1);
}

static void
test_rank(void **state)
{
	struct store *st = *state;
	struct arena *a = arena_new();
	sqlite3_stmt *s = NULL;

	/* ORDER BY rank weighs the columns (004): the hulpvraag before the situatie and the timeline */
	casus_add(st, "PMM-2024-0013", "Een vraag over iets", "Het gaat om een woning");
	casus_add(st, "PMM-2024-0014", "Het gaat om een woning", "Een vraag over iets");
	assert_int_equal(sqlite3_prepare_v2(store_sqlite_db(st), "SELECT c.referentie FROM casus_fts JOIN casus c"
	    " ON c.id = casus_fts.rowid WHERE casus_fts MATCH ?1 ORDER BY casus_fts.rank", -1, &s, NULL), SQLITE_OK);
	sqlite3_bind_text(s, 1, store_fts_query(a, "woningen"), -1, SQLITE_STATIC);
	assert_int_equal(sqlite3_step(s), SQLITE_ROW);
	assert_string_equal((const char *)sqlite3_column_text(s, 0), "PMM-2024-0014");
	assert_int_equal(sqlite3_step(s), SQLITE_ROW);
	assert_string_equal((const char *)sqlite3_column_text(s, 0), "PMM-2024-0013");
	sqlite3_finalize(s);
	arena_free(a);
}

static void
test_prefix(void **state)
{
	struct store *st = *state;

	casus_add(st, "PMM-2024-0010", "Huurschulden en een woning", "Financiële problemen");
	assert_true(finds(st, "huurschul*", "PMM-2024-0010"));
	assert_true(finds(st, "woningen*", "PMM-2024-0010"));   /* through its stem woning */
	assert_true(finds(st, "financi*", "PMM-2024-0010"));
	assert_true(finds(st, "wo*", "PMM-2024-0010"));
	assert_true(finds(st, "huurschulden*", "PMM-2024-0010"));
	/* naam stems to nam: "naam"* needs the word as typed for naamgeving (stem naamgev), the stem for namen */
	casus_add(st, "PMM-2024-0011", "Fout in de naamgeving", NULL);
	casus_add(st, "PMM-2024-0012", "Twee namen", NULL);
	assert_true(finds(st, "naam*", "PMM-2024-0011"));
	assert_true(finds(st, "naam*", "PMM-2024-0012"));
	assert_false(finds(st, "naam", "PMM-2024-0011"));
	assert_int_equal(hits(st, "zeppelin*"), 0);
}

static void
test_query_quoting(void **state)
{
	struct arena *a = arena_new();
	(void)state;

	assert_string_equal(store_fts_query(a, "huur schuld"), "\"huur\" AND \"schuld\"");
	assert_string_equal(store_fts_query(a, "  huur\t\n"), "\"huur\"");
	assert_string_equal(store_fts_query(a, "say \"hi\""), "\"say\" AND \"\"\"hi\"\"\"");
	assert_string_equal(store_fts_query(a, "AND OR NOT"), "\"AND\" AND \"OR\" AND \"NOT\"");
	assert_string_equal(store_fts_query(a, "hulpvraag:geld"), "\"hulpvraag:geld\"");
	assert_string_equal(store_fts_query(a, "NEAR(a b"), "\"NEAR(a\" AND \"b\"");
	assert_string_equal(store_fts_query(a, "woning*"), "\"woning\"*");
	assert_string_equal(store_fts_query(a, "woning**"), "\"woning\"*");
	assert_string_equal(store_fts_query(a, "w*"), "\"w\"");           /* one letter: no prefix query */
	assert_string_equal(store_fts_query(a, "huur – schuld"), "\"huur\" AND \"schuld\"");   /* the dash is dropped */
	assert_string_equal(store_fts_query(a, "’quotes’"), "\"’quotes’\"");
	assert_string_equal(store_fts_query(a, "huur\xc2\xa0schuld"), "\"huur\" AND \"schuld\"");   /* no-break space */
	assert_string_equal(store_fts_query(a, "a\xff" "b \xed\xa0\x80 \xc3"), "\"a\" AND \"b\"");   /* bad UTF-8 */
	assert_null(store_fts_query(a, NULL));
	assert_null(store_fts_query(a, ""));
	assert_null(store_fts_query(a, "   "));
	assert_null(store_fts_query(a, "\""));
	assert_null(store_fts_query(a, "*"));
	assert_null(store_fts_query(a, "( ) : ^ + - * \" ’ …"));
	assert_null(store_fts_query(a, "\xff\xfe\xc0\x80"));
	arena_free(a);
}

static void
test_query_limits(void **state)
{
	struct arena *a = arena_new();
	char *big = xmalloc(10241);
	const char *q;
	(void)state;

	memset(big, 'a', 10240);   /* one 10 KB word: cut into a prefix */
	big[10240] = '\0';
	q = store_fts_query(a, big);
	assert_non_null(q);
	assert_int_equal(strlen(q), STORE_FTS_MAX_WORD + 3);
	assert_int_equal(q[strlen(q) - 1], '*');
	for (int i = 0; i < 10240; i++)   /* 5120 words of one letter: only the first ones count */
		big[i] = i % 2 ? ' ' : (char)('a' + i % 26);
	q = store_fts_query(a, big);
	assert_non_null(q);
	q = store_fts_query(a, big);
	assert_non_null(q);
	assert_int_equal(strlen(q), STORE_FTS_MAX_WORDS * strlen("\"a\" AND ") - strlen(" AND "));
	big[0] = 'a';   /* "aëëë…": the cut falls inside a character and must not split it */
	for (int i = 1; i + 1 < 10240; i += 2)
		memcpy(big + i, "\xc3\xab", 2);
	big[10239] = '\0';
	q = store_fts_query(a, big);
	assert_non_null(q);
	assert_int_equal(strlen(q), STORE_FTS_MAX_WORD - 1 + 3);
	assert_true(utf8_valid(q, strlen(q)));
	free(big);
	arena_free(a);
}

/* Whatever is typed, the MATCH expression parses. */
static void
test_hostile_input_never_breaks_match(void **state)
{
	static const char *const typed[] = {
		"\"", "\"\"", "\"a", "a\"", "AND OR NOT", "AND", "OR", "NOT", "a AND", "NOT a", "a:b", ":", "a:", "hulpvraag:",
		"{hulpvraag situatie}:geld", "- hulpvraag : geld", "NEAR(", "NEAR(a b, 2)", "*", "**", "a*b", "*a", "^a",
		"a + b", "(", ")", "(a OR b)", "", "   ", "’quotes’", "‘’“”", "'", "a'b", "\\", "\\\"", "%", "_", "a\tb",
		"\x01\x02\x7f", "\xff\xfe", "\xc3", "\xc3(", "\xe2\x82", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xc0\xaf",
		"rowid", "rank", "casus_fts", "ë*", "é", "PMM-2024-0001*", "-PMM", "😀", "日本語", "a😀b", "ǆ", "ß",
	};
	struct store *st = *state;
	struct arena *a = arena_new();
	char errbuf[256], *big;
	unsigned seed = 12345;

	casus_add(st, "PMM-2024-0001", "and or not near hulpvraag", "a b quotes");
	for (size_t i = 0; i < sizeof(typed) / sizeof(typed[0]); i++) {
		const char *q = store_fts_query(a, typed[i]);

		if (q != NULL && match_count(st, q, errbuf, sizeof(errbuf)) < 0)
			fail_msg("typed \"%s\" gave %s: %s", typed[i], q, errbuf);
	}
	assert_int_equal(hits(st, "AND OR NOT"), 1);
	assert_int_equal(hits(st, "’quotes’"), 1);
	assert_int_equal(hits(st, "a:b"), 1);   /* the phrase "a b" */

	/* 2000 strings of random bytes, up to 10 KB */
	big = xmalloc(10241);
	for (int round = 0; round < 2000; round++) {
		size_t n = (size_t)(rand_r(&seed) % (round % 100 == 0 ? 10240 : 64));
		const char *q;

		for (size_t i = 0; i < n; i++) {
			int r = rand_r(&seed) % 8;
			big[i] = r == 0 ? ' ' : r == 1 ? '"' : r == 2 ? (char)("*:^()+-"[rand_r(&seed) % 7])
			    : (char)(1 + rand_r(&seed) % 255);
		}
		big[n] = '\0';
		q = store_fts_query(a, big);
		if (q != NULL && match_count(st, q, errbuf, sizeof(errbuf)) < 0)
			fail_msg("random input %d gave %s: %s", round, q, errbuf);
	}
	free(big);
	arena_free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_connection_is_hardened_and_can_write, setup, teardown),
		cmocka_unit_test_setup_teardown(test_stemming, setup, teardown),
		cmocka_unit_test_setup_teardown(test_diacritics_and_case, setup, teardown),
		cmocka_unit_test_setup_teardown(test_referentie, setup, teardown),
		cmocka_unit_test_setup_teardown(test_timeline, setup, teardown),
		cmocka_unit_test_setup_teardown(test_update_and_delete, setup, teardown),
		cmocka_unit_test_setup_teardown(test_other_connections, setup, teardown),
		cmocka_unit_test_setup_teardown(test_rank, setup, teardown),
		cmocka_unit_test_setup_teardown(test_prefix, setup, teardown),
		cmocka_unit_test(test_query_quoting),
		cmocka_unit_test(test_query_limits),
		cmocka_unit_test_setup_teardown(test_hostile_input_never_breaks_match, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
