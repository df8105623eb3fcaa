/* date.c - day-number arithmetic on the proleptic Gregorian calendar (H. Hinnant's algorithm), UTC timestamps
   and the Europe/Amsterdam offset. */
#include "date.h"

#include <stdio.h>
#include <string.h>

bool
date_is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int
days_in_month(int y, int m)
{
	static const int dim[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	return m == 2 && date_is_leap(y) ? 29 : dim[m - 1];
}

int
date_from_ymd(int y, int m, int d)
{
	int era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void
date_to_ymd(int days, int *y, int *m, int *d)
{
	int z = days + 719468;
	int era = (z >= 0 ? z : z - 146096) / 146097;
	int doe = z - era * 146097;
	int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int mp = (5 * doy + 2) / 153;

	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = yoe + era * 400 + (*m <= 2);
}

bool
date_parse(const char *s, int *days)
{
	int y = 0, m = 0, d = 0;

	if (s == NULL || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return false;
	for (int i = 0; i < 10; i++) {
		if (i == 4 || i == 7)
			continue;
		if (s[i] < '0' || s[i] > '9')
			return false;
	}
	y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
	m = (s[5] - '0') * 10 + (s[6] - '0');
	d = (s[8] - '0') * 10 + (s[9] - '0');
	if (y < 1 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m))
		return false;
	*days = date_from_ymd(y, m, d);
	return true;
}

void
date_format(int days, char out[DATE_STRLEN])
{
	int y, m, d;

	date_to_ymd(days, &y, &m, &d);
	snprintf(out, DATE_STRLEN, "%04u-%02u-%02u", (unsigned)y % 10000u, (unsigned)m % 100u,
	    (unsigned)d % 100u);
}

int
date_today(time_t now)
{
	return (int)(now >= 0 ? now / 86400 : (now - 86399) / 86400);
}

/* The day number of the last Sunday of month m (31 days long: March, October) in year y. */
static int
last_sunday_31(int y, int m)
{
	int d = date_from_ymd(y, m, 31);
	int weekday = ((d + 4) % 7 + 7) % 7;   /* 1970-01-01 was a Thursday; 0 is Sunday */

	return d - weekday;
}

int
date_amsterdam_offset(time_t t)
{
	int y = date_year(date_today(t));
	long long zomer = (long long)last_sunday_31(y, 3) * 86400 + 3600;
	long long winter = (long long)last_sunday_31(y, 10) * 86400 + 3600;

	return (long long)t >= zomer && (long long)t < winter ? 7200 : 3600;
}

int
date_today_local(time_t now)
{
	return date_today(now + date_amsterdam_offset(now));
}

int
date_add_months(int days, int months)
{
	int y, m, d, total;

	date_to_ymd(days, &y, &m, &d);
	total = y * 12 + (m - 1) + months;
	y = total / 12;
	m = total % 12 + 1;
	if (d > days_in_month(y, m))
		d = days_in_month(y, m);
	return date_from_ymd(y, m, d);
}

int
date_year(int days)
{
	int y, m, d;

	date_to_ymd(days, &y, &m, &d);
	return y;
}

void
time_format(time_t t, char out[TIME_STRLEN])
{
	struct tm tm;

	gmtime_r(&t, &tm);
	strftime(out, TIME_STRLEN, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* The two-digit number at s, or -1. */
static int
two_digits(const char *s)
{
	if (s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9')
		return -1;
	return (s[0] - '0') * 10 + (s[1] - '0');
}

bool
time_parse(const char *s, time_t *out)
{
	char d[DATE_STRLEN];
	int day, h, m, sec;

	if (s == NULL || strlen(s) != 20 || s[10] != 'T' || s[13] != ':' || s[16] != ':' || s[19] != 'Z')
		return false;
	memcpy(d, s, 10);
	d[10] = '\0';
	h = two_digits(s + 11);
	m = two_digits(s + 14);
	sec = two_digits(s + 17);
	if (!date_parse(d, &day) || h < 0 || h > 23 || m < 0 || m > 59 || sec < 0 || sec > 59)
		return false;
	*out = (time_t)day * 86400 + h * 3600 + m * 60 + sec;
	return true;
}
