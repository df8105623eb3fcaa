/* cmd_serve.c - `doorbraak serve`: checks the schema, then serves until SIGTERM/SIGINT. */
#include <stdio.h>
#include <string.h>

#include "app/routes.h"
#include "cli/cli.h"
#include "web/server.h"

int
cmd_serve(const struct config *cfg, int argc, char **argv)
{
	struct store *st;
	bool print_demo = argc > 1 && strcmp(argv[1], "--print-demo") == 0;

	if ((st = cli_open_store(cfg, false)) == NULL)
		return 1;
	store_close(st);
	if (strncmp(cfg->listen, "127.0.0.1:", 10) == 0)
		printf("doorbraak luistert op http://localhost:%s/\n", cfg->listen + 10);
	else
		printf("doorbraak luistert op http://%s/\n", cfg->listen);
	if (print_demo)
		demo_print_accounts();
	fflush(stdout);
	return server_run(cfg, app_routes, app_routes_count);
}

struct store *
cli_open_store(const struct config *cfg, bool migrate)
{
	struct err e = { 0 };
	struct store *st = store_open(cfg->db, &e);

	if (st == NULL) {
		fprintf(stderr, "doorbraak: %s (%s)\n", e.msg, e.detail);
		return NULL;
	}
	if ((migrate ? store_migrate(st, &e) : store_schema_check(st, &e)) != ERR_OK) {
		fprintf(stderr, "doorbraak: %s%s%s\n", e.msg, e.detail[0] ? " " : "", e.detail);
		store_close(st);
		return NULL;
	}
	return st;
}
