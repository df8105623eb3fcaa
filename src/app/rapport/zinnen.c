/* zinnen.c - the jaarrapportage's Dutch sentences: comparisons with the year before, numbers and words in text. */
#include "app/rapport/zinnen.h"

#include <ctype.h>
#include <string.h>

long
rapport_procent(long aantal, long totaal)
{
	long long a = aantal, t = totaal, p;

	if (t <= 0)
		return 0;
	p = (200 * (a < 0 ? -a : a) + t) / (2 * t);
	return (long)(a < 0 ? -p : p);
}

char *
rapport_vergelijking(struct arena *a, const char *wat, long aantal, long totaal,
    long vorig_aantal, long vorig_totaal, int vorig_jaar)
{
	char *nu, *vorig;

	if (wat == NULL)
		wat = "";
	if (totaal > 0)
		nu = arena_printf(a, "%ld%% (%ld van de %ld) %s", rapport_procent(aantal, totaal), aantal, totaal, wat);
	else
		nu = arena_printf(a, "%s: geen casussen", wat);
	if (vorig_totaal > 0)
		vorig = arena_printf(a, ", tegen %ld%% in %d", rapport_procent(vorig_aantal, vorig_totaal), vorig_jaar);
	else if (totaal > 0)
		vorig = arena_printf(a, "; in %d waren er geen casussen om mee te vergelijken", vorig_jaar);
	else
		vorig = arena_printf(a, ", ook niet in %d", vorig_jaar);
	return arena_printf(a, "%s%s", nu, vorig);
}

const char *
rapport_casus_woord(long n)
{
	return n == 1 ? "casus" : "casussen";
}

char *
rapport_decimaal(struct arena *a, struct rapport_mediaan m)
{
	if (m.halven % 2 == 0)
		return arena_printf(a, "%ld", m.halven / 2);
	return arena_printf(a, "%ld,5", m.halven / 2);
}

char *
rapport_zin(struct arena *a, const char *s)
{
	char *z = arena_printf(a, "%s%s", s, s[0] != '\0' && s[strlen(s) - 1] == '.' ? "" : ".");

	z[0] = (char)toupper((unsigned char)z[0]);
	return z;
}

char *
rapport_klein(struct arena *a, const char *s)
{
	char *k = arena_strdup(a, s);

	if (k[0] != '\0' && !(k[1] != '\0' && isupper((unsigned char)k[1])))
		k[0] = (char)tolower((unsigned char)k[0]);
	return k;
}

const char *
rapport_opsomming(struct arena *a, const char *const *delen, size_t n)
{
	const char *s = "";

	for (size_t i = 0; i < n; i++)
		s = arena_printf(a, "%s%s%s", s, i == 0 ? "" : i + 1 == n ? " en " : ", ", delen[i]);
	return s;
}
