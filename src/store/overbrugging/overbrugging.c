/* overbrugging.c - overbruggingen: their statement table, reading one with its regelingen and candidates, each change. */
#include "store/overbrugging/overbrugging.h"

#include <string.h>

#include "core/bedrag.h"
#include "lib/date.h"
#include "store/casus/casus.h"
#include "store/store_private.h"
#include "store/util.h"

enum {
	Q_INSERT, Q_UPDATE, Q_GET, Q_VAN_CASUS, Q_REGELING_DEL, Q_REGELING_ADD, Q_KANDIDAAT_DEL, Q_KANDIDAAT_ADD,
	Q_KANDIDATEN, Q_LIJST, Q_RAPPORT, Q__MAX
};

#define OVB_COLUMNS \
	"SELECT b.id, b.casus_id, b.status, b.aangevraagd_op, b.wat, b.geschat_bedrag, b.periode_van, b.periode_tot," \
	" b.termijn_werkdagen, vf.id, vf.naam, vf.type, vf.code, b.voorgefinancierd_bedrag, b.voorgefinancierd_op," \
	" bt.id, bt.naam, bt.type, bt.code, b.grondslag, b.besloten_op, b.verrekend_bedrag, b.verrekend_op," \
	" b.reden_intrekking, b.ingetrokken_op," \
	" (SELECT group_concat(r.regeling) FROM overbrugging_regeling r WHERE r.overbrugging_id = b.id), c.referentie" \
	" FROM overbrugging b JOIN casus c ON c.id = b.casus_id" \
	" LEFT JOIN organisatie vf ON vf.id = b.voorfinancier_id LEFT JOIN organisatie bt ON bt.id = b.betaler_id"

#define OVB_SET \
	" wat = :wat, geschat_bedrag = :geschat_bedrag, periode_van = :periode_van, periode_tot = :periode_tot," \
	" termijn_werkdagen = :termijn, voorfinancier_id = :voorfinancier, voorgefinancierd_bedrag = :voorgefinancierd," \
	" voorgefinancierd_op = :voorgefinancierd_op, betaler_id = :betaler, grondslag = :grondslag," \
	" besloten_op = :besloten_op, verrekend_bedrag = :verrekend, verrekend_op = :verrekend_op," \
	" reden_intrekking = :reden_intrekking, ingetrokken_op = :ingetrokken_op"

