/* ronde_api.c - the navraag rounds in the API (docs/openapi.yaml): the rounds, a new one, one round with its
   questions and parties, an answer, what went well at a party, closing. Regievoerder and onderzoeker
   (PERM_NAVRAAG); whom to ask by name only for a regievoerder (perm_navraag_namen). */
#include <string.h>

#include "app/leerpunt/handlers.h"
#include "app/leerpunt/leerpunt.h"
#include "app/leerpunt/ronde.h"
#include "core/casus.h"
#include "core/navraag.h"
#include "lib/date.h"

static json_t *
ronde_kort_json(struct request *r, const struct navraagronde *ro)
{
	json_t *j = json_pack("{s:I,s:s,s:s,s:I,s:I,s:{s:{s:s}}}", "id", (json_int_t)ro->id, "naam",
	    ro->naam ? ro->naam : "", "peildatum", app_datum_iso(r, ro->peildatum), "aantalVragen",
	    (json_int_t)ro->vragen, "aantalBeantwoord", (json_int_t)ro->beantwoord, "_links", "self", "href",
	    arena_printf(r->arena, "/api/v1/navraagrondes/%lld", (long long)ro->id));

	json_object_set_new(j, "geslotenOp", ro->gesloten_op == DATE_NONE ? json_null() :
	    json_string(app_datum_iso(r, ro->gesloten_op)));
	return j;
}

static json_t *
vraag_json(struct request *r, const struct navraag_vraag *v)
{
	json_t *j = json_pack("{s:I,s:{s:I,s:s,s:s,s:i},s:b,s:{s:I,s:s},s:s,s:s,s:s}", "beleggingId",
	    (json_int_t)v->belegging_id, "leerpunt", "id", (json_int_t)v->leerpunt_id, "omschrijving",
	    v->leerpunt_omschrijving ? v->leerpunt_omschrijving : "", "categorie", codes_categorie.codes[v->categorie],
	    "orde", v->orde, "bijPmm", v->bij_pmm, "bij", "id", (json_int_t)v->organisatie_id, "naam",
	    v->organisatie ? v->organisatie : "", "gevraagd", codes_navraag_gevraagde.codes[v->gevraagd],
	    "statusOpPeildatum", codes_opvolging_status.codes[v->status_op_peildatum], "statusNu",
	    codes_opvolging_status.codes[v->status_nu]);

	if (v->organisatie_type >= 0 && v->organisatie_type < ORGTYPE__MAX)
		json_object_set_new(json_object_get(j, "bij"), "type",
		    json_string(codes_organisatie_type.codes[v->organisatie_type]));
	if (v->persoon_naam != NULL)
		json_object_set_new(j, "persoon", json_pack("{s:s,s:s?}", "naam", v->persoon_naam, "email",
		    v->persoon_email));
	if (v->beantwoord)
		json_object_set_new(j, "antwoord", json_pack("{s:s,s:s,s:s?,s:s?,s:s?}", "datum",
		    app_datum_iso(r, v->antwoord_datum), "status", codes_opvolging_status.codes[v->antwoord_status],
		    "reden", v->antwoord_reden >= 0 ? codes_reden.codes[v->antwoord_reden] : NULL, "notitie",
		    v->antwoord_notitie, "bron", v->antwoord_bron));
	else
		json_object_set_new(j, "antwoord", json_null());
	return j;
}

/* The round in full; audit_actie NULL: the caller wrote the row already (a change). */
static void
reply_ronde(struct request *r, int status, int64_t id, const char *audit_actie, const char *location)
{
	struct navraagronde ro;
	struct navraag_vraag *v = NULL;
	struct navraag_partij *p = NULL;
	size_t nv = 0, np = 0;
	struct err e = { 0 };
	enum err_code rc;
	json_t *j, *vragen, *partijen;

	if ((rc = store_navraagronde_get(r->store, r->arena, id, perm_navraag_namen(&r->actor), &ro, &v, &nv, &p, &np,
	    &e)) != ERR_OK) {
		if (rc == ERR_NOT_FOUND && audit_actie != NULL)
			req_audit(r, audit_actie, "navraagronde", app_id_tekst(r, id), AUDIT_GEWEIGERD);
		lp_reply_err(r, rc, &e);
		return;
	}
	if (audit_actie != NULL && !app_audit(r, audit_actie, "navraagronde", app_id_tekst(r, id)))
		return;
	j = ronde_kort_json(r, &ro);
	vragen = json_array();
	for (size_t i = 0; i < nv; i++)
		json_array_append_new(vragen, vraag_json(r, &v[i]));
	partijen = json_array();
	for (size_t i = 0; i < np; i++) {
		json_t *pj = json_pack("{s:{s:I,s:s}}", "organisatie", "id", (json_int_t)p[i].organisatie_id, "naam",
		    p[i].organisatie ? p[i].organisatie : "");

		json_object_set_new(pj, "watGingGoed", p[i].wat_ging_goed ? json_string(p[i].wat_ging_goed) : json_null());
		json_object_set_new(pj, "bron", p[i].bron ? json_string(p[i].bron) : json_null());
		json_object_set_new(pj, "datum", p[i].datum != DATE_NONE ? json_string(app_datum_iso(r, p[i].datum)) :
		    json_null());
		json_array_append_new(partijen, pj);
	}
	json_object_set_new(j, "vragen", vragen);
	json_object_set_new(j, "partijen", partijen);
	if (location != NULL)
		reply_header(r, "Location", location);
	reply_json(r, status, j);
}

