/* store_fts.c - full-text search: the "dutch" FTS5 tokenizer, the index upkeep tables (casus, register), MATCH quoting. */
#include <libstemmer.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "store/stmt.h"
#include "store/store_fts.h"

/*
 * The tokenizer wraps SQLite's unicode61 (as FTS5's own "porter" does):
 * unicode61 finds the words, lowercases them and removes diacritics; each
 * word is then replaced by its Snowball Dutch stem. Words longer than
 * STEM_MAX bytes are no Dutch words and are indexed as they are.
 *
 * A casus is tokenized again at every change (a plain FTS5 table re-reads a
 * row to delete it) and stemming took over a third of the time of indexing,
 * so each tokenizer keeps the stems of recent short words in a direct-mapped
 * cache (about 50 KB per connection).
 */
#define STEM_MAX 128
#define STEM_CACHE 1024                 /* entries, a power of two */
#define STEM_CACHE_WORD 24              /* longer words (and stems) are not cached */

struct stem_entry {
	unsigned char nword, nstem;       /* nword 0: empty */
	char word[STEM_CACHE_WORD], stem[STEM_CACHE_WORD];
};

struct dutch_tokenizer {
	fts5_tokenizer parent;            /* unicode61's methods */
	Fts5Tokenizer *parent_tok;        /* our unicode61 instance */
	struct sb_stemmer *stemmer;       /* used by one connection, so one thread, at a time */
	struct stem_entry cache[STEM_CACHE];
};

struct dutch_call {                   /* one xTokenize call */
	struct dutch_tokenizer *t;
	void *ctx;
	int flags;
	int (*token)(void *ctx, int tflags, const char *tok, int n, int start, int end);
};

static void
dutch_delete(Fts5Tokenizer *tok)
{
	struct dutch_tokenizer *t = (struct dutch_tokenizer *)tok;

	if (t == NULL)
		return;
	if (t->parent_tok != NULL)
		t->parent.xDelete(t->parent_tok);
	sb_stemmer_delete(t->stemmer);
	free(t);
}

/* Arguments after the tokenizer name go to unicode61, after our "remove_diacritics 2". */
static int
dutch_create(void *api_ptr, const char **argv, int argc, Fts5Tokenizer **out)
{
	fts5_api *api = api_ptr;
	struct dutch_tokenizer *t = xcalloc(1, sizeof(*t));
	const char **args = xcalloc((size_t)argc + 2, sizeof(*args));
	void *parent_ctx = NULL;
	int rc;

	args[0] = "remove_diacritics";
	args[1] = "2";
	for (int i = 0; i < argc; i++)
		args[i + 2] = argv[i];
	rc = api->xFindTokenizer(api, "unicode61", &parent_ctx, &t->parent);
	if (rc != SQLITE_OK)
		goto err;
	rc = t->parent.xCreate(parent_ctx, args, argc + 2, &t->parent_tok);
	if (rc != SQLITE_OK) {
		t->parent_tok = NULL;
		goto err;
	}
	t->stemmer = sb_stemmer_new("dutch", "UTF_8");
	if (t->stemmer == NULL) {
		rc = SQLITE_NOMEM;
		goto err;
	}
	free(args);
	*out = (Fts5Tokenizer *)t;
	return SQLITE_OK;
err:
	free(args);
	dutch_delete((Fts5Tokenizer *)t);
	return rc;
}

