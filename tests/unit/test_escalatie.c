/* test_escalatie.c - src/core/escalatie: every step in every status, the checks of requests, meetings and afspraken. */
#include "harness.h"

#include <stdbool.h>
#include <string.h>

#include "core/escalatie.h"
#include "lib/date.h"

static int
d(const char *s)
{
	int v = DATE_NONE;

	assert_true(date_parse(s, &v));
	return v;
}

enum { AV = ESCALATIE_AANGEVRAAGD, VI = ESCALATIE_VOORZITTER_INGESCHAKELD, BG = ESCALATIE_BIJEENKOMST_GEPLAND,
	AM = ESCALATIE_AFSPRAKEN_GEMAAKT, AF = ESCALATIE_AFGEROND, AL = ESCALATIE_ALLEEN_VOORZITTER,
	IT = ESCALATIE_INGETROKKEN, NO = -1 };

/* Written out by hand from the picture in escalatie.h: the status after each step, or NO. */
static const int want_stap[ESCALATIE__MAX][ESCALATIE_STAP__MAX] = {
	/*       VOORZ BIJEEN AFSPR OPVOLG BEWERK AFROND ALLEEN INTREK */
	[AV] = { VI,   NO,    NO,   NO,    AV,    NO,    NO,    IT },
	[VI] = { VI,   BG,    NO,   NO,    VI,    NO,    AL,    IT },
	[BG] = { BG,   BG,    AM,   NO,    BG,    NO,    AL,    IT },
	[AM] = { AM,   AM,    AM,   AM,    AM,    AF,    NO,    NO },
	[AF] = { NO,   NO,    NO,   NO,    NO,    NO,    NO,    NO },
	[AL] = { NO,   NO,    NO,   NO,    NO,    NO,    NO,    NO },
	[IT] = { NO,   NO,    NO,   NO,    NO,    NO,    NO,    NO },
};

static void
test_stap_table(void **state)
{
	(void)state;
	for (int s = 0; s < ESCALATIE__MAX; s++)
		for (int t = 0; t < ESCALATIE_STAP__MAX; t++) {
			struct escalatie e;
			struct err err = { 0 };
			int got = escalatie_na_stap((enum escalatie_status)s, (enum escalatie_stap)t);

			if (got != want_stap[s][t])
				fail_msg("%s + step %d: got %d, want %d", codes_escalatie_status.codes[s], t, got,
				    want_stap[s][t]);
			escalatie_init(&e);
			e.status = (enum escalatie_status)s;
			if (want_stap[s][t] == NO) {
				assert_int_equal(escalatie_stap_check(&e, (enum escalatie_stap)t, &err), ERR_CONFLICT);
				assert_string_equal(err.field, "status");
				assert_true(strlen(err.msg) > 10);
			} else {
				assert_int_equal(escalatie_stap_check(&e, (enum escalatie_stap)t, &err), ERR_OK);
			}
		}
	/* out of range is refused, never an index */
	assert_int_equal(escalatie_na_stap(ESCALATIE__MAX, ESCALATIE_STAP_BEWERKEN), -1);
	assert_int_equal(escalatie_na_stap(ESCALATIE_AANGEVRAAGD, ESCALATIE_STAP__MAX), -1);
}

static void
test_overgangen(void **state)
{
	/* every status pair: allowed exactly when some step leads there */
	static const bool want[ESCALATIE__MAX][ESCALATIE__MAX] = {
		/*        AV     VI     BG     AM     AF     AL     IT */
		[AV] = { false, true,  false, false, false, false, true },
		[VI] = { false, false, true,  false, false, true,  true },
		[BG] = { false, false, false, true,  false, true,  true },
		[AM] = { false, false, false, false, true,  false, false },
		[AF] = { false, false, false, false, false, false, false },
		[AL] = { false, false, false, false, false, false, false },
		[IT] = { false, false, false, false, false, false, false },
	};
	(void)state;
	for (int a = 0; a < ESCALATIE__MAX; a++)
		for (int b = 0; b < ESCALATIE__MAX; b++)
			if (escalatie_overgang_toegestaan((enum escalatie_status)a, (enum escalatie_status)b) != want[a][b])
				fail_msg("%s -> %s", codes_escalatie_status.codes[a], codes_escalatie_status.codes[b]);
	for (int s = 0; s < ESCALATIE__MAX; s++) {
		assert_int_equal(escalatie_is_afgesloten((enum escalatie_status)s), s == AF || s == AL || s == IT);
		assert_int_equal(escalatie_let_bijeengekomen((enum escalatie_status)s), s == AM || s == AF);
	}
}

