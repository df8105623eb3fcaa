/* store_audit.h - the append-only audit log: a keyed MAC chain with checkpoints outside the database. */
#ifndef DOORBRAAK_STORE_AUDIT_H
#define DOORBRAAK_STORE_AUDIT_H

#include <stdbool.h>
#include <stdint.h>
#include <time.h>

#include "core/err.h"
#include "lib/mem.h"
#include "store/store.h"

enum audit_uitkomst { AUDIT_TOEGESTAAN, AUDIT_GEWEIGERD, AUDIT_MISLUKT, AUDIT__MAX };

struct audit_entry {
	time_t tijd;
	const char *request_id;
	int64_t gebruiker_id;       /* 0 = anonymous */
	const char *rol;
	const char *namens;         /* on behalf of whom ("persoon:12"), or NULL */
	const char *actie;          /* "login", "casus.lezen", ... */
	const char *object_type;    /* "gebruiker", "casus", ... or NULL */
	const char *object_id;
	const char *casus;          /* the referentie of the casus concerned, or NULL */
	const char *doel;           /* the purpose, or NULL */
	enum audit_uitkomst uitkomst;
	const char *adres;          /* client address */
};

/*
 * The key of the MAC chain lives outside the database. hex (the environment
 * variable DOORBRAAK_AUDIT_KEY: 64 hex digits) wins when not NULL or empty;
 * otherwise the file at path: 64 hex digits, a regular file of this user with
 * mode 0600 (a file others may read or write is refused). When the file is
 * absent and may_create, a new random key is written there (0600, fsynced);
 * *created then says so. The key is kept for the process (every connection).
 * ERR_UNAVAILABLE with a Dutch message when it cannot be had.
 */
enum err_code store_audit_key_load(const char *hex, const char *path, bool may_create, bool *created,
    struct err *e);
/* Uses this key (tests); NULL forgets it. */
void store_audit_key_set(const unsigned char key[32]);
bool store_audit_key_loaded(void);
/* Where checkpoints are written and read: a file beside the database, appended to, fsynced. NULL: none. */
void store_audit_checkpoints_at(const char *path);

/*
 * Appends one row, numbered after the last and chained to it by the MAC.
 * Control characters in every text field are stored escaped (\xHH, \\).
 * Call it inside the transaction of the change it records; outside one it
 * runs in its own, or, on a connection of the server's pool, in the next
 * transaction of the group commit (audit/groep.c), which returns once that
 * transaction is durable. Never stores content, only what happened to what.
 * ERR_UNAVAILABLE when the row cannot be written (no key, database busy):
 * the caller must then not return data.
 */
enum err_code store_audit_append(struct store *st, const struct audit_entry *a, struct err *e);

/*
 * Writes a checkpoint of the chain's head (the number of rows and the last
 * row's MAC, with a MAC of its own) to the checkpoint file, fsynced, and
 * into the database, when the head moved since the last one. ERR_OK also
 * when nothing was to be written or no checkpoint file is configured.
 */
enum err_code store_audit_checkpoint(struct store *st, struct err *e);

/*
 * Writes every checkpoint the database holds (audit_controlepunt) into a new
 * file at path (never over an existing one; 0600, fsynced): the checkpoint
 * file of a copy of the database (doorbraak backup), so the copy verifies.
 */
enum err_code store_audit_checkpoints_export(struct store *st, const char *path, struct err *e);

/* What store_audit_verify found. */
struct audit_bevinding {
	int64_t regel;            /* the first broken or missing row; 0 when the log is intact */
	char waarom[320];         /* Dutch: what is wrong there */
	int64_t regels;           /* rows in the chain */
	int64_t controlepunten;   /* checkpoints in the checkpoint file */
	int64_t gedekt;           /* rows covered by the last checkpoint */
};

/*
 * Checks every row's number and MAC in order, every checkpoint in the file
 * and in the database against the chain and against each other. ERR_OK when
 * intact; ERR_CONFLICT with b->regel and b->waarom naming the first broken or
 * missing row; another code when the check could not run (no key, database).
 */
enum err_code store_audit_verify(struct store *st, struct audit_bevinding *b, struct err *e);
/* The viewer's question; NULL (or 0) leaves a filter out. */
struct audit_filter {
	const char *email;    /* the account's e-mail address */
	const char *casus;    /* a referentie */
	const char *actie;    /* "casus.lezen", or a group: "casus" matches casus.* too */
	const char *van;      /* first day, YYYY-MM-DD (UTC) */
	const char *tot;      /* the day after the last one, YYYY-MM-DD */
	int pagina;           /* 1, 2, ... */
	int per_pagina;       /* rows per page; 0: every row (the export) */
};

/* One row as the viewer shows it (arena strings; NULL where the row has none). */
struct audit_rij {
	int64_t id, gebruiker_id;
	const char *tijd, *naam, *email, *rol, *namens, *actie, *object_type, *object_id, *casus, *doel, *uitkomst,
	    *adres;
};

/* The rows matching f, newest first, one page of them; *totaal counts every match. */
enum err_code store_audit_zoek(struct store *st, struct arena *a, const struct audit_filter *f,
    struct audit_rij **out, size_t *n, int64_t *totaal, struct err *e);
/* Calls each(row, arg) for every row matching f, newest first (the export); stops when it returns non-zero. */
enum err_code store_audit_each(struct store *st, struct arena *a, const struct audit_filter *f,
    int (*each)(const struct audit_rij *, void *), void *arg, struct err *e);

/* Who touched one casus: per account (0: anonymous), with roles, rows, refusals and the first and last time. */
struct audit_inzage {
	int64_t gebruiker_id, aantal, geweigerd;
	const char *naam, *email, *rollen, *eerste, *laatste;
};
enum err_code store_audit_inzage(struct store *st, struct arena *a, const char *casus, struct audit_inzage **out,
    size_t *n, struct err *e);

/* Count of rows matching actie and uitkomst (tests, metrics). */
long store_audit_count(struct store *st, const char *actie, enum audit_uitkomst uitkomst);

#endif
