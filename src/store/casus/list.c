/* list.c - the werkvoorraad: filtered, sorted, paged lists of casussen, counts, due follow-ups. */
#include <string.h>

#include "lib/date.h"
#include "store/casus/casus.h"
#include "store/store_fts.h"
#include "store/casus/private.h"
#include "store/store_private.h"


#define LIST_LIMIT_DEFAULT 25
#define LIST_LIMIT_MAX 500
#define HULPVRAAG_KORT 200   /* bytes of hulpvraag in a row */

_Static_assert(STATUS_CONCEPT == 0 && STATUS_AANGEMELD == 1 && STATUS_IN_BEHANDELING == 2 && STATUS_AFGEROND == 3,
    "the status bit in LIST_WHERE follows enum casus_status");

#define ROW_SELECT \
	"SELECT c.id, c.referentie, c.status, c.ontvangen_op, c.afgerond_op, substr(c.hulpvraag, 1, 200), ip.naam," \
	" io.naam, c.indiener_type, rp.naam, c.regievoerder_id," \
	" (SELECT group_concat(leefgebied) FROM casus_leefgebied WHERE casus_id = c.id)," \
	" (SELECT group_concat(beleidsterrein) FROM casus_beleidsterrein WHERE casus_id = c.id)," \
	" c.urgentie, c.followup_op, c.followup_antwoord"
#define ROW_FROM \
	" FROM casus c LEFT JOIN persoon ip ON ip.id = c.indiener_id" \
	" LEFT JOIN organisatie io ON io.id = CASE WHEN c.indiener_opgegeven THEN c.indiener_organisatie_id" \
	"  ELSE coalesce(c.indiener_organisatie_id, ip.organisatie_id) END" \
	" LEFT JOIN persoon rp ON rp.id = c.regievoerder_id"

/* Full-text search (migration 004, Dutch stemming); ?9 is a MATCH expression from store_fts_query(). */
#define ZOEK_WHERE " AND (?9 IS NULL OR c.id IN (SELECT rowid FROM casus_fts WHERE casus_fts MATCH ?9))"

/*
 * The filter as bound parameters: ?1 status bits, ?2 regievoerder, ?3 niet
 * toegewezen, ?4 leefgebied, ?5 beleidsterrein, ?6 indienerType, ?7 latest
 * ontvangenOp (leeftijd), ?8 the persoon the list is limited to, ?9 search.
 * A concept is only ever listed for its own indiener.
 */
#define LIST_WHERE \
	" WHERE ((?1 >> CASE c.status WHEN 'concept' THEN 0 WHEN 'aangemeld' THEN 1 WHEN 'in_behandeling' THEN 2" \
	"  ELSE 3 END) & 1) = 1" \
	" AND (c.status <> 'concept' OR (?8 <> 0 AND c.indiener_id = ?8))" \
	" AND (?2 = 0 OR c.regievoerder_id = ?2)" \
	" AND (?3 = 0 OR c.regievoerder_id IS NULL)" \
	" AND (?4 IS NULL OR EXISTS (SELECT 1 FROM casus_leefgebied l WHERE l.casus_id = c.id AND l.leefgebied = ?4))" \
	" AND (?5 IS NULL OR EXISTS (SELECT 1 FROM casus_beleidsterrein b WHERE b.casus_id = c.id" \
	"  AND b.beleidsterrein = ?5))" \
	" AND (?6 IS NULL OR c.indiener_type = ?6)" \
	" AND (?7 IS NULL OR c.ontvangen_op <= ?7)" \
	" AND (?8 = 0 OR c.indiener_id = ?8 OR EXISTS (SELECT 1 FROM casus_deelnemer d WHERE d.casus_id = c.id" \
	"  AND d.persoon_id = ?8))" \
	ZOEK_WHERE

