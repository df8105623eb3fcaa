/* interchange.c - reads a casus from interchange JSON (a line, a decoded body or a patch). */
#include "app/interchange/interchange.h"

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "app/interchange/schema.h"
#include "core/bedrag.h"
#include "lib/date.h"
#include "lib/utf8.h"

struct ctx {
	struct arena *a;
	struct err *e;
};

/* ---- reading ---------------------------------------------------------------------- */

static enum err_code
type_error(struct ctx *x, const char *path, const char *what)
{
	return err_set(x->e, ERR_VALIDATION, path, "Dit veld moet %s zijn.", what);
}

/* The index of the code in v, or -1 after filling x->e. */
static int
read_code(struct ctx *x, const struct member *m, const json_t *v, const char *path)
{
	const char *s;
	int i;

	if (!json_is_string(v)) {
		type_error(x, path, "een code (tekst)");
		return -1;
	}
	s = json_string_value(v);
	i = (m->flags & M_NOCASE) ? codelist_find_nocase(m->codes, s) : codelist_find(m->codes, s);
	if (i < 0)
		err_set(x->e, ERR_VALIDATION, path, "Onbekende waarde '%.40s' voor %s.", s, m->codes->name);
	return i;
}

static enum err_code read_object(struct ctx *x, const struct objtype *t, const json_t *v, void *obj,
    const char *path, bool patch);

static enum err_code
read_array(struct ctx *x, const struct member *m, const json_t *v, void *obj, const char *path)
{
	size_t n, elsize;
	char *items;

	if (!json_is_array(v))
		return type_error(x, path, "een lijst");
	n = json_array_size(v);
	if (n > INTERCHANGE_MAX_ITEMS)
		return err_set(x->e, ERR_VALIDATION, path, "Te veel elementen (maximaal %d).", INTERCHANGE_MAX_ITEMS);
	elsize = m->kind == K_STRINGS ? sizeof(const char *) : m->kind == K_IDS ? sizeof(int64_t) : m->type->size;
	items = n > 0 ? arena_alloc(x->a, n * elsize) : NULL;
	for (size_t i = 0; i < n; i++) {
		const json_t *el = json_array_get(v, i);
		path_t p;

		interchange_path_index(p, path, i);
		if (m->kind == K_IDS) {
			if (!json_is_integer(el) || json_integer_value(el) < 1)
				return err_set(x->e, ERR_VALIDATION, p, "Een id is een positief geheel getal.");
			((int64_t *)(void *)items)[i] = (int64_t)json_integer_value(el);
			continue;
		}
		if (m->kind == K_STRINGS) {
			if (!json_is_string(el))
				return type_error(x, p, "tekst");
			((const char **)(void *)items)[i] =
			    arena_strndup(x->a, json_string_value(el), json_string_length(el));
			continue;
		}
		m->type->init(items + i * elsize);
		if (read_object(x, m->type, el, items + i * elsize, p, false) != ERR_OK)
			return x->e->code;
	}
	*FIELD(obj, m->off, void *) = items;
	*FIELD(obj, m->off_n, size_t) = n;
	return ERR_OK;
}

static enum err_code
read_bij(struct ctx *x, const json_t *v, struct belegging *b, const char *path)
{
	if (json_is_string(v)) {
		if (strcasecmp(json_string_value(v), "PMM") != 0)
			return err_set(x->e, ERR_VALIDATION, path,
			    "Gebruik \"PMM\" of een organisatie met naam en type.");
		b->bij_pmm = true;
		return ERR_OK;
	}
	b->bij_pmm = false;
	interchange_schema_organisatie.init(&b->bij);
	if (read_object(x, &interchange_schema_organisatie, v, &b->bij, path, false) != ERR_OK)
		return x->e->code;
	/* PMM written as an organisation ({"naam": "PMM", …}) is PMM itself, whatever type was given. */
	if ((b->bij.naam != NULL && (strcasecmp(b->bij.naam, "PMM") == 0 ||
	    strcasecmp(b->bij.naam, "Professionals voor Maatwerk Multiproblematiek") == 0)) ||
	    (b->bij.code != NULL && strcasecmp(b->bij.code, "PMM") == 0)) {
		interchange_schema_organisatie.init(&b->bij);
		b->bij_pmm = true;
	}
	return ERR_OK;
}

