/* test_rapport_render.c - the jaarrapportage as HTML, CSV and XLSX: chapters, figures, words, SVG, escaping, CSP safety. */
#include "harness.h"
#include "fixture.h"

#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>

#include "app/rapport/html.h"
#include "app/rapport/netwerk.h"
#include "app/rapport/svg.h"
#include "app/rapport/tabellen.h"
#include "app/rapport/zinnen.h"
#include "core/casus.h"
#include "core/rapport.h"
#include "lib/buf.h"
#include "lib/date.h"
#include "lib/mem.h"

#define NAAM_XSS "<script>x</script>"
#define NAAM_FORMULE "=cmd|' /C calc'!A0"

struct wereld {
	struct arena *a;
	const struct casus *cs[8];
	size_t n;
	struct rapport s;
};

static int
ymd(int y, int m, int d)
{
	return date_from_ymd(y, m, d);
}

static struct casus *
casus(struct wereld *w, int64_t id, int ontvangen, int afgerond, int indiener_type)
{
	struct casus *c = fixture_casus(w->a, id);   /* the plain casus of fixture.h, then dated */

	c->referentie = arena_printf(w->a, "PMM-%04d-%04" PRId64, date_year(ontvangen), id);
	c->status = afgerond != DATE_NONE ? STATUS_AFGEROND : STATUS_IN_BEHANDELING;
	c->ontvangen_op = ontvangen;
	c->afgerond_op = afgerond;
	c->indiener_type = indiener_type;
	w->cs[w->n++] = c;
	return c;
}

static void
bij(struct belegging *b, enum organisatie_type t, const char *naam, const char *code, enum opvolging_status st)
{
	memset(b, 0, sizeof *b);
	b->bij.type = t;
	b->bij.naam = naam;
	b->bij.code = code;
	b->bij.aangesloten_sinds = DATE_NONE;
	b->bij.aangesloten_tot = DATE_NONE;
	b->status = st;
	b->reden = -1;
}

static struct leerpunt *
leerpunten(struct wereld *w, struct casus *c, size_t n)
{
	c->leerpunten = arena_alloc(w->a, n * sizeof *c->leerpunten);
	c->nleerpunten = n;
	for (size_t i = 0; i < n; i++) {
		c->leerpunten[i].categorie = CATEGORIE_SAMENWERKING;
		c->leerpunten[i].orde = 2;
	}
	return c->leerpunten;
}

/*
 * 2024: three casussen afgerond (19, 74 and 242 days), two ingediend.
 * 2023: two afgerond (9 and 92 days), three ingediend (one is closed in 2024).
 * Leerpunt 1 is shared by two casussen (counted once), belegd bij VWS and at
 * an organisation with a script tag for a name; leerpunt 2 at a gemeente whose
 * name starts a formula, and at PMM.
 */
static int
setup(void **state)
{
	struct wereld *w = xcalloc(1, sizeof *w);
	struct casus *c1, *c2, *c3, *c4;
	struct leerpunt *lp;

	w->a = arena_new();
	c1 = casus(w, 1, ymd(2024, 1, 1), ymd(2024, 1, 20), INDIENER_GEMEENTE);
	c1->leefgebieden |= 1u << LEEFGEBIED_WONEN;
	lp = leerpunten(w, c1, 1);
	lp[0].id = 1;
	lp[0].beleggingen = arena_alloc(w->a, 2 * sizeof *lp[0].beleggingen);
	lp[0].nbeleggingen = 2;
	bij(&lp[0].beleggingen[0], ORGTYPE_MINISTERIE, "Ministerie van VWS", "VWS", OPVOLGING_OPGEVOLGD);
	bij(&lp[0].beleggingen[1], ORGTYPE_OVERIG, NAAM_XSS, NULL, OPVOLGING_BELEGD);

	c2 = casus(w, 2, ymd(2024, 2, 1), ymd(2024, 4, 15), INDIENER_LANDELIJKE_PUBLIEKE_DIENSTVERLENER);
	c2->beleidsterreinen |= 1u << BELEIDSTERREIN_SZW;
	c2->organisaties = arena_alloc(w->a, sizeof *c2->organisaties);
	c2->organisaties[0].organisatie.type = ORGTYPE_ZORGAANBIEDER;
	c2->organisaties[0].organisatie.naam = NAAM_XSS;
	c2->norganisaties = 1;
	lp = leerpunten(w, c2, 2);
	lp[0] = c1->leerpunten[0];
	lp[1].id = 2;
	lp[1].beleggingen = arena_alloc(w->a, 2 * sizeof *lp[1].beleggingen);
	lp[1].nbeleggingen = 2;
	bij(&lp[1].beleggingen[0], ORGTYPE_GEMEENTE, NAAM_FORMULE, NULL, OPVOLGING_IN_UITVOERING);
	bij(&lp[1].beleggingen[1], ORGTYPE_OVERIG, "PMM", NULL, OPVOLGING_BELEGD);
	lp[1].beleggingen[1].bij_pmm = true;

	c3 = casus(w, 3, ymd(2023, 11, 1), ymd(2024, 6, 30), INDIENER_GEMEENTE);
	c3->leefgebieden = 0;

	c4 = casus(w, 4, ymd(2023, 3, 1), ymd(2023, 3, 10), INDIENER_GEMEENTE);
	(void)c4;
	casus(w, 5, ymd(2023, 5, 1), ymd(2023, 8, 1), INDIENER_OVERIG);

	rapport_maak(&w->s, w->a, w->cs, w->n, 2024);
	*state = w;
	return 0;
}

