/* leerpunt.c - shared by the systeemleren handlers: access to one leerpunt or belegging, filters, JSON. */
#include "app/leerpunt/leerpunt.h"
#include "core/navraag.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/casus.h"
#include "lib/buf.h"
#include "lib/date.h"
#include "lib/escape.h"

bool
lp_leeg(const char *s)
{
	return leerpunt_tekst_leeg(s);
}

void
lp_weiger(struct request *r, const char *actie, const char *object_type, const char *object_id, int status)
{
	bool belegging = object_type != NULL && strcmp(object_type, "belegging") == 0;

	req_audit(r, actie, object_type, object_id, AUDIT_GEWEIGERD);
	if (status == 403)
		reply_problem(r, 403, "Geen toegang", belegging ? "U mag deze belegging niet bijwerken." :
		    "U mag deze handeling niet uitvoeren op dit leerpunt.");
	else
		reply_problem(r, 404, "Niet gevonden", belegging ?
		    "Deze belegging bestaat niet of u heeft er geen toegang toe." :
		    "Dit leerpunt bestaat niet of u heeft er geen toegang toe.");
}

void
lp_zichtbaar(const struct request *r, struct leerpunt_rij *l)
{
	size_t k = 0;

	for (size_t i = 0; i < l->nbeleggingen; i++)
		if (perm_belegging_zien(&r->actor, l->beleggingen[i].bij.id))
			l->beleggingen[k++] = l->beleggingen[i];
	l->nbeleggingen = k;
}

bool
lp_leerpunt_open(struct request *r, int64_t id, const char *audit_actie, struct leerpunt_rij *out)
{
	struct err e = { 0 };
	enum err_code rc = store_leerpunt_get(r->store, r->arena, id, r->actor.persoon_id, out, &e);
	const char *oid = app_id_tekst(r, id);
	int64_t *orgs;

	if (rc == ERR_NOT_FOUND) {
		lp_weiger(r, audit_actie, "leerpunt", oid, 404);
		return false;
	}
	if (rc != ERR_OK) {
		lp_reply_err(r, rc, &e);
		return false;
	}
	orgs = arena_alloc(r->arena, (out->nbeleggingen + 1) * sizeof(*orgs));
	for (size_t i = 0; i < out->nbeleggingen; i++)
		orgs[i] = out->beleggingen[i].bij.id;
	if (!perm_leerpunt_zien(&r->actor, orgs, out->nbeleggingen)) {
		lp_weiger(r, audit_actie, "leerpunt", oid, 404);
		return false;
	}
	lp_zichtbaar(r, out);
	if (!app_audit(r, audit_actie, "leerpunt", oid))
		return false;
	/* the casus's free text is shown with the leerpunt: that is a read of the casus too */
	for (size_t i = 0; i < out->ncasussen; i++)
		if (out->casussen[i].hulpvraag != NULL && out->casussen[i].referentie != NULL &&
		    perm_leerpunt_casustekst(&r->actor, out->casussen[i].uitgenodigd) &&
		    !app_audit(r, "casus.lezen", "casus", out->casussen[i].referentie))
			return false;
	return true;
}

bool
lp_belegging_open(struct request *r, int64_t id, const char *audit_actie, struct belegging_rij *out)
{
	struct err e = { 0 };
	enum err_code rc = store_belegging_get(r->store, r->arena, id, out, &e);
	const char *oid = app_id_tekst(r, id);

	if (rc == ERR_NOT_FOUND || (rc == ERR_OK && !perm_belegging_zien(&r->actor, out->bij.id))) {
		lp_weiger(r, audit_actie, "belegging", oid, 404);
		return false;
	}
	if (rc != ERR_OK) {
		lp_reply_err(r, rc, &e);
		return false;
	}
	if (!perm_belegging_bijwerken(&r->actor, out->bij.id)) {
		lp_weiger(r, audit_actie, "belegging", oid, 403);
		return false;
	}
	return true;
}

bool
lp_leerpunt_open_param(struct request *r, const char *audit_actie, struct leerpunt_rij *out)
{
	int64_t id;

	if (!req_parse_id(req_param(r, 0), &id)) {
		lp_weiger(r, audit_actie, "leerpunt", req_param(r, 0), 404);
		return false;
	}
	return lp_leerpunt_open(r, id, audit_actie, out);
}

