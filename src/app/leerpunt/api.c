/* api.c - the systeemleren API (docs/openapi.yaml): leerpunten with filters and paging, one leerpunt with
   the history of its beleggingen, beleggen, a new status, the navraag list, the themas and a meeting's agenda. */
#include <stdio.h>
#include <string.h>

#include "app/leerpunt/leerpunt.h"
#include "app/leerpunt/handlers.h"
#include "core/casus.h"
#include "lib/date.h"
#include "store/casus/casus.h"

/* 400 unless the body is a JSON object whose members are all in known (NULL-terminated). */
bool
lp_body_ok(struct request *r, const char *const *known)
{
	const char *key;
	json_t *v;

	if (!json_is_object(r->json)) {
		api_problem(r, 400, "Ongeldige invoer", "De body moet een JSON-object zijn.", NULL);
		return false;
	}
	json_object_foreach(r->json, key, v) {
		bool ok = false;

		for (size_t i = 0; known[i] != NULL; i++)
			ok |= strcmp(key, known[i]) == 0;
		if (!ok) {
			api_problem(r, 400, "Ongeldige invoer",
			    arena_printf(r->arena, "Onbekend veld '%.60s'.", key), arena_strdup(r->arena, key));
			return false;
		}
	}
	return true;
}

/* A string member: NULL when absent or null; false after replying 400 when it is not a string. */
bool
lp_member_text(struct request *r, const char *naam, const char **out)
{
	json_t *v = json_object_get(r->json, naam);

	*out = NULL;
	if (v == NULL || json_is_null(v))
		return true;
	if (!json_is_string(v)) {
		api_problem(r, 400, "Ongeldige invoer", arena_printf(r->arena, "'%s' moet tekst zijn.", naam), naam);
		return false;
	}
	*out = json_string_value(v);
	return true;
}

/* A date member "YYYY-MM-DD"; DATE_NONE when absent. */
bool
lp_member_date(struct request *r, const char *naam, int *out)
{
	const char *s;

	*out = DATE_NONE;
	if (!lp_member_text(r, naam, &s))
		return false;
	if (s != NULL && !date_parse(s, out)) {
		api_problem(r, 400, "Ongeldige invoer", arena_printf(r->arena, "'%s' is een datum als JJJJ-MM-DD.", naam),
		    naam);
		return false;
	}
	return true;
}

void
h_api_leerpunt_lijst(struct request *r)
{
	struct leerpunt_filter f;
	struct leerpunt_rij *rows = NULL;
	size_t n = 0, total = 0;
	struct err e = { 0 };
	enum err_code rc;
	json_t *ctx = json_object(), *items, *links;
	const char *q;
	int pagina, paginas;

	if (!lp_filter(r, &f, true, &pagina, ctx)) {
		json_decref(ctx);
		return;
	}
	q = arena_strdup(r->arena, json_string_value(json_object_get(ctx, "filter_query")));
	json_decref(ctx);
	if ((rc = store_leerpunt_list(r->store, r->arena, &f, &rows, &n, &total, &e)) != ERR_OK) {
		lp_reply_err(r, rc, &e);
		return;
	}
	if (!app_audit(r, "leerpunt.lijst", "leerpunt", NULL))
		return;
	items = json_array();
	for (size_t i = 0; i < n; i++) {
		lp_zichtbaar(r, &rows[i]);
		json_array_append_new(items, lp_leerpunt_json(r, &rows[i], false));
	}
	paginas = (int)((total + (size_t)f.limit - 1) / (size_t)f.limit);
	links = json_pack("{s:{s:s}}", "self", "href", arena_printf(r->arena, "/api/v1/leerpunten?%s%spagina=%d", q,
	    *q ? "&" : "", pagina));
	if (pagina < paginas)
		json_object_set_new(links, "next", json_pack("{s:s}", "href", arena_printf(r->arena,
		    "/api/v1/leerpunten?%s%spagina=%d", q, *q ? "&" : "", pagina + 1)));
	if (pagina > 1)
		json_object_set_new(links, "prev", json_pack("{s:s}", "href", arena_printf(r->arena,
		    "/api/v1/leerpunten?%s%spagina=%d", q, *q ? "&" : "", pagina - 1)));
	reply_json(r, 200, json_pack("{s:o,s:I,s:i,s:i,s:o}", "leerpunten", items, "totaal", (json_int_t)total,
	    "pagina", pagina, "paginaGrootte", f.limit, "_links", links));
}

