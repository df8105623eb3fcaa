/* leerpunt.c - the leerpunten of a casus with their themes, beleggingen and status history. */
#include <string.h>

#include "lib/date.h"
#include "store/casus/casus.h"
#include "store/casus/private.h"
#include "store/store_private.h"

/* ---- leerpunten ------------------------------------------------------------------------- */

static const char SQL_LP_EXISTS[] = "SELECT id FROM leerpunt WHERE id = ?";
static const char SQL_LP_ADD[] =
    "INSERT INTO leerpunt (id, omschrijving, categorie, orde, vraag, al_bekend, terugkerend, created_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
static const char SQL_LP_SET[] =
    "UPDATE leerpunt SET omschrijving = ?, categorie = ?, orde = ?, vraag = ?, al_bekend = ?, terugkerend = ?"
    " WHERE id = ?";
static const char SQL_LP_LINK[] =
    "INSERT INTO leerpunt_casus (leerpunt_id, casus_id, volgorde) VALUES (?, ?, ?)"
    " ON CONFLICT (leerpunt_id, casus_id) DO UPDATE SET volgorde = excluded.volgorde";
static const char SQL_LP_LINKED[] = "SELECT leerpunt_id FROM leerpunt_casus WHERE casus_id = ?";
static const char SQL_LP_UNLINK[] = "DELETE FROM leerpunt_casus WHERE leerpunt_id = ? AND casus_id = ?";
static const char SQL_LP_ORPHAN[] =
    "DELETE FROM leerpunt WHERE id = ? AND NOT EXISTS (SELECT 1 FROM leerpunt_casus WHERE leerpunt_id = ?)";
static const char SQL_TH_DEL[] = "DELETE FROM leerpunt_thema WHERE leerpunt_id = ?";
static const char SQL_TH_ADD[] =
    "INSERT INTO leerpunt_thema (leerpunt_id, thema, volgorde) VALUES (?, ?, ?) ON CONFLICT DO NOTHING";
static const char SQL_BG_EXISTS[] = "SELECT leerpunt_id FROM belegging WHERE id = ?";
static const char SQL_BG_ADD[] =
    "INSERT INTO belegging (id, leerpunt_id, organisatie_id, volgorde, created_at) VALUES (?, ?, ?, ?, ?)";
static const char SQL_BG_SET[] = "UPDATE belegging SET organisatie_id = ?, volgorde = ? WHERE id = ?";
static const char SQL_BG_OF[] =
    "SELECT id FROM belegging WHERE leerpunt_id = ? AND doorgezet_naar_id IS NULL";
static const char SQL_BG_DEL[] = "DELETE FROM belegging WHERE id = ?";
static const char SQL_BG_STATUS_NU[] =
    "SELECT status, reden FROM belegging_status WHERE belegging_id = ? ORDER BY datum DESC, id DESC LIMIT 1";
static const char SQL_BG_STATUS_ADD[] =
    "INSERT INTO belegging_status (belegging_id, datum, status, reden, auteur_id, created_at)"
    " VALUES (?, ?, ?, ?, ?, ?)";

/* Reads all ids of a one-column query into an arena array. */
static enum err_code
ids_of(struct casus_wctx *w, sqlite3_stmt *s, int64_t **out, size_t *n)
{
	size_t cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		*out = casus_grow(w->a, *out, *n, &cap, sizeof(**out));
		(*out)[(*n)++] = sqlite3_column_int64(s, 0);
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? ERR_OK : store_fail(w->st, rc, w->e, "ids");
}

static enum err_code
status_add(struct casus_wctx *w, int64_t belegging_id, const struct belegging *b, int datum)
{
	sqlite3_stmt *s = store_stmt(w->st, SQL_BG_STATUS_ADD);

	sqlite3_bind_int64(s, 1, belegging_id);
	casus_bind_date(s, 2, datum);
	casus_bind_code(s, 3, &codes_opvolging_status, (int)b->status);
	casus_bind_code(s, 4, &codes_reden, b->reden);
	store_bind_id(s, 5, w->auteur);
	sqlite3_bind_text(s, 6, w->now, -1, SQLITE_STATIC);
	return casus_exec(w->st, s, w->e, "belegging_status insert");
}

static enum err_code
belegging_org(struct casus_wctx *w, const struct belegging *b, int64_t *org)
{
	if (b->bij_pmm || (b->bij.code != NULL && strcmp(b->bij.code, "PMM") == 0))
		return casus_pmm_id(w, org);
	return casus_org_resolve(w, &b->bij, org);
}

