/* api.c - the casus resource of the API: create, read and change one casus (docs/openapi.yaml), and the
   helpers all casus API handlers share (casus_api.h). */
#include "core/organisatie.h"
#include "app/casus/api.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "app/casus/aanvullen.h"
#include "app/casus/gebeurtenis.h"
#include "app/casus/partijen.h"
#include "app/casus/toegang.h"
#include "app/casus/handlers.h"
#include "core/codes.h"
#include "core/escalatie.h"
#include "core/leerpunt.h"
#include "core/perm.h"
#include "app/interchange/interchange.h"
#include "lib/date.h"
#include "lib/escape.h"
#include "lib/utf8.h"
#include "store/store_account.h"
#include "store/casus/casus.h"

/* ---- shared helpers (casus_api.h) ------------------------------------------------ */

void
api_err(struct request *r, enum err_code rc, struct err *e)
{
	if (e->code == ERR_OK)   /* a callee that returned a code without filling e */
		e->code = rc != ERR_OK ? rc : ERR_INTERNAL;
	if (e->code == ERR_VALIDATION) {
		api_problem(r, 400, "Ongeldige invoer", e->msg[0] ? e->msg : "De invoer is ongeldig.", e->field);
		return;
	}
	if (e->code == ERR_INTERNAL) {
		struct buf b;

		buf_init(&b, 2048);
		buf_printf(&b, "{\"level\":\"error\",\"requestId\":\"%s\",\"route\":\"", r->request_id);
		escape_json(&b, r->route ? r->route->pattern : "");
		buf_puts(&b, "\",\"detail\":\"");
		escape_json(&b, e->detail);
		buf_puts(&b, "\"}\n");
		fputs(buf_str(&b), stderr);
		buf_free(&b);
		e->detail[0] = '\0';   /* logged once, here */
	}
	if (e->code == ERR_CONFLICT && e->msg[0] == '\0')
		snprintf(e->msg, sizeof(e->msg), "Het verzoek botst met de huidige toestand van de casus.");
	reply_err(r, e);
}

bool
api_body_object(struct request *r)
{
	if (json_is_object(r->json))
		return true;
	api_problem(r, 400, "Ongeldige invoer", "Stuur één JSON-object als body.", NULL);
	return false;
}

bool
api_members_known(struct request *r, const char *const *known)
{
	const char *key;
	json_t *val;

	json_object_foreach(r->json, key, val) {
		size_t i;

		for (i = 0; known[i] != NULL; i++)
			if (strcmp(known[i], key) == 0)
				break;
		if (known[i] == NULL) {
			api_problem(r, 400, "Ongeldige invoer",
			    arena_printf(r->arena, "Onbekend veld '%.40s'.", key), key);
			return false;
		}
	}
	return true;
}

const char *
api_casus_href(struct request *r, const char *referentie)
{
	return arena_printf(r->arena, "%s/%s", API_CASUSSEN, referentie);
}

json_t *
api_link(const char *href)
{
	return json_pack("{s:s}", "href", href);
}

/*
 * The follow-up history of a belegging (its notes) is shown to whom may see
 * that belegging (core/leerpunt.h): the indiener of the casus sees where its
 * leerpunten are belegd and their status, not the ministries' notes.
 */
static void
historie_afschermen(struct request *r, const struct casus *c, json_t *j)
{
	json_t *lps = json_object_get(j, "leerpunten");

	for (size_t i = 0; i < c->nleerpunten && i < json_array_size(lps); i++) {
		json_t *bgs = json_object_get(json_array_get(lps, i), "beleggingen");

		for (size_t k = 0; k < c->leerpunten[i].nbeleggingen && k < json_array_size(bgs); k++) {
			const struct belegging *b = &c->leerpunten[i].beleggingen[k];

			if (!perm_belegging_zien(&r->actor, b->bij.id))
				json_object_del(json_array_get(bgs, k), "historie");
		}
	}
}

