/* gebeurtenis.h - the timeline entry of each step in a casus's life (core/casus_lifecycle.h), one text per event,
   written the same way by the pages and the API. */
#ifndef DOORBRAAK_CASUS_GEBEURTENIS_H
#define DOORBRAAK_CASUS_GEBEURTENIS_H

#include <stdint.h>

#include "core/casus_lifecycle.h"
#include "web/request.h"

/* The Dutch text of the timeline entry for o ("Casus afgerond.", "Toegewezen aan Rita Regie."), in the arena. */
const char *casus_gebeurtenis_tekst(struct request *r, const struct casus_overgang *o);

/*
 * Adds the notifications of o (core/notificatie.h: a new aanmelding for the
 * regievoerders, toegewezen and afgerond for the indiener) to the outbox and
 * appends o to the timeline of casus casus_id inside the caller's
 * transaction: a statuswijziging (van, naar) when the status changed or the
 * casus is new, otherwise a notitie; dated o->datum, by the acting user.
 * GEBEURTENIS_GEEN appends nothing. Returns the store's result (e filled).
 */
enum err_code casus_gebeurtenis_vastleggen(struct request *r, int64_t casus_id, const struct casus_overgang *o,
    struct err *e);

/* The notification for persoon_id, just invited as a deelnemer of casus casus_id, inside the caller's
   transaction (the one that added the invitation). */
enum err_code casus_gebeurtenis_uitgenodigd(struct request *r, int64_t casus_id, int64_t persoon_id, struct err *e);

#endif
