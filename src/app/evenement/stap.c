/* stap.c - the regievoerder's steps on an event's page: invite from the register, change a registration or the
   attendance, add a casus or a leerpunt discussed. Each a form with CSRF, then 303 back to the event; a refused
   step is a Dutch 4xx and changes nothing. */
#include <string.h>

#include "app/evenement/evenement.h"
#include "app/evenement/handlers.h"
#include "core/perm.h"

/* The event of the path for a step: false after replying (403 without the permission, 404). */
static bool
stap_begin(struct request *r, const char *actie, struct evenement_volledig *v)
{
	struct err e = { 0 };
	int64_t id;

	if (!perm_evenement_beheer(&r->actor)) {
		req_audit(r, actie, "evenement", req_param(r, 0), AUDIT_GEWEIGERD);
		reply_problem(r, 403, "Geen toegang", "Alleen een regievoerder wijzigt een evenement.");
		return false;
	}
	if (!ev_param_id(r, actie, &id))
		return false;
	if (store_evenement_lees(r->store, r->arena, id, v, &e) != ERR_OK) {
		req_audit(r, actie, "evenement", req_param(r, 0), AUDIT_GEWEIGERD);
		reply_err(r, &e);
		return false;
	}
	return app_begin(r);
}

/* A refused step: rolled back, audited as mislukt, the Dutch message with its status. */
static void
stap_fout(struct request *r, const char *actie, struct err *e)
{
	store_rollback(r->store);
	req_audit(r, actie, "evenement", req_param(r, 0), AUDIT_MISLUKT);
	reply_err(r, e);
}

static void
terug(struct request *r, const struct evenement_volledig *v, const char *actie, const char *casus)
{
	if (ev_commit(r, actie, v->ev.id, casus))
		reply_redirect(r, 303, arena_printf(r->arena, EV_PAD "/%lld?melding=opgeslagen", (long long)v->ev.id));
}

/* POST /evenementen/{id}/uitnodigingen: item=<register id> (repeated). 303; 400 (none chosen, not a number, not in
   the register); 403; 404; 409 (invited already). */
void
h_evenement_uitnodigen(struct request *r)
{
	static const char actie[] = "evenement.uitnodigen";
	struct evenement_volledig v;
	struct err e = { 0 };
	size_t n = 0;
	const char **items = req_form_all(r, "item", &n);

	if (!stap_begin(r, actie, &v))
		return;
	if (n == 0 || n > EVENEMENT_MAX_LINKS) {
		err_set(&e, ERR_VALIDATION, "item", n == 0 ? "Kies wie u uitnodigt." : "Nodig hoogstens %d tegelijk uit.",
		    EVENEMENT_MAX_LINKS);
		stap_fout(r, actie, &e);
		return;
	}
	for (size_t i = 0; i < n; i++) {
		int64_t item;

		if (!req_parse_id(items[i], &item)) {
			err_set(&e, ERR_VALIDATION, "item", "Kies wie u uitnodigt uit de lijst.");
			stap_fout(r, actie, &e);
			return;
		}
		if (ev_uitnodigen(r, &v.ev, item, DEELNAME_UITGENODIGD, -1, "item", &e) != ERR_OK) {
			stap_fout(r, actie, &e);
			return;
		}
	}
	terug(r, &v, actie, NULL);
}

/* POST /evenementen/{id}/deelnemers/{item}: status (uitgenodigd, aangemeld, afgemeld) and aanwezig ("", ja, nee).
   303; 400 (an unknown status); 403; 404 (not invited); 409 (attendance before the day, or of someone who
   declined). */
void
h_evenement_deelnemer(struct request *r)
{
	static const char actie[] = "evenement.deelname";
	struct evenement_volledig v;
	struct err e = { 0 };
	const char *st = req_form(r, "status"), *aw = req_form(r, "aanwezig");
	int status = -1, aanwezig = -1;
	int64_t item;

	if (!stap_begin(r, actie, &v))
		return;
	if (!req_parse_id(req_param(r, 1), &item)) {
		err_set(&e, ERR_NOT_FOUND, NULL, "Deze persoon is niet uitgenodigd voor dit evenement.");
		stap_fout(r, actie, &e);
		return;
	}
	if (st != NULL && st[0] != '\0' && (status = codelist_find(&codes_deelname_status, st)) < 0) {
		err_set(&e, ERR_VALIDATION, "status", "Kies uitgenodigd, aangemeld of afgemeld.");
		stap_fout(r, actie, &e);
		return;
	}
	if (aw != NULL && aw[0] != '\0') {
		if (strcmp(aw, "ja") != 0 && strcmp(aw, "nee") != 0) {
			err_set(&e, ERR_VALIDATION, "aanwezig", "Kies bij aanwezigheid ja, nee of niet vastgelegd.");
			stap_fout(r, actie, &e);
			return;
		}
		aanwezig = strcmp(aw, "ja") == 0;
	}
	if (ev_deelname(r, &v.ev, item, status, aanwezig, aw != NULL, &e) != ERR_OK) {
		stap_fout(r, actie, &e);
		return;
	}
	terug(r, &v, actie, NULL);
}

/* POST /evenementen/{id}/casussen: referentie. 303; 400 (no such casus); 403; 404; 409 (linked already). */
void
h_evenement_casus(struct request *r)
{
	static const char actie[] = "evenement.casus";
	struct evenement_volledig v;
	struct err e = { 0 };
	const char *ref = req_form(r, "referentie");
	int64_t casus_id;

	if (!stap_begin(r, actie, &v))
		return;
	if (ref == NULL || ref[0] == '\0' || strlen(ref) > 20) {
		err_set(&e, ERR_VALIDATION, "referentie", "Vul de referentie van de casus in, zoals PMM-2025-0001.");
		stap_fout(r, actie, &e);
		return;
	}
	if (store_evenement_casus(r->store, v.ev.id, ref, "referentie", &casus_id, &e) != ERR_OK) {
		stap_fout(r, actie, &e);
		return;
	}
	terug(r, &v, actie, ref);
}

/* POST /evenementen/{id}/leerpunten: leerpunt (its number), bron=ja when it came from this event. 303; 400 (no such
   leerpunt); 403; 404; 409 (linked already, or a source elsewhere). */
void
h_evenement_leerpunt(struct request *r)
{
	static const char actie[] = "evenement.leerpunt";
	struct evenement_volledig v;
	struct err e = { 0 };
	const char *bron = req_form(r, "bron");
	int64_t lp;

	if (!stap_begin(r, actie, &v))
		return;
	if (!req_parse_id(req_form(r, "leerpunt"), &lp)) {
		err_set(&e, ERR_VALIDATION, "leerpunt", "Vul het nummer van het leerpunt in.");
		stap_fout(r, actie, &e);
		return;
	}
	if (store_evenement_leerpunt(r->store, v.ev.id, lp, bron != NULL && strcmp(bron, "ja") == 0, "leerpunt", &e) !=
	    ERR_OK) {
		stap_fout(r, actie, &e);
		return;
	}
	terug(r, &v, actie, NULL);
}
