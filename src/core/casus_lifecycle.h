/* casus_lifecycle.h - the life of a casus, once for the web and the API: status transitions, the events the timeline records, who may set which part. */
#ifndef DOORBRAAK_CASUS_LIFECYCLE_H
#define DOORBRAAK_CASUS_LIFECYCLE_H

#include <stdbool.h>

#include "core/casus.h"
#include "core/err.h"
#include "core/rol.h"

/*
 *   (new) --indienen--> aangemeld --toewijzen--> in_behandeling --afronden--> afgerond
 *   concept --indienen--^    ^--------vrijgeven-------'    ^-------heropenen-------'
 *   aangemeld --afronden--> afgerond
 *
 * Each step below changes a casus in memory and says what happened
 * (struct casus_overgang); the caller stores the casus and records the event
 * in the timeline (app/casus/gebeurtenis.c writes the one text per event).
 * Who may take a step is perm.h's business (perm_casus_regie_op and friends).
 */

/* What the timeline records. */
enum casus_gebeurtenis {
	GEBEURTENIS_GEEN,          /* nothing the timeline records (no status or regievoerder change) */
	GEBEURTENIS_INGEDIEND,     /* the indiener submitted it: -> aangemeld */
	GEBEURTENIS_VASTGELEGD,    /* a regievoerder recorded it for an indiener (phone intake, API) */
	GEBEURTENIS_TOEGEWEZEN,    /* aangemeld -> in_behandeling: a regievoerder takes it */
	GEBEURTENIS_OVERGEDRAGEN,  /* in behandeling, another regievoerder takes it over (no status change) */
	GEBEURTENIS_VRIJGEGEVEN,   /* no regievoerder any more: in_behandeling -> aangemeld */
	GEBEURTENIS_AFGEROND,      /* -> afgerond */
	GEBEURTENIS_HEROPEND,      /* afgerond -> in_behandeling */
	GEBEURTENIS_FOLLOWUP,      /* the follow-up question was answered (no status change) */
	GEBEURTENIS_DEELNEMER_VERWIJDERD,   /* a deelnemer's invitation was taken away (no status change) */
	GEBEURTENIS__MAX
};

/* One step: what happened, from which status to which, on what date. Strings are borrowed from the casus or the caller. */
struct casus_overgang {
	enum casus_gebeurtenis gebeurtenis;
	int van;                   /* enum casus_status before the step; -1 for a casus that did not exist */
	enum casus_status naar;    /* the status after it */
	int datum;                 /* the date of the timeline entry: the closing date when closing, else today */
	const char *regievoerder;  /* TOEGEWEZEN, OVERGEDRAGEN: the name of the new regievoerder */
	const char *reden;         /* HEROPEND: why, as the regievoerder wrote it; NULL when not given */
	int followup_antwoord;     /* FOLLOWUP: enum followup_antwoord; -1 otherwise */
	const char *deelnemer;     /* DEELNEMER_VERWIJDERD: the name of the deelnemer */
	bool na_afronding;         /* the entry is monitoring: it comes after closure (FOLLOWUP, a step on a closed casus) */
};

/* True when the step is a statuswijziging in the timeline (the status changed or the casus is new); else a notitie. */
bool casus_overgang_statuswijziging(const struct casus_overgang *o);

/*
 * Defaults decided here, not in the store: a casus without ontvangenOp is
 * received today (a concept too: the looptijd of a concept starts when it is
 * submitted, see casus_indienen); an interventie without datum happened on
 * ontvangenOp (the timeline needs a date). Every caller of
 * store_casus_insert, _import and _update calls it just before saving: the
 * store refuses a casus without these dates.
 */
void casus_apply_defaults(struct casus *c, int vandaag);

/*
 * Submitting c, a new casus (van -1) or the indiener's concept (van
 * STATUS_CONCEPT). By the indiener (door_loket false) it becomes aangemeld;
 * a concept is received on the day it is submitted. Recorded by a
 * regievoerder for an indiener (door_loket true) it keeps the status given (a
 * casus can be recorded after the fact), aangemeld for a concept. Without an
 * ontvangenOp it is received today (casus_apply_defaults). ERR_VALIDATION
 * (field "status") when that status cannot follow van.
 */
