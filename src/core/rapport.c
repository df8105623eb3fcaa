/* rapport.c - computes the jaarrapportage figures, the data-quality lists, comparisons in words and SVG bar charts. */
#include "core/rapport.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lib/buf.h"
#include "lib/date.h"
#include "lib/escape.h"

/* The looptijd buckets of "verdeling": upper bounds in weeks; the last is open. */
#define NBUCKETS 6
static const int bucket_weken[NBUCKETS - 1] = { 4, 8, 12, 16, 20 };

const char *const rapport_partij_code[PARTIJ__MAX] = {
	"ministerie", "gemeente", "landelijke_publieke_dienstverlener", "pmm", "overig"
};

/* Complexity bands: lower bounds; the last band is open. */
#define NBANDEN 5
static const int band_van[NBANDEN] = { 0, 3, 5, 7, 9 };

#define SVG_MAX (4u * 1024 * 1024)

/* Everything rapport_jaar counts, before it becomes JSON. */
struct telling {
	long ingediend, afgerond;
	long binnen4, binnen8, langer20;
	long verdeling[NBUCKETS];
	int *dagen;                      /* looptijden of the afgerond casussen (heap) */
	size_t ndagen;
	long indieners[INDIENER__MAX];
	long gemeente_aangesloten;
	long leefgebieden[LEEFGEBIED__MAX];
	long aantal_lg[4];               /* 0, 1, 2, 3+ */
	long beleid[BELEIDSTERREIN__MAX], beleid_alleen[BELEIDSTERREIN__MAX];
	long organisaties[ORGTYPE__MAX];
	long interventies[INTERVENTIE__MAX];
	long escalaties_let;
	long lp_casussen, lp_totaal, lp_niet_belegd;
	long partijen[PARTIJ__MAX];
	long per_ministerie[BELEIDSTERREIN__MAX];
	long categorie[CATEGORIE__MAX];
	long orde[3];
	long status[OPVOLGING__MAX];
};

/* A leerpunt seen in a casus, with its position, to count shared ids once. */
struct lp_ref {
	int64_t id;
	size_t seq;
	const struct leerpunt *lp;
};

static bool
in_jaar(int day, int jaar)
{
	return day != DATE_NONE && date_year(day) == jaar;
}

bool
rapport_afgerond_in(const struct casus *c, int jaar)
{
	return c != NULL && in_jaar(c->afgerond_op, jaar);
}

/* True and *dagen set when the casus has a usable looptijd. */
static bool
looptijd(const struct casus *c, int *dagen)
{
	if (c->ontvangen_op == DATE_NONE || c->afgerond_op == DATE_NONE ||
	    c->afgerond_op < c->ontvangen_op)
		return false;
	*dagen = c->afgerond_op - c->ontvangen_op;
	return true;
}

static int
bucket(int dagen)
{
	for (int i = 0; i < NBUCKETS - 1; i++)
		if (dagen <= bucket_weken[i] * 7)
			return i;
	return NBUCKETS - 1;
}

static int
bits(unsigned mask, int max)
{
	int k = 0;

	for (int i = 0; i < max; i++)
		k += (mask >> i) & 1u;
	return k;
}

static bool
indiener_aangesloten(const struct casus *c)
{
	const struct organisatie_ref *o = &c->indiener.organisatie;

	return o->aangesloten_sinds != DATE_NONE && c->ontvangen_op != DATE_NONE &&
	    o->aangesloten_sinds <= c->ontvangen_op &&
	    (o->aangesloten_tot == DATE_NONE || o->aangesloten_tot > c->ontvangen_op);
}

enum rapport_partij
rapport_partij_van(const struct belegging *b)
{
	if (b->bij_pmm || (b->bij.code != NULL && strcasecmp(b->bij.code, "PMM") == 0))
		return PARTIJ_PMM;
	switch (b->bij.type) {
	case ORGTYPE_MINISTERIE: return PARTIJ_MINISTERIE;
	case ORGTYPE_GEMEENTE: return PARTIJ_GEMEENTE;
	case ORGTYPE_LANDELIJKE_PUBLIEKE_DIENSTVERLENER: return PARTIJ_LPD;
	default: return PARTIJ_OVERIG;
	}
}

