/* retentie.h - the purge: anonymising casussen past their retention date, deleting what expired, the deletion log. */
#ifndef DOORBRAAK_STORE_RETENTIE_H
#define DOORBRAAK_STORE_RETENTIE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "core/err.h"
#include "lib/mem.h"
#include "store/store.h"

struct retentie_opties {
	int vandaag;            /* today (Europe/Amsterdam) */
	time_t nu;
	int maanden;            /* DOORBRAAK_BEWAARTERMIJN: months a closed casus is kept whole */
	int session_idle, session_max, login_window;   /* seconds, as the server uses them */
	bool proef;             /* --dry-run: count and list, change nothing */
	const char *rol, *adres;   /* of the audit rows: "beheer-cli" / "cli", or "systeem" inside serve */
};

struct retentie_casus {
	const char *referentie;
	int afgerond_op, bewaren_tot;
};

/* What was (or, in a dry run, would be) removed. */
struct retentie_uitslag {
	struct retentie_casus *casussen;   /* anonymised, oldest closure first */
	size_t n;
	long concepten, sessies, inlogtellers, links, aanvragen;
};

/*
 * One run of the purge, in one write transaction: every closed casus whose
 * retention date (core/retentie.h) passed is anonymised in place, leaving the
 * fields retentie_gewist lists empty and keeping what the jaarrapportage
 * counts (the search index row is rebuilt without text by its triggers); with
 * one verwijderlog row and one audit row (casus.retentie) each. Drafts
 * untouched for 6 months are deleted, and so are expired sessions, throttle
 * counters past their window, used, replaced or expired one-time links and
 * requests for access older than a year, each kind with one verwijderlog row
 * giving the count. Then, outside the transaction, store_compact: the search
 * index merged and the WAL truncated, so no deleted text stays in the files.
 * The run itself writes an audit row (retentie.uitvoeren) also when nothing
 * was due. With o->proef nothing is changed or logged.
 */
enum err_code store_retentie(struct store *st, struct arena *a, const struct retentie_opties *o,
    struct retentie_uitslag *u, struct err *e);

#endif
