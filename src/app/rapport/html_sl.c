/* html_sl.c - the HTML report's chapters 3 to 5 as PMM publishes them: knelpunten, maatwerk, leerpunten per party, samenhang, analyse. */
#include "app/rapport/html_private.h"
#include "app/rapport/labels.h"
#include "app/rapport/sl_tekst.h"
#include "app/rapport/zinnen.h"
#include "core/rapport_systeemleren.h"

static const struct rapport_systeemleren *
sl_van(struct bouw *b)
{
	return b->r->systeemleren;
}

/* "in één op de vier casussen" style is the researchers' own; we give the share and the count. */
static void
knelpunt_tabel(struct bouw *b, json_t *h, const char *caption, const struct rapport_knelpunten *k,
    const struct rapport_knelpunten *v, bool categorie)
{
	json_t *t = html_tabel_aantallen(b, h, caption, categorie ? "Categorie" : "Soort knelpunt");
	long vk = b->v != NULL && sl_van(b)->met_vorig ? v->casussen : 0;

	for (int c = 0; c < CATEGORIE__MAX; c++) {
		if (categorie) {
			html_rij_aantallen(b, t, codes_categorie.labels[c], k->categorie[c], k->casussen, v->categorie[c], vk);
			continue;
		}
		if (c != CATEGORIE_WET_EN_REGELGEVING && c != CATEGORIE_OVERIG)
			continue;
		for (int s = 0; s < KSOORT__MAX; s++)
			if (knelpunt_soort_categorie[s] == (enum categorie)c)
				html_rij_aantallen(b, t, arena_printf(b->a, "%s: %s", codes_categorie.labels[c],
				    rapport_klein(b->a, codes_knelpunt_soort.labels[s])), k->soort[s], k->casussen, v->soort[s], vk);
		html_rij_aantallen(b, t, arena_printf(b->a, "%s: soort niet vastgelegd", codes_categorie.labels[c]),
		    k->zonder_soort[c], k->casussen, v->zonder_soort[c], vk);
	}
}

void
html_knelpunten(struct bouw *b)
{
	const struct rapport_systeemleren *sl = sl_van(b);
	json_t *h;
	const struct rapport_knelpunten *k, *v;
	const char *labels[CATEGORIE__MAX];

	if (sl == NULL)
		return;
	h = html_hoofdstuk(b, "rapport-knelpunten", "Waar lopen casussen op vast?");
	k = &sl->knelpunten;
	v = &sl->knelpunten_vorig;
	html_tekst(h, "inleiding", "Een knelpunt is waarop de professional vastliep: kennis en kunde, samenwerking, "
	    "communicatie, wet- en regelgeving, ICT of iets anders. Een casus heeft vaak meer knelpunten; hij telt bij "
	    "elke categorie die minstens één keer voorkomt, dus de aandelen tellen op tot meer dan 100%.");
	for (int c = 0; c < CATEGORIE__MAX; c++)
		html_tekst(h, "bevindingen", html_vergelijk(b, arena_printf(b->a, "van de afgeronde casussen had een "
		    "knelpunt in %s", rapport_klein(b->a, codes_categorie.labels[c])), k->categorie[c], k->casussen,
		    v->categorie[c], sl->met_vorig ? v->casussen : 0));
	html_tekst(h, "bevindingen", html_vergelijk(b, "van de afgeronde casussen had een buitenlandse component",
	    k->buitenlands, k->casussen, v->buitenlands, sl->met_vorig ? v->casussen : 0));
	if (sl->analyse.geanalyseerd > 0 && sl->analyse.geanalyseerd < sl->analyse.afgerond)
		html_tekst(h, "bevindingen", rapport_zin(b->a, arena_printf(b->a, "Van de %ld geanalyseerde casussen "
		    "(besproken in een signalenoverleg tot en met %s) hadden %ld een knelpunt in wet- en regelgeving",
		    sl->knelpunten_geanalyseerd.casussen, rapport_datum_nl(b->a, sl->analyse.tot),
		    sl->knelpunten_geanalyseerd.categorie[CATEGORIE_WET_EN_REGELGEVING])));
	for (int c = 0; c < CATEGORIE__MAX; c++)
		labels[c] = codes_categorie.labels[c];
	html_figuur(b, h, arena_printf(b->a, "Afgeronde casussen per categorie knelpunt, %d (aantal casussen)",
	    b->jaar), arena_printf(b->a, "Knelpunten van afgeronde casussen naar categorie, %d", b->jaar), labels,
	    k->categorie, b->v != NULL && sl->met_vorig ? v->categorie : NULL, CATEGORIE__MAX);
	knelpunt_tabel(b, h, "Afgeronde casussen per categorie knelpunt", k, v, true);
	knelpunt_tabel(b, h, "Soorten knelpunten binnen wet- en regelgeving en binnen overige knelpunten", k, v, false);
	if (sl->analyse.geanalyseerd > 0) {
		json_t *t = html_tabel_aantallen(b, h, arena_printf(b->a, "Geanalyseerde casussen (%ld) per categorie "
		    "knelpunt", sl->knelpunten_geanalyseerd.casussen), "Categorie");

		for (int c = 0; c < CATEGORIE__MAX; c++)
			html_rij_aantallen(b, t, codes_categorie.labels[c], sl->knelpunten_geanalyseerd.categorie[c],
			    sl->knelpunten_geanalyseerd.casussen, 0, 0);
	}
}