void
h_api_leerpunt_get(struct request *r)
{
	struct leerpunt_rij l;

	if (!lp_leerpunt_open_param(r, "leerpunt.lezen", &l))
		return;
	reply_json(r, 200, lp_leerpunt_json(r, &l, true));
}

/* The belegging as stored, with its history, as the answer to a change. */
static void
reply_belegging(struct request *r, int status, int64_t id, const char *location)
{
	struct leerpunt_rij l;
	struct belegging_rij b;
	struct err e = { 0 };
	enum err_code rc;

	if ((rc = store_belegging_get(r->store, r->arena, id, &b, &e)) != ERR_OK ||
	    (rc = store_leerpunt_get(r->store, r->arena, b.leerpunt_id, r->actor.persoon_id, &l, &e)) != ERR_OK) {
		lp_reply_err(r, rc, &e);
		return;
	}
	for (size_t i = 0; i < l.nbeleggingen; i++)
		if (l.beleggingen[i].id == id) {
			if (location != NULL)
				reply_header(r, "Location", location);
			reply_json(r, status, lp_belegging_json(r, &l.beleggingen[i], true));
			return;
		}
	reply_problem(r, 500, "Interne fout", "Er ging iets mis. Probeer het later opnieuw.");
}

void
h_api_belegging_nieuw(struct request *r)
{
	static const char *const known[] = { "organisatieId", "organisatieCode", "datum", "notitie", "bron", "nietBelegd",
		"nietBelegdToelichting", "partnerIds", "pmmSoort", NULL };
	struct organisatie_kort org;
	struct err e = { 0 };
	enum err_code rc;
	json_t *oid_j, *partners;
	const char *code, *notitie, *bron, *niet, *niet_toel, *pmm, *oid = req_param(r, 0);
	int64_t id, org_id = 0, nieuw = 0;
	int datum, niet_reden = -1, pmm_soort = -1;

	if (!lp_beleggen_toegang(r, &id))
		return;
	if (!lp_body_ok(r, known) || !lp_member_text(r, "organisatieCode", &code) || !lp_member_date(r, "datum", &datum) ||
	    !lp_member_text(r, "notitie", &notitie) || !lp_member_text(r, "bron", &bron) ||
	    !lp_member_text(r, "nietBelegd", &niet) || !lp_member_text(r, "nietBelegdToelichting", &niet_toel) ||
	    !lp_member_text(r, "pmmSoort", &pmm))
		return;
	if (niet != NULL && (niet_reden = codelist_find(&codes_niet_belegd_reden, niet)) <= 0) {
		api_problem(r, 400, "Ongeldige invoer", "Onbekende reden om niet te beleggen (onduidelijk_of_structureel, "
		    "al_breed_bekend, doorgegeven_zonder_belegging, anders).", "nietBelegd");
		return;
	}
	if (pmm != NULL && (pmm_soort = codelist_find(&codes_pmm_soort, pmm)) <= 0) {
		api_problem(r, 400, "Ongeldige invoer", "Onbekende pmmSoort (regie_in_opvolging, monitoring_van_signalen, "
		    "zelf_kennis_meenemen, kennisdeling).", "pmmSoort");
		return;
	}
	if (niet == NULL && niet_toel != NULL) {
		api_problem(r, 400, "Ongeldige invoer", "Een toelichting hoort bij een leerpunt dat bewust niet is belegd.",
		    "nietBelegdToelichting");
		return;
	}
	partners = json_object_get(r->json, "partnerIds");
	if (partners != NULL && !json_is_null(partners)) {
		size_t i;
		json_t *p;

		if (!json_is_array(partners) || niet != NULL) {
			api_problem(r, 400, "Ongeldige invoer", "partnerIds is een lijst van organisatie-ids, en hoort niet bij "
			    "een leerpunt dat bewust niet is belegd.", "partnerIds");
			return;
		}
		json_array_foreach(partners, i, p)
			if (!json_is_integer(p) || json_integer_value(p) <= 0) {
				api_problem(r, 400, "Ongeldige invoer", "Elke partner is een organisatie-id (een positief getal).",
				    arena_printf(r->arena, "partnerIds[%zu]", i));
				return;
			}
	}
	if (leerpunt_tekst_check(niet_toel, LEERPUNT_MAX_NOTITIE, "nietBelegdToelichting", &e) != ERR_OK) {
		lp_reply_err(r, ERR_VALIDATION, &e);
		return;
	}
	oid_j = json_object_get(r->json, "organisatieId");
	if (oid_j != NULL && !json_is_null(oid_j)) {
		if (!json_is_integer(oid_j) || json_integer_value(oid_j) <= 0 || code != NULL) {
			api_problem(r, 400, "Ongeldige invoer",
			    "Geef organisatieId (een positief getal) of organisatieCode, niet allebei.", "organisatieId");
			return;
		}
		org_id = (int64_t)json_integer_value(oid_j);
	} else if (code != NULL) {
		if (store_organisatie_by_code(r->store, r->arena, code, &org, NULL) != ERR_OK) {
			api_problem(r, 400, "Ongeldige invoer", "Er is geen organisatie met deze code (zoals VWS of PMM).",
			    "organisatieCode");
			return;
		}
		org_id = org.id;
	} else {
		api_problem(r, 400, "Ongeldige invoer", "Geef organisatieId of organisatieCode: bij wie wordt belegd?",
		    "organisatieId");
		return;
	}
	if (datum == DATE_NONE)
		datum = app_vandaag(r);
	if (datum > app_vandaag(r)) {
		api_problem(r, 400, "Ongeldige invoer", "De datum ligt in de toekomst.", "datum");
		return;
	}
	if (leerpunt_tekst_check(notitie, LEERPUNT_MAX_NOTITIE, "notitie", &e) != ERR_OK ||
	    leerpunt_tekst_check(bron, LEERPUNT_MAX_BRON, "bron", &e) != ERR_OK) {
		lp_reply_err(r, ERR_VALIDATION, &e);
		return;
	}
	if (!app_begin(r))
		return;
	if (niet_reden > 0)
		rc = store_belegging_niet_belegd_add(r->store, id, org_id, niet_reden, lp_leeg(niet_toel) ? NULL : niet_toel,
		    r->now, &nieuw, &e);
	else
		rc = store_belegging_add(r->store, id, org_id, datum, lp_leeg(notitie) ? NULL : notitie,
		    lp_leeg(bron) ? NULL : bron, opvolging_volgende_navraag(OPVOLGING_BELEGD, datum), r->actor.gebruiker_id,
		    r->now, &nieuw, &e);
	for (size_t i = 0; rc == ERR_OK && partners != NULL && i < json_array_size(partners); i++)
		if ((rc = store_belegging_partner_add(r->store, nieuw, (int64_t)json_integer_value(json_array_get(partners, i)),
		    &e)) == ERR_VALIDATION)
			snprintf(e.field, sizeof(e.field), "partnerIds[%zu]", i);
	if (rc == ERR_OK && pmm_soort > 0)
		rc = store_belegging_pmm_soort_zet(r->store, nieuw, pmm_soort, &e);
	if (rc != ERR_OK) {
		store_rollback(r->store);
		if (rc == ERR_NOT_FOUND)
			lp_weiger(r, "belegging.toevoegen", "leerpunt", oid, 404);
		else {
			if (rc == ERR_VALIDATION && strcmp(e.field, "organisatie") == 0)
				snprintf(e.field, sizeof(e.field), "%s", code != NULL ? "organisatieCode" : "organisatieId");
			req_audit(r, "belegging.toevoegen", "leerpunt", oid, AUDIT_MISLUKT);
			lp_reply_err(r, rc, &e);
		}
		return;
	}
	if (!app_commit(r, "belegging.toevoegen", "leerpunt", oid, NULL))
		return;
	reply_belegging(r, 201, nieuw, arena_printf(r->arena, "/api/v1/leerpunten/%lld", (long long)id));
}

