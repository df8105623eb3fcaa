/* web_overbrugging.c - an overbrugging in the browser: asking for one, its page, and each step as a form. */
#include <stdlib.h>
#include <string.h>

#include "app/common/bedrag.h"
#include "app/common/handeling.h"
#include "app/escalatie/handlers.h"
#include "app/escalatie/stap.h"
#include "app/escalatie/web.h"
#include "core/bedrag.h"
#include "core/perm.h"
#include "lib/date.h"
#include "store/overbrugging/overbrugging.h"

/* ---- asking for an overbrugging ------------------------------------------------------------- */

static json_t *
kandidaat_opties(struct request *r, const struct organisatie_ref *orgs, size_t n, const char *naam)
{
	json_t *a = json_array();
	size_t ng = 0;
	const char **g = req_form_all(r, naam, &ng);

	for (size_t i = 0; i < n; i++) {
		const char *code = arena_printf(r->arena, "%lld", (long long)orgs[i].id);
		bool aan = false;

		for (size_t k = 0; k < ng; k++)
			aan = aan || strcmp(g[k], code) == 0;
		json_array_append_new(a, cw_optie(code, arena_printf(r->arena, "%s (%s)", orgs[i].naam,
		    cw_label(&codes_organisatie_type, (int)orgs[i].type)), aan));
	}
	return a;
}

static void
nieuw_toon(struct request *r, const struct casus *c, int status, const struct cw_fouten *f, json_t *w)
{
	size_t norgs = 0;
	struct organisatie_ref *orgs = ew_casus_orgs(r, c, &norgs);
	json_t *ctx = json_object(), *opties = json_array();
	size_t ng = 0;
	const char **g = req_form_all(r, "ob_regelingen", &ng);

	for (int i = 0; i < REGELING__MAX; i++) {
		bool aan = false;

		for (size_t k = 0; k < ng; k++)
			aan = aan || strcmp(g[k], codes_regeling.codes[i]) == 0;
		json_array_append_new(opties, cw_optie(codes_regeling.codes[i], codes_regeling.labels[i], aan));
	}
	json_object_set_new(ctx, "referentie", json_string(c->referentie));
	json_object_set_new(ctx, "wat", cw_veld(f, "ob_wat", "ob_wat", "Waarvoor moet betaald worden?",
	    "Bijvoorbeeld een crisisbed, een plek in beschermd wonen of inkomen zolang een bezwaar loopt. Geen BSN of "
	    "volledige namen.", CW_TEXTAREA, ew_w(w, "ob_wat"), OVERBRUGGING_MAX_TEKST, true));
	json_object_set_new(ctx, "regelingen", cw_groep(f, "ob_regelingen", "ob_regelingen",
	    "Regelingen waarover het verschil van inzicht gaat", NULL, false, opties));
	json_object_set_new(ctx, "bedrag", cw_veld(f, "ob_geschatBedrag", "ob_geschatBedrag", "Geschat bedrag in euro's",
	    "Bijvoorbeeld 18.500 of 1.234,56.", CW_TEKST, ew_w(w, "ob_geschatBedrag"), 24, false));
	json_object_set_new(ctx, "van", cw_veld(f, "ob_periodeVan", "ob_periodeVan", "Periode vanaf", NULL, CW_DATUM,
	    ew_w(w, "ob_periodeVan"), DATE_STRLEN, false));
	json_object_set_new(ctx, "tot", cw_veld(f, "ob_periodeTot", "ob_periodeTot", "Periode tot en met", NULL, CW_DATUM,
	    ew_w(w, "ob_periodeTot"), DATE_STRLEN, false));
	json_object_set_new(ctx, "termijn", cw_veld(f, "ob_termijnWerkdagen", "ob_termijnWerkdagen",
	    "Beslistermijn in werkdagen", "Standaard 10 werkdagen na de aanvraag; weekenden en feestdagen tellen niet mee.",
	    CW_GETAL, w ? ew_w(w, "ob_termijnWerkdagen") : "10", 2, true));
	if (norgs > 0)
		json_object_set_new(ctx, "kandidaten", cw_groep(f, "ob_kandidaten", "ob_kandidaten",
		    "Organisaties van de casus die mogelijk moeten betalen", NULL, false,
		    kandidaat_opties(r, orgs, norgs, "ob_kandidaten")));
	json_object_set_new(ctx, "andere_naam", cw_veld(f, "ob_andere_naam", "ob_andere_naam",
	    "Andere mogelijke betaler", "Een organisatie die niet bij de casus staat, bijvoorbeeld een zorgkantoor.",
	    CW_TEKST, ew_w(w, "ob_andere_naam"), CASUS_MAX_KORT, false));
	json_object_set_new(ctx, "andere_type", cw_keuze(f, "ob_andere_type", "ob_andere_type",
	    "Soort van de andere betaler", NULL, cw_opties(&codes_organisatie_type,
		cw_code(&codes_organisatie_type, ew_w(w, "ob_andere_type")), "Kies de soort")));
	json_object_set_new(ctx, "datum", cw_veld(f, "ob_aangevraagdOp", "ob_aangevraagdOp", "Aangevraagd op", NULL,
	    CW_DATUM, w ? ew_w(w, "ob_aangevraagdOp") : app_datum_iso(r, app_vandaag(r)), DATE_STRLEN, true));
	cw_fouten_ctx(ctx, f);
	json_decref(w);
	reply_page(r, status, "overbrugging/nieuw", arena_printf(r->arena, "Overbrugging aanvragen voor %s",
	    c->referentie), ctx);
}

