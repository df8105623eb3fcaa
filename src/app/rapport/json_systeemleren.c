/* json_systeemleren.c - chapters 3 to 5 of the jaarrapportage as JSON members of `doorbraak report`; the keys are decided here. */
#include "app/rapport/json.h"

#include "app/rapport/sl_tekst.h"
#include "core/rapport_systeemleren.h"

static void
set_int(json_t *o, const char *key, long long v)
{
	json_object_set_new(o, key, json_integer(v));
}

static json_t *
str_of_null(const char *s)
{
	return s != NULL ? json_string(s) : json_null();
}

/* {code: v[i]} for the codes of l from index van (codelists of issue 11 start some at 1). */
static json_t *
per_code(const struct codelist *l, const long *v, int n, int van)
{
	json_t *o = json_object();

	for (int i = van; i < n && i < l->n; i++)
		if (l->codes[i] != NULL)
			set_int(o, l->codes[i], v[i]);
	return o;
}

static json_t *
naamlijst(const struct rapport_naamlijst *l)
{
	json_t *a = json_array();

	for (size_t i = 0; i < l->n; i++)
		json_array_append_new(a, json_pack("{s:s,s:s,s:I}", "naam", l->rijen[i].naam, "type",
		    codes_organisatie_type.codes[l->rijen[i].type], "aantal", (json_int_t)l->rijen[i].aantal));
	return a;
}

static json_t *
knelpunten_json(const struct rapport_knelpunten *k)
{
	json_t *o = json_object(), *soorten = json_object();

	set_int(o, "casussen", k->casussen);
	set_int(o, "metKnelpunt", k->met_knelpunt);
	json_object_set_new(o, "categorie", per_code(&codes_categorie, k->categorie, CATEGORIE__MAX, 0));
	json_object_set_new(o, "knelpunten", per_code(&codes_categorie, k->knelpunten, CATEGORIE__MAX, 0));
	for (int c = 0; c < CATEGORIE__MAX; c++) {
		json_t *s = json_object();

		for (int i = 0; i < KSOORT__MAX; i++)
			if (knelpunt_soort_categorie[i] == (enum categorie)c)
				set_int(s, codes_knelpunt_soort.codes[i], k->soort[i]);
		set_int(s, "niet_vastgelegd", k->zonder_soort[c]);
		json_object_set_new(soorten, codes_categorie.codes[c], s);
	}
	json_object_set_new(o, "soorten", soorten);
	set_int(o, "buitenlandseComponent", k->buitenlands);
	json_object_set_new(o, "buitenlandseComponentPerCategorie",
	    per_code(&codes_categorie, k->buitenlands_knelpunt, CATEGORIE__MAX, 0));
	return o;
}

static json_t *
maatwerk_json(const struct rapport_maatwerk *m)
{
	json_t *o = json_object();

	set_int(o, "casussen", m->casussen);
	set_int(o, "metMaatwerk", m->met_maatwerk);
	set_int(o, "meerdereToepassingen", m->meer_vormen);
	set_int(o, "toepassingen", m->toepassingen);
	json_object_set_new(o, "vorm", per_code(&codes_maatwerk_vorm, m->vorm, MVORM__MAX, 0));
	json_object_set_new(o, "door", per_code(&codes_organisatie_type, m->door, ORGTYPE__MAX, 0));
	set_int(o, "doorOnbekend", m->door_onbekend);
	json_object_set_new(o, "doorOrganisatie", naamlijst(&m->door_naam));
	json_object_set_new(o, "wet", per_code(&codes_wet_regeling, m->wet, WET__MAX, 0));
	set_int(o, "wetOnbekend", m->wet_onbekend);
	json_object_set_new(o, "samenvatting", per_code(&codes_maatwerk, m->samenvatting, MAATWERK__MAX, 0));
	set_int(o, "samenvattingLeeg", m->samenvatting_leeg);
	json_object_set_new(o, "followup", per_code(&codes_followup, m->followup, FOLLOWUP__MAX, 0));
	set_int(o, "followupOpen", m->followup_open);
	json_object_set_new(o, "followupMetMaatwerk", per_code(&codes_followup, m->followup_maatwerk, FOLLOWUP__MAX, 0));
	set_int(o, "followupMetMaatwerkOpen", m->followup_maatwerk_open);
	return o;
}

