/* test_leerpunt.c - src/core/leerpunt: status transitions, next navraag, input checks and permissions of systeemleren. */
#include "harness.h"

#include <stdbool.h>
#include <string.h>

#include "core/casus.h"
#include "core/leerpunt.h"
#include "lib/date.h"

static int
d(const char *s)
{
	int v = DATE_NONE;

	assert_true(date_parse(s, &v));
	return v;
}

/* ---- transitions ------------------------------------------------------------- */

static void
test_overgang_table(void **state)
{
	enum { G = OVERGANG_GELIJK, V = OVERGANG_VOORUIT, A = OVERGANG_AFSLUITEND, H = OVERGANG_HEROPEND,
		T = OVERGANG_TERUG };
	/* rows: van; columns: naar (belegd, in_verkenning, in_uitvoering, opgevolgd, geen_opvolging, onbekend) */
	static const int want[OPVOLGING__MAX][OPVOLGING__MAX] = {
		[OPVOLGING_BELEGD] = { G, V, V, V, A, A },
		[OPVOLGING_IN_VERKENNING] = { T, G, V, V, A, A },
		[OPVOLGING_IN_UITVOERING] = { T, T, G, V, A, A },
		[OPVOLGING_OPGEVOLGD] = { T, T, T, G, A, A },
		[OPVOLGING_GEEN_OPVOLGING] = { H, H, H, H, G, A },
		[OPVOLGING_ONBEKEND] = { H, H, H, H, A, G },
	};
	(void)state;

	for (int van = 0; van < OPVOLGING__MAX; van++)
		for (int naar = 0; naar < OPVOLGING__MAX; naar++) {
			enum opvolging_overgang got = opvolging_overgang((enum opvolging_status)van,
			    (enum opvolging_status)naar);
			if ((int)got != want[van][naar]) {
				print_error("%s -> %s: got %d, want %d\n", codes_opvolging_status.codes[van],
				    codes_opvolging_status.codes[naar], got, want[van][naar]);
				fail();
			}
		}
}

static void
test_afgesloten_and_navraag(void **state)
{
	(void)state;
	assert_true(opvolging_is_afgesloten(OPVOLGING_OPGEVOLGD));
	assert_true(opvolging_is_afgesloten(OPVOLGING_GEEN_OPVOLGING));
	assert_false(opvolging_is_afgesloten(OPVOLGING_BELEGD));
	assert_false(opvolging_is_afgesloten(OPVOLGING_ONBEKEND));   /* we keep asking */

	assert_int_equal(opvolging_volgende_navraag(OPVOLGING_BELEGD, d("2024-03-15")), d("2024-09-15"));
	assert_int_equal(opvolging_volgende_navraag(OPVOLGING_IN_UITVOERING, d("2024-08-31")), d("2025-02-28"));
	assert_int_equal(opvolging_volgende_navraag(OPVOLGING_ONBEKEND, d("2023-08-31")), d("2024-02-29"));
	assert_int_equal(opvolging_volgende_navraag(OPVOLGING_IN_VERKENNING, d("2024-12-31")), d("2025-06-30"));
	assert_int_equal(opvolging_volgende_navraag(OPVOLGING_OPGEVOLGD, d("2024-03-15")), DATE_NONE);
	assert_int_equal(opvolging_volgende_navraag(OPVOLGING_GEEN_OPVOLGING, d("2024-03-15")), DATE_NONE);
	assert_int_equal(opvolging_volgende_navraag(OPVOLGING_BELEGD, DATE_NONE), DATE_NONE);
}

/* ---- validation ------------------------------------------------------------------ */

static struct opvolging_invoer
invoer(int status, int reden, const char *datum)
{
	struct opvolging_invoer in = { .status = status, .reden = reden, .datum = datum ? d(datum) : DATE_NONE };
	return in;
}

static void
expect(const struct opvolging_invoer *in, const struct opvolging_stand *stand, enum err_code code,
    const char *field)
{
	struct err e = { 0 };

	assert_int_equal(opvolging_validate(in, stand, d("2025-05-19"), &e), code);
	if (field != NULL)
		assert_string_equal(e.field, field);
	if (code != ERR_OK)
		assert_true(strlen(e.msg) > 0);
}

