/* router.c - segment-by-segment matching of "/a/{x}/b" patterns. */
#include "router.h"

#include <string.h>

static int
match_path(const char *pattern, const char *path, struct arena *a, const char **params, int *nparams)
{
	const char *p = pattern, *s = path;
	int np = 0;

	while (*p && *s) {
		if (*p == '{') {
			const char *pe = strchr(p, '}'), *se = strchr(s, '/');
			size_t n = se ? (size_t)(se - s) : strlen(s);

			if (pe == NULL || n == 0 || np >= 4)
				return 0;
			if (params)
				params[np] = arena_strndup(a, s, n);
			np++;
			p = pe + 1;
			s += n;
			continue;
		}
		if (*p != *s)
			return 0;
		p++, s++;
	}
	if (*p || *s)
		return 0;
	if (nparams)
		*nparams = np;
	return 1;
}

enum route_match
router_match(const struct route *routes, size_t n, const char *method, const char *path,
    struct arena *a, const struct route **out, const char **params, int *nparams, const char **allow)
{
	char *methods = NULL;

	for (size_t i = 0; i < n; i++) {
		if (!match_path(routes[i].pattern, path, a, NULL, NULL))
			continue;
		if (strcmp(routes[i].method, method) == 0) {
			match_path(routes[i].pattern, path, a, params, nparams);
			*out = &routes[i];
			return ROUTE_FOUND;
		}
		methods = methods ? arena_printf(a, "%s, %s", methods, routes[i].method)
				  : arena_strdup(a, routes[i].method);
	}
	if (methods == NULL)
		return ROUTE_NO_PATH;
	if (allow)
		*allow = methods;
	return ROUTE_BAD_METHOD;
}
