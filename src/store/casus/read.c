/* read.c - loading a whole casus, access facts, and all casussen in referentie order. */
#include <stdlib.h>
#include <string.h>

#include "store/casus/casus.h"
#include "store/casus/private.h"
#include "store/store_private.h"

/*
 * The indiener's organisation: the one stated with the casus (import keeps it
 * exactly, with its connection dates as stated); otherwise the one recorded
 * at intake or the persoon's own, with the dates of the organisation row.
 */
static const char SQL_CASUS[] =
    "SELECT c.id, c.referentie, c.status, c.ontvangen_op, c.afgerond_op, c.indiener_type, c.hulpvraag, c.situatie,"
    " c.geprobeerd, c.urgentie, c.maatwerk, c.resultaat, c.procesregie_houder, c.procesregie_terugkoppeling,"
    " c.procesregie_dossierhouder, c.let_escalatie, c.buitenlandse_component, c.followup_op, c.followup_antwoord,"
    " c.followup_toelichting,"
    " ip.id, ip.naam, ip.email, io.id, io.naam, io.type, io.code,"
    " CASE WHEN c.indiener_opgegeven THEN c.indiener_aangesloten_sinds ELSE io.aangesloten_sinds END,"
    " CASE WHEN c.indiener_opgegeven THEN c.indiener_aangesloten_tot ELSE io.aangesloten_tot END,"
    " rp.id, rp.naam, rp.email, ro.id, ro.naam, ro.type, ro.code, ro.aangesloten_sinds, ro.aangesloten_tot"
    " FROM casus c"
    " LEFT JOIN persoon ip ON ip.id = c.indiener_id"
    " LEFT JOIN organisatie io ON io.id = CASE WHEN c.indiener_opgegeven THEN c.indiener_organisatie_id"
    "  ELSE coalesce(c.indiener_organisatie_id, ip.organisatie_id) END"
    " LEFT JOIN persoon rp ON rp.id = c.regievoerder_id"
    " LEFT JOIN organisatie ro ON ro.id = rp.organisatie_id"
    " WHERE c.id = ?";
static const char SQL_LG[] = "SELECT leefgebied FROM casus_leefgebied WHERE casus_id = ?";
static const char SQL_BT[] = "SELECT beleidsterrein FROM casus_beleidsterrein WHERE casus_id = ?";
static const char SQL_ORGS[] =
    "SELECT o.id, o.naam, o.type, o.code, o.aangesloten_sinds, o.aangesloten_tot, co.rol"
    " FROM casus_organisatie co JOIN organisatie o ON o.id = co.organisatie_id"
    " WHERE co.casus_id = ? ORDER BY co.volgorde, o.id";
static const char SQL_KP[] = "SELECT categorie, omschrijving FROM knelpunt WHERE casus_id = ? ORDER BY volgorde, id";
/* Interventies on the timeline, without those a later entry corrects. */
static const char SQL_IV[] =
    "SELECT a.interventie_type, a.datum, a.omschrijving FROM activiteit a"
    " WHERE a.casus_id = ? AND a.type = 'interventie'"
    " AND NOT EXISTS (SELECT 1 FROM activiteit k WHERE k.corrigeert_id = a.id) ORDER BY a.id";
static const char SQL_LP[] =
    "SELECT l.id, l.omschrijving, l.categorie, l.orde, l.vraag, l.al_bekend, l.terugkerend"
    " FROM leerpunt_casus lc JOIN leerpunt l ON l.id = lc.leerpunt_id"
    " WHERE lc.casus_id = ? ORDER BY lc.volgorde, l.id";
static const char SQL_TH[] = "SELECT thema FROM leerpunt_thema WHERE leerpunt_id = ? ORDER BY volgorde, thema";
/* The current beleggingen (not forwarded) with their current status: the latest history row. */
static const char SQL_BG[] =
    "SELECT b.id, o.id, o.naam, o.type, o.code, o.aangesloten_sinds, o.aangesloten_tot, s.status, s.reden"
    " FROM belegging b JOIN organisatie o ON o.id = b.organisatie_id"
    " LEFT JOIN belegging_status s ON s.id = (SELECT id FROM belegging_status WHERE belegging_id = b.id"
    "  ORDER BY datum DESC, id DESC LIMIT 1)"
    " WHERE b.leerpunt_id = ? AND b.doorgezet_naar_id IS NULL ORDER BY b.volgorde, b.id";

