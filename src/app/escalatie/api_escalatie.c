/* api_escalatie.c - /api/v1/casussen/{referentie}/escalaties: the list, a new one, one, its request, its
   transitions, meetings, participants, afspraken and their follow-up (docs/openapi.yaml). */
#include <string.h>

#include "app/casus/api.h"
#include "app/escalatie/api.h"
#include "app/escalatie/handlers.h"
#include "app/escalatie/stap.h"
#include "app/interchange/interchange.h"
#include "lib/date.h"
#include "store/escalatie/escalatie.h"

static const char *const aanvraag_leden[] = { "reden", "geprobeerd", "gevraagdBesluit", "urgentie", "organisaties",
	"aangevraagdOp", NULL };

/* GET …/escalaties: 200, 404. */
void
h_api_esc_lijst(struct request *r)
{
	const char *ref = req_param(r, 0);
	struct casus_toegang t;
	struct escalatie *v = NULL;
	size_t n = 0;
	struct err e = { 0 };
	enum err_code rc;
	json_t *a;

	if (!casus_open(r, ref, CASUS_ZIEN, "escalatie.lezen", &t))
		return;
	if ((rc = store_escalatie_van_casus(r->store, r->arena, t.id, &v, &n, &e)) != ERR_OK) {
		ea_fout(r, rc, &e);
		return;
	}
	a = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(a, ea_escalatie_json(r, ref, &v[i]));
	reply_json(r, 200, json_pack("{s:o,s:{s:{s:s},s:{s:s}}}", "escalaties", a, "_links", "self", "href",
	    arena_printf(r->arena, "%s/escalaties", api_casus_href(r, ref)), "casus", "href", api_casus_href(r, ref)));
}

/* Replies status with escalatie id of casus t as stored now. */
static void
antwoord(struct request *r, const char *ref, const struct casus_toegang *t, int64_t id, int status)
{
	struct escalatie e;
	struct err err = { 0 };
	enum err_code rc;

	if ((rc = store_escalatie_get(r->store, r->arena, t->id, id, &e, &err)) != ERR_OK) {
		ea_fout(r, rc, &err);
		return;
	}
	if (status == 201)
		reply_header(r, "Location", arena_printf(r->arena, "%s/escalaties/%lld", api_casus_href(r, ref),
		    (long long)id));
	reply_json(r, status, ea_escalatie_json(r, ref, &e));
}

/* The members of a request (POST, PATCH) over what *e has: each present member replaces its field. */
static enum err_code
aanvraag_lees(struct request *r, struct escalatie *e, struct err *err)
{
	const json_t *b = r->json, *orgs = json_object_get(b, "organisaties");
	int u = (int)e->urgentie;
	enum err_code rc;

	if ((rc = ea_leden(b, "", aanvraag_leden, err)) != ERR_OK ||
	    (rc = ea_tekst(r, b, "", "reden", ESCALATIE_MAX_TEKST, false, &e->reden, err)) != ERR_OK ||
	    (rc = ea_tekst(r, b, "", "geprobeerd", ESCALATIE_MAX_TEKST, false, &e->geprobeerd, err)) != ERR_OK ||
	    (rc = ea_tekst(r, b, "", "gevraagdBesluit", ESCALATIE_MAX_TEKST, false, &e->gevraagd_besluit, err)) != ERR_OK ||
	    (rc = ea_code(b, "", "urgentie", &codes_urgentie, false, &u, err)) != ERR_OK ||
	    (rc = ea_datum(b, "", "aangevraagdOp", false, &e->aangevraagd_op, err)) != ERR_OK)
		return rc;
	e->urgentie = (enum urgentie)u;
	if (orgs != NULL && !json_is_null(orgs)) {
		if (!json_is_array(orgs) || json_array_size(orgs) > ESCALATIE_MAX_ORGANISATIES)
			return err_set(err, ERR_VALIDATION, "organisaties", "Geef een lijst van hoogstens 30 organisaties.");
		e->organisaties = arena_alloc(r->arena, (json_array_size(orgs) + 1) * sizeof(*e->organisaties));
		e->norganisaties = 0;
		for (size_t i = 0; i < json_array_size(orgs); i++) {
			char pad[48];

			snprintf(pad, sizeof(pad), "organisaties[%zu]", i);
			if (interchange_parse_organisatie(r->arena, json_array_get(orgs, i), pad,
			    &e->organisaties[e->norganisaties++], err) != ERR_OK)
				return ERR_VALIDATION;
		}
	}
	return ERR_OK;
}

