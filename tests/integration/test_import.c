/* test_import.c - `doorbraak import`, `export` and `report` on generated files: a byte-identical round trip,
   all-or-nothing on a bad line, and the report's figures against the test's own count. */
#include "harness.h"

#include <fcntl.h>
#include <jansson.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "client.h"
#include "app/interchange/interchange.h"
#include "app/rapport/json.h"
#include "core/rapport.h"
#include "core/rapport_systeemleren.h"
#include "lib/date.h"

#define NCASUS 300

static struct server_proc srv;   /* the first database, kept for the whole file */

/* ---- running the binary ------------------------------------------------------------------------- */

static const char *
binary(void)
{
	const char *b = getenv("DOORBRAAK_TEST_BINARY");

	return b != NULL && *b != '\0' ? b : "build/doorbraak-test";
}

static void
slurp(const char *file, struct buf *b)
{
	FILE *f = fopen(file, "rb");
	char chunk[8192];
	size_t n;

	assert_non_null(f);
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_append(b, chunk, n);
	fclose(f);
}

/* Runs the binary on s's database with stdin from /dev/null; stdout and stderr into out and err (may be NULL). */
static int
run(struct server_proc *s, const char *const *args, struct buf *out, struct buf *err)
{
	char fout[400], ferr[400];
	int status;
	pid_t pid;

	snprintf(fout, sizeof(fout), "%s/run.out", s->dir);
	snprintf(ferr, sizeof(ferr), "%s/run.err", s->dir);
	if ((pid = fork()) == 0) {
		const char *argv[32] = { binary() };
		int i, in = open("/dev/null", O_RDONLY), o = open(fout, O_WRONLY | O_CREAT | O_TRUNC, 0600),
		    e = open(ferr, O_WRONLY | O_CREAT | O_TRUNC, 0600);

		dup2(in, 0);
		dup2(o, 1);
		dup2(e, 2);
		for (i = 0; args[i] != NULL && i < 30; i++)
			argv[i + 1] = args[i];
		argv[i + 1] = NULL;
		setenv("DOORBRAAK_DB", s->db, 1);
		execv(binary(), (char *const *)argv);
		_exit(127);
	}
	assert_true(pid > 0);
	assert_true(waitpid(pid, &status, 0) == pid);
	if (out != NULL)
		slurp(fout, out);
	if (err != NULL)
		slurp(ferr, err);
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

static void
write_file(const char *file, const char *data, size_t len)
{
	FILE *f = fopen(file, "wb");

	assert_non_null(f);
	assert_int_equal(fwrite(data, 1, len, f), len);
	assert_int_equal(fclose(f), 0);
}

static void
export(struct server_proc *s, struct buf *out)
{
	const char *args[] = { "export", NULL };

	assert_int_equal(server_cli(s, NULL, out, args), 0);
}

static int
import_file(struct server_proc *s, const char *file, struct buf *out, struct buf *err)
{
	const char *args[] = { "import", file, NULL };

	return run(s, args, out, err);
}

static size_t
count_lines(const struct buf *b)
{
	size_t n = 0;

	for (size_t i = 0; i < b->len; i++)
		n += b->data[i] == '\n';
	return n;
}

/* ---- a generated data set ----------------------------------------------------------------------- */

static unsigned long rng = 20240115;

static unsigned
rnd(unsigned n)
{
	rng = rng * 6364136223846793005ul + 1442695040888963407ul;
	return (unsigned)((rng >> 33) % n);
}

static const char *const gemeenten[][3] = {   /* naam, aangeslotenSinds, aangeslotenTot */
	{ "Gemeente Zuiderhaven", "2019-03-01", NULL },
	{ "Gemeente Oosterdal", "2022-01-01", NULL },
	{ "Gemeente Westerkwartier", "2024-06-01", NULL },   /* connected halfway through 2024 */
	{ "Gemeente Noordmeer", NULL, NULL },                /* never connected */
	{ "Gemeente Heuvelrug-Zuid", "2020-01-01", "2024-03-31" },
};
static const char *const partijen[] = {
	"{\"naam\":\"SVB\",\"type\":\"landelijke_publieke_dienstverlener\"}",
	"{\"naam\":\"UWV\",\"type\":\"landelijke_publieke_dienstverlener\"}",
	"{\"naam\":\"Juiste Loket\",\"type\":\"loket\",\"rol\":\"meedenken\"}",
	"{\"naam\":\"Zorgaanbieder De Linde\",\"type\":\"zorgaanbieder\"}",
	"{\"naam\":\"Zilveren Zorgverzekeraar\",\"type\":\"zorgverzekeraar\"}",
	"{\"naam\":\"VWS\",\"type\":\"ministerie\"}",
	"{\"naam\":\"Woonstichting Thuis\",\"type\":\"woningcorporatie\"}",
};
static const char *const bij[] = {
	"\"PMM\"",
	"{\"naam\":\"SZW\",\"type\":\"ministerie\"}",
	"{\"naam\":\"Ministerie van Justitie en Veiligheid\",\"type\":\"ministerie\"}",
	"{\"naam\":\"Gemeente Zuiderhaven\",\"type\":\"gemeente\",\"aangeslotenSinds\":\"2019-03-01\"}",
	"{\"naam\":\"DUO\",\"type\":\"landelijke_publieke_dienstverlener\"}",
	"{\"naam\":\"Vereniging van Nederlandse Gemeenten (VNG)\",\"type\":\"overig\"}",
};
static const char *const statussen[] = { "belegd", "in_verkenning", "in_uitvoering", "opgevolgd", "geen_opvolging",
	"onbekend" };

/* What the test counts itself while generating. */
struct verwacht {
	long afgerond2024, ingediend2024, binnen4, langer20, leerpunten, niet_belegd, pmm, gemeente_aangesloten;
	unsigned gedeeld;   /* shared leerpunten (ids 900..902) already counted */
};

/* Leerpunten that several casussen share (the same id, the same content): counted once. */
static const struct {
	const char *json;
	bool pmm, niet_belegd;
} gedeeld[] = {
	{ "{\"id\":900,\"omschrijving\":\"Repatriering van onverzekerden\",\"categorie\":\"wet_en_regelgeving\","
	  "\"orde\":3,\"themas\":[\"repatriering\"],\"beleggingen\":[{\"bij\":\"PMM\",\"status\":\"in_uitvoering\"}]}",
	  true, false },
	{ "{\"id\":901,\"omschrijving\":\"Niemand is verantwoordelijk\",\"categorie\":\"samenwerking\",\"orde\":2}",
	  false, true },
	{ "{\"id\":902,\"omschrijving\":\"Studieschuld en beslag\",\"categorie\":\"overig\",\"orde\":2,"
	  "\"beleggingen\":[{\"bij\":{\"naam\":\"SZW\",\"type\":\"ministerie\"},\"status\":\"opgevolgd\"},"
	  "{\"bij\":{\"naam\":\"DUO\",\"type\":\"landelijke_publieke_dienstverlener\"},\"status\":\"onbekend\"}]}",
	  false, false },
};

static void
date_put(struct buf *b, const char *name, int day)
{
	char d[DATE_STRLEN];

	date_format(day, d);
	buf_printf(b, ",\"%s\":\"%s\"", name, d);
}

/* A comma-separated list of k distinct codes out of l. */
static void
codes_put(struct buf *b, const char *name, const struct codelist *l, unsigned k)
{
	unsigned used = 0;

	buf_printf(b, ",\"%s\":[", name);
	for (unsigned i = 0; i < k; i++) {
		unsigned c = rnd((unsigned)l->n);

		if (used & (1u << c))
			continue;
		used |= 1u << c;
		buf_printf(b, "%s\"%s\"", used == (1u << c) ? "" : ",", l->codes[c]);
	}
	buf_putc(b, ']');
}

static void
leerpunten_put(struct buf *b, struct verwacht *v, bool telt)
{
	unsigned nl = rnd(3);

	buf_puts(b, ",\"leerpunten\":[");
	for (unsigned i = 0; i < nl; i++) {
		unsigned nb = rnd(3);

		buf_printf(b, "%s{\"omschrijving\":\"Leerpunt %u: regels botsen\",\"categorie\":\"%s\",\"orde\":%u,"
		    "\"vraag\":%s,\"themas\":[%s],\"beleggingen\":[", i ? "," : "", i,
		    codes_categorie.codes[rnd(CATEGORIE__MAX)], 1 + rnd(3), rnd(4) == 0 ? "true" : "false",
		    rnd(3) == 0 ? "\"overgang vrijwillig-gedwongen kader\",\"zorgplicht\"" : "");
		v->leerpunten += telt;
		v->niet_belegd += telt && nb == 0;
		for (unsigned k = 0; k < nb; k++) {
			unsigned p = rnd(6);
			const char *st = statussen[rnd(6)];

			v->pmm += telt && p == 0;
			buf_printf(b, "%s{\"bij\":%s,\"status\":\"%s\"%s}", k ? "," : "", bij[p], st,
			    strcmp(st, "geen_opvolging") == 0 && rnd(2) ? ",\"reden\":\"stelselvraagstuk\"" : "");
		}
		buf_puts(b, "]}");
	}
	if (rnd(6) == 0) {
		unsigned k = rnd(3);

		buf_printf(b, "%s%s", nl ? "," : "", gedeeld[k].json);
		if (telt && !(v->gedeeld & (1u << k))) {
			v->gedeeld |= 1u << k;
			v->leerpunten++;
			v->niet_belegd += gedeeld[k].niet_belegd;
			v->pmm += gedeeld[k].pmm;
		}
	}
	buf_putc(b, ']');
}

/* One casus line (with newline) into b; i numbers it. */
static void
casus_put(struct buf *b, int i, struct verwacht *v)
{
	static const int edges[] = { 28, 29, 140, 141, 0, 56, 57 };
	int ontvangen = date_from_ymd(2023, 10, 1) + (int)rnd(600);   /* 2023-10-01 .. 2025-05-23 */
	int afgerond = DATE_NONE, dagen = 0;
	unsigned kind = rnd(3), g = rnd(5);
	bool gemeente = rnd(4) != 0;
	unsigned n_iv = 0;
	bool let;

	if (i < (int)(sizeof(edges) / sizeof(edges[0]))) {   /* edge cases first */
		kind = 2;
		dagen = edges[i];
		ontvangen = date_from_ymd(2024, 3, 1);
	} else if (i == 10) {
		kind = 2;
		ontvangen = date_from_ymd(2023, 12, 20);   /* received in 2023, closed on 31 December 2024 */
		dagen = date_from_ymd(2024, 12, 31) - ontvangen;
	} else {
		dagen = (int)rnd(200);
	}
	if (kind == 2)
		afgerond = ontvangen + dagen;
	buf_puts(b, "{");
	if (i % 5 == 0)
		buf_printf(b, "\"referentie\":\"PMM-%d-%d\"", date_year(ontvangen), 5000 + i);
	date_put(b, "ontvangenOp", ontvangen);
	b->data[1] = b->data[1] == ',' ? ' ' : b->data[1];   /* no comma right after the brace */
	if (afgerond != DATE_NONE)
		date_put(b, "afgerondOp", afgerond);
	if (gemeente) {
		buf_printf(b, ",\"indiener\":{\"naam\":\"Indiener %u\",\"email\":\"indiener%u@gemeente%u.example\","
		    "\"organisatie\":{\"naam\":\"%s\",\"type\":\"gemeente\"", g, rnd(3), g, gemeenten[g][0]);
		if (gemeenten[g][1] != NULL)
			buf_printf(b, ",\"aangeslotenSinds\":\"%s\"", gemeenten[g][1]);
		if (gemeenten[g][2] != NULL)
			buf_printf(b, ",\"aangeslotenTot\":\"%s\"", gemeenten[g][2]);
		buf_puts(b, "}},\"indienerType\":\"gemeente\"");
	} else if (rnd(2)) {
		buf_printf(b, ",\"indiener\":{\"naam\":\"Consulent %u\",\"organisatie\":{\"naam\":\"UWV\",\"type\":"
		    "\"landelijke_publieke_dienstverlener\"}},\"indienerType\":\"%s\"", rnd(4),
		    codes_indiener_type.codes[1 + rnd(3)]);
	}
	if (kind >= 1)
		buf_printf(b, ",\"regievoerder\":{\"naam\":\"Regievoerder %u\",\"email\":\"regie%u@pmm.example\"}",
		    i % 3, i % 3);
	buf_printf(b, ",\"hulpvraag\":\"Vraag %d: wie betaalt de woonplek?\"", i);
	if (rnd(2))
		buf_puts(b, ",\"situatie\":\"Gezin met één kind; financiën en \\\"zorg\\\" lopen vast.\"");
	codes_put(b, "leefgebieden", &codes_leefgebied, rnd(5));
	codes_put(b, "beleidsterreinen", &codes_beleidsterrein, rnd(4));
	buf_puts(b, ",\"betrokkenOrganisaties\":[");
	for (unsigned k = 0, n = rnd(4), first = rnd(7); k < n; k++)
		buf_printf(b, "%s%s", k ? "," : "", partijen[(first + k) % 7]);
	buf_puts(b, "],\"knelpunten\":[");
	for (unsigned k = 0, n = rnd(3); k < n; k++)
		buf_printf(b, "%s{\"categorie\":\"%s\",\"omschrijving\":\"Knelpunt %u\"}", k ? "," : "",
		    codes_categorie.codes[rnd(CATEGORIE__MAX)], k);
	buf_puts(b, "],\"interventies\":[");
	for (unsigned k = 0, n = kind == 0 ? 0 : rnd(4); k < n; k++) {
		char d[DATE_STRLEN];

		date_format(ontvangen + (int)k, d);
		buf_printf(b, "%s{\"type\":\"%s\",\"datum\":\"%s\"%s}", k ? "," : "",
		    codes_interventie_type.codes[rnd(INTERVENTIE__MAX)], d, rnd(2) ? ",\"omschrijving\":\"Gebeld\"" : "");
		n_iv++;
	}
	/* escalated: as an export writes it, the flag with the escalatie interventie its record wrote (issue 10) */
	if ((let = rnd(10) == 0)) {
		char d[DATE_STRLEN];

		date_format(ontvangen, d);
		buf_printf(b, "%s{\"type\":\"escalatie\",\"datum\":\"%s\"}", n_iv ? "," : "", d);
	}
	buf_putc(b, ']');
	if (rnd(2))
		buf_printf(b, ",\"maatwerk\":\"%s\"", codes_maatwerk.codes[rnd(MAATWERK__MAX)]);
	if (kind == 2) {
		bool telt = date_year(afgerond) == 2024;

		buf_puts(b, ",\"resultaat\":\"De indiener kan verder.\"");
		leerpunten_put(b, v, telt);
		if (rnd(3) == 0)
			date_put(b, "followUpOp", date_add_months(afgerond, 3));
		if (telt) {
			v->afgerond2024++;
			v->binnen4 += dagen <= 28;
			v->langer20 += dagen > 140;
			if (gemeente && gemeenten[g][1] != NULL) {
				int sinds, tot = DATE_NONE;

				date_parse(gemeenten[g][1], &sinds);
				if (gemeenten[g][2] != NULL)
					date_parse(gemeenten[g][2], &tot);
				v->gemeente_aangesloten += sinds <= ontvangen && (tot == DATE_NONE || tot > ontvangen);
			}
		}
	}
	if (let)
		buf_puts(b, ",\"letEscalatie\":true");
	v->ingediend2024 += date_year(ontvangen) == 2024;
	buf_puts(b, "}\n");
}

/* n casussen in a JSON Lines text (caller frees b). */
static void
generate(struct buf *b, int n, struct verwacht *v)
{
	memset(v, 0, sizeof(*v));
	for (int i = 0; i < n; i++) {
		struct buf line;

		buf_init(&line, 0);
		casus_put(&line, i, v);
		buf_append(b, line.data, line.len);
		buf_free(&line);
	}
}

/*
 * The report's figures over the lines of a file as parsed, without any database: what the report must print.
 * On the report's peildatum (the database decides it: there are no navraag rounds, so the end of the next year),
 * with the chapters that need nothing but the casussen (knelpunten, maatwerk, cross-tabulations); the leerpunt
 * tables group parties with the directory of organisations, which the lines do not carry.
 */
static const char *const regel_delen[] = { "knelpunten", "maatwerk", "kruistabellen" };

static json_t *
rapport_van_regels(const struct buf *b, int jaar, const json_t *cli)
{
	const char *peil = json_string_value(json_object_get(cli, "peildatum"));
	int py = 0, pm = 0, pd = 0;

	struct arena *a = arena_new();
	const struct casus **cs = arena_alloc(a, (count_lines(b) + 1) * sizeof(*cs));
	size_t n = 0;
	const char *p = b->data, *end = b->data + b->len;
	json_t *j;

	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		struct casus *c = arena_alloc(a, sizeof(*c));
		struct err e;

		if (interchange_parse(a, p, (size_t)(nl - p), c, &e) != ERR_OK)
			fail_msg("generated line does not parse: %s: %s", e.field, e.msg);
		cs[n++] = c;
		p = nl + 1;
	}
	{
		struct rapport_invoer in = { .casussen = cs, .n = n };
		struct rapport_opties o = { .peildatum = DATE_NONE, .analyse_tot = DATE_NONE, .vandaag = DATE_NONE };
		struct rapport r;
		json_t *sl;

		/* the CLI's peildatum (today, or the end of the next year), which the lines cannot know */
		assert_non_null(peil);
		assert_int_equal(sscanf(peil, "%d-%d-%d", &py, &pm, &pd), 3);
		o.peildatum = date_from_ymd(py, pm, pd);
		rapport_maak_volledig(&r, a, &in, jaar, &o);
		j = rapport_json_figuren(r.nu);
		sl = rapport_json_systeemleren(r.systeemleren);
		for (size_t k = 0; k < sizeof regel_delen / sizeof regel_delen[0]; k++)
			json_object_set(j, regel_delen[k], json_object_get(sl, regel_delen[k]));
		/* the import names an organisation as the directory does ("VWS" is the Ministerie van VWS) */
		json_object_del(json_object_get(j, "kruistabellen"), "betrokkenOrganisaties");
		json_decref(sl);
	}
	arena_free(a);
	return j;
}

