/* render.c - the jaarrapportage as HTML chapters with sentences, charts and tables, and as CSV and XLSX. */
#include "app/rapport/render.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <xlsxwriter.h>

#include "core/codes.h"
#include "core/rapport.h"
#include "lib/date.h"
#include "lib/escape.h"
#include "store/casus/casus.h"
#include "web/tmpl.h"

/* ---- reading the figures ------------------------------------------------ */

/*
 * The value at a path of member names and array indexes ("looptijd.verdeling[0].aantal")
 * below o, or NULL. Member names may contain anything but '.' and '['.
 */
static json_t *
pad(json_t *o, const char *p)
{
	char naam[64];

	while (o != NULL && *p != '\0') {
		size_t n = strcspn(p, ".[");

		if (n > 0) {
			if (n >= sizeof naam)
				return NULL;
			memcpy(naam, p, n);
			naam[n] = '\0';
			o = json_object_get(o, naam);
			p += n;
		} else if (*p == '[') {
			char *eind;
			unsigned long i = strtoul(p + 1, &eind, 10);

			if (*eind != ']')
				return NULL;
			o = json_array_get(o, i);
			p = eind + 1;
		}
		if (*p == '.')
			p++;
	}
	return o;
}

/* An integer figure, 0 when absent (every member of rapport_jaar is present, so only NULL inputs hit this). */
static long
getal(json_t *o, const char *p)
{
	json_t *v = pad(o, p);

	if (json_is_integer(v))
		return (long)json_integer_value(v);
	if (json_is_real(v))
		return (long)json_real_value(v);
	return 0;
}

/* aantal of totaal in whole percents, rounded half up (as rapport_vergelijking does); 0 when totaal is 0. */
static long
procent(long aantal, long totaal)
{
	if (totaal <= 0)
		return 0;
	return (200 * aantal + totaal) / (2 * totaal);
}

static const char *
casus_woord(long n)
{
	return n == 1 ? "casus" : "casussen";
}

/* A number with a Dutch decimal comma: "37,5", "12". */
static char *
decimaal(struct arena *a, json_t *v)
{
	double d = json_is_real(v) ? json_real_value(v) : (double)json_integer_value(v);
	long long heel = (long long)d;

	if ((double)heel == d)
		return arena_printf(a, "%lld", heel);
	return arena_printf(a, "%lld,%d", heel, (int)((d - (double)heel) * 10 + 0.5));
}

/* s with its first (ASCII) letter in upper case and a full stop at the end. */
static char *
zin(struct arena *a, const char *s)
{
	char *z = arena_printf(a, "%s%s", s, s[0] != '\0' && s[strlen(s) - 1] == '.' ? "" : ".");

	z[0] = (char)toupper((unsigned char)z[0]);
	return z;
}

/* A label with its first (ASCII) letter in lower case, for use inside a sentence. */
static char *
klein(struct arena *a, const char *s)
{
	char *k = arena_strdup(a, s);

	if (k[0] != '\0' && !(k[1] != '\0' && isupper((unsigned char)k[1])))
		k[0] = (char)tolower((unsigned char)k[0]);
	return k;
}

/* ---- the labels the report uses besides codes.h ----------------------- */

static const char *const status_kort[OPVOLGING__MAX] = {
	[OPVOLGING_BELEGD] = "Belegd", [OPVOLGING_IN_VERKENNING] = "In verkenning",
	[OPVOLGING_IN_UITVOERING] = "In uitvoering", [OPVOLGING_OPGEVOLGD] = "Opgevolgd",
	[OPVOLGING_GEEN_OPVOLGING] = "Geen opvolging", [OPVOLGING_ONBEKEND] = "Onbekend",
};

static const char *const partij_label[PARTIJ__MAX] = {
	"Ministeries", "Gemeenten", "Landelijke publieke dienstverleners", "PMM zelf", "Overige partijen"
};

/* Short names of the ministries for the charts. */
static const char *const bt_kort[BELEIDSTERREIN__MAX] = {
	[BELEIDSTERREIN_VWS] = "VWS", [BELEIDSTERREIN_SZW] = "SZW", [BELEIDSTERREIN_JENV] = "JenV",
	[BELEIDSTERREIN_BZK] = "BZK", [BELEIDSTERREIN_OCW] = "OCW", [BELEIDSTERREIN_FIN] = "Financiën",
	[BELEIDSTERREIN_BUZA] = "BuZa", [BELEIDSTERREIN_AENM] = "A&M", [BELEIDSTERREIN_VRO] = "VRO",
};

static const char *const indiener_wat[INDIENER__MAX] = {
	[INDIENER_GEMEENTE] = "ingediend door een gemeente",
	[INDIENER_LANDELIJKE_PUBLIEKE_DIENSTVERLENER] = "ingediend door een landelijke publieke dienstverlener",
	[INDIENER_ZORGINSTELLING] = "ingediend door een zorginstelling",
	[INDIENER_OVERIG] = "ingediend door een overige partij (zoals een ander loket, een bewindvoerder of een mentor)",
};

static const char *const interventie_wat[INTERVENTIE__MAX] = {
	[INTERVENTIE_EXPERT] = "met een interventie vanuit de expertfunctie (doorvragen, meedenken, advies)",
	[INTERVENTIE_NETWERK] = "met een interventie vanuit de netwerkfunctie (doorverwijzen, partijen bij elkaar brengen)",
	[INTERVENTIE_GEZAG] = "waarin het Loket informeel gezag inzette",
	[INTERVENTIE_ESCALATIE] = "met een escalatie",
};

static const char *const looptijd_label[6] = {
	"t/m 4 weken", "5 t/m 8 weken", "9 t/m 12 weken", "13 t/m 16 weken", "17 t/m 20 weken",
	"meer dan 20 weken"
};

static const char *const aantal_lg_code[4] = { "0", "1", "2", "3+" };
static const char *const aantal_lg_label[4] = { "Geen leefgebied", "Eén leefgebied", "Twee leefgebieden",
	"Drie of meer leefgebieden" };

static const char *const orde_label[3] = {
	"Eerste orde (binnen bestaande kaders, casusniveau)",
	"Tweede orde (kaders aanpassen, organisatieniveau)",
	"Derde orde (het stelsel zelf, wetten)",
};

/* The data-quality lists of rapport_datakwaliteit, with what their absence means for the figures. */
static const struct {
	const char *key, *titel, *uitleg;
} kwaliteit_lijst[] = {
	{ "geenLeefgebied", "Geen leefgebied vastgelegd",
	  "Deze casussen tellen bij geen enkel leefgebied mee (wel bij ‘geen leefgebied’ in het aantal leefgebieden)." },
	{ "geenIndienerType", "Soort indiener onbekend",
	  "Deze casussen ontbreken in de figuur over indieners." },
	{ "geenInterventie", "Afgerond zonder vastgelegde interventie",
	  "Deze casussen tellen bij geen enkele soort interventie mee." },
	{ "geenBeleidsterrein", "Geen beleidsterrein vastgelegd",
	  "Deze casussen ontbreken in de figuur over beleidsterreinen." },
	{ "geenLooptijd", "Looptijd onbekend",
	  "Geen ontvangstdatum, of afgerond vóór de ontvangstdatum: deze casussen ontbreken in de figuren over de "
	  "looptijd." },
	{ "onbekendMinisterie", "Leerpunt belegd bij een onbekend ministerie",
	  "De belegging telt mee bij de ministeries, maar niet in de tabel per ministerie." },
};
#define NKWALITEIT (sizeof kwaliteit_lijst / sizeof kwaliteit_lijst[0])

/* ---- follow-up per party ------------------------------------------------ */

/* One party other than a ministerie, with its counts per status. */
struct partij_telling {
	const char *naam;
	enum rapport_partij soort;
	long status[OPVOLGING__MAX], totaal;
};

static int
cmp_partij(const void *pa, const void *pb)
{
	const struct partij_telling *a = pa, *b = pb;

	if (a->soort != b->soort)
		return (int)a->soort - (int)b->soort;
	return strcmp(a->naam, b->naam);
}

static json_t *
status_json(const long *st)
{
	json_t *o = json_object();

	for (int k = 0; k < OPVOLGING__MAX; k++)
		json_object_set_new(o, codes_opvolging_status.codes[k], json_integer(st[k]));
	return o;
}

json_t *
rapport_partijen(const struct casus *const *casussen, size_t n, int jaar)
{
	long min[BELEIDSTERREIN__MAX][OPVOLGING__MAX] = { { 0 } };
	struct partij_telling *p = NULL;
	size_t nlps, np = 0, pcap = 0;
	const struct leerpunt **lps = rapport_leerpunten(casussen, n, jaar, &nlps);
	json_t *o = json_object(), *mins = json_array(), *orgs = json_array();

	for (size_t i = 0; i < nlps; i++) {
		const struct leerpunt *lp = lps[i];

		for (size_t j = 0; j < lp->nbeleggingen; j++) {
			const struct belegging *b = &lp->beleggingen[j];
			enum rapport_partij soort = rapport_partij_van(b);
			int st = (int)b->status >= 0 && b->status < OPVOLGING__MAX ? (int)b->status : -1;
			const char *naam;
			size_t k;

			if (soort == PARTIJ_MINISTERIE) {
				int m = codelist_find_nocase(&codes_beleidsterrein, b->bij.code);

				if (m >= 0 && st >= 0)
					min[m][st]++;
				continue;
			}
			naam = soort == PARTIJ_PMM ? "PMM" : (b->bij.naam != NULL ? b->bij.naam : "(naam onbekend)");
			for (k = 0; k < np; k++)
				if (p[k].soort == soort && strcmp(p[k].naam, naam) == 0)
					break;
			if (k == np) {
				if (np == pcap) {
					pcap = pcap ? 2 * pcap : 16;
					p = xrealloc(p, pcap * sizeof *p);
				}
				memset(&p[np], 0, sizeof p[np]);
				p[np].naam = naam;
				p[np].soort = soort;
				np++;
			}
			p[k].totaal++;
			if (st >= 0)
				p[k].status[st]++;
		}
	}
	for (int m = 0; m < BELEIDSTERREIN__MAX; m++) {
		long totaal = 0;

		for (int k = 0; k < OPVOLGING__MAX; k++)
			totaal += min[m][k];
		json_array_append_new(mins, json_pack("{s:s,s:s,s:o,s:I}", "code", codes_beleidsterrein.codes[m],
		    "naam", ministerie_naam[m], "status", status_json(min[m]), "totaal", (json_int_t)totaal));
	}
	if (np > 0)
		qsort(p, np, sizeof *p, cmp_partij);
	for (size_t k = 0; k < np; k++)
		json_array_append_new(orgs, json_pack("{s:s,s:s,s:o,s:I}", "naam", p[k].naam, "soort",
		    rapport_partij_code[p[k].soort], "status", status_json(p[k].status), "totaal", (json_int_t)p[k].totaal));
	json_object_set_new(o, "jaar", json_integer(jaar));
	json_object_set_new(o, "ministeries", mins);
	json_object_set_new(o, "organisaties", orgs);
	free(p);
	free(lps);
	return o;
}

