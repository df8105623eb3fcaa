/* leerpunt.c - SQL for leerpunten, beleggingen and their history, navraag, themas and the monthly meetings. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/casus.h"
#include "lib/buf.h"
#include "lib/date.h"
#include "store/leerpunt/leerpunt.h"
#include "store/store_private.h"

/* ---- small helpers ------------------------------------------------------- */

/* Grows an arena array of elements of size sz to hold one more; returns the (possibly moved) array. */
static void *
grow(struct arena *a, void *v, size_t len, size_t *cap, size_t sz)
{
	void *w;

	if (len < *cap)
		return v;
	*cap = *cap ? *cap * 2 : 8;
	w = arena_alloc(a, *cap * sz);
	if (len > 0)
		memcpy(w, v, len * sz);
	return w;
}

static int
col_date(sqlite3_stmt *s, int i)
{
	const char *t = (const char *)sqlite3_column_text(s, i);
	int d;

	return t != NULL && date_parse(t, &d) ? d : DATE_NONE;
}

static void
bind_date(sqlite3_stmt *s, int i, int d)
{
	char buf[DATE_STRLEN];

	if (d == DATE_NONE) {
		sqlite3_bind_null(s, i);
		return;
	}
	date_format(d, buf);
	sqlite3_bind_text(s, i, buf, -1, SQLITE_TRANSIENT);
}

static int
col_code(sqlite3_stmt *s, int i, const struct codelist *l)
{
	const char *t = (const char *)sqlite3_column_text(s, i);

	return t == NULL ? -1 : codelist_find(l, t);
}

/* Steps s for its one row: ERR_OK with s on that row (the caller reads it, then resets s). Otherwise s is reset and
   the result is ERR_NOT_FOUND with `absent` (on field, may be NULL) or the store failure of `what`. */
static enum err_code
step_one(struct store *st, sqlite3_stmt *s, struct err *e, const char *field, const char *absent, const char *what)
{
	int rc = sqlite3_step(s);

	if (rc == SQLITE_ROW)
		return ERR_OK;
	sqlite3_reset(s);
	if (rc == SQLITE_DONE)
		return err_set(e, ERR_NOT_FOUND, field, "%s", absent);
	return store_fail(st, rc, e, what);
}

static unsigned
parse_leefgebieden(const char *list)
{
	unsigned bits = 0;
	const char *p = list;

	while (p != NULL && *p) {
		const char *comma = strchr(p, ',');
		size_t n = comma ? (size_t)(comma - p) : strlen(p);
		for (int i = 0; i < codes_leefgebied.n; i++)
			if (strlen(codes_leefgebied.codes[i]) == n && strncmp(codes_leefgebied.codes[i], p, n) == 0)
				bits |= 1u << i;
		p = comma ? comma + 1 : NULL;
	}
	return bits;
}

/* The current status of belegging b: its latest history entry (by date, then by recording; as store_casus_read.c). */
#define HUIDIGE_STATUS(b) \
	"(SELECT x.id FROM belegging_status x WHERE x.belegging_id = " b ".id ORDER BY x.datum DESC, x.id DESC LIMIT 1)"

/* ---- beleggingen --------------------------------------------------------- */

#define BELEGGING_COLUMNS \
	"SELECT b.id, b.leerpunt_id, o.id, o.naam, o.code, o.type, b.volgende_navraag, b.doorgezet_naar_id," \
	" (SELECT o2.naam FROM belegging b2 JOIN organisatie o2 ON o2.id = b2.organisatie_id" \
	"   WHERE b2.id = b.doorgezet_naar_id)," \
	" (SELECT b3.id FROM belegging b3 WHERE b3.doorgezet_naar_id = b.id ORDER BY b3.id LIMIT 1)," \
	" (SELECT o3.naam FROM belegging b3 JOIN organisatie o3 ON o3.id = b3.organisatie_id" \
	"   WHERE b3.doorgezet_naar_id = b.id ORDER BY b3.id LIMIT 1)," \
	" s.status, s.reden, s.datum," \
	" coalesce((SELECT f.datum FROM belegging_status f WHERE f.belegging_id = b.id ORDER BY f.datum, f.id LIMIT 1)," \
	"   substr(b.created_at, 1, 10))" \
	" FROM belegging b JOIN organisatie o ON o.id = b.organisatie_id" \
	" LEFT JOIN belegging_status s ON s.id = " HUIDIGE_STATUS("b")

static const char SQL_BELEGGING_GET[] = BELEGGING_COLUMNS " WHERE b.id = ?1";
static const char SQL_BELEGGINGEN_VAN[] = BELEGGING_COLUMNS
    " WHERE b.leerpunt_id = ?1 AND (?2 IS NULL OR b.organisatie_id = ?2) ORDER BY b.volgorde, b.id";

static void
read_organisatie(struct arena *a, sqlite3_stmt *s, int i, struct organisatie_kort *o)
{
	o->id = sqlite3_column_int64(s, i);
	o->naam = store_col_text(a, s, i + 1);
	o->code = store_col_text(a, s, i + 2);
	o->type = col_code(s, i + 3, &codes_organisatie_type);
}

static void
read_belegging(struct arena *a, sqlite3_stmt *s, struct belegging_rij *b)
{
	int st;

	memset(b, 0, sizeof(*b));
	b->id = sqlite3_column_int64(s, 0);
	b->leerpunt_id = sqlite3_column_int64(s, 1);
	read_organisatie(a, s, 2, &b->bij);
	b->volgende_navraag = col_date(s, 6);
	b->doorgezet_naar_id = sqlite3_column_int64(s, 7);
	b->doorgezet_naar = store_col_text(a, s, 8);
	b->doorgezet_van_id = sqlite3_column_int64(s, 9);
	b->doorgezet_van = store_col_text(a, s, 10);
	st = col_code(s, 11, &codes_opvolging_status);
	b->status = st < 0 ? OPVOLGING_BELEGD : (enum opvolging_status)st;
	b->reden = col_code(s, 12, &codes_reden);
	b->status_datum = col_date(s, 13);
	b->belegd_op = col_date(s, 14);
}

