/* handlers.h - the handlers of Het Loket (app/casus/): web pages, spreadsheets and the casus API. */
#ifndef DOORBRAAK_CASUS_HANDLERS_H
#define DOORBRAAK_CASUS_HANDLERS_H

#include <jansson.h>
#include <stdbool.h>

#include "web/request.h"

/* app/casus/start.c: the start page's blocks of casussen for this role, appended to blokken; false when it
   replied (the audit log failed). */
bool cw_start(struct request *r, json_t *blokken);

/* app/casus/web*.c: Het Loket in the browser. Object checks answer 404 for a casus one may not see. */
void h_casus_lijst(struct request *r);         /* 200: werkvoorraad (regievoerder) or own/invited casussen */
void h_casus_nieuw_form(struct request *r);    /* 200 */
void h_casus_nieuw(struct request *r);         /* 303 to the casus; 400 with the form and messages */
void h_casus_detail(struct request *r);        /* 200, 404 */
void h_casus_bewerken_form(struct request *r); /* 200, 404, 409 (closed) */
void h_casus_bewerken(struct request *r);      /* 303, 400, 404, 409 */
void h_casus_toewijzen(struct request *r);     /* 303, 400, 404 */
void h_casus_vrijgeven(struct request *r);     /* 303, 404 */
void h_casus_activiteit(struct request *r);    /* 303, 400, 404 */
void h_casus_deelnemer(struct request *r);     /* 303, 400, 404 */
void h_casus_bijdrage(struct request *r);      /* 303, 400, 403, 404, 409: the indiener's or a deelnemer's entry */
void h_casus_deelnemer_verwijderen_form(struct request *r);   /* 200, 404 */
void h_casus_deelnemer_verwijderen(struct request *r);        /* 303, 400, 404, 409 */
void h_casus_afronden_form(struct request *r); /* 200, 404, 409 */
void h_casus_afronden(struct request *r);      /* 303, 400, 404, 409 */
void h_casus_heropenen(struct request *r);     /* 303, 404, 409 */
void h_casus_followup(struct request *r);      /* 303, 400, 404, 409 */
void h_followup_lijst(struct request *r);      /* 200 */
/* app/casus/web_nazorg.c: a closed casus, without reopening it */
void h_casus_leerpunt_nieuw(struct request *r);   /* 303, 400, 404, 409 */
void h_casus_knelpunt_nieuw(struct request *r);   /* 303, 400, 404, 409 */
void h_casus_registratie(struct request *r);      /* 303, 400, 404, 409 */
void h_zoeken(struct request *r);              /* 200, 400 */

/* app/casus/export.c: spreadsheets for PMM's Excel users (formula cells neutralised) */
void h_casus_werkvoorraad_xlsx(struct request *r);  /* 200 */
void h_casus_monitor_xlsx(struct request *r);       /* 200 */

/* app/casus/api*.c: the casus API (docs/openapi.yaml) */
void h_api_casus_lijst(struct request *r);       /* 200, 400 */
void h_api_casus_nieuw(struct request *r);       /* 201 + Location, 400, 409 */
void h_api_casus_get(struct request *r);         /* 200, 404 */
void h_api_casus_patch(struct request *r);       /* 200, 400, 404, 409 */
void h_api_activiteit_lijst(struct request *r);  /* 200, 404 */
void h_api_activiteit_nieuw(struct request *r);  /* 201, 400, 404, 409 */
void h_api_bijdrage_nieuw(struct request *r);    /* 201, 400, 403, 404, 409: the indiener's or a deelnemer's entry */
void h_api_deelnemer_lijst(struct request *r);   /* 200, 404 */
void h_api_deelnemer_nieuw(struct request *r);   /* 201, 400, 404, 409 */
void h_api_deelnemer_verwijderen(struct request *r);   /* 204, 404, 409 */
void h_api_followup(struct request *r);          /* 200, 400, 404, 409 */
void h_api_followup_lijst(struct request *r);    /* 200 */

#endif
