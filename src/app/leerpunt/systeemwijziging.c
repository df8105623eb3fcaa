/* systeemwijziging.c - results of systeemleren: realised system changes (the ALO-kop registration, the Wsf 2000
   hardheidsclausule, the handboek Toeslagen) linked to the leerpunten and casussen that led to them; the list, a
   form to record one and one to change one in the browser; recording in the API. Reading: PERM_LEERPUNTEN; recording: regievoerder and onderzoeker
   (perm_systeemwijziging_vastleggen). */
#include <stdlib.h>
#include <string.h>

#include "app/interchange/interchange.h"
#include "app/leerpunt/handlers.h"
#include "app/leerpunt/leerpunt.h"
#include "core/casus.h"
#include "core/systeemwijziging.h"
#include "lib/date.h"
#include "store/systeemwijziging/systeemwijziging.h"

struct sw_invoer {
	const char *omschrijving, *soort, *gerealiseerd_op, *organisatie, *bron, *url, *leerpunten, *casussen;
	const char *veld, *fout;
};

static json_t *
sw_json(struct request *r, const struct systeemwijziging *s)
{
	json_t *lp = json_array(), *cs = json_array();

	for (size_t i = 0; i < s->nleerpunten; i++)
		json_array_append_new(lp, json_pack("{s:I,s:s}", "id", (json_int_t)s->leerpunten[i], "href",
		    arena_printf(r->arena, "/leerpunten/%lld", (long long)s->leerpunten[i])));
	for (size_t i = 0; i < s->ncasussen; i++)
		json_array_append_new(cs, json_string(s->casussen[i]));
	return json_pack("{s:I,s:s,s:s,s:s?,s:s?,s:s?,s:s?,s:o,s:o}", "id", (json_int_t)s->id, "omschrijving",
	    s->omschrijving ? s->omschrijving : "", "soort", codes_systeemwijziging_soort.labels[s->soort],
	    "gerealiseerd", app_datum_tekst(r, s->gerealiseerd_op), "door", s->door.naam, "bron", s->bron, "url", s->url,
	    "leerpunten", lp, "casussen", cs);
}

/* The form's fields with what in holds, posting to action with a button saying knop. */
static json_t *
form_json(struct request *r, const struct sw_invoer *in, const struct organisatie_kort *orgs, size_t norgs,
    const char *action, const char *knop)
{
	json_t *soorten = json_array(), *o = json_array();

	json_array_append_new(soorten, json_pack("{s:s,s:s,s:b}", "code", "", "label", "Kies het soort",
	    "gekozen", lp_leeg(in->soort)));
	for (int i = 0; i < SWSOORT__MAX; i++)
		if (codes_systeemwijziging_soort.codes[i] != NULL)
			json_array_append_new(soorten, json_pack("{s:s,s:s,s:b}", "code", codes_systeemwijziging_soort.codes[i],
			    "label", codes_systeemwijziging_soort.labels[i], "gekozen", in->soort != NULL &&
			    strcmp(in->soort, codes_systeemwijziging_soort.codes[i]) == 0));
	json_array_append_new(o, json_pack("{s:s,s:s,s:b}", "code", "", "label", "Niet vastgelegd", "gekozen",
	    lp_leeg(in->organisatie)));
	for (size_t i = 0; i < norgs; i++) {
		const char *id = app_id_tekst(r, orgs[i].id);

		json_array_append_new(o, json_pack("{s:s,s:s,s:b}", "code", id, "label", orgs[i].naam ? orgs[i].naam :
		    "", "gekozen", in->organisatie != NULL && strcmp(in->organisatie, id) == 0));
	}
	return json_pack("{s:o,s:o,s:s,s:s,s:s,s:s,s:s,s:s,s:s,s:s}", "soorten", soorten, "organisaties", o,
	    "omschrijving", in->omschrijving ? in->omschrijving : "", "gerealiseerd_op",
	    in->gerealiseerd_op ? in->gerealiseerd_op : "", "bron", in->bron ? in->bron : "", "url",
	    in->url ? in->url : "", "leerpunten", in->leerpunten ? in->leerpunten : "", "casussen",
	    in->casussen ? in->casussen : "", "action", action, "knop", knop);
}