static int
teardown(void **state)
{
	struct wereld *w = *state;

	arena_free(w->a);
	free(w);
	return 0;
}

static char *
html(struct wereld *w, bool standalone)
{
	struct buf b;
	char *s;

	buf_init(&b, 0);
	assert_int_equal(rapport_html(&b, &w->s, standalone), 0);
	s = buf_detach(&b, NULL);
	buf_free(&b);
	return s;
}

static void
bevat(const char *hooiberg, const char *naald)
{
	if (strstr(hooiberg, naald) == NULL)
		fail_msg("expected in the output: %s", naald);
}

static void
test_html_hoofdstukken(void **state)
{
	static const char *const koppen[] = {
		"Belangrijke bevindingen", "Instroom en afronding", "Looptijd van de casussen",
		"Indieners van de casussen", "Leefgebieden van de casussen",
		"Beleidsterreinen waaronder de casussen vallen", "Betrokken organisaties", "Interventies en escalaties",
		"Leerpunten en hun opvolging", "Complexiteit", "Datakwaliteit", "Verantwoording",
	};
	char *s = html(*state, false);

	for (size_t i = 0; i < sizeof koppen / sizeof koppen[0]; i++) {
		char kop[160];

		snprintf(kop, sizeof kop, "</span> %s</h2>", koppen[i]);
		bevat(s, kop);
	}
	free(s);
}

static void
test_html_cijfers_en_woorden(void **state)
{
	char *s = html(*state, false);

	/* instroom: ingediend counts ontvangenOp, afgerond afgerondOp */
	bevat(s, "In 2024 zijn 2 casussen ingediend en 3 casussen afgerond (2023: 3 ingediend, 2 afgerond).");
	/* comparison with the previous year, in words (rapport_vergelijking) */
	bevat(s, "33% (1 van de 3) binnen vier weken afgerond, tegen 50% in 2023.");
	bevat(s, "33% (1 van de 3) liep langer dan twintig weken, tegen 0% in 2023.");
	bevat(s, "De mediaan van de looptijd is 74 dagen, tegen 50,5 dagen in 2023.");
	/* leerpunt 1 is shared by two casussen and counts once */
	bevat(s, "Voor 2 van de 3 afgeronde casussen zijn leerpunten geformuleerd, in totaal 2 (2023: 0 leerpunten");
	/* the follow-up per ministerie and per party */
	bevat(s, "Opvolging van de leerpunten per ministerie, 2024");
	bevat(s, ">Ministerie van Volksgezondheid, Welzijn en Sport</th>");
	bevat(s, "Opvolging van de leerpunten per organisatie");
	/* the casus without leefgebied is listed, not dropped */
	bevat(s, "Geen leefgebied vastgelegd (1)");
	bevat(s, "<li class=\"utrecht-unordered-list__item\">PMM-2023-0003</li>");
	/* tables are accessible: caption, column and row headers */
	bevat(s, "<caption class=\"utrecht-table__caption\" id=\"rapport-looptijd-tabel-1\">Looptijd van afgeronde "
	    "casussen</caption>");
	bevat(s, "role=\"region\" tabindex=\"0\" aria-labelledby=\"rapport-looptijd-tabel-1\"");
	bevat(s, "<th scope=\"col\"");
	bevat(s, "<th scope=\"row\" class=\"utrecht-table__header-cell\">t/m 4 weken</th>");
	free(s);
}

