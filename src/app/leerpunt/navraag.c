/* navraag.c - the follow-up cycle (what is due for navraag, per organisation and its ambassadeurs) and the
   themas that connect leerpunten across casussen and years. */
#include <stdlib.h>
#include <string.h>

#include "app/common/tekst.h"
#include "app/leerpunt/leerpunt.h"
#include "app/leerpunt/handlers.h"
#include "core/casus.h"
#include "lib/date.h"

void
h_navraag(struct request *r)
{
	struct navraag_groep *g = NULL;
	size_t n = 0, totaal = 0;
	struct err e = { 0 };
	enum err_code rc;
	int vandaag = app_vandaag(r);
	int64_t beperk = leerpunt_beperking(&r->actor);
	json_t *ctx, *groepen;

	if ((rc = store_navraag(r->store, r->arena, vandaag, beperk, &g, &n, &e)) != ERR_OK) {
		lp_reply_err(r, rc, &e);
		return;
	}
	if (!app_audit(r, "navraag.lijst", "belegging", NULL))
		return;
	ctx = json_object();
	groepen = json_array();
	for (size_t i = 0; i < n; i++) {
		json_t *amb = json_array(), *items = json_array();

		for (size_t k = 0; k < g[i].nambassadeurs; k++)
			json_array_append_new(amb, json_pack("{s:s,s:s?}", "naam", g[i].ambassadeurs[k].naam,
			    "email", g[i].ambassadeurs[k].email));
		for (size_t k = 0; k < g[i].nitems; k++) {
			const struct navraag_item *it = &g[i].items[k];
			const struct belegging_rij *b = &it->belegging;
			int achter = b->volgende_navraag == DATE_NONE ? 0 : vandaag - b->volgende_navraag;

			json_array_append_new(items, json_pack("{s:I,s:I,s:s,s:s,s:i,s:s,s:s,s:s?,s:s?,s:i,s:b}",
			    "leerpunt_id", (json_int_t)b->leerpunt_id, "belegging_id", (json_int_t)b->id,
			    "omschrijving", it->leerpunt_omschrijving ? it->leerpunt_omschrijving : "",
			    "categorie", codes_categorie.labels[it->categorie], "orde", it->orde,
			    "status", codes_opvolging_status.labels[b->status], "status_code",
			    codes_opvolging_status.codes[b->status], "sinds", app_datum_tekst(r, b->status_datum),
			    "navraag", app_datum_tekst(r, b->volgende_navraag), "dagen_over", achter,
			    "nooit_gepland", b->volgende_navraag == DATE_NONE));
		}
		totaal += g[i].nitems;
		json_array_append_new(groepen, json_pack("{s:s,s:s?,s:o,s:b,s:o,s:I}", "organisatie",
		    g[i].organisatie.naam ? g[i].organisatie.naam : "", "code", g[i].organisatie.code, "ambassadeurs", amb,
		    "heeft_ambassadeurs", g[i].nambassadeurs > 0, "items", items, "aantal", (json_int_t)g[i].nitems));
	}
	json_object_set_new(ctx, "groepen", groepen);
	json_object_set_new(ctx, "heeft_groepen", json_boolean(n > 0));
	json_object_set_new(ctx, "totaal", json_integer((json_int_t)totaal));
	json_object_set_new(ctx, "totaal_tekst", json_string(app_aantal(r, (long)totaal, "belegging", "beleggingen")));
	json_object_set_new(ctx, "vandaag", json_string(app_datum_tekst(r, vandaag)));
	json_object_set_new(ctx, "is_ambassadeur", json_boolean(beperk > 0));
	lp_subnav(r, ctx, "/navraag");
	reply_page(r, 200, "leerpunt/navraag", "Navraag", ctx);
}

/* ---- themas ----------------------------------------------------------------- */

static void
themas_lijst(struct request *r)
{
	struct thema_rij *t = NULL;
	size_t n = 0;
	struct err e = { 0 };
	enum err_code rc;
	json_t *ctx, *rijen;

	if ((rc = store_themas(r->store, r->arena, leerpunt_beperking(&r->actor), &t, &n, &e)) != ERR_OK) {
		lp_reply_err(r, rc, &e);
		return;
	}
	if (!app_audit(r, "thema.lijst", "thema", NULL))
		return;
	ctx = json_object();
	rijen = json_array();
	for (size_t i = 0; i < n; i++) {
		const char *jaren = t[i].van_jaar == 0 ? "" : t[i].van_jaar == t[i].tot_jaar ?
		    arena_printf(r->arena, "%d", t[i].van_jaar) : arena_printf(r->arena, "%d–%d", t[i].van_jaar, t[i].tot_jaar);

		json_array_append_new(rijen, json_pack("{s:s,s:s,s:I,s:I,s:s,s:b}", "thema", t[i].thema, "href",
		    lp_thema_href(r, t[i].thema), "leerpunten", (json_int_t)t[i].leerpunten, "casussen",
		    (json_int_t)t[i].casussen, "jaren", jaren, "meer_jaren", t[i].van_jaar != t[i].tot_jaar));
	}
	json_object_set_new(ctx, "rijen", rijen);
	json_object_set_new(ctx, "heeft_rijen", json_boolean(n > 0));
	json_object_set_new(ctx, "aantal", json_integer((json_int_t)n));
	lp_subnav(r, ctx, "/themas");
	reply_page(r, 200, "leerpunt/themas", "Thema's", ctx);
}

struct casus_jaar {
	const struct leerpunt_casus *c;
	int jaar;
	json_t *leerpunten;
};

static int
casus_jaar_cmp(const void *pa, const void *pb)
{
	const struct casus_jaar *a = pa, *b = pb;

	if (a->jaar != b->jaar)
		return a->jaar < b->jaar ? 1 : -1;   /* newest year first */
	return strcmp(a->c->referentie ? a->c->referentie : "", b->c->referentie ? b->c->referentie : "");
}