void
html_maatwerk(struct bouw *b)
{
	const struct rapport_systeemleren *sl = sl_van(b);
	const struct rapport_maatwerk *m, *v;
	json_t *h, *t;
	long vc;

	if (sl == NULL)
		return;
	m = &sl->maatwerk;
	v = &sl->maatwerk_vorig;
	vc = sl->met_vorig ? v->casussen : 0;
	h = html_hoofdstuk(b, "rapport-maatwerk", "Maatwerk en de uitkomst");
	html_tekst(h, "inleiding", "Maatwerk in strikte zin is afwijken van bestaande wetten en regels: een "
	    "hardheidsclausule, het evenredigheidsbeginsel, een maatwerkbudget, een coulanceregeling. Een casus kan "
	    "meer dan één toepassing hebben. Na afronding vraagt het Loket of de situatie van de inwoner is "
	    "opgelost.");
	html_tekst(h, "bevindingen", html_vergelijk(b, "van de afgeronde casussen kreeg maatwerk in strikte zin",
	    m->met_maatwerk, m->casussen, v->met_maatwerk, vc));
	if (m->meer_vormen > 0)
		html_tekst(h, "bevindingen", rapport_zin(b->a, arena_printf(b->a, "Bij %ld %s is maatwerk op meer dan "
		    "één manier toegepast", m->meer_vormen, rapport_casus_woord(m->meer_vormen))));
	html_tekst(h, "bevindingen", html_vergelijk(b, "van de afgeronde casussen is bij navraag opgelost",
	    m->followup[FOLLOWUP_OPGELOST], m->casussen, v->followup[FOLLOWUP_OPGELOST], vc));
	t = html_tabel_aantallen(b, h, "Afgeronde casussen per vorm van maatwerk", "Vorm");
	for (int i = 0; i < MVORM__MAX; i++)
		html_rij_aantallen(b, t, codes_maatwerk_vorm.labels[i], m->vorm[i], m->casussen, v->vorm[i], vc);
	t = html_tabel(h, "Toepassingen van maatwerk: door wie en op grond waarvan", "Toegepast door of op grond van");
	html_kolom(t, arena_printf(b->a, "Toepassingen %d", b->jaar), true);
	for (int i = 0; i < ORGTYPE__MAX; i++)
		if (m->door[i] > 0)
			html_cel_getal(b, html_rij(t, arena_printf(b->a, "Door: %s", rapport_klein(b->a,
			    codes_organisatie_type.labels[i]))), m->door[i]);
	for (size_t i = 0; i < m->door_naam.n; i++)
		html_cel_getal(b, html_rij(t, arena_printf(b->a, "Door %s", m->door_naam.rijen[i].naam)),
		    m->door_naam.rijen[i].aantal);
	if (m->door_onbekend > 0)
		html_cel_getal(b, html_rij(t, "Door: niet vastgelegd"), m->door_onbekend);
	for (int i = 0; i < WET__MAX; i++)
		if (m->wet[i] > 0)
			html_cel_getal(b, html_rij(t, arena_printf(b->a, "Op grond van: %s", codes_wet_regeling.labels[i])),
			    m->wet[i]);
	if (m->wet_onbekend > 0)
		html_cel_getal(b, html_rij(t, "Op grond van: niet vastgelegd"), m->wet_onbekend);
	if (m->toepassingen == 0)
		json_array_remove(json_object_get(h, "tabellen"), json_array_size(json_object_get(h, "tabellen")) - 1);
	t = html_tabel_aantallen(b, h, "Uitkomst bij navraag na afronding", "Uitkomst");
	for (int i = 0; i < FOLLOWUP__MAX; i++)
		html_rij_aantallen(b, t, codes_followup.labels[i], m->followup[i], m->casussen, v->followup[i], vc);
	html_rij_aantallen(b, t, "Nog niet nagevraagd", m->followup_open, m->casussen, v->followup_open, vc);
	t = html_tabel_aantallen(b, h, "Uitkomst bij navraag, casussen met maatwerk", "Uitkomst");
	for (int i = 0; i < FOLLOWUP__MAX; i++)
		html_rij_aantallen(b, t, codes_followup.labels[i], m->followup_maatwerk[i], m->met_maatwerk,
		    v->followup_maatwerk[i], v->met_maatwerk);
	html_rij_aantallen(b, t, "Nog niet nagevraagd", m->followup_maatwerk_open, m->met_maatwerk,
	    v->followup_maatwerk_open, v->met_maatwerk);
}

