/* tabellen_sl.c - chapters 3 to 5 as tables with Dutch labels, for the report's CSV and XLSX. */
#include "app/rapport/tabellen_private.h"

#include "app/rapport/labels.h"
#include "app/rapport/sl_tekst.h"
#include "app/rapport/zinnen.h"

static void
knelpunt_rijen(struct tabellen *ts, struct rapport_tabel *t, const struct rapport_knelpunten *k,
    const struct rapport_knelpunten *v)
{
	rapport_tab_figuur(ts, t, "Casussen", k->casussen, v->casussen);
	rapport_tab_figuur(ts, t, "Casussen met een knelpunt", k->met_knelpunt, v->met_knelpunt);
	for (int c = 0; c < CATEGORIE__MAX; c++)
		rapport_tab_figuur(ts, t, arena_printf(ts->a, "Casussen met knelpunt: %s", codes_categorie.labels[c]),
		    k->categorie[c], v->categorie[c]);
	for (int c = 0; c < CATEGORIE__MAX; c++)
		rapport_tab_figuur(ts, t, arena_printf(ts->a, "Knelpunten: %s", codes_categorie.labels[c]),
		    k->knelpunten[c], v->knelpunten[c]);
	for (int c = 0; c < CATEGORIE__MAX; c++) {
		for (int s = 0; s < KSOORT__MAX; s++)
			if (knelpunt_soort_categorie[s] == (enum categorie)c)
				rapport_tab_figuur(ts, t, arena_printf(ts->a, "%s: %s", codes_categorie.labels[c],
				    rapport_klein(ts->a, codes_knelpunt_soort.labels[s])), k->soort[s], v->soort[s]);
		rapport_tab_figuur(ts, t, arena_printf(ts->a, "%s: soort niet vastgelegd", codes_categorie.labels[c]),
		    k->zonder_soort[c], v->zonder_soort[c]);
	}
	rapport_tab_figuur(ts, t, "Buitenlandse component", k->buitenlands, v->buitenlands);
	for (int c = 0; c < CATEGORIE__MAX; c++)
		rapport_tab_figuur(ts, t, arena_printf(ts->a, "Buitenlandse component en knelpunt: %s",
		    rapport_klein(ts->a, codes_categorie.labels[c])), k->buitenlands_knelpunt[c],
		    v->buitenlands_knelpunt[c]);
}

static void
maatwerk_rijen(struct tabellen *ts, struct rapport_tabel *t, const struct rapport_maatwerk *m,
    const struct rapport_maatwerk *v)
{
	rapport_tab_figuur(ts, t, "Afgeronde casussen", m->casussen, v->casussen);
	rapport_tab_figuur(ts, t, "Casussen met maatwerk (in strikte zin)", m->met_maatwerk, v->met_maatwerk);
	rapport_tab_figuur(ts, t, "Casussen met meer dan één toepassing", m->meer_vormen, v->meer_vormen);
	rapport_tab_figuur(ts, t, "Toepassingen van maatwerk", m->toepassingen, v->toepassingen);
	for (int i = 0; i < MVORM__MAX; i++)
		rapport_tab_figuur(ts, t, arena_printf(ts->a, "Vorm: %s", rapport_klein(ts->a, codes_maatwerk_vorm.labels[i])),
		    m->vorm[i], v->vorm[i]);
	for (int i = 0; i < ORGTYPE__MAX; i++)
		rapport_tab_figuur(ts, t, arena_printf(ts->a, "Toegepast door: %s",
		    rapport_klein(ts->a, codes_organisatie_type.labels[i])), m->door[i], v->door[i]);
	rapport_tab_figuur(ts, t, "Toegepast door: niet vastgelegd", m->door_onbekend, v->door_onbekend);
	for (int i = 0; i < WET__MAX; i++)
		rapport_tab_figuur(ts, t, arena_printf(ts->a, "Op grond van: %s", codes_wet_regeling.labels[i]), m->wet[i],
		    v->wet[i]);
	rapport_tab_figuur(ts, t, "Op grond van: niet vastgelegd", m->wet_onbekend, v->wet_onbekend);
	for (int i = 0; i < MAATWERK__MAX; i++)
		rapport_tab_figuur(ts, t, arena_printf(ts->a, "Samenvatting: %s", rapport_klein(ts->a, codes_maatwerk.labels[i])),
		    m->samenvatting[i], v->samenvatting[i]);
	rapport_tab_figuur(ts, t, "Samenvatting: niet vastgelegd", m->samenvatting_leeg, v->samenvatting_leeg);
	for (int i = 0; i < FOLLOWUP__MAX; i++)
		rapport_tab_figuur(ts, t, arena_printf(ts->a, "Uitkomst: %s", rapport_klein(ts->a, codes_followup.labels[i])),
		    m->followup[i], v->followup[i]);
	rapport_tab_figuur(ts, t, "Uitkomst: nog niet nagevraagd", m->followup_open, v->followup_open);
	for (int i = 0; i < FOLLOWUP__MAX; i++)
		rapport_tab_figuur(ts, t, arena_printf(ts->a, "Uitkomst bij maatwerk: %s",
		    rapport_klein(ts->a, codes_followup.labels[i])), m->followup_maatwerk[i], v->followup_maatwerk[i]);
	rapport_tab_figuur(ts, t, "Uitkomst bij maatwerk: nog niet nagevraagd", m->followup_maatwerk_open,
	    v->followup_maatwerk_open);
}

