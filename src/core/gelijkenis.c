/* gelijkenis.c - key words and the similarity score of earlier casussen (gelijkenis.h). */
#include "core/gelijkenis.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

/* Common Dutch words of five letters or more that say nothing about what a casus is about. Sorted. */
static const char *const stopwoorden[] = {
	"aldus", "alleen", "alles", "andere", "anders", "binnen", "daarbij", "daardoor", "daarna", "daarom", "deden",
	"eerder", "eigen", "echter", "graag", "hadden", "hebben", "heeft", "hierbij", "hierdoor", "hoewel", "iemand",
	"inmiddels", "kunnen", "kwamen", "langer", "maken", "meerdere", "moest", "moeten", "nadat", "niemand", "niets",
	"omdat", "onder", "ondanks", "opnieuw", "sinds", "steeds", "tegen", "terwijl", "tussen", "vanaf", "vanuit",
	"verder", "waarbij", "waardoor", "waren", "wordt", "worden", "zelfs", "zijn", "zodat", "zonder", "zouden",
	"zullen",
};

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static bool
stopwoord(const char *w)
{
	return bsearch(&w, stopwoorden, sizeof(stopwoorden) / sizeof(stopwoorden[0]), sizeof(stopwoorden[0]),
	    cmp_str) != NULL;
}

/* A byte of a word: an ASCII letter or digit, or any byte of a multi-byte UTF-8 character (é, ë ...). */
static bool
woordteken(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

const char *
gelijkenis_kernwoorden(struct arena *a, const char *const *teksten, size_t n)
{
	char *woorden[GELIJKENIS_MAX_WOORDEN];
	size_t k = 0, len = 0;
	char *out, *o;

	for (size_t t = 0; t < n && k < GELIJKENIS_MAX_WOORDEN; t++) {
		const unsigned char *p = (const unsigned char *)teksten[t];

		while (p != NULL && *p != '\0' && k < GELIJKENIS_MAX_WOORDEN) {
			const unsigned char *w;
			size_t wl;
			char *kopie;
			bool dubbel = false;

			while (*p != '\0' && !woordteken(*p))
				p++;
			for (w = p; *p != '\0' && woordteken(*p); p++)
				;
			wl = (size_t)(p - w);
			if (wl < GELIJKENIS_MIN_WOORD || wl > 64)
				continue;
			kopie = arena_alloc(a, wl + 1);
			for (size_t i = 0; i < wl; i++)
				kopie[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] - 'A' + 'a' : w[i]);
			kopie[wl] = '\0';
			for (size_t i = 0; i < k && !dubbel; i++)
				dubbel = strcmp(woorden[i], kopie) == 0;
			if (dubbel || stopwoord(kopie))
				continue;
			woorden[k++] = kopie;
			len += wl + 1;
		}
	}
	if (k == 0)
		return NULL;
	out = o = arena_alloc(a, len + 1);
	for (size_t i = 0; i < k; i++) {
		size_t wl = strlen(woorden[i]);

		if (i > 0)
			*o++ = ' ';
		memcpy(o, woorden[i], wl);
		o += wl;
	}
	*o = '\0';
	return out;
}

/* The Jaccard index of two sets of sizes x and y sharing g members; 0 when both are empty. */
static double
jaccard(int g, int x, int y)
{
	int vereniging = x + y - g;

	return g > 0 && vereniging > 0 ? (double)g / vereniging : 0.0;
}

int
gelijkenis_score(const struct gelijkenis_doel *d, const struct gelijkenis_kandidaat *k)
{
	double t = k->tekst > 0 ? k->tekst / (k->tekst + 4.0) : 0.0;
	double s = 30.0 * jaccard(k->lg_gedeeld, d->leefgebieden, k->lg_ander) +
	    20.0 * jaccard(k->bt_gedeeld, d->beleidsterreinen, k->bt_ander) +
	    20.0 * jaccard(k->org_gedeeld, d->organisaties, k->org_ander) + 30.0 * t;
	int r = (int)(s + 0.5);

	return r < 0 ? 0 : r > 100 ? 100 : r;
}

static int
cmp_kandidaat(const void *pa, const void *pb)
{
	const struct gelijkenis_kandidaat *a = pa, *b = pb;

	if (a->score != b->score)
		return a->score > b->score ? -1 : 1;
	return a->casus_id > b->casus_id ? -1 : a->casus_id < b->casus_id ? 1 : 0;
}

size_t
gelijkenis_top(struct gelijkenis_kandidaat *k, size_t n, const struct gelijkenis_doel *d, size_t max)
{
	size_t kept = 0;

	for (size_t i = 0; i < n; i++) {
		k[i].score = gelijkenis_score(d, &k[i]);
		if (k[i].score >= GELIJKENIS_DREMPEL)
			k[kept++] = k[i];
	}
	if (kept > 1)
		qsort(k, kept, sizeof(*k), cmp_kandidaat);
	return kept < max ? kept : max;
}
