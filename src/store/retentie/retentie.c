/* retentie.c - the purge's statements: anonymise a casus in place, delete what expired, write the deletion log. */
#include "store/retentie/retentie.h"

#include <stdio.h>
#include <string.h>

#include "core/casus.h"
#include "core/retentie.h"
#include "lib/date.h"
#include "store/store_audit.h"
#include "store/store_private.h"
#include "store/util.h"

enum {
	Q_DUE,
	/* anonymising one casus, in this order: the mark first (the timeline's trigger asks for it), the timeline
	   before the casus text (the text's trigger rebuilds the search row from both) */
	Q_ANONIEM, Q_MARK, Q_ACTIVITEIT, Q_TEKST, Q_ORGANISATIE, Q_KNELPUNT, Q_DEELNEMER, Q_BIJEENKOMST, Q_ESCALATIE,
	Q_ESC_BIJEENKOMST, Q_ESC_DEELNEMER, Q_ESC_AFSPRAAK, Q_ESC_OPVOLGING, Q_OVERBRUGGING, Q_KANDIDAAT, Q_MAATWERK,
	Q_NOTIFICATIE, Q_REGPOGING, Q_SAMENVATTING,
	Q_LOG,
	/* the other purges: each a count and a delete with the same parameters */
	Q_CONCEPT_TEL, Q_CONCEPT_WEG, Q_SESSIE_TEL, Q_SESSIE_WEG, Q_TELLER_TEL, Q_TELLER_WEG, Q_LINK_TEL, Q_LINK_WEG,
	Q_AANVRAAG_TEL, Q_AANVRAAG_WEG,
	Q__MAX
};

/* The organisation the jaarrapportage sees for the indiener (store/rapport), and whether it sees the indiener. */
#define IO_OUD "(CASE WHEN indiener_opgegeven THEN indiener_organisatie_id ELSE coalesce(indiener_organisatie_id," \
	" (SELECT organisatie_id FROM persoon WHERE id = casus.indiener_id)) END)"
#define BEKEND_OUD "(EXISTS (SELECT 1 FROM persoon WHERE id = casus.indiener_id)" \
	" AND EXISTS (SELECT 1 FROM organisatie WHERE id = " IO_OUD "))"
#define ESC_BIJEENKOMSTEN "(SELECT b.id FROM escalatie_bijeenkomst b JOIN escalatie x ON x.id = b.escalatie_id" \
	" WHERE x.casus_id = :casus)"

