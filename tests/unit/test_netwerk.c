/* test_netwerk.c - the core rules of the network: organisation fields, the tree and cycles, merging, the
   connection history, proposals, contact details, accounts, passwords, one-time links and access requests. */
#include "harness.h"

#include <string.h>

#include "core/aansluiting.h"
#include "core/account.h"
#include "core/casus.h"
#include "core/contact.h"
#include "core/leerpunt.h"
#include "core/organisatie.h"
#include "core/perm.h"
#include "lib/date.h"

/* A small network: JenV (1) with A&M (2) under it and IND (3) under A&M; UWV (4) under SZW (5) with the
   Maatwerkplaats (6) under UWV; VWS (7) alone. */
static const struct org_ouder net[] = {
	{ 1, 0 }, { 2, 1 }, { 3, 2 }, { 4, 5 }, { 5, 0 }, { 6, 4 }, { 7, 0 },
};
#define NNET (sizeof(net) / sizeof(net[0]))

static int
dag(const char *s)
{
	int d;

	assert_true(date_parse(s, &d));
	return d;
}

static void
test_organisatie_fields(void **state)
{
	struct organisatie_invoer o = { .naam = "  Gemeente Zuiderhaven ", .type = ORGTYPE_GEMEENTE };
	struct err e = { 0 };
	const char *start;
	size_t n;
	(void)state;

	assert_int_equal(organisatie_validate(&o, &e), ERR_OK);
	organisatie_naam_trim(o.naam, &start, &n);
	assert_int_equal(n, strlen("Gemeente Zuiderhaven"));
	assert_memory_equal(start, "Gemeente Zuiderhaven", n);

	o.naam = "   ";
	assert_int_equal(organisatie_validate(&o, &e), ERR_VALIDATION);
	assert_string_equal(e.field, "naam");
	o.naam = "Twee\nregels";
	assert_int_equal(organisatie_validate(&o, &e), ERR_VALIDATION);
	assert_string_equal(e.field, "naam");

	o.naam = "DT&V";
	o.type = ORGTYPE__MAX;      /* an unknown type */
	assert_int_equal(organisatie_validate(&o, &e), ERR_VALIDATION);
	assert_string_equal(e.field, "type");
	o.type = -1;
	assert_int_equal(organisatie_validate(&o, &e), ERR_VALIDATION);
	o.type = ORGTYPE_LANDELIJKE_PUBLIEKE_DIENSTVERLENER;
	o.code = "DT&V";
	assert_int_equal(organisatie_validate(&o, &e), ERR_OK);
	o.code = "DT V";
	assert_int_equal(organisatie_validate(&o, &e), ERR_VALIDATION);
	assert_string_equal(e.field, "code");
	o.code = "ABCDEFGHIJKLMNOPQ";   /* 17 */
	assert_int_equal(organisatie_validate(&o, &e), ERR_VALIDATION);
	o.code = NULL;

	o.email = "info@dtv";           /* no top-level domain */
	assert_int_equal(organisatie_validate(&o, &e), ERR_VALIDATION);
	assert_string_equal(e.field, "email");
	o.email = "info@dtenv.nl";
	o.telefoon = "088 DTV 0000";
	assert_int_equal(organisatie_validate(&o, &e), ERR_VALIDATION);
	assert_string_equal(e.field, "telefoon");
	assert_non_null(strstr(e.msg, "letters"));
	o.telefoon = "+31 88 123 45 67";
	assert_int_equal(organisatie_validate(&o, &e), ERR_OK);
}

static void
test_new_types(void **state)
{
	static const char *const nieuw[] = { "buitenlandse_overheid", "onderwijsinstelling", "werkgever",
		"bewindvoering_mentorschap", "sociaal_raadslieden", "deurwaarder" };
	(void)state;

	for (size_t i = 0; i < sizeof(nieuw) / sizeof(nieuw[0]); i++)
		assert_true(codelist_find(&codes_organisatie_type, nieuw[i]) >= 0);
	assert_int_equal(codelist_find(&codes_organisatie_type, "ambassade"), -1);
	assert_int_equal(codes_organisatie_type.n, 15);
}

