/* web_nazorg.c - the Loket's work on a closed casus without reopening it: add a leerpunt or knelpunt, complete the registration. */
#include <stdlib.h>
#include <string.h>

#include "app/casus/aanvullen.h"
#include "app/casus/handlers.h"
#include "app/casus/web.h"
#include "core/casus_lifecycle.h"
#include "core/organisatie.h"
#include "core/perm.h"
#include "store/leerpunt/leerpunt.h"

/* The values of the posted form, to show them again after a refusal. */
static json_t *
waarden(struct request *r, const char *const *namen)
{
	json_t *w = json_object();

	for (size_t i = 0; namen[i] != NULL; i++) {
		const char *v = req_form(r, namen[i]);

		if (v != NULL)
			json_object_set_new(w, namen[i], json_string(v));
	}
	return w;
}

/* Opens the closed casus for aanvullen (audited), begins, loads it twice (as it was, and to change). */
static bool
open_en_laad(struct request *r, const char *audit, struct casus_toegang *t, struct casus *oud, struct casus *c)
{
	struct err e = { 0 };
	enum err_code rc;

	if (!cw_open(r, req_param(r, 0), CASUS_AANVULLEN, audit, t))
		return false;
	if (store_begin(r->store) != ERR_OK) {
		reply_problem(r, 503, "Tijdelijk niet beschikbaar", "De database is bezet. Probeer het opnieuw.");
		return false;
	}
	if ((rc = store_casus_load_id(r->store, r->arena, t->id, oud, &e)) != ERR_OK ||
	    (rc = store_casus_load_id(r->store, r->arena, t->id, c, &e)) != ERR_OK) {
		store_rollback(r->store);
		cw_reply_store(r, rc, &e);
		return false;
	}
	if (c->status != STATUS_AFGEROND) {   /* reopened between the check and the transaction */
		store_rollback(r->store);
		reply_problem(r, 409, "Casus is niet afgerond", "Deze casus is weer open; wijzig hem gewoon.");
		return false;
	}
	return true;
}

/* Saves, commits and goes back to the casus; on a refused value shows the page with the message. */
static void
opslaan(struct request *r, const struct casus_toegang *t, const struct casus *oud, struct casus *c,
    const char *id_bij_fout, json_t *w)
{
	struct err e = { 0 };
	struct cw_fouten f = { 0 };
	enum err_code rc;

	c->organisaties_bekend = !organisatie_nieuw_is_voorstel(&r->actor);
	rc = casus_aanvullen(r, oud, c, &e);
	if (rc == ERR_OK && store_commit(r->store) == ERR_OK) {
		json_decref(w);
		reply_redirect(r, 303, arena_printf(r->arena, "/casussen/%s?gedaan=aangevuld#na-afronding",
		    cw_pad(r, t->id, oud->referentie)));
		return;
	}
	store_rollback(r->store);
	if (rc == ERR_VALIDATION) {
		cw_fout(&f, id_bij_fout, arena_strdup(r->arena, e.msg));
		cw_detail_render(r, t, 400, &f, w);
		return;
	}
	json_decref(w);
	if (rc == ERR_OK)
		reply_problem(r, 503, "Tijdelijk niet beschikbaar", "De wijziging kon niet worden opgeslagen.");
	else
		cw_reply_store(r, rc, &e);
}

static struct organisatie_ref
organisatie_van(const struct organisatie_kort *o)
{
	struct organisatie_ref ref;

	cw_organisatie_leeg(&ref);
	ref.id = o->id;
	ref.naam = o->naam;
	ref.code = o->code;
	ref.type = o->type >= 0 ? (enum organisatie_type)o->type : ORGTYPE_OVERIG;
	return ref;
}

