/* bedrag.h - amounts of money in whole euro cents: the one range check, sums without overflow, the median. */
#ifndef DOORBRAAK_BEDRAG_H
#define DOORBRAAK_BEDRAG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/err.h"

/*
 * Money is an int64_t count of euro cents, never a floating-point number.
 * Writing it for people ("€ 1.234,56") and reading what they type is the
 * app's job; core only computes.
 */
#define BEDRAG_GEEN  INT64_C(-1)                 /* "no amount given" where an amount is optional */
#define BEDRAG_MAX   INT64_C(10000000000)        /* € 100 miljoen: above this an amount is a typing error */

/*
 * Checks one amount entered for field: not negative and at most BEDRAG_MAX
 * (ERR_VALIDATION with a Dutch message naming the limit otherwise). With
 * verplicht, BEDRAG_GEEN is refused too; without, it passes.
 */
enum err_code bedrag_check(int64_t cent, bool verplicht, const char *field, struct err *e);

/* *som = a + b; false (and *som untouched) when the sum does not fit an int64_t. */
bool bedrag_optellen(int64_t a, int64_t b, int64_t *som);
/* The sum of n amounts; false on overflow. An empty list sums to 0. */
bool bedrag_som(const int64_t *v, size_t n, int64_t *som);
/*
 * The median of n amounts (v is sorted in place). For an even n it is the
 * mean of the two middle amounts; half a cent is rounded up, to the whole
 * cent above. False when n is 0.
 */
bool bedrag_mediaan(int64_t *v, size_t n, int64_t *mediaan);
/*
 * The median of n whole numbers (such as working days) in tenths, so that an
 * even count stays exact: {3, 4} gives 35 (3,5). v is sorted in place. False
 * when n is 0.
 */
bool mediaan_tienden(int *v, size_t n, int *tienden);

#endif
