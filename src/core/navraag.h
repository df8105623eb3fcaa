/* navraag.h - the navraag in rounds (twice a year, on a peildatum): which beleggingen to ask about, of whom, and the checks. */
#ifndef DOORBRAAK_NAVRAAG_H
#define DOORBRAAK_NAVRAAG_H

#include <stdbool.h>

#include "core/codes.h"
#include "core/err.h"
#include "core/rol.h"

#define NAVRAAG_MAX_NAAM      200     /* bytes of a round's name ("Navraag voorjaar 2025") */
#define NAVRAAG_MAX_TEKST     20000   /* bytes of "what went well and should stay" */

/*
 * PMM asks twice a year what was done with the leerpunten: a round has a
 * peildatum, and lists each open belegging with whom to ask. The answer is a
 * new entry in the belegging's history (opvolging_validate, core/leerpunt.h)
 * with its source and date; per party the round also records what went well
 * and should stay. The history is what a peildatum reads (opvolging_op).
 */

/* A round as entered: naam 1..NAVRAAG_MAX_NAAM bytes on one line, a peildatum. */
struct navraagronde_invoer {
	const char *naam;
	int peildatum;            /* day number; DATE_NONE when not given */
};

/*
 * Checks a new round: a name (no BSN, no control characters), a peildatum
 * not before 2019-01-01 (PMM began in 2019) and at most 366 days after
 * vandaag. ERR_VALIDATION with field "naam" or "peildatum".
 */
enum err_code navraagronde_validate(const struct navraagronde_invoer *in, int vandaag, struct err *e);

/*
 * Whom a round asks about a belegging: PMM's own beleggingen the
 * regievoerder; a ministry (or a part of one typed overig, a directorate) its
 * ambassadeur, who represents it and everything under it; a gemeente the
 * indiener of the casus; every other party (a landelijke publieke
 * dienstverlener, a loket, a zorgaanbieder ...) its maatwerkprofessional.
 */
enum navraag_gevraagde navraag_gevraagde_voor(bool bij_pmm, enum organisatie_type type, bool onder_ministerie);

/* What a round needs to know of one belegging. */
struct navraag_kandidaat {
	bool niet_belegd;         /* addressed but deliberately not belegd: nothing to ask */
	int doorgezet_op;         /* the date it was forwarded (the last entry here); DATE_NONE when not */
	int status_op;            /* enum opvolging_status as it stood on the peildatum (opvolging_op); -1 none */
};

/*
 * True when the round with this peildatum asks about the belegging: it was
 * belegd on or before the peildatum (status_op >= 0), its status then was
 * not closed (opgevolgd, geen_opvolging), it was not deliberately left
 * unbelegd, and it had not been forwarded by then (then the party it was
 * forwarded to is asked). A status recorded after the peildatum does not
 * take a belegging out of the round.
 */
bool navraag_in_ronde(const struct navraag_kandidaat *k, int peildatum);

/* Checks "what went well and should stay" of a party: optional, at most NAVRAAG_MAX_TEKST bytes, no BSN. */
enum err_code navraag_tekst_check(const char *tekst, const char *field, struct err *e);

/* May create rounds, see them and record their answers: regievoerder and onderzoeker. */
bool perm_navraag(const struct actor *a);
/*
 * May see whom to ask by name and contact details: regievoerder. The
 * onderzoeker works on a pseudonymised view and sees the role and the
 * organisation ("ambassadeur van VWS"), not the person.
 */
bool perm_navraag_namen(const struct actor *a);

#endif
