/* web_filter.c - the werkvoorraad filter form of the pages (the filter itself is read by app/casus/filter.c),
   list rows and pagination. */
#include <string.h>

#include "app/casus/filter.h"
#include "app/casus/web.h"
#include "app/common/tekst.h"
#include "core/termijn.h"
#include "lib/escape.h"

/* ---- werkvoorraad filters ---------------------------------------------- */

static void
query_add(struct buf *q, const char *key, const char *value)
{
	if (value == NULL || value[0] == '\0')
		return;
	if (q->len > 0)
		buf_putc(q, '&');
	buf_puts(q, key);
	buf_putc(q, '=');
	escape_url(q, value);
}

/*
 * The sortable column headers of the werkvoorraad as links that keep the filters (no JavaScript): "Ontvangen op"
 * turns between oldest and newest first, "Urgentie" puts the most urgent first; the active one has its aria-sort.
 */
static void
sorteer_koppen(struct request *r, json_t *ctx, const char *status, const char *rv, const char *lg, const char *bt,
    const char *it, const char *oud, const char *sort)
{
	static const struct {
		const char *kolom, *actief, *volgende, *aria;
	} koppen[] = {
		{ "ontvangen", "oudste", "nieuwste", "ascending" },
		{ "ontvangen", "nieuwste", "oudste", "descending" },
		{ "urgentie", "urgentie", "oudste", "descending" },
	};
	json_t *k = json_object();
	struct buf q;

	buf_init(&q, 1024);
	for (int kolom = 0; kolom < 2; kolom++) {
		const char *naam = kolom == 0 ? "ontvangen" : "urgentie";
		const char *naar = kolom == 0 ? "oudste" : "urgentie", *aria = NULL;

		for (size_t i = 0; i < sizeof(koppen) / sizeof(koppen[0]); i++)
			if (strcmp(koppen[i].kolom, naam) == 0 && strcmp(koppen[i].actief, sort) == 0) {
				naar = koppen[i].volgende;
				aria = koppen[i].aria;
			}
		buf_reset(&q);
		query_add(&q, "status", status);
		query_add(&q, "regievoerder", rv);
		query_add(&q, "leefgebied", lg);
		query_add(&q, "beleidsterrein", bt);
		query_add(&q, "indiener_type", it);
		query_add(&q, "ouder_dan", oud);
		query_add(&q, "sorteer", naar);
		json_object_set_new(k, naam, json_pack("{s:s,s:s?,s:s}", "href", arena_printf(r->arena, "/casussen?%s",
		    buf_str(&q)), "aria", aria, "uitleg", strcmp(naar, "nieuwste") == 0 ? "nieuwste eerst" :
		    strcmp(naar, "oudste") == 0 ? "oudste eerst" : "meest urgent eerst"));
	}
	buf_free(&q);
	json_object_set_new(ctx, "sorteer_kop", k);
}

