/* retentie.h - the retention rule: when a closed casus's data must go, which parts go and which stay for the statistics. */
#ifndef DOORBRAAK_RETENTIE_H
#define DOORBRAAK_RETENTIE_H

#include <stdbool.h>
#include <stdint.h>

#include "core/codes.h"

#define RETENTIE_MAANDEN_STANDAARD 24    /* a closed casus is kept whole for 2 years after afgerondOp */
#define RETENTIE_CONCEPT_MAANDEN 6       /* a draft nobody touched for 6 months is deleted */
#define RETENTIE_AANVRAAG_MAANDEN 12     /* a request for access, a year after it came in */
#define RETENTIE_LINK_SECONDEN (72 * 3600)   /* a one-time link: used, replaced, or older than 72 hours */

/*
 * A casus closed on afgerond_op is kept whole up to and including
 * retentie_bewaren_tot(afgerond_op, maanden): the same day `maanden` months
 * later (the last day of a shorter month). The day after, it is anonymised:
 * what identifies the household or the professionals goes (the free text of
 * the casus, its timeline, knelpunten, meetings, escalaties, overbruggingen
 * and maatwerk; the roles of the organisations; the indiener, regievoerder,
 * authors and deelnemers; the summary granted to researchers), and what the
 * jaarrapportage counts stays (dates, status, codes, the organisations and
 * their types, the kinds of interventie, the leerpunten). A reopened casus
 * is not afgerond and so not due. DATE_NONE when afgerond_op is DATE_NONE.
 */
int retentie_bewaren_tot(int afgerond_op, int maanden);

/* Whether a casus must be anonymised on day vandaag. */
bool retentie_verlopen(enum casus_status status, int afgerond_op, bool geanonimiseerd, int vandaag, int maanden);

/*
 * The first afgerond_op that is not due on vandaag: a casus closed before it
 * is (the store selects with `afgerond_op < grens`, then each row is checked
 * with retentie_verlopen).
 */
int retentie_grens(int vandaag, int maanden);

/* Drafts (concept) last changed before this day are deleted. */
int retentie_concept_grens(int vandaag);
/* Requests for access that came in before this day are deleted. */
int retentie_aanvraag_grens(int vandaag);

/*
 * The parts of a casus the purge empties, as "table.column" (a row table
 * without a column: its rows are deleted). The store's statements clear
 * exactly these; the tests check each one on an anonymised casus.
 */
extern const char *const retentie_gewist[];
extern const int retentie_gewist_n;

#endif