/* The members of the report r that rapport_van_regels computes (a new object). */
static json_t *
regel_deel(json_t *r, const json_t *eigen)
{
	json_t *uit = json_object(), *v;
	const char *k;

	json_object_foreach((json_t *)eigen, k, v)
		json_object_set_new(uit, k, json_deep_copy(json_object_get(r, k)));
	json_object_del(json_object_get(uit, "kruistabellen"), "betrokkenOrganisaties");
	return uit;
}

static json_t *
report(struct server_proc *s, int jaar)
{
	char j[8];
	const char *args[] = { "report", "--jaar", j, NULL };
	struct buf out;
	json_error_t je;
	json_t *r;

	snprintf(j, sizeof(j), "%d", jaar);
	buf_init(&out, 0);
	assert_int_equal(run(s, args, &out, NULL), 0);
	r = json_loads(buf_str(&out), 0, &je);
	if (r == NULL)
		fail_msg("report is not JSON: %s", je.text);
	buf_free(&out);
	return r;
}

static long
jint(const json_t *o, const char *path)
{
	char key[64];
	const char *dot;

	while ((dot = strchr(path, '.')) != NULL) {
		snprintf(key, sizeof(key), "%.*s", (int)(dot - path), path);
		o = json_object_get(o, key);
		path = dot + 1;
	}
	assert_true(json_is_integer(json_object_get(o, path)));
	return (long)json_integer_value(json_object_get(o, path));
}

