/* let.h - the jaarrapportage's part on LET escalaties and overbruggingen: reading, JSON, tables and the chapter. */
#ifndef DOORBRAAK_APP_RAPPORT_LET_H
#define DOORBRAAK_APP_RAPPORT_LET_H

#include <jansson.h>
#include <stddef.h>

#include "app/rapport/tabellen.h"
#include "core/err.h"
#include "core/rapport_let.h"
#include "lib/mem.h"
#include "store/store.h"

/* Reads every escalatie and overbrugging (codes, dates, amounts, organisations; no free text) and counts jaar. */
enum err_code rapport_let_laden(struct store *st, struct arena *a, int jaar, struct rapport_let *out, struct err *e);

/*
 * As JSON (the keys of `doorbraak report`): {"escalaties": {aangevraagd,
 * letBijeengekomen, alleenVoorzitter, ingetrokken, lopend, uitkomstLet{…},
 * uitkomstVoorzitter{…}}, "overbruggingen": {aanvragen, besloten, ingetrokken,
 * teLaatBesloten, mediaanWerkdagenTotBesluit, voorgefinancierdCent,
 * verrekendCent, betalerPerType{…}, verkeerdeZak [{organisatie, type, aantal,
 * voorgefinancierdCent, verrekendCent, openstaandCent}]}}: two members set on o.
 */
void rapport_let_json(json_t *o, const struct rapport_let *l);

/*
 * The tables Escalaties, Overbruggingen and Verkeerde zak (amounts as "€ 1.234,56"), appended to the report's
 * tables (app/rapport/tabellen_private.h). Their heads name what a column holds ("Aantal in 2026"), not the years
 * of a figure table: there is no year before to compare with.
 */
struct tabellen;
void rapport_let_tabellen(struct tabellen *ts, const struct rapport_let *l);

#endif
