/* escalatie.c - the rules of an escalatie to the LET: the step table, input checks of requests, meetings, afspraken. */
#include "core/escalatie.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "lib/date.h"


/* ---- codes ------------------------------------------------------------------- */

static const char *const status_codes[ESCALATIE__MAX] = {
	[ESCALATIE_AANGEVRAAGD] = "aangevraagd",
	[ESCALATIE_VOORZITTER_INGESCHAKELD] = "voorzitter_ingeschakeld",
	[ESCALATIE_BIJEENKOMST_GEPLAND] = "bijeenkomst_gepland",
	[ESCALATIE_AFSPRAKEN_GEMAAKT] = "afspraken_gemaakt",
	[ESCALATIE_AFGEROND] = "afgerond",
	[ESCALATIE_ALLEEN_VOORZITTER] = "alleen_voorzitter",
	[ESCALATIE_INGETROKKEN] = "ingetrokken",
};
static const char *const status_labels[ESCALATIE__MAX] = {
	[ESCALATIE_AANGEVRAAGD] = "Aangevraagd",
	[ESCALATIE_VOORZITTER_INGESCHAKELD] = "Voorzitter ingeschakeld",
	[ESCALATIE_BIJEENKOMST_GEPLAND] = "Bijeenkomst gepland",
	[ESCALATIE_AFSPRAKEN_GEMAAKT] = "Afspraken gemaakt",
	[ESCALATIE_AFGEROND] = "Afgerond",
	[ESCALATIE_ALLEEN_VOORZITTER] = "Afgerond door de voorzitter alleen",
	[ESCALATIE_INGETROKKEN] = "Ingetrokken",
};
const struct codelist codes_escalatie_status = { "escalatieStatus", status_codes, status_labels, ESCALATIE__MAX };

static const char *const uitkomst_codes[UITKOMST__MAX] = {
	[UITKOMST_DOORBRAAK] = "doorbraak",
	[UITKOMST_GEDEELTELIJK] = "gedeeltelijk",
	[UITKOMST_GEEN_DOORBRAAK] = "geen_doorbraak",
};
static const char *const uitkomst_labels[UITKOMST__MAX] = {
	[UITKOMST_DOORBRAAK] = "Doorbraak: er is een oplossing",
	[UITKOMST_GEDEELTELIJK] = "Gedeeltelijk opgelost",
	[UITKOMST_GEEN_DOORBRAAK] = "Geen doorbraak",
};
const struct codelist codes_escalatie_uitkomst = { "uitkomst", uitkomst_codes, uitkomst_labels, UITKOMST__MAX };

static const char *const afspraak_codes[AFSPRAAK__MAX] = {
	[AFSPRAAK_OPEN] = "open",
	[AFSPRAAK_NAGEKOMEN] = "nagekomen",
	[AFSPRAAK_NIET_NAGEKOMEN] = "niet_nagekomen",
	[AFSPRAAK_VERVALLEN] = "vervallen",
};
static const char *const afspraak_labels[AFSPRAAK__MAX] = {
	[AFSPRAAK_OPEN] = "Open",
	[AFSPRAAK_NAGEKOMEN] = "Nagekomen",
	[AFSPRAAK_NIET_NAGEKOMEN] = "Niet nagekomen",
	[AFSPRAAK_VERVALLEN] = "Vervallen",
};
const struct codelist codes_afspraak_status = { "afspraakStatus", afspraak_codes, afspraak_labels, AFSPRAAK__MAX };

/* ---- the step table -------------------------------------------------------------- */

#define NO (-1)
#define SAME (-2)

