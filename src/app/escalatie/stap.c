/* stap.c - each step of an escalatie and an overbrugging, once for the pages and the API: check, apply, store. */
#include "app/escalatie/stap.h"

#include <string.h>

#include "app/common/datum.h"
#include "core/bedrag.h"
#include "lib/date.h"
#include "store/casus/casus.h"
#include "store/escalatie/escalatie.h"
#include "store/overbrugging/overbrugging.h"

const char *const esc_handeling_codes[ESC_H__MAX] = {
	[ESC_H_VOORZITTER] = "voorzitter_inschakelen", [ESC_H_BIJEENKOMST] = "bijeenkomst_plannen",
	[ESC_H_DEELNEMER] = "deelnemer_toevoegen", [ESC_H_AFSPRAAK] = "afspraak_vastleggen",
	[ESC_H_OPVOLGING] = "opvolging_vastleggen", [ESC_H_BEWERKEN] = "bewerken", [ESC_H_AFRONDEN] = "afronden",
	[ESC_H_ALLEEN_VOORZITTER] = "alleen_voorzitter", [ESC_H_INTREKKEN] = "intrekken",
};
const char *const ob_handeling_codes[OB_H__MAX] = {
	[OB_H_BEWERKEN] = "bewerken", [OB_H_VOORFINANCIEREN] = "voorfinancieren", [OB_H_BESLUITEN] = "besluiten",
	[OB_H_VERREKENEN] = "verrekenen", [OB_H_INTREKKEN] = "intrekken",
};

static int
find(const char *const *codes, int n, const char *code)
{
	for (int i = 0; code != NULL && i < n; i++)
		if (strcmp(codes[i], code) == 0)
			return i;
	return -1;
}

int
esc_handeling_find(const char *code)
{
	return find(esc_handeling_codes, ESC_H__MAX, code);
}

int
ob_handeling_find(const char *code)
{
	return find(ob_handeling_codes, OB_H__MAX, code);
}

static void
org_leeg(struct organisatie_ref *o)
{
	memset(o, 0, sizeof(*o));
	o->type = ORGTYPE_OVERIG;
	o->aangesloten_sinds = o->aangesloten_tot = DATE_NONE;
}

void
esc_invoer_init(struct esc_invoer *in, enum esc_handeling h)
{
	memset(in, 0, sizeof(*in));
	in->h = h;
	in->bijeenkomst.datum = DATE_NONE;
	org_leeg(&in->deelnemer.organisatie);
	org_leeg(&in->afspraak.organisatie);
	in->afspraak.uiterlijk = DATE_NONE;
	in->opvolging.datum = DATE_NONE;
	escalatie_init(&in->aanvraag);
	in->uitkomst = -1;
	in->datum = DATE_NONE;
}

void
ob_invoer_init(struct ob_invoer *in, enum ob_handeling h)
{
	memset(in, 0, sizeof(*in));
	in->h = h;
	overbrugging_init(&in->aanvraag);
	org_leeg(&in->organisatie);
	in->bedrag = BEDRAG_GEEN;
	in->datum = DATE_NONE;
}

/* Begins the write transaction; ERR_UNAVAILABLE when the database is busy. */
static enum err_code
begin(struct request *r, struct err *err)
{
	if (store_begin(r->store) == ERR_OK)
		return ERR_OK;
	return err_set(err, ERR_UNAVAILABLE, NULL, "De database is bezet. Probeer het opnieuw.");
}

/* Commits after rc == ERR_OK, else rolls back; the result. */
static enum err_code
einde(struct request *r, enum err_code rc, struct err *err)
{
	if (rc == ERR_OK && store_commit(r->store) == ERR_OK)
		return ERR_OK;
	store_rollback(r->store);
	if (rc == ERR_OK)
		return err_set(err, ERR_UNAVAILABLE, NULL, "De wijziging kon niet worden opgeslagen. Probeer het opnieuw.");
	return rc;
}