void
h_api_ronde_lijst(struct request *r)
{
	struct navraagronde *ro = NULL;
	size_t n = 0;
	struct err e = { 0 };
	enum err_code rc;
	json_t *items;

	if ((rc = store_navraagrondes(r->store, r->arena, &ro, &n, &e)) != ERR_OK) {
		lp_reply_err(r, rc, &e);
		return;
	}
	if (!app_audit(r, "navraagronde.lijst", "navraagronde", NULL))
		return;
	items = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(items, ronde_kort_json(r, &ro[i]));
	reply_json(r, 200, json_pack("{s:o,s:I}", "navraagrondes", items, "totaal", (json_int_t)n));
}

void
h_api_ronde_nieuw(struct request *r)
{
	static const char *const known[] = { "naam", "peildatum", NULL };
	struct navraagronde_invoer in = { NULL, DATE_NONE };
	struct err e = { 0 };
	enum err_code rc;
	int64_t id = 0;
	size_t nvragen = 0;

	if (!lp_body_ok(r, known) || !lp_member_text(r, "naam", &in.naam) || !lp_member_date(r, "peildatum", &in.peildatum)) {
		req_audit(r, "navraagronde.aanmaken", "navraagronde", NULL, AUDIT_MISLUKT);
		return;
	}
	if (in.naam == NULL)
		in.naam = "";
	if (navraagronde_validate(&in, app_vandaag(r), &e) != ERR_OK) {
		req_audit(r, "navraagronde.aanmaken", "navraagronde", NULL, AUDIT_MISLUKT);
		lp_reply_err(r, ERR_VALIDATION, &e);
		return;
	}
	if (!app_begin(r))
		return;
	if ((rc = store_navraagronde_maak(r->store, r->arena, &in, r->actor.gebruiker_id, r->now, &id, &nvragen, &e)) !=
	    ERR_OK) {
		store_rollback(r->store);
		lp_reply_err(r, rc, &e);
		return;
	}
	if (!app_commit(r, "navraagronde.aanmaken", "navraagronde", app_id_tekst(r, id), NULL))
		return;
	reply_ronde(r, 201, id, NULL, arena_printf(r->arena, "/api/v1/navraagrondes/%lld", (long long)id));
}

/* The round in path parameter 0: false after a 404 (geweigerd) when it does not parse. */
static bool
ronde_id(struct request *r, const char *actie, int64_t *id)
{
	if (req_parse_id(req_param(r, 0), id))
		return true;
	req_audit(r, actie, "navraagronde", req_param(r, 0), AUDIT_GEWEIGERD);
	reply_problem(r, 404, "Niet gevonden", "Deze navraagronde bestaat niet.");
	return false;
}

void
h_api_ronde_get(struct request *r)
{
	int64_t id;

	if (ronde_id(r, "navraagronde.lezen", &id))
		reply_ronde(r, 200, id, "navraagronde.lezen", NULL);
}

