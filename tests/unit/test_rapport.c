/* test_rapport.c - the jaarrapportage figures (core/rapport) through their JSON, against independent expectations and edge cases. */
#include "harness.h"
#include "fixture.h"

#include <inttypes.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>

#include "app/rapport/json.h"
#include "core/casus.h"
#include "core/rapport.h"
#include "lib/date.h"
#include "lib/mem.h"

/* The codes of ../shared/domain.md, written out here so the test does not rely on codes.c. */
static const char *const LG[] = { "financien", "wonen", "verblijf", "lichamelijke_gezondheid",
	"psychologische_gezondheid", "zorg", "werk_en_activiteiten", "onderwijs", "justitie", "veiligheid",
	"sociale_relaties", "zingeving", "woonland_ingezetenschap" };
static const char *const IT[] = { "gemeente", "landelijke_publieke_dienstverlener", "zorginstelling", "overig" };
static const char *const BT[] = { "VWS", "SZW", "JenV", "BZK", "OCW", "FIN", "BuZa", "AenM", "VRO" };
static const char *const OT[] = { "ministerie", "gemeente", "landelijke_publieke_dienstverlener", "loket",
	"zorgaanbieder", "zorgverzekeraar", "zorgkantoor", "woningcorporatie", "overig", "buitenlandse_overheid",
	"onderwijsinstelling", "werkgever", "bewindvoering_mentorschap", "sociaal_raadslieden", "deurwaarder" };
static const char *const IV[] = { "expert", "netwerk", "gezag", "escalatie" };
static const char *const CAT[] = { "kennis_en_kunde", "samenwerking", "communicatie", "wet_en_regelgeving",
	"ict", "overig" };
static const char *const ST[] = { "belegd", "in_verkenning", "in_uitvoering", "opgevolgd", "geen_opvolging",
	"onbekend" };
#define N(x) (sizeof(x) / sizeof((x)[0]))

static int
ymd(int y, int m, int d)
{
	return date_from_ymd(y, m, d);
}

/* ---- building casussen (on the plain one of fixture_casus) ---- */

static struct casus *
gesloten(struct arena *a, int64_t id, int ontvangen, int afgerond)
{
	struct casus *c = fixture_casus(a, id);

	c->ontvangen_op = ontvangen;
	c->afgerond_op = afgerond;
	return c;
}

static void
org(struct organisatie_ref *o, enum organisatie_type t, const char *code)
{
	memset(o, 0, sizeof *o);
	o->type = t;
	o->code = code;
	o->naam = code != NULL ? code : "organisatie";
	o->aangesloten_sinds = DATE_NONE;
	o->aangesloten_tot = DATE_NONE;
}

/* ---- comparing JSON ---- */

static bool
zelfde(const json_t *verwacht, const json_t *echt, const char *pad)
{
	if (json_typeof(verwacht) != json_typeof(echt)) {
		print_error("%s: type %d, expected %d\n", pad, json_typeof(echt), json_typeof(verwacht));
		return false;
	}
	if (json_is_object(verwacht)) {
		const char *k;
		json_t *v;

		if (json_object_size(verwacht) != json_object_size(echt)) {
			print_error("%s: %zu members, expected %zu\n", pad, json_object_size(echt),
			    json_object_size(verwacht));
			return false;
		}
		json_object_foreach((json_t *)verwacht, k, v) {
			char sub[256];
			json_t *e = json_object_get(echt, k);

			snprintf(sub, sizeof sub, "%s.%s", pad, k);
			if (e == NULL) {
				print_error("%s: missing\n", sub);
				return false;
			}
			if (!zelfde(v, e, sub))
				return false;
		}
		return true;
	}
	if (!json_equal((json_t *)verwacht, (json_t *)echt)) {
		char *a = json_dumps(echt, JSON_ENCODE_ANY), *b = json_dumps(verwacht, JSON_ENCODE_ANY);

		print_error("%s: %s, expected %s\n", pad, a, b);
		free(a);
		free(b);
		return false;
	}
	return true;
}

/* Equal values AND the same member order (the dumps keep insertion order). */
static void
assert_json(json_t *verwacht, json_t *echt)
{
	char *a, *b;

	assert_non_null(echt);
	assert_true(zelfde(verwacht, echt, "$"));
	a = json_dumps(verwacht, JSON_COMPACT);
	b = json_dumps(echt, JSON_COMPACT);
	assert_string_equal(b, a);
	free(a);
	free(b);
}

static long
geti(json_t *o, const char *pad)
{
	char tmp[128], *p, *save = NULL;
	json_t *cur = o;

	snprintf(tmp, sizeof tmp, "%s", pad);
	for (p = strtok_r(tmp, "/", &save); p != NULL && cur != NULL; p = strtok_r(NULL, "/", &save))
		cur = json_object_get(cur, p);
	if (!json_is_integer(cur))
		fail_msg("%s is not an integer", pad);
	return (long)json_integer_value(cur);
}

/* Checks "pad=n pad=n ..." (pad: members joined by /) against the integers in o. */
static void
check(json_t *o, const char *spec)
{
	char tmp[2048], *tok, *save = NULL;

	snprintf(tmp, sizeof tmp, "%s", spec);
	for (tok = strtok_r(tmp, " ", &save); tok != NULL; tok = strtok_r(NULL, " ", &save)) {
		char *eq = strchr(tok, '=');
		long v;

		assert_non_null(eq);
		*eq = '\0';
		v = geti(o, tok);
		if (v != strtol(eq + 1, NULL, 10))
			fail_msg("%s = %ld, expected %s", tok, v, eq + 1);
	}
}

/* The referenties of a data-quality list, joined by commas. */
static const char *
lijst(struct arena *a, json_t *d, const char *key)
{
	json_t *l = json_object_get(d, key), *v;
	const char *out = "";
	size_t i;

	assert_true(json_is_array(l));
	json_array_foreach(l, i, v)
		out = arena_printf(a, "%s%s%s", out, i ? "," : "", json_string_value(v));
	return out;
}

/* ---- the independent expectation ---- */

static bool
in_year(int d, int jaar)
{
	return d != DATE_NONE && d >= ymd(jaar, 1, 1) && d < ymd(jaar + 1, 1, 1);
}

static int
popcount(unsigned m)
{
	int k = 0;

	while (m != 0) {
		m &= m - 1;
		k++;
	}
	return k;
}

