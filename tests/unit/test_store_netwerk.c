/* test_store_netwerk.c - the network in the store: the corrected reference data, the directory, the tree, the
   connection history, contacts, merging (every reference moves), proposals, accounts, one-time links, tokens and
   requests for access. */
#include "harness.h"
#include "fixture.h"

#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "core/aansluiting.h"
#include "core/casus.h"
#include "core/account.h"
#include "core/organisatie.h"
#include "core/rol.h"
#include "lib/date.h"
#include "store/beheer/beheer.h"
#include "store/driver_sqlite.h"
#include "store/leerpunt/leerpunt.h"
#include "store/netwerk/organisatie.h"
#include "store/store.h"

static char path[64];

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

static int64_t
code_id(struct store *st, const char *code)
{
	char q[128];

	snprintf(q, sizeof(q), "SELECT id FROM organisatie WHERE code = '%s'", code);
	return getal(st, q);
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
	return st == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	store_close(*state);
	fixture_store_remove(path);
	return 0;
}

/* The ids of 002 did not move; the dates are the seeds' (issue9-netwerk-feiten.md §3). */
static void
test_reference_data_corrected(void **state)
{
	struct store *st = *state;
	struct arena *a = arena_new();
	struct aansluiting *h;
	size_t n;
	int64_t buza = code_id(st, "BuZa");
	(void)state;

	assert_int_equal(code_id(st, "VWS"), 1);          /* 002's insert order */
	assert_int_equal(code_id(st, "VRO"), 9);
	assert_int_equal(code_id(st, "PMM"), 10);
	assert_int_equal(getal(st, "SELECT id FROM organisatie WHERE naam = 'UWV'"), 12);
	assert_int_equal(code_id(st, "UWV"), 12);          /* and the agencies got their codes */
	assert_int_equal(getal(st, "SELECT count(*) FROM organisatie WHERE aangesloten_sinds = '2019-01-01'"), 0);

	assert_int_equal(store_aansluiting_lijst(st, a, buza, &h, &n, NULL), ERR_OK);
	assert_int_equal(n, 3);
	assert_false(aangesloten_op(h, n, dag("2024-12-31")));
	assert_int_equal(aansluiting_op(h, n, dag("2024-06-01")), AANSLUITING_VASTE_CONTACTPERSOON);
	assert_int_equal(aansluiting_op(h, n, dag("2025-06-01")), AANSLUITING_NIET_AANGESLOTEN);
	assert_true(aangesloten_op(h, n, dag("2026-01-08")));
	assert_non_null(strstr(h[0].bron, "000:163"));

	assert_int_equal(store_aansluiting_lijst(st, a, code_id(st, "FIN"), &h, &n, NULL), ERR_OK);
	assert_int_equal(n, 1);
	assert_false(aangesloten_op(h, n, dag("2019-06-01")));   /* FIN joined after the start */
	assert_int_equal(store_aansluiting_lijst(st, a, code_id(st, "SZW"), &h, &n, NULL), ERR_OK);
	assert_true(aangesloten_op(h, n, dag("2019-05-01")));
	assert_false(aangesloten_op(h, n, dag("2019-04-30")));
	assert_int_equal(store_aansluiting_lijst(st, a, code_id(st, "AenM"), &h, &n, NULL), ERR_OK);
	assert_int_equal(n, 0);                                 /* no connection of its own */
	assert_int_equal(store_aansluiting_lijst(st, a, code_id(st, "COA"), &h, &n, NULL), ERR_OK);
	assert_int_equal(aansluiting_op(h, n, dag("2025-01-01")), AANSLUITING_VASTE_CONTACTPERSOON);

	/* A&M under JenV, VRO under BZK: what JenV's ambassadeur represents reaches the IND through A&M */
	assert_int_equal(getal(st, "SELECT parent_id FROM organisatie WHERE code = 'AenM'"), code_id(st, "JenV"));
	assert_int_equal(getal(st, "SELECT parent_id FROM organisatie WHERE code = 'VRO'"), code_id(st, "BZK"));
	{
		int64_t *ids;
		bool ind = false, vws = false;

		assert_int_equal(store_organisatie_onder(st, a, code_id(st, "JenV"), &ids, &n, NULL), ERR_OK);
		assert_int_equal(ids[0], code_id(st, "JenV"));
		for (size_t i = 0; i < n; i++) {
			ind |= ids[i] == code_id(st, "IND");
			vws |= ids[i] == code_id(st, "VWS");
		}
		assert_true(ind);
		assert_false(vws);
	}

	/* every organisation's columns are core's aansluiting_periode of its history */
	{
		struct org_ouder *boom;
		size_t nb;

		assert_int_equal(store_organisatie_boom(st, a, &boom, &nb, NULL), ERR_OK);
		assert_true(nb >= 38);
		for (size_t i = 0; i < nb; i++) {
			struct organisatie_rij o;
			int sinds, tot;

			assert_int_equal(store_organisatie_lees(st, a, boom[i].id, &o, NULL), ERR_OK);
			assert_int_equal(store_aansluiting_lijst(st, a, boom[i].id, &h, &n, NULL), ERR_OK);
			aansluiting_periode(h, n, &sinds, &tot);
			if (o.aangesloten_sinds != sinds || o.aangesloten_tot != tot)
				fail_msg("%s: columns %d/%d, history %d/%d", o.naam, o.aangesloten_sinds, o.aangesloten_tot,
				    sinds, tot);
		}
	}
	arena_free(a);
}

