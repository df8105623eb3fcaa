/* web.c - leerpunten in the browser: the overview with filters, and one leerpunt with its beleggingen, their
   history and the forms (handled in web_formulier.c). */
#include <string.h>

#include "app/leerpunt/leerpunt.h"
#include "app/leerpunt/handlers.h"
#include "app/leerpunt/web.h"
#include "core/casus.h"
#include "lib/date.h"
#include "store/evenement/evenement.h"

static const struct {
	const char *code, *tekst;
} meldingen[] = {
	{ "status", "De nieuwe status is vastgelegd in de geschiedenis van de belegging." },
	{ "belegd", "Het leerpunt is belegd. De eerste navraag staat zes maanden na de datum van beleggen gepland." },
	{ "doorgezet", "De belegging is doorgezet. Beide partijen houden hun geschiedenis." },
	{ "thema", "De thema's zijn bijgewerkt." },
	{ "niet_belegd", "Vastgelegd dat het leerpunt aan deze partij is voorgelegd en bewust niet is belegd." },
	{ "werkgroep", "De partij is toegevoegd aan de werkgroep." },
	{ "pmm_soort", "Vastgelegd hoe PMM bij dit leerpunt betrokken is." },
	{ "classificatie", "De categorie en de orde zijn bijgewerkt; wie en wanneer staat bij het leerpunt." },
	{ "signaal_gewijzigd", "Het signaal is gewijzigd; wie en wanneer staat bij het leerpunt." },
};

static void
set_melding(struct request *r, json_t *ctx)
{
	const char *m = req_query(r, "melding");

	for (size_t i = 0; m != NULL && i < sizeof(meldingen) / sizeof(meldingen[0]); i++)
		if (strcmp(m, meldingen[i].code) == 0)
			json_object_set_new(ctx, "flash", json_pack("{s:s,s:s}", "type", "ok", "tekst", meldingen[i].tekst));
}

static json_t *
optie(const char *code, const char *label, bool gekozen)
{
	return json_pack("{s:s,s:s,s:b}", "code", code, "label", label, "gekozen", gekozen);
}

static json_t *
code_opties(const struct codelist *l, const char *gekozen, const char *leeg)
{
	json_t *a = json_array();

	if (leeg != NULL)
		json_array_append_new(a, optie("", leeg, gekozen == NULL || *gekozen == '\0'));
	for (int i = 0; i < l->n; i++)
		if (l->codes[i] != NULL)   /* a code that stands for "none" has no code of its own */
			json_array_append_new(a, optie(l->codes[i], l->labels[i], gekozen != NULL &&
			    strcmp(gekozen, l->codes[i]) == 0));
	return a;
}

static json_t *
org_opties(struct request *r, const struct organisatie_kort *o, size_t n, int64_t gekozen, int64_t zonder,
    const char *leeg)
{
	json_t *a = json_array();

	if (leeg != NULL)
		json_array_append_new(a, optie("", leeg, gekozen == 0));
	for (size_t i = 0; i < n; i++) {
		const char *label = o[i].code != NULL && strcmp(o[i].code, "PMM") == 0 ?
		    arena_printf(r->arena, "PMM zelf (%s)", o[i].naam) : o[i].naam;
		if (o[i].id != zonder)
			json_array_append_new(a, optie(app_id_tekst(r, o[i].id), label, o[i].id == gekozen));
	}
	return a;
}

static bool
is_ambassadeur_alleen(const struct request *r)
{
	return leerpunt_beperking(&r->actor) > 0;
}

/* ---- the overview ---------------------------------------------------------- */

static json_t *
belegging_kort(const struct belegging_rij *b)
{
	return json_pack("{s:s,s:s,s:s,s:b,s:s?}", "bij", b->bij.naam ? b->bij.naam : "", "status",
	    codes_opvolging_status.labels[b->status], "status_code", codes_opvolging_status.codes[b->status],
	    "doorgezet", b->doorgezet_naar_id != 0, "doorgezet_naar", b->doorgezet_naar);
}

