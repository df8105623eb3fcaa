/* html_casussen.c - the chapters of the HTML report about the casussen: findings, instroom, looptijd, who and what. */
#include <string.h>

#include "app/rapport/html_private.h"
#include "app/rapport/labels.h"
#include "app/rapport/zinnen.h"

void
html_samenvatting(struct bouw *b)
{
	json_t *h = html_hoofdstuk(b, "rapport-bevindingen", "Belangrijke bevindingen");
	const struct rapport_figuren *f = b->f, *v = b->vw;
	long lt = f->looptijd.met_looptijd, vlt = v->looptijd.met_looptijd;
	long onvolledig = b->r->kwaliteit != NULL ? b->r->kwaliteit->onvolledig : 0;

	html_tekst(h, "inleiding", arena_printf(b->a, "Deze rapportage beschrijft de casussen die het Landelijk "
	    "Maatwerkloket in %d heeft afgerond%s. Alle cijfers komen uit doorbraak en zijn op dezelfde manier "
	    "geteld; de verantwoording staat aan het eind.", b->jaar,
	    b->v != NULL ? arena_printf(b->a, ", met %d ter vergelijking", b->vj) : ""));
	html_tekst(h, "bevindingen", html_instroom_zin(b));
	if (lt > 0)
		html_tekst(h, "bevindingen", html_vergelijk(b, "is binnen acht weken afgerond", f->looptijd.binnen8, lt,
		    v->looptijd.binnen8, vlt));
	if (b->afgerond > 0) {
		size_t i_lg[LEEFGEBIED__MAX], i_bt[BELEIDSTERREIN__MAX];

		html_tekst(h, "bevindingen", html_vergelijk(b, rapport_indiener_wat[INDIENER_GEMEENTE],
		    f->indieners[INDIENER_GEMEENTE], b->afgerond, v->indieners[INDIENER_GEMEENTE], v->afgerond));
		html_volgorde(f->leefgebieden, LEEFGEBIED__MAX, i_lg);
		if (f->leefgebieden[i_lg[0]] > 0)
			html_tekst(h, "bevindingen", html_vergelijk(b, arena_printf(b->a, "liep in ieder geval vast op "
			    "het leefgebied %s", rapport_klein(b->a, codes_leefgebied.labels[i_lg[0]])),
			    f->leefgebieden[i_lg[0]], b->afgerond, v->leefgebieden[i_lg[0]], v->afgerond));
		html_volgorde(f->beleidsterreinen, BELEIDSTERREIN__MAX, i_bt);
		if (f->beleidsterreinen[i_bt[0]] > 0)
			html_tekst(h, "bevindingen", html_vergelijk(b, arena_printf(b->a, "raakt aan het beleidsterrein "
			    "van %s", rapport_ministerie_kort[i_bt[0]]), f->beleidsterreinen[i_bt[0]], b->afgerond,
			    v->beleidsterreinen[i_bt[0]], v->afgerond));
	}
	if (f->leerpunten.totaal > 0)
		html_tekst(h, "bevindingen", arena_printf(b->a, "Voor %ld van de %ld afgeronde casussen zijn in totaal "
		    "%ld leerpunten geformuleerd; zij zijn %ld keer belegd bij ministeries, %ld keer bij gemeenten en "
		    "%ld keer bij landelijke publieke dienstverleners.", f->leerpunten.casussen, b->afgerond,
		    f->leerpunten.totaal, f->leerpunten.beleggingen[PARTIJ_MINISTERIE],
		    f->leerpunten.beleggingen[PARTIJ_GEMEENTE], f->leerpunten.beleggingen[PARTIJ_LPD]));
	if (onvolledig > 0)
		html_tekst(h, "bevindingen", arena_printf(b->a, "Bij %ld afgeronde %s ontbreekt iets wat een figuur "
		    "nodig heeft; het hoofdstuk Datakwaliteit noemt welke.", onvolledig, rapport_casus_woord(onvolledig)));
}

