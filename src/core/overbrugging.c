/* overbrugging.c - the rules of the overbruggingsprocedure: the step table, the request check, each step, deadlines. */
#include "core/overbrugging.h"

#include <string.h>

#include "core/bedrag.h"
#include "core/escalatie.h"
#include "core/werkdag.h"

/* ---- codes ------------------------------------------------------------------- */

static const char *const status_codes[OVERBRUGGING__MAX] = {
	[OVERBRUGGING_AANGEVRAAGD] = "aangevraagd",
	[OVERBRUGGING_VOORGEFINANCIERD] = "voorgefinancierd",
	[OVERBRUGGING_BESLOTEN] = "besloten",
	[OVERBRUGGING_VERREKEND] = "verrekend",
	[OVERBRUGGING_INGETROKKEN] = "ingetrokken",
};
static const char *const status_labels[OVERBRUGGING__MAX] = {
	[OVERBRUGGING_AANGEVRAAGD] = "Aangevraagd",
	[OVERBRUGGING_VOORGEFINANCIERD] = "Voorgefinancierd",
	[OVERBRUGGING_BESLOTEN] = "Besloten",
	[OVERBRUGGING_VERREKEND] = "Verrekend",
	[OVERBRUGGING_INGETROKKEN] = "Ingetrokken",
};
const struct codelist codes_overbrugging_status = { "overbruggingStatus", status_codes, status_labels,
	OVERBRUGGING__MAX };

static const char *const regeling_codes[REGELING__MAX] = {
	[REGELING_WMO] = "wmo",
	[REGELING_WLZ] = "wlz",
	[REGELING_ZVW] = "zvw",
	[REGELING_JEUGDWET] = "jeugdwet",
	[REGELING_PARTICIPATIEWET] = "participatiewet",
	[REGELING_WFZ] = "wfz",
	[REGELING_WET_KINDEROPVANG] = "wet_kinderopvang",
	[REGELING_ANDERS] = "anders",
};
static const char *const regeling_labels[REGELING__MAX] = {
	[REGELING_WMO] = "Wet maatschappelijke ondersteuning (Wmo 2015)",
	[REGELING_WLZ] = "Wet langdurige zorg (Wlz)",
	[REGELING_ZVW] = "Zorgverzekeringswet (Zvw)",
	[REGELING_JEUGDWET] = "Jeugdwet",
	[REGELING_PARTICIPATIEWET] = "Participatiewet",
	[REGELING_WFZ] = "Wet forensische zorg (Wfz)",
	[REGELING_WET_KINDEROPVANG] = "Wet kinderopvang",
	[REGELING_ANDERS] = "Andere regeling",
};
const struct codelist codes_regeling = { "regeling", regeling_codes, regeling_labels, REGELING__MAX };

static const char *const standpunt_codes[STANDPUNT__MAX] = {
	[STANDPUNT_ONBEKEND] = "onbekend",
	[STANDPUNT_BETWIST] = "betwist",
	[STANDPUNT_DEELS] = "deels",
	[STANDPUNT_ERKENT] = "erkent",
};
static const char *const standpunt_labels[STANDPUNT__MAX] = {
	[STANDPUNT_ONBEKEND] = "Nog onbekend",
	[STANDPUNT_BETWIST] = "Betwist dat zij moet betalen",
	[STANDPUNT_DEELS] = "Wil een deel betalen",
	[STANDPUNT_ERKENT] = "Erkent dat zij moet betalen",
};
const struct codelist codes_standpunt = { "standpunt", standpunt_codes, standpunt_labels, STANDPUNT__MAX };

/* ---- the step table -------------------------------------------------------------- */

#define NO (-1)
#define SAME (-2)

static const int stappen[OVERBRUGGING__MAX][OVERBRUGGING_STAP__MAX] = {
	/*                               BEWERKEN  VOORFINANCIEREN                BESLUITEN              VERREKENEN               INTREKKEN */
	[OVERBRUGGING_AANGEVRAAGD] =     { SAME,   OVERBRUGGING_VOORGEFINANCIERD, OVERBRUGGING_BESLOTEN, NO,                      OVERBRUGGING_INGETROKKEN },
	[OVERBRUGGING_VOORGEFINANCIERD] = { SAME,  NO,                            OVERBRUGGING_BESLOTEN, NO,                      OVERBRUGGING_INGETROKKEN },
	[OVERBRUGGING_BESLOTEN] =        { NO,     NO,                            NO,                    OVERBRUGGING_VERREKEND,  NO },
	[OVERBRUGGING_VERREKEND] =       { NO,     NO,                            NO,                    NO,                      NO },
	[OVERBRUGGING_INGETROKKEN] =     { NO,     NO,                            NO,                    NO,                      NO },
};

