/* rapport_let.c - counting a year's LET escalaties and overbruggingen: outcomes, decisions, money and pockets. */
#include "core/rapport_let.h"

#include <stdlib.h>
#include <string.h>

#include "core/bedrag.h"
#include "lib/date.h"
#include "lib/mem.h"

static int
jaar_van(int d)
{
	return d == DATE_NONE ? 0 : date_year(d);
}

static void
plus(int64_t *som, int64_t bedrag)
{
	if (bedrag > 0 && !bedrag_optellen(*som, bedrag, som))
		*som = INT64_MAX;
}

static void
escalaties_tel(struct rapport_let_escalaties *r, const struct escalatie *e, size_t n, int jaar)
{
	for (size_t i = 0; i < n; i++) {
		int af = jaar_van(e[i].afgesloten_op), aan = jaar_van(e[i].aangevraagd_op);
		int u = e[i].uitkomst;

		if (aan == jaar)
			r->aangevraagd++;
		if (aan != 0 && aan <= jaar && (!escalatie_is_afgesloten(e[i].status) || af == 0 || af > jaar))
			r->lopend++;
		if (af != jaar || !escalatie_is_afgesloten(e[i].status))
			continue;
		if (e[i].status == ESCALATIE_AFGEROND) {
			r->let_bijeengekomen++;
			if (u >= 0 && u < UITKOMST__MAX)
				r->uitkomst_let[u]++;
		} else if (e[i].status == ESCALATIE_ALLEEN_VOORZITTER) {
			r->alleen_voorzitter++;
			if (u >= 0 && u < UITKOMST__MAX)
				r->uitkomst_voorzitter[u]++;
		} else
			r->ingetrokken++;
	}
}

static struct rapport_verkeerde_zak *
zak_van(struct rapport_verkeerde_zak *v, size_t *n, const struct organisatie_ref *o)
{
	for (size_t i = 0; i < *n; i++)
		if (v[i].naam != NULL && o->naam != NULL && strcmp(v[i].naam, o->naam) == 0 && v[i].type == o->type)
			return &v[i];
	memset(&v[*n], 0, sizeof(v[*n]));
	v[*n].naam = o->naam;
	v[*n].type = o->type;
	return &v[(*n)++];
}

static int
cmp_zak(const void *pa, const void *pb)
{
	const struct rapport_verkeerde_zak *a = pa, *b = pb;

	return strcmp(a->naam ? a->naam : "", b->naam ? b->naam : "");
}

static void
overbruggingen_tel(struct rapport_let_overbruggingen *r, struct arena *a, const struct overbrugging *o, size_t n,
    int jaar)
{
	struct rapport_verkeerde_zak *zakken = arena_alloc(a, (n + 1) * sizeof(*zakken));
	int *dagen = arena_alloc(a, (n + 1) * sizeof(*dagen));
	size_t nzak = 0, ndagen = 0;
	int t;

	for (size_t i = 0; i < n; i++) {
		const struct overbrugging *x = &o[i];

		if (jaar_van(x->aangevraagd_op) == jaar)
			r->aanvragen++;
		if (x->status == OVERBRUGGING_INGETROKKEN && jaar_van(x->ingetrokken_op) == jaar)
			r->ingetrokken++;
		if (x->besloten_op != DATE_NONE && jaar_van(x->besloten_op) == jaar) {
			r->besloten++;
			if (x->betaler.naam != NULL && (unsigned)x->betaler.type < ORGTYPE__MAX)
				r->betaler[x->betaler.type]++;
			if ((t = overbrugging_werkdagen_tot_besluit(x)) >= 0)
				dagen[ndagen++] = t;
			if (x->besloten_op > overbrugging_beslistermijn(x))
				r->te_laat_besloten++;
		}
		if (x->voorgefinancierd_bedrag != BEDRAG_GEEN && jaar_van(x->voorgefinancierd_op) == jaar) {
			plus(&r->voorgefinancierd, x->voorgefinancierd_bedrag);
			if (overbrugging_te_verrekenen(x)) {   /* another organisation is the payer: the wrong pocket */
				struct rapport_verkeerde_zak *z = zak_van(zakken, &nzak, &x->voorfinancier);
				int64_t terug = x->verrekend_bedrag != BEDRAG_GEEN ? x->verrekend_bedrag : 0;

				z->aantal++;
				plus(&z->voorgefinancierd, x->voorgefinancierd_bedrag);
				plus(&z->verrekend, terug);
				z->openstaand = z->voorgefinancierd - z->verrekend;
			}
		}
		if (x->verrekend_bedrag != BEDRAG_GEEN && jaar_van(x->verrekend_op) == jaar)
			plus(&r->verrekend, x->verrekend_bedrag);
	}
	if (ndagen > 0) {
		int tienden = 0;

		mediaan_tienden(dagen, ndagen, &tienden);
		r->werkdagen.halven = tienden / 5;   /* tienden are whole or .5: twice the median */
	}
	qsort(zakken, nzak, sizeof(*zakken), cmp_zak);
	r->verkeerde_zak = zakken;
	r->nverkeerde_zak = nzak;
}

void
rapport_let_tel(struct rapport_let *r, struct arena *a, const struct escalatie *e, size_t ne,
    const struct overbrugging *o, size_t no, int jaar)
{
	memset(r, 0, sizeof(*r));
	r->jaar = jaar;
	escalaties_tel(&r->escalaties, e, ne, jaar);
	overbruggingen_tel(&r->overbruggingen, a, o, no, jaar);
}
