/* form.c - urlencoded form decoding with strict UTF-8 checks. */
#include "form.h"

#include <string.h>

#include "lib/utf8.h"

static int
hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

char *
form_decode(struct arena *a, const char *s, size_t n, size_t *outlen)
{
	char *out = arena_alloc(a, n + 1);
	size_t j = 0;

	for (size_t i = 0; i < n; i++) {
		if (s[i] == '+')
			out[j++] = ' ';
		else if (s[i] == '%') {
			int hi, lo;
			if (i + 2 >= n)
				return NULL;
			hi = hexval(s[i + 1]);
			lo = hexval(s[i + 2]);
			if (hi < 0 || lo < 0)
				return NULL;
			out[j++] = (char)(hi * 16 + lo);
			i += 2;
		} else
			out[j++] = s[i];
	}
	out[j] = '\0';
	if (!utf8_valid(out, j))
		return NULL;
	if (outlen)
		*outlen = j;
	return out;
}

int
form_parse(struct arena *a, const char *body, size_t len, struct kv **out, size_t *n)
{
	size_t count = 1, i = 0, k = 0;
	struct kv *v;

	for (size_t j = 0; j < len; j++)
		if (body[j] == '&')
			count++;
	v = arena_alloc(a, count * sizeof(*v));
	while (i < len) {
		const char *amp = memchr(body + i, '&', len - i);
		size_t end = amp ? (size_t)(amp - body) : len;
		const char *eq = memchr(body + i, '=', end - i);
		size_t klen = eq ? (size_t)(eq - (body + i)) : end - i;

		if (end > i) {
			v[k].key = form_decode(a, body + i, klen, NULL);
			v[k].value = eq ? form_decode(a, eq + 1, end - (size_t)(eq + 1 - body), NULL) : "";
			if (v[k].key == NULL || v[k].value == NULL)
				return -1;
			k++;
		}
		i = end + 1;
	}
	*out = v;
	*n = k;
	return 0;
}