static void
test_tree(void **state)
{
	int64_t onder[NNET];
	size_t n;
	(void)state;

	assert_true(organisatie_valt_onder(net, NNET, 3, 1));    /* IND under JenV through A&M */
	assert_true(organisatie_valt_onder(net, NNET, 3, 3));
	assert_false(organisatie_valt_onder(net, NNET, 1, 3));
	assert_false(organisatie_valt_onder(net, NNET, 6, 1));
	assert_true(organisatie_valt_onder(net, NNET, 6, 5));

	n = organisatie_onder(net, NNET, 1, onder);
	assert_int_equal(n, 3);
	assert_int_equal(onder[0], 1);
	assert_int_equal(onder[1], 2);
	assert_int_equal(onder[2], 3);
	assert_int_equal(organisatie_onder(net, NNET, 7, onder), 1);
	assert_int_equal(organisatie_onder(net, NNET, 99, onder), 0);

	/* a cycle already in the data does not hang the walk */
	{
		const struct org_ouder kring[] = { { 1, 2 }, { 2, 1 }, { 3, 0 } };
		int64_t o[3];

		assert_false(organisatie_valt_onder(kring, 3, 1, 3));
		assert_int_equal(organisatie_onder(kring, 3, 1, o), 2);
	}
}

static void
test_parent_cycle_refused(void **state)
{
	struct err e = { 0 };
	(void)state;

	assert_int_equal(organisatie_ouder_check(net, NNET, 2, 0, &e), ERR_OK);
	assert_int_equal(organisatie_ouder_check(net, NNET, 6, 5, &e), ERR_OK);    /* Maatwerkplaats straight under SZW */
	assert_int_equal(organisatie_ouder_check(net, NNET, 0, 1, &e), ERR_OK);    /* a new organisation under JenV */
	assert_int_equal(organisatie_ouder_check(net, NNET, 1, 1, &e), ERR_VALIDATION);
	assert_string_equal(e.field, "parent");
	assert_int_equal(organisatie_ouder_check(net, NNET, 1, 3, &e), ERR_VALIDATION);   /* JenV under IND */
	assert_non_null(strstr(e.msg, "kring"));
	assert_int_equal(organisatie_ouder_check(net, NNET, 5, 6, &e), ERR_VALIDATION);   /* SZW under its own desk */
	assert_int_equal(organisatie_ouder_check(net, NNET, 1, 42, &e), ERR_VALIDATION);  /* unknown parent */
}

static void
test_merge_rules(void **state)
{
	struct err e = { 0 };
	struct org_samenvoeging s = { .van = 6, .naar = 4, .naar_bekend = true };
	(void)state;

	assert_int_equal(organisatie_samenvoegen_check(net, NNET, &s, &e), ERR_OK);   /* desk into its agency */
	s.van = s.naar = 4;
	assert_int_equal(organisatie_samenvoegen_check(net, NNET, &s, &e), ERR_VALIDATION);
	assert_non_null(strstr(e.msg, "zichzelf"));
	s.van = 1;
	s.naar = 3;                                                                    /* JenV into IND */
	assert_int_equal(organisatie_samenvoegen_check(net, NNET, &s, &e), ERR_VALIDATION);
	assert_string_equal(e.field, "naar");
	s.van = 7;
	s.naar = 5;
	s.van_code = "VWS";
	s.naar_code = "SZW";
	assert_int_equal(organisatie_samenvoegen_check(net, NNET, &s, &e), ERR_VALIDATION);
	assert_non_null(strstr(e.msg, "VWS"));
	s.naar_code = NULL;                                                            /* the code may move */
	assert_int_equal(organisatie_samenvoegen_check(net, NNET, &s, &e), ERR_OK);
	s.naar_code = "VWS";                                                           /* the same code: fine */
	assert_int_equal(organisatie_samenvoegen_check(net, NNET, &s, &e), ERR_OK);
	s.naar_bekend = false;
	assert_int_equal(organisatie_samenvoegen_check(net, NNET, &s, &e), ERR_VALIDATION);
	s.naar_bekend = true;
	s.naar = 77;
	assert_int_equal(organisatie_samenvoegen_check(net, NNET, &s, &e), ERR_VALIDATION);
	assert_true(organisatie_samenvoegen_historie(0));
	assert_false(organisatie_samenvoegen_historie(2));
}

