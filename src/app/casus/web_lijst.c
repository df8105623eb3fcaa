/* web_lijst.c - lists of casussen in the browser: the werkvoorraad (or one's own casussen), search and the
   follow-ups that are due. */
#include <string.h>

#include "app/casus/filter.h"
#include "app/casus/web.h"
#include "app/casus/handlers.h"
#include "app/common/inzage.h"
#include "app/common/tekst.h"
#include "core/perm.h"
#include "lib/escape.h"

static json_t *
rijen_json(struct request *r, const struct casus_rij *rows, size_t n)
{
	json_t *a = json_array();
	int vandaag = app_vandaag(r);

	for (size_t i = 0; i < n; i++)
		json_array_append_new(a, cw_rij_json(r, &rows[i], vandaag));
	return a;
}

static const char *
lijst_titel(const struct request *r)
{
	if (cw_is_regie(r))
		return "Werkvoorraad";
	if (actor_has(&r->actor, ROL_INDIENER))
		return "Mijn casussen";
	return "Casussen waarvoor u bent uitgenodigd";
}

/* The counts per status as links that keep the other filters. */
static json_t *
tellingen(struct request *r, const struct casus_filter *f, json_t *ctx)
{
	static const enum casus_status tonen[] = { STATUS_AANGEMELD, STATUS_IN_BEHANDELING, STATUS_AFGEROND };
	long counts[STATUS__MAX] = { 0 };
	struct err e = { 0 };
	const char *rest = json_string_value(json_object_get(ctx, "filter_query_zonder_status"));
	const char *actief = json_string_value(json_object_get(ctx, "filter_status"));
	json_t *a = json_array();

	if (store_casus_counts(r->store, f, counts, &e) != ERR_OK)
		return a;
	for (size_t i = 0; i < sizeof(tonen) / sizeof(tonen[0]); i++) {
		const char *code = codes_casus_status.codes[tonen[i]];

		json_array_append_new(a, json_pack("{s:s,s:i,s:s,s:b}", "label", cw_label(&codes_casus_status,
		    (int)tonen[i]), "aantal", (json_int_t)counts[tonen[i]],
		    "href", arena_printf(r->arena, "/casussen?status=%s%s%s", code, rest && rest[0] ? "&" : "",
			rest ? rest : ""),
		    "actief", actief != NULL && strcmp(actief, code) == 0));
	}
	return a;
}

void
h_casus_lijst(struct request *r)
{
	struct casus_filter f;
	struct casus_rij *rows = NULL;
	size_t n = 0, total = 0;
	struct err e = { 0 };
	enum err_code rc;
	int pagina;
	bool regie = cw_is_regie(r);
	json_t *ctx = json_object();
	const char *fq;

	if (!cw_filter(r, &f, ctx) || !cw_pagina(r, &pagina)) {
		json_decref(ctx);
		return;
	}
	f.offset = (pagina - 1) * CASUS_PAGINA;
	if (!cw_audit_lijst(r, "casus.lijst", NULL, NULL)) {
		json_decref(ctx);
		return;
	}
	if ((rc = store_casus_list(r->store, r->arena, &f, &rows, &n, &total, &e)) != ERR_OK) {
		json_decref(ctx);
		cw_reply_store(r, rc, &e);
		return;
	}
	fq = json_string_value(json_object_get(ctx, "filter_query"));
	json_object_set_new(ctx, "regie", json_boolean(regie));
	json_object_set_new(ctx, "mag_indienen", json_boolean(perm_casus_indienen(&r->actor) && !regie));
	json_object_set_new(ctx, "mag_intake", json_boolean(regie));
	json_object_set_new(ctx, "kop", json_string(lijst_titel(r)));
	json_object_set_new(ctx, "tabel_titel", json_string(lijst_titel(r)));
	json_object_set_new(ctx, "leeg_tekst", json_string(regie ?
	    "Er zijn geen casussen die aan deze filters voldoen. Kies andere filters of wis ze." :
	    actor_has(&r->actor, ROL_INDIENER) ?
	    "U heeft (met deze keuze) nog geen casussen. Met de knop ‘Nieuwe casus indienen’ legt u een "
	    "vastgelopen situatie voor aan het Landelijk Maatwerkloket." :
	    "U bent nog niet uitgenodigd voor een casus. Een regievoerder van het Loket nodigt u uit als uw hulp nodig is."));
	json_object_set_new(ctx, "rijen", rijen_json(r, rows, n));
	json_object_set_new(ctx, "heeft_rijen", json_boolean(n > 0));
	json_object_set_new(ctx, "toon_hulpvraag", json_true());
	json_object_set_new(ctx, "sorteerbaar", json_true());
	json_object_set_new(ctx, "totaal", json_integer((json_int_t)total));
	json_object_set_new(ctx, "export_href", json_string(arena_printf(r->arena, "/casussen/werkvoorraad.xlsx%s%s",
	    fq && fq[0] ? "?" : "", fq ? fq : "")));
	if (regie)
		json_object_set_new(ctx, "tellingen", tellingen(r, &f, ctx));
	cw_paginering(r, ctx, "/casussen", fq ? fq : "", pagina, total);
	reply_page(r, 200, "casus/lijst", lijst_titel(r), ctx);
}

