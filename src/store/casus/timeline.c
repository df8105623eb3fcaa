/* timeline.c - the timeline of a casus, its regievoerder, deelnemers and the follow-up answer. */
#include <string.h>

#include "lib/date.h"
#include "store/casus/casus.h"
#include "store/casus/private.h"
#include "store/store_private.h"

static const char SQL_CASUS_EXISTS[] = "SELECT id FROM casus WHERE id = ?";
static const char SQL_ACT_OF[] = "SELECT casus_id FROM activiteit WHERE id = ?";
static const char SQL_ACT_ADD[] =
    "INSERT INTO activiteit (casus_id, type, datum, interventie_type, omschrijving, status_van, status_naar,"
    " corrigeert_id, auteur_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
static const char SQL_ACT_LIST[] =
    "SELECT a.id, a.type, a.datum, a.interventie_type, a.omschrijving, a.status_van, a.status_naar,"
    " a.corrigeert_id, p.naam, a.created_at FROM activiteit a"
    " LEFT JOIN gebruiker g ON g.id = a.auteur_id LEFT JOIN persoon p ON p.id = g.persoon_id"
    " WHERE a.casus_id = ? ORDER BY a.id";
static const char SQL_SET_RV[] = "UPDATE casus SET regievoerder_id = ?, updated_at = ? WHERE id = ?";
static const char SQL_PERSOON_EXISTS[] = "SELECT id FROM persoon WHERE id = ?";
static const char SQL_DN_EXISTS[] = "SELECT persoon_id FROM casus_deelnemer WHERE casus_id = ? AND persoon_id = ?";
static const char SQL_DN_ADD[] =
    "INSERT INTO casus_deelnemer (casus_id, persoon_id, rol, uitgenodigd_door, uitgenodigd_op) VALUES (?, ?, ?, ?, ?)";
static const char SQL_DN_LIST[] =
    "SELECT d.persoon_id, p.naam, p.email, o.naam, d.rol, d.uitgenodigd_op FROM casus_deelnemer d"
    " JOIN persoon p ON p.id = d.persoon_id LEFT JOIN organisatie o ON o.id = p.organisatie_id"
    " WHERE d.casus_id = ? ORDER BY d.uitgenodigd_op, p.naam COLLATE NOCASE";
static const char SQL_PERSOON_ACCOUNT[] =
    "SELECT p.id FROM persoon p JOIN gebruiker g ON g.persoon_id = p.id"
    " WHERE p.email = ? COLLATE NOCASE AND g.actief = 1";
static const char SQL_FOLLOWUP[] =
    "UPDATE casus SET followup_antwoord = ?, followup_toelichting = ?, updated_at = ? WHERE id = ?";
static const char SQL_STATUS[] = "SELECT status FROM casus WHERE id = ?";

static enum err_code
casus_exists(struct store *st, int64_t casus_id, struct err *e)
{
	sqlite3_stmt *s = store_stmt(st, SQL_CASUS_EXISTS);
	int64_t id;

	enum err_code rc;

	sqlite3_bind_int64(s, 1, casus_id);
	if ((rc = casus_query_id(st, s, &id, e, "casus lookup")) != ERR_OK)
		return rc;
	return id != 0 ? ERR_OK : err_set(e, ERR_NOT_FOUND, NULL, "Deze casus bestaat niet.");
}

/* The rules of a timeline entry that the schema does not say in Dutch. */
static enum err_code
activiteit_check(struct store *st, int64_t casus_id, const struct activiteit *act, struct err *e)
{
	sqlite3_stmt *s;
	int64_t of;

	if ((int)act->type < 0 || act->type >= ACTIVITEIT__MAX)
		return err_set(e, ERR_VALIDATION, "type", "Onbekend soort activiteit.");
	if ((act->type == ACTIVITEIT_INTERVENTIE) != (act->interventie_type >= 0))
		return err_set(e, ERR_VALIDATION, "interventieType",
		    "Een interventie heeft een type (expert, netwerk, gezag of escalatie); andere activiteiten niet.");
	if (act->interventie_type >= INTERVENTIE__MAX)
		return err_set(e, ERR_VALIDATION, "interventieType", "Onbekend type interventie.");
	if (act->omschrijving != NULL && strlen(act->omschrijving) > CASUS_MAX_TEKST)
		return err_set(e, ERR_VALIDATION, "omschrijving", "Deze tekst is te lang (maximaal %d tekens).",
		    CASUS_MAX_TEKST);
	if (act->corrigeert_id == 0)
		return ERR_OK;
	s = store_stmt(st, SQL_ACT_OF);
	sqlite3_bind_int64(s, 1, act->corrigeert_id);
	if (casus_query_id(st, s, &of, e, "activiteit lookup") != ERR_OK)
		return ERR_INTERNAL;
	if (of != casus_id)
		return err_set(e, ERR_VALIDATION, "corrigeert",
		    "De activiteit die u corrigeert hoort niet bij deze casus.");
	return ERR_OK;
}

