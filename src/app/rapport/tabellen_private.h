/* tabellen_private.h - what the files that build the report's tables share (app/rapport/tabellen*.c). */
#ifndef DOORBRAAK_RAPPORT_TABELLEN_PRIVATE_H
#define DOORBRAAK_RAPPORT_TABELLEN_PRIVATE_H

#include "app/rapport/tabellen.h"
#include "core/rapport_systeemleren.h"

struct tabellen {
	struct arena *a;
	const struct rapport *r;
	struct rapport_tabel *t;
	size_t n, cap;
};

/* A new table with its column heads; a new row of empty cells in it; a text or count in a cell. */
struct rapport_tabel *rapport_tab_tabel(struct tabellen *ts, const char *naam, const char *const *kop, size_t nkop);
struct rapport_cel *rapport_tab_rij(struct tabellen *ts, struct rapport_tabel *t);
void rapport_tab_tekst(struct rapport_cel *c, const char *s);
void rapport_tab_getal(struct rapport_cel *c, long v);
/* A figure table "<naam>,<jaar>[,<jaar-1>]", and one row of it (the year before only when the table has it). */
struct rapport_tabel *rapport_tab_figuren(struct tabellen *ts, const char *naam);
void rapport_tab_figuur(struct tabellen *ts, struct rapport_tabel *t, const char *label, long nu, long vorig);

/* The tables of chapters 3 to 5 (tabellen_sl.c). */
void rapport_tabellen_systeemleren(struct tabellen *ts, const struct rapport_systeemleren *sl);

/* The table of professionaliseren (professionaliseren.c), with c[0] the year and c[1] the year before. */
struct evenement_cijfers;
void rapport_prof_tabellen(struct tabellen *ts, const struct evenement_cijfers *c);

#endif
