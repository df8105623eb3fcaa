/* gelijkend.h - similar earlier casussen on the casus page ("who can help", part b), for templates/casus/gelijkend.html. */
#ifndef DOORBRAAK_CASUS_GELIJKEND_H
#define DOORBRAAK_CASUS_GELIJKEND_H

#include <jansson.h>

#include "core/casus.h"
#include "web/request.h"

/*
 * The similar earlier casussen the acting user may see (core casus_beperking),
 * at most GELIJKENIS_TOP, scored by core/gelijkenis.h, each with what helped
 * there; an audit row per casus shown. A JSON object {heeft, casussen: [...]}
 * for the partial, or NULL when the store failed or the audit log could not be
 * written (the page then shows a short notice instead). A bounded number of
 * queries, whatever the number of casussen.
 */
json_t *cw_gelijkend(struct request *r, const struct casus *c);

#endif