static void
groep_tabel(struct bouw *b, json_t *h, const struct rapport_leerpuntlijst *l, const struct rapport_lp_groep *g)
{
	json_t *t = html_tabel(h, arena_printf(b->a, "Leerpunten belegd bij %s, met de status van de opvolging",
	    rapport_sl_groepnaam(b->a, l, g)), "Leerpunt");

	html_kolom(t, "Categorie en orde", false);
	html_kolom(t, "Belegd bij", false);
	html_kolom(t, "Al bekend", false);
	html_kolom(t, "Status van opvolging", false);
	for (size_t k = 0; k < g->n; k++) {
		const struct rapport_lp_rij *r = &g->rijen[k];
		json_t *rij = html_rij(t, arena_printf(b->a, "%zu. %s%s", k + 1, r->lp->vraag ? "Vraag: " : "",
		    r->lp->omschrijving != NULL ? r->lp->omschrijving : "(geen omschrijving)"));
		const char *status = rapport_sl_status(b->a, r);

		html_cel(rij, arena_printf(b->a, "%s, %s orde", codes_categorie.labels[r->lp->categorie],
		    r->lp->orde == 1 ? "eerste" : r->lp->orde == 2 ? "tweede" : "derde"), false);
		html_cel(rij, rapport_sl_belegd_bij(b->a, r), false);
		html_cel(rij, r->lp->al_bekend ? (r->lp->terugkerend ? "Ja, terugkerend" : "Ja") :
		    r->lp->terugkerend ? "Terugkerend" : "Nee", false);
		html_cel(rij, r->tekst != NULL ? arena_printf(b->a, "%s. %s", status, r->tekst) : status, false);
	}
}

