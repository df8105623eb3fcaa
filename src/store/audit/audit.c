/* audit.c - appending audit rows: numbered, control characters escaped, chained by a keyed MAC. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/buf.h"
#include "lib/date.h"
#include "lib/escape.h"
#include "store/audit/private.h"
#include "store/store_private.h"

static const char *const uitkomst_code[AUDIT__MAX] = { "toegestaan", "geweigerd", "mislukt" };

/* The viewer's filters; an unset one (NULL) filters nothing. :tot is the day after the last one. */
#define AUDIT_ZOEK_WHERE " WHERE (:email IS NULL OR p.email = :email) AND (:casus IS NULL OR a.casus = :casus)" \
	" AND (:actie IS NULL OR a.actie = :actie OR a.actie LIKE :actie || '.%') AND (:van IS NULL OR a.tijd >= :van)" \
	" AND (:tot IS NULL OR a.tijd < :tot)"

#define COLUMNS "id, tijd, request_id, gebruiker_id, rol, namens, actie, object_type, object_id, casus, doel," \
	" uitkomst, adres, mac"

static const struct store_sql sql[AUDIT_Q__MAX] = {
	[AUDIT_Q_HEAD] = { "audit.head", "SELECT id, mac FROM audit ORDER BY id DESC LIMIT 1", NULL },
	[AUDIT_Q_INSERT] = { "audit.append",
	    "INSERT INTO audit (" COLUMNS ") VALUES (:id, :tijd, :request_id, :gebruiker, :rol, :namens, :actie,"
	    " :object_type, :object_id, :casus, :doel, :uitkomst, :adres, :mac)", NULL },
	[AUDIT_Q_ALL] = { "audit.all", "SELECT " COLUMNS " FROM audit ORDER BY id", NULL },
	[AUDIT_Q_COUNT] = { "audit.count",
	    "SELECT count(*) FROM audit WHERE actie = :actie AND uitkomst = :uitkomst", NULL },
	[AUDIT_Q_CP_LAST] = { "audit.checkpoint_last",
	    "SELECT aantal, kop, tijd, mac FROM audit_controlepunt ORDER BY aantal DESC LIMIT 1", NULL },
	[AUDIT_Q_CP_INSERT] = { "audit.checkpoint_add",
	    "INSERT INTO audit_controlepunt (aantal, kop, tijd, mac) VALUES (:aantal, :kop, :tijd, :mac)", NULL },
	[AUDIT_Q_CP_ALL] = { "audit.checkpoint_all",
	    "SELECT aantal, kop, tijd, mac FROM audit_controlepunt ORDER BY aantal", NULL },
	[AUDIT_Q_ZOEK] = { "audit.zoek",
	    "SELECT a.id, a.tijd, a.gebruiker_id, p.naam, p.email, a.rol, a.namens, a.actie, a.object_type, a.object_id,"
	    " a.casus, a.doel, a.uitkomst, a.adres FROM audit a LEFT JOIN gebruiker g ON g.id = a.gebruiker_id"
	    " LEFT JOIN persoon p ON p.id = g.persoon_id" AUDIT_ZOEK_WHERE " ORDER BY a.id DESC LIMIT :limit OFFSET :offset",
	    NULL },
	[AUDIT_Q_ZOEK_AANTAL] = { "audit.zoek_aantal",
	    "SELECT count(*) FROM audit a LEFT JOIN gebruiker g ON g.id = a.gebruiker_id"
	    " LEFT JOIN persoon p ON p.id = g.persoon_id" AUDIT_ZOEK_WHERE, NULL },
	[AUDIT_Q_INZAGE] = { "audit.inzage",
	    "SELECT a.gebruiker_id, p.naam, p.email, group_concat(DISTINCT a.rol), count(*),"
	    " sum(a.uitkomst = 'geweigerd'), min(a.tijd), max(a.tijd) FROM audit a"
	    " LEFT JOIN gebruiker g ON g.id = a.gebruiker_id LEFT JOIN persoon p ON p.id = g.persoon_id"
	    " WHERE a.casus = :casus GROUP BY a.gebruiker_id ORDER BY max(a.tijd) DESC, a.gebruiker_id", NULL },
};

const struct store_sql_table store_audit_sql = { "audit", sql, AUDIT_Q__MAX };

/* A length-prefixed field: 0 for absent, or 1 and four bytes of length, then the bytes. */
static void
mac_field(struct crypto_mac *m, const char *p, size_t len)
{
	unsigned char hdr[5] = { p != NULL, (unsigned char)(len >> 24), (unsigned char)(len >> 16),
		(unsigned char)(len >> 8), (unsigned char)len };

	if (p == NULL) {
		crypto_mac_update(m, hdr, 1);
		return;
	}
	crypto_mac_update(m, hdr, sizeof(hdr));
	crypto_mac_update(m, p, len);
}

