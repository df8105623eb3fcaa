/* web_formulier.c - the forms on a leerpunt's page: belegging a leerpunt, a new follow-up status, forwarding a
   belegging, tagging themas and classifying it (categorie, orde). Each answers 303 back to the page, or the page again with the message. */
#include <string.h>

#include "app/leerpunt/handlers.h"
#include "app/leerpunt/leerpunt.h"
#include "app/leerpunt/web.h"
#include "core/casus.h"
#include "lib/date.h"
#include "store/casus/casus.h"

#define LW_DATUM_FOUT (DATE_NONE + 1)   /* typed, but not a date */

static int
datum_van(const char *s)
{
	int d;

	if (lp_leeg(s))
		return DATE_NONE;
	return date_parse(s, &d) ? d : LW_DATUM_FOUT;
}

void
h_belegging_status(struct request *r)
{
	struct belegging_rij b;
	struct lw_invoer in = { .formulier = "status" };
	struct opvolging_invoer oi = { .reden = -1 };
	struct opvolging_stand stand;
	struct err e = { 0 };
	enum err_code rc;
	int64_t id;
	const char *oid = req_param(r, 0);

	if (!lp_belegging_open_param(r, "belegging.status", &id, &b))
		return;
	in.belegging_id = id;
	in.status = req_form(r, "status");
	in.reden = req_form(r, "reden");
	in.datum = req_form(r, "datum");
	in.notitie = req_form(r, "notitie");
	in.bron = req_form(r, "bron");
	oi.status = lp_leeg(in.status) ? -1 : codelist_find(&codes_opvolging_status, in.status);
	if (!lp_leeg(in.reden) && (oi.reden = codelist_find(&codes_reden, in.reden)) < 0)
		oi.reden = REDEN__MAX;   /* unknown: refused by the core's check */
	oi.datum = datum_van(in.datum);
	oi.notitie = lp_leeg(in.notitie) ? NULL : in.notitie;
	oi.bron = lp_leeg(in.bron) ? NULL : in.bron;
	if (oi.datum == LW_DATUM_FOUT) {
		in.veld = "datum";
		in.fout = "Vul de datum in als JJJJ-MM-DD, bijvoorbeeld 2025-03-01.";
		lw_toon_fout(r, b.leerpunt_id, "belegging.status", "belegging", oid, &in, ERR_VALIDATION);
		return;
	}
	if (!app_begin(r))
		return;
	/* read again inside the transaction: the check and the change see the same history */
	if ((rc = store_belegging_get(r->store, r->arena, id, &b, &e)) != ERR_OK)
		goto fail;
	stand.status = (int)b.status;
	stand.datum = b.status_datum;
	stand.doorgezet = b.doorgezet_naar_id != 0;
	if ((rc = opvolging_validate(&oi, &stand, app_vandaag(r), &e)) != ERR_OK)
		goto refused;
	rc = store_belegging_status_add(r->store, id, &oi,
	    opvolging_volgende_navraag((enum opvolging_status)oi.status, oi.datum), r->actor.gebruiker_id, r->now, NULL,
	    &e);
	if (rc != ERR_OK)
		goto refused;
	if (!app_commit(r, "belegging.status", "belegging", oid, NULL))
		return;
	reply_redirect(r, 303, arena_printf(r->arena, "/leerpunten/%lld?melding=status#belegging-%lld",
	    (long long)b.leerpunt_id, (long long)id));
	return;
refused:
	store_rollback(r->store);
	if (rc == ERR_VALIDATION || rc == ERR_CONFLICT) {
		in.veld = *e.field ? arena_strdup(r->arena, e.field) : "status";
		in.fout = arena_strdup(r->arena, e.msg);
		lw_toon_fout(r, b.leerpunt_id, "belegging.status", "belegging", oid, &in, rc);
		return;
	}
fail:
	store_rollback(r->store);
	lp_reply_err(r, rc, &e);
}

