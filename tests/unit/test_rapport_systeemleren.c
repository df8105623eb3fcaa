/* test_rapport_systeemleren.c - chapters 3 to 5 of the jaarrapportage (core/rapport_systeemleren) against hand-counted expectations, and the moved clock. */
#include "harness.h"
#include "fixture.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "app/interchange/interchange.h"
#include "app/rapport/json.h"
#include "app/rapport/sl_tekst.h"
#include "app/rapport/tabellen.h"
#include "core/casus.h"
#include "core/leerpunt.h"
#include "core/rapport.h"
#include "core/rapport_systeemleren.h"
#include "lib/buf.h"
#include "lib/date.h"
#include "lib/mem.h"
#include "store/casus/casus.h"
#include "store/leerpunt/leerpunt.h"
#include "store/rapport/rapport.h"
#include "store/store.h"

static int
ymd(int y, int m, int d)
{
	return date_from_ymd(y, m, d);
}

/* ---- the directory ---- */

enum { O_JENV = 1, O_AENM, O_BZK, O_VRO, O_DJI, O_FPL, O_UWV, O_MWP, O_PMM, O_GEMA, O_OCW, O_DUO, O_VWS, O_BUZA,
	O_GEMB, O__N };

static const struct rapport_org dir[] = {
	{ O_JENV, "Ministerie van Justitie en Veiligheid", ORGTYPE_MINISTERIE, "JenV", 0 },
	{ O_AENM, "Ministerie van Asiel en Migratie", ORGTYPE_MINISTERIE, "AenM", O_JENV },
	{ O_BZK, "Ministerie van BZK", ORGTYPE_MINISTERIE, "BZK", 0 },
	{ O_VRO, "Ministerie van VRO", ORGTYPE_MINISTERIE, "VRO", O_BZK },
	{ O_DJI, "DJI", ORGTYPE_LANDELIJKE_PUBLIEKE_DIENSTVERLENER, "DJI", O_JENV },
	{ O_FPL, "Forensisch Plaatsingsloket", ORGTYPE_LOKET, "FPL", O_DJI },
	{ O_UWV, "UWV", ORGTYPE_LANDELIJKE_PUBLIEKE_DIENSTVERLENER, "UWV", 0 },
	{ O_MWP, "Maatwerkplaats UWV", ORGTYPE_LOKET, NULL, O_UWV },
	{ O_PMM, "PMM", ORGTYPE_OVERIG, "PMM", 0 },
	{ O_GEMA, "Gemeente A", ORGTYPE_GEMEENTE, NULL, 0 },
	{ O_OCW, "Ministerie van OCW", ORGTYPE_MINISTERIE, "OCW", 0 },
	{ O_DUO, "DUO", ORGTYPE_LANDELIJKE_PUBLIEKE_DIENSTVERLENER, "DUO", O_OCW },
	{ O_VWS, "Ministerie van VWS", ORGTYPE_MINISTERIE, "VWS", 0 },
	{ O_BUZA, "Ministerie van BuZa", ORGTYPE_MINISTERIE, "BuZa", 0 },
	{ O_GEMB, "Gemeente B", ORGTYPE_GEMEENTE, NULL, 0 },
};

static void
bij(struct belegging *b, int org)
{
	const struct rapport_org *o = &dir[org - 1];

	belegging_init(b);
	b->bij.id = o->id;
	b->bij.naam = o->naam;
	b->bij.type = o->type;
	b->bij.code = o->code;
	b->bij_pmm = org == O_PMM;
}

static void
hist(struct arena *a, struct belegging *b, size_t n, const int *datum, const enum opvolging_status *st,
    const char *const *notitie)
{
	b->historie = arena_alloc(a, n * sizeof *b->historie);
	b->nhistorie = n;
	for (size_t i = 0; i < n; i++) {
		b->historie[i].datum = datum[i];
		b->historie[i].status = st[i];
		b->historie[i].reden = -1;
		b->historie[i].notitie = notitie != NULL ? notitie[i] : NULL;
	}
	b->status = st[n - 1];
}

static struct leerpunt *
lp(struct arena *a, int64_t id, size_t nbel)
{
	struct leerpunt *l = arena_alloc(a, sizeof *l);

	leerpunt_init(l);
	l->id = id;
	l->omschrijving = arena_printf(a, "Leerpunt %lld", (long long)id);
	l->categorie = CATEGORIE_SAMENWERKING;
	l->orde = 2;
	l->beleggingen = nbel > 0 ? arena_alloc(a, nbel * sizeof *l->beleggingen) : NULL;
	l->nbeleggingen = nbel;
	return l;
}

static struct knelpunt
kp(enum categorie c, uint64_t soorten)
{
	struct knelpunt k = { .categorie = c, .soorten = soorten };

	return k;
}

#define BIT(x) ((uint64_t)1 << (x))

struct scenario {
	struct casus *c[4];
	int besproken[4];
	struct rapport_ronde rondes[3];
	struct rapport_invoer in;
};

