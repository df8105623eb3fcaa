/* html_leerpunten.c - the chapters of the HTML report on leerpunten, complexiteit, datakwaliteit, verantwoording. */
#include "app/rapport/html_private.h"
#include "app/rapport/labels.h"
#include "app/rapport/zinnen.h"
#include "core/casus.h"

/* One status table row: the counts per status and the total. */
static void
rij_status(struct bouw *b, json_t *t, const char *kop, const char *soort, const long *st, long totaal)
{
	json_t *r = html_rij(t, kop);

	if (soort != NULL)
		html_cel(r, soort, false);
	for (int k = 0; k < OPVOLGING__MAX; k++)
		html_cel_getal(b, r, st[k]);
	html_cel_getal(b, r, totaal);
}

static json_t *
tabel_status(json_t *h, const char *caption, const char *kop0, bool met_soort)
{
	json_t *t = html_tabel(h, caption, kop0);

	if (met_soort)
		html_kolom(t, "Soort", false);
	for (int k = 0; k < OPVOLGING__MAX; k++)
		html_kolom(t, rapport_status_kort[k], true);
	html_kolom(t, "Totaal", true);
	return t;
}

/* The follow-up per ministerie and per other party (struct rapport_opvolging). */
static void
tabellen_opvolging(struct bouw *b, json_t *h, const struct rapport_opvolging *p)
{
	long mt[OPVOLGING__MAX] = { 0 }, mtot = 0, rijen = 0;
	json_t *t = tabel_status(h, arena_printf(b->a, "Opvolging van de leerpunten per ministerie, %d", b->jaar),
	    "Ministerie", false);

	for (int m = 0; m < BELEIDSTERREIN__MAX; m++) {
		const struct rapport_partij_opvolging *o = &p->ministeries[m];

		if (o->totaal == 0)
			continue;
		rijen++;
		rij_status(b, t, ministerie_naam[m], NULL, o->status, o->totaal);
		for (int k = 0; k < OPVOLGING__MAX; k++)
			mt[k] += o->status[k];
		mtot += o->totaal;
	}
	if (rijen == 0) {
		json_array_remove(json_object_get(h, "tabellen"), json_array_size(json_object_get(h, "tabellen")) - 1);
		html_tekst(h, "na", arena_printf(b->a, "In %d zijn geen leerpunten belegd bij een ministerie.", b->jaar));
	} else {
		rij_status(b, t, "Totaal", NULL, mt, mtot);
	}
	if (p->norganisaties == 0)
		return;
	t = tabel_status(h, arena_printf(b->a, "Opvolging van de leerpunten per organisatie (andere partijen dan "
	    "ministeries), %d", b->jaar), "Organisatie", true);
	for (size_t i = 0; i < p->norganisaties; i++) {
		const struct rapport_partij_opvolging *o = &p->organisaties[i];

		rij_status(b, t, rapport_partij_naam(o), rapport_partij_label[o->soort], o->status, o->totaal);
	}
}

