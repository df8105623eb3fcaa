/* verify.c - `doorbraak audit verify`: every row's number and MAC, and the checkpoints in and outside the database. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/audit/private.h"
#include "store/store_private.h"

/* The checkpoints kept in the database, each with its MAC checked. */
static enum err_code
db_checkpoints(struct store *st, const unsigned char *key, struct audit_cps *out, struct audit_bevinding *b,
    struct err *e)
{
	struct store_q *q = AUDIT_Q(st, AUDIT_Q_CP_ALL);
	char want[CRYPTO_MAC_HEXLEN];

	while (store_next(q)) {
		int64_t aantal = store_col_int(q, 0);
		const char *kop = store_col_peek(q, 1), *tijd = store_col_peek(q, 2), *mac = store_col_peek(q, 3);
		struct audit_cp cp = { .aantal = aantal };

		if (kop == NULL || tijd == NULL || mac == NULL || strlen(tijd) >= sizeof(cp.tijd)) {
			audit_note(b, aantal, "het controlepunt tot regel %lld in de database is onvolledig",
			    (long long)aantal);
			continue;
		}
		audit_checkpoint_mac(key, aantal, kop, tijd, want);
		if (!crypto_streq(want, mac) || crypto_unhex(kop, cp.kop, sizeof(cp.kop)) != 0) {
			audit_note(b, aantal, "het controlepunt tot regel %lld in de database is vervalst",
			    (long long)aantal);
			continue;
		}
		snprintf(cp.tijd, sizeof(cp.tijd), "%s", tijd);
		if (out->n == out->cap) {
			out->cap = out->cap ? 2 * out->cap : 64;
			out->v = xrealloc(out->v, out->cap * sizeof(*out->v));
		}
		out->v[out->n++] = cp;
	}
	return store_end(q, e);
}

/* Every checkpoint of the database must be in the file too: one it lacks means the file was replaced or cut. */
static void
compare(const struct audit_cps *file, const struct audit_cps *db, struct audit_bevinding *b)
{
	size_t j = 0;

	for (size_t i = 0; i < db->n; i++) {
		while (j < file->n && file->v[j].aantal < db->v[i].aantal)
			j++;
		if (j == file->n || file->v[j].aantal != db->v[i].aantal ||
		    memcmp(file->v[j].kop, db->v[i].kop, CRYPTO_MAC_LEN) != 0)
			audit_note(b, db->v[i].aantal, "het controlepunt van %s (tot regel %lld) staat in de database maar "
			    "niet in het controlebestand: het bestand is vervangen of ingekort", db->v[i].tijd,
			    (long long)db->v[i].aantal);
	}
}

/* The checkpoints at row n, from both lists (each sorted), checked against the MAC the chain gives it. */
static void
at_row(const struct audit_cps *c, size_t *k, int64_t n, const unsigned char mac[CRYPTO_MAC_LEN],
    struct audit_bevinding *b)
{
	while (*k < c->n && c->v[*k].aantal < n)
		(*k)++;
	for (; *k < c->n && c->v[*k].aantal == n; (*k)++)
		if (memcmp(c->v[*k].kop, mac, CRYPTO_MAC_LEN) != 0)
			audit_note(b, n, "regel %lld wijkt af van het controlepunt van %s", (long long)n, c->v[*k].tijd);
}

static int64_t
last_aantal(const struct audit_cps *c, const char **tijd)
{
	if (c->n == 0)
		return 0;
	*tijd = c->v[c->n - 1].tijd;
	return c->v[c->n - 1].aantal;
}

enum err_code
store_audit_verify(struct store *st, struct audit_bevinding *b, struct err *e)
{
	const unsigned char *key = audit_key();
	const char *path = audit_checkpoint_path(), *tijd = "";
	struct audit_cps file = { 0 }, db = { 0 };
	struct audit_bevinding cpb = { 0 };   /* what is wrong with the checkpoints themselves */
	unsigned char prev[CRYPTO_MAC_LEN] = { 0 }, mac[CRYPTO_MAC_LEN], stored[CRYPTO_MAC_LEN];
	struct store_q *q;
	size_t kf = 0, kd = 0;
	int64_t n = 0, mf, md;
	enum err_code rc;

	memset(b, 0, sizeof(*b));
	if (key == NULL)
		return err_set(e, ERR_UNAVAILABLE, NULL, "De sleutel van het auditlog ontbreekt.");
	if (store_begin_read(st) != ERR_OK)
		return err_set(e, ERR_UNAVAILABLE, NULL, "De database is bezet.");
	if (path != NULL && audit_checkpoints_read(path, key, &file, &cpb) != 0) {
		store_rollback(st);
		return err_set(e, ERR_UNAVAILABLE, NULL, "Het controlebestand van het auditlog (%s) kan niet worden "
		    "gelezen.", path);
	}
	if ((rc = db_checkpoints(st, key, &db, &cpb, e)) != ERR_OK)
		goto out;
	if (path != NULL)
		compare(&file, &db, &cpb);

	/* The chain: row n has number n and the MAC over row n-1's MAC and its own fields. */
	q = AUDIT_Q(st, AUDIT_Q_ALL);
	while (store_next(q)) {
		struct audit_veld f[AUDIT_F__MAX];
		int64_t id = store_col_int(q, 0);

		n++;
		if (id != n) {
			audit_note(b, n, "regel %lld ontbreekt (na regel %lld volgt regel %lld)", (long long)n,
			    (long long)(n - 1), (long long)id);
			n--;
			break;
		}
		audit_row_fields(q, f);
		audit_row_mac(key, prev, n, f, mac);
		if (crypto_unhex(store_col_peek(q, AUDIT_F__MAX + 1), stored, sizeof(stored)) != 0 ||
		    memcmp(stored, mac, sizeof(mac)) != 0) {
			audit_note(b, n, "regel %lld is gewijzigd, ingevoegd of verplaatst (de MAC klopt niet)",
			    (long long)n);
			n--;
			break;
		}
		at_row(&file, &kf, n, mac, b);
		at_row(&db, &kd, n, mac, b);
		memcpy(prev, mac, sizeof(prev));
	}
	if ((rc = store_end(q, e)) != ERR_OK)
		goto out;
	b->regels = n;
	b->controlepunten = (int64_t)file.n;
	/* A checkpoint beyond the intact chain: its tail was deleted (or broken, noted above). */
	mf = last_aantal(&file, &tijd);
	if (mf > n)
		audit_note(b, n + 1, "regel %lld ontbreekt: het controlepunt van %s telde %lld regels", (long long)(n + 1),
		    tijd, (long long)mf);
	md = last_aantal(&db, &tijd);
	if (md > n)
		audit_note(b, n + 1, "regel %lld ontbreekt: het controlepunt van %s telde %lld regels", (long long)(n + 1),
		    tijd, (long long)md);
	b->gedekt = mf > md ? mf : md;
	if (b->gedekt > n)
		b->gedekt = n;
	/* A missing or changed row is named first; otherwise what is wrong with a checkpoint. */
	if (b->regel == 0 && cpb.regel != 0) {
		b->regel = cpb.regel;
		snprintf(b->waarom, sizeof(b->waarom), "%s", cpb.waarom);
	}
	rc = b->regel != 0 ? ERR_CONFLICT : ERR_OK;
	if (rc == ERR_CONFLICT)
		err_set(e, ERR_CONFLICT, NULL, "Het auditlog is aangetast vanaf regel %lld: %s.", (long long)b->regel,
		    b->waarom);
out:
	store_rollback(st);
	audit_cps_free(&file);
	audit_cps_free(&db);
	return rc;
}
