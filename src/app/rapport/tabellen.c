/* tabellen.c - the jaarrapportage as tables of labelled rows, the common ground of its CSV and XLSX. */
#include "app/rapport/tabellen_private.h"

#include <string.h>

#include "app/rapport/labels.h"
#include "app/rapport/let.h"
#include "app/rapport/netwerk.h"
#include "app/rapport/zinnen.h"

struct rapport_tabel *
rapport_tab_tabel(struct tabellen *ts, const char *naam, const char *const *kop, size_t nkop)
{
	struct rapport_tabel *t;

	if (ts->n == ts->cap) {
		struct rapport_tabel *nieuw;

		ts->cap = ts->cap ? 2 * ts->cap : 16;
		nieuw = arena_alloc(ts->a, ts->cap * sizeof *nieuw);
		if (ts->n > 0)
			memcpy(nieuw, ts->t, ts->n * sizeof *nieuw);
		ts->t = nieuw;
	}
	t = &ts->t[ts->n++];
	memset(t, 0, sizeof *t);
	t->naam = naam;
	for (size_t i = 0; i < nkop && i < RAPPORT_KOLOMMEN_MAX; i++)
		t->kop[t->nkop++] = kop[i];
	return t;
}

/* A new row of empty cells. */
struct rapport_cel *
rapport_tab_rij(struct tabellen *ts, struct rapport_tabel *t)
{
	if (t->nrijen == t->cap) {
		struct rapport_cel *nieuw;

		t->cap = t->cap ? 2 * t->cap : 16;
		nieuw = arena_alloc(ts->a, t->cap * t->nkop * sizeof *nieuw);
		if (t->nrijen > 0)
			memcpy(nieuw, t->cellen, t->nrijen * t->nkop * sizeof *nieuw);
		t->cellen = nieuw;
	}
	return &t->cellen[t->nrijen++ * t->nkop];
}

void
rapport_tab_tekst(struct rapport_cel *c, const char *s)
{
	c->soort = CEL_TEKST;
	c->tekst = s;
}

void
rapport_tab_getal(struct rapport_cel *c, long v)
{
	c->soort = CEL_GETAL;
	c->getal = v;
}

/* A figure table: "<naam>,<jaar>[,<jaar-1>]". */
struct rapport_tabel *
rapport_tab_figuren(struct tabellen *ts, const char *naam)
{
	const char *kop[3] = { naam, arena_printf(ts->a, "%d", ts->r->jaar), arena_printf(ts->a, "%d", ts->r->jaar - 1) };

	return rapport_tab_tabel(ts, naam, kop, ts->r->vorig != NULL ? 3 : 2);
}

/* One figure: its label, this year's count and (in a table with the year before) last year's. */
void
rapport_tab_figuur(struct tabellen *ts, struct rapport_tabel *t, const char *label, long nu, long vorig)
{
	struct rapport_cel *c = rapport_tab_rij(ts, t);

	rapport_tab_tekst(&c[0], label);
	rapport_tab_getal(&c[1], nu);
	if (t->nkop > 2)
		rapport_tab_getal(&c[2], vorig);
}

static void
figuur_mediaan(struct tabellen *ts, struct rapport_tabel *t, const char *label, struct rapport_mediaan nu,
    struct rapport_mediaan vorig)
{
	struct rapport_cel *c = rapport_tab_rij(ts, t);

	rapport_tab_tekst(&c[0], label);
	c[1].soort = CEL_MEDIAAN;
	c[1].mediaan = nu;
	if (t->nkop > 2) {
		c[2].soort = CEL_MEDIAAN;
		c[2].mediaan = vorig;
	}
}

/* A row per code of a classification, labelled with the code's label and achtervoegsel. */
static void
per_code(struct tabellen *ts, struct rapport_tabel *t, const struct codelist *l, const char *achtervoegsel,
    const long *nu, const long *vorig)
{
	for (int i = 0; i < l->n; i++)
		rapport_tab_figuur(ts, t, arena_printf(ts->a, "%s%s", l->labels[i], achtervoegsel), nu[i], vorig[i]);
}