/* ---- tests -------------------------------------------------------------------------------------- */

static struct buf gegenereerd;
static struct verwacht verwacht;
static struct buf eerste_export;

static int
setup(void **state)
{
	(void)state;
	buf_init(&gegenereerd, 0);
	buf_init(&eerste_export, 0);
	generate(&gegenereerd, NCASUS, &verwacht);
	return server_start(&srv, NULL);
}

static int
teardown(void **state)
{
	(void)state;
	buf_free(&gegenereerd);
	buf_free(&eerste_export);
	return server_stop(&srv) == 0 ? 0 : -1;
}

static void
test_import_export_roundtrip(void **state)
{
	struct server_proc tweede;
	char file[400], msg[64];
	struct buf out, err, tweede_export;
	(void)state;

	buf_init(&out, 0);
	buf_init(&err, 0);
	buf_init(&tweede_export, 0);
	snprintf(file, sizeof(file), "%s/gegenereerd.jsonl", srv.dir);
	write_file(file, gegenereerd.data, gegenereerd.len);
	if (import_file(&srv, file, &out, &err) != 0)
		fail_msg("import failed: %s", buf_str(&err));
	snprintf(msg, sizeof(msg), "%d casussen geïmporteerd.\n", NCASUS);
	assert_string_equal(buf_str(&out), msg);
	export(&srv, &eerste_export);
	assert_int_equal(count_lines(&eerste_export), NCASUS + 1);   /* the version line, then the casussen */
	assert_memory_equal(eerste_export.data, "{\"uitwisselformaat\":\"doorbraak\",\"versie\":2}\n", 44);
	{   /* a shared leerpunt is in every casus that names it, with the same id */
		int keer = 0;

		for (const char *p = eerste_export.data; (p = strstr(p, "\"omschrijving\":\"Repatriering")) != NULL; p++)
			keer++;
		assert_true(keer >= 2);
	}

	/* the export into a second, empty database, and out again: the same bytes */
	assert_int_equal(server_start(&tweede, NULL), 0);
	snprintf(file, sizeof(file), "%s/export.jsonl", tweede.dir);
	write_file(file, eerste_export.data, eerste_export.len);
	buf_reset(&out);
	if (import_file(&tweede, file, &out, &err) != 0)
		fail_msg("re-import failed: %s", buf_str(&err));
	export(&tweede, &tweede_export);
	assert_int_equal(tweede_export.len, eerste_export.len);
	assert_memory_equal(tweede_export.data, eerste_export.data, eerste_export.len);
	assert_int_equal(server_stop(&tweede), 0);
	buf_free(&out);
	buf_free(&err);
	buf_free(&tweede_export);
}