/* The stem of tok[0..n), valid until the next call; NULL when out of memory. */
static const char *
stem_of(struct dutch_tokenizer *t, const char *tok, int n, int *nstem)
{
	struct stem_entry *e = NULL;
	const char *stem;

	if (n <= STEM_CACHE_WORD) {
		uint32_t h = 2166136261u;   /* FNV-1a */

		for (int i = 0; i < n; i++)
			h = (h ^ (unsigned char)tok[i]) * 16777619u;
		e = &t->cache[h & (STEM_CACHE - 1)];
		if (e->nword == n && memcmp(e->word, tok, (size_t)n) == 0) {
			*nstem = e->nstem;
			return e->stem;
		}
	}
	stem = (const char *)sb_stemmer_stem(t->stemmer, (const sb_symbol *)tok, n);
	if (stem == NULL)
		return NULL;
	*nstem = sb_stemmer_length(t->stemmer);
	if (e != NULL && *nstem > 0 && *nstem <= STEM_CACHE_WORD) {
		e->nword = (unsigned char)n;
		e->nstem = (unsigned char)*nstem;
		memcpy(e->word, tok, (size_t)n);
		memcpy(e->stem, stem, (size_t)*nstem);
	}
	return stem;
}

/*
 * Called by unicode61 for each (lowercased, folded) word; hands FTS5 the
 * stem with the word's offsets in the original text. For a prefix query
 * ("woningen"*) the word as typed goes first and its stem follows as a
 * synonym, both as prefixes: the index holds stems, so "naam"* finds
 * naamgeving (stem naamgev) through the word and namen (stem nam) through
 * the stem of naam.
 */
static int
dutch_token(void *p, int tflags, const char *tok, int n, int start, int end)
{
	struct dutch_call *c = p;
	const char *stem;
	int rc, nstem;

	if (n <= 0 || n > STEM_MAX)
		return c->token(c->ctx, tflags, tok, n, start, end);
	stem = stem_of(c->t, tok, n, &nstem);
	if (stem == NULL)
		return SQLITE_NOMEM;
	if (nstem <= 0 || (nstem == n && memcmp(stem, tok, (size_t)n) == 0))
		return c->token(c->ctx, tflags, tok, n, start, end);
	if ((c->flags & FTS5_TOKENIZE_PREFIX) == 0)
		return c->token(c->ctx, tflags, stem, nstem, start, end);
	rc = c->token(c->ctx, tflags, tok, n, start, end);
	if (rc == SQLITE_OK)   /* stem is still valid: nothing stemmed in between */
		rc = c->token(c->ctx, tflags | FTS5_TOKEN_COLOCATED, stem, nstem, start, end);
	return rc;
}

static int
dutch_tokenize(Fts5Tokenizer *tok, void *ctx, int flags, const char *text, int n,
    int (*token)(void *ctx, int tflags, const char *tok, int n, int start, int end))
{
	struct dutch_tokenizer *t = (struct dutch_tokenizer *)tok;
	struct dutch_call c = { t, ctx, flags, token };

	return t->parent.xTokenize(t->parent_tok, &c, flags, text, n, dutch_token);
}

/*
 * casus_fts_sync: "INSERT INTO casus_fts_sync (casus_id) VALUES (?)" makes
 * casus_fts hold what casus and activiteit now say about that casus: its row
 * is replaced (FTS5 deletes the old row, then inserts the new one), or
 * deleted when the casus is gone. The triggers of migration 004 write here
 * instead of to casus_fts because SQLite refuses FTS5 tables inside triggers
 * while PRAGMA trusted_schema=OFF: FTS5 does not declare itself innocuous.
 * This table does (it can do no harm: at most it rebuilds an index row from
 * the database's own data) and runs its statements itself, as statements of
 * their own rather than trigger steps. It is eponymous (it exists on every
 * connection that registered it, without CREATE VIRTUAL TABLE), write-only
 * (reads return no rows) and takes only INSERTs.
 *
 * A bulk load (import: a casus, then each of its activiteiten, each firing a
 * rebuild of the whole row) defers the rebuilds: the id -1 (SYNC_UITSTELLEN)
 * makes this connection's table only note the ids from then on, and -2
 * (SYNC_BIJWERKEN) rebuilds each noted casus once, in id order, and ends the
 * deferral. Both are sent by the driver (store_bulk, store_bulk_end) inside
 * the transaction, so the index is whole when it commits.
 */
