/* web_escalatie.c - an escalatie to the LET in the browser: asking for one, its page, and each step as a form. */
#include <string.h>

#include "app/common/handeling.h"
#include "app/escalatie/handlers.h"
#include "app/escalatie/stap.h"
#include "app/escalatie/web.h"
#include "core/perm.h"
#include "lib/date.h"
#include "store/escalatie/escalatie.h"

#define MAX_NIEUWE_DEELNEMERS 3   /* participant rows in the form that plans a meeting */

/* ---- asking for an escalatie ---------------------------------------------------------------- */

static void
nieuw_toon(struct request *r, const struct casus_toegang *t, const struct casus *c, int status,
    const struct cw_fouten *f, json_t *w)
{
	size_t norgs = 0;
	struct organisatie_ref *orgs = ew_casus_orgs(r, c, &norgs);
	json_t *ctx = json_object(), *opties = json_array();
	size_t ngekozen = 0;
	const char **gekozen = req_form_all(r, "esc_organisaties", &ngekozen);

	(void)t;
	for (size_t i = 0; i < norgs; i++) {
		const char *code = arena_printf(r->arena, "%lld", (long long)orgs[i].id);
		bool aan = false;

		for (size_t k = 0; k < ngekozen; k++)
			aan = aan || strcmp(gekozen[k], code) == 0;
		json_array_append_new(opties, cw_optie(code, arena_printf(r->arena, "%s (%s)", orgs[i].naam,
		    cw_label(&codes_organisatie_type, (int)orgs[i].type)), aan));
	}
	json_object_set_new(ctx, "referentie", json_string(c->referentie));
	json_object_set_new(ctx, "reden", cw_veld(f, "esc_reden", "esc_reden", "Waarom kan het Loket dit niet zelf "
	    "doorbreken?", "Wat maakt de casus onoplosbaar, en waarom is een oplossing urgent? Geen BSN of volledige namen.",
	    CW_TEXTAREA, ew_w(w, "esc_reden"), ESCALATIE_MAX_TEKST, true));
	json_object_set_new(ctx, "geprobeerd", cw_veld(f, "esc_geprobeerd", "esc_geprobeerd", "Wat is al geprobeerd?",
	    NULL, CW_TEXTAREA, w ? ew_w(w, "esc_geprobeerd") : c->geprobeerd, ESCALATIE_MAX_TEKST, false));
	json_object_set_new(ctx, "besluit", cw_veld(f, "esc_gevraagdBesluit", "esc_gevraagdBesluit",
	    "Welk besluit is nodig van de bestuurders?", NULL, CW_TEXTAREA, ew_w(w, "esc_gevraagdBesluit"),
	    ESCALATIE_MAX_TEKST, true));
	json_object_set_new(ctx, "urgentie", cw_keuze(f, "esc_urgentie", "esc_urgentie", "Urgentie", NULL,
	    cw_opties(&codes_urgentie, w ? cw_code(&codes_urgentie, ew_w(w, "esc_urgentie")) : (int)URGENTIE_HOOG, NULL)));
	if (json_array_size(opties) > 0)
		json_object_set_new(ctx, "organisaties", cw_groep(f, "esc_organisaties", "esc_organisaties",
		    "Organisaties van de casus waarvan de bestuurders aan tafel moeten", NULL, false, opties));
	else
		json_decref(opties);
	json_object_set_new(ctx, "andere_naam", cw_veld(f, "esc_andere_naam", "esc_andere_naam", "Andere organisatie",
	    "Een organisatie die niet bij de casus staat, bijvoorbeeld een ministerie of een woningcorporatie.",
	    CW_TEKST, ew_w(w, "esc_andere_naam"), ESCALATIE_MAX_KORT, false));
	json_object_set_new(ctx, "andere_type", cw_keuze(f, "esc_andere_type", "esc_andere_type",
	    "Soort van de andere organisatie", NULL, cw_opties(&codes_organisatie_type,
		cw_code(&codes_organisatie_type, ew_w(w, "esc_andere_type")), "Kies de soort")));
	json_object_set_new(ctx, "datum", cw_veld(f, "esc_aangevraagdOp", "esc_aangevraagdOp", "Aangevraagd op", NULL,
	    CW_DATUM, w ? ew_w(w, "esc_aangevraagdOp") : app_datum_iso(r, app_vandaag(r)), DATE_STRLEN, true));
	cw_fouten_ctx(ctx, f);
	json_decref(w);
	reply_page(r, status, "escalatie/nieuw", arena_printf(r->arena, "Escalatie aanvragen voor %s", c->referentie),
	    ctx);
}

