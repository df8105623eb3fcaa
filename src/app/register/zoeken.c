/* zoeken.c - the Maatwerkregister's search page: a search box, facets with counts, ranked results, pages. */
#include <string.h>

#include "app/register/handlers.h"
#include "app/register/register.h"
#include "lib/buf.h"
#include "lib/escape.h"

/* The query parameters that make a search, in the order links are written. */
static const char *const params[] = { "q", "soort", "leefgebied", "wet", "regio", "orgtype", "organisatie" };
#define NPARAMS (sizeof(params) / sizeof(params[0]))

/*
 * The current search as a query string with param naam set to waarde (NULL: left out), without the page. Only
 * values that mean something are kept, so a link never carries what the search ignored.
 */
static const char *
query_met(struct request *r, const char *naam, const char *waarde)
{
	struct buf b;
	const char *s;

	buf_init(&b, 0);
	for (size_t i = 0; i < NPARAMS; i++) {
		const char *v = strcmp(params[i], naam) == 0 ? waarde : req_query(r, params[i]);

		if (v == NULL || v[0] == '\0')
			continue;
		buf_printf(&b, "%s%s=", b.len ? "&" : "", params[i]);
		escape_url(&b, v);
	}
	s = arena_strdup(r->arena, buf_str(&b));
	buf_free(&b);
	return s;
}

static const char *
link(struct request *r, const char *query)
{
	return query[0] != '\0' ? arena_printf(r->arena, "/register?%s", query) : "/register";
}

/* One facet: the options with a count (or chosen), each a link that sets or clears it. */
static json_t *
facet(struct request *r, const char *naam, const char *titel, const struct codelist *l, const int64_t *counts,
    int gekozen)
{
	json_t *opties = json_array();

	for (int i = 0; i < l->n; i++) {
		if (counts[i] == 0 && i != gekozen)
			continue;
		json_array_append_new(opties, json_pack("{s:s,s:I,s:s,s:b}", "label", l->labels[i], "aantal",
		    (json_int_t)counts[i], "href", link(r, query_met(r, naam, i == gekozen ? NULL : l->codes[i])),
		    "gekozen", i == gekozen));
	}
	return json_pack("{s:s,s:s,s:o,s:b}", "naam", naam, "titel", titel, "opties", opties,
	    "heeft_opties", json_array_size(opties) > 0);
}

/* The organisation facet: the organisations with most hits, each a link that chooses it (and its parts). */
static json_t *
facet_organisatie(struct request *r, const struct register_resultaat *res, int64_t gekozen)
{
	json_t *opties = json_array();

	for (size_t i = 0; i < res->norganisaties; i++) {
		const struct register_facet_org *o = &res->per_organisatie[i];
		bool is = o->id == gekozen;

		json_array_append_new(opties, json_pack("{s:s,s:I,s:s,s:b}", "label", o->naam ? o->naam : "", "aantal",
		    (json_int_t)o->aantal, "href", link(r, query_met(r, "organisatie", is ? NULL :
		    arena_printf(r->arena, "%lld", (long long)o->id))), "gekozen", is));
	}
	return json_pack("{s:s,s:s,s:o,s:b}", "naam", "organisatie", "titel", "Organisatie", "opties", opties,
	    "heeft_opties", json_array_size(opties) > 0);
}

static json_t *
hidden(struct request *r)
{
	json_t *a = json_array();

	for (size_t i = 1; i < NPARAMS; i++) {   /* not q: that is the box itself */
		const char *v = req_query(r, params[i]);

		if (v != NULL && v[0] != '\0')
			json_array_append_new(a, json_pack("{s:s,s:s}", "naam", params[i], "waarde", v));
	}
	return a;
}

/* GET /register: 200; 503 when the audit log cannot be written. Every search is audited. */
void
h_register(struct request *r)
{
	struct register_zoek z;
	struct register_resultaat res;
	struct err e = { 0 };
	json_t *ctx, *items, *facetten;
	const char *q = req_query(r, "q");
	int pagina;

	rg_zoek_van_query(r, &z, &pagina);
	if (store_register_zoek(r->store, r->arena, &z, &res, &e) != ERR_OK) {
		req_audit(r, "register.zoeken", "register", NULL, AUDIT_MISLUKT);
		reply_err(r, &e);
		return;
	}
	if (!rg_audit(r, "register.zoeken", NULL))
		return;
	ctx = json_object();
	items = json_array();
	for (size_t i = 0; i < res.n; i++)
		json_array_append_new(items, rg_item_json(r, &res.items[i]));
	facetten = json_array();
	json_array_append_new(facetten, facet(r, "soort", "Soort vermelding", &codes_register_soort, res.per_soort,
	    z.soort));
	json_array_append_new(facetten, facet(r, "leefgebied", "Kan helpen bij", &codes_leefgebied, res.per_leefgebied,
	    z.leefgebied));
	json_array_append_new(facetten, facet(r, "wet", "Wet of regeling", &codes_wet_regeling, res.per_wet, z.wet));
	json_array_append_new(facetten, facet(r, "regio", "Regio", &codes_regio, res.per_regio, z.regio));
	json_array_append_new(facetten, facet(r, "orgtype", "Soort organisatie", &codes_organisatie_type,
	    res.per_orgtype, z.orgtype));
	json_array_append_new(facetten, facet_organisatie(r, &res, z.organisatie_id));
	json_object_set_new(ctx, "items", items);
	json_object_set_new(ctx, "facetten", facetten);
	json_object_set_new(ctx, "verborgen", hidden(r));
	json_object_set_new(ctx, "q", json_string(q != NULL ? q : ""));
	json_object_set_new(ctx, "totaal", json_integer((json_int_t)res.totaal));
	json_object_set_new(ctx, "een", json_boolean(res.totaal == 1));
	json_object_set_new(ctx, "heeft_items", json_boolean(res.n > 0));
	json_object_set_new(ctx, "gefilterd", json_boolean(query_met(r, "", NULL)[0] != '\0'));
	json_object_set_new(ctx, "export_query", json_string(query_met(r, "", NULL)));
	json_object_set_new(ctx, "mag_importeren", json_boolean(actor_has(&r->actor, ROL_BEHEERDER)));
	cw_paginering(r, ctx, "/register", query_met(r, "", NULL), pagina, (size_t)res.totaal);
	reply_page(r, 200, "register/zoeken", "Maatwerkregister", ctx);
}
