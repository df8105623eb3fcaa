/* labels.h - the Dutch words for the rows and parts of the jaarrapportage that core/codes.h does not name. */
#ifndef DOORBRAAK_RAPPORT_LABELS_H
#define DOORBRAAK_RAPPORT_LABELS_H

#include "core/rapport.h"
#include "lib/mem.h"

/* Short status names for table heads ("In verkenning"). */
extern const char *const rapport_status_kort[OPVOLGING__MAX];
/* The kinds of party, plural ("Ministeries", "PMM zelf"). */
extern const char *const rapport_partij_label[PARTIJ__MAX];
/* Short names of the ministries for the charts ("VWS", "Financiën"). */
extern const char *const rapport_ministerie_kort[BELEIDSTERREIN__MAX];
/* What a casus of each indiener type or interventie type is, as the phrase after a figure. */
extern const char *const rapport_indiener_wat[INDIENER__MAX];
extern const char *const rapport_interventie_wat[INTERVENTIE__MAX];
/* The looptijd classes ("t/m 4 weken"), the number of leefgebieden ("Eén leefgebied"), the orde of leren. */
extern const char *const rapport_looptijd_label[LOOPTIJD__MAX];
extern const char *const rapport_aantal_label[AANTAL__MAX];
extern const char *const rapport_orde_label[RAPPORT_ORDE__MAX];

/* A data-quality list: its title, and what the absence means for the figures. */
struct rapport_gebrek_tekst {
	const char *titel, *uitleg;
};
extern const struct rapport_gebrek_tekst rapport_gebrek_tekst[GEBREK__MAX];

/* A complexity band as "0–2" or "9 of meer" (in a). */
char *rapport_band_label(struct arena *a, int band);
/* The name a party goes by in the tables: PMM for PMM, "(naam onbekend)" for an unnamed one. */
const char *rapport_partij_naam(const struct rapport_partij_opvolging *p);

#endif
