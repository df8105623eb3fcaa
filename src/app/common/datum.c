/* datum.c - today in Europe/Amsterdam for a request, and dates as the pages and the API show them. */
#include "app/common/datum.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/casus.h"
#include "lib/date.h"

/*
 * Tests move the calendar without touching the clock: DOORBRAAK_TEST_KLOK
 * names a file holding a whole number of days (at most ten years either
 * way) that is added to today's date of every request. Sessions, second-step
 * codes and audit timestamps keep the real time. Unset (as in production),
 * nothing is read.
 */
static const char *klok_bestand;
static pthread_once_t klok_once = PTHREAD_ONCE_INIT;

static void
klok_init(void)
{
	const char *p = getenv("DOORBRAAK_TEST_KLOK");

	klok_bestand = p != NULL && *p != '\0' ? p : NULL;
}

static int
test_dagen(void)
{
	char buf[16] = { 0 };
	FILE *f;
	long v;
	char *end;

	pthread_once(&klok_once, klok_init);
	if (klok_bestand == NULL || (f = fopen(klok_bestand, "r")) == NULL)
		return 0;
	if (fgets(buf, sizeof(buf), f) == NULL)
		buf[0] = '\0';
	fclose(f);
	v = strtol(buf, &end, 10);
	return end != buf && v >= -3660 && v <= 3660 ? (int)v : 0;
}

int
app_vandaag(const struct request *r)
{
	return date_today_local(r->now) + test_dagen();
}

const char *
app_datum_iso(struct request *r, int d)
{
	char s[DATE_STRLEN];

	if (d == DATE_NONE)
		return NULL;
	date_format(d, s);
	return arena_strdup(r->arena, s);
}

const char *
app_datum_tekst(struct request *r, int d)
{
	static const char *const maanden[12] = { "januari", "februari", "maart", "april", "mei", "juni", "juli",
		"augustus", "september", "oktober", "november", "december" };
	int y, m, dag;

	if (d == DATE_NONE)
		return NULL;
	date_to_ymd(d, &y, &m, &dag);
	return arena_printf(r->arena, "%d %s %d", dag, maanden[(m - 1) % 12], y);
}

const char *
app_tijd_datum_tekst(struct request *r, const char *ts)
{
	char d[DATE_STRLEN];
	time_t t;
	int day;

	if (time_parse(ts, &t))
		return app_datum_tekst(r, date_today_local(t));
	if (ts == NULL || strlen(ts) < 10)
		return ts;
	memcpy(d, ts, 10);   /* a bare date, or a timestamp in another spelling: its date part */
	d[10] = '\0';
	return date_parse(d, &day) ? app_datum_tekst(r, day) : ts;
}