enum err_code casus_indienen(struct casus *c, int van, bool door_loket, int vandaag, struct casus_overgang *o,
    struct err *e);

/*
 * Assigns regievoerder rv (naam set) to an open casus: aangemeld ->
 * in_behandeling (TOEGEWEZEN); in behandeling it changes hands
 * (OVERGEDRAGEN). ERR_CONFLICT for a concept or a closed casus.
 */
enum err_code casus_toewijzen(struct casus *c, const struct persoon_ref *rv, int vandaag, struct casus_overgang *o,
    struct err *e);

/*
 * Releases the regievoerder: in_behandeling -> aangemeld (VRIJGEGEVEN); an
 * aangemeld casus that still had one only loses it (VRIJGEGEVEN, no status
 * change); one without has nothing to release (GEEN). ERR_CONFLICT for a
 * concept or a closed casus.
 */
enum err_code casus_vrijgeven(struct casus *c, int vandaag, struct casus_overgang *o, struct err *e);

/*
 * Closes c on c->afgerond_op (set by the caller; today when not set): status
 * afgerond, the follow-up three months later unless c->followup_op is set.
 * The entry is dated on the closing date. ERR_CONFLICT (field "status") when
 * c's status cannot be closed.
 */
enum err_code casus_afronden(struct casus *c, int vandaag, struct casus_overgang *o, struct err *e);

/*
 * Reopens a closed casus: in_behandeling again, the closing date and the
 * follow-up that hung on it go (a new one is set when it closes again).
 * reden (may be NULL) is borrowed into o. ERR_CONFLICT when c is not afgerond.
 */
enum err_code casus_heropenen(struct casus *c, const char *reden, int vandaag, struct casus_overgang *o,
    struct err *e);

/*
 * The status after a change of the casus' fields (the API's PATCH): oud is the
 * casus before it, c after. afgerondOp set closes (casus_afronden); a
 * regievoerder assigned to an aangemeld casus takes it in behandeling, one
 * released from a casus in behandeling gives it back (aangemeld); another
 * regievoerder takes over (OVERGEDRAGEN). Otherwise GEEN. ERR_CONFLICT as
 * casus_afronden.
 */
enum err_code casus_status_volgt(struct casus *c, const struct casus *oud, int vandaag, struct casus_overgang *o,
    struct err *e);

/*
 * Records the answer to the follow-up question (enum followup_antwoord):
 * only for a closed casus (ERR_CONFLICT otherwise); ERR_VALIDATION (field
 * "antwoord") for an unknown answer.
 */
enum err_code casus_followup_beantwoorden(enum casus_status status, int antwoord, int vandaag,
    struct casus_overgang *o, struct err *e);

/*
 * Taking the invitation of deelnemer `naam` (rol: the deelnemer's role code)
 * away from a casus in `status`: recorded in the timeline today, as
 * monitoring when the casus is afgerond. ERR_CONFLICT (field "rol") for the
 * chair of the LET: that access follows from the escalatie they chair and
 * ends with it.
 */
enum err_code casus_deelnemer_verwijderen(enum casus_status status, const char *rol, const char *naam, int vandaag,
    struct casus_overgang *o, struct err *e);

/*
 * The date of an entry a regievoerder adds to the timeline (contactmoment,
 * notitie, interventie, correctie): today when none is given (*datum
 * DATE_NONE), never in the future (ERR_VALIDATION, field "datum").
 */
enum err_code casus_activiteit_datum(int *datum, int vandaag, struct err *e);

/* ---- after closure (casus_nazorg.c) ------------------------------------------------------- */

/*
 * The Loket keeps working on a closed casus without reopening it: the
 * signalenoverleg sharpens knelpunten and leerpunten, the researchers
 * classify, the ambassadeursoverleg filters, the Loket monitors how it goes.
 * None of this touches the looptijd (ontvangenOp to afgerondOp).
 *
 * The parts of a closed casus that may change without reopening it, by
 * interchange member name: knelpunten, leerpunten, wetten,
 * redenGeenLeerpunt, maatwerk, maatwerkToepassingen, buitenlandseComponent.
 * Every other part (dates, status, texts, parties, leefgebieden,
 * beleidsterreinen, interventies, resultaat) is fixed at closure and changes
 * only after reopening. Who may: perm_casus_aanvullen (core/perm.h).
 */
