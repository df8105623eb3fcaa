/* test_casus.c - casus rules: validation fields, lifecycle, referentie, BSN refusal, dates, follow-up, complexity,
   indienerType. */
#include "harness.h"

#include <string.h>

#include "core/casus.h"
#include "lib/date.h"

static int
d(const char *s)
{
	int days = 0;

	assert_true(date_parse(s, &days));
	return days;
}

/* A valid, open casus with nothing optional filled in. */
static void
casus_minimaal(struct casus *c)
{
	memset(c, 0, sizeof(*c));
	c->status = STATUS_AANGEMELD;
	c->ontvangen_op = d("2024-01-15");
	c->afgerond_op = DATE_NONE;
	c->followup_op = DATE_NONE;
	c->indiener_type = -1;
	c->maatwerk = -1;
	c->followup_antwoord = -1;
	c->reden_geen_leerpunt = -1;
	c->hulpvraag = "Wie betaalt de opvang van deze jongeman?";
	c->indiener.organisatie.aangesloten_sinds = DATE_NONE;
	c->indiener.organisatie.aangesloten_tot = DATE_NONE;
	c->regievoerder.organisatie.aangesloten_sinds = DATE_NONE;
	c->regievoerder.organisatie.aangesloten_tot = DATE_NONE;
}

static void
sluit(struct casus *c, const char *datum)
{
	c->status = STATUS_AFGEROND;
	c->afgerond_op = d(datum);
	c->resultaat = "Indiener kan verder.";
}

/* Validates c on 2024-06-01 and returns the field at fault ("" when valid). */
static const char *
fout(const struct casus *c)
{
	static struct err e;

	memset(&e, 0, sizeof(e));
	if (casus_validate(c, d("2024-06-01"), &e) == ERR_OK)
		return "";
	assert_int_equal(e.code, ERR_VALIDATION);
	assert_true(strlen(e.msg) > 0);
	return e.field;
}

/* ---- looptijd and dates ---- */

static void
test_looptijd(void **state)
{
	struct casus c;

	(void)state;
	casus_minimaal(&c);
	assert_int_equal(casus_looptijd(&c, d("2024-01-15")), 0);
	assert_int_equal(casus_looptijd(&c, d("2024-02-12")), 28);
	sluit(&c, "2024-03-01");
	assert_int_equal(casus_looptijd(&c, d("2025-01-01")), 46);   /* 2024 is a leap year: 16 + 29 + 1 */
	c.ontvangen_op = DATE_NONE;
	assert_int_equal(casus_looptijd(&c, d("2025-01-01")), 0);
}

static void
test_29_februari(void **state)
{
	int x;

	(void)state;
	assert_true(date_parse("2024-02-29", &x));
	assert_true(date_parse("2000-02-29", &x));
	assert_false(date_parse("2023-02-29", &x));
	assert_false(date_parse("1900-02-29", &x));
	assert_false(date_parse("2024-02-30", &x));
	assert_int_equal(d("2024-03-01") - d("2024-02-28"), 2);
}

static void
test_default_followup(void **state)
{
	(void)state;
	assert_int_equal(casus_default_followup(d("2024-03-01")), d("2024-06-01"));
	assert_int_equal(casus_default_followup(d("2023-11-30")), d("2024-02-29"));
	assert_int_equal(casus_default_followup(d("2024-11-30")), d("2025-02-28"));
	assert_int_equal(casus_default_followup(d("2024-01-31")), d("2024-04-30"));
	assert_int_equal(casus_default_followup(d("2024-10-15")), d("2025-01-15"));
}

/* ---- validation ---- */

static void
test_validate_ok(void **state)
{
	struct casus c;

	(void)state;
	casus_minimaal(&c);
	assert_string_equal(fout(&c), "");
	sluit(&c, "2024-03-01");
	assert_string_equal(fout(&c), "");
	/* A concept may still lack ontvangenOp and hulpvraag. */
	casus_minimaal(&c);
	c.status = STATUS_CONCEPT;
	c.ontvangen_op = DATE_NONE;
	c.hulpvraag = NULL;
	assert_string_equal(fout(&c), "");
}

