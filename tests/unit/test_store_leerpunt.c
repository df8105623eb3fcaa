/* test_store_leerpunt.c - src/store/store_leerpunt on a temporary database filled with SQL: the overview and its
   filters, visibility per organisation, status history, forwarding, navraag, themas and the meeting agenda. */
#include "harness.h"
#include "fixture.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/casus.h"
#include "core/leerpunt.h"
#include "lib/date.h"
#include "store/store.h"
#include "store/store_account.h"
#include "store/leerpunt/leerpunt.h"
#include "store/driver_sqlite.h"

static char path[64];
static int64_t vws, szw, pmm, amb_vws_persoon;

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
org_id(struct store *st, const char *code)
{
	struct arena *a = arena_new();
	struct organisatie_kort o;
	int64_t id;

	assert_int_equal(store_organisatie_by_code(st, a, code, &o, NULL), ERR_OK);
	id = o.id;
	arena_free(a);
	return id;
}

static int
d(const char *s)
{
	int v = DATE_NONE;

	assert_true(date_parse(s, &v));
	return v;
}

/*
 * The data set:
 *   casus 1 PMM-2024-0001 afgerond 2024-03-01 (wonen, financien); casus 2 PMM-2024-0002 afgerond 2024-11-30;
 *   casus 3 PMM-2025-0001 afgerond 2025-01-20; casus 4 PMM-2025-0002 in behandeling.
 *   leerpunt 1 (casus 1 and 3; wet_en_regelgeving, orde 3, thema "repatriëringskosten onverzekerden"):
 *     belegging 1 bij VWS: belegd 2024-03-10, in_verkenning 2024-06-01 (navraag 2024-12-01)
 *     belegging 2 bij SZW: belegd 2024-03-10, opgevolgd 2024-09-01
 *   leerpunt 2 (casus 2; samenwerking, orde 1, thema "overgang vrijwillig-gedwongen kader"): niet belegd
 *   leerpunt 3 (casus 3; overig, orde 2, both themas): belegging 3 bij PMM, belegd 2025-02-01, navraag NULL
 */