static void
test_report_figures(void **state)
{
	json_t *r = report(&srv, 2024), *eigen;
	char *a, *b;
	(void)state;

	/* counted by the test while generating */
	assert_int_equal(jint(r, "jaar"), 2024);
	assert_int_equal(jint(r, "afgerond"), verwacht.afgerond2024);
	assert_int_equal(jint(r, "ingediend"), verwacht.ingediend2024);
	assert_int_equal(jint(r, "looptijd.binnen4Weken"), verwacht.binnen4);
	assert_int_equal(jint(r, "looptijd.langerDan20Weken"), verwacht.langer20);
	assert_int_equal(jint(r, "indienersGemeenteAangesloten"), verwacht.gemeente_aangesloten);
	assert_int_equal(jint(r, "leerpunten.totaal"), verwacht.leerpunten);
	assert_int_equal(jint(r, "leerpunten.nietBelegd"), verwacht.niet_belegd);
	assert_int_equal(jint(r, "leerpunten.beleggingen.pmm"), verwacht.pmm);
	assert_true(verwacht.afgerond2024 > 20 && verwacht.pmm > 0 && verwacht.niet_belegd > 0 && verwacht.gedeeld != 0);

	/* every figure: the database gives what the lines themselves say */
	eigen = rapport_van_regels(&gegenereerd, 2024, r);
	assert_non_null(json_object_get(r, "leerpuntenPerPartij"));
	{
		json_t *deel = regel_deel(r, eigen);

		json_decref(r);
		r = deel;
	}
	a = json_dumps(r, JSON_SORT_KEYS | JSON_COMPACT);
	b = json_dumps(eigen, JSON_SORT_KEYS | JSON_COMPACT);
	assert_string_equal(a, b);
	free(a);
	free(b);
	json_decref(eigen);
	json_decref(r);
	r = report(&srv, 2023);
	eigen = rapport_van_regels(&gegenereerd, 2023, r);
	{
		json_t *deel = regel_deel(r, eigen);

		json_decref(r);
		r = deel;
	}
	assert_true(json_equal(r, eigen));
	json_decref(eigen);
	json_decref(r);
}

static void
test_report_csv_and_usage(void **state)
{
	const char *csv[] = { "report", "--jaar", "2024", "--format", "csv", NULL };
	const char *html[] = { "report", "--jaar", "2024", "--format", "html", NULL };
	const char *geen_jaar[] = { "report", NULL };
	const char *slecht_jaar[] = { "report", "--jaar", "twintig", NULL };
	const char *import_leeg[] = { "import", NULL };
	const char *export_slecht[] = { "export", "--vanaf", "2024-02-30", NULL };
	const char *export_vanaf[] = { "export", "--vanaf", "2025-01-01", NULL };
	const char *onbekend[] = { "import", "/bestaat/niet.jsonl", NULL };
	struct buf out, err;
	char line[64];
	(void)state;

	buf_init(&out, 0);
	buf_init(&err, 0);
	assert_int_equal(run(&srv, csv, &out, &err), 0);
	/* one table per section, as on the Rapportage page: a Dutch label, this year, the year before */
	assert_int_equal(strncmp(buf_str(&out), "Overzicht,2024,2023\r\n", 21), 0);   /* RFC 4180 line ends */
	snprintf(line, sizeof(line), "\nAfgerond,%ld,", verwacht.afgerond2024);
	assert_non_null(strstr(buf_str(&out), line));
	assert_non_null(strstr(buf_str(&out), "\nFinanciën,"));
	assert_non_null(strstr(buf_str(&out), "\nBeleggingen: PMM zelf,"));
	assert_non_null(strstr(buf_str(&out), "\nmeer dan 20 weken,"));
	assert_null(strstr(buf_str(&out), "leefgebieden.financien"));   /* no internal keys (issue 11) */
	buf_reset(&out);
	buf_reset(&err);
	assert_int_equal(run(&srv, html, &out, &err), 0);
	assert_non_null(strstr(buf_str(&out), "<!DOCTYPE html>"));
	assert_non_null(strstr(buf_str(&out), "2024"));
	assert_int_equal(run(&srv, geen_jaar, NULL, &err), 2);
	assert_int_equal(run(&srv, slecht_jaar, NULL, &err), 2);
	buf_reset(&err);
	assert_int_equal(run(&srv, import_leeg, NULL, &err), 2);
	assert_non_null(strstr(buf_str(&err), "gebruik: doorbraak import"));
	assert_int_equal(run(&srv, export_slecht, NULL, NULL), 2);
	assert_int_equal(run(&srv, onbekend, NULL, NULL), 1);
	buf_reset(&out);
	assert_int_equal(run(&srv, export_vanaf, &out, NULL), 0);
	assert_true(count_lines(&out) > 0 && count_lines(&out) < NCASUS);
	assert_null(strstr(buf_str(&out), "\"ontvangenOp\":\"2024-"));
	buf_free(&out);
	buf_free(&err);
}

