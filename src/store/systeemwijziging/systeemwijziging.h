/* systeemwijziging.h - realised system changes in the database, with the leerpunten and casussen that led to them. */
#ifndef DOORBRAAK_STORE_SYSTEEMWIJZIGING_H
#define DOORBRAAK_STORE_SYSTEEMWIJZIGING_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "core/systeemwijziging.h"
#include "lib/mem.h"
#include "store/store.h"

/*
 * Saves a new system change (checked with systeemwijziging_validate) with
 * its organisation (found or created as store_organisatie_resolve does) and
 * its links. Every leerpunt id and referentie must exist (ERR_VALIDATION,
 * field "leerpunten[i]" / "casussen[i]"). With keep_id (import) s->id is
 * kept when free; on success s->id is set. Inside a transaction.
 */
enum err_code store_systeemwijziging_insert(struct store *st, struct arena *a, struct systeemwijziging *s,
    bool keep_id, int64_t auteur_gebruiker_id, time_t now, struct err *e);

/*
 * Changes system change id to s (checked with systeemwijziging_validate): its fields, its organisation (found or
 * created as on insert) and its links, replaced by those of s (each must exist: ERR_VALIDATION naming it).
 * ERR_NOT_FOUND when there is no such change. Inside a transaction; sets s->id.
 */
enum err_code store_systeemwijziging_update(struct store *st, struct arena *a, int64_t id, struct systeemwijziging *s,
    struct err *e);

/* One by id, with its links; ERR_NOT_FOUND when absent. */
enum err_code store_systeemwijziging_get(struct store *st, struct arena *a, int64_t id, struct systeemwijziging *out,
    struct err *e);

/*
 * Every system change (newest realisation first; unknown dates last), with
 * its links; with leerpunt_id != 0 only those linked to that leerpunt.
 */
enum err_code store_systeemwijziging_list(struct store *st, struct arena *a, int64_t leerpunt_id,
    struct systeemwijziging **out, size_t *n, struct err *e);

#endif
