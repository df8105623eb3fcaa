/* cmd_serve.c - `doorbraak serve`: checks the schema, then serves until SIGTERM/SIGINT. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "app/notificatie/verzender.h"
#include "app/routes.h"
#include "cli/cli.h"
#include "lib/smtp.h"
#include "store/store_audit.h"
#include "web/server.h"

struct ready {
	const struct config *cfg;
	bool print_demo;
};

/* Tells the operator where to go, with the port really bound, and the demo logins when asked. */
static void
on_ready(unsigned port, void *arg)
{
	const struct ready *rd = arg;
	const char *colon = strrchr(rd->cfg->listen, ':');
	int hostlen = colon ? (int)(colon - rd->cfg->listen) : 0;

	if (hostlen == 0 || strncmp(rd->cfg->listen, "127.0.0.1:", 10) == 0 ||
	    strncmp(rd->cfg->listen, "localhost:", 10) == 0)
		printf("doorbraak luistert op http://localhost:%u/\n", port);
	else
		printf("doorbraak luistert op http://%.*s:%u/\n", hostlen, rd->cfg->listen, port);
	if (rd->cfg->smtp_url[0] == '\0')
		printf("Geen SMTP-relay ingesteld (DOORBRAAK_SMTP_URL): meldingen staan alleen in doorbraak zelf, er gaat "
		    "geen e-mail uit.\n");
	else
		printf("Meldingen gaan ook per e-mail, via de relay in DOORBRAAK_SMTP_URL.\n");
	if (rd->print_demo)
		demo_print_accounts();
	fflush(stdout);
}

/* The e-mail sender: its own connection, the relay's name resolved now (the sandbox allows no resolver). */
static struct store *verzend_st;
static struct verzender_instellingen verzend_in;
static char verzend_resolve[400];

static int
verzender_op(const struct config *cfg)
{
	char host[256], msg[200];
	int port;

	if (cfg->smtp_url[0] == '\0')
		return 0;
	if (smtp_url_parse(cfg->smtp_url, host, sizeof(host), &port, msg, sizeof(msg)) != 0 ||
	    smtp_resolve(host, port, verzend_resolve, sizeof(verzend_resolve), msg, sizeof(msg)) != 0) {
		fprintf(stderr, "doorbraak: %s\n", msg);
		return -1;
	}
	if (smtp_init() != 0 || (verzend_st = cli_open_store(cfg, false)) == NULL)
		return -1;
	verzend_in.relay.url = cfg->smtp_url;
	verzend_in.relay.gebruiker = cfg->smtp_gebruiker;
	verzend_in.relay.wachtwoord = cfg->smtp_wachtwoord;
	verzend_in.relay.afzender = cfg->smtp_afzender;
	verzend_in.relay.resolve = verzend_resolve;
	verzend_in.relay.timeout = 60;
	verzend_in.basis_url = cfg->basis_url;
	verzend_in.tijdschaal = cfg->test_tijdschaal;
	verzend_in.interval_ms = cfg->smtp_interval_ms;
	if (verzender_start(verzend_st, &verzend_in) != 0) {
		store_close(verzend_st);
		verzend_st = NULL;
		return -1;
	}
	return 0;
}

static void
verzender_af(void)
{
	verzender_stop();
	if (verzend_st != NULL)
		store_close(verzend_st);
	verzend_st = NULL;
}

int
cmd_serve(const struct config *cfg, int argc, char **argv)
{
	struct store *st;
	struct ready rd = { cfg, argc > 1 && strcmp(argv[1], "--print-demo") == 0 };
	int rc;

	if (geteuid() == 0 && !cfg->als_root) {
		fprintf(stderr, "doorbraak: serve draait niet als root: start het als een gewone gebruiker die alleen de map "
		    "van de database mag schrijven. Alleen op een testmachine: DOORBRAAK_ALS_ROOT=1.\n");
		return 2;
	}
	if ((st = cli_open_store(cfg, false)) == NULL)
		return 1;
	store_close(st);
	if (retentie_dagelijks_start(cfg) != 0)   /* before the sandbox: it starts a thread */
		return 1;
	if (verzender_op(cfg) != 0) {   /* so does the e-mail sender */
		retentie_dagelijks_stop();
		return 1;
	}
	rc = server_run(cfg, app_routes, app_routes_count, on_ready, &rd);
	verzender_af();
	retentie_dagelijks_stop();
	return rc;
}

struct store *
cli_open_store(const struct config *cfg, bool migrate)
{
	struct err e = { 0 };
	struct store *st;
	bool existed = access(cfg->db, F_OK) == 0, created = false;

	/* Only init and import create a database; the others would leave an empty file behind. */
	if (!migrate && !existed) {
		fprintf(stderr, "doorbraak: de database %s bestaat niet; maak hem eerst met 'doorbraak init'.\n", cfg->db);
		return NULL;
	}
	if ((st = store_open(cfg->db, &e)) == NULL) {
		fprintf(stderr, "doorbraak: %s (%s)\n", e.msg, e.detail);
		return NULL;
	}
	/* The audit log's key: made with a new database, or when migration 014 seals an older one's log; a key
	   lost later is not silently replaced (every row would look forged). */
	if (store_audit_key_load(cfg->audit_key, cfg->audit_key_file,
		migrate && (!existed || store_schema_version(st) < 14), &created, &e) != ERR_OK) {
		fprintf(stderr, "doorbraak: %s\n", e.msg);
		store_close(st);
		return NULL;
	}
	if (created)
		fprintf(stderr, "doorbraak: nieuwe sleutel voor het auditlog in %s; bewaar er een kopie van buiten deze "
		    "machine.\n", cfg->audit_key_file);
	store_audit_checkpoints_at(cfg->audit_checkpoints);
	if ((migrate ? store_migrate(st, &e) : store_schema_check(st, &e)) != ERR_OK) {
		fprintf(stderr, "doorbraak: %s%s%s\n", e.msg, e.detail[0] ? " " : "", e.detail);
		store_close(st);
		return NULL;
	}
	return st;
}
