/* test_gelijkend.c - similar earlier casussen on the casus page ("who can help", part b) over HTTP, on the demo
   data: a regievoerder sees closed casussen that resemble an open one, each with what helped and an audit row;
   the casus itself, open casussen and concepts never appear; others than regievoerders do not get the section. */
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "client.h"
#include "lib/date.h"

static struct server_proc srv;

#define REGIE "rita@gelijk.example"
#define AMBAS "amber@gelijk.example"
#define PW "wachtwoord-test"
#define ITEM "<li class=\"utrecht-ordered-list__item db-gelijkend__casus\">"

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
	return server_add_user(&srv, REGIE, "Rita Gelijk", "regievoerder", PW) == 0 &&
	    server_add_user(&srv, AMBAS, "Amber Gelijk", "ambassadeur", PW) == 0 ? 0 : -1;
}

static int
teardown(void **state)
{
	(void)state;
	return server_stop(&srv) == 0 ? 0 : -1;
}

/* The number of similar casussen listed, and the referentie of the first one in first (may be NULL). */
static size_t
gelijkend(const struct resp *r, char *first, size_t len)
{
	const char *p = strstr(buf_str(&r->body), "id=\"gelijkend-titel\""), *q;
	size_t n = 0;

	if (first != NULL)
		first[0] = '\0';
	if (p == NULL)
		return 0;
	for (q = strstr(p, ITEM); q != NULL; q = strstr(q + 1, ITEM)) {
		if (n == 0 && first != NULL) {
			const char *h = strstr(q, "href=\"/casussen/");

			if (h != NULL)
				snprintf(first, len, "%.13s", h + 16);
		}
		n++;
	}
	return n;
}

static void
test_regievoerder_ziet_vergelijkbare_casussen(void **state)
{
	static const char *const open[] = { "PMM-2026-0008", "PMM-2026-0016", "PMM-2026-0014" };
	struct client c;
	struct resp r;
	char first[32], path[64];
	(void)state;

	client_login_ok(&c, &srv, REGIE, PW);
	for (size_t i = 0; i < sizeof(open) / sizeof(open[0]); i++) {
		long voor = server_audit_count(&srv, "casus.gelijkend", AUDIT_TOEGESTAAN);
		size_t n;

		snprintf(path, sizeof(path), "/casussen/%s", open[i]);
		assert_int_equal(client_get(&c, path, &r), 200);
		assert_true(resp_contains(&r, "Vergelijkbare eerdere casussen"));
		n = gelijkend(&r, first, sizeof(first));
		if (n < 1 || n > 5)
			print_error("%s: %zu similar casussen\n", open[i], n);
		assert_true(n >= 1 && n <= 5);
		assert_string_not_equal(first, open[i]);
		/* what helped there */
		assert_true(resp_contains(&r, "Interventies</dt>"));
		assert_true(resp_contains(&r, "Wat het opleverde</dt>"));
		assert_true(resp_contains(&r, "overeenkomst "));
		/* one audit row per casus shown */
		assert_int_equal(server_audit_count(&srv, "casus.gelijkend", AUDIT_TOEGESTAAN), voor + (long)n);
		resp_free(&r);
		/* the first one is closed */
		snprintf(path, sizeof(path), "/casussen/%s", first);
		assert_int_equal(client_get(&c, path, &r), 200);
		assert_true(resp_contains(&r, "db-status--afgerond"));
		resp_free(&r);
	}
	client_free(&c);
}

/* A casus about nothing any other casus is about finds nothing, and says so. */
static void
test_niets_vergelijkbaars(void **state)
{
	struct client c;
	struct resp r;
	char loc[128], body[512], vandaag[DATE_STRLEN];
	long st;
	(void)state;

	client_login_ok(&c, &srv, REGIE, PW);
	date_format(date_today_local(time(NULL)), vandaag);
	snprintf(body, sizeof(body), "indiener_naam=Ina+Uniek&indiener_email=ina%%40uniek.example"
	    "&indiener_organisatie_naam=Gemeente+Uniekstad&indiener_organisatie_type=gemeente&indiener_type="
	    "&ontvangen_op=%s&hulpvraag=Xylofoonquizzen+zeppelinwrak&situatie=Quokkaparade+yttriumkwartet"
	    "&actie=indienen", vandaag);
	st = client_post_form(&c, "/casussen/nieuw", "/casussen", body, &r);

	if (st != 303) {
		const char *f = strstr(buf_str(&r.body), "foutsamenvatting");
		print_error("%.1500s\n", f ? f : buf_str(&r.body));
	}
	assert_int_equal(st, 303);
	snprintf(loc, sizeof(loc), "%s", resp_header(&r, "Location"));
	resp_free(&r);
	*strchrnul(loc, '?') = '\0';
	assert_int_equal(client_get(&c, loc, &r), 200);
	assert_true(resp_contains(&r, "Geen vergelijkbare eerdere casussen gevonden."));
	resp_free(&r);
	client_free(&c);
}

/* Only regie shows the section: an invited ambassadeur sees the casus, not the others like it. */
static void
test_alleen_voor_regie(void **state)
{
	struct client c;
	struct resp r;
	(void)state;

	client_login_ok(&c, &srv, REGIE, PW);
	assert_int_equal(client_post_form(&c, "/casussen/PMM-2026-0008", "/casussen/PMM-2026-0008/deelnemers",
	    "email=amber%40gelijk.example&rol=ambassadeur", &r), 303);
	resp_free(&r);
	client_free(&c);
	client_login_ok(&c, &srv, AMBAS, PW);
	assert_int_equal(client_get(&c, "/casussen/PMM-2026-0008", &r), 200);
	assert_false(resp_contains(&r, "Vergelijkbare eerdere casussen"));
	resp_free(&r);
	client_free(&c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_regievoerder_ziet_vergelijkbare_casussen),
		cmocka_unit_test(test_niets_vergelijkbaars),
		cmocka_unit_test(test_alleen_voor_regie),
	};

	curl_global_init(CURL_GLOBAL_DEFAULT);
	return cmocka_run_group_tests(tests, setup, teardown);
}
