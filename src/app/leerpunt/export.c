/* export.c - the leerpunten overview as CSV and XLSX: one row per belegging (a leerpunt without one gets a
   row of its own), with the overview's filters and visibility. Cells that a spreadsheet would read as a formula
   (= + - @ tab CR) are neutralised. Every export writes an audit row "leerpunt.export". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "app/leerpunt/leerpunt.h"
#include "app/leerpunt/handlers.h"
#include "core/casus.h"
#include "lib/buf.h"
#include "lib/date.h"
#include "lib/escape.h"

#define NKOLOMMEN 16

static const char *const kolommen[NKOLOMMEN] = {
	"Leerpunt", "Omschrijving", "Categorie", "Orde", "Vraag", "Al bekend", "Terugkerend", "Thema's", "Casussen",
	"Jaar afgerond", "Belegd bij", "Status", "Reden", "Status sinds", "Volgende navraag", "Doorgezet naar",
};

/* The cells of one row (strings in the arena; "" for empty). */
static void
cellen(struct request *r, const struct leerpunt_rij *l, const struct belegging_rij *b, const char **c)
{
	struct buf t;
	int jaar = 0;

	c[0] = app_id_tekst(r, l->id);
	c[1] = l->omschrijving ? l->omschrijving : "";
	c[2] = codes_categorie.labels[l->categorie];
	c[3] = app_id_tekst(r, l->orde);
	c[4] = l->vraag ? "ja" : "nee";
	c[5] = l->al_bekend ? "ja" : "nee";
	c[6] = l->terugkerend ? "ja" : "nee";
	buf_init(&t, 1 << 20);
	for (size_t i = 0; i < l->nthemas; i++) {
		if (i)
			buf_puts(&t, "; ");
		buf_puts(&t, l->themas[i]);
	}
	c[7] = arena_strdup(r->arena, buf_str(&t));
	buf_reset(&t);
	for (size_t i = 0; i < l->ncasussen; i++) {
		if (i)
			buf_puts(&t, "; ");
		buf_puts(&t, l->casussen[i].referentie ? l->casussen[i].referentie : "(concept)");
		if (l->casussen[i].afgerond_op != DATE_NONE && date_year(l->casussen[i].afgerond_op) > jaar)
			jaar = date_year(l->casussen[i].afgerond_op);
	}
	c[8] = arena_strdup(r->arena, buf_str(&t));
	buf_free(&t);
	c[9] = jaar ? app_id_tekst(r, jaar) : "";
	if (b == NULL) {
		c[10] = "";
		c[11] = "Niet belegd";
		c[12] = c[13] = c[14] = c[15] = "";
		return;
	}
	c[10] = b->bij.naam ? b->bij.naam : "";
	c[11] = codes_opvolging_status.labels[b->status];
	c[12] = b->reden >= 0 ? codes_reden.labels[b->reden] : "";
	c[13] = b->status_datum != DATE_NONE ? app_datum_iso(r, b->status_datum) : "";
	c[14] = b->volgende_navraag != DATE_NONE ? app_datum_iso(r, b->volgende_navraag) : "";
	c[15] = b->doorgezet_naar ? b->doorgezet_naar : "";
}

/* Loads every matching leerpunt (up to LP_EXPORT_MAX) with the visibility applied; false after replying. */
static bool
laden(struct request *r, struct leerpunt_rij **rows, size_t *n)
{
	struct leerpunt_filter f;
	struct err e = { 0 };
	size_t total;
	enum err_code rc;
	int pagina;

	if (!lp_filter(r, &f, false, &pagina, NULL))
		return false;
	f.offset = 0;
	f.limit = -1;
	if ((rc = store_leerpunt_list(r->store, r->arena, &f, rows, n, &total, &e)) != ERR_OK) {
		lp_reply_err(r, rc, &e);
		return false;
	}
	if (*n > LP_EXPORT_MAX)
		*n = LP_EXPORT_MAX;
	for (size_t i = 0; i < *n; i++)
		lp_zichtbaar(r, &(*rows)[i]);
	return true;
}

static void
bijlage(struct request *r, const char *naam)
{
	char d[DATE_STRLEN];

	date_format(app_vandaag(r), d);
	reply_header(r, "Content-Disposition", arena_printf(r->arena, "attachment; filename=\"leerpunten-%s.%s\"", d, naam));
}

void
h_leerpunt_export_csv(struct request *r)
{
	struct leerpunt_rij *rows = NULL;
	size_t n = 0;
	const char *c[NKOLOMMEN];
	struct buf out;

	if (!laden(r, &rows, &n) || !app_audit(r, "leerpunt.export", "export", "leerpunten.csv"))
		return;
	buf_init(&out, 0);
	for (int k = 0; k < NKOLOMMEN; k++) {
		if (k)
			buf_putc(&out, ',');
		escape_csv(&out, kolommen[k]);
	}
	buf_puts(&out, "\r\n");
	for (size_t i = 0; i < n; i++) {
		size_t nb = rows[i].nbeleggingen ? rows[i].nbeleggingen : 1;

		for (size_t j = 0; j < nb; j++) {
			cellen(r, &rows[i], rows[i].nbeleggingen ? &rows[i].beleggingen[j] : NULL, c);
			for (int k = 0; k < NKOLOMMEN; k++) {
				if (k)
					buf_putc(&out, ',');
				escape_csv(&out, c[k]);
			}
			buf_puts(&out, "\r\n");
		}
	}
	bijlage(r, "csv");
	reply_text(r, 200, "text/csv; charset=utf-8", buf_str(&out), out.len);
	buf_free(&out);
}