static void
test_codes(void **state)
{
	const struct codelist *lists[] = { &codes_escalatie_status, &codes_escalatie_uitkomst, &codes_afspraak_status };

	(void)state;
	for (size_t l = 0; l < 3; l++)
		for (int i = 0; i < lists[l]->n; i++) {
			assert_non_null(lists[l]->codes[i]);
			assert_non_null(lists[l]->labels[i]);
			assert_int_equal(codelist_find(lists[l], lists[l]->codes[i]), i);
		}
	assert_int_equal(codelist_find(&codes_escalatie_status, "alleen_voorzitter"), AL);
}

/* ---- the request ---------------------------------------------------------------------- */

static struct organisatie_ref
org(const char *naam, enum organisatie_type type, int64_t id)
{
	struct organisatie_ref o = { .id = id, .naam = naam, .type = type, .aangesloten_sinds = DATE_NONE,
		.aangesloten_tot = DATE_NONE };
	return o;
}

static struct organisatie_ref orgs[3];

static void
aanvraag(struct escalatie *e)
{
	escalatie_init(e);
	orgs[0] = org("Gemeente Horstwijk", ORGTYPE_GEMEENTE, 0);
	orgs[1] = org("Ministerie van Buitenlandse Zaken", ORGTYPE_MINISTERIE, 0);
	orgs[2] = org("Woonstichting De Kade", ORGTYPE_WONINGCORPORATIE, 0);
	e->reden = "Een gezin zit al een jaar in twee hotelkamers; geen partij voelt zich verantwoordelijk.";
	e->gevraagd_besluit = "Wie zorgt voor een woning, en onder welke voorwaarden?";
	e->organisaties = orgs;
	e->norganisaties = 3;
	e->aangevraagd_op = d("2025-03-10");
}

static void
expect(enum err_code got, struct err *err, enum err_code want, const char *field)
{
	assert_int_equal(got, want);
	assert_string_equal(err->field, field);
	assert_true(err->msg[0] != '\0');
}

static void
test_aanvraag_check(void **state)
{
	struct escalatie e;
	struct err err = { 0 };
	int ontvangen = d("2025-01-06"), vandaag = d("2025-03-10");

	(void)state;
	aanvraag(&e);
	assert_int_equal(escalatie_aanvraag_check(&e, ontvangen, vandaag, &err), ERR_OK);

	aanvraag(&e);
	e.reden = "   ";
	expect(escalatie_aanvraag_check(&e, ontvangen, vandaag, &err), &err, ERR_VALIDATION, "reden");
	aanvraag(&e);
	e.gevraagd_besluit = NULL;
	expect(escalatie_aanvraag_check(&e, ontvangen, vandaag, &err), &err, ERR_VALIDATION, "gevraagdBesluit");
	aanvraag(&e);
	e.geprobeerd = "Gebeld met 123456782 en verder niets";   /* a BSN (passes the elfproef) */
	expect(escalatie_aanvraag_check(&e, ontvangen, vandaag, &err), &err, ERR_VALIDATION, "geprobeerd");
	aanvraag(&e);
	e.norganisaties = 0;
	expect(escalatie_aanvraag_check(&e, ontvangen, vandaag, &err), &err, ERR_VALIDATION, "organisaties");
	aanvraag(&e);
	orgs[2] = org("gemeente horstwijk", ORGTYPE_GEMEENTE, 0);   /* the same organisation twice */
	expect(escalatie_aanvraag_check(&e, ontvangen, vandaag, &err), &err, ERR_VALIDATION, "organisaties");
	aanvraag(&e);
	orgs[1] = org(NULL, ORGTYPE_MINISTERIE, 0);
	expect(escalatie_aanvraag_check(&e, ontvangen, vandaag, &err), &err, ERR_VALIDATION, "organisaties");
	aanvraag(&e);
	e.urgentie = URGENTIE__MAX;
	expect(escalatie_aanvraag_check(&e, ontvangen, vandaag, &err), &err, ERR_VALIDATION, "urgentie");
	aanvraag(&e);
	e.aangevraagd_op = d("2025-03-11");   /* tomorrow */
	expect(escalatie_aanvraag_check(&e, ontvangen, vandaag, &err), &err, ERR_VALIDATION, "aangevraagdOp");
	aanvraag(&e);
	e.aangevraagd_op = d("2025-01-05");   /* before the casus came in */
	expect(escalatie_aanvraag_check(&e, ontvangen, vandaag, &err), &err, ERR_VALIDATION, "aangevraagdOp");
	aanvraag(&e);
	e.aangevraagd_op = DATE_NONE;
	expect(escalatie_aanvraag_check(&e, ontvangen, vandaag, &err), &err, ERR_VALIDATION, "aangevraagdOp");
}

