/* test_register.c - the core rules of the Maatwerkregister: fields and tags, outdated after a year, who keeps an
   entry, who may read the register, and the scoring of "who can help with this casus". */
#include "harness.h"

#include <string.h>

#include "core/casus.h"
#include "core/perm.h"
#include "core/register.h"
#include "core/register_suggestie.h"
#include "lib/date.h"

static int
dag(const char *s)
{
	int d;

	assert_true(date_parse(s, &d));
	return d;
}

static struct register_invoer
entry(void)
{
	return (struct register_invoer){ .soort = REGSOORT_ORGANISATIE, .naam = "Fatima el Amrani",
		.functie = "Maatwerkfunctionaris", .mandaat = "Het college van B en W", .email = "maatwerk@zuiderhaven.nl",
		.telefoon = "14 0123", .expertise = "Wonen en schulden", .leefgebieden = 1u << LEEFGEBIED_WONEN,
		.wetten = (uint64_t)1 << WET_WMO_2015, .regio = REGIO_ZUID_HOLLAND };
}

static void
assert_refused(const struct register_invoer *in, const char *field, const char *msg_part)
{
	struct err e = { 0 };

	assert_int_equal(register_validate(in, &e), ERR_VALIDATION);
	assert_string_equal(e.field, field);
	if (strstr(e.msg, msg_part) == NULL)
		fail_msg("message for %s: \"%s\" lacks \"%s\"", field, e.msg, msg_part);
}

static void
test_fields(void **state)
{
	struct register_invoer in = entry();
	struct err e = { 0 };

	(void)state;
	assert_int_equal(register_validate(&in, &e), ERR_OK);
	in.email = "maatwerk-at-zuiderhaven";
	assert_refused(&in, "email", "geen geldig e-mailadres");
	in = entry();
	in.telefoon = "070 BELONS";
	assert_refused(&in, "telefoon", "bevat geen letters");
	in = entry();
	in.telefoon = "";
	assert_refused(&in, "telefoon", "centrale telefoonnummer");
	in = entry();
	in.mandaat = " ";
	assert_refused(&in, "mandaat", "mandaat");
	in = entry();
	in.naam = "";
	assert_refused(&in, "naam", "maatwerkfunctionaris");
	in = entry();
	in.naam = "Twee\nregels";
	assert_refused(&in, "naam", "één regel");
	in = entry();
	in.regio = -1;
	assert_refused(&in, "regio", "regio");
	in = entry();
	in.leefgebieden = 1u << LEEFGEBIED__MAX;
	assert_refused(&in, "leefgebieden", "leefgebieden");
	in = entry();
	in.wetten = (uint64_t)1 << WET__MAX;
	assert_refused(&in, "wetten", "wetten");
	/* a profile needs no mandate or phone, but an e-mail address */
	in = entry();
	in.soort = REGSOORT_PROFESSIONAL;
	in.mandaat = NULL;
	in.telefoon = NULL;
	assert_int_equal(register_validate(&in, &e), ERR_OK);
	in.email = NULL;
	assert_refused(&in, "email", "e-mailadres van de professional");
}

static void
test_tags(void **state)
{
	const char *goed[] = { "wmo_2015", "", "vreemdelingenwet" };
	const char *fout[] = { "wmo_2015", "wet_op_de_maan" };
	struct err e = { 0 };
	uint64_t bits = 0;

	(void)state;
	assert_int_equal(register_tags(goed, 3, &codes_wet_regeling, "wetten", "wet of regeling", &bits, &e), ERR_OK);
	assert_true(bits == (((uint64_t)1 << WET_WMO_2015) | ((uint64_t)1 << WET_VREEMDELINGENWET)));
	bits = 7;
	assert_int_equal(register_tags(fout, 2, &codes_wet_regeling, "wetten", "wet of regeling", &bits, &e),
	    ERR_VALIDATION);
	assert_string_equal(e.field, "wetten");
	assert_non_null(strstr(e.msg, "Onbekende wet of regeling: 'wet_op_de_maan'"));
	assert_true(bits == 7);   /* untouched on failure */
}

static void
test_outdated_after_a_year(void **state)
{
	(void)state;
	assert_false(register_verouderd(dag("2025-03-01"), dag("2026-03-01")));   /* exactly a year: not yet */
	assert_true(register_verouderd(dag("2025-03-01"), dag("2026-03-02")));
	assert_false(register_verouderd(dag("2026-01-10"), dag("2026-03-02")));
	assert_true(register_verouderd(DATE_NONE, dag("2026-03-02")));            /* never confirmed */
	/* 29 February: a year later is 28 February */
	assert_false(register_verouderd(dag("2024-02-29"), dag("2025-02-28")));
	assert_true(register_verouderd(dag("2024-02-29"), dag("2025-03-01")));
	/* the boundary a query tests on the column: outdated exactly up to and including register_verouderd_tot */
	for (int v = dag("2023-12-20"); v < dag("2025-03-10"); v++) {
		int tot = register_verouderd_tot(v);

		for (int d = tot - 40; d < tot + 40; d++)
			assert_true(register_verouderd(d, v) == (d <= tot));
	}
}

