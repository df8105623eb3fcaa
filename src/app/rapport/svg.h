/* svg.h - the jaarrapportage's charts: horizontal bar charts as inline SVG, safe under a strict CSP. */
#ifndef DOORBRAAK_RAPPORT_SVG_H
#define DOORBRAAK_RAPPORT_SVG_H

#include <stddef.h>

#include "lib/mem.h"

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
