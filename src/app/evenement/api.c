/* api.c - professionaliseren in the API: /api/v1/evenementen (list with the figures of a year, create with its
   invitations, casussen and leerpunten in one go), one event, and its steps (invite, change an invitation, a casus
   or a leerpunt discussed). Bodies are read strictly: an unknown member, a wrong type, an unknown soort, a date
   that is not one, a professional or casus or leerpunt that does not exist is a Dutch 400 (409 for a conflict),
   and nothing is written. */
#include <stdio.h>
#include <string.h>

#include "app/casus/api.h"
#include "app/evenement/evenement.h"
#include "app/evenement/handlers.h"
#include "core/perm.h"
#include "lib/date.h"

#define API_EVENEMENTEN "/api/v1" EV_PAD

static json_t *
evenement_json(struct request *r, const struct evenement_volledig *v, bool volledig)
{
	const struct evenement *ev = &v->ev;
	json_t *o = json_pack("{s:I,s:s,s:o,s:s,s:o,s:o,s:o}", "id", (json_int_t)ev->id, "soort",
	    codes_evenement_soort.codes[ev->soort], "datum", api_date(ev->datum), "thema", ev->thema ? ev->thema : "",
	    "doelgroep", api_str(ev->doelgroep), "locatie", api_str(ev->locatie), "omschrijving", api_str(ev->omschrijving));
	json_t *a;

	if (volledig) {
		bool lp = perm_leerpunten(&r->actor);

		a = json_array();
		for (size_t i = 0; i < v->ndeelnemers; i++) {
			const struct evenement_deelnemer *d = &v->deelnemers[i];

			json_array_append_new(a, json_pack("{s:I,s:s,s:s,s:o,s:{s:I,s:o},s:s,s:o}", "professional",
			    (json_int_t)d->register_item_id, "soort", d->vermelding ? "organisatie" : "professional", "naam",
			    d->naam ? d->naam : "", "functie", api_str(d->functie), "organisatie", "id",
			    (json_int_t)d->organisatie_id, "naam", api_str(d->organisatie_naam), "status",
			    codes_deelname_status.codes[d->status], "aanwezig", d->aanwezig < 0 ? json_null() :
			    json_boolean(d->aanwezig == 1)));
		}
		json_object_set_new(o, "deelnemers", a);
		a = json_array();
		for (size_t i = 0; i < v->ncasussen; i++) {
			json_t *lg = json_array();

			for (int k = 0; k < LEEFGEBIED__MAX; k++)
				if ((v->casussen[i].leefgebieden >> k) & 1u)
					json_array_append_new(lg, json_string(codes_leefgebied.codes[k]));
			json_array_append_new(a, json_pack("{s:s,s:o}", "referentie", v->casussen[i].referentie,
			    "leefgebieden", lg));
		}
		json_object_set_new(o, "casussen", a);
		a = json_array();
		for (size_t i = 0; i < v->nleerpunten; i++) {
			const struct evenement_leerpunt *l = &v->leerpunten[i];
			json_t *x = json_pack("{s:I,s:o,s:b}", "id", (json_int_t)l->id, "categorie", l->categorie >= 0 ?
			    json_string(codes_categorie.codes[l->categorie]) : json_null(), "bron", l->bron);

			if (lp)
				json_object_set_new(x, "omschrijving", api_str(l->omschrijving));
			json_array_append_new(a, x);
		}
		json_object_set_new(o, "leerpunten", a);
	}
	json_object_set_new(o, "_links", json_pack("{s:{s:s}}", "self", "href",
	    arena_printf(r->arena, API_EVENEMENTEN "/%lld", (long long)ev->id)));
	return o;
}

/* GET /api/v1/evenementen?jaar=&soort=: the events of the year (all years without jaar) and its figures. 200; 400
   (a jaar or soort that is not one); 503. */
