/* multipart.c - a multipart/form-data decoder (RFC 7578) for form posts with a file (multipart.h). */
#include "web/multipart.h"

#include <string.h>
#include <strings.h>

#include "lib/utf8.h"

#define MAX_PARTS 64

/* The boundary parameter of the content type, unquoted, into out; -1 when absent or too long. */
static int
boundary_of(const char *ct, char *out, size_t size)
{
	const char *p = ct ? strcasestr(ct, "boundary=") : NULL;
	size_t n;

	if (p == NULL)
		return -1;
	p += 9;
	if (*p == '"') {
		const char *q = strchr(++p, '"');
		if (q == NULL)
			return -1;
		n = (size_t)(q - p);
	} else
		n = strcspn(p, "; \t");
	if (n == 0 || n > 70 || n + 1 > size)   /* RFC 2046: 1..70 characters */
		return -1;
	memcpy(out, p, n);
	out[n] = '\0';
	return 0;
}

/* The value of parameter name="..." in a Content-Disposition header line h[0..n), or NULL. */
static char *
param_of(struct arena *a, const char *h, size_t n, const char *name)
{
	size_t k = strlen(name);

	for (size_t i = 0; i + k + 2 <= n; i++) {
		if ((i == 0 || h[i - 1] == ' ' || h[i - 1] == ';' || h[i - 1] == '\t') && strncasecmp(h + i, name, k) == 0 &&
		    h[i + k] == '=' && h[i + k + 1] == '"') {
			const char *v = h + i + k + 2, *end = memchr(v, '"', n - (size_t)(v - h));
			return end ? arena_strndup(a, v, (size_t)(end - v)) : NULL;
		}
	}
	return NULL;
}

int
multipart_parse(struct arena *a, const char *content_type, const char *body, size_t len, struct kv **form,
    size_t *nform, struct upload **files, size_t *nfiles)
{
	char boundary[80], delim[90];
	const char *p, *end = body + len;
	size_t dlen, nf = 0, nu = 0;
	struct kv *f = arena_alloc(a, MAX_PARTS * sizeof(*f));
	struct upload *u = arena_alloc(a, MAX_PARTS * sizeof(*u));

	if (boundary_of(content_type, boundary, sizeof(boundary)) != 0)
		return -1;
	dlen = (size_t)snprintf(delim, sizeof(delim), "\r\n--%s", boundary);
	/* the first delimiter has no CRLF before it */
	if (len < dlen - 2 || memcmp(body, delim + 2, dlen - 2) != 0)
		return -1;
	p = body + dlen - 2;
	for (;;) {
		const char *hdr_end, *next, *disp = NULL;
		size_t disp_len = 0;
		char *name, *filename;

		if (end - p >= 2 && p[0] == '-' && p[1] == '-')
			break;   /* the closing delimiter */
		if (end - p < 2 || p[0] != '\r' || p[1] != '\n')
			return -1;
		p += 2;
		if ((hdr_end = memmem(p, (size_t)(end - p), "\r\n\r\n", 4)) == NULL)
			return -1;
		for (const char *line = p; line < hdr_end;) {
			const char *eol = memmem(line, (size_t)(hdr_end - line), "\r\n", 2);
			size_t n = eol ? (size_t)(eol - line) : (size_t)(hdr_end - line);

			if (n > 20 && strncasecmp(line, "Content-Disposition:", 20) == 0) {
				disp = line + 20;
				disp_len = n - 20;
			}
			line += n + (eol ? 2 : 0);
		}
		p = hdr_end + 4;
		if ((next = memmem(p, (size_t)(end - p), delim, dlen)) == NULL)
			return -1;
		if (disp == NULL || (name = param_of(a, disp, disp_len, "name")) == NULL)
			return -1;
		if (nf + nu >= MAX_PARTS)
			return -1;
		filename = param_of(a, disp, disp_len, "filename");
		if (filename != NULL) {
			u[nu].naam = name;
			u[nu].bestandsnaam = filename;
			u[nu].data = arena_strndup(a, p, (size_t)(next - p));   /* NUL-terminated copy, bytes as sent */
			u[nu++].len = (size_t)(next - p);
		} else {
			if (!utf8_valid(name, strlen(name)) || !utf8_valid(p, (size_t)(next - p)))
				return -1;
			f[nf].key = name;
			f[nf++].value = arena_strndup(a, p, (size_t)(next - p));
		}
		p = next + dlen;
	}
	*form = f;
	*nform = nf;
	*files = u;
	*nfiles = nu;
	return 0;
}
