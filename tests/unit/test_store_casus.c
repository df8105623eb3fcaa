/* test_store_casus.c - casussen in a temporary database: round trip, numbering, lists, timeline, deelnemers,
   follow-up, shared leerpunten and the belegging history. */
#include "harness.h"
#include "fixture.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/casus.h"
#include "core/casus_lifecycle.h"
#include "app/interchange/interchange.h"
#include "core/rol.h"
#include "lib/date.h"
#include "store/store.h"
#include "store/store_account.h"
#include "store/casus/casus.h"
#include "store/casus/gelijkenis.h"
#include "store/driver_sqlite.h"
#include "store/store_fts.h"

#define NOW ((time_t)1767225600)   /* 2026-01-01T00:00:00Z: every test date lies before it */

static char path[64];

struct fix {
	struct store *st;
	struct arena *a;
};

static int
setup(void **state)
{
	struct fix *f = calloc(1, sizeof(*f));

	if (f == NULL || (f->st = fixture_store_open(path)) == NULL)
		return -1;
	f->a = arena_new();
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fix *f = *state;

	store_close(f->st);
	arena_free(f->a);
	free(f);
	fixture_store_remove(path);
	return 0;
}

static struct casus *
parse(struct arena *a, const char *line)
{
	struct casus *c = arena_alloc(a, sizeof(*c));
	struct err e;

	if (interchange_parse(a, line, strlen(line), c, &e) != ERR_OK)
		fail_msg("parse: %s: %s", e.field, e.msg);
	return c;
}

/* Inserts (or imports) one casus in its own transaction; returns the result code. */
static enum err_code
save(struct fix *f, struct casus *c, bool import, struct err *e)
{
	enum err_code rc;

	casus_apply_defaults(c, date_today(NOW));   /* as every caller does: the dates a casus lacks are core's to decide */
	assert_int_equal(store_begin(f->st), ERR_OK);
	rc = import ? store_casus_import(f->st, f->a, c, 0, NOW, e) : store_casus_insert(f->st, f->a, c, 0, NOW, e);
	if (rc == ERR_OK)
		assert_int_equal(store_commit(f->st), ERR_OK);
	else
		store_rollback(f->st);
	return rc;
}

static struct casus *
add(struct fix *f, const char *line)
{
	struct casus *c = parse(f->a, line);
	struct err e = { 0 };

	if (save(f, c, false, &e) != ERR_OK)
		fail_msg("insert: %s: %s (%s)", e.field, e.msg, e.detail);
	return c;
}

static struct casus *
load(struct fix *f, int64_t id)
{
	struct casus *c = arena_alloc(f->a, sizeof(*c));
	struct err e = { 0 };

	if (store_casus_load_id(f->st, f->a, id, c, &e) != ERR_OK)
		fail_msg("load %lld: %s", (long long)id, e.msg);
	return c;
}

static long
count_sql(const char *sql)
{
	sqlite3 *db;
	sqlite3_stmt *s;
	long n = -1;

	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &s, NULL), SQLITE_OK);
	if (sqlite3_step(s) == SQLITE_ROW)
		n = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	sqlite3_close(db);
	return n;
}

/*
 * A rich casus as the store gives it back: ministries and seeded agencies under their stored names with their
 * connection date, ids on the casus, leerpunten and beleggingen, themes in the order given.
 */
static const char rijk[] =
    "{\"referentie\":\"PMM-2024-0042\",\"status\":\"afgerond\",\"ontvangenOp\":\"2024-01-15\","
    "\"afgerondOp\":\"2024-02-29\","
    "\"indiener\":{\"naam\":\"Ans de Vries\",\"email\":\"ans@utrecht.example\",\"organisatie\":{\"naam\":"
    "\"Gemeente Utrecht\",\"type\":\"gemeente\",\"aangeslotenSinds\":\"2020-05-01\",\"aangeslotenTot\":"
    "\"2030-12-31\"}},"
    "\"indienerType\":\"gemeente\","
    "\"regievoerder\":{\"naam\":\"Rik Jansen\",\"email\":\"rik@pmm.example\",\"organisatie\":{\"naam\":"
    "\"Landelijk Maatwerkloket Multiproblematiek\",\"type\":\"loket\",\"aangeslotenSinds\":\"2019-01-01\"}},"
    "\"hulpvraag\":\"Wie betaalt de beschermde woonplek?\","
    "\"situatie\":\"Man (42) onder toezicht, één passende woonplek – financiën \\\"vast\\\".\","
    "\"leefgebieden\":[\"financien\",\"wonen\",\"justitie\"],"
    "\"beleidsterreinen\":[\"VWS\",\"JenV\",\"VRO\"],"
    "\"betrokkenOrganisaties\":[{\"naam\":\"Reclassering Zuid\",\"type\":\"overig\",\"rol\":\"toezicht\"},"
    "{\"naam\":\"Ministerie van Justitie en Veiligheid\",\"type\":\"ministerie\",\"code\":\"JenV\","
    "\"aangeslotenSinds\":\"2019-01-01\"},"
    "{\"naam\":\"Forensisch Plaatsingsloket\",\"type\":\"loket\",\"code\":\"FPL\"}],"
    "\"knelpunten\":[{\"categorie\":\"wet_en_regelgeving\",\"omschrijving\":\"Aanbieder niet gecontracteerd.\"},"
    "{\"categorie\":\"samenwerking\",\"omschrijving\":\"Niemand voelt zich verantwoordelijk.\"}],"
    "\"interventies\":[{\"type\":\"expert\",\"datum\":\"2024-01-16\",\"omschrijving\":\"Doorgevraagd.\"},"
    "{\"type\":\"netwerk\",\"datum\":\"2024-01-20\"},{\"type\":\"gezag\",\"datum\":\"2024-02-01\"},"
    "{\"type\":\"escalatie\",\"datum\":\"2024-02-10\",\"omschrijving\":\"Voorgelegd aan het LET.\"}],"
    "\"maatwerk\":\"maatwerkbudget\","
    "\"resultaat\":\"Gemeente financiert, JenV compenseert.\","
    "\"leerpunten\":[{\"omschrijving\":\"Financiering forensische zorg sluit niet aan.\",\"categorie\":"
    "\"wet_en_regelgeving\",\"orde\":3,\"vraag\":false,\"alBekend\":true,\"terugkerend\":true,\"themas\":"
    "[\"forensische zorg\",\"financiering\"],\"beleggingen\":[{\"bij\":{\"naam\":\"Ministerie van "
    "Volksgezondheid, Welzijn en Sport\",\"type\":\"ministerie\",\"code\":\"VWS\",\"aangeslotenSinds\":"
    "\"2019-01-01\"},\"status\":\"in_verkenning\",\"id\":7},{\"bij\":\"PMM\",\"status\":"
    "\"geen_opvolging\",\"reden\":\"stelselvraagstuk\",\"id\":8},{\"bij\":{\"naam\":\"Gemeente Utrecht\","
    "\"type\":\"gemeente\",\"aangeslotenSinds\":\"2020-05-01\",\"aangeslotenTot\":\"2030-12-31\"},"
    "\"status\":\"belegd\",\"id\":9}],\"id\":12},"
    "{\"omschrijving\":\"Had de gemeente dit zelf kunnen oplossen?\",\"categorie\":\"kennis_en_kunde\","
    "\"orde\":1,\"vraag\":true,\"alBekend\":false,\"terugkerend\":false,\"themas\":[],\"beleggingen\":[],"
    "\"id\":13}],"
    "\"geprobeerd\":\"Eigen zorgloket en regio.\","
    "\"urgentie\":\"zeer_hoog\","
    "\"procesregie\":{\"houder\":\"Loket\",\"terugkoppeling\":\"Indiener meldt binnen 2 weken.\","
    "\"dossierhouder\":\"Gemeente Utrecht\"},"
    "\"letEscalatie\":true,\"buitenlandseComponent\":true,"
    "\"followUpOp\":\"2024-05-29\",\"followUpAntwoord\":\"deels_opgelost\","
    "\"followUpToelichting\":\"Woonplek gevonden, schulden lopen nog.\",\"id\":5}";

