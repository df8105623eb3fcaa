/* let.c - the jaarrapportage's LET escalaties and overbruggingen: read, counted by core, as JSON and as tables. */
#include "app/rapport/let.h"

#include <string.h>

#include "app/common/bedrag.h"
#include "app/rapport/labels.h"
#include "app/rapport/tabellen_private.h"
#include "store/escalatie/escalatie.h"
#include "store/overbrugging/overbrugging.h"

enum err_code
rapport_let_laden(struct store *st, struct arena *a, int jaar, struct rapport_let *out, struct err *e)
{
	struct escalatie *es = NULL;
	struct overbrugging *os = NULL;
	size_t ne = 0, no = 0;
	enum err_code rc;

	if ((rc = store_escalatie_rapport(st, a, 0, &es, &ne, e)) != ERR_OK ||
	    (rc = store_overbrugging_rapport(st, a, 0, &os, &no, e)) != ERR_OK)
		return rc;
	rapport_let_tel(out, a, es, ne, os, no, jaar);
	return ERR_OK;
}

static json_t *
per_code(const struct codelist *l, const long *v)
{
	json_t *o = json_object();

	for (int i = 0; i < l->n; i++)
		json_object_set_new(o, l->codes[i], json_integer(v[i]));
	return o;
}

static json_t *
mediaan(struct rapport_mediaan m)
{
	return m.halven % 2 == 0 ? json_integer(m.halven / 2) : json_real((double)m.halven / 2.0);
}

void
rapport_let_json(json_t *o, const struct rapport_let *l)
{
	const struct rapport_let_escalaties *e = &l->escalaties;
	const struct rapport_let_overbruggingen *b = &l->overbruggingen;
	json_t *zak = json_array();

	json_object_set_new(o, "escalaties", json_pack("{s:i,s:i,s:i,s:i,s:i,s:o,s:o}", "aangevraagd", (int)e->aangevraagd,
	    "letBijeengekomen", (int)e->let_bijeengekomen, "alleenVoorzitter", (int)e->alleen_voorzitter,
	    "ingetrokken", (int)e->ingetrokken, "lopend", (int)e->lopend,
	    "uitkomstLet", per_code(&codes_escalatie_uitkomst, e->uitkomst_let),
	    "uitkomstVoorzitter", per_code(&codes_escalatie_uitkomst, e->uitkomst_voorzitter)));
	for (size_t i = 0; i < b->nverkeerde_zak; i++) {
		const struct rapport_verkeerde_zak *z = &b->verkeerde_zak[i];

		json_array_append_new(zak, json_pack("{s:s,s:s,s:i,s:I,s:I,s:I}", "organisatie", z->naam ? z->naam : "",
		    "type", codes_organisatie_type.codes[z->type], "aantal", (int)z->aantal, "voorgefinancierdCent",
		    (json_int_t)z->voorgefinancierd, "verrekendCent", (json_int_t)z->verrekend, "openstaandCent",
		    (json_int_t)z->openstaand));
	}
	json_object_set_new(o, "overbruggingen", json_pack("{s:i,s:i,s:i,s:i,s:o,s:I,s:I,s:o,s:o}",
	    "aanvragen", (int)b->aanvragen, "besloten", (int)b->besloten, "ingetrokken", (int)b->ingetrokken,
	    "teLaatBesloten", (int)b->te_laat_besloten, "mediaanWerkdagenTotBesluit", mediaan(b->werkdagen),
	    "voorgefinancierdCent", (json_int_t)b->voorgefinancierd, "verrekendCent", (json_int_t)b->verrekend,
	    "betalerPerType", per_code(&codes_organisatie_type, b->betaler), "verkeerdeZak", zak));
}

/* ---- tables --------------------------------------------------------------------------------- */

static void
regel(struct tabellen *ts, struct rapport_tabel *t, const char *label, long getal)
{
	struct rapport_cel *c = rapport_tab_rij(ts, t);

	rapport_tab_tekst(&c[0], label);
	rapport_tab_getal(&c[1], getal);
}

