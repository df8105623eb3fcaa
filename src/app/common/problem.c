/* problem.c - problem+json replies of the API, shared by every area. */
#include "app/common/problem.h"

#include <stdlib.h>
#include <string.h>

#include "lib/utf8.h"

/* A copy of s without the bytes that are not part of valid UTF-8 (a message may hold a cut-off value). */
static char *
utf8_clean(struct arena *a, const char *s)
{
	size_t n = strlen(s), o = 0;
	char *out = arena_alloc(a, n + 1);

	for (size_t i = 0; i < n;) {
		size_t k = 1;

		while (k <= 4 && i + k <= n && !utf8_valid(s + i, k))
			k++;
		if (k <= 4 && i + k <= n) {
			memcpy(out + o, s + i, k);
			o += k;
			i += k;
		} else
			i++;
	}
	out[o] = '\0';
	return out;
}

void
api_problem(struct request *r, int status, const char *title, const char *detail, const char *field)
{
	json_t *p;
	char *s;

	detail = utf8_clean(r->arena, detail);
	p = json_pack("{s:s,s:s,s:i,s:s,s:s}", "type", "about:blank", "title", title, "status", status, "detail",
	    detail, "instance", r->path);
	if (p == NULL) {
		reply_problem(r, status, title, detail);
		return;
	}
	if (field != NULL && field[0] != '\0')
		json_object_set_new(p, "invalidParams",
		    json_pack("[{s:s,s:s}]", "name", utf8_clean(r->arena, field), "reason", detail));
	s = json_dumps(p, JSON_COMPACT | JSON_PRESERVE_ORDER);
	reply_text(r, status, "application/problem+json", s, strlen(s));
	free(s);
	json_decref(p);
}
