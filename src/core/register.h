/* register.h - the Maatwerkregister: entries of organisations and profiles of professionals, their rules. */
#ifndef DOORBRAAK_REGISTER_H
#define DOORBRAAK_REGISTER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/codes.h"
#include "core/err.h"
#include "core/rol.h"

/*
 * An organisation is in the register once it appoints a maatwerkfunctionaris
 * with mandate from its administrators and publishes a central e-mail address
 * and phone number: that is its entry (soort organisatie, one per
 * organisation). Individual maatwerkprofessionals have a profile (soort
 * professional) under the entry of their organisation. Both say what they can
 * help with (leefgebieden, wetten en regelingen from the allow-list of
 * codes.h, and a free text), their region and how to reach them, and when
 * they were last confirmed by their owner.
 */
enum register_soort { REGSOORT_ORGANISATIE, REGSOORT_PROFESSIONAL, REGSOORT__MAX };
extern const struct codelist codes_register_soort;

/* Where an entry or professional works: the twelve provinces, Caribisch Nederland, or the whole country. */
enum regio {
	REGIO_LANDELIJK, REGIO_GRONINGEN, REGIO_FRYSLAN, REGIO_DRENTHE, REGIO_OVERIJSSEL, REGIO_FLEVOLAND,
	REGIO_GELDERLAND, REGIO_UTRECHT, REGIO_NOORD_HOLLAND, REGIO_ZUID_HOLLAND, REGIO_ZEELAND,
	REGIO_NOORD_BRABANT, REGIO_LIMBURG, REGIO_CARIBISCH_NEDERLAND, REGIO__MAX
};
extern const struct codelist codes_regio;

#define REGISTER_MAX_NAAM      200    /* bytes */
#define REGISTER_MAX_FUNCTIE   200
#define REGISTER_MAX_MANDAAT   500
#define REGISTER_MAX_EXPERTISE 4000
/* After this many months without confirmation an entry is possibly outdated. */
#define REGISTER_GELDIG_MAANDEN 12

/* What an owner types for an entry or a profile (strings borrowed). */
struct register_invoer {
	enum register_soort soort;
	const char *naam;          /* organisatie: the maatwerkfunctionaris; professional: the professional */
	const char *functie;       /* optional */
	const char *mandaat;       /* organisatie: who gave the mandate (required); professional: ignored */
	const char *email;         /* organisatie: the central address (required); professional: required */
	const char *telefoon;      /* organisatie: the central number (required); professional: optional */
	const char *expertise;     /* what they can help with, free text; optional */
	unsigned leefgebieden;     /* bit per enum leefgebied */
	uint64_t wetten;           /* bit per enum wet_regeling */
	int regio;                 /* enum regio; -1 when not chosen */
};

/*
 * Checks the fields: naam 1..REGISTER_MAX_NAAM bytes on one line; functie
 * and mandaat one line of at most their maximum; mandaat required for an
 * organisation entry; e-mail (core/contact.h) required; a phone number
 * required for an organisation entry, checked when given (no letters);
 * expertise at most REGISTER_MAX_EXPERTISE bytes; leefgebieden and wetten
 * only known bits; a region chosen. ERR_VALIDATION with e->field "naam",
 * "functie", "mandaat", "email", "telefoon", "expertise", "leefgebieden",
 * "wetten" or "regio" and a Dutch message. Texts must be valid UTF-8 (the
 * web and API layers check that before).
 */
enum err_code register_validate(const struct register_invoer *in, struct err *e);

/*
 * Tags as typed (codes, in a form, a CSV cell or the API) as bits of list l:
 * each code must be in l; an empty or NULL code is skipped. An unknown one is
 * ERR_VALIDATION naming field: "Onbekende wet of regeling: 'x'." (wat is the
 * noun used in the message, such as "wet of regeling" or "leefgebied").
 */
enum err_code register_tags(const char *const *codes, size_t n, const struct codelist *l, const char *field,
    const char *wat, uint64_t *out, struct err *e);

/*
 * Possibly outdated: not confirmed in the last REGISTER_GELDIG_MAANDEN
 * months before vandaag (bevestigd_op + 12 months < vandaag), or never
 * confirmed (DATE_NONE). Day numbers of lib/date.h; the clock is the
 * caller's.
 */
bool register_verouderd(int bevestigd_op, int vandaag);
/* The last confirmation day that is outdated on vandaag: register_verouderd(d, vandaag) exactly when d is DATE_NONE
   or d <= this day (so that a query can test it on a column). */
int register_verouderd_tot(int vandaag);

/* How the acting user stands to one entry or profile: answered by the store, judged here. */
struct register_eigendom {
	enum register_soort soort;
	int64_t persoon_id;        /* the professional of a profile, the functionaris of an entry; 0 when none */
	bool actor_is_contact;     /* the actor's persoon is a contactpersoon of the entry's organisation */
};

/*
 * May the actor change or confirm it? An entry is kept by its owner: a
 * profile by the professional it describes, an organisation entry by its
 * maatwerkfunctionaris; the contact persons of the organisation keep its
 * entry and the profiles under it; a beheerder may change any. Nobody else,
 * not even a regievoerder.
 */
bool register_mag_bewerken(const struct actor *a, const struct register_eigendom *r);

/*
 * May the actor add an entry or profile? A beheerder always. An organisation
 * entry: a contact person of that organisation (actor_is_contact). A
 * profile: a contact person of the entry's organisation, or a professional
 * for themselves when eigen_organisatie (the actor's own organisation is the
 * entry's or a part of it); such a profile is theirs (persoon_id = theirs).
 */
bool register_mag_toevoegen(const struct actor *a, enum register_soort soort, bool actor_is_contact,
    bool eigen_organisatie);

#endif
