/* csv.c - a CSV reader and writer for what spreadsheets produce and expect (csv.h). */
#include "lib/csv.h"

#include <string.h>

#include "lib/escape.h"
#include "lib/utf8.h"

#define BOM "\xEF\xBB\xBF"

/* The separator of the header line: the more frequent of ';' and ',' outside quotes. */
static char
scheiding_van(const char *s, size_t len)
{
	size_t puntkomma = 0, komma = 0;
	bool quoted = false;

	for (size_t i = 0; i < len; i++) {
		char c = s[i];

		if (c == '"')
			quoted = !quoted;
		else if (!quoted && (c == '\n' || c == '\r'))
			break;
		else if (!quoted && c == ';')
			puntkomma++;
		else if (!quoted && c == ',')
			komma++;
	}
	return komma > puntkomma ? ',' : ';';
}

struct lezer {
	struct arena *a;
	const char *s;
	size_t len, pos, regel;
	char sep;
	struct buf veld;
};

/* Grows an arena array of elements of size sz to hold one more. */
static void *
meer(struct arena *a, void *v, size_t n, size_t *cap, size_t sz)
{
	void *w;

	if (n < *cap)
		return v;
	*cap = *cap ? 2 * *cap : 8;
	w = arena_alloc(a, *cap * sz);
	if (n > 0)
		memcpy(w, v, n * sz);
	return w;
}

/* Reads one field into l->veld; *einde is true when the row ends after it. CSV_AANHALING on an open quote. */
static enum csv_fout
lees_veld(struct lezer *l, bool *einde)
{
	buf_reset(&l->veld);
	*einde = false;
	if (l->pos < l->len && l->s[l->pos] == '"') {
		size_t begin = l->regel;

		l->pos++;
		for (;;) {
			char c;

			if (l->pos >= l->len) {
				l->regel = begin;
				return CSV_AANHALING;
			}
			c = l->s[l->pos++];
			if (c == '"') {
				if (l->pos < l->len && l->s[l->pos] == '"') {
					buf_putc(&l->veld, '"');
					l->pos++;
					continue;
				}
				break;
			}
			if (c == '\n')
				l->regel++;
			buf_putc(&l->veld, c);
		}
	}
	/* Unquoted text, or what follows a closing quote up to the separator (kept as it is). */
	while (l->pos < l->len) {
		char c = l->s[l->pos];

		if (c == l->sep) {
			l->pos++;
			return CSV_OK;
		}
		if (c == '\n' || c == '\r') {
			l->pos++;
			if (c == '\r' && l->pos < l->len && l->s[l->pos] == '\n')
				l->pos++;
			l->regel++;
			*einde = true;
			return CSV_OK;
		}
		buf_putc(&l->veld, c);
		l->pos++;
	}
	*einde = true;
	return CSV_OK;
}

static enum csv_fout
lees_rij(struct lezer *l, const struct csv_grenzen *g, struct csv_rij *rij)
{
	size_t cap = 0;
	bool einde = false;
	enum csv_fout f;

	memset(rij, 0, sizeof(*rij));
	rij->regel = l->regel;
	rij->slecht_veld = -1;
	while (!einde) {
		if ((f = lees_veld(l, &einde)) != CSV_OK)
			return f;
		if (rij->n >= g->velden)
			return CSV_TE_GROOT;
		if (rij->slecht_veld < 0) {
			if (l->veld.len > g->veld) {
				rij->slecht_veld = (long)rij->n;
				rij->slecht_waarom = arena_printf(l->a, "langer dan %zu tekens", g->veld);
			} else if (!utf8_valid(buf_str(&l->veld), l->veld.len)) {
				rij->slecht_veld = (long)rij->n;
				rij->slecht_waarom = "geen geldige UTF-8 (sla het bestand op als \"CSV UTF-8\")";
			}
		}
		rij->velden = meer(l->a, rij->velden, rij->n, &cap, sizeof(*rij->velden));
		rij->velden[rij->n++] = l->veld.len <= g->veld ? arena_strndup(l->a, buf_str(&l->veld), l->veld.len) :
		    arena_strdup(l->a, "");
	}
	return CSV_OK;
}

