/* rapport.h - the jaarrapportage's figures over a year's casussen as typed tables: counts, distributions, lists. */
#ifndef DOORBRAAK_RAPPORT_H
#define DOORBRAAK_RAPPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/casus.h"
#include "lib/mem.h"

/*
 * Pure computation: no I/O, no clock, no global state, and nothing meant for
 * people - the labels, sentences, charts and JSON keys are the app's
 * (app/rapport/). A figure is a table of counts whose rows are the codes of a
 * classification (an enum of core/codes.h, indexed by its value) or the
 * classes of an enum below; the app labels the rows.
 *
 * The caller passes casussen (any year, any status; store/rapport/ loads the
 * ones a report's years need); each function selects what it needs:
 *   afgerond in jaar  = afgerond_op set and in jaar (status is not looked at);
 *   ingediend in jaar = ontvangen_op in jaar and status not concept.
 * Looptijd in days = afgerond_op - ontvangen_op; a casus without ontvangen_op
 * or with afgerond_op before it has no looptijd: it counts in every figure
 * except the looptijd ones and is listed in the data-quality lists.
 * The leerpunten of a year are those of the casussen afgerond in it, a
 * leerpunt with a nonzero id counted once however many casussen share it.
 */

/* The looptijd classes: up to 4, 8, 12, 16 and 20 weeks, and longer. */
enum rapport_looptijd {
	LOOPTIJD_4_WEKEN, LOOPTIJD_8_WEKEN, LOOPTIJD_12_WEKEN, LOOPTIJD_16_WEKEN, LOOPTIJD_20_WEKEN,
	LOOPTIJD_LANGER, LOOPTIJD__MAX
};
/* The upper bound (in weeks, inclusive) of every class but the last, which is open. */
extern const int rapport_looptijd_tot_weken[LOOPTIJD__MAX - 1];

/* How many leefgebieden a casus was stuck on: none, one, two, three or more. */
enum rapport_aantal { AANTAL_GEEN, AANTAL_EEN, AANTAL_TWEE, AANTAL_DRIE_OF_MEER, AANTAL__MAX };

/* The orde of a leerpunt (1, 2, 3) at index orde - 1. */
#define RAPPORT_ORDE__MAX 3

/* The bands of the complexity score (docs/complexiteit.md): 0-2, 3-4, 5-6, 7-8, 9 and more. */
#define RAPPORT_BAND__MAX 5
/* The lowest score of each band; a band ends just below the next one's, the last is open. */
extern const int rapport_band_van[RAPPORT_BAND__MAX];

/* The kind of party a belegging is belegd bij, in the order the figures list them. */
enum rapport_partij { PARTIJ_MINISTERIE, PARTIJ_GEMEENTE, PARTIJ_LPD, PARTIJ_PMM, PARTIJ_OVERIG, PARTIJ__MAX };

/* A median of whole numbers, exactly: twice the median (odd when it ends in .5); 0 when there is none. */
struct rapport_mediaan {
	long halven;
};

/* The figures of one year. Every count is 0 when nothing counts. */
struct rapport_figuren {
	int jaar;
	long ingediend;                 /* ontvangen in jaar, not a concept */
	/* of those ingediend: was the Maatwerkregister tried first (enum register_poging); [REGPOGING__MAX]: not
	   answered */
	long register_geprobeerd[REGPOGING__MAX + 1];
	long afgerond;                  /* afgerond in jaar: what every other figure counts */
	struct {
		long met_looptijd;          /* afgerond with a looptijd: the sum of klasse[] */
		long binnen4, binnen8;      /* at most 28, 56 days (binnen8 includes binnen4) */
		long langer20;              /* more than 140 days */
		long klasse[LOOPTIJD__MAX];
		struct rapport_mediaan mediaan;   /* days */
	} looptijd;
	long indieners[INDIENER__MAX];
	long indieners_gemeente_aangesloten;   /* a gemeente connected to PMM on the day the casus came in */
	long leefgebieden[LEEFGEBIED__MAX];
	long aantal_leefgebieden[AANTAL__MAX];
	long beleidsterreinen[BELEIDSTERREIN__MAX];
	long beleidsterreinen_uitsluitend[BELEIDSTERREIN__MAX];   /* the casus's only beleidsterrein */
	long organisaties[ORGTYPE__MAX];      /* casussen with at least one organisation of that type */
	long interventies[INTERVENTIE__MAX];  /* casussen with at least one interventie of that type */
	long escalaties_let;                  /* an escalatie interventie or the LET flag, once per casus */
	struct {
		long casussen;              /* afgerond casussen with at least one leerpunt */
		long totaal;
		long niet_belegd;           /* leerpunten without any belegging */
		long beleggingen[PARTIJ__MAX];
		long per_ministerie[BELEIDSTERREIN__MAX];   /* a ministry code that is no beleidsterrein is left out */
		long categorie[CATEGORIE__MAX];
		long orde[RAPPORT_ORDE__MAX];
		long status[OPVOLGING__MAX];   /* of every belegging, its current status */
	} leerpunten;
	struct {                        /* casus_complexiteit of each casus (without the looptijd) */
		long band[RAPPORT_BAND__MAX];
		struct rapport_mediaan mediaan;
	} complexiteit;
};

