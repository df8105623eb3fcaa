/* partijen.h - the parties the pages and the API fill in alike: the acting user as indiener, a regievoerder. */
#ifndef DOORBRAAK_CASUS_PARTIJEN_H
#define DOORBRAAK_CASUS_PARTIJEN_H

#include <stdint.h>

#include "core/casus.h"
#include "store/store_account.h"
#include "web/request.h"

/*
 * Makes the account u the indiener of c: its persoon (id, name, e-mail) and
 * organisation (id, name, type), and, when c has no indienerType yet and the
 * account an organisation, the one that follows from it (core
 * indiener_type_van). Strings are borrowed from u.
 */
void casus_indiener_is(struct casus *c, const struct gebruiker *u);

/*
 * A regievoerder to assign: persoon_id must be the persoon of an active
 * account with the role regievoerder (store_regievoerders). ERR_OK with its
 * name in *naam ("" when it has none); ERR_NOT_FOUND when it is not one; a
 * store error otherwise (e filled).
 */
enum err_code casus_regievoerder_naam(struct request *r, int64_t persoon_id, const char **naam, struct err *e);

#endif
