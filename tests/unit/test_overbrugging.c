/* test_overbrugging.c - src/core/overbrugging: every step in every status, the request check, decision, settlement, deadlines. */
#include "harness.h"

#include <stdbool.h>
#include <string.h>

#include "core/bedrag.h"
#include "core/overbrugging.h"
#include "lib/date.h"

static int
d(const char *s)
{
	int v = DATE_NONE;

	assert_true(date_parse(s, &v));
	return v;
}

enum { AV = OVERBRUGGING_AANGEVRAAGD, VF = OVERBRUGGING_VOORGEFINANCIERD, BS = OVERBRUGGING_BESLOTEN,
	VR = OVERBRUGGING_VERREKEND, IT = OVERBRUGGING_INGETROKKEN, NO = -1 };

static void
test_stap_table(void **state)
{
	/* by hand from the picture in overbrugging.h */
	static const int want[OVERBRUGGING__MAX][OVERBRUGGING_STAP__MAX] = {
		/*       BEWERK VOORFIN BESLUIT VERREK INTREK */
		[AV] = { AV,    VF,     BS,     NO,    IT },
		[VF] = { VF,    NO,     BS,     NO,    IT },
		[BS] = { NO,    NO,     NO,     VR,    NO },
		[VR] = { NO,    NO,     NO,     NO,    NO },
		[IT] = { NO,    NO,     NO,     NO,    NO },
	};
	static const bool overgang[OVERBRUGGING__MAX][OVERBRUGGING__MAX] = {
		/*        AV     VF     BS     VR     IT */
		[AV] = { false, true,  true,  false, true },
		[VF] = { false, false, true,  false, true },
		[BS] = { false, false, false, true,  false },
		[VR] = { false, false, false, false, false },
		[IT] = { false, false, false, false, false },
	};
	(void)state;
	for (int s = 0; s < OVERBRUGGING__MAX; s++) {
		for (int t = 0; t < OVERBRUGGING_STAP__MAX; t++) {
			struct overbrugging o;
			struct err e = { 0 };

			if (overbrugging_na_stap((enum overbrugging_status)s, (enum overbrugging_stap)t) != want[s][t])
				fail_msg("%s + step %d", codes_overbrugging_status.codes[s], t);
			overbrugging_init(&o);
			o.status = (enum overbrugging_status)s;
			assert_int_equal(overbrugging_stap_check(&o, (enum overbrugging_stap)t, &e),
			    want[s][t] == NO ? ERR_CONFLICT : ERR_OK);
			if (want[s][t] == NO) {
				assert_string_equal(e.field, "status");
				assert_true(strlen(e.msg) > 10);
			}
		}
		for (int n = 0; n < OVERBRUGGING__MAX; n++)
			if (overbrugging_overgang_toegestaan((enum overbrugging_status)s, (enum overbrugging_status)n) !=
			    overgang[s][n])
				fail_msg("%s -> %s", codes_overbrugging_status.codes[s], codes_overbrugging_status.codes[n]);
	}
	assert_int_equal(overbrugging_na_stap(OVERBRUGGING__MAX, OVERBRUGGING_STAP_BEWERKEN), -1);
	assert_int_equal(overbrugging_na_stap(OVERBRUGGING_AANGEVRAAGD, OVERBRUGGING_STAP__MAX), -1);
}

static void
test_codes(void **state)
{
	const struct codelist *lists[] = { &codes_overbrugging_status, &codes_regeling, &codes_standpunt };

	(void)state;
	for (size_t l = 0; l < 3; l++)
		for (int i = 0; i < lists[l]->n; i++) {
			assert_non_null(lists[l]->codes[i]);
			assert_non_null(lists[l]->labels[i]);
			assert_int_equal(codelist_find(lists[l], lists[l]->codes[i]), i);
		}
}

/* ---- a request ---------------------------------------------------------------------------- */

static struct organisatie_ref
org(const char *naam, enum organisatie_type type)
{
	struct organisatie_ref o = { .naam = naam, .type = type, .aangesloten_sinds = DATE_NONE,
		.aangesloten_tot = DATE_NONE };
	return o;
}

static struct overbrugging_kandidaat kand[2];

