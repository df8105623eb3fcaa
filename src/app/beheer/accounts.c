/* accounts.c - accounts in beheer (beheerder): list, create with a one-time link, change, disable, tokens. */
#include <string.h>

#include "app/beheer/beheer.h"
#include "app/beheer/handlers.h"
#include "app/beheer/link.h"
#include "core/account.h"
#include "core/rol.h"

static unsigned
lees_rollen(struct request *r, bool *onbekend)
{
	size_t n = 0;
	const char **v = req_form_all(r, "rol", &n);
	unsigned roles = 0;

	*onbekend = false;
	for (size_t i = 0; i < n; i++) {
		enum rol rol;

		if (rol_parse(v[i], &rol))
			roles |= ROL_BIT(rol);
		else
			*onbekend = true;
	}
	return roles;
}

/* The account form; false with e set when a value is not one of the choices. */
static bool
lees_account(struct request *r, struct account_invoer *in, struct err *e)
{
	const char *org = req_form(r, "organisatie");
	bool onbekend;

	memset(in, 0, sizeof(*in));
	in->naam = req_form(r, "naam");
	in->email = req_form(r, "email");
	in->functie = app_form_tekst(r, "functie");
	in->telefoon = app_form_tekst(r, "telefoon");
	in->roles = lees_rollen(r, &onbekend);
	if (onbekend) {
		err_set(e, ERR_VALIDATION, "rollen", "Kies de rollen uit de lijst.");
		return false;
	}
	if (org != NULL && org[0] != '\0' && !req_parse_id(org, &in->organisatie_id)) {
		err_set(e, ERR_VALIDATION, "organisatie", "Kies de organisatie uit de lijst.");
		return false;
	}
	return true;
}

static json_t *
form_ctx(struct request *r, const struct account_invoer *in)
{
	return json_pack("{s:s,s:s,s:s,s:s,s:o,s:o}", "naam", in->naam ? in->naam : "", "email", in->email ? in->email : "",
	    "functie", in->functie ? in->functie : "", "telefoon", in->telefoon ? in->telefoon : "", "rollen",
	    bh_rol_opties(in->roles, true), "organisaties", bh_organisatie_opties(r, in->organisatie_id, "Geen organisatie"));
}

void
h_beheer_accounts(struct request *r)
{
	const char *zoek = req_query(r, "q");
	struct account_rij *v = NULL;
	size_t n = 0;
	struct err e = { 0 };
	json_t *ctx, *rijen;

	if (store_account_lijst(r->store, r->arena, zoek, &v, &n, &e) != ERR_OK) {
		reply_err(r, &e);
		return;
	}
	if (!app_audit(r, "account.lijst", "gebruiker", NULL))
		return;
	ctx = json_object();
	rijen = json_array();
	for (size_t i = 0; i < n; i++) {
		json_t *rollen = json_array();

		for (int k = 0; k < ROL__MAX; k++)
			if (v[i].roles & ROL_BIT(k))
				json_array_append_new(rollen, json_string(rol_label((enum rol)k)));
		json_array_append_new(rijen, json_pack("{s:I,s:s,s:s,s:s?,s:o,s:b,s:b,s:s?}", "id", (json_int_t)v[i].id,
		    "naam", v[i].naam, "email", v[i].email, "organisatie", v[i].organisatie_naam, "rollen", rollen, "actief",
		    v[i].actief, "wachtwoord", v[i].heeft_wachtwoord, "laatst", app_tijd_datum_tekst(r, v[i].laatst_ingelogd)));
	}
	json_object_set_new(ctx, "rijen", rijen);
	json_object_set_new(ctx, "heeft_rijen", json_boolean(n > 0));
	json_object_set_new(ctx, "q", json_string(zoek ? zoek : ""));
	bh_subnav(r, ctx, "/beheer/accounts");
	reply_page(r, 200, "beheer/accounts", "Accounts", ctx);
}

static void
nieuw_pagina(struct request *r, int status, const struct account_invoer *in, const struct err *e)
{
	json_t *ctx = json_object();

	json_object_set_new(ctx, "account", form_ctx(r, in));
	if (e != NULL)
		bh_fouten(r, ctx, "account", e);
	bh_subnav(r, ctx, "/beheer/accounts");
	reply_page(r, status, "beheer/account_nieuw", "Nieuw account", ctx);
}

void
h_beheer_account_nieuw_form(struct request *r)
{
	struct account_invoer in = { .roles = ROL_BIT(ROL_INDIENER) };

	nieuw_pagina(r, 200, &in, NULL);
}

