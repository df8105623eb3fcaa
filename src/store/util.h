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

/*
 * SQL: organisation p (a parameter such as ":beperk") and every organisation under it, for
 * "x IN " STORE_SQL_ONDER(":beperk"). What an ambassadeur of p represents (core/leerpunt.h
 * leerpunt_beperking, core/rol.h actor.vertegenwoordigt). The walk starts at p, so it costs the size of
 * p's subtree, not of the whole directory; the depth is capped so that a cycle (beheer refuses one)
 * could not make it run forever.
 */
#define STORE_SQL_ONDER(p) \
	"(WITH RECURSIVE onder(id, diepte) AS (SELECT " p ", 0 UNION SELECT o.id, onder.diepte + 1" \
	" FROM organisatie o JOIN onder ON o.parent_id = onder.id WHERE onder.diepte < 16) SELECT DISTINCT id FROM onder)"

#endif
