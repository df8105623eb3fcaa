/* private.h - helpers shared by the store/casus/ files; not for other layers. */
#ifndef DOORBRAAK_STORE_CASUS_PRIVATE_H
#define DOORBRAAK_STORE_CASUS_PRIVATE_H

#include <sqlite3.h>
#include <stdint.h>

#include "core/casus.h"
#include "core/codes.h"
#include "lib/date.h"
#include "lib/mem.h"
#include "store/store.h"

/*
 * Referentie order: by year, then by number. A number has four digits or more
 * without leading zeros beyond four (referentie_parse), so within a year a
 * shorter referentie is a smaller number.
 */
#define CASUS_ORDER_BY_REFERENTIE(col) " ORDER BY substr(" col ", 5, 4), length(" col "), " col

/* Binds a day number as "YYYY-MM-DD", or NULL for DATE_NONE. */
void casus_bind_date(sqlite3_stmt *s, int i, int day);
/* Binds codes->codes[v] (static text), or NULL when v is out of range (-1 = absent). */
void casus_bind_code(sqlite3_stmt *s, int i, const struct codelist *codes, int v);
/* Column i as a day number; DATE_NONE for NULL or a malformed value. */
int casus_col_date(sqlite3_stmt *s, int i);
/* Column i as an index into codes; -1 for NULL or an unknown code. */
int casus_col_code(sqlite3_stmt *s, int i, const struct codelist *codes);

/* Steps s once, expecting SQLITE_DONE; resets it. ERR_OK or store_fail(). */
enum err_code casus_exec(struct store *st, sqlite3_stmt *s, struct err *e, const char *what);
/* Steps s once: *id = column 0 of the first row, 0 when there is none; resets it. */
enum err_code casus_query_id(struct store *st, sqlite3_stmt *s, int64_t *id, struct err *e, const char *what);

/*
 * Grows an arena array of `size`-byte elements so that index n fits: returns
 * the (possibly moved) array; *cap is updated. The old block stays in the
 * arena until it is freed.
 */
void *casus_grow(struct arena *a, void *v, size_t n, size_t *cap, size_t size);

/* ---- saving (store_casus_write.c, _partij.c, _leerpunt.c) ---- */

/* What every step of one save needs. */
struct casus_wctx {
	struct store *st;
	struct arena *a;             /* scratch and new strings */
	struct err *e;               /* never NULL */
	int64_t auteur;              /* gebruiker id, 0 = none (import) */
	char now[TIME_STRLEN];       /* created_at of new rows */
	int today;
};

/*
 * The organisation o stands for (by id; else by code and type; else by name
 * and type, case-insensitive), created when unknown. Connection dates o
 * carries are written on the row, except when o refers by id; an absent date
 * never clears one.
 */
enum err_code casus_org_resolve(struct casus_wctx *w, const struct organisatie_ref *o, int64_t *id);
/* The organisation with code PMM (seeded by migration 002). */
enum err_code casus_pmm_id(struct casus_wctx *w, int64_t *id);
/* The organisation of p when it names one (by id or name), else *org_id = 0. */
enum err_code casus_persoon_org_resolve(struct casus_wctx *w, const struct persoon_ref *p, int64_t *org_id);
/*
 * The persoon p stands for: by id, else by e-mail (case-insensitive), else by
 * name within org_id (0 = none); created when unknown. *id = 0 when p names
 * nobody. *persoon_org is the persoon's own organisation (filled with org_id
 * when it had none).
 */
enum err_code casus_persoon_resolve(struct casus_wctx *w, const struct persoon_ref *p, int64_t org_id, int64_t *id,
    int64_t *persoon_org);
/*
 * The leerpunten of casus c (see store_casus_leerpunt.c): new ones inserted
 * with their themes and beleggingen (first status dated `datum`), an existing
 * id linked; with `sync` (update) linked ones are brought in line with c and
 * those no longer in c unlinked.
 */
enum err_code casus_leerpunten_write(struct casus_wctx *w, int64_t casus_id, const struct casus *c, bool sync,
    int datum);

/* ---- reading (store_casus_read.c) ---- */

/* The whole casus with this id into `a`. ERR_NOT_FOUND when absent. */
enum err_code casus_load(struct store *st, struct arena *a, int64_t id, struct casus *out, struct err *e);

#endif