static const int stappen[ESCALATIE__MAX][ESCALATIE_STAP__MAX] = {
	[ESCALATIE_AANGEVRAAGD] = {
		[ESCALATIE_STAP_VOORZITTER] = ESCALATIE_VOORZITTER_INGESCHAKELD,
		[ESCALATIE_STAP_BIJEENKOMST] = NO, [ESCALATIE_STAP_AFSPRAAK] = NO, [ESCALATIE_STAP_OPVOLGING] = NO,
		[ESCALATIE_STAP_BEWERKEN] = SAME, [ESCALATIE_STAP_AFRONDEN] = NO, [ESCALATIE_STAP_ALLEEN_VOORZITTER] = NO,
		[ESCALATIE_STAP_INTREKKEN] = ESCALATIE_INGETROKKEN },
	[ESCALATIE_VOORZITTER_INGESCHAKELD] = {
		[ESCALATIE_STAP_VOORZITTER] = SAME, [ESCALATIE_STAP_BIJEENKOMST] = ESCALATIE_BIJEENKOMST_GEPLAND,
		[ESCALATIE_STAP_AFSPRAAK] = NO, [ESCALATIE_STAP_OPVOLGING] = NO, [ESCALATIE_STAP_BEWERKEN] = SAME,
		[ESCALATIE_STAP_AFRONDEN] = NO, [ESCALATIE_STAP_ALLEEN_VOORZITTER] = ESCALATIE_ALLEEN_VOORZITTER,
		[ESCALATIE_STAP_INTREKKEN] = ESCALATIE_INGETROKKEN },
	[ESCALATIE_BIJEENKOMST_GEPLAND] = {
		[ESCALATIE_STAP_VOORZITTER] = SAME, [ESCALATIE_STAP_BIJEENKOMST] = SAME,
		[ESCALATIE_STAP_AFSPRAAK] = ESCALATIE_AFSPRAKEN_GEMAAKT, [ESCALATIE_STAP_OPVOLGING] = NO,
		[ESCALATIE_STAP_BEWERKEN] = SAME, [ESCALATIE_STAP_AFRONDEN] = NO,
		[ESCALATIE_STAP_ALLEEN_VOORZITTER] = ESCALATIE_ALLEEN_VOORZITTER,
		[ESCALATIE_STAP_INTREKKEN] = ESCALATIE_INGETROKKEN },
	[ESCALATIE_AFSPRAKEN_GEMAAKT] = {
		[ESCALATIE_STAP_VOORZITTER] = SAME, [ESCALATIE_STAP_BIJEENKOMST] = SAME, [ESCALATIE_STAP_AFSPRAAK] = SAME,
		[ESCALATIE_STAP_OPVOLGING] = SAME, [ESCALATIE_STAP_BEWERKEN] = SAME,
		[ESCALATIE_STAP_AFRONDEN] = ESCALATIE_AFGEROND, [ESCALATIE_STAP_ALLEEN_VOORZITTER] = NO,
		[ESCALATIE_STAP_INTREKKEN] = NO },
	[ESCALATIE_AFGEROND] = { NO, NO, NO, NO, NO, NO, NO, NO },
	[ESCALATIE_ALLEEN_VOORZITTER] = { NO, NO, NO, NO, NO, NO, NO, NO },
	[ESCALATIE_INGETROKKEN] = { NO, NO, NO, NO, NO, NO, NO, NO },
};

int
escalatie_na_stap(enum escalatie_status van, enum escalatie_stap stap)
{
	int naar;

	if ((unsigned)van >= ESCALATIE__MAX || (unsigned)stap >= ESCALATIE_STAP__MAX)
		return -1;
	naar = stappen[van][stap];
	return naar == SAME ? (int)van : naar;
}

bool
escalatie_overgang_toegestaan(enum escalatie_status van, enum escalatie_status naar)
{
	if (van == naar)
		return false;
	for (int s = 0; s < ESCALATIE_STAP__MAX; s++)
		if (escalatie_na_stap(van, (enum escalatie_stap)s) == (int)naar)
			return true;
	return false;
}

bool
escalatie_is_afgesloten(enum escalatie_status s)
{
	return s == ESCALATIE_AFGEROND || s == ESCALATIE_ALLEEN_VOORZITTER || s == ESCALATIE_INGETROKKEN;
}

bool
escalatie_let_bijeengekomen(enum escalatie_status s)
{
	return s == ESCALATIE_AFSPRAKEN_GEMAAKT || s == ESCALATIE_AFGEROND;
}

void
escalatie_init(struct escalatie *e)
{
	memset(e, 0, sizeof(*e));
	e->status = ESCALATIE_AANGEVRAAGD;
	e->aangevraagd_op = DATE_NONE;
	e->urgentie = URGENTIE_NORMAAL;
	e->voorzitter.organisatie.aangesloten_sinds = DATE_NONE;
	e->voorzitter.organisatie.aangesloten_tot = DATE_NONE;
	e->voorzitter.organisatie.type = ORGTYPE_OVERIG;
	e->uitkomst = -1;
	e->afgesloten_op = DATE_NONE;
}

