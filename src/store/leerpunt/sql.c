/* sql.c - the statement table of the leerpunt aggregate: leerpunten, beleggingen, organisations, navraag, themas. */
#include "store/leerpunt/private.h"

/* The current status of belegging b: its latest history entry (by date, then by recording; as casus/read.c). */
#define HUIDIGE_STATUS(b) \
	"(SELECT x.id FROM belegging_status x WHERE x.belegging_id = " b ".id ORDER BY x.datum DESC, x.id DESC LIMIT 1)"

/* The LP_BELEGGING_NCOLUMNS columns lp_read_belegging reads, and where they come from. */
#define BELEGGING_SELECT \
	"SELECT b.id, b.leerpunt_id, o.id, o.naam, o.code, o.type, b.volgende_navraag, b.doorgezet_naar_id," \
	" (SELECT o2.naam FROM belegging b2 JOIN organisatie o2 ON o2.id = b2.organisatie_id" \
	"   WHERE b2.id = b.doorgezet_naar_id)," \
	" (SELECT b3.id FROM belegging b3 WHERE b3.doorgezet_naar_id = b.id ORDER BY b3.id LIMIT 1)," \
	" (SELECT o3.naam FROM belegging b3 JOIN organisatie o3 ON o3.id = b3.organisatie_id" \
	"   WHERE b3.doorgezet_naar_id = b.id ORDER BY b3.id LIMIT 1)," \
	" s.status, s.reden, s.datum," \
	" coalesce((SELECT f.datum FROM belegging_status f WHERE f.belegging_id = b.id ORDER BY f.datum, f.id LIMIT 1)," \
	"   substr(b.created_at, 1, 10))," \
	" b.niet_belegd_reden, b.niet_belegd_toelichting, b.pmm_soort," \
	" (SELECT group_concat(naam, char(31)) FROM (SELECT o4.naam FROM belegging_partner bp" \
	"   JOIN organisatie o4 ON o4.id = bp.organisatie_id WHERE bp.belegging_id = b.id ORDER BY bp.volgorde))"
#define BELEGGING_FROM \
	" FROM belegging b JOIN organisatie o ON o.id = b.organisatie_id" \
	" LEFT JOIN belegging_status s ON s.id = " HUIDIGE_STATUS("b")

/* Organisation p and everything under it: what an ambassadeur of p represents (store/util.h). */
#define ONDER(p) STORE_SQL_ONDER(p)

#define LEERPUNT_COLUMNS \
	"SELECT l.id, l.omschrijving, l.categorie, l.orde, l.vraag, l.al_bekend, l.terugkerend, l.created_at FROM leerpunt l"
/*
 * The overview's filter, NULL (or 0) meaning any: :categorie, :orde, :thema,
 * :jaar ('YYYY' of a casus's afgerondOp), :niet_belegd (0/1),
 * :organisatie (a belegging there), :status (its current status),
 * :beperk (visibility: only leerpunten belegd there or under it), :niets (1: nothing).
 */
#define LEERPUNT_WHERE \
	" WHERE :niets = 0" \
	" AND (:categorie IS NULL OR l.categorie = :categorie)" \
	" AND (:orde IS NULL OR l.orde = :orde)" \
	" AND (:thema IS NULL OR EXISTS (SELECT 1 FROM leerpunt_thema t WHERE t.leerpunt_id = l.id AND t.thema = :thema))" \
	" AND (:jaar IS NULL OR EXISTS (SELECT 1 FROM leerpunt_casus lc JOIN casus c ON c.id = lc.casus_id" \
	"   WHERE lc.leerpunt_id = l.id AND substr(c.afgerond_op, 1, 4) = :jaar))" \
	" AND (:niet_belegd = 0 OR NOT EXISTS (SELECT 1 FROM belegging b WHERE b.leerpunt_id = l.id))" \
	" AND ((:organisatie IS NULL AND :status IS NULL AND :beperk IS NULL) OR EXISTS (SELECT 1 FROM belegging b" \
	"   LEFT JOIN belegging_status s ON s.id = " HUIDIGE_STATUS("b") \
	"   WHERE b.leerpunt_id = l.id AND (:organisatie IS NULL OR b.organisatie_id = :organisatie)" \
	"   AND (:beperk IS NULL OR b.organisatie_id IN " ONDER(":beperk") ") AND (:status IS NULL OR coalesce(s.status, 'belegd') = :status)))"

#define ORG_COLUMNS "SELECT o.id, o.naam, o.code, o.type FROM organisatie o"