/* 0 ministerie, 1 gemeente, 2 lpd, 3 pmm, 4 overig */
static int
partij(const struct belegging *b)
{
	if (b->bij_pmm)
		return 3;
	if (b->bij.code != NULL && strcasecmp(b->bij.code, "pmm") == 0)
		return 3;
	if (b->bij.type == ORGTYPE_MINISTERIE)
		return 0;
	if (b->bij.type == ORGTYPE_GEMEENTE)
		return 1;
	if (b->bij.type == ORGTYPE_LANDELIJKE_PUBLIEKE_DIENSTVERLENER)
		return 2;
	return 4;
}

static json_t *
obj_of(const char *const *keys, size_t n, const long *v)
{
	json_t *o = json_object();

	for (size_t i = 0; i < n; i++)
		json_object_set_new(o, keys[i], json_integer(v[i]));
	return o;
}

static json_t *
verwacht(struct casus **cs, size_t n, int jaar)
{
	long ingediend = 0, b4 = 0, b8 = 0, l20 = 0, vd[6] = { 0 }, it[4] = { 0 }, aangesloten = 0;
	long lg[13] = { 0 }, alg[4] = { 0 }, bt[9] = { 0 }, btu[9] = { 0 }, ot[15] = { 0 }, iv[4] = { 0 };
	long esc = 0, metlp = 0, tot = 0, nb = 0, bel[5] = { 0 }, pm[9] = { 0 }, cat[6] = { 0 }, ord[3] = { 0 };
	long st[6] = { 0 }, *hist = NULL, maxd = -1, nd = 0, rp[4] = { 0 };
	struct casus **sel = xcalloc(n + 1, sizeof *sel);
	size_t ns = 0;
	json_t *med, *verd;

	for (size_t i = 0; i < n; i++) {
		if (cs[i]->status != STATUS_CONCEPT && in_year(cs[i]->ontvangen_op, jaar)) {
			ingediend++;
			rp[cs[i]->register_geprobeerd < 0 ? 3 : cs[i]->register_geprobeerd]++;
		}
		if (in_year(cs[i]->afgerond_op, jaar))
			sel[ns++] = cs[i];
	}
	/* looptijd, with whole weeks rounded up */
	for (size_t i = 0; i < ns; i++) {
		int d, w;

		if (sel[i]->ontvangen_op == DATE_NONE || sel[i]->afgerond_op < sel[i]->ontvangen_op)
			continue;
		d = sel[i]->afgerond_op - sel[i]->ontvangen_op;
		w = (d + 6) / 7;
		b4 += w <= 4;
		b8 += w <= 8;
		l20 += w > 20;
		vd[w <= 4 ? 0 : w > 20 ? 5 : (w - 1) / 4]++;
		maxd = d > maxd ? d : maxd;
		nd++;
	}
	/* the median from a histogram of the days */
	if (nd == 0) {
		med = json_integer(0);
	} else {
		long lo = -1, hi = -1, seen = 0;

		hist = xcalloc((size_t)maxd + 1, sizeof *hist);
		for (size_t i = 0; i < ns; i++)
			if (sel[i]->ontvangen_op != DATE_NONE && sel[i]->afgerond_op >= sel[i]->ontvangen_op)
				hist[sel[i]->afgerond_op - sel[i]->ontvangen_op]++;
		for (long d = 0; d <= maxd; d++) {
			for (long k = 0; k < hist[d]; k++, seen++) {
				if (seen == (nd - 1) / 2)
					lo = d;
				if (seen == nd / 2)
					hi = d;
			}
		}
		med = (lo + hi) % 2 == 0 ? json_integer((lo + hi) / 2) : json_real((lo + hi) / 2.0);
		free(hist);
	}
	verd = json_array();
	for (int i = 0; i < 6; i++)
		json_array_append_new(verd, json_pack("{s:o,s:I}", "totEnMetWeken",
		    i < 5 ? json_integer(4 * (i + 1)) : json_null(), "aantal", (json_int_t)vd[i]));

	for (size_t j = 0; j < 4; j++)
		for (size_t i = 0; i < ns; i++)
			it[j] += sel[i]->indiener_type == (int)j;
	for (size_t i = 0; i < ns; i++) {
		const struct organisatie_ref *o = &sel[i]->indiener.organisatie;

		if (sel[i]->indiener_type == INDIENER_GEMEENTE && o->aangesloten_sinds != DATE_NONE &&
		    !(o->aangesloten_sinds > sel[i]->ontvangen_op) &&
		    (o->aangesloten_tot == DATE_NONE || !(o->aangesloten_tot <= sel[i]->ontvangen_op)))
			aangesloten++;
	}
	for (size_t j = 0; j < 13; j++)
		for (size_t i = 0; i < ns; i++)
			lg[j] += (sel[i]->leefgebieden & (1u << j)) != 0;
	for (size_t i = 0; i < ns; i++) {
		int k = popcount(sel[i]->leefgebieden);

		alg[k >= 3 ? 3 : k]++;
	}
	for (size_t j = 0; j < 9; j++) {
		for (size_t i = 0; i < ns; i++) {
			bt[j] += (sel[i]->beleidsterreinen & (1u << j)) != 0;
			btu[j] += sel[i]->beleidsterreinen == (1u << j);
		}
	}
	for (size_t j = 0; j < 15; j++) {
		for (size_t i = 0; i < ns; i++) {
			bool ja = false;

			for (size_t k = 0; k < sel[i]->norganisaties; k++)
				ja = ja || sel[i]->organisaties[k].organisatie.type == (enum organisatie_type)j;
			ot[j] += ja;
		}
	}
	for (size_t j = 0; j < 4; j++) {
		for (size_t i = 0; i < ns; i++) {
			bool ja = false;

			for (size_t k = 0; k < sel[i]->ninterventies; k++)
				ja = ja || sel[i]->interventies[k].type == (enum interventie_type)j;
			iv[j] += ja;
		}
	}
	for (size_t i = 0; i < ns; i++) {
		bool ja = sel[i]->let_escalatie;

		for (size_t k = 0; k < sel[i]->ninterventies; k++)
			ja = ja || sel[i]->interventies[k].type == INTERVENTIE_ESCALATIE;
		esc += ja;
	}
	/* leerpunten: a nonzero id counts at its first appearance only */
	for (size_t i = 0; i < ns; i++) {
		metlp += sel[i]->nleerpunten > 0;
		for (size_t j = 0; j < sel[i]->nleerpunten; j++) {
			const struct leerpunt *lp = &sel[i]->leerpunten[j];
			bool eerder = false;

			for (size_t p = 0; p <= i && lp->id != 0 && !eerder; p++)
				for (size_t q = 0; q < (p == i ? j : sel[p]->nleerpunten); q++)
					eerder = eerder || sel[p]->leerpunten[q].id == lp->id;
			if (eerder)
				continue;
			tot++;
			nb += lp->nbeleggingen == 0;
			cat[lp->categorie]++;
			ord[lp->orde - 1]++;
			for (size_t b = 0; b < lp->nbeleggingen; b++) {
				const struct belegging *g = &lp->beleggingen[b];

				bel[partij(g)]++;
				st[g->status]++;
				for (size_t m = 0; partij(g) == 0 && m < 9; m++)
					pm[m] += strcasecmp(g->bij.code, BT[m]) == 0;
			}
		}
	}
	free(sel);
	return json_pack("{s:i,s:I,s:I,s:{s:I,s:I,s:I,s:I},"
	    "s:{s:I,s:I,s:I,s:o,s:o},"
	    "s:o,s:I,s:o,s:{s:I,s:I,s:I,s:I},s:o,s:o,s:o,s:o,s:I,"
	    "s:{s:I,s:I,s:I,s:{s:I,s:I,s:I,s:I,s:I},s:o,s:o,s:{s:I,s:I,s:I},s:o}}",
	    "jaar", jaar, "ingediend", (json_int_t)ingediend, "afgerond", (json_int_t)ns,
	    "registerGeprobeerd", "ja", (json_int_t)rp[0], "nee", (json_int_t)rp[1], "geen_toegang", (json_int_t)rp[2],
	    "onbekend", (json_int_t)rp[3],
	    "looptijd", "binnen4Weken", (json_int_t)b4, "binnen8Weken", (json_int_t)b8,
	    "langerDan20Weken", (json_int_t)l20, "mediaanDagen", med, "verdeling", verd,
	    "indieners", obj_of(IT, N(IT), it), "indienersGemeenteAangesloten", (json_int_t)aangesloten,
	    "leefgebieden", obj_of(LG, N(LG), lg),
	    "aantalLeefgebieden", "0", (json_int_t)alg[0], "1", (json_int_t)alg[1], "2", (json_int_t)alg[2],
	    "3+", (json_int_t)alg[3],
	    "beleidsterreinen", obj_of(BT, N(BT), bt), "beleidsterreinenUitsluitend", obj_of(BT, N(BT), btu),
	    "betrokkenOrganisaties", obj_of(OT, N(OT), ot), "interventies", obj_of(IV, N(IV), iv),
	    "escalatiesLet", (json_int_t)esc,
	    "leerpunten", "casussenMetLeerpunten", (json_int_t)metlp, "totaal", (json_int_t)tot,
	    "nietBelegd", (json_int_t)nb,
	    "beleggingen", "ministerie", (json_int_t)bel[0], "gemeente", (json_int_t)bel[1],
	    "landelijke_publieke_dienstverlener", (json_int_t)bel[2], "pmm", (json_int_t)bel[3],
	    "overig", (json_int_t)bel[4],
	    "perMinisterie", obj_of(BT, N(BT), pm), "categorie", obj_of(CAT, N(CAT), cat),
	    "orde", "1", (json_int_t)ord[0], "2", (json_int_t)ord[1], "3", (json_int_t)ord[2],
	    "status", obj_of(ST, N(ST), st));
}

