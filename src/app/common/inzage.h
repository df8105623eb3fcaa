/* inzage.h - which casussen a request may see at once (core casus_beperking), for handlers that show all of them. */
#ifndef DOORBRAAK_APP_INZAGE_H
#define DOORBRAAK_APP_INZAGE_H

#include <stdbool.h>

#include "core/perm.h"
#include "web/request.h"

/*
 * For a list, export or report that shows every casus (the monitor, the
 * follow-ups due, a meeting's agenda, the jaarrapportage): true when
 * casus_beperking gives the acting user all casussen for this inzage.
 * Otherwise writes a geweigerd audit row for actie and replies 403, and
 * returns false. (The route's permission normally keeps others out already;
 * this keeps the rule in one place should a route change.)
 */
bool app_mag_alle_casussen(struct request *r, enum casus_inzage inzage, const char *actie);

#endif