/* POST …/escalaties: 201 + Location; 400, 403, 404, 409 (casus afgerond). */
void
h_api_esc_nieuw(struct request *r)
{
	const char *ref = req_param(r, 0);
	struct casus_toegang t;
	struct escalatie e;
	struct err err = { 0 };
	int64_t id = 0;
	enum err_code rc;

	if (!casus_open(r, ref, CASUS_REGIE, "escalatie.aanvragen", &t) || !api_body_object(r))
		return;
	escalatie_init(&e);
	if ((rc = aanvraag_lees(r, &e, &err)) != ERR_OK || (rc = esc_aanvragen(r, &t, &e, &id, &err)) != ERR_OK) {
		ea_fout(r, rc, &err);
		return;
	}
	antwoord(r, ref, &t, id, 201);
}

/* GET …/escalaties/{id}: 200, 404. */
void
h_api_esc_get(struct request *r)
{
	const char *ref = req_param(r, 0);
	struct casus_toegang t;

	if (!casus_open(r, ref, CASUS_ZIEN, "escalatie.lezen", &t))
		return;
	antwoord(r, ref, &t, ea_id(r, 1), 200);
}

/* Opens the casus, checks the body and runs one step on escalatie {id}; replies status with it, or the problem. */
static void
stap(struct request *r, struct esc_invoer *in, int status, enum err_code (*lees)(struct request *, struct esc_invoer *,
    struct err *))
{
	const char *ref = req_param(r, 0);
	struct casus_toegang t;
	struct err err = { 0 };
	enum err_code rc;

	if (!casus_open(r, ref, CASUS_ZIEN, "escalatie.wijzigen", &t) || !api_body_object(r))
		return;
	if ((rc = lees(r, in, &err)) != ERR_OK || (rc = esc_uitvoeren(r, &t, ea_id(r, 1), in, NULL, &err)) != ERR_OK) {
		ea_fout(r, rc, &err);
		return;
	}
	antwoord(r, ref, &t, ea_id(r, 1), status);
}

static enum err_code
lees_bewerken(struct request *r, struct esc_invoer *in, struct err *err)
{
	struct casus_toegang t;
	enum err_code rc;

	/* the request as stored is the base a PATCH changes */
	if (store_casus_toegang(r->store, req_param(r, 0), r->actor.persoon_id, &t) != ERR_OK ||
	    (rc = store_escalatie_get(r->store, r->arena, t.id, ea_id(r, 1), &in->aanvraag, err)) == ERR_NOT_FOUND)
		return err_set(err, ERR_NOT_FOUND, NULL, "Deze escalatie bestaat niet bij deze casus.");
	if (rc != ERR_OK)
		return rc;
	return aanvraag_lees(r, &in->aanvraag, err);
}

/* PATCH …/escalaties/{id}: the request (reden, geprobeerd, gevraagdBesluit, urgentie, organisaties). 200; 400,
   403 (not a regievoerder), 404, 409 (ended). */
void
h_api_esc_patch(struct request *r)
{
	struct esc_invoer in;

	esc_invoer_init(&in, ESC_H_BEWERKEN);
	stap(r, &in, 200, lees_bewerken);
}

static const char *const overgang_leden[] = { "stap", "voorzitter", "uitkomst", "resultaat", "reden", "datum", NULL };

