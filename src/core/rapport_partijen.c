/* rapport_partijen.c - the leerpunten per party as report chapter 5.2 lists them, and the counting of leerpunten as PMM counts. */
#include "core/rapport_systeemleren.h"

#include <stdlib.h>
#include <string.h>

/* A row while it is collected: its group and its place. */
struct rij_ref {
	struct rapport_lp_rij rij;
	enum rapport_partij soort;
	int ministerie;                 /* -1 when not a ministry, or an unknown code */
	const char *naam;               /* the group's name */
	bool nergens;
	size_t seq;
};

/* A leerpunt's id with a referentie of one of the year's casussen it came from. */
struct lp_casus {
	int64_t id;
	const char *referentie;
};

static int
cmp_naam(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return (a != NULL) - (b != NULL);
	return strcmp(a, b);
}

static int
cmp_groep(const struct rij_ref *a, const struct rij_ref *b)
{
	if (a->nergens != b->nergens)
		return a->nergens ? 1 : -1;
	if (a->soort != b->soort)
		return (int)a->soort - (int)b->soort;
	if (a->ministerie != b->ministerie) {
		if (a->ministerie < 0 || b->ministerie < 0)
			return a->ministerie < 0 ? 1 : -1;
		return a->ministerie - b->ministerie;
	}
	return cmp_naam(a->naam, b->naam);
}

static int
cmp_rij_ref(const void *pa, const void *pb)
{
	const struct rij_ref *a = pa, *b = pb;
	int c = cmp_groep(a, b);

	if (c != 0)
		return c;
	return (a->seq > b->seq) - (a->seq < b->seq);
}

static int
cmp_lp_casus(const void *pa, const void *pb)
{
	const struct lp_casus *a = pa, *b = pb;

	if (a->id != b->id)
		return (a->id > b->id) - (a->id < b->id);
	return cmp_naam(a->referentie, b->referentie);
}

/* The party a belegging counts at: the reporting organisation of its party (loketten and ministry parts go up). */
static void
partij_van(const struct rapport_invoer *in, const struct belegging *b, bool apart, struct rij_ref *r)
{
	struct belegging g = *b;
	const struct rapport_org *o = b->bij_pmm ? NULL : rapport_org_groep(in, b->bij.id, apart);

	if (o != NULL) {
		g.bij.id = o->id;
		g.bij.naam = o->naam;
		g.bij.type = o->type;
		g.bij.code = o->code;
	}
	r->soort = rapport_partij_van(&g);
	r->naam = r->soort == PARTIJ_PMM ? NULL : g.bij.naam;
	r->ministerie = r->soort == PARTIJ_MINISTERIE ? codelist_find_nocase(&codes_beleidsterrein, g.bij.code) : -1;
}

/* The last note of the history (cut off at the peildatum by rapport_peilen). */
static void
laatste_notitie(const struct belegging *b, struct rapport_lp_rij *r)
{
	for (size_t k = b->nhistorie; k > 0; k--) {
		const struct opvolging *o = &b->historie[k - 1];

		if (o->notitie != NULL && o->notitie[0] != '\0') {
			r->tekst = o->notitie;
			r->tekst_datum = o->datum;
			return;
		}
	}
}

struct verzamel {
	struct rij_ref *v;
	size_t n, cap;
};

static struct rij_ref *
nieuwe_rij(struct verzamel *z, const struct leerpunt *lp, size_t seq)
{
	struct rij_ref *r;

	if (z->n == z->cap) {
		z->cap = z->cap ? 2 * z->cap : 256;
		z->v = xrealloc(z->v, z->cap * sizeof *z->v);
	}
	r = &z->v[z->n++];
	memset(r, 0, sizeof *r);
	r->rij.lp = lp;
	r->rij.status = r->rij.reden = -1;
	r->rij.tekst_datum = DATE_NONE;
	r->ministerie = -1;
	r->seq = seq;
	return r;
}

/* The rows of one leerpunt, and what it adds to the counts. */
static void
rijen_van(struct rapport_leerpuntlijst *l, struct verzamel *z, const struct rapport_invoer *in,
    const struct leerpunt *lp, size_t seq, bool apart)
{
	bool soort[PARTIJ__MAX] = { false }, adres = false;
	long actueel = 0;

	for (size_t i = 0; i < lp->nbeleggingen; i++) {
		const struct belegging *b = &lp->beleggingen[i];
		struct rij_ref *r;
		size_t pad[RAPPORT_PAD_MAX];

		if (b->niet_belegd != NIETBELEGD_NEE) {
			l->niet_belegd++;
			adres = true;
			r = nieuwe_rij(z, lp, seq);
			r->rij.b = b;
			r->rij.pad[0] = b;
			r->rij.npad = 1;
			r->rij.tekst = b->niet_belegd_toelichting;
			partij_van(in, b, apart, r);
			continue;
		}
		if (!belegging_actueel(b))
			continue;
		actueel++;
		r = nieuwe_rij(z, lp, seq);
		r->rij.b = b;
		r->rij.npad = belegging_pad(lp->beleggingen, lp->nbeleggingen, i, pad, RAPPORT_PAD_MAX);
		for (size_t k = 0; k < r->rij.npad; k++)
			r->rij.pad[k] = &lp->beleggingen[pad[k]];
		if (r->rij.npad == 0) {
			r->rij.pad[0] = b;
			r->rij.npad = 1;
		}
		r->rij.status = (int)b->status >= 0 && b->status < OPVOLGING__MAX ? (int)b->status : -1;
		r->rij.reden = b->reden;
		laatste_notitie(b, &r->rij);
		partij_van(in, b, apart, r);
		soort[r->soort] = true;
		l->beleggingen_per_soort[r->soort]++;
		l->gezamenlijk += b->npartners > 0;
		l->doorgezet += r->rij.npad > 1;
		if (r->soort == PARTIJ_PMM && (int)b->pmm_soort >= 0 && b->pmm_soort < PMMSOORT__MAX)
			l->pmm_soort[b->pmm_soort]++;
	}
	for (int s = 0; s < PARTIJ__MAX; s++)
		l->leerpunten_per_soort[s] += soort[s];
	l->meer_partijen += actueel > 1;
	if (actueel == 0) {
		l->nergens++;
		if (!adres)
			nieuwe_rij(z, lp, seq)->nergens = true;
	}
	l->al_bekend += lp->al_bekend;
	l->terugkerend += lp->terugkerend;
	l->vraag += lp->vraag;
}