/* A one-year table: label, count. */
static void
telling(struct tabellen *ts, struct rapport_tabel *t, const char *label, long v)
{
	struct rapport_cel *c = rapport_tab_rij(ts, t);

	rapport_tab_tekst(&c[0], label);
	rapport_tab_getal(&c[1], v);
}

static void
tabel_analyse(struct tabellen *ts, const struct rapport_systeemleren *sl)
{
	static const char *const kop[2] = { "Analyse en peildatum", "Waarde" };
	struct rapport_tabel *t = rapport_tab_tabel(ts, "Analyse", kop, 2);
	struct rapport_cel *c;

	c = rapport_tab_rij(ts, t);
	rapport_tab_tekst(&c[0], "Peildatum van de opvolging");
	rapport_tab_tekst(&c[1], rapport_datum(ts->a, sl->leerpunten.peildatum));
	c = rapport_tab_rij(ts, t);
	rapport_tab_tekst(&c[0], "Geanalyseerd: besproken in een signalenoverleg tot en met");
	rapport_tab_tekst(&c[1], rapport_datum(ts->a, sl->analyse.tot));
	telling(ts, t, "Afgeronde casussen", sl->analyse.afgerond);
	telling(ts, t, "Geanalyseerde casussen", sl->analyse.geanalyseerd);
	telling(ts, t, "Niet geanalyseerd, later besproken", sl->analyse.later_besproken);
	telling(ts, t, "Geanalyseerde casussen met een leerpunt", sl->analyse.geanalyseerd_met_leerpunt);
	telling(ts, t, "Leerpunten van de geanalyseerde casussen", sl->analyse.leerpunten_geanalyseerd);
	for (size_t i = 0; i < sl->analyse.nbuiten; i++) {
		const struct rapport_casus_ref *ref = &sl->analyse.buiten[i];

		c = rapport_tab_rij(ts, t);
		rapport_tab_tekst(&c[0], "Niet geanalyseerd");
		rapport_tab_tekst(&c[1], ref->referentie != NULL ? ref->referentie :
		    arena_printf(ts->a, "#%lld", (long long)ref->id));
	}
}

