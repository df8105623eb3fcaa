/* escalatie.h - escalaties to the LET in the database: the record, its meetings, participants, afspraken and follow-up. */
#ifndef DOORBRAAK_STORE_ESCALATIE_H
#define DOORBRAAK_STORE_ESCALATIE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "core/err.h"
#include "core/escalatie.h"
#include "lib/mem.h"
#include "store/casus/casus.h"
#include "store/store.h"

/*
 * Every function that changes something runs inside the caller's
 * transaction (store_begin ... store_commit), so that the change, its
 * timeline entry and its audit row are one. Organisations are referred to as
 * core's organisatie_ref: by id, or found by name and type and created when
 * unknown (store_organisatie_resolve). Strings read are copied into the arena.
 */

/*
 * A new escalatie of casus e->casus_id as the core checked it (status
 * aangevraagd): the record, its organisations, and its `escalatie`
 * interventie on the timeline (dated aangevraagd_op, with text tijdlijn),
 * which is where the casus's LET flag and the report's interventie come
 * from. *id is the new record's id.
 */
enum err_code store_escalatie_insert(struct store *st, struct arena *a, const struct escalatie *e,
    const char *tijdlijn, int64_t auteur_gebruiker_id, time_t now, int64_t *id, struct err *err);
/* The escalatie id with everything below it; ERR_NOT_FOUND when it does not exist or is of another casus. */
enum err_code store_escalatie_get(struct store *st, struct arena *a, int64_t casus_id, int64_t id,
    struct escalatie *out, struct err *err);
/* Every escalatie of a casus, oldest first, each with everything below it. */
enum err_code store_escalatie_van_casus(struct store *st, struct arena *a, int64_t casus_id, struct escalatie **out,
    size_t *n, struct err *err);
/*
 * Writes what a step changed on the record (status, request fields, chair,
 * outcome, end date; with aanvraag also the organisations) when its stored
 * status is still `van`: ERR_CONFLICT when another request changed it first. A new chair is
 * made deelnemer of the casus (role let_voorzitter), and a replaced one stops
 * being one unless they chair another escalatie of it.
 */
enum err_code store_escalatie_update(struct store *st, struct arena *a, const struct escalatie *e,
    enum escalatie_status van, bool aanvraag, int64_t auteur_gebruiker_id, time_t now, struct err *err);
/* A meeting (with its participants) of escalatie escalatie_id; *id is the meeting's. */
enum err_code store_escalatie_bijeenkomst_add(struct store *st, struct arena *a, int64_t escalatie_id,
    const struct escalatie_bijeenkomst *b, int64_t auteur_gebruiker_id, time_t now, int64_t *id, struct err *err);
/* One more participant of meeting bijeenkomst_id. */
enum err_code store_escalatie_deelnemer_add(struct store *st, struct arena *a, int64_t bijeenkomst_id,
    const struct escalatie_deelnemer *d, time_t now, int64_t *id, struct err *err);
/* An afspraak made at meeting bijeenkomst_id (status open: no follow-up yet). */
enum err_code store_escalatie_afspraak_add(struct store *st, struct arena *a, int64_t bijeenkomst_id,
    const struct escalatie_afspraak *af, int64_t auteur_gebruiker_id, time_t now, int64_t *id, struct err *err);
/* One entry in the follow-up of afspraak afspraak_id (append-only). */
enum err_code store_afspraak_opvolging_add(struct store *st, int64_t afspraak_id, const struct afspraak_opvolging *o,
    int64_t auteur_gebruiker_id, time_t now, struct err *err);

/* An escalatie in a list (the list page, the chair's view). */
struct escalatie_item {
	int64_t id;
	int64_t casus_id;
	const char *referentie;
	enum escalatie_status status;
	enum urgentie urgentie;
	int aangevraagd_op;
	int64_t voorzitter_id;         /* persoon, 0 when none */
	const char *voorzitter;        /* the chair's name, NULL when none */
	long afspraken_open;           /* afspraken whose current status is open */
	int eerste_uiterlijk;          /* the earliest uiterlijk of those, DATE_NONE when none */
};
/*
 * The escalaties, newest first (at most 500). voorzitter_persoon_id > 0: only
 * those this persoon chairs. alleen_open: not yet ended.
 */
enum err_code store_escalatie_lijst(struct store *st, struct arena *a, int64_t voorzitter_persoon_id, bool alleen_open,
    struct escalatie_item **out, size_t *n, struct err *err);

/* An afspraak that is still open, with where it belongs, for the start pages. */
struct afspraak_item {
	int64_t escalatie_id;
	const char *referentie;
	struct escalatie_afspraak afspraak;   /* organisatie with its name; opvolging not loaded (status open) */
	int64_t voorzitter_id;
};
/*
 * The afspraken whose current status is open and whose uiterlijk is before
 * `voor` (the caller asks core which are te laat), oldest uiterlijk first,
 * at most 500; voorzitter_persoon_id > 0: only of escalaties they chair.
 */
enum err_code store_afspraken_open(struct store *st, struct arena *a, int voor, int64_t voorzitter_persoon_id,
    struct afspraak_item **out, size_t *n, struct err *err);

/*
 * Every escalatie of a casus that is no concept, for the jaarrapportage:
 * status, dates, urgentie, uitkomst and the chair's id only (no free text).
 * beperking: 0 for all, or a persoon id (casus_beperking): only the casussen
 * they submitted or were invited to.
 */
enum err_code store_escalatie_rapport(struct store *st, struct arena *a, int64_t beperking, struct escalatie **out,
    size_t *n, struct err *err);

/* The persons with an active account with the role let_voorzitter, by name (the chairs one may engage). */
enum err_code store_let_voorzitters(struct store *st, struct arena *a, struct persoon_kort **out, size_t *n,
    struct err *err);

/*
 * For an imported casus (store_casus_import calls it): every `escalatie`
 * interventie on its timeline without a record gets one, as migration 009
 * does (afgerond when the casus is, else aangevraagd; what was not recorded
 * is said to be unknown); with vlag (letEscalatie of an older file) and no
 * escalatie interventie at all, one is added first.
 */
enum err_code store_escalatie_legacy(struct store *st, int64_t casus_id, bool vlag, time_t now, struct err *err);
/*
 * The escalaties of an imported casus in full (the interchange format), after
 * store_casus_import: they take the place of what store_escalatie_legacy made
 * of its timeline, record k linked to the k-th escalatie interventie in date
 * order (one is added when there are fewer); an escalatie interventie left
 * over keeps a record of its own. n = 0 changes nothing.
 */
enum err_code store_escalatie_import(struct store *st, struct arena *a, int64_t casus_id, const struct escalatie *v,
    size_t n, time_t now, struct err *err);

#endif
