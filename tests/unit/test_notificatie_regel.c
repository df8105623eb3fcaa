/* test_notificatie_regel.c - the rules of notifications (core/notificatie.c) and the outbox in the store: written only
   inside a transaction, gone with its rollback, one per recipient when committed; the sender's bookkeeping. */
#include "harness.h"

#include <stdlib.h>
#include <string.h>

#include "core/casus.h"
#include "core/notificatie.h"
#include "core/rol.h"
#include "fixture.h"
#include "lib/date.h"
#include "lib/mem.h"
#include "lib/smtp.h"
#include "store/casus/casus.h"
#include "store/notificatie/notificatie.h"
#include "store/store.h"
#include "store/store_account.h"

#define NOW ((time_t)1767225600)   /* 2026-01-01T00:00:00Z */

static char path[64];

static void
test_welke_gebeurtenis_welke_melding(void **state)
{
	(void)state;
	assert_int_equal(notificatie_bij_gebeurtenis(GEBEURTENIS_INGEDIEND), NOTIFICATIE_AANMELDING);
	assert_int_equal(notificatie_bij_gebeurtenis(GEBEURTENIS_VASTGELEGD), NOTIFICATIE_AANMELDING);
	assert_int_equal(notificatie_bij_gebeurtenis(GEBEURTENIS_TOEGEWEZEN), NOTIFICATIE_TOEGEWEZEN);
	assert_int_equal(notificatie_bij_gebeurtenis(GEBEURTENIS_AFGEROND), NOTIFICATIE_AFGEROND);
	assert_int_equal(notificatie_bij_gebeurtenis(GEBEURTENIS_VRIJGEGEVEN), NOTIFICATIE__MAX);
	assert_int_equal(notificatie_bij_gebeurtenis(GEBEURTENIS_OVERGEDRAGEN), NOTIFICATIE__MAX);
	assert_int_equal(notificatie_bij_gebeurtenis(GEBEURTENIS_GEEN), NOTIFICATIE__MAX);
	assert_int_equal(notificatie_ontvanger(NOTIFICATIE_AANMELDING), ONTVANGER_REGIEVOERDERS);
	assert_int_equal(notificatie_ontvanger(NOTIFICATIE_TOEGEWEZEN), ONTVANGER_INDIENER);
	assert_int_equal(notificatie_ontvanger(NOTIFICATIE_AFGEROND), ONTVANGER_INDIENER);
	assert_int_equal(notificatie_ontvanger(NOTIFICATIE_DEELNEMER), ONTVANGER_PERSOON);
	for (int i = 0; i < NOTIFICATIE__MAX; i++)
		assert_non_null(codes_notificatie_soort.codes[i]);
}

/* Exponential backoff, capped, and at least 24 hours of attempts before a dead letter. */
static void
test_herkansingen(void **state)
{
	int64_t t = 0, opgeven = NOTIFICATIE_OPGEVEN_NA, vorige = 0;
	int pogingen = 0;
	struct notificatie_herkansing h;
	(void)state;

	assert_int_equal(notificatie_wachttijd(1), 60);
	assert_int_equal(notificatie_wachttijd(2), 120);
	assert_int_equal(notificatie_wachttijd(3), 240);
	assert_int_equal(notificatie_wachttijd(7), 3600);
	assert_int_equal(notificatie_wachttijd(1000), 3600);
	assert_true(NOTIFICATIE_OPGEVEN_NA >= 24 * 3600);
	for (;;) {   /* a relay that is never reachable */
		h = notificatie_na_fout(++pogingen, t, opgeven);
		if (h.opgeven)
			break;
		assert_true(h.volgende > t);
		assert_true(h.volgende - t >= vorige || h.volgende == opgeven);
		vorige = h.volgende - t;
		t = h.volgende;
		assert_true(pogingen < 100);
	}
	assert_true(t >= 24 * 3600);   /* given up only after a day of trying */
	assert_true(pogingen > 10);
}

