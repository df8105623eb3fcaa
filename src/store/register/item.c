/* item.c - entries and profiles of the Maatwerkregister in the store: read, add, change, confirm, who keeps them. */
#include <string.h>

#include "core/casus.h"
#include "core/register_suggestie.h"
#include "lib/date.h"
#include "store/register/private.h"

/* A comma-separated list of codes as a 64-bit set of list l; unknown codes are skipped. */
static uint64_t
bits64(const char *list, const struct codelist *l)
{
	uint64_t bits = 0;
	char code[64];

	while (list != NULL && *list != '\0') {
		size_t n = strcspn(list, ",");
		int i;

		if (n < sizeof(code)) {
			memcpy(code, list, n);
			code[n] = '\0';
			if ((i = codelist_find(l, code)) >= 0 && i < 64)
				bits |= (uint64_t)1 << i;
		}
		list += n;
		if (*list == ',')
			list++;
	}
	return bits;
}

void
reg_lees_rij(struct arena *a, struct store_q *q, struct register_item *it)
{
	const char *codes[3];

	memset(it, 0, sizeof(*it));
	it->id = store_col_int(q, 0);
	it->soort = (enum register_soort)store_col_enum(q, 1, &codes_register_soort, REGSOORT_PROFESSIONAL);
	it->organisatie_id = store_col_int(q, 2);
	it->organisatie_naam = store_col_text(q, a, 3);
	it->organisatie_type = store_col_enum(q, 4, &codes_organisatie_type, ORGTYPE_OVERIG);
	it->organisatie_code = store_col_text(q, a, 5);
	it->ouder_naam = store_col_text(q, a, 6);
	it->organisatie_boven[0] = store_col_int(q, 7);
	it->organisatie_boven[1] = store_col_int(q, 8);
	codes[0] = it->organisatie_code;
	codes[1] = store_col_peek(q, 9);
	codes[2] = store_col_peek(q, 10);
	it->beleidsterrein = -1;
	for (int i = 0; i < 3 && it->beleidsterrein < 0; i++)
		if (codes[i] != NULL)
			it->beleidsterrein = codelist_find_nocase(&codes_beleidsterrein, codes[i]);
	it->vermelding_id = store_col_int(q, 11);
	it->persoon_id = store_col_int(q, 12);
	it->naam = store_col_text(q, a, 13);
	it->functie = store_col_text(q, a, 14);
	it->mandaat = store_col_text(q, a, 15);
	it->email = store_col_text(q, a, 16);
	it->telefoon = store_col_text(q, a, 17);
	it->expertise = store_col_text(q, a, 18);
	it->regio = store_col_enum(q, 19, &codes_regio, REGIO_LANDELIJK);
	it->bevestigd_op = store_col_date(q, 20);
	it->gewijzigd_op = store_col_text(q, a, 21);
	it->leefgebieden = store_code_bits(store_col_peek(q, 22), &codes_leefgebied);
	it->wetten = bits64(store_col_peek(q, 23), &codes_wet_regeling);
	it->account_email = store_col_text(q, a, 24);
	it->uitnodigbaar = it->account_email != NULL;
	it->profielen = store_col_int(q, 25);
}

enum err_code
reg_lees_alle(struct arena *a, struct store_q *q, struct register_item **out, size_t *n, struct err *e)
{
	struct register_item *v = NULL;
	size_t len = 0, cap = 0;
	enum err_code rc;

	while (store_next(q)) {
		v = store_grow(a, v, len, &cap, sizeof(*v));
		reg_lees_rij(a, q, &v[len++]);
	}
	if ((rc = store_end(q, e)) != ERR_OK)
		return rc;
	*out = v;
	*n = len;
	return ERR_OK;
}

enum err_code
store_register_lees(struct store *st, struct arena *a, int64_t id, struct register_item *out, struct err *e)
{
	struct store_q *q = RQ(st, REG_Q_LEES);
	enum err_code rc;

	store_bind_int(q, ":id", id);
	if ((rc = store_one(q, e)) == ERR_NOT_FOUND)
		return err_set(e, ERR_NOT_FOUND, NULL, "Deze vermelding staat niet in het Maatwerkregister.");
	if (rc != ERR_OK)
		return rc;
	reg_lees_rij(a, q, out);
	return store_end(q, e);
}

