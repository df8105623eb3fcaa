/* groei.c - the network page (/netwerk): the organisations connected to PMM by kind over time, as a chart with the
   table that is its text alternative, the figures per year the jaarrapportage uses, and the count on any day. */
#include <string.h>

#include "app/common/datum.h"
#include "app/netwerk/handlers.h"
#include "app/netwerk/svg.h"
#include "lib/date.h"
#include "store/netwerk/organisatie.h"

#define MAANDEN_MAX 600   /* fifty years of months */
#define PEILDATA_MAX 64

static json_t *
stand_json(struct request *r, const struct netwerk_stand *s, const char *label)
{
	return json_pack("{s:s,s:s,s:i,s:i,s:i,s:i,s:i}", "label", label ? label : app_datum_tekst(r, s->datum),
	    "datum", app_datum_iso(r, s->datum), "ministeries", s->aantal[NETWERK_MINISTERIE], "dienstverleners",
	    s->aantal[NETWERK_DIENSTVERLENER], "gemeenten", s->aantal[NETWERK_GEMEENTE], "anders",
	    s->aantal[NETWERK_ANDERS], "totaal", s->totaal);
}

/* GET /netwerk[?peildatum=JJJJ-MM-DD]: 200; 400 when the peildatum is not a date from 2019 on, not after today. */
void
h_netwerk(struct request *r)
{
	struct netwerk_org *orgs = NULL;
	struct netwerk_stand *maanden, s;
	size_t norgs = 0, nmaanden = 0, npeil;
	int vandaag = app_vandaag(r), peil[PEILDATA_MAX], d, begin = date_from_ymd(NETWERK_EERSTE_JAAR, 5, 1);
	const char *pv = req_query(r, "peildatum"), *fout = NULL;
	struct err e = { 0 };
	enum err_code rc;
	json_t *ctx, *rijen, *jaren;
	char *svg;

	if ((rc = store_netwerk_groei(r->store, r->arena, &orgs, &norgs, &e)) != ERR_OK) {
		reply_err(r, &e);
		return;
	}
	ctx = json_object();
	if (pv != NULL && *pv != '\0') {
		if (!date_parse(pv, &d) || d < date_from_ymd(NETWERK_EERSTE_JAAR, 1, 1) || d > vandaag) {
			fout = "Vul een datum in als JJJJ-MM-DD, vanaf 1 januari 2019 en niet na vandaag.";
		} else {
			netwerk_stand_op(orgs, norgs, d, &s);
			json_object_set_new(ctx, "peilstand", stand_json(r, &s, NULL));
		}
		json_object_set_new(ctx, "peildatum", json_string(pv));
	}
	/* the chart: the first of every month from the start in May 2019, and today */
	maanden = arena_alloc(r->arena, sizeof(*maanden) * (MAANDEN_MAX + 1));
	for (d = begin; d < vandaag && nmaanden < MAANDEN_MAX; d = date_add_months(d, 1))
		netwerk_stand_op(orgs, norgs, d, &maanden[nmaanden++]);
	netwerk_stand_op(orgs, norgs, vandaag, &maanden[nmaanden++]);
	svg = netwerk_svg_groei(r->arena, maanden, nmaanden);
	/* svg_veilig: only ever a string from netwerk_svg_groei, which escapes every text it draws */
	if (svg != NULL)
		json_object_set_new(ctx, "svg_veilig", json_string(svg));

	rijen = json_array();
	npeil = netwerk_peildata(vandaag, peil, PEILDATA_MAX);
	for (size_t i = 0; i < npeil; i++) {
		netwerk_stand_op(orgs, norgs, peil[i], &s);
		json_array_append_new(rijen, stand_json(r, &s, peil[i] == vandaag ?
		    arena_printf(r->arena, "%s (vandaag)", app_datum_tekst(r, peil[i])) : NULL));
	}
	json_object_set_new(ctx, "standen", rijen);
	jaren = json_array();
	for (int j = NETWERK_EERSTE_JAAR; j <= date_year(vandaag); j++) {
		struct netwerk_jaar nj;

		netwerk_jaar_cijfers(orgs, norgs, j, &nj);
		if (j == date_year(vandaag))   /* the year is not over: count up to today */
			netwerk_stand_op(orgs, norgs, vandaag, &nj.eind);
		json_array_append_new(jaren, json_pack("{s:i,s:b,s:i,s:i,s:i,s:i,s:i,s:i,s:i,s:i}", "jaar", j, "lopend",
		    j == date_year(vandaag), "ministeries", nj.eind.aantal[NETWERK_MINISTERIE], "ministeries_nieuw",
		    nj.nieuw[NETWERK_MINISTERIE], "dienstverleners", nj.eind.aantal[NETWERK_DIENSTVERLENER],
		    "dienstverleners_nieuw", nj.nieuw[NETWERK_DIENSTVERLENER], "gemeenten",
		    nj.eind.aantal[NETWERK_GEMEENTE], "gemeenten_nieuw", nj.nieuw[NETWERK_GEMEENTE], "totaal",
		    nj.eind.totaal, "totaal_nieuw", nj.nieuw_totaal));
	}
	json_object_set_new(ctx, "jaren", jaren);
	if (fout != NULL) {
		json_object_set_new(ctx, "fout", json_string(fout));
		reply_page(r, 400, "netwerk/groei", "Het netwerk", ctx);
		return;
	}
	reply_page(r, 200, "netwerk/groei", "Het netwerk", ctx);
}
