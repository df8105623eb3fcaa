/* html.h - the jaarrapportage as HTML: chapters with findings in words, SVG charts and accessible tables. */
#ifndef DOORBRAAK_RAPPORT_HTML_H
#define DOORBRAAK_RAPPORT_HTML_H

#include <stdbool.h>

#include <jansson.h>

#include "core/rapport.h"
#include "lib/buf.h"

/*
 * The report as HTML into out. standalone: a complete document (lang="nl",
 * its own <style> for screen and print) for the CLI and for saving to disk;
 * otherwise the fragment that templates/rapport/rapportage.html shows inside
 * the layout (no style attributes, no scripts, no <style>: CSP-safe, styled by
 * static/doorbraak.css). Chapters follow the real jaarrapportage: instroom en
 * afronding, looptijd, indieners, leefgebieden, beleidsterreinen, betrokken
 * organisaties, interventies en escalaties, leerpunten (status per ministerie
 * and per party), complexiteit, datakwaliteit, verantwoording. A part of r
 * that is NULL is left out (no comparison, no data-quality chapter, ...); a
 * `vorig` with nothing ingediend or afgerond counts as no comparison. All text
 * from data is HTML-escaped. Returns 0, or -1 when r is NULL, the template
 * failed (a bug, logged) or out is full; out may then hold part of the report.
 */
int rapport_html(struct buf *out, const struct rapport *r, bool standalone);

/*
 * The context the report templates render (templates/rapport/rapport.html):
 * the web page puts it under "rapport" in its own context. links: referenties
 * in the data-quality chapter link to their casus (for regievoerders).
 * Caller owns it.
 */
json_t *rapport_context(const struct rapport *r, bool links);

#endif