/* ?10 the sort (enum value), ?11 limit, ?12 offset. Inactive sort terms are NULL for every row. */
static const char SQL_LIST[] = ROW_SELECT ROW_FROM LIST_WHERE
    " ORDER BY"
    " CASE WHEN ?10 = 0 THEN c.ontvangen_op END DESC,"
    " CASE WHEN ?10 = 1 THEN c.ontvangen_op END ASC,"
    " CASE WHEN ?10 = 2 THEN c.referentie IS NULL END, CASE WHEN ?10 = 2 THEN substr(c.referentie, 5, 4) END,"
    " CASE WHEN ?10 = 2 THEN length(c.referentie) END, CASE WHEN ?10 = 2 THEN c.referentie END,"
    " CASE WHEN ?10 = 3 THEN CASE c.status WHEN 'concept' THEN 0 WHEN 'aangemeld' THEN 1"
    "  WHEN 'in_behandeling' THEN 2 ELSE 3 END END,"
    " CASE WHEN ?10 = 3 THEN c.ontvangen_op END DESC,"
    " CASE WHEN ?10 = 1 THEN c.id END ASC, c.id DESC"
    " LIMIT ?11 OFFSET ?12";
static const char SQL_TOTAL[] = "SELECT count(*) FROM casus c" LIST_WHERE;
static const char SQL_COUNTS[] = "SELECT c.status, count(*) FROM casus c" LIST_WHERE " GROUP BY c.status";
static const char SQL_DUE[] = ROW_SELECT ROW_FROM
    " WHERE c.status = 'afgerond' AND c.followup_antwoord IS NULL AND c.followup_op IS NOT NULL"
    " AND c.followup_op <= ? ORDER BY c.followup_op, c.id LIMIT 1000";
static const char SQL_REGIEVOERDERS[] =
    "SELECT p.id, p.naam FROM persoon p JOIN gebruiker g ON g.persoon_id = p.id"
    " JOIN gebruiker_rol r ON r.gebruiker_id = g.id AND r.rol = 'regievoerder'"
    " WHERE g.actief = 1 ORDER BY p.naam COLLATE NOCASE, p.id";

/* A comma-separated list of codes as bits. */
static unsigned
code_bits(const char *list, const struct codelist *codes)
{
	unsigned bits = 0;
	char code[64];

	while (list != NULL && *list != '\0') {
		size_t n = strcspn(list, ",");

		if (n < sizeof(code)) {
			int i;

			memcpy(code, list, n);
			code[n] = '\0';
			if ((i = codelist_find(codes, code)) >= 0)
				bits |= 1u << i;
		}
		list += n + (list[n] == ',');
	}
	return bits;
}

/* At most max bytes of s, cut at a character boundary. */
static const char *
kort(struct arena *a, const char *s, size_t max)
{
	size_t n;

	if (s == NULL)
		return NULL;
	n = strlen(s);
	if (n <= max)
		return arena_strdup(a, s);
	n = max;
	while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
		n--;
	return arena_strndup(a, s, n);
}

static void
col_rij(struct arena *a, sqlite3_stmt *s, struct casus_rij *r)
{
	int v;

	r->id = sqlite3_column_int64(s, 0);
	r->referentie = store_col_text(a, s, 1);
	v = casus_col_code(s, 2, &codes_casus_status);
	r->status = v >= 0 ? (enum casus_status)v : STATUS_AANGEMELD;
	r->ontvangen_op = casus_col_date(s, 3);
	r->afgerond_op = casus_col_date(s, 4);
	r->hulpvraag = kort(a, (const char *)sqlite3_column_text(s, 5), HULPVRAAG_KORT);
	r->indiener_naam = store_col_text(a, s, 6);
	r->indiener_organisatie = store_col_text(a, s, 7);
	r->indiener_type = casus_col_code(s, 8, &codes_indiener_type);
	r->regievoerder_naam = store_col_text(a, s, 9);
	r->regievoerder_id = sqlite3_column_int64(s, 10);
	r->leefgebieden = code_bits((const char *)sqlite3_column_text(s, 11), &codes_leefgebied);
	r->beleidsterreinen = code_bits((const char *)sqlite3_column_text(s, 12), &codes_beleidsterrein);
	v = casus_col_code(s, 13, &codes_urgentie);
	r->urgentie = v >= 0 ? (enum urgentie)v : URGENTIE_NORMAAL;
	r->followup_op = casus_col_date(s, 14);
	r->followup_antwoord = casus_col_code(s, 15, &codes_followup);
}

static enum err_code
rows_read(struct store *st, struct arena *a, sqlite3_stmt *s, struct casus_rij **rows, size_t *n, struct err *e,
    const char *what)
{
	size_t cap = 0;
	int rc;

	*rows = NULL;
	*n = 0;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		*rows = casus_grow(a, *rows, *n, &cap, sizeof(**rows));
		col_rij(a, s, &(*rows)[(*n)++]);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_fail(st, rc, e, what);
	if (*rows == NULL)
		*rows = arena_alloc(a, sizeof(**rows));   /* never NULL, also for an empty page */
	return ERR_OK;
}