void
rapport_stukken_maak(struct rapport_stukken *s, const struct casus *const *casussen, size_t n, int jaar)
{
	memset(s, 0, sizeof *s);
	s->jaar = jaar;
	s->figuren = rapport_jaar(casussen, n, jaar);
	s->vorig = rapport_jaar(casussen, n, jaar - 1);
	s->kwaliteit = rapport_datakwaliteit(casussen, n, jaar);
	s->complexiteit = rapport_complexiteit(casussen, n, jaar);
	s->complexiteit_vorig = rapport_complexiteit(casussen, n, jaar - 1);
	s->partijen = rapport_partijen(casussen, n, jaar);
}

void
rapport_stukken_free(struct rapport_stukken *s)
{
	json_decref(s->figuren);
	json_decref(s->vorig);
	json_decref(s->kwaliteit);
	json_decref(s->complexiteit);
	json_decref(s->complexiteit_vorig);
	json_decref(s->partijen);
	memset(s, 0, sizeof *s);
}

/* ---- building the HTML context ------------------------------------------ */

struct bouw {
	struct arena *a;
	const struct rapport_stukken *s;
	json_t *f, *v;        /* figuren; vorig, or NULL when there is nothing to compare with */
	int jaar, vj;
	long afgerond;
	int figuur, hoofdstuk;
	bool links;
	json_t *hoofdstukken;
};

static const char *const hoofdstuk_lijsten[] = { "inleiding", "bevindingen", "figuren", "tabellen", "lijsten",
	"na" };
#define NLIJSTEN (sizeof hoofdstuk_lijsten / sizeof hoofdstuk_lijsten[0])

static json_t *
hoofdstuk(struct bouw *b, const char *id, const char *titel)
{
	json_t *h = json_pack("{s:s,s:i,s:s}", "id", id, "nummer", ++b->hoofdstuk, "titel", titel);

	for (size_t i = 0; i < NLIJSTEN; i++)
		json_object_set_new(h, hoofdstuk_lijsten[i], json_array());
	json_array_append_new(b->hoofdstukken, h);
	return h;
}

/* Appends text to the chapter's list (inleiding, bevindingen, na). */
static void
tekst(json_t *h, const char *lijst, const char *s)
{
	json_array_append_new(json_object_get(h, lijst), json_string(s));
}

/* The template tests "heeft_<lijst>" before opening a list element. */
static void
hoofdstukken_af(json_t *hs)
{
	size_t i;
	json_t *h;

	json_array_foreach(hs, i, h) {
		for (size_t k = 0; k < NLIJSTEN; k++) {
			char sleutel[32];

			snprintf(sleutel, sizeof sleutel, "heeft_%s", hoofdstuk_lijsten[k]);
			json_object_set_new(h, sleutel,
			    json_boolean(json_array_size(json_object_get(h, hoofdstuk_lijsten[k])) > 0));
		}
	}
}

/* A comparison sentence: "37% (38 van de 104) binnen vier weken, tegen 47% in 2023." */
static char *
vergelijk(struct bouw *b, const char *wat, long aantal, long totaal, long vorig_aantal, long vorig_totaal)
{
	if (b->v == NULL) {
		if (totaal > 0)
			return zin(b->a, arena_printf(b->a, "%ld%% (%ld van de %ld) %s", procent(aantal, totaal),
			    aantal, totaal, wat));
		return zin(b->a, arena_printf(b->a, "%s: geen casussen", wat));
	}
	return zin(b->a, rapport_vergelijking(b->a, wat, aantal, totaal, vorig_aantal, vorig_totaal, b->vj));
}

/* A chart (when any value is not zero) with its figure number and caption. */
static void
figuur(struct bouw *b, json_t *h, const char *titel, const char *bijschrift, const char *const *labels,
    const long *nu, const long *vorig, size_t n)
{
	bool iets = false;
	char *svg;

	for (size_t i = 0; i < n; i++)
		iets = iets || nu[i] != 0 || (vorig != NULL && vorig[i] != 0);
	if (!iets)
		return;
	svg = rapport_svg_staaf(b->a, titel, labels, nu, vorig, n, arena_printf(b->a, "%d", b->jaar),
	    arena_printf(b->a, "%d", b->vj));
	if (svg == NULL)
		return;
	/* svg_veilig: only ever a string from rapport_svg_staaf, which escapes all of its text. */
	json_array_append_new(json_object_get(h, "figuren"), json_pack("{s:i,s:s,s:s}", "nummer", ++b->figuur,
	    "bijschrift", bijschrift, "svg_veilig", svg));
}

/* A table: caption, column heads (the first heads the row headers), rows of cells. */
static json_t *
tabel(json_t *h, const char *caption, const char *kop0)
{
	json_t *t = json_pack("{s:s,s:[{s:s,s:b}],s:[]}", "caption", caption, "kop", "tekst", kop0, "getal", 0,
	    "rijen");
	char id[96];

	/* unique within the report: the chapter's id and the table's position in it */
	snprintf(id, sizeof id, "%s-tabel-%zu", json_string_value(json_object_get(h, "id")),
	    json_array_size(json_object_get(h, "tabellen")) + 1);
	json_object_set_new(t, "tabel_id", json_string(id));

	json_array_append_new(json_object_get(h, "tabellen"), t);
	return t;
}

static void
kolom(json_t *t, const char *kop, bool is_getal)
{
	json_array_append_new(json_object_get(t, "kop"), json_pack("{s:s,s:b}", "tekst", kop, "getal", is_getal));
}

static json_t *
rij(json_t *t, const char *kop)
{
	json_t *r = json_pack("{s:s,s:[]}", "kop", kop, "cellen");

	json_array_append_new(json_object_get(t, "rijen"), r);
	return r;
}

static void
cel(json_t *r, const char *tekst_, bool is_getal)
{
	json_array_append_new(json_object_get(r, "cellen"), json_pack("{s:s,s:b}", "tekst", tekst_, "getal",
	    is_getal));
}

static void
cel_getal(struct bouw *b, json_t *r, long v)
{
	cel(r, arena_printf(b->a, "%ld", v), true);
}

static void
cel_procent(struct bouw *b, json_t *r, long v, long totaal)
{
	cel(r, totaal > 0 ? arena_printf(b->a, "%ld%%", procent(v, totaal)) : "–", true);
}

/* The usual columns: aantal and aandeel this year, and the same for last year when compared. */
static json_t *
tabel_aantallen(struct bouw *b, json_t *h, const char *caption, const char *kop0)
{
	json_t *t = tabel(h, caption, kop0);

	kolom(t, arena_printf(b->a, "Aantal %d", b->jaar), true);
	kolom(t, arena_printf(b->a, "Aandeel %d", b->jaar), true);
	if (b->v != NULL) {
		kolom(t, arena_printf(b->a, "Aantal %d", b->vj), true);
		kolom(t, arena_printf(b->a, "Aandeel %d", b->vj), true);
	}
	return t;
}

static void
rij_aantallen(struct bouw *b, json_t *t, const char *kop, long nu, long totaal, long vorig, long vorig_totaal)
{
	json_t *r = rij(t, kop);

	cel_getal(b, r, nu);
	cel_procent(b, r, nu, totaal);
	if (b->v != NULL) {
		cel_getal(b, r, vorig);
		cel_procent(b, r, vorig, vorig_totaal);
	}
}

/* Indexes 0..n-1 ordered by v descending, ties in code order. */
static void
volgorde(const long *v, size_t n, size_t *idx)
{
	for (size_t i = 0; i < n; i++) {
		size_t j = i;

		while (j > 0 && v[idx[j - 1]] < v[i]) {
			idx[j] = idx[j - 1];
			j--;
		}
		idx[j] = i;
	}
}

/* The values of one classification object (every code present) in code order. */
static void
per_code(json_t *o, const char *lid, const struct codelist *l, long *uit)
{
	json_t *m = o != NULL ? json_object_get(o, lid) : NULL;

	for (int i = 0; i < l->n; i++)
		uit[i] = m != NULL ? (long)json_integer_value(json_object_get(m, l->codes[i])) : 0;
}

static const char *
lijst_tekst(struct arena *a, const char *const *delen, size_t n)
{
	const char *s = "";

	for (size_t i = 0; i < n; i++)
		s = arena_printf(a, "%s%s%s", s, i == 0 ? "" : i + 1 == n ? " en " : ", ", delen[i]);
	return s;
}

