/* rapport_peil.c - the report on a peildatum: the default peildatum, the casussen as they stood then, the analysed subset, the whole report. */
#include "core/rapport_systeemleren.h"

#include <stdlib.h>
#include <string.h>

#include "core/leerpunt.h"
#include "lib/date.h"

int
rapport_peildatum_kies(const struct rapport_invoer *in, int jaar, const struct rapport_opties *o,
    enum rapport_peil_bron *bron, const char **ronde)
{
	const struct rapport_ronde *eerste = NULL;
	int eind = date_from_ymd(jaar + 1, 12, 31);

	*ronde = NULL;
	if (o != NULL && o->peildatum != DATE_NONE) {
		*bron = PEIL_GEGEVEN;
		return o->peildatum;
	}
	/* the first round of the next year that was closed: what the researchers asked for this report */
	for (size_t i = 0; in != NULL && i < in->nrondes; i++) {
		const struct rapport_ronde *r = &in->rondes[i];

		if (r->gesloten_op == DATE_NONE || r->peildatum == DATE_NONE || date_year(r->peildatum) != jaar + 1)
			continue;
		if (eerste == NULL || r->peildatum < eerste->peildatum ||
		    (r->peildatum == eerste->peildatum && r->gesloten_op < eerste->gesloten_op))
			eerste = r;
	}
	if (eerste != NULL) {
		*bron = PEIL_NAVRAAGRONDE;
		*ronde = eerste->naam;
		return eerste->gesloten_op;
	}
	if (o != NULL && o->vandaag != DATE_NONE && o->vandaag < eind) {
		*bron = PEIL_VANDAAG;
		return o->vandaag;
	}
	*bron = PEIL_EINDE_VOLGEND_JAAR;
	return eind;
}

/* The index of the belegging with this id among b[0..n), or n. */
static size_t
index_van(const struct belegging *b, size_t n, int64_t id)
{
	for (size_t k = 0; id != 0 && k < n; k++)
		if (b[k].id == id)
			return k;
	return n;
}

/* True when belegging b existed on peildatum (a belegging without history: always). */
static bool
bestond(const struct belegging *b, int peildatum)
{
	return b->niet_belegd != NIETBELEGD_NEE || b->nhistorie == 0 ||
	    opvolging_op(b->historie, b->nhistorie, peildatum) >= 0;
}

static void
peil_leerpunt(struct arena *a, struct leerpunt *lp, int peildatum)
{
	const struct belegging *oud = lp->beleggingen;
	size_t n = lp->nbeleggingen, m = 0;
	struct belegging *nieuw = arena_alloc(a, (n + 1) * sizeof *nieuw);

	for (size_t i = 0; i < n; i++) {
		struct belegging b = oud[i];

		if (!bestond(&b, peildatum))
			continue;
		if (b.nhistorie > 0 && b.niet_belegd == NIETBELEGD_NEE) {
			int k = opvolging_op(b.historie, b.nhistorie, peildatum);

			b.status = b.historie[k].status;
			b.reden = b.historie[k].reden;
			b.nhistorie = (size_t)k + 1;
		}
		if (b.doorgezet_naar != 0) {
			size_t t = index_van(oud, n, b.doorgezet_naar);

			/* forwarded after the peildatum (or to one we do not know): it was still here then */
			if (t == n || !bestond(&oud[t], peildatum))
				b.doorgezet_naar = 0;
		}
		nieuw[m++] = b;
	}
	lp->beleggingen = nieuw;
	lp->nbeleggingen = m;
}

const struct casus *const *
rapport_peilen(struct arena *a, const struct casus *const *cs, size_t n, int peildatum)
{
	const struct casus **uit = arena_alloc(a, (n + 1) * sizeof *uit);

	for (size_t i = 0; i < n; i++) {
		struct casus *c;
		struct leerpunt *lps;

		if (cs[i] == NULL || cs[i]->nleerpunten == 0) {
			uit[i] = cs[i];
			continue;
		}
		c = arena_alloc(a, sizeof *c);
		*c = *cs[i];
		lps = arena_alloc(a, c->nleerpunten * sizeof *lps);
		memcpy(lps, cs[i]->leerpunten, c->nleerpunten * sizeof *lps);
		for (size_t j = 0; j < c->nleerpunten; j++)
			peil_leerpunt(a, &lps[j], peildatum);
		c->leerpunten = lps;
		uit[i] = c;
	}
	return uit;
}

static int
cmp_org(const void *pk, const void *pe)
{
	int64_t k = *(const int64_t *)pk, e = ((const struct rapport_org *)pe)->id;

	return (k > e) - (k < e);
}

static const struct rapport_org *
org_van(const struct rapport_invoer *in, int64_t id)
{
	if (in == NULL || id == 0 || in->norganisaties == 0)
		return NULL;
	return bsearch(&id, in->organisaties, in->norganisaties, sizeof *in->organisaties, cmp_org);
}

const struct rapport_org *
rapport_org_groep(const struct rapport_invoer *in, int64_t id, bool ministeries_apart)
{
	const struct rapport_org *o = org_van(in, id);

	for (int stap = 0; o != NULL && stap < 16; stap++) {
		const struct rapport_org *ouder = org_van(in, o->parent_id);

		if (ouder == NULL)
			break;
		if (o->type == ORGTYPE_LOKET || (!ministeries_apart && o->type == ORGTYPE_MINISTERIE &&
		    ouder->type == ORGTYPE_MINISTERIE))
			o = ouder;
		else
			break;
	}
	return o;
}