/* An organisation from 6 columns: id naam type code sinds tot. */
static void
col_org(struct arena *a, sqlite3_stmt *s, int i, struct organisatie_ref *o)
{
	int type;

	o->id = sqlite3_column_int64(s, i);
	o->naam = store_col_text(a, s, i + 1);
	type = casus_col_code(s, i + 2, &codes_organisatie_type);
	o->type = type >= 0 ? (enum organisatie_type)type : ORGTYPE_OVERIG;
	o->code = store_col_text(a, s, i + 3);
	o->aangesloten_sinds = casus_col_date(s, i + 4);
	o->aangesloten_tot = casus_col_date(s, i + 5);
}

/* A persoon from 3 columns (id naam email) and its organisation from the next 6. */
static void
col_persoon(struct arena *a, sqlite3_stmt *s, int i, struct persoon_ref *p)
{
	if (sqlite3_column_type(s, i) == SQLITE_NULL)
		return;
	p->id = sqlite3_column_int64(s, i);
	p->naam = store_col_text(a, s, i + 1);
	p->email = store_col_text(a, s, i + 2);
	if (sqlite3_column_type(s, i + 3) != SQLITE_NULL)
		col_org(a, s, i + 3, &p->organisatie);
}

static int
col_enum(sqlite3_stmt *s, int i, const struct codelist *codes, int absent)
{
	int v = casus_col_code(s, i, codes);

	return v >= 0 ? v : absent;
}

static void
col_casus(struct arena *a, sqlite3_stmt *s, struct casus *c)
{
	c->id = sqlite3_column_int64(s, 0);
	c->referentie = store_col_text(a, s, 1);
	c->status = (enum casus_status)col_enum(s, 2, &codes_casus_status, STATUS_AANGEMELD);
	c->ontvangen_op = casus_col_date(s, 3);
	c->afgerond_op = casus_col_date(s, 4);
	c->indiener_type = casus_col_code(s, 5, &codes_indiener_type);
	c->hulpvraag = store_col_text(a, s, 6);
	if (c->hulpvraag != NULL && c->hulpvraag[0] == '\0')
		c->hulpvraag = NULL;   /* a concept saved without one */
	c->situatie = store_col_text(a, s, 7);
	c->geprobeerd = store_col_text(a, s, 8);
	c->urgentie = (enum urgentie)col_enum(s, 9, &codes_urgentie, URGENTIE_NORMAAL);
	c->maatwerk = casus_col_code(s, 10, &codes_maatwerk);
	c->resultaat = store_col_text(a, s, 11);
	c->procesregie.houder = store_col_text(a, s, 12);
	c->procesregie.terugkoppeling = store_col_text(a, s, 13);
	c->procesregie.dossierhouder = store_col_text(a, s, 14);
	c->let_escalatie = sqlite3_column_int(s, 15) != 0;
	c->buitenlandse_component = sqlite3_column_int(s, 16) != 0;
	c->followup_op = casus_col_date(s, 17);
	c->followup_antwoord = casus_col_code(s, 18, &codes_followup);
	c->followup_toelichting = store_col_text(a, s, 19);
	col_persoon(a, s, 20, &c->indiener);
	col_persoon(a, s, 29, &c->regievoerder);
}

/* Ends a row loop: ERR_OK when the statement finished cleanly. */
static enum err_code
done(struct store *st, sqlite3_stmt *s, int rc, struct err *e, const char *what)
{
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? ERR_OK : store_fail(st, rc, e, what);
}

static enum err_code
load_bits(struct store *st, const char *sql, int64_t id, const struct codelist *codes, unsigned *bits,
    struct err *e)
{
	sqlite3_stmt *s = store_stmt(st, sql);
	int rc;

