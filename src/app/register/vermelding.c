/* vermelding.c - one entry or profile of the Maatwerkregister: its page, the forms to add and change it, confirming. */
#include <stdlib.h>
#include <string.h>

#include "app/register/handlers.h"
#include "app/register/register.h"
#include "core/casus.h"
#include "core/contact.h"
#include "store/casus/casus.h"
#include "store/netwerk/organisatie.h"

/* How the acting user stands to it; false after replying (the store failed). */
static bool
mag(struct request *r, const struct register_item *it, bool *out)
{
	struct register_eigendom own;
	struct err e = { 0 };

	if (store_register_eigendom(r->store, it, &r->actor, &own, &e) != ERR_OK) {
		reply_err(r, &e);
		return false;
	}
	*out = register_mag_bewerken(&r->actor, &own);
	return true;
}

static const char *
ids(struct request *r, int64_t id)
{
	return arena_printf(r->arena, "%lld", (long long)id);
}

static void
geweigerd(struct request *r, const char *actie, int64_t id)
{
	req_audit(r, actie, "register", ids(r, id), AUDIT_GEWEIGERD);
	reply_problem(r, 403, "Geen toegang",
	    "Alleen wie deze vermelding bijhoudt (de professional zelf, de contactpersonen van de organisatie) of een "
	    "beheerder mag haar wijzigen of bevestigen.");
}

/* GET /register/{id}: 200, 404. Every view is audited. */
void
h_register_item(struct request *r)
{
	static const char *const meldingen[][2] = {
		{ "opgeslagen", "De vermelding is opgeslagen en daarmee ook bevestigd." },
		{ "bevestigd", "Bedankt: de vermelding is bevestigd. Over een jaar vragen we het opnieuw." },
		{ "nieuw", "De vermelding staat in het Maatwerkregister." },
	};
	struct register_item it, *prof = NULL;
	size_t n = 0;
	struct err e = { 0 };
	const char *m = req_query(r, "melding");
	json_t *ctx, *pl;
	int64_t id;
	bool eigen;

	if (!rg_param_id(r, "register.bekijken", &id) || !rg_lees(r, "register.bekijken", id, &it) || !mag(r, &it, &eigen))
		return;
	if (it.soort == REGSOORT_ORGANISATIE &&
	    store_register_profielen(r->store, r->arena, it.id, &prof, &n, &e) != ERR_OK) {
		reply_err(r, &e);
		return;
	}
	if (!rg_audit(r, "register.bekijken", ids(r, id)))
		return;
	ctx = json_object();
	json_object_set_new(ctx, "item", rg_item_json(r, &it));
	pl = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(pl, rg_item_json(r, &prof[i]));
	json_object_set_new(ctx, "profielen", pl);
	json_object_set_new(ctx, "heeft_profielen", json_boolean(n > 0));
	json_object_set_new(ctx, "eigen", json_boolean(eigen));
	json_object_set_new(ctx, "bevestig_vraag", json_boolean(eigen && register_verouderd(it.bevestigd_op,
	    rg_vandaag(r))));
	if (it.vermelding_id != 0)
		json_object_set_new(ctx, "vermelding_id", json_integer((json_int_t)it.vermelding_id));
	for (size_t i = 0; m != NULL && i < sizeof(meldingen) / sizeof(meldingen[0]); i++)
		if (strcmp(m, meldingen[i][0]) == 0)
			json_object_set_new(ctx, "flash", json_string(meldingen[i][1]));
	reply_page(r, 200, "register/item", it.naam, ctx);
}

/* The known organisations as options, the chosen one selected. */
static json_t *
organisatie_opties(struct request *r, int64_t gekozen)
{
	struct organisatie_filter f = { .type = -1, .status = -1, .limit = -1 };
	struct organisatie_rij *o = NULL;
	size_t n = 0;
	json_t *a = json_array();

	json_array_append_new(a, cw_optie("", "Kies de organisatie", gekozen == 0));
	if (store_organisatie_lijst(r->store, r->arena, &f, &o, &n, NULL, NULL) == ERR_OK)
		for (size_t i = 0; i < n; i++)
			json_array_append_new(a, cw_optie(ids(r, o[i].id), o[i].naam, o[i].id == gekozen));
	return a;
}

/*
 * The form of an entry or profile: it is the item being changed (NULL for a new one), in what was typed
 * (NULL: it's fields), f the messages.
 */
