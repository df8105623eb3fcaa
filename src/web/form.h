/* form.h - decoding of application/x-www-form-urlencoded bodies. */
#ifndef DOORBRAAK_FORM_H
#define DOORBRAAK_FORM_H

#include <stddef.h>

#include "lib/mem.h"
#include "web/request.h"

/*
 * Decodes body into key/value pairs allocated in the arena. Returns 0, or
 * -1 when a percent escape is malformed or a key or value is not valid
 * UTF-8 (or contains NUL).
 */
int form_parse(struct arena *a, const char *body, size_t len, struct kv **out, size_t *n);
/* Percent-decodes s[0..n) ('+' becomes a space) into the arena; NULL when malformed. */
char *form_decode(struct arena *a, const char *s, size_t n, size_t *outlen);

#endif