static const struct store_sql sql[Q__MAX] = {
	[Q_INSERT] = { "overbrugging.insert",
	    "INSERT INTO overbrugging (casus_id, status, aangevraagd_op, wat, geschat_bedrag, periode_van, periode_tot,"
	    " termijn_werkdagen, aangevraagd_door, created_at, updated_at) VALUES (:casus, :status, :aangevraagd_op, :wat,"
	    " :geschat_bedrag, :periode_van, :periode_tot, :termijn, :auteur, :now, :now)", NULL },
	[Q_UPDATE] = { "overbrugging.update",
	    "UPDATE overbrugging SET status = :status," OVB_SET ", updated_at = :now WHERE id = :id AND status = :van",
	    NULL },
	[Q_GET] = { "overbrugging.get", OVB_COLUMNS " WHERE b.id = :id AND b.casus_id = :casus", NULL },
	[Q_VAN_CASUS] = { "overbrugging.van_casus", OVB_COLUMNS " WHERE b.casus_id = :casus ORDER BY b.aangevraagd_op, b.id",
	    NULL },
	[Q_REGELING_DEL] = { "overbrugging.regeling_delete",
	    "DELETE FROM overbrugging_regeling WHERE overbrugging_id = :overbrugging", NULL },
	[Q_REGELING_ADD] = { "overbrugging.regeling_insert",
	    "INSERT INTO overbrugging_regeling (overbrugging_id, regeling) VALUES (:overbrugging, :regeling)", NULL },
	[Q_KANDIDAAT_DEL] = { "overbrugging.kandidaat_delete",
	    "DELETE FROM overbrugging_kandidaat WHERE overbrugging_id = :overbrugging", NULL },
	[Q_KANDIDAAT_ADD] = { "overbrugging.kandidaat_insert",
	    "INSERT INTO overbrugging_kandidaat (overbrugging_id, organisatie_id, standpunt, toelichting, volgorde)"
	    " VALUES (:overbrugging, :organisatie, :standpunt, :toelichting, :volgorde)", NULL },
	[Q_KANDIDATEN] = { "overbrugging.kandidaten",
	    "SELECT o.id, o.naam, o.type, o.code, k.standpunt, k.toelichting FROM overbrugging_kandidaat k"
	    " JOIN organisatie o ON o.id = k.organisatie_id WHERE k.overbrugging_id = :overbrugging"
	    " ORDER BY k.volgorde, o.id", NULL },
	[Q_LIJST] = { "overbrugging.lijst",
	    OVB_COLUMNS " WHERE (:open = 0 OR b.status IN ('aangevraagd', 'voorgefinancierd'))"
	    " ORDER BY b.aangevraagd_op DESC, b.id DESC LIMIT 500", NULL },
	/* the jaarrapportage: amounts, dates and the organisations, no free text (wat, grondslag, reden) */
	[Q_RAPPORT] = { "overbrugging.rapport",
	    "SELECT b.id, b.casus_id, b.status, b.aangevraagd_op, NULL, b.geschat_bedrag, b.periode_van, b.periode_tot,"
	    " b.termijn_werkdagen, vf.id, vf.naam, vf.type, vf.code, b.voorgefinancierd_bedrag, b.voorgefinancierd_op,"
	    " bt.id, bt.naam, bt.type, bt.code, NULL, b.besloten_op, b.verrekend_bedrag, b.verrekend_op, NULL,"
	    " b.ingetrokken_op, NULL, c.referentie"
	    " FROM overbrugging b JOIN casus c ON c.id = b.casus_id"
	    " LEFT JOIN organisatie vf ON vf.id = b.voorfinancier_id LEFT JOIN organisatie bt ON bt.id = b.betaler_id"
	    " WHERE c.status <> 'concept' AND (:beperking = 0 OR c.indiener_id = :beperking OR EXISTS (SELECT 1 FROM"
	    " casus_deelnemer d WHERE d.casus_id = c.id AND d.persoon_id = :beperking)) ORDER BY b.id", NULL },
};

const struct store_sql_table store_overbrugging_sql = { "overbrugging", sql, Q__MAX };

#define Q(st, id) store_q((st), STORE_T_OVERBRUGGING, (id))

static const char *
of_null(const char *s)
{
	return s != NULL && *s != '\0' ? s : NULL;
}

static void
bind_bedrag(struct store_q *q, const char *name, int64_t cent)
{
	if (cent == BEDRAG_GEEN)
		store_bind_null(q, name);
	else
		store_bind_int(q, name, cent);
}

static int64_t
col_bedrag(struct store_q *q, int i)
{
	return store_col_null(q, i) ? BEDRAG_GEEN : store_col_int(q, i);
}

static bool
org_gezet(const struct organisatie_ref *o)
{
	return o->id > 0 || (o->naam != NULL && *o->naam != '\0');
}

/* The organisation from columns i..i+3 (id, naam, type, code); absent when the id is NULL. */
static void
col_org(struct store_q *q, struct arena *a, int i, struct organisatie_ref *o)
{
	memset(o, 0, sizeof(*o));
	o->type = ORGTYPE_OVERIG;
	o->aangesloten_sinds = o->aangesloten_tot = DATE_NONE;
	if (store_col_null(q, i))
		return;
	o->id = store_col_int(q, i);
	o->naam = store_col_text(q, a, i + 1);
	o->type = (enum organisatie_type)store_col_enum(q, i + 2, &codes_organisatie_type, ORGTYPE_OVERIG);
	o->code = store_col_text(q, a, i + 3);
}

static enum err_code
children_write(struct store *st, struct arena *a, const struct overbrugging *o, int64_t id, bool replace,
    struct err *e)
{
	struct store_q *q;
	enum err_code rc;

