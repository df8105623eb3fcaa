/* write.c - saving a whole casus: the casus row, referentie numbering, classifications and children. */
#include <string.h>

#include "lib/date.h"
#include "store/casus/casus.h"
#include "store/casus/private.h"
#include "store/store_private.h"

#define W_IMPORT 1u   /* store_casus_import: keep the casus id, record the indiener's organisation as stated */

/* ---- referentie ------------------------------------------------------------------------ */

static const char SQL_REF_EXISTS[] = "SELECT id FROM casus WHERE referentie = ?";
static const char SQL_TELLER_NEXT[] =
    "INSERT INTO referentie_teller (jaar, laatste) VALUES (?, 1)"
    " ON CONFLICT (jaar) DO UPDATE SET laatste = laatste + 1 RETURNING laatste";
static const char SQL_TELLER_BUMP[] =
    "INSERT INTO referentie_teller (jaar, laatste) VALUES (?, ?)"
    " ON CONFLICT (jaar) DO UPDATE SET laatste = max(laatste, excluded.laatste)";

/*
 * An explicit referentie must be free and moves the year's counter up to its
 * number; without one (and not a concept) the next number of the year of
 * ontvangenOp is taken. The caller holds the write transaction, so two
 * connections never draw the same number.
 */
static enum err_code
referentie_take(struct casus_wctx *w, struct casus *c)
{
	int jaar, nr;
	int64_t other;
	char ref[16];
	sqlite3_stmt *s;
	int rc;

	if (c->referentie != NULL) {
		if (!referentie_parse(c->referentie, &jaar, &nr))
			return err_set(w->e, ERR_VALIDATION, "referentie",
			    "Een referentie heeft de vorm PMM-JJJJ-NNNN.");
		s = store_stmt(w->st, SQL_REF_EXISTS);
		store_bind_text(s, 1, c->referentie);
		if (casus_query_id(w->st, s, &other, w->e, "referentie") != ERR_OK)
			return w->e->code;
		if (other != 0 && other != c->id)
			return err_set(w->e, ERR_CONFLICT, "referentie", "De referentie %s bestaat al.", c->referentie);
		s = store_stmt(w->st, SQL_TELLER_BUMP);
		sqlite3_bind_int(s, 1, jaar);
		sqlite3_bind_int(s, 2, nr);
		return casus_exec(w->st, s, w->e, "referentie_teller bump");
	}
	if (c->status == STATUS_CONCEPT)
		return ERR_OK;
	if (c->ontvangen_op == DATE_NONE)
		return err_set(w->e, ERR_VALIDATION, "ontvangenOp", "De datum van ontvangst is verplicht.");
	s = store_stmt(w->st, SQL_TELLER_NEXT);
	sqlite3_bind_int(s, 1, date_year(c->ontvangen_op));
	rc = sqlite3_step(s);
	if (rc != SQLITE_ROW) {
		enum err_code ec = store_fail(w->st, rc, w->e, "referentie_teller next");
		sqlite3_reset(s);
		return ec;
	}
	nr = sqlite3_column_int(s, 0);
	sqlite3_reset(s);
	referentie_format(date_year(c->ontvangen_op), nr, ref);
	c->referentie = arena_strdup(w->a, ref);
	return ERR_OK;
}

/* ---- children of a casus --------------------------------------------------------------- */

static const char SQL_LG_DEL[] = "DELETE FROM casus_leefgebied WHERE casus_id = ?";
static const char SQL_LG_ADD[] = "INSERT INTO casus_leefgebied (casus_id, leefgebied) VALUES (?, ?)";
static const char SQL_BT_DEL[] = "DELETE FROM casus_beleidsterrein WHERE casus_id = ?";
static const char SQL_BT_ADD[] = "INSERT INTO casus_beleidsterrein (casus_id, beleidsterrein) VALUES (?, ?)";
static const char SQL_CO_DEL[] = "DELETE FROM casus_organisatie WHERE casus_id = ?";
static const char SQL_CO_ADD[] =
    "INSERT INTO casus_organisatie (casus_id, organisatie_id, rol, volgorde) VALUES (?, ?, ?, ?)"
    " ON CONFLICT DO NOTHING";
static const char SQL_KP_DEL[] = "DELETE FROM knelpunt WHERE casus_id = ?";
static const char SQL_KP_ADD[] =
    "INSERT INTO knelpunt (casus_id, categorie, omschrijving, volgorde) VALUES (?, ?, ?, ?)";