static bool
open_casus(struct request *r, const char *audit, struct casus_toegang *t, struct casus *c)
{
	struct err e = { 0 };
	enum err_code rc;

	if (!casus_open(r, req_param(r, 0), CASUS_REGIE, audit, t))
		return false;
	if ((rc = store_casus_load_id(r->store, r->arena, t->id, c, &e)) != ERR_OK) {
		cw_reply_store(r, rc, &e);
		return false;
	}
	return true;
}

void
h_ob_nieuw_form(struct request *r)
{
	struct casus_toegang t;
	struct casus c;

	if (!open_casus(r, "overbrugging.formulier", &t, &c))
		return;
	if (c.status == STATUS_AFGEROND) {
		reply_problem(r, 409, "Casus is afgerond", "Heropen de casus eerst als er nog een overbrugging nodig is.");
		return;
	}
	nieuw_toon(r, &c, 200, NULL, NULL);
}

void
h_ob_nieuw(struct request *r)
{
	struct casus_toegang t;
	struct casus c;
	struct cw_fouten f = { 0 };
	struct overbrugging o;
	struct err err = { 0 };
	size_t norgs = 0, ng = 0;
	struct organisatie_ref *orgs;
	const char **g, *andere, *termijn;
	int64_t id = 0;
	enum err_code rc;

	if (!open_casus(r, "overbrugging.aanvragen", &t, &c))
		return;
	orgs = ew_casus_orgs(r, &c, &norgs);
	overbrugging_init(&o);
	o.wat = cw_tekst(r, &f, "ob_wat", "ob_wat", "waarvoor betaald moet worden", OVERBRUGGING_MAX_TEKST, true);
	g = req_form_all(r, "ob_regelingen", &ng);
	for (size_t k = 0; k < ng; k++) {
		int i = codelist_find(&codes_regeling, g[k]);

		if (i < 0)
			cw_fout(&f, "ob_regelingen", "Kies de regelingen uit de lijst.");
		else
			o.regelingen |= 1u << i;
	}
	if (bedrag_lees(req_form(r, "ob_geschatBedrag"), "geschatBedrag", &o.geschat_bedrag, &err) != ERR_OK)
		ew_fout(r, &f, "ob_", &err);
	o.periode_van = ew_datum(r, &f, "ob_periodeVan", "het begin van de periode", false);
	o.periode_tot = ew_datum(r, &f, "ob_periodeTot", "het einde van de periode", false);
	termijn = req_form(r, "ob_termijnWerkdagen");
	o.termijn_werkdagen = termijn != NULL && *termijn >= '0' && *termijn <= '9' && strlen(termijn) <= 2 ?
	    atoi(termijn) : -1;
	o.aangevraagd_op = ew_datum(r, &f, "ob_aangevraagdOp", "de datum van de aanvraag", true);
	g = req_form_all(r, "ob_kandidaten", &ng);
	o.kandidaten = arena_alloc(r->arena, (ng + 1) * sizeof(*o.kandidaten));
	for (size_t k = 0; k < ng; k++) {
		const struct organisatie_ref *x = ew_org_van(orgs, norgs, strtoll(g[k], NULL, 10));
		struct overbrugging_kandidaat *kd = &o.kandidaten[o.nkandidaten];

		if (x == NULL) {
			cw_fout(&f, "ob_kandidaten", "Kies de organisaties uit de lijst.");
			continue;
		}
		memset(kd, 0, sizeof(*kd));
		kd->organisatie = *x;
		kd->standpunt = STANDPUNT_ONBEKEND;
		o.nkandidaten++;
	}
	andere = cw_tekst(r, &f, "ob_andere_naam", "ob_andere_naam", "de naam van de andere betaler", CASUS_MAX_KORT,
	    false);
	if (andere != NULL) {
		int ty = cw_code(&codes_organisatie_type, req_form(r, "ob_andere_type"));
		struct overbrugging_kandidaat *kd = &o.kandidaten[o.nkandidaten++];

		if (ty < 0)
			cw_fout(&f, "ob_andere_type", "Kies de soort van de andere betaler.");
		memset(kd, 0, sizeof(*kd));
		kd->organisatie.naam = andere;
		kd->organisatie.type = ty >= 0 ? (enum organisatie_type)ty : ORGTYPE_OVERIG;
		kd->organisatie.aangesloten_sinds = kd->organisatie.aangesloten_tot = DATE_NONE;
		kd->standpunt = STANDPUNT_ONBEKEND;
	}
	if (f.n == 0 && (rc = ob_aanvragen(r, &t, &o, &id, &err)) != ERR_OK) {
		if (rc != ERR_VALIDATION) {
			ew_reply_err(r, rc, &err);
			return;
		}
		ew_fout(r, &f, "ob_", &err);
	}
	if (f.n > 0) {
		nieuw_toon(r, &c, 400, &f, app_form_waarden(r));
		return;
	}
	reply_redirect(r, 303, arena_printf(r->arena, "/casussen/%s/overbruggingen/%lld?gedaan=aangevraagd",
	    c.referentie, (long long)id));
}

