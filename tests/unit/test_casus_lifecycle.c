/* test_casus_lifecycle.c - core/casus_lifecycle: the steps of a casus, the events they record, who may set which part. */
#include "harness.h"

#include <string.h>

#include "core/casus_lifecycle.h"
#include "lib/date.h"

static int
d(const char *s)
{
	int days = 0;

	assert_true(date_parse(s, &days));
	return days;
}

#define VANDAAG d("2025-06-15")

/* An open casus, aangemeld, without a regievoerder. */
static void
aangemeld(struct casus *c)
{
	casus_init(c);
	c->ontvangen_op = d("2025-05-01");
	c->hulpvraag = "Wie betaalt de opvang?";
}

static struct persoon_ref
rv(int64_t id, const char *naam)
{
	struct casus c;

	casus_init(&c);
	c.regievoerder.id = id;
	c.regievoerder.naam = naam;
	return c.regievoerder;
}

static void
test_defaults(void **state)
{
	struct casus c;

	(void)state;
	casus_init(&c);
	casus_apply_defaults(&c, VANDAAG);
	assert_int_equal(c.ontvangen_op, VANDAAG);
	c.ontvangen_op = d("2025-01-02");
	casus_apply_defaults(&c, VANDAAG);
	assert_int_equal(c.ontvangen_op, d("2025-01-02"));   /* a date given stays */
}

/* An interventie without a date happened on ontvangenOp; a date given stays. */
static void
test_defaults_interventies(void **state)
{
	struct casus c;
	struct interventie iv[2] = { { INTERVENTIE_EXPERT, DATE_NONE, NULL, false }, { INTERVENTIE_GEZAG, 0, NULL, false } };

	(void)state;
	casus_init(&c);
	iv[1].datum = d("2025-01-20");
	c.interventies = iv;
	c.ninterventies = 2;
	casus_apply_defaults(&c, VANDAAG);   /* not dated yet: today, and so is the undated interventie */
	assert_int_equal(iv[0].datum, VANDAAG);
	assert_int_equal(iv[1].datum, d("2025-01-20"));
	c.ontvangen_op = d("2025-01-02");
	iv[0].datum = DATE_NONE;
	casus_apply_defaults(&c, VANDAAG);
	assert_int_equal(iv[0].datum, d("2025-01-02"));
}