/* A new belegging with its first status (dated `datum`); b->id is kept when it is free. */
static enum err_code
belegging_add(struct casus_wctx *w, int64_t leerpunt_id, const struct belegging *b, size_t volgorde, int datum)
{
	sqlite3_stmt *s;
	int64_t org, used = 0, id;

	if (belegging_org(w, b, &org) != ERR_OK)
		return w->e->code;
	if (b->id != 0) {
		s = store_stmt(w->st, SQL_BG_EXISTS);
		sqlite3_bind_int64(s, 1, b->id);
		if (casus_query_id(w->st, s, &used, w->e, "belegging lookup") != ERR_OK)
			return w->e->code;
	}
	s = store_stmt(w->st, SQL_BG_ADD);
	store_bind_id(s, 1, used == 0 ? b->id : 0);
	sqlite3_bind_int64(s, 2, leerpunt_id);
	sqlite3_bind_int64(s, 3, org);
	sqlite3_bind_int64(s, 4, (sqlite3_int64)volgorde);
	sqlite3_bind_text(s, 5, w->now, -1, SQLITE_STATIC);
	if (casus_exec(w->st, s, w->e, "belegging insert") != ERR_OK)
		return w->e->code;
	id = sqlite3_last_insert_rowid(store_db(w->st));
	return status_add(w, id, b, datum);
}

static enum err_code
themas_write(struct casus_wctx *w, int64_t leerpunt_id, const struct leerpunt *l, bool replace)
{
	sqlite3_stmt *s;

	if (replace) {
		s = store_stmt(w->st, SQL_TH_DEL);
		sqlite3_bind_int64(s, 1, leerpunt_id);
		if (casus_exec(w->st, s, w->e, "thema delete") != ERR_OK)
			return w->e->code;
	}
	for (size_t t = 0; t < l->nthemas; t++) {
		s = store_stmt(w->st, SQL_TH_ADD);
		sqlite3_bind_int64(s, 1, leerpunt_id);
		store_bind_text(s, 2, l->themas[t]);
		sqlite3_bind_int64(s, 3, (sqlite3_int64)t);
		if (casus_exec(w->st, s, w->e, "thema insert") != ERR_OK)
			return w->e->code;
	}
	return ERR_OK;
}

static void
bind_leerpunt(sqlite3_stmt *s, int first, const struct leerpunt *l)
{
	store_bind_text(s, first, l->omschrijving);
	casus_bind_code(s, first + 1, &codes_categorie, (int)l->categorie);
	sqlite3_bind_int(s, first + 2, l->orde);
	sqlite3_bind_int(s, first + 3, l->vraag);
	sqlite3_bind_int(s, first + 4, l->al_bekend);
	sqlite3_bind_int(s, first + 5, l->terugkerend);
}

/* A new leerpunt (id kept when given) with its themes and beleggingen; *id is its id. */
static enum err_code
leerpunt_add(struct casus_wctx *w, const struct leerpunt *l, int datum, int64_t *id)
{
	sqlite3_stmt *s = store_stmt(w->st, SQL_LP_ADD);

	store_bind_id(s, 1, l->id);
	bind_leerpunt(s, 2, l);
	sqlite3_bind_text(s, 8, w->now, -1, SQLITE_STATIC);
	if (casus_exec(w->st, s, w->e, "leerpunt insert") != ERR_OK)
		return w->e->code;
	*id = sqlite3_last_insert_rowid(store_db(w->st));
	if (themas_write(w, *id, l, false) != ERR_OK)
		return w->e->code;
	for (size_t b = 0; b < l->nbeleggingen; b++)
		if (belegging_add(w, *id, &l->beleggingen[b], b, datum) != ERR_OK)
			return w->e->code;
	return ERR_OK;
}

static bool
id_in(int64_t id, const int64_t *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (v[i] == id)
			return true;
	return false;
}

/*
 * Brings a stored leerpunt in line with l: its fields and themes, its
 * beleggingen matched by id (a changed status or reden is a new history row
 * dated `datum`; new ones are added; those no longer in l are removed).
 */
