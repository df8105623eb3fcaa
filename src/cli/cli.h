/* cli.h - the subcommands of the doorbraak program, one file each. */
#ifndef DOORBRAAK_CLI_H
#define DOORBRAAK_CLI_H

#include <time.h>

#include "lib/config.h"
#include "store/store.h"

/* Each returns the process exit status: 0 ok, 1 failure, 2 usage. */
int cmd_serve(const struct config *cfg, int argc, char **argv);
int cmd_init(const struct config *cfg, int argc, char **argv);
int cmd_user(const struct config *cfg, int argc, char **argv);
int cmd_token(const struct config *cfg, int argc, char **argv);
int cmd_check(const struct config *cfg, int argc, char **argv);
int cmd_audit(const struct config *cfg, int argc, char **argv);
int cmd_import(const struct config *cfg, int argc, char **argv);
int cmd_export(const struct config *cfg, int argc, char **argv);
int cmd_report(const struct config *cfg, int argc, char **argv);
int cmd_leerpunten_import(const struct config *cfg, int argc, char **argv);
int cmd_totp_code(const struct config *cfg, int argc, char **argv);
int cmd_backup(const struct config *cfg, int argc, char **argv);
int cmd_retentie(const struct config *cfg, int argc, char **argv);
int cmd_inzage(const struct config *cfg, int argc, char **argv);
int cmd_onderzoek_export(const struct config *cfg, int argc, char **argv);
/* The purge of `retentie`, at start-up and then every 24 hours on a thread of serve (DOORBRAAK_RETENTIE_DAGELIJKS). */
int retentie_dagelijks_start(const struct config *cfg);
void retentie_dagelijks_stop(void);

/* audit verify's verdict on standard output or error: 0 intact, 1 not (or not checked). */
int cli_audit_verify(struct store *st, const struct config *cfg);

/* Opens the database and checks its schema, loads the audit log's key (made with a new database when migrate)
   and names the checkpoint file; prints a Dutch message and returns NULL on failure. */
struct store *cli_open_store(const struct config *cfg, bool migrate);
/* The demo accounts of `init --demo`, printed by `serve --print-demo`. */
void demo_print_accounts(void);
int demo_add(struct store *st, const struct config *cfg);
/* The demo's signals, system changes and navraag rounds (demo_systeemleren.c), inside the caller's transaction,
   after the demo casussen; -1 after printing why. */
int demo_systeemleren(struct store *st, time_t now);
/* The demo Maatwerkregister (cli/demo_register.c), inside demo_add's transaction; 0, or -1 after printing why. */
int demo_register(struct store *st, time_t now);
/* cli/demo_netwerk.c: the demo network's dated connections (inside demo_add's transaction); 0 or -1. */
int demo_netwerk(struct store *st);
/* cli/demo_evenement.c: the demo's events of professionaliseren (inside demo_add's transaction); 0 or -1. */
int demo_evenementen(struct store *st, time_t now);

#endif