/* The relay's address: only smtp:// and smtps://, a host, a port; TLS may be skipped only on loopback. */
static void
test_smtp_regels(void **state)
{
	char host[64], msg[200];
	int port = 0;
	(void)state;

	assert_int_equal(smtp_url_parse("smtp://relay.example:587", host, sizeof(host), &port, msg, sizeof(msg)), 0);
	assert_string_equal(host, "relay.example");
	assert_int_equal(port, 587);
	assert_int_equal(smtp_url_parse("smtps://relay.example", host, sizeof(host), &port, msg, sizeof(msg)), 0);
	assert_int_equal(port, 465);
	assert_int_equal(smtp_url_parse("smtp://[::1]:2525/", host, sizeof(host), &port, msg, sizeof(msg)), 0);
	assert_string_equal(host, "::1");
	assert_int_equal(smtp_url_parse("http://relay.example", host, sizeof(host), &port, msg, sizeof(msg)), -1);
	assert_non_null(strstr(msg, "smtp://"));
	assert_int_equal(smtp_url_parse("smtp://", host, sizeof(host), &port, msg, sizeof(msg)), -1);
	assert_int_equal(smtp_url_parse("smtp://relay:0", host, sizeof(host), &port, msg, sizeof(msg)), -1);
	assert_int_equal(smtp_url_parse("smtp://relay:99999", host, sizeof(host), &port, msg, sizeof(msg)), -1);
	assert_int_equal(smtp_url_parse("smtp://relay/pad", host, sizeof(host), &port, msg, sizeof(msg)), -1);
	assert_int_equal(smtp_url_parse("smtp://user@relay", host, sizeof(host), &port, msg, sizeof(msg)), -1);
	assert_true(smtp_host_loopback("127.0.0.1"));
	assert_true(smtp_host_loopback("127.8.9.10"));
	assert_true(smtp_host_loopback("::1"));
	assert_true(smtp_host_loopback("localhost"));
	assert_false(smtp_host_loopback("128.0.0.1"));
	assert_false(smtp_host_loopback("relay.example"));
	assert_false(smtp_host_loopback("localhost.example"));
	assert_true(smtp_adres_geldig("ina@gemeente.example"));
	assert_false(smtp_adres_geldig("ina@gemeente.example\r\nBcc: x@y"));
	assert_false(smtp_adres_geldig("<ina@gemeente.example>"));
	assert_false(smtp_adres_geldig("ina"));
	assert_false(smtp_adres_geldig("a@b@c"));
	assert_false(smtp_adres_geldig(NULL));
}

static long
aantal(struct store *st)
{
	struct notificatie_tellers t;
	struct err e = { 0 };

	assert_int_equal(store_notificatie_tellers(st, &t, &e), ERR_OK);
	return t.wacht + t.verzonden + t.mislukt + t.geen;
}