json_t *
api_casus_json(struct request *r, const struct casus *c)
{
	bool intern = casus_intern_zien(r, c->id);
	struct casus zicht = *c;
	json_t *j;
	int today = app_vandaag(r);

	if (!intern) {   /* the interventies not shared with the indiener stay out (a copy: c is the caller's) */
		zicht.interventies = c->ninterventies ? arena_alloc(r->arena, c->ninterventies * sizeof(*c->interventies)) :
		    NULL;
		if (c->ninterventies)
			memcpy(zicht.interventies, c->interventies, c->ninterventies * sizeof(*c->interventies));
		casus_intern_weglaten(&zicht);
	}
	if ((j = interchange_write(&zicht)) == NULL)
		return NULL;
	historie_afschermen(r, &zicht, j);
	json_object_set_new(j, "looptijd", json_integer(casus_looptijd(&zicht, today)));
	if (intern)   /* the complexity score is internal */
		json_object_set_new(j, "complexiteit", json_integer(casus_complexiteit(&zicht)));
	if (c->referentie != NULL) {
		const char *self = api_casus_href(r, c->referentie);
		json_t *links = json_object();

		json_object_set_new(links, "self", api_link(self));
		json_object_set_new(links, "activiteiten", api_link(arena_printf(r->arena, "%s/activiteiten", self)));
		json_object_set_new(links, "deelnemers", api_link(arena_printf(r->arena, "%s/deelnemers", self)));
		json_object_set_new(j, "_links", links);
	}
	return j;
}

void
api_reply_casus(struct request *r, int status, const char *referentie)
{
	struct err e = { 0 };
	enum err_code rc;
	json_t *j = api_casus_json_van(r, referentie, &rc, &e);

	if (j == NULL) {
		api_err(r, rc, &e);
		return;
	}
	reply_json(r, status, j);
}

json_t *
api_casus_json_van(struct request *r, const char *referentie, enum err_code *rc, struct err *e)
{
	struct casus c;
	json_t *j;

	if ((*rc = store_casus_load(r->store, r->arena, referentie, &c, e)) != ERR_OK)
		return NULL;
	if ((j = api_casus_json(r, &c)) == NULL)
		*rc = ERR_INTERNAL;
	return j;
}

bool
api_audit(struct request *r, const char *actie, const char *referentie)
{
	if (req_audit(r, actie, "casus", referentie, AUDIT_TOEGESTAAN) == ERR_OK)
		return true;
	api_problem(r, 503, "Tijdelijk niet beschikbaar",
	    "Het auditlog kon niet worden bijgewerkt; daarom is het verzoek niet uitgevoerd.", NULL);
	return false;
}

json_t *
api_str(const char *s)
{
	json_t *v = s != NULL ? json_string(s) : NULL;

	return v != NULL ? v : json_null();
}

json_t *
api_date(int d)
{
	char s[DATE_STRLEN];

	if (d == DATE_NONE)
		return json_null();
	date_format(d, s);
	return json_string(s);
}

/* ---- POST /api/v1/casussen ------------------------------------------------------------- */

/*
 * The caller submits as themselves: an indiener in body (a copy the caller may
 * change) with another e-mail address is refused, and the member is dropped
 * (casus_indiener_is fills it in from the account after parsing). Loads the
 * account into *u. False after replying.
 */
static bool
zonder_indiener(struct request *r, json_t *body, struct gebruiker *u)
{
	struct err e = { 0 };
	enum err_code rc;
	const json_t *gegeven = json_object_get(body, "indiener");

	if ((rc = store_user_by_id(r->store, r->arena, r->actor.gebruiker_id, u, &e)) != ERR_OK) {
		api_err(r, rc, &e);
		return false;
	}
	if (gegeven != NULL && !json_is_null(gegeven)) {
		const char *email = json_string_value(json_object_get(gegeven, "email"));

		if (!json_is_object(gegeven) || (email != NULL && strcasecmp(email, u->email) != 0)) {
			api_problem(r, 400, "Ongeldige invoer",
			    "U dient een casus in als uzelf; laat indiener weg of gebruik uw eigen gegevens.", "indiener");
			return false;
		}
	}
	json_object_del(body, "indiener");
	return true;
}

/* Why a member that follows from elsewhere (VELD_AFGELEID) cannot be set. */
static const char *
afgeleid_melding(const char *key)
{
	if (strcmp(key, "letEscalatie") == 0)
		return "letEscalatie volgt uit de escalaties van de casus; start een escalatie met "
		       "POST /api/v1/casussen/{referentie}/escalaties.";
	if (strcmp(key, "escalaties") == 0)
		return "Escalaties hebben hun eigen endpoints: /api/v1/casussen/{referentie}/escalaties.";
	return "Overbruggingen hebben hun eigen endpoints: /api/v1/casussen/{referentie}/overbruggingen.";
}

