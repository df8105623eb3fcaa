/* xlsx.c - the jaarrapportage's tables as an XLSX workbook, one worksheet per table (libxlsxwriter). */
#include "app/rapport/tabellen.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include <xlsxwriter.h>

#include "lib/escape.h"

/* Characters (not bytes) of a UTF-8 string, for column widths. */
static size_t
tekens(const char *s)
{
	size_t k = 0;

	for (; *s; s++)
		k += ((unsigned char)*s & 0xC0) != 0x80;
	return k;
}

static lxw_error
tekst(struct arena *a, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const char *s, lxw_format *fmt)
{
	if (escape_is_formula(s))
		s = arena_printf(a, "'%s", s);
	return worksheet_write_string(ws, r, c, s, fmt);
}

static lxw_error
cel(struct arena *a, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const struct rapport_cel *v)
{
	switch (v->soort) {
	case CEL_TEKST:
		return tekst(a, ws, r, c, v->tekst, NULL);
	case CEL_GETAL:
		return worksheet_write_number(ws, r, c, (double)v->getal, NULL);
	case CEL_MEDIAAN:
		return worksheet_write_number(ws, r, c, (double)v->mediaan.halven / 2.0, NULL);
	case CEL_LEEG:
		break;
	}
	return LXW_NO_ERROR;
}

static lxw_error
werkblad(struct arena *a, lxw_workbook *wb, lxw_format *vet, const struct rapport_tabel *t)
{
	lxw_worksheet *ws = workbook_add_worksheet(wb, t->naam);
	size_t breedte[RAPPORT_KOLOMMEN_MAX] = { 0 };
	lxw_error err = LXW_NO_ERROR;

	if (ws == NULL)
		return LXW_ERROR_MEMORY_MALLOC_FAILED;
	for (size_t c = 0; c < t->nkop; c++) {
		err |= tekst(a, ws, 0, (lxw_col_t)c, t->kop[c], vet);
		breedte[c] = tekens(t->kop[c]);
	}
	for (size_t r = 0; r < t->nrijen; r++)
		for (size_t c = 0; c < t->nkop; c++) {
			const struct rapport_cel *v = &t->cellen[r * t->nkop + c];

			err |= cel(a, ws, (lxw_row_t)(r + 1), (lxw_col_t)c, v);
			if (v->soort == CEL_TEKST && tekens(v->tekst) > breedte[c])
				breedte[c] = tekens(v->tekst);
		}
	for (size_t c = 0; c < t->nkop; c++)
		worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c,
		    (double)(breedte[c] < 8 ? 10 : breedte[c] > 70 ? 72 : breedte[c] + 2), NULL);
	worksheet_freeze_panes(ws, 1, 0);
	return err;
}

int
rapport_xlsx(const char *path, const struct rapport *r)
{
	lxw_workbook *wb;
	lxw_format *vet;
	struct arena *a;
	struct rapport_tabel *ts;
	size_t n;
	lxw_error err = LXW_NO_ERROR;

	if (r == NULL || r->nu == NULL || (wb = workbook_new(path)) == NULL)
		return -1;
	a = arena_new();
	vet = workbook_add_format(wb);
	format_set_bold(vet);
	n = rapport_tabellen(a, r, &ts);
	for (size_t i = 0; i < n && err == LXW_NO_ERROR; i++)
		err = werkblad(a, wb, vet, &ts[i]);
	arena_free(a);
	if (workbook_close(wb) != LXW_NO_ERROR || err != LXW_NO_ERROR) {
		unlink(path);
		return -1;
	}
	return 0;
}

int
rapport_xlsx_buf(struct buf *out, const struct rapport *r)
{
	const char *dir = getenv("TMPDIR");
	char path[512], blok[8192];
	FILE *f;
	size_t n;
	int fd, rc = 0;

	if (dir == NULL || dir[0] == '\0')
		dir = "/tmp";
	if ((size_t)snprintf(path, sizeof path, "%s/doorbraak-rapport-XXXXXX.xlsx", dir) >= sizeof path)
		return -1;
	if ((fd = mkstemps(path, 5)) < 0)
		return -1;
	close(fd);
	if (rapport_xlsx(path, r) != 0) {
		unlink(path);
		return -1;
	}
	if ((f = fopen(path, "rb")) == NULL) {
		unlink(path);
		return -1;
	}
	while ((n = fread(blok, 1, sizeof blok, f)) > 0)
		rc |= buf_append(out, blok, n);
	rc |= ferror(f) ? -1 : 0;
	fclose(f);
	unlink(path);
	return rc != 0 ? -1 : 0;
}
