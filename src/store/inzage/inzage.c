/* inzage.c - the statement table of a citizen's request for access: the audit rows and deletion log about one casus. */
#include "store/inzage/inzage.h"

#include "store/store_private.h"
#include "store/util.h"

enum { Q_TOEGANG, Q_VERWIJDERLOG, Q__MAX };

static const struct store_sql sql[Q__MAX] = {
	[Q_TOEGANG] = { "inzage.toegang",
	    "SELECT a.tijd, a.actie, a.uitkomst, a.rol, o.naam FROM audit a"
	    " LEFT JOIN gebruiker g ON g.id = a.gebruiker_id LEFT JOIN persoon p ON p.id = g.persoon_id"
	    " LEFT JOIN organisatie o ON o.id = p.organisatie_id"
	    " WHERE a.object_type = 'casus' AND a.object_id = :referentie ORDER BY a.id", NULL },
	[Q_VERWIJDERLOG] = { "inzage.verwijderlog",
	    "SELECT tijd, wat, grond FROM verwijderlog WHERE referentie = :referentie ORDER BY id", NULL },
};

const struct store_sql_table store_inzage_sql = { "inzage", sql, Q__MAX };

#define Q(st, id) store_q((st), STORE_T_INZAGE, (id))

enum err_code
store_inzage_toegang(struct store *st, struct arena *a, const char *referentie, struct inzage_toegang **out,
    size_t *n, struct err *e)
{
	struct store_q *q = Q(st, Q_TOEGANG);
	size_t cap = 0;

	*out = NULL;
	*n = 0;
	store_bind_text(q, ":referentie", referentie);
	while (store_next(q)) {
		struct inzage_toegang *t;

		*out = store_grow(a, *out, *n, &cap, sizeof(**out));
		t = &(*out)[(*n)++];
		t->tijd = store_col_text(q, a, 0);
		t->actie = store_col_text(q, a, 1);
		t->uitkomst = store_col_text(q, a, 2);
		t->rol = store_col_text(q, a, 3);
		t->organisatie = store_col_text(q, a, 4);
	}
	return store_end(q, e);
}

enum err_code
store_inzage_verwijderlog(struct store *st, struct arena *a, const char *referentie, struct inzage_verwijdering **out,
    size_t *n, struct err *e)
{
	struct store_q *q = Q(st, Q_VERWIJDERLOG);
	size_t cap = 0;

	*out = NULL;
	*n = 0;
	store_bind_text(q, ":referentie", referentie);
	while (store_next(q)) {
		struct inzage_verwijdering *v;

		*out = store_grow(a, *out, *n, &cap, sizeof(**out));
		v = &(*out)[(*n)++];
		v->tijd = store_col_text(q, a, 0);
		v->wat = store_col_text(q, a, 1);
		v->grond = store_col_text(q, a, 2);
	}
	return store_end(q, e);
}
