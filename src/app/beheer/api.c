/* api.c - /api/v1/organisaties: the directory for every signed-in user; creating and changing for PERM_NETWERK. */
#include <string.h>

#include "app/beheer/beheer.h"
#include "core/casus.h"
#include "app/beheer/handlers.h"
#include "core/aansluiting.h"
#include "core/perm.h"
#include "lib/escape.h"

#define API_PAGINA 50
#define API_PAGINA_MAX 500

static json_t *
org_json(struct request *r, const struct organisatie_rij *o, const struct aansluiting *h, size_t nh, bool detail)
{
	json_t *j = json_pack("{s:I,s:s,s:s,s:s}", "id", (json_int_t)o->id, "naam", o->naam, "type",
	    codes_organisatie_type.codes[o->type], "status", codes_organisatie_status.codes[o->status]);

	if (o->code != NULL)
		json_object_set_new(j, "code", json_string(o->code));
	if (o->parent_id != 0) {
		json_object_set_new(j, "bovenliggendeId", json_integer((json_int_t)o->parent_id));
		if (o->parent_naam != NULL)
			json_object_set_new(j, "bovenliggende", json_string(o->parent_naam));
	}
	if (o->email != NULL)
		json_object_set_new(j, "email", json_string(o->email));
	if (o->telefoon != NULL)
		json_object_set_new(j, "telefoon", json_string(o->telefoon));
	if (o->aangesloten_sinds != DATE_NONE)
		json_object_set_new(j, "aangeslotenSinds", json_string(app_datum_iso(r, o->aangesloten_sinds)));
	if (o->aangesloten_tot != DATE_NONE)
		json_object_set_new(j, "aangeslotenTot", json_string(app_datum_iso(r, o->aangesloten_tot)));
	if (detail) {
		json_t *hist = json_array();
		int nu = aansluiting_op(h, nh, app_vandaag(r));

		for (size_t i = 0; i < nh; i++) {
			json_t *x = json_pack("{s:s,s:s}", "status", codes_aansluiting.codes[h[i].status], "datum",
			    app_datum_iso(r, h[i].datum));
			if (h[i].bron != NULL)
				json_object_set_new(x, "bron", json_string(h[i].bron));
			json_array_append_new(hist, x);
		}
		json_object_set_new(j, "aansluiting", json_string(nu < 0 ? "niet_aangesloten" : codes_aansluiting.codes[nu]));
		json_object_set_new(j, "aansluitingen", hist);
		json_object_set_new(j, "onderdelen", json_integer(o->onderdelen));
	}
	json_object_set_new(j, "_links", json_pack("{s:{s:s}}", "self", "href",
	    arena_printf(r->arena, "/api/v1/organisaties/%lld", (long long)o->id)));
	return j;
}

static bool
geheel_getal(const char *s, long max, long *out)
{
	int64_t v;

	if (!req_parse_id(s, &v) || v > max)
		return false;
	*out = (long)v;
	return true;
}