static void
formulier(struct request *r, int status, enum register_soort soort, const struct register_item *it,
    const struct register_invoer *in, const struct cw_fouten *f, int64_t vermelding, int64_t organisatie)
{
	json_t *ctx = json_object(), *v = json_object();
	struct register_invoer leeg = { .regio = -1 };
	bool org = soort == REGSOORT_ORGANISATIE;

	if (in == NULL && it != NULL)
		leeg = (struct register_invoer){ soort, it->naam, it->functie, it->mandaat, it->email, it->telefoon,
			it->expertise, it->leefgebieden, it->wetten, it->regio };
	if (in == NULL)
		in = &leeg;
	if (it == NULL && org)
		json_object_set_new(v, "organisatie", cw_keuze(f, "reg-organisatie", "organisatie", "Organisatie",
		    "De organisatie die een maatwerkfunctionaris met mandaat heeft aangewezen.", organisatie_opties(r,
		    organisatie)));
	json_object_set_new(v, "naam", cw_veld(f, "reg-naam", "naam", org ? "Naam van de maatwerkfunctionaris" :
	    "Naam", NULL, CW_TEKST, in->naam, REGISTER_MAX_NAAM, true));
	json_object_set_new(v, "functie", cw_veld(f, "reg-functie", "functie", "Functie", NULL, CW_TEKST, in->functie,
	    REGISTER_MAX_FUNCTIE, false));
	if (org)
		json_object_set_new(v, "mandaat", cw_veld(f, "reg-mandaat", "mandaat", "Mandaat van",
		    "Van wie de maatwerkfunctionaris het mandaat heeft, bijvoorbeeld het college van B en W of de "
		    "directie.", CW_TEKST, in->mandaat, REGISTER_MAX_MANDAAT, true));
	json_object_set_new(v, "email", cw_veld(f, "reg-email", "email", org ? "Centraal e-mailadres" : "E-mailadres",
	    NULL, CW_EMAIL, in->email, CONTACT_MAX_EMAIL, true));
	json_object_set_new(v, "telefoon", cw_veld(f, "reg-telefoon", "telefoon", org ? "Centraal telefoonnummer" :
	    "Telefoonnummer", NULL, CW_TEKST, in->telefoon, 32, org));
	json_object_set_new(v, "expertise", cw_veld(f, "reg-expertise", "expertise", "Waarmee kan hij of zij helpen?",
	    "In gewone woorden: de regelingen, situaties en vragen waarbij u anderen verder kunt helpen.", CW_TEXTAREA,
	    in->expertise, REGISTER_MAX_EXPERTISE, false));
	json_object_set_new(v, "leefgebieden", cw_groep(f, "reg-leefgebieden", "leefgebied", "Leefgebieden", NULL,
	    false, cw_opties_bits(&codes_leefgebied, in->leefgebieden)));
	json_object_set_new(v, "wetten", cw_groep(f, "reg-wetten", "wet", "Wetten en regelingen", NULL, false,
	    cw_opties_bits64(&codes_wet_regeling, in->wetten)));
	json_object_set_new(v, "regio", cw_keuze(f, "reg-regio", "regio", "Regio", NULL, cw_opties(&codes_regio,
	    in->regio, "Kies de regio")));
	json_object_set_new(ctx, "v", v);
	cw_fouten_ctx(ctx, f);
	json_object_set_new(ctx, "actie_url", json_string(it != NULL ? arena_printf(r->arena, "/register/%lld",
	    (long long)it->id) : "/register"));
	json_object_set_new(ctx, "soort", json_string(codes_register_soort.codes[soort]));
	if (vermelding != 0)
		json_object_set_new(ctx, "vermelding", json_integer((json_int_t)vermelding));
	if (it != NULL)
		json_object_set_new(ctx, "terug", json_string(arena_printf(r->arena, "/register/%lld", (long long)it->id)));
	json_object_set_new(ctx, "kop", json_string(it != NULL ? "Vermelding bijwerken" : org ?
	    "Een organisatie opnemen in het register" : "Een maatwerkprofessional toevoegen"));
	reply_page(r, status, "register/formulier", it != NULL ? "Vermelding bijwerken" : "Nieuwe vermelding", ctx);
}

/* GET /register/{id}/bewerken: 200, 403 (not the owner), 404. */
void
h_register_bewerken_form(struct request *r)
{
	struct register_item it;
	struct cw_fouten f = { 0 };
	int64_t id;
	bool eigen;

	if (!rg_param_id(r, "register.bewerken", &id) || !rg_lees(r, "register.bewerken", id, &it) || !mag(r, &it, &eigen))
		return;
	if (!eigen) {
		geweigerd(r, "register.bewerken", id);
		return;
	}
	if (!rg_audit(r, "register.bekijken", ids(r, id)))
		return;
	formulier(r, 200, it.soort, &it, NULL, &f, 0, 0);
}

