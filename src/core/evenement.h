/* evenement.h - professionaliseren: network sessions, workshops, masterclasses and the Bestuurlijke Tafel, with
   invitations from the register, registrations and attendance, what was discussed, and the figures per year. */
#ifndef DOORBRAAK_EVENEMENT_H
#define DOORBRAAK_EVENEMENT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/codes.h"
#include "core/err.h"

#define EVENEMENT_MAX_THEMA      200
#define EVENEMENT_MAX_DOELGROEP  500
#define EVENEMENT_MAX_TEKST      4000    /* omschrijving */
#define EVENEMENT_MAX_LINKS      500     /* deelnemers, casussen or leerpunten named in one request */

/* The kinds of event PMM holds (issue 9, from the seeds). */
enum evenement_soort {
	EVSOORT_NETWERKBIJEENKOMST, EVSOORT_WORKSHOP, EVSOORT_MASTERCLASS, EVSOORT_BESTUURLIJKE_TAFEL, EVSOORT_OVERIG,
	EVSOORT__MAX
};
/* Where an invitation stands: invited, registered (aangemeld), or declined (afgemeld). */
enum deelname_status { DEELNAME_UITGENODIGD, DEELNAME_AANGEMELD, DEELNAME_AFGEMELD, DEELNAME__MAX };

extern const struct codelist codes_evenement_soort, codes_deelname_status;

/* An event as entered (strings borrowed or in the caller's arena). */
struct evenement {
	int64_t id;                  /* 0 when not stored */
	enum evenement_soort soort;
	int datum;                   /* day number (lib/date.h); DATE_NONE when not given */
	const char *thema;           /* required */
	const char *doelgroep;       /* the audience: "maatwerkprofessionals", "wethouders sociaal domein"; may be NULL */
	const char *locatie;         /* may be NULL */
	const char *omschrijving;    /* may be NULL; no BSN */
};

void evenement_init(struct evenement *ev);

/*
 * Checks an event: a known soort; a date (any, past or future: events are
 * planned ahead); a thema of 1..EVENEMENT_MAX_THEMA bytes; doelgroep, locatie
 * and omschrijving within their limits; no BSN in any text. ERR_VALIDATION
 * with e->field the API member ("thema") and a Dutch message.
 */
enum err_code evenement_validate(const struct evenement *ev, struct err *e);

/*
 * Whether attendance may be recorded for an invitation to an event on
 * `datum`: only on or after that day, and not for someone who declined
 * (afgemeld). ERR_CONFLICT with a Dutch message otherwise.
 */
enum err_code evenement_aanwezigheid_check(int datum, int vandaag, enum deelname_status status, bool aanwezig,
    struct err *e);

/* One invitation as the figures need it: its event and what happened. */
struct evenement_deelname {
	int64_t evenement_id;
	int64_t organisatie_id;      /* the organisation of the invited entry or profile (a part counts on its own) */
	enum deelname_status status;
	int aanwezig;                /* 1 attended, 0 did not, -1 not recorded */
};

/* The figures of professionaliseren in one year (events by their date). */
struct evenement_cijfers {
	int jaar;
	long evenementen;                  /* held or planned in the year */
	long per_soort[EVSOORT__MAX];
	long uitgenodigd;                  /* invitations to those events, whatever their status */
	long aangemeld;                    /* registered (aangemeld) */
	long deelnemers;                   /* attended */
	long organisaties_bereikt;         /* distinct organisations with at least one participant who attended */
	long casussen_besproken;           /* (event, casus) pairs: a casus discussed at two events counts twice */
	long leerpunten_besproken;
	long leerpunten_uit_evenement;     /* leerpunten that name one of these events as their source */
};

/* The events of the computation: id, soort, date, and what was discussed there. */
struct evenement_kern {
	int64_t id;
	enum evenement_soort soort;
	int datum;
	long casussen, leerpunten, bron_van;   /* counts of linked casussen, leerpunten, leerpunten it is the source of */
};

/*
 * Counts the figures of `jaar` from the events and invitations given (any
 * year; an invitation whose event is not among ev is ignored). Pure: no I/O.
 */
void evenement_cijfers_tel(struct evenement_cijfers *c, int jaar, const struct evenement_kern *ev, size_t nev,
    const struct evenement_deelname *d, size_t nd);

#endif