static void
test_html_veilig(void **state)
{
	char *s = html(*state, false);

	/* text from data is escaped; the web fragment has no script, no style element and no style attribute */
	bevat(s, "&lt;script&gt;x&lt;/script&gt;");
	assert_null(strstr(s, NAAM_XSS));
	assert_null(strstr(s, "<script"));
	assert_null(strstr(s, "style="));
	assert_null(strstr(s, "<style"));
	/* the charts are accessible images */
	bevat(s, "<svg ");
	bevat(s, "role=\"img\"");
	bevat(s, "<title id=");
	bevat(s, "<figcaption class=\"utrecht-figure__caption\">Figuur 1: Looptijd van afgeronde casussen in 2024, "
	    "naast 2023</figcaption>");
	bevat(s, "class=\"rapport-staaf-vorig\"");
	free(s);
}

static void
test_html_standalone(void **state)
{
	char *s = html(*state, true);

	assert_int_equal(strncmp(s, "<!DOCTYPE html>", 15), 0);
	bevat(s, "<html lang=\"nl\">");
	bevat(s, "<title>Jaarrapportage PMM 2024</title>");
	bevat(s, "<style>");
	bevat(s, "@media print");
	bevat(s, "<h1>Jaarrapportage PMM 2024</h1>");
	bevat(s, "Leerpunten en hun opvolging");
	assert_null(strstr(s, "<script"));
	assert_null(strstr(s, "style="));
	bevat(s, "</html>");
	free(s);
}

static void
test_html_leeg_en_zonder_vorig(void **state)
{
	struct wereld *w = *state;
	struct arena *a = arena_new();
	struct rapport s;
	struct rapport_figuren f;
	struct buf b;

	(void)state;
	rapport_maak(&s, a, w->cs, w->n, 2019);
	buf_init(&b, 0);
	assert_int_equal(rapport_html(&b, &s, false), 0);
	bevat(buf_str(&b), "In 2019 zijn er geen casussen ingediend of afgerond.");
	assert_null(strstr(buf_str(&b), "<h2"));

	/* 2023 has figures but 2022 has none: no comparison, no second bar */
	rapport_maak(&s, a, w->cs, w->n, 2023);
	buf_reset(&b);
	assert_int_equal(rapport_html(&b, &s, false), 0);
	bevat(buf_str(&b), "50% (1 van de 2) binnen vier weken afgerond.");
	assert_null(strstr(buf_str(&b), ", tegen "));
	assert_null(strstr(buf_str(&b), "rapport-staaf-vorig"));
	buf_free(&b);

	/* only the figures: the report still renders, without the optional chapters' extras */
	memset(&s, 0, sizeof s);
	s.jaar = 2024;
	rapport_figuren_tel(&f, w->cs, w->n, 2024);
	s.nu = &f;
	buf_init(&b, 0);
	assert_int_equal(rapport_html(&b, &s, false), 0);
	bevat(buf_str(&b), "Beleggingen bij ministeries");
	assert_null(strstr(buf_str(&b), "Datakwaliteit</h2>"));
	buf_free(&b);
	assert_int_equal(rapport_html(&b, NULL, false), -1);
	arena_free(a);
}

static void
test_links_alleen_gevraagd(void **state)
{
	struct wereld *w = *state;
	json_t *met = rapport_context(&w->s, true), *zonder = rapport_context(&w->s, false);
	char *a = json_dumps(met, JSON_COMPACT), *b = json_dumps(zonder, JSON_COMPACT);

	assert_non_null(strstr(a, "\"href\":\"/casussen/PMM-2023-0003\""));
	assert_null(strstr(b, "/casussen/"));
	free(a);
	free(b);
	json_decref(met);
	json_decref(zonder);
}

