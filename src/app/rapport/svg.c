/* svg.c - the jaarrapportage's charts: horizontal bar charts as inline SVG, safe under a strict CSP. */
#include "app/rapport/svg.h"

#include <stdint.h>
#include <string.h>

#include "lib/buf.h"
#include "lib/escape.h"

#define SVG_MAX (4u * 1024 * 1024)

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
