/* leerpunt.h - private to app/leerpunt/: opening a leerpunt or belegging with its access check and audit
   row, the overview's filters, dates, problems and the JSON shared by the pages and the API. */
#ifndef DOORBRAAK_LEERPUNT_APP_H
#define DOORBRAAK_LEERPUNT_APP_H

#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>

#include "app/common/datum.h"
#include "app/common/handeling.h"
#include "app/common/inzage.h"
#include "app/common/problem.h"
#include "core/leerpunt.h"
#include "store/leerpunt/leerpunt.h"
#include "web/request.h"

#define LP_PAGINA 25              /* leerpunten per page in the browser */
#define LP_API_PAGINA_MAX 100     /* paginaGrootte at most */
#define LP_EXPORT_MAX 100000      /* rows in one export */

/* True when s is NULL or only white space (core: leerpunt_tekst_leeg). */
bool lp_leeg(const char *s);

/* Audits a refusal and replies 404 (not visible: existence not revealed) or 403 (visible, not allowed). */
void lp_weiger(struct request *r, const char *actie, const char *object_type, const char *object_id, int status);

/* Keeps only the beleggingen the acting user may see (core: perm_belegging_zien). */
void lp_zichtbaar(const struct request *r, struct leerpunt_rij *l);
/*
 * Loads leerpunt id and checks perm_leerpunt_zien; keeps only the visible
 * beleggingen. Writes the audit row (toegestaan or geweigerd), and a
 * "casus.lezen" row for each casus whose free text (hulpvraag) the user may
 * see with it. On refusal or absence replies 404 and returns false; on a
 * store or audit failure replies 500/503.
 */
bool lp_leerpunt_open(struct request *r, int64_t id, const char *audit_actie, struct leerpunt_rij *out);
/*
 * Loads belegging id for a change: 404 (audit geweigerd) when absent or not
 * visible to the user, 403 (audit geweigerd) when visible but not theirs to
 * update (perm_belegging_bijwerken). No toegestaan row: the caller writes it
 * with the change. Returns true when the user may update it.
 */
bool lp_belegging_open(struct request *r, int64_t id, const char *audit_actie, struct belegging_rij *out);
/* lp_leerpunt_open and lp_belegging_open (which also sets *id) for the id in path parameter 0; an id that does not
   parse is refused like an absent one: 404 with a geweigerd audit row. */
bool lp_leerpunt_open_param(struct request *r, const char *audit_actie, struct leerpunt_rij *out);
bool lp_belegging_open_param(struct request *r, const char *audit_actie, int64_t *id, struct belegging_rij *out);
/* Whether the user may add a belegging to the leerpunt in path parameter 0 (sets *id): 404 for an id that does
   not parse, 403 without perm_leerpunt_beleggen, each with a geweigerd audit row; the change checks existence. */
bool lp_beleggen_toegang(struct request *r, int64_t *id);

/*
 * Reads the overview's filters from the query string: web names (organisatie,
 * categorie, orde, status, thema, jaar, pagina) or API names (organisatieId,
 * ..., pagina, paginaGrootte), status "niet_belegd" meaning no belegging.
 * Applies the visibility rule (leerpunt_beperking). On a bad value replies
 * 400 and returns false. When ctx is not NULL, the form state ("filter") and
 * the query string for links ("filter_query", without pagina) are set there.
 */
bool lp_filter(struct request *r, struct leerpunt_filter *f, bool api, int *pagina, json_t *ctx);

/* The reply for an error from core or store, for the API (invalidParams on validation) or a page. */
void lp_reply_err(struct request *r, enum err_code rc, const struct err *e);

/* Reading an API body (app/leerpunt/api.c); each replies 400 and returns false on a bad body or member. */
/* The body is a JSON object whose members are all in known (NULL-terminated). */
bool lp_body_ok(struct request *r, const char *const *known);
/* A string member: NULL when absent or null. */
bool lp_member_text(struct request *r, const char *naam, const char **out);
/* A date member "YYYY-MM-DD"; DATE_NONE when absent. */
bool lp_member_date(struct request *r, const char *naam, int *out);

/* JSON of the API (camelCase members). */
json_t *lp_org_json(const struct organisatie_kort *o);
json_t *lp_leefgebieden_json(unsigned bits);
json_t *lp_belegging_json(struct request *r, const struct belegging_rij *b, bool historie);
/* The leerpunt; the casus's hulpvraag only when perm_leerpunt_casustekst allows; histories when detail. */
json_t *lp_leerpunt_json(struct request *r, const struct leerpunt_rij *l, bool detail);

/* The forwarding path of b among l's beleggingen ("OCW → DUO"); NULL when it was never forwarded. */
const char *lp_pad_tekst(struct request *r, const struct leerpunt_rij *l, const struct belegging_rij *b);

/* Display helpers for pages. */
/* Sets "subnav" in ctx: Leerpunten, Navraag, Thema's and (regievoerders) Bijeenkomsten, `actief` marked;
   and "is_regie". For the partial templates/leerpunt/subnav.html. */
void lp_subnav(struct request *r, json_t *ctx, const char *actief);
const char *lp_leefgebieden_tekst(struct request *r, unsigned bits);   /* "Financiën, Wonen" or "" */
const char *lp_orde_tekst(int orde);       /* "1e orde: binnen bestaande kaders (casusniveau)" ... */
/* The link of a thema page ("/themas/<escaped>", or "/themas?thema=" when it holds a slash). */
const char *lp_thema_href(struct request *r, const char *thema);
/* Query string value escaping into the arena. */
const char *lp_url(struct request *r, const char *s);

#endif