bool
lp_beleggen_toegang(struct request *r, int64_t *id)
{
	const char *oid = req_param(r, 0);

	if (!req_parse_id(oid, id)) {
		lp_weiger(r, "belegging.toevoegen", "leerpunt", oid, 404);
		return false;
	}
	if (!perm_leerpunt_beleggen(&r->actor)) {
		lp_weiger(r, "belegging.toevoegen", "leerpunt", oid, 403);
		return false;
	}
	return true;
}

bool
lp_belegging_open_param(struct request *r, const char *audit_actie, int64_t *id, struct belegging_rij *out)
{
	if (!req_parse_id(req_param(r, 0), id)) {
		lp_weiger(r, audit_actie, "belegging", req_param(r, 0), 404);
		return false;
	}
	return lp_belegging_open(r, *id, audit_actie, out);
}

/* ---- filters -------------------------------------------------------------- */

static void
filter_fout(struct request *r, bool api, const char *naam, const char *tekst)
{
	if (api)
		api_problem(r, 400, "Ongeldige invoer", tekst, naam);
	else
		reply_problem(r, 400, "Ongeldig filter", tekst);
}

static void
query_add(struct buf *b, const char *k, const char *v)
{
	if (b->len > 0)
		buf_putc(b, '&');
	buf_puts(b, k);
	buf_putc(b, '=');
	escape_url(b, v);
}

bool
lp_filter(struct request *r, struct leerpunt_filter *f, bool api, int *pagina, json_t *ctx)
{
	const char *org = req_query(r, api ? "organisatieId" : "organisatie"), *cat = req_query(r, "categorie"),
	    *orde = req_query(r, "orde"), *status = req_query(r, "status"), *thema = req_query(r, "thema"),
	    *jaar = req_query(r, "jaar"), *pag = req_query(r, "pagina"),
	    *grootte = api ? req_query(r, "paginaGrootte") : NULL;
	struct buf q;
	int64_t v;

	memset(f, 0, sizeof(*f));
	f->categorie = -1;
	f->status = -1;
	f->limit = LP_PAGINA;
	*pagina = 1;
	if (!lp_leeg(org)) {
		if (!req_parse_id(org, &f->organisatie_id))
			return filter_fout(r, api, api ? "organisatieId" : "organisatie", "Kies een bestaande organisatie."), false;
	}
	if (!lp_leeg(cat) && (f->categorie = codelist_find(&codes_categorie, cat)) < 0)
		return filter_fout(r, api, "categorie", "Onbekende categorie."), false;
	if (!lp_leeg(orde)) {
		if (strlen(orde) != 1 || orde[0] < '1' || orde[0] > '3')
			return filter_fout(r, api, "orde", "De orde is 1, 2 of 3."), false;
		f->orde = orde[0] - '0';
	}
	if (!lp_leeg(status)) {
		if (strcmp(status, "niet_belegd") == 0)
			f->niet_belegd = true;
		else if ((f->status = codelist_find(&codes_opvolging_status, status)) < 0)
			return filter_fout(r, api, "status", "Onbekende status van de opvolging."), false;
	}
	if (!lp_leeg(thema)) {
		const char *start;
		size_t len;
		struct err e = { 0 };

		if (leerpunt_thema_check(thema, &start, &len, &e) != ERR_OK)
			return filter_fout(r, api, "thema", e.msg), false;
		f->thema = arena_strndup(r->arena, start, len);
	}
	if (!lp_leeg(jaar)) {
		if (!req_parse_id(jaar, &v) || v < 2000 || v > 9999)
			return filter_fout(r, api, "jaar", "Het jaar is een jaartal van vier cijfers, zoals 2024."), false;
		f->jaar = (int)v;
	}
	if (!lp_leeg(pag)) {
		if (!req_parse_id(pag, &v) || v > 100000)
			return filter_fout(r, api, "pagina", "De pagina is een positief getal."), false;
		*pagina = (int)v;
	}
	if (!lp_leeg(grootte)) {
		if (!req_parse_id(grootte, &v) || v > LP_API_PAGINA_MAX)
			return filter_fout(r, api, "paginaGrootte", "De paginagrootte is 1 tot en met 100."), false;
		f->limit = (int)v;
	}
	f->offset = (*pagina - 1) * f->limit;
	f->beperk_tot_organisatie = leerpunt_beperking(&r->actor);
	f->persoon_id = r->actor.persoon_id;
	if (ctx == NULL)
		return true;

	buf_init(&q, 8192);
	if (f->organisatie_id)
		query_add(&q, api ? "organisatieId" : "organisatie", app_id_tekst(r, f->organisatie_id));
	if (f->categorie >= 0)
		query_add(&q, "categorie", codes_categorie.codes[f->categorie]);
	if (f->orde)
		query_add(&q, "orde", orde);
	if (f->niet_belegd || f->status >= 0)
		query_add(&q, "status", f->niet_belegd ? "niet_belegd" : codes_opvolging_status.codes[f->status]);
	if (f->thema)
		query_add(&q, "thema", f->thema);
	if (f->jaar)
		query_add(&q, "jaar", jaar);
	if (api && f->limit != LP_PAGINA)
		query_add(&q, "paginaGrootte", app_id_tekst(r, f->limit));
	json_object_set_new(ctx, "filter_query", json_string(buf_str(&q)));
	json_object_set_new(ctx, "heeft_filter", json_boolean(q.len > 0));
	buf_free(&q);
	json_object_set_new(ctx, "filter", json_pack("{s:I,s:i,s:i,s:s?,s:s?,s:i,s:b}", "organisatie",
	    (json_int_t)f->organisatie_id, "categorie", f->categorie, "orde", f->orde,
	    "status", f->niet_belegd ? "niet_belegd" : f->status >= 0 ? codes_opvolging_status.codes[f->status] : NULL,
	    "thema", f->thema, "jaar", f->jaar, "niet_belegd", f->niet_belegd));
	return true;
}