static void
h_samenvatting(struct bouw *b, json_t *inhoud)
{
	json_t *h = hoofdstuk(b, "rapport-bevindingen", "Belangrijke bevindingen");
	long lt = 0, vlt = 0;

	for (int i = 0; i < 6; i++) {
		lt += getal(b->f, arena_printf(b->a, "looptijd.verdeling[%d].aantal", i));
		vlt += getal(b->v, arena_printf(b->a, "looptijd.verdeling[%d].aantal", i));
	}
	tekst(h, "inleiding", arena_printf(b->a, "Deze rapportage beschrijft de casussen die het Landelijk "
	    "Maatwerkloket in %d heeft afgerond%s. Alle cijfers komen uit doorbraak en zijn op dezelfde manier "
	    "geteld; de verantwoording staat aan het eind.", b->jaar,
	    b->v != NULL ? arena_printf(b->a, ", met %d ter vergelijking", b->vj) : ""));
	tekst(h, "bevindingen", json_string_value(json_object_get(inhoud, "instroom")));
	if (lt > 0)
		tekst(h, "bevindingen", vergelijk(b, "is binnen acht weken afgerond", getal(b->f,
		    "looptijd.binnen8Weken"), lt, getal(b->v, "looptijd.binnen8Weken"), vlt));
	if (b->afgerond > 0) {
		long lg[LEEFGEBIED__MAX], vlg[LEEFGEBIED__MAX], bt[BELEIDSTERREIN__MAX], vbt[BELEIDSTERREIN__MAX];
		size_t i_lg[LEEFGEBIED__MAX], i_bt[BELEIDSTERREIN__MAX];
		long va = getal(b->v, "afgerond");

		tekst(h, "bevindingen", vergelijk(b, indiener_wat[INDIENER_GEMEENTE],
		    getal(b->f, "indieners.gemeente"), b->afgerond, getal(b->v, "indieners.gemeente"), va));
		per_code(b->f, "leefgebieden", &codes_leefgebied, lg);
		per_code(b->v, "leefgebieden", &codes_leefgebied, vlg);
		volgorde(lg, LEEFGEBIED__MAX, i_lg);
		if (lg[i_lg[0]] > 0)
			tekst(h, "bevindingen", vergelijk(b, arena_printf(b->a, "liep in ieder geval vast op het "
			    "leefgebied %s", klein(b->a, codes_leefgebied.labels[i_lg[0]])), lg[i_lg[0]], b->afgerond,
			    vlg[i_lg[0]], va));
		per_code(b->f, "beleidsterreinen", &codes_beleidsterrein, bt);
		per_code(b->v, "beleidsterreinen", &codes_beleidsterrein, vbt);
		volgorde(bt, BELEIDSTERREIN__MAX, i_bt);
		if (bt[i_bt[0]] > 0)
			tekst(h, "bevindingen", vergelijk(b, arena_printf(b->a, "raakt aan het beleidsterrein van %s",
			    bt_kort[i_bt[0]]), bt[i_bt[0]], b->afgerond, vbt[i_bt[0]], va));
	}
	if (getal(b->f, "leerpunten.totaal") > 0)
		tekst(h, "bevindingen", arena_printf(b->a, "Voor %ld van de %ld afgeronde casussen zijn in totaal %ld "
		    "leerpunten geformuleerd; zij zijn %ld keer belegd bij ministeries, %ld keer bij gemeenten en %ld "
		    "keer bij landelijke publieke dienstverleners.", getal(b->f, "leerpunten.casussenMetLeerpunten"),
		    b->afgerond, getal(b->f, "leerpunten.totaal"), getal(b->f, "leerpunten.beleggingen.ministerie"),
		    getal(b->f, "leerpunten.beleggingen.gemeente"),
		    getal(b->f, "leerpunten.beleggingen.landelijke_publieke_dienstverlener")));
	if (json_integer_value(json_object_get(inhoud, "onvolledig")) > 0)
		tekst(h, "bevindingen", arena_printf(b->a, "Bij %lld afgeronde %s ontbreekt iets wat een figuur nodig "
		    "heeft; het hoofdstuk Datakwaliteit noemt welke.",
		    (long long)json_integer_value(json_object_get(inhoud, "onvolledig")),
		    casus_woord((long)json_integer_value(json_object_get(inhoud, "onvolledig")))));
}

static char *
instroom_zin(struct bouw *b)
{
	long i = getal(b->f, "ingediend");
	char *s = arena_printf(b->a, "In %d %s %ld %s ingediend en %ld %s afgerond", b->jaar,
	    i == 1 ? "is" : "zijn", i, casus_woord(i), b->afgerond, casus_woord(b->afgerond));

	if (b->v != NULL)
		s = arena_printf(b->a, "%s (%d: %ld ingediend, %ld afgerond)", s, b->vj, getal(b->v, "ingediend"),
		    getal(b->v, "afgerond"));
	return zin(b->a, s);
}

static void
h_instroom(struct bouw *b)
{
	json_t *h = hoofdstuk(b, "rapport-instroom", "Instroom en afronding"), *t, *r;

	tekst(h, "inleiding", "We maken onderscheid tussen het aantal casussen dat professionals bij het Loket "
	    "indienden en het aantal casussen dat het Loket afrondde. Een casus die in een jaar is afgerond, kan in "
	    "een eerder jaar zijn ingediend. Alle andere cijfers in deze rapportage gaan over de afgeronde "
	    "casussen.");
	tekst(h, "bevindingen", instroom_zin(b));
	if (b->v != NULL) {
		long i = getal(b->f, "ingediend"), vi = getal(b->v, "ingediend"), va = getal(b->v, "afgerond");

		tekst(h, "bevindingen", zin(b->a, arena_printf(b->a, "Er zijn %s casussen ingediend dan in %d en "
		    "%s casussen afgerond", i > vi ? "meer" : i < vi ? "minder" : "evenveel", b->vj,
		    b->afgerond > va ? "meer" : b->afgerond < va ? "minder" : "evenveel")));
	}
	t = tabel(h, arena_printf(b->a, "Ingediende en afgeronde casussen%s", b->v != NULL ?
	    arena_printf(b->a, ", %d en %d", b->jaar, b->vj) : arena_printf(b->a, ", %d", b->jaar)), "Casussen");
	kolom(t, arena_printf(b->a, "%d", b->jaar), true);
	if (b->v != NULL)
		kolom(t, arena_printf(b->a, "%d", b->vj), true);
	r = rij(t, "Ingediend");
	cel_getal(b, r, getal(b->f, "ingediend"));
	if (b->v != NULL)
		cel_getal(b, r, getal(b->v, "ingediend"));
	r = rij(t, "Afgerond");
	cel_getal(b, r, b->afgerond);
	if (b->v != NULL)
		cel_getal(b, r, getal(b->v, "afgerond"));
}

static void
h_looptijd(struct bouw *b)
{
	json_t *h = hoofdstuk(b, "rapport-looptijd", "Looptijd van de casussen"), *t;
	long nu[6], vorig[6], lt = 0, vlt = 0;

	for (int i = 0; i < 6; i++) {
		nu[i] = getal(b->f, arena_printf(b->a, "looptijd.verdeling[%d].aantal", i));
		vorig[i] = getal(b->v, arena_printf(b->a, "looptijd.verdeling[%d].aantal", i));
		lt += nu[i];
		vlt += vorig[i];
	}
	tekst(h, "inleiding", "De looptijd van een casus begint bij het eerste contact met het Loket en stopt "
	    "wanneer de betrokkenheid van het Loket ophoudt. De monitoring daarna valt er niet onder.");
	tekst(h, "bevindingen", vergelijk(b, "binnen vier weken afgerond", getal(b->f, "looptijd.binnen4Weken"),
	    lt, getal(b->v, "looptijd.binnen4Weken"), vlt));
	tekst(h, "bevindingen", vergelijk(b, "binnen acht weken afgerond", getal(b->f, "looptijd.binnen8Weken"),
	    lt, getal(b->v, "looptijd.binnen8Weken"), vlt));
	tekst(h, "bevindingen", vergelijk(b, "liep langer dan twintig weken",
	    getal(b->f, "looptijd.langerDan20Weken"), lt, getal(b->v, "looptijd.langerDan20Weken"), vlt));
	if (lt > 0) {
		char *m = arena_printf(b->a, "De mediaan van de looptijd is %s dagen",
		    decimaal(b->a, pad(b->f, "looptijd.mediaanDagen")));

		if (b->v != NULL && vlt > 0)
			m = arena_printf(b->a, "%s, tegen %s dagen in %d", m,
			    decimaal(b->a, pad(b->v, "looptijd.mediaanDagen")), b->vj);
		tekst(h, "bevindingen", zin(b->a, m));
	}
	if (lt < b->afgerond)
		tekst(h, "na", arena_printf(b->a, "Van %ld afgeronde %s is de looptijd onbekend; die tellen in dit "
		    "hoofdstuk niet mee (zie Datakwaliteit).", b->afgerond - lt, casus_woord(b->afgerond - lt)));
	figuur(b, h, arena_printf(b->a, "Looptijd van afgeronde casussen in %d (aantal casussen)", b->jaar),
	    b->v != NULL ? arena_printf(b->a, "Looptijd van afgeronde casussen in %d, naast %d", b->jaar, b->vj)
			 : arena_printf(b->a, "Looptijd van afgeronde casussen in %d", b->jaar),
	    looptijd_label, nu, b->v != NULL ? vorig : NULL, 6);
	t = tabel_aantallen(b, h, "Looptijd van afgeronde casussen", "Looptijd");
	for (int i = 0; i < 6; i++)
		rij_aantallen(b, t, looptijd_label[i], nu[i], lt, vorig[i], vlt);
}