static void
test_directory_create_change_conflicts(void **state)
{
	struct store *st = *state;
	struct arena *a = arena_new();
	struct organisatie_invoer in = { .naam = "  Gemeente Zuiderhaven ", .type = ORGTYPE_GEMEENTE,
		.email = "loket@zuiderhaven.example", .telefoon = "14 0123" };
	struct organisatie_filter f = { .type = -1, .status = -1, .limit = -1 };
	struct organisatie_rij *v, o;
	struct err e = { 0 };
	size_t n, total;
	int64_t id, id2;

	assert_int_equal(store_begin(st), ERR_OK);
	assert_int_equal(store_organisatie_nieuw(st, &in, &id, &e), ERR_OK);
	in.naam = "gemeente zuiderhaven";        /* the same name, another case */
	assert_int_equal(store_organisatie_nieuw(st, &in, &id2, &e), ERR_CONFLICT);
	assert_string_equal(e.field, "naam");
	in.naam = "Werkgever BV";
	in.type = ORGTYPE_WERKGEVER;
	in.code = "vws";                         /* a ministry's code in another case */
	assert_int_equal(store_organisatie_nieuw(st, &in, &id2, &e), ERR_CONFLICT);
	assert_string_equal(e.field, "code");
	in.code = "";
	in.parent_id = id;
	assert_int_equal(store_organisatie_nieuw(st, &in, &id2, &e), ERR_OK);
	assert_int_equal(store_commit(st), ERR_OK);

	assert_int_equal(store_organisatie_lees(st, a, id, &o, &e), ERR_OK);
	assert_string_equal(o.naam, "Gemeente Zuiderhaven");    /* trimmed */
	assert_int_equal(o.type, ORGTYPE_GEMEENTE);
	assert_string_equal(o.email, "loket@zuiderhaven.example");
	assert_int_equal(o.onderdelen, 1);
	assert_int_equal(store_organisatie_lees(st, a, id2, &o, &e), ERR_OK);
	assert_null(o.code);                                     /* "" is none */
	assert_string_equal(o.parent_naam, "Gemeente Zuiderhaven");
	assert_int_equal(store_organisatie_lees(st, a, 99999, &o, &e), ERR_NOT_FOUND);

	f.zoek = "zuiderHAVEN";
	assert_int_equal(store_organisatie_lijst(st, a, &f, &v, &n, &total, &e), ERR_OK);
	assert_int_equal(n, 1);
	f.zoek = NULL;
	f.type = ORGTYPE_MINISTERIE;
	assert_int_equal(store_organisatie_lijst(st, a, &f, &v, &n, &total, &e), ERR_OK);
	assert_int_equal(n, 9);
	f.zoek = "jenv";                          /* by code */
	assert_int_equal(store_organisatie_lijst(st, a, &f, &v, &n, &total, &e), ERR_OK);
	assert_int_equal(n, 1);
	assert_string_equal(v[0].code, "JenV");
	f.zoek = NULL;
	f.type = -1;
	f.limit = 5;
	f.offset = 5;
	assert_int_equal(store_organisatie_lijst(st, a, &f, &v, &n, &total, &e), ERR_OK);
	assert_int_equal(n, 5);
	assert_true(total > 30);

	in.naam = "Gemeente Zuiderhaven (gewijzigd)";
	in.type = ORGTYPE_GEMEENTE;
	in.parent_id = 0;
	in.telefoon = NULL;
	assert_int_equal(store_begin(st), ERR_OK);
	assert_int_equal(store_organisatie_wijzig(st, id, &in, &e), ERR_OK);
	assert_int_equal(store_organisatie_wijzig(st, 99999, &in, &e), ERR_NOT_FOUND);
	assert_int_equal(store_commit(st), ERR_OK);
	assert_int_equal(store_organisatie_lees(st, a, id, &o, &e), ERR_OK);
	assert_null(o.telefoon);
	{
		int64_t gevonden = 0;

		assert_int_equal(store_organisatie_zoek(st, "gemeente zuiderhaven (GEWIJZIGD)", &gevonden, &e), ERR_OK);
		assert_int_equal(gevonden, id);
		assert_int_equal(store_organisatie_zoek(st, "svb", &gevonden, &e), ERR_OK);
		assert_int_equal(gevonden, code_id(st, "SVB"));
		assert_int_equal(store_organisatie_zoek(st, "Bestaat Niet", &gevonden, &e), ERR_OK);
		assert_int_equal(gevonden, 0);
	}
	arena_free(a);
}

