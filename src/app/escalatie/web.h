/* web.h - what the escalatie and overbrugging pages share (app/escalatie/web*.c): form values, messages, links. */
#ifndef DOORBRAAK_APP_ESCALATIE_WEB_H
#define DOORBRAAK_APP_ESCALATIE_WEB_H

#include <jansson.h>
#include <stdint.h>

#include "app/casus/web.h"
#include "core/casus.h"
#include "core/err.h"

/* The value of form field naam in w (NULL when absent). */
const char *ew_w(json_t *w, const char *naam);
/* A core or store message as the message of a form field: prefix + the field's form id ("bk_" "datum"). */
void ew_fout(struct request *r, struct cw_fouten *f, const char *prefix, const struct err *e);
/* The id in the path at index i (a positive number), or 0. */
int64_t ew_id(struct request *r, int i);
/* The number of a form field that names a stored object (an organisation, a meeting), or 0. */
int64_t ew_form_id(struct request *r, const char *naam);
/* Options for a select of organisations (value: the organisation's id), the one with id gekozen selected. */
json_t *ew_org_opties(struct request *r, const struct organisatie_ref *v, size_t n, int64_t gekozen, const char *leeg);
/* The organisation with id in v, or NULL. */
const struct organisatie_ref *ew_org_van(const struct organisatie_ref *v, size_t n, int64_t id);
/* The casus's betrokken organisaties (those stored: with an id) as a plain array in the arena. */
struct organisatie_ref *ew_casus_orgs(struct request *r, const struct casus *c, size_t *n);
/* Replies with a step's error that is not about one field of the form (403, 404, 409, 503...). */
void ew_reply_err(struct request *r, enum err_code rc, struct err *e);
/* A date "YYYY-MM-DD" from the form (DATE_NONE when blank); a message under id when it is no date. */
int ew_datum(struct request *r, struct cw_fouten *f, const char *naam, const char *label, bool verplicht);

#endif