/*
 * The same casus as the interchange format writes it since version 2 (issue 11): wetten, knelpunt soorten,
 * maatwerk records, a leerpunt's source, wetten and links, and beleggingen with their whole history, PMM's kind,
 * a werkgroep with partners, one addressed but not belegd, and one forwarded from VWS to JenV.
 */
static const char rijk2[] =
    "{\"referentie\":\"PMM-2024-0050\",\"status\":\"afgerond\",\"ontvangenOp\":\"2024-01-15\","
    "\"afgerondOp\":\"2024-02-29\",\"hulpvraag\":\"Wie betaalt de beschermde woonplek?\","
    "\"leefgebieden\":[\"financien\",\"woonland_ingezetenschap\"],\"beleidsterreinen\":[\"VWS\",\"JenV\"],"
    "\"wetten\":[\"wlz\",\"brp\",\"wfz\"],\"betrokkenOrganisaties\":[],"
    "\"knelpunten\":[{\"categorie\":\"wet_en_regelgeving\",\"omschrijving\":\"Aanbieder niet gecontracteerd.\","
    "\"soorten\":[\"lacune\",\"vicieuze_cirkel\"]},{\"categorie\":\"overig\",\"omschrijving\":\"Geen plek.\","
    "\"soorten\":[\"schaarste_zorgplek\"]},{\"categorie\":\"samenwerking\",\"omschrijving\":\"Niemand.\"}],"
    "\"interventies\":[],\"maatwerk\":\"hardheidsclausule\",\"maatwerkToepassingen\":[{\"vorm\":"
    "\"hardheidsclausule\",\"door\":{\"naam\":\"Gemeente Venenwaard\",\"type\":\"gemeente\"},\"wet\":"
    "\"participatiewet\",\"artikel\":\"art. 18 lid 1\",\"toelichting\":\"Bijzondere bijstand.\",\"datum\":"
    "\"2024-02-20\"},{\"vorm\":\"coulanceregeling\"}],"
    "\"resultaat\":\"Gemeente financiert.\","
    "\"leerpunten\":[{\"omschrijving\":\"Financiering forensische zorg sluit niet aan.\",\"categorie\":"
    "\"wet_en_regelgeving\",\"orde\":3,\"vraag\":false,\"alBekend\":true,\"terugkerend\":false,\"themas\":[],"
    "\"beleggingen\":[{\"bij\":{\"naam\":\"Ministerie van Volksgezondheid, Welzijn en Sport\",\"type\":"
    "\"ministerie\",\"code\":\"VWS\",\"aangeslotenSinds\":\"2019-01-01\"},\"status\":\"in_verkenning\","
    "\"historie\":[{\"datum\":\"2024-02-29\",\"status\":\"belegd\",\"bron\":\"ambassadeursoverleg\"},"
    "{\"datum\":\"2024-04-16\",\"status\":\"in_verkenning\",\"notitie\":\"VWS verkent.\"},{\"datum\":"
    "\"2024-05-01\",\"status\":\"in_verkenning\",\"notitie\":\"Doorgezet naar JenV.\"}],\"doorgezetNaar\":21,"
    "\"id\":20},{\"bij\":{\"naam\":\"Ministerie van Justitie en Veiligheid\",\"type\":\"ministerie\",\"code\":"
    "\"JenV\",\"aangeslotenSinds\":\"2019-01-01\"},\"status\":\"geen_opvolging\",\"reden\":\"stelselvraagstuk\","
    "\"partners\":[{\"naam\":\"Ministerie van Asiel en Migratie\",\"type\":\"ministerie\",\"code\":\"AenM\"},"
    "{\"naam\":\"Ministerie van Volksgezondheid, Welzijn en Sport\",\"type\":\"ministerie\",\"code\":\"VWS\"}],"
    "\"historie\":[{\"datum\":\"2024-05-01\",\"status\":\"belegd\",\"notitie\":\"Doorgezet vanuit VWS.\"},"
    "{\"datum\":\"2024-10-01\",\"status\":\"geen_opvolging\",\"reden\":\"stelselvraagstuk\",\"bron\":"
    "\"navraag\"}],\"id\":21},{\"bij\":\"PMM\",\"status\":\"in_uitvoering\",\"pmmSoort\":\"regie_in_opvolging\","
    "\"historie\":[{\"datum\":\"2024-03-01\",\"status\":\"in_uitvoering\"}],\"id\":22},{\"bij\":{\"naam\":"
    "\"Ministerie van Onderwijs, Cultuur en Wetenschap\",\"type\":\"ministerie\",\"code\":\"OCW\","
    "\"aangeslotenSinds\":\"2019-01-01\"},\"status\":\"belegd\",\"nietBelegd\":\"al_breed_bekend\","
    "\"nietBelegdToelichting\":\"OCW kent het al.\",\"id\":23}],\"bron\":\"bestuurlijke_tafel\",\"bronReferentie\":"
    "\"Tafel 3 oktober\",\"gesignaleerdOp\":\"2024-02-01\",\"wetten\":[\"wfz\"],\"koppelingen\":[{\"soort\":"
    "\"staat_van_de_uitvoering\",\"referentie\":\"Staat 2024, p. 12\",\"url\":\"https://example.org/staat\"},"
    "{\"soort\":\"kamervragen\",\"referentie\":\"2024Z01234\"}],\"id\":30}],"
    "\"urgentie\":\"normaal\",\"letEscalatie\":false,\"buitenlandseComponent\":false,\"id\":6}";

static void
test_roundtrip_rich(void **state)
{
	struct fix *f = *state;
	struct casus *c = parse(f->a, rijk), *back;
	const char *before = interchange_format(f->a, c);
	struct err e = { 0 };

	assert_int_equal(save(f, c, true, &e), ERR_OK);
	assert_int_equal(c->id, 5);   /* import keeps a free id */
	back = load(f, c->id);
	/* A line without histories (version 1): each belegging's history starts with its status on afgerondOp. */
	for (size_t b = 0; b < back->leerpunten[0].nbeleggingen; b++) {
		const struct belegging *bg = &back->leerpunten[0].beleggingen[b];

		assert_int_equal(bg->nhistorie, 1);
		assert_int_equal(bg->historie[0].datum, date_from_ymd(2024, 2, 29));
		assert_int_equal(bg->historie[0].status, bg->status);
		assert_int_equal(bg->historie[0].reden, bg->reden);
		back->leerpunten[0].beleggingen[b].nhistorie = 0;   /* without it the line is the one read */
	}
	assert_string_equal(interchange_format(f->a, back), before);
	assert_int_equal(store_casus_load(f->st, f->a, "PMM-2024-0042", back, &e), ERR_OK);
	for (size_t b = 0; b < back->leerpunten[0].nbeleggingen; b++)
		back->leerpunten[0].beleggingen[b].nhistorie = 0;
	assert_string_equal(interchange_format(f->a, back), before);
	assert_int_equal(store_casus_load(f->st, f->a, "PMM-2024-0043", back, &e), ERR_NOT_FOUND);
	assert_int_equal(store_casus_load_id(f->st, f->a, 6, back, &e), ERR_NOT_FOUND);

	/* the same line imported again: the referentie exists */
	c = parse(f->a, rijk);
	assert_int_equal(save(f, c, true, &e), ERR_CONFLICT);
	assert_string_equal(e.field, "referentie");
	assert_int_equal(count_sql("SELECT count(*) FROM casus"), 1);
}

/* Version 2 of the format: everything issue 11 added comes back byte for byte, into a fresh database too. */
static void
test_roundtrip_v2(void **state)
{
	struct fix *f = *state;
	struct casus *c = parse(f->a, rijk2), *back;
	const char *before = interchange_format(f->a, c);
	struct err e = { 0 };

	assert_string_equal(before, rijk2);   /* the line is written as the format writes it */
	assert_int_equal(save(f, c, true, &e), ERR_OK);
	back = load(f, c->id);
	assert_string_equal(interchange_format(f->a, back), before);
	/* the forwarding and the partners are rows, not text */
	assert_int_equal(count_sql("SELECT count(*) FROM belegging WHERE id = 20 AND doorgezet_naar_id = 21"), 1);
	assert_int_equal(count_sql("SELECT count(*) FROM belegging_partner WHERE belegging_id = 21"), 2);
	assert_int_equal(count_sql("SELECT count(*) FROM belegging_status WHERE belegging_id = 23"), 0);   /* not belegd */
	assert_int_equal(count_sql("SELECT count(*) FROM belegging_status WHERE belegging_id = 20"), 3);
	assert_int_equal(count_sql("SELECT count(*) FROM knelpunt_soort"), 3);
	assert_int_equal(count_sql("SELECT count(*) FROM maatwerk_toepassing"), 2);
	/* saved again as an update (nothing changed), it still reads the same and the history did not grow */
	assert_int_equal(store_begin(f->st), ERR_OK);
	assert_int_equal(store_casus_update(f->st, f->a, back, 0, (time_t)1735689600, &e), ERR_OK);
	assert_int_equal(store_commit(f->st), ERR_OK);
	assert_string_equal(interchange_format(f->a, load(f, c->id)), before);
	assert_int_equal(count_sql("SELECT count(*) FROM belegging_status WHERE belegging_id = 20"), 3);
}

