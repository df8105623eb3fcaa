/* err.h - result codes and an error that carries a Dutch user message and a technical detail. */
#ifndef DOORBRAAK_ERR_H
#define DOORBRAAK_ERR_H

enum err_code {
	ERR_OK = 0,
	ERR_VALIDATION,   /* 400: input does not satisfy the rules */
	ERR_UNAUTHORIZED, /* 401: no (valid) credentials */
	ERR_FORBIDDEN,    /* 403: known, but not allowed */
	ERR_NOT_FOUND,    /* 404: absent, or not visible to this user */
	ERR_CONFLICT,     /* 409: state does not allow it (duplicate, closed) */
	ERR_TOO_LARGE,    /* 413 */
	ERR_THROTTLED,    /* 429 */
	ERR_UNAVAILABLE,  /* 503: e.g. the audit log could not be written */
	ERR_INTERNAL,     /* 500: a bug or I/O failure */
	ERR__MAX
};

struct err {
	enum err_code code;
	char field[64];   /* the input field at fault, "" when none */
	char msg[256];    /* Dutch, shown to the user */
	char detail[256]; /* technical, for the log; never shown to users */
};

/* Sets e (if not NULL) and returns code. msg is a printf format in Dutch. */
enum err_code err_set(struct err *e, enum err_code code, const char *field,
    const char *fmt, ...) __attribute__((format(printf, 4, 5)));
void err_detail(struct err *e, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void err_clear(struct err *e);
const char *err_strerror(enum err_code code);  /* technical English name */
int err_http_status(enum err_code code);

#endif
