/* test_demo.c - the demo casussen compiled into the binary: valid, varied, fictitious and numbered without gaps. */
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/casus.h"
#include "app/interchange/interchange.h"
#include "lib/date.h"
#include "lib/embed.h"

#define DEMO_FILE "demo/casussen.jsonl"
#define MAX_CASUSSEN 200
#define MIN_CASUSSEN 35
#define INGE "indiener@demo.doorbraak.nl"
#define RUUD "regievoerder@demo.doorbraak.nl"

/* Everything the tests look at, gathered once from the embedded file. */
struct demo {
	struct arena *a;
	struct casus c[MAX_CASUSSEN];
	const char *regel[MAX_CASUSSEN];   /* the raw line, NUL-terminated copy */
	size_t n;
	char fout[400];                    /* the first line that did not parse or validate; "" when none */
};

static int
setup(void **state)
{
	const struct embedded_file *f = embed_find(DEMO_FILE);
	struct demo *d = calloc(1, sizeof(*d));
	const char *p, *end;
	int today, lijn = 0;

	if (d == NULL)
		return -1;
	*state = d;
	d->a = arena_new();
	if (f == NULL) {
		snprintf(d->fout, sizeof(d->fout), "%s is not embedded", DEMO_FILE);
		return 0;
	}
	if (!date_parse("2026-11-24", &today))
		return -1;
	p = (const char *)f->data;
	end = p + f->len;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t len = nl != NULL ? (size_t)(nl - p) : (size_t)(end - p);
		struct err e = { 0 };

		lijn++;
		if (len == 0) {
			p++;
			continue;
		}
		if (d->n == MAX_CASUSSEN) {
			snprintf(d->fout, sizeof(d->fout), "more than %d casussen", MAX_CASUSSEN);
			return 0;
		}
		if (interchange_parse(d->a, p, len, &d->c[d->n], &e) != ERR_OK ||
		    casus_validate(&d->c[d->n], today, &e) != ERR_OK) {
			snprintf(d->fout, sizeof(d->fout), "line %d: field '%s': %s", lijn, e.field, e.msg);
			return 0;
		}
		d->regel[d->n] = arena_strndup(d->a, p, len);
		d->n++;
		p += len + 1;
	}
	return 0;
}

static int
teardown(void **state)
{
	struct demo *d = *state;

	arena_free(d->a);
	free(d);
	return 0;
}

/* The loaded demo; the tests after the first skip when loading failed (the first one says why). */
static struct demo *
loaded(void **state)
{
	struct demo *d = *state;

	if (d->fout[0] != '\0')
		skip();
	return d;
}

/* Every line parses and passes casus_validate as of 2026-11-24 (the other tests assume this). */
static void
test_every_line_valid(void **state)
{
	struct demo *d = *state;

	if (d->fout[0] != '\0')
		fail_msg("%s: %s", DEMO_FILE, d->fout);
	assert_true(d->n >= MIN_CASUSSEN);
}

/* PMM-YYYY-NNNN on every casus, in the year of ontvangenOp, unique and 1..n per year. */
static void
test_referenties(void **state)
{
	struct demo *d = loaded(state);
	int jaar[MAX_CASUSSEN], nr[MAX_CASUSSEN];

	for (size_t i = 0; i < d->n; i++) {
		assert_non_null(d->c[i].referentie);
		assert_true(referentie_parse(d->c[i].referentie, &jaar[i], &nr[i]));
		if (jaar[i] != date_year(d->c[i].ontvangen_op))
			fail_msg("%s: not the year of ontvangenOp", d->c[i].referentie);
	}
	for (size_t i = 0; i < d->n; i++) {
		int in_jaar = 0;

		for (size_t j = 0; j < d->n; j++) {
			if (jaar[j] != jaar[i])
				continue;
			in_jaar++;
			if (j != i && nr[j] == nr[i])
				fail_msg("%s twice", d->c[i].referentie);
		}
		/* n distinct numbers of one year, each between 1 and n: exactly 1..n, no gaps. */
		if (nr[i] < 1 || nr[i] > in_jaar)
			fail_msg("%s: gap in the numbering of %d (%d casussen)", d->c[i].referentie, jaar[i], in_jaar);
	}
}

