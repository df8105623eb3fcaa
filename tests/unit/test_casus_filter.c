/* test_casus_filter.c - app/casus/filter.c: the werkvoorraad filter as the pages and the API spell it, and who sees what. */
#include "harness.h"

#include <string.h>

#include "app/casus/filter.h"
#include "lib/date.h"
#include "lib/mem.h"
#include "web/form.h"

static struct arena *arena;

static int
setup(void **state)
{
	(void)state;
	arena = arena_new();
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	arena_free(arena);
	return 0;
}

/* A request by an actor with one role (persoon 42) and this query string, at 2025-06-14T22:30:00Z. */
static struct request
verzoek(enum rol rol, const char *query)
{
	struct request r;
	char *q = arena_strdup(arena, query);

	memset(&r, 0, sizeof(r));
	r.arena = arena;
	r.now = (time_t)1749940200;   /* 00:30 in Amsterdam, the 15th */
	r.actor.gebruiker_id = 7;
	r.actor.persoon_id = 42;
	r.actor.roles = ROL_BIT(rol);
	assert_int_equal(form_parse(arena, q, strlen(q), &r.query, &r.nquery), 0);
	return r;
}

/* Reads query as rol in taal; returns whether it was accepted, the filter in *f and a refusal in *fout. */
static bool
lees(enum rol rol, enum casus_filter_taal taal, const char *query, struct casus_filter *f,
    struct casus_filter_fout *fout)
{
	struct request r = verzoek(rol, query);

	casus_filter_begin(&r, f);
	memset(fout, 0, sizeof(*fout));
	return casus_filter_lees(&r, taal, f, fout);
}

static void
test_begin_applies_visibility_and_local_today(void **state)
{
	struct casus_filter f;
	struct casus_filter_fout fout;
	int d;

	(void)state;
	assert_true(lees(ROL_REGIEVOERDER, FILTER_API, "", &f, &fout));
	assert_int_equal(f.beperk_tot_persoon, CASUS_ALLE);
	assert_true(date_parse("2025-06-15", &d));
	assert_int_equal(f.vandaag, d);   /* Amsterdam's date, not UTC's */
	assert_int_equal(f.leefgebied, -1);
	assert_int_equal(f.beleidsterrein, -1);
	assert_int_equal(f.indiener_type, -1);
	assert_true(lees(ROL_INDIENER, FILTER_API, "", &f, &fout));
	assert_int_equal(f.beperk_tot_persoon, 42);
	assert_true(lees(ROL_AMBASSADEUR, FILTER_WEB, "", &f, &fout));
	assert_int_equal(f.beperk_tot_persoon, 42);
	assert_true(lees(ROL_ONDERZOEKER, FILTER_WEB, "", &f, &fout));
	assert_int_equal(f.beperk_tot_persoon, CASUS_GEEN);
	assert_true(lees(ROL_BEHEERDER, FILTER_API, "", &f, &fout));
	assert_int_equal(f.beperk_tot_persoon, CASUS_GEEN);
}

static void
test_status_web(void **state)
{
	struct casus_filter f;
	struct casus_filter_fout fout;
	const unsigned open = (1u << STATUS_AANGEMELD) | (1u << STATUS_IN_BEHANDELING);

	(void)state;
	assert_true(lees(ROL_REGIEVOERDER, FILTER_WEB, "", &f, &fout));
	assert_int_equal(f.statussen, open);   /* a regievoerder's werkvoorraad: what is open */
	assert_true(lees(ROL_REGIEVOERDER, FILTER_WEB, "status=", &f, &fout));
	assert_int_equal(f.statussen, open);
	assert_true(lees(ROL_INDIENER, FILTER_WEB, "", &f, &fout));
	assert_int_equal(f.statussen, (1u << STATUS__MAX) - 1);   /* "alle", with one's own concepts */
	assert_true(lees(ROL_REGIEVOERDER, FILTER_WEB, "status=alle", &f, &fout));
	assert_int_equal(f.statussen, 0);   /* all but concepts */
	assert_true(lees(ROL_INDIENER, FILTER_WEB, "status=concept", &f, &fout));
	assert_int_equal(f.statussen, 1u << STATUS_CONCEPT);
	assert_false(lees(ROL_REGIEVOERDER, FILTER_WEB, "status=concept", &f, &fout));
	assert_string_equal(fout.param, "status");
	assert_string_equal(fout.tekst, "Kies een status uit de lijst.");
	assert_false(lees(ROL_INDIENER, FILTER_WEB, "status=aangemeld,afgerond", &f, &fout));   /* one choice */
}

