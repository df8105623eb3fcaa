/* navraag.c - the statement table of the navraag rounds: making a round with its questions, reading it, the answers. */
#include "store/navraag/navraag.h"

#include <stdio.h>
#include <string.h>

#include "core/casus.h"
#include "lib/date.h"
#include "store/leerpunt/leerpunt.h"
#include "store/store_private.h"
#include "store/util.h"

enum {
	Q_INSERT, Q_KANDIDATEN, Q_HISTORIE, Q_AMBASSADEUR, Q_INDIENER, Q_MAATWERKPROF, Q_VRAAG_ADD, Q_RONDES,
	Q_RONDE_GET, Q_VRAGEN, Q_PARTIJEN, Q_VRAAG_VAN, Q_VRAAG_ANTWOORD, Q_PARTIJ_IN, Q_PARTIJ_ZET, Q_SLUIT, Q__MAX
};

/* An organisation and everything above it (an ambassadeur of JenV represents A&M and the IND). */
#define BOVEN(x) \
	"WITH RECURSIVE boven(id) AS (SELECT " x " UNION SELECT o.parent_id FROM organisatie o JOIN boven ON o.id = boven.id" \
	" WHERE o.parent_id IS NOT NULL) "
/* An organisation and everything under it. */
#define ONDER(x) \
	"WITH RECURSIVE onder(id) AS (SELECT " x " UNION SELECT o.id FROM organisatie o JOIN onder ON o.parent_id = onder.id) "

#define RONDE_COLUMNS \
	"SELECT r.id, r.naam, r.peildatum, r.gesloten_op," \
	" (SELECT count(*) FROM navraag_vraag v WHERE v.ronde_id = r.id)," \
	" (SELECT count(*) FROM navraag_vraag v WHERE v.ronde_id = r.id AND v.status_id IS NOT NULL)" \
	" FROM navraagronde r"