void
h_api_organisatie_lijst(struct request *r)
{
	struct organisatie_filter f = { .type = -1, .status = -1, .limit = API_PAGINA };
	const char *type = req_query(r, "type"), *status = req_query(r, "status"), *ouder = req_query(r, "bovenliggendeId");
	const char *p = req_query(r, "pagina"), *g = req_query(r, "paginaGrootte");
	struct organisatie_rij *o = NULL;
	size_t n = 0, total = 0;
	long pagina = 1;
	struct err e = { 0 };
	json_t *items, *links;
	struct buf q;

	f.zoek = req_query(r, "zoek");
	if (type != NULL && (f.type = codelist_find(&codes_organisatie_type, type)) < 0) {
		api_problem(r, 400, "Ongeldige invoer", "Onbekend soort organisatie.", "type");
		return;
	}
	if (status != NULL && (f.status = codelist_find(&codes_organisatie_status, status)) < 0) {
		api_problem(r, 400, "Ongeldige invoer", "Onbekende status (bekend, voorstel of afgewezen).", "status");
		return;
	}
	/* proposals and rejected names are for those who keep the lists; everyone else sees the directory */
	if (f.status > ORGSTATUS_BEKEND && !perm_netwerk(&r->actor)) {
		api_problem(r, 403, "Geen toegang", "Alleen regievoerders en beheerders zien voorstellen.", "status");
		return;
	}
	if (ouder != NULL && !req_parse_id(ouder, &f.parent_id)) {
		api_problem(r, 400, "Ongeldige invoer", "bovenliggendeId is geen positief getal.", "bovenliggendeId");
		return;
	}
	if ((p != NULL && !geheel_getal(p, 100000, &pagina)) || (g != NULL && !geheel_getal(g, API_PAGINA_MAX, &f.limit))) {
		api_problem(r, 400, "Ongeldige invoer", "pagina en paginaGrootte zijn positieve getallen (paginaGrootte hoogstens 500).",
		    p != NULL && !geheel_getal(p, 100000, &pagina) ? "pagina" : "paginaGrootte");
		return;
	}
	f.offset = (pagina - 1) * f.limit;
	if (store_organisatie_lijst(r->store, r->arena, &f, &o, &n, &total, &e) != ERR_OK) {
		reply_err(r, &e);
		return;
	}
	items = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(items, org_json(r, &o[i], NULL, 0, false));
	buf_init(&q, 4096);
	buf_puts(&q, "/api/v1/organisaties?");
	if (f.zoek != NULL) {
		buf_puts(&q, "zoek=");
		escape_url(&q, f.zoek);
		buf_putc(&q, '&');
	}
	if (f.type >= 0)
		buf_printf(&q, "type=%s&", codes_organisatie_type.codes[f.type]);
	if (f.status >= 0)
		buf_printf(&q, "status=%s&", codes_organisatie_status.codes[f.status]);
	if (f.parent_id != 0)
		buf_printf(&q, "bovenliggendeId=%lld&", (long long)f.parent_id);
	buf_printf(&q, "paginaGrootte=%ld&pagina=", f.limit);
	links = json_pack("{s:{s:s}}", "self", "href", arena_printf(r->arena, "%s%ld", buf_str(&q), pagina));
	if ((size_t)(pagina * f.limit) < total)
		json_object_set_new(links, "next", json_pack("{s:s}", "href", arena_printf(r->arena, "%s%ld", buf_str(&q), pagina + 1)));
	if (pagina > 1)
		json_object_set_new(links, "prev", json_pack("{s:s}", "href", arena_printf(r->arena, "%s%ld", buf_str(&q), pagina - 1)));
	buf_free(&q);
	reply_json(r, 200, json_pack("{s:o,s:I,s:i,s:i,s:o}", "organisaties", items, "totaal", (json_int_t)total, "pagina",
	    (int)pagina, "paginaGrootte", (int)f.limit, "_links", links));
}

/* The organisation in path parameter 0 with its history; false after replying 404. Others see only known ones. */
static bool
openen(struct request *r, struct organisatie_rij *o, struct aansluiting **h, size_t *nh)
{
	struct err e = { 0 };
	int64_t id;

	if (!req_parse_id(req_param(r, 0), &id) || store_organisatie_lees(r->store, r->arena, id, o, &e) != ERR_OK ||
	    (o->status != ORGSTATUS_BEKEND && !perm_netwerk(&r->actor))) {
		api_problem(r, 404, "Niet gevonden", "Deze organisatie bestaat niet.", NULL);
		return false;
	}
	if (store_aansluiting_lijst(r->store, r->arena, id, h, nh, &e) != ERR_OK) {
		reply_err(r, &e);
		return false;
	}
	return true;
}

void
h_api_organisatie_get(struct request *r)
{
	struct organisatie_rij o;
	struct aansluiting *h = NULL;
	size_t nh = 0;

	if (openen(r, &o, &h, &nh))
		reply_json(r, 200, org_json(r, &o, h, nh, true));
}