/* The refused field of in (if any) on the page: the summary and the message at the field. */
static void
fout_ctx(struct request *r, json_t *ctx, const struct sw_invoer *in)
{
	if (in->fout == NULL)
		return;
	json_object_set_new(ctx, "heeft_fouten", json_true());
	json_object_set_new(ctx, "fouten", json_pack("[{s:s,s:s}]", "id", arena_printf(r->arena, "sw-%s", in->veld),
	    "tekst", in->fout));
	json_object_set_new(ctx, arena_printf(r->arena, "f_%s", in->veld), json_string(in->fout));
}

static void
lijst_render(struct request *r, int status, const struct sw_invoer *in)
{
	static const struct sw_invoer leeg = { 0 };
	struct systeemwijziging *s = NULL;
	struct organisatie_kort *orgs = NULL;
	size_t n = 0, norgs = 0;
	struct err e = { 0 };
	enum err_code rc;
	bool mag = perm_systeemwijziging_vastleggen(&r->actor);
	json_t *ctx, *rijen;

	if (in == NULL)
		in = &leeg;
	if ((rc = store_systeemwijziging_list(r->store, r->arena, 0, &s, &n, &e)) != ERR_OK ||
	    (mag && (rc = store_organisaties(r->store, r->arena, &orgs, &norgs, &e)) != ERR_OK)) {
		lp_reply_err(r, rc, &e);
		return;
	}
	if (status == 200 && !app_audit(r, "systeemwijziging.lijst", "systeemwijziging", NULL))
		return;
	ctx = json_object();
	rijen = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(rijen, sw_json(r, &s[i]));
	json_object_set_new(ctx, "rijen", rijen);
	json_object_set_new(ctx, "heeft_rijen", json_boolean(n > 0));
	json_object_set_new(ctx, "mag_vastleggen", json_boolean(mag));
	if (mag)
		json_object_set_new(ctx, "form", form_json(r, in, orgs, norgs, "/systeemwijzigingen",
		    "Systeemwijziging vastleggen"));
	fout_ctx(r, ctx, in);
	if (in->fout == NULL && req_query(r, "melding") != NULL)
		json_object_set_new(ctx, "flash", json_pack("{s:s,s:s}", "type", "ok", "tekst",
		    strcmp(req_query(r, "melding"), "gewijzigd") == 0 ? "De systeemwijziging is gewijzigd." :
		    "De systeemwijziging is vastgelegd."));
	lp_subnav(r, ctx, "/systeemwijzigingen");
	reply_page(r, status, "leerpunt/systeemwijzigingen", "Resultaten van systeemleren", ctx);
}

void
h_systeemwijziging_lijst(struct request *r)
{
	lijst_render(r, 200, NULL);
}

/* A list typed as "3, 11" (ids) or "PMM-2025-0002 PMM-2025-0007" (referenties) into the arena. */
static size_t
woorden(struct request *r, const char *s, const char ***out)
{
	size_t n = 0, cap = 0;

	*out = NULL;
	while (s != NULL && *s != '\0') {
		size_t len;

		s += strspn(s, " ,;\t\r\n");
		if ((len = strcspn(s, " ,;\t\r\n")) == 0)
			break;
		if (n == cap) {
			const char **nieuw = arena_alloc(r->arena, (cap = cap ? 2 * cap : 8) * sizeof(*nieuw));

			if (n > 0)
				memcpy(nieuw, *out, n * sizeof(*nieuw));
			*out = nieuw;
		}
		(*out)[n++] = arena_strndup(r->arena, s, len);
		s += len;
	}
	return n;
}

static const char *
form_veld(const char *pad)
{
	static const char *const velden[] = { "omschrijving", "soort", "gerealiseerdOp", "door", "bron", "url",
		"leerpunten", "casussen" };
	static const char *const form[] = { "omschrijving", "soort", "gerealiseerd_op", "organisatie", "bron", "url",
		"leerpunten", "casussen" };

	for (size_t i = 0; i < sizeof(velden) / sizeof(velden[0]); i++)
		if (strncmp(pad, velden[i], strlen(velden[i])) == 0)
			return form[i];
	return "omschrijving";
}