static void
assert_unchanged(const struct escalatie *a, const struct escalatie *b)
{
	assert_int_equal(a->status, b->status);
	assert_int_equal(a->voorzitter.id, b->voorzitter.id);
	assert_int_equal(a->uitkomst, b->uitkomst);
	assert_ptr_equal(a->resultaat, b->resultaat);
	assert_int_equal(a->afgesloten_op, b->afgesloten_op);
}

static void
test_voorzitter_afsluiten_intrekken(void **state)
{
	struct escalatie e, voor;
	struct err err = { 0 };
	struct persoon_ref vz = { .id = 9, .naam = "Mr. A. de Vries" }, niemand = { 0 };
	int vandaag = d("2025-04-01");

	(void)state;
	aanvraag(&e);
	expect(escalatie_voorzitter_inschakelen(&e, &niemand, &err), &err, ERR_VALIDATION, "voorzitter");
	assert_int_equal(e.status, AV);
	assert_int_equal(escalatie_voorzitter_inschakelen(&e, &vz, &err), ERR_OK);
	assert_int_equal(e.status, VI);
	assert_int_equal(e.voorzitter.id, 9);

	/* the chair alone was enough: needs an uitkomst and a resultaat */
	voor = e;
	expect(escalatie_afsluiten(&e, ESCALATIE_STAP_ALLEEN_VOORZITTER, -1, "x", vandaag, vandaag, &err), &err,
	    ERR_VALIDATION, "uitkomst");
	expect(escalatie_afsluiten(&e, ESCALATIE_STAP_ALLEEN_VOORZITTER, UITKOMST_DOORBRAAK, "", vandaag, vandaag, &err),
	    &err, ERR_VALIDATION, "resultaat");
	expect(escalatie_afsluiten(&e, ESCALATIE_STAP_ALLEEN_VOORZITTER, UITKOMST_DOORBRAAK, "Gebeld", d("2025-03-01"),
	    vandaag, &err), &err, ERR_VALIDATION, "datum");
	/* afronden is refused here: no afspraken were made */
	expect(escalatie_afsluiten(&e, ESCALATIE_STAP_AFRONDEN, UITKOMST_DOORBRAAK, "x", vandaag, vandaag, &err), &err,
	    ERR_CONFLICT, "status");
	assert_unchanged(&e, &voor);   /* nothing changed */
	assert_int_equal(escalatie_afsluiten(&e, ESCALATIE_STAP_ALLEEN_VOORZITTER, UITKOMST_DOORBRAAK,
	    "De voorzitter belde de bestuurders; de gemeente betaalt.", vandaag, vandaag, &err), ERR_OK);
	assert_int_equal(e.status, AL);
	assert_int_equal(e.uitkomst, UITKOMST_DOORBRAAK);
	assert_int_equal(e.afgesloten_op, vandaag);
	/* and then nothing more */
	voor = e;
	expect(escalatie_intrekken(&e, "toch niet", vandaag, vandaag, &err), &err, ERR_CONFLICT, "status");
	expect(escalatie_voorzitter_inschakelen(&e, &vz, &err), &err, ERR_CONFLICT, "status");
	assert_non_null(strstr(err.msg, "beëindigd"));
	assert_unchanged(&e, &voor);

	/* withdrawing needs a reden */
	aanvraag(&e);
	expect(escalatie_intrekken(&e, NULL, vandaag, vandaag, &err), &err, ERR_VALIDATION, "reden");
	assert_int_equal(e.status, AV);
	assert_int_equal(escalatie_intrekken(&e, "Opgelost voordat het LET bijeenkwam.", vandaag, vandaag, &err), ERR_OK);
	assert_int_equal(e.status, IT);
	assert_int_equal(e.uitkomst, -1);
	/* a step function given a wrong step is a bug, not a transition */
	aanvraag(&e);
	assert_int_equal(escalatie_afsluiten(&e, ESCALATIE_STAP_INTREKKEN, 0, "x", vandaag, vandaag, &err), ERR_INTERNAL);
	assert_int_equal(e.status, AV);
}