static void
tabellen_casussen(struct tabellen *ts, const struct rapport_figuren *f, const struct rapport_figuren *v)
{
	struct rapport_tabel *t = rapport_tab_figuren(ts, "Overzicht");

	rapport_tab_figuur(ts, t, "Ingediend", f->ingediend, v->ingediend);
	rapport_tab_figuur(ts, t, "Afgerond", f->afgerond, v->afgerond);

	t = rapport_tab_figuren(ts, "Maatwerkregister");   /* of those ingediend: the register tried first? */
	per_code(ts, t, &codes_register_poging, "", f->register_geprobeerd, v->register_geprobeerd);
	rapport_tab_figuur(ts, t, "Niet ingevuld", f->register_geprobeerd[REGPOGING__MAX],
	    v->register_geprobeerd[REGPOGING__MAX]);

	t = rapport_tab_figuren(ts, "Looptijd");
	for (int i = 0; i < LOOPTIJD__MAX; i++)
		rapport_tab_figuur(ts, t, rapport_looptijd_label[i], f->looptijd.klasse[i], v->looptijd.klasse[i]);
	rapport_tab_figuur(ts, t, "Binnen 4 weken", f->looptijd.binnen4, v->looptijd.binnen4);
	rapport_tab_figuur(ts, t, "Binnen 8 weken", f->looptijd.binnen8, v->looptijd.binnen8);
	rapport_tab_figuur(ts, t, "Langer dan 20 weken", f->looptijd.langer20, v->looptijd.langer20);
	figuur_mediaan(ts, t, "Mediaan (dagen)", f->looptijd.mediaan, v->looptijd.mediaan);

	t = rapport_tab_figuren(ts, "Indieners");
	per_code(ts, t, &codes_indiener_type, "", f->indieners, v->indieners);
	rapport_tab_figuur(ts, t, "Gemeente, aangesloten bij PMM", f->indieners_gemeente_aangesloten,
	    v->indieners_gemeente_aangesloten);

	t = rapport_tab_figuren(ts, "Leefgebieden");
	per_code(ts, t, &codes_leefgebied, "", f->leefgebieden, v->leefgebieden);
	for (int i = 0; i < AANTAL__MAX; i++)
		rapport_tab_figuur(ts, t, rapport_aantal_label[i], f->aantal_leefgebieden[i], v->aantal_leefgebieden[i]);

	t = rapport_tab_figuren(ts, "Beleidsterreinen");
	per_code(ts, t, &codes_beleidsterrein, "", f->beleidsterreinen, v->beleidsterreinen);
	per_code(ts, t, &codes_beleidsterrein, ", uitsluitend", f->beleidsterreinen_uitsluitend,
	    v->beleidsterreinen_uitsluitend);

	t = rapport_tab_figuren(ts, "Organisaties");
	per_code(ts, t, &codes_organisatie_type, "", f->organisaties, v->organisaties);

	t = rapport_tab_figuren(ts, "Interventies");
	per_code(ts, t, &codes_interventie_type, "", f->interventies, v->interventies);
	rapport_tab_figuur(ts, t, "Escalatie (interventie of LET)", f->escalaties_let, v->escalaties_let);
}

static void
tabel_leerpunten(struct tabellen *ts, const struct rapport_figuren *f, const struct rapport_figuren *v)
{
	struct rapport_tabel *t = rapport_tab_figuren(ts, "Leerpunten");

	rapport_tab_figuur(ts, t, "Casussen met leerpunten", f->leerpunten.casussen, v->leerpunten.casussen);
	rapport_tab_figuur(ts, t, "Leerpunten", f->leerpunten.totaal, v->leerpunten.totaal);
	rapport_tab_figuur(ts, t, "Niet belegd", f->leerpunten.niet_belegd, v->leerpunten.niet_belegd);
	for (int i = 0; i < PARTIJ__MAX; i++)
		rapport_tab_figuur(ts, t, arena_printf(ts->a, "Beleggingen: %s", rapport_klein(ts->a, rapport_partij_label[i])),
		    f->leerpunten.beleggingen[i], v->leerpunten.beleggingen[i]);
	for (int i = 0; i < BELEIDSTERREIN__MAX; i++)
		rapport_tab_figuur(ts, t, arena_printf(ts->a, "Beleggingen: %s", ministerie_naam[i]), f->leerpunten.per_ministerie[i],
		    v->leerpunten.per_ministerie[i]);
	per_code(ts, t, &codes_categorie, " (categorie)", f->leerpunten.categorie, v->leerpunten.categorie);
	for (int i = 0; i < RAPPORT_ORDE__MAX; i++)
		rapport_tab_figuur(ts, t, rapport_orde_label[i], f->leerpunten.orde[i], v->leerpunten.orde[i]);
	per_code(ts, t, &codes_opvolging_status, " (status)", f->leerpunten.status, v->leerpunten.status);
}

