/* api.c - the Maatwerkregister in the API: /api/v1/professionals and /api/v1/registervermeldingen (search, one). */
#include <string.h>

#include "app/common/datum.h"
#include "app/common/problem.h"
#include "app/register/handlers.h"
#include "app/register/register.h"
#include "core/casus.h"
#include "lib/buf.h"
#include "lib/escape.h"
#include "store/search.h"

#define API_PAGINA      25
#define API_PAGINA_MAX  500

static json_t *
codes_json(const struct codelist *l, uint64_t bits)
{
	json_t *a = json_array();

	for (int i = 0; i < l->n && i < 64; i++)
		if (bits & ((uint64_t)1 << i))
			json_array_append_new(a, json_string(l->codes[i]));
	return a;
}

static const char *
pad(enum register_soort s)
{
	return s == REGSOORT_ORGANISATIE ? "/api/v1/registervermeldingen" : "/api/v1/professionals";
}

static json_t *
item_json(struct request *r, const struct register_item *it)
{
	json_t *o = json_pack("{s:I,s:s,s:s,s:{s:I,s:s},s:s,s:s,s:o,s:o,s:b}",
	    "id", (json_int_t)it->id, "soort", codes_register_soort.codes[it->soort], "naam", it->naam,
	    "organisatie", "id", (json_int_t)it->organisatie_id, "naam", it->organisatie_naam,
	    "email", it->email, "regio", codes_regio.codes[it->regio],
	    "leefgebieden", codes_json(&codes_leefgebied, it->leefgebieden),
	    "wetten", codes_json(&codes_wet_regeling, it->wetten),
	    "mogelijkVerouderd", register_verouderd(it->bevestigd_op, app_vandaag(r)));

	if (it->functie != NULL)
		json_object_set_new(o, "functie", json_string(it->functie));
	if (it->mandaat != NULL)
		json_object_set_new(o, "mandaat", json_string(it->mandaat));
	if (it->telefoon != NULL)
		json_object_set_new(o, "telefoon", json_string(it->telefoon));
	if (it->expertise != NULL)
		json_object_set_new(o, "expertise", json_string(it->expertise));
	if (it->bevestigd_op != DATE_NONE)
		json_object_set_new(o, "bevestigdOp", json_string(app_datum_iso(r, it->bevestigd_op)));
	if (it->vermelding_id != 0)
		json_object_set_new(o, "registervermeldingId", json_integer((json_int_t)it->vermelding_id));
	json_object_set_new(o, "_links", json_pack("{s:{s:s}}", "self", "href", arena_printf(r->arena, "%s/%lld",
	    pad(it->soort), (long long)it->id)));
	return o;
}

static bool
getal(const char *s, long max, long *out)
{
	long v = 0;

	if (s == NULL || s[0] == '\0' || strlen(s) > 9)
		return false;
	for (const char *p = s; *p; p++) {
		if (*p < '0' || *p > '9')
			return false;
		v = v * 10 + (*p - '0');
	}
	if (v < 1 || v > max)
		return false;
	*out = v;
	return true;
}

/* A code parameter of list l into *out (-1 when absent); false after a 400 naming it. */
static bool
code_param(struct request *r, const char *naam, const struct codelist *l, int *out, const char *wat)
{
	const char *v = req_query(r, naam);

	*out = -1;
	if (v == NULL)
		return true;
	if ((*out = codelist_find(l, v)) >= 0)
		return true;
	api_problem(r, 400, "Ongeldige invoer", arena_printf(r->arena, "Onbekende %s: '%.60s'.", wat, v), naam);
	return false;
}

static json_t *
telling(const struct codelist *l, const int64_t *counts)
{
	json_t *o = json_object();

	for (int i = 0; i < l->n; i++)
		if (counts[i] > 0)
			json_object_set_new(o, l->codes[i], json_integer((json_int_t)counts[i]));
	return o;
}

