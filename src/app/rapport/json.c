/* json.c - the jaarrapportage's figures as JSON: the output of `doorbraak report`; the keys are decided here. */
#include "app/rapport/json.h"

const char *const rapport_json_partij[PARTIJ__MAX] = {
	[PARTIJ_MINISTERIE] = "ministerie", [PARTIJ_GEMEENTE] = "gemeente",
	[PARTIJ_LPD] = "landelijke_publieke_dienstverlener", [PARTIJ_PMM] = "pmm", [PARTIJ_OVERIG] = "overig",
};

const char *const rapport_json_gebrek[GEBREK__MAX] = {
	[GEBREK_LEEFGEBIED] = "geenLeefgebied", [GEBREK_INDIENER_TYPE] = "geenIndienerType",
	[GEBREK_INTERVENTIE] = "geenInterventie", [GEBREK_BELEIDSTERREIN] = "geenBeleidsterrein",
	[GEBREK_LOOPTIJD] = "geenLooptijd", [GEBREK_MINISTERIE] = "onbekendMinisterie",
};

static const char *const aantal_sleutel[AANTAL__MAX] = { "0", "1", "2", "3+" };
static const char *const orde_sleutel[RAPPORT_ORDE__MAX] = { "1", "2", "3" };

static void
set_int(json_t *o, const char *key, long long v)
{
	json_object_set_new(o, key, json_integer(v));
}

/* An integer when whole, a real (x.5) otherwise. */
static json_t *
mediaan(struct rapport_mediaan m)
{
	if (m.halven % 2 == 0)
		return json_integer(m.halven / 2);
	return json_real((double)m.halven / 2.0);
}

/* {key[i]: v[i]} for i < n. */
static json_t *
per_sleutel(const char *const *keys, const long *v, int n)
{
	json_t *o = json_object();

	for (int i = 0; i < n; i++)
		set_int(o, keys[i], v[i]);
	return o;
}

/* {code: v[i]} for the first n codes of l (n is the enum's __MAX). */
static json_t *
per_code(const struct codelist *l, const long *v, int n)
{
	return per_sleutel(l->codes, v, n < l->n ? n : l->n);
}

static json_t *
looptijd_json(const struct rapport_figuren *f)
{
	json_t *o = json_object(), *verdeling = json_array();

	set_int(o, "binnen4Weken", f->looptijd.binnen4);
	set_int(o, "binnen8Weken", f->looptijd.binnen8);
	set_int(o, "langerDan20Weken", f->looptijd.langer20);
	json_object_set_new(o, "mediaanDagen", mediaan(f->looptijd.mediaan));
	for (int i = 0; i < LOOPTIJD__MAX; i++) {
		json_t *b = json_object();

		json_object_set_new(b, "totEnMetWeken",
		    i < LOOPTIJD__MAX - 1 ? json_integer(rapport_looptijd_tot_weken[i]) : json_null());
		set_int(b, "aantal", f->looptijd.klasse[i]);
		json_array_append_new(verdeling, b);
	}
	json_object_set_new(o, "verdeling", verdeling);
	return o;
}

static json_t *
leerpunten_json(const struct rapport_figuren *f)
{
	json_t *o = json_object();

	set_int(o, "casussenMetLeerpunten", f->leerpunten.casussen);
	set_int(o, "totaal", f->leerpunten.totaal);
	set_int(o, "nietBelegd", f->leerpunten.niet_belegd);
	json_object_set_new(o, "beleggingen", per_sleutel(rapport_json_partij, f->leerpunten.beleggingen, PARTIJ__MAX));
	json_object_set_new(o, "perMinisterie",
	    per_code(&codes_beleidsterrein, f->leerpunten.per_ministerie, BELEIDSTERREIN__MAX));
	json_object_set_new(o, "categorie", per_code(&codes_categorie, f->leerpunten.categorie, CATEGORIE__MAX));
	json_object_set_new(o, "orde", per_sleutel(orde_sleutel, f->leerpunten.orde, RAPPORT_ORDE__MAX));
	json_object_set_new(o, "status", per_code(&codes_opvolging_status, f->leerpunten.status, OPVOLGING__MAX));
	return o;
}

