/* test_store_register.c - the Maatwerkregister in the store: entries and profiles with their tags, one entry per
   organisation, confirming, the full-text search with Dutch stems through the casus search's mechanism, facets,
   ranking and pages, ownership facts, connected organisations and merging. */
#include "harness.h"
#include "fixture.h"

#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "core/casus.h"
#include "core/register.h"
#include "core/register_suggestie.h"
#include "lib/date.h"
#include "store/driver_sqlite.h"
#include "store/netwerk/organisatie.h"
#include "store/register/register.h"
#include "store/search.h"
#include "store/store.h"

static char path[64];
#define NOW ((time_t)1767225600)   /* 2026-01-01T00:00:00Z */

static void
sql(struct store *st, const char *q)
{
	char *msg = NULL;

	if (sqlite3_exec(store_sqlite_db(st), q, NULL, NULL, &msg) != SQLITE_OK) {
		print_error("SQL failed: %s\n%s\n", msg ? msg : "?", q);
		sqlite3_free(msg);
		fail();
	}
}

static int64_t
getal(struct store *st, const char *q)
{
	sqlite3_stmt *s;
	int64_t v = -1;

	assert_int_equal(sqlite3_prepare_v2(store_sqlite_db(st), q, -1, &s, NULL), SQLITE_OK);
	if (sqlite3_step(s) == SQLITE_ROW)
		v = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	return v;
}

static int
dag(const char *s)
{
	int d = DATE_NONE;

	assert_true(date_parse(s, &d));
	return d;
}

static int
setup(void **state)
{
	struct store *st = fixture_store_open(path);

	*state = st;
	if (st == NULL)
		return -1;
	sql(st, "INSERT INTO organisatie (id, naam, type, aangesloten_sinds) VALUES"
	    " (900, 'Gemeente Zuiderhaven', 'gemeente', '2020-03-01'), (901, 'Gemeente Noorderveld', 'gemeente', NULL),"
	    " (902, 'Wijkteam Zuiderhaven-Oost', 'overig', NULL);"
	    "UPDATE organisatie SET parent_id = 900 WHERE id = 902;"
	    "INSERT INTO persoon (id, naam, email, organisatie_id) VALUES (700, 'Fatima el Amrani', 'f.elamrani@zuiderhaven.example', 900),"
	    " (701, 'Joost Bakker', 'j.bakker@zuiderhaven.example', 902), (702, 'Iemand Anders', 'iemand@noorderveld.example', 901);"
	    "INSERT INTO gebruiker (id, persoon_id, password_hash, created_at) VALUES (700, 700, '!', 't');"
	    "INSERT INTO organisatie_contact (organisatie_id, persoon_id, rol, sinds) VALUES (900, 700, 'contactpersoon', 't');");
	return 0;
}

static int
teardown(void **state)
{
	store_close(*state);
	fixture_store_remove(path);
	return 0;
}

static struct register_invoer
invoer(enum register_soort soort, const char *naam, const char *expertise, unsigned lg, uint64_t wetten, int regio)
{
	return (struct register_invoer){ .soort = soort, .naam = naam, .functie = "Maatwerkfunctionaris",
		.mandaat = soort == REGSOORT_ORGANISATIE ? "Het college van B en W" : NULL,
		.email = "maatwerk@zuiderhaven.example", .telefoon = "14 0123", .expertise = expertise, .leefgebieden = lg,
		.wetten = wetten, .regio = regio };
}

