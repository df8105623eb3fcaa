/* err.c - result codes with Dutch messages. */
#include "err.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

enum err_code
err_set(struct err *e, enum err_code code, const char *field, const char *fmt, ...)
{
	va_list ap;

	if (e == NULL)
		return code;
	e->code = code;
	snprintf(e->field, sizeof(e->field), "%s", field ? field : "");
	va_start(ap, fmt);
	vsnprintf(e->msg, sizeof(e->msg), fmt, ap);
	va_end(ap);
	e->detail[0] = '\0';
	return code;
}

void
err_detail(struct err *e, const char *fmt, ...)
{
	va_list ap;

	if (e == NULL)
		return;
	va_start(ap, fmt);
	vsnprintf(e->detail, sizeof(e->detail), fmt, ap);
	va_end(ap);
}

void
err_clear(struct err *e)
{
	if (e != NULL)
		memset(e, 0, sizeof(*e));
}

static const struct {
	const char *name;
	int status;
} err_table[ERR__MAX] = {
	[ERR_OK] = { "ok", 200 },
	[ERR_VALIDATION] = { "validation", 400 },
	[ERR_UNAUTHORIZED] = { "unauthorized", 401 },
	[ERR_FORBIDDEN] = { "forbidden", 403 },
	[ERR_NOT_FOUND] = { "not found", 404 },
	[ERR_CONFLICT] = { "conflict", 409 },
	[ERR_TOO_LARGE] = { "too large", 413 },
	[ERR_THROTTLED] = { "throttled", 429 },
	[ERR_UNAVAILABLE] = { "unavailable", 503 },
	[ERR_INTERNAL] = { "internal", 500 },
};

const char *
err_strerror(enum err_code code)
{
	return (unsigned)code < ERR__MAX ? err_table[code].name : "unknown";
}

int
err_http_status(enum err_code code)
{
	return (unsigned)code < ERR__MAX ? err_table[code].status : 500;
}
