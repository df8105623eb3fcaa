/* web_detail.c - the casus page: summary, content, timeline and participants, and for a regievoerder the
   forms for regie (assign, release, timeline entry, invitation, closing, reopening, follow-up). */
#include <string.h>

#include "app/casus/gelijkend.h"
#include "app/casus/web.h"
#include "app/casus/handlers.h"
#include "app/escalatie/handlers.h"
#include "app/register/register.h"
#include "core/leerpunt.h"
#include "core/perm.h"
#include "lib/date.h"
#include "store/leerpunt/leerpunt.h"

static const char *
waarde(json_t *waarden, const char *key)
{
	return json_string_value(json_object_get(waarden, key));
}

static const char *
status_label(const char *code)
{
	int i = code ? codelist_find(&codes_casus_status, code) : -1;

	return i >= 0 ? codes_casus_status.labels[i] : code;
}

static json_t *
flash(struct request *r, const struct casus *c)
{
	static const struct {
		const char *code, *tekst;
	} m[] = {
		{ "ingediend", "De casus is ingediend bij het Landelijk Maatwerkloket. Een regievoerder neemt contact op met "
		    "de indiener." },
		{ "concept", "Het concept is opgeslagen. Alleen u ziet het; dien het in zodra het compleet is." },
		{ "opgeslagen", "De wijzigingen zijn opgeslagen." },
		{ "toegewezen", "De casus is toegewezen." },
		{ "vrijgegeven", "De casus is vrijgegeven en staat weer als aangemeld in de werkvoorraad." },
		{ "activiteit", "Het item is aan de tijdlijn toegevoegd." },
		{ "deelnemer", "De deelnemer is uitgenodigd en kan de casus nu inzien." },
		{ "deelnemer_verwijderd", "De deelnemer is verwijderd en kan de casus niet meer inzien. Dit staat in de "
		    "tijdlijn." },
		{ "afgerond", "De casus is afgerond." },
		{ "heropend", "De casus is heropend en staat weer in behandeling. Dit staat in de tijdlijn." },
		{ "followup", "Het antwoord op de follow-up is vastgelegd." },
		{ "aangevuld", "De afgeronde casus is aangevuld; de looptijd is niet veranderd. Dit staat in de tijdlijn." },
		{ "bijdrage", "Uw bijdrage staat in de tijdlijn. De regievoerder ziet hem." },
	};
	const char *g = req_query(r, "gedaan");

	for (size_t i = 0; g != NULL && i < sizeof(m) / sizeof(m[0]); i++)
		if (strcmp(g, m[i].code) == 0) {
			const char *t = m[i].tekst;
			if (strcmp(g, "afgerond") == 0 && c->followup_op != DATE_NONE)
				t = arena_printf(r->arena, "De casus is afgerond. De follow-up staat gepland op %s.",
				    app_datum_tekst(r, c->followup_op));
			return json_pack("{s:s,s:s}", "type", "ok", "tekst", t);
		}
	return NULL;
}

static const char *
deelnemer_rol(const char *rol)
{
	if (rol != NULL && strcmp(rol, "ambassadeur") == 0)
		return "Ambassadeur";
	return rol != NULL && strcmp(rol, "let_voorzitter") == 0 ? "Voorzitter LET" : "Maatwerkprofessional";
}

static json_t *
persoon_json(const struct persoon_ref *p)
{
	if (p->naam == NULL)
		return json_null();
	return json_pack("{s:s,s:s?,s:s?}", "naam", p->naam, "email", p->email, "organisatie", p->organisatie.naam);
}

