/* web_variant.c - the forms on a belegging for its variants (regievoerders, what the ambassadeursoverleg decides):
   a partner joining a joint belegging (a werkgroep with a trekker), and PMM's kind of involvement. Each answers 303
   back to the leerpunt, or the page again with the message. */
#include <string.h>

#include "app/leerpunt/handlers.h"
#include "app/leerpunt/leerpunt.h"
#include "app/leerpunt/web.h"

/* The belegging of path parameter 0 for a regievoerder's change: false after 404/403 with a geweigerd row. */
static bool
belegging_voor_beleggen(struct request *r, const char *actie, int64_t *id, struct belegging_rij *b)
{
	struct err e = { 0 };
	const char *oid = req_param(r, 0);
	enum err_code rc;

	if (!req_parse_id(oid, id) || (rc = store_belegging_get(r->store, r->arena, *id, b, &e)) == ERR_NOT_FOUND) {
		lp_weiger(r, actie, "belegging", oid, 404);
		return false;
	}
	if (rc != ERR_OK) {
		lp_reply_err(r, rc, &e);
		return false;
	}
	if (!perm_leerpunt_beleggen(&r->actor)) {
		lp_weiger(r, actie, "belegging", oid, 403);
		return false;
	}
	return true;
}

static void
afronden(struct request *r, const char *actie, int64_t id, const struct belegging_rij *b, struct lw_invoer *in,
    enum err_code rc, const struct err *e, const char *melding)
{
	const char *oid = req_param(r, 0);

	if (rc == ERR_VALIDATION || rc == ERR_CONFLICT) {
		store_rollback(r->store);
		in->fout = arena_strdup(r->arena, e->msg);
		lw_toon_fout(r, b->leerpunt_id, actie, "belegging", oid, in, rc);
		return;
	}
	if (rc != ERR_OK) {
		store_rollback(r->store);
		lp_reply_err(r, rc, e);
		return;
	}
	if (!app_commit(r, actie, "belegging", oid, NULL))
		return;
	reply_redirect(r, 303, arena_printf(r->arena, "/leerpunten/%lld?melding=%s#belegging-%lld",
	    (long long)b->leerpunt_id, melding, (long long)id));
}

void
h_belegging_werkgroep(struct request *r)
{
	struct lw_invoer in = { .formulier = "werkgroep", .veld = "werkgroep-organisatie" };
	struct belegging_rij b;
	struct err e = { 0 };
	int64_t id, org = 0;

	if (!belegging_voor_beleggen(r, "belegging.werkgroep", &id, &b))
		return;
	in.belegging_id = id;
	in.organisatie = req_form(r, "organisatie");
	if (!req_parse_id(in.organisatie, &org)) {
		in.fout = "Kies de partij die meedoet in de werkgroep.";
		lw_toon_fout(r, b.leerpunt_id, "belegging.werkgroep", "belegging", req_param(r, 0), &in, ERR_VALIDATION);
		return;
	}
	if (b.doorgezet_naar_id != 0 || b.niet_belegd > 0) {
		in.fout = "Deze belegging is doorgezet of bewust niet belegd: daar komt geen werkgroep bij.";
		lw_toon_fout(r, b.leerpunt_id, "belegging.werkgroep", "belegging", req_param(r, 0), &in, ERR_CONFLICT);
		return;
	}
	if (!app_begin(r))
		return;
	afronden(r, "belegging.werkgroep", id, &b, &in, store_belegging_partner_add(r->store, id, org, &e), &e,
	    "werkgroep");
}

void
h_belegging_pmm_soort(struct request *r)
{
	struct lw_invoer in = { .formulier = "pmm_soort", .veld = "pmm-soort" };
	struct belegging_rij b;
	struct err e = { 0 };
	int64_t id;
	int soort;

	if (!belegging_voor_beleggen(r, "belegging.pmm_soort", &id, &b))
		return;
	in.belegging_id = id;
	in.status = req_form(r, "pmm_soort");
	soort = lp_leeg(in.status) ? -1 : codelist_find(&codes_pmm_soort, in.status);
	if (soort <= 0) {
		in.fout = "Kies hoe PMM bij dit leerpunt betrokken is.";
		lw_toon_fout(r, b.leerpunt_id, "belegging.pmm_soort", "belegging", req_param(r, 0), &in, ERR_VALIDATION);
		return;
	}
	if (!app_begin(r))
		return;
	afronden(r, "belegging.pmm_soort", id, &b, &in, store_belegging_pmm_soort_zet(r->store, id, soort, &e), &e,
	    "pmm_soort");
}