/* ---- the generated data set ---- */

static uint32_t seed;

static unsigned
rnd(unsigned k)
{
	seed = seed * 1664525u + 1013904223u;
	return (seed >> 8) % k;
}

#define NGEN 500
#define NPOOL 24
#define NLP 60

static struct organisatie_ref pool[NPOOL];
static struct leerpunt gedeeld[NLP];

static void
maak_pool(struct arena *a)
{
	static const char *const min[] = { "VWS", "SZW", "JenV", "jenv", "BZK", "OCW", "FIN", "BuZa", "AenM",
		"VRO", "vws" };

	for (int i = 0; i < NPOOL; i++) {
		if (i < (int)N(min))
			org(&pool[i], ORGTYPE_MINISTERIE, min[i]);
		else if (i == NPOOL - 1)
			org(&pool[i], ORGTYPE_OVERIG, "PMM");
		else
			org(&pool[i], (enum organisatie_type)(1 + rnd(ORGTYPE__MAX - 1)), NULL);
		if (pool[i].type == ORGTYPE_GEMEENTE || rnd(3) == 0) {
			pool[i].naam = arena_printf(a, "org %d", i);
			pool[i].aangesloten_sinds = rnd(4) == 0 ? DATE_NONE : ymd(2022, 1, 1) + (int)rnd(1200);
			if (rnd(4) == 0)
				pool[i].aangesloten_tot = ymd(2023, 1, 1) + (int)rnd(1000);
		}
	}
}

static void
maak_leerpunt(struct arena *a, struct leerpunt *lp, int64_t id)
{
	lp->id = id;
	lp->omschrijving = "leerpunt";
	lp->categorie = (enum categorie)rnd(CATEGORIE__MAX);
	lp->orde = 1 + (int)rnd(3);
	lp->nbeleggingen = rnd(4) == 0 ? 0 : 1 + rnd(3);
	lp->beleggingen = arena_alloc(a, (lp->nbeleggingen + 1) * sizeof *lp->beleggingen);
	for (size_t b = 0; b < lp->nbeleggingen; b++) {
		struct belegging *g = &lp->beleggingen[b];

		g->bij_pmm = rnd(8) == 0;
		if (!g->bij_pmm)
			g->bij = pool[rnd(NPOOL)];
		g->status = (enum opvolging_status)rnd(OPVOLGING__MAX);
		g->reden = g->status == OPVOLGING_GEEN_OPVOLGING ? (int)rnd(REDEN__MAX) : -1;
	}
}

