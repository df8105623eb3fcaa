/* rapport.c - reads what the jaarrapportage counts: its years' casussen in a few set queries, no free text. */
#include "store/rapport/rapport.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lib/date.h"
#include "store/casus/private.h"

/*
 * :van and :tot: the first and the last day of the years, as YYYY-MM-DD
 * (dates compare as text). The ids of the casussen afgerond in the years
 * come from the index on afgerond_op alone, in id order, so that the rows
 * they lead to are read page after page. Whether such a casus is a concept is
 * left to rapport.casussen: a child row of a casus it did not read is
 * skipped.
 */
#define AFGEROND_IN "(SELECT id FROM casus WHERE afgerond_op BETWEEN :van AND :tot)"

enum { Q_CASUSSEN, Q_LEEFGEBIEDEN, Q_BELEIDSTERREINEN, Q_ORGANISATIES, Q_INTERVENTIES, Q_LEERPUNTEN,
	Q_BELEGGINGEN, Q_JAAR, Q__MAX };

static const struct store_sql sql[Q__MAX] = {
	/*
	 * The indiener's organisation as store_casus_load takes it: the one stated
	 * with the casus (import keeps it, with its connection dates as stated);
	 * otherwise the one recorded at intake or the persoon's own, with the dates
	 * of the organisation row. Only when the casus has an indiener.
	 */
	[Q_CASUSSEN] = { "rapport.casussen",
	    "SELECT c.id, c.referentie, c.status, c.ontvangen_op, c.afgerond_op, c.indiener_type,"
	    " EXISTS (SELECT 1 FROM escalatie e WHERE e.casus_id = c.id AND e.status <> 'ingetrokken'),"
	    " c.buitenlandse_component, ip.id IS NOT NULL AND io.id IS NOT NULL,"
	    " CASE WHEN c.indiener_opgegeven THEN c.indiener_aangesloten_sinds ELSE io.aangesloten_sinds END,"
	    " CASE WHEN c.indiener_opgegeven THEN c.indiener_aangesloten_tot ELSE io.aangesloten_tot END"
	    " FROM casus c"
	    " LEFT JOIN persoon ip ON ip.id = c.indiener_id"
	    " LEFT JOIN organisatie io ON io.id = CASE WHEN c.indiener_opgegeven THEN c.indiener_organisatie_id"
	    "  ELSE coalesce(c.indiener_organisatie_id, ip.organisatie_id) END"
	    " WHERE c.id IN (SELECT id FROM casus WHERE afgerond_op BETWEEN :van AND :tot"
	    "  UNION SELECT id FROM casus WHERE ontvangen_op BETWEEN :van AND :tot) AND c.status <> 'concept'"
	    CASUS_ORDER_BY_REFERENTIE("c.referentie"), NULL },
	[Q_LEEFGEBIEDEN] = { "rapport.leefgebieden",
	    "SELECT casus_id, leefgebied FROM casus_leefgebied WHERE casus_id IN " AFGEROND_IN, NULL },
	[Q_BELEIDSTERREINEN] = { "rapport.beleidsterreinen",
	    "SELECT casus_id, beleidsterrein FROM casus_beleidsterrein WHERE casus_id IN " AFGEROND_IN, NULL },
	[Q_ORGANISATIES] = { "rapport.organisaties",
	    "SELECT x.casus_id, o.type FROM casus_organisatie x JOIN organisatie o ON o.id = x.organisatie_id"
	    " WHERE x.casus_id IN " AFGEROND_IN, NULL },
	/* Interventies on the timeline, without those a later entry corrects. */
	[Q_INTERVENTIES] = { "rapport.interventies",
	    "SELECT a.casus_id, a.interventie_type FROM activiteit a WHERE a.casus_id IN " AFGEROND_IN
	    " AND a.type = 'interventie' AND NOT EXISTS (SELECT 1 FROM activiteit k WHERE k.corrigeert_id = a.id)", NULL },
	[Q_LEERPUNTEN] = { "rapport.leerpunten",
	    "SELECT x.casus_id, l.id, l.categorie, l.orde, l.vraag, l.al_bekend, l.terugkerend"
	    " FROM leerpunt_casus x JOIN leerpunt l ON l.id = x.leerpunt_id WHERE x.casus_id IN " AFGEROND_IN, NULL },
	/* The current beleggingen (not forwarded) of those leerpunten with their current status: the latest history row. */
	[Q_BELEGGINGEN] = { "rapport.beleggingen",
	    "SELECT b.leerpunt_id, o.naam, o.type, o.code, s.status, s.reden"
	    " FROM belegging b JOIN organisatie o ON o.id = b.organisatie_id"
	    " LEFT JOIN belegging_status s ON s.id = (SELECT id FROM belegging_status WHERE belegging_id = b.id"
	    "  ORDER BY datum DESC, id DESC LIMIT 1)"
	    " WHERE b.doorgezet_naar_id IS NULL AND b.leerpunt_id IN"
	    "  (SELECT leerpunt_id FROM leerpunt_casus WHERE casus_id IN " AFGEROND_IN ")", NULL },
	/* :van, :tot: the first day of a year and of the next. */
	[Q_JAAR] = { "rapport.jaar",
	    "SELECT EXISTS (SELECT 1 FROM casus WHERE afgerond_op >= :van AND afgerond_op < :tot AND status <> 'concept')"
	    " OR EXISTS (SELECT 1 FROM casus WHERE ontvangen_op >= :van AND ontvangen_op < :tot AND status <> 'concept')",
	    NULL },
};