/* Why a step is refused in status s: a Dutch sentence for the 409. */
static const char *
weigering(enum escalatie_status s, enum escalatie_stap stap)
{
	if (escalatie_is_afgesloten(s))
		return "Deze escalatie is beëindigd (%s); er kan niets meer aan veranderen.";
	switch (stap) {
	case ESCALATIE_STAP_BIJEENKOMST:
		return "Er kan nog geen bijeenkomst worden gepland (status: %s): schakel eerst een voorzitter in.";
	case ESCALATIE_STAP_AFSPRAAK:
		return "Er kunnen nog geen afspraken worden vastgelegd (status: %s): plan eerst een bijeenkomst.";
	case ESCALATIE_STAP_OPVOLGING:
		return "Er zijn nog geen afspraken om op te volgen (status: %s).";
	case ESCALATIE_STAP_AFRONDEN:
		return "Afronden kan pas als er afspraken zijn gemaakt (status: %s).";
	case ESCALATIE_STAP_ALLEEN_VOORZITTER:
		return "Afronden door de voorzitter alleen kan alleen zolang het LET nog niet bijeen is geweest, "
		       "met een voorzitter ingeschakeld (status: %s).";
	case ESCALATIE_STAP_INTREKKEN:
		return "Intrekken kan niet meer nu er afspraken zijn gemaakt (status: %s): rond de escalatie af.";
	default:
		return "Dat kan niet in deze fase van de escalatie (status: %s).";
	}
}

enum err_code
escalatie_stap_check(const struct escalatie *e, enum escalatie_stap stap, struct err *err)
{
	if (escalatie_na_stap(e->status, stap) >= 0)
		return ERR_OK;
	if ((unsigned)e->status >= ESCALATIE__MAX)
		return err_set(err, ERR_CONFLICT, "status", "Onbekende status van de escalatie.");
	return err_set(err, ERR_CONFLICT, "status", weigering(e->status, stap), status_labels[e->status]);
}

/* ---- input checks ------------------------------------------------------------------ */

static enum err_code
check_organisatie(const struct organisatie_ref *o, const char *field, struct err *err)
{
	if (o->id <= 0 && casus_tekst_leeg(o->naam))
		return err_set(err, ERR_VALIDATION, field, "Kies een organisatie.");
	if (o->naam != NULL && casus_tekst_check(o->naam, field, ESCALATIE_MAX_KORT, false, err) != ERR_OK)
		return ERR_VALIDATION;
	if ((unsigned)o->type >= ORGTYPE__MAX)
		return err_set(err, ERR_VALIDATION, field, "Onbekend type organisatie.");
	return ERR_OK;
}

bool
organisatie_zelfde(const struct organisatie_ref *a, const struct organisatie_ref *b)
{
	if (a->id > 0 && b->id > 0)
		return a->id == b->id;
	return a->naam != NULL && b->naam != NULL && strcasecmp(a->naam, b->naam) == 0 && a->type == b->type;
}

static enum err_code
check_datum(int datum, int niet_voor, int vandaag, const char *field, const char *voor_wat, struct err *err)
{
	if (datum == DATE_NONE)
		return err_set(err, ERR_VALIDATION, field, "Vul de datum in (JJJJ-MM-DD).");
	if (vandaag != DATE_NONE && datum > vandaag)
		return err_set(err, ERR_VALIDATION, field, "De datum ligt in de toekomst.");
	if (niet_voor != DATE_NONE && datum < niet_voor)
		return err_set(err, ERR_VALIDATION, field, "De datum ligt vóór %s.", voor_wat);
	return ERR_OK;
}

