/* request.h - one HTTP request as handlers see it, and the calls that build its response. */
#ifndef DOORBRAAK_REQUEST_H
#define DOORBRAAK_REQUEST_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "core/err.h"
#include "core/perm.h"
#include "core/rol.h"
#include "lib/buf.h"
#include "lib/config.h"
#include "lib/mem.h"
#include "store/store.h"
#include "store/store_audit.h"

struct request;
typedef void (*handler_fn)(struct request *r);

enum route_flags {
	ROUTE_API = 1 << 0,        /* JSON API: bearer token, problem+json errors, API-Version header */
	ROUTE_NO_CSRF = 1 << 1,    /* a form POST that checks its own token (login) */
	ROUTE_STATIC = 1 << 2,     /* cacheable public asset */
	ROUTE_PERSONAL = 1 << 3,   /* shows personal data: Cache-Control no-store (all non-static do) */
	ROUTE_MULTIPART = 1 << 4,  /* a form that may also come as multipart/form-data (a file upload) */
};

struct route {
	const char *method;        /* "GET", "POST", "PATCH", ... */
	const char *pattern;       /* "/casussen/{ref}": a {name} matches one path segment */
	enum perm perm;            /* the permission every caller needs */
	handler_fn handler;
	unsigned flags;
	size_t max_body;           /* 0 = the default 1 MiB */
};

struct kv {
	const char *key, *value;
};

/* A file from a multipart/form-data form: its bytes as sent (NUL-terminated copy; len excludes the NUL). */
struct upload {
	const char *naam;          /* the form field */
	const char *bestandsnaam;  /* as the browser named it; not to be trusted */
	const char *data;
	size_t len;
};

struct request {
	struct arena *arena;       /* everything below is allocated here */
	struct store *store;       /* a pooled connection for this request */
	const struct config *cfg;
	time_t now;
	char request_id[17];
	const char *method, *path, *client_addr;
	const struct route *route;
	const char *params[4];     /* path parameters in pattern order */
	int nparams;
	struct kv *query, *form;   /* decoded, UTF-8 checked */
	size_t nquery, nform;
	struct upload *files;      /* ROUTE_MULTIPART forms only */
	size_t nfiles;
	const char *body;          /* raw body (NUL-terminated), "" when none */
	size_t body_len;
	json_t *json;              /* parsed JSON body for API routes, or NULL; freed with the request */
	struct actor actor;        /* anonymous unless signed in */
	char session_hash[65];     /* when signed in through a cookie, or half-way (below) */
	/* A session whose password was right but whose second factor is still to come: the actor stays
	   anonymous; only the pages of that step use these (app/sessie/tweede_factor.c). */
	struct {
		int stap;              /* 0: none; SESSIE_CODE or SESSIE_INSCHRIJVEN (store/store_account.h) */
		int64_t gebruiker_id;
		const char *totp_nieuw;   /* SESSIE_INSCHRIJVEN: the secret being set up */
		const char *volgende;     /* where to go afterwards */
	} halfweg;
	char csrf[65];             /* the session's CSRF token */
	void *conn;                /* struct MHD_Connection *, for header lookups */

	/* The response being built. */
	int status;
	const char *content_type;
	struct buf out;
	struct kv *headers;        /* extra headers */
	size_t nheaders, capheaders;
	bool replied;
};

const char *req_header(struct request *r, const char *name);
const char *req_cookie(struct request *r, const char *name);
const char *req_query(struct request *r, const char *key);   /* NULL when absent */
const char *req_form(struct request *r, const char *key);    /* NULL when absent */
/* All values of a repeated form field (checkboxes); *n set to the count. */
const char **req_form_all(struct request *r, const char *key, size_t *n);
const char *req_param(struct request *r, int i);
/* A positive decimal id as a path parameter, query or form value spells it: 1 to 18 digits and nothing else (no sign,
   no white space; leading zeros are digits like the others, "007" is 7), not 0. False (and *out untouched)
   otherwise, also for NULL. */
bool req_parse_id(const char *s, int64_t *out);
/* The uploaded file of a form field, or NULL. */
const struct upload *req_file(struct request *r, const char *name);

void reply_header(struct request *r, const char *name, const char *value);
/* Renders templates/<page>.html inside layout.html. ctx is consumed (decref'd). */
void reply_page(struct request *r, int status, const char *page, const char *titel, json_t *ctx);
void reply_text(struct request *r, int status, const char *type, const char *body, size_t len);
/* ctx is consumed. */
void reply_json(struct request *r, int status, json_t *body);
/* application/problem+json (API) or the error page (web). */
void reply_problem(struct request *r, int status, const char *title, const char *detail);
void reply_err(struct request *r, const struct err *e);
void reply_redirect(struct request *r, int status, const char *location);

/* The one-line audit call: records what the acting user did to which object (an object of type "casus" is
   the row's casus too). */
enum err_code req_audit(struct request *r, const char *actie, const char *object_type,
    const char *object_id, enum audit_uitkomst uitkomst);
/* The same for an object that belongs to a casus (or a route that names one): casus is its referentie. */
enum err_code req_audit_casus(struct request *r, const char *actie, const char *object_type,
    const char *object_id, const char *casus, enum audit_uitkomst uitkomst);
/* The full form, for the rows that know the purpose or on whose behalf the user acts (NULL: not known). */
enum err_code req_audit_doel(struct request *r, const char *actie, const char *object_type,
    const char *object_id, const char *casus, const char *doel, const char *namens, enum audit_uitkomst uitkomst);

/* A JSON object with the layout's context (user, nav, csrf); used by reply_page. */
json_t *req_layout_ctx(struct request *r, const char *titel);

#endif
