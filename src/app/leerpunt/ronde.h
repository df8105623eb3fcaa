/* ronde.h - private to app/leerpunt/: the steps of a navraag round shared by its pages (ronde.c) and its API
   (ronde_api.c): recording an answer, what went well at a party, closing the round. */
#ifndef DOORBRAAK_LEERPUNT_RONDE_H
#define DOORBRAAK_LEERPUNT_RONDE_H

#include <stdint.h>

#include "core/err.h"
#include "store/navraag/navraag.h"
#include "web/request.h"

/* An answer as typed (form) or sent (API): codes and a date as text, NULL when absent. */
struct ronde_invoer {
	int64_t belegging_id;
	const char *status, *reden, *datum, *notitie, *bron;
};

/*
 * Each step checks its input (core: opvolging_validate, navraag_tekst_check),
 * changes the database in one transaction with its audit row, and commits.
 * ERR_OK: done. ERR_VALIDATION (e->field the input: status, reden, datum,
 * notitie, bron, watGingGoed), ERR_CONFLICT (the round is closed, the
 * question answered, the belegging forwarded) or ERR_NOT_FOUND (the round
 * does not exist or does not ask about it): nothing changed, an audit row
 * (mislukt or geweigerd) written, the caller replies with e. ERR_UNAVAILABLE
 * or ERR_INTERNAL: nothing changed; reply with e. None of them replies.
 */
/* The answer to the round's question about in->belegging_id: an entry in the belegging's history. */
enum err_code ronde_antwoord_opslaan(struct request *r, int64_t ronde_id, const struct ronde_invoer *in,
    struct err *e);
/* What went well and should stay at a party of the round (empty text: nothing recorded); datum NULL: today. */
enum err_code ronde_partij_opslaan(struct request *r, int64_t ronde_id, int64_t organisatie_id,
    const char *wat_ging_goed, const char *bron, const char *datum, struct err *e);
/* Closes the round today. */
enum err_code ronde_sluiten(struct request *r, int64_t ronde_id, struct err *e);

#endif
