/* tabellen.h - the jaarrapportage as tables of labelled rows, and those tables as CSV and as an XLSX workbook. */
#ifndef DOORBRAAK_RAPPORT_TABELLEN_H
#define DOORBRAAK_RAPPORT_TABELLEN_H

#include <stddef.h>

#include "core/rapport.h"
#include "lib/buf.h"
#include "lib/mem.h"

/* A cell: text, a count, a median (a whole number or x.5), or nothing. */
enum rapport_cel_soort { CEL_LEEG, CEL_TEKST, CEL_GETAL, CEL_MEDIAAN };
struct rapport_cel {
	enum rapport_cel_soort soort;
	const char *tekst;
	long getal;
	struct rapport_mediaan mediaan;
};

#define RAPPORT_KOLOMMEN_MAX 16

/* One table: a name (the worksheet's), column heads, rows of nkop cells each. */
struct rapport_tabel {
	const char *naam;
	const char *kop[RAPPORT_KOLOMMEN_MAX];
	size_t nkop;
	struct rapport_cel *cellen;     /* nrijen * nkop, row by row */
	size_t nrijen, cap;
};

/*
 * The report's tables, in arena a: Overzicht, Looptijd, Indieners,
 * Leefgebieden, Beleidsterreinen, Organisaties, Interventies, Leerpunten,
 * Opvolging (with r->opvolging), Complexiteit, Datakwaliteit (with
 * r->kwaliteit). A figure table's head is "<Tabel>,<jaar>[,<jaar-1>]" (the
 * year before when r->vorig is set) and each row a Dutch label with its
 * counts; Opvolging has a column per status, Datakwaliteit one per referentie.
 * *out is set to the array; returns how many.
 */
size_t rapport_tabellen(struct arena *a, const struct rapport *r, struct rapport_tabel **out);

/*
 * The tables as CSV (UTF-8, comma-separated, CRLF line ends), one after the
 * other with its own header row and a blank line between tables. Text fields
 * go through escape_csv (formula starts neutralised). Returns 0, or -1 when r
 * is NULL or out is full.
 */
int rapport_csv(struct buf *out, const struct rapport *r);

/*
 * The same tables as an XLSX workbook at path, one worksheet per table, bold
 * header row, column widths set, numbers as numbers, text as text (formula
 * starts neutralised like the CSV). The file is created or overwritten.
 * Returns 0, or -1 (nothing usable at path).
 */
int rapport_xlsx(const char *path, const struct rapport *r);
/* Same, into out (through a private temporary file that is removed again). */
int rapport_xlsx_buf(struct buf *out, const struct rapport *r);

#endif
