/* leerpunt.h - the rules of systeemleren: follow-up status transitions, the next navraag, input checks, who may do what. */
#ifndef DOORBRAAK_LEERPUNT_H
#define DOORBRAAK_LEERPUNT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/codes.h"
#include "core/err.h"
#include "core/rol.h"

#define LEERPUNT_MAX_NOTITIE   20000   /* bytes of a follow-up note, a besluit, meeting notes */
#define LEERPUNT_MAX_BRON      200     /* bytes of the source of a status ("ambassadeursoverleg", "e-mail") */
#define LEERPUNT_MAX_THEMA     200     /* bytes of a thema */
#define LEERPUNT_NAVRAAG_MAANDEN 6     /* the next navraag comes this many months after belegd or the last update */

/*
 * How one status follows another in a belegging's history:
 *
 *   belegd -> in_verkenning -> in_uitvoering -> opgevolgd     (VOORUIT; steps may be skipped)
 *   any    -> geen_opvolging (with a reden) or onbekend        (AFSLUITEND)
 *   geen_opvolging / onbekend -> any                            (HEROPEND: new information came in)
 *   the same status again                                       (GELIJK: a new note, e.g. "loopt nog")
 *   back in the chain, e.g. in_uitvoering -> in_verkenning     (TERUG)
 *
 * Decision on going back: it is allowed, but only with a notitie that says
 * why (a traject stalled, or the previous entry was a mistake). The history
 * is append-only, so the earlier entry stays visible next to its correction.
 */
enum opvolging_overgang {
	OVERGANG_GELIJK,
	OVERGANG_VOORUIT,
	OVERGANG_AFSLUITEND,
	OVERGANG_HEROPEND,
	OVERGANG_TERUG,
};

/* The kind of step from `van` to `naar` (both valid enum values). */
enum opvolging_overgang opvolging_overgang(enum opvolging_status van, enum opvolging_status naar);

/* True for opgevolgd and geen_opvolging: no further navraag is planned. onbekend stays open. */
bool opvolging_is_afgesloten(enum opvolging_status s);

/*
 * The date of the next navraag after an entry with status s on `datum`
 * (a day number): LEERPUNT_NAVRAAG_MAANDEN months later, clamped to the end
 * of the month; DATE_NONE (core/casus.h) when s is afgesloten.
 */
int opvolging_volgende_navraag(enum opvolging_status s, int datum);

/* A new entry in a belegging's history, as the user entered it. */
struct opvolging_invoer {
	int status;                /* enum opvolging_status, -1 when not chosen */
	int reden;                 /* enum geen_opvolging_reden, -1 when none */
	int datum;                 /* day number; DATE_NONE when not given */
	const char *notitie;       /* may be NULL */
	const char *bron;          /* may be NULL */
};

/* The belegging as it stands, for the checks below. */
struct opvolging_stand {
	int status;                /* current enum opvolging_status, -1 when there is no history yet */
	int datum;                 /* date of the current status, DATE_NONE when none */
	bool doorgezet;            /* forwarded to another party: closed here */
};

/*
 * Checks a new history entry against the rules: a status is chosen; a reden
 * is given exactly when the status is geen_opvolging; notitie at most
 * LEERPUNT_MAX_NOTITIE and bron at most LEERPUNT_MAX_BRON bytes; a datum is
 * given, not after vandaag and not before the current status's date; the
 * belegging is not doorgezet (ERR_CONFLICT); going back in the chain has a
 * notitie. UTF-8 validity is the boundary's job. Returns ERR_OK or
 * ERR_VALIDATION / ERR_CONFLICT with e->field naming the form field
 * ("status", "reden", "datum", "notitie", "bron") and a Dutch message.
 */
enum err_code opvolging_validate(const struct opvolging_invoer *in, const struct opvolging_stand *stand,
    int vandaag, struct err *e);

/*
 * Checks and trims a thema (a free tag connecting leerpunten across
 * casussen): leading and trailing white space is dropped (*start and *len
 * describe what remains of t); then 1..LEERPUNT_MAX_THEMA bytes without
 * control characters. ERR_VALIDATION with field "thema" otherwise.
 */
enum err_code leerpunt_thema_check(const char *t, const char **start, size_t *len, struct err *e);

