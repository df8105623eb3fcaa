/* gelijkenis.h - how similar an earlier casus is to this one ("who can help", part b): the key words of a casus for the text search, and the scoring rule over leefgebieden, beleidsterreinen, organisations and text. */
#ifndef DOORBRAAK_GELIJKENIS_H
#define DOORBRAAK_GELIJKENIS_H

#include <stddef.h>
#include <stdint.h>

#include "lib/mem.h"

#define GELIJKENIS_MAX_WOORDEN 16   /* key words searched for */
#define GELIJKENIS_MIN_WOORD 5      /* bytes: shorter words say little */
#define GELIJKENIS_TOP 5            /* similar casussen shown */
#define GELIJKENIS_DREMPEL 20       /* a score below this is not similar enough to show */

/*
 * The key words of a casus for the text search, from its texts (NULL
 * entries skipped): words of at least GELIJKENIS_MIN_WOORD bytes, ASCII
 * letters lowered, common Dutch words left out, each once, in the order
 * they first appear, at most GELIJKENIS_MAX_WOORDEN; separated by spaces.
 * NULL when there are none. In arena a.
 */
const char *gelijkenis_kernwoorden(struct arena *a, const char *const *teksten, size_t n);

/* What this casus has: how many leefgebieden, beleidsterreinen and organisations. */
struct gelijkenis_doel {
	int leefgebieden, beleidsterreinen, organisaties;
};

/* An earlier casus and what it shares with this one. */
struct gelijkenis_kandidaat {
	int64_t casus_id;
	double tekst;                    /* text similarity: -bm25 of the key words (> 0), 0 when no text matched */
	int lg_gedeeld, lg_ander;        /* leefgebieden shared, and how many the other casus has */
	int bt_gedeeld, bt_ander;        /* beleidsterreinen */
	int org_gedeeld, org_ander;      /* organisations involved */
	int score;                       /* 0..100, set by gelijkenis_score / gelijkenis_top */
};

/*
 * The score, 0..100: 30 x the overlap of the leefgebieden, 20 x that of the
 * beleidsterreinen, 20 x that of the organisations (each the Jaccard index:
 * shared / in either), and 30 x the text similarity t / (t + 4), rounded.
 * (Leefgebieden and text weigh most: where a casus is stuck and what it is
 * about; the same ministries or parties count less, as many casussen share VWS
 * or a municipality.)
 */
int gelijkenis_score(const struct gelijkenis_doel *d, const struct gelijkenis_kandidaat *k);

/*
 * Scores the n kandidaten, keeps those scoring at least GELIJKENIS_DREMPEL,
 * orders them by score (equal scores: the later casus, higher id, first) and
 * returns how many of them are at the front of k, at most max.
 */
size_t gelijkenis_top(struct gelijkenis_kandidaat *k, size_t n, const struct gelijkenis_doel *d, size_t max);

#endif
