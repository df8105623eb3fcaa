/* fts_bench.c - times the casus search index: generated casussen with their timeline, then searches (bench/fts.sh). */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lib/mem.h"
#include "store/store.h"
#include "store/store_fts.h"
#include "store/store_private.h"

static const char *const woorden[] = {
	"de", "het", "een", "en", "van", "met", "niet", "voor", "op", "is", "zijn", "heeft", "naar", "door", "bij",
	"gezin", "moeder", "vader", "kinderen", "zoon", "dochter", "jongeman", "student", "alleenstaande", "oudere",
	"schulden", "huurschuld", "deurwaarder", "beslag", "bewindvoering", "uitkering", "toeslagen", "kinderopvangtoeslag",
	"huurtoeslag", "zorgtoeslag", "belastingdienst", "gemeente", "wijkteam", "woningcorporatie", "zorgverzekeraar",
	"woning", "woningen", "huis", "dakloos", "opvang", "ontruiming", "verhuizen", "verhuisd", "evacuatie", "noodopvang",
	"zorg", "jeugdzorg", "wmo", "ggz", "gedwongen", "vrijwillige", "indicatie", "behandeling", "wachtlijst", "ziekenhuis",
	"school", "onderwijs", "leerplicht", "studieschuld", "duo", "stage", "werk", "baan", "ontslag", "re-integratie",
	"financiën", "inkomen", "bijstand", "participatiewet", "aow", "pensioen", "svb", "uwv", "cak", "cjib",
	"boete", "terugvordering", "hardheidsclausule", "maatwerk", "escalatie", "overleg", "contact", "gebeld", "gemaild",
	"afspraak", "brief", "bezwaar", "beroep", "rechter", "advocaat", "mediation", "regie", "ambassadeur", "doorbraak",
	"spreken", "doof", "taal", "tolk", "buitenland", "verblijfsvergunning", "ind", "nationaliteit", "paspoort",
	"verslaving", "schuldhulpverlening", "budgetbeheer", "voedselbank", "energie", "afsluiting", "water", "internet",
};
#define NWOORDEN (sizeof(woorden) / sizeof(woorden[0]))

static double
now_ms(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

/* n words, skewed towards the front of the list (a few common, many rare), into buf. */
static void
tekst(char *buf, size_t size, int n, unsigned *seed)
{
	size_t len = 0;

	buf[0] = '\0';
	for (int i = 0; i < n; i++) {
		unsigned a = (unsigned)rand_r(seed) % NWOORDEN, b = (unsigned)rand_r(seed) % NWOORDEN;
		const char *w = woorden[((a * b) / NWOORDEN + (unsigned)rand_r(seed) % 2 * (a % 8)) % NWOORDEN];
		size_t wl = strlen(w);

		if (len + wl + 2 >= size)
			break;
		if (len > 0)
			buf[len++] = ' ';
		memcpy(buf + len, w, wl + 1);
		len += wl;
	}
}

static void
must(int rc, sqlite3 *db, const char *what)
{
	if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
		fprintf(stderr, "%s: %s\n", what, sqlite3_errmsg(db));
		exit(1);
	}
}