static const char SQL_IV_ADD[] =
    "INSERT INTO activiteit (casus_id, type, datum, interventie_type, omschrijving, auteur_id, created_at)"
    " VALUES (?, 'interventie', ?, ?, ?, ?, ?)";
static const char SQL_IV_SAME[] =
    "SELECT id FROM activiteit WHERE casus_id = ? AND type = 'interventie' AND interventie_type = ?"
    " AND datum = ? AND omschrijving IS ? LIMIT 1";

static enum err_code
bits_write(struct casus_wctx *w, int64_t casus_id, unsigned bits, const struct codelist *codes, const char *sql_del,
    const char *sql_add, bool replace)
{
	sqlite3_stmt *s;

	if (replace) {
		s = store_stmt(w->st, sql_del);
		sqlite3_bind_int64(s, 1, casus_id);
		if (casus_exec(w->st, s, w->e, codes->name) != ERR_OK)
			return w->e->code;
	}
	for (int i = 0; i < codes->n; i++) {
		if (!((bits >> i) & 1u))
			continue;
		s = store_stmt(w->st, sql_add);
		sqlite3_bind_int64(s, 1, casus_id);
		casus_bind_code(s, 2, codes, i);
		if (casus_exec(w->st, s, w->e, codes->name) != ERR_OK)
			return w->e->code;
	}
	return ERR_OK;
}

static enum err_code
organisaties_write(struct casus_wctx *w, int64_t casus_id, const struct casus *c, bool replace)
{
	sqlite3_stmt *s;
	int64_t org;

	if (replace) {
		s = store_stmt(w->st, SQL_CO_DEL);
		sqlite3_bind_int64(s, 1, casus_id);
		if (casus_exec(w->st, s, w->e, "casus_organisatie delete") != ERR_OK)
			return w->e->code;
	}
	for (size_t i = 0; i < c->norganisaties; i++) {
		if (casus_org_resolve(w, &c->organisaties[i].organisatie, &org) != ERR_OK)
			return w->e->code;
		s = store_stmt(w->st, SQL_CO_ADD);   /* the same party twice: the first mention counts */
		sqlite3_bind_int64(s, 1, casus_id);
		sqlite3_bind_int64(s, 2, org);
		store_bind_text(s, 3, c->organisaties[i].rol);
		sqlite3_bind_int64(s, 4, (sqlite3_int64)i);
		if (casus_exec(w->st, s, w->e, "casus_organisatie insert") != ERR_OK)
			return w->e->code;
	}
	return ERR_OK;
}

static enum err_code
knelpunten_write(struct casus_wctx *w, int64_t casus_id, const struct casus *c, bool replace)
{
	sqlite3_stmt *s;

	if (replace) {
		s = store_stmt(w->st, SQL_KP_DEL);
		sqlite3_bind_int64(s, 1, casus_id);
		if (casus_exec(w->st, s, w->e, "knelpunt delete") != ERR_OK)
			return w->e->code;
	}
	for (size_t i = 0; i < c->nknelpunten; i++) {
		s = store_stmt(w->st, SQL_KP_ADD);
		sqlite3_bind_int64(s, 1, casus_id);
		casus_bind_code(s, 2, &codes_categorie, (int)c->knelpunten[i].categorie);
		store_bind_text(s, 3, c->knelpunten[i].omschrijving);
		sqlite3_bind_int64(s, 4, (sqlite3_int64)i);
		if (casus_exec(w->st, s, w->e, "knelpunt insert") != ERR_OK)
			return w->e->code;
	}
	return ERR_OK;
}

/*
 * Interventies become timeline entries. One without a date gets the casus's
 * ontvangenOp (the timeline needs a date). With only_new, an interventie that
 * is already on the timeline (same type, date and text) is skipped.
 */
