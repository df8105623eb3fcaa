/* filter.h - the audit log's filters as the page and the API read them from the query (app/auditlog/filter.c). */
#ifndef DOORBRAAK_AUDITLOG_FILTER_H
#define DOORBRAAK_AUDITLOG_FILTER_H

#include <stdbool.h>

#include "store/store_audit.h"
#include "web/request.h"

#define AUDITLOG_PAGINA 50         /* rows per page on the page */
#define AUDITLOG_PAGINA_MAX 200    /* paginaGrootte at most (API) */

/* What the user typed, for the form, next to the store's filter. */
struct auditlog_vraag {
	struct audit_filter f;
	const char *gebruiker, *casus, *actie, *van, *tot;   /* as given, NULL when empty */
	const char *query;     /* the filters as a query string (for the pages and the export), without pagina */
};

/*
 * Reads gebruiker, casus, actie, van and tot (dates YYYY-MM-DD in Europe/Amsterdam, tot included) and pagina
 * (and paginaGrootte when api). False with *param and *waarom (Dutch) when one is not valid; an API caller also
 * gets false for a parameter it does not know.
 */
bool auditlog_vraag_lees(struct request *r, bool api, struct auditlog_vraag *v, const char **param, const char **waarom);
/* A description of the question for the row that records this view of the log ("casus=PMM-2025-0001 pagina=2"). */
const char *auditlog_vraag_tekst(struct request *r, const struct auditlog_vraag *v);
/* Records the view (doel toezicht); false after replying 503 when the row cannot be written. */
bool auditlog_vastleggen(struct request *r, const char *actie, const char *object_id, const char *casus);
/* A stored UTC time as Amsterdam's local time, "2025-03-01 23:30:00". */
const char *auditlog_tijd(struct request *r, const char *utc);
/* True for a referentie's characters: PMM-2025-0001 and the like (letters, digits, '-'), at most 40. */
bool auditlog_referentie_ok(const char *s);

#endif