static void
aanvraag(struct overbrugging *o)
{
	overbrugging_init(o);
	kand[0] = (struct overbrugging_kandidaat){ .organisatie = org("Gemeente Diensthoven", ORGTYPE_GEMEENTE),
		.standpunt = STANDPUNT_BETWIST, .toelichting = "De cliënt woonde er niet toen de zorg begon." };
	kand[1] = (struct overbrugging_kandidaat){ .organisatie = org("Gemeente Ravenswaard", ORGTYPE_GEMEENTE),
		.standpunt = STANDPUNT_DEELS };
	o->wat = "Een plek in beschermd wonen, voor de periode waarin de gemeenten het oneens zijn";
	o->regelingen = 1u << REGELING_WMO;
	o->geschat_bedrag = 1850000;   /* € 18.500,00 */
	o->periode_van = d("2025-02-01");
	o->periode_tot = d("2025-07-31");
	o->kandidaten = kand;
	o->nkandidaten = 2;
	o->aangevraagd_op = d("2025-04-15");
}

static void
expect(enum err_code got, struct err *e, enum err_code want, const char *field)
{
	assert_int_equal(got, want);
	assert_string_equal(e->field, field);
	assert_true(e->msg[0] != '\0');
}

static void
test_aanvraag_check(void **state)
{
	struct overbrugging o;
	struct err e = { 0 };
	int ontvangen = d("2025-03-01"), vandaag = d("2025-04-15");

	(void)state;
	aanvraag(&o);
	assert_int_equal(overbrugging_aanvraag_check(&o, ontvangen, vandaag, &e), ERR_OK);
	o.geschat_bedrag = BEDRAG_GEEN;   /* not estimated yet: fine */
	o.periode_tot = DATE_NONE;        /* open-ended: fine */
	o.regelingen = 0;
	assert_int_equal(overbrugging_aanvraag_check(&o, ontvangen, vandaag, &e), ERR_OK);

	aanvraag(&o);
	o.wat = "";
	expect(overbrugging_aanvraag_check(&o, ontvangen, vandaag, &e), &e, ERR_VALIDATION, "wat");
	aanvraag(&o);
	o.geschat_bedrag = -100;
	expect(overbrugging_aanvraag_check(&o, ontvangen, vandaag, &e), &e, ERR_VALIDATION, "geschatBedrag");
	aanvraag(&o);
	o.geschat_bedrag = BEDRAG_MAX + 1;   /* over € 100 miljoen */
	expect(overbrugging_aanvraag_check(&o, ontvangen, vandaag, &e), &e, ERR_VALIDATION, "geschatBedrag");
	aanvraag(&o);
	o.periode_tot = d("2025-01-31");     /* ends before it starts */
	expect(overbrugging_aanvraag_check(&o, ontvangen, vandaag, &e), &e, ERR_VALIDATION, "periodeTot");
	assert_non_null(strstr(e.msg, "eindigt voordat"));
	aanvraag(&o);
	o.periode_tot = o.periode_van;       /* one day is a period */
	assert_int_equal(overbrugging_aanvraag_check(&o, ontvangen, vandaag, &e), ERR_OK);
	aanvraag(&o);
	o.regelingen = 1u << REGELING__MAX;
	expect(overbrugging_aanvraag_check(&o, ontvangen, vandaag, &e), &e, ERR_VALIDATION, "regelingen");
	aanvraag(&o);
	o.termijn_werkdagen = 0;
	expect(overbrugging_aanvraag_check(&o, ontvangen, vandaag, &e), &e, ERR_VALIDATION, "termijnWerkdagen");
	o.termijn_werkdagen = OVERBRUGGING_TERMIJN_MAX + 1;
	expect(overbrugging_aanvraag_check(&o, ontvangen, vandaag, &e), &e, ERR_VALIDATION, "termijnWerkdagen");
	aanvraag(&o);
	o.nkandidaten = 0;
	expect(overbrugging_aanvraag_check(&o, ontvangen, vandaag, &e), &e, ERR_VALIDATION, "kandidaten");
	aanvraag(&o);
	kand[1].organisatie = org("GEMEENTE DIENSTHOVEN", ORGTYPE_GEMEENTE);
	expect(overbrugging_aanvraag_check(&o, ontvangen, vandaag, &e), &e, ERR_VALIDATION, "kandidaten");
	aanvraag(&o);
	kand[1].standpunt = STANDPUNT__MAX;
	expect(overbrugging_aanvraag_check(&o, ontvangen, vandaag, &e), &e, ERR_VALIDATION, "kandidaten");
	aanvraag(&o);
	o.aangevraagd_op = d("2025-04-16");
	expect(overbrugging_aanvraag_check(&o, ontvangen, vandaag, &e), &e, ERR_VALIDATION, "aangevraagdOp");
	aanvraag(&o);
	o.aangevraagd_op = d("2025-02-28");
	expect(overbrugging_aanvraag_check(&o, ontvangen, vandaag, &e), &e, ERR_VALIDATION, "aangevraagdOp");
}