/* A file of 21 new casussen with `bad` as line 11. */
static void
with_bad_line(struct buf *b, const char *bad, size_t badlen)
{
	for (int i = 1; i <= 21; i++) {
		if (i == 11) {
			buf_append(b, bad, badlen);
			buf_putc(b, '\n');
			continue;
		}
		buf_printf(b, "{\"referentie\":\"PMM-2025-%04d\",\"ontvangenOp\":\"2025-02-%02d\",\"hulpvraag\":"
		    "\"Nieuw %d\"}\n", 8000 + i, i, i);
	}
}

static void
test_bad_line_changes_nothing(void **state)
{
	static const struct {
		const char *line, *field;
	} bad[] = {
		{ "{\"ontvangenOp\":\"2025-01-02\",\"hulpvraag\":\"x\",\"leefgebieden\":[\"wonen\",\"hobby\"]}",
		  "leefgebieden[1]" },
		{ "{\"ontvangenOp\":\"2025-01-02\",\"situatie\":\"geen vraag\"}", "hulpvraag" },
		{ "{\"ontvangenOp\":\"2025-01-02\",\"afgerondOp\":\"2025-01-01\",\"resultaat\":\"x\",\"hulpvraag\":\"x\"}",
		  "afgerondOp" },
		{ "{\"ontvangenOp\":\"2024-02-30\",\"hulpvraag\":\"x\"}", "ontvangenOp" },
		{ "{\"ontvangenOp\":\"2025-01-02\",\"hulpvraag\":\"ongeldig \xC3\x28 utf-8 \xFF\"}", "hulpvraag" },
		{ "{\"referentie\":\"PMM-2025-8003\",\"ontvangenOp\":\"2025-01-02\",\"hulpvraag\":\"dubbel in het bestand\"}",
		  "referentie" },
		{ "{\"ontvangenOp\":\"2025-01-02\",\"hulpvraag\":\"x\",\"leerpunten\":[{\"omschrijving\":\"x\","
		  "\"categorie\":\"ict\",\"orde\":4}]}", "leerpunten[0].orde" },
		{ "{\"ontvangenOp\":\"2025-01-02\",\"hulpvraag\":\"x\",\"leerpunten\":[{\"omschrijving\":\"x\","
		  "\"categorie\":\"ict\",\"orde\":1,\"beleggingen\":[{\"bij\":\"PMM\",\"status\":\"klaar\"}]}]}",
		  "leerpunten[0].beleggingen[0].status" },
		{ "{\"ontvangenOp\":\"2099-01-02\",\"hulpvraag\":\"in de toekomst\"}", "ontvangenOp" },
		{ "{\"ontvangenOp\":\"2025-01-02\",\"hulpvraag\":\"BSN 111222333\"}", "hulpvraag" },
		{ "niet eens JSON", NULL },
	};
	struct buf before, after, err, file;
	char path[400], want[64];
	(void)state;

	buf_init(&before, 0);
	export(&srv, &before);
	assert_true(before.len > 0);
	snprintf(path, sizeof(path), "%s/fout.jsonl", srv.dir);
	for (size_t k = 0; k < sizeof(bad) / sizeof(bad[0]); k++) {
		buf_init(&file, 0);
		buf_init(&err, 0);
		buf_init(&after, 0);
		with_bad_line(&file, bad[k].line, strlen(bad[k].line));
		write_file(path, file.data, file.len);
		if (import_file(&srv, path, NULL, &err) != 1)
			fail_msg("bad line %zu accepted", k);
		assert_non_null(strstr(buf_str(&err), "regel 11"));
		if (bad[k].field != NULL) {
			snprintf(want, sizeof(want), "regel 11, veld %s:", bad[k].field);
			if (strstr(buf_str(&err), want) == NULL)
				fail_msg("want '%s' in: %s", want, buf_str(&err));
		}
		assert_non_null(strstr(buf_str(&err), "niets geïmporteerd"));
		export(&srv, &after);
		assert_int_equal(after.len, before.len);
		assert_memory_equal(after.data, before.data, before.len);
		buf_free(&file);
		buf_free(&err);
		buf_free(&after);
	}

	/* a referentie that is already in the database */
	buf_init(&file, 0);
	buf_init(&err, 0);
	buf_init(&after, 0);
	{
		static const char dubbel[] =
		    "{\"referentie\":\"PMM-2024-5005\",\"ontvangenOp\":\"2024-01-02\",\"hulpvraag\":\"x\"}";

		with_bad_line(&file, dubbel, strlen(dubbel));
	}
	write_file(path, file.data, file.len);
	assert_int_equal(import_file(&srv, path, NULL, &err), 1);
	assert_non_null(strstr(buf_str(&err), "regel 11, veld referentie:"));
	export(&srv, &after);
	assert_memory_equal(after.data, before.data, before.len);
	buf_free(&file);
	buf_free(&err);
	buf_free(&after);
	buf_free(&before);
}

/* ---- the versions of the format (issue 11) ---------------------------------------------------------- */

/* Lines of b (without the version line) as JSON values, beleggingen' historie removed when strip. */
static json_t *
lines_json(const char *data, size_t len, bool strip)
{
	json_t *all = json_array();
	const char *p = data, *end = data + len;

	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t n = nl != NULL ? (size_t)(nl - p) : (size_t)(end - p);
		json_t *v = json_loadb(p, n, 0, NULL);

		assert_non_null(v);
		if (json_object_get(v, "uitwisselformaat") == NULL) {
			json_t *l;
			size_t i, k;

			json_array_foreach(json_object_get(v, "leerpunten"), i, l) {
				json_t *b;

				json_array_foreach(json_object_get(l, "beleggingen"), k, b)
					if (strip)
						json_object_del(b, "historie");
			}
			json_array_append(all, v);
		}
		json_decref(v);
		p += n + 1;
	}
	return all;
}

