/* filter.c - the werkvoorraad filter: the visibility rule applied once, for every list of casussen. */
#include "app/casus/filter.h"

#include <string.h>

#include "app/common/datum.h"
#include "core/perm.h"

void
casus_filter_begin(struct request *r, struct casus_filter *f)
{
	memset(f, 0, sizeof(*f));
	f->leefgebied = f->beleidsterrein = f->indiener_type = -1;
	f->vandaag = app_vandaag(r);
	f->beperk_tot_persoon = casus_beperking(&r->actor, INZAGE_LIJST);
}