	sqlite3_bind_int64(s, 1, id);
	*bits = 0;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		int v = casus_col_code(s, 0, codes);

		if (v >= 0)
			*bits |= 1u << v;
	}
	return done(st, s, rc, e, codes->name);
}

static enum err_code
load_lists(struct store *st, struct arena *a, struct casus *c, struct err *e)
{
	sqlite3_stmt *s;
	size_t cap;
	int rc;

	s = store_stmt(st, SQL_ORGS);
	sqlite3_bind_int64(s, 1, c->id);
	cap = 0;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		c->organisaties = casus_grow(a, c->organisaties, c->norganisaties, &cap, sizeof(*c->organisaties));
		col_org(a, s, 0, &c->organisaties[c->norganisaties].organisatie);
		c->organisaties[c->norganisaties++].rol = store_col_text(a, s, 6);
	}
	if (done(st, s, rc, e, "organisaties") != ERR_OK)
		return e->code;

	s = store_stmt(st, SQL_KP);
	sqlite3_bind_int64(s, 1, c->id);
	cap = 0;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		c->knelpunten = casus_grow(a, c->knelpunten, c->nknelpunten, &cap, sizeof(*c->knelpunten));
		c->knelpunten[c->nknelpunten].categorie =
		    (enum categorie)col_enum(s, 0, &codes_categorie, CATEGORIE_OVERIG);
		c->knelpunten[c->nknelpunten++].omschrijving = store_col_text(a, s, 1);
	}
	if (done(st, s, rc, e, "knelpunten") != ERR_OK)
		return e->code;

	s = store_stmt(st, SQL_IV);
	sqlite3_bind_int64(s, 1, c->id);
	cap = 0;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct interventie *iv;

		c->interventies = casus_grow(a, c->interventies, c->ninterventies, &cap, sizeof(*c->interventies));
		iv = &c->interventies[c->ninterventies++];
		iv->type = (enum interventie_type)col_enum(s, 0, &codes_interventie_type, INTERVENTIE_EXPERT);
		iv->datum = casus_col_date(s, 1);
		iv->omschrijving = store_col_text(a, s, 2);
	}
	return done(st, s, rc, e, "interventies");
}

static enum err_code
load_leerpunt(struct store *st, struct arena *a, struct leerpunt *l, struct err *e)
{
	sqlite3_stmt *s = store_stmt(st, SQL_TH);
	size_t cap = 0;
	int rc;

	sqlite3_bind_int64(s, 1, l->id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		l->themas = casus_grow(a, l->themas, l->nthemas, &cap, sizeof(*l->themas));
		l->themas[l->nthemas++] = store_col_text(a, s, 0);
	}
	if (done(st, s, rc, e, "themas") != ERR_OK)
		return e->code;
	s = store_stmt(st, SQL_BG);
	sqlite3_bind_int64(s, 1, l->id);
	cap = 0;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct belegging *b;

		l->beleggingen = casus_grow(a, l->beleggingen, l->nbeleggingen, &cap, sizeof(*l->beleggingen));
		b = &l->beleggingen[l->nbeleggingen++];
		b->id = sqlite3_column_int64(s, 0);
		col_org(a, s, 1, &b->bij);
		b->bij_pmm = b->bij.code != NULL && strcmp(b->bij.code, "PMM") == 0;
		b->status = (enum opvolging_status)col_enum(s, 7, &codes_opvolging_status, OPVOLGING_ONBEKEND);
		b->reden = casus_col_code(s, 8, &codes_reden);
	}
	return done(st, s, rc, e, "beleggingen");
}