/* Reads the form into in (as typed) and s; in->veld and in->fout name the first refused field (Dutch). */
static void
lezen(struct request *r, struct sw_invoer *in, struct systeemwijziging *s)
{
	struct organisatie_kort org;
	struct err e = { 0 };
	const char **w;
	size_t nw;
	int i;

	in->omschrijving = req_form(r, "omschrijving");
	in->soort = req_form(r, "soort");
	in->gerealiseerd_op = req_form(r, "gerealiseerd_op");
	in->organisatie = req_form(r, "organisatie");
	in->bron = req_form(r, "bron");
	in->url = req_form(r, "url");
	in->leerpunten = req_form(r, "leerpunten");
	in->casussen = req_form(r, "casussen");
	systeemwijziging_init(s);
	s->omschrijving = lp_leeg(in->omschrijving) ? NULL : in->omschrijving;
	s->bron = lp_leeg(in->bron) ? NULL : in->bron;
	s->url = lp_leeg(in->url) ? NULL : in->url;
	if (lp_leeg(in->soort) || (i = codelist_find(&codes_systeemwijziging_soort, in->soort)) < 0) {
		in->veld = "soort";
		in->fout = "Kies het soort systeemwijziging.";
	} else
		s->soort = (enum systeemwijziging_soort)i;
	if (in->fout == NULL && !lp_leeg(in->gerealiseerd_op) && !date_parse(in->gerealiseerd_op, &s->gerealiseerd_op)) {
		in->veld = "gerealiseerd_op";
		in->fout = "Vul de datum in als JJJJ-MM-DD, bijvoorbeeld 2025-07-01.";
	}
	if (in->fout == NULL && !lp_leeg(in->organisatie)) {
		int64_t id = 0;

		if (!req_parse_id(in->organisatie, &id) || store_organisatie_get(r->store, r->arena, id, &org, &e) != ERR_OK) {
			in->veld = "organisatie";
			in->fout = "Kies de organisatie uit de lijst.";
		} else {
			s->door.id = org.id;
			s->door.naam = org.naam;
			s->door.code = org.code;
			s->door.type = org.type >= 0 ? (enum organisatie_type)org.type : ORGTYPE_OVERIG;
		}
	}
	if (in->fout == NULL) {
		nw = woorden(r, in->leerpunten, &w);
		s->leerpunten = arena_alloc(r->arena, (nw + 1) * sizeof(*s->leerpunten));
		for (size_t k = 0; k < nw && in->fout == NULL; k++)
			if (!req_parse_id(w[k], &s->leerpunten[k])) {
				in->veld = "leerpunten";
				in->fout = arena_printf(r->arena, "'%.40s' is geen leerpuntnummer.", w[k]);
			}
		s->nleerpunten = nw;
		s->ncasussen = woorden(r, in->casussen, &s->casussen);
	}
	if (in->fout == NULL && systeemwijziging_validate(s, app_vandaag(r), &e) != ERR_OK) {
		in->veld = form_veld(e.field);
		in->fout = arena_strdup(r->arena, e.msg);
	}
}

void
h_systeemwijziging_nieuw(struct request *r)
{
	struct sw_invoer in = { .veld = "omschrijving" };
	struct systeemwijziging s;
	struct err e = { 0 };
	enum err_code rc;

	if (!perm_systeemwijziging_vastleggen(&r->actor)) {
		req_audit(r, "systeemwijziging.vastleggen", "systeemwijziging", NULL, AUDIT_GEWEIGERD);
		reply_problem(r, 403, "Geen toegang", "U mag geen systeemwijziging vastleggen.");
		return;
	}
	lezen(r, &in, &s);
	if (in.fout == NULL) {
		if (!app_begin(r))
			return;
		rc = store_systeemwijziging_insert(r->store, r->arena, &s, false, r->actor.gebruiker_id, r->now, &e);
		if (rc == ERR_OK) {
			if (app_commit(r, "systeemwijziging.vastleggen", "systeemwijziging", app_id_tekst(r, s.id),
			    NULL))
				reply_redirect(r, 303, "/systeemwijzigingen?melding=vastgelegd");
			return;
		}
		store_rollback(r->store);
		if (rc != ERR_VALIDATION) {
			lp_reply_err(r, rc, &e);
			return;
		}
		in.veld = form_veld(e.field);
		in.fout = arena_strdup(r->arena, e.msg);
	}
	req_audit(r, "systeemwijziging.vastleggen", "systeemwijziging", NULL, AUDIT_MISLUKT);
	lijst_render(r, 400, &in);
}

