/* inzage.c - builds the JSON of an inzageverzoek from the casus, its timeline and participants, and its audit rows. */
#include "app/privacy/inzage.h"

#include "app/interchange/interchange.h"
#include "core/codes.h"
#include "lib/date.h"

/* A string member, left out when NULL. */
static void
tekst(json_t *o, const char *naam, const char *v)
{
	if (v != NULL)
		json_object_set_new(o, naam, json_string(v));
}

static json_t *
tijdlijn(const struct inzage *z)
{
	json_t *arr = json_array();

	for (size_t i = 0; i < z->n_tijdlijn; i++) {
		const struct activiteit *t = &z->tijdlijn[i];
		json_t *o = json_object();
		char d[DATE_STRLEN];

		if ((int)t->type >= 0 && (int)t->type < codes_activiteit_type.n)
			tekst(o, "soort", codes_activiteit_type.codes[t->type]);
		if (t->datum != DATE_NONE) {
			date_format(t->datum, d);
			tekst(o, "datum", d);
		}
		if (t->interventie_type >= 0 && t->interventie_type < codes_interventie_type.n)
			tekst(o, "interventie", codes_interventie_type.codes[t->interventie_type]);
		tekst(o, "omschrijving", t->omschrijving);
		tekst(o, "statusVan", t->status_van);
		tekst(o, "statusNaar", t->status_naar);
		tekst(o, "auteur", t->auteur_naam);
		tekst(o, "vastgelegdOp", t->created_at);
		json_object_set_new(o, "naAfronding", json_boolean(t->na_afronding));
		json_array_append_new(arr, o);
	}
	return arr;
}

static json_t *
deelnemers(const struct inzage *z)
{
	json_t *arr = json_array();

	for (size_t i = 0; i < z->n_deelnemers; i++) {
		json_t *o = json_object();

		tekst(o, "naam", z->deelnemers[i].naam);
		tekst(o, "organisatie", z->deelnemers[i].organisatie);
		tekst(o, "rol", z->deelnemers[i].rol);
		tekst(o, "uitgenodigdOp", z->deelnemers[i].uitgenodigd_op);
		json_array_append_new(arr, o);
	}
	return arr;
}

static json_t *
toegang(const struct inzage *z)
{
	json_t *arr = json_array();

	for (size_t i = 0; i < z->n_toegang; i++) {
		json_t *o = json_object();

		tekst(o, "tijd", z->toegang[i].tijd);
		tekst(o, "actie", z->toegang[i].actie);
		tekst(o, "uitkomst", z->toegang[i].uitkomst);
		tekst(o, "rol", z->toegang[i].rol);
		tekst(o, "organisatie", z->toegang[i].organisatie);
		json_array_append_new(arr, o);
	}
	return arr;
}

static json_t *
verwijderd(const struct inzage *z)
{
	json_t *arr = json_array();

	for (size_t i = 0; i < z->n_verwijderd; i++) {
		json_t *o = json_object();

		tekst(o, "tijd", z->verwijderd[i].tijd);
		tekst(o, "wat", z->verwijderd[i].wat);
		tekst(o, "grond", z->verwijderd[i].grond);
		json_array_append_new(arr, o);
	}
	return arr;
}

json_t *
inzage_json(const struct inzage *z)
{
	json_t *doc = json_object(), *kop = json_object();
	char nu[TIME_STRLEN];

	time_format(z->gemaakt, nu);
	json_object_set_new(kop, "versie", json_integer(INZAGE_VERSIE));
	tekst(kop, "referentie", z->casus->referentie);
	tekst(kop, "gemaaktOp", nu);
	json_object_set_new(doc, "inzageverzoek", kop);
	json_object_set_new(doc, "casus", interchange_write(z->casus));
	json_object_set_new(doc, "tijdlijn", tijdlijn(z));
	json_object_set_new(doc, "deelnemers", deelnemers(z));
	json_object_set_new(doc, "toegang", toegang(z));
	json_object_set_new(doc, "verwijderd", verwijderd(z));
	return doc;
}
