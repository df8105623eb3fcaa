/* weergave.c - the pseudonymised casus: the interchange JSON of a casus walked member by member, keeping only what
   the allow-list (core/onderzoek.c) allows; nothing is added that the list does not name. */
#include "app/onderzoek/weergave.h"

#include <stdio.h>
#include <string.h>

#include "app/interchange/interchange.h"
#include "core/codes.h"
#include "core/onderzoek.h"

static json_t *filter(json_t *v, const char *pad);

/* An organisation object whose type says its name could point to the household (a zorgaanbieder, a school). */
static bool
naam_verbergen(json_t *obj)
{
	json_t *t = json_object_get(obj, "type");
	int i;

	if (!json_is_string(t) || json_object_get(obj, "naam") == NULL)
		return false;
	i = codelist_find(&codes_organisatie_type, json_string_value(t));
	return i >= 0 && !onderzoek_organisatienaam_zichtbaar((enum organisatie_type)i);
}

static json_t *
filter_object(json_t *obj, const char *pad)
{
	json_t *uit = json_object(), *v;
	const char *key;
	bool verberg = naam_verbergen(obj);

	json_object_foreach(obj, key, v) {
		char kind[256];
		json_t *f;

		if (pad == NULL)
			snprintf(kind, sizeof(kind), "%s", key);
		else if ((size_t)snprintf(kind, sizeof(kind), "%s.%s", pad, key) >= sizeof(kind))
			continue;   /* a path this long is on no list */
		if (!onderzoek_veld_toegestaan(kind) || (verberg && strcmp(key, "naam") == 0))
			continue;
		if ((f = filter(v, kind)) != NULL)
			json_object_set_new(uit, key, f);
	}
	return uit;
}

/* The allowed part of v at pad (array elements share their array's path). */
static json_t *
filter(json_t *v, const char *pad)
{
	if (json_is_object(v))
		return filter_object(v, pad);
	if (json_is_array(v)) {
		json_t *uit = json_array(), *el;
		size_t i;

		json_array_foreach(v, i, el) {
			json_t *f = filter(el, pad);

			if (f != NULL)
				json_array_append_new(uit, f);
		}
		return uit;
	}
	return json_incref(v);
}

json_t *
onderzoek_weergave(const struct casus *c, const char *samenvatting)
{
	json_t *vol = interchange_write(c), *uit;

	if (vol == NULL)
		return json_object();
	uit = filter_object(vol, NULL);
	json_decref(vol);
	if (samenvatting != NULL && onderzoek_veld_toegestaan("samenvatting"))
		json_object_set_new(uit, "samenvatting", json_string(samenvatting));
	return uit;
}