/* The stored change as the form shows it: ids and referenties joined, the date as JJJJ-MM-DD. */
static void
invoer_van(struct request *r, const struct systeemwijziging *s, struct sw_invoer *in)
{
	const char *lp = "", *cs = "";

	memset(in, 0, sizeof(*in));
	for (size_t i = 0; i < s->nleerpunten; i++)
		lp = arena_printf(r->arena, "%s%s%lld", lp, i ? ", " : "", (long long)s->leerpunten[i]);
	for (size_t i = 0; i < s->ncasussen; i++)
		cs = arena_printf(r->arena, "%s%s%s", cs, i ? ", " : "", s->casussen[i]);
	in->omschrijving = s->omschrijving;
	in->soort = codes_systeemwijziging_soort.codes[s->soort];
	in->gerealiseerd_op = s->gerealiseerd_op != DATE_NONE ? app_datum_iso(r, s->gerealiseerd_op) : NULL;
	in->organisatie = s->door.naam != NULL && s->door.id != 0 ? app_id_tekst(r, s->door.id) : NULL;
	in->bron = s->bron;
	in->url = s->url;
	in->leerpunten = lp;
	in->casussen = cs;
}

/* The page to change system change id with in (and its refused field); status 200 or 400. */
static void
bewerken_render(struct request *r, int status, int64_t id, const struct sw_invoer *in)
{
	struct organisatie_kort *orgs = NULL;
	size_t norgs = 0;
	struct err e = { 0 };
	enum err_code rc;
	json_t *ctx;

	if ((rc = store_organisaties(r->store, r->arena, &orgs, &norgs, &e)) != ERR_OK) {
		lp_reply_err(r, rc, &e);
		return;
	}
	ctx = json_object();
	json_object_set_new(ctx, "form", form_json(r, in, orgs, norgs, arena_printf(r->arena, "/systeemwijzigingen/%lld",
	    (long long)id), "Wijziging opslaan"));
	fout_ctx(r, ctx, in);
	reply_page(r, status, "leerpunt/systeemwijziging", "Systeemwijziging bewerken", ctx);
}

/* Audits a refusal and replies 404 (no such change) or 403 (not allowed to change one). */
static void
sw_weiger(struct request *r, const char *actie, int status)
{
	req_audit(r, actie, "systeemwijziging", req_param(r, 0), AUDIT_GEWEIGERD);
	if (status == 403)
		reply_problem(r, 403, "Geen toegang", "U mag geen systeemwijziging wijzigen.");
	else
		reply_problem(r, 404, "Niet gevonden", "Deze systeemwijziging bestaat niet.");
}

/* The id in path parameter 0, for a user who may change system changes; false after replying 404 or 403 (audited). */
static bool
bewerk_toegang(struct request *r, int64_t *id)
{
	if (!req_parse_id(req_param(r, 0), id)) {
		sw_weiger(r, "systeemwijziging.wijzigen", 404);
		return false;
	}
	if (!perm_systeemwijziging_vastleggen(&r->actor)) {
		sw_weiger(r, "systeemwijziging.wijzigen", 403);
		return false;
	}
	return true;
}

/* GET /systeemwijzigingen/{id}: the form with the stored values. 200; 403; 404. */
void
h_systeemwijziging_bewerken_form(struct request *r)
{
	struct systeemwijziging s;
	struct sw_invoer in;
	struct err e = { 0 };
	enum err_code rc;
	int64_t id;

	if (!bewerk_toegang(r, &id))
		return;
	if ((rc = store_systeemwijziging_get(r->store, r->arena, id, &s, &e)) != ERR_OK) {
		if (rc == ERR_NOT_FOUND)
			sw_weiger(r, "systeemwijziging.lezen", 404);
		else
			lp_reply_err(r, rc, &e);
		return;
	}
	if (!app_audit(r, "systeemwijziging.lezen", "systeemwijziging", req_param(r, 0)))
		return;
	invoer_van(r, &s, &in);
	bewerken_render(r, 200, id, &in);
}

/*
 * POST /systeemwijzigingen/{id}: changes a system change, its links replaced by those given (audited as
 * systeemwijziging.wijzigen). 303 to the list; 400 (the form again with a Dutch message, nothing changed); 403; 404.
 */
