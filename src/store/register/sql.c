/* sql.c - the statement table of the register aggregate: entries and profiles, ownership facts, search and facets. */
#include "store/register/private.h"

/* The columns reg_lees_rij reads, from column 0. */
#define REG_COLUMNS \
	"SELECT r.id, r.soort, r.organisatie_id, o.naam, o.type, o.code, p.naam, coalesce(o.parent_id, 0)," \
	" coalesce(p.parent_id, 0), p.code, pp.code, coalesce(r.vermelding_id, 0), coalesce(r.persoon_id, 0), r.naam," \
	" r.functie, r.mandaat, r.email, r.telefoon, r.expertise, r.regio, r.bevestigd_op, r.gewijzigd_op," \
	" (SELECT group_concat(code) FROM register_tag WHERE item_id = r.id AND soort = 'leefgebied')," \
	" (SELECT group_concat(code) FROM register_tag WHERE item_id = r.id AND soort = 'wet')," \
	" (SELECT pe.email FROM persoon pe JOIN gebruiker g ON g.persoon_id = pe.id" \
	"   WHERE pe.id = r.persoon_id AND g.actief = 1 AND pe.email IS NOT NULL LIMIT 1)," \
	" CASE WHEN r.soort = 'organisatie' THEN (SELECT count(*) FROM register_item k WHERE k.vermelding_id = r.id)" \
	"  ELSE 0 END"
#define REG_FROM \
	" FROM register_item r JOIN organisatie o ON o.id = r.organisatie_id" \
	" LEFT JOIN organisatie p ON p.id = o.parent_id LEFT JOIN organisatie pp ON pp.id = p.parent_id"
/* The filters of struct register_zoek (every one may be NULL). */
#define REG_FILTER \
	" AND (:soort IS NULL OR r.soort = :soort) AND (:regio IS NULL OR r.regio = :regio)" \
	" AND (:orgtype IS NULL OR o.type = :orgtype)" \
	" AND (:organisatie IS NULL OR r.organisatie_id = :organisatie OR o.parent_id = :organisatie" \
	"  OR p.parent_id = :organisatie)" \
	" AND (:leefgebied IS NULL OR EXISTS (SELECT 1 FROM register_tag t WHERE t.item_id = r.id" \
	"  AND t.soort = 'leefgebied' AND t.code = :leefgebied))" \
	" AND (:wet IS NULL OR EXISTS (SELECT 1 FROM register_tag t WHERE t.item_id = r.id AND t.soort = 'wet'" \
	"  AND t.code = :wet))"
/* The hits as a condition: the text through the index (the same MATCH parameter as the casus search). */
#define REG_HITS \
	REG_FROM " WHERE (:zoek IS NULL OR r.id IN (SELECT rowid FROM register_fts WHERE register_fts MATCH :zoek))" \
	REG_FILTER

