/* xlsx.c - one worksheet with libxlsxwriter, written to a private temporary file and sent as an attachment. */
#include "app/common/xlsx.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "app/common/datum.h"
#include "core/casus.h"
#include "lib/date.h"
#include "lib/escape.h"

#define XLSX_MAX_BYTES (512u * 1024 * 1024)

bool
xlsx_open(struct xlsx_blad *b, const char *bladnaam)
{
	static char tmpdir[] = "/tmp";
	lxw_workbook_options opt = { .constant_memory = 1, .tmpdir = tmpdir, .use_zip64 = 1 };

	memset(b, 0, sizeof(*b));
	snprintf(b->pad, sizeof(b->pad), "/tmp/doorbraak-export-XXXXXX");
	if ((b->fd = mkstemp(b->pad)) < 0)
		return false;
	if ((b->wb = workbook_new_opt(b->pad, &opt)) == NULL) {
		unlink(b->pad);
		close(b->fd);
		return false;
	}
	b->ws = workbook_add_worksheet(b->wb, bladnaam);
	b->kop = workbook_add_format(b->wb);
	format_set_bold(b->kop);
	format_set_bg_color(b->kop, 0xDCE3EA);
	format_set_bottom(b->kop, LXW_BORDER_THIN);
	b->datum = workbook_add_format(b->wb);
	format_set_num_format(b->datum, "yyyy-mm-dd");
	if (b->ws == NULL) {
		xlsx_weg(b);
		return false;
	}
	return true;
}

void
xlsx_kop(struct xlsx_blad *b, const struct xlsx_kolom *k, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		worksheet_write_string(b->ws, 0, (lxw_col_t)i, k[i].kop, b->kop);
		worksheet_set_column(b->ws, (lxw_col_t)i, (lxw_col_t)i, k[i].breedte, NULL);
	}
	worksheet_freeze_panes(b->ws, 1, 0);
	b->rij = 1;
}

void
xlsx_tekst(struct xlsx_blad *b, lxw_col_t col, const char *s)
{
	lxw_error rc;

	if (s == NULL || s[0] == '\0')
		return;
	if (escape_is_formula(s)) {
		size_t n = strlen(s);
		char *t = xmalloc(n + 2);

		t[0] = '\'';
		memcpy(t + 1, s, n + 1);
		rc = worksheet_write_string(b->ws, b->rij, col, t, NULL);
		free(t);
	} else
		rc = worksheet_write_string(b->ws, b->rij, col, s, NULL);
	if (rc != LXW_NO_ERROR)
		b->fout = true;
}

void
xlsx_datum(struct xlsx_blad *b, lxw_col_t col, int d)
{
	lxw_datetime dt = { 0 };
	int y, m, dd;

	if (d == DATE_NONE)
		return;
	date_to_ymd(d, &y, &m, &dd);
	dt.year = y;
	dt.month = m;
	dt.day = dd;
	if (worksheet_write_datetime(b->ws, b->rij, col, &dt, b->datum) != LXW_NO_ERROR)
		b->fout = true;
}

void
xlsx_getal(struct xlsx_blad *b, lxw_col_t col, double v)
{
	if (worksheet_write_number(b->ws, b->rij, col, v, NULL) != LXW_NO_ERROR)
		b->fout = true;
}

void
xlsx_stuur(struct request *r, struct xlsx_blad *b, const char *bestandsnaam, lxw_col_t ncol)
{
	struct stat st;
	char *data = NULL;
	ssize_t got = 0;

	worksheet_autofilter(b->ws, 0, 0, b->rij > 1 ? b->rij - 1 : 0, ncol - 1);
	if (workbook_close(b->wb) != LXW_NO_ERROR || b->fout || fstat(b->fd, &st) != 0 || st.st_size < 4 ||
	    (size_t)st.st_size > XLSX_MAX_BYTES) {
		unlink(b->pad);
		close(b->fd);
		reply_problem(r, 500, "Interne fout", "Het Excel-bestand kon niet worden gemaakt. Probeer het later opnieuw.");
		return;
	}
	data = xmalloc((size_t)st.st_size);
	if (lseek(b->fd, 0, SEEK_SET) == 0)
		while (got < st.st_size) {
			ssize_t n = read(b->fd, data + got, (size_t)(st.st_size - got));
			if (n <= 0)
				break;
			got += n;
		}
	unlink(b->pad);
	close(b->fd);
	if (got != st.st_size) {
		free(data);
		reply_problem(r, 500, "Interne fout", "Het Excel-bestand kon niet worden gelezen. Probeer het later opnieuw.");
		return;
	}
	reply_header(r, "Content-Disposition", arena_printf(r->arena, "attachment; filename=\"%s-%s.xlsx\"",
	    bestandsnaam, app_datum_iso(r, app_vandaag(r))));
	reply_text(r, 200, XLSX_TYPE, data, (size_t)got);
	free(data);
}

void
xlsx_weg(struct xlsx_blad *b)
{
	workbook_close(b->wb);
	unlink(b->pad);
	close(b->fd);
}