void
audit_row_mac(const unsigned char *key, const unsigned char prev[CRYPTO_MAC_LEN], int64_t id,
    const struct audit_veld f[AUDIT_F__MAX], unsigned char out[CRYPTO_MAC_LEN])
{
	static const char tag[] = "doorbraak-audit-regel-1";
	struct crypto_mac m;
	char num[24];

	crypto_mac_init(&m, key);
	crypto_mac_update(&m, tag, sizeof(tag));   /* with its NUL */
	crypto_mac_update(&m, prev, CRYPTO_MAC_LEN);
	snprintf(num, sizeof(num), "%lld", (long long)id);
	mac_field(&m, num, strlen(num));
	for (int i = 0; i < AUDIT_F__MAX; i++)
		mac_field(&m, f[i].p, f[i].len);
	crypto_mac_final(&m, out);
}

void
audit_checkpoint_mac(const unsigned char *key, int64_t aantal, const char *kop, const char *tijd,
    char out[CRYPTO_MAC_HEXLEN])
{
	static const char tag[] = "doorbraak-audit-controlepunt-1";
	struct crypto_mac m;
	unsigned char raw[CRYPTO_MAC_LEN];
	char num[24];

	crypto_mac_init(&m, key);
	crypto_mac_update(&m, tag, sizeof(tag));
	snprintf(num, sizeof(num), "%lld", (long long)aantal);
	mac_field(&m, num, strlen(num));
	mac_field(&m, kop, strlen(kop));
	mac_field(&m, tijd, strlen(tijd));
	crypto_mac_final(&m, raw);
	crypto_hex(raw, sizeof(raw), out);
}

/* The head of the chain: the last row's number and MAC (0 and zeros when empty). -1 when it cannot be read
   or its MAC is not one: a chain that is already broken is not continued. */
int
audit_head(struct store *st, int64_t *id, unsigned char mac[CRYPTO_MAC_LEN])
{
	struct store_q *q = AUDIT_Q(st, AUDIT_Q_HEAD);
	int rc = 0;

	*id = 0;
	memset(mac, 0, CRYPTO_MAC_LEN);
	if (store_next(q)) {
		*id = store_col_int(q, 0);
		if (crypto_unhex(store_col_peek(q, 1), mac, CRYPTO_MAC_LEN) != 0)
			rc = -1;
	}
	if (store_end(q, NULL) != ERR_OK)
		rc = -1;
	return rc;
}

/* Control characters escaped; NULL stays NULL. The copy lives in b (kept until the row is written). */
static struct audit_veld
veld(struct buf *b, const char *s)
{
	struct audit_veld v = { s, s != NULL ? strlen(s) : 0 };

	if (s != NULL && escape_controls_needed(s)) {
		buf_reset(b);
		if (escape_controls(b, s) == 0) {
			v.p = buf_str(b);
			v.len = b->len;
		}
	}
	return v;
}

static const char *const param[AUDIT_F__MAX] = {
	":tijd", ":request_id", ":gebruiker", ":rol", ":namens", ":actie", ":object_type", ":object_id", ":casus",
	":doel", ":uitkomst", ":adres",
};

enum err_code
store_audit_append(struct store *st, const struct audit_entry *a, struct err *e)
{
	const unsigned char *key = audit_key();
	char tijd[TIME_STRLEN], uid[24], hex[CRYPTO_MAC_HEXLEN];
	unsigned char prev[CRYPTO_MAC_LEN], mac[CRYPTO_MAC_LEN];
	const char *raw[AUDIT_F__MAX];
	struct audit_veld f[AUDIT_F__MAX];
	struct buf esc[AUDIT_F__MAX];
	struct store_q *q;
	int64_t last;
	bool own = !store_in_transaction(st);
	enum err_code rc = ERR_OK;

	if (key == NULL || (unsigned)a->uitkomst >= AUDIT__MAX)
		return err_set(e, ERR_UNAVAILABLE, NULL, "Het auditlog kan nu niet worden geschreven.");
	if (own && st->groep != NULL)   /* the server: one commit for the rows of concurrent requests */
		return audit_groep_append(st->groep, a, e);
	if (own && store_begin(st) != ERR_OK)
		return err_set(e, ERR_UNAVAILABLE, NULL, "Het auditlog kan nu niet worden geschreven.");
	if (audit_head(st, &last, prev) != 0)
		rc = err_set(e, ERR_UNAVAILABLE, NULL, "Het auditlog kan nu niet worden geschreven.");
	time_format(a->tijd, tijd);
	snprintf(uid, sizeof(uid), "%lld", (long long)a->gebruiker_id);
	raw[AUDIT_F_TIJD] = tijd;
	raw[AUDIT_F_REQUEST_ID] = a->request_id;
	raw[AUDIT_F_GEBRUIKER] = a->gebruiker_id ? uid : NULL;
	raw[AUDIT_F_ROL] = a->rol;
	raw[AUDIT_F_NAMENS] = a->namens;
	raw[AUDIT_F_ACTIE] = a->actie;
	raw[AUDIT_F_OBJECT_TYPE] = a->object_type;
	raw[AUDIT_F_OBJECT_ID] = a->object_id;
	raw[AUDIT_F_CASUS] = a->casus;
	raw[AUDIT_F_DOEL] = a->doel;
	raw[AUDIT_F_UITKOMST] = uitkomst_code[a->uitkomst];
	raw[AUDIT_F_ADRES] = a->adres;
	for (int i = 0; i < AUDIT_F__MAX; i++) {
		buf_init(&esc[i], 8192);
		f[i] = veld(&esc[i], raw[i]);
	}
	audit_row_mac(key, prev, last + 1, f, mac);
	crypto_hex(mac, sizeof(mac), hex);

	q = AUDIT_Q(st, AUDIT_Q_INSERT);
	store_bind_int(q, ":id", last + 1);
	for (int i = 0; i < AUDIT_F__MAX; i++)
		if (i == AUDIT_F_GEBRUIKER)
			store_bind_id(q, param[i], a->gebruiker_id);
		else
			store_bind_textn(q, param[i], f[i].p, f[i].len);
	store_bind_text(q, ":mac", hex);
	if (rc == ERR_OK)
		rc = store_exec(q, e);
	for (int i = 0; i < AUDIT_F__MAX; i++)
		buf_free(&esc[i]);
	if (rc != ERR_OK && rc != ERR_CONFLICT)
		rc = ERR_UNAVAILABLE;   /* fail closed: the caller must not return data */
	if (own) {
		if (rc == ERR_OK)
			rc = store_commit(st);
		else
			store_rollback(st);
	}
	if (rc == ERR_OK)
		st->audit_appended = true;
	return rc;
}

