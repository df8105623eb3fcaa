/* web.h - private helpers of Het Loket's browser pages (app/casus/web*.c and app/casus/export.c). */
#ifndef DOORBRAAK_CASUS_WEB_H
#define DOORBRAAK_CASUS_WEB_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "app/common/datum.h"
#include "app/casus/filter.h"
#include "app/casus/toegang.h"
#include "core/casus.h"
#include "core/codes.h"
#include "store/casus/casus.h"
#include "web/request.h"

/*
 * Concepts (saved drafts) have no referentie yet. In URLs they are named
 * "concept-<id>"; cw_open() answers those itself (only their indiener may
 * see or change them) and hands every referentie to casus_open().
 */
#define CW_CONCEPT_PREFIX "concept-"
#define CW_HULPVRAAG_KORT 140       /* bytes of hulpvraag in a list's row */
#define CW_MAX_RIJEN 50              /* repeated rows (organisaties, knelpunten, leerpunten) in one form */

/* Validation messages of one form, each tied to the id of the field at fault (strings in the arena). */
#define CW_MAX_FOUTEN 32
struct cw_fouten {
	struct {
		const char *id, *tekst;
	} f[CW_MAX_FOUTEN];
	int n;
};
/* Adds a message (the first one per field wins; beyond CW_MAX_FOUTEN they are dropped). */
void cw_fout(struct cw_fouten *f, const char *id, const char *tekst);
/* The message for a field id, or NULL. */
const char *cw_fout_van(const struct cw_fouten *f, const char *id);
/* Sets "heeft_fouten" and "fouten" ([{id, tekst}]) in ctx for templates/partials/fouten.html. */
void cw_fouten_ctx(json_t *ctx, const struct cw_fouten *f);
/* The form field id of a casus_validate() path: "betrokkenOrganisaties[1].naam" -> "betrokken_organisaties_1_naam". */
const char *cw_veld_id(struct arena *a, const char *pad);

/* Form field descriptions for the partials casus_veld, casus_keuze and casus_groep (new references). */
enum cw_invoer { CW_TEKST, CW_EMAIL, CW_DATUM, CW_GETAL, CW_TEXTAREA };
json_t *cw_veld(const struct cw_fouten *f, const char *id, const char *naam, const char *label, const char *hulp,
    enum cw_invoer soort, const char *waarde, size_t max, bool verplicht);
/* A select; opties is consumed. */
json_t *cw_keuze(const struct cw_fouten *f, const char *id, const char *naam, const char *label, const char *hulp,
    json_t *opties);
/* A fieldset of checkboxes (radio false) or radio buttons; opties is consumed. */
json_t *cw_groep(const struct cw_fouten *f, const char *id, const char *naam, const char *label, const char *hulp,
    bool radio, json_t *opties);
json_t *cw_optie(const char *code, const char *label, bool gekozen);
/* Options of a codelist; gekozen is an index or -1. With leeg != NULL a first option "" labelled leeg. */
json_t *cw_opties(const struct codelist *l, int gekozen, const char *leeg);
/* Checkbox options of a codelist, checked per bit. */
json_t *cw_opties_bits(const struct codelist *l, unsigned bits);
/* The same for the 64-bit sets (wetten, knelpunt soorten); a code that is NULL (a list's "none") is left out. */
json_t *cw_opties_bits64(const struct codelist *l, uint64_t bits);
/* The checked boxes of naam as a bit set; an unknown code adds a message under id. */
uint64_t cw_bits64(struct request *r, struct cw_fouten *f, const char *naam, const char *id, const struct codelist *l);

/*
 * Reading a form. Values are returned as sent (so a refused value can be
 * shown again), or NULL when absent or blank. Problems are added to f under
 * `id` with a Dutch message naming `label`.
 */
const char *cw_tekst(struct request *r, struct cw_fouten *f, const char *naam, const char *id, const char *label,
    size_t max, bool verplicht);
/* Checks a value already read (rows of repeated fields). */
const char *cw_tekst_check(struct request *r, struct cw_fouten *f, const char *v, const char *id, const char *label,
    size_t max, bool verplicht);
/* A date "YYYY-MM-DD": the day number, or DATE_NONE when blank or wrong (then f has a message). */
int cw_datum(struct request *r, struct cw_fouten *f, const char *waarde, const char *id, const char *label,
    bool verplicht);
/* True when s is NULL or only white space. */
bool cw_leeg(const char *s);
/* Index of v in l, -1 when v is NULL or empty, -2 when unknown. */
int cw_code(const struct codelist *l, const char *v);