void
h_api_evenement_lijst(struct request *r)
{
	static const char *const params[] = { "jaar", "soort", NULL };
	struct evenement_overzicht *rijen = NULL;
	struct evenement_cijfers c;
	struct err e = { 0 };
	size_t n = 0;
	bool fout;
	const char *sq = req_query(r, "soort");
	int jaar = ev_jaar(r, &fout), soort = -1;
	json_t *a;

	for (size_t i = 0; i < r->nquery; i++) {
		size_t k;

		for (k = 0; params[k] != NULL && strcmp(params[k], r->query[i].key) != 0; k++)
			;
		if (params[k] == NULL) {
			api_problem(r, 400, "Ongeldige invoer", arena_printf(r->arena, "Onbekende parameter '%.40s'.",
			    r->query[i].key), r->query[i].key);
			return;
		}
	}
	if (fout) {
		api_problem(r, 400, "Ongeldige invoer", "Het jaar is een getal van 2000 tot en met 2100.", "jaar");
		return;
	}
	if (sq != NULL && (soort = codelist_find(&codes_evenement_soort, sq)) < 0) {
		api_problem(r, 400, "Ongeldige invoer", arena_printf(r->arena, "Onbekend soort evenement '%.40s'; kies "
		    "netwerkbijeenkomst, workshop, masterclass, bestuurlijke_tafel of overig.", sq), "soort");
		return;
	}
	if (store_evenement_lijst(r->store, r->arena, req_query(r, "jaar") ? jaar : 0, soort, &rijen, &n, &e) != ERR_OK ||
	    store_evenement_cijfers(r->store, jaar, &c, &e) != ERR_OK) {
		api_err(r, e.code, &e);
		return;
	}
	if (!ev_audit(r, "evenement.lijst", 0))
		return;
	a = json_array();
	for (size_t i = 0; i < n; i++) {
		struct evenement_volledig v = { .ev = rijen[i].ev };
		json_t *o = evenement_json(r, &v, false);

		json_object_set_new(o, "uitgenodigd", json_integer(rijen[i].uitgenodigd));
		json_object_set_new(o, "aanwezig", json_integer(rijen[i].aanwezig));
		json_array_append_new(a, o);
	}
	reply_json(r, 200, json_pack("{s:o,s:I,s:o}", "evenementen", a, "totaal", (json_int_t)n, "cijfers",
	    ev_cijfers_json(&c)));
}

/* A text member: absent or null leaves *out NULL; anything but a string is a 400 (in e). */
static enum err_code
tekst(json_t *o, const char *pad, const char *naam, const char **out, struct err *e)
{
	json_t *v = json_object_get(o, naam);
	char f[64];

	*out = NULL;
	if (v == NULL || json_is_null(v))
		return ERR_OK;
	if (!json_is_string(v)) {
		snprintf(f, sizeof f, "%s%s", pad, naam);
		return err_set(e, ERR_VALIDATION, f, "Het veld %s is tekst.", naam);
	}
	*out = json_string_value(v);
	return ERR_OK;
}

/* Every member of o is in leden (NULL-terminated); else a 400 naming it (prefixed with pad). */
static enum err_code
bekend(json_t *o, const char *const *leden, const char *pad, struct err *e)
{
	const char *key;
	json_t *val;
	char f[64];

	if (!json_is_object(o))
		return err_set(e, ERR_VALIDATION, pad[0] ? pad : NULL, "Verwacht een JSON-object.");
	json_object_foreach(o, key, val) {
		size_t i;

		for (i = 0; leden[i] != NULL && strcmp(leden[i], key) != 0; i++)
			;
		if (leden[i] == NULL) {
			snprintf(f, sizeof f, "%s%.40s", pad, key);
			return err_set(e, ERR_VALIDATION, f, "Onbekend veld '%.40s'.", key);
		}
	}
	return ERR_OK;
}

