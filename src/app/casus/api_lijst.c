/* api_lijst.c - the lists of the casus API: GET /api/v1/casussen (filters, paging) and GET /api/v1/follow-ups. */
#include <string.h>

#include "app/casus/api.h"
#include "app/casus/filter.h"
#include "app/common/inzage.h"
#include "app/casus/handlers.h"
#include "core/codes.h"
#include "lib/escape.h"
#include "store/casus/casus.h"

#define PAGINA_GROOTTE_MAX 100   /* paginaGrootte at most */

static json_t *
jcode(const struct codelist *l, int i)
{
	return i >= 0 && i < l->n ? json_string(l->codes[i]) : json_null();
}

static json_t *
jbits(const struct codelist *l, unsigned bits)
{
	json_t *a = json_array();

	for (int i = 0; i < l->n; i++)
		if (bits & (1u << i))
			json_array_append_new(a, json_string(l->codes[i]));
	return a;
}

/* One row of a list (CasusSamenvatting in docs/openapi.yaml): a fixed shape, null where unknown. */
static json_t *
samenvatting(struct request *r, const struct casus_rij *row)
{
	json_t *o = json_object(), *indiener = json_null(), *regie = json_null();

	if (row->indiener_naam != NULL)
		indiener = json_pack("{s:o,s:o}", "naam", api_str(row->indiener_naam), "organisatie",
		    api_str(row->indiener_organisatie));
	if (row->regievoerder_naam != NULL)
		regie = json_pack("{s:I,s:o}", "id", (json_int_t)row->regievoerder_id, "naam",
		    api_str(row->regievoerder_naam));
	json_object_set_new(o, "referentie", api_str(row->referentie));
	json_object_set_new(o, "status", jcode(&codes_casus_status, (int)row->status));
	json_object_set_new(o, "ontvangenOp", api_date(row->ontvangen_op));
	json_object_set_new(o, "afgerondOp", api_date(row->afgerond_op));
	json_object_set_new(o, "hulpvraag", api_str(row->hulpvraag));
	json_object_set_new(o, "indienerType", jcode(&codes_indiener_type, row->indiener_type));
	json_object_set_new(o, "indiener", indiener);
	json_object_set_new(o, "regievoerder", regie);
	json_object_set_new(o, "leefgebieden", jbits(&codes_leefgebied, row->leefgebieden));
	json_object_set_new(o, "beleidsterreinen", jbits(&codes_beleidsterrein, row->beleidsterreinen));
	json_object_set_new(o, "urgentie", jcode(&codes_urgentie, (int)row->urgentie));
	json_object_set_new(o, "followUpOp", api_date(row->followup_op));
	json_object_set_new(o, "followUpAntwoord", jcode(&codes_followup, row->followup_antwoord));
	if (row->referentie != NULL)
		json_object_set_new(o, "_links",
		    json_pack("{s:o}", "self", api_link(api_casus_href(r, row->referentie))));
	return o;
}

/* ---- GET /api/v1/casussen ------------------------------------------------------------ */

static bool
bad_param(struct request *r, const char *name, const char *detail)
{
	api_problem(r, 400, "Ongeldige parameter", detail, name);
	return false;
}

/* Reads the query into f (app/casus/filter.c), *pagina and *grootte; false after replying 400 naming the parameter. */
static bool
lees_filter(struct request *r, struct casus_filter *f, long *pagina, long *grootte)
{
	struct casus_filter_fout fout;
	const char *v;

	for (size_t i = 0; i < r->nquery; i++) {
		const char *k = r->query[i].key;

		if (!casus_filter_param(FILTER_API, k) && strcmp(k, "pagina") != 0 && strcmp(k, "paginaGrootte") != 0)
			return bad_param(r, k, arena_printf(r->arena, "Onbekende parameter '%.40s'.", k));
		for (size_t j = 0; j < i; j++)
			if (strcmp(r->query[j].key, k) == 0)
				return bad_param(r, k,
				    "Deze parameter komt twee keer voor; geef meerdere waarden als een lijst met komma's.");
	}
	if (!casus_filter_lees(r, FILTER_API, f, &fout))
		return bad_param(r, fout.param, fout.tekst);
	if ((v = req_query(r, "pagina")) != NULL && !casus_filter_getal(v, 1, CASUS_PAGINA_MAX, pagina))
		return bad_param(r, "pagina", arena_printf(r->arena, "De pagina is een getal van 1 tot en met %d.",
		    CASUS_PAGINA_MAX));
	if ((v = req_query(r, "paginaGrootte")) != NULL && !casus_filter_getal(v, 1, PAGINA_GROOTTE_MAX, grootte))
		return bad_param(r, "paginaGrootte",
		    arena_printf(r->arena, "De paginagrootte is een getal van 1 tot en met %d.", PAGINA_GROOTTE_MAX));
	return true;
}