static const struct store_sql sql[Q__MAX] = {
	[Q_INSERT] = { "navraag.ronde_insert",
	    "INSERT INTO navraagronde (naam, peildatum, aangemaakt_door, created_at) VALUES (:naam, :peildatum, :auteur,"
	    " :now)", NULL },
	/* Every belegging with the facts navraag_in_ronde and navraag_gevraagde_voor need. */
	[Q_KANDIDATEN] = { "navraag.kandidaten",
	    "SELECT b.id, b.leerpunt_id, b.organisatie_id, o.type, o.code = 'PMM', b.niet_belegd_reden IS NOT NULL,"
	    " (SELECT min(x.datum) FROM belegging_status x WHERE x.belegging_id = b.doorgezet_naar_id),"
	    " b.doorgezet_naar_id IS NOT NULL,"
	    " EXISTS (" BOVEN("o.parent_id") "SELECT 1 FROM boven JOIN organisatie p ON p.id = boven.id"
	    "  WHERE p.type = 'ministerie')"
	    " FROM belegging b JOIN organisatie o ON o.id = b.organisatie_id ORDER BY b.id", NULL },
	[Q_HISTORIE] = { "navraag.historie",
	    "SELECT datum, status FROM belegging_status WHERE belegging_id = :belegging ORDER BY datum, id", NULL },
	[Q_AMBASSADEUR] = { "navraag.ambassadeur", BOVEN(":organisatie")
	    "SELECT p.id FROM persoon p JOIN gebruiker g ON g.persoon_id = p.id AND g.actief = 1"
	    " JOIN gebruiker_rol r ON r.gebruiker_id = g.id AND r.rol = 'ambassadeur'"
	    " WHERE p.organisatie_id IN (SELECT id FROM boven)"
	    " ORDER BY p.organisatie_id = :organisatie DESC, p.naam COLLATE NOCASE, p.id LIMIT 1", NULL },
	[Q_INDIENER] = { "navraag.indiener",
	    "SELECT c.indiener_id FROM leerpunt_casus lc JOIN casus c ON c.id = lc.casus_id"
	    " WHERE lc.leerpunt_id = :leerpunt AND c.indiener_id IS NOT NULL"
	    " ORDER BY coalesce(c.indiener_organisatie_id, (SELECT organisatie_id FROM persoon WHERE id = c.indiener_id))"
	    "  IS :organisatie DESC, c.id LIMIT 1", NULL },
	[Q_MAATWERKPROF] = { "navraag.maatwerkprofessional", ONDER(":organisatie")
	    "SELECT d.persoon_id FROM leerpunt_casus lc JOIN casus_deelnemer d ON d.casus_id = lc.casus_id"
	    " AND d.rol = 'maatwerkprofessional' JOIN persoon p ON p.id = d.persoon_id"
	    " WHERE lc.leerpunt_id = :leerpunt AND p.organisatie_id IN (SELECT id FROM onder)"
	    " ORDER BY d.uitgenodigd_op, d.persoon_id LIMIT 1", NULL },
	[Q_VRAAG_ADD] = { "navraag.vraag_insert",
	    "INSERT INTO navraag_vraag (ronde_id, belegging_id, gevraagd, persoon_id, status_op)"
	    " VALUES (:ronde, :belegging, :gevraagd, :persoon, :status_op)", NULL },
	[Q_RONDES] = { "navraag.rondes", RONDE_COLUMNS " ORDER BY r.peildatum DESC, r.id DESC LIMIT 500", NULL },
	[Q_RONDE_GET] = { "navraag.ronde_get", RONDE_COLUMNS " WHERE r.id = :id", NULL },
	[Q_VRAGEN] = { "navraag.vragen",
	    "SELECT v.belegging_id, b.leerpunt_id, l.omschrijving, l.categorie, l.orde, o.code = 'PMM', o.id, o.naam, o.type,"
	    " v.gevraagd, CASE WHEN :namen THEN p.naam END, CASE WHEN :namen THEN p.email END, v.status_op,"
	    " (SELECT x.status FROM belegging_status x WHERE x.belegging_id = b.id ORDER BY x.datum DESC, x.id DESC LIMIT 1),"
	    " v.status_id IS NOT NULL, s.datum, s.status, s.reden, s.notitie, s.bron"
	    " FROM navraag_vraag v JOIN belegging b ON b.id = v.belegging_id JOIN leerpunt l ON l.id = b.leerpunt_id"
	    " JOIN organisatie o ON o.id = b.organisatie_id LEFT JOIN persoon p ON p.id = v.persoon_id"
	    " LEFT JOIN belegging_status s ON s.id = v.status_id"
	    " WHERE v.ronde_id = :ronde ORDER BY o.naam COLLATE NOCASE, o.id, l.id, b.id", NULL },
	[Q_PARTIJEN] = { "navraag.partijen",
	    "SELECT o.id, o.naam, np.wat_ging_goed, np.bron, np.datum FROM organisatie o"
	    " LEFT JOIN navraag_partij np ON np.ronde_id = :ronde AND np.organisatie_id = o.id"
	    " WHERE o.id IN (SELECT b.organisatie_id FROM navraag_vraag v JOIN belegging b ON b.id = v.belegging_id"
	    "  WHERE v.ronde_id = :ronde) ORDER BY o.naam COLLATE NOCASE, o.id", NULL },
	[Q_VRAAG_VAN] = { "navraag.vraag_van",
	    "SELECT v.id, v.status_id IS NOT NULL, r.gesloten_op IS NOT NULL FROM navraag_vraag v"
	    " JOIN navraagronde r ON r.id = v.ronde_id WHERE v.ronde_id = :ronde AND v.belegging_id = :belegging", NULL },
	[Q_VRAAG_ANTWOORD] = { "navraag.vraag_antwoord",
	    "UPDATE navraag_vraag SET status_id = :status WHERE id = :id AND status_id IS NULL", NULL },
	[Q_PARTIJ_IN] = { "navraag.partij_in_ronde",
	    "SELECT count(*) FROM navraag_vraag v JOIN belegging b ON b.id = v.belegging_id"
	    " WHERE v.ronde_id = :ronde AND b.organisatie_id = :organisatie", NULL },
	[Q_PARTIJ_ZET] = { "navraag.partij_zet",
	    "INSERT INTO navraag_partij (ronde_id, organisatie_id, wat_ging_goed, bron, datum, auteur_id, updated_at)"
	    " VALUES (:ronde, :organisatie, :tekst, :bron, :datum, :auteur, :now) ON CONFLICT (ronde_id, organisatie_id)"
	    " DO UPDATE SET wat_ging_goed = excluded.wat_ging_goed, bron = excluded.bron, datum = excluded.datum,"
	    " auteur_id = excluded.auteur_id, updated_at = excluded.updated_at", NULL },
	[Q_SLUIT] = { "navraag.ronde_sluiten",
	    "UPDATE navraagronde SET gesloten_op = :datum WHERE id = :id AND gesloten_op IS NULL", NULL },
};

const struct store_sql_table store_navraag_sql = { "navraag", sql, Q__MAX };

#define Q(st, id) store_q((st), STORE_T_NAVRAAG, (id))

struct kandidaat {
	int64_t belegging, leerpunt, organisatie;
	int type;
	bool pmm, niet_belegd, doorgezet, onder_ministerie;
	int doorgezet_op;
};