static bool
open_casus(struct request *r, enum casus_actie actie, const char *audit, struct casus_toegang *t, struct casus *c)
{
	struct err e = { 0 };
	enum err_code rc;

	if (!casus_open(r, req_param(r, 0), actie, audit, t))
		return false;
	if ((rc = store_casus_load_id(r->store, r->arena, t->id, c, &e)) != ERR_OK) {
		cw_reply_store(r, rc, &e);
		return false;
	}
	return true;
}

void
h_esc_nieuw_form(struct request *r)
{
	struct casus_toegang t;
	struct casus c;

	if (!open_casus(r, CASUS_REGIE, "escalatie.formulier", &t, &c))
		return;
	if (c.status == STATUS_AFGEROND) {
		reply_problem(r, 409, "Casus is afgerond", "Heropen de casus eerst als er nog een escalatie nodig is.");
		return;
	}
	nieuw_toon(r, &t, &c, 200, NULL, NULL);
}

void
h_esc_nieuw(struct request *r)
{
	struct casus_toegang t;
	struct casus c;
	struct cw_fouten f = { 0 };
	struct escalatie e;
	struct err err = { 0 };
	size_t norgs = 0, ngekozen = 0;
	struct organisatie_ref *orgs;
	const char **gekozen;
	const char *andere;
	int u;
	int64_t id = 0;
	enum err_code rc;

	if (!open_casus(r, CASUS_REGIE, "escalatie.aanvragen", &t, &c))
		return;
	orgs = ew_casus_orgs(r, &c, &norgs);
	gekozen = req_form_all(r, "esc_organisaties", &ngekozen);
	escalatie_init(&e);
	e.reden = cw_tekst(r, &f, "esc_reden", "esc_reden", "waarom het Loket dit niet zelf kan doorbreken",
	    ESCALATIE_MAX_TEKST, true);
	e.geprobeerd = cw_tekst(r, &f, "esc_geprobeerd", "esc_geprobeerd", "wat al is geprobeerd", ESCALATIE_MAX_TEKST,
	    false);
	e.gevraagd_besluit = cw_tekst(r, &f, "esc_gevraagdBesluit", "esc_gevraagdBesluit", "het besluit dat nodig is",
	    ESCALATIE_MAX_TEKST, true);
	if ((u = cw_code(&codes_urgentie, req_form(r, "esc_urgentie"))) == -2)
		cw_fout(&f, "esc_urgentie", "Kies de urgentie uit de lijst.");
	e.urgentie = u >= 0 ? (enum urgentie)u : URGENTIE_NORMAAL;
	e.aangevraagd_op = ew_datum(r, &f, "esc_aangevraagdOp", "de datum van de aanvraag", true);
	e.organisaties = arena_alloc(r->arena, (ngekozen + 1) * sizeof(*e.organisaties));
	for (size_t k = 0; k < ngekozen; k++) {
		const struct organisatie_ref *o = ew_org_van(orgs, norgs, strtoll(gekozen[k], NULL, 10));

		if (o == NULL)
			cw_fout(&f, "esc_organisaties", "Kies de organisaties uit de lijst.");
		else
			e.organisaties[e.norganisaties++] = *o;
	}
	andere = cw_tekst(r, &f, "esc_andere_naam", "esc_andere_naam", "de naam van de andere organisatie",
	    ESCALATIE_MAX_KORT, false);
	if (andere != NULL) {
		int ty = cw_code(&codes_organisatie_type, req_form(r, "esc_andere_type"));
		struct organisatie_ref *o = &e.organisaties[e.norganisaties++];

		if (ty < 0)
			cw_fout(&f, "esc_andere_type", "Kies de soort van de andere organisatie.");
		memset(o, 0, sizeof(*o));
		o->naam = andere;
		o->type = ty >= 0 ? (enum organisatie_type)ty : ORGTYPE_OVERIG;
		o->aangesloten_sinds = o->aangesloten_tot = DATE_NONE;
	}
	if (f.n == 0 && (rc = esc_aanvragen(r, &t, &e, &id, &err)) != ERR_OK) {
		if (rc != ERR_VALIDATION) {
			ew_reply_err(r, rc, &err);
			return;
		}
		ew_fout(r, &f, "esc_", &err);
	}
	if (f.n > 0) {
		nieuw_toon(r, &t, &c, 400, &f, app_form_waarden(r));
		return;
	}
	reply_redirect(r, 303, arena_printf(r->arena, "/casussen/%s/escalaties/%lld?gedaan=aangevraagd", c.referentie,
	    (long long)id));
}

/* ---- the page of one escalatie --------------------------------------------------------------- */