static void
h_indieners(struct bouw *b)
{
	json_t *h = hoofdstuk(b, "rapport-indieners", "Indieners van de casussen"), *t;
	long nu[INDIENER__MAX], vorig[INDIENER__MAX], va = getal(b->v, "afgerond");
	long g = getal(b->f, "indieners.gemeente"), ga = getal(b->f, "indienersGemeenteAangesloten");
	size_t idx[INDIENER__MAX];

	per_code(b->f, "indieners", &codes_indiener_type, nu);
	per_code(b->v, "indieners", &codes_indiener_type, vorig);
	volgorde(nu, INDIENER__MAX, idx);
	tekst(h, "inleiding", "Wie diende de casussen in die het Loket afrondde? Naast gemeenten zijn dat landelijke "
	    "publieke dienstverleners, zorginstellingen en overige partijen, zoals andere loketten, bewindvoerders "
	    "en mentoren.");
	for (int i = 0; i < INDIENER__MAX; i++)
		if (nu[idx[i]] > 0 || (b->v != NULL && vorig[idx[i]] > 0))
			tekst(h, "bevindingen", vergelijk(b, indiener_wat[idx[i]], nu[idx[i]], b->afgerond,
			    vorig[idx[i]], va));
	if (g > 0) {
		char *s = arena_printf(b->a, "Van de %ld afgeronde casussen van gemeenten kwamen er %ld (%ld%%) van een "
		    "gemeente die bij PMM was aangesloten", g, ga, procent(ga, g));

		if (b->v != NULL && getal(b->v, "indieners.gemeente") > 0)
			s = arena_printf(b->a, "%s, tegen %ld%% in %d", s, procent(getal(b->v,
			    "indienersGemeenteAangesloten"), getal(b->v, "indieners.gemeente")), b->vj);
		tekst(h, "bevindingen", zin(b->a, s));
	}
	figuur(b, h, arena_printf(b->a, "Indieners van afgeronde casussen in %d (aantal casussen)", b->jaar),
	    arena_printf(b->a, "Indieners van afgeronde casussen in %d%s", b->jaar,
	    b->v != NULL ? arena_printf(b->a, ", naast %d", b->vj) : ""),
	    codes_indiener_type.labels, nu, b->v != NULL ? vorig : NULL, INDIENER__MAX);
	t = tabel_aantallen(b, h, "Indieners van afgeronde casussen", "Indiener");
	for (int i = 0; i < INDIENER__MAX; i++)
		rij_aantallen(b, t, codes_indiener_type.labels[i], nu[i], b->afgerond, vorig[i], va);
	rij_aantallen(b, t, "waarvan een aangesloten gemeente", ga, b->afgerond,
	    getal(b->v, "indienersGemeenteAangesloten"), va);
}

static void
h_leefgebieden(struct bouw *b)
{
	json_t *h = hoofdstuk(b, "rapport-leefgebieden", "Leefgebieden van de casussen"), *t;
	long nu[LEEFGEBIED__MAX], vorig[LEEFGEBIED__MAX], va = getal(b->v, "afgerond"), an[4], av[4];
	const char *labels[LEEFGEBIED__MAX];
	long snu[LEEFGEBIED__MAX], svorig[LEEFGEBIED__MAX];
	size_t idx[LEEFGEBIED__MAX];

	per_code(b->f, "leefgebieden", &codes_leefgebied, nu);
	per_code(b->v, "leefgebieden", &codes_leefgebied, vorig);
	volgorde(nu, LEEFGEBIED__MAX, idx);
	for (int i = 0; i < 4; i++) {
		an[i] = getal(b->f, arena_printf(b->a, "aantalLeefgebieden.%s", aantal_lg_code[i]));
		av[i] = getal(b->v, arena_printf(b->a, "aantalLeefgebieden.%s", aantal_lg_code[i]));
	}
	tekst(h, "inleiding", "Per casus tellen we de leefgebieden waarop de professional vastliep en waarvoor hij "
	    "of zij het Loket inschakelde. Een casus kan op meer leefgebieden vastlopen; de aantallen tellen "
	    "daarom op tot meer dan het aantal casussen.");
	if (b->afgerond > 0) {
		tekst(h, "bevindingen", zin(b->a, arena_printf(b->a, "Bij %ld van de %ld casussen (%ld%%) liep de "
		    "professional vast op één leefgebied, bij %ld (%ld%%) op twee en bij %ld (%ld%%) op drie of meer",
		    an[1], b->afgerond, procent(an[1], b->afgerond), an[2], procent(an[2], b->afgerond), an[3],
		    procent(an[3], b->afgerond))));
		tekst(h, "bevindingen", vergelijk(b, "liep vast op drie of meer leefgebieden", an[3], b->afgerond,
		    av[3], va));
		for (int i = 0; i < 5 && nu[idx[i]] > 0; i++)
			tekst(h, "bevindingen", vergelijk(b, arena_printf(b->a, "liep vast op het leefgebied %s",
			    klein(b->a, codes_leefgebied.labels[idx[i]])), nu[idx[i]], b->afgerond, vorig[idx[i]], va));
	}
	if (an[0] > 0)
		tekst(h, "na", arena_printf(b->a, "Bij %ld afgeronde %s is geen leefgebied vastgelegd (zie "
		    "Datakwaliteit).", an[0], casus_woord(an[0])));
	for (size_t i = 0; i < LEEFGEBIED__MAX; i++) {
		labels[i] = codes_leefgebied.labels[idx[i]];
		snu[i] = nu[idx[i]];
		svorig[i] = vorig[idx[i]];
	}
	figuur(b, h, arena_printf(b->a, "Leefgebieden waarop professionals vastliepen, %d (aantal casussen)",
	    b->jaar), arena_printf(b->a, "Leefgebieden waarop professionals bij afgeronde casussen vastliepen, "
	    "%d%s", b->jaar, b->v != NULL ? arena_printf(b->a, ", naast %d", b->vj) : ""),
	    labels, snu, b->v != NULL ? svorig : NULL, LEEFGEBIED__MAX);
	t = tabel_aantallen(b, h, "Leefgebieden waarop professionals vastliepen", "Leefgebied");
	for (size_t i = 0; i < LEEFGEBIED__MAX; i++)
		rij_aantallen(b, t, labels[i], snu[i], b->afgerond, svorig[i], va);
	t = tabel_aantallen(b, h, "Aantal leefgebieden per casus", "Aantal leefgebieden");
	for (int i = 0; i < 4; i++)
		rij_aantallen(b, t, aantal_lg_label[i], an[i], b->afgerond, av[i], va);
}

static void
h_beleidsterreinen(struct bouw *b)
{
	json_t *h = hoofdstuk(b, "rapport-beleidsterreinen", "Beleidsterreinen waaronder de casussen vallen"), *t;
	long nu[BELEIDSTERREIN__MAX], vorig[BELEIDSTERREIN__MAX], alleen[BELEIDSTERREIN__MAX];
	long snu[BELEIDSTERREIN__MAX], svorig[BELEIDSTERREIN__MAX], va = getal(b->v, "afgerond");
	const char *labels[BELEIDSTERREIN__MAX];
	size_t idx[BELEIDSTERREIN__MAX];

	per_code(b->f, "beleidsterreinen", &codes_beleidsterrein, nu);
	per_code(b->v, "beleidsterreinen", &codes_beleidsterrein, vorig);
	per_code(b->f, "beleidsterreinenUitsluitend", &codes_beleidsterrein, alleen);
	volgorde(nu, BELEIDSTERREIN__MAX, idx);
	tekst(h, "inleiding", "De problemen waarop professionals vastlopen, raken aan de beleidsterreinen van een of "
	    "meer ministeries. Asiel en Migratie (A&M) en Volkshuisvesting en Ruimtelijke Ordening (VRO) tellen "
	    "hier apart; de jaarrapportage over 2024 rekende ze nog tot JenV en BZK.");
	for (int i = 0; i < BELEIDSTERREIN__MAX && nu[idx[i]] > 0; i++) {
		char *s = vergelijk(b, arena_printf(b->a, "raakt aan het beleidsterrein van %s", bt_kort[idx[i]]),
		    nu[idx[i]], b->afgerond, vorig[idx[i]], va);

		s[strlen(s) - 1] = '\0';   /* the full stop */
		tekst(h, "bevindingen", arena_printf(b->a, "%s; %ld daarvan %s uitsluitend onder dit beleidsterrein.",
		    s, alleen[idx[i]], alleen[idx[i]] == 1 ? "valt" : "vallen"));
	}
	for (size_t i = 0; i < BELEIDSTERREIN__MAX; i++) {
		labels[i] = bt_kort[idx[i]];
		snu[i] = nu[idx[i]];
		svorig[i] = vorig[idx[i]];
	}
	figuur(b, h, arena_printf(b->a, "Beleidsterreinen van afgeronde casussen, %d (aantal casussen)", b->jaar),
	    arena_printf(b->a, "Beleidsterreinen van ministeries waaronder de afgeronde casussen vallen, %d%s",
	    b->jaar, b->v != NULL ? arena_printf(b->a, ", naast %d", b->vj) : ""),
	    labels, snu, b->v != NULL ? svorig : NULL, BELEIDSTERREIN__MAX);
	t = tabel(h, "Beleidsterreinen waaronder de afgeronde casussen vallen", "Beleidsterrein");
	kolom(t, arena_printf(b->a, "Aantal %d", b->jaar), true);
	kolom(t, arena_printf(b->a, "Aandeel %d", b->jaar), true);
	kolom(t, "waarvan uitsluitend dit beleidsterrein", true);
	if (b->v != NULL) {
		kolom(t, arena_printf(b->a, "Aantal %d", b->vj), true);
		kolom(t, arena_printf(b->a, "Aandeel %d", b->vj), true);
	}
	for (size_t i = 0; i < BELEIDSTERREIN__MAX; i++) {
		json_t *r = rij(t, codes_beleidsterrein.labels[idx[i]]);

		cel_getal(b, r, nu[idx[i]]);
		cel_procent(b, r, nu[idx[i]], b->afgerond);
		cel_getal(b, r, alleen[idx[i]]);
		if (b->v != NULL) {
			cel_getal(b, r, vorig[idx[i]]);
			cel_procent(b, r, vorig[idx[i]], va);
		}
	}
}

static void
h_organisaties(struct bouw *b)
{
	json_t *h = hoofdstuk(b, "rapport-organisaties", "Betrokken organisaties"), *t;
	long nu[ORGTYPE__MAX], vorig[ORGTYPE__MAX], va = getal(b->v, "afgerond");
	size_t idx[ORGTYPE__MAX];

	per_code(b->f, "betrokkenOrganisaties", &codes_organisatie_type, nu);
	per_code(b->v, "betrokkenOrganisaties", &codes_organisatie_type, vorig);
	volgorde(nu, ORGTYPE__MAX, idx);
	tekst(h, "inleiding", "Naast de indiener en de ministeries kunnen andere organisaties bij een casus "
	    "betrokken zijn. We tellen per soort organisatie de casussen waarbij er minstens één betrokken was.");
	for (int i = 0; i < ORGTYPE__MAX && nu[idx[i]] > 0; i++)
		tekst(h, "bevindingen", vergelijk(b, arena_printf(b->a, "met een betrokken %s",
		    klein(b->a, codes_organisatie_type.labels[idx[i]])), nu[idx[i]], b->afgerond, vorig[idx[i]], va));
	t = tabel_aantallen(b, h, "Afgeronde casussen met een betrokken organisatie, naar soort", "Soort organisatie");
	for (size_t i = 0; i < ORGTYPE__MAX; i++)
		rij_aantallen(b, t, codes_organisatie_type.labels[idx[i]], nu[idx[i]], b->afgerond, vorig[idx[i]], va);
}

