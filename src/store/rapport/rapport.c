/* rapport.c - reads what the jaarrapportage counts: its years' casussen in a few set queries, no free text. */
#include "store/rapport/private.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lib/date.h"
#include "store/casus/private.h"

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
long
rapport_casus_plaats(const struct laden *l, int64_t id)
{
	struct id_plaats key = { .id = id }, *p = bsearch(&key, l->ids, l->n, sizeof *l->ids, cmp_id_plaats);

	return p != NULL ? (long)p->plaats : -1;
}

long
rapport_leerpunt_plaats(const struct laden *l, int64_t id)
{
	int64_t *p = bsearch(&id, l->lp_ids, l->nlp_ids, sizeof *l->lp_ids, cmp_id);

	return p != NULL ? (long)(p - l->lp_ids) : -1;
}

/* A new zeroed child of parent `ouder`. */
void *
rapport_kind(struct kinderen *k, size_t ouder)
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
unsigned char *
rapport_verdeel(struct kinderen *k, struct arena *a, size_t nouders, size_t *begin)
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
struct store_q *
rapport_q_jaren(struct laden *l, int id, int van_jaar, int tot_jaar)
{
	struct store_q *q = Q(l->st, id);

	store_bind_date(q, ":van", date_from_ymd(van_jaar, 1, 1));
	store_bind_date(q, ":tot", date_from_ymd(tot_jaar, 12, 31));
	return q;
}

