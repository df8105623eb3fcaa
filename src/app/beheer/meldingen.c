/* meldingen.c - the beheerder's view of the e-mail of notifications: how many wait, went and failed, the dead
   letters (given up after the retry period) with why, and sending one again. No referentie or case data: a
   beheerder sees none. */
#include <string.h>

#include "app/beheer/beheer.h"
#include "app/beheer/handlers.h"
#include "store/notificatie/notificatie.h"

#define MISLUKT_MAX 200

/* GET /beheer/meldingen: 200; 503 when the audit row cannot be written. */
void
h_beheer_meldingen(struct request *r)
{
	static const char *const codes[] = { "opnieuw" };
	static const char *const teksten[] = { "De e-mail staat weer klaar om te versturen." };
	struct notificatie_mislukt *v = NULL;
	struct notificatie_tellers t;
	size_t n = 0;
	struct err e = { 0 };
	json_t *ctx, *items;

	if (store_notificatie_tellers(r->store, &t, &e) != ERR_OK ||
	    store_notificatie_mislukt_lijst(r->store, r->arena, MISLUKT_MAX, &v, &n, &e) != ERR_OK) {
		reply_err(r, &e);
		return;
	}
	if (!app_audit(r, "melding.mislukt", "notificatie", NULL))
		return;
	items = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(items, json_pack("{s:I,s:s,s:s?,s:s,s:i,s:s?}", "id", (json_int_t)v[i].id, "soort",
		    v[i].soort < NOTIFICATIE__MAX ? codes_notificatie_soort.labels[v[i].soort] : "?", "aan", v[i].aan,
		    "aangemaakt", app_tijd_datum_tekst(r, v[i].aangemaakt_op), "pogingen", v[i].pogingen, "fout",
		    v[i].laatste_fout));
	ctx = json_pack("{s:o,s:b,s:I,s:I,s:I,s:I}", "mislukt", items, "heeft_mislukt", n > 0, "n_wacht",
	    (json_int_t)t.wacht, "n_verzonden", (json_int_t)t.verzonden, "n_mislukt", (json_int_t)t.mislukt, "n_geen",
	    (json_int_t)t.geen);
	bh_melding(r, ctx, codes, teksten, 1);
	bh_subnav(r, ctx, "/beheer/meldingen");
	reply_page(r, 200, "beheer/meldingen", "E-mail van meldingen", ctx);
}

/* POST /beheer/meldingen/{id}/opnieuw: 303 back; 404 when it is no dead letter; 503. */
void
h_beheer_melding_opnieuw(struct request *r)
{
	struct err e = { 0 };
	enum err_code rc;
	int64_t id;

	if (!bh_param_id(r, 0, "melding.opnieuw", "notificatie", &id))
		return;
	if (!app_begin(r))
		return;
	if ((rc = store_notificatie_opnieuw(r->store, id, &e)) != ERR_OK) {
		bh_fout(r, "melding.opnieuw", "notificatie", app_id_tekst(r, id), rc, &e);
		return;
	}
	if (app_commit(r, "melding.opnieuw", "notificatie", app_id_tekst(r, id), NULL))
		reply_redirect(r, 303, "/beheer/meldingen?melding=opnieuw");
}