/* ---- problems ---------------------------------------------------------------- */

void
lp_reply_err(struct request *r, enum err_code rc, const struct err *e)
{
	struct err tmp = { 0 };
	bool api = r->route != NULL && (r->route->flags & ROUTE_API);

	if (e == NULL || e->code != rc) {
		tmp.code = rc;
		snprintf(tmp.msg, sizeof(tmp.msg), "%s", "Er ging iets mis. Probeer het later opnieuw.");
		e = &tmp;
	}
	if (api && (rc == ERR_VALIDATION || rc == ERR_CONFLICT)) {
		api_problem(r, err_http_status(rc), rc == ERR_CONFLICT ? "Conflict" : "Ongeldige invoer", e->msg,
		    e->field);
		return;
	}
	reply_err(r, e);
}

/* ---- JSON -------------------------------------------------------------------- */

json_t *
lp_org_json(const struct organisatie_kort *o)
{
	json_t *j = json_pack("{s:I,s:s}", "id", (json_int_t)o->id, "naam", o->naam ? o->naam : "");

	if (o->code != NULL)
		json_object_set_new(j, "code", json_string(o->code));
	if (o->type >= 0 && o->type < ORGTYPE__MAX)
		json_object_set_new(j, "type", json_string(codes_organisatie_type.codes[o->type]));
	return j;
}

json_t *
lp_leefgebieden_json(unsigned bits)
{
	json_t *a = json_array();

	for (int i = 0; i < LEEFGEBIED__MAX; i++)
		if (bits & (1u << i))
			json_array_append_new(a, json_string(codes_leefgebied.codes[i]));
	return a;
}

static void
set_date(struct request *r, json_t *j, const char *key, int d)
{
	json_object_set_new(j, key, d == DATE_NONE ? json_null() : json_string(app_datum_iso(r, d)));
}