/* The data set every test below counts by hand (see the comments: what each casus and leerpunt is for). */
static void
scenario(struct arena *a, struct scenario *s)
{
	struct casus *c1, *c2, *c3, *c4;
	struct leerpunt *l[10];
	static const int d1[] = { 0, 0, 0 };
	int dh[3];
	enum opvolging_status sh[3];
	const char *nh[3];
	(void)d1;

	memset(s, 0, sizeof *s);
	/* c1: closed on 31 December 2024 - it counts in 2024 */
	c1 = s->c[0] = fixture_casus(a, 1);
	c1->referentie = "PMM-2024-0001";
	c1->ontvangen_op = ymd(2024, 12, 1);
	c1->afgerond_op = ymd(2024, 12, 31);
	c1->knelpunten = arena_alloc(a, 3 * sizeof *c1->knelpunten);
	c1->knelpunten[0] = kp(CATEGORIE_WET_EN_REGELGEVING, BIT(KSOORT_LACUNE) | BIT(KSOORT_VICIEUZE_CIRKEL));
	c1->knelpunten[1] = kp(CATEGORIE_OVERIG, BIT(KSOORT_SCHAARSTE_WOONRUIMTE));
	c1->knelpunten[2] = kp(CATEGORIE_WET_EN_REGELGEVING, 0);   /* same categorie again, no kind recorded */
	c1->nknelpunten = 3;
	c1->buitenlandse_component = true;
	c1->maatwerk = MAATWERK_HARDHEIDSCLAUSULE;
	c1->maatwerk_toepassingen = arena_alloc(a, 2 * sizeof *c1->maatwerk_toepassingen);
	maatwerk_init(&c1->maatwerk_toepassingen[0]);
	c1->maatwerk_toepassingen[0].vorm = MVORM_HARDHEIDSCLAUSULE;
	c1->maatwerk_toepassingen[0].wet = WET_PARTICIPATIEWET;
	c1->maatwerk_toepassingen[0].door.naam = "Gemeente A";
	c1->maatwerk_toepassingen[0].door.type = ORGTYPE_GEMEENTE;
	maatwerk_init(&c1->maatwerk_toepassingen[1]);
	c1->maatwerk_toepassingen[1].vorm = MVORM_MAATWERKBUDGET;
	c1->maatwerk_toepassingen[1].door.naam = "Gemeente A";
	c1->maatwerk_toepassingen[1].door.type = ORGTYPE_GEMEENTE;
	c1->nmaatwerk_toepassingen = 2;
	c1->followup_antwoord = FOLLOWUP_OPGELOST;
	c1->beleidsterreinen = (1u << BELEIDSTERREIN_VWS) | (1u << BELEIDSTERREIN_JENV);
	c1->indiener.organisatie.naam = "Gemeente A";
	c1->indiener.organisatie.type = ORGTYPE_GEMEENTE;
	/* L1: at two parties (JenV, VWS); JenV's status changed after the peildatum */
	l[1] = lp(a, 101, 2);
	l[1]->categorie = CATEGORIE_WET_EN_REGELGEVING;
	l[1]->orde = 3;
	l[1]->al_bekend = true;
	bij(&l[1]->beleggingen[0], O_JENV);
	dh[0] = ymd(2024, 12, 20); dh[1] = ymd(2025, 3, 1); dh[2] = ymd(2026, 2, 1);
	sh[0] = OPVOLGING_BELEGD; sh[1] = OPVOLGING_IN_VERKENNING; sh[2] = OPVOLGING_OPGEVOLGD;
	nh[0] = "Belegd in het ambassadeursoverleg"; nh[1] = "JenV bespreekt het met de IND"; nh[2] = "Afgerond";
	hist(a, &l[1]->beleggingen[0], 3, dh, sh, nh);
	bij(&l[1]->beleggingen[1], O_VWS);
	hist(a, &l[1]->beleggingen[1], 1, dh, sh, NULL);
	/* L2: at A&M (a part of JenV) and at the Forensisch Plaatsingsloket (a loket of DJI) */
	l[2] = lp(a, 102, 2);
	bij(&l[2]->beleggingen[0], O_AENM);
	dh[0] = ymd(2025, 1, 10);
	hist(a, &l[2]->beleggingen[0], 1, dh, sh, NULL);
	bij(&l[2]->beleggingen[1], O_FPL);
	c1->leerpunten = arena_alloc(a, 2 * sizeof *c1->leerpunten);
	c1->leerpunten[0] = *l[1];
	c1->leerpunten[1] = *l[2];
	c1->nleerpunten = 2;

	/* c2: closed on 1 January 2025 - not in 2024 */
	c2 = s->c[1] = fixture_casus(a, 2);
	c2->referentie = "PMM-2024-0002";
	c2->ontvangen_op = ymd(2024, 11, 1);
	c2->afgerond_op = ymd(2025, 1, 1);
	c2->knelpunten = arena_alloc(a, sizeof *c2->knelpunten);
	c2->knelpunten[0] = kp(CATEGORIE_COMMUNICATIE, 0);
	c2->nknelpunten = 1;

	/* c3: a casus with leerpunten at PMM, at nobody, forwarded, addressed but not belegd, ... */
	c3 = s->c[2] = fixture_casus(a, 3);
	c3->referentie = "PMM-2024-0003";
	c3->ontvangen_op = ymd(2024, 5, 1);
	c3->afgerond_op = ymd(2024, 6, 30);
	c3->knelpunten = arena_alloc(a, sizeof *c3->knelpunten);
	c3->knelpunten[0] = kp(CATEGORIE_KENNIS_EN_KUNDE, 0);
	c3->nknelpunten = 1;
	c3->maatwerk = MAATWERK_GEEN;
	c3->followup_antwoord = FOLLOWUP_NIET_OPGELOST;
	c3->leefgebieden = (1u << LEEFGEBIED_FINANCIEN) | (1u << LEEFGEBIED_WONEN);
	c3->indiener.organisatie.naam = "Gemeente A";
	c3->indiener.organisatie.type = ORGTYPE_GEMEENTE;
	l[3] = lp(a, 103, 1);   /* at PMM: kennisdeling */
	bij(&l[3]->beleggingen[0], O_PMM);
	l[3]->beleggingen[0].pmm_soort = PMMSOORT_KENNISDELING;
	l[4] = lp(a, 104, 0);   /* at nobody */
	l[5] = lp(a, 105, 2);   /* forwarded: teruggelegd aan OCW, opvolging bij DUO */
	bij(&l[5]->beleggingen[0], O_OCW);
	l[5]->beleggingen[0].id = 51;
	l[5]->beleggingen[0].doorgezet_naar = 52;
	dh[0] = ymd(2024, 7, 1); dh[1] = ymd(2024, 9, 1);
	sh[0] = OPVOLGING_BELEGD; sh[1] = OPVOLGING_BELEGD;
	nh[0] = NULL; nh[1] = "Doorgezet naar DUO.";
	hist(a, &l[5]->beleggingen[0], 2, dh, sh, nh);
	bij(&l[5]->beleggingen[1], O_DUO);
	l[5]->beleggingen[1].id = 52;
	dh[0] = ymd(2024, 9, 1);
	sh[0] = OPVOLGING_IN_UITVOERING;
	nh[0] = "DUO verkent met OCW een betalingsregeling.";
	hist(a, &l[5]->beleggingen[1], 1, dh, sh, nh);
	l[6] = lp(a, 106, 1);   /* addressed to OCW, deliberately not belegd */
	bij(&l[6]->beleggingen[0], O_OCW);
	l[6]->beleggingen[0].niet_belegd = NIETBELEGD_ONDUIDELIJK_OF_STRUCTUREEL;
	l[6]->beleggingen[0].niet_belegd_toelichting = "Onduidelijk of dit een systeemknelpunt is.";
	l[7] = lp(a, 107, 2);   /* BZK with BuZa, forwarded to VRO only after the peildatum */
	bij(&l[7]->beleggingen[0], O_BZK);
	l[7]->beleggingen[0].id = 71;
	l[7]->beleggingen[0].doorgezet_naar = 72;
	l[7]->beleggingen[0].partners = arena_alloc(a, sizeof(struct organisatie_ref));
	l[7]->beleggingen[0].partners[0].naam = "Ministerie van BuZa";
	l[7]->beleggingen[0].partners[0].type = ORGTYPE_MINISTERIE;
	l[7]->beleggingen[0].partners[0].code = "BuZa";
	l[7]->beleggingen[0].npartners = 1;
	dh[0] = ymd(2024, 7, 1); dh[1] = ymd(2025, 6, 1);
	hist(a, &l[7]->beleggingen[0], 2, dh, sh, NULL);
	l[7]->beleggingen[0].status = OPVOLGING_BELEGD;
	bij(&l[7]->beleggingen[1], O_VRO);
	l[7]->beleggingen[1].id = 72;
	dh[0] = ymd(2025, 6, 1);
	hist(a, &l[7]->beleggingen[1], 1, dh, sh, NULL);
	l[8] = lp(a, 108, 1);   /* at the Maatwerkplaats: counts under UWV */
	bij(&l[8]->beleggingen[0], O_MWP);
	l[9] = lp(a, 109, 1);   /* belegd only after the peildatum: at nobody on it */
	bij(&l[9]->beleggingen[0], O_GEMA);
	dh[0] = ymd(2025, 5, 15);
	hist(a, &l[9]->beleggingen[0], 1, dh, sh, NULL);
	c3->leerpunten = arena_alloc(a, 7 * sizeof *c3->leerpunten);
	for (int i = 3; i <= 9; i++)
		c3->leerpunten[i - 3] = *l[i];
	c3->nleerpunten = 7;

	/* c4: no knelpunt, no leerpunt (unique), discussed in time; its indiener is Gemeente B */
	c4 = s->c[3] = fixture_casus(a, 4);
	c4->referentie = "PMM-2024-0004";
	c4->ontvangen_op = ymd(2024, 2, 1);
	c4->afgerond_op = ymd(2024, 3, 1);
	c4->reden_geen_leerpunt = GEENLP_UNIEK;
	c4->beleidsterreinen = (1u << BELEIDSTERREIN_VWS) | (1u << BELEIDSTERREIN_AENM);
	c4->indiener.organisatie.naam = "Gemeente B";
	c4->indiener.organisatie.type = ORGTYPE_GEMEENTE;

	s->besproken[0] = ymd(2025, 2, 10);   /* after the cut-off: not analysed */
	s->besproken[1] = ymd(2025, 1, 20);
	s->besproken[2] = ymd(2024, 8, 1);
	s->besproken[3] = ymd(2025, 1, 31);   /* on the cut-off: analysed */
	s->rondes[0] = (struct rapport_ronde){ "Najaar 2025", ymd(2025, 10, 1), ymd(2025, 10, 31) };
	s->rondes[1] = (struct rapport_ronde){ "Voorjaar 2025", ymd(2025, 4, 1), ymd(2025, 4, 30) };
	s->rondes[2] = (struct rapport_ronde){ "Open", ymd(2025, 2, 1), DATE_NONE };
	s->in.casussen = (const struct casus *const *)s->c;
	s->in.n = 4;
	s->in.besproken_op = s->besproken;
	s->in.organisaties = dir;
	s->in.norganisaties = O__N - 1;
	s->in.rondes = s->rondes;
	s->in.nrondes = 3;
}