/* Every organisation represented at one of the meetings (for the afspraak form), without doubles. */
static struct organisatie_ref *
aan_tafel(struct request *r, const struct escalatie *e, size_t *n)
{
	size_t cap = 1, k = 0;
	struct organisatie_ref *v;

	for (size_t i = 0; i < e->nbijeenkomsten; i++)
		cap += e->bijeenkomsten[i].ndeelnemers;
	v = arena_alloc(r->arena, cap * sizeof(*v));
	for (size_t i = 0; i < e->nbijeenkomsten; i++)
		for (size_t j = 0; j < e->bijeenkomsten[i].ndeelnemers; j++)
			if (ew_org_van(v, k, e->bijeenkomsten[i].deelnemers[j].organisatie.id) == NULL)
				v[k++] = e->bijeenkomsten[i].deelnemers[j].organisatie;
	*n = k;
	return v;
}

static json_t *
bijeenkomsten_json(struct request *r, const struct escalatie *e)
{
	json_t *a = json_array();
	int vandaag = app_vandaag(r);

	for (size_t i = 0; i < e->nbijeenkomsten; i++) {
		const struct escalatie_bijeenkomst *b = &e->bijeenkomsten[i];
		json_t *d = json_array(), *af = json_array();

		for (size_t j = 0; j < b->ndeelnemers; j++)
			json_array_append_new(d, json_pack("{s:s,s:s?,s:s?,s:b}", "naam", b->deelnemers[j].naam,
			    "organisatie", b->deelnemers[j].organisatie.naam, "functie", b->deelnemers[j].functie,
			    "mandaat", b->deelnemers[j].mandaat));
		for (size_t j = 0; j < b->nafspraken; j++) {
			const struct escalatie_afspraak *x = &b->afspraken[j];
			json_t *ov = json_array();

			for (size_t k = 0; k < x->nopvolging; k++)
				json_array_append_new(ov, json_pack("{s:s,s:s,s:s?}", "datum", app_datum_tekst(r,
				    x->opvolging[k].datum), "status", cw_label(&codes_afspraak_status, (int)x->opvolging[k].status),
				    "notitie", x->opvolging[k].notitie));
			json_array_append_new(af, json_pack("{s:s,s:s?,s:s?,s:s,s:s,s:s,s:b,s:o}", "wat", x->wat,
			    "organisatie", x->organisatie.naam, "wie", x->wie, "uiterlijk", app_datum_tekst(r, x->uiterlijk),
			    "status", cw_label(&codes_afspraak_status, (int)x->status), "status_code",
			    codes_afspraak_status.codes[x->status], "te_laat", afspraak_te_laat(x, vandaag), "opvolging", ov));
			if (afspraak_te_laat(x, vandaag))
				json_object_set_new(json_array_get(af, json_array_size(af) - 1), "dagen_te_laat",
				    json_string(cw_dagen(r, afspraak_dagen_te_laat(x, vandaag))));
		}
		json_array_append_new(a, json_pack("{s:I,s:s,s:s?,s:o,s:o,s:b,s:b}", "id", (json_int_t)b->id, "datum",
		    app_datum_tekst(r, b->datum), "notities", b->notities, "deelnemers", d, "afspraken", af,
		    "heeft_deelnemers", b->ndeelnemers > 0, "heeft_afspraken", b->nafspraken > 0));
	}
	return a;
}

static json_t *
meeting_opties(struct request *r, const struct escalatie *e, int64_t gekozen, bool alleen_gehouden)
{
	json_t *a = json_array();

	for (size_t i = 0; i < e->nbijeenkomsten; i++)
		if (!alleen_gehouden || e->bijeenkomsten[i].datum <= app_vandaag(r))
			json_array_append_new(a, cw_optie(arena_printf(r->arena, "%lld", (long long)e->bijeenkomsten[i].id),
			    arena_printf(r->arena, "Bijeenkomst van %s", app_datum_tekst(r, e->bijeenkomsten[i].datum)),
			    e->bijeenkomsten[i].id == gekozen));
	return a;
}

static bool
mag(const struct escalatie *e, enum escalatie_stap s)
{
	return escalatie_na_stap(e->status, s) >= 0;
}

