/* lijsten.c - escalaties and overbruggingen in lists: the two list pages, the start page's warnings, the casus page. */
#include <string.h>

#include "app/common/bedrag.h"
#include "app/common/tekst.h"
#include "app/escalatie/handlers.h"
#include "app/escalatie/web.h"
#include "core/bedrag.h"
#include "core/perm.h"
#include "lib/date.h"
#include "store/escalatie/escalatie.h"
#include "store/overbrugging/overbrugging.h"

#define PER_PAGINA CASUS_PAGINA   /* the pages of the werkvoorraad (cw_paginering) */

/* The chair sees the escalaties they chair; a regievoerder all (0). */
static int64_t
voorzitter_filter(const struct request *r)
{
	return actor_has(&r->actor, ROL_REGIEVOERDER) ? 0 : r->actor.persoon_id > 0 ? r->actor.persoon_id : -1;
}

static bool
pagina_en_status(struct request *r, const struct codelist *l, int *status, int *pagina)
{
	const char *s = req_query(r, "status");

	*status = -1;
	if (s != NULL && *s != '\0' && (*status = codelist_find(l, s)) < 0) {
		reply_problem(r, 400, "Onbekende status", "Kies een status uit de lijst.");
		return false;
	}
	return cw_pagina(r, pagina);
}

static json_t *
status_opties(const struct codelist *l, int gekozen)
{
	static const struct cw_fouten geen = { 0 };

	return cw_keuze(&geen, "status", "status", "Status", NULL, cw_opties(l, gekozen, "Alle statussen"));
}

void
h_esc_lijst(struct request *r)
{
	struct escalatie_item *v = NULL;
	size_t n = 0, k = 0;
	struct err e = { 0 };
	int status, pagina, vandaag = app_vandaag(r);
	bool open = req_query(r, "open") != NULL && strcmp(req_query(r, "open"), "ja") == 0;
	json_t *ctx, *rijen = json_array();
	enum err_code rc;

	if (!pagina_en_status(r, &codes_escalatie_status, &status, &pagina)) {
		json_decref(rijen);
		return;
	}
	if (voorzitter_filter(r) < 0 || (rc = store_escalatie_lijst(r->store, r->arena, voorzitter_filter(r), open, &v, &n,
	    &e)) != ERR_OK)
		n = 0;
	if (!cw_audit_lijst(r, "escalatie.lijst", "escalatie", NULL)) {
		json_decref(rijen);
		return;
	}
	for (size_t i = 0; i < n; i++) {
		if (status >= 0 && (int)v[i].status != status)
			continue;
		if (k++ / PER_PAGINA + 1 != (size_t)pagina)
			continue;
		json_array_append_new(rijen, json_pack("{s:s,s:I,s:s,s:s,s:s,s:s,s:s?,s:i,s:b}", "referentie",
		    v[i].referentie, "id", (json_int_t)v[i].id, "status", codes_escalatie_status.codes[v[i].status],
		    "status_label", cw_label(&codes_escalatie_status, (int)v[i].status), "aangevraagd_op",
		    app_datum_tekst(r, v[i].aangevraagd_op), "urgentie", cw_label(&codes_urgentie, (int)v[i].urgentie),
		    "voorzitter", v[i].voorzitter, "afspraken_open", (int)v[i].afspraken_open, "te_laat",
		    v[i].eerste_uiterlijk != DATE_NONE && v[i].eerste_uiterlijk < vandaag));
	}
	ctx = json_pack("{s:o,s:b,s:o,s:b,s:i}", "rijen", rijen, "heeft_rijen", json_array_size(rijen) > 0,
	    "statussen", status_opties(&codes_escalatie_status, status), "open", open, "aantal", (int)k);
	json_object_set_new(ctx, "is_voorzitter", json_boolean(voorzitter_filter(r) != 0));
	cw_paginering(r, ctx, "/escalaties", arena_printf(r->arena, "status=%s&open=%s", status >= 0 ?
	    codes_escalatie_status.codes[status] : "", open ? "ja" : ""), pagina, k);
	reply_page(r, 200, "escalatie/lijst", "Escalaties", ctx);
}

