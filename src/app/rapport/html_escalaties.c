/* html_escalaties.c - the chapter of the HTML report on LET escalaties and overbruggingen: counts, money, pockets. */
#include "app/common/bedrag.h"
#include "app/rapport/html_private.h"
#include "core/rapport_let.h"

static const char *
keer(struct bouw *b, long n)
{
	return n == 1 ? "1 keer" : arena_printf(b->a, "%ld keer", n);
}

static void
escalaties(struct bouw *b, json_t *h, const struct rapport_let_escalaties *e)
{
	json_t *t, *r;

	html_tekst(h, "bevindingen", arena_printf(b->a, "In %d is %s een escalatie naar het LET aangevraagd. Het LET kwam "
	    "%s bijeen; %s was alleen de voorzitter nodig%s.", b->jaar, keer(b, e->aangevraagd), keer(b, e->let_bijeengekomen),
	    keer(b, e->alleen_voorzitter), e->ingetrokken > 0 ? arena_printf(b->a, "; %s werd een escalatie ingetrokken",
	    keer(b, e->ingetrokken)) : ""));
	t = html_tabel(h, arena_printf(b->a, "Escalaties naar het LET in %d", b->jaar), "Escalaties");
	html_kolom(t, "Aantal", true);
	r = html_rij(t, "Aangevraagd");
	html_cel_getal(b, r, e->aangevraagd);
	r = html_rij(t, "Afgerond, het LET kwam bijeen");
	html_cel_getal(b, r, e->let_bijeengekomen);
	r = html_rij(t, "Afgerond, alleen de voorzitter");
	html_cel_getal(b, r, e->alleen_voorzitter);
	r = html_rij(t, "Ingetrokken");
	html_cel_getal(b, r, e->ingetrokken);
	r = html_rij(t, "Nog lopend aan het eind van het jaar");
	html_cel_getal(b, r, e->lopend);
	t = html_tabel(h, arena_printf(b->a, "Uitkomst van de escalaties die in %d zijn afgesloten", b->jaar), "Uitkomst");
	html_kolom(t, "Het LET kwam bijeen", true);
	html_kolom(t, "Alleen de voorzitter", true);
	for (int i = 0; i < UITKOMST__MAX; i++) {
		r = html_rij(t, codes_escalatie_uitkomst.labels[i]);
		html_cel_getal(b, r, e->uitkomst_let[i]);
		html_cel_getal(b, r, e->uitkomst_voorzitter[i]);
	}
}

static void
overbruggingen(struct bouw *b, json_t *h, const struct rapport_let_overbruggingen *o)
{
	json_t *t, *r;
	const char *mediaan = o->besloten == 0 ? "–" : o->werkdagen.halven % 2 == 0 ?
	    arena_printf(b->a, "%ld", o->werkdagen.halven / 2) : arena_printf(b->a, "%ld,5", o->werkdagen.halven / 2);

	html_tekst(h, "bevindingen", arena_printf(b->a, "In %d zijn %ld overbruggingen aangevraagd en is over %ld besloten "
	    "wie betaalt (mediaan %s werkdagen na de aanvraag). Er is %s voorgefinancierd en %s verrekend.", b->jaar,
	    o->aanvragen, o->besloten, mediaan, app_bedrag_tekst(b->a, o->voorgefinancierd),
	    app_bedrag_tekst(b->a, o->verrekend)));
	t = html_tabel(h, arena_printf(b->a, "Overbruggingen in %d", b->jaar), "Overbruggingen");
	html_kolom(t, "Aantal of bedrag", true);
	r = html_rij(t, "Aanvragen");
	html_cel_getal(b, r, o->aanvragen);
	r = html_rij(t, "Besloten");
	html_cel_getal(b, r, o->besloten);
	r = html_rij(t, "Besloten na de beslistermijn");
	html_cel_getal(b, r, o->te_laat_besloten);
	r = html_rij(t, "Ingetrokken");
	html_cel_getal(b, r, o->ingetrokken);
	r = html_rij(t, "Mediaan werkdagen tot het besluit");
	html_cel(r, mediaan, true);
	r = html_rij(t, "Totaal voorgefinancierd");
	html_cel(r, app_bedrag_tekst(b->a, o->voorgefinancierd), true);
	r = html_rij(t, "Totaal verrekend");
	html_cel(r, app_bedrag_tekst(b->a, o->verrekend), true);
	t = html_tabel(h, arena_printf(b->a, "Wie uiteindelijk betaalde (besluiten in %d), per soort organisatie", b->jaar),
	    "Soort organisatie");
	html_kolom(t, "Besluiten", true);
	for (int i = 0; i < ORGTYPE__MAX; i++)
		if (o->betaler[i] > 0) {
			r = html_rij(t, codes_organisatie_type.labels[i]);
			html_cel_getal(b, r, o->betaler[i]);
		}
	if (o->nverkeerde_zak == 0) {
		html_tekst(h, "na", "Geen organisatie financierde voor wat een andere moest betalen.");
		return;
	}
	t = html_tabel(h, arena_printf(b->a, "Kosten uit de verkeerde zak: voorgefinancierd voor een ander (%d)", b->jaar),
	    "Organisatie");
	html_kolom(t, "Voorfinancieringen", true);
	html_kolom(t, "Voorgefinancierd", true);
	html_kolom(t, "Verrekend", true);
	html_kolom(t, "Nog te verrekenen", true);
	for (size_t i = 0; i < o->nverkeerde_zak; i++) {
		const struct rapport_verkeerde_zak *z = &o->verkeerde_zak[i];

		r = html_rij(t, z->naam ? z->naam : "Onbekend");
		html_cel_getal(b, r, z->aantal);
		html_cel(r, app_bedrag_tekst(b->a, z->voorgefinancierd), true);
		html_cel(r, app_bedrag_tekst(b->a, z->verrekend), true);
		html_cel(r, app_bedrag_tekst(b->a, z->openstaand), true);
	}
}

void
html_escalaties(struct bouw *b)
{
	const struct rapport_let *l = b->r->let;
	json_t *h;

	if (l == NULL)
		return;
	h = html_hoofdstuk(b, "escalaties", "Escalaties en overbruggingen");
	html_tekst(h, "inleiding", "Als het Loket een casus niet alleen kan doorbreken, zijn er twee instrumenten: de "
	    "escalatie naar het Landelijk Escalatie Team, waar een onafhankelijk voorzitter bestuurders met mandaat aan "
	    "één tafel brengt, en de overbruggingsprocedure, die snel duidelijk maakt wie moet betalen.");
	escalaties(b, h, &l->escalaties);
	overbruggingen(b, h, &l->overbruggingen);
}
