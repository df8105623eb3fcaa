/* handlers.h - the handlers of the Maatwerkregister (app/register/). Each comment in the .c files names the statuses
   it returns. Every route needs PERM_REGISTER; changing an entry is decided per entry by core/register.h (its
   owner, the organisation's contact persons, a beheerder); importing needs PERM_BEHEER. */
#ifndef DOORBRAAK_REGISTER_HANDLERS_H
#define DOORBRAAK_REGISTER_HANDLERS_H

#include "web/request.h"

/* app/register/zoeken.c */
void h_register(struct request *r);
/* app/register/vermelding.c */
void h_register_item(struct request *r);
void h_register_bewerken_form(struct request *r);
void h_register_wijzig(struct request *r);
void h_register_bevestig(struct request *r);
void h_register_nieuw_form(struct request *r);
void h_register_nieuw(struct request *r);
/* app/register/bestand.c */
void h_register_csv(struct request *r);
void h_register_xlsx(struct request *r);
void h_register_import_form(struct request *r);
void h_register_import(struct request *r);
/* app/register/api.c */
void h_api_professional_lijst(struct request *r);
void h_api_professional_get(struct request *r);
void h_api_vermelding_lijst(struct request *r);
void h_api_vermelding_get(struct request *r);

#endif