enum err_code
store_activiteit_add(struct store *st, int64_t casus_id, const struct activiteit *act, int64_t auteur_gebruiker_id,
    time_t now, int64_t *id, struct err *e)
{
	char created[TIME_STRLEN];
	sqlite3_stmt *s;
	enum err_code rc;

	if ((rc = casus_exists(st, casus_id, e)) != ERR_OK || (rc = activiteit_check(st, casus_id, act, e)) != ERR_OK)
		return rc;
	time_format(now, created);
	s = store_stmt(st, SQL_ACT_ADD);
	sqlite3_bind_int64(s, 1, casus_id);
	casus_bind_code(s, 2, &codes_activiteit_type, (int)act->type);
	casus_bind_date(s, 3, act->datum != DATE_NONE ? act->datum : date_today(now));
	casus_bind_code(s, 4, &codes_interventie_type, act->interventie_type);
	store_bind_text(s, 5, act->omschrijving);
	store_bind_text(s, 6, act->status_van);
	store_bind_text(s, 7, act->status_naar);
	store_bind_id(s, 8, act->corrigeert_id);
	store_bind_id(s, 9, auteur_gebruiker_id);
	sqlite3_bind_text(s, 10, created, -1, SQLITE_TRANSIENT);
	if ((rc = casus_exec(st, s, e, "activiteit insert")) != ERR_OK)
		return rc;
	if (id != NULL)
		*id = sqlite3_last_insert_rowid(store_db(st));
	return ERR_OK;
}