const struct store_sql_table store_rapport_sql = { "rapport", sql, Q__MAX };

#define Q(st, id) store_q((st), STORE_T_RAPPORT, (id))

/* A casus's position in the result, found by its id. */
struct id_plaats {
	int64_t id;
	size_t plaats;
};

/*
 * Rows of one child table while they are read: each with the place of its
 * parent, then sorted by parent into one arena array (verdeel).
 */
struct kinderen {
	size_t size, n, cap;
	size_t *ouder;
	unsigned char *data;
};

struct laden {
	struct store *st;
	struct arena *a;
	struct err *e;
	struct casus *cs;               /* arena, referentie order */
	size_t n;
	struct id_plaats *ids;          /* heap, by id */
	int64_t *lp_ids;                /* heap: the distinct leerpunt ids, sorted */
	size_t nlp_ids;
};

static int
cmp_id_plaats(const void *pa, const void *pb)
{
	const struct id_plaats *a = pa, *b = pb;

	return (a->id > b->id) - (a->id < b->id);
}

static int
cmp_id(const void *pa, const void *pb)
{
	int64_t a = *(const int64_t *)pa, b = *(const int64_t *)pb;

	return (a > b) - (a < b);
}

/* The place of casus id in l->cs, or -1 when it is not one of the report's. */
static long
casus_plaats(const struct laden *l, int64_t id)
{
	struct id_plaats key = { .id = id }, *p = bsearch(&key, l->ids, l->n, sizeof *l->ids, cmp_id_plaats);

	return p != NULL ? (long)p->plaats : -1;
}

static long
leerpunt_plaats(const struct laden *l, int64_t id)
{
	int64_t *p = bsearch(&id, l->lp_ids, l->nlp_ids, sizeof *l->lp_ids, cmp_id);

	return p != NULL ? (long)(p - l->lp_ids) : -1;
}

/* A new zeroed child of parent `ouder`. */
static void *
kind(struct kinderen *k, size_t ouder)
{
	if (k->n == k->cap) {
		k->cap = k->cap ? 2 * k->cap : 1024;
		k->ouder = xrealloc(k->ouder, k->cap * sizeof *k->ouder);
		k->data = xrealloc(k->data, k->cap * k->size);
	}
	k->ouder[k->n] = ouder;
	memset(k->data + k->n * k->size, 0, k->size);
	return k->data + k->n++ * k->size;
}

/*
 * The children in one arena array, grouped by parent in the order they were
 * read: parent i has those from begin[i] to begin[i + 1] (begin has nouders + 1
 * entries). Frees the reading arrays.
 */
static unsigned char *
verdeel(struct kinderen *k, struct arena *a, size_t nouders, size_t *begin)
{
	unsigned char *uit = arena_alloc(a, (k->n + 1) * k->size);
	size_t *vul = xcalloc(nouders + 1, sizeof *vul);

	memset(begin, 0, (nouders + 1) * sizeof *begin);
	for (size_t i = 0; i < k->n; i++)
		begin[k->ouder[i] + 1]++;
	for (size_t i = 0; i < nouders; i++)
		begin[i + 1] += begin[i];
	for (size_t i = 0; i < k->n; i++) {
		size_t o = k->ouder[i];

		memcpy(uit + (begin[o] + vul[o]++) * k->size, k->data + i * k->size, k->size);
	}
	free(vul);
	free(k->ouder);
	free(k->data);
	memset(k, 0, sizeof *k);
	return uit;
}