bool
cw_filter(struct request *r, struct casus_filter *f, json_t *ctx)
{
	bool regie = cw_is_regie(r);
	const char *status = casus_filter_status_web(r), *rv = req_query(r, "regievoerder");
	const char *lg = req_query(r, "leefgebied"), *bt = req_query(r, "beleidsterrein");
	const char *it = req_query(r, "indiener_type"), *oud = req_query(r, "ouder_dan");
	const char *sort = req_query(r, "sorteer");
	struct casus_filter_fout fout;
	size_t si = 0, so = 0;
	struct buf q;
	json_t *opties, *fctx;

	casus_filter_begin(r, f);
	f->limit = CASUS_PAGINA;
	if (!casus_filter_lees(r, FILTER_WEB, f, &fout)) {
		reply_problem(r, 400, "Ongeldig filter", fout.tekst);
		return false;
	}
	if (sort == NULL || sort[0] == '\0')
		sort = casus_filter_sorteer_standaard(r);
	while (si < casus_nstatus_keuzes && strcmp(status, casus_status_keuzes[si].code) != 0)
		si++;
	while (so < casus_nsorteer_keuzes && strcmp(sort, casus_sorteer_keuzes[so].code) != 0)
		so++;

	if (ctx == NULL)
		return true;
	buf_init(&q, 4096);
	for (int zonder_status = 0; zonder_status <= 1; zonder_status++) {   /* the second for the counts per status */
		buf_reset(&q);
		query_add(&q, "status", zonder_status ? NULL : status);
		query_add(&q, "regievoerder", rv);
		query_add(&q, "leefgebied", lg);
		query_add(&q, "beleidsterrein", bt);
		query_add(&q, "indiener_type", it);
		query_add(&q, "ouder_dan", oud);
		query_add(&q, "sorteer", strcmp(sort, casus_filter_sorteer_standaard(r)) == 0 ? NULL : sort);
		json_object_set_new(ctx, zonder_status ? "filter_query_zonder_status" : "filter_query",
		    json_string(buf_str(&q)));
	}
	sorteer_koppen(r, ctx, status, rv, lg, bt, it, oud, sort);
	json_object_set_new(ctx, "filter_status", json_string(status));
	buf_free(&q);

	fctx = json_object();
	opties = json_array();
	for (size_t i = 0; i < casus_nstatus_keuzes; i++)
		if (casus_filter_status_keuze_mag(r, casus_status_keuzes[i].code))
			json_array_append_new(opties, cw_optie(casus_status_keuzes[i].code, casus_status_keuzes[i].label,
			    i == si));
	json_object_set_new(fctx, "status", cw_keuze(NULL, "filter_status", "status", "Status", NULL, opties));
	json_object_set_new(fctx, "leefgebied", cw_keuze(NULL, "filter_leefgebied", "leefgebied", "Leefgebied", NULL,
	    cw_opties(&codes_leefgebied, f->leefgebied, "Alle leefgebieden")));
	json_object_set_new(fctx, "beleidsterrein", cw_keuze(NULL, "filter_beleidsterrein", "beleidsterrein",
	    "Beleidsterrein", NULL, cw_opties(&codes_beleidsterrein, f->beleidsterrein, "Alle beleidsterreinen")));
	json_object_set_new(fctx, "indiener_type", cw_keuze(NULL, "filter_indiener_type", "indiener_type",
	    "Soort indiener", NULL, cw_opties(&codes_indiener_type, f->indiener_type, "Alle soorten")));
	json_object_set_new(fctx, "ouder_dan", cw_veld(NULL, "filter_ouder_dan", "ouder_dan",
	    "Ouder dan (dagen)", "Alleen casussen die langer dan dit aantal dagen geleden zijn ontvangen.", CW_GETAL,
	    oud, 5, false));
	json_object_set_new(json_object_get(fctx, "ouder_dan"), "toon_optioneel", json_false());
	opties = json_array();
	for (size_t i = 0; i < casus_nsorteer_keuzes; i++)
		json_array_append_new(opties, cw_optie(casus_sorteer_keuzes[i].code, casus_sorteer_keuzes[i].label,
		    i == so));
	json_object_set_new(fctx, "sorteer", cw_keuze(NULL, "filter_sorteer", "sorteer", "Sorteren op", NULL, opties));
	if (regie) {
		struct persoon_kort *rvs = NULL;
		size_t n = 0;
		struct err e = { 0 };

		opties = json_array();
		json_array_append_new(opties, cw_optie("", "Iedereen", rv == NULL || rv[0] == '\0'));
		json_array_append_new(opties, cw_optie("mij", "Mijn casussen", rv != NULL && strcmp(rv, "mij") == 0));
		json_array_append_new(opties, cw_optie("geen", "Niet toegewezen", f->niet_toegewezen));
		if (store_regievoerders(r->store, r->arena, &rvs, &n, &e) == ERR_OK)
			for (size_t i = 0; i < n; i++) {
				const char *code = arena_printf(r->arena, "%lld", (long long)rvs[i].id);
				json_array_append_new(opties, cw_optie(code, rvs[i].naam ? rvs[i].naam : code,
				    rv != NULL && strcmp(rv, code) == 0));
			}
		json_object_set_new(fctx, "regievoerder", cw_keuze(NULL, "filter_regievoerder", "regievoerder",
		    "Regievoerder", NULL, opties));
	}
	json_object_set_new(ctx, "filter", fctx);
	return true;
}

/* ---- list rows and pagination ------------------------------------------ */

int
cw_rij_looptijd(const struct casus_rij *row, int vandaag)
{
	struct casus c;

	memset(&c, 0, sizeof(c));
	c.ontvangen_op = row->ontvangen_op;
	c.afgerond_op = row->afgerond_op;
	return casus_looptijd(&c, vandaag);
}