/* The checks on a new casus' body before it is parsed (core casus_veld_recht); false after replying 400. */
static bool
nieuw_toegestaan(struct request *r, bool regie)
{
	const char *key;
	json_t *val;

	json_object_foreach(r->json, key, val) {
		enum casus_veld_recht recht;

		if (json_is_null(val))
			continue;
		recht = casus_veld_recht(&r->actor, FASE_NIEUW, key);
		if (recht == VELD_AFGELEID) {
			if (json_is_false(val) || (json_is_array(val) && json_array_size(val) == 0))
				continue;   /* what a new casus has anyway */
			api_problem(r, 400, "Ongeldige invoer", afgeleid_melding(key), key);
			return false;
		}
		if (recht == VELD_SYSTEEM) {
			api_problem(r, 400, "Ongeldige invoer", "Het id wordt door doorbraak toegekend; laat het weg.", key);
			return false;
		}
		if (recht != VELD_MAG) {
			api_problem(r, 400, "Ongeldige invoer", strcmp(key, "referentie") == 0 ?
			    "De referentie wordt door doorbraak toegekend; laat haar weg." :
			    "Alleen een regievoerder mag dit veld invullen.", key);
			return false;
		}
		if (strcmp(key, "status") == 0 && json_is_string(val)) {
			const char *s = json_string_value(val);

			if (!regie && strcmp(s, "aangemeld") != 0) {
				api_problem(r, 400, "Ongeldige invoer",
				    "Een nieuwe casus heeft de status aangemeld; laat status weg.", key);
				return false;
			}
			if (regie && strcmp(s, "concept") == 0) {
				api_problem(r, 400, "Ongeldige invoer",
				    "Een concept kan alleen in de webapplicatie worden bewaard.", key);
				return false;
			}
		}
	}
	return true;
}

/* POST /api/v1/casussen: 201 + Location; 400 (invalidParams), 409 (referentie exists), 503. */
void
h_api_casus_nieuw(struct request *r)
{
	bool regie = actor_has(&r->actor, ROL_REGIEVOERDER);
	struct casus c;
	struct casus_overgang o;
	struct gebruiker u;
	struct err e = { 0 };
	enum err_code rc;
	json_t *body, *j;
	int today = app_vandaag(r);

	if (!api_body_object(r) || !nieuw_toegestaan(r, regie))
		return;
	body = json_copy(r->json);   /* shallow: only top-level members are replaced below */
	/* core casus_apply_defaults' default, given before parsing: the interchange format requires the date */
	if (json_object_get(body, "ontvangenOp") == NULL || json_is_null(json_object_get(body, "ontvangenOp")))
		json_object_set_new(body, "ontvangenOp", api_date(today));
	if (!regie && !zonder_indiener(r, body, &u)) {
		json_decref(body);
		return;
	}
	rc = interchange_parse_json(r->arena, body, &c, &e);
	json_decref(body);
	if (rc == ERR_OK && !regie)   /* the account's own persoon and organisation, not look-alikes matched by name */
		casus_indiener_is(&c, &u);
	if (rc != ERR_OK || (rc = escalatie_interventies_check(&c, NULL, &e)) != ERR_OK ||
	    (rc = casus_indienen(&c, -1, regie, today, &o, &e)) != ERR_OK ||
	    (rc = casus_validate(&c, today, &e)) != ERR_OK) {
		api_err(r, rc, &e);
		return;
	}
	if (store_begin(r->store) != ERR_OK) {
		api_problem(r, 503, "Tijdelijk niet beschikbaar", "De database is bezet. Probeer het opnieuw.", NULL);
		return;
	}
	casus_apply_defaults(&c, today);
	c.organisaties_bekend = !organisatie_nieuw_is_voorstel(&r->actor);
	if ((rc = store_casus_insert(r->store, r->arena, &c, r->actor.gebruiker_id, r->now, &e)) != ERR_OK ||
	    (rc = casus_gebeurtenis_vastleggen(r, c.id, &o, &e)) != ERR_OK) {
		store_rollback(r->store);
		api_err(r, rc, &e);
		return;
	}
	if (req_audit_doel(r, "casus.aanmaken", "casus", c.referentie, c.referentie, regie ? "aanmelding namens de indiener"
		: NULL, regie && c.indiener.id > 0 ? arena_printf(r->arena, "persoon:%lld", (long long)c.indiener.id) : NULL,
		AUDIT_TOEGESTAAN) != ERR_OK) {
		store_rollback(r->store);
		api_problem(r, 503, "Tijdelijk niet beschikbaar",
		    "Het auditlog kon niet worden bijgewerkt; daarom is het verzoek niet uitgevoerd.", NULL);
		return;
	}
	/* The answer is read inside the transaction: once the casus is committed the client hears 201, never a 503
	   for a reading back that failed (it would send the casus again, and make it twice). */
	if ((j = api_casus_json_van(r, c.referentie, &rc, &e)) == NULL) {
		store_rollback(r->store);
		api_err(r, rc, &e);
		return;
	}
	if (store_commit(r->store) != ERR_OK) {
		json_decref(j);
		store_rollback(r->store);
		api_problem(r, 503, "Tijdelijk niet beschikbaar", "De casus kon niet worden opgeslagen. Probeer het opnieuw.",
		    NULL);
		return;
	}
	reply_header(r, "Location", api_casus_href(r, c.referentie));
	reply_json(r, 201, j);
}

