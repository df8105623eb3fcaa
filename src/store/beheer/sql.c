/* sql.c - the statement table of the beheer aggregate: accounts, one-time links, API tokens, requests for access. */
#include "store/beheer/private.h"

#define ACCOUNT_COLUMNS \
	"SELECT g.id, p.id, p.organisatie_id, p.naam, p.email, p.functie, p.telefoon, o.naam," \
	" (SELECT group_concat(rol) FROM gebruiker_rol r WHERE r.gebruiker_id = g.id), g.actief," \
	" g.password_hash <> '" ACCOUNT_GEEN_WACHTWOORD "', g.created_at, g.laatst_ingelogd," \
	" (SELECT count(*) FROM api_token t WHERE t.gebruiker_id = g.id AND t.revoked_at IS NULL)" \
	" FROM gebruiker g JOIN persoon p ON p.id = g.persoon_id LEFT JOIN organisatie o ON o.id = p.organisatie_id"

#define AANVRAAG_COLUMNS \
	"SELECT a.id, a.naam, a.organisatie, a.functie, a.email, a.reden, a.status, a.ingediend_op, a.beoordeeld_op," \
	" bp.naam, a.afwijzing_reden, a.gebruiker_id," \
	" EXISTS (SELECT 1 FROM persoon p JOIN gebruiker g ON g.persoon_id = p.id WHERE p.email = a.email COLLATE NOCASE)" \
	" FROM toegang_aanvraag a LEFT JOIN gebruiker bg ON bg.id = a.beoordeeld_door" \
	" LEFT JOIN persoon bp ON bp.id = bg.persoon_id"

