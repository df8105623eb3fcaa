/* test_netwerk_pagina.c - the network page over HTTP: with the demo data its figures are the seeds' facts (2019: 5
   ministries, 5 agencies, 12 municipalities; March 2025: 6, 17, 66; January 2026: 7, 20, 70+), the chart is drawn
   with the table as its text alternative, every signed-in user sees it, and a bad peildatum is a Dutch 400. */
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "client.h"

static struct server_proc srv;

#define INDIENER "indiener@netwerk.example"
#define PW "wachtwoord-test"

static int
setup(void **state)
{
	const char *demo[] = { "init", "--demo", NULL };
	struct buf out;
	int rc;
	(void)state;

	if (server_start(&srv, NULL) != 0)
		return -1;
	buf_init(&out, 0);
	rc = server_cli(&srv, NULL, &out, demo);
	buf_free(&out);
	if (rc != 0)
		return -1;
	return server_add_user(&srv, INDIENER, "Ina Netwerk", "indiener", PW) == 0 ? 0 : -1;
}

static int
teardown(void **state)
{
	(void)state;
	return server_stop(&srv) == 0 ? 0 : -1;
}

/* The figure of one kind in the row of the table for that peildatum (-1 when the page lacks it). */
static long
cijfer(const struct resp *r, const char *datum, const char *soort)
{
	char rij[64], cel[64];
	const char *p, *einde, *c;

	snprintf(rij, sizeof(rij), "data-peildatum=\"%s\"", datum);
	snprintf(cel, sizeof(cel), "data-soort=\"%s\">", soort);
	if ((p = strstr(buf_str(&r->body), rij)) == NULL || (einde = strstr(p, "</tr>")) == NULL ||
	    (c = strstr(p, cel)) == NULL || c > einde)
		return -1;
	return strtol(c + strlen(cel), NULL, 10);
}

static void
test_de_cijfers_van_de_bronnen(void **state)
{
	struct client c;
	struct resp r;
	(void)state;

	client_login_ok(&c, &srv, INDIENER, PW);
	assert_int_equal(client_get(&c, "/netwerk", &r), 200);
	/* the chart, with the table as its text alternative */
	assert_true(resp_contains(&r, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"db-netwerk-grafiek\" role=\"img\""));
	assert_true(resp_contains(&r, "De aantallen staan in de tabel onder de grafiek."));
	assert_true(resp_contains(&r, "<polyline"));
	/* the start in May 2019: SZW, VWS, OCW, JenV, BZK with CAK, UWV, SVB, DUO, CJIB and 12 municipalities */
	assert_int_equal(cijfer(&r, "2019-05-01", "ministeries"), 5);
	assert_int_equal(cijfer(&r, "2019-05-01", "dienstverleners"), 5);
	assert_int_equal(cijfer(&r, "2019-05-01", "gemeenten"), 12);
	assert_int_equal(cijfer(&r, "2019-12-31", "ministeries"), 5);
	/* about 50 municipalities in 2022 */
	assert_in_range(cijfer(&r, "2022-12-31", "gemeenten"), 45, 55);
	assert_int_equal(cijfer(&r, "2022-12-31", "ministeries"), 6);
	/* March 2025 (the presentation of 27 March 2025) */
	assert_int_equal(cijfer(&r, "2025-03-27", "ministeries"), 6);
	assert_int_equal(cijfer(&r, "2025-03-27", "dienstverleners"), 17);
	assert_int_equal(cijfer(&r, "2025-03-27", "gemeenten"), 66);
	/* January 2026 (the interview of 8 January 2026): BuZa is the seventh ministry */
	assert_int_equal(cijfer(&r, "2026-01-08", "ministeries"), 7);
	assert_int_equal(cijfer(&r, "2026-01-08", "dienstverleners"), 20);
	assert_true(cijfer(&r, "2026-01-08", "gemeenten") >= 70);
	/* per year, for the jaarrapportage: 2025 ends with 6 ministries (BuZa joins in 2026), 2026 adds one */
	assert_true(resp_contains(&r, "<th scope=\"row\" class=\"utrecht-table__header-cell\">2025</th>\n"
	    "<td class=\"utrecht-table__cell utrecht-table__cell--numeric-column\">6 (+0)</td>"));
	resp_free(&r);

	/* the count on any day */
	assert_int_equal(client_get(&c, "/netwerk?peildatum=2025-03-27", &r), 200);
	assert_true(resp_contains(&r, "6 ministeries, 17 landelijke publieke dienstverleners, 66 gemeenten"));
	resp_free(&r);
	client_free(&c);
}

static void
test_verkeerde_peildatum(void **state)
{
	static const char *const fout[] = { "/netwerk?peildatum=gisteren", "/netwerk?peildatum=2018-12-31",
		"/netwerk?peildatum=2999-01-01", "/netwerk?peildatum=2025-02-30" };
	struct client c;
	struct resp r;
	(void)state;

	client_login_ok(&c, &srv, INDIENER, PW);
	for (size_t i = 0; i < sizeof(fout) / sizeof(fout[0]); i++) {
		assert_int_equal(client_get(&c, fout[i], &r), 400);
		assert_true(resp_contains(&r, "Vul een datum in als JJJJ-MM-DD"));
		resp_free(&r);
	}
	client_free(&c);
	client_init(&c, &srv);   /* not signed in: to the login page */
	assert_int_equal(client_get(&c, "/netwerk", &r), 303);
	resp_free(&r);
	client_free(&c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_de_cijfers_van_de_bronnen),
		cmocka_unit_test(test_verkeerde_peildatum),
	};

	curl_global_init(CURL_GLOBAL_DEFAULT);
	return cmocka_run_group_tests(tests, setup, teardown);
}