static json_t *
rij_json(struct request *r, const struct leerpunt_rij *l)
{
	json_t *casussen = json_array(), *themas = json_array(), *bel = json_array();

	for (size_t i = 0; i < l->ncasussen; i++)
		json_array_append_new(casussen, json_pack("{s:s,s:s?}", "referentie",
		    l->casussen[i].referentie ? l->casussen[i].referentie : "(concept)", "afgerond",
		    app_datum_tekst(r, l->casussen[i].afgerond_op)));
	for (size_t i = 0; i < l->nthemas; i++)
		json_array_append_new(themas, json_pack("{s:s,s:s}", "thema", l->themas[i], "href",
		    lp_thema_href(r, l->themas[i])));
	for (size_t i = 0; i < l->nbeleggingen; i++)
		json_array_append_new(bel, belegging_kort(&l->beleggingen[i]));
	return json_pack("{s:I,s:s,s:s,s:i,s:o,s:o,s:o,s:b,s:b,s:b}", "id", (json_int_t)l->id, "omschrijving",
	    l->omschrijving ? l->omschrijving : "", "categorie", codes_categorie.labels[l->categorie], "orde", l->orde,
	    "casussen", casussen, "themas", themas, "beleggingen", bel, "niet_belegd", l->nbeleggingen == 0,
	    "terugkerend", l->terugkerend, "al_bekend", l->al_bekend);
}

static void
paginering(struct request *r, json_t *ctx, const char *pad, const char *query, int pagina, size_t total, int grootte)
{
	int paginas = (int)((total + (size_t)grootte - 1) / (size_t)grootte);
	const char *sep = query && *query ? "&" : "";

	if (paginas <= 1)
		return;
	json_object_set_new(ctx, "paginering", json_pack("{s:b,s:i,s:i,s:s?,s:s?}", "meer", 1, "pagina", pagina,
	    "paginas", paginas,
	    "vorige", pagina > 1 ? arena_printf(r->arena, "%s?%s%spagina=%d", pad, query, sep, pagina - 1) : NULL,
	    "volgende", pagina < paginas ? arena_printf(r->arena, "%s?%s%spagina=%d", pad, query, sep, pagina + 1) : NULL));
}

void
h_leerpunt_lijst(struct request *r)
{
	struct leerpunt_filter f;
	struct leerpunt_rij *rows = NULL;
	struct organisatie_kort *orgs = NULL;
	struct thema_rij *themas = NULL;
	size_t n = 0, total = 0, norgs = 0, nthemas = 0;
	struct err e = { 0 };
	json_t *ctx = json_object(), *rijen = json_array(), *opt, *filter;
	const char *q;
	int pagina;
	enum err_code rc;

	if (!lp_filter(r, &f, false, &pagina, ctx)) {
		json_decref(ctx);
		json_decref(rijen);
		return;
	}
	if ((rc = store_leerpunt_list(r->store, r->arena, &f, &rows, &n, &total, &e)) != ERR_OK ||
	    (rc = store_organisaties_met_belegging(r->store, r->arena, &orgs, &norgs, &e)) != ERR_OK ||
	    (rc = store_themas(r->store, r->arena, f.beperk_tot_organisatie, &themas, &nthemas, &e)) != ERR_OK) {
		json_decref(ctx);
		json_decref(rijen);
		lp_reply_err(r, rc, &e);
		return;
	}
	if (!app_audit(r, "leerpunt.lijst", "leerpunt", NULL)) {
		json_decref(ctx);
		json_decref(rijen);
		return;
	}
	for (size_t i = 0; i < n; i++) {
		lp_zichtbaar(r, &rows[i]);
		json_array_append_new(rijen, rij_json(r, &rows[i]));
	}
	filter = json_object_get(ctx, "filter");
	opt = json_object();
	if (!is_ambassadeur_alleen(r))
		json_object_set_new(opt, "organisaties", org_opties(r, orgs, norgs, f.organisatie_id, 0, "Alle organisaties"));
	json_object_set_new(opt, "categorieen", code_opties(&codes_categorie,
	    f.categorie >= 0 ? codes_categorie.codes[f.categorie] : NULL, "Alle categorieën"));
	{
		json_t *ordes = json_array();
		json_array_append_new(ordes, optie("", "Alle ordes", f.orde == 0));
		for (int o = 1; o <= 3; o++)
			json_array_append_new(ordes, optie(app_id_tekst(r, o), lp_orde_tekst(o), f.orde == o));
		json_object_set_new(opt, "ordes", ordes);
	}
	{
		json_t *st = code_opties(&codes_opvolging_status, json_string_value(json_object_get(filter, "status")),
		    "Alle statussen");
		if (!is_ambassadeur_alleen(r))
			json_array_append_new(st, optie("niet_belegd", "Niet belegd (nog bij niemand)", f.niet_belegd));
		json_object_set_new(opt, "statussen", st);
	}
	{
		json_t *th = json_array();
		json_array_append_new(th, optie("", "Alle thema's", f.thema == NULL));
		for (size_t i = 0; i < nthemas; i++)
			json_array_append_new(th, optie(themas[i].thema, themas[i].thema,
			    f.thema != NULL && strcmp(f.thema, themas[i].thema) == 0));
		json_object_set_new(opt, "themas", th);
	}
	json_object_set_new(ctx, "opties", opt);
	json_object_set_new(ctx, "jaar", f.jaar ? json_integer(f.jaar) : json_string(""));
	json_object_set_new(ctx, "rijen", rijen);
	json_object_set_new(ctx, "heeft_rijen", json_boolean(n > 0));
	json_object_set_new(ctx, "totaal", json_integer((json_int_t)total));
	json_object_set_new(ctx, "is_regie", json_boolean(perm_casus_regie(&r->actor)));
	json_object_set_new(ctx, "is_ambassadeur", json_boolean(is_ambassadeur_alleen(r)));
	json_object_set_new(ctx, "leeg_tekst", json_string(
	    json_is_true(json_object_get(ctx, "heeft_filter")) ? "Geen leerpunten gevonden met deze filters. Pas de "
	    "filters aan of wis ze." : is_ambassadeur_alleen(r) ? "Er zijn nog geen leerpunten belegd bij uw "
	    "organisatie. Zodra het ambassadeursoverleg een leerpunt bij uw organisatie belegt, staat het hier." :
	    "Er zijn nog geen leerpunten. Leerpunten komen uit de evaluatie van afgeronde casussen."));
	q = json_string_value(json_object_get(ctx, "filter_query"));
	json_object_set_new(ctx, "export_csv", json_string(arena_printf(r->arena, "/leerpunten/export.csv%s%s",
	    q && *q ? "?" : "", q ? q : "")));
	json_object_set_new(ctx, "export_xlsx", json_string(arena_printf(r->arena, "/leerpunten/export.xlsx%s%s",
	    q && *q ? "?" : "", q ? q : "")));
	paginering(r, ctx, "/leerpunten", q ? q : "", pagina, total, f.limit);
	lp_subnav(r, ctx, "/leerpunten");
	reply_page(r, 200, "leerpunt/lijst", "Leerpunten", ctx);
}