/* Sets the field of member m to its "absent" value (PATCH with null). */
static enum err_code
clear_member(struct ctx *x, const struct member *m, void *obj, const char *path)
{
	switch (m->kind) {
	case K_TEXT: *FIELD(obj, m->off, const char *) = NULL; break;
	case K_DATE: *FIELD(obj, m->off, int) = DATE_NONE; break;
	case K_ID: *FIELD(obj, m->off, int64_t) = 0; break;
	case K_CODE: *FIELD(obj, m->off, int) = -1; break;
	case K_BEDRAG: *FIELD(obj, m->off, int64_t) = BEDRAG_GEEN; break;
	case K_BITS: *FIELD(obj, m->off, unsigned) = 0; break;
	case K_BITS64: *FIELD(obj, m->off, uint64_t) = 0; break;
	case K_OBJECT: m->type->init(FIELD(obj, m->off, char)); break;
	case K_STRINGS:
	case K_IDS:
	case K_ARRAY:
		*FIELD(obj, m->off, void *) = NULL;
		*FIELD(obj, m->off_n, size_t) = 0;
		break;
	case K_IGNORE: break;
	case K_ENUM:
		if (m->flags & M_NIET_NUL) {   /* its default: 0 */
			*FIELD(obj, m->off, int) = 0;
			break;
		}
		return err_set(x->e, ERR_VALIDATION, path, "Dit veld mag niet leeg (null) zijn.");
	default:
		return err_set(x->e, ERR_VALIDATION, path, "Dit veld mag niet leeg (null) zijn.");
	}
	return ERR_OK;
}

static enum err_code
read_member(struct ctx *x, const struct member *m, const json_t *v, void *obj, const char *path)
{
	int code = -1;
	json_int_t n;
	size_t i;
	const json_t *el;

	switch (m->kind) {
	case K_TEXT:
		if (!json_is_string(v))
			return type_error(x, path, "tekst");
		*FIELD(obj, m->off, const char *) = arena_strndup(x->a, json_string_value(v), json_string_length(v));
		return ERR_OK;
	case K_DATE:
		if (!json_is_string(v) || !date_parse(json_string_value(v), FIELD(obj, m->off, int)))
			return err_set(x->e, ERR_VALIDATION, path,
			    "Ongeldige datum '%.20s'; gebruik JJJJ-MM-DD met een bestaande dag.",
			    json_is_string(v) ? json_string_value(v) : "");
		return ERR_OK;
	case K_BOOL:
		if (!json_is_boolean(v))
			return type_error(x, path, "true of false");
		*FIELD(obj, m->off, bool) = json_is_true(v);
		return ERR_OK;
	case K_INT:
	case K_ID:
		if (!json_is_integer(v))
			return type_error(x, path, "een geheel getal");
		n = json_integer_value(v);
		if (m->kind == K_ID) {
			if (n < 1)
				return err_set(x->e, ERR_VALIDATION, path, "Een id is een positief geheel getal.");
			*FIELD(obj, m->off, int64_t) = (int64_t)n;
		} else {
			if (n < INT_MIN || n > INT_MAX)
				return err_set(x->e, ERR_VALIDATION, path, "Dit getal is te groot.");
			*FIELD(obj, m->off, int) = (int)n;
		}
		return ERR_OK;
	case K_CODE:
	case K_ENUM:
		code = read_code(x, m, v, path);
		if (code < 0)
			return x->e->code;
		memcpy(FIELD(obj, m->off, char), &code, sizeof(code));
		return ERR_OK;
	case K_BITS:
		if (!json_is_array(v))
			return type_error(x, path, "een lijst");
		*FIELD(obj, m->off, unsigned) = 0;
		json_array_foreach(v, i, el) {
			path_t p;

			interchange_path_index(p, path, i);
			code = read_code(x, m, el, p);
			if (code < 0)
				return x->e->code;
			*FIELD(obj, m->off, unsigned) |= 1u << (unsigned)code;   /* codes->n <= 32 */
		}
		return ERR_OK;
	case K_BITS64:
		if (!json_is_array(v))
			return type_error(x, path, "een lijst");
		*FIELD(obj, m->off, uint64_t) = 0;
		json_array_foreach(v, i, el) {
			path_t p;

			interchange_path_index(p, path, i);
			code = read_code(x, m, el, p);
			if (code < 0)
				return x->e->code;
			*FIELD(obj, m->off, uint64_t) |= (uint64_t)1 << (unsigned)code;   /* codes->n <= 64 */
		}
		return ERR_OK;
	case K_OBJECT:
		m->type->init(FIELD(obj, m->off, char));
		return read_object(x, m->type, v, FIELD(obj, m->off, char), path, false);
	case K_STRINGS:
	case K_IDS:
	case K_ARRAY:
		return read_array(x, m, v, obj, path);
	case K_BIJ:
		return read_bij(x, v, obj, path);
	case K_BEDRAG:
		/* whole cents only: 12.50 is written 1250; the range is core's (bedrag_check, in the object's finish) */
		if (!json_is_integer(v))
			return type_error(x, path, "een bedrag in hele eurocenten (een geheel getal)");
		n = json_integer_value(v);
		*FIELD(obj, m->off, int64_t) = n < 0 ? BEDRAG_GEEN - 1 : (int64_t)n;   /* negative: refused by the check */
		return ERR_OK;
	case K_IGNORE:
		return ERR_OK;
	}
	return err_set(x->e, ERR_INTERNAL, path, "Interne fout.");
}

