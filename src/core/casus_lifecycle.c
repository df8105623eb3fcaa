/* casus_lifecycle.c - the steps of a casus's life and who may set which of its parts. */
#include "casus_lifecycle.h"

#include <string.h>

static void
overgang(struct casus_overgang *o, enum casus_gebeurtenis g, int van, enum casus_status naar, int datum)
{
	memset(o, 0, sizeof(*o));
	o->gebeurtenis = g;
	o->van = van;
	o->naar = naar;
	o->datum = datum;
	o->followup_antwoord = -1;
}

bool
casus_overgang_statuswijziging(const struct casus_overgang *o)
{
	return o->gebeurtenis != GEBEURTENIS_GEEN && o->van != (int)o->naar;
}

void
casus_apply_defaults(struct casus *c, int vandaag)
{
	if (c->ontvangen_op == DATE_NONE)
		c->ontvangen_op = vandaag;
	for (size_t i = 0; i < c->ninterventies; i++)
		if (c->interventies[i].datum == DATE_NONE)
			c->interventies[i].datum = c->ontvangen_op;
}

/* A concept or a closed casus has no regievoerder to assign or release. */
static enum err_code
open_voor_regie(const struct casus *c, struct err *e)
{
	if (c->status == STATUS_CONCEPT)
		return err_set(e, ERR_CONFLICT, "status", "Een concept is nog niet ingediend.");
	if (c->status == STATUS_AFGEROND)
		return err_set(e, ERR_CONFLICT, "status", "Deze casus is afgerond.");
	return ERR_OK;
}

enum err_code
casus_indienen(struct casus *c, int van, bool door_loket, int vandaag, struct casus_overgang *o, struct err *e)
{
	if (!door_loket || c->status == STATUS_CONCEPT)
		c->status = STATUS_AANGEMELD;
	if (van == STATUS_CONCEPT && !door_loket)
		c->ontvangen_op = vandaag;   /* a concept's looptijd starts when it reaches the Loket */
	if (van >= 0 && !casus_transition_allowed((enum casus_status)van, c->status))
		return err_set(e, ERR_VALIDATION, "status", "Deze casus kan niet zo worden ingediend.");
	casus_apply_defaults(c, vandaag);
	overgang(o, door_loket ? GEBEURTENIS_VASTGELEGD : GEBEURTENIS_INGEDIEND, van, c->status, vandaag);
	return ERR_OK;
}

enum err_code
casus_toewijzen(struct casus *c, const struct persoon_ref *rv, int vandaag, struct casus_overgang *o, struct err *e)
{
	enum casus_status van = c->status;

	if (open_voor_regie(c, e) != ERR_OK)
		return e->code;
	c->regievoerder = *rv;
	if (van == STATUS_AANGEMELD)
		c->status = STATUS_IN_BEHANDELING;
	overgang(o, van == STATUS_AANGEMELD ? GEBEURTENIS_TOEGEWEZEN : GEBEURTENIS_OVERGEDRAGEN, (int)van, c->status,
	    vandaag);
	o->regievoerder = rv->naam;
	return ERR_OK;
}

enum err_code
casus_vrijgeven(struct casus *c, int vandaag, struct casus_overgang *o, struct err *e)
{
	enum casus_status van = c->status;
	bool had = c->regievoerder.naam != NULL;

	if (open_voor_regie(c, e) != ERR_OK)
		return e->code;
	{
		struct casus leeg;

		casus_init(&leeg);
		c->regievoerder = leeg.regievoerder;
	}
	c->status = STATUS_AANGEMELD;
	overgang(o, had || van != STATUS_AANGEMELD ? GEBEURTENIS_VRIJGEGEVEN : GEBEURTENIS_GEEN, (int)van, c->status,
	    vandaag);
	return ERR_OK;
}