/* POST /casussen/{ref}/leerpunten: a leerpunt added after closure (the signalenoverleg). 303; 400; 404; 409. */
void
h_casus_leerpunt_nieuw(struct request *r)
{
	static const char *const namen[] = { "omschrijving", "categorie", "orde", "bron", "bron_referentie", "bij",
		NULL };
	struct casus_toegang t;
	struct casus oud, c;
	struct cw_fouten f = { 0 };
	struct leerpunt *lps, *l;
	const char *orde = req_form(r, "orde"), *bij = req_form(r, "bij");
	size_t nk = 0;
	const char **kenmerken;
	int cat, bron;

	if (!open_en_laad(r, "casus.aanvullen", &t, &oud, &c))
		return;
	lps = arena_alloc(r->arena, (c.nleerpunten + 1) * sizeof(*lps));
	memcpy(lps, c.leerpunten, c.nleerpunten * sizeof(*lps));
	l = &lps[c.nleerpunten];
	leerpunt_init(l);
	l->omschrijving = cw_tekst(r, &f, "omschrijving", "nlp_omschrijving", "het leerpunt", CASUS_MAX_TEKST, true);
	cat = cw_code(&codes_categorie, req_form(r, "categorie"));
	if (cat < 0)
		cw_fout(&f, "nlp_categorie", "Kies de categorie van het leerpunt.");
	l->categorie = cat >= 0 ? (enum categorie)cat : CATEGORIE_OVERIG;
	l->orde = orde != NULL && orde[0] >= '1' && orde[0] <= '3' && orde[1] == '\0' ? orde[0] - '0' : 0;
	if (l->orde == 0)
		cw_fout(&f, "nlp_orde", "Kies de orde: 1, 2 of 3.");
	kenmerken = req_form_all(r, "kenmerk", &nk);
	for (size_t i = 0; i < nk; i++) {
		l->vraag |= strcmp(kenmerken[i], "vraag") == 0;
		l->al_bekend |= strcmp(kenmerken[i], "al_bekend") == 0;
		l->terugkerend |= strcmp(kenmerken[i], "terugkerend") == 0;
	}
	bron = cw_code(&codes_leerpunt_bron, req_form(r, "bron"));
	if (bron == -2)
		cw_fout(&f, "nlp_bron", "Kies de bron uit de lijst.");
	l->bron = bron >= 0 ? (enum leerpunt_bron)bron : BRON_CASUS;
	l->bron_referentie = cw_tekst(r, &f, "bron_referentie", "nlp_bron_referentie", "de verwijzing naar de bron",
	    CASUS_MAX_KORT, false);
	l->wetten = cw_bits64(r, &f, "wet", "nlp_wetten", &codes_wet_regeling);
	if (bij != NULL && bij[0] != '\0') {   /* belegd at once, as the ambassadeursoverleg decided */
		struct organisatie_kort o;
		struct err e = { 0 };
		char *end = NULL;
		long long id = strtoll(bij, &end, 10);

		if (end == bij || *end != '\0' || id <= 0 || store_organisatie_get(r->store, r->arena, id, &o, &e) != ERR_OK)
			cw_fout(&f, "nlp_bij", "Kies de partij uit de lijst.");
		else {
			l->beleggingen = arena_alloc(r->arena, sizeof(*l->beleggingen));
			belegging_init(&l->beleggingen[0]);
			l->beleggingen[0].bij = organisatie_van(&o);
			l->beleggingen[0].bij_pmm = o.code != NULL && strcmp(o.code, "PMM") == 0;
			l->nbeleggingen = 1;
		}
	}
	c.leerpunten = lps;
	c.nleerpunten++;
	if (c.reden_geen_leerpunt >= 0)
		c.reden_geen_leerpunt = -1;   /* it has a leerpunt now */
	if (f.n > 0) {
		store_rollback(r->store);
		cw_detail_render(r, &t, 400, &f, waarden(r, namen));
		return;
	}
	opslaan(r, &t, &oud, &c, "nlp_omschrijving", waarden(r, namen));
}

