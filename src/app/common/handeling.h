/* handeling.h - what handlers do around reading or changing data: the audit row that must be written (fail closed),
   the write transaction, an id as text, a form field that may be left empty and the posted values of a refused form. */
#ifndef DOORBRAAK_APP_HANDELING_H
#define DOORBRAAK_APP_HANDELING_H

#include <stdbool.h>
#include <stdint.h>

#include <jansson.h>

#include "web/request.h"

/* Writes a toegestaan audit row; false after replying 503 when it cannot be written (fail closed: nothing is shown
   or changed). */
bool app_audit(struct request *r, const char *actie, const char *object_type, const char *object_id);
/* store_begin(); false after replying 503 when the database is busy. */
bool app_begin(struct request *r);
/* Writes the toegestaan audit row of a change inside its transaction (casus: the referentie it belongs to, or NULL)
   and commits; on failure rolls back (nothing changed) and replies 503 (audit) or 500 (commit), returning false. */
bool app_commit(struct request *r, const char *actie, const char *object_type, const char *object_id,
    const char *casus);
/* id in decimal, in the request arena. */
const char *app_id_tekst(struct request *r, int64_t id);
/* The form field, or NULL when it is absent or only white space. */
const char *app_form_tekst(struct request *r, const char *naam);
/* The posted form values without the CSRF token, to show a refused form again with what was typed. */
json_t *app_form_waarden(struct request *r);

#endif