static void
h_interventies(struct bouw *b)
{
	json_t *h = hoofdstuk(b, "rapport-interventies", "Interventies en escalaties"), *t;
	long nu[INTERVENTIE__MAX], vorig[INTERVENTIE__MAX], va = getal(b->v, "afgerond");
	long let = getal(b->f, "escalatiesLet");
	char *s;

	per_code(b->f, "interventies", &codes_interventie_type, nu);
	per_code(b->v, "interventies", &codes_interventie_type, vorig);
	tekst(h, "inleiding", "Het Loket zet vier soorten interventies in: vanuit zijn expertfunctie, vanuit zijn "
	    "netwerkfunctie, door informeel gezag in te brengen en, als het echt niet anders kan, door te escaleren "
	    "naar het Landelijk Escalatie Team (LET). Een casus telt bij elke soort die er minstens één keer in "
	    "voorkwam.");
	for (int i = 0; i < INTERVENTIE__MAX; i++)
		tekst(h, "bevindingen", vergelijk(b, interventie_wat[i], nu[i], b->afgerond, vorig[i], va));
	if (let == 0)
		s = arena_printf(b->a, "Bij geen van de afgeronde casussen is geëscaleerd");
	else
		s = arena_printf(b->a, "Bij %ld afgeronde %s is geëscaleerd (een escalatie-interventie of het LET)",
		    let, casus_woord(let));
	if (b->v != NULL)
		s = arena_printf(b->a, "%s; in %d bij %ld", s, b->vj, getal(b->v, "escalatiesLet"));
	tekst(h, "bevindingen", zin(b->a, s));
	t = tabel_aantallen(b, h, "Afgeronde casussen per soort interventie", "Interventie");
	for (int i = 0; i < INTERVENTIE__MAX; i++)
		rij_aantallen(b, t, codes_interventie_type.labels[i], nu[i], b->afgerond, vorig[i], va);
	rij_aantallen(b, t, "Escalatie, in welke vorm ook (interventie of LET)", let, b->afgerond,
	    getal(b->v, "escalatiesLet"), va);
}

/* One status table row: the counts per status and the total. */
static void
rij_status(struct bouw *b, json_t *t, const char *kop, const char *soort, json_t *st, long totaal)
{
	json_t *r = rij(t, kop);

	if (soort != NULL)
		cel(r, soort, false);
	for (int k = 0; k < OPVOLGING__MAX; k++)
		cel_getal(b, r, (long)json_integer_value(json_object_get(st, codes_opvolging_status.codes[k])));
	cel_getal(b, r, totaal);
}

static json_t *
tabel_status(json_t *h, const char *caption, const char *kop0, bool met_soort)
{
	json_t *t = tabel(h, caption, kop0);

	if (met_soort)
		kolom(t, "Soort", false);
	for (int k = 0; k < OPVOLGING__MAX; k++)
		kolom(t, status_kort[k], true);
	kolom(t, "Totaal", true);
	return t;
}

static void
h_leerpunten(struct bouw *b)
{
	json_t *h = hoofdstuk(b, "rapport-leerpunten", "Leerpunten en hun opvolging"), *t, *p = b->s->partijen;
	long totaal = getal(b->f, "leerpunten.totaal"), nb = getal(b->f, "leerpunten.nietBelegd");
	long bel[PARTIJ__MAX], vbel[PARTIJ__MAX], som = 0, vsom = 0, st[OPVOLGING__MAX], vst[OPVOLGING__MAX];
	long vtotaal = getal(b->v, "leerpunten.totaal");
	const char *delen[PARTIJ__MAX];
	size_t ndelen = 0;

	for (int i = 0; i < PARTIJ__MAX; i++) {
		bel[i] = getal(b->f, arena_printf(b->a, "leerpunten.beleggingen.%s", rapport_partij_code[i]));
		vbel[i] = getal(b->v, arena_printf(b->a, "leerpunten.beleggingen.%s", rapport_partij_code[i]));
		som += bel[i];
		vsom += vbel[i];
	}
	for (int k = 0; k < OPVOLGING__MAX; k++) {
		st[k] = getal(b->f, arena_printf(b->a, "leerpunten.status.%s", codes_opvolging_status.codes[k]));
		vst[k] = getal(b->v, arena_printf(b->a, "leerpunten.status.%s", codes_opvolging_status.codes[k]));
	}
	tekst(h, "inleiding", "Een leerpunt is een inzicht uit een casus dat kan helpen vergelijkbare situaties "
	    "te voorkomen of sneller op te lossen. Het Loket belegt een leerpunt bij één of meer partijen; van elke "
	    "belegging volgen we de opvolging. Een leerpunt dat bij meer casussen hoort, telt één keer.");
	{
		char *s = arena_printf(b->a, "Voor %ld van de %ld afgeronde casussen zijn leerpunten geformuleerd, in "
		    "totaal %ld", getal(b->f, "leerpunten.casussenMetLeerpunten"), b->afgerond, totaal);

		if (b->v != NULL)
			s = arena_printf(b->a, "%s (%d: %ld leerpunten bij %ld casussen)", s, b->vj, vtotaal,
			    getal(b->v, "leerpunten.casussenMetLeerpunten"));
		tekst(h, "bevindingen", zin(b->a, s));
	}
	if (totaal > 0 && nb == 0)
		tekst(h, "bevindingen", "Alle leerpunten zijn bij een of meer partijen belegd.");
	else if (totaal > 0)
		tekst(h, "bevindingen", zin(b->a, arena_printf(b->a, "%ld van de %ld leerpunten %s niet belegd; PMM "
		    "volgt dan of het signaal terugkomt", nb, totaal, nb == 1 ? "is" : "zijn")));
	for (int i = 0; i < PARTIJ__MAX; i++)
		if (bel[i] > 0)
			delen[ndelen++] = arena_printf(b->a, "%ld bij %s", bel[i], klein(b->a, partij_label[i]));
	if (som > 0) {
		tekst(h, "bevindingen", zin(b->a, arena_printf(b->a, "De leerpunten zijn %ld keer belegd: %s", som,
		    lijst_tekst(b->a, delen, ndelen))));
		if (b->v != NULL && vsom == 0)
			tekst(h, "bevindingen", zin(b->a, arena_printf(b->a, "%ld%% (%ld van de %ld) van de beleggingen is "
			    "opgevolgd; in %d waren er geen beleggingen om mee te vergelijken",
			    procent(st[OPVOLGING_OPGEVOLGD], som), st[OPVOLGING_OPGEVOLGD], som, b->vj)));
		else
			tekst(h, "bevindingen", vergelijk(b, "van de beleggingen is opgevolgd", st[OPVOLGING_OPGEVOLGD],
			    som, vst[OPVOLGING_OPGEVOLGD], vsom));
		tekst(h, "bevindingen", zin(b->a, arena_printf(b->a, "Bij %ld %s loopt de opvolging nog (in verkenning "
		    "of in uitvoering), bij %ld is besloten tot geen opvolging en van %ld is de status onbekend",
		    st[OPVOLGING_IN_VERKENNING] + st[OPVOLGING_IN_UITVOERING],
		    st[OPVOLGING_IN_VERKENNING] + st[OPVOLGING_IN_UITVOERING] == 1 ? "belegging" : "beleggingen",
		    st[OPVOLGING_GEEN_OPVOLGING], st[OPVOLGING_ONBEKEND])));
	}

	t = tabel_aantallen(b, h, "Beleggingen van leerpunten naar soort partij", "Belegd bij");
	for (int i = 0; i < PARTIJ__MAX; i++)
		rij_aantallen(b, t, partij_label[i], bel[i], som, vbel[i], vsom);

	if (p != NULL) {
		json_t *m, *o;
		size_t i;
		long mt[OPVOLGING__MAX] = { 0 }, mtot = 0, rijen = 0;

		t = tabel_status(h, arena_printf(b->a, "Opvolging van de leerpunten per ministerie, %d", b->jaar),
		    "Ministerie", false);
		json_array_foreach(json_object_get(p, "ministeries"), i, m) {
			long tot = (long)json_integer_value(json_object_get(m, "totaal"));

			if (tot == 0)
				continue;
			rijen++;
			rij_status(b, t, json_string_value(json_object_get(m, "naam")), NULL,
			    json_object_get(m, "status"), tot);
			for (int k = 0; k < OPVOLGING__MAX; k++)
				mt[k] += (long)json_integer_value(json_object_get(json_object_get(m, "status"),
				    codes_opvolging_status.codes[k]));
			mtot += tot;
		}
		if (rijen == 0) {
			json_array_remove(json_object_get(h, "tabellen"), json_array_size(json_object_get(h, "tabellen")) - 1);
			tekst(h, "na", arena_printf(b->a, "In %d zijn geen leerpunten belegd bij een ministerie.", b->jaar));
		} else {
			json_t *r = rij(t, "Totaal");

			for (int k = 0; k < OPVOLGING__MAX; k++)
				cel_getal(b, r, mt[k]);
			cel_getal(b, r, mtot);
		}
		if (json_array_size(json_object_get(p, "organisaties")) > 0) {
			t = tabel_status(h, arena_printf(b->a, "Opvolging van de leerpunten per organisatie (andere "
			    "partijen dan ministeries), %d", b->jaar), "Organisatie", true);
			json_array_foreach(json_object_get(p, "organisaties"), i, o) {
				int soort = 0;

				while (soort < PARTIJ__MAX - 1 && strcmp(rapport_partij_code[soort],
				    json_string_value(json_object_get(o, "soort"))) != 0)
					soort++;
				rij_status(b, t, json_string_value(json_object_get(o, "naam")),
				    partij_label[soort], json_object_get(o, "status"),
				    (long)json_integer_value(json_object_get(o, "totaal")));
			}
		}
	} else {
		long nu[BELEIDSTERREIN__MAX], vorig[BELEIDSTERREIN__MAX];

		per_code(pad(b->f, "leerpunten"), "perMinisterie", &codes_beleidsterrein, nu);
		per_code(pad(b->v, "leerpunten"), "perMinisterie", &codes_beleidsterrein, vorig);
		t = tabel_aantallen(b, h, "Beleggingen bij ministeries", "Ministerie");
		for (int i = 0; i < BELEIDSTERREIN__MAX; i++)
			rij_aantallen(b, t, ministerie_naam[i], nu[i], bel[PARTIJ_MINISTERIE], vorig[i],
			    vbel[PARTIJ_MINISTERIE]);
	}

	t = tabel_aantallen(b, h, "Status van de opvolging, alle beleggingen", "Status");
	for (int k = 0; k < OPVOLGING__MAX; k++)
		rij_aantallen(b, t, codes_opvolging_status.labels[k], st[k], som, vst[k], vsom);
	{
		long nu[CATEGORIE__MAX], vorig[CATEGORIE__MAX];

		per_code(pad(b->f, "leerpunten"), "categorie", &codes_categorie, nu);
		per_code(pad(b->v, "leerpunten"), "categorie", &codes_categorie, vorig);
		t = tabel_aantallen(b, h, "Leerpunten naar categorie", "Categorie");
		for (int i = 0; i < CATEGORIE__MAX; i++)
			rij_aantallen(b, t, codes_categorie.labels[i], nu[i], totaal, vorig[i], vtotaal);
	}
	t = tabel_aantallen(b, h, "Leerpunten naar orde van leren", "Orde");
	for (int i = 0; i < 3; i++)
		rij_aantallen(b, t, orde_label[i], getal(b->f, arena_printf(b->a, "leerpunten.orde.%d", i + 1)), totaal,
		    getal(b->v, arena_printf(b->a, "leerpunten.orde.%d", i + 1)), vtotaal);
}