static void
test_entries_profiles_and_search(void **state)
{
	struct store *st = *state;
	struct arena *a = arena_new();
	struct register_invoer in = invoer(REGSOORT_ORGANISATIE, "Fatima el Amrani",
	    "Schulden, huisvesting van remigranten en inschrijving in de BRP",
	    (1u << LEEFGEBIED_WONEN) | (1u << LEEFGEBIED_FINANCIEN), (uint64_t)1 << WET_BRP, REGIO_ZUID_HOLLAND);
	struct register_item it, *pv;
	struct register_resultaat res;
	struct register_zoek z = { .soort = -1, .leefgebied = -1, .wet = -1, .regio = -1, .orgtype = -1, .limit = 10 };
	struct err e = { 0 };
	int64_t entry, p1, p2, dubbel = 0;
	size_t n;

	(void)state;
	assert_int_equal(store_begin(st), ERR_OK);
	assert_int_equal(store_register_nieuw(st, &in, 900, 0, 700, 700, NOW, dag("2025-12-31"), &entry, &e), ERR_OK);
	/* a second entry for the same organisation is refused */
	assert_int_equal(store_register_nieuw(st, &in, 900, 0, 0, 700, NOW, dag("2025-12-31"), &dubbel, &e), ERR_CONFLICT);
	assert_string_equal(e.field, "organisatie");
	in = invoer(REGSOORT_PROFESSIONAL, "Joost Bakker", "Beschermd wonen en dakloosheid", 1u << LEEFGEBIED_WONEN,
	    (uint64_t)1 << WET_WMO_2015, REGIO_ZUID_HOLLAND);
	assert_int_equal(store_register_nieuw(st, &in, 902, entry, 701, 700, NOW, dag("2025-12-31"), &p1, &e), ERR_OK);
	/* a profile's organisation must be the entry's or a part of it */
	assert_int_equal(store_register_nieuw(st, &in, 901, entry, 0, 700, NOW, dag("2025-12-31"), &dubbel, &e),
	    ERR_VALIDATION);
	assert_string_equal(e.field, "organisatie");
	in = invoer(REGSOORT_PROFESSIONAL, "Sanne de Wit", "Leerplicht en passend onderwijs", 1u << LEEFGEBIED_ONDERWIJS,
	    (uint64_t)1 << WET_LEERPLICHTWET, REGIO_ZUID_HOLLAND);
	assert_int_equal(store_register_nieuw(st, &in, 0, entry, 0, 700, NOW, dag("2025-12-31"), &p2, &e), ERR_OK);
	assert_int_equal(store_commit(st), ERR_OK);

	/* read back with tags, organisation and the account to invite */
	assert_int_equal(store_register_lees(st, a, entry, &it, &e), ERR_OK);
	assert_int_equal(it.soort, REGSOORT_ORGANISATIE);
	assert_string_equal(it.organisatie_naam, "Gemeente Zuiderhaven");
	assert_int_equal(it.leefgebieden, (1u << LEEFGEBIED_WONEN) | (1u << LEEFGEBIED_FINANCIEN));
	assert_true(it.wetten == ((uint64_t)1 << WET_BRP));
	assert_int_equal(it.regio, REGIO_ZUID_HOLLAND);
	assert_int_equal(it.bevestigd_op, dag("2025-12-31"));
	assert_true(it.uitnodigbaar);
	assert_string_equal(it.account_email, "f.elamrani@zuiderhaven.example");
	assert_int_equal(it.profielen, 2);
	assert_int_equal(store_register_lees(st, a, p1, &it, &e), ERR_OK);
	assert_string_equal(it.ouder_naam, "Gemeente Zuiderhaven");
	assert_int_equal(it.organisatie_boven[0], 900);
	assert_false(it.uitnodigbaar);   /* Joost has no account */
	assert_int_equal(store_register_profielen(st, a, entry, &pv, &n, &e), ERR_OK);
	assert_int_equal(n, 2);
	assert_string_equal(pv[0].naam, "Joost Bakker");

	/* full text with Dutch stems: "schuld" finds "Schulden", "woning" nothing, "wonen" the tag and the text */
	z.zoek = store_search_param(st, a, "schuld");
	assert_int_equal(store_register_zoek(st, a, &z, &res, &e), ERR_OK);
	assert_int_equal(res.totaal, 1);
	assert_int_equal(res.items[0].id, entry);
	z.zoek = store_search_param(st, a, "Zuiderhaven");   /* the organisation's name */
	assert_int_equal(store_register_zoek(st, a, &z, &res, &e), ERR_OK);
	assert_int_equal(res.totaal, 3);
	assert_int_equal(res.per_soort[REGSOORT_ORGANISATIE], 1);
	assert_int_equal(res.per_soort[REGSOORT_PROFESSIONAL], 2);
	assert_int_equal(res.per_leefgebied[LEEFGEBIED_WONEN], 2);
	assert_int_equal(res.per_wet[WET_LEERPLICHTWET], 1);
	assert_int_equal(res.per_regio[REGIO_ZUID_HOLLAND], 3);
	assert_int_equal(res.per_orgtype[ORGTYPE_GEMEENTE], 2);
	assert_int_equal(res.per_orgtype[ORGTYPE_OVERIG], 1);
	z.zoek = store_search_param(st, a, "Wet maatschappelijke ondersteuning");   /* a tag's label */
	assert_int_equal(store_register_zoek(st, a, &z, &res, &e), ERR_OK);
	assert_int_equal(res.totaal, 1);
	assert_int_equal(res.items[0].id, p1);
	/* ranking: a hit in the name beats one in the expertise */
	z.zoek = store_search_param(st, a, "wonen");
	assert_int_equal(store_register_zoek(st, a, &z, &res, &e), ERR_OK);
	assert_int_equal(res.totaal, 2);
	assert_int_equal(res.items[0].id, p1);
	/* filters and a page */
	z.zoek = NULL;
	z.leefgebied = LEEFGEBIED_ONDERWIJS;
	assert_int_equal(store_register_zoek(st, a, &z, &res, &e), ERR_OK);
	assert_int_equal(res.totaal, 1);
	assert_string_equal(res.items[0].naam, "Sanne de Wit");
	z.leefgebied = -1;
	z.wet = WET_BRP;
	z.organisatie_id = 900;
	assert_int_equal(store_register_zoek(st, a, &z, &res, &e), ERR_OK);
	assert_int_equal(res.totaal, 1);
	z.wet = -1;
	z.limit = 1;
	z.offset = 1;
	assert_int_equal(store_register_zoek(st, a, &z, &res, &e), ERR_OK);
	assert_int_equal(res.totaal, 3);
	assert_int_equal(res.n, 1);
	assert_int_equal(res.items[0].soort, REGSOORT_PROFESSIONAL);   /* the entry comes first */
	z.organisatie_id = 901;
	assert_int_equal(store_register_zoek(st, a, &z, &res, &e), ERR_OK);
	assert_int_equal(res.totaal, 0);
	arena_free(a);
}