void
h_belegging_doorzetten(struct request *r)
{
	struct belegging_rij b;
	struct lw_invoer in = { .formulier = "doorzetten" };
	struct err e = { 0 };
	enum err_code rc;
	int64_t id, naar = 0, nieuw = 0;
	int vandaag = app_vandaag(r);
	const char *oid = req_param(r, 0);

	if (!lp_belegging_open_param(r, "belegging.doorzetten", &id, &b))
		return;
	in.belegging_id = id;
	in.organisatie = req_form(r, "organisatie");
	in.notitie = req_form(r, "notitie");
	if (!req_parse_id(in.organisatie, &naar)) {
		in.veld = "doorzet-organisatie";
		in.fout = "Kies de partij waarnaar u de belegging doorzet.";
		lw_toon_fout(r, b.leerpunt_id, "belegging.doorzetten", "belegging", oid, &in, ERR_VALIDATION);
		return;
	}
	if (req_form(r, "bevestig") == NULL || strcmp(req_form(r, "bevestig"), "ja") != 0) {
		in.veld = "doorzet-bevestig";
		in.fout = "Bevestig dat u deze belegging wilt doorzetten: daarna werkt u de nieuwe belegging bij.";
		lw_toon_fout(r, b.leerpunt_id, "belegging.doorzetten", "belegging", oid, &in, ERR_VALIDATION);
		return;
	}
	if (!app_begin(r))
		return;
	rc = store_belegging_doorzetten(r->store, id, naar, vandaag, lp_leeg(in.notitie) ? NULL : in.notitie, NULL,
	    opvolging_volgende_navraag(OPVOLGING_BELEGD, vandaag), r->actor.gebruiker_id, r->now, &nieuw, &e);
	if (rc == ERR_VALIDATION || rc == ERR_CONFLICT) {
		store_rollback(r->store);
		in.veld = strcmp(e.field, "notitie") == 0 ? "doorzet-notitie" : "doorzet-organisatie";
		in.fout = arena_strdup(r->arena, e.msg);
		lw_toon_fout(r, b.leerpunt_id, "belegging.doorzetten", "belegging", oid, &in, rc);
		return;
	}
	if (rc != ERR_OK) {
		store_rollback(r->store);
		lp_reply_err(r, rc, &e);
		return;
	}
	if (!app_commit(r, "belegging.doorzetten", "belegging", oid, NULL))
		return;
	reply_redirect(r, 303, arena_printf(r->arena, "/leerpunten/%lld?melding=doorgezet#belegging-%lld",
	    (long long)b.leerpunt_id, (long long)nieuw));
}

/* The beleggen form with a reason not to beleg: addressed to the party, deliberately not belegd. */
static void
beleggen_niet(struct request *r, int64_t id, const char *oid, struct lw_invoer *in)
{
	struct err e = { 0 };
	enum err_code rc;
	int64_t org = 0, nieuw = 0;
	int reden = codelist_find(&codes_niet_belegd_reden, in->reden);

	if (!req_parse_id(in->organisatie, &org)) {
		in->veld = "beleg-organisatie";
		in->fout = "Kies de partij waaraan het leerpunt is voorgelegd.";
	} else if (reden <= 0) {
		in->veld = "beleg-niet";
		in->fout = "Kies waarom het leerpunt niet wordt belegd.";
	} else if (leerpunt_tekst_check(in->status, LEERPUNT_MAX_NOTITIE, "toelichting", &e) != ERR_OK) {
		in->veld = "beleg-toelichting";
		in->fout = arena_strdup(r->arena, e.msg);
	}
	if (in->fout != NULL) {
		lw_toon_fout(r, id, "belegging.niet_belegd", "leerpunt", oid, in, ERR_VALIDATION);
		return;
	}
	if (!app_begin(r))
		return;
	rc = store_belegging_niet_belegd_add(r->store, id, org, reden, lp_leeg(in->status) ? NULL : in->status, r->now,
	    &nieuw, &e);
	if (rc == ERR_NOT_FOUND) {
		store_rollback(r->store);
		lp_weiger(r, "belegging.niet_belegd", "leerpunt", oid, 404);
		return;
	}
	if (rc == ERR_VALIDATION || rc == ERR_CONFLICT) {
		store_rollback(r->store);
		in->veld = "beleg-organisatie";
		in->fout = arena_strdup(r->arena, e.msg);
		lw_toon_fout(r, id, "belegging.niet_belegd", "leerpunt", oid, in, rc);
		return;
	}
	if (rc != ERR_OK) {
		store_rollback(r->store);
		lp_reply_err(r, rc, &e);
		return;
	}
	if (!app_commit(r, "belegging.niet_belegd", "leerpunt", oid, NULL))
		return;
	reply_redirect(r, 303, arena_printf(r->arena, "/leerpunten/%lld?melding=niet_belegd#belegging-%lld",
	    (long long)id, (long long)nieuw));
}