static int
setup(void **state)
{
	struct store *st;
	struct err e = { 0 };
	int64_t uid;

	if ((st = fixture_store_open(path)) == NULL)
		return -1;
	*state = st;
	vws = org_id(st, "VWS");
	szw = org_id(st, "szw");
	pmm = org_id(st, "PMM");
	sql(st,
	    "INSERT INTO casus (id, referentie, status, ontvangen_op, afgerond_op, hulpvraag, resultaat, created_at, updated_at)"
	    " VALUES (1, 'PMM-2024-0001', 'afgerond', '2024-01-05', '2024-03-01', 'Geheime hulpvraag een', 'r', 'x', 'x'),"
	    " (2, 'PMM-2024-0002', 'afgerond', '2024-10-01', '2024-11-30', 'Hulpvraag twee', 'r', 'x', 'x'),"
	    " (3, 'PMM-2025-0001', 'afgerond', '2024-12-01', '2025-01-20', 'Hulpvraag drie', 'r', 'x', 'x');"
	    "INSERT INTO casus (id, referentie, status, ontvangen_op, hulpvraag, created_at, updated_at)"
	    " VALUES (4, 'PMM-2025-0002', 'in_behandeling', '2025-02-01', 'Nog open', 'x', 'x');"
	    "INSERT INTO casus_leefgebied VALUES (1, 'wonen'), (1, 'financien'), (3, 'zorg');"
	    "INSERT INTO leerpunt (id, omschrijving, categorie, orde, terugkerend, created_at) VALUES"
	    " (1, 'Repatriëring zonder verzekering loopt vast', 'wet_en_regelgeving', 3, 1, 'x'),"
	    " (2, 'Overdracht tussen vrijwillig en gedwongen kader', 'samenwerking', 1, 0, 'x'),"
	    " (3, '=cmd|'' /C calc''!A0', 'overig', 2, 0, 'x');"
	    "INSERT INTO leerpunt_casus (leerpunt_id, casus_id) VALUES (1, 1), (1, 3), (2, 2), (3, 3);"
	    "INSERT INTO leerpunt_thema (leerpunt_id, thema) VALUES (1, 'repatriëringskosten onverzekerden'),"
	    " (2, 'overgang vrijwillig-gedwongen kader'), (3, 'repatriëringskosten onverzekerden'),"
	    " (3, 'overgang vrijwillig-gedwongen kader');");
	{
		char q[2048];
		snprintf(q, sizeof(q),
		    "INSERT INTO belegging (id, leerpunt_id, organisatie_id, volgorde, volgende_navraag, created_at) VALUES"
		    " (1, 1, %lld, 0, '2024-12-01', 'x'), (2, 1, %lld, 1, NULL, 'x'), (3, 3, %lld, 0, NULL, 'x');"
		    "INSERT INTO belegging_status (belegging_id, datum, status, created_at) VALUES"
		    " (1, '2024-03-10', 'belegd', 'x'), (1, '2024-06-01', 'in_verkenning', 'x'),"
		    " (2, '2024-03-10', 'belegd', 'x'), (2, '2024-09-01', 'opgevolgd', 'x'),"
		    " (3, '2025-02-01', 'belegd', 'x');",
		    (long long)vws, (long long)szw, (long long)pmm);
		sql(st, q);
	}
	if (store_user_add(st, "amb@vws.example", "Anna Ambassadeur", "Ministerie van Volksgezondheid, Welzijn en Sport",
	    ROL_BIT(ROL_AMBASSADEUR), "hash", 0, &uid, &e) != ERR_OK)
		return -1;
	if (store_user_add(st, "regie@pmm.example", "Rik Regie", "Landelijk Maatwerkloket Multiproblematiek",
	    ROL_BIT(ROL_REGIEVOERDER), "hash", 0, &uid, &e) != ERR_OK)
		return -1;
	{
		sqlite3_stmt *s;
		sqlite3_prepare_v2(store_sqlite_db(st), "SELECT id, organisatie_id FROM persoon WHERE email = 'amb@vws.example'",
		    -1, &s, NULL);
		assert_int_equal(sqlite3_step(s), SQLITE_ROW);
		amb_vws_persoon = sqlite3_column_int64(s, 0);
		assert_int_equal(sqlite3_column_int64(s, 1), vws);   /* the ministry, found by its full name */
		sqlite3_finalize(s);
	}
	return 0;
}

static int
teardown(void **state)
{
	store_close(*state);
	fixture_store_remove(path);
	return 0;
}

static struct leerpunt_filter
filter(void)
{
	struct leerpunt_filter f = { .categorie = -1, .status = -1 };
	return f;
}

static size_t
count(struct store *st, const struct leerpunt_filter *f, int64_t *first_id)
{
	struct arena *a = arena_new();
	struct leerpunt_rij *rows;
	size_t n, total;

	assert_int_equal(store_leerpunt_list(st, a, f, &rows, &n, &total, NULL), ERR_OK);
	if (first_id != NULL)
		*first_id = n > 0 ? rows[0].id : 0;
	arena_free(a);
	return total;
}

