/* professionaliseren.c - the jaarrapportage's part on professionaliseren: the figures of the year and the one before
   (counted in core/evenement.c), as JSON, as the table Professionaliseren and as a chapter of the HTML report. */
#include "app/rapport/professionaliseren.h"

#include "app/rapport/html_private.h"
#include "app/rapport/tabellen_private.h"
#include "store/evenement/evenement.h"

enum err_code
rapport_prof_laden(struct store *st, struct arena *a, int jaar, const struct evenement_cijfers **out, struct err *e)
{
	struct evenement_cijfers *c = arena_alloc(a, 2 * sizeof(*c));

	if (store_evenement_cijfers(st, jaar, &c[0], e) != ERR_OK || store_evenement_cijfers(st, jaar - 1, &c[1], e) !=
	    ERR_OK)
		return e->code;
	*out = c;
	return ERR_OK;
}

const char *const rapport_prof_label[RAPPORT_PROF_RIJEN] = {
	"Evenementen", "Netwerkbijeenkomsten", "Thematische workshops", "Masterclasses",
	"Bestuurlijke Tafels Casuïstiek", "Overige evenementen", "Uitnodigingen", "Aanmeldingen",
	"Deelnemers (aanwezig)", "Organisaties bereikt", "Casussen besproken", "Leerpunten besproken",
	"Leerpunten met een evenement als bron",
};
const char *const rapport_prof_pad[RAPPORT_PROF_RIJEN] = {
	"evenementen", "perSoort.netwerkbijeenkomst", "perSoort.workshop", "perSoort.masterclass",
	"perSoort.bestuurlijke_tafel", "perSoort.overig", "uitgenodigd", "aangemeld", "deelnemers",
	"organisatiesBereikt", "casussenBesproken", "leerpuntenBesproken", "leerpuntenUitEvenement",
};
_Static_assert(EVSOORT__MAX == 5, "the rows above name the five kinds of event");

long
rapport_prof_waarde(const struct evenement_cijfers *c, int i)
{
	if (i == 0)
		return c->evenementen;
	if (i >= 1 && i <= EVSOORT__MAX)
		return c->per_soort[i - 1];
	switch (i - EVSOORT__MAX - 1) {
	case 0: return c->uitgenodigd;
	case 1: return c->aangemeld;
	case 2: return c->deelnemers;
	case 3: return c->organisaties_bereikt;
	case 4: return c->casussen_besproken;
	case 5: return c->leerpunten_besproken;
	case 6: return c->leerpunten_uit_evenement;
	default: return 0;
	}
}

void
rapport_prof_json(json_t *o, const struct evenement_cijfers *c)
{
	json_t *p = json_object(), *soort = json_object();

	for (int i = 0; i < EVSOORT__MAX; i++)
		json_object_set_new(soort, codes_evenement_soort.codes[i], json_integer(c->per_soort[i]));
	json_object_set_new(p, "evenementen", json_integer(c->evenementen));
	json_object_set_new(p, "perSoort", soort);
	for (int i = EVSOORT__MAX + 1; i < RAPPORT_PROF_RIJEN; i++)
		json_object_set_new(p, rapport_prof_pad[i], json_integer(rapport_prof_waarde(c, i)));
	json_object_set_new(o, "professionaliseren", p);
}

void
rapport_prof_tabellen(struct tabellen *ts, const struct evenement_cijfers *c)
{
	struct rapport_tabel *t = rapport_tab_figuren(ts, "Professionaliseren");

	for (int i = 0; i < RAPPORT_PROF_RIJEN; i++)
		rapport_tab_figuur(ts, t, rapport_prof_label[i], rapport_prof_waarde(&c[0], i), rapport_prof_waarde(&c[1], i));
}

void
html_professionaliseren(struct bouw *b)
{
	const struct evenement_cijfers *c = b->r->professionaliseren;
	json_t *h, *t, *r;

	if (c == NULL)
		return;
	h = html_hoofdstuk(b, "professionaliseren", "Professionaliseren");
	html_tekst(h, "inleiding", "PMM brengt maatwerkprofessionals bij elkaar in drie tot vier netwerkbijeenkomsten per "
	    "jaar, in thematische workshops en in de masterclass ‘ruimte in wet- en regelgeving’; aan de Bestuurlijke "
	    "Tafel Casuïstiek bespreken wethouders casussen en leerpunten. De uitnodigingen komen uit het "
	    "Maatwerkregister.");
	html_tekst(h, "bevindingen", arena_printf(b->a, "In %d %s er %ld %s: %ld netwerkbijeenkomst%s, %ld workshop%s, "
	    "%ld masterclass%s en %ld Bestuurlijke Tafel%s. Er waren %ld deelnemers uit %ld organisaties; %ld casussen "
	    "en %ld leerpunten werden besproken.", b->jaar, c->evenementen == 1 ? "was" : "waren", c->evenementen,
	    c->evenementen == 1 ? "evenement" : "evenementen", c->per_soort[EVSOORT_NETWERKBIJEENKOMST],
	    c->per_soort[EVSOORT_NETWERKBIJEENKOMST] == 1 ? "" : "en", c->per_soort[EVSOORT_WORKSHOP],
	    c->per_soort[EVSOORT_WORKSHOP] == 1 ? "" : "s", c->per_soort[EVSOORT_MASTERCLASS],
	    c->per_soort[EVSOORT_MASTERCLASS] == 1 ? "" : "es", c->per_soort[EVSOORT_BESTUURLIJKE_TAFEL],
	    c->per_soort[EVSOORT_BESTUURLIJKE_TAFEL] == 1 ? "" : "s", c->deelnemers, c->organisaties_bereikt,
	    c->casussen_besproken, c->leerpunten_besproken));
	t = html_tabel(h, arena_printf(b->a, "Professionaliseren, %d en %d", b->jaar, b->jaar - 1), "Professionaliseren");
	html_kolom(t, arena_printf(b->a, "%d", b->jaar), true);
	html_kolom(t, arena_printf(b->a, "%d", b->jaar - 1), true);
	for (int i = 0; i < RAPPORT_PROF_RIJEN; i++) {
		r = html_rij(t, rapport_prof_label[i]);
		html_cel_getal(b, r, rapport_prof_waarde(&c[0], i));
		html_cel_getal(b, r, rapport_prof_waarde(&c[1], i));
	}
}
