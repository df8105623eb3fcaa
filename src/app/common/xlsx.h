/* xlsx.h - one worksheet written with libxlsxwriter and sent as an attachment; no cell can become a formula. */
#ifndef DOORBRAAK_APP_XLSX_H
#define DOORBRAAK_APP_XLSX_H

#include <stdbool.h>
#include <stddef.h>
#include <xlsxwriter.h>

#include "web/request.h"

#define XLSX_TYPE "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

/* A workbook with one sheet, written to a private temporary file and read back when sent. */
struct xlsx_blad {
	lxw_workbook *wb;
	lxw_worksheet *ws;
	lxw_format *kop, *datum;
	lxw_row_t rij;                /* the next row to write (xlsx_kop leaves it at 1) */
	bool fout;                    /* a write failed: the file is not sent */
	char pad[64];
	int fd;
};

struct xlsx_kolom {
	const char *kop;
	double breedte;
};

/* Opens the workbook with one sheet; false when no temporary file could be made. */
bool xlsx_open(struct xlsx_blad *b, const char *bladnaam);
/* The header row (bold, frozen) and the column widths. */
void xlsx_kop(struct xlsx_blad *b, const struct xlsx_kolom *k, size_t n);
/* A text cell in the current row; NULL or "" writes nothing. A text a spreadsheet would take for a formula
   (= + - @ tab CR) gets a leading apostrophe. */
void xlsx_tekst(struct xlsx_blad *b, lxw_col_t col, const char *s);
/* A date cell (a day number; DATE_NONE writes nothing). */
void xlsx_datum(struct xlsx_blad *b, lxw_col_t col, int d);
void xlsx_getal(struct xlsx_blad *b, lxw_col_t col, double v);
/* Closes the workbook, adds an autofilter over ncol columns and replies 200 with it as bestandsnaam-<date>.xlsx
   (500 when anything failed). The temporary file is removed either way. */
void xlsx_stuur(struct request *r, struct xlsx_blad *b, const char *bestandsnaam, lxw_col_t ncol);
/* Throws the workbook away (on an error before xlsx_stuur). */
void xlsx_weg(struct xlsx_blad *b);

#endif
