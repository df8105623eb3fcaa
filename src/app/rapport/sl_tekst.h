/* sl_tekst.h - the Dutch words of chapters 3 to 5 of the jaarrapportage: party names, "belegd bij", dates, the peildatum. */
#ifndef DOORBRAAK_RAPPORT_SL_TEKST_H
#define DOORBRAAK_RAPPORT_SL_TEKST_H

#include "core/rapport_systeemleren.h"
#include "lib/mem.h"

/* The JSON code of each source of the peildatum ("navraagronde"). */
extern const char *const rapport_peil_bron_code[PEIL__MAX];
/* The ministries' short codes as the report writes them in "belegd bij" ("JenV", "A&M"). */
extern const char *const rapport_ministerie_kort_sl[BELEIDSTERREIN__MAX];

/* A day as YYYY-MM-DD, NULL for DATE_NONE; as "30 april 2025" ("onbekend"). In a. */
char *rapport_datum(struct arena *a, int dag);
char *rapport_datum_nl(struct arena *a, int dag);
/* The sentence that says which peildatum the statuses are of, and why. */
char *rapport_peil_zin(struct arena *a, const struct rapport_leerpuntlijst *l);
/* A group's heading: "Ministerie van Justitie en Veiligheid (inclusief A&M)", "PMM", "Nergens belegd", a name. */
const char *rapport_sl_groepnaam(struct arena *a, const struct rapport_leerpuntlijst *l, const struct rapport_lp_groep *g);
/*
 * "Belegd bij" of a row: "DUO"; "Teruggelegd aan OCW, opvolging bij DUO"; "VWS (trekker), samen met BuZa en
 * PMM"; "PMM (kennisdeling)"; "Gericht aan OCW, bewust niet belegd (...)"; for a leerpunt belegd nowhere
 * a sentence that says so.
 */
const char *rapport_sl_belegd_bij(struct arena *a, const struct rapport_lp_rij *r);
/* The status of a row on the peildatum as a label: "In uitvoering", "Geen opvolging (stelselvraagstuk)", "Niet belegd". */
const char *rapport_sl_status(struct arena *a, const struct rapport_lp_rij *r);

#endif