static void
test_who_keeps_an_entry(void **state)
{
	struct actor prof = { .gebruiker_id = 1, .persoon_id = 10, .roles = ROL_BIT(ROL_MAATWERKPROFESSIONAL) };
	struct actor ander = { .gebruiker_id = 2, .persoon_id = 20, .roles = ROL_BIT(ROL_MAATWERKPROFESSIONAL) };
	struct actor regie = { .gebruiker_id = 3, .persoon_id = 30, .roles = ROL_BIT(ROL_REGIEVOERDER) };
	struct actor beheer = { .gebruiker_id = 4, .roles = ROL_BIT(ROL_BEHEERDER) };
	struct actor anon = { .persoon_id = 10 };
	struct register_eigendom profiel = { .soort = REGSOORT_PROFESSIONAL, .persoon_id = 10 };
	struct register_eigendom vermelding = { .soort = REGSOORT_ORGANISATIE, .persoon_id = 0 };

	(void)state;
	assert_true(register_mag_bewerken(&prof, &profiel));      /* their own profile */
	assert_false(register_mag_bewerken(&ander, &profiel));    /* someone else's */
	assert_false(register_mag_bewerken(&regie, &profiel));    /* not even a regievoerder */
	assert_true(register_mag_bewerken(&beheer, &profiel));
	assert_false(register_mag_bewerken(&anon, &profiel));
	assert_false(register_mag_bewerken(&prof, &vermelding));
	vermelding.actor_is_contact = true;                       /* a contact person of the organisation */
	assert_true(register_mag_bewerken(&ander, &vermelding));
	profiel.actor_is_contact = true;                          /* keeps the profiles under its entry too */
	assert_true(register_mag_bewerken(&ander, &profiel));
	vermelding = (struct register_eigendom){ .soort = REGSOORT_ORGANISATIE, .persoon_id = 20 };
	assert_true(register_mag_bewerken(&ander, &vermelding)); /* the functionaris of the entry */
	/* adding */
	assert_true(register_mag_toevoegen(&beheer, REGSOORT_ORGANISATIE, false, false));
	assert_false(register_mag_toevoegen(&regie, REGSOORT_ORGANISATIE, false, false));
	assert_true(register_mag_toevoegen(&ander, REGSOORT_ORGANISATIE, true, false));
	assert_true(register_mag_toevoegen(&prof, REGSOORT_PROFESSIONAL, false, true));  /* themselves, own organisation */
	assert_false(register_mag_toevoegen(&prof, REGSOORT_PROFESSIONAL, false, false));
	assert_false(register_mag_toevoegen(&prof, REGSOORT_ORGANISATIE, false, true));
}

static void
test_who_reads_the_register(void **state)
{
	struct actor a = { .gebruiker_id = 1, .persoon_id = 1 };

	(void)state;
	for (int r = 0; r < ROL__MAX; r++) {
		bool verwacht = r == ROL_REGIEVOERDER || r == ROL_MAATWERKPROFESSIONAL || r == ROL_AMBASSADEUR ||
		    r == ROL_BEHEERDER;

		a.roles = ROL_BIT(r);
		a.aangesloten = false;
		if (perm_register(&a) != verwacht)
			fail_msg("role %s: register access %d", rol_code((enum rol)r), !verwacht);
	}
	a.roles = ROL_BIT(ROL_INDIENER);
	a.aangesloten = true;                 /* an indiener of a connected organisation */
	assert_true(perm_register(&a));
	assert_true(perm_allows(PERM_REGISTER, &a));
	a.gebruiker_id = 0;                   /* anonymous */
	assert_false(perm_register(&a));
	/* an invited maatwerkprofessional sees the casus, as the other deelnemers do */
	a = (struct actor){ .gebruiker_id = 1, .persoon_id = 5, .roles = ROL_BIT(ROL_MAATWERKPROFESSIONAL) };
	assert_true(perm_casus_lijst(&a));
	assert_int_equal(casus_beperking(&a, INZAGE_LIJST), 5);
	assert_int_equal(casus_beperking(&a, INZAGE_STATISTIEK), CASUS_GEEN);
}