/*
 * What the reference data add to an organisation since the file was made: a code the old line did not carry
 * (migration 010 gave UWV, DUO, the IND and the FPL theirs). Removed from nieuw wherever oud lacks it.
 */
static void
zonder_nieuwe_codes(const json_t *oud, json_t *nieuw)
{
	const char *key;
	json_t *v;
	size_t i;

	if (json_is_object(nieuw)) {
		if (json_object_get(nieuw, "code") != NULL && json_object_get(oud, "code") == NULL &&
		    json_object_get(nieuw, "type") != NULL)
			json_object_del(nieuw, "code");
		json_object_foreach(nieuw, key, v)
			zonder_nieuwe_codes(json_object_get(oud, key), v);
	} else if (json_is_array(nieuw)) {
		json_array_foreach(nieuw, i, v)
			zonder_nieuwe_codes(json_array_get(oud, i), v);
	}
}

/*
 * A file doorbraak exported before the format had a version (committed unedited as a fixture) still imports,
 * and nothing in it is lost: exported again (now version 2), every casus is the one of the old file plus the
 * start of each belegging's history (and the codes the reference data now give some organisations).
 */
static void
test_oud_formaat(void **state)
{
	struct server_proc db;
	struct buf oud, out, err, nieuw;
	json_t *a, *b;
	(void)state;

	buf_init(&oud, 0);
	buf_init(&out, 0);
	buf_init(&err, 0);
	buf_init(&nieuw, 0);
	slurp("tests/integration/fixtures/export-v1.jsonl", &oud);
	assert_true(oud.len > 1000);
	assert_null(strstr(buf_str(&oud), "uitwisselformaat"));   /* really the old form */
	assert_int_equal(server_start(&db, NULL), 0);
	if (import_file(&db, "tests/integration/fixtures/export-v1.jsonl", &out, &err) != 0)
		fail_msg("the old file does not import: %s", buf_str(&err));
	assert_string_equal(buf_str(&out), "9 casussen geïmporteerd.\n");
	export(&db, &nieuw);
	assert_non_null(strstr(buf_str(&nieuw), "\"historie\":[{\"datum\":"));
	a = lines_json(oud.data, oud.len, false);
	b = lines_json(nieuw.data, nieuw.len, true);
	assert_int_equal(json_array_size(a), 9);
	assert_int_equal(json_array_size(b), 9);
	for (size_t i = 0; i < 9; i++) {
		zonder_nieuwe_codes(json_array_get(a, i), json_array_get(b, i));
		if (!json_equal(json_array_get(a, i), json_array_get(b, i))) {
			char *x = json_dumps(json_array_get(a, i), JSON_COMPACT), *y = json_dumps(json_array_get(b, i),
			    JSON_COMPACT);

			fail_msg("casus %zu differs:\n%s\n%s", i, x, y);
		}
	}
	json_decref(a);
	json_decref(b);
	assert_int_equal(server_stop(&db), 0);
	buf_free(&oud);
	buf_free(&out);
	buf_free(&err);
	buf_free(&nieuw);
}

/* A version-2 file with histories, tags, signals and system changes: export -> import -> export is identical. */
static const char v2[] =
    "{\"uitwisselformaat\":\"doorbraak\",\"versie\":2}\n"
    "{\"referentie\":\"PMM-2024-0100\",\"status\":\"afgerond\",\"ontvangenOp\":\"2024-02-01\",\"afgerondOp\":"
    "\"2024-03-15\",\"hulpvraag\":\"Wie betaalt?\",\"leefgebieden\":[\"financien\",\"woonland_ingezetenschap\"],"
    "\"beleidsterreinen\":[\"BZK\"],\"wetten\":[\"zvw\",\"brp\"],\"betrokkenOrganisaties\":[],\"knelpunten\":"
    "[{\"categorie\":\"wet_en_regelgeving\",\"omschrijving\":\"Inschrijving kan niet.\",\"soorten\":"
    "[\"vicieuze_cirkel\"]}],\"interventies\":[],\"maatwerk\":\"hardheidsclausule\",\"maatwerkToepassingen\":"
    "[{\"vorm\":\"hardheidsclausule\",\"wet\":\"wsf_2000\",\"artikel\":\"art. 11.3\"}],\"resultaat\":\"Opgelost.\","
    "\"leerpunten\":[{\"omschrijving\":\"BRP-inschrijving zonder adres.\",\"categorie\":\"wet_en_regelgeving\","
    "\"orde\":3,\"vraag\":false,\"alBekend\":false,\"terugkerend\":true,\"themas\":[\"brp\"],\"beleggingen\":"
    "[{\"bij\":{\"naam\":\"Ministerie van Binnenlandse Zaken en Koninkrijksrelaties\",\"type\":\"ministerie\","
    "\"code\":\"BZK\",\"aangeslotenSinds\":\"2019-01-01\"},\"status\":\"belegd\",\"historie\":[{\"datum\":"
    "\"2024-03-15\",\"status\":\"belegd\"},{\"datum\":\"2024-06-01\",\"status\":\"belegd\",\"notitie\":"
    "\"Doorgezet naar VRO.\"}],\"doorgezetNaar\":501,\"id\":500},{\"bij\":{\"naam\":\"Ministerie van "
    "Volkshuisvesting en Ruimtelijke Ordening\",\"type\":\"ministerie\",\"code\":\"VRO\",\"aangeslotenSinds\":"
    "\"2024-07-02\"},\"status\":\"opgevolgd\",\"historie\":[{\"datum\":\"2024-06-01\",\"status\":\"belegd\","
    "\"notitie\":\"Doorgezet vanuit BZK.\"},{\"datum\":\"2025-01-10\",\"status\":\"opgevolgd\",\"notitie\":"
    "\"ALO-kop ingevoerd.\",\"bron\":\"navraag\"}],\"id\":501}],\"id\":70}],\"urgentie\":\"normaal\","
    "\"letEscalatie\":false,\"buitenlandseComponent\":true,\"id\":40}\n"
    "{\"signaal\":{\"omschrijving\":\"Signaal van de Bestuurlijke Tafel.\",\"categorie\":\"samenwerking\",\"orde\":2,"
    "\"vraag\":false,\"alBekend\":false,\"terugkerend\":false,\"themas\":[],\"beleggingen\":[{\"bij\":\"PMM\","
    "\"status\":\"in_uitvoering\",\"pmmSoort\":\"monitoring_van_signalen\",\"historie\":[{\"datum\":\"2024-10-03\","
    "\"status\":\"in_uitvoering\"}],\"id\":502}],\"bron\":\"bestuurlijke_tafel\",\"bronReferentie\":"
    "\"Tafel 3 oktober 2024\",\"gesignaleerdOp\":\"2024-10-03\",\"koppelingen\":[{\"soort\":\"werk_aan_uitvoering\","
    "\"url\":\"https://example.org/wau\"}],\"id\":71}}\n"
    "{\"systeemwijziging\":{\"omschrijving\":\"ALO-kop in de BRP.\",\"soort\":\"registratie\",\"gerealiseerdOp\":"
    "\"2025-01-10\",\"door\":{\"naam\":\"Ministerie van Volkshuisvesting en Ruimtelijke Ordening\",\"type\":"
    "\"ministerie\",\"code\":\"VRO\",\"aangeslotenSinds\":\"2024-07-02\"},\"leerpunten\":[70,71],\"casussen\":"
    "[\"PMM-2024-0100\"],\"id\":3}}\n";

