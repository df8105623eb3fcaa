/* cmd_report.c - `doorbraak report --jaar JJJJ [--format json|csv|html|xlsx]`: the jaarrapportage's figures. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "app/rapport/html.h"
#include "app/rapport/json.h"
#include "app/rapport/let.h"
#include "app/rapport/netwerk.h"
#include "app/rapport/professionaliseren.h"
#include "app/rapport/tabellen.h"
#include "cli/cli.h"
#include "core/rapport.h"
#include "core/rapport_systeemleren.h"
#include "lib/date.h"
#include "lib/buf.h"
#include "lib/mem.h"
#include "store/rapport/rapport.h"
#include "store/store_audit.h"

enum formaat { FORMAAT_JSON, FORMAAT_CSV, FORMAAT_HTML, FORMAAT_XLSX };

static const char usage_line[] = "gebruik: doorbraak report --jaar JJJJ [--format json|csv|html|xlsx] [--uit BESTAND]\n"
    "    [--peildatum JJJJ-MM-DD] [--analyse-tot JJJJ-MM-DD] [--ministeries-apart]\n";

/* On a terminal: which afgeronde casussen miss what a figure needs. */
static void
waarschuw_datakwaliteit(const struct casus *const *cs, size_t n, int jaar)
{
	struct arena *a = arena_new();
	struct rapport_kwaliteit k;

	rapport_kwaliteit_tel(&k, a, cs, n, jaar);
	for (int g = 0; g < GEBREK__MAX; g++) {
		const struct rapport_casus_ref *c = k.lijst[g].casussen;

		if (k.lijst[g].n == 0)
			continue;
		if (c->referentie != NULL)
			fprintf(stderr, "doorbraak: let op (datakwaliteit %d): %s bij %zu afgeronde casussen, "
			    "bijvoorbeeld %s\n", jaar, rapport_json_gebrek[g], k.lijst[g].n, c->referentie);
		else
			fprintf(stderr, "doorbraak: let op (datakwaliteit %d): %s bij %zu afgeronde casussen, "
			    "bijvoorbeeld #%lld\n", jaar, rapport_json_gebrek[g], k.lijst[g].n, (long long)c->id);
	}
	arena_free(a);
}

/* A date YYYY-MM-DD, exactly; DATE_NONE otherwise. */
static int
datum_arg(const char *s)
{
	int y, m, d, n = 0;

	if (strlen(s) != 10 || sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &n) != 3 || n != 10 || m < 1 || m > 12 ||
	    d < 1 || d > 31)
		return DATE_NONE;
	return date_from_ymd(y, m, d);
}

static int
parse_args(int argc, char **argv, int *jaar, enum formaat *fmt, const char **uit, struct rapport_opties *o)
{
	static const char *const namen[] = { "json", "csv", "html", "xlsx" };

	*jaar = 0;
	*fmt = FORMAAT_JSON;
	for (int i = 1; i < argc; i++) {
		char *end;
		bool known = false;

		if ((strcmp(argv[i], "--peildatum") == 0 || strcmp(argv[i], "--analyse-tot") == 0) && i + 1 < argc) {
			int d = datum_arg(argv[i + 1]);

			if (d == DATE_NONE)
				return -1;
			*(strcmp(argv[i], "--peildatum") == 0 ? &o->peildatum : &o->analyse_tot) = d;
			i++;
		} else if (strcmp(argv[i], "--ministeries-apart") == 0) {
			o->ministeries_apart = true;
		} else if (strcmp(argv[i], "--jaar") == 0 && i + 1 < argc) {
			long j = strtol(argv[++i], &end, 10);

			if (*end != '\0' || end == argv[i] || j < 1 || j > 9999)
				return -1;
			*jaar = (int)j;
		} else if (strcmp(argv[i], "--uit") == 0 && i + 1 < argc) {
			*uit = argv[++i];
		} else if (strcmp(argv[i], "--format") == 0 && i + 1 < argc) {
			i++;
			for (size_t k = 0; k < sizeof(namen) / sizeof(namen[0]); k++)
				if (strcmp(argv[i], namen[k]) == 0) {
					*fmt = (enum formaat)k;
					known = true;
				}
			if (!known)
				return -1;
		} else {
			return -1;
		}
	}
	return *jaar != 0 ? 0 : -1;
}

/* Writes the report to the file named by --uit (whole or not at all), or to standard output. */
static int
schrijf(const char *uit, const struct buf *b)
{
	char tmp[4096];
	FILE *f;

	if (uit == NULL)
		return fwrite(b->data, 1, b->len, stdout) == b->len && fflush(stdout) == 0 ? 0 : -1;
	snprintf(tmp, sizeof(tmp), "%s.tmp", uit);
	if ((f = fopen(tmp, "wb")) == NULL) {
		fprintf(stderr, "doorbraak: %s kan niet worden geschreven.\n", uit);
		return -1;
	}
	if (fwrite(b->data, 1, b->len, f) != b->len || fclose(f) != 0 || rename(tmp, uit) != 0) {
		remove(tmp);
		fprintf(stderr, "doorbraak: %s kan niet worden geschreven.\n", uit);
		return -1;
	}
	return 0;
}