/* BuZa as the seeds tell it: a vaste contactpersoon by 29 May 2024, "niet aangesloten" on 19 May 2025,
   bestuurlijk aangehaakt by 8 January 2026. */
static void
test_connection_history(void **state)
{
	struct aansluiting buza[] = {
		{ 3, AANSLUITING_BESTUURLIJK_AANGESLOTEN, 0, "001:67" },
		{ 1, AANSLUITING_VASTE_CONTACTPERSOON, 0, "000:163" },
		{ 2, AANSLUITING_NIET_AANGESLOTEN, 0, "003:3113" },
	};
	int sinds, tot;
	(void)state;

	buza[0].datum = dag("2026-01-08");
	buza[1].datum = dag("2024-05-29");
	buza[2].datum = dag("2025-05-19");
	assert_int_equal(aansluiting_op(buza, 3, dag("2024-01-01")), -1);
	assert_int_equal(aansluiting_op(buza, 3, dag("2024-05-29")), AANSLUITING_VASTE_CONTACTPERSOON);
	assert_false(aangesloten_op(buza, 3, dag("2024-12-31")));   /* not connected in the 2024 report's year */
	assert_int_equal(aansluiting_op(buza, 3, dag("2025-06-01")), AANSLUITING_NIET_AANGESLOTEN);
	assert_false(aangesloten_op(buza, 3, dag("2026-01-07")));
	assert_true(aangesloten_op(buza, 3, dag("2026-01-08")));
	aansluiting_periode(buza, 3, &sinds, &tot);
	assert_int_equal(sinds, dag("2026-01-08"));
	assert_int_equal(tot, DATE_NONE);

	/* connected, ended, connected again: the last period counts; on one date the later entry wins */
	{
		struct aansluiting h[] = {
			{ 1, AANSLUITING_BESTUURLIJK_AANGESLOTEN, 0, NULL },
			{ 2, AANSLUITING_BEEINDIGD, 0, NULL },
			{ 3, AANSLUITING_BESTUURLIJK_AANGESLOTEN, 0, NULL },
			{ 4, AANSLUITING_BEEINDIGD, 0, NULL },
		};
		h[0].datum = dag("2019-05-01");
		h[1].datum = dag("2021-01-01");
		h[2].datum = dag("2022-03-01");
		h[3].datum = dag("2022-03-01");
		aansluiting_periode(h, 2, &sinds, &tot);
		assert_int_equal(sinds, dag("2019-05-01"));
		assert_int_equal(tot, dag("2021-01-01"));
		assert_int_equal(aansluiting_op(h, 4, dag("2022-03-01")), AANSLUITING_BEEINDIGD);
		aansluiting_periode(h, 3, &sinds, &tot);
		assert_int_equal(sinds, dag("2022-03-01"));
		assert_int_equal(tot, DATE_NONE);
	}
	aansluiting_periode(NULL, 0, &sinds, &tot);
	assert_int_equal(sinds, DATE_NONE);
}