void
h_ob_lijst(struct request *r)
{
	struct overbrugging_item *v = NULL;
	size_t n = 0, k = 0;
	struct err e = { 0 };
	int status, pagina, vandaag = app_vandaag(r);
	bool te_laat = req_query(r, "te_laat") != NULL && strcmp(req_query(r, "te_laat"), "ja") == 0;
	json_t *ctx, *rijen = json_array();

	if (!pagina_en_status(r, &codes_overbrugging_status, &status, &pagina)) {
		json_decref(rijen);
		return;
	}
	if (store_overbrugging_lijst(r->store, r->arena, te_laat, &v, &n, &e) != ERR_OK)
		n = 0;
	if (!cw_audit_lijst(r, "overbrugging.lijst", "overbrugging", NULL)) {
		json_decref(rijen);
		return;
	}
	for (size_t i = 0; i < n; i++) {
		const struct overbrugging *o = &v[i].o;

		if ((status >= 0 && (int)o->status != status) || (te_laat && !overbrugging_te_laat(o, vandaag)))
			continue;
		if (k++ / PER_PAGINA + 1 != (size_t)pagina)
			continue;
		json_array_append_new(rijen, json_pack("{s:s,s:I,s:s,s:s,s:s,s:s,s:s,s:s?,s:b}", "referentie",
		    v[i].referentie, "id", (json_int_t)o->id, "wat", o->wat ? o->wat : "", "status",
		    codes_overbrugging_status.codes[o->status], "status_label", cw_label(&codes_overbrugging_status,
		    (int)o->status), "aangevraagd_op", app_datum_tekst(r, o->aangevraagd_op), "beslistermijn",
		    app_datum_tekst(r, overbrugging_beslistermijn(o)), "bedrag", o->geschat_bedrag != BEDRAG_GEEN ?
		    app_bedrag_tekst(r->arena, o->geschat_bedrag) : NULL, "te_laat", overbrugging_te_laat(o, vandaag)));
	}
	ctx = json_pack("{s:o,s:b,s:o,s:b,s:i}", "rijen", rijen, "heeft_rijen", json_array_size(rijen) > 0,
	    "statussen", status_opties(&codes_overbrugging_status, status), "te_laat", te_laat, "aantal", (int)k);
	cw_paginering(r, ctx, "/overbruggingen", arena_printf(r->arena, "status=%s&te_laat=%s", status >= 0 ?
	    codes_overbrugging_status.codes[status] : "", te_laat ? "ja" : ""), pagina, k);
	reply_page(r, 200, "overbrugging/lijst", "Overbruggingen", ctx);
}

void
esc_start_aandacht(struct request *r, json_t *ctx)
{
	struct afspraak_item *af = NULL;
	struct overbrugging_item *ob = NULL;
	size_t naf = 0, nob = 0;
	int vandaag = app_vandaag(r);
	int64_t vz = voorzitter_filter(r);
	json_t *a, *b;

	if (!perm_escalatie(&r->actor) || vz < 0)
		return;
	if (store_afspraken_open(r->store, r->arena, vandaag, vz, &af, &naf, NULL) != ERR_OK)
		naf = 0;
	if (actor_has(&r->actor, ROL_REGIEVOERDER) &&
	    store_overbrugging_lijst(r->store, r->arena, true, &ob, &nob, NULL) != ERR_OK)
		nob = 0;
	a = json_array();
	for (size_t i = 0; i < naf; i++)
		if (afspraak_te_laat(&af[i].afspraak, vandaag))
			json_array_append_new(a, json_pack("{s:s,s:I,s:s,s:s?,s:s,s:s}", "referentie", af[i].referentie,
			    "escalatie", (json_int_t)af[i].escalatie_id, "wat", af[i].afspraak.wat, "organisatie",
			    af[i].afspraak.organisatie.naam, "uiterlijk", app_datum_tekst(r, af[i].afspraak.uiterlijk),
			    "te_laat", app_termijn_tekst(r, af[i].afspraak.uiterlijk, vandaag)));
	b = json_array();
	for (size_t i = 0; i < nob; i++)
		if (overbrugging_te_laat(&ob[i].o, vandaag))
			json_array_append_new(b, json_pack("{s:s,s:I,s:s,s:s,s:s}", "referentie", ob[i].referentie,
			    "id", (json_int_t)ob[i].o.id, "wat", ob[i].o.wat ? ob[i].o.wat : "", "beslistermijn",
			    app_datum_tekst(r, overbrugging_beslistermijn(&ob[i].o)), "te_laat",
			    app_termijn_tekst(r, overbrugging_beslistermijn(&ob[i].o), vandaag)));
	if ((json_array_size(a) > 0 || json_array_size(b) > 0) &&
	    req_audit(r, "escalatie.startpagina", "escalatie", NULL, AUDIT_TOEGESTAAN) != ERR_OK) {
		json_decref(a);
		json_decref(b);
		return;
	}
	json_object_set_new(ctx, "aandacht", json_pack("{s:o,s:o,s:b,s:b,s:b}", "afspraken", a, "overbruggingen", b,
	    "heeft_afspraken", json_array_size(a) > 0, "heeft_overbruggingen", json_array_size(b) > 0,
	    "regie", actor_has(&r->actor, ROL_REGIEVOERDER)));
}

