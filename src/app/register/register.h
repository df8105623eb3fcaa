/* register.h - private to app/register/: the Maatwerkregister's shared pieces for its pages, files and API. */
#ifndef DOORBRAAK_REGISTER_APP_H
#define DOORBRAAK_REGISTER_APP_H

#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>

#include "app/casus/web.h"
#include "app/common/handeling.h"
#include "core/register.h"
#include "store/register/register.h"
#include "web/request.h"

#define RG_PAGINA 25               /* hits per page */

/* A positive decimal id of at most 18 digits in path parameter i; false after auditing and replying 404. */
bool rg_param_id(struct request *r, const char *actie, int64_t *out);
/* Writes a toegestaan audit row; false after replying 503 (fail closed: nothing is shown). */
bool rg_audit(struct request *r, const char *actie, const char *object_id);
/* Reads an item for actie; false after auditing and replying 404. */
bool rg_lees(struct request *r, const char *actie, int64_t id, struct register_item *it);
/* Today in Europe/Amsterdam (day number). */
int rg_vandaag(struct request *r);

/* One item as the pages and exports show it (labels, dates as text, the outdated mark). */
json_t *rg_item_json(struct request *r, const struct register_item *it);
/* The labels of a leefgebieden or wetten set, joined with ", ". */
const char *rg_labels(struct request *r, const struct codelist *l, uint64_t bits);

/*
 * The search of a request's query (q, soort, leefgebied, wet, regio, orgtype, organisatie, pagina): every
 * unknown code is ignored as if absent, and *pagina is 1 or more. The text is made a MATCH parameter.
 */
void rg_zoek_van_query(struct request *r, struct register_zoek *z, int *pagina);

/* The fields of the edit form into in (strings in the arena); unknown tags add messages to f. */
void rg_invoer_van_form(struct request *r, struct cw_fouten *f, enum register_soort soort,
    struct register_invoer *in);
/* Adds the message of a refused register_validate to f at its field. */
void rg_fout_veld(struct request *r, struct cw_fouten *f, const struct err *e);

/* The part of the casus page "Wie kan helpen" (app/register/suggesties.c); NULL when there is nothing. */
struct casus;
json_t *rg_suggesties(struct request *r, const struct casus *c);
/* The start page's prompt: the entries the signed-in user keeps that are possibly outdated (NULL: none). */
json_t *rg_te_bevestigen(struct request *r);

#endif
