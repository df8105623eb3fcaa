/* svg.h - the network page's chart: connected organisations of each kind over time, as inline SVG. */
#ifndef DOORBRAAK_NETWERK_SVG_H
#define DOORBRAAK_NETWERK_SVG_H

#include <stddef.h>

#include "core/netwerk_groei.h"
#include "lib/mem.h"

/*
 * A step chart of the standen (one per month, oldest first, n >= 2): a line
 * per kind (ministeries, landelijke dienstverleners, gemeenten), told apart by
 * colour and dash pattern, with a legend, years on the x axis and counts on
 * the y axis. role="img" with a <title> and a <desc> that points to the table
 * on the page (the table is the text alternative). No style attributes or
 * scripts; every text is HTML-escaped. Allocated in a; NULL when n < 2.
 */
char *netwerk_svg_groei(struct arena *a, const struct netwerk_stand *standen, size_t n);

#endif