void
html_leerpunten_partijen(struct bouw *b)
{
	const struct rapport_systeemleren *sl = sl_van(b);
	const struct rapport_leerpuntlijst *l;
	json_t *h, *t;

	if (sl == NULL)
		return;
	l = &sl->leerpunten;
	h = html_hoofdstuk(b, "rapport-leerpunten-partijen", "Leerpunten per partij en hun opvolging");
	html_tekst(h, "inleiding", "Per ministerie, gemeente, landelijke publieke dienstverlener en bij PMM zelf de "
	    "leerpunten met hun categorie, orde, bij wie ze zijn belegd en de laatste stand van de opvolging in "
	    "woorden. Een loket telt onder de organisatie waar het bij hoort.");
	html_tekst(h, "inleiding", rapport_peil_zin(b->a, l));
	html_tekst(h, "bevindingen", rapport_zin(b->a, arena_printf(b->a, "Er zijn %ld leerpunten; %ld daarvan zijn "
	    "bij meer dan één partij belegd, zodat er %ld beleggingen bij ministeries, %ld bij gemeenten en %ld bij "
	    "landelijke publieke dienstverleners zijn", l->leerpunten, l->meer_partijen,
	    l->beleggingen_per_soort[PARTIJ_MINISTERIE], l->beleggingen_per_soort[PARTIJ_GEMEENTE],
	    l->beleggingen_per_soort[PARTIJ_LPD])));
	if (l->leerpunten > 0)
		html_tekst(h, "bevindingen", rapport_zin(b->a, arena_printf(b->a, "%ld leerpunten waren al bekend bij "
		    "de partij, %ld zijn terugkerend en %ld zijn een vraag aan de partij", l->al_bekend, l->terugkerend,
		    l->vraag)));
	t = html_tabel(h, "Leerpunten en beleggingen per soort partij", "Soort partij");
	html_kolom(t, "Leerpunten", true);
	html_kolom(t, "Beleggingen", true);
	for (int i = 0; i < PARTIJ__MAX; i++) {
		json_t *r = html_rij(t, rapport_partij_label[i]);

		html_cel_getal(b, r, l->leerpunten_per_soort[i]);
		html_cel_getal(b, r, l->beleggingen_per_soort[i]);
	}
	t = html_tabel(h, "Telling van de leerpunten", "Wat");
	html_kolom(t, "Aantal", true);
	html_cel_getal(b, html_rij(t, "Bij geen partij belegd"), l->nergens);
	html_cel_getal(b, html_rij(t, "Gericht aan een partij maar bewust niet belegd"), l->niet_belegd);
	html_cel_getal(b, html_rij(t, "Gezamenlijk belegd, met een trekker"), l->gezamenlijk);
	html_cel_getal(b, html_rij(t, "Doorgezet naar een andere partij"), l->doorgezet);
	for (int i = 1; i < PMMSOORT__MAX; i++)
		html_cel_getal(b, html_rij(t, arena_printf(b->a, "Bij PMM: %s", rapport_klein(b->a, codes_pmm_soort.labels[i]))),
		    l->pmm_soort[i]);
	html_cel_getal(b, html_rij(t, "Afgeronde casussen zonder leerpunt"), l->geen_leerpunt);
	for (int i = 0; i < GEENLP__MAX; i++)
		html_cel_getal(b, html_rij(t, arena_printf(b->a, "Geen leerpunt: %s",
		    rapport_klein(b->a, codes_reden_geen_leerpunt.labels[i]))), l->reden_geen_leerpunt[i]);
	html_cel_getal(b, html_rij(t, "Geen leerpunt: reden niet vastgelegd"), l->reden_geen_leerpunt_leeg);
	for (size_t i = 0; i < l->ngroepen; i++)
		groep_tabel(b, h, l, &l->groepen[i]);
}