static void
test_insert_ignores_id_and_fills_defaults(void **state)
{
	struct fix *f = *state;
	struct casus *c = add(f, "{\"id\":77,\"ontvangenOp\":\"2024-03-01\",\"hulpvraag\":\"Help\","
	    "\"interventies\":[{\"type\":\"expert\"}]}"), *back;

	assert_int_not_equal(c->id, 77);
	assert_string_equal(c->referentie, "PMM-2024-0001");
	back = load(f, c->id);
	assert_int_equal(back->ninterventies, 1);
	assert_int_equal(back->interventies[0].datum, date_from_ymd(2024, 3, 1));   /* undated: ontvangenOp */
	assert_int_equal(back->maatwerk, -1);
	assert_int_equal(back->followup_antwoord, -1);
	assert_int_equal(back->indiener_type, -1);
	assert_null(back->indiener.naam);
}

static void
test_referentie_numbering(void **state)
{
	struct fix *f = *state;
	struct casus *c;
	struct err e = { 0 };

	assert_string_equal(add(f, "{\"ontvangenOp\":\"2024-01-02\",\"hulpvraag\":\"a\"}")->referentie, "PMM-2024-0001");
	assert_string_equal(add(f, "{\"ontvangenOp\":\"2024-12-31\",\"hulpvraag\":\"b\"}")->referentie, "PMM-2024-0002");
	assert_string_equal(add(f, "{\"ontvangenOp\":\"2023-06-01\",\"hulpvraag\":\"c\"}")->referentie, "PMM-2023-0001");
	assert_string_equal(add(f, "{\"ontvangenOp\":\"2024-02-01\",\"hulpvraag\":\"d\"}")->referentie, "PMM-2024-0003");
	/* an explicit number moves the counter up; a lower one leaves it */
	add(f, "{\"referentie\":\"PMM-2024-0010\",\"ontvangenOp\":\"2024-02-01\",\"hulpvraag\":\"e\"}");
	assert_string_equal(add(f, "{\"ontvangenOp\":\"2024-02-01\",\"hulpvraag\":\"f\"}")->referentie, "PMM-2024-0011");
	add(f, "{\"referentie\":\"PMM-2024-0005\",\"ontvangenOp\":\"2024-02-01\",\"hulpvraag\":\"g\"}");
	assert_string_equal(add(f, "{\"ontvangenOp\":\"2024-02-01\",\"hulpvraag\":\"h\"}")->referentie, "PMM-2024-0012");
	/* the year of the referentie counts, also when it differs from ontvangenOp's */
	add(f, "{\"referentie\":\"PMM-2022-0100\",\"ontvangenOp\":\"2024-02-01\",\"hulpvraag\":\"i\"}");
	assert_string_equal(add(f, "{\"ontvangenOp\":\"2022-02-01\",\"hulpvraag\":\"j\"}")->referentie, "PMM-2022-0101");
	/* import reserves the referenties of a file first; an invalid one is left for the casus to refuse */
	assert_int_equal(store_begin(f->st), ERR_OK);
	assert_int_equal(store_referentie_reserveer(f->st, "PMM-2020-0042", &e), ERR_OK);
	assert_int_equal(store_referentie_reserveer(f->st, "PMM-2020-0007", &e), ERR_OK);
	assert_int_equal(store_referentie_reserveer(f->st, "geen referentie", &e), ERR_OK);
	assert_int_equal(store_commit(f->st), ERR_OK);
	assert_string_equal(add(f, "{\"ontvangenOp\":\"2020-02-01\",\"hulpvraag\":\"p\"}")->referentie, "PMM-2020-0043");
	/* a concept gets none; a taken one is refused and the counter stays */
	assert_null(add(f, "{\"status\":\"concept\",\"hulpvraag\":\"k\"}")->referentie);
	c = parse(f->a, "{\"referentie\":\"PMM-2024-0011\",\"ontvangenOp\":\"2024-02-01\",\"hulpvraag\":\"l\"}");
	assert_int_equal(save(f, c, false, &e), ERR_CONFLICT);
	assert_string_equal(e.field, "referentie");
	assert_string_equal(c->referentie, "PMM-2024-0011");   /* as given: nothing was assigned */
	assert_string_equal(add(f, "{\"ontvangenOp\":\"2024-02-01\",\"hulpvraag\":\"m\"}")->referentie, "PMM-2024-0013");
	/* five digits beyond 9999 sort after four */
	add(f, "{\"referentie\":\"PMM-2021-9999\",\"ontvangenOp\":\"2021-02-01\",\"hulpvraag\":\"n\"}");
	assert_string_equal(add(f, "{\"ontvangenOp\":\"2021-02-01\",\"hulpvraag\":\"o\"}")->referentie, "PMM-2021-10000");
}

struct refs {
	char refs[64][16];
	int n;
};

static int
collect_refs(const struct casus *c, void *arg)
{
	struct refs *r = arg;

	snprintf(r->refs[r->n++], 16, "%s", c->referentie);
	return r->n >= 64;
}

static void
test_each_in_referentie_order(void **state)
{
	struct fix *f = *state;
	struct refs r = { .n = 0 };
	const struct casus *const *all;
	size_t n;
	struct err e = { 0 };

	add(f, "{\"referentie\":\"PMM-2024-10000\",\"ontvangenOp\":\"2024-02-01\",\"hulpvraag\":\"a\"}");
	add(f, "{\"referentie\":\"PMM-2024-0002\",\"ontvangenOp\":\"2024-02-01\",\"hulpvraag\":\"b\"}");
	add(f, "{\"referentie\":\"PMM-2023-0007\",\"ontvangenOp\":\"2023-02-01\",\"hulpvraag\":\"c\"}");
	add(f, "{\"referentie\":\"PMM-2024-0999\",\"ontvangenOp\":\"2024-05-01\",\"hulpvraag\":\"d\"}");
	add(f, "{\"status\":\"concept\",\"hulpvraag\":\"concept\"}");
	assert_int_equal(store_casus_each(f->st, DATE_NONE, collect_refs, &r, &e), ERR_OK);
	assert_int_equal(r.n, 4);
	assert_string_equal(r.refs[0], "PMM-2023-0007");
	assert_string_equal(r.refs[1], "PMM-2024-0002");
	assert_string_equal(r.refs[2], "PMM-2024-0999");
	assert_string_equal(r.refs[3], "PMM-2024-10000");
	r.n = 0;
	assert_int_equal(store_casus_each(f->st, date_from_ymd(2024, 3, 1), collect_refs, &r, &e), ERR_OK);
	assert_int_equal(r.n, 1);
	assert_string_equal(r.refs[0], "PMM-2024-0999");
	assert_int_equal(store_casus_all(f->st, f->a, DATE_NONE, &all, &n, &e), ERR_OK);
	assert_int_equal(n, 4);
	assert_string_equal(all[3]->referentie, "PMM-2024-10000");
}

