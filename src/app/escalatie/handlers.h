/* handlers.h - the handlers of the LET escalaties and the overbruggingsprocedure (app/escalatie/): pages and API. */
#ifndef DOORBRAAK_ESCALATIE_HANDLERS_H
#define DOORBRAAK_ESCALATIE_HANDLERS_H

#include <jansson.h>
#include <stdbool.h>

#include "core/casus.h"
#include "web/request.h"

/* app/escalatie/web_escalatie.c; a casus one may not see answers 404 */
void h_esc_nieuw_form(struct request *r);   /* 200, 404, 409 (casus afgerond) */
void h_esc_nieuw(struct request *r);        /* 303 to the escalatie, 400 with the form, 404, 409 */
void h_esc_detail(struct request *r);       /* 200, 404 */
void h_esc_stap(struct request *r);         /* 303, 400 with the page and messages, 403, 404, 409 (refused step) */
/* app/escalatie/web_overbrugging.c */
void h_ob_nieuw_form(struct request *r);    /* 200, 404, 409 */
void h_ob_nieuw(struct request *r);         /* 303, 400, 404, 409 */
void h_ob_detail(struct request *r);        /* 200, 404 */
void h_ob_stap(struct request *r);          /* 303, 400, 404, 409 */
/* app/escalatie/lijsten.c */
void h_esc_lijst(struct request *r);        /* 200, 400 (a chair: only the escalaties they chair) */
void h_ob_lijst(struct request *r);         /* 200, 400 */
/* The start page's warnings (overdue afspraken, overbruggingen past their beslistermijn) as ctx "aandacht". */
void esc_start_aandacht(struct request *r, json_t *ctx);
/* The casus page's section (ctx "let"): its escalaties and overbruggingen; regie: offer to ask for one. */
void esc_casus_sectie(struct request *r, const struct casus *c, bool regie, json_t *ctx);

/* app/escalatie/api_escalatie.c: /api/v1/casussen/{referentie}/escalaties (docs/openapi.yaml) */
void h_api_esc_lijst(struct request *r);         /* 200, 404 */
void h_api_esc_nieuw(struct request *r);         /* 201 + Location, 400, 403, 404, 409 */
void h_api_esc_get(struct request *r);           /* 200, 404 */
void h_api_esc_patch(struct request *r);         /* 200, 400, 403, 404, 409 */
void h_api_esc_overgang(struct request *r);      /* 200, 400, 403, 404, 409 */
void h_api_esc_bijeenkomst(struct request *r);   /* 201, 400, 403, 404, 409 */
void h_api_esc_deelnemer(struct request *r);     /* 201, 400, 403, 404, 409 */
void h_api_esc_afspraak(struct request *r);      /* 201, 400, 403, 404, 409 */
void h_api_esc_opvolging(struct request *r);     /* 201, 400, 403, 404, 409 */
/* app/escalatie/api_overbrugging.c: /api/v1/casussen/{referentie}/overbruggingen */
void h_api_ob_lijst(struct request *r);          /* 200, 404 */
void h_api_ob_nieuw(struct request *r);          /* 201 + Location, 400, 403, 404, 409 */
void h_api_ob_get(struct request *r);            /* 200, 404 */
void h_api_ob_patch(struct request *r);          /* 200, 400, 403, 404, 409 */
void h_api_ob_overgang(struct request *r);       /* 200, 400, 403, 404, 409 */

#endif