int
cmd_report(const struct config *cfg, int argc, char **argv)
{
	int jaar, rc = 1;
	const char *uit = NULL;
	enum formaat fmt;
	struct store *st = NULL;
	struct arena *a = NULL;
	struct rapport_invoer in;
	struct rapport s;
	struct rapport_let l;
	struct netwerk_jaar net;
	struct rapport_opties opties = { .peildatum = DATE_NONE, .analyse_tot = DATE_NONE,
		.vandaag = date_today_local(time(NULL)) };
	struct err e = { 0 };
	bool gelezen = false;
	struct buf b;
	char oid[32];
	struct audit_entry au = { .rol = "beheer-cli", .actie = "rapport.export", .object_type = "rapport",
		.object_id = oid, .doel = "jaarrapportage", .adres = "cli" };

	if (parse_args(argc, argv, &jaar, &fmt, &uit, &opties) != 0) {
		fprintf(stderr, "%s", usage_line);
		return 2;
	}
	if (fmt == FORMAAT_XLSX && uit == NULL && isatty(STDOUT_FILENO)) {
		fprintf(stderr, "doorbraak: een xlsx-bestand schrijf ik niet naar het scherm; gebruik --uit BESTAND.xlsx\n");
		return 2;
	}
	buf_init(&b, 0);
	if ((st = cli_open_store(cfg, false)) == NULL)
		goto out;
	a = arena_new();
	/* JSON has the figures of jaar; the other formats compare with the year before */
	if (store_rapport_invoer(st, a, fmt == FORMAAT_JSON ? jaar : jaar - 1, jaar, &in, &e) != ERR_OK) {
		fprintf(stderr, "doorbraak: de casussen kunnen niet worden gelezen: %s\n", e.msg);
		goto out;
	}
	snprintf(oid, sizeof(oid), "jaar %d", jaar);
	au.tijd = time(NULL);
	au.uitkomst = AUDIT_TOEGESTAAN;
	if (store_audit_append(st, &au, &e) != ERR_OK) {   /* no report that the log does not show */
		fprintf(stderr, "doorbraak: het auditlog kan niet worden geschreven.\n");
		goto out;
	}
	gelezen = true;
	if (isatty(STDERR_FILENO))
		waarschuw_datakwaliteit(in.casussen, in.n, jaar);
	rapport_maak_volledig(&s, a, &in, jaar, &opties);
	if (rapport_let_laden(st, a, jaar, &l, &e) != ERR_OK) {
		fprintf(stderr, "doorbraak: de escalaties en overbruggingen kunnen niet worden gelezen: %s\n", e.msg);
		goto out;
	}
	s.let = &l;
	if (rapport_netwerk_laden(st, a, jaar, &net, &e) != ERR_OK) {
		fprintf(stderr, "doorbraak: het netwerk kan niet worden gelezen: %s\n", e.msg);
		goto out;
	}
	s.netwerk = &net;
	if (rapport_prof_laden(st, a, jaar, &s.professionaliseren, &e) != ERR_OK) {
		fprintf(stderr, "doorbraak: de evenementen kunnen niet worden gelezen: %s\n", e.msg);
		goto out;
	}
	if (fmt == FORMAAT_JSON) {   /* the figures of jaar, then chapters 3 to 5 */
		json_t *j = rapport_json_figuren(s.nu), *sl = rapport_json_systeemleren(s.systeemleren);
		char *txt;

		json_object_update(j, sl);
		json_decref(sl);
		rapport_let_json(j, &l);
		rapport_netwerk_json(j, a, &net);
		rapport_prof_json(j, &s.professionaliseren[0]);
		txt = json_dumps(j, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
		json_decref(j);
		if (txt == NULL)
			goto out;
		buf_puts(&b, txt);
		buf_putc(&b, '\n');
		free(txt);
	} else {   /* html, csv and xlsx: the same tables as the Rapportage page */
		if ((fmt == FORMAAT_CSV ? rapport_csv(&b, &s) : fmt == FORMAAT_HTML ? rapport_html(&b, &s, true) :
		    rapport_xlsx_buf(&b, &s)) != 0)
			goto out;
	}
	if (schrijf(uit, &b) != 0)
		goto out;
	rc = 0;
out:
	if (rc != 0 && gelezen)
		fprintf(stderr, "doorbraak: het rapport kon niet worden geschreven.\n");
	buf_free(&b);
	arena_free(a);
	store_close(st);
	return rc;
}