static void
test_connection_entry_checks(void **state)
{
	struct aansluiting h[] = { { 1, AANSLUITING_BESTUURLIJK_AANGESLOTEN, 0, NULL } };
	struct aansluiting n = { 0, AANSLUITING_BEEINDIGD, 0, "brief van de minister" };
	struct err e = { 0 };
	int vandaag = dag("2026-02-01");
	(void)state;

	h[0].datum = dag("2019-05-01");
	n.datum = dag("2025-01-01");
	assert_int_equal(aansluiting_validate(&n, h, 1, vandaag, &e), ERR_OK);
	assert_int_equal(aansluiting_validate(&n, NULL, 0, vandaag, &e), ERR_VALIDATION);  /* ends what never was */
	assert_string_equal(e.field, "status");
	n.datum = dag("2019-01-01");                                                      /* before the akkoord */
	assert_int_equal(aansluiting_validate(&n, h, 1, vandaag, &e), ERR_VALIDATION);
	n.status = AANSLUITING_BESTUURLIJK_AANGESLOTEN;
	n.datum = dag("2019-05-01");
	assert_int_equal(aansluiting_validate(&n, h, 1, vandaag, &e), ERR_CONFLICT);      /* twice the same */
	n.datum = dag("2026-03-01");
	assert_int_equal(aansluiting_validate(&n, h, 1, vandaag, &e), ERR_VALIDATION);    /* the future */
	assert_string_equal(e.field, "datum");
	n.datum = DATE_NONE;
	assert_int_equal(aansluiting_validate(&n, h, 1, vandaag, &e), ERR_VALIDATION);
	n.datum = dag("2024-01-01");
	n.status = AANSLUITING__MAX;
	assert_int_equal(aansluiting_validate(&n, h, 1, vandaag, &e), ERR_VALIDATION);
	assert_int_equal(codelist_find(&codes_aansluiting, "vaste_contactpersoon"), AANSLUITING_VASTE_CONTACTPERSOON);
	assert_int_equal(codelist_find(&codes_aansluiting, "beeindigd"), AANSLUITING_BEEINDIGD);
}

static struct actor
actor(unsigned roles, int64_t org)
{
	struct actor a = { .gebruiker_id = roles ? 7 : 0, .persoon_id = roles ? 8 : 0, .organisatie_id = org,
		.roles = roles };
	return a;
}

static void
test_proposals(void **state)
{
	struct actor regie = actor(ROL_BIT(ROL_REGIEVOERDER), 0), beheer = actor(ROL_BIT(ROL_BEHEERDER), 0),
	    indiener = actor(ROL_BIT(ROL_INDIENER), 0), amb = actor(ROL_BIT(ROL_AMBASSADEUR), 1), anon = actor(0, 0);
	struct err e = { 0 };
	(void)state;

	assert_true(perm_netwerk(&regie));
	assert_true(perm_netwerk(&beheer));
	assert_false(perm_netwerk(&indiener));
	assert_false(perm_netwerk(&amb));
	assert_false(perm_netwerk(&anon));
	assert_true(organisatie_nieuw_is_voorstel(&indiener));   /* an indiener never fills the directory */
	assert_true(organisatie_nieuw_is_voorstel(&amb));
	assert_false(organisatie_nieuw_is_voorstel(&regie));
	assert_int_equal(voorstel_besluit_check(ORGSTATUS_VOORSTEL, &e), ERR_OK);
	assert_int_equal(voorstel_besluit_check(ORGSTATUS_BEKEND, &e), ERR_CONFLICT);
	assert_int_equal(voorstel_besluit_check(ORGSTATUS_AFGEWEZEN, &e), ERR_CONFLICT);
	assert_non_null(strstr(e.msg, "afgewezen"));
	assert_int_equal(codelist_find(&codes_voorstel_besluit, "koppelen"), VOORSTEL_KOPPELEN);
}