	if (replace) {
		q = Q(st, Q_REGELING_DEL);
		store_bind_int(q, ":overbrugging", id);
		if ((rc = store_exec(q, e)) != ERR_OK)
			return rc;
		q = Q(st, Q_KANDIDAAT_DEL);
		store_bind_int(q, ":overbrugging", id);
		if ((rc = store_exec(q, e)) != ERR_OK)
			return rc;
	}
	for (int r = 0; r < REGELING__MAX; r++) {
		if (!(o->regelingen & (1u << r)))
			continue;
		q = Q(st, Q_REGELING_ADD);
		store_bind_int(q, ":overbrugging", id);
		store_bind_code(q, ":regeling", &codes_regeling, r);
		if ((rc = store_exec(q, e)) != ERR_OK)
			return rc;
	}
	for (size_t i = 0; i < o->nkandidaten; i++) {
		int64_t org = 0;

		if ((rc = store_organisatie_resolve(st, a, &o->kandidaten[i].organisatie, &org, e)) != ERR_OK)
			return rc;
		q = Q(st, Q_KANDIDAAT_ADD);
		store_bind_int(q, ":overbrugging", id);
		store_bind_int(q, ":organisatie", org);
		store_bind_code(q, ":standpunt", &codes_standpunt, (int)o->kandidaten[i].standpunt);
		store_bind_text(q, ":toelichting", of_null(o->kandidaten[i].toelichting));
		store_bind_int(q, ":volgorde", (int64_t)i);
		if ((rc = store_exec(q, e)) != ERR_OK)
			return rc;
	}
	return ERR_OK;
}

enum err_code
store_overbrugging_insert(struct store *st, struct arena *a, const struct overbrugging *o, int64_t auteur, time_t now,
    int64_t *id, struct err *e)
{
	char ts[TIME_STRLEN];
	struct store_q *q;
	enum err_code rc;

	if (!store_in_transaction(st))
		return err_set(e, ERR_INTERNAL, NULL, "Er ging iets mis bij het opslaan.");
	time_format(now, ts);
	q = Q(st, Q_INSERT);
	store_bind_int(q, ":casus", o->casus_id);
	store_bind_code(q, ":status", &codes_overbrugging_status, (int)o->status);
	store_bind_date(q, ":aangevraagd_op", o->aangevraagd_op);
	store_bind_text(q, ":wat", o->wat);
	bind_bedrag(q, ":geschat_bedrag", o->geschat_bedrag);
	store_bind_date(q, ":periode_van", o->periode_van);
	store_bind_date(q, ":periode_tot", o->periode_tot);
	store_bind_int(q, ":termijn", o->termijn_werkdagen);
	store_bind_id(q, ":auteur", auteur);
	store_bind_text(q, ":now", ts);
	if ((rc = store_exec(q, e)) != ERR_OK)
		return rc;
	*id = store_last_id(st);
	return children_write(st, a, o, *id, false, e);
}

