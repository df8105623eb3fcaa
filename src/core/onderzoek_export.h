/* onderzoek_export.h - the allow-list of the research export: the researchers' view without any free text. */
#ifndef DOORBRAAK_ONDERZOEK_EXPORT_H
#define DOORBRAAK_ONDERZOEK_EXPORT_H

#include <stdbool.h>

/*
 * A member of a casus in the research export (`doorbraak onderzoek-export`),
 * by its interchange path without array indices: what the researchers' view
 * allows (onderzoek_veld_toegestaan), except free text - the granted summary,
 * a leerpunt's omschrijving, its bronReferentie and its koppelingen'
 * referentie and url - and except the referentie, which the export replaces
 * by "pseudoniem" (a keyed HMAC of it, stable while the key stays the same).
 * Organisation names only of public bodies (onderzoek_organisatienaam_zichtbaar).
 */
bool onderzoek_export_veld(const char *pad);

#endif
