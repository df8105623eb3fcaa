/* leerpunt.h - leerpunten with their beleggingen and follow-up history, navraag, themas, and the monthly meetings. */
#ifndef DOORBRAAK_STORE_LEERPUNT_H
#define DOORBRAAK_STORE_LEERPUNT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "core/codes.h"
#include "core/err.h"
#include "core/leerpunt.h"
#include "lib/mem.h"
#include "store/store.h"

/*
 * Everything a function here returns is allocated in the arena it is given;
 * dates are day numbers (lib/date.h), DATE_NONE (core/casus.h) when absent.
 * Reads need no transaction. Writes that touch several rows say "inside a
 * transaction": the caller holds store_begin() .. store_commit(), so that a
 * check and the change it guards see the same data. The store answers
 * questions of fact; who may see what is decided by core/leerpunt.h.
 */

struct organisatie_kort {
	int64_t id;
	const char *naam;
	const char *code;             /* ministries and PMM; NULL otherwise */
	int type;                     /* enum organisatie_type, -1 when unknown */
};

/* One entry in the follow-up history of a belegging. */
struct opvolging_rij {
	int64_t id;
	int datum;
	enum opvolging_status status;
	int reden;                    /* enum geen_opvolging_reden, -1 none */
	const char *notitie, *bron;   /* may be NULL */
	const char *auteur_naam;      /* NULL when unknown (import) */
	const char *created_at;       /* UTC timestamp of recording */
};

#define BELEGGING_MAX_PARTNERS_GELEZEN 20   /* partners read with a belegging: LEERPUNT_MAX_PARTNERS (core/casus.h) */

struct belegging_rij {
	int64_t id, leerpunt_id;
	struct organisatie_kort bij;
	enum opvolging_status status; /* current: the latest history entry; belegd when there is none */
	int reden;                    /* of the current status, -1 none */
	int status_datum;             /* date of the current status, DATE_NONE without history */
	int belegd_op;                /* date of the first entry (or of creation) */
	int volgende_navraag;         /* DATE_NONE when none is planned */
	int64_t doorgezet_naar_id;    /* 0 unless forwarded */
	const char *doorgezet_naar;   /* name of the party it was forwarded to, or NULL */
	int64_t doorgezet_van_id;     /* the belegging this one was forwarded from, 0 none */
	const char *doorgezet_van;    /* name of that party, or NULL */
	struct opvolging_rij *historie;   /* oldest first; only filled by store_leerpunt_get */
	size_t nhistorie;
	int niet_belegd;              /* enum niet_belegd_reden: addressed here but deliberately not belegd; -1 when belegd */
	const char *niet_belegd_toelichting;   /* may be NULL */
	int pmm_soort;                /* enum pmm_soort bij PMM, -1 when not recorded */
	const char *partners[BELEGGING_MAX_PARTNERS_GELEZEN];   /* a werkgroep: the parties besides the trekker (bij) */
	size_t npartners;
};

/* The summary of a casus behind a leerpunt. hulpvraag is free text: show it only when
   perm_leerpunt_casustekst() allows. */
struct leerpunt_casus {
	int64_t id;
	const char *referentie;
	enum casus_status status;
	int ontvangen_op, afgerond_op;
	unsigned leefgebieden;        /* bit per enum leefgebied */
	const char *hulpvraag;
	bool uitgenodigd;             /* the asking persoon is a deelnemer of this casus */
	int besproken_op;             /* latest bijeenkomst that discussed it, DATE_NONE never */
};

struct leerpunt_rij {
	int64_t id;
	const char *omschrijving;
	enum categorie categorie;
	int orde;
	bool vraag, al_bekend, terugkerend;
	const char *created_at;
	const char **themas;
	size_t nthemas;
	struct leerpunt_casus *casussen;
	size_t ncasussen;
	struct belegging_rij *beleggingen;
	size_t nbeleggingen;
};

/* Filters of the leerpunten overview. Zero values (and -1 where said) mean "any". */
struct leerpunt_filter {
	int64_t organisatie_id;       /* has a belegging bij this organisation */
	int categorie;                /* enum categorie, -1 any */
	int orde;                     /* 1..3, 0 any */
	int status;                   /* a belegging with this current status, -1 any (with organisatie_id: that one) */
	bool niet_belegd;             /* only leerpunten without any belegging */
	const char *thema;            /* exact thema, NULL any */
	int jaar;                     /* a casus of the leerpunt has afgerondOp in this year, 0 any */
	/* Visibility (ambassadeur): only leerpunten with a belegging bij this organisation, and only those
	   beleggingen are loaded. 0 = no restriction; -1 = nothing at all. See leerpunt_beperking(). */
	int64_t beperk_tot_organisatie;
	int64_t persoon_id;           /* for leerpunt_casus.uitgenodigd; 0 none */
	int offset, limit;            /* limit 0 = 25, at most 500; -1 = all (exports, thema pages) */
};