static void
test_validate_dates(void **state)
{
	struct casus c;

	(void)state;
	casus_minimaal(&c);
	c.ontvangen_op = DATE_NONE;
	assert_string_equal(fout(&c), "ontvangenOp");
	casus_minimaal(&c);
	c.ontvangen_op = d("2024-06-02");   /* tomorrow */
	assert_string_equal(fout(&c), "ontvangenOp");
	casus_minimaal(&c);
	sluit(&c, "2024-01-14");
	assert_string_equal(fout(&c), "afgerondOp");
	casus_minimaal(&c);
	sluit(&c, "2024-01-15");            /* same day is fine */
	assert_string_equal(fout(&c), "");
	casus_minimaal(&c);
	sluit(&c, "2024-06-02");
	assert_string_equal(fout(&c), "afgerondOp");
	casus_minimaal(&c);
	c.status = STATUS_AFGEROND;
	c.resultaat = "klaar";
	assert_string_equal(fout(&c), "afgerondOp");
	casus_minimaal(&c);
	sluit(&c, "2024-03-01");
	c.status = STATUS_IN_BEHANDELING;
	assert_string_equal(fout(&c), "status");
	casus_minimaal(&c);
	sluit(&c, "2024-03-01");
	c.followup_op = d("2024-02-01");
	assert_string_equal(fout(&c), "followUpOp");
}

static void
test_validate_required_texts(void **state)
{
	struct casus c;
	static char lang[CASUS_MAX_TEKST + 2];

	(void)state;
	casus_minimaal(&c);
	c.hulpvraag = NULL;
	assert_string_equal(fout(&c), "hulpvraag");
	c.hulpvraag = "  \n\t";
	assert_string_equal(fout(&c), "hulpvraag");
	memset(lang, 'a', sizeof(lang) - 1);
	c.hulpvraag = lang;
	assert_string_equal(fout(&c), "hulpvraag");
	casus_minimaal(&c);
	sluit(&c, "2024-03-01");
	c.resultaat = NULL;
	assert_string_equal(fout(&c), "resultaat");
	c.resultaat = "";
	assert_string_equal(fout(&c), "resultaat");
}

static void
test_validate_bsn_in_free_text(void **state)
{
	struct casus c;
	struct knelpunt kp[2] = {
		{ .categorie = CATEGORIE_SAMENWERKING, .omschrijving = "Niemand voelt zich verantwoordelijk." },
		{ .categorie = CATEGORIE_ICT, .omschrijving = "Systeem toont BSN 111222333 niet." },
	};

	(void)state;
	casus_minimaal(&c);
	c.situatie = "Moeder, twee kinderen, bsn 123.456.782.";
	assert_string_equal(fout(&c), "situatie");
	casus_minimaal(&c);
	c.geprobeerd = "Gebeld met 111 222 333";
	assert_string_equal(fout(&c), "geprobeerd");
	casus_minimaal(&c);
	c.hulpvraag = "Wie helpt 111222333?";
	assert_string_equal(fout(&c), "hulpvraag");
	casus_minimaal(&c);
	c.knelpunten = kp;
	c.nknelpunten = 2;
	assert_string_equal(fout(&c), "knelpunten[1].omschrijving");
	casus_minimaal(&c);
	c.situatie = "Bel 06-12345678 of 0612345671.";
	assert_string_equal(fout(&c), "");
}

static void
test_validate_codes_and_people(void **state)
{
	struct casus c;
	struct betrokken_organisatie bo = { { 0, NULL, ORGTYPE_GEMEENTE, NULL, DATE_NONE, DATE_NONE }, "rol" };

	(void)state;
	casus_minimaal(&c);
	c.referentie = "PMM-2024-001";
	assert_string_equal(fout(&c), "referentie");
	casus_minimaal(&c);
	c.indiener_type = INDIENER__MAX;
	assert_string_equal(fout(&c), "indienerType");
	casus_minimaal(&c);
	c.maatwerk = 17;
	assert_string_equal(fout(&c), "maatwerk");
	casus_minimaal(&c);
	c.leefgebieden = 1u << LEEFGEBIED__MAX;
	assert_string_equal(fout(&c), "leefgebieden");
	casus_minimaal(&c);
	c.indiener.naam = "Ans de Vries";
	c.indiener.email = "ans.devries";
	assert_string_equal(fout(&c), "indiener.email");
	c.indiener.email = "ans@gemeente.example";
	assert_string_equal(fout(&c), "");
	c.regievoerder.naam = "";
	c.regievoerder.email = "rv@pmm.example";
	assert_string_equal(fout(&c), "regievoerder.naam");
	casus_minimaal(&c);
	c.organisaties = &bo;
	c.norganisaties = 1;
	assert_string_equal(fout(&c), "betrokkenOrganisaties[0].naam");
	bo.organisatie.naam = "SVB";
	assert_string_equal(fout(&c), "");
	casus_minimaal(&c);
	c.urgentie = URGENTIE__MAX;
	assert_string_equal(fout(&c), "urgentie");
}