static void
test_validate_reden(void **state)
{
	struct opvolging_stand stand = { .status = OPVOLGING_BELEGD, .datum = d("2025-01-01") };
	struct opvolging_invoer in;
	(void)state;

	in = invoer(OPVOLGING_GEEN_OPVOLGING, -1, "2025-05-01");
	expect(&in, &stand, ERR_VALIDATION, "reden");                   /* geen_opvolging needs a reden */
	in = invoer(OPVOLGING_GEEN_OPVOLGING, REDEN__MAX, "2025-05-01");
	expect(&in, &stand, ERR_VALIDATION, "reden");                   /* outside the codelist */
	in = invoer(OPVOLGING_GEEN_OPVOLGING, REDEN_STELSELVRAAGSTUK, "2025-05-01");
	expect(&in, &stand, ERR_OK, NULL);
	in = invoer(OPVOLGING_OPGEVOLGD, REDEN_NIET_HERKEND, "2025-05-01");
	expect(&in, &stand, ERR_VALIDATION, "reden");                   /* a reden only with geen_opvolging */
	in = invoer(-1, -1, "2025-05-01");
	expect(&in, &stand, ERR_VALIDATION, "status");
	in = invoer(OPVOLGING__MAX, -1, "2025-05-01");
	expect(&in, &stand, ERR_VALIDATION, "status");
	in = invoer(OPVOLGING_ONBEKEND, -1, "2025-05-01");
	expect(&in, NULL, ERR_OK, NULL);                                 /* no history yet */
}

static void
test_validate_datum(void **state)
{
	struct opvolging_stand stand = { .status = OPVOLGING_IN_VERKENNING, .datum = d("2025-02-01") };
	struct opvolging_invoer in;
	(void)state;

	in = invoer(OPVOLGING_IN_UITVOERING, -1, NULL);
	expect(&in, &stand, ERR_VALIDATION, "datum");
	in = invoer(OPVOLGING_IN_UITVOERING, -1, "2025-05-20");
	expect(&in, &stand, ERR_VALIDATION, "datum");                   /* tomorrow */
	in = invoer(OPVOLGING_IN_UITVOERING, -1, "2025-05-19");
	expect(&in, &stand, ERR_OK, NULL);                               /* today */
	in = invoer(OPVOLGING_IN_UITVOERING, -1, "2025-01-31");
	expect(&in, &stand, ERR_VALIDATION, "datum");                   /* before the current status */
	in = invoer(OPVOLGING_IN_UITVOERING, -1, "2025-02-01");
	expect(&in, &stand, ERR_OK, NULL);                               /* the same day is fine */
}

static void
test_validate_lengths(void **state)
{
	static char notitie[LEERPUNT_MAX_NOTITIE + 2], bron[LEERPUNT_MAX_BRON + 2];
	struct opvolging_invoer in = invoer(OPVOLGING_IN_VERKENNING, -1, "2025-05-01");
	(void)state;

	memset(notitie, 'n', LEERPUNT_MAX_NOTITIE);
	notitie[LEERPUNT_MAX_NOTITIE] = '\0';
	memset(bron, 'b', LEERPUNT_MAX_BRON);
	bron[LEERPUNT_MAX_BRON] = '\0';
	in.notitie = notitie;
	in.bron = bron;
	expect(&in, NULL, ERR_OK, NULL);                                 /* exactly at the limits */
	notitie[LEERPUNT_MAX_NOTITIE] = 'n';
	expect(&in, NULL, ERR_VALIDATION, "notitie");
	notitie[LEERPUNT_MAX_NOTITIE] = '\0';
	bron[LEERPUNT_MAX_BRON] = 'b';
	expect(&in, NULL, ERR_VALIDATION, "bron");
}

static void
test_validate_terug_needs_notitie(void **state)
{
	struct opvolging_stand stand = { .status = OPVOLGING_IN_UITVOERING, .datum = d("2025-02-01") };
	struct opvolging_invoer in = invoer(OPVOLGING_IN_VERKENNING, -1, "2025-04-01");
	(void)state;

	expect(&in, &stand, ERR_VALIDATION, "notitie");
	in.notitie = "  \n ";
	expect(&in, &stand, ERR_VALIDATION, "notitie");                 /* white space is no explanation */
	in.notitie = "Het traject is stilgelegd; VWS verkent een andere route.";
	expect(&in, &stand, ERR_OK, NULL);
	/* forward, same, closing and reopening need no note */
	stand.status = OPVOLGING_GEEN_OPVOLGING;
	in.notitie = NULL;
	expect(&in, &stand, ERR_OK, NULL);
	stand.status = OPVOLGING_IN_VERKENNING;
	expect(&in, &stand, ERR_OK, NULL);
	in.status = OPVOLGING_ONBEKEND;
	stand.status = OPVOLGING_OPGEVOLGD;
	expect(&in, &stand, ERR_OK, NULL);
}