/* ---- GET /api/v1/casussen/{referentie} -------------------------------------------------- */

/* GET /api/v1/casussen/{referentie}: 200; 404 when absent or not to be seen (audited either way). */
void
h_api_casus_get(struct request *r)
{
	struct casus_toegang t;
	const char *ref = req_param(r, 0);

	if (!casus_open(r, ref, CASUS_ZIEN, "casus.lezen", &t))
		return;
	api_reply_casus(r, 200, ref);
}

/* ---- PATCH /api/v1/casussen/{referentie} --------------------------------------------------- */

static bool
zelfde(const json_t *a, const json_t *b)
{
	if (a == NULL || json_is_null(a))
		return b == NULL || json_is_null(b);
	return b != NULL && json_equal(a, b);
}

/*
 * The first member of the patch that changes what this caller may not
 * change (core casus_veld_recht), with the reason; NULL when none. A member
 * equal to its current value is no change (a client may send back what it
 * read).
 */
static const char *
verboden_wijziging(const json_t *patch, const json_t *huidig, const struct actor *a, enum casus_fase fase,
    const char **reden)
{
	const char *key;
	json_t *val;

	json_object_foreach((json_t *)patch, key, val) {
		if (zelfde(val, json_object_get(huidig, key)))
			continue;
		switch (casus_veld_recht(a, fase, key)) {
		case VELD_MAG:
			continue;
		case VELD_SYSTEEM:
			*reden = "Dit veld wordt door doorbraak toegekend en kan niet worden gewijzigd.";
			break;
		case VELD_VIA_FOLLOWUP:
			*reden = "Leg het antwoord op de follow-up vast met PUT /api/v1/casussen/{referentie}/follow-up.";
			break;
		case VELD_ALLEEN_REGIE:
			*reden = "Alleen een regievoerder mag dit veld wijzigen.";
			break;
		case VELD_AFGELEID:
			*reden = afgeleid_melding(key);
			break;
		}
		return key;
	}
	return NULL;
}

/*
 * A regievoerder named only by e-mail gets the name of that account, so that
 * {"regievoerder": {"email": "…"}} is enough (the interchange format wants a
 * naam). An unknown e-mail is left for check_regievoerder to refuse.
 */
static void
vul_regievoerder_naam(struct request *r)
{
	json_t *rv = json_object_get(r->json, "regievoerder");
	const char *email = json_string_value(json_object_get(rv, "email"));
	struct gebruiker u;

	if (!json_is_object(rv) || email == NULL || json_object_get(rv, "naam") != NULL)
		return;
	if (store_user_by_email(r->store, r->arena, email, &u, NULL) == ERR_OK)
		json_object_set_new(rv, "naam", json_string(u.naam));
	else
		json_object_set_new(rv, "naam", json_string("(onbekend)"));   /* refused below, on the e-mail */
}