static void
test_indienen(void **state)
{
	struct casus c;
	struct casus_overgang o;
	struct err e = { 0 };

	(void)state;
	/* the indiener's concept: aangemeld, received today whatever the concept said */
	casus_init(&c);
	c.status = STATUS_CONCEPT;
	c.ontvangen_op = d("2025-06-01");
	assert_int_equal(casus_indienen(&c, STATUS_CONCEPT, false, VANDAAG, &o, &e), ERR_OK);
	assert_int_equal(c.status, STATUS_AANGEMELD);
	assert_int_equal(c.ontvangen_op, VANDAAG);
	assert_int_equal(o.gebeurtenis, GEBEURTENIS_INGEDIEND);
	assert_int_equal(o.van, STATUS_CONCEPT);
	assert_int_equal(o.naar, STATUS_AANGEMELD);
	assert_int_equal(o.datum, VANDAAG);
	assert_true(casus_overgang_statuswijziging(&o));
	/* a new one: received today, unless it says when */
	casus_init(&c);
	assert_int_equal(casus_indienen(&c, -1, false, VANDAAG, &o, &e), ERR_OK);
	assert_int_equal(o.van, -1);
	assert_int_equal(c.ontvangen_op, VANDAAG);
	assert_true(casus_overgang_statuswijziging(&o));
	casus_init(&c);
	c.ontvangen_op = d("2025-06-12");
	assert_int_equal(casus_indienen(&c, -1, false, VANDAAG, &o, &e), ERR_OK);
	assert_int_equal(c.ontvangen_op, d("2025-06-12"));
	assert_int_equal(c.status, STATUS_AANGEMELD);
	/* recorded by the Loket: its own ontvangenOp and status stand */
	casus_init(&c);
	c.ontvangen_op = d("2025-06-10");
	c.status = STATUS_AFGEROND;
	c.afgerond_op = d("2025-06-12");
	assert_int_equal(casus_indienen(&c, -1, true, VANDAAG, &o, &e), ERR_OK);
	assert_int_equal(c.status, STATUS_AFGEROND);
	assert_int_equal(c.ontvangen_op, d("2025-06-10"));
	assert_int_equal(o.gebeurtenis, GEBEURTENIS_VASTGELEGD);
	assert_int_equal(o.naar, STATUS_AFGEROND);
	/* ... and without one it is received today */
	casus_init(&c);
	assert_int_equal(casus_indienen(&c, -1, true, VANDAAG, &o, &e), ERR_OK);
	assert_int_equal(c.ontvangen_op, VANDAAG);
	assert_int_equal(c.status, STATUS_AANGEMELD);
	/* a concept is never what the Loket records */
	casus_init(&c);
	c.status = STATUS_CONCEPT;
	assert_int_equal(casus_indienen(&c, -1, true, VANDAAG, &o, &e), ERR_OK);
	assert_int_equal(c.status, STATUS_AANGEMELD);
	/* submitting what is already submitted is not a step */
	aangemeld(&c);
	assert_int_equal(casus_indienen(&c, STATUS_AFGEROND, false, VANDAAG, &o, &e), ERR_VALIDATION);
	assert_string_equal(e.field, "status");
}

static void
test_toewijzen_en_overdragen(void **state)
{
	struct casus c;
	struct casus_overgang o;
	struct err e = { 0 };
	struct persoon_ref rita = rv(7, "Rita Regie"), rik = rv(8, "Rik Regie");

	(void)state;
	aangemeld(&c);
	assert_int_equal(casus_toewijzen(&c, &rita, VANDAAG, &o, &e), ERR_OK);
	assert_int_equal(c.status, STATUS_IN_BEHANDELING);
	assert_int_equal(c.regievoerder.id, 7);
	assert_int_equal(o.gebeurtenis, GEBEURTENIS_TOEGEWEZEN);
	assert_string_equal(o.regievoerder, "Rita Regie");
	assert_true(casus_overgang_statuswijziging(&o));
	assert_int_equal(o.datum, VANDAAG);
	/* in behandeling: it changes hands, a note without a status change */
	assert_int_equal(casus_toewijzen(&c, &rik, VANDAAG, &o, &e), ERR_OK);
	assert_int_equal(c.status, STATUS_IN_BEHANDELING);
	assert_int_equal(c.regievoerder.id, 8);
	assert_int_equal(o.gebeurtenis, GEBEURTENIS_OVERGEDRAGEN);
	assert_false(casus_overgang_statuswijziging(&o));
	/* not on a concept or a closed casus */
	c.status = STATUS_AFGEROND;
	assert_int_equal(casus_toewijzen(&c, &rita, VANDAAG, &o, &e), ERR_CONFLICT);
	c.status = STATUS_CONCEPT;
	assert_int_equal(casus_toewijzen(&c, &rita, VANDAAG, &o, &e), ERR_CONFLICT);
	assert_int_equal(c.regievoerder.id, 8);   /* unchanged when refused */
}

