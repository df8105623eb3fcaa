/* handlers.h - the network's pages for every signed-in user (app/netwerk/): its growth, and professionaliseren. Each comment names the statuses it returns. */
#ifndef DOORBRAAK_NETWERK_HANDLERS_H
#define DOORBRAAK_NETWERK_HANDLERS_H

#include "web/request.h"

/* app/netwerk/groei.c: the network page */
void h_netwerk(struct request *r);   /* 200, 400 (a peildatum that is not a date) */

#endif
