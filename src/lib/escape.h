/* escape.h - output escaping for HTML, CSV, spreadsheet cells and log fields. */
#ifndef DOORBRAAK_ESCAPE_H
#define DOORBRAAK_ESCAPE_H

#include <stddef.h>

#include "buf.h"

/* Escapes & < > " ' for HTML text and attribute values. */
int escape_html(struct buf *b, const char *s, size_t n);
/* One CSV field: quoted when needed, "" doubled, formula starts neutralised. */
int escape_csv(struct buf *b, const char *s);
/* True when a spreadsheet would treat the cell as a formula (= + - @ tab CR). */
int escape_is_formula(const char *s);
/* A JSON string body without the quotes (for log lines). */
int escape_json(struct buf *b, const char *s);
/*
 * A log field with every control character visible: a C0 control or DEL
 * becomes \xHH and a backslash \\, so CR, LF and ESC cannot forge lines or
 * terminal sequences, and the stored text maps back to the original.
 */
int escape_controls(struct buf *b, const char *s);
/* True when s holds a byte escape_controls() would change. */
int escape_controls_needed(const char *s);
/* Percent-encoding for a URL query value. */
int escape_url(struct buf *b, const char *s);

#endif
