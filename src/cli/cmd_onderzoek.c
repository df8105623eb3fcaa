/* cmd_onderzoek.c - `doorbraak onderzoek-export [--jaar JJJJ]`: closed casussen pseudonymised for research, JSON Lines. */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app/interchange/interchange.h"
#include "app/privacy/onderzoek_export.h"
#include "cli/cli.h"
#include "core/casus.h"
#include "lib/date.h"
#include "store/casus/casus.h"
#include "store/store_audit.h"

struct uitvoer {
	const unsigned char *key;
	int jaar;        /* 0: every year */
	long n;
	bool fout;
};

static int
write_casus(const struct casus *c, void *arg)
{
	struct uitvoer *u = arg;
	json_t *o;

	if (c->status != STATUS_AFGEROND || c->afgerond_op == DATE_NONE ||
	    (u->jaar != 0 && date_year(c->afgerond_op) != u->jaar))
		return 0;   /* researchers see closed casussen only */
	if ((o = onderzoek_export_casus(c, u->key)) == NULL || json_dumpf(o, stdout, INTERCHANGE_DUMP_FLAGS) != 0 ||
	    fputc('\n', stdout) == EOF)
		u->fout = true;
	json_decref(o);
	u->n++;
	return u->fout;
}

/* DOORBRAAK_PSEUDONIEM_SLEUTEL, or the database's path with "-pseudoniem.sleutel": a file beside, never inside it. */
static void
sleutelpad(const struct config *cfg, char *out, size_t len)
{
	if (cfg->pseudoniem_sleutel[0] != '\0')
		snprintf(out, len, "%s", cfg->pseudoniem_sleutel);
	else
		snprintf(out, len, "%s-pseudoniem.sleutel", cfg->db);
}

int
cmd_onderzoek_export(const struct config *cfg, int argc, char **argv)
{
	unsigned char key[PSEUDONIEM_SLEUTEL_LEN];
	struct uitvoer u = { key, 0, 0, false };
	struct audit_entry a = { .rol = "beheer-cli", .actie = "onderzoek.export", .object_type = "export",
		.adres = "cli", .uitkomst = AUDIT_TOEGESTAAN };
	char pad[600], msg[700], oid[32];
	struct err e = { 0 };
	struct store *st;
	bool gemaakt;
	enum err_code rc;

	for (int i = 1; i < argc; i++) {
		char *end;
		long j;

		if (strcmp(argv[i], "--jaar") == 0 && i + 1 < argc && (j = strtol(argv[i + 1], &end, 10)) >= 2000 &&
		    j <= 2999 && *end == '\0') {
			u.jaar = (int)j;
			i++;
		} else {
			fprintf(stderr, "gebruik: doorbraak onderzoek-export [--jaar JJJJ]   (JSON Lines op standaarduitvoer)\n");
			return 2;
		}
	}
	sleutelpad(cfg, pad, sizeof(pad));
	if (strcmp(pad, cfg->db) == 0) {
		fprintf(stderr, "doorbraak: de pseudoniemsleutel hoort buiten de database (DOORBRAAK_PSEUDONIEM_SLEUTEL).\n");
		return 2;
	}
	if ((st = cli_open_store(cfg, false)) == NULL)
		return 1;
	if (pseudoniem_sleutel(pad, key, &gemaakt, msg, sizeof(msg)) != 0) {
		pseudoniem_wis(key);
		fprintf(stderr, "doorbraak: %s Er is niets geëxporteerd.\n", msg);
		store_close(st);
		return 1;
	}
	if (gemaakt)
		fprintf(stderr, "doorbraak: nieuwe pseudoniemsleutel in %s (mode 0600). Bewaar hem buiten de back-up van de "
		    "database: met dezelfde sleutel krijgt een casus in elke export hetzelfde pseudoniem.\n", pad);
	snprintf(oid, sizeof(oid), u.jaar ? "onderzoek %d" : "onderzoek alle jaren", u.jaar);
	a.object_id = oid;
	a.tijd = time(NULL);
	if (store_audit_append(st, &a, &e) != ERR_OK) {
		fprintf(stderr, "doorbraak: het auditlog kan niet worden geschreven; er is niets geëxporteerd.\n");
		pseudoniem_wis(key);
		store_close(st);
		return 1;
	}
	{
		json_t *kop = json_pack("{s:{s:i,s:s,s:s}}", "onderzoekExport", "versie", ONDERZOEK_EXPORT_VERSIE,
		    "pseudoniemen", "HMAC-SHA256", "vrijeTekst", "geen");

		if (kop == NULL || json_dumpf(kop, stdout, INTERCHANGE_DUMP_FLAGS) != 0 || fputc('\n', stdout) == EOF)
			u.fout = true;
		json_decref(kop);
	}
	rc = u.fout ? ERR_OK : store_casus_each(st, DATE_NONE, write_casus, &u, &e);
	if (fflush(stdout) != 0)
		u.fout = true;
	store_close(st);
	pseudoniem_wis(key);
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