/* POST /casussen/{ref}/knelpunten: a knelpunt added after closure. 303; 400; 404; 409. */
void
h_casus_knelpunt_nieuw(struct request *r)
{
	static const char *const namen[] = { "categorie", "omschrijving", NULL };
	struct casus_toegang t;
	struct casus oud, c;
	struct cw_fouten f = { 0 };
	struct knelpunt *kps, *k;
	int cat;

	if (!open_en_laad(r, "casus.aanvullen", &t, &oud, &c))
		return;
	kps = arena_alloc(r->arena, (c.nknelpunten + 1) * sizeof(*kps));
	memcpy(kps, c.knelpunten, c.nknelpunten * sizeof(*kps));
	k = &kps[c.nknelpunten];
	cat = cw_code(&codes_categorie, req_form(r, "categorie"));
	if (cat < 0)
		cw_fout(&f, "nkp_categorie", "Kies de categorie van het knelpunt.");
	k->categorie = cat >= 0 ? (enum categorie)cat : CATEGORIE_OVERIG;
	k->omschrijving = cw_tekst(r, &f, "omschrijving", "nkp_omschrijving", "het knelpunt", CASUS_MAX_TEKST, true);
	k->soorten = cw_bits64(r, &f, "soort", "nkp_soorten", &codes_knelpunt_soort);
	if (cat >= 0 && !knelpunt_soorten_passen(k->categorie, k->soorten))
		cw_fout(&f, "nkp_soorten", "Kies alleen soorten die bij de gekozen categorie horen.");
	c.knelpunten = kps;
	c.nknelpunten++;
	if (f.n > 0) {
		store_rollback(r->store);
		cw_detail_render(r, &t, 400, &f, waarden(r, namen));
		return;
	}
	opslaan(r, &t, &oud, &c, "nkp_omschrijving", waarden(r, namen));
}

/*
 * The registration of an open casus (aangemeld, in behandeling) by a regievoerder: its wetten and regelingen and
 * the buitenlandse component, as the Loket learns them during handling. Audited as casus.wijzigen (the row names
 * who and when); the looptijd is untouched. 303; 400 (an unknown wet); 404; 409 (closed meanwhile); 503.
 */
static void
registratie_open(struct request *r)
{
	struct casus_toegang t;
	struct casus c;
	struct cw_fouten f = { 0 };
	struct err e = { 0 };
	enum err_code rc;

	if (!cw_open(r, req_param(r, 0), CASUS_REGIE, "casus.wijzigen", &t))
		return;
	if (store_begin(r->store) != ERR_OK) {
		reply_problem(r, 503, "Tijdelijk niet beschikbaar", "De database is bezet. Probeer het opnieuw.");
		return;
	}
	if ((rc = store_casus_load_id(r->store, r->arena, t.id, &c, &e)) != ERR_OK) {
		store_rollback(r->store);
		cw_reply_store(r, rc, &e);
		return;
	}
	if (c.status == STATUS_AFGEROND || c.status == STATUS_CONCEPT) {   /* closed between the check and now */
		store_rollback(r->store);
		reply_problem(r, 409, "Casus is afgerond", "Deze casus is intussen afgerond; vul de registratie aan onder "
		    "‘Na afronding aanvullen’.");
		return;
	}
	c.wetten = cw_bits64(r, &f, "wet", "reg_wetten", &codes_wet_regeling);
	c.buitenlandse_component = req_form(r, "buitenlands") != NULL && strcmp(req_form(r, "buitenlands"), "ja") == 0;
	if (f.n == 0 && (rc = casus_validate(&c, app_vandaag(r), &e)) != ERR_OK)
		cw_fout(&f, "reg_wetten", arena_strdup(r->arena, e.msg));
	if (f.n > 0) {
		store_rollback(r->store);
		cw_detail_render(r, &t, 400, &f, NULL);
		return;
	}
	c.organisaties_bekend = !organisatie_nieuw_is_voorstel(&r->actor);
	if ((rc = store_casus_update(r->store, r->arena, &c, r->actor.gebruiker_id, r->now, &e)) != ERR_OK ||
	    store_commit(r->store) != ERR_OK) {
		store_rollback(r->store);
		if (rc == ERR_OK)
			reply_problem(r, 503, "Tijdelijk niet beschikbaar", "De wijziging kon niet worden opgeslagen.");
		else
			cw_reply_store(r, rc, &e);
		return;
	}
	reply_redirect(r, 303, arena_printf(r->arena, "/casussen/%s?gedaan=opgeslagen#registratie",
	    cw_pad(r, t.id, c.referentie)));
}

/* POST /casussen/{ref}/registratie: wetten, the buitenlandse component and (after closure) why no leerpunt; an
   open casus through registratie_open, a closed one recorded on the timeline. 303; 400; 404; 409. */
