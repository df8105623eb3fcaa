/* escalatie.c - escalaties to the LET: their statement table, reading one with its meetings, and each change. */
#include "store/escalatie/escalatie.h"

#include <string.h>

#include "lib/date.h"
#include "store/casus/casus.h"
#include "store/store_private.h"
#include "store/util.h"

enum {
	Q_INSERT, Q_INTERVENTIE, Q_ORG_ADD, Q_ORG_DEL, Q_UPDATE, Q_GET, Q_VAN_CASUS, Q_ORGS,
	Q_BIJEENKOMSTEN, Q_DEELNEMERS, Q_AFSPRAKEN, Q_OPVOLGING,
	Q_BIJEENKOMST_ADD, Q_DEELNEMER_ADD, Q_AFSPRAAK_ADD, Q_OPVOLGING_ADD,
	Q_CHAIR_DEELNEMER, Q_CHAIR_WEG, Q_LIJST, Q_AFSPRAKEN_OPEN,
	Q_LEGACY_VLAG, Q_LEGACY_RECORDS, Q_IMPORT_INTERVENTIES, Q_IMPORT_WEG, Q__MAX
};

#define ESC_COLUMNS \
	"SELECT e.id, e.casus_id, e.status, e.aangevraagd_op, e.reden, e.geprobeerd, e.gevraagd_besluit, e.urgentie," \
	" e.voorzitter_id, p.naam, p.email, e.uitkomst, e.resultaat, e.afgesloten_op" \
	" FROM escalatie e LEFT JOIN persoon p ON p.id = e.voorzitter_id"

/* The current status of an afspraak: its latest follow-up, open without one. */
#define AFSPRAAK_STATUS \
	"coalesce((SELECT o.status FROM afspraak_opvolging o WHERE o.afspraak_id = af.id ORDER BY o.id DESC LIMIT 1)," \
	" 'open')"