/* Two connections to one file, each inserting in its own transactions, alternately. */
static void
test_numbering_two_connections(void **state)
{
	struct fix *f = *state;
	struct store *other = store_open(path, NULL);
	struct store *st[2] = { f->st, other };
	bool seen[41] = { false };
	struct err e = { 0 };

	assert_non_null(other);
	for (int i = 0; i < 40; i++) {
		struct casus *c = parse(f->a, "{\"ontvangenOp\":\"2025-03-01\",\"hulpvraag\":\"samen\"}");
		int jaar, nr;

		assert_int_equal(store_begin(st[i % 2]), ERR_OK);
		/* the other connection cannot start a write transaction meanwhile */
		assert_int_equal(store_casus_insert(st[i % 2], f->a, c, 0, NOW, &e), ERR_OK);
		assert_int_equal(store_commit(st[i % 2]), ERR_OK);
		assert_true(referentie_parse(c->referentie, &jaar, &nr));
		assert_true(nr >= 1 && nr <= 40);
		assert_false(seen[nr]);
		seen[nr] = true;
	}
	assert_int_equal(count_sql("SELECT count(DISTINCT referentie) FROM casus"), 40);
	assert_int_equal(count_sql("SELECT laatste FROM referentie_teller WHERE jaar = 2025"), 40);
	store_close(other);
}

static int64_t
persoon_id(const char *email)
{
	sqlite3 *db;
	sqlite3_stmt *s;
	int64_t id = 0;

	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT id FROM persoon WHERE email = ? COLLATE NOCASE", -1, &s, NULL),
	    SQLITE_OK);
	sqlite3_bind_text(s, 1, email, -1, SQLITE_STATIC);
	if (sqlite3_step(s) == SQLITE_ROW)
		id = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	sqlite3_close(db);
	return id;
}

static size_t
list_n(struct fix *f, const struct casus_filter *flt, size_t *total)
{
	struct casus_rij *rows;
	size_t n, t;
	struct err e = { 0 };

	if (store_casus_list(f->st, f->a, flt, &rows, &n, &t, &e) != ERR_OK)
		fail_msg("list: %s (%s)", e.msg, e.detail);
	if (total != NULL)
		*total = t;
	return n;
}

static struct casus_filter
filter(void)
{
	struct casus_filter flt;

	memset(&flt, 0, sizeof(flt));
	flt.leefgebied = flt.beleidsterrein = flt.indiener_type = -1;
	return flt;
}

static void
add_list_data(struct fix *f)
{
	add(f, "{\"ontvangenOp\":\"2025-01-10\",\"hulpvraag\":\"Schuld bij de deurwaarder\",\"indiener\":{\"naam\":"
	    "\"Ina\",\"email\":\"ina@gem.example\",\"organisatie\":{\"naam\":\"Gemeente Zuiderhaven\",\"type\":"
	    "\"gemeente\"}},\"indienerType\":\"gemeente\",\"leefgebieden\":[\"financien\"],\"beleidsterreinen\":"
	    "[\"SZW\"]}");
	add(f, "{\"ontvangenOp\":\"2025-03-01\",\"hulpvraag\":\"Geen woonplek na detentie\",\"indiener\":{\"naam\":"
	    "\"Ina\",\"email\":\"INA@gem.example\"},\"indienerType\":\"gemeente\",\"regievoerder\":{\"naam\":\"Rik\","
	    "\"email\":\"rik@pmm.example\"},\"leefgebieden\":[\"wonen\",\"justitie\"],\"beleidsterreinen\":[\"JenV\","
	    "\"VRO\"]}");
	add(f, "{\"ontvangenOp\":\"2024-11-01\",\"afgerondOp\":\"2025-01-15\",\"resultaat\":\"Klaar\",\"hulpvraag\":"
	    "\"Tolk voor een kind dat niet kan spreken\",\"indiener\":{\"naam\":\"Zora\",\"email\":\"zora@zorg.example\"},"
	    "\"indienerType\":\"zorginstelling\",\"regievoerder\":{\"naam\":\"Rik\",\"email\":\"rik@pmm.example\"},"
	    "\"leefgebieden\":[\"zorg\",\"onderwijs\"],\"beleidsterreinen\":[\"VWS\",\"OCW\"]}");
	add(f, "{\"ontvangenOp\":\"2025-06-01\",\"hulpvraag\":\"Toeslag teruggevorderd\",\"indienerType\":\"overig\","
	    "\"regievoerder\":{\"naam\":\"Roos\",\"email\":\"roos@pmm.example\"},\"leefgebieden\":[\"financien\"],"
	    "\"beleidsterreinen\":[\"FIN\"]}");
	add(f, "{\"status\":\"concept\",\"hulpvraag\":\"Nog niet ingediend\",\"indiener\":{\"naam\":\"Ina\","
	    "\"email\":\"ina@gem.example\"}}");
}

static void
test_list_filters(void **state)
{
	struct fix *f = *state;
	struct casus_filter flt = filter();
	struct casus_rij *rows;
	size_t n, total;
	long counts[STATUS__MAX];
	struct err e = { 0 };
	int64_t ina, rik, zora;

	add_list_data(f);
	ina = persoon_id("ina@gem.example");
	rik = persoon_id("rik@pmm.example");
	zora = persoon_id("zora@zorg.example");
	assert_true(ina > 0 && rik > 0 && zora > 0);
	assert_int_equal(count_sql("SELECT count(*) FROM persoon WHERE email LIKE 'ina@%'"), 1);   /* one Ina */

	assert_int_equal(list_n(f, &flt, &total), 4);   /* all but the concept */
	assert_int_equal(total, 4);
	flt.statussen = 1u << STATUS_AFGEROND;
	assert_int_equal(list_n(f, &flt, NULL), 1);
	flt.statussen = (1u << STATUS_AANGEMELD) | (1u << STATUS_IN_BEHANDELING);
	assert_int_equal(list_n(f, &flt, NULL), 3);
	flt.statussen = 1u << STATUS_CONCEPT;   /* a regievoerder never sees someone's draft */
	assert_int_equal(list_n(f, &flt, NULL), 0);

	flt = filter();
	flt.regievoerder_id = rik;
	assert_int_equal(list_n(f, &flt, NULL), 2);
	flt = filter();
	flt.niet_toegewezen = true;
	assert_int_equal(list_n(f, &flt, NULL), 1);
	flt = filter();
	flt.leefgebied = LEEFGEBIED_FINANCIEN;
	assert_int_equal(list_n(f, &flt, NULL), 2);
	flt = filter();
	flt.beleidsterrein = BELEIDSTERREIN_JENV;
	assert_int_equal(list_n(f, &flt, NULL), 1);
	flt = filter();
	flt.indiener_type = INDIENER_GEMEENTE;
	assert_int_equal(list_n(f, &flt, NULL), 2);
	flt = filter();
	flt.vandaag = date_from_ymd(2025, 7, 1);
	flt.min_leeftijd_dagen = 120;   /* received on or before 2025-03-03 */
	assert_int_equal(list_n(f, &flt, NULL), 3);
	flt.min_leeftijd_dagen = 365;
	assert_int_equal(list_n(f, &flt, NULL), 0);

	/* an indiener sees their own (with their draft), not the others; then also where they were invited */
	flt = filter();
	flt.beperk_tot_persoon = ina;
	assert_int_equal(list_n(f, &flt, NULL), 2);
	flt.statussen = (1u << STATUS__MAX) - 1;
	assert_int_equal(list_n(f, &flt, NULL), 3);
	flt = filter();
	flt.beperk_tot_persoon = zora;
	assert_int_equal(list_n(f, &flt, NULL), 1);
	assert_int_equal(store_deelnemer_add(f->st, 1, zora, "maatwerkprofessional", true, 0, NOW, &e), ERR_OK);
	assert_int_equal(list_n(f, &flt, NULL), 2);

	/* paging: the total stays, the page moves */
	flt = filter();
	flt.sort = SORT_ONTVANGEN_ASC;
	flt.limit = 3;
	assert_int_equal(store_casus_list(f->st, f->a, &flt, &rows, &n, &total, &e), ERR_OK);
	assert_int_equal(n, 3);
	assert_int_equal(total, 4);
	assert_int_equal(rows[0].ontvangen_op, date_from_ymd(2024, 11, 1));
	assert_string_equal(rows[0].regievoerder_naam, "Rik");
	assert_int_equal(rows[0].status, STATUS_AFGEROND);
	assert_int_equal(rows[0].leefgebieden, (1u << LEEFGEBIED_ZORG) | (1u << LEEFGEBIED_ONDERWIJS));
	flt.offset = 3;
	assert_int_equal(store_casus_list(f->st, f->a, &flt, &rows, &n, &total, &e), ERR_OK);
	assert_int_equal(n, 1);
	assert_int_equal(total, 4);
	assert_int_equal(rows[0].ontvangen_op, date_from_ymd(2025, 6, 1));
	assert_null(rows[0].indiener_naam);
	flt.offset = 10;
	assert_int_equal(list_n(f, &flt, &total), 0);
	assert_int_equal(total, 4);
	flt = filter();
	flt.sort = SORT_REFERENTIE;
	assert_int_equal(store_casus_list(f->st, f->a, &flt, &rows, &n, &total, &e), ERR_OK);
	assert_string_equal(rows[0].referentie, "PMM-2024-0001");
	assert_string_equal(rows[0].indiener_naam, "Zora");
	/* most urgent first, and within the same urgentie the oldest first (the start page, sorteer=urgentie) */
	flt = filter();
	flt.sort = SORT_URGENTIE;
	assert_int_equal(store_casus_list(f->st, f->a, &flt, &rows, &n, &total, &e), ERR_OK);
	assert_int_equal(n, 4);
	for (size_t i = 1; i < n; i++) {
		assert_true(rows[i - 1].urgentie >= rows[i].urgentie);
		if (rows[i - 1].urgentie == rows[i].urgentie)
			assert_true(rows[i - 1].ontvangen_op <= rows[i].ontvangen_op);
	}

	/* search: full text over hulpvraag (Dutch stemming: "woonplekken" finds "woonplek") */
	flt = filter();
	flt.zoek = "woonplekken";
	assert_int_equal(list_n(f, &flt, NULL), 1);
	flt.zoek = "deurwaarder schuld";
	assert_int_equal(list_n(f, &flt, NULL), 1);
	flt.zoek = "   ";
	assert_int_equal(list_n(f, &flt, NULL), 4);

	flt = filter();
	assert_int_equal(store_casus_counts(f->st, &flt, counts, &e), ERR_OK);
	assert_int_equal(counts[STATUS_AANGEMELD], 1);
	assert_int_equal(counts[STATUS_IN_BEHANDELING], 2);
	assert_int_equal(counts[STATUS_AFGEROND], 1);
	assert_int_equal(counts[STATUS_CONCEPT], 0);
	flt.leefgebied = LEEFGEBIED_FINANCIEN;
	flt.statussen = 1u << STATUS_AFGEROND;   /* ignored: counts are per status */
	assert_int_equal(store_casus_counts(f->st, &flt, counts, &e), ERR_OK);
	assert_int_equal(counts[STATUS_AANGEMELD] + counts[STATUS_IN_BEHANDELING] + counts[STATUS_AFGEROND], 2);
}