void
esc_casus_sectie(struct request *r, const struct casus *c, bool regie, json_t *ctx)
{
	struct escalatie *e = NULL;
	struct overbrugging *o = NULL;
	size_t ne = 0, no = 0;
	int vandaag = app_vandaag(r);
	json_t *a, *b;

	if (c->id == 0 || c->referentie == NULL)   /* a concept: nothing to escalate yet */
		return;
	if (store_escalatie_van_casus(r->store, r->arena, c->id, &e, &ne, NULL) != ERR_OK)
		ne = 0;
	if (store_overbrugging_van_casus(r->store, r->arena, c->id, &o, &no, NULL) != ERR_OK)
		no = 0;
	a = json_array();
	b = json_array();
	for (size_t i = 0; i < ne; i++) {
		size_t open = 0, laat = 0;

		for (size_t j = 0; j < e[i].nbijeenkomsten; j++)
			for (size_t k = 0; k < e[i].bijeenkomsten[j].nafspraken; k++) {
				open += e[i].bijeenkomsten[j].afspraken[k].status == AFSPRAAK_OPEN;
				laat += afspraak_te_laat(&e[i].bijeenkomsten[j].afspraken[k], vandaag);
			}
		json_array_append_new(a, json_pack("{s:I,s:s,s:s,s:s,s:s?,s:i,s:i}", "id", (json_int_t)e[i].id, "status",
		    codes_escalatie_status.codes[e[i].status], "status_label", cw_label(&codes_escalatie_status,
		    (int)e[i].status), "aangevraagd_op", app_datum_tekst(r, e[i].aangevraagd_op), "voorzitter",
		    e[i].voorzitter.naam, "afspraken_open", (int)open, "te_laat", (int)laat));
	}
	for (size_t i = 0; i < no; i++)
		json_array_append_new(b, json_pack("{s:I,s:s,s:s,s:s,s:s,s:s,s:s?,s:b}", "id", (json_int_t)o[i].id, "wat",
		    o[i].wat ? o[i].wat : "", "status", codes_overbrugging_status.codes[o[i].status], "status_label",
		    cw_label(&codes_overbrugging_status, (int)o[i].status), "aangevraagd_op", app_datum_tekst(r,
		    o[i].aangevraagd_op), "beslistermijn", app_datum_tekst(r, overbrugging_beslistermijn(&o[i])),
		    "bedrag", o[i].geschat_bedrag != BEDRAG_GEEN ? app_bedrag_tekst(r->arena, o[i].geschat_bedrag) : NULL,
		    "te_laat", overbrugging_te_laat(&o[i], vandaag)));
	json_object_set_new(ctx, "let", json_pack("{s:o,s:o,s:b,s:b,s:b}", "escalaties", a, "overbruggingen", b,
	    "heeft_escalaties", ne > 0, "heeft_overbruggingen", no > 0, "aanvragen", regie && c->status != STATUS_AFGEROND));
}