static void
genereer(struct arena *a, struct casus **cs)
{
	static const int grens[] = { 0, 27, 28, 29, 55, 56, 57, 84, 85, 112, 113, 139, 140, 141 };

	seed = 20240519u;
	maak_pool(a);
	for (int i = 0; i < NLP; i++)
		maak_leerpunt(a, &gedeeld[i], 1000 + i);
	for (int i = 0; i < NGEN; i++) {
		struct casus *c = fixture_casus(a, i + 1);
		unsigned r = rnd(100);

		c->ontvangen_op = ymd(2022, 10, 1) + (int)rnd(1190);
		if (r < 5) {
			c->status = STATUS_CONCEPT;
		} else if (r < 20) {
			c->status = rnd(2) ? STATUS_AANGEMELD : STATUS_IN_BEHANDELING;
		} else {
			c->afgerond_op = c->ontvangen_op +
			    (rnd(3) == 0 ? grens[rnd(N(grens))] : (int)rnd(rnd(5) == 0 ? 400 : 120));
			if (rnd(100) == 0)
				c->ontvangen_op = DATE_NONE;
		}
		c->indiener_type = rnd(30) == 0 ? -1 : (int)rnd(INDIENER__MAX);
		c->register_geprobeerd = (int)rnd(REGPOGING__MAX + 1) - 1;
		c->indiener.organisatie = pool[rnd(NPOOL)];
		c->leefgebieden = 0;
		for (unsigned k = rnd(6); k > 0; k--)
			c->leefgebieden |= 1u << rnd(LEEFGEBIED__MAX);
		c->beleidsterreinen = 0;
		for (unsigned k = rnd(4); k > 0; k--)
			c->beleidsterreinen |= 1u << rnd(BELEIDSTERREIN__MAX);
		c->norganisaties = rnd(5);
		c->organisaties = arena_alloc(a, (c->norganisaties + 1) * sizeof *c->organisaties);
		for (size_t k = 0; k < c->norganisaties; k++)
			c->organisaties[k].organisatie = pool[rnd(NPOOL)];
		c->ninterventies = rnd(20) == 0 ? 0 : 1 + rnd(3);
		c->interventies = arena_alloc(a, (c->ninterventies + 1) * sizeof *c->interventies);
		for (size_t k = 0; k < c->ninterventies; k++)
			c->interventies[k].type = (enum interventie_type)(rnd(10) == 0 ? INTERVENTIE_ESCALATIE :
			    rnd(INTERVENTIE__MAX));
		c->let_escalatie = rnd(30) == 0;
		c->nleerpunten = rnd(3) == 0 ? 0 : rnd(4);
		c->leerpunten = arena_alloc(a, (c->nleerpunten + 1) * sizeof *c->leerpunten);
		for (size_t k = 0; k < c->nleerpunten; k++) {
			unsigned s = rnd(3);

			if (s == 0)
				c->leerpunten[k] = gedeeld[rnd(NLP)];
			else
				maak_leerpunt(a, &c->leerpunten[k], s == 1 ? 0 : 5000 + 10 * i + (int64_t)k);
		}
		cs[i] = c;
	}
}

/* ---- the figures as `doorbraak report` prints them ---- */

static json_t *
jaar_van(struct casus **cs, size_t n, int jaar)
{
	struct rapport_figuren f;

	rapport_figuren_tel(&f, (const struct casus *const *)cs, n, jaar);
	return rapport_json_figuren(&f);
}

static json_t *
dk_van(struct casus **cs, size_t n, int jaar)
{
	struct arena *a = arena_new();
	struct rapport_kwaliteit k;
	json_t *j;

	rapport_kwaliteit_tel(&k, a, (const struct casus *const *)cs, n, jaar);
	j = rapport_json_kwaliteit(&k);
	arena_free(a);
	return j;
}

static json_t *
complexiteit_van(struct casus **cs, size_t n, int jaar)
{
	struct rapport_figuren f;

	rapport_figuren_tel(&f, (const struct casus *const *)cs, n, jaar);
	return rapport_json_complexiteit(&f);
}

static void
test_generated(void **state)
{
	struct arena *a = arena_new();
	struct casus *cs[NGEN];
	long afgerond = 0;

	(void)state;
	genereer(a, cs);
	for (int jaar = 2021; jaar <= 2026; jaar++) {
		json_t *e = verwacht(cs, NGEN, jaar);
		json_t *r = jaar_van(cs, NGEN, jaar);

		assert_json(e, r);
		afgerond += geti(r, "afgerond");
		if (jaar >= 2023 && jaar <= 2025) {
			/* the data set must exercise the figures, not just agree on zeros */
			assert_true(geti(r, "afgerond") > 80);
			assert_true(geti(r, "leerpunten/totaal") > 50);
			assert_true(geti(r, "leerpunten/beleggingen/pmm") > 0);
			assert_true(geti(r, "leerpunten/perMinisterie/JenV") > 0);
			assert_true(geti(r, "indienersGemeenteAangesloten") > 0);
		}
		json_decref(e);
		json_decref(r);
	}
	assert_true(afgerond > 350);
	arena_free(a);
}

/* ---- edge cases, with literal expectations ---- */

static void
test_jaargrenzen(void **state)
{
	struct arena *a = arena_new();
	struct casus *cs[6];
	json_t *r;

	(void)state;
	cs[0] = gesloten(a, 1, ymd(2024, 12, 1), ymd(2024, 12, 31));   /* closed 31 Dec: in (30 days) */
	cs[1] = gesloten(a, 2, ymd(2024, 12, 1), ymd(2025, 1, 1));     /* closed 1 Jan next year: out */
	cs[2] = gesloten(a, 3, ymd(2023, 12, 20), ymd(2024, 1, 10));   /* received the year before: 21 days */
	cs[3] = fixture_casus(a, 4);                                          /* concept: never ingediend */
	cs[3]->status = STATUS_CONCEPT;
	cs[3]->ontvangen_op = ymd(2024, 5, 1);
	cs[4] = fixture_casus(a, 5);                                          /* open, received 1 Jan */
	cs[4]->status = STATUS_IN_BEHANDELING;
	cs[4]->ontvangen_op = ymd(2024, 1, 1);
	cs[5] = gesloten(a, 6, ymd(2024, 1, 1), ymd(2024, 1, 1));      /* same day: 0 days */
	r = jaar_van(cs, 6, 2024);
	check(r, "ingediend=4 afgerond=3 looptijd/binnen4Weken=2 looptijd/mediaanDagen=21");
	json_decref(r);
	r = jaar_van(cs, 6, 2025);
	check(r, "ingediend=0 afgerond=1");
	json_decref(r);
	r = jaar_van(cs, 6, 2023);
	check(r, "ingediend=1 afgerond=0");
	json_decref(r);
	arena_free(a);
}