void
h_api_ronde_antwoord(struct request *r)
{
	static const char *const known[] = { "beleggingId", "status", "reden", "datum", "notitie", "bron", NULL };
	struct ronde_invoer in = { 0 };
	struct err e = { 0 };
	enum err_code rc;
	json_t *bid;
	int64_t id;

	if (!ronde_id(r, "navraag.antwoord", &id))
		return;
	if (!lp_body_ok(r, known) || !lp_member_text(r, "status", &in.status) || !lp_member_text(r, "reden", &in.reden) ||
	    !lp_member_text(r, "datum", &in.datum) || !lp_member_text(r, "notitie", &in.notitie) ||
	    !lp_member_text(r, "bron", &in.bron)) {
		req_audit(r, "navraag.antwoord", "navraagronde", req_param(r, 0), AUDIT_MISLUKT);
		return;
	}
	bid = json_object_get(r->json, "beleggingId");
	if (!json_is_integer(bid) || json_integer_value(bid) <= 0) {
		req_audit(r, "navraag.antwoord", "navraagronde", req_param(r, 0), AUDIT_MISLUKT);
		api_problem(r, 400, "Ongeldige invoer", "Geef beleggingId: de belegging waarop het antwoord slaat.",
		    "beleggingId");
		return;
	}
	in.belegging_id = (int64_t)json_integer_value(bid);
	if (in.status != NULL && codelist_find(&codes_opvolging_status, in.status) < 0) {
		req_audit(r, "navraag.antwoord", "navraagronde", req_param(r, 0), AUDIT_MISLUKT);
		api_problem(r, 400, "Ongeldige invoer", "Geef een status: belegd, in_verkenning, in_uitvoering, opgevolgd, "
		    "geen_opvolging of onbekend.", "status");
		return;
	}
	if ((rc = ronde_antwoord_opslaan(r, id, &in, &e)) != ERR_OK) {
		lp_reply_err(r, rc, &e);
		return;
	}
	reply_ronde(r, 201, id, NULL, arena_printf(r->arena, "/api/v1/navraagrondes/%lld", (long long)id));
}

void
h_api_ronde_partij(struct request *r)
{
	static const char *const known[] = { "watGingGoed", "bron", "datum", NULL };
	const char *tekst, *bron, *datum;
	struct err e = { 0 };
	enum err_code rc;
	int64_t id, org;

	if (!ronde_id(r, "navraag.partij", &id))
		return;
	if (!req_parse_id(req_param(r, 1), &org)) {
		req_audit(r, "navraag.partij", "navraagronde", req_param(r, 0), AUDIT_GEWEIGERD);
		reply_problem(r, 404, "Niet gevonden", "Deze partij komt in deze ronde niet voor.");
		return;
	}
	if (!lp_body_ok(r, known) || !lp_member_text(r, "watGingGoed", &tekst) || !lp_member_text(r, "bron", &bron) ||
	    !lp_member_text(r, "datum", &datum)) {
		req_audit(r, "navraag.partij", "navraagronde", req_param(r, 0), AUDIT_MISLUKT);
		return;
	}
	if (tekst == NULL) {   /* PUT replaces: say what holds, "" when nothing is recorded */
		req_audit(r, "navraag.partij", "navraagronde", req_param(r, 0), AUDIT_MISLUKT);
		api_problem(r, 400, "Ongeldige invoer", "Geef watGingGoed: wat ging goed bij deze partij en moet blijven "
		    "(leeg als er niets is).", "watGingGoed");
		return;
	}
	if ((rc = ronde_partij_opslaan(r, id, org, tekst, bron, datum, &e)) != ERR_OK) {
		lp_reply_err(r, rc, &e);
		return;
	}
	reply_ronde(r, 200, id, NULL, NULL);
}

void
h_api_ronde_patch(struct request *r)
{
	static const char *const known[] = { "gesloten", NULL };
	struct err e = { 0 };
	enum err_code rc;
	json_t *g;
	int64_t id;

	if (!ronde_id(r, "navraagronde.sluiten", &id))
		return;
	if (!lp_body_ok(r, known)) {
		req_audit(r, "navraagronde.sluiten", "navraagronde", req_param(r, 0), AUDIT_MISLUKT);
		return;
	}
	g = json_object_get(r->json, "gesloten");
	if (!json_is_true(g)) {
		req_audit(r, "navraagronde.sluiten", "navraagronde", req_param(r, 0), AUDIT_MISLUKT);
		api_problem(r, 400, "Ongeldige invoer", "Een navraagronde kan alleen worden gesloten: stuur "
		    "{\"gesloten\": true}. Een gesloten ronde gaat niet meer open.", "gesloten");
		return;
	}
	if ((rc = ronde_sluiten(r, id, &e)) != ERR_OK) {
		lp_reply_err(r, rc, &e);
		return;
	}
	reply_ronde(r, 200, id, NULL, NULL);
}
