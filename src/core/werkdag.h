/* werkdag.h - working days for deadlines: weekends and the Dutch algemeen erkende feestdagen are not counted. */
#ifndef DOORBRAAK_WERKDAG_H
#define DOORBRAAK_WERKDAG_H

#include <stdbool.h>

/*
 * Which days are not working days, decided once for every deadline of
 * doorbraak (a beslistermijn of an overbrugging, and what follows later):
 * Saturday, Sunday and the days that article 3 of the Algemene termijnenwet
 * names as algemeen erkende feestdagen, the law the government counts its
 * own deadlines by:
 *
 *   Nieuwjaarsdag (1 January)
 *   Goede Vrijdag (the Friday before Easter; art. 3 lid 2 equates it)
 *   Tweede Paasdag (the Monday after Easter)
 *   Koningsdag: 27 April, or 26 April when the 27th is a Sunday (Wet viering
 *     Koningsdag, from 2014); up to 2013 Koninginnedag, 30 April, or 29 April
 *     when the 30th is a Sunday (the rule since 1980)
 *   Bevrijdingsdag: 5 May in every year, not only in lustrum years. The law
 *     says "de vijfde mei" without a condition; that many employers give the
 *     day off only once in five years is a matter of collective agreements,
 *     not of deadlines.
 *   Hemelvaartsdag (39 days after Easter)
 *   Tweede Pinksterdag (50 days after Easter)
 *   Eerste en Tweede Kerstdag (25 and 26 December)
 *
 * Eerste Paasdag and Eerste Pinksterdag are Sundays and so never working days.
 * Not counted: the extra days the government equates by a decree every few
 * years (art. 3 lid 3; a Friday after Hemelvaart, a bridge day), because they
 * cannot be computed; a deadline may therefore end one day earlier than such
 * a decree would allow.
 *
 * Dates are day numbers (lib/date.h), valid for the years 1583..9999.
 */

/* The day number of Easter Sunday in year y (Gregorian computus). */
int werkdag_pasen(int y);
/* True when d is one of the feestdagen above (whatever day of the week it falls on). */
bool werkdag_is_feestdag(int d);
/* 0 = Sunday, 1 = Monday ... 6 = Saturday. */
int werkdag_weekdag(int d);
/* True when d is a Monday to Friday that is no feestdag. */
bool werkdag_is_werkdag(int d);
/*
 * The n-th working day after d (d itself is not counted, as a deadline of
 * "ten working days from the request" does not count the day of the request).
 * n = 0 gives d. n must not be negative.
 */
int werkdag_na(int d, int n);
/*
 * The number of working days after van up to and including tot: how many
 * working days a decision took (0 when decided on the day of the request or
 * the next working day has not been reached). Negative when tot < van (the
 * count of working days after tot up to and including van, negated).
 */
int werkdag_tussen(int van, int tot);

#endif