static void
test_looptijdgrenzen(void **state)
{
	static const int dagen[] = { 28, 29, 56, 57, 140, 141, 84, 85, 112, 113 };
	struct arena *a = arena_new();
	struct casus *cs[N(dagen)];
	json_t *r, *e, *m;
	int start = ymd(2024, 2, 20);   /* across 29 February */

	(void)state;
	for (size_t i = 0; i < N(dagen); i++)
		cs[i] = gesloten(a, (int64_t)i + 1, start, start + dagen[i]);
	r = jaar_van(cs, 6, 2024);
	check(r, "looptijd/binnen4Weken=1 looptijd/binnen8Weken=3 looptijd/langerDan20Weken=1");
	e = json_loads("[{\"totEnMetWeken\":4,\"aantal\":1},{\"totEnMetWeken\":8,\"aantal\":2},"
	    "{\"totEnMetWeken\":12,\"aantal\":1},{\"totEnMetWeken\":16,\"aantal\":0},"
	    "{\"totEnMetWeken\":20,\"aantal\":1},{\"totEnMetWeken\":null,\"aantal\":1}]", 0, NULL);
	assert_json(e, json_object_get(json_object_get(r, "looptijd"), "verdeling"));
	m = json_object_get(json_object_get(r, "looptijd"), "mediaanDagen");   /* (56 + 57) / 2 */
	assert_true(json_is_real(m) && json_real_value(m) == 56.5);
	json_decref(e);
	json_decref(r);
	r = jaar_van(cs, N(dagen), 2024);
	e = json_loads("[{\"totEnMetWeken\":4,\"aantal\":1},{\"totEnMetWeken\":8,\"aantal\":2},"
	    "{\"totEnMetWeken\":12,\"aantal\":2},{\"totEnMetWeken\":16,\"aantal\":2},"
	    "{\"totEnMetWeken\":20,\"aantal\":2},{\"totEnMetWeken\":null,\"aantal\":1}]", 0, NULL);
	assert_json(e, json_object_get(json_object_get(r, "looptijd"), "verdeling"));
	json_decref(e);
	json_decref(r);
	arena_free(a);
}

static void
test_mediaan(void **state)
{
	struct arena *a = arena_new();
	struct casus *cs[4];
	int s = ymd(2024, 3, 1);
	json_t *r, *m;

	(void)state;
	cs[0] = gesloten(a, 1, s, s + 10);
	cs[1] = gesloten(a, 2, s, s + 3);
	cs[2] = gesloten(a, 3, s, s + 7);
	cs[3] = gesloten(a, 4, s, s + 12);
	r = jaar_van(cs, 3, 2024);   /* odd: 3 7 10 */
	check(r, "looptijd/mediaanDagen=7");
	json_decref(r);
	r = jaar_van(cs, 4, 2024);   /* even: 3 7 10 12 -> 8.5 */
	m = json_object_get(json_object_get(r, "looptijd"), "mediaanDagen");
	assert_true(json_is_real(m) && json_real_value(m) == 8.5);
	json_decref(r);
	cs[2]->afgerond_op = s + 8;   /* even, whole: 3 8 10 12 -> 9 */
	r = jaar_van(cs, 4, 2024);
	check(r, "looptijd/mediaanDagen=9");
	json_decref(r);
	arena_free(a);
}

/* The spec of issue 4 written out: every member, in order, for a year without casussen. */
static const char LEEG_2024[] =
    "{\"jaar\":2024,\"ingediend\":0,\"afgerond\":0,"
    "\"registerGeprobeerd\":{\"ja\":0,\"nee\":0,\"geen_toegang\":0,\"onbekend\":0},\"looptijd\":{\"binnen4Weken\":0,\"binnen8Weken\":0,"
    "\"langerDan20Weken\":0,\"mediaanDagen\":0,\"verdeling\":[{\"totEnMetWeken\":4,\"aantal\":0},"
    "{\"totEnMetWeken\":8,\"aantal\":0},{\"totEnMetWeken\":12,\"aantal\":0},{\"totEnMetWeken\":16,"
    "\"aantal\":0},{\"totEnMetWeken\":20,\"aantal\":0},{\"totEnMetWeken\":null,\"aantal\":0}]},"
    "\"indieners\":{\"gemeente\":0,\"landelijke_publieke_dienstverlener\":0,\"zorginstelling\":0,\"overig\":0},"
    "\"indienersGemeenteAangesloten\":0,\"leefgebieden\":{\"financien\":0,\"wonen\":0,\"verblijf\":0,"
    "\"lichamelijke_gezondheid\":0,\"psychologische_gezondheid\":0,\"zorg\":0,\"werk_en_activiteiten\":0,"
    "\"onderwijs\":0,\"justitie\":0,\"veiligheid\":0,\"sociale_relaties\":0,\"zingeving\":0,\"woonland_ingezetenschap\":0},"
    "\"aantalLeefgebieden\":{\"0\":0,\"1\":0,\"2\":0,\"3+\":0},"
    "\"beleidsterreinen\":{\"VWS\":0,\"SZW\":0,\"JenV\":0,\"BZK\":0,\"OCW\":0,\"FIN\":0,\"BuZa\":0,"
    "\"AenM\":0,\"VRO\":0},\"beleidsterreinenUitsluitend\":{\"VWS\":0,\"SZW\":0,\"JenV\":0,\"BZK\":0,"
    "\"OCW\":0,\"FIN\":0,\"BuZa\":0,\"AenM\":0,\"VRO\":0},\"betrokkenOrganisaties\":{\"ministerie\":0,"
    "\"gemeente\":0,\"landelijke_publieke_dienstverlener\":0,\"loket\":0,\"zorgaanbieder\":0,"
    "\"zorgverzekeraar\":0,\"zorgkantoor\":0,\"woningcorporatie\":0,\"overig\":0,"
    "\"buitenlandse_overheid\":0,\"onderwijsinstelling\":0,\"werkgever\":0,\"bewindvoering_mentorschap\":0,"
    "\"sociaal_raadslieden\":0,\"deurwaarder\":0},"
    "\"interventies\":{\"expert\":0,\"netwerk\":0,\"gezag\":0,\"escalatie\":0},\"escalatiesLet\":0,"
    "\"leerpunten\":{\"casussenMetLeerpunten\":0,\"totaal\":0,\"nietBelegd\":0,\"beleggingen\":{"
    "\"ministerie\":0,\"gemeente\":0,\"landelijke_publieke_dienstverlener\":0,\"pmm\":0,\"overig\":0},"
    "\"perMinisterie\":{\"VWS\":0,\"SZW\":0,\"JenV\":0,\"BZK\":0,\"OCW\":0,\"FIN\":0,\"BuZa\":0,"
    "\"AenM\":0,\"VRO\":0},\"categorie\":{\"kennis_en_kunde\":0,\"samenwerking\":0,\"communicatie\":0,"
    "\"wet_en_regelgeving\":0,\"ict\":0,\"overig\":0},\"orde\":{\"1\":0,\"2\":0,\"3\":0},"
    "\"status\":{\"belegd\":0,\"in_verkenning\":0,\"in_uitvoering\":0,\"opgevolgd\":0,"
    "\"geen_opvolging\":0,\"onbekend\":0}}}";