static bool
leeg(const struct csv_rij *r)
{
	for (size_t i = 0; i < r->n; i++)
		if (r->velden[i][0] != '\0')
			return false;
	return true;
}

enum csv_fout
csv_lees(struct arena *a, const char *data, size_t len, const struct csv_grenzen *g, struct csv_tabel *out,
    size_t *regel)
{
	struct lezer l = { .a = a, .s = data, .len = len, .regel = 1 };
	size_t cap = 0;
	bool kop = false;
	enum csv_fout f = CSV_OK;

	memset(out, 0, sizeof(*out));
	if (len >= 3 && memcmp(data, BOM, 3) == 0) {
		out->bom = true;
		l.pos = 3;
	}
	l.sep = out->scheiding = scheiding_van(data + l.pos, len - l.pos);
	buf_init(&l.veld, 0);
	while (l.pos < l.len) {
		struct csv_rij rij;

		if ((f = lees_rij(&l, g, &rij)) != CSV_OK) {
			if (regel != NULL)
				*regel = f == CSV_TE_GROOT ? rij.regel : l.regel;
			break;
		}
		if (leeg(&rij))
			continue;
		if (!kop) {
			out->kop = rij;
			kop = true;
			if (rij.slecht_veld >= 0) {
				f = CSV_KOP;
				if (regel != NULL)
					*regel = rij.regel;
				break;
			}
			continue;
		}
		if (out->nrijen >= g->rijen) {
			f = CSV_TE_GROOT;
			if (regel != NULL)
				*regel = rij.regel;
			break;
		}
		out->rijen = meer(a, out->rijen, out->nrijen, &cap, sizeof(*out->rijen));
		out->rijen[out->nrijen++] = rij;
	}
	buf_free(&l.veld);
	if (f == CSV_OK && !kop) {
		f = CSV_LEEG;
		if (regel != NULL)
			*regel = 1;
	}
	return f;
}

const char *
csv_fout_tekst(enum csv_fout f)
{
	switch (f) {
	case CSV_OK: return "In orde.";
	case CSV_LEEG: return "Het bestand is leeg: er staat geen kopregel met kolomnamen in.";
	case CSV_AANHALING: return "Een veld tussen aanhalingstekens wordt niet afgesloten: er ontbreekt een \".";
	case CSV_TE_GROOT: return "Het bestand heeft meer regels of kolommen dan een import aankan.";
	case CSV_KOP: return "De kopregel bevat een kolomnaam die geen geldige UTF-8 is of te lang is.";
	}
	return "Het bestand kan niet worden gelezen.";
}

/* ---- writing ------------------------------------------------------------------------- */

bool
csv_lijkt_formule(const char *s)
{
	return s != NULL && escape_is_formula(s);
}

void
csv_schrijver_init(struct csv_schrijver *w, struct buf *b, char scheiding, bool bom)
{
	memset(w, 0, sizeof(*w));
	w->b = b;
	w->scheiding = scheiding;
	if (bom && buf_puts(b, BOM) != 0)
		w->fout = true;
}

void
csv_schrijver_excel(struct csv_schrijver *w, struct buf *b)
{
	csv_schrijver_init(w, b, ';', true);
}

void
csv_veld(struct csv_schrijver *w, const char *s)
{
	if (w->in_rij && buf_putc(w->b, w->scheiding) != 0)
		w->fout = true;
	w->in_rij = true;
	if (s != NULL && escape_csv(w->b, s) != 0)
		w->fout = true;
}

void
csv_rij_klaar(struct csv_schrijver *w)
{
	if (buf_puts(w->b, "\r\n") != 0)
		w->fout = true;
	w->in_rij = false;
}

int
csv_schrijver_klaar(const struct csv_schrijver *w)
{
	return w->fout || w->b->toobig ? -1 : 0;
}