static enum err_code
lees_casussen(struct laden *l, int van, int tot)
{
	struct store_q *q = rapport_q_jaren(l, Q_CASUSSEN, van, tot);
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
		c->indiener.organisatie.id = store_col_int(q, 11);
		c->indiener.organisatie.naam = store_col_text(q, l->a, 12);
		c->indiener.organisatie.type = (enum organisatie_type)store_col_enum(q, 13, &codes_organisatie_type,
		    ORGTYPE_OVERIG);
		c->maatwerk = store_col_code(q, 14, &codes_maatwerk);
		c->followup_antwoord = store_col_code(q, 15, &codes_followup);
		c->reden_geen_leerpunt = store_col_code(q, 16, &codes_reden_geen_leerpunt);
		c->register_geprobeerd = store_col_code(q, 17, &codes_register_poging);
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
	struct store_q *q = rapport_q_jaren(l, id, van, tot);

	while (store_next(q)) {
		long p = rapport_casus_plaats(l, store_col_int(q, 0));
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
	struct store_q *q = rapport_q_jaren(l, Q_ORGANISATIES, van, tot);
	struct betrokken_organisatie *alle;
	size_t *begin;

	while (store_next(q)) {
		long p = rapport_casus_plaats(l, store_col_int(q, 0));
		struct betrokken_organisatie *o;
		int type;

		if (p < 0)
			continue;
		o = rapport_kind(&k, (size_t)p);
		type = store_col_code(q, 1, &codes_organisatie_type);
		o->organisatie.type = type >= 0 ? (enum organisatie_type)type : ORGTYPE_OVERIG;
		o->organisatie.id = store_col_int(q, 2);
		o->organisatie.naam = store_col_text(q, l->a, 3);
		o->organisatie.aangesloten_sinds = o->organisatie.aangesloten_tot = DATE_NONE;
	}
	if (store_end(q, l->e) != ERR_OK) {
		free(k.ouder);
		free(k.data);
		return l->e->code;
	}
	begin = xcalloc(l->n + 1, sizeof *begin);
	alle = (struct betrokken_organisatie *)rapport_verdeel(&k, l->a, l->n, begin);
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
	struct store_q *q = rapport_q_jaren(l, Q_INTERVENTIES, van, tot);
	struct interventie *alle;
	size_t *begin;

	while (store_next(q)) {
		long p = rapport_casus_plaats(l, store_col_int(q, 0));
		struct interventie *iv;
		int type;

		if (p < 0)
			continue;
		iv = rapport_kind(&k, (size_t)p);
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
	alle = (struct interventie *)rapport_verdeel(&k, l->a, l->n, begin);
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
	struct store_q *q = rapport_q_jaren(l, Q_LEERPUNTEN, van, tot);
	struct leerpunt *alle;
	size_t *begin;

	while (store_next(q)) {
		long p = rapport_casus_plaats(l, store_col_int(q, 0));
		struct leerpunt *lp;
		int v;

		if (p < 0)
			continue;
		lp = rapport_kind(&k, (size_t)p);
		lp->id = store_col_int(q, 1);
		v = store_col_code(q, 2, &codes_categorie);
		lp->categorie = v >= 0 ? (enum categorie)v : CATEGORIE_OVERIG;
		lp->orde = (int)store_col_int(q, 3);
		lp->vraag = store_col_bool(q, 4);
		lp->al_bekend = store_col_bool(q, 5);
		lp->terugkerend = store_col_bool(q, 6);
		lp->omschrijving = store_col_text(q, l->a, 7);
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
	alle = (struct leerpunt *)rapport_verdeel(&k, l->a, l->n, begin);
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
	struct store_q *q = rapport_q_jaren(l, Q_BELEGGINGEN, van, tot);
	struct belegging *alle;
	size_t *begin;

	while (store_next(q)) {
		long p = rapport_leerpunt_plaats(l, store_col_int(q, 0));
		struct belegging *b;
		int v;

		if (p < 0)
			continue;
		b = rapport_kind(&k, (size_t)p);
		b->bij.naam = store_col_text(q, l->a, 1);
		v = store_col_code(q, 2, &codes_organisatie_type);
		b->bij.type = v >= 0 ? (enum organisatie_type)v : ORGTYPE_OVERIG;
		b->bij.code = store_col_text(q, l->a, 3);
		b->bij.aangesloten_sinds = b->bij.aangesloten_tot = DATE_NONE;
		b->bij_pmm = b->bij.code != NULL && strcmp(b->bij.code, "PMM") == 0;
		v = store_col_code(q, 4, &codes_opvolging_status);
		b->status = v >= 0 ? (enum opvolging_status)v : OPVOLGING_ONBEKEND;
		b->reden = store_col_code(q, 5, &codes_reden);
		b->id = store_col_int(q, 6);
		b->doorgezet_naar = store_col_int(q, 7);
		b->bij.id = store_col_int(q, 8);
		b->pmm_soort = (enum pmm_soort)store_col_enum(q, 9, &codes_pmm_soort, PMMSOORT_GEEN);
		b->niet_belegd = (enum niet_belegd_reden)store_col_enum(q, 10, &codes_niet_belegd_reden, NIETBELEGD_NEE);
		b->niet_belegd_toelichting = store_col_text(q, l->a, 11);
		if (b->niet_belegd != NIETBELEGD_NEE) {   /* no follow-up: nothing to read */
			b->status = OPVOLGING_BELEGD;
			b->reden = -1;
		}
	}
	if (store_end(q, l->e) != ERR_OK) {
		free(k.ouder);
		free(k.data);
		return l->e->code;
	}
	begin = xcalloc(l->nlp_ids + 1, sizeof *begin);
	l->nbgs = k.n;
	alle = (struct belegging *)rapport_verdeel(&k, l->a, l->nlp_ids, begin);
	l->bgs = alle;
	for (size_t i = 0; i < l->n; i++)
		for (size_t j = 0; j < l->cs[i].nleerpunten; j++) {
			struct leerpunt *lp = &l->cs[i].leerpunten[j];
			long p = rapport_leerpunt_plaats(l, lp->id);

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
	    (rc = lees_leerpunten(&l, van_jaar, tot_jaar)) == ERR_OK &&
	    (rc = lees_beleggingen(&l, van_jaar, tot_jaar)) == ERR_OK)
		rc = rapport_lees_inhoud(&l, van_jaar, tot_jaar);
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