static void
test_leeg_jaar(void **state)
{
	struct arena *a = arena_new();
	struct casus *cs[2];
	json_t *r, *e = json_loads(LEEG_2024, 0, NULL);

	(void)state;
	assert_non_null(e);
	cs[0] = gesloten(a, 1, ymd(2023, 1, 1), ymd(2023, 2, 1));
	cs[1] = gesloten(a, 2, ymd(2025, 1, 1), ymd(2025, 2, 1));
	r = jaar_van(cs, 2, 2024);
	assert_json(e, r);
	json_decref(r);
	r = jaar_van(NULL, 0, 2024);
	assert_json(e, r);
	json_decref(r);
	json_decref(e);
	arena_free(a);
}

static void
test_leefgebieden_en_beleid(void **state)
{
	struct arena *a = arena_new();
	struct casus *cs[5];
	json_t *r;
	int s = ymd(2024, 4, 1);

	(void)state;
	for (int i = 0; i < 5; i++)
		cs[i] = gesloten(a, i + 1, s, s + 30);
	cs[0]->leefgebieden = 0;                                   /* none */
	cs[0]->beleidsterreinen = 0;
	cs[1]->leefgebieden = 1u << LEEFGEBIED_WONEN;              /* one */
	cs[1]->beleidsterreinen = (1u << BELEIDSTERREIN_VWS) | (1u << BELEIDSTERREIN_JENV);
	cs[2]->leefgebieden = (1u << LEEFGEBIED_WONEN) | (1u << LEEFGEBIED_ZORG);
	cs[2]->beleidsterreinen = 1u << BELEIDSTERREIN_JENV;
	cs[3]->leefgebieden = 0x7;                                 /* three */
	cs[4]->leefgebieden = 0xF0;                                /* four: 3+ */
	r = jaar_van(cs, 5, 2024);
	check(r, "aantalLeefgebieden/0=1 aantalLeefgebieden/1=1 aantalLeefgebieden/2=1 aantalLeefgebieden/3+=2 "
	    "leefgebieden/wonen=3 leefgebieden/zingeving=0 beleidsterreinen/VWS=3 beleidsterreinen/JenV=2 "
	    "beleidsterreinenUitsluitend/VWS=2 beleidsterreinenUitsluitend/JenV=1");
	json_decref(r);
	r = dk_van(cs, 5, 2024);
	assert_string_equal(lijst(a, r, "geenLeefgebied"), "PMM-T-0001");
	assert_string_equal(lijst(a, r, "geenBeleidsterrein"), "PMM-T-0001");
	json_decref(r);
	arena_free(a);
}

static void
test_indieners_en_organisaties(void **state)
{
	struct arena *a = arena_new();
	struct casus *cs[7];
	struct betrokken_organisatie *bo = arena_alloc(a, 2 * sizeof *bo);
	json_t *r;
	int s = ymd(2024, 6, 10);

	(void)state;
	for (int i = 0; i < 7; i++)
		cs[i] = gesloten(a, i + 1, s, s + 5);
	cs[0]->indiener.organisatie.aangesloten_sinds = s;              /* on the day: yes */
	cs[1]->indiener.organisatie.aangesloten_sinds = s + 1;          /* the day after: no */
	cs[2]->indiener.organisatie.aangesloten_sinds = s - 100;        /* left on the day: no */
	cs[2]->indiener.organisatie.aangesloten_tot = s;
	cs[3]->indiener.organisatie.aangesloten_sinds = s - 100;        /* left later: yes */
	cs[3]->indiener.organisatie.aangesloten_tot = s + 1;
	cs[4]->indiener_type = INDIENER_OVERIG;                         /* connected, not a gemeente */
	cs[4]->indiener.organisatie.aangesloten_sinds = s - 100;
	cs[5]->indiener_type = -1;                                      /* unknown */
	cs[6]->indiener_type = INDIENER_ZORGINSTELLING;
	org(&bo[0].organisatie, ORGTYPE_ZORGAANBIEDER, NULL);           /* two zorgaanbieders count once */
	org(&bo[1].organisatie, ORGTYPE_ZORGAANBIEDER, NULL);
	cs[6]->organisaties = bo;
	cs[6]->norganisaties = 2;
	cs[5]->organisaties = bo + 1;
	cs[5]->norganisaties = 1;
	r = jaar_van(cs, 7, 2024);
	check(r, "indieners/gemeente=4 indieners/overig=1 indieners/zorginstelling=1 "
	    "indieners/landelijke_publieke_dienstverlener=0 indienersGemeenteAangesloten=2 "
	    "betrokkenOrganisaties/zorgaanbieder=2 betrokkenOrganisaties/loket=0");
	json_decref(r);
	arena_free(a);
}

static void
test_interventies(void **state)
{
	struct arena *a = arena_new();
	struct casus *cs[4];
	struct interventie *iv = arena_alloc(a, 3 * sizeof *iv);
	json_t *r;
	int s = ymd(2024, 6, 10);

	(void)state;
	for (int i = 0; i < 4; i++)
		cs[i] = gesloten(a, i + 1, s, s + 5);
	iv[0].type = INTERVENTIE_ESCALATIE;
	iv[1].type = INTERVENTIE_NETWERK;
	iv[2].type = INTERVENTIE_NETWERK;
	cs[0]->interventies = iv;           /* escalatie, and netwerk twice */
	cs[0]->ninterventies = 3;
	cs[0]->let_escalatie = true;        /* and LET: still one */
	cs[1]->let_escalatie = true;        /* LET only */
	cs[2]->ninterventies = 0;           /* closed without interventie, and no referentie */
	cs[2]->referentie = NULL;
	r = jaar_van(cs, 4, 2024);
	check(r, "interventies/expert=2 interventies/netwerk=1 interventies/escalatie=1 interventies/gezag=0 "
	    "escalatiesLet=2");
	json_decref(r);
	r = dk_van(cs, 4, 2024);
	assert_string_equal(lijst(a, r, "geenInterventie"), "#3");
	json_decref(r);
	arena_free(a);
}

static struct belegging *
beleg(struct arena *a, struct leerpunt *lp, size_t n)
{
	lp->beleggingen = arena_alloc(a, n * sizeof *lp->beleggingen);
	lp->nbeleggingen = n;
	return lp->beleggingen;
}

