/* bedrag.c - amounts of money in whole euro cents: range check, sums without overflow, medians. */
#include "core/bedrag.h"

#include <stdlib.h>
#include <string.h>

enum err_code
bedrag_check(int64_t cent, bool verplicht, const char *field, struct err *e)
{
	if (cent == BEDRAG_GEEN)
		return verplicht ? err_set(e, ERR_VALIDATION, field, "Vul een bedrag in euro's in.") : ERR_OK;
	if (cent < 0)
		return err_set(e, ERR_VALIDATION, field, "Een bedrag kan niet negatief zijn.");
	if (cent > BEDRAG_MAX)
		return err_set(e, ERR_VALIDATION, field,
		    "Dit bedrag is onwaarschijnlijk hoog: hoogstens 100 miljoen euro. Controleer het bedrag.");
	return ERR_OK;
}

static bool
is_digit(char ch)
{
	return ch >= '0' && ch <= '9';
}

static const char *
spaties(const char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	return s;
}

enum err_code
bedrag_lees(const char *tekst, const char *field, int64_t *cent, struct err *e)
{
	static const char euro[] = "\xe2\x82\xac";   /* U+20AC in UTF-8 */
	const char *s = tekst != NULL ? spaties(tekst) : "";
	int64_t euros = 0;
	int groep = -1, decimalen = 0, cijfers = 0, centen = 0;

	bool teken = strncmp(s, euro, 3) == 0;

	if (teken)
		s = spaties(s + 3);
	if (*s == '\0' && teken)
		return err_set(e, ERR_VALIDATION, field, "Vul na het euroteken het bedrag in, zoals 1.234,56.");
	if (*s == '\0') {
		*cent = BEDRAG_GEEN;
		return ERR_OK;
	}
	if (*s == '-')
		return err_set(e, ERR_VALIDATION, field, "Een bedrag kan niet negatief zijn.");
	for (; is_digit(*s) || *s == '.'; s++) {
		if (*s == '.') {   /* a thousands point: after 1..3 digits first, then after each group of three */
			if (cijfers == 0 || (groep < 0 && cijfers > 3) || (groep >= 0 && groep != 3))
				return err_set(e, ERR_VALIDATION, field,
				    "Schrijf het bedrag als 1.234,56: een punt scheidt duizendtallen, een komma de centen.");
			groep = 0;
			continue;
		}
		if (euros > BEDRAG_MAX / 100)
			return err_set(e, ERR_VALIDATION, field,
			    "Dit bedrag is onwaarschijnlijk hoog: hoogstens 100 miljoen euro. Controleer het bedrag.");
		euros = euros * 10 + (*s - '0');
		cijfers++;
		if (groep >= 0)
			groep++;
	}
	if (cijfers == 0 || (groep >= 0 && groep != 3))
		return err_set(e, ERR_VALIDATION, field,
		    "Schrijf het bedrag in euro's als 1.234,56: een punt scheidt duizendtallen, een komma de centen.");
	if (*s == ',') {
		for (s++; is_digit(*s); s++) {
			if (++decimalen > 2)
				return err_set(e, ERR_VALIDATION, field, "Een bedrag heeft hoogstens twee cijfers achter de komma.");
			centen = centen * 10 + (*s - '0');
		}
		if (decimalen == 0)
			return err_set(e, ERR_VALIDATION, field, "Zet na de komma de centen, of laat de komma weg.");
		if (decimalen == 1)
			centen *= 10;
	}
	s = spaties(s);
	if (*s != '\0')
		return err_set(e, ERR_VALIDATION, field,
		    "Schrijf het bedrag in euro's met alleen cijfers, zoals 1.234,56.");
	if (euros * 100 + centen > BEDRAG_MAX)
		return err_set(e, ERR_VALIDATION, field,
		    "Dit bedrag is onwaarschijnlijk hoog: hoogstens 100 miljoen euro. Controleer het bedrag.");
	*cent = euros * 100 + centen;
	return ERR_OK;
}

bool
bedrag_optellen(int64_t a, int64_t b, int64_t *som)
{
	int64_t r;

	if (__builtin_add_overflow(a, b, &r))
		return false;
	*som = r;
	return true;
}

bool
bedrag_som(const int64_t *v, size_t n, int64_t *som)
{
	int64_t s = 0;

	for (size_t i = 0; i < n; i++)
		if (!bedrag_optellen(s, v[i], &s))
			return false;
	*som = s;
	return true;
}

static int
cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;

	return (x > y) - (x < y);
}

static int
cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;

	return (x > y) - (x < y);
}

bool
bedrag_mediaan(int64_t *v, size_t n, int64_t *mediaan)
{
	int64_t lo, hi;

	if (n == 0)
		return false;
	qsort(v, n, sizeof(*v), cmp_i64);
	if (n % 2 == 1) {
		*mediaan = v[n / 2];
		return true;
	}
	lo = v[n / 2 - 1];
	hi = v[n / 2];
	/* lo + (hi - lo) / 2 without overflow, rounding half a cent up (towards +infinity) */
	*mediaan = lo + (hi - lo) / 2 + ((hi - lo) % 2 != 0);
	return true;
}

bool
mediaan_tienden(int *v, size_t n, int *tienden)
{
	if (n == 0)
		return false;
	qsort(v, n, sizeof(*v), cmp_int);
	if (n % 2 == 1)
		*tienden = v[n / 2] * 10;
	else
		*tienden = (v[n / 2 - 1] + v[n / 2]) * 5;
	return true;
}
