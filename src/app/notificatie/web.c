/* web.c - the notifications page (/meldingen): the user's own notifications, newest first, unread marked, and
   marking one or all of them read (POST with the CSRF token, so it works without JavaScript). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/common/datum.h"
#include "app/notificatie/handlers.h"
#include "app/notificatie/tekst.h"
#include "store/notificatie/notificatie.h"

#define LIJST_MAX 100

static void
bezet(struct request *r)
{
	store_rollback(r->store);
	reply_problem(r, 503, "Tijdelijk niet beschikbaar", "Het auditlog kon niet worden bijgewerkt. Probeer het opnieuw.");
}

/* GET /meldingen[?gedaan=gelezen]: 200; 503 when the audit row cannot be written (nothing shown). */
void
h_meldingen(struct request *r)
{
	struct notificatie *v = NULL;
	size_t n = 0;
	long ongelezen = 0;
	struct err e = { 0 };
	json_t *ctx, *items;
	const char *gedaan = req_query(r, "gedaan");

	if (req_audit(r, "melding.lijst", "notificatie", NULL, AUDIT_TOEGESTAAN) != ERR_OK) {
		bezet(r);
		return;
	}
	if (store_notificatie_lijst(r->store, r->arena, r->actor.gebruiker_id, LIJST_MAX, &v, &n, &e) != ERR_OK) {
		reply_err(r, &e);
		return;
	}
	items = json_array();
	for (size_t i = 0; i < n; i++) {
		if (!v[i].gelezen)
			ongelezen++;
		json_array_append_new(items, json_pack("{s:I,s:s,s:s,s:s,s:s,s:s,s:s?,s:b}", "id", (json_int_t)v[i].id,
		    "soort", codes_notificatie_soort.codes[v[i].soort], "label", codes_notificatie_soort.labels[v[i].soort],
		    "zin", notificatie_zin(r->arena, v[i].soort, v[i].referentie), "referentie", v[i].referentie,
		    "link", notificatie_link(r->arena, "", v[i].referentie),
		    "datum", app_tijd_datum_tekst(r, v[i].aangemaakt_op), "gelezen", v[i].gelezen));
	}
	ctx = json_pack("{s:o,s:b,s:I}", "meldingen", items, "leeg", n == 0, "ongelezen_in_lijst",
	    (json_int_t)ongelezen);
	if (ongelezen > 0)
		json_object_set_new(ctx, "alles_gelezen_knop", json_true());
	if (gedaan != NULL && strcmp(gedaan, "gelezen") == 0)
		json_object_set_new(ctx, "flash", json_pack("{s:s,s:s}", "type", "ok", "tekst", "Gemarkeerd als gelezen."));
	reply_page(r, 200, "notificatie/lijst", "Meldingen", ctx);
}

static void
markeer(struct request *r, int64_t id)
{
	struct err e = { 0 };
	enum err_code rc;
	char ids[24];

	snprintf(ids, sizeof(ids), "%lld", (long long)id);
	if (store_begin(r->store) != ERR_OK) {
		reply_problem(r, 503, "Even bezet", "De wijziging kon niet worden opgeslagen. Probeer het opnieuw.");
		return;
	}
	if ((rc = store_notificatie_gelezen(r->store, r->actor.gebruiker_id, id, r->now, &e)) == ERR_NOT_FOUND) {
		store_rollback(r->store);
		req_audit(r, "melding.gelezen", "notificatie", ids, AUDIT_GEWEIGERD);
		reply_problem(r, 404, "Niet gevonden", "Deze melding bestaat niet.");
		return;
	}
	if (rc != ERR_OK) {
		store_rollback(r->store);
		reply_err(r, &e);
		return;
	}
	if (req_audit(r, "melding.gelezen", "notificatie", id != 0 ? ids : NULL, AUDIT_TOEGESTAAN) != ERR_OK ||
	    store_commit(r->store) != ERR_OK) {
		bezet(r);
		return;
	}
	reply_redirect(r, 303, "/meldingen?gedaan=gelezen");
}

/* POST /meldingen/gelezen: every notification of the user read; 303 to /meldingen, 503. */
void
h_meldingen_gelezen(struct request *r)
{
	markeer(r, 0);
}

/* POST /meldingen/{id}/gelezen: 303 to /meldingen; 404 (not a number, or not the user's own), 503. */
void
h_melding_gelezen(struct request *r)
{
	const char *p = req_param(r, 0);
	char *end = NULL;
	long long id;

	id = p != NULL && *p >= '1' && *p <= '9' && strlen(p) <= 18 ? strtoll(p, &end, 10) : 0;
	if (id <= 0 || end == NULL || *end != '\0') {
		reply_problem(r, 404, "Niet gevonden", "Deze melding bestaat niet.");
		return;
	}
	markeer(r, (int64_t)id);
}
