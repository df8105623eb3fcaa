/* handlers.h - the handlers of systeemleren: leerpunten, their follow-up, navraag, themas and the monthly
   meetings (app/leerpunt/). Each comment names the statuses it returns. Reading needs PERM_LEERPUNTEN; what one
   may see and change of a leerpunt or belegging is decided per object by core/leerpunt.h: an ambassadeur sees only
   beleggingen bij their own organisation (others answer 404). Meetings need PERM_CASUS_REGIE. */
#ifndef DOORBRAAK_LEERPUNT_HANDLERS_H
#define DOORBRAAK_LEERPUNT_HANDLERS_H

#include <jansson.h>
#include <stdbool.h>

#include "web/request.h"

/* app/leerpunt/start.c: the start page's block of navraag due (regievoerder) or beleggingen to answer
   (ambassadeur), appended to blokken; false when it replied (the audit log failed). */
bool lp_start(struct request *r, json_t *blokken);

/* app/leerpunt/web.c: leerpunten in the browser; web_formulier.c: the forms on a leerpunt's page */
void h_leerpunt_lijst(struct request *r);         /* 200, 400 (bad filter) */
void h_leerpunt_detail(struct request *r);        /* 200, 404 */
void h_leerpunt_beleggen(struct request *r);      /* 303, 400 (page with messages), 403, 404, 409 */
void h_leerpunt_themas(struct request *r);        /* 303, 400, 403, 404 */
void h_belegging_status(struct request *r);       /* 303, 400, 403 (onderzoeker), 404 (not visible), 409 (forwarded) */
void h_belegging_doorzetten(struct request *r);   /* 303, 400, 403, 404, 409 */
void h_leerpunt_classificatie(struct request *r); /* 303, 400, 403 (not regievoerder or onderzoeker), 404 */
/* app/leerpunt/web_variant.c: a werkgroep's partners and PMM's kind of involvement (regievoerder) */
void h_belegging_werkgroep(struct request *r);    /* 303, 400, 403, 404, 409 (forwarded, not belegd) */
void h_belegging_pmm_soort(struct request *r);    /* 303, 400 (not bij PMM), 403, 404 */

/* app/leerpunt/export.c: the overview as a spreadsheet (formula cells neutralised) */
void h_leerpunt_export_csv(struct request *r);    /* 200, 400 */
void h_leerpunt_export_xlsx(struct request *r);   /* 200, 400, 500 */
void h_leerpunt_import_form(struct request *r);   /* 200 (app/leerpunt/import_web.c) */
void h_leerpunt_import(struct request *r);        /* 200 (the report), 400, 413, 500, 503 */

/* app/leerpunt/navraag.c: the follow-up cycle and the themas */
void h_navraag(struct request *r);                /* 200 */
void h_themas(struct request *r);                 /* 200; with ?thema= the page of that thema */
void h_thema(struct request *r);                  /* 200, 400 */

/* app/leerpunt/ronde.c: the navraag rounds (PERM_NAVRAAG: regievoerder, onderzoeker) */
void h_ronde_lijst(struct request *r);            /* 200 */
void h_ronde_nieuw(struct request *r);            /* 303, 400 (page with the message) */
void h_ronde_detail(struct request *r);           /* 200, 404 */
void h_ronde_antwoord(struct request *r);         /* 303, 400, 404, 409 (closed, answered, forwarded) */
void h_ronde_partij(struct request *r);           /* 303, 400, 404, 409 (closed) */
void h_ronde_sluiten(struct request *r);          /* 303, 404, 409 (closed already) */

/* app/leerpunt/signaal.c: signals without a casus (reading PERM_ONDERZOEK; recording: regievoerder) */
void h_signaal_lijst(struct request *r);          /* 200 */
void h_signaal_nieuw(struct request *r);          /* 303, 400 (page with the message), 403 */
void h_signaal_bewerken_form(struct request *r);  /* 200, 403, 404 (not a signal) */
void h_signaal_wijzig(struct request *r);         /* 303, 400 (the form with the message), 403, 404 */
void h_api_signaal_lijst(struct request *r);      /* 200 */
void h_api_signaal_nieuw(struct request *r);      /* 201 + Location, 400, 403 */

/* app/leerpunt/systeemwijziging.c: realised system changes (reading PERM_LEERPUNTEN; recording: regievoerder,
   onderzoeker) */
void h_systeemwijziging_lijst(struct request *r);     /* 200 */
void h_systeemwijziging_nieuw(struct request *r);     /* 303, 400 (page with the message), 403 */
void h_systeemwijziging_bewerken_form(struct request *r); /* 200, 403, 404 */
void h_systeemwijziging_wijzig(struct request *r);    /* 303, 400 (the form with the message), 403, 404 */
void h_api_systeemwijziging_lijst(struct request *r); /* 200 */
void h_api_systeemwijziging_nieuw(struct request *r); /* 201, 400, 403 */

/* app/leerpunt/bijeenkomst.c: signalenoverleg and ambassadeursoverleg */
void h_bijeenkomst_lijst(struct request *r);      /* 200 */
void h_bijeenkomst_nieuw(struct request *r);      /* 303, 400 */
void h_bijeenkomst_detail(struct request *r);     /* 200, 404 */
void h_bijeenkomst_besluit(struct request *r);    /* 303, 400, 404 */

/* app/leerpunt/api.c: the API (docs/openapi.yaml) */
void h_api_leerpunt_lijst(struct request *r);     /* 200, 400 */
void h_api_leerpunt_get(struct request *r);       /* 200, 404 */
void h_api_leerpunt_patch(struct request *r);     /* 200, 400, 403 (not regievoerder or onderzoeker), 404 */
void h_api_belegging_nieuw(struct request *r);    /* 201 + Location, 400, 403, 404, 409 */
void h_api_belegging_status(struct request *r);   /* 201, 400, 403, 404, 409 */
void h_api_navraag(struct request *r);            /* 200 */
void h_api_themas(struct request *r);             /* 200 */
/* app/leerpunt/ronde_api.c */
void h_api_ronde_lijst(struct request *r);        /* 200 */
void h_api_ronde_nieuw(struct request *r);        /* 201 + Location, 400 */
void h_api_ronde_get(struct request *r);          /* 200, 404 */
void h_api_ronde_antwoord(struct request *r);     /* 201, 400, 404, 409 */
void h_api_ronde_partij(struct request *r);       /* 200, 400, 404, 409 */
void h_api_ronde_patch(struct request *r);        /* 200, 400, 404, 409 */
void h_api_bijeenkomst_agenda(struct request *r); /* 200, 404 */

#endif
