/* register.h - the Maatwerkregister in the store: entries and profiles, confirmation, ownership facts, search. */
#ifndef DOORBRAAK_STORE_REGISTER_H
#define DOORBRAAK_STORE_REGISTER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "core/codes.h"
#include "core/err.h"
#include "core/register.h"
#include "core/register_suggestie.h"
#include "core/rol.h"
#include "lib/mem.h"
#include "store/store.h"

/* One entry or profile as read (strings in the caller's arena). */
struct register_item {
	int64_t id;
	enum register_soort soort;
	int64_t organisatie_id;
	const char *organisatie_naam;
	int organisatie_type;          /* enum organisatie_type */
	const char *organisatie_code;  /* NULL when none */
	const char *ouder_naam;        /* the whole the organisation is part of; NULL when none */
	int64_t organisatie_boven[2];  /* its parent and grandparent, 0 when none */
	int beleidsterrein;            /* the ministry (enum beleidsterrein) it is or lies under (two levels); -1 */
	int64_t vermelding_id;         /* a profile's entry; 0 for an entry */
	int64_t persoon_id;            /* 0 when none */
	const char *naam, *functie, *mandaat, *email, *telefoon, *expertise;
	unsigned leefgebieden;         /* bit per enum leefgebied */
	uint64_t wetten;               /* bit per enum wet_regeling */
	int regio;                     /* enum regio */
	int bevestigd_op;              /* day number; DATE_NONE when never confirmed */
	const char *gewijzigd_op;      /* UTC time */
	bool uitnodigbaar;             /* persoon_id has an active account: can be invited to a casus */
	const char *account_email;     /* that account's persoon's e-mail (the invitation's address); NULL */
	int64_t profielen;             /* of an entry: how many profiles are under it */
};

/* One entry or profile by id: ERR_NOT_FOUND when there is none. */
enum err_code store_register_lees(struct store *st, struct arena *a, int64_t id, struct register_item *out,
    struct err *e);
/* The entry of an organisation: *id 0 when it has none. */
enum err_code store_register_van_organisatie(struct store *st, int64_t organisatie_id, int64_t *id, struct err *e);
/* The profiles under an entry, by name. */
enum err_code store_register_profielen(struct store *st, struct arena *a, int64_t vermelding_id,
    struct register_item **out, size_t *n, struct err *e);
/* The profile under an entry with this e-mail address (ASCII case ignored): *id 0 when none. One query, not a
   read of every profile (the register import asks it per row). */
enum err_code store_register_profiel_email(struct store *st, int64_t vermelding_id, const char *email, int64_t *id,
    struct err *e);
/* Is the register empty (no entries, no profiles)? */
enum err_code store_register_leeg(struct store *st, bool *leeg, struct err *e);
/*
 * "Who can help": the best at most max (64) items of soort for v by the
 * score of core/register_suggestie.c, computed in the query over only the
 * items that can score (vandaag for what is outdated); highest score first,
 * then by id, as suggestie_beste orders them. The rows are read whole.
 */
enum err_code store_register_suggesties(struct store *st, struct arena *a, const struct suggestie_vraag *v,
    enum register_soort soort, int vandaag, size_t max, struct register_item **out, size_t *n, struct err *e);

/*
 * Adds an entry (vermelding_id 0) or a profile under entry vermelding_id;
 * in must have passed register_validate. Adding is a confirmation:
 * bevestigd_op = vandaag. An organisation with an entry already is
 * ERR_CONFLICT (field "organisatie"); a profile's organisation must be the
 * entry's or a part of it (ERR_VALIDATION, field "organisatie"); an unknown
 * entry is ERR_NOT_FOUND. Call inside a transaction.
 */
enum err_code store_register_nieuw(struct store *st, const struct register_invoer *in, int64_t organisatie_id,
    int64_t vermelding_id, int64_t persoon_id, int64_t door, time_t now, int vandaag, int64_t *id, struct err *e);
/* Changes the fields (in validated); a change by its owner confirms it too (bevestigd_op = vandaag). */
enum err_code store_register_wijzig(struct store *st, int64_t id, const struct register_invoer *in, int64_t door,
    time_t now, int vandaag, struct err *e);
/* The owner says it is still right: bevestigd_op = vandaag. ERR_NOT_FOUND when there is none. */
enum err_code store_register_bevestig(struct store *st, int64_t id, int64_t door, time_t now, int vandaag,
    struct err *e);

/* How actor a stands to an item (core register_mag_bewerken judges it). */
enum err_code store_register_eigendom(struct store *st, const struct register_item *it, const struct actor *a,
    struct register_eigendom *out, struct err *e);
/* Is persoon a contactpersoon of organisation (or of the whole it is part of)? */
enum err_code store_register_is_contact(struct store *st, int64_t persoon_id, int64_t organisatie_id, bool *out,
    struct err *e);
/* Is organisation `eigen` the organisation `van` or one of its parts? */
enum err_code store_register_valt_onder(struct store *st, int64_t eigen, int64_t van, bool *out, struct err *e);
/* Is the organisation, or a whole it is part of, bestuurlijk aangesloten on day vandaag? */
enum err_code store_register_aangesloten(struct store *st, int64_t organisatie_id, int vandaag, bool *out,
    struct err *e);
/*
 * What persoon keeps: their profiles, the entries they are functionaris of,
 * and the entries (with their profiles) of organisations they are a
 * contactpersoon of. For the confirm prompt on the start page.
 */
enum err_code store_register_eigen(struct store *st, struct arena *a, int64_t persoon_id, struct register_item **out,
    size_t *n, struct err *e);

/* ---- search (zoek.c) ---------------------------------------------------------------- */

/* The search: every field optional (-1, 0 or NULL: no filter). */
struct register_zoek {
	const char *zoek;          /* a MATCH parameter from store_search_param, or NULL */
	int soort;                 /* enum register_soort */
	int leefgebied;            /* enum leefgebied */
	int wet;                   /* enum wet_regeling */
	int regio;                 /* enum regio */
	int orgtype;               /* enum organisatie_type */
	int64_t organisatie_id;    /* this organisation or its parts */
	int limit, offset;         /* limit -1: all (exports) */
};

/* An organisation among the hits, with how many of them are its own. */
struct register_facet_org {
	int64_t id;
	const char *naam;
	int64_t aantal;
};

/* The results of one page, and over all hits the total and the counts per facet. */
struct register_resultaat {
	struct register_item *items;
	size_t n;
	int64_t totaal;
	int64_t per_soort[REGSOORT__MAX];
	int64_t per_leefgebied[LEEFGEBIED__MAX];
	int64_t per_wet[WET__MAX];
	int64_t per_regio[REGIO__MAX];
	int64_t per_orgtype[ORGTYPE__MAX];
	struct register_facet_org *per_organisatie;   /* the 15 organisations with most hits, most first */
	size_t norganisaties;
};

/*
 * The hits of z: with a text ranked by the index (bm25: name and
 * organisation count most), without one by organisation, entries before
 * profiles, then name. The facet counts are over all hits, not the page.
 */
enum err_code store_register_zoek(struct store *st, struct arena *a, const struct register_zoek *z,
    struct register_resultaat *out, struct err *e);

/*
 * Every entry and profile (without the facet counts), by id: for the demo
 * data and the tests. Not for a request: the register may hold 100,000
 * professionals ("who can help" uses store_register_suggesties).
 */
enum err_code store_register_alle(struct store *st, struct arena *a, struct register_item **out, size_t *n,
    struct err *e);

#endif