static json_t *
rij_json(struct arena *a, const struct rapport_lp_rij *r)
{
	json_t *o = json_object(), *pad = json_array(), *cs = json_array(), *partners = json_array();
	const struct leerpunt *lp = r->lp;

	set_int(o, "id", lp->id);
	json_object_set_new(o, "omschrijving", str_of_null(lp->omschrijving));
	json_object_set_new(o, "categorie", json_string(codes_categorie.codes[lp->categorie]));
	set_int(o, "orde", lp->orde);
	json_object_set_new(o, "vraag", json_boolean(lp->vraag));
	json_object_set_new(o, "alBekend", json_boolean(lp->al_bekend));
	json_object_set_new(o, "terugkerend", json_boolean(lp->terugkerend));
	json_object_set_new(o, "belegdBij", json_string(rapport_sl_belegd_bij(a, r)));
	for (size_t k = 0; k < r->npad; k++)
		json_array_append_new(pad, str_of_null(r->pad[k]->bij_pmm ? "PMM" : r->pad[k]->bij.naam));
	json_object_set_new(o, "pad", pad);
	for (size_t k = 0; r->b != NULL && k < r->b->npartners; k++)
		json_array_append_new(partners, str_of_null(r->b->partners[k].naam));
	json_object_set_new(o, "partners", partners);
	json_object_set_new(o, "nietBelegd", r->b != NULL && r->b->niet_belegd != NIETBELEGD_NEE ?
	    json_string(codes_niet_belegd_reden.codes[r->b->niet_belegd]) : json_null());
	json_object_set_new(o, "status", r->status >= 0 ? json_string(codes_opvolging_status.codes[r->status]) :
	    json_null());
	json_object_set_new(o, "reden", r->reden >= 0 && r->reden < REDEN__MAX ? json_string(codes_reden.codes[r->reden]) :
	    json_null());
	json_object_set_new(o, "statusTekst", str_of_null(r->tekst));
	json_object_set_new(o, "statusTekstDatum", str_of_null(rapport_datum(a, r->tekst_datum)));
	for (size_t k = 0; k < r->ncasussen; k++)
		json_array_append_new(cs, json_string(r->casussen[k]));
	json_object_set_new(o, "casussen", cs);
	return o;
}

static json_t *
groepen_json(struct arena *a, const struct rapport_leerpuntlijst *l)
{
	json_t *v = json_array();

	for (size_t i = 0; i < l->ngroepen; i++) {
		const struct rapport_lp_groep *g = &l->groepen[i];
		json_t *o = json_object(), *rijen = json_array();

		json_object_set_new(o, "soort", g->nergens ? json_string("nergens") :
		    json_string(rapport_json_partij[g->soort]));
		json_object_set_new(o, "partij", json_string(rapport_sl_groepnaam(a, l, g)));
		json_object_set_new(o, "ministerie", g->ministerie >= 0 ?
		    json_string(codes_beleidsterrein.codes[g->ministerie]) : json_null());
		set_int(o, "aantal", (long long)g->n);
		json_object_set_new(o, "status", per_code(&codes_opvolging_status, g->status, OPVOLGING__MAX, 0));
		for (size_t k = 0; k < g->n; k++)
			json_array_append_new(rijen, rij_json(a, &g->rijen[k]));
		json_object_set_new(o, "leerpunten", rijen);
		json_array_append_new(v, o);
	}
	return v;
}

static json_t *
per_sleutel_partij(const long *v)
{
	json_t *o = json_object();

	for (int i = 0; i < PARTIJ__MAX; i++)
		set_int(o, rapport_json_partij[i], v[i]);
	return o;
}

static json_t *
telling_json(const struct rapport_leerpuntlijst *l)
{
	json_t *o = json_object(), *pmm;

	set_int(o, "leerpunten", l->leerpunten);
	json_object_set_new(o, "leerpuntenPerSoort", per_sleutel_partij(l->leerpunten_per_soort));
	json_object_set_new(o, "beleggingenPerSoort", per_sleutel_partij(l->beleggingen_per_soort));
	set_int(o, "meerPartijen", l->meer_partijen);
	set_int(o, "nergensBelegd", l->nergens);
	set_int(o, "adresNietBelegd", l->niet_belegd);
	set_int(o, "gezamenlijk", l->gezamenlijk);
	set_int(o, "doorgezet", l->doorgezet);
	set_int(o, "alBekend", l->al_bekend);
	set_int(o, "terugkerend", l->terugkerend);
	set_int(o, "vraag", l->vraag);
	pmm = per_code(&codes_pmm_soort, l->pmm_soort, PMMSOORT__MAX, 1);
	set_int(pmm, "niet_vastgelegd", l->pmm_soort[PMMSOORT_GEEN]);
	json_object_set_new(o, "pmmSoort", pmm);
	set_int(o, "zonderLeerpunt", l->geen_leerpunt);
	json_object_set_new(o, "redenGeenLeerpunt", per_code(&codes_reden_geen_leerpunt, l->reden_geen_leerpunt,
	    GEENLP__MAX, 0));
	set_int(o, "redenGeenLeerpuntLeeg", l->reden_geen_leerpunt_leeg);
	return o;
}

/* A square table {code: {code: n}} over the first n codes of l. */
static json_t *
kruis(const struct codelist *l, const long *v, int n)
{
	json_t *o = json_object();

	for (int x = 0; x < n; x++)
		json_object_set_new(o, l->codes[x], per_code(l, v + (size_t)x * (size_t)n, n, 0));
	return o;
}

