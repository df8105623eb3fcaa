/* partij.c - the organisations and persons a casus names: found by code, name or e-mail, or created. */
#include <string.h>

#include "lib/date.h"
#include "store/casus/casus.h"
#include "store/casus/private.h"
#include "store/store_private.h"

/* ---- organisations and persons ------------------------------------------------------ */

static const char SQL_ORG_EXISTS[] = "SELECT id FROM organisatie WHERE id = ?";
static const char SQL_ORG_BY_CODE[] = "SELECT id FROM organisatie WHERE code = ? AND type = ?";
static const char SQL_ORG_CODE_TAKEN[] = "SELECT id FROM organisatie WHERE code = ?";
static const char SQL_ORG_BY_NAAM[] =
    "SELECT id FROM organisatie WHERE naam = ? COLLATE NOCASE AND type = ? ORDER BY id LIMIT 1";
static const char SQL_ORG_ADD[] =
    "INSERT INTO organisatie (naam, type, code, aangesloten_sinds, aangesloten_tot) VALUES (?, ?, ?, ?, ?)";
static const char SQL_ORG_AANSLUITING[] =
    "UPDATE organisatie SET aangesloten_sinds = coalesce(?, aangesloten_sinds),"
    " aangesloten_tot = coalesce(?, aangesloten_tot) WHERE id = ?";
static const char SQL_PMM[] = "SELECT id FROM organisatie WHERE code = 'PMM'";

/*
 * The organisation o stands for: by id when set; else by code and type
 * (ministries: the code the parser resolved), then by name and type
 * (case-insensitive); created when unknown. Connection dates that o carries
 * are written on the row (a date o lacks never clears one that is there),
 * except when o refers to the organisation by id.
 */
enum err_code
casus_org_resolve(struct casus_wctx *w, const struct organisatie_ref *o, int64_t *id)
{
	const char *type = codes_organisatie_type.codes[o->type];
	int64_t taken = 0;
	sqlite3_stmt *s;

	*id = 0;
	if (o->id != 0) {
		s = store_stmt(w->st, SQL_ORG_EXISTS);
		sqlite3_bind_int64(s, 1, o->id);
		if (casus_query_id(w->st, s, id, w->e, "organisatie") != ERR_OK)
			return w->e->code;
		if (*id == 0)
			return err_set(w->e, ERR_VALIDATION, NULL, "Deze organisatie bestaat niet.");
	}
	if (*id == 0 && o->code != NULL) {
		s = store_stmt(w->st, SQL_ORG_BY_CODE);
		store_bind_text(s, 1, o->code);
		sqlite3_bind_text(s, 2, type, -1, SQLITE_STATIC);
		if (casus_query_id(w->st, s, id, w->e, "organisatie by code") != ERR_OK)
			return w->e->code;
	}
	if (*id == 0) {
		s = store_stmt(w->st, SQL_ORG_BY_NAAM);
		store_bind_text(s, 1, o->naam);
		sqlite3_bind_text(s, 2, type, -1, SQLITE_STATIC);
		if (casus_query_id(w->st, s, id, w->e, "organisatie by naam") != ERR_OK)
			return w->e->code;
	}
	if (*id == 0) {
		if (o->code != NULL) {
			s = store_stmt(w->st, SQL_ORG_CODE_TAKEN);
			store_bind_text(s, 1, o->code);
			if (casus_query_id(w->st, s, &taken, w->e, "organisatie code") != ERR_OK)
				return w->e->code;
		}
		s = store_stmt(w->st, SQL_ORG_ADD);
		store_bind_text(s, 1, o->naam);
		sqlite3_bind_text(s, 2, type, -1, SQLITE_STATIC);
		store_bind_text(s, 3, taken == 0 ? o->code : NULL);   /* a code belongs to one organisation */
		casus_bind_date(s, 4, o->aangesloten_sinds);
		casus_bind_date(s, 5, o->aangesloten_tot);
		if (casus_exec(w->st, s, w->e, "organisatie insert") != ERR_OK)
			return w->e->code;
		*id = sqlite3_last_insert_rowid(store_db(w->st));
		return ERR_OK;
	}
	if (o->id != 0 || (o->aangesloten_sinds == DATE_NONE && o->aangesloten_tot == DATE_NONE))
		return ERR_OK;   /* a reference by id changes nothing about the organisation */
	s = store_stmt(w->st, SQL_ORG_AANSLUITING);
	casus_bind_date(s, 1, o->aangesloten_sinds);
	casus_bind_date(s, 2, o->aangesloten_tot);
	sqlite3_bind_int64(s, 3, *id);
	return casus_exec(w->st, s, w->e, "organisatie aansluiting");
}

