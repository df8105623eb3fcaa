/* tmpl.c - renders mustache-style templates straight from their text, with a context stack. */
#include "tmpl.h"

#include <stdio.h>
#include <string.h>

#include "lib/embed.h"
#include "lib/escape.h"

#define MAX_DEPTH 24

struct scope {
	json_t *stack[MAX_DEPTH];
	int depth;
	int includes;
};

static int render(struct buf *out, const char *t, size_t len, struct scope *sc);

static json_t *
lookup(struct scope *sc, const char *name, size_t n)
{
	char key[128];
	json_t *v = NULL;
	const char *dot;
	size_t first;

	if (n == 1 && name[0] == '.')
		return sc->stack[sc->depth - 1];
	dot = memchr(name, '.', n);
	first = dot ? (size_t)(dot - name) : n;
	if (first >= sizeof(key))
		return NULL;
	memcpy(key, name, first);
	key[first] = '\0';
	for (int i = sc->depth - 1; i >= 0 && v == NULL; i--)
		if (json_is_object(sc->stack[i]))
			v = json_object_get(sc->stack[i], key);
	while (v != NULL && dot != NULL) {
		const char *start = dot + 1;
		dot = memchr(start, '.', n - (size_t)(start - name));
		first = dot ? (size_t)(dot - start) : n - (size_t)(start - name);
		if (first >= sizeof(key))
			return NULL;
		memcpy(key, start, first);
		key[first] = '\0';
		v = json_is_object(v) ? json_object_get(v, key) : NULL;
	}
	return v;
}

static int
truthy(json_t *v)
{
	if (v == NULL || json_is_null(v) || json_is_false(v))
		return 0;
	if (json_is_array(v))
		return json_array_size(v) > 0;
	if (json_is_string(v))
		return json_string_length(v) > 0;
	if (json_is_integer(v))
		return json_integer_value(v) != 0;
	return 1;
}

static int
put_value(struct buf *out, json_t *v, int raw)
{
	char num[64];
	const char *s = NULL;
	size_t n = 0;

	if (json_is_string(v)) {
		s = json_string_value(v);
		n = json_string_length(v);
	} else if (json_is_integer(v)) {
		n = (size_t)snprintf(num, sizeof(num), "%lld", (long long)json_integer_value(v));
		s = num;
	} else if (json_is_real(v)) {
		n = (size_t)snprintf(num, sizeof(num), "%g", json_real_value(v));
		s = num;
	} else if (json_is_true(v)) {
		s = "ja";
		n = 2;
	}
	if (s == NULL)
		return 0;
	return raw ? buf_append(out, s, n) : escape_html(out, s, n);
}

static void
trim(const char **s, size_t *n)
{
	while (*n > 0 && (**s == ' '))
		(*s)++, (*n)--;
	while (*n > 0 && (*s)[*n - 1] == ' ')
		(*n)--;
}

/* The first whole occurrence of s in [p, end), or NULL: the text need not be NUL-terminated (tmpl_render_text
   takes a length), and a tag may not run past the end of the section it is in. */
static const char *
find(const char *p, const char *end, const char *s)
{
	return p < end ? memmem(p, (size_t)(end - p), s, strlen(s)) : NULL;
}

/* Finds the {{/name}} that closes a section opened just before body, honouring nesting. */
static const char *
find_close(const char *body, const char *end, const char *name, size_t n, const char **after)
{
	int level = 1;
	const char *p = body;

	while ((p = find(p, end, "{{")) != NULL) {
		const char *q = find(p + 2, end, "}}"), *tag = p + 3;
		size_t tn;

		if (q == NULL)
			return NULL;
		tn = (size_t)(q - tag);
		if ((p[2] == '#' || p[2] == '^' || p[2] == '/')) {
			const char *ts = tag;
			trim(&ts, &tn);
			if (tn == n && memcmp(ts, name, n) == 0) {
				level += p[2] == '/' ? -1 : 1;
				if (level == 0) {
					*after = q + 2;
					return p;
				}
			}
		}
		p = q + 2;
	}
	return NULL;
}

