/* start.h - a block of the personal start page (app/common/start.c renders them; each area fills its own). */
#ifndef DOORBRAAK_APP_START_H
#define DOORBRAAK_APP_START_H

#include <jansson.h>
#include <stdbool.h>

/*
 * A block: an id (the anchor), a heading, the count as a sentence ("3 follow-ups te laat"), its items (each
 * {href, titel, tekst, kenmerken: [{tekst, sterk}], volgende?}; the reference is taken), the empty state, and a
 * link to the whole list (NULL: none).
 */
json_t *app_start_blok(const char *id, const char *kop, const char *telling, json_t *items, const char *leeg,
    const char *meer_href, const char *meer_tekst);

/* Appends one mark {tekst, sterk} of an item to its kenmerken; sterk: shown in bold (what needs attention). */
void app_kenmerk(json_t *kenmerken, const char *tekst, bool sterk);

#endif