void
h_casus_registratie(struct request *r)
{
	static const char *const namen[] = { "reden_geen_leerpunt", NULL };
	struct casus_toegang t;
	struct casus oud, c;
	struct cw_fouten f = { 0 };
	int reden;

	if (req_param(r, 0) != NULL && store_casus_toegang(r->store, req_param(r, 0), r->actor.persoon_id, &t) == ERR_OK &&
	    t.status != STATUS_AFGEROND && t.status != STATUS_CONCEPT) {
		registratie_open(r);
		return;
	}
	if (!open_en_laad(r, "casus.aanvullen", &t, &oud, &c))
		return;
	c.wetten = cw_bits64(r, &f, "wet", "reg_wetten", &codes_wet_regeling);
	c.buitenlandse_component = req_form(r, "buitenlands") != NULL && strcmp(req_form(r, "buitenlands"), "ja") == 0;
	reden = cw_code(&codes_reden_geen_leerpunt, req_form(r, "reden_geen_leerpunt"));
	if (reden == -2)
		cw_fout(&f, "reg_reden", "Kies de reden uit de lijst.");
	if (reden >= 0 && c.nleerpunten > 0)
		cw_fout(&f, "reg_reden", "Deze casus heeft leerpunten; een reden waarom er geen leerpunt is, hoort daar niet bij.");
	c.reden_geen_leerpunt = reden >= 0 ? reden : -1;
	if (f.n > 0) {
		store_rollback(r->store);
		cw_detail_render(r, &t, 400, &f, waarden(r, namen));
		return;
	}
	opslaan(r, &t, &oud, &c, "reg_reden", waarden(r, namen));
}

/* ---- the forms on the casus page -------------------------------------------------------------- */

static const char *
waarde(json_t *w, const char *key)
{
	return json_string_value(json_object_get(w, key));
}

static json_t *
orde_opties(const char *gekozen)
{
	json_t *o = json_array();

	json_array_append_new(o, cw_optie("", "Kies de orde", gekozen == NULL));
	json_array_append_new(o, cw_optie("1", "1 – binnen de bestaande kaders (casus)", gekozen && !strcmp(gekozen, "1")));
	json_array_append_new(o, cw_optie("2", "2 – de kaders vragen aanpassing (organisatie)", gekozen &&
	    !strcmp(gekozen, "2")));
	json_array_append_new(o, cw_optie("3", "3 – het stelsel zelf, wetten (stelsel)", gekozen && !strcmp(gekozen, "3")));
	return o;
}

static json_t *
partij_opties(struct request *r, const char *gekozen)
{
	json_t *o = json_array();
	struct organisatie_kort *orgs = NULL;
	size_t n = 0;

	json_array_append_new(o, cw_optie("", "Nog niet beleggen", gekozen == NULL || gekozen[0] == '\0'));
	if (store_organisaties(r->store, r->arena, &orgs, &n, NULL) == ERR_OK)
		for (size_t i = 0; i < n; i++) {
			const char *code = arena_printf(r->arena, "%lld", (long long)orgs[i].id);

			json_array_append_new(o, cw_optie(code, orgs[i].code != NULL && strcmp(orgs[i].code, "PMM") == 0 ?
			    "PMM zelf" : orgs[i].naam, gekozen != NULL && strcmp(gekozen, code) == 0));
		}
	return o;
}

json_t *
cw_registratie_formulier(const struct cw_fouten *f, const struct casus *c)
{
	json_t *o = json_object(), *opties = json_array();

	json_object_set_new(o, "reg_wetten", cw_groep(f, "reg_wetten", "wet", "Wetten en regelingen die de casus raakt",
	    NULL, false, cw_opties_bits64(&codes_wet_regeling, c->wetten)));
	json_array_append_new(opties, cw_optie("ja", "De casus heeft een buitenlandse component (woonland, remigratie, "
	    "een instantie in het buitenland)", c->buitenlandse_component));
	json_object_set_new(o, "reg_buitenlands", cw_groep(f, "reg_buitenlands", "buitenlands", "Buitenlandse component",
	    NULL, false, opties));
	return o;
}