/* ---- meetings and afspraken ------------------------------------------------------------- */

static struct escalatie_deelnemer deelnemers[2];

static void
bijeenkomst(struct escalatie_bijeenkomst *b)
{
	memset(b, 0, sizeof(*b));
	deelnemers[0] = (struct escalatie_deelnemer){ .naam = "J. Bakker", .functie = "wethouder", .mandaat = true,
		.organisatie = org("Gemeente Horstwijk", ORGTYPE_GEMEENTE, 4) };
	deelnemers[1] = (struct escalatie_deelnemer){ .naam = "M. Yilmaz", .functie = "directeur",
		.organisatie = org("Woonstichting De Kade", ORGTYPE_WONINGCORPORATIE, 0) };
	b->datum = d("2025-04-02");
	b->deelnemers = deelnemers;
	b->ndeelnemers = 2;
}

static void
test_bijeenkomst_check(void **state)
{
	struct escalatie e;
	struct escalatie_bijeenkomst b;
	struct err err = { 0 };

	(void)state;
	aanvraag(&e);
	bijeenkomst(&b);
	assert_int_equal(escalatie_bijeenkomst_check(&e, &b, &err), ERR_OK);   /* may be in the future: planned */
	b.datum = d("2025-03-09");
	expect(escalatie_bijeenkomst_check(&e, &b, &err), &err, ERR_VALIDATION, "datum");
	b.datum = DATE_NONE;
	expect(escalatie_bijeenkomst_check(&e, &b, &err), &err, ERR_VALIDATION, "datum");
	bijeenkomst(&b);
	deelnemers[1].naam = "";
	expect(escalatie_bijeenkomst_check(&e, &b, &err), &err, ERR_VALIDATION, "naam");
	bijeenkomst(&b);
	deelnemers[0].organisatie = org("", ORGTYPE_GEMEENTE, 0);
	expect(escalatie_bijeenkomst_check(&e, &b, &err), &err, ERR_VALIDATION, "organisatie");
	bijeenkomst(&b);
	b.ndeelnemers = ESCALATIE_MAX_DEELNEMERS + 1;
	expect(escalatie_bijeenkomst_check(&e, &b, &err), &err, ERR_VALIDATION, "deelnemers");
}

static void
test_afspraak_check(void **state)
{
	struct escalatie_bijeenkomst b;
	struct escalatie_afspraak a = { .wat = "Een woning aanbieden in Lindeveld", .uiterlijk = d("2025-05-01"),
		.organisatie = org("Woonstichting De Kade", ORGTYPE_WONINGCORPORATIE, 0) };
	struct err err = { 0 };
	int na = d("2025-04-03");

	(void)state;
	bijeenkomst(&b);
	assert_int_equal(escalatie_afspraak_check(&b, &a, na, &err), ERR_OK);
	assert_true(escalatie_aan_tafel(&b, &a.organisatie));
	/* not yet held: 409 */
	expect(escalatie_afspraak_check(&b, &a, d("2025-04-01"), &err), &err, ERR_CONFLICT, "bijeenkomst");
	/* an organisation that was not at the table */
	a.organisatie = org("Ministerie van Buitenlandse Zaken", ORGTYPE_MINISTERIE, 0);
	expect(escalatie_afspraak_check(&b, &a, na, &err), &err, ERR_VALIDATION, "organisatie");
	assert_non_null(strstr(err.msg, "niet aan tafel"));
	/* by id: a stored organisation with the same id is at the table, a different id is not */
	a.organisatie = org("Gemeente Horstwijk (oud)", ORGTYPE_GEMEENTE, 4);
	assert_int_equal(escalatie_afspraak_check(&b, &a, na, &err), ERR_OK);
	a.organisatie = org("Gemeente Horstwijk", ORGTYPE_GEMEENTE, 5);
	expect(escalatie_afspraak_check(&b, &a, na, &err), &err, ERR_VALIDATION, "organisatie");
	/* the same name of another type is another organisation */
	a.organisatie = org("Woonstichting De Kade", ORGTYPE_OVERIG, 0);
	expect(escalatie_afspraak_check(&b, &a, na, &err), &err, ERR_VALIDATION, "organisatie");
	a.organisatie = org("Woonstichting De Kade", ORGTYPE_WONINGCORPORATIE, 0);
	a.wat = NULL;
	expect(escalatie_afspraak_check(&b, &a, na, &err), &err, ERR_VALIDATION, "wat");
	a.wat = "x";
	a.uiterlijk = d("2025-04-01");   /* before the meeting */
	expect(escalatie_afspraak_check(&b, &a, na, &err), &err, ERR_VALIDATION, "uiterlijk");
	a.uiterlijk = DATE_NONE;
	expect(escalatie_afspraak_check(&b, &a, na, &err), &err, ERR_VALIDATION, "uiterlijk");
}