static const struct rapport_opties standaard = { .peildatum = DATE_NONE, .analyse_tot = DATE_NONE,
	.vandaag = 0 /* set below */ };

static void
maak(struct arena *a, struct scenario *s, struct rapport *r, bool apart)
{
	struct rapport_opties o = standaard;

	scenario(a, s);
	o.vandaag = ymd(2026, 12, 4);
	o.ministeries_apart = apart;
	rapport_maak_volledig(r, a, &s->in, 2024, &o);
}

/* ---- tests ---- */

static void
test_peildatum(void **state)
{
	struct arena *a = arena_new();
	struct scenario s;
	struct rapport_opties o = standaard;
	enum rapport_peil_bron bron;
	const char *ronde;

	(void)state;
	scenario(a, &s);
	o.vandaag = ymd(2026, 12, 4);
	/* the first closed round of 2025 (by peildatum): its closing day; the open one is not used */
	assert_int_equal(rapport_peildatum_kies(&s.in, 2024, &o, &bron, &ronde), ymd(2025, 4, 30));
	assert_int_equal(bron, PEIL_NAVRAAGRONDE);
	assert_string_equal(ronde, "Voorjaar 2025");
	/* no round in the next year: its end, or today while that has not come */
	assert_int_equal(rapport_peildatum_kies(&s.in, 2023, &o, &bron, &ronde), ymd(2024, 12, 31));
	assert_int_equal(bron, PEIL_EINDE_VOLGEND_JAAR);
	assert_int_equal(rapport_peildatum_kies(&s.in, 2026, &o, &bron, &ronde), ymd(2026, 12, 4));
	assert_int_equal(bron, PEIL_VANDAAG);
	o.peildatum = ymd(2025, 1, 1);
	assert_int_equal(rapport_peildatum_kies(&s.in, 2024, &o, &bron, &ronde), ymd(2025, 1, 1));
	assert_int_equal(bron, PEIL_GEGEVEN);
	arena_free(a);
}

