/* cmd_init.c - `doorbraak init [--demo]` and `doorbraak check` (integrity and audit verify). */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "store/store_audit.h"

int
cmd_init(const struct config *cfg, int argc, char **argv)
{
	bool demo = false;
	struct store *st;
	int rc = 0;

	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--demo") == 0)
			demo = true;
		else {
			fprintf(stderr, "gebruik: doorbraak init [--demo]\n");
			return 2;
		}
	}
	if ((st = cli_open_store(cfg, true)) == NULL)
		return 1;
	printf("Database %s is bijgewerkt tot schemaversie %d.\n", cfg->db, store_schema_version(st));
	if (demo)
		rc = demo_add(st, cfg);
	store_close(st);
	return rc;
}

int
cmd_check(const struct config *cfg, int argc, char **argv)
{
	struct store *st;
	struct err e = { 0 };
	int rc = 0;
	(void)argc, (void)argv;

	if ((st = cli_open_store(cfg, false)) == NULL)
		return 1;
	if (store_integrity_check(st, &e) != ERR_OK) {
		fprintf(stderr, "doorbraak: %s %s\n", e.msg, e.detail);
		rc = 1;
	} else
		printf("Database: integriteit in orde.\n");
	if (cli_audit_verify(st, cfg) != 0)
		rc = 1;
	store_close(st);
	return rc;
}