void
h_api_belegging_status(struct request *r)
{
	static const char *const known[] = { "status", "reden", "datum", "notitie", "bron", NULL };
	struct belegging_rij b;
	struct opvolging_invoer in = { .reden = -1 };
	struct opvolging_stand stand;
	struct err e = { 0 };
	enum err_code rc;
	const char *status, *reden, *oid = req_param(r, 0);
	int64_t id;

	if (!lp_belegging_open_param(r, "belegging.status", &id, &b))
		return;
	if (!lp_body_ok(r, known) || !lp_member_text(r, "status", &status) || !lp_member_text(r, "reden", &reden) ||
	    !lp_member_date(r, "datum", &in.datum) || !lp_member_text(r, "notitie", &in.notitie) ||
	    !lp_member_text(r, "bron", &in.bron))
		return;
	if (status == NULL || (in.status = codelist_find(&codes_opvolging_status, status)) < 0) {
		api_problem(r, 400, "Ongeldige invoer", "Geef een status: belegd, in_verkenning, in_uitvoering, "
		    "opgevolgd, geen_opvolging of onbekend.", "status");
		return;
	}
	if (reden != NULL && (in.reden = codelist_find(&codes_reden, reden)) < 0) {
		api_problem(r, 400, "Ongeldige invoer", "Onbekende reden.", "reden");
		return;
	}
	if (in.datum == DATE_NONE)
		in.datum = app_vandaag(r);
	if (lp_leeg(in.notitie))
		in.notitie = NULL;
	if (lp_leeg(in.bron))
		in.bron = NULL;
	if (!app_begin(r))
		return;
	if ((rc = store_belegging_get(r->store, r->arena, id, &b, &e)) != ERR_OK)
		goto fout;
	stand.status = (int)b.status;
	stand.datum = b.status_datum;
	stand.doorgezet = b.doorgezet_naar_id != 0;
	if ((rc = opvolging_validate(&in, &stand, app_vandaag(r), &e)) != ERR_OK ||
	    (rc = store_belegging_status_add(r->store, id, &in,
		opvolging_volgende_navraag((enum opvolging_status)in.status, in.datum), r->actor.gebruiker_id, r->now, NULL,
		&e)) != ERR_OK)
		goto fout;
	if (!app_commit(r, "belegging.status", "belegging", oid, NULL))
		return;
	reply_belegging(r, 201, id, arena_printf(r->arena, "/api/v1/leerpunten/%lld", (long long)b.leerpunt_id));
	return;
fout:
	store_rollback(r->store);
	req_audit(r, "belegging.status", "belegging", oid, AUDIT_MISLUKT);
	lp_reply_err(r, rc, &e);
}