static void
test_status_api(void **state)
{
	struct casus_filter f;
	struct casus_filter_fout fout;

	(void)state;
	assert_true(lees(ROL_REGIEVOERDER, FILTER_API, "", &f, &fout));
	assert_int_equal(f.statussen, 0);
	assert_true(lees(ROL_REGIEVOERDER, FILTER_API, "status=aangemeld,afgerond", &f, &fout));
	assert_int_equal(f.statussen, (1u << STATUS_AANGEMELD) | (1u << STATUS_AFGEROND));
	assert_false(lees(ROL_REGIEVOERDER, FILTER_API, "status=aangemeld,,afgerond", &f, &fout));
	assert_string_equal(fout.tekst, "Geef een of meer statussen, gescheiden door komma's.");
	assert_false(lees(ROL_REGIEVOERDER, FILTER_API, "status=", &f, &fout));   /* present but empty */
	assert_false(lees(ROL_REGIEVOERDER, FILTER_API, "status=open", &f, &fout));
	assert_string_equal(fout.param, "status");
	assert_string_equal(fout.tekst, "Onbekende status 'open'.");
}

static void
test_other_parameters(void **state)
{
	struct casus_filter f;
	struct casus_filter_fout fout;

	(void)state;
	assert_true(lees(ROL_REGIEVOERDER, FILTER_WEB, "regievoerder=mij&leefgebied=wonen&beleidsterrein=JenV"
	    "&indiener_type=gemeente&ouder_dan=30&sorteer=oudste", &f, &fout));
	assert_int_equal(f.regievoerder_id, 42);
	assert_int_equal(f.leefgebied, LEEFGEBIED_WONEN);
	assert_int_equal(f.beleidsterrein, BELEIDSTERREIN_JENV);
	assert_int_equal(f.indiener_type, INDIENER_GEMEENTE);
	assert_int_equal(f.min_leeftijd_dagen, 30);
	assert_int_equal(f.sort, SORT_ONTVANGEN_ASC);
	assert_true(lees(ROL_REGIEVOERDER, FILTER_API, "regievoerder=geen&leefgebied=wonen&beleidsterrein=jenv"
	    "&indienerType=gemeente&ouderDanDagen=30&sorteer=ontvangenOp&zoek=schuld", &f, &fout));
	assert_true(f.niet_toegewezen);
	assert_int_equal(f.beleidsterrein, BELEIDSTERREIN_JENV);   /* the API takes any case */
	assert_int_equal(f.indiener_type, INDIENER_GEMEENTE);
	assert_int_equal(f.min_leeftijd_dagen, 30);
	assert_int_equal(f.sort, SORT_ONTVANGEN_ASC);
	assert_string_equal(f.zoek, "schuld");
	assert_true(lees(ROL_REGIEVOERDER, FILTER_WEB, "regievoerder=17&sorteer=status", &f, &fout));
	assert_int_equal(f.regievoerder_id, 17);
	assert_int_equal(f.sort, SORT_STATUS);
	/* empty form fields are no filter; in the API an empty value is a wrong one */
	assert_true(lees(ROL_REGIEVOERDER, FILTER_WEB, "leefgebied=&regievoerder=&ouder_dan=&sorteer=", &f, &fout));
	assert_int_equal(f.leefgebied, -1);
	assert_int_equal(f.sort, SORT_ONTVANGEN_ASC);   /* the werkvoorraad is a queue: oldest first */
	assert_true(lees(ROL_REGIEVOERDER, FILTER_WEB, "", &f, &fout));
	assert_int_equal(f.sort, SORT_ONTVANGEN_ASC);
	assert_true(lees(ROL_INDIENER, FILTER_WEB, "sorteer=", &f, &fout));
	assert_int_equal(f.sort, SORT_ONTVANGEN_DESC);  /* one's own casussen: newest first */
	assert_true(lees(ROL_REGIEVOERDER, FILTER_WEB, "sorteer=nieuwste", &f, &fout));
	assert_int_equal(f.sort, SORT_ONTVANGEN_DESC);
	assert_true(lees(ROL_REGIEVOERDER, FILTER_WEB, "sorteer=urgentie", &f, &fout));
	assert_int_equal(f.sort, SORT_URGENTIE);
	assert_true(lees(ROL_REGIEVOERDER, FILTER_API, "sorteer=-urgentie", &f, &fout));
	assert_int_equal(f.sort, SORT_URGENTIE);
	assert_true(lees(ROL_REGIEVOERDER, FILTER_API, "", &f, &fout));
	assert_int_equal(f.sort, SORT_ONTVANGEN_DESC);   /* the API's default is unchanged */
	assert_false(lees(ROL_REGIEVOERDER, FILTER_API, "sorteer=urgentie", &f, &fout));
	assert_string_equal(fout.param, "sorteer");
	assert_false(lees(ROL_REGIEVOERDER, FILTER_API, "leefgebied=", &f, &fout));
	assert_string_equal(fout.tekst, "Onbekend leefgebied ''.");
	/* each wrong value named in its own language */
	assert_false(lees(ROL_REGIEVOERDER, FILTER_WEB, "beleidsterrein=jenv", &f, &fout));
	assert_string_equal(fout.param, "beleidsterrein");
	assert_string_equal(fout.tekst, "Kies een beleidsterrein uit de lijst.");
	assert_false(lees(ROL_REGIEVOERDER, FILTER_WEB, "indiener_type=burger", &f, &fout));
	assert_string_equal(fout.param, "indiener_type");
	assert_false(lees(ROL_REGIEVOERDER, FILTER_API, "indienerType=burger", &f, &fout));
	assert_string_equal(fout.param, "indienerType");
	assert_string_equal(fout.tekst, "Onbekend type indiener 'burger'.");
	assert_false(lees(ROL_REGIEVOERDER, FILTER_WEB, "ouder_dan=36501", &f, &fout));
	assert_string_equal(fout.param, "ouder_dan");
	assert_false(lees(ROL_REGIEVOERDER, FILTER_API, "ouderDanDagen=-1", &f, &fout));
	assert_string_equal(fout.tekst, "Geef een aantal dagen van 0 tot en met 36500.");
	assert_false(lees(ROL_REGIEVOERDER, FILTER_API, "regievoerder=0", &f, &fout));
	assert_string_equal(fout.tekst, "Gebruik 'mij', 'geen' of het id van een regievoerder.");
	assert_false(lees(ROL_REGIEVOERDER, FILTER_WEB, "regievoerder=iemand", &f, &fout));
	assert_string_equal(fout.tekst, "Kies een regievoerder uit de lijst.");
	assert_false(lees(ROL_REGIEVOERDER, FILTER_API, "zoek=+++", &f, &fout));
	assert_string_equal(fout.tekst, "Geef een zoekterm van 1 tot 200 tekens.");
	assert_false(lees(ROL_REGIEVOERDER, FILTER_API, "sorteer=nieuwste", &f, &fout));
	assert_string_equal(fout.param, "sorteer");
	assert_false(lees(ROL_REGIEVOERDER, FILTER_WEB, "sorteer=-ontvangenOp", &f, &fout));
	assert_string_equal(fout.tekst, "Kies een sortering uit de lijst.");
	/* the first wrong value in the order of the form */
	assert_false(lees(ROL_REGIEVOERDER, FILTER_WEB, "sorteer=x&leefgebied=x", &f, &fout));
	assert_string_equal(fout.param, "leefgebied");
	/* "mij" without a persoon finds nothing rather than everything */
	{
		struct request r = verzoek(ROL_REGIEVOERDER, "regievoerder=mij");

		r.actor.persoon_id = 0;
		casus_filter_begin(&r, &f);
		assert_true(casus_filter_lees(&r, FILTER_API, &f, &fout));
		assert_int_equal(f.regievoerder_id, -1);
	}
}

