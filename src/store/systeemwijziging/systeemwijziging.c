/* systeemwijziging.c - the statement table of realised system changes, saving or changing one with its links, reading them. */
#include "store/systeemwijziging/systeemwijziging.h"

#include <stdio.h>
#include <string.h>

#include "lib/date.h"
#include "store/casus/casus.h"
#include "store/store_private.h"
#include "store/util.h"

enum {
	Q_EXISTS, Q_INSERT, Q_LEERPUNT_EXISTS, Q_CASUS_ID, Q_LINK_LEERPUNT, Q_LINK_CASUS, Q_GET, Q_LIST,
	Q_LEERPUNTEN, Q_CASUSSEN, Q_UPDATE, Q_UNLINK_LEERPUNTEN, Q_UNLINK_CASUSSEN, Q__MAX
};

#define SW_COLUMNS \
	"SELECT s.id, s.omschrijving, s.soort, s.gerealiseerd_op, s.bron, s.url, o.id, o.naam, o.type, o.code," \
	" o.aangesloten_sinds, o.aangesloten_tot" \
	" FROM systeemwijziging s LEFT JOIN organisatie o ON o.id = s.organisatie_id"

static const struct store_sql sql[Q__MAX] = {
	[Q_EXISTS] = { "systeemwijziging.exists", "SELECT count(*) FROM systeemwijziging WHERE id = :id", NULL },
	[Q_INSERT] = { "systeemwijziging.insert",
	    "INSERT INTO systeemwijziging (id, omschrijving, soort, gerealiseerd_op, organisatie_id, bron, url, auteur_id,"
	    " created_at) VALUES (:id, :omschrijving, :soort, :gerealiseerd_op, :organisatie, :bron, :url, :auteur, :now)",
	    NULL },
	[Q_LEERPUNT_EXISTS] = { "systeemwijziging.leerpunt_exists", "SELECT count(*) FROM leerpunt WHERE id = :id",
	    NULL },
	[Q_CASUS_ID] = { "systeemwijziging.casus_id",
	    "SELECT id FROM casus WHERE referentie = :referentie AND status <> 'concept'", NULL },
	[Q_LINK_LEERPUNT] = { "systeemwijziging.link_leerpunt",
	    "INSERT INTO systeemwijziging_leerpunt (systeemwijziging_id, leerpunt_id) VALUES (:sw, :leerpunt)", NULL },
	[Q_LINK_CASUS] = { "systeemwijziging.link_casus",
	    "INSERT INTO systeemwijziging_casus (systeemwijziging_id, casus_id) VALUES (:sw, :casus)", NULL },
	[Q_GET] = { "systeemwijziging.get", SW_COLUMNS " WHERE s.id = :id", NULL },
	[Q_LIST] = { "systeemwijziging.list", SW_COLUMNS
	    " WHERE :leerpunt IS NULL OR EXISTS (SELECT 1 FROM systeemwijziging_leerpunt l"
	    "   WHERE l.systeemwijziging_id = s.id AND l.leerpunt_id = :leerpunt)"
	    " ORDER BY s.gerealiseerd_op IS NULL, s.gerealiseerd_op DESC, s.id DESC LIMIT 1000", NULL },
	[Q_LEERPUNTEN] = { "systeemwijziging.leerpunten",
	    "SELECT leerpunt_id FROM systeemwijziging_leerpunt WHERE systeemwijziging_id = :sw ORDER BY leerpunt_id",
	    NULL },
	[Q_CASUSSEN] = { "systeemwijziging.casussen",
	    "SELECT c.referentie FROM systeemwijziging_casus sc JOIN casus c ON c.id = sc.casus_id"
	    " WHERE sc.systeemwijziging_id = :sw ORDER BY substr(c.referentie, 5, 4), length(c.referentie), c.referentie",
	    NULL },
	[Q_UPDATE] = { "systeemwijziging.update",
	    "UPDATE systeemwijziging SET omschrijving = :omschrijving, soort = :soort, gerealiseerd_op = :gerealiseerd_op,"
	    " organisatie_id = :organisatie, bron = :bron, url = :url WHERE id = :id", NULL },
	[Q_UNLINK_LEERPUNTEN] = { "systeemwijziging.unlink_leerpunten",
	    "DELETE FROM systeemwijziging_leerpunt WHERE systeemwijziging_id = :sw", NULL },
	[Q_UNLINK_CASUSSEN] = { "systeemwijziging.unlink_casussen",
	    "DELETE FROM systeemwijziging_casus WHERE systeemwijziging_id = :sw", NULL },
};