static enum err_code
load_leerpunten(struct store *st, struct arena *a, struct casus *c, struct err *e)
{
	sqlite3_stmt *s = store_stmt(st, SQL_LP);
	size_t cap = 0;
	int rc;

	sqlite3_bind_int64(s, 1, c->id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct leerpunt *l;

		c->leerpunten = casus_grow(a, c->leerpunten, c->nleerpunten, &cap, sizeof(*c->leerpunten));
		l = &c->leerpunten[c->nleerpunten++];
		l->id = sqlite3_column_int64(s, 0);
		l->omschrijving = store_col_text(a, s, 1);
		l->categorie = (enum categorie)col_enum(s, 2, &codes_categorie, CATEGORIE_OVERIG);
		l->orde = sqlite3_column_int(s, 3);
		l->vraag = sqlite3_column_int(s, 4) != 0;
		l->al_bekend = sqlite3_column_int(s, 5) != 0;
		l->terugkerend = sqlite3_column_int(s, 6) != 0;
	}
	if (done(st, s, rc, e, "leerpunten") != ERR_OK)
		return e->code;
	/* Themes and beleggingen after the loop: one statement is not stepped while another runs. */
	for (size_t i = 0; i < c->nleerpunten; i++)
		if (load_leerpunt(st, a, &c->leerpunten[i], e) != ERR_OK)
			return e->code;
	return ERR_OK;
}

enum err_code
casus_load(struct store *st, struct arena *a, int64_t id, struct casus *out, struct err *e)
{
	struct err local;
	sqlite3_stmt *s = store_stmt(st, SQL_CASUS);
	int rc;

	if (e == NULL)
		e = &local;
	casus_init(out);
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		col_casus(a, s, out);
	sqlite3_reset(s);
	if (rc == SQLITE_DONE)
		return err_set(e, ERR_NOT_FOUND, NULL, "Deze casus bestaat niet.");
	if (rc != SQLITE_ROW)
		return store_fail(st, rc, e, "casus load");
	if (load_bits(st, SQL_LG, id, &codes_leefgebied, &out->leefgebieden, e) != ERR_OK ||
	    load_bits(st, SQL_BT, id, &codes_beleidsterrein, &out->beleidsterreinen, e) != ERR_OK ||
	    load_lists(st, a, out, e) != ERR_OK || load_leerpunten(st, a, out, e) != ERR_OK)
		return e->code;
	return ERR_OK;
}

static const char SQL_ID_BY_REF[] = "SELECT id FROM casus WHERE referentie = ?";

enum err_code
store_casus_load(struct store *st, struct arena *a, const char *referentie, struct casus *out, struct err *e)
{
	sqlite3_stmt *s = store_stmt(st, SQL_ID_BY_REF);
	int64_t id;
	enum err_code rc;

	store_bind_text(s, 1, referentie);
	if ((rc = casus_query_id(st, s, &id, e, "casus by referentie")) != ERR_OK)
		return rc;
	if (id == 0)
		return err_set(e, ERR_NOT_FOUND, NULL, "Deze casus bestaat niet.");
	return casus_load(st, a, id, out, e);
}

enum err_code
store_casus_load_id(struct store *st, struct arena *a, int64_t id, struct casus *out, struct err *e)
{
	return casus_load(st, a, id, out, e);
}

/* ---- access facts ---------------------------------------------------------------------- */

#define TOEGANG_SELECT \
	"SELECT c.id, c.status, c.indiener_id, c.regievoerder_id," \
	" EXISTS (SELECT 1 FROM casus_deelnemer d WHERE d.casus_id = c.id AND d.persoon_id = ?1) FROM casus c"
static const char SQL_TOEGANG[] = TOEGANG_SELECT " WHERE c.referentie = ?2";
static const char SQL_TOEGANG_ID[] = TOEGANG_SELECT " WHERE c.id = ?2";

static enum err_code
toegang(sqlite3_stmt *s, int64_t persoon_id, struct casus_toegang *out)
{
	int rc;

	sqlite3_bind_int64(s, 1, persoon_id);
	memset(out, 0, sizeof(*out));
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		out->id = sqlite3_column_int64(s, 0);
		out->status = (enum casus_status)col_enum(s, 1, &codes_casus_status, STATUS_AANGEMELD);
		out->indiener_persoon_id = sqlite3_column_int64(s, 2);
		out->regievoerder_persoon_id = sqlite3_column_int64(s, 3);
		out->is_deelnemer = persoon_id != 0 && sqlite3_column_int(s, 4) != 0;
	}
	sqlite3_reset(s);
	return rc == SQLITE_ROW ? ERR_OK : rc == SQLITE_DONE ? ERR_NOT_FOUND : ERR_INTERNAL;
}

