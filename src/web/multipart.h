/* multipart.h - decoding of multipart/form-data bodies: form fields and uploaded files. */
#ifndef DOORBRAAK_MULTIPART_H
#define DOORBRAAK_MULTIPART_H

#include <stddef.h>

#include "lib/mem.h"
#include "web/request.h"

/*
 * Decodes body (Content-Type content_type, which carries the boundary) into
 * form fields and files, all allocated in the arena. A part with a filename
 * is a file: its bytes are kept as sent (the handler checks them); every
 * other part is a field and must be valid UTF-8 without NUL. Returns 0, or
 * -1 when the body is not well-formed multipart, a field is not valid UTF-8,
 * or there are more than 64 parts.
 */
int multipart_parse(struct arena *a, const char *content_type, const char *body, size_t len, struct kv **form,
    size_t *nform, struct upload **files, size_t *nfiles);

#endif