static void
test_outbox_in_de_transactie(void **state)
{
	struct store *st = fixture_store_open(path);
	struct arena *a = arena_new();
	struct casus *c;
	struct err e = { 0 };
	int64_t rita = 0, rob = 0, uit = 0;
	long n = -1;
	struct notificatie_mail *m = NULL;
	struct notificatie_mislukt *ml = NULL;
	struct notificatie *lijst = NULL;
	size_t k = 0;
	(void)state;

	assert_non_null(st);
	assert_int_equal(store_begin(st), ERR_OK);
	assert_int_equal(store_user_add(st, "rita@pmm.example", "Rita", NULL, ROL_BIT(ROL_REGIEVOERDER), "x", NOW, &rita,
	    &e), ERR_OK);
	assert_int_equal(store_user_add(st, "rob@pmm.example", "Rob", NULL, ROL_BIT(ROL_REGIEVOERDER), "x", NOW, &rob,
	    &e), ERR_OK);
	assert_int_equal(store_user_add(st, "uit@pmm.example", "Uit", NULL, ROL_BIT(ROL_REGIEVOERDER), "x", NOW, &uit,
	    &e), ERR_OK);
	assert_int_equal(store_user_set_active(st, uit, false, &e), ERR_OK);
	c = fixture_casus(a, 0);
	c->status = STATUS_AANGEMELD;
	c->referentie = "PMM-2025-0001";
	casus_apply_defaults(c, date_today(NOW));
	assert_int_equal(store_casus_insert(st, a, c, 0, NOW, &e), ERR_OK);
	assert_int_equal(store_commit(st), ERR_OK);

	/* outside a transaction the outbox refuses: it is only ever written with its event */
	assert_int_equal(store_notificatie_add(st, NOTIFICATIE_AANMELDING, c->id, 0, 0, NOW, &n, &e), ERR_INTERNAL);
	assert_int_equal(aantal(st), 0);

	/* rolled back: nothing */
	assert_int_equal(store_begin(st), ERR_OK);
	assert_int_equal(store_notificatie_add(st, NOTIFICATIE_AANMELDING, c->id, 0, rob, NOW, &n, &e), ERR_OK);
	assert_int_equal(n, 1);   /* Rita only: not Rob who caused it, not the inactive account */
	store_rollback(st);
	assert_int_equal(aantal(st), 0);

	/* committed: one for each recipient */
	assert_int_equal(store_begin(st), ERR_OK);
	assert_int_equal(store_notificatie_add(st, NOTIFICATIE_AANMELDING, c->id, 0, 0, NOW, &n, &e), ERR_OK);
	assert_int_equal(n, 2);
	assert_int_equal(store_commit(st), ERR_OK);
	assert_int_equal(aantal(st), 2);
	assert_int_equal(store_notificatie_ongelezen(st, rita), 1);
	assert_int_equal(store_notificatie_ongelezen(st, uit), 0);
	assert_int_equal(store_notificatie_lijst(st, a, rita, 10, &lijst, &k, &e), ERR_OK);
	assert_int_equal(k, 1);
	assert_string_equal(lijst[0].referentie, "PMM-2025-0001");

	/* the sender: due, a failed attempt, the next one later, a dead letter, sent again */
	assert_int_equal(store_notificatie_te_verzenden(st, a, 1000, 10, &m, &k, &e), ERR_OK);
	assert_int_equal(k, 2);
	assert_string_equal(m[0].aan, "rita@pmm.example");
	assert_non_null(strstr(m[0].message_id, "@doorbraak>"));
	assert_string_not_equal(m[0].message_id, m[1].message_id);
	assert_int_equal(store_notificatie_poging_mislukt(st, m[0].id, 1, 1060, 1000 + NOTIFICATIE_OPGEVEN_NA, false,
	    "verbinding geweigerd", &e), ERR_OK);
	assert_int_equal(store_notificatie_verzonden(st, m[1].id, NOW, &e), ERR_OK);
	assert_int_equal(store_notificatie_te_verzenden(st, a, 1059, 10, &m, &k, &e), ERR_OK);
	assert_int_equal(k, 0);
	assert_int_equal(store_notificatie_te_verzenden(st, a, 1060, 10, &m, &k, &e), ERR_OK);
	assert_int_equal(k, 1);
	assert_int_equal(m[0].pogingen, 1);
	assert_int_equal(m[0].opgeven_na, 1000 + NOTIFICATIE_OPGEVEN_NA);
	assert_int_equal(store_notificatie_poging_mislukt(st, m[0].id, 2, 0, m[0].opgeven_na, true, "550 nee", &e), ERR_OK);
	assert_int_equal(store_notificatie_te_verzenden(st, a, INT64_C(1) << 40, 10, &m, &k, &e), ERR_OK);
	assert_int_equal(k, 0);
	assert_int_equal(store_notificatie_mislukt_lijst(st, a, 10, &ml, &k, &e), ERR_OK);
	assert_int_equal(k, 1);
	assert_string_equal(ml[0].laatste_fout, "550 nee");
	assert_int_equal(store_notificatie_opnieuw(st, ml[0].id, &e), ERR_OK);
	assert_int_equal(store_notificatie_opnieuw(st, ml[0].id, &e), ERR_NOT_FOUND);
	assert_int_equal(store_notificatie_te_verzenden(st, a, 0, 10, &m, &k, &e), ERR_OK);
	assert_int_equal(k, 1);
	assert_int_equal(m[0].pogingen, 0);
	assert_int_equal(m[0].opgeven_na, 0);

	/* marking read: one's own only */
	assert_int_equal(store_notificatie_lijst(st, a, rita, 10, &lijst, &k, &e), ERR_OK);
	assert_int_equal(store_notificatie_gelezen(st, rob, lijst[0].id, NOW, &e), ERR_NOT_FOUND);
	assert_int_equal(store_notificatie_gelezen(st, rita, lijst[0].id, NOW, &e), ERR_OK);
	assert_int_equal(store_notificatie_ongelezen(st, rita), 0);

	store_close(st);
	arena_free(a);
	fixture_store_remove(path);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_welke_gebeurtenis_welke_melding),
		cmocka_unit_test(test_herkansingen),
		cmocka_unit_test(test_smtp_regels),
		cmocka_unit_test(test_outbox_in_de_transactie),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
