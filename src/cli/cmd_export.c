/* cmd_export.c - `doorbraak export [--vanaf JJJJ-MM-DD]`: every casus as one JSON line, in referentie order. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli/cli.h"
#include "app/interchange/interchange.h"
#include "lib/date.h"
#include "store/store_audit.h"
#include "store/casus/casus.h"

struct uitvoer {
	FILE *f;
	size_t n;
	bool fout;     /* writing failed (a closed pipe, a full disk) */
};

static int
write_line(const struct casus *c, void *arg)
{
	struct uitvoer *u = arg;
	json_t *o = interchange_write(c);

	if (o == NULL || json_dumpf(o, u->f, INTERCHANGE_DUMP_FLAGS) != 0 || fputc('\n', u->f) == EOF)
		u->fout = true;
	json_decref(o);
	u->n++;
	return u->fout;   /* stop at the first failure */
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
		.object_id = oid, .adres = "cli" };
	enum err_code rc;

	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--vanaf") == 0 && i + 1 < argc && date_parse(argv[i + 1], &vanaf))
			i++;
		else {
			fprintf(stderr, "gebruik: doorbraak export [--vanaf JJJJ-MM-DD]"
			    "   (JSON Lines op standaarduitvoer)\n");
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
	rc = store_casus_each(st, vanaf, write_line, &u, &e);
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