json_t *
lp_belegging_json(struct request *r, const struct belegging_rij *b, bool historie)
{
	json_t *j = json_object();

	json_object_set_new(j, "id", json_integer(b->id));
	json_object_set_new(j, "leerpuntId", json_integer(b->leerpunt_id));
	json_object_set_new(j, "bij", lp_org_json(&b->bij));
	json_object_set_new(j, "status", json_string(codes_opvolging_status.codes[b->status]));
	json_object_set_new(j, "reden", b->reden >= 0 ? json_string(codes_reden.codes[b->reden]) : json_null());
	set_date(r, j, "statusDatum", b->status_datum);
	set_date(r, j, "belegdOp", b->belegd_op);
	set_date(r, j, "volgendeNavraag", b->volgende_navraag);
	json_object_set_new(j, "doorgezetNaar", b->doorgezet_naar_id ? json_integer(b->doorgezet_naar_id) : json_null());
	json_object_set_new(j, "doorgezetVan", b->doorgezet_van_id ? json_integer(b->doorgezet_van_id) : json_null());
	json_object_set_new(j, "nietBelegd", b->niet_belegd > 0 && b->niet_belegd < NIETBELEGD__MAX ?
	    json_string(codes_niet_belegd_reden.codes[b->niet_belegd]) : json_null());
	if (b->niet_belegd_toelichting != NULL)
		json_object_set_new(j, "nietBelegdToelichting", json_string(b->niet_belegd_toelichting));
	json_object_set_new(j, "pmmSoort", b->pmm_soort > 0 && b->pmm_soort < PMMSOORT__MAX ?
	    json_string(codes_pmm_soort.codes[b->pmm_soort]) : json_null());
	{
		json_t *p = json_array();

		for (size_t i = 0; i < b->npartners; i++)
			json_array_append_new(p, json_string(b->partners[i]));
		json_object_set_new(j, "partners", p);
	}
	if (historie) {
		json_t *h = json_array();

		for (size_t i = 0; i < b->nhistorie; i++) {
			const struct opvolging_rij *s = &b->historie[i];
			json_t *e = json_object();

			json_object_set_new(e, "id", json_integer(s->id));
			set_date(r, e, "datum", s->datum);
			json_object_set_new(e, "status", json_string(codes_opvolging_status.codes[s->status]));
			json_object_set_new(e, "reden", s->reden >= 0 ? json_string(codes_reden.codes[s->reden]) : json_null());
			json_object_set_new(e, "notitie", s->notitie ? json_string(s->notitie) : json_null());
			json_object_set_new(e, "bron", s->bron ? json_string(s->bron) : json_null());
			json_object_set_new(e, "auteur", s->auteur_naam ? json_string(s->auteur_naam) : json_null());
			json_array_append_new(h, e);
		}
		json_object_set_new(j, "historie", h);
	}
	return j;
}

json_t *
lp_leerpunt_json(struct request *r, const struct leerpunt_rij *l, bool detail)
{
	json_t *j = json_object(), *themas = json_array(), *casussen = json_array(), *bel = json_array();

	json_object_set_new(j, "id", json_integer(l->id));
	json_object_set_new(j, "omschrijving", json_string(l->omschrijving ? l->omschrijving : ""));
	json_object_set_new(j, "categorie", json_string(codes_categorie.codes[l->categorie]));
	json_object_set_new(j, "orde", json_integer(l->orde));
	json_object_set_new(j, "vraag", json_boolean(l->vraag));
	json_object_set_new(j, "alBekend", json_boolean(l->al_bekend));
	json_object_set_new(j, "terugkerend", json_boolean(l->terugkerend));
	for (size_t i = 0; i < l->nthemas; i++)
		json_array_append_new(themas, json_string(l->themas[i]));
	json_object_set_new(j, "themas", themas);
	for (size_t i = 0; i < l->ncasussen; i++) {
		const struct leerpunt_casus *c = &l->casussen[i];
		json_t *cj = json_object();

		json_object_set_new(cj, "referentie", c->referentie ? json_string(c->referentie) : json_null());
		json_object_set_new(cj, "status", json_string(codes_casus_status.codes[c->status]));
		set_date(r, cj, "afgerondOp", c->afgerond_op);
		json_object_set_new(cj, "leefgebieden", lp_leefgebieden_json(c->leefgebieden));
		set_date(r, cj, "besprokenOp", c->besproken_op);
		if (detail && c->hulpvraag != NULL && perm_leerpunt_casustekst(&r->actor, c->uitgenodigd))
			json_object_set_new(cj, "hulpvraag", json_string(c->hulpvraag));
		json_array_append_new(casussen, cj);
	}
	json_object_set_new(j, "casussen", casussen);
	for (size_t i = 0; i < l->nbeleggingen; i++) {
		json_t *b = lp_belegging_json(r, &l->beleggingen[i], detail);
		const char *pad = lp_pad_tekst(r, l, &l->beleggingen[i]);

		if (pad != NULL)
			json_object_set_new(b, "pad", json_string(pad));
		json_array_append_new(bel, b);
	}
	json_object_set_new(j, "beleggingen", bel);
	json_object_set_new(j, "_links", json_pack("{s:{s:s}}", "self", "href",
	    arena_printf(r->arena, "/api/v1/leerpunten/%lld", (long long)l->id)));
	return j;
}