enum err_code
store_casus_toegang(struct store *st, const char *referentie, int64_t persoon_id, struct casus_toegang *out)
{
	sqlite3_stmt *s = store_stmt(st, SQL_TOEGANG);

	store_bind_text(s, 2, referentie);
	return toegang(s, persoon_id, out);
}

enum err_code
store_casus_toegang_id(struct store *st, int64_t casus_id, int64_t persoon_id, struct casus_toegang *out)
{
	sqlite3_stmt *s = store_stmt(st, SQL_TOEGANG_ID);

	sqlite3_bind_int64(s, 2, casus_id);
	return toegang(s, persoon_id, out);
}

/* ---- every casus --------------------------------------------------------------------- */

static const char SQL_EACH[] =
    "SELECT id FROM casus WHERE status <> 'concept' AND (?1 IS NULL OR ontvangen_op >= ?1)"
    CASUS_ORDER_BY_REFERENTIE("referentie");

/* A read transaction, so that every casus comes from one snapshot; false when the caller holds one already. */
static bool
read_begin(struct store *st)
{
	return !store_in_transaction(st) && sqlite3_exec(store_db(st), "BEGIN", NULL, NULL, NULL) == SQLITE_OK;
}

static void
read_end(struct store *st, bool own)
{
	if (own && sqlite3_exec(store_db(st), "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
		store_rollback(st);
}

/* The ids of every casus for each/all, in referentie order (heap array; caller frees). */
static enum err_code
each_ids(struct store *st, int vanaf, int64_t **ids, size_t *n, struct err *e)
{
	sqlite3_stmt *s = store_stmt(st, SQL_EACH);
	size_t cap = 0;
	enum err_code ec;
	int rc;

	*ids = NULL;
	*n = 0;
	casus_bind_date(s, 1, vanaf);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? 2 * cap : 1024;
			*ids = xrealloc(*ids, cap * sizeof(**ids));
		}
		(*ids)[(*n)++] = sqlite3_column_int64(s, 0);
	}
	if ((ec = done(st, s, rc, e, "casus ids")) != ERR_OK) {
		free(*ids);
		*ids = NULL;
	}
	return ec;
}

enum err_code
store_casus_each(struct store *st, int vanaf, int (*fn)(const struct casus *c, void *arg), void *arg,
    struct err *e)
{
	int64_t *ids = NULL;
	size_t n = 0;
	enum err_code rc;
	bool stop = false, own = read_begin(st);

	rc = each_ids(st, vanaf, &ids, &n, e);
	for (size_t i = 0; i < n && rc == ERR_OK && !stop; i++) {
		struct arena *a = arena_new();
		struct casus c;

		rc = casus_load(st, a, ids[i], &c, e);
		if (rc == ERR_OK)
			stop = fn(&c, arg) != 0;
		arena_free(a);
	}
	free(ids);
	read_end(st, own);
	return rc;
}

enum err_code
store_casus_all(struct store *st, struct arena *a, int vanaf, const struct casus *const **out, size_t *n,
    struct err *e)
{
	int64_t *ids = NULL;
	size_t count = 0;
	const struct casus **v;
	enum err_code rc;
	bool own = read_begin(st);

	*out = NULL;
	*n = 0;
	rc = each_ids(st, vanaf, &ids, &count, e);
	v = arena_alloc(a, (count + 1) * sizeof(*v));
	for (size_t i = 0; i < count && rc == ERR_OK; i++) {
		struct casus *c = arena_alloc(a, sizeof(*c));

		rc = casus_load(st, a, ids[i], c, e);
		v[i] = c;
	}
	free(ids);
	read_end(st, own);
	if (rc != ERR_OK)
		return rc;
	*out = v;
	*n = count;
	return ERR_OK;
}