/* The dates stay inside the demo period: received 2025-01-06 .. 2026-11-10, closed by 2026-11-20. */
static void
test_dates(void **state)
{
	struct demo *d = loaded(state);
	int van, tot, afgerond_tot;

	assert_true(date_parse("2025-01-06", &van));
	assert_true(date_parse("2026-11-10", &tot));
	assert_true(date_parse("2026-11-20", &afgerond_tot));
	for (size_t i = 0; i < d->n; i++) {
		const struct casus *c = &d->c[i];

		assert_true(c->ontvangen_op >= van && c->ontvangen_op <= tot);
		if (c->afgerond_op != DATE_NONE)
			assert_true(c->afgerond_op <= afgerond_tot);
		for (size_t k = 0; k < c->ninterventies; k++) {
			int dt = c->interventies[k].datum;

			if (dt == DATE_NONE)
				continue;
			if (dt < c->ontvangen_op || (c->afgerond_op != DATE_NONE && dt > c->afgerond_op))
				fail_msg("%s: interventie %zu outside the looptijd", c->referentie, k);
		}
	}
}

/* Which codes of a list occur; fails naming the first one that does not. */
static void
expect_all(const struct codelist *l, const unsigned *seen, int first)
{
	for (int i = first; i < l->n; i++)
		if (!(seen[i / 32] & (1u << (i % 32))))
			fail_msg("%s '%s' occurs in no demo casus", l->name, l->codes[i]);
}

#define MARK(set, i) ((set)[(i) / 32] |= 1u << ((i) % 32))

static void
test_every_code_occurs(void **state)
{
	struct demo *d = loaded(state);
	unsigned status[1] = { 0 }, leef[1] = { 0 }, beleid[1] = { 0 }, itype[1] = { 0 }, interv[1] = { 0 },
	    kat[1] = { 0 }, maatwerk[1] = { 0 }, opv[1] = { 0 }, reden[1] = { 0 }, follow[1] = { 0 };
	int escalaties = 0;

	for (size_t i = 0; i < d->n; i++) {
		const struct casus *c = &d->c[i];

		MARK(status, c->status);
		for (int k = 0; k < LEEFGEBIED__MAX; k++)
			if (c->leefgebieden & (1u << k))
				MARK(leef, k);
		for (int k = 0; k < BELEIDSTERREIN__MAX; k++)
			if (c->beleidsterreinen & (1u << k))
				MARK(beleid, k);
		if (c->indiener_type >= 0)
			MARK(itype, c->indiener_type);
		for (size_t k = 0; k < c->ninterventies; k++) {
			MARK(interv, c->interventies[k].type);
			escalaties += c->interventies[k].type == INTERVENTIE_ESCALATIE;
		}
		for (size_t k = 0; k < c->nknelpunten; k++)
			MARK(kat, c->knelpunten[k].categorie);
		if (c->maatwerk >= 0)
			MARK(maatwerk, c->maatwerk);
		if (c->followup_antwoord >= 0)
			MARK(follow, c->followup_antwoord);
		for (size_t k = 0; k < c->nleerpunten; k++)
			for (size_t b = 0; b < c->leerpunten[k].nbeleggingen; b++) {
				MARK(opv, c->leerpunten[k].beleggingen[b].status);
				if (c->leerpunten[k].beleggingen[b].reden >= 0)
					MARK(reden, c->leerpunten[k].beleggingen[b].reden);
			}
	}
	expect_all(&codes_casus_status, status, STATUS_AANGEMELD);   /* a demo casus is never a concept */
	expect_all(&codes_leefgebied, leef, 0);
	expect_all(&codes_beleidsterrein, beleid, 0);
	expect_all(&codes_indiener_type, itype, 0);
	expect_all(&codes_interventie_type, interv, 0);
	expect_all(&codes_categorie, kat, 0);
	expect_all(&codes_maatwerk, maatwerk, 0);
	expect_all(&codes_opvolging_status, opv, 0);
	expect_all(&codes_reden, reden, 0);
	expect_all(&codes_followup, follow, 0);
	assert_true(escalaties >= 1 && escalaties <= 2);   /* the LET is rare */
}

