/* bedrag.h - amounts of money as people read them: "€ 1.234,56" (reading what they type is core/bedrag.h). */
#ifndef DOORBRAAK_APP_BEDRAG_H
#define DOORBRAAK_APP_BEDRAG_H

#include <stdint.h>

#include "lib/mem.h"

/* "€ 1.234,56" in a; NULL for BEDRAG_GEEN (or any negative amount). */
const char *app_bedrag_tekst(struct arena *a, int64_t cent);
/* "1.234,56" (without the euro sign: the value of a form field) in a; NULL for BEDRAG_GEEN. */
const char *app_bedrag_invoer(struct arena *a, int64_t cent);

#endif