static void
test_validate_doorgezet_is_conflict(void **state)
{
	struct opvolging_stand stand = { .status = OPVOLGING_BELEGD, .datum = d("2025-02-01"), .doorgezet = true };
	struct opvolging_invoer in = invoer(OPVOLGING_IN_VERKENNING, -1, "2025-04-01");
	(void)state;

	expect(&in, &stand, ERR_CONFLICT, NULL);
}

static void
test_thema_check(void **state)
{
	char lang[LEERPUNT_MAX_THEMA + 2];
	const char *start = NULL;
	size_t len = 0;
	struct err e = { 0 };
	(void)state;

	assert_int_equal(leerpunt_thema_check("  repatriëringskosten onverzekerden \n", &start, &len, &e), ERR_OK);
	assert_int_equal(len, strlen("repatriëringskosten onverzekerden"));
	assert_memory_equal(start, "repatriëringskosten onverzekerden", len);
	assert_int_equal(leerpunt_thema_check("   ", &start, &len, &e), ERR_VALIDATION);
	assert_string_equal(e.field, "thema");
	assert_int_equal(leerpunt_thema_check(NULL, &start, &len, &e), ERR_VALIDATION);
	assert_int_equal(leerpunt_thema_check("twee\tdelen", &start, &len, &e), ERR_VALIDATION);
	assert_int_equal(leerpunt_thema_check("regel\neen", &start, &len, &e), ERR_VALIDATION);
	memset(lang, 'x', LEERPUNT_MAX_THEMA);
	lang[LEERPUNT_MAX_THEMA] = '\0';
	assert_int_equal(leerpunt_thema_check(lang, &start, &len, &e), ERR_OK);
	lang[LEERPUNT_MAX_THEMA] = 'x';
	lang[LEERPUNT_MAX_THEMA + 1] = '\0';
	assert_int_equal(leerpunt_thema_check(lang, &start, &len, &e), ERR_VALIDATION);
}

/* ---- permissions ----------------------------------------------------------------- */

#define VWS 1
#define SZW 2

static struct actor
actor(unsigned roles, int64_t org)
{
	struct actor a = { .gebruiker_id = roles ? 7 : 0, .persoon_id = roles ? 8 : 0, .organisatie_id = org,
		.roles = roles };
	return a;
}

static void
test_no_bsn_in_notes_or_themes(void **state)
{
	struct err e = { 0 };
	const char *start;
	size_t len;
	(void)state;

	/* 111222333 passes the elfproef; 123456789 does not */
	assert_int_equal(leerpunt_tekst_check("Navraag bij mevrouw, bsn 111222333.", 100, "notitie", &e), ERR_VALIDATION);
	assert_string_equal(e.field, "notitie");
	assert_string_equal(e.msg, bsn_melding);
	assert_int_equal(leerpunt_tekst_check("Kenmerk 123456789 van de brief.", 100, "notitie", &e), ERR_OK);
	assert_int_equal(leerpunt_tekst_check(NULL, 100, "bron", &e), ERR_OK);
	assert_int_equal(leerpunt_thema_check("dossier 111.222.333", &start, &len, &e), ERR_VALIDATION);
	assert_string_equal(e.field, "thema");
	assert_int_equal(leerpunt_thema_check("woonlandbeginsel", &start, &len, &e), ERR_OK);
}

static void
test_perm_belegging(void **state)
{
	struct actor anon = actor(0, 0), regie = actor(ROL_BIT(ROL_REGIEVOERDER), 0),
	    amb_vws = actor(ROL_BIT(ROL_AMBASSADEUR), VWS), amb_zonder = actor(ROL_BIT(ROL_AMBASSADEUR), 0),
	    onderz = actor(ROL_BIT(ROL_ONDERZOEKER), 0), indiener = actor(ROL_BIT(ROL_INDIENER), VWS),
	    beheer = actor(ROL_BIT(ROL_BEHEERDER), VWS);
	(void)state;

	assert_false(perm_belegging_zien(&anon, VWS));
	assert_false(perm_belegging_zien(NULL, VWS));
	assert_true(perm_belegging_zien(&regie, VWS));
	assert_true(perm_belegging_zien(&onderz, SZW));
	assert_true(perm_belegging_zien(&amb_vws, VWS));
	assert_false(perm_belegging_zien(&amb_vws, SZW));
	assert_false(perm_belegging_zien(&amb_zonder, 0));     /* no organisation: nothing */
	assert_false(perm_belegging_zien(&indiener, VWS));     /* same organisation, wrong role */
	assert_false(perm_belegging_zien(&beheer, VWS));

	assert_false(perm_belegging_bijwerken(&anon, VWS));
	assert_true(perm_belegging_bijwerken(&regie, SZW));
	assert_true(perm_belegging_bijwerken(&amb_vws, VWS));
	assert_false(perm_belegging_bijwerken(&amb_vws, SZW));
	assert_false(perm_belegging_bijwerken(&amb_zonder, 0));
	assert_false(perm_belegging_bijwerken(&onderz, SZW));  /* researchers read, they do not update */
	assert_false(perm_belegging_bijwerken(&indiener, VWS));
	assert_false(perm_belegging_bijwerken(&beheer, VWS));
}

