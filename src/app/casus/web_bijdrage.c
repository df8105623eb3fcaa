/* web_bijdrage.c - what the indiener and the deelnemers of a casus add to its timeline without doing regie (issue
   13): information, a note, an answer to the regievoerder's question. One transaction; 303 back to the casus page,
   or 400 with that page and the message next to the form. */
#include <string.h>

#include "app/casus/handlers.h"
#include "app/casus/web.h"
#include "app/common/handeling.h"
#include "core/casus_lifecycle.h"
#include "core/perm.h"

void
h_casus_bijdrage(struct request *r)
{
	struct casus_toegang t;
	struct casus_relatie rel;
	struct cw_fouten f = { 0 };
	struct activiteit act;
	struct err e = { 0 };
	enum err_code rc;
	const char *zicht = req_form(r, "zichtbaarheid");

	if (!cw_open(r, req_param(r, 0), CASUS_BIJDRAGEN, "casus.bijdrage", &t))
		return;
	rel = casus_relatie_van(r, &t);
	memset(&act, 0, sizeof(act));
	act.type = ACTIVITEIT_NOTITIE;
	act.interventie_type = -1;
	act.datum = app_vandaag(r);
	act.omschrijving = cw_tekst(r, &f, "omschrijving", "bijdrage_omschrijving", "uw bijdrage", CASUS_MAX_TEKST, true);
	if (zicht != NULL && strcmp(zicht, "intern") != 0 && strcmp(zicht, "gedeeld") != 0)
		cw_fout(&f, "bijdrage_zichtbaarheid", "Kies wie dit ziet: alleen intern of ook de indiener.");
	/* internal unless chosen otherwise, for whoever may choose at all; the others' bijdragen are shared */
	act.gedeeld = perm_bijdrage_gedeeld(&r->actor, &rel, zicht != NULL && strcmp(zicht, "gedeeld") == 0);
	if (f.n > 0) {
		cw_detail_render(r, &t, 400, &f, app_form_waarden(r));
		return;
	}
	if (store_begin(r->store) != ERR_OK) {
		reply_problem(r, 503, "Even bezet", "De bijdrage kon niet worden opgeslagen. Probeer het opnieuw.");
		return;
	}
	rc = store_activiteit_add(r->store, t.id, &act, r->actor.gebruiker_id, r->now, NULL, &e);
	if (rc == ERR_OK && store_commit(r->store) == ERR_OK) {
		reply_redirect(r, 303, arena_printf(r->arena, "/casussen/%s?gedaan=bijdrage#tijdlijn", req_param(r, 0)));
		return;
	}
	store_rollback(r->store);
	cw_reply_store(r, rc, &e);
}