void
h_leerpunt_beleggen(struct request *r)
{
	struct lw_invoer in = { .formulier = "beleggen" };
	struct err e = { 0 };
	enum err_code rc;
	int64_t id, org = 0, nieuw = 0;
	int datum;
	const char *oid = req_param(r, 0);

	if (!lp_beleggen_toegang(r, &id))
		return;
	in.organisatie = req_form(r, "organisatie");
	in.datum = req_form(r, "datum");
	in.notitie = req_form(r, "notitie");
	in.bron = req_form(r, "bron");
	in.reden = req_form(r, "niet_belegd");          /* addressed, deliberately not belegd: why */
	in.status = req_form(r, "niet_belegd_toelichting");
	if (!lp_leeg(in.reden)) {
		beleggen_niet(r, id, oid, &in);
		return;
	}
	datum = datum_van(in.datum);
	if (datum == DATE_NONE)
		datum = app_vandaag(r);
	if (!req_parse_id(in.organisatie, &org)) {
		in.veld = "beleg-organisatie";
		in.fout = "Kies de partij waarbij u het leerpunt belegt.";
	} else if (datum == LW_DATUM_FOUT || datum > app_vandaag(r)) {
		in.veld = "beleg-datum";
		in.fout = "Vul een datum in als JJJJ-MM-DD, niet in de toekomst.";
	} else if (leerpunt_tekst_check(in.notitie, LEERPUNT_MAX_NOTITIE, "notitie", &e) != ERR_OK) {
		in.veld = "beleg-notitie";
		in.fout = arena_strdup(r->arena, e.msg);
	} else if (leerpunt_tekst_check(in.bron, LEERPUNT_MAX_BRON, "bron", &e) != ERR_OK) {
		in.veld = "beleg-bron";
		in.fout = arena_strdup(r->arena, e.msg);
	}
	if (in.fout != NULL) {
		lw_toon_fout(r, id, "belegging.toevoegen", "leerpunt", oid, &in, ERR_VALIDATION);
		return;
	}
	if (!app_begin(r))
		return;
	rc = store_belegging_add(r->store, id, org, datum, lp_leeg(in.notitie) ? NULL : in.notitie,
	    lp_leeg(in.bron) ? NULL : in.bron, opvolging_volgende_navraag(OPVOLGING_BELEGD, datum), r->actor.gebruiker_id,
	    r->now, &nieuw, &e);
	if (rc == ERR_NOT_FOUND) {
		store_rollback(r->store);
		lp_weiger(r, "belegging.toevoegen", "leerpunt", oid, 404);
		return;
	}
	if (rc == ERR_VALIDATION || rc == ERR_CONFLICT) {
		store_rollback(r->store);
		in.veld = "beleg-organisatie";
		in.fout = arena_strdup(r->arena, e.msg);
		lw_toon_fout(r, id, "belegging.toevoegen", "leerpunt", oid, &in, rc);
		return;
	}
	if (rc != ERR_OK) {
		store_rollback(r->store);
		lp_reply_err(r, rc, &e);
		return;
	}
	if (!app_commit(r, "belegging.toevoegen", "leerpunt", oid, NULL))
		return;
	reply_redirect(r, 303, arena_printf(r->arena, "/leerpunten/%lld?melding=belegd#belegging-%lld", (long long)id,
	    (long long)nieuw));
}