/* Display helpers (strings in the request arena). */
const char *cw_label(const struct codelist *l, int i);      /* "" when out of range */
const char *cw_bits_tekst(struct request *r, const struct codelist *l, unsigned bits);   /* "Financiën, Wonen" */
json_t *cw_bits_lijst(const struct codelist *l, unsigned bits);  /* ["Financiën", "Wonen"] */
const char *cw_dagen(struct request *r, int n);             /* "1 dag", "12 dagen" */
const char *cw_klasse(int complexiteit);                    /* laag, midden, hoog (docs/complexiteit.md) */

bool cw_is_regie(const struct request *r);
/* The URL segment of a casus: its referentie, or "concept-<id>". */
const char *cw_pad(struct request *r, int64_t id, const char *referentie);

/* casus_open() that also understands "concept-<id>". Replies and returns false when refused. */
bool cw_open(struct request *r, const char *ref, enum casus_actie actie, const char *audit_actie,
    struct casus_toegang *t);
/* Replies with the error of a store call (rc is the call's result; e may not be filled). */
void cw_reply_store(struct request *r, enum err_code rc, struct err *e);
/* Appends the toegestaan audit row of a list, search, export or single casus; false after replying 503. */
bool cw_audit_lijst(struct request *r, const char *actie, const char *object_type, const char *object_id);

/*
 * The werkvoorraad filters from the query string (status, regievoerder,
 * leefgebied, beleidsterrein, indiener_type, ouder_dan, sorteer), with the
 * visibility rule applied: non-regievoerders only see casussen they
 * submitted or were invited to. On a bad value replies 400 and returns false.
 * When ctx is not NULL the filter form's state is put in it ("filter",
 * "filter_query": the query string for links, without pagina).
 */
bool cw_filter(struct request *r, struct casus_filter *f, json_t *ctx);
/* Looptijd of a list row in days. */
int cw_rij_looptijd(const struct casus_rij *row, int vandaag);
/* A list row for templates/partials/tabel.html. */
json_t *cw_rij_json(struct request *r, const struct casus_rij *row, int vandaag);
/* "pagina" from the query (1 when absent); false after replying 400. */
bool cw_pagina(struct request *r, int *pagina);
/* Sets "paginering" in ctx: {pagina, paginas, vorige, volgende} with links built on base_query. */
void cw_paginering(struct request *r, json_t *ctx, const char *pad, const char *base_query, int pagina,
    size_t total);

/* app/casus/web_form.c: the casusformulier in its four uses. */
enum cw_modus {
	CW_NIEUW_INDIENER,    /* an indiener submits (or saves a concept) for themselves */
	CW_NIEUW_REGIE,       /* a regievoerder records a phone intake on behalf of an indiener */
	CW_BEWERKEN_CONCEPT,  /* the indiener edits their concept, and may submit it */
	CW_BEWERKEN_REGIE,    /* a regievoerder edits an open casus */
};
struct cw_form {
	enum cw_modus modus;
	struct casus c;               /* the casus being built or edited */
	const char *pad;              /* URL segment when editing, NULL for a new casus */
	const char *actie;            /* "concept", "indienen" or "opslaan" */
	bool indienen;                /* the user chose to submit */
	const char *ontvangen_tekst;  /* ontvangenOp as typed, to show it again */
	struct cw_fouten f;
};
/* An empty casus: dates DATE_NONE, codes -1, status concept, urgentie normaal. */
void cw_casus_leeg(struct casus *c);
void cw_organisatie_leeg(struct organisatie_ref *o);
/* Reads the posted form into s->c (over what is there) and s->f. */
void cw_form_lees(struct request *r, struct cw_form *s);
/* True when s->f is empty and casus_validate() accepts s->c (its message is added to s->f otherwise). */
bool cw_form_valideer(struct request *r, struct cw_form *s);
/* Knelpunten rows (knelpunt_categorie, knelpunt_omschrijving) into c, and back as form rows. */
void cw_lees_knelpunten(struct request *r, struct casus *c, struct cw_fouten *f);
json_t *cw_knelpunt_rijen(struct request *r, const struct casus *c, const struct cw_fouten *f);
/* Renders templates/casus/formulier.html with the values and messages of s. */
void cw_form_toon(struct request *r, int status, struct cw_form *s);

/* app/casus/web_nazorg.c: the wetten and the buitenlandse component of an open casus as form fields (reg_wetten,
   reg_buitenlands), and the forms of a closed casus for aanvullen without reopening (leerpunt, knelpunt, registratie). */
json_t *cw_registratie_formulier(const struct cw_fouten *f, const struct casus *c);
json_t *cw_nazorg_formulieren(struct request *r, const struct casus *c, const struct cw_fouten *f, json_t *w);

/* app/casus/web_detail.c: renders the casus page (also after a refused regie form, with status 400). */
void cw_detail_render(struct request *r, const struct casus_toegang *t, int status, const struct cw_fouten *f,
    json_t *waarden);

#endif