void
h_beheer_account_nieuw(struct request *r)
{
	struct account_invoer in;
	struct err e = { 0 };
	enum err_code rc = ERR_VALIDATION;
	char token[BH_LINK_TOKEN];
	int64_t id = 0;

	if (!lees_account(r, &in, &e) || (rc = account_validate(&in, &e)) != ERR_OK) {
		req_audit(r, "account.aanmaken", "gebruiker", NULL, AUDIT_MISLUKT);
		nieuw_pagina(r, 400, &in, &e);
		return;
	}
	if (!app_begin(r))
		return;
	if ((rc = store_account_nieuw(r->store, &in, r->now, &id, &e)) != ERR_OK ||
	    (rc = bh_link_uitgeven(r, id, token, &e)) != ERR_OK) {
		store_rollback(r->store);
		req_audit(r, "account.aanmaken", "gebruiker", NULL, AUDIT_MISLUKT);
		if (rc == ERR_VALIDATION || rc == ERR_CONFLICT)
			nieuw_pagina(r, err_http_status(rc), &in, &e);
		else
			reply_err(r, &e);
		return;
	}
	if (app_commit(r, "account.aanmaken", "gebruiker", app_id_tekst(r, id), NULL))
		bh_link_pagina(r, id, in.naam, token, "Het account is aangemaakt.");
}

static void
pagina(struct request *r, int64_t id, int status, const struct account_invoer *invoer, const struct err *fout)
{
	static const char *const codes[] = { "gewijzigd", "uitgeschakeld", "ingeschakeld", "token" };
	static const char *const teksten[] = { "De wijzigingen zijn opgeslagen.",
		"Het account is uitgeschakeld; lopende sessies zijn beëindigd.", "Het account is weer ingeschakeld.",
		"Het API-token is ingetrokken." };
	struct account_rij a;
	struct api_token_rij *t = NULL;
	size_t nt = 0;
	struct err e = { 0 };
	struct account_invoer in;
	json_t *ctx, *tokens;

	if (store_account_lees(r->store, r->arena, id, &a, &e) != ERR_OK ||
	    store_token_lijst(r->store, r->arena, id, &t, &nt, &e) != ERR_OK) {
		req_audit(r, "account.lezen", "gebruiker", app_id_tekst(r, id), AUDIT_GEWEIGERD);
		reply_err(r, &e);
		return;
	}
	if (status == 200 && !app_audit(r, "account.lezen", "gebruiker", app_id_tekst(r, id)))
		return;
	in = (struct account_invoer){ a.naam, a.email, a.functie, a.telefoon, a.roles, a.organisatie_id };
	if (invoer != NULL)
		in = *invoer;
	ctx = json_object();
	tokens = json_array();
	for (size_t i = 0; i < nt; i++)
		json_array_append_new(tokens, json_pack("{s:I,s:s?,s:s?,s:b,s:s}", "id", (json_int_t)t[i].id, "aangemaakt",
		    app_tijd_datum_tekst(r, t[i].aangemaakt), "ingetrokken", app_tijd_datum_tekst(r, t[i].ingetrokken), "geldig",
		    t[i].ingetrokken == NULL, "pad", arena_printf(r->arena, "/beheer/accounts/%lld/tokens/%lld/intrekken",
		    (long long)id, (long long)t[i].id)));
	json_object_set_new(ctx, "id", json_integer((json_int_t)id));
	json_object_set_new(ctx, "naam", json_string(a.naam));
	json_object_set_new(ctx, "actief", json_boolean(a.actief));
	json_object_set_new(ctx, "heeft_wachtwoord", json_boolean(a.heeft_wachtwoord));
	json_object_set_new(ctx, "aangemaakt", json_string(app_tijd_datum_tekst(r, a.aangemaakt)));
	json_object_set_new(ctx, "laatst_ingelogd", a.laatst_ingelogd ?
	    json_string(app_tijd_datum_tekst(r, a.laatst_ingelogd)) : json_null());
	json_object_set_new(ctx, "zichzelf", json_boolean(id == r->actor.gebruiker_id));
	json_object_set_new(ctx, "account", form_ctx(r, &in));
	json_object_set_new(ctx, "tokens", tokens);
	json_object_set_new(ctx, "heeft_tokens", json_boolean(nt > 0));
	if (fout != NULL)
		bh_fouten(r, ctx, "account", fout);
	else
		bh_melding(r, ctx, codes, teksten, sizeof(codes) / sizeof(codes[0]));
	bh_subnav(r, ctx, "/beheer/accounts");
	reply_page(r, status, "beheer/account", a.naam, ctx);
}

void
h_beheer_account(struct request *r)
{
	int64_t id;

	if (bh_param_id(r, 0, "account.lezen", "gebruiker", &id))
		pagina(r, id, 200, NULL, NULL);
}

