/* evenement.h - professionaliseren in the store: events, invitations from the register with registration and
   attendance, the casussen and leerpunten discussed, and the figures of a year. */
#ifndef DOORBRAAK_STORE_EVENEMENT_H
#define DOORBRAAK_STORE_EVENEMENT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "core/evenement.h"
#include "lib/mem.h"
#include "store/store.h"

/* An invitation as shown: who (an entry's functionaris or a profile of the register), and where it stands. */
struct evenement_deelnemer {
	int64_t register_item_id;
	bool vermelding;             /* an entry (its maatwerkfunctionaris), not a profile */
	const char *naam, *functie;  /* functie may be NULL */
	int64_t organisatie_id;
	const char *organisatie_naam;
	enum deelname_status status;
	int aanwezig;                /* 1, 0, -1 not recorded */
};

/* A casus discussed, as the audience sees it: referentie and leefgebieden only. */
struct evenement_casus {
	const char *referentie;
	unsigned leefgebieden;       /* bit per enum leefgebied */
};

struct evenement_leerpunt {
	int64_t id;
	const char *omschrijving;    /* shown only to those who may read leerpunten */
	int categorie;               /* enum categorie, -1 none */
	bool bron;                   /* the event is where the leerpunt came from */
};

/* One event with everything under it (strings and arrays in the caller's arena). */
struct evenement_volledig {
	struct evenement ev;
	struct evenement_deelnemer *deelnemers;
	size_t ndeelnemers;
	struct evenement_casus *casussen;
	size_t ncasussen;
	struct evenement_leerpunt *leerpunten;
	size_t nleerpunten;
};

/* A row of the list: the event and its counts. */
struct evenement_overzicht {
	struct evenement ev;
	long uitgenodigd, aangemeld, aanwezig, casussen, leerpunten;
};

/* Saves a new event (checked with evenement_validate); *id set. Inside a transaction. */
enum err_code store_evenement_nieuw(struct store *st, const struct evenement *ev, int64_t door, time_t now,
    int64_t *id, struct err *e);
/* Changes an event's fields; ERR_NOT_FOUND when there is none. Inside a transaction. */
enum err_code store_evenement_wijzig(struct store *st, const struct evenement *ev, time_t now, struct err *e);
/* One event with its invitations, casussen and leerpunten; ERR_NOT_FOUND (a Dutch message) when absent. */
enum err_code store_evenement_lees(struct store *st, struct arena *a, int64_t id, struct evenement_volledig *out,
    struct err *e);
/* The events (newest first) of year jaar (0: all), of soort (-1: any), at most 1000. */
enum err_code store_evenement_lijst(struct store *st, struct arena *a, int jaar, int soort,
    struct evenement_overzicht **out, size_t *n, struct err *e);

/*
 * Invites an entry or profile of the register to event evenement_id with
 * status (and attendance, -1 not recorded). An unknown register item is
 * ERR_VALIDATION (field `veld`, "Er is geen … met nummer N"); one invited
 * already is ERR_CONFLICT. Inside a transaction.
 */
enum err_code store_evenement_uitnodigen(struct store *st, int64_t evenement_id, int64_t register_item_id,
    enum deelname_status status, int aanwezig, const char *veld, int64_t door, time_t now, struct err *e);
/* The status and attendance (aanwezig -1: not recorded) of an invitation; ERR_NOT_FOUND when not invited. */
enum err_code store_evenement_deelname(struct store *st, int64_t evenement_id, int64_t register_item_id,
    enum deelname_status status, int aanwezig, int64_t door, time_t now, struct err *e);
/* An invitation as stored (for the checks before a change); ERR_NOT_FOUND when not invited. */
enum err_code store_evenement_deelname_lees(struct store *st, int64_t evenement_id, int64_t register_item_id,
    enum deelname_status *status, int *aanwezig, struct err *e);

/*
 * A casus discussed at the event, by referentie: an unknown casus (or a
 * concept) is ERR_VALIDATION (field `veld`); one linked already is
 * ERR_CONFLICT. *casus_id is set for the audit row.
 */
enum err_code store_evenement_casus(struct store *st, int64_t evenement_id, const char *referentie, const char *veld,
    int64_t *casus_id, struct err *e);
/*
 * A leerpunt discussed at the event; with bron the event is its source. An
 * unknown leerpunt is ERR_VALIDATION (field `veld`); one linked already, or
 * a source elsewhere already, is ERR_CONFLICT.
 */
enum err_code store_evenement_leerpunt(struct store *st, int64_t evenement_id, int64_t leerpunt_id, bool bron,
    const char *veld, struct err *e);

/* The event a leerpunt names as its source: *found false when none; ev in the caller's arena. */
enum err_code store_evenement_bron_van(struct store *st, struct arena *a, int64_t leerpunt_id, struct evenement *ev,
    bool *found, struct err *e);

/* The figures of professionaliseren in jaar (core/evenement.h counts them). */
enum err_code store_evenement_cijfers(struct store *st, int jaar, struct evenement_cijfers *out, struct err *e);

/* How many events there are (the demo adds its own only to a database without). */
enum err_code store_evenement_aantal(struct store *st, int64_t *n, struct err *e);
/* The first leerpunt signalled at source `bron` (a leerpunt_bron code, "bestuurlijke_tafel"); *id 0 when none. */
enum err_code store_evenement_signaal_met_bron(struct store *st, const char *bron, int64_t *id, struct err *e);

#endif