static void
regel_tekst(struct tabellen *ts, struct rapport_tabel *t, const char *label, const char *tekst)
{
	struct rapport_cel *c = rapport_tab_rij(ts, t);

	rapport_tab_tekst(&c[0], label);
	rapport_tab_tekst(&c[1], tekst);
}

void
rapport_let_tabellen(struct tabellen *ts, const struct rapport_let *l)
{
	struct arena *a = ts->a;
	const char *kop[2] = { "Escalaties", arena_printf(a, "Aantal in %d", l->jaar) };
	const char *okop[2] = { "Overbruggingen", arena_printf(a, "Aantal of bedrag in %d", l->jaar) };
	static const char *const zkop[5] = { "Organisatie", "Soort", "Voorfinancieringen", "Voorgefinancierd",
		"Nog te verrekenen" };
	const struct rapport_let_escalaties *e = &l->escalaties;
	const struct rapport_let_overbruggingen *o = &l->overbruggingen;
	struct rapport_tabel *t = rapport_tab_tabel(ts, "Escalaties", kop, 2);
	struct rapport_cel *c;

	regel(ts, t, "Escalaties aangevraagd", e->aangevraagd);
	regel(ts, t, "Afgerond: het LET kwam bijeen", e->let_bijeengekomen);
	regel(ts, t, "Afgerond: alleen de voorzitter", e->alleen_voorzitter);
	regel(ts, t, "Ingetrokken", e->ingetrokken);
	regel(ts, t, "Nog lopend aan het eind van het jaar", e->lopend);
	for (int i = 0; i < UITKOMST__MAX; i++)
		regel(ts, t, arena_printf(a, "Uitkomst na het LET: %s", codes_escalatie_uitkomst.labels[i]), e->uitkomst_let[i]);
	for (int i = 0; i < UITKOMST__MAX; i++)
		regel(ts, t, arena_printf(a, "Uitkomst met alleen de voorzitter: %s", codes_escalatie_uitkomst.labels[i]),
		    e->uitkomst_voorzitter[i]);

	t = rapport_tab_tabel(ts, "Overbruggingen", okop, 2);
	regel(ts, t, "Aanvragen", o->aanvragen);
	regel(ts, t, "Besloten", o->besloten);
	regel(ts, t, "Besloten na de beslistermijn", o->te_laat_besloten);
	regel(ts, t, "Ingetrokken", o->ingetrokken);
	c = rapport_tab_rij(ts, t);
	rapport_tab_tekst(&c[0], "Mediaan werkdagen tot het besluit");
	c[1].soort = CEL_MEDIAAN;
	c[1].mediaan = o->werkdagen;
	regel_tekst(ts, t, "Totaal voorgefinancierd", app_bedrag_tekst(a, o->voorgefinancierd));
	regel_tekst(ts, t, "Totaal verrekend", app_bedrag_tekst(a, o->verrekend));
	for (int i = 0; i < ORGTYPE__MAX; i++)
		regel(ts, t, arena_printf(a, "Betaald door: %s", codes_organisatie_type.labels[i]), o->betaler[i]);

	t = rapport_tab_tabel(ts, "Verkeerde zak", zkop, 5);
	for (size_t i = 0; i < o->nverkeerde_zak; i++) {
		const struct rapport_verkeerde_zak *z = &o->verkeerde_zak[i];

		c = rapport_tab_rij(ts, t);
		rapport_tab_tekst(&c[0], z->naam ? z->naam : "");
		rapport_tab_tekst(&c[1], codes_organisatie_type.labels[z->type]);
		rapport_tab_getal(&c[2], z->aantal);
		rapport_tab_tekst(&c[3], app_bedrag_tekst(a, z->voorgefinancierd));
		rapport_tab_tekst(&c[4], app_bedrag_tekst(a, z->openstaand));
	}
}