static void
vullen(struct store *st, int n, int activiteiten)
{
	sqlite3 *db = store_db(st);
	sqlite3_stmt *c = NULL, *a = NULL;
	char ref[32], hulpvraag[400], situatie[1200], omschrijving[300];
	unsigned seed = 42;
	double t0 = now_ms();

	must(sqlite3_prepare_v2(db, "INSERT INTO casus (referentie, status, ontvangen_op, indiener_id, hulpvraag, situatie,"
	    " created_at, updated_at) VALUES (?1, 'aangemeld', '2024-01-15', NULL, ?2, ?3, '2024-01-15T09:00:00Z',"
	    " '2024-01-15T09:00:00Z')", -1, &c, NULL), db, "prepare casus");
	must(sqlite3_prepare_v2(db, "INSERT INTO activiteit (casus_id, type, datum, omschrijving, created_at)"
	    " VALUES (?1, 'notitie', '2024-01-16', ?2, '2024-01-16T10:00:00Z')", -1, &a, NULL), db, "prepare activiteit");
	must(store_begin(st) == ERR_OK ? SQLITE_OK : SQLITE_BUSY, db, "begin");
	for (int i = 0; i < n; i++) {
		int64_t id;

		snprintf(ref, sizeof(ref), "PMM-%04d-%04d", 2000 + i / 9999, i % 9999 + 1);
		tekst(hulpvraag, sizeof(hulpvraag), 25, &seed);
		tekst(situatie, sizeof(situatie), 80, &seed);
		if (i % 10000 == 7)   /* a rare word in 10 casussen */
			memcpy(situatie, "zeldzaamheid ", 13);
		sqlite3_bind_text(c, 1, ref, -1, SQLITE_STATIC);
		sqlite3_bind_text(c, 2, hulpvraag, -1, SQLITE_STATIC);
		sqlite3_bind_text(c, 3, situatie, -1, SQLITE_STATIC);
		must(sqlite3_step(c), db, "insert casus");
		sqlite3_reset(c);
		id = sqlite3_last_insert_rowid(db);
		for (int j = 0; j < activiteiten; j++) {
			tekst(omschrijving, sizeof(omschrijving), 15, &seed);
			if (i % 10000 == 8 && j == 0)
				memcpy(omschrijving, "tijdlijnwoord ", 14);
			sqlite3_bind_int64(a, 1, id);
			sqlite3_bind_text(a, 2, omschrijving, -1, SQLITE_STATIC);
			must(sqlite3_step(a), db, "insert activiteit");
			sqlite3_reset(a);
		}
	}
	must(store_commit(st) == ERR_OK ? SQLITE_OK : SQLITE_ERROR, db, "commit");
	sqlite3_finalize(c);
	sqlite3_finalize(a);
	printf("insert: %d casussen + %d activiteiten each, one transaction: %.0f ms (%.1f us per casus)\n", n,
	    activiteiten, now_ms() - t0, (now_ms() - t0) * 1e3 / n);
}

static void
zoek(struct store *st, struct arena *ar, const char *label, const char *sql, const char *typed)
{
	sqlite3 *db = store_db(st);
	const char *q = store_fts_query(ar, typed);
	sqlite3_stmt *s = NULL;
	double best = 1e9, total = 0;
	int rows = 0, runs = 20;

	must(sqlite3_prepare_v2(db, sql, -1, &s, NULL), db, "prepare search");
	for (int r = 0; r < runs; r++) {
		double t0 = now_ms(), t;
		int rc;

		sqlite3_bind_text(s, 1, q, -1, SQLITE_STATIC);
		rows = 0;
		while ((rc = sqlite3_step(s)) == SQLITE_ROW)
			rows += sqlite3_column_count(s) == 1 && strstr(sql, "count(*)") ? sqlite3_column_int(s, 0) : 1;
		must(rc, db, typed);
		sqlite3_reset(s);
		t = now_ms() - t0;
		total += t;
		if (t < best)
			best = t;
	}
	sqlite3_finalize(s);
	printf("  %-44s %-28s %7d rows  best %8.2f ms  mean %8.2f ms\n", label, q, rows, best, total / runs);
}

