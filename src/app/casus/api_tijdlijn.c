/* api_tijdlijn.c - the API below one casus: its timeline, its deelnemers and the follow-up answer. */
#include <stdlib.h>
#include <string.h>

#include "app/casus/api.h"
#include "app/casus/gebeurtenis.h"
#include "app/casus/toegang.h"
#include "app/casus/handlers.h"
#include "core/codes.h"
#include "core/perm.h"
#include "core/escalatie.h"
#include "lib/date.h"
#include "store/casus/casus.h"

/*
 * Checks an optional text member of the body (core casus_tekst_check: at most
 * max bytes, no BSN); `required` refuses absence and blank text. *out is NULL
 * when absent or blank. False after replying 400 naming the member.
 */
static bool
tekst(struct request *r, const char *name, size_t max, bool required, const char **out)
{
	const json_t *v = json_object_get(r->json, name);
	struct err e = { 0 };

	*out = NULL;
	if (v != NULL && !json_is_null(v) && !json_is_string(v)) {
		api_problem(r, 400, "Ongeldige invoer", "Dit veld moet tekst zijn.", name);
		return false;
	}
	if (casus_tekst_check(json_string_value(v), name, max, required, &e) != ERR_OK) {
		api_problem(r, 400, "Ongeldige invoer", e.msg, name);
		return false;
	}
	if (!casus_tekst_leeg(json_string_value(v)))
		*out = arena_strdup(r->arena, json_string_value(v));
	return true;
}

/* A code member of the body: *out its index, or -1 when absent (and not required). False after replying 400. */
static bool
code(struct request *r, const char *name, const struct codelist *l, bool required, int *out)
{
	const json_t *v = json_object_get(r->json, name);

	*out = -1;
	if (v == NULL || json_is_null(v)) {
		if (!required)
			return true;
		api_problem(r, 400, "Ongeldige invoer", "Dit veld is verplicht.", name);
		return false;
	}
	if (!json_is_string(v) || (*out = codelist_find(l, json_string_value(v))) < 0) {
		api_problem(r, 400, "Ongeldige invoer",
		    json_is_string(v) ? arena_printf(r->arena, "Onbekende waarde '%.40s' voor %s.", json_string_value(v),
			l->name) : "Dit veld moet een code (tekst) zijn.", name);
		return false;
	}
	return true;
}

/* Begins the write transaction and re-reads the casus' status inside it; false after replying. */
static bool
begin(struct request *r, const char *ref, struct casus_toegang *t)
{
	enum err_code rc;

	if (store_begin(r->store) != ERR_OK) {
		api_problem(r, 503, "Tijdelijk niet beschikbaar", "De database is bezet. Probeer het opnieuw.", NULL);
		return false;
	}
	if ((rc = store_casus_toegang(r->store, ref, r->actor.persoon_id, t)) != ERR_OK) {
		store_rollback(r->store);
		if (rc != ERR_NOT_FOUND) {
			api_problem(r, 503, "Tijdelijk niet beschikbaar", "De database gaf een fout. Probeer het opnieuw.",
			    NULL);
			return false;
		}
		api_problem(r, 404, "Niet gevonden", "Deze casus bestaat niet of u heeft er geen toegang toe.", NULL);
		return false;
	}
	return true;
}

static bool
commit(struct request *r)
{
	if (store_commit(r->store) == ERR_OK)
		return true;
	store_rollback(r->store);
	api_problem(r, 503, "Tijdelijk niet beschikbaar", "De wijziging kon niet worden opgeslagen. Probeer het opnieuw.",
	    NULL);
	return false;
}

/* ---- activiteiten ---------------------------------------------------------------------- */

static json_t *
activiteit_json(const struct activiteit *a)
{
	char datum[DATE_STRLEN];
	json_t *o = json_object();

	date_format(a->datum, datum);
	json_object_set_new(o, "id", json_integer((json_int_t)a->id));
	json_object_set_new(o, "type", api_str(codes_activiteit_type.codes[a->type]));
	json_object_set_new(o, "datum", json_string(datum));
	json_object_set_new(o, "interventieType", a->interventie_type >= 0 && a->interventie_type < INTERVENTIE__MAX ?
	    json_string(codes_interventie_type.codes[a->interventie_type]) : json_null());
	json_object_set_new(o, "omschrijving", api_str(a->omschrijving));
	json_object_set_new(o, "statusVan", api_str(a->status_van));
	json_object_set_new(o, "statusNaar", api_str(a->status_naar));
	json_object_set_new(o, "corrigeert", a->corrigeert_id != 0 ? json_integer((json_int_t)a->corrigeert_id) :
	    json_null());
	json_object_set_new(o, "naAfronding", json_boolean(a->na_afronding));
	json_object_set_new(o, "gedeeld", json_boolean(a->gedeeld));
	json_object_set_new(o, "auteur", api_str(a->auteur_naam));
	json_object_set_new(o, "aangemaaktOp", api_str(a->created_at));
	return o;
}