/* Statement id with the years bound (:van the first day, :tot the last). */
static struct store_q *
q_jaren(struct laden *l, int id, int van_jaar, int tot_jaar)
{
	struct store_q *q = Q(l->st, id);

	store_bind_date(q, ":van", date_from_ymd(van_jaar, 1, 1));
	store_bind_date(q, ":tot", date_from_ymd(tot_jaar, 12, 31));
	return q;
}

static enum err_code
lees_casussen(struct laden *l, int van, int tot)
{
	struct store_q *q = q_jaren(l, Q_CASUSSEN, van, tot);
	struct casus *gelezen = NULL;   /* heap while reading, then one arena array */
	size_t cap = 0;

	while (store_next(q)) {
		struct casus *c;
		int v;

		if (l->n == cap) {
			cap = cap ? 2 * cap : 1024;
			gelezen = xrealloc(gelezen, cap * sizeof *gelezen);
		}
		c = &gelezen[l->n++];
		casus_init(c);
		c->id = store_col_int(q, 0);
		c->referentie = store_col_text(q, l->a, 1);
		v = store_col_code(q, 2, &codes_casus_status);
		c->status = v >= 0 ? (enum casus_status)v : STATUS_AANGEMELD;
		c->ontvangen_op = store_col_date(q, 3);
		c->afgerond_op = store_col_date(q, 4);
		c->indiener_type = store_col_code(q, 5, &codes_indiener_type);
		c->let_escalatie = store_col_bool(q, 6);
		c->buitenlandse_component = store_col_bool(q, 7);
		if (store_col_bool(q, 8)) {
			c->indiener.organisatie.aangesloten_sinds = store_col_date(q, 9);
			c->indiener.organisatie.aangesloten_tot = store_col_date(q, 10);
		}
	}
	if (store_end(q, l->e) != ERR_OK) {
		free(gelezen);
		return l->e->code;
	}
	l->cs = arena_alloc(l->a, (l->n + 1) * sizeof *l->cs);
	if (l->n > 0)
		memcpy(l->cs, gelezen, l->n * sizeof *l->cs);
	free(gelezen);
	l->ids = xcalloc(l->n + 1, sizeof *l->ids);
	for (size_t i = 0; i < l->n; i++) {
		l->ids[i].id = l->cs[i].id;
		l->ids[i].plaats = i;
	}
	qsort(l->ids, l->n, sizeof *l->ids, cmp_id_plaats);
	return ERR_OK;
}

/* Leefgebieden or beleidsterreinen: a bit per code into the casus's mask. */
static enum err_code
lees_bits(struct laden *l, int id, const struct codelist *codes, bool leefgebied, int van, int tot)
{
	struct store_q *q = q_jaren(l, id, van, tot);

	while (store_next(q)) {
		long p = casus_plaats(l, store_col_int(q, 0));
		int v = store_col_code(q, 1, codes);

		if (p < 0 || v < 0)
			continue;
		if (leefgebied)
			l->cs[p].leefgebieden |= 1u << v;
		else
			l->cs[p].beleidsterreinen |= 1u << v;
	}
	return store_end(q, l->e);
}

static enum err_code
lees_organisaties(struct laden *l, int van, int tot)
{
	struct kinderen k = { .size = sizeof(struct betrokken_organisatie) };
	struct store_q *q = q_jaren(l, Q_ORGANISATIES, van, tot);
	struct betrokken_organisatie *alle;
	size_t *begin;

	while (store_next(q)) {
		long p = casus_plaats(l, store_col_int(q, 0));
		struct betrokken_organisatie *o;
		int type;

		if (p < 0)
			continue;
		o = kind(&k, (size_t)p);
		type = store_col_code(q, 1, &codes_organisatie_type);
		o->organisatie.type = type >= 0 ? (enum organisatie_type)type : ORGTYPE_OVERIG;
		o->organisatie.aangesloten_sinds = o->organisatie.aangesloten_tot = DATE_NONE;
	}
	if (store_end(q, l->e) != ERR_OK) {
		free(k.ouder);
		free(k.data);
		return l->e->code;
	}
	begin = xcalloc(l->n + 1, sizeof *begin);
	alle = (struct betrokken_organisatie *)verdeel(&k, l->a, l->n, begin);
	for (size_t i = 0; i < l->n; i++) {
		l->cs[i].organisaties = alle + begin[i];
		l->cs[i].norganisaties = begin[i + 1] - begin[i];
	}
	free(begin);
	return ERR_OK;
}