json_t *
cw_nazorg_formulieren(struct request *r, const struct casus *c, const struct cw_fouten *f, json_t *w)
{
	json_t *o = json_object(), *opties;

	json_object_set_new(o, "nlp_omschrijving", cw_veld(f, "nlp_omschrijving", "omschrijving", "Leerpunt",
	    "De les voor de toekomst, zoals het signalenoverleg haar aanscherpte. Geen namen of BSN.", CW_TEXTAREA,
	    waarde(w, "omschrijving"), CASUS_MAX_TEKST, true));
	json_object_set_new(o, "nlp_categorie", cw_keuze(f, "nlp_categorie", "categorie", "Categorie", NULL,
	    cw_opties(&codes_categorie, cw_code(&codes_categorie, waarde(w, "categorie")), "Kies de categorie")));
	json_object_set_new(o, "nlp_orde", cw_keuze(f, "nlp_orde", "orde", "Orde", NULL, orde_opties(waarde(w, "orde"))));
	opties = json_array();
	json_array_append_new(opties, cw_optie("vraag", "Het is een vraag aan de partij", false));
	json_array_append_new(opties, cw_optie("al_bekend", "Was al bekend bij de partij", false));
	json_array_append_new(opties, cw_optie("terugkerend", "Kwam eerder ook voor (terugkerend)", false));
	json_object_set_new(o, "nlp_kenmerken", cw_groep(f, "nlp_kenmerken", "kenmerk", "Kenmerken", NULL, false, opties));
	json_object_set_new(o, "nlp_bron", cw_keuze(f, "nlp_bron", "bron", "Bron", "Meestal deze casus; soms kwam het "
	    "signaal ook uit het LET, de Bestuurlijke Tafel of een ander loket.", cw_opties(&codes_leerpunt_bron,
		waarde(w, "bron") ? cw_code(&codes_leerpunt_bron, waarde(w, "bron")) : BRON_CASUS, NULL)));
	json_object_set_new(o, "nlp_bron_referentie", cw_veld(f, "nlp_bron_referentie", "bron_referentie",
	    "Verwijzing naar de bron", "Bijvoorbeeld ‘Bestuurlijke Tafel van 3 oktober 2024’.", CW_TEKST,
	    waarde(w, "bron_referentie"), CASUS_MAX_KORT, false));
	json_object_set_new(o, "nlp_wetten", cw_groep(f, "nlp_wetten", "wet", "Wetten en regelingen", NULL, false,
	    cw_opties_bits64(&codes_wet_regeling, 0)));
	json_object_set_new(o, "nlp_bij", cw_keuze(f, "nlp_bij", "bij", "Beleggen bij", "Waar het ambassadeursoverleg het "
	    "leerpunt belegt; dat kan ook later op de pagina van het leerpunt.", partij_opties(r, waarde(w, "bij"))));

	json_object_set_new(o, "nkp_categorie", cw_keuze(f, "nkp_categorie", "categorie", "Categorie", NULL,
	    cw_opties(&codes_categorie, -1, "Kies de categorie")));
	opties = json_array();
	for (int k = 0; k < KSOORT__MAX; k++)
		json_array_append_new(opties, cw_optie(codes_knelpunt_soort.codes[k], arena_printf(r->arena, "%s: %s",
		    codes_categorie.labels[knelpunt_soort_categorie[k]], codes_knelpunt_soort.labels[k]), false));
	json_object_set_new(o, "nkp_soorten", cw_groep(f, "nkp_soorten", "soort", "Soort knelpunt (niet verplicht)",
	    "Kies alleen soorten van de gekozen categorie.", false, opties));
	json_object_set_new(o, "nkp_omschrijving", cw_veld(f, "nkp_omschrijving", "omschrijving", "Knelpunt",
	    "Wat maakte dat de casus vastliep? Geen namen of BSN.", CW_TEXTAREA, NULL, CASUS_MAX_TEKST, true));

	json_object_set_new(o, "reg_wetten", cw_groep(f, "reg_wetten", "wet", "Wetten en regelingen die de casus raakt",
	    NULL, false, cw_opties_bits64(&codes_wet_regeling, c->wetten)));
	opties = json_array();
	json_array_append_new(opties, cw_optie("ja", "De casus heeft een buitenlandse component (woonland, remigratie, "
	    "een instantie in het buitenland)", c->buitenlandse_component));
	json_object_set_new(o, "reg_buitenlands", cw_groep(f, "reg_buitenlands", "buitenlands", "Buitenlandse component",
	    NULL, false, opties));
	if (c->nleerpunten == 0)
		json_object_set_new(o, "reg_reden", cw_keuze(f, "reg_reden", "reden_geen_leerpunt",
		    "Waarom kreeg deze casus geen leerpunt?", NULL, cw_opties(&codes_reden_geen_leerpunt,
			c->reden_geen_leerpunt, "Niet vastgelegd")));
	return o;
}
