/* render.h - the jaarrapportage presented: HTML (web page and standalone document), CSV and XLSX. */
#ifndef DOORBRAAK_RAPPORT_RENDER_H
#define DOORBRAAK_RAPPORT_RENDER_H

#include <stdbool.h>
#include <stddef.h>

#include <jansson.h>

#include "core/casus.h"
#include "core/err.h"
#include "lib/buf.h"
#include "lib/mem.h"
#include "store/store.h"

/*
 * Everything one report shows, as JSON from core/rapport.h plus the follow-up
 * per party, which the figures of issue 4 do not break down. Only `figuren`
 * is required; a NULL member leaves its part out (no comparison, no data
 * quality chapter, ...). The JSON is borrowed: the renderers never change or
 * free it. A `vorig` with nothing ingediend or afgerond counts as no
 * comparison (charts then show one year only).
 */
struct rapport_stukken {
	int jaar;
	json_t *figuren;            /* rapport_jaar(jaar) */
	json_t *vorig;              /* rapport_jaar(jaar - 1) */
	json_t *kwaliteit;          /* rapport_datakwaliteit(jaar) */
	json_t *complexiteit;       /* rapport_complexiteit(jaar) */
	json_t *complexiteit_vorig; /* rapport_complexiteit(jaar - 1) */
	json_t *partijen;           /* rapport_partijen(jaar) */
};

/*
 * Fills s with every part computed over the casussen (any year, any status;
 * see core/rapport.h for what counts). Free with rapport_stukken_free, which
 * also accepts a zeroed struct. Never fails (out of memory aborts).
 */
void rapport_stukken_maak(struct rapport_stukken *s, const struct casus *const *casussen, size_t n, int jaar);
void rapport_stukken_free(struct rapport_stukken *s);

/*
 * The beleggingen of the leerpunten of the casussen afgerond in jaar, counted
 * by the party they are belegd bij and their current status, with the rules
 * of rapport_jaar (a leerpunt with a nonzero id counted once; a belegging bij
 * a ministerie with an unknown code left out, as in perMinisterie):
 *   {"jaar", "ministeries": [{"code", "naam", "status": {<every status>: n}, "totaal"}],
 *    "organisaties": [{"naam", "soort", "status": {...}, "totaal"}]}
 * ministeries: every beleidsterrein code in code order (0 where nothing counts),
 * so the totalen equal perMinisterie. organisaties: every other party with at
 * least one belegging (PMM itself as "PMM", soort "pmm"; soort otherwise the
 * partij code of leerpunten.beleggingen), ordered by soort then naam.
 * Caller owns the result.
 */
json_t *rapport_partijen(const struct casus *const *casussen, size_t n, int jaar);

/*
 * The report as HTML into out. standalone: a complete document (lang="nl",
 * its own <style> for screen and print) for the CLI and for saving to disk;
 * otherwise the fragment that templates/rapport/rapportage.html shows inside the
 * layout (no style attributes, no scripts, no <style>: CSP-safe, styled by
 * static/doorbraak.css). Chapters follow the real jaarrapportage: instroom en
 * afronding, looptijd, indieners, leefgebieden, beleidsterreinen, betrokken
 * organisaties, interventies en escalaties, leerpunten (status per ministerie
 * and per party), complexiteit, datakwaliteit, verantwoording. All text from
 * data is HTML-escaped. Returns 0, or -1 when the template failed (a bug,
 * logged) or out is full; out may then hold part of the report.
 */
int rapport_html(struct buf *out, const struct rapport_stukken *s, bool standalone);

/*
 * The context the report templates render (templates/rapport/rapport.html): the web
 * page puts it under "rapport" in its own context. links: referenties in the
 * data-quality chapter link to their casus (for regievoerders). Caller owns it.
 */
json_t *rapport_context(const struct rapport_stukken *s, bool links);

/*
 * The same figures as CSV (UTF-8, comma-separated, CRLF line ends), one table
 * per part with its own header row and a blank line between tables:
 * Overzicht, Looptijd, Indieners, Leefgebieden, Beleidsterreinen, Organisaties,
 * Interventies, Leerpunten, Opvolging, Complexiteit, Datakwaliteit. A header
 * row is "<Tabel>,Code,<jaar>[,<jaar-1>]" (Opvolging and Datakwaliteit have
 * their own columns); Code is the member path in the JSON of rapport_jaar.
 * Text fields go through escape_csv (formula starts neutralised).
 * Returns 0, or -1 when out is full.
 */
int rapport_csv(struct buf *out, const struct rapport_stukken *s);

/*
 * The same tables as an XLSX workbook at path, one worksheet per table (named
 * like the CSV tables), bold header row, column widths set, numbers as
 * numbers, text as text (formula starts neutralised like the CSV). The file
 * is created or overwritten. Returns 0, or -1 (nothing usable at path).
 */
int rapport_xlsx(const char *path, const struct rapport_stukken *s);
/* Same, into out (through a private temporary file that is removed again). */
int rapport_xlsx_buf(struct buf *out, const struct rapport_stukken *s);

/*
 * Loads every casus (store_casus_each) into arena a as an array the rapport_*
 * functions take. Only what the report needs is copied (no free text: no
 * hulpvraag, situatie, omschrijvingen, names of persons). On failure returns
 * the store's code with e filled; *out and *n are then unset.
 */
enum err_code rapport_casussen_laad(struct store *st, struct arena *a, const struct casus *const **out,
    size_t *n, struct err *e);

#endif