enum err_code
casus_afronden(struct casus *c, int vandaag, struct casus_overgang *o, struct err *e)
{
	enum casus_status van = c->status;

	if (van != STATUS_AFGEROND && !casus_transition_allowed(van, STATUS_AFGEROND))
		return err_set(e, ERR_CONFLICT, "status", "Een casus met de status %s kan niet worden afgerond.",
		    codes_casus_status.codes[(unsigned)van < STATUS__MAX ? van : 0]);
	if (c->afgerond_op == DATE_NONE)
		c->afgerond_op = vandaag;
	if (c->followup_op == DATE_NONE)
		c->followup_op = casus_default_followup(c->afgerond_op);
	c->status = STATUS_AFGEROND;
	overgang(o, GEBEURTENIS_AFGEROND, (int)van, STATUS_AFGEROND, c->afgerond_op);
	return ERR_OK;
}

enum err_code
casus_heropenen(struct casus *c, const char *reden, int vandaag, struct casus_overgang *o, struct err *e)
{
	if (c->status != STATUS_AFGEROND)
		return err_set(e, ERR_CONFLICT, "status", "Alleen een afgeronde casus kan worden heropend.");
	c->status = STATUS_IN_BEHANDELING;
	c->afgerond_op = DATE_NONE;   /* the looptijd runs again */
	c->followup_op = DATE_NONE;
	overgang(o, GEBEURTENIS_HEROPEND, STATUS_AFGEROND, STATUS_IN_BEHANDELING, vandaag);
	o->reden = reden;
	return ERR_OK;
}

enum err_code
casus_status_volgt(struct casus *c, const struct casus *oud, int vandaag, struct casus_overgang *o, struct err *e)
{
	bool had = oud->regievoerder.naam != NULL, heeft = c->regievoerder.naam != NULL;

	c->status = oud->status;
	if (c->afgerond_op != DATE_NONE && oud->status != STATUS_AFGEROND)
		return casus_afronden(c, vandaag, o, e);
	if (heeft && (oud->status == STATUS_AANGEMELD || (oud->status == STATUS_IN_BEHANDELING &&
	    (!had || c->regievoerder.id != oud->regievoerder.id)))) {
		struct persoon_ref rv = c->regievoerder;

		return casus_toewijzen(c, &rv, vandaag, o, e);
	}
	if (!heeft && (had || oud->status == STATUS_IN_BEHANDELING) &&
	    (oud->status == STATUS_AANGEMELD || oud->status == STATUS_IN_BEHANDELING))
		return casus_vrijgeven(c, vandaag, o, e);
	overgang(o, GEBEURTENIS_GEEN, (int)oud->status, oud->status, vandaag);
	return ERR_OK;
}

enum err_code
casus_followup_beantwoorden(enum casus_status status, int antwoord, int vandaag, struct casus_overgang *o,
    struct err *e)
{
	if (status != STATUS_AFGEROND)
		return err_set(e, ERR_CONFLICT, "status", "Een follow-up hoort bij een afgeronde casus.");
	if (antwoord < 0 || antwoord >= FOLLOWUP__MAX)
		return err_set(e, ERR_VALIDATION, "antwoord", "Onbekend antwoord op de follow-up.");
	overgang(o, GEBEURTENIS_FOLLOWUP, STATUS_AFGEROND, STATUS_AFGEROND, vandaag);
	o->followup_antwoord = antwoord;
	o->na_afronding = true;   /* the follow-up comes months after closure */
	return ERR_OK;
}

enum err_code
casus_deelnemer_verwijderen(enum casus_status status, const char *rol, const char *naam, int vandaag,
    struct casus_overgang *o, struct err *e)
{
	if (rol != NULL && strcmp(rol, "let_voorzitter") == 0)
		return err_set(e, ERR_CONFLICT, "rol", "De voorzitter van het LET is deelnemer door de escalatie die hij "
		    "of zij voorzit; dat eindigt met de escalatie.");
	overgang(o, GEBEURTENIS_DEELNEMER_VERWIJDERD, (int)status, status, vandaag);
	o->deelnemer = naam;
	o->na_afronding = status == STATUS_AFGEROND;
	return ERR_OK;
}