static const struct store_sql sql[BH_Q__MAX] = {
	/* accounts (account.c) */
	[BH_Q_LIJST] = { "beheer.accounts", ACCOUNT_COLUMNS
	    " WHERE :zoek IS NULL OR instr(lower(p.naam), lower(:zoek)) > 0 OR instr(lower(p.email), lower(:zoek)) > 0"
	    " ORDER BY p.naam COLLATE NOCASE, g.id", NULL },
	[BH_Q_LEES] = { "beheer.account", ACCOUNT_COLUMNS " WHERE g.id = :id", NULL },
	[BH_Q_EMAIL_ACCOUNT] = { "beheer.email_account",
	    "SELECT g.id FROM persoon p JOIN gebruiker g ON g.persoon_id = p.id"
	    " WHERE p.email = :email COLLATE NOCASE AND g.id <> :id LIMIT 1", NULL },
	[BH_Q_PERSOON_EMAIL] = { "beheer.persoon_email",
	    "SELECT id FROM persoon WHERE email = :email COLLATE NOCASE", NULL },
	[BH_Q_PERSOON_NIEUW] = { "beheer.persoon_nieuw",
	    "INSERT INTO persoon (naam, email, functie, telefoon, organisatie_id)"
	    " VALUES (:naam, :email, :functie, :telefoon, :organisatie)", NULL },
	[BH_Q_PERSOON_WIJZIG] = { "beheer.persoon_wijzig",
	    "UPDATE persoon SET naam = :naam, email = :email, functie = :functie, telefoon = :telefoon,"
	    " organisatie_id = :organisatie WHERE id = :id", NULL },
	[BH_Q_GEBRUIKER_NIEUW] = { "beheer.gebruiker_nieuw",
	    "INSERT INTO gebruiker (persoon_id, password_hash, actief, created_at, aangepast_op)"
	    " VALUES (:persoon, '" ACCOUNT_GEEN_WACHTWOORD "', 1, :now, :now)", NULL },
	[BH_Q_GEBRUIKER_GEWIJZIGD] = { "beheer.gebruiker_gewijzigd",
	    "UPDATE gebruiker SET aangepast_op = :now WHERE id = :id", NULL },
	[BH_Q_ROLLEN_WEG] = { "beheer.rollen_weg", "DELETE FROM gebruiker_rol WHERE gebruiker_id = :id", NULL },
	[BH_Q_ROL_NIEUW] = { "beheer.rol_nieuw",
	    "INSERT INTO gebruiker_rol (gebruiker_id, rol) VALUES (:id, :rol)", NULL },
	[BH_Q_ACTIEF] = { "beheer.actief", "UPDATE gebruiker SET actief = :actief WHERE id = :id", NULL },
	[BH_Q_SESSIES_WEG] = { "beheer.sessies_weg", "DELETE FROM session WHERE gebruiker_id = :id", NULL },
	[BH_Q_INGELOGD] = { "beheer.ingelogd", "UPDATE gebruiker SET laatst_ingelogd = :now WHERE id = :id", NULL },

	/* one-time links (link.c) */
	[BH_Q_LINK_INTREKKEN] = { "beheer.link_intrekken",
	    "UPDATE eenmalige_link SET ingetrokken = 1 WHERE gebruiker_id = :gebruiker AND gebruikt_op IS NULL", NULL },
	[BH_Q_LINK_NIEUW] = { "beheer.link_nieuw",
	    "INSERT INTO eenmalige_link (gebruiker_id, token_hash, aangemaakt_op, aangemaakt_door)"
	    " VALUES (:gebruiker, :hash, :now, :door)", NULL },
	[BH_Q_LINK_LEES] = { "beheer.link_lees",
	    "SELECT gebruiker_id, aangemaakt_op, coalesce(gebruikt_op, 0), ingetrokken FROM eenmalige_link"
	    " WHERE token_hash = :hash", NULL },
	[BH_Q_LINK_GEBRUIK] = { "beheer.link_gebruik",
	    "UPDATE eenmalige_link SET gebruikt_op = :now"
	    " WHERE token_hash = :hash AND gebruikt_op IS NULL AND ingetrokken = 0", NULL },

	/* API tokens (account.c) */
	[BH_Q_TOKEN_LIJST] = { "beheer.tokens",
	    "SELECT id, created_at, revoked_at FROM api_token WHERE gebruiker_id = :gebruiker ORDER BY id DESC", NULL },
	[BH_Q_TOKEN_INTREKKEN] = { "beheer.token_intrekken",
	    "UPDATE api_token SET revoked_at = :now, ingetrokken_door = :door"
	    " WHERE id = :id AND gebruiker_id = :gebruiker AND revoked_at IS NULL", NULL },

	/* requests for access (aanvraag.c) */
	[BH_Q_AANVRAAG_NIEUW] = { "beheer.aanvraag_nieuw",
	    "INSERT INTO toegang_aanvraag (naam, organisatie, functie, email, reden, status, ingediend_op)"
	    " VALUES (:naam, :organisatie, :functie, :email, :reden, 'open', :now)", NULL },
	[BH_Q_AANVRAAG_LIJST] = { "beheer.aanvragen", AANVRAAG_COLUMNS
	    " WHERE :status IS NULL OR a.status = :status ORDER BY a.status <> 'open', a.id DESC", NULL },
	[BH_Q_AANVRAAG_LEES] = { "beheer.aanvraag", AANVRAAG_COLUMNS " WHERE a.id = :id", NULL },
	[BH_Q_AANVRAAG_GOED] = { "beheer.aanvraag_goedkeuren",
	    "UPDATE toegang_aanvraag SET status = 'goedgekeurd', gebruiker_id = :gebruiker, beoordeeld_door = :door,"
	    " beoordeeld_op = :now WHERE id = :id AND status = 'open'", NULL },
	[BH_Q_AANVRAAG_AF] = { "beheer.aanvraag_afwijzen",
	    "UPDATE toegang_aanvraag SET status = 'afgewezen', afwijzing_reden = :reden, beoordeeld_door = :door,"
	    " beoordeeld_op = :now WHERE id = :id AND status = 'open'", NULL },
	[BH_Q_AANVRAAG_OPEN] = { "beheer.aanvragen_open",
	    "SELECT count(*) FROM toegang_aanvraag WHERE status = 'open'", NULL },
};

const struct store_sql_table store_beheer_sql = { "beheer", sql, BH_Q__MAX };