static void
h_complexiteit(struct bouw *b)
{
	json_t *h = hoofdstuk(b, "rapport-complexiteit", "Complexiteit"), *t, *c = b->s->complexiteit;
	json_t *cv = b->v != NULL ? b->s->complexiteit_vorig : NULL;
	long nu[8] = { 0 }, vorig[8] = { 0 }, totaal = 0, vtotaal = 0, hoog = 0, vhoog = 0;
	const char *labels[8];
	size_t n = json_array_size(json_object_get(c, "verdeling"));

	if (n > 8)
		n = 8;
	tekst(h, "inleiding", "Er bestaat geen eenduidige maat voor de complexiteit van een casus. doorbraak telt "
	    "daarom per casus een eenvoudige score die iedereen kan natellen: 1 punt voor elk leefgebied en elk "
	    "beleidsterrein na het eerste, 1 punt voor elke soort betrokken organisatie, 2 punten voor een "
	    "buitenlandse component en 1 punt per volle acht weken looptijd (hooguit 3). De score zegt iets over "
	    "hoeveel werelden in een casus samenkomen, niet over hoe zwaar de situatie voor de inwoner is.");
	for (size_t i = 0; i < n; i++) {
		json_t *e = json_array_get(json_object_get(c, "verdeling"), i), *tot = json_object_get(e, "totEnMet");
		long van = (long)json_integer_value(json_object_get(e, "van"));

		labels[i] = json_is_integer(tot) ? arena_printf(b->a, "%ld–%lld", van, (long long)json_integer_value(tot))
						 : arena_printf(b->a, "%ld of meer", van);
		nu[i] = (long)json_integer_value(json_object_get(e, "aantal"));
		vorig[i] = getal(cv, arena_printf(b->a, "verdeling[%zu].aantal", i));
		totaal += nu[i];
		vtotaal += vorig[i];
		if (van >= 7) {
			hoog += nu[i];
			vhoog += vorig[i];
		}
	}
	if (totaal > 0) {
		char *m = arena_printf(b->a, "De mediaan van de complexiteitsscore is %s",
		    decimaal(b->a, json_object_get(c, "mediaan")));

		if (cv != NULL && vtotaal > 0)
			m = arena_printf(b->a, "%s, tegen %s in %d", m, decimaal(b->a, json_object_get(cv, "mediaan")),
			    b->vj);
		tekst(h, "bevindingen", zin(b->a, m));
		tekst(h, "bevindingen", vergelijk(b, "heeft een score van 7 of hoger", hoog, totaal, vhoog, vtotaal));
	}
	if (c == NULL || n == 0)
		return;
	figuur(b, h, arena_printf(b->a, "Complexiteitsscore van afgeronde casussen, %d (aantal casussen)", b->jaar),
	    arena_printf(b->a, "Verdeling van de complexiteitsscore van afgeronde casussen, %d%s", b->jaar,
	    cv != NULL ? arena_printf(b->a, ", naast %d", b->vj) : ""), labels, nu, cv != NULL ? vorig : NULL, n);
	t = tabel_aantallen(b, h, "Complexiteitsscore van afgeronde casussen", "Score");
	for (size_t i = 0; i < n; i++)
		rij_aantallen(b, t, labels[i], nu[i], totaal, vorig[i], vtotaal);
}

/* How many distinct casussen the data-quality lists name. */
static long
onvolledig(json_t *k)
{
	json_t *gezien = json_object(), *l, *v;
	long n;
	size_t i;

	for (size_t j = 0; k != NULL && j < NKWALITEIT; j++) {
		l = json_object_get(k, kwaliteit_lijst[j].key);
		json_array_foreach(l, i, v)
			if (json_is_string(v))
				json_object_set_new(gezien, json_string_value(v), json_true());
	}
	n = (long)json_object_size(gezien);
	json_decref(gezien);
	return n;
}

static void
h_datakwaliteit(struct bouw *b)
{
	json_t *h = hoofdstuk(b, "rapport-datakwaliteit", "Datakwaliteit"), *k = b->s->kwaliteit;
	long leeg = 0;

	tekst(h, "inleiding", "Cijfers uit één database spreken elkaar niet tegen, maar kunnen wel onvolledig zijn. "
	    "Hieronder staan de afgeronde casussen waarbij iets ontbreekt wat een figuur nodig heeft. Zij tellen mee "
	    "in alle andere figuren; niets wordt stilzwijgend weggelaten.");
	for (size_t j = 0; j < NKWALITEIT; j++) {
		json_t *l = json_object_get(k, kwaliteit_lijst[j].key), *items = json_array(), *v;
		size_t i;
		int jr, vn;

		if (json_array_size(l) == 0) {
			json_decref(items);
			leeg++;
			continue;
		}
		json_array_foreach(l, i, v) {
			const char *ref = json_string_value(v);

			if (ref == NULL)
				continue;
			json_array_append_new(items, json_pack("{s:s,s:s}", "tekst", ref, "href",
			    b->links && referentie_parse(ref, &jr, &vn) ? arena_printf(b->a, "/casussen/%s", ref) : ""));
		}
		json_array_append_new(json_object_get(h, "lijsten"), json_pack("{s:s,s:s,s:o}", "titel",
		    arena_printf(b->a, "%s (%zu)", kwaliteit_lijst[j].titel, json_array_size(l)), "uitleg",
		    kwaliteit_lijst[j].uitleg, "items", items));
	}
	if (k == NULL)
		tekst(h, "na", "Voor deze rapportage is de datakwaliteit niet nagegaan.");
	else if (leeg == (long)NKWALITEIT)
		tekst(h, "na", arena_printf(b->a, "Bij alle %ld afgeronde %s is vastgelegd wat de figuren nodig hebben.",
		    b->afgerond, casus_woord(b->afgerond)));
}

static void
h_verantwoording(struct bouw *b)
{
	json_t *h = hoofdstuk(b, "rapport-verantwoording", "Verantwoording");

	tekst(h, "inleiding", arena_printf(b->a, "Alle cijfers tellen de casussen die in %d zijn afgerond (de datum "
	    "van afronding valt in %d), behalve het aantal ingediende casussen: dat telt de casussen die in %d zijn "
	    "ontvangen. Concepten die nooit zijn ingediend, tellen niet mee.", b->jaar, b->jaar, b->jaar));
	tekst(h, "inleiding", "De looptijd is het aantal dagen van ontvangst tot afronding. Binnen vier weken is "
	    "ten hoogste 28 dagen, binnen acht weken ten hoogste 56 dagen (inclusief de casussen binnen vier weken), "
	    "langer dan twintig weken is meer dan 140 dagen.");
	tekst(h, "inleiding", "De leerpunten zijn die van de afgeronde casussen. Een leerpunt dat bij meer casussen "
	    "hoort, telt één keer; een leerpunt dat bij meer partijen is belegd, telt bij elk van die partijen. De "
	    "status van de opvolging is de huidige status van elke belegging.");
	tekst(h, "inleiding", "Percentages zijn afgerond op hele procenten (half naar boven). Dezelfde cijfers zijn "
	    "als CSV en als Excel-bestand te downloaden.");
}

