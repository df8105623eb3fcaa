/* rapport_inhoud.c - counts what the casussen were stuck on (knelpunten), the maatwerk and its outcome, and the cross-tabulations. */
#include "core/rapport_systeemleren.h"

#include <stdlib.h>
#include <string.h>

/* ---- counting names ------------------------------------------------------------------------- */

struct naam_ref {
	const char *naam;
	enum organisatie_type type;
};

struct namen {
	struct naam_ref *v;
	size_t n, cap;
};

static void
naam_bij(struct namen *ns, const char *naam, enum organisatie_type type)
{
	if (naam == NULL || naam[0] == '\0')
		return;
	if (ns->n == ns->cap) {
		ns->cap = ns->cap ? 2 * ns->cap : 64;
		ns->v = xrealloc(ns->v, ns->cap * sizeof *ns->v);
	}
	ns->v[ns->n].naam = naam;
	ns->v[ns->n].type = type;
	ns->n++;
}

static int
cmp_naam_ref(const void *pa, const void *pb)
{
	const struct naam_ref *a = pa, *b = pb;
	int c = strcmp(a->naam, b->naam);

	return c != 0 ? c : (int)a->type - (int)b->type;
}

static int
cmp_telling(const void *pa, const void *pb)
{
	const struct rapport_naamtelling *a = pa, *b = pb;
	int c;

	if (a->aantal != b->aantal)
		return a->aantal < b->aantal ? 1 : -1;
	c = strcmp(a->naam, b->naam);
	return c != 0 ? c : (int)a->type - (int)b->type;
}

/* The names counted (most first, then by name) into l, in a; frees ns. */
static void
namen_af(struct namen *ns, struct arena *a, struct rapport_naamlijst *l)
{
	struct rapport_naamtelling *t = arena_alloc(a, (ns->n + 1) * sizeof *t);
	size_t m = 0;

	if (ns->n > 0)
		qsort(ns->v, ns->n, sizeof *ns->v, cmp_naam_ref);
	for (size_t i = 0; i < ns->n; i++) {
		if (m > 0 && cmp_naam_ref(&ns->v[i], &(struct naam_ref){ t[m - 1].naam, t[m - 1].type }) == 0) {
			t[m - 1].aantal++;
			continue;
		}
		t[m].naam = ns->v[i].naam;
		t[m].type = ns->v[i].type;
		t[m].aantal = 1;
		m++;
	}
	qsort(t, m, sizeof *t, cmp_telling);
	l->rijen = t;
	l->n = m;
	free(ns->v);
	memset(ns, 0, sizeof *ns);
}

static bool
geldige_categorie(enum categorie c)
{
	return (int)c >= 0 && c < CATEGORIE__MAX;
}

/* ---- knelpunten ----------------------------------------------------------------------------- */

void
rapport_knelpunten_tel(struct rapport_knelpunten *k, const struct casus *const *cs, size_t n, int jaar,
    const bool *selectie)
{
	memset(k, 0, sizeof *k);
	for (size_t i = 0; i < n; i++) {
		const struct casus *c = cs[i];
		bool cat[CATEGORIE__MAX] = { false }, zonder[CATEGORIE__MAX] = { false };
		uint64_t soorten = 0;

		if (!rapport_afgerond_in(c, jaar) || (selectie != NULL && !selectie[i]))
			continue;
		k->casussen++;
		for (size_t j = 0; j < c->nknelpunten; j++) {
			const struct knelpunt *kp = &c->knelpunten[j];

			if (!geldige_categorie(kp->categorie))
				continue;
			cat[kp->categorie] = true;
			k->knelpunten[kp->categorie]++;
			soorten |= kp->soorten;
			zonder[kp->categorie] = zonder[kp->categorie] || kp->soorten == 0;
		}
		k->met_knelpunt += c->nknelpunten > 0;
		k->buitenlands += c->buitenlandse_component;
		for (int g = 0; g < CATEGORIE__MAX; g++) {
			k->categorie[g] += cat[g];
			k->zonder_soort[g] += zonder[g];
			if (c->buitenlandse_component)
				k->buitenlands_knelpunt[g] += cat[g];
		}
		for (int s = 0; s < KSOORT__MAX; s++)
			k->soort[s] += (soorten >> s) & 1u;
	}
}

/* ---- maatwerk --------------------------------------------------------------------------------- */

/* The form the summary field names, or -1 (geen, not recorded). */
static int
vorm_van_samenvatting(int maatwerk)
{
	switch (maatwerk) {
	case MAATWERK_HARDHEIDSCLAUSULE: return MVORM_HARDHEIDSCLAUSULE;
	case MAATWERK_EVENREDIGHEIDSBEGINSEL: return MVORM_EVENREDIGHEIDSBEGINSEL;
	case MAATWERK_MAATWERKBUDGET: return MVORM_MAATWERKBUDGET;
	case MAATWERK_ANDERS: return MVORM_ANDERS;
	default: return -1;
	}
}

static void
followup_tel(long *per, long *open, int antwoord)
{
	if (antwoord >= 0 && antwoord < FOLLOWUP__MAX)
		per[antwoord]++;
	else
		(*open)++;
}

