/* html.c - the jaarrapportage as HTML: the template context of chapters, charts and tables, and its rendering. */
#include "app/rapport/html.h"

#include <stdio.h>
#include <string.h>

#include "app/rapport/html_private.h"
#include "app/rapport/svg.h"
#include "app/rapport/zinnen.h"
#include "web/tmpl.h"

static const char *const hoofdstuk_lijsten[] = { "inleiding", "bevindingen", "figuren", "tabellen", "lijsten",
	"na" };
#define NLIJSTEN (sizeof hoofdstuk_lijsten / sizeof hoofdstuk_lijsten[0])

json_t *
html_hoofdstuk(struct bouw *b, const char *id, const char *titel)
{
	json_t *h = json_pack("{s:s,s:i,s:s}", "id", id, "nummer", ++b->hoofdstuk, "titel", titel);

	for (size_t i = 0; i < NLIJSTEN; i++)
		json_object_set_new(h, hoofdstuk_lijsten[i], json_array());
	json_array_append_new(b->hoofdstukken, h);
	return h;
}

void
html_tekst(json_t *h, const char *lijst, const char *s)
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

char *
html_vergelijk(struct bouw *b, const char *wat, long aantal, long totaal, long vorig_aantal, long vorig_totaal)
{
	if (b->v == NULL) {
		if (totaal > 0)
			return rapport_zin(b->a, arena_printf(b->a, "%ld%% (%ld van de %ld) %s",
			    rapport_procent(aantal, totaal), aantal, totaal, wat));
		return rapport_zin(b->a, arena_printf(b->a, "%s: geen casussen", wat));
	}
	return rapport_zin(b->a, rapport_vergelijking(b->a, wat, aantal, totaal, vorig_aantal, vorig_totaal, b->vj));
}

void
html_figuur(struct bouw *b, json_t *h, const char *titel, const char *bijschrift, const char *const *labels,
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

json_t *
html_tabel(json_t *h, const char *caption, const char *kop0)
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

void
html_kolom(json_t *t, const char *kop, bool is_getal)
{
	json_array_append_new(json_object_get(t, "kop"), json_pack("{s:s,s:b}", "tekst", kop, "getal", is_getal));
}

json_t *
html_rij(json_t *t, const char *kop)
{
	json_t *r = json_pack("{s:s,s:[]}", "kop", kop, "cellen");

	json_array_append_new(json_object_get(t, "rijen"), r);
	return r;
}

void
html_cel(json_t *r, const char *tekst, bool is_getal)
{
	json_array_append_new(json_object_get(r, "cellen"), json_pack("{s:s,s:b}", "tekst", tekst, "getal",
	    is_getal));
}

void
html_cel_getal(struct bouw *b, json_t *r, long v)
{
	html_cel(r, arena_printf(b->a, "%ld", v), true);
}

void
html_cel_procent(struct bouw *b, json_t *r, long v, long totaal)
{
	html_cel(r, totaal > 0 ? arena_printf(b->a, "%ld%%", rapport_procent(v, totaal)) : "–", true);
}

json_t *
html_tabel_aantallen(struct bouw *b, json_t *h, const char *caption, const char *kop0)
{
	json_t *t = html_tabel(h, caption, kop0);

	html_kolom(t, arena_printf(b->a, "Aantal %d", b->jaar), true);
	html_kolom(t, arena_printf(b->a, "Aandeel %d", b->jaar), true);
	if (b->v != NULL) {
		html_kolom(t, arena_printf(b->a, "Aantal %d", b->vj), true);
		html_kolom(t, arena_printf(b->a, "Aandeel %d", b->vj), true);
	}
	return t;
}

void
html_rij_aantallen(struct bouw *b, json_t *t, const char *kop, long nu, long totaal, long vorig, long vorig_totaal)
{
	json_t *r = html_rij(t, kop);

	html_cel_getal(b, r, nu);
	html_cel_procent(b, r, nu, totaal);
	if (b->v != NULL) {
		html_cel_getal(b, r, vorig);
		html_cel_procent(b, r, vorig, vorig_totaal);
	}
}

void
html_volgorde(const long *v, size_t n, size_t *idx)
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

json_t *
rapport_context(const struct rapport *r, bool links)
{
	static const struct rapport_figuren leeg;
	struct bouw b = { 0 };
	json_t *ctx = json_object();
	const struct rapport_figuren *v = r->vorig;

	b.a = arena_new();
	b.r = r;
	b.f = r->nu;
	b.jaar = r->jaar;
	b.vj = r->jaar - 1;
	b.links = links;
	b.afgerond = b.f->afgerond;
	b.v = v != NULL && (v->afgerond > 0 || v->ingediend > 0) ? v : NULL;
	b.vw = b.v != NULL ? b.v : &leeg;
	b.hoofdstukken = json_array();

	json_object_set_new(ctx, "jaar", json_integer(r->jaar));
	json_object_set_new(ctx, "vorig_jaar", json_integer(b.vj));
	json_object_set_new(ctx, "vergelijking", json_boolean(b.v != NULL));
	json_object_set_new(ctx, "leeg", json_boolean(b.afgerond == 0 && b.f->ingediend == 0));
	json_object_set_new(ctx, "afgerond", json_integer(b.afgerond));
	json_object_set_new(ctx, "instroom", json_string(html_instroom_zin(&b)));
	json_object_set_new(ctx, "onvolledig", json_integer(r->kwaliteit != NULL ? r->kwaliteit->onvolledig : 0));

	html_samenvatting(&b);
	html_instroom(&b);
	html_netwerk(&b);
	html_looptijd(&b);
	html_indieners(&b);
	html_leefgebieden(&b);
	html_beleidsterreinen(&b);
	html_organisaties(&b);
	html_knelpunten(&b);
	html_interventies(&b);
	html_maatwerk(&b);
	html_leerpunten(&b);
	html_leerpunten_partijen(&b);
	html_samenhang(&b);
	html_analyse(&b);
	html_complexiteit(&b);
	html_escalaties(&b);
	html_professionaliseren(&b);
	if (r->kwaliteit != NULL)
		html_datakwaliteit(&b);
	html_verantwoording(&b);
	hoofdstukken_af(b.hoofdstukken);
	json_object_set_new(ctx, "hoofdstukken", b.hoofdstukken);
	arena_free(b.a);
	return ctx;
}

int
rapport_html(struct buf *out, const struct rapport *r, bool standalone)
{
	json_t *ctx;
	int rc;

	if (r == NULL || r->nu == NULL)
		return -1;
	ctx = rapport_context(r, false);
	rc = tmpl_render(out, standalone ? "rapport/document" : "rapport/rapport", ctx);
	json_decref(ctx);
	return rc != 0 || out->toobig ? -1 : 0;
}
