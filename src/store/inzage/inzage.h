/* inzage.h - what a citizen's request for access needs beyond the casus itself: who accessed it, what the purge removed. */
#ifndef DOORBRAAK_STORE_INZAGE_H
#define DOORBRAAK_STORE_INZAGE_H

#include <stddef.h>

#include "core/err.h"
#include "lib/mem.h"
#include "store/store.h"

/* One audit row about the casus: what happened, when, by which role of which organisation (no person's name). */
struct inzage_toegang {
	const char *tijd, *actie, *uitkomst, *rol, *organisatie;   /* organisatie NULL for the command line, anonymous */
};

/* Every audit row naming the casus (object casus, its referentie), oldest first; strings in a. */
enum err_code store_inzage_toegang(struct store *st, struct arena *a, const char *referentie,
    struct inzage_toegang **out, size_t *n, struct err *e);

struct inzage_verwijdering {
	const char *tijd, *wat, *grond;
};

/* The deletion log's rows about the casus (after the retention purge), oldest first. */
enum err_code store_inzage_verwijderlog(struct store *st, struct arena *a, const char *referentie,
    struct inzage_verwijdering **out, size_t *n, struct err *e);

#endif