static void
test_versie_2_identiek(void **state)
{
	struct server_proc een, twee;
	struct buf out, err, e1, e2;
	char file[400];
	(void)state;

	buf_init(&out, 0);
	buf_init(&err, 0);
	buf_init(&e1, 0);
	buf_init(&e2, 0);
	assert_int_equal(server_start(&een, NULL), 0);
	snprintf(file, sizeof(file), "%s/v2.jsonl", een.dir);
	write_file(file, v2, strlen(v2));
	if (import_file(&een, file, &out, &err) != 0)
		fail_msg("import failed: %s", buf_str(&err));
	assert_string_equal(buf_str(&out), "1 casussen, 1 signalen zonder casus en 1 systeemwijzigingen geïmporteerd.\n");
	export(&een, &e1);
	if (strcmp(buf_str(&e1), v2) != 0)
		fail_msg("export differs from the file:\n%s", buf_str(&e1));
	assert_int_equal(server_start(&twee, NULL), 0);
	snprintf(file, sizeof(file), "%s/e1.jsonl", twee.dir);
	write_file(file, e1.data, e1.len);
	buf_reset(&out);
	assert_int_equal(import_file(&twee, file, &out, &err), 0);
	export(&twee, &e2);
	assert_string_equal(buf_str(&e2), buf_str(&e1));
	assert_int_equal(server_stop(&een), 0);
	assert_int_equal(server_stop(&twee), 0);
	buf_free(&out);
	buf_free(&err);
	buf_free(&e1);
	buf_free(&e2);
}

/* What a file of the versioned format may not do: each aborts the import, names the line, changes nothing. */
static void
test_versie_fouten(void **state)
{
	static const struct {
		const char *file, *want;
	} bad[] = {
		{ "{\"uitwisselformaat\":\"doorbraak\",\"versie\":3}\n", "regel 1, veld versie: Dit bestand heeft versie 3" },
		{ "{\"uitwisselformaat\":\"iets anders\",\"versie\":2}\n", "regel 1, veld uitwisselformaat:" },
		{ "{\"ontvangenOp\":\"2025-01-02\",\"hulpvraag\":\"x\"}\n{\"uitwisselformaat\":\"doorbraak\",\"versie\":2}\n",
		  "regel 2, veld uitwisselformaat:" },
		{ "{\"signaal\":{\"omschrijving\":\"x\",\"categorie\":\"ict\",\"orde\":1,\"bron\":\"let\","
		  "\"gesignaleerdOp\":\"2024-01-01\"}}\n", "regel 1, veld signaal: Signalen en systeemwijzigingen staan pas" },
		{ "{\"uitwisselformaat\":\"doorbraak\",\"versie\":2}\n{\"signaal\":{\"omschrijving\":\"x\",\"categorie\":"
		  "\"ict\",\"orde\":1,\"gesignaleerdOp\":\"2024-01-01\"}}\n", "regel 2, veld signaal.bron:" },
		{ "{\"uitwisselformaat\":\"doorbraak\",\"versie\":2}\n{\"signaal\":{\"omschrijving\":\"x\",\"categorie\":"
		  "\"ict\",\"orde\":1,\"bron\":\"let\"}}\n", "regel 2, veld signaal.gesignaleerdOp:" },
		{ "{\"uitwisselformaat\":\"doorbraak\",\"versie\":2}\n{\"systeemwijziging\":{\"omschrijving\":\"x\","
		  "\"soort\":\"handboek\",\"leerpunten\":[987654]}}\n", "regel 2, veld systeemwijziging.leerpunten[0]: Er is geen leerpunt" },
		{ "{\"uitwisselformaat\":\"doorbraak\",\"versie\":2}\n{\"systeemwijziging\":{\"omschrijving\":\"x\","
		  "\"soort\":\"wet\"}}\n", "regel 2, veld systeemwijziging.soort:" },
		{ "{\"uitwisselformaat\":\"doorbraak\",\"versie\":2}\n{\"ontvangenOp\":\"2025-01-02\",\"hulpvraag\":\"x\","
		  "\"leerpunten\":[{\"omschrijving\":\"x\",\"categorie\":\"ict\",\"orde\":1,\"beleggingen\":[{\"bij\":\"PMM\","
		  "\"status\":\"opgevolgd\",\"historie\":[{\"datum\":\"2025-01-02\",\"status\":\"belegd\"}]}]}]}\n",
		  "regel 2, veld leerpunten[0].beleggingen[0].status: De status van een belegging is die van de laatste regel" },
	};
	struct buf before, after, err;
	char path[400];
	(void)state;

	buf_init(&before, 0);
	export(&srv, &before);
	snprintf(path, sizeof(path), "%s/versie.jsonl", srv.dir);
	for (size_t k = 0; k < sizeof(bad) / sizeof(bad[0]); k++) {
		buf_init(&err, 0);
		buf_init(&after, 0);
		write_file(path, bad[k].file, strlen(bad[k].file));
		if (import_file(&srv, path, NULL, &err) != 1)
			fail_msg("bad file %zu accepted", k);
		if (strstr(buf_str(&err), bad[k].want) == NULL)
			fail_msg("want '%s' in: %s", bad[k].want, buf_str(&err));
		assert_non_null(strstr(buf_str(&err), "niets geïmporteerd"));
		export(&srv, &after);
		assert_int_equal(after.len, before.len);
		assert_memory_equal(after.data, before.data, before.len);
		buf_free(&err);
		buf_free(&after);
	}
	buf_free(&before);
}