/* The ambassadeur of JenV represents JenV, A&M and the IND: the store fills vertegenwoordigt. */
static void
test_ambassadeur_represents_the_ministry_and_its_parts(void **state)
{
	int64_t jenv_onder[NNET];
	struct actor amb = actor(ROL_BIT(ROL_AMBASSADEUR), 1), amb_ind = actor(ROL_BIT(ROL_AMBASSADEUR), 3),
	    indiener = actor(ROL_BIT(ROL_INDIENER), 1);
	const int64_t ind_en_vws[] = { 7, 3 }, vws[] = { 7 };
	(void)state;

	amb.nvertegenwoordigt = organisatie_onder(net, NNET, 1, jenv_onder);
	amb.vertegenwoordigt = jenv_onder;
	indiener.vertegenwoordigt = jenv_onder;   /* even if filled: the role decides */
	indiener.nvertegenwoordigt = amb.nvertegenwoordigt;

	assert_true(perm_belegging_zien(&amb, 1));
	assert_true(perm_belegging_zien(&amb, 2));      /* A&M */
	assert_true(perm_belegging_zien(&amb, 3));      /* IND under A&M */
	assert_false(perm_belegging_zien(&amb, 7));     /* VWS */
	assert_false(perm_belegging_zien(&amb, 0));
	assert_true(perm_belegging_bijwerken(&amb, 3));
	assert_false(perm_belegging_bijwerken(&amb, 4));
	assert_true(perm_leerpunt_zien(&amb, ind_en_vws, 2));
	assert_false(perm_leerpunt_zien(&amb, vws, 1));
	assert_false(perm_belegging_zien(&indiener, 2));
	assert_int_equal(leerpunt_beperking(&amb), 1);  /* the store widens it to everything under JenV */

	/* the ambassadeur of a part does not represent the whole */
	assert_true(perm_belegging_zien(&amb_ind, 3));
	assert_false(perm_belegging_zien(&amb_ind, 1));
	assert_false(perm_belegging_zien(&amb_ind, 2));
}

static void
test_email(void **state)
{
	static const char *const goed[] = { "r.jansen@pmm.example", "a+b@sub.minszw.nl", "o'brien@x.org",
		"ida_ander@gemeente-elders.nl", "x@a.b.c.nl" };
	static const char *const fout[] = { "", "jansen", "@pmm.nl", "jansen@", "jan sen@pmm.nl", "jansen@pmm",
		"jansen@@pmm.nl", "a@b@pmm.nl", ".jansen@pmm.nl", "jansen.@pmm.nl", "jan..sen@pmm.nl",
		"jansen@-pmm.nl", "jansen@pmm-.nl", "jansen@pmm..nl", "jansen@pmm.n1", "jansen@pmm.n",
		"j\xc3\xabnsen@pmm.nl", "\"j\"@pmm.nl", "jansen@[127.0.0.1]", "jansen@pmm.nl " };
	struct err e = { 0 };
	char lang[300];
	(void)state;

	for (size_t i = 0; i < sizeof(goed) / sizeof(goed[0]); i++)
		if (!contact_email_ok(goed[i]))
			fail_msg("refused: %s", goed[i]);
	for (size_t i = 0; i < sizeof(fout) / sizeof(fout[0]); i++)
		if (contact_email_ok(fout[i]))
			fail_msg("accepted: %s", fout[i]);
	assert_false(contact_email_ok(NULL));
	memset(lang, 'a', sizeof(lang));
	memcpy(lang + 65, "@pmm.nl", 8);          /* a local part of 65 */
	assert_false(contact_email_ok(lang));
	assert_int_equal(contact_email_check("geen adres", "email", &e), ERR_VALIDATION);
	assert_string_equal(e.field, "email");
	assert_non_null(strstr(e.msg, "e-mailadres"));
}