static void
test_list_and_filters(void **state)
{
	struct store *st = *state;
	struct leerpunt_filter f = filter();
	struct arena *a = arena_new();
	struct leerpunt_rij *rows;
	size_t n, total;
	int64_t first;

	assert_int_equal(store_leerpunt_list(st, a, &f, &rows, &n, &total, NULL), ERR_OK);
	assert_int_equal(total, 3);
	assert_int_equal(n, 3);
	assert_int_equal(rows[0].id, 3);                        /* newest first */
	assert_int_equal(rows[2].id, 1);
	assert_int_equal(rows[2].ncasussen, 2);
	assert_string_equal(rows[2].casussen[0].referentie, "PMM-2024-0001");
	assert_int_equal(rows[2].casussen[0].leefgebieden,
	    (1u << LEEFGEBIED_WONEN) | (1u << LEEFGEBIED_FINANCIEN));
	assert_int_equal(rows[2].nbeleggingen, 2);
	assert_int_equal(rows[2].beleggingen[0].bij.id, vws);
	assert_string_equal(rows[2].beleggingen[0].bij.code, "VWS");
	assert_int_equal(rows[2].beleggingen[0].status, OPVOLGING_IN_VERKENNING);
	assert_int_equal(rows[2].beleggingen[0].status_datum, d("2024-06-01"));
	assert_int_equal(rows[2].beleggingen[0].belegd_op, d("2024-03-10"));
	assert_int_equal(rows[2].beleggingen[0].volgende_navraag, d("2024-12-01"));
	assert_int_equal(rows[2].beleggingen[1].status, OPVOLGING_OPGEVOLGD);
	assert_true(rows[2].terugkerend);
	assert_int_equal(rows[2].nthemas, 1);
	assert_int_equal(rows[1].nbeleggingen, 0);              /* niet belegd */

	f.organisatie_id = vws;
	assert_int_equal(count(st, &f, &first), 1);
	f.status = OPVOLGING_OPGEVOLGD;                         /* VWS's belegging is not opgevolgd ... */
	assert_int_equal(count(st, &f, NULL), 0);
	f.organisatie_id = 0;                                   /* ... but SZW's on the same leerpunt is */
	assert_int_equal(count(st, &f, &first), 1);
	assert_int_equal(first, 1);
	f = filter();
	f.categorie = CATEGORIE_SAMENWERKING;
	assert_int_equal(count(st, &f, &first), 1);
	assert_int_equal(first, 2);
	f = filter();
	f.orde = 2;
	assert_int_equal(count(st, &f, &first), 1);
	assert_int_equal(first, 3);
	f = filter();
	f.niet_belegd = true;
	assert_int_equal(count(st, &f, &first), 1);
	assert_int_equal(first, 2);
	f = filter();
	f.thema = "repatriëringskosten onverzekerden";
	assert_int_equal(count(st, &f, NULL), 2);
	f = filter();
	f.jaar = 2025;                                          /* casus 3 closed in 2025: leerpunten 1 and 3 */
	assert_int_equal(count(st, &f, NULL), 2);
	f.jaar = 2024;
	assert_int_equal(count(st, &f, NULL), 2);
	f.jaar = 2023;
	assert_int_equal(count(st, &f, NULL), 0);
	f = filter();
	f.limit = 1;
	f.offset = 1;
	assert_int_equal(store_leerpunt_list(st, a, &f, &rows, &n, &total, NULL), ERR_OK);
	assert_int_equal(total, 3);
	assert_int_equal(n, 1);
	assert_int_equal(rows[0].id, 2);
	arena_free(a);
}

static void
test_list_restricted_to_organisation(void **state)
{
	struct store *st = *state;
	struct leerpunt_filter f = filter();
	struct arena *a = arena_new();
	struct leerpunt_rij *rows;
	size_t n, total;

	f.beperk_tot_organisatie = vws;
	f.persoon_id = amb_vws_persoon;
	assert_int_equal(store_leerpunt_list(st, a, &f, &rows, &n, &total, NULL), ERR_OK);
	assert_int_equal(total, 1);
	assert_int_equal(rows[0].id, 1);
	assert_int_equal(rows[0].nbeleggingen, 1);              /* only VWS's belegging, not SZW's */
	assert_int_equal(rows[0].beleggingen[0].bij.id, vws);
	assert_false(rows[0].casussen[0].uitgenodigd);
	f.organisatie_id = szw;                                 /* asking for another ministry: nothing */
	assert_int_equal(count(st, &f, NULL), 0);
	f = filter();
	f.beperk_tot_organisatie = vws;
	f.niet_belegd = true;
	assert_int_equal(count(st, &f, NULL), 0);
	f = filter();
	f.beperk_tot_organisatie = -1;                          /* an ambassadeur without organisation */
	assert_int_equal(count(st, &f, NULL), 0);
	arena_free(a);
}

