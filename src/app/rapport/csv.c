/* csv.c - the jaarrapportage's tables as one CSV file (UTF-8, CRLF, formula starts neutralised). */
#include "app/rapport/tabellen.h"

#include "lib/escape.h"

static int
cel(struct buf *out, const struct rapport_cel *c)
{
	switch (c->soort) {
	case CEL_TEKST:
		return escape_csv(out, c->tekst);
	case CEL_GETAL:
		return buf_printf(out, "%ld", c->getal);
	case CEL_MEDIAAN:
		if (c->mediaan.halven % 2 == 0)
			return buf_printf(out, "%ld", c->mediaan.halven / 2);
		return buf_printf(out, "%.1f", (double)c->mediaan.halven / 2.0);
	case CEL_LEEG:
		break;
	}
	return 0;
}

int
rapport_csv(struct buf *out, const struct rapport *r)
{
	struct arena *a;
	struct rapport_tabel *ts;
	size_t n;
	int rc = 0;

	if (r == NULL || r->nu == NULL)
		return -1;
	a = arena_new();
	n = rapport_tabellen(a, r, &ts);
	for (size_t i = 0; i < n; i++) {
		const struct rapport_tabel *t = &ts[i];

		if (i > 0)
			rc |= buf_puts(out, "\r\n");
		for (size_t k = 0; k < t->nkop; k++) {
			rc |= k > 0 ? buf_putc(out, ',') : 0;
			rc |= escape_csv(out, t->kop[k]);
		}
		rc |= buf_puts(out, "\r\n");
		for (size_t j = 0; j < t->nrijen; j++) {
			for (size_t k = 0; k < t->nkop; k++) {
				rc |= k > 0 ? buf_putc(out, ',') : 0;
				rc |= cel(out, &t->cellen[j * t->nkop + k]);
			}
			rc |= buf_puts(out, "\r\n");
		}
	}
	arena_free(a);
	return rc != 0 || out->toobig ? -1 : 0;
}
