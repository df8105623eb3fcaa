/* test_store_rapport.c - what the report reads (store/rapport): the same figures as whole casussen give, only
   its years, no free text; and the years with data. */
#include "harness.h"
#include "fixture.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "app/interchange/interchange.h"
#include "app/rapport/json.h"
#include "core/casus.h"
#include "core/leerpunt.h"
#include "core/rapport.h"
#include "lib/buf.h"
#include "lib/date.h"
#include "store/casus/casus.h"
#include "store/leerpunt/leerpunt.h"
#include "store/rapport/rapport.h"
#include "store/store.h"

#define NOW ((time_t)1767225600)   /* 2026-01-01T00:00:00Z */
#define NGEN 160

static char path[64];

struct fix {
	struct store *st;
	struct arena *a;
	const char *refs[NGEN + 16];    /* every submitted casus, in referentie order once sorted */
	size_t nrefs;
};

static uint32_t seed = 20250519u;

static unsigned
rnd(unsigned k)
{
	seed = seed * 1664525u + 1013904223u;
	return (seed >> 8) % k;
}

static int
d(const char *s)
{
	int v = DATE_NONE;

	assert_true(date_parse(s, &v));
	return v;
}

/* Saves one casus line (import: as stated; otherwise as a new submission) in its own transaction. */
static void
bewaar(struct fix *f, const char *line, bool import)
{
	struct casus *c = arena_alloc(f->a, sizeof(*c));
	struct err e = { 0 };
	enum err_code rc;

	if (interchange_parse(f->a, line, strlen(line), c, &e) != ERR_OK)
		fail_msg("parse: %s: %s in %s", e.field, e.msg, line);
	assert_int_equal(store_begin(f->st), ERR_OK);
	rc = import ? store_casus_import(f->st, f->a, c, 0, NOW, &e) : store_casus_insert(f->st, f->a, c, 0, NOW, &e);
	if (rc != ERR_OK)
		fail_msg("save: %s: %s (%s) in %s", e.field, e.msg, e.detail, line);
	assert_int_equal(store_commit(f->st), ERR_OK);
	if (c->referentie != NULL)
		f->refs[f->nrefs++] = c->referentie;
}

static int64_t
sql_id(const char *sql)
{
	sqlite3 *db;
	sqlite3_stmt *s;
	int64_t id = 0;

	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &s, NULL), SQLITE_OK);
	if (sqlite3_step(s) == SQLITE_ROW)
		id = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	sqlite3_close(db);
	assert_true(id > 0);
	return id;
}

static void
datum(struct buf *b, const char *naam, int dag)
{
	char s[DATE_STRLEN];

	date_format(dag, s);
	buf_printf(b, ",\"%s\":\"%s\"", naam, s);
}