static void
test_vrijgeven(void **state)
{
	struct casus c;
	struct casus_overgang o;
	struct err e = { 0 };
	struct persoon_ref rita = rv(7, "Rita Regie");

	(void)state;
	aangemeld(&c);
	assert_int_equal(casus_vrijgeven(&c, VANDAAG, &o, &e), ERR_OK);
	assert_int_equal(o.gebeurtenis, GEBEURTENIS_GEEN);   /* nothing to release */
	assert_false(casus_overgang_statuswijziging(&o));
	assert_int_equal(casus_toewijzen(&c, &rita, VANDAAG, &o, &e), ERR_OK);
	assert_int_equal(casus_vrijgeven(&c, VANDAAG, &o, &e), ERR_OK);
	assert_int_equal(o.gebeurtenis, GEBEURTENIS_VRIJGEGEVEN);
	assert_int_equal(o.van, STATUS_IN_BEHANDELING);
	assert_int_equal(c.status, STATUS_AANGEMELD);
	assert_null(c.regievoerder.naam);
	assert_int_equal(c.regievoerder.id, 0);
	assert_int_equal(c.regievoerder.organisatie.aangesloten_sinds, DATE_NONE);
	assert_true(casus_overgang_statuswijziging(&o));
	/* an aangemeld casus that still had a regievoerder only loses it */
	c.regievoerder = rita;
	assert_int_equal(casus_vrijgeven(&c, VANDAAG, &o, &e), ERR_OK);
	assert_int_equal(o.gebeurtenis, GEBEURTENIS_VRIJGEGEVEN);
	assert_false(casus_overgang_statuswijziging(&o));
	c.status = STATUS_AFGEROND;
	assert_int_equal(casus_vrijgeven(&c, VANDAAG, &o, &e), ERR_CONFLICT);
}

static void
test_afronden_en_heropenen(void **state)
{
	struct casus c;
	struct casus_overgang o;
	struct err e = { 0 };

	(void)state;
	aangemeld(&c);
	c.status = STATUS_IN_BEHANDELING;
	c.afgerond_op = d("2025-06-10");
	assert_int_equal(casus_afronden(&c, VANDAAG, &o, &e), ERR_OK);
	assert_int_equal(c.status, STATUS_AFGEROND);
	assert_int_equal(c.followup_op, d("2025-09-10"));   /* three months later */
	assert_int_equal(o.gebeurtenis, GEBEURTENIS_AFGEROND);
	assert_int_equal(o.datum, d("2025-06-10"));   /* dated on the closing date, not today */
	assert_int_equal(o.van, STATUS_IN_BEHANDELING);
	/* a follow-up date given stays */
	aangemeld(&c);
	c.afgerond_op = d("2025-06-10");
	c.followup_op = d("2025-07-01");
	assert_int_equal(casus_afronden(&c, VANDAAG, &o, &e), ERR_OK);   /* aangemeld may close directly */
	assert_int_equal(c.followup_op, d("2025-07-01"));
	/* no date: today */
	aangemeld(&c);
	assert_int_equal(casus_afronden(&c, VANDAAG, &o, &e), ERR_OK);
	assert_int_equal(c.afgerond_op, VANDAAG);
	/* a concept cannot be closed */
	aangemeld(&c);
	c.status = STATUS_CONCEPT;
	c.afgerond_op = VANDAAG;
	assert_int_equal(casus_afronden(&c, VANDAAG, &o, &e), ERR_CONFLICT);
	assert_int_equal(c.status, STATUS_CONCEPT);

	/* reopening: the closing date and the follow-up go; the reason travels with the event */
	aangemeld(&c);
	c.afgerond_op = d("2025-06-10");
	assert_int_equal(casus_afronden(&c, VANDAAG, &o, &e), ERR_OK);
	assert_int_equal(casus_heropenen(&c, "Nieuwe vraag", VANDAAG, &o, &e), ERR_OK);
	assert_int_equal(c.status, STATUS_IN_BEHANDELING);
	assert_int_equal(c.afgerond_op, DATE_NONE);
	assert_int_equal(c.followup_op, DATE_NONE);
	assert_int_equal(o.gebeurtenis, GEBEURTENIS_HEROPEND);
	assert_string_equal(o.reden, "Nieuwe vraag");
	assert_int_equal(o.datum, VANDAAG);
	assert_int_equal(casus_heropenen(&c, NULL, VANDAAG, &o, &e), ERR_CONFLICT);   /* not closed */
}