/* The findings in words about the leerpunten and their beleggingen. */
static void
bevindingen_leerpunten(struct bouw *b, json_t *h, long som, long vsom)
{
	const struct rapport_figuren *f = b->f, *v = b->vw;
	const long *bel = f->leerpunten.beleggingen, *st = f->leerpunten.status, *vst = v->leerpunten.status;
	long totaal = f->leerpunten.totaal, nb = f->leerpunten.niet_belegd;
	const char *delen[PARTIJ__MAX];
	size_t ndelen = 0;
	char *s = arena_printf(b->a, "Voor %ld van de %ld afgeronde casussen zijn leerpunten geformuleerd, in "
	    "totaal %ld", f->leerpunten.casussen, b->afgerond, totaal);

	if (b->v != NULL)
		s = arena_printf(b->a, "%s (%d: %ld leerpunten bij %ld casussen)", s, b->vj, v->leerpunten.totaal,
		    v->leerpunten.casussen);
	html_tekst(h, "bevindingen", rapport_zin(b->a, s));
	if (totaal > 0 && nb == 0)
		html_tekst(h, "bevindingen", "Alle leerpunten zijn bij een of meer partijen belegd.");
	else if (totaal > 0)
		html_tekst(h, "bevindingen", rapport_zin(b->a, arena_printf(b->a, "%ld van de %ld leerpunten %s niet "
		    "belegd; PMM volgt dan of het signaal terugkomt", nb, totaal, nb == 1 ? "is" : "zijn")));
	for (int i = 0; i < PARTIJ__MAX; i++)
		if (bel[i] > 0)
			delen[ndelen++] = arena_printf(b->a, "%ld bij %s", bel[i], rapport_klein(b->a,
			    rapport_partij_label[i]));
	if (som == 0)
		return;
	html_tekst(h, "bevindingen", rapport_zin(b->a, arena_printf(b->a, "De leerpunten zijn %ld keer belegd: %s",
	    som, rapport_opsomming(b->a, delen, ndelen))));
	if (b->v != NULL && vsom == 0)
		html_tekst(h, "bevindingen", rapport_zin(b->a, arena_printf(b->a, "%ld%% (%ld van de %ld) van de "
		    "beleggingen is opgevolgd; in %d waren er geen beleggingen om mee te vergelijken",
		    rapport_procent(st[OPVOLGING_OPGEVOLGD], som), st[OPVOLGING_OPGEVOLGD], som, b->vj)));
	else
		html_tekst(h, "bevindingen", html_vergelijk(b, "van de beleggingen is opgevolgd", st[OPVOLGING_OPGEVOLGD],
		    som, vst[OPVOLGING_OPGEVOLGD], vsom));
	html_tekst(h, "bevindingen", rapport_zin(b->a, arena_printf(b->a, "Bij %ld %s loopt de opvolging nog (in "
	    "verkenning of in uitvoering), bij %ld is besloten tot geen opvolging en van %ld is de status onbekend",
	    st[OPVOLGING_IN_VERKENNING] + st[OPVOLGING_IN_UITVOERING],
	    st[OPVOLGING_IN_VERKENNING] + st[OPVOLGING_IN_UITVOERING] == 1 ? "belegging" : "beleggingen",
	    st[OPVOLGING_GEEN_OPVOLGING], st[OPVOLGING_ONBEKEND])));
}