static json_t *
tijdlijn(struct request *r, const struct activiteit *acts, size_t n)
{
	json_t *a = json_array();

	for (size_t i = 0; i < n; i++) {
		const struct activiteit *x = &acts[i];
		json_t *it = json_pack("{s:i,s:s?,s:s?,s:s,s:s,s:s?,s:s?}", "nr", (json_int_t)(i + 1),
		    "datum", app_datum_tekst(r, x->datum), "datum_iso", app_datum_iso(r, x->datum),
		    "type", codes_activiteit_type.codes[x->type < ACTIVITEIT__MAX ? x->type : 0],
		    "type_label", cw_label(&codes_activiteit_type, (int)x->type),
		    "omschrijving", x->omschrijving, "auteur", x->auteur_naam);

		if (x->na_afronding)
			json_object_set_new(it, "na_afronding", json_true());
		json_object_set_new(it, "gedeeld", json_boolean(x->gedeeld));

		if (x->interventie_type >= 0)
			json_object_set_new(it, "interventie", json_string(cw_label(&codes_interventie_type,
			    x->interventie_type)));
		if (x->status_naar != NULL)
			json_object_set_new(it, "statuswijziging", json_pack("{s:s?,s:s}", "van", status_label(x->status_van),
			    "naar", status_label(x->status_naar)));
		for (size_t j = 0; j < n && x->corrigeert_id != 0; j++)
			if (acts[j].id == x->corrigeert_id)
				json_object_set_new(it, "corrigeert", json_integer((json_int_t)(j + 1)));
		for (size_t j = i + 1; j < n; j++)
			if (acts[j].corrigeert_id == x->id)
				json_object_set_new(it, "gecorrigeerd_in", json_integer((json_int_t)(j + 1)));
		json_array_append_new(a, it);
	}
	return a;
}

static json_t *
leerpunten(struct request *r, const struct casus *c)
{
	json_t *a = json_array();

	for (size_t i = 0; i < c->nleerpunten; i++) {
		const struct leerpunt *l = &c->leerpunten[i];
		struct buf b;

		buf_init(&b, 0);
		for (size_t k = 0; k < l->nbeleggingen; k++) {
			const struct belegging *bg = &l->beleggingen[k];
			if (k > 0)
				buf_puts(&b, ", ");
			buf_printf(&b, "%s (%s)", bg->bij_pmm ? "PMM" : bg->bij.naam ? bg->bij.naam : "?",
			    cw_label(&codes_opvolging_status, (int)bg->status));
		}
		json_array_append_new(a, json_pack("{s:s,s:s,s:i,s:b,s:s}", "omschrijving", l->omschrijving ?
		    l->omschrijving : "", "categorie", cw_label(&codes_categorie, (int)l->categorie), "orde", l->orde,
		    "vraag", l->vraag, "belegd", b.len ? arena_strdup(r->arena, buf_str(&b)) : "nog niet belegd"));
		buf_free(&b);
	}
	return a;
}


/* Whether and when the casus was discussed in a signalenoverleg or ambassadeursoverleg (issue 4). */
static json_t *
besprekingen(struct request *r, int64_t casus_id)
{
	struct bespreking *b = NULL;
	size_t n = 0;
	json_t *a = json_array();
	char d[DATE_STRLEN];

	if (store_casus_besprekingen(r->store, r->arena, casus_id, &b, &n, NULL) != ERR_OK)
		return a;
	for (size_t i = 0; i < n; i++) {
		date_format(b[i].datum, d);
		json_array_append_new(a, json_pack("{s:s,s:s,s:I,s:s?}", "soort", cw_label(&codes_bijeenkomst_soort,
		    (int)b[i].soort), "datum", d, "id", (json_int_t)b[i].bijeenkomst_id, "besluit", b[i].besluit));
	}
	return a;
}

