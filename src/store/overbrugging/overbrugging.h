/* overbrugging.h - overbruggingen in the database: the request with its regelingen and candidate payers, each step. */
#ifndef DOORBRAAK_STORE_OVERBRUGGING_H
#define DOORBRAAK_STORE_OVERBRUGGING_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "core/err.h"
#include "core/overbrugging.h"
#include "lib/mem.h"
#include "store/store.h"

/*
 * Changes run inside the caller's transaction. Organisations are core's
 * organisatie_ref (by id, or by name and type, created when unknown).
 */

/* A new overbrugging of casus o->casus_id as the core checked it (status aangevraagd). */
enum err_code store_overbrugging_insert(struct store *st, struct arena *a, const struct overbrugging *o,
    int64_t auteur_gebruiker_id, time_t now, int64_t *id, struct err *e);
/* One overbrugging of casus casus_id; ERR_NOT_FOUND when absent or of another casus. */
enum err_code store_overbrugging_get(struct store *st, struct arena *a, int64_t casus_id, int64_t id,
    struct overbrugging *out, struct err *e);
/* Every overbrugging of a casus, oldest first. */
enum err_code store_overbrugging_van_casus(struct store *st, struct arena *a, int64_t casus_id,
    struct overbrugging **out, size_t *n, struct err *e);
/*
 * Writes o (after a core step) when its stored status is still `van`
 * (ERR_CONFLICT otherwise); with aanvraag also its regelingen and candidates.
 */
enum err_code store_overbrugging_update(struct store *st, struct arena *a, const struct overbrugging *o,
    enum overbrugging_status van, bool aanvraag, time_t now, struct err *e);

/* An overbrugging in a list, with the referentie of its casus. */
struct overbrugging_item {
	const char *referentie;
	struct overbrugging o;         /* kandidaten not loaded */
};
/* The overbruggingen, newest first (at most 500); alleen_open: not yet decided (aangevraagd, voorgefinancierd). */
enum err_code store_overbrugging_lijst(struct store *st, struct arena *a, bool alleen_open,
    struct overbrugging_item **out, size_t *n, struct err *e);

/*
 * Every overbrugging of a casus that is no concept, for the jaarrapportage:
 * amounts, dates, status, the voorfinancier and the betaler (no free text,
 * no candidates). beperking as store_escalatie_rapport.
 */
enum err_code store_overbrugging_rapport(struct store *st, struct arena *a, int64_t beperking,
    struct overbrugging **out, size_t *n, struct err *e);

/* The overbruggingen of an imported casus in full (the interchange format), in the caller's transaction. */
enum err_code store_overbrugging_import(struct store *st, struct arena *a, int64_t casus_id, const struct overbrugging *v,
    size_t n, time_t now, struct err *e);

#endif