void
h_beheer_account_wijzig(struct request *r)
{
	struct account_invoer in;
	struct err e = { 0 };
	enum err_code rc = ERR_VALIDATION;
	int64_t id;

	if (!bh_param_id(r, 0, "account.wijzigen", "gebruiker", &id))
		return;
	if (!lees_account(r, &in, &e) || (rc = account_validate(&in, &e)) != ERR_OK) {
		req_audit(r, "account.wijzigen", "gebruiker", app_id_tekst(r, id), AUDIT_MISLUKT);
		pagina(r, id, 400, &in, &e);
		return;
	}
	/* a beheerder cannot take the beheer role from themselves: someone must still be able to manage accounts */
	if (id == r->actor.gebruiker_id && !(in.roles & ROL_BIT(ROL_BEHEERDER))) {
		err_set(&e, ERR_VALIDATION, "rollen", "U kunt uw eigen beheerdersrol niet weghalen.");
		req_audit(r, "account.wijzigen", "gebruiker", app_id_tekst(r, id), AUDIT_MISLUKT);
		pagina(r, id, 400, &in, &e);
		return;
	}
	if (!app_begin(r))
		return;
	if ((rc = store_account_wijzig(r->store, id, &in, r->now, &e)) != ERR_OK) {
		store_rollback(r->store);
		req_audit(r, "account.wijzigen", "gebruiker", app_id_tekst(r, id), AUDIT_MISLUKT);
		if (rc == ERR_VALIDATION || rc == ERR_CONFLICT)
			pagina(r, id, err_http_status(rc), &in, &e);
		else
			reply_err(r, &e);
		return;
	}
	if (app_commit(r, "account.wijzigen", "gebruiker", app_id_tekst(r, id), NULL))
		reply_redirect(r, 303, arena_printf(r->arena, "/beheer/accounts/%lld?melding=gewijzigd", (long long)id));
}

void
h_beheer_account_actief(struct request *r)
{
	const char *v = req_form(r, "actief");
	struct err e = { 0 };
	enum err_code rc;
	bool actief;
	int64_t id;

	if (!bh_param_id(r, 0, "account.uitschakelen", "gebruiker", &id))
		return;
	if (v == NULL || (strcmp(v, "0") != 0 && strcmp(v, "1") != 0)) {
		err_set(&e, ERR_VALIDATION, "actief", "Kies in- of uitschakelen.");
		req_audit(r, "account.uitschakelen", "gebruiker", app_id_tekst(r, id), AUDIT_MISLUKT);
		pagina(r, id, 400, NULL, &e);
		return;
	}
	actief = v[0] == '1';
	if (!actief && id == r->actor.gebruiker_id) {
		err_set(&e, ERR_VALIDATION, "actief", "U kunt uw eigen account niet uitschakelen.");
		req_audit(r, "account.uitschakelen", "gebruiker", app_id_tekst(r, id), AUDIT_MISLUKT);
		pagina(r, id, 400, NULL, &e);
		return;
	}
	if (!app_begin(r))
		return;
	if ((rc = store_account_actief(r->store, id, actief, &e)) != ERR_OK) {
		bh_fout(r, actief ? "account.inschakelen" : "account.uitschakelen", "gebruiker", app_id_tekst(r, id),
		    rc, &e);
		return;
	}
	if (app_commit(r, actief ? "account.inschakelen" : "account.uitschakelen", "gebruiker", app_id_tekst(r, id),
	    NULL))
		reply_redirect(r, 303, arena_printf(r->arena, "/beheer/accounts/%lld?melding=%s", (long long)id,
		    actief ? "ingeschakeld" : "uitgeschakeld"));
}

void
h_beheer_account_link(struct request *r)
{
	struct account_rij a;
	struct err e = { 0 };
	char token[BH_LINK_TOKEN];
	enum err_code rc;
	int64_t id;

	if (!bh_param_id(r, 0, "account.link", "gebruiker", &id))
		return;
	if (!app_begin(r))
		return;
	if ((rc = store_account_lees(r->store, r->arena, id, &a, &e)) != ERR_OK ||
	    (rc = bh_link_uitgeven(r, id, token, &e)) != ERR_OK) {
		bh_fout(r, "account.link", "gebruiker", app_id_tekst(r, id), rc, &e);
		return;
	}
	if (app_commit(r, "account.link", "gebruiker", app_id_tekst(r, id), NULL))
		bh_link_pagina(r, id, a.naam, token, "Er is een nieuwe link gemaakt; eerdere links werken niet meer.");
}

void
h_beheer_token_intrekken(struct request *r)
{
	struct err e = { 0 };
	enum err_code rc;
	int64_t id, token;

	if (!bh_param_id(r, 0, "token.intrekken", "gebruiker", &id) ||
	    !bh_param_id(r, 1, "token.intrekken", "api_token", &token))
		return;
	if (!app_begin(r))
		return;
	if ((rc = store_token_intrekken(r->store, id, token, r->actor.gebruiker_id, r->now, &e)) != ERR_OK) {
		bh_fout(r, "token.intrekken", "api_token", app_id_tekst(r, token), rc, &e);
		return;
	}
	if (app_commit(r, "token.intrekken", "api_token", app_id_tekst(r, token), NULL))
		reply_redirect(r, 303, arena_printf(r->arena, "/beheer/accounts/%lld?melding=token", (long long)id));
}
