/* aanvragen.c - requests for access in beheer: a regievoerder or beheerder approves one (an account with a
   one-time link, shown to hand over) or declines it with a reason. */
#include <string.h>

#include "app/beheer/beheer.h"
#include "app/beheer/handlers.h"
#include "app/beheer/link.h"
#include "core/account.h"
#include "core/rol.h"

void
h_beheer_aanvragen(struct request *r)
{
	static const char *const codes[] = { "afgewezen" };
	static const char *const teksten[] = { "De aanvraag is afgewezen." };
	struct aanvraag_rij *v = NULL;
	size_t n = 0;
	struct err e = { 0 };
	json_t *ctx, *open, *klaar;

	if (store_aanvraag_lijst(r->store, r->arena, -1, &v, &n, &e) != ERR_OK) {
		reply_err(r, &e);
		return;
	}
	if (!app_audit(r, "aanvraag.lijst", "toegang_aanvraag", NULL))
		return;
	ctx = json_object();
	open = json_array();
	klaar = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(v[i].status == AANVRAAG_OPEN ? open : klaar, json_pack("{s:I,s:s,s:s,s:s,s:s,s:s}",
		    "id", (json_int_t)v[i].id, "naam", v[i].naam, "organisatie", v[i].organisatie, "email", v[i].email,
		    "ingediend", app_tijd_datum_tekst(r, v[i].ingediend_op), "status", codes_aanvraag_status.labels[v[i].status]));
	json_object_set_new(ctx, "heeft_open", json_boolean(json_array_size(open) > 0));
	json_object_set_new(ctx, "heeft_klaar", json_boolean(json_array_size(klaar) > 0));
	json_object_set_new(ctx, "open", open);
	json_object_set_new(ctx, "klaar", klaar);
	bh_melding(r, ctx, codes, teksten, 1);
	bh_subnav(r, ctx, "/beheer/aanvragen");
	reply_page(r, 200, "beheer/aanvragen", "Toegangsaanvragen", ctx);
}

/* The request's page; with e, the form that was refused and its message. */
static void
pagina(struct request *r, int64_t id, int status, const struct err *fout, int64_t org, unsigned roles,
    const char *reden)
{
	struct aanvraag_rij a;
	struct err e = { 0 };
	int64_t gevonden = 0;
	json_t *ctx;

	if (store_aanvraag_lees(r->store, r->arena, id, &a, &e) != ERR_OK) {
		req_audit(r, "aanvraag.lezen", "toegang_aanvraag", app_id_tekst(r, id), AUDIT_GEWEIGERD);
		reply_err(r, &e);
		return;
	}
	if (status == 200 && !app_audit(r, "aanvraag.lezen", "toegang_aanvraag", app_id_tekst(r, id)))
		return;
	if (fout == NULL) {
		/* the organisation typed, when it is a known one, is what the form proposes */
		store_organisatie_zoek(r->store, a.organisatie, &gevonden, NULL);
		org = gevonden;
		roles = ROL_BIT(ROL_INDIENER);
	}
	ctx = json_object();
	json_object_set_new(ctx, "aanvraag", json_pack("{s:I,s:s,s:s,s:s,s:s,s:s,s:s,s:s,s:b,s:b,s:s?,s:s?,s:s?}",
	    "id", (json_int_t)a.id, "naam", a.naam, "organisatie", a.organisatie, "functie", a.functie, "email", a.email,
	    "reden", a.reden, "ingediend", app_tijd_datum_tekst(r, a.ingediend_op), "status",
	    codes_aanvraag_status.labels[a.status], "open", a.status == AANVRAAG_OPEN, "email_bekend", a.email_heeft_account,
	    "beoordeeld_op", app_tijd_datum_tekst(r, a.beoordeeld_op), "beoordeeld_door", a.beoordeeld_door,
	    "afwijzing_reden", a.afwijzing_reden));
	json_object_set_new(ctx, "organisaties", bh_organisatie_opties(r, org,
	    arena_printf(r->arena, "Nieuw: \"%s\" (wordt een voorstel voor de organisatielijst)", a.organisatie)));
	json_object_set_new(ctx, "organisatie_gevonden", json_boolean(gevonden != 0));
	json_object_set_new(ctx, "rollen", bh_rol_opties(roles, false));
	json_object_set_new(ctx, "reden", json_string(reden ? reden : ""));
	if (fout != NULL)
		bh_fouten(r, ctx, "aanvraag", fout);
	bh_subnav(r, ctx, "/beheer/aanvragen");
	reply_page(r, status, "beheer/aanvraag", arena_printf(r->arena, "Aanvraag van %s", a.naam), ctx);
}

void
h_beheer_aanvraag(struct request *r)
{
	int64_t id;

	if (bh_param_id(r, 0, "aanvraag.lezen", "toegang_aanvraag", &id))
		pagina(r, id, 200, NULL, 0, 0, NULL);
}

static void
geweigerd(struct request *r, int64_t id, const char *actie, enum err_code rc, const struct err *e, int64_t org,
    unsigned roles, const char *reden)
{
	store_rollback(r->store);
	req_audit(r, actie, "toegang_aanvraag", app_id_tekst(r, id), AUDIT_MISLUKT);
	if (rc == ERR_VALIDATION || rc == ERR_CONFLICT)
		pagina(r, id, err_http_status(rc), e, org, roles, reden);
	else
		reply_err(r, e);
}