/* The request's checks; a record from before the escalatie module may lack its organisations (met_organisaties). */
static enum err_code
aanvraag_check(const struct escalatie *e, int ontvangen_op, int vandaag, bool met_organisaties, struct err *err)
{
	if (casus_tekst_check(e->reden, "reden", ESCALATIE_MAX_TEKST, true, err) != ERR_OK ||
	    casus_tekst_check(e->geprobeerd, "geprobeerd", ESCALATIE_MAX_TEKST, false, err) != ERR_OK ||
	    casus_tekst_check(e->gevraagd_besluit, "gevraagdBesluit", ESCALATIE_MAX_TEKST, true, err) != ERR_OK)
		return ERR_VALIDATION;
	if ((unsigned)e->urgentie >= URGENTIE__MAX)
		return err_set(err, ERR_VALIDATION, "urgentie", "Onbekende urgentie.");
	if (e->norganisaties == 0 && met_organisaties)
		return err_set(err, ERR_VALIDATION, "organisaties",
		    "Noem ten minste één organisatie waarvan een bestuurder aan tafel moet komen.");
	if (e->norganisaties > ESCALATIE_MAX_ORGANISATIES)
		return err_set(err, ERR_VALIDATION, "organisaties", "Hoogstens %d organisaties.",
		    ESCALATIE_MAX_ORGANISATIES);
	for (size_t i = 0; i < e->norganisaties; i++) {
		if (check_organisatie(&e->organisaties[i], "organisaties", err) != ERR_OK)
			return ERR_VALIDATION;
		for (size_t j = 0; j < i; j++)
			if (organisatie_zelfde(&e->organisaties[i], &e->organisaties[j]))
				return err_set(err, ERR_VALIDATION, "organisaties", "Een organisatie staat er twee keer in.");
	}
	return check_datum(e->aangevraagd_op, ontvangen_op, vandaag, "aangevraagdOp",
	    "de datum waarop de casus binnenkwam", err);
}

enum err_code
escalatie_aanvraag_check(const struct escalatie *e, int ontvangen_op, int vandaag, struct err *err)
{
	return aanvraag_check(e, ontvangen_op, vandaag, true, err);
}

enum err_code
escalatie_deelnemer_check(const struct escalatie_deelnemer *d, struct err *err)
{
	if (casus_tekst_check(d->naam, "naam", ESCALATIE_MAX_KORT, true, err) != ERR_OK)
		return ERR_VALIDATION;
	if (check_organisatie(&d->organisatie, "organisatie", err) != ERR_OK)
		return ERR_VALIDATION;
	return casus_tekst_check(d->functie, "functie", ESCALATIE_MAX_KORT, false, err);
}

enum err_code
escalatie_bijeenkomst_check(const struct escalatie *e, const struct escalatie_bijeenkomst *b, struct err *err)
{
	if (check_datum(b->datum, e->aangevraagd_op, DATE_NONE, "datum", "de aanvraag van de escalatie", err) != ERR_OK)
		return ERR_VALIDATION;
	if (casus_tekst_check(b->notities, "notities", ESCALATIE_MAX_TEKST, false, err) != ERR_OK)
		return ERR_VALIDATION;
	if (b->ndeelnemers > ESCALATIE_MAX_DEELNEMERS)
		return err_set(err, ERR_VALIDATION, "deelnemers", "Hoogstens %d deelnemers.", ESCALATIE_MAX_DEELNEMERS);
	for (size_t i = 0; i < b->ndeelnemers; i++)
		if (escalatie_deelnemer_check(&b->deelnemers[i], err) != ERR_OK)
			return ERR_VALIDATION;
	return ERR_OK;
}

bool
escalatie_aan_tafel(const struct escalatie_bijeenkomst *b, const struct organisatie_ref *o)
{
	for (size_t i = 0; i < b->ndeelnemers; i++)
		if (organisatie_zelfde(&b->deelnemers[i].organisatie, o))
			return true;
	return false;
}

enum err_code
escalatie_afspraak_check(const struct escalatie_bijeenkomst *b, const struct escalatie_afspraak *a, int vandaag,
    struct err *err)
{
	if (b->datum == DATE_NONE || b->datum > vandaag)
		return err_set(err, ERR_CONFLICT, "bijeenkomst",
		    "Deze bijeenkomst heeft nog niet plaatsgevonden; afspraken worden aan tafel gemaakt.");
	if (casus_tekst_check(a->wat, "wat", ESCALATIE_MAX_TEKST, true, err) != ERR_OK)
		return ERR_VALIDATION;
	if (check_organisatie(&a->organisatie, "organisatie", err) != ERR_OK)
		return ERR_VALIDATION;
	if (!escalatie_aan_tafel(b, &a->organisatie))
		return err_set(err, ERR_VALIDATION, "organisatie",
		    "Deze organisatie zat niet aan tafel. Een afspraak is voor een organisatie waarvan een deelnemer "
		    "bij de bijeenkomst was; voeg die deelnemer eerst toe.");
	if (casus_tekst_check(a->wie, "wie", ESCALATIE_MAX_KORT, false, err) != ERR_OK)
		return ERR_VALIDATION;
	if (a->uiterlijk == DATE_NONE)
		return err_set(err, ERR_VALIDATION, "uiterlijk", "Vul in wanneer de afspraak uiterlijk is nagekomen (JJJJ-MM-DD).");
	if (a->uiterlijk < b->datum)
		return err_set(err, ERR_VALIDATION, "uiterlijk", "De datum ligt vóór de bijeenkomst waar de afspraak is gemaakt.");
	return ERR_OK;
}

