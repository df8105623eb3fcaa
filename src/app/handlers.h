/* handlers.h - the request handlers, one file per area; each comment names the statuses it returns. */
#ifndef DOORBRAAK_HANDLERS_H
#define DOORBRAAK_HANDLERS_H

#include "web/request.h"

/* app/sessie.c: signing in and out */
void h_login_form(struct request *r);      /* 200, 303 when already signed in */
void h_login(struct request *r);           /* 303 on success; 401 wrong password; 403 stale form; 429 throttled */
void h_logout(struct request *r);          /* 303 */

/* app/pages.c: general pages */
void h_start(struct request *r);           /* 200 */
void h_toegankelijkheid(struct request *r);/* 200 */
void h_nog_niet(struct request *r);        /* 200: a section not built yet says so */
void h_healthz(struct request *r);         /* 200 "ok" */
void h_metrics(struct request *r);         /* 200 Prometheus text */
void h_static(struct request *r);          /* 200, 404 */

/* app/api_mij.c: the API basics */
void h_api_mij(struct request *r);         /* 200, 401 */
void h_api_openapi(struct request *r);     /* 200 */

#endif