/* ---- the page of one overbrugging ----------------------------------------------------------- */

/* The organisations that may pre-finance: the candidates, then the casus's other organisations. */
static struct organisatie_ref *
financiers(struct request *r, const struct overbrugging *o, const struct casus *c, size_t *n)
{
	size_t nc = 0, k = 0;
	struct organisatie_ref *cs = ew_casus_orgs(r, c, &nc);
	struct organisatie_ref *v = arena_alloc(r->arena, (o->nkandidaten + nc + 1) * sizeof(*v));

	for (size_t i = 0; i < o->nkandidaten; i++)
		if (ew_org_van(v, k, o->kandidaten[i].organisatie.id) == NULL)
			v[k++] = o->kandidaten[i].organisatie;
	for (size_t i = 0; i < nc; i++)
		if (ew_org_van(v, k, cs[i].id) == NULL)
			v[k++] = cs[i];
	*n = k;
	return v;
}

static bool
mag(const struct overbrugging *o, enum overbrugging_stap s)
{
	return overbrugging_na_stap(o->status, s) >= 0;
}

static json_t *
formulieren(struct request *r, const struct overbrugging *o, const struct casus *c, const struct cw_fouten *f,
    json_t *w)
{
	json_t *x = json_object();
	const char *vandaag = app_datum_iso(r, app_vandaag(r));
	size_t nf = 0;
	struct organisatie_ref *fin = financiers(r, o, c, &nf), *kand;

	kand = arena_alloc(r->arena, (o->nkandidaten + 1) * sizeof(*kand));
	for (size_t i = 0; i < o->nkandidaten; i++)
		kand[i] = o->kandidaten[i].organisatie;
	if (mag(o, OVERBRUGGING_STAP_VOORFINANCIEREN))
		json_object_set_new(x, "f_voorfinancieren", json_pack("{s:o,s:o,s:o}",
		    "org", cw_keuze(f, "vf_voorfinancier", "vf_voorfinancier", "Wie financiert voor?", NULL,
			ew_org_opties(r, fin, nf, ew_form_id(r, "vf_voorfinancier"), "Kies de organisatie")),
		    "bedrag", cw_veld(f, "vf_bedrag", "vf_bedrag", "Voorgefinancierd bedrag in euro's",
			"Bijvoorbeeld 4.250 of 4.250,00.", CW_TEKST, ew_w(w, "vf_bedrag"), 24, true),
		    "datum", cw_veld(f, "vf_datum", "vf_datum", "Datum", NULL, CW_DATUM, w ? ew_w(w, "vf_datum") : vandaag,
			DATE_STRLEN, true)));
	if (mag(o, OVERBRUGGING_STAP_BESLUITEN))
		json_object_set_new(x, "f_besluiten", json_pack("{s:o,s:o,s:o}",
		    "org", cw_keuze(f, "bs_betaler", "bs_betaler", "Wie betaalt definitief?", "Een van de mogelijke betalers.",
			ew_org_opties(r, kand, o->nkandidaten, ew_form_id(r, "bs_betaler"), "Kies de betaler")),
		    "grondslag", cw_veld(f, "bs_grondslag", "bs_grondslag", "Grondslag",
			"De wet, regeling of afspraak waarop het besluit rust.", CW_TEXTAREA, ew_w(w, "bs_grondslag"),
			OVERBRUGGING_MAX_TEKST, true),
		    "datum", cw_veld(f, "bs_datum", "bs_datum", "Datum van het besluit", NULL, CW_DATUM,
			w ? ew_w(w, "bs_datum") : vandaag, DATE_STRLEN, true)));
	if (mag(o, OVERBRUGGING_STAP_VERREKENEN) && overbrugging_te_verrekenen(o))
		json_object_set_new(x, "f_verrekenen", json_pack("{s:o,s:o}",
		    "bedrag", cw_veld(f, "vr_bedrag", "vr_bedrag", "Verrekend bedrag in euro's",
			arena_printf(r->arena, "Hoogstens het voorgefinancierde bedrag, %s.",
			    app_bedrag_tekst(r->arena, o->voorgefinancierd_bedrag)), CW_TEKST,
			w ? ew_w(w, "vr_bedrag") : app_bedrag_invoer(r->arena, o->voorgefinancierd_bedrag), 24, true),
		    "datum", cw_veld(f, "vr_datum", "vr_datum", "Datum van de verrekening", NULL, CW_DATUM,
			w ? ew_w(w, "vr_datum") : vandaag, DATE_STRLEN, true)));
	if (mag(o, OVERBRUGGING_STAP_INTREKKEN))
		json_object_set_new(x, "f_intrekken", json_pack("{s:o,s:o}",
		    "reden", cw_veld(f, "it_reden", "it_reden", "Waarom wordt de aanvraag ingetrokken?", NULL, CW_TEXTAREA,
			ew_w(w, "it_reden"), OVERBRUGGING_MAX_TEKST, true),
		    "datum", cw_veld(f, "it_datum", "it_datum", "Datum", NULL, CW_DATUM, w ? ew_w(w, "it_datum") : vandaag,
			DATE_STRLEN, true)));
	return x;
}