static enum err_code
interventies_write(struct casus_wctx *w, int64_t casus_id, const struct casus *c, bool only_new)
{
	sqlite3_stmt *s;
	int64_t same;

	for (size_t i = 0; i < c->ninterventies; i++) {
		const struct interventie *iv = &c->interventies[i];
		int datum = iv->datum != DATE_NONE ? iv->datum :
		    c->ontvangen_op != DATE_NONE ? c->ontvangen_op : w->today;

		if (only_new) {
			s = store_stmt(w->st, SQL_IV_SAME);
			sqlite3_bind_int64(s, 1, casus_id);
			casus_bind_code(s, 2, &codes_interventie_type, (int)iv->type);
			casus_bind_date(s, 3, datum);
			store_bind_text(s, 4, iv->omschrijving);
			if (casus_query_id(w->st, s, &same, w->e, "interventie lookup") != ERR_OK)
				return w->e->code;
			if (same != 0)
				continue;
		}
		s = store_stmt(w->st, SQL_IV_ADD);
		sqlite3_bind_int64(s, 1, casus_id);
		casus_bind_date(s, 2, datum);
		casus_bind_code(s, 3, &codes_interventie_type, (int)iv->type);
		store_bind_text(s, 4, iv->omschrijving);
		store_bind_id(s, 5, w->auteur);
		sqlite3_bind_text(s, 6, w->now, -1, SQLITE_STATIC);
		if (casus_exec(w->st, s, w->e, "interventie insert") != ERR_OK)
			return w->e->code;
	}
	return ERR_OK;
}

/* ---- the casus row ------------------------------------------------------------------------ */

static const char SQL_CASUS_ADD[] =
    "INSERT INTO casus (id, referentie, status, ontvangen_op, afgerond_op, indiener_id, indiener_type,"
    " regievoerder_id, hulpvraag, situatie, geprobeerd, urgentie, maatwerk, resultaat, procesregie_houder,"
    " procesregie_terugkoppeling, procesregie_dossierhouder, let_escalatie, buitenlandse_component, followup_op,"
    " followup_antwoord, followup_toelichting, indiener_organisatie_id, indiener_aangesloten_sinds,"
    " indiener_aangesloten_tot, indiener_opgegeven, aangemaakt_door, created_at, updated_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
static const char SQL_CASUS_SET[] =
    "UPDATE casus SET referentie = ?, status = ?, ontvangen_op = ?, afgerond_op = ?, indiener_id = ?,"
    " indiener_type = ?, regievoerder_id = ?, hulpvraag = ?, situatie = ?, geprobeerd = ?, urgentie = ?,"
    " maatwerk = ?, resultaat = ?, procesregie_houder = ?, procesregie_terugkoppeling = ?,"
    " procesregie_dossierhouder = ?, let_escalatie = ?, buitenlandse_component = ?, followup_op = ?,"
    " followup_antwoord = ?, followup_toelichting = ?, indiener_organisatie_id = ?,"
    " indiener_aangesloten_sinds = ?, indiener_aangesloten_tot = ?, indiener_opgegeven = ?, updated_at = ?"
    " WHERE id = ?";
static const char SQL_CASUS_ID_FREE[] = "SELECT id FROM casus WHERE id = ?";
static const char SQL_CASUS_STORED[] = "SELECT referentie, indiener_opgegeven FROM casus WHERE id = ?";

/* The resolved parties of a casus. */
struct partijen {
	int64_t indiener, indiener_org, regievoerder;
	bool opgegeven;              /* indiener_org and its connection dates as stated in c */
};

/*
 * Indiener and regievoerder. With `opgegeven` the casus keeps the indiener's
 * organisation exactly as c states it (none when c names none) with its
 * connection dates; otherwise the organisation defaults to the persoon's own
 * and the dates come from the organisation row when read.
 */
static enum err_code
partijen_resolve(struct casus_wctx *w, const struct casus *c, bool opgegeven, struct partijen *p)
{
	int64_t org, persoon_org, rv_org;

	memset(p, 0, sizeof(*p));
	p->opgegeven = opgegeven;
	if (casus_persoon_org_resolve(w, &c->indiener, &org) != ERR_OK ||
	    casus_persoon_resolve(w, &c->indiener, org, &p->indiener, &persoon_org) != ERR_OK)
		return w->e->code;
	p->indiener_org = org != 0 || opgegeven ? org : persoon_org;
	if (casus_persoon_org_resolve(w, &c->regievoerder, &rv_org) != ERR_OK ||
	    casus_persoon_resolve(w, &c->regievoerder, rv_org, &p->regievoerder, &persoon_org) != ERR_OK)
		return w->e->code;
	return ERR_OK;
}

