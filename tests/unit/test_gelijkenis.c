/* test_gelijkenis.c - the similarity rule of "who can help" (part b): key words, the score and the top five. */
#include "harness.h"

#include <string.h>

#include "core/gelijkenis.h"

static void
test_kernwoorden(void **state)
{
	struct arena *a = arena_new();
	const char *t[] = { "Wie is verantwoordelijk voor HUISVESTING van een gezin, omdat het gezin terugkeerde?", NULL,
		"Huisvesting en opvang: geen." };
	const char *leeg[] = { "een de het", NULL };
	const char *w;
	(void)state;

	w = gelijkenis_kernwoorden(a, t, 3);
	/* long words only, lowered, each once, without the common ones (omdat) */
	assert_string_equal(w, "verantwoordelijk huisvesting gezin terugkeerde opvang");
	assert_null(gelijkenis_kernwoorden(a, leeg, 2));
	assert_null(gelijkenis_kernwoorden(a, t, 0));
	{   /* at most GELIJKENIS_MAX_WOORDEN */
		const char *veel[] = { "aaaaa1 aaaaa2 aaaaa3 aaaaa4 aaaaa5 aaaaa6 aaaaa7 aaaaa8 aaaaa9 bbbbb1 bbbbb2 bbbbb3 "
			"bbbbb4 bbbbb5 bbbbb6 bbbbb7 bbbbb8 bbbbb9" };
		size_t n = 1;

		w = gelijkenis_kernwoorden(a, veel, 1);
		for (const char *p = w; *p; p++)
			n += *p == ' ';
		assert_int_equal(n, GELIJKENIS_MAX_WOORDEN);
	}
	{   /* UTF-8 letters belong to the word */
		const char *u[] = { "financiën en zo" };
		assert_string_equal(gelijkenis_kernwoorden(a, u, 1), "financiën");
	}
	arena_free(a);
}

static void
test_score(void **state)
{
	struct gelijkenis_doel d = { .leefgebieden = 2, .beleidsterreinen = 2, .organisaties = 2 };
	struct gelijkenis_kandidaat gelijk = { .casus_id = 1, .tekst = 1e9, .lg_gedeeld = 2, .lg_ander = 2,
		.bt_gedeeld = 2, .bt_ander = 2, .org_gedeeld = 2, .org_ander = 2 };
	struct gelijkenis_kandidaat niets = { .casus_id = 2, .lg_ander = 3, .bt_ander = 1 };
	struct gelijkenis_kandidaat half = { .casus_id = 3, .lg_gedeeld = 1, .lg_ander = 1 };   /* 1 of 2: 30 x 1/2 */
	struct gelijkenis_kandidaat tekst = { .casus_id = 4, .tekst = 4.0 };                   /* 30 x 4/8 */
	(void)state;

	assert_int_equal(gelijkenis_score(&d, &gelijk), 100);
	assert_int_equal(gelijkenis_score(&d, &niets), 0);
	assert_int_equal(gelijkenis_score(&d, &half), 15);
	assert_int_equal(gelijkenis_score(&d, &tekst), 15);
	{   /* a casus without leefgebieden shares none: no division by zero */
		struct gelijkenis_doel nul = { 0 };
		assert_int_equal(gelijkenis_score(&nul, &niets), 0);
	}
}

static void
test_top(void **state)
{
	struct gelijkenis_doel d = { .leefgebieden = 2, .beleidsterreinen = 1, .organisaties = 0 };
	struct gelijkenis_kandidaat k[8];
	size_t n;
	(void)state;

	memset(k, 0, sizeof(k));
	for (int i = 0; i < 8; i++) {
		k[i].casus_id = 10 + i;
		k[i].lg_ander = 2;
		k[i].lg_gedeeld = i % 3;        /* 0, 1 or 2 shared */
		k[i].bt_ander = 1;
		k[i].bt_gedeeld = i == 7;
	}
	n = gelijkenis_top(k, 8, &d, GELIJKENIS_TOP);
	/* 30 each: 12 and 15 share both leefgebieden (30), 17 one leefgebied (1/3 x 30) and the beleidsterrein (20);
	   sharing one leefgebied only (10) is below the threshold. Equal scores: the later casus first. */
	assert_int_equal(n, 3);
	assert_int_equal(k[0].casus_id, 17);
	assert_int_equal(k[0].score, 30);
	assert_int_equal(k[1].casus_id, 15);
	assert_int_equal(k[2].casus_id, 12);
	/* bounded by max */
	for (int i = 0; i < 8; i++) {
		k[i].casus_id = 10 + i;
		k[i].lg_gedeeld = 2;
		k[i].bt_gedeeld = 0;
	}
	assert_int_equal(gelijkenis_top(k, 8, &d, GELIJKENIS_TOP), GELIJKENIS_TOP);
	n = GELIJKENIS_TOP;
	for (size_t i = 0; i < n; i++)
		assert_true(k[i].score >= GELIJKENIS_DREMPEL);
	for (size_t i = 1; i < n; i++)
		assert_true(k[i - 1].score >= k[i].score);
	assert_int_equal(gelijkenis_top(k, 0, &d, GELIJKENIS_TOP), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_kernwoorden),
		cmocka_unit_test(test_score),
		cmocka_unit_test(test_top),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