/* Checks an optional free text of at most max bytes; ERR_VALIDATION naming field. */
enum err_code leerpunt_tekst_check(const char *t, size_t max, const char *field, struct err *e);
/* True when s is NULL or only white space (space, tab, CR, LF). */
bool leerpunt_tekst_leeg(const char *s);

/*
 * The status as it stood on a date (a peildatum): the entry in force on
 * peildatum is the last of the history h (oldest first: by datum, then in
 * order of recording) with datum <= peildatum. Returns its index, -1 when
 * the history starts after peildatum (the belegging did not exist yet).
 * An entry recorded later but dated on or before peildatum counts: the
 * history says what was known to hold then.
 */
struct opvolging;   /* core/casus.h */
int opvolging_op(const struct opvolging *h, size_t n, int peildatum);

/* The monthly meetings: the signalenoverleg (regievoerders and researchers) and the ambassadeursoverleg. */
enum bijeenkomst_soort { BIJEENKOMST_SIGNALENOVERLEG, BIJEENKOMST_AMBASSADEURSOVERLEG, BIJEENKOMST__MAX };
extern const struct codelist codes_bijeenkomst_soort;

/*
 * Object-level permissions of systeemleren (route-level: PERM_LEERPUNTEN,
 * PERM_CASUS_REGIE in core/perm.h). organisatie_id is the organisation a
 * belegging is belegd bij. An ambassadeur represents a ministry (or another
 * organisation) and everything under it: the ambassadeur of JenV acts for
 * beleggingen bij JenV, A&M, the IND and the CJIB alike
 * (actor.vertegenwoordigt); beleggingen elsewhere are invisible to them.
 */
/* May see this belegging and its history: regievoerder, onderzoeker; an ambassadeur representing that organisation. */
bool perm_belegging_zien(const struct actor *a, int64_t organisatie_id);
/* May add a status entry or forward it: regievoerder; an ambassadeur representing that organisation. */
bool perm_belegging_bijwerken(const struct actor *a, int64_t organisatie_id);
/*
 * May see a leerpunt whose beleggingen are bij these organisations:
 * regievoerder and onderzoeker all; ambassadeur when one of them is their own.
 */
bool perm_leerpunt_zien(const struct actor *a, const int64_t *organisatie_ids, size_t n);
/* May assign a leerpunt to a party and change its themas (what the ambassadeursoverleg decides): regievoerder. */
bool perm_leerpunt_beleggen(const struct actor *a);
/*
 * May read the free text of a casus behind a leerpunt (hulpvraag): regievoerder;
 * an ambassadeur only when invited to that casus; never the onderzoeker (the
 * summary - referentie, status, leefgebieden - is all they get).
 */
bool perm_leerpunt_casustekst(const struct actor *a, bool uitgenodigd);
/*
 * May classify a leerpunt (categorie and orde) and the kinds of its
 * knelpunten: regievoerder and onderzoeker (the researchers classify, the
 * signalenoverleg sharpens).
 */
bool perm_leerpunt_classificeren(const struct actor *a);
/*
 * May change everything of a leerpunt (omschrijving, vraag, alBekend,
 * terugkerend, bron, wetten, koppelingen), and record a signal without a
 * casus: regievoerder.
 */
bool perm_leerpunt_wijzigen(const struct actor *a);
/* The fields an actor may change of a leerpunt: all (regievoerder), the classification (onderzoeker), none. */
enum leerpunt_wijzigrecht { LPRECHT_GEEN, LPRECHT_CLASSIFICATIE, LPRECHT_ALLES };
enum leerpunt_wijzigrecht leerpunt_wijzigrecht(const struct actor *a);
/* May record a realised system change (a result of systeemleren) and link it: regievoerder and onderzoeker. */
bool perm_systeemwijziging_vastleggen(const struct actor *a);

/*
 * Only leerpunten with a belegging bij this organisation or one under it are
 * listed for this actor (the store walks down from it with the same SQL that
 * fills actor.vertegenwoordigt, store/util.h STORE_SQL_ONDER); 0 = no restriction.
 * -1 when the actor sees no leerpunten at all (an ambassadeur without organisation).
 */
int64_t leerpunt_beperking(const struct actor *a);

#endif