#define SYNC_UITSTELLEN (-1)
#define SYNC_BIJWERKEN (-2)
static const char SQL_SYNC_DELETE[] = "DELETE FROM casus_fts WHERE rowid = ?1";
static const char SQL_SYNC_REPLACE[] =
    "INSERT OR REPLACE INTO casus_fts (rowid, referentie, hulpvraag, situatie, tijdlijn)"
    " SELECT c.id, c.referentie, c.hulpvraag, c.situatie,"
    "  (SELECT group_concat(t.omschrijving, char(10)) FROM"
    "   (SELECT omschrijving FROM activiteit WHERE casus_id = c.id AND omschrijving IS NOT NULL ORDER BY id) AS t)"
    " FROM casus c WHERE c.id = ?1";

/*
 * register_fts_sync does the same for register_fts (migration 013): an entry
 * or profile of the Maatwerkregister with its organisation (name, code, the
 * whole it is part of), functie and mandaat, expertise, and its tags and
 * region in words (the labels of leefgebied and wet_regeling, and the codes,
 * so that "wmo" and "Wet maatschappelijke ondersteuning" both find it).
 */
static const char SQL_REGISTER_DELETE[] = "DELETE FROM register_fts WHERE rowid = ?1";
static const char SQL_REGISTER_REPLACE[] =
    "INSERT OR REPLACE INTO register_fts (rowid, naam, organisatie, functie, expertise, tags)"
    " SELECT r.id, r.naam, o.naam || coalesce(' ' || o.code, '') || coalesce(' ' || p.naam, ''),"
    "  coalesce(r.functie, '') || ' ' || coalesce(r.mandaat, ''), r.expertise,"
    "  coalesce((SELECT group_concat(coalesce(l.naam, w.naam, '') || ' ' || t.code, char(10)) FROM register_tag t"
    "   LEFT JOIN leefgebied l ON t.soort = 'leefgebied' AND l.code = t.code"
    "   LEFT JOIN wet_regeling w ON t.soort = 'wet' AND w.code = t.code WHERE t.item_id = r.id), '')"
    "  || char(10) || r.regio"
    " FROM register_item r JOIN organisatie o ON o.id = r.organisatie_id"
    " LEFT JOIN organisatie p ON p.id = o.parent_id WHERE r.id = ?1";

/* One index kept through a sync table: the table's name, its one column, and the statements it runs. */
struct sync_index {
	const char *name;            /* "casus_fts_sync" */
	const char *decl;            /* "CREATE TABLE x(casus_id INTEGER)" */
	const char *replace, *del;
	const char *replace_name, *del_name;   /* for store_fts_verify */
};

static const struct sync_index sync_indexes[] = {
	{ "casus_fts_sync", "CREATE TABLE x(casus_id INTEGER)", SQL_SYNC_REPLACE, SQL_SYNC_DELETE,
	  "fts.sync_replace", "fts.sync_delete" },
	{ "register_fts_sync", "CREATE TABLE x(item_id INTEGER)", SQL_REGISTER_REPLACE, SQL_REGISTER_DELETE,
	  "fts.register_replace", "fts.register_delete" },
};
#define NSYNC (sizeof(sync_indexes) / sizeof(sync_indexes[0]))

struct sync_vtab {
	sqlite3_vtab base;
	sqlite3 *db;
	const struct sync_index *ix;
	sqlite3_stmt *replace, *del;      /* prepared at first use: casus_fts may not exist yet at connect */
	bool uitstellen;                  /* SYNC_UITSTELLEN: note the ids, rebuild at SYNC_BIJWERKEN */
	sqlite3_int64 *ids;
	size_t nids, capids;
};

struct sync_cursor {
	sqlite3_vtab_cursor base;
};

