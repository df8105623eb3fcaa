/* sql.c - the statement table of the evenement aggregate: events, invitations, what was discussed, the figures. */
#include "store/evenement/private.h"

/* The columns col_evenement reads, from column 0. */
#define EV_COLUMNS "SELECT e.id, e.soort, e.datum, e.thema, e.doelgroep, e.locatie, e.omschrijving FROM evenement e"

static const struct store_sql sql[EV_Q__MAX] = {
	[EV_Q_NIEUW] = { "evenement.nieuw",
	    "INSERT INTO evenement (soort, datum, thema, doelgroep, locatie, omschrijving, aangemaakt_door, aangemaakt_op,"
	    " gewijzigd_op) VALUES (:soort, :datum, :thema, :doelgroep, :locatie, :omschrijving, :door, :now, :now)",
	    NULL },
	[EV_Q_WIJZIG] = { "evenement.wijzig",
	    "UPDATE evenement SET soort = :soort, datum = :datum, thema = :thema, doelgroep = :doelgroep,"
	    " locatie = :locatie, omschrijving = :omschrijving, gewijzigd_op = :now WHERE id = :id", NULL },
	[EV_Q_LEES] = { "evenement.lees", EV_COLUMNS " WHERE e.id = :id", NULL },
	[EV_Q_LIJST] = { "evenement.lijst",
	    "SELECT e.id, e.soort, e.datum, e.thema, e.doelgroep, e.locatie, e.omschrijving,"
	    " (SELECT count(*) FROM evenement_deelnemer d WHERE d.evenement_id = e.id),"
	    " (SELECT count(*) FROM evenement_deelnemer d WHERE d.evenement_id = e.id AND d.status = 'aangemeld'),"
	    " (SELECT count(*) FROM evenement_deelnemer d WHERE d.evenement_id = e.id AND d.aanwezig = 1),"
	    " (SELECT count(*) FROM evenement_casus c WHERE c.evenement_id = e.id),"
	    " (SELECT count(*) FROM evenement_leerpunt l WHERE l.evenement_id = e.id)"
	    " FROM evenement e WHERE (:van IS NULL OR e.datum BETWEEN :van AND :tot) AND (:soort IS NULL OR e.soort = :soort)"
	    " ORDER BY e.datum DESC, e.id DESC LIMIT 1000", NULL },
	[EV_Q_DEELNEMERS] = { "evenement.deelnemers",
	    "SELECT d.register_item_id, r.soort, r.naam, r.functie, r.organisatie_id, o.naam, d.status, d.aanwezig"
	    " FROM evenement_deelnemer d JOIN register_item r ON r.id = d.register_item_id"
	    " JOIN organisatie o ON o.id = r.organisatie_id WHERE d.evenement_id = :id"
	    " ORDER BY o.naam COLLATE NOCASE, r.naam COLLATE NOCASE, r.id", NULL },
	/* Referentie and leefgebieden only: nothing else of a casus leaves for the audience. */
	[EV_Q_CASUSSEN] = { "evenement.casussen",
	    "SELECT c.referentie, (SELECT group_concat(l.leefgebied) FROM casus_leefgebied l WHERE l.casus_id = c.id)"
	    " FROM evenement_casus x JOIN casus c ON c.id = x.casus_id WHERE x.evenement_id = :id"
	    " ORDER BY substr(c.referentie, 5, 4), length(c.referentie), c.referentie", NULL },
	[EV_Q_LEERPUNTEN] = { "evenement.leerpunten",
	    "SELECT l.id, l.omschrijving, l.categorie, x.bron FROM evenement_leerpunt x JOIN leerpunt l ON l.id = x.leerpunt_id"
	    " WHERE x.evenement_id = :id ORDER BY l.id", NULL },
	[EV_Q_ITEM_BESTAAT] = { "evenement.item_bestaat", "SELECT count(*) FROM register_item WHERE id = :id", NULL },
	[EV_Q_UITNODIGEN] = { "evenement.uitnodigen",
	    "INSERT INTO evenement_deelnemer (evenement_id, register_item_id, status, aanwezig, uitgenodigd_op,"
	    " gewijzigd_op, gewijzigd_door) VALUES (:ev, :item, :status, :aanwezig, :now, :now, :door)"
	    " ON CONFLICT DO NOTHING", NULL },
	[EV_Q_DEELNAME] = { "evenement.deelname",
	    "UPDATE evenement_deelnemer SET status = :status, aanwezig = :aanwezig, gewijzigd_op = :now,"
	    " gewijzigd_door = :door WHERE evenement_id = :ev AND register_item_id = :item", NULL },
	[EV_Q_DEELNAME_LEES] = { "evenement.deelname_lees",
	    "SELECT status, aanwezig FROM evenement_deelnemer WHERE evenement_id = :ev AND register_item_id = :item",
	    NULL },
	[EV_Q_CASUS_ID] = { "evenement.casus_id",
	    "SELECT id FROM casus WHERE referentie = :referentie AND status <> 'concept'", NULL },
	[EV_Q_CASUS_KOPPEL] = { "evenement.casus_koppel",
	    "INSERT INTO evenement_casus (evenement_id, casus_id) VALUES (:ev, :casus) ON CONFLICT DO NOTHING", NULL },
	[EV_Q_LEERPUNT_BESTAAT] = { "evenement.leerpunt_bestaat", "SELECT count(*) FROM leerpunt WHERE id = :id", NULL },
	[EV_Q_LEERPUNT_BRON_ELDERS] = { "evenement.leerpunt_bron_elders",
	    "SELECT count(*) FROM evenement_leerpunt WHERE leerpunt_id = :leerpunt AND bron = 1 AND evenement_id <> :ev",
	    NULL },
	[EV_Q_LEERPUNT_KOPPEL] = { "evenement.leerpunt_koppel",
	    "INSERT INTO evenement_leerpunt (evenement_id, leerpunt_id, bron) VALUES (:ev, :leerpunt, :bron)"
	    " ON CONFLICT DO NOTHING", NULL },
	[EV_Q_BRON_VAN] = { "evenement.bron_van",
	    EV_COLUMNS " JOIN evenement_leerpunt x ON x.evenement_id = e.id WHERE x.leerpunt_id = :leerpunt AND x.bron = 1",
	    NULL },
	/* the figures of a year: its events with their counts, and their invitations */
	[EV_Q_KERN] = { "evenement.kern",
	    "SELECT e.id, e.soort, e.datum, (SELECT count(*) FROM evenement_casus c WHERE c.evenement_id = e.id),"
	    " (SELECT count(*) FROM evenement_leerpunt l WHERE l.evenement_id = e.id),"
	    " (SELECT count(*) FROM evenement_leerpunt l WHERE l.evenement_id = e.id AND l.bron = 1)"
	    " FROM evenement e WHERE e.datum BETWEEN :van AND :tot", NULL },
	[EV_Q_DEELNAMES] = { "evenement.deelnames",
	    "SELECT d.evenement_id, r.organisatie_id, d.status, d.aanwezig FROM evenement_deelnemer d"
	    " JOIN evenement e ON e.id = d.evenement_id JOIN register_item r ON r.id = d.register_item_id"
	    " WHERE e.datum BETWEEN :van AND :tot", NULL },
	/* the demo: a leerpunt signalled at a kind of source, and whether there are events already */
	[EV_Q_SIGNAAL_MET_BRON] = { "evenement.signaal_met_bron",
	    "SELECT coalesce(min(id), 0) FROM leerpunt WHERE bron = :bron", NULL },
	[EV_Q_AANTAL] = { "evenement.aantal", "SELECT count(*) FROM evenement", NULL },
};

const struct store_sql_table store_evenement_sql = { "evenement", sql, EV_Q__MAX };