static void
test_afspraak_overgangen(void **state)
{
	enum { O = AFSPRAAK_OPEN, N = AFSPRAAK_NAGEKOMEN, X = AFSPRAAK_NIET_NAGEKOMEN, V = AFSPRAAK_VERVALLEN };
	static const bool want[AFSPRAAK__MAX][AFSPRAAK__MAX] = {
		/*       O      N      X      V */
		[O] = { true,  true,  true,  true },
		[N] = { false, false, false, false },
		[X] = { false, true,  true,  false },
		[V] = { false, false, false, false },
	};
	(void)state;
	for (int a = 0; a < AFSPRAAK__MAX; a++)
		for (int b = 0; b < AFSPRAAK__MAX; b++)
			assert_int_equal(afspraak_overgang_toegestaan((enum afspraak_status)a, (enum afspraak_status)b),
			    want[a][b]);
	assert_false(afspraak_overgang_toegestaan(AFSPRAAK__MAX, AFSPRAAK_OPEN));
	assert_false(afspraak_overgang_toegestaan(AFSPRAAK_OPEN, AFSPRAAK__MAX));
}

static void
test_afspraak_opvolging_en_te_laat(void **state)
{
	struct afspraak_opvolging eerder = { .datum = d("2025-04-20"), .status = AFSPRAAK_OPEN, .notitie = "loopt" };
	struct escalatie_afspraak a = { .wat = "x", .uiterlijk = d("2025-05-01"), .status = AFSPRAAK_OPEN,
		.opvolging = &eerder, .nopvolging = 1 };
	struct afspraak_opvolging o = { .datum = d("2025-05-02"), .status = AFSPRAAK_NAGEKOMEN };
	struct err err = { 0 };
	int bijeen = d("2025-04-02"), vandaag = d("2025-05-06");

	(void)state;
	assert_int_equal(afspraak_opvolging_check(&a, bijeen, &o, vandaag, &err), ERR_OK);
	o.datum = d("2025-04-19");   /* before the last entry */
	expect(afspraak_opvolging_check(&a, bijeen, &o, vandaag, &err), &err, ERR_VALIDATION, "datum");
	o.datum = d("2025-05-07");   /* in the future */
	expect(afspraak_opvolging_check(&a, bijeen, &o, vandaag, &err), &err, ERR_VALIDATION, "datum");
	o.datum = vandaag;
	o.status = AFSPRAAK_VERVALLEN;   /* needs a note */
	expect(afspraak_opvolging_check(&a, bijeen, &o, vandaag, &err), &err, ERR_VALIDATION, "notitie");
	assert_non_null(strstr(err.msg, "vervallen"));
	o.status = AFSPRAAK_NIET_NAGEKOMEN;
	expect(afspraak_opvolging_check(&a, bijeen, &o, vandaag, &err), &err, ERR_VALIDATION, "notitie");
	o.notitie = "De corporatie trok het aanbod in.";
	assert_int_equal(afspraak_opvolging_check(&a, bijeen, &o, vandaag, &err), ERR_OK);
	o.status = AFSPRAAK__MAX;
	expect(afspraak_opvolging_check(&a, bijeen, &o, vandaag, &err), &err, ERR_VALIDATION, "status");
	/* a kept afspraak is final */
	a.status = AFSPRAAK_NAGEKOMEN;
	o.status = AFSPRAAK_OPEN;
	expect(afspraak_opvolging_check(&a, bijeen, &o, vandaag, &err), &err, ERR_CONFLICT, "status");

	/* overdue: open and past its uiterlijk, counted from the day after */
	a.status = AFSPRAAK_OPEN;
	assert_false(afspraak_te_laat(&a, d("2025-05-01")));
	assert_true(afspraak_te_laat(&a, d("2025-05-02")));
	assert_int_equal(afspraak_dagen_te_laat(&a, d("2025-05-02")), 1);
	assert_int_equal(afspraak_dagen_te_laat(&a, d("2025-06-01")), 31);
	assert_int_equal(afspraak_dagen_te_laat(&a, d("2025-04-30")), 0);
	a.status = AFSPRAAK_NAGEKOMEN;   /* kept: never late */
	assert_false(afspraak_te_laat(&a, d("2025-06-01")));
	a.status = AFSPRAAK_NIET_NAGEKOMEN;   /* judged already: not on anyone's list */
	assert_false(afspraak_te_laat(&a, d("2025-06-01")));
}

