/* sql.c - the statement table of the register aggregate: entries and profiles, ownership facts, search and facets. */
#include "core/register_suggestie.h"
#include "store/register/private.h"

#define PUNTEN_(x) #x
#define PUNTEN(x) PUNTEN_(x)   /* the points of core/register_suggestie.h as SQL literals */

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
/* The same hits without a text but with a leefgebied, driven by the tag's index instead of a scan of the register
   (the catch-all filter cannot use an index); :zoek is there only to be bound alike. */
#define REG_HITS_TAG \
	" FROM register_tag t0 CROSS JOIN register_item r ON r.id = t0.item_id JOIN organisatie o ON o.id = r.organisatie_id" \
	" LEFT JOIN organisatie p ON p.id = o.parent_id LEFT JOIN organisatie pp ON pp.id = p.parent_id" \
	" WHERE t0.soort = 'leefgebied' AND t0.code = :leefgebied AND :zoek IS NULL" REG_FILTER
/* The page by name and the facets, over hits H */
#define REG_ZOEK_NAAM(H) \
	"WITH pagina AS (SELECT r.id AS id, o.naam AS onaam, r.soort AS soort, r.naam AS naam" H \
	" ORDER BY o.naam COLLATE NOCASE, r.soort, r.naam COLLATE NOCASE, r.id LIMIT :limit OFFSET :offset)" \
	REG_COLUMNS " FROM pagina pg JOIN register_item r ON r.id = pg.id JOIN organisatie o ON o.id = r.organisatie_id" \
	" LEFT JOIN organisatie p ON p.id = o.parent_id LEFT JOIN organisatie pp ON pp.id = p.parent_id" \
	" ORDER BY pg.onaam COLLATE NOCASE, pg.soort, pg.naam COLLATE NOCASE, pg.id"
#define REG_FACETTEN(H) \
	"WITH hits AS MATERIALIZED (SELECT r.id AS id, r.soort AS soort, r.regio AS regio, o.type AS orgtype," \
	" o.id AS org, o.naam AS orgnaam" H ")," \
	" orgs AS (SELECT org, orgnaam, count(*) AS n FROM hits GROUP BY org" \
	"  ORDER BY n DESC, orgnaam COLLATE NOCASE, org LIMIT 15)" \
	" SELECT 1 AS f, soort, NULL, count(*), 0 AS nr FROM hits GROUP BY soort" \
	" UNION ALL SELECT 2, regio, NULL, count(*), 0 FROM hits GROUP BY regio" \
	" UNION ALL SELECT 3, orgtype, NULL, count(*), 0 FROM hits GROUP BY orgtype" \
	" UNION ALL SELECT 4, org, orgnaam, n, row_number() OVER (ORDER BY n DESC, orgnaam COLLATE NOCASE, org)" \
	"  FROM orgs" \
	" UNION ALL SELECT CASE tg.soort WHEN 'leefgebied' THEN 5 ELSE 6 END, tg.code, NULL, count(*), 0" \
	"  FROM register_tag tg JOIN hits h ON h.id = tg.item_id GROUP BY tg.soort, tg.code" \
	" ORDER BY 1, 5"