/* The API's PATCH: the status follows from afgerondOp and the regievoerder. */
static void
test_status_volgt(void **state)
{
	struct casus oud, c;
	struct casus_overgang o;
	struct err e = { 0 };

	(void)state;
	aangemeld(&oud);
	c = oud;
	c.hulpvraag = "Een andere vraag";
	assert_int_equal(casus_status_volgt(&c, &oud, VANDAAG, &o, &e), ERR_OK);
	assert_int_equal(o.gebeurtenis, GEBEURTENIS_GEEN);
	assert_int_equal(c.status, STATUS_AANGEMELD);

	c.regievoerder = rv(7, "Rita Regie");
	assert_int_equal(casus_status_volgt(&c, &oud, VANDAAG, &o, &e), ERR_OK);
	assert_int_equal(o.gebeurtenis, GEBEURTENIS_TOEGEWEZEN);
	assert_int_equal(c.status, STATUS_IN_BEHANDELING);

	oud = c;   /* in behandeling bij Rita: the same regievoerder again is no event */
	assert_int_equal(casus_status_volgt(&c, &oud, VANDAAG, &o, &e), ERR_OK);
	assert_int_equal(o.gebeurtenis, GEBEURTENIS_GEEN);
	c.regievoerder = rv(8, "Rik Regie");
	assert_int_equal(casus_status_volgt(&c, &oud, VANDAAG, &o, &e), ERR_OK);
	assert_int_equal(o.gebeurtenis, GEBEURTENIS_OVERGEDRAGEN);
	assert_string_equal(o.regievoerder, "Rik Regie");

	c = oud;
	c.regievoerder = rv(0, NULL);
	assert_int_equal(casus_status_volgt(&c, &oud, VANDAAG, &o, &e), ERR_OK);
	assert_int_equal(o.gebeurtenis, GEBEURTENIS_VRIJGEGEVEN);
	assert_int_equal(c.status, STATUS_AANGEMELD);

	c = oud;
	c.status = STATUS_AANGEMELD;   /* whatever the patch said: the status is derived */
	c.afgerond_op = d("2025-06-14");
	assert_int_equal(casus_status_volgt(&c, &oud, VANDAAG, &o, &e), ERR_OK);
	assert_int_equal(o.gebeurtenis, GEBEURTENIS_AFGEROND);
	assert_int_equal(c.status, STATUS_AFGEROND);
	assert_int_equal(c.followup_op, d("2025-09-14"));
	assert_int_equal(o.datum, d("2025-06-14"));
}

static void
test_followup(void **state)
{
	struct casus_overgang o;
	struct err e = { 0 };

	(void)state;
	assert_int_equal(casus_followup_beantwoorden(STATUS_AFGEROND, FOLLOWUP_DEELS_OPGELOST, VANDAAG, &o, &e), ERR_OK);
	assert_int_equal(o.gebeurtenis, GEBEURTENIS_FOLLOWUP);
	assert_int_equal(o.followup_antwoord, FOLLOWUP_DEELS_OPGELOST);
	assert_false(casus_overgang_statuswijziging(&o));
	assert_int_equal(casus_followup_beantwoorden(STATUS_IN_BEHANDELING, FOLLOWUP_OPGELOST, VANDAAG, &o, &e),
	    ERR_CONFLICT);
	assert_int_equal(casus_followup_beantwoorden(STATUS_AFGEROND, FOLLOWUP__MAX, VANDAAG, &o, &e), ERR_VALIDATION);
	assert_int_equal(casus_followup_beantwoorden(STATUS_AFGEROND, -1, VANDAAG, &o, &e), ERR_VALIDATION);
}