/* The status of belegging b as it stood on peildatum (opvolging_op over its history); -1 before its history. */
static enum err_code
status_op(struct store *st, struct arena *a, int64_t b, int peildatum, int *out, struct err *e)
{
	struct store_q *q = Q(st, Q_HISTORIE);
	struct opvolging *h = NULL;
	size_t n = 0, cap = 0;
	int i;

	store_bind_int(q, ":belegging", b);
	while (store_next(q)) {
		h = store_grow(a, h, n, &cap, sizeof(*h));
		memset(&h[n], 0, sizeof(h[n]));
		h[n].datum = store_col_date(q, 0);
		h[n].status = (enum opvolging_status)store_col_enum(q, 1, &codes_opvolging_status, OPVOLGING_ONBEKEND);
		h[n++].reden = -1;
	}
	if (store_end(q, e) != ERR_OK)
		return e->code;
	i = opvolging_op(h, n, peildatum);
	*out = i < 0 ? -1 : (int)h[i].status;
	return ERR_OK;
}

/* Whom to ask by name, when someone is found: *persoon 0 otherwise. */
static enum err_code
persoon_voor(struct store *st, enum navraag_gevraagde g, const struct kandidaat *k, int64_t *persoon, struct err *e)
{
	struct store_q *q;

	*persoon = 0;
	switch (g) {
	case GEVRAAGD_AMBASSADEUR:
		q = Q(st, Q_AMBASSADEUR);
		store_bind_int(q, ":organisatie", k->organisatie);
		break;
	case GEVRAAGD_INDIENER:
		q = Q(st, Q_INDIENER);
		store_bind_int(q, ":leerpunt", k->leerpunt);
		store_bind_int(q, ":organisatie", k->organisatie);
		break;
	case GEVRAAGD_MAATWERKPROFESSIONAL:
		q = Q(st, Q_MAATWERKPROF);
		store_bind_int(q, ":leerpunt", k->leerpunt);
		store_bind_int(q, ":organisatie", k->organisatie);
		break;
	default:
		return ERR_OK;   /* PMM itself: the Loket answers */
	}
	return store_int_of(q, persoon, e);
}

enum err_code
store_navraagronde_maak(struct store *st, struct arena *a, const struct navraagronde_invoer *in,
    int64_t auteur_gebruiker_id, time_t now, int64_t *id, size_t *n, struct err *e)
{
	struct store_q *q;
	struct kandidaat *k = NULL;
	size_t nk = 0, cap = 0;
	char ts[TIME_STRLEN];

	*n = 0;
	if (!store_in_transaction(st))
		return err_set(e, ERR_INTERNAL, NULL, "Er ging iets mis bij het opslaan.");
	time_format(now, ts);
	q = Q(st, Q_INSERT);
	store_bind_text(q, ":naam", in->naam);
	store_bind_date(q, ":peildatum", in->peildatum);
	store_bind_id(q, ":auteur", auteur_gebruiker_id);
	store_bind_text(q, ":now", ts);
	if (store_exec(q, e) != ERR_OK)
		return e->code;
	*id = store_last_id(st);
	q = Q(st, Q_KANDIDATEN);
	while (store_next(q)) {
		k = store_grow(a, k, nk, &cap, sizeof(*k));
		k[nk].belegging = store_col_int(q, 0);
		k[nk].leerpunt = store_col_int(q, 1);
		k[nk].organisatie = store_col_int(q, 2);
		k[nk].type = store_col_enum(q, 3, &codes_organisatie_type, ORGTYPE_OVERIG);
		k[nk].pmm = store_col_bool(q, 4);
		k[nk].niet_belegd = store_col_bool(q, 5);
		k[nk].doorgezet_op = store_col_date(q, 6);
		k[nk].doorgezet = store_col_bool(q, 7);
		k[nk++].onder_ministerie = store_col_bool(q, 8);
	}
	if (store_end(q, e) != ERR_OK)
		return e->code;
	for (size_t i = 0; i < nk; i++) {
		struct navraag_kandidaat nkd = { k[i].niet_belegd, k[i].doorgezet_op, -1 };
		enum navraag_gevraagde g;
		int64_t persoon;

		/* forwarded, but the new party's history says nothing of when: as if forwarded at once */
		if (k[i].doorgezet && nkd.doorgezet_op == DATE_NONE)
			nkd.doorgezet_op = date_from_ymd(1, 1, 1);
		if (status_op(st, a, k[i].belegging, in->peildatum, &nkd.status_op, e) != ERR_OK)
			return e->code;
		if (!navraag_in_ronde(&nkd, in->peildatum))
			continue;
		g = navraag_gevraagde_voor(k[i].pmm, (enum organisatie_type)k[i].type, k[i].onder_ministerie);
		if (persoon_voor(st, g, &k[i], &persoon, e) != ERR_OK)
			return e->code;
		q = Q(st, Q_VRAAG_ADD);
		store_bind_int(q, ":ronde", *id);
		store_bind_int(q, ":belegging", k[i].belegging);
		store_bind_code(q, ":gevraagd", &codes_navraag_gevraagde, (int)g);
		store_bind_id(q, ":persoon", persoon);
		store_bind_code(q, ":status_op", &codes_opvolging_status, nkd.status_op);
		if (store_exec(q, e) != ERR_OK)
			return e->code;
		(*n)++;
	}
	return ERR_OK;
}