enum err_code
store_register_van_organisatie(struct store *st, int64_t organisatie_id, int64_t *id, struct err *e)
{
	struct store_q *q = RQ(st, REG_Q_VAN_ORG);

	store_bind_int(q, ":organisatie", organisatie_id);
	return store_int_of(q, id, e);
}

enum err_code
store_register_profielen(struct store *st, struct arena *a, int64_t vermelding_id, struct register_item **out,
    size_t *n, struct err *e)
{
	struct store_q *q = RQ(st, REG_Q_PROFIELEN);

	store_bind_int(q, ":vermelding", vermelding_id);
	return reg_lees_alle(a, q, out, n, e);
}

enum err_code
store_register_profiel_email(struct store *st, int64_t vermelding_id, const char *email, int64_t *id, struct err *e)
{
	struct store_q *q = RQ(st, REG_Q_PROFIEL_EMAIL);

	store_bind_int(q, ":vermelding", vermelding_id);
	store_bind_text(q, ":email", email);
	return store_int_of(q, id, e);
}

enum err_code
store_register_leeg(struct store *st, bool *leeg, struct err *e)
{
	int64_t v = 0;
	enum err_code rc = store_int_of(RQ(st, REG_Q_LEEG), &v, e);

	*leeg = v != 0;
	return rc;
}

/* The codes of the bits of l in set as a JSON array (the codes are plain words); upper: in upper case. */
static const char *
json_codes(struct arena *a, const struct codelist *l, uint64_t set, bool upper)
{
	const char *s = "[";

	for (int i = 0; i < l->n && i < 64; i++)
		if (set & ((uint64_t)1 << i))
			s = arena_printf(a, "%s%s\"%s\"", s, s[1] != '\0' ? "," : "", l->codes[i]);
	s = arena_printf(a, "%s]", s);
	if (upper)
		for (char *p = (char *)s; *p != '\0'; p++)
			if (*p >= 'a' && *p <= 'z')
				*p = (char)(*p - 'a' + 'A');
	return s;
}

enum err_code
store_register_suggesties(struct store *st, struct arena *a, const struct suggestie_vraag *v, enum register_soort soort,
    int vandaag, size_t max, struct register_item **out, size_t *n, struct err *e)
{
	struct store_q *q = RQ(st, REG_Q_SUGGESTIES);
	const char *orgs = "[";
	int64_t ids[64];
	size_t m = 0;
	struct register_item *v_out;
	enum err_code rc;

	for (size_t i = 0; i < v->norganisaties; i++)
		orgs = arena_printf(a, "%s%s%lld", orgs, orgs[1] != '\0' ? "," : "", (long long)v->organisaties[i]);
	store_bind_text(q, ":organisaties", arena_printf(a, "%s]", orgs));
	store_bind_text(q, ":alle_bt", json_codes(a, &codes_beleidsterrein, ~(uint64_t)0, true));
	store_bind_text(q, ":bt", json_codes(a, &codes_beleidsterrein, v->beleidsterreinen, true));
	store_bind_text(q, ":leefgebieden", json_codes(a, &codes_leefgebied, v->leefgebieden, false));
	store_bind_text(q, ":wetten", json_codes(a, &codes_wet_regeling, v->wetten, false));
	store_bind_text(q, ":regio", v->regio >= 0 && v->regio < REGIO__MAX && v->regio != REGIO_LANDELIJK ?
	    codes_regio.codes[v->regio] : NULL);
	store_bind_date(q, ":verouderd_tot", register_verouderd_tot(vandaag));
	store_bind_text(q, ":soort", codes_register_soort.codes[soort]);
	store_bind_int(q, ":limit", (int64_t)(max < 64 ? max : 64));
	while (m < sizeof(ids) / sizeof(ids[0]) && store_next(q))
		ids[m++] = store_col_int(q, 0);
	if ((rc = store_end(q, e)) != ERR_OK)
		return rc;
	v_out = m > 0 ? arena_alloc(a, m * sizeof(*v_out)) : NULL;
	for (size_t i = 0; i < m; i++)
		if ((rc = store_register_lees(st, a, ids[i], &v_out[i], e)) != ERR_OK)
			return rc;
	*out = v_out;
	*n = m;
	return ERR_OK;
}

enum err_code
store_register_alle(struct store *st, struct arena *a, struct register_item **out, size_t *n, struct err *e)
{
	return reg_lees_alle(a, RQ(st, REG_Q_ALLE), out, n, e);
}