static const struct store_sql sql[Q__MAX] = {
	[Q_DUE] = { "retentie.due",
	    "SELECT id, referentie, afgerond_op FROM casus WHERE status = 'afgerond' AND afgerond_op < :grens"
	    " AND id NOT IN (SELECT casus_id FROM casus_anonimisering) ORDER BY afgerond_op, id", NULL },
	[Q_ANONIEM] = { "retentie.anoniem",
	    "INSERT INTO casus_anonimisering (casus_id, op) VALUES (:casus, :nu)", NULL },
	/* The indiener goes; the organisation and its dates as the report saw them are pinned to the casus. */
	[Q_MARK] = { "retentie.mark",
	    "UPDATE casus SET indiener_aangesloten_sinds = CASE WHEN " BEKEND_OUD " THEN (CASE WHEN indiener_opgegeven"
	    "  THEN indiener_aangesloten_sinds ELSE (SELECT aangesloten_sinds FROM organisatie WHERE id = " IO_OUD ") END) END,"
	    " indiener_aangesloten_tot = CASE WHEN " BEKEND_OUD " THEN (CASE WHEN indiener_opgegeven"
	    "  THEN indiener_aangesloten_tot ELSE (SELECT aangesloten_tot FROM organisatie WHERE id = " IO_OUD ") END) END,"
	    " indiener_organisatie_id = " IO_OUD ", indiener_opgegeven = 1,"
	    " indiener_id = NULL, regievoerder_id = NULL, aangemaakt_door = NULL"
	    " WHERE id = :casus AND status = 'afgerond'", NULL },
	[Q_ACTIVITEIT] = { "retentie.activiteit",
	    "UPDATE activiteit SET omschrijving = NULL, auteur_id = NULL WHERE casus_id = :casus"
	    " AND (omschrijving IS NOT NULL OR auteur_id IS NOT NULL)", NULL },
	[Q_TEKST] = { "retentie.tekst",
	    "UPDATE casus SET hulpvraag = '', situatie = NULL, geprobeerd = NULL, resultaat = '',"
	    " procesregie_houder = NULL, procesregie_terugkoppeling = NULL, procesregie_dossierhouder = NULL,"
	    " followup_toelichting = NULL, updated_at = :nu WHERE id = :casus", NULL },
	[Q_ORGANISATIE] = { "retentie.organisatie",
	    "UPDATE casus_organisatie SET rol = NULL WHERE casus_id = :casus", NULL },
	[Q_KNELPUNT] = { "retentie.knelpunt", "UPDATE knelpunt SET omschrijving = '' WHERE casus_id = :casus", NULL },
	[Q_DEELNEMER] = { "retentie.deelnemer", "DELETE FROM casus_deelnemer WHERE casus_id = :casus", NULL },
	/* who was notified about the casus links people to it: the notifications go with the deelnemers */
	[Q_NOTIFICATIE] = { "retentie.notificatie", "DELETE FROM notificatie WHERE casus_id = :casus", NULL },
	[Q_BIJEENKOMST] = { "retentie.bijeenkomst",
	    "UPDATE bijeenkomst_casus SET besluit = NULL, auteur_id = NULL WHERE casus_id = :casus", NULL },
	[Q_ESCALATIE] = { "retentie.escalatie",
	    "UPDATE escalatie SET reden = '', geprobeerd = NULL, gevraagd_besluit = '', resultaat = NULL,"
	    " voorzitter_id = NULL, aangevraagd_door = NULL WHERE casus_id = :casus", NULL },
	[Q_ESC_BIJEENKOMST] = { "retentie.escalatie_bijeenkomst",
	    "UPDATE escalatie_bijeenkomst SET notities = NULL, auteur_id = NULL WHERE id IN " ESC_BIJEENKOMSTEN, NULL },
	[Q_ESC_DEELNEMER] = { "retentie.escalatie_deelnemer",
	    "DELETE FROM escalatie_deelnemer WHERE bijeenkomst_id IN " ESC_BIJEENKOMSTEN, NULL },
	[Q_ESC_AFSPRAAK] = { "retentie.escalatie_afspraak",
	    "UPDATE escalatie_afspraak SET wat = '', wie = NULL, auteur_id = NULL WHERE bijeenkomst_id IN "
	    ESC_BIJEENKOMSTEN, NULL },
	[Q_ESC_OPVOLGING] = { "retentie.afspraak_opvolging",
	    "UPDATE afspraak_opvolging SET notitie = NULL, auteur_id = NULL WHERE afspraak_id IN"
	    " (SELECT id FROM escalatie_afspraak WHERE bijeenkomst_id IN " ESC_BIJEENKOMSTEN ")"
	    " AND (notitie IS NOT NULL OR auteur_id IS NOT NULL)", NULL },
	[Q_OVERBRUGGING] = { "retentie.overbrugging",
	    "UPDATE overbrugging SET wat = '', grondslag = NULL, reden_intrekking = NULL, aangevraagd_door = NULL"
	    " WHERE casus_id = :casus", NULL },
	[Q_KANDIDAAT] = { "retentie.overbrugging_kandidaat",
	    "UPDATE overbrugging_kandidaat SET toelichting = NULL WHERE overbrugging_id IN"
	    " (SELECT id FROM overbrugging WHERE casus_id = :casus)", NULL },
	[Q_MAATWERK] = { "retentie.maatwerk",
	    "UPDATE maatwerk_toepassing SET toelichting = NULL WHERE casus_id = :casus", NULL },
	[Q_REGPOGING] = { "retentie.registerpoging",
	    "UPDATE casus_registerpoging SET bij = NULL WHERE casus_id = :casus", NULL },
	[Q_SAMENVATTING] = { "retentie.samenvatting", "DELETE FROM casus_samenvatting WHERE casus_id = :casus", NULL },
	[Q_LOG] = { "retentie.log",
	    "INSERT INTO verwijderlog (tijd, wat, referentie, aantal, grond) VALUES (:tijd, :wat, :referentie, :aantal,"
	    " :grond)", NULL },
	[Q_CONCEPT_TEL] = { "retentie.concept_tel",
	    "SELECT count(*) FROM casus WHERE status = 'concept' AND updated_at < :grens", NULL },
	[Q_CONCEPT_WEG] = { "retentie.concept_weg",
	    "DELETE FROM casus WHERE status = 'concept' AND updated_at < :grens", NULL },
	[Q_SESSIE_TEL] = { "retentie.sessie_tel",
	    "SELECT count(*) FROM session WHERE last_seen < :idle OR created_at < :max", NULL },
	[Q_SESSIE_WEG] = { "retentie.sessie_weg", "DELETE FROM session WHERE last_seen < :idle OR created_at < :max",
	    NULL },
	[Q_TELLER_TEL] = { "retentie.teller_tel",
	    "SELECT count(*) FROM login_attempt WHERE window_start < :venster AND blocked_until < :nu", NULL },
	[Q_TELLER_WEG] = { "retentie.teller_weg",
	    "DELETE FROM login_attempt WHERE window_start < :venster AND blocked_until < :nu", NULL },
	[Q_LINK_TEL] = { "retentie.link_tel",
	    "SELECT count(*) FROM eenmalige_link WHERE gebruikt_op IS NOT NULL OR ingetrokken = 1 OR aangemaakt_op < :grens",
	    NULL },
	[Q_LINK_WEG] = { "retentie.link_weg",
	    "DELETE FROM eenmalige_link WHERE gebruikt_op IS NOT NULL OR ingetrokken = 1 OR aangemaakt_op < :grens", NULL },
	[Q_AANVRAAG_TEL] = { "retentie.aanvraag_tel",
	    "SELECT count(*) FROM toegang_aanvraag WHERE ingediend_op < :grens", NULL },
	[Q_AANVRAAG_WEG] = { "retentie.aanvraag_weg", "DELETE FROM toegang_aanvraag WHERE ingediend_op < :grens", NULL },
};