static void
test_history_updates_the_columns(void **state)
{
	struct store *st = *state;
	struct arena *a = arena_new();
	struct organisatie_invoer in = { .naam = "Gemeente Weerderbroek-Test", .type = ORGTYPE_GEMEENTE };
	struct aansluiting x = { 0, AANSLUITING_BESTUURLIJK_AANGESLOTEN, 0, "akkoord van het college" };
	struct organisatie_rij o;
	int64_t id;

	assert_int_equal(store_begin(st), ERR_OK);
	assert_int_equal(store_organisatie_nieuw(st, &in, &id, NULL), ERR_OK);
	x.datum = dag("2022-03-10");
	assert_int_equal(store_aansluiting_toevoegen(st, id, &x, 0, 1700000000, NULL), ERR_OK);
	assert_int_equal(store_commit(st), ERR_OK);
	assert_int_equal(store_organisatie_lees(st, a, id, &o, NULL), ERR_OK);
	assert_int_equal(o.aangesloten_sinds, dag("2022-03-10"));
	assert_int_equal(o.aangesloten_tot, DATE_NONE);

	x.status = AANSLUITING_BEEINDIGD;
	x.datum = dag("2024-12-31");
	assert_int_equal(store_begin(st), ERR_OK);
	assert_int_equal(store_aansluiting_toevoegen(st, id, &x, 0, 1700000000, NULL), ERR_OK);
	assert_int_equal(store_commit(st), ERR_OK);
	assert_int_equal(store_organisatie_lees(st, a, id, &o, NULL), ERR_OK);
	assert_int_equal(o.aangesloten_sinds, dag("2022-03-10"));
	assert_int_equal(o.aangesloten_tot, dag("2024-12-31"));
	arena_free(a);
}

/* Every foreign key to organisatie is one the merge moves; a table added later without that fails here. */
static void
test_merge_knows_every_reference(void **state)
{
	static const char *const bekend[] = { "organisatie.parent_id", "persoon.organisatie_id",
		"casus.indiener_organisatie_id", "casus_organisatie.organisatie_id", "belegging.organisatie_id",
		"organisatie_aansluiting.organisatie_id", "organisatie_contact.organisatie_id",
		"escalatie_organisatie.organisatie_id", "escalatie_deelnemer.organisatie_id",
		"escalatie_afspraak.organisatie_id", "overbrugging.voorfinancier_id", "overbrugging.betaler_id",
		"overbrugging_kandidaat.organisatie_id", "maatwerk_toepassing.organisatie_id",
		"belegging_partner.organisatie_id", "navraag_partij.organisatie_id", "systeemwijziging.organisatie_id",
		"register_item.organisatie_id" };
	struct store *st = *state;
	sqlite3_stmt *s;
	int n = 0;

	assert_int_equal(sqlite3_prepare_v2(store_sqlite_db(st), "SELECT m.name, p.\"from\" FROM sqlite_master m"
	    " JOIN pragma_foreign_key_list(m.name) p WHERE m.type = 'table' AND p.\"table\" = 'organisatie'", -1, &s, NULL),
	    SQLITE_OK);
	while (sqlite3_step(s) == SQLITE_ROW) {
		char ref[128];
		bool ok = false;

		snprintf(ref, sizeof(ref), "%s.%s", sqlite3_column_text(s, 0), sqlite3_column_text(s, 1));
		for (size_t i = 0; i < sizeof(bekend) / sizeof(bekend[0]); i++)
			ok |= strcmp(ref, bekend[i]) == 0;
		if (!ok)
			fail_msg("%s refers to organisatie but store_organisatie_samenvoegen does not move it", ref);
		n++;
	}
	sqlite3_finalize(s);
	assert_int_equal(n, (int)(sizeof(bekend) / sizeof(bekend[0])));
}