static void
rij_opvolging(struct tabellen *ts, struct rapport_tabel *t, const char *naam,
    const struct rapport_partij_opvolging *p)
{
	struct rapport_cel *c = rapport_tab_rij(ts, t);

	rapport_tab_tekst(&c[0], naam);
	rapport_tab_tekst(&c[1], rapport_partij_label[p->soort]);
	for (int k = 0; k < OPVOLGING__MAX; k++)
		rapport_tab_getal(&c[2 + k], p->status[k]);
	rapport_tab_getal(&c[2 + OPVOLGING__MAX], p->totaal);
}

static void
tabel_opvolging(struct tabellen *ts, const struct rapport_opvolging *o)
{
	const char *kop[3 + OPVOLGING__MAX];
	struct rapport_tabel *t;

	kop[0] = "Opvolging";
	kop[1] = "Soort";
	for (int k = 0; k < OPVOLGING__MAX; k++)
		kop[2 + k] = rapport_status_kort[k];
	kop[2 + OPVOLGING__MAX] = "Totaal";
	t = rapport_tab_tabel(ts, "Opvolging", kop, 3 + OPVOLGING__MAX);
	for (int m = 0; m < BELEIDSTERREIN__MAX; m++)
		rij_opvolging(ts, t, ministerie_naam[m], &o->ministeries[m]);
	for (size_t i = 0; i < o->norganisaties; i++)
		rij_opvolging(ts, t, rapport_partij_naam(&o->organisaties[i]), &o->organisaties[i]);
}

static void
tabel_complexiteit(struct tabellen *ts, const struct rapport_figuren *f, const struct rapport_figuren *v)
{
	struct rapport_tabel *t = rapport_tab_figuren(ts, "Complexiteit");

	for (int b = 0; b < RAPPORT_BAND__MAX; b++)
		rapport_tab_figuur(ts, t, arena_printf(ts->a, "Score %s", rapport_band_label(ts->a, b)), f->complexiteit.band[b],
		    v->complexiteit.band[b]);
	figuur_mediaan(ts, t, "Mediaan", f->complexiteit.mediaan, v->complexiteit.mediaan);
}

static void
tabel_kwaliteit(struct tabellen *ts, const struct rapport_kwaliteit *k)
{
	static const char *const kop[2] = { "Datakwaliteit", "Referentie" };
	struct rapport_tabel *t = rapport_tab_tabel(ts, "Datakwaliteit", kop, 2);

	for (int g = 0; g < GEBREK__MAX; g++)
		for (size_t i = 0; i < k->lijst[g].n; i++) {
			const struct rapport_casus_ref *ref = &k->lijst[g].casussen[i];
			struct rapport_cel *c = rapport_tab_rij(ts, t);

			rapport_tab_tekst(&c[0], rapport_gebrek_tekst[g].titel);
			rapport_tab_tekst(&c[1], ref->referentie != NULL ? ref->referentie :
			    arena_printf(ts->a, "#%lld", (long long)ref->id));
		}
}

size_t
rapport_tabellen(struct arena *a, const struct rapport *r, struct rapport_tabel **out)
{
	static const struct rapport_figuren leeg;
	struct tabellen ts = { .a = a, .r = r };
	const struct rapport_figuren *v = r->vorig != NULL ? r->vorig : &leeg;

	tabellen_casussen(&ts, r->nu, v);
	tabel_leerpunten(&ts, r->nu, v);
	if (r->opvolging != NULL)
		tabel_opvolging(&ts, r->opvolging);
	tabel_complexiteit(&ts, r->nu, v);
	if (r->systeemleren != NULL)
		rapport_tabellen_systeemleren(&ts, r->systeemleren);
	if (r->let != NULL)
		rapport_let_tabellen(&ts, r->let);
	if (r->netwerk != NULL)
		rapport_netwerk_tabellen(&ts, r->netwerk);
	if (r->professionaliseren != NULL)
		rapport_prof_tabellen(&ts, r->professionaliseren);
	if (r->kwaliteit != NULL)
		tabel_kwaliteit(&ts, r->kwaliteit);
	*out = ts.t;
	return ts.n;
}