static void
detail_toon(struct request *r, const struct casus_toegang *t, const char *ref, int64_t id, int status,
    const struct cw_fouten *f, json_t *w)
{
	struct overbrugging o;
	struct casus c;
	struct err err = { 0 };
	int vandaag = app_vandaag(r);
	json_t *ctx, *kand = json_array();
	const char *gedaan = req_query(r, "gedaan");

	if (store_overbrugging_get(r->store, r->arena, t->id, id, &o, &err) != ERR_OK ||
	    store_casus_load_id(r->store, r->arena, t->id, &c, &err) != ERR_OK) {
		json_decref(w);
		json_decref(kand);
		reply_problem(r, 404, "Niet gevonden", "Deze overbrugging bestaat niet.");
		return;
	}
	for (size_t i = 0; i < o.nkandidaten; i++)
		json_array_append_new(kand, json_pack("{s:s,s:s,s:s,s:s?}", "naam", o.kandidaten[i].organisatie.naam ?
		    o.kandidaten[i].organisatie.naam : "", "type", cw_label(&codes_organisatie_type,
		    (int)o.kandidaten[i].organisatie.type), "standpunt", cw_label(&codes_standpunt,
		    (int)o.kandidaten[i].standpunt), "toelichting", o.kandidaten[i].toelichting));
	ctx = json_pack("{s:s,s:I,s:s,s:s,s:s,s:s,s:o,s:s,s:s,s:b,s:b}", "referentie", ref, "id", (json_int_t)o.id,
	    "status", codes_overbrugging_status.codes[o.status], "status_label", cw_label(&codes_overbrugging_status,
	    (int)o.status), "aangevraagd_op", app_datum_tekst(r, o.aangevraagd_op), "wat", o.wat ? o.wat : "",
	    "kandidaten", kand, "regelingen", cw_bits_tekst(r, &codes_regeling, o.regelingen),
	    "beslistermijn", app_datum_tekst(r, overbrugging_beslistermijn(&o)), "te_laat", overbrugging_te_laat(&o, vandaag),
	    "heeft_kandidaten", o.nkandidaten > 0);
	json_object_set_new(ctx, "termijn", json_string(arena_printf(r->arena, "%d werkdagen", o.termijn_werkdagen)));
	if (o.geschat_bedrag != BEDRAG_GEEN)
		json_object_set_new(ctx, "geschat", json_string(app_bedrag_tekst(r->arena, o.geschat_bedrag)));
	if (o.periode_van != DATE_NONE || o.periode_tot != DATE_NONE)
		json_object_set_new(ctx, "periode", json_string(arena_printf(r->arena, "%s tot en met %s",
		    o.periode_van != DATE_NONE ? app_datum_tekst(r, o.periode_van) : "(open)",
		    o.periode_tot != DATE_NONE ? app_datum_tekst(r, o.periode_tot) : "(open)")));
	if (o.voorfinancier.naam != NULL)
		json_object_set_new(ctx, "voorfinanciering", json_pack("{s:s,s:s,s:s}", "door", o.voorfinancier.naam,
		    "bedrag", app_bedrag_tekst(r->arena, o.voorgefinancierd_bedrag), "op", app_datum_tekst(r,
		    o.voorgefinancierd_op)));
	if (o.betaler.naam != NULL)
		json_object_set_new(ctx, "besluit", json_pack("{s:s,s:s,s:s,s:s}", "betaler", o.betaler.naam, "grondslag",
		    o.grondslag ? o.grondslag : "", "op", app_datum_tekst(r, o.besloten_op), "werkdagen", arena_printf(r->arena,
		    "%d", overbrugging_werkdagen_tot_besluit(&o))));
	if (o.verrekend_bedrag != BEDRAG_GEEN)
		json_object_set_new(ctx, "verrekening", json_pack("{s:s,s:s}", "bedrag", app_bedrag_tekst(r->arena,
		    o.verrekend_bedrag), "op", app_datum_tekst(r, o.verrekend_op)));
	if (overbrugging_openstaand(&o) > 0)
		json_object_set_new(ctx, "openstaand", json_string(app_bedrag_tekst(r->arena, overbrugging_openstaand(&o))));
	if (o.reden_intrekking != NULL)
		json_object_set_new(ctx, "intrekking", json_pack("{s:s,s:s}", "reden", o.reden_intrekking, "op",
		    app_datum_tekst(r, o.ingetrokken_op)));
	if (perm_overbrugging_bijwerken(&r->actor))
		json_object_set_new(ctx, "stappen", formulieren(r, &o, &c, f, w));
	if (status == 200 && gedaan != NULL)
		json_object_set_new(ctx, "flash", json_pack("{s:s,s:s}", "type", "ok", "tekst", strcmp(gedaan, "aangevraagd") == 0 ?
		    "De overbrugging is aangevraagd. De beslistermijn loopt vanaf de aanvraag." : "De stap is vastgelegd."));
	cw_fouten_ctx(ctx, f);
	json_decref(w);
	reply_page(r, status, "overbrugging/detail", arena_printf(r->arena, "Overbrugging %s", ref), ctx);
}

