/* web.c - the pages of professionaliseren: the list of events with the figures of a year and the form for a new
   one, and an event's page with its invitations, the casussen (referentie and leefgebieden only) and leerpunten
   discussed, and for the regievoerder the forms of each step (app/evenement/stap.c). */
#include <string.h>

#include "app/casus/web.h"
#include "app/common/datum.h"
#include "app/evenement/evenement.h"
#include "app/evenement/handlers.h"
#include "core/perm.h"
#include "lib/date.h"
#include "store/register/register.h"
#include "store/search.h"

/* What was typed into the form of a new event, to show again with the messages. */
struct ev_form {
	const char *soort, *datum, *thema, *doelgroep, *locatie, *omschrijving;
};

static json_t *
ev_json(struct request *r, const struct evenement *ev)
{
	return json_pack("{s:I,s:s,s:s,s:s,s:s,s:s?,s:s?,s:s?,s:s}", "id", (json_int_t)ev->id, "soort",
	    codes_evenement_soort.codes[ev->soort], "soort_label", codes_evenement_soort.labels[ev->soort], "datum",
	    app_datum_tekst(r, ev->datum), "thema", ev->thema ? ev->thema : "", "doelgroep", ev->doelgroep, "locatie",
	    ev->locatie, "omschrijving", ev->omschrijving, "href",
	    arena_printf(r->arena, EV_PAD "/%lld", (long long)ev->id));
}

static void
lijst_render(struct request *r, int status, const struct ev_form *in, const struct cw_fouten *f)
{
	static const struct ev_form leeg = { 0 };
	struct evenement_overzicht *rijen = NULL;
	struct evenement_cijfers cijfers;
	struct err e = { 0 };
	size_t n = 0;
	bool jaar_fout, mag = perm_evenement_beheer(&r->actor);
	int jaar = ev_jaar(r, &jaar_fout), soort = cw_code(&codes_evenement_soort, req_query(r, "soort"));
	json_t *ctx, *a, *jaren;

	if (in == NULL)
		in = &leeg;
	if (soort < 0)
		soort = -1;
	if (store_evenement_lijst(r->store, r->arena, jaar, soort, &rijen, &n, &e) != ERR_OK ||
	    store_evenement_cijfers(r->store, jaar, &cijfers, &e) != ERR_OK) {
		reply_err(r, &e);
		return;
	}
	if (status == 200 && !ev_audit(r, "evenement.lijst", 0))
		return;
	ctx = json_object();
	a = json_array();
	for (size_t i = 0; i < n; i++) {
		json_t *o = ev_json(r, &rijen[i].ev);

		json_object_set_new(o, "uitgenodigd", json_integer(rijen[i].uitgenodigd));
		json_object_set_new(o, "aanwezig", json_integer(rijen[i].aanwezig));
		json_object_set_new(o, "besproken", json_integer(rijen[i].casussen + rijen[i].leerpunten));
		json_array_append_new(a, o);
	}
	json_object_set_new(ctx, "rijen", a);
	json_object_set_new(ctx, "heeft_rijen", json_boolean(n > 0));
	json_object_set_new(ctx, "jaar", json_integer(jaar));
	json_object_set_new(ctx, "cijfers", ev_cijfers_rijen(&cijfers));
	jaren = json_array();
	for (int j = date_year(app_vandaag(r)) + 1; j >= 2019; j--)
		json_array_append_new(jaren, cw_optie(arena_printf(r->arena, "%d", j), arena_printf(r->arena, "%d", j),
		    j == jaar));
	json_object_set_new(ctx, "jaren", jaren);
	json_object_set_new(ctx, "soorten", cw_opties(&codes_evenement_soort, soort, "Alle soorten"));
	if (jaar_fout)
		json_object_set_new(ctx, "flash", json_pack("{s:s,s:s}", "type", "fout", "tekst",
		    "Dat is geen jaar; u ziet dit jaar."));
	json_object_set_new(ctx, "mag_beheren", json_boolean(mag));
	if (mag) {
		json_t *v = json_object();
		int gekozen = in->soort ? cw_code(&codes_evenement_soort, in->soort) : -1;

		json_object_set_new(v, "soort", cw_keuze(f, "soort", "soort", "Soort evenement", NULL,
		    cw_opties(&codes_evenement_soort, gekozen, "Kies een soort")));
		json_object_set_new(v, "datum", cw_veld(f, "datum", "datum", "Datum", NULL, CW_DATUM, in->datum,
		    DATE_STRLEN, true));
		json_object_set_new(v, "thema", cw_veld(f, "thema", "thema", "Thema",
		    "Bijvoorbeeld: ruimte in wet- en regelgeving, of schulden en zorg.", CW_TEKST, in->thema,
		    EVENEMENT_MAX_THEMA, true));
		json_object_set_new(v, "doelgroep", cw_veld(f, "doelgroep", "doelgroep", "Voor wie",
		    "Bijvoorbeeld: maatwerkprofessionals, of wethouders sociaal domein.", CW_TEKST, in->doelgroep,
		    EVENEMENT_MAX_DOELGROEP, false));
		json_object_set_new(v, "locatie", cw_veld(f, "locatie", "locatie", "Plaats", NULL, CW_TEKST, in->locatie,
		    CASUS_MAX_KORT, false));
		json_object_set_new(v, "omschrijving", cw_veld(f, "omschrijving", "omschrijving", "Omschrijving", NULL,
		    CW_TEXTAREA, in->omschrijving, EVENEMENT_MAX_TEKST, false));
		json_object_set_new(ctx, "v", v);
	}
	if (f != NULL)
		cw_fouten_ctx(ctx, f);
	if (req_query(r, "melding") != NULL && f == NULL)
		json_object_set_new(ctx, "flash", json_pack("{s:s,s:s}", "type", "ok", "tekst", "Het evenement is opgeslagen."));
	reply_page(r, status, "evenement/lijst", "Professionaliseren", ctx);
}