enum err_code
store_overbrugging_update(struct store *st, struct arena *a, const struct overbrugging *o, enum overbrugging_status van,
    bool aanvraag, time_t now, struct err *e)
{
	char ts[TIME_STRLEN];
	struct store_q *q;
	int64_t voorfinancier = 0, betaler = 0;
	enum err_code rc;

	if (!store_in_transaction(st))
		return err_set(e, ERR_INTERNAL, NULL, "Er ging iets mis bij het opslaan.");
	if ((org_gezet(&o->voorfinancier) &&
	    (rc = store_organisatie_resolve(st, a, &o->voorfinancier, &voorfinancier, e)) != ERR_OK) ||
	    (org_gezet(&o->betaler) && (rc = store_organisatie_resolve(st, a, &o->betaler, &betaler, e)) != ERR_OK))
		return rc;
	time_format(now, ts);
	q = Q(st, Q_UPDATE);
	store_bind_code(q, ":status", &codes_overbrugging_status, (int)o->status);
	store_bind_text(q, ":wat", o->wat);
	bind_bedrag(q, ":geschat_bedrag", o->geschat_bedrag);
	store_bind_date(q, ":periode_van", o->periode_van);
	store_bind_date(q, ":periode_tot", o->periode_tot);
	store_bind_int(q, ":termijn", o->termijn_werkdagen);
	store_bind_id(q, ":voorfinancier", voorfinancier);
	bind_bedrag(q, ":voorgefinancierd", voorfinancier != 0 ? o->voorgefinancierd_bedrag : BEDRAG_GEEN);
	store_bind_date(q, ":voorgefinancierd_op", o->voorgefinancierd_op);
	store_bind_id(q, ":betaler", betaler);
	store_bind_text(q, ":grondslag", of_null(o->grondslag));
	store_bind_date(q, ":besloten_op", o->besloten_op);
	bind_bedrag(q, ":verrekend", o->verrekend_bedrag);
	store_bind_date(q, ":verrekend_op", o->verrekend_op);
	store_bind_text(q, ":reden_intrekking", of_null(o->reden_intrekking));
	store_bind_date(q, ":ingetrokken_op", o->ingetrokken_op);
	store_bind_text(q, ":now", ts);
	store_bind_int(q, ":id", o->id);
	store_bind_code(q, ":van", &codes_overbrugging_status, (int)van);
	if ((rc = store_exec(q, e)) != ERR_OK)
		return rc;
	if (store_changes(st) != 1)
		return err_set(e, ERR_CONFLICT, "status",
		    "Deze overbrugging is intussen door iemand anders gewijzigd. Laad de pagina opnieuw.");
	return aanvraag ? children_write(st, a, o, o->id, true, e) : ERR_OK;
}

/* The columns of OVB_COLUMNS into o; the referentie (column 26) into *ref when not NULL. */
static void
col_overbrugging(struct store_q *q, struct arena *a, struct overbrugging *o, const char **ref)
{
	overbrugging_init(o);
	o->id = store_col_int(q, 0);
	o->casus_id = store_col_int(q, 1);
	o->status = (enum overbrugging_status)store_col_enum(q, 2, &codes_overbrugging_status, OVERBRUGGING_AANGEVRAAGD);
	o->aangevraagd_op = store_col_date(q, 3);
	o->wat = store_col_text(q, a, 4);
	o->geschat_bedrag = col_bedrag(q, 5);
	o->periode_van = store_col_date(q, 6);
	o->periode_tot = store_col_date(q, 7);
	o->termijn_werkdagen = (int)store_col_int(q, 8);
	col_org(q, a, 9, &o->voorfinancier);
	o->voorgefinancierd_bedrag = col_bedrag(q, 13);
	o->voorgefinancierd_op = store_col_date(q, 14);
	col_org(q, a, 15, &o->betaler);
	o->grondslag = store_col_text(q, a, 19);
	o->besloten_op = store_col_date(q, 20);
	o->verrekend_bedrag = col_bedrag(q, 21);
	o->verrekend_op = store_col_date(q, 22);
	o->reden_intrekking = store_col_text(q, a, 23);
	o->ingetrokken_op = store_col_date(q, 24);
	o->regelingen = store_code_bits(store_col_peek(q, 25), &codes_regeling);
	if (ref != NULL)
		*ref = store_col_text(q, a, 26);
}

static enum err_code
load_kandidaten(struct store *st, struct arena *a, struct overbrugging *o, struct err *e)
{
	struct store_q *q = Q(st, Q_KANDIDATEN);
	size_t cap = 0;

	store_bind_int(q, ":overbrugging", o->id);
	while (store_next(q)) {
		struct overbrugging_kandidaat *k;

		o->kandidaten = store_grow(a, o->kandidaten, o->nkandidaten, &cap, sizeof(*o->kandidaten));
		k = &o->kandidaten[o->nkandidaten++];
		col_org(q, a, 0, &k->organisatie);
		k->standpunt = (enum standpunt)store_col_enum(q, 4, &codes_standpunt, STANDPUNT_ONBEKEND);
		k->toelichting = store_col_text(q, a, 5);
	}
	return store_end(q, e);
}