static void
assert_unchanged(const struct overbrugging *a, const struct overbrugging *b)
{
	assert_int_equal(a->status, b->status);
	assert_ptr_equal(a->voorfinancier.naam, b->voorfinancier.naam);
	assert_int_equal(a->voorgefinancierd_bedrag, b->voorgefinancierd_bedrag);
	assert_int_equal(a->voorgefinancierd_op, b->voorgefinancierd_op);
	assert_ptr_equal(a->betaler.naam, b->betaler.naam);
	assert_ptr_equal(a->grondslag, b->grondslag);
	assert_int_equal(a->besloten_op, b->besloten_op);
	assert_int_equal(a->verrekend_bedrag, b->verrekend_bedrag);
	assert_int_equal(a->verrekend_op, b->verrekend_op);
	assert_int_equal(a->ingetrokken_op, b->ingetrokken_op);
}

static void
test_volledige_weg(void **state)
{
	struct overbrugging o, voor;
	struct err e = { 0 };
	struct organisatie_ref zorg = org("Zorgkantoor Midden", ORGTYPE_ZORGKANTOOR);
	struct organisatie_ref dienst = org("Gemeente Diensthoven", ORGTYPE_GEMEENTE);
	struct organisatie_ref geen = org(NULL, ORGTYPE_OVERIG);
	int vandaag = d("2025-05-20");

	(void)state;
	aanvraag(&o);
	/* pre-financing: organisation, an amount above 0 and in range, a date */
	voor = o;
	expect(overbrugging_voorfinancieren(&o, &geen, 100, d("2025-04-16"), vandaag, &e), &e, ERR_VALIDATION,
	    "voorfinancier");
	expect(overbrugging_voorfinancieren(&o, &zorg, -5, d("2025-04-16"), vandaag, &e), &e, ERR_VALIDATION,
	    "bedrag");
	expect(overbrugging_voorfinancieren(&o, &zorg, 0, d("2025-04-16"), vandaag, &e), &e, ERR_VALIDATION, "bedrag");
	expect(overbrugging_voorfinancieren(&o, &zorg, BEDRAG_MAX + 1, d("2025-04-16"), vandaag, &e), &e,
	    ERR_VALIDATION, "bedrag");
	expect(overbrugging_voorfinancieren(&o, &zorg, 600000, d("2025-04-14"), vandaag, &e), &e, ERR_VALIDATION,
	    "datum");
	expect(overbrugging_voorfinancieren(&o, &zorg, 600000, d("2025-05-21"), vandaag, &e), &e, ERR_VALIDATION,
	    "datum");
	/* settling before a decision is a refused transition */
	expect(overbrugging_verrekenen(&o, 100, vandaag, vandaag, &e), &e, ERR_CONFLICT, "status");
	assert_unchanged(&o, &voor);
	assert_int_equal(overbrugging_voorfinancieren(&o, &zorg, 600000, d("2025-04-16"), vandaag, &e), ERR_OK);
	assert_int_equal(o.status, VF);
	assert_int_equal(overbrugging_openstaand(&o), 600000);   /* out of pocket until decided */
	/* twice is refused */
	expect(overbrugging_voorfinancieren(&o, &zorg, 1, d("2025-04-16"), vandaag, &e), &e, ERR_CONFLICT, "status");

	/* the decision: a payer among the candidates, a grondslag */
	voor = o;
	expect(overbrugging_besluiten(&o, NULL, "Wmo 2015 art. 1.1.1", d("2025-04-28"), vandaag, &e), &e,
	    ERR_VALIDATION, "betaler");
	expect(overbrugging_besluiten(&o, &geen, "Wmo 2015 art. 1.1.1", d("2025-04-28"), vandaag, &e), &e,
	    ERR_VALIDATION, "betaler");
	assert_non_null(strstr(e.msg, "zonder betaler"));
	expect(overbrugging_besluiten(&o, &zorg, "x", d("2025-04-28"), vandaag, &e), &e, ERR_VALIDATION, "betaler");
	expect(overbrugging_besluiten(&o, &dienst, "  ", d("2025-04-28"), vandaag, &e), &e, ERR_VALIDATION,
	    "grondslag");
	expect(overbrugging_besluiten(&o, &dienst, "x", d("2025-04-15"), vandaag, &e), &e, ERR_VALIDATION, "datum");
	assert_unchanged(&o, &voor);
	assert_int_equal(overbrugging_besluiten(&o, &dienst, "Woonplaatsbeginsel Wmo 2015, art. 1.1.1",
	    d("2025-04-28"), vandaag, &e), ERR_OK);
	assert_int_equal(o.status, BS);
	assert_true(overbrugging_te_verrekenen(&o));
	/* 15 April (Tuesday) to 28 April: Goede Vrijdag, Tweede Paasdag and Koningsdag (a Saturday) lie between */
	assert_int_equal(overbrugging_werkdagen_tot_besluit(&o), 7);
	/* editing the request after the decision is refused */
	expect(overbrugging_stap_check(&o, OVERBRUGGING_STAP_BEWERKEN, &e), &e, ERR_CONFLICT, "status");
	expect(overbrugging_intrekken(&o, "x", vandaag, vandaag, &e), &e, ERR_CONFLICT, "status");

	/* the settlement: not more than was pre-financed */
	voor = o;
	expect(overbrugging_verrekenen(&o, 600001, vandaag, vandaag, &e), &e, ERR_VALIDATION, "bedrag");
	assert_non_null(strstr(e.msg, "niet meer"));
	expect(overbrugging_verrekenen(&o, BEDRAG_GEEN, vandaag, vandaag, &e), &e, ERR_VALIDATION, "bedrag");
	expect(overbrugging_verrekenen(&o, 600000, d("2025-04-27"), vandaag, &e), &e, ERR_VALIDATION, "datum");
	assert_unchanged(&o, &voor);
	assert_int_equal(overbrugging_verrekenen(&o, 550000, vandaag, vandaag, &e), ERR_OK);
	assert_int_equal(o.status, VR);
	assert_int_equal(overbrugging_openstaand(&o), 50000);   /* € 500 stays with the zorgkantoor */
	/* settled is final */
	voor = o;
	expect(overbrugging_verrekenen(&o, 1, vandaag, vandaag, &e), &e, ERR_CONFLICT, "status");
	expect(overbrugging_stap_check(&o, OVERBRUGGING_STAP_BEWERKEN, &e), &e, ERR_CONFLICT, "status");
	assert_non_null(strstr(e.msg, "verrekend"));
	assert_unchanged(&o, &voor);
}

