/* netwerk.h - the jaarrapportage's figures of the network (how many ministries, agencies and municipalities were connected on 31 December, and how many joined): reading, JSON, the table and the chapter. */
#ifndef DOORBRAAK_APP_RAPPORT_NETWERK_H
#define DOORBRAAK_APP_RAPPORT_NETWERK_H

#include <jansson.h>

#include "core/err.h"
#include "core/netwerk_groei.h"
#include "lib/mem.h"
#include "store/store.h"

/* Reads every organisation's connection history and counts jaar (core netwerk_jaar_cijfers) into out. */
enum err_code rapport_netwerk_laden(struct store *st, struct arena *a, int jaar, struct netwerk_jaar *out,
    struct err *e);

/*
 * As JSON, the member "netwerk" of `doorbraak report` set on o: {"peildatum": "JJJJ-12-31", "aangesloten":
 * {"ministeries", "landelijkePubliekeDienstverleners", "gemeenten", "overig"}, "aangeslotenTotaal", "nieuw": {the
 * same kinds}, "nieuwTotaal"}: the organisations bestuurlijk aangesloten on 31 December of the year, and of those
 * the ones that were not on 31 December the year before.
 */
void rapport_netwerk_json(json_t *o, struct arena *a, const struct netwerk_jaar *n);

/* The table Netwerk (CSV and XLSX), appended to the report's tables (app/rapport/tabellen_private.h). */
struct tabellen;
void rapport_netwerk_tabellen(struct tabellen *ts, const struct netwerk_jaar *n);

#endif
