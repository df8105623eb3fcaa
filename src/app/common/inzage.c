/* inzage.c - refusing a list of all casussen to whom core casus_beperking does not give them all. */
#include "app/common/inzage.h"

bool
app_mag_alle_casussen(struct request *r, enum casus_inzage inzage, const char *actie)
{
	if (casus_beperking(&r->actor, inzage) == CASUS_ALLE)
		return true;
	req_audit(r, actie, "casus", NULL, AUDIT_GEWEIGERD);
	reply_problem(r, 403, "Geen toegang", "U mag deze casussen niet inzien.");
	return false;
}