json_t *
rapport_json_figuren(const struct rapport_figuren *f)
{
	json_t *o = json_object();

	set_int(o, "jaar", f->jaar);
	set_int(o, "ingediend", f->ingediend);
	set_int(o, "afgerond", f->afgerond);
	{   /* of those ingediend: was the Maatwerkregister tried first ("onbekend": not answered) */
		json_t *rp = per_code(&codes_register_poging, f->register_geprobeerd, REGPOGING__MAX);

		set_int(rp, "onbekend", f->register_geprobeerd[REGPOGING__MAX]);
		json_object_set_new(o, "registerGeprobeerd", rp);
	}
	json_object_set_new(o, "looptijd", looptijd_json(f));
	json_object_set_new(o, "indieners", per_code(&codes_indiener_type, f->indieners, INDIENER__MAX));
	set_int(o, "indienersGemeenteAangesloten", f->indieners_gemeente_aangesloten);
	json_object_set_new(o, "leefgebieden", per_code(&codes_leefgebied, f->leefgebieden, LEEFGEBIED__MAX));
	json_object_set_new(o, "aantalLeefgebieden", per_sleutel(aantal_sleutel, f->aantal_leefgebieden, AANTAL__MAX));
	json_object_set_new(o, "beleidsterreinen",
	    per_code(&codes_beleidsterrein, f->beleidsterreinen, BELEIDSTERREIN__MAX));
	json_object_set_new(o, "beleidsterreinenUitsluitend",
	    per_code(&codes_beleidsterrein, f->beleidsterreinen_uitsluitend, BELEIDSTERREIN__MAX));
	json_object_set_new(o, "betrokkenOrganisaties",
	    per_code(&codes_organisatie_type, f->organisaties, ORGTYPE__MAX));
	json_object_set_new(o, "interventies", per_code(&codes_interventie_type, f->interventies, INTERVENTIE__MAX));
	set_int(o, "escalatiesLet", f->escalaties_let);
	json_object_set_new(o, "leerpunten", leerpunten_json(f));
	return o;
}

/* The name of a casus in a data-quality list. */
static json_t *
ref_json(const struct rapport_casus_ref *c)
{
	if (c->referentie != NULL)
		return json_string(c->referentie);
	return json_sprintf("#%lld", (long long)c->id);
}

json_t *
rapport_json_kwaliteit(const struct rapport_kwaliteit *k)
{
	json_t *o = json_object();

	set_int(o, "jaar", k->jaar);
	set_int(o, "afgerond", k->afgerond);
	for (int g = 0; g < GEBREK__MAX; g++) {
		json_t *l = json_array();

		for (size_t i = 0; i < k->lijst[g].n; i++)
			json_array_append_new(l, ref_json(&k->lijst[g].casussen[i]));
		json_object_set_new(o, rapport_json_gebrek[g], l);
	}
	return o;
}

json_t *
rapport_json_complexiteit(const struct rapport_figuren *f)
{
	json_t *o = json_object(), *verdeling = json_array();

	set_int(o, "jaar", f->jaar);
	set_int(o, "afgerond", f->afgerond);
	json_object_set_new(o, "mediaan", mediaan(f->complexiteit.mediaan));
	for (int b = 0; b < RAPPORT_BAND__MAX; b++) {
		json_t *e = json_object();

		set_int(e, "van", rapport_band_van[b]);
		json_object_set_new(e, "totEnMet",
		    b + 1 < RAPPORT_BAND__MAX ? json_integer(rapport_band_van[b + 1] - 1) : json_null());
		set_int(e, "aantal", f->complexiteit.band[b]);
		json_array_append_new(verdeling, e);
	}
	json_object_set_new(o, "verdeling", verdeling);
	return o;
}
