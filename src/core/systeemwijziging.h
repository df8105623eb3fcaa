/* systeemwijziging.h - a realised system change (a result of systeemleren), linked to the leerpunten and casussen that led to it. */
#ifndef DOORBRAAK_SYSTEEMWIJZIGING_H
#define DOORBRAAK_SYSTEEMWIJZIGING_H

#include <stddef.h>
#include <stdint.h>

#include "core/casus.h"
#include "core/codes.h"
#include "core/err.h"

#define SYSTEEMWIJZIGING_MAX_LINKS 200   /* leerpunten or casussen one change names */

/*
 * What changed in the system because of what the Loket saw: the ALO-kop
 * registration, a hardheidsclausule added to the Wsf 2000, the handboek
 * Toeslagen, a renewed evacuation handbook. Strings and arrays are borrowed
 * or in the caller's arena.
 */
struct systeemwijziging {
	int64_t id;                      /* 0 when not stored */
	const char *omschrijving;        /* required, at most CASUS_MAX_TEKST bytes */
	enum systeemwijziging_soort soort;
	int gerealiseerd_op;             /* DATE_NONE when not known */
	struct organisatie_ref door;     /* who realised it; naam NULL when not recorded */
	const char *bron;                /* "Kamerbrief 12 maart 2025"; may be NULL */
	const char *url;                 /* http(s) link; may be NULL */
	int64_t *leerpunten;             /* ids of the leerpunten that led to it */
	size_t nleerpunten;
	const char **casussen;           /* referenties of the casussen that led to it */
	size_t ncasussen;
};

void systeemwijziging_init(struct systeemwijziging *s);

/*
 * Checks a system change: an omschrijving (no BSN); a known soort; a
 * gerealiseerdOp not after today; door, when named, a valid organisation;
 * bron at most CASUS_MAX_KORT bytes; url http(s) without spaces, at most
 * LEERPUNT_MAX_KOPPELING bytes; at most SYSTEEMWIJZIGING_MAX_LINKS
 * leerpunten and casussen, none twice, each leerpunt id positive and each
 * referentie of the form PMM-JJJJ-NNNN. ERR_VALIDATION with e->field the
 * member ("leerpunten[2]").
 */
enum err_code systeemwijziging_validate(const struct systeemwijziging *s, int today, struct err *e);

#endif
