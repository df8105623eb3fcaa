/* handlers.h - the audit log for the privacy officer (role privacy, PERM_AUDITLOG): the log with filters and pages,
   its CSV export, who touched one casus, and /api/v1/auditlog. Every view of the log writes a row of its own
   (auditlog.lezen, auditlog.export, auditlog.inzage) before any row is shown; when it cannot, 503 and nothing. */
#ifndef DOORBRAAK_AUDITLOG_HANDLERS_H
#define DOORBRAAK_AUDITLOG_HANDLERS_H

#include "web/request.h"

/* app/auditlog/web.c */
void h_auditlog_lijst(struct request *r);       /* 200, 400 (a filter that is not one), 503 */
void h_auditlog_export_csv(struct request *r);  /* 200, 400, 503 */
void h_auditlog_casus(struct request *r);       /* 200, 400 (not a referentie), 503 */
/* app/auditlog/api.c */
void h_api_auditlog(struct request *r);         /* 200, 400 (invalidParams), 503 */

#endif
