/* tekst.c - counted words and deadlines in sentences, so that no page needs "belegging(en)". */
#include "app/common/tekst.h"

#include <string.h>

const char *
app_woord(long n, const char *enkelvoud, const char *meervoud)
{
	return n == 1 ? enkelvoud : meervoud;
}

const char *
app_aantal(struct request *r, long n, const char *enkelvoud, const char *meervoud)
{
	return arena_printf(r->arena, "%ld %s", n, app_woord(n, enkelvoud, meervoud));
}

const char *
app_duur_tekst(struct request *r, struct termijn_duur d)
{
	switch (d.eenheid) {
	case TERMIJN_WEKEN:
		return app_aantal(r, d.aantal, "week", "weken");
	case TERMIJN_MAANDEN:
		return app_aantal(r, d.aantal, "maand", "maanden");
	case TERMIJN_JAREN:
		return app_aantal(r, d.aantal, "jaar", "jaar");
	case TERMIJN_DAGEN:
		break;
	}
	return app_aantal(r, d.aantal, "dag", "dagen");
}

const char *
app_termijn_tekst(struct request *r, int datum, int vandaag)
{
	switch (termijn_staat(datum, vandaag, 0)) {
	case TERMIJN_GEEN:
		return NULL;
	case TERMIJN_VANDAAG:
		return "vandaag";
	case TERMIJN_TE_LAAT:
		return arena_printf(r->arena, "%s te laat", app_duur_tekst(r, termijn_duur(datum, vandaag)));
	case TERMIJN_BINNENKORT:
	case TERMIJN_LATER:
		break;
	}
	return arena_printf(r->arena, "over %s", app_duur_tekst(r, termijn_duur(vandaag, datum)));
}

const char *
app_kort(struct request *r, const char *s, size_t max)
{
	size_t n, cut;

	if (s == NULL)
		return "";
	n = strlen(s);
	if (n <= max)
		return s;
	cut = max;
	while (cut > 0 && ((unsigned char)s[cut] & 0xC0) == 0x80)   /* not inside a character */
		cut--;
	for (size_t i = cut; i > max / 2; i--)   /* at a space, when there is one in the second half */
		if (s[i] == ' ') {
			cut = i;
			break;
		}
	while (cut > 0 && (s[cut - 1] == ' ' || s[cut - 1] == ',' || s[cut - 1] == '.'))
		cut--;
	return arena_printf(r->arena, "%.*s…", (int)cut, s);
}