static enum err_code
leerpunt_set(struct casus_wctx *w, int64_t id, const struct leerpunt *l, int datum)
{
	sqlite3_stmt *s = store_stmt(w->st, SQL_LP_SET);
	int64_t *stored;
	size_t nstored;

	bind_leerpunt(s, 1, l);
	sqlite3_bind_int64(s, 7, id);
	if (casus_exec(w->st, s, w->e, "leerpunt update") != ERR_OK || themas_write(w, id, l, true) != ERR_OK)
		return w->e->code;
	s = store_stmt(w->st, SQL_BG_OF);
	sqlite3_bind_int64(s, 1, id);
	if (ids_of(w, s, &stored, &nstored) != ERR_OK)
		return w->e->code;
	for (size_t i = 0; i < nstored; i++) {
		bool keep = false;

		for (size_t b = 0; b < l->nbeleggingen; b++)
			keep = keep || l->beleggingen[b].id == stored[i];
		if (keep)
			continue;
		s = store_stmt(w->st, SQL_BG_DEL);
		sqlite3_bind_int64(s, 1, stored[i]);
		if (casus_exec(w->st, s, w->e, "belegging delete") != ERR_OK)
			return w->e->code;
	}
	for (size_t b = 0; b < l->nbeleggingen; b++) {
		const struct belegging *bg = &l->beleggingen[b];
		int64_t org;
		int rc, status, reden;

		if (bg->id == 0 || !id_in(bg->id, stored, nstored)) {
			if (belegging_add(w, id, bg, b, datum) != ERR_OK)
				return w->e->code;
			continue;
		}
		if (belegging_org(w, bg, &org) != ERR_OK)
			return w->e->code;
		s = store_stmt(w->st, SQL_BG_SET);
		sqlite3_bind_int64(s, 1, org);
		sqlite3_bind_int64(s, 2, (sqlite3_int64)b);
		sqlite3_bind_int64(s, 3, bg->id);
		if (casus_exec(w->st, s, w->e, "belegging update") != ERR_OK)
			return w->e->code;
		s = store_stmt(w->st, SQL_BG_STATUS_NU);
		sqlite3_bind_int64(s, 1, bg->id);
		rc = sqlite3_step(s);
		status = rc == SQLITE_ROW ? casus_col_code(s, 0, &codes_opvolging_status) : -1;
		reden = rc == SQLITE_ROW ? casus_col_code(s, 1, &codes_reden) : -1;
		sqlite3_reset(s);
		if (rc != SQLITE_ROW && rc != SQLITE_DONE)
			return store_fail(w->st, rc, w->e, "belegging status");
		if ((status != (int)bg->status || reden != bg->reden) && status_add(w, bg->id, bg, datum) != ERR_OK)
			return w->e->code;
	}
	return ERR_OK;
}

/*
 * The leerpunten of casus c. An id that exists already links that leerpunt
 * (one leerpunt, several casussen): on insert the stored leerpunt stays as it
 * is; on update (`sync`) a leerpunt already linked to this casus is brought
 * in line with c, and leerpunten no longer in c are unlinked (and deleted when
 * no casus is left).
 */
enum err_code
casus_leerpunten_write(struct casus_wctx *w, int64_t casus_id, const struct casus *c, bool sync, int datum)
{
	int64_t *linked = NULL, *keep;
	size_t nlinked = 0;
	sqlite3_stmt *s;

	if (sync) {
		s = store_stmt(w->st, SQL_LP_LINKED);
		sqlite3_bind_int64(s, 1, casus_id);
		if (ids_of(w, s, &linked, &nlinked) != ERR_OK)
			return w->e->code;
	}
	keep = arena_alloc(w->a, (c->nleerpunten + 1) * sizeof(*keep));
	for (size_t i = 0; i < c->nleerpunten; i++) {
		const struct leerpunt *l = &c->leerpunten[i];
		int64_t id = 0;

		if (l->id != 0) {
			s = store_stmt(w->st, SQL_LP_EXISTS);
			sqlite3_bind_int64(s, 1, l->id);
			if (casus_query_id(w->st, s, &id, w->e, "leerpunt lookup") != ERR_OK)
				return w->e->code;
		}
		if (id == 0) {
			if (leerpunt_add(w, l, datum, &id) != ERR_OK)
				return w->e->code;
		} else if (sync && id_in(id, linked, nlinked)) {
			if (leerpunt_set(w, id, l, datum) != ERR_OK)
				return w->e->code;
		}
		keep[i] = id;
		s = store_stmt(w->st, SQL_LP_LINK);
		sqlite3_bind_int64(s, 1, id);
		sqlite3_bind_int64(s, 2, casus_id);
		sqlite3_bind_int64(s, 3, (sqlite3_int64)i);
		if (casus_exec(w->st, s, w->e, "leerpunt_casus insert") != ERR_OK)
			return w->e->code;
	}
	for (size_t i = 0; i < nlinked; i++) {
		if (id_in(linked[i], keep, c->nleerpunten))
			continue;
		s = store_stmt(w->st, SQL_LP_UNLINK);
		sqlite3_bind_int64(s, 1, linked[i]);
		sqlite3_bind_int64(s, 2, casus_id);
		if (casus_exec(w->st, s, w->e, "leerpunt unlink") != ERR_OK)
			return w->e->code;
		s = store_stmt(w->st, SQL_LP_ORPHAN);
		sqlite3_bind_int64(s, 1, linked[i]);
		sqlite3_bind_int64(s, 2, linked[i]);
		if (casus_exec(w->st, s, w->e, "leerpunt delete") != ERR_OK)
			return w->e->code;
	}
	return ERR_OK;
}

