/* netwerk_groei.c - counting the connected organisations per kind on a day and per year (netwerk_groei.h). */
#include "core/netwerk_groei.h"

#include <string.h>

#include "core/codes.h"
#include "lib/date.h"

enum netwerk_soort
netwerk_soort_van(int type, const char *code)
{
	switch (type) {
	case ORGTYPE_MINISTERIE:
		return NETWERK_MINISTERIE;
	case ORGTYPE_LANDELIJKE_PUBLIEKE_DIENSTVERLENER:
		return NETWERK_DIENSTVERLENER;
	case ORGTYPE_GEMEENTE:
		return NETWERK_GEMEENTE;
	case ORGTYPE_LOKET:   /* the report counts the Forensisch Plaatsingsloket (code FPL, migration 010) as an agency */
		return code != NULL && strcmp(code, "FPL") == 0 ? NETWERK_DIENSTVERLENER : NETWERK_ANDERS;
	default:
		return NETWERK_ANDERS;
	}
}

void
netwerk_stand_op(const struct netwerk_org *o, size_t n, int datum, struct netwerk_stand *out)
{
	memset(out, 0, sizeof(*out));
	out->datum = datum;
	for (size_t i = 0; i < n; i++) {
		if ((int)o[i].soort < 0 || o[i].soort >= NETWERK_SOORT__MAX || !aangesloten_op(o[i].h, o[i].n, datum))
			continue;
		out->aantal[o[i].soort]++;
		out->totaal++;
	}
}

void
netwerk_jaar_cijfers(const struct netwerk_org *o, size_t n, int jaar, struct netwerk_jaar *out)
{
	int eind = date_from_ymd(jaar, 12, 31), vorig = date_from_ymd(jaar - 1, 12, 31);

	memset(out, 0, sizeof(*out));
	out->jaar = jaar;
	netwerk_stand_op(o, n, eind, &out->eind);
	for (size_t i = 0; i < n; i++) {
		if ((int)o[i].soort < 0 || o[i].soort >= NETWERK_SOORT__MAX || !aangesloten_op(o[i].h, o[i].n, eind) ||
		    aangesloten_op(o[i].h, o[i].n, vorig))
			continue;
		out->nieuw[o[i].soort]++;
		out->nieuw_totaal++;
	}
}

static void
voeg_toe(int *out, size_t *k, size_t max, int d)
{
	size_t i;

	for (i = 0; i < *k; i++)
		if (out[i] == d)
			return;
	if (*k >= max)
		return;
	for (i = *k; i > 0 && out[i - 1] > d; i--)   /* keep them sorted */
		out[i] = out[i - 1];
	out[i] = d;
	(*k)++;
}

size_t
netwerk_peildata(int vandaag, int *out, size_t max)
{
	/* the days the seeds give counts for: the start in May 2019 (004:26), 27 March 2025 (004) and 8 January 2026
	   (001) */
	const int zaden[] = { date_from_ymd(NETWERK_EERSTE_JAAR, 5, 1), date_from_ymd(2025, 3, 27),
		date_from_ymd(2026, 1, 8) };
	size_t k = 0;

	for (int j = NETWERK_EERSTE_JAAR; date_from_ymd(j, 12, 31) <= vandaag; j++)
		voeg_toe(out, &k, max, date_from_ymd(j, 12, 31));
	for (size_t i = 0; i < sizeof(zaden) / sizeof(zaden[0]); i++)
		if (zaden[i] <= vandaag)
			voeg_toe(out, &k, max, zaden[i]);
	if (vandaag >= date_from_ymd(NETWERK_EERSTE_JAAR, 1, 1))
		voeg_toe(out, &k, max, vandaag);
	return k;
}