void
h_api_navraag(struct request *r)
{
	struct navraag_groep *g = NULL;
	size_t n = 0;
	struct err e = { 0 };
	enum err_code rc;
	int vandaag = app_vandaag(r);
	json_t *groepen;

	if ((rc = store_navraag(r->store, r->arena, vandaag, leerpunt_beperking(&r->actor), &g, &n, &e)) != ERR_OK) {
		lp_reply_err(r, rc, &e);
		return;
	}
	if (!app_audit(r, "navraag.lijst", "belegging", NULL))
		return;
	groepen = json_array();
	for (size_t i = 0; i < n; i++) {
		json_t *amb = json_array(), *items = json_array();

		for (size_t k = 0; k < g[i].nambassadeurs; k++)
			json_array_append_new(amb, json_pack("{s:s,s:s?}", "naam", g[i].ambassadeurs[k].naam, "email",
			    g[i].ambassadeurs[k].email));
		for (size_t k = 0; k < g[i].nitems; k++) {
			json_t *b = lp_belegging_json(r, &g[i].items[k].belegging, false);

			json_object_set_new(b, "leerpunt", json_pack("{s:I,s:s,s:s,s:i}", "id",
			    (json_int_t)g[i].items[k].belegging.leerpunt_id, "omschrijving",
			    g[i].items[k].leerpunt_omschrijving ? g[i].items[k].leerpunt_omschrijving : "", "categorie",
			    codes_categorie.codes[g[i].items[k].categorie], "orde", g[i].items[k].orde));
			json_array_append_new(items, b);
		}
		json_array_append_new(groepen, json_pack("{s:o,s:o,s:o}", "organisatie", lp_org_json(&g[i].organisatie),
		    "ambassadeurs", amb, "beleggingen", items));
	}
	reply_json(r, 200, json_pack("{s:s,s:o}", "peildatum", app_datum_iso(r, vandaag), "organisaties", groepen));
}