static void
test_knelpunten(void **state)
{
	struct arena *a = arena_new();
	struct scenario s;
	struct rapport r;
	const struct rapport_knelpunten *k;

	(void)state;
	maak(a, &s, &r, false);
	k = &r.systeemleren->knelpunten;
	/* c1, c3, c4 are afgerond in 2024 (c1 on 31 December); c2 on 1 January 2025 is not */
	assert_int_equal(k->casussen, 3);
	assert_int_equal(k->met_knelpunt, 2);
	assert_int_equal(k->categorie[CATEGORIE_WET_EN_REGELGEVING], 1);   /* c1 once, though it has two */
	assert_int_equal(k->knelpunten[CATEGORIE_WET_EN_REGELGEVING], 2);
	assert_int_equal(k->categorie[CATEGORIE_OVERIG], 1);
	assert_int_equal(k->categorie[CATEGORIE_KENNIS_EN_KUNDE], 1);
	assert_int_equal(k->categorie[CATEGORIE_COMMUNICATIE], 0);         /* c2's */
	assert_int_equal(k->soort[KSOORT_LACUNE], 1);
	assert_int_equal(k->soort[KSOORT_VICIEUZE_CIRKEL], 1);
	assert_int_equal(k->soort[KSOORT_SCHAARSTE_WOONRUIMTE], 1);
	assert_int_equal(k->soort[KSOORT_TERUGVORDERING], 0);
	assert_int_equal(k->zonder_soort[CATEGORIE_WET_EN_REGELGEVING], 1);
	assert_int_equal(k->zonder_soort[CATEGORIE_KENNIS_EN_KUNDE], 1);
	assert_int_equal(k->buitenlands, 1);
	assert_int_equal(k->buitenlands_knelpunt[CATEGORIE_OVERIG], 1);
	assert_int_equal(k->buitenlands_knelpunt[CATEGORIE_KENNIS_EN_KUNDE], 0);
	/* the analysed subset: c3 and c4 (c4 on the cut-off day); c1 was discussed later */
	assert_int_equal(r.systeemleren->analyse.afgerond, 3);
	assert_int_equal(r.systeemleren->analyse.geanalyseerd, 2);
	assert_int_equal(r.systeemleren->analyse.nbuiten, 1);
	assert_string_equal(r.systeemleren->analyse.buiten[0].referentie, "PMM-2024-0001");
	assert_int_equal(r.systeemleren->analyse.later_besproken, 1);
	assert_int_equal(r.systeemleren->analyse.geanalyseerd_met_leerpunt, 1);   /* c3; c4 has none */
	assert_int_equal(r.systeemleren->analyse.leerpunten_geanalyseerd, 7);
	k = &r.systeemleren->knelpunten_geanalyseerd;
	assert_int_equal(k->casussen, 2);
	assert_int_equal(k->met_knelpunt, 1);
	assert_int_equal(k->categorie[CATEGORIE_WET_EN_REGELGEVING], 0);
	assert_int_equal(k->categorie[CATEGORIE_KENNIS_EN_KUNDE], 1);
	/* the year before: c2 is not in 2023 either */
	assert_int_equal(r.systeemleren->knelpunten_vorig.casussen, 0);
	assert_false(r.systeemleren->met_vorig);
	arena_free(a);
}