/* A generated casus i of 2022..2025 with a bit of everything the figures count. */
static void
genereer(struct buf *b, int i)
{
	static const char *const lg[] = { "financien", "wonen", "verblijf", "zorg", "justitie", "onderwijs" };
	static const char *const bt[] = { "VWS", "SZW", "JenV", "BuZa", "VRO" };
	static const char *const it[] = { "gemeente", "landelijke_publieke_dienstverlener", "zorginstelling", "overig" };
	static const char *const orgs[] = { "{\"naam\":\"UWV\",\"type\":\"landelijke_publieke_dienstverlener\"}",
		"{\"naam\":\"Zorg De Linde\",\"type\":\"zorgaanbieder\"}", "{\"naam\":\"Juiste Loket\",\"type\":\"loket\"}",
		"{\"naam\":\"Woonstichting\",\"type\":\"woningcorporatie\"}" };
	static const char *const bij[] = { "\"PMM\"", "{\"naam\":\"VWS\",\"type\":\"ministerie\"}",
		"{\"naam\":\"SZW\",\"type\":\"ministerie\"}", "{\"naam\":\"Gemeente Aadorp\",\"type\":\"gemeente\"}",
		"{\"naam\":\"SVB\",\"type\":\"landelijke_publieke_dienstverlener\"}",
		"{\"naam\":\"Stichting Hulp\",\"type\":\"overig\"}" };
	static const char *const iv[] = { "expert", "netwerk", "gezag", "escalatie" };
	static const char *const st[] = { "belegd", "in_verkenning", "in_uitvoering", "opgevolgd", "onbekend" };
	int ontvangen = d("2022-06-01") + (int)rnd(1300), k;
	bool af = rnd(4) != 0;

	buf_printf(b, "{\"referentie\":\"PMM-%04d-%04d\"", date_year(ontvangen), 100 + i);
	datum(b, "ontvangenOp", ontvangen);
	if (af)
		datum(b, "afgerondOp", ontvangen + (int)rnd(rnd(5) == 0 ? 400 : 90));
	buf_printf(b, ",\"hulpvraag\":\"Vraag %d met vrije tekst\",\"situatie\":\"Geheim %d\"", i, i);
	buf_printf(b, ",\"indiener\":{\"naam\":\"Prof %d\",\"email\":\"p%d@x.example\",\"organisatie\":{\"naam\":"
	    "\"Gemeente G%u\",\"type\":\"gemeente\"", i, i, rnd(5));
	if (rnd(2) == 0)
		buf_printf(b, ",\"aangeslotenSinds\":\"%d-01-01\"", 2021 + (int)rnd(4));
	buf_puts(b, "}}");
	if (rnd(10) != 0)
		buf_printf(b, ",\"indienerType\":\"%s\"", it[rnd(4)]);
	buf_puts(b, ",\"leefgebieden\":[");
	for (unsigned n = rnd(4), used = 0, first = 1; n > 0; n--) {
		unsigned c = rnd(6);

		if (!(used & (1u << c))) {
			buf_printf(b, "%s\"%s\"", first ? "" : ",", lg[c]);
			used |= 1u << c;
			first = 0;
		}
	}
	buf_puts(b, "],\"beleidsterreinen\":[");
	for (unsigned n = rnd(3), used = 0, first = 1; n > 0; n--) {
		unsigned c = rnd(5);

		if (!(used & (1u << c))) {
			buf_printf(b, "%s\"%s\"", first ? "" : ",", bt[c]);
			used |= 1u << c;
			first = 0;
		}
	}
	buf_puts(b, "],\"betrokkenOrganisaties\":[");
	for (unsigned n = rnd(3), s = rnd(4), j = 0; j < n; j++)
		buf_printf(b, "%s%s", j ? "," : "", orgs[(s + j) % 4]);
	buf_puts(b, "],\"interventies\":[");
	for (unsigned n = rnd(4), j = 0; j < n; j++) {
		char s[DATE_STRLEN];

		date_format(ontvangen + (int)j, s);
		buf_printf(b, "%s{\"type\":\"%s\",\"datum\":\"%s\",\"omschrijving\":\"Gedaan\"}", j ? "," : "", iv[rnd(4)], s);
	}
	buf_puts(b, "]");
	if (rnd(8) == 0)
		buf_puts(b, ",\"letEscalatie\":true");
	if (rnd(6) == 0)
		buf_puts(b, ",\"buitenlandseComponent\":true");
	if (af) {
		buf_puts(b, ",\"resultaat\":\"Klaar\",\"leerpunten\":[");
		k = (int)rnd(3);
		for (int j = 0; j < k; j++) {
			bool gedeeld = rnd(3) == 0;

			buf_printf(b, "%s{\"id\":%d,\"omschrijving\":\"Leerpunt\",\"categorie\":\"%s\",\"orde\":%u,"
			    "\"alBekend\":%s,\"beleggingen\":[", j ? "," : "", gedeeld ? 500 + (int)rnd(6) : 10000 + 10 * i + j,
			    j % 2 ? "ict" : "samenwerking", 1 + rnd(3), rnd(2) ? "true" : "false");
			for (unsigned n = rnd(3), s = rnd(6), m = 0; m < n; m++)
				buf_printf(b, "%s{\"bij\":%s,\"status\":\"%s\"}", m ? "," : "", bij[(s + m) % 6], st[rnd(5)]);
			buf_puts(b, "]}");
		}
		buf_puts(b, "]");
	}
	buf_puts(b, "}");
}

