/* bedrag.c - amounts of money in whole euro cents: range check, sums without overflow, medians. */
#include "core/bedrag.h"

#include <stdlib.h>

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