static void
test_get_with_history_and_invitation(void **state)
{
	struct store *st = *state;
	struct arena *a = arena_new();
	struct leerpunt_rij l;
	struct err e = { 0 };

	sql(st, "INSERT INTO casus_deelnemer (casus_id, persoon_id, rol, uitgenodigd_op)"
	    " SELECT 3, id, 'ambassadeur', '2025-01-01' FROM persoon WHERE email = 'amb@vws.example'");
	assert_int_equal(store_leerpunt_get(st, a, 1, amb_vws_persoon, &l, &e), ERR_OK);
	assert_int_equal(l.ncasussen, 2);
	assert_false(l.casussen[0].uitgenodigd);
	assert_true(l.casussen[1].uitgenodigd);                 /* invited to PMM-2025-0001 */
	assert_string_equal(l.casussen[0].hulpvraag, "Geheime hulpvraag een");
	assert_int_equal(l.nbeleggingen, 2);
	assert_int_equal(l.beleggingen[0].nhistorie, 2);
	assert_int_equal(l.beleggingen[0].historie[0].status, OPVOLGING_BELEGD);
	assert_int_equal(l.beleggingen[0].historie[1].status, OPVOLGING_IN_VERKENNING);
	assert_int_equal(store_leerpunt_get(st, a, 99, 0, &l, &e), ERR_NOT_FOUND);
	sql(st, "DELETE FROM casus_deelnemer");
	arena_free(a);
}

static void
test_status_history_and_current(void **state)
{
	struct store *st = *state;
	struct arena *a = arena_new();
	struct belegging_rij b;
	struct opvolging_invoer in = { .status = OPVOLGING_GEEN_OPVOLGING, .reden = REDEN_STELSELVRAAGSTUK,
		.datum = d("2025-03-01"), .notitie = "Vraagt om een stelselwijziging", .bron = "ambassadeursoverleg" };
	struct leerpunt_rij l;
	int64_t id = 0;

	assert_int_equal(store_begin(st), ERR_OK);
	assert_int_equal(store_belegging_status_add(st, 1, &in, DATE_NONE, 0, 1700000000, &id, NULL), ERR_OK);
	assert_int_equal(store_commit(st), ERR_OK);
	assert_true(id > 0);
	assert_int_equal(store_belegging_get(st, a, 1, &b, NULL), ERR_OK);
	assert_int_equal(b.status, OPVOLGING_GEEN_OPVOLGING);
	assert_int_equal(b.reden, REDEN_STELSELVRAAGSTUK);
	assert_int_equal(b.status_datum, d("2025-03-01"));
	assert_int_equal(b.volgende_navraag, DATE_NONE);
	assert_int_equal(store_leerpunt_get(st, a, 1, 0, &l, NULL), ERR_OK);
	assert_int_equal(l.beleggingen[0].nhistorie, 3);        /* the history keeps every step */
	assert_string_equal(l.beleggingen[0].historie[2].bron, "ambassadeursoverleg");
	assert_string_equal(l.beleggingen[0].historie[2].notitie, "Vraagt om een stelselwijziging");

	/* reopened: new information */
	in.status = OPVOLGING_IN_UITVOERING;
	in.reden = -1;
	in.datum = d("2025-04-01");
	in.notitie = NULL;
	in.bron = NULL;
	assert_int_equal(store_begin(st), ERR_OK);
	assert_int_equal(store_belegging_status_add(st, 1, &in, d("2025-10-01"), 0, 1700000000, NULL, NULL), ERR_OK);
	assert_int_equal(store_commit(st), ERR_OK);
	assert_int_equal(store_belegging_get(st, a, 1, &b, NULL), ERR_OK);
	assert_int_equal(b.status, OPVOLGING_IN_UITVOERING);
	assert_int_equal(b.reden, -1);
	assert_int_equal(b.volgende_navraag, d("2025-10-01"));
	assert_int_equal(store_belegging_get(st, a, 999, &b, NULL), ERR_NOT_FOUND);
	arena_free(a);
}

