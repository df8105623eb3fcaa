/* organisatie.c - the directory of organisations: list, read, the tree, create and change (store/netwerk/organisatie.h). */
#include <string.h>

#include "store/netwerk/private.h"

void
nw_lees_rij(struct arena *a, struct store_q *q, struct organisatie_rij *o)
{
	memset(o, 0, sizeof(*o));
	o->id = store_col_int(q, 0);
	o->naam = store_col_text(q, a, 1);
	o->type = store_col_enum(q, 2, &codes_organisatie_type, ORGTYPE_OVERIG);
	o->code = store_col_text(q, a, 3);
	o->parent_id = store_col_int(q, 4);
	o->parent_naam = store_col_text(q, a, 5);
	o->status = (enum organisatie_status)store_col_enum(q, 6, &codes_organisatie_status, ORGSTATUS_BEKEND);
	o->email = store_col_text(q, a, 7);
	o->telefoon = store_col_text(q, a, 8);
	o->aangesloten_sinds = store_col_date(q, 9);
	o->aangesloten_tot = store_col_date(q, 10);
	o->voorgesteld_op = store_col_text(q, a, 11);
	o->voorgesteld_door = store_col_text(q, a, 12);
}

static void
bind_filter(struct store_q *q, const struct organisatie_filter *f)
{
	store_bind_text(q, ":zoek", f->zoek != NULL && f->zoek[0] != '\0' ? f->zoek : NULL);
	store_bind_code(q, ":type", &codes_organisatie_type, f->type);
	store_bind_code(q, ":status", &codes_organisatie_status, f->status);
	store_bind_id(q, ":parent", f->parent_id);
}

enum err_code
store_organisatie_lijst(struct store *st, struct arena *a, const struct organisatie_filter *f,
    struct organisatie_rij **out, size_t *n, size_t *total, struct err *e)
{
	struct store_q *q = NQ(st, NW_Q_LIJST_TOTAAL);
	struct organisatie_rij *v = NULL;
	size_t len = 0, cap = 0;
	int64_t t = 0;
	enum err_code rc;

	bind_filter(q, f);
	if ((rc = store_int_of(q, &t, e)) != ERR_OK)
		return rc;
	q = NQ(st, NW_Q_LIJST);
	bind_filter(q, f);
	store_bind_int(q, ":limit", f->limit);
	store_bind_int(q, ":offset", f->offset);
	while (store_next(q)) {
		v = store_grow(a, v, len, &cap, sizeof(*v));
		nw_lees_rij(a, q, &v[len++]);
	}
	if ((rc = store_end(q, e)) != ERR_OK)
		return rc;
	*out = v;
	*n = len;
	if (total != NULL)
		*total = (size_t)t;
	return ERR_OK;
}

enum err_code
store_organisatie_basis(struct store *st, struct arena *a, int64_t id, struct organisatie_rij *out, struct err *e)
{
	struct store_q *q = NQ(st, NW_Q_LEES);
	enum err_code rc;

	memset(out, 0, sizeof(*out));
	store_bind_int(q, ":id", id);
	if ((rc = store_one(q, e)) == ERR_NOT_FOUND)
		return err_set(e, ERR_NOT_FOUND, NULL, "Deze organisatie bestaat niet.");
	if (rc != ERR_OK)
		return rc;
	nw_lees_rij(a, q, out);
	return store_end(q, e);
}

enum err_code
store_organisatie_lees(struct store *st, struct arena *a, int64_t id, struct organisatie_rij *out, struct err *e)
{
	struct store_q *q;
	enum err_code rc;

	if ((rc = store_organisatie_basis(st, a, id, out, e)) != ERR_OK)
		return rc;
	q = NQ(st, NW_Q_TELLINGEN);
	store_bind_int(q, ":id", id);
	if ((rc = store_one(q, e)) != ERR_OK)
		return rc == ERR_NOT_FOUND ? err_set(e, ERR_INTERNAL, NULL, "De tellingen ontbreken.") : rc;
	out->casussen = (long)store_col_int(q, 0);
	out->personen = (long)store_col_int(q, 1);
	out->beleggingen = (long)store_col_int(q, 2);
	out->onderdelen = (long)store_col_int(q, 3);
	out->accounts = (long)store_col_int(q, 4);
	return store_end(q, e);
}

enum err_code
store_organisatie_boom(struct store *st, struct arena *a, struct org_ouder **out, size_t *n, struct err *e)
{
	struct store_q *q = NQ(st, NW_Q_BOOM);
	struct org_ouder *v = NULL;
	size_t len = 0, cap = 0;
	enum err_code rc;

	while (store_next(q)) {
		v = store_grow(a, v, len, &cap, sizeof(*v));
		v[len].id = store_col_int(q, 0);
		v[len++].parent_id = store_col_int(q, 1);
	}
	if ((rc = store_end(q, e)) != ERR_OK)
		return rc;
	*out = v;
	*n = len;
	return ERR_OK;
}