/* The fields of an event from a body object (soort, datum, thema, doelgroep, locatie, omschrijving), checked. */
static enum err_code
lees_evenement(json_t *b, struct evenement *ev, struct err *e)
{
	const char *soort, *datum;
	int i;

	evenement_init(ev);
	if (tekst(b, "", "soort", &soort, e) != ERR_OK || tekst(b, "", "datum", &datum, e) != ERR_OK ||
	    tekst(b, "", "thema", &ev->thema, e) != ERR_OK || tekst(b, "", "doelgroep", &ev->doelgroep, e) != ERR_OK ||
	    tekst(b, "", "locatie", &ev->locatie, e) != ERR_OK || tekst(b, "", "omschrijving", &ev->omschrijving, e) !=
	    ERR_OK)
		return e->code;
	if (soort == NULL)
		return err_set(e, ERR_VALIDATION, "soort", "Kies het soort evenement: netwerkbijeenkomst, workshop, "
		    "masterclass, bestuurlijke_tafel of overig.");
	if ((i = codelist_find(&codes_evenement_soort, soort)) < 0)
		return err_set(e, ERR_VALIDATION, "soort", "Onbekend soort evenement '%.40s'; kies netwerkbijeenkomst, "
		    "workshop, masterclass, bestuurlijke_tafel of overig.", soort);
	ev->soort = (enum evenement_soort)i;
	if (datum != NULL && !date_parse(datum, &ev->datum))
		return err_set(e, ERR_VALIDATION, "datum", "'%.20s' is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld "
		    "2025-10-09.", datum);
	return evenement_validate(ev, e);
}

/* An invitation object {professional, status?, aanwezig?}; pad names it in messages ("deelnemers[2]."). */
static enum err_code
lees_deelnemer(json_t *o, const char *pad, bool id_verplicht, int64_t *item, int *status, int *aanwezig,
    bool *aanwezig_gegeven, struct err *e)
{
	static const char *const leden[] = { "professional", "status", "aanwezig", NULL };
	json_t *p = json_object_get(o, "professional"), *a = json_object_get(o, "aanwezig");
	const char *st;
	char f[64];

	if (bekend(o, id_verplicht ? leden : leden + 1, pad, e) != ERR_OK)
		return e->code;
	if (id_verplicht) {
		snprintf(f, sizeof f, "%sprofessional", pad);
		if (!json_is_integer(p) || json_integer_value(p) <= 0)
			return err_set(e, ERR_VALIDATION, f, "Noem de professional of vermelding bij haar nummer in het "
			    "Maatwerkregister.");
		*item = json_integer_value(p);
	}
	if (tekst(o, pad, "status", &st, e) != ERR_OK)
		return e->code;
	*status = -1;
	if (st != NULL && (*status = codelist_find(&codes_deelname_status, st)) < 0) {
		snprintf(f, sizeof f, "%sstatus", pad);
		return err_set(e, ERR_VALIDATION, f, "Onbekende status '%.40s'; kies uitgenodigd, aangemeld of afgemeld.",
		    st);
	}
	*aanwezig_gegeven = a != NULL;
	*aanwezig = -1;
	if (a != NULL && !json_is_null(a)) {
		if (!json_is_boolean(a)) {
			snprintf(f, sizeof f, "%saanwezig", pad);
			return err_set(e, ERR_VALIDATION, f, "aanwezig is true, false of null.");
		}
		*aanwezig = json_is_true(a);
	}
	return ERR_OK;
}

/* A leerpunt object {id, bron?}. */
static enum err_code
lees_leerpunt(json_t *o, const char *pad, int64_t *id, bool *bron, struct err *e)
{
	static const char *const leden[] = { "id", "bron", NULL };
	json_t *i = json_object_get(o, "id"), *b = json_object_get(o, "bron");
	char f[64];

	if (bekend(o, leden, pad, e) != ERR_OK)
		return e->code;
	if (!json_is_integer(i) || json_integer_value(i) <= 0) {
		snprintf(f, sizeof f, "%sid", pad);
		return err_set(e, ERR_VALIDATION, f, "Noem het leerpunt bij zijn nummer.");
	}
	if (b != NULL && !json_is_boolean(b)) {
		snprintf(f, sizeof f, "%sbron", pad);
		return err_set(e, ERR_VALIDATION, f, "bron is true of false.");
	}
	*id = json_integer_value(i);
	*bron = json_is_true(b);
	return ERR_OK;
}