/* Replies 200 with one of the casus's lists as member naam, linked to itself (…/naam) and to the casus. */
static void
lijst_reply(struct request *r, const char *ref, const char *naam, json_t *arr)
{
	reply_json(r, 200, json_pack("{s:o,s:{s:{s:s},s:{s:s}}}", naam, arr, "_links", "self", "href",
	    arena_printf(r->arena, "%s/%s", api_casus_href(r, ref), naam), "casus", "href", api_casus_href(r, ref)));
}

/* GET …/activiteiten: 200, 404. */
void
h_api_activiteit_lijst(struct request *r)
{
	const char *ref = req_param(r, 0);
	struct casus_toegang t;
	struct activiteit *lijst = NULL;
	size_t n = 0;
	struct err e = { 0 };
	enum err_code rc;
	json_t *arr;
	struct casus_relatie rel;

	if (!casus_open(r, ref, CASUS_ZIEN, "casus.lezen", &t))
		return;
	rel = casus_relatie_van(r, &t);   /* the internal entries only for whom may see them (issue 13) */
	if ((rc = store_activiteit_list(r->store, r->arena, t.id, perm_casus_intern_zien(&r->actor, &rel), &lijst, &n,
	    &e)) != ERR_OK) {
		api_err(r, rc, &e);
		return;
	}
	arr = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(arr, activiteit_json(&lijst[i]));
	lijst_reply(r, ref, "activiteiten", arr);
}

static const char *const activiteit_leden[] = { "type", "datum", "interventieType", "omschrijving", "corrigeert",
	"gedeeld", NULL };

/* Reads a new activiteit from the body (all but the check of `corrigeert` against the timeline). */
static bool
lees_activiteit(struct request *r, struct activiteit *a)
{
	const json_t *v;
	struct err e = { 0 };
	int type;

	memset(a, 0, sizeof(*a));
	if (!api_members_known(r, activiteit_leden) || !code(r, "type", &codes_activiteit_type, true, &type))
		return false;
	if (type == ACTIVITEIT_STATUSWIJZIGING) {
		api_problem(r, 400, "Ongeldige invoer",
		    "Een statuswijziging legt doorbraak zelf vast; kies contactmoment, notitie, interventie of correctie.",
		    "type");
		return false;
	}
	a->type = (enum activiteit_type)type;
	if (!code(r, "interventieType", &codes_interventie_type, type == ACTIVITEIT_INTERVENTIE, &a->interventie_type))
		return false;
	if (type != ACTIVITEIT_INTERVENTIE && a->interventie_type >= 0) {
		api_problem(r, 400, "Ongeldige invoer", "Een interventietype hoort alleen bij een interventie.",
		    "interventieType");
		return false;
	}
	if (escalatie_interventie_handmatig(a->interventie_type, "interventieType", &e) != ERR_OK) {
		api_problem(r, 400, "Ongeldige invoer", e.msg, "interventieType");
		return false;
	}
	a->datum = DATE_NONE;
	v = json_object_get(r->json, "datum");
	if (v != NULL && !json_is_null(v) && (!json_is_string(v) || !date_parse(json_string_value(v), &a->datum))) {
		api_problem(r, 400, "Ongeldige invoer", "Ongeldige datum; gebruik JJJJ-MM-DD met een bestaande dag.", "datum");
		return false;
	}
	if (casus_activiteit_datum(&a->datum, app_vandaag(r), &e) != ERR_OK) {
		api_problem(r, 400, "Ongeldige invoer", e.msg, "datum");
		return false;
	}
	v = json_object_get(r->json, "corrigeert");
	if (v != NULL && !json_is_null(v)) {
		if (!json_is_integer(v) || json_integer_value(v) < 1) {
			api_problem(r, 400, "Ongeldige invoer", "Geef het id van de activiteit die wordt gecorrigeerd.",
			    "corrigeert");
			return false;
		}
		a->corrigeert_id = (int64_t)json_integer_value(v);
	}
	if ((type == ACTIVITEIT_CORRECTIE) != (a->corrigeert_id != 0)) {
		api_problem(r, 400, "Ongeldige invoer", type == ACTIVITEIT_CORRECTIE ?
		    "Een correctie noemt de activiteit die zij corrigeert (corrigeert)." :
		    "Alleen een correctie verwijst naar een andere activiteit.", "corrigeert");
		return false;
	}
	v = json_object_get(r->json, "gedeeld");   /* internal unless shared with the indiener (issue 13) */
	if (v != NULL && !json_is_null(v) && !json_is_boolean(v)) {
		api_problem(r, 400, "Ongeldige invoer", "Geef true (gedeeld met de indiener) of false (intern).", "gedeeld");
		return false;
	}
	a->gedeeld = json_is_true(v);
	return tekst(r, "omschrijving", CASUS_MAX_TEKST, true, &a->omschrijving);
}

