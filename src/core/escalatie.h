/* escalatie.h - the rules of an escalatie to the Landelijk Escalatie Team: states, steps, meetings, afspraken, who may. */
#ifndef DOORBRAAK_ESCALATIE_H
#define DOORBRAAK_ESCALATIE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/casus.h"
#include "core/codes.h"
#include "core/err.h"
#include "core/rol.h"

#define ESCALATIE_MAX_TEKST        20000   /* bytes of reden, geprobeerd, gevraagd besluit, resultaat, notes */
#define ESCALATIE_MAX_KORT         200     /* bytes of a name, a function */
#define ESCALATIE_MAX_ORGANISATIES 30      /* organisations whose administrators are asked to the table */
#define ESCALATIE_MAX_DEELNEMERS   60      /* participants of one meeting */

/*
 * The life of an escalatie:
 *
 *   aangevraagd -> voorzitter_ingeschakeld -> bijeenkomst_gepland -> afspraken_gemaakt -> afgerond
 *                          |                          |
 *                          +-> alleen_voorzitter <----+   (the chair alone was enough; the LET did not meet)
 *   aangevraagd, voorzitter_ingeschakeld, bijeenkomst_gepland -> ingetrokken
 *
 * afgerond, alleen_voorzitter and ingetrokken are final: nothing changes after.
 * A status is never set directly; it follows from a step (below).
 */
enum escalatie_status {
	ESCALATIE_AANGEVRAAGD, ESCALATIE_VOORZITTER_INGESCHAKELD, ESCALATIE_BIJEENKOMST_GEPLAND,
	ESCALATIE_AFSPRAKEN_GEMAAKT, ESCALATIE_AFGEROND, ESCALATIE_ALLEEN_VOORZITTER, ESCALATIE_INGETROKKEN,
	ESCALATIE__MAX
};
/* What came of it, recorded when it ends (afgerond or alleen_voorzitter). */
enum escalatie_uitkomst { UITKOMST_DOORBRAAK, UITKOMST_GEDEELTELIJK, UITKOMST_GEEN_DOORBRAAK, UITKOMST__MAX };
/*
 * An afspraak made at the table: open until it is kept (nagekomen), found not
 * kept (niet_nagekomen) or dropped (vervallen). open may go to any of the
 * three; niet_nagekomen may still become nagekomen (kept late); nagekomen and
 * vervallen are final. The same status again is a follow-up note.
 */
enum afspraak_status { AFSPRAAK_OPEN, AFSPRAAK_NAGEKOMEN, AFSPRAAK_NIET_NAGEKOMEN, AFSPRAAK_VERVALLEN, AFSPRAAK__MAX };

extern const struct codelist codes_escalatie_status, codes_escalatie_uitkomst, codes_afspraak_status;

/* The steps that move an escalatie; each is one action of a user. */
enum escalatie_stap {
	ESCALATIE_STAP_VOORZITTER,        /* engage (or replace) the independent chair */
	ESCALATIE_STAP_BIJEENKOMST,       /* plan a meeting of the LET (or add a participant to one) */
	ESCALATIE_STAP_AFSPRAAK,          /* record an afspraak made at a meeting held */
	ESCALATIE_STAP_OPVOLGING,         /* record follow-up of an afspraak */
	ESCALATIE_STAP_BEWERKEN,          /* change the request (reden, organisations, ...) */
	ESCALATIE_STAP_AFRONDEN,          /* end it after the afspraken, with the outcome */
	ESCALATIE_STAP_ALLEEN_VOORZITTER, /* end it because the chair alone was enough, with the outcome */
	ESCALATIE_STAP_INTREKKEN,         /* withdraw it */
	ESCALATIE_STAP__MAX
};

/*
 * The status after step in status van, or -1 when the step is refused there:
 *
 *                          VOORZ BIJEEN AFSPR OPVOLG BEWERK AFROND ALLEEN INTREK
 *   aangevraagd            vi    -      -     -      =      -      -      it
 *   voorzitter_ingeschakeld =    bg     -     -      =      -      av     it
 *   bijeenkomst_gepland    =     =      am    -      =      -      av     it
 *   afspraken_gemaakt      =     =      =     =      =      af     -      -
 *   afgerond, alleen_voorzitter, ingetrokken: every step refused
 *
 * (= stays in the same status; OPVOLGING needs an afspraak, so it is only
 * possible once afspraken were made.)
 */
