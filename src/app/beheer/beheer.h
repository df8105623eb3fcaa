/* beheer.h - private to app/beheer/: ids, audit rows, transactions, errors and form state shared by the beheer pages. */
#ifndef DOORBRAAK_BEHEER_APP_H
#define DOORBRAAK_BEHEER_APP_H

#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>

#include "app/common/datum.h"
#include "app/common/handeling.h"
#include "app/common/problem.h"
#include "core/err.h"
#include "store/beheer/beheer.h"
#include "store/netwerk/organisatie.h"
#include "web/request.h"

#define BH_PAGINA 50               /* organisations per page */

/* The id in path parameter i; false after auditing (geweigerd) and replying 404 when it does not parse. */
bool bh_param_id(struct request *r, int i, const char *actie, const char *object_type, int64_t *out);

/* Rolls back, writes a mislukt row for actie and replies the error (a page, or problem+json on API routes). */
void bh_fout(struct request *r, const char *actie, const char *object_type, const char *object_id,
    enum err_code rc, const struct err *e);

/* Sets "heeft_fouten", "fouten" [{id: "<prefix>-<field>", tekst}] for the partial fouten.html and
   "fout_<prefix>" {field: message} for the field itself. */
void bh_fouten(struct request *r, json_t *ctx, const char *prefix, const struct err *e);
/* Sets "flash" {type, tekst} from ?melding= against a table of known codes; unknown codes show nothing. */
void bh_melding(struct request *r, json_t *ctx, const char *const *codes, const char *const *teksten, size_t n);

/* The options of a select with the organisation types (code, label, gekozen). */
json_t *bh_type_opties(int gekozen);
/* The known organisations as options (id as code), with an empty first option labelled leeg. */
json_t *bh_organisatie_opties(struct request *r, int64_t gekozen, const char *leeg);
/* The roles as checkboxes (code, label, gekozen). */
json_t *bh_rol_opties(unsigned gekozen, bool met_beheerder);

/* The subnav of the beheer pages (Organisaties, Voorstellen, Aanvragen; Accounts for a beheerder). */
void bh_subnav(struct request *r, json_t *ctx, const char *actief);

#endif
