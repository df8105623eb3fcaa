/* overbrugging.h - the rules of the overbruggingsprocedure: who pays, pre-financing, the decision, the settlement. */
#ifndef DOORBRAAK_OVERBRUGGING_H
#define DOORBRAAK_OVERBRUGGING_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/casus.h"
#include "core/codes.h"
#include "core/err.h"
#include "core/rol.h"

#define OVERBRUGGING_MAX_TEKST        20000   /* bytes of wat, a position, the grondslag, a reason */
#define OVERBRUGGING_MAX_KANDIDATEN   20      /* candidate payers */
#define OVERBRUGGING_TERMIJN_WERKDAGEN 10     /* the default time to a decision, in working days (core/werkdag.h) */
#define OVERBRUGGING_TERMIJN_MAX      60      /* a longer beslistermijn defeats the point */

/*
 * The life of an overbrugging ("snel duidelijk wie moet betalen"):
 *
 *   aangevraagd -> voorgefinancierd -> besloten -> verrekend
 *        |                |               ^
 *        +----------------+---------------+     (decided without pre-financing: nothing to settle)
 *   aangevraagd, voorgefinancierd -> ingetrokken
 *
 * verrekend and ingetrokken are final; besloten is final too when nothing
 * was pre-financed by another party than the payer (then there is nothing to
 * settle). The request itself (wat, regelingen, bedrag, periode, kandidaten)
 * can be changed while aangevraagd or voorgefinancierd.
 */
enum overbrugging_status {
	OVERBRUGGING_AANGEVRAAGD, OVERBRUGGING_VOORGEFINANCIERD, OVERBRUGGING_BESLOTEN, OVERBRUGGING_VERREKEND,
	OVERBRUGGING_INGETROKKEN, OVERBRUGGING__MAX
};
/* The regimes whose scope is in dispute. */
enum regeling {
	REGELING_WMO, REGELING_WLZ, REGELING_ZVW, REGELING_JEUGDWET, REGELING_PARTICIPATIEWET, REGELING_WFZ,
	REGELING_WET_KINDEROPVANG, REGELING_ANDERS, REGELING__MAX
};
/* Where a candidate payer stands. */
enum standpunt { STANDPUNT_ONBEKEND, STANDPUNT_BETWIST, STANDPUNT_DEELS, STANDPUNT_ERKENT, STANDPUNT__MAX };

extern const struct codelist codes_overbrugging_status, codes_regeling, codes_standpunt;

/* The steps that move an overbrugging; each is one action of a regievoerder. */
enum overbrugging_stap {
	OVERBRUGGING_STAP_BEWERKEN,       /* change the request */
	OVERBRUGGING_STAP_VOORFINANCIEREN,
	OVERBRUGGING_STAP_BESLUITEN,
	OVERBRUGGING_STAP_VERREKENEN,
	OVERBRUGGING_STAP_INTREKKEN,
	OVERBRUGGING_STAP__MAX
};

struct overbrugging_kandidaat {
	struct organisatie_ref organisatie;
	enum standpunt standpunt;
	const char *toelichting;       /* may be NULL */
};

struct overbrugging {
	int64_t id;
	int64_t casus_id;
	enum overbrugging_status status;
	int aangevraagd_op;
	const char *wat;               /* what must be paid for: a crisis bed, income while a bezwaar runs ... */
	unsigned regelingen;           /* bit per enum regeling */
	int64_t geschat_bedrag;        /* cents; BEDRAG_GEEN when not estimated */
	int periode_van, periode_tot;  /* DATE_NONE when open */
	int termijn_werkdagen;         /* the beslistermijn in working days after aangevraagd_op */
	struct overbrugging_kandidaat *kandidaten;
	size_t nkandidaten;
	/* pre-financing: voorfinancier.naam NULL and id 0 when none */
	struct organisatie_ref voorfinancier;
	int64_t voorgefinancierd_bedrag;   /* cents, BEDRAG_GEEN when none */
	int voorgefinancierd_op;
	/* the decision */
	struct organisatie_ref betaler;
	const char *grondslag;         /* the law or agreement the decision rests on */
	int besloten_op;
	/* the settlement */
	int64_t verrekend_bedrag;      /* cents, BEDRAG_GEEN when not settled */
	int verrekend_op;
	/* withdrawal */
	const char *reden_intrekking;
	int ingetrokken_op;
};