static void
test_maatwerk(void **state)
{
	struct arena *a = arena_new();
	struct scenario s;
	struct rapport r;
	const struct rapport_maatwerk *m;

	(void)state;
	maak(a, &s, &r, false);
	m = &r.systeemleren->maatwerk;
	assert_int_equal(m->casussen, 3);
	assert_int_equal(m->met_maatwerk, 1);        /* c1, with two forms */
	assert_int_equal(m->meer_vormen, 1);
	assert_int_equal(m->toepassingen, 2);
	assert_int_equal(m->vorm[MVORM_HARDHEIDSCLAUSULE], 1);
	assert_int_equal(m->vorm[MVORM_MAATWERKBUDGET], 1);
	assert_int_equal(m->vorm[MVORM_EVENREDIGHEIDSBEGINSEL], 0);
	assert_int_equal(m->door[ORGTYPE_GEMEENTE], 2);
	assert_int_equal(m->door_naam.n, 1);
	assert_string_equal(m->door_naam.rijen[0].naam, "Gemeente A");
	assert_int_equal(m->door_naam.rijen[0].aantal, 2);
	assert_int_equal(m->wet[WET_PARTICIPATIEWET], 1);
	assert_int_equal(m->wet_onbekend, 1);
	assert_int_equal(m->samenvatting[MAATWERK_HARDHEIDSCLAUSULE], 1);
	assert_int_equal(m->samenvatting[MAATWERK_GEEN], 1);
	assert_int_equal(m->samenvatting_leeg, 1);
	assert_int_equal(m->followup[FOLLOWUP_OPGELOST], 1);
	assert_int_equal(m->followup[FOLLOWUP_NIET_OPGELOST], 1);
	assert_int_equal(m->followup_open, 1);
	assert_int_equal(m->followup_maatwerk[FOLLOWUP_OPGELOST], 1);
	assert_int_equal(m->followup_maatwerk_open, 0);
	arena_free(a);
}

/* The groups of the leerpunt tables: their heading and the leerpunt ids in them. */
static const char *
groepen(struct arena *a, const struct rapport_leerpuntlijst *l)
{
	const char *s = "";

	for (size_t i = 0; i < l->ngroepen; i++) {
		const struct rapport_lp_groep *g = &l->groepen[i];

		s = arena_printf(a, "%s%s%s:", s, i ? " | " : "", rapport_sl_groepnaam(a, l, g));
		for (size_t k = 0; k < g->n; k++)
			s = arena_printf(a, "%s%s%lld", s, k ? "," : "", (long long)g->rijen[k].lp->id);
	}
	return s;
}

static const struct rapport_lp_rij *
rij_van(const struct rapport_leerpuntlijst *l, int64_t id, const char *groep, struct arena *a)
{
	for (size_t i = 0; i < l->ngroepen; i++)
		for (size_t k = 0; k < l->groepen[i].n; k++)
			if (l->groepen[i].rijen[k].lp->id == id &&
			    strcmp(rapport_sl_groepnaam(a, l, &l->groepen[i]), groep) == 0)
				return &l->groepen[i].rijen[k];
	fail_msg("leerpunt %lld not in %s", (long long)id, groep);
	return NULL;
}

