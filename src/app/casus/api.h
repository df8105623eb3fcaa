/* api.h - private to the casus API handlers (app/casus/api*.c): problems with invalidParams, the casus body. */
#ifndef DOORBRAAK_CASUS_API_H
#define DOORBRAAK_CASUS_API_H

#include <stdbool.h>

#include <jansson.h>

#include "app/common/datum.h"
#include "app/common/problem.h"
#include "core/casus.h"
#include "core/err.h"
#include "web/request.h"

#define API_CASUSSEN "/api/v1/casussen"

/* The problem for an error: ERR_VALIDATION becomes 400 with invalidParams; ERR_INTERNAL is logged, not shown.
   rc is what the callee returned (used when it left e empty). */
void api_err(struct request *r, enum err_code rc, struct err *e);

/* 400 when the body is not a JSON object; true when it is. */
bool api_body_object(struct request *r);

/*
 * 400 naming the first member of the body object that is not in `known`
 * (NULL-terminated); true when all are known.
 */
bool api_members_known(struct request *r, const char *const *known);

/* "/api/v1/casussen/PMM-2026-0001", allocated in the request's arena. */
const char *api_casus_href(struct request *r, const char *referentie);

/*
 * The casus as the API shows it: interchange_write() plus the derived
 * "looptijd" (days) and "complexiteit", and "_links" (self, activiteiten,
 * deelnemers). The caller owns the result; NULL only when out of memory.
 */
json_t *api_casus_json(struct request *r, const struct casus *c);

/*
 * Loads the casus `referentie` and replies `status` with api_casus_json.
 * Used after every change, so the answer is what was stored.
 */
void api_reply_casus(struct request *r, int status, const char *referentie);
/* The casus as the API shows it, or NULL with *rc and e saying why (ERR_NOT_FOUND, the database's failure). */
json_t *api_casus_json_van(struct request *r, const char *referentie, enum err_code *rc, struct err *e);

/* JSON values for fixed-shape objects: null for NULL text (or text that is not UTF-8) and for DATE_NONE. */
json_t *api_str(const char *s);
json_t *api_date(int day);
/* {"href": href} */
json_t *api_link(const char *href);

/* Fails closed: 503 when the audit row cannot be written. Returns true when written. */
bool api_audit(struct request *r, const char *actie, const char *referentie);

#endif
