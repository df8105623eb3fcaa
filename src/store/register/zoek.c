/* zoek.c - searching the Maatwerkregister: a ranked or alphabetical page of hits, the total and the facet counts. */
#include <string.h>

#include "store/register/private.h"

static void
bind_zoek(struct store_q *q, const struct register_zoek *z)
{
	store_bind_text(q, ":zoek", z->zoek);
	store_bind_code(q, ":soort", &codes_register_soort, z->soort);
	store_bind_code(q, ":regio", &codes_regio, z->regio);
	store_bind_code(q, ":orgtype", &codes_organisatie_type, z->orgtype);
	store_bind_id(q, ":organisatie", z->organisatie_id);
	store_bind_code(q, ":leefgebied", &codes_leefgebied, z->leefgebied);
	store_bind_code(q, ":wet", &codes_wet_regeling, z->wet);
}

/* Runs a facet query (code, count) into counts indexed by list l. */
static enum err_code
facet(struct store *st, int id, const struct register_zoek *z, const struct codelist *l, int64_t *counts,
    struct err *e)
{
	struct store_q *q = RQ(st, id);

	bind_zoek(q, z);
	while (store_next(q)) {
		int k = store_col_code(q, 0, l);

		if (k >= 0)
			counts[k] = store_col_int(q, 1);
	}
	return store_end(q, e);
}

enum err_code
store_register_zoek(struct store *st, struct arena *a, const struct register_zoek *z,
    struct register_resultaat *out, struct err *e)
{
	struct store_q *q;
	enum err_code rc;

	memset(out, 0, sizeof(*out));
	q = RQ(st, z->zoek != NULL ? REG_Q_ZOEK_RANG : REG_Q_ZOEK_NAAM);
	bind_zoek(q, z);
	store_bind_int(q, ":limit", z->limit);
	store_bind_int(q, ":offset", z->offset > 0 ? z->offset : 0);
	if ((rc = reg_lees_alle(a, q, &out->items, &out->n, e)) != ERR_OK)
		return rc;
	if ((rc = facet(st, REG_Q_FACET_SOORT, z, &codes_register_soort, out->per_soort, e)) != ERR_OK ||
	    (rc = facet(st, REG_Q_FACET_REGIO, z, &codes_regio, out->per_regio, e)) != ERR_OK ||
	    (rc = facet(st, REG_Q_FACET_ORGTYPE, z, &codes_organisatie_type, out->per_orgtype, e)) != ERR_OK)
		return rc;
	for (int i = 0; i < REGSOORT__MAX; i++)
		out->totaal += out->per_soort[i];
	q = RQ(st, REG_Q_FACET_ORG);
	bind_zoek(q, z);
	{
		size_t cap = 0;

		while (store_next(q)) {
			struct register_facet_org *o;

			out->per_organisatie = store_grow(a, out->per_organisatie, out->norganisaties, &cap,
			    sizeof(*out->per_organisatie));
			o = &out->per_organisatie[out->norganisaties++];
			o->id = store_col_int(q, 0);
			o->naam = store_col_text(q, a, 1);
			o->aantal = store_col_int(q, 2);
		}
	}
	if ((rc = store_end(q, e)) != ERR_OK)
		return rc;
	q = RQ(st, REG_Q_FACET_TAG);
	bind_zoek(q, z);
	while (store_next(q)) {
		const char *soort = store_col_peek(q, 0);
		bool lg = soort != NULL && strcmp(soort, "leefgebied") == 0;
		int k = store_col_code(q, 1, lg ? &codes_leefgebied : &codes_wet_regeling);

		if (k >= 0 && lg)
			out->per_leefgebied[k] = store_col_int(q, 2);
		else if (k >= 0)
			out->per_wet[k] = store_col_int(q, 2);
	}
	return store_end(q, e);
}