static void
test_leerpunten_per_partij(void **state)
{
	struct arena *a = arena_new();
	struct scenario s;
	struct rapport r;
	const struct rapport_leerpuntlijst *l;
	const struct rapport_lp_rij *x;

	(void)state;
	maak(a, &s, &r, false);
	l = &r.systeemleren->leerpunten;
	assert_int_equal(l->peildatum, ymd(2025, 4, 30));
	/* ministries in code order (A&M under JenV, the forwarding to VRO not yet made), then agencies by name
	   (the FPL under DJI, the Maatwerkplaats under UWV), PMM, and the leerpunten belegd nowhere */
	assert_string_equal(groepen(a, l), "Ministerie van Volksgezondheid, Welzijn en Sport:101 | "
	    "Ministerie van Justitie en Veiligheid (inclusief A&M):101,102 | "
	    "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties (inclusief VRO):107 | "
	    "Ministerie van Onderwijs, Cultuur en Wetenschap:106 | DJI:102 | DUO:105 | UWV:108 | PMM:103 | "
	    "Nergens belegd:104,109");
	/* a status changed after the peildatum: the one in force then, with its note */
	x = rij_van(l, 101, "Ministerie van Justitie en Veiligheid (inclusief A&M)", a);
	assert_int_equal(x->status, OPVOLGING_IN_VERKENNING);
	assert_string_equal(x->tekst, "JenV bespreekt het met de IND");
	assert_int_equal(x->tekst_datum, ymd(2025, 3, 1));
	assert_string_equal(rapport_sl_belegd_bij(a, x), "JenV");
	/* forwarded: the path from the first party */
	x = rij_van(l, 105, "DUO", a);
	assert_int_equal(x->npad, 2);
	assert_string_equal(rapport_sl_belegd_bij(a, x), "Teruggelegd aan OCW, opvolging bij DUO");
	assert_int_equal(x->status, OPVOLGING_IN_UITVOERING);
	/* joint, with the trekker */
	x = rij_van(l, 107, "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties (inclusief VRO)", a);
	assert_string_equal(rapport_sl_belegd_bij(a, x), "BZK (trekker), samen met BuZa");
	assert_int_equal(x->npad, 1);
	/* addressed but not belegd: in the party's table, without a status */
	x = rij_van(l, 106, "Ministerie van Onderwijs, Cultuur en Wetenschap", a);
	assert_int_equal(x->status, -1);
	assert_string_equal(rapport_sl_status(a, x), "Niet belegd");
	assert_string_equal(x->tekst, "Onduidelijk of dit een systeemknelpunt is.");
	x = rij_van(l, 103, "PMM", a);
	assert_string_equal(rapport_sl_belegd_bij(a, x), "PMM (kennisdeling)");
	assert_int_equal(x->ncasussen, 1);
	assert_string_equal(x->casussen[0], "PMM-2024-0003");
	/* counting as PMM counts: a leerpunt at two ministries is one leerpunt and two beleggingen */
	assert_int_equal(l->leerpunten, 9);
	assert_int_equal(l->leerpunten_per_soort[PARTIJ_MINISTERIE], 3);     /* 101, 102, 107 */
	assert_int_equal(l->beleggingen_per_soort[PARTIJ_MINISTERIE], 4);    /* 101 twice */
	assert_int_equal(l->leerpunten_per_soort[PARTIJ_LPD], 3);            /* 102 (FPL), 105, 108 */
	assert_int_equal(l->beleggingen_per_soort[PARTIJ_LPD], 3);
	assert_int_equal(l->leerpunten_per_soort[PARTIJ_PMM], 1);
	assert_int_equal(l->leerpunten_per_soort[PARTIJ_GEMEENTE], 0);       /* 109 came after the peildatum */
	assert_int_equal(l->leerpunten_per_soort[PARTIJ_OVERIG], 0);         /* no loket counts as overig */
	assert_int_equal(l->meer_partijen, 2);
	assert_int_equal(l->nergens, 3);                                      /* 104, 106, 109 */
	assert_int_equal(l->niet_belegd, 1);
	assert_int_equal(l->gezamenlijk, 1);
	assert_int_equal(l->doorgezet, 1);
	assert_int_equal(l->al_bekend, 1);
	assert_int_equal(l->pmm_soort[PMMSOORT_KENNISDELING], 1);
	assert_int_equal(l->geen_leerpunt, 1);
	assert_int_equal(l->reden_geen_leerpunt[GEENLP_UNIEK], 1);
	/* the other figures count on the peildatum too */
	assert_int_equal(r.nu->leerpunten.status[OPVOLGING_IN_VERKENNING], 1);
	assert_int_equal(r.nu->leerpunten.status[OPVOLGING_OPGEVOLGD], 0);
	assert_int_equal(r.nu->leerpunten.totaal, 9);
	/* with the ministries apart, A&M has its own table */
	maak(a, &s, &r, true);
	assert_non_null(strstr(groepen(a, &r.systeemleren->leerpunten), "Ministerie van Asiel en Migratie:102 | "));
	assert_non_null(strstr(groepen(a, &r.systeemleren->leerpunten), "Ministerie van Justitie en Veiligheid:101 | "));
	arena_free(a);
}