/* Binds the 25 columns SQL_CASUS_ADD and SQL_CASUS_SET share, from `first` on. */
static void
bind_casus(sqlite3_stmt *s, int first, const struct casus *c, const struct partijen *p)
{
	int i = first;

	store_bind_text(s, i++, c->referentie);
	casus_bind_code(s, i++, &codes_casus_status, (int)c->status);
	casus_bind_date(s, i++, c->ontvangen_op);
	casus_bind_date(s, i++, c->afgerond_op);
	store_bind_id(s, i++, p->indiener);
	casus_bind_code(s, i++, &codes_indiener_type, c->indiener_type);
	store_bind_id(s, i++, p->regievoerder);
	store_bind_text(s, i++, c->hulpvraag != NULL ? c->hulpvraag : "");   /* a concept may lack it */
	store_bind_text(s, i++, c->situatie);
	store_bind_text(s, i++, c->geprobeerd);
	casus_bind_code(s, i++, &codes_urgentie, (int)c->urgentie);
	casus_bind_code(s, i++, &codes_maatwerk, c->maatwerk);
	store_bind_text(s, i++, c->resultaat);
	store_bind_text(s, i++, c->procesregie.houder);
	store_bind_text(s, i++, c->procesregie.terugkoppeling);
	store_bind_text(s, i++, c->procesregie.dossierhouder);
	sqlite3_bind_int(s, i++, c->let_escalatie);
	sqlite3_bind_int(s, i++, c->buitenlandse_component);
	casus_bind_date(s, i++, c->followup_op);
	casus_bind_code(s, i++, &codes_followup, c->followup_antwoord);
	store_bind_text(s, i++, c->followup_toelichting);
	store_bind_id(s, i++, p->indiener_org);
	casus_bind_date(s, i++, p->opgegeven ? c->indiener.organisatie.aangesloten_sinds : DATE_NONE);
	casus_bind_date(s, i++, p->opgegeven ? c->indiener.organisatie.aangesloten_tot : DATE_NONE);
	sqlite3_bind_int(s, i, p->opgegeven);
}

/* The date of a belegging's first status: when the casus closed, else when it came in. */
static int
status_datum(const struct casus_wctx *w, const struct casus *c)
{
	return c->afgerond_op != DATE_NONE ? c->afgerond_op : c->ontvangen_op != DATE_NONE ? c->ontvangen_op : w->today;
}

static enum err_code
children_write(struct casus_wctx *w, int64_t id, const struct casus *c, bool replace, int datum)
{
	if (bits_write(w, id, c->leefgebieden, &codes_leefgebied, SQL_LG_DEL, SQL_LG_ADD, replace) != ERR_OK ||
	    bits_write(w, id, c->beleidsterreinen, &codes_beleidsterrein, SQL_BT_DEL, SQL_BT_ADD, replace) != ERR_OK ||
	    organisaties_write(w, id, c, replace) != ERR_OK || knelpunten_write(w, id, c, replace) != ERR_OK ||
	    interventies_write(w, id, c, replace) != ERR_OK ||
	    casus_leerpunten_write(w, id, c, replace, datum) != ERR_OK)
		return w->e->code;
	return ERR_OK;
}

static void
wctx_init(struct casus_wctx *w, struct store *st, struct arena *a, struct err *e, struct err *local, int64_t auteur,
    time_t now)
{
	w->st = st;
	w->a = a;
	w->e = e != NULL ? e : local;
	w->auteur = auteur;
	time_format(now, w->now);
	w->today = date_today(now);
	err_clear(w->e);
}

static enum err_code
insert(struct store *st, struct arena *a, struct casus *c, int64_t auteur, time_t now, unsigned flags,
    struct err *e)
{
	struct err local;
	struct casus_wctx w;
	struct partijen p;
	sqlite3_stmt *s;
	int64_t keep_id = 0;
	const char *ref_before = c->referentie;