static enum err_code
casus_open_voor_aanvraag(struct request *r, const struct casus_toegang *t, int *ontvangen_op, struct err *err)
{
	struct casus c;
	enum err_code rc;

	if (!perm_escalatie_aanvragen(&r->actor))
		return err_set(err, ERR_FORBIDDEN, NULL, "Alleen een regievoerder kan dit aanvragen.");
	if (t->status == STATUS_AFGEROND)
		return err_set(err, ERR_CONFLICT, "status",
		    "Deze casus is afgerond. Heropen hem eerst als er nog iets moet gebeuren.");
	if ((rc = store_casus_load_id(r->store, r->arena, t->id, &c, err)) != ERR_OK)
		return rc;
	*ontvangen_op = c.ontvangen_op;
	return ERR_OK;
}

enum err_code
esc_aanvragen(struct request *r, const struct casus_toegang *t, struct escalatie *e, int64_t *nieuw_id,
    struct err *err)
{
	int ontvangen = DATE_NONE;
	int64_t id = 0;
	enum err_code rc;

	if ((rc = casus_open_voor_aanvraag(r, t, &ontvangen, err)) != ERR_OK)
		return rc;
	e->casus_id = t->id;
	e->status = ESCALATIE_AANGEVRAAGD;
	if (e->aangevraagd_op == DATE_NONE)
		e->aangevraagd_op = app_vandaag(r);
	if ((rc = escalatie_aanvraag_check(e, ontvangen, app_vandaag(r), err)) != ERR_OK)
		return rc;
	if ((rc = begin(r, err)) != ERR_OK)
		return rc;
	rc = store_escalatie_insert(r->store, r->arena, e, arena_printf(r->arena,
	    "Escalatie naar het Landelijk Escalatie Team aangevraagd. Gevraagd besluit: %s", e->gevraagd_besluit),
	    r->actor.gebruiker_id, r->now, &id, err);
	if ((rc = einde(r, rc, err)) == ERR_OK && nieuw_id != NULL)
		*nieuw_id = id;
	return rc;
}

static struct escalatie_bijeenkomst *
bijeenkomst_van(struct escalatie *e, int64_t id)
{
	for (size_t i = 0; i < e->nbijeenkomsten; i++)
		if (e->bijeenkomsten[i].id == id)
			return &e->bijeenkomsten[i];
	return NULL;
}

/* A chair that may be engaged: a person with an active let_voorzitter account. */
static enum err_code
voorzitter_van(struct request *r, int64_t id, struct persoon_ref *out, struct err *err)
{
	struct persoon_kort *v = NULL;
	size_t n = 0;
	enum err_code rc;

	memset(out, 0, sizeof(*out));
	org_leeg(&out->organisatie);
	if ((rc = store_let_voorzitters(r->store, r->arena, &v, &n, err)) != ERR_OK)
		return rc;
	for (size_t i = 0; i < n; i++)
		if (v[i].id == id && id > 0) {
			out->id = id;
			out->naam = v[i].naam;
			return ERR_OK;
		}
	return err_set(err, ERR_VALIDATION, "voorzitter",
	    "Kies een voorzitter uit de lijst: iemand met een account als voorzitter van het LET.");
}

/* The status after a step that only adds (a meeting, an afspraak): stored when it changed. */
static enum err_code
status_volgt(struct request *r, struct escalatie *e, enum escalatie_stap stap, struct err *err)
{
	enum escalatie_status van = e->status;
	int naar = escalatie_na_stap(van, stap);

	if (naar < 0 || (enum escalatie_status)naar == van)
		return ERR_OK;
	e->status = (enum escalatie_status)naar;
	return store_escalatie_update(r->store, r->arena, e, van, false, r->actor.gebruiker_id, r->now, err);
}