static const struct store_sql sql[REG_Q__MAX] = {
	[REG_Q_LEES] = { "register.lees", REG_COLUMNS REG_FROM " WHERE r.id = :id", NULL },
	[REG_Q_VAN_ORG] = { "register.van_organisatie",
	    "SELECT id FROM register_item WHERE organisatie_id = :organisatie AND soort = 'organisatie'", NULL },
	[REG_Q_PROFIELEN] = { "register.profielen", REG_COLUMNS REG_FROM
	    " WHERE r.vermelding_id = :vermelding ORDER BY r.naam COLLATE NOCASE, r.id", NULL },
	[REG_Q_ALLE] = { "register.alle", REG_COLUMNS REG_FROM " ORDER BY r.id", NULL },
	[REG_Q_NIEUW] = { "register.nieuw",
	    "INSERT INTO register_item (soort, organisatie_id, vermelding_id, persoon_id, naam, functie, mandaat, email,"
	    " telefoon, expertise, regio, bevestigd_op, bevestigd_door, aangemaakt_op, gewijzigd_op, gewijzigd_door)"
	    " VALUES (:soort, :organisatie, :vermelding, :persoon, :naam, :functie, :mandaat, :email, :telefoon,"
	    " :expertise, :regio, :vandaag, :door, :now, :now, :door)", NULL },
	[REG_Q_WIJZIG] = { "register.wijzig",
	    "UPDATE register_item SET naam = :naam, functie = :functie, mandaat = :mandaat, email = :email,"
	    " telefoon = :telefoon, expertise = :expertise, regio = :regio, bevestigd_op = :vandaag,"
	    " bevestigd_door = :door, gewijzigd_op = :now, gewijzigd_door = :door WHERE id = :id", NULL },
	[REG_Q_BEVESTIG] = { "register.bevestig",
	    "UPDATE register_item SET bevestigd_op = :vandaag, bevestigd_door = :door WHERE id = :id", NULL },
	[REG_Q_TAGS_WEG] = { "register.tags_weg", "DELETE FROM register_tag WHERE item_id = :id", NULL },
	[REG_Q_TAG] = { "register.tag",
	    "INSERT INTO register_tag (item_id, soort, code) VALUES (:id, :soort, :code)", NULL },
	[REG_Q_IS_CONTACT] = { "register.is_contact",
	    "SELECT EXISTS (SELECT 1 FROM organisatie_contact c WHERE c.persoon_id = :persoon"
	    " AND c.rol = 'contactpersoon' AND (c.organisatie_id = :organisatie"
	    "  OR c.organisatie_id = (SELECT parent_id FROM organisatie WHERE id = :organisatie)))", NULL },
	[REG_Q_VALT_ONDER] = { "register.valt_onder",
	    "SELECT :eigen IN " STORE_SQL_ONDER(":van"), NULL },
	[REG_Q_AANGESLOTEN] = { "register.aangesloten",
	    "WITH RECURSIVE boven(id, diepte) AS (SELECT :organisatie, 0 UNION SELECT o.parent_id, boven.diepte + 1"
	    " FROM organisatie o JOIN boven ON o.id = boven.id WHERE o.parent_id IS NOT NULL AND boven.diepte < 16)"
	    " SELECT EXISTS (SELECT 1 FROM organisatie o JOIN boven ON boven.id = o.id WHERE o.status = 'bekend'"
	    " AND o.aangesloten_sinds IS NOT NULL AND o.aangesloten_sinds <= :vandaag"
	    " AND (o.aangesloten_tot IS NULL OR o.aangesloten_tot > :vandaag))", NULL },
	[REG_Q_EIGEN] = { "register.eigen", REG_COLUMNS REG_FROM
	    " WHERE r.persoon_id = :persoon OR EXISTS (SELECT 1 FROM organisatie_contact c WHERE c.persoon_id = :persoon"
	    "  AND c.rol = 'contactpersoon' AND (c.organisatie_id = r.organisatie_id OR c.organisatie_id = o.parent_id))"
	    " ORDER BY r.soort, o.naam COLLATE NOCASE, r.naam COLLATE NOCASE, r.id", NULL },

	/* search (zoek.c): a page ranked by the index, a page by name, the total and the facets */
	[REG_Q_ZOEK_RANG] = { "register.zoek_rang", REG_COLUMNS
	    " FROM register_fts f JOIN register_item r ON r.id = f.rowid JOIN organisatie o ON o.id = r.organisatie_id"
	    " LEFT JOIN organisatie p ON p.id = o.parent_id LEFT JOIN organisatie pp ON pp.id = p.parent_id"
	    " WHERE register_fts MATCH :zoek" REG_FILTER " ORDER BY f.rank, r.id LIMIT :limit OFFSET :offset", NULL },
	[REG_Q_ZOEK_NAAM] = { "register.zoek_naam", REG_COLUMNS REG_HITS
	    " ORDER BY o.naam COLLATE NOCASE, r.soort, r.naam COLLATE NOCASE, r.id LIMIT :limit OFFSET :offset", NULL },
	[REG_Q_FACET_SOORT] = { "register.facet_soort", "SELECT r.soort, count(*)" REG_HITS " GROUP BY r.soort", NULL },
	[REG_Q_FACET_REGIO] = { "register.facet_regio", "SELECT r.regio, count(*)" REG_HITS " GROUP BY r.regio", NULL },
	[REG_Q_FACET_ORGTYPE] = { "register.facet_orgtype", "SELECT o.type, count(*)" REG_HITS " GROUP BY o.type",
	    NULL },
	/* the organisations with the most hits (an organisation's own items; choosing it also finds its parts) */
	[REG_Q_FACET_ORG] = { "register.facet_organisatie",
	    "SELECT o.id, o.naam, count(*)" REG_HITS " GROUP BY o.id ORDER BY count(*) DESC, o.naam COLLATE NOCASE, o.id"
	    " LIMIT 15", NULL },
	[REG_Q_FACET_TAG] = { "register.facet_tag",
	    "SELECT tg.soort, tg.code, count(*) FROM register_tag tg WHERE tg.item_id IN (SELECT r.id" REG_HITS ")"
	    " GROUP BY tg.soort, tg.code", NULL },
};

const struct store_sql_table store_register_sql = { "register", sql, REG_Q__MAX };
