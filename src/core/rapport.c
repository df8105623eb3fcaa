/* rapport.c - counts the jaarrapportage's figures, its data-quality lists and the follow-up per party. */
#include "core/rapport.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lib/date.h"

const int rapport_looptijd_tot_weken[LOOPTIJD__MAX - 1] = { 4, 8, 12, 16, 20 };
const int rapport_band_van[RAPPORT_BAND__MAX] = { 0, 3, 5, 7, 9 };

/* A leerpunt seen in a casus, with its position, to count shared ids once. */
struct lp_ref {
	int64_t id;
	size_t seq;
	const struct leerpunt *lp;
};

static bool
in_jaar(int day, int jaar)
{
	return day != DATE_NONE && date_year(day) == jaar;
}

bool
rapport_afgerond_in(const struct casus *c, int jaar)
{
	return c != NULL && in_jaar(c->afgerond_op, jaar);
}

/* True and *dagen set when the casus has a usable looptijd. */
static bool
looptijd(const struct casus *c, int *dagen)
{
	if (c->ontvangen_op == DATE_NONE || c->afgerond_op == DATE_NONE ||
	    c->afgerond_op < c->ontvangen_op)
		return false;
	*dagen = c->afgerond_op - c->ontvangen_op;
	return true;
}

static enum rapport_looptijd
looptijd_klasse(int dagen)
{
	for (int i = 0; i < LOOPTIJD__MAX - 1; i++)
		if (dagen <= rapport_looptijd_tot_weken[i] * 7)
			return (enum rapport_looptijd)i;
	return LOOPTIJD_LANGER;
}

static int
band(int score)
{
	int b = 0;

	while (b + 1 < RAPPORT_BAND__MAX && score >= rapport_band_van[b + 1])
		b++;
	return b;
}

static int
bits(unsigned mask, int max)
{
	int k = 0;

	for (int i = 0; i < max; i++)
		k += (mask >> i) & 1u;
	return k;
}

static bool
indiener_aangesloten(const struct casus *c)
{
	const struct organisatie_ref *o = &c->indiener.organisatie;

	return o->aangesloten_sinds != DATE_NONE && c->ontvangen_op != DATE_NONE &&
	    o->aangesloten_sinds <= c->ontvangen_op &&
	    (o->aangesloten_tot == DATE_NONE || o->aangesloten_tot > c->ontvangen_op);
}

enum rapport_partij
rapport_partij_van(const struct belegging *b)
{
	if (b->bij_pmm || (b->bij.code != NULL && strcasecmp(b->bij.code, "PMM") == 0))
		return PARTIJ_PMM;
	switch (b->bij.type) {
	case ORGTYPE_MINISTERIE: return PARTIJ_MINISTERIE;
	case ORGTYPE_GEMEENTE: return PARTIJ_GEMEENTE;
	case ORGTYPE_LANDELIJKE_PUBLIEKE_DIENSTVERLENER: return PARTIJ_LPD;
	default: return PARTIJ_OVERIG;
	}
}

/* The beleidsterrein of a belegging bij a ministerie, or -1 (not a ministerie, unknown code). */
static int
ministerie_van(const struct belegging *b)
{
	if (rapport_partij_van(b) != PARTIJ_MINISTERIE)
		return -1;
	return codelist_find_nocase(&codes_beleidsterrein, b->bij.code);
}

static bool
status_geldig(enum opvolging_status s)
{
	return (int)s >= 0 && s < OPVOLGING__MAX;
}

static int
cmp_int(const void *pa, const void *pb)
{
	int a = *(const int *)pa, b = *(const int *)pb;

	return (a > b) - (a < b);
}

static int
cmp_lp_ref(const void *pa, const void *pb)
{
	const struct lp_ref *a = pa, *b = pb;

	if (a->id != b->id)
		return (a->id > b->id) - (a->id < b->id);
	return (a->seq > b->seq) - (a->seq < b->seq);
}

/* The median of v (sorted in place). */
static struct rapport_mediaan
mediaan(int *v, size_t n)
{
	struct rapport_mediaan m = { 0 };

	if (n == 0)
		return m;
	qsort(v, n, sizeof *v, cmp_int);
	m.halven = n % 2 == 1 ? 2L * v[n / 2] : (long)v[n / 2 - 1] + v[n / 2];
	return m;
}