static json_t *
regie_formulieren(struct request *r, const struct casus *c, const struct activiteit *acts, size_t nacts,
    const struct cw_fouten *f, json_t *w)
{
	json_t *o = json_object(), *opties;
	struct persoon_kort *rvs = NULL;
	size_t nrv = 0;
	int vandaag = app_vandaag(r);
	const char *gekozen = waarde(w, "regievoerder");
	bool afgerond = c->status == STATUS_AFGEROND;

	if (!afgerond) {
		int64_t huidig = c->regievoerder.naam ? c->regievoerder.id : r->actor.persoon_id;

		opties = json_array();
		if (store_regievoerders(r->store, r->arena, &rvs, &nrv, NULL) == ERR_OK)
			for (size_t i = 0; i < nrv; i++) {
				const char *code = arena_printf(r->arena, "%lld", (long long)rvs[i].id);
				json_array_append_new(opties, cw_optie(code, rvs[i].id == r->actor.persoon_id ?
				    arena_printf(r->arena, "%s (ikzelf)", rvs[i].naam) : rvs[i].naam,
				    gekozen ? strcmp(gekozen, code) == 0 : rvs[i].id == huidig));
			}
		json_object_set_new(o, "toewijzen", cw_keuze(f, "regievoerder", "regievoerder", "Regievoerder", NULL, opties));
		json_object_set_new(o, "aan_mij", json_boolean(!c->regievoerder.naam ||
		    c->regievoerder.id != r->actor.persoon_id));
		json_object_set_new(o, "vrijgeven", json_boolean(c->regievoerder.naam != NULL));
		json_object_set_new(o, "afronden", json_true());
		json_object_set_new(o, "registratie", cw_registratie_formulier(f, c));
	}
	opties = json_array();
	for (int i = 0; i < ACTIVITEIT__MAX; i++)   /* after closure: monitoring, no interventie (core/casus_lifecycle.h) */
		if (i != ACTIVITEIT_STATUSWIJZIGING && !(afgerond && i == ACTIVITEIT_INTERVENTIE))
			json_array_append_new(opties, cw_optie(codes_activiteit_type.codes[i], codes_activiteit_type.labels[i],
			    waarde(w, "type") ? strcmp(waarde(w, "type"), codes_activiteit_type.codes[i]) == 0 :
			    i == ACTIVITEIT_CONTACTMOMENT));
	json_object_set_new(o, "act_type", cw_keuze(f, "act_type", "type", "Soort", NULL, opties));
	if (!afgerond)
		json_object_set_new(o, "act_interventie", cw_keuze(f, "act_interventie_type", "interventie_type",
		    "Soort interventie", "Alleen bij een interventie.", cw_opties(&codes_interventie_type,
			cw_code(&codes_interventie_type, waarde(w, "interventie_type")), "Niet van toepassing")));
	json_object_set_new(o, "monitoring", json_boolean(afgerond));
	opties = json_array();
	json_array_append_new(opties, cw_optie("", "Niet van toepassing", true));
	for (size_t i = 0; i < nacts; i++) {
		const char *code = arena_printf(r->arena, "%lld", (long long)acts[i].id);
		json_array_append_new(opties, cw_optie(code, arena_printf(r->arena, "Item %zu: %s, %s", i + 1,
		    app_datum_tekst(r, acts[i].datum), cw_label(&codes_activiteit_type, (int)acts[i].type)),
		    waarde(w, "corrigeert") && strcmp(waarde(w, "corrigeert"), code) == 0));
	}
	json_object_set_new(o, "act_corrigeert", cw_keuze(f, "act_corrigeert", "corrigeert", "Correctie van item",
	    "Alleen bij een correctie: de tijdlijn wordt nooit overschreven, een correctie verwijst naar het oude item.",
	    opties));
	json_object_set_new(o, "act_datum", cw_veld(f, "act_datum", "datum", "Datum", "Wanneer het gebeurde.",
	    CW_DATUM, waarde(w, "datum") ? waarde(w, "datum") : app_datum_iso(r, vandaag), DATE_STRLEN, true));
	json_object_set_new(o, "act_omschrijving", cw_veld(f, "act_omschrijving", "omschrijving", "Omschrijving",
	    "Wat is er gebeurd of afgesproken? Verplicht, behalve bij een interventie. Geen BSN of volledige namen.",
	    CW_TEXTAREA, waarde(w, "omschrijving"), CASUS_MAX_TEKST, false));
	json_object_set_new(json_object_get(o, "act_omschrijving"), "toon_optioneel", json_false());
	opties = json_array();   /* internal by default (issue 13) */
	json_array_append_new(opties, cw_optie("intern", "Intern: alleen regievoerders en deelnemers die interne "
	    "items zien", !waarde(w, "zichtbaarheid") || strcmp(waarde(w, "zichtbaarheid"), "gedeeld") != 0));
	json_array_append_new(opties, cw_optie("gedeeld", "Gedeeld: ook de indiener ziet dit item",
	    waarde(w, "zichtbaarheid") && strcmp(waarde(w, "zichtbaarheid"), "gedeeld") == 0));
	json_object_set_new(o, "act_zichtbaarheid", cw_groep(f, "act_zichtbaarheid", "zichtbaarheid", "Wie ziet dit item?",
	    "Een item in de tijdlijn is intern, tenzij u het deelt met de indiener. Een statuswijziging ziet iedereen.",
	    true, opties));
	json_object_set_new(o, "dln_email", cw_veld(f, "dln_email", "email", "E-mailadres",
	    "Het e-mailadres van het doorbraak-account van de ambassadeur of maatwerkprofessional.", CW_EMAIL,
	    waarde(w, "email"), CASUS_MAX_KORT, true));
	opties = json_array();
	json_array_append_new(opties, cw_optie("ambassadeur", "Ambassadeur", !waarde(w, "rol") ||
	    strcmp(waarde(w, "rol"), "ambassadeur") == 0));
	json_array_append_new(opties, cw_optie("maatwerkprofessional", "Maatwerkprofessional", waarde(w, "rol") &&
	    strcmp(waarde(w, "rol"), "maatwerkprofessional") == 0));
	json_object_set_new(o, "dln_rol", cw_keuze(f, "dln_rol", "rol", "Rol in de casus", NULL, opties));
	opties = json_array();
	json_array_append_new(opties, cw_optie("intern", "Alles, ook de interne items en de complexiteit",
	    !waarde(w, "ziet") || strcmp(waarde(w, "ziet"), "gedeeld") != 0));
	json_array_append_new(opties, cw_optie("gedeeld", "Alleen wat met de indiener is gedeeld",
	    waarde(w, "ziet") && strcmp(waarde(w, "ziet"), "gedeeld") == 0));
	json_object_set_new(o, "dln_ziet", cw_groep(f, "dln_ziet", "ziet", "Wat ziet de deelnemer in de tijdlijn?", NULL,
	    true, opties));
	if (afgerond) {
		opties = json_array();
		json_array_append_new(opties, cw_optie("ja", "Ja, ik wil deze afgeronde casus heropenen", false));
		json_object_set_new(o, "heropenen", cw_groep(f, "heropenen_bevestig", "bevestig", "Bevestiging",
		    "Heropenen zet de casus terug op ‘in behandeling’ en haalt de datum van afronding weg; de looptijd loopt "
		    "dan weer door. Dit wordt vastgelegd in de tijdlijn.", false, opties));
		json_object_set_new(o, "heropenen_reden", cw_veld(f, "heropenen_reden", "reden", "Waarom wordt de casus "
		    "heropend?", NULL, CW_TEXTAREA, waarde(w, "reden"), CASUS_MAX_TEKST, true));
		if (c->followup_op != DATE_NONE && c->followup_op <= vandaag && c->followup_antwoord < 0) {
			json_object_set_new(o, "followup", cw_groep(f, "fu_antwoord", "antwoord",
			    "Is het probleem van de burger opgelost?", NULL, true, cw_opties(&codes_followup,
				cw_code(&codes_followup, waarde(w, "antwoord")), NULL)));
			json_object_set_new(o, "followup_toelichting", cw_veld(f, "fu_toelichting", "toelichting",
			    "Toelichting", "Wat weet u over hoe het nu gaat? Geen BSN of volledige namen.", CW_TEXTAREA,
			    waarde(w, "toelichting"), CASUS_MAX_TEKST, false));
		}
	}
	return o;
}

