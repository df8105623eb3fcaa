/* handlers.h - the handlers of beheer (app/beheer/): organisations, proposals, requests for access, accounts, the
   organisation API. Each comment names the statuses it returns. Organisations, proposals and requests need
   PERM_NETWERK (regievoerder, beheerder); accounts need PERM_BEHEER (beheerder). */
#ifndef DOORBRAAK_BEHEER_HANDLERS_H
#define DOORBRAAK_BEHEER_HANDLERS_H

#include <jansson.h>

#include "core/organisatie.h"
#include "store/netwerk/organisatie.h"
#include "web/request.h"

/* app/beheer/start.c: the beheer page */
void h_beheer(struct request *r);                           /* 200 */

/* app/beheer/organisaties.c: the directory */
void h_beheer_organisaties(struct request *r);              /* 200, 400 (bad filter) */
void h_beheer_organisatie_nieuw_form(struct request *r);    /* 200 */
void h_beheer_organisatie_nieuw(struct request *r);         /* 303, 400, 409 (name or code taken) */

/* app/beheer/organisatie.c: one organisation */
void h_beheer_organisatie(struct request *r);               /* 200, 404 */
void h_beheer_organisatie_wijzig(struct request *r);        /* 303, 400 (also a cycle), 404, 409 */
void h_beheer_aansluiting(struct request *r);               /* 303, 400, 404, 409 (the same entry twice) */
void h_beheer_contact(struct request *r);                   /* 303, 400, 404, 409 */
void h_beheer_contact_weg(struct request *r);               /* 303, 400, 404 */
void h_beheer_samenvoegen(struct request *r);               /* 303, 400 (itself, into a part), 404, 409 */

/* app/beheer/voorstellen.c: organisation names typed at intake */
void h_beheer_voorstellen(struct request *r);               /* 200 */
void h_beheer_voorstel_besluit(struct request *r);          /* 303, 400, 404, 409 (decided already) */

/* app/beheer/org_csv.c: CSV import and CSV/XLSX export of the directory */
void h_beheer_organisaties_csv(struct request *r);          /* 200 text/csv (semicolon, BOM) */
void h_beheer_organisaties_xlsx(struct request *r);         /* 200, 500 */
void h_beheer_import_form(struct request *r);               /* 200 */
void h_beheer_import(struct request *r);                    /* 200 (report; imported or not), 400, 413 */

/* app/beheer/meldingen.c: the e-mail of notifications, its dead letters (PERM_BEHEER) */
void h_beheer_meldingen(struct request *r);                 /* 200, 503 */
void h_beheer_melding_opnieuw(struct request *r);           /* 303, 404 (no dead letter), 503 */

/* app/beheer/aanvragen.c: requests for access */
void h_beheer_aanvragen(struct request *r);                 /* 200 */
void h_beheer_aanvraag(struct request *r);                  /* 200, 404 */
void h_beheer_aanvraag_goedkeuren(struct request *r);       /* 200 (the account's one-time link), 400, 404, 409 */
void h_beheer_aanvraag_afwijzen(struct request *r);         /* 303, 400, 404, 409 */

/* app/beheer/accounts.c: accounts (beheerder) */
void h_beheer_accounts(struct request *r);                  /* 200 */
void h_beheer_account_nieuw_form(struct request *r);        /* 200 */
void h_beheer_account_nieuw(struct request *r);             /* 200 (with its one-time link), 400, 409 */
void h_beheer_account(struct request *r);                   /* 200, 404 */
void h_beheer_account_wijzig(struct request *r);            /* 303, 400, 404, 409 */
void h_beheer_account_actief(struct request *r);            /* 303, 400, 404 */
void h_beheer_account_link(struct request *r);              /* 200 (the new one-time link), 404 */
void h_beheer_token_intrekken(struct request *r);           /* 303, 404 */

/* app/beheer/api.c: /api/v1/organisaties (docs/openapi.yaml) */
void h_api_organisatie_lijst(struct request *r);            /* 200, 400 */
void h_api_organisatie_get(struct request *r);              /* 200, 404 */
void h_api_organisatie_nieuw(struct request *r);            /* 201 + Location, 400, 409 */
void h_api_organisatie_patch(struct request *r);            /* 200, 400, 404, 409 */

/* Shared by the organisation pages (organisaties.c). */
bool bh_lees_organisatie(struct request *r, struct organisatie_invoer *in, struct err *e);
enum err_code bh_organisatie_check(struct request *r, int64_t id, const struct organisatie_invoer *in, struct err *e);
json_t *bh_organisatie_form_ctx(struct request *r, const struct organisatie_invoer *in);
/* Checks (core organisatie_samenvoegen_check) and merges van into naar inside an open transaction (organisatie.c). */
enum err_code bh_samenvoegen(struct request *r, int64_t van, int64_t naar, struct samenvoeging_telling *t,
    struct err *e);

#endif