static void
test_merge_moves_everything(void **state)
{
	struct store *st = *state;
	struct arena *a = arena_new();
	struct samenvoeging_telling t;
	struct organisatie_rij o;
	struct err e = { 0 };
	int64_t van, naar, deel, persoon;
	char q[2048];

	/* "UWV Maatwerkplaats" typed twice: as an overig organisation with references, and the real desk */
	sql(st, "INSERT INTO organisatie (naam, type, code, status) VALUES ('UWV maatwerk', 'overig', 'UWVM', 'voorstel')");
	van = getal(st, "SELECT id FROM organisatie WHERE naam = 'UWV maatwerk'");
	naar = getal(st, "SELECT id FROM organisatie WHERE naam = 'Maatwerkplaats UWV'");
	snprintf(q, sizeof(q),
	    "INSERT INTO organisatie (naam, type, parent_id) VALUES ('Team Noord', 'loket', %lld);"
	    "INSERT INTO persoon (naam, email, organisatie_id) VALUES ('Piet', 'piet@uwv.example', %lld);"
	    "INSERT INTO casus (id, referentie, status, ontvangen_op, hulpvraag, created_at, updated_at,"
	    " indiener_organisatie_id) VALUES (900, 'PMM-2025-0900', 'aangemeld', '2025-02-01', 'x', 't', 't', %lld),"
	    " (901, 'PMM-2025-0901', 'aangemeld', '2025-02-01', 'y', 't', 't', NULL);"
	    "INSERT INTO casus_organisatie VALUES (900, %lld, 'verwees door', 0), (900, %lld, NULL, 1),"
	    " (901, %lld, 'betaalt', 0);"
	    "INSERT INTO leerpunt (id, omschrijving, categorie, orde, created_at) VALUES (900, 'l', 'ict', 1, 't');"
	    "INSERT INTO belegging (leerpunt_id, organisatie_id, created_at) VALUES (900, %lld, 't');"
	    "INSERT INTO organisatie_aansluiting (organisatie_id, status, datum, created_at)"
	    " VALUES (%lld, 'vaste_contactpersoon', '2024-01-01', 't');"
	    "INSERT INTO organisatie_contact VALUES (%lld, (SELECT id FROM persoon WHERE email = 'piet@uwv.example'),"
	    " 'contactpersoon', 't');",
	    (long long)van, (long long)van, (long long)van, (long long)van, (long long)naar, (long long)van,
	    (long long)van, (long long)van, (long long)van);
	sql(st, q);
	deel = getal(st, "SELECT id FROM organisatie WHERE naam = 'Team Noord'");
	persoon = getal(st, "SELECT id FROM persoon WHERE email = 'piet@uwv.example'");

	assert_int_equal(store_begin(st), ERR_OK);
	assert_int_equal(store_organisatie_samenvoegen(st, van, naar, &t, &e), ERR_OK);
	assert_int_equal(store_commit(st), ERR_OK);
	assert_int_equal(t.personen, 1);
	assert_int_equal(t.beleggingen, 1);
	assert_int_equal(t.onderdelen, 1);
	assert_int_equal(t.aansluitingen, 1);
	assert_int_equal(t.contacten, 1);

	assert_int_equal(store_organisatie_lees(st, a, van, &o, &e), ERR_NOT_FOUND);
	assert_int_equal(store_organisatie_lees(st, a, naar, &o, &e), ERR_OK);
	assert_string_equal(o.code, "UWVM");          /* the code moved: naar had none */
	assert_int_equal(o.casussen, 2);
	snprintf(q, sizeof(q), "SELECT organisatie_id FROM persoon WHERE id = %lld", (long long)persoon);
	assert_int_equal(getal(st, q), naar);
	snprintf(q, sizeof(q), "SELECT parent_id FROM organisatie WHERE id = %lld", (long long)deel);
	assert_int_equal(getal(st, q), naar);
	assert_int_equal(getal(st, "SELECT indiener_organisatie_id FROM casus WHERE id = 900"), naar);
	/* casus 900 named both: one row remains, with van's rol because naar's had none */
	assert_int_equal(getal(st, "SELECT count(*) FROM casus_organisatie WHERE casus_id = 900"), 1);
	assert_int_equal(getal(st, "SELECT rol = 'verwees door' FROM casus_organisatie WHERE casus_id = 900"), 1);
	snprintf(q, sizeof(q), "SELECT count(*) FROM casus_organisatie WHERE casus_id = 901 AND organisatie_id = %lld",
	    (long long)naar);
	assert_int_equal(getal(st, q), 1);
	snprintf(q, sizeof(q), "SELECT count(*) FROM belegging WHERE leerpunt_id = 900 AND organisatie_id = %lld",
	    (long long)naar);
	assert_int_equal(getal(st, q), 1);
	assert_int_equal(o.aangesloten_sinds, DATE_NONE);   /* a vaste contactpersoon is no bestuurlijk akkoord */

	/* the overbruggingsprocedure's references move too; a kandidaat named twice is kept once */
	{
		int64_t a1, a2;

		sql(st, "INSERT INTO organisatie (naam, type) VALUES ('Zorgkantoor Oost', 'zorgkantoor'), ('Zorgkantoor Oost-NL', 'zorgkantoor')");
		a1 = getal(st, "SELECT id FROM organisatie WHERE naam = 'Zorgkantoor Oost'");
		a2 = getal(st, "SELECT id FROM organisatie WHERE naam = 'Zorgkantoor Oost-NL'");
		snprintf(q, sizeof(q),
		    "INSERT INTO overbrugging (id, casus_id, status, aangevraagd_op, wat, betaler_id, besloten_op, created_at,"
		    " updated_at) VALUES (900, 901, 'besloten', '2025-02-02', 'woonplek', %lld, '2025-02-10', 't', 't');"
		    "INSERT INTO overbrugging_kandidaat (overbrugging_id, organisatie_id, volgorde) VALUES (900, %lld, 0), (900, %lld, 1);",
		    (long long)a2, (long long)a1, (long long)a2);
		sql(st, q);
		assert_int_equal(store_begin(st), ERR_OK);
		assert_int_equal(store_organisatie_samenvoegen(st, a2, a1, &t, &e), ERR_OK);
		assert_int_equal(store_commit(st), ERR_OK);
		assert_int_equal(t.overbruggingen, 1);   /* the betaler; the doubled kandidaat row went */
		assert_int_equal(getal(st, "SELECT betaler_id FROM overbrugging WHERE id = 900"), a1);
		assert_int_equal(getal(st, "SELECT count(*) FROM overbrugging_kandidaat WHERE overbrugging_id = 900"), 1);
	}

	/* a merge into an organisation that has its own history leaves that history as it is */
	{
		struct aansluiting *h;
		size_t n;
		int64_t svb = code_id(st, "SVB");

		sql(st, "INSERT INTO organisatie (naam, type) VALUES ('Sociale Verzekeringsbank', 'landelijke_publieke_dienstverlener')");
		sql(st, "INSERT INTO organisatie_aansluiting (organisatie_id, status, datum, created_at)"
		    " SELECT id, 'niet_aangesloten', '2018-01-01', 't' FROM organisatie WHERE naam = 'Sociale Verzekeringsbank'");
		assert_int_equal(store_begin(st), ERR_OK);
		assert_int_equal(store_organisatie_samenvoegen(st,
		    getal(st, "SELECT id FROM organisatie WHERE naam = 'Sociale Verzekeringsbank'"), svb, &t, &e), ERR_OK);
		assert_int_equal(store_commit(st), ERR_OK);
		assert_int_equal(t.aansluitingen, 0);
		assert_int_equal(store_aansluiting_lijst(st, a, svb, &h, &n, &e), ERR_OK);
		assert_int_equal(n, 1);
		assert_int_equal(h[0].status, AANSLUITING_BESTUURLIJK_AANGESLOTEN);
	}
	arena_free(a);
}

