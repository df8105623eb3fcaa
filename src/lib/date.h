/* date.h - calendar dates (YYYY-MM-DD) as day numbers, and UTC timestamps. */
#ifndef DOORBRAAK_DATE_H
#define DOORBRAAK_DATE_H

#include <stdbool.h>
#include <time.h>

#define DATE_STRLEN 11   /* "YYYY-MM-DD" + NUL */
#define TIME_STRLEN 21   /* "YYYY-MM-DDTHH:MM:SSZ" + NUL */

/* Days since 1970-01-01 of a proleptic Gregorian date; valid for years 1..9999. */
int date_from_ymd(int y, int m, int d);
void date_to_ymd(int days, int *y, int *m, int *d);
/* Strict "YYYY-MM-DD" with a real calendar date. Returns false otherwise. */
bool date_parse(const char *s, int *days);
void date_format(int days, char out[DATE_STRLEN]);
/* Today's date (UTC) for the given clock value. */
int date_today(time_t now);
/* Adds months, clamping the day to the month's end (31 Jan + 1 month = 28/29 Feb). */
int date_add_months(int days, int months);
int date_year(int days);
bool date_is_leap(int y);
/* "YYYY-MM-DDTHH:MM:SSZ" for a clock value. */
void time_format(time_t t, char out[TIME_STRLEN]);

#endif
