/* bedrag.c - amounts in euro cents written the Dutch way: a point between thousands, a comma before the cents. */
#include "app/common/bedrag.h"

#include <stdio.h>

const char *
app_bedrag_invoer(struct arena *a, int64_t cent)
{
	char cijfers[24], uit[40];
	int n, o = 0;

	if (cent < 0)
		return NULL;
	n = snprintf(cijfers, sizeof(cijfers), "%lld", (long long)(cent / 100));
	for (int i = 0; i < n; i++) {
		if (i > 0 && (n - i) % 3 == 0)
			uit[o++] = '.';
		uit[o++] = cijfers[i];
	}
	snprintf(uit + o, sizeof(uit) - (size_t)o, ",%02d", (int)(cent % 100));
	return arena_strdup(a, uit);
}

const char *
app_bedrag_tekst(struct arena *a, int64_t cent)
{
	const char *s = app_bedrag_invoer(a, cent);

	return s != NULL ? arena_printf(a, "\xe2\x82\xac %s", s) : NULL;
}