static void
test_leerpunten(void **state)
{
	struct arena *a = arena_new();
	struct casus *cs[4];
	struct leerpunt *lp = arena_alloc(a, 6 * sizeof *lp);
	struct belegging *b;
	json_t *r;
	int s = ymd(2024, 6, 10);

	(void)state;
	for (int i = 0; i < 4; i++)
		cs[i] = gesloten(a, i + 1, s, s + 5);
	for (int i = 0; i < 6; i++) {
		lp[i].orde = 1 + i % 3;
		lp[i].categorie = CATEGORIE_ICT;
	}
	b = beleg(a, &lp[0], 1);                    /* bij PMM */
	b[0].bij_pmm = true;
	b[0].status = OPVOLGING_IN_UITVOERING;
	b = beleg(a, &lp[1], 2);                    /* at two parties */
	org(&b[0].bij, ORGTYPE_MINISTERIE, "vws");
	b[0].status = OPVOLGING_OPGEVOLGD;
	org(&b[1].bij, ORGTYPE_GEMEENTE, NULL);
	b[1].status = OPVOLGING_GEEN_OPVOLGING;
	b[1].reden = REDEN_NIET_HERKEND;
	/* lp[2]: at none (niet belegd) */
	lp[3].id = 77;                              /* shared by casus 3 and 4 */
	b = beleg(a, &lp[3], 3);
	org(&b[0].bij, ORGTYPE_MINISTERIE, "BuZa");
	org(&b[1].bij, ORGTYPE_ZORGKANTOOR, NULL);
	org(&b[2].bij, ORGTYPE_OVERIG, "PMM");      /* PMM as an organisation */
	b = beleg(a, &lp[4], 1);                    /* a ministerie with a code that is not one */
	org(&b[0].bij, ORGTYPE_MINISTERIE, "XYZ");
	b[0].status = OPVOLGING_ONBEKEND;
	cs[0]->leerpunten = lp;
	cs[0]->nleerpunten = 3;
	cs[2]->leerpunten = &lp[3];
	cs[2]->nleerpunten = 1;
	cs[3]->leerpunten = &lp[3];                 /* lp[3] again, and lp[4] */
	cs[3]->nleerpunten = 2;
	r = jaar_van(cs, 4, 2024);
	check(r, "leerpunten/casussenMetLeerpunten=3 leerpunten/totaal=5 leerpunten/nietBelegd=1 "
	    "leerpunten/beleggingen/ministerie=3 leerpunten/beleggingen/gemeente=1 "
	    "leerpunten/beleggingen/landelijke_publieke_dienstverlener=0 leerpunten/beleggingen/pmm=2 "
	    "leerpunten/beleggingen/overig=1 leerpunten/perMinisterie/VWS=1 leerpunten/perMinisterie/BuZa=1 "
	    "leerpunten/perMinisterie/JenV=0 leerpunten/categorie/ict=5 leerpunten/orde/1=2 "
	    "leerpunten/orde/2=2 leerpunten/orde/3=1 leerpunten/status/belegd=3 "
	    "leerpunten/status/in_verkenning=0 leerpunten/status/in_uitvoering=1 "
	    "leerpunten/status/opgevolgd=1 leerpunten/status/geen_opvolging=1 leerpunten/status/onbekend=1");
	json_decref(r);
	cs[1]->leerpunten = &lp[2];                 /* two unstored leerpunten (id 0) are two */
	cs[1]->nleerpunten = 1;
	r = jaar_van(cs, 4, 2024);
	check(r, "leerpunten/casussenMetLeerpunten=4 leerpunten/totaal=6 leerpunten/nietBelegd=2");
	json_decref(r);
	r = dk_van(cs, 4, 2024);
	assert_string_equal(lijst(a, r, "onbekendMinisterie"), "PMM-T-0004");
	json_decref(r);
	arena_free(a);
}

/* The follow-up per party: a shared leerpunt once, ministries by code in any case, unknown ministries left out,
   PMM one party however it is named, unnamed parties first, a status outside the enum only in the total. */
static void
test_opvolging(void **state)
{
	struct arena *a = arena_new();
	struct casus *cs[3];
	struct leerpunt *lp = arena_alloc(a, 2 * sizeof *lp);
	struct belegging *b;
	struct rapport_opvolging o;
	int s = ymd(2024, 6, 10);

	(void)state;
	for (int i = 0; i < 3; i++)
		cs[i] = gesloten(a, i + 1, s, s + 5);
	cs[2]->afgerond_op = ymd(2023, 6, 10);       /* another year: not counted */
	lp[0].id = 7;
	lp[0].orde = 1;
	b = beleg(a, &lp[0], 8);
	org(&b[0].bij, ORGTYPE_MINISTERIE, "vws");
	b[0].status = OPVOLGING_OPGEVOLGD;
	org(&b[1].bij, ORGTYPE_MINISTERIE, "XYZ");   /* no beleidsterrein: in no table */
	org(&b[2].bij, ORGTYPE_GEMEENTE, "B");
	org(&b[3].bij, ORGTYPE_GEMEENTE, "A");
	b[3].status = OPVOLGING_IN_UITVOERING;
	org(&b[4].bij, ORGTYPE_GEMEENTE, "A");
	b[4].status = (enum opvolging_status)99;
	org(&b[5].bij, ORGTYPE_OVERIG, NULL);
	b[5].bij.naam = NULL;
	org(&b[6].bij, ORGTYPE_OVERIG, "pmm");       /* PMM by its code */
	b[7].bij_pmm = true;                          /* PMM by its flag */
	b[7].status = OPVOLGING_ONBEKEND;
	lp[1] = lp[0];                                /* the same leerpunt in a second casus */
	cs[0]->leerpunten = &lp[0];
	cs[0]->nleerpunten = 1;
	cs[1]->leerpunten = &lp[1];
	cs[1]->nleerpunten = 1;
	cs[2]->leerpunten = &lp[0];
	cs[2]->nleerpunten = 1;
	rapport_opvolging_tel(&o, a, (const struct casus *const *)cs, 3, 2024);
	assert_int_equal(o.ministeries[BELEIDSTERREIN_VWS].totaal, 1);
	assert_int_equal(o.ministeries[BELEIDSTERREIN_VWS].status[OPVOLGING_OPGEVOLGD], 1);
	for (int m = 0; m < BELEIDSTERREIN__MAX; m++)
		assert_int_equal(o.ministeries[m].totaal, m == BELEIDSTERREIN_VWS);
	assert_int_equal(o.norganisaties, 4);
	assert_int_equal(o.organisaties[0].soort, PARTIJ_GEMEENTE);
	assert_string_equal(o.organisaties[0].naam, "A");
	assert_int_equal(o.organisaties[0].totaal, 2);
	assert_int_equal(o.organisaties[0].status[OPVOLGING_IN_UITVOERING], 1);
	assert_int_equal(o.organisaties[0].status[OPVOLGING_BELEGD], 0);
	assert_string_equal(o.organisaties[1].naam, "B");
	assert_int_equal(o.organisaties[1].status[OPVOLGING_BELEGD], 1);
	assert_int_equal(o.organisaties[2].soort, PARTIJ_PMM);
	assert_null(o.organisaties[2].naam);
	assert_int_equal(o.organisaties[2].totaal, 2);
	assert_int_equal(o.organisaties[2].status[OPVOLGING_ONBEKEND], 1);
	assert_int_equal(o.organisaties[3].soort, PARTIJ_OVERIG);
	assert_null(o.organisaties[3].naam);
	assert_int_equal(o.organisaties[3].totaal, 1);
	/* nothing in a year without leerpunten */
	rapport_opvolging_tel(&o, a, (const struct casus *const *)cs, 3, 2025);
	assert_int_equal(o.norganisaties, 0);
	assert_int_equal(o.ministeries[BELEIDSTERREIN_VWS].totaal, 0);
	arena_free(a);
}

