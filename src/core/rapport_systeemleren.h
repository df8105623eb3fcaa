/* rapport_systeemleren.h - the jaarrapportage's chapters 3 to 5 as PMM publishes them: knelpunten, maatwerk, leerpunten per party, cross-tabulations, on a peildatum. */
#ifndef DOORBRAAK_RAPPORT_SYSTEEMLEREN_H
#define DOORBRAAK_RAPPORT_SYSTEEMLEREN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/casus.h"
#include "core/rapport.h"
#include "core/systeemwijziging.h"
#include "lib/mem.h"

/*
 * Pure computation like core/rapport.h: no I/O, no clock (vandaag is passed
 * in), no words. Everything is counted over the casussen afgerond in jaar, as
 * the other figures are, and over the *analysed subset*: those of them that
 * were discussed in a signalenoverleg on or before a cut-off date (the 2024
 * report analysed the 100 of 104 discussed by the end of January 2025).
 *
 * The peildatum: every status of a belegging is the one in force on that
 * day (opvolging_op over its history), a belegging whose history starts
 * after it did not exist yet, a forwarding dated after it had not happened
 * yet. So the report of a past year gives the same figures when statuses are
 * recorded later (dated later). The default (rapport_peildatum_kies): the
 * closing date of the first navraag round closed with its peildatum in the
 * year after the report's; without one the end of that next year, or today
 * when that is still to come (the report is then provisional).
 */

/* An organisation of the directory, for the grouping of parties (every organisation, ordered by id). */
struct rapport_org {
	int64_t id;
	const char *naam;
	enum organisatie_type type;
	const char *code;               /* NULL when none */
	int64_t parent_id;              /* 0 when none */
};

/* A navraag round: its peildatum and (DATE_NONE while open) the day it was closed. */
struct rapport_ronde {
	const char *naam;
	int peildatum, gesloten_op;
};

/* What the report reads beyond the casussen (store/rapport/); each array may be empty. */
struct rapport_invoer {
	const struct casus *const *casussen;
	size_t n;
	const int *besproken_op;        /* per casus: the first signalenoverleg it was discussed in, DATE_NONE never; NULL: none known */
	const struct rapport_org *organisaties;   /* ordered by id */
	size_t norganisaties;
	const struct rapport_ronde *rondes;
	size_t nrondes;
	const struct systeemwijziging *wijzigingen;
	size_t nwijzigingen;
};

/* Where the peildatum came from. */
enum rapport_peil_bron { PEIL_GEGEVEN, PEIL_NAVRAAGRONDE, PEIL_EINDE_VOLGEND_JAAR, PEIL_VANDAAG, PEIL__MAX };

struct rapport_opties {
	int peildatum;                  /* DATE_NONE: rapport_peildatum_kies */
	int analyse_tot;                /* DATE_NONE: 31 January of the next year */
	bool ministeries_apart;         /* false (as the 2024 report): A&M counts under JenV, VRO under BZK */
	int vandaag;                    /* for the default peildatum */
};

/* ---- chapter 3: knelpunten --------------------------------------------------------------- */

struct rapport_knelpunten {
	long casussen;                  /* the casussen counted (the denominator of every share) */
	long met_knelpunt;              /* with at least one knelpunt */
	long categorie[CATEGORIE__MAX]; /* casussen with at least one knelpunt of that categorie */
	long knelpunten[CATEGORIE__MAX];/* knelpunten (records) of that categorie */
	long soort[KSOORT__MAX];        /* casussen with a knelpunt of that kind */
	long zonder_soort[CATEGORIE__MAX];   /* casussen with a knelpunt of that categorie whose kinds were not recorded */
	long buitenlands;               /* casussen with a buitenlandse component */
	long buitenlands_knelpunt[CATEGORIE__MAX];   /* of those, with a knelpunt of that categorie */
};

/* ---- chapter 4: maatwerk and the outcome --------------------------------------------------- */

struct rapport_naamtelling {
	const char *naam;               /* borrowed */
	enum organisatie_type type;
	long aantal;
};