static const struct store_sql sql[Q__MAX] = {
	[Q_INSERT] = { "escalatie.insert",
	    "INSERT INTO escalatie (casus_id, status, aangevraagd_op, reden, geprobeerd, gevraagd_besluit, urgentie,"
	    " interventie_id, aangevraagd_door, created_at, updated_at) VALUES (:casus, :status, :aangevraagd_op,"
	    " :reden, :geprobeerd, :gevraagd_besluit, :urgentie, :interventie, :auteur, :now, :now)", NULL },
	[Q_INTERVENTIE] = { "escalatie.interventie_insert",
	    "INSERT INTO activiteit (casus_id, type, datum, interventie_type, omschrijving, auteur_id, created_at)"
	    " VALUES (:casus, 'interventie', :datum, 'escalatie', :omschrijving, :auteur, :now)", NULL },
	[Q_ORG_ADD] = { "escalatie.organisatie_insert",
	    "INSERT INTO escalatie_organisatie (escalatie_id, organisatie_id, volgorde) VALUES (:escalatie, :organisatie,"
	    " :volgorde)", NULL },
	[Q_ORG_DEL] = { "escalatie.organisatie_delete",
	    "DELETE FROM escalatie_organisatie WHERE escalatie_id = :escalatie", NULL },
	[Q_UPDATE] = { "escalatie.update",
	    "UPDATE escalatie SET status = :status, reden = :reden, geprobeerd = :geprobeerd,"
	    " gevraagd_besluit = :gevraagd_besluit, urgentie = :urgentie, voorzitter_id = :voorzitter,"
	    " uitkomst = :uitkomst, resultaat = :resultaat, afgesloten_op = :afgesloten_op, updated_at = :now"
	    " WHERE id = :id AND status = :van", NULL },
	[Q_GET] = { "escalatie.get", ESC_COLUMNS " WHERE e.id = :id AND e.casus_id = :casus", NULL },
	[Q_VAN_CASUS] = { "escalatie.van_casus", ESC_COLUMNS " WHERE e.casus_id = :casus ORDER BY e.aangevraagd_op, e.id",
	    NULL },
	[Q_ORGS] = { "escalatie.organisaties",
	    "SELECT o.id, o.naam, o.type, o.code FROM escalatie_organisatie eo JOIN organisatie o ON o.id = eo.organisatie_id"
	    " WHERE eo.escalatie_id = :escalatie ORDER BY eo.volgorde, o.id", NULL },
	[Q_BIJEENKOMSTEN] = { "escalatie.bijeenkomsten",
	    "SELECT id, datum, notities FROM escalatie_bijeenkomst WHERE escalatie_id = :escalatie ORDER BY datum, id",
	    NULL },
	[Q_DEELNEMERS] = { "escalatie.deelnemers",
	    "SELECT d.bijeenkomst_id, d.id, d.naam, o.id, o.naam, o.type, o.code, d.functie, d.mandaat"
	    " FROM escalatie_deelnemer d JOIN escalatie_bijeenkomst b ON b.id = d.bijeenkomst_id"
	    " JOIN organisatie o ON o.id = d.organisatie_id WHERE b.escalatie_id = :escalatie ORDER BY d.id", NULL },
	[Q_AFSPRAKEN] = { "escalatie.afspraken",
	    "SELECT af.bijeenkomst_id, af.id, af.wat, o.id, o.naam, o.type, o.code, af.wie, af.uiterlijk, "
	    AFSPRAAK_STATUS " FROM escalatie_afspraak af JOIN escalatie_bijeenkomst b ON b.id = af.bijeenkomst_id"
	    " JOIN organisatie o ON o.id = af.organisatie_id WHERE b.escalatie_id = :escalatie ORDER BY af.id", NULL },
	[Q_OPVOLGING] = { "escalatie.opvolging",
	    "SELECT o.afspraak_id, o.datum, o.status, o.notitie FROM afspraak_opvolging o"
	    " JOIN escalatie_afspraak af ON af.id = o.afspraak_id JOIN escalatie_bijeenkomst b ON b.id = af.bijeenkomst_id"
	    " WHERE b.escalatie_id = :escalatie ORDER BY o.id", NULL },
	[Q_BIJEENKOMST_ADD] = { "escalatie.bijeenkomst_insert",
	    "INSERT INTO escalatie_bijeenkomst (escalatie_id, datum, notities, auteur_id, created_at)"
	    " VALUES (:escalatie, :datum, :notities, :auteur, :now)", NULL },
	[Q_DEELNEMER_ADD] = { "escalatie.deelnemer_insert",
	    "INSERT INTO escalatie_deelnemer (bijeenkomst_id, naam, organisatie_id, functie, mandaat, created_at)"
	    " VALUES (:bijeenkomst, :naam, :organisatie, :functie, :mandaat, :now)", NULL },
	[Q_AFSPRAAK_ADD] = { "escalatie.afspraak_insert",
	    "INSERT INTO escalatie_afspraak (bijeenkomst_id, wat, organisatie_id, wie, uiterlijk, auteur_id, created_at)"
	    " VALUES (:bijeenkomst, :wat, :organisatie, :wie, :uiterlijk, :auteur, :now)", NULL },
	[Q_OPVOLGING_ADD] = { "escalatie.opvolging_insert",
	    "INSERT INTO afspraak_opvolging (afspraak_id, datum, status, notitie, auteur_id, created_at)"
	    " VALUES (:afspraak, :datum, :status, :notitie, :auteur, :now)", NULL },
	/* The chair of an escalatie sees its casus as a deelnemer. */
	[Q_CHAIR_DEELNEMER] = { "escalatie.voorzitter_deelnemer",
	    "INSERT INTO casus_deelnemer (casus_id, persoon_id, rol, uitgenodigd_door, uitgenodigd_op)"
	    " VALUES (:casus, :persoon, 'let_voorzitter', :door, :now) ON CONFLICT (casus_id, persoon_id) DO NOTHING",
	    NULL },
	/* A replaced chair stops seeing the casus, unless they chair another escalatie of it. */
	[Q_CHAIR_WEG] = { "escalatie.voorzitter_weg",
	    "DELETE FROM casus_deelnemer WHERE casus_id = :casus AND persoon_id = :persoon AND rol = 'let_voorzitter'"
	    " AND NOT EXISTS (SELECT 1 FROM escalatie e WHERE e.casus_id = :casus AND e.voorzitter_id = :persoon)", NULL },
	[Q_LIJST] = { "escalatie.lijst",
	    "SELECT e.id, e.casus_id, c.referentie, e.status, e.urgentie, e.aangevraagd_op, e.voorzitter_id, p.naam,"
	    " (SELECT count(*) FROM escalatie_afspraak af JOIN escalatie_bijeenkomst b ON b.id = af.bijeenkomst_id"
	    "   WHERE b.escalatie_id = e.id AND " AFSPRAAK_STATUS " = 'open'),"
	    " (SELECT min(af.uiterlijk) FROM escalatie_afspraak af JOIN escalatie_bijeenkomst b ON b.id = af.bijeenkomst_id"
	    "   WHERE b.escalatie_id = e.id AND " AFSPRAAK_STATUS " = 'open')"
	    " FROM escalatie e JOIN casus c ON c.id = e.casus_id LEFT JOIN persoon p ON p.id = e.voorzitter_id"
	    " WHERE (:voorzitter = 0 OR e.voorzitter_id = :voorzitter)"
	    " AND (:open = 0 OR e.status NOT IN ('afgerond', 'alleen_voorzitter', 'ingetrokken'))"
	    " ORDER BY e.aangevraagd_op DESC, e.id DESC LIMIT 500", NULL },
	[Q_AFSPRAKEN_OPEN] = { "escalatie.afspraken_open",
	    "SELECT e.id, c.referentie, af.id, af.wat, o.id, o.naam, o.type, o.code, af.wie, af.uiterlijk, e.voorzitter_id"
	    " FROM escalatie_afspraak af JOIN escalatie_bijeenkomst b ON b.id = af.bijeenkomst_id"
	    " JOIN escalatie e ON e.id = b.escalatie_id JOIN casus c ON c.id = e.casus_id"
	    " JOIN organisatie o ON o.id = af.organisatie_id"
	    " WHERE af.uiterlijk < :voor AND " AFSPRAAK_STATUS " = 'open'"
	    " AND (:voorzitter = 0 OR e.voorzitter_id = :voorzitter)"
	    " ORDER BY af.uiterlijk, af.id LIMIT 500", NULL },
	/* An imported casus of an older file: the LET flag without an escalatie interventie gets one (as migration 009). */
	[Q_LEGACY_VLAG] = { "escalatie.legacy_vlag",
	    "INSERT INTO activiteit (casus_id, type, datum, interventie_type, omschrijving, created_at)"
	    " SELECT c.id, 'interventie', coalesce(c.afgerond_op, c.ontvangen_op), 'escalatie', :tekst, :now FROM casus c"
	    " WHERE c.id = :casus AND NOT EXISTS (SELECT 1 FROM activiteit a WHERE a.casus_id = c.id"
	    "   AND a.type = 'interventie' AND a.interventie_type = 'escalatie')", NULL },
	/* Every escalatie interventie of the casus without a record gets one (as migration 009). */
	[Q_LEGACY_RECORDS] = { "escalatie.legacy_records",
	    "INSERT INTO escalatie (casus_id, status, aangevraagd_op, reden, gevraagd_besluit, urgentie, resultaat,"
	    " afgesloten_op, interventie_id, created_at, updated_at)"
	    " SELECT a.casus_id, CASE WHEN c.status = 'afgerond' THEN 'afgerond' ELSE 'aangevraagd' END, a.datum,"
	    " coalesce(nullif(trim(a.omschrijving), ''), :reden), :onbekend, c.urgentie,"
	    " CASE WHEN c.status = 'afgerond' THEN :onbekend END,"
	    " CASE WHEN c.status = 'afgerond' THEN max(a.datum, coalesce(c.afgerond_op, a.datum)) END, a.id, :now, :now"
	    " FROM activiteit a JOIN casus c ON c.id = a.casus_id"
	    " WHERE a.casus_id = :casus AND a.type = 'interventie' AND a.interventie_type = 'escalatie'"
	    " AND NOT EXISTS (SELECT 1 FROM escalatie x WHERE x.interventie_id = a.id) ORDER BY a.id", NULL },
	[Q_IMPORT_INTERVENTIES] = { "escalatie.import_interventies",
	    "SELECT a.id FROM activiteit a WHERE a.casus_id = :casus AND a.type = 'interventie'"
	    " AND a.interventie_type = 'escalatie' ORDER BY a.datum, a.id", NULL },
	[Q_IMPORT_WEG] = { "escalatie.import_delete", "DELETE FROM escalatie WHERE casus_id = :casus", NULL },
};

