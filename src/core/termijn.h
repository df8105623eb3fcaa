/* termijn.h - deadlines: whether a date is due or overdue, how late in the units people use, which listed casus needs
   attention, and what happens next with a casus; no I/O, no clock (today is passed in), no sentences. */
#ifndef DOORBRAAK_TERMIJN_H
#define DOORBRAAK_TERMIJN_H

#include <stdbool.h>

#include "core/casus.h"   /* DATE_NONE, enum casus_status, enum urgentie */

/* How far ahead a due date counts as "binnenkort" on a start page: four weeks. */
#define TERMIJN_BINNENKORT_DAGEN 28

/* Where a due date stands on vandaag. */
enum termijn_staat {
	TERMIJN_GEEN,         /* no date (DATE_NONE) */
	TERMIJN_LATER,        /* more than binnenkort days ahead */
	TERMIJN_BINNENKORT,   /* 1 .. binnenkort days ahead */
	TERMIJN_VANDAAG,      /* due today */
	TERMIJN_TE_LAAT,      /* the date has passed */
};
enum termijn_staat termijn_staat(int datum, int vandaag, int binnenkort);

/* The days past a due date on vandaag: 0 when not (yet) late or without a date. */
int termijn_dagen_te_laat(int datum, int vandaag);

/*
 * The time from van to tot as people say it: under 14 days in days, under two
 * calendar months in whole weeks, under two years in whole calendar months
 * (31 January to 28 February is one month), else in whole years. Always
 * rounded down; a negative span (tot before van) is 0 days.
 */
enum termijn_eenheid { TERMIJN_DAGEN, TERMIJN_WEKEN, TERMIJN_MAANDEN, TERMIJN_JAREN };
struct termijn_duur {
	long aantal;
	enum termijn_eenheid eenheid;
};
struct termijn_duur termijn_duur(int van, int tot);

/* What a listed casus needs (the marker of a row; the first that applies). */
enum casus_aandacht {
	AANDACHT_GEEN,
	AANDACHT_URGENT_NIET_TOEGEWEZEN,   /* open, urgentie hoog or zeer hoog, no regievoerder */
	AANDACHT_FOLLOWUP_TE_LAAT,         /* afgerond, its follow-up question past its date and unanswered */
};
enum casus_aandacht casus_aandacht(enum casus_status status, enum urgentie urgentie, bool toegewezen,
    int followup_op, bool followup_beantwoord, int vandaag);

/* What happens next with a casus, as its indiener sees it. */
enum casus_volgende {
	VOLGENDE_INDIENEN,           /* a concept: the indiener finishes and submits it */
	VOLGENDE_REGIEVOERDER,       /* aangemeld, not assigned: waits for a regievoerder */
	VOLGENDE_OPPAKKEN,           /* aangemeld and assigned: the regievoerder takes it up */
	VOLGENDE_IN_BEHANDELING,     /* the regievoerder works on it */
	VOLGENDE_FOLLOWUP,           /* afgerond; the follow-up question comes on followup_op (today or later) */
	VOLGENDE_FOLLOWUP_OPEN,      /* afgerond; the follow-up question is due and not yet answered */
	VOLGENDE_KLAAR,              /* afgerond and nothing more to come */
};
enum casus_volgende casus_volgende(enum casus_status status, bool toegewezen, int followup_op,
    bool followup_beantwoord, int vandaag);

#endif