void
html_samenhang(struct bouw *b)
{
	const struct rapport_systeemleren *sl = sl_van(b);
	const struct rapport_kruis *k;
	json_t *h, *t;

	if (sl == NULL)
		return;
	k = &sl->kruis;
	h = html_hoofdstuk(b, "rapport-samenhang", "Samenhang: leefgebieden, beleidsterreinen en organisaties");
	html_tekst(h, "inleiding", "Welke leefgebieden en beleidsterreinen samen voorkomen, hoe categorie en orde van "
	    "de leerpunten samenhangen, en welke organisaties het vaakst voorkomen.");
	if (k->lg_samen[LEEFGEBIED_FINANCIEN][LEEFGEBIED_FINANCIEN] > 0)
		html_tekst(h, "bevindingen", rapport_zin(b->a, arena_printf(b->a, "Van de %ld casussen die vastliepen op "
		    "financiën liepen er %ld alleen daarop vast en %ld ook op andere leefgebieden",
		    k->lg_samen[LEEFGEBIED_FINANCIEN][LEEFGEBIED_FINANCIEN], k->lg_alleen[LEEFGEBIED_FINANCIEN],
		    k->lg_met_andere[LEEFGEBIED_FINANCIEN])));
	t = html_tabel(h, "Afgeronde casussen per leefgebied: alleen dat leefgebied of samen met andere", "Leefgebied");
	html_kolom(t, "Alleen dit", true);
	html_kolom(t, "Met andere", true);
	html_kolom(t, "Totaal", true);
	for (int x = 0; x < LEEFGEBIED__MAX; x++) {
		json_t *r = html_rij(t, codes_leefgebied.labels[x]);

		html_cel_getal(b, r, k->lg_alleen[x]);
		html_cel_getal(b, r, k->lg_met_andere[x]);
		html_cel_getal(b, r, k->lg_samen[x][x]);
	}
	t = html_tabel(h, "Afgeronde casussen per beleidsterrein, A&M onder JenV en VRO onder BZK (zoals de jaarrapportage "
	    "2024)", "Beleidsterrein");
	html_kolom(t, "Casussen", true);
	for (int x = 0; x < BELEIDSTERREIN__MAX; x++)
		if (x != BELEIDSTERREIN_AENM && x != BELEIDSTERREIN_VRO)
			html_cel_getal(b, html_rij(t, x == BELEIDSTERREIN_JENV ? "JenV, inclusief A&M" : x == BELEIDSTERREIN_BZK ?
			    "BZK, inclusief VRO" : rapport_ministerie_kort[x]), k->bt_gegroepeerd[x]);
	t = html_tabel(h, "Beleidsterreinen die samen voorkomen (paren, afgeronde casussen)", "Paar");
	html_kolom(t, "Casussen", true);
	for (int x = 0; x < BELEIDSTERREIN__MAX; x++)
		for (int y = x + 1; y < BELEIDSTERREIN__MAX; y++)
			if (k->bt_samen[x][y] > 0)
				html_cel_getal(b, html_rij(t, arena_printf(b->a, "%s en %s", rapport_ministerie_kort[x],
				    rapport_ministerie_kort[y])), k->bt_samen[x][y]);
	t = html_tabel(h, "Leerpunten naar categorie en orde", "Categorie");
	for (int o = 0; o < RAPPORT_ORDE__MAX; o++)
		html_kolom(t, o == 0 ? "Eerste orde" : o == 1 ? "Tweede orde" : "Derde orde", true);
	for (int c = 0; c < CATEGORIE__MAX; c++) {
		json_t *r = html_rij(t, codes_categorie.labels[c]);

		for (int o = 0; o < RAPPORT_ORDE__MAX; o++)
			html_cel_getal(b, r, k->categorie_orde[c][o]);
	}
	t = html_tabel(h, "Organisaties bij naam (afgeronde casussen)", "Organisatie");
	html_kolom(t, "Als", false);
	html_kolom(t, "Casussen", true);
	for (size_t i = 0; i < k->gemeenten.n; i++) {
		json_t *r = html_rij(t, k->gemeenten.rijen[i].naam);

		html_cel(r, "Indienende gemeente", false);
		html_cel_getal(b, r, k->gemeenten.rijen[i].aantal);
	}
	for (size_t i = 0; i < k->betrokken.n; i++) {
		json_t *r = html_rij(t, k->betrokken.rijen[i].naam);

		html_cel(r, arena_printf(b->a, "Betrokken (%s)", rapport_klein(b->a,
		    codes_organisatie_type.labels[k->betrokken.rijen[i].type])), false);
		html_cel_getal(b, r, k->betrokken.rijen[i].aantal);
	}
}