static json_t *
kruis_json(const struct rapport_kruis *k)
{
	json_t *o = json_object(), *lg = json_object(), *co = json_object();

	set_int(o, "casussen", k->casussen);
	json_object_set_new(lg, "alleen", per_code(&codes_leefgebied, k->lg_alleen, LEEFGEBIED__MAX, 0));
	json_object_set_new(lg, "metAndere", per_code(&codes_leefgebied, k->lg_met_andere, LEEFGEBIED__MAX, 0));
	json_object_set_new(lg, "samen", kruis(&codes_leefgebied, &k->lg_samen[0][0], LEEFGEBIED__MAX));
	json_object_set_new(o, "leefgebieden", lg);
	json_object_set_new(o, "beleidsterreinenSamen", kruis(&codes_beleidsterrein, &k->bt_samen[0][0],
	    BELEIDSTERREIN__MAX));
	json_object_set_new(o, "beleidsterreinenGegroepeerd", per_code(&codes_beleidsterrein, k->bt_gegroepeerd,
	    BELEIDSTERREIN__MAX, 0));
	for (int c = 0; c < CATEGORIE__MAX; c++)
		json_object_set_new(co, codes_categorie.codes[c], json_pack("{s:I,s:I,s:I}", "1",
		    (json_int_t)k->categorie_orde[c][0], "2", (json_int_t)k->categorie_orde[c][1], "3",
		    (json_int_t)k->categorie_orde[c][2]));
	json_object_set_new(o, "categorieOrde", co);
	json_object_set_new(o, "gemeenten", naamlijst(&k->gemeenten));
	json_object_set_new(o, "indienersOverig", naamlijst(&k->indieners_overig));
	json_object_set_new(o, "betrokkenOrganisaties", naamlijst(&k->betrokken));
	return o;
}

static json_t *
wijzigingen_json(struct arena *a, const struct rapport_systeemleren *sl)
{
	json_t *v = json_array();

	for (size_t i = 0; i < sl->nwijzigingen; i++) {
		const struct systeemwijziging *w = sl->wijzigingen[i];
		json_t *lps = json_array(), *cs = json_array();

		for (size_t k = 0; k < w->nleerpunten; k++)
			json_array_append_new(lps, json_integer(w->leerpunten[k]));
		for (size_t k = 0; k < w->ncasussen; k++)
			json_array_append_new(cs, json_string(w->casussen[k]));
		json_array_append_new(v, json_pack("{s:s,s:s,s:o,s:o,s:o,s:o,s:o,s:o}", "omschrijving", w->omschrijving,
		    "soort", codes_systeemwijziging_soort.codes[w->soort], "gerealiseerdOp",
		    str_of_null(rapport_datum(a, w->gerealiseerd_op)), "door", str_of_null(w->door.naam), "bron",
		    str_of_null(w->bron), "url", str_of_null(w->url), "leerpunten", lps, "casussen", cs));
	}
	return v;
}

json_t *
rapport_json_systeemleren(const struct rapport_systeemleren *sl)
{
	struct arena *a = arena_new();
	json_t *o = json_object(), *an = json_object(), *buiten = json_array();

	json_object_set_new(o, "peildatum", str_of_null(rapport_datum(a, sl->leerpunten.peildatum)));
	json_object_set_new(o, "peildatumBron", json_string(rapport_peil_bron_code[sl->leerpunten.peil_bron]));
	json_object_set_new(o, "peildatumRonde", str_of_null(sl->leerpunten.peil_ronde));
	json_object_set_new(an, "totEnMet", str_of_null(rapport_datum(a, sl->analyse.tot)));
	set_int(an, "afgerond", sl->analyse.afgerond);
	set_int(an, "geanalyseerd", sl->analyse.geanalyseerd);
	for (size_t i = 0; i < sl->analyse.nbuiten; i++) {
		const struct rapport_casus_ref *c = &sl->analyse.buiten[i];

		json_array_append_new(buiten, c->referentie != NULL ? json_string(c->referentie) :
		    json_sprintf("#%lld", (long long)c->id));
	}
	json_object_set_new(an, "nietGeanalyseerd", buiten);
	set_int(an, "laterBesproken", sl->analyse.later_besproken);
	set_int(an, "geanalyseerdMetLeerpunt", sl->analyse.geanalyseerd_met_leerpunt);
	set_int(an, "leerpuntenGeanalyseerd", sl->analyse.leerpunten_geanalyseerd);
	json_object_set_new(o, "analyse", an);
	json_object_set_new(o, "knelpunten", knelpunten_json(&sl->knelpunten));
	json_object_set_new(o, "knelpuntenGeanalyseerd", knelpunten_json(&sl->knelpunten_geanalyseerd));
	json_object_set_new(o, "maatwerk", maatwerk_json(&sl->maatwerk));
	json_object_set_new(o, "leerpuntenPerPartij", groepen_json(a, &sl->leerpunten));
	json_object_set_new(o, "telling", telling_json(&sl->leerpunten));
	json_object_set_new(o, "kruistabellen", kruis_json(&sl->kruis));
	json_object_set_new(o, "systeemwijzigingen", wijzigingen_json(a, sl));
	arena_free(a);
	return o;
}