static void
test_stdin_empty_lines_and_audit(void **state)
{
	const char *args[] = { "import", "-", NULL };
	const char *check[] = { "check", NULL };
	struct buf out;
	sqlite3 *db;
	sqlite3_stmt *s;
	int ok = 0, mislukt = 0;
	(void)state;

	buf_init(&out, 0);
	/* the line without referentie gets a number after the explicit one further down */
	assert_int_equal(server_cli(&srv, "\n{\"ontvangenOp\":\"2019-03-03\",\"hulpvraag\":\"Via stdin\"}\r\n\n   \n"
	    "{\"referentie\":\"PMM-2019-0001\",\"ontvangenOp\":\"2019-04-04\",\"hulpvraag\":\"Genummerd\"}\n",
	    &out, args), 0);
	assert_string_equal(buf_str(&out), "2 casussen geïmporteerd.\n");
	buf_reset(&out);
	export(&srv, &out);
	assert_non_null(strstr(buf_str(&out), "{\"referentie\":\"PMM-2019-0001\",\"status\":\"aangemeld\",\"ontvangenOp\":"
	    "\"2019-04-04\",\"hulpvraag\":\"Genummerd\""));
	assert_non_null(strstr(buf_str(&out), "{\"referentie\":\"PMM-2019-0002\",\"status\":\"aangemeld\",\"ontvangenOp\":"
	    "\"2019-03-03\",\"hulpvraag\":\"Via stdin\""));
	buf_reset(&out);
	assert_int_equal(server_cli(&srv, NULL, &out, check), 0);
	buf_free(&out);

	/* one row per import, with the file name and the count, never the content */
	assert_int_equal(sqlite3_open(srv.db, &db), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT object_id, uitkomst FROM audit WHERE actie = 'casus.import'",
	    -1, &s, NULL), SQLITE_OK);
	while (sqlite3_step(s) == SQLITE_ROW) {
		const char *oid = (const char *)sqlite3_column_text(s, 0);

		assert_null(strstr(oid, "Vraag"));
		if (strcmp((const char *)sqlite3_column_text(s, 1), "toegestaan") == 0) {
			ok++;
			assert_true(strstr(oid, "casussen") != NULL);
		} else
			mislukt++;
	}
	sqlite3_finalize(s);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT count(*) FROM audit WHERE actie = 'casus.export'", -1, &s, NULL),
	    SQLITE_OK);
	assert_int_equal(sqlite3_step(s), SQLITE_ROW);
	assert_true(sqlite3_column_int(s, 0) >= 3);
	sqlite3_finalize(s);
	sqlite3_close(db);
	assert_int_equal(ok, 2);   /* the generated file and stdin */
	assert_true(mislukt >= 12);
}

/* Import builds each casus's search row once, at the end (store_fts.c defers the rebuild per activiteit): every
   text of every casus is found afterwards, the first and the last timeline entry too, and nothing else is. */
static void
test_import_zoekindex(void **state)
{
	static const char lijnen[] =
	    "{\"referentie\":\"PMM-2018-0001\",\"ontvangenOp\":\"2018-02-01\",\"hulpvraag\":\"Vraag boomklever\","
	    "\"interventies\":[{\"type\":\"expert\",\"datum\":\"2018-02-02\",\"omschrijving\":\"Gebeld: goudvink\"},"
	    "{\"type\":\"netwerk\",\"datum\":\"2018-02-03\",\"omschrijving\":\"Gemaild: zwartkop\"},"
	    "{\"type\":\"gezag\",\"datum\":\"2018-02-04\",\"omschrijving\":\"Besproken: ijsvogel\"}]}\n"
	    "{\"referentie\":\"PMM-2018-0002\",\"ontvangenOp\":\"2018-03-01\",\"hulpvraag\":\"Vraag roodborst\","
	    "\"situatie\":\"Situatie grutto\",\"interventies\":[{\"type\":\"expert\",\"datum\":\"2018-03-02\","
	    "\"omschrijving\":\"Gebeld: kievit\"}]}\n";
	static const struct { const char *woord, *ref; } hits[] = {
		{ "boomklever", "PMM-2018-0001" }, { "goudvink", "PMM-2018-0001" }, { "zwartkop", "PMM-2018-0001" },
		{ "ijsvogel", "PMM-2018-0001" }, { "roodborst", "PMM-2018-0002" }, { "grutto", "PMM-2018-0002" },
		{ "kievit", "PMM-2018-0002" },
	};
	struct server_proc z;
	struct client c;
	struct buf out, err;
	char file[400], token[65], auth[100], path[120];
	const char *h[] = { auth, NULL };
	(void)state;

	assert_int_equal(server_start(&z, NULL), 0);
	buf_init(&out, 0);
	buf_init(&err, 0);
	snprintf(file, sizeof(file), "%s/vogels.jsonl", z.dir);
	write_file(file, lijnen, sizeof(lijnen) - 1);
	if (import_file(&z, file, &out, &err) != 0)
		fail_msg("import failed: %s", buf_str(&err));
	assert_int_equal(server_add_user(&z, "rita@import.example", "Rita Regie", "regievoerder", "wachtwoord-test"), 0);
	assert_int_equal(server_token(&z, "rita@import.example", token), 0);
	snprintf(auth, sizeof(auth), "Authorization: Bearer %s", token);
	client_init(&c, &z);
	for (size_t i = 0; i < sizeof(hits) / sizeof(hits[0]); i++) {
		struct resp r;

		snprintf(path, sizeof(path), "/api/v1/casussen?zoek=%s", hits[i].woord);
		assert_int_equal(client_req(&c, "GET", path, h, NULL, 0, &r), 0);
		assert_int_equal(r.status, 200);
		if (!resp_contains(&r, hits[i].ref) ||
		    resp_contains(&r, strcmp(hits[i].ref, "PMM-2018-0001") == 0 ? "PMM-2018-0002" : "PMM-2018-0001"))
			fail_msg("zoeken op %s: %s", hits[i].woord, buf_str(&r.body));
		resp_free(&r);
	}
	client_free(&c);
	buf_free(&out);
	buf_free(&err);
	assert_int_equal(server_stop(&z), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_import_export_roundtrip),
		cmocka_unit_test(test_import_zoekindex),
		cmocka_unit_test(test_report_figures),
		cmocka_unit_test(test_report_csv_and_usage),
		cmocka_unit_test(test_bad_line_changes_nothing),
		cmocka_unit_test(test_stdin_empty_lines_and_audit),
		cmocka_unit_test(test_oud_formaat),
		cmocka_unit_test(test_versie_2_identiek),
		cmocka_unit_test(test_versie_fouten),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
