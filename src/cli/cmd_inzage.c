/* cmd_inzage.c - `doorbraak inzage REFERENTIE`: a citizen's request for access: everything about one casus as JSON. */
#include <jansson.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "app/privacy/inzage.h"
#include "cli/cli.h"
#include "lib/mem.h"
#include "store/store_audit.h"

int
cmd_inzage(const struct config *cfg, int argc, char **argv)
{
	struct audit_entry au = { .rol = "beheer-cli", .actie = "casus.inzageverzoek", .object_type = "casus",
		.adres = "cli" };
	struct inzage z = { 0 };
	struct casus c;
	struct err e = { 0 };
	struct store *st;
	struct arena *a;
	enum err_code rc;
	json_t *doc = NULL;
	int status = 1;

	if (argc != 2 || argv[1][0] == '-') {
		fprintf(stderr, "gebruik: doorbraak inzage REFERENTIE   (alles over een casus als JSON, op standaarduitvoer)\n");
		return 2;
	}
	if ((st = cli_open_store(cfg, false)) == NULL)
		return 1;
	a = arena_new();
	if ((rc = store_casus_load(st, a, argv[1], &c, &e)) != ERR_OK) {
		if (rc == ERR_NOT_FOUND)
			fprintf(stderr, "doorbraak: er is geen casus met referentie %s.\n", argv[1]);
		else
			fprintf(stderr, "doorbraak: %s\n", e.msg);
		goto out;
	}
	/* The audit row first: no data leave the database that the log does not show (and it shows in the answer). */
	au.tijd = time(NULL);
	au.object_id = c.referentie;
	au.uitkomst = AUDIT_TOEGESTAAN;
	if (store_audit_append(st, &au, &e) != ERR_OK) {
		fprintf(stderr, "doorbraak: het auditlog kan niet worden geschreven; er is niets getoond.\n");
		goto out;
	}
	z.casus = &c;
	z.gemaakt = au.tijd;
	{
		struct activiteit *t;
		struct deelnemer *d;
		struct inzage_toegang *g;
		struct inzage_verwijdering *v;

		if (store_activiteit_list(st, a, c.id, true, &t, &z.n_tijdlijn, &e) != ERR_OK ||
		    store_deelnemer_list(st, a, c.id, &d, &z.n_deelnemers, &e) != ERR_OK ||
		    store_inzage_toegang(st, a, c.referentie, &g, &z.n_toegang, &e) != ERR_OK ||
		    store_inzage_verwijderlog(st, a, c.referentie, &v, &z.n_verwijderd, &e) != ERR_OK) {
			fprintf(stderr, "doorbraak: %s\n", e.msg);
			goto out;
		}
		z.tijdlijn = t;
		z.deelnemers = d;
		z.toegang = g;
		z.verwijderd = v;
	}
	if ((doc = inzage_json(&z)) == NULL || json_dumpf(doc, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER) != 0 ||
	    fputc('\n', stdout) == EOF || fflush(stdout) != 0)
		fprintf(stderr, "doorbraak: het inzageverzoek kon niet volledig worden geschreven.\n");
	else
		status = 0;
	json_decref(doc);
out:
	arena_free(a);
	store_close(st);
	return status;
}