const struct store_sql_table store_retentie_sql = { "retentie", sql, Q__MAX };

#define Q(st, id) store_q((st), STORE_T_RETENTIE, (id))

/* The casussen due, with their ids in ids (a). */
static enum err_code
due(struct store *st, struct arena *a, const struct retentie_opties *o, struct retentie_uitslag *u, int64_t **ids,
    struct err *e)
{
	struct store_q *q = Q(st, Q_DUE);
	size_t cap = 0, icap = 0;

	store_bind_date(q, ":grens", retentie_grens(o->vandaag, o->maanden));
	while (store_next(q)) {
		int afgerond = store_col_date(q, 2);
		struct retentie_casus *c;

		if (!retentie_verlopen(STATUS_AFGEROND, afgerond, false, o->vandaag, o->maanden))
			continue;   /* the rule in core has the last word */
		*ids = store_grow(a, *ids, u->n, &icap, sizeof(**ids));
		(*ids)[u->n] = store_col_int(q, 0);
		u->casussen = store_grow(a, u->casussen, u->n, &cap, sizeof(*u->casussen));
		c = &u->casussen[u->n++];
		c->referentie = store_col_text(q, a, 1);
		c->afgerond_op = afgerond;
		c->bewaren_tot = retentie_bewaren_tot(afgerond, o->maanden);
	}
	return store_end(q, e);
}

static enum err_code
log_row(struct store *st, const char *tijd, const char *wat, const char *referentie, long aantal, const char *grond,
    struct err *e)
{
	struct store_q *q = Q(st, Q_LOG);

	store_bind_text(q, ":tijd", tijd);
	store_bind_text(q, ":wat", wat);
	store_bind_text(q, ":referentie", referentie);
	store_bind_int(q, ":aantal", aantal);
	store_bind_text(q, ":grond", grond);
	return store_exec(q, e);
}

static enum err_code
anonimiseer(struct store *st, const struct retentie_opties *o, int64_t id, const struct retentie_casus *c,
    const char *tijd, struct err *e)
{
	char van[DATE_STRLEN], tot[DATE_STRLEN], grond[128];
	struct audit_entry a = { .tijd = o->nu, .rol = o->rol, .actie = "casus.retentie", .object_type = "casus",
		.object_id = c->referentie, .uitkomst = AUDIT_TOEGESTAAN, .adres = o->adres };
	enum err_code rc = ERR_OK;

	for (int i = Q_ANONIEM; i <= Q_SAMENVATTING && rc == ERR_OK; i++) {
		struct store_q *q = Q(st, i);

		store_bind_int(q, ":casus", id);
		if (i == Q_ANONIEM || i == Q_TEKST)
			store_bind_text(q, ":nu", tijd);
		rc = store_exec(q, e);
	}
	if (rc != ERR_OK)
		return rc;
	date_format(c->afgerond_op, van);
	date_format(c->bewaren_tot, tot);
	snprintf(grond, sizeof(grond), "afgerond %s, bewaren tot en met %s", van, tot);
	if ((rc = log_row(st, tijd, "casus_geanonimiseerd", c->referentie, 1, grond, e)) != ERR_OK)
		return rc;
	return store_audit_append(st, &a, e);
}