const struct store_sql_table store_escalatie_sql = { "escalatie", sql, Q__MAX };

#define Q(st, id) store_q((st), STORE_T_ESCALATIE, (id))

static void
org_init(struct organisatie_ref *o)
{
	memset(o, 0, sizeof(*o));
	o->type = ORGTYPE_OVERIG;
	o->aangesloten_sinds = o->aangesloten_tot = DATE_NONE;
}

/* An organisation from columns i (id), i+1 (naam), i+2 (type), i+3 (code). */
static void
col_org(struct store_q *q, struct arena *a, int i, struct organisatie_ref *o)
{
	org_init(o);
	o->id = store_col_int(q, i);
	o->naam = store_col_text(q, a, i + 1);
	o->type = (enum organisatie_type)store_col_enum(q, i + 2, &codes_organisatie_type, ORGTYPE_OVERIG);
	o->code = store_col_text(q, a, i + 3);
}

static const char *
of_null(const char *s)
{
	return s != NULL && *s != '\0' ? s : NULL;
}

static char *
nu(time_t now, char buf[TIME_STRLEN])
{
	time_format(now, buf);
	return buf;
}

static enum err_code
need_transaction(struct store *st, struct err *err)
{
	if (!store_in_transaction(st))
		return err_set(err, ERR_INTERNAL, NULL, "Er ging iets mis bij het opslaan.");
	return ERR_OK;
}

static enum err_code
organisaties_write(struct store *st, struct arena *a, const struct escalatie *e, int64_t id, struct err *err)
{
	for (size_t i = 0; i < e->norganisaties; i++) {
		struct store_q *q;
		int64_t org = 0;
		enum err_code rc;

		if ((rc = store_organisatie_resolve(st, a, &e->organisaties[i], &org, err)) != ERR_OK)
			return rc;
		q = Q(st, Q_ORG_ADD);
		store_bind_int(q, ":escalatie", id);
		store_bind_int(q, ":organisatie", org);
		store_bind_int(q, ":volgorde", (int64_t)i);
		if ((rc = store_exec(q, err)) != ERR_OK)
			return rc;
	}
	return ERR_OK;
}

enum err_code
store_escalatie_insert(struct store *st, struct arena *a, const struct escalatie *e, const char *tijdlijn,
    int64_t auteur, time_t now, int64_t *id, struct err *err)
{
	char ts[TIME_STRLEN];
	struct store_q *q;
	int64_t interventie;
	enum err_code rc;

	if ((rc = need_transaction(st, err)) != ERR_OK)
		return rc;
	nu(now, ts);
	q = Q(st, Q_INTERVENTIE);
	store_bind_int(q, ":casus", e->casus_id);
	store_bind_date(q, ":datum", e->aangevraagd_op);
	store_bind_text(q, ":omschrijving", of_null(tijdlijn));
	store_bind_id(q, ":auteur", auteur);
	store_bind_text(q, ":now", ts);
	if ((rc = store_exec(q, err)) != ERR_OK)
		return rc;
	interventie = store_last_id(st);
	q = Q(st, Q_INSERT);
	store_bind_int(q, ":casus", e->casus_id);
	store_bind_code(q, ":status", &codes_escalatie_status, (int)e->status);
	store_bind_date(q, ":aangevraagd_op", e->aangevraagd_op);
	store_bind_text(q, ":reden", e->reden);
	store_bind_text(q, ":geprobeerd", of_null(e->geprobeerd));
	store_bind_text(q, ":gevraagd_besluit", e->gevraagd_besluit);
	store_bind_code(q, ":urgentie", &codes_urgentie, (int)e->urgentie);
	store_bind_int(q, ":interventie", interventie);
	store_bind_id(q, ":auteur", auteur);
	store_bind_text(q, ":now", ts);
	if ((rc = store_exec(q, err)) != ERR_OK)
		return rc;
	*id = store_last_id(st);
	return organisaties_write(st, a, e, *id, err);
}

