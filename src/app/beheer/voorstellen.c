/* voorstellen.c - organisation names typed at intake that matched no known organisation: a regievoerder accepts
   each into the directory, maps it to an existing organisation (a merge), or rejects it. */
#include <string.h>

#include "app/beheer/beheer.h"
#include "app/beheer/handlers.h"
#include "core/organisatie.h"

static void
lijst(struct request *r, int status, int64_t fout_id, const struct err *e)
{
	static const char *const codes[] = { "afgewezen" };
	static const char *const teksten[] = { "Het voorstel is afgewezen; het komt in geen enkele keuzelijst." };
	struct organisatie_filter f = { .type = -1, .status = ORGSTATUS_VOORSTEL, .limit = -1 };
	struct organisatie_rij *o = NULL;
	size_t n = 0;
	struct err le = { 0 };
	json_t *ctx, *rijen, *naar;

	if (store_organisatie_lijst(r->store, r->arena, &f, &o, &n, NULL, &le) != ERR_OK) {
		reply_err(r, &le);
		return;
	}
	ctx = json_object();
	rijen = json_array();
	naar = bh_organisatie_opties(r, 0, "Kies de bestaande organisatie");
	for (size_t i = 0; i < n; i++) {
		json_t *rij = json_pack("{s:I,s:s,s:s,s:s?,s:s?,s:o,s:o,s:o}", "id", (json_int_t)o[i].id, "naam", o[i].naam,
		    "type", codes_organisatie_type.labels[o[i].type], "voorgesteld_op", app_tijd_datum_tekst(r, o[i].voorgesteld_op),
		    "door", o[i].voorgesteld_door, "typen", bh_type_opties(o[i].type), "naar", json_deep_copy(naar),
		    "ouders", bh_organisatie_opties(r, 0, "Geen (zelfstandig)"));

		if (e != NULL && o[i].id == fout_id)
			json_object_set_new(rij, "fout", json_string(e->msg));
		json_array_append_new(rijen, rij);
	}
	json_decref(naar);
	json_object_set_new(ctx, "rijen", rijen);
	json_object_set_new(ctx, "heeft_rijen", json_boolean(n > 0));
	if (e != NULL) {
		json_object_set_new(ctx, "heeft_fouten", json_true());
		json_object_set_new(ctx, "fouten", json_pack("[{s:s,s:s}]", "id",
		    arena_printf(r->arena, "voorstel-%lld", (long long)fout_id), "tekst", e->msg));
	} else
		bh_melding(r, ctx, codes, teksten, 1);
	bh_subnav(r, ctx, "/beheer/voorstellen");
	reply_page(r, status, "beheer/voorstellen", "Voorstellen voor de organisatielijst", ctx);
}

void
h_beheer_voorstellen(struct request *r)
{
	lijst(r, 200, 0, NULL);
}

static void
geweigerd(struct request *r, int64_t id, const char *actie, enum err_code rc, const struct err *e)
{
	store_rollback(r->store);
	req_audit(r, actie, "organisatie", app_id_tekst(r, id), AUDIT_MISLUKT);
	if (rc == ERR_VALIDATION || rc == ERR_CONFLICT)
		lijst(r, err_http_status(rc), id, e);
	else
		reply_err(r, e);
}

void
h_beheer_voorstel_besluit(struct request *r)
{
	const char *besluit = req_form(r, "besluit");
	struct organisatie_rij o;
	struct err e = { 0 };
	enum err_code rc;
	int64_t id, naar = 0;
	int b = besluit ? codelist_find(&codes_voorstel_besluit, besluit) : -1;
	const char *actie;

	if (!bh_param_id(r, 0, "organisatie.voorstel", "organisatie", &id))
		return;
	if ((rc = store_organisatie_lees(r->store, r->arena, id, &o, &e)) != ERR_OK) {
		req_audit(r, "organisatie.voorstel", "organisatie", app_id_tekst(r, id), AUDIT_GEWEIGERD);
		reply_err(r, &e);
		return;
	}
	if (b < 0) {
		err_set(&e, ERR_VALIDATION, "besluit", "Kies wat er met het voorstel gebeurt.");
		geweigerd(r, id, "organisatie.voorstel", ERR_VALIDATION, &e);
		return;
	}
	actie = b == VOORSTEL_ACCEPTEREN ? "organisatie.voorstel_accepteren" : b == VOORSTEL_KOPPELEN ?
	    "organisatie.voorstel_koppelen" : "organisatie.voorstel_afwijzen";
	if ((rc = voorstel_besluit_check(o.status, &e)) != ERR_OK) {
		geweigerd(r, id, actie, rc, &e);
		return;
	}
	if (!app_begin(r))
		return;
	if (b == VOORSTEL_ACCEPTEREN) {
		struct organisatie_invoer in;

		if (!bh_lees_organisatie(r, &in, &e))
			rc = ERR_VALIDATION;
		else {
			if (in.naam == NULL || in.naam[0] == '\0')
				in.naam = o.naam;
			if ((rc = bh_organisatie_check(r, id, &in, &e)) == ERR_OK)
				rc = store_voorstel_accepteren(r->store, id, &in, r->actor.gebruiker_id, r->now, &e);
		}
	} else if (b == VOORSTEL_KOPPELEN) {
		const char *v = req_form(r, "naar");

		if (v == NULL || !req_parse_id(v, &naar))
			rc = err_set(&e, ERR_VALIDATION, "naar", "Kies de bestaande organisatie waaraan het voorstel wordt gekoppeld.");
		else
			rc = bh_samenvoegen(r, id, naar, NULL, &e);
	} else
		rc = store_voorstel_afwijzen(r->store, id, r->actor.gebruiker_id, r->now, &e);
	if (rc != ERR_OK) {
		geweigerd(r, id, actie, rc, &e);
		return;
	}
	if (!app_commit(r, actie, "organisatie", b == VOORSTEL_KOPPELEN ?
	    arena_printf(r->arena, "%lld in %lld", (long long)id, (long long)naar) : app_id_tekst(r, id), NULL))
		return;
	if (b == VOORSTEL_ACCEPTEREN)
		reply_redirect(r, 303, arena_printf(r->arena, "/beheer/organisaties/%lld?melding=geaccepteerd", (long long)id));
	else if (b == VOORSTEL_KOPPELEN)
		reply_redirect(r, 303, arena_printf(r->arena, "/beheer/organisaties/%lld?melding=gekoppeld", (long long)naar));
	else
		reply_redirect(r, 303, "/beheer/voorstellen?melding=afgewezen");
}