int
overbrugging_na_stap(enum overbrugging_status van, enum overbrugging_stap stap)
{
	int naar;

	if ((unsigned)van >= OVERBRUGGING__MAX || (unsigned)stap >= OVERBRUGGING_STAP__MAX)
		return -1;
	naar = stappen[van][stap];
	return naar == SAME ? (int)van : naar;
}

bool
overbrugging_overgang_toegestaan(enum overbrugging_status van, enum overbrugging_status naar)
{
	if (van == naar)
		return false;
	for (int s = 0; s < OVERBRUGGING_STAP__MAX; s++)
		if (overbrugging_na_stap(van, (enum overbrugging_stap)s) == (int)naar)
			return true;
	return false;
}

enum err_code
overbrugging_stap_check(const struct overbrugging *o, enum overbrugging_stap stap, struct err *e)
{
	const char *waarom;

	if (overbrugging_na_stap(o->status, stap) >= 0)
		return ERR_OK;
	if ((unsigned)o->status >= OVERBRUGGING__MAX)
		return err_set(e, ERR_CONFLICT, "status", "Onbekende status van de overbrugging.");
	switch (o->status) {
	case OVERBRUGGING_VERREKEND:
		waarom = "Deze overbrugging is verrekend en daarmee afgesloten; er kan niets meer aan veranderen.";
		break;
	case OVERBRUGGING_INGETROKKEN:
		waarom = "Deze overbrugging is ingetrokken; er kan niets meer aan veranderen.";
		break;
	case OVERBRUGGING_BESLOTEN:
		waarom = "Over deze overbrugging is al besloten; alleen de verrekening kan nog worden vastgelegd.";
		break;
	default:
		waarom = stap == OVERBRUGGING_STAP_VOORFINANCIEREN ?
		    "Deze overbrugging is al voorgefinancierd." :
		    "Verrekenen kan pas als is besloten wie betaalt.";
		break;
	}
	return err_set(e, ERR_CONFLICT, "status", "%s", waarom);
}

void
overbrugging_init(struct overbrugging *o)
{
	memset(o, 0, sizeof(*o));
	o->status = OVERBRUGGING_AANGEVRAAGD;
	o->aangevraagd_op = DATE_NONE;
	o->geschat_bedrag = BEDRAG_GEEN;
	o->periode_van = o->periode_tot = DATE_NONE;
	o->termijn_werkdagen = OVERBRUGGING_TERMIJN_WERKDAGEN;
	o->voorfinancier.type = o->betaler.type = ORGTYPE_OVERIG;
	o->voorfinancier.aangesloten_sinds = o->voorfinancier.aangesloten_tot = DATE_NONE;
	o->betaler.aangesloten_sinds = o->betaler.aangesloten_tot = DATE_NONE;
	o->voorgefinancierd_bedrag = BEDRAG_GEEN;
	o->voorgefinancierd_op = DATE_NONE;
	o->besloten_op = DATE_NONE;
	o->verrekend_bedrag = BEDRAG_GEEN;
	o->verrekend_op = DATE_NONE;
	o->ingetrokken_op = DATE_NONE;
}

static bool
org_gezet(const struct organisatie_ref *o)
{
	return o->id > 0 || !casus_tekst_leeg(o->naam);
}

bool
overbrugging_te_verrekenen(const struct overbrugging *o)
{
	return org_gezet(&o->voorfinancier) && o->voorgefinancierd_bedrag > 0 && org_gezet(&o->betaler) &&
	    !organisatie_zelfde(&o->voorfinancier, &o->betaler);
}

/* ---- checks -------------------------------------------------------------------------------- */

static enum err_code
check_org(const struct organisatie_ref *o, const char *field, const char *leeg, struct err *e)
{
	if (!org_gezet(o))
		return err_set(e, ERR_VALIDATION, field, "%s", leeg);
	if (o->naam != NULL && casus_tekst_check(o->naam, field, CASUS_MAX_KORT, false, e) != ERR_OK)
		return ERR_VALIDATION;
	if ((unsigned)o->type >= ORGTYPE__MAX)
		return err_set(e, ERR_VALIDATION, field, "Onbekend type organisatie.");
	return ERR_OK;
}