void
h_beheer_aanvraag_goedkeuren(struct request *r)
{
	struct aanvraag_rij a;
	struct err e = { 0 };
	enum err_code rc;
	int64_t id, org = 0, gebruiker = 0;
	const char *o = req_form(r, "organisatie");
	size_t nr = 0;
	const char **rv = req_form_all(r, "rol", &nr);
	unsigned roles = 0;
	char token[BH_LINK_TOKEN];
	struct account_invoer in;

	if (!bh_param_id(r, 0, "aanvraag.goedkeuren", "toegang_aanvraag", &id))
		return;
	for (size_t i = 0; i < nr; i++) {
		enum rol rol;
		roles |= rol_parse(rv[i], &rol) ? ROL_BIT(rol) : (1u << ROL__MAX);   /* an unknown role spoils the set */
	}
	if (o != NULL && o[0] != '\0' && !req_parse_id(o, &org)) {
		err_set(&e, ERR_VALIDATION, "organisatie", "Kies de organisatie uit de lijst.");
		geweigerd(r, id, "aanvraag.goedkeuren", ERR_VALIDATION, &e, 0, roles, NULL);
		return;
	}
	if (!app_begin(r))
		return;
	if ((rc = store_aanvraag_lees(r->store, r->arena, id, &a, &e)) != ERR_OK) {
		bh_fout(r, "aanvraag.goedkeuren", "toegang_aanvraag", app_id_tekst(r, id), rc, &e);
		return;
	}
	if ((rc = aanvraag_besluit_check(a.status, AANVRAAG_GOEDGEKEURD, NULL, &e)) != ERR_OK) {
		geweigerd(r, id, "aanvraag.goedkeuren", rc, &e, org, roles, NULL);
		return;
	}
	if (!aanvraag_rollen_ok(roles)) {
		err_set(&e, ERR_VALIDATION, "rollen", "Kies ten minste één rol (de rol beheerder wordt alleen in het accountbeheer gegeven).");
		geweigerd(r, id, "aanvraag.goedkeuren", ERR_VALIDATION, &e, org, roles, NULL);
		return;
	}
	if (org == 0) {
		/* the name the professional typed: a proposal, never straight into everyone's pick lists */
		if ((rc = store_organisatie_voorstel(r->store, a.organisatie, ORGTYPE_OVERIG, r->actor.gebruiker_id, r->now,
		    &org, &e)) != ERR_OK) {
			geweigerd(r, id, "aanvraag.goedkeuren", rc, &e, org, roles, NULL);
			return;
		}
	} else {
		struct organisatie_rij or;

		if (store_organisatie_lees(r->store, r->arena, org, &or, NULL) != ERR_OK || or.status != ORGSTATUS_BEKEND) {
			err_set(&e, ERR_VALIDATION, "organisatie", "Kies een organisatie uit de lijst.");
			geweigerd(r, id, "aanvraag.goedkeuren", ERR_VALIDATION, &e, 0, roles, NULL);
			return;
		}
	}
	in = (struct account_invoer){ a.naam, a.email, a.functie, NULL, roles, org };
	if ((rc = account_validate(&in, &e)) != ERR_OK ||
	    (rc = store_account_nieuw(r->store, &in, r->now, &gebruiker, &e)) != ERR_OK ||
	    (rc = store_aanvraag_goedkeuren(r->store, id, gebruiker, r->actor.gebruiker_id, r->now, &e)) != ERR_OK ||
	    (rc = bh_link_uitgeven(r, gebruiker, token, &e)) != ERR_OK) {
		geweigerd(r, id, "aanvraag.goedkeuren", rc, &e, org, roles, NULL);
		return;
	}
	if (req_audit(r, "account.aanmaken", "gebruiker", app_id_tekst(r, gebruiker), AUDIT_TOEGESTAAN) != ERR_OK) {
		store_rollback(r->store);
		reply_problem(r, 503, "Tijdelijk niet beschikbaar", "Het auditlog kon niet worden bijgewerkt; er is niets gewijzigd.");
		return;
	}
	if (app_commit(r, "aanvraag.goedkeuren", "toegang_aanvraag", app_id_tekst(r, id), NULL))
		bh_link_pagina(r, gebruiker, a.naam, token,
		    "De aanvraag is goedgekeurd en het account is aangemaakt. Geef de link hieronder aan de aanvrager.");
}

void
h_beheer_aanvraag_afwijzen(struct request *r)
{
	const char *reden = req_form(r, "reden");
	struct aanvraag_rij a;
	struct err e = { 0 };
	enum err_code rc;
	int64_t id;

	if (!bh_param_id(r, 0, "aanvraag.afwijzen", "toegang_aanvraag", &id))
		return;
	if (!app_begin(r))
		return;
	if ((rc = store_aanvraag_lees(r->store, r->arena, id, &a, &e)) != ERR_OK) {
		bh_fout(r, "aanvraag.afwijzen", "toegang_aanvraag", app_id_tekst(r, id), rc, &e);
		return;
	}
	if ((rc = aanvraag_besluit_check(a.status, AANVRAAG_AFGEWEZEN, reden, &e)) != ERR_OK ||
	    (rc = store_aanvraag_afwijzen(r->store, id, reden, r->actor.gebruiker_id, r->now, &e)) != ERR_OK) {
		geweigerd(r, id, "aanvraag.afwijzen", rc, &e, 0, ROL_BIT(ROL_INDIENER), reden);
		return;
	}
	if (app_commit(r, "aanvraag.afwijzen", "toegang_aanvraag", app_id_tekst(r, id), NULL))
		reply_redirect(r, 303, "/beheer/aanvragen?melding=afgewezen");
}
