/* casus.h - casussen in the database: save and load the whole casus, numbering, lists, timeline, participants. */
#ifndef DOORBRAAK_STORE_CASUS_H
#define DOORBRAAK_STORE_CASUS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "core/casus.h"
#include "core/err.h"
#include "lib/mem.h"
#include "store/store.h"

/*
 * Saves a new casus with everything in it (classifications, organisations,
 * knelpunten, interventies as timeline entries, leerpunten with beleggingen).
 * Persons (indiener, regievoerder) are matched by e-mail (case-insensitive),
 * else by name within their organisation, and created when unknown
 * (persoon_ref.id != 0 names a stored persoon directly);
 * organisations by name and type (ministries by code), created when unknown
 * (organisatie_ref.id != 0 names a stored one directly); the connection dates
 * an organisation carries are written on its row (an absent date never
 * clears one). A belegging bij PMM (bij_pmm, or code "PMM") is the
 * organisation with code PMM; its first status row is dated afgerondOp, else
 * ontvangenOp.
 * A leerpunt id that exists links that leerpunt to this casus as well (one
 * leerpunt, several casussen; the stored leerpunt is left as it is); a new
 * leerpunt or belegging keeps its id when given and free.
 * When c->referentie is NULL and the status is not concept, the next
 * referentie of the year of ontvangenOp is assigned (gapless, unique; the
 * caller holds a write transaction); an explicit referentie moves that year's
 * counter up to its number. c->id is ignored (the database assigns it).
 * The dates a casus lacks are the caller's to decide (casus_apply_defaults):
 * without ontvangenOp, or with an undated interventie, the casus is refused
 * (ERR_VALIDATION). On success c->id and c->referentie (arena a) are set. ERR_CONFLICT (field
 * "referentie") for a referentie that exists. Must run inside a transaction
 * (store_begin); on failure the caller rolls back.
 */
enum err_code store_casus_insert(struct store *st, struct arena *a, struct casus *c, int64_t auteur_gebruiker_id,
    time_t now, struct err *e);

/*
 * store_casus_insert for `doorbraak import`: the casus is recorded exactly as
 * the line states it. c->id is kept when no casus has that id (so that an
 * export imported into an empty database exports identically); the
 * indiener's organisation and its aangeslotenSinds/Tot are kept with the
 * casus as stated (none when the line names none), so the jaarrapportage's
 * indienersGemeenteAangesloten counts each casus as its line says.
 * A leerpunt id names one leerpunt across the whole import: the caller gives
 * leerpunten without id fresh ids above every id still to come (cmd_import
 * does), so that a new leerpunt never takes an id a later line refers to.
 */
enum err_code store_casus_import(struct store *st, struct arena *a, struct casus *c, int64_t auteur_gebruiker_id,
    time_t now, struct err *e);

/*
 * Moves the counter of the referentie's year up to its number, as saving a
 * casus with that referentie would (an invalid referentie is ignored). Import
 * calls it for every referentie in the file before saving any casus, so that
 * a number assigned to a line without referentie never collides with an
 * explicit one further down. Inside the import's transaction.
 */
enum err_code store_referentie_reserveer(struct store *st, const char *referentie, struct err *e);

/* The highest leerpunt id in use, 0 when there are none (import numbers leerpunten without id above it). */
int64_t store_casus_leerpunt_max_id(struct store *st);

/* Readies the connection for one large import transaction (a larger page cache, the search index built at the
   end); store_casus_bulk_end, before the commit, builds it. */
void store_casus_bulk(struct store *st);
enum err_code store_casus_bulk_end(struct store *st);

/*
 * Brings the stored casus c->id in line with c, touching only what differs:
 * the casus row when one of its columns changed; the classifications,
 * organisations, knelpunten or leerpunten (matched by id; new ones added)
 * only when that part changed. The timeline is never rewritten: interventies
 * in c without a stored counterpart (same type, datum and omschrijving) are
 * appended. Assigns a referentie when a concept is submitted. Dates as
 * store_casus_insert. Inside a transaction. ERR_NOT_FOUND when the casus
 * does not exist.
 */