static enum err_code
check_datum(int datum, int niet_voor, int vandaag, const char *field, const char *voor_wat, struct err *e)
{
	if (datum == DATE_NONE)
		return err_set(e, ERR_VALIDATION, field, "Vul de datum in (JJJJ-MM-DD).");
	if (vandaag != DATE_NONE && datum > vandaag)
		return err_set(e, ERR_VALIDATION, field, "De datum ligt in de toekomst.");
	if (niet_voor != DATE_NONE && datum < niet_voor)
		return err_set(e, ERR_VALIDATION, field, "De datum ligt vóór %s.", voor_wat);
	return ERR_OK;
}

enum err_code
overbrugging_aanvraag_check(const struct overbrugging *o, int ontvangen_op, int vandaag, struct err *e)
{
	if (casus_tekst_check(o->wat, "wat", OVERBRUGGING_MAX_TEKST, true, e) != ERR_OK)
		return ERR_VALIDATION;
	if ((o->regelingen >> REGELING__MAX) != 0)
		return err_set(e, ERR_VALIDATION, "regelingen", "Onbekende regeling.");
	if (bedrag_check(o->geschat_bedrag, false, "geschatBedrag", e) != ERR_OK)
		return ERR_VALIDATION;
	if (o->periode_van != DATE_NONE && o->periode_tot != DATE_NONE && o->periode_tot < o->periode_van)
		return err_set(e, ERR_VALIDATION, "periodeTot", "De periode eindigt voordat zij begint.");
	if (o->termijn_werkdagen < 1 || o->termijn_werkdagen > OVERBRUGGING_TERMIJN_MAX)
		return err_set(e, ERR_VALIDATION, "termijnWerkdagen",
		    "De beslistermijn is 1 tot en met %d werkdagen (gewoonlijk %d).", OVERBRUGGING_TERMIJN_MAX,
		    OVERBRUGGING_TERMIJN_WERKDAGEN);
	if (o->nkandidaten == 0)
		return err_set(e, ERR_VALIDATION, "kandidaten", "Noem ten minste één organisatie die zou kunnen betalen.");
	if (o->nkandidaten > OVERBRUGGING_MAX_KANDIDATEN)
		return err_set(e, ERR_VALIDATION, "kandidaten", "Hoogstens %d mogelijke betalers.",
		    OVERBRUGGING_MAX_KANDIDATEN);
	for (size_t i = 0; i < o->nkandidaten; i++) {
		const struct overbrugging_kandidaat *k = &o->kandidaten[i];

		if (check_org(&k->organisatie, "kandidaten", "Kies een organisatie.", e) != ERR_OK)
			return ERR_VALIDATION;
		if ((unsigned)k->standpunt >= STANDPUNT__MAX)
			return err_set(e, ERR_VALIDATION, "kandidaten", "Onbekend standpunt.");
		if (casus_tekst_check(k->toelichting, "kandidaten", OVERBRUGGING_MAX_TEKST, false, e) != ERR_OK)
			return ERR_VALIDATION;
		for (size_t j = 0; j < i; j++)
			if (organisatie_zelfde(&k->organisatie, &o->kandidaten[j].organisatie))
				return err_set(e, ERR_VALIDATION, "kandidaten", "Een organisatie staat er twee keer in.");
	}
	return check_datum(o->aangevraagd_op, ontvangen_op, vandaag, "aangevraagdOp",
	    "de datum waarop de casus binnenkwam", e);
}

/* ---- the steps --------------------------------------------------------------------------------- */

enum err_code
overbrugging_voorfinancieren(struct overbrugging *o, const struct organisatie_ref *voorfinancier, int64_t bedrag,
    int datum, int vandaag, struct err *e)
{
	if (overbrugging_stap_check(o, OVERBRUGGING_STAP_VOORFINANCIEREN, e) != ERR_OK)
		return ERR_CONFLICT;
	if (check_org(voorfinancier, "voorfinancier", "Kies de organisatie die voorfinanciert.", e) != ERR_OK)
		return ERR_VALIDATION;
	if (bedrag_check(bedrag, true, "bedrag", e) != ERR_OK)
		return ERR_VALIDATION;
	if (bedrag == 0)
		return err_set(e, ERR_VALIDATION, "bedrag", "Vul het voorgefinancierde bedrag in; het is meer dan € 0.");
	if (check_datum(datum, o->aangevraagd_op, vandaag, "datum", "de aanvraag", e) != ERR_OK)
		return ERR_VALIDATION;
	o->voorfinancier = *voorfinancier;
	o->voorgefinancierd_bedrag = bedrag;
	o->voorgefinancierd_op = datum;
	o->status = OVERBRUGGING_VOORGEFINANCIERD;
	return ERR_OK;
}