static void
test_change_confirm_and_ownership(void **state)
{
	struct store *st = *state;
	struct arena *a = arena_new();
	struct register_item it, *eigen;
	struct register_eigendom own;
	struct register_resultaat res;
	struct register_zoek z = { .soort = -1, .leefgebied = -1, .wet = -1, .regio = -1, .orgtype = -1, .limit = 10 };
	struct actor fatima = { .gebruiker_id = 700, .persoon_id = 700, .roles = ROL_BIT(ROL_MAATWERKPROFESSIONAL) };
	struct actor joost = { .gebruiker_id = 701, .persoon_id = 701, .roles = ROL_BIT(ROL_MAATWERKPROFESSIONAL) };
	struct actor iemand = { .gebruiker_id = 702, .persoon_id = 702, .roles = ROL_BIT(ROL_MAATWERKPROFESSIONAL) };
	struct register_invoer in;
	struct err e = { 0 };
	int64_t entry = getal(st, "SELECT id FROM register_item WHERE soort = 'organisatie' AND organisatie_id = 900");
	int64_t p1 = getal(st, "SELECT id FROM register_item WHERE naam = 'Joost Bakker'");
	size_t n;
	bool b;

	(void)state;
	/* who keeps what: Fatima is a contact person of Zuiderhaven, Joost owns his profile */
	assert_int_equal(store_register_lees(st, a, p1, &it, &e), ERR_OK);
	assert_int_equal(store_register_eigendom(st, &it, &joost, &own, &e), ERR_OK);
	assert_true(register_mag_bewerken(&joost, &own));
	assert_int_equal(store_register_eigendom(st, &it, &fatima, &own, &e), ERR_OK);
	assert_true(own.actor_is_contact);   /* contact of the whole the Wijkteam is part of */
	assert_int_equal(store_register_eigendom(st, &it, &iemand, &own, &e), ERR_OK);
	assert_false(register_mag_bewerken(&iemand, &own));
	assert_int_equal(store_register_eigen(st, a, 700, &eigen, &n, &e), ERR_OK);
	assert_int_equal(n, 3);   /* the entry and the two profiles under it */
	assert_int_equal(store_register_eigen(st, a, 701, &eigen, &n, &e), ERR_OK);
	assert_int_equal(n, 1);

	/* a change replaces the tags and the index; it confirms */
	in = invoer(REGSOORT_PROFESSIONAL, "Joost Bakker", "Schuldhulp voor jongeren", 1u << LEEFGEBIED_FINANCIEN,
	    (uint64_t)1 << WET_WGS, REGIO_ZUID_HOLLAND);
	assert_int_equal(store_begin(st), ERR_OK);
	assert_int_equal(store_register_wijzig(st, p1, &in, 700, NOW, dag("2026-01-02"), &e), ERR_OK);
	assert_int_equal(store_commit(st), ERR_OK);
	assert_int_equal(store_register_lees(st, a, p1, &it, &e), ERR_OK);
	assert_int_equal(it.leefgebieden, 1u << LEEFGEBIED_FINANCIEN);
	assert_int_equal(it.bevestigd_op, dag("2026-01-02"));
	z.zoek = store_search_param(st, a, "dakloosheid");
	assert_int_equal(store_register_zoek(st, a, &z, &res, &e), ERR_OK);
	assert_int_equal(res.totaal, 0);
	z.zoek = store_search_param(st, a, "jongere");
	assert_int_equal(store_register_zoek(st, a, &z, &res, &e), ERR_OK);
	assert_int_equal(res.totaal, 1);
	/* an organisation renamed is found by its new name, and so are the profiles of its parts */
	sql(st, "UPDATE organisatie SET naam = 'Gemeente Zuiderhavenstad' WHERE id = 900");
	z.zoek = store_search_param(st, a, "zuiderhavenstad");
	assert_int_equal(store_register_zoek(st, a, &z, &res, &e), ERR_OK);
	assert_int_equal(res.totaal, 3);
	sql(st, "UPDATE organisatie SET naam = 'Gemeente Zuiderhaven' WHERE id = 900");

	/* confirming: outdated a year later, confirmed again */
	sql(st, "UPDATE register_item SET bevestigd_op = '2024-11-30' WHERE organisatie_id = 900 AND soort = 'organisatie'");
	assert_int_equal(store_register_lees(st, a, entry, &it, &e), ERR_OK);
	assert_true(register_verouderd(it.bevestigd_op, dag("2026-01-01")));
	assert_int_equal(store_register_bevestig(st, entry, 700, NOW, dag("2026-01-01"), &e), ERR_OK);
	assert_int_equal(store_register_lees(st, a, entry, &it, &e), ERR_OK);
	assert_false(register_verouderd(it.bevestigd_op, dag("2026-01-01")));
	assert_int_equal(store_register_bevestig(st, 99999, 700, NOW, dag("2026-01-01"), &e), ERR_NOT_FOUND);

	/* connected today: Zuiderhaven since 2020, its Wijkteam through it, Noorderveld not */
	assert_int_equal(store_register_aangesloten(st, 900, dag("2026-01-01"), &b, &e), ERR_OK);
	assert_true(b);
	assert_int_equal(store_register_aangesloten(st, 902, dag("2026-01-01"), &b, &e), ERR_OK);
	assert_true(b);
	assert_int_equal(store_register_aangesloten(st, 900, dag("2019-01-01"), &b, &e), ERR_OK);
	assert_false(b);
	assert_int_equal(store_register_aangesloten(st, 901, dag("2026-01-01"), &b, &e), ERR_OK);
	assert_false(b);
	arena_free(a);
}