/* ---- one leerpunt ------------------------------------------------------------ */

static const char *
veld(struct request *r, const char *naam, int64_t bid)
{
	return bid ? arena_printf(r->arena, "%s-%lld", naam, (long long)bid) : naam;
}

/* "f_doorzet_organisatie" for the field "doorzet-organisatie": where a template finds the field's message. */
static const char *
fout_sleutel(struct request *r, const char *naam)
{
	char *k = arena_printf(r->arena, "f_%s", naam);

	for (char *p = k; *p; p++)
		if (*p == '-')
			*p = '_';
	return k;
}

static json_t *
historie_json(struct request *r, const struct belegging_rij *b)
{
	json_t *h = json_array();

	/* newest first: the current status on top */
	for (size_t i = b->nhistorie; i-- > 0;) {
		const struct opvolging_rij *s = &b->historie[i];

		json_array_append_new(h, json_pack("{s:s?,s:s?,s:s,s:s,s:s?,s:s?,s:s?,s:s?}", "datum",
		    app_datum_tekst(r, s->datum), "datum_iso", app_datum_iso(r, s->datum), "status",
		    codes_opvolging_status.labels[s->status], "status_code", codes_opvolging_status.codes[s->status],
		    "reden", s->reden >= 0 ? codes_reden.labels[s->reden] : NULL, "notitie", s->notitie, "bron", s->bron,
		    "auteur", s->auteur_naam));
	}
	return h;
}

