/* rapport.h - the jaarrapportage: figures over a year's casussen as JSON, comparisons in words, SVG charts. */
#ifndef DOORBRAAK_RAPPORT_H
#define DOORBRAAK_RAPPORT_H

#include <stddef.h>

#include <jansson.h>

#include "core/casus.h"
#include "lib/mem.h"

/*
 * Everything here is pure computation: no I/O, no clock, no global state.
 * The caller passes ALL casussen it has (any year, any status); each function
 * selects what it needs:
 *   afgerond in jaar  = afgerond_op set and in jaar (status is not looked at);
 *   ingediend in jaar = ontvangen_op in jaar and status not concept.
 * Looptijd in days = afgerond_op - ontvangen_op; a casus without ontvangen_op
 * or with afgerond_op before it has no looptijd: it counts in every figure
 * except the looptijd ones and is listed by rapport_datakwaliteit.
 */

/*
 * The figures of issue 4 ("Jaarrapportage") for jaar, as a new JSON object
 * with exactly the members of the issue, in that order, every code of each
 * classification present (0 when nothing counts). All figures except
 * `ingediend` count the casussen afgerond in jaar; the leerpunten are those of
 * these casussen, a leerpunt with a nonzero id counted once however many
 * casussen share it. looptijd.mediaanDagen is an integer when whole and a
 * real (x.5) otherwise; it is 0 when no casus has a looptijd (an empty year),
 * so that every member stays a number - check `afgerond` before quoting it.
 * The caller owns the result (json_decref).
 *
 * Out of memory: the results of the rapport_* JSON functions are never NULL
 * when jansson allocates through xmalloc (json_set_alloc_funcs(xmalloc, free)
 * at start-up); with jansson's default allocator they can be NULL or
 * incomplete after an allocation failure.
 */
json_t *rapport_jaar(const struct casus *const *casussen, size_t n, int jaar);

/*
 * The casussen afgerond in jaar that lack what a figure needs, so that no
 * figure is silently wrong: {"jaar", "afgerond", "geenLeefgebied",
 * "geenIndienerType", "geenInterventie", "geenBeleidsterrein", "geenLooptijd",
 * "onbekendMinisterie"}, each list an array of referenties in input order
 * (a casus without referentie appears as "#<id>"). geenLooptijd: no
 * ontvangen_op or afgerond before ontvangen; onbekendMinisterie: a leerpunt
 * belegd bij a ministerie whose code is not a beleidsterrein code (that
 * belegging is missing from perMinisterie). Caller owns the result.
 */
json_t *rapport_datakwaliteit(const struct casus *const *casussen, size_t n, int jaar);

/*
 * Distribution of casus_complexiteit (docs/complexiteit.md) over the casussen
 * afgerond in jaar (each scored at its own afgerond_op, so no clock is needed):
 * {"jaar", "afgerond", "mediaan", "verdeling": [{"van", "totEnMet", "aantal"}...]}
 * with fixed bands 0-2, 3-4, 5-6, 7-8, 9+ (the last has "totEnMet": null);
 * mediaan follows the rules of mediaanDagen. Caller owns it.
 */
json_t *rapport_complexiteit(const struct casus *const *casussen, size_t n, int jaar);

/* The parties of leerpunten.beleggingen, in output order, and their codes there ("ministerie", ..., "overig"). */
enum rapport_partij { PARTIJ_MINISTERIE, PARTIJ_GEMEENTE, PARTIJ_LPD, PARTIJ_PMM, PARTIJ_OVERIG, PARTIJ__MAX };
extern const char *const rapport_partij_code[PARTIJ__MAX];
/* The party of a belegging: PMM (by flag, or organisatie code "PMM" in any case), else by organisatie type. */
enum rapport_partij rapport_partij_van(const struct belegging *b);
/* True when c is not NULL and afgerond (afgerond_op set) in jaar. */
bool rapport_afgerond_in(const struct casus *c, int jaar);
/*
 * The leerpunten of the casussen afgerond in jaar, ordered by id (equal ids in input order), each nonzero id once.
 * *nout is set to their number. The caller frees the array (xcalloc'd; never NULL); the leerpunten stay the casussen's.
 */
const struct leerpunt **rapport_leerpunten(const struct casus *const *casussen, size_t n, int jaar, size_t *nout);

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

/*
 * A horizontal bar chart as an inline <svg> element: role="img" with <title>
 * (titel) and <desc> (every label with its values), one bar per label and,
 * when vorige is not NULL, a second bar for the previous year with a legend.
 * No style attributes or scripts (strict-CSP safe): presentation attributes
 * and the classes rapport-staaf-nu / rapport-staaf-vorig for the stylesheet.
 * All text is HTML-escaped. labels and waarden have n entries (may be NULL
 * when n is 0); labels[i] NULL is shown as ""; labels longer than 40
 * characters are cut with an ellipsis in the drawing (not in <desc>); negative
 * values draw no bar. legenda_* NULL default to "dit jaar" / "vorig jaar".
 * The element's ids are derived from titel and waarden, so two charts on
 * one page differ unless both are identical. The result is allocated in a;
 * NULL only for more than 1000 bars or more than 4 MiB of SVG.
 */
char *rapport_svg_staaf(struct arena *a, const char *titel, const char *const *labels,
    const long *waarden, const long *vorige, size_t n, const char *legenda_nu,
    const char *legenda_vorig);

#endif
