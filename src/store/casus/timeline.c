/* timeline.c - the timeline of a casus, its regievoerder, deelnemers and the follow-up answer. */
#include <string.h>

#include "store/casus/private.h"

/* ERR_OK when statement `id` (one :id parameter) finds a row; else ERR_NOT_FOUND with `absent`. */
static enum err_code
exists(struct store *st, enum casus_q id, int64_t v, const char *absent, struct err *e)
{
	struct store_q *q = CQ(st, id);
	int64_t found;
	enum err_code rc;

	store_bind_int(q, ":id", v);
	if ((rc = store_int_of(q, &found, e)) != ERR_OK)
		return rc;
	return found != 0 ? ERR_OK : err_set(e, ERR_NOT_FOUND, NULL, "%s", absent);
}

static enum err_code
casus_exists(struct store *st, int64_t casus_id, struct err *e)
{
	return exists(st, CASUS_Q_EXISTS, casus_id, "Deze casus bestaat niet.", e);
}

static enum err_code
persoon_exists(struct store *st, int64_t persoon_id, struct err *e)
{
	return exists(st, CASUS_Q_PERSOON_EXISTS, persoon_id, "Deze persoon bestaat niet.", e);
}

/* The rules of a timeline entry that the schema does not say in Dutch. */
static enum err_code
activiteit_check(struct store *st, int64_t casus_id, const struct activiteit *act, struct err *e)
{
	struct store_q *q;
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
	if (act->datum == DATE_NONE)   /* the date of an entry is core's to decide: casus_activiteit_datum */
		return err_set(e, ERR_VALIDATION, "datum", "Een activiteit heeft een datum.");
	if (act->corrigeert_id == 0)
		return ERR_OK;
	q = CQ(st, CASUS_Q_ACT_OF);
	store_bind_int(q, ":id", act->corrigeert_id);
	if (store_int_of(q, &of, e) != ERR_OK)
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
	struct store_q *q;
	enum err_code rc;
	int64_t nieuw;

	if ((rc = casus_exists(st, casus_id, e)) != ERR_OK || (rc = activiteit_check(st, casus_id, act, e)) != ERR_OK)
		return rc;
	time_format(now, created);
	q = CQ(st, CASUS_Q_ACT_ADD);
	store_bind_int(q, ":casus", casus_id);
	store_bind_code(q, ":type", &codes_activiteit_type, (int)act->type);
	store_bind_date(q, ":datum", act->datum);
	store_bind_code(q, ":interventie_type", &codes_interventie_type, act->interventie_type);
	store_bind_text(q, ":omschrijving", act->omschrijving);
	store_bind_text(q, ":status_van", act->status_van);
	store_bind_text(q, ":status_naar", act->status_naar);
	store_bind_id(q, ":corrigeert", act->corrigeert_id);
	store_bind_bool(q, ":na_afronding", act->na_afronding);
	store_bind_id(q, ":auteur", auteur_gebruiker_id);
	store_bind_text(q, ":now", created);
	if ((rc = store_exec(q, e)) != ERR_OK)
		return rc;
	nieuw = store_last_id(st);
	if (id != NULL)
		*id = nieuw;
	if (!act->gedeeld)
		return ERR_OK;
	q = CQ(st, CASUS_Q_ACT_GEDEELD);
	store_bind_int(q, ":id", nieuw);
	return store_exec(q, e);
}