static void
test_telefoon(void **state)
{
	static const char *const goed[] = { "070 123 45 67", "+31 (0)70 123 4567", "06-12345678", "14 030",
		"088.123.45.67" };
	static const char *const fout[] = { "", "bel mij", "070 123 45 6x", "12 34", "31+70 1234567",
		"(070)) 1234567", "((070) 123", "0031 70 123 45 67 89 0", "070\t1234567" };
	struct err e = { 0 };
	(void)state;

	for (size_t i = 0; i < sizeof(goed) / sizeof(goed[0]); i++)
		if (!contact_telefoon_ok(goed[i]))
			fail_msg("refused: %s", goed[i]);
	for (size_t i = 0; i < sizeof(fout) / sizeof(fout[0]); i++)
		if (contact_telefoon_ok(fout[i]))
			fail_msg("accepted: %s", fout[i]);
	assert_int_equal(contact_telefoon_check("0800-HELPDESK", "telefoon", &e), ERR_VALIDATION);
	assert_non_null(strstr(e.msg, "geen letters"));
	assert_int_equal(contact_telefoon_check("12", "telefoon", &e), ERR_VALIDATION);
	assert_non_null(strstr(e.msg, "5 tot 15 cijfers"));
}

static void
test_account_fields(void **state)
{
	struct account_invoer a = { .naam = "Rik Jansen", .email = "r.jansen@pmm.example",
		.roles = ROL_BIT(ROL_REGIEVOERDER) };
	struct err e = { 0 };
	(void)state;

	assert_int_equal(account_validate(&a, &e), ERR_OK);
	a.roles = 0;
	assert_int_equal(account_validate(&a, &e), ERR_VALIDATION);
	assert_string_equal(e.field, "rollen");
	a.roles = 1u << ROL__MAX;
	assert_int_equal(account_validate(&a, &e), ERR_VALIDATION);
	a.roles = ROL_BIT(ROL_AMBASSADEUR);
	assert_int_equal(account_validate(&a, &e), ERR_VALIDATION);   /* an ambassadeur needs an organisation */
	assert_string_equal(e.field, "organisatie");
	a.organisatie_id = 1;
	assert_int_equal(account_validate(&a, &e), ERR_OK);
	a.email = "r.jansen";
	assert_int_equal(account_validate(&a, &e), ERR_VALIDATION);
	assert_string_equal(e.field, "email");
	a.email = "r.jansen@pmm.example";
	a.telefoon = "O7O-1234567";                                   /* the letter O */
	assert_int_equal(account_validate(&a, &e), ERR_VALIDATION);
	assert_string_equal(e.field, "telefoon");
	a.telefoon = NULL;
	a.naam = "";
	assert_int_equal(account_validate(&a, &e), ERR_VALIDATION);
	assert_string_equal(e.field, "naam");
}

static void
test_password(void **state)
{
	struct err e = { 0 };
	char lang[1100];
	(void)state;

	assert_int_equal(wachtwoord_check("een lang wachtwoord", "een lang wachtwoord", &e), ERR_OK);
	assert_int_equal(wachtwoord_check("kort", NULL, &e), ERR_VALIDATION);
	assert_string_equal(e.field, "wachtwoord");
	/* two emoji are 8 bytes but 2 characters */
	assert_int_equal(wachtwoord_check("\xf0\x9f\x98\x80\xf0\x9f\x98\x80", NULL, &e), ERR_VALIDATION);
	assert_int_equal(wachtwoord_check("ëëëëëëëë", NULL, &e), ERR_OK);   /* 8 characters, 16 bytes */
	assert_int_equal(wachtwoord_check("een lang wachtwoord", "een ander wachtwoord", &e), ERR_VALIDATION);
	assert_string_equal(e.field, "herhaling");
	assert_int_equal(wachtwoord_check("ongeldig \xff\xfe bytes", NULL, &e), ERR_VALIDATION);
	memset(lang, 'x', sizeof(lang) - 1);
	lang[sizeof(lang) - 1] = '\0';
	assert_int_equal(wachtwoord_check(lang, NULL, &e), ERR_VALIDATION);
	assert_int_equal(wachtwoord_check(NULL, NULL, &e), ERR_VALIDATION);
}