char *
html_instroom_zin(struct bouw *b)
{
	long i = b->f->ingediend;
	char *s = arena_printf(b->a, "In %d %s %ld %s ingediend en %ld %s afgerond", b->jaar,
	    i == 1 ? "is" : "zijn", i, rapport_casus_woord(i), b->afgerond, rapport_casus_woord(b->afgerond));

	if (b->v != NULL)
		s = arena_printf(b->a, "%s (%d: %ld ingediend, %ld afgerond)", s, b->vj, b->v->ingediend,
		    b->v->afgerond);
	return rapport_zin(b->a, s);
}

void
html_instroom(struct bouw *b)
{
	json_t *h = html_hoofdstuk(b, "rapport-instroom", "Instroom en afronding"), *t, *r;

	html_tekst(h, "inleiding", "We maken onderscheid tussen het aantal casussen dat professionals bij het Loket "
	    "indienden en het aantal casussen dat het Loket afrondde. Een casus die in een jaar is afgerond, kan in "
	    "een eerder jaar zijn ingediend. Alle andere cijfers in deze rapportage gaan over de afgeronde "
	    "casussen.");
	html_tekst(h, "bevindingen", html_instroom_zin(b));
	if (b->v != NULL) {
		long i = b->f->ingediend, vi = b->v->ingediend, va = b->v->afgerond;

		html_tekst(h, "bevindingen", rapport_zin(b->a, arena_printf(b->a, "Er zijn %s casussen ingediend dan in "
		    "%d en %s casussen afgerond", i > vi ? "meer" : i < vi ? "minder" : "evenveel", b->vj,
		    b->afgerond > va ? "meer" : b->afgerond < va ? "minder" : "evenveel")));
	}
	t = html_tabel(h, arena_printf(b->a, "Ingediende en afgeronde casussen%s", b->v != NULL ?
	    arena_printf(b->a, ", %d en %d", b->jaar, b->vj) : arena_printf(b->a, ", %d", b->jaar)), "Casussen");
	html_kolom(t, arena_printf(b->a, "%d", b->jaar), true);
	if (b->v != NULL)
		html_kolom(t, arena_printf(b->a, "%d", b->vj), true);
	r = html_rij(t, "Ingediend");
	html_cel_getal(b, r, b->f->ingediend);
	if (b->v != NULL)
		html_cel_getal(b, r, b->v->ingediend);
	r = html_rij(t, "Afgerond");
	html_cel_getal(b, r, b->afgerond);
	if (b->v != NULL)
		html_cel_getal(b, r, b->v->afgerond);
	html_register_geprobeerd(b, h);
}

/*
 * The escalation route starts before the Loket: was the Maatwerkregister tried first? Counted over the casussen
 * ingediend in the year, as the indiener answered at intake.
 */
void
html_register_geprobeerd(struct bouw *b, json_t *h)
{
	const long *n = b->f->register_geprobeerd, *vn = b->v != NULL ? b->v->register_geprobeerd : NULL;
	json_t *t, *r;

	html_tekst(h, "bevindingen", rapport_zin(b->a, arena_printf(b->a, "Van de %ld ingediende %s heeft de indiener "
	    "bij %ld eerst het Maatwerkregister geprobeerd; bij %ld niet, bij %ld had de indiener geen toegang tot het "
	    "register en bij %ld is het niet ingevuld", b->f->ingediend, rapport_casus_woord(b->f->ingediend),
	    n[REGPOGING_JA], n[REGPOGING_NEE], n[REGPOGING_GEEN_TOEGANG], n[REGPOGING__MAX])));
	t = html_tabel(h, arena_printf(b->a, "Eerst het Maatwerkregister geprobeerd, ingediende casussen %d", b->jaar),
	    "Maatwerkregister geprobeerd");
	html_kolom(t, arena_printf(b->a, "%d", b->jaar), true);
	if (vn != NULL)
		html_kolom(t, arena_printf(b->a, "%d", b->vj), true);
	for (int i = 0; i <= REGPOGING__MAX; i++) {
		r = html_rij(t, i < REGPOGING__MAX ? codes_register_poging.labels[i] : "Niet ingevuld");
		html_cel_getal(b, r, n[i]);
		if (vn != NULL)
			html_cel_getal(b, r, vn[i]);
	}
}