/* The form of the indiener and the deelnemers (issue 13): information, a note, an answer; app/casus/web_bijdrage.c. */
static json_t *
bijdrage_formulier(struct request *r, const struct casus_relatie *rel, const struct cw_fouten *f, json_t *w)
{
	bool kiezen = perm_casus_intern_zien(&r->actor, rel);
	json_t *o = json_pack("{s:s,s:s}", "kop", rel->is_indiener ? "Informatie toevoegen of een vraag beantwoorden" :
	    "Notitie of antwoord toevoegen", "hulp", rel->is_indiener ? "Wat u hier schrijft, komt in de tijdlijn en "
	    "ziet de regievoerder. Beantwoordt u een vraag, noem dan het item waarop u antwoordt." : kiezen ?
	    "Wat u hier schrijft, komt in de tijdlijn. Kies of ook de indiener het ziet." :
	    "Wat u hier schrijft, komt in de tijdlijn en ziet ook de indiener.");
	json_t *opties;

	json_object_set_new(o, "omschrijving", cw_veld(f, "bijdrage_omschrijving", "omschrijving", rel->is_indiener ?
	    "Uw informatie of antwoord" : "Uw notitie of antwoord", "Geen BSN of volledige namen.", CW_TEXTAREA,
	    waarde(w, "omschrijving"), CASUS_MAX_TEKST, true));
	if (kiezen) {   /* a deelnemer who sees internal entries chooses, internal by default */
		opties = json_array();
		json_array_append_new(opties, cw_optie("intern", "Intern: alleen regievoerders en deelnemers die interne "
		    "items zien", !waarde(w, "zichtbaarheid") || strcmp(waarde(w, "zichtbaarheid"), "gedeeld") != 0));
		json_array_append_new(opties, cw_optie("gedeeld", "Gedeeld: ook de indiener ziet dit",
		    waarde(w, "zichtbaarheid") && strcmp(waarde(w, "zichtbaarheid"), "gedeeld") == 0));
		json_object_set_new(o, "zichtbaarheid", cw_groep(f, "bijdrage_zichtbaarheid", "zichtbaarheid",
		    "Wie ziet dit?", NULL, true, opties));
	}
	return o;
}