void
h_leerpunt_themas(struct request *r)
{
	struct lw_invoer in = { .formulier = "thema", .veld = "thema-nieuw" };
	struct err e = { 0 };
	enum err_code rc;
	int64_t id;
	const char *oid = req_param(r, 0), *weg = req_form(r, "verwijder");

	if (!req_parse_id(oid, &id)) {
		lp_weiger(r, "leerpunt.thema", "leerpunt", oid, 404);
		return;
	}
	if (!perm_leerpunt_beleggen(&r->actor)) {
		lp_weiger(r, "leerpunt.thema", "leerpunt", oid, 403);
		return;
	}
	if (!app_begin(r))
		return;
	if (weg != NULL) {
		rc = store_leerpunt_thema_remove(r->store, id, weg, &e);
	} else {
		const char *start;
		size_t len;

		in.thema = req_form(r, "thema");
		if (leerpunt_thema_check(in.thema, &start, &len, &e) != ERR_OK) {
			store_rollback(r->store);
			in.fout = arena_strdup(r->arena, e.msg);
			lw_toon_fout(r, id, "leerpunt.thema", "leerpunt", oid, &in, ERR_VALIDATION);
			return;
		}
		rc = store_leerpunt_thema_add(r->store, id, start, len, &e);
	}
	if (rc == ERR_NOT_FOUND) {
		store_rollback(r->store);
		lp_weiger(r, "leerpunt.thema", "leerpunt", oid, 404);
		return;
	}
	if (rc != ERR_OK) {
		store_rollback(r->store);
		lp_reply_err(r, rc, &e);
		return;
	}
	if (!app_commit(r, "leerpunt.thema", "leerpunt", oid, NULL))
		return;
	reply_redirect(r, 303, arena_printf(r->arena, "/leerpunten/%lld?melding=thema#themas", (long long)id));
}

void
h_leerpunt_classificatie(struct request *r)
{
	struct lw_invoer in = { .formulier = "classificatie", .veld = "classificatie-categorie" };
	struct leerpunt l;
	struct err e = { 0 };
	enum err_code rc;
	int64_t id;
	int categorie, orde = 0;
	const char *oid = req_param(r, 0);

	if (!req_parse_id(oid, &id)) {
		lp_weiger(r, "leerpunt.classificeren", "leerpunt", oid, 404);
		return;
	}
	if (!perm_leerpunt_classificeren(&r->actor)) {
		lp_weiger(r, "leerpunt.classificeren", "leerpunt", oid, 403);
		return;
	}
	in.categorie = req_form(r, "categorie");
	in.orde = req_form(r, "orde");
	categorie = lp_leeg(in.categorie) ? -1 : codelist_find(&codes_categorie, in.categorie);
	if (in.orde != NULL && strlen(in.orde) == 1 && in.orde[0] >= '1' && in.orde[0] <= '3')
		orde = in.orde[0] - '0';
	if (categorie < 0) {
		in.fout = "Kies de categorie van het leerpunt.";
	} else if (orde == 0) {
		in.veld = "classificatie-orde";
		in.fout = "Kies de orde: 1, 2 of 3.";
	}
	if (in.fout != NULL) {
		lw_toon_fout(r, id, "leerpunt.classificeren", "leerpunt", oid, &in, ERR_VALIDATION);
		return;
	}
	if (!app_begin(r))
		return;
	if ((rc = store_leerpunt_load(r->store, r->arena, id, &l, &e)) == ERR_OK) {
		l.categorie = (enum categorie)categorie;
		l.orde = orde;
		rc = store_leerpunt_wijzigen(r->store, r->arena, id, &l, r->actor.gebruiker_id, r->now, &e);
	}
	if (rc == ERR_NOT_FOUND) {
		store_rollback(r->store);
		lp_weiger(r, "leerpunt.classificeren", "leerpunt", oid, 404);
		return;
	}
	if (rc != ERR_OK) {
		store_rollback(r->store);
		lp_reply_err(r, rc, &e);
		return;
	}
	if (!app_commit(r, "leerpunt.classificeren", "leerpunt", oid, NULL))
		return;
	reply_redirect(r, 303, arena_printf(r->arena, "/leerpunten/%lld?melding=classificatie#classificatie",
	    (long long)id));
}
