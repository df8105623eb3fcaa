/* util.c - small helpers every part of the store shares: growing arena arrays, code lists as bits. */
#include <string.h>

#include "store/util.h"

void *
store_grow(struct arena *a, void *v, size_t n, size_t *cap, size_t size)
{
	void *w;

	if (n < *cap)
		return v;
	*cap = *cap ? 2 * *cap : 8;
	w = arena_alloc(a, *cap * size);
	if (n > 0)
		memcpy(w, v, n * size);
	return w;
}

unsigned
store_code_bits(const char *list, const struct codelist *codes)
{
	unsigned bits = 0;
	char code[64];

	while (list != NULL && *list != '\0') {
		size_t n = strcspn(list, ",");

		if (n < sizeof(code)) {
			int i;

			memcpy(code, list, n);
			code[n] = '\0';
			if ((i = codelist_find(codes, code)) >= 0)
				bits |= 1u << i;
		}
		list += n + (list[n] == ',');
	}
	return bits;
}