/* The beleidsterrein of a belegging bij a ministerie, or -1 (not a ministerie, unknown code). */
static int
ministerie_van(const struct belegging *b)
{
	if (rapport_partij_van(b) != PARTIJ_MINISTERIE)
		return -1;
	return codelist_find_nocase(&codes_beleidsterrein, b->bij.code);
}

static int
cmp_int(const void *pa, const void *pb)
{
	int a = *(const int *)pa, b = *(const int *)pb;

	return (a > b) - (a < b);
}

static int
cmp_lp_ref(const void *pa, const void *pb)
{
	const struct lp_ref *a = pa, *b = pb;

	if (a->id != b->id)
		return (a->id > b->id) - (a->id < b->id);
	return (a->seq > b->seq) - (a->seq < b->seq);
}

/* Median of v (sorted in place): an integer when whole, x.5 otherwise, 0 for none. */
static json_t *
mediaan(int *v, size_t n)
{
	long long som;

	if (n == 0)
		return json_integer(0);
	qsort(v, n, sizeof *v, cmp_int);
	if (n % 2 == 1)
		return json_integer(v[n / 2]);
	som = (long long)v[n / 2 - 1] + v[n / 2];
	if (som % 2 == 0)
		return json_integer(som / 2);
	return json_real((double)som / 2.0);
}

static void
tel_leerpunt(struct telling *t, const struct leerpunt *lp)
{
	t->lp_totaal++;
	if (lp->nbeleggingen == 0)
		t->lp_niet_belegd++;
	if ((int)lp->categorie >= 0 && lp->categorie < CATEGORIE__MAX)
		t->categorie[lp->categorie]++;
	if (lp->orde >= 1 && lp->orde <= 3)
		t->orde[lp->orde - 1]++;
	for (size_t i = 0; i < lp->nbeleggingen; i++) {
		const struct belegging *b = &lp->beleggingen[i];
		int m = ministerie_van(b);

		t->partijen[rapport_partij_van(b)]++;
		if (m >= 0)
			t->per_ministerie[m]++;
		if ((int)b->status >= 0 && b->status < OPVOLGING__MAX)
			t->status[b->status]++;
	}
}

const struct leerpunt **
rapport_leerpunten(const struct casus *const *casussen, size_t n, int jaar, size_t *nout)
{
	struct lp_ref *refs;
	const struct leerpunt **lps;
	size_t nrefs = 0, cap = 0, nlps = 0;

	for (size_t i = 0; i < n; i++)
		if (rapport_afgerond_in(casussen[i], jaar))
			cap += casussen[i]->nleerpunten;
	refs = xcalloc(cap ? cap : 1, sizeof *refs);
	for (size_t i = 0; i < n; i++)
		for (size_t j = 0; rapport_afgerond_in(casussen[i], jaar) && j < casussen[i]->nleerpunten; j++) {
			refs[nrefs].id = casussen[i]->leerpunten[j].id;
			refs[nrefs].seq = nrefs;
			refs[nrefs].lp = &casussen[i]->leerpunten[j];
			nrefs++;
		}
	qsort(refs, nrefs, sizeof *refs, cmp_lp_ref);
	lps = xcalloc(nrefs ? nrefs : 1, sizeof *lps);
	for (size_t i = 0; i < nrefs; i++)
		if (refs[i].id == 0 || i == 0 || refs[i].id != refs[i - 1].id)
			lps[nlps++] = refs[i].lp;
	free(refs);
	*nout = nlps;
	return lps;
}

/* The leerpunten of the afgerond casussen, each nonzero id once. */
static void
tel_leerpunten(struct telling *t, const struct casus *const *cs, size_t n, int jaar)
{
	const struct leerpunt **lps;
	size_t nlps;

	for (size_t i = 0; i < n; i++)
		if (rapport_afgerond_in(cs[i], jaar) && cs[i]->nleerpunten > 0)
			t->lp_casussen++;
	lps = rapport_leerpunten(cs, n, jaar, &nlps);
	for (size_t i = 0; i < nlps; i++)
		tel_leerpunt(t, lps[i]);
	free(lps);
}