struct rapport_naamlijst {
	const struct rapport_naamtelling *rijen;   /* most first, then by name */
	size_t n;
};

struct rapport_maatwerk {
	long casussen;                  /* afgerond */
	long met_maatwerk;              /* maatwerk in the strict sense: a record, or the summary names a form */
	long meer_vormen;               /* with more than one record */
	long toepassingen;              /* records */
	long vorm[MVORM__MAX];          /* casussen with that form */
	long door[ORGTYPE__MAX];        /* records by organisations of that type */
	long door_onbekend;             /* records without the organisation */
	long wet[WET__MAX];             /* records under that wet */
	long wet_onbekend;
	long samenvatting[MAATWERK__MAX];   /* the summary field as recorded */
	long samenvatting_leeg;
	long followup[FOLLOWUP__MAX];   /* the follow-up answer of every casus */
	long followup_open;             /* not (yet) answered */
	long followup_maatwerk[FOLLOWUP__MAX];   /* of the casussen with maatwerk */
	long followup_maatwerk_open;
	struct rapport_naamlijst door_naam;      /* records per named organisation */
};

/* ---- chapter 5.2: the leerpunten per party ------------------------------------------------- */

#define RAPPORT_PAD_MAX 8

/* One leerpunt as a party's table lists it. */
struct rapport_lp_rij {
	const struct leerpunt *lp;
	const struct belegging *b;      /* the belegging listed; NULL: the leerpunt is belegd nowhere */
	const struct belegging *pad[RAPPORT_PAD_MAX];   /* the forwarding path ending at b (b last); npad 1: not forwarded */
	size_t npad;
	int status;                     /* on the peildatum, enum opvolging_status; -1 unknown or not belegd */
	int reden;                      /* enum geen_opvolging_reden, -1 */
	const char *tekst;              /* the last note on or before the peildatum; NULL none */
	int tekst_datum;
	const char *const *casussen;    /* referenties of the year's casussen it came from */
	size_t ncasussen;
};

/* The leerpunten of one party (a ministry with its parts, a gemeente, an agency ...). */
struct rapport_lp_groep {
	enum rapport_partij soort;
	const char *naam;               /* the party's name; NULL for PMM and for "belegd nergens" */
	int ministerie;                 /* enum beleidsterrein for a ministry, else -1 */
	bool nergens;                   /* the leerpunten belegd at nobody */
	const struct rapport_lp_rij *rijen;
	size_t n;
	long status[OPVOLGING__MAX];
	long met_status;                /* rows with a known status */
};

struct rapport_leerpuntlijst {
	int peildatum;
	enum rapport_peil_bron peil_bron;
	const char *peil_ronde;         /* the round's name with PEIL_NAVRAAGRONDE */
	bool ministeries_apart;         /* A&M and VRO have groups of their own */
	const struct rapport_lp_groep *groepen;   /* ministries (code order), gemeenten, agencies, PMM, others (by name), nowhere */
	size_t ngroepen;
	/* counting as PMM counts */
	long leerpunten;                /* distinct leerpunten */
	long leerpunten_per_soort[PARTIJ__MAX];   /* leerpunten with at least one belegging at that kind of party */
	long beleggingen_per_soort[PARTIJ__MAX];  /* beleggingen (a leerpunt at two ministries counts twice) */
	long meer_partijen;             /* leerpunten belegd at more than one party */
	long nergens;                   /* leerpunten belegd at nobody (PMM monitors the signal) */
	long niet_belegd;               /* beleggingen addressed to a party and deliberately not belegd */
	long gezamenlijk;               /* joint beleggingen (a trekker with partners) */
	long doorgezet;                 /* beleggingen reached by forwarding */
	long al_bekend, terugkerend, vraag;
	long pmm_soort[PMMSOORT__MAX];  /* beleggingen bij PMM by kind (index 0: not recorded) */
	long geen_leerpunt;             /* afgerond casussen without a leerpunt */
	long reden_geen_leerpunt[GEENLP__MAX];
	long reden_geen_leerpunt_leeg;
};

/* ---- cross-tabulations, the analysed subset, system changes ------------------------------- */