static int
cmp_ref(const void *pa, const void *pb)
{
	const char *a = *(const char *const *)pa, *b = *(const char *const *)pb;
	int c = strncmp(a + 4, b + 4, 4);

	if (c != 0)
		return c;
	if (strlen(a) != strlen(b))
		return strlen(a) < strlen(b) ? -1 : 1;
	return strcmp(a, b);
}

/*
 * The data set: generated casussen plus the cases a report must get right: a leerpunt shared by
 * two casussen, a forwarded belegging, a status recorded later, a corrected interventie, a concept,
 * a casus open across the years.
 */
static int
setup(void **state)
{
	struct fix *f = calloc(1, sizeof(*f));
	struct opvolging_invoer in = { .status = OPVOLGING_OPGEVOLGD, .reden = -1, .datum = 0 };
	struct activiteit act = { .type = ACTIVITEIT_INTERVENTIE, .interventie_type = INTERVENTIE_NETWERK,
		.omschrijving = "Toch doorverwezen" };
	struct err e = { 0 };
	int64_t id, nieuw;

	if (f == NULL || (f->st = fixture_store_open(path)) == NULL)
		return -1;
	f->a = arena_new();
	for (int i = 0; i < NGEN; i++) {
		struct buf b;

		buf_init(&b, 0);
		genereer(&b, i);
		bewaar(f, buf_str(&b), true);
		buf_free(&b);
	}
	bewaar(f, "{\"referentie\":\"PMM-2024-0001\",\"ontvangenOp\":\"2024-02-01\",\"afgerondOp\":\"2024-03-01\","
	    "\"hulpvraag\":\"a\",\"resultaat\":\"b\",\"leefgebieden\":[\"wonen\"],\"interventies\":[{\"type\":\"expert\","
	    "\"datum\":\"2024-02-02\"}],\"leerpunten\":[{\"id\":901,\"omschrijving\":\"Gedeeld\",\"categorie\":\"overig\","
	    "\"orde\":3,\"beleggingen\":[{\"bij\":{\"naam\":\"BuZa\",\"type\":\"ministerie\"},\"status\":\"belegd\"},"
	    "{\"bij\":{\"naam\":\"DUO\",\"type\":\"landelijke_publieke_dienstverlener\"},\"status\":\"belegd\"}]}]}", true);
	bewaar(f, "{\"referentie\":\"PMM-2024-0002\",\"ontvangenOp\":\"2024-05-01\",\"afgerondOp\":\"2024-12-31\","
	    "\"hulpvraag\":\"a\",\"resultaat\":\"b\",\"leerpunten\":[{\"id\":901,\"omschrijving\":\"Gedeeld\","
	    "\"categorie\":\"overig\",\"orde\":3}]}", true);
	bewaar(f, "{\"referentie\":\"PMM-2024-0003\",\"ontvangenOp\":\"2024-12-20\",\"afgerondOp\":\"2025-01-05\","
	    "\"hulpvraag\":\"a\",\"resultaat\":\"b\"}", true);
	bewaar(f, "{\"referentie\":\"PMM-2024-0004\",\"ontvangenOp\":\"2024-03-01\",\"hulpvraag\":\"nog open\","
	    "\"leefgebieden\":[\"zorg\"]}", true);
	bewaar(f, "{\"status\":\"concept\",\"ontvangenOp\":\"2024-04-01\",\"hulpvraag\":\"concept\"}", false);
	/* BuZa forwards to SZW; DUO's status changes later (the latest history row counts) */
	id = sql_id("SELECT b.id FROM belegging b JOIN organisatie o ON o.id = b.organisatie_id"
	    " WHERE b.leerpunt_id = 901 AND o.code = 'BuZa'");
	assert_int_equal(store_begin(f->st), ERR_OK);
	assert_int_equal(store_belegging_doorzetten(f->st, id, sql_id("SELECT id FROM organisatie WHERE code = 'SZW'"),
	    d("2024-06-01"), NULL, NULL, DATE_NONE, 0, NOW, &nieuw, &e), ERR_OK);
	in.datum = d("2025-02-01");
	assert_int_equal(store_belegging_status_add(f->st, sql_id("SELECT b.id FROM belegging b JOIN organisatie o"
	    " ON o.id = b.organisatie_id WHERE b.leerpunt_id = 901 AND o.naam = 'DUO'"), &in, DATE_NONE, 0, NOW, NULL,
	    &e), ERR_OK);
	/* the expert interventie of PMM-2024-0001 was really a referral */
	act.datum = d("2024-02-02");
	act.corrigeert_id = sql_id("SELECT a.id FROM activiteit a JOIN casus c ON c.id = a.casus_id"
	    " WHERE c.referentie = 'PMM-2024-0001' AND a.type = 'interventie'");
	assert_int_equal(store_activiteit_add(f->st, sql_id("SELECT id FROM casus WHERE referentie = 'PMM-2024-0001'"),
	    &act, 0, NOW, &id, &e), ERR_OK);
	assert_int_equal(store_commit(f->st), ERR_OK);
	qsort(f->refs, f->nrefs, sizeof f->refs[0], cmp_ref);
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

/* Every submitted casus loaded in full, in referentie order: what the report counted before store/rapport. */
static const struct casus *const *
alle(struct fix *f, struct arena *a)
{
	const struct casus **v = arena_alloc(a, f->nrefs * sizeof *v);

	for (size_t i = 0; i < f->nrefs; i++) {
		struct casus *c = arena_alloc(a, sizeof *c);
		struct err e = { 0 };

		assert_int_equal(store_casus_load(f->st, a, f->refs[i], c, &e), ERR_OK);
		v[i] = c;
	}
	return v;
}

static void
zelfde_json(json_t *verwacht, json_t *echt)
{
	char *a = json_dumps(verwacht, JSON_COMPACT | JSON_PRESERVE_ORDER);
	char *b = json_dumps(echt, JSON_COMPACT | JSON_PRESERVE_ORDER);

	assert_string_equal(b, a);
	free(a);
	free(b);
	json_decref(verwacht);
	json_decref(echt);
}

static void
zelfde_partij(const struct rapport_partij_opvolging *a, const struct rapport_partij_opvolging *b)
{
	assert_int_equal(a->soort, b->soort);
	assert_int_equal(a->ministerie, b->ministerie);
	assert_int_equal(a->totaal, b->totaal);
	assert_memory_equal(a->status, b->status, sizeof a->status);
	if (a->naam == NULL || b->naam == NULL)
		assert_true(a->naam == b->naam);
	else
		assert_string_equal(a->naam, b->naam);
}

/* The report of every year from what store/rapport reads equals the report from whole casussen. */
static void
test_zelfde_cijfers(void **state)
{
	struct fix *f = *state;
	struct arena *a = arena_new();
	const struct casus *const *heel = alle(f, a);
	long afgerond = 0;

	for (int jaar = 2022; jaar <= 2026; jaar++) {
		const struct casus *const *cs;
		struct rapport r, v;
		size_t n;

		assert_int_equal(store_rapport_casussen(f->st, a, jaar - 1, jaar, &cs, &n, NULL), ERR_OK);
		rapport_maak(&r, a, cs, n, jaar);
		rapport_maak(&v, a, heel, f->nrefs, jaar);
		zelfde_json(rapport_json_figuren(v.nu), rapport_json_figuren(r.nu));
		zelfde_json(rapport_json_figuren(v.vorig), rapport_json_figuren(r.vorig));
		zelfde_json(rapport_json_complexiteit(v.nu), rapport_json_complexiteit(r.nu));
		zelfde_json(rapport_json_complexiteit(v.vorig), rapport_json_complexiteit(r.vorig));
		zelfde_json(rapport_json_kwaliteit(v.kwaliteit), rapport_json_kwaliteit(r.kwaliteit));
		for (int m = 0; m < BELEIDSTERREIN__MAX; m++)
			zelfde_partij(&v.opvolging->ministeries[m], &r.opvolging->ministeries[m]);
		assert_int_equal(r.opvolging->norganisaties, v.opvolging->norganisaties);
		for (size_t i = 0; i < r.opvolging->norganisaties; i++)
			zelfde_partij(&v.opvolging->organisaties[i], &r.opvolging->organisaties[i]);
		afgerond += r.nu->afgerond;
		/* the data set exercises the figures, not just zeros */
		if (jaar >= 2023 && jaar <= 2024) {
			assert_true(r.nu->afgerond > 20);
			assert_true(r.nu->leerpunten.totaal > 10);
			assert_true(r.nu->indieners_gemeente_aangesloten > 0);
			assert_true(r.opvolging->norganisaties >= 3);
		}
	}
	assert_true(afgerond > 100);
	arena_free(a);
}

/* Forwarded beleggingen, later statuses, corrected interventies and shared leerpunten come out as stored. */
static void
test_randgevallen(void **state)
{
	struct fix *f = *state;
	struct arena *a = arena_new();
	const struct casus *const *cs;
	const struct casus *c1 = NULL, *c2 = NULL;
	size_t n;

	assert_int_equal(store_rapport_casussen(f->st, a, 2024, 2024, &cs, &n, NULL), ERR_OK);
	for (size_t i = 0; i < n; i++) {
		if (strcmp(cs[i]->referentie, "PMM-2024-0001") == 0)
			c1 = cs[i];
		if (strcmp(cs[i]->referentie, "PMM-2024-0002") == 0)
			c2 = cs[i];
	}
	assert_non_null(c1);
	assert_non_null(c2);
	/* the corrected expert interventie is a netwerk interventie now */
	assert_int_equal(c1->ninterventies, 1);
	assert_int_equal(c1->interventies[0].type, INTERVENTIE_NETWERK);
	/* leerpunt 901 in both, with the same current beleggingen: SZW (forwarded from BuZa) and DUO, opgevolgd */
	assert_int_equal(c1->nleerpunten, 1);
	assert_int_equal(c2->nleerpunten, 1);
	assert_int_equal(c1->leerpunten[0].id, 901);
	assert_int_equal(c2->leerpunten[0].id, 901);
	/* every belegging is read, the forwarded one (BuZa) too: a peildatum before the forwarding needs it */
	assert_int_equal(c2->leerpunten[0].nbeleggingen, 3);
	for (size_t j = 0; j < c1->leerpunten[0].nbeleggingen; j++) {
		const struct belegging *b = &c1->leerpunten[0].beleggingen[j];

		assert_true(b->id != 0);
		assert_true(b->nhistorie >= 1);
		assert_int_equal(b->historie[b->nhistorie - 1].status, b->status);
		if (b->bij.code != NULL && strcmp(b->bij.code, "BuZa") == 0) {
			assert_false(belegging_actueel(b));
			assert_true(b->doorgezet_naar != 0);
		} else if (b->bij.code != NULL && strcmp(b->bij.code, "SZW") == 0) {
			assert_true(belegging_actueel(b));
			assert_int_equal(b->status, OPVOLGING_BELEGD);
		} else {
			assert_true(belegging_actueel(b));
			assert_int_equal(b->status, OPVOLGING_OPGEVOLGD);
		}
	}
	assert_int_equal(c1->leerpunten[0].nbeleggingen, 3);
	arena_free(a);
}

/*
 * Only the casussen of the years, no concepts, and no free text of a casus or names of persons. What the
 * report publishes is read: the names of organisations and the leerpunten's omschrijving (report 5.2).
 */
static void
test_alleen_wat_telt(void **state)
{
	struct fix *f = *state;
	struct arena *a = arena_new();
	const struct casus *const *cs;
	size_t n, verwacht = 0;

	for (size_t i = 0; i < f->nrefs; i++) {
		struct casus c;

		assert_int_equal(store_casus_load(f->st, a, f->refs[i], &c, NULL), ERR_OK);
		verwacht += (c.afgerond_op != DATE_NONE && date_year(c.afgerond_op) == 2024) ||
		    date_year(c.ontvangen_op) == 2024;
	}
	assert_int_equal(store_rapport_casussen(f->st, a, 2024, 2024, &cs, &n, NULL), ERR_OK);
	assert_int_equal(n, verwacht);
	assert_true(n > 20 && n < f->nrefs);
	for (size_t i = 0; i < n; i++) {
		const struct casus *c = cs[i];
		bool af = c->afgerond_op != DATE_NONE && date_year(c->afgerond_op) == 2024;

		assert_true(af || date_year(c->ontvangen_op) == 2024);
		assert_int_not_equal(c->status, STATUS_CONCEPT);
		assert_non_null(c->referentie);
		if (i > 0)
			assert_true(cmp_ref(&cs[i - 1]->referentie, &c->referentie) < 0);
		assert_null(c->hulpvraag);
		assert_null(c->situatie);
		assert_null(c->resultaat);
		assert_null(c->indiener.naam);
		assert_null(c->indiener.email);
		assert_null(c->regievoerder.naam);
		assert_null(c->geprobeerd);
		assert_null(c->followup_toelichting);
		for (size_t j = 0; j < c->nknelpunten; j++)
			assert_null(c->knelpunten[j].omschrijving);
		for (size_t j = 0; j < c->nmaatwerk_toepassingen; j++)
			assert_null(c->maatwerk_toepassingen[j].toelichting);
		for (size_t j = 0; j < c->ninterventies; j++)
			assert_null(c->interventies[j].omschrijving);
		for (size_t j = 0; j < c->nleerpunten; j++)
			assert_int_equal(c->leerpunten[j].nthemas, 0);
		/* a casus only ingediend in the year needs nothing but its dates */
		if (!af) {
			assert_int_equal(c->leefgebieden, 0);
			assert_int_equal(c->nleerpunten, 0);
			assert_int_equal(c->ninterventies, 0);
			assert_int_equal(c->nknelpunten, 0);
		}
	}
	arena_free(a);
}

static void
test_jaren(void **state)
{
	struct fix *f = *state;
	bool heeft[10], verwacht[10] = { false };
	struct arena *a = arena_new();

	for (size_t i = 0; i < f->nrefs; i++) {
		struct casus c;

		assert_int_equal(store_casus_load(f->st, a, f->refs[i], &c, NULL), ERR_OK);
		verwacht[date_year(c.ontvangen_op) - 2020] = true;
		if (c.afgerond_op != DATE_NONE && date_year(c.afgerond_op) < 2030)
			verwacht[date_year(c.afgerond_op) - 2020] = true;
	}
	assert_int_equal(store_rapport_jaren(f->st, 2020, 2029, heeft, NULL), ERR_OK);
	for (int j = 0; j < 10; j++)
		if (heeft[j] != verwacht[j])
			fail_msg("%d: %d, expected %d", 2020 + j, heeft[j], verwacht[j]);
	assert_false(heeft[0]);       /* 2020: nothing */
	assert_true(heeft[4]);        /* 2024 */
	arena_free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_zelfde_cijfers),
		cmocka_unit_test(test_randgevallen),
		cmocka_unit_test(test_alleen_wat_telt),
		cmocka_unit_test(test_jaren),
	};

	json_set_alloc_funcs(xmalloc, free);
	return cmocka_run_group_tests(tests, setup, teardown);
}