static void
test_kruis(void **state)
{
	struct arena *a = arena_new();
	struct scenario s;
	struct rapport r;
	const struct rapport_kruis *k;

	(void)state;
	maak(a, &s, &r, false);
	k = &r.systeemleren->kruis;
	assert_int_equal(k->casussen, 3);
	assert_int_equal(k->lg_samen[LEEFGEBIED_FINANCIEN][LEEFGEBIED_FINANCIEN], 3);
	assert_int_equal(k->lg_alleen[LEEFGEBIED_FINANCIEN], 2);
	assert_int_equal(k->lg_met_andere[LEEFGEBIED_FINANCIEN], 1);
	assert_int_equal(k->lg_met_andere[LEEFGEBIED_WONEN], 1);
	assert_int_equal(k->lg_samen[LEEFGEBIED_FINANCIEN][LEEFGEBIED_WONEN], 1);
	assert_int_equal(k->bt_samen[BELEIDSTERREIN_VWS][BELEIDSTERREIN_JENV], 1);
	assert_int_equal(k->bt_samen[BELEIDSTERREIN_JENV][BELEIDSTERREIN_VWS], 1);
	assert_int_equal(k->bt_samen[BELEIDSTERREIN_VWS][BELEIDSTERREIN_VWS], 3);
	/* grouped as the 2024 report: c1 (JenV) and c4 (A&M) under JenV */
	assert_int_equal(k->bt_gegroepeerd[BELEIDSTERREIN_JENV], 2);
	assert_int_equal(k->bt_gegroepeerd[BELEIDSTERREIN_AENM], 0);
	assert_int_equal(k->bt_samen[BELEIDSTERREIN_AENM][BELEIDSTERREIN_AENM], 1);
	assert_int_equal(k->categorie_orde[CATEGORIE_WET_EN_REGELGEVING][2], 1);
	assert_int_equal(k->categorie_orde[CATEGORIE_SAMENWERKING][1], 8);
	assert_int_equal(k->gemeenten.n, 2);
	assert_string_equal(k->gemeenten.rijen[0].naam, "Gemeente A");
	assert_int_equal(k->gemeenten.rijen[0].aantal, 2);
	assert_string_equal(k->gemeenten.rijen[1].naam, "Gemeente B");
	arena_free(a);
}

/* The CSV and the JSON: Dutch labels, the peildatum, no internal keys in the CSV. */
static void
test_uitvoer(void **state)
{
	struct arena *a = arena_new();
	struct scenario s;
	struct rapport r;
	struct buf csv;
	json_t *j;

	(void)state;
	maak(a, &s, &r, false);
	buf_init(&csv, 0);
	assert_int_equal(rapport_csv(&csv, &r), 0);
	assert_non_null(strstr(buf_str(&csv), "\r\nCasussen met knelpunt: Wet- en regelgeving,1,0\r\n"));
	assert_non_null(strstr(buf_str(&csv), "\"Teruggelegd aan OCW, opvolging bij DUO\",In uitvoering,"
	    "DUO verkent met OCW een betalingsregeling.,2024-09-01,PMM-2024-0003\r\n"));
	assert_non_null(strstr(buf_str(&csv), "\r\nPeildatum van de opvolging,2025-04-30\r\n"));
	assert_null(strstr(buf_str(&csv), "wet_en_regelgeving"));
	assert_null(strstr(buf_str(&csv), "in_verkenning"));
	buf_free(&csv);
	j = rapport_json_systeemleren(r.systeemleren);
	assert_string_equal(json_string_value(json_object_get(j, "peildatum")), "2025-04-30");
	assert_string_equal(json_string_value(json_object_get(j, "peildatumBron")), "navraagronde");
	assert_int_equal(json_integer_value(json_object_get(json_object_get(json_object_get(j, "knelpunten"),
	    "categorie"), "wet_en_regelgeving")), 1);
	assert_int_equal(json_array_size(json_object_get(j, "leerpuntenPerPartij")), 9);
	json_decref(j);
	arena_free(a);
}

/* ---- the moved clock: a past year's report after new statuses were recorded ---- */

