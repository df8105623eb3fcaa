/* bijeenkomst.c - the monthly meetings: their statement table, the agenda, besluiten and where a casus was discussed. */
#include <string.h>

#include "store/leerpunt/private.h"

enum { Q_ADD, Q_LIST, Q_GET, Q_AGENDA, Q_CASUS_BY_REF, Q_BESLUIT, Q_BESPREKINGEN, Q__MAX };

#define BK_COLUMNS \
	"SELECT k.id, k.soort, k.datum, k.notities," \
	" (SELECT count(*) FROM bijeenkomst_casus bc WHERE bc.bijeenkomst_id = k.id) FROM bijeenkomst k"

static const struct store_sql sql[Q__MAX] = {
	[Q_ADD] = { "bijeenkomst.insert",
	    "INSERT INTO bijeenkomst (soort, datum, notities, aangemaakt_door, created_at)"
	    " VALUES (:soort, :datum, :notities, :auteur, :now)", NULL },
	[Q_LIST] = { "bijeenkomst.list", BK_COLUMNS " ORDER BY k.datum DESC, k.id DESC LIMIT 500", NULL },
	[Q_GET] = { "bijeenkomst.get", BK_COLUMNS " WHERE k.id = :id", NULL },
	/* Recorded here, or closed by its date and not discussed in another meeting of this soort. */
	[Q_AGENDA] = { "bijeenkomst.agenda",
	    "SELECT c.id, c.referentie, c.ontvangen_op, c.afgerond_op,"
	    " (SELECT group_concat(g.leefgebied) FROM casus_leefgebied g WHERE g.casus_id = c.id),"
	    " (SELECT count(*) FROM leerpunt_casus lc WHERE lc.casus_id = c.id),"
	    " hier.casus_id IS NOT NULL, hier.besluit,"
	    " (SELECT max(bc.besproken_op) FROM bijeenkomst_casus bc JOIN bijeenkomst k2 ON k2.id = bc.bijeenkomst_id"
	    "   WHERE bc.casus_id = c.id AND k2.soort <> :soort)"
	    " FROM casus c LEFT JOIN bijeenkomst_casus hier ON hier.casus_id = c.id AND hier.bijeenkomst_id = :id"
	    " WHERE hier.casus_id IS NOT NULL OR (c.status = 'afgerond' AND c.afgerond_op <= :datum"
	    "   AND NOT EXISTS (SELECT 1 FROM bijeenkomst_casus bc JOIN bijeenkomst k2 ON k2.id = bc.bijeenkomst_id"
	    "     WHERE bc.casus_id = c.id AND k2.soort = :soort AND k2.id <> :id))"
	    " ORDER BY c.afgerond_op, c.referentie LIMIT 500", NULL },
	[Q_CASUS_BY_REF] = { "bijeenkomst.casus_by_referentie",
	    "SELECT id FROM casus WHERE referentie = :referentie AND status <> 'concept'", NULL },
	[Q_BESLUIT] = { "bijeenkomst.besluit",
	    "INSERT INTO bijeenkomst_casus (bijeenkomst_id, casus_id, besluit, besproken_op, auteur_id, updated_at)"
	    " VALUES (:bijeenkomst, :casus, :besluit, :datum, :auteur, :now)"
	    " ON CONFLICT (bijeenkomst_id, casus_id) DO UPDATE SET"
	    " besluit = excluded.besluit, auteur_id = excluded.auteur_id, updated_at = excluded.updated_at", NULL },
	[Q_BESPREKINGEN] = { "bijeenkomst.besprekingen",
	    "SELECT k.id, k.soort, bc.besproken_op, bc.besluit FROM bijeenkomst_casus bc"
	    " JOIN bijeenkomst k ON k.id = bc.bijeenkomst_id WHERE bc.casus_id = :casus ORDER BY bc.besproken_op, k.id",
	    NULL },
};

const struct store_sql_table store_bijeenkomst_sql = { "bijeenkomst", sql, Q__MAX };

#define Q(st, id) store_q((st), STORE_T_BIJEENKOMST, (id))

enum err_code
store_bijeenkomst_add(struct store *st, enum bijeenkomst_soort soort, int datum, const char *notities,
    int64_t auteur_gebruiker_id, time_t now, int64_t *id, struct err *e)
{
	struct store_q *q = Q(st, Q_ADD);
	char created[TIME_STRLEN];
	enum err_code ec;

	if ((unsigned)soort >= BIJEENKOMST__MAX)
		return err_set(e, ERR_VALIDATION, "soort", "Kies het soort overleg.");
	time_format(now, created);
	store_bind_code(q, ":soort", &codes_bijeenkomst_soort, (int)soort);
	store_bind_date(q, ":datum", datum);
	store_bind_text(q, ":notities", notities != NULL && *notities ? notities : NULL);
	store_bind_id(q, ":auteur", auteur_gebruiker_id);
	store_bind_text(q, ":now", created);
	if ((ec = store_exec(q, e)) != ERR_OK)
		return ec;
	*id = store_last_id(st);
	return ERR_OK;
}

static void
read_bijeenkomst(struct arena *a, struct store_q *q, struct bijeenkomst *b)
{
	b->id = store_col_int(q, 0);
	b->soort = (enum bijeenkomst_soort)store_col_enum(q, 1, &codes_bijeenkomst_soort, BIJEENKOMST_SIGNALENOVERLEG);
	b->datum = store_col_date(q, 2);
	b->notities = store_col_text(q, a, 3);
	b->besproken = (long)store_col_int(q, 4);
}