enum err_code
store_organisatie_onder(struct store *st, struct arena *a, int64_t root, int64_t **out, size_t *n, struct err *e)
{
	struct store_q *q = NQ(st, NW_Q_ONDER);
	int64_t *v = NULL;
	size_t len = 0, cap = 0;
	enum err_code rc;

	store_bind_int(q, ":root", root);
	while (store_next(q)) {
		v = store_grow(a, v, len, &cap, sizeof(*v));
		v[len++] = store_col_int(q, 0);
	}
	if ((rc = store_end(q, e)) != ERR_OK)
		return rc;
	*out = v;
	*n = len;
	return ERR_OK;
}

enum err_code
store_organisatie_zoek(struct store *st, const char *naam_of_code, int64_t *id, struct err *e)
{
	struct store_q *q = NQ(st, NW_Q_ZOEK);

	store_bind_text(q, ":naam", naam_of_code);
	return store_int_of(q, id, e);
}

enum err_code
store_organisatie_bij_code(struct store *st, const char *code, int64_t *id, struct err *e)
{
	struct store_q *q = NQ(st, NW_Q_BIJ_CODE);

	store_bind_text(q, ":code", code);
	return store_int_of(q, id, e);
}

/* The trimmed name, and NULL for an empty optional field. */
static const char *
naam_van(struct arena *a, const char *s)
{
	const char *start;
	size_t len;

	organisatie_naam_trim(s, &start, &len);
	return arena_strndup(a, start, len);
}

static const char *
leeg_null(struct arena *a, const char *s)
{
	const char *start;
	size_t len;

	if (s == NULL)
		return NULL;
	organisatie_naam_trim(s, &start, &len);
	return len == 0 ? NULL : arena_strndup(a, start, len);
}

/* ERR_CONFLICT with the field when the name (within the type) or the code belongs to another organisation. */
static enum err_code
bezet(struct store *st, int64_t id, const char *naam, int type, const char *code, struct err *e)
{
	struct store_q *q = NQ(st, NW_Q_NAAM_BEZET);
	int64_t ander = 0;
	enum err_code rc;

	store_bind_text(q, ":naam", naam);
	store_bind_code(q, ":type", &codes_organisatie_type, type);
	store_bind_int(q, ":id", id);
	if ((rc = store_int_of(q, &ander, e)) != ERR_OK)
		return rc;
	if (ander != 0)
		return err_set(e, ERR_CONFLICT, "naam", "Er staat al een organisatie van dit soort met deze naam in de lijst.");
	if (code == NULL)
		return ERR_OK;
	q = NQ(st, NW_Q_CODE_BEZET);
	store_bind_text(q, ":code", code);
	store_bind_int(q, ":id", id);
	if ((rc = store_int_of(q, &ander, e)) != ERR_OK)
		return rc;
	if (ander != 0)
		return err_set(e, ERR_CONFLICT, "code", "Deze code is al van een andere organisatie.");
	return ERR_OK;
}

static void
bind_invoer(struct arena *a, struct store_q *q, const struct organisatie_invoer *in, const char *naam, const char *code)
{
	store_bind_text(q, ":naam", naam);
	store_bind_code(q, ":type", &codes_organisatie_type, in->type);
	store_bind_text(q, ":code", code);
	store_bind_id(q, ":parent", in->parent_id);
	store_bind_text(q, ":email", leeg_null(a, in->email));
	store_bind_text(q, ":telefoon", leeg_null(a, in->telefoon));
}

static enum err_code
schrijf(struct store *st, int64_t id, const struct organisatie_invoer *in, int64_t *nieuw_id, struct err *e)
{
	struct arena *a = arena_new();
	const char *naam = naam_van(a, in->naam), *code = leeg_null(a, in->code);
	struct store_q *q;
	enum err_code rc;

	if (id != 0) {   /* an organisation that is not there is not found, whatever its fields */
		q = NQ(st, NW_Q_SV_CODE);
		store_bind_int(q, ":id", id);
		if ((rc = store_one(q, e)) == ERR_NOT_FOUND)
			rc = err_set(e, ERR_NOT_FOUND, NULL, "Deze organisatie bestaat niet.");
		else if (rc == ERR_OK)
			rc = store_end(q, e);
		if (rc != ERR_OK)
			goto out;
	}
	if ((rc = bezet(st, id, naam, in->type, code, e)) != ERR_OK)
		goto out;
	q = NQ(st, id == 0 ? NW_Q_NIEUW : NW_Q_WIJZIG);
	bind_invoer(a, q, in, naam, code);
	if (id != 0)
		store_bind_int(q, ":id", id);
	if ((rc = store_exec(q, e)) != ERR_OK)
		goto out;
	if (id == 0)
		*nieuw_id = store_last_id(st);
	else if (store_changes(st) == 0)
		rc = err_set(e, ERR_NOT_FOUND, NULL, "Deze organisatie bestaat niet.");
out:
	arena_free(a);
	return rc;
}

