/* groei.c - the organisations with a connection history, read at once for counting the network's growth. */
#include "store/netwerk/private.h"

enum err_code
store_netwerk_groei(struct store *st, struct arena *a, struct netwerk_org **out, size_t *n, struct err *e)
{
	struct store_q *q = NQ(st, NW_Q_GROEI);
	struct netwerk_org *orgs = NULL;
	struct aansluiting *h = NULL;
	size_t norg = 0, ocap = 0, nh = 0, hcap = 0;
	int64_t vorige = 0;
	enum err_code rc;

	/* the histories first, in one array; each organisation then points into it */
	struct org_begin {
		size_t begin;
	} *begin = NULL;
	size_t bcap = 0;

	while (store_next(q)) {
		int64_t id = store_col_int(q, 0);

		if (norg == 0 || id != vorige) {
			orgs = store_grow(a, orgs, norg, &ocap, sizeof(*orgs));
			begin = store_grow(a, begin, norg, &bcap, sizeof(*begin));
			orgs[norg].soort = netwerk_soort_van(store_col_code(q, 1, &codes_organisatie_type),
			    store_col_peek(q, 2));
			orgs[norg].n = 0;
			begin[norg].begin = nh;
			norg++;
			vorige = id;
		}
		h = store_grow(a, h, nh, &hcap, sizeof(*h));
		h[nh].id = store_col_int(q, 3);
		h[nh].status = (enum aansluiting_status)store_col_enum(q, 4, &codes_aansluiting,
		    AANSLUITING_NIET_AANGESLOTEN);
		h[nh].datum = store_col_date(q, 5);
		h[nh].bron = NULL;
		nh++;
		orgs[norg - 1].n++;
	}
	if ((rc = store_end(q, e)) != ERR_OK)
		return rc;
	for (size_t i = 0; i < norg; i++)   /* h may have moved while it grew */
		orgs[i].h = h + begin[i].begin;
	*out = orgs;
	*n = norg;
	return ERR_OK;
}
