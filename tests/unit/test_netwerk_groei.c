/* test_netwerk_groei.c - counting the network: the kind of an organisation, the count on a day, per year, and
   the peildata of the network page. */
#include "harness.h"

#include <string.h>

#include "core/netwerk_groei.h"
#include "lib/date.h"

static int
dag(int y, int m, int d)
{
	return date_from_ymd(y, m, d);
}

static void
test_soort(void **state)
{
	(void)state;
	assert_int_equal(netwerk_soort_van(ORGTYPE_MINISTERIE, "VWS"), NETWERK_MINISTERIE);
	assert_int_equal(netwerk_soort_van(ORGTYPE_LANDELIJKE_PUBLIEKE_DIENSTVERLENER, NULL), NETWERK_DIENSTVERLENER);
	assert_int_equal(netwerk_soort_van(ORGTYPE_GEMEENTE, NULL), NETWERK_GEMEENTE);
	assert_int_equal(netwerk_soort_van(ORGTYPE_LOKET, "FPL"), NETWERK_DIENSTVERLENER);
	assert_int_equal(netwerk_soort_van(ORGTYPE_LOKET, NULL), NETWERK_ANDERS);
	assert_int_equal(netwerk_soort_van(ORGTYPE_ZORGVERZEKERAAR, NULL), NETWERK_ANDERS);
}

static void
test_stand_en_jaar(void **state)
{
	/* a ministry from 2019; BuZa: contact person 2024, not connected May 2025, connected January 2026;
	   a municipality that ended in 2023; an agency from 2022 */
	const struct aansluiting min[] = { { 1, AANSLUITING_BESTUURLIJK_AANGESLOTEN, 0, NULL } };
	const struct aansluiting buza[] = {
		{ 2, AANSLUITING_VASTE_CONTACTPERSOON, 0, NULL },
		{ 3, AANSLUITING_NIET_AANGESLOTEN, 0, NULL },
		{ 4, AANSLUITING_BESTUURLIJK_AANGESLOTEN, 0, NULL },
	};
	const struct aansluiting gem[] = {
		{ 5, AANSLUITING_BESTUURLIJK_AANGESLOTEN, 0, NULL }, { 6, AANSLUITING_BEEINDIGD, 0, NULL } };
	const struct aansluiting uwv[] = { { 7, AANSLUITING_BESTUURLIJK_AANGESLOTEN, 0, NULL } };
	struct aansluiting m[1], b[3], g[2], u[1];
	struct netwerk_org o[4];
	struct netwerk_stand s;
	struct netwerk_jaar j;
	(void)state;

	memcpy(m, min, sizeof(m));
	memcpy(b, buza, sizeof(b));
	memcpy(g, gem, sizeof(g));
	memcpy(u, uwv, sizeof(u));
	m[0].datum = dag(2019, 5, 1);
	b[0].datum = dag(2024, 5, 29);
	b[1].datum = dag(2025, 5, 19);
	b[2].datum = dag(2026, 1, 8);
	g[0].datum = dag(2019, 5, 1);
	g[1].datum = dag(2023, 7, 1);
	u[0].datum = dag(2022, 1, 1);
	o[0] = (struct netwerk_org){ NETWERK_MINISTERIE, m, 1 };
	o[1] = (struct netwerk_org){ NETWERK_MINISTERIE, b, 3 };
	o[2] = (struct netwerk_org){ NETWERK_GEMEENTE, g, 2 };
	o[3] = (struct netwerk_org){ NETWERK_DIENSTVERLENER, u, 1 };

	netwerk_stand_op(o, 4, dag(2019, 4, 30), &s);   /* before the start */
	assert_int_equal(s.totaal, 0);
	netwerk_stand_op(o, 4, dag(2019, 5, 1), &s);    /* the day itself counts */
	assert_int_equal(s.aantal[NETWERK_MINISTERIE], 1);
	assert_int_equal(s.aantal[NETWERK_GEMEENTE], 1);
	assert_int_equal(s.totaal, 2);
	netwerk_stand_op(o, 4, dag(2025, 3, 27), &s);   /* a contact person is not connected; the ended one neither */
	assert_int_equal(s.aantal[NETWERK_MINISTERIE], 1);
	assert_int_equal(s.aantal[NETWERK_GEMEENTE], 0);
	assert_int_equal(s.aantal[NETWERK_DIENSTVERLENER], 1);
	netwerk_stand_op(o, 4, dag(2026, 1, 8), &s);
	assert_int_equal(s.aantal[NETWERK_MINISTERIE], 2);
	assert_int_equal(s.totaal, 3);

	netwerk_jaar_cijfers(o, 4, 2022, &j);
	assert_int_equal(j.eind.totaal, 3);
	assert_int_equal(j.nieuw[NETWERK_DIENSTVERLENER], 1);
	assert_int_equal(j.nieuw_totaal, 1);
	netwerk_jaar_cijfers(o, 4, 2023, &j);            /* one ended: fewer, nothing new */
	assert_int_equal(j.eind.totaal, 2);
	assert_int_equal(j.nieuw_totaal, 0);
	netwerk_jaar_cijfers(o, 4, 2026, &j);
	assert_int_equal(j.nieuw[NETWERK_MINISTERIE], 1);
	assert_int_equal(j.eind.aantal[NETWERK_MINISTERIE], 2);
}

static void
test_peildata(void **state)
{
	int p[64];
	size_t n;
	(void)state;

	n = netwerk_peildata(dag(2026, 12, 4), p, 64);
	/* 1 May 2019, 31 December 2019 .. 2025 (7), 27 March 2025, 8 January 2026, today */
	assert_int_equal(n, 11);
	assert_int_equal(p[0], dag(2019, 5, 1));
	assert_int_equal(p[1], dag(2019, 12, 31));
	assert_int_equal(p[7], dag(2025, 3, 27));
	assert_int_equal(p[8], dag(2025, 12, 31));
	assert_int_equal(p[9], dag(2026, 1, 8));
	assert_int_equal(p[10], dag(2026, 12, 4));
	for (size_t i = 1; i < n; i++)
		assert_true(p[i - 1] < p[i]);
	n = netwerk_peildata(dag(2025, 12, 31), p, 64);   /* today is a year end: once; January 2026 not yet */
	assert_int_equal(n, 9);
	assert_int_equal(p[8], dag(2025, 12, 31));
	assert_int_equal(netwerk_peildata(dag(2026, 12, 4), p, 3), 3);   /* bounded */
	assert_int_equal(netwerk_peildata(dag(2018, 6, 1), p, 64), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_soort),
		cmocka_unit_test(test_stand_en_jaar),
		cmocka_unit_test(test_peildata),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
