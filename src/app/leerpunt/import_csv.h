/* import_csv.h - PMM's existing leerpuntenbestand and monitor (Excel saved as CSV) into doorbraak, with a report per
   row; the columns are in docs/leerpuntenbestand.md. */
#ifndef DOORBRAAK_LEERPUNT_IMPORT_CSV_H
#define DOORBRAAK_LEERPUNT_IMPORT_CSV_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "core/err.h"
#include "lib/mem.h"
#include "store/store.h"

/* One line of the report: the row of the file (1 = the header), the column (NULL: the whole row) and why. */
struct lpimport_melding {
	size_t regel;
	const char *kolom;
	const char *waarom;
	bool overgeslagen;            /* not an error: the row was there already and is left alone */
};

struct lpimport_uitslag {
	size_t rijen;                 /* data rows read */
	size_t fout;                  /* rows with at least one error */
	size_t overgeslagen;          /* rows already in doorbraak (same casus, same leerpunt text) */
	size_t leerpunten;            /* leerpunten added to a casus */
	size_t signalen;              /* leerpunten without a casus */
	size_t beleggingen;
	struct lpimport_melding *meldingen;
	size_t nmeldingen;
};

/*
 * Reads the file data[0..len) and imports every good row inside the
 * caller's transaction: a row with a casus (referentie) adds the leerpunt to
 * that casus, one without (bron, gesignaleerd op) records a signal. Every
 * row is checked as the pages check one (core: leerpunt_check,
 * casus_validate), organisations must be known (by name or code). ERR_OK
 * when every row was good, or goede_rijen and at least the good ones were
 * written; ERR_VALIDATION when a row was wrong and not goede_rijen (the
 * caller rolls back: nothing is imported), or the file itself is unreadable
 * (e says why). The report is in u either way; strings in a.
 */
enum err_code lpimport_lees(struct store *st, struct arena *a, const char *data, size_t len, bool goede_rijen,
    int today, time_t now, struct lpimport_uitslag *u, struct err *e);

#endif