json_t *
rapport_context(const struct rapport_stukken *s, bool links)
{
	struct bouw b = { 0 };
	json_t *ctx = json_object(), *v = s->vorig;

	b.a = arena_new();
	b.s = s;
	b.f = s->figuren;
	b.jaar = s->jaar;
	b.vj = s->jaar - 1;
	b.links = links;
	b.afgerond = getal(b.f, "afgerond");
	b.v = v != NULL && (getal(v, "afgerond") > 0 || getal(v, "ingediend") > 0) ? v : NULL;
	b.hoofdstukken = json_array();

	json_object_set_new(ctx, "jaar", json_integer(s->jaar));
	json_object_set_new(ctx, "vorig_jaar", json_integer(b.vj));
	json_object_set_new(ctx, "vergelijking", json_boolean(b.v != NULL));
	json_object_set_new(ctx, "leeg", json_boolean(b.afgerond == 0 && getal(b.f, "ingediend") == 0));
	json_object_set_new(ctx, "afgerond", json_integer(b.afgerond));
	json_object_set_new(ctx, "instroom", json_string(instroom_zin(&b)));
	json_object_set_new(ctx, "onvolledig", json_integer(onvolledig(s->kwaliteit)));

	h_samenvatting(&b, ctx);
	h_instroom(&b);
	h_looptijd(&b);
	h_indieners(&b);
	h_leefgebieden(&b);
	h_beleidsterreinen(&b);
	h_organisaties(&b);
	h_interventies(&b);
	h_leerpunten(&b);
	h_complexiteit(&b);
	if (s->kwaliteit != NULL)
		h_datakwaliteit(&b);
	h_verantwoording(&b);
	hoofdstukken_af(b.hoofdstukken);
	json_object_set_new(ctx, "hoofdstukken", b.hoofdstukken);
	arena_free(b.a);
	return ctx;
}

int
rapport_html(struct buf *out, const struct rapport_stukken *s, bool standalone)
{
	json_t *ctx;
	int rc;

	if (s == NULL || s->figuren == NULL)
		return -1;
	ctx = rapport_context(s, false);
	rc = tmpl_render(out, standalone ? "rapport/document" : "rapport/rapport", ctx);
	json_decref(ctx);
	return rc != 0 || out->toobig ? -1 : 0;
}

/* ---- the export tables (CSV and XLSX) ------------------------------------ */

/*
 * A table for export: {"naam", "kop": [strings], "rijen": [[cells]]}, a cell a
 * string (text), an integer or real (figure), or null (empty).
 */
static json_t *
exp_tabel(json_t *tabellen, const char *naam, const char *const *kop, size_t nkop)
{
	json_t *t = json_pack("{s:s,s:[],s:[]}", "naam", naam, "kop", "rijen");

	for (size_t i = 0; i < nkop; i++)
		json_array_append_new(json_object_get(t, "kop"), json_string(kop[i]));
	json_array_append_new(tabellen, t);
	return t;
}

/* The figure at code in nu and vorig: "<label>,<code>,<nu>[,<vorig>]". */
static void
exp_figuur(json_t *t, const char *label, const char *code, json_t *nu, json_t *vorig, bool met_vorig)
{
	json_t *r = json_array(), *v;

	json_array_append_new(r, json_string(label));
	json_array_append_new(r, json_string(code));
	v = pad(nu, code);
	json_array_append_new(r, json_is_number(v) ? json_copy(v) : json_null());
	if (met_vorig) {
		v = pad(vorig, code);
		json_array_append_new(r, json_is_number(v) ? json_copy(v) : json_null());
	}
	json_array_append_new(json_object_get(t, "rijen"), r);
}

static json_t *
exp_figuren_tabel(json_t *tabellen, const char *naam, int jaar, bool met_vorig)
{
	char nu[16], vorig[16];
	const char *kop[4] = { naam, "Code", nu, vorig };

	snprintf(nu, sizeof nu, "%d", jaar);
	snprintf(vorig, sizeof vorig, "%d", jaar - 1);
	return exp_tabel(tabellen, naam, kop, met_vorig ? 4 : 3);
}

static void
exp_codelijst(struct arena *a, json_t *t, const char *lid, const struct codelist *l, const char *achtervoegsel,
    json_t *f, json_t *v, bool mv)
{
	for (int i = 0; i < l->n; i++)
		exp_figuur(t, arena_printf(a, "%s%s", l->labels[i], achtervoegsel),
		    arena_printf(a, "%s.%s", lid, l->codes[i]), f, v, mv);
}

static json_t *
exp_tabellen(const struct rapport_stukken *s)
{
	struct arena *a = arena_new();
	json_t *ts = json_array(), *t, *f = s->figuren, *v = s->vorig;
	bool mv = v != NULL;
	int j = s->jaar;

	t = exp_figuren_tabel(ts, "Overzicht", j, mv);
	exp_figuur(t, "Ingediend", "ingediend", f, v, mv);
	exp_figuur(t, "Afgerond", "afgerond", f, v, mv);

	t = exp_figuren_tabel(ts, "Looptijd", j, mv);
	for (int i = 0; i < 6; i++)
		exp_figuur(t, looptijd_label[i], arena_printf(a, "looptijd.verdeling[%d].aantal", i), f, v, mv);
	exp_figuur(t, "Binnen 4 weken", "looptijd.binnen4Weken", f, v, mv);
	exp_figuur(t, "Binnen 8 weken", "looptijd.binnen8Weken", f, v, mv);
	exp_figuur(t, "Langer dan 20 weken", "looptijd.langerDan20Weken", f, v, mv);
	exp_figuur(t, "Mediaan (dagen)", "looptijd.mediaanDagen", f, v, mv);

	t = exp_figuren_tabel(ts, "Indieners", j, mv);
	exp_codelijst(a, t, "indieners", &codes_indiener_type, "", f, v, mv);
	exp_figuur(t, "Gemeente, aangesloten bij PMM", "indienersGemeenteAangesloten", f, v, mv);

	t = exp_figuren_tabel(ts, "Leefgebieden", j, mv);
	exp_codelijst(a, t, "leefgebieden", &codes_leefgebied, "", f, v, mv);
	for (int i = 0; i < 4; i++)
		exp_figuur(t, aantal_lg_label[i], arena_printf(a, "aantalLeefgebieden.%s", aantal_lg_code[i]), f, v, mv);

	t = exp_figuren_tabel(ts, "Beleidsterreinen", j, mv);
	exp_codelijst(a, t, "beleidsterreinen", &codes_beleidsterrein, "", f, v, mv);
	exp_codelijst(a, t, "beleidsterreinenUitsluitend", &codes_beleidsterrein, ", uitsluitend", f, v, mv);

	t = exp_figuren_tabel(ts, "Organisaties", j, mv);
	exp_codelijst(a, t, "betrokkenOrganisaties", &codes_organisatie_type, "", f, v, mv);

	t = exp_figuren_tabel(ts, "Interventies", j, mv);
	exp_codelijst(a, t, "interventies", &codes_interventie_type, "", f, v, mv);
	exp_figuur(t, "Escalatie (interventie of LET)", "escalatiesLet", f, v, mv);

	t = exp_figuren_tabel(ts, "Leerpunten", j, mv);
	exp_figuur(t, "Casussen met leerpunten", "leerpunten.casussenMetLeerpunten", f, v, mv);
	exp_figuur(t, "Leerpunten", "leerpunten.totaal", f, v, mv);
	exp_figuur(t, "Niet belegd", "leerpunten.nietBelegd", f, v, mv);
	for (int i = 0; i < PARTIJ__MAX; i++)
		exp_figuur(t, arena_printf(a, "Beleggingen: %s", klein(a, partij_label[i])),
		    arena_printf(a, "leerpunten.beleggingen.%s", rapport_partij_code[i]), f, v, mv);
	for (int i = 0; i < BELEIDSTERREIN__MAX; i++)
		exp_figuur(t, arena_printf(a, "Beleggingen: %s", ministerie_naam[i]),
		    arena_printf(a, "leerpunten.perMinisterie.%s", codes_beleidsterrein.codes[i]), f, v, mv);
	exp_codelijst(a, t, "leerpunten.categorie", &codes_categorie, " (categorie)", f, v, mv);
	for (int i = 0; i < 3; i++)
		exp_figuur(t, orde_label[i], arena_printf(a, "leerpunten.orde.%d", i + 1), f, v, mv);
	exp_codelijst(a, t, "leerpunten.status", &codes_opvolging_status, " (status)", f, v, mv);

	if (s->partijen != NULL) {
		const char *kop[3 + OPVOLGING__MAX];
		json_t *m;
		size_t i;

		kop[0] = "Opvolging";
		kop[1] = "Soort";
		for (int k = 0; k < OPVOLGING__MAX; k++)
			kop[2 + k] = status_kort[k];
		kop[2 + OPVOLGING__MAX] = "Totaal";
		t = exp_tabel(ts, "Opvolging", kop, 3 + OPVOLGING__MAX);
		for (int w = 0; w < 2; w++)
			json_array_foreach(json_object_get(s->partijen, w == 0 ? "ministeries" : "organisaties"), i, m) {
				json_t *r = json_array();

				json_array_append_new(r, json_copy(json_object_get(m, "naam")));
				json_array_append_new(r, json_string(w == 0 ? "ministerie" :
				    json_string_value(json_object_get(m, "soort"))));
				for (int k = 0; k < OPVOLGING__MAX; k++)
					json_array_append_new(r, json_copy(json_object_get(json_object_get(m, "status"),
					    codes_opvolging_status.codes[k])));
				json_array_append_new(r, json_copy(json_object_get(m, "totaal")));
				json_array_append_new(json_object_get(t, "rijen"), r);
			}
	}

	if (s->complexiteit != NULL) {
		json_t *cv = s->complexiteit_vorig, *e;
		size_t i;

		t = exp_figuren_tabel(ts, "Complexiteit", j, cv != NULL);
		json_array_foreach(json_object_get(s->complexiteit, "verdeling"), i, e) {
			json_t *tot = json_object_get(e, "totEnMet");
			long van = (long)json_integer_value(json_object_get(e, "van"));

			exp_figuur(t, json_is_integer(tot) ? arena_printf(a, "Score %ld–%lld", van,
			    (long long)json_integer_value(tot)) : arena_printf(a, "Score %ld of meer", van),
			    arena_printf(a, "verdeling[%zu].aantal", i), s->complexiteit, cv, cv != NULL);
		}
		exp_figuur(t, "Mediaan", "mediaan", s->complexiteit, cv, cv != NULL);
	}

	if (s->kwaliteit != NULL) {
		static const char *const kop[3] = { "Datakwaliteit", "Code", "Referentie" };

		t = exp_tabel(ts, "Datakwaliteit", kop, 3);
		for (size_t k = 0; k < NKWALITEIT; k++) {
			json_t *ref;
			size_t i;

			json_array_foreach(json_object_get(s->kwaliteit, kwaliteit_lijst[k].key), i, ref)
				json_array_append_new(json_object_get(t, "rijen"), json_pack("[s,s,O]",
				    kwaliteit_lijst[k].titel, kwaliteit_lijst[k].key, ref));
		}
	}
	arena_free(a);
	return ts;
}