static void
test_add_belegging(void **state)
{
	struct store *st = *state;
	struct arena *a = arena_new();
	struct err e = { 0 };
	struct belegging_rij b;
	int64_t id = 0;

	assert_int_equal(store_begin(st), ERR_OK);
	assert_int_equal(store_belegging_add(st, 2, pmm, d("2025-05-01"), "Monitoring van signalen", "signalenoverleg",
	    d("2025-11-01"), 0, 1700000000, &id, &e), ERR_OK);
	assert_int_equal(store_commit(st), ERR_OK);
	assert_int_equal(store_belegging_get(st, a, id, &b, NULL), ERR_OK);
	assert_int_equal(b.leerpunt_id, 2);
	assert_string_equal(b.bij.code, "PMM");
	assert_int_equal(b.status, OPVOLGING_BELEGD);
	assert_int_equal(b.belegd_op, d("2025-05-01"));
	assert_int_equal(b.volgende_navraag, d("2025-11-01"));

	assert_int_equal(store_begin(st), ERR_OK);
	assert_int_equal(store_belegging_add(st, 2, pmm, d("2025-05-01"), NULL, NULL, DATE_NONE, 0, 1700000000, &id, &e),
	    ERR_CONFLICT);                                      /* already open bij PMM */
	assert_int_equal(store_belegging_add(st, 77, pmm, d("2025-05-01"), NULL, NULL, DATE_NONE, 0, 1700000000, &id, &e),
	    ERR_NOT_FOUND);
	assert_int_equal(store_belegging_add(st, 2, 99999, d("2025-05-01"), NULL, NULL, DATE_NONE, 0, 1700000000, &id, &e),
	    ERR_VALIDATION);
	assert_string_equal(e.field, "organisatie");
	store_rollback(st);
	/* undo, so the other tests see the data set as described */
	sql(st, "DELETE FROM belegging WHERE leerpunt_id = 2");
	arena_free(a);
}

static void
test_doorzetten_keeps_history(void **state)
{
	struct store *st = *state;
	struct arena *a = arena_new();
	struct err e = { 0 };
	struct leerpunt_rij l;
	int64_t nieuw = 0, ocw = org_id(st, "OCW");

	assert_int_equal(store_begin(st), ERR_OK);
	assert_int_equal(store_belegging_doorzetten(st, 3, vws, d("2025-03-01"), "Hoort bij VWS", "e-mail",
	    d("2025-09-01"), 0, 1700000000, &nieuw, &e), ERR_OK);
	assert_int_equal(store_commit(st), ERR_OK);
	assert_int_equal(store_leerpunt_get(st, a, 3, 0, &l, NULL), ERR_OK);
	assert_int_equal(l.nbeleggingen, 2);
	/* the old one: forwarded, no navraag, history with "Doorgezet naar" */
	assert_int_equal(l.beleggingen[0].id, 3);
	assert_int_equal(l.beleggingen[0].doorgezet_naar_id, nieuw);
	assert_string_equal(l.beleggingen[0].doorgezet_naar, "Ministerie van Volksgezondheid, Welzijn en Sport");
	assert_int_equal(l.beleggingen[0].volgende_navraag, DATE_NONE);
	assert_int_equal(l.beleggingen[0].nhistorie, 2);
	assert_int_equal(l.beleggingen[0].historie[1].status, OPVOLGING_BELEGD);
	assert_non_null(strstr(l.beleggingen[0].historie[1].notitie, "Doorgezet naar Ministerie van Volksgezondheid"));
	assert_non_null(strstr(l.beleggingen[0].historie[1].notitie, "Hoort bij VWS"));
	/* the new one */
	assert_int_equal(l.beleggingen[1].id, nieuw);
	assert_int_equal(l.beleggingen[1].bij.id, vws);
	assert_int_equal(l.beleggingen[1].doorgezet_van_id, 3);
	assert_int_equal(l.beleggingen[1].status, OPVOLGING_BELEGD);
	assert_int_equal(l.beleggingen[1].volgende_navraag, d("2025-09-01"));
	assert_non_null(strstr(l.beleggingen[1].historie[0].notitie, "Doorgezet vanuit Professionals voor Maatwerk"));

	assert_int_equal(store_begin(st), ERR_OK);
	assert_int_equal(store_belegging_doorzetten(st, 3, ocw, d("2025-03-01"), NULL, NULL, DATE_NONE, 0, 1700000000,
	    &nieuw, &e), ERR_CONFLICT);                         /* already forwarded */
	assert_int_equal(store_belegging_doorzetten(st, l.beleggingen[1].id, vws, d("2025-03-01"), NULL, NULL,
	    DATE_NONE, 0, 1700000000, &nieuw, &e), ERR_VALIDATION);   /* to itself */
	assert_int_equal(store_belegging_doorzetten(st, 4242, vws, d("2025-03-01"), NULL, NULL, DATE_NONE, 0,
	    1700000000, &nieuw, &e), ERR_NOT_FOUND);
	store_rollback(st);
	arena_free(a);
}