enum err_code
overbrugging_besluiten(struct overbrugging *o, const struct organisatie_ref *betaler, const char *grondslag, int datum,
    int vandaag, struct err *e)
{
	bool kandidaat = false;
	int niet_voor = o->voorgefinancierd_op != DATE_NONE ? o->voorgefinancierd_op : o->aangevraagd_op;

	if (overbrugging_stap_check(o, OVERBRUGGING_STAP_BESLUITEN, e) != ERR_OK)
		return ERR_CONFLICT;
	if (betaler == NULL || !org_gezet(betaler))
		return err_set(e, ERR_VALIDATION, "betaler", "Kies wie betaalt: zonder betaler is er geen besluit.");
	if (check_org(betaler, "betaler", "Kies wie betaalt.", e) != ERR_OK)
		return ERR_VALIDATION;
	for (size_t i = 0; i < o->nkandidaten; i++)
		kandidaat = kandidaat || organisatie_zelfde(&o->kandidaten[i].organisatie, betaler);
	if (!kandidaat)
		return err_set(e, ERR_VALIDATION, "betaler",
		    "De betaler is geen van de mogelijke betalers van deze aanvraag. Voeg de organisatie eerst toe.");
	if (casus_tekst_check(grondslag, "grondslag", OVERBRUGGING_MAX_TEKST, true, e) != ERR_OK)
		return ERR_VALIDATION;
	if (check_datum(datum, niet_voor, vandaag, "datum", "de aanvraag of de voorfinanciering", e) != ERR_OK)
		return ERR_VALIDATION;
	o->betaler = *betaler;
	o->grondslag = grondslag;
	o->besloten_op = datum;
	o->status = OVERBRUGGING_BESLOTEN;
	return ERR_OK;
}

enum err_code
overbrugging_verrekenen(struct overbrugging *o, int64_t bedrag, int datum, int vandaag, struct err *e)
{
	if (overbrugging_stap_check(o, OVERBRUGGING_STAP_VERREKENEN, e) != ERR_OK)
		return ERR_CONFLICT;
	if (!overbrugging_te_verrekenen(o))
		return err_set(e, ERR_CONFLICT, "status",
		    "Er valt niets te verrekenen: niemand anders dan de betaler heeft voorgefinancierd.");
	if (bedrag_check(bedrag, true, "bedrag", e) != ERR_OK)
		return ERR_VALIDATION;
	if (bedrag > o->voorgefinancierd_bedrag)
		return err_set(e, ERR_VALIDATION, "bedrag",
		    "Er kan niet meer worden verrekend dan er is voorgefinancierd.");
	if (check_datum(datum, o->besloten_op, vandaag, "datum", "het besluit", e) != ERR_OK)
		return ERR_VALIDATION;
	o->verrekend_bedrag = bedrag;
	o->verrekend_op = datum;
	o->status = OVERBRUGGING_VERREKEND;
	return ERR_OK;
}

enum err_code
overbrugging_intrekken(struct overbrugging *o, const char *reden, int datum, int vandaag, struct err *e)
{
	int niet_voor = o->voorgefinancierd_op != DATE_NONE ? o->voorgefinancierd_op : o->aangevraagd_op;

	if (overbrugging_stap_check(o, OVERBRUGGING_STAP_INTREKKEN, e) != ERR_OK)
		return ERR_CONFLICT;
	if (casus_tekst_check(reden, "reden", OVERBRUGGING_MAX_TEKST, true, e) != ERR_OK)
		return ERR_VALIDATION;
	if (check_datum(datum, niet_voor, vandaag, "datum", "de aanvraag of de voorfinanciering", e) != ERR_OK)
		return ERR_VALIDATION;
	o->reden_intrekking = reden;
	o->ingetrokken_op = datum;
	o->status = OVERBRUGGING_INGETROKKEN;
	return ERR_OK;
}

/* ---- a whole record ------------------------------------------------------------------------ */

static enum err_code
replay(enum err_code rc, struct err *e)
{
	if (rc == ERR_CONFLICT && e != NULL)
		e->code = ERR_VALIDATION;
	return rc == ERR_CONFLICT ? ERR_VALIDATION : rc;
}

