/* evenement.h - private to app/evenement/: what the pages and the API of professionaliseren share. */
#ifndef DOORBRAAK_EVENEMENT_APP_H
#define DOORBRAAK_EVENEMENT_APP_H

#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>

#include "app/common/handeling.h"
#include "core/evenement.h"
#include "store/evenement/evenement.h"
#include "web/request.h"

#define EV_PAD "/evenementen"

/* The event id of path parameter 0; false after auditing (actie) and replying 404. */
bool ev_param_id(struct request *r, const char *actie, int64_t *out);
/* A toegestaan audit row about event id (0: none); false after replying 503 (fail closed). */
bool ev_audit(struct request *r, const char *actie, int64_t id);
/* The year of the query parameter jaar (2000..2100), else this year; *fout set when given but not a year. */
int ev_jaar(struct request *r, bool *fout);
/* Writes the audit row (object event id, casus referentie or NULL) and commits; false after rolling back, 503. */
bool ev_commit(struct request *r, const char *actie, int64_t id, const char *casus);

/*
 * Applies one step on an event the pages and the API share, each inside the
 * caller's transaction: invite a register item (with status and attendance),
 * change an invitation, link a casus or a leerpunt. Attendance goes through
 * evenement_aanwezigheid_check. `veld` names the member or field at fault.
 */
enum err_code ev_uitnodigen(struct request *r, const struct evenement *ev, int64_t item, enum deelname_status status,
    int aanwezig, const char *veld, struct err *e);
enum err_code ev_deelname(struct request *r, const struct evenement *ev, int64_t item, int status, int aanwezig,
    bool aanwezig_gegeven, struct err *e);

/* The figures of a year as JSON (API) and as rows for the page's table. */
json_t *ev_cijfers_json(const struct evenement_cijfers *c);
json_t *ev_cijfers_rijen(const struct evenement_cijfers *c);

#endif
