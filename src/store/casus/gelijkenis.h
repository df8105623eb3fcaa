/* gelijkenis.h - similar earlier casussen in the store: the candidates with what they share with a casus, and what helped in the ones shown. */
#ifndef DOORBRAAK_STORE_CASUS_GELIJKENIS_H
#define DOORBRAAK_STORE_CASUS_GELIJKENIS_H

#include <stddef.h>
#include <stdint.h>

#include "core/codes.h"
#include "core/gelijkenis.h"
#include "lib/mem.h"
#include "store/store.h"

/*
 * The closed casussen other than casus_id that persoon may see (0: every
 * one; a persoon id: those they submitted or were invited to, core
 * casus_beperking) and that match any of the kernwoorden (may be NULL;
 * core gelijkenis_kernwoorden) or share a leefgebied, beleidsterrein or
 * organisation with casus_id: at most 250, unscored, in the arena; *doel
 * what casus_id itself has. One query.
 */
enum err_code store_casus_gelijkend(struct store *st, struct arena *a, int64_t casus_id, int64_t persoon,
    const char *kernwoorden, struct gelijkenis_kandidaat **out, size_t *n, struct gelijkenis_doel *doel,
    struct err *e);

/* What helped in an earlier casus, for the casus page. Strings in the arena. */
struct gelijkend {
	int64_t casus_id;              /* set by the caller */
	const char *referentie, *hulpvraag, *resultaat;
	int afgerond_op;
	int maatwerk;                  /* enum maatwerk, -1 when not recorded */
	int interventies[INTERVENTIE__MAX];   /* how many of each kind */
	unsigned maatwerk_vormen;      /* bits of enum maatwerk_vorm */
	unsigned leefgebieden;         /* bits of enum leefgebied */
};
/* Fills g[0..n-1] (n <= GELIJKENIS_TOP, casus_id set) in four queries, whatever n. */
enum err_code store_casus_gelijkend_details(struct store *st, struct arena *a, struct gelijkend *g, size_t n,
    struct err *e);

#endif