bool
afspraak_overgang_toegestaan(enum afspraak_status van, enum afspraak_status naar)
{
	if ((unsigned)van >= AFSPRAAK__MAX || (unsigned)naar >= AFSPRAAK__MAX)
		return false;
	switch (van) {
	case AFSPRAAK_OPEN:
		return true;
	case AFSPRAAK_NIET_NAGEKOMEN:
		return naar == AFSPRAAK_NIET_NAGEKOMEN || naar == AFSPRAAK_NAGEKOMEN;
	default:
		return false;   /* nagekomen and vervallen are final */
	}
}

enum err_code
afspraak_opvolging_check(const struct escalatie_afspraak *a, int bijeenkomst_datum, const struct afspraak_opvolging *o,
    int vandaag, struct err *err)
{
	int laatste = bijeenkomst_datum;

	if ((unsigned)o->status >= AFSPRAAK__MAX)
		return err_set(err, ERR_VALIDATION, "status", "Kies de stand van de afspraak.");
	if (!afspraak_overgang_toegestaan(a->status, o->status))
		return err_set(err, ERR_CONFLICT, "status",
		    "Een afspraak met de stand '%s' kan niet meer naar '%s'.", afspraak_labels[a->status],
		    afspraak_labels[o->status]);
	if (a->nopvolging > 0 && a->opvolging[a->nopvolging - 1].datum > laatste)
		laatste = a->opvolging[a->nopvolging - 1].datum;
	if (check_datum(o->datum, laatste, vandaag, "datum", "de bijeenkomst of de vorige opvolging", err) != ERR_OK)
		return ERR_VALIDATION;
	if (casus_tekst_check(o->notitie, "notitie", ESCALATIE_MAX_TEKST,
	    o->status == AFSPRAAK_NIET_NAGEKOMEN || o->status == AFSPRAAK_VERVALLEN, err) != ERR_OK) {
		if (casus_tekst_leeg(o->notitie))
			return err_set(err, ERR_VALIDATION, "notitie", "Licht toe waarom de afspraak %s is.",
			    o->status == AFSPRAAK_VERVALLEN ? "vervallen" : "niet nagekomen");
		return ERR_VALIDATION;
	}
	return ERR_OK;
}

bool
afspraak_te_laat(const struct escalatie_afspraak *a, int vandaag)
{
	return a->status == AFSPRAAK_OPEN && a->uiterlijk != DATE_NONE && vandaag != DATE_NONE && a->uiterlijk < vandaag;
}

int
afspraak_dagen_te_laat(const struct escalatie_afspraak *a, int vandaag)
{
	return afspraak_te_laat(a, vandaag) ? vandaag - a->uiterlijk : 0;
}

enum err_code
escalatie_voorzitter_inschakelen(struct escalatie *e, const struct persoon_ref *voorzitter, struct err *err)
{
	if (escalatie_stap_check(e, ESCALATIE_STAP_VOORZITTER, err) != ERR_OK)
		return ERR_CONFLICT;
	if (voorzitter == NULL || voorzitter->id <= 0)
		return err_set(err, ERR_VALIDATION, "voorzitter", "Kies de voorzitter van het LET.");
	e->voorzitter = *voorzitter;
	e->status = (enum escalatie_status)escalatie_na_stap(e->status, ESCALATIE_STAP_VOORZITTER);
	return ERR_OK;
}

enum err_code
escalatie_afsluiten(struct escalatie *e, enum escalatie_stap stap, int uitkomst, const char *resultaat, int datum,
    int vandaag, struct err *err)
{
	if (stap != ESCALATIE_STAP_AFRONDEN && stap != ESCALATIE_STAP_ALLEEN_VOORZITTER)
		return err_set(err, ERR_INTERNAL, "status", "Onbekende stap.");
	if (escalatie_stap_check(e, stap, err) != ERR_OK)
		return ERR_CONFLICT;
	if (uitkomst < 0 || uitkomst >= UITKOMST__MAX)
		return err_set(err, ERR_VALIDATION, "uitkomst", "Kies wat de escalatie heeft opgeleverd.");
	if (casus_tekst_check(resultaat, "resultaat", ESCALATIE_MAX_TEKST, true, err) != ERR_OK)
		return ERR_VALIDATION;
	if (check_datum(datum, e->aangevraagd_op, vandaag, "datum", "de aanvraag van de escalatie", err) != ERR_OK)
		return ERR_VALIDATION;
	e->uitkomst = uitkomst;
	e->resultaat = resultaat;
	e->afgesloten_op = datum;
	e->status = (enum escalatie_status)escalatie_na_stap(e->status, stap);
	return ERR_OK;
}