static void
tel_casus(struct telling *t, const struct casus *c)
{
	unsigned lg = c->leefgebieden, bt = c->beleidsterreinen;
	bool org[ORGTYPE__MAX] = { false }, iv[INTERVENTIE__MAX] = { false };
	int dagen, k;

	t->afgerond++;
	if (looptijd(c, &dagen)) {
		t->dagen[t->ndagen++] = dagen;
		t->binnen4 += dagen <= 28;
		t->binnen8 += dagen <= 56;
		t->langer20 += dagen > 140;
		t->verdeling[bucket(dagen)]++;
	}
	if (c->indiener_type >= 0 && c->indiener_type < INDIENER__MAX) {
		t->indieners[c->indiener_type]++;
		if (c->indiener_type == INDIENER_GEMEENTE && indiener_aangesloten(c))
			t->gemeente_aangesloten++;
	}
	for (int i = 0; i < LEEFGEBIED__MAX; i++)
		t->leefgebieden[i] += (lg >> i) & 1u;
	k = bits(lg, LEEFGEBIED__MAX);
	t->aantal_lg[k > 3 ? 3 : k]++;
	k = bits(bt, BELEIDSTERREIN__MAX);
	for (int i = 0; i < BELEIDSTERREIN__MAX; i++) {
		if ((bt >> i) & 1u) {
			t->beleid[i]++;
			if (k == 1)
				t->beleid_alleen[i]++;
		}
	}
	for (size_t i = 0; i < c->norganisaties; i++) {
		enum organisatie_type ty = c->organisaties[i].organisatie.type;

		if ((int)ty >= 0 && ty < ORGTYPE__MAX)
			org[ty] = true;
	}
	for (int i = 0; i < ORGTYPE__MAX; i++)
		t->organisaties[i] += org[i];
	for (size_t i = 0; i < c->ninterventies; i++) {
		enum interventie_type ty = c->interventies[i].type;

		if ((int)ty >= 0 && ty < INTERVENTIE__MAX)
			iv[ty] = true;
	}
	for (int i = 0; i < INTERVENTIE__MAX; i++)
		t->interventies[i] += iv[i];
	t->escalaties_let += c->let_escalatie || iv[INTERVENTIE_ESCALATIE];
}

static void
set_int(json_t *o, const char *key, long long v)
{
	json_object_set_new(o, key, json_integer(v));
}

/* {code: v[i]} for the first n codes of l (n is the enum's __MAX). */
static json_t *
per_code(const struct codelist *l, const long *v, int n)
{
	json_t *o = json_object();

	for (int i = 0; i < n && i < l->n; i++)
		set_int(o, l->codes[i], v[i]);
	return o;
}

static json_t *
looptijd_json(struct telling *t)
{
	json_t *o = json_object(), *verdeling = json_array();

	set_int(o, "binnen4Weken", t->binnen4);
	set_int(o, "binnen8Weken", t->binnen8);
	set_int(o, "langerDan20Weken", t->langer20);
	json_object_set_new(o, "mediaanDagen", mediaan(t->dagen, t->ndagen));
	for (int i = 0; i < NBUCKETS; i++) {
		json_t *b = json_object();

		json_object_set_new(b, "totEnMetWeken",
		    i < NBUCKETS - 1 ? json_integer(bucket_weken[i]) : json_null());
		set_int(b, "aantal", t->verdeling[i]);
		json_array_append_new(verdeling, b);
	}
	json_object_set_new(o, "verdeling", verdeling);
	return o;
}