enum err_code
store_escalatie_update(struct store *st, struct arena *a, const struct escalatie *e, enum escalatie_status van,
    bool aanvraag, int64_t auteur, time_t now, struct err *err)
{
	struct escalatie oud;
	char ts[TIME_STRLEN];
	struct store_q *q;
	enum err_code rc;

	if ((rc = need_transaction(st, err)) != ERR_OK)
		return rc;
	if ((rc = store_escalatie_get(st, a, e->casus_id, e->id, &oud, err)) != ERR_OK)
		return rc;
	nu(now, ts);
	q = Q(st, Q_UPDATE);
	store_bind_code(q, ":status", &codes_escalatie_status, (int)e->status);
	store_bind_text(q, ":reden", e->reden);
	store_bind_text(q, ":geprobeerd", of_null(e->geprobeerd));
	store_bind_text(q, ":gevraagd_besluit", e->gevraagd_besluit);
	store_bind_code(q, ":urgentie", &codes_urgentie, (int)e->urgentie);
	store_bind_id(q, ":voorzitter", e->voorzitter.id);
	store_bind_code(q, ":uitkomst", &codes_escalatie_uitkomst, e->uitkomst);
	store_bind_text(q, ":resultaat", of_null(e->resultaat));
	store_bind_date(q, ":afgesloten_op", e->afgesloten_op);
	store_bind_text(q, ":now", ts);
	store_bind_int(q, ":id", e->id);
	store_bind_code(q, ":van", &codes_escalatie_status, (int)van);
	if ((rc = store_exec(q, err)) != ERR_OK)
		return rc;
	if (store_changes(st) != 1)
		return err_set(err, ERR_CONFLICT, "status",
		    "Deze escalatie is intussen door iemand anders gewijzigd. Laad de pagina opnieuw.");
	if (aanvraag) {   /* the request's organisations were given anew */
		q = Q(st, Q_ORG_DEL);
		store_bind_int(q, ":escalatie", e->id);
		if ((rc = store_exec(q, err)) != ERR_OK || (rc = organisaties_write(st, a, e, e->id, err)) != ERR_OK)
			return rc;
	}
	if (e->voorzitter.id != oud.voorzitter.id && e->voorzitter.id > 0) {
		q = Q(st, Q_CHAIR_DEELNEMER);
		store_bind_int(q, ":casus", e->casus_id);
		store_bind_int(q, ":persoon", e->voorzitter.id);
		store_bind_id(q, ":door", auteur);
		store_bind_text(q, ":now", ts);
		if ((rc = store_exec(q, err)) != ERR_OK)
			return rc;
	}
	if (oud.voorzitter.id > 0 && e->voorzitter.id != oud.voorzitter.id) {
		q = Q(st, Q_CHAIR_WEG);
		store_bind_int(q, ":casus", e->casus_id);
		store_bind_int(q, ":persoon", oud.voorzitter.id);
		if ((rc = store_exec(q, err)) != ERR_OK)
			return rc;
	}
	return ERR_OK;
}

/* ---- reading ---------------------------------------------------------------------------- */

static void
col_escalatie(struct store_q *q, struct arena *a, struct escalatie *e)
{
	escalatie_init(e);
	e->id = store_col_int(q, 0);
	e->casus_id = store_col_int(q, 1);
	e->status = (enum escalatie_status)store_col_enum(q, 2, &codes_escalatie_status, ESCALATIE_AANGEVRAAGD);
	e->aangevraagd_op = store_col_date(q, 3);
	e->reden = store_col_text(q, a, 4);
	e->geprobeerd = store_col_text(q, a, 5);
	e->gevraagd_besluit = store_col_text(q, a, 6);
	e->urgentie = (enum urgentie)store_col_enum(q, 7, &codes_urgentie, URGENTIE_NORMAAL);
	e->voorzitter.id = store_col_int(q, 8);
	e->voorzitter.naam = store_col_text(q, a, 9);
	e->voorzitter.email = store_col_text(q, a, 10);
	e->uitkomst = store_col_code(q, 11, &codes_escalatie_uitkomst);
	e->resultaat = store_col_text(q, a, 12);
	e->afgesloten_op = store_col_date(q, 13);
}

static struct escalatie_bijeenkomst *
bijeenkomst_van(struct escalatie *e, int64_t id)
{
	for (size_t i = 0; i < e->nbijeenkomsten; i++)
		if (e->bijeenkomsten[i].id == id)
			return &e->bijeenkomsten[i];
	return NULL;
}