static int
sync_connect(sqlite3 *db, void *aux, int argc, const char *const *argv, sqlite3_vtab **out, char **errmsg)
{
	struct sync_vtab *v;
	int rc;

	const struct sync_index *ix = aux;

	(void)argc;
	(void)argv;
	(void)errmsg;
	rc = sqlite3_declare_vtab(db, ix->decl);
	if (rc != SQLITE_OK)
		return rc;
	rc = sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
	if (rc != SQLITE_OK)
		return rc;
	v = xcalloc(1, sizeof(*v));
	v->db = db;
	v->ix = ix;
	*out = &v->base;
	return SQLITE_OK;
}

static int
sync_disconnect(sqlite3_vtab *vt)
{
	struct sync_vtab *v = (struct sync_vtab *)vt;

	sqlite3_finalize(v->replace);
	sqlite3_finalize(v->del);
	free(v->ids);
	free(v);
	return SQLITE_OK;
}

static int
sync_best_index(sqlite3_vtab *vt, sqlite3_index_info *info)
{
	(void)vt;
	info->estimatedCost = 1.0;
	info->estimatedRows = 0;
	return SQLITE_OK;
}

static int
sync_open(sqlite3_vtab *vt, sqlite3_vtab_cursor **out)
{
	struct sync_cursor *c = xcalloc(1, sizeof(*c));

	(void)vt;
	*out = &c->base;
	return SQLITE_OK;
}

static int
sync_close(sqlite3_vtab_cursor *cur)
{
	free(cur);
	return SQLITE_OK;
}

static int
sync_filter(sqlite3_vtab_cursor *cur, int idx, const char *idxstr, int argc, sqlite3_value **argv)
{
	(void)cur;
	(void)idx;
	(void)idxstr;
	(void)argc;
	(void)argv;
	return SQLITE_OK;
}

static int
sync_next(sqlite3_vtab_cursor *cur)
{
	(void)cur;
	return SQLITE_OK;
}

static int
sync_eof(sqlite3_vtab_cursor *cur)
{
	(void)cur;
	return 1;
}

static int
sync_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int col)
{
	(void)cur;
	(void)col;
	sqlite3_result_null(ctx);
	return SQLITE_OK;
}

static int
sync_rowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *rowid)
{
	(void)cur;
	*rowid = 0;
	return SQLITE_OK;
}