static void
test_proposals(void **state)
{
	struct store *st = *state;
	struct arena *a = arena_new();
	struct organisatie_invoer als = { .naam = "Stichting Schuldhulp Noord", .type = ORGTYPE_OVERIG };
	struct organisatie_filter f = { .type = -1, .status = ORGSTATUS_VOORSTEL, .limit = -1 };
	struct organisatie_rij *v, o;
	struct err e = { 0 };
	size_t n;
	long open;
	int64_t p1, p2;

	sql(st, "INSERT INTO organisatie (naam, type, status, voorgesteld_op) VALUES"
	    " ('stichting schuldhulp noord', 'overig', 'voorstel', '2026-01-02T10:00:00Z'),"
	    " ('Asdfgh', 'overig', 'voorstel', '2026-01-02T10:00:00Z')");
	p1 = getal(st, "SELECT id FROM organisatie WHERE naam = 'stichting schuldhulp noord'");
	p2 = getal(st, "SELECT id FROM organisatie WHERE naam = 'Asdfgh'");
	assert_int_equal(store_voorstel_aantal(st, &open, &e), ERR_OK);
	assert_int_equal(open, 2);
	assert_int_equal(store_organisatie_lijst(st, a, &f, &v, &n, NULL, &e), ERR_OK);
	assert_int_equal(n, 2);
	f.status = -1;                                 /* the default list shows no proposals */
	f.zoek = "Asdfgh";
	assert_int_equal(store_organisatie_lijst(st, a, &f, &v, &n, NULL, &e), ERR_OK);
	assert_int_equal(n, 0);

	assert_int_equal(store_begin(st), ERR_OK);
	assert_int_equal(store_voorstel_accepteren(st, p1, &als, 0, 1700000000, &e), ERR_OK);
	assert_int_equal(store_voorstel_accepteren(st, p1, &als, 0, 1700000000, &e), ERR_CONFLICT);   /* twice */
	assert_int_equal(store_voorstel_afwijzen(st, p2, 0, 1700000000, &e), ERR_OK);
	assert_int_equal(store_voorstel_afwijzen(st, p2, 0, 1700000000, &e), ERR_CONFLICT);
	assert_int_equal(store_commit(st), ERR_OK);
	assert_int_equal(store_organisatie_lees(st, a, p1, &o, &e), ERR_OK);
	assert_int_equal(o.status, ORGSTATUS_BEKEND);
	assert_string_equal(o.naam, "Stichting Schuldhulp Noord");
	assert_int_equal(store_organisatie_lees(st, a, p2, &o, &e), ERR_OK);
	assert_int_equal(o.status, ORGSTATUS_AFGEWEZEN);
	assert_int_equal(store_voorstel_aantal(st, &open, &e), ERR_OK);
	assert_int_equal(open, 0);
	arena_free(a);
}