static const char regel[] =
    "{\"referentie\":\"PMM-2024-0042\",\"status\":\"afgerond\",\"ontvangenOp\":\"2024-03-01\","
    "\"afgerondOp\":\"2024-12-31\",\"hulpvraag\":\"Vraag\",\"resultaat\":\"Verder geholpen\","
    "\"indienerType\":\"gemeente\",\"leefgebieden\":[\"financien\"],\"beleidsterreinen\":[\"VWS\"],"
    "\"knelpunten\":[{\"categorie\":\"wet_en_regelgeving\",\"omschrijving\":\"Regels botsen\","
    "\"soorten\":[\"lacune\"]}],"
    "\"leerpunten\":[{\"id\":4201,\"omschrijving\":\"Een leerpunt\",\"categorie\":\"samenwerking\",\"orde\":2,"
    "\"beleggingen\":[{\"id\":4301,\"status\":\"in_verkenning\",\"bij\":{\"naam\":\"VWS\",\"type\":\"ministerie\",\"code\":\"VWS\"},"
    "\"historie\":[{\"datum\":\"2025-01-15\",\"status\":\"belegd\",\"notitie\":\"Belegd\"},"
    "{\"datum\":\"2025-03-01\",\"status\":\"in_verkenning\",\"notitie\":\"VWS verkent\"}]}]}]}";

static char *
rapport_tekst(struct store *st, int vandaag)
{
	struct arena *a = arena_new();
	struct rapport_invoer in;
	struct rapport r;
	struct rapport_opties o = { .peildatum = DATE_NONE, .analyse_tot = DATE_NONE, .vandaag = vandaag };
	struct buf csv;
	json_t *j, *sl;
	char *s;

	assert_int_equal(store_rapport_invoer(st, a, 2023, 2024, &in, NULL), ERR_OK);
	rapport_maak_volledig(&r, a, &in, 2024, &o);
	j = rapport_json_figuren(r.nu);
	sl = rapport_json_systeemleren(r.systeemleren);
	json_object_update(j, sl);
	json_decref(sl);
	buf_init(&csv, 0);
	assert_int_equal(rapport_csv(&csv, &r), 0);
	json_object_set_new(j, "csv", json_string(buf_str(&csv)));
	buf_free(&csv);
	s = json_dumps(j, JSON_COMPACT | JSON_PRESERVE_ORDER);
	json_decref(j);
	arena_free(a);
	return s;
}

static void
test_verschoven_klok(void **state)
{
	char path[64];
	struct store *st = fixture_store_open(path);
	struct arena *a = arena_new();
	struct casus c;
	struct err e = { 0 };
	struct opvolging_invoer nieuw = { .status = OPVOLGING_OPGEVOLGD, .reden = -1, .datum = ymd(2027, 3, 1),
		.notitie = "Opgevolgd in 2027", .bron = "navraag" };
	char *voor, *na;

	(void)state;
	assert_non_null(st);
	if (interchange_parse(a, regel, strlen(regel), &c, &e) != ERR_OK)
		fail_msg("parse: %s: %s", e.field, e.msg);
	assert_int_equal(store_begin(st), ERR_OK);
	if (store_casus_import(st, a, &c, 0, 1700000000, &e) != ERR_OK)
		fail_msg("import: %s: %s", e.field, e.msg);
	assert_int_equal(store_commit(st), ERR_OK);
	/* the report as made in January 2026, and again in 2027 after a new status was recorded */
	voor = rapport_tekst(st, ymd(2026, 1, 10));
	assert_non_null(strstr(voor, "\"peildatum\":\"2025-12-31\""));
	assert_non_null(strstr(voor, "VWS verkent"));
	assert_int_equal(store_begin(st), ERR_OK);
	assert_int_equal(store_belegging_status_add(st, 4301, &nieuw, DATE_NONE, 0, 1800000000, NULL, &e), ERR_OK);
	assert_int_equal(store_commit(st), ERR_OK);
	na = rapport_tekst(st, ymd(2027, 3, 2));
	assert_string_equal(na, voor);
	assert_null(strstr(na, "Opgevolgd in 2027"));
	free(na);
	free(voor);
	/* the status is there: a report on a later peildatum shows it */
	{
		struct arena *b = arena_new();
		struct rapport_invoer in;
		struct rapport r;
		struct rapport_opties o = { .peildatum = ymd(2027, 3, 1), .analyse_tot = DATE_NONE, .vandaag = 0 };

		assert_int_equal(store_rapport_invoer(st, b, 2024, 2024, &in, NULL), ERR_OK);
		rapport_maak_volledig(&r, b, &in, 2024, &o);
		assert_int_equal(r.nu->leerpunten.status[OPVOLGING_OPGEVOLGD], 1);
		assert_string_equal(r.systeemleren->leerpunten.groepen[0].rijen[0].tekst, "Opgevolgd in 2027");
		assert_int_equal(r.systeemleren->knelpunten.soort[KSOORT_LACUNE], 1);   /* read from the store */
		arena_free(b);
	}
	arena_free(a);
	store_close(st);
	fixture_store_remove(path);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_peildatum),
		cmocka_unit_test(test_knelpunten),
		cmocka_unit_test(test_maatwerk),
		cmocka_unit_test(test_leerpunten_per_partij),
		cmocka_unit_test(test_kruis),
		cmocka_unit_test(test_uitvoer),
		cmocka_unit_test(test_verschoven_klok),
	};

	json_set_alloc_funcs(xmalloc, free);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
