/* cmd_audit.c - `doorbraak audit verify` (names the first broken or missing row) and `doorbraak audit controlepunt`. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "store/store_audit.h"

/* Prints the verdict; 0 when the log is intact, 1 when not or when it could not be checked. */
int
cli_audit_verify(struct store *st, const struct config *cfg)
{
	struct audit_bevinding b;
	struct err e = { 0 };
	enum err_code rc = store_audit_verify(st, &b, &e);

	if (rc == ERR_CONFLICT) {
		fprintf(stderr, "doorbraak: het auditlog is aangetast; de eerste fout zit bij regel %lld: %s.\n",
		    (long long)b.regel, b.waarom);
		return 1;
	}
	if (rc != ERR_OK) {
		fprintf(stderr, "doorbraak: het auditlog kon niet worden gecontroleerd: %s\n", e.msg);
		return 1;
	}
	printf("Auditlog in orde: %lld regels, %lld controlepunten in %s.\n", (long long)b.regels,
	    (long long)b.controlepunten, cfg->audit_checkpoints);
	if (b.regels > b.gedekt)
		printf("De laatste %lld regels vallen nog na het laatste controlepunt.\n", (long long)(b.regels - b.gedekt));
	return 0;
}

int
cmd_audit(const struct config *cfg, int argc, char **argv)
{
	struct store *st;
	struct err e = { 0 };
	int rc = 0;

	if (argc != 2 || (strcmp(argv[1], "verify") != 0 && strcmp(argv[1], "controlepunt") != 0)) {
		fprintf(stderr, "gebruik: doorbraak audit verify | doorbraak audit controlepunt\n");
		return 2;
	}
	if ((st = cli_open_store(cfg, false)) == NULL)
		return 1;
	if (strcmp(argv[1], "verify") == 0)
		rc = cli_audit_verify(st, cfg);
	else if (store_audit_checkpoint(st, &e) != ERR_OK) {
		fprintf(stderr, "doorbraak: %s\n", e.msg);
		rc = 1;
	} else
		printf("Controlepunt geschreven in %s.\n", cfg->audit_checkpoints);
	store_close(st);
	return rc;
}