static void
test_contacts(void **state)
{
	struct store *st = *state;
	struct arena *a = arena_new();
	struct org_contact c = { .naam = "Mieke Maas", .email = "m.maas@bzk.example", .functie = "Ambassadeur",
		.rol = "ambassadeur" }, *v;
	struct err e = { 0 };
	int64_t bzk = code_id(st, "BZK"), pid;
	size_t n;

	assert_int_equal(store_begin(st), ERR_OK);
	assert_int_equal(store_contact_toevoegen(st, bzk, &c, 1700000000, &pid, &e), ERR_OK);
	assert_int_equal(store_contact_toevoegen(st, bzk, &c, 1700000000, &pid, &e), ERR_CONFLICT);
	assert_string_equal(e.field, "email");
	c.rol = "contactpersoon";
	assert_int_equal(store_contact_toevoegen(st, bzk, &c, 1700000000, &pid, &e), ERR_OK);   /* same person, other role */
	assert_int_equal(store_commit(st), ERR_OK);
	assert_int_equal(store_contact_lijst(st, a, bzk, &v, &n, &e), ERR_OK);
	assert_int_equal(n, 2);
	assert_string_equal(v[0].rol, "ambassadeur");
	assert_string_equal(v[0].naam, "Mieke Maas");
	assert_false(v[0].account);
	assert_int_equal(store_contact_verwijderen(st, bzk, pid, "contactpersoon", &e), ERR_OK);
	assert_int_equal(store_contact_verwijderen(st, bzk, pid, "contactpersoon", &e), ERR_NOT_FOUND);
	arena_free(a);
}