static json_t *
formulieren(struct request *r, const struct escalatie *e, const struct cw_fouten *f, json_t *w)
{
	json_t *o = json_object(), *opties;
	bool regie = perm_escalatie_aanvragen(&r->actor), tafel = perm_escalatie_voorzitten(&r->actor, e->voorzitter.id);
	const char *vandaag = app_datum_iso(r, app_vandaag(r));
	size_t ntafel = 0;
	struct organisatie_ref *tafelorgs = aan_tafel(r, e, &ntafel);
	bool gehouden = false;

	for (size_t i = 0; i < e->nbijeenkomsten; i++)
		gehouden = gehouden || e->bijeenkomsten[i].datum <= app_vandaag(r);
	if (regie && mag(e, ESCALATIE_STAP_VOORZITTER)) {
		struct persoon_kort *vz = NULL;
		size_t n = 0;

		opties = json_array();
		json_array_append_new(opties, cw_optie("", "Kies de voorzitter", e->voorzitter.id == 0));
		if (store_let_voorzitters(r->store, r->arena, &vz, &n, NULL) == ERR_OK)
			for (size_t i = 0; i < n; i++)
				json_array_append_new(opties, cw_optie(arena_printf(r->arena, "%lld", (long long)vz[i].id),
				    vz[i].naam, vz[i].id == e->voorzitter.id));
		json_object_set_new(o, "f_voorzitter", json_pack("{s:o,s:b}", "veld", cw_keuze(f, "vz_voorzitter",
		    "vz_voorzitter", "Onafhankelijk voorzitter", "Iemand met een account als voorzitter van het LET; die "
		    "ziet daarna deze casus als deelnemer.", opties), "vervangen", e->voorzitter.id != 0));
	}
	if (tafel && mag(e, ESCALATIE_STAP_BIJEENKOMST) && e->voorzitter.id != 0) {
		json_t *rijen = json_array();

		for (int i = 0; i < MAX_NIEUWE_DEELNEMERS; i++) {
			const char *p = arena_printf(r->arena, "bk_deelnemers_%d_", i);
			const char *n_naam = arena_printf(r->arena, "%snaam", p), *n_org = arena_printf(r->arena, "%sorganisatie", p);
			const char *n_fn = arena_printf(r->arena, "%sfunctie", p), *n_md = arena_printf(r->arena, "%smandaat", p);

			json_array_append_new(rijen, json_pack("{s:i,s:o,s:o,s:o,s:o}", "nr", i + 1,
			    "naam", cw_veld(f, n_naam, n_naam, "Naam", NULL, CW_TEKST, ew_w(w, n_naam), ESCALATIE_MAX_KORT, false),
			    "organisatie", cw_keuze(f, n_org, n_org, "Organisatie", NULL, ew_org_opties(r, e->organisaties,
				e->norganisaties, ew_w(w, n_org) ? strtoll(ew_w(w, n_org), NULL, 10) : 0, "Kies de organisatie")),
			    "functie", cw_veld(f, n_fn, n_fn, "Functie", NULL, CW_TEKST, ew_w(w, n_fn), ESCALATIE_MAX_KORT, false),
			    "mandaat", cw_groep(f, n_md, n_md, "Mandaat", NULL, false, json_pack("[o]", cw_optie("ja",
				"Mag aan tafel besluiten voor de organisatie", ew_w(w, n_md) != NULL)))));
		}
		json_object_set_new(o, "f_bijeenkomst", json_pack("{s:o,s:o,s:o}", "datum", cw_veld(f, "bk_datum", "bk_datum",
		    "Datum van de bijeenkomst", "Een datum in de toekomst plant de bijeenkomst; afspraken legt u vast "
		    "zodra hij is gehouden.", CW_DATUM, w ? ew_w(w, "bk_datum") : vandaag, DATE_STRLEN, true),
		    "notities", cw_veld(f, "bk_notities", "bk_notities", "Notities", NULL, CW_TEXTAREA, ew_w(w,
			"bk_notities"), ESCALATIE_MAX_TEKST, false), "deelnemers", rijen));
	}
	if (tafel && mag(e, ESCALATIE_STAP_BIJEENKOMST) && e->nbijeenkomsten > 0)
		json_object_set_new(o, "f_deelnemer", json_pack("{s:o,s:o,s:o,s:o,s:o}",
		    "bijeenkomst", cw_keuze(f, "dn_bijeenkomst", "dn_bijeenkomst", "Bijeenkomst", NULL, meeting_opties(r, e,
			ew_form_id(r, "dn_bijeenkomst"), false)),
		    "naam", cw_veld(f, "dn_naam", "dn_naam", "Naam", NULL, CW_TEKST, ew_w(w, "dn_naam"), ESCALATIE_MAX_KORT, true),
		    "organisatie", cw_keuze(f, "dn_organisatie", "dn_organisatie", "Organisatie", NULL, ew_org_opties(r,
			e->organisaties, e->norganisaties, ew_form_id(r, "dn_organisatie"), "Kies de organisatie")),
		    "functie", cw_veld(f, "dn_functie", "dn_functie", "Functie", NULL, CW_TEKST, ew_w(w, "dn_functie"),
			ESCALATIE_MAX_KORT, false),
		    "mandaat", cw_groep(f, "dn_mandaat", "dn_mandaat", "Mandaat", NULL, false, json_pack("[o]", cw_optie("ja",
			"Mag aan tafel besluiten voor de organisatie", ew_w(w, "dn_mandaat") != NULL)))));
	if (tafel && mag(e, ESCALATIE_STAP_AFSPRAAK) && gehouden && ntafel > 0)
		json_object_set_new(o, "f_afspraak", json_pack("{s:o,s:o,s:o,s:o,s:o}",
		    "bijeenkomst", cw_keuze(f, "af_bijeenkomst", "af_bijeenkomst", "Gemaakt op de bijeenkomst", NULL,
			meeting_opties(r, e, ew_form_id(r, "af_bijeenkomst"), true)),
		    "wat", cw_veld(f, "af_wat", "af_wat", "Wat is afgesproken?", "Geen BSN of volledige namen van de burger.",
			CW_TEXTAREA, ew_w(w, "af_wat"), ESCALATIE_MAX_TEKST, true),
		    "organisatie", cw_keuze(f, "af_organisatie", "af_organisatie", "Welke organisatie doet het?",
			"Alleen een organisatie die aan tafel zat.", ew_org_opties(r, tafelorgs, ntafel,
			ew_form_id(r, "af_organisatie"), "Kies de organisatie")),
		    "wie", cw_veld(f, "af_wie", "af_wie", "Wie (persoon)", NULL, CW_TEKST, ew_w(w, "af_wie"),
			ESCALATIE_MAX_KORT, false),
		    "uiterlijk", cw_veld(f, "af_uiterlijk", "af_uiterlijk", "Uiterlijk klaar op", NULL, CW_DATUM,
			ew_w(w, "af_uiterlijk"), DATE_STRLEN, true)));
	if (tafel && mag(e, ESCALATIE_STAP_OPVOLGING)) {
		opties = json_array();
		for (size_t i = 0; i < e->nbijeenkomsten; i++)
			for (size_t j = 0; j < e->bijeenkomsten[i].nafspraken; j++) {
				const struct escalatie_afspraak *x = &e->bijeenkomsten[i].afspraken[j];

				json_array_append_new(opties, cw_optie(arena_printf(r->arena, "%lld", (long long)x->id),
				    arena_printf(r->arena, "%s: %.60s (%s)", x->organisatie.naam ? x->organisatie.naam : "?", x->wat,
					cw_label(&codes_afspraak_status, (int)x->status)), x->id == ew_form_id(r, "op_afspraak")));
			}
		json_object_set_new(o, "f_opvolging", json_pack("{s:o,s:o,s:o,s:o}",
		    "afspraak", cw_keuze(f, "op_afspraak", "op_afspraak", "Afspraak", NULL, opties),
		    "status", cw_keuze(f, "op_status", "op_status", "Stand van de afspraak", NULL, cw_opties(
			&codes_afspraak_status, w ? cw_code(&codes_afspraak_status, ew_w(w, "op_status")) : AFSPRAAK_NAGEKOMEN,
			NULL)),
		    "datum", cw_veld(f, "op_datum", "op_datum", "Datum", NULL, CW_DATUM, w ? ew_w(w, "op_datum") : vandaag,
			DATE_STRLEN, true),
		    "notitie", cw_veld(f, "op_notitie", "op_notitie", "Notitie", "Verplicht bij niet nagekomen of vervallen.",
			CW_TEXTAREA, ew_w(w, "op_notitie"), ESCALATIE_MAX_TEKST, false)));
	}
	for (int k = 0; k < 2; k++) {
		enum escalatie_stap s = k == 0 ? ESCALATIE_STAP_AFRONDEN : ESCALATIE_STAP_ALLEEN_VOORZITTER;
		const char *p = k == 0 ? "ar_" : "av_";

		if (!tafel || !mag(e, s))
			continue;
		json_object_set_new(o, k == 0 ? "f_afronden" : "f_alleen_voorzitter", json_pack("{s:o,s:o,s:o}",
		    "uitkomst", cw_groep(f, arena_printf(r->arena, "%suitkomst", p), arena_printf(r->arena, "%suitkomst", p),
			"Uitkomst", NULL, true, cw_opties(&codes_escalatie_uitkomst, cw_code(&codes_escalatie_uitkomst,
			ew_w(w, arena_printf(r->arena, "%suitkomst", p))), NULL)),
		    "resultaat", cw_veld(f, arena_printf(r->arena, "%sresultaat", p), arena_printf(r->arena, "%sresultaat", p),
			"Wat is eruit gekomen?", NULL, CW_TEXTAREA, ew_w(w, arena_printf(r->arena, "%sresultaat", p)),
			ESCALATIE_MAX_TEKST, true),
		    "datum", cw_veld(f, arena_printf(r->arena, "%sdatum", p), arena_printf(r->arena, "%sdatum", p), "Datum",
			NULL, CW_DATUM, w ? ew_w(w, arena_printf(r->arena, "%sdatum", p)) : vandaag, DATE_STRLEN, true)));
	}
	if (regie && mag(e, ESCALATIE_STAP_INTREKKEN))
		json_object_set_new(o, "f_intrekken", json_pack("{s:o,s:o}",
		    "reden", cw_veld(f, "it_reden", "it_reden", "Waarom wordt de escalatie ingetrokken?", NULL, CW_TEXTAREA,
			ew_w(w, "it_reden"), ESCALATIE_MAX_TEKST, true),
		    "datum", cw_veld(f, "it_datum", "it_datum", "Datum", NULL, CW_DATUM, w ? ew_w(w, "it_datum") : vandaag,
			DATE_STRLEN, true)));
	return o;
}

