/* auth.h - who is asking: session cookies for the browser, bearer tokens for the API, CSRF checks. */
#ifndef DOORBRAAK_AUTH_H
#define DOORBRAAK_AUTH_H

#include <stdbool.h>
#include <stdint.h>

#include "store/store_account.h"
#include "web/request.h"

/* Sets r->actor from the session cookie (web) or the Authorization header (API). false when the database failed
   while looking (the caller answers 503: a failed lookup is not "not signed in", which would show a login page). */
bool auth_identify(struct request *r);
/* Replies to a caller without the route's permission: login redirect, 401 or 403; each leaves an audit row
   (toegang.anoniem, token.ongeldig or toegang) with the route and the casus it names. */
void auth_deny(struct request *r);
/* Records a form refused for its CSRF token or Origin (actie csrf). */
void auth_csrf_refused(struct request *r);
/* The casus referentie the route's {ref} or {referentie} segment holds, or NULL. */
const char *auth_route_casus(struct request *r);
/* True when any Origin header of the request names this host. */
bool auth_origin_ok(struct request *r);
/* True when the form's csrf field matches the session and any Origin header is ours. */
bool auth_csrf_ok(struct request *r);

/* A target to send the user to after signing in: v itself when it is a path on this site ("/x"), else "/".
   Never "//host", "/\\host", nor a path with a control character, a space or a backslash anywhere in it. */
const char *auth_safe_next(const char *v);

/* The session cookie's name: "__Host-sessie" under TLS, else "sessie". */
const char *auth_cookie_name(const struct config *cfg);
/* Starts a new session for gebruiker_id (a fresh id) and sets the cookie. */
enum err_code auth_session_start(struct request *r, int64_t gebruiker_id, struct err *e);
/* The same for a session half-way through signing in (SESSIE_CODE, SESSIE_INSCHRIJVEN): it gives no rights;
   it expires after TWEEDE_STAP_GELDIG seconds. totp_nieuw and volgende may be NULL. */
enum err_code auth_session_start_stap(struct request *r, int64_t gebruiker_id, enum sessie_stap stap,
    const char *totp_nieuw, const char *volgende, struct err *e);
/* Ends the current session server-side and clears the cookie. */
void auth_session_end(struct request *r);
/* Sets a cookie with the house attributes (HttpOnly, SameSite=Strict, Path=/, Secure under TLS). */
void auth_set_cookie(struct request *r, const char *name, const char *value, int max_age);

#endif
