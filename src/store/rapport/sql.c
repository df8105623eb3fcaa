/* sql.c - the statements of the report's store: its years' casussen and what the chapters count, in a few set queries. */
#include "store/rapport/private.h"

#include "store/casus/private.h"

/*
 * :van and :tot: the first and the last day of the years, as YYYY-MM-DD
 * (dates compare as text). The ids of the casussen afgerond in the years
 * come from the index on afgerond_op alone, in id order, so that the rows
 * they lead to are read page after page. Whether such a casus is a concept is
 * left to rapport.casussen: a child row of a casus it did not read is
 * skipped.
 */
#define AFGEROND_IN "(SELECT id FROM casus WHERE afgerond_op BETWEEN :van AND :tot)"

static const struct store_sql sql[Q__MAX] = {
	/*
	 * The indiener's organisation as store_casus_load takes it: the one stated
	 * with the casus (import keeps it, with its connection dates as stated);
	 * otherwise the one recorded at intake or the persoon's own, with the dates
	 * of the organisation row. Only when the casus has an indiener, or had one
	 * before the retention purge (which pins that organisation and its dates).
	 */
	[Q_CASUSSEN] = { "rapport.casussen",
	    "SELECT c.id, c.referentie, c.status, c.ontvangen_op, c.afgerond_op, c.indiener_type,"
	    " EXISTS (SELECT 1 FROM escalatie e WHERE e.casus_id = c.id AND e.status <> 'ingetrokken'),"
	    " c.buitenlandse_component, (ip.id IS NOT NULL OR c.id IN (SELECT casus_id FROM casus_anonimisering)) AND io.id IS NOT NULL,"
	    " CASE WHEN c.indiener_opgegeven THEN c.indiener_aangesloten_sinds ELSE io.aangesloten_sinds END,"
	    " CASE WHEN c.indiener_opgegeven THEN c.indiener_aangesloten_tot ELSE io.aangesloten_tot END,"
	    " io.id, io.naam, io.type, c.maatwerk, c.followup_antwoord, c.reden_geen_leerpunt,"
	    " (SELECT rp.geprobeerd FROM casus_registerpoging rp WHERE rp.casus_id = c.id)"
	    " FROM casus c"
	    " LEFT JOIN persoon ip ON ip.id = c.indiener_id"
	    " LEFT JOIN organisatie io ON io.id = CASE WHEN c.indiener_opgegeven THEN c.indiener_organisatie_id"
	    "  ELSE coalesce(c.indiener_organisatie_id, ip.organisatie_id) END"
	    " WHERE c.id IN (SELECT id FROM casus WHERE afgerond_op BETWEEN :van AND :tot"
	    "  UNION SELECT id FROM casus WHERE ontvangen_op BETWEEN :van AND :tot) AND c.status <> 'concept'"
	    CASUS_ORDER_BY_REFERENTIE("c.referentie"), NULL },
	[Q_LEEFGEBIEDEN] = { "rapport.leefgebieden",
	    "SELECT casus_id, leefgebied FROM casus_leefgebied WHERE casus_id IN " AFGEROND_IN, NULL },
	[Q_BELEIDSTERREINEN] = { "rapport.beleidsterreinen",
	    "SELECT casus_id, beleidsterrein FROM casus_beleidsterrein WHERE casus_id IN " AFGEROND_IN, NULL },
	[Q_ORGANISATIES] = { "rapport.organisaties",
	    "SELECT x.casus_id, o.type, o.id, o.naam FROM casus_organisatie x JOIN organisatie o ON o.id = x.organisatie_id"
	    " WHERE x.casus_id IN " AFGEROND_IN, NULL },
	/* Interventies on the timeline, without those a later entry corrects. */
	[Q_INTERVENTIES] = { "rapport.interventies",
	    "SELECT a.casus_id, a.interventie_type FROM activiteit a WHERE a.casus_id IN " AFGEROND_IN
	    " AND a.type = 'interventie' AND NOT EXISTS (SELECT 1 FROM activiteit k WHERE k.corrigeert_id = a.id)", NULL },
	[Q_LEERPUNTEN] = { "rapport.leerpunten",
	    "SELECT x.casus_id, l.id, l.categorie, l.orde, l.vraag, l.al_bekend, l.terugkerend, l.omschrijving"
	    " FROM leerpunt_casus x JOIN leerpunt l ON l.id = x.leerpunt_id WHERE x.casus_id IN " AFGEROND_IN, NULL },
	/*
	 * Every belegging of those leerpunten (forwarded ones too: the peildatum may come before the forwarding) with
	 * its current status (the latest history row; the history itself is rapport.historie).
	 */
	[Q_BELEGGINGEN] = { "rapport.beleggingen",
	    "SELECT b.leerpunt_id, o.naam, o.type, o.code, s.status, s.reden, b.id, b.doorgezet_naar_id, o.id,"
	    " b.pmm_soort, b.niet_belegd_reden, b.niet_belegd_toelichting"
	    " FROM belegging b JOIN organisatie o ON o.id = b.organisatie_id"
	    " LEFT JOIN belegging_status s ON s.id = (SELECT id FROM belegging_status WHERE belegging_id = b.id"
	    "  ORDER BY datum DESC, id DESC LIMIT 1)"
	    " WHERE b.leerpunt_id IN (SELECT leerpunt_id FROM leerpunt_casus WHERE casus_id IN " AFGEROND_IN ")"
	    " ORDER BY b.leerpunt_id, b.volgorde, b.id", NULL },
	/* :van, :tot: the first day of a year and of the next. */
	[Q_JAAR] = { "rapport.jaar",
	    "SELECT EXISTS (SELECT 1 FROM casus WHERE afgerond_op >= :van AND afgerond_op < :tot AND status <> 'concept')"
	    " OR EXISTS (SELECT 1 FROM casus WHERE ontvangen_op >= :van AND ontvangen_op < :tot AND status <> 'concept')",
	    NULL },
	/* The history of those beleggingen, oldest first (by datum, then in order of recording). */
	[Q_HISTORIE] = { "rapport.historie",
	    "SELECT s.belegging_id, s.datum, s.status, s.reden, s.notitie, s.bron FROM belegging_status s"
	    " WHERE s.belegging_id IN (SELECT id FROM belegging WHERE leerpunt_id IN"
	    "  (SELECT leerpunt_id FROM leerpunt_casus WHERE casus_id IN " AFGEROND_IN "))"
	    " ORDER BY s.belegging_id, s.datum, s.id", NULL },
	[Q_PARTNERS] = { "rapport.partners",
	    "SELECT p.belegging_id, o.id, o.naam, o.type, o.code FROM belegging_partner p"
	    " JOIN organisatie o ON o.id = p.organisatie_id WHERE p.belegging_id IN (SELECT id FROM belegging WHERE"
	    " leerpunt_id IN (SELECT leerpunt_id FROM leerpunt_casus WHERE casus_id IN " AFGEROND_IN "))"
	    " ORDER BY p.belegging_id, p.volgorde", NULL },
	/* Knelpunten with their kinds: a row per kind (one with NULL when none), in the casus's order. */
	[Q_KNELPUNTEN] = { "rapport.knelpunten",
	    "SELECT k.casus_id, k.id, k.categorie, s.soort FROM knelpunt k"
	    " LEFT JOIN knelpunt_soort s ON s.knelpunt_id = k.id WHERE k.casus_id IN " AFGEROND_IN
	    " ORDER BY k.casus_id, k.volgorde, k.id", NULL },
	[Q_MAATWERK] = { "rapport.maatwerk",
	    "SELECT m.casus_id, m.vorm, m.wet, o.id, o.naam, o.type FROM maatwerk_toepassing m"
	    " LEFT JOIN organisatie o ON o.id = m.organisatie_id WHERE m.casus_id IN " AFGEROND_IN
	    " ORDER BY m.casus_id, m.volgorde, m.id", NULL },
	/* The first signalenoverleg each casus was discussed in (the analysed subset). */
	[Q_BESPROKEN] = { "rapport.besproken",
	    "SELECT x.casus_id, min(x.besproken_op) FROM bijeenkomst_casus x JOIN bijeenkomst b ON b.id = x.bijeenkomst_id"
	    " WHERE b.soort = 'signalenoverleg' AND x.casus_id IN " AFGEROND_IN " GROUP BY x.casus_id", NULL },
	[Q_ORG_ALLE] = { "rapport.organisaties_alle",
	    "SELECT id, naam, type, code, parent_id FROM organisatie ORDER BY id", NULL },
	[Q_RONDES] = { "rapport.rondes", "SELECT naam, peildatum, gesloten_op FROM navraagronde ORDER BY peildatum, id",
	    NULL },
};

const struct store_sql_table store_rapport_sql = { "rapport", sql, Q__MAX };