/* Organisations, meetings, participants, afspraken and their follow-up of e (read by col_escalatie). */
static enum err_code
load_children(struct store *st, struct arena *a, struct escalatie *e, struct err *err)
{
	struct store_q *q;
	size_t cap = 0;
	enum err_code rc;

	q = Q(st, Q_ORGS);
	store_bind_int(q, ":escalatie", e->id);
	while (store_next(q)) {
		e->organisaties = store_grow(a, e->organisaties, e->norganisaties, &cap, sizeof(*e->organisaties));
		col_org(q, a, 0, &e->organisaties[e->norganisaties++]);
	}
	if ((rc = store_end(q, err)) != ERR_OK)
		return rc;

	cap = 0;
	q = Q(st, Q_BIJEENKOMSTEN);
	store_bind_int(q, ":escalatie", e->id);
	while (store_next(q)) {
		struct escalatie_bijeenkomst *b;

		e->bijeenkomsten = store_grow(a, e->bijeenkomsten, e->nbijeenkomsten, &cap, sizeof(*e->bijeenkomsten));
		b = &e->bijeenkomsten[e->nbijeenkomsten++];
		memset(b, 0, sizeof(*b));
		b->id = store_col_int(q, 0);
		b->datum = store_col_date(q, 1);
		b->notities = store_col_text(q, a, 2);
	}
	if ((rc = store_end(q, err)) != ERR_OK)
		return rc;
	if (e->nbijeenkomsten == 0)
		return ERR_OK;

	/* participants and afspraken are few: each is appended to its meeting (the per-meeting capacity is its count) */
	q = Q(st, Q_DEELNEMERS);
	store_bind_int(q, ":escalatie", e->id);
	while (store_next(q)) {
		struct escalatie_bijeenkomst *b = bijeenkomst_van(e, store_col_int(q, 0));
		struct escalatie_deelnemer *d;
		size_t c = b != NULL ? b->ndeelnemers : 0;

		if (b == NULL)
			continue;
		b->deelnemers = store_grow(a, b->deelnemers, b->ndeelnemers, &c, sizeof(*b->deelnemers));
		d = &b->deelnemers[b->ndeelnemers++];
		memset(d, 0, sizeof(*d));
		d->id = store_col_int(q, 1);
		d->naam = store_col_text(q, a, 2);
		col_org(q, a, 3, &d->organisatie);
		d->functie = store_col_text(q, a, 7);
		d->mandaat = store_col_bool(q, 8);
	}
	if ((rc = store_end(q, err)) != ERR_OK)
		return rc;

	q = Q(st, Q_AFSPRAKEN);
	store_bind_int(q, ":escalatie", e->id);
	while (store_next(q)) {
		struct escalatie_bijeenkomst *b = bijeenkomst_van(e, store_col_int(q, 0));
		struct escalatie_afspraak *af;
		size_t c = b != NULL ? b->nafspraken : 0;

		if (b == NULL)
			continue;
		b->afspraken = store_grow(a, b->afspraken, b->nafspraken, &c, sizeof(*b->afspraken));
		af = &b->afspraken[b->nafspraken++];
		memset(af, 0, sizeof(*af));
		af->id = store_col_int(q, 1);
		af->wat = store_col_text(q, a, 2);
		col_org(q, a, 3, &af->organisatie);
		af->wie = store_col_text(q, a, 7);
		af->uiterlijk = store_col_date(q, 8);
		af->status = (enum afspraak_status)store_col_enum(q, 9, &codes_afspraak_status, AFSPRAAK_OPEN);
	}
	if ((rc = store_end(q, err)) != ERR_OK)
		return rc;

	q = Q(st, Q_OPVOLGING);
	store_bind_int(q, ":escalatie", e->id);
	while (store_next(q)) {
		int64_t afspraak = store_col_int(q, 0);

		for (size_t i = 0; i < e->nbijeenkomsten; i++)
			for (size_t j = 0; j < e->bijeenkomsten[i].nafspraken; j++) {
				struct escalatie_afspraak *af = &e->bijeenkomsten[i].afspraken[j];
				struct afspraak_opvolging *o;
				size_t c = af->nopvolging;

				if (af->id != afspraak)
					continue;
				af->opvolging = store_grow(a, af->opvolging, af->nopvolging, &c, sizeof(*af->opvolging));
				o = &af->opvolging[af->nopvolging++];
				o->datum = store_col_date(q, 1);
				o->status = (enum afspraak_status)store_col_enum(q, 2, &codes_afspraak_status, AFSPRAAK_OPEN);
				o->notitie = store_col_text(q, a, 3);
			}
	}
	return store_end(q, err);
}

enum err_code
store_escalatie_get(struct store *st, struct arena *a, int64_t casus_id, int64_t id, struct escalatie *out,
    struct err *err)
{
	struct store_q *q = Q(st, Q_GET);
	enum err_code rc;

	store_bind_int(q, ":id", id);
	store_bind_int(q, ":casus", casus_id);
	if ((rc = store_one(q, err)) == ERR_NOT_FOUND)
		return err_set(err, ERR_NOT_FOUND, NULL, "Deze escalatie bestaat niet.");
	if (rc != ERR_OK)
		return rc;
	col_escalatie(q, a, out);
	if ((rc = store_end(q, err)) != ERR_OK)
		return rc;
	return load_children(st, a, out, err);
}

