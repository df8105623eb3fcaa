/* store_audit.c - append-only audit rows with a SHA-256 hash chain. */
#include <stdio.h>
#include <string.h>

#include "lib/buf.h"
#include "lib/crypto.h"
#include "lib/date.h"
#include "store/store_audit.h"
#include "store/store_private.h"

static const char *const uitkomst_code[] = { "toegestaan", "geweigerd", "mislukt" };

enum { Q_LAST, Q_INSERT, Q_ALL, Q_COUNT, Q__MAX };

static const struct store_sql sql[Q__MAX] = {
	[Q_LAST] = { "audit.last_hash", "SELECT hash FROM audit ORDER BY id DESC LIMIT 1", NULL },
	[Q_INSERT] = { "audit.append",
	    "INSERT INTO audit (tijd, request_id, gebruiker_id, rol, actie, object_type, object_id, uitkomst,"
	    " adres, prev_hash, hash) VALUES (:tijd, :request_id, :gebruiker, :rol, :actie, :object_type, :object_id,"
	    " :uitkomst, :adres, :prev_hash, :hash)", NULL },
	[Q_ALL] = { "audit.all",
	    "SELECT id, tijd, request_id, gebruiker_id, rol, actie, object_type, object_id, uitkomst, adres,"
	    " prev_hash, hash FROM audit ORDER BY id", NULL },
	[Q_COUNT] = { "audit.count", "SELECT count(*) FROM audit WHERE actie = :actie AND uitkomst = :uitkomst", NULL },
};

const struct store_sql_table store_audit_sql = { "audit", sql, Q__MAX };

#define Q(st, id) store_q((st), STORE_T_AUDIT, (id))

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

/* The columns of an audit row in the order row_hash() takes them. */
static const char *const field_param[9] = {
	":tijd", ":request_id", ":gebruiker", ":rol", ":actie", ":object_type", ":object_id", ":uitkomst", ":adres",
};

enum err_code
store_audit_append(struct store *st, const struct audit_entry *a, struct err *e)
{
	char tijd[TIME_STRLEN], prev[CRYPTO_SHA256_HEXLEN], hash[CRYPTO_SHA256_HEXLEN], uid[24];
	const char *fields[9];
	struct store_q *q;
	bool own = !store_in_transaction(st);
	enum err_code rc = ERR_OK;

	if (own && store_begin(st) != ERR_OK)
		return err_set(e, ERR_UNAVAILABLE, NULL, "Het auditlog kan nu niet worden geschreven.");
	time_format(a->tijd, tijd);
	snprintf(uid, sizeof(uid), "%lld", (long long)a->gebruiker_id);
	q = Q(st, Q_LAST);
	if (store_next(q))
		snprintf(prev, sizeof(prev), "%s", store_col_peek(q, 0));
	else
		snprintf(prev, sizeof(prev), "%s", GENESIS);
	rc = store_end(q, e);
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

	q = Q(st, Q_INSERT);
	for (int i = 0; i < 9; i++)
		if (i == 2)
			store_bind_id(q, field_param[i], a->gebruiker_id);
		else
			store_bind_text(q, field_param[i], fields[i]);
	store_bind_text(q, ":prev_hash", prev);
	store_bind_text(q, ":hash", hash);
	if (rc == ERR_OK)
		rc = store_exec(q, e);
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
	struct store_q *q = Q(st, Q_ALL);
	char prev[CRYPTO_SHA256_HEXLEN] = GENESIS, hash[CRYPTO_SHA256_HEXLEN];
	enum err_code rc = ERR_OK;

	*broken_id = 0;
	while (store_next(q)) {
		const char *fields[9];
		const char *stored_prev = store_col_peek(q, 10);
		const char *stored = store_col_peek(q, 11);

		for (int i = 0; i < 9; i++)
			fields[i] = store_col_peek(q, i + 1);
		row_hash(prev, fields, hash);
		if (stored_prev == NULL || stored == NULL || strcmp(stored_prev, prev) != 0 ||
		    strcmp(stored, hash) != 0) {
			*broken_id = store_col_int(q, 0);
			rc = err_set(e, ERR_CONFLICT, NULL, "Het auditlog is gewijzigd vanaf regel %lld.",
			    (long long)*broken_id);
			break;
		}
		snprintf(prev, sizeof(prev), "%s", stored);
	}
	if (store_end(q, rc == ERR_OK ? e : NULL) != ERR_OK && rc == ERR_OK)
		rc = e != NULL ? e->code : ERR_INTERNAL;
	return rc;
}

long
store_audit_count(struct store *st, const char *actie, enum audit_uitkomst uitkomst)
{
	struct store_q *q = Q(st, Q_COUNT);
	int64_t n = 0;

	store_bind_text(q, ":actie", actie);
	store_bind_text(q, ":uitkomst", uitkomst_code[uitkomst]);
	store_int_of(q, &n, NULL);
	return (long)n;
}