static void
test_validate_leerpunten(void **state)
{
	struct casus c;
	const char *themas[] = { "repatriering", "" };
	struct belegging bg[2];
	struct leerpunt lp[2];

	(void)state;
	belegging_init(&bg[0]);
	bg[0].bij_pmm = true;
	belegging_init(&bg[1]);
	bg[1].bij = (struct organisatie_ref){ 0, "VWS", ORGTYPE_MINISTERIE, "VWS", DATE_NONE, DATE_NONE };
	bg[1].status = OPVOLGING_OPGEVOLGD;
	bg[1].reden = REDEN_STELSELVRAAGSTUK;
	leerpunt_init(&lp[0]);
	lp[0].omschrijving = "Regels botsen.";
	lp[0].categorie = CATEGORIE_WET_EN_REGELGEVING;
	lp[0].orde = 3;
	leerpunt_init(&lp[1]);
	lp[1].omschrijving = "Afstemming ontbreekt.";
	lp[1].categorie = CATEGORIE_SAMENWERKING;
	lp[1].orde = 2;
	lp[1].beleggingen = bg;
	lp[1].nbeleggingen = 2;
	casus_minimaal(&c);
	sluit(&c, "2024-03-01");
	c.leerpunten = lp;
	c.nleerpunten = 2;
	assert_string_equal(fout(&c), "leerpunten[1].beleggingen[1].reden");
	c.leerpunten[1].beleggingen[1].status = OPVOLGING_GEEN_OPVOLGING;
	assert_string_equal(fout(&c), "");
	c.leerpunten[1].beleggingen[1].reden = REDEN__MAX;
	assert_string_equal(fout(&c), "leerpunten[1].beleggingen[1].reden");
	c.leerpunten[1].beleggingen[1].reden = -1;
	c.leerpunten[1].beleggingen[1].bij.naam = NULL;
	assert_string_equal(fout(&c), "leerpunten[1].beleggingen[1].bij.naam");
	c.leerpunten[1].beleggingen[1].bij.naam = "VWS";
	c.leerpunten[0].orde = 4;
	assert_string_equal(fout(&c), "leerpunten[0].orde");
	c.leerpunten[0].orde = 0;
	assert_string_equal(fout(&c), "leerpunten[0].orde");
	c.leerpunten[0].orde = 1;
	c.leerpunten[1].omschrijving = NULL;
	assert_string_equal(fout(&c), "leerpunten[1].omschrijving");
	c.leerpunten[1].omschrijving = "ok";
	c.leerpunten[1].themas = themas;
	c.leerpunten[1].nthemas = 2;
	assert_string_equal(fout(&c), "leerpunten[1].themas[1]");
	c.leerpunten[1].nthemas = 1;
	assert_string_equal(fout(&c), "");
}

/* ---- lifecycle ---- */

static void
test_transitions(void **state)
{
	/* rows: from, columns: to; order concept, aangemeld, in_behandeling, afgerond */
	static const bool expect[STATUS__MAX][STATUS__MAX] = {
		{ false, true, false, false },
		{ false, false, true, true },
		{ false, true, false, true },
		{ false, false, true, false },
	};

	(void)state;
	for (int f = 0; f < STATUS__MAX; f++)
		for (int t = 0; t < STATUS__MAX; t++)
			assert_int_equal(casus_transition_allowed((enum casus_status)f, (enum casus_status)t), expect[f][t]);
	assert_false(casus_transition_allowed(STATUS__MAX, STATUS_AANGEMELD));
	assert_false(casus_transition_allowed(STATUS_AANGEMELD, STATUS__MAX));
}

/* ---- referentie ---- */