static bool
opslaan_ok(struct request *r, const char *actie, int64_t id)
{
	if (req_audit(r, actie, "register", ids(r, id), AUDIT_TOEGESTAAN) != ERR_OK) {
		store_rollback(r->store);
		reply_problem(r, 503, "Tijdelijk niet beschikbaar", "Het auditlog kon niet worden bijgewerkt; er is niets gewijzigd.");
		return false;
	}
	if (store_commit(r->store) != ERR_OK) {
		reply_problem(r, 500, "Interne fout", "Er ging iets mis bij het opslaan. Probeer het opnieuw.");
		return false;
	}
	return true;
}

/* POST /register/{id}: 303; 400 (the form with messages, nothing changed); 403 (not the owner); 404. */
void
h_register_wijzig(struct request *r)
{
	struct register_item it;
	struct register_invoer in;
	struct cw_fouten f = { 0 };
	struct err e = { 0 };
	int64_t id;
	bool eigen;

	if (!rg_param_id(r, "register.wijzigen", &id) || !rg_lees(r, "register.wijzigen", id, &it) || !mag(r, &it, &eigen))
		return;
	if (!eigen) {
		geweigerd(r, "register.wijzigen", id);
		return;
	}
	rg_invoer_van_form(r, &f, it.soort, &in);
	if (f.n == 0 && register_validate(&in, &e) != ERR_OK)
		rg_fout_veld(r, &f, &e);
	if (f.n > 0) {
		req_audit(r, "register.wijzigen", "register", ids(r, id), AUDIT_MISLUKT);
		formulier(r, 400, it.soort, &it, &in, &f, 0, 0);
		return;
	}
	if (store_begin(r->store) != ERR_OK) {
		reply_problem(r, 503, "Tijdelijk niet beschikbaar", "De database is even bezet; probeer het opnieuw.");
		return;
	}
	if (store_register_wijzig(r->store, id, &in, r->actor.gebruiker_id, r->now, rg_vandaag(r), &e) != ERR_OK) {
		store_rollback(r->store);
		req_audit(r, "register.wijzigen", "register", ids(r, id), AUDIT_MISLUKT);
		reply_err(r, &e);
		return;
	}
	if (opslaan_ok(r, "register.wijzigen", id))
		reply_redirect(r, 303, arena_printf(r->arena, "/register/%lld?melding=opgeslagen", (long long)id));
}

/* POST /register/{id}/bevestigen: 303 (to the entry, or to the start page with terug=start); 403; 404. */
void
h_register_bevestig(struct request *r)
{
	struct register_item it;
	struct err e = { 0 };
	const char *terug = req_form(r, "terug");
	int64_t id;
	bool eigen;

	if (!rg_param_id(r, "register.bevestigen", &id) || !rg_lees(r, "register.bevestigen", id, &it) ||
	    !mag(r, &it, &eigen))
		return;
	if (!eigen) {
		geweigerd(r, "register.bevestigen", id);
		return;
	}
	if (store_begin(r->store) != ERR_OK) {
		reply_problem(r, 503, "Tijdelijk niet beschikbaar", "De database is even bezet; probeer het opnieuw.");
		return;
	}
	if (store_register_bevestig(r->store, id, r->actor.gebruiker_id, r->now, rg_vandaag(r), &e) != ERR_OK) {
		store_rollback(r->store);
		reply_err(r, &e);
		return;
	}
	if (opslaan_ok(r, "register.bevestigen", id))
		reply_redirect(r, 303, terug != NULL && strcmp(terug, "start") == 0 ? "/?melding=bevestigd" :
		    arena_printf(r->arena, "/register/%lld?melding=bevestigd", (long long)id));
}

/* GET /register/nieuw[?vermelding=ID]: 200 (a new entry, or a profile under entry ID); 404 (no such entry). */
void
h_register_nieuw_form(struct request *r)
{
	struct cw_fouten f = { 0 };
	struct register_item v;
	const char *vs = req_query(r, "vermelding");
	int64_t vid = 0;

	if (vs != NULL && vs[0] != '\0') {
		vid = strtoll(vs, NULL, 10);
		if (vid <= 0) {
			reply_problem(r, 404, "Niet gevonden", "Deze vermelding staat niet in het Maatwerkregister.");
			return;
		}
		if (!rg_lees(r, "register.nieuw", vid, &v))
			return;
		if (v.soort != REGSOORT_ORGANISATIE) {
			reply_problem(r, 404, "Niet gevonden", "Een profiel hoort bij de vermelding van een organisatie.");
			return;
		}
	}
	formulier(r, 200, vid != 0 ? REGSOORT_PROFESSIONAL : REGSOORT_ORGANISATIE, NULL, NULL, &f, vid, 0);
}