static void
test_partijen(void **state)
{
	struct wereld *w = *state;
	const struct rapport_opvolging *p = w->s.opvolging;
	const struct rapport_figuren *f = w->s.nu;
	long per_soort[PARTIJ__MAX] = { 0 };

	for (int m = 0; m < BELEIDSTERREIN__MAX; m++) {
		assert_int_equal(p->ministeries[m].soort, PARTIJ_MINISTERIE);
		assert_int_equal(p->ministeries[m].ministerie, m);
		assert_int_equal(p->ministeries[m].totaal, f->leerpunten.per_ministerie[m]);
	}
	assert_int_equal(p->ministeries[BELEIDSTERREIN_VWS].status[OPVOLGING_OPGEVOLGD], 1);

	/* by soort (gemeente, pmm, overig), then by name */
	assert_int_equal(p->norganisaties, 3);
	assert_string_equal(p->organisaties[0].naam, NAAM_FORMULE);
	assert_int_equal(p->organisaties[0].soort, PARTIJ_GEMEENTE);
	assert_int_equal(p->organisaties[0].status[OPVOLGING_IN_UITVOERING], 1);
	assert_null(p->organisaties[1].naam);
	assert_int_equal(p->organisaties[1].soort, PARTIJ_PMM);
	assert_string_equal(p->organisaties[2].naam, NAAM_XSS);
	assert_int_equal(p->organisaties[2].soort, PARTIJ_OVERIG);
	for (size_t i = 0; i < p->norganisaties; i++)
		per_soort[p->organisaties[i].soort] += p->organisaties[i].totaal;
	/* the same beleggingen as the figures count */
	assert_int_equal(per_soort[PARTIJ_GEMEENTE], 1);
	assert_int_equal(per_soort[PARTIJ_PMM], 1);
	assert_int_equal(per_soort[PARTIJ_OVERIG], 1);
	assert_int_equal(f->leerpunten.beleggingen[PARTIJ_OVERIG], per_soort[PARTIJ_OVERIG]);
	assert_int_equal(f->leerpunten.beleggingen[PARTIJ_PMM], per_soort[PARTIJ_PMM]);
}

/* The CSV has Dutch labels only, no internal keys (issue 11): a table's head is its name and the years. */
static void
test_csv(void **state)
{
	static const char *const koppen[] = {
		"Overzicht,2024,2023\r\n", "Looptijd,2024,2023\r\n", "Indieners,2024,2023\r\n",
		"Leefgebieden,2024,2023\r\n", "Beleidsterreinen,2024,2023\r\n",
		"Organisaties,2024,2023\r\n", "Interventies,2024,2023\r\n", "Leerpunten,2024,2023\r\n",
		"Opvolging,Soort,Belegd,In verkenning,In uitvoering,Opgevolgd,Geen opvolging,Onbekend,Totaal\r\n",
		"Complexiteit,2024,2023\r\n", "Datakwaliteit,Referentie\r\n",
	};
	struct wereld *w = *state;
	struct buf b;
	const char *s, *vorige = NULL;

	buf_init(&b, 0);
	assert_int_equal(rapport_csv(&b, &w->s), 0);
	s = buf_str(&b);
	assert_int_equal(strncmp(s, koppen[0], strlen(koppen[0])), 0);
	for (size_t i = 0; i < sizeof koppen / sizeof koppen[0]; i++) {
		const char *k = strstr(s, koppen[i]);

		if (k == NULL)
			fail_msg("header missing: %s", koppen[i]);
		/* in order, each after a blank line */
		assert_true(vorige == NULL || k > vorige);
		if (i > 0)
			assert_int_equal(strncmp(k - 4, "\r\n\r\n", 4), 0);
		vorige = k;
	}
	bevat(s, "\r\nIngediend,2,3\r\n");
	bevat(s, "\r\nAfgerond,3,2\r\n");
	bevat(s, "\r\nt/m 4 weken,1,1\r\n");
	bevat(s, "\r\nMediaan (dagen),74,50.5\r\n");
	bevat(s, "\r\nWonen,1,0\r\n");
	bevat(s, "\r\nBeleggingen: PMM zelf,1,0\r\n");
	bevat(s, "\r\nScore 0–2,");
	bevat(s, "\r\n\"Ministerie van Volksgezondheid, Welzijn en Sport\",Ministeries,0,0,0,1,0,0,1\r\n");
	bevat(s, "\r\nPMM,PMM zelf,1,0,0,0,0,0,1\r\n");
	bevat(s, "\r\nGeen leefgebied vastgelegd,PMM-2023-0003\r\n");
	/* formula starts neutralised; the script name is plain text in CSV */
	bevat(s, "\r\n\"'" NAAM_FORMULE "\",Gemeenten,0,0,1,0,0,0,1\r\n");
	assert_null(strstr(s, "\n" NAAM_FORMULE));
	assert_null(strstr(s, "," NAAM_FORMULE));
	/* no internal keys: no member paths, no codes of kinds of party */
	assert_null(strstr(s, "looptijd."));
	assert_null(strstr(s, "verdeling["));
	assert_null(strstr(s, ",pmm,"));
	assert_null(strstr(s, "geenLeefgebied"));
	buf_free(&b);
}

