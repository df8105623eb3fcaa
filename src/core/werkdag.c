/* werkdag.c - Easter, the Dutch feestdagen of the Algemene termijnenwet, and counting working days. */
#include "core/werkdag.h"

#include "lib/date.h"

int
werkdag_pasen(int y)
{
	/* The anonymous Gregorian computus (Meeus/Jones/Butcher), valid from 1583. */
	int a = y % 19;
	int b = y / 100, c = y % 100;
	int dd = b / 4, e = b % 4;
	int f = (b + 8) / 25;
	int g = (b - f + 1) / 3;
	int h = (19 * a + b - dd - g + 15) % 30;
	int i = c / 4, k = c % 4;
	int l = (32 + 2 * e + 2 * i - h - k) % 7;
	int m = (a + 11 * h + 22 * l) / 451;
	int maand = (h + l - 7 * m + 114) / 31;
	int dag = (h + l - 7 * m + 114) % 31 + 1;

	return date_from_ymd(y, maand, dag);
}

int
werkdag_weekdag(int d)
{
	return ((d + 4) % 7 + 7) % 7;   /* 1970-01-01 (day 0) was a Thursday */
}

/* The day the King's (or Queen's) birthday is celebrated in year y. */
static int
koningsdag(int y)
{
	int dag = y >= 2014 ? 27 : 30;
	int d = date_from_ymd(y, 4, dag);

	return werkdag_weekdag(d) == 0 ? d - 1 : d;
}

bool
werkdag_is_feestdag(int d)
{
	int y, m, dag, pasen;

	date_to_ymd(d, &y, &m, &dag);
	if ((m == 1 && dag == 1) || (m == 5 && dag == 5) || (m == 12 && (dag == 25 || dag == 26)))
		return true;
	if (d == koningsdag(y))
		return true;
	pasen = werkdag_pasen(y);
	return d == pasen - 2 || d == pasen + 1 || d == pasen + 39 || d == pasen + 50;
}

bool
werkdag_is_werkdag(int d)
{
	int w = werkdag_weekdag(d);

	return w != 0 && w != 6 && !werkdag_is_feestdag(d);
}

int
werkdag_na(int d, int n)
{
	while (n > 0) {
		d++;
		if (werkdag_is_werkdag(d))
			n--;
	}
	return d;
}

int
werkdag_tussen(int van, int tot)
{
	int n = 0;

	if (tot < van)
		return -werkdag_tussen(tot, van);
	for (int d = van + 1; d <= tot; d++)
		n += werkdag_is_werkdag(d);
	return n;
}