/* A count statement and its delete, with the same bindings. */
struct purge {
	int tel, weg;
	const char *wat, *grond;
	long *aantal;
};

static void
bind_purge(struct store_q *q, int tel, const struct retentie_opties *o)
{
	if (tel == Q_CONCEPT_TEL || tel == Q_AANVRAAG_TEL)
		store_bind_date(q, ":grens", tel == Q_CONCEPT_TEL ? retentie_concept_grens(o->vandaag) :
		    retentie_aanvraag_grens(o->vandaag));
	else if (tel == Q_SESSIE_TEL) {
		store_bind_int(q, ":idle", (int64_t)o->nu - o->session_idle);
		store_bind_int(q, ":max", (int64_t)o->nu - o->session_max);
	} else if (tel == Q_TELLER_TEL) {
		store_bind_int(q, ":venster", (int64_t)o->nu - o->login_window);
		store_bind_int(q, ":nu", (int64_t)o->nu);
	} else
		store_bind_int(q, ":grens", (int64_t)o->nu - RETENTIE_LINK_SECONDEN);
}

static enum err_code
purges(struct store *st, const struct retentie_opties *o, struct retentie_uitslag *u, const char *tijd,
    struct err *e)
{
	const struct purge p[] = {
		{ Q_CONCEPT_TEL, Q_CONCEPT_WEG, "concept_verwijderd", "concept 6 maanden niet gewijzigd", &u->concepten },
		{ Q_SESSIE_TEL, Q_SESSIE_WEG, "sessies", "sessie verlopen", &u->sessies },
		{ Q_TELLER_TEL, Q_TELLER_WEG, "inlogtellers", "venster en blokkade voorbij", &u->inlogtellers },
		{ Q_LINK_TEL, Q_LINK_WEG, "eenmalige_links", "gebruikt, vervangen of ouder dan 72 uur", &u->links },
		{ Q_AANVRAAG_TEL, Q_AANVRAAG_WEG, "toegangsaanvragen", "ingediend meer dan 12 maanden geleden",
		  &u->aanvragen },
	};
	enum err_code rc = ERR_OK;

	for (size_t i = 0; i < sizeof(p) / sizeof(p[0]) && rc == ERR_OK; i++) {
		struct store_q *q = Q(st, p[i].tel);
		int64_t n = 0;

		bind_purge(q, p[i].tel, o);
		if ((rc = store_int_of(q, &n, e)) != ERR_OK)
			break;
		*p[i].aantal = (long)n;
		if (n == 0 || o->proef)
			continue;
		q = Q(st, p[i].weg);
		bind_purge(q, p[i].tel, o);
		if ((rc = store_exec(q, e)) == ERR_OK)
			rc = log_row(st, tijd, p[i].wat, NULL, (long)n, p[i].grond, e);
	}
	return rc;
}

enum err_code
store_retentie(struct store *st, struct arena *a, const struct retentie_opties *o, struct retentie_uitslag *u,
    struct err *e)
{
	struct audit_entry run = { .tijd = o->nu, .rol = o->rol, .actie = "retentie.uitvoeren", .object_type = "database",
		.object_id = "bewaartermijnen", .uitkomst = AUDIT_TOEGESTAAN, .adres = o->adres };
	char tijd[TIME_STRLEN];
	int64_t *ids = NULL;
	enum err_code rc;

	memset(u, 0, sizeof(*u));
	time_format(o->nu, tijd);
	if ((rc = o->proef ? store_begin_read(st) : store_begin(st)) != ERR_OK)
		return err_set(e, rc, NULL, "De database is bezet; probeer het later opnieuw.");
	rc = due(st, a, o, u, &ids, e);
	for (size_t i = 0; rc == ERR_OK && !o->proef && i < u->n; i++)
		rc = anonimiseer(st, o, ids[i], &u->casussen[i], tijd, e);
	if (rc == ERR_OK)
		rc = purges(st, o, u, tijd, e);
	if (rc == ERR_OK && !o->proef)
		rc = store_audit_append(st, &run, e);
	if (rc != ERR_OK || o->proef) {
		store_rollback(st);
		return rc;
	}
	if ((rc = store_commit(st)) != ERR_OK)
		return err_set(e, rc, NULL, "Er ging iets mis bij het opslaan; er is niets verwijderd.");
	return store_compact(st, e);
}
