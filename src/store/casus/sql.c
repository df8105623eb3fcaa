/* sql.c - the statement table of the casus aggregate: every SQL statement store/casus/ runs, by name. */
#include "store/casus/private.h"

/* ---- the casus row (write.c) ---- */

/* The 26 columns casus.insert and casus.update share, as named parameters. */
#define CASUS_SET_COLUMNS \
	" referentie = :referentie, status = :status, ontvangen_op = :ontvangen_op, afgerond_op = :afgerond_op," \
	" indiener_id = :indiener, indiener_type = :indiener_type, regievoerder_id = :regievoerder," \
	" hulpvraag = :hulpvraag, situatie = :situatie, geprobeerd = :geprobeerd, urgentie = :urgentie," \
	" maatwerk = :maatwerk, resultaat = :resultaat, procesregie_houder = :procesregie_houder," \
	" procesregie_terugkoppeling = :procesregie_terugkoppeling, procesregie_dossierhouder = :procesregie_dossierhouder," \
	" buitenlandse_component = :buitenlandse_component, followup_op = :followup_op," \
	" followup_antwoord = :followup_antwoord, followup_toelichting = :followup_toelichting," \
	" indiener_organisatie_id = :indiener_organisatie, indiener_aangesloten_sinds = :indiener_aangesloten_sinds," \
	" indiener_aangesloten_tot = :indiener_aangesloten_tot, indiener_opgegeven = :indiener_opgegeven," \
	" reden_geen_leerpunt = :reden_geen_leerpunt"
/* True when a column differs from its parameter: an update that changes nothing writes nothing. */
#define CASUS_DIFFERS \
	" (referentie IS NOT :referentie OR status IS NOT :status OR ontvangen_op IS NOT :ontvangen_op" \
	" OR afgerond_op IS NOT :afgerond_op OR indiener_id IS NOT :indiener OR indiener_type IS NOT :indiener_type" \
	" OR regievoerder_id IS NOT :regievoerder OR hulpvraag IS NOT :hulpvraag OR situatie IS NOT :situatie" \
	" OR geprobeerd IS NOT :geprobeerd OR urgentie IS NOT :urgentie OR maatwerk IS NOT :maatwerk" \
	" OR resultaat IS NOT :resultaat OR procesregie_houder IS NOT :procesregie_houder" \
	" OR procesregie_terugkoppeling IS NOT :procesregie_terugkoppeling" \
	" OR procesregie_dossierhouder IS NOT :procesregie_dossierhouder" \
	" OR buitenlandse_component IS NOT :buitenlandse_component OR followup_op IS NOT :followup_op" \
	" OR followup_antwoord IS NOT :followup_antwoord OR followup_toelichting IS NOT :followup_toelichting" \
	" OR indiener_organisatie_id IS NOT :indiener_organisatie" \
	" OR indiener_aangesloten_sinds IS NOT :indiener_aangesloten_sinds" \
	" OR indiener_aangesloten_tot IS NOT :indiener_aangesloten_tot OR indiener_opgegeven IS NOT :indiener_opgegeven" \
	" OR reden_geen_leerpunt IS NOT :reden_geen_leerpunt)"

/* ---- reading (read.c) ---- */

/*
 * The indiener's organisation: the one stated with the casus (import keeps it
 * exactly, with its connection dates as stated); otherwise the one recorded
 * at intake or the persoon's own, with the dates of the organisation row.
 */
#define CASUS_LOAD \
	"SELECT c.id, c.referentie, c.status, c.ontvangen_op, c.afgerond_op, c.indiener_type, c.hulpvraag, c.situatie," \
	" c.geprobeerd, c.urgentie, c.maatwerk, c.resultaat, c.procesregie_houder, c.procesregie_terugkoppeling," \
	" c.procesregie_dossierhouder, EXISTS (SELECT 1 FROM escalatie e WHERE e.casus_id = c.id AND e.status <> 'ingetrokken'), c.buitenlandse_component, c.followup_op, c.followup_antwoord," \
	" c.followup_toelichting," \
	" ip.id, ip.naam, ip.email, io.id, io.naam, io.type, io.code," \
	" CASE WHEN c.indiener_opgegeven THEN c.indiener_aangesloten_sinds ELSE io.aangesloten_sinds END," \
	" CASE WHEN c.indiener_opgegeven THEN c.indiener_aangesloten_tot ELSE io.aangesloten_tot END," \
	" rp.id, rp.naam, rp.email, ro.id, ro.naam, ro.type, ro.code, ro.aangesloten_sinds, ro.aangesloten_tot," \
	" c.reden_geen_leerpunt" \
	" FROM casus c" \
	" LEFT JOIN persoon ip ON ip.id = c.indiener_id" \
	" LEFT JOIN organisatie io ON io.id = CASE WHEN c.indiener_opgegeven THEN c.indiener_organisatie_id" \
	"  ELSE coalesce(c.indiener_organisatie_id, ip.organisatie_id) END" \
	" LEFT JOIN persoon rp ON rp.id = c.regievoerder_id" \
	" LEFT JOIN organisatie ro ON ro.id = rp.organisatie_id" \
	" WHERE c.id = :id"
#define TOEGANG_SELECT \
	"SELECT c.id, c.status, c.indiener_id, c.regievoerder_id," \
	" EXISTS (SELECT 1 FROM casus_deelnemer d WHERE d.casus_id = c.id AND d.persoon_id = :persoon), c.afgerond_op," \
	" NOT EXISTS (SELECT 1 FROM casus_deelnemer_beperkt b WHERE b.casus_id = c.id AND b.persoon_id = :persoon)" \
	" FROM casus c"

/* ---- lists (list.c) ---- */

#define ROW_SELECT \
	"SELECT c.id, c.referentie, c.status, c.ontvangen_op, c.afgerond_op, substr(c.hulpvraag, 1, 200), ip.naam," \
	" io.naam, c.indiener_type, rp.naam, c.regievoerder_id," \
	" (SELECT group_concat(leefgebied) FROM casus_leefgebied WHERE casus_id = c.id)," \
	" (SELECT group_concat(beleidsterrein) FROM casus_beleidsterrein WHERE casus_id = c.id)," \
	" c.urgentie, c.followup_op, c.followup_antwoord"