static int
sync_step(struct sync_vtab *v, sqlite3_stmt **s, const char *sql, sqlite3_int64 id)
{
	int rc;

	if (*s == NULL) {
		rc = sqlite3_prepare_v3(v->db, sql, -1, SQLITE_PREPARE_PERSISTENT, s, NULL);
		if (rc != SQLITE_OK)
			return rc;
	}
	sqlite3_bind_int64(*s, 1, id);
	rc = sqlite3_step(*s);
	sqlite3_reset(*s);
	return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* Rebuilds the index row of one id, or deletes it when its source row is gone. */
static int
sync_een(struct sync_vtab *v, sqlite3_int64 id)
{
	/* one statement in the usual case: each one makes FTS5 flush its pending terms at its savepoint */
	int rc = sync_step(v, &v->replace, v->ix->replace, id);

	if (rc == SQLITE_OK && sqlite3_changes(v->db) == 0)   /* no such row (any more) */
		rc = sync_step(v, &v->del, v->ix->del, id);
	if (rc != SQLITE_OK)
		v->base.zErrMsg = sqlite3_mprintf("%s: %s", v->ix->name, sqlite3_errmsg(v->db));
	return rc;
}

static int
cmp_id(const void *a, const void *b)
{
	sqlite3_int64 x = *(const sqlite3_int64 *)a, y = *(const sqlite3_int64 *)b;

	return (x > y) - (x < y);
}

/* Every noted id once, in order. */
static int
sync_bijwerken(struct sync_vtab *v)
{
	int rc = SQLITE_OK;

	qsort(v->ids, v->nids, sizeof(*v->ids), cmp_id);
	for (size_t i = 0; i < v->nids && rc == SQLITE_OK; i++)
		if (i == 0 || v->ids[i] != v->ids[i - 1])
			rc = sync_een(v, v->ids[i]);
	v->nids = 0;
	return rc;
}

static int
sync_update(sqlite3_vtab *vt, int argc, sqlite3_value **argv, sqlite3_int64 *rowid)
{
	struct sync_vtab *v = (struct sync_vtab *)vt;
	sqlite3_int64 id;

	if (argc != 3 || sqlite3_value_type(argv[0]) != SQLITE_NULL) {
		vt->zErrMsg = sqlite3_mprintf("%s takes only INSERT", v->ix->name);
		return SQLITE_MISUSE;
	}
	if (sqlite3_value_type(argv[2]) != SQLITE_INTEGER) {
		vt->zErrMsg = sqlite3_mprintf("%s: the id must be an integer", v->ix->name);
		return SQLITE_MISMATCH;
	}
	id = sqlite3_value_int64(argv[2]);
	*rowid = id;
	if (id == SYNC_UITSTELLEN) {
		v->uitstellen = true;
		return SQLITE_OK;
	}
	if (id == SYNC_BIJWERKEN) {
		v->uitstellen = false;
		return sync_bijwerken(v);
	}
	if (v->uitstellen) {   /* noted once for a run of the same casus (a casus and then its activiteiten) */
		if (v->nids == 0 || v->ids[v->nids - 1] != id) {
			if (v->nids == v->capids) {
				v->capids = v->capids ? 2 * v->capids : 1024;
				v->ids = xrealloc(v->ids, v->capids * sizeof(*v->ids));
			}
			v->ids[v->nids++] = id;
		}
		return SQLITE_OK;
	}
	return sync_een(v, id);
}

static const sqlite3_module sync_module = {
	.iVersion = 1,
	.xCreate = NULL,                  /* eponymous only */
	.xConnect = sync_connect,
	.xBestIndex = sync_best_index,
	.xDisconnect = sync_disconnect,
	.xDestroy = sync_disconnect,
	.xOpen = sync_open,
	.xClose = sync_close,
	.xFilter = sync_filter,
	.xNext = sync_next,
	.xEof = sync_eof,
	.xColumn = sync_column,
	.xRowid = sync_rowid,
	.xUpdate = sync_update,
};

/* The connection's fts5_api, as the FTS5 documentation prescribes; NULL when FTS5 is absent. */
static fts5_api *
fts5_api_of(sqlite3 *db)
{
	fts5_api *api = NULL;
	sqlite3_stmt *s = NULL;

	if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &s, NULL) == SQLITE_OK) {
		sqlite3_bind_pointer(s, 1, (void *)&api, "fts5_api_ptr", NULL);
		sqlite3_step(s);
	}
	sqlite3_finalize(s);
	return api;
}

int
store_fts_register(sqlite3 *db)
{
	fts5_tokenizer dutch = { dutch_create, dutch_delete, dutch_tokenize };
	fts5_api *api = fts5_api_of(db);

	if (api == NULL || api->iVersion < 2)
		return -1;
	if (api->xCreateTokenizer(api, "dutch", api, &dutch, NULL) != SQLITE_OK)
		return -1;
	for (size_t i = 0; i < NSYNC; i++)
		if (sqlite3_create_module_v2(db, sync_indexes[i].name, &sync_module, (void *)&sync_indexes[i], NULL) !=
		    SQLITE_OK)
			return -1;
	return 0;
}

enum err_code
store_fts_verify(sqlite3 *db, struct err *e)
{
	for (size_t i = 0; i < 2 * NSYNC; i++) {
		const struct sync_index *ix = &sync_indexes[i / 2];
		const char *sql = i % 2 ? ix->del : ix->replace, *name = i % 2 ? ix->del_name : ix->replace_name;
		sqlite3_stmt *s = NULL;

		if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) != SQLITE_OK)
			return store_sql_broken(e, name, sqlite3_errmsg(db));
		sqlite3_finalize(s);
	}
	return ERR_OK;
}
