/* api.c - GET /api/v1/auditlog: the audit log's rows for the privacy officer, filtered and in pages. */
#include <jansson.h>
#include <string.h>

#include "app/auditlog/filter.h"
#include "app/auditlog/handlers.h"
#include "app/common/problem.h"
#include "lib/buf.h"

static json_t *
str(const char *s)
{
	return s != NULL ? json_string(s) : json_null();
}

static json_t *
link(struct request *r, const struct auditlog_vraag *v, int pagina)
{
	return json_pack("{s:s}", "href", arena_printf(r->arena, "/api/v1/auditlog?%s%spagina=%d&paginaGrootte=%d",
	    v->query, v->query[0] != '\0' ? "&" : "", pagina, v->f.per_pagina));
}

void
h_api_auditlog(struct request *r)
{
	struct auditlog_vraag v;
	const char *param, *waarom;
	struct audit_rij *rijen;
	size_t n;
	int64_t totaal = 0;
	struct err e = { 0 };
	json_t *lijst, *links;

	if (!auditlog_vraag_lees(r, true, &v, &param, &waarom)) {
		api_problem(r, 400, "Ongeldige parameter", waarom, param);
		return;
	}
	if (!auditlog_vastleggen(r, "auditlog.lezen", auditlog_vraag_tekst(r, &v), v.casus))
		return;
	if (store_audit_zoek(r->store, r->arena, &v.f, &rijen, &n, &totaal, &e) != ERR_OK) {
		api_problem(r, 503, "Tijdelijk niet beschikbaar", "Het auditlog kan nu niet worden gelezen.", NULL);
		return;
	}
	lijst = json_array();
	for (size_t i = 0; i < n; i++) {
		const struct audit_rij *x = &rijen[i];
		json_t *o = json_object();

		json_object_set_new(o, "nummer", json_integer(x->id));
		json_object_set_new(o, "tijd", str(x->tijd));
		json_object_set_new(o, "gebruiker", x->gebruiker_id ? json_pack("{s:I,s:o,s:o}", "id",
		    (json_int_t)x->gebruiker_id, "naam", str(x->naam), "email", str(x->email)) : json_null());
		json_object_set_new(o, "rol", str(x->rol));
		json_object_set_new(o, "namens", str(x->namens));
		json_object_set_new(o, "actie", str(x->actie));
		json_object_set_new(o, "objectType", str(x->object_type));
		json_object_set_new(o, "objectId", str(x->object_id));
		json_object_set_new(o, "casus", str(x->casus));
		json_object_set_new(o, "doel", str(x->doel));
		json_object_set_new(o, "uitkomst", str(x->uitkomst));
		json_object_set_new(o, "adres", str(x->adres));
		json_array_append_new(lijst, o);
	}
	links = json_object();
	json_object_set_new(links, "self", link(r, &v, v.f.pagina));
	if ((int64_t)v.f.pagina * v.f.per_pagina < totaal)
		json_object_set_new(links, "next", link(r, &v, v.f.pagina + 1));
	if (v.f.pagina > 1)
		json_object_set_new(links, "prev", link(r, &v, v.f.pagina - 1));
	reply_json(r, 200, json_pack("{s:o,s:I,s:i,s:i,s:o}", "regels", lijst, "totaal", (json_int_t)totaal, "pagina",
	    v.f.pagina, "paginaGrootte", v.f.per_pagina, "_links", links));
}