static void
tabel_telling(struct tabellen *ts, const struct rapport_leerpuntlijst *l)
{
	static const char *const kop[2] = { "Telling leerpunten", "Aantal" };
	struct rapport_tabel *t = rapport_tab_tabel(ts, "Telling leerpunten", kop, 2);

	telling(ts, t, "Leerpunten", l->leerpunten);
	for (int i = 0; i < PARTIJ__MAX; i++)
		telling(ts, t, arena_printf(ts->a, "Leerpunten belegd bij %s", rapport_klein(ts->a, rapport_partij_label[i])),
		    l->leerpunten_per_soort[i]);
	for (int i = 0; i < PARTIJ__MAX; i++)
		telling(ts, t, arena_printf(ts->a, "Beleggingen bij %s", rapport_klein(ts->a, rapport_partij_label[i])),
		    l->beleggingen_per_soort[i]);
	telling(ts, t, "Leerpunten bij meer dan één partij belegd", l->meer_partijen);
	telling(ts, t, "Leerpunten bij geen partij belegd", l->nergens);
	telling(ts, t, "Gericht aan een partij maar bewust niet belegd", l->niet_belegd);
	telling(ts, t, "Gezamenlijke beleggingen (met trekker)", l->gezamenlijk);
	telling(ts, t, "Doorgezette beleggingen", l->doorgezet);
	telling(ts, t, "Al bekend bij de partij", l->al_bekend);
	telling(ts, t, "Terugkerend leerpunt", l->terugkerend);
	telling(ts, t, "Vraag aan de partij", l->vraag);
	for (int i = 0; i < PMMSOORT__MAX; i++)
		telling(ts, t, arena_printf(ts->a, "Bij PMM: %s", rapport_klein(ts->a, codes_pmm_soort.labels[i])),
		    l->pmm_soort[i]);
	telling(ts, t, "Afgeronde casussen zonder leerpunt", l->geen_leerpunt);
	for (int i = 0; i < GEENLP__MAX; i++)
		telling(ts, t, arena_printf(ts->a, "Geen leerpunt: %s", rapport_klein(ts->a, codes_reden_geen_leerpunt.labels[i])),
		    l->reden_geen_leerpunt[i]);
	telling(ts, t, "Geen leerpunt: reden niet vastgelegd", l->reden_geen_leerpunt_leeg);
}

static void
tabel_leerpunten(struct tabellen *ts, const struct rapport_leerpuntlijst *l)
{
	static const char *const kop[14] = { "Partij", "Soort partij", "Nr.", "Leerpunt", "Categorie", "Orde", "Vraag",
		"Al bekend", "Terugkerend", "Belegd bij", "Status op de peildatum", "Status van opvolging",
		"Datum van de status", "Casussen" };
	struct rapport_tabel *t = rapport_tab_tabel(ts, "Leerpunten per partij", kop, 14);

	for (size_t i = 0; i < l->ngroepen; i++) {
		const struct rapport_lp_groep *g = &l->groepen[i];

		for (size_t k = 0; k < g->n; k++) {
			const struct rapport_lp_rij *r = &g->rijen[k];
			struct rapport_cel *c = rapport_tab_rij(ts, t);
			const char *cs = "";

			for (size_t j = 0; j < r->ncasussen; j++)
				cs = arena_printf(ts->a, "%s%s%s", cs, j > 0 ? ", " : "", r->casussen[j]);
			rapport_tab_tekst(&c[0], rapport_sl_groepnaam(ts->a, l, g));
			rapport_tab_tekst(&c[1], g->nergens ? "Nergens belegd" : rapport_partij_label[g->soort]);
			rapport_tab_getal(&c[2], (long)k + 1);
			rapport_tab_tekst(&c[3], r->lp->omschrijving != NULL ? r->lp->omschrijving : "");
			rapport_tab_tekst(&c[4], codes_categorie.labels[r->lp->categorie]);
			rapport_tab_getal(&c[5], r->lp->orde);
			rapport_tab_tekst(&c[6], r->lp->vraag ? "ja" : "nee");
			rapport_tab_tekst(&c[7], r->lp->al_bekend ? "ja" : "nee");
			rapport_tab_tekst(&c[8], r->lp->terugkerend ? "ja" : "nee");
			rapport_tab_tekst(&c[9], rapport_sl_belegd_bij(ts->a, r));
			rapport_tab_tekst(&c[10], rapport_sl_status(ts->a, r));
			rapport_tab_tekst(&c[11], r->tekst != NULL ? r->tekst : "");
			rapport_tab_tekst(&c[12], r->tekst_datum != DATE_NONE ? rapport_datum(ts->a, r->tekst_datum) : "");
			rapport_tab_tekst(&c[13], cs);
		}
	}
}

