/* datum.h - the dates of a request as a user sees and enters them: today in Europe/Amsterdam, and dates shown. */
#ifndef DOORBRAAK_APP_DATUM_H
#define DOORBRAAK_APP_DATUM_H

#include "web/request.h"

/*
 * Today's date for the rules of this request ("not in the future",
 * defaults, looptijd, due follow-ups): the date in Europe/Amsterdam at the
 * request's clock (lib/date.h date_today_local). Storage stays UTC.
 */
int app_vandaag(const struct request *r);

/* "2024-01-05" in the request arena; NULL for DATE_NONE. */
const char *app_datum_iso(struct request *r, int d);
/* "5 januari 2024" in the request arena; NULL for DATE_NONE. */
const char *app_datum_tekst(struct request *r, int d);
/*
 * A stored UTC timestamp ("2025-03-01T23:30:00Z") as the date it was in
 * Amsterdam ("2 maart 2025"); otherwise the date its first ten characters
 * spell (a bare date); other text as it is.
 */
const char *app_tijd_datum_tekst(struct request *r, const char *ts);

#endif