/* A text cell; one a spreadsheet would read as a formula gets a leading apostrophe, as in the CSV. */
static void
xlsx_tekst(lxw_worksheet *ws, lxw_row_t rij, lxw_col_t kol, const char *s, lxw_format *fmt)
{
	char *tmp = NULL;

	if (s == NULL || *s == '\0')
		return;
	if (escape_is_formula(s)) {
		size_t n = strlen(s);
		tmp = xmalloc(n + 2);
		tmp[0] = '\'';
		memcpy(tmp + 1, s, n + 1);
		s = tmp;
	}
	worksheet_write_string(ws, rij, kol, s, fmt);
	free(tmp);
}

/* The folder for the workbook's temporary files: the database's (writable by design), else TMPDIR or /tmp. */
static const char *
werkmap(struct request *r)
{
	const char *slash = strrchr(r->cfg->db, '/');
	const char *tmp = getenv("TMPDIR");

	if (slash != NULL && slash != r->cfg->db)
		return arena_strndup(r->arena, r->cfg->db, (size_t)(slash - r->cfg->db));
	if (slash == NULL && r->cfg->db[0] != '\0')
		return ".";
	return tmp != NULL && *tmp ? tmp : "/tmp";
}

void
h_leerpunt_export_xlsx(struct request *r)
{
	struct leerpunt_rij *rows = NULL;
	size_t n = 0;
	const char *c[NKOLOMMEN], *dir;
	char *pad = NULL, *data = NULL;
	lxw_workbook_options opt = { 0 };
	lxw_workbook *wb = NULL;
	lxw_worksheet *ws;
	lxw_format *kop, *tekst;
	lxw_row_t rij = 1;
	FILE *fp = NULL;
	struct stat sb;
	int fd;

	if (!laden(r, &rows, &n) || !app_audit(r, "leerpunt.export", "export", "leerpunten.xlsx"))
		return;
	dir = werkmap(r);
	pad = arena_printf(r->arena, "%s/.doorbraak-export-XXXXXX", dir);
	if ((fd = mkstemp(pad)) < 0)
		goto fail;
	close(fd);
	opt.tmpdir = (char *)dir;
	if ((wb = workbook_new_opt(pad, &opt)) == NULL)
		goto fail;
	ws = workbook_add_worksheet(wb, "Leerpunten");
	kop = workbook_add_format(wb);
	format_set_bold(kop);
	tekst = workbook_add_format(wb);
	format_set_text_wrap(tekst);
	format_set_align(tekst, LXW_ALIGN_VERTICAL_TOP);
	for (int k = 0; k < NKOLOMMEN; k++)
		worksheet_write_string(ws, 0, (lxw_col_t)k, kolommen[k], kop);
	worksheet_freeze_panes(ws, 1, 0);
	worksheet_set_column(ws, 1, 1, 60, tekst);
	worksheet_set_column(ws, 7, 8, 30, NULL);
	worksheet_set_column(ws, 10, 10, 40, NULL);
	worksheet_set_column(ws, 11, 12, 24, NULL);
	for (size_t i = 0; i < n; i++) {
		size_t nb = rows[i].nbeleggingen ? rows[i].nbeleggingen : 1;

		for (size_t j = 0; j < nb; j++, rij++) {
			cellen(r, &rows[i], rows[i].nbeleggingen ? &rows[i].beleggingen[j] : NULL, c);
			worksheet_write_number(ws, rij, 0, (double)rows[i].id, NULL);
			worksheet_write_number(ws, rij, 3, rows[i].orde, NULL);
			for (int k = 1; k < NKOLOMMEN; k++)
				if (k != 3)
					xlsx_tekst(ws, rij, (lxw_col_t)k, c[k], k == 1 ? tekst : NULL);
		}
	}
	if (rij > 1)
		worksheet_autofilter(ws, 0, 0, rij - 1, NKOLOMMEN - 1);
	if (workbook_close(wb) != LXW_NO_ERROR) {
		wb = NULL;
		goto fail;
	}
	wb = NULL;
	if ((fp = fopen(pad, "rb")) == NULL || fstat(fileno(fp), &sb) != 0 || sb.st_size <= 0)
		goto fail;
	data = xmalloc((size_t)sb.st_size);
	if (fread(data, 1, (size_t)sb.st_size, fp) != (size_t)sb.st_size)
		goto fail;
	fclose(fp);
	fp = NULL;
	unlink(pad);
	bijlage(r, "xlsx");
	reply_text(r, 200, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", data, (size_t)sb.st_size);
	free(data);
	return;
fail:
	if (fp != NULL)
		fclose(fp);
	if (pad != NULL)
		unlink(pad);
	free(data);
	fprintf(stderr, "{\"level\":\"error\",\"requestId\":\"%s\",\"msg\":\"xlsx export failed\"}\n", r->request_id);
	reply_problem(r, 500, "Interne fout", "Het Excel-bestand kon niet worden gemaakt. Probeer het later opnieuw.");
}