static int
csv_cel(struct buf *out, json_t *v)
{
	if (json_is_string(v))
		return escape_csv(out, json_string_value(v));
	if (json_is_integer(v))
		return buf_printf(out, "%lld", (long long)json_integer_value(v));
	if (json_is_real(v))
		return buf_printf(out, "%.1f", json_real_value(v));
	return 0;
}

int
rapport_csv(struct buf *out, const struct rapport_stukken *s)
{
	json_t *ts, *t, *r, *v;
	size_t i, k, c;
	int rc = 0;

	if (s == NULL || s->figuren == NULL)
		return -1;
	ts = exp_tabellen(s);
	json_array_foreach(ts, i, t) {
		if (i > 0)
			rc |= buf_puts(out, "\r\n");
		json_array_foreach(json_object_get(t, "kop"), c, v) {
			rc |= c > 0 ? buf_putc(out, ',') : 0;
			rc |= csv_cel(out, v);
		}
		rc |= buf_puts(out, "\r\n");
		json_array_foreach(json_object_get(t, "rijen"), k, r) {
			json_array_foreach(r, c, v) {
				rc |= c > 0 ? buf_putc(out, ',') : 0;
				rc |= csv_cel(out, v);
			}
			rc |= buf_puts(out, "\r\n");
		}
	}
	json_decref(ts);
	return rc != 0 || out->toobig ? -1 : 0;
}

/* Characters (not bytes) of a UTF-8 string, for column widths. */
static size_t
tekens(const char *s)
{
	size_t k = 0;

	for (; *s; s++)
		k += ((unsigned char)*s & 0xC0) != 0x80;
	return k;
}

static lxw_error
xlsx_cel(struct arena *a, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, json_t *v, lxw_format *fmt)
{
	if (json_is_string(v)) {
		const char *s = json_string_value(v);

		if (escape_is_formula(s))
			s = arena_printf(a, "'%s", s);
		return worksheet_write_string(ws, r, c, s, fmt);
	}
	if (json_is_number(v))
		return worksheet_write_number(ws, r, c, json_number_value(v), fmt);
	return LXW_NO_ERROR;
}

int
rapport_xlsx(const char *path, const struct rapport_stukken *s)
{
	lxw_workbook *wb;
	lxw_format *vet;
	struct arena *a;
	json_t *ts, *t, *r, *v;
	size_t i, k, c;
	lxw_error err = LXW_NO_ERROR;

	if (s == NULL || s->figuren == NULL || (wb = workbook_new(path)) == NULL)
		return -1;
	a = arena_new();
	vet = workbook_add_format(wb);
	format_set_bold(vet);
	ts = exp_tabellen(s);
	json_array_foreach(ts, i, t) {
		lxw_worksheet *ws = workbook_add_worksheet(wb, json_string_value(json_object_get(t, "naam")));
		size_t breedte[16] = { 0 };

		if (ws == NULL) {
			err = LXW_ERROR_MEMORY_MALLOC_FAILED;
			break;
		}
		json_array_foreach(json_object_get(t, "kop"), c, v) {
			err |= xlsx_cel(a, ws, 0, (lxw_col_t)c, v, vet);
			if (c < 16)
				breedte[c] = tekens(json_string_value(v));
		}
		json_array_foreach(json_object_get(t, "rijen"), k, r)
			json_array_foreach(r, c, v) {
				err |= xlsx_cel(a, ws, (lxw_row_t)(k + 1), (lxw_col_t)c, v, NULL);
				if (c < 16 && json_is_string(v) && tekens(json_string_value(v)) > breedte[c])
					breedte[c] = tekens(json_string_value(v));
			}
		for (c = 0; c < json_array_size(json_object_get(t, "kop")) && c < 16; c++)
			worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c,
			    (double)(breedte[c] < 8 ? 10 : breedte[c] > 70 ? 72 : breedte[c] + 2), NULL);
		worksheet_freeze_panes(ws, 1, 0);
	}
	json_decref(ts);
	arena_free(a);
	if (workbook_close(wb) != LXW_NO_ERROR || err != LXW_NO_ERROR) {
		unlink(path);
		return -1;
	}
	return 0;
}

int
rapport_xlsx_buf(struct buf *out, const struct rapport_stukken *s)
{
	const char *dir = getenv("TMPDIR");
	char path[512], blok[8192];
	FILE *f;
	size_t n;
	int fd, rc = 0;

	if (dir == NULL || dir[0] == '\0')
		dir = "/tmp";
	if ((size_t)snprintf(path, sizeof path, "%s/doorbraak-rapport-XXXXXX.xlsx", dir) >= sizeof path)
		return -1;
	if ((fd = mkstemps(path, 5)) < 0)
		return -1;
	close(fd);
	if (rapport_xlsx(path, s) != 0) {
		unlink(path);
		return -1;
	}
	if ((f = fopen(path, "rb")) == NULL) {
		unlink(path);
		return -1;
	}
	while ((n = fread(blok, 1, sizeof blok, f)) > 0)
		rc |= buf_append(out, blok, n);
	rc |= ferror(f) ? -1 : 0;
	fclose(f);
	unlink(path);
	return rc != 0 ? -1 : 0;
}

/* ---- loading ----------------------------------------------------------- */

struct laden {
	struct arena *a;
	struct casus **cs;
	size_t n, cap;
};

static void
org_kopie(struct arena *a, struct organisatie_ref *naar, const struct organisatie_ref *van, bool met_naam)
{
	*naar = *van;
	naar->naam = met_naam ? arena_strdup(a, van->naam) : NULL;
	naar->code = arena_strdup(a, van->code);
}

/* Copies what the rapport functions read; no free text and no names of persons. */
static int
laad_een(const struct casus *c, void *arg)
{
	struct laden *l = arg;
	struct casus *k;

	if (l->n == l->cap) {
		struct casus **nieuw;

		l->cap = l->cap ? 2 * l->cap : 256;
		nieuw = arena_alloc(l->a, l->cap * sizeof *nieuw);
		if (l->n > 0)
			memcpy(nieuw, l->cs, l->n * sizeof *nieuw);
		l->cs = nieuw;
	}
	k = arena_alloc(l->a, sizeof *k);
	k->id = c->id;
	k->referentie = arena_strdup(l->a, c->referentie);
	k->status = c->status;
	k->ontvangen_op = c->ontvangen_op;
	k->afgerond_op = c->afgerond_op;
	org_kopie(l->a, &k->indiener.organisatie, &c->indiener.organisatie, false);
	k->indiener_type = c->indiener_type;
	k->regievoerder.organisatie.aangesloten_sinds = DATE_NONE;
	k->regievoerder.organisatie.aangesloten_tot = DATE_NONE;
	k->urgentie = c->urgentie;
	k->leefgebieden = c->leefgebieden;
	k->beleidsterreinen = c->beleidsterreinen;
	k->maatwerk = c->maatwerk;
	k->let_escalatie = c->let_escalatie;
	k->buitenlandse_component = c->buitenlandse_component;
	k->followup_op = c->followup_op;
	k->followup_antwoord = c->followup_antwoord;
	k->organisaties = arena_alloc(l->a, (c->norganisaties + 1) * sizeof *k->organisaties);
	for (size_t i = 0; i < c->norganisaties; i++)
		org_kopie(l->a, &k->organisaties[i].organisatie, &c->organisaties[i].organisatie, false);
	k->norganisaties = c->norganisaties;
	k->knelpunten = arena_alloc(l->a, (c->nknelpunten + 1) * sizeof *k->knelpunten);
	for (size_t i = 0; i < c->nknelpunten; i++)
		k->knelpunten[i].categorie = c->knelpunten[i].categorie;
	k->nknelpunten = c->nknelpunten;
	k->interventies = arena_alloc(l->a, (c->ninterventies + 1) * sizeof *k->interventies);
	for (size_t i = 0; i < c->ninterventies; i++) {
		k->interventies[i].type = c->interventies[i].type;
		k->interventies[i].datum = c->interventies[i].datum;
	}
	k->ninterventies = c->ninterventies;
	k->leerpunten = arena_alloc(l->a, (c->nleerpunten + 1) * sizeof *k->leerpunten);
	for (size_t i = 0; i < c->nleerpunten; i++) {
		const struct leerpunt *lp = &c->leerpunten[i];
		struct leerpunt *kl = &k->leerpunten[i];

		kl->id = lp->id;
		kl->categorie = lp->categorie;
		kl->orde = lp->orde;
		kl->vraag = lp->vraag;
		kl->al_bekend = lp->al_bekend;
		kl->terugkerend = lp->terugkerend;
		kl->beleggingen = arena_alloc(l->a, (lp->nbeleggingen + 1) * sizeof *kl->beleggingen);
		for (size_t j = 0; j < lp->nbeleggingen; j++) {
			kl->beleggingen[j] = lp->beleggingen[j];
			/* Organisation names are shown (follow-up per party); they are not personal data. */
			org_kopie(l->a, &kl->beleggingen[j].bij, &lp->beleggingen[j].bij, true);
		}
		kl->nbeleggingen = lp->nbeleggingen;
	}
	k->nleerpunten = c->nleerpunten;
	l->cs[l->n++] = k;
	return 0;
}

enum err_code
rapport_casussen_laad(struct store *st, struct arena *a, const struct casus *const **out, size_t *n,
    struct err *e)
{
	struct laden l = { .a = a };
	enum err_code rc = store_casus_each(st, DATE_NONE, laad_een, &l, e);

	if (rc != ERR_OK)
		return rc;
	*out = (const struct casus *const *)l.cs;
	*n = l.n;
	return ERR_OK;
}