/*
 * Reads a JSON object into obj (already initialised) by table t. With
 * `patch`, nothing is required, null clears a field and finish is skipped.
 */
static enum err_code
read_object(struct ctx *x, const struct objtype *t, const json_t *v, void *obj, const char *path,
    bool patch)
{
	const char *key;
	const json_t *val;
	uint64_t seen = 0;
	path_t p;

	if (!json_is_object(v))
		return type_error(x, path, "een object");
	json_object_foreach((json_t *)v, key, val) {
		int i;

		for (i = 0; t->members[i].name != NULL; i++)
			if (strcmp(t->members[i].name, key) == 0)
				break;
		interchange_path_join(p, path, key);
		if (t->members[i].name == NULL)
			return err_set(x->e, ERR_VALIDATION, p, "Onbekend veld '%.40s'.", key);
		if (json_is_null(val)) {
			if (patch && clear_member(x, &t->members[i], obj, p) != ERR_OK)
				return x->e->code;
			continue;
		}
		if (read_member(x, &t->members[i], val, obj, p) != ERR_OK)
			return x->e->code;
		seen |= UINT64_C(1) << i;
	}
	if (patch)
		return ERR_OK;
	for (int i = 0; t->members[i].name != NULL; i++) {
		if ((t->members[i].flags & M_REQUIRED) && !((seen >> i) & 1u)) {
			interchange_path_join(p, path, t->members[i].name);
			return err_set(x->e, ERR_VALIDATION, p, "Dit veld is verplicht.");
		}
	}
	return t->finish != NULL ? t->finish(x->e, obj, path, seen) : ERR_OK;
}

enum err_code
interchange_read_object(struct arena *a, const struct objtype *t, const json_t *v, void *obj, const char *path,
    struct err *e)
{
	struct ctx x = { a, e };

	t->init(obj);
	return read_object(&x, t, v, obj, path, false);
}

enum err_code
interchange_parse_json(struct arena *a, const json_t *root, struct casus *out, struct err *e)
{
	struct err local;
	struct ctx x = { a, e != NULL ? e : &local };

	e = x.e;
	err_clear(e);
	interchange_schema_casus.init(out);
	if (!json_is_object(root))
		return err_set(e, ERR_VALIDATION, "", "Een casus is één JSON-object.");
	if (read_object(&x, &interchange_schema_casus, root, out, "", false) != ERR_OK)
		return e->code;
	/* Everything but "not in the future": the caller knows today. */
	return casus_validate(out, date_from_ymd(9999, 12, 31), e);
}