static void
test_merge_moves_the_register(void **state)
{
	struct store *st = *state;
	struct samenvoeging_telling t = { 0 };
	struct register_invoer in = invoer(REGSOORT_ORGANISATIE, "Piet Noord", NULL, 1u << LEEFGEBIED_ZORG, 0,
	    REGIO_GRONINGEN);
	struct err e = { 0 };
	int64_t noord, prof;

	(void)state;
	assert_int_equal(store_begin(st), ERR_OK);
	assert_int_equal(store_register_nieuw(st, &in, 901, 0, 0, 0, NOW, dag("2026-01-01"), &noord, &e), ERR_OK);
	in = invoer(REGSOORT_PROFESSIONAL, "Els Noord", NULL, 1u << LEEFGEBIED_ZORG, 0, REGIO_GRONINGEN);
	assert_int_equal(store_register_nieuw(st, &in, 901, noord, 0, 0, NOW, dag("2026-01-01"), &prof, &e), ERR_OK);
	/* Noorderveld turns out to be Zuiderhaven: its profile goes under Zuiderhaven's entry, its entry goes */
	assert_int_equal(store_organisatie_samenvoegen(st, 901, 900, &t, &e), ERR_OK);
	assert_int_equal(store_commit(st), ERR_OK);
	assert_int_equal(getal(st, "SELECT count(*) FROM register_item WHERE organisatie_id = 901"), 0);
	assert_int_equal(getal(st, "SELECT count(*) FROM register_item WHERE organisatie_id = 900 AND soort = 'organisatie'"), 1);
	assert_int_equal(getal(st, "SELECT vermelding_id = (SELECT id FROM register_item WHERE organisatie_id = 900 AND"
	    " soort = 'organisatie') FROM register_item WHERE naam = 'Els Noord'"), 1);
	assert_int_equal(getal(st, "SELECT count(*) FROM register_fts WHERE register_fts MATCH 'piet'"), 0);
}

