/* export.c - the werkvoorraad and the monitor as .xlsx (libxlsxwriter) for PMM's spreadsheet users.
   Every text is written as a string cell; one a spreadsheet would take for a formula (= + - @ tab CR) gets a
   leading apostrophe, so no cell can ever become a formula. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "app/casus/web.h"
#include "app/common/inzage.h"
#include "app/casus/handlers.h"
#include "lib/date.h"
#include "lib/escape.h"

#define XLSX_TYPE "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
#define WERKVOORRAAD_MAX 10000    /* rows in one werkvoorraad export */
#define XLSX_MAX_BYTES (512u * 1024 * 1024)

struct blad {
	lxw_workbook *wb;
	lxw_worksheet *ws;
	lxw_format *kop, *datum;
	lxw_row_t rij;                /* the next row to write */
	int vandaag;
	bool fout;
};

struct kolom {
	const char *kop;
	double breedte;
};

static void
tekst(struct blad *b, lxw_col_t col, const char *s)
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
	} else {
		rc = worksheet_write_string(b->ws, b->rij, col, s, NULL);
	}
	if (rc != LXW_NO_ERROR)
		b->fout = true;
}

static void
datum(struct blad *b, lxw_col_t col, int d)
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

static void
getal(struct blad *b, lxw_col_t col, double v)
{
	if (worksheet_write_number(b->ws, b->rij, col, v, NULL) != LXW_NO_ERROR)
		b->fout = true;
}

/* Codes or labels of a bit set, comma separated, into a buffer the caller frees. */
static void
bits(struct buf *out, const struct codelist *l, unsigned v, bool labels)
{
	buf_reset(out);
	for (int i = 0; i < l->n; i++)
		if ((v >> i) & 1u) {
			if (out->len > 0)
				buf_puts(out, ", ");
			buf_puts(out, labels ? l->labels[i] : l->codes[i]);
		}
}

static void
koppen(struct blad *b, const struct kolom *k, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		worksheet_write_string(b->ws, 0, (lxw_col_t)i, k[i].kop, b->kop);
		worksheet_set_column(b->ws, (lxw_col_t)i, (lxw_col_t)i, k[i].breedte, NULL);
	}
	worksheet_freeze_panes(b->ws, 1, 0);
	b->rij = 1;
}

/* Opens a workbook in a fresh private temporary file; fd stays open so the file is read back from it. */
static bool
blad_open(struct blad *b, const char *bladnaam, char pad[64], int *fd)
{
	static char tmpdir[] = "/tmp";
	lxw_workbook_options opt = { .constant_memory = 1, .tmpdir = tmpdir, .use_zip64 = 1 };

	memset(b, 0, sizeof(*b));
	snprintf(pad, 64, "/tmp/doorbraak-export-XXXXXX");
	if ((*fd = mkstemp(pad)) < 0)
		return false;
	if ((b->wb = workbook_new_opt(pad, &opt)) == NULL) {
		unlink(pad);
		close(*fd);
		return false;
	}
	b->ws = workbook_add_worksheet(b->wb, bladnaam);
	b->kop = workbook_add_format(b->wb);
	format_set_bold(b->kop);
	format_set_bg_color(b->kop, 0xDCE3EA);
	format_set_bottom(b->kop, LXW_BORDER_THIN);
	b->datum = workbook_add_format(b->wb);
	format_set_num_format(b->datum, "yyyy-mm-dd");
	return b->ws != NULL;
}

