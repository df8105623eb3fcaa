/* sql.c - the statement table of the escalatie aggregate: every SQL statement store/escalatie/ runs, by name. */
#include "store/escalatie/private.h"

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
	/* the jaarrapportage: codes and dates only, no free text */
	[Q_RAPPORT] = { "escalatie.rapport",
	    "SELECT e.id, e.casus_id, e.status, e.aangevraagd_op, NULL, NULL, NULL, e.urgentie, e.voorzitter_id, NULL,"
	    " NULL, e.uitkomst, NULL, e.afgesloten_op FROM escalatie e JOIN casus c ON c.id = e.casus_id"
	    " WHERE c.status <> 'concept' AND (:beperking = 0 OR c.indiener_id = :beperking OR EXISTS (SELECT 1 FROM"
	    " casus_deelnemer d WHERE d.casus_id = c.id AND d.persoon_id = :beperking)) ORDER BY e.id", NULL },
	[Q_VOORZITTERS] = { "escalatie.voorzitters",
	    "SELECT p.id, p.naam FROM persoon p JOIN gebruiker g ON g.persoon_id = p.id"
	    " JOIN gebruiker_rol r ON r.gebruiker_id = g.id AND r.rol = 'let_voorzitter'"
	    " WHERE g.actief = 1 ORDER BY p.naam COLLATE NOCASE, p.id", NULL },
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