enum err_code
store_bijeenkomst_list(struct store *st, struct arena *a, struct bijeenkomst **out, size_t *n, struct err *e)
{
	struct store_q *q = Q(st, Q_LIST);
	struct bijeenkomst *v = NULL;
	size_t len = 0, cap = 0;
	enum err_code rc;

	while (store_next(q)) {
		v = store_grow(a, v, len, &cap, sizeof(*v));
		read_bijeenkomst(a, q, &v[len++]);
	}
	if ((rc = store_end(q, e)) != ERR_OK)
		return rc;
	*out = v;
	*n = len;
	return ERR_OK;
}

enum err_code
store_bijeenkomst_get(struct store *st, struct arena *a, int64_t id, struct bijeenkomst *out, struct err *e)
{
	struct store_q *q = Q(st, Q_GET);
	enum err_code rc;

	store_bind_int(q, ":id", id);
	if ((rc = store_one(q, e)) == ERR_NOT_FOUND)
		return err_set(e, ERR_NOT_FOUND, NULL, "Deze bijeenkomst bestaat niet.");
	if (rc != ERR_OK)
		return rc;
	read_bijeenkomst(a, q, out);
	return store_end(q, e);
}

enum err_code
store_bijeenkomst_agenda(struct store *st, struct arena *a, const struct bijeenkomst *b, struct agenda_casus **out,
    size_t *n, struct err *e)
{
	struct store_q *q = Q(st, Q_AGENDA);
	struct agenda_casus *v = NULL;
	size_t len = 0, cap = 0;
	enum err_code rc;

	store_bind_int(q, ":id", b->id);
	store_bind_code(q, ":soort", &codes_bijeenkomst_soort, (int)b->soort);
	store_bind_date(q, ":datum", b->datum);
	while (store_next(q)) {
		struct agenda_casus *c;

		v = store_grow(a, v, len, &cap, sizeof(*v));
		c = &v[len++];
		c->casus_id = store_col_int(q, 0);
		c->referentie = store_col_text(q, a, 1);
		c->ontvangen_op = store_col_date(q, 2);
		c->afgerond_op = store_col_date(q, 3);
		c->leefgebieden = store_code_bits(store_col_peek(q, 4), &codes_leefgebied);
		c->leerpunten = (long)store_col_int(q, 5);
		c->besproken = store_col_bool(q, 6);
		c->besluit = store_col_text(q, a, 7);
		c->elders_besproken_op = store_col_date(q, 8);
	}
	if ((rc = store_end(q, e)) != ERR_OK)
		return rc;
	*out = v;
	*n = len;
	return ERR_OK;
}

enum err_code
store_bijeenkomst_besluit(struct store *st, int64_t bijeenkomst_id, const char *referentie, const char *besluit,
    int64_t auteur_gebruiker_id, time_t now, struct err *e)
{
	struct arena *a = arena_new();
	struct bijeenkomst b;
	struct store_q *q;
	char created[TIME_STRLEN];
	int64_t casus_id = 0;
	enum err_code ec;

	if ((ec = store_bijeenkomst_get(st, a, bijeenkomst_id, &b, e)) != ERR_OK)
		goto out;
	q = Q(st, Q_CASUS_BY_REF);
	store_bind_text(q, ":referentie", referentie);
	if ((ec = store_int_of(q, &casus_id, e)) != ERR_OK)
		goto out;
	if (casus_id == 0) {
		ec = err_set(e, ERR_NOT_FOUND, "casus", "Deze casus bestaat niet.");
		goto out;
	}
	time_format(now, created);
	q = Q(st, Q_BESLUIT);
	store_bind_int(q, ":bijeenkomst", bijeenkomst_id);
	store_bind_int(q, ":casus", casus_id);
	store_bind_text(q, ":besluit", besluit != NULL && *besluit ? besluit : NULL);
	store_bind_date(q, ":datum", b.datum);
	store_bind_id(q, ":auteur", auteur_gebruiker_id);
	store_bind_text(q, ":now", created);
	ec = store_exec(q, e);
out:
	arena_free(a);
	return ec;
}

enum err_code
store_casus_besprekingen(struct store *st, struct arena *a, int64_t casus_id, struct bespreking **out, size_t *n,
    struct err *e)
{
	struct store_q *q = Q(st, Q_BESPREKINGEN);
	struct bespreking *v = NULL;
	size_t len = 0, cap = 0;
	enum err_code rc;

	store_bind_int(q, ":casus", casus_id);
	while (store_next(q)) {
		v = store_grow(a, v, len, &cap, sizeof(*v));
		v[len].bijeenkomst_id = store_col_int(q, 0);
		v[len].soort = (enum bijeenkomst_soort)store_col_enum(q, 1, &codes_bijeenkomst_soort,
		    BIJEENKOMST_SIGNALENOVERLEG);
		v[len].datum = store_col_date(q, 2);
		v[len].besluit = store_col_text(q, a, 3);
		len++;
	}
	if ((rc = store_end(q, e)) != ERR_OK)
		return rc;
	*out = v;
	*n = len;
	return ERR_OK;
}