void
html_leerpunten(struct bouw *b)
{
	json_t *h = html_hoofdstuk(b, "rapport-leerpunten", "Leerpunten en hun opvolging"), *t;
	const struct rapport_figuren *f = b->f, *v = b->vw;
	long som = 0, vsom = 0, totaal = f->leerpunten.totaal, vtotaal = v->leerpunten.totaal;

	for (int i = 0; i < PARTIJ__MAX; i++) {
		som += f->leerpunten.beleggingen[i];
		vsom += v->leerpunten.beleggingen[i];
	}
	html_tekst(h, "inleiding", "Een leerpunt is een inzicht uit een casus dat kan helpen vergelijkbare situaties "
	    "te voorkomen of sneller op te lossen. Het Loket belegt een leerpunt bij één of meer partijen; van elke "
	    "belegging volgen we de opvolging. Een leerpunt dat bij meer casussen hoort, telt één keer.");
	bevindingen_leerpunten(b, h, som, vsom);

	t = html_tabel_aantallen(b, h, "Beleggingen van leerpunten naar soort partij", "Belegd bij");
	for (int i = 0; i < PARTIJ__MAX; i++)
		html_rij_aantallen(b, t, rapport_partij_label[i], f->leerpunten.beleggingen[i], som,
		    v->leerpunten.beleggingen[i], vsom);
	if (b->r->opvolging != NULL) {
		tabellen_opvolging(b, h, b->r->opvolging);
	} else {
		t = html_tabel_aantallen(b, h, "Beleggingen bij ministeries", "Ministerie");
		for (int i = 0; i < BELEIDSTERREIN__MAX; i++)
			html_rij_aantallen(b, t, ministerie_naam[i], f->leerpunten.per_ministerie[i],
			    f->leerpunten.beleggingen[PARTIJ_MINISTERIE], v->leerpunten.per_ministerie[i],
			    v->leerpunten.beleggingen[PARTIJ_MINISTERIE]);
	}
	t = html_tabel_aantallen(b, h, "Status van de opvolging, alle beleggingen", "Status");
	for (int k = 0; k < OPVOLGING__MAX; k++)
		html_rij_aantallen(b, t, codes_opvolging_status.labels[k], f->leerpunten.status[k], som,
		    v->leerpunten.status[k], vsom);
	t = html_tabel_aantallen(b, h, "Leerpunten naar categorie", "Categorie");
	for (int i = 0; i < CATEGORIE__MAX; i++)
		html_rij_aantallen(b, t, codes_categorie.labels[i], f->leerpunten.categorie[i], totaal,
		    v->leerpunten.categorie[i], vtotaal);
	t = html_tabel_aantallen(b, h, "Leerpunten naar orde van leren", "Orde");
	for (int i = 0; i < RAPPORT_ORDE__MAX; i++)
		html_rij_aantallen(b, t, rapport_orde_label[i], f->leerpunten.orde[i], totaal, v->leerpunten.orde[i],
		    vtotaal);
}

void
html_complexiteit(struct bouw *b)
{
	json_t *h = html_hoofdstuk(b, "rapport-complexiteit", "Complexiteit"), *t;
	const struct rapport_figuren *f = b->f, *v = b->vw;
	long totaal = 0, vtotaal = 0, hoog = 0, vhoog = 0;
	const char *labels[RAPPORT_BAND__MAX];

	html_tekst(h, "inleiding", "Er bestaat geen eenduidige maat voor de complexiteit van een casus. doorbraak telt "
	    "daarom per casus een eenvoudige score die iedereen kan natellen: 1 punt voor elk leefgebied en elk "
	    "beleidsterrein na het eerste, 1 punt voor elke soort betrokken organisatie, 2 punten voor een "
	    "buitenlandse component en 1 punt per volle acht weken looptijd (hooguit 3). De score zegt iets over "
	    "hoeveel werelden in een casus samenkomen, niet over hoe zwaar de situatie voor de inwoner is.");
	for (int i = 0; i < RAPPORT_BAND__MAX; i++) {
		labels[i] = rapport_band_label(b->a, i);
		totaal += f->complexiteit.band[i];
		vtotaal += v->complexiteit.band[i];
		if (rapport_band_van[i] >= 7) {
			hoog += f->complexiteit.band[i];
			vhoog += v->complexiteit.band[i];
		}
	}
	if (totaal > 0) {
		char *m = arena_printf(b->a, "De mediaan van de complexiteitsscore is %s",
		    rapport_decimaal(b->a, f->complexiteit.mediaan));

		if (b->v != NULL && vtotaal > 0)
			m = arena_printf(b->a, "%s, tegen %s in %d", m, rapport_decimaal(b->a, v->complexiteit.mediaan),
			    b->vj);
		html_tekst(h, "bevindingen", rapport_zin(b->a, m));
		html_tekst(h, "bevindingen", html_vergelijk(b, "heeft een score van 7 of hoger", hoog, totaal, vhoog,
		    vtotaal));
	}
	html_figuur(b, h, arena_printf(b->a, "Complexiteitsscore van afgeronde casussen, %d (aantal casussen)",
	    b->jaar), arena_printf(b->a, "Verdeling van de complexiteitsscore van afgeronde casussen, %d%s", b->jaar,
	    b->v != NULL ? arena_printf(b->a, ", naast %d", b->vj) : ""), labels, f->complexiteit.band,
	    b->v != NULL ? v->complexiteit.band : NULL, RAPPORT_BAND__MAX);
	t = html_tabel_aantallen(b, h, "Complexiteitsscore van afgeronde casussen", "Score");
	for (int i = 0; i < RAPPORT_BAND__MAX; i++)
		html_rij_aantallen(b, t, labels[i], f->complexiteit.band[i], totaal, v->complexiteit.band[i], vtotaal);
}