static enum err_code
esc_stap(struct request *r, struct escalatie *e, struct esc_invoer *in, int64_t *nieuw_id, struct err *err)
{
	enum escalatie_status van = e->status;
	int vandaag = app_vandaag(r);
	struct escalatie_bijeenkomst *b = NULL;
	struct escalatie_afspraak *af = NULL;
	struct persoon_ref vz;
	enum err_code rc;

	switch (in->h) {
	case ESC_H_VOORZITTER:
		if ((rc = escalatie_stap_check(e, ESCALATIE_STAP_VOORZITTER, err)) != ERR_OK ||
		    (rc = voorzitter_van(r, in->voorzitter_id, &vz, err)) != ERR_OK ||
		    (rc = escalatie_voorzitter_inschakelen(e, &vz, err)) != ERR_OK)
			return rc;
		return store_escalatie_update(r->store, r->arena, e, van, false, r->actor.gebruiker_id, r->now, err);
	case ESC_H_BIJEENKOMST:
		if ((rc = escalatie_stap_check(e, ESCALATIE_STAP_BIJEENKOMST, err)) != ERR_OK ||
		    (rc = escalatie_bijeenkomst_check(e, &in->bijeenkomst, err)) != ERR_OK ||
		    (rc = store_escalatie_bijeenkomst_add(r->store, r->arena, e->id, &in->bijeenkomst,
			r->actor.gebruiker_id, r->now, nieuw_id, err)) != ERR_OK)
			return rc;
		return status_volgt(r, e, ESCALATIE_STAP_BIJEENKOMST, err);
	case ESC_H_DEELNEMER:
		if ((b = bijeenkomst_van(e, in->bijeenkomst_id)) == NULL)
			return err_set(err, ERR_NOT_FOUND, NULL, "Deze bijeenkomst hoort niet bij deze escalatie.");
		if ((rc = escalatie_stap_check(e, ESCALATIE_STAP_BIJEENKOMST, err)) != ERR_OK)
			return rc;
		if (b->ndeelnemers >= ESCALATIE_MAX_DEELNEMERS)
			return err_set(err, ERR_VALIDATION, "deelnemers", "Deze bijeenkomst heeft al het grootste aantal deelnemers.");
		if ((rc = escalatie_deelnemer_check(&in->deelnemer, err)) != ERR_OK)
			return rc;
		return store_escalatie_deelnemer_add(r->store, r->arena, b->id, &in->deelnemer, r->now, nieuw_id, err);
	case ESC_H_AFSPRAAK:
		if ((b = bijeenkomst_van(e, in->bijeenkomst_id)) == NULL)
			return err_set(err, ERR_NOT_FOUND, NULL, "Deze bijeenkomst hoort niet bij deze escalatie.");
		if ((rc = escalatie_stap_check(e, ESCALATIE_STAP_AFSPRAAK, err)) != ERR_OK ||
		    (rc = escalatie_afspraak_check(b, &in->afspraak, vandaag, err)) != ERR_OK)
			return rc;
		/* the organisation as it sits at the table (its stored id) */
		for (size_t i = 0; i < b->ndeelnemers; i++)
			if (organisatie_zelfde(&b->deelnemers[i].organisatie, &in->afspraak.organisatie))
				in->afspraak.organisatie = b->deelnemers[i].organisatie;
		if ((rc = store_escalatie_afspraak_add(r->store, r->arena, b->id, &in->afspraak, r->actor.gebruiker_id,
		    r->now, nieuw_id, err)) != ERR_OK)
			return rc;
		return status_volgt(r, e, ESCALATIE_STAP_AFSPRAAK, err);
	case ESC_H_OPVOLGING:
		for (size_t i = 0; i < e->nbijeenkomsten && af == NULL; i++)
			for (size_t j = 0; j < e->bijeenkomsten[i].nafspraken; j++)
				if (e->bijeenkomsten[i].afspraken[j].id == in->afspraak_id) {
					b = &e->bijeenkomsten[i];
					af = &b->afspraken[j];
				}
		if (af == NULL)
			return err_set(err, ERR_NOT_FOUND, NULL, "Deze afspraak hoort niet bij deze escalatie.");
		if ((rc = escalatie_stap_check(e, ESCALATIE_STAP_OPVOLGING, err)) != ERR_OK ||
		    (rc = afspraak_opvolging_check(af, b->datum, &in->opvolging, vandaag, err)) != ERR_OK)
			return rc;
		return store_afspraak_opvolging_add(r->store, af->id, &in->opvolging, r->actor.gebruiker_id, r->now, err);
	case ESC_H_BEWERKEN: {
		struct escalatie n = *e;

		if ((rc = escalatie_stap_check(e, ESCALATIE_STAP_BEWERKEN, err)) != ERR_OK)
			return rc;
		n.reden = in->aanvraag.reden;
		n.geprobeerd = in->aanvraag.geprobeerd;
		n.gevraagd_besluit = in->aanvraag.gevraagd_besluit;
		n.urgentie = in->aanvraag.urgentie;
		n.organisaties = in->aanvraag.organisaties;
		n.norganisaties = in->aanvraag.norganisaties;
		if ((rc = escalatie_aanvraag_check(&n, DATE_NONE, vandaag, err)) != ERR_OK)
			return rc;
		return store_escalatie_update(r->store, r->arena, &n, van, true, r->actor.gebruiker_id, r->now, err);
	}
	case ESC_H_AFRONDEN:
	case ESC_H_ALLEEN_VOORZITTER:
		if ((rc = escalatie_afsluiten(e, in->h == ESC_H_AFRONDEN ? ESCALATIE_STAP_AFRONDEN :
		    ESCALATIE_STAP_ALLEEN_VOORZITTER, in->uitkomst, in->tekst, in->datum == DATE_NONE ? vandaag : in->datum,
		    vandaag, err)) != ERR_OK)
			return rc;
		return store_escalatie_update(r->store, r->arena, e, van, false, r->actor.gebruiker_id, r->now, err);
	case ESC_H_INTREKKEN:
		if ((rc = escalatie_intrekken(e, in->tekst, in->datum == DATE_NONE ? vandaag : in->datum, vandaag,
		    err)) != ERR_OK)
			return rc;
		return store_escalatie_update(r->store, r->arena, e, van, false, r->actor.gebruiker_id, r->now, err);
	case ESC_H__MAX:
		break;
	}
	return err_set(err, ERR_VALIDATION, "stap", "Onbekende stap.");
}

