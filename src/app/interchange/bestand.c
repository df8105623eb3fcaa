/* bestand.c - the interchange file since version 2: its first line, and the lines for signals and system changes. */
#include "app/interchange/interchange.h"

#include <string.h>

#include "app/interchange/schema.h"
#include "core/systeemwijziging.h"
#include "lib/date.h"

#define OFF(T, m) offsetof(T, m)

static void
systeemwijziging_init_obj(void *obj)
{
	systeemwijziging_init(obj);
}

static const struct member systeemwijziging_members[] = {
	{ "omschrijving", K_TEXT, OFF(struct systeemwijziging, omschrijving), 0, NULL, NULL, M_REQUIRED },
	{ "soort", K_ENUM, OFF(struct systeemwijziging, soort), 0, &codes_systeemwijziging_soort, NULL, M_REQUIRED },
	{ "gerealiseerdOp", K_DATE, OFF(struct systeemwijziging, gerealiseerd_op), 0, NULL, NULL, 0 },
	{ "door", K_OBJECT, OFF(struct systeemwijziging, door), 0, NULL, &interchange_schema_organisatie, 0 },
	{ "bron", K_TEXT, OFF(struct systeemwijziging, bron), 0, NULL, NULL, 0 },
	{ "url", K_TEXT, OFF(struct systeemwijziging, url), 0, NULL, NULL, 0 },
	{ "leerpunten", K_IDS, OFF(struct systeemwijziging, leerpunten), OFF(struct systeemwijziging, nleerpunten), NULL,
	    NULL, 0 },
	{ "casussen", K_STRINGS, OFF(struct systeemwijziging, casussen), OFF(struct systeemwijziging, ncasussen), NULL,
	    NULL, 0 },
	{ "id", K_ID, OFF(struct systeemwijziging, id), 0, NULL, NULL, 0 },
	{ NULL, K_IGNORE, 0, 0, NULL, NULL, 0 }
};
static const struct objtype systeemwijziging_type = {
	sizeof(struct systeemwijziging), systeemwijziging_init_obj, systeemwijziging_members, NULL, NULL
};

char *
interchange_kop(struct arena *a)
{
	return arena_printf(a, "{\"uitwisselformaat\":\"doorbraak\",\"versie\":%d}", INTERCHANGE_VERSIE);
}

enum interchange_regel
interchange_regel_van(const json_t *root, int *versie)
{
	*versie = 0;
	if (!json_is_object(root) || json_object_size(root) != (json_object_get(root, "uitwisselformaat") ? 2u : 1u))
		return REGEL_CASUS;
	if (json_object_get(root, "uitwisselformaat") != NULL) {
		const json_t *v = json_object_get(root, "versie");

		*versie = json_is_integer(v) && json_integer_value(v) > 0 && json_integer_value(v) < 1000 ?
		    (int)json_integer_value(v) : -1;
		return REGEL_KOP;
	}
	if (json_object_get(root, "signaal") != NULL)
		return REGEL_SIGNAAL;
	if (json_object_get(root, "systeemwijziging") != NULL)
		return REGEL_SYSTEEMWIJZIGING;
	return REGEL_CASUS;
}

enum err_code
interchange_kop_check(const json_t *root, int versie, struct err *e)
{
	const char *f = json_string_value(json_object_get(root, "uitwisselformaat"));

	if (f == NULL || strcmp(f, "doorbraak") != 0)
		return err_set(e, ERR_VALIDATION, "uitwisselformaat", "Dit is geen uitwisselbestand van doorbraak.");
	if (versie < 1)
		return err_set(e, ERR_VALIDATION, "versie", "De versie van het bestand is een geheel getal vanaf 1.");
	if (versie > INTERCHANGE_VERSIE)
		return err_set(e, ERR_VALIDATION, "versie",
		    "Dit bestand heeft versie %d van het uitwisselformaat; deze doorbraak leest tot en met versie %d. "
		    "Werk doorbraak bij.", versie, INTERCHANGE_VERSIE);
	return ERR_OK;
}

enum err_code
interchange_parse_leerpunt(struct arena *a, const json_t *v, const char *pad, struct leerpunt *out, struct err *e)
{
	if (interchange_read_object(a, &interchange_schema_leerpunt, v, out, pad, e) != ERR_OK)
		return e->code;
	/* Everything but "not in the future": the caller knows today. */
	return leerpunt_check(out, pad, false, date_from_ymd(9999, 12, 31), e);
}

json_t *
interchange_write_leerpunt(const struct leerpunt *l)
{
	return interchange_write_object(&interchange_schema_leerpunt, l);
}

enum err_code
interchange_parse_systeemwijziging(struct arena *a, const json_t *v, const char *pad, struct systeemwijziging *out,
    struct err *e)
{
	if (interchange_read_object(a, &systeemwijziging_type, v, out, pad, e) != ERR_OK)
		return e->code;
	if (systeemwijziging_validate(out, date_from_ymd(9999, 12, 31), e) != ERR_OK) {
		if (pad[0] != '\0') {   /* name the member below the line's wrapper */
			char f[sizeof(e->field)];
			size_t lp = strlen(pad);

			if (lp + 1 + strlen(e->field) < sizeof(f)) {
				memcpy(f, pad, lp);
				f[lp] = '.';
				memcpy(f + lp + 1, e->field, strlen(e->field) + 1);
				memcpy(e->field, f, strlen(f) + 1);
			}
		}
		return e->code;
	}
	return ERR_OK;
}

json_t *
interchange_write_systeemwijziging(const struct systeemwijziging *s)
{
	return interchange_write_object(&systeemwijziging_type, s);
}