/* The body's arrays: deelnemers, casussen, leerpunten, each step inside the transaction. */
static enum err_code
lees_koppelingen(struct request *r, json_t *b, const struct evenement *ev, struct err *e)
{
	json_t *d = json_object_get(b, "deelnemers"), *c = json_object_get(b, "casussen"),
	    *l = json_object_get(b, "leerpunten"), *x;
	size_t i;
	char pad[48];

	if ((d != NULL && !json_is_array(d)) || (c != NULL && !json_is_array(c)) || (l != NULL && !json_is_array(l)))
		return err_set(e, ERR_VALIDATION, d != NULL && !json_is_array(d) ? "deelnemers" : c != NULL &&
		    !json_is_array(c) ? "casussen" : "leerpunten", "Verwacht een lijst.");
	if (json_array_size(d) > EVENEMENT_MAX_LINKS || json_array_size(c) > EVENEMENT_MAX_LINKS ||
	    json_array_size(l) > EVENEMENT_MAX_LINKS)
		return err_set(e, ERR_VALIDATION, NULL, "Hoogstens %d per lijst.", EVENEMENT_MAX_LINKS);
	json_array_foreach(d, i, x) {
		int64_t item = 0;
		int status, aanwezig;
		bool gegeven;

		snprintf(pad, sizeof pad, "deelnemers[%zu].", i);
		if (lees_deelnemer(x, pad, true, &item, &status, &aanwezig, &gegeven, e) != ERR_OK)
			return e->code;
		pad[strlen(pad) - 1] = '\0';
		if (ev_uitnodigen(r, ev, item, status < 0 ? DEELNAME_UITGENODIGD : (enum deelname_status)status, aanwezig,
		    arena_printf(r->arena, "%s.professional", pad), e) != ERR_OK)
			return e->code;
	}
	json_array_foreach(c, i, x) {
		int64_t casus_id;

		snprintf(pad, sizeof pad, "casussen[%zu]", i);
		if (!json_is_string(x))
			return err_set(e, ERR_VALIDATION, pad, "Een casus wordt genoemd bij zijn referentie (PMM-JJJJ-NNNN).");
		if (store_evenement_casus(r->store, ev->id, json_string_value(x), pad, &casus_id, e) != ERR_OK)
			return e->code;
	}
	json_array_foreach(l, i, x) {
		int64_t id;
		bool bron;

		snprintf(pad, sizeof pad, "leerpunten[%zu].", i);
		if (lees_leerpunt(x, pad, &id, &bron, e) != ERR_OK)
			return e->code;
		pad[strlen(pad) - 1] = '\0';
		if (store_evenement_leerpunt(r->store, ev->id, id, bron, arena_printf(r->arena, "%s.id", pad), e) != ERR_OK)
			return e->code;
	}
	return ERR_OK;
}

/* Replies 'status' with the event as stored. */
static void
antwoord(struct request *r, int status, int64_t id)
{
	struct evenement_volledig v;
	struct err e = { 0 };

	if (store_evenement_lees(r->store, r->arena, id, &v, &e) != ERR_OK) {
		api_err(r, e.code, &e);
		return;
	}
	if (status == 201)
		reply_header(r, "Location", arena_printf(r->arena, API_EVENEMENTEN "/%lld", (long long)id));
	reply_json(r, status, evenement_json(r, &v, true));
}

/* A refused write: rolled back, audited as mislukt, the problem. */
static void
geweigerd(struct request *r, const char *actie, bool in_tx, struct err *e)
{
	if (in_tx)
		store_rollback(r->store);
	req_audit(r, actie, "evenement", req_param(r, 0), AUDIT_MISLUKT);
	api_err(r, e->code, e);
}