/* A deterministic sequence for the generated register below. */
static unsigned
volgende(unsigned *x)
{
	*x = *x * 1103515245u + 12345u;
	return (*x >> 16) & 0x7fff;
}

/* The old way of "who can help": every item scored in core; ids of the best max into out. */
static size_t
kern_beste(struct store *st, struct arena *a, const struct suggestie_vraag *v, int soort, int vandaag, size_t max,
    int64_t *out)
{
	struct register_item *al;
	struct suggestie_kandidaat *k;
	size_t n, beste[64], m;
	struct err e = { 0 };

	assert_int_equal(store_register_alle(st, a, &al, &n, &e), ERR_OK);
	k = arena_alloc(a, (n + 1) * sizeof(*k));
	for (size_t i = 0; i < n; i++)
		k[i] = (struct suggestie_kandidaat){ al[i].soort, al[i].leefgebieden, al[i].wetten, al[i].organisatie_id,
			{ al[i].organisatie_boven[0], al[i].organisatie_boven[1] }, al[i].beleidsterrein, al[i].regio,
			register_verouderd(al[i].bevestigd_op, vandaag) };
	m = suggestie_beste(v, k, n, soort, max, beste);
	for (size_t i = 0; i < m; i++)
		out[i] = al[beste[i]].id;
	return m;
}

/*
 * The bounded queries against the whole register: "who can help" computed in the store gives the same items in
 * the same order as scoring every item in core; the register import's profile by e-mail address; the pages and
 * facets of a search with a leefgebied and no text (driven by the tag's index) against counting by hand.
 */