bool casus_na_afronding_wijzigbaar(const char *veld);

/*
 * May an entry of this type be added to the timeline of a casus with this
 * status (closed on afgerond_op), and does it fall after closure? Runs
 * casus_activiteit_datum first (*datum today when not given, never in the
 * future). On an open casus: contactmoment, notitie, interventie,
 * correctie (*na_afronding false). On a closed casus: contactmoment,
 * notitie and correctie as monitoring (*na_afronding true: outside the
 * looptijd), dated on or after afgerondOp (ERR_VALIDATION, field "datum");
 * an interventie is part of the looptijd: ERR_CONFLICT (field "type"), reopen
 * the casus first. A statuswijziging is never entered by hand (ERR_VALIDATION,
 * field "type").
 */
enum err_code casus_activiteit_toelaten(enum casus_status status, int afgerond_op, enum activiteit_type type,
    int *datum, int vandaag, bool *na_afronding, struct err *e);

/* What changed in a casus after closure, one item per change, for its entry on the timeline. */
enum casus_aanvulling_soort {
	AANVULLING_KNELPUNT_TOEGEVOEGD,   /* index into nieuw->knelpunten */
	AANVULLING_KNELPUNT_GEWIJZIGD,    /* index into nieuw->knelpunten (matched by position) */
	AANVULLING_KNELPUNT_VERWIJDERD,   /* index into oud->knelpunten */
	AANVULLING_LEERPUNT_TOEGEVOEGD,   /* index into nieuw->leerpunten (no id, or an id oud did not have) */
	AANVULLING_LEERPUNT_GEWIJZIGD,    /* index into nieuw->leerpunten (matched by id) */
	AANVULLING_LEERPUNT_ONTKOPPELD,   /* index into oud->leerpunten */
	AANVULLING_WETTEN,                /* the wetten en regelingen */
	AANVULLING_REDEN_GEEN_LEERPUNT,
	AANVULLING_MAATWERK,              /* the summary or the records */
	AANVULLING_BUITENLANDSE_COMPONENT,
	AANVULLING__MAX
};
struct casus_aanvulling {
	enum casus_aanvulling_soort soort;
	size_t index;
};
/*
 * The changes from oud to nieuw among the parts casus_na_afronding_wijzigbaar
 * allows, in the order above, at most max into out; returns how many there
 * are (may exceed max). A leerpunt counts as changed when its omschrijving,
 * categorie, orde, vraag, alBekend, terugkerend, themas, bron, bronReferentie,
 * wetten or koppelingen differ, or the number or parties of its beleggingen.
 */
size_t casus_aanvullingen(const struct casus *oud, const struct casus *nieuw, struct casus_aanvulling *out,
    size_t max);

/*
 * Who may set which part of a casus. Parts are named by their interchange
 * member names (as casus_validate names fields: "afgerondOp", "knelpunten").
 */
enum casus_fase {
	FASE_NIEUW,                /* a casus being created */
	FASE_CONCEPT,              /* the indiener's saved draft */
	FASE_INGEDIEND,            /* aangemeld, in behandeling or afgerond */
};
enum casus_veld_recht {
	VELD_MAG,                  /* this actor may set or change it */
	VELD_SYSTEEM,              /* doorbraak assigns it: the id; the referentie once the casus exists */
	VELD_VIA_FOLLOWUP,         /* only by answering the follow-up (casus_followup_beantwoorden) */
	VELD_ALLEEN_REGIE,         /* only a regievoerder */
	VELD_AFGELEID,             /* follows from elsewhere: letEscalatie from the escalaties, which (with the
	                              overbruggingen) have their own endpoints */
};
/*
 * The one list of fields per role. A regievoerder may set everything but
 * what doorbraak assigns. Anyone else may not set the regie part
 * (regievoerder, afgerondOp, resultaat, interventies, maatwerk, leerpunten,
 * letEscalatie, the follow-up; knelpunten and procesregie except on their
 * own concept; the referentie of a new casus) nor, once it exists, its
 * indiener or ontvangenOp.
 */
enum casus_veld_recht casus_veld_recht(const struct actor *a, enum casus_fase fase, const char *veld);
/* The fase of an existing casus with this status. */
enum casus_fase casus_fase_van(enum casus_status status);

#endif