static void
test_navraag(void **state)
{
	struct store *st = *state;
	struct arena *a = arena_new();
	struct navraag_groep *g;
	size_t n;

	/* belegging 1 (VWS) is in_uitvoering with navraag 2025-10-01; the forwarded one (VWS, 2025-09-01);
	   belegging 2 (SZW) is opgevolgd; belegging 3 (PMM) is forwarded. */
	assert_int_equal(store_navraag(st, a, d("2025-08-31"), 0, &g, &n, NULL), ERR_OK);
	assert_int_equal(n, 0);
	assert_int_equal(store_navraag(st, a, d("2025-09-01"), 0, &g, &n, NULL), ERR_OK);
	assert_int_equal(n, 1);
	assert_int_equal(g[0].organisatie.id, vws);
	assert_int_equal(g[0].nitems, 1);
	assert_int_equal(g[0].items[0].belegging.leerpunt_id, 3);
	assert_non_null(g[0].items[0].leerpunt_omschrijving);
	assert_int_equal(g[0].nambassadeurs, 1);
	assert_string_equal(g[0].ambassadeurs[0].naam, "Anna Ambassadeur");
	assert_int_equal(store_navraag(st, a, d("2025-12-31"), 0, &g, &n, NULL), ERR_OK);
	assert_int_equal(n, 1);
	assert_int_equal(g[0].nitems, 2);
	assert_int_equal(g[0].items[0].belegging.volgende_navraag, d("2025-09-01"));   /* oldest due first */
	/* a belegging without a planned date is due at once */
	sql(st, "UPDATE belegging SET volgende_navraag = NULL WHERE id = 1");
	assert_int_equal(store_navraag(st, a, d("2025-01-01"), 0, &g, &n, NULL), ERR_OK);
	assert_int_equal(n, 1);
	assert_int_equal(g[0].nitems, 1);
	assert_int_equal(g[0].items[0].belegging.id, 1);
	/* restricted to another organisation: nothing; to none at all: nothing */
	assert_int_equal(store_navraag(st, a, d("2025-12-31"), szw, &g, &n, NULL), ERR_OK);
	assert_int_equal(n, 0);
	assert_int_equal(store_navraag(st, a, d("2025-12-31"), -1, &g, &n, NULL), ERR_OK);
	assert_int_equal(n, 0);
	assert_int_equal(store_navraag(st, a, d("2025-12-31"), vws, &g, &n, NULL), ERR_OK);
	assert_int_equal(n, 1);
	sql(st, "UPDATE belegging SET volgende_navraag = '2025-10-01' WHERE id = 1");
	arena_free(a);
}

