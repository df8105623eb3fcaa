/* handlers.h - general pages and the API basics (app/common/); each comment names the statuses it returns. */
#ifndef DOORBRAAK_COMMON_HANDLERS_H
#define DOORBRAAK_COMMON_HANDLERS_H

#include "web/request.h"

/* app/common/pages.c: general pages */
void h_start(struct request *r);           /* 200 */
void h_toegankelijkheid(struct request *r);/* 200 */
void h_healthz(struct request *r);         /* 200 "ok" */
void h_metrics(struct request *r);         /* 200 Prometheus text */
void h_static(struct request *r);          /* 200, 404 */

/* app/common/api_mij.c: the API basics */
void h_api_mij(struct request *r);         /* 200, 401 */
void h_api_openapi(struct request *r);     /* 200 */

#endif