enum err_code
store_activiteit_list(struct store *st, struct arena *a, int64_t casus_id, bool met_intern, struct activiteit **out,
    size_t *n, struct err *e)
{
	struct store_q *q = CQ(st, CASUS_Q_ACT_LIST);
	size_t cap = 0;

	*out = NULL;
	*n = 0;
	store_bind_int(q, ":casus", casus_id);
	store_bind_bool(q, ":intern", met_intern);
	while (store_next(q)) {
		struct activiteit *act;

		*out = store_grow(a, *out, *n, &cap, sizeof(**out));
		act = &(*out)[(*n)++];
		act->id = store_col_int(q, 0);
		act->type = (enum activiteit_type)store_col_enum(q, 1, &codes_activiteit_type, ACTIVITEIT_NOTITIE);
		act->datum = store_col_date(q, 2);
		act->interventie_type = store_col_code(q, 3, &codes_interventie_type);
		act->omschrijving = store_col_text(q, a, 4);
		act->status_van = store_col_text(q, a, 5);
		act->status_naar = store_col_text(q, a, 6);
		act->corrigeert_id = store_col_int(q, 7);
		act->auteur_naam = store_col_text(q, a, 8);
		act->created_at = store_col_text(q, a, 9);
		act->na_afronding = store_col_bool(q, 10);
		act->gedeeld = store_col_bool(q, 11);
	}
	return store_end(q, e);
}

enum err_code
store_casus_set_regievoerder(struct store *st, int64_t casus_id, int64_t persoon_id, time_t now, struct err *e)
{
	char updated[TIME_STRLEN];
	struct store_q *q;
	enum err_code rc;

	if ((rc = casus_exists(st, casus_id, e)) != ERR_OK ||
	    (persoon_id != 0 && (rc = persoon_exists(st, persoon_id, e)) != ERR_OK))
		return rc;
	time_format(now, updated);
	q = CQ(st, CASUS_Q_SET_REGIEVOERDER);
	store_bind_id(q, ":regievoerder", persoon_id);
	store_bind_text(q, ":now", updated);
	store_bind_int(q, ":id", casus_id);
	return store_exec(q, e);
}

enum err_code
store_deelnemer_add(struct store *st, int64_t casus_id, int64_t persoon_id, const char *rol, bool intern,
    int64_t door_gebruiker_id, time_t now, struct err *e)
{
	char op[TIME_STRLEN];
	struct store_q *q;
	int64_t al;
	enum err_code rc;

	if (rol == NULL || (strcmp(rol, "ambassadeur") != 0 && strcmp(rol, "maatwerkprofessional") != 0))
		return err_set(e, ERR_VALIDATION, "rol", "Een deelnemer is ambassadeur of maatwerkprofessional.");
	if ((rc = casus_exists(st, casus_id, e)) != ERR_OK || (rc = persoon_exists(st, persoon_id, e)) != ERR_OK)
		return rc;
	q = CQ(st, CASUS_Q_DN_EXISTS);
	store_bind_int(q, ":casus", casus_id);
	store_bind_int(q, ":persoon", persoon_id);
	if ((rc = store_int_of(q, &al, e)) != ERR_OK)
		return rc;
	if (al != 0)
		return err_set(e, ERR_CONFLICT, NULL, "Deze persoon is al deelnemer van de casus.");
	time_format(now, op);
	q = CQ(st, CASUS_Q_DN_ADD);
	store_bind_int(q, ":casus", casus_id);
	store_bind_int(q, ":persoon", persoon_id);
	store_bind_text(q, ":rol", rol);
	store_bind_id(q, ":door", door_gebruiker_id);
	store_bind_text(q, ":now", op);
	if ((rc = store_exec(q, e)) != ERR_OK || intern)
		return rc;
	q = CQ(st, CASUS_Q_DN_BEPERKT);
	store_bind_int(q, ":casus", casus_id);
	store_bind_int(q, ":persoon", persoon_id);
	return store_exec(q, e);
}

enum err_code
store_deelnemer_list(struct store *st, struct arena *a, int64_t casus_id, struct deelnemer **out, size_t *n,
    struct err *e)
{
	struct store_q *q = CQ(st, CASUS_Q_DN_LIST);
	size_t cap = 0;

	*out = NULL;
	*n = 0;
	store_bind_int(q, ":casus", casus_id);
	while (store_next(q)) {
		struct deelnemer *d;

		*out = store_grow(a, *out, *n, &cap, sizeof(**out));
		d = &(*out)[(*n)++];
		d->persoon_id = store_col_int(q, 0);
		d->naam = store_col_text(q, a, 1);
		d->email = store_col_text(q, a, 2);
		d->organisatie = store_col_text(q, a, 3);
		d->rol = store_col_text(q, a, 4);
		d->uitgenodigd_op = store_col_text(q, a, 5);
		d->intern = store_col_bool(q, 6);
	}
	return store_end(q, e);
}