static int
render(struct buf *out, const char *t, size_t len, struct scope *sc)
{
	const char *p = t, *end = t + len;

	while (p < end) {
		const char *open = find(p, end, "{{"), *close, *name;
		size_t n;
		char kind;
		int raw = 0;

		if (open == NULL) {
			return buf_append(out, p, (size_t)(end - p));
		}
		if (buf_append(out, p, (size_t)(open - p)) != 0)
			return -1;
		if (open + 2 >= end)
			return -1;   /* "{{" at the very end */
		if (open[2] == '{') {
			raw = 1;
			close = find(open + 3, end, "}}}");
			if (close == NULL)
				return -1;
			name = open + 3;
			n = (size_t)(close - name);
			trim(&name, &n);
			if (put_value(out, lookup(sc, name, n), 1) != 0)
				return -1;
			p = close + 3;
			continue;
		}
		close = find(open + 2, end, "}}");
		if (close == NULL)
			return -1;
		kind = open[2];
		name = open + 2;
		n = (size_t)(close - name);
		if (kind == '#' || kind == '^' || kind == '/' || kind == '>' || kind == '!')
			name++, n--;
		trim(&name, &n);
		p = close + 2;
		if (kind == '!') {
			if (open == t && p < end && *p == '\n')
				p++;   /* a template's opening purpose comment leaves no empty line behind */
			continue;
		}
		if (kind == '/')
			return -1;   /* a close without an open */
		if (kind == '>') {
			char file[160];
			const struct embedded_file *f;

			snprintf(file, sizeof(file), "templates/%.*s.html", (int)n, name);
			if ((f = embed_find(file)) == NULL || ++sc->includes > 64 ||
			    render(out, (const char *)f->data, f->len, sc) != 0)
				return -1;
			continue;
		}
		if (kind == '#' || kind == '^') {
			const char *after, *body_end = find_close(p, end, name, n, &after);
			json_t *v = lookup(sc, name, n);

			if (body_end == NULL || sc->depth >= MAX_DEPTH)
				return -1;
			if (kind == '^') {
				if (!truthy(v) && render(out, p, (size_t)(body_end - p), sc) != 0)
					return -1;
			} else if (json_is_array(v)) {
				size_t i;
				json_t *el;
				json_array_foreach(v, i, el) {
					sc->stack[sc->depth++] = el;
					int rc = render(out, p, (size_t)(body_end - p), sc);
					sc->depth--;
					if (rc != 0)
						return -1;
				}
			} else if (truthy(v)) {
				sc->stack[sc->depth++] = v;
				int rc = render(out, p, (size_t)(body_end - p), sc);
				sc->depth--;
				if (rc != 0)
					return -1;
			}
			p = after;
			continue;
		}
		if (put_value(out, lookup(sc, name, n), raw) != 0)
			return -1;
	}
	return 0;
}

int
tmpl_render_text(struct buf *out, const char *text, size_t len, json_t *ctx)
{
	struct scope sc = { .depth = 1 };

	sc.stack[0] = ctx;
	return render(out, text, len, &sc);
}

int
tmpl_render(struct buf *out, const char *name, json_t *ctx)
{
	char file[160];
	const struct embedded_file *f;

	snprintf(file, sizeof(file), "templates/%s.html", name);
	if ((f = embed_find(file)) == NULL) {
		fprintf(stderr, "{\"level\":\"error\",\"msg\":\"template missing\",\"template\":\"%s\"}\n", name);
		return -1;
	}
	if (tmpl_render_text(out, (const char *)f->data, f->len, ctx) != 0) {
		fprintf(stderr, "{\"level\":\"error\",\"msg\":\"template malformed\",\"template\":\"%s\"}\n", name);
		return -1;
	}
	return 0;
}
