/* cmd_leerpunten.c - `doorbraak leerpunten-import BESTAND [--goede-rijen]`: PMM's leerpuntenbestand and monitor
   (Excel saved as CSV, docs/leerpuntenbestand.md) into doorbraak in one transaction, with a report per row. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "app/leerpunt/import_csv.h"
#include "cli/cli.h"
#include "lib/buf.h"
#include "lib/date.h"
#include "lib/mem.h"
#include "store/store_audit.h"

#define LPIMPORT_MAX_BYTES (20 * 1024 * 1024)

static const char usage_line[] = "gebruik: doorbraak leerpunten-import BESTAND [--goede-rijen]\n";

static enum err_code
audit(struct store *st, const char *bron, size_t n, enum audit_uitkomst u)
{
	char oid[256];
	struct audit_entry a = { .tijd = time(NULL), .rol = "beheer-cli", .actie = "leerpunt.import",
		.object_type = "import", .object_id = oid, .uitkomst = u, .adres = "cli" };

	snprintf(oid, sizeof(oid), "%.200s (%zu leerpunten)", bron, n);
	return store_audit_append(st, &a, NULL);
}

/* The whole file into b; false after printing why. */
static bool
lees(const char *pad, struct buf *b)
{
	FILE *f = fopen(pad, "rb");
	char blok[65536];
	size_t n;
	bool ok = true;

	if (f == NULL) {
		fprintf(stderr, "doorbraak: %s kan niet worden geopend.\n", pad);
		return false;
	}
	while (ok && (n = fread(blok, 1, sizeof(blok), f)) > 0)
		ok = b->len + n <= LPIMPORT_MAX_BYTES && buf_append(b, blok, n) == 0;
	if (ferror(f))
		ok = false;
	fclose(f);
	if (!ok) {
		fprintf(stderr, "doorbraak: %s is te groot (ten hoogste 20 MiB) of kan niet worden gelezen.\n", pad);
		return false;
	}
	if (b->len == 0) {
		fprintf(stderr, "doorbraak: %s is leeg.\n", pad);
		return false;
	}
	return true;
}

int
cmd_leerpunten_import(const struct config *cfg, int argc, char **argv)
{
	const char *pad = NULL;
	bool goede = false;
	struct buf b;
	struct store *st;
	struct arena *a;
	struct lpimport_uitslag u;
	struct err e = { 0 };
	enum err_code rc;
	time_t now = time(NULL);
	int status = 1;

	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--goede-rijen") == 0)
			goede = true;
		else if (pad == NULL && argv[i][0] != '-')
			pad = argv[i];
		else {
			fputs(usage_line, stderr);
			return 2;
		}
	}
	if (pad == NULL) {
		fputs(usage_line, stderr);
		return 2;
	}
	buf_init(&b, LPIMPORT_MAX_BYTES + 1);
	if (!lees(pad, &b)) {
		buf_free(&b);
		return 1;
	}
	if ((st = cli_open_store(cfg, false)) == NULL) {
		buf_free(&b);
		return 1;
	}
	a = arena_new();
	if (store_begin(st) != ERR_OK) {
		fprintf(stderr, "doorbraak: de database is bezet.\n");
		goto out;
	}
	rc = lpimport_lees(st, a, b.data, b.len, goede, date_today_local(now), now, &u, &e);
	for (size_t i = 0; i < u.nmeldingen; i++)
		printf("regel %zu%s%s: %s%s\n", u.meldingen[i].regel, u.meldingen[i].kolom ? ", kolom " : "",
		    u.meldingen[i].kolom ? u.meldingen[i].kolom : "", u.meldingen[i].overgeslagen ? "" : "fout: ",
		    u.meldingen[i].waarom);
	if (rc != ERR_OK) {
		store_rollback(st);
		audit(st, pad, 0, AUDIT_MISLUKT);
		fprintf(stderr, "doorbraak: %s\n", e.msg);
		goto out;
	}
	if (audit(st, pad, u.leerpunten + u.signalen, AUDIT_TOEGESTAAN) != ERR_OK || store_commit(st) != ERR_OK) {
		store_rollback(st);
		fprintf(stderr, "doorbraak: het inlezen kon niet worden opgeslagen; er is niets ingelezen.\n");
		goto out;
	}
	printf("%zu leerpunten bij casussen en %zu signalen zonder casus ingelezen, met %zu beleggingen; "
	    "%zu regels overgeslagen (stonden er al)%s.\n", u.leerpunten, u.signalen, u.beleggingen, u.overgeslagen,
	    u.fout > 0 ? arena_printf(a, ", %zu foute regels niet ingelezen", u.fout) : "");
	status = 0;
out:
	arena_free(a);
	store_close(st);
	buf_free(&b);
	return status;
}