/* ---- the analysed subset and the system changes ---------------------------------------- */

static void
analyse_tel(struct rapport_analyse *an, struct arena *a, const struct rapport_invoer *in, int jaar, int tot,
    bool *selectie)
{
	struct rapport_casus_ref *buiten = arena_alloc(a, (in->n + 1) * sizeof *buiten);

	memset(an, 0, sizeof *an);
	an->tot = tot;
	for (size_t i = 0; i < in->n; i++) {
		const struct casus *c = in->casussen[i];
		int b = in->besproken_op != NULL ? in->besproken_op[i] : DATE_NONE;

		selectie[i] = false;
		if (!rapport_afgerond_in(c, jaar))
			continue;
		an->afgerond++;
		if (b != DATE_NONE && b <= tot) {
			selectie[i] = true;
			an->geanalyseerd++;
			continue;
		}
		buiten[an->nbuiten].id = c->id;
		buiten[an->nbuiten].referentie = c->referentie;
		an->nbuiten++;
		an->later_besproken += b != DATE_NONE;
	}
	an->buiten = buiten;
	{
		size_t nlps;
		const struct leerpunt **lps;
		const struct casus **sel = xcalloc(in->n + 1, sizeof *sel);
		size_t ns = 0;

		for (size_t i = 0; i < in->n; i++)
			if (selectie[i]) {
				sel[ns++] = in->casussen[i];
				an->geanalyseerd_met_leerpunt += in->casussen[i]->nleerpunten > 0;
			}
		lps = rapport_leerpunten(sel, ns, jaar, &nlps);
		an->leerpunten_geanalyseerd = (long)nlps;
		free(lps);
		free(sel);
	}
}

/* True when a system change was realised by the peildatum and belongs to the year: realised in it, or linked to it. */
static bool
wijziging_hoort(const struct systeemwijziging *s, const struct rapport_invoer *in, const struct casus *const *cs,
    int jaar, int peildatum)
{
	if (s->gerealiseerd_op != DATE_NONE && s->gerealiseerd_op > peildatum)
		return false;
	if (s->gerealiseerd_op != DATE_NONE && date_year(s->gerealiseerd_op) == jaar)
		return true;
	for (size_t i = 0; i < in->n; i++) {
		const struct casus *c = cs[i];

		if (!rapport_afgerond_in(c, jaar))
			continue;
		for (size_t k = 0; k < s->ncasussen && c->referentie != NULL; k++)
			if (strcmp(s->casussen[k], c->referentie) == 0)
				return true;
		for (size_t j = 0; j < c->nleerpunten; j++)
			for (size_t k = 0; k < s->nleerpunten; k++)
				if (c->leerpunten[j].id != 0 && c->leerpunten[j].id == s->leerpunten[k])
					return true;
	}
	return false;
}

void
rapport_maak_volledig(struct rapport *r, struct arena *a, const struct rapport_invoer *in, int jaar,
    const struct rapport_opties *o)
{
	struct rapport_systeemleren *sl = arena_alloc(a, sizeof *sl);
	const struct casus *const *cs;
	bool *selectie = arena_alloc(a, (in->n + 1) * sizeof *selectie);
	const struct systeemwijziging **w = arena_alloc(a, (in->nwijzigingen + 1) * sizeof *w);
	bool apart = o != NULL && o->ministeries_apart;
	int peil, tot = o != NULL && o->analyse_tot != DATE_NONE ? o->analyse_tot : date_from_ymd(jaar + 1, 1, 31);
	long vorig = 0;

	memset(sl, 0, sizeof *sl);
	sl->jaar = jaar;
	peil = rapport_peildatum_kies(in, jaar, o, &sl->leerpunten.peil_bron, &sl->leerpunten.peil_ronde);
	cs = rapport_peilen(a, in->casussen, in->n, peil);
	rapport_maak(r, a, cs, in->n, jaar);
	analyse_tel(&sl->analyse, a, in, jaar, tot, selectie);
	rapport_knelpunten_tel(&sl->knelpunten, cs, in->n, jaar, NULL);
	rapport_knelpunten_tel(&sl->knelpunten_geanalyseerd, cs, in->n, jaar, selectie);
	for (size_t i = 0; i < in->n; i++)
		vorig += rapport_afgerond_in(cs[i], jaar - 1);
	sl->met_vorig = vorig > 0;
	rapport_knelpunten_tel(&sl->knelpunten_vorig, cs, in->n, jaar - 1, NULL);
	rapport_maatwerk_tel(&sl->maatwerk, a, cs, in->n, jaar);
	rapport_maatwerk_tel(&sl->maatwerk_vorig, a, cs, in->n, jaar - 1);
	rapport_leerpuntlijst_tel(&sl->leerpunten, a, in, cs, jaar, peil, apart);
	rapport_kruis_tel(&sl->kruis, a, cs, in->n, jaar);
	for (size_t i = 0; i < in->nwijzigingen; i++)
		if (wijziging_hoort(&in->wijzigingen[i], in, cs, jaar, peil))
			w[sl->nwijzigingen++] = &in->wijzigingen[i];
	sl->wijzigingen = w;
	r->systeemleren = sl;
}