/* Optional text: NULL for an empty field. */
static void
bind_optie(struct store_q *q, const char *name, const char *v)
{
	store_bind_text(q, name, v != NULL && v[0] != '\0' ? v : NULL);
}

static void
bind_velden(struct store_q *q, const struct register_invoer *in)
{
	store_bind_text(q, ":naam", in->naam);
	bind_optie(q, ":functie", in->functie);
	if (in->soort == REGSOORT_ORGANISATIE)
		store_bind_text(q, ":mandaat", in->mandaat);
	else
		store_bind_null(q, ":mandaat");
	store_bind_text(q, ":email", in->email);
	bind_optie(q, ":telefoon", in->telefoon);
	bind_optie(q, ":expertise", in->expertise);
	store_bind_code(q, ":regio", &codes_regio, in->regio);
}

static enum err_code
tags_schrijven(struct store *st, int64_t id, const struct register_invoer *in, struct err *e)
{
	struct store_q *q = RQ(st, REG_Q_TAGS_WEG);
	enum err_code rc;

	store_bind_int(q, ":id", id);
	if ((rc = store_exec(q, e)) != ERR_OK)
		return rc;
	for (int i = 0; i < LEEFGEBIED__MAX; i++)
		if (in->leefgebieden & (1u << i)) {
			q = RQ(st, REG_Q_TAG);
			store_bind_int(q, ":id", id);
			store_bind_static(q, ":soort", "leefgebied");
			store_bind_static(q, ":code", codes_leefgebied.codes[i]);
			if ((rc = store_exec(q, e)) != ERR_OK)
				return rc;
		}
	for (int i = 0; i < WET__MAX; i++)
		if (in->wetten & ((uint64_t)1 << i)) {
			q = RQ(st, REG_Q_TAG);
			store_bind_int(q, ":id", id);
			store_bind_static(q, ":soort", "wet");
			store_bind_static(q, ":code", codes_wet_regeling.codes[i]);
			if ((rc = store_exec(q, e)) != ERR_OK)
				return rc;
		}
	return ERR_OK;
}

enum err_code
store_register_nieuw(struct store *st, const struct register_invoer *in, int64_t organisatie_id,
    int64_t vermelding_id, int64_t persoon_id, int64_t door, time_t now, int vandaag, int64_t *id, struct err *e)
{
	char tijd[TIME_STRLEN];
	struct store_q *q;
	int64_t bestaand = 0;
	enum err_code rc;

	if (in->soort == REGSOORT_ORGANISATIE) {
		if ((rc = store_register_van_organisatie(st, organisatie_id, &bestaand, e)) != ERR_OK)
			return rc;
		if (bestaand != 0)
			return err_set(e, ERR_CONFLICT, "organisatie",
			    "Deze organisatie staat al in het Maatwerkregister; werk die vermelding bij.");
		vermelding_id = 0;
	} else {
		struct register_item v;
		struct arena *tmp = arena_new();
		bool onder = false;

		rc = store_register_lees(st, tmp, vermelding_id, &v, e);
		arena_free(tmp);   /* only v's numbers are used below */
		if (rc != ERR_OK)
			return rc;
		if (v.soort != REGSOORT_ORGANISATIE)
			return err_set(e, ERR_NOT_FOUND, NULL, "Een profiel hoort bij de vermelding van een organisatie.");
		if (organisatie_id == 0)
			organisatie_id = v.organisatie_id;
		if ((rc = store_register_valt_onder(st, organisatie_id, v.organisatie_id, &onder, e)) != ERR_OK)
			return rc;
		if (!onder)
			return err_set(e, ERR_VALIDATION, "organisatie",
			    "Een profiel hoort bij de organisatie van de vermelding of bij een onderdeel daarvan.");
	}
	time_format(now, tijd);
	q = RQ(st, REG_Q_NIEUW);
	store_bind_code(q, ":soort", &codes_register_soort, in->soort);
	store_bind_int(q, ":organisatie", organisatie_id);
	store_bind_id(q, ":vermelding", vermelding_id);
	store_bind_id(q, ":persoon", persoon_id);
	bind_velden(q, in);
	store_bind_date(q, ":vandaag", vandaag);
	store_bind_id(q, ":door", door);
	store_bind_text(q, ":now", tijd);
	if ((rc = store_exec(q, e)) == ERR_CONFLICT)
		return err_set(e, ERR_CONFLICT, "organisatie", "Deze organisatie staat al in het Maatwerkregister.");
	if (rc != ERR_OK)
		return rc;
	*id = store_last_id(st);
	return tags_schrijven(st, *id, in, e);
}