enum err_code
store_escalatie_van_casus(struct store *st, struct arena *a, int64_t casus_id, struct escalatie **out, size_t *n,
    struct err *err)
{
	struct store_q *q = Q(st, Q_VAN_CASUS);
	struct escalatie *v = NULL;
	size_t len = 0, cap = 0;
	enum err_code rc;

	store_bind_int(q, ":casus", casus_id);
	while (store_next(q)) {
		v = store_grow(a, v, len, &cap, sizeof(*v));
		col_escalatie(q, a, &v[len++]);
	}
	if ((rc = store_end(q, err)) != ERR_OK)
		return rc;
	for (size_t i = 0; i < len; i++)
		if ((rc = load_children(st, a, &v[i], err)) != ERR_OK)
			return rc;
	*out = v;
	*n = len;
	return ERR_OK;
}

/* ---- meetings, participants, afspraken ------------------------------------------------------ */

enum err_code
store_escalatie_deelnemer_add(struct store *st, struct arena *a, int64_t bijeenkomst_id,
    const struct escalatie_deelnemer *d, time_t now, int64_t *id, struct err *err)
{
	char ts[TIME_STRLEN];
	struct store_q *q;
	int64_t org = 0;
	enum err_code rc;

	if ((rc = need_transaction(st, err)) != ERR_OK ||
	    (rc = store_organisatie_resolve(st, a, &d->organisatie, &org, err)) != ERR_OK)
		return rc;
	q = Q(st, Q_DEELNEMER_ADD);
	store_bind_int(q, ":bijeenkomst", bijeenkomst_id);
	store_bind_text(q, ":naam", d->naam);
	store_bind_int(q, ":organisatie", org);
	store_bind_text(q, ":functie", of_null(d->functie));
	store_bind_bool(q, ":mandaat", d->mandaat);
	store_bind_text(q, ":now", nu(now, ts));
	if ((rc = store_exec(q, err)) != ERR_OK)
		return rc;
	if (id != NULL)
		*id = store_last_id(st);
	return ERR_OK;
}

enum err_code
store_escalatie_bijeenkomst_add(struct store *st, struct arena *a, int64_t escalatie_id,
    const struct escalatie_bijeenkomst *b, int64_t auteur, time_t now, int64_t *id, struct err *err)
{
	char ts[TIME_STRLEN];
	struct store_q *q;
	enum err_code rc;

	if ((rc = need_transaction(st, err)) != ERR_OK)
		return rc;
	q = Q(st, Q_BIJEENKOMST_ADD);
	store_bind_int(q, ":escalatie", escalatie_id);
	store_bind_date(q, ":datum", b->datum);
	store_bind_text(q, ":notities", of_null(b->notities));
	store_bind_id(q, ":auteur", auteur);
	store_bind_text(q, ":now", nu(now, ts));
	if ((rc = store_exec(q, err)) != ERR_OK)
		return rc;
	*id = store_last_id(st);
	for (size_t i = 0; i < b->ndeelnemers; i++)
		if ((rc = store_escalatie_deelnemer_add(st, a, *id, &b->deelnemers[i], now, NULL, err)) != ERR_OK)
			return rc;
	return ERR_OK;
}

enum err_code
store_escalatie_afspraak_add(struct store *st, struct arena *a, int64_t bijeenkomst_id,
    const struct escalatie_afspraak *af, int64_t auteur, time_t now, int64_t *id, struct err *err)
{
	char ts[TIME_STRLEN];
	struct store_q *q;
	int64_t org = 0;
	enum err_code rc;

	if ((rc = need_transaction(st, err)) != ERR_OK ||
	    (rc = store_organisatie_resolve(st, a, &af->organisatie, &org, err)) != ERR_OK)
		return rc;
	q = Q(st, Q_AFSPRAAK_ADD);
	store_bind_int(q, ":bijeenkomst", bijeenkomst_id);
	store_bind_text(q, ":wat", af->wat);
	store_bind_int(q, ":organisatie", org);
	store_bind_text(q, ":wie", of_null(af->wie));
	store_bind_date(q, ":uiterlijk", af->uiterlijk);
	store_bind_id(q, ":auteur", auteur);
	store_bind_text(q, ":now", nu(now, ts));
	if ((rc = store_exec(q, err)) != ERR_OK)
		return rc;
	*id = store_last_id(st);
	return ERR_OK;
}

enum err_code
store_afspraak_opvolging_add(struct store *st, int64_t afspraak_id, const struct afspraak_opvolging *o,
    int64_t auteur, time_t now, struct err *err)
{
	char ts[TIME_STRLEN];
	struct store_q *q;
	enum err_code rc;

	if ((rc = need_transaction(st, err)) != ERR_OK)
		return rc;
	q = Q(st, Q_OPVOLGING_ADD);
	store_bind_int(q, ":afspraak", afspraak_id);
	store_bind_date(q, ":datum", o->datum);
	store_bind_code(q, ":status", &codes_afspraak_status, (int)o->status);
	store_bind_text(q, ":notitie", of_null(o->notitie));
	store_bind_id(q, ":auteur", auteur);
	store_bind_text(q, ":now", nu(now, ts));
	return store_exec(q, err);
}

/* ---- lists -------------------------------------------------------------------------------------- */

