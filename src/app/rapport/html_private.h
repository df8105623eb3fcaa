/* html_private.h - what the chapters of the HTML report share (app/rapport/html*.c); not for other files. */
#ifndef DOORBRAAK_RAPPORT_HTML_PRIVATE_H
#define DOORBRAAK_RAPPORT_HTML_PRIVATE_H

#include <stdbool.h>
#include <stddef.h>

#include <jansson.h>

#include "core/rapport.h"
#include "lib/mem.h"

/* The template context being built, chapter by chapter. */
struct bouw {
	struct arena *a;
	const struct rapport *r;
	const struct rapport_figuren *f;    /* this year */
	const struct rapport_figuren *v;    /* the year before, or NULL when there is nothing to compare with */
	const struct rapport_figuren *vw;   /* the year before's values: v, or all zeros */
	int jaar, vj;
	long afgerond;
	int figuur, hoofdstuk;
	bool links;
	json_t *hoofdstukken;
};

/* A new chapter (numbered, with empty lists inleiding, bevindingen, figuren, tabellen, lijsten, na). */
json_t *html_hoofdstuk(struct bouw *b, const char *id, const char *titel);
/* Appends text to one of the chapter's text lists (inleiding, bevindingen, na). */
void html_tekst(json_t *h, const char *lijst, const char *s);
/* A comparison sentence: "37% (38 van de 104) binnen vier weken, tegen 47% in 2023." (none without vorig). */
char *html_vergelijk(struct bouw *b, const char *wat, long aantal, long totaal, long vorig_aantal,
    long vorig_totaal);
/* A chart (when any value is not zero) with its figure number and caption; vorig NULL: this year only. */
void html_figuur(struct bouw *b, json_t *h, const char *titel, const char *bijschrift, const char *const *labels,
    const long *nu, const long *vorig, size_t n);
/* A table: caption, column heads (the first heads the row headers), rows of cells. */
json_t *html_tabel(json_t *h, const char *caption, const char *kop0);
void html_kolom(json_t *t, const char *kop, bool is_getal);
json_t *html_rij(json_t *t, const char *kop);
void html_cel(json_t *r, const char *tekst, bool is_getal);
void html_cel_getal(struct bouw *b, json_t *r, long v);
/* v of totaal as "37%", or "–" when totaal is 0. */
void html_cel_procent(struct bouw *b, json_t *r, long v, long totaal);
/* The usual columns: aantal and aandeel this year, and the same for last year when compared. */
json_t *html_tabel_aantallen(struct bouw *b, json_t *h, const char *caption, const char *kop0);
void html_rij_aantallen(struct bouw *b, json_t *t, const char *kop, long nu, long totaal, long vorig,
    long vorig_totaal);
/* Indexes 0..n-1 ordered by v descending, ties in code order. */
void html_volgorde(const long *v, size_t n, size_t *idx);

/* "In 2024 zijn 89 casussen ingediend en 104 casussen afgerond (2023: ...)." */
char *html_instroom_zin(struct bouw *b);

/* The chapters, in the order of the report (html_casussen.c, html_leerpunten.c; html_netwerk in netwerk.c). */
void html_netwerk(struct bouw *b);
void html_samenvatting(struct bouw *b);
void html_instroom(struct bouw *b);
/* The Maatwerkregister tried first, in chapter h (html_instroom). */
void html_register_geprobeerd(struct bouw *b, json_t *h);
void html_looptijd(struct bouw *b);
void html_indieners(struct bouw *b);
void html_leefgebieden(struct bouw *b);
void html_beleidsterreinen(struct bouw *b);
void html_organisaties(struct bouw *b);
void html_interventies(struct bouw *b);
void html_leerpunten(struct bouw *b);
/* Chapters 3 to 5 as PMM publishes them (html_sl.c); nothing without r->systeemleren. */
void html_knelpunten(struct bouw *b);
void html_maatwerk(struct bouw *b);
void html_leerpunten_partijen(struct bouw *b);
void html_samenhang(struct bouw *b);
void html_analyse(struct bouw *b);
void html_complexiteit(struct bouw *b);
void html_datakwaliteit(struct bouw *b);
/* html_escalaties.c: LET escalaties and overbruggingen (with r->let) */
void html_escalaties(struct bouw *b);
/* professionaliseren.c: events, participants, organisations reached (with r->professionaliseren) */
void html_professionaliseren(struct bouw *b);
void html_verantwoording(struct bouw *b);

#endif