static void
test_themas(void **state)
{
	struct store *st = *state;
	struct arena *a = arena_new();
	struct thema_rij *t;
	struct err e = { 0 };
	size_t n;

	assert_int_equal(store_themas(st, a, 0, &t, &n, NULL), ERR_OK);
	assert_int_equal(n, 2);
	assert_string_equal(t[0].thema, "overgang vrijwillig-gedwongen kader");   /* 2 leerpunten, sorted by name */
	assert_int_equal(t[0].leerpunten, 2);
	assert_int_equal(t[1].leerpunten, 2);
	assert_int_equal(t[1].casussen, 2);                     /* casus 1 and 3 */
	assert_int_equal(t[1].van_jaar, 2024);
	assert_int_equal(t[1].tot_jaar, 2025);

	assert_int_equal(store_leerpunt_thema_add(st, 2, "nieuw thema", strlen("nieuw thema"), &e), ERR_OK);
	assert_int_equal(store_leerpunt_thema_add(st, 2, "nieuw thema", strlen("nieuw thema"), &e), ERR_OK);
	assert_int_equal(store_themas(st, a, 0, &t, &n, NULL), ERR_OK);
	assert_int_equal(n, 3);
	assert_int_equal(store_themas(st, a, vws, &t, &n, NULL), ERR_OK);
	assert_int_equal(n, 2);                                 /* VWS holds leerpunten 1 and 3 (forwarded) */
	assert_int_equal(store_themas(st, a, -1, &t, &n, NULL), ERR_OK);
	assert_int_equal(n, 0);
	assert_int_equal(store_leerpunt_thema_remove(st, 2, "nieuw thema", &e), ERR_OK);
	assert_int_equal(store_themas(st, a, 0, &t, &n, NULL), ERR_OK);
	assert_int_equal(n, 2);
	assert_int_equal(store_leerpunt_thema_add(st, 99, "x", 1, &e), ERR_NOT_FOUND);
	arena_free(a);
}

static void
test_bijeenkomst_agenda(void **state)
{
	struct store *st = *state;
	struct arena *a = arena_new();
	struct bijeenkomst b, *list;
	struct agenda_casus *ag;
	struct bespreking *bs;
	struct err e = { 0 };
	int64_t sig1, sig2, amb;
	size_t n;

	assert_int_equal(store_bijeenkomst_add(st, BIJEENKOMST_SIGNALENOVERLEG, d("2024-12-15"), NULL, 0, 1700000000,
	    &sig1, &e), ERR_OK);
	assert_int_equal(store_bijeenkomst_get(st, a, sig1, &b, &e), ERR_OK);
	assert_int_equal(store_bijeenkomst_agenda(st, a, &b, &ag, &n, &e), ERR_OK);
	assert_int_equal(n, 2);                                 /* casus 3 closed after the meeting; 4 is open */
	assert_string_equal(ag[0].referentie, "PMM-2024-0001");
	assert_int_equal(ag[0].leerpunten, 1);
	assert_false(ag[0].besproken);
	assert_int_equal(store_bijeenkomst_besluit(st, sig1, "PMM-2024-0001", "Leerpunt aangescherpt", 0, 1700000000, &e),
	    ERR_OK);
	assert_int_equal(store_bijeenkomst_besluit(st, sig1, "PMM-2024-0001", "Leerpunt aangescherpt; naar VWS", 0,
	    1700000000, &e), ERR_OK);                          /* replaces the earlier besluit */
	assert_int_equal(store_bijeenkomst_besluit(st, sig1, "PMM-2099-0001", "x", 0, 1700000000, &e), ERR_NOT_FOUND);
	assert_int_equal(store_bijeenkomst_besluit(st, 4242, "PMM-2024-0001", "x", 0, 1700000000, &e), ERR_NOT_FOUND);
	assert_int_equal(store_bijeenkomst_agenda(st, a, &b, &ag, &n, &e), ERR_OK);
	assert_int_equal(n, 2);                                 /* still on its own agenda, now with the besluit */
	assert_true(ag[0].besproken);
	assert_string_equal(ag[0].besluit, "Leerpunt aangescherpt; naar VWS");

	/* the next signalenoverleg leaves out what the first discussed */
	assert_int_equal(store_bijeenkomst_add(st, BIJEENKOMST_SIGNALENOVERLEG, d("2025-02-15"), "Notities", 0,
	    1700000000, &sig2, &e), ERR_OK);
	assert_int_equal(store_bijeenkomst_get(st, a, sig2, &b, &e), ERR_OK);
	assert_int_equal(store_bijeenkomst_agenda(st, a, &b, &ag, &n, &e), ERR_OK);
	assert_int_equal(n, 2);
	assert_string_equal(ag[0].referentie, "PMM-2024-0002");
	assert_string_equal(ag[1].referentie, "PMM-2025-0001");
	/* an ambassadeursoverleg still has it, and says when the signalenoverleg discussed it */
	assert_int_equal(store_bijeenkomst_add(st, BIJEENKOMST_AMBASSADEURSOVERLEG, d("2025-02-20"), NULL, 0,
	    1700000000, &amb, &e), ERR_OK);
	assert_int_equal(store_bijeenkomst_get(st, a, amb, &b, &e), ERR_OK);
	assert_int_equal(store_bijeenkomst_agenda(st, a, &b, &ag, &n, &e), ERR_OK);
	assert_int_equal(n, 3);
	assert_string_equal(ag[0].referentie, "PMM-2024-0001");
	assert_int_equal(ag[0].elders_besproken_op, d("2024-12-15"));
	assert_int_equal(ag[1].elders_besproken_op, DATE_NONE);

	assert_int_equal(store_bijeenkomst_list(st, a, &list, &n, &e), ERR_OK);
	assert_int_equal(n, 3);
	assert_int_equal(list[0].id, amb);                      /* newest first */
	assert_int_equal(list[2].besproken, 1);
	assert_int_equal(store_casus_besprekingen(st, a, 1, &bs, &n, &e), ERR_OK);
	assert_int_equal(n, 1);
	assert_int_equal(bs[0].soort, BIJEENKOMST_SIGNALENOVERLEG);
	assert_int_equal(bs[0].datum, d("2024-12-15"));
	assert_int_equal(store_bijeenkomst_get(st, a, 4242, &b, &e), ERR_NOT_FOUND);
	{
		/* besproken_op shows on the leerpunt's casus */
		struct leerpunt_rij l;
		assert_int_equal(store_leerpunt_get(st, a, 1, 0, &l, &e), ERR_OK);
		assert_int_equal(l.casussen[0].besproken_op, d("2024-12-15"));
		assert_int_equal(l.casussen[1].besproken_op, DATE_NONE);
	}
	arena_free(a);
}

