/* buf.h - a growable byte buffer with a maximum size (cf. curl's dynbuf). */
#ifndef DOORBRAAK_BUF_H
#define DOORBRAAK_BUF_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

/*
 * The buffer owns its heap memory; buf_free() releases it. Appending past
 * `max` fails with -1 and sets `toobig`, leaving the content as it was.
 * The content is always NUL-terminated (b->len excludes the NUL).
 */
struct buf {
	char *data;
	size_t len, cap, max;
	bool toobig;
};

void buf_init(struct buf *b, size_t max);
void buf_free(struct buf *b);
void buf_reset(struct buf *b);
int buf_append(struct buf *b, const void *p, size_t n);   /* 0 or -1 */
int buf_puts(struct buf *b, const char *s);
int buf_putc(struct buf *b, char c);
int buf_printf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int buf_vprintf(struct buf *b, const char *fmt, va_list ap);
const char *buf_str(const struct buf *b);   /* "" when empty, never NULL */
char *buf_detach(struct buf *b, size_t *len);  /* caller owns the result (free()) */

#endif
