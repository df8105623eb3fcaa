/* filter.h - the werkvoorraad filter of Het Loket (store struct casus_filter), shared by the list page, search, the
   .xlsx export and GET /api/v1/casussen. */
#ifndef DOORBRAAK_CASUS_FILTER_H
#define DOORBRAAK_CASUS_FILTER_H

#include "store/casus/casus.h"
#include "web/request.h"

/*
 * The empty filter of this request: no criteria, today (Europe/Amsterdam)
 * for ages, and limited to the casussen the acting user may see in a list
 * (core casus_beperking, INZAGE_LIJST). Every list of casussen starts here.
 */
void casus_filter_begin(struct request *r, struct casus_filter *f);

#endif