/* One page of matching leerpunten (newest first) with themas, casussen and beleggingen, and the total. */
enum err_code store_leerpunt_list(struct store *st, struct arena *a, const struct leerpunt_filter *f,
    struct leerpunt_rij **rows, size_t *n, size_t *total, struct err *e);

/* One leerpunt with all its beleggingen (each with its history). ERR_NOT_FOUND when absent.
   persoon_id: for leerpunt_casus.uitgenodigd (0 none). */
enum err_code store_leerpunt_get(struct store *st, struct arena *a, int64_t id, int64_t persoon_id,
    struct leerpunt_rij *out, struct err *e);

/* One belegging with its current status (no history). ERR_NOT_FOUND when absent. */
enum err_code store_belegging_get(struct store *st, struct arena *a, int64_t id, struct belegging_rij *out,
    struct err *e);

/*
 * Appends an entry (checked with opvolging_validate) to the history of a
 * belegging and sets its volgende_navraag (DATE_NONE clears it). Inside a
 * transaction. *id (may be NULL) receives the entry's id.
 */
enum err_code store_belegging_status_add(struct store *st, int64_t belegging_id, const struct opvolging_invoer *in,
    int volgende_navraag, int64_t auteur_gebruiker_id, time_t now, int64_t *id, struct err *e);

/*
 * Belegt leerpunt_id bij organisatie_id: a new belegging with a first history
 * entry `belegd` on datum (notitie and bron may be NULL) and its next navraag.
 * ERR_NOT_FOUND for an unknown leerpunt; ERR_VALIDATION (field "organisatie")
 * for an unknown organisation; ERR_CONFLICT when the leerpunt already has an
 * open (not forwarded) belegging bij that organisation. Inside a transaction.
 */
enum err_code store_belegging_add(struct store *st, int64_t leerpunt_id, int64_t organisatie_id, int datum,
    const char *notitie, const char *bron, int volgende_navraag, int64_t auteur_gebruiker_id, time_t now,
    int64_t *id, struct err *e);

/*
 * Forwards (doorzetten) belegging van_id to naar_organisatie_id: a new
 * belegging of the same leerpunt bij that party with a first entry `belegd`
 * ("Doorgezet vanuit X." + notitie), and on the old one doorgezet_naar_id,
 * no further navraag, and an entry repeating its current status ("Doorgezet
 * naar Y." + notitie). Both histories are kept. ERR_NOT_FOUND for an unknown
 * belegging; ERR_VALIDATION (field "organisatie") for an unknown or the same
 * organisation; ERR_CONFLICT when already forwarded or when the leerpunt is
 * already open bij the new party. notitie at most LEERPUNT_MAX_NOTITIE - 512
 * bytes. Inside a transaction.
 */
enum err_code store_belegging_doorzetten(struct store *st, int64_t van_id, int64_t naar_organisatie_id, int datum,
    const char *notitie, const char *bron, int volgende_navraag, int64_t auteur_gebruiker_id, time_t now,
    int64_t *nieuw_id, struct err *e);

/*
 * The variants of a belegging (variant.c). Each inside a transaction.
 * store_belegging_niet_belegd_add: leerpunt_id addressed to organisatie_id
 * but deliberately not belegd (reden, toelichting already checked): a
 * belegging without history and without navraag. ERR_NOT_FOUND for an
 * unknown leerpunt; ERR_VALIDATION (field "organisatie") for an unknown
 * organisation or PMM itself; ERR_CONFLICT when it is open there already.
 * store_belegging_partner_add: organisatie_id joins the werkgroep of
 * belegging_id; ERR_VALIDATION for an unknown organisation, the trekker
 * itself or a partner already in it. store_belegging_pmm_soort_zet: PMM's
 * kind of involvement (only bij PMM: ERR_VALIDATION elsewhere).
 */
enum err_code store_belegging_niet_belegd_add(struct store *st, int64_t leerpunt_id, int64_t organisatie_id,
    int reden, const char *toelichting, time_t now, int64_t *id, struct err *e);
enum err_code store_belegging_partner_add(struct store *st, int64_t belegging_id, int64_t organisatie_id,
    struct err *e);
enum err_code store_belegging_pmm_soort_zet(struct store *st, int64_t belegging_id, int soort, struct err *e);

/* Organisations a leerpunt can be belegd bij: PMM first, then ministries, then the rest by name. */
enum err_code store_organisaties(struct store *st, struct arena *a, struct organisatie_kort **out, size_t *n,
    struct err *e);
/* Organisations that have at least one belegging (for the overview's filter), by name. */
enum err_code store_organisaties_met_belegging(struct store *st, struct arena *a, struct organisatie_kort **out,
    size_t *n, struct err *e);
/* One organisation by id (ERR_NOT_FOUND) or by code, e.g. "PMM" or "vws" (case-insensitive; ERR_NOT_FOUND). */
enum err_code store_organisatie_get(struct store *st, struct arena *a, int64_t id, struct organisatie_kort *out,
    struct err *e);