static void
thema_pagina(struct request *r, const char *ruw)
{
	struct leerpunt_filter f = { .categorie = -1, .status = -1, .limit = -1 };
	struct leerpunt_rij *rows = NULL;
	struct casus_jaar *cj;
	size_t n = 0, total = 0, ncj = 0, ncap = 0;
	struct err e = { 0 };
	enum err_code rc;
	const char *start;
	size_t len;
	json_t *ctx, *lps, *jaren;

	if (leerpunt_thema_check(ruw, &start, &len, &e) != ERR_OK) {
		reply_problem(r, 400, "Ongeldig thema", e.msg);
		return;
	}
	f.thema = arena_strndup(r->arena, start, len);
	f.beperk_tot_organisatie = leerpunt_beperking(&r->actor);
	f.persoon_id = r->actor.persoon_id;
	if ((rc = store_leerpunt_list(r->store, r->arena, &f, &rows, &n, &total, &e)) != ERR_OK) {
		lp_reply_err(r, rc, &e);
		return;
	}
	if (!app_audit(r, "thema.lezen", "thema", f.thema))
		return;
	ctx = json_object();
	lps = json_array();
	for (size_t i = 0; i < n; i++)
		ncap += rows[i].ncasussen;
	cj = arena_alloc(r->arena, (ncap + 1) * sizeof(*cj));
	for (size_t i = 0; i < n; i++) {
		json_t *bel = json_array(), *refs = json_array();

		lp_zichtbaar(r, &rows[i]);
		for (size_t k = 0; k < rows[i].nbeleggingen; k++)
			json_array_append_new(bel, json_pack("{s:s,s:s,s:s}", "bij", rows[i].beleggingen[k].bij.naam,
			    "status", codes_opvolging_status.labels[rows[i].beleggingen[k].status], "status_code",
			    codes_opvolging_status.codes[rows[i].beleggingen[k].status]));
		for (size_t k = 0; k < rows[i].ncasussen; k++) {
			const struct leerpunt_casus *c = &rows[i].casussen[k];
			size_t m;

			json_array_append_new(refs, json_string(c->referentie ? c->referentie : "(concept)"));
			for (m = 0; m < ncj && cj[m].c->id != c->id; m++)
				;
			if (m == ncj) {
				cj[ncj].c = c;
				cj[ncj].jaar = date_year(c->afgerond_op != DATE_NONE ? c->afgerond_op : c->ontvangen_op);
				cj[ncj].leerpunten = json_array();
				ncj++;
			}
			json_array_append_new(cj[m].leerpunten, json_pack("{s:I}", "id", (json_int_t)rows[i].id));
		}
		json_array_append_new(lps, json_pack("{s:I,s:s,s:s,s:i,s:o,s:o,s:b,s:b}", "id", (json_int_t)rows[i].id,
		    "omschrijving", rows[i].omschrijving ? rows[i].omschrijving : "", "categorie",
		    codes_categorie.labels[rows[i].categorie], "orde", rows[i].orde, "beleggingen", bel, "casussen", refs,
		    "niet_belegd", rows[i].nbeleggingen == 0, "terugkerend", rows[i].terugkerend));
	}
	qsort(cj, ncj, sizeof(*cj), casus_jaar_cmp);
	jaren = json_array();
	for (size_t i = 0; i < ncj;) {
		json_t *cs = json_array();
		size_t k = i;

		for (; k < ncj && cj[k].jaar == cj[i].jaar; k++)
			json_array_append_new(cs, json_pack("{s:s,s:s,s:s?,s:s,s:o}", "referentie",
			    cj[k].c->referentie ? cj[k].c->referentie : "(concept)", "status",
			    codes_casus_status.labels[cj[k].c->status], "afgerond", app_datum_tekst(r, cj[k].c->afgerond_op),
			    "leefgebieden", lp_leefgebieden_tekst(r, cj[k].c->leefgebieden), "leerpunten", cj[k].leerpunten));
		json_array_append_new(jaren, json_pack("{s:i,s:o,s:I}", "jaar", cj[i].jaar, "casussen", cs,
		    "aantal", (json_int_t)(k - i)));
		i = k;
	}
	json_object_set_new(ctx, "thema", json_string(f.thema));
	json_object_set_new(ctx, "leerpunten", lps);
	json_object_set_new(ctx, "aantal_leerpunten", json_integer((json_int_t)n));
	json_object_set_new(ctx, "aantal_casussen", json_integer((json_int_t)ncj));
	json_object_set_new(ctx, "aantal_tekst", json_string(arena_printf(r->arena, "%s uit %s",
	    app_aantal(r, (long)n, "leerpunt", "leerpunten"), app_aantal(r, (long)ncj, "casus", "casussen"))));
	json_object_set_new(ctx, "jaren", jaren);
	json_object_set_new(ctx, "meer_jaren", json_boolean(json_array_size(jaren) > 1));
	json_object_set_new(ctx, "heeft_leerpunten", json_boolean(n > 0));
	json_object_set_new(ctx, "lijst_href", json_string(arena_printf(r->arena, "/leerpunten?thema=%s",
	    lp_url(r, f.thema))));
	lp_subnav(r, ctx, "/themas");
	reply_page(r, 200, "leerpunt/thema", arena_printf(r->arena, "Thema: %s", f.thema), ctx);
}

void
h_themas(struct request *r)
{
	const char *t = req_query(r, "thema");

	if (t != NULL)
		thema_pagina(r, t);
	else
		themas_lijst(r);
}

void
h_thema(struct request *r)
{
	thema_pagina(r, req_param(r, 0));
}