static json_t *
leerpunten_json(const struct telling *t)
{
	json_t *o = json_object(), *p = json_object(), *orde = json_object();

	set_int(o, "casussenMetLeerpunten", t->lp_casussen);
	set_int(o, "totaal", t->lp_totaal);
	set_int(o, "nietBelegd", t->lp_niet_belegd);
	for (int i = 0; i < PARTIJ__MAX; i++)
		set_int(p, rapport_partij_code[i], t->partijen[i]);
	json_object_set_new(o, "beleggingen", p);
	json_object_set_new(o, "perMinisterie",
	    per_code(&codes_beleidsterrein, t->per_ministerie, BELEIDSTERREIN__MAX));
	json_object_set_new(o, "categorie", per_code(&codes_categorie, t->categorie, CATEGORIE__MAX));
	set_int(orde, "1", t->orde[0]);
	set_int(orde, "2", t->orde[1]);
	set_int(orde, "3", t->orde[2]);
	json_object_set_new(o, "orde", orde);
	json_object_set_new(o, "status", per_code(&codes_opvolging_status, t->status, OPVOLGING__MAX));
	return o;
}

json_t *
rapport_jaar(const struct casus *const *casussen, size_t n, int jaar)
{
	struct telling t = { 0 };
	json_t *o, *alg;

	t.dagen = xcalloc(n ? n : 1, sizeof *t.dagen);
	for (size_t i = 0; i < n; i++) {
		const struct casus *c = casussen[i];

		if (c == NULL)
			continue;
		if (c->status != STATUS_CONCEPT && in_jaar(c->ontvangen_op, jaar))
			t.ingediend++;
		if (rapport_afgerond_in(c, jaar))
			tel_casus(&t, c);
	}
	tel_leerpunten(&t, casussen, n, jaar);

	o = json_object();
	set_int(o, "jaar", jaar);
	set_int(o, "ingediend", t.ingediend);
	set_int(o, "afgerond", t.afgerond);
	json_object_set_new(o, "looptijd", looptijd_json(&t));
	json_object_set_new(o, "indieners", per_code(&codes_indiener_type, t.indieners, INDIENER__MAX));
	set_int(o, "indienersGemeenteAangesloten", t.gemeente_aangesloten);
	json_object_set_new(o, "leefgebieden", per_code(&codes_leefgebied, t.leefgebieden, LEEFGEBIED__MAX));
	alg = json_object();
	set_int(alg, "0", t.aantal_lg[0]);
	set_int(alg, "1", t.aantal_lg[1]);
	set_int(alg, "2", t.aantal_lg[2]);
	set_int(alg, "3+", t.aantal_lg[3]);
	json_object_set_new(o, "aantalLeefgebieden", alg);
	json_object_set_new(o, "beleidsterreinen",
	    per_code(&codes_beleidsterrein, t.beleid, BELEIDSTERREIN__MAX));
	json_object_set_new(o, "beleidsterreinenUitsluitend",
	    per_code(&codes_beleidsterrein, t.beleid_alleen, BELEIDSTERREIN__MAX));
	json_object_set_new(o, "betrokkenOrganisaties",
	    per_code(&codes_organisatie_type, t.organisaties, ORGTYPE__MAX));
	json_object_set_new(o, "interventies",
	    per_code(&codes_interventie_type, t.interventies, INTERVENTIE__MAX));
	set_int(o, "escalatiesLet", t.escalaties_let);
	json_object_set_new(o, "leerpunten", leerpunten_json(&t));
	free(t.dagen);
	return o;
}

/* The name of a casus in a data-quality list. */
static json_t *
ref_json(const struct casus *c)
{
	if (c->referentie != NULL)
		return json_string(c->referentie);
	return json_sprintf("#%lld", (long long)c->id);
}

static bool
onbekend_ministerie(const struct casus *c)
{
	for (size_t i = 0; i < c->nleerpunten; i++) {
		const struct leerpunt *lp = &c->leerpunten[i];

		for (size_t j = 0; j < lp->nbeleggingen; j++)
			if (rapport_partij_van(&lp->beleggingen[j]) == PARTIJ_MINISTERIE &&
			    ministerie_van(&lp->beleggingen[j]) < 0)
				return true;
	}
	return false;
}