/* POST …/activiteiten: 201; 400 (invalidParams: also a date before afgerondOp on a closed casus), 404,
   409 (an interventie on a closed casus), 503. */
void
h_api_activiteit_nieuw(struct request *r)
{
	const char *ref = req_param(r, 0);
	struct casus_toegang t;
	struct activiteit a, *lijst = NULL;
	size_t n = 0;
	struct err e = { 0 };
	enum err_code rc;
	int64_t id = 0;
	json_t *body = NULL;

	if (!casus_open(r, ref, CASUS_REGIE, "casus.activiteit", &t) || !api_body_object(r) ||
	    !lees_activiteit(r, &a) || !begin(r, ref, &t))
		return;
	/* the one rule of core for web and API: after closure a monitoring entry, dated on or after afgerondOp */
	if ((rc = casus_activiteit_toelaten(t.status, t.afgerond_op, a.type, &a.datum, app_vandaag(r), &a.na_afronding,
	    &e)) != ERR_OK)
		goto fout;
	if ((rc = store_activiteit_list(r->store, r->arena, t.id, true, &lijst, &n, &e)) != ERR_OK)
		goto fout;
	if (a.corrigeert_id != 0) {
		size_t i;

		for (i = 0; i < n && lijst[i].id != a.corrigeert_id; i++)
			;
		if (i == n) {
			rc = err_set(&e, ERR_VALIDATION, "corrigeert", "Deze casus heeft geen activiteit met dit id.");
			goto fout;
		}
	}
	if ((rc = store_activiteit_add(r->store, t.id, &a, r->actor.gebruiker_id, r->now, &id, &e)) != ERR_OK ||
	    (rc = store_activiteit_list(r->store, r->arena, t.id, true, &lijst, &n, &e)) != ERR_OK)
		goto fout;
	if (!commit(r))
		return;
	for (size_t i = 0; i < n; i++)
		if (lijst[i].id == id)
			body = activiteit_json(&lijst[i]);
	if (body == NULL) {   /* the store did not list what it just added */
		a.id = id;
		body = activiteit_json(&a);
	}
	reply_json(r, 201, body);
	return;
fout:
	store_rollback(r->store);
	api_err(r, rc, &e);
}

static const char *const bijdrage_leden[] = { "omschrijving", "gedeeld", NULL };

/*
 * POST …/bijdragen (issue 13): the indiener's or a deelnemer's note, information or answer, today. Shared with
 * the indiener unless the author sees internal entries and leaves gedeeld false (core/perm.h perm_bijdrage_gedeeld).
 * 201; 400, 403 (a regievoerder: the regie route), 404, 409 (not open), 503.
 */
void
h_api_bijdrage_nieuw(struct request *r)
{
	const char *ref = req_param(r, 0);
	struct casus_toegang t;
	struct casus_relatie rel;
	struct activiteit a, *lijst = NULL;
	size_t n = 0;
	struct err e = { 0 };
	enum err_code rc;
	int64_t id = 0;
	const json_t *v;

	if (!casus_open(r, ref, CASUS_BIJDRAGEN, "casus.bijdrage", &t) || !api_body_object(r) ||
	    !api_members_known(r, bijdrage_leden))
		return;
	memset(&a, 0, sizeof(a));
	a.type = ACTIVITEIT_NOTITIE;
	a.interventie_type = -1;
	a.datum = app_vandaag(r);
	v = json_object_get(r->json, "gedeeld");
	if (v != NULL && !json_is_null(v) && !json_is_boolean(v)) {
		api_problem(r, 400, "Ongeldige invoer", "Geef true (gedeeld met de indiener) of false (intern).", "gedeeld");
		return;
	}
	if (!tekst(r, "omschrijving", CASUS_MAX_TEKST, true, &a.omschrijving) || !begin(r, ref, &t))
		return;
	rel = casus_relatie_van(r, &t);
	if (!perm_casus_bijdragen(&r->actor, &rel)) {   /* it closed in the meantime */
		store_rollback(r->store);
		api_problem(r, 409, "Casus is niet open", "Deze casus is niet meer open; er kan niets meer aan de tijdlijn "
		    "worden toegevoegd.", NULL);
		return;
	}
	a.gedeeld = perm_bijdrage_gedeeld(&r->actor, &rel, json_is_true(v));
	if ((rc = store_activiteit_add(r->store, t.id, &a, r->actor.gebruiker_id, r->now, &id, &e)) != ERR_OK ||
	    (rc = store_activiteit_list(r->store, r->arena, t.id, true, &lijst, &n, &e)) != ERR_OK) {
		store_rollback(r->store);
		api_err(r, rc, &e);
		return;
	}
	if (!commit(r))
		return;
	for (size_t i = 0; i < n; i++)
		if (lijst[i].id == id) {
			reply_json(r, 201, activiteit_json(&lijst[i]));
			return;
		}
	a.id = id;
	reply_json(r, 201, activiteit_json(&a));
}