static json_t *
belegging_json(struct request *r, const struct belegging_rij *b, const struct organisatie_kort *orgs, size_t norgs,
    const struct lw_invoer *in)
{
	bool mag = perm_belegging_bijwerken(&r->actor, b->bij.id) && b->doorgezet_naar_id == 0 && b->niet_belegd < 0;
	bool hier = in != NULL && in->belegging_id == b->id;
	bool hier_status = hier && strcmp(in->formulier, "status") == 0;
	bool hier_door = hier && strcmp(in->formulier, "doorzetten") == 0;
	json_t *j = json_object();

	json_object_set_new(j, "id", json_integer(b->id));
	json_object_set_new(j, "bij", json_string(b->bij.naam ? b->bij.naam : ""));
	json_object_set_new(j, "bij_pmm", json_boolean(b->bij.code != NULL && strcmp(b->bij.code, "PMM") == 0));
	json_object_set_new(j, "status", json_string(codes_opvolging_status.labels[b->status]));
	json_object_set_new(j, "status_code", json_string(codes_opvolging_status.codes[b->status]));
	if (b->reden >= 0)
		json_object_set_new(j, "reden", json_string(codes_reden.labels[b->reden]));
	json_object_set_new(j, "sinds", json_string(app_datum_tekst(r, b->status_datum) ? app_datum_tekst(r, b->status_datum) : ""));
	json_object_set_new(j, "belegd_op", json_string(app_datum_tekst(r, b->belegd_op) ? app_datum_tekst(r, b->belegd_op) : ""));
	if (b->volgende_navraag != DATE_NONE)
		json_object_set_new(j, "navraag", json_string(app_datum_tekst(r, b->volgende_navraag)));
	json_object_set_new(j, "afgesloten", json_boolean(opvolging_is_afgesloten(b->status)));
	if (b->doorgezet_naar_id)
		json_object_set_new(j, "doorgezet_naar", json_string(b->doorgezet_naar ? b->doorgezet_naar : "een andere partij"));
	if (b->doorgezet_van_id)
		json_object_set_new(j, "doorgezet_van", json_string(b->doorgezet_van ? b->doorgezet_van : "een andere partij"));
	json_object_set_new(j, "historie", historie_json(r, b));
	json_object_set_new(j, "mag_bijwerken", json_boolean(mag));
	if (b->niet_belegd > 0 && b->niet_belegd < NIETBELEGD__MAX)
		json_object_set_new(j, "niet_belegd", json_pack("{s:s,s:s?}", "reden",
		    codes_niet_belegd_reden.labels[b->niet_belegd], "toelichting", b->niet_belegd_toelichting));
	if (b->pmm_soort > 0 && b->pmm_soort < PMMSOORT__MAX)
		json_object_set_new(j, "pmm_soort", json_string(codes_pmm_soort.labels[b->pmm_soort]));
	if (b->npartners > 0) {
		const char *p = "";

		for (size_t i = 0; i < b->npartners; i++)
			p = arena_printf(r->arena, "%s%s%s", p, i == 0 ? "" : i + 1 == b->npartners ? " en " : ", ",
			    b->partners[i]);
		json_object_set_new(j, "partners", json_string(p));
	}
	if (perm_leerpunt_beleggen(&r->actor) && b->doorgezet_naar_id == 0 && b->niet_belegd < 0) {
		bool hier_w = hier && strcmp(in->formulier, "werkgroep") == 0;
		int64_t gekozen = 0;

		if (hier_w && in->organisatie != NULL)
			req_parse_id(in->organisatie, &gekozen);
		json_object_set_new(j, "werkgroep_organisaties", org_opties(r, orgs, norgs, gekozen, b->bij.id,
		    "Kies een partij"));
		json_object_set_new(j, "werkgroep_open", json_boolean(hier_w));
		json_object_set_new(j, "mag_werkgroep", json_true());
		json_object_set_new(j, "mag_pmm_soort", json_boolean(json_is_true(json_object_get(j, "bij_pmm"))));
		if (json_is_true(json_object_get(j, "bij_pmm")))
			json_object_set_new(j, "pmm_soorten", code_opties(&codes_pmm_soort, b->pmm_soort > 0 ?
			    codes_pmm_soort.codes[b->pmm_soort] : NULL, "Kies hoe PMM betrokken is"));
	}
	if (mag) {
		const char *datum = hier_status && in->datum ? in->datum : app_datum_iso(r, app_vandaag(r));
		json_t *form = json_object();

		json_object_set_new(form, "statussen", code_opties(&codes_opvolging_status,
		    hier_status ? in->status : codes_opvolging_status.codes[b->status], NULL));
		json_object_set_new(form, "redenen", code_opties(&codes_reden,
		    hier_status ? in->reden : b->reden >= 0 ? codes_reden.codes[b->reden] : NULL,
		    "Geen reden (alleen nodig bij 'Geen opvolging')"));
		json_object_set_new(form, "datum", json_string(datum));
		json_object_set_new(form, "vandaag", json_string(app_datum_iso(r, app_vandaag(r))));
		json_object_set_new(form, "notitie", json_string(hier_status && in->notitie ? in->notitie : ""));
		json_object_set_new(form, "bron", json_string(hier_status && in->bron ? in->bron : ""));
		json_object_set_new(j, "form", form);
		{
			int64_t gekozen = 0;
			if (hier_door && in->organisatie != NULL)
				req_parse_id(in->organisatie, &gekozen);
			json_object_set_new(j, "doorzet_organisaties", org_opties(r, orgs, norgs, gekozen, b->bij.id,
			    "Kies een partij"));
			json_object_set_new(j, "doorzet_notitie", json_string(hier_door && in->notitie ? in->notitie : ""));
			json_object_set_new(j, "doorzet_open", json_boolean(hier_door));
		}
	}
	if (hier)   /* the message beside the field at fault */
		json_object_set_new(j, fout_sleutel(r, in->veld), json_string(in->fout));
	return j;
}