/* Length is counted in characters: 8 to 256 (so 64 and more are always allowed), whatever the script. */
static void
test_password_length_in_characters(void **state)
{
	struct err e = { 0 };
	char pw[1100];
	(void)state;

	memset(pw, 'q', 256);
	pw[256] = '\0';
	assert_int_equal(wachtwoord_check(pw, NULL, &e), ERR_OK);
	pw[256] = 'q';
	pw[257] = '\0';
	assert_int_equal(wachtwoord_check(pw, NULL, &e), ERR_VALIDATION);
	assert_non_null(strstr(e.msg, "256"));
	for (int i = 0; i < 256; i++)   /* 256 emoji: 1024 bytes, 256 characters */
		memcpy(pw + 4 * i, "\xf0\x9f\x98\x80", 4);
	pw[1024] = '\0';
	assert_int_equal(wachtwoord_check(pw, NULL, &e), ERR_OK);
	for (int i = 0; i < 64; i++)    /* 64 three-byte characters */
		memcpy(pw + 3 * i, "\xe2\x82\xac", 3);
	pw[192] = '\0';
	assert_int_equal(wachtwoord_check(pw, NULL, &e), ERR_OK);
	/* seven characters of two bytes each: 14 bytes, still too short */
	assert_int_equal(wachtwoord_check("\xc3\xab\xc3\xab\xc3\xab\xc3\xab\xc3\xab\xc3\xab\xc3\xab", NULL, &e),
	    ERR_VALIDATION);
}

/* The common passwords are refused, in any case; the list's first and last lines are found too. */
static void
test_password_common_refused(void **state)
{
	static const char *const common[] = {
		"password", "PASSWORD", "Wachtwoord123", "welkom01", "zomer2024", "Feyenoord1", "qwertyuiop",
		"12345678", "iloveyou", "doorbraak2026", "!@#$%^&*", "zxcvbnm@2035", "1q2w3e4r",
	};
	static const char *const fine[] = {
		"een lang wachtwoord", "correct paard batterij", "demo-regie-2026", "password!x", "zzzzzzzzzzzz",
		"!!!!!!!!", "ëëëëëëëë",
	};
	struct err e = { 0 };
	(void)state;

	for (size_t i = 0; i < sizeof(common) / sizeof(common[0]); i++) {
		if (!wachtwoord_veelgebruikt(common[i]))
			fail_msg("%s is not found as a common password", common[i]);
		assert_int_equal(wachtwoord_check(common[i], NULL, &e), ERR_VALIDATION);
		assert_string_equal(e.field, "wachtwoord");
		assert_non_null(strstr(e.msg, "veel gebruikt"));
	}
	for (size_t i = 0; i < sizeof(fine) / sizeof(fine[0]); i++) {
		if (wachtwoord_veelgebruikt(fine[i]))
			fail_msg("%s is taken for a common password", fine[i]);
	}
	assert_false(wachtwoord_veelgebruikt(""));
	assert_false(wachtwoord_veelgebruikt("password\npassword"));
}

static void
test_one_time_link(void **state)
{
	struct eenmalige_link l = { .aangemaakt = 1000000 };
	struct err e = { 0 };
	(void)state;

	assert_int_equal(eenmalige_link_check(&l, 1000000, &e), ERR_OK);
	assert_int_equal(eenmalige_link_check(&l, 1000000 + 72 * 3600 - 1, &e), ERR_OK);
	assert_int_equal(eenmalige_link_check(&l, 1000000 + 72 * 3600, &e), ERR_CONFLICT);
	assert_non_null(strstr(e.msg, "verlopen"));
	assert_int_equal(eenmalige_link_check(&l, 999999, &e), ERR_CONFLICT);   /* a clock that went back */
	assert_int_equal(eenmalige_link_verloopt(&l), 1000000 + 72 * 3600);
	l.gebruikt = 1000100;
	assert_int_equal(eenmalige_link_check(&l, 1000200, &e), ERR_CONFLICT);
	assert_non_null(strstr(e.msg, "al gebruikt"));
	l.gebruikt = 0;
	l.ingetrokken = true;
	assert_int_equal(eenmalige_link_check(&l, 1000200, &e), ERR_CONFLICT);
	assert_non_null(strstr(e.msg, "vervangen"));
}