const struct leerpunt **
rapport_leerpunten(const struct casus *const *casussen, size_t n, int jaar, size_t *nout)
{
	struct lp_ref *refs;
	const struct leerpunt **lps;
	size_t nrefs = 0, cap = 0, nlps = 0;

	for (size_t i = 0; i < n; i++)
		if (rapport_afgerond_in(casussen[i], jaar))
			cap += casussen[i]->nleerpunten;
	refs = xcalloc(cap ? cap : 1, sizeof *refs);
	for (size_t i = 0; i < n; i++)
		for (size_t j = 0; rapport_afgerond_in(casussen[i], jaar) && j < casussen[i]->nleerpunten; j++) {
			refs[nrefs].id = casussen[i]->leerpunten[j].id;
			refs[nrefs].seq = nrefs;
			refs[nrefs].lp = &casussen[i]->leerpunten[j];
			nrefs++;
		}
	qsort(refs, nrefs, sizeof *refs, cmp_lp_ref);
	lps = xcalloc(nrefs ? nrefs : 1, sizeof *lps);
	for (size_t i = 0; i < nrefs; i++)
		if (refs[i].id == 0 || i == 0 || refs[i].id != refs[i - 1].id)
			lps[nlps++] = refs[i].lp;
	free(refs);
	*nout = nlps;
	return lps;
}

static void
tel_leerpunt(struct rapport_figuren *f, const struct leerpunt *lp)
{
	size_t actueel = 0;

	f->leerpunten.totaal++;
	for (size_t i = 0; i < lp->nbeleggingen; i++)
		actueel += belegging_actueel(&lp->beleggingen[i]);
	if (actueel == 0)
		f->leerpunten.niet_belegd++;
	if ((int)lp->categorie >= 0 && lp->categorie < CATEGORIE__MAX)
		f->leerpunten.categorie[lp->categorie]++;
	if (lp->orde >= 1 && lp->orde <= RAPPORT_ORDE__MAX)
		f->leerpunten.orde[lp->orde - 1]++;
	for (size_t i = 0; i < lp->nbeleggingen; i++) {
		const struct belegging *b = &lp->beleggingen[i];
		int m = ministerie_van(b);

		if (!belegging_actueel(b))
			continue;   /* counted at the party it was forwarded to; or not belegd */
		f->leerpunten.beleggingen[rapport_partij_van(b)]++;
		if (m >= 0)
			f->leerpunten.per_ministerie[m]++;
		if (status_geldig(b->status))
			f->leerpunten.status[b->status]++;
	}
}

static void
tel_leerpunten(struct rapport_figuren *f, const struct casus *const *cs, size_t n, int jaar)
{
	const struct leerpunt **lps;
	size_t nlps;

	for (size_t i = 0; i < n; i++)
		if (rapport_afgerond_in(cs[i], jaar) && cs[i]->nleerpunten > 0)
			f->leerpunten.casussen++;
	lps = rapport_leerpunten(cs, n, jaar, &nlps);
	for (size_t i = 0; i < nlps; i++)
		tel_leerpunt(f, lps[i]);
	free(lps);
}

/* One casus afgerond in the year; its looptijd goes to dagen[*ndagen], its score to scores[*nscores]. */
static void
tel_casus(struct rapport_figuren *f, const struct casus *c, int *dagen, size_t *ndagen, int *scores,
    size_t *nscores)
{
	unsigned lg = c->leefgebieden, bt = c->beleidsterreinen;
	bool org[ORGTYPE__MAX] = { false }, iv[INTERVENTIE__MAX] = { false };
	int d, k, score;

	f->afgerond++;
	if (looptijd(c, &d)) {
		dagen[(*ndagen)++] = d;
		f->looptijd.met_looptijd++;
		f->looptijd.binnen4 += d <= 28;
		f->looptijd.binnen8 += d <= 56;
		f->looptijd.langer20 += d > 140;
		f->looptijd.klasse[looptijd_klasse(d)]++;
	}
	if (c->indiener_type >= 0 && c->indiener_type < INDIENER__MAX) {
		f->indieners[c->indiener_type]++;
		if (c->indiener_type == INDIENER_GEMEENTE && indiener_aangesloten(c))
			f->indieners_gemeente_aangesloten++;
	}
	for (int i = 0; i < LEEFGEBIED__MAX; i++)
		f->leefgebieden[i] += (lg >> i) & 1u;
	k = bits(lg, LEEFGEBIED__MAX);
	f->aantal_leefgebieden[k >= AANTAL_DRIE_OF_MEER ? AANTAL_DRIE_OF_MEER : k]++;
	k = bits(bt, BELEIDSTERREIN__MAX);
	for (int i = 0; i < BELEIDSTERREIN__MAX; i++) {
		if ((bt >> i) & 1u) {
			f->beleidsterreinen[i]++;
			if (k == 1)
				f->beleidsterreinen_uitsluitend[i]++;
		}
	}
	for (size_t i = 0; i < c->norganisaties; i++) {
		enum organisatie_type ty = c->organisaties[i].organisatie.type;

		if ((int)ty >= 0 && ty < ORGTYPE__MAX)
			org[ty] = true;
	}
	for (int i = 0; i < ORGTYPE__MAX; i++)
		f->organisaties[i] += org[i];
	for (size_t i = 0; i < c->ninterventies; i++) {
		enum interventie_type ty = c->interventies[i].type;

		if ((int)ty >= 0 && ty < INTERVENTIE__MAX)
			iv[ty] = true;
	}
	for (int i = 0; i < INTERVENTIE__MAX; i++)
		f->interventies[i] += iv[i];
	f->escalaties_let += c->let_escalatie || iv[INTERVENTIE_ESCALATIE];
	score = casus_complexiteit(c);
	scores[(*nscores)++] = score;
	f->complexiteit.band[band(score)]++;
}