static void
lijst(struct request *r, enum register_soort soort, const char *sleutel)
{
	struct register_zoek z = { .soort = (int)soort, .orgtype = -1 };
	struct register_resultaat res;
	const char *zoek = req_query(r, "zoek"), *org = req_query(r, "organisatieId");
	const char *p = req_query(r, "pagina"), *g = req_query(r, "paginaGrootte");
	long pagina = 1, grootte = API_PAGINA, orgid = 0;
	struct err e = { 0 };
	json_t *items, *links;
	struct buf q;

	if (!code_param(r, "leefgebied", &codes_leefgebied, &z.leefgebied, "leefgebied") ||
	    !code_param(r, "wet", &codes_wet_regeling, &z.wet, "wet of regeling") ||
	    !code_param(r, "regio", &codes_regio, &z.regio, "regio"))
		return;
	if (org != NULL && !getal(org, 999999999, &orgid)) {
		api_problem(r, 400, "Ongeldige invoer", "organisatieId is geen positief getal.", "organisatieId");
		return;
	}
	if ((p != NULL && !getal(p, 100000, &pagina)) || (g != NULL && !getal(g, API_PAGINA_MAX, &grootte))) {
		api_problem(r, 400, "Ongeldige invoer", "pagina en paginaGrootte zijn positieve getallen (paginaGrootte "
		    "hoogstens 500).", p != NULL && !getal(p, 100000, &pagina) ? "pagina" : "paginaGrootte");
		return;
	}
	z.zoek = store_search_param(r->store, r->arena, zoek);
	z.organisatie_id = orgid;
	z.limit = (int)grootte;
	z.offset = (int)((pagina - 1) * grootte);
	if (store_register_zoek(r->store, r->arena, &z, &res, &e) != ERR_OK) {
		req_audit(r, "register.zoeken", "register", NULL, AUDIT_MISLUKT);
		reply_err(r, &e);
		return;
	}
	if (!rg_audit(r, "register.zoeken", NULL))
		return;
	items = json_array();
	for (size_t i = 0; i < res.n; i++)
		json_array_append_new(items, item_json(r, &res.items[i]));
	buf_init(&q, 4096);
	buf_printf(&q, "%s?", pad(soort));
	if (zoek != NULL) {
		buf_puts(&q, "zoek=");
		escape_url(&q, zoek);
		buf_putc(&q, '&');
	}
	if (orgid != 0)
		buf_printf(&q, "organisatieId=%ld&", orgid);
	if (z.leefgebied >= 0)
		buf_printf(&q, "leefgebied=%s&", codes_leefgebied.codes[z.leefgebied]);
	if (z.wet >= 0)
		buf_printf(&q, "wet=%s&", codes_wet_regeling.codes[z.wet]);
	if (z.regio >= 0)
		buf_printf(&q, "regio=%s&", codes_regio.codes[z.regio]);
	buf_printf(&q, "paginaGrootte=%ld&pagina=", grootte);
	links = json_pack("{s:{s:s}}", "self", "href", arena_printf(r->arena, "%s%ld", buf_str(&q), pagina));
	if (pagina * grootte < res.totaal)
		json_object_set_new(links, "next", json_pack("{s:s}", "href", arena_printf(r->arena, "%s%ld", buf_str(&q),
		    pagina + 1)));
	if (pagina > 1)
		json_object_set_new(links, "prev", json_pack("{s:s}", "href", arena_printf(r->arena, "%s%ld", buf_str(&q),
		    pagina - 1)));
	buf_free(&q);
	reply_json(r, 200, json_pack("{s:o,s:I,s:i,s:i,s:{s:o,s:o,s:o},s:o}", sleutel, items, "totaal",
	    (json_int_t)res.totaal, "pagina", (int)pagina, "paginaGrootte", (int)grootte, "facetten",
	    "leefgebieden", telling(&codes_leefgebied, res.per_leefgebied),
	    "wetten", telling(&codes_wet_regeling, res.per_wet), "regios", telling(&codes_regio, res.per_regio),
	    "_links", links));
}

static void
een(struct request *r, enum register_soort soort)
{
	struct register_item it;
	long id = 0;
	struct err e = { 0 };

	if (!getal(req_param(r, 0), 999999999, &id) || store_register_lees(r->store, r->arena, id, &it, &e) != ERR_OK ||
	    it.soort != soort) {
		req_audit(r, "register.bekijken", "register", req_param(r, 0), AUDIT_GEWEIGERD);
		api_problem(r, 404, "Niet gevonden", soort == REGSOORT_ORGANISATIE ?
		    "Deze vermelding staat niet in het Maatwerkregister." :
		    "Deze professional staat niet in het Maatwerkregister.", NULL);
		return;
	}
	if (!rg_audit(r, "register.bekijken", req_param(r, 0)))
		return;
	reply_json(r, 200, item_json(r, &it));
}

/* GET /api/v1/professionals: 200, 400 (an unknown code or a bad number, named), 401, 403, 503. */
void
h_api_professional_lijst(struct request *r)
{
	lijst(r, REGSOORT_PROFESSIONAL, "professionals");
}

/* GET /api/v1/professionals/{id}: 200, 401, 403, 404. */
void
h_api_professional_get(struct request *r)
{
	een(r, REGSOORT_PROFESSIONAL);
}

/* GET /api/v1/registervermeldingen: 200, 400, 401, 403, 503. */
void
h_api_vermelding_lijst(struct request *r)
{
	lijst(r, REGSOORT_ORGANISATIE, "registervermeldingen");
}

/* GET /api/v1/registervermeldingen/{id}: 200, 401, 403, 404. */
void
h_api_vermelding_get(struct request *r)
{
	een(r, REGSOORT_ORGANISATIE);
}
