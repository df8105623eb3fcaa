/* util.h - small helpers every part of the store shares: growing arena arrays, code lists as bits. */
#ifndef DOORBRAAK_STORE_UTIL_H
#define DOORBRAAK_STORE_UTIL_H

#include <stddef.h>

#include "core/codes.h"
#include "lib/mem.h"

/*
 * Grows an arena array of `size`-byte elements so that index n fits: returns
 * the (possibly moved) array; *cap is updated. The old block stays in the
 * arena until it is freed.
 */
void *store_grow(struct arena *a, void *v, size_t n, size_t *cap, size_t size);

/* A comma-separated list of codes (SQL group_concat) as a bit per code; unknown codes are skipped. */
unsigned store_code_bits(const char *list, const struct codelist *codes);

#endif