void
rapport_figuren_tel(struct rapport_figuren *f, const struct casus *const *casussen, size_t n, int jaar)
{
	int *dagen = xcalloc(n ? n : 1, sizeof *dagen), *scores = xcalloc(n ? n : 1, sizeof *scores);
	size_t ndagen = 0, nscores = 0;

	memset(f, 0, sizeof *f);
	f->jaar = jaar;
	for (size_t i = 0; i < n; i++) {
		const struct casus *c = casussen[i];

		if (c == NULL)
			continue;
		if (c->status != STATUS_CONCEPT && in_jaar(c->ontvangen_op, jaar)) {
			f->ingediend++;
			f->register_geprobeerd[c->register_geprobeerd >= 0 && c->register_geprobeerd < REGPOGING__MAX ?
			    c->register_geprobeerd : REGPOGING__MAX]++;
		}
		if (rapport_afgerond_in(c, jaar))
			tel_casus(f, c, dagen, &ndagen, scores, &nscores);
	}
	tel_leerpunten(f, casussen, n, jaar);
	f->looptijd.mediaan = mediaan(dagen, ndagen);
	f->complexiteit.mediaan = mediaan(scores, nscores);
	free(dagen);
	free(scores);
}

/* ---- data quality ---------------------------------------------------------------------- */

static bool
onbekend_ministerie(const struct casus *c)
{
	for (size_t i = 0; i < c->nleerpunten; i++) {
		const struct leerpunt *lp = &c->leerpunten[i];

		for (size_t j = 0; j < lp->nbeleggingen; j++)
			if (belegging_actueel(&lp->beleggingen[j]) &&
			    rapport_partij_van(&lp->beleggingen[j]) == PARTIJ_MINISTERIE &&
			    ministerie_van(&lp->beleggingen[j]) < 0)
				return true;
	}
	return false;
}

/* Which lists casus c belongs on. */
static void
gebreken(const struct casus *c, bool fout[GEBREK__MAX])
{
	int dagen;

	fout[GEBREK_LEEFGEBIED] = bits(c->leefgebieden, LEEFGEBIED__MAX) == 0;
	fout[GEBREK_INDIENER_TYPE] = c->indiener_type < 0 || c->indiener_type >= INDIENER__MAX;
	fout[GEBREK_INTERVENTIE] = c->ninterventies == 0;
	fout[GEBREK_BELEIDSTERREIN] = bits(c->beleidsterreinen, BELEIDSTERREIN__MAX) == 0;
	fout[GEBREK_LOOPTIJD] = !looptijd(c, &dagen);
	fout[GEBREK_MINISTERIE] = onbekend_ministerie(c);
}

void
rapport_kwaliteit_tel(struct rapport_kwaliteit *k, struct arena *a, const struct casus *const *casussen,
    size_t n, int jaar)
{
	struct rapport_casus_ref *lijst[GEBREK__MAX];
	size_t afgerond = 0;

	memset(k, 0, sizeof *k);
	k->jaar = jaar;
	for (size_t i = 0; i < n; i++)
		afgerond += rapport_afgerond_in(casussen[i], jaar);
	for (int g = 0; g < GEBREK__MAX; g++)
		lijst[g] = arena_alloc(a, (afgerond + 1) * sizeof *lijst[g]);
	for (size_t i = 0; i < n; i++) {
		const struct casus *c = casussen[i];
		bool fout[GEBREK__MAX], iets = false;

		if (!rapport_afgerond_in(c, jaar))
			continue;
		k->afgerond++;
		gebreken(c, fout);
		for (int g = 0; g < GEBREK__MAX; g++) {
			if (!fout[g])
				continue;
			lijst[g][k->lijst[g].n].id = c->id;
			lijst[g][k->lijst[g].n].referentie = c->referentie;
			k->lijst[g].n++;
			iets = true;
		}
		k->onvolledig += iets;
	}
	for (int g = 0; g < GEBREK__MAX; g++)
		k->lijst[g].casussen = lijst[g];
}