enum err_code
casus_pmm_id(struct casus_wctx *w, int64_t *id)
{
	if (casus_query_id(w->st, store_stmt(w->st, SQL_PMM), id, w->e, "PMM") != ERR_OK)
		return w->e->code;
	if (*id == 0)
		return err_set(w->e, ERR_INTERNAL, NULL, "De organisatie PMM ontbreekt in de database.");
	return ERR_OK;
}

static const char SQL_PERSOON_BY_ID[] = "SELECT id, organisatie_id FROM persoon WHERE id = ?";
static const char SQL_PERSOON_BY_EMAIL[] =
    "SELECT id, organisatie_id FROM persoon WHERE email = ? COLLATE NOCASE";
static const char SQL_PERSOON_BY_NAAM[] =
    "SELECT id, organisatie_id FROM persoon WHERE naam = ? COLLATE NOCASE AND organisatie_id IS ?"
    " ORDER BY id LIMIT 1";
static const char SQL_PERSOON_ADD[] = "INSERT INTO persoon (naam, email, organisatie_id) VALUES (?, ?, ?)";
static const char SQL_PERSOON_ORG[] =
    "UPDATE persoon SET organisatie_id = ? WHERE id = ? AND organisatie_id IS NULL";

/* Steps a persoon lookup: *id and *org (0 when none) of the first row. */
static enum err_code
persoon_row(struct casus_wctx *w, sqlite3_stmt *s, int64_t *id, int64_t *org)
{
	int rc = sqlite3_step(s);
	enum err_code ec = ERR_OK;

	*id = *org = 0;
	if (rc == SQLITE_ROW) {
		*id = sqlite3_column_int64(s, 0);
		*org = sqlite3_column_int64(s, 1);
	} else if (rc != SQLITE_DONE)
		ec = store_fail(w->st, rc, w->e, "persoon lookup");
	sqlite3_reset(s);
	return ec;
}

/*
 * The persoon p stands for: by id when set, else by e-mail (case-insensitive),
 * else by name within the organisation org_id (0 = none); created when
 * unknown. A found persoon without organisation gets org_id. *id = 0 when p
 * names nobody; *persoon_org = the persoon's own organisation.
 */
enum err_code
casus_persoon_resolve(struct casus_wctx *w, const struct persoon_ref *p, int64_t org_id, int64_t *id,
    int64_t *persoon_org)
{
	sqlite3_stmt *s;

	*id = *persoon_org = 0;
	if (p->id != 0) {
		s = store_stmt(w->st, SQL_PERSOON_BY_ID);
		sqlite3_bind_int64(s, 1, p->id);
		if (persoon_row(w, s, id, persoon_org) != ERR_OK)
			return w->e->code;
		if (*id == 0)
			return err_set(w->e, ERR_VALIDATION, NULL, "Deze persoon bestaat niet.");
	} else if (p->naam == NULL) {
		return ERR_OK;
	} else {
		if (p->email != NULL) {
			s = store_stmt(w->st, SQL_PERSOON_BY_EMAIL);
			store_bind_text(s, 1, p->email);
		} else {
			s = store_stmt(w->st, SQL_PERSOON_BY_NAAM);
			store_bind_text(s, 1, p->naam);
			store_bind_id(s, 2, org_id);
		}
		if (persoon_row(w, s, id, persoon_org) != ERR_OK)
			return w->e->code;
	}
	if (*id == 0) {
		s = store_stmt(w->st, SQL_PERSOON_ADD);
		store_bind_text(s, 1, p->naam);
		store_bind_text(s, 2, p->email);
		store_bind_id(s, 3, org_id);
		if (casus_exec(w->st, s, w->e, "persoon insert") != ERR_OK)
			return w->e->code;
		*id = sqlite3_last_insert_rowid(store_db(w->st));
		*persoon_org = org_id;
	} else if (*persoon_org == 0 && org_id != 0) {
		s = store_stmt(w->st, SQL_PERSOON_ORG);
		sqlite3_bind_int64(s, 1, org_id);
		sqlite3_bind_int64(s, 2, *id);
		if (casus_exec(w->st, s, w->e, "persoon organisatie") != ERR_OK)
			return w->e->code;
		*persoon_org = org_id;
	}
	return ERR_OK;
}

/* The organisation of a persoon_ref when it names one (by id or name), else 0. */
enum err_code
casus_persoon_org_resolve(struct casus_wctx *w, const struct persoon_ref *p, int64_t *org_id)
{
	*org_id = 0;
	if (p->organisatie.id == 0 && p->organisatie.naam == NULL)
		return ERR_OK;
	return casus_org_resolve(w, &p->organisatie, org_id);
}

