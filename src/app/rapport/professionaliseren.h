/* professionaliseren.h - the jaarrapportage's part on professionaliseren: events per kind, participants and
   organisations reached, what was discussed (reading, JSON, the table and the chapter). */
#ifndef DOORBRAAK_APP_RAPPORT_PROFESSIONALISEREN_H
#define DOORBRAAK_APP_RAPPORT_PROFESSIONALISEREN_H

#include <jansson.h>

#include "core/evenement.h"
#include "lib/mem.h"
#include "store/store.h"

/* The figures of jaar and jaar - 1, as an array of two in arena a (*out). */
enum err_code rapport_prof_laden(struct store *st, struct arena *a, int jaar, const struct evenement_cijfers **out,
    struct err *e);

/*
 * As JSON (the key of `doorbraak report`): "professionaliseren": {evenementen, perSoort{netwerkbijeenkomst …},
 * uitgenodigd, aangemeld, deelnemers, organisatiesBereikt, casussenBesproken, leerpuntenBesproken,
 * leerpuntenUitEvenement} of the year, set on o.
 */
void rapport_prof_json(json_t *o, const struct evenement_cijfers *c);

/* The labels of the table Professionaliseren, in row order, and each row's JSON path under "professionaliseren". */
#define RAPPORT_PROF_RIJEN (EVSOORT__MAX + 8)
extern const char *const rapport_prof_label[RAPPORT_PROF_RIJEN];
extern const char *const rapport_prof_pad[RAPPORT_PROF_RIJEN];
/* The value of row i. */
long rapport_prof_waarde(const struct evenement_cijfers *c, int i);

#endif
