/* test_rapport_let.c - src/core/rapport_let: a year's escalaties by outcome and overbruggingen with their money. */
#include "harness.h"

#include <string.h>

#include "core/bedrag.h"
#include "core/rapport_let.h"
#include "lib/date.h"

static int
d(const char *s)
{
	int v = DATE_NONE;

	assert_true(date_parse(s, &v));
	return v;
}

static struct organisatie_ref
org(const char *naam, enum organisatie_type t)
{
	struct organisatie_ref o;

	memset(&o, 0, sizeof(o));
	o.naam = naam;
	o.type = t;
	o.aangesloten_sinds = o.aangesloten_tot = DATE_NONE;
	return o;
}

static void
test_escalaties(void **state)
{
	struct escalatie e[5];
	struct rapport_let r;
	struct arena *a = arena_new();
	(void)state;

	for (int i = 0; i < 5; i++)
		escalatie_init(&e[i]);
	e[0].status = ESCALATIE_AFGEROND;                 /* asked 2024, ended 2025: the LET met */
	e[0].aangevraagd_op = d("2024-12-01");
	e[0].afgesloten_op = d("2025-02-01");
	e[0].uitkomst = UITKOMST_DOORBRAAK;
	e[1].status = ESCALATIE_ALLEEN_VOORZITTER;        /* 2025, the chair alone */
	e[1].aangevraagd_op = d("2025-03-01");
	e[1].afgesloten_op = d("2025-04-01");
	e[1].uitkomst = UITKOMST_GEDEELTELIJK;
	e[2].status = ESCALATIE_INGETROKKEN;
	e[2].aangevraagd_op = d("2025-05-01");
	e[2].afgesloten_op = d("2025-05-10");
	e[3].status = ESCALATIE_AFSPRAKEN_GEMAAKT;        /* still running at the end of 2025 */
	e[3].aangevraagd_op = d("2025-11-01");
	e[4].status = ESCALATIE_AFGEROND;                 /* asked 2025, ended 2026: running at the end of 2025 */
	e[4].aangevraagd_op = d("2025-12-01");
	e[4].afgesloten_op = d("2026-01-15");
	e[4].uitkomst = UITKOMST_GEEN_DOORBRAAK;
	rapport_let_tel(&r, a, e, 5, NULL, 0, 2025);
	assert_int_equal(r.escalaties.aangevraagd, 4);
	assert_int_equal(r.escalaties.let_bijeengekomen, 1);
	assert_int_equal(r.escalaties.alleen_voorzitter, 1);
	assert_int_equal(r.escalaties.ingetrokken, 1);
	assert_int_equal(r.escalaties.lopend, 2);
	assert_int_equal(r.escalaties.uitkomst_let[UITKOMST_DOORBRAAK], 1);
	assert_int_equal(r.escalaties.uitkomst_voorzitter[UITKOMST_GEDEELTELIJK], 1);
	assert_int_equal(r.escalaties.uitkomst_let[UITKOMST_GEEN_DOORBRAAK], 0);
	rapport_let_tel(&r, a, e, 5, NULL, 0, 2026);
	assert_int_equal(r.escalaties.aangevraagd, 0);
	assert_int_equal(r.escalaties.uitkomst_let[UITKOMST_GEEN_DOORBRAAK], 1);
	arena_free(a);
}

static void
test_overbruggingen(void **state)
{
	struct overbrugging o[4];
	struct rapport_let r;
	struct arena *a = arena_new();
	struct organisatie_ref gem = org("Gemeente A", ORGTYPE_GEMEENTE), zk = org("Zorgkantoor B", ORGTYPE_ZORGKANTOOR);
	(void)state;

	for (int i = 0; i < 4; i++) {
		overbrugging_init(&o[i]);
		o[i].aangevraagd_op = d("2025-03-03");   /* a Monday */
	}
	/* pre-financed by the gemeente, the zorgkantoor pays, partly settled: the wrong pocket */
	o[0].status = OVERBRUGGING_VERREKEND;
	o[0].voorfinancier = gem;
	o[0].voorgefinancierd_bedrag = 150050;
	o[0].voorgefinancierd_op = d("2025-03-04");
	o[0].betaler = zk;
	o[0].besloten_op = d("2025-03-10");      /* 5 working days */
	o[0].verrekend_bedrag = 100000;
	o[0].verrekend_op = d("2025-04-01");
	/* decided without pre-financing, 10 working days, the gemeente pays */
	o[1].status = OVERBRUGGING_BESLOTEN;
	o[1].betaler = gem;
	o[1].besloten_op = d("2025-03-17");
	/* pre-financed by the payer itself: no wrong pocket; decided after 12 working days (late) */
	o[2].status = OVERBRUGGING_BESLOTEN;
	o[2].voorfinancier = zk;
	o[2].voorgefinancierd_bedrag = 99;
	o[2].voorgefinancierd_op = d("2025-03-05");
	o[2].betaler = zk;
	o[2].besloten_op = d("2025-03-19");
	/* withdrawn */
	o[3].status = OVERBRUGGING_INGETROKKEN;
	o[3].ingetrokken_op = d("2025-03-05");
	rapport_let_tel(&r, a, NULL, 0, o, 4, 2025);
	assert_int_equal(r.overbruggingen.aanvragen, 4);
	assert_int_equal(r.overbruggingen.besloten, 3);
	assert_int_equal(r.overbruggingen.ingetrokken, 1);
	assert_int_equal(r.overbruggingen.te_laat_besloten, 1);
	assert_int_equal(r.overbruggingen.werkdagen.halven, 20);   /* median of 5, 10, 12 working days: 10 */
	assert_int_equal(r.overbruggingen.voorgefinancierd, 150149);
	assert_int_equal(r.overbruggingen.verrekend, 100000);
	assert_int_equal(r.overbruggingen.betaler[ORGTYPE_ZORGKANTOOR], 2);
	assert_int_equal(r.overbruggingen.betaler[ORGTYPE_GEMEENTE], 1);
	assert_int_equal(r.overbruggingen.nverkeerde_zak, 1);
	assert_string_equal(r.overbruggingen.verkeerde_zak[0].naam, "Gemeente A");
	assert_int_equal(r.overbruggingen.verkeerde_zak[0].voorgefinancierd, 150050);
	assert_int_equal(r.overbruggingen.verkeerde_zak[0].openstaand, 50050);
	/* an even number of decisions: the median is halfway */
	rapport_let_tel(&r, a, NULL, 0, o, 2, 2025);
	assert_int_equal(r.overbruggingen.werkdagen.halven, 15);   /* 5 and 10: 7,5 */
	/* another year: nothing */
	rapport_let_tel(&r, a, NULL, 0, o, 4, 2024);
	assert_int_equal(r.overbruggingen.aanvragen, 0);
	assert_int_equal(r.overbruggingen.voorgefinancierd, 0);
	assert_int_equal(r.overbruggingen.nverkeerde_zak, 0);
	arena_free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_escalaties),
		cmocka_unit_test(test_overbruggingen),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