/* The status fits the rest: assigned when in behandeling, not when aangemeld; closed ones evaluated. */
static void
test_lifecycle(void **state)
{
	struct demo *d = loaded(state);
	int today, due = 0, answered = 0, later = 0, afgerond = 0, leerpunten = 0;

	assert_true(date_parse("2026-11-24", &today));
	for (size_t i = 0; i < d->n; i++) {
		const struct casus *c = &d->c[i];

		switch (c->status) {
		case STATUS_AANGEMELD:
			assert_null(c->regievoerder.naam);
			assert_int_equal(c->ninterventies, 0);
			break;
		case STATUS_IN_BEHANDELING:
			assert_non_null(c->regievoerder.naam);
			break;
		case STATUS_AFGEROND:
			afgerond++;
			assert_non_null(c->regievoerder.naam);
			assert_non_null(c->resultaat);
			assert_true(c->maatwerk >= 0);
			assert_true(c->nknelpunten > 0 && c->ninterventies > 0);
			assert_true(c->followup_op != DATE_NONE);
			leerpunten += c->nleerpunten > 0;
			if (c->followup_antwoord >= 0)
				answered++;
			else if (c->followup_op <= today)
				due++;
			else
				later++;
			break;
		default:
			fail_msg("%s: status %d", c->referentie, c->status);
		}
		if (c->status != STATUS_AFGEROND)
			assert_int_equal(c->nleerpunten, 0);
	}
	assert_true(afgerond * 3 >= (int)d->n && afgerond * 3 <= (int)d->n * 2);   /* about half */
	assert_true(answered > 0 && due > 0 && later > 0);
	assert_true(leerpunten > 0 && leerpunten < afgerond);   /* not every casus yields a leerpunt */
}

/* Leerpunten: every orde, some questions, beleggingen bij ministries, gemeenten, agencies, PMM, two parties, nobody. */
static void
test_leerpunten(void **state)
{
	struct demo *d = loaded(state);
	bool orde[4] = { false }, vraag = false, twee = false, niemand = false, pmm = false;
	bool bij[ORGTYPE__MAX] = { false };

	for (size_t i = 0; i < d->n; i++)
		for (size_t k = 0; k < d->c[i].nleerpunten; k++) {
			const struct leerpunt *l = &d->c[i].leerpunten[k];

			orde[l->orde] = true;
			vraag = vraag || l->vraag;
			twee = twee || l->nbeleggingen >= 2;
			niemand = niemand || l->nbeleggingen == 0;
			for (size_t b = 0; b < l->nbeleggingen; b++) {
				if (l->beleggingen[b].bij_pmm)
					pmm = true;
				else
					bij[l->beleggingen[b].bij.type] = true;
			}
		}
	assert_true(orde[1] && orde[2] && orde[3]);
	assert_true(vraag && twee && niemand && pmm);
	assert_true(bij[ORGTYPE_MINISTERIE] && bij[ORGTYPE_GEMEENTE] && bij[ORGTYPE_LANDELIJKE_PUBLIEKE_DIENSTVERLENER]);
}

/* The demo accounts see their own casussen: Inge submitted about a third, Ruud handles most. */
static void
test_demo_accounts(void **state)
{
	struct demo *d = loaded(state);
	int inge = 0, ruud = 0, inge_status[STATUS__MAX] = { 0 };

	for (size_t i = 0; i < d->n; i++) {
		const struct casus *c = &d->c[i];

		if (c->indiener.email != NULL && strcmp(c->indiener.email, INGE) == 0) {
			inge++;
			inge_status[c->status]++;
			assert_string_equal(c->indiener.naam, "Inge Indiener");
			assert_string_equal(c->indiener.organisatie.naam, "Gemeente Zuiderhaven");
			assert_int_equal(c->indiener_type, INDIENER_GEMEENTE);
		}
		if (c->regievoerder.email != NULL && strcmp(c->regievoerder.email, RUUD) == 0) {
			ruud++;
			assert_string_equal(c->regievoerder.naam, "Ruud Regie");
		}
	}
	assert_true(inge * 4 >= (int)d->n && inge * 2 <= (int)d->n);
	assert_true(inge_status[STATUS_AANGEMELD] > 0 && inge_status[STATUS_IN_BEHANDELING] > 0 &&
	    inge_status[STATUS_AFGEROND] > 0);
	assert_true(ruud * 3 >= (int)d->n);
}

/* No BSN anywhere: not in a single text, and no nine-digit number in the raw line either. */
static void
test_no_bsn(void **state)
{
	struct demo *d = loaded(state);

	for (size_t i = 0; i < d->n; i++) {
		const struct casus *c = &d->c[i];

		if (bsn_detect(d->regel[i]))
			fail_msg("%s: the line contains a BSN-like number", c->referentie);
		assert_false(bsn_detect(c->hulpvraag));
		if (c->situatie != NULL)
			assert_false(bsn_detect(c->situatie));
		if (c->resultaat != NULL)
			assert_false(bsn_detect(c->resultaat));
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_line_valid),
		cmocka_unit_test(test_referenties),
		cmocka_unit_test(test_dates),
		cmocka_unit_test(test_every_code_occurs),
		cmocka_unit_test(test_lifecycle),
		cmocka_unit_test(test_leerpunten),
		cmocka_unit_test(test_demo_accounts),
		cmocka_unit_test(test_no_bsn),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