enum err_code
esc_uitvoeren(struct request *r, const struct casus_toegang *t, int64_t esc_id, struct esc_invoer *in,
    int64_t *nieuw_id, struct err *err)
{
	struct escalatie e;
	bool regie = in->h == ESC_H_VOORZITTER || in->h == ESC_H_BEWERKEN || in->h == ESC_H_INTREKKEN;
	int64_t id = 0;
	enum err_code rc;

	if (nieuw_id == NULL)   /* the store always reports the new id */
		nieuw_id = &id;

	if ((rc = begin(r, err)) != ERR_OK)
		return rc;
	if ((rc = store_escalatie_get(r->store, r->arena, t->id, esc_id, &e, err)) == ERR_OK) {
		if (regie ? !perm_escalatie_aanvragen(&r->actor) : !perm_escalatie_voorzitten(&r->actor, e.voorzitter.id))
			rc = err_set(err, ERR_FORBIDDEN, NULL, regie ? "Alleen een regievoerder kan dit doen." :
			    "Alleen een regievoerder of de voorzitter van deze escalatie kan dit doen.");
		else
			rc = esc_stap(r, &e, in, nieuw_id, err);
	}
	return einde(r, rc, err);
}

enum err_code
ob_aanvragen(struct request *r, const struct casus_toegang *t, struct overbrugging *o, int64_t *nieuw_id,
    struct err *err)
{
	int ontvangen = DATE_NONE;
	int64_t id = 0;
	enum err_code rc;

