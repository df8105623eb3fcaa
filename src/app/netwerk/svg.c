/* svg.c - the network page's chart: connected organisations of each kind over time, as inline SVG (svg.h). */
#include "app/netwerk/svg.h"

#include <string.h>

#include "lib/buf.h"
#include "lib/date.h"
#include "lib/escape.h"

#define G_BREED   720
#define G_HOOG    360
#define G_LINKS   48      /* room for the y labels */
#define G_RECHTS  16
#define G_BOVEN   56      /* title and legend */
#define G_ONDER   32      /* room for the years */
#define G_MAX     (1024u * 1024u)

static const struct {
	enum netwerk_soort soort;
	const char *label, *kleur, *streep;
} lijnen[] = {
	{ NETWERK_MINISTERIE, "Ministeries", "#154273", NULL },
	{ NETWERK_DIENSTVERLENER, "Landelijke publieke dienstverleners", "#a90061", "8 4" },
	{ NETWERK_GEMEENTE, "Gemeenten", "#275937", "2 3" },
};
#define NLIJNEN (sizeof(lijnen) / sizeof(lijnen[0]))

static int
x_van(int d, int van, int tot)
{
	long long w = G_BREED - G_LINKS - G_RECHTS;

	return G_LINKS + (int)(tot > van ? (long long)(d - van) * w / (tot - van) : 0);
}

static int
y_van(int v, int max)
{
	long long h = G_HOOG - G_BOVEN - G_ONDER;

	return G_HOOG - G_ONDER - (int)(max > 0 ? (long long)v * h / max : 0);
}

char *
netwerk_svg_groei(struct arena *a, const struct netwerk_stand *s, size_t n)
{
	struct buf b;
	char *out = NULL;
	int van, tot, max = 0, stap, j0, j1, lx = G_LINKS;

	if (n < 2)
		return NULL;
	van = s[0].datum;
	tot = s[n - 1].datum;
	for (size_t i = 0; i < n; i++)
		for (size_t l = 0; l < NLIJNEN; l++)
			max = s[i].aantal[lijnen[l].soort] > max ? s[i].aantal[lijnen[l].soort] : max;
	stap = max <= 10 ? 2 : max <= 50 ? 10 : 20;
	max = (max / stap + 1) * stap;

	buf_init(&b, G_MAX);
	buf_printf(&b, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"db-netwerk-grafiek\" role=\"img\" "
	    "viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" aria-labelledby=\"netwerk-grafiek-t netwerk-grafiek-d\" "
	    "font-family=\"sans-serif\" font-size=\"13\" fill=\"#000000\">", G_BREED, G_HOOG, G_BREED, G_HOOG);
	buf_puts(&b, "<title id=\"netwerk-grafiek-t\">Aangesloten organisaties per soort, ");
	{
		char d1[DATE_STRLEN], d2[DATE_STRLEN];

		date_format(van, d1);
		date_format(tot, d2);
		buf_printf(&b, "%.4s tot en met %.4s", d1, d2);
	}
	buf_puts(&b, "</title><desc id=\"netwerk-grafiek-d\">Een lijn per soort organisatie: ministeries, landelijke "
	    "publieke dienstverleners en gemeenten. De aantallen staan in de tabel onder de grafiek.</desc>");
	/* legend */
	for (size_t l = 0; l < NLIJNEN; l++) {
		buf_printf(&b, "<line x1=\"%d\" y1=\"20\" x2=\"%d\" y2=\"20\" stroke=\"%s\" stroke-width=\"3\"%s%s%s/>",
		    lx, lx + 28, lijnen[l].kleur, lijnen[l].streep ? " stroke-dasharray=\"" : "",
		    lijnen[l].streep ? lijnen[l].streep : "", lijnen[l].streep ? "\"" : "");
		buf_printf(&b, "<text x=\"%d\" y=\"24\">", lx + 34);
		escape_html(&b, lijnen[l].label, strlen(lijnen[l].label));
		buf_puts(&b, "</text>");
		lx += 34 + (int)strlen(lijnen[l].label) * 7 + 24;
	}
	/* the y axis: gridlines with counts */
	for (int v = 0; v <= max; v += stap) {
		int y = y_van(v, max);

		buf_printf(&b, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#cccccc\" stroke-width=\"1\"/>"
		    "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" dominant-baseline=\"middle\">%d</text>",
		    G_LINKS, y, G_BREED - G_RECHTS, y, G_LINKS - 6, y, v);
	}
	/* the x axis: the first of January of each year */
	j0 = date_year(van);
	j1 = date_year(tot);
	for (int j = j0; j <= j1; j++) {
		int d = date_from_ymd(j, 1, 1), x;

		if (d < van)
			d = van;
		x = x_van(d, van, tot);
		buf_printf(&b, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#666666\" stroke-width=\"1\"/>"
		    "<text x=\"%d\" y=\"%d\" text-anchor=\"start\">%d</text>", x, G_HOOG - G_ONDER, x,
		    G_HOOG - G_ONDER + 6, x + 2, G_HOOG - 10, j);
	}
	buf_printf(&b, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#000000\" stroke-width=\"1\"/>",
	    G_LINKS, G_HOOG - G_ONDER, G_BREED - G_RECHTS, G_HOOG - G_ONDER);
	/* a step line per kind: the count holds until the next month */
	for (size_t l = 0; l < NLIJNEN; l++) {
		buf_printf(&b, "<polyline class=\"db-netwerk-lijn\" fill=\"none\" stroke=\"%s\" stroke-width=\"3\"%s%s%s "
		    "points=\"", lijnen[l].kleur, lijnen[l].streep ? " stroke-dasharray=\"" : "",
		    lijnen[l].streep ? lijnen[l].streep : "", lijnen[l].streep ? "\"" : "");
		for (size_t i = 0; i < n; i++) {
			int y = y_van(s[i].aantal[lijnen[l].soort], max), x = x_van(s[i].datum, van, tot);

			if (i > 0)
				buf_printf(&b, " %d,%d", x, y_van(s[i - 1].aantal[lijnen[l].soort], max));
			buf_printf(&b, " %d,%d", x, y);
		}
		buf_puts(&b, "\"/>");
	}
	buf_puts(&b, "</svg>");
	if (!b.toobig)
		out = arena_strndup(a, buf_str(&b), b.len);
	buf_free(&b);
	return out;
}