enum err_code
store_activiteit_list(struct store *st, struct arena *a, int64_t casus_id, struct activiteit **out, size_t *n,
    struct err *e)
{
	sqlite3_stmt *s = store_stmt(st, SQL_ACT_LIST);
	size_t cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	sqlite3_bind_int64(s, 1, casus_id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct activiteit *act;
		int v;

		*out = casus_grow(a, *out, *n, &cap, sizeof(**out));
		act = &(*out)[(*n)++];
		act->id = sqlite3_column_int64(s, 0);
		v = casus_col_code(s, 1, &codes_activiteit_type);
		act->type = v >= 0 ? (enum activiteit_type)v : ACTIVITEIT_NOTITIE;
		act->datum = casus_col_date(s, 2);
		act->interventie_type = casus_col_code(s, 3, &codes_interventie_type);
		act->omschrijving = store_col_text(a, s, 4);
		act->status_van = store_col_text(a, s, 5);
		act->status_naar = store_col_text(a, s, 6);
		act->corrigeert_id = sqlite3_column_int64(s, 7);
		act->auteur_naam = store_col_text(a, s, 8);
		act->created_at = store_col_text(a, s, 9);
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? ERR_OK : store_fail(st, rc, e, "activiteit list");
}

static enum err_code
persoon_exists(struct store *st, int64_t persoon_id, struct err *e)
{
	sqlite3_stmt *s = store_stmt(st, SQL_PERSOON_EXISTS);
	int64_t id;

	enum err_code rc;

	sqlite3_bind_int64(s, 1, persoon_id);
	if ((rc = casus_query_id(st, s, &id, e, "persoon lookup")) != ERR_OK)
		return rc;
	return id != 0 ? ERR_OK : err_set(e, ERR_NOT_FOUND, NULL, "Deze persoon bestaat niet.");
}

enum err_code
store_casus_set_regievoerder(struct store *st, int64_t casus_id, int64_t persoon_id, time_t now, struct err *e)
{
	char updated[TIME_STRLEN];
	sqlite3_stmt *s;
	enum err_code rc;

	if ((rc = casus_exists(st, casus_id, e)) != ERR_OK ||
	    (persoon_id != 0 && (rc = persoon_exists(st, persoon_id, e)) != ERR_OK))
		return rc;
	time_format(now, updated);
	s = store_stmt(st, SQL_SET_RV);
	store_bind_id(s, 1, persoon_id);
	sqlite3_bind_text(s, 2, updated, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(s, 3, casus_id);
	return casus_exec(st, s, e, "regievoerder");
}

enum err_code
store_deelnemer_add(struct store *st, int64_t casus_id, int64_t persoon_id, const char *rol,
    int64_t door_gebruiker_id, time_t now, struct err *e)
{
	char op[TIME_STRLEN];
	sqlite3_stmt *s;
	int64_t al;
	enum err_code rc;

	if (rol == NULL || (strcmp(rol, "ambassadeur") != 0 && strcmp(rol, "maatwerkprofessional") != 0))
		return err_set(e, ERR_VALIDATION, "rol", "Een deelnemer is ambassadeur of maatwerkprofessional.");
	if ((rc = casus_exists(st, casus_id, e)) != ERR_OK || (rc = persoon_exists(st, persoon_id, e)) != ERR_OK)
		return rc;
	s = store_stmt(st, SQL_DN_EXISTS);
	sqlite3_bind_int64(s, 1, casus_id);
	sqlite3_bind_int64(s, 2, persoon_id);
	if ((rc = casus_query_id(st, s, &al, e, "deelnemer lookup")) != ERR_OK)
		return rc;
	if (al != 0)
		return err_set(e, ERR_CONFLICT, NULL, "Deze persoon is al deelnemer van de casus.");
	time_format(now, op);
	s = store_stmt(st, SQL_DN_ADD);
	sqlite3_bind_int64(s, 1, casus_id);
	sqlite3_bind_int64(s, 2, persoon_id);
	store_bind_text(s, 3, rol);
	store_bind_id(s, 4, door_gebruiker_id);
	sqlite3_bind_text(s, 5, op, -1, SQLITE_TRANSIENT);
	return casus_exec(st, s, e, "deelnemer insert");
}

enum err_code
store_deelnemer_list(struct store *st, struct arena *a, int64_t casus_id, struct deelnemer **out, size_t *n,
    struct err *e)
{
	sqlite3_stmt *s = store_stmt(st, SQL_DN_LIST);
	size_t cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	sqlite3_bind_int64(s, 1, casus_id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct deelnemer *d;

		*out = casus_grow(a, *out, *n, &cap, sizeof(**out));
		d = &(*out)[(*n)++];
		d->persoon_id = sqlite3_column_int64(s, 0);
		d->naam = store_col_text(a, s, 1);
		d->email = store_col_text(a, s, 2);
		d->organisatie = store_col_text(a, s, 3);
		d->rol = store_col_text(a, s, 4);
		d->uitgenodigd_op = store_col_text(a, s, 5);
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? ERR_OK : store_fail(st, rc, e, "deelnemer list");
}

enum err_code
store_persoon_by_email(struct store *st, const char *email, int64_t *persoon_id, struct err *e)
{
	sqlite3_stmt *s = store_stmt(st, SQL_PERSOON_ACCOUNT);

	store_bind_text(s, 1, email);
	if (casus_query_id(st, s, persoon_id, e, "persoon by email") != ERR_OK)
		return ERR_INTERNAL;
	return *persoon_id != 0 ? ERR_OK :
	    err_set(e, ERR_NOT_FOUND, "email", "Er is geen account met dit e-mailadres.");
}

enum err_code
store_followup_answer(struct store *st, int64_t casus_id, int antwoord, const char *toelichting, time_t now,
    struct err *e)
{
	char updated[TIME_STRLEN];
	sqlite3_stmt *s;
	int status, rc;

	if (antwoord < 0 || antwoord >= FOLLOWUP__MAX)
		return err_set(e, ERR_VALIDATION, "followUpAntwoord",
		    "Kies opgelost, deels_opgelost, niet_opgelost of onbekend.");
	if (toelichting != NULL && strlen(toelichting) > CASUS_MAX_TEKST)
		return err_set(e, ERR_VALIDATION, "followUpToelichting", "Deze tekst is te lang (maximaal %d tekens).",
		    CASUS_MAX_TEKST);
	s = store_stmt(st, SQL_STATUS);
	sqlite3_bind_int64(s, 1, casus_id);
	rc = sqlite3_step(s);
	status = rc == SQLITE_ROW ? casus_col_code(s, 0, &codes_casus_status) : -1;
	sqlite3_reset(s);
	if (rc == SQLITE_DONE)
		return err_set(e, ERR_NOT_FOUND, NULL, "Deze casus bestaat niet.");
	if (rc != SQLITE_ROW)
		return store_fail(st, rc, e, "casus status");
	if (status != STATUS_AFGEROND)
		return err_set(e, ERR_CONFLICT, NULL, "Alleen een afgeronde casus krijgt een follow-up.");
	time_format(now, updated);
	s = store_stmt(st, SQL_FOLLOWUP);
	casus_bind_code(s, 1, &codes_followup, antwoord);
	store_bind_text(s, 2, toelichting);
	sqlite3_bind_text(s, 3, updated, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(s, 4, casus_id);
	return casus_exec(st, s, e, "followup");
}