/* ", naast 2023" when compared, else "". */
static const char *
naast(struct bouw *b)
{
	return b->v != NULL ? arena_printf(b->a, ", naast %d", b->vj) : "";
}

void
html_looptijd(struct bouw *b)
{
	json_t *h = html_hoofdstuk(b, "rapport-looptijd", "Looptijd van de casussen"), *t;
	const struct rapport_figuren *f = b->f, *v = b->vw;
	long lt = f->looptijd.met_looptijd, vlt = v->looptijd.met_looptijd;

	html_tekst(h, "inleiding", "De looptijd van een casus begint bij het eerste contact met het Loket en stopt "
	    "wanneer de betrokkenheid van het Loket ophoudt. De monitoring daarna valt er niet onder.");
	html_tekst(h, "bevindingen", html_vergelijk(b, "binnen vier weken afgerond", f->looptijd.binnen4, lt,
	    v->looptijd.binnen4, vlt));
	html_tekst(h, "bevindingen", html_vergelijk(b, "binnen acht weken afgerond", f->looptijd.binnen8, lt,
	    v->looptijd.binnen8, vlt));
	html_tekst(h, "bevindingen", html_vergelijk(b, "liep langer dan twintig weken", f->looptijd.langer20, lt,
	    v->looptijd.langer20, vlt));
	if (lt > 0) {
		char *m = arena_printf(b->a, "De mediaan van de looptijd is %s dagen",
		    rapport_decimaal(b->a, f->looptijd.mediaan));

		if (b->v != NULL && vlt > 0)
			m = arena_printf(b->a, "%s, tegen %s dagen in %d", m, rapport_decimaal(b->a, v->looptijd.mediaan),
			    b->vj);
		html_tekst(h, "bevindingen", rapport_zin(b->a, m));
	}
	if (lt < b->afgerond)
		html_tekst(h, "na", arena_printf(b->a, "Van %ld afgeronde %s is de looptijd onbekend; die tellen in dit "
		    "hoofdstuk niet mee (zie Datakwaliteit).", b->afgerond - lt, rapport_casus_woord(b->afgerond - lt)));
	html_figuur(b, h, arena_printf(b->a, "Looptijd van afgeronde casussen in %d (aantal casussen)", b->jaar),
	    arena_printf(b->a, "Looptijd van afgeronde casussen in %d%s", b->jaar, naast(b)),
	    rapport_looptijd_label, f->looptijd.klasse, b->v != NULL ? v->looptijd.klasse : NULL, LOOPTIJD__MAX);
	t = html_tabel_aantallen(b, h, "Looptijd van afgeronde casussen", "Looptijd");
	for (int i = 0; i < LOOPTIJD__MAX; i++)
		html_rij_aantallen(b, t, rapport_looptijd_label[i], f->looptijd.klasse[i], lt, v->looptijd.klasse[i],
		    vlt);
}