static void
test_organisaties(void **state)
{
	struct store *st = *state;
	struct arena *a = arena_new();
	struct organisatie_kort *o, one;
	size_t n;

	assert_int_equal(store_organisaties(st, a, &o, &n, NULL), ERR_OK);
	assert_true(n > 10);
	assert_string_equal(o[0].code, "PMM");                  /* PMM first, then the ministries */
	assert_int_equal(o[1].type, ORGTYPE_MINISTERIE);
	assert_int_equal(store_organisaties_met_belegging(st, a, &o, &n, NULL), ERR_OK);
	assert_int_equal(n, 3);                                 /* PMM, SZW, VWS */
	assert_int_equal(store_organisatie_get(st, a, vws, &one, NULL), ERR_OK);
	assert_string_equal(one.code, "VWS");
	assert_int_equal(store_organisatie_get(st, a, 999999, &one, NULL), ERR_NOT_FOUND);
	assert_int_equal(store_organisatie_by_code(st, a, "jenv", &one, NULL), ERR_OK);
	assert_string_equal(one.code, "JenV");
	assert_int_equal(store_organisatie_by_code(st, a, "XYZ", &one, NULL), ERR_NOT_FOUND);
	arena_free(a);
}

int
main(void)
{
	/* Ordered: each test builds on what the previous ones stored. */
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_list_and_filters),
		cmocka_unit_test(test_list_restricted_to_organisation),
		cmocka_unit_test(test_get_with_history_and_invitation),
		cmocka_unit_test(test_status_history_and_current),
		cmocka_unit_test(test_add_belegging),
		cmocka_unit_test(test_doorzetten_keeps_history),
		cmocka_unit_test(test_navraag),
		cmocka_unit_test(test_themas),
		cmocka_unit_test(test_bijeenkomst_agenda),
		cmocka_unit_test(test_organisaties),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
