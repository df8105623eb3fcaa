/* start.c - the beheer page: what waits (requests for access, proposals) and the way to each list. */
#include "app/beheer/beheer.h"
#include "app/beheer/handlers.h"
#include "core/perm.h"

void
h_beheer(struct request *r)
{
	long aanvragen = 0, voorstellen = 0;
	struct err e = { 0 };
	json_t *ctx;

	if (store_aanvraag_aantal_open(r->store, &aanvragen, &e) != ERR_OK ||
	    store_voorstel_aantal(r->store, &voorstellen, &e) != ERR_OK) {
		reply_err(r, &e);
		return;
	}
	ctx = json_pack("{s:i,s:i,s:b,s:b,s:b}", "aanvragen", (int)aanvragen, "voorstellen", (int)voorstellen,
	    "een_aanvraag", aanvragen == 1, "een_voorstel", voorstellen == 1, "is_beheerder", perm_beheer(&r->actor));
	bh_subnav(r, ctx, "/beheer");
	reply_page(r, 200, "beheer/start", "Beheer", ctx);
}