static void
test_referentie_parse(void **state)
{
	static const char *const bad[] = {
		"", "PMM-2024-001", "PMM-2024-00001", "pmm-2024-0001", "PMM-24-0001", "PMM-2024-0000",
		"PMM-2024-0001 ", " PMM-2024-0001", "PMM-2024-0001x", "PMM-2024-1234567", "PMM-0000-0001",
		"PMM-2024--001", "PMM-2024-+001", "PMM_2024_0001", "PMM-2024", "PMM-20240-0001", "PMM-2O24-0001",
	};
	int j = 0, n = 0;

	(void)state;
	assert_true(referentie_parse("PMM-2024-0001", &j, &n));
	assert_int_equal(j, 2024);
	assert_int_equal(n, 1);
	assert_true(referentie_parse("PMM-2025-9999", &j, &n));
	assert_int_equal(n, 9999);
	assert_true(referentie_parse("PMM-2025-10000", &j, &n));
	assert_int_equal(n, 10000);
	assert_true(referentie_parse("PMM-2025-999999", &j, &n));
	assert_int_equal(n, 999999);
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		assert_false(referentie_parse(bad[i], &j, &n));
	assert_false(referentie_parse(NULL, &j, &n));
}

static void
test_referentie_format(void **state)
{
	static const int nummers[] = { 1, 42, 999, 1000, 9999, 10000, 123456, 999999 };
	char out[16];
	int j, n;

	(void)state;
	referentie_format(2024, 1, out);
	assert_string_equal(out, "PMM-2024-0001");
	referentie_format(2024, 12345, out);
	assert_string_equal(out, "PMM-2024-12345");
	for (size_t i = 0; i < sizeof(nummers) / sizeof(nummers[0]); i++) {
		referentie_format(2031, nummers[i], out);
		assert_true(referentie_parse(out, &j, &n));
		assert_int_equal(j, 2031);
		assert_int_equal(n, nummers[i]);
	}
}

/* ---- BSN ---- */

static void
test_bsn_positives(void **state)
{
	static const char *const yes[] = {
		"111222333", "123456782", "BSN 111222333", "bsn:123456782.", "123.456.782", "123 456 782",
		"123-456-782", "111222333 2 kinderen", "Zie 111 222 333 en verder", "(111222333)",
		"bsn111222333", "geboren 2024-01-15 111222333", "eerst 123456789 dan 123456782",
	};

	(void)state;
	for (size_t i = 0; i < sizeof(yes) / sizeof(yes[0]); i++) {
		if (!bsn_detect(yes[i]))
			fail_msg("no BSN found in \"%s\"", yes[i]);
	}
}

static void
test_bsn_negatives(void **state)
{
	static const char *const no[] = {
		"", "geen nummers", "123456789",                       /* fails the elfproef */
		"000000000", "000.000.000",                             /* all zero */
		"0612345678", "06-12345678", "06 1234 5678", "06 12345671", "1112223334", "11122233",
		"+31 6 12345671", "+31612345671",                       /* 612345671 passes the elfproef alone */
		"NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "NL02ABNA0111222333",
		"2024-01-15", "15-01-2024", "01-02-1990 0 kinderen",    /* 010219900 passes the elfproef */
		"6 15-01-2024", "€ 1.234.567,89", "12:34 11 uur", "1234 AB Utrecht", "111.222.3334",
	};

	(void)state;
	assert_false(bsn_detect(NULL));
	for (size_t i = 0; i < sizeof(no) / sizeof(no[0]); i++) {
		if (bsn_detect(no[i]))
			fail_msg("BSN wrongly found in \"%s\"", no[i]);
	}
}

/* ---- complexity ---- */