static enum err_code
lees_interventies(struct laden *l, int van, int tot)
{
	struct kinderen k = { .size = sizeof(struct interventie) };
	struct store_q *q = q_jaren(l, Q_INTERVENTIES, van, tot);
	struct interventie *alle;
	size_t *begin;

	while (store_next(q)) {
		long p = casus_plaats(l, store_col_int(q, 0));
		struct interventie *iv;
		int type;

		if (p < 0)
			continue;
		iv = kind(&k, (size_t)p);
		type = store_col_code(q, 1, &codes_interventie_type);
		iv->type = type >= 0 ? (enum interventie_type)type : INTERVENTIE_EXPERT;
		iv->datum = DATE_NONE;
	}
	if (store_end(q, l->e) != ERR_OK) {
		free(k.ouder);
		free(k.data);
		return l->e->code;
	}
	begin = xcalloc(l->n + 1, sizeof *begin);
	alle = (struct interventie *)verdeel(&k, l->a, l->n, begin);
	for (size_t i = 0; i < l->n; i++) {
		l->cs[i].interventies = alle + begin[i];
		l->cs[i].ninterventies = begin[i + 1] - begin[i];
	}
	free(begin);
	return ERR_OK;
}

static enum err_code
lees_leerpunten(struct laden *l, int van, int tot)
{
	struct kinderen k = { .size = sizeof(struct leerpunt) };
	struct store_q *q = q_jaren(l, Q_LEERPUNTEN, van, tot);
	struct leerpunt *alle;
	size_t *begin;

	while (store_next(q)) {
		long p = casus_plaats(l, store_col_int(q, 0));
		struct leerpunt *lp;
		int v;

		if (p < 0)
			continue;
		lp = kind(&k, (size_t)p);
		lp->id = store_col_int(q, 1);
		v = store_col_code(q, 2, &codes_categorie);
		lp->categorie = v >= 0 ? (enum categorie)v : CATEGORIE_OVERIG;
		lp->orde = (int)store_col_int(q, 3);
		lp->vraag = store_col_bool(q, 4);
		lp->al_bekend = store_col_bool(q, 5);
		lp->terugkerend = store_col_bool(q, 6);
	}
	if (store_end(q, l->e) != ERR_OK) {
		free(k.ouder);
		free(k.data);
		return l->e->code;
	}
	/* the distinct ids, to find the beleggingen of each */
	l->lp_ids = xcalloc(k.n + 1, sizeof *l->lp_ids);
	for (size_t i = 0; i < k.n; i++)
		l->lp_ids[i] = ((const struct leerpunt *)(k.data + i * k.size))->id;
	qsort(l->lp_ids, k.n, sizeof *l->lp_ids, cmp_id);
	for (size_t i = 0; i < k.n; i++)
		if (i == 0 || l->lp_ids[i] != l->lp_ids[l->nlp_ids - 1])
			l->lp_ids[l->nlp_ids++] = l->lp_ids[i];
	begin = xcalloc(l->n + 1, sizeof *begin);
	alle = (struct leerpunt *)verdeel(&k, l->a, l->n, begin);
	for (size_t i = 0; i < l->n; i++) {
		l->cs[i].leerpunten = alle + begin[i];
		l->cs[i].nleerpunten = begin[i + 1] - begin[i];
	}
	free(begin);
	return ERR_OK;
}