/*
 * A regievoerder assigned by a patch must be one: the persoon of an active
 * account with that role, named by its e-mail address (so "regievoerder=mij"
 * finds the casus). Takes the name from the account. Fills e.
 */
static enum err_code
check_regievoerder(struct request *r, struct persoon_ref *rv, struct err *e)
{
	const char *naam = NULL;
	int64_t id = 0;
	enum err_code rc;

	if (rv->email == NULL)
		return err_set(e, ERR_VALIDATION, "regievoerder.email",
		    "Noem de regievoerder met het e-mailadres van zijn account.");
	rc = store_persoon_by_email(r->store, rv->email, &id, e);
	if (rc == ERR_NOT_FOUND)
		return err_set(e, ERR_VALIDATION, "regievoerder.email", "Er is geen account met dit e-mailadres.");
	if (rc == ERR_OK)
		rc = casus_regievoerder_naam(r, id, &naam, e);
	if (rc == ERR_NOT_FOUND)
		return err_set(e, ERR_VALIDATION, "regievoerder.email", "Dit account is geen (actieve) regievoerder.");
	if (rc != ERR_OK)
		return rc;
	rv->id = id;
	rv->naam = naam;
	return ERR_OK;
}

/* {"status": "in_behandeling"} and nothing else: reopening a closed casus. */
static bool
is_heropenen(const json_t *patch)
{
	const json_t *s = json_object_get(patch, "status");

	return json_object_size(patch) == 1 && json_is_string(s) && strcmp(json_string_value(s), "in_behandeling") == 0;
}

/*
 * The status after the patch was applied to c (voor: the casus before it)
 * follows from afgerondOp and the regievoerder (core casus_status_volgt). A
 * "status" member in the patch must agree. Fills o and e.
 */
static enum err_code
nieuwe_status(struct casus *c, const struct casus *voor, const json_t *patch, int today, struct casus_overgang *o,
    struct err *e)
{
	const json_t *gevraagd = json_object_get(patch, "status");
	enum err_code rc;

	if ((rc = casus_status_volgt(c, voor, today, o, e)) != ERR_OK)
		return rc;
	if (json_is_string(gevraagd) && strcmp(json_string_value(gevraagd), codes_casus_status.codes[voor->status]) != 0 &&
	    strcmp(json_string_value(gevraagd), codes_casus_status.codes[c->status]) != 0)
		return err_set(e, ERR_VALIDATION, "status",
		    "De status volgt uit afgerondOp en regievoerder; alleen heropenen gaat met {\"status\": \"in_behandeling\"}.");
	return ERR_OK;
}

/*
 * The patch of a closed casus c (loaded in this transaction): a regievoerder
 * may change what casus_na_afronding_wijzigbaar allows, recorded on the
 * timeline (casus_aanvullen); any other member that would change is refused
 * (ERR_CONFLICT naming it: reopen first). Others may not change it at all.
 */
static enum err_code
na_afronding(struct request *r, struct casus *c, struct err *e)
{
	struct casus_toegang t = { .id = c->id, .status = c->status };
	struct casus_relatie rel;
	struct casus voor = *c;
	json_t *huidig = interchange_write(c);
	const char *key;
	json_t *val;
	enum err_code rc;

	t.indiener_persoon_id = c->indiener.id;
	rel = casus_relatie_van(r, &t);
	if (!perm_casus_aanvullen(&r->actor, &rel)) {
		json_decref(huidig);
		return err_set(e, ERR_CONFLICT, "", "Deze casus is afgerond en kan niet meer worden gewijzigd.");
	}
	json_object_foreach(r->json, key, val) {
		if (casus_na_afronding_wijzigbaar(key) || zelfde(val, json_object_get(huidig, key)))
			continue;
		if (json_is_null(val) && json_object_get(huidig, key) == NULL)
			continue;
		json_decref(huidig);
		return err_set(e, ERR_CONFLICT, key, "Deze casus is afgerond: %.40s verandert pas als de casus wordt "
		    "heropend. Knelpunten, leerpunten, wetten, maatwerk, redenGeenLeerpunt en buitenlandseComponent kunnen "
		    "zonder heropenen worden aangevuld.", key);
	}
	json_decref(huidig);
	if ((rc = interchange_patch(r->arena, r->json, c, e)) != ERR_OK)
		return rc;
	c->organisaties_bekend = !organisatie_nieuw_is_voorstel(&r->actor);
	return casus_aanvullen(r, &voor, c, e);
}