/* ---- deelnemers --------------------------------------------------------------------------- */

static json_t *
deelnemer_json(const struct deelnemer *d)
{
	return json_pack("{s:I,s:o,s:o,s:o,s:o,s:o,s:b}", "persoonId", (json_int_t)d->persoon_id, "naam",
	    api_str(d->naam), "email", api_str(d->email), "organisatie", api_str(d->organisatie), "rol", api_str(d->rol),
	    "uitgenodigdOp", api_str(d->uitgenodigd_op), "intern", d->intern);
}

/* GET …/deelnemers: 200, 404. */
void
h_api_deelnemer_lijst(struct request *r)
{
	const char *ref = req_param(r, 0);
	struct casus_toegang t;
	struct deelnemer *lijst = NULL;
	size_t n = 0;
	struct err e = { 0 };
	enum err_code rc;
	json_t *arr;

	if (!casus_open(r, ref, CASUS_ZIEN, "casus.lezen", &t))
		return;
	if ((rc = store_deelnemer_list(r->store, r->arena, t.id, &lijst, &n, &e)) != ERR_OK) {
		api_err(r, rc, &e);
		return;
	}
	arr = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(arr, deelnemer_json(&lijst[i]));
	lijst_reply(r, ref, "deelnemers", arr);
}

static const char *const deelnemer_leden[] = { "email", "rol", "intern", NULL };

/* POST …/deelnemers: 201; 400 (no such account), 404, 409 (already invited), 503. */
void
h_api_deelnemer_nieuw(struct request *r)
{
	const char *ref = req_param(r, 0), *email, *rol;
	struct casus_toegang t;
	struct deelnemer *lijst = NULL;
	size_t n = 0;
	struct err e = { 0 };
	enum err_code rc;
	int64_t persoon_id = 0;
	int ri;
	const json_t *iv;

	if (!casus_open(r, ref, CASUS_REGIE, "casus.deelnemer", &t) || !api_body_object(r) ||
	    !api_members_known(r, deelnemer_leden) || !tekst(r, "email", CASUS_MAX_KORT, true, &email) ||
	    !code(r, "rol", &codes_deelnemer_rol, true, &ri))
		return;
	iv = json_object_get(r->json, "intern");   /* sees the internal entries; absent: yes, as before issue 13 */
	if (iv != NULL && !json_is_null(iv) && !json_is_boolean(iv)) {
		api_problem(r, 400, "Ongeldige invoer", "Geef true (ziet ook interne items) of false (alleen gedeelde).",
		    "intern");
		return;
	}
	rol = codes_deelnemer_rol.codes[ri];
	rc = store_persoon_by_email(r->store, email, &persoon_id, &e);
	if (rc == ERR_NOT_FOUND) {
		api_problem(r, 400, "Ongeldige invoer",
		    "Er is geen account met dit e-mailadres; alleen wie een account heeft kan worden uitgenodigd.", "email");
		return;
	}
	if (rc != ERR_OK) {
		api_err(r, rc, &e);
		return;
	}
	if (!begin(r, ref, &t))
		return;
	if ((rc = store_deelnemer_list(r->store, r->arena, t.id, &lijst, &n, &e)) != ERR_OK)
		goto fout;
	for (size_t i = 0; i < n; i++) {
		if (lijst[i].persoon_id == persoon_id) {
			store_rollback(r->store);
			api_problem(r, 409, "Al uitgenodigd", "Deze persoon is al deelnemer van deze casus.", NULL);
			return;
		}
	}
	if ((rc = store_deelnemer_add(r->store, t.id, persoon_id, rol, iv == NULL || json_is_null(iv) || json_is_true(iv),
	    r->actor.gebruiker_id, r->now, &e)) != ERR_OK ||
	    (rc = casus_gebeurtenis_uitgenodigd(r, t.id, persoon_id, &e)) != ERR_OK ||
	    (rc = store_deelnemer_list(r->store, r->arena, t.id, &lijst, &n, &e)) != ERR_OK)
		goto fout;
	if (!commit(r))
		return;
	for (size_t i = 0; i < n; i++) {
		if (lijst[i].persoon_id == persoon_id) {
			reply_json(r, 201, deelnemer_json(&lijst[i]));
			return;
		}
	}
	api_err(r, ERR_INTERNAL, &e);
	return;
fout:
	store_rollback(r->store);
	api_err(r, rc, &e);
}

