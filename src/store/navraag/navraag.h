/* navraag.h - the navraag rounds in the database: a round with its peildatum, what it asks of whom, the answers. */
#ifndef DOORBRAAK_STORE_NAVRAAG_H
#define DOORBRAAK_STORE_NAVRAAG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "core/codes.h"
#include "core/leerpunt.h"
#include "core/navraag.h"
#include "lib/mem.h"
#include "store/store.h"

struct navraagronde {
	int64_t id;
	const char *naam;
	int peildatum;
	int gesloten_op;              /* DATE_NONE while open */
	long vragen, beantwoord;
};

/* One question of a round: a belegging, whom to ask, and the answer once recorded. */
struct navraag_vraag {
	int64_t belegging_id, leerpunt_id;
	const char *leerpunt_omschrijving;
	enum categorie categorie;
	int orde;
	bool bij_pmm;
	int64_t organisatie_id;       /* the party (the trekker of a joint belegging) */
	const char *organisatie;      /* its name */
	int organisatie_type;         /* enum organisatie_type, -1 unknown */
	enum navraag_gevraagde gevraagd;
	const char *persoon_naam, *persoon_email;   /* NULL without met_namen, or when nobody was found */
	enum opvolging_status status_op_peildatum;  /* what the round asked about */
	enum opvolging_status status_nu;            /* the current status */
	bool beantwoord;
	int antwoord_datum;           /* DATE_NONE until answered */
	enum opvolging_status antwoord_status;
	int antwoord_reden;           /* -1 none */
	const char *antwoord_notitie, *antwoord_bron;
};

/* What went well and should stay, per party of a round. */
struct navraag_partij {
	int64_t organisatie_id;
	const char *organisatie;
	const char *wat_ging_goed, *bron;   /* NULL when nothing recorded */
	int datum;
};

/*
 * Creates a round (checked with navraagronde_validate) and its questions: every
 * belegging that navraag_in_ronde puts in a round with this peildatum (the
 * status as it stood then, read with opvolging_op from the history), with
 * whom to ask (navraag_gevraagde_voor) and, when found, the person: an
 * ambassadeur representing the party (an active account at it or above it),
 * the indiener of a casus of the leerpunt, a maatwerkprofessional invited
 * to such a casus from the party. Inside a transaction. *id the round's id,
 * *n the number of questions.
 */
enum err_code store_navraagronde_maak(struct store *st, struct arena *a, const struct navraagronde_invoer *in,
    int64_t auteur_gebruiker_id, time_t now, int64_t *id, size_t *n, struct err *e);

/* Every round, newest peildatum first, with its counts. */
enum err_code store_navraagrondes(struct store *st, struct arena *a, struct navraagronde **out, size_t *n,
    struct err *e);

/*
 * One round with its questions (grouped by party, by name) and its parties'
 * notes. met_namen: read whom to ask by name and e-mail (only for those who
 * may see them: perm_navraag_namen); without it no name is read at all.
 * ERR_NOT_FOUND for an unknown round.
 */
enum err_code store_navraagronde_get(struct store *st, struct arena *a, int64_t id, bool met_namen,
    struct navraagronde *r, struct navraag_vraag **vragen, size_t *nvragen, struct navraag_partij **partijen,
    size_t *npartijen, struct err *e);

/*
 * Records the answer to the round's question about belegging_id: a new entry
 * in the belegging's history (in, already checked with opvolging_validate)
 * linked to the question; the belegging's next navraag as given.
 * ERR_NOT_FOUND when the round does not ask about it; ERR_CONFLICT when the
 * round is closed or the question was answered already. Inside a transaction.
 */
enum err_code store_navraag_antwoord(struct store *st, int64_t ronde_id, int64_t belegging_id,
    const struct opvolging_invoer *in, int volgende_navraag, int64_t auteur_gebruiker_id, time_t now,
    struct err *e);

/* Records (replaces) what went well at a party of the round; ERR_NOT_FOUND for an unknown round or party. */
enum err_code store_navraag_partij_zet(struct store *st, int64_t ronde_id, int64_t organisatie_id,
    const char *wat_ging_goed, const char *bron, int datum, int64_t auteur_gebruiker_id, time_t now,
    struct err *e);

/* Closes an open round on datum (ERR_CONFLICT when closed already, ERR_NOT_FOUND when unknown). */
enum err_code store_navraagronde_sluiten(struct store *st, int64_t id, int datum, struct err *e);

#endif
