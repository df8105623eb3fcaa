/* stap.h - each step of an escalatie and an overbrugging, once for the pages and the API: one transaction each. */
#ifndef DOORBRAAK_APP_ESCALATIE_STAP_H
#define DOORBRAAK_APP_ESCALATIE_STAP_H

#include <stdint.h>

#include "app/casus/toegang.h"
#include "core/err.h"
#include "core/escalatie.h"
#include "core/overbrugging.h"
#include "web/request.h"

/*
 * The caller has opened the casus (casus_open, which wrote the audit row) and
 * read the input; these functions check who may (ERR_FORBIDDEN), run the
 * core's rules (ERR_VALIDATION with the field at fault, ERR_CONFLICT for a
 * step the state machine refuses) and store it, in one transaction that is
 * rolled back on any error: nothing changes unless everything is accepted.
 * ERR_UNAVAILABLE when the database is busy. *nieuw_id (may be NULL) is the
 * id of what was added (an escalatie, meeting, participant, afspraak,
 * overbrugging).
 */

/* A new escalatie of casus t from the request in e (casus_id is set here). A regievoerder, casus not afgerond. */
enum err_code esc_aanvragen(struct request *r, const struct casus_toegang *t, struct escalatie *e, int64_t *nieuw_id,
    struct err *err);

enum esc_handeling {
	ESC_H_VOORZITTER,         /* voorzitter_id */
	ESC_H_BIJEENKOMST,        /* bijeenkomst */
	ESC_H_DEELNEMER,          /* bijeenkomst_id, deelnemer */
	ESC_H_AFSPRAAK,           /* bijeenkomst_id, afspraak */
	ESC_H_OPVOLGING,          /* afspraak_id, opvolging */
	ESC_H_BEWERKEN,           /* aanvraag: reden, geprobeerd, gevraagd_besluit, urgentie, organisaties */
	ESC_H_AFRONDEN,           /* uitkomst, tekst (resultaat), datum */
	ESC_H_ALLEEN_VOORZITTER,  /* uitkomst, tekst (resultaat), datum */
	ESC_H_INTREKKEN,          /* tekst (reden), datum */
	ESC_H__MAX
};
/* The codes of the handelingen as forms and the API name them: "voorzitter_inschakelen", "bijeenkomst", ... */
extern const char *const esc_handeling_codes[ESC_H__MAX];
int esc_handeling_find(const char *code);   /* -1 when unknown */

struct esc_invoer {
	enum esc_handeling h;
	int64_t voorzitter_id;
	struct escalatie_bijeenkomst bijeenkomst;
	int64_t bijeenkomst_id;
	struct escalatie_deelnemer deelnemer;
	struct escalatie_afspraak afspraak;
	int64_t afspraak_id;
	struct afspraak_opvolging opvolging;
	struct escalatie aanvraag;
	int uitkomst;
	const char *tekst;
	int datum;
};
/* Every member absent (DATE_NONE, -1, NULL). */
void esc_invoer_init(struct esc_invoer *in, enum esc_handeling h);

/*
 * Step in->h on escalatie esc_id of casus t (ERR_NOT_FOUND when it is not of
 * this casus, or the meeting or afspraak named is not of this escalatie).
 * VOORZITTER, BEWERKEN and INTREKKEN are a regievoerder's; the others also
 * its chair's (perm_escalatie_voorzitten).
 */
enum err_code esc_uitvoeren(struct request *r, const struct casus_toegang *t, int64_t esc_id, struct esc_invoer *in,
    int64_t *nieuw_id, struct err *err);

/* A new overbrugging of casus t (casus_id set here). A regievoerder, casus not afgerond. */
enum err_code ob_aanvragen(struct request *r, const struct casus_toegang *t, struct overbrugging *o,
    int64_t *nieuw_id, struct err *err);

enum ob_handeling {
	OB_H_BEWERKEN,            /* aanvraag: wat, regelingen, geschat bedrag, periode, termijn, kandidaten */
	OB_H_VOORFINANCIEREN,     /* organisatie, bedrag, datum */
	OB_H_BESLUITEN,           /* organisatie (betaler), tekst (grondslag), datum */
	OB_H_VERREKENEN,          /* bedrag, datum */
	OB_H_INTREKKEN,           /* tekst (reden), datum */
	OB_H__MAX
};
extern const char *const ob_handeling_codes[OB_H__MAX];
int ob_handeling_find(const char *code);

struct ob_invoer {
	enum ob_handeling h;
	struct overbrugging aanvraag;
	struct organisatie_ref organisatie;
	int64_t bedrag;
	const char *tekst;
	int datum;
};
void ob_invoer_init(struct ob_invoer *in, enum ob_handeling h);
/* Step in->h on overbrugging ob_id of casus t: a regievoerder's. */
enum err_code ob_uitvoeren(struct request *r, const struct casus_toegang *t, int64_t ob_id, struct ob_invoer *in,
    struct err *err);

#endif
