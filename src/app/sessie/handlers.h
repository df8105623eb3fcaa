/* handlers.h - the handlers of signing in and out (app/sessie/sessie.c); each comment names its statuses. */
#ifndef DOORBRAAK_SESSIE_HANDLERS_H
#define DOORBRAAK_SESSIE_HANDLERS_H

#include "web/request.h"

void h_login_form(struct request *r);      /* 200, 303 when already signed in */
void h_login(struct request *r);           /* 303 on success; 401 wrong password; 403 stale form; 429 throttled */
void h_logout(struct request *r);          /* 303 */

/* app/sessie/tweede_factor.c: the second step, for a session half-way through signing in (else 303 /login) */
void h_code_form(struct request *r);       /* 200 */
void h_code(struct request *r);            /* 303 signed in; 400 no code; 401 wrong or used code; 429; 503 */
void h_inschrijven_form(struct request *r); /* 200: the QR code and the secret */
void h_inschrijven(struct request *r);     /* 200 the recovery codes, signed in; 400; 401 wrong code; 429; 503 */

/* app/sessie/toegang.c: before there is an account */
void h_toegang_form(struct request *r);    /* 200 */
void h_toegang(struct request *r);         /* 200 (the same answer whoever asks), 400, 403 stale form, 429 */
void h_wachtwoord_form(struct request *r); /* 200, 404 unknown link, 410 used or expired */
void h_wachtwoord(struct request *r);      /* 303 to /login, 400, 403 stale form, 404, 410 */

#endif