/* A casus on several data-quality lists is one incomplete casus. */
static void
test_onvolledig(void **state)
{
	struct arena *a = arena_new();
	struct casus *cs[3];
	struct rapport_kwaliteit k;

	(void)state;
	cs[0] = gesloten(a, 1, DATE_NONE, ymd(2024, 2, 1));    /* no looptijd and no leefgebied */
	cs[0]->leefgebieden = 0;
	cs[1] = gesloten(a, 2, ymd(2024, 1, 5), ymd(2024, 2, 1));
	cs[2] = gesloten(a, 3, ymd(2024, 1, 5), ymd(2024, 2, 1));
	cs[2]->ninterventies = 0;
	cs[2]->referentie = NULL;
	rapport_kwaliteit_tel(&k, a, (const struct casus *const *)cs, 3, 2024);
	assert_int_equal(k.afgerond, 3);
	assert_int_equal(k.onvolledig, 2);
	assert_int_equal(k.lijst[GEBREK_LOOPTIJD].n, 1);
	assert_int_equal(k.lijst[GEBREK_LEEFGEBIED].n, 1);
	assert_int_equal(k.lijst[GEBREK_INTERVENTIE].n, 1);
	assert_null(k.lijst[GEBREK_INTERVENTIE].casussen[0].referentie);
	assert_int_equal(k.lijst[GEBREK_INTERVENTIE].casussen[0].id, 3);
	arena_free(a);
}

static void
test_datakwaliteit(void **state)
{
	struct arena *a = arena_new();
	struct casus *cs[4];
	json_t *r, *e;

	(void)state;
	cs[0] = gesloten(a, 1, ymd(2024, 1, 5), ymd(2024, 2, 1));     /* fine */
	cs[1] = gesloten(a, 2, DATE_NONE, ymd(2024, 2, 1));           /* no ontvangen_op */
	cs[1]->indiener_type = -1;
	cs[2] = gesloten(a, 3, ymd(2024, 3, 5), ymd(2024, 3, 4));     /* closed the day before received */
	cs[2]->leefgebieden = 0;
	cs[3] = gesloten(a, 4, ymd(2023, 3, 5), ymd(2023, 3, 9));     /* other year */
	cs[3]->leefgebieden = 0;
	r = dk_van(cs, 4, 2024);
	e = json_loads("{\"jaar\":2024,\"afgerond\":3,\"geenLeefgebied\":[\"PMM-T-0003\"],"
	    "\"geenIndienerType\":[\"PMM-T-0002\"],\"geenInterventie\":[],\"geenBeleidsterrein\":[],"
	    "\"geenLooptijd\":[\"PMM-T-0002\",\"PMM-T-0003\"],\"onbekendMinisterie\":[]}", 0, NULL);
	assert_json(e, r);
	json_decref(e);
	json_decref(r);
	/* the looptijd figures leave them out, every other figure keeps them */
	r = jaar_van(cs, 4, 2024);
	check(r, "afgerond=3 looptijd/binnen4Weken=1 looptijd/mediaanDagen=27 leefgebieden/financien=2");
	json_decref(r);
	arena_free(a);
}

static void
test_complexiteit(void **state)
{
	struct arena *a = arena_new();
	struct casus *cs[NGEN];
	json_t *r, *v;
	long band[5] = { 0 }, k = 0;

	(void)state;
	genereer(a, cs);
	for (int i = 0; i < NGEN; i++) {
		int x;

		if (!in_year(cs[i]->afgerond_op, 2024))
			continue;
		x = casus_complexiteit(cs[i]);
		band[x <= 2 ? 0 : x <= 4 ? 1 : x <= 6 ? 2 : x <= 8 ? 3 : 4]++;
		k++;
	}
	r = complexiteit_van(cs, NGEN, 2024);
	assert_int_equal(geti(r, "afgerond"), k);
	v = json_object_get(r, "verdeling");
	assert_int_equal(json_array_size(v), 5);
	for (size_t i = 0; i < 5; i++)
		assert_int_equal(json_integer_value(json_object_get(json_array_get(v, i), "aantal")), band[i]);
	assert_true(json_is_null(json_object_get(json_array_get(v, 4), "totEnMet")));
	assert_true(json_is_number(json_object_get(r, "mediaan")));
	json_decref(r);
	r = complexiteit_van(NULL, 0, 2024);
	check(r, "afgerond=0 mediaan=0");
	json_decref(r);
	arena_free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_generated),
		cmocka_unit_test(test_jaargrenzen),
		cmocka_unit_test(test_looptijdgrenzen),
		cmocka_unit_test(test_mediaan),
		cmocka_unit_test(test_leeg_jaar),
		cmocka_unit_test(test_leefgebieden_en_beleid),
		cmocka_unit_test(test_indieners_en_organisaties),
		cmocka_unit_test(test_interventies),
		cmocka_unit_test(test_leerpunten),
		cmocka_unit_test(test_datakwaliteit),
		cmocka_unit_test(test_opvolging),
		cmocka_unit_test(test_onvolledig),
		cmocka_unit_test(test_complexiteit),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
