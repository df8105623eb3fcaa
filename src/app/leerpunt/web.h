/* web.h - private to the leerpunt pages (app/leerpunt/web*.c): a refused form and showing the leerpunt again. */
#ifndef DOORBRAAK_LEERPUNT_WEB_H
#define DOORBRAAK_LEERPUNT_WEB_H

#include <stdint.h>

#include "store/leerpunt/leerpunt.h"
#include "web/request.h"

/* A refused form, shown again with its message and what was typed. */
struct lw_invoer {
	int64_t belegging_id;      /* the belegging whose form it was; 0 for the leerpunt's own forms */
	const char *formulier;     /* "status", "doorzetten", "beleggen", "thema", "classificatie" */
	const char *veld;          /* name of the field at fault ("datum", "doorzet-organisatie", "beleg-datum" ...);
	                              its element id adds "-<belegging id>" on a belegging's forms */
	const char *fout;          /* the message */
	const char *status, *reden, *datum, *notitie, *bron, *organisatie, *thema;
	const char *categorie, *orde;   /* the classification form */
};

/* Renders templates/leerpunt/detail.html for l; with in, the refused form again with its message. */
void lw_detail_render(struct request *r, const struct leerpunt_rij *l, int status, const struct lw_invoer *in);
/* After a refused form: audits the failure, then shows the leerpunt again with the message (status of rc). */
void lw_toon_fout(struct request *r, int64_t leerpunt_id, const char *actie, const char *object_type,
    const char *object_id, struct lw_invoer *in, enum err_code rc);

#endif
