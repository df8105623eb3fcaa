/* onderzoek.h - what the researchers' view reads: closed casussen without names or free text, and granted summaries. */
#ifndef DOORBRAAK_STORE_ONDERZOEK_H
#define DOORBRAAK_STORE_ONDERZOEK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "core/codes.h"
#include "lib/mem.h"
#include "store/store.h"

/* One closed casus as the list of the research view shows it: codes, dates and counts only (no query reads more). */
struct onderzoek_rij {
	int64_t id;
	const char *referentie;
	int ontvangen_op, afgerond_op;
	int indiener_type;            /* -1 unknown */
	unsigned leefgebieden, beleidsterreinen;
	long leerpunten;
	bool samenvatting;            /* a regievoerder granted a summary */
};

/* The closed casussen, afgerondOp in jaar (0: every year), newest closure first, at most 1000. */
enum err_code store_onderzoek_casussen(struct store *st, struct arena *a, int jaar, struct onderzoek_rij **out,
    size_t *n, struct err *e);

/* The granted summary of a casus (in a), with when it was granted; ERR_NOT_FOUND when there is none. */
enum err_code store_samenvatting_get(struct store *st, struct arena *a, int64_t casus_id, const char **tekst,
    const char **vrijgegeven_at, struct err *e);
/* Grants (or replaces) the summary of a casus, checked with onderzoek_samenvatting_check. */
enum err_code store_samenvatting_zet(struct store *st, int64_t casus_id, const char *tekst, int64_t door_gebruiker_id,
    time_t now, struct err *e);
/* Withdraws it; ERR_NOT_FOUND when there was none. */
enum err_code store_samenvatting_intrekken(struct store *st, int64_t casus_id, struct err *e);

#endif
