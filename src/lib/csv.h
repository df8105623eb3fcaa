/* csv.h - reading and writing CSV files as spreadsheets make them (RFC 4180, comma or semicolon, UTF-8 with or without BOM). */
#ifndef DOORBRAAK_CSV_H
#define DOORBRAAK_CSV_H

#include <stdbool.h>
#include <stddef.h>

#include "lib/buf.h"
#include "lib/mem.h"

/* ---- reading ------------------------------------------------------------------------- */

/* What a file may hold at most; a file beyond it is refused as a whole. */
struct csv_grenzen {
	size_t rijen;              /* data rows after the header */
	size_t velden;             /* fields in one row */
	size_t veld;               /* bytes in one field */
};

/* One row as read: its fields NUL-terminated in the arena. */
struct csv_rij {
	size_t regel;              /* the line of the file on which the row starts (1 = the header) */
	char **velden;
	size_t n;
	/* The first field (0-based) that is not valid UTF-8, holds a NUL byte or is longer than
	   csv_grenzen.veld; -1 when every field is sound. Such a row is reported, not read. */
	long slecht_veld;
	const char *slecht_waarom; /* Dutch, for the report: "geen geldige UTF-8", ... */
};

struct csv_tabel {
	char scheiding;            /* ',' or ';' as found in the header */
	bool bom;                  /* the file began with a UTF-8 byte order mark (Excel's "CSV UTF-8") */
	struct csv_rij kop;        /* the header row */
	struct csv_rij *rijen;     /* the data rows; empty lines are skipped */
	size_t nrijen;
};

enum csv_fout {
	CSV_OK = 0,
	CSV_LEEG,                  /* no header row */
	CSV_AANHALING,             /* a quoted field is not closed before the end of the file */
	CSV_TE_GROOT,              /* more rows or fields than the limits allow */
	CSV_KOP,                   /* the header row itself has a bad field (see kop.slecht_veld) */
};

/*
 * Reads a whole file data[0..len) into out, everything allocated in a.
 * A UTF-8 byte order mark at the start is skipped. The separator is the one
 * of ';' and ',' that occurs most often outside quotes in the header line
 * (';' when neither does: a one-column file). Fields may be quoted with
 * "..."; inside quotes "" is one quote and line breaks are part of the
 * field. Lines end in LF or CRLF. A line that is empty (or only
 * separators) is skipped. On failure *regel (if not NULL) is the line at
 * fault and out is unusable.
 */
enum csv_fout csv_lees(struct arena *a, const char *data, size_t len, const struct csv_grenzen *g,
    struct csv_tabel *out, size_t *regel);
/* The Dutch message for a file-level failure. */
const char *csv_fout_tekst(enum csv_fout f);

/* ---- writing ------------------------------------------------------------------------- */

/*
 * A writer into b. Dutch Excel opens a file correctly when it begins with a
 * BOM and separates fields with ';': csv_schrijver_excel does that. Every
 * field is quoted when it holds a separator, a quote or a line break, and
 * a field that a spreadsheet would take for a formula (starting with
 * = + - @, a tab or a CR) is written as text with a leading apostrophe.
 * Rows end in CRLF.
 */
struct csv_schrijver {
	struct buf *b;
	char scheiding;
	bool in_rij;               /* a field was written on the current row */
	bool fout;                 /* the buffer refused to grow (too big) */
};

void csv_schrijver_init(struct csv_schrijver *w, struct buf *b, char scheiding, bool bom);
/* ';' and a BOM: what Excel with Dutch settings expects. */
void csv_schrijver_excel(struct csv_schrijver *w, struct buf *b);
/* One field; NULL writes an empty one. */
void csv_veld(struct csv_schrijver *w, const char *s);
void csv_rij_klaar(struct csv_schrijver *w);
/* 0, or -1 when the buffer's maximum was reached (the output is then incomplete). */
int csv_schrijver_klaar(const struct csv_schrijver *w);

/* True when a spreadsheet would read s as a formula: it starts with = + - @, a tab or a CR. */
bool csv_lijkt_formule(const char *s);

#endif
