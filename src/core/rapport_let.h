/* rapport_let.h - the jaarrapportage's figures of LET escalaties and overbruggingen over a year, as typed tables. */
#ifndef DOORBRAAK_RAPPORT_LET_H
#define DOORBRAAK_RAPPORT_LET_H

#include <stddef.h>
#include <stdint.h>

#include "core/escalatie.h"
#include "core/overbrugging.h"
#include "core/rapport.h"
#include "lib/mem.h"

/*
 * Pure computation, as core/rapport.h. An escalatie counts in the year it
 * was asked for (aangevraagd) and, once ended, in the year it ended
 * (afgesloten_op): LET convened (afgerond), the chair alone
 * (alleen_voorzitter), withdrawn, each with its uitkomst. An overbrugging
 * counts as a request in the year of aangevraagd_op, as a decision (payer,
 * working days to it) in the year of besloten_op, its pre-financing in the
 * year of voorgefinancierd_op and its settlement in the year of verrekend_op.
 * Amounts are cents; a sum that would not fit is capped at INT64_MAX (no
 * real year comes near).
 */
struct rapport_let_escalaties {
	long aangevraagd;               /* asked for in jaar */
	long let_bijeengekomen;         /* ended in jaar as afgerond: the LET met */
	long alleen_voorzitter;         /* ended in jaar with the chair alone */
	long ingetrokken;               /* withdrawn in jaar */
	long uitkomst_let[UITKOMST__MAX];          /* of let_bijeengekomen */
	long uitkomst_voorzitter[UITKOMST__MAX];   /* of alleen_voorzitter */
	long lopend;                    /* asked for by the end of jaar and not ended by then */
};

/* An organisation that pre-financed what another had to pay: the "wrong pocket". */
struct rapport_verkeerde_zak {
	const char *naam;               /* borrowed from the input */
	enum organisatie_type type;
	long aantal;                    /* pre-financings in jaar for which another organisation was (or is) the payer */
	int64_t voorgefinancierd;       /* their amounts */
	int64_t verrekend;              /* settled back (in any year) */
	int64_t openstaand;             /* voorgefinancierd - verrekend */
};

struct rapport_let_overbruggingen {
	long aanvragen;                 /* asked for in jaar */
	long besloten;                  /* decided in jaar */
	long ingetrokken;               /* withdrawn in jaar */
	long te_laat_besloten;          /* decided in jaar after the beslistermijn */
	struct rapport_mediaan werkdagen;   /* working days from request to decision, of those decided in jaar */
	int64_t voorgefinancierd;       /* pre-financed in jaar */
	int64_t verrekend;              /* settled in jaar */
	long betaler[ORGTYPE__MAX];     /* decided in jaar: who pays, per organisation type */
	const struct rapport_verkeerde_zak *verkeerde_zak;   /* by naam; in a */
	size_t nverkeerde_zak;
};

struct rapport_let {
	int jaar;
	struct rapport_let_escalaties escalaties;
	struct rapport_let_overbruggingen overbruggingen;
};

/* The figures of jaar over every escalatie and overbrugging given (any year). Allocates the list in a. */
void rapport_let_tel(struct rapport_let *r, struct arena *a, const struct escalatie *e, size_t ne,
    const struct overbrugging *o, size_t no, int jaar);

#endif