const struct store_sql_table store_systeemwijziging_sql = { "systeemwijziging", sql, Q__MAX };

#define Q(st, id) store_q((st), STORE_T_SYSTEEMWIJZIGING, (id))

static enum err_code links_write(struct store *st, const struct systeemwijziging *s, int64_t id, struct err *e);

enum err_code
store_systeemwijziging_insert(struct store *st, struct arena *a, struct systeemwijziging *s, bool keep_id,
    int64_t auteur_gebruiker_id, time_t now, struct err *e)
{
	char ts[TIME_STRLEN];
	struct store_q *q;
	int64_t org = 0, used = 0, id;

	if (!store_in_transaction(st))
		return err_set(e, ERR_INTERNAL, NULL, "Er ging iets mis bij het opslaan.");
	if (s->door.naam != NULL && store_organisatie_resolve(st, a, &s->door, &org, e) != ERR_OK)
		return e->code;
	if (keep_id && s->id != 0) {
		q = Q(st, Q_EXISTS);
		store_bind_int(q, ":id", s->id);
		if (store_int_of(q, &used, e) != ERR_OK)
			return e->code;
	}
	time_format(now, ts);
	q = Q(st, Q_INSERT);
	store_bind_id(q, ":id", keep_id && used == 0 ? s->id : 0);
	store_bind_text(q, ":omschrijving", s->omschrijving);
	store_bind_code(q, ":soort", &codes_systeemwijziging_soort, (int)s->soort);
	store_bind_date(q, ":gerealiseerd_op", s->gerealiseerd_op);
	store_bind_id(q, ":organisatie", org);
	store_bind_text(q, ":bron", s->bron);
	store_bind_text(q, ":url", s->url);
	store_bind_id(q, ":auteur", auteur_gebruiker_id);
	store_bind_text(q, ":now", ts);
	if (store_exec(q, e) != ERR_OK)
		return e->code;
	id = store_last_id(st);
	if (links_write(st, s, id, e) != ERR_OK)
		return e->code;
	s->id = id;
	return ERR_OK;
}

/* The links of system change id: every leerpunt and referentie of s must exist (ERR_VALIDATION naming it). */
static enum err_code
links_write(struct store *st, const struct systeemwijziging *s, int64_t id, struct err *e)
{
	struct store_q *q;

	for (size_t i = 0; i < s->nleerpunten; i++) {
		int64_t found = 0;

		q = Q(st, Q_LEERPUNT_EXISTS);
		store_bind_int(q, ":id", s->leerpunten[i]);
		if (store_int_of(q, &found, e) != ERR_OK)
			return e->code;
		if (found == 0) {
			char f[48];

			snprintf(f, sizeof(f), "leerpunten[%zu]", i);
			return err_set(e, ERR_VALIDATION, f, "Er is geen leerpunt met nummer %lld.", (long long)s->leerpunten[i]);
		}
		q = Q(st, Q_LINK_LEERPUNT);
		store_bind_int(q, ":sw", id);
		store_bind_int(q, ":leerpunt", s->leerpunten[i]);
		if (store_exec(q, e) != ERR_OK)
			return e->code;
	}
	for (size_t i = 0; i < s->ncasussen; i++) {
		int64_t cid = 0;

		q = Q(st, Q_CASUS_ID);
		store_bind_text(q, ":referentie", s->casussen[i]);
		if (store_int_of(q, &cid, e) != ERR_OK)
			return e->code;
		if (cid == 0) {
			char f[48];

			snprintf(f, sizeof(f), "casussen[%zu]", i);
			return err_set(e, ERR_VALIDATION, f, "Er is geen casus %.20s.", s->casussen[i]);
		}
		q = Q(st, Q_LINK_CASUS);
		store_bind_int(q, ":sw", id);
		store_bind_int(q, ":casus", cid);
		if (store_exec(q, e) != ERR_OK)
			return e->code;
	}
	return ERR_OK;
}

enum err_code
store_systeemwijziging_update(struct store *st, struct arena *a, int64_t id, struct systeemwijziging *s,
    struct err *e)
{
	struct store_q *q;
	int64_t org = 0, found = 0;

