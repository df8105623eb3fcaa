/* navraag.c - the navraag list: open beleggingen due, grouped by organisation, with its ambassadeurs. */
#include <string.h>

#include "store/leerpunt/private.h"

/* Gives each group the ambassadeurs of its organisation: one query for all of them (there are few). */
static enum err_code
ambassadeurs(struct store *st, struct arena *a, int64_t beperk, struct navraag_groep *groups, size_t ngroups,
    struct err *e)
{
	struct store_q *q = LQ(st, LP_Q_AMBASSADEURS);
	struct navraag_groep *grp = NULL;
	int64_t grp_org = 0;
	size_t cap = 0;

	store_bind_id(q, ":organisatie", beperk > 0 ? beperk : 0);
	while (store_next(q)) {   /* ordered by organisation: each one's ambassadeurs come together */
		int64_t org = store_col_int(q, 0);

		if (org != grp_org) {
			grp_org = org;
			grp = NULL;
			cap = 0;
			for (size_t i = 0; i < ngroups && grp == NULL; i++)
				if (groups[i].organisatie.id == org)
					grp = &groups[i];
		}
		if (grp == NULL)
			continue;   /* no navraag due there */
		grp->ambassadeurs = store_grow(a, grp->ambassadeurs, grp->nambassadeurs, &cap, sizeof(*grp->ambassadeurs));
		grp->ambassadeurs[grp->nambassadeurs].naam = store_col_text(q, a, 1);
		grp->ambassadeurs[grp->nambassadeurs].email = store_col_text(q, a, 2);
		grp->nambassadeurs++;
	}
	return store_end(q, e);
}

enum err_code
store_navraag(struct store *st, struct arena *a, int vandaag, int64_t beperk, struct navraag_groep **out, size_t *n,
    struct err *e)
{
	struct store_q *q = LQ(st, LP_Q_NAVRAAG);
	struct navraag_groep *v = NULL;
	struct navraag_item *items = NULL;
	size_t len = 0, cap = 0, nitems = 0, icap = 0, start = 0;
	enum err_code rc;

	store_bind_date(q, ":vandaag", vandaag);
	store_bind_id(q, ":organisatie", beperk > 0 ? beperk : 0);
	store_bind_bool(q, ":niets", beperk < 0);
	while (store_next(q)) {
		struct navraag_item *it;

		items = store_grow(a, items, nitems, &icap, sizeof(*items));
		it = &items[nitems++];
		memset(it, 0, sizeof(*it));
		lp_read_belegging(a, q, &it->belegging);
		it->leerpunt_omschrijving = store_col_text(q, a, LP_BELEGGING_NCOLUMNS);
		it->categorie = (enum categorie)store_col_enum(q, LP_BELEGGING_NCOLUMNS + 1, &codes_categorie,
		    CATEGORIE_OVERIG);
		it->orde = (int)store_col_int(q, LP_BELEGGING_NCOLUMNS + 2);
	}
	if ((rc = store_end(q, e)) != ERR_OK)
		return rc;
	/* a new group starts where the organisation changes */
	for (size_t i = 0; i < nitems; i++) {
		if (i + 1 < nitems && items[i + 1].belegging.bij.id == items[i].belegging.bij.id)
			continue;
		v = store_grow(a, v, len, &cap, sizeof(*v));
		memset(&v[len], 0, sizeof(v[len]));
		v[len].organisatie = items[i].belegging.bij;
		v[len].items = &items[start];
		v[len].nitems = i + 1 - start;
		start = i + 1;
		len++;
	}
	if (len > 0 && (rc = ambassadeurs(st, a, beperk, v, len, e)) != ERR_OK)
		return rc;
	*out = v;
	*n = len;
	return ERR_OK;
}
