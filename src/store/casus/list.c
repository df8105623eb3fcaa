/* list.c - the werkvoorraad: filtered, sorted, paged lists of casussen, counts, due follow-ups. */
#include <string.h>

#include "store/casus/private.h"
#include "store/search.h"

#define LIST_LIMIT_DEFAULT 25
#define LIST_LIMIT_MAX 500
#define HULPVRAAG_KORT 200   /* bytes of hulpvraag in a row */

_Static_assert(STATUS_CONCEPT == 0 && STATUS_AANGEMELD == 1 && STATUS_IN_BEHANDELING == 2 && STATUS_AFGEROND == 3,
    "the status bit in casus.list's :statussen follows enum casus_status");

/* At most max bytes of s, cut at a character boundary. */
static const char *
kort(struct arena *a, const char *s, size_t max)
{
	size_t n;

	if (s == NULL)
		return NULL;
	n = strlen(s);
	if (n <= max)
		return arena_strdup(a, s);
	n = max;
	while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
		n--;
	return arena_strndup(a, s, n);
}

static void
col_rij(struct arena *a, struct store_q *q, struct casus_rij *r)
{
	r->id = store_col_int(q, 0);
	r->referentie = store_col_text(q, a, 1);
	r->status = (enum casus_status)store_col_enum(q, 2, &codes_casus_status, STATUS_AANGEMELD);
	r->ontvangen_op = store_col_date(q, 3);
	r->afgerond_op = store_col_date(q, 4);
	r->hulpvraag = kort(a, store_col_peek(q, 5), HULPVRAAG_KORT);
	r->indiener_naam = store_col_text(q, a, 6);
	r->indiener_organisatie = store_col_text(q, a, 7);
	r->indiener_type = store_col_code(q, 8, &codes_indiener_type);
	r->regievoerder_naam = store_col_text(q, a, 9);
	r->regievoerder_id = store_col_int(q, 10);
	r->leefgebieden = store_code_bits(store_col_peek(q, 11), &codes_leefgebied);
	r->beleidsterreinen = store_code_bits(store_col_peek(q, 12), &codes_beleidsterrein);
	r->urgentie = (enum urgentie)store_col_enum(q, 13, &codes_urgentie, URGENTIE_NORMAAL);
	r->followup_op = store_col_date(q, 14);
	r->followup_antwoord = store_col_code(q, 15, &codes_followup);
}

static enum err_code
rows_read(struct arena *a, struct store_q *q, struct casus_rij **rows, size_t *n, struct err *e)
{
	size_t cap = 0;
	enum err_code ec;

	*rows = NULL;
	*n = 0;
	while (store_next(q)) {
		*rows = store_grow(a, *rows, *n, &cap, sizeof(**rows));
		col_rij(a, q, &(*rows)[(*n)++]);
	}
	if ((ec = store_end(q, e)) != ERR_OK)
		return ec;
	if (*rows == NULL)
		*rows = arena_alloc(a, sizeof(**rows));   /* never NULL, also for an empty page */
	return ERR_OK;
}

/* Binds the filter of casus.list, list_total and list_counts; statussen = the bits to list. */
static void
bind_filter(struct store *st, struct store_q *q, struct arena *a, const struct casus_filter *f, unsigned statussen)
{
	store_bind_int(q, ":statussen", (int64_t)statussen);
	store_bind_int(q, ":regievoerder", f->regievoerder_id);
	store_bind_bool(q, ":niet_toegewezen", f->niet_toegewezen);
	store_bind_code(q, ":leefgebied", &codes_leefgebied, f->leefgebied);
	store_bind_code(q, ":beleidsterrein", &codes_beleidsterrein, f->beleidsterrein);
	store_bind_code(q, ":indiener_type", &codes_indiener_type, f->indiener_type);
	store_bind_date(q, ":ontvangen_tot", f->min_leeftijd_dagen > 0 ? f->vandaag - f->min_leeftijd_dagen : DATE_NONE);
	store_bind_int(q, ":persoon", f->beperk_tot_persoon);
	store_bind_text(q, ":zoek", store_search_param(st, a, f->zoek));
}

static unsigned
status_bits(const struct casus_filter *f)
{
	unsigned all = (1u << STATUS__MAX) - 1;

	return f->statussen != 0 ? f->statussen & all : all & ~(1u << STATUS_CONCEPT);
}

enum err_code
store_casus_list(struct store *st, struct arena *a, const struct casus_filter *f, struct casus_rij **rows,
    size_t *n, size_t *total, struct err *e)
{
	struct store_q *q;
	int limit = f->limit <= 0 ? LIST_LIMIT_DEFAULT : f->limit > LIST_LIMIT_MAX ? LIST_LIMIT_MAX : f->limit;
	int64_t count = 0;
	enum err_code ec;

	*rows = NULL;
	*n = *total = 0;
	q = CQ(st, CASUS_Q_LIST_TOTAL);
	bind_filter(st, q, a, f, status_bits(f));
	if ((ec = store_one(q, e)) == ERR_OK) {
		count = store_col_int(q, 0);
		ec = store_end(q, e);
	}
	if (ec != ERR_OK)   /* count(*) always has a row */
		return ec == ERR_NOT_FOUND ? err_set(e, ERR_INTERNAL, NULL, "Er ging iets mis bij het opslaan.") : ec;
	*total = (size_t)count;
	q = CQ(st, CASUS_Q_LIST);
	bind_filter(st, q, a, f, status_bits(f));
	store_bind_int(q, ":sort", (int64_t)f->sort);
	store_bind_int(q, ":limit", limit);
	store_bind_int(q, ":offset", f->offset > 0 ? f->offset : 0);
	return rows_read(a, q, rows, n, e);
}

enum err_code
store_casus_counts(struct store *st, const struct casus_filter *f, long counts[STATUS__MAX], struct err *e)
{
	struct arena *a = arena_new();   /* the search parameter */
	struct store_q *q = CQ(st, CASUS_Q_LIST_COUNTS);
	enum err_code ec;

	memset(counts, 0, STATUS__MAX * sizeof(counts[0]));
	bind_filter(st, q, a, f, (1u << STATUS__MAX) - 1);
	while (store_next(q)) {
		int v = store_col_code(q, 0, &codes_casus_status);

		if (v >= 0)
			counts[v] = (long)store_col_int(q, 1);
	}
	ec = store_end(q, e);
	arena_free(a);
	return ec;
}

enum err_code
store_followup_due(struct store *st, struct arena *a, int vandaag, struct casus_rij **rows, size_t *n,
    struct err *e)
{
	struct store_q *q = CQ(st, CASUS_Q_FOLLOWUP_DUE);

	store_bind_date(q, ":vandaag", vandaag);
	return rows_read(a, q, rows, n, e);
}

enum err_code
store_regievoerders(struct store *st, struct arena *a, struct persoon_kort **out, size_t *n, struct err *e)
{
	struct store_q *q = CQ(st, CASUS_Q_REGIEVOERDERS);
	size_t cap = 0;

	*out = NULL;
	*n = 0;
	while (store_next(q)) {
		*out = store_grow(a, *out, *n, &cap, sizeof(**out));
		(*out)[*n].id = store_col_int(q, 0);
		(*out)[(*n)++].naam = store_col_text(q, a, 1);
	}
	return store_end(q, e);
}
