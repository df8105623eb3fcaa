/* handlers.h - the Rapportage pages and downloads (app/rapport/web.c); each comment names its statuses. */
#ifndef DOORBRAAK_RAPPORT_HANDLERS_H
#define DOORBRAAK_RAPPORT_HANDLERS_H

#include "web/request.h"

/* GET /rapportage[?jaar=YYYY]: the year to choose and the report. 200; 400 for a malformed jaar; 403 (with a
   geweigerd audit row) when the user may not see every casus; 503 when the audit row cannot be written; 500 when
   the casussen cannot be read. */
void h_rapportage(struct request *r);
/* GET /rapportage/{jaar}.csv and /rapportage/{jaar}.xlsx (one route, /rapportage/{bestand}):
   200 with the download; 404 for any other file name; 403 as above; 503 without an audit row; 500. */
void h_rapportage_bestand(struct request *r);

#endif