void
cw_detail_render(struct request *r, const struct casus_toegang *t, int status, const struct cw_fouten *f,
    json_t *waarden)
{
	struct casus c;
	struct activiteit *acts = NULL;
	struct deelnemer *dls = NULL;
	size_t nacts = 0, ndls = 0;
	struct err e = { 0 };
	enum err_code rc;
	static const char *const lijsten[] = { "leefgebieden", "beleidsterreinen", "organisaties", "knelpunten",
		"leerpunten", "tijdlijn", "deelnemers", "besprekingen", "wetten", "maatwerk_toepassingen" };
	struct casus_toegang nu = *t;
	struct casus_relatie rel = casus_relatie_van(r, t);
	bool intern = perm_casus_intern_zien(&r->actor, &rel);   /* internal entries and the score (issue 13) */
	int vandaag = app_vandaag(r), score;
	json_t *ctx, *a, *fl;
	const char *titel;

	if ((rc = store_casus_load_id(r->store, r->arena, t->id, &c, &e)) != ERR_OK ||
	    (rc = store_activiteit_list(r->store, r->arena, t->id, intern, &acts, &nacts, &e)) != ERR_OK ||
	    (rc = store_deelnemer_list(r->store, r->arena, t->id, &dls, &ndls, &e)) != ERR_OK) {
		json_decref(waarden);
		cw_reply_store(r, rc, &e);
		return;
	}
	nu.status = c.status;
	rel = casus_relatie_van(r, &nu);
	if (!intern)
		casus_intern_weglaten(&c);
	score = casus_complexiteit(&c);
	titel = c.referentie ? arena_printf(r->arena, "Casus %s", c.referentie) : "Concept";
	ctx = json_pack("{s:s,s:s,s:s?,s:b,s:s,s:s,s:b,s:s,s:s?,s:s?,s:s,s:i,s:s,s:s}",
	    "kop", titel, "pad", cw_pad(r, c.id, c.referentie), "referentie", c.referentie,
	    "is_concept", c.status == STATUS_CONCEPT,
	    "status", codes_casus_status.codes[c.status], "status_label", cw_label(&codes_casus_status, (int)c.status),
	    "is_afgerond", c.status == STATUS_AFGEROND,
	    "urgentie", cw_label(&codes_urgentie, (int)c.urgentie),
	    "ontvangen", app_datum_tekst(r, c.ontvangen_op), "afgerond", app_datum_tekst(r, c.afgerond_op),
	    "looptijd", cw_dagen(r, casus_looptijd(&c, vandaag)), "complexiteit", score,
	    "klasse", cw_klasse(score), "indiener_type", c.indiener_type >= 0 ?
		cw_label(&codes_indiener_type, c.indiener_type) : "Onbekend");
	json_object_set_new(ctx, "intern", json_boolean(intern));
	if (!intern) {   /* the complexity score is internal */
		json_object_del(ctx, "complexiteit");
		json_object_del(ctx, "klasse");
	}
	if (c.status == STATUS_CONCEPT) {   /* the looptijd only starts when it is submitted */
		json_object_set_new(ctx, "ontvangen", json_null());
		json_object_set_new(ctx, "looptijd", json_string("begint bij het indienen"));
	}
	json_object_set_new(ctx, "indiener", persoon_json(&c.indiener));
	json_object_set_new(ctx, "regievoerder", persoon_json(&c.regievoerder));
	json_object_set_new(ctx, "hulpvraag", json_string(c.hulpvraag ? c.hulpvraag : ""));
	json_object_set_new(ctx, "situatie", json_string(c.situatie ? c.situatie : ""));
	json_object_set_new(ctx, "geprobeerd", json_string(c.geprobeerd ? c.geprobeerd : ""));
	json_object_set_new(ctx, "register_geprobeerd", c.register_geprobeerd >= 0 ?
	    json_string(cw_label(&codes_register_poging, c.register_geprobeerd)) : json_null());
	json_object_set_new(ctx, "register_bij", c.register_bij ? json_string(c.register_bij) : json_null());
	json_object_set_new(ctx, "leefgebieden", cw_bits_lijst(&codes_leefgebied, c.leefgebieden));
	json_object_set_new(ctx, "beleidsterreinen", cw_bits_lijst(&codes_beleidsterrein, c.beleidsterreinen));
	a = json_array();
	for (size_t i = 0; i < c.norganisaties; i++)
		json_array_append_new(a, json_pack("{s:s,s:s,s:s?}", "naam", c.organisaties[i].organisatie.naam ?
		    c.organisaties[i].organisatie.naam : "", "type", cw_label(&codes_organisatie_type,
		    (int)c.organisaties[i].organisatie.type), "rol", c.organisaties[i].rol));
	json_object_set_new(ctx, "organisaties", a);
	a = json_array();
	for (size_t i = 0; i < c.nknelpunten; i++) {
		const char *soorten = NULL;

		for (int k = 0; k < KSOORT__MAX; k++)
			if ((c.knelpunten[i].soorten >> k) & 1u)
				soorten = soorten ? arena_printf(r->arena, "%s; %s", soorten, codes_knelpunt_soort.labels[k]) :
				    codes_knelpunt_soort.labels[k];
		json_array_append_new(a, json_pack("{s:s,s:s,s:s?}", "categorie", cw_label(&codes_categorie,
		    (int)c.knelpunten[i].categorie), "omschrijving", c.knelpunten[i].omschrijving ?
		    c.knelpunten[i].omschrijving : "", "soorten", soorten));
	}
	json_object_set_new(ctx, "knelpunten", a);
	a = json_array();
	for (int i = 0; i < WET__MAX; i++)
		if ((c.wetten >> i) & 1u)
			json_array_append_new(a, json_string(codes_wet_regeling.labels[i]));
	json_object_set_new(ctx, "wetten", a);
	a = json_array();
	for (size_t i = 0; i < c.nmaatwerk_toepassingen; i++) {
		const struct maatwerk_toepassing *m = &c.maatwerk_toepassingen[i];

		json_array_append_new(a, json_pack("{s:s,s:s?,s:s?,s:s?,s:s?,s:s?}", "vorm", cw_label(&codes_maatwerk_vorm,
		    (int)m->vorm), "door", m->door.naam, "wet", m->wet >= 0 ? cw_label(&codes_wet_regeling, m->wet) : NULL,
		    "artikel", m->artikel, "datum", app_datum_tekst(r, m->datum), "toelichting", m->toelichting));
	}
	json_object_set_new(ctx, "maatwerk_toepassingen", a);
	json_object_set_new(ctx, "buitenlands", json_boolean(c.buitenlandse_component));
	json_object_set_new(ctx, "let_escalatie", json_boolean(c.let_escalatie));
	if (c.reden_geen_leerpunt >= 0)
		json_object_set_new(ctx, "reden_geen_leerpunt", json_string(cw_label(&codes_reden_geen_leerpunt,
		    c.reden_geen_leerpunt)));
	json_object_set_new(ctx, "procesregie", json_pack("{s:s?,s:s?,s:s?,s:b}", "houder", c.procesregie.houder,
	    "terugkoppeling", c.procesregie.terugkoppeling, "dossierhouder", c.procesregie.dossierhouder,
	    "vastgelegd", c.procesregie.houder || c.procesregie.terugkoppeling || c.procesregie.dossierhouder));
	json_object_set_new(ctx, "afronding", json_pack("{s:b,s:s?,s:s?,s:s}", "getoond",
	    c.status == STATUS_AFGEROND || c.resultaat != NULL, "resultaat", c.resultaat,
	    "maatwerk", c.maatwerk >= 0 ? cw_label(&codes_maatwerk, c.maatwerk) : NULL,
	    "followup_op", c.followup_op != DATE_NONE ? app_datum_tekst(r, c.followup_op) : "niet gepland"));
	json_object_set_new(ctx, "leerpunten", leerpunten(r, &c));
	if (c.followup_antwoord >= 0)
		json_object_set_new(ctx, "followup_antwoord", json_pack("{s:s,s:s?}", "antwoord",
		    cw_label(&codes_followup, c.followup_antwoord), "toelichting", c.followup_toelichting));
	json_object_set_new(ctx, "tijdlijn", tijdlijn(r, acts, nacts));
	a = json_array();
	for (size_t i = 0; i < ndls; i++)
		json_array_append_new(a, json_pack("{s:s,s:s?,s:s?,s:s,s:s?,s:I,s:b,s:s}", "naam", dls[i].naam ?
		    dls[i].naam : "", "email", dls[i].email, "organisatie", dls[i].organisatie, "rol",
		    deelnemer_rol(dls[i].rol), "uitgenodigd_op", app_tijd_datum_tekst(r, dls[i].uitgenodigd_op),
		    "persoon_id", (json_int_t)dls[i].persoon_id, "verwijderbaar", dls[i].rol == NULL ||
		    strcmp(dls[i].rol, "let_voorzitter") != 0, "ziet", dls[i].intern ? "Ook interne items" :
		    "Alleen gedeelde items"));
	json_object_set_new(ctx, "deelnemers", a);
	json_object_set_new(ctx, "besprekingen", besprekingen(r, c.id));
	esc_casus_sectie(r, &c, perm_casus_regie_op(&r->actor, &rel), ctx);
	json_object_set_new(ctx, "mag_bewerken", json_boolean(perm_casus_bewerken(&r->actor, &rel)));
	if (perm_casus_regie_op(&r->actor, &rel)) {
		json_t *wie = rg_suggesties(r, &c);   /* "wie kan helpen": the Maatwerkregister (app/register/) */
		json_t *gl = c.status != STATUS_CONCEPT ? cw_gelijkend(r, &c) : NULL;   /* and similar casussen */

		json_object_set_new(ctx, "regie", regie_formulieren(r, &c, acts, nacts, f, waarden));
		if (wie != NULL)
			json_object_set_new(ctx, "wie_kan_helpen", wie);
		json_object_set_new(ctx, "gelijkend", gl != NULL ? gl : json_pack("{s:b}", "fout", true));
	}
	if (perm_casus_aanvullen(&r->actor, &rel))
		json_object_set_new(ctx, "nazorg", cw_nazorg_formulieren(r, &c, f, waarden));
	if (perm_casus_bijdragen(&r->actor, &rel))
		json_object_set_new(ctx, "bijdrage", bijdrage_formulier(r, &rel, f, waarden));
	for (size_t i = 0; i < sizeof(lijsten) / sizeof(lijsten[0]); i++)
		json_object_set_new(ctx, arena_printf(r->arena, "heeft_%s", lijsten[i]),
		    json_boolean(json_array_size(json_object_get(ctx, lijsten[i])) > 0));
	cw_fouten_ctx(ctx, f);
	if (status == 200 && (fl = flash(r, &c)) != NULL)
		json_object_set_new(ctx, "flash", fl);
	json_decref(waarden);
	reply_page(r, status, "casus/detail", titel, ctx);
}

void
h_casus_detail(struct request *r)
{
	struct casus_toegang t;

	if (!cw_open(r, req_param(r, 0), CASUS_ZIEN, "casus.lezen", &t))
		return;
	cw_detail_render(r, &t, 200, NULL, NULL);
}