static const struct store_sql sql[LP_Q__MAX] = {
	/* beleggingen (belegging.c) */
	[LP_Q_BELEGGING_GET] = { "leerpunt.belegging_get", BELEGGING_SELECT BELEGGING_FROM " WHERE b.id = :id", NULL },
	[LP_Q_BELEGGINGEN_VAN] = { "leerpunt.beleggingen_van", BELEGGING_SELECT BELEGGING_FROM
	    " WHERE b.leerpunt_id = :leerpunt AND (:organisatie IS NULL OR b.organisatie_id IN " ONDER(":organisatie") ")"
	    " ORDER BY b.volgorde, b.id", NULL },
	[LP_Q_HISTORIE] = { "leerpunt.historie",
	    "SELECT s.id, s.datum, s.status, s.reden, s.notitie, s.bron, p.naam, s.created_at FROM belegging_status s"
	    " LEFT JOIN gebruiker g ON g.id = s.auteur_id LEFT JOIN persoon p ON p.id = g.persoon_id"
	    " WHERE s.belegging_id = :belegging ORDER BY s.datum, s.id", NULL },
	[LP_Q_STATUS_ADD] = { "leerpunt.status_insert",
	    "INSERT INTO belegging_status (belegging_id, datum, status, reden, notitie, bron, auteur_id, created_at)"
	    " VALUES (:belegging, :datum, :status, :reden, :notitie, :bron, :auteur, :now)", NULL },
	[LP_Q_NAVRAAG_SET] = { "leerpunt.volgende_navraag",
	    "UPDATE belegging SET volgende_navraag = :volgende WHERE id = :id", NULL },
	[LP_Q_OPEN_BIJ] = { "leerpunt.open_bij",
	    "SELECT count(*) FROM belegging WHERE leerpunt_id = :leerpunt AND organisatie_id = :organisatie"
	    " AND doorgezet_naar_id IS NULL", NULL },
	[LP_Q_BELEGGING_ADD] = { "leerpunt.belegging_insert",
	    "INSERT INTO belegging (leerpunt_id, organisatie_id, volgorde, volgende_navraag, created_at)"
	    " VALUES (:leerpunt, :organisatie,"
	    " (SELECT coalesce(max(volgorde), -1) + 1 FROM belegging WHERE leerpunt_id = :leerpunt), :volgende, :now)",
	    NULL },
	[LP_Q_DOORGEZET_SET] = { "leerpunt.doorgezet",
	    "UPDATE belegging SET doorgezet_naar_id = :naar, volgende_navraag = NULL WHERE id = :id", NULL },
	/* the variants (variant.c): deliberately not belegd, a werkgroep's partners, PMM's kind of involvement */
	[LP_Q_NIET_BELEGD_SET] = { "leerpunt.niet_belegd",
	    "UPDATE belegging SET niet_belegd_reden = :reden, niet_belegd_toelichting = :toelichting,"
	    " volgende_navraag = NULL WHERE id = :id", NULL },
	[LP_Q_PARTNER_EXISTS] = { "leerpunt.partner_exists",
	    "SELECT count(*) FROM belegging_partner WHERE belegging_id = :belegging AND organisatie_id = :organisatie",
	    NULL },
	[LP_Q_PARTNER_ADD] = { "leerpunt.partner_insert",
	    "INSERT INTO belegging_partner (belegging_id, organisatie_id, volgorde) VALUES (:belegging, :organisatie,"
	    " (SELECT coalesce(max(volgorde), -1) + 1 FROM belegging_partner WHERE belegging_id = :belegging))", NULL },
	[LP_Q_PMM_SOORT_SET] = { "leerpunt.pmm_soort",
	    "UPDATE belegging SET pmm_soort = :soort WHERE id = :id", NULL },

	/* leerpunten (leerpunt.c) */
	[LP_Q_THEMAS_VAN] = { "leerpunt.themas_van",
	    "SELECT thema FROM leerpunt_thema WHERE leerpunt_id = :leerpunt ORDER BY volgorde, thema", NULL },
	[LP_Q_CASUSSEN_VAN] = { "leerpunt.casussen_van",
	    "SELECT c.id, c.referentie, c.status, c.ontvangen_op, c.afgerond_op, c.hulpvraag,"
	    " (SELECT group_concat(g.leefgebied) FROM casus_leefgebied g WHERE g.casus_id = c.id),"
	    " EXISTS (SELECT 1 FROM casus_deelnemer d WHERE d.casus_id = c.id AND d.persoon_id = :persoon),"
	    " (SELECT max(bc.besproken_op) FROM bijeenkomst_casus bc WHERE bc.casus_id = c.id)"
	    " FROM leerpunt_casus lc JOIN casus c ON c.id = lc.casus_id"
	    " WHERE lc.leerpunt_id = :leerpunt ORDER BY lc.volgorde, c.referentie", NULL },
	[LP_Q_LIST] = { "leerpunt.list", LEERPUNT_COLUMNS LEERPUNT_WHERE " ORDER BY l.id DESC LIMIT :limit OFFSET :offset",
	    NULL },
	[LP_Q_COUNT] = { "leerpunt.count", "SELECT count(*) FROM leerpunt l" LEERPUNT_WHERE, NULL },
	[LP_Q_GET] = { "leerpunt.get", LEERPUNT_COLUMNS " WHERE l.id = :id", NULL },
	[LP_Q_EXISTS] = { "leerpunt.exists", "SELECT count(*) FROM leerpunt WHERE id = :id", NULL },

	/* organisations (organisatie.c) */
	[LP_Q_ORGS] = { "leerpunt.organisaties", ORG_COLUMNS " WHERE o.status = 'bekend'"   /* a pick list: no proposals */
	    " ORDER BY (o.code = 'PMM') DESC, (o.type = 'ministerie') DESC, o.naam COLLATE NOCASE, o.id", NULL },
	[LP_Q_ORGS_MET_BELEGGING] = { "leerpunt.organisaties_met_belegging", ORG_COLUMNS
	    " WHERE EXISTS (SELECT 1 FROM belegging b WHERE b.organisatie_id = o.id) ORDER BY o.naam COLLATE NOCASE, o.id",
	    NULL },
	[LP_Q_ORG_GET] = { "leerpunt.organisatie_get", ORG_COLUMNS " WHERE o.id = :id", NULL },
	[LP_Q_ORG_BY_CODE] = { "leerpunt.organisatie_by_code",
	    ORG_COLUMNS " WHERE o.code = :code COLLATE NOCASE ORDER BY o.id LIMIT 1", NULL },

	/* navraag (navraag.c): the leerpunt comes with each belegging, in one query */
	[LP_Q_NAVRAAG] = { "leerpunt.navraag", BELEGGING_SELECT ", l.omschrijving, l.categorie, l.orde" BELEGGING_FROM
	    " JOIN leerpunt l ON l.id = b.leerpunt_id"
	    " WHERE b.doorgezet_naar_id IS NULL AND coalesce(s.status, 'belegd') NOT IN ('opgevolgd', 'geen_opvolging')"
	    " AND b.niet_belegd_reden IS NULL AND (b.volgende_navraag IS NULL OR b.volgende_navraag <= :vandaag)"
	    " AND (:organisatie IS NULL OR b.organisatie_id IN " ONDER(":organisatie") ") AND :niets = 0"
	    " ORDER BY o.naam COLLATE NOCASE, o.id, b.volgende_navraag IS NOT NULL, b.volgende_navraag, b.id", NULL },
	/* The ambassadeurs of every organisation at once (few), grouped by organisation: an ambassadeur represents
	   their organisation and everything under it, so the ambassadeur of JenV is listed with A&M and the IND too. */
	[LP_Q_AMBASSADEURS] = { "leerpunt.ambassadeurs",
	    "WITH RECURSIVE amb(persoon_id, naam, email, organisatie_id) AS ("
	    "   SELECT p.id, p.naam, p.email, p.organisatie_id FROM persoon p JOIN gebruiker g ON g.persoon_id = p.id"
	    "   JOIN gebruiker_rol r ON r.gebruiker_id = g.id AND r.rol = 'ambassadeur'"
	    "   WHERE g.actief = 1 AND p.organisatie_id IS NOT NULL),"
	    " ou(root_id, id, diepte) AS (SELECT DISTINCT organisatie_id, organisatie_id, 0 FROM amb"
	    "   UNION SELECT ou.root_id, o.id, ou.diepte + 1 FROM organisatie o JOIN ou ON o.parent_id = ou.id"
	    "   WHERE ou.diepte < 16)"
	    " SELECT DISTINCT ou.id AS voor, amb.naam AS naam, amb.email, ou.id <> amb.organisatie_id AS geerfd,"
	    " amb.persoon_id AS pid FROM amb JOIN ou ON ou.root_id = amb.organisatie_id"
	    " WHERE :organisatie IS NULL OR ou.id IN " ONDER(":organisatie")
	    " ORDER BY voor, geerfd, naam COLLATE NOCASE, pid", NULL },

	/* themas (thema.c) */
	[LP_Q_THEMAS] = { "leerpunt.themas",
	    "SELECT t.thema, count(DISTINCT t.leerpunt_id), count(DISTINCT lc.casus_id),"
	    " min(substr(coalesce(c.afgerond_op, c.ontvangen_op), 1, 4)),"
	    " max(substr(coalesce(c.afgerond_op, c.ontvangen_op), 1, 4))"
	    " FROM leerpunt_thema t LEFT JOIN leerpunt_casus lc ON lc.leerpunt_id = t.leerpunt_id"
	    " LEFT JOIN casus c ON c.id = lc.casus_id"
	    " WHERE :niets = 0 AND (:organisatie IS NULL OR EXISTS (SELECT 1 FROM belegging b"
	    "   WHERE b.leerpunt_id = t.leerpunt_id AND b.organisatie_id IN " ONDER(":organisatie") "))"
	    " GROUP BY t.thema ORDER BY count(DISTINCT t.leerpunt_id) DESC, t.thema", NULL },
	[LP_Q_THEMA_ADD] = { "leerpunt.thema_add",
	    "INSERT INTO leerpunt_thema (leerpunt_id, thema, volgorde) VALUES (:leerpunt, :thema,"
	    " (SELECT coalesce(max(volgorde), -1) + 1 FROM leerpunt_thema WHERE leerpunt_id = :leerpunt))"
	    " ON CONFLICT DO NOTHING", NULL },
	[LP_Q_THEMA_DEL] = { "leerpunt.thema_delete",
	    "DELETE FROM leerpunt_thema WHERE leerpunt_id = :leerpunt AND thema = :thema", NULL },
};

const struct store_sql_table store_leerpunt_sql = { "leerpunt", sql, LP_Q__MAX };
