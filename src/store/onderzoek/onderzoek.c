/* onderzoek.c - the statement table of the researchers' view: closed casussen by code, and the granted summaries. */
#include "store/onderzoek/onderzoek.h"

#include <stdio.h>
#include <string.h>

#include "lib/date.h"
#include "store/store_private.h"
#include "store/util.h"

enum { Q_CASUSSEN, Q_SV_GET, Q_SV_ZET, Q_SV_WEG, Q__MAX };

static const struct store_sql sql[Q__MAX] = {
	/* Only codes, dates and counts: no name, e-mail or free text column is read here at all. */
	[Q_CASUSSEN] = { "onderzoek.casussen",
	    "SELECT c.id, c.referentie, c.ontvangen_op, c.afgerond_op, c.indiener_type,"
	    " (SELECT group_concat(leefgebied) FROM casus_leefgebied WHERE casus_id = c.id),"
	    " (SELECT group_concat(beleidsterrein) FROM casus_beleidsterrein WHERE casus_id = c.id),"
	    " (SELECT count(*) FROM leerpunt_casus lc WHERE lc.casus_id = c.id),"
	    " EXISTS (SELECT 1 FROM casus_samenvatting s WHERE s.casus_id = c.id)"
	    " FROM casus c WHERE c.status = 'afgerond' AND (:jaar IS NULL OR substr(c.afgerond_op, 1, 4) = :jaar)"
	    " ORDER BY c.afgerond_op DESC, c.id DESC LIMIT 1000", NULL },
	[Q_SV_GET] = { "onderzoek.samenvatting_get",
	    "SELECT tekst, vrijgegeven_at FROM casus_samenvatting WHERE casus_id = :casus", NULL },
	[Q_SV_ZET] = { "onderzoek.samenvatting_zet",
	    "INSERT INTO casus_samenvatting (casus_id, tekst, vrijgegeven_door, vrijgegeven_at)"
	    " VALUES (:casus, :tekst, :door, :now) ON CONFLICT (casus_id) DO UPDATE SET tekst = excluded.tekst,"
	    " vrijgegeven_door = excluded.vrijgegeven_door, vrijgegeven_at = excluded.vrijgegeven_at", NULL },
	[Q_SV_WEG] = { "onderzoek.samenvatting_intrekken", "DELETE FROM casus_samenvatting WHERE casus_id = :casus",
	    NULL },
};

const struct store_sql_table store_onderzoek_sql = { "onderzoek", sql, Q__MAX };

#define Q(st, id) store_q((st), STORE_T_ONDERZOEK, (id))

static unsigned
bits_van(const char *lijst, const struct codelist *codes)
{
	unsigned bits = 0;
	char code[64];

	while (lijst != NULL && *lijst != '\0') {
		size_t n = strcspn(lijst, ",");
		int i;

		if (n < sizeof(code)) {
			memcpy(code, lijst, n);
			code[n] = '\0';
			if ((i = codelist_find(codes, code)) >= 0 && i < 32)
				bits |= 1u << i;
		}
		lijst += n + (lijst[n] == ',');
	}
	return bits;
}

enum err_code
store_onderzoek_casussen(struct store *st, struct arena *a, int jaar, struct onderzoek_rij **out, size_t *n,
    struct err *e)
{
	struct store_q *q = Q(st, Q_CASUSSEN);
	size_t cap = 0;
	char j[16];

	*out = NULL;
	*n = 0;
	if (jaar > 0) {
		snprintf(j, sizeof(j), "%04d", jaar);
		store_bind_text(q, ":jaar", j);
	} else
		store_bind_null(q, ":jaar");
	while (store_next(q)) {
		struct onderzoek_rij *r;

		*out = store_grow(a, *out, *n, &cap, sizeof(**out));
		r = &(*out)[(*n)++];
		r->id = store_col_int(q, 0);
		r->referentie = store_col_text(q, a, 1);
		r->ontvangen_op = store_col_date(q, 2);
		r->afgerond_op = store_col_date(q, 3);
		r->indiener_type = store_col_code(q, 4, &codes_indiener_type);
		r->leefgebieden = bits_van(store_col_peek(q, 5), &codes_leefgebied);
		r->beleidsterreinen = bits_van(store_col_peek(q, 6), &codes_beleidsterrein);
		r->leerpunten = (long)store_col_int(q, 7);
		r->samenvatting = store_col_bool(q, 8);
	}
	return store_end(q, e);
}

enum err_code
store_samenvatting_get(struct store *st, struct arena *a, int64_t casus_id, const char **tekst,
    const char **vrijgegeven_at, struct err *e)
{
	struct store_q *q = Q(st, Q_SV_GET);
	enum err_code rc;

	store_bind_int(q, ":casus", casus_id);
	if ((rc = store_one(q, e)) != ERR_OK)
		return rc;
	*tekst = store_col_text(q, a, 0);
	if (vrijgegeven_at != NULL)
		*vrijgegeven_at = store_col_text(q, a, 1);
	return store_end(q, e);
}

enum err_code
store_samenvatting_zet(struct store *st, int64_t casus_id, const char *tekst, int64_t door_gebruiker_id, time_t now,
    struct err *e)
{
	struct store_q *q = Q(st, Q_SV_ZET);
	char ts[TIME_STRLEN];

	time_format(now, ts);
	store_bind_int(q, ":casus", casus_id);
	store_bind_text(q, ":tekst", tekst);
	store_bind_id(q, ":door", door_gebruiker_id);
	store_bind_text(q, ":now", ts);
	return store_exec(q, e);
}

enum err_code
store_samenvatting_intrekken(struct store *st, int64_t casus_id, struct err *e)
{
	struct store_q *q = Q(st, Q_SV_WEG);
	enum err_code rc;

	store_bind_int(q, ":casus", casus_id);
	if ((rc = store_exec(q, e)) != ERR_OK)
		return rc;
	return store_changes(st) > 0 ? ERR_OK : err_set(e, ERR_NOT_FOUND, NULL, "Er is geen samenvatting vrijgegeven.");
}