static bool
mag_beheren(struct request *r, const char *actie)
{
	if (perm_evenement_beheer(&r->actor))
		return true;
	req_audit(r, actie, "evenement", req_param(r, 0), AUDIT_GEWEIGERD);
	api_problem(r, 403, "Geen toegang", "Alleen een regievoerder legt evenementen vast.", NULL);
	return false;
}

/* POST /api/v1/evenementen: 201 + Location; 400 (invalidParams); 403; 409; 503. */
void
h_api_evenement_nieuw(struct request *r)
{
	static const char *const leden[] = { "soort", "datum", "thema", "doelgroep", "locatie", "omschrijving",
		"deelnemers", "casussen", "leerpunten", NULL };
	static const char actie[] = "evenement.aanmaken";
	struct evenement ev;
	struct err e = { 0 };

	if (!mag_beheren(r, actie) || !api_body_object(r))
		return;
	if (bekend(r->json, leden, "", &e) != ERR_OK || lees_evenement(r->json, &ev, &e) != ERR_OK) {
		geweigerd(r, actie, false, &e);
		return;
	}
	if (!app_begin(r))
		return;
	if (store_evenement_nieuw(r->store, &ev, r->actor.gebruiker_id, r->now, &ev.id, &e) != ERR_OK ||
	    lees_koppelingen(r, r->json, &ev, &e) != ERR_OK) {
		geweigerd(r, actie, true, &e);
		return;
	}
	if (ev_commit(r, actie, ev.id, NULL))
		antwoord(r, 201, ev.id);
}

/* The event of the path, read; false after replying 404. */
static bool
pad_evenement(struct request *r, const char *actie, struct evenement_volledig *v)
{
	struct err e = { 0 };
	int64_t id;

	if (!req_parse_id(req_param(r, 0), &id)) {
		req_audit(r, actie, "evenement", req_param(r, 0), AUDIT_GEWEIGERD);
		api_problem(r, 404, "Niet gevonden", "Dit evenement bestaat niet.", NULL);
		return false;
	}
	if (store_evenement_lees(r->store, r->arena, id, v, &e) != ERR_OK) {
		req_audit(r, actie, "evenement", req_param(r, 0), e.code == ERR_NOT_FOUND ? AUDIT_GEWEIGERD : AUDIT_MISLUKT);
		api_err(r, e.code, &e);
		return false;
	}
	return true;
}

/* GET /api/v1/evenementen/{id}: 200; 404; 503. Every casus in it leaves an audit row. */
void
h_api_evenement_get(struct request *r)
{
	struct evenement_volledig v;

	if (!pad_evenement(r, "evenement.bekijken", &v) || !ev_audit(r, "evenement.bekijken", v.ev.id))
		return;
	for (size_t i = 0; i < v.ncasussen; i++)
		if (req_audit_casus(r, "casus.evenement", "evenement", req_param(r, 0), v.casussen[i].referentie,
		    AUDIT_TOEGESTAAN) != ERR_OK) {
			api_problem(r, 503, "Tijdelijk niet beschikbaar", "Het auditlog kon niet worden bijgewerkt.", NULL);
			return;
		}
	reply_json(r, 200, evenement_json(r, &v, true));
}

/* POST /api/v1/evenementen/{id}/deelnemers {professional, status?, aanwezig?}: 201 (the event); 400; 403; 404;
   409 (invited already; attendance before the day). */
void
h_api_evenement_deelnemer_nieuw(struct request *r)
{
	static const char actie[] = "evenement.uitnodigen";
	struct evenement_volledig v;
	struct err e = { 0 };
	int64_t item = 0;
	int status, aanwezig;
	bool gegeven;

	if (!mag_beheren(r, actie) || !pad_evenement(r, actie, &v) || !api_body_object(r))
		return;
	if (lees_deelnemer(r->json, "", true, &item, &status, &aanwezig, &gegeven, &e) != ERR_OK) {
		geweigerd(r, actie, false, &e);
		return;
	}
	if (!app_begin(r))
		return;
	if (ev_uitnodigen(r, &v.ev, item, status < 0 ? DEELNAME_UITGENODIGD : (enum deelname_status)status, aanwezig,
	    "professional", &e) != ERR_OK) {
		geweigerd(r, actie, true, &e);
		return;
	}
	if (ev_commit(r, actie, v.ev.id, NULL))
		antwoord(r, 201, v.ev.id);
}