enum err_code
store_belegging_get(struct store *st, struct arena *a, int64_t id, struct belegging_rij *out, struct err *e)
{
	sqlite3_stmt *s = store_stmt(st, SQL_BELEGGING_GET);
	enum err_code rc;

	sqlite3_bind_int64(s, 1, id);
	if ((rc = step_one(st, s, e, NULL, "Deze belegging bestaat niet.", "belegging get")) != ERR_OK)
		return rc;
	read_belegging(a, s, out);
	sqlite3_reset(s);
	return ERR_OK;
}

static enum err_code
beleggingen_van(struct store *st, struct arena *a, int64_t leerpunt_id, int64_t beperk,
    struct belegging_rij **out, size_t *n, struct err *e)
{
	sqlite3_stmt *s = store_stmt(st, SQL_BELEGGINGEN_VAN);
	struct belegging_rij *v = NULL;
	size_t len = 0, cap = 0;
	int rc;

	sqlite3_bind_int64(s, 1, leerpunt_id);
	store_bind_id(s, 2, beperk);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		v = grow(a, v, len, &cap, sizeof(*v));
		read_belegging(a, s, &v[len++]);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_fail(st, rc, e, "beleggingen");
	*out = v;
	*n = len;
	return ERR_OK;
}

static const char SQL_HISTORIE[] =
    "SELECT s.id, s.datum, s.status, s.reden, s.notitie, s.bron, p.naam, s.created_at"
    " FROM belegging_status s LEFT JOIN gebruiker g ON g.id = s.auteur_id LEFT JOIN persoon p ON p.id = g.persoon_id"
    " WHERE s.belegging_id = ?1 ORDER BY s.datum, s.id";

