/* store_audit.h - the append-only, hash-chained audit log. */
#ifndef DOORBRAAK_STORE_AUDIT_H
#define DOORBRAAK_STORE_AUDIT_H

#include <stdint.h>
#include <time.h>

#include "core/err.h"
#include "store/store.h"

enum audit_uitkomst { AUDIT_TOEGESTAAN, AUDIT_GEWEIGERD, AUDIT_MISLUKT };

struct audit_entry {
	time_t tijd;
	const char *request_id;
	int64_t gebruiker_id;       /* 0 = anonymous */
	const char *rol;
	const char *actie;          /* "login", "casus.lezen", ... */
	const char *object_type;    /* "gebruiker", "casus", ... or NULL */
	const char *object_id;
	enum audit_uitkomst uitkomst;
	const char *adres;          /* client address */
};

/*
 * Appends one row, chained to the previous one. Call it inside the
 * transaction of the change it records; outside one it runs in its own.
 * Never stores content, only what happened to what.
 */
enum err_code store_audit_append(struct store *st, const struct audit_entry *a, struct err *e);

/* Checks the hash chain; returns ERR_OK, or ERR_CONFLICT with *broken_id = first bad row. */
enum err_code store_audit_verify(struct store *st, int64_t *broken_id, struct err *e);
/* Count of rows matching actie and uitkomst (tests, metrics). */
long store_audit_count(struct store *st, const char *actie, enum audit_uitkomst uitkomst);

#endif