/* ---- display ------------------------------------------------------------------- */

const char *
lp_leefgebieden_tekst(struct request *r, unsigned bits)
{
	struct buf b;
	const char *s;

	buf_init(&b, 4096);
	for (int i = 0; i < LEEFGEBIED__MAX; i++)
		if (bits & (1u << i)) {
			if (b.len)
				buf_puts(&b, ", ");
			buf_puts(&b, codes_leefgebied.labels[i]);
		}
	s = arena_strdup(r->arena, buf_str(&b));
	buf_free(&b);
	return s;
}

const char *
lp_orde_tekst(int orde)
{
	switch (orde) {
	case 1: return "1e orde: binnen bestaande kaders (casusniveau)";
	case 2: return "2e orde: kaders moeten worden aangepast (organisatieniveau)";
	case 3: return "3e orde: het stelsel zelf, wet- en regelgeving (stelselniveau)";
	default: return "Onbekende orde";
	}
}

const char *
lp_url(struct request *r, const char *s)
{
	struct buf b;
	const char *out;

	buf_init(&b, 0);
	escape_url(&b, s ? s : "");
	out = arena_strdup(r->arena, buf_str(&b));
	buf_free(&b);
	return out;
}

const char *
lp_thema_href(struct request *r, const char *thema)
{
	if (strchr(thema, '/') != NULL)
		return arena_printf(r->arena, "/themas?thema=%s", lp_url(r, thema));
	return arena_printf(r->arena, "/themas/%s", lp_url(r, thema));
}

void
lp_subnav(struct request *r, json_t *ctx, const char *actief)
{
	enum { IEDEREEN, NAVRAAG, REGIE };
	static const struct {
		const char *href, *label;
		int wie;
	} items[] = {
		{ "/leerpunten", "Overzicht", IEDEREEN },
		{ "/navraag", "Navraag", IEDEREEN },
		{ "/navraag/rondes", "Navraagrondes", NAVRAAG },
		{ "/signalen", "Signalen", NAVRAAG },
		{ "/themas", "Thema's", IEDEREEN },
		{ "/systeemwijzigingen", "Resultaten", IEDEREEN },
		{ "/bijeenkomsten", "Bijeenkomsten", REGIE },
		{ "/leerpunten/import", "Importeren", REGIE },
	};
	json_t *a = json_array();
	bool regie = perm_casus_regie(&r->actor), navraag = perm_navraag(&r->actor);

	for (size_t i = 0; i < sizeof(items) / sizeof(items[0]); i++)
		if (items[i].wie == IEDEREEN || (items[i].wie == NAVRAAG && navraag) || (items[i].wie == REGIE && regie))
			json_array_append_new(a, json_pack("{s:s,s:s,s:b}", "href", items[i].href, "label", items[i].label,
			    "actief", strcmp(items[i].href, actief) == 0));
	json_object_set_new(ctx, "subnav", a);
	json_object_set_new(ctx, "is_regie", json_boolean(regie));
}

static const struct belegging_rij *
belegging_van(const struct leerpunt_rij *l, int64_t id)
{
	for (size_t i = 0; id != 0 && i < l->nbeleggingen; i++)
		if (l->beleggingen[i].id == id)
			return &l->beleggingen[i];
	return NULL;
}

const char *
lp_pad_tekst(struct request *r, const struct leerpunt_rij *l, const struct belegging_rij *b)
{
	const struct belegging_rij *x = b, *y;
	const char *pad;

	if (b->doorgezet_naar_id == 0 && b->doorgezet_van_id == 0)
		return NULL;
	/* back to where it was first belegd, then forward to where it went; bounded against a cycle in the data */
	for (size_t stap = 0; stap < l->nbeleggingen; stap++) {
		y = belegging_van(l, x->doorgezet_van_id);
		if (y == NULL)
			break;
		x = y;
	}
	pad = x->bij.naam ? x->bij.naam : "?";
	for (size_t stap = 0; stap < l->nbeleggingen; stap++) {
		y = belegging_van(l, x->doorgezet_naar_id);
		if (y == NULL)
			break;
		pad = arena_printf(r->arena, "%s → %s", pad, y->bij.naam ? y->bij.naam : "?");
		x = y;
	}
	return pad;
}
