/* mem.h - allocation wrappers that abort on out-of-memory, and the per-request arena. */
#ifndef DOORBRAAK_MEM_H
#define DOORBRAAK_MEM_H

#include <stdarg.h>
#include <stddef.h>

/* Out of memory is not recoverable here: these log one line and abort(). */
void *xmalloc(size_t n);
void *xcalloc(size_t nmemb, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

/*
 * An arena owns every allocation made from it; arena_free() releases them all
 * at once. One arena per request (web), per command (cli) or per test.
 * Not thread-safe: an arena belongs to one thread at a time.
 */
struct arena;

struct arena *arena_new(void);             /* never NULL */
void arena_free(struct arena *a);          /* NULL is allowed */
void *arena_alloc(struct arena *a, size_t n);   /* zeroed, aligned for any type */
char *arena_strdup(struct arena *a, const char *s);        /* NULL -> NULL */
char *arena_strndup(struct arena *a, const char *s, size_t n);
char *arena_printf(struct arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
char *arena_vprintf(struct arena *a, const char *fmt, va_list ap);
size_t arena_used(const struct arena *a);  /* bytes handed out, for tests */

#endif