void
html_analyse(struct bouw *b)
{
	const struct rapport_systeemleren *sl = sl_van(b);
	json_t *h, *items;

	if (sl == NULL)
		return;
	h = html_hoofdstuk(b, "rapport-analyse", "Geanalyseerde casussen en gerealiseerde systeemwijzigingen");
	html_tekst(h, "inleiding", rapport_zin(b->a, arena_printf(b->a, "De kwalitatieve analyse gaat over de "
	    "afgeronde casussen die uiterlijk %s in een signalenoverleg zijn besproken: %ld van de %ld. Voor %ld "
	    "daarvan zijn leerpunten geformuleerd, %ld in totaal", rapport_datum_nl(b->a, sl->analyse.tot),
	    sl->analyse.geanalyseerd, sl->analyse.afgerond, sl->analyse.geanalyseerd_met_leerpunt,
	    sl->analyse.leerpunten_geanalyseerd)));
	if (sl->analyse.nbuiten > 0) {
		items = json_array();
		for (size_t i = 0; i < sl->analyse.nbuiten; i++) {
			const struct rapport_casus_ref *c = &sl->analyse.buiten[i];
			const char *ref = c->referentie != NULL ? c->referentie : arena_printf(b->a, "#%lld", (long long)c->id);

			json_array_append_new(items, json_pack("{s:s,s:s}", "tekst", ref, "href",
			    b->links && c->referentie != NULL ? arena_printf(b->a, "/casussen/%s", ref) : ""));
		}
		json_array_append_new(json_object_get(h, "lijsten"), json_pack("{s:s,s:s,s:o}", "titel",
		    arena_printf(b->a, "Niet geanalyseerd (%zu)", sl->analyse.nbuiten), "uitleg", arena_printf(b->a,
		    "Afgerond in %d maar niet uiterlijk %s besproken; %ld daarvan zijn later besproken.", b->jaar,
		    rapport_datum_nl(b->a, sl->analyse.tot), sl->analyse.later_besproken), "items", items));
	}
	if (sl->nwijzigingen == 0) {
		html_tekst(h, "na", "Er zijn geen gerealiseerde systeemwijzigingen vastgelegd die bij dit jaar horen.");
		return;
	}
	items = json_array();
	for (size_t i = 0; i < sl->nwijzigingen; i++) {
		const struct systeemwijziging *w = sl->wijzigingen[i];

		json_array_append_new(items, json_pack("{s:s,s:s}", "tekst", arena_printf(b->a, "%s (%s%s%s%s)",
		    w->omschrijving, rapport_klein(b->a, codes_systeemwijziging_soort.labels[w->soort]),
		    w->gerealiseerd_op != DATE_NONE ? ", " : "", w->gerealiseerd_op != DATE_NONE ?
		    rapport_datum_nl(b->a, w->gerealiseerd_op) : "", w->door.naam != NULL ?
		    arena_printf(b->a, ", %s", w->door.naam) : ""), "href", ""));
	}
	json_array_append_new(json_object_get(h, "lijsten"), json_pack("{s:s,s:s,s:o}", "titel",
	    arena_printf(b->a, "Gerealiseerde systeemwijzigingen (%zu)", sl->nwijzigingen), "uitleg",
	    "Wat er in het systeem veranderde naar aanleiding van de leerpunten en casussen van dit jaar, of wat in dit "
	    "jaar werd gerealiseerd.", "items", items));
}