/* GET /evenementen: the events of a year (?jaar, ?soort) with its figures. 200; 503. */
void
h_evenement_lijst(struct request *r)
{
	lijst_render(r, 200, NULL, NULL);
}

/* POST /evenementen: a new event. 303 to its page; 400 with the form and the messages; 403; 503. */
void
h_evenement_nieuw(struct request *r)
{
	struct ev_form in = { req_form(r, "soort"), req_form(r, "datum"), req_form(r, "thema"), req_form(r, "doelgroep"),
		req_form(r, "locatie"), req_form(r, "omschrijving") };
	struct cw_fouten f = { 0 };
	struct evenement ev;
	struct err e = { 0 };
	int s;
	int64_t id = 0;

	if (!perm_evenement_beheer(&r->actor)) {
		req_audit(r, "evenement.aanmaken", "evenement", NULL, AUDIT_GEWEIGERD);
		reply_problem(r, 403, "Geen toegang", "Alleen een regievoerder legt evenementen vast.");
		return;
	}
	evenement_init(&ev);
	if ((s = cw_code(&codes_evenement_soort, in.soort)) < 0)
		cw_fout(&f, "soort", "Kies het soort evenement uit de lijst.");
	else
		ev.soort = (enum evenement_soort)s;
	ev.datum = cw_datum(r, &f, in.datum, "datum", "de datum van het evenement", true);
	ev.thema = cw_tekst(r, &f, "thema", "thema", "het thema", EVENEMENT_MAX_THEMA, true);
	ev.doelgroep = cw_tekst(r, &f, "doelgroep", "doelgroep", "voor wie het is", EVENEMENT_MAX_DOELGROEP, false);
	ev.locatie = cw_tekst(r, &f, "locatie", "locatie", "de plaats", CASUS_MAX_KORT, false);
	ev.omschrijving = cw_tekst(r, &f, "omschrijving", "omschrijving", "de omschrijving", EVENEMENT_MAX_TEKST, false);
	if (f.n == 0 && evenement_validate(&ev, &e) != ERR_OK)
		cw_fout(&f, cw_veld_id(r->arena, e.field), arena_strdup(r->arena, e.msg));
	if (f.n > 0) {
		req_audit(r, "evenement.aanmaken", "evenement", NULL, AUDIT_MISLUKT);
		lijst_render(r, 400, &in, &f);
		return;
	}
	if (!app_begin(r))
		return;
	if (store_evenement_nieuw(r->store, &ev, r->actor.gebruiker_id, r->now, &id, &e) != ERR_OK) {
		store_rollback(r->store);
		reply_err(r, &e);
		return;
	}
	if (ev_commit(r, "evenement.aanmaken", id, NULL))
		reply_redirect(r, 303, arena_printf(r->arena, EV_PAD "/%lld?melding=opgeslagen", (long long)id));
}

/* The register search on the event page, to invite from (audited as a register search). */
static json_t *
uitnodigen_ctx(struct request *r, const struct evenement_volledig *v)
{
	const char *q = req_query(r, "zoek");
	struct register_zoek z;
	struct register_resultaat res;
	struct err e = { 0 };
	json_t *o = json_object(), *a;

	json_object_set_new(o, "zoek", json_string(q ? q : ""));
	if (q == NULL || q[0] == '\0')
		return o;
	memset(&z, 0, sizeof(z));
	z.zoek = store_search_param(r->store, r->arena, q);
	z.soort = z.leefgebied = z.wet = z.regio = z.orgtype = -1;
	z.limit = 25;
	if (store_register_zoek(r->store, r->arena, &z, &res, &e) != ERR_OK ||
	    req_audit(r, "register.zoeken", "register", NULL, AUDIT_TOEGESTAAN) != ERR_OK)
		return o;
	a = json_array();
	for (size_t i = 0; i < res.n; i++) {
		bool al = false;

		for (size_t k = 0; k < v->ndeelnemers; k++)
			al = al || v->deelnemers[k].register_item_id == res.items[i].id;
		json_array_append_new(a, json_pack("{s:I,s:s,s:s?,s:s,s:s,s:b}", "id", (json_int_t)res.items[i].id, "naam",
		    res.items[i].naam, "functie", res.items[i].functie, "organisatie", res.items[i].organisatie_naam,
		    "soort", res.items[i].soort == REGSOORT_ORGANISATIE ? "maatwerkfunctionaris" : "maatwerkprofessional",
		    "al", al));
	}
	json_object_set_new(o, "resultaten", a);
	json_object_set_new(o, "gezocht", json_true());
	json_object_set_new(o, "heeft_resultaten", json_boolean(res.n > 0));
	return o;
}