/* Every field absent (DATE_NONE, BEDRAG_GEEN, NULL), status aangevraagd, termijn OVERBRUGGING_TERMIJN_WERKDAGEN. */
void overbrugging_init(struct overbrugging *o);

/* The status after step in van, or -1 when refused (the table in overbrugging.c; see the picture above). */
int overbrugging_na_stap(enum overbrugging_status van, enum overbrugging_stap stap);
/* True when some step leads from van to a different status naar. */
bool overbrugging_overgang_toegestaan(enum overbrugging_status van, enum overbrugging_status naar);
/* ERR_OK, or ERR_CONFLICT with a Dutch reason (field "status") when step is refused in o's status. */
enum err_code overbrugging_stap_check(const struct overbrugging *o, enum overbrugging_stap stap, struct err *e);
/* True when o was pre-financed by another organisation than the payer decided on: costs to settle. */
bool overbrugging_te_verrekenen(const struct overbrugging *o);

/*
 * The request as entered: wat required (lengths, no BSN); regelingen only
 * known bits; geschat_bedrag optional but in range (core/bedrag.h); a periode
 * that does not end before it starts; termijn 1..OVERBRUGGING_TERMIJN_MAX;
 * 1..OVERBRUGGING_MAX_KANDIDATEN candidates, each named once with a valid
 * standpunt; aangevraagd_op given, not after vandaag and not before the casus
 * was received (ontvangen_op, DATE_NONE skips). Fields: wat, regelingen,
 * geschatBedrag, periodeTot, termijnWerkdagen, kandidaten, aangevraagdOp.
 */
enum err_code overbrugging_aanvraag_check(const struct overbrugging *o, int ontvangen_op, int vandaag, struct err *e);

/*
 * The steps, each checking the step is allowed (ERR_CONFLICT) and its input
 * (ERR_VALIDATION), then applying it to o. On any error o is unchanged.
 * Dates: not after vandaag, not before the previous step.
 */
/* By organisation voorfinancier, bedrag cents (required, in range). Fields: voorfinancier, bedrag, datum. */
enum err_code overbrugging_voorfinancieren(struct overbrugging *o, const struct organisatie_ref *voorfinancier,
    int64_t bedrag, int datum, int vandaag, struct err *e);
/*
 * The definitive payer, one of the candidates (ERR_VALIDATION "betaler"
 * when none or another), and the grondslag (required). Fields: betaler,
 * grondslag, datum.
 */
enum err_code overbrugging_besluiten(struct overbrugging *o, const struct organisatie_ref *betaler,
    const char *grondslag, int datum, int vandaag, struct err *e);
/*
 * The settlement: only when overbrugging_te_verrekenen (ERR_CONFLICT
 * otherwise); bedrag required, not more than was pre-financed. Fields:
 * bedrag, datum.
 */
enum err_code overbrugging_verrekenen(struct overbrugging *o, int64_t bedrag, int datum, int vandaag, struct err *e);
/* Withdraw with a reden (required). Fields: reden, datum. */
enum err_code overbrugging_intrekken(struct overbrugging *o, const char *reden, int datum, int vandaag,
    struct err *e);

/*
 * A whole record as it is read from an interchange file: its request is
 * valid and its status is what its facts lead to, replaying the steps
 * (pre-financing, decision, settlement, withdrawal: each when its data are
 * there). Dates are not compared with today. ERR_VALIDATION with the field
 * at fault otherwise.
 */
enum err_code overbrugging_record_check(const struct overbrugging *o, struct err *e);

/* The beslistermijn: termijn_werkdagen working days after aangevraagd_op (DATE_NONE without a request date). */
int overbrugging_beslistermijn(const struct overbrugging *o);
/* Not decided (aangevraagd or voorgefinancierd) and vandaag is after the beslistermijn. */
bool overbrugging_te_laat(const struct overbrugging *o, int vandaag);
/* Working days from the request to the decision; -1 when not decided. */
int overbrugging_werkdagen_tot_besluit(const struct overbrugging *o);
/* Pre-financed and not (yet) settled back: what the voorfinancier is out of pocket, in cents (0 when none). */
int64_t overbrugging_openstaand(const struct overbrugging *o);

/* Change an overbrugging (any step): a regievoerder. Reading follows reading its casus (perm_casus_zien). */
bool perm_overbrugging_bijwerken(const struct actor *a);

#endif