	if (!perm_overbrugging_bijwerken(&r->actor))
		return err_set(err, ERR_FORBIDDEN, NULL, "Alleen een regievoerder kan een overbrugging aanvragen.");
	if ((rc = casus_open_voor_aanvraag(r, t, &ontvangen, err)) != ERR_OK)
		return rc;
	o->casus_id = t->id;
	o->status = OVERBRUGGING_AANGEVRAAGD;
	if (o->aangevraagd_op == DATE_NONE)
		o->aangevraagd_op = app_vandaag(r);
	if ((rc = overbrugging_aanvraag_check(o, ontvangen, app_vandaag(r), err)) != ERR_OK)
		return rc;
	if ((rc = begin(r, err)) != ERR_OK)
		return rc;
	rc = store_overbrugging_insert(r->store, r->arena, o, r->actor.gebruiker_id, r->now, &id, err);
	if ((rc = einde(r, rc, err)) == ERR_OK && nieuw_id != NULL)
		*nieuw_id = id;
	return rc;
}

static enum err_code
ob_stap(struct request *r, struct overbrugging *o, struct ob_invoer *in, struct err *err)
{
	enum overbrugging_status van = o->status;
	int vandaag = app_vandaag(r), datum = in->datum == DATE_NONE ? vandaag : in->datum;
	enum err_code rc;

	switch (in->h) {
	case OB_H_BEWERKEN: {
		struct overbrugging n = *o;

		if ((rc = overbrugging_stap_check(o, OVERBRUGGING_STAP_BEWERKEN, err)) != ERR_OK)
			return rc;
		n.wat = in->aanvraag.wat;
		n.regelingen = in->aanvraag.regelingen;
		n.geschat_bedrag = in->aanvraag.geschat_bedrag;
		n.periode_van = in->aanvraag.periode_van;
		n.periode_tot = in->aanvraag.periode_tot;
		n.termijn_werkdagen = in->aanvraag.termijn_werkdagen;
		n.kandidaten = in->aanvraag.kandidaten;
		n.nkandidaten = in->aanvraag.nkandidaten;
		if ((rc = overbrugging_aanvraag_check(&n, DATE_NONE, vandaag, err)) != ERR_OK)
			return rc;
		return store_overbrugging_update(r->store, r->arena, &n, van, true, r->now, err);
	}
	case OB_H_VOORFINANCIEREN:
		rc = overbrugging_voorfinancieren(o, &in->organisatie, in->bedrag, datum, vandaag, err);
		break;
	case OB_H_BESLUITEN:
		/* the payer as the candidate it is (its stored id and name) */
		for (size_t i = 0; i < o->nkandidaten; i++)
			if (in->organisatie.naam == NULL && in->organisatie.id > 0 &&
			    in->organisatie.id == o->kandidaten[i].organisatie.id)
				in->organisatie = o->kandidaten[i].organisatie;
		rc = overbrugging_besluiten(o, &in->organisatie, in->tekst, datum, vandaag, err);
		break;
	case OB_H_VERREKENEN:
		rc = overbrugging_verrekenen(o, in->bedrag, datum, vandaag, err);
		break;
	case OB_H_INTREKKEN:
		rc = overbrugging_intrekken(o, in->tekst, datum, vandaag, err);
		break;
	default:
		return err_set(err, ERR_VALIDATION, "stap", "Onbekende stap.");
	}
	if (rc != ERR_OK)
		return rc;
	return store_overbrugging_update(r->store, r->arena, o, van, false, r->now, err);
}

enum err_code
ob_uitvoeren(struct request *r, const struct casus_toegang *t, int64_t ob_id, struct ob_invoer *in, struct err *err)
{
	struct overbrugging o;
	enum err_code rc;

	if (!perm_overbrugging_bijwerken(&r->actor))
		return err_set(err, ERR_FORBIDDEN, NULL, "Alleen een regievoerder kan een overbrugging bijwerken.");
	if ((rc = begin(r, err)) != ERR_OK)
		return rc;
	if ((rc = store_overbrugging_get(r->store, r->arena, t->id, ob_id, &o, err)) == ERR_OK)
		rc = ob_stap(r, &o, in, err);
	return einde(r, rc, err);
}