/* The list's own address with another page: the request's parameters in their order, then the paging. */
static const char *
pagina_href(struct request *r, long pagina, long grootte)
{
	struct buf b;
	const char *out;

	buf_init(&b, 8192);
	buf_puts(&b, API_CASUSSEN "?");
	for (size_t i = 0; i < r->nquery; i++) {
		if (strcmp(r->query[i].key, "pagina") == 0 || strcmp(r->query[i].key, "paginaGrootte") == 0)
			continue;
		buf_puts(&b, r->query[i].key);
		buf_putc(&b, '=');
		escape_url(&b, r->query[i].value);
		buf_putc(&b, '&');
	}
	buf_printf(&b, "pagina=%ld&paginaGrootte=%ld", pagina, grootte);
	out = arena_strdup(r->arena, buf_str(&b));
	buf_free(&b);
	return out;
}

/* GET /api/v1/casussen: 200; 400 naming the parameter; 503 when the audit row cannot be written. */
void
h_api_casus_lijst(struct request *r)
{
	struct casus_filter f;
	struct casus_rij *rows = NULL;
	struct err e = { 0 };
	size_t n = 0, totaal = 0;
	long pagina = 1, grootte = CASUS_PAGINA;
	enum err_code rc;
	json_t *lijst, *links;

	casus_filter_begin(r, &f);
	if (!lees_filter(r, &f, &pagina, &grootte))
		return;
	f.offset = (int)((pagina - 1) * grootte);
	f.limit = (int)grootte;
	if (!api_audit(r, "casus.lijst", NULL))
		return;
	if ((rc = store_casus_list(r->store, r->arena, &f, &rows, &n, &totaal, &e)) != ERR_OK) {
		api_err(r, rc, &e);
		return;
	}
	lijst = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(lijst, samenvatting(r, &rows[i]));
	links = json_object();
	json_object_set_new(links, "self", api_link(pagina_href(r, pagina, grootte)));
	if ((size_t)(pagina * grootte) < totaal)
		json_object_set_new(links, "next", api_link(pagina_href(r, pagina + 1, grootte)));
	if (pagina > 1)
		json_object_set_new(links, "prev", api_link(pagina_href(r, pagina - 1, grootte)));
	reply_json(r, 200, json_pack("{s:o,s:I,s:I,s:I,s:o}", "casussen", lijst, "totaal", (json_int_t)totaal,
	    "pagina", (json_int_t)pagina, "paginaGrootte", (json_int_t)grootte, "_links", links));
}

/* ---- GET /api/v1/follow-ups ---------------------------------------------------------- */

/* GET /api/v1/follow-ups: 200; 400 for any parameter; 503. */
void
h_api_followup_lijst(struct request *r)
{
	struct casus_rij *rows = NULL;
	struct err e = { 0 };
	size_t n = 0;
	enum err_code rc;
	json_t *lijst;

	if (r->nquery > 0) {
		bad_param(r, r->query[0].key, arena_printf(r->arena, "Onbekende parameter '%.40s'.", r->query[0].key));
		return;
	}
	if (!app_mag_alle_casussen(r, INZAGE_LIJST, "casus.lijst") || !api_audit(r, "casus.lijst", NULL))
		return;
	if ((rc = store_followup_due(r->store, r->arena, app_vandaag(r), &rows, &n, &e)) != ERR_OK) {
		api_err(r, rc, &e);
		return;
	}
	lijst = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(lijst, samenvatting(r, &rows[i]));
	reply_json(r, 200, json_pack("{s:o,s:I,s:{s:o}}", "followUps", lijst, "totaal", (json_int_t)n, "_links",
	    "self", api_link("/api/v1/follow-ups")));
}

