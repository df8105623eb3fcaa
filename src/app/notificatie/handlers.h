/* handlers.h - the notifications of the signed-in user (app/notificatie/web.c) and the beheerder's list of e-mails
   that could not be delivered (app/notificatie/mislukt.c). Each comment names the statuses it returns. */
#ifndef DOORBRAAK_NOTIFICATIE_HANDLERS_H
#define DOORBRAAK_NOTIFICATIE_HANDLERS_H

#include "web/request.h"

void h_meldingen(struct request *r);              /* GET /meldingen: 200, 503 (audit log) */
void h_meldingen_gelezen(struct request *r);      /* POST /meldingen/gelezen: 303, 503 */
void h_melding_gelezen(struct request *r);        /* POST /meldingen/{id}/gelezen: 303, 404, 503 */

#endif