static void
test_persons_and_organisations_matched(void **state)
{
	struct fix *f = *state;
	struct casus *a, *b;

	a = add(f, "{\"ontvangenOp\":\"2025-01-10\",\"hulpvraag\":\"x\",\"indiener\":{\"naam\":\"Piet\",\"organisatie\":"
	    "{\"naam\":\"Gemeente Oosterdal\",\"type\":\"gemeente\"}},\"betrokkenOrganisaties\":[{\"naam\":\"uwv\","
	    "\"type\":\"landelijke_publieke_dienstverlener\"},{\"naam\":\"VWS\",\"type\":\"ministerie\"},{\"naam\":"
	    "\"Ministerie van VWS\",\"type\":\"ministerie\"}]}");
	b = add(f, "{\"ontvangenOp\":\"2025-01-11\",\"hulpvraag\":\"y\",\"indiener\":{\"naam\":\"piet\",\"organisatie\":"
	    "{\"naam\":\"gemeente oosterdal\",\"type\":\"gemeente\",\"aangeslotenSinds\":\"2021-01-01\"}}}");
	a = load(f, a->id);
	b = load(f, b->id);
	assert_int_equal(a->indiener.id, b->indiener.id);   /* name within the organisation */
	assert_string_equal(b->indiener.organisatie.naam, "Gemeente Oosterdal");
	assert_int_equal(a->indiener.organisatie.aangesloten_sinds, date_from_ymd(2021, 1, 1));   /* the row's */
	assert_int_equal(a->norganisaties, 2);   /* VWS twice is one party */
	assert_string_equal(a->organisaties[0].organisatie.naam, "UWV");
	assert_string_equal(a->organisaties[1].organisatie.code, "VWS");
	assert_int_equal(count_sql("SELECT count(*) FROM organisatie WHERE naam LIKE '%oosterdal'"), 1);
	assert_int_equal(count_sql("SELECT count(*) FROM organisatie WHERE naam = 'UWV'"), 1);
}

static void
test_import_keeps_indiener_organisatie_as_stated(void **state)
{
	struct fix *f = *state;
	struct casus *c;
	struct err e = { 0 };
	int64_t ids[3];
	const char *lines[3] = {
		"{\"ontvangenOp\":\"2024-02-01\",\"hulpvraag\":\"a\",\"indiener\":{\"naam\":\"Els\",\"email\":"
		"\"els@x.example\",\"organisatie\":{\"naam\":\"Gemeente Westerkwartier\",\"type\":\"gemeente\","
		"\"aangeslotenSinds\":\"2024-06-01\"}}}",
		"{\"ontvangenOp\":\"2024-02-02\",\"hulpvraag\":\"b\",\"indiener\":{\"naam\":\"Els\",\"email\":"
		"\"els@x.example\",\"organisatie\":{\"naam\":\"Gemeente Westerkwartier\",\"type\":\"gemeente\","
		"\"aangeslotenSinds\":\"2020-01-01\"}}}",
		"{\"ontvangenOp\":\"2024-02-03\",\"hulpvraag\":\"c\",\"indiener\":{\"naam\":\"Els\",\"email\":"
		"\"els@x.example\",\"organisatie\":{\"naam\":\"Gemeente Westerkwartier\",\"type\":\"gemeente\"}}}",
	};

	for (int i = 0; i < 3; i++) {
		c = parse(f->a, lines[i]);
		assert_int_equal(save(f, c, true, &e), ERR_OK);
		ids[i] = c->id;
	}
	assert_int_equal(load(f, ids[0])->indiener.organisatie.aangesloten_sinds, date_from_ymd(2024, 6, 1));
	assert_int_equal(load(f, ids[1])->indiener.organisatie.aangesloten_sinds, date_from_ymd(2020, 1, 1));
	assert_int_equal(load(f, ids[2])->indiener.organisatie.aangesloten_sinds, DATE_NONE);
	/* the organisation row has the latest date given; a casus saved through the API reads the row */
	c = add(f, "{\"ontvangenOp\":\"2024-02-04\",\"hulpvraag\":\"d\",\"indiener\":{\"naam\":\"Els\",\"email\":"
	    "\"els@x.example\"}}");
	c = load(f, c->id);
	assert_string_equal(c->indiener.organisatie.naam, "Gemeente Westerkwartier");
	assert_int_equal(c->indiener.organisatie.aangesloten_sinds, date_from_ymd(2020, 1, 1));
}