static void
test_bounded_queries_match_the_whole_register(void **state)
{
	struct store *st = *state;
	struct arena *a = arena_new();
	struct err e = { 0 };
	struct register_item *al, *sg;
	struct register_resultaat res, deel;
	unsigned x = 12;
	int vandaag = dag("2026-01-01");
	int64_t entries[4] = { 0 }, id, ver, orgs[] = { 910, 911, 912, 900 }, kern[64];
	size_t n, m;
	bool leeg = true;

	assert_int_equal(store_register_leeg(st, &leeg, &e), ERR_OK);
	assert_false(leeg);   /* the tests before left entries */
	/* SZW's ministry (of the reference data), a directorate of it and a department two levels down */
	sql(st, "INSERT INTO organisatie (id, naam, type, code) VALUES (911, 'Directie Participatie', 'overig', NULL),"
	    " (912, 'Afdeling Schulden', 'overig', NULL), (913, 'Gemeente Oosterdal', 'gemeente', NULL);"
	    "UPDATE organisatie SET parent_id = (SELECT id FROM organisatie WHERE code = 'SZW') WHERE id = 911;"
	    "UPDATE organisatie SET parent_id = 911 WHERE id = 912;");
	orgs[0] = getal(st, "SELECT id FROM organisatie WHERE code = 'SZW'");
	assert_int_equal(store_begin(st), ERR_OK);
	for (int o = 0; o < 4; o++) {
		int64_t org = o == 0 ? orgs[0] : o < 3 ? 910 + o : 913;
		struct register_invoer in = invoer(REGSOORT_ORGANISATIE, "Maatwerkfunctionaris", NULL,
		    1u << (volgende(&x) % LEEFGEBIED__MAX), 0, (int)(volgende(&x) % REGIO__MAX));

		assert_int_equal(store_register_nieuw(st, &in, org, 0, 0, 700, NOW, vandaag - 30, &entries[o], &e), ERR_OK);
	}
	for (int i = 0; i < 120; i++) {
		int o = (int)(volgende(&x) % 4);
		struct register_invoer in = invoer(REGSOORT_PROFESSIONAL, arena_printf(a, "Professional %d", i), NULL,
		    (1u << (volgende(&x) % LEEFGEBIED__MAX)) | (1u << (volgende(&x) % LEEFGEBIED__MAX)),
		    volgende(&x) % 3 == 0 ? (uint64_t)1 << (volgende(&x) % WET__MAX) : 0, (int)(volgende(&x) % REGIO__MAX));

		in.email = arena_printf(a, "prof%d@voorbeeld.example", i);
		assert_int_equal(store_register_nieuw(st, &in, o == 0 ? orgs[0] : o < 3 ? 910 + o : 913,
		    o < 3 ? entries[0] : entries[3], 0,
		    700, NOW, vandaag, &id, &e), ERR_OK);
		if (volgende(&x) % 3 == 0)   /* a third confirmed long ago: outdated, one point less */
			assert_int_equal(store_register_bevestig(st, id, 700, NOW, vandaag - 400 - (int)(volgende(&x) % 60), &e),
			    ERR_OK);
	}
	assert_int_equal(store_commit(st), ERR_OK);

	/* the import's profile by address: any case; not under another entry; 0 when none */
	ver = getal(st, "SELECT vermelding_id FROM register_item WHERE email = 'prof7@voorbeeld.example'");
	assert_int_equal(store_register_profiel_email(st, ver, "PROF7@Voorbeeld.example", &id, &e), ERR_OK);
	assert_int_equal(getal(st, "SELECT id FROM register_item WHERE email = 'prof7@voorbeeld.example'"), id);
	assert_int_equal(store_register_profiel_email(st, ver == entries[0] ? entries[3] : entries[0],
	    "prof7@voorbeeld.example", &id, &e), ERR_OK);
	assert_int_equal(id, 0);
	assert_int_equal(store_register_profiel_email(st, ver, "niemand@voorbeeld.example", &id, &e), ERR_OK);
	assert_int_equal(id, 0);

	/* who can help: leefgebieden, wetten, a ministry two levels up, betrokken organisations, a region */
	for (int t = 0; t < 40; t++) {
		struct suggestie_vraag v = { .leefgebieden = (1u << (volgende(&x) % LEEFGEBIED__MAX)) |
			(t % 2 ? 1u << (volgende(&x) % LEEFGEBIED__MAX) : 0),
			.wetten = t % 3 == 0 ? (uint64_t)1 << (volgende(&x) % WET__MAX) : 0,
			.beleidsterreinen = t % 4 == 0 ? 1u << BELEIDSTERREIN_SZW : t % 4 == 1 ? 1u << BELEIDSTERREIN_VWS : 0,
			.organisaties = &orgs[volgende(&x) % 4], .norganisaties = t % 5 == 0 ? 1 : 0,
			.regio = t % 6 == 0 ? -1 : (int)(volgende(&x) % REGIO__MAX) };

		for (int soort = 0; soort < REGSOORT__MAX; soort++) {
			size_t max = soort == REGSOORT_ORGANISATIE ? 6 : 8;

			m = kern_beste(st, a, &v, soort, vandaag, max, kern);
			assert_int_equal(store_register_suggesties(st, a, &v, (enum register_soort)soort, vandaag, max, &sg, &n,
			    &e), ERR_OK);
			assert_int_equal(n, m);
			for (size_t i = 0; i < n; i++)
				assert_int_equal(sg[i].id, kern[i]);
		}
	}

	/* a leefgebied without a text: the total, the facets and the pages by hand */
	assert_int_equal(store_register_alle(st, a, &al, &n, &e), ERR_OK);
	for (int lg = 0; lg < LEEFGEBIED__MAX; lg++) {
		struct register_zoek z = { .soort = -1, .leefgebied = lg, .wet = -1, .regio = -1, .orgtype = -1, .limit = 500 };
		int64_t totaal = 0, per_soort[REGSOORT__MAX] = { 0 }, per_regio[REGIO__MAX] = { 0 };

		for (size_t i = 0; i < n; i++)
			if (al[i].leefgebieden & (1u << lg)) {
				totaal++;
				per_soort[al[i].soort]++;
				per_regio[al[i].regio]++;
			}
		assert_int_equal(store_register_zoek(st, a, &z, &res, &e), ERR_OK);
		assert_int_equal(res.totaal, totaal);
		assert_int_equal(res.n, (size_t)totaal);
		assert_int_equal(res.per_leefgebied[lg], totaal);
		for (int i = 0; i < REGSOORT__MAX; i++)
			assert_int_equal(res.per_soort[i], per_soort[i]);
		for (int i = 0; i < REGIO__MAX; i++)
			assert_int_equal(res.per_regio[i], per_regio[i]);
		/* pages of 7 are the whole list cut in pieces, the last one short, one past the end empty */
		z.limit = 7;
		for (z.offset = 0; z.offset <= (int)totaal; z.offset += 7) {
			assert_int_equal(store_register_zoek(st, a, &z, &deel, &e), ERR_OK);
			assert_int_equal(deel.totaal, totaal);
			assert_int_equal(deel.n, (size_t)(totaal - z.offset < 7 ? totaal - z.offset : 7));
			for (size_t i = 0; i < deel.n; i++)
				assert_int_equal(deel.items[i].id, res.items[z.offset + (int)i].id);
		}
	}
	arena_free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_entries_profiles_and_search),
		cmocka_unit_test(test_change_confirm_and_ownership),
		cmocka_unit_test(test_merge_moves_the_register),
		cmocka_unit_test(test_bounded_queries_match_the_whole_register),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