void
h_ob_detail(struct request *r)
{
	struct casus_toegang t;

	if (!casus_open(r, req_param(r, 0), CASUS_ZIEN, "overbrugging.lezen", &t))
		return;
	detail_toon(r, &t, req_param(r, 0), ew_id(r, 1), 200, NULL, NULL);
}

static const char *const prefixen[OB_H__MAX] = {
	[OB_H_BEWERKEN] = "ob_", [OB_H_VOORFINANCIEREN] = "vf_", [OB_H_BESLUITEN] = "bs_", [OB_H_VERREKENEN] = "vr_",
	[OB_H_INTREKKEN] = "it_",
};

void
h_ob_stap(struct request *r)
{
	struct casus_toegang t;
	struct cw_fouten f = { 0 };
	struct ob_invoer in;
	struct overbrugging o;
	struct casus c;
	struct err err = { 0 };
	int64_t id = ew_id(r, 1);
	int h = ob_handeling_find(req_form(r, "stap"));
	size_t nf = 0;
	const struct organisatie_ref *x;
	struct organisatie_ref *fin;
	enum err_code rc;

	if (!casus_open(r, req_param(r, 0), CASUS_REGIE, "overbrugging.wijzigen", &t))
		return;
	if (store_overbrugging_get(r->store, r->arena, t.id, id, &o, &err) != ERR_OK ||
	    store_casus_load_id(r->store, r->arena, t.id, &c, &err) != ERR_OK) {
		reply_problem(r, 404, "Niet gevonden", "Deze overbrugging bestaat niet.");
		return;
	}
	if (h < 0 || h == OB_H_BEWERKEN) {
		reply_problem(r, 400, "Onbekende stap", "Het formulier noemt geen stap die deze pagina kent.");
		return;
	}
	ob_invoer_init(&in, (enum ob_handeling)h);
	fin = financiers(r, &o, &c, &nf);
	switch (in.h) {
	case OB_H_VOORFINANCIEREN:
		if ((x = ew_org_van(fin, nf, ew_form_id(r, "vf_voorfinancier"))) != NULL)
			in.organisatie = *x;
		if (bedrag_lees(req_form(r, "vf_bedrag"), "bedrag", &in.bedrag, &err) != ERR_OK)
			ew_fout(r, &f, "vf_", &err);
		in.datum = ew_datum(r, &f, "vf_datum", "de datum", true);
		break;
	case OB_H_BESLUITEN:
		if ((x = ew_org_van(fin, nf, ew_form_id(r, "bs_betaler"))) != NULL)
			in.organisatie = *x;
		in.tekst = cw_tekst(r, &f, "bs_grondslag", "bs_grondslag", "de grondslag", OVERBRUGGING_MAX_TEKST, true);
		in.datum = ew_datum(r, &f, "bs_datum", "de datum van het besluit", true);
		break;
	case OB_H_VERREKENEN:
		if (bedrag_lees(req_form(r, "vr_bedrag"), "bedrag", &in.bedrag, &err) != ERR_OK)
			ew_fout(r, &f, "vr_", &err);
		in.datum = ew_datum(r, &f, "vr_datum", "de datum van de verrekening", true);
		break;
	case OB_H_INTREKKEN:
		in.tekst = cw_tekst(r, &f, "it_reden", "it_reden", "waarom de aanvraag wordt ingetrokken",
		    OVERBRUGGING_MAX_TEKST, true);
		in.datum = ew_datum(r, &f, "it_datum", "de datum", true);
		break;
	default:
		break;
	}
	memset(&err, 0, sizeof(err));
	if (f.n == 0 && (rc = ob_uitvoeren(r, &t, id, &in, &err)) != ERR_OK) {
		if (rc == ERR_VALIDATION)
			ew_fout(r, &f, prefixen[h], &err);
		else if (rc == ERR_CONFLICT) {
			reply_problem(r, 409, "Deze stap kan nu niet", err.msg[0] ? err.msg :
			    "De overbrugging staat niet in een stand waarin deze stap kan.");
			return;
		} else {
			ew_reply_err(r, rc, &err);
			return;
		}
	}
	if (f.n > 0) {
		detail_toon(r, &t, req_param(r, 0), id, 400, &f, app_form_waarden(r));
		return;
	}
	reply_redirect(r, 303, arena_printf(r->arena, "/casussen/%s/overbruggingen/%lld?gedaan=%s", req_param(r, 0),
	    (long long)id, ob_handeling_codes[h]));
}