enum err_code
escalatie_intrekken(struct escalatie *e, const char *reden, int datum, int vandaag, struct err *err)
{
	if (escalatie_stap_check(e, ESCALATIE_STAP_INTREKKEN, err) != ERR_OK)
		return ERR_CONFLICT;
	if (casus_tekst_check(reden, "reden", ESCALATIE_MAX_TEKST, true, err) != ERR_OK)
		return ERR_VALIDATION;
	if (check_datum(datum, e->aangevraagd_op, vandaag, "datum", "de aanvraag van de escalatie", err) != ERR_OK)
		return ERR_VALIDATION;
	e->uitkomst = -1;
	e->resultaat = reden;
	e->afgesloten_op = datum;
	e->status = ESCALATIE_INGETROKKEN;
	return ERR_OK;
}

/* ---- a whole record ------------------------------------------------------------------------ */

enum afspraak_status
afspraak_status_van(const struct escalatie_afspraak *a)
{
	return a->nopvolging > 0 ? a->opvolging[a->nopvolging - 1].status : AFSPRAAK_OPEN;
}

/* A refused step while replaying a record is a contradiction in the record, not a conflict with the database. */
static enum err_code
replay(enum err_code rc, struct err *err)
{
	if (rc == ERR_CONFLICT && err != NULL)
		err->code = ERR_VALIDATION;
	return rc == ERR_CONFLICT ? ERR_VALIDATION : rc;
}

static enum err_code
replay_stap(struct escalatie *r, enum escalatie_stap stap, struct err *err)
{
	if (escalatie_stap_check(r, stap, err) != ERR_OK)
		return replay(ERR_CONFLICT, err);
	r->status = (enum escalatie_status)escalatie_na_stap(r->status, stap);
	return ERR_OK;
}

