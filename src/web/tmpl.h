/* tmpl.h - a small mustache-style template engine over jansson values; escapes by default. */
#ifndef DOORBRAAK_TMPL_H
#define DOORBRAAK_TMPL_H

#include <jansson.h>

#include "lib/buf.h"

/*
 * Renders the embedded file "templates/<name>.html" with ctx into out.
 *   {{a.b}}      value, HTML-escaped      {{{a}}}   raw (reviewed use only: the page body)
 *   {{#a}}..{{/a}}  loop over an array / render once when truthy
 *   {{^a}}..{{/a}}  render when missing, false, null, 0, "" or empty
 *   {{.}}        the current element      {{> name}}  include templates/name.html
 *   {{! text}}   a comment; the one that opens a template (its purpose line) takes its newline with it
 * Returns 0, or -1 when the template is missing or malformed (a bug; logged).
 */
int tmpl_render(struct buf *out, const char *name, json_t *ctx);
/* Same, for a template given as text (tests). */
int tmpl_render_text(struct buf *out, const char *text, size_t len, json_t *ctx);

#endif
