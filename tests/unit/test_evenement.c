/* test_evenement.c - src/core/evenement: checking an event, when attendance may be recorded, the figures of a year. */
#include "harness.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "core/casus.h"
#include "core/evenement.h"
#include "lib/date.h"

static int
d(const char *s)
{
	int v = DATE_NONE;

	assert_true(date_parse(s, &v));
	return v;
}

static void
test_validate(void **state)
{
	struct evenement ev;
	struct err e = { 0 };
	char lang[EVENEMENT_MAX_THEMA + 2];

	(void)state;
	evenement_init(&ev);
	ev.thema = "Ruimte in wet- en regelgeving";
	assert_int_equal(evenement_validate(&ev, &e), ERR_VALIDATION);   /* no date */
	assert_string_equal(e.field, "datum");
	ev.datum = d("2025-06-12");
	assert_int_equal(evenement_validate(&ev, &e), ERR_OK);
	ev.soort = (enum evenement_soort)EVSOORT__MAX;
	assert_int_equal(evenement_validate(&ev, &e), ERR_VALIDATION);
	assert_string_equal(e.field, "soort");
	ev.soort = EVSOORT_MASTERCLASS;
	ev.thema = "  ";
	assert_int_equal(evenement_validate(&ev, &e), ERR_VALIDATION);
	assert_string_equal(e.field, "thema");
	memset(lang, 'x', sizeof lang - 1);
	lang[sizeof lang - 1] = '\0';
	ev.thema = lang;
	assert_int_equal(evenement_validate(&ev, &e), ERR_VALIDATION);
	ev.thema = "Schulden";
	ev.omschrijving = "Casus van BSN 111222333";
	assert_int_equal(evenement_validate(&ev, &e), ERR_VALIDATION);
	assert_string_equal(e.field, "omschrijving");
	assert_int_equal(codelist_find(&codes_evenement_soort, "bestuurlijke_tafel"), EVSOORT_BESTUURLIJKE_TAFEL);
	assert_int_equal(codelist_find(&codes_evenement_soort, "borrel"), -1);
}

static void
test_aanwezigheid(void **state)
{
	struct err e = { 0 };

	(void)state;
	assert_int_equal(evenement_aanwezigheid_check(d("2025-06-12"), d("2025-06-11"), DEELNAME_AANGEMELD, true, &e),
	    ERR_CONFLICT);
	assert_int_equal(evenement_aanwezigheid_check(d("2025-06-12"), d("2025-06-12"), DEELNAME_AANGEMELD, true, &e),
	    ERR_OK);
	assert_int_equal(evenement_aanwezigheid_check(d("2025-06-12"), d("2025-07-01"), DEELNAME_AFGEMELD, true, &e),
	    ERR_CONFLICT);
	assert_int_equal(evenement_aanwezigheid_check(d("2025-06-12"), d("2025-07-01"), DEELNAME_AFGEMELD, false, &e),
	    ERR_OK);
	assert_int_equal(evenement_aanwezigheid_check(d("2025-06-12"), d("2025-07-01"), DEELNAME_UITGENODIGD, true, &e),
	    ERR_OK);
}

static void
test_cijfers(void **state)
{
	const struct evenement_kern ev[] = {
		{ 1, EVSOORT_NETWERKBIJEENKOMST, 0, 2, 1, 1 },
		{ 2, EVSOORT_NETWERKBIJEENKOMST, 0, 0, 2, 0 },
		{ 3, EVSOORT_MASTERCLASS, 0, 1, 0, 0 },
		{ 4, EVSOORT_BESTUURLIJKE_TAFEL, 0, 3, 3, 2 },   /* another year */
	};
	struct evenement_kern e[4];
	const struct evenement_deelname dn[] = {
		{ 1, 10, DEELNAME_AANGEMELD, 1 },
		{ 1, 11, DEELNAME_AANGEMELD, 1 },
		{ 1, 12, DEELNAME_AFGEMELD, -1 },
		{ 2, 10, DEELNAME_AANGEMELD, 1 },   /* organisation 10 again: reached once */
		{ 2, 13, DEELNAME_UITGENODIGD, 0 },
		{ 3, 14, DEELNAME_UITGENODIGD, -1 },
		{ 4, 15, DEELNAME_AANGEMELD, 1 },   /* the other year */
		{ 99, 16, DEELNAME_AANGEMELD, 1 },  /* an event not given */
	};
	struct evenement_cijfers c;

	(void)state;
	memcpy(e, ev, sizeof e);
	e[0].datum = d("2025-03-06");
	e[1].datum = d("2025-11-20");
	e[2].datum = d("2025-12-31");
	e[3].datum = d("2026-01-01");
	evenement_cijfers_tel(&c, 2025, e, 4, dn, sizeof dn / sizeof dn[0]);
	assert_int_equal(c.jaar, 2025);
	assert_int_equal(c.evenementen, 3);
	assert_int_equal(c.per_soort[EVSOORT_NETWERKBIJEENKOMST], 2);
	assert_int_equal(c.per_soort[EVSOORT_MASTERCLASS], 1);
	assert_int_equal(c.per_soort[EVSOORT_BESTUURLIJKE_TAFEL], 0);
	assert_int_equal(c.uitgenodigd, 6);
	assert_int_equal(c.aangemeld, 3);
	assert_int_equal(c.deelnemers, 3);
	assert_int_equal(c.organisaties_bereikt, 2);
	assert_int_equal(c.casussen_besproken, 3);
	assert_int_equal(c.leerpunten_besproken, 3);
	assert_int_equal(c.leerpunten_uit_evenement, 1);
	evenement_cijfers_tel(&c, 2024, e, 4, dn, sizeof dn / sizeof dn[0]);
	assert_int_equal(c.evenementen, 0);
	assert_int_equal(c.uitgenodigd, 0);
	evenement_cijfers_tel(&c, 2025, NULL, 0, NULL, 0);
	assert_int_equal(c.organisaties_bereikt, 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_validate),
		cmocka_unit_test(test_aanwezigheid),
		cmocka_unit_test(test_cijfers),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