static void
test_activiteiten_append_only(void **state)
{
	struct fix *f = *state;
	struct casus *c = add(f, "{\"ontvangenOp\":\"2025-01-10\",\"hulpvraag\":\"x\",\"interventies\":["
	    "{\"type\":\"expert\",\"datum\":\"2025-01-11\",\"omschrijving\":\"Advies\"}]}");
	struct activiteit act = { .type = ACTIVITEIT_NOTITIE, .datum = date_from_ymd(2025, 1, 12),
		.interventie_type = -1, .omschrijving = "Gebeld met de indiener" };
	struct activiteit *list;
	size_t n;
	int64_t id, iv;
	struct err e = { 0 };
	sqlite3 *db;

	assert_int_equal(store_activiteit_list(f->st, f->a, c->id, true, &list, &n, &e), ERR_OK);
	assert_int_equal(n, 1);
	iv = list[0].id;
	assert_int_equal(list[0].interventie_type, INTERVENTIE_EXPERT);
	act.datum = DATE_NONE;   /* the store decides no date: core's casus_activiteit_datum does */
	assert_int_equal(store_activiteit_add(f->st, c->id, &act, 0, NOW, &id, &e), ERR_VALIDATION);
	assert_string_equal(e.field, "datum");
	act.datum = date_from_ymd(2025, 1, 12);
	assert_int_equal(store_activiteit_add(f->st, c->id, &act, 0, NOW, &id, &e), ERR_OK);
	act.type = ACTIVITEIT_INTERVENTIE;   /* an interventie needs its type */
	assert_int_equal(store_activiteit_add(f->st, c->id, &act, 0, NOW, &id, &e), ERR_VALIDATION);
	act.interventie_type = INTERVENTIE_NETWERK;
	act.corrigeert_id = iv;             /* the expert advice was really a referral */
	act.omschrijving = "Doorverwezen (correctie)";
	assert_int_equal(store_activiteit_add(f->st, c->id, &act, 0, NOW, &id, &e), ERR_OK);
	act.corrigeert_id = 999;
	assert_int_equal(store_activiteit_add(f->st, c->id, &act, 0, NOW, &id, &e), ERR_VALIDATION);
	assert_int_equal(store_activiteit_add(f->st, 999, &act, 0, NOW, &id, &e), ERR_NOT_FOUND);
	assert_int_equal(store_activiteit_list(f->st, f->a, c->id, true, &list, &n, &e), ERR_OK);
	assert_int_equal(n, 3);
	assert_string_equal(list[1].omschrijving, "Gebeld met de indiener");
	assert_int_equal(list[2].corrigeert_id, iv);
	assert_non_null(list[2].created_at);
	/* the casus shows the correction instead of what it corrects */
	c = load(f, c->id);
	assert_int_equal(c->ninterventies, 1);
	assert_int_equal(c->interventies[0].type, INTERVENTIE_NETWERK);
	assert_false(c->interventies[0].gedeeld);
	/* internal by default; the query for whom may not see internal entries leaves them out (issue 13) */
	assert_int_equal(store_activiteit_list(f->st, f->a, c->id, false, &list, &n, &e), ERR_OK);
	assert_int_equal(n, 0);
	act.type = ACTIVITEIT_NOTITIE;
	act.interventie_type = -1;
	act.corrigeert_id = 0;
	act.gedeeld = true;
	act.omschrijving = "Gedeeld met de indiener";
	assert_int_equal(store_activiteit_add(f->st, c->id, &act, 0, NOW, &id, &e), ERR_OK);
	assert_int_equal(store_activiteit_list(f->st, f->a, c->id, false, &list, &n, &e), ERR_OK);
	assert_int_equal(n, 1);
	assert_string_equal(list[0].omschrijving, "Gedeeld met de indiener");
	assert_true(list[0].gedeeld);
	assert_int_equal(store_activiteit_list(f->st, f->a, c->id, true, &list, &n, &e), ERR_OK);
	assert_int_equal(n, 4);

	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_not_equal(sqlite3_exec(db, "UPDATE activiteit SET omschrijving = 'anders'", NULL, NULL, NULL),
	    SQLITE_OK);
	assert_non_null(strstr(sqlite3_errmsg(db), "alleen aan te vullen"));
	assert_int_equal(store_fts_register(db), 0);   /* the search triggers on activiteit need it */
	assert_int_not_equal(sqlite3_exec(db, "DELETE FROM activiteit", NULL, NULL, NULL), SQLITE_OK);
	assert_non_null(strstr(sqlite3_errmsg(db), "alleen aan te vullen"));
	sqlite3_close(db);
}

static void
test_regievoerder_and_deelnemers(void **state)
{
	struct fix *f = *state;
	struct casus *c = add(f, "{\"ontvangenOp\":\"2025-01-10\",\"hulpvraag\":\"x\"}");
	struct casus_toegang t;
	struct deelnemer *d;
	struct persoon_kort *rv;
	size_t n;
	int64_t uid, amb, regie;
	struct err e = { 0 };

	assert_int_equal(store_user_add(f->st, "amb@vws.example", "Amir", "Ministerie van VWS", ROL_BIT(ROL_AMBASSADEUR),
	    "x", NOW, &uid, &e), ERR_OK);
	assert_int_equal(store_user_add(f->st, "regie@pmm.example", "Ruud", NULL, ROL_BIT(ROL_REGIEVOERDER), "x", NOW,
	    &uid, &e), ERR_OK);
	assert_int_equal(store_persoon_by_email(f->st, "AMB@vws.example", &amb, &e), ERR_OK);
	assert_int_equal(store_persoon_by_email(f->st, "niemand@x.example", &regie, &e), ERR_NOT_FOUND);
	assert_int_equal(store_regievoerders(f->st, f->a, &rv, &n, &e), ERR_OK);
	assert_int_equal(n, 1);
	assert_string_equal(rv[0].naam, "Ruud");
	regie = rv[0].id;

	assert_int_equal(store_casus_set_regievoerder(f->st, c->id, regie, NOW, &e), ERR_OK);
	assert_int_equal(store_casus_toegang(f->st, c->referentie, amb, &t), ERR_OK);
	assert_int_equal(t.regievoerder_persoon_id, regie);
	assert_false(t.is_deelnemer);
	assert_int_equal(store_deelnemer_add(f->st, c->id, amb, "ambassadeur", true, uid, NOW, &e), ERR_OK);
	assert_int_equal(store_deelnemer_add(f->st, c->id, amb, "ambassadeur", true, uid, NOW, &e), ERR_CONFLICT);
	assert_int_equal(store_deelnemer_add(f->st, c->id, amb, "baas", true, uid, NOW, &e), ERR_VALIDATION);
	assert_int_equal(store_deelnemer_add(f->st, c->id, 999, "ambassadeur", true, uid, NOW, &e), ERR_NOT_FOUND);
	assert_int_equal(store_deelnemer_list(f->st, f->a, c->id, &d, &n, &e), ERR_OK);
	assert_int_equal(n, 1);
	assert_string_equal(d[0].naam, "Amir");
	assert_string_equal(d[0].rol, "ambassadeur");
	assert_non_null(d[0].uitgenodigd_op);
	assert_int_equal(store_casus_toegang_id(f->st, c->id, amb, &t), ERR_OK);
	assert_true(t.is_deelnemer);
	assert_int_equal(store_casus_toegang(f->st, "PMM-1999-0001", amb, &t), ERR_NOT_FOUND);

	assert_int_equal(store_casus_set_regievoerder(f->st, c->id, 0, NOW, &e), ERR_OK);   /* release */
	assert_int_equal(store_casus_toegang(f->st, c->referentie, 0, &t), ERR_OK);
	assert_int_equal(t.regievoerder_persoon_id, 0);
	assert_int_equal(store_casus_set_regievoerder(f->st, 999, regie, NOW, &e), ERR_NOT_FOUND);
}

static void
test_followup_due_and_answer(void **state)
{
	struct fix *f = *state;
	struct casus *dicht = add(f, "{\"ontvangenOp\":\"2024-01-10\",\"afgerondOp\":\"2024-02-10\",\"resultaat\":"
	    "\"ok\",\"hulpvraag\":\"x\",\"followUpOp\":\"2024-05-10\"}");
	struct casus *open = add(f, "{\"ontvangenOp\":\"2024-01-10\",\"hulpvraag\":\"y\",\"followUpOp\":\"2024-05-10\"}");
	struct casus_rij *rows;
	size_t n;
	struct err e = { 0 };

	assert_int_equal(store_followup_due(f->st, f->a, date_from_ymd(2024, 5, 9), &rows, &n, &e), ERR_OK);
	assert_int_equal(n, 0);
	assert_int_equal(store_followup_due(f->st, f->a, date_from_ymd(2024, 5, 10), &rows, &n, &e), ERR_OK);
	assert_int_equal(n, 1);
	assert_int_equal(rows[0].id, dicht->id);
	assert_int_equal(rows[0].followup_antwoord, -1);
	assert_int_equal(store_followup_answer(f->st, open->id, FOLLOWUP_OPGELOST, NULL, NOW, &e), ERR_CONFLICT);
	assert_int_equal(store_followup_answer(f->st, dicht->id, 7, NULL, NOW, &e), ERR_VALIDATION);
	assert_int_equal(store_followup_answer(f->st, dicht->id, FOLLOWUP_DEELS_OPGELOST, "Woont nu zelfstandig", NOW,
	    &e), ERR_OK);
	assert_int_equal(store_followup_due(f->st, f->a, date_from_ymd(2024, 12, 31), &rows, &n, &e), ERR_OK);
	assert_int_equal(n, 0);
	dicht = load(f, dicht->id);
	assert_int_equal(dicht->followup_antwoord, FOLLOWUP_DEELS_OPGELOST);
	assert_string_equal(dicht->followup_toelichting, "Woont nu zelfstandig");
}

