/* aansluiting.h - an organisation's connection to PMM over time, and what it was on a given day. */
#ifndef DOORBRAAK_AANSLUITING_H
#define DOORBRAAK_AANSLUITING_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/codes.h"
#include "core/err.h"

#define AANSLUITING_MAX_BRON 500   /* bytes: where a connection fact comes from */

enum aansluiting_status {
	AANSLUITING_BESTUURLIJK_AANGESLOTEN,  /* bestuurlijk akkoord: formally connected (the date of the akkoord) */
	AANSLUITING_VASTE_CONTACTPERSOON,     /* a fixed contact person, no akkoord (zorgverzekeraars, COA) */
	AANSLUITING_NIET_AANGESLOTEN,         /* stated not to be connected (BuZa in May 2025) */
	AANSLUITING_BEEINDIGD,                /* the connection ended */
	AANSLUITING__MAX
};
extern const struct codelist codes_aansluiting;

/* One entry of an organisation's connection history. */
struct aansluiting {
	int64_t id;                /* 0 when not stored; a later id wins on the same date */
	enum aansluiting_status status;
	int datum;                 /* day number: from this day on */
	const char *bron;          /* where the fact comes from; may be NULL */
};

/*
 * The status on day d: the entry with the latest datum <= d (on the same
 * date the one with the higher id, then the later in h). -1 when there is
 * no entry on or before d (nothing known: not connected). h in any order.
 */
int aansluiting_op(const struct aansluiting *h, size_t n, int d);
/* Connected on day d: the status on d is bestuurlijk aangesloten. */
bool aangesloten_op(const struct aansluiting *h, size_t n, int d);
/*
 * The last period of bestuurlijk aangesloten: *sinds the day it began,
 * *tot the day it ended (DATE_NONE while it lasts). Both DATE_NONE when
 * the organisation was never connected. (For the columns aangesloten_sinds
 * and aangesloten_tot that casussen and the report still read.)
 */
void aansluiting_periode(const struct aansluiting *h, size_t n, int *sinds, int *tot);
/*
 * Checks a new entry against the history h: a known status; a date, not
 * after vandaag; a bron of at most AANSLUITING_MAX_BRON bytes; not the same
 * status on the same date as an entry already there (ERR_CONFLICT);
 * beëindigd only when the organisation was connected or had a contact
 * person just before. ERR_VALIDATION with e->field "status", "datum" or
 * "bron".
 */
enum err_code aansluiting_validate(const struct aansluiting *nieuw, const struct aansluiting *h, size_t n,
    int vandaag, struct err *e);

#endif