#define ROW_FROM \
	" FROM casus c LEFT JOIN persoon ip ON ip.id = c.indiener_id" \
	" LEFT JOIN organisatie io ON io.id = CASE WHEN c.indiener_opgegeven THEN c.indiener_organisatie_id" \
	"  ELSE coalesce(c.indiener_organisatie_id, ip.organisatie_id) END" \
	" LEFT JOIN persoon rp ON rp.id = c.regievoerder_id"
/* Full-text search (migration 004, Dutch stemming): :zoek comes from store_search_param(). */
#define ZOEK_WHERE " AND (:zoek IS NULL OR c.id IN (SELECT rowid FROM casus_fts WHERE casus_fts MATCH :zoek))"
/*
 * The filter: :statussen a bit per enum casus_status, :regievoerder (0 any),
 * :niet_toegewezen, :leefgebied, :beleidsterrein, :indiener_type (NULL any),
 * :ontvangen_tot the latest ontvangenOp (leeftijd), :persoon the persoon the
 * list is limited to (0 none), :zoek. A concept is only ever listed for its
 * own indiener.
 */
#define LIST_WHERE \
	" WHERE ((:statussen >> CASE c.status WHEN 'concept' THEN 0 WHEN 'aangemeld' THEN 1" \
	"  WHEN 'in_behandeling' THEN 2 ELSE 3 END) & 1) = 1" \
	" AND (c.status <> 'concept' OR (:persoon <> 0 AND c.indiener_id = :persoon))" \
	" AND (:regievoerder = 0 OR c.regievoerder_id = :regievoerder)" \
	" AND (:niet_toegewezen = 0 OR c.regievoerder_id IS NULL)" \
	" AND (:leefgebied IS NULL OR EXISTS (SELECT 1 FROM casus_leefgebied l WHERE l.casus_id = c.id" \
	"  AND l.leefgebied = :leefgebied))" \
	" AND (:beleidsterrein IS NULL OR EXISTS (SELECT 1 FROM casus_beleidsterrein b WHERE b.casus_id = c.id" \
	"  AND b.beleidsterrein = :beleidsterrein))" \
	" AND (:indiener_type IS NULL OR c.indiener_type = :indiener_type)" \
	" AND (:ontvangen_tot IS NULL OR c.ontvangen_op <= :ontvangen_tot)" \
	" AND (:persoon = 0 OR c.indiener_id = :persoon OR EXISTS (SELECT 1 FROM casus_deelnemer d" \
	"  WHERE d.casus_id = c.id AND d.persoon_id = :persoon))" \
	ZOEK_WHERE
/* :sort the enum value (inactive sort terms are NULL for every row; 4: most urgent first, then oldest), :limit,
   :offset. */
#define LIST_ORDER \
	" ORDER BY" \
	" CASE WHEN :sort = 0 THEN c.ontvangen_op END DESC," \
	" CASE WHEN :sort = 1 THEN c.ontvangen_op END ASC," \
	" CASE WHEN :sort = 2 THEN c.referentie IS NULL END, CASE WHEN :sort = 2 THEN substr(c.referentie, 5, 4) END," \
	" CASE WHEN :sort = 2 THEN length(c.referentie) END, CASE WHEN :sort = 2 THEN c.referentie END," \
	" CASE WHEN :sort = 3 THEN CASE c.status WHEN 'concept' THEN 0 WHEN 'aangemeld' THEN 1" \
	"  WHEN 'in_behandeling' THEN 2 ELSE 3 END END," \
	" CASE WHEN :sort = 3 THEN c.ontvangen_op END DESC," \
	" CASE WHEN :sort = 4 THEN CASE c.urgentie WHEN 'zeer_hoog' THEN 0 WHEN 'hoog' THEN 1 ELSE 2 END END," \
	" CASE WHEN :sort = 4 THEN c.ontvangen_op END ASC," \
	" CASE WHEN :sort IN (1, 4) THEN c.id END ASC, c.id DESC" \
	" LIMIT :limit OFFSET :offset"

/* ---- beleggingen of a casus's leerpunten (read.c, leerpunt.c) ---- */

/*
 * Every belegging of a leerpunt (also those forwarded: they hold the first part of the path) with its current
 * status, the latest history row, and what issue 11 added.
 */
#define BELEGGINGEN_LOAD \
	"SELECT b.id, o.id, o.naam, o.type, o.code, o.aangesloten_sinds, o.aangesloten_tot, s.status, s.reden," \
	" b.pmm_soort, b.niet_belegd_reden, b.niet_belegd_toelichting, b.doorgezet_naar_id" \
	" FROM belegging b JOIN organisatie o ON o.id = b.organisatie_id" \
	" LEFT JOIN belegging_status s ON s.id = (SELECT id FROM belegging_status WHERE belegging_id = b.id" \
	"  ORDER BY datum DESC, id DESC LIMIT 1)" \
	" WHERE b.leerpunt_id = :leerpunt ORDER BY b.volgorde, b.id"