static void
test_accounts_links_tokens(void **state)
{
	struct store *st = *state;
	struct arena *a = arena_new();
	struct account_invoer in = { .naam = "Sara de Vries", .email = "s.devries@zuiderhaven.example",
		.functie = "Maatwerkfunctionaris", .roles = ROL_BIT(ROL_INDIENER) };
	struct account_rij r, *v;
	struct eenmalige_link l;
	struct api_token_rij *t;
	struct err e = { 0 };
	int64_t id, id2, wie;
	size_t n;

	assert_int_equal(store_begin(st), ERR_OK);
	assert_int_equal(store_account_nieuw(st, &in, 1700000000, &id, &e), ERR_OK);
	in.email = "S.DeVries@zuiderhaven.example";
	assert_int_equal(store_account_nieuw(st, &in, 1700000000, &id2, &e), ERR_CONFLICT);
	assert_string_equal(e.field, "email");
	assert_int_equal(store_commit(st), ERR_OK);

	assert_int_equal(store_account_lees(st, a, id, &r, &e), ERR_OK);
	assert_false(r.heeft_wachtwoord);
	assert_true(r.actief);
	assert_int_equal(r.roles, ROL_BIT(ROL_INDIENER));
	assert_null(r.laatst_ingelogd);
	assert_string_equal(r.functie, "Maatwerkfunctionaris");

	in.email = "s.devries@zuiderhaven.example";
	in.roles = ROL_BIT(ROL_AMBASSADEUR) | ROL_BIT(ROL_INDIENER);
	in.organisatie_id = code_id(st, "VWS");
	assert_int_equal(store_begin(st), ERR_OK);
	assert_int_equal(store_account_wijzig(st, id, &in, 1700000100, &e), ERR_OK);
	assert_int_equal(store_account_ingelogd(st, id, 1700000200, &e), ERR_OK);
	assert_int_equal(store_commit(st), ERR_OK);
	assert_int_equal(store_account_lees(st, a, id, &r, &e), ERR_OK);
	assert_int_equal(r.roles, ROL_BIT(ROL_AMBASSADEUR) | ROL_BIT(ROL_INDIENER));
	assert_string_equal(r.organisatie_naam, "Ministerie van Volksgezondheid, Welzijn en Sport");
	assert_non_null(r.laatst_ingelogd);
	assert_int_equal(store_account_lijst(st, a, "DEVRIES", &v, &n, &e), ERR_OK);
	assert_int_equal(n, 1);

	/* a link: issued, read, used once; a newer one withdraws the older */
	assert_int_equal(store_begin(st), ERR_OK);
	assert_int_equal(store_link_nieuw(st, id, "hash-een", 0, 1700000000, &e), ERR_OK);
	assert_int_equal(store_link_nieuw(st, id, "hash-twee", 0, 1700000010, &e), ERR_OK);
	assert_int_equal(store_commit(st), ERR_OK);
	assert_int_equal(store_link_lees(st, "hash-een", &wie, &l, &e), ERR_OK);
	assert_true(l.ingetrokken);
	assert_int_equal(store_link_lees(st, "hash-twee", &wie, &l, &e), ERR_OK);
	assert_int_equal(wie, id);
	assert_false(l.ingetrokken);
	assert_int_equal(l.gebruikt, 0);
	assert_int_equal(l.aangemaakt, 1700000010);
	assert_int_equal(store_link_lees(st, "hash-drie", &wie, &l, &e), ERR_NOT_FOUND);
	assert_int_equal(store_begin(st), ERR_OK);
	assert_int_equal(store_link_gebruiken(st, "hash-een", 1700000020, &e), ERR_CONFLICT);   /* withdrawn */
	assert_int_equal(store_link_gebruiken(st, "hash-twee", 1700000020, &e), ERR_OK);
	assert_int_equal(store_link_gebruiken(st, "hash-twee", 1700000030, &e), ERR_CONFLICT);  /* twice */
	assert_int_equal(store_commit(st), ERR_OK);
	assert_int_equal(store_link_lees(st, "hash-twee", &wie, &l, &e), ERR_OK);
	assert_int_equal(l.gebruikt, 1700000020);

	/* tokens: listed, revoked once, never another account's */
	sql(st, "INSERT INTO api_token (gebruiker_id, token_hash, created_at)"
	    " SELECT g.id, 'tokenhash', '2026-01-01T00:00:00Z' FROM gebruiker g JOIN persoon p ON p.id = g.persoon_id"
	    " WHERE p.email = 's.devries@zuiderhaven.example'");
	assert_int_equal(store_token_lijst(st, a, id, &t, &n, &e), ERR_OK);
	assert_int_equal(n, 1);
	assert_null(t[0].ingetrokken);
	assert_int_equal(store_token_intrekken(st, id + 1000, t[0].id, 0, 1700000000, &e), ERR_NOT_FOUND);
	assert_int_equal(store_token_intrekken(st, id, t[0].id, 0, 1700000000, &e), ERR_OK);
	assert_int_equal(store_token_intrekken(st, id, t[0].id, 0, 1700000000, &e), ERR_NOT_FOUND);
	assert_int_equal(store_token_lijst(st, a, id, &t, &n, &e), ERR_OK);
	assert_non_null(t[0].ingetrokken);

	/* disabling ends the sessions */
	sql(st, "INSERT INTO session (id_hash, gebruiker_id, csrf, created_at, last_seen)"
	    " SELECT 'sessie', g.id, 'c', 1, 1 FROM gebruiker g JOIN persoon p ON p.id = g.persoon_id"
	    " WHERE p.email = 's.devries@zuiderhaven.example'");
	assert_int_equal(store_begin(st), ERR_OK);
	assert_int_equal(store_account_actief(st, id, false, &e), ERR_OK);
	assert_int_equal(store_account_actief(st, 99999, false, &e), ERR_NOT_FOUND);
	assert_int_equal(store_commit(st), ERR_OK);
	assert_int_equal(getal(st, "SELECT count(*) FROM session WHERE id_hash = 'sessie'"), 0);
	arena_free(a);
}