static void
test_interventie_niet_met_de_hand(void **state)
{
	struct interventie oud[] = { { .type = INTERVENTIE_EXPERT, .datum = 100 },
		{ .type = INTERVENTIE_ESCALATIE, .datum = 200, .omschrijving = "Aangevraagd" } };
	struct interventie nieuw[] = { { .type = INTERVENTIE_EXPERT, .datum = 100 },
		{ .type = INTERVENTIE_ESCALATIE, .datum = 200, .omschrijving = "Aangevraagd" },
		{ .type = INTERVENTIE_NETWERK, .datum = 300 } };
	struct casus voor, na;
	struct err err = { 0 };

	(void)state;
	casus_init(&voor);
	casus_init(&na);
	voor.interventies = oud;
	voor.ninterventies = 2;
	na.interventies = nieuw;
	na.ninterventies = 3;
	assert_int_equal(escalatie_interventie_handmatig(INTERVENTIE_NETWERK, "x", &err), ERR_OK);
	expect(escalatie_interventie_handmatig(INTERVENTIE_ESCALATIE, "interventieType", &err), &err, ERR_VALIDATION,
	    "interventieType");
	/* the escalatie interventie that was there already is no new one */
	assert_int_equal(escalatie_interventies_check(&na, &voor, &err), ERR_OK);
	/* but on a new casus it is */
	expect(escalatie_interventies_check(&na, NULL, &err), &err, ERR_VALIDATION, "interventies[1].type");
	/* and so is one with another date */
	nieuw[2].type = INTERVENTIE_ESCALATIE;
	expect(escalatie_interventies_check(&na, &voor, &err), &err, ERR_VALIDATION, "interventies[2].type");
}

static void
test_perm(void **state)
{
	struct actor regie = { .gebruiker_id = 1, .persoon_id = 10, .roles = ROL_BIT(ROL_REGIEVOERDER) };
	struct actor vz = { .gebruiker_id = 2, .persoon_id = 20, .roles = ROL_BIT(ROL_LET_VOORZITTER) };
	struct actor ander = { .gebruiker_id = 3, .persoon_id = 30, .roles = ROL_BIT(ROL_LET_VOORZITTER) };
	struct actor amb = { .gebruiker_id = 4, .persoon_id = 20, .roles = ROL_BIT(ROL_AMBASSADEUR) };
	struct actor anon = { .persoon_id = 20, .roles = ROL_BIT(ROL_LET_VOORZITTER) };

	(void)state;
	assert_true(perm_escalatie_aanvragen(&regie));
	assert_false(perm_escalatie_aanvragen(&vz));
	assert_false(perm_escalatie_aanvragen(&amb));
	assert_false(perm_escalatie_aanvragen(NULL));
	assert_true(perm_escalatie_voorzitten(&regie, 0));
	assert_true(perm_escalatie_voorzitten(&vz, 20));
	assert_false(perm_escalatie_voorzitten(&vz, 0));       /* no chair engaged yet */
	assert_false(perm_escalatie_voorzitten(&ander, 20));   /* another escalatie's chair */
	assert_false(perm_escalatie_voorzitten(&amb, 20));     /* the same persoon without the role */
	assert_false(perm_escalatie_voorzitten(&anon, 20));    /* not signed in */
	assert_false(perm_escalatie_voorzitten(NULL, 20));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_stap_table),
		cmocka_unit_test(test_overgangen),
		cmocka_unit_test(test_codes),
		cmocka_unit_test(test_aanvraag_check),
		cmocka_unit_test(test_voorzitter_afsluiten_intrekken),
		cmocka_unit_test(test_bijeenkomst_check),
		cmocka_unit_test(test_afspraak_check),
		cmocka_unit_test(test_afspraak_overgangen),
		cmocka_unit_test(test_afspraak_opvolging_en_te_laat),
		cmocka_unit_test(test_interventie_niet_met_de_hand),
		cmocka_unit_test(test_perm),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