enum err_code store_casus_update(struct store *st, struct arena *a, struct casus *c, int64_t auteur_gebruiker_id,
    time_t now, struct err *e);

/*
 * Changes only the status of casus_id, from van to naar, in one statement
 * that holds only while the stored status is still van: ERR_CONFLICT (field
 * "status") when it is not (someone else changed it; the caller answers
 * 409), ERR_NOT_FOUND when the casus does not exist. Whether the transition
 * is allowed is the caller's (core) question; the statuswijziging on the
 * timeline is the caller's too. Not for concepts (submitting one assigns a
 * referentie: store_casus_update) nor for closing, which sets afgerondOp
 * with it (ERR_VALIDATION for a concept).
 */
enum err_code store_casus_set_status(struct store *st, int64_t casus_id, enum casus_status van,
    enum casus_status naar, time_t now, struct err *e);

/*
 * Loads the whole casus (as interchange_write needs it) into a. Organisations
 * and persons carry their ids. Interventies are the timeline's interventie
 * entries that no later entry corrects; beleggingen those not forwarded
 * (doorgezet), each with the status of its latest history row (by datum, then
 * entry order). ERR_NOT_FOUND when absent.
 */
enum err_code store_casus_load(struct store *st, struct arena *a, const char *referentie, struct casus *out,
    struct err *e);
enum err_code store_casus_load_id(struct store *st, struct arena *a, int64_t id, struct casus *out, struct err *e);

/* The facts access decisions need, without loading the casus. ERR_NOT_FOUND when absent. */
struct casus_toegang {
	int64_t id;
	enum casus_status status;
	int64_t indiener_persoon_id;
	int64_t regievoerder_persoon_id;
	bool is_deelnemer;            /* the asking persoon was invited */
	bool deelnemer_intern;        /* ... and may see the internal entries (no casus_deelnemer_beperkt row) */
	int afgerond_op;              /* DATE_NONE while open (entries after closure are dated on or after it) */
};
enum err_code store_casus_toegang(struct store *st, const char *referentie, int64_t persoon_id,
    struct casus_toegang *out);
/* The same by casus id (a concept has no referentie yet). */
enum err_code store_casus_toegang_id(struct store *st, int64_t casus_id, int64_t persoon_id,
    struct casus_toegang *out);

/* Filters of the werkvoorraad and GET /api/v1/casussen. Zero values mean "any". */
struct casus_filter {
	unsigned statussen;           /* bit per enum casus_status; 0 = all but concept */
	int64_t regievoerder_id;      /* persoon id; 0 any */
	bool niet_toegewezen;         /* regievoerder IS NULL */
	int leefgebied;               /* enum leefgebied, -1 any */
	int beleidsterrein;           /* enum beleidsterrein, -1 any */
	int indiener_type;            /* enum indiener_type, -1 any */
	int min_leeftijd_dagen;       /* ontvangenOp at least this many days before `vandaag`; 0 any */
	int vandaag;                  /* today's day number, for leeftijd */
	const char *zoek;             /* full-text query (FTS5, Dutch stemming); NULL none */
	/* Visibility: when beperk_tot_persoon != 0 only casussen of which that persoon is the
	   indiener or a deelnemer are listed (indieners, ambassadeurs); concepts only for their indiener. */
	int64_t beperk_tot_persoon;
	enum { SORT_ONTVANGEN_DESC, SORT_ONTVANGEN_ASC, SORT_REFERENTIE, SORT_STATUS,
	    SORT_URGENTIE /* zeer hoog first, then oldest */ } sort;
	int offset, limit;            /* limit 0 = 25; at most 500 */
};

struct casus_rij {                /* one row of a list */
	int64_t id;
	const char *referentie;       /* NULL for a concept */
	enum casus_status status;
	int ontvangen_op, afgerond_op;
	const char *hulpvraag;        /* the first 200 bytes (whole UTF-8 characters) */
	const char *indiener_naam, *indiener_organisatie;
	int indiener_type;            /* -1 unknown */
	const char *regievoerder_naam;    /* NULL when not assigned */
	int64_t regievoerder_id;
	unsigned leefgebieden, beleidsterreinen;
	enum urgentie urgentie;
	int followup_op;              /* DATE_NONE when none */
	int followup_antwoord;        /* -1 when not answered */
};

