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

enum err_code
store_register_zoek(struct store *st, struct arena *a, const struct register_zoek *z,
    struct register_resultaat *out, struct err *e)
{
	struct store_q *q;
	size_t cap = 0;
	enum err_code rc;
	/* without a text, a leefgebied drives the hits through its index (REG_HITS_TAG) */
	bool tag = z->zoek == NULL && z->leefgebied >= 0 && z->leefgebied < codes_leefgebied.n &&
	    codes_leefgebied.codes[z->leefgebied] != NULL;

	memset(out, 0, sizeof(*out));
	q = RQ(st, z->zoek != NULL ? REG_Q_ZOEK_RANG : tag ? REG_Q_ZOEK_NAAM_TAG : REG_Q_ZOEK_NAAM);
	bind_zoek(q, z);
	store_bind_int(q, ":limit", z->limit);
	store_bind_int(q, ":offset", z->offset > 0 ? z->offset : 0);
	if ((rc = reg_lees_alle(a, q, &out->items, &out->n, e)) != ERR_OK)
		return rc;
	q = RQ(st, tag ? REG_Q_FACETTEN_TAG : REG_Q_FACETTEN);
	bind_zoek(q, z);
	while (store_next(q)) {
		int64_t n = store_col_int(q, 3);
		int k;

		switch (store_col_int(q, 0)) {
		case 1:
			if ((k = store_col_code(q, 1, &codes_register_soort)) >= 0) {
				out->per_soort[k] = n;
				out->totaal += n;
			}
			break;
		case 2:
			if ((k = store_col_code(q, 1, &codes_regio)) >= 0)
				out->per_regio[k] = n;
			break;
		case 3:
			if ((k = store_col_code(q, 1, &codes_organisatie_type)) >= 0)
				out->per_orgtype[k] = n;
			break;
		case 4: {
			struct register_facet_org *o;

			out->per_organisatie = store_grow(a, out->per_organisatie, out->norganisaties, &cap,
			    sizeof(*out->per_organisatie));
			o = &out->per_organisatie[out->norganisaties++];
			o->id = store_col_int(q, 1);
			o->naam = store_col_text(q, a, 2);
			o->aantal = n;
			break;
		}
		case 5:
			if ((k = store_col_code(q, 1, &codes_leefgebied)) >= 0)
				out->per_leefgebied[k] = n;
			break;
		default:
			if ((k = store_col_code(q, 1, &codes_wet_regeling)) >= 0)
				out->per_wet[k] = n;
			break;
		}
	}
	return store_end(q, e);
}