/* Closes the workbook, reads it back and replies with it as an attachment. */
static void
blad_stuur(struct request *r, struct blad *b, const char *pad, int fd, const char *bestandsnaam, lxw_col_t ncol)
{
	struct stat st;
	char *data = NULL;
	ssize_t got = 0;

	if (b->rij > 1)
		worksheet_autofilter(b->ws, 0, 0, b->rij - 1, ncol - 1);
	else
		worksheet_autofilter(b->ws, 0, 0, 0, ncol - 1);
	if (workbook_close(b->wb) != LXW_NO_ERROR || b->fout || fstat(fd, &st) != 0 || st.st_size < 4 ||
	    (size_t)st.st_size > XLSX_MAX_BYTES) {
		unlink(pad);
		close(fd);
		reply_problem(r, 500, "Interne fout", "Het Excel-bestand kon niet worden gemaakt. Probeer het later opnieuw.");
		return;
	}
	data = xmalloc((size_t)st.st_size);
	if (lseek(fd, 0, SEEK_SET) == 0)
		while (got < st.st_size) {
			ssize_t n = read(fd, data + got, (size_t)(st.st_size - got));
			if (n <= 0)
				break;
			got += n;
		}
	unlink(pad);
	close(fd);
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

static void
blad_weg(struct blad *b, const char *pad, int fd)
{
	workbook_close(b->wb);
	unlink(pad);
	close(fd);
}

/* ---- werkvoorraad ------------------------------------------------------ */

static const struct kolom werkvoorraad_kolommen[] = {
	{ "Referentie", 16 }, { "Ontvangen op", 13 }, { "Looptijd (dagen)", 10 }, { "Status", 16 },
	{ "Urgentie", 10 }, { "Indiener", 24 }, { "Organisatie indiener", 30 }, { "Soort indiener", 24 },
	{ "Regievoerder", 22 }, { "Leefgebieden", 40 }, { "Beleidsterreinen", 20 }, { "Follow-up op", 13 },
	{ "Hulpvraag (begin)", 60 },
};

void
h_casus_werkvoorraad_xlsx(struct request *r)
{
	struct casus_filter f;
	struct casus_rij *rows;
	size_t n, total, geschreven = 0;
	struct err e = { 0 };
	enum err_code rc = ERR_OK;
	struct blad b;
	struct buf tmp;
	char pad[64];
	int fd;
	const size_t ncol = sizeof(werkvoorraad_kolommen) / sizeof(werkvoorraad_kolommen[0]);

	if (!cw_filter(r, &f, NULL) || !cw_audit_lijst(r, "casus.export", "export", "werkvoorraad"))
		return;
	if (!blad_open(&b, "Werkvoorraad", pad, &fd)) {
		reply_problem(r, 500, "Interne fout", "Het Excel-bestand kon niet worden gemaakt. Probeer het later opnieuw.");
		return;
	}
	b.vandaag = app_vandaag(r);
	koppen(&b, werkvoorraad_kolommen, ncol);
	buf_init(&tmp, 0);
	f.limit = 500;
	for (f.offset = 0; geschreven < WERKVOORRAAD_MAX; f.offset += f.limit) {
		if ((rc = store_casus_list(r->store, r->arena, &f, &rows, &n, &total, &e)) != ERR_OK)
			break;
		for (size_t i = 0; i < n && geschreven < WERKVOORRAAD_MAX; i++, geschreven++, b.rij++) {
			const struct casus_rij *x = &rows[i];

			tekst(&b, 0, x->referentie);
			datum(&b, 1, x->ontvangen_op);
			getal(&b, 2, cw_rij_looptijd(x, b.vandaag));
			tekst(&b, 3, cw_label(&codes_casus_status, (int)x->status));
			tekst(&b, 4, cw_label(&codes_urgentie, (int)x->urgentie));
			tekst(&b, 5, x->indiener_naam);
			tekst(&b, 6, x->indiener_organisatie);
			tekst(&b, 7, cw_label(&codes_indiener_type, x->indiener_type));
			tekst(&b, 8, x->regievoerder_naam);
			bits(&tmp, &codes_leefgebied, x->leefgebieden, true);
			tekst(&b, 9, buf_str(&tmp));
			bits(&tmp, &codes_beleidsterrein, x->beleidsterreinen, false);
			tekst(&b, 10, buf_str(&tmp));
			if (x->followup_op != DATE_NONE)
				datum(&b, 11, x->followup_op);
			tekst(&b, 12, x->hulpvraag);
		}
		if (n < (size_t)f.limit)
			break;
	}
	buf_free(&tmp);
	if (rc != ERR_OK) {
		blad_weg(&b, pad, fd);
		cw_reply_store(r, rc, &e);
		return;
	}
	blad_stuur(r, &b, pad, fd, "werkvoorraad", (lxw_col_t)ncol);
}

/* ---- monitor ----------------------------------------------------------- */

static const struct kolom monitor_kolommen[] = {
	{ "Referentie", 16 }, { "Ontvangen op", 13 }, { "Afgerond op", 13 }, { "Looptijd (dagen)", 10 },
	{ "Status", 16 }, { "Soort indiener", 24 }, { "Organisatie indiener", 30 }, { "Regievoerder", 22 },
	{ "Leefgebieden", 40 }, { "Aantal leefgebieden", 10 }, { "Beleidsterreinen", 20 }, { "Interventies", 24 },
	{ "Maatwerk", 22 }, { "Complexiteit", 10 }, { "Aantal leerpunten", 10 }, { "Follow-up op", 13 },
	{ "Follow-up antwoord", 16 },
};

static int
monitor_rij(const struct casus *c, void *arg)
{
	struct blad *b = arg;
	struct buf tmp;
	unsigned iv = 0;
	int nlg = 0;

	buf_init(&tmp, 0);
	tekst(b, 0, c->referentie);
	datum(b, 1, c->ontvangen_op);
	datum(b, 2, c->afgerond_op);
	getal(b, 3, casus_looptijd(c, b->vandaag));
	tekst(b, 4, cw_label(&codes_casus_status, (int)c->status));
	tekst(b, 5, cw_label(&codes_indiener_type, c->indiener_type));
	tekst(b, 6, c->indiener.organisatie.naam);
	tekst(b, 7, c->regievoerder.naam);
	bits(&tmp, &codes_leefgebied, c->leefgebieden, true);
	tekst(b, 8, buf_str(&tmp));
	for (int i = 0; i < LEEFGEBIED__MAX; i++)
		nlg += (c->leefgebieden >> i) & 1u;
	getal(b, 9, nlg);
	bits(&tmp, &codes_beleidsterrein, c->beleidsterreinen, false);
	tekst(b, 10, buf_str(&tmp));
	for (size_t i = 0; i < c->ninterventies; i++)
		if ((int)c->interventies[i].type >= 0 && c->interventies[i].type < INTERVENTIE__MAX)
			iv |= 1u << c->interventies[i].type;
	bits(&tmp, &codes_interventie_type, iv, false);
	tekst(b, 11, buf_str(&tmp));
	tekst(b, 12, c->maatwerk >= 0 ? cw_label(&codes_maatwerk, c->maatwerk) : NULL);
	getal(b, 13, casus_complexiteit(c, b->vandaag));
	getal(b, 14, (double)c->nleerpunten);
	datum(b, 15, c->followup_op);
	tekst(b, 16, c->followup_antwoord >= 0 ? cw_label(&codes_followup, c->followup_antwoord) : NULL);
	buf_free(&tmp);
	b->rij++;
	return b->fout ? 1 : 0;
}

void
h_casus_monitor_xlsx(struct request *r)
{
	struct blad b;
	struct err e = { 0 };
	enum err_code rc;
	char pad[64];
	int fd;
	const size_t ncol = sizeof(monitor_kolommen) / sizeof(monitor_kolommen[0]);

	if (!app_mag_alle_casussen(r, INZAGE_LIJST, "casus.export") ||
	    !cw_audit_lijst(r, "casus.export", "export", "monitor"))
		return;
	if (!blad_open(&b, "Monitor", pad, &fd)) {
		reply_problem(r, 500, "Interne fout", "Het Excel-bestand kon niet worden gemaakt. Probeer het later opnieuw.");
		return;
	}
	b.vandaag = app_vandaag(r);
	koppen(&b, monitor_kolommen, ncol);
	if ((rc = store_casus_each(r->store, DATE_NONE, monitor_rij, &b, &e)) != ERR_OK) {
		blad_weg(&b, pad, fd);
		cw_reply_store(r, rc, &e);
		return;
	}
	blad_stuur(r, &b, pad, fd, "monitor", (lxw_col_t)ncol);
}