static void
naamlijst(struct tabellen *ts, struct rapport_tabel *t, const char *wat, const struct rapport_naamlijst *l)
{
	for (size_t i = 0; i < l->n; i++) {
		struct rapport_cel *c = rapport_tab_rij(ts, t);

		rapport_tab_tekst(&c[0], wat);
		rapport_tab_tekst(&c[1], l->rijen[i].naam);
		rapport_tab_tekst(&c[2], codes_organisatie_type.labels[l->rijen[i].type]);
		rapport_tab_getal(&c[3], l->rijen[i].aantal);
	}
}

/* A square table of codes: a row per code, a column per code (the diagonal: the code itself). */
static void
kruis(struct tabellen *ts, const char *naam, const struct codelist *l, const char *const *kort, const long *v, int n)
{
	const char *kop[RAPPORT_KOLOMMEN_MAX];
	struct rapport_tabel *t;

	kop[0] = naam;
	for (int i = 0; i < n && i + 1 < RAPPORT_KOLOMMEN_MAX; i++)
		kop[i + 1] = kort != NULL ? kort[i] : l->labels[i];
	t = rapport_tab_tabel(ts, naam, kop, (size_t)n + 1);
	for (int x = 0; x < n; x++) {
		struct rapport_cel *c = rapport_tab_rij(ts, t);

		rapport_tab_tekst(&c[0], l->labels[x]);
		for (int y = 0; y < n && y + 1 < RAPPORT_KOLOMMEN_MAX; y++)
			rapport_tab_getal(&c[y + 1], v[(size_t)x * (size_t)n + (size_t)y]);
	}
}

static void
tabellen_kruis(struct tabellen *ts, const struct rapport_kruis *k)
{
	static const char *const kop_lg[4] = { "Leefgebied", "Alleen dit leefgebied", "Met andere leefgebieden",
		"Totaal" };
	static const char *const kop_co[4] = { "Categorie en orde", "Eerste orde", "Tweede orde", "Derde orde" };
	static const char *const kop_naam[4] = { "Lijst", "Organisatie", "Soort", "Casussen" };
	static const char *const kop_bt[2] = { "Beleidsterrein (A&M onder JenV, VRO onder BZK)", "Casussen" };
	struct rapport_tabel *t = rapport_tab_tabel(ts, "Leefgebieden samen", kop_lg, 4);

	for (int x = 0; x < LEEFGEBIED__MAX; x++) {
		struct rapport_cel *c = rapport_tab_rij(ts, t);

		rapport_tab_tekst(&c[0], codes_leefgebied.labels[x]);
		rapport_tab_getal(&c[1], k->lg_alleen[x]);
		rapport_tab_getal(&c[2], k->lg_met_andere[x]);
		rapport_tab_getal(&c[3], k->lg_samen[x][x]);
	}
	t = rapport_tab_tabel(ts, "Beleidsterreinen gegroepeerd", kop_bt, 2);
	for (int x = 0; x < BELEIDSTERREIN__MAX; x++)
		if (x != BELEIDSTERREIN_AENM && x != BELEIDSTERREIN_VRO)
			telling(ts, t, x == BELEIDSTERREIN_JENV ? "Justitie en Veiligheid, inclusief Asiel en Migratie" :
			    x == BELEIDSTERREIN_BZK ? "Binnenlandse Zaken en Koninkrijksrelaties, inclusief Volkshuisvesting" :
			    codes_beleidsterrein.labels[x], k->bt_gegroepeerd[x]);
	kruis(ts, "Leefgebieden per paar", &codes_leefgebied, NULL, &k->lg_samen[0][0], LEEFGEBIED__MAX);
	kruis(ts, "Beleidsterreinen per paar", &codes_beleidsterrein, rapport_ministerie_kort, &k->bt_samen[0][0],
	    BELEIDSTERREIN__MAX);
	t = rapport_tab_tabel(ts, "Categorie en orde", kop_co, 4);
	for (int x = 0; x < CATEGORIE__MAX; x++) {
		struct rapport_cel *c = rapport_tab_rij(ts, t);

		rapport_tab_tekst(&c[0], codes_categorie.labels[x]);
		for (int o = 0; o < RAPPORT_ORDE__MAX; o++)
			rapport_tab_getal(&c[o + 1], k->categorie_orde[x][o]);
	}
	t = rapport_tab_tabel(ts, "Organisaties bij naam", kop_naam, 4);
	naamlijst(ts, t, "Indienende gemeente", &k->gemeenten);
	naamlijst(ts, t, "Andere indienende organisatie", &k->indieners_overig);
	naamlijst(ts, t, "Betrokken organisatie", &k->betrokken);
}