int escalatie_na_stap(enum escalatie_status van, enum escalatie_stap stap);
/* True when some step leads from van to a different status naar. */
bool escalatie_overgang_toegestaan(enum escalatie_status van, enum escalatie_status naar);
/* afgerond, alleen_voorzitter, ingetrokken. */
bool escalatie_is_afgesloten(enum escalatie_status s);
/* The LET met (afspraken_gemaakt, afgerond), as opposed to the chair alone (alleen_voorzitter). */
bool escalatie_let_bijeengekomen(enum escalatie_status s);

/* A participant of a meeting: an administrator (bestuurder) or their stand-in. */
struct escalatie_deelnemer {
	int64_t id;
	const char *naam;
	struct organisatie_ref organisatie;
	const char *functie;           /* may be NULL */
	bool mandaat;                  /* may decide for their organisation at the table */
};

/* One entry in the follow-up of an afspraak. */
struct afspraak_opvolging {
	int datum;
	enum afspraak_status status;
	const char *notitie;           /* may be NULL */
};

struct escalatie_afspraak {
	int64_t id;
	const char *wat;
	struct organisatie_ref organisatie;   /* who will do it: an organisation at the table */
	const char *wie;               /* the person, may be NULL */
	int uiterlijk;                 /* by when (a day number) */
	enum afspraak_status status;   /* the current status: the last entry of the follow-up, open when none */
	struct afspraak_opvolging *opvolging;
	size_t nopvolging;
};

struct escalatie_bijeenkomst {
	int64_t id;
	int datum;
	const char *notities;          /* may be NULL */
	struct escalatie_deelnemer *deelnemers;
	size_t ndeelnemers;
	struct escalatie_afspraak *afspraken;
	size_t nafspraken;
};

struct escalatie {
	int64_t id;
	int64_t casus_id;
	enum escalatie_status status;
	int aangevraagd_op;
	const char *reden;             /* why the Loket cannot break the deadlock itself */
	const char *geprobeerd;        /* what was tried; may be NULL */
	const char *gevraagd_besluit;  /* the decision needed from the table */
	enum urgentie urgentie;
	struct organisatie_ref *organisaties;  /* whose administrators must come */
	size_t norganisaties;
	struct persoon_ref voorzitter;         /* id 0 until a chair is engaged */
	int uitkomst;                  /* enum escalatie_uitkomst, -1 while not ended */
	const char *resultaat;         /* what came of it; may be NULL while not ended */
	int afgesloten_op;             /* the date it ended (afgerond, alleen_voorzitter, ingetrokken), DATE_NONE */
	struct escalatie_bijeenkomst *bijeenkomsten;
	size_t nbijeenkomsten;
};

/* Sets every field to its absent value (DATE_NONE, -1, NULL), status aangevraagd, urgentie normaal. */
void escalatie_init(struct escalatie *e);

/*
 * Step check: ERR_OK when step may be taken in e's status, else ERR_CONFLICT
 * with a Dutch message that says why (ended, or not yet possible) and field "status".
 */
enum err_code escalatie_stap_check(const struct escalatie *e, enum escalatie_stap stap, struct err *err);

/*
 * The request as entered: reden and gevraagd besluit required, geprobeerd
 * optional, lengths, no BSN; a valid urgentie; 1..ESCALATIE_MAX_ORGANISATIES
 * organisations, each named, none twice; aangevraagd_op given, not after
 * vandaag, not before the casus was received (ontvangen_op; DATE_NONE skips).
 * Fields: reden, geprobeerd, gevraagdBesluit, urgentie, organisaties, aangevraagdOp.
 */
enum err_code escalatie_aanvraag_check(const struct escalatie *e, int ontvangen_op, int vandaag, struct err *err);

/* A participant: naam and organisation named, functie optional; lengths; no BSN. Fields: naam, organisatie, functie. */
enum err_code escalatie_deelnemer_check(const struct escalatie_deelnemer *d, struct err *err);

/*
 * A meeting to plan: a datum not before the request; notes at most
 * ESCALATIE_MAX_TEKST; at most ESCALATIE_MAX_DEELNEMERS valid participants.
 * Fields: datum, notities, deelnemers.
 */
enum err_code escalatie_bijeenkomst_check(const struct escalatie *e, const struct escalatie_bijeenkomst *b,
    struct err *err);

/* True when a and b are the same organisation: the same id when both are stored, else the same name and type. */
bool organisatie_zelfde(const struct organisatie_ref *a, const struct organisatie_ref *b);
/* True when one of the participants of b represents organisation o. */
bool escalatie_aan_tafel(const struct escalatie_bijeenkomst *b, const struct organisatie_ref *o);

/*
 * An afspraak made at meeting b: the meeting has taken place (its date not
 * after vandaag; ERR_CONFLICT otherwise); wat required; the organisation is
 * at the table (a participant represents it; ERR_VALIDATION, field
 * organisatie, otherwise); wie optional; uiterlijk given and not before the
 * meeting. Fields: wat, organisatie, wie, uiterlijk.
 */