static void
col_ronde(struct arena *a, struct store_q *q, struct navraagronde *r)
{
	r->id = store_col_int(q, 0);
	r->naam = store_col_text(q, a, 1);
	r->peildatum = store_col_date(q, 2);
	r->gesloten_op = store_col_date(q, 3);
	r->vragen = (long)store_col_int(q, 4);
	r->beantwoord = (long)store_col_int(q, 5);
}

enum err_code
store_navraagrondes(struct store *st, struct arena *a, struct navraagronde **out, size_t *n, struct err *e)
{
	struct store_q *q = Q(st, Q_RONDES);
	size_t cap = 0;

	*out = NULL;
	*n = 0;
	while (store_next(q)) {
		*out = store_grow(a, *out, *n, &cap, sizeof(**out));
		col_ronde(a, q, &(*out)[(*n)++]);
	}
	return store_end(q, e);
}

static void
col_vraag(struct arena *a, struct store_q *q, struct navraag_vraag *v)
{
	memset(v, 0, sizeof(*v));
	v->belegging_id = store_col_int(q, 0);
	v->leerpunt_id = store_col_int(q, 1);
	v->leerpunt_omschrijving = store_col_text(q, a, 2);
	v->categorie = (enum categorie)store_col_enum(q, 3, &codes_categorie, CATEGORIE_OVERIG);
	v->orde = (int)store_col_int(q, 4);
	v->bij_pmm = store_col_bool(q, 5);
	v->organisatie_id = store_col_int(q, 6);
	v->organisatie = store_col_text(q, a, 7);
	v->organisatie_type = store_col_code(q, 8, &codes_organisatie_type);
	v->gevraagd = (enum navraag_gevraagde)store_col_enum(q, 9, &codes_navraag_gevraagde, GEVRAAGD_REGIEVOERDER);
	v->persoon_naam = store_col_text(q, a, 10);
	v->persoon_email = store_col_text(q, a, 11);
	v->status_op_peildatum = (enum opvolging_status)store_col_enum(q, 12, &codes_opvolging_status, OPVOLGING_BELEGD);
	v->status_nu = (enum opvolging_status)store_col_enum(q, 13, &codes_opvolging_status, OPVOLGING_BELEGD);
	v->beantwoord = store_col_bool(q, 14);
	v->antwoord_datum = store_col_date(q, 15);
	v->antwoord_status = (enum opvolging_status)store_col_enum(q, 16, &codes_opvolging_status, OPVOLGING_BELEGD);
	v->antwoord_reden = store_col_code(q, 17, &codes_reden);
	v->antwoord_notitie = store_col_text(q, a, 18);
	v->antwoord_bron = store_col_text(q, a, 19);
}

enum err_code
store_navraagronde_get(struct store *st, struct arena *a, int64_t id, bool met_namen, struct navraagronde *r,
    struct navraag_vraag **vragen, size_t *nvragen, struct navraag_partij **partijen, size_t *npartijen,
    struct err *e)
{
	struct store_q *q = Q(st, Q_RONDE_GET);
	size_t cap = 0;
	enum err_code rc;