enum err_code
overbrugging_record_check(const struct overbrugging *o, struct err *e)
{
	struct overbrugging r;
	enum err_code rc;

	if ((unsigned)o->status >= OVERBRUGGING__MAX)
		return err_set(e, ERR_VALIDATION, "status", "Onbekende status van de overbrugging.");
	overbrugging_init(&r);
	r.id = o->id;
	r.casus_id = o->casus_id;
	r.aangevraagd_op = o->aangevraagd_op;
	r.wat = o->wat;
	r.regelingen = o->regelingen;
	r.geschat_bedrag = o->geschat_bedrag;
	r.periode_van = o->periode_van;
	r.periode_tot = o->periode_tot;
	r.termijn_werkdagen = o->termijn_werkdagen;
	r.kandidaten = o->kandidaten;
	r.nkandidaten = o->nkandidaten;
	if ((rc = overbrugging_aanvraag_check(&r, DATE_NONE, DATE_NONE, e)) != ERR_OK)
		return rc;
	if ((org_gezet(&o->voorfinancier) || o->voorgefinancierd_bedrag != BEDRAG_GEEN ||
	    o->voorgefinancierd_op != DATE_NONE) &&
	    (rc = replay(overbrugging_voorfinancieren(&r, &o->voorfinancier, o->voorgefinancierd_bedrag,
		o->voorgefinancierd_op, DATE_NONE, e), e)) != ERR_OK)
		return rc;
	if ((org_gezet(&o->betaler) || o->grondslag != NULL || o->besloten_op != DATE_NONE) &&
	    (rc = replay(overbrugging_besluiten(&r, &o->betaler, o->grondslag, o->besloten_op, DATE_NONE, e), e)) != ERR_OK)
		return rc;
	if ((o->verrekend_bedrag != BEDRAG_GEEN || o->verrekend_op != DATE_NONE) &&
	    (rc = replay(overbrugging_verrekenen(&r, o->verrekend_bedrag, o->verrekend_op, DATE_NONE, e), e)) != ERR_OK)
		return rc;
	if ((o->reden_intrekking != NULL || o->ingetrokken_op != DATE_NONE) &&
	    (rc = replay(overbrugging_intrekken(&r, o->reden_intrekking, o->ingetrokken_op, DATE_NONE, e), e)) != ERR_OK)
		return rc;
	if (r.status != o->status)
		return err_set(e, ERR_VALIDATION, "status",
		    "De status '%s' past niet bij wat er is vastgelegd; dat leidt tot '%s'.", status_codes[o->status],
		    status_codes[r.status]);
	return ERR_OK;
}

/* ---- deadlines and money ----------------------------------------------------------------------- */

int
overbrugging_beslistermijn(const struct overbrugging *o)
{
	if (o->aangevraagd_op == DATE_NONE || o->termijn_werkdagen < 0)
		return DATE_NONE;
	return werkdag_na(o->aangevraagd_op, o->termijn_werkdagen);
}

bool
overbrugging_te_laat(const struct overbrugging *o, int vandaag)
{
	int termijn;

	if (o->status != OVERBRUGGING_AANGEVRAAGD && o->status != OVERBRUGGING_VOORGEFINANCIERD)
		return false;
	termijn = overbrugging_beslistermijn(o);
	return termijn != DATE_NONE && vandaag > termijn;
}

int
overbrugging_werkdagen_tot_besluit(const struct overbrugging *o)
{
	if (o->besloten_op == DATE_NONE || o->aangevraagd_op == DATE_NONE)
		return -1;
	return werkdag_tussen(o->aangevraagd_op, o->besloten_op);
}

int64_t
overbrugging_openstaand(const struct overbrugging *o)
{
	int64_t terug;

	if (!org_gezet(&o->voorfinancier) || o->voorgefinancierd_bedrag <= 0)
		return 0;
	if (org_gezet(&o->betaler) && organisatie_zelfde(&o->voorfinancier, &o->betaler))
		return 0;   /* the payer paid in advance: its own pocket */
	terug = o->verrekend_bedrag > 0 ? o->verrekend_bedrag : 0;
	return o->voorgefinancierd_bedrag > terug ? o->voorgefinancierd_bedrag - terug : 0;
}

bool
perm_overbrugging_bijwerken(const struct actor *a)
{
	return a != NULL && a->gebruiker_id != 0 && actor_has(a, ROL_REGIEVOERDER);
}