static void
test_xlsx(void **state)
{
	struct wereld *w = *state;
	char path[] = "/tmp/test-rapport-XXXXXX";
	char kop[4] = { 0 };
	struct buf b;
	FILE *f;
	int fd = mkstemp(path);

	assert_true(fd >= 0);
	close(fd);
	assert_int_equal(rapport_xlsx(path, &w->s), 0);
	f = fopen(path, "rb");
	assert_non_null(f);
	assert_int_equal(fread(kop, 1, 2, f), 2);
	fclose(f);
	unlink(path);
	assert_string_equal(kop, "PK");

	buf_init(&b, 0);
	assert_int_equal(rapport_xlsx_buf(&b, &w->s), 0);
	assert_true(b.len > 1000);
	assert_int_equal(memcmp(b.data, "PK", 2), 0);
	buf_free(&b);

	assert_int_equal(rapport_xlsx("/nonexistent-dir/x.xlsx", &w->s), -1);
}

static void
test_vergelijking(void **state)
{
	struct arena *a = arena_new();

	(void)state;
	assert_string_equal(rapport_vergelijking(a, "binnen vier weken", 38, 104, 45, 96, 2023),
	    "37% (38 van de 104) binnen vier weken, tegen 47% in 2023");
	/* half up: 1/8 = 12.5%, 1/200 = 0.5%; below half stays down: 2/9 = 22.2% */
	assert_string_equal(rapport_vergelijking(a, "x", 1, 8, 1, 200, 2023), "13% (1 van de 8) x, tegen 1% in 2023");
	assert_string_equal(rapport_vergelijking(a, "x", 2, 9, 0, 7, 2023), "22% (2 van de 9) x, tegen 0% in 2023");
	assert_string_equal(rapport_vergelijking(a, "binnen vier weken", 0, 0, 45, 96, 2023),
	    "binnen vier weken: geen casussen, tegen 47% in 2023");
	assert_string_equal(rapport_vergelijking(a, "binnen vier weken", 3, 4, 0, 0, 2023),
	    "75% (3 van de 4) binnen vier weken; in 2023 waren er geen casussen om mee te vergelijken");
	assert_string_equal(rapport_vergelijking(a, "binnen vier weken", 0, 0, 0, 0, 2023),
	    "binnen vier weken: geen casussen, ook niet in 2023");
	arena_free(a);
}

static size_t
tel(const char *s, const char *sub)
{
	size_t k = 0;

	for (const char *p = strstr(s, sub); p != NULL; p = strstr(p + 1, sub))
		k++;
	return k;
}

