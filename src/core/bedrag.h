/* bedrag.h - amounts of money in whole euro cents: the one range check, sums without overflow, the median. */
#ifndef DOORBRAAK_BEDRAG_H
#define DOORBRAAK_BEDRAG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/err.h"

/*
 * Money is an int64_t count of euro cents, never a floating-point number.
 * Writing it for people ("€ 1.234,56") is the app's job; reading what they
 * type is decided here (bedrag_lees), once for every form.
 */
#define BEDRAG_GEEN  INT64_C(-1)                 /* "no amount given" where an amount is optional */
#define BEDRAG_MAX   INT64_C(10000000000)        /* € 100 miljoen: above this an amount is a typing error */

/*
 * Checks one amount entered for field: not negative and at most BEDRAG_MAX
 * (ERR_VALIDATION with a Dutch message naming the limit otherwise). With
 * verplicht, BEDRAG_GEEN is refused too; without, it passes.
 */
enum err_code bedrag_check(int64_t cent, bool verplicht, const char *field, struct err *e);

/*
 * Reads an amount as a Dutch user types it: "1234", "1.234", "1.234,56",
 * "1234,5", "€ 1.234,56", "€1234" (spaces around the euro sign and at both
 * ends are allowed; a thousands point must be followed by three digits; a
 * decimal comma by one or two digits). Empty or only spaces: BEDRAG_GEEN
 * (bedrag_check decides whether that is allowed). ERR_VALIDATION on field
 * with a Dutch message for anything else: a minus sign (negative), a decimal
 * point ("12.50": use a comma), letters, more than two decimals, or a number
 * too large to be an amount (above BEDRAG_MAX). Does not run bedrag_check.
 */
enum err_code bedrag_lees(const char *tekst, const char *field, int64_t *cent, struct err *e);

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
