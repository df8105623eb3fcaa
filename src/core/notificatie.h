/* notificatie.h - which event of a casus notifies whom, and when a failed e-mail is tried again or given up. */
#ifndef DOORBRAAK_CORE_NOTIFICATIE_H
#define DOORBRAAK_CORE_NOTIFICATIE_H

#include <stdbool.h>
#include <stdint.h>

#include "core/casus_lifecycle.h"
#include "core/codes.h"

/* The kinds of notification (issue 14), codes in codes_notificatie_soort. A notification carries its kind, the
   referentie and a link, nothing of the casus's contents. */
enum notificatie_soort {
	NOTIFICATIE_AANMELDING,    /* a new casus came in: for every regievoerder */
	NOTIFICATIE_TOEGEWEZEN,    /* a regievoerder took the casus: for its indiener */
	NOTIFICATIE_AFGEROND,      /* the casus was closed: for its indiener */
	NOTIFICATIE_DEELNEMER,     /* invited to the casus as a deelnemer: for that person */
	NOTIFICATIE__MAX
};
extern const struct codelist codes_notificatie_soort;

/* Who receives a kind. */
enum notificatie_ontvanger {
	ONTVANGER_REGIEVOERDERS,   /* every active account with the role regievoerder */
	ONTVANGER_INDIENER,        /* the account of the casus's indiener, when it has one */
	ONTVANGER_PERSOON,         /* the account of one named person (the invited deelnemer) */
};
enum notificatie_ontvanger notificatie_ontvanger(enum notificatie_soort s);

/* The notification a step in a casus's life gives, NOTIFICATIE__MAX for none. */
enum notificatie_soort notificatie_bij_gebeurtenis(enum casus_gebeurtenis g);

/* E-mail retries: the first waits NOTIFICATIE_WACHT_EERST seconds, each next one twice as long, never more than
   NOTIFICATIE_WACHT_MAX; after NOTIFICATIE_OPGEVEN_NA seconds from the first attempt the notification becomes a
   dead letter (mail 'mislukt'), which a beheerder can send again. */
#define NOTIFICATIE_WACHT_EERST 60
#define NOTIFICATIE_WACHT_MAX 3600
#define NOTIFICATIE_OPGEVEN_NA (25 * 3600)   /* at least 24 hours, as issue 14 asks */

/* Seconds to wait after the pogingen-th failed attempt (1 = the first). */
int64_t notificatie_wachttijd(int pogingen);

/* What to do after a failed attempt at time nu (seconds on the sender's clock); opgeven_na as stored. */
struct notificatie_herkansing {
	bool opgeven;              /* give up: a dead letter */
	int64_t volgende;          /* otherwise: the time of the next attempt */
};
struct notificatie_herkansing notificatie_na_fout(int pogingen, int64_t nu, int64_t opgeven_na);

#endif
