/* client.h - integration test support: start the real server on a free loopback port, talk HTTP with libcurl. */
#ifndef DOORBRAAK_TEST_CLIENT_H
#define DOORBRAAK_TEST_CLIENT_H

#include <curl/curl.h>
#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#include "lib/buf.h"
#include "store/store_audit.h"

struct server_proc {
	pid_t pid;
	int port;
	char dir[256];      /* temporary folder with the database and logs */
	char db[320];
	char base[64];      /* "http://127.0.0.1:PORT" */
};

/*
 * Creates a temporary database (init), then starts build/doorbraak-test serve
 * on 127.0.0.1 with a free port. env: extra "NAME=value" strings (NULL-ended,
 * may be NULL). Returns 0 or -1.
 */
int server_start(struct server_proc *s, const char *const *env);
/* SIGTERM, wait for a clean exit; returns the exit status (0 = clean). Removes the folder. */
int server_stop(struct server_proc *s);
/* Runs build/doorbraak-test with args (NULL-ended) against the server's database; stdin_text may be NULL.
   Standard output goes into out (if not NULL). Returns the exit status. */
int server_cli(struct server_proc *s, const char *stdin_text, struct buf *out, const char *const *args);
/* SIGTERM and wait, keeping the folder and its database (for server_restart); returns the exit status. */
int server_stop_keep(struct server_proc *s);
/* Starts serve again on the same database, on a new free port (s->port, s->base); 0 or -1. */
int server_restart(struct server_proc *s);
/* Runs build/doorbraak-test with args (NULL-ended) against database db, standard input empty; standard output
   and standard error into out and err (either may be NULL; initialised by the caller). Returns the exit status. */
int cli_run(const char *db, const char *const *args, struct buf *out, struct buf *err);
/* user add with a password; returns the exit status. */
int server_add_user(struct server_proc *s, const char *email, const char *naam, const char *rol,
    const char *password);
/* token create; the token is written into out (65 bytes). 0 or -1. */
int server_token(struct server_proc *s, const char *email, char out[65]);

/* An account a test's server starts with. */
struct test_account {
	const char *email, *naam, *rol;
	const char *organisatie;   /* NULL: "Gemeente Testdorp" (as server_add_user) */
	char *token;               /* 65 bytes for an API token of the account, or NULL for none */
};
/* Adds each of the n accounts with password and, where token is set, makes an API token for it; 0 or -1. */
int server_add_accounts(struct server_proc *s, const char *password, const struct test_account *accounts, size_t n);
/* The set-up most tests share: server_start, then server_add_accounts. 0, or -1 when any step fails. */
int server_start_with(struct server_proc *s, const char *const *env, const char *password,
    const struct test_account *accounts, size_t n);
/* The first column of the first row sql answers on the server's database, -1 when no row; fails the running
   test when the statement does not run. */
long long server_sql_int(struct server_proc *s, const char *sql);
/* Runs sql (one statement or more) on the server's database; fails the running test when it does not run. */
void server_sql_exec(struct server_proc *s, const char *sql);

struct resp {
	long status;
	struct buf body;
	struct buf headers;
};

/* A client keeps cookies between requests, like a browser. */
struct client {
	CURL *curl;
	struct server_proc *srv;
};

void client_init(struct client *c, struct server_proc *s);
void client_free(struct client *c);
/* headers: NULL-ended "Name: value" strings, may be NULL. body may be NULL. resp must be freed. */
int client_req(struct client *c, const char *method, const char *path, const char *const *headers,
    const char *body, size_t len, struct resp *out);
void resp_free(struct resp *r);
/* The value of the first response header with that name (case-insensitive), copied into a static
   thread-local buffer, or NULL. */
const char *resp_header(const struct resp *r, const char *name);
bool resp_contains(const struct resp *r, const char *needle);

/* Sends len raw bytes to the server on a new socket and collects everything it answers until it closes the
   connection (or 10 s pass) into out (initialised here; free it). Returns 0 when any answer came, -1 when none. */
int raw_http(struct server_proc *s, const void *request, size_t len, struct buf *out);
/* The value of header name in a raw HTTP answer (as from raw_http), copied into a static buffer, or NULL. */
const char *raw_header(const struct buf *answer, const char *name);
/* The status code of a raw HTTP answer, or 0. */
int raw_status(const struct buf *answer);

/*
 * Signs in as a person would: fetches /login, reads its CSRF token and posts
 * the credentials; when the account has a second factor, types the code of
 * the next unused time step (client_totp_code), and when it has none yet,
 * sets it up with the secret the page shows. Returns the status of the
 * password POST when that is not 303 (401, 429 ...), else 303 when signed
 * in, else the status of the second step.
 */
long client_login(struct client *c, const char *email, const char *password);
/* Only the password step: its status, and its Location (may be NULL) when it redirects. */
long client_login_password(struct client *c, const char *email, const char *password, char *location, size_t loclen);
/* Tells the test process's "authenticator app" the secret of an account (the demo accounts' are fixed). */
void client_totp_secret(struct server_proc *s, const char *email, const char *secret);
/* The code of the next time step not used yet for that account (waits for the clock when all three of the window
   now-1 .. now+1 were used). 0, or -1 for an account without a known secret. out has 7 bytes. */
int client_totp_code(struct server_proc *s, const char *email, char out[7]);
/* The session's CSRF token, read from the page at path (the logout form carries it). */
int client_csrf(struct client *c, const char *path, char out[65]);
/* Extracts value="..." of the hidden input named name from an HTML body. */
int html_hidden(const struct resp *r, const char *name, char *out, size_t len);

/* ---- shorthands for the tests: each fails the running cmocka test when the request does not go through ---- */

/* The number of audit rows with that actie and uitkomst in the server's database. */
long server_audit_count(struct server_proc *s, const char *actie, enum audit_uitkomst u);
/* client_init on s, then signs in as email (the login must answer 303). Reuses the session an earlier call of this
   test process made for the same account while it is still signed in, since a second factor's code counts once. */
void client_login_ok(struct client *c, struct server_proc *s, const char *email, const char *password);
/* GET path; returns the status. r must be freed. */
long client_get(struct client *c, const char *path, struct resp *r);
/* Posts the form "csrf=<token>&" + body (already URL-encoded) to path, with the session's CSRF token read
   from the page at csrf_page. Returns the status; r must be freed. */
long client_post_form(struct client *c, const char *csrf_page, const char *path, const char *body, struct resp *r);
/* An API request with "Authorization: Bearer <token>" and Content-Type type (NULL: application/json);
   body may be NULL. r must be freed. */
void client_api(struct client *c, const char *token, const char *method, const char *path, const char *body,
    size_t len, const char *type, struct resp *r);
/* One JSON API request on a fresh connection to s: returns the decoded body (NULL when not JSON), the
   status in *status. */
json_t *client_api_json(struct server_proc *s, const char *token, const char *method, const char *path,
    const char *body, long *status);

#endif
