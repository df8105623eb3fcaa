/* aanvullen.h - changing a closed casus without reopening it, once for the pages and the API: the save and its timeline entries. */
#ifndef DOORBRAAK_CASUS_AANVULLEN_H
#define DOORBRAAK_CASUS_AANVULLEN_H

#include "core/casus.h"
#include "core/casus_lifecycle.h"
#include "core/err.h"
#include "web/request.h"

/*
 * Saves nieuw, the closed casus oud (as loaded in the caller's transaction)
 * with only the parts changed that casus_na_afronding_wijzigbaar allows
 * (the caller checked perm_casus_aanvullen and which parts changed). Runs
 * casus_validate; stores it (store_casus_update: the looptijd, status and
 * dates stay as they were); and records each change (casus_aanvullingen) as
 * a notitie on the timeline, after closure (na_afronding), by the acting user
 * today: "Na afronding: leerpunt toegevoegd …". ERR_VALIDATION (e names the
 * field) or the store's error; the caller rolls back.
 */
enum err_code casus_aanvullen(struct request *r, const struct casus *oud, struct casus *nieuw, struct err *e);

/* The text of one change after closure on the timeline (in the arena). */
const char *casus_aanvulling_tekst(struct request *r, const struct casus *oud, const struct casus *nieuw,
    const struct casus_aanvulling *a);

#endif
