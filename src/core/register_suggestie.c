/* register_suggestie.c - the scoring rule of "who can help with this casus" (register_suggestie.h). */
#include "core/register_suggestie.h"

static int
bits(uint64_t x)
{
	int n = 0;

	for (; x != 0; x &= x - 1)
		n++;
	return n;
}

static bool
betrokken(const struct suggestie_vraag *v, int64_t id)
{
	if (id == 0)
		return false;
	for (size_t i = 0; i < v->norganisaties; i++)
		if (v->organisaties[i] == id)
			return true;
	return false;
}

int
suggestie_score(const struct suggestie_vraag *v, const struct suggestie_kandidaat *k, unsigned *redenen)
{
	unsigned r = 0;
	int score = 0, lg = bits(v->leefgebieden & k->leefgebieden), wet = bits(v->wetten & k->wetten);

	if (lg > 0) {
		score += lg * SUGGESTIE_PUNTEN_LEEFGEBIED;
		r |= SUGGESTIE_LEEFGEBIED;
	}
	if (wet > 0) {
		score += wet * SUGGESTIE_PUNTEN_WET;
		r |= SUGGESTIE_WET;
	}
	if (k->beleidsterrein >= 0 && k->beleidsterrein < BELEIDSTERREIN__MAX &&
	    (v->beleidsterreinen & (1u << k->beleidsterrein))) {
		score += SUGGESTIE_PUNTEN_BELEIDSTERREIN;
		r |= SUGGESTIE_BELEIDSTERREIN;
	}
	if (betrokken(v, k->organisatie_id) || betrokken(v, k->boven[0]) || betrokken(v, k->boven[1])) {
		score += SUGGESTIE_PUNTEN_ORGANISATIE;
		r |= SUGGESTIE_ORGANISATIE;
	}
	if (r == 0) {   /* nothing in common but perhaps the region: no suggestion */
		if (redenen != NULL)
			*redenen = 0;
		return 0;
	}
	if (v->regio >= 0 && v->regio != REGIO_LANDELIJK && k->regio == v->regio) {
		score += SUGGESTIE_PUNTEN_REGIO;
		r |= SUGGESTIE_REGIO;
	}
	if (k->verouderd)
		score += SUGGESTIE_PUNTEN_VEROUDERD;
	if (score <= 0)
		r = 0, score = 0;
	if (redenen != NULL)
		*redenen = r;
	return score;
}

/* Does candidate a come before b (scores sa, sb)? */
static bool
eerder(const struct suggestie_kandidaat *k, size_t a, int sa, size_t b, int sb)
{
	if (sa != sb)
		return sa > sb;
	if (k[a].soort != k[b].soort)
		return k[a].soort == REGSOORT_ORGANISATIE;
	return a < b;
}

size_t
suggestie_beste(const struct suggestie_vraag *v, const struct suggestie_kandidaat *k, size_t n, int soort,
    size_t max, size_t *out)
{
	int scores[64];
	size_t m = 0;

	if (max > 64)
		max = 64;
	for (size_t i = 0; i < n; i++) {
		int s;
		size_t j;

		if (soort >= 0 && (int)k[i].soort != soort)
			continue;
		if ((s = suggestie_score(v, &k[i], NULL)) <= 0)
			continue;
		/* insertion into the sorted top list out[0..m) */
		for (j = m; j > 0 && eerder(k, i, s, out[j - 1], scores[j - 1]); j--)
			if (j < max) {
				out[j] = out[j - 1];
				scores[j] = scores[j - 1];
			}
		if (j < max) {
			out[j] = i;
			scores[j] = s;
			if (m < max)
				m++;
		}
	}
	return m;
}