static void
detail_toon(struct request *r, const char *ref, int64_t id, int status, const struct cw_fouten *f, json_t *w)
{
	struct casus_toegang t;
	struct escalatie e;
	struct err err = { 0 };
	enum err_code rc;
	json_t *ctx, *orgs = json_array();
	const char *gedaan = req_query(r, "gedaan");

	if (store_casus_toegang(r->store, ref, r->actor.persoon_id, &t) != ERR_OK ||
	    (rc = store_escalatie_get(r->store, r->arena, t.id, id, &e, &err)) != ERR_OK) {
		json_decref(w);
		json_decref(orgs);
		reply_problem(r, 404, "Niet gevonden", "Deze escalatie bestaat niet.");
		return;
	}
	for (size_t i = 0; i < e.norganisaties; i++)
		json_array_append_new(orgs, json_pack("{s:s,s:s}", "naam", e.organisaties[i].naam ? e.organisaties[i].naam :
		    "", "type", cw_label(&codes_organisatie_type, (int)e.organisaties[i].type)));
	ctx = json_pack("{s:s,s:I,s:s,s:s,s:s,s:s,s:s,s:s?,s:s,s:o,s:b}", "referentie", ref, "id", (json_int_t)e.id,
	    "status", codes_escalatie_status.codes[e.status], "status_label", cw_label(&codes_escalatie_status,
	    (int)e.status), "aangevraagd_op", app_datum_tekst(r, e.aangevraagd_op), "urgentie", cw_label(&codes_urgentie,
	    (int)e.urgentie), "reden", e.reden ? e.reden : "", "geprobeerd", e.geprobeerd, "besluit", e.gevraagd_besluit ?
	    e.gevraagd_besluit : "", "organisaties", orgs, "afgesloten", escalatie_is_afgesloten(e.status));
	if (e.voorzitter.id != 0)
		json_object_set_new(ctx, "voorzitter", json_string(e.voorzitter.naam ? e.voorzitter.naam : "?"));
	if (e.uitkomst >= 0)
		json_object_set_new(ctx, "uitkomst", json_string(cw_label(&codes_escalatie_uitkomst, e.uitkomst)));
	if (e.resultaat != NULL)
		json_object_set_new(ctx, "resultaat", json_string(e.resultaat));
	if (e.afgesloten_op != DATE_NONE)
		json_object_set_new(ctx, "afgesloten_op", json_string(app_datum_tekst(r, e.afgesloten_op)));
	json_object_set_new(ctx, "bijeenkomsten", bijeenkomsten_json(r, &e));
	json_object_set_new(ctx, "heeft_bijeenkomsten", json_boolean(e.nbijeenkomsten > 0));
	json_object_set_new(ctx, "heeft_organisaties", json_boolean(e.norganisaties > 0));
	if (perm_escalatie_voorzitten(&r->actor, e.voorzitter.id) || perm_escalatie_aanvragen(&r->actor))
		json_object_set_new(ctx, "stappen", formulieren(r, &e, f, w));
	if (status == 200 && gedaan != NULL)
		json_object_set_new(ctx, "flash", json_pack("{s:s,s:s}", "type", "ok", "tekst", strcmp(gedaan, "aangevraagd") == 0 ?
		    "De escalatie is aangevraagd. Hij staat als interventie in de tijdlijn van de casus." :
		    "De stap is vastgelegd."));
	cw_fouten_ctx(ctx, f);
	json_decref(w);
	reply_page(r, status, "escalatie/detail", arena_printf(r->arena, "Escalatie %s", ref), ctx);
}