	wctx_init(&w, st, a, e, &local, auteur, now);
	if (!store_in_transaction(st))
		return err_set(w.e, ERR_INTERNAL, NULL, "Er ging iets mis bij het opslaan.");
	if ((flags & W_IMPORT) && c->id > 0) {
		s = store_stmt(st, SQL_CASUS_ID_FREE);
		sqlite3_bind_int64(s, 1, c->id);
		if (casus_query_id(st, s, &keep_id, w.e, "casus id") != ERR_OK)
			goto err;
		keep_id = keep_id == 0 ? c->id : 0;   /* the id is the database's own: kept only when free */
	}
	c->id = 0;
	if (referentie_take(&w, c) != ERR_OK || partijen_resolve(&w, c, (flags & W_IMPORT) != 0, &p) != ERR_OK)
		goto err;
	if (c->ontvangen_op == DATE_NONE)
		c->ontvangen_op = w.today;   /* a concept without a date yet: the column needs one */
	s = store_stmt(st, SQL_CASUS_ADD);
	store_bind_id(s, 1, keep_id);
	bind_casus(s, 2, c, &p);
	store_bind_id(s, 27, auteur);
	sqlite3_bind_text(s, 28, w.now, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 29, w.now, -1, SQLITE_STATIC);
	if (casus_exec(st, s, w.e, "casus insert") != ERR_OK)
		goto err;
	c->id = sqlite3_last_insert_rowid(store_db(st));
	if (children_write(&w, c->id, c, false, status_datum(&w, c)) != ERR_OK)
		goto err;
	return ERR_OK;
err:
	c->id = 0;
	c->referentie = ref_before;
	return w.e->code != ERR_OK ? w.e->code : ERR_INTERNAL;
}

enum err_code
store_casus_insert(struct store *st, struct arena *a, struct casus *c, int64_t auteur_gebruiker_id, time_t now,
    struct err *e)
{
	return insert(st, a, c, auteur_gebruiker_id, now, 0, e);
}

enum err_code
store_casus_import(struct store *st, struct arena *a, struct casus *c, int64_t auteur_gebruiker_id, time_t now,
    struct err *e)
{
	return insert(st, a, c, auteur_gebruiker_id, now, W_IMPORT, e);
}

static const char SQL_LP_MAX[] = "SELECT coalesce(max(id), 0) FROM leerpunt";

int64_t
store_casus_leerpunt_max_id(struct store *st)
{
	int64_t max = 0;

	casus_query_id(st, store_stmt(st, SQL_LP_MAX), &max, NULL, "leerpunt max");
	return max;
}

enum err_code
store_referentie_reserveer(struct store *st, const char *referentie, struct err *e)
{
	sqlite3_stmt *s;
	int jaar, nr;

	if (!referentie_parse(referentie, &jaar, &nr))
		return ERR_OK;   /* saving the casus says what is wrong with it */
	s = store_stmt(st, SQL_TELLER_BUMP);
	sqlite3_bind_int(s, 1, jaar);
	sqlite3_bind_int(s, 2, nr);
	return casus_exec(st, s, e, "referentie_teller reserve");
}

void
store_casus_bulk(struct store *st)
{
	/* 64 MiB of page cache (the default is 2 MiB): fewer pages spill to the WAL mid-transaction. */
	sqlite3_exec(store_db(st), "PRAGMA cache_size = -65536", NULL, NULL, NULL);
}

enum err_code
store_casus_update(struct store *st, struct arena *a, struct casus *c, int64_t auteur_gebruiker_id, time_t now,
    struct err *e)
{
	struct err local;
	struct casus_wctx w;
	struct partijen p;
	sqlite3_stmt *s;
	const char *stored_ref = NULL;
	bool opgegeven = false;
	int rc;

	wctx_init(&w, st, a, e, &local, auteur_gebruiker_id, now);
	if (!store_in_transaction(st))
		return err_set(w.e, ERR_INTERNAL, NULL, "Er ging iets mis bij het opslaan.");
	s = store_stmt(st, SQL_CASUS_STORED);
	sqlite3_bind_int64(s, 1, c->id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		stored_ref = store_col_text(a, s, 0);
		opgegeven = sqlite3_column_int(s, 1) != 0;
	}
	sqlite3_reset(s);
	if (rc == SQLITE_DONE)
		return err_set(w.e, ERR_NOT_FOUND, NULL, "Deze casus bestaat niet.");
	if (rc != SQLITE_ROW)
		return store_fail(st, rc, w.e, "casus lookup");
	if (stored_ref != NULL)
		c->referentie = stored_ref;   /* a referentie never changes once given */
	else if (referentie_take(&w, c) != ERR_OK)
		return w.e->code;
	if (partijen_resolve(&w, c, opgegeven, &p) != ERR_OK)
		return w.e->code;
	if (c->ontvangen_op == DATE_NONE)
		c->ontvangen_op = w.today;
	s = store_stmt(st, SQL_CASUS_SET);
	bind_casus(s, 1, c, &p);
	sqlite3_bind_text(s, 26, w.now, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 27, c->id);
	if (casus_exec(st, s, w.e, "casus update") != ERR_OK)
		return w.e->code;
	return children_write(&w, c->id, c, true, w.today);
}