static const struct store_sql sql[CASUS_Q__MAX] = {
	/* numbering */
	[CASUS_Q_ID_BY_REFERENTIE] = { "casus.id_by_referentie", "SELECT id FROM casus WHERE referentie = :referentie",
	    NULL },
	[CASUS_Q_TELLER_NEXT] = { "casus.teller_next",
	    "INSERT INTO referentie_teller (jaar, laatste) VALUES (:jaar, 1)"
	    " ON CONFLICT (jaar) DO UPDATE SET laatste = laatste + 1 RETURNING laatste", NULL },
	[CASUS_Q_TELLER_BUMP] = { "casus.teller_bump",
	    "INSERT INTO referentie_teller (jaar, laatste) VALUES (:jaar, :nummer)"
	    " ON CONFLICT (jaar) DO UPDATE SET laatste = max(laatste, excluded.laatste)", NULL },

	/* the casus row */
	[CASUS_Q_INSERT] = { "casus.insert",
	    "INSERT INTO casus (id, referentie, status, ontvangen_op, afgerond_op, indiener_id, indiener_type,"
	    " regievoerder_id, hulpvraag, situatie, geprobeerd, urgentie, maatwerk, resultaat, procesregie_houder,"
	    " procesregie_terugkoppeling, procesregie_dossierhouder, buitenlandse_component, followup_op,"
	    " followup_antwoord, followup_toelichting, indiener_organisatie_id, indiener_aangesloten_sinds,"
	    " indiener_aangesloten_tot, indiener_opgegeven, reden_geen_leerpunt, aangemaakt_door, created_at, updated_at)"
	    " VALUES (:id, :referentie, :status, :ontvangen_op, :afgerond_op, :indiener, :indiener_type, :regievoerder,"
	    " :hulpvraag, :situatie, :geprobeerd, :urgentie, :maatwerk, :resultaat, :procesregie_houder,"
	    " :procesregie_terugkoppeling, :procesregie_dossierhouder, :buitenlandse_component,"
	    " :followup_op, :followup_antwoord, :followup_toelichting, :indiener_organisatie,"
	    " :indiener_aangesloten_sinds, :indiener_aangesloten_tot, :indiener_opgegeven, :reden_geen_leerpunt,"
	    " :auteur, :now, :now)", NULL },
	[CASUS_Q_UPDATE] = { "casus.update",
	    "UPDATE casus SET" CASUS_SET_COLUMNS ", updated_at = :now WHERE id = :id AND" CASUS_DIFFERS, NULL },
	[CASUS_Q_TOUCH] = { "casus.touch", "UPDATE casus SET updated_at = :now WHERE id = :id", NULL },
	[CASUS_Q_SET_STATUS] = { "casus.set_status",
	    "UPDATE casus SET status = :naar, updated_at = :now WHERE id = :id AND status = :van", NULL },
	[CASUS_Q_SET_REGIEVOERDER] = { "casus.set_regievoerder",
	    "UPDATE casus SET regievoerder_id = :regievoerder, updated_at = :now WHERE id = :id", NULL },
	[CASUS_Q_SET_FOLLOWUP] = { "casus.set_followup",
	    "UPDATE casus SET followup_antwoord = :antwoord, followup_toelichting = :toelichting, updated_at = :now"
	    " WHERE id = :id", NULL },
	[CASUS_Q_EXISTS] = { "casus.exists", "SELECT id FROM casus WHERE id = :id", NULL },
	[CASUS_Q_STATUS] = { "casus.status", "SELECT status FROM casus WHERE id = :id", NULL },
	[CASUS_Q_STORED] = { "casus.stored", "SELECT referentie, indiener_opgegeven FROM casus WHERE id = :id", NULL },

	/* classifications, organisations, knelpunten, interventies */
	[CASUS_Q_LEEFGEBIED_DEL] = { "casus.leefgebied_delete", "DELETE FROM casus_leefgebied WHERE casus_id = :casus",
	    NULL },
	[CASUS_Q_LEEFGEBIED_ADD] = { "casus.leefgebied_add",
	    "INSERT INTO casus_leefgebied (casus_id, leefgebied) VALUES (:casus, :code)", NULL },
	[CASUS_Q_BELEIDSTERREIN_DEL] = { "casus.beleidsterrein_delete",
	    "DELETE FROM casus_beleidsterrein WHERE casus_id = :casus", NULL },
	[CASUS_Q_BELEIDSTERREIN_ADD] = { "casus.beleidsterrein_add",
	    "INSERT INTO casus_beleidsterrein (casus_id, beleidsterrein) VALUES (:casus, :code)", NULL },
	[CASUS_Q_ORGANISATIE_DEL] = { "casus.organisatie_delete", "DELETE FROM casus_organisatie WHERE casus_id = :casus",
	    NULL },
	[CASUS_Q_ORGANISATIE_ADD] = { "casus.organisatie_add",
	    "INSERT INTO casus_organisatie (casus_id, organisatie_id, rol, volgorde)"
	    " VALUES (:casus, :organisatie, :rol, :volgorde) ON CONFLICT DO NOTHING", NULL },
	[CASUS_Q_KNELPUNT_DEL] = { "casus.knelpunt_delete", "DELETE FROM knelpunt WHERE casus_id = :casus", NULL },
	[CASUS_Q_KNELPUNT_ADD] = { "casus.knelpunt_add",
	    "INSERT INTO knelpunt (casus_id, categorie, omschrijving, volgorde)"
	    " VALUES (:casus, :categorie, :omschrijving, :volgorde)", NULL },
	[CASUS_Q_INTERVENTIE_ADD] = { "casus.interventie_add",
	    "INSERT INTO activiteit (casus_id, type, datum, interventie_type, omschrijving, auteur_id, created_at)"
	    " VALUES (:casus, 'interventie', :datum, :type, :omschrijving, :auteur, :now)", NULL },
	[CASUS_Q_INTERVENTIE_SAME] = { "casus.interventie_same",
	    "SELECT id FROM activiteit WHERE casus_id = :casus AND type = 'interventie' AND interventie_type = :type"
	    " AND datum = :datum AND omschrijving IS :omschrijving LIMIT 1", NULL },

	/* organisations and persons (partij.c) */
	[CASUS_Q_ORG_EXISTS] = { "casus.organisatie_exists", "SELECT id FROM organisatie WHERE id = :id", NULL },
	[CASUS_Q_ORG_BY_CODE] = { "casus.organisatie_by_code",
	    "SELECT id FROM organisatie WHERE code = :code AND type = :type", NULL },
	[CASUS_Q_ORG_CODE_TAKEN] = { "casus.organisatie_code_taken", "SELECT id FROM organisatie WHERE code = :code",
	    NULL },
	[CASUS_Q_ORG_BY_NAAM] = { "casus.organisatie_by_naam",
	    "SELECT id FROM organisatie WHERE naam = :naam COLLATE NOCASE AND type = :type ORDER BY id LIMIT 1", NULL },
	[CASUS_Q_ORG_ADD] = { "casus.organisatie_insert",
	    "INSERT INTO organisatie (naam, type, code, aangesloten_sinds, aangesloten_tot, status, voorgesteld_door,"
	    " voorgesteld_op) VALUES (:naam, :type, :code, :sinds, :tot, :status, :door, :now)", NULL },
	[CASUS_Q_ORG_AANSLUITING] = { "casus.organisatie_aansluiting",
	    "UPDATE organisatie SET aangesloten_sinds = coalesce(:sinds, aangesloten_sinds),"
	    " aangesloten_tot = coalesce(:tot, aangesloten_tot) WHERE id = :id", NULL },
	[CASUS_Q_PMM] = { "casus.pmm", "SELECT id FROM organisatie WHERE code = 'PMM'", NULL },
	[CASUS_Q_PERSOON_BY_ID] = { "casus.persoon_by_id", "SELECT id, organisatie_id FROM persoon WHERE id = :id",
	    NULL },
	[CASUS_Q_PERSOON_BY_EMAIL] = { "casus.persoon_by_email",
	    "SELECT id, organisatie_id FROM persoon WHERE email = :email COLLATE NOCASE", NULL },
	[CASUS_Q_PERSOON_BY_NAAM] = { "casus.persoon_by_naam",
	    "SELECT id, organisatie_id FROM persoon WHERE naam = :naam COLLATE NOCASE AND organisatie_id IS :organisatie"
	    " ORDER BY id LIMIT 1", NULL },
	[CASUS_Q_PERSOON_ADD] = { "casus.persoon_insert",
	    "INSERT INTO persoon (naam, email, organisatie_id) VALUES (:naam, :email, :organisatie)", NULL },
	[CASUS_Q_PERSOON_ORG] = { "casus.persoon_organisatie",
	    "UPDATE persoon SET organisatie_id = :organisatie WHERE id = :id AND organisatie_id IS NULL", NULL },
	[CASUS_Q_PERSOON_EXISTS] = { "casus.persoon_exists", "SELECT id FROM persoon WHERE id = :id", NULL },
	[CASUS_Q_PERSOON_ACCOUNT] = { "casus.persoon_by_account",
	    "SELECT p.id FROM persoon p JOIN gebruiker g ON g.persoon_id = p.id"
	    " WHERE p.email = :email COLLATE NOCASE AND g.actief = 1", NULL },

	/* leerpunten of a casus (leerpunt.c) */
	[CASUS_Q_LP_MAX] = { "casus.leerpunt_max_id", "SELECT coalesce(max(id), 0) FROM leerpunt", NULL },
	[CASUS_Q_LP_EXISTS] = { "casus.leerpunt_exists", "SELECT id FROM leerpunt WHERE id = :id", NULL },
	[CASUS_Q_LP_ADD] = { "casus.leerpunt_insert",
	    "INSERT INTO leerpunt (id, omschrijving, categorie, orde, vraag, al_bekend, terugkerend, bron, bron_referentie,"
	    " gesignaleerd_op, created_at)"
	    " VALUES (:id, :omschrijving, :categorie, :orde, :vraag, :al_bekend, :terugkerend, :bron, :bron_referentie,"
	    " :gesignaleerd_op, :now)", NULL },
	[CASUS_Q_LP_SET] = { "casus.leerpunt_update",
	    "UPDATE leerpunt SET omschrijving = :omschrijving, categorie = :categorie, orde = :orde, vraag = :vraag,"
	    " al_bekend = :al_bekend, terugkerend = :terugkerend, bron = :bron, bron_referentie = :bron_referentie,"
	    " gesignaleerd_op = :gesignaleerd_op WHERE id = :id", NULL },
	[CASUS_Q_LP_LINK] = { "casus.leerpunt_link",
	    "INSERT INTO leerpunt_casus (leerpunt_id, casus_id, volgorde) VALUES (:leerpunt, :casus, :volgorde)"
	    " ON CONFLICT (leerpunt_id, casus_id) DO UPDATE SET volgorde = excluded.volgorde", NULL },
	[CASUS_Q_LP_LINKED] = { "casus.leerpunt_linked", "SELECT leerpunt_id FROM leerpunt_casus WHERE casus_id = :casus",
	    NULL },
	[CASUS_Q_LP_UNLINK] = { "casus.leerpunt_unlink",
	    "DELETE FROM leerpunt_casus WHERE leerpunt_id = :leerpunt AND casus_id = :casus", NULL },
	/* A leerpunt left without casus goes, unless it is a signal of its own (a bron other than casus). */
	[CASUS_Q_LP_ORPHAN] = { "casus.leerpunt_delete_orphan",
	    "DELETE FROM leerpunt WHERE id = :leerpunt AND bron = 'casus'"
	    " AND NOT EXISTS (SELECT 1 FROM leerpunt_casus WHERE leerpunt_id = :leerpunt)", NULL },
	[CASUS_Q_THEMA_DEL] = { "casus.thema_delete", "DELETE FROM leerpunt_thema WHERE leerpunt_id = :leerpunt", NULL },
	[CASUS_Q_THEMA_ADD] = { "casus.thema_add",
	    "INSERT INTO leerpunt_thema (leerpunt_id, thema, volgorde) VALUES (:leerpunt, :thema, :volgorde)"
	    " ON CONFLICT DO NOTHING", NULL },
	[CASUS_Q_BG_EXISTS] = { "casus.belegging_exists", "SELECT leerpunt_id FROM belegging WHERE id = :id", NULL },
	[CASUS_Q_BG_ADD] = { "casus.belegging_insert",
	    "INSERT INTO belegging (id, leerpunt_id, organisatie_id, volgorde, pmm_soort, niet_belegd_reden,"
	    " niet_belegd_toelichting, created_at)"
	    " VALUES (:id, :leerpunt, :organisatie, :volgorde, :pmm_soort, :niet_belegd, :niet_belegd_toelichting, :now)",
	    NULL },
	[CASUS_Q_BG_SET] = { "casus.belegging_update",
	    "UPDATE belegging SET organisatie_id = :organisatie, volgorde = :volgorde, pmm_soort = :pmm_soort,"
	    " niet_belegd_reden = :niet_belegd, niet_belegd_toelichting = :niet_belegd_toelichting WHERE id = :id", NULL },
	/* Every belegging of the leerpunt, the forwarded ones (their history) marked: those are never removed. */
	[CASUS_Q_BG_OF] = { "casus.beleggingen_van",
	    "SELECT id, doorgezet_naar_id IS NOT NULL FROM belegging WHERE leerpunt_id = :leerpunt", NULL },
	[CASUS_Q_BG_DEL] = { "casus.belegging_delete", "DELETE FROM belegging WHERE id = :id", NULL },
	[CASUS_Q_BG_STATUS_NU] = { "casus.belegging_status_nu",
	    "SELECT status, reden FROM belegging_status WHERE belegging_id = :belegging"
	    " ORDER BY datum DESC, id DESC LIMIT 1", NULL },
	[CASUS_Q_BG_STATUS_ADD] = { "casus.belegging_status_insert",
	    "INSERT INTO belegging_status (belegging_id, datum, status, reden, auteur_id, created_at)"
	    " VALUES (:belegging, :datum, :status, :reden, :auteur, :now)", NULL },

	/* loading (read.c) */
	[CASUS_Q_LOAD] = { "casus.load", CASUS_LOAD, NULL },
	[CASUS_Q_LOAD_LEEFGEBIEDEN] = { "casus.load_leefgebieden",
	    "SELECT leefgebied FROM casus_leefgebied WHERE casus_id = :casus", NULL },
	[CASUS_Q_LOAD_BELEIDSTERREINEN] = { "casus.load_beleidsterreinen",
	    "SELECT beleidsterrein FROM casus_beleidsterrein WHERE casus_id = :casus", NULL },
	[CASUS_Q_LOAD_ORGANISATIES] = { "casus.load_organisaties",
	    "SELECT o.id, o.naam, o.type, o.code, o.aangesloten_sinds, o.aangesloten_tot, co.rol"
	    " FROM casus_organisatie co JOIN organisatie o ON o.id = co.organisatie_id"
	    " WHERE co.casus_id = :casus ORDER BY co.volgorde, o.id", NULL },
	[CASUS_Q_LOAD_KNELPUNTEN] = { "casus.load_knelpunten",
	    "SELECT categorie, omschrijving, id FROM knelpunt WHERE casus_id = :casus ORDER BY volgorde, id", NULL },
	/* Interventies on the timeline, without those a later entry corrects. */
	[CASUS_Q_LOAD_INTERVENTIES] = { "casus.load_interventies",
	    "SELECT a.interventie_type, a.datum, a.omschrijving,"
	    " EXISTS (SELECT 1 FROM activiteit_gedeeld s WHERE s.activiteit_id = a.id) FROM activiteit a"
	    " WHERE a.casus_id = :casus AND a.type = 'interventie'"
	    " AND NOT EXISTS (SELECT 1 FROM activiteit k WHERE k.corrigeert_id = a.id) ORDER BY a.id", NULL },
	[CASUS_Q_LOAD_LEERPUNTEN] = { "casus.load_leerpunten",
	    "SELECT l.id, l.omschrijving, l.categorie, l.orde, l.vraag, l.al_bekend, l.terugkerend, l.bron,"
	    " l.bron_referentie, l.gesignaleerd_op"
	    " FROM leerpunt_casus lc JOIN leerpunt l ON l.id = lc.leerpunt_id"
	    " WHERE lc.casus_id = :casus ORDER BY lc.volgorde, l.id", NULL },
	[CASUS_Q_LOAD_THEMAS] = { "casus.load_themas",
	    "SELECT thema FROM leerpunt_thema WHERE leerpunt_id = :leerpunt ORDER BY volgorde, thema", NULL },
	[CASUS_Q_LOAD_BELEGGINGEN] = { "casus.load_beleggingen", BELEGGINGEN_LOAD, NULL },
	[CASUS_Q_TOEGANG] = { "casus.toegang", TOEGANG_SELECT " WHERE c.referentie = :referentie", NULL },
	[CASUS_Q_TOEGANG_ID] = { "casus.toegang_id", TOEGANG_SELECT " WHERE c.id = :id", NULL },
	[CASUS_Q_EACH] = { "casus.each",
	    "SELECT id FROM casus WHERE status <> 'concept' AND (:vanaf IS NULL OR ontvangen_op >= :vanaf)"
	    CASUS_ORDER_BY_REFERENTIE("referentie"), NULL },

	/* lists (list.c) */
	[CASUS_Q_LIST] = { "casus.list", ROW_SELECT ROW_FROM LIST_WHERE LIST_ORDER, NULL },
	[CASUS_Q_LIST_TOTAL] = { "casus.list_total", "SELECT count(*) FROM casus c" LIST_WHERE, NULL },
	[CASUS_Q_LIST_COUNTS] = { "casus.list_counts",
	    "SELECT c.status, count(*) FROM casus c" LIST_WHERE " GROUP BY c.status", NULL },
	[CASUS_Q_FOLLOWUP_DUE] = { "casus.followup_due", ROW_SELECT ROW_FROM
	    " WHERE c.status = 'afgerond' AND c.followup_antwoord IS NULL AND c.followup_op IS NOT NULL"
	    " AND c.followup_op <= :vandaag ORDER BY c.followup_op, c.id LIMIT 1000", NULL },
	[CASUS_Q_REGIEVOERDERS] = { "casus.regievoerders",
	    "SELECT p.id, p.naam FROM persoon p JOIN gebruiker g ON g.persoon_id = p.id"
	    " JOIN gebruiker_rol r ON r.gebruiker_id = g.id AND r.rol = 'regievoerder'"
	    " WHERE g.actief = 1 ORDER BY p.naam COLLATE NOCASE, p.id", NULL },

	/* the timeline and deelnemers (timeline.c) */
	[CASUS_Q_ACT_OF] = { "casus.activiteit_casus", "SELECT casus_id FROM activiteit WHERE id = :id", NULL },
	[CASUS_Q_ACT_ADD] = { "casus.activiteit_insert",
	    "INSERT INTO activiteit (casus_id, type, datum, interventie_type, omschrijving, status_van, status_naar,"
	    " corrigeert_id, auteur_id, created_at, na_afronding) VALUES (:casus, :type, :datum, :interventie_type,"
	    " :omschrijving, :status_van, :status_naar, :corrigeert, :auteur, :now, :na_afronding)", NULL },
	[CASUS_Q_ACT_GEDEELD] = { "casus.activiteit_gedeeld",
	    "INSERT OR IGNORE INTO activiteit_gedeeld (activiteit_id) VALUES (:id)", NULL },
	/* :intern 0: only the entries shared with the indiener (core/perm.h perm_casus_intern_zien) */
	[CASUS_Q_ACT_LIST] = { "casus.activiteit_list",
	    "SELECT a.id, a.type, a.datum, a.interventie_type, a.omschrijving, a.status_van, a.status_naar,"
	    " a.corrigeert_id, p.naam, a.created_at, a.na_afronding, s.activiteit_id IS NOT NULL FROM activiteit a"
	    " LEFT JOIN activiteit_gedeeld s ON s.activiteit_id = a.id"
	    " LEFT JOIN gebruiker g ON g.id = a.auteur_id LEFT JOIN persoon p ON p.id = g.persoon_id"
	    " WHERE a.casus_id = :casus AND (:intern = 1 OR s.activiteit_id IS NOT NULL) ORDER BY a.id", NULL },
	[CASUS_Q_DN_EXISTS] = { "casus.deelnemer_exists",
	    "SELECT persoon_id FROM casus_deelnemer WHERE casus_id = :casus AND persoon_id = :persoon", NULL },
	[CASUS_Q_DN_ADD] = { "casus.deelnemer_insert",
	    "INSERT INTO casus_deelnemer (casus_id, persoon_id, rol, uitgenodigd_door, uitgenodigd_op)"
	    " VALUES (:casus, :persoon, :rol, :door, :now)", NULL },
	[CASUS_Q_DN_BEPERKT] = { "casus.deelnemer_beperkt",
	    "INSERT OR IGNORE INTO casus_deelnemer_beperkt (casus_id, persoon_id) VALUES (:casus, :persoon)", NULL },
	[CASUS_Q_DN_LIST] = { "casus.deelnemer_list",
	    "SELECT d.persoon_id, p.naam, p.email, o.naam, d.rol, d.uitgenodigd_op,"
	    " NOT EXISTS (SELECT 1 FROM casus_deelnemer_beperkt b WHERE b.casus_id = d.casus_id"
	    " AND b.persoon_id = d.persoon_id) FROM casus_deelnemer d"
	    " JOIN persoon p ON p.id = d.persoon_id LEFT JOIN organisatie o ON o.id = p.organisatie_id"
	    " WHERE d.casus_id = :casus ORDER BY d.uitgenodigd_op, p.naam COLLATE NOCASE", NULL },
	[CASUS_Q_DN_ROL] = { "casus.deelnemer_rol",
	    "SELECT d.rol, p.naam FROM casus_deelnemer d JOIN persoon p ON p.id = d.persoon_id"
	    " WHERE d.casus_id = :casus AND d.persoon_id = :persoon", NULL },
	[CASUS_Q_DN_DEL] = { "casus.deelnemer_delete",
	    "DELETE FROM casus_deelnemer WHERE casus_id = :casus AND persoon_id = :persoon", NULL },

	/* similar earlier casussen (gelijkenis.c): closed casussen the asker may see (:persoon as in LIST_WHERE), that
	   match any key word (:zoek, the 50 best by rank) or share a leefgebied, beleidsterrein or organisation (the 200
	   sharing most); each with what it shares (the text similarity as 1000 x -bm25, an integer). Bounded: at most
	   250 rows for core to score. The text part runs the MATCH once, with casus_fts the outer loop (CROSS JOIN)
	   and the visibility tested per match: "rowid IN (SELECT id FROM zichtbaar)" made SQLite run the whole MATCH
	   once for every visible casus (an IN constraint on a virtual table's rowid is one xFilter per value).
	   Bounded by the size of the page, not of the database: only the most recent GELIJK_VENSTER casussen (by id)
	   are candidates, so every part is a range of the primary keys (casus, casus_leefgebied, ..., the rowids of
	   casus_fts) instead of a scan of every closed casus and every match; the profile of the casus page at 20,000
	   casussen had this query at 22 %. */
#define GELIJK_VENSTER "5000"
#define VANAF " (SELECT v FROM venster)"
	[CASUS_Q_GELIJK] = { "casus.gelijkend",
	    "WITH venster(v) AS (SELECT coalesce(max(id), 0) - " GELIJK_VENSTER " FROM casus),"
	    " lg AS (SELECT leefgebied AS v FROM casus_leefgebied WHERE casus_id = :id),"
	    " bt AS (SELECT beleidsterrein AS v FROM casus_beleidsterrein WHERE casus_id = :id),"
	    " og AS (SELECT organisatie_id AS v FROM casus_organisatie WHERE casus_id = :id),"
	    " zichtbaar AS (SELECT c.id FROM casus c WHERE c.id >" VANAF " AND c.id <> :id AND c.status = 'afgerond'"
	    "  AND c.referentie IS NOT NULL AND (:persoon = 0 OR c.indiener_id = :persoon OR EXISTS (SELECT 1"
	    "  FROM casus_deelnemer d WHERE d.casus_id = c.id AND d.persoon_id = :persoon))),"
	    " tekst AS (SELECT casus_fts.rowid AS casus_id,"
	    "  CAST(round(-1000.0 * bm25(casus_fts, 0.0, 4.0, 1.0, 1.0)) AS INTEGER) AS t"
	    "  FROM casus_fts CROSS JOIN casus c ON c.id = casus_fts.rowid"
	    "  WHERE :zoek IS NOT NULL AND casus_fts MATCH :zoek AND casus_fts.rowid >" VANAF
	    "  AND c.id <> :id AND c.status = 'afgerond'"
	    "  AND c.referentie IS NOT NULL AND (:persoon = 0 OR c.indiener_id = :persoon OR EXISTS (SELECT 1"
	    "  FROM casus_deelnemer d WHERE d.casus_id = c.id AND d.persoon_id = :persoon))"
	    "  ORDER BY casus_fts.rank LIMIT 50),"
	    " structuur AS (SELECT casus_id, count(*) AS n FROM ("
	    "  SELECT casus_id FROM casus_leefgebied WHERE casus_id >" VANAF " AND leefgebied IN (SELECT v FROM lg)"
	    "  UNION ALL SELECT casus_id FROM casus_beleidsterrein WHERE casus_id >" VANAF
	    "   AND beleidsterrein IN (SELECT v FROM bt)"
	    "  UNION ALL SELECT casus_id FROM casus_organisatie WHERE casus_id >" VANAF
	    "   AND organisatie_id IN (SELECT v FROM og))"
	    "  WHERE casus_id IN (SELECT id FROM zichtbaar) GROUP BY casus_id ORDER BY n DESC, casus_id DESC LIMIT 200),"
	    " kandidaat AS (SELECT casus_id FROM tekst UNION SELECT casus_id FROM structuur)"
	    " SELECT k.casus_id, coalesce((SELECT t FROM tekst WHERE tekst.casus_id = k.casus_id), 0),"
	    " (SELECT count(*) FROM casus_leefgebied x WHERE x.casus_id = k.casus_id AND x.leefgebied IN (SELECT v FROM lg)),"
	    " (SELECT count(*) FROM casus_leefgebied x WHERE x.casus_id = k.casus_id),"
	    " (SELECT count(*) FROM casus_beleidsterrein x WHERE x.casus_id = k.casus_id"
	    "  AND x.beleidsterrein IN (SELECT v FROM bt)),"
	    " (SELECT count(*) FROM casus_beleidsterrein x WHERE x.casus_id = k.casus_id),"
	    " (SELECT count(*) FROM casus_organisatie x WHERE x.casus_id = k.casus_id"
	    "  AND x.organisatie_id IN (SELECT v FROM og)),"
	    " (SELECT count(*) FROM casus_organisatie x WHERE x.casus_id = k.casus_id),"
	    " (SELECT count(*) FROM lg), (SELECT count(*) FROM bt), (SELECT count(*) FROM og)"
	    " FROM kandidaat k", NULL },
#undef VANAF
#undef GELIJK_VENSTER
	/* what helped in (at most five of) them: :c1 .. :c5, 0 for none */
#define GELIJK_IN " IN (:c1, :c2, :c3, :c4, :c5)"
	[CASUS_Q_GELIJK_DETAIL] = { "casus.gelijkend_detail",
	    "SELECT id, referentie, afgerond_op, hulpvraag, resultaat, maatwerk FROM casus WHERE id" GELIJK_IN, NULL },
	[CASUS_Q_GELIJK_INTERVENTIES] = { "casus.gelijkend_interventies",
	    "SELECT casus_id, interventie_type, count(*) FROM activiteit WHERE type = 'interventie' AND casus_id"
	    GELIJK_IN " GROUP BY casus_id, interventie_type", NULL },
	[CASUS_Q_GELIJK_MAATWERK] = { "casus.gelijkend_maatwerk",
	    "SELECT casus_id, vorm FROM maatwerk_toepassing WHERE casus_id" GELIJK_IN " ORDER BY casus_id, id", NULL },
	[CASUS_Q_GELIJK_LEEFGEBIEDEN] = { "casus.gelijkend_leefgebieden",
	    "SELECT casus_id, leefgebied FROM casus_leefgebied WHERE casus_id" GELIJK_IN, NULL },
#undef GELIJK_IN

	/* issue 11 (registratie.c) */
	[CASUS_Q_WET_DEL] = { "casus.wet_delete", "DELETE FROM casus_wet WHERE casus_id = :casus", NULL },
	[CASUS_Q_WET_ADD] = { "casus.wet_add", "INSERT INTO casus_wet (casus_id, wet) VALUES (:casus, :code)", NULL },
	[CASUS_Q_LOAD_WETTEN] = { "casus.load_wetten", "SELECT wet FROM casus_wet WHERE casus_id = :casus", NULL },
	[CASUS_Q_KNELPUNT_SOORT_ADD] = { "casus.knelpunt_soort_add",
	    "INSERT INTO knelpunt_soort (knelpunt_id, soort) VALUES (:knelpunt, :soort)", NULL },
	[CASUS_Q_LOAD_KNELPUNT_SOORTEN] = { "casus.load_knelpunt_soorten",
	    "SELECT soort FROM knelpunt_soort WHERE knelpunt_id = :knelpunt", NULL },
	[CASUS_Q_MAATWERK_DEL] = { "casus.maatwerk_delete", "DELETE FROM maatwerk_toepassing WHERE casus_id = :casus",
	    NULL },
	[CASUS_Q_MAATWERK_ADD] = { "casus.maatwerk_add",
	    "INSERT INTO maatwerk_toepassing (casus_id, vorm, organisatie_id, wet, artikel, toelichting, datum, volgorde)"
	    " VALUES (:casus, :vorm, :organisatie, :wet, :artikel, :toelichting, :datum, :volgorde)", NULL },
	[CASUS_Q_LOAD_MAATWERK] = { "casus.load_maatwerk",
	    "SELECT m.vorm, m.wet, m.artikel, m.toelichting, m.datum, o.id, o.naam, o.type, o.code, o.aangesloten_sinds,"
	    " o.aangesloten_tot FROM maatwerk_toepassing m LEFT JOIN organisatie o ON o.id = m.organisatie_id"
	    " WHERE m.casus_id = :casus ORDER BY m.volgorde, m.id", NULL },
	[CASUS_Q_LP_WET_DEL] = { "casus.leerpunt_wet_delete", "DELETE FROM leerpunt_wet WHERE leerpunt_id = :leerpunt",
	    NULL },
	[CASUS_Q_LP_WET_ADD] = { "casus.leerpunt_wet_add",
	    "INSERT INTO leerpunt_wet (leerpunt_id, wet) VALUES (:leerpunt, :code)", NULL },
	[CASUS_Q_LOAD_LP_WETTEN] = { "casus.load_leerpunt_wetten",
	    "SELECT wet FROM leerpunt_wet WHERE leerpunt_id = :leerpunt", NULL },
	[CASUS_Q_KOPPELING_DEL] = { "casus.koppeling_delete",
	    "DELETE FROM leerpunt_koppeling WHERE leerpunt_id = :leerpunt", NULL },
	[CASUS_Q_KOPPELING_ADD] = { "casus.koppeling_add",
	    "INSERT INTO leerpunt_koppeling (leerpunt_id, soort, referentie, url, volgorde)"
	    " VALUES (:leerpunt, :soort, :referentie, :url, :volgorde)", NULL },
	[CASUS_Q_LOAD_KOPPELINGEN] = { "casus.load_koppelingen",
	    "SELECT soort, referentie, url FROM leerpunt_koppeling WHERE leerpunt_id = :leerpunt ORDER BY volgorde, id",
	    NULL },
	[CASUS_Q_BG_PARTNER_DEL] = { "casus.belegging_partner_delete",
	    "DELETE FROM belegging_partner WHERE belegging_id = :belegging", NULL },
	[CASUS_Q_BG_PARTNER_ADD] = { "casus.belegging_partner_add",
	    "INSERT INTO belegging_partner (belegging_id, organisatie_id, volgorde) VALUES (:belegging, :organisatie,"
	    " :volgorde) ON CONFLICT DO NOTHING", NULL },
	[CASUS_Q_LOAD_PARTNERS] = { "casus.load_partners",
	    "SELECT o.id, o.naam, o.type, o.code, o.aangesloten_sinds, o.aangesloten_tot FROM belegging_partner p"
	    " JOIN organisatie o ON o.id = p.organisatie_id WHERE p.belegging_id = :belegging ORDER BY p.volgorde, o.id",
	    NULL },
	/* The history in the order the current status is derived from: by datum, then in order of recording. */
	[CASUS_Q_LOAD_HISTORIE] = { "casus.load_historie",
	    "SELECT datum, status, reden, notitie, bron FROM belegging_status WHERE belegging_id = :belegging"
	    " ORDER BY datum, id", NULL },
	[CASUS_Q_BG_HISTORIE_ADD] = { "casus.belegging_historie_insert",
	    "INSERT INTO belegging_status (belegging_id, datum, status, reden, notitie, bron, auteur_id, created_at)"
	    " VALUES (:belegging, :datum, :status, :reden, :notitie, :bron, :auteur, :now)", NULL },
	/* leerpunten on their own (signaal.c) */
	[CASUS_Q_SIGNAAL_IDS] = { "casus.signaal_ids",
	    "SELECT l.id FROM leerpunt l WHERE NOT EXISTS (SELECT 1 FROM leerpunt_casus lc WHERE lc.leerpunt_id = l.id)"
	    " AND (:vanaf IS NULL OR coalesce(l.gesignaleerd_op, substr(l.created_at, 1, 10)) >= :vanaf) ORDER BY l.id",
	    NULL },
	[CASUS_Q_LP_GET] = { "casus.leerpunt_get",
	    "SELECT l.id, l.omschrijving, l.categorie, l.orde, l.vraag, l.al_bekend, l.terugkerend, l.bron,"
	    " l.bron_referentie, l.gesignaleerd_op FROM leerpunt l WHERE l.id = :id", NULL },
	[CASUS_Q_LP_GEWIJZIGD] = { "casus.leerpunt_gewijzigd",
	    "UPDATE leerpunt SET gewijzigd_door = :door, gewijzigd_at = :now WHERE id = :id", NULL },
	[CASUS_Q_LP_CASUSSEN] = { "casus.leerpunt_casussen",
	    "SELECT lc.casus_id, c.status FROM leerpunt_casus lc JOIN casus c ON c.id = lc.casus_id"
	    " WHERE lc.leerpunt_id = :leerpunt ORDER BY lc.casus_id", NULL },
	[CASUS_Q_REGPOGING_SET] = { "casus.registerpoging_set",
	    "INSERT INTO casus_registerpoging (casus_id, geprobeerd, bij) VALUES (:casus, :geprobeerd, :bij)"
	    " ON CONFLICT (casus_id) DO UPDATE SET geprobeerd = excluded.geprobeerd, bij = excluded.bij", NULL },
	[CASUS_Q_REGPOGING_DEL] = { "casus.registerpoging_delete",
	    "DELETE FROM casus_registerpoging WHERE casus_id = :casus", NULL },
	[CASUS_Q_LOAD_REGPOGING] = { "casus.load_registerpoging",
	    "SELECT geprobeerd, bij FROM casus_registerpoging WHERE casus_id = :casus", NULL },
	[CASUS_Q_BG_DOORGEZET] = { "casus.belegging_doorgezet",
	    "UPDATE belegging SET doorgezet_naar_id = :naar, volgende_navraag = NULL WHERE id = :id", NULL },
};

const struct store_sql_table store_casus_sql = { "casus", sql, CASUS_Q__MAX };