/* Taking an invitation away: a notitie today, monitoring on a closed casus; never the chair of the LET. */
static void
test_deelnemer_verwijderen(void **state)
{
	struct casus_overgang o;
	struct err e = { 0 };

	(void)state;
	assert_int_equal(casus_deelnemer_verwijderen(STATUS_IN_BEHANDELING, "ambassadeur", "Anna", VANDAAG, &o, &e),
	    ERR_OK);
	assert_int_equal(o.gebeurtenis, GEBEURTENIS_DEELNEMER_VERWIJDERD);
	assert_string_equal(o.deelnemer, "Anna");
	assert_int_equal(o.datum, VANDAAG);
	assert_false(o.na_afronding);
	assert_false(casus_overgang_statuswijziging(&o));
	assert_int_equal(casus_deelnemer_verwijderen(STATUS_AFGEROND, "maatwerkprofessional", "Piet", VANDAAG, &o, &e),
	    ERR_OK);
	assert_true(o.na_afronding);
	assert_false(casus_overgang_statuswijziging(&o));
	assert_int_equal(casus_deelnemer_verwijderen(STATUS_IN_BEHANDELING, "let_voorzitter", "Lot", VANDAAG, &o, &e),
	    ERR_CONFLICT);
	assert_string_equal(e.field, "rol");
}

static void
test_activiteit_datum(void **state)
{
	int datum = DATE_NONE;
	struct err e = { 0 };

	(void)state;
	assert_int_equal(casus_activiteit_datum(&datum, VANDAAG, &e), ERR_OK);
	assert_int_equal(datum, VANDAAG);   /* none given: today */
	datum = VANDAAG - 30;
	assert_int_equal(casus_activiteit_datum(&datum, VANDAAG, &e), ERR_OK);
	assert_int_equal(datum, VANDAAG - 30);
	datum = VANDAAG + 1;
	assert_int_equal(casus_activiteit_datum(&datum, VANDAAG, &e), ERR_VALIDATION);
	assert_string_equal(e.field, "datum");
	assert_string_equal(e.msg, "De datum mag niet in de toekomst liggen.");
}