void
h_systeemwijziging_wijzig(struct request *r)
{
	struct sw_invoer in = { .veld = "omschrijving" };
	struct systeemwijziging s;
	struct err e = { 0 };
	enum err_code rc;
	int64_t id;

	if (!bewerk_toegang(r, &id))
		return;
	lezen(r, &in, &s);
	if (in.fout == NULL) {
		if (!app_begin(r))
			return;
		rc = store_systeemwijziging_update(r->store, r->arena, id, &s, &e);
		if (rc == ERR_OK) {
			if (app_commit(r, "systeemwijziging.wijzigen", "systeemwijziging", app_id_tekst(r, id), NULL))
				reply_redirect(r, 303, "/systeemwijzigingen?melding=gewijzigd");
			return;
		}
		store_rollback(r->store);
		if (rc == ERR_NOT_FOUND) {
			sw_weiger(r, "systeemwijziging.wijzigen", 404);
			return;
		}
		if (rc != ERR_VALIDATION) {
			lp_reply_err(r, rc, &e);
			return;
		}
		in.veld = form_veld(e.field);
		in.fout = arena_strdup(r->arena, e.msg);
	}
	req_audit(r, "systeemwijziging.wijzigen", "systeemwijziging", app_id_tekst(r, id), AUDIT_MISLUKT);
	bewerken_render(r, 400, id, &in);
}

void
h_api_systeemwijziging_lijst(struct request *r)
{
	struct systeemwijziging *s = NULL;
	size_t n = 0;
	struct err e = { 0 };
	enum err_code rc;
	json_t *a;

	if ((rc = store_systeemwijziging_list(r->store, r->arena, 0, &s, &n, &e)) != ERR_OK) {
		lp_reply_err(r, rc, &e);
		return;
	}
	if (!app_audit(r, "systeemwijziging.lijst", "systeemwijziging", NULL))
		return;
	a = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(a, interchange_write_systeemwijziging(&s[i]));
	reply_json(r, 200, json_pack("{s:o,s:I}", "systeemwijzigingen", a, "totaal", (json_int_t)n));
}

void
h_api_systeemwijziging_nieuw(struct request *r)
{
	struct systeemwijziging s;
	struct err e = { 0 };
	enum err_code rc;

	if (!perm_systeemwijziging_vastleggen(&r->actor)) {
		req_audit(r, "systeemwijziging.vastleggen", "systeemwijziging", NULL, AUDIT_GEWEIGERD);
		reply_problem(r, 403, "Geen toegang", "U mag geen systeemwijziging vastleggen.");
		return;
	}
	if (!json_is_object(r->json) || json_object_get(r->json, "id") != NULL) {
		req_audit(r, "systeemwijziging.vastleggen", "systeemwijziging", NULL, AUDIT_MISLUKT);
		api_problem(r, 400, "Ongeldige invoer", json_is_object(r->json) ? "Het id kiest doorbraak zelf." :
		    "De body moet een JSON-object zijn.", json_is_object(r->json) ? "id" : NULL);
		return;
	}
	if ((rc = interchange_parse_systeemwijziging(r->arena, r->json, "", &s, &e)) != ERR_OK ||
	    (rc = systeemwijziging_validate(&s, app_vandaag(r), &e)) != ERR_OK) {
		req_audit(r, "systeemwijziging.vastleggen", "systeemwijziging", NULL, AUDIT_MISLUKT);
		lp_reply_err(r, ERR_VALIDATION, &e);
		return;
	}
	if (!app_begin(r))
		return;
	if ((rc = store_systeemwijziging_insert(r->store, r->arena, &s, false, r->actor.gebruiker_id, r->now, &e)) !=
	    ERR_OK) {
		store_rollback(r->store);
		req_audit(r, "systeemwijziging.vastleggen", "systeemwijziging", NULL, AUDIT_MISLUKT);
		lp_reply_err(r, rc, &e);
		return;
	}
	if (!app_commit(r, "systeemwijziging.vastleggen", "systeemwijziging", app_id_tekst(r, s.id), NULL))
		return;
	if ((rc = store_systeemwijziging_get(r->store, r->arena, s.id, &s, &e)) != ERR_OK) {
		lp_reply_err(r, rc, &e);
		return;
	}
	reply_header(r, "Location", "/api/v1/systeemwijzigingen");
	reply_json(r, 201, interchange_write_systeemwijziging(&s));
}
