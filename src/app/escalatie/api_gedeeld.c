/* api_gedeeld.c - what the escalatie and overbrugging API share: reading body members, writing the two records. */
#include "app/escalatie/api.h"

#include <stdlib.h>
#include <string.h>

#include "app/casus/api.h"
#include "app/interchange/interchange.h"
#include "core/bedrag.h"
#include "lib/date.h"

static const char *
pad_van(struct err *e, const char *pad, const char *naam)
{
	if (pad == NULL || pad[0] == '\0')
		snprintf(e->field, sizeof(e->field), "%s", naam);
	else
		snprintf(e->field, sizeof(e->field), "%s.%s", pad, naam);
	return e->field;
}

static enum err_code
fout(struct err *e, const char *pad, const char *naam, const char *msg)
{
	char veld[sizeof(e->field)];

	snprintf(veld, sizeof(veld), "%s", pad_van(e, pad, naam));
	return err_set(e, ERR_VALIDATION, veld, msg);
}

bool
ea_heeft(const json_t *o, const char *naam)
{
	const json_t *v = json_object_get(o, naam);

	return v != NULL && !json_is_null(v);
}

enum err_code
ea_leden(const json_t *o, const char *pad, const char *const *bekend, struct err *e)
{
	const char *key;
	json_t *val;

	if (!json_is_object(o))
		return err_set(e, ERR_VALIDATION, pad, "Dit moet een JSON-object zijn.");
	json_object_foreach((json_t *)o, key, val) {
		size_t i;

		(void)val;
		for (i = 0; bekend[i] != NULL; i++)
			if (strcmp(bekend[i], key) == 0)
				break;
		if (bekend[i] == NULL)
			return fout(e, pad, key, "Onbekend veld.");
	}
	return ERR_OK;
}

enum err_code
ea_tekst(struct request *r, const json_t *o, const char *pad, const char *naam, size_t max, bool verplicht,
    const char **out, struct err *e)
{
	const json_t *v = json_object_get(o, naam);
	char veld[sizeof(e->field)];

	if (v != NULL && !json_is_null(v) && !json_is_string(v))
		return fout(e, pad, naam, "Dit veld moet tekst zijn.");
	snprintf(veld, sizeof(veld), "%s", pad_van(e, pad, naam));
	if (casus_tekst_check(json_string_value(v), veld, max, verplicht, e) != ERR_OK)
		return ERR_VALIDATION;
	if (!casus_tekst_leeg(json_string_value(v)))
		*out = arena_strdup(r->arena, json_string_value(v));
	else if (v != NULL)
		*out = NULL;
	return ERR_OK;
}

enum err_code
ea_datum(const json_t *o, const char *pad, const char *naam, bool verplicht, int *out, struct err *e)
{
	const json_t *v = json_object_get(o, naam);
	int d;

	if (v == NULL || json_is_null(v)) {
		if (verplicht)
			return fout(e, pad, naam, "Dit veld is verplicht: een datum als JJJJ-MM-DD.");
		if (v != NULL)
			*out = DATE_NONE;
		return ERR_OK;
	}
	if (!json_is_string(v) || !date_parse(json_string_value(v), &d))
		return fout(e, pad, naam, "Geef een datum als JJJJ-MM-DD, bijvoorbeeld 2026-03-01.");
	*out = d;
	return ERR_OK;
}

enum err_code
ea_code(const json_t *o, const char *pad, const char *naam, const struct codelist *l, bool verplicht, int *out,
    struct err *e)
{
	const json_t *v = json_object_get(o, naam);
	int i;

	if (v == NULL || json_is_null(v))
		return verplicht ? fout(e, pad, naam, "Dit veld is verplicht.") : ERR_OK;
	if (!json_is_string(v) || (i = codelist_find(l, json_string_value(v))) < 0)
		return fout(e, pad, naam, "Onbekende waarde: kies een code uit de lijst in de API-beschrijving.");
	*out = i;
	return ERR_OK;
}

enum err_code
ea_bool(const json_t *o, const char *pad, const char *naam, bool *out, struct err *e)
{
	const json_t *v = json_object_get(o, naam);

	if (v == NULL || json_is_null(v))
		return ERR_OK;
	if (!json_is_boolean(v))
		return fout(e, pad, naam, "Dit veld moet true of false zijn.");
	*out = json_is_true(v);
	return ERR_OK;
}

enum err_code
ea_getal(const json_t *o, const char *pad, const char *naam, int64_t min, int64_t max, int64_t *out, struct err *e)
{
	const json_t *v = json_object_get(o, naam);
	char msg[96];

	if (v == NULL || json_is_null(v))
		return ERR_OK;
	snprintf(msg, sizeof(msg), "Geef een heel getal van %lld tot en met %lld.", (long long)min, (long long)max);
	if (!json_is_integer(v) || json_integer_value(v) < min || json_integer_value(v) > max)
		return fout(e, pad, naam, msg);
	*out = (int64_t)json_integer_value(v);
	return ERR_OK;
}

enum err_code
ea_bedrag(const json_t *o, const char *pad, const char *naam, int64_t *out, struct err *e)
{
	const json_t *v = json_object_get(o, naam);
	char veld[sizeof(e->field)];

	if (v == NULL || json_is_null(v))
		return ERR_OK;
	if (!json_is_integer(v))
		return fout(e, pad, naam, "Een bedrag is een heel aantal eurocenten (123456 is € 1.234,56).");
	if (json_integer_value(v) < 0)   /* -1 is also BEDRAG_GEEN, "none": a number sent is never that */
		return fout(e, pad, naam, "Een bedrag kan niet negatief zijn.");
	snprintf(veld, sizeof(veld), "%s", pad_van(e, pad, naam));
	if (bedrag_check((int64_t)json_integer_value(v), false, veld, e) != ERR_OK)
		return ERR_VALIDATION;
	*out = (int64_t)json_integer_value(v);
	return ERR_OK;
}