/* One page of matching rows (arena) and the total number of matches. */
enum err_code store_casus_list(struct store *st, struct arena *a, const struct casus_filter *f,
    struct casus_rij **rows, size_t *n, size_t *total, struct err *e);

/* Counts per status for the same filter without its status part (werkvoorraad tabs). */
enum err_code store_casus_counts(struct store *st, const struct casus_filter *f, long counts[STATUS__MAX],
    struct err *e);

/* Calls fn for every casus (all statuses but concept; ordered by referentie), loaded in full
   into a fresh arena that is freed after fn returns. Stops when fn returns non-zero.
   vanaf: only casussen with ontvangenOp >= vanaf (DATE_NONE = all). */
enum err_code store_casus_each(struct store *st, int vanaf, int (*fn)(const struct casus *c, void *arg), void *arg,
    struct err *e);

/* Every casus as store_casus_each selects and orders them, loaded in full into a (for the
   jaarrapportage, which needs them all at once): *out is an array of *n pointers. */
enum err_code store_casus_all(struct store *st, struct arena *a, int vanaf, const struct casus *const **out,
    size_t *n, struct err *e);

/* ---- leerpunten on their own, and changing one leerpunt (signaal.c) ---- */

/*
 * Saves a leerpunt without a casus (a signal: its bron is not `casus`) with
 * its wetten, koppelingen and beleggingen (each with its history, as
 * store_casus_insert saves them; a first status without history is dated
 * gesignaleerdOp). l->id is kept when given and free (import); on success
 * it holds the stored id. Inside a transaction.
 */
enum err_code store_signaal_insert(struct store *st, struct arena *a, struct leerpunt *l, int64_t auteur_gebruiker_id,
    time_t now, struct err *e);
/* One leerpunt in full (as a casus carries it) by id; ERR_NOT_FOUND when absent. */
enum err_code store_leerpunt_load(struct store *st, struct arena *a, int64_t id, struct leerpunt *out, struct err *e);
/* Calls fn for every leerpunt without a casus (id order), loaded in full into a fresh arena; stops on non-zero.
   vanaf: only those signalled on or after it (DATE_NONE = all). */
enum err_code store_signalen_each(struct store *st, int vanaf, int (*fn)(const struct leerpunt *l, void *arg),
    void *arg, struct err *e);
/*
 * Changes the fields of a stored leerpunt (omschrijving, categorie, orde,
 * vraag, alBekend, terugkerend, bron, bronReferentie, gesignaleerdOp,
 * wetten, koppelingen) and records who changed it when. Its themes and
 * beleggingen are left as they are (they have their own steps). Inside a
 * transaction. ERR_NOT_FOUND when absent.
 */
enum err_code store_leerpunt_wijzigen(struct store *st, struct arena *a, int64_t id, const struct leerpunt *l,
    int64_t auteur_gebruiker_id, time_t now, struct err *e);
/* The casussen a leerpunt belongs to (ids and statuses), for their timelines. */
struct leerpunt_casus_kort {
	int64_t casus_id;
	enum casus_status status;
};
enum err_code store_leerpunt_casussen(struct store *st, struct arena *a, int64_t leerpunt_id,
    struct leerpunt_casus_kort **out, size_t *n, struct err *e);

/* The timeline. */
struct activiteit {
	int64_t id;
	enum activiteit_type type;
	int datum;
	int interventie_type;         /* enum interventie_type, -1 when not an interventie */
	const char *omschrijving;
	const char *status_van, *status_naar;    /* status changes */
	int64_t corrigeert_id;        /* 0 unless a correction */
	const char *auteur_naam;      /* NULL when unknown (import) */
	const char *created_at;       /* UTC timestamp */
	bool na_afronding;            /* recorded after closure (monitoring; outside the looptijd) */
	bool gedeeld;                 /* shared with the indiener; false: internal (core/perm.h perm_casus_intern_zien) */
};
/*
 * Appends act to the timeline, shared with the indiener when act->gedeeld (a row in activiteit_gedeeld).
 * ERR_VALIDATION for an undated entry (core's casus_activiteit_datum dates it).
 */