void
lw_detail_render(struct request *r, const struct leerpunt_rij *l, int status, const struct lw_invoer *in)
{
	struct organisatie_kort *orgs = NULL;
	size_t norgs = 0;
	struct err e = { 0 };
	enum err_code rc;
	json_t *ctx = json_object(), *casussen = json_array(), *themas = json_array(), *bel = json_array();
	bool mag_beleggen = perm_leerpunt_beleggen(&r->actor), iets_bij = mag_beleggen;

	for (size_t i = 0; i < l->nbeleggingen; i++)
		iets_bij |= perm_belegging_bijwerken(&r->actor, l->beleggingen[i].bij.id);
	if (iets_bij && (rc = store_organisaties(r->store, r->arena, &orgs, &norgs, &e)) != ERR_OK) {
		json_decref(ctx);
		json_decref(casussen);
		json_decref(themas);
		json_decref(bel);
		lp_reply_err(r, rc, &e);
		return;
	}
	for (size_t i = 0; i < l->ncasussen; i++) {
		const struct leerpunt_casus *c = &l->casussen[i];
		bool tekst = perm_leerpunt_casustekst(&r->actor, c->uitgenodigd);
		bool link = c->referentie != NULL && (perm_casus_regie(&r->actor) || c->uitgenodigd);

		json_array_append_new(casussen, json_pack("{s:s,s:s?,s:s,s:s?,s:s,s:s?,s:s?}", "referentie",
		    c->referentie ? c->referentie : "(concept)", "href",
		    link ? arena_printf(r->arena, "/casussen/%s", c->referentie) : NULL, "status",
		    codes_casus_status.labels[c->status], "afgerond", app_datum_tekst(r, c->afgerond_op), "leefgebieden",
		    lp_leefgebieden_tekst(r, c->leefgebieden), "besproken", app_datum_tekst(r, c->besproken_op),
		    "hulpvraag", tekst ? c->hulpvraag : NULL));
	}
	for (size_t i = 0; i < l->nthemas; i++)
		json_array_append_new(themas, json_pack("{s:s,s:s}", "thema", l->themas[i], "href",
		    lp_thema_href(r, l->themas[i])));
	for (size_t i = 0; i < l->nbeleggingen; i++) {
		json_t *bj = belegging_json(r, &l->beleggingen[i], orgs, norgs, in);
		const char *pad = lp_pad_tekst(r, l, &l->beleggingen[i]);

		if (pad != NULL)
			json_object_set_new(bj, "pad", json_string(pad));
		json_array_append_new(bel, bj);
	}

	json_object_set_new(ctx, "leerpunt", json_pack("{s:I,s:s,s:s,s:i,s:s,s:b,s:b,s:b}", "id", (json_int_t)l->id,
	    "omschrijving", l->omschrijving ? l->omschrijving : "", "categorie", codes_categorie.labels[l->categorie],
	    "orde", l->orde, "orde_tekst", lp_orde_tekst(l->orde), "vraag", l->vraag, "al_bekend", l->al_bekend,
	    "terugkerend", l->terugkerend));
	json_object_set_new(ctx, "casussen", casussen);
	json_object_set_new(ctx, "themas", themas);
	json_object_set_new(ctx, "heeft_themas", json_boolean(l->nthemas > 0));
	json_object_set_new(ctx, "beleggingen", bel);
	json_object_set_new(ctx, "heeft_beleggingen", json_boolean(l->nbeleggingen > 0));
	json_object_set_new(ctx, "mag_beleggen", json_boolean(mag_beleggen));
	json_object_set_new(ctx, "is_ambassadeur", json_boolean(is_ambassadeur_alleen(r)));
	if (perm_leerpunt_classificeren(&r->actor)) {
		bool hier = in != NULL && strcmp(in->formulier, "classificatie") == 0;
		const char *orde = hier && in->orde ? in->orde : arena_printf(r->arena, "%d", l->orde);
		json_t *ordes = json_array();

		for (int o = 1; o <= 3; o++) {
			char code[2] = { (char)('0' + o), '\0' };

			json_array_append_new(ordes, optie(arena_strdup(r->arena, code), lp_orde_tekst(o), strcmp(orde, code) == 0));
		}
		json_object_set_new(ctx, "classificatie", json_pack("{s:o,s:o}", "categorieen", code_opties(&codes_categorie,
		    hier && in->categorie ? in->categorie : codes_categorie.codes[l->categorie], NULL), "ordes", ordes));
	}
	if (mag_beleggen) {
		bool hier = in != NULL && strcmp(in->formulier, "beleggen") == 0;
		int64_t gekozen = 0;

		if (hier && in->organisatie != NULL)
			req_parse_id(in->organisatie, &gekozen);
		json_object_set_new(ctx, "beleg", json_pack("{s:o,s:o,s:s,s:s,s:s,s:s,s:s}", "organisaties",
		    org_opties(r, orgs, norgs, gekozen, 0, "Kies een partij"), "niet_belegd_redenen",
		    code_opties(&codes_niet_belegd_reden, hier ? in->reden : NULL, "Belegd: de partij gaat ermee aan de slag"),
		    "toelichting", hier && in->status ? in->status : "", "datum",
		    hier && in->datum ? in->datum : app_datum_iso(r, app_vandaag(r)), "vandaag", app_datum_iso(r, app_vandaag(r)),
		    "notitie", hier && in->notitie ? in->notitie : "", "bron", hier && in->bron ? in->bron : ""));
		json_object_set_new(ctx, "thema_nieuw", json_string(in != NULL && strcmp(in->formulier, "thema") == 0 &&
		    in->thema ? in->thema : ""));
	}
	if (in != NULL) {
		json_object_set_new(ctx, "heeft_fouten", json_true());
		json_object_set_new(ctx, "fouten", json_pack("[{s:s,s:s}]", "id", veld(r, in->veld, in->belegging_id),
		    "tekst", in->fout));
		if (in->belegging_id == 0)
			json_object_set_new(ctx, fout_sleutel(r, in->veld), json_string(in->fout));
	} else
		set_melding(r, ctx);
	{   /* professionaliseren: the event this leerpunt came from */
		struct evenement ev;
		struct err be = { 0 };
		bool gevonden = false;

		if (store_evenement_bron_van(r->store, r->arena, l->id, &ev, &gevonden, &be) == ERR_OK && gevonden)
			json_object_set_new(ctx, "bron_evenement", json_pack("{s:s,s:s,s:s}", "thema", ev.thema ? ev.thema : "",
			    "datum", app_datum_tekst(r, ev.datum), "href", arena_printf(r->arena, "/evenementen/%lld",
			    (long long)ev.id)));
	}
	lp_subnav(r, ctx, "");
	reply_page(r, status, "leerpunt/detail", arena_printf(r->arena, "Leerpunt %lld", (long long)l->id), ctx);
}

void
h_leerpunt_detail(struct request *r)
{
	struct leerpunt_rij l;

	if (!lp_leerpunt_open_param(r, "leerpunt.lezen", &l))
		return;
	lw_detail_render(r, &l, 200, NULL);
}

void
lw_toon_fout(struct request *r, int64_t leerpunt_id, const char *actie, const char *object_type, const char *object_id,
    struct lw_invoer *in, enum err_code rc)
{
	struct leerpunt_rij l;

	req_audit(r, actie, object_type, object_id, AUDIT_MISLUKT);
	if (!lp_leerpunt_open(r, leerpunt_id, "leerpunt.lezen", &l))
		return;
	lw_detail_render(r, &l, err_http_status(rc), in);
}