enum err_code
ea_org(struct request *r, const json_t *o, const char *pad, const char *naam, bool verplicht,
    struct organisatie_ref *out, struct err *e)
{
	const json_t *v = json_object_get(o, naam);
	char veld[sizeof(e->field)];

	if (v == NULL || json_is_null(v))
		return verplicht ? fout(e, pad, naam, "Noem de organisatie: {\"naam\": …, \"type\": …}.") : ERR_OK;
	snprintf(veld, sizeof(veld), "%s", pad_van(e, pad, naam));
	return interchange_parse_organisatie(r->arena, v, veld, out, e) == ERR_OK ? ERR_OK : ERR_VALIDATION;
}

void
ea_fout(struct request *r, enum err_code rc, struct err *e)
{
	if (rc == ERR_NOT_FOUND) {
		api_problem(r, 404, "Niet gevonden", e->msg[0] ? e->msg : "Dit bestaat niet bij deze casus.", NULL);
		return;
	}
	if (rc == ERR_FORBIDDEN) {
		api_problem(r, 403, "Geen toegang", e->msg[0] ? e->msg : "U mag dit niet doen.", NULL);
		return;
	}
	if (rc == ERR_UNAVAILABLE) {
		api_problem(r, 503, "Tijdelijk niet beschikbaar", e->msg[0] ? e->msg : "Probeer het opnieuw.", NULL);
		return;
	}
	if (rc == ERR_CONFLICT) {
		api_problem(r, 409, "Niet toegestaan in deze status", e->msg[0] ? e->msg :
		    "Deze stap past niet bij de huidige status.", e->field);
		return;
	}
	api_err(r, rc, e);
}

int64_t
ea_id(struct request *r, int i)
{
	const char *s = req_param(r, i);
	char *end = NULL;
	long long v;

	if (s == NULL || *s < '1' || *s > '9')
		return 0;
	v = strtoll(s, &end, 10);
	return end != NULL && *end == '\0' && v > 0 ? (int64_t)v : 0;
}

json_t *
ea_escalatie_json(struct request *r, const char *ref, const struct escalatie *e)
{
	json_t *o = interchange_write_escalatie(e), *bs = json_object_get(o, "bijeenkomsten");
	const char *self = arena_printf(r->arena, "%s/escalaties/%lld", api_casus_href(r, ref), (long long)e->id);
	int vandaag = app_vandaag(r);

	if (o == NULL)
		return NULL;
	json_object_set_new(o, "id", json_integer((json_int_t)e->id));
	json_object_set_new(o, "letBijeengekomen", json_boolean(escalatie_let_bijeengekomen(e->status)));
	for (size_t i = 0; i < e->nbijeenkomsten && i < json_array_size(bs); i++) {
		json_t *b = json_array_get(bs, i), *as = json_object_get(b, "afspraken");

		json_object_set_new(b, "id", json_integer((json_int_t)e->bijeenkomsten[i].id));
		for (size_t j = 0; j < e->bijeenkomsten[i].nafspraken && j < json_array_size(as); j++) {
			const struct escalatie_afspraak *af = &e->bijeenkomsten[i].afspraken[j];
			json_t *a = json_array_get(as, j);

			json_object_set_new(a, "id", json_integer((json_int_t)af->id));
			json_object_set_new(a, "status", json_string(codes_afspraak_status.codes[af->status]));
			json_object_set_new(a, "teLaat", json_boolean(afspraak_te_laat(af, vandaag)));
			json_object_set_new(a, "dagenTeLaat", json_integer(afspraak_dagen_te_laat(af, vandaag)));
		}
	}
	json_object_set_new(o, "_links", json_pack("{s:{s:s},s:{s:s},s:{s:s},s:{s:s}}", "self", "href", self, "casus",
	    "href", api_casus_href(r, ref), "overgangen", "href", arena_printf(r->arena, "%s/overgangen", self),
	    "bijeenkomsten", "href", arena_printf(r->arena, "%s/bijeenkomsten", self)));
	return o;
}

json_t *
ea_overbrugging_json(struct request *r, const char *ref, const struct overbrugging *ob)
{
	json_t *o = interchange_write_overbrugging(ob);
	const char *self = arena_printf(r->arena, "%s/overbruggingen/%lld", api_casus_href(r, ref), (long long)ob->id);

	if (o == NULL)
		return NULL;
	json_object_set_new(o, "id", json_integer((json_int_t)ob->id));
	json_object_set_new(o, "beslistermijn", api_date(overbrugging_beslistermijn(ob)));
	json_object_set_new(o, "teLaat", json_boolean(overbrugging_te_laat(ob, app_vandaag(r))));
	json_object_set_new(o, "openstaandBedrag", json_integer((json_int_t)overbrugging_openstaand(ob)));
	json_object_set_new(o, "_links", json_pack("{s:{s:s},s:{s:s},s:{s:s}}", "self", "href", self, "casus", "href",
	    api_casus_href(r, ref), "overgangen", "href", arena_printf(r->arena, "%s/overgangen", self)));
	return o;
}