void
h_zoeken(struct request *r)
{
	const char *q = req_query(r, "q");
	struct casus_filter f;
	struct casus_rij *rows = NULL;
	size_t n = 0, total = 0;
	struct err e = { 0 };
	struct cw_fouten fouten = { 0 };
	enum err_code rc;
	int pagina;
	json_t *ctx = json_object();
	struct buf base;

	while (q != NULL && (*q == ' ' || *q == '\t'))
		q++;
	json_object_set_new(ctx, "q", json_string(q ? q : ""));
	if (q == NULL || q[0] == '\0') {   /* the empty search page */
		cw_fouten_ctx(ctx, NULL);
		reply_page(r, 200, "casus/zoeken", "Zoeken", ctx);
		return;
	}
	if (strlen(q) > CASUS_ZOEK_MAX) {
		cw_fout(&fouten, "q", arena_printf(r->arena, "Uw zoekvraag is te lang: gebruik hoogstens %d tekens.",
		    CASUS_ZOEK_MAX));
		cw_fouten_ctx(ctx, &fouten);
		json_object_set_new(ctx, "q_fout", json_string(fouten.f[0].tekst));
		reply_page(r, 400, "casus/zoeken", "Zoeken", ctx);
		return;
	}
	if (!cw_pagina(r, &pagina)) {
		json_decref(ctx);
		return;
	}
	casus_filter_begin(r, &f);
	f.zoek = q;
	f.limit = CASUS_PAGINA;
	f.offset = (pagina - 1) * CASUS_PAGINA;
	if (f.beperk_tot_persoon != CASUS_ALLE)
		f.statussen = (1u << STATUS__MAX) - 1;   /* one's own concepts too */
	/* The query text itself is never logged: it may name people. */
	if (!cw_audit_lijst(r, "casus.zoeken", NULL, NULL)) {
		json_decref(ctx);
		return;
	}
	rc = store_casus_list(r->store, r->arena, &f, &rows, &n, &total, &e);
	if (rc == ERR_VALIDATION) {
		cw_fout(&fouten, "q", e.msg[0] ? arena_strdup(r->arena, e.msg) :
		    "Deze zoekvraag kan niet worden gebruikt. Probeer andere woorden.");
		cw_fouten_ctx(ctx, &fouten);
		json_object_set_new(ctx, "q_fout", json_string(fouten.f[0].tekst));
		reply_page(r, 400, "casus/zoeken", "Zoeken", ctx);
		return;
	}
	if (rc != ERR_OK) {
		json_decref(ctx);
		cw_reply_store(r, rc, &e);
		return;
	}
	cw_fouten_ctx(ctx, NULL);
	json_object_set_new(ctx, "gezocht", json_true());
	json_object_set_new(ctx, "tabel_titel", json_string("Zoekresultaten"));
	json_object_set_new(ctx, "toon_hulpvraag", json_true());
	json_object_set_new(ctx, "leeg_tekst", json_string("Geen casussen gevonden. Probeer andere of minder woorden."));
	json_object_set_new(ctx, "rijen", rijen_json(r, rows, n));
	json_object_set_new(ctx, "heeft_rijen", json_boolean(n > 0));
	json_object_set_new(ctx, "totaal", json_integer((json_int_t)total));
	json_object_set_new(ctx, "een_resultaat", json_boolean(total == 1));
	buf_init(&base, 0);
	buf_puts(&base, "q=");
	escape_url(&base, q);
	cw_paginering(r, ctx, "/zoeken", buf_str(&base), pagina, total);
	buf_free(&base);
	reply_page(r, 200, "casus/zoeken", "Zoeken", ctx);
}

void
h_followup_lijst(struct request *r)
{
	struct casus_rij *rows = NULL;
	size_t n = 0;
	struct err e = { 0 };
	enum err_code rc;
	int vandaag = app_vandaag(r);
	json_t *ctx = json_object(), *a = json_array();
	const char *gedaan = req_query(r, "gedaan");

	if (!app_mag_alle_casussen(r, INZAGE_LIJST, "casus.lijst") ||
	    !cw_audit_lijst(r, "casus.lijst", "follow-up", NULL)) {
		json_decref(ctx);
		json_decref(a);
		return;
	}
	if ((rc = store_followup_due(r->store, r->arena, vandaag, &rows, &n, &e)) != ERR_OK) {
		json_decref(ctx);
		json_decref(a);
		cw_reply_store(r, rc, &e);
		return;
	}
	for (size_t i = 0; i < n; i++) {
		json_t *rij = cw_rij_json(r, &rows[i], vandaag);
		const char *id = arena_printf(r->arena, "followup_%zu", i);

		json_object_set_new(rij, "followup_op", json_string(app_datum_tekst(r, rows[i].followup_op)));
		json_object_set_new(rij, "te_laat", json_string(app_termijn_tekst(r, rows[i].followup_op, vandaag)));
		json_object_set_new(rij, "afgerond", json_string(rows[i].afgerond_op != DATE_NONE ?
		    app_datum_tekst(r, rows[i].afgerond_op) : ""));
		json_object_set_new(rij, "antwoord", cw_groep(NULL, arena_printf(r->arena, "%s_antwoord", id),
		    "antwoord", "Is het probleem van de burger opgelost?", NULL, true,
		    cw_opties(&codes_followup, -1, NULL)));
		json_object_set_new(rij, "toelichting", cw_veld(NULL, arena_printf(r->arena, "%s_toelichting", id),
		    "toelichting", "Toelichting", "Wat weet u over hoe het nu gaat? Geen BSN of volledige namen.",
		    CW_TEXTAREA, NULL, CASUS_MAX_TEKST, false));
		json_array_append(a, rij);
		json_decref(rij);
	}
	json_object_set_new(ctx, "rijen", a);
	json_object_set_new(ctx, "heeft_rijen", json_boolean(n > 0));
	if (gedaan != NULL && strcmp(gedaan, "followup") == 0)
		json_object_set_new(ctx, "flash", json_pack("{s:s,s:s}", "type", "ok",
		    "tekst", "Het antwoord op de follow-up is vastgelegd."));
	reply_page(r, 200, "casus/followup", "Follow-up", ctx);
}
