/* toegang.h - the one door to a single casus for web and API handlers: find, check, audit, or 404. */
#ifndef DOORBRAAK_CASUS_TOEGANG_H
#define DOORBRAAK_CASUS_TOEGANG_H

#include <stdbool.h>

#include "store/casus/casus.h"
#include "web/request.h"

enum casus_actie {
	CASUS_ZIEN,       /* read it (perm_casus_zien) */
	CASUS_BEWERKEN,   /* change its content (perm_casus_bewerken) */
	CASUS_REGIE,      /* regie actions (perm_casus_regie_op) */
	CASUS_WIJZIGEN,   /* change it: its content while open, what may change after closure (perm_casus_aanvullen) */
	CASUS_AANVULLEN,  /* change what may change after closure, without reopening (perm_casus_aanvullen) */
	CASUS_BIJDRAGEN,  /* add a note or answer as its indiener or a deelnemer (perm_casus_bijdragen) */
};

/*
 * Looks up the casus `ref` and checks that the acting user may do `actie` on
 * it. Writes an audit row with `audit_actie` ("casus.lezen", "casus.wijzigen",
 * …): toegestaan when allowed, geweigerd when not. A casus that does not exist
 * or that the user may not see answers 404 (never revealing its existence);
 * one the user may see but not change answers 403. On refusal the reply is
 * made and false returned; on success *out is filled and true returned. When
 * the audit row cannot be written the reply is 503 (fail closed).
 */
bool casus_open(struct request *r, const char *ref, enum casus_actie actie, const char *audit_actie,
    struct casus_toegang *out);

/* The relation of the acting user to a casus, for the core's permission functions. */
struct casus_relatie casus_relatie_van(const struct request *r, const struct casus_toegang *t);
/* Whether the acting user may do actie on a casus they stand in relation rel to (core/perm.h). */
bool casus_mag(const struct request *r, enum casus_actie actie, const struct casus_relatie *rel);

/*
 * Internal and shared (issue 13): whether the acting user may see what is internal to casus casus_id (core/perm.h
 * perm_casus_intern_zien), from the store's facts. False when these cannot be read (fail closed).
 */
bool casus_intern_zien(struct request *r, int64_t casus_id);

#endif
