/* cmd_export.c - `doorbraak export [--vanaf JJJJ-MM-DD]`: the interchange file: its version, every casus, signal and system change. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli/cli.h"
#include "app/interchange/interchange.h"
#include "lib/date.h"
#include "store/store_audit.h"
#include "store/casus/casus.h"
#include "store/systeemwijziging/systeemwijziging.h"

struct uitvoer {
	FILE *f;
	size_t n;
	bool fout;     /* writing failed (a closed pipe, a full disk) */
};

/* Writes o (stolen) as one line. */
static int
write_json(struct uitvoer *u, json_t *o)
{
	if (o == NULL || json_dumpf(o, u->f, INTERCHANGE_DUMP_FLAGS) != 0 || fputc('\n', u->f) == EOF)
		u->fout = true;
	json_decref(o);
	u->n++;
	return u->fout;   /* stop at the first failure */
}

static int
write_line(const struct casus *c, void *arg)
{
	return write_json(arg, interchange_write(c));
}

/* A line {"naam": o} for the kinds of line after the casussen. */
static json_t *
regel(const char *naam, json_t *o)
{
	json_t *r = o != NULL ? json_object() : NULL;

	if (r == NULL || json_object_set_new(r, naam, o) != 0) {
		json_decref(r);
		return NULL;
	}
	return r;
}

static int
write_signaal(const struct leerpunt *l, void *arg)
{
	return write_json(arg, regel("signaal", interchange_write_leerpunt(l)));
}

/* The realised system changes (not with --vanaf: their links could point outside the file). */
static enum err_code
write_systeemwijzigingen(struct store *st, struct uitvoer *u, struct err *e)
{
	struct arena *a = arena_new();
	struct systeemwijziging *sw;
	size_t n;
	enum err_code rc = store_systeemwijziging_list(st, a, 0, &sw, &n, e);

	for (size_t i = n; rc == ERR_OK && i > 0 && !u->fout; i--)   /* oldest first, as they were recorded */
		write_json(u, regel("systeemwijziging", interchange_write_systeemwijziging(&sw[i - 1])));
	arena_free(a);
	return rc;
}

int
cmd_export(const struct config *cfg, int argc, char **argv)
{
	int vanaf = DATE_NONE;
	struct store *st;
	struct err e = { 0 };
	struct uitvoer u = { stdout, 0, false };
	char oid[64];
	struct audit_entry a = { .rol = "beheer-cli", .actie = "casus.export", .object_type = "export",
		.object_id = oid, .doel = "gegevensuitwisseling", .adres = "cli" };
	enum err_code rc;

	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--vanaf") == 0 && i + 1 < argc && date_parse(argv[i + 1], &vanaf))
			i++;
		else {
			fprintf(stderr, "gebruik: doorbraak export [--vanaf JJJJ-MM-DD]"
			    "   (JSON Lines, uitwisselformaat versie %d, op standaarduitvoer)\n", INTERCHANGE_VERSIE);
			return 2;
		}
	}
	if ((st = cli_open_store(cfg, false)) == NULL)
		return 1;
	/* The audit row first: no export that the log does not show. */
	if (vanaf != DATE_NONE) {
		char d[DATE_STRLEN];

		date_format(vanaf, d);
		snprintf(oid, sizeof(oid), "vanaf %s", d);
	} else
		snprintf(oid, sizeof(oid), "alle casussen");
	a.tijd = time(NULL);
	a.uitkomst = AUDIT_TOEGESTAAN;
	if (store_audit_append(st, &a, &e) != ERR_OK) {
		fprintf(stderr, "doorbraak: het auditlog kan niet worden geschreven; er is niets geëxporteerd.\n");
		store_close(st);
		return 1;
	}
	{
		struct arena *kop = arena_new();

		if (fprintf(stdout, "%s\n", interchange_kop(kop)) < 0)
			u.fout = true;
		arena_free(kop);
	}
	rc = store_casus_each(st, vanaf, write_line, &u, &e);
	if (rc == ERR_OK && !u.fout)
		rc = store_signalen_each(st, vanaf, write_signaal, &u, &e);
	if (rc == ERR_OK && !u.fout && vanaf == DATE_NONE)
		rc = write_systeemwijzigingen(st, &u, &e);
	if (fflush(stdout) != 0)
		u.fout = true;
	store_close(st);
	if (rc != ERR_OK) {
		fprintf(stderr, "doorbraak: de export is mislukt: %s\n", e.msg);
		return 1;
	}
	if (u.fout) {
		fprintf(stderr, "doorbraak: de export kon niet volledig worden geschreven.\n");
		return 1;
	}
	return 0;
}