/* The search text as the statement's ?9, or NULL when there is none to search for. */
static const char *
zoek_param(struct arena *a, const char *zoek)
{
	return zoek != NULL ? store_fts_query(a, zoek) : NULL;
}

/* Binds ?1..?9 of LIST_WHERE; statussen = the bits to list. */
static void
bind_filter(sqlite3_stmt *s, struct arena *a, const struct casus_filter *f, unsigned statussen)
{
	sqlite3_bind_int(s, 1, (int)statussen);
	sqlite3_bind_int64(s, 2, f->regievoerder_id);
	sqlite3_bind_int(s, 3, f->niet_toegewezen);
	casus_bind_code(s, 4, &codes_leefgebied, f->leefgebied);
	casus_bind_code(s, 5, &codes_beleidsterrein, f->beleidsterrein);
	casus_bind_code(s, 6, &codes_indiener_type, f->indiener_type);
	casus_bind_date(s, 7, f->min_leeftijd_dagen > 0 ? f->vandaag - f->min_leeftijd_dagen : DATE_NONE);
	sqlite3_bind_int64(s, 8, f->beperk_tot_persoon);
	store_bind_text(s, 9, zoek_param(a, f->zoek));
}

static unsigned
status_bits(const struct casus_filter *f)
{
	unsigned all = (1u << STATUS__MAX) - 1;

	return f->statussen != 0 ? f->statussen & all : all & ~(1u << STATUS_CONCEPT);
}

enum err_code
store_casus_list(struct store *st, struct arena *a, const struct casus_filter *f, struct casus_rij **rows,
    size_t *n, size_t *total, struct err *e)
{
	sqlite3_stmt *s;
	int limit = f->limit <= 0 ? LIST_LIMIT_DEFAULT : f->limit > LIST_LIMIT_MAX ? LIST_LIMIT_MAX : f->limit;
	int rc;

	*rows = NULL;
	*n = *total = 0;
	s = store_stmt(st, SQL_TOTAL);
	bind_filter(s, a, f, status_bits(f));
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*total = (size_t)sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	if (rc != SQLITE_ROW)
		return store_fail(st, rc, e, "casus count");
	s = store_stmt(st, SQL_LIST);
	bind_filter(s, a, f, status_bits(f));
	sqlite3_bind_int(s, 10, (int)f->sort);
	sqlite3_bind_int(s, 11, limit);
	sqlite3_bind_int(s, 12, f->offset > 0 ? f->offset : 0);
	return rows_read(st, a, s, rows, n, e, "casus list");
}

enum err_code
store_casus_counts(struct store *st, const struct casus_filter *f, long counts[STATUS__MAX], struct err *e)
{
	struct arena *a = arena_new();   /* the search parameter */
	sqlite3_stmt *s = store_stmt(st, SQL_COUNTS);
	enum err_code ec = ERR_OK;
	int rc;

	memset(counts, 0, STATUS__MAX * sizeof(counts[0]));
	bind_filter(s, a, f, (1u << STATUS__MAX) - 1);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		int v = casus_col_code(s, 0, &codes_casus_status);

		if (v >= 0)
			counts[v] = (long)sqlite3_column_int64(s, 1);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		ec = store_fail(st, rc, e, "casus counts");
	arena_free(a);
	return ec;
}

enum err_code
store_followup_due(struct store *st, struct arena *a, int vandaag, struct casus_rij **rows, size_t *n,
    struct err *e)
{
	sqlite3_stmt *s = store_stmt(st, SQL_DUE);

	casus_bind_date(s, 1, vandaag);
	return rows_read(st, a, s, rows, n, e, "followup due");
}

enum err_code
store_regievoerders(struct store *st, struct arena *a, struct persoon_kort **out, size_t *n, struct err *e)
{
	sqlite3_stmt *s = store_stmt(st, SQL_REGIEVOERDERS);
	size_t cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		*out = casus_grow(a, *out, *n, &cap, sizeof(**out));
		(*out)[*n].id = sqlite3_column_int64(s, 0);
		(*out)[(*n)++].naam = store_col_text(a, s, 1);
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? ERR_OK : store_fail(st, rc, e, "regievoerders");
}
