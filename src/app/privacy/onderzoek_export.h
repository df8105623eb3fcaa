/* onderzoek_export.h - one closed casus as a line of the pseudonymised research export. */
#ifndef DOORBRAAK_APP_ONDERZOEK_EXPORT_H
#define DOORBRAAK_APP_ONDERZOEK_EXPORT_H

#include <jansson.h>

#include "core/casus.h"
#include "lib/pseudoniem.h"

#define ONDERZOEK_EXPORT_VERSIE 1

/*
 * The casus in the interchange format, reduced to the members
 * onderzoek_export_veld allows (core/onderzoek_export.h): the referentie
 * replaced by "pseudoniem" (HMAC-SHA256 with key), an organisation's naam
 * only for a public body. NULL when out of memory.
 */
json_t *onderzoek_export_casus(const struct casus *c, const unsigned char key[PSEUDONIEM_SLEUTEL_LEN]);

#endif
