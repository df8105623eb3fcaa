/* common.c - what the register's pages, files and API share: ids, audit, items as shown, the search query, forms. */
#include <string.h>

#include "app/common/datum.h"
#include "app/register/register.h"
#include "core/casus.h"
#include "lib/buf.h"
#include "lib/date.h"
#include "store/search.h"

bool
rg_param_id(struct request *r, const char *actie, int64_t *out)
{
	if (req_parse_id(req_param(r, 0), out))
		return true;
	req_audit(r, actie, "register", req_param(r, 0), AUDIT_GEWEIGERD);
	reply_problem(r, 404, "Niet gevonden", "Deze vermelding staat niet in het Maatwerkregister.");
	return false;
}

bool
rg_audit(struct request *r, const char *actie, const char *object_id)
{
	return app_audit(r, actie, "register", object_id);
}

bool
rg_lees(struct request *r, const char *actie, int64_t id, struct register_item *it)
{
	struct err e = { 0 };
	const char *ids = arena_printf(r->arena, "%lld", (long long)id);

	if (store_register_lees(r->store, r->arena, id, it, &e) == ERR_OK)
		return true;
	req_audit(r, actie, "register", ids, e.code == ERR_NOT_FOUND ? AUDIT_GEWEIGERD : AUDIT_MISLUKT);
	reply_err(r, &e);
	return false;
}

int
rg_vandaag(struct request *r)
{
	return app_vandaag(r);
}

const char *
rg_labels(struct request *r, const struct codelist *l, uint64_t bits)
{
	struct buf b;
	const char *s;

	buf_init(&b, 0);
	for (int i = 0; i < l->n && i < 64; i++)
		if (bits & ((uint64_t)1 << i))
			buf_printf(&b, "%s%s", b.len ? ", " : "", l->labels[i]);
	s = arena_strdup(r->arena, buf_str(&b));
	buf_free(&b);
	return s;
}

static json_t *
labels_json(const struct codelist *l, uint64_t bits)
{
	json_t *a = json_array();

	for (int i = 0; i < l->n && i < 64; i++)
		if (bits & ((uint64_t)1 << i))
			json_array_append_new(a, json_pack("{s:s,s:s}", "code", l->codes[i], "label", l->labels[i]));
	return a;
}

json_t *
rg_item_json(struct request *r, const struct register_item *it)
{
	bool verouderd = register_verouderd(it->bevestigd_op, rg_vandaag(r));
	json_t *o = json_pack("{s:I,s:s,s:b,s:s,s:I,s:s,s:s?,s:s?,s:s?,s:s,s:s?,s:s?,s:s,s:o,s:o,s:b,s:I}",
	    "id", (json_int_t)it->id, "soort", codes_register_soort.codes[it->soort],
	    "is_organisatie", it->soort == REGSOORT_ORGANISATIE, "soort_label", codes_register_soort.labels[it->soort],
	    "organisatie_id", (json_int_t)it->organisatie_id, "organisatie", it->organisatie_naam,
	    "ouder", it->ouder_naam, "functie", it->functie, "mandaat", it->mandaat, "naam", it->naam,
	    "email", it->email, "telefoon", it->telefoon, "regio", codes_regio.labels[it->regio],
	    "leefgebieden", labels_json(&codes_leefgebied, it->leefgebieden),
	    "wetten", labels_json(&codes_wet_regeling, it->wetten), "verouderd", verouderd,
	    "profielen", (json_int_t)it->profielen);

	if (it->expertise != NULL)
		json_object_set_new(o, "expertise", json_string(it->expertise));
	json_object_set_new(o, "bevestigd_op", it->bevestigd_op != DATE_NONE ?
	    json_string(app_datum_tekst(r, it->bevestigd_op)) : json_null());
	json_object_set_new(o, "heeft_leefgebieden", json_boolean(it->leefgebieden != 0));
	json_object_set_new(o, "heeft_wetten", json_boolean(it->wetten != 0));
	return o;
}

/* A code of list l from the query, or -1 when absent or unknown. */
static int
code_uit(struct request *r, const char *naam, const struct codelist *l)
{
	const char *v = req_query(r, naam);

	return v != NULL && v[0] != '\0' ? codelist_find(l, v) : -1;
}

void
rg_zoek_van_query(struct request *r, struct register_zoek *z, int *pagina)
{
	const char *q = req_query(r, "q"), *p = req_query(r, "pagina");
	int64_t org = 0, pg = 1;

	memset(z, 0, sizeof(*z));
	z->zoek = store_search_param(r->store, r->arena, q);
	z->soort = code_uit(r, "soort", &codes_register_soort);
	z->leefgebied = code_uit(r, "leefgebied", &codes_leefgebied);
	z->wet = code_uit(r, "wet", &codes_wet_regeling);
	z->regio = code_uit(r, "regio", &codes_regio);
	z->orgtype = code_uit(r, "orgtype", &codes_organisatie_type);
	if (req_parse_id(req_query(r, "organisatie"), &org))
		z->organisatie_id = org;
	if (!req_parse_id(p, &pg) || pg > 100000)
		pg = 1;
	*pagina = (int)pg;
	z->limit = RG_PAGINA;
	z->offset = (int)(pg - 1) * RG_PAGINA;
}

void
rg_invoer_van_form(struct request *r, struct cw_fouten *f, enum register_soort soort, struct register_invoer *in)
{
	size_t n = 0;
	const char **v;
	uint64_t bits = 0;
	struct err e = { 0 };
	const char *regio = req_form(r, "regio");

	memset(in, 0, sizeof(*in));
	in->soort = soort;
	in->naam = app_form_tekst(r, "naam");
	in->functie = app_form_tekst(r, "functie");
	in->mandaat = app_form_tekst(r, "mandaat");
	in->email = app_form_tekst(r, "email");
	in->telefoon = app_form_tekst(r, "telefoon");
	in->expertise = app_form_tekst(r, "expertise");
	in->regio = regio != NULL ? codelist_find(&codes_regio, regio) : -1;
	v = req_form_all(r, "leefgebied", &n);
	if (register_tags(v, n, &codes_leefgebied, "leefgebieden", "leefgebied", &bits, &e) != ERR_OK)
		cw_fout(f, "reg-leefgebieden", arena_strdup(r->arena, e.msg));
	in->leefgebieden = (unsigned)bits;
	v = req_form_all(r, "wet", &n);
	bits = 0;
	if (register_tags(v, n, &codes_wet_regeling, "wetten", "wet of regeling", &bits, &e) != ERR_OK)
		cw_fout(f, "reg-wetten", arena_strdup(r->arena, e.msg));
	in->wetten = bits;
}

void
rg_fout_veld(struct request *r, struct cw_fouten *f, const struct err *e)
{
	cw_fout(f, arena_printf(r->arena, "reg-%s", e->field[0] != '\0' ? e->field : "naam"), arena_strdup(r->arena, e->msg));
}