/* PATCH /api/v1/casussen/{referentie}: 200; 400 (invalidParams), 403, 404, 409 (closed: a member that only
   changes after reopening), 503. */
void
h_api_casus_patch(struct request *r)
{
	bool heropenen, toewijzen;
	const char *ref = req_param(r, 0), *veld, *reden = NULL;
	struct casus_toegang t;
	struct casus c, voor;
	struct casus_overgang o;
	struct err e = { 0 };
	enum err_code rc;
	enum casus_status oud;
	json_t *huidig;
	int today = app_vandaag(r);

	heropenen = is_heropenen(r->json);
	if (!casus_open(r, ref, heropenen ? CASUS_REGIE : CASUS_WIJZIGEN, "casus.wijzigen", &t) || !api_body_object(r))
		return;
	/* Read, change and write in one transaction, so no concurrent change is lost. */
	if (store_begin(r->store) != ERR_OK) {
		api_problem(r, 503, "Tijdelijk niet beschikbaar", "De database is bezet. Probeer het opnieuw.", NULL);
		return;
	}
	if ((rc = store_casus_load_id(r->store, r->arena, t.id, &c, &e)) != ERR_OK)
		goto fout;
	oud = c.status;
	if (heropenen) {
		if (oud == STATUS_IN_BEHANDELING) {   /* already open: nothing to do */
			store_rollback(r->store);
			api_reply_casus(r, 200, ref);
			return;
		}
		if (casus_heropenen(&c, NULL, today, &o, &e) != ERR_OK) {
			rc = err_set(&e, ERR_VALIDATION, "status",
			    "Alleen een afgeronde casus kan worden heropend; de status volgt verder uit regievoerder en afgerondOp.");
			goto fout;
		}
	} else {
		if (oud == STATUS_AFGEROND) {   /* after closure: only what may change without reopening */
			if ((rc = na_afronding(r, &c, &e)) != ERR_OK)
				goto fout;
			if (store_commit(r->store) != ERR_OK) {
				rc = err_set(&e, ERR_UNAVAILABLE, "", "De wijziging kon niet worden opgeslagen. Probeer het opnieuw.");
				goto fout;
			}
			api_reply_casus(r, 200, ref);
			return;
		}
		vul_regievoerder_naam(r);
		huidig = interchange_write(&c);
		veld = verboden_wijziging(r->json, huidig, &r->actor, casus_fase_van(oud), &reden);
		toewijzen = json_is_object(json_object_get(r->json, "regievoerder")) &&
		    !zelfde(json_object_get(r->json, "regievoerder"), json_object_get(huidig, "regievoerder"));
		json_decref(huidig);
		if (veld != NULL) {
			rc = err_set(&e, ERR_VALIDATION, veld, "%s", reden);
			goto fout;
		}
		voor = c;
		if ((rc = interchange_patch(r->arena, r->json, &c, &e)) != ERR_OK ||
		    (rc = escalatie_interventies_check(&c, &voor, &e)) != ERR_OK ||
		    (toewijzen && (rc = check_regievoerder(r, &c.regievoerder, &e)) != ERR_OK) ||
		    (rc = nieuwe_status(&c, &voor, r->json, today, &o, &e)) != ERR_OK)
			goto fout;
	}
	if ((rc = casus_validate(&c, today, &e)) != ERR_OK)
		goto fout;
	casus_apply_defaults(&c, today);
	c.organisaties_bekend = !organisatie_nieuw_is_voorstel(&r->actor);
	if ((rc = store_casus_update(r->store, r->arena, &c, r->actor.gebruiker_id, r->now, &e)) != ERR_OK ||
	    (rc = casus_gebeurtenis_vastleggen(r, t.id, &o, &e)) != ERR_OK)
		goto fout;
	if (store_commit(r->store) != ERR_OK) {
		rc = err_set(&e, ERR_UNAVAILABLE, "", "De wijziging kon niet worden opgeslagen. Probeer het opnieuw.");
		goto fout;
	}
	api_reply_casus(r, 200, ref);
	return;
fout:
	store_rollback(r->store);
	api_err(r, rc, &e);
}