void
h_esc_detail(struct request *r)
{
	struct casus_toegang t;
	int64_t id = ew_id(r, 1);

	if (!casus_open(r, req_param(r, 0), CASUS_ZIEN, "escalatie.lezen", &t))
		return;
	detail_toon(r, req_param(r, 0), id, 200, NULL, NULL);
}

/* Reads the form of step h into in; messages in f (ids with the form's prefix). */
static void
stap_lees(struct request *r, struct cw_fouten *f, const struct escalatie *e, struct esc_invoer *in)
{
	size_t ntafel = 0;
	struct organisatie_ref *tafel = aan_tafel(r, e, &ntafel);
	const struct organisatie_ref *o;
	int c;

	switch (in->h) {
	case ESC_H_VOORZITTER:
		if ((in->voorzitter_id = ew_form_id(r, "vz_voorzitter")) == 0)
			cw_fout(f, "vz_voorzitter", "Kies de voorzitter uit de lijst.");
		break;
	case ESC_H_BIJEENKOMST:
		in->bijeenkomst.datum = ew_datum(r, f, "bk_datum", "de datum van de bijeenkomst", true);
		in->bijeenkomst.notities = cw_tekst(r, f, "bk_notities", "bk_notities", "de notities", ESCALATIE_MAX_TEKST,
		    false);
		in->bijeenkomst.deelnemers = arena_alloc(r->arena, MAX_NIEUWE_DEELNEMERS * sizeof(struct escalatie_deelnemer));
		for (int i = 0; i < MAX_NIEUWE_DEELNEMERS; i++) {
			const char *p = arena_printf(r->arena, "bk_deelnemers_%d_", i);
			struct escalatie_deelnemer *d = &in->bijeenkomst.deelnemers[in->bijeenkomst.ndeelnemers];
			const char *naam = cw_tekst(r, f, arena_printf(r->arena, "%snaam", p), arena_printf(r->arena, "%snaam",
			    p), "de naam van de deelnemer", ESCALATIE_MAX_KORT, false);
			int64_t org = ew_form_id(r, arena_printf(r->arena, "%sorganisatie", p));

			if (naam == NULL && org == 0)
				continue;
			memset(d, 0, sizeof(*d));
			d->naam = naam;
			if ((o = ew_org_van(e->organisaties, e->norganisaties, org)) != NULL)
				d->organisatie = *o;
			d->functie = cw_tekst(r, f, arena_printf(r->arena, "%sfunctie", p), arena_printf(r->arena, "%sfunctie",
			    p), "de functie", ESCALATIE_MAX_KORT, false);
			d->mandaat = req_form(r, arena_printf(r->arena, "%smandaat", p)) != NULL;
			in->bijeenkomst.ndeelnemers++;
		}
		break;
	case ESC_H_DEELNEMER:
		in->bijeenkomst_id = ew_form_id(r, "dn_bijeenkomst");
		in->deelnemer.naam = cw_tekst(r, f, "dn_naam", "dn_naam", "de naam van de deelnemer", ESCALATIE_MAX_KORT, true);
		if ((o = ew_org_van(e->organisaties, e->norganisaties, ew_form_id(r, "dn_organisatie"))) != NULL)
			in->deelnemer.organisatie = *o;
		in->deelnemer.functie = cw_tekst(r, f, "dn_functie", "dn_functie", "de functie", ESCALATIE_MAX_KORT, false);
		in->deelnemer.mandaat = req_form(r, "dn_mandaat") != NULL;
		break;
	case ESC_H_AFSPRAAK:
		in->bijeenkomst_id = ew_form_id(r, "af_bijeenkomst");
		in->afspraak.wat = cw_tekst(r, f, "af_wat", "af_wat", "wat is afgesproken", ESCALATIE_MAX_TEKST, true);
		if ((o = ew_org_van(tafel, ntafel, ew_form_id(r, "af_organisatie"))) != NULL)
			in->afspraak.organisatie = *o;
		else if (ew_form_id(r, "af_organisatie") > 0)   /* a stored organisation that is not at the table */
			in->afspraak.organisatie.id = ew_form_id(r, "af_organisatie"), in->afspraak.organisatie.naam = "?";
		in->afspraak.wie = cw_tekst(r, f, "af_wie", "af_wie", "wie het doet", ESCALATIE_MAX_KORT, false);
		in->afspraak.uiterlijk = ew_datum(r, f, "af_uiterlijk", "de datum waarop het klaar moet zijn", true);
		break;
	case ESC_H_OPVOLGING:
		in->afspraak_id = ew_form_id(r, "op_afspraak");
		if ((c = cw_code(&codes_afspraak_status, req_form(r, "op_status"))) < 0)
			cw_fout(f, "op_status", "Kies de stand van de afspraak.");
		in->opvolging.status = c >= 0 ? (enum afspraak_status)c : AFSPRAAK_OPEN;
		in->opvolging.datum = ew_datum(r, f, "op_datum", "de datum", true);
		in->opvolging.notitie = cw_tekst(r, f, "op_notitie", "op_notitie", "de notitie", ESCALATIE_MAX_TEKST, false);
		break;
	case ESC_H_AFRONDEN:
	case ESC_H_ALLEEN_VOORZITTER: {
		const char *p = in->h == ESC_H_AFRONDEN ? "ar_" : "av_";

		if ((c = cw_code(&codes_escalatie_uitkomst, req_form(r, arena_printf(r->arena, "%suitkomst", p)))) < 0)
			cw_fout(f, arena_printf(r->arena, "%suitkomst", p), "Kies de uitkomst.");
		in->uitkomst = c;
		in->tekst = cw_tekst(r, f, arena_printf(r->arena, "%sresultaat", p), arena_printf(r->arena, "%sresultaat", p),
		    "wat eruit is gekomen", ESCALATIE_MAX_TEKST, true);
		in->datum = ew_datum(r, f, arena_printf(r->arena, "%sdatum", p), "de datum", true);
		break;
	}
	case ESC_H_INTREKKEN:
		in->tekst = cw_tekst(r, f, "it_reden", "it_reden", "waarom de escalatie wordt ingetrokken",
		    ESCALATIE_MAX_TEKST, true);
		in->datum = ew_datum(r, f, "it_datum", "de datum", true);
		break;
	case ESC_H_BEWERKEN:
	case ESC_H__MAX:
		cw_fout(f, "stap", "Deze stap bestaat niet op deze pagina.");
		break;
	}
}