enum err_code store_organisatie_by_code(struct store *st, struct arena *a, const char *code,
    struct organisatie_kort *out, struct err *e);

/* The navraag list: open beleggingen due on vandaag, grouped by organisation. */
struct navraag_item {
	struct belegging_rij belegging;
	const char *leerpunt_omschrijving;
	enum categorie categorie;
	int orde;
};
struct ambassadeur_kort {
	const char *naam, *email;     /* email may be NULL */
};
struct navraag_groep {
	struct organisatie_kort organisatie;
	struct ambassadeur_kort *ambassadeurs;   /* active ambassadeur accounts of this organisation or one above it */
	size_t nambassadeurs;
	struct navraag_item *items;   /* oldest due date first; never planned (NULL) first of all */
	size_t nitems;
};
/*
 * Open beleggingen (current status not opgevolgd or geen_opvolging, not
 * forwarded) whose volgende_navraag is on or before vandaag, or that have
 * none planned; grouped by organisation (by name). beperk_tot_organisatie as
 * in leerpunt_filter.
 */
enum err_code store_navraag(struct store *st, struct arena *a, int vandaag, int64_t beperk_tot_organisatie,
    struct navraag_groep **out, size_t *n, struct err *e);

/* Themas with their counts. */
struct thema_rij {
	const char *thema;
	long leerpunten, casussen;
	int van_jaar, tot_jaar;       /* years of the casussen (afgerondOp, else ontvangenOp); 0 when none */
};
/* Every distinct thema (most leerpunten first); beperk_tot_organisatie as in leerpunt_filter. */
enum err_code store_themas(struct store *st, struct arena *a, int64_t beperk_tot_organisatie,
    struct thema_rij **out, size_t *n, struct err *e);
/* Adds (no-op when present) or removes a thema (already checked with leerpunt_thema_check) on a leerpunt.
   ERR_NOT_FOUND for an unknown leerpunt. */
enum err_code store_leerpunt_thema_add(struct store *st, int64_t leerpunt_id, const char *thema, size_t len,
    struct err *e);
enum err_code store_leerpunt_thema_remove(struct store *st, int64_t leerpunt_id, const char *thema, struct err *e);

/* The monthly meetings (enum bijeenkomst_soort: core/leerpunt.h). */
struct bijeenkomst {
	int64_t id;
	enum bijeenkomst_soort soort;
	int datum;
	const char *notities;         /* may be NULL */
	long besproken;               /* casussen recorded as discussed */
};
enum err_code store_bijeenkomst_add(struct store *st, enum bijeenkomst_soort soort, int datum, const char *notities,
    int64_t auteur_gebruiker_id, time_t now, int64_t *id, struct err *e);
/* Newest first, at most 500. */
enum err_code store_bijeenkomst_list(struct store *st, struct arena *a, struct bijeenkomst **out, size_t *n,
    struct err *e);
enum err_code store_bijeenkomst_get(struct store *st, struct arena *a, int64_t id, struct bijeenkomst *out,
    struct err *e);

/* A casus on an agenda. */
struct agenda_casus {
	int64_t casus_id;
	const char *referentie;
	int ontvangen_op, afgerond_op;
	unsigned leefgebieden;
	long leerpunten;
	bool besproken;               /* recorded as discussed in this bijeenkomst */
	const char *besluit;          /* what was decided here, NULL when none */
	int elders_besproken_op;      /* latest date it was discussed in a meeting of the other soort, DATE_NONE */
};
/*
 * The agenda of bijeenkomst b: the casussen already recorded in it, and the
 * closed casussen (status afgerond, afgerondOp on or before its date) not
 * discussed in another bijeenkomst of the same soort; oldest closure first,
 * at most 500. The leerpunten not yet belegd come from store_leerpunt_list
 * with niet_belegd.
 */
enum err_code store_bijeenkomst_agenda(struct store *st, struct arena *a, const struct bijeenkomst *b,
    struct agenda_casus **out, size_t *n, struct err *e);
/*
 * Records that bijeenkomst_id discussed the casus `referentie` with besluit
 * (NULL or "" for none), replacing an earlier besluit of the same meeting.
 * ERR_NOT_FOUND for an unknown bijeenkomst or casus (or a concept).
 */
enum err_code store_bijeenkomst_besluit(struct store *st, int64_t bijeenkomst_id, const char *referentie,
    const char *besluit, int64_t auteur_gebruiker_id, time_t now, struct err *e);

/* When and where a casus was discussed (for the casus page): oldest first. */
struct bespreking {
	int64_t bijeenkomst_id;
	enum bijeenkomst_soort soort;
	int datum;
	const char *besluit;          /* NULL when none */
};
enum err_code store_casus_besprekingen(struct store *st, struct arena *a, int64_t casus_id, struct bespreking **out,
    size_t *n, struct err *e);

#endif