enum err_code
store_overbrugging_get(struct store *st, struct arena *a, int64_t casus_id, int64_t id, struct overbrugging *out,
    struct err *e)
{
	struct store_q *q = Q(st, Q_GET);
	enum err_code rc;

	store_bind_int(q, ":id", id);
	store_bind_int(q, ":casus", casus_id);
	if ((rc = store_one(q, e)) == ERR_NOT_FOUND)
		return err_set(e, ERR_NOT_FOUND, NULL, "Deze overbrugging bestaat niet.");
	if (rc != ERR_OK)
		return rc;
	col_overbrugging(q, a, out, NULL);
	if ((rc = store_end(q, e)) != ERR_OK)
		return rc;
	return load_kandidaten(st, a, out, e);
}

enum err_code
store_overbrugging_van_casus(struct store *st, struct arena *a, int64_t casus_id, struct overbrugging **out,
    size_t *n, struct err *e)
{
	struct store_q *q = Q(st, Q_VAN_CASUS);
	struct overbrugging *v = NULL;
	size_t len = 0, cap = 0;
	enum err_code rc;

	store_bind_int(q, ":casus", casus_id);
	while (store_next(q)) {
		v = store_grow(a, v, len, &cap, sizeof(*v));
		col_overbrugging(q, a, &v[len++], NULL);
	}
	if ((rc = store_end(q, e)) != ERR_OK)
		return rc;
	for (size_t i = 0; i < len; i++)
		if ((rc = load_kandidaten(st, a, &v[i], e)) != ERR_OK)
			return rc;
	*out = v;
	*n = len;
	return ERR_OK;
}

enum err_code
store_overbrugging_lijst(struct store *st, struct arena *a, bool alleen_open, struct overbrugging_item **out,
    size_t *n, struct err *e)
{
	struct store_q *q = Q(st, Q_LIJST);
	struct overbrugging_item *v = NULL;
	size_t len = 0, cap = 0;
	enum err_code rc;

	store_bind_bool(q, ":open", alleen_open);
	while (store_next(q)) {
		v = store_grow(a, v, len, &cap, sizeof(*v));
		col_overbrugging(q, a, &v[len].o, &v[len].referentie);
		len++;
	}
	if ((rc = store_end(q, e)) != ERR_OK)
		return rc;
	*out = v;
	*n = len;
	return ERR_OK;
}

enum err_code
store_overbrugging_import(struct store *st, struct arena *a, int64_t casus_id, const struct overbrugging *v, size_t n,
    time_t now, struct err *e)
{
	for (size_t i = 0; i < n; i++) {
		struct overbrugging o = v[i];
		enum overbrugging_status status = o.status;
		enum err_code rc;

		o.casus_id = casus_id;
		o.status = OVERBRUGGING_AANGEVRAAGD;   /* the request first, then every later step in one update */
		if ((rc = store_overbrugging_insert(st, a, &o, 0, now, &o.id, e)) != ERR_OK)
			return rc;
		o.status = status;
		if (status != OVERBRUGGING_AANGEVRAAGD &&
		    (rc = store_overbrugging_update(st, a, &o, OVERBRUGGING_AANGEVRAAGD, false, now, e)) != ERR_OK)
			return rc;
	}
	return ERR_OK;
}

enum err_code
store_overbrugging_rapport(struct store *st, struct arena *a, int64_t beperking, struct overbrugging **out, size_t *n,
    struct err *e)
{
	struct store_q *q = Q(st, Q_RAPPORT);
	struct overbrugging *v = NULL;
	size_t len = 0, cap = 0;
	enum err_code rc;

	store_bind_int(q, ":beperking", beperking);
	while (store_next(q)) {
		v = store_grow(a, v, len, &cap, sizeof(*v));
		col_overbrugging(q, a, &v[len++], NULL);
	}
	if ((rc = store_end(q, e)) != ERR_OK)
		return rc;
	*out = v;
	*n = len;
	return ERR_OK;
}