static void
test_zonder_voorfinanciering(void **state)
{
	struct overbrugging o;
	struct err e = { 0 };
	struct organisatie_ref dienst = org("gemeente diensthoven", ORGTYPE_GEMEENTE);   /* names match case-blind */
	int vandaag = d("2025-05-20");

	(void)state;
	aanvraag(&o);
	assert_int_equal(overbrugging_besluiten(&o, &dienst, "Afspraak tussen de gemeenten", d("2025-04-16"),
	    vandaag, &e), ERR_OK);
	assert_int_equal(overbrugging_werkdagen_tot_besluit(&o), 1);
	assert_false(overbrugging_te_verrekenen(&o));
	assert_int_equal(overbrugging_openstaand(&o), 0);
	/* nothing to settle: 409, stays besloten */
	expect(overbrugging_verrekenen(&o, 0, vandaag, vandaag, &e), &e, ERR_CONFLICT, "status");
	assert_int_equal(o.status, BS);

	/* the payer pre-financed itself: its own pocket, nothing to settle either */
	aanvraag(&o);
	assert_int_equal(overbrugging_voorfinancieren(&o, &kand[0].organisatie, 1000, d("2025-04-15"), vandaag, &e),
	    ERR_OK);
	assert_int_equal(overbrugging_besluiten(&o, &dienst, "x", d("2025-04-17"), vandaag, &e), ERR_OK);
	assert_false(overbrugging_te_verrekenen(&o));
	assert_int_equal(overbrugging_openstaand(&o), 0);
	expect(overbrugging_verrekenen(&o, 1000, vandaag, vandaag, &e), &e, ERR_CONFLICT, "status");
}