/* The marker of a row that needs attention (core/termijn.c decides which), or NULL. */
static const char *
aandacht_tekst(struct request *r, const struct casus_rij *row, int vandaag)
{
	switch (casus_aandacht(row->status, row->urgentie, row->regievoerder_id != 0, row->followup_op,
	    row->followup_antwoord >= 0, vandaag)) {
	case AANDACHT_URGENT_NIET_TOEGEWEZEN:
		return arena_printf(r->arena, "Urgentie %s, niet toegewezen",
		    row->urgentie == URGENTIE_ZEER_HOOG ? "zeer hoog" : "hoog");
	case AANDACHT_FOLLOWUP_TE_LAAT:
		return arena_printf(r->arena, "Follow-up %s", app_termijn_tekst(r, row->followup_op, vandaag));
	case AANDACHT_GEEN:
		break;
	}
	return NULL;
}

json_t *
cw_rij_json(struct request *r, const struct casus_rij *row, int vandaag)
{
	const char *org = row->indiener_organisatie;
	bool concept = row->status == STATUS_CONCEPT;
	const char *aandacht = concept ? NULL : aandacht_tekst(r, row, vandaag);
	json_t *j;

	j = json_pack("{s:s,s:s,s:b,s:s?,s:s?,s:i,s:s,s:s,s:s,s:s,s:s,s:s,s:s,s:s}",
	    "pad", cw_pad(r, row->id, row->referentie),
	    "referentie", row->referentie ? row->referentie : "Concept",
	    "is_concept", row->status == STATUS_CONCEPT,
	    "ontvangen", concept ? NULL : app_datum_tekst(r, row->ontvangen_op),
	    "ontvangen_iso", app_datum_iso(r, row->ontvangen_op),
	    "looptijd", concept ? 0 : cw_rij_looptijd(row, vandaag),
	    "status", codes_casus_status.codes[row->status < STATUS__MAX ? row->status : 0],
	    "status_label", cw_label(&codes_casus_status, (int)row->status),
	    "urgentie", cw_label(&codes_urgentie, (int)row->urgentie),
	    "indiener", row->indiener_naam ? row->indiener_naam : "",
	    "organisatie", org ? org : "",
	    "regievoerder", row->regievoerder_naam ? row->regievoerder_naam : "Niet toegewezen",
	    "leefgebieden", cw_bits_tekst(r, &codes_leefgebied, row->leefgebieden),
	    "hulpvraag", row->hulpvraag ? row->hulpvraag : "");
	json_object_set_new(j, "hulpvraag_kort", json_string(app_kort(r, row->hulpvraag, CW_HULPVRAAG_KORT)));
	json_object_set_new(j, "looptijd_tekst", json_string(app_aantal(r, concept ? 0 : cw_rij_looptijd(row, vandaag),
	    "dag", "dagen")));
	if (aandacht != NULL)
		json_object_set_new(j, "aandacht", json_string(aandacht));
	return j;
}

bool
cw_pagina(struct request *r, int *pagina)
{
	const char *p = req_query(r, "pagina");
	long v;

	*pagina = 1;
	if (p == NULL || p[0] == '\0')
		return true;
	if (!casus_filter_getal(p, 1, CASUS_PAGINA_MAX, &v)) {
		reply_problem(r, 400, "Ongeldige pagina", "Het paginanummer is geen geldig getal.");
		return false;
	}
	*pagina = (int)v;
	return true;
}

void
cw_paginering(struct request *r, json_t *ctx, const char *pad, const char *base_query, int pagina, size_t total)
{
	int paginas = total == 0 ? 1 : (int)((total + CASUS_PAGINA - 1) / CASUS_PAGINA);
	const char *sep = base_query[0] != '\0' ? "&" : "";
	json_t *p = json_pack("{s:i,s:i,s:i}", "pagina", pagina, "paginas", paginas, "totaal", (json_int_t)total);

	if (pagina > 1)   /* past the end, "vorige" leads to the last page */
		json_object_set_new(p, "vorige", json_string(arena_printf(r->arena, "%s?%s%spagina=%d", pad, base_query,
		    sep, pagina > paginas ? paginas : pagina - 1)));
	if (pagina < paginas)
		json_object_set_new(p, "volgende", json_string(arena_printf(r->arena, "%s?%s%spagina=%d", pad,
		    base_query, sep, pagina + 1)));
	json_object_set_new(p, "meer", json_boolean(paginas > 1));
	json_object_set_new(ctx, "paginering", p);
}