/* The beleggingen of every leerpunt read, shared by the copies of a leerpunt in several casussen. */
static enum err_code
lees_beleggingen(struct laden *l, int van, int tot)
{
	struct kinderen k = { .size = sizeof(struct belegging) };
	struct store_q *q = q_jaren(l, Q_BELEGGINGEN, van, tot);
	struct belegging *alle;
	size_t *begin;

	while (store_next(q)) {
		long p = leerpunt_plaats(l, store_col_int(q, 0));
		struct belegging *b;
		int v;

		if (p < 0)
			continue;
		b = kind(&k, (size_t)p);
		b->bij.naam = store_col_text(q, l->a, 1);
		v = store_col_code(q, 2, &codes_organisatie_type);
		b->bij.type = v >= 0 ? (enum organisatie_type)v : ORGTYPE_OVERIG;
		b->bij.code = store_col_text(q, l->a, 3);
		b->bij.aangesloten_sinds = b->bij.aangesloten_tot = DATE_NONE;
		b->bij_pmm = b->bij.code != NULL && strcmp(b->bij.code, "PMM") == 0;
		v = store_col_code(q, 4, &codes_opvolging_status);
		b->status = v >= 0 ? (enum opvolging_status)v : OPVOLGING_ONBEKEND;
		b->reden = store_col_code(q, 5, &codes_reden);
	}
	if (store_end(q, l->e) != ERR_OK) {
		free(k.ouder);
		free(k.data);
		return l->e->code;
	}
	begin = xcalloc(l->nlp_ids + 1, sizeof *begin);
	alle = (struct belegging *)verdeel(&k, l->a, l->nlp_ids, begin);
	for (size_t i = 0; i < l->n; i++)
		for (size_t j = 0; j < l->cs[i].nleerpunten; j++) {
			struct leerpunt *lp = &l->cs[i].leerpunten[j];
			long p = leerpunt_plaats(l, lp->id);

			if (p < 0)
				continue;
			lp->beleggingen = alle + begin[p];
			lp->nbeleggingen = begin[p + 1] - begin[p];
		}
	free(begin);
	return ERR_OK;
}

/* A read transaction, so that every part comes from one snapshot; false when the caller holds one already. */
static bool
lees_begin(struct store *st)
{
	return !store_in_transaction(st) && store_begin_read(st) == ERR_OK;
}

static void
lees_eind(struct store *st, bool eigen)
{
	if (eigen && store_commit(st) != ERR_OK)
		store_rollback(st);
}

enum err_code
store_rapport_casussen(struct store *st, struct arena *a, int van_jaar, int tot_jaar,
    const struct casus *const **out, size_t *n, struct err *e)
{
	struct err local;
	struct laden l = { .st = st, .a = a, .e = e != NULL ? e : &local };
	bool eigen = lees_begin(st);
	enum err_code rc;
	const struct casus **v;

	if ((rc = lees_casussen(&l, van_jaar, tot_jaar)) == ERR_OK &&
	    (rc = lees_bits(&l, Q_LEEFGEBIEDEN, &codes_leefgebied, true, van_jaar, tot_jaar)) == ERR_OK &&
	    (rc = lees_bits(&l, Q_BELEIDSTERREINEN, &codes_beleidsterrein, false, van_jaar, tot_jaar)) == ERR_OK &&
	    (rc = lees_organisaties(&l, van_jaar, tot_jaar)) == ERR_OK &&
	    (rc = lees_interventies(&l, van_jaar, tot_jaar)) == ERR_OK &&
	    (rc = lees_leerpunten(&l, van_jaar, tot_jaar)) == ERR_OK)
		rc = lees_beleggingen(&l, van_jaar, tot_jaar);
	lees_eind(st, eigen);
	free(l.ids);
	free(l.lp_ids);
	if (rc != ERR_OK)
		return rc;
	v = arena_alloc(a, (l.n + 1) * sizeof *v);
	for (size_t i = 0; i < l.n; i++)
		v[i] = &l.cs[i];
	*out = v;
	*n = l.n;
	return ERR_OK;
}

enum err_code
store_rapport_jaren(struct store *st, int van, int tot, bool *heeft, struct err *e)
{
	for (int j = van; j <= tot; j++) {
		struct store_q *q = Q(st, Q_JAAR);
		int64_t ja = 0;
		enum err_code rc;

		store_bind_date(q, ":van", date_from_ymd(j, 1, 1));
		store_bind_date(q, ":tot", date_from_ymd(j + 1, 1, 1));
		if ((rc = store_int_of(q, &ja, e)) != ERR_OK)
			return rc;
		heeft[j - van] = ja != 0;
	}
	return ERR_OK;
}