static enum err_code
lees_overgang(struct request *r, struct esc_invoer *in, struct err *err)
{
	static const enum esc_handeling mogelijk[] = { ESC_H_VOORZITTER, ESC_H_AFRONDEN, ESC_H_ALLEEN_VOORZITTER,
		ESC_H_INTREKKEN };
	const json_t *b = r->json, *vz = json_object_get(b, "voorzitter");
	int h = -1;
	enum err_code rc;

	if ((rc = ea_leden(b, "", overgang_leden, err)) != ERR_OK)
		return rc;
	if (json_is_string(json_object_get(b, "stap")))
		h = esc_handeling_find(json_string_value(json_object_get(b, "stap")));
	for (size_t i = 0; i < sizeof(mogelijk) / sizeof(mogelijk[0]); i++)
		if (h == (int)mogelijk[i])
			in->h = mogelijk[i];
	if (h < 0 || in->h != (enum esc_handeling)h)
		return err_set(err, ERR_VALIDATION, "stap",
		    "Kies de stap: voorzitter_inschakelen, afronden, alleen_voorzitter of intrekken.");
	if (in->h == ESC_H_VOORZITTER) {
		int64_t id = 0;

		if (!json_is_object(vz) || (rc = ea_getal(vz, "voorzitter", "id", 1, INT64_MAX, &id, err)) != ERR_OK ||
		    id == 0)
			return rc != ERR_OK ? rc : err_set(err, ERR_VALIDATION, "voorzitter",
			    "Noem de voorzitter: {\"id\": het id van de persoon}.");
		in->voorzitter_id = id;
		return ERR_OK;
	}
	if ((rc = ea_code(b, "", "uitkomst", &codes_escalatie_uitkomst, false, &in->uitkomst, err)) != ERR_OK ||
	    (rc = ea_tekst(r, b, "", in->h == ESC_H_INTREKKEN ? "reden" : "resultaat", ESCALATIE_MAX_TEKST, false,
		&in->tekst, err)) != ERR_OK ||
	    (rc = ea_datum(b, "", "datum", false, &in->datum, err)) != ERR_OK)
		return rc;
	if (in->h == ESC_H_INTREKKEN && in->tekst == NULL)
		return err_set(err, ERR_VALIDATION, "reden", "Geef de reden waarom de escalatie wordt ingetrokken.");
	return ERR_OK;
}

/* POST …/escalaties/{id}/overgangen {stap, …}: 200; 400, 403, 404, 409 (the state machine refuses). */
void
h_api_esc_overgang(struct request *r)
{
	struct esc_invoer in;

	esc_invoer_init(&in, ESC_H__MAX);
	stap(r, &in, 200, lees_overgang);
}

static const char *const deelnemer_leden[] = { "naam", "organisatie", "functie", "mandaat", NULL };

static enum err_code
lees_deelnemer(struct request *r, const json_t *o, const char *pad, struct escalatie_deelnemer *d, struct err *err)
{
	enum err_code rc;

	if ((rc = ea_leden(o, pad, deelnemer_leden, err)) != ERR_OK ||
	    (rc = ea_tekst(r, o, pad, "naam", ESCALATIE_MAX_KORT, true, &d->naam, err)) != ERR_OK ||
	    (rc = ea_org(r, o, pad, "organisatie", true, &d->organisatie, err)) != ERR_OK ||
	    (rc = ea_tekst(r, o, pad, "functie", ESCALATIE_MAX_KORT, false, &d->functie, err)) != ERR_OK)
		return rc;
	return ea_bool(o, pad, "mandaat", &d->mandaat, err);
}

static const char *const bijeenkomst_leden[] = { "datum", "notities", "deelnemers", NULL };

static enum err_code
lees_bijeenkomst(struct request *r, struct esc_invoer *in, struct err *err)
{
	const json_t *b = r->json, *ds = json_object_get(b, "deelnemers");
	enum err_code rc;

	if ((rc = ea_leden(b, "", bijeenkomst_leden, err)) != ERR_OK ||
	    (rc = ea_datum(b, "", "datum", true, &in->bijeenkomst.datum, err)) != ERR_OK ||
	    (rc = ea_tekst(r, b, "", "notities", ESCALATIE_MAX_TEKST, false, &in->bijeenkomst.notities, err)) != ERR_OK)
		return rc;
	if (ds == NULL || json_is_null(ds))
		return ERR_OK;
	if (!json_is_array(ds) || json_array_size(ds) > ESCALATIE_MAX_DEELNEMERS)
		return err_set(err, ERR_VALIDATION, "deelnemers", "Geef een lijst van hoogstens 60 deelnemers.");
	in->bijeenkomst.deelnemers = arena_alloc(r->arena, (json_array_size(ds) + 1) * sizeof(struct escalatie_deelnemer));
	for (size_t i = 0; i < json_array_size(ds); i++) {
		char pad[48];
		struct escalatie_deelnemer *d = &in->bijeenkomst.deelnemers[in->bijeenkomst.ndeelnemers++];

		memset(d, 0, sizeof(*d));
		snprintf(pad, sizeof(pad), "deelnemers[%zu]", i);
		if ((rc = lees_deelnemer(r, json_array_get(ds, i), pad, d, err)) != ERR_OK)
			return rc;
	}
	return ERR_OK;
}