/* DELETE …/deelnemers/{persoonId}: 204; 404 (no such casus, or not a deelnemer), 409 (the chair of the LET), 503.
   The timeline records it; from then on the casus is hidden from that persoon. */
void
h_api_deelnemer_verwijderen(struct request *r)
{
	const char *ref = req_param(r, 0), *pv = req_param(r, 1), *rol = NULL, *naam = NULL;
	struct casus_toegang t;
	struct casus_overgang o;
	struct err e = { 0 };
	enum err_code rc;
	char *end = NULL;
	long long pid = pv ? strtoll(pv, &end, 10) : 0;

	if (!casus_open(r, ref, CASUS_REGIE, "casus.deelnemer_verwijderen", &t))
		return;
	if (pv == NULL || *pv == '\0' || end == NULL || *end != '\0' || pid <= 0) {
		api_problem(r, 404, "Niet gevonden", "Deze persoon is geen deelnemer van deze casus.", NULL);
		return;
	}
	if (!begin(r, ref, &t))
		return;
	rc = store_deelnemer_get(r->store, r->arena, t.id, pid, &rol, &naam, &e);
	if (rc == ERR_NOT_FOUND) {
		store_rollback(r->store);
		api_problem(r, 404, "Niet gevonden", "Deze persoon is geen deelnemer van deze casus.", NULL);
		return;
	}
	if (rc == ERR_OK && (rc = casus_deelnemer_verwijderen(t.status, rol, naam, app_vandaag(r), &o, &e)) ==
	    ERR_CONFLICT) {
		store_rollback(r->store);
		api_problem(r, 409, "Kan niet worden verwijderd", e.msg, NULL);
		return;
	}
	if (rc != ERR_OK || (rc = store_deelnemer_remove(r->store, t.id, pid, &e)) != ERR_OK ||
	    (rc = casus_gebeurtenis_vastleggen(r, t.id, &o, &e)) != ERR_OK) {
		store_rollback(r->store);
		api_err(r, rc, &e);
		return;
	}
	if (commit(r))
		reply_text(r, 204, "text/plain; charset=utf-8", "", 0);
}

/* ---- follow-up ------------------------------------------------------------------------------ */

static const char *const followup_leden[] = { "antwoord", "toelichting", NULL };

/* PUT …/follow-up: 200 with the casus; 400 (invalidParams), 404, 409 (not closed), 503. */
void
h_api_followup(struct request *r)
{
	const char *ref = req_param(r, 0), *toelichting;
	struct casus_toegang t;
	struct casus_overgang o;
	struct err e = { 0 };
	enum err_code rc;
	int antwoord;

	if (!casus_open(r, ref, CASUS_REGIE, "casus.followup", &t) || !api_body_object(r) ||
	    !api_members_known(r, followup_leden) || !code(r, "antwoord", &codes_followup, true, &antwoord) ||
	    !tekst(r, "toelichting", CASUS_MAX_TEKST, false, &toelichting) || !begin(r, ref, &t))
		return;
	if (casus_followup_beantwoorden(t.status, antwoord, app_vandaag(r), &o, &e) != ERR_OK) {
		store_rollback(r->store);
		api_problem(r, 409, "Casus is niet afgerond",
		    "Een follow-up hoort bij een afgeronde casus; rond de casus eerst af.", NULL);
		return;
	}
	if ((rc = store_followup_answer(r->store, t.id, antwoord, toelichting, r->now, &e)) != ERR_OK ||
	    (rc = casus_gebeurtenis_vastleggen(r, t.id, &o, &e)) != ERR_OK) {
		store_rollback(r->store);
		api_err(r, rc, &e);
		return;
	}
	if (commit(r))
		api_reply_casus(r, 200, ref);
}