/* ---- follow-up per party ------------------------------------------------------------- */

/* A belegging bij a party other than a ministerie, to group by party. */
struct partij_ref {
	enum rapport_partij soort;
	const char *naam;
	int status;                     /* -1 when outside the enum */
};

static int
cmp_naam(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return (a != NULL) - (b != NULL);
	return strcmp(a, b);
}

static int
cmp_partij_ref(const void *pa, const void *pb)
{
	const struct partij_ref *a = pa, *b = pb;

	if (a->soort != b->soort)
		return (int)a->soort - (int)b->soort;
	return cmp_naam(a->naam, b->naam);
}

void
rapport_opvolging_tel(struct rapport_opvolging *o, struct arena *a, const struct casus *const *casussen,
    size_t n, int jaar)
{
	size_t nlps, nrefs = 0, cap = 0;
	const struct leerpunt **lps = rapport_leerpunten(casussen, n, jaar, &nlps);
	struct partij_ref *refs;
	struct rapport_partij_opvolging *org;

	memset(o, 0, sizeof *o);
	for (int m = 0; m < BELEIDSTERREIN__MAX; m++) {
		o->ministeries[m].soort = PARTIJ_MINISTERIE;
		o->ministeries[m].ministerie = m;
	}
	for (size_t i = 0; i < nlps; i++)
		cap += lps[i]->nbeleggingen;
	refs = xcalloc(cap ? cap : 1, sizeof *refs);
	for (size_t i = 0; i < nlps; i++) {
		for (size_t j = 0; j < lps[i]->nbeleggingen; j++) {
			const struct belegging *b = &lps[i]->beleggingen[j];
			enum rapport_partij soort = rapport_partij_van(b);
			int st = status_geldig(b->status) ? (int)b->status : -1;

			if (!belegging_actueel(b))
				continue;
			if (soort == PARTIJ_MINISTERIE) {
				int m = codelist_find_nocase(&codes_beleidsterrein, b->bij.code);

				if (m >= 0 && st >= 0) {
					o->ministeries[m].status[st]++;
					o->ministeries[m].totaal++;
				}
				continue;
			}
			refs[nrefs].soort = soort;
			refs[nrefs].naam = soort == PARTIJ_PMM ? NULL : b->bij.naam;
			refs[nrefs].status = st;
			nrefs++;
		}
	}
	qsort(refs, nrefs, sizeof *refs, cmp_partij_ref);
	org = arena_alloc(a, (nrefs + 1) * sizeof *org);
	for (size_t i = 0; i < nrefs; i++) {
		struct rapport_partij_opvolging *p;

		if (i == 0 || cmp_partij_ref(&refs[i], &refs[i - 1]) != 0) {
			p = &org[o->norganisaties++];
			p->soort = refs[i].soort;
			p->naam = refs[i].naam;
			p->ministerie = -1;
		}
		p = &org[o->norganisaties - 1];
		p->totaal++;
		if (refs[i].status >= 0)
			p->status[refs[i].status]++;
	}
	o->organisaties = org;
	free(refs);
	free(lps);
}

void
rapport_maak(struct rapport *r, struct arena *a, const struct casus *const *casussen, size_t n, int jaar)
{
	struct rapport_figuren *nu = arena_alloc(a, sizeof *nu), *vorig = arena_alloc(a, sizeof *vorig);
	struct rapport_kwaliteit *k = arena_alloc(a, sizeof *k);
	struct rapport_opvolging *o = arena_alloc(a, sizeof *o);

	rapport_figuren_tel(nu, casussen, n, jaar);
	rapport_figuren_tel(vorig, casussen, n, jaar - 1);
	rapport_kwaliteit_tel(k, a, casussen, n, jaar);
	rapport_opvolging_tel(o, a, casussen, n, jaar);
	memset(r, 0, sizeof *r);
	r->jaar = jaar;
	r->nu = nu;
	r->vorig = vorig;
	r->kwaliteit = k;
	r->opvolging = o;
}