/* The referenties of the year's casussen of each leerpunt, sorted by leerpunt id. */
static struct lp_casus *
casussen_per_leerpunt(const struct casus *const *cs, size_t n, int jaar, size_t *nout)
{
	size_t cap = 0, m = 0;
	struct lp_casus *v;

	for (size_t i = 0; i < n; i++)
		if (rapport_afgerond_in(cs[i], jaar))
			cap += cs[i]->nleerpunten;
	v = xcalloc(cap + 1, sizeof *v);
	for (size_t i = 0; i < n; i++)
		for (size_t j = 0; rapport_afgerond_in(cs[i], jaar) && j < cs[i]->nleerpunten; j++)
			if (cs[i]->leerpunten[j].id != 0 && cs[i]->referentie != NULL) {
				v[m].id = cs[i]->leerpunten[j].id;
				v[m].referentie = cs[i]->referentie;
				m++;
			}
	qsort(v, m, sizeof *v, cmp_lp_casus);
	*nout = m;
	return v;
}

static void
casussen_van(struct arena *a, const struct lp_casus *v, size_t n, struct rapport_lp_rij *r)
{
	size_t lo = 0, hi = n, k;
	const char **refs;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (v[mid].id < r->lp->id)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (k = lo; k < n && v[k].id == r->lp->id && r->lp->id != 0; k++)
		;
	refs = arena_alloc(a, (k - lo + 1) * sizeof *refs);
	for (size_t i = lo; i < k; i++)
		refs[i - lo] = v[i].referentie;
	r->casussen = refs;
	r->ncasussen = k - lo;
}

void
rapport_leerpuntlijst_tel(struct rapport_leerpuntlijst *l, struct arena *a, const struct rapport_invoer *in,
    const struct casus *const *cs, int jaar, int peildatum, bool ministeries_apart)
{
	size_t nlps, nlc, ngroep = 0;
	const struct leerpunt **lps = rapport_leerpunten(cs, in->n, jaar, &nlps);
	struct lp_casus *lc = casussen_per_leerpunt(cs, in->n, jaar, &nlc);
	struct verzamel z = { 0 };
	struct rapport_lp_rij *rijen;
	struct rapport_lp_groep *groepen;
	enum rapport_peil_bron bron = l->peil_bron;
	const char *ronde = l->peil_ronde;

	memset(l, 0, sizeof *l);
	l->peildatum = peildatum;
	l->peil_bron = bron;
	l->peil_ronde = ronde;
	l->ministeries_apart = ministeries_apart;
	l->leerpunten = (long)nlps;
	for (size_t i = 0; i < nlps; i++)
		rijen_van(l, &z, in, lps[i], i, ministeries_apart);
	for (size_t i = 0; i < in->n; i++) {
		const struct casus *c = cs[i];

		if (!rapport_afgerond_in(c, jaar) || c->nleerpunten > 0)
			continue;
		l->geen_leerpunt++;
		if (c->reden_geen_leerpunt >= 0 && c->reden_geen_leerpunt < GEENLP__MAX)
			l->reden_geen_leerpunt[c->reden_geen_leerpunt]++;
		else
			l->reden_geen_leerpunt_leeg++;
	}
	if (z.n > 0)
		qsort(z.v, z.n, sizeof *z.v, cmp_rij_ref);
	rijen = arena_alloc(a, (z.n + 1) * sizeof *rijen);
	groepen = arena_alloc(a, (z.n + 1) * sizeof *groepen);
	for (size_t i = 0; i < z.n; i++) {
		struct rapport_lp_groep *g;

		rijen[i] = z.v[i].rij;
		casussen_van(a, lc, nlc, &rijen[i]);
		if (i == 0 || cmp_groep(&z.v[i], &z.v[i - 1]) != 0) {
			g = &groepen[ngroep++];
			memset(g, 0, sizeof *g);
			g->soort = z.v[i].soort;
			g->naam = z.v[i].nergens ? NULL : z.v[i].naam;
			g->ministerie = z.v[i].ministerie;
			g->nergens = z.v[i].nergens;
			g->rijen = &rijen[i];
		}
		g = &groepen[ngroep - 1];
		g->n++;
		if (rijen[i].status >= 0) {
			g->status[rijen[i].status]++;
			g->met_status++;
		}
	}
	l->groepen = groepen;
	l->ngroepen = ngroep;
	free(z.v);
	free(lc);
	free(lps);
}