static void
test_access_request(void **state)
{
	struct aanvraag_invoer a = { .naam = "Sara de Vries", .organisatie = "Gemeente Zuiderhaven",
		.functie = "Maatwerkfunctionaris", .email = "s.devries@zuiderhaven.example",
		.reden = "Ik zoek contact met maatwerkprofessionals bij UWV." };
	struct err e = { 0 };
	(void)state;

	assert_int_equal(aanvraag_validate(&a, &e), ERR_OK);
	a.email = "s.devries at zuiderhaven";
	assert_int_equal(aanvraag_validate(&a, &e), ERR_VALIDATION);
	assert_string_equal(e.field, "email");
	a.email = "s.devries@zuiderhaven.example";
	a.functie = " ";
	assert_int_equal(aanvraag_validate(&a, &e), ERR_VALIDATION);
	assert_string_equal(e.field, "functie");
	a.functie = "Maatwerkfunctionaris";
	a.reden = "";
	assert_int_equal(aanvraag_validate(&a, &e), ERR_VALIDATION);
	assert_string_equal(e.field, "reden");
	a.reden = "x";
	a.organisatie = NULL;
	assert_int_equal(aanvraag_validate(&a, &e), ERR_VALIDATION);
	assert_string_equal(e.field, "organisatie");

	assert_int_equal(aanvraag_besluit_check(AANVRAAG_OPEN, AANVRAAG_GOEDGEKEURD, NULL, &e), ERR_OK);
	assert_int_equal(aanvraag_besluit_check(AANVRAAG_GOEDGEKEURD, AANVRAAG_GOEDGEKEURD, NULL, &e), ERR_CONFLICT);
	assert_non_null(strstr(e.msg, "al goedgekeurd"));
	assert_int_equal(aanvraag_besluit_check(AANVRAAG_AFGEWEZEN, AANVRAAG_GOEDGEKEURD, NULL, &e), ERR_CONFLICT);
	assert_int_equal(aanvraag_besluit_check(AANVRAAG_OPEN, AANVRAAG_AFGEWEZEN, "  ", &e), ERR_VALIDATION);
	assert_string_equal(e.field, "reden");
	assert_int_equal(aanvraag_besluit_check(AANVRAAG_OPEN, AANVRAAG_AFGEWEZEN, "Geen professional", &e), ERR_OK);
	assert_int_equal(aanvraag_besluit_check(AANVRAAG_OPEN, AANVRAAG_OPEN, NULL, &e), ERR_VALIDATION);

	assert_true(aanvraag_rollen_ok(ROL_BIT(ROL_INDIENER)));
	assert_false(aanvraag_rollen_ok(ROL_BIT(ROL_INDIENER) | ROL_BIT(ROL_BEHEERDER)));
	assert_false(aanvraag_rollen_ok(0));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_organisatie_fields),
		cmocka_unit_test(test_new_types),
		cmocka_unit_test(test_tree),
		cmocka_unit_test(test_parent_cycle_refused),
		cmocka_unit_test(test_merge_rules),
		cmocka_unit_test(test_connection_history),
		cmocka_unit_test(test_connection_entry_checks),
		cmocka_unit_test(test_proposals),
		cmocka_unit_test(test_ambassadeur_represents_the_ministry_and_its_parts),
		cmocka_unit_test(test_email),
		cmocka_unit_test(test_telefoon),
		cmocka_unit_test(test_account_fields),
		cmocka_unit_test(test_password),
		cmocka_unit_test(test_password_length_in_characters),
		cmocka_unit_test(test_password_common_refused),
		cmocka_unit_test(test_one_time_link),
		cmocka_unit_test(test_access_request),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
