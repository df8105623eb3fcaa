/* handlers.h - the handlers of signing in and out (app/sessie/sessie.c); each comment names its statuses. */
#ifndef DOORBRAAK_SESSIE_HANDLERS_H
#define DOORBRAAK_SESSIE_HANDLERS_H

#include "web/request.h"

void h_login_form(struct request *r);      /* 200, 303 when already signed in */
void h_login(struct request *r);           /* 303 on success; 401 wrong password; 403 stale form; 429 throttled */
void h_logout(struct request *r);          /* 303 */

#endif