void
html_indieners(struct bouw *b)
{
	json_t *h = html_hoofdstuk(b, "rapport-indieners", "Indieners van de casussen"), *t;
	const struct rapport_figuren *f = b->f, *v = b->vw;
	long g = f->indieners[INDIENER_GEMEENTE], ga = f->indieners_gemeente_aangesloten;
	size_t idx[INDIENER__MAX];

	html_volgorde(f->indieners, INDIENER__MAX, idx);
	html_tekst(h, "inleiding", "Wie diende de casussen in die het Loket afrondde? Naast gemeenten zijn dat "
	    "landelijke publieke dienstverleners, zorginstellingen en overige partijen, zoals andere loketten, "
	    "bewindvoerders en mentoren.");
	for (int i = 0; i < INDIENER__MAX; i++)
		if (f->indieners[idx[i]] > 0 || (b->v != NULL && v->indieners[idx[i]] > 0))
			html_tekst(h, "bevindingen", html_vergelijk(b, rapport_indiener_wat[idx[i]], f->indieners[idx[i]],
			    b->afgerond, v->indieners[idx[i]], v->afgerond));
	if (g > 0) {
		char *s = arena_printf(b->a, "Van de %ld afgeronde casussen van gemeenten kwamen er %ld (%ld%%) van een "
		    "gemeente die bij PMM was aangesloten", g, ga, rapport_procent(ga, g));

		if (b->v != NULL && v->indieners[INDIENER_GEMEENTE] > 0)
			s = arena_printf(b->a, "%s, tegen %ld%% in %d", s, rapport_procent(v->indieners_gemeente_aangesloten,
			    v->indieners[INDIENER_GEMEENTE]), b->vj);
		html_tekst(h, "bevindingen", rapport_zin(b->a, s));
	}
	html_figuur(b, h, arena_printf(b->a, "Indieners van afgeronde casussen in %d (aantal casussen)", b->jaar),
	    arena_printf(b->a, "Indieners van afgeronde casussen in %d%s", b->jaar, naast(b)),
	    codes_indiener_type.labels, f->indieners, b->v != NULL ? v->indieners : NULL, INDIENER__MAX);
	t = html_tabel_aantallen(b, h, "Indieners van afgeronde casussen", "Indiener");
	for (int i = 0; i < INDIENER__MAX; i++)
		html_rij_aantallen(b, t, codes_indiener_type.labels[i], f->indieners[i], b->afgerond, v->indieners[i],
		    v->afgerond);
	html_rij_aantallen(b, t, "waarvan een aangesloten gemeente", ga, b->afgerond, v->indieners_gemeente_aangesloten,
	    v->afgerond);
}

void
html_leefgebieden(struct bouw *b)
{
	json_t *h = html_hoofdstuk(b, "rapport-leefgebieden", "Leefgebieden van de casussen"), *t;
	const struct rapport_figuren *f = b->f, *v = b->vw;
	const long *an = f->aantal_leefgebieden, *av = v->aantal_leefgebieden;
	const char *labels[LEEFGEBIED__MAX];
	long snu[LEEFGEBIED__MAX], svorig[LEEFGEBIED__MAX];
	size_t idx[LEEFGEBIED__MAX];

	html_volgorde(f->leefgebieden, LEEFGEBIED__MAX, idx);
	html_tekst(h, "inleiding", "Per casus tellen we de leefgebieden waarop de professional vastliep en waarvoor "
	    "hij of zij het Loket inschakelde. Een casus kan op meer leefgebieden vastlopen; de aantallen tellen "
	    "daarom op tot meer dan het aantal casussen.");
	if (b->afgerond > 0) {
		html_tekst(h, "bevindingen", rapport_zin(b->a, arena_printf(b->a, "Bij %ld van de %ld casussen (%ld%%) "
		    "liep de professional vast op één leefgebied, bij %ld (%ld%%) op twee en bij %ld (%ld%%) op drie of "
		    "meer", an[AANTAL_EEN], b->afgerond, rapport_procent(an[AANTAL_EEN], b->afgerond), an[AANTAL_TWEE],
		    rapport_procent(an[AANTAL_TWEE], b->afgerond), an[AANTAL_DRIE_OF_MEER],
		    rapport_procent(an[AANTAL_DRIE_OF_MEER], b->afgerond))));
		html_tekst(h, "bevindingen", html_vergelijk(b, "liep vast op drie of meer leefgebieden",
		    an[AANTAL_DRIE_OF_MEER], b->afgerond, av[AANTAL_DRIE_OF_MEER], v->afgerond));
		for (int i = 0; i < 5 && f->leefgebieden[idx[i]] > 0; i++)
			html_tekst(h, "bevindingen", html_vergelijk(b, arena_printf(b->a, "liep vast op het leefgebied %s",
			    rapport_klein(b->a, codes_leefgebied.labels[idx[i]])), f->leefgebieden[idx[i]], b->afgerond,
			    v->leefgebieden[idx[i]], v->afgerond));
	}
	if (an[AANTAL_GEEN] > 0)
		html_tekst(h, "na", arena_printf(b->a, "Bij %ld afgeronde %s is geen leefgebied vastgelegd (zie "
		    "Datakwaliteit).", an[AANTAL_GEEN], rapport_casus_woord(an[AANTAL_GEEN])));
	for (size_t i = 0; i < LEEFGEBIED__MAX; i++) {
		labels[i] = codes_leefgebied.labels[idx[i]];
		snu[i] = f->leefgebieden[idx[i]];
		svorig[i] = v->leefgebieden[idx[i]];
	}
	html_figuur(b, h, arena_printf(b->a, "Leefgebieden waarop professionals vastliepen, %d (aantal casussen)",
	    b->jaar), arena_printf(b->a, "Leefgebieden waarop professionals bij afgeronde casussen vastliepen, %d%s",
	    b->jaar, naast(b)), labels, snu, b->v != NULL ? svorig : NULL, LEEFGEBIED__MAX);
	t = html_tabel_aantallen(b, h, "Leefgebieden waarop professionals vastliepen", "Leefgebied");
	for (size_t i = 0; i < LEEFGEBIED__MAX; i++)
		html_rij_aantallen(b, t, labels[i], snu[i], b->afgerond, svorig[i], v->afgerond);
	t = html_tabel_aantallen(b, h, "Aantal leefgebieden per casus", "Aantal leefgebieden");
	for (int i = 0; i < AANTAL__MAX; i++)
		html_rij_aantallen(b, t, rapport_aantal_label[i], an[i], b->afgerond, av[i], v->afgerond);
}