enum err_code escalatie_afspraak_check(const struct escalatie_bijeenkomst *b, const struct escalatie_afspraak *a,
    int vandaag, struct err *err);

/* True when the follow-up of an afspraak may go from van to naar (see enum afspraak_status). */
bool afspraak_overgang_toegestaan(enum afspraak_status van, enum afspraak_status naar);
/*
 * A follow-up entry for afspraak a: a valid status the current one may go to
 * (ERR_CONFLICT otherwise); a datum not after vandaag, not before the meeting
 * (bijeenkomst_datum) or the last entry; a notitie when the status becomes
 * niet_nagekomen or vervallen. Fields: status, datum, notitie.
 */
enum err_code afspraak_opvolging_check(const struct escalatie_afspraak *a, int bijeenkomst_datum,
    const struct afspraak_opvolging *o, int vandaag, struct err *err);
/* Open and its uiterlijk before vandaag. */
bool afspraak_te_laat(const struct escalatie_afspraak *a, int vandaag);
/* Days after uiterlijk when te laat, else 0. */
int afspraak_dagen_te_laat(const struct escalatie_afspraak *a, int vandaag);

/*
 * The steps that change the escalatie record itself check that the step is
 * allowed (ERR_CONFLICT) and its input (ERR_VALIDATION), then apply it to e;
 * on any error e is unchanged. Dates: not after vandaag, not before the request.
 */
/* Engage (or replace) the chair: voorzitter->id > 0 (a persoon with the role let_voorzitter). Field: voorzitter. */
enum err_code escalatie_voorzitter_inschakelen(struct escalatie *e, const struct persoon_ref *voorzitter,
    struct err *err);
/*
 * End it, with stap ESCALATIE_STAP_AFRONDEN or ESCALATIE_STAP_ALLEEN_VOORZITTER:
 * a valid uitkomst, a resultaat, a datum. Fields: uitkomst, resultaat, datum.
 */
enum err_code escalatie_afsluiten(struct escalatie *e, enum escalatie_stap stap, int uitkomst, const char *resultaat,
    int datum, int vandaag, struct err *err);
/* Withdraw it with a reden (kept as resultaat). Fields: reden, datum. */
enum err_code escalatie_intrekken(struct escalatie *e, const char *reden, int datum, int vandaag, struct err *err);

/*
 * A whole record as it is read from an interchange file: its request is
 * valid (it may lack organisations: records made from the LET flag of before
 * the escalatie module have none) and its status is the one its facts lead to, replaying the steps
 * (a chair when one is named; each meeting with its afspraken and their
 * follow-up in order; the end with its outcome, or the withdrawal with its
 * reden in resultaat). Dates are not compared with today. One exception:
 * a record taken over from the registration of before the module (migration
 * 009) is afgerond without meetings and without an uitkomst; it needs only a
 * resultaat and an end date. ERR_VALIDATION with the field at fault
 * (relative to the record) otherwise.
 */
enum err_code escalatie_record_check(const struct escalatie *e, struct err *err);
/* The status of an afspraak its follow-up leads to: the last entry's, open without one. */
enum afspraak_status afspraak_status_van(const struct escalatie_afspraak *a);

/*
 * An `escalatie` interventie on a casus's timeline is written by the
 * escalatie it belongs to (one source of truth), never by hand. For an
 * interventie typed or posted: ERR_VALIDATION with field when it is one.
 * For a casus created or patched: the same for every escalatie interventie
 * of na that voor (the casus before the patch; NULL for a new one) does not
 * have already (same type, date and text), field "interventies[i].type".
 */
enum err_code escalatie_interventie_handmatig(int interventie_type, const char *field, struct err *e);
enum err_code escalatie_interventies_check(const struct casus *na, const struct casus *voor, struct err *e);

/*
 * Who may do what (route level: PERM_CASUS_LIJST / PERM_CASUS_REGIE in
 * core/perm.h; the casus itself is checked through its door first).
 * Reading an escalatie follows reading its casus (perm_casus_zien).
 */
/* Start an escalatie, engage a chair, change the request, withdraw: a regievoerder. */
bool perm_escalatie_aanvragen(const struct actor *a);
/*
 * Work the table (meetings, participants, afspraken, their follow-up, ending
 * it): a regievoerder, or the let_voorzitter who is this escalatie's chair
 * (voorzitter_persoon_id, 0 when none).
 */
bool perm_escalatie_voorzitten(const struct actor *a, int64_t voorzitter_persoon_id);

#endif