/* What a figure lacks: the data-quality lists, one per kind. */
enum rapport_gebrek {
	GEBREK_LEEFGEBIED,      /* no leefgebied */
	GEBREK_INDIENER_TYPE,   /* indiener_type unknown */
	GEBREK_INTERVENTIE,     /* closed without interventie */
	GEBREK_BELEIDSTERREIN,  /* no beleidsterrein */
	GEBREK_LOOPTIJD,        /* no ontvangen_op, or afgerond before it */
	GEBREK_MINISTERIE,      /* a leerpunt belegd bij a ministerie whose code is no beleidsterrein */
	GEBREK__MAX
};

/* A casus named in a list: its referentie (borrowed; NULL for a casus without one) and id. */
struct rapport_casus_ref {
	int64_t id;
	const char *referentie;
};

/* The casussen afgerond in jaar that lack what a figure needs, so that no figure is silently wrong. */
struct rapport_kwaliteit {
	int jaar;
	long afgerond;
	struct {
		const struct rapport_casus_ref *casussen;   /* in input order */
		size_t n;
	} lijst[GEBREK__MAX];
	long onvolledig;                /* casussen on at least one list */
};

/*
 * The beleggingen of a year's leerpunten belegd bij one party, per current
 * status. totaal counts every belegging (a status outside the enum counts in
 * totaal only; for a ministry totaal is the sum of status[]).
 */
struct rapport_partij_opvolging {
	enum rapport_partij soort;
	const char *naam;               /* the organisation's name (borrowed); NULL for PMM and when unnamed */
	int ministerie;                 /* enum beleidsterrein of a ministry, else -1 */
	long status[OPVOLGING__MAX];
	long totaal;
};

/* The follow-up broken down per party, with the leerpunten of rapport_figuren. */
struct rapport_opvolging {
	/* every ministry in code order (0 where nothing counts); totalen equal leerpunten.per_ministerie */
	struct rapport_partij_opvolging ministeries[BELEIDSTERREIN__MAX];
	/* every other party with at least one belegging, PMM as one party, ordered by soort then naam (unnamed first) */
	const struct rapport_partij_opvolging *organisaties;
	size_t norganisaties;
};

struct rapport_systeemleren;        /* core/rapport_systeemleren.h */
struct rapport_let;
struct netwerk_jaar;
struct evenement_cijfers;           /* core/evenement.h */

/* One report: the year, the year before for comparison, data quality, follow-up per party. */
struct rapport {
	int jaar;
	const struct rapport_figuren *nu;           /* never NULL */
	const struct rapport_figuren *vorig;        /* jaar - 1; NULL: no comparison */
	const struct rapport_kwaliteit *kwaliteit;  /* NULL: not checked */
	const struct rapport_opvolging *opvolging;  /* NULL: not broken down per party */
	const struct rapport_systeemleren *systeemleren;   /* chapters 3-5 as PMM publishes them; NULL: left out */
	const struct rapport_let *let;              /* LET escalaties and overbruggingen (core/rapport_let.h); NULL: none */
	const struct netwerk_jaar *netwerk;         /* the network on 31 December (core/netwerk_groei.h); NULL: none */
	const struct evenement_cijfers *professionaliseren;   /* [0] jaar, [1] jaar - 1 (core/evenement.h); NULL: none */
};

/* The figures of jaar. Never fails (out of memory aborts); allocates nothing that outlives the call. */
void rapport_figuren_tel(struct rapport_figuren *f, const struct casus *const *casussen, size_t n, int jaar);
/* The data-quality lists of jaar, allocated in a. */
void rapport_kwaliteit_tel(struct rapport_kwaliteit *k, struct arena *a, const struct casus *const *casussen,
    size_t n, int jaar);
/* The follow-up per party of jaar, allocated in a. */
void rapport_opvolging_tel(struct rapport_opvolging *o, struct arena *a, const struct casus *const *casussen,
    size_t n, int jaar);
/*
 * Every part of the report of jaar (figures of jaar and jaar - 1, data
 * quality and follow-up of jaar), allocated in a. Names and referenties are
 * borrowed from the casussen, which must outlive r.
 */
void rapport_maak(struct rapport *r, struct arena *a, const struct casus *const *casussen, size_t n, int jaar);

/* The party of a belegging: PMM (by flag, or organisatie code "PMM" in any case), else by organisatie type. */
enum rapport_partij rapport_partij_van(const struct belegging *b);
/* True when c is not NULL and afgerond (afgerond_op set) in jaar. */
bool rapport_afgerond_in(const struct casus *c, int jaar);
/*
 * The leerpunten of the casussen afgerond in jaar, ordered by id (equal ids in input order), each nonzero id once.
 * *nout is set to their number. The caller frees the array (xcalloc'd; never NULL); the leerpunten stay the casussen's.
 */
const struct leerpunt **rapport_leerpunten(const struct casus *const *casussen, size_t n, int jaar, size_t *nout);

#endif