static void
test_shared_leerpunt(void **state)
{
	struct fix *f = *state;
	struct casus *a, *b;
	struct err e = { 0 };

	a = parse(f->a, "{\"ontvangenOp\":\"2024-01-10\",\"hulpvraag\":\"a\",\"leerpunten\":[{\"id\":50,\"omschrijving\":"
	    "\"Repatriering onverzekerden\",\"categorie\":\"wet_en_regelgeving\",\"orde\":3,\"themas\":[\"repatriering\"],"
	    "\"beleggingen\":[{\"bij\":{\"naam\":\"BuZa\",\"type\":\"ministerie\"},\"status\":\"belegd\",\"id\":60}]}]}");
	assert_int_equal(save(f, a, true, &e), ERR_OK);
	/* the same leerpunt (its id) in a second casus: linked, the stored one stays as it is */
	b = parse(f->a, "{\"ontvangenOp\":\"2024-03-10\",\"hulpvraag\":\"b\",\"leerpunten\":[{\"id\":50,\"omschrijving\":"
	    "\"Andere tekst\",\"categorie\":\"ict\",\"orde\":1,\"beleggingen\":[{\"bij\":\"PMM\",\"id\":60}]},"
	    "{\"omschrijving\":\"Nieuw\",\"categorie\":\"ict\",\"orde\":1,\"beleggingen\":[{\"bij\":\"PMM\",\"id\":60}]}]}");
	assert_int_equal(save(f, b, true, &e), ERR_OK);
	a = load(f, a->id);
	b = load(f, b->id);
	assert_int_equal(b->nleerpunten, 2);
	assert_int_equal(b->leerpunten[0].id, 50);
	assert_string_equal(b->leerpunten[0].omschrijving, "Repatriering onverzekerden");
	assert_int_equal(b->leerpunten[0].nbeleggingen, 1);
	assert_string_equal(b->leerpunten[0].beleggingen[0].bij.code, "BuZa");
	assert_int_equal(a->leerpunten[0].id, 50);
	/* the new leerpunt's belegging id 60 was taken: it got another */
	assert_true(b->leerpunten[1].beleggingen[0].bij_pmm);
	assert_int_not_equal(b->leerpunten[1].beleggingen[0].id, 60);
	assert_int_equal(count_sql("SELECT count(*) FROM leerpunt_casus WHERE leerpunt_id = 50"), 2);
	assert_int_equal(store_casus_leerpunt_max_id(f->st), 51);
	assert_int_equal(count_sql("SELECT count(*) FROM leerpunt"), 2);
}

static void
test_belegging_history_and_update(void **state)
{
	struct fix *f = *state;
	struct casus *c = add(f, "{\"ontvangenOp\":\"2024-01-10\",\"afgerondOp\":\"2024-02-20\",\"resultaat\":\"ok\","
	    "\"hulpvraag\":\"x\",\"leefgebieden\":[\"wonen\"],\"leerpunten\":[{\"omschrijving\":\"L1\",\"categorie\":"
	    "\"ict\",\"orde\":2,\"beleggingen\":[{\"bij\":{\"naam\":\"SZW\",\"type\":\"ministerie\"},\"status\":"
	    "\"belegd\"}]},{\"omschrijving\":\"L2\",\"categorie\":\"overig\",\"orde\":1}]}");
	struct err e = { 0 };
	sqlite3 *db;
	int64_t bid;

	c = load(f, c->id);
	bid = c->leerpunten[0].beleggingen[0].id;
	assert_int_equal(count_sql("SELECT count(*) FROM belegging_status WHERE datum = '2024-02-20'"), 1);
	/* the history is the truth: a later entry decides the current status, also when entered earlier */
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "INSERT INTO belegging_status (belegging_id, datum, status, created_at)"
	    " SELECT id, '2024-09-01', 'opgevolgd', 'x' FROM belegging;"
	    " INSERT INTO belegging_status (belegging_id, datum, status, created_at)"
	    " SELECT id, '2024-06-01', 'in_uitvoering', 'x' FROM belegging", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	c = load(f, c->id);
	assert_int_equal(c->leerpunten[0].beleggingen[0].status, OPVOLGING_OPGEVOLGD);

	/* update: a status change is a new history row; a dropped leerpunt goes; fields are rewritten */
	c->leerpunten[0].beleggingen[0].status = OPVOLGING_GEEN_OPVOLGING;
	c->leerpunten[0].beleggingen[0].reden = REDEN_NIET_HERKEND;
	c->leerpunten[0].omschrijving = "L1 scherper";
	c->nleerpunten = 1;
	c->hulpvraag = "Wie betaalt?";
	c->leefgebieden |= 1u << LEEFGEBIED_ZORG;
	assert_int_equal(store_begin(f->st), ERR_OK);
	assert_int_equal(store_casus_update(f->st, f->a, c, 0, NOW, &e), ERR_OK);
	assert_int_equal(store_commit(f->st), ERR_OK);
	c = load(f, c->id);
	assert_int_equal(c->nleerpunten, 1);
	assert_string_equal(c->leerpunten[0].omschrijving, "L1 scherper");
	assert_int_equal(c->leerpunten[0].beleggingen[0].id, bid);
	assert_int_equal(c->leerpunten[0].beleggingen[0].status, OPVOLGING_GEEN_OPVOLGING);
	assert_int_equal(c->leerpunten[0].beleggingen[0].reden, REDEN_NIET_HERKEND);
	assert_string_equal(c->hulpvraag, "Wie betaalt?");
	assert_int_equal(c->leefgebieden, (1u << LEEFGEBIED_WONEN) | (1u << LEEFGEBIED_ZORG));
	assert_int_equal(count_sql("SELECT count(*) FROM belegging_status"), 4);
	assert_int_equal(count_sql("SELECT count(*) FROM leerpunt"), 1);
	/* an update without changes adds nothing to the history or the timeline */
	assert_int_equal(store_begin(f->st), ERR_OK);
	assert_int_equal(store_casus_update(f->st, f->a, c, 0, NOW, &e), ERR_OK);
	assert_int_equal(store_commit(f->st), ERR_OK);
	assert_int_equal(count_sql("SELECT count(*) FROM belegging_status"), 4);
	c->id = 999;
	assert_int_equal(store_begin(f->st), ERR_OK);
	assert_int_equal(store_casus_update(f->st, f->a, c, 0, NOW, &e), ERR_NOT_FOUND);
	store_rollback(f->st);
}

static void
test_concept_submitted_by_update(void **state)
{
	struct fix *f = *state;
	struct casus *c = add(f, "{\"status\":\"concept\",\"hulpvraag\":\"Nog bezig\"}");
	struct err e = { 0 };

	assert_null(c->referentie);
	c = load(f, c->id);
	assert_int_equal(c->status, STATUS_CONCEPT);
	c->status = STATUS_AANGEMELD;
	c->ontvangen_op = date_from_ymd(2025, 4, 1);
	assert_int_equal(store_begin(f->st), ERR_OK);
	assert_int_equal(store_casus_update(f->st, f->a, c, 0, NOW, &e), ERR_OK);
	assert_int_equal(store_commit(f->st), ERR_OK);
	assert_string_equal(c->referentie, "PMM-2025-0001");
	assert_string_equal(load(f, c->id)->referentie, "PMM-2025-0001");
}

static void
test_insert_outside_transaction_refused(void **state)
{
	struct fix *f = *state;
	struct casus *c = parse(f->a, "{\"ontvangenOp\":\"2024-01-10\",\"hulpvraag\":\"x\"}");
	struct err e = { 0 };

	assert_int_equal(store_casus_insert(f->st, f->a, c, 0, NOW, &e), ERR_INTERNAL);
	assert_int_equal(count_sql("SELECT count(*) FROM casus"), 0);
}

/* Rows written on f's connection so far (triggers included). */
static int64_t
written(struct fix *f)
{
	return sqlite3_total_changes64(store_sqlite_db(f->st));
}