static void
test_complexiteit(void **state)
{
	struct casus c;
	struct betrokken_organisatie bo[4] = {
		{ { 0, "Gemeente Utrecht", ORGTYPE_GEMEENTE, NULL, DATE_NONE, DATE_NONE }, NULL },
		{ { 0, "SVB", ORGTYPE_LANDELIJKE_PUBLIEKE_DIENSTVERLENER, NULL, DATE_NONE, DATE_NONE }, NULL },
		{ { 0, "Zorg BV", ORGTYPE_ZORGAANBIEDER, NULL, DATE_NONE, DATE_NONE }, NULL },
		{ { 0, "Gemeente Zeist", ORGTYPE_GEMEENTE, NULL, DATE_NONE, DATE_NONE }, NULL },
	};

	(void)state;
	casus_minimaal(&c);
	assert_int_equal(casus_complexiteit(&c), 0);
	c.leefgebieden = 1u << LEEFGEBIED_WONEN;
	c.beleidsterreinen = 1u << BELEIDSTERREIN_VWS;
	assert_int_equal(casus_complexiteit(&c), 0);
	/* The example of docs/complexiteit.md: 2 + 1 + 3 + 1 + 0 = 7. */
	c.leefgebieden = (1u << LEEFGEBIED_FINANCIEN) | (1u << LEEFGEBIED_WONEN) | (1u << LEEFGEBIED_ZORG);
	c.beleidsterreinen = (1u << BELEIDSTERREIN_VWS) | (1u << BELEIDSTERREIN_SZW);
	c.organisaties = bo;
	c.norganisaties = 4;   /* two gemeenten count as one type */
	c.wetten = ((uint64_t)1 << WET_PARTICIPATIEWET) | ((uint64_t)1 << WET_TOESLAGEN);
	c.status = STATUS_AFGEROND;
	c.afgerond_op = c.ontvangen_op + 70;
	assert_int_equal(casus_complexiteit(&c), 7);
	c.buitenlandse_component = true;
	assert_int_equal(casus_complexiteit(&c), 9);
	/* The looptijd does not count: a casus of one day and one of three years score the same. */
	c.afgerond_op = c.ontvangen_op + 1;
	assert_int_equal(casus_complexiteit(&c), 9);
	c.afgerond_op = c.ontvangen_op + 1100;
	assert_int_equal(casus_complexiteit(&c), 9);
	/* Wetten: one point for each after the first, at most three (1 wet 0, 4 wetten 3, 6 wetten 3). */
	casus_minimaal(&c);
	c.wetten = (uint64_t)1 << WET_WLZ;
	assert_int_equal(casus_complexiteit(&c), 0);
	c.wetten |= ((uint64_t)1 << WET_ZVW) | ((uint64_t)1 << WET_BRP) | ((uint64_t)1 << WET_AWB);
	assert_int_equal(casus_complexiteit(&c), 3);
	c.wetten |= ((uint64_t)1 << WET_WMO_2015) | ((uint64_t)1 << WET_ANDERS);
	assert_int_equal(casus_complexiteit(&c), 3);
}

/* The indienerType that follows from an indiener's organisation, the same for the pages and the API. */
static void
test_indiener_type_van(void **state)
{
	(void)state;
	assert_int_equal(indiener_type_van(ORGTYPE_GEMEENTE), INDIENER_GEMEENTE);
	assert_int_equal(indiener_type_van(ORGTYPE_LANDELIJKE_PUBLIEKE_DIENSTVERLENER),
	    INDIENER_LANDELIJKE_PUBLIEKE_DIENSTVERLENER);
	assert_int_equal(indiener_type_van(ORGTYPE_ZORGAANBIEDER), INDIENER_ZORGINSTELLING);
	assert_int_equal(indiener_type_van(ORGTYPE_MINISTERIE), INDIENER_OVERIG);
	assert_int_equal(indiener_type_van(ORGTYPE_LOKET), INDIENER_OVERIG);
	assert_int_equal(indiener_type_van(ORGTYPE_ZORGVERZEKERAAR), INDIENER_OVERIG);
	assert_int_equal(indiener_type_van(ORGTYPE_ZORGKANTOOR), INDIENER_OVERIG);
	assert_int_equal(indiener_type_van(ORGTYPE_WONINGCORPORATIE), INDIENER_OVERIG);
	assert_int_equal(indiener_type_van(ORGTYPE_OVERIG), INDIENER_OVERIG);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_looptijd),
		cmocka_unit_test(test_29_februari),
		cmocka_unit_test(test_default_followup),
		cmocka_unit_test(test_validate_ok),
		cmocka_unit_test(test_validate_dates),
		cmocka_unit_test(test_validate_required_texts),
		cmocka_unit_test(test_validate_bsn_in_free_text),
		cmocka_unit_test(test_validate_codes_and_people),
		cmocka_unit_test(test_validate_leerpunten),
		cmocka_unit_test(test_transitions),
		cmocka_unit_test(test_referentie_parse),
		cmocka_unit_test(test_referentie_format),
		cmocka_unit_test(test_bsn_positives),
		cmocka_unit_test(test_bsn_negatives),
		cmocka_unit_test(test_complexiteit),
		cmocka_unit_test(test_indiener_type_van),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