enum err_code
casus_activiteit_datum(int *datum, int vandaag, struct err *e)
{
	if (*datum == DATE_NONE)
		*datum = vandaag;
	if (*datum > vandaag)
		return err_set(e, ERR_VALIDATION, "datum", "De datum mag niet in de toekomst liggen.");
	return ERR_OK;
}

/* ---- who may set which part ---------------------------------------------- */

enum veld_soort {
	SOORT_VRIJ,           /* anyone who may change the casus */
	SOORT_REGIE,          /* the regie part: a regievoerder */
	SOORT_REGIE_CONCEPT,  /* the regie part, but the indiener may fill it in on their own concept */
	SOORT_PARTIJEN,       /* who submitted it and when: given when it is created, then a regievoerder's */
	SOORT_REFERENTIE,     /* a regievoerder may give it to a new casus (as in an import); then assigned */
	SOORT_ID,             /* assigned by doorbraak */
	SOORT_FOLLOWUP,       /* the answer: a regievoerder may give it to a new casus; then only as an answer */
	SOORT_AFGELEID,       /* derived from, or kept in, records of their own (core/escalatie.h, overbrugging.h) */
};

static const struct {
	const char *veld;
	enum veld_soort soort;
} velden[] = {
	{ "id", SOORT_ID },
	{ "referentie", SOORT_REFERENTIE },
	{ "indiener", SOORT_PARTIJEN },
	{ "ontvangenOp", SOORT_PARTIJEN },
	{ "regievoerder", SOORT_REGIE },
	{ "afgerondOp", SOORT_REGIE },
	{ "resultaat", SOORT_REGIE },
	{ "knelpunten", SOORT_REGIE_CONCEPT },
	{ "interventies", SOORT_REGIE },
	{ "maatwerk", SOORT_REGIE },
	{ "maatwerkToepassingen", SOORT_REGIE },
	{ "leerpunten", SOORT_REGIE },
	{ "redenGeenLeerpunt", SOORT_REGIE },
	{ "procesregie", SOORT_REGIE_CONCEPT },
	{ "letEscalatie", SOORT_AFGELEID },
	{ "escalaties", SOORT_AFGELEID },
	{ "overbruggingen", SOORT_AFGELEID },
	{ "followUpOp", SOORT_REGIE },
	{ "followUpAntwoord", SOORT_FOLLOWUP },
	{ "followUpToelichting", SOORT_FOLLOWUP },
};

enum casus_fase
casus_fase_van(enum casus_status status)
{
	return status == STATUS_CONCEPT ? FASE_CONCEPT : FASE_INGEDIEND;
}

enum casus_veld_recht
casus_veld_recht(const struct actor *a, enum casus_fase fase, const char *veld)
{
	bool regie = actor_has(a, ROL_REGIEVOERDER);
	enum veld_soort soort = SOORT_VRIJ;

	for (size_t i = 0; veld != NULL && i < sizeof(velden) / sizeof(velden[0]); i++)
		if (strcmp(velden[i].veld, veld) == 0)
			soort = velden[i].soort;
	switch (soort) {
	case SOORT_VRIJ:
		return VELD_MAG;
	case SOORT_ID:
		return VELD_SYSTEEM;
	case SOORT_REFERENTIE:
		if (fase != FASE_NIEUW)
			return VELD_SYSTEEM;
		return regie ? VELD_MAG : VELD_ALLEEN_REGIE;
	case SOORT_FOLLOWUP:
		if (fase != FASE_NIEUW)
			return VELD_VIA_FOLLOWUP;
		return regie ? VELD_MAG : VELD_ALLEEN_REGIE;
	case SOORT_PARTIJEN:
		return regie || fase == FASE_NIEUW ? VELD_MAG : VELD_ALLEEN_REGIE;
	case SOORT_REGIE_CONCEPT:
		return regie || fase == FASE_CONCEPT ? VELD_MAG : VELD_ALLEEN_REGIE;
	case SOORT_AFGELEID:
		return VELD_AFGELEID;
	case SOORT_REGIE:
		break;
	}
	return regie ? VELD_MAG : VELD_ALLEEN_REGIE;
}