/*
 * POST /register: 303 to the new entry or profile; 400 (the form with messages); 403 (may not add it: a
 * beheerder, a contact person of the organisation, or a professional for themselves in their own organisation);
 * 404 (no such entry); 409 (the organisation has an entry already).
 */
void
h_register_nieuw(struct request *r)
{
	const char *soort_s = req_form(r, "soort"), *vs = req_form(r, "vermelding"), *os = req_form(r, "organisatie");
	int soort = soort_s != NULL ? codelist_find(&codes_register_soort, soort_s) : -1;
	struct register_invoer in;
	struct register_item v;
	struct cw_fouten f = { 0 };
	struct err e = { 0 };
	int64_t vid = vs != NULL ? strtoll(vs, NULL, 10) : 0, org = os != NULL ? strtoll(os, NULL, 10) : 0;
	int64_t persoon = 0, id = 0;
	bool contact = false, eigen_org = false;
	enum err_code rc;

	if (soort < 0) {
		reply_problem(r, 400, "Ongeldige invoer", "Kies of u een organisatie of een professional toevoegt.");
		return;
	}
	if (soort == REGSOORT_PROFESSIONAL) {
		if (vid <= 0) {
			reply_problem(r, 404, "Niet gevonden", "Kies de vermelding waaronder het profiel komt.");
			return;
		}
		if (!rg_lees(r, "register.nieuw", vid, &v))
			return;
		if (v.soort != REGSOORT_ORGANISATIE) {
			reply_problem(r, 404, "Niet gevonden", "Een profiel hoort bij de vermelding van een organisatie.");
			return;
		}
		org = v.organisatie_id;
		store_register_valt_onder(r->store, r->actor.organisatie_id, org, &eigen_org, NULL);
	} else
		vid = 0;
	rg_invoer_van_form(r, &f, (enum register_soort)soort, &in);
	if (soort == REGSOORT_ORGANISATIE && org <= 0)
		cw_fout(&f, "reg-organisatie", "Kies de organisatie.");
	if (f.n == 0 && register_validate(&in, &e) != ERR_OK)
		rg_fout_veld(r, &f, &e);
	if (f.n > 0) {
		req_audit(r, "register.nieuw", "register", NULL, AUDIT_MISLUKT);
		formulier(r, 400, (enum register_soort)soort, NULL, &in, &f, vid, org);
		return;
	}
	if (store_register_is_contact(r->store, r->actor.persoon_id, org, &contact, &e) != ERR_OK) {
		reply_err(r, &e);
		return;
	}
	if (!register_mag_toevoegen(&r->actor, (enum register_soort)soort, contact, eigen_org)) {
		req_audit(r, "register.nieuw", "register", NULL, AUDIT_GEWEIGERD);
		reply_problem(r, 403, "Geen toegang", soort == REGSOORT_ORGANISATIE ?
		    "Een organisatie wordt opgenomen door haar contactpersoon of een beheerder." :
		    "Een profiel voegt u toe voor uzelf (bij uw eigen organisatie), of als contactpersoon van de organisatie.");
		return;
	}
	/* whose it is: the professional themselves, else the account with this e-mail address (if any) */
	if (soort == REGSOORT_PROFESSIONAL && !contact && !actor_has(&r->actor, ROL_BEHEERDER))
		persoon = r->actor.persoon_id;
	else
		store_persoon_by_email(r->store, in.email, &persoon, NULL);
	if (store_begin(r->store) != ERR_OK) {
		reply_problem(r, 503, "Tijdelijk niet beschikbaar", "De database is even bezet; probeer het opnieuw.");
		return;
	}
	rc = store_register_nieuw(r->store, &in, org, vid, persoon, r->actor.gebruiker_id, r->now, rg_vandaag(r), &id, &e);
	if (rc == ERR_VALIDATION || rc == ERR_CONFLICT) {
		store_rollback(r->store);
		req_audit(r, "register.nieuw", "register", NULL, AUDIT_MISLUKT);
		rg_fout_veld(r, &f, &e);
		formulier(r, err_http_status(rc), (enum register_soort)soort, NULL, &in, &f, vid, org);
		return;
	}
	if (rc != ERR_OK) {
		store_rollback(r->store);
		req_audit(r, "register.nieuw", "register", NULL, AUDIT_MISLUKT);
		reply_err(r, &e);
		return;
	}
	if (opslaan_ok(r, "register.nieuw", id))
		reply_redirect(r, 303, arena_printf(r->arena, "/register/%lld?melding=nieuw", (long long)id));
}