struct rapport_kruis {
	long casussen;
	long lg_samen[LEEFGEBIED__MAX][LEEFGEBIED__MAX];   /* casussen stuck on both (the diagonal: on that one) */
	long lg_alleen[LEEFGEBIED__MAX];                    /* on that leefgebied only */
	long lg_met_andere[LEEFGEBIED__MAX];                /* on it and at least one other */
	long bt_samen[BELEIDSTERREIN__MAX][BELEIDSTERREIN__MAX];
	long bt_gegroepeerd[BELEIDSTERREIN__MAX];  /* as the 2024 report: A&M counted under JenV, VRO under BZK (their own 0) */
	long categorie_orde[CATEGORIE__MAX][RAPPORT_ORDE__MAX];   /* leerpunten */
	struct rapport_naamlijst gemeenten;        /* indiener organisations of type gemeente: casussen */
	struct rapport_naamlijst indieners_overig; /* other named indiener organisations: casussen */
	struct rapport_naamlijst betrokken;        /* betrokken organisaties by name: casussen */
};

struct rapport_analyse {
	int tot;                        /* the cut-off date */
	long afgerond, geanalyseerd;
	const struct rapport_casus_ref *buiten;   /* afgerond, not discussed by the cut-off (in input order) */
	size_t nbuiten;
	long later_besproken;           /* of those, discussed after the cut-off */
	long geanalyseerd_met_leerpunt; /* analysed casussen with at least one leerpunt */
	long leerpunten_geanalyseerd;   /* distinct leerpunten of the analysed casussen */
};

/* The chapters of this module, for one year. */
struct rapport_systeemleren {
	int jaar;
	struct rapport_analyse analyse;
	struct rapport_knelpunten knelpunten, knelpunten_geanalyseerd, knelpunten_vorig;
	bool met_vorig;                 /* knelpunten_vorig and maatwerk_vorig are counted */
	struct rapport_maatwerk maatwerk, maatwerk_vorig;
	struct rapport_leerpuntlijst leerpunten;
	struct rapport_kruis kruis;
	const struct systeemwijziging *const *wijzigingen;   /* realised by the peildatum, linked to the year or realised in it */
	size_t nwijzigingen;
};

/* The peildatum of the report of jaar (opties->peildatum when set), and where it came from. */
int rapport_peildatum_kies(const struct rapport_invoer *in, int jaar, const struct rapport_opties *o,
    enum rapport_peil_bron *bron, const char **ronde);

/*
 * The casussen as they stood on peildatum: a new array (in a) whose casussen
 * with leerpunten are copies with each belegging's status and reden those in
 * force then, its history cut off after it, beleggingen that did not exist
 * then left out and forwardings that had not happened yet undone. Others are
 * the same pointers. A belegging without history stays as it is.
 */
const struct casus *const *rapport_peilen(struct arena *a, const struct casus *const *cs, size_t n, int peildatum);

/* The reporting party of an organisation: up through loketten, and (unless apart) A&M and VRO to their ministry. */
const struct rapport_org *rapport_org_groep(const struct rapport_invoer *in, int64_t id, bool ministeries_apart);

void rapport_knelpunten_tel(struct rapport_knelpunten *k, const struct casus *const *cs, size_t n, int jaar,
    const bool *selectie);
void rapport_maatwerk_tel(struct rapport_maatwerk *m, struct arena *a, const struct casus *const *cs, size_t n,
    int jaar);
void rapport_leerpuntlijst_tel(struct rapport_leerpuntlijst *l, struct arena *a, const struct rapport_invoer *in,
    const struct casus *const *cs, int jaar, int peildatum, bool ministeries_apart);
void rapport_kruis_tel(struct rapport_kruis *k, struct arena *a, const struct casus *const *cs, size_t n, int jaar);

/*
 * The whole report of jaar: rapport_maak over the casussen on the peildatum,
 * with r->systeemleren filled (in a). Names and texts are borrowed from in.
 */
void rapport_maak_volledig(struct rapport *r, struct arena *a, const struct rapport_invoer *in, int jaar,
    const struct rapport_opties *o);

#endif