enum err_code
store_organisatie_nieuw(struct store *st, const struct organisatie_invoer *in, int64_t *id, struct err *e)
{
	return schrijf(st, 0, in, id, e);
}

enum err_code
store_organisatie_wijzig(struct store *st, int64_t id, const struct organisatie_invoer *in, struct err *e)
{
	return schrijf(st, id, in, NULL, e);
}

enum err_code
store_voorstel_accepteren(struct store *st, int64_t id, const struct organisatie_invoer *als, int64_t door,
    time_t now, struct err *e)
{
	struct arena *a = arena_new();
	const char *naam = naam_van(a, als->naam), *code = leeg_null(a, als->code);
	char tijd[TIME_STRLEN];
	struct store_q *q;
	enum err_code rc;

	if ((rc = bezet(st, id, naam, als->type, code, e)) != ERR_OK)
		goto out;
	time_format(now, tijd);
	q = NQ(st, NW_Q_VOORSTEL_ACCEPTEER);
	bind_invoer(a, q, als, naam, code);
	store_bind_int(q, ":id", id);
	store_bind_id(q, ":door", door);
	store_bind_text(q, ":now", tijd);
	if ((rc = store_exec(q, e)) == ERR_OK && store_changes(st) == 0)
		rc = err_set(e, ERR_CONFLICT, "besluit", "Over dit voorstel is al besloten.");
out:
	arena_free(a);
	return rc;
}

enum err_code
store_voorstel_afwijzen(struct store *st, int64_t id, int64_t door, time_t now, struct err *e)
{
	struct store_q *q = NQ(st, NW_Q_VOORSTEL_AFWIJS);
	char tijd[TIME_STRLEN];
	enum err_code rc;

	time_format(now, tijd);
	store_bind_int(q, ":id", id);
	store_bind_id(q, ":door", door);
	store_bind_text(q, ":now", tijd);
	if ((rc = store_exec(q, e)) == ERR_OK && store_changes(st) == 0)
		rc = err_set(e, ERR_CONFLICT, "besluit", "Over dit voorstel is al besloten.");
	return rc;
}

enum err_code
store_organisatie_bij_naam(struct store *st, const char *naam, int type, int64_t *id, struct err *e)
{
	struct arena *a = arena_new();
	struct store_q *q = NQ(st, NW_Q_NAAM_BEZET);
	enum err_code rc;

	store_bind_text(q, ":naam", naam_van(a, naam));
	store_bind_code(q, ":type", &codes_organisatie_type, type);
	store_bind_int(q, ":id", 0);
	rc = store_int_of(q, id, e);
	arena_free(a);
	return rc;
}

enum err_code
store_organisatie_voorstel(struct store *st, const char *naam, int type, int64_t door, time_t now, int64_t *id,
    struct err *e)
{
	struct arena *a = arena_new();
	const char *n = naam_van(a, naam);
	char tijd[TIME_STRLEN];
	struct store_q *q = NQ(st, NW_Q_NAAM_BEZET);
	enum err_code rc;

	*id = 0;
	store_bind_text(q, ":naam", n);
	store_bind_code(q, ":type", &codes_organisatie_type, type);
	store_bind_int(q, ":id", 0);
	if ((rc = store_int_of(q, id, e)) != ERR_OK || *id != 0)
		goto out;
	time_format(now, tijd);
	q = NQ(st, NW_Q_VOORSTEL_NIEUW);
	store_bind_text(q, ":naam", n);
	store_bind_code(q, ":type", &codes_organisatie_type, type);
	store_bind_id(q, ":door", door);
	store_bind_text(q, ":now", tijd);
	if ((rc = store_exec(q, e)) == ERR_OK)
		*id = store_last_id(st);
out:
	arena_free(a);
	return rc;
}

enum err_code
store_voorstel_aantal(struct store *st, long *n, struct err *e)
{
	int64_t v = 0;
	enum err_code rc = store_int_of(NQ(st, NW_Q_VOORSTEL_AANTAL), &v, e);

	*n = (long)v;
	return rc;
}
