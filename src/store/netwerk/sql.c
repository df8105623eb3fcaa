/* sql.c - the statement table of the organisatie aggregate: the directory, its history, contacts, merges, proposals. */
#include "store/netwerk/private.h"

#define ORG_COLUMNS \
	"SELECT o.id, o.naam, o.type, o.code, o.parent_id, p.naam, o.status, o.email, o.telefoon," \
	" o.aangesloten_sinds, o.aangesloten_tot, o.voorgesteld_op, vp.naam" \
	" FROM organisatie o LEFT JOIN organisatie p ON p.id = o.parent_id" \
	" LEFT JOIN gebruiker vg ON vg.id = o.voorgesteld_door LEFT JOIN persoon vp ON vp.id = vg.persoon_id"
/* The list's filter (struct organisatie_filter); :status NULL means the known ones. */
#define ORG_WHERE \
	" WHERE (:zoek IS NULL OR instr(lower(o.naam), lower(:zoek)) > 0 OR instr(lower(coalesce(o.code, '')), lower(:zoek)) > 0)" \
	" AND (:type IS NULL OR o.type = :type) AND o.status = coalesce(:status, 'bekend')" \
	" AND (:parent IS NULL OR o.parent_id = :parent)"

static const struct store_sql sql[NW_Q__MAX] = {
	/* the directory (organisatie.c) */
	[NW_Q_LIJST] = { "organisatie.lijst", ORG_COLUMNS ORG_WHERE
	    " ORDER BY o.naam COLLATE NOCASE, o.id LIMIT :limit OFFSET :offset", NULL },
	[NW_Q_LIJST_TOTAAL] = { "organisatie.lijst_totaal", "SELECT count(*) FROM organisatie o" ORG_WHERE, NULL },
	[NW_Q_LEES] = { "organisatie.lees", ORG_COLUMNS " WHERE o.id = :id", NULL },
	[NW_Q_TELLINGEN] = { "organisatie.tellingen",
	    "SELECT (SELECT count(*) FROM casus c WHERE c.indiener_organisatie_id = :id"
	    "   OR EXISTS (SELECT 1 FROM casus_organisatie co WHERE co.casus_id = c.id AND co.organisatie_id = :id)),"
	    " (SELECT count(*) FROM persoon WHERE organisatie_id = :id),"
	    " (SELECT count(*) FROM belegging WHERE organisatie_id = :id),"
	    " (SELECT count(*) FROM organisatie WHERE parent_id = :id),"
	    " (SELECT count(*) FROM gebruiker g JOIN persoon p ON p.id = g.persoon_id WHERE p.organisatie_id = :id)",
	    NULL },
	[NW_Q_BOOM] = { "organisatie.boom", "SELECT id, coalesce(parent_id, 0) FROM organisatie ORDER BY id", NULL },
	[NW_Q_ONDER] = { "organisatie.onder",
	    "SELECT id FROM organisatie WHERE id IN " STORE_SQL_ONDER(":root") " ORDER BY id <> :root, id", NULL },
	[NW_Q_ZOEK] = { "organisatie.zoek",
	    "SELECT id FROM organisatie WHERE status = 'bekend'"
	    " AND (naam = :naam COLLATE NOCASE OR code = :naam COLLATE NOCASE)"
	    " ORDER BY CASE WHEN code = :naam COLLATE NOCASE THEN 0 ELSE 1 END, id LIMIT 1", NULL },
	[NW_Q_NAAM_BEZET] = { "organisatie.naam_bezet",
	    "SELECT id FROM organisatie WHERE naam = :naam COLLATE NOCASE AND type = :type AND id <> :id LIMIT 1", NULL },
	[NW_Q_CODE_BEZET] = { "organisatie.code_bezet",
	    "SELECT id FROM organisatie WHERE code = :code COLLATE NOCASE AND id <> :id LIMIT 1", NULL },
	[NW_Q_BIJ_CODE] = { "organisatie.bij_code",
	    "SELECT id FROM organisatie WHERE code = :code COLLATE NOCASE LIMIT 1", NULL },
	[NW_Q_NIEUW] = { "organisatie.nieuw",
	    "INSERT INTO organisatie (naam, type, code, parent_id, email, telefoon, status)"
	    " VALUES (:naam, :type, :code, :parent, :email, :telefoon, 'bekend')", NULL },
	[NW_Q_WIJZIG] = { "organisatie.wijzig",
	    "UPDATE organisatie SET naam = :naam, type = :type, code = :code, parent_id = :parent, email = :email,"
	    " telefoon = :telefoon WHERE id = :id", NULL },

	/* the connection history (aansluiting.c) */
	[NW_Q_AANSL_LIJST] = { "organisatie.aansluitingen",
	    "SELECT id, status, datum, bron FROM organisatie_aansluiting WHERE organisatie_id = :organisatie"
	    " ORDER BY datum, id", NULL },
	[NW_Q_AANSL_ALLE] = { "organisatie.aansluitingen_alle",
	    "SELECT a.organisatie_id, a.id, a.status, a.datum, a.bron FROM organisatie_aansluiting a"
	    " JOIN organisatie o ON o.id = a.organisatie_id WHERE o.status = 'bekend'"
	    " ORDER BY a.organisatie_id, a.datum, a.id", NULL },
	[NW_Q_GROEI] = { "organisatie.groei",
	    "SELECT o.id, o.type, o.code, a.id, a.status, a.datum FROM organisatie o"
	    " JOIN organisatie_aansluiting a ON a.organisatie_id = o.id WHERE o.status = 'bekend'"
	    " ORDER BY o.id, a.datum, a.id", NULL },
	[NW_Q_AANSL_NIEUW] = { "organisatie.aansluiting_nieuw",
	    "INSERT INTO organisatie_aansluiting (organisatie_id, status, datum, bron, auteur_id, created_at)"
	    " VALUES (:organisatie, :status, :datum, :bron, :auteur, :now)", NULL },
	[NW_Q_PERIODE_ZET] = { "organisatie.periode_zet",
	    "UPDATE organisatie SET aangesloten_sinds = :sinds, aangesloten_tot = :tot WHERE id = :id", NULL },

	/* contact persons (contact.c): the contact rows, then the accounts that are its ambassadeur */
	[NW_Q_CONTACT_LIJST] = { "organisatie.contacten",
	    "SELECT p.id, p.naam, p.email, p.functie, p.telefoon, c.rol, 0 AS account FROM organisatie_contact c"
	    " JOIN persoon p ON p.id = c.persoon_id WHERE c.organisatie_id = :organisatie"
	    " UNION ALL"
	    " SELECT p.id, p.naam, p.email, p.functie, p.telefoon, 'ambassadeur', 1 FROM gebruiker g"
	    " JOIN persoon p ON p.id = g.persoon_id JOIN gebruiker_rol r ON r.gebruiker_id = g.id AND r.rol = 'ambassadeur'"
	    " WHERE g.actief = 1 AND p.organisatie_id = :organisatie"
	    " ORDER BY 6, 2", NULL },
	[NW_Q_CONTACT_PERSOON_EMAIL] = { "organisatie.contact_persoon_email",
	    "SELECT id FROM persoon WHERE email = :email COLLATE NOCASE", NULL },
	[NW_Q_CONTACT_PERSOON_NIEUW] = { "organisatie.contact_persoon_nieuw",
	    "INSERT INTO persoon (naam, email, functie, telefoon, organisatie_id)"
	    " VALUES (:naam, :email, :functie, :telefoon, :organisatie)", NULL },
	[NW_Q_CONTACT_NIEUW] = { "organisatie.contact_nieuw",
	    "INSERT INTO organisatie_contact (organisatie_id, persoon_id, rol, sinds)"
	    " VALUES (:organisatie, :persoon, :rol, :now)", NULL },
	[NW_Q_CONTACT_WEG] = { "organisatie.contact_weg",
	    "DELETE FROM organisatie_contact WHERE organisatie_id = :organisatie AND persoon_id = :persoon AND rol = :rol",
	    NULL },

	/* merging van into naar (samenvoegen.c); the order there matters */
	[NW_Q_SV_CODE] = { "organisatie.sv_code", "SELECT code FROM organisatie WHERE id = :id", NULL },
	[NW_Q_SV_CODE_WEG] = { "organisatie.sv_code_weg", "UPDATE organisatie SET code = NULL WHERE id = :van", NULL },
	[NW_Q_SV_CODE_ZET] = { "organisatie.sv_code_zet",
	    "UPDATE organisatie SET code = :code WHERE id = :naar AND code IS NULL", NULL },
	[NW_Q_SV_PERSONEN] = { "organisatie.sv_personen",
	    "UPDATE persoon SET organisatie_id = :naar WHERE organisatie_id = :van", NULL },
	[NW_Q_SV_INDIENER_ORG] = { "organisatie.sv_indiener_organisatie",
	    "UPDATE casus SET indiener_organisatie_id = :naar WHERE indiener_organisatie_id = :van", NULL },
	/* a casus that names both keeps naar's row, with van's rol when naar's has none */
	[NW_Q_SV_CO_ROL] = { "organisatie.sv_casus_rol",
	    "UPDATE casus_organisatie SET rol = (SELECT v.rol FROM casus_organisatie v"
	    "   WHERE v.casus_id = casus_organisatie.casus_id AND v.organisatie_id = :van)"
	    " WHERE organisatie_id = :naar AND rol IS NULL"
	    " AND casus_id IN (SELECT casus_id FROM casus_organisatie WHERE organisatie_id = :van)", NULL },
	[NW_Q_SV_CO_WEG] = { "organisatie.sv_casus_dubbel_weg",
	    "DELETE FROM casus_organisatie WHERE organisatie_id = :van"
	    " AND casus_id IN (SELECT casus_id FROM casus_organisatie WHERE organisatie_id = :naar)", NULL },
	[NW_Q_SV_CO] = { "organisatie.sv_casus",
	    "UPDATE casus_organisatie SET organisatie_id = :naar WHERE organisatie_id = :van", NULL },
	[NW_Q_SV_BELEGGINGEN] = { "organisatie.sv_beleggingen",
	    "UPDATE belegging SET organisatie_id = :naar WHERE organisatie_id = :van", NULL },
	[NW_Q_SV_ONDERDELEN] = { "organisatie.sv_onderdelen",
	    "UPDATE organisatie SET parent_id = :naar WHERE parent_id = :van", NULL },
	[NW_Q_SV_AANSL_NAAR] = { "organisatie.sv_aansluitingen_naar",
	    "SELECT count(*) FROM organisatie_aansluiting WHERE organisatie_id = :naar", NULL },
	[NW_Q_SV_AANSL_VERPLAATS] = { "organisatie.sv_aansluitingen",
	    "UPDATE organisatie_aansluiting SET organisatie_id = :naar WHERE organisatie_id = :van", NULL },
	[NW_Q_SV_CONTACT_DUBBEL] = { "organisatie.sv_contact_dubbel_weg",
	    "DELETE FROM organisatie_contact WHERE organisatie_id = :van"
	    " AND EXISTS (SELECT 1 FROM organisatie_contact n WHERE n.organisatie_id = :naar"
	    "   AND n.persoon_id = organisatie_contact.persoon_id AND n.rol = organisatie_contact.rol)", NULL },
	[NW_Q_SV_CONTACT] = { "organisatie.sv_contact",
	    "UPDATE organisatie_contact SET organisatie_id = :naar WHERE organisatie_id = :van", NULL },
	/* the LET and the overbruggingsprocedure (migration 009): an escalatie or overbrugging naming both keeps naar's row */
	[NW_Q_SV_ESC_DUBBEL] = { "organisatie.sv_escalatie_dubbel_weg",
	    "DELETE FROM escalatie_organisatie WHERE organisatie_id = :van"
	    " AND escalatie_id IN (SELECT escalatie_id FROM escalatie_organisatie WHERE organisatie_id = :naar)", NULL },
	[NW_Q_SV_ESC] = { "organisatie.sv_escalatie",
	    "UPDATE escalatie_organisatie SET organisatie_id = :naar WHERE organisatie_id = :van", NULL },
	[NW_Q_SV_ESC_DEELNEMER] = { "organisatie.sv_escalatie_deelnemer",
	    "UPDATE escalatie_deelnemer SET organisatie_id = :naar WHERE organisatie_id = :van", NULL },
	[NW_Q_SV_ESC_AFSPRAAK] = { "organisatie.sv_escalatie_afspraak",
	    "UPDATE escalatie_afspraak SET organisatie_id = :naar WHERE organisatie_id = :van", NULL },
	[NW_Q_SV_OB_VOORFINANCIER] = { "organisatie.sv_overbrugging_voorfinancier",
	    "UPDATE overbrugging SET voorfinancier_id = :naar WHERE voorfinancier_id = :van", NULL },
	[NW_Q_SV_OB_BETALER] = { "organisatie.sv_overbrugging_betaler",
	    "UPDATE overbrugging SET betaler_id = :naar WHERE betaler_id = :van", NULL },
	[NW_Q_SV_OB_KANDIDAAT_DUBBEL] = { "organisatie.sv_overbrugging_kandidaat_dubbel_weg",
	    "DELETE FROM overbrugging_kandidaat WHERE organisatie_id = :van"
	    " AND overbrugging_id IN (SELECT overbrugging_id FROM overbrugging_kandidaat WHERE organisatie_id = :naar)", NULL },
	[NW_Q_SV_OB_KANDIDAAT] = { "organisatie.sv_overbrugging_kandidaat",
	    "UPDATE overbrugging_kandidaat SET organisatie_id = :naar WHERE organisatie_id = :van", NULL },
	/* systeemleren (migration 012): a werkgroep or navraag round naming both keeps naar's row */
	[NW_Q_SV_MAATWERK] = { "organisatie.sv_maatwerk",
	    "UPDATE maatwerk_toepassing SET organisatie_id = :naar WHERE organisatie_id = :van", NULL },
	[NW_Q_SV_PARTNER_DUBBEL] = { "organisatie.sv_partner_dubbel_weg",
	    "DELETE FROM belegging_partner WHERE organisatie_id = :van"
	    " AND belegging_id IN (SELECT belegging_id FROM belegging_partner WHERE organisatie_id = :naar)", NULL },
	[NW_Q_SV_PARTNER] = { "organisatie.sv_partner",
	    "UPDATE belegging_partner SET organisatie_id = :naar WHERE organisatie_id = :van", NULL },
	[NW_Q_SV_NAVRAAG_PARTIJ_DUBBEL] = { "organisatie.sv_navraag_partij_dubbel_weg",
	    "DELETE FROM navraag_partij WHERE organisatie_id = :van"
	    " AND ronde_id IN (SELECT ronde_id FROM navraag_partij WHERE organisatie_id = :naar)", NULL },
	[NW_Q_SV_NAVRAAG_PARTIJ] = { "organisatie.sv_navraag_partij",
	    "UPDATE navraag_partij SET organisatie_id = :naar WHERE organisatie_id = :van", NULL },
	[NW_Q_SV_SYSTEEMWIJZIGING] = { "organisatie.sv_systeemwijziging",
	    "UPDATE systeemwijziging SET organisatie_id = :naar WHERE organisatie_id = :van", NULL },
	/* the Maatwerkregister (migration 013): when both have an entry, van's profiles go under naar's entry and
	   van's entry goes; otherwise van's entry and profiles become naar's */
	[NW_Q_SV_REG_PROFIELEN] = { "organisatie.sv_register_profielen",
	    "UPDATE register_item SET vermelding_id = (SELECT id FROM register_item WHERE organisatie_id = :naar"
	    "  AND soort = 'organisatie')"
	    " WHERE vermelding_id IN (SELECT id FROM register_item WHERE organisatie_id = :van AND soort = 'organisatie')"
	    " AND EXISTS (SELECT 1 FROM register_item WHERE organisatie_id = :naar AND soort = 'organisatie')", NULL },
	[NW_Q_SV_REG_DUBBEL] = { "organisatie.sv_register_dubbel_weg",
	    "DELETE FROM register_item WHERE organisatie_id = :van AND soort = 'organisatie'"
	    " AND EXISTS (SELECT 1 FROM register_item WHERE organisatie_id = :naar AND soort = 'organisatie')", NULL },
	[NW_Q_SV_REG] = { "organisatie.sv_register",
	    "UPDATE register_item SET organisatie_id = :naar WHERE organisatie_id = :van", NULL },
	[NW_Q_SV_WEG] = { "organisatie.sv_weg", "DELETE FROM organisatie WHERE id = :van", NULL },

	/* proposals (organisatie.c) */
	[NW_Q_VOORSTEL_NIEUW] = { "organisatie.voorstel_nieuw",
	    "INSERT INTO organisatie (naam, type, status, voorgesteld_door, voorgesteld_op)"
	    " VALUES (:naam, :type, 'voorstel', :door, :now)", NULL },
	[NW_Q_VOORSTEL_ACCEPTEER] = { "organisatie.voorstel_accepteren",
	    "UPDATE organisatie SET status = 'bekend', naam = :naam, type = :type, code = :code, parent_id = :parent,"
	    " email = :email, telefoon = :telefoon, beoordeeld_door = :door, beoordeeld_op = :now"
	    " WHERE id = :id AND status = 'voorstel'", NULL },
	[NW_Q_VOORSTEL_AFWIJS] = { "organisatie.voorstel_afwijzen",
	    "UPDATE organisatie SET status = 'afgewezen', beoordeeld_door = :door, beoordeeld_op = :now"
	    " WHERE id = :id AND status = 'voorstel'", NULL },
	[NW_Q_VOORSTEL_AANTAL] = { "organisatie.voorstel_aantal",
	    "SELECT count(*) FROM organisatie WHERE status = 'voorstel'", NULL },
};

const struct store_sql_table store_organisatie_sql = { "organisatie", sql, NW_Q__MAX };