/* Members of the body into in; a member of the wrong JSON type is refused with its name. */
static bool
lees_body(struct request *r, struct organisatie_invoer *in, bool patch, struct err *e)
{
	static const char *const tekst[] = { "naam", "type", "code", "email", "telefoon" };
	json_t *j = r->json, *v;
	const char *k;

	if (!json_is_object(j)) {
		err_set(e, ERR_VALIDATION, "", "Stuur een JSON-object.");
		return false;
	}
	json_object_foreach(j, k, v) {
		bool bekend = strcmp(k, "bovenliggendeId") == 0;

		for (size_t i = 0; i < sizeof(tekst) / sizeof(tekst[0]); i++)
			if (strcmp(k, tekst[i]) == 0) {
				bekend = true;
				if (!json_is_string(v) && !(json_is_null(v) && i >= 2)) {
					err_set(e, ERR_VALIDATION, k, "%s is een tekst.", k);
					return false;
				}
			}
		if (!bekend) {
			err_set(e, ERR_VALIDATION, k, "Onbekend veld %s.", k);
			return false;
		}
	}
	if ((v = json_object_get(j, "naam")) != NULL)
		in->naam = json_string_value(v);
	if ((v = json_object_get(j, "type")) != NULL)
		in->type = codelist_find(&codes_organisatie_type, json_string_value(v));
	if ((v = json_object_get(j, "code")) != NULL)
		in->code = json_string_value(v);
	if ((v = json_object_get(j, "email")) != NULL)
		in->email = json_string_value(v);
	if ((v = json_object_get(j, "telefoon")) != NULL)
		in->telefoon = json_string_value(v);
	if ((v = json_object_get(j, "bovenliggendeId")) != NULL) {
		if (json_is_null(v))
			in->parent_id = 0;
		else if (!json_is_integer(v) || json_integer_value(v) <= 0) {
			err_set(e, ERR_VALIDATION, "bovenliggendeId", "bovenliggendeId is het id van een organisatie, of null.");
			return false;
		} else
			in->parent_id = (int64_t)json_integer_value(v);
	}
	if (!patch && json_object_get(j, "naam") == NULL) {
		err_set(e, ERR_VALIDATION, "naam", "Vul de naam van de organisatie in.");
		return false;
	}
	if (in->parent_id != 0) {
		struct organisatie_rij p;
		if (store_organisatie_lees(r->store, r->arena, in->parent_id, &p, NULL) != ERR_OK || p.status != ORGSTATUS_BEKEND) {
			err_set(e, ERR_VALIDATION, "bovenliggendeId", "De bovenliggende organisatie bestaat niet.");
			return false;
		}
	}
	return true;
}

static void
opslaan(struct request *r, int64_t id, struct organisatie_invoer *in, bool patch)
{
	const char *actie = id == 0 ? "organisatie.aanmaken" : "organisatie.wijzigen";
	struct organisatie_rij o;
	struct aansluiting *h = NULL;
	size_t nh = 0;
	struct err e = { 0 };
	enum err_code rc = ERR_VALIDATION;

	if (!lees_body(r, in, patch, &e) || (rc = bh_organisatie_check(r, id, in, &e)) != ERR_OK) {
		bh_fout(r, actie, "organisatie", id ? app_id_tekst(r, id) : NULL, rc, &e);
		return;
	}
	if (!app_begin(r))
		return;
	rc = id == 0 ? store_organisatie_nieuw(r->store, in, &id, &e) : store_organisatie_wijzig(r->store, id, in, &e);
	if (rc != ERR_OK) {
		bh_fout(r, actie, "organisatie", id ? app_id_tekst(r, id) : NULL, rc, &e);
		return;
	}
	if (!app_commit(r, actie, "organisatie", app_id_tekst(r, id), NULL))
		return;
	if (store_organisatie_lees(r->store, r->arena, id, &o, &e) != ERR_OK ||
	    store_aansluiting_lijst(r->store, r->arena, id, &h, &nh, &e) != ERR_OK) {
		reply_err(r, &e);
		return;
	}
	if (!patch)
		reply_header(r, "Location", arena_printf(r->arena, "/api/v1/organisaties/%lld", (long long)id));
	reply_json(r, patch ? 200 : 201, org_json(r, &o, h, nh, true));
}

void
h_api_organisatie_nieuw(struct request *r)
{
	struct organisatie_invoer in = { .type = -1 };

	opslaan(r, 0, &in, false);
}

void
h_api_organisatie_patch(struct request *r)
{
	struct organisatie_rij o;
	struct aansluiting *h = NULL;
	size_t nh = 0;
	struct organisatie_invoer in;

	if (!openen(r, &o, &h, &nh))
		return;
	in = (struct organisatie_invoer){ o.naam, o.type, o.code, o.parent_id, o.email, o.telefoon };
	opslaan(r, o.id, &in, true);
}