enum err_code
store_escalatie_lijst(struct store *st, struct arena *a, int64_t voorzitter, bool alleen_open,
    struct escalatie_item **out, size_t *n, struct err *err)
{
	struct store_q *q = Q(st, Q_LIJST);
	struct escalatie_item *v = NULL;
	size_t len = 0, cap = 0;
	enum err_code rc;

	store_bind_int(q, ":voorzitter", voorzitter > 0 ? voorzitter : 0);
	store_bind_bool(q, ":open", alleen_open);
	while (store_next(q)) {
		struct escalatie_item *it;

		v = store_grow(a, v, len, &cap, sizeof(*v));
		it = &v[len++];
		it->id = store_col_int(q, 0);
		it->casus_id = store_col_int(q, 1);
		it->referentie = store_col_text(q, a, 2);
		it->status = (enum escalatie_status)store_col_enum(q, 3, &codes_escalatie_status, ESCALATIE_AANGEVRAAGD);
		it->urgentie = (enum urgentie)store_col_enum(q, 4, &codes_urgentie, URGENTIE_NORMAAL);
		it->aangevraagd_op = store_col_date(q, 5);
		it->voorzitter_id = store_col_int(q, 6);
		it->voorzitter = store_col_text(q, a, 7);
		it->afspraken_open = (long)store_col_int(q, 8);
		it->eerste_uiterlijk = store_col_date(q, 9);
	}
	if ((rc = store_end(q, err)) != ERR_OK)
		return rc;
	*out = v;
	*n = len;
	return ERR_OK;
}

enum err_code
store_afspraken_open(struct store *st, struct arena *a, int voor, int64_t voorzitter, struct afspraak_item **out,
    size_t *n, struct err *err)
{
	struct store_q *q = Q(st, Q_AFSPRAKEN_OPEN);
	struct afspraak_item *v = NULL;
	size_t len = 0, cap = 0;
	enum err_code rc;

	store_bind_date(q, ":voor", voor);
	store_bind_int(q, ":voorzitter", voorzitter > 0 ? voorzitter : 0);
	while (store_next(q)) {
		struct afspraak_item *it;

		v = store_grow(a, v, len, &cap, sizeof(*v));
		it = &v[len++];
		memset(it, 0, sizeof(*it));
		it->escalatie_id = store_col_int(q, 0);
		it->referentie = store_col_text(q, a, 1);
		it->afspraak.id = store_col_int(q, 2);
		it->afspraak.wat = store_col_text(q, a, 3);
		col_org(q, a, 4, &it->afspraak.organisatie);
		it->afspraak.wie = store_col_text(q, a, 8);
		it->afspraak.uiterlijk = store_col_date(q, 9);
		it->afspraak.status = AFSPRAAK_OPEN;
		it->voorzitter_id = store_col_int(q, 10);
	}
	if ((rc = store_end(q, err)) != ERR_OK)
		return rc;
	*out = v;
	*n = len;
	return ERR_OK;
}

/* ---- import ---------------------------------------------------------------------------------------- */

/* What migration 009 writes where the registration of before said nothing. */
static const char legacy_onbekend[] = "Niet vastgelegd (overgenomen uit de registratie van vóór de escalatiemodule).";

enum err_code
store_escalatie_legacy(struct store *st, int64_t casus_id, bool vlag, time_t now, struct err *err)
{
	char ts[TIME_STRLEN];
	struct store_q *q;
	enum err_code rc;

	if ((rc = need_transaction(st, err)) != ERR_OK)
		return rc;
	nu(now, ts);
	if (vlag) {
		q = Q(st, Q_LEGACY_VLAG);
		store_bind_int(q, ":casus", casus_id);
		store_bind_text(q, ":tekst", "Escalatie naar het Landelijk Escalatie Team (overgenomen uit de eerdere registratie).");
		store_bind_text(q, ":now", ts);
		if ((rc = store_exec(q, err)) != ERR_OK)
			return rc;
	}
	q = Q(st, Q_LEGACY_RECORDS);
	store_bind_int(q, ":casus", casus_id);
	store_bind_text(q, ":reden", "Escalatie naar het Landelijk Escalatie Team.");
	store_bind_text(q, ":onbekend", legacy_onbekend);
	store_bind_text(q, ":now", ts);
	return store_exec(q, err);
}

/* Writes one full record (status, chair, outcome, meetings and all below) linked to timeline entry interventie. */
static enum err_code
import_een(struct store *st, struct arena *a, const struct escalatie *e, int64_t interventie, time_t now,
    struct err *err)
{
	char ts[TIME_STRLEN];
	struct escalatie rec = *e;
	struct store_q *q;
	enum escalatie_status eerst;
	int64_t id, voorzitter = 0;
	enum err_code rc;