void
rapport_maatwerk_tel(struct rapport_maatwerk *m, struct arena *a, const struct casus *const *cs, size_t n, int jaar)
{
	struct namen ns = { 0 };

	memset(m, 0, sizeof *m);
	for (size_t i = 0; i < n; i++) {
		const struct casus *c = cs[i];
		bool vorm[MVORM__MAX] = { false }, met;
		int sv;

		if (!rapport_afgerond_in(c, jaar))
			continue;
		m->casussen++;
		if (c->maatwerk >= 0 && c->maatwerk < MAATWERK__MAX)
			m->samenvatting[c->maatwerk]++;
		else
			m->samenvatting_leeg++;
		for (size_t j = 0; j < c->nmaatwerk_toepassingen; j++) {
			const struct maatwerk_toepassing *t = &c->maatwerk_toepassingen[j];

			m->toepassingen++;
			if ((int)t->vorm >= 0 && t->vorm < MVORM__MAX)
				vorm[t->vorm] = true;
			if (t->door.naam != NULL && (int)t->door.type >= 0 && t->door.type < ORGTYPE__MAX) {
				m->door[t->door.type]++;
				naam_bij(&ns, t->door.naam, t->door.type);
			} else {
				m->door_onbekend++;
			}
			if (t->wet >= 0 && t->wet < WET__MAX)
				m->wet[t->wet]++;
			else
				m->wet_onbekend++;
		}
		/* a summary that names a form without records still counts as that form */
		if (c->nmaatwerk_toepassingen == 0 && (sv = vorm_van_samenvatting(c->maatwerk)) >= 0)
			vorm[sv] = true;
		met = false;
		for (int v = 0; v < MVORM__MAX; v++) {
			m->vorm[v] += vorm[v];
			met = met || vorm[v];
		}
		m->met_maatwerk += met;
		m->meer_vormen += c->nmaatwerk_toepassingen > 1;
		followup_tel(m->followup, &m->followup_open, c->followup_antwoord);
		if (met)
			followup_tel(m->followup_maatwerk, &m->followup_maatwerk_open, c->followup_antwoord);
	}
	namen_af(&ns, a, &m->door_naam);
}

/* ---- cross-tabulations ---------------------------------------------------------------------- */

void
rapport_kruis_tel(struct rapport_kruis *k, struct arena *a, const struct casus *const *cs, size_t n, int jaar)
{
	struct namen gem = { 0 }, ind = { 0 }, bet = { 0 };
	size_t nlps;
	const struct leerpunt **lps;

	memset(k, 0, sizeof *k);
	for (size_t i = 0; i < n; i++) {
		const struct casus *c = cs[i];
		unsigned lg, bt;
		const struct organisatie_ref *io;

		if (!rapport_afgerond_in(c, jaar))
			continue;
		k->casussen++;
		lg = c->leefgebieden;
		bt = c->beleidsterreinen;
		for (int x = 0; x < LEEFGEBIED__MAX; x++) {
			if (!((lg >> x) & 1u))
				continue;
			if ((lg & ~(1u << x)) == 0)
				k->lg_alleen[x]++;
			else
				k->lg_met_andere[x]++;
			for (int y = 0; y < LEEFGEBIED__MAX; y++)
				k->lg_samen[x][y] += (lg >> y) & 1u;
		}
		for (int x = 0; x < BELEIDSTERREIN__MAX; x++)
			for (int y = 0; ((bt >> x) & 1u) && y < BELEIDSTERREIN__MAX; y++)
				k->bt_samen[x][y] += (bt >> y) & 1u;
		if (bt & (1u << BELEIDSTERREIN_AENM))
			bt = (bt & ~(1u << BELEIDSTERREIN_AENM)) | (1u << BELEIDSTERREIN_JENV);
		if (bt & (1u << BELEIDSTERREIN_VRO))
			bt = (bt & ~(1u << BELEIDSTERREIN_VRO)) | (1u << BELEIDSTERREIN_BZK);
		for (int x = 0; x < BELEIDSTERREIN__MAX; x++)
			k->bt_gegroepeerd[x] += (bt >> x) & 1u;
		io = &c->indiener.organisatie;
		if (io->naam != NULL && io->type == ORGTYPE_GEMEENTE)
			naam_bij(&gem, io->naam, io->type);
		else if (io->naam != NULL)
			naam_bij(&ind, io->naam, io->type);
		for (size_t j = 0; j < c->norganisaties; j++) {
			bool eerder = false;

			/* once per casus */
			for (size_t q = 0; q < j && !eerder; q++)
				eerder = c->organisaties[q].organisatie.naam != NULL && c->organisaties[j].organisatie.naam != NULL &&
				    strcmp(c->organisaties[q].organisatie.naam, c->organisaties[j].organisatie.naam) == 0;
			if (!eerder)
				naam_bij(&bet, c->organisaties[j].organisatie.naam, c->organisaties[j].organisatie.type);
		}
	}
	namen_af(&gem, a, &k->gemeenten);
	namen_af(&ind, a, &k->indieners_overig);
	namen_af(&bet, a, &k->betrokken);
	lps = rapport_leerpunten(cs, n, jaar, &nlps);
	for (size_t i = 0; i < nlps; i++)
		if (geldige_categorie(lps[i]->categorie) && lps[i]->orde >= 1 && lps[i]->orde <= RAPPORT_ORDE__MAX)
			k->categorie_orde[lps[i]->categorie][lps[i]->orde - 1]++;
	free(lps);
}