static void
tabel_wijzigingen(struct tabellen *ts, const struct rapport_systeemleren *sl)
{
	static const char *const kop[6] = { "Systeemwijziging", "Soort", "Gerealiseerd op", "Door", "Bron", "Casussen" };
	struct rapport_tabel *t = rapport_tab_tabel(ts, "Systeemwijzigingen", kop, 6);

	for (size_t i = 0; i < sl->nwijzigingen; i++) {
		const struct systeemwijziging *w = sl->wijzigingen[i];
		struct rapport_cel *c = rapport_tab_rij(ts, t);
		const char *cs = "";

		for (size_t j = 0; j < w->ncasussen; j++)
			cs = arena_printf(ts->a, "%s%s%s", cs, j > 0 ? ", " : "", w->casussen[j]);
		rapport_tab_tekst(&c[0], w->omschrijving);
		rapport_tab_tekst(&c[1], codes_systeemwijziging_soort.labels[w->soort]);
		rapport_tab_tekst(&c[2], w->gerealiseerd_op != DATE_NONE ? rapport_datum(ts->a, w->gerealiseerd_op) : "");
		rapport_tab_tekst(&c[3], w->door.naam != NULL ? w->door.naam : "");
		rapport_tab_tekst(&c[4], w->bron != NULL ? w->bron : "");
		rapport_tab_tekst(&c[5], cs);
	}
}

void
rapport_tabellen_systeemleren(struct tabellen *ts, const struct rapport_systeemleren *sl)
{
	static const char *const kop_door[3] = { "Maatwerk per organisatie", "Soort", "Toepassingen" };
	static const char *const kop_ga[2] = { "Knelpunten, geanalyseerde casussen", "Aantal" };
	struct rapport_tabel *t;

	tabel_analyse(ts, sl);
	t = rapport_tab_figuren(ts, "Knelpunten");
	knelpunt_rijen(ts, t, &sl->knelpunten, &sl->knelpunten_vorig);
	t = rapport_tab_tabel(ts, "Knelpunten geanalyseerd", kop_ga, 2);
	knelpunt_rijen(ts, t, &sl->knelpunten_geanalyseerd, &sl->knelpunten_geanalyseerd);
	t = rapport_tab_figuren(ts, "Maatwerk");
	maatwerk_rijen(ts, t, &sl->maatwerk, &sl->maatwerk_vorig);
	t = rapport_tab_tabel(ts, "Maatwerk per organisatie", kop_door, 3);
	for (size_t i = 0; i < sl->maatwerk.door_naam.n; i++) {
		struct rapport_cel *c = rapport_tab_rij(ts, t);

		rapport_tab_tekst(&c[0], sl->maatwerk.door_naam.rijen[i].naam);
		rapport_tab_tekst(&c[1], codes_organisatie_type.labels[sl->maatwerk.door_naam.rijen[i].type]);
		rapport_tab_getal(&c[2], sl->maatwerk.door_naam.rijen[i].aantal);
	}
	tabel_leerpunten(ts, &sl->leerpunten);
	tabel_telling(ts, &sl->leerpunten);
	tabellen_kruis(ts, &sl->kruis);
	tabel_wijzigingen(ts, sl);
}