	nu(now, ts);
	if (e->voorzitter.naam != NULL || e->voorzitter.email != NULL || e->voorzitter.id > 0) {
		if ((rc = store_persoon_resolve(st, a, &e->voorzitter, &voorzitter, err)) != ERR_OK)
			return rc;
	}
	rec.voorzitter.id = voorzitter;
	/* a final status needs its end date in the same row (CHECK): such a record is inserted as aangevraagd first */
	eerst = escalatie_is_afgesloten(rec.status) ? ESCALATIE_AANGEVRAAGD : rec.status;
	q = Q(st, Q_INSERT);
	store_bind_int(q, ":casus", rec.casus_id);
	store_bind_code(q, ":status", &codes_escalatie_status, (int)eerst);
	store_bind_date(q, ":aangevraagd_op", rec.aangevraagd_op);
	store_bind_text(q, ":reden", rec.reden);
	store_bind_text(q, ":geprobeerd", of_null(rec.geprobeerd));
	store_bind_text(q, ":gevraagd_besluit", rec.gevraagd_besluit);
	store_bind_code(q, ":urgentie", &codes_urgentie, (int)rec.urgentie);
	store_bind_int(q, ":interventie", interventie);
	store_bind_id(q, ":auteur", 0);
	store_bind_text(q, ":now", ts);
	if ((rc = store_exec(q, err)) != ERR_OK)
		return rc;
	rec.id = id = store_last_id(st);
	if ((rc = organisaties_write(st, a, &rec, id, err)) != ERR_OK)
		return rc;
	q = Q(st, Q_UPDATE);
	store_bind_code(q, ":status", &codes_escalatie_status, (int)rec.status);
	store_bind_text(q, ":reden", rec.reden);
	store_bind_text(q, ":geprobeerd", of_null(rec.geprobeerd));
	store_bind_text(q, ":gevraagd_besluit", rec.gevraagd_besluit);
	store_bind_code(q, ":urgentie", &codes_urgentie, (int)rec.urgentie);
	store_bind_id(q, ":voorzitter", voorzitter);
	store_bind_code(q, ":uitkomst", &codes_escalatie_uitkomst, rec.uitkomst);
	store_bind_text(q, ":resultaat", of_null(rec.resultaat));
	store_bind_date(q, ":afgesloten_op", rec.afgesloten_op);
	store_bind_text(q, ":now", ts);
	store_bind_int(q, ":id", id);
	store_bind_code(q, ":van", &codes_escalatie_status, (int)eerst);
	if ((rc = store_exec(q, err)) != ERR_OK)
		return rc;
	if (voorzitter > 0) {
		q = Q(st, Q_CHAIR_DEELNEMER);
		store_bind_int(q, ":casus", rec.casus_id);
		store_bind_int(q, ":persoon", voorzitter);
		store_bind_id(q, ":door", 0);
		store_bind_text(q, ":now", ts);
		if ((rc = store_exec(q, err)) != ERR_OK)
			return rc;
	}
	for (size_t i = 0; i < rec.nbijeenkomsten; i++) {
		const struct escalatie_bijeenkomst *b = &rec.bijeenkomsten[i];
		int64_t bid;

		if ((rc = store_escalatie_bijeenkomst_add(st, a, id, b, 0, now, &bid, err)) != ERR_OK)
			return rc;
		for (size_t j = 0; j < b->nafspraken; j++) {
			const struct escalatie_afspraak *af = &b->afspraken[j];
			int64_t aid;

			if ((rc = store_escalatie_afspraak_add(st, a, bid, af, 0, now, &aid, err)) != ERR_OK)
				return rc;
			for (size_t k = 0; k < af->nopvolging; k++)
				if ((rc = store_afspraak_opvolging_add(st, aid, &af->opvolging[k], 0, now, err)) != ERR_OK)
					return rc;
		}
	}
	return ERR_OK;
}

enum err_code
store_escalatie_import(struct store *st, struct arena *a, int64_t casus_id, const struct escalatie *v, size_t n,
    time_t now, struct err *err)
{
	char ts[TIME_STRLEN];
	struct store_q *q;
	int64_t *ivs = NULL;
	size_t niv = 0, cap = 0;
	enum err_code rc;

	if ((rc = need_transaction(st, err)) != ERR_OK)
		return rc;
	if (n == 0)
		return ERR_OK;   /* what the timeline says stays (store_escalatie_legacy) */
	nu(now, ts);
	q = Q(st, Q_IMPORT_INTERVENTIES);
	store_bind_int(q, ":casus", casus_id);
	while (store_next(q)) {
		ivs = store_grow(a, ivs, niv, &cap, sizeof(*ivs));
		ivs[niv++] = store_col_int(q, 0);
	}
	if ((rc = store_end(q, err)) != ERR_OK)
		return rc;
	q = Q(st, Q_IMPORT_WEG);
	store_bind_int(q, ":casus", casus_id);
	if ((rc = store_exec(q, err)) != ERR_OK)
		return rc;
	for (size_t k = 0; k < n; k++) {
		struct escalatie rec = v[k];
		int64_t iv;

		rec.casus_id = casus_id;
		if (k < niv) {
			iv = ivs[k];
		} else {
			q = Q(st, Q_INTERVENTIE);
			store_bind_int(q, ":casus", casus_id);
			store_bind_date(q, ":datum", rec.aangevraagd_op);
			store_bind_text(q, ":omschrijving", "Escalatie naar het Landelijk Escalatie Team.");
			store_bind_id(q, ":auteur", 0);
			store_bind_text(q, ":now", ts);
			if ((rc = store_exec(q, err)) != ERR_OK)
				return rc;
			iv = store_last_id(st);
		}
		if ((rc = import_een(st, a, &rec, iv, now, err)) != ERR_OK)
			return rc;
	}
	/* escalatie interventies beyond the records keep a record of their own */
	return store_escalatie_legacy(st, casus_id, false, now, err);
}
