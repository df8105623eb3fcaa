/* date.h - calendar dates (YYYY-MM-DD) as day numbers, UTC timestamps, and the local date in Europe/Amsterdam. */
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
/* The UTC date of the given clock value (storage; what a user sees is date_today_local). */
int date_today(time_t now);
/*
 * Seconds east of UTC of Europe/Amsterdam at the UTC instant t: 7200 (CEST)
 * from the last Sunday of March 01:00 UTC up to the last Sunday of October
 * 01:00 UTC, 3600 (CET) otherwise (the EU rule since 1996). It does not read
 * the process's TZ or the system's zone files.
 */
int date_amsterdam_offset(time_t t);
/* The date in Europe/Amsterdam at the UTC instant now: "today" for a user. */
int date_today_local(time_t now);
/* Adds months, clamping the day to the month's end (31 Jan + 1 month = 28/29 Feb). */
int date_add_months(int days, int months);
int date_year(int days);
bool date_is_leap(int y);
/* "YYYY-MM-DDTHH:MM:SSZ" for a clock value. */
void time_format(time_t t, char out[TIME_STRLEN]);
/* Strict "YYYY-MM-DDTHH:MM:SSZ" (as time_format writes it) into a clock value; false for anything else. */
bool time_parse(const char *s, time_t *out);

#endif