enum err_code
interchange_patch(struct arena *a, const json_t *patch, struct casus *c, struct err *e)
{
	struct err local;
	struct ctx x = { a, e != NULL ? e : &local };

	e = x.e;
	err_clear(e);
	if (!json_is_object(patch))
		return err_set(e, ERR_VALIDATION, "", "Een wijziging is één JSON-object.");
	return read_object(&x, &interchange_schema_casus, patch, c, "", true);
}

/* ---- a line of JSON Lines ------------------------------------------------------------ */

/*
 * jansson refuses invalid UTF-8 anywhere in its input but only says where in
 * the line. To name the field, the bad bytes are replaced by a marker that is
 * valid UTF-8 (a noncharacter, U+FFFF) and the copy is decoded again; the
 * first string or key holding the marker is the field. Gives "" when that
 * fails (the bad byte was outside a string, or the line held the marker).
 */
static const char utf8_marker[] = "\xEF\xBF\xBF";

static bool
find_marker(const json_t *v, const char *path, path_t out)
{
	const json_t *val;
	path_t p;

	if (json_is_string(v)) {
		if (memmem(json_string_value(v), json_string_length(v), utf8_marker, 3) == NULL)
			return false;
		snprintf(out, sizeof(path_t), "%s", path);
		return true;
	}
	if (json_is_array(v)) {
		size_t i;

		json_array_foreach(v, i, val) {
			interchange_path_index(p, path, i);
			if (find_marker(val, p, out))
				return true;
		}
		return false;
	}
	if (json_is_object(v)) {
		const char *key;

		json_object_foreach((json_t *)v, key, val) {
			interchange_path_join(p, path, key);
			if (strstr(key, utf8_marker) != NULL) {
				snprintf(out, sizeof(path_t), "%s", p);
				return true;
			}
			if (find_marker(val, p, out))
				return true;
		}
	}
	return false;
}

static void
locate_bad_utf8(const char *line, size_t len, path_t field)
{
	char *copy;
	size_t n = 0;
	json_t *root;

	field[0] = '\0';
	if (memmem(line, len, utf8_marker, 3) != NULL)
		return;
	copy = xmalloc(len * 3 + 1);
	for (size_t i = 0; i < len;) {
		size_t k = 1;

		while (k <= 4 && i + k <= len && !utf8_valid(line + i, k))
			k++;
		if (k <= 4 && i + k <= len) {
			memcpy(copy + n, line + i, k);
			n += k;
			i += k;
		} else {
			memcpy(copy + n, utf8_marker, 3);
			n += 3;
			i++;
		}
	}
	root = json_loadb(copy, n, JSON_REJECT_DUPLICATES, NULL);
	free(copy);
	if (root != NULL && !find_marker(root, "", field))
		field[0] = '\0';
	json_decref(root);
}

static enum err_code
json_error(const char *line, size_t len, const json_error_t *je, struct err *e)
{
	path_t field;

	switch (json_error_code(je)) {
	case json_error_invalid_utf8:
		locate_bad_utf8(line, len, field);
		err_set(e, ERR_VALIDATION, field, "De tekst is geen geldige UTF-8 (bij teken %d).", je->position);
		break;
	case json_error_duplicate_key:
		err_set(e, ERR_VALIDATION, "", "Een veld komt twee keer voor in hetzelfde object (bij teken %d).",
		    je->position);
		break;
	case json_error_null_character:
	case json_error_null_byte_in_key:
		err_set(e, ERR_VALIDATION, "", "De tekst bevat een NUL-teken (bij teken %d).", je->position);
		break;
	default:
		err_set(e, ERR_VALIDATION, "", "Dit is geen geldige JSON (kolom %d).", je->column);
		break;
	}
	err_detail(e, "jansson: %s at byte %d", je->text, je->position);
	return ERR_VALIDATION;
}

enum err_code
interchange_parse(struct arena *a, const char *line, size_t len, struct casus *out, struct err *e)
{
	json_error_t je;
	json_t *root;
	enum err_code rc;
	struct err local;

	if (e == NULL)
		e = &local;
	err_clear(e);
	interchange_schema_casus.init(out);
	root = json_loadb(line, len, JSON_REJECT_DUPLICATES, &je);
	if (root == NULL)
		return json_error(line, len, &je, e);
	rc = interchange_parse_json(a, root, out, e);
	json_decref(root);
	return rc;
}
