/* zinnen.h - the jaarrapportage's Dutch sentences: comparisons with the year before, numbers and words in text. */
#ifndef DOORBRAAK_RAPPORT_ZINNEN_H
#define DOORBRAAK_RAPPORT_ZINNEN_H

#include <stddef.h>

#include "core/rapport.h"
#include "lib/mem.h"

/*
 * A comparison in Dutch, as plain text (escape it for HTML), e.g.
 * "37% (38 van de 104) binnen vier weken, tegen 47% in 2023".
 * `wat` is the phrase after the figure ("binnen vier weken"). Percentages are
 * rounded half up. totaal 0 (or less) is not divided by: the sentence then
 * says there were no casussen ("binnen vier weken: geen casussen, tegen 47%
 * in 2023"; "...; in 2023 waren er geen casussen om mee te vergelijken").
 * The result is allocated in a; never NULL.
 */
char *rapport_vergelijking(struct arena *a, const char *wat, long aantal, long totaal,
    long vorig_aantal, long vorig_totaal, int vorig_jaar);

/* aantal of totaal in whole percents, rounded half up; 0 when totaal is 0 or less. */
long rapport_procent(long aantal, long totaal);
/* "casus" for one, "casussen" otherwise. */
const char *rapport_casus_woord(long n);
/* A median with a Dutch decimal comma: "37,5", "12" (in a). */
char *rapport_decimaal(struct arena *a, struct rapport_mediaan m);
/* s with its first (ASCII) letter in upper case and a full stop at the end (in a). */
char *rapport_zin(struct arena *a, const char *s);
/* A label with its first (ASCII) letter in lower case, for use inside a sentence; "VWS" stays (in a). */
char *rapport_klein(struct arena *a, const char *s);
/* "a", "a en b", "a, b en c" (in a). */
const char *rapport_opsomming(struct arena *a, const char *const *delen, size_t n);

#endif