/* The demo's question: a remigrant family without a home, touching BuZa and BZK, in Zuid-Holland. */
static const int64_t betrokken[] = { 40 };
static struct suggestie_vraag
remigratie(void)
{
	return (struct suggestie_vraag){ .leefgebieden = (1u << LEEFGEBIED_WONEN) | (1u << LEEFGEBIED_WOONLAND_INGEZETENSCHAP),
		.beleidsterreinen = (1u << BELEIDSTERREIN_BUZA) | (1u << BELEIDSTERREIN_BZK),
		.wetten = (uint64_t)1 << WET_BRP, .organisaties = betrokken, .norganisaties = 1, .regio = REGIO_ZUID_HOLLAND };
}

static void
test_suggestion_score(void **state)
{
	struct suggestie_vraag v = remigratie();
	struct suggestie_kandidaat buza = { REGSOORT_ORGANISATIE, 1u << LEEFGEBIED_WOONLAND_INGEZETENSCHAP, 0, 7, { 0, 0 },
		BELEIDSTERREIN_BUZA, REGIO_LANDELIJK, false };
	struct suggestie_kandidaat gemeente = { REGSOORT_ORGANISATIE, 1u << LEEFGEBIED_WONEN, 0, 41, { 0, 0 }, -1,
		REGIO_ZUID_HOLLAND, false };
	struct suggestie_kandidaat alleen_regio = { REGSOORT_PROFESSIONAL, 1u << LEEFGEBIED_ONDERWIJS, 0, 42, { 0, 0 }, -1,
		REGIO_ZUID_HOLLAND, false };
	struct suggestie_kandidaat deel = { REGSOORT_PROFESSIONAL, 0, (uint64_t)1 << WET_BRP, 43, { 40, 0 }, -1,
		REGIO_GRONINGEN, true };
	unsigned r;

	(void)state;
	assert_int_equal(suggestie_score(&v, &buza, &r), 3 + 4);
	assert_int_equal(r, SUGGESTIE_LEEFGEBIED | SUGGESTIE_BELEIDSTERREIN);
	assert_int_equal(suggestie_score(&v, &gemeente, &r), 3 + 3);
	assert_int_equal(r, SUGGESTIE_LEEFGEBIED | SUGGESTIE_REGIO);
	assert_int_equal(suggestie_score(&v, &alleen_regio, &r), 0);   /* the region alone is no suggestion */
	assert_int_equal(r, 0);
	/* part of a betrokken organisatie, knows the BRP, but outdated */
	assert_int_equal(suggestie_score(&v, &deel, &r), 2 + 5 - 1);
	assert_int_equal(r, SUGGESTIE_WET | SUGGESTIE_ORGANISATIE);
	/* landelijk gets no region bonus even when the indiener's region is unknown */
	v.regio = -1;
	assert_int_equal(suggestie_score(&v, &gemeente, NULL), 3);
}

static void
test_suggestion_order(void **state)
{
	struct suggestie_vraag v = remigratie();
	struct suggestie_kandidaat k[] = {
		{ REGSOORT_PROFESSIONAL, 1u << LEEFGEBIED_WONEN, 0, 50, { 0, 0 }, -1, REGIO_LANDELIJK, false },    /* 3 */
		{ REGSOORT_ORGANISATIE, 1u << LEEFGEBIED_ZORG, 0, 51, { 0, 0 }, -1, REGIO_ZUID_HOLLAND, false }, /* 0 */
		{ REGSOORT_ORGANISATIE, 1u << LEEFGEBIED_WONEN, 0, 52, { 0, 0 }, -1, REGIO_LANDELIJK, false },   /* 3 */
		{ REGSOORT_ORGANISATIE, 1u << LEEFGEBIED_WONEN, 0, 53, { 0, 0 }, BELEIDSTERREIN_BZK, REGIO_LANDELIJK,
		  false },                                                                                        /* 7 */
		{ REGSOORT_PROFESSIONAL, 1u << LEEFGEBIED_WONEN, 0, 54, { 0, 0 }, -1, REGIO_ZUID_HOLLAND, false }, /* 6 */
	};
	size_t out[3];

	(void)state;
	assert_int_equal(suggestie_beste(&v, k, 5, -1, 3, out), 3);
	assert_int_equal(out[0], 3);
	assert_int_equal(out[1], 4);
	assert_int_equal(out[2], 2);   /* score 3 like [0], but an entry before a profile */
	assert_int_equal(suggestie_beste(&v, k, 5, REGSOORT_PROFESSIONAL, 3, out), 2);
	assert_int_equal(out[0], 4);
	assert_int_equal(out[1], 0);
	assert_int_equal(suggestie_beste(&v, k, 5, -1, 0, out), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fields),
		cmocka_unit_test(test_tags),
		cmocka_unit_test(test_outdated_after_a_year),
		cmocka_unit_test(test_who_keeps_an_entry),
		cmocka_unit_test(test_who_reads_the_register),
		cmocka_unit_test(test_suggestion_score),
		cmocka_unit_test(test_suggestion_order),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
