/* casus_private.h - what core/casus*.c share among themselves: field paths and the organisation check; not for others. */
#ifndef DOORBRAAK_CASUS_PRIVATE_H
#define DOORBRAAK_CASUS_PRIVATE_H

#include <stdbool.h>

#include "core/casus.h"

/* A field path such as "leerpunten[2].beleggingen[0].status" fits in err.field. */
#define PATH_MAX_LEN sizeof(((struct err *)0)->field)

/* A path into f; vsnprintf truncates quietly (paths are at most a few indices deep). */
void casus_pad(char f[PATH_MAX_LEN], const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* 0 <= v < max. */
bool casus_in_range(int v, int max);
/* An organisation named at field: its naam (required, no BSN), type and connection dates. */
enum err_code casus_org_check(const struct organisatie_ref *o, const char *field, struct err *e);

#endif