void
html_beleidsterreinen(struct bouw *b)
{
	json_t *h = html_hoofdstuk(b, "rapport-beleidsterreinen", "Beleidsterreinen waaronder de casussen vallen"), *t;
	const struct rapport_figuren *f = b->f, *v = b->vw;
	const long *nu = f->beleidsterreinen, *vorig = v->beleidsterreinen, *alleen = f->beleidsterreinen_uitsluitend;
	long snu[BELEIDSTERREIN__MAX], svorig[BELEIDSTERREIN__MAX];
	const char *labels[BELEIDSTERREIN__MAX];
	size_t idx[BELEIDSTERREIN__MAX];

	html_volgorde(nu, BELEIDSTERREIN__MAX, idx);
	html_tekst(h, "inleiding", "De problemen waarop professionals vastlopen, raken aan de beleidsterreinen van een "
	    "of meer ministeries. Asiel en Migratie (A&M) en Volkshuisvesting en Ruimtelijke Ordening (VRO) tellen "
	    "hier apart; de jaarrapportage over 2024 rekende ze nog tot JenV en BZK.");
	for (int i = 0; i < BELEIDSTERREIN__MAX && nu[idx[i]] > 0; i++) {
		char *s = html_vergelijk(b, arena_printf(b->a, "raakt aan het beleidsterrein van %s",
		    rapport_ministerie_kort[idx[i]]), nu[idx[i]], b->afgerond, vorig[idx[i]], v->afgerond);

		s[strlen(s) - 1] = '\0';   /* the full stop */
		html_tekst(h, "bevindingen", arena_printf(b->a, "%s; %ld daarvan %s uitsluitend onder dit "
		    "beleidsterrein.", s, alleen[idx[i]], alleen[idx[i]] == 1 ? "valt" : "vallen"));
	}
	for (size_t i = 0; i < BELEIDSTERREIN__MAX; i++) {
		labels[i] = rapport_ministerie_kort[idx[i]];
		snu[i] = nu[idx[i]];
		svorig[i] = vorig[idx[i]];
	}
	html_figuur(b, h, arena_printf(b->a, "Beleidsterreinen van afgeronde casussen, %d (aantal casussen)",
	    b->jaar), arena_printf(b->a, "Beleidsterreinen van ministeries waaronder de afgeronde casussen vallen, "
	    "%d%s", b->jaar, naast(b)), labels, snu, b->v != NULL ? svorig : NULL, BELEIDSTERREIN__MAX);
	t = html_tabel(h, "Beleidsterreinen waaronder de afgeronde casussen vallen", "Beleidsterrein");
	html_kolom(t, arena_printf(b->a, "Aantal %d", b->jaar), true);
	html_kolom(t, arena_printf(b->a, "Aandeel %d", b->jaar), true);
	html_kolom(t, "waarvan uitsluitend dit beleidsterrein", true);
	if (b->v != NULL) {
		html_kolom(t, arena_printf(b->a, "Aantal %d", b->vj), true);
		html_kolom(t, arena_printf(b->a, "Aandeel %d", b->vj), true);
	}
	for (size_t i = 0; i < BELEIDSTERREIN__MAX; i++) {
		json_t *r = html_rij(t, codes_beleidsterrein.labels[idx[i]]);

		html_cel_getal(b, r, nu[idx[i]]);
		html_cel_procent(b, r, nu[idx[i]], b->afgerond);
		html_cel_getal(b, r, alleen[idx[i]]);
		if (b->v != NULL) {
			html_cel_getal(b, r, vorig[idx[i]]);
			html_cel_procent(b, r, vorig[idx[i]], v->afgerond);
		}
	}
}