json_t *
rapport_datakwaliteit(const struct casus *const *casussen, size_t n, int jaar)
{
	enum { GEEN_LG, GEEN_TYPE, GEEN_IV, GEEN_BT, GEEN_LT, ONB_MIN, NLIJST };
	static const char *const naam[NLIJST] = {
		"geenLeefgebied", "geenIndienerType", "geenInterventie", "geenBeleidsterrein",
		"geenLooptijd", "onbekendMinisterie"
	};
	json_t *lijst[NLIJST], *o = json_object();
	long afgerond = 0;

	for (int k = 0; k < NLIJST; k++)
		lijst[k] = json_array();
	for (size_t i = 0; i < n; i++) {
		const struct casus *c = casussen[i];
		bool fout[NLIJST];
		int dagen;

		if (!rapport_afgerond_in(c, jaar))
			continue;
		afgerond++;
		fout[GEEN_LG] = bits(c->leefgebieden, LEEFGEBIED__MAX) == 0;
		fout[GEEN_TYPE] = c->indiener_type < 0 || c->indiener_type >= INDIENER__MAX;
		fout[GEEN_IV] = c->ninterventies == 0;
		fout[GEEN_BT] = bits(c->beleidsterreinen, BELEIDSTERREIN__MAX) == 0;
		fout[GEEN_LT] = !looptijd(c, &dagen);
		fout[ONB_MIN] = onbekend_ministerie(c);
		for (int k = 0; k < NLIJST; k++)
			if (fout[k])
				json_array_append_new(lijst[k], ref_json(c));
	}
	set_int(o, "jaar", jaar);
	set_int(o, "afgerond", afgerond);
	for (int k = 0; k < NLIJST; k++)
		json_object_set_new(o, naam[k], lijst[k]);
	return o;
}

json_t *
rapport_complexiteit(const struct casus *const *casussen, size_t n, int jaar)
{
	json_t *o = json_object(), *verdeling = json_array();
	long aantal[NBANDEN] = { 0 };
	int *scores = xcalloc(n ? n : 1, sizeof *scores);
	size_t k = 0;

	for (size_t i = 0; i < n; i++) {
		int s, b = 0;

		if (!rapport_afgerond_in(casussen[i], jaar))
			continue;
		s = casus_complexiteit(casussen[i], casussen[i]->afgerond_op);
		scores[k++] = s;
		while (b + 1 < NBANDEN && s >= band_van[b + 1])
			b++;
		aantal[b]++;
	}
	set_int(o, "jaar", jaar);
	set_int(o, "afgerond", (long long)k);
	json_object_set_new(o, "mediaan", mediaan(scores, k));
	for (int b = 0; b < NBANDEN; b++) {
		json_t *e = json_object();

		set_int(e, "van", band_van[b]);
		json_object_set_new(e, "totEnMet",
		    b + 1 < NBANDEN ? json_integer(band_van[b + 1] - 1) : json_null());
		set_int(e, "aantal", aantal[b]);
		json_array_append_new(verdeling, e);
	}
	json_object_set_new(o, "verdeling", verdeling);
	free(scores);
	return o;
}

/* aantal of totaal in whole percents, rounded half up; totaal > 0. */
static long long
procent(long aantal, long totaal)
{
	long long a = aantal, t = totaal;
	long long p = (200 * (a < 0 ? -a : a) + t) / (2 * t);

	return a < 0 ? -p : p;
}

char *
rapport_vergelijking(struct arena *a, const char *wat, long aantal, long totaal,
    long vorig_aantal, long vorig_totaal, int vorig_jaar)
{
	char *nu, *vorig;

	if (wat == NULL)
		wat = "";
	if (totaal > 0)
		nu = arena_printf(a, "%lld%% (%ld van de %ld) %s", procent(aantal, totaal), aantal,
		    totaal, wat);
	else
		nu = arena_printf(a, "%s: geen casussen", wat);
	if (vorig_totaal > 0)
		vorig = arena_printf(a, ", tegen %lld%% in %d", procent(vorig_aantal, vorig_totaal),
		    vorig_jaar);
	else if (totaal > 0)
		vorig = arena_printf(a, "; in %d waren er geen casussen om mee te vergelijken",
		    vorig_jaar);
	else
		vorig = arena_printf(a, ", ook niet in %d", vorig_jaar);
	return arena_printf(a, "%s%s", nu, vorig);
}