int
main(int argc, char **argv)
{
	const char *path = argc > 1 ? argv[1] : "/tmp/doorbraak-fts-bench.db";
	int n = argc > 2 ? atoi(argv[2]) : 100000;
	static const char COUNT[] = "SELECT count(*) FROM casus_fts WHERE casus_fts MATCH ?1";
	static const char TOP[] = "SELECT rowid FROM casus_fts WHERE casus_fts MATCH ?1 ORDER BY rank LIMIT 25";
	static const char NEWEST[] = "SELECT rowid FROM casus_fts WHERE casus_fts MATCH ?1 ORDER BY rowid DESC LIMIT 25";
	static const char VISIBLE[] =
	    "SELECT c.id, c.referentie FROM casus_fts JOIN casus c ON c.id = casus_fts.rowid"
	    " WHERE casus_fts MATCH ?1 AND (c.regievoerder_id IS NULL OR c.id % 7 = 0) ORDER BY casus_fts.rank LIMIT 25";
	struct err e = { 0 };
	struct store *st;
	struct arena *ar = arena_new();
	sqlite3_stmt *s = NULL;

	remove(path);
	st = store_open(path, &e);
	if (st == NULL || store_migrate(st, &e) != ERR_OK) {
		fprintf(stderr, "%s (%s)\n", e.msg, e.detail);
		return 1;
	}
	/* --zonder-index: no triggers; --achteraf: no triggers, one bulk INSERT ... SELECT at the end; any third
	   argument skips the searches */
	if (argc > 3 && (strcmp(argv[3], "--zonder-index") == 0 || strcmp(argv[3], "--achteraf") == 0)) {
		must(sqlite3_exec(store_db(st), "DROP TRIGGER casus_fts_insert; DROP TRIGGER casus_fts_update;"
		    " DROP TRIGGER casus_fts_delete; DROP TRIGGER activiteit_fts_insert; DROP TRIGGER activiteit_fts_delete",
		    NULL, NULL, NULL), store_db(st), "drop triggers");
		printf("(triggers dropped)\n");
	}
	vullen(st, n, 2);
	if (argc > 3 && strcmp(argv[3], "--achteraf") == 0) {
		double t0 = now_ms();

		must(sqlite3_exec(store_db(st), "INSERT INTO casus_fts (rowid, referentie, hulpvraag, situatie, tijdlijn)"
		    " SELECT c.id, c.referentie, c.hulpvraag, c.situatie, (SELECT group_concat(omschrijving, char(10))"
		    " FROM activiteit WHERE casus_id = c.id) FROM casus c", NULL, NULL, NULL), store_db(st), "bulk");
		printf("index afterwards in one statement: %.0f ms\n", now_ms() - t0);
	}
	if (sqlite3_prepare_v2(store_db(st), "SELECT (SELECT page_count FROM pragma_page_count) *"
	    " (SELECT page_size FROM pragma_page_size) / 1048576.0,"
	    " (SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'casus_fts%') / 1048576.0", -1, &s, NULL) == SQLITE_OK
	    && sqlite3_step(s) == SQLITE_ROW)
		printf("database %.1f MB, of which casus_fts %.1f MB\n", sqlite3_column_double(s, 0),
		    sqlite3_column_double(s, 1));
	sqlite3_finalize(s);
	if (argc > 3)
		goto out;
	printf("searches (20 runs each):\n");
	zoek(st, ar, "count, common word", COUNT, "schulden");
	zoek(st, ar, "count, rare word", COUNT, "zeldzaamheid");
	zoek(st, ar, "count, word only in the timeline", COUNT, "tijdlijnwoord");
	zoek(st, ar, "count, referentie", COUNT, "PMM-2005-0042");
	zoek(st, ar, "count, two words", COUNT, "woning deurwaarder");
	zoek(st, ar, "count, three words", COUNT, "gezin huurschuld ontruiming");
	zoek(st, ar, "count, prefix", COUNT, "schuld*");
	zoek(st, ar, "count, short prefix", COUNT, "wo*");
	zoek(st, ar, "top 25 by rank, common word", TOP, "schulden");
	zoek(st, ar, "top 25 by rank, two words", TOP, "woning deurwaarder");
	zoek(st, ar, "newest 25 (ORDER BY rowid DESC), common word", NEWEST, "schulden");
	zoek(st, ar, "top 25 visible to a user, common word", VISIBLE, "schulden");
	zoek(st, ar, "top 25 visible to a user, rare word", VISIBLE, "zeldzaamheid");
out:
	arena_free(ar);
	store_close(st);
	remove(path);
	return 0;
}