void
h_api_themas(struct request *r)
{
	struct thema_rij *t = NULL;
	size_t n = 0;
	struct err e = { 0 };
	enum err_code rc;
	json_t *a;

	if ((rc = store_themas(r->store, r->arena, leerpunt_beperking(&r->actor), &t, &n, &e)) != ERR_OK) {
		lp_reply_err(r, rc, &e);
		return;
	}
	if (!app_audit(r, "thema.lijst", "thema", NULL))
		return;
	a = json_array();
	for (size_t i = 0; i < n; i++) {
		json_t *j = json_pack("{s:s,s:I,s:I}", "thema", t[i].thema, "leerpunten", (json_int_t)t[i].leerpunten,
		    "casussen", (json_int_t)t[i].casussen);

		json_object_set_new(j, "vanJaar", t[i].van_jaar ? json_integer(t[i].van_jaar) : json_null());
		json_object_set_new(j, "totJaar", t[i].tot_jaar ? json_integer(t[i].tot_jaar) : json_null());
		json_object_set_new(j, "_links", json_pack("{s:{s:s}}", "leerpunten", "href",
		    arena_printf(r->arena, "/api/v1/leerpunten?thema=%s", lp_url(r, t[i].thema))));
		json_array_append_new(a, j);
	}
	reply_json(r, 200, json_pack("{s:o}", "themas", a));
}

