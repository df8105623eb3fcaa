/* register_suggestie.h - who can help with this casus: scoring register entries and profiles against a casus. */
#ifndef DOORBRAAK_REGISTER_SUGGESTIE_H
#define DOORBRAAK_REGISTER_SUGGESTIE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/register.h"

/* What of a casus the suggestions look at. */
struct suggestie_vraag {
	unsigned leefgebieden;          /* bit per enum leefgebied: where the casus is stuck */
	unsigned beleidsterreinen;      /* bit per enum beleidsterrein */
	uint64_t wetten;                /* bit per enum wet_regeling */
	const int64_t *organisaties;    /* the betrokken organisaties */
	size_t norganisaties;
	int regio;                      /* the indiener's region (enum regio), -1 when not known */
};

/* What of an entry or profile the score needs. */
struct suggestie_kandidaat {
	enum register_soort soort;
	unsigned leefgebieden;
	uint64_t wetten;
	int64_t organisatie_id;
	int64_t boven[2];               /* the organisation's parent and grandparent, 0 when none */
	int beleidsterrein;             /* the ministry it is or lies under, -1 */
	int regio;
	bool verouderd;                 /* register_verouderd */
};

/* Why a candidate fits, as bits. */
enum suggestie_reden {
	SUGGESTIE_LEEFGEBIED = 1u << 0,     /* shares a leefgebied */
	SUGGESTIE_WET = 1u << 1,            /* knows a wet or regeling the casus touches */
	SUGGESTIE_BELEIDSTERREIN = 1u << 2, /* is (part of) a ministry whose beleidsterrein the casus touches */
	SUGGESTIE_ORGANISATIE = 1u << 3,    /* is (part of) a betrokken organisatie */
	SUGGESTIE_REGIO = 1u << 4,          /* works in the indiener's region */
};

/* Points per shared leefgebied, per shared wet, and for each of the other reasons; minus for outdated. */
#define SUGGESTIE_PUNTEN_LEEFGEBIED     3
#define SUGGESTIE_PUNTEN_WET            2
#define SUGGESTIE_PUNTEN_BELEIDSTERREIN 4
#define SUGGESTIE_PUNTEN_ORGANISATIE    5
#define SUGGESTIE_PUNTEN_REGIO          3
#define SUGGESTIE_PUNTEN_VEROUDERD      (-1)

/*
 * The score of k for v, the sum of: 3 per leefgebied both have, 2 per wet
 * both have, 4 when k's ministry (its organisation or a whole above it) is
 * one of v's beleidsterreinen, 5 when k's organisation or a whole above it
 * is a betrokken organisatie, 3 when k works in the indiener's region (not
 * for landelijk: a national entry fits every region alike), and -1 when k is
 * possibly outdated. A region alone does not make a suggestion: without a
 * leefgebied, wet, beleidsterrein or organisatie in common the score is 0.
 * *redenen (may be NULL) gets the reasons.
 */
int suggestie_score(const struct suggestie_vraag *v, const struct suggestie_kandidaat *k, unsigned *redenen);

/*
 * The best at most max candidates of soort (-1: any) with a score above 0,
 * as indexes into k written to out: highest score first, on equal scores an
 * entry before a profile, then the lower index (the store's order). Returns
 * how many.
 */
size_t suggestie_beste(const struct suggestie_vraag *v, const struct suggestie_kandidaat *k, size_t n, int soort,
    size_t max, size_t *out);

#endif