static enum err_code
historie(struct store *st, struct arena *a, struct belegging_rij *b, struct err *e)
{
	sqlite3_stmt *s = store_stmt(st, SQL_HISTORIE);
	size_t cap = 0;
	int rc;

	b->historie = NULL;
	b->nhistorie = 0;
	sqlite3_bind_int64(s, 1, b->id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct opvolging_rij *h;
		int stt;

		b->historie = grow(a, b->historie, b->nhistorie, &cap, sizeof(*b->historie));
		h = &b->historie[b->nhistorie++];
		h->id = sqlite3_column_int64(s, 0);
		h->datum = col_date(s, 1);
		stt = col_code(s, 2, &codes_opvolging_status);
		h->status = stt < 0 ? OPVOLGING_ONBEKEND : (enum opvolging_status)stt;
		h->reden = col_code(s, 3, &codes_reden);
		h->notitie = store_col_text(a, s, 4);
		h->bron = store_col_text(a, s, 5);
		h->auteur_naam = store_col_text(a, s, 6);
		h->created_at = store_col_text(a, s, 7);
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? ERR_OK : store_fail(st, rc, e, "historie");
}

/* ---- leerpunten ---------------------------------------------------------- */

static const char SQL_LP_THEMAS[] = "SELECT thema FROM leerpunt_thema WHERE leerpunt_id = ?1 ORDER BY volgorde, thema";
static const char SQL_LP_CASUSSEN[] =
    "SELECT c.id, c.referentie, c.status, c.ontvangen_op, c.afgerond_op, c.hulpvraag,"
    " (SELECT group_concat(g.leefgebied) FROM casus_leefgebied g WHERE g.casus_id = c.id),"
    " EXISTS (SELECT 1 FROM casus_deelnemer d WHERE d.casus_id = c.id AND d.persoon_id = ?2),"
    " (SELECT max(bc.besproken_op) FROM bijeenkomst_casus bc WHERE bc.casus_id = c.id)"
    " FROM leerpunt_casus lc JOIN casus c ON c.id = lc.casus_id"
    " WHERE lc.leerpunt_id = ?1 ORDER BY lc.volgorde, c.referentie";

static enum err_code
leerpunt_details(struct store *st, struct arena *a, struct leerpunt_rij *l, int64_t beperk, int64_t persoon_id,
    struct err *e)
{
	sqlite3_stmt *s = store_stmt(st, SQL_LP_THEMAS);
	size_t cap = 0;
	int rc;

	sqlite3_bind_int64(s, 1, l->id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		l->themas = grow(a, l->themas, l->nthemas, &cap, sizeof(*l->themas));
		l->themas[l->nthemas++] = store_col_text(a, s, 0);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_fail(st, rc, e, "leerpunt themas");

	s = store_stmt(st, SQL_LP_CASUSSEN);
	cap = 0;
	sqlite3_bind_int64(s, 1, l->id);
	sqlite3_bind_int64(s, 2, persoon_id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct leerpunt_casus *c;
		int stt;

		l->casussen = grow(a, l->casussen, l->ncasussen, &cap, sizeof(*l->casussen));
		c = &l->casussen[l->ncasussen++];
		c->id = sqlite3_column_int64(s, 0);
		c->referentie = store_col_text(a, s, 1);
		stt = col_code(s, 2, &codes_casus_status);
		c->status = stt < 0 ? STATUS_AANGEMELD : (enum casus_status)stt;
		c->ontvangen_op = col_date(s, 3);
		c->afgerond_op = col_date(s, 4);
		c->hulpvraag = store_col_text(a, s, 5);
		c->leefgebieden = parse_leefgebieden((const char *)sqlite3_column_text(s, 6));
		c->uitgenodigd = persoon_id != 0 && sqlite3_column_int(s, 7) != 0;
		c->besproken_op = col_date(s, 8);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_fail(st, rc, e, "leerpunt casussen");
	return beleggingen_van(st, a, l->id, beperk, &l->beleggingen, &l->nbeleggingen, e);
}

static void
read_leerpunt(struct arena *a, sqlite3_stmt *s, struct leerpunt_rij *l)
{
	int cat;

	memset(l, 0, sizeof(*l));
	l->id = sqlite3_column_int64(s, 0);
	l->omschrijving = store_col_text(a, s, 1);
	cat = col_code(s, 2, &codes_categorie);
	l->categorie = cat < 0 ? CATEGORIE_OVERIG : (enum categorie)cat;
	l->orde = sqlite3_column_int(s, 3);
	l->vraag = sqlite3_column_int(s, 4) != 0;
	l->al_bekend = sqlite3_column_int(s, 5) != 0;
	l->terugkerend = sqlite3_column_int(s, 6) != 0;
	l->created_at = store_col_text(a, s, 7);
}

#define LEERPUNT_COLUMNS \
	"SELECT l.id, l.omschrijving, l.categorie, l.orde, l.vraag, l.al_bekend, l.terugkerend, l.created_at FROM leerpunt l"

/*
 * ?1 categorie  ?2 orde  ?3 thema  ?4 jaar ('YYYY')  ?5 niet belegd (0/1)
 * ?6 organisatie  ?7 status  ?8 beperk_tot_organisatie  ?9 nothing at all (0/1)
 */
#define LEERPUNT_WHERE \
	" WHERE ?9 = 0" \
	" AND (?1 IS NULL OR l.categorie = ?1)" \
	" AND (?2 IS NULL OR l.orde = ?2)" \
	" AND (?3 IS NULL OR EXISTS (SELECT 1 FROM leerpunt_thema t WHERE t.leerpunt_id = l.id AND t.thema = ?3))" \
	" AND (?4 IS NULL OR EXISTS (SELECT 1 FROM leerpunt_casus lc JOIN casus c ON c.id = lc.casus_id" \
	"   WHERE lc.leerpunt_id = l.id AND substr(c.afgerond_op, 1, 4) = ?4))" \
	" AND (?5 = 0 OR NOT EXISTS (SELECT 1 FROM belegging b WHERE b.leerpunt_id = l.id))" \
	" AND ((?6 IS NULL AND ?7 IS NULL AND ?8 IS NULL) OR EXISTS (SELECT 1 FROM belegging b" \
	"   LEFT JOIN belegging_status s ON s.id = " HUIDIGE_STATUS("b") \
	"   WHERE b.leerpunt_id = l.id AND (?6 IS NULL OR b.organisatie_id = ?6)" \
	"   AND (?8 IS NULL OR b.organisatie_id = ?8) AND (?7 IS NULL OR coalesce(s.status, 'belegd') = ?7)))"

static const char SQL_LP_LIST[] = LEERPUNT_COLUMNS LEERPUNT_WHERE " ORDER BY l.id DESC LIMIT ?10 OFFSET ?11";
static const char SQL_LP_COUNT[] = "SELECT count(*) FROM leerpunt l" LEERPUNT_WHERE;
static const char SQL_LP_GET[] = LEERPUNT_COLUMNS " WHERE l.id = ?1";

static void
bind_filter(sqlite3_stmt *s, const struct leerpunt_filter *f)
{
	char jaar[8];

	if (f->categorie >= 0 && f->categorie < CATEGORIE__MAX)
		sqlite3_bind_text(s, 1, codes_categorie.codes[f->categorie], -1, SQLITE_STATIC);
	if (f->orde > 0)
		sqlite3_bind_int(s, 2, f->orde);
	store_bind_text(s, 3, f->thema);
	if (f->jaar > 0) {
		snprintf(jaar, sizeof(jaar), "%04d", f->jaar % 10000);
		sqlite3_bind_text(s, 4, jaar, -1, SQLITE_TRANSIENT);
	}
	sqlite3_bind_int(s, 5, f->niet_belegd ? 1 : 0);
	store_bind_id(s, 6, f->organisatie_id);
	if (f->status >= 0 && f->status < OPVOLGING__MAX)
		sqlite3_bind_text(s, 7, codes_opvolging_status.codes[f->status], -1, SQLITE_STATIC);
	store_bind_id(s, 8, f->beperk_tot_organisatie > 0 ? f->beperk_tot_organisatie : 0);
	sqlite3_bind_int(s, 9, f->beperk_tot_organisatie < 0 ? 1 : 0);
}

enum err_code
store_leerpunt_list(struct store *st, struct arena *a, const struct leerpunt_filter *f, struct leerpunt_rij **rows,
    size_t *n, size_t *total, struct err *e)
{
	sqlite3_stmt *s = store_stmt(st, SQL_LP_COUNT);
	struct leerpunt_rij *v = NULL;
	size_t len = 0, cap = 0;
	int rc, limit = f->limit == 0 ? 25 : f->limit < 0 ? -1 : f->limit > 500 ? 500 : f->limit;
	int64_t beperk = f->beperk_tot_organisatie > 0 ? f->beperk_tot_organisatie : 0;

	bind_filter(s, f);
	rc = sqlite3_step(s);
	*total = rc == SQLITE_ROW ? (size_t)sqlite3_column_int64(s, 0) : 0;
	sqlite3_reset(s);
	if (rc != SQLITE_ROW)
		return store_fail(st, rc, e, "leerpunten count");

	s = store_stmt(st, SQL_LP_LIST);
	bind_filter(s, f);
	sqlite3_bind_int(s, 10, limit);
	sqlite3_bind_int(s, 11, f->offset > 0 ? f->offset : 0);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		v = grow(a, v, len, &cap, sizeof(*v));
		read_leerpunt(a, s, &v[len++]);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_fail(st, rc, e, "leerpunten");
	for (size_t i = 0; i < len; i++)
		if (leerpunt_details(st, a, &v[i], beperk, f->persoon_id, e) != ERR_OK)
			return e ? e->code : ERR_INTERNAL;
	*rows = v;
	*n = len;
	return ERR_OK;
}

enum err_code
store_leerpunt_get(struct store *st, struct arena *a, int64_t id, int64_t persoon_id, struct leerpunt_rij *out,
    struct err *e)
{
	sqlite3_stmt *s = store_stmt(st, SQL_LP_GET);
	enum err_code rc;

	sqlite3_bind_int64(s, 1, id);
	if ((rc = step_one(st, s, e, NULL, "Dit leerpunt bestaat niet.", "leerpunt get")) != ERR_OK)
		return rc;
	read_leerpunt(a, s, out);
	sqlite3_reset(s);
	if (leerpunt_details(st, a, out, 0, persoon_id, e) != ERR_OK)
		return e ? e->code : ERR_INTERNAL;
	for (size_t i = 0; i < out->nbeleggingen; i++)
		if (historie(st, a, &out->beleggingen[i], e) != ERR_OK)
			return e ? e->code : ERR_INTERNAL;
	return ERR_OK;
}

/* ---- writing the follow-up ----------------------------------------------- */

static const char SQL_STATUS_ADD[] =
    "INSERT INTO belegging_status (belegging_id, datum, status, reden, notitie, bron, auteur_id, created_at)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
static const char SQL_NAVRAAG_SET[] = "UPDATE belegging SET volgende_navraag = ?2 WHERE id = ?1";

static enum err_code
status_insert(struct store *st, int64_t belegging_id, int datum, enum opvolging_status status, int reden,
    const char *notitie, const char *bron, int64_t auteur, time_t now, int64_t *id, struct err *e)
{
	sqlite3_stmt *s = store_stmt(st, SQL_STATUS_ADD);
	char created[TIME_STRLEN];
	enum err_code ec;

	time_format(now, created);
	sqlite3_bind_int64(s, 1, belegging_id);
	bind_date(s, 2, datum);
	sqlite3_bind_text(s, 3, codes_opvolging_status.codes[status], -1, SQLITE_STATIC);
	if (status == OPVOLGING_GEEN_OPVOLGING && reden >= 0 && reden < REDEN__MAX)
		sqlite3_bind_text(s, 4, codes_reden.codes[reden], -1, SQLITE_STATIC);
	store_bind_text(s, 5, notitie != NULL && *notitie ? notitie : NULL);
	store_bind_text(s, 6, bron != NULL && *bron ? bron : NULL);
	store_bind_id(s, 7, auteur);
	sqlite3_bind_text(s, 8, created, -1, SQLITE_TRANSIENT);
	if ((ec = store_step_done(st, s, e, "belegging_status insert")) != ERR_OK)
		return ec;
	if (id != NULL)
		*id = sqlite3_last_insert_rowid(store_db(st));
	return ERR_OK;
}

static enum err_code
navraag_set(struct store *st, int64_t belegging_id, int volgende, struct err *e)
{
	sqlite3_stmt *s = store_stmt(st, SQL_NAVRAAG_SET);

	sqlite3_bind_int64(s, 1, belegging_id);
	bind_date(s, 2, volgende);
	return store_step_done(st, s, e, "volgende_navraag");
}

enum err_code
store_belegging_status_add(struct store *st, int64_t belegging_id, const struct opvolging_invoer *in,
    int volgende_navraag, int64_t auteur_gebruiker_id, time_t now, int64_t *id, struct err *e)
{
	enum err_code ec;

	if (in->status < 0 || in->status >= OPVOLGING__MAX)
		return err_set(e, ERR_VALIDATION, "status", "Kies een status van de opvolging.");
	ec = status_insert(st, belegging_id, in->datum, (enum opvolging_status)in->status, in->reden, in->notitie,
	    in->bron, auteur_gebruiker_id, now, id, e);
	if (ec != ERR_OK)
		return ec;
	return navraag_set(st, belegging_id, volgende_navraag, e);
}

static const char SQL_LP_EXISTS[] = "SELECT count(*) FROM leerpunt WHERE id = ?1";
static const char SQL_OPEN_BIJ[] =
    "SELECT count(*) FROM belegging WHERE leerpunt_id = ?1 AND organisatie_id = ?2 AND doorgezet_naar_id IS NULL";
static const char SQL_BELEGGING_ADD[] =
    "INSERT INTO belegging (leerpunt_id, organisatie_id, volgorde, volgende_navraag, created_at)"
    " VALUES (?1, ?2, (SELECT coalesce(max(volgorde), -1) + 1 FROM belegging WHERE leerpunt_id = ?1), ?3, ?4)";
static const char SQL_DOORGEZET_SET[] =
    "UPDATE belegging SET doorgezet_naar_id = ?2, volgende_navraag = NULL WHERE id = ?1";

static enum err_code
count_of(struct store *st, const char *sql, int64_t p1, int64_t p2, long *out, struct err *e)
{
	sqlite3_stmt *s = store_stmt(st, sql);
	int rc;

	sqlite3_bind_int64(s, 1, p1);
	if (p2 != 0)
		sqlite3_bind_int64(s, 2, p2);
	rc = sqlite3_step(s);
	*out = rc == SQLITE_ROW ? (long)sqlite3_column_int64(s, 0) : 0;
	sqlite3_reset(s);
	return rc == SQLITE_ROW ? ERR_OK : store_fail(st, rc, e, "count");
}

static enum err_code
belegging_insert(struct store *st, int64_t leerpunt_id, int64_t organisatie_id, int volgende, time_t now,
    int64_t *id, struct err *e)
{
	sqlite3_stmt *s = store_stmt(st, SQL_BELEGGING_ADD);
	char created[TIME_STRLEN];
	enum err_code ec;

	time_format(now, created);
	sqlite3_bind_int64(s, 1, leerpunt_id);
	sqlite3_bind_int64(s, 2, organisatie_id);
	bind_date(s, 3, volgende);
	sqlite3_bind_text(s, 4, created, -1, SQLITE_TRANSIENT);
	if ((ec = store_step_done(st, s, e, "belegging insert")) != ERR_OK)
		return ec;
	*id = sqlite3_last_insert_rowid(store_db(st));
	return ERR_OK;
}

enum err_code
store_belegging_add(struct store *st, int64_t leerpunt_id, int64_t organisatie_id, int datum, const char *notitie,
    const char *bron, int volgende_navraag, int64_t auteur_gebruiker_id, time_t now, int64_t *id, struct err *e)
{
	struct arena *a = arena_new();
	struct organisatie_kort org;
	enum err_code ec;
	long n;

	if ((ec = count_of(st, SQL_LP_EXISTS, leerpunt_id, 0, &n, e)) != ERR_OK)
		goto out;
	if (n == 0) {
		ec = err_set(e, ERR_NOT_FOUND, NULL, "Dit leerpunt bestaat niet.");
		goto out;
	}
	if (store_organisatie_get(st, a, organisatie_id, &org, NULL) != ERR_OK) {
		ec = err_set(e, ERR_VALIDATION, "organisatie", "Kies een bestaande organisatie.");
		goto out;
	}
	if ((ec = count_of(st, SQL_OPEN_BIJ, leerpunt_id, organisatie_id, &n, e)) != ERR_OK)
		goto out;
	if (n > 0) {
		ec = err_set(e, ERR_CONFLICT, "organisatie", "Dit leerpunt is al belegd bij %s.", org.naam);
		goto out;
	}
	if ((ec = belegging_insert(st, leerpunt_id, organisatie_id, volgende_navraag, now, id, e)) != ERR_OK)
		goto out;
	ec = status_insert(st, *id, datum, OPVOLGING_BELEGD, -1, notitie, bron, auteur_gebruiker_id, now, NULL, e);
out:
	arena_free(a);
	return ec;
}

static char *
met_toelichting(struct arena *a, const char *wat, const char *naam, const char *notitie)
{
	if (notitie == NULL || *notitie == '\0')
		return arena_printf(a, "%s %s.", wat, naam);
	return arena_printf(a, "%s %s. %s", wat, naam, notitie);
}

enum err_code
store_belegging_doorzetten(struct store *st, int64_t van_id, int64_t naar_organisatie_id, int datum,
    const char *notitie, const char *bron, int volgende_navraag, int64_t auteur_gebruiker_id, time_t now,
    int64_t *nieuw_id, struct err *e)
{
	struct arena *a = arena_new();
	struct belegging_rij oud;
	struct organisatie_kort naar;
	sqlite3_stmt *s;
	enum err_code ec;
	long n;

	if (notitie != NULL && strlen(notitie) > LEERPUNT_MAX_NOTITIE - 512) {
		ec = err_set(e, ERR_VALIDATION, "notitie", "De toelichting is te lang.");
		goto out;
	}
	if ((ec = store_belegging_get(st, a, van_id, &oud, e)) != ERR_OK)
		goto out;
	if (oud.doorgezet_naar_id != 0) {
		ec = err_set(e, ERR_CONFLICT, NULL, "Deze belegging is al doorgezet naar %s.",
		    oud.doorgezet_naar ? oud.doorgezet_naar : "een andere partij");
		goto out;
	}
	if (store_organisatie_get(st, a, naar_organisatie_id, &naar, NULL) != ERR_OK) {
		ec = err_set(e, ERR_VALIDATION, "organisatie", "Kies een bestaande organisatie.");
		goto out;
	}
	if (naar.id == oud.bij.id) {
		ec = err_set(e, ERR_VALIDATION, "organisatie", "Kies een andere partij dan %s.", oud.bij.naam);
		goto out;
	}
	if ((ec = count_of(st, SQL_OPEN_BIJ, oud.leerpunt_id, naar.id, &n, e)) != ERR_OK)
		goto out;
	if (n > 0) {
		ec = err_set(e, ERR_CONFLICT, "organisatie", "Dit leerpunt is al belegd bij %s.", naar.naam);
		goto out;
	}
	if ((ec = belegging_insert(st, oud.leerpunt_id, naar.id, volgende_navraag, now, nieuw_id, e)) != ERR_OK)
		goto out;
	ec = status_insert(st, *nieuw_id, datum, OPVOLGING_BELEGD, -1,
	    met_toelichting(a, "Doorgezet vanuit", oud.bij.naam, notitie), bron, auteur_gebruiker_id, now, NULL, e);
	if (ec != ERR_OK)
		goto out;
	s = store_stmt(st, SQL_DOORGEZET_SET);
	sqlite3_bind_int64(s, 1, oud.id);
	sqlite3_bind_int64(s, 2, *nieuw_id);
	if ((ec = store_step_done(st, s, e, "doorgezet")) != ERR_OK)
		goto out;
	ec = status_insert(st, oud.id, datum < oud.status_datum && oud.status_datum != DATE_NONE ? oud.status_datum : datum,
	    oud.status, oud.reden, met_toelichting(a, "Doorgezet naar", naar.naam, notitie), bron,
	    auteur_gebruiker_id, now, NULL, e);
out:
	arena_free(a);
	return ec;
}

/* ---- organisations -------------------------------------------------------- */

#define ORG_COLUMNS "SELECT o.id, o.naam, o.code, o.type FROM organisatie o"
static const char SQL_ORGS[] = ORG_COLUMNS
    " ORDER BY (o.code = 'PMM') DESC, (o.type = 'ministerie') DESC, o.naam COLLATE NOCASE, o.id";
static const char SQL_ORGS_MET_BELEGGING[] = ORG_COLUMNS
    " WHERE EXISTS (SELECT 1 FROM belegging b WHERE b.organisatie_id = o.id) ORDER BY o.naam COLLATE NOCASE, o.id";
static const char SQL_ORG_GET[] = ORG_COLUMNS " WHERE o.id = ?1";
static const char SQL_ORG_BY_CODE[] = ORG_COLUMNS " WHERE o.code = ?1 COLLATE NOCASE ORDER BY o.id LIMIT 1";

static enum err_code
orgs(struct store *st, struct arena *a, const char *sql, struct organisatie_kort **out, size_t *n, struct err *e)
{
	sqlite3_stmt *s = store_stmt(st, sql);
	struct organisatie_kort *v = NULL;
	size_t len = 0, cap = 0;
	int rc;

	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		v = grow(a, v, len, &cap, sizeof(*v));
		read_organisatie(a, s, 0, &v[len++]);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_fail(st, rc, e, "organisaties");
	*out = v;
	*n = len;
	return ERR_OK;
}

enum err_code
store_organisaties(struct store *st, struct arena *a, struct organisatie_kort **out, size_t *n, struct err *e)
{
	return orgs(st, a, SQL_ORGS, out, n, e);
}

enum err_code
store_organisaties_met_belegging(struct store *st, struct arena *a, struct organisatie_kort **out, size_t *n,
    struct err *e)
{
	return orgs(st, a, SQL_ORGS_MET_BELEGGING, out, n, e);
}

static enum err_code
org_one(struct store *st, struct arena *a, sqlite3_stmt *s, struct organisatie_kort *out, struct err *e)
{
	enum err_code rc = step_one(st, s, e, "organisatie", "Deze organisatie bestaat niet.", "organisatie");

	if (rc != ERR_OK)
		return rc;
	read_organisatie(a, s, 0, out);
	sqlite3_reset(s);
	return ERR_OK;
}

enum err_code
store_organisatie_get(struct store *st, struct arena *a, int64_t id, struct organisatie_kort *out, struct err *e)
{
	sqlite3_stmt *s = store_stmt(st, SQL_ORG_GET);

	sqlite3_bind_int64(s, 1, id);
	return org_one(st, a, s, out, e);
}

enum err_code
store_organisatie_by_code(struct store *st, struct arena *a, const char *code, struct organisatie_kort *out,
    struct err *e)
{
	sqlite3_stmt *s = store_stmt(st, SQL_ORG_BY_CODE);

	store_bind_text(s, 1, code);
	return org_one(st, a, s, out, e);
}

/* ---- navraag -------------------------------------------------------------- */

static const char SQL_NAVRAAG[] = BELEGGING_COLUMNS
    " JOIN leerpunt l ON l.id = b.leerpunt_id"
    " WHERE b.doorgezet_naar_id IS NULL AND coalesce(s.status, 'belegd') NOT IN ('opgevolgd', 'geen_opvolging')"
    " AND (b.volgende_navraag IS NULL OR b.volgende_navraag <= ?1) AND (?2 IS NULL OR b.organisatie_id = ?2)"
    " AND ?3 = 0"
    " ORDER BY o.naam COLLATE NOCASE, o.id, b.volgende_navraag IS NOT NULL, b.volgende_navraag, b.id";
static const char SQL_NAVRAAG_LP[] = "SELECT omschrijving, categorie, orde FROM leerpunt WHERE id = ?1";
static const char SQL_AMBASSADEURS[] =
    "SELECT p.naam, p.email FROM persoon p JOIN gebruiker g ON g.persoon_id = p.id"
    " JOIN gebruiker_rol r ON r.gebruiker_id = g.id AND r.rol = 'ambassadeur'"
    " WHERE g.actief = 1 AND p.organisatie_id = ?1 ORDER BY p.naam COLLATE NOCASE";

static enum err_code
ambassadeurs(struct store *st, struct arena *a, struct navraag_groep *g, struct err *e)
{
	sqlite3_stmt *s = store_stmt(st, SQL_AMBASSADEURS);
	size_t cap = 0;
	int rc;

	sqlite3_bind_int64(s, 1, g->organisatie.id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		g->ambassadeurs = grow(a, g->ambassadeurs, g->nambassadeurs, &cap, sizeof(*g->ambassadeurs));
		g->ambassadeurs[g->nambassadeurs].naam = store_col_text(a, s, 0);
		g->ambassadeurs[g->nambassadeurs].email = store_col_text(a, s, 1);
		g->nambassadeurs++;
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? ERR_OK : store_fail(st, rc, e, "ambassadeurs");
}

enum err_code
store_navraag(struct store *st, struct arena *a, int vandaag, int64_t beperk, struct navraag_groep **out, size_t *n,
    struct err *e)
{
	sqlite3_stmt *s = store_stmt(st, SQL_NAVRAAG);
	struct navraag_groep *v = NULL;
	struct navraag_item *items = NULL;
	size_t len = 0, cap = 0, nitems = 0, icap = 0, start = 0;
	int rc;

	bind_date(s, 1, vandaag);
	store_bind_id(s, 2, beperk > 0 ? beperk : 0);
	sqlite3_bind_int(s, 3, beperk < 0 ? 1 : 0);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		items = grow(a, items, nitems, &icap, sizeof(*items));
		memset(&items[nitems], 0, sizeof(items[nitems]));
		read_belegging(a, s, &items[nitems].belegging);
		nitems++;
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_fail(st, rc, e, "navraag");
	for (size_t i = 0; i < nitems; i++) {
		sqlite3_stmt *q = store_stmt(st, SQL_NAVRAAG_LP);
		int cat;

		sqlite3_bind_int64(q, 1, items[i].belegging.leerpunt_id);
		if ((rc = sqlite3_step(q)) == SQLITE_ROW) {
			items[i].leerpunt_omschrijving = store_col_text(a, q, 0);
			cat = col_code(q, 1, &codes_categorie);
			items[i].categorie = cat < 0 ? CATEGORIE_OVERIG : (enum categorie)cat;
			items[i].orde = sqlite3_column_int(q, 2);
		}
		sqlite3_reset(q);
		/* a new group starts where the organisation changes */
		if (i + 1 == nitems || items[i + 1].belegging.bij.id != items[i].belegging.bij.id) {
			struct navraag_groep *g;

			v = grow(a, v, len, &cap, sizeof(*v));
			g = &v[len++];
			memset(g, 0, sizeof(*g));
			g->organisatie = items[i].belegging.bij;
			g->items = &items[start];
			g->nitems = i + 1 - start;
			start = i + 1;
			if (ambassadeurs(st, a, g, e) != ERR_OK)
				return e ? e->code : ERR_INTERNAL;
		}
	}
	*out = v;
	*n = len;
	return ERR_OK;
}

/* ---- themas --------------------------------------------------------------- */

static const char SQL_THEMAS[] =
    "SELECT t.thema, count(DISTINCT t.leerpunt_id), count(DISTINCT lc.casus_id),"
    " min(substr(coalesce(c.afgerond_op, c.ontvangen_op), 1, 4)), max(substr(coalesce(c.afgerond_op, c.ontvangen_op), 1, 4))"
    " FROM leerpunt_thema t LEFT JOIN leerpunt_casus lc ON lc.leerpunt_id = t.leerpunt_id"
    " LEFT JOIN casus c ON c.id = lc.casus_id"
    " WHERE ?2 = 0 AND (?1 IS NULL OR EXISTS (SELECT 1 FROM belegging b WHERE b.leerpunt_id = t.leerpunt_id"
    "   AND b.organisatie_id = ?1))"
    " GROUP BY t.thema ORDER BY count(DISTINCT t.leerpunt_id) DESC, t.thema";
static const char SQL_THEMA_ADD[] =
    "INSERT INTO leerpunt_thema (leerpunt_id, thema, volgorde)"
    " VALUES (?1, ?2, (SELECT coalesce(max(volgorde), -1) + 1 FROM leerpunt_thema WHERE leerpunt_id = ?1))"
    " ON CONFLICT DO NOTHING";
static const char SQL_THEMA_DEL[] = "DELETE FROM leerpunt_thema WHERE leerpunt_id = ?1 AND thema = ?2";

enum err_code
store_themas(struct store *st, struct arena *a, int64_t beperk, struct thema_rij **out, size_t *n, struct err *e)
{
	sqlite3_stmt *s = store_stmt(st, SQL_THEMAS);
	struct thema_rij *v = NULL;
	size_t len = 0, cap = 0;
	int rc;

	store_bind_id(s, 1, beperk > 0 ? beperk : 0);
	sqlite3_bind_int(s, 2, beperk < 0 ? 1 : 0);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		const char *van = (const char *)sqlite3_column_text(s, 3), *tot = (const char *)sqlite3_column_text(s, 4);

		v = grow(a, v, len, &cap, sizeof(*v));
		v[len].thema = store_col_text(a, s, 0);
		v[len].leerpunten = (long)sqlite3_column_int64(s, 1);
		v[len].casussen = (long)sqlite3_column_int64(s, 2);
		v[len].van_jaar = van ? atoi(van) : 0;
		v[len].tot_jaar = tot ? atoi(tot) : 0;
		len++;
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_fail(st, rc, e, "themas");
	*out = v;
	*n = len;
	return ERR_OK;
}

enum err_code
store_leerpunt_thema_add(struct store *st, int64_t leerpunt_id, const char *thema, size_t len, struct err *e)
{
	sqlite3_stmt *s;
	enum err_code ec;
	long n;

	if ((ec = count_of(st, SQL_LP_EXISTS, leerpunt_id, 0, &n, e)) != ERR_OK)
		return ec;
	if (n == 0)
		return err_set(e, ERR_NOT_FOUND, NULL, "Dit leerpunt bestaat niet.");
	s = store_stmt(st, SQL_THEMA_ADD);
	sqlite3_bind_int64(s, 1, leerpunt_id);
	sqlite3_bind_text(s, 2, thema, (int)len, SQLITE_TRANSIENT);
	return store_step_done(st, s, e, "thema insert");
}

enum err_code
store_leerpunt_thema_remove(struct store *st, int64_t leerpunt_id, const char *thema, struct err *e)
{
	sqlite3_stmt *s;
	enum err_code ec;
	long n;

	if ((ec = count_of(st, SQL_LP_EXISTS, leerpunt_id, 0, &n, e)) != ERR_OK)
		return ec;
	if (n == 0)
		return err_set(e, ERR_NOT_FOUND, NULL, "Dit leerpunt bestaat niet.");
	s = store_stmt(st, SQL_THEMA_DEL);
	sqlite3_bind_int64(s, 1, leerpunt_id);
	store_bind_text(s, 2, thema);
	return store_step_done(st, s, e, "thema delete");
}

/* ---- bijeenkomsten -------------------------------------------------------- */

static const char SQL_BK_ADD[] =
    "INSERT INTO bijeenkomst (soort, datum, notities, aangemaakt_door, created_at) VALUES (?1, ?2, ?3, ?4, ?5)";
#define BK_COLUMNS \
	"SELECT k.id, k.soort, k.datum, k.notities," \
	" (SELECT count(*) FROM bijeenkomst_casus bc WHERE bc.bijeenkomst_id = k.id) FROM bijeenkomst k"
static const char SQL_BK_LIST[] = BK_COLUMNS " ORDER BY k.datum DESC, k.id DESC LIMIT 500";
static const char SQL_BK_GET[] = BK_COLUMNS " WHERE k.id = ?1";
static const char SQL_AGENDA[] =
    "SELECT c.id, c.referentie, c.ontvangen_op, c.afgerond_op,"
    " (SELECT group_concat(g.leefgebied) FROM casus_leefgebied g WHERE g.casus_id = c.id),"
    " (SELECT count(*) FROM leerpunt_casus lc WHERE lc.casus_id = c.id),"
    " hier.casus_id IS NOT NULL, hier.besluit,"
    " (SELECT max(bc.besproken_op) FROM bijeenkomst_casus bc JOIN bijeenkomst k2 ON k2.id = bc.bijeenkomst_id"
    "   WHERE bc.casus_id = c.id AND k2.soort <> ?2)"
    " FROM casus c LEFT JOIN bijeenkomst_casus hier ON hier.casus_id = c.id AND hier.bijeenkomst_id = ?1"
    " WHERE hier.casus_id IS NOT NULL OR (c.status = 'afgerond' AND c.afgerond_op <= ?3"
    "   AND NOT EXISTS (SELECT 1 FROM bijeenkomst_casus bc JOIN bijeenkomst k2 ON k2.id = bc.bijeenkomst_id"
    "     WHERE bc.casus_id = c.id AND k2.soort = ?2 AND k2.id <> ?1))"
    " ORDER BY c.afgerond_op, c.referentie LIMIT 500";
static const char SQL_CASUS_BY_REF[] = "SELECT id FROM casus WHERE referentie = ?1 AND status <> 'concept'";
static const char SQL_BESLUIT[] =
    "INSERT INTO bijeenkomst_casus (bijeenkomst_id, casus_id, besluit, besproken_op, auteur_id, updated_at)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (bijeenkomst_id, casus_id) DO UPDATE SET"
    " besluit = excluded.besluit, auteur_id = excluded.auteur_id, updated_at = excluded.updated_at";
static const char SQL_BESPREKINGEN[] =
    "SELECT k.id, k.soort, bc.besproken_op, bc.besluit FROM bijeenkomst_casus bc"
    " JOIN bijeenkomst k ON k.id = bc.bijeenkomst_id WHERE bc.casus_id = ?1 ORDER BY bc.besproken_op, k.id";

enum err_code
store_bijeenkomst_add(struct store *st, enum bijeenkomst_soort soort, int datum, const char *notities,
    int64_t auteur_gebruiker_id, time_t now, int64_t *id, struct err *e)
{
	sqlite3_stmt *s = store_stmt(st, SQL_BK_ADD);
	char created[TIME_STRLEN];
	enum err_code ec;

	if ((unsigned)soort >= BIJEENKOMST__MAX)
		return err_set(e, ERR_VALIDATION, "soort", "Kies het soort overleg.");
	time_format(now, created);
	sqlite3_bind_text(s, 1, codes_bijeenkomst_soort.codes[soort], -1, SQLITE_STATIC);
	bind_date(s, 2, datum);
	store_bind_text(s, 3, notities != NULL && *notities ? notities : NULL);
	store_bind_id(s, 4, auteur_gebruiker_id);
	sqlite3_bind_text(s, 5, created, -1, SQLITE_TRANSIENT);
	if ((ec = store_step_done(st, s, e, "bijeenkomst insert")) != ERR_OK)
		return ec;
	*id = sqlite3_last_insert_rowid(store_db(st));
	return ERR_OK;
}

static void
read_bijeenkomst(struct arena *a, sqlite3_stmt *s, struct bijeenkomst *b)
{
	int soort = col_code(s, 1, &codes_bijeenkomst_soort);

	b->id = sqlite3_column_int64(s, 0);
	b->soort = soort < 0 ? BIJEENKOMST_SIGNALENOVERLEG : (enum bijeenkomst_soort)soort;
	b->datum = col_date(s, 2);
	b->notities = store_col_text(a, s, 3);
	b->besproken = (long)sqlite3_column_int64(s, 4);
}

enum err_code
store_bijeenkomst_list(struct store *st, struct arena *a, struct bijeenkomst **out, size_t *n, struct err *e)
{
	sqlite3_stmt *s = store_stmt(st, SQL_BK_LIST);
	struct bijeenkomst *v = NULL;
	size_t len = 0, cap = 0;
	int rc;

	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		v = grow(a, v, len, &cap, sizeof(*v));
		read_bijeenkomst(a, s, &v[len++]);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_fail(st, rc, e, "bijeenkomsten");
	*out = v;
	*n = len;
	return ERR_OK;
}

enum err_code
store_bijeenkomst_get(struct store *st, struct arena *a, int64_t id, struct bijeenkomst *out, struct err *e)
{
	sqlite3_stmt *s = store_stmt(st, SQL_BK_GET);
	enum err_code rc;

	sqlite3_bind_int64(s, 1, id);
	if ((rc = step_one(st, s, e, NULL, "Deze bijeenkomst bestaat niet.", "bijeenkomst get")) != ERR_OK)
		return rc;
	read_bijeenkomst(a, s, out);
	sqlite3_reset(s);
	return ERR_OK;
}

enum err_code
store_bijeenkomst_agenda(struct store *st, struct arena *a, const struct bijeenkomst *b, struct agenda_casus **out,
    size_t *n, struct err *e)
{
	sqlite3_stmt *s = store_stmt(st, SQL_AGENDA);
	struct agenda_casus *v = NULL;
	size_t len = 0, cap = 0;
	int rc;

	sqlite3_bind_int64(s, 1, b->id);
	sqlite3_bind_text(s, 2, codes_bijeenkomst_soort.codes[b->soort], -1, SQLITE_STATIC);
	bind_date(s, 3, b->datum);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct agenda_casus *c;

		v = grow(a, v, len, &cap, sizeof(*v));
		c = &v[len++];
		c->casus_id = sqlite3_column_int64(s, 0);
		c->referentie = store_col_text(a, s, 1);
		c->ontvangen_op = col_date(s, 2);
		c->afgerond_op = col_date(s, 3);
		c->leefgebieden = parse_leefgebieden((const char *)sqlite3_column_text(s, 4));
		c->leerpunten = (long)sqlite3_column_int64(s, 5);
		c->besproken = sqlite3_column_int(s, 6) != 0;
		c->besluit = store_col_text(a, s, 7);
		c->elders_besproken_op = col_date(s, 8);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_fail(st, rc, e, "agenda");
	*out = v;
	*n = len;
	return ERR_OK;
}

enum err_code
store_bijeenkomst_besluit(struct store *st, int64_t bijeenkomst_id, const char *referentie, const char *besluit,
    int64_t auteur_gebruiker_id, time_t now, struct err *e)
{
	struct arena *a = arena_new();
	struct bijeenkomst b;
	sqlite3_stmt *s;
	char created[TIME_STRLEN];
	int64_t casus_id = 0;
	enum err_code ec;
	int rc;

	if ((ec = store_bijeenkomst_get(st, a, bijeenkomst_id, &b, e)) != ERR_OK)
		goto out;
	s = store_stmt(st, SQL_CASUS_BY_REF);
	store_bind_text(s, 1, referentie);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		casus_id = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	if (rc == SQLITE_DONE) {
		ec = err_set(e, ERR_NOT_FOUND, "casus", "Deze casus bestaat niet.");
		goto out;
	}
	if (rc != SQLITE_ROW) {
		ec = store_fail(st, rc, e, "casus by referentie");
		goto out;
	}
	time_format(now, created);
	s = store_stmt(st, SQL_BESLUIT);
	sqlite3_bind_int64(s, 1, bijeenkomst_id);
	sqlite3_bind_int64(s, 2, casus_id);
	store_bind_text(s, 3, besluit != NULL && *besluit ? besluit : NULL);
	bind_date(s, 4, b.datum);
	store_bind_id(s, 5, auteur_gebruiker_id);
	sqlite3_bind_text(s, 6, created, -1, SQLITE_TRANSIENT);
	ec = store_step_done(st, s, e, "besluit");
out:
	arena_free(a);
	return ec;
}

enum err_code
store_casus_besprekingen(struct store *st, struct arena *a, int64_t casus_id, struct bespreking **out, size_t *n,
    struct err *e)
{
	sqlite3_stmt *s = store_stmt(st, SQL_BESPREKINGEN);
	struct bespreking *v = NULL;
	size_t len = 0, cap = 0;
	int rc;

	sqlite3_bind_int64(s, 1, casus_id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		int soort = col_code(s, 1, &codes_bijeenkomst_soort);

		v = grow(a, v, len, &cap, sizeof(*v));
		v[len].bijeenkomst_id = sqlite3_column_int64(s, 0);
		v[len].soort = soort < 0 ? BIJEENKOMST_SIGNALENOVERLEG : (enum bijeenkomst_soort)soort;
		v[len].datum = col_date(s, 2);
		v[len].besluit = store_col_text(a, s, 3);
		len++;
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_fail(st, rc, e, "besprekingen");
	*out = v;
	*n = len;
	return ERR_OK;
}