/* The one list of fields per role. */
static void
test_veld_recht(void **state)
{
	struct actor regie = { .gebruiker_id = 1, .roles = ROL_BIT(ROL_REGIEVOERDER) };
	struct actor indiener = { .gebruiker_id = 2, .roles = ROL_BIT(ROL_INDIENER), .persoon_id = 5 };
	static const char *const regiedeel[] = { "regievoerder", "afgerondOp", "resultaat", "interventies", "maatwerk",
		"leerpunten", "followUpOp" };
	static const char *const vrij[] = { "hulpvraag", "situatie", "geprobeerd", "leefgebieden", "beleidsterreinen",
		"urgentie", "betrokkenOrganisaties", "status", "indienerType", "buitenlandseComponent" };

	(void)state;
	for (size_t i = 0; i < sizeof(regiedeel) / sizeof(regiedeel[0]); i++)
		for (int f = FASE_NIEUW; f <= FASE_INGEDIEND; f++) {
			assert_int_equal(casus_veld_recht(&regie, (enum casus_fase)f, regiedeel[i]), VELD_MAG);
			assert_int_equal(casus_veld_recht(&indiener, (enum casus_fase)f, regiedeel[i]), VELD_ALLEEN_REGIE);
		}
	for (size_t i = 0; i < sizeof(vrij) / sizeof(vrij[0]); i++)
		for (int f = FASE_NIEUW; f <= FASE_INGEDIEND; f++)
			assert_int_equal(casus_veld_recht(&indiener, (enum casus_fase)f, vrij[i]), VELD_MAG);
	/* the LET flag follows from the escalaties; escalaties and overbruggingen have their own endpoints */
	for (int f = FASE_NIEUW; f <= FASE_INGEDIEND; f++) {
		assert_int_equal(casus_veld_recht(&regie, (enum casus_fase)f, "letEscalatie"), VELD_AFGELEID);
		assert_int_equal(casus_veld_recht(&indiener, (enum casus_fase)f, "letEscalatie"), VELD_AFGELEID);
		assert_int_equal(casus_veld_recht(&regie, (enum casus_fase)f, "escalaties"), VELD_AFGELEID);
		assert_int_equal(casus_veld_recht(&regie, (enum casus_fase)f, "overbruggingen"), VELD_AFGELEID);
	}
	/* knelpunten and procesregie: the indiener's own concept only */
	assert_int_equal(casus_veld_recht(&indiener, FASE_NIEUW, "knelpunten"), VELD_ALLEEN_REGIE);
	assert_int_equal(casus_veld_recht(&indiener, FASE_CONCEPT, "knelpunten"), VELD_MAG);
	assert_int_equal(casus_veld_recht(&indiener, FASE_CONCEPT, "procesregie"), VELD_MAG);
	assert_int_equal(casus_veld_recht(&indiener, FASE_INGEDIEND, "procesregie"), VELD_ALLEEN_REGIE);
	assert_int_equal(casus_veld_recht(&regie, FASE_INGEDIEND, "knelpunten"), VELD_MAG);
	/* who submitted it and when: given at the start, then the Loket's */
	assert_int_equal(casus_veld_recht(&indiener, FASE_NIEUW, "ontvangenOp"), VELD_MAG);
	assert_int_equal(casus_veld_recht(&indiener, FASE_INGEDIEND, "ontvangenOp"), VELD_ALLEEN_REGIE);
	assert_int_equal(casus_veld_recht(&indiener, FASE_INGEDIEND, "indiener"), VELD_ALLEEN_REGIE);
	assert_int_equal(casus_veld_recht(&regie, FASE_INGEDIEND, "indiener"), VELD_MAG);
	/* what doorbraak assigns */
	assert_int_equal(casus_veld_recht(&regie, FASE_NIEUW, "id"), VELD_SYSTEEM);
	assert_int_equal(casus_veld_recht(&regie, FASE_NIEUW, "referentie"), VELD_MAG);   /* as in an import */
	assert_int_equal(casus_veld_recht(&indiener, FASE_NIEUW, "referentie"), VELD_ALLEEN_REGIE);
	assert_int_equal(casus_veld_recht(&regie, FASE_INGEDIEND, "referentie"), VELD_SYSTEEM);
	/* the follow-up answer: only as an answer, once the casus exists */
	assert_int_equal(casus_veld_recht(&regie, FASE_NIEUW, "followUpAntwoord"), VELD_MAG);
	assert_int_equal(casus_veld_recht(&indiener, FASE_NIEUW, "followUpToelichting"), VELD_ALLEEN_REGIE);
	assert_int_equal(casus_veld_recht(&regie, FASE_INGEDIEND, "followUpAntwoord"), VELD_VIA_FOLLOWUP);
	assert_int_equal(casus_veld_recht(&indiener, FASE_INGEDIEND, "followUpToelichting"), VELD_VIA_FOLLOWUP);
	assert_int_equal(casus_fase_van(STATUS_CONCEPT), FASE_CONCEPT);
	assert_int_equal(casus_fase_van(STATUS_AANGEMELD), FASE_INGEDIEND);
	assert_int_equal(casus_fase_van(STATUS_AFGEROND), FASE_INGEDIEND);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_defaults),
		cmocka_unit_test(test_defaults_interventies),
		cmocka_unit_test(test_indienen),
		cmocka_unit_test(test_toewijzen_en_overdragen),
		cmocka_unit_test(test_vrijgeven),
		cmocka_unit_test(test_afronden_en_heropenen),
		cmocka_unit_test(test_status_volgt),
		cmocka_unit_test(test_followup),
		cmocka_unit_test(test_deelnemer_verwijderen),
		cmocka_unit_test(test_activiteit_datum),
		cmocka_unit_test(test_veld_recht),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