static void
test_intrekken(void **state)
{
	struct overbrugging o;
	struct err e = { 0 };
	struct organisatie_ref zorg = org("Zorgkantoor Midden", ORGTYPE_ZORGKANTOOR);
	int vandaag = d("2025-05-20");

	(void)state;
	aanvraag(&o);
	expect(overbrugging_intrekken(&o, "", vandaag, vandaag, &e), &e, ERR_VALIDATION, "reden");
	assert_int_equal(o.status, AV);
	assert_int_equal(overbrugging_voorfinancieren(&o, &zorg, 250050, d("2025-04-16"), vandaag, &e), ERR_OK);
	expect(overbrugging_intrekken(&o, "x", d("2025-04-15"), vandaag, &e), &e, ERR_VALIDATION, "datum");
	assert_int_equal(overbrugging_intrekken(&o, "De cliënt verhuisde; de nieuwe gemeente betaalt.", vandaag,
	    vandaag, &e), ERR_OK);
	assert_int_equal(o.status, IT);
	assert_int_equal(overbrugging_openstaand(&o), 250050);   /* pre-financed and never settled: wrong pocket */
	/* editing a withdrawn request: 409 */
	expect(overbrugging_stap_check(&o, OVERBRUGGING_STAP_BEWERKEN, &e), &e, ERR_CONFLICT, "status");
	assert_non_null(strstr(e.msg, "ingetrokken"));
	expect(overbrugging_besluiten(&o, &kand[0].organisatie, "x", vandaag, vandaag, &e), &e, ERR_CONFLICT, "status");
}

static void
test_beslistermijn(void **state)
{
	struct overbrugging o;
	struct err e = { 0 };

	(void)state;
	aanvraag(&o);   /* Tuesday 15 April 2025: ten working days later is 1 May (see test_werkdag) */
	assert_int_equal(overbrugging_beslistermijn(&o), d("2025-05-01"));
	assert_false(overbrugging_te_laat(&o, d("2025-05-01")));   /* on the last day: in time */
	assert_true(overbrugging_te_laat(&o, d("2025-05-02")));
	o.status = OVERBRUGGING_VOORGEFINANCIERD;                 /* pre-financed, still undecided: late */
	assert_true(overbrugging_te_laat(&o, d("2025-05-02")));
	o.termijn_werkdagen = 15;
	assert_int_equal(overbrugging_beslistermijn(&o), d("2025-05-09"));   /* 5 May is Bevrijdingsdag */
	assert_false(overbrugging_te_laat(&o, d("2025-05-09")));
	o.status = OVERBRUGGING_BESLOTEN;
	assert_false(overbrugging_te_laat(&o, d("2026-01-01")));
	o.status = OVERBRUGGING_INGETROKKEN;
	assert_false(overbrugging_te_laat(&o, d("2026-01-01")));
	o.aangevraagd_op = DATE_NONE;
	assert_int_equal(overbrugging_beslistermijn(&o), DATE_NONE);
	assert_int_equal(overbrugging_werkdagen_tot_besluit(&o), -1);
	(void)e;
}

static void
test_perm(void **state)
{
	struct actor regie = { .gebruiker_id = 1, .roles = ROL_BIT(ROL_REGIEVOERDER) };
	struct actor vz = { .gebruiker_id = 2, .roles = ROL_BIT(ROL_LET_VOORZITTER) };
	struct actor ind = { .gebruiker_id = 3, .roles = ROL_BIT(ROL_INDIENER) };

	(void)state;
	assert_true(perm_overbrugging_bijwerken(&regie));
	assert_false(perm_overbrugging_bijwerken(&vz));
	assert_false(perm_overbrugging_bijwerken(&ind));
	assert_false(perm_overbrugging_bijwerken(NULL));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_stap_table),
		cmocka_unit_test(test_codes),
		cmocka_unit_test(test_aanvraag_check),
		cmocka_unit_test(test_volledige_weg),
		cmocka_unit_test(test_zonder_voorfinanciering),
		cmocka_unit_test(test_intrekken),
		cmocka_unit_test(test_beslistermijn),
		cmocka_unit_test(test_perm),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