static void
update_ok(struct fix *f, struct casus *c)
{
	struct err e = { 0 };

	assert_int_equal(store_begin(f->st), ERR_OK);
	if (store_casus_update(f->st, f->a, c, 0, NOW, &e) != ERR_OK)
		fail_msg("update: %s (%s)", e.msg, e.detail);
	assert_int_equal(store_commit(f->st), ERR_OK);
}

static void
test_update_touches_only_what_changed(void **state)
{
	struct fix *f = *state;
	struct casus *c = parse(f->a, rijk);
	struct err e = { 0 };
	int64_t before, statussen = 0;

	assert_int_equal(save(f, c, false, &e), ERR_OK);
	c = load(f, c->id);
	statussen = count_sql("SELECT count(*) FROM belegging_status");
	/* saved again as it was loaded: not a row written */
	before = written(f);
	update_ok(f, c);
	assert_int_equal(written(f) - before, 0);
	/* the status alone: the casus row, and nothing of its children */
	c->status = STATUS_IN_BEHANDELING;
	before = written(f);
	update_ok(f, c);
	assert_int_equal(written(f) - before, 1);
	assert_int_equal(load(f, c->id)->status, STATUS_IN_BEHANDELING);
	/* one knelpunt changed: the knelpunten are rewritten and the casus marked updated, nothing else */
	c = load(f, c->id);
	c->knelpunten[1].omschrijving = "Niemand voelt zich nog verantwoordelijk.";
	before = written(f);
	update_ok(f, c);
	assert_int_equal(written(f) - before, 1 + 2 + 2);   /* updated_at; two knelpunten out, two in */
	c = load(f, c->id);
	assert_int_equal(c->nknelpunten, 2);
	assert_string_equal(c->knelpunten[1].omschrijving, "Niemand voelt zich nog verantwoordelijk.");
	assert_int_equal(c->nleerpunten, 2);
	assert_int_equal(c->leerpunten[0].nbeleggingen, 3);
	assert_int_equal(count_sql("SELECT count(*) FROM belegging_status"), statussen);
	/* a leefgebied more: only those rows */
	c->leefgebieden |= 1u << LEEFGEBIED_ZORG;
	before = written(f);
	update_ok(f, c);
	assert_int_equal(written(f) - before, 1 + 3 + 4);   /* updated_at; three out, four in */
	assert_int_equal(load(f, c->id)->leefgebieden, c->leefgebieden);
}

static void
test_set_status_only_from_the_stored_status(void **state)
{
	struct fix *f = *state;
	struct casus *c = add(f, "{\"ontvangenOp\":\"2024-03-01\",\"hulpvraag\":\"x\",\"leefgebieden\":[\"wonen\"],"
	    "\"knelpunten\":[{\"categorie\":\"overig\",\"omschrijving\":\"k\"}]}");
	struct err e = { 0 };
	int64_t before;

	assert_int_equal(c->status, STATUS_AANGEMELD);
	before = written(f);
	assert_int_equal(store_begin(f->st), ERR_OK);
	assert_int_equal(store_casus_set_status(f->st, c->id, STATUS_AANGEMELD, STATUS_IN_BEHANDELING, NOW, &e), ERR_OK);
	assert_int_equal(store_commit(f->st), ERR_OK);
	assert_int_equal(written(f) - before, 1);   /* one UPDATE of one row */
	assert_int_equal(load(f, c->id)->status, STATUS_IN_BEHANDELING);
	/* someone else moved it on meanwhile: the stale change is refused, the status stays */
	assert_int_equal(store_begin(f->st), ERR_OK);
	assert_int_equal(store_casus_set_status(f->st, c->id, STATUS_AANGEMELD, STATUS_AFGEROND, NOW, &e), ERR_CONFLICT);
	assert_string_equal(e.field, "status");
	store_rollback(f->st);
	assert_int_equal(load(f, c->id)->status, STATUS_IN_BEHANDELING);
	assert_int_equal(store_casus_set_status(f->st, 999, STATUS_AANGEMELD, STATUS_AFGEROND, NOW, &e), ERR_NOT_FOUND);
	/* a concept is submitted by saving it (it gets its referentie then) */
	assert_int_equal(store_casus_set_status(f->st, c->id, STATUS_CONCEPT, STATUS_AANGEMELD, NOW, &e),
	    ERR_VALIDATION);
	assert_int_equal(load(f, c->id)->status, STATUS_IN_BEHANDELING);
}

/* The store decides no dates: a casus that reaches it without ontvangenOp, or with an undated interventie, is
   refused; casus_apply_defaults (core) is what dates them. */
static void
test_undated_casus_refused_without_defaults(void **state)
{
	struct fix *f = *state;
	struct casus *c = parse(f->a, "{\"status\":\"concept\",\"hulpvraag\":\"Nog bezig\"}");
	struct err e = { 0 };

	assert_int_equal(store_begin(f->st), ERR_OK);
	assert_int_equal(store_casus_insert(f->st, f->a, c, 0, NOW, &e), ERR_VALIDATION);
	assert_string_equal(e.field, "ontvangenOp");
	c = parse(f->a, "{\"ontvangenOp\":\"2024-03-01\",\"hulpvraag\":\"x\",\"interventies\":[{\"type\":\"expert\"}]}");
	assert_int_equal(store_casus_insert(f->st, f->a, c, 0, NOW, &e), ERR_VALIDATION);
	assert_string_equal(e.field, "interventies");
	store_rollback(f->st);
	assert_int_equal(count_sql("SELECT count(*) FROM casus"), 0);
}

/* Similar casussen are looked for among the most recent casussen only (casus.gelijkend's window of 5,000): the
   cost of the casus page does not grow with the whole history. */
static void
test_similar_casussen_from_a_recent_window(void **state)
{
	struct fix *f = *state;
	struct gelijkenis_kandidaat *k;
	struct gelijkenis_doel doel;
	struct err e = { 0 };
	struct casus *b;
	size_t n;
	char *msg = NULL;

	add(f, "{\"ontvangenOp\":\"2024-11-01\",\"afgerondOp\":\"2025-01-15\",\"resultaat\":\"Regeling getroffen\","
	    "\"hulpvraag\":\"Schuld bij de deurwaarder\",\"leefgebieden\":[\"financien\"]}");
	b = add(f, "{\"ontvangenOp\":\"2025-03-01\",\"hulpvraag\":\"Beslag door de deurwaarder om een schuld\","
	    "\"leefgebieden\":[\"financien\"]}");
	assert_int_equal(store_casus_gelijkend(f->st, f->a, b->id, 0, "schuld deurwaarder", &k, &n, &doel, &e), ERR_OK);
	assert_int_equal(n, 1);
	assert_int_equal(k[0].lg_gedeeld, 1);
	/* 5,000 newer casussen (concepts: never candidates themselves) move it out of the window */
	assert_int_equal(sqlite3_exec(store_sqlite_db(f->st), "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1"
	    " FROM n WHERE i < 5000) INSERT INTO casus (status, ontvangen_op, hulpvraag, created_at, updated_at)"
	    " SELECT 'concept', '2025-04-01', 'leeg', 't', 't' FROM n", NULL, NULL, &msg), SQLITE_OK);
	assert_int_equal(store_casus_gelijkend(f->st, f->a, b->id, 0, "schuld deurwaarder", &k, &n, &doel, &e), ERR_OK);
	assert_int_equal(n, 0);
}

int
main(void)
{
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_roundtrip_rich),
		T(test_roundtrip_v2),
		T(test_insert_ignores_id_and_fills_defaults),
		T(test_referentie_numbering),
		T(test_each_in_referentie_order),
		T(test_numbering_two_connections),
		T(test_list_filters),
		T(test_persons_and_organisations_matched),
		T(test_import_keeps_indiener_organisatie_as_stated),
		T(test_activiteiten_append_only),
		T(test_regievoerder_and_deelnemers),
		T(test_followup_due_and_answer),
		T(test_shared_leerpunt),
		T(test_belegging_history_and_update),
		T(test_concept_submitted_by_update),
		T(test_insert_outside_transaction_refused),
		T(test_update_touches_only_what_changed),
		T(test_set_status_only_from_the_stored_status),
		T(test_undated_casus_refused_without_defaults),
		T(test_similar_casussen_from_a_recent_window),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