enum err_code
store_deelnemer_get(struct store *st, struct arena *a, int64_t casus_id, int64_t persoon_id, const char **rol,
    const char **naam, struct err *e)
{
	struct store_q *q = CQ(st, CASUS_Q_DN_ROL);
	bool found = false;
	enum err_code rc;

	store_bind_int(q, ":casus", casus_id);
	store_bind_int(q, ":persoon", persoon_id);
	if (store_next(q)) {
		found = true;
		*rol = store_col_text(q, a, 0);
		*naam = store_col_text(q, a, 1);
	}
	if ((rc = store_end(q, e)) != ERR_OK)
		return rc;
	return found ? ERR_OK : err_set(e, ERR_NOT_FOUND, NULL, "Deze persoon is geen deelnemer van de casus.");
}

enum err_code
store_deelnemer_remove(struct store *st, int64_t casus_id, int64_t persoon_id, struct err *e)
{
	struct store_q *q = CQ(st, CASUS_Q_DN_DEL);
	enum err_code rc;

	store_bind_int(q, ":casus", casus_id);
	store_bind_int(q, ":persoon", persoon_id);
	if ((rc = store_exec(q, e)) != ERR_OK)
		return rc;
	return store_changes(st) == 1 ? ERR_OK :
	    err_set(e, ERR_NOT_FOUND, NULL, "Deze persoon is geen deelnemer van de casus.");
}

enum err_code
store_persoon_by_email(struct store *st, const char *email, int64_t *persoon_id, struct err *e)
{
	struct store_q *q = CQ(st, CASUS_Q_PERSOON_ACCOUNT);

	store_bind_text(q, ":email", email);
	if (store_int_of(q, persoon_id, e) != ERR_OK)
		return ERR_INTERNAL;
	return *persoon_id != 0 ? ERR_OK :
	    err_set(e, ERR_NOT_FOUND, "email", "Er is geen account met dit e-mailadres.");
}

enum err_code
store_followup_answer(struct store *st, int64_t casus_id, int antwoord, const char *toelichting, time_t now,
    struct err *e)
{
	char updated[TIME_STRLEN];
	struct store_q *q;
	enum err_code rc;
	int status;

	if (antwoord < 0 || antwoord >= FOLLOWUP__MAX)
		return err_set(e, ERR_VALIDATION, "followUpAntwoord",
		    "Kies opgelost, deels_opgelost, niet_opgelost of onbekend.");
	if (toelichting != NULL && strlen(toelichting) > CASUS_MAX_TEKST)
		return err_set(e, ERR_VALIDATION, "followUpToelichting", "Deze tekst is te lang (maximaal %d tekens).",
		    CASUS_MAX_TEKST);
	q = CQ(st, CASUS_Q_STATUS);
	store_bind_int(q, ":id", casus_id);
	if ((rc = store_one(q, e)) == ERR_NOT_FOUND)
		return err_set(e, ERR_NOT_FOUND, NULL, "Deze casus bestaat niet.");
	if (rc != ERR_OK)
		return rc;
	status = store_col_code(q, 0, &codes_casus_status);
	store_end(q, NULL);
	if (status != STATUS_AFGEROND)
		return err_set(e, ERR_CONFLICT, NULL, "Alleen een afgeronde casus krijgt een follow-up.");
	time_format(now, updated);
	q = CQ(st, CASUS_Q_SET_FOLLOWUP);
	store_bind_code(q, ":antwoord", &codes_followup, antwoord);
	store_bind_text(q, ":toelichting", toelichting);
	store_bind_text(q, ":now", updated);
	store_bind_int(q, ":id", casus_id);
	return store_exec(q, e);
}