enum err_code
escalatie_record_check(const struct escalatie *e, struct err *err)
{
	struct escalatie r;
	int ver = date_from_ymd(9999, 12, 31);   /* "today" that every date lies before: no time-relative rule */
	enum err_code rc;

	escalatie_init(&r);
	r.casus_id = e->casus_id;
	r.aangevraagd_op = e->aangevraagd_op;
	r.reden = e->reden;
	r.geprobeerd = e->geprobeerd;
	r.gevraagd_besluit = e->gevraagd_besluit;
	r.urgentie = e->urgentie;
	r.organisaties = e->organisaties;
	r.norganisaties = e->norganisaties;
	if ((unsigned)e->status >= ESCALATIE__MAX)
		return err_set(err, ERR_VALIDATION, "status", "Onbekende status van de escalatie.");
	if ((rc = aanvraag_check(&r, DATE_NONE, DATE_NONE, false, err)) != ERR_OK)
		return rc;
	if ((e->voorzitter.id > 0 || !casus_tekst_leeg(e->voorzitter.naam)) &&
	    (rc = replay_stap(&r, ESCALATIE_STAP_VOORZITTER, err)) != ERR_OK)
		return rc;
	for (size_t i = 0; i < e->nbijeenkomsten; i++) {
		const struct escalatie_bijeenkomst *b = &e->bijeenkomsten[i];

		if ((rc = replay_stap(&r, ESCALATIE_STAP_BIJEENKOMST, err)) != ERR_OK ||
		    (rc = escalatie_bijeenkomst_check(&r, b, err)) != ERR_OK)
			return rc;
		for (size_t j = 0; j < b->nafspraken; j++) {
			struct escalatie_afspraak a = b->afspraken[j];

			if ((rc = replay_stap(&r, ESCALATIE_STAP_AFSPRAAK, err)) != ERR_OK ||
			    (rc = replay(escalatie_afspraak_check(b, &a, ver, err), err)) != ERR_OK)
				return rc;
			a.status = AFSPRAAK_OPEN;
			for (a.nopvolging = 0; a.nopvolging < b->afspraken[j].nopvolging; a.nopvolging++) {
				const struct afspraak_opvolging *o = &a.opvolging[a.nopvolging];

				if ((rc = replay(afspraak_opvolging_check(&a, b->datum, o, ver, err), err)) != ERR_OK)
					return rc;
				a.status = o->status;
			}
		}
	}
	/* taken over from the registration of before the escalatie module (migration 009): ended, its course unknown */
	if (e->status == ESCALATIE_AFGEROND && e->nbijeenkomsten == 0 && e->uitkomst == -1) {
		if ((rc = casus_tekst_check(e->resultaat, "resultaat", ESCALATIE_MAX_TEKST, true, err)) != ERR_OK)
			return rc;
		return check_datum(e->afgesloten_op, e->aangevraagd_op, DATE_NONE, "afgeslotenOp",
		    "de aanvraag van de escalatie", err);
	}
	switch (e->status) {
	case ESCALATIE_AFGEROND:
	case ESCALATIE_ALLEEN_VOORZITTER:
		rc = escalatie_afsluiten(&r, e->status == ESCALATIE_AFGEROND ? ESCALATIE_STAP_AFRONDEN :
		    ESCALATIE_STAP_ALLEEN_VOORZITTER, e->uitkomst, e->resultaat, e->afgesloten_op, ver, err);
		break;
	case ESCALATIE_INGETROKKEN:
		rc = escalatie_intrekken(&r, e->resultaat, e->afgesloten_op, ver, err);
		break;
	default:
		if (e->uitkomst != -1 || e->afgesloten_op != DATE_NONE || !casus_tekst_leeg(e->resultaat))
			return err_set(err, ERR_VALIDATION, "uitkomst",
			    "Uitkomst, resultaat en de datum van afsluiten horen bij een beëindigde escalatie.");
		rc = ERR_OK;
		break;
	}
	if ((rc = replay(rc, err)) != ERR_OK)
		return rc;
	if (r.status != e->status)
		return err_set(err, ERR_VALIDATION, "status",
		    "De status '%s' past niet bij wat er is vastgelegd; dat leidt tot '%s'.", status_codes[e->status],
		    status_codes[r.status]);
	return ERR_OK;
}

/* ---- the escalatie interventie --------------------------------------------------------------- */

enum err_code
escalatie_interventie_handmatig(int interventie_type, const char *field, struct err *e)
{
	if (interventie_type != INTERVENTIE_ESCALATIE)
		return ERR_OK;
	return err_set(e, ERR_VALIDATION, field,
	    "Een escalatie naar het LET legt u vast als escalatie van de casus (Escaleren naar het LET); "
	    "de interventie op de tijdlijn volgt daaruit.");
}

static bool
zelfde_tekst(const char *a, const char *b)
{
	return (a == NULL && b == NULL) || (a != NULL && b != NULL && strcmp(a, b) == 0);
}

enum err_code
escalatie_interventies_check(const struct casus *na, const struct casus *voor, struct err *e)
{
	for (size_t i = 0; i < na->ninterventies; i++) {
		const struct interventie *iv = &na->interventies[i];
		bool bestond = false;
		char field[48];

		if (iv->type != INTERVENTIE_ESCALATIE)
			continue;
		for (size_t j = 0; voor != NULL && j < voor->ninterventies && !bestond; j++)
			bestond = voor->interventies[j].type == iv->type && voor->interventies[j].datum == iv->datum &&
			    zelfde_tekst(voor->interventies[j].omschrijving, iv->omschrijving);
		if (bestond)
			continue;
		snprintf(field, sizeof(field), "interventies[%zu].type", i);
		return escalatie_interventie_handmatig(iv->type, field, e);
	}
	return ERR_OK;
}

/* ---- permissions ------------------------------------------------------------------------ */

bool
perm_escalatie_aanvragen(const struct actor *a)
{
	return a != NULL && a->gebruiker_id != 0 && actor_has(a, ROL_REGIEVOERDER);
}

bool
perm_escalatie_voorzitten(const struct actor *a, int64_t voorzitter_persoon_id)
{
	if (a == NULL || a->gebruiker_id == 0)
		return false;
	if (actor_has(a, ROL_REGIEVOERDER))
		return true;
	return actor_has(a, ROL_LET_VOORZITTER) && a->persoon_id > 0 && a->persoon_id == voorzitter_persoon_id;
}