void
html_organisaties(struct bouw *b)
{
	json_t *h = html_hoofdstuk(b, "rapport-organisaties", "Betrokken organisaties"), *t;
	const struct rapport_figuren *f = b->f, *v = b->vw;
	size_t idx[ORGTYPE__MAX];

	html_volgorde(f->organisaties, ORGTYPE__MAX, idx);
	html_tekst(h, "inleiding", "Naast de indiener en de ministeries kunnen andere organisaties bij een casus "
	    "betrokken zijn. We tellen per soort organisatie de casussen waarbij er minstens één betrokken was.");
	for (int i = 0; i < ORGTYPE__MAX && f->organisaties[idx[i]] > 0; i++)
		html_tekst(h, "bevindingen", html_vergelijk(b, arena_printf(b->a, "met een betrokken %s",
		    rapport_klein(b->a, codes_organisatie_type.labels[idx[i]])), f->organisaties[idx[i]], b->afgerond,
		    v->organisaties[idx[i]], v->afgerond));
	t = html_tabel_aantallen(b, h, "Afgeronde casussen met een betrokken organisatie, naar soort",
	    "Soort organisatie");
	for (size_t i = 0; i < ORGTYPE__MAX; i++)
		html_rij_aantallen(b, t, codes_organisatie_type.labels[idx[i]], f->organisaties[idx[i]], b->afgerond,
		    v->organisaties[idx[i]], v->afgerond);
}

void
html_interventies(struct bouw *b)
{
	json_t *h = html_hoofdstuk(b, "rapport-interventies", "Interventies en escalaties"), *t;
	const struct rapport_figuren *f = b->f, *v = b->vw;
	long let = f->escalaties_let;
	char *s;

	html_tekst(h, "inleiding", "Het Loket zet vier soorten interventies in: vanuit zijn expertfunctie, vanuit zijn "
	    "netwerkfunctie, door informeel gezag in te brengen en, als het echt niet anders kan, door te escaleren "
	    "naar het Landelijk Escalatie Team (LET). Een casus telt bij elke soort die er minstens één keer in "
	    "voorkwam.");
	for (int i = 0; i < INTERVENTIE__MAX; i++)
		html_tekst(h, "bevindingen", html_vergelijk(b, rapport_interventie_wat[i], f->interventies[i],
		    b->afgerond, v->interventies[i], v->afgerond));
	if (let == 0)
		s = arena_printf(b->a, "Bij geen van de afgeronde casussen is geëscaleerd");
	else
		s = arena_printf(b->a, "Bij %ld afgeronde %s is geëscaleerd (een escalatie-interventie of het LET)",
		    let, rapport_casus_woord(let));
	if (b->v != NULL)
		s = arena_printf(b->a, "%s; in %d bij %ld", s, b->vj, b->v->escalaties_let);
	html_tekst(h, "bevindingen", rapport_zin(b->a, s));
	t = html_tabel_aantallen(b, h, "Afgeronde casussen per soort interventie", "Interventie");
	for (int i = 0; i < INTERVENTIE__MAX; i++)
		html_rij_aantallen(b, t, codes_interventie_type.labels[i], f->interventies[i], b->afgerond,
		    v->interventies[i], v->afgerond);
	html_rij_aantallen(b, t, "Escalatie, in welke vorm ook (interventie of LET)", let, b->afgerond,
	    v->escalaties_let, v->afgerond);
}