/* Layout of the bar chart, in SVG user units. */
#define SVG_BREED      720
#define SVG_MARGE      8
#define SVG_KOP        32     /* title line */
#define SVG_LEGENDA    24
#define SVG_STAAF      18
#define SVG_RIJ_GAT    10
#define SVG_GETAL      56     /* room for the value right of a bar */
#define SVG_LABEL      40     /* longest label drawn in full, in characters */
#define SVG_TEKEN      7      /* estimated width of a character at font-size 13 */
#define SVG_RIJEN_MAX  1000   /* more bars than this is not a chart */
#define SVG_KLEUR_NU   "#154273"
#define SVG_KLEUR_VORIG "#007bc7"

static void
put_esc(struct buf *b, const char *s)
{
	if (s != NULL)
		escape_html(b, s, strlen(s));
}

/* Characters (not bytes) of a UTF-8 string. */
static size_t
tekens(const char *s)
{
	size_t k = 0;

	for (; s != NULL && *s; s++)
		k += ((unsigned char)*s & 0xC0) != 0x80;
	return k;
}

/* A label, cut to SVG_LABEL characters with an ellipsis (the <desc> has it in full). */
static void
put_label(struct buf *b, const char *s)
{
	size_t k = 0, i = 0;

	if (s == NULL)
		return;
	if (tekens(s) <= SVG_LABEL) {
		put_esc(b, s);
		return;
	}
	for (; s[i] != '\0'; i++) {
		if (((unsigned char)s[i] & 0xC0) != 0x80 && k++ == SVG_LABEL - 1)
			break;
	}
	escape_html(b, s, i);
	buf_puts(b, "\xe2\x80\xa6");
}

/* A small stable hash so that the ids of one chart differ from another's on the same page. */
static uint32_t
svg_id(const char *titel, const long *waarden, size_t n)
{
	uint32_t h = 2166136261u;

	for (const char *p = titel; p != NULL && *p; p++)
		h = (h ^ (unsigned char)*p) * 16777619u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (uint32_t)waarden[i]) * 16777619u;
	return h;
}

static void
svg_desc(struct buf *b, const char *const *labels, const long *waarden, const long *vorige,
    size_t n, const char *nu, const char *vorig)
{
	for (size_t i = 0; i < n; i++) {
		if (i > 0)
			buf_puts(b, "; ");
		put_esc(b, labels[i] != NULL ? labels[i] : "");
		buf_printf(b, ": %ld", waarden[i]);
		if (vorige != NULL) {
			buf_puts(b, " (");
			put_esc(b, nu);
			buf_printf(b, "), %ld (", vorige[i]);
			put_esc(b, vorig);
			buf_putc(b, ')');
		}
	}
}

static void
svg_bar(struct buf *b, int x, int y, long v, long max, int breed, const char *klasse,
    const char *kleur)
{
	long long w = v > 0 && max > 0 ? (long long)v * breed / max : 0;

	buf_printf(b, "<rect class=\"%s\" x=\"%d\" y=\"%d\" width=\"%lld\" height=\"%d\" fill=\"%s\"/>",
	    klasse, x, y, w, SVG_STAAF, kleur);
	buf_printf(b, "<text x=\"%lld\" y=\"%d\" dominant-baseline=\"middle\">%ld</text>",
	    x + w + 6, y + SVG_STAAF / 2, v);
}