	*vragen = NULL;
	*partijen = NULL;
	*nvragen = *npartijen = 0;
	store_bind_int(q, ":id", id);
	if ((rc = store_one(q, e)) == ERR_NOT_FOUND)
		return err_set(e, ERR_NOT_FOUND, NULL, "Deze navraagronde bestaat niet.");
	if (rc != ERR_OK)
		return rc;
	col_ronde(a, q, r);
	if ((rc = store_end(q, e)) != ERR_OK)
		return rc;
	q = Q(st, Q_VRAGEN);
	store_bind_int(q, ":ronde", id);
	store_bind_bool(q, ":namen", met_namen);
	while (store_next(q)) {
		*vragen = store_grow(a, *vragen, *nvragen, &cap, sizeof(**vragen));
		col_vraag(a, q, &(*vragen)[(*nvragen)++]);
	}
	if ((rc = store_end(q, e)) != ERR_OK)
		return rc;
	q = Q(st, Q_PARTIJEN);
	store_bind_int(q, ":ronde", id);
	cap = 0;
	while (store_next(q)) {
		struct navraag_partij *p;

		*partijen = store_grow(a, *partijen, *npartijen, &cap, sizeof(**partijen));
		p = &(*partijen)[(*npartijen)++];
		p->organisatie_id = store_col_int(q, 0);
		p->organisatie = store_col_text(q, a, 1);
		p->wat_ging_goed = store_col_text(q, a, 2);
		p->bron = store_col_text(q, a, 3);
		p->datum = store_col_date(q, 4);
	}
	return store_end(q, e);
}

enum err_code
store_navraag_antwoord(struct store *st, int64_t ronde_id, int64_t belegging_id, const struct opvolging_invoer *in,
    int volgende_navraag, int64_t auteur_gebruiker_id, time_t now, struct err *e)
{
	struct store_q *q = Q(st, Q_VRAAG_VAN);
	int64_t vraag, status_id = 0;
	bool beantwoord, gesloten;
	enum err_code rc;

	store_bind_int(q, ":ronde", ronde_id);
	store_bind_int(q, ":belegging", belegging_id);
	if ((rc = store_one(q, e)) == ERR_NOT_FOUND)
		return err_set(e, ERR_NOT_FOUND, NULL, "Deze ronde vraagt niet naar deze belegging.");
	if (rc != ERR_OK)
		return rc;
	vraag = store_col_int(q, 0);
	beantwoord = store_col_bool(q, 1);
	gesloten = store_col_bool(q, 2);
	if ((rc = store_end(q, e)) != ERR_OK)
		return rc;
	if (gesloten)
		return err_set(e, ERR_CONFLICT, "", "Deze navraagronde is gesloten.");
	if (beantwoord)
		return err_set(e, ERR_CONFLICT, "", "Deze vraag is in deze ronde al beantwoord. Werk zo nodig de opvolging "
		    "van de belegging zelf bij.");
	if ((rc = store_belegging_status_add(st, belegging_id, in, volgende_navraag, auteur_gebruiker_id, now, &status_id,
	    e)) != ERR_OK)
		return rc;
	q = Q(st, Q_VRAAG_ANTWOORD);
	store_bind_int(q, ":status", status_id);
	store_bind_int(q, ":id", vraag);
	return store_exec(q, e);
}

enum err_code
store_navraag_partij_zet(struct store *st, int64_t ronde_id, int64_t organisatie_id, const char *wat_ging_goed,
    const char *bron, int datum, int64_t auteur_gebruiker_id, time_t now, struct err *e)
{
	struct store_q *q = Q(st, Q_PARTIJ_IN);
	int64_t in = 0;
	char ts[TIME_STRLEN];

	store_bind_int(q, ":ronde", ronde_id);
	store_bind_int(q, ":organisatie", organisatie_id);
	if (store_int_of(q, &in, e) != ERR_OK)
		return e->code;
	if (in == 0)
		return err_set(e, ERR_NOT_FOUND, NULL, "Deze partij komt in deze ronde niet voor.");
	time_format(now, ts);
	q = Q(st, Q_PARTIJ_ZET);
	store_bind_int(q, ":ronde", ronde_id);
	store_bind_int(q, ":organisatie", organisatie_id);
	store_bind_text(q, ":tekst", wat_ging_goed);
	store_bind_text(q, ":bron", bron);
	store_bind_date(q, ":datum", datum);
	store_bind_id(q, ":auteur", auteur_gebruiker_id);
	store_bind_text(q, ":now", ts);
	return store_exec(q, e);
}

enum err_code
store_navraagronde_sluiten(struct store *st, int64_t id, int datum, struct err *e)
{
	struct store_q *q = Q(st, Q_SLUIT);
	struct navraagronde r;
	struct navraag_vraag *v;
	struct navraag_partij *p;
	size_t nv, np;
	struct arena *a;
	enum err_code rc;

	store_bind_date(q, ":datum", datum);
	store_bind_int(q, ":id", id);
	if ((rc = store_exec(q, e)) != ERR_OK)
		return rc;
	if (store_changes(st) > 0)
		return ERR_OK;
	a = arena_new();
	rc = store_navraagronde_get(st, a, id, false, &r, &v, &nv, &p, &np, e);
	arena_free(a);
	return rc == ERR_OK ? err_set(e, ERR_CONFLICT, "", "Deze navraagronde is al gesloten.") : rc;
}
