/* weergave.h - private to app/onderzoek/: a casus as the researchers see it, cut down to core/onderzoek.c's allow-list. */
#ifndef DOORBRAAK_ONDERZOEK_WEERGAVE_H
#define DOORBRAAK_ONDERZOEK_WEERGAVE_H

#include <jansson.h>

#include "core/casus.h"

/*
 * A new JSON object: the casus in the interchange format (what the API shows
 * of a casus) with only the members whose path onderzoek_veld_toegestaan
 * allows, an organisation's naam only when onderzoek_organisatienaam_zichtbaar,
 * and samenvatting (may be NULL) when a regievoerder granted one. The caller
 * owns the result.
 */
json_t *onderzoek_weergave(const struct casus *c, const char *samenvatting);

#endif
