/* web_filter.c - the werkvoorraad filters (shared by the list and the .xlsx export), list rows and
   pagination. */
#include <stdlib.h>
#include <string.h>

#include "app/casus/filter.h"
#include "app/casus/web.h"
#include "lib/escape.h"

/* ---- werkvoorraad filters ---------------------------------------------- */

static const struct {
	const char *code, *label;
	unsigned bits;
} status_keuzes[] = {
	{ "open", "Open (aangemeld en in behandeling)", (1u << STATUS_AANGEMELD) | (1u << STATUS_IN_BEHANDELING) },
	{ "aangemeld", "Aangemeld", 1u << STATUS_AANGEMELD },
	{ "in_behandeling", "In behandeling", 1u << STATUS_IN_BEHANDELING },
	{ "afgerond", "Afgerond", 1u << STATUS_AFGEROND },
	{ "concept", "Concept (nog niet ingediend)", 1u << STATUS_CONCEPT },
	{ "alle", "Alle", 0 },
};

static const struct {
	const char *code, *label;
	int sort;
} sorteer_keuzes[] = {
	{ "nieuwste", "Ontvangen: nieuwste eerst", SORT_ONTVANGEN_DESC },
	{ "oudste", "Ontvangen: oudste eerst", SORT_ONTVANGEN_ASC },
	{ "referentie", "Referentie", SORT_REFERENTIE },
	{ "status", "Status", SORT_STATUS },
};

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

static bool
fout_400(struct request *r, const char *tekst)
{
	reply_problem(r, 400, "Ongeldig filter", tekst);
	return false;
}

bool
cw_filter(struct request *r, struct casus_filter *f, json_t *ctx)
{
	bool regie = cw_is_regie(r);
	const char *status = req_query(r, "status"), *rv = req_query(r, "regievoerder");
	const char *lg = req_query(r, "leefgebied"), *bt = req_query(r, "beleidsterrein");
	const char *it = req_query(r, "indiener_type"), *oud = req_query(r, "ouder_dan");
	const char *sort = req_query(r, "sorteer");
	size_t si = 0, so = 0;
	struct buf q;
	json_t *opties, *fctx;

	casus_filter_begin(r, f);
	f->limit = CW_PAGINA;

	if (status == NULL || status[0] == '\0')
		status = regie ? "open" : "alle";
	for (si = 0; si < sizeof(status_keuzes) / sizeof(status_keuzes[0]); si++)
		if (strcmp(status, status_keuzes[si].code) == 0)
			break;
	if (si == sizeof(status_keuzes) / sizeof(status_keuzes[0]) || (regie && strcmp(status, "concept") == 0))
		return fout_400(r, "Kies een status uit de lijst.");
	f->statussen = status_keuzes[si].bits;
	if (f->statussen == 0 && !regie)   /* "alle" for an indiener includes their own concepts */
		f->statussen = (1u << STATUS__MAX) - 1;

	if (rv != NULL && rv[0] != '\0') {
		char *end;
		long long id;

		if (strcmp(rv, "mij") == 0)
			f->regievoerder_id = r->actor.persoon_id != 0 ? r->actor.persoon_id : -1;
		else if (strcmp(rv, "geen") == 0)
			f->niet_toegewezen = true;
		else if ((id = strtoll(rv, &end, 10)) > 0 && *end == '\0')
			f->regievoerder_id = id;
		else
			return fout_400(r, "Kies een regievoerder uit de lijst.");
	}
	if ((f->leefgebied = cw_code(&codes_leefgebied, lg)) == -2)
		return fout_400(r, "Kies een leefgebied uit de lijst.");
	if ((f->beleidsterrein = cw_code(&codes_beleidsterrein, bt)) == -2)
		return fout_400(r, "Kies een beleidsterrein uit de lijst.");
	if ((f->indiener_type = cw_code(&codes_indiener_type, it)) == -2)
		return fout_400(r, "Kies een soort indiener uit de lijst.");
	if (oud != NULL && oud[0] != '\0') {
		char *end;
		long v = strtol(oud, &end, 10);

		if (*end != '\0' || v < 0 || v > 36500)
			return fout_400(r, "Vul bij \"ouder dan\" een aantal dagen in (een heel getal van 0 tot 36500).");
		f->min_leeftijd_dagen = (int)v;
	}
	if (sort == NULL || sort[0] == '\0')
		sort = "nieuwste";
	for (so = 0; so < sizeof(sorteer_keuzes) / sizeof(sorteer_keuzes[0]); so++)
		if (strcmp(sort, sorteer_keuzes[so].code) == 0)
			break;
	if (so == sizeof(sorteer_keuzes) / sizeof(sorteer_keuzes[0]))
		return fout_400(r, "Kies een sortering uit de lijst.");
	f->sort = sorteer_keuzes[so].sort;

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
		query_add(&q, "sorteer", strcmp(sort, "nieuwste") == 0 ? NULL : sort);
		json_object_set_new(ctx, zonder_status ? "filter_query_zonder_status" : "filter_query",
		    json_string(buf_str(&q)));
	}
	json_object_set_new(ctx, "filter_status", json_string(status));
	buf_free(&q);

	fctx = json_object();
	opties = json_array();
	for (size_t i = 0; i < sizeof(status_keuzes) / sizeof(status_keuzes[0]); i++)
		if (!(regie && strcmp(status_keuzes[i].code, "concept") == 0))
			json_array_append_new(opties, cw_optie(status_keuzes[i].code, status_keuzes[i].label, i == si));
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
	for (size_t i = 0; i < sizeof(sorteer_keuzes) / sizeof(sorteer_keuzes[0]); i++)
		json_array_append_new(opties, cw_optie(sorteer_keuzes[i].code, sorteer_keuzes[i].label, i == so));
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

json_t *
cw_rij_json(struct request *r, const struct casus_rij *row, int vandaag)
{
	const char *org = row->indiener_organisatie;
	bool concept = row->status == STATUS_CONCEPT;

	return json_pack("{s:s,s:s,s:b,s:s?,s:s?,s:i,s:s,s:s,s:s,s:s,s:s,s:s,s:s,s:s}",
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
}

bool
cw_pagina(struct request *r, int *pagina)
{
	const char *p = req_query(r, "pagina");
	char *end;
	long v;

	*pagina = 1;
	if (p == NULL || p[0] == '\0')
		return true;
	v = strtol(p, &end, 10);
	if (*end != '\0' || v < 1 || v > 100000) {
		reply_problem(r, 400, "Ongeldige pagina", "Het paginanummer is geen geldig getal.");
		return false;
	}
	*pagina = (int)v;
	return true;
}

void
cw_paginering(struct request *r, json_t *ctx, const char *pad, const char *base_query, int pagina, size_t total)
{
	int paginas = total == 0 ? 1 : (int)((total + CW_PAGINA - 1) / CW_PAGINA);
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