void
html_datakwaliteit(struct bouw *b)
{
	json_t *h = html_hoofdstuk(b, "rapport-datakwaliteit", "Datakwaliteit");
	const struct rapport_kwaliteit *k = b->r->kwaliteit;
	long leeg = 0;

	html_tekst(h, "inleiding", "Cijfers uit één database spreken elkaar niet tegen, maar kunnen wel onvolledig "
	    "zijn. Hieronder staan de afgeronde casussen waarbij iets ontbreekt wat een figuur nodig heeft. Zij tellen "
	    "mee in alle andere figuren; niets wordt stilzwijgend weggelaten.");
	for (int g = 0; g < GEBREK__MAX; g++) {
		json_t *items;

		if (k->lijst[g].n == 0) {
			leeg++;
			continue;
		}
		items = json_array();
		for (size_t i = 0; i < k->lijst[g].n; i++) {
			const struct rapport_casus_ref *c = &k->lijst[g].casussen[i];
			const char *ref = c->referentie != NULL ? c->referentie : arena_printf(b->a, "#%lld",
			    (long long)c->id);
			int jr, vn;

			json_array_append_new(items, json_pack("{s:s,s:s}", "tekst", ref, "href",
			    b->links && referentie_parse(ref, &jr, &vn) ? arena_printf(b->a, "/casussen/%s", ref) : ""));
		}
		json_array_append_new(json_object_get(h, "lijsten"), json_pack("{s:s,s:s,s:o}", "titel",
		    arena_printf(b->a, "%s (%zu)", rapport_gebrek_tekst[g].titel, k->lijst[g].n), "uitleg",
		    rapport_gebrek_tekst[g].uitleg, "items", items));
	}
	if (leeg == GEBREK__MAX)
		html_tekst(h, "na", arena_printf(b->a, "Bij alle %ld afgeronde %s is vastgelegd wat de figuren nodig "
		    "hebben.", b->afgerond, rapport_casus_woord(b->afgerond)));
}

void
html_verantwoording(struct bouw *b)
{
	json_t *h = html_hoofdstuk(b, "rapport-verantwoording", "Verantwoording");

	html_tekst(h, "inleiding", arena_printf(b->a, "Alle cijfers tellen de casussen die in %d zijn afgerond (de "
	    "datum van afronding valt in %d), behalve het aantal ingediende casussen: dat telt de casussen die in %d "
	    "zijn ontvangen. Concepten die nooit zijn ingediend, tellen niet mee.", b->jaar, b->jaar, b->jaar));
	html_tekst(h, "inleiding", "De looptijd is het aantal dagen van ontvangst tot afronding. Binnen vier weken is "
	    "ten hoogste 28 dagen, binnen acht weken ten hoogste 56 dagen (inclusief de casussen binnen vier weken), "
	    "langer dan twintig weken is meer dan 140 dagen.");
	html_tekst(h, "inleiding", "De leerpunten zijn die van de afgeronde casussen. Een leerpunt dat bij meer "
	    "casussen hoort, telt één keer; een leerpunt dat bij meer partijen is belegd, telt bij elk van die "
	    "partijen. De status van de opvolging is de huidige status van elke belegging.");
	html_tekst(h, "inleiding", "Percentages zijn afgerond op hele procenten (half naar boven). Dezelfde cijfers "
	    "zijn als CSV en als Excel-bestand te downloaden.");
}