enum err_code store_activiteit_add(struct store *st, int64_t casus_id, const struct activiteit *act,
    int64_t auteur_gebruiker_id, time_t now, int64_t *id, struct err *e);
/*
 * Oldest first. met_intern false: only the entries shared with the indiener (the query leaves the internal ones
 * out, so what a reader may not see never leaves the store); true: all of them.
 */
enum err_code store_activiteit_list(struct store *st, struct arena *a, int64_t casus_id, bool met_intern,
    struct activiteit **out, size_t *n, struct err *e);

/* Status and assignment changes (the caller records the statuswijziging activiteit). */
enum err_code store_casus_set_regievoerder(struct store *st, int64_t casus_id, int64_t persoon_id, time_t now,
    struct err *e);   /* persoon_id 0 = release */

/* Participants. */
struct deelnemer {
	int64_t persoon_id;
	const char *naam, *email, *organisatie, *rol;   /* rol: ambassadeur | maatwerkprofessional */
	const char *uitgenodigd_op;
	bool intern;                  /* sees the internal entries and the complexity score */
};
/* intern false: the deelnemer sees only what is shared with the indiener (a row in casus_deelnemer_beperkt). */
enum err_code store_deelnemer_add(struct store *st, int64_t casus_id, int64_t persoon_id, const char *rol,
    bool intern, int64_t door_gebruiker_id, time_t now, struct err *e);
enum err_code store_deelnemer_list(struct store *st, struct arena *a, int64_t casus_id, struct deelnemer **out,
    size_t *n, struct err *e);
/*
 * The role and name of deelnemer persoon_id of a casus (strings in a): ERR_NOT_FOUND when they are not one.
 */
enum err_code store_deelnemer_get(struct store *st, struct arena *a, int64_t casus_id, int64_t persoon_id,
    const char **rol, const char **naam, struct err *e);
/* Takes persoon_id's invitation away: from now on the casus is hidden from them. ERR_NOT_FOUND when not invited. */
enum err_code store_deelnemer_remove(struct store *st, int64_t casus_id, int64_t persoon_id, struct err *e);
/*
 * The organisation o stands for, for the other aggregates that name one (an
 * escalatie's table, an overbrugging's payers): by id (ERR_VALIDATION when
 * there is none), else by code and type, else by name and type
 * (case-insensitive); created when unknown. Inside a transaction.
 */
enum err_code store_organisatie_resolve(struct store *st, struct arena *a, const struct organisatie_ref *o, int64_t *id,
    struct err *e);
/*
 * The persoon p stands for (by id; else by e-mail, case-insensitive; else by
 * name within its organisation), created with its organisation when unknown;
 * *id = 0 when p names nobody. Inside a transaction.
 */
enum err_code store_persoon_resolve(struct store *st, struct arena *a, const struct persoon_ref *p, int64_t *id,
    struct err *e);
/* The persoon with an account with this e-mail (for inviting); ERR_NOT_FOUND otherwise. */
enum err_code store_persoon_by_email(struct store *st, const char *email, int64_t *persoon_id, struct err *e);

/* Follow-up: casussen whose followup_op <= vandaag and that have no answer yet. */
enum err_code store_followup_due(struct store *st, struct arena *a, int vandaag, struct casus_rij **rows,
    size_t *n, struct err *e);
enum err_code store_followup_answer(struct store *st, int64_t casus_id, int antwoord, const char *toelichting,
    time_t now, struct err *e);

/* Regievoerders (persons with an active account with that role), for the assign menu. */
struct persoon_kort {
	int64_t id;
	const char *naam;
};
enum err_code store_regievoerders(struct store *st, struct arena *a, struct persoon_kort **out, size_t *n,
    struct err *e);

#endif