static const char *const prefixen[ESC_H__MAX] = {
	[ESC_H_VOORZITTER] = "vz_", [ESC_H_BIJEENKOMST] = "bk_", [ESC_H_DEELNEMER] = "dn_", [ESC_H_AFSPRAAK] = "af_",
	[ESC_H_OPVOLGING] = "op_", [ESC_H_BEWERKEN] = "esc_", [ESC_H_AFRONDEN] = "ar_", [ESC_H_ALLEEN_VOORZITTER] = "av_",
	[ESC_H_INTREKKEN] = "it_",
};

void
h_esc_stap(struct request *r)
{
	struct casus_toegang t;
	struct cw_fouten f = { 0 };
	struct esc_invoer in;
	struct escalatie e;
	struct err err = { 0 };
	int64_t id = ew_id(r, 1);
	int h = esc_handeling_find(req_form(r, "stap"));
	enum err_code rc;

	if (!casus_open(r, req_param(r, 0), CASUS_ZIEN, "escalatie.wijzigen", &t))
		return;
	if ((rc = store_escalatie_get(r->store, r->arena, t.id, id, &e, &err)) != ERR_OK) {
		reply_problem(r, 404, "Niet gevonden", "Deze escalatie bestaat niet.");
		return;
	}
	if (h < 0 || h == ESC_H_BEWERKEN) {
		reply_problem(r, 400, "Onbekende stap", "Het formulier noemt geen stap die deze pagina kent.");
		return;
	}
	esc_invoer_init(&in, (enum esc_handeling)h);
	stap_lees(r, &f, &e, &in);
	if (f.n == 0 && (rc = esc_uitvoeren(r, &t, id, &in, NULL, &err)) != ERR_OK) {
		if (rc == ERR_VALIDATION)
			ew_fout(r, &f, prefixen[h], &err);
		else if (rc == ERR_CONFLICT) {
			reply_problem(r, 409, "Deze stap kan nu niet", err.msg[0] ? err.msg :
			    "De escalatie staat niet in een stand waarin deze stap kan.");
			return;
		} else {
			ew_reply_err(r, rc, &err);
			return;
		}
	}
	if (f.n > 0) {
		detail_toon(r, req_param(r, 0), id, 400, &f, app_form_waarden(r));
		return;
	}
	reply_redirect(r, 303, arena_printf(r->arena, "/casussen/%s/escalaties/%lld?gedaan=%s", req_param(r, 0),
	    (long long)id, esc_handeling_codes[h]));
}
