/* cmd_backup.c - `doorbraak backup BESTAND`: a consistent copy of the live database (online backup API), mode 0600. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "cli/cli.h"
#include "store/store_audit.h"

int
cmd_backup(const struct config *cfg, int argc, char **argv)
{
	struct store *st;
	struct err e = { 0 };
	struct audit_entry a = { .rol = "beheer-cli", .actie = "database.backup", .object_type = "database",
		.object_id = "volledig", .adres = "cli", .uitkomst = AUDIT_TOEGESTAAN };
	enum err_code rc;

	if (argc != 2 || argv[1][0] == '\0' || argv[1][0] == '-') {
		fprintf(stderr, "gebruik: doorbraak backup BESTAND   (een nieuw bestand; een bestaand wordt niet "
		    "overschreven)\n");
		return 2;
	}
	if (strcmp(argv[1], cfg->db) == 0) {
		fprintf(stderr, "doorbraak: de back-up kan niet over de database zelf (%s) heen.\n", cfg->db);
		return 2;
	}
	if ((st = cli_open_store(cfg, false)) == NULL)
		return 1;
	/* The audit row first, so the copy itself shows that it was made. */
	a.tijd = time(NULL);
	if (store_audit_append(st, &a, &e) != ERR_OK) {
		fprintf(stderr, "doorbraak: het auditlog kan niet worden geschreven; er is geen back-up gemaakt.\n");
		store_close(st);
		return 1;
	}
	rc = store_backup(st, argv[1], &e);
	store_close(st);
	if (rc == ERR_OK) {   /* the copy's own checkpoints beside it, so it verifies on its own (with the key) */
		char side[1100];
		struct store *kopie = store_open(argv[1], &e);

		snprintf(side, sizeof(side), "%s.audit-checkpoints", argv[1]);
		rc = kopie != NULL ? store_schema_check(kopie, &e) : ERR_UNAVAILABLE;
		if (rc == ERR_OK)
			rc = store_audit_checkpoints_export(kopie, side, &e);
		store_close(kopie);
	}
	if (rc != ERR_OK) {
		fprintf(stderr, "doorbraak: %s%s%s\n", e.msg, e.detail[0] ? " " : "", e.detail);
		return 1;
	}
	printf("Back-up geschreven naar %s (integriteit gecontroleerd).\n", argv[1]);
	return 0;
}
