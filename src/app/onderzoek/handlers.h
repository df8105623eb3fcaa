/* handlers.h - the researchers' pseudonymised view of closed casussen (app/onderzoek/): the list, one casus on the
   allow-list of core/onderzoek.c, and the summary a regievoerder grants. PERM_ONDERZOEK (onderzoeker,
   regievoerder); a casus that is not afgerond answers 404. Each comment names the statuses it returns. */
#ifndef DOORBRAAK_ONDERZOEK_HANDLERS_H
#define DOORBRAAK_ONDERZOEK_HANDLERS_H

#include "web/request.h"

void h_onderzoek_lijst(struct request *r);          /* 200, 400 (bad jaar) */
void h_onderzoek_casus(struct request *r);          /* 200, 404 */
void h_onderzoek_samenvatting(struct request *r);   /* 303, 400, 403 (not a regievoerder), 404 */
void h_api_onderzoek_lijst(struct request *r);      /* 200, 400 */
void h_api_onderzoek_casus(struct request *r);      /* 200, 404 */

#endif