char *
rapport_svg_staaf(struct arena *a, const char *titel, const char *const *labels,
    const long *waarden, const long *vorige, size_t n, const char *legenda_nu,
    const char *legenda_vorig)
{
	struct buf b;
	char *out = NULL;
	size_t lw = 0;
	long max = 0;
	int xlabel, xbar, plot, rij, y, hoogte;
	uint32_t id;

	if (n > SVG_RIJEN_MAX)
		return NULL;
	id = svg_id(titel, waarden, n);
	if (legenda_nu == NULL)
		legenda_nu = "dit jaar";
	if (legenda_vorig == NULL)
		legenda_vorig = "vorig jaar";
	for (size_t i = 0; i < n; i++) {
		size_t k = tekens(labels[i]);

		lw = k > lw ? k : lw;
		max = waarden[i] > max ? waarden[i] : max;
		if (vorige != NULL && vorige[i] > max)
			max = vorige[i];
	}
	if (lw > SVG_LABEL)
		lw = SVG_LABEL;
	xlabel = SVG_MARGE + (int)lw * SVG_TEKEN;
	xbar = xlabel + 8;
	plot = SVG_BREED - xbar - SVG_GETAL - SVG_MARGE;
	rij = (vorige != NULL ? 2 * SVG_STAAF + 2 : SVG_STAAF) + SVG_RIJ_GAT;
	y = SVG_KOP + (vorige != NULL ? SVG_LEGENDA : 0);
	hoogte = y + (int)n * rij + SVG_MARGE;

	buf_init(&b, SVG_MAX);
	buf_printf(&b, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"rapport-grafiek\" role=\"img\" "
	    "viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" "
	    "aria-labelledby=\"g%08x-t g%08x-d\" font-family=\"sans-serif\" font-size=\"13\" "
	    "fill=\"#000000\">", SVG_BREED, hoogte, SVG_BREED, hoogte, id, id);
	buf_printf(&b, "<title id=\"g%08x-t\">", id);
	put_esc(&b, titel);
	buf_printf(&b, "</title><desc id=\"g%08x-d\">", id);
	svg_desc(&b, labels, waarden, vorige, n, legenda_nu, legenda_vorig);
	buf_puts(&b, "</desc>");
	buf_printf(&b, "<text x=\"%d\" y=\"20\" font-weight=\"bold\" font-size=\"15\">", SVG_MARGE);
	put_esc(&b, titel);
	buf_puts(&b, "</text>");
	if (vorige != NULL) {
		int x;

		buf_printf(&b, "<rect class=\"rapport-staaf-nu\" x=\"%d\" y=\"%d\" width=\"12\" "
		    "height=\"12\" fill=\"" SVG_KLEUR_NU "\"/><text x=\"%d\" y=\"%d\">",
		    xbar, SVG_KOP, xbar + 18, SVG_KOP + 11);
		put_esc(&b, legenda_nu);
		x = xbar + 18 + (int)(tekens(legenda_nu) > SVG_LABEL ? SVG_LABEL : tekens(legenda_nu)) *
		    SVG_TEKEN + 24;
		buf_printf(&b, "</text><rect class=\"rapport-staaf-vorig\" x=\"%d\" y=\"%d\" width=\"12\" "
		    "height=\"12\" fill=\"" SVG_KLEUR_VORIG "\"/><text x=\"%d\" y=\"%d\">",
		    x, SVG_KOP, x + 18, SVG_KOP + 11);
		put_esc(&b, legenda_vorig);
		buf_puts(&b, "</text>");
	}
	for (size_t i = 0; i < n; i++, y += rij) {
		int midden = y + (vorige != NULL ? SVG_STAAF + 1 : SVG_STAAF / 2);

		buf_printf(&b, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" dominant-baseline=\"middle\">",
		    xlabel, midden);
		put_label(&b, labels[i]);
		buf_puts(&b, "</text>");
		svg_bar(&b, xbar, y, waarden[i], max, plot, "rapport-staaf-nu", SVG_KLEUR_NU);
		if (vorige != NULL)
			svg_bar(&b, xbar, y + SVG_STAAF + 2, vorige[i], max, plot, "rapport-staaf-vorig",
			    SVG_KLEUR_VORIG);
	}
	buf_puts(&b, "</svg>");
	if (!b.toobig)
		out = arena_strndup(a, buf_str(&b), b.len);
	buf_free(&b);
	return out;
}