void
h_api_bijeenkomst_agenda(struct request *r)
{
	struct bijeenkomst b;
	struct agenda_casus *ag = NULL;
	struct leerpunt_rij *lps = NULL;
	struct leerpunt_filter f = { .categorie = -1, .status = -1, .niet_belegd = true, .limit = -1 };
	size_t n = 0, nlp = 0, total = 0;
	struct err e = { 0 };
	enum err_code rc;
	int64_t id;
	const char *oid = req_param(r, 0);
	json_t *cs, *ls;

	if (!app_mag_alle_casussen(r, INZAGE_LIJST, "bijeenkomst.lezen"))   /* the agenda lists casussen */
		return;
	if (!req_parse_id(oid, &id) || (rc = store_bijeenkomst_get(r->store, r->arena, id, &b, &e)) == ERR_NOT_FOUND) {
		req_audit(r, "bijeenkomst.lezen", "bijeenkomst", oid, AUDIT_GEWEIGERD);
		api_problem(r, 404, "Niet gevonden", "Deze bijeenkomst bestaat niet.", NULL);
		return;
	}
	if (rc != ERR_OK || (rc = store_bijeenkomst_agenda(r->store, r->arena, &b, &ag, &n, &e)) != ERR_OK ||
	    (rc = store_leerpunt_list(r->store, r->arena, &f, &lps, &nlp, &total, &e)) != ERR_OK) {
		lp_reply_err(r, rc, &e);
		return;
	}
	if (!app_audit(r, "bijeenkomst.lezen", "bijeenkomst", oid))
		return;
	cs = json_array();
	for (size_t i = 0; i < n; i++) {
		json_t *c = json_pack("{s:s?,s:s?,s:o,s:I,s:b,s:s?,s:s?}", "referentie", ag[i].referentie, "afgerondOp",
		    app_datum_iso(r, ag[i].afgerond_op), "leefgebieden", lp_leefgebieden_json(ag[i].leefgebieden), "leerpunten",
		    (json_int_t)ag[i].leerpunten, "besproken", ag[i].besproken, "besluit", ag[i].besluit,
		    "eldersBesprokenOp", app_datum_iso(r, ag[i].elders_besproken_op));

		json_array_append_new(cs, c);
	}
	ls = json_array();
	for (size_t i = 0; i < nlp; i++)
		json_array_append_new(ls, lp_leerpunt_json(r, &lps[i], false));
	reply_json(r, 200, json_pack("{s:{s:I,s:s,s:s},s:o,s:o}", "bijeenkomst", "id", (json_int_t)b.id, "soort",
	    codes_bijeenkomst_soort.codes[b.soort], "datum", app_datum_iso(r, b.datum), "casussen", cs,
	    "nietBelegdeLeerpunten", ls));
}

void
h_api_leerpunt_patch(struct request *r)
{
	static const char *const known[] = { "categorie", "orde", NULL };
	struct leerpunt l;
	struct err e = { 0 };
	enum err_code rc;
	const char *categorie, *oid = req_param(r, 0);
	json_t *orde;
	int64_t id;
	int c = -1;

	if (!req_parse_id(oid, &id)) {
		lp_weiger(r, "leerpunt.classificeren", "leerpunt", oid, 404);
		return;
	}
	if (!perm_leerpunt_classificeren(&r->actor)) {
		lp_weiger(r, "leerpunt.classificeren", "leerpunt", oid, 403);
		return;
	}
	if (!lp_body_ok(r, known) || !lp_member_text(r, "categorie", &categorie)) {
		req_audit(r, "leerpunt.classificeren", "leerpunt", oid, AUDIT_MISLUKT);
		return;
	}
	orde = json_object_get(r->json, "orde");
	if ((categorie != NULL && (c = codelist_find(&codes_categorie, categorie)) < 0) ||
	    (orde != NULL && (!json_is_integer(orde) || json_integer_value(orde) < 1 || json_integer_value(orde) > 3)) ||
	    (categorie == NULL && orde == NULL)) {
		req_audit(r, "leerpunt.classificeren", "leerpunt", oid, AUDIT_MISLUKT);
		api_problem(r, 400, "Ongeldige invoer", c < 0 && categorie != NULL ? "Onbekende categorie." : orde != NULL ?
		    "De orde is 1, 2 of 3." : "Geef categorie en/of orde.", c < 0 && categorie != NULL ? "categorie" : "orde");
		return;
	}
	if (!app_begin(r))
		return;
	if ((rc = store_leerpunt_load(r->store, r->arena, id, &l, &e)) == ERR_OK) {
		if (c >= 0)
			l.categorie = (enum categorie)c;
		if (orde != NULL)
			l.orde = (int)json_integer_value(orde);
		rc = store_leerpunt_wijzigen(r->store, r->arena, id, &l, r->actor.gebruiker_id, r->now, &e);
	}
	if (rc != ERR_OK) {
		store_rollback(r->store);
		if (rc == ERR_NOT_FOUND)
			lp_weiger(r, "leerpunt.classificeren", "leerpunt", oid, 404);
		else
			lp_reply_err(r, rc, &e);
		return;
	}
	if (!app_commit(r, "leerpunt.classificeren", "leerpunt", oid, NULL))
		return;
	h_api_leerpunt_get(r);
}
