/* inzage.h - the JSON of a citizen's request for access (inzageverzoek): everything about one casus and who accessed it. */
#ifndef DOORBRAAK_APP_INZAGE_H
#define DOORBRAAK_APP_INZAGE_H

#include <jansson.h>
#include <stddef.h>
#include <time.h>

#include "core/casus.h"
#include "store/casus/casus.h"
#include "store/inzage/inzage.h"

#define INZAGE_VERSIE 1

struct inzage {
	const struct casus *casus;
	const struct activiteit *tijdlijn;            /* every entry, oldest first */
	size_t n_tijdlijn;
	const struct deelnemer *deelnemers;
	size_t n_deelnemers;
	const struct inzage_toegang *toegang;
	size_t n_toegang;
	const struct inzage_verwijdering *verwijderd;
	size_t n_verwijderd;
	time_t gemaakt;
};

/*
 * {"inzageverzoek": {"versie", "referentie", "gemaaktOp"}, "casus": the
 * casus in the interchange format, "tijdlijn": every entry with its kind,
 * date, text and author, "deelnemers": who was invited (name, organisation,
 * role, when), "toegang": every audit row about the casus (time, action,
 * outcome, role, organisation; no person's name), "verwijderd": what the
 * retention purge removed}. NULL only when out of memory.
 */
json_t *inzage_json(const struct inzage *z);

#endif
