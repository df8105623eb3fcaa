/* fuzz_url.c - libFuzzer target: the request target as doorbraak reads it: the router on the real route table,
   percent-decoding of the query's parameters and the UTF-8 check at the door. */
#include <assert.h>
#include <stdint.h>
#include <string.h>

#include "app/routes.h"
#include "lib/mem.h"
#include "lib/utf8.h"
#include "web/form.h"
#include "web/router.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const methods[] = { "GET", "POST", "PATCH", "PUT", "DELETE", "HEAD", "OPTIONS", "BREW" };

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena *a;
	const char *method, *path, *q, *allow = NULL, *params[4] = { 0 };
	const struct route *route = NULL;
	int nparams = 0;
	char *target;

	if (size < 1)
		return 0;
	a = arena_new();
	method = methods[data[0] % (sizeof(methods) / sizeof(methods[0]))];
	/* libmicrohttpd hands over a NUL-terminated target; a NUL inside it is refused before the router. */
	target = arena_strndup(a, (const char *)data + 1, size - 1);
	q = strchr(target, '?');
	path = q ? arena_strndup(a, target, (size_t)(q - target)) : target;
	switch (router_match(app_routes, app_routes_count, method, path, a, &route, params, &nparams, &allow)) {
	case ROUTE_FOUND:
		assert(route != NULL && nparams >= 0 && nparams <= 4);
		for (int i = 0; i < nparams; i++)
			assert(params[i] != NULL && strchr(params[i], '/') == NULL);
		break;
	case ROUTE_BAD_METHOD:
		assert(allow != NULL && allow[0] != '\0');
		break;
	case ROUTE_NO_PATH:
		break;
	}
	if (q != NULL) {   /* each parameter as the door sees it: decoded, then UTF-8 without NUL or refused */
		const char *p = q + 1;

		while (*p != '\0') {
			const char *amp = strchr(p, '&');
			size_t n = amp ? (size_t)(amp - p) : strlen(p), len = 0;
			char *d = form_decode(a, p, n, &len);

			if (d != NULL)
				(void)utf8_valid(d, len);
			p += n + (amp != NULL);
		}
	}
	arena_free(a);
	return 0;
}