/* PATCH /api/v1/evenementen/{id}/deelnemers/{professional} {status?, aanwezig?}: 200; 400; 403; 404 (not
   invited); 409 (attendance before the day, or of someone who declined). */
void
h_api_evenement_deelnemer_patch(struct request *r)
{
	static const char actie[] = "evenement.deelname";
	struct evenement_volledig v;
	struct err e = { 0 };
	int64_t item = 0;
	int status, aanwezig;
	bool gegeven;

	if (!mag_beheren(r, actie) || !pad_evenement(r, actie, &v) || !api_body_object(r))
		return;
	if (!req_parse_id(req_param(r, 1), &item)) {
		req_audit(r, actie, "evenement", req_param(r, 0), AUDIT_GEWEIGERD);
		api_problem(r, 404, "Niet gevonden", "Deze persoon is niet uitgenodigd voor dit evenement.", NULL);
		return;
	}
	if (lees_deelnemer(r->json, "", false, &item, &status, &aanwezig, &gegeven, &e) != ERR_OK) {
		geweigerd(r, actie, false, &e);
		return;
	}
	if (!app_begin(r))
		return;
	if (ev_deelname(r, &v.ev, item, status, aanwezig, gegeven, &e) != ERR_OK) {
		geweigerd(r, actie, true, &e);
		return;
	}
	if (ev_commit(r, actie, v.ev.id, NULL))
		antwoord(r, 200, v.ev.id);
}

/* POST /api/v1/evenementen/{id}/casussen {referentie}: 201; 400 (no such casus); 403; 404; 409 (linked already). */
void
h_api_evenement_casus(struct request *r)
{
	static const char *const leden[] = { "referentie", NULL };
	static const char actie[] = "evenement.casus";
	struct evenement_volledig v;
	struct err e = { 0 };
	const char *ref = NULL;
	int64_t casus_id;

	if (!mag_beheren(r, actie) || !pad_evenement(r, actie, &v) || !api_body_object(r))
		return;
	if (bekend(r->json, leden, "", &e) != ERR_OK || tekst(r->json, "", "referentie", &ref, &e) != ERR_OK ||
	    (ref == NULL && err_set(&e, ERR_VALIDATION, "referentie", "Noem de casus bij zijn referentie (PMM-JJJJ-NNNN).")
	    != ERR_OK)) {
		geweigerd(r, actie, false, &e);
		return;
	}
	if (!app_begin(r))
		return;
	if (store_evenement_casus(r->store, v.ev.id, ref, "referentie", &casus_id, &e) != ERR_OK) {
		geweigerd(r, actie, true, &e);
		return;
	}
	if (ev_commit(r, actie, v.ev.id, ref))
		antwoord(r, 201, v.ev.id);
}

/* POST /api/v1/evenementen/{id}/leerpunten {id, bron?}: 201; 400 (no such leerpunt); 403; 404; 409. */
void
h_api_evenement_leerpunt(struct request *r)
{
	static const char actie[] = "evenement.leerpunt";
	struct evenement_volledig v;
	struct err e = { 0 };
	int64_t id;
	bool bron;

	if (!mag_beheren(r, actie) || !pad_evenement(r, actie, &v) || !api_body_object(r))
		return;
	if (lees_leerpunt(r->json, "", &id, &bron, &e) != ERR_OK) {
		geweigerd(r, actie, false, &e);
		return;
	}
	if (!app_begin(r))
		return;
	if (store_evenement_leerpunt(r->store, v.ev.id, id, bron, "id", &e) != ERR_OK) {
		geweigerd(r, actie, true, &e);
		return;
	}
	if (ev_commit(r, actie, v.ev.id, NULL))
		antwoord(r, 201, v.ev.id);
}
