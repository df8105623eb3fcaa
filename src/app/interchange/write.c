/* write.c - writes a casus as interchange JSON, in the member order of app/interchange/schema.c. */
#include "app/interchange/interchange.h"

#include <stdlib.h>
#include <string.h>

#include "app/interchange/schema.h"
#include "core/bedrag.h"
#include "lib/date.h"

static json_t *write_object(const struct objtype *t, const void *obj);

/* Adds value under name; a NULL value (invalid UTF-8, or out of memory) is left out. */
static void
put(json_t *o, const char *name, json_t *value)
{
	if (value != NULL)
		json_object_set_new(o, name, value);
}

static json_t *
write_code(const struct codelist *l, int i)
{
	return i >= 0 && i < l->n ? json_string(l->codes[i]) : NULL;
}

static json_t *
write_array(const struct member *m, const void *obj)
{
	json_t *arr = json_array();
	const char *items = *CFIELD(obj, m->off, char *);   /* CFIELD adds the const */
	size_t n = *CFIELD(obj, m->off_n, size_t);

	if (arr == NULL)
		return NULL;
	for (size_t i = 0; i < n; i++) {
		json_t *el;

		if (m->kind == K_IDS)
			el = json_integer(((const int64_t *)(const void *)items)[i]);
		else if (m->kind == K_STRINGS)
			el = json_string(((const char *const *)(const void *)items)[i]);
		else
			el = write_object(m->type, items + i * m->type->size);
		if (el != NULL)
			json_array_append_new(arr, el);
	}
	return arr;
}

static json_t *
write_member(const struct member *m, const void *obj)
{
	char date[DATE_STRLEN];
	const char *s;
	const struct belegging *b;
	int i;
	unsigned bits;
	json_t *arr;

	switch (m->kind) {
	case K_TEXT:
		s = *CFIELD(obj, m->off, char *);   /* CFIELD adds the const */
		return s != NULL ? json_string(s) : NULL;
	case K_DATE:
		if (*CFIELD(obj, m->off, int) == DATE_NONE)
			return NULL;
		date_format(*CFIELD(obj, m->off, int), date);
		return json_string(date);
	case K_BOOL:
		return json_boolean(*CFIELD(obj, m->off, bool));
	case K_INT:
		return json_integer(*CFIELD(obj, m->off, int));
	case K_ID:
		return *CFIELD(obj, m->off, int64_t) != 0 ? json_integer(*CFIELD(obj, m->off, int64_t)) : NULL;
	case K_CODE:
	case K_ENUM:
		memcpy(&i, CFIELD(obj, m->off, char), sizeof(i));
		if ((m->flags & M_NIET_NUL) && i == 0)
			return NULL;
		return write_code(m->codes, i);
	case K_BITS64:
		if ((m->flags & M_OPTIONEEL) && *CFIELD(obj, m->off, uint64_t) == 0)
			return NULL;
		arr = json_array();
		if (arr == NULL)
			return NULL;
		for (i = 0; i < m->codes->n && i < 64; i++)
			if ((*CFIELD(obj, m->off, uint64_t) >> i) & 1u)
				json_array_append_new(arr, json_string(m->codes->codes[i]));
		return arr;
	case K_BITS:
		arr = json_array();
		if (arr == NULL)
			return NULL;
		bits = *CFIELD(obj, m->off, unsigned);
		for (i = 0; i < m->codes->n; i++)
			if ((bits >> i) & 1u)
				json_array_append_new(arr, json_string(m->codes->codes[i]));
		return arr;
	case K_OBJECT:
		if (m->type->present != NULL && !m->type->present(CFIELD(obj, m->off, char)))
			return NULL;
		return write_object(m->type, CFIELD(obj, m->off, char));
	case K_STRINGS:
	case K_IDS:
	case K_ARRAY:
		if ((m->flags & M_OPTIONEEL) && *CFIELD(obj, m->off_n, size_t) == 0)
			return NULL;
		return write_array(m, obj);
	case K_BEDRAG:
		return *CFIELD(obj, m->off, int64_t) != BEDRAG_GEEN ? json_integer(*CFIELD(obj, m->off, int64_t)) : NULL;
	case K_BIJ:
		b = obj;
		return b->bij_pmm ? json_string("PMM") : write_object(&interchange_schema_organisatie, &b->bij);
	case K_IGNORE:
		return NULL;
	}
	return NULL;
}

static json_t *
write_object(const struct objtype *t, const void *obj)
{
	json_t *o = json_object();

	if (o == NULL)
		return NULL;
	for (const struct member *m = t->members; m->name != NULL; m++)
		put(o, m->name, write_member(m, obj));
	return o;
}

json_t *
interchange_write_object(const struct objtype *t, const void *obj)
{
	return write_object(t, obj);
}

json_t *
interchange_write_escalatie(const struct escalatie *e)
{
	return write_object(interchange_schema_escalatie, e);
}

json_t *
interchange_write_overbrugging(const struct overbrugging *o)
{
	return write_object(interchange_schema_overbrugging, o);
}

json_t *
interchange_write_organisatie(const struct organisatie_ref *o)
{
	return write_object(&interchange_schema_organisatie, o);
}

enum err_code
interchange_parse_organisatie(struct arena *a, const json_t *v, const char *pad, struct organisatie_ref *out,
    struct err *e)
{
	return interchange_read_object(a, &interchange_schema_organisatie, v, out, pad, e);
}

json_t *
interchange_write(const struct casus *c)
{
	return write_object(&interchange_schema_casus, c);
}

char *
interchange_format(struct arena *a, const struct casus *c)
{
	json_t *o = interchange_write(c);
	char *s, *copy;

	if (o == NULL)
		return NULL;
	s = json_dumps(o, INTERCHANGE_DUMP_FLAGS);
	json_decref(o);
	if (s == NULL)
		return NULL;
	copy = arena_strdup(a, s);
	free(s);
	return copy;
}