static void
test_access_requests(void **state)
{
	struct store *st = *state;
	struct arena *a = arena_new();
	struct aanvraag_invoer in = { .naam = "Ida Ander", .organisatie = "Gemeente Elders", .functie = "Consulent",
		.email = "ida@elders.example", .reden = "Contact met UWV" };
	struct aanvraag_rij r, *v;
	struct err e = { 0 };
	int64_t id, id2;
	size_t n;
	long open;

	assert_int_equal(store_aanvraag_nieuw(st, &in, 1700000000, &id, &e), ERR_OK);
	assert_int_equal(store_aanvraag_nieuw(st, &in, 1700000001, &id2, &e), ERR_OK);
	assert_int_equal(store_aanvraag_aantal_open(st, &open, &e), ERR_OK);
	assert_int_equal(open, 2);
	assert_int_equal(store_aanvraag_lees(st, a, id, &r, &e), ERR_OK);
	assert_int_equal(r.status, AANVRAAG_OPEN);
	assert_false(r.email_heeft_account);
	assert_string_equal(r.organisatie, "Gemeente Elders");

	sql(st, "INSERT INTO persoon (naam, email) VALUES ('Ida', 'IDA@elders.example');"
	    "INSERT INTO gebruiker (persoon_id, password_hash, created_at) VALUES (last_insert_rowid(), '!', 't')");
	assert_int_equal(store_aanvraag_lees(st, a, id, &r, &e), ERR_OK);
	assert_true(r.email_heeft_account);
	assert_int_equal(store_begin(st), ERR_OK);
	assert_int_equal(store_aanvraag_goedkeuren(st, id, getal(st, "SELECT max(id) FROM gebruiker"), 0, 1700000100, &e),
	    ERR_OK);
	assert_int_equal(store_aanvraag_goedkeuren(st, id, 1, 0, 1700000100, &e), ERR_CONFLICT);   /* twice */
	assert_int_equal(store_aanvraag_afwijzen(st, id, "te laat", 0, 1700000100, &e), ERR_CONFLICT);
	assert_int_equal(store_aanvraag_afwijzen(st, id2, "dubbel", 0, 1700000100, &e), ERR_OK);
	assert_int_equal(store_commit(st), ERR_OK);
	assert_int_equal(store_aanvraag_lijst(st, a, AANVRAAG_AFGEWEZEN, &v, &n, &e), ERR_OK);
	assert_int_equal(n, 1);
	assert_string_equal(v[0].afwijzing_reden, "dubbel");
	assert_int_equal(store_aanvraag_lijst(st, a, -1, &v, &n, &e), ERR_OK);
	assert_int_equal(n, 2);
	assert_int_equal(store_aanvraag_aantal_open(st, &open, &e), ERR_OK);
	assert_int_equal(open, 0);
	arena_free(a);
}

/* The navraag lists with a belegging bij the IND the ambassadeur of JenV, who represents it through A&M; a
   navraag restricted to JenV's ambassadeur holds the IND's belegging and not VWS's. */
static void
test_navraag_ambassadeurs_of_the_whole(void **state)
{
	struct store *st = *state;
	struct arena *a = arena_new();
	struct navraag_groep *g = NULL;
	size_t n = 0;
	char q[1024];
	int64_t ind = code_id(st, "IND"), vws = code_id(st, "VWS"), jenv = code_id(st, "JenV");
	bool gevonden = false;

	snprintf(q, sizeof(q),
	    "INSERT INTO persoon (id, naam, email, organisatie_id) VALUES (700, 'Jan JenV', 'jan@jenv.example', %lld);"
	    "INSERT INTO gebruiker (id, persoon_id, password_hash, created_at) VALUES (700, 700, '!', 't');"
	    "INSERT INTO gebruiker_rol VALUES (700, 'ambassadeur');"
	    "INSERT INTO leerpunt (id, omschrijving, categorie, orde, created_at) VALUES (700, 'n', 'ict', 1, 't');"
	    "INSERT INTO belegging (leerpunt_id, organisatie_id, created_at) VALUES (700, %lld, 't'), (700, %lld, 't');",
	    (long long)jenv, (long long)ind, (long long)vws);
	sql(st, q);
	assert_int_equal(store_navraag(st, a, dag("2026-01-01"), 0, &g, &n, NULL), ERR_OK);
	for (size_t i = 0; i < n; i++)
		if (g[i].organisatie.id == ind) {
			gevonden = true;
			assert_int_equal(g[i].nambassadeurs, 1);
			assert_string_equal(g[i].ambassadeurs[0].naam, "Jan JenV");
		} else if (g[i].organisatie.id == vws)
			for (size_t k = 0; k < g[i].nambassadeurs; k++)
				assert_string_not_equal(g[i].ambassadeurs[k].naam, "Jan JenV");
	assert_true(gevonden);
	assert_int_equal(store_navraag(st, a, dag("2026-01-01"), jenv, &g, &n, NULL), ERR_OK);
	assert_int_equal(n, 1);
	assert_int_equal(g[0].organisatie.id, ind);
	arena_free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_reference_data_corrected),
		cmocka_unit_test(test_directory_create_change_conflicts),
		cmocka_unit_test(test_history_updates_the_columns),
		cmocka_unit_test(test_merge_knows_every_reference),
		cmocka_unit_test(test_merge_moves_everything),
		cmocka_unit_test(test_proposals),
		cmocka_unit_test(test_contacts),
		cmocka_unit_test(test_accounts_links_tokens),
		cmocka_unit_test(test_access_requests),
		cmocka_unit_test(test_navraag_ambassadeurs_of_the_whole),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
