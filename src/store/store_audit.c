/* store_audit.c - append-only audit rows with a SHA-256 hash chain. */
#include <stdio.h>
#include <string.h>

#include "lib/buf.h"
#include "lib/crypto.h"
#include "lib/date.h"
#include "store/store_audit.h"
#include "store/store_private.h"

static const char *const uitkomst_code[] = { "toegestaan", "geweigerd", "mislukt" };

static const char SQL_LAST[] = "SELECT hash FROM audit ORDER BY id DESC LIMIT 1";
static const char SQL_INSERT[] =
    "INSERT INTO audit (tijd, request_id, gebruiker_id, rol, actie, object_type, object_id, uitkomst,"
    " adres, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
static const char SQL_ALL[] =
    "SELECT id, tijd, request_id, gebruiker_id, rol, actie, object_type, object_id, uitkomst, adres,"
    " prev_hash, hash FROM audit ORDER BY id";
static const char SQL_COUNT[] = "SELECT count(*) FROM audit WHERE actie = ? AND uitkomst = ?";

#define GENESIS "0000000000000000000000000000000000000000000000000000000000000000"

/* The hashed form: prev_hash, then each field and a unit separator; NULL as empty. */
static void
row_hash(const char *prev, const char *const fields[9], char out[CRYPTO_SHA256_HEXLEN])
{
	struct buf b;

	buf_init(&b, 0);
	buf_puts(&b, prev);
	for (int i = 0; i < 9; i++) {
		buf_putc(&b, '\x1f');
		buf_puts(&b, fields[i] ? fields[i] : "");
	}
	crypto_sha256_hex(b.data, b.len, out);
	buf_free(&b);
}

enum err_code
store_audit_append(struct store *st, const struct audit_entry *a, struct err *e)
{
	char tijd[TIME_STRLEN], prev[CRYPTO_SHA256_HEXLEN], hash[CRYPTO_SHA256_HEXLEN], uid[24];
	const char *fields[9];
	sqlite3_stmt *s;
	bool own = !store_in_transaction(st);
	enum err_code rc = ERR_OK;

	if (own && store_begin(st) != ERR_OK)
		return err_set(e, ERR_UNAVAILABLE, NULL, "Het auditlog kan nu niet worden geschreven.");
	time_format(a->tijd, tijd);
	snprintf(uid, sizeof(uid), "%lld", (long long)a->gebruiker_id);
	s = store_stmt(st, SQL_LAST);
	if (sqlite3_step(s) == SQLITE_ROW)
		snprintf(prev, sizeof(prev), "%s", (const char *)sqlite3_column_text(s, 0));
	else
		snprintf(prev, sizeof(prev), "%s", GENESIS);
	sqlite3_reset(s);
	fields[0] = tijd;
	fields[1] = a->request_id;
	fields[2] = a->gebruiker_id ? uid : NULL;
	fields[3] = a->rol;
	fields[4] = a->actie;
	fields[5] = a->object_type;
	fields[6] = a->object_id;
	fields[7] = uitkomst_code[a->uitkomst];
	fields[8] = a->adres;
	row_hash(prev, fields, hash);

	s = store_stmt(st, SQL_INSERT);
	for (int i = 0; i < 9; i++)
		if (i == 2)
			store_bind_id(s, 3, a->gebruiker_id);
		else
			store_bind_text(s, i + 1, fields[i]);
	store_bind_text(s, 10, prev);
	store_bind_text(s, 11, hash);
	if (sqlite3_step(s) != SQLITE_DONE)
		rc = store_fail(st, SQLITE_ERROR, e, "audit insert");
	sqlite3_reset(s);
	if (rc != ERR_OK && rc != ERR_CONFLICT)
		rc = ERR_UNAVAILABLE;   /* fail closed: the caller must not return data */
	if (own) {
		if (rc == ERR_OK)
			rc = store_commit(st);
		else
			store_rollback(st);
	}
	return rc;
}

enum err_code
store_audit_verify(struct store *st, int64_t *broken_id, struct err *e)
{
	sqlite3_stmt *s = store_stmt(st, SQL_ALL);
	char prev[CRYPTO_SHA256_HEXLEN] = GENESIS, hash[CRYPTO_SHA256_HEXLEN];
	enum err_code rc = ERR_OK;

	*broken_id = 0;
	while (sqlite3_step(s) == SQLITE_ROW) {
		const char *fields[9];
		const char *stored_prev = (const char *)sqlite3_column_text(s, 10);
		const char *stored = (const char *)sqlite3_column_text(s, 11);

		for (int i = 0; i < 9; i++)
			fields[i] = (const char *)sqlite3_column_text(s, i + 1);
		row_hash(prev, fields, hash);
		if (stored_prev == NULL || stored == NULL || strcmp(stored_prev, prev) != 0 ||
		    strcmp(stored, hash) != 0) {
			*broken_id = sqlite3_column_int64(s, 0);
			rc = err_set(e, ERR_CONFLICT, NULL, "Het auditlog is gewijzigd vanaf regel %lld.",
			    (long long)*broken_id);
			break;
		}
		snprintf(prev, sizeof(prev), "%s", stored);
	}
	sqlite3_reset(s);
	return rc;
}

long
store_audit_count(struct store *st, const char *actie, enum audit_uitkomst uitkomst)
{
	sqlite3_stmt *s = store_stmt(st, SQL_COUNT);
	long n = 0;

	store_bind_text(s, 1, actie);
	store_bind_text(s, 2, uitkomst_code[uitkomst]);
	if (sqlite3_step(s) == SQLITE_ROW)
		n = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	return n;
}