enum err_code
store_register_wijzig(struct store *st, int64_t id, const struct register_invoer *in, int64_t door, time_t now,
    int vandaag, struct err *e)
{
	char tijd[TIME_STRLEN];
	struct store_q *q = RQ(st, REG_Q_WIJZIG);
	enum err_code rc;

	time_format(now, tijd);
	store_bind_int(q, ":id", id);
	bind_velden(q, in);
	store_bind_date(q, ":vandaag", vandaag);
	store_bind_id(q, ":door", door);
	store_bind_text(q, ":now", tijd);
	if ((rc = store_exec(q, e)) != ERR_OK)
		return rc;
	if (store_changes(st) == 0)
		return err_set(e, ERR_NOT_FOUND, NULL, "Deze vermelding staat niet in het Maatwerkregister.");
	return tags_schrijven(st, id, in, e);
}

enum err_code
store_register_bevestig(struct store *st, int64_t id, int64_t door, time_t now, int vandaag, struct err *e)
{
	struct store_q *q = RQ(st, REG_Q_BEVESTIG);
	enum err_code rc;

	(void)now;
	store_bind_int(q, ":id", id);
	store_bind_date(q, ":vandaag", vandaag);
	store_bind_id(q, ":door", door);
	if ((rc = store_exec(q, e)) == ERR_OK && store_changes(st) == 0)
		return err_set(e, ERR_NOT_FOUND, NULL, "Deze vermelding staat niet in het Maatwerkregister.");
	return rc;
}

enum err_code
store_register_is_contact(struct store *st, int64_t persoon_id, int64_t organisatie_id, bool *out, struct err *e)
{
	struct store_q *q = RQ(st, REG_Q_IS_CONTACT);
	int64_t v = 0;
	enum err_code rc;

	*out = false;
	if (persoon_id <= 0)
		return ERR_OK;
	store_bind_int(q, ":persoon", persoon_id);
	store_bind_int(q, ":organisatie", organisatie_id);
	if ((rc = store_int_of(q, &v, e)) == ERR_OK)
		*out = v != 0;
	return rc;
}

enum err_code
store_register_valt_onder(struct store *st, int64_t eigen, int64_t van, bool *out, struct err *e)
{
	struct store_q *q = RQ(st, REG_Q_VALT_ONDER);
	int64_t v = 0;
	enum err_code rc;

	*out = false;
	if (eigen == 0 || van == 0)
		return ERR_OK;
	store_bind_int(q, ":eigen", eigen);
	store_bind_int(q, ":van", van);
	if ((rc = store_int_of(q, &v, e)) == ERR_OK)
		*out = v != 0;
	return rc;
}

enum err_code
store_register_aangesloten(struct store *st, int64_t organisatie_id, int vandaag, bool *out, struct err *e)
{
	struct store_q *q = RQ(st, REG_Q_AANGESLOTEN);
	int64_t v = 0;
	enum err_code rc;

	*out = false;
	if (organisatie_id == 0)
		return ERR_OK;
	store_bind_int(q, ":organisatie", organisatie_id);
	store_bind_date(q, ":vandaag", vandaag);
	if ((rc = store_int_of(q, &v, e)) == ERR_OK)
		*out = v != 0;
	return rc;
}

enum err_code
store_register_eigendom(struct store *st, const struct register_item *it, const struct actor *a,
    struct register_eigendom *out, struct err *e)
{
	memset(out, 0, sizeof(*out));
	out->soort = it->soort;
	out->persoon_id = it->persoon_id;
	return store_register_is_contact(st, a->persoon_id, it->organisatie_id, &out->actor_is_contact, e);
}

enum err_code
store_register_eigen(struct store *st, struct arena *a, int64_t persoon_id, struct register_item **out, size_t *n,
    struct err *e)
{
	struct store_q *q = RQ(st, REG_Q_EIGEN);

	*out = NULL;
	*n = 0;
	if (persoon_id <= 0)
		return ERR_OK;
	store_bind_int(q, ":persoon", persoon_id);
	return reg_lees_alle(a, q, out, n, e);
}