static const char *const aanwezig_labels[] = { "Niet vastgelegd", "Niet aanwezig", "Aanwezig" };

/* GET /evenementen/{id}: the event. 200; 404; 503. Every casus shown leaves an audit row. */
void
h_evenement_detail(struct request *r)
{
	struct evenement_volledig v;
	struct err e = { 0 };
	int64_t id;
	bool mag = perm_evenement_beheer(&r->actor), lp = perm_leerpunten(&r->actor);
	json_t *ctx, *a;

	if (!ev_param_id(r, "evenement.bekijken", &id))
		return;
	if (store_evenement_lees(r->store, r->arena, id, &v, &e) != ERR_OK) {
		req_audit(r, "evenement.bekijken", "evenement", req_param(r, 0), e.code == ERR_NOT_FOUND ? AUDIT_GEWEIGERD :
		    AUDIT_MISLUKT);
		reply_err(r, &e);
		return;
	}
	if (!ev_audit(r, "evenement.bekijken", id))
		return;
	for (size_t i = 0; i < v.ncasussen; i++)
		if (req_audit_casus(r, "casus.evenement", "evenement", req_param(r, 0), v.casussen[i].referentie,
		    AUDIT_TOEGESTAAN) != ERR_OK) {
			reply_problem(r, 503, "Tijdelijk niet beschikbaar",
			    "Het auditlog kon niet worden bijgewerkt; daarom worden geen gegevens getoond.");
			return;
		}
	ctx = json_object();
	json_object_set_new(ctx, "ev", ev_json(r, &v.ev));
	a = json_array();
	for (size_t i = 0; i < v.ndeelnemers; i++) {
		const struct evenement_deelnemer *d = &v.deelnemers[i];
		json_t *o = json_pack("{s:I,s:s,s:s?,s:s,s:s,s:s,s:s}", "item", (json_int_t)d->register_item_id, "naam",
		    d->naam, "functie", d->functie, "organisatie", d->organisatie_naam ? d->organisatie_naam : "", "soort",
		    d->vermelding ? "Maatwerkfunctionaris" : "Maatwerkprofessional", "status",
		    codes_deelname_status.labels[d->status], "aanwezig", aanwezig_labels[d->aanwezig + 1]);

		if (mag) {
			json_t *opties = json_array();

			for (int k = -1; k <= 1; k++)
				json_array_append_new(opties, cw_optie(k < 0 ? "" : k ? "ja" : "nee", aanwezig_labels[k + 1],
				    k == d->aanwezig));
			json_object_set_new(o, "statussen", cw_opties(&codes_deelname_status, (int)d->status, NULL));
			json_object_set_new(o, "aanwezig_opties", opties);
		}
		json_array_append_new(a, o);
	}
	json_object_set_new(ctx, "deelnemers", a);
	json_object_set_new(ctx, "heeft_deelnemers", json_boolean(v.ndeelnemers > 0));
	a = json_array();
	for (size_t i = 0; i < v.ncasussen; i++)
		json_array_append_new(a, json_pack("{s:s,s:s}", "referentie", v.casussen[i].referentie, "leefgebieden",
		    v.casussen[i].leefgebieden ? cw_bits_tekst(r, &codes_leefgebied, v.casussen[i].leefgebieden) :
		    "geen leefgebied vastgelegd"));
	json_object_set_new(ctx, "casussen", a);
	json_object_set_new(ctx, "heeft_casussen", json_boolean(v.ncasussen > 0));
	a = json_array();
	for (size_t i = 0; i < v.nleerpunten; i++)
		json_array_append_new(a, json_pack("{s:I,s:s,s:s?,s:b}", "id", (json_int_t)v.leerpunten[i].id, "categorie",
		    v.leerpunten[i].categorie >= 0 ? cw_label(&codes_categorie, v.leerpunten[i].categorie) : "",
		    "omschrijving", lp ? v.leerpunten[i].omschrijving : NULL, "bron", v.leerpunten[i].bron));
	json_object_set_new(ctx, "leerpunten", a);
	json_object_set_new(ctx, "heeft_leerpunten", json_boolean(v.nleerpunten > 0));
	json_object_set_new(ctx, "lp_link", json_boolean(lp));
	json_object_set_new(ctx, "mag_beheren", json_boolean(mag));
	if (mag)
		json_object_set_new(ctx, "uitnodigen", uitnodigen_ctx(r, &v));
	if (req_query(r, "melding") != NULL)
		json_object_set_new(ctx, "flash", json_pack("{s:s,s:s}", "type", "ok", "tekst", "Opgeslagen."));
	reply_page(r, 200, "evenement/detail", v.ev.thema ? v.ev.thema : "Evenement", ctx);
}