	if (!store_in_transaction(st))
		return err_set(e, ERR_INTERNAL, NULL, "Er ging iets mis bij het opslaan.");
	q = Q(st, Q_EXISTS);
	store_bind_int(q, ":id", id);
	if (store_int_of(q, &found, e) != ERR_OK)
		return e->code;
	if (found == 0)
		return err_set(e, ERR_NOT_FOUND, NULL, "Deze systeemwijziging bestaat niet.");
	if (s->door.naam != NULL && store_organisatie_resolve(st, a, &s->door, &org, e) != ERR_OK)
		return e->code;
	q = Q(st, Q_UPDATE);
	store_bind_text(q, ":omschrijving", s->omschrijving);
	store_bind_code(q, ":soort", &codes_systeemwijziging_soort, (int)s->soort);
	store_bind_date(q, ":gerealiseerd_op", s->gerealiseerd_op);
	store_bind_id(q, ":organisatie", org);
	store_bind_text(q, ":bron", s->bron);
	store_bind_text(q, ":url", s->url);
	store_bind_int(q, ":id", id);
	if (store_exec(q, e) != ERR_OK)
		return e->code;
	q = Q(st, Q_UNLINK_LEERPUNTEN);
	store_bind_int(q, ":sw", id);
	if (store_exec(q, e) != ERR_OK)
		return e->code;
	q = Q(st, Q_UNLINK_CASUSSEN);
	store_bind_int(q, ":sw", id);
	if (store_exec(q, e) != ERR_OK)
		return e->code;
	if (links_write(st, s, id, e) != ERR_OK)
		return e->code;
	s->id = id;
	return ERR_OK;
}

static void
col_sw(struct arena *a, struct store_q *q, struct systeemwijziging *s)
{
	systeemwijziging_init(s);
	s->id = store_col_int(q, 0);
	s->omschrijving = store_col_text(q, a, 1);
	s->soort = (enum systeemwijziging_soort)store_col_enum(q, 2, &codes_systeemwijziging_soort, SWSOORT_WERKWIJZE);
	s->gerealiseerd_op = store_col_date(q, 3);
	s->bron = store_col_text(q, a, 4);
	s->url = store_col_text(q, a, 5);
	if (!store_col_null(q, 6)) {
		s->door.id = store_col_int(q, 6);
		s->door.naam = store_col_text(q, a, 7);
		s->door.type = (enum organisatie_type)store_col_enum(q, 8, &codes_organisatie_type, ORGTYPE_OVERIG);
		s->door.code = store_col_text(q, a, 9);
		s->door.aangesloten_sinds = store_col_date(q, 10);
		s->door.aangesloten_tot = store_col_date(q, 11);
	}
}

static enum err_code
links(struct store *st, struct arena *a, struct systeemwijziging *s, struct err *e)
{
	struct store_q *q = Q(st, Q_LEERPUNTEN);
	size_t cap = 0;

	store_bind_int(q, ":sw", s->id);
	while (store_next(q)) {
		s->leerpunten = store_grow(a, s->leerpunten, s->nleerpunten, &cap, sizeof(*s->leerpunten));
		s->leerpunten[s->nleerpunten++] = store_col_int(q, 0);
	}
	if (store_end(q, e) != ERR_OK)
		return e->code;
	q = Q(st, Q_CASUSSEN);
	store_bind_int(q, ":sw", s->id);
	cap = 0;
	while (store_next(q)) {
		s->casussen = store_grow(a, s->casussen, s->ncasussen, &cap, sizeof(*s->casussen));
		s->casussen[s->ncasussen++] = store_col_text(q, a, 0);
	}
	return store_end(q, e);
}

enum err_code
store_systeemwijziging_get(struct store *st, struct arena *a, int64_t id, struct systeemwijziging *out,
    struct err *e)
{
	struct store_q *q = Q(st, Q_GET);
	enum err_code rc;

	store_bind_int(q, ":id", id);
	if ((rc = store_one(q, e)) == ERR_NOT_FOUND)
		return err_set(e, ERR_NOT_FOUND, NULL, "Deze systeemwijziging bestaat niet.");
	if (rc != ERR_OK)
		return rc;
	col_sw(a, q, out);
	if ((rc = store_end(q, e)) != ERR_OK)
		return rc;
	return links(st, a, out, e);
}

enum err_code
store_systeemwijziging_list(struct store *st, struct arena *a, int64_t leerpunt_id, struct systeemwijziging **out,
    size_t *n, struct err *e)
{
	struct store_q *q = Q(st, Q_LIST);
	size_t cap = 0;
	enum err_code rc;

	*out = NULL;
	*n = 0;
	store_bind_id(q, ":leerpunt", leerpunt_id);
	while (store_next(q)) {
		*out = store_grow(a, *out, *n, &cap, sizeof(**out));
		col_sw(a, q, &(*out)[(*n)++]);
	}
	if ((rc = store_end(q, e)) != ERR_OK)
		return rc;
	for (size_t i = 0; i < *n; i++)
		if ((rc = links(st, a, &(*out)[i], e)) != ERR_OK)
			return rc;
	return ERR_OK;
}