void
audit_row_fields(struct store_q *q, struct audit_veld f[AUDIT_F__MAX])
{
	for (int i = 0; i < AUDIT_F__MAX; i++)
		f[i].p = store_col_peekn(q, i + 1, &f[i].len);
}

/* Sealing runs inside migration 014, before the statement tables are prepared: it prepares its own two. */
enum { SEAL_Q_ROWS, SEAL_Q_SET, SEAL_Q__MAX };
static const struct store_sql seal_sql[SEAL_Q__MAX] = {
	[SEAL_Q_ROWS] = { "audit.unsealed", "SELECT " COLUMNS " FROM audit ORDER BY id", NULL },
	[SEAL_Q_SET] = { "audit.seal", "UPDATE audit SET mac = :mac WHERE id = :id AND mac IS NULL", NULL },
};
static const struct store_sql_table seal_table = { "audit", seal_sql, SEAL_Q__MAX };

enum err_code
audit_seal_legacy(struct store *st, struct err *e)
{
	const unsigned char *key = audit_key();
	struct store_q *qs = NULL, *q;
	unsigned char prev[CRYPTO_MAC_LEN] = { 0 }, mac[CRYPTO_MAC_LEN];
	char (*hex)[CRYPTO_MAC_HEXLEN] = NULL;
	size_t n = 0, cap = 0;
	enum err_code rc;

	if ((rc = store_sql_prepare(st, &seal_table, &qs, e)) != ERR_OK)
		return rc;
	/* First every MAC, then the updates: the table is not changed under a running SELECT. */
	q = store_sql_at(qs, SEAL_Q_ROWS);
	while (rc == ERR_OK && store_next(q)) {
		struct audit_veld f[AUDIT_F__MAX];

		if (key == NULL)
			rc = err_set(e, ERR_UNAVAILABLE, NULL, "De sleutel van het auditlog ontbreekt: de bestaande "
			    "regels kunnen niet worden verzegeld.");
		else if (store_col_int(q, 0) != (int64_t)n + 1)
			rc = err_set(e, ERR_INTERNAL, NULL, "Het auditlog is niet doorlopend genummerd (regel %zu).", n + 1);
		if (rc != ERR_OK)
			break;
		if (n == cap) {
			cap = cap ? 2 * cap : 256;
			hex = xrealloc(hex, cap * sizeof(*hex));
		}
		audit_row_fields(q, f);
		audit_row_mac(key, prev, (int64_t)n + 1, f, mac);
		crypto_hex(mac, sizeof(mac), hex[n]);
		memcpy(prev, mac, sizeof(prev));
		n++;
	}
	if (store_end(q, rc == ERR_OK ? e : NULL) != ERR_OK && rc == ERR_OK)
		rc = ERR_INTERNAL;
	q = store_sql_at(qs, SEAL_Q_SET);
	for (size_t i = 0; i < n && rc == ERR_OK; i++) {
		store_bind_int(q, ":id", (int64_t)i + 1);
		store_bind_text(q, ":mac", hex[i]);
		rc = store_exec(q, e);
	}
	free(hex);
	store_sql_free(qs, SEAL_Q__MAX);
	return rc;
}

long
store_audit_count(struct store *st, const char *actie, enum audit_uitkomst uitkomst)
{
	struct store_q *q = AUDIT_Q(st, AUDIT_Q_COUNT);
	int64_t n = 0;

	store_bind_text(q, ":actie", actie);
	store_bind_text(q, ":uitkomst", uitkomst_code[uitkomst]);
	store_int_of(q, &n, NULL);
	return (long)n;
}