/* POST …/escalaties/{id}/bijeenkomsten: 201 with the escalatie; 400, 403, 404, 409. */
void
h_api_esc_bijeenkomst(struct request *r)
{
	struct esc_invoer in;

	esc_invoer_init(&in, ESC_H_BIJEENKOMST);
	stap(r, &in, 201, lees_bijeenkomst);
}

static enum err_code
lees_een_deelnemer(struct request *r, struct esc_invoer *in, struct err *err)
{
	if ((in->bijeenkomst_id = ea_id(r, 2)) == 0)
		return err_set(err, ERR_NOT_FOUND, NULL, "Deze bijeenkomst bestaat niet.");
	return lees_deelnemer(r, r->json, "", &in->deelnemer, err);
}

/* POST …/escalaties/{id}/bijeenkomsten/{bijeenkomstId}/deelnemers: 201; 400, 403, 404, 409. */
void
h_api_esc_deelnemer(struct request *r)
{
	struct esc_invoer in;

	esc_invoer_init(&in, ESC_H_DEELNEMER);
	stap(r, &in, 201, lees_een_deelnemer);
}

static const char *const afspraak_leden[] = { "wat", "organisatie", "wie", "uiterlijk", NULL };

static enum err_code
lees_afspraak(struct request *r, struct esc_invoer *in, struct err *err)
{
	const json_t *b = r->json;
	enum err_code rc;

	if ((in->bijeenkomst_id = ea_id(r, 2)) == 0)
		return err_set(err, ERR_NOT_FOUND, NULL, "Deze bijeenkomst bestaat niet.");
	if ((rc = ea_leden(b, "", afspraak_leden, err)) != ERR_OK ||
	    (rc = ea_tekst(r, b, "", "wat", ESCALATIE_MAX_TEKST, true, &in->afspraak.wat, err)) != ERR_OK ||
	    (rc = ea_org(r, b, "", "organisatie", true, &in->afspraak.organisatie, err)) != ERR_OK ||
	    (rc = ea_tekst(r, b, "", "wie", ESCALATIE_MAX_KORT, false, &in->afspraak.wie, err)) != ERR_OK)
		return rc;
	return ea_datum(b, "", "uiterlijk", true, &in->afspraak.uiterlijk, err);
}

/* POST …/escalaties/{id}/bijeenkomsten/{bijeenkomstId}/afspraken: 201; 400 (not at the table …), 403, 404, 409. */
void
h_api_esc_afspraak(struct request *r)
{
	struct esc_invoer in;

	esc_invoer_init(&in, ESC_H_AFSPRAAK);
	stap(r, &in, 201, lees_afspraak);
}

static const char *const opvolging_leden[] = { "status", "datum", "notitie", NULL };

static enum err_code
lees_opvolging(struct request *r, struct esc_invoer *in, struct err *err)
{
	const json_t *b = r->json;
	int s = -1;
	enum err_code rc;

	if ((in->afspraak_id = ea_id(r, 2)) == 0)
		return err_set(err, ERR_NOT_FOUND, NULL, "Deze afspraak bestaat niet.");
	if ((rc = ea_leden(b, "", opvolging_leden, err)) != ERR_OK ||
	    (rc = ea_code(b, "", "status", &codes_afspraak_status, true, &s, err)) != ERR_OK ||
	    (rc = ea_tekst(r, b, "", "notitie", ESCALATIE_MAX_TEKST, false, &in->opvolging.notitie, err)) != ERR_OK)
		return rc;
	in->opvolging.status = (enum afspraak_status)s;
	in->opvolging.datum = app_vandaag(r);
	return ea_datum(b, "", "datum", false, &in->opvolging.datum, err);
}

/* POST …/escalaties/{id}/afspraken/{afspraakId}/opvolgingen: 201; 400, 403, 404, 409. */
void
h_api_esc_opvolging(struct request *r)
{
	struct esc_invoer in;

	esc_invoer_init(&in, ESC_H_OPVOLGING);
	stap(r, &in, 201, lees_opvolging);
}