static void
test_perm_leerpunt(void **state)
{
	const int64_t vws_szw[] = { SZW, VWS }, szw[] = { SZW };
	struct actor regie = actor(ROL_BIT(ROL_REGIEVOERDER), 0), amb_vws = actor(ROL_BIT(ROL_AMBASSADEUR), VWS),
	    onderz = actor(ROL_BIT(ROL_ONDERZOEKER), 0), indiener = actor(ROL_BIT(ROL_INDIENER), VWS),
	    amb_regie = actor(ROL_BIT(ROL_AMBASSADEUR) | ROL_BIT(ROL_REGIEVOERDER), VWS), anon = actor(0, 0);
	(void)state;

	assert_true(perm_leerpunt_zien(&regie, NULL, 0));      /* niet belegd: regie sees it */
	assert_true(perm_leerpunt_zien(&onderz, NULL, 0));
	assert_false(perm_leerpunt_zien(&amb_vws, NULL, 0));
	assert_true(perm_leerpunt_zien(&amb_vws, vws_szw, 2));
	assert_false(perm_leerpunt_zien(&amb_vws, szw, 1));
	assert_false(perm_leerpunt_zien(&indiener, vws_szw, 2));
	assert_false(perm_leerpunt_zien(&anon, vws_szw, 2));

	assert_true(perm_leerpunt_beleggen(&regie));
	assert_false(perm_leerpunt_beleggen(&amb_vws));
	assert_false(perm_leerpunt_beleggen(&onderz));
	assert_true(perm_leerpunt_beleggen(&amb_regie));

	assert_true(perm_leerpunt_casustekst(&regie, false));
	assert_false(perm_leerpunt_casustekst(&amb_vws, false));
	assert_true(perm_leerpunt_casustekst(&amb_vws, true));  /* invited to the casus */
	assert_false(perm_leerpunt_casustekst(&onderz, true));  /* never free text */
	assert_false(perm_leerpunt_casustekst(&indiener, true));

	assert_int_equal(leerpunt_beperking(&regie), 0);
	assert_int_equal(leerpunt_beperking(&onderz), 0);
	assert_int_equal(leerpunt_beperking(&amb_vws), VWS);
	assert_int_equal(leerpunt_beperking(&amb_regie), 0);    /* the widest role counts */
	assert_int_equal(leerpunt_beperking(&indiener), -1);
	assert_int_equal(leerpunt_beperking(&anon), -1);
	{
		struct actor amb_zonder = actor(ROL_BIT(ROL_AMBASSADEUR), 0);
		assert_int_equal(leerpunt_beperking(&amb_zonder), -1);
	}
}

static void
test_bijeenkomst_codes(void **state)
{
	(void)state;
	assert_int_equal(codes_bijeenkomst_soort.n, BIJEENKOMST__MAX);
	assert_int_equal(codelist_find(&codes_bijeenkomst_soort, "signalenoverleg"), BIJEENKOMST_SIGNALENOVERLEG);
	assert_int_equal(codelist_find(&codes_bijeenkomst_soort, "ambassadeursoverleg"),
	    BIJEENKOMST_AMBASSADEURSOVERLEG);
	assert_int_equal(codelist_find(&codes_bijeenkomst_soort, "let"), -1);
	for (int i = 0; i < BIJEENKOMST__MAX; i++)
		assert_non_null(codes_bijeenkomst_soort.labels[i]);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_overgang_table),
		cmocka_unit_test(test_no_bsn_in_notes_or_themes),
		cmocka_unit_test(test_afgesloten_and_navraag),
		cmocka_unit_test(test_validate_reden),
		cmocka_unit_test(test_validate_datum),
		cmocka_unit_test(test_validate_lengths),
		cmocka_unit_test(test_validate_terug_needs_notitie),
		cmocka_unit_test(test_validate_doorgezet_is_conflict),
		cmocka_unit_test(test_thema_check),
		cmocka_unit_test(test_perm_belegging),
		cmocka_unit_test(test_perm_leerpunt),
		cmocka_unit_test(test_bijeenkomst_codes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
