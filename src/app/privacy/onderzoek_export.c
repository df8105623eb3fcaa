/* onderzoek_export.c - filters a casus's interchange JSON down to the research export's allow-list, with a pseudonym. */
#include "app/privacy/onderzoek_export.h"

#include <stdio.h>
#include <string.h>

#include "app/interchange/interchange.h"
#include "core/codes.h"
#include "core/onderzoek.h"
#include "core/onderzoek_export.h"

/* An organisation object shows its naam only when its type is a public body. */
static bool
naam_zichtbaar(const json_t *org)
{
	const char *type = json_string_value(json_object_get(org, "type"));
	int t = type != NULL ? codelist_find(&codes_organisatie_type, type) : -1;

	return t >= 0 && onderzoek_organisatienaam_zichtbaar((enum organisatie_type)t);
}

static json_t *
filter(const json_t *v, const char *pad)
{
	if (json_is_object(v)) {
		json_t *uit = json_object();
		const char *k;
		json_t *kind;

		json_object_foreach((json_t *)v, k, kind) {
			char sub[256];

			if ((size_t)snprintf(sub, sizeof(sub), "%s%s%s", pad, *pad ? "." : "", k) >= sizeof(sub) ||
			    !onderzoek_export_veld(sub))
				continue;
			if (strcmp(k, "naam") == 0 && !naam_zichtbaar(v))
				continue;
			json_object_set_new(uit, k, filter(kind, sub));
		}
		return uit;
	}
	if (json_is_array(v)) {
		json_t *uit = json_array();
		size_t i;
		json_t *el;

		json_array_foreach(v, i, el)
			json_array_append_new(uit, filter(el, pad));
		return uit;
	}
	return json_deep_copy(v);
}

json_t *
onderzoek_export_casus(const struct casus *c, const unsigned char key[PSEUDONIEM_SLEUTEL_LEN])
{
	json_t *volledig = interchange_write(c), *uit = json_object(), *rest;
	char p[PSEUDONIEM_STRLEN];

	if (volledig == NULL || uit == NULL || c->referentie == NULL) {
		json_decref(volledig);
		json_decref(uit);
		return NULL;
	}
	pseudoniem(key, "casus", c->referentie, p);
	json_object_set_new(uit, "pseudoniem", json_string(p));
	rest = filter(volledig, "");
	json_object_update(uit, rest);
	json_decref(rest);
	json_decref(volledig);
	return uit;
}