static const struct store_sql sql[REG_Q__MAX] = {
	[REG_Q_LEES] = { "register.lees", REG_COLUMNS REG_FROM " WHERE r.id = :id", NULL },
	[REG_Q_VAN_ORG] = { "register.van_organisatie",
	    "SELECT id FROM register_item WHERE organisatie_id = :organisatie AND soort = 'organisatie'", NULL },
	[REG_Q_PROFIELEN] = { "register.profielen", REG_COLUMNS REG_FROM
	    " WHERE r.vermelding_id = :vermelding ORDER BY r.naam COLLATE NOCASE, r.id", NULL },
	/* the profile under an entry with an e-mail address (the import's match; the last by name, as the list shows) */
	[REG_Q_PROFIEL_EMAIL] = { "register.profiel_email",
	    "SELECT id FROM register_item WHERE vermelding_id = :vermelding AND email = :email COLLATE NOCASE"
	    " ORDER BY naam COLLATE NOCASE DESC, id DESC LIMIT 1", NULL },
	/* "wie kan helpen" (suggestie.c): the score of core/register_suggestie.c computed here, over only the items that
	   can score (a shared leefgebied or wet tag, a betrokken organisation or a part of one, an organisation under a
	   ministry of the casus), the best :limit of :soort; the lists are JSON arrays of codes and ids. The ministry of
	   an item is the first of its organisation, parent and grandparent whose code is one (:alle_bt, upper case). */
	[REG_Q_SUGGESTIES] = { "register.suggesties",
	    "WITH og(id) AS (SELECT value FROM json_each(:organisaties)),"
	    " onder(id) AS (SELECT id FROM og UNION SELECT o.id FROM organisatie o WHERE o.parent_id IN og"
	    "  UNION SELECT o.id FROM organisatie o JOIN organisatie p ON p.id = o.parent_id WHERE p.parent_id IN og),"
	    " btorg(id) AS (SELECT o.id FROM organisatie o LEFT JOIN organisatie p ON p.id = o.parent_id"
	    "  LEFT JOIN organisatie pp ON pp.id = p.parent_id WHERE :bt <> '[]' AND CASE"
	    "  WHEN upper(o.code) IN (SELECT value FROM json_each(:alle_bt)) THEN upper(o.code)"
	    "  WHEN upper(p.code) IN (SELECT value FROM json_each(:alle_bt)) THEN upper(p.code)"
	    "  WHEN upper(pp.code) IN (SELECT value FROM json_each(:alle_bt)) THEN upper(pp.code) END"
	    "  IN (SELECT value FROM json_each(:bt))),"
	    " punten(item_id, p) AS ("
	    "  SELECT item_id, " PUNTEN(SUGGESTIE_PUNTEN_LEEFGEBIED) " FROM register_tag WHERE soort = 'leefgebied'"
	    "   AND code IN (SELECT value FROM json_each(:leefgebieden))"
	    "  UNION ALL SELECT item_id, " PUNTEN(SUGGESTIE_PUNTEN_WET) " FROM register_tag WHERE soort = 'wet'"
	    "   AND code IN (SELECT value FROM json_each(:wetten))"
	    "  UNION ALL SELECT id, " PUNTEN(SUGGESTIE_PUNTEN_ORGANISATIE) " FROM register_item"
	    "   WHERE organisatie_id IN onder"
	    "  UNION ALL SELECT id, " PUNTEN(SUGGESTIE_PUNTEN_BELEIDSTERREIN) " FROM register_item"
	    "   WHERE organisatie_id IN btorg)"
	    " SELECT r.id, sum(x.p) + CASE WHEN r.regio = :regio THEN " PUNTEN(SUGGESTIE_PUNTEN_REGIO) " ELSE 0 END"
	    "  + CASE WHEN r.bevestigd_op IS NULL OR r.bevestigd_op <= :verouderd_tot THEN " PUNTEN(SUGGESTIE_PUNTEN_VEROUDERD)
	    " ELSE 0 END AS score"
	    " FROM punten x JOIN register_item r ON r.id = x.item_id WHERE r.soort = :soort"
	    " GROUP BY r.id HAVING score > 0 ORDER BY score DESC, r.id LIMIT :limit", NULL },
	[REG_Q_LEEG] = { "register.leeg", "SELECT NOT EXISTS (SELECT 1 FROM register_item)", NULL },
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

	/* search (zoek.c): a page ranked by the index, a page by name, and the total and every facet in one pass. The
	   pages pick their ids first and read the columns (tags, the account, counts) of those rows only: SQLite
	   computes a result row before it sorts, so reading the columns in the sorted query made every hit pay
	   for them. The facets group one materialised set of hits instead of running the search once per facet. */
	[REG_Q_ZOEK_RANG] = { "register.zoek_rang",
	    "WITH pagina AS (SELECT r.id AS id, f.rank AS rang"
	    " FROM register_fts f JOIN register_item r ON r.id = f.rowid JOIN organisatie o ON o.id = r.organisatie_id"
	    " LEFT JOIN organisatie p ON p.id = o.parent_id"
	    " WHERE register_fts MATCH :zoek" REG_FILTER " ORDER BY f.rank, r.id LIMIT :limit OFFSET :offset)"
	    REG_COLUMNS " FROM pagina pg JOIN register_item r ON r.id = pg.id JOIN organisatie o ON o.id = r.organisatie_id"
	    " LEFT JOIN organisatie p ON p.id = o.parent_id LEFT JOIN organisatie pp ON pp.id = p.parent_id"
	    " ORDER BY pg.rang, pg.id", NULL },
	[REG_Q_ZOEK_NAAM] = { "register.zoek_naam", REG_ZOEK_NAAM(REG_HITS), NULL },
	[REG_Q_ZOEK_NAAM_TAG] = { "register.zoek_naam_tag", REG_ZOEK_NAAM(REG_HITS_TAG), NULL },
	/* (facet, code, name, count): soort, regio, orgtype, the 15 organisations with most hits (an organisation's
	   own items; choosing it also finds its parts), and the tags (leefgebied, wet) */
	[REG_Q_FACETTEN] = { "register.facetten", REG_FACETTEN(REG_HITS), NULL },
	[REG_Q_FACETTEN_TAG] = { "register.facetten_tag", REG_FACETTEN(REG_HITS_TAG), NULL },
};

const struct store_sql_table store_register_sql = { "register", sql, REG_Q__MAX };