static void
test_parameter_names_and_numbers(void **state)
{
	long n = 0;

	(void)state;
	assert_true(casus_filter_param(FILTER_API, "indienerType"));
	assert_true(casus_filter_param(FILTER_API, "zoek"));
	assert_false(casus_filter_param(FILTER_API, "indiener_type"));
	assert_false(casus_filter_param(FILTER_API, "pagina"));   /* paging is the caller's */
	assert_true(casus_filter_param(FILTER_WEB, "ouder_dan"));
	assert_false(casus_filter_param(FILTER_WEB, "zoek"));
	assert_true(casus_filter_getal("36500", 0, 36500, &n));
	assert_int_equal(n, 36500);
	assert_true(casus_filter_getal("007", 1, 10, &n));
	assert_int_equal(n, 7);
	assert_false(casus_filter_getal("36501", 0, 36500, &n));
	assert_false(casus_filter_getal("+5", 0, 10, &n));
	assert_false(casus_filter_getal(" 5", 0, 10, &n));
	assert_false(casus_filter_getal("", 0, 10, &n));
	assert_false(casus_filter_getal("1234567890", 0, 2000000000, &n));   /* ten digits */
	assert_false(casus_filter_getal(NULL, 0, 10, &n));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_begin_applies_visibility_and_local_today),
		cmocka_unit_test(test_status_web),
		cmocka_unit_test(test_status_api),
		cmocka_unit_test(test_other_parameters),
		cmocka_unit_test(test_parameter_names_and_numbers),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