static void
test_svg(void **state)
{
	struct arena *a = arena_new();
	static const char *const labels[] = { "gemeente", "<script>alert(1)</script>", NULL,
		"een heel erg lange naam van een organisatie die niet past" };
	static const long nu[] = { 53, 5, 0, -2 }, vorig[] = { 67, 8, 5, 16 };
	char *s;

	(void)state;
	s = rapport_svg_staaf(a, "Indieners & \"anderen\"", labels, nu, vorig, 4, "2024", "2023");
	assert_non_null(s);
	assert_true(strncmp(s, "<svg ", 5) == 0);
	assert_true(strcmp(s + strlen(s) - 6, "</svg>") == 0);
	assert_non_null(strstr(s, "role=\"img\""));
	assert_non_null(strstr(s, ">Indieners &amp; &quot;anderen&quot;</title>"));
	assert_non_null(strstr(s, "gemeente: 53 (2024), 67 (2023); &lt;script&gt;alert(1)&lt;/script&gt;: 5 (2024)"));
	assert_non_null(strstr(s, "een heel erg lange naam van een organisatie die niet past: -2 (2024), 16 (2023)"));
	assert_non_null(strstr(s, "een heel erg lange naam van een organis\xe2\x80\xa6</text>"));
	assert_null(strstr(s, "<script"));
	assert_null(strstr(s, "style"));
	assert_null(strstr(s, " on"));   /* no event handler attributes */
	assert_int_equal(tel(s, "<rect class=\"rapport-staaf-nu\""), 5);     /* 4 bars + legend */
	assert_int_equal(tel(s, "<rect class=\"rapport-staaf-vorig\""), 5);
	assert_int_equal(tel(s, "<text"), tel(s, "</text>"));
	assert_non_null(strstr(s, "width=\"0\""));     /* 0 and -2 draw no bar */
	s = rapport_svg_staaf(a, "Zonder vorig jaar", labels, nu, NULL, 1, NULL, NULL);
	assert_null(strstr(s, "rapport-staaf-vorig"));
	assert_non_null(strstr(s, ">gemeente: 53</desc>"));
	assert_non_null(rapport_svg_staaf(a, NULL, NULL, NULL, NULL, 0, NULL, NULL));
	arena_free(a);
}

/* The network's figures of the year (a hand-made netwerk_jaar: core/netwerk_groei.c counts them, tested there) in the
   HTML chapter, the CSV table with Dutch labels and the JSON member; a report without them has none of the three. */
static void
test_netwerk(void **state)
{
	struct wereld *w = *state;
	struct netwerk_jaar n = { .jaar = 2024, .eind = { .aantal = { 6, 17, 64, 2 }, .totaal = 89 },
		.nieuw = { 0, 2, 6, 1 }, .nieuw_totaal = 9 };
	struct arena *a = arena_new();
	json_t *o = json_object();
	struct buf b;
	char *s;

	s = html(w, false);
	assert_null(strstr(s, "Het netwerk van PMM"));
	free(s);
	w->s.netwerk = &n;
	s = html(w, false);
	bevat(s, "</span> Het netwerk van PMM</h2>");
	bevat(s, "Op 31 december 2024 waren 6 ministeries, 17 landelijke publieke dienstverleners en 64 gemeenten bij PMM "
	    "aangesloten; in 2024 sloten er 9 organisaties aan.");
	free(s);
	buf_init(&b, 0);
	assert_int_equal(rapport_csv(&b, &w->s), 0);
	s = (char *)buf_str(&b);
	bevat(s, "Netwerk,Aangesloten op 31 december 2024,Nieuw aangesloten in 2024\r\n");
	bevat(s, "\r\nMinisteries,6,0\r\n");
	bevat(s, "\r\nLandelijke publieke dienstverleners,17,2\r\n");
	bevat(s, "\r\nGemeenten,64,6\r\n");
	bevat(s, "\r\nTotaal,89,9\r\n");
	buf_free(&b);
	rapport_netwerk_json(o, a, &n);
	assert_string_equal(json_string_value(json_object_get(json_object_get(o, "netwerk"), "peildatum")), "2024-12-31");
	assert_int_equal(json_integer_value(json_object_get(json_object_get(json_object_get(o, "netwerk"), "aangesloten"),
	    "landelijkePubliekeDienstverleners")), 17);
	assert_int_equal(json_integer_value(json_object_get(json_object_get(o, "netwerk"), "nieuwTotaal")), 9);
	json_decref(o);
	arena_free(a);
	w->s.netwerk = NULL;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_html_hoofdstukken),
		cmocka_unit_test(test_html_cijfers_en_woorden),
		cmocka_unit_test(test_html_veilig),
		cmocka_unit_test(test_html_standalone),
		cmocka_unit_test(test_html_leeg_en_zonder_vorig),
		cmocka_unit_test(test_links_alleen_gevraagd),
		cmocka_unit_test(test_partijen),
		cmocka_unit_test(test_csv),
		cmocka_unit_test(test_xlsx),
		cmocka_unit_test(test_vergelijking),
		cmocka_unit_test(test_svg),
		cmocka_unit_test(test_netwerk),
	};

	json_set_alloc_funcs(xmalloc, free);
	return cmocka_run_group_tests(tests, setup, teardown);
}
