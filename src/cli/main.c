/* main.c - doorbraak's entry point: a table of subcommands. */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli/cli.h"
#include "lib/crypto.h"
#include "lib/mem.h"

static const struct {
	const char *name;
	int (*run)(const struct config *, int, char **);
	const char *help;
} commands[] = {
	{ "serve", cmd_serve, "serve                    start the web server (DOORBRAAK_LISTEN)" },
	{ "init", cmd_init, "init [--demo]            create or migrate the database (DOORBRAAK_DB)" },
	{ "user", cmd_user, "user add|list|disable    manage accounts (password on standard input)" },
	{ "token", cmd_token, "token create EMAIL       create an API token (printed once)" },
	{ "check", cmd_check, "check                    PRAGMA integrity_check and audit verify" },
	{ "audit", cmd_audit, "audit verify|controlepunt  check the audit log, or write a checkpoint of it now" },
	{ "import", cmd_import, "import FILE|-            import casussen from JSON Lines (all or nothing)" },
	{ "export", cmd_export, "export [--vanaf DATE]    every casus as JSON Lines on standard output" },
	{ "report", cmd_report, "report --jaar YYYY [--format json|csv|html|xlsx] [--uit FILE]   the jaarrapportage" },
	{ "leerpunten-import", cmd_leerpunten_import, "leerpunten-import FILE [--goede-rijen]   PMM's leerpuntenbestand (CSV)" },
	{ "backup", cmd_backup, "backup BESTAND           a consistent copy of the live database (0600)" },
	{ "retentie", cmd_retentie, "retentie [--dry-run]     anonymise casussen past their retention date, purge expired data" },
	{ "inzage", cmd_inzage, "inzage REFERENTIE        everything about one casus, with its access history (JSON)" },
	{ "onderzoek-export", cmd_onderzoek_export, "onderzoek-export [--jaar JJJJ]   closed casussen pseudonymised for research" },
	{ "totp-code", cmd_totp_code, "totp-code [GEHEIM]       the TOTP code of now for a secret (demo, testing)" },
};

static void
usage(FILE *f)
{
	fprintf(f, "gebruik: doorbraak COMMANDO [argumenten]\n\ncommando's:\n");
	for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		fprintf(f, "  %s\n", commands[i].help);
	fprintf(f, "\nuser add EMAIL --naam \"Naam\" --rol ROL [--rol ROL ...] [--organisatie \"Naam\"]\n"
		   "user list\nuser disable EMAIL\nuser tweede-stap-wissen EMAIL\n"
		   "rollen: regievoerder, indiener, ambassadeur, onderzoeker, beheerder\n");
}

int
main(int argc, char **argv)
{
	struct config cfg;
	char msg[256];

	/* Everything doorbraak creates (the database with its -wal and -shm files, reports, exports) is for
	   its own user only: 0600 files, 0700 folders. */
	umask(077);
	if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "help") == 0) {
		usage(argc < 2 ? stderr : stdout);
		return argc < 2 ? 2 : 0;
	}
	json_set_alloc_funcs(xmalloc, free);   /* jansson, too, aborts on out-of-memory */
	if (crypto_init() != 0) {
		fprintf(stderr, "doorbraak: libsodium kan niet starten\n");
		return 1;
	}
	if (config_load(&cfg, msg, sizeof(msg)) != 0) {
		fprintf(stderr, "doorbraak: %s\n", msg);
		return 2;
	}
	for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		if (strcmp(argv[1], commands[i].name) == 0)
			return commands[i].run(&cfg, argc - 1, argv + 1);
	fprintf(stderr, "doorbraak: onbekend commando '%s'\n\n", argv[1]);
	usage(stderr);
	return 2;
}
