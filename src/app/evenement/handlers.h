/* handlers.h - the handlers of professionaliseren (app/evenement/). Reading needs PERM_EVENEMENTEN, every change
   PERM_EVENEMENT_BEHEER (the regievoerder). Each comment in the .c files names the statuses it returns. */
#ifndef DOORBRAAK_EVENEMENT_HANDLERS_H
#define DOORBRAAK_EVENEMENT_HANDLERS_H

#include "web/request.h"

/* app/evenement/web.c */
void h_evenement_lijst(struct request *r);
void h_evenement_nieuw(struct request *r);
void h_evenement_detail(struct request *r);
/* app/evenement/stap.c */
void h_evenement_uitnodigen(struct request *r);
void h_evenement_deelnemer(struct request *r);
void h_evenement_casus(struct request *r);
void h_evenement_leerpunt(struct request *r);
/* app/evenement/api.c */
void h_api_evenement_lijst(struct request *r);
void h_api_evenement_nieuw(struct request *r);
void h_api_evenement_get(struct request *r);
void h_api_evenement_deelnemer_nieuw(struct request *r);
void h_api_evenement_deelnemer_patch(struct request *r);
void h_api_evenement_casus(struct request *r);
void h_api_evenement_leerpunt(struct request *r);

#endif
