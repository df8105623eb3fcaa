/* register.c - the Maatwerkregister's rules: fields, tags, when an entry is outdated, who keeps it (register.h). */
#include "core/register.h"

#include <string.h>

#include "core/casus.h"
#include "core/contact.h"
#include "lib/date.h"

#define CODELIST(var, listname, max, codes, labels) \
	const struct codelist var = { listname, codes, labels, max }

static const char *const soort_codes[REGSOORT__MAX] = {
	[REGSOORT_ORGANISATIE] = "organisatie",
	[REGSOORT_PROFESSIONAL] = "professional",
};
static const char *const soort_labels[REGSOORT__MAX] = {
	[REGSOORT_ORGANISATIE] = "Organisatie (maatwerkfunctionaris)",
	[REGSOORT_PROFESSIONAL] = "Maatwerkprofessional",
};
CODELIST(codes_register_soort, "registerSoort", REGSOORT__MAX, soort_codes, soort_labels);

static const char *const regio_codes[REGIO__MAX] = {
	[REGIO_LANDELIJK] = "landelijk",
	[REGIO_GRONINGEN] = "groningen",
	[REGIO_FRYSLAN] = "fryslan",
	[REGIO_DRENTHE] = "drenthe",
	[REGIO_OVERIJSSEL] = "overijssel",
	[REGIO_FLEVOLAND] = "flevoland",
	[REGIO_GELDERLAND] = "gelderland",
	[REGIO_UTRECHT] = "utrecht",
	[REGIO_NOORD_HOLLAND] = "noord_holland",
	[REGIO_ZUID_HOLLAND] = "zuid_holland",
	[REGIO_ZEELAND] = "zeeland",
	[REGIO_NOORD_BRABANT] = "noord_brabant",
	[REGIO_LIMBURG] = "limburg",
	[REGIO_CARIBISCH_NEDERLAND] = "caribisch_nederland",
};
static const char *const regio_labels[REGIO__MAX] = {
	[REGIO_LANDELIJK] = "Landelijk",
	[REGIO_GRONINGEN] = "Groningen",
	[REGIO_FRYSLAN] = "Fryslân",
	[REGIO_DRENTHE] = "Drenthe",
	[REGIO_OVERIJSSEL] = "Overijssel",
	[REGIO_FLEVOLAND] = "Flevoland",
	[REGIO_GELDERLAND] = "Gelderland",
	[REGIO_UTRECHT] = "Utrecht",
	[REGIO_NOORD_HOLLAND] = "Noord-Holland",
	[REGIO_ZUID_HOLLAND] = "Zuid-Holland",
	[REGIO_ZEELAND] = "Zeeland",
	[REGIO_NOORD_BRABANT] = "Noord-Brabant",
	[REGIO_LIMBURG] = "Limburg",
	[REGIO_CARIBISCH_NEDERLAND] = "Caribisch Nederland",
};
CODELIST(codes_regio, "regio", REGIO__MAX, regio_codes, regio_labels);

/* One line of at most max bytes, without control characters; required or not. */
static enum err_code
regel(const char *s, size_t max, bool verplicht, const char *field, const char *wat, struct err *e)
{
	size_t n = s != NULL ? strlen(s) : 0;

	if (contact_leeg(s)) {
		if (verplicht)
			return err_set(e, ERR_VALIDATION, field, "Vul %s in.", wat);
		return ERR_OK;
	}
	if (n > max)
		return err_set(e, ERR_VALIDATION, field, "Dit veld is hoogstens %zu tekens.", max);
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)s[i] < 0x20 || s[i] == 0x7f)
			return err_set(e, ERR_VALIDATION, field, "Dit veld is één regel tekst, zonder tabs of regeleinden.");
	return ERR_OK;
}

enum err_code
register_validate(const struct register_invoer *in, struct err *e)
{
	bool org = in->soort == REGSOORT_ORGANISATIE;

	if ((unsigned)in->soort >= REGSOORT__MAX)
		return err_set(e, ERR_VALIDATION, "soort", "Kies of dit een organisatie of een professional is.");
	if (regel(in->naam, REGISTER_MAX_NAAM, true, "naam",
	        org ? "de naam van de maatwerkfunctionaris" : "de naam van de professional", e) != ERR_OK ||
	    regel(in->functie, REGISTER_MAX_FUNCTIE, false, "functie", "de functie", e) != ERR_OK)
		return ERR_VALIDATION;
	if (org && regel(in->mandaat, REGISTER_MAX_MANDAAT, true, "mandaat",
	        "van wie de maatwerkfunctionaris het mandaat heeft (bijvoorbeeld het college van B en W)", e) != ERR_OK)
		return ERR_VALIDATION;
	if (contact_leeg(in->email))
		return err_set(e, ERR_VALIDATION, "email",
		    org ? "Vul het centrale e-mailadres in." : "Vul het e-mailadres van de professional in.");
	if (contact_email_check(in->email, "email", e) != ERR_OK)
		return ERR_VALIDATION;
	if (contact_leeg(in->telefoon)) {
		if (org)
			return err_set(e, ERR_VALIDATION, "telefoon", "Vul het centrale telefoonnummer in.");
	} else if (contact_telefoon_check(in->telefoon, "telefoon", e) != ERR_OK)
		return ERR_VALIDATION;
	if (in->expertise != NULL && strlen(in->expertise) > REGISTER_MAX_EXPERTISE)
		return err_set(e, ERR_VALIDATION, "expertise", "De beschrijving is hoogstens %d tekens.",
		    REGISTER_MAX_EXPERTISE);
	if (in->leefgebieden & ~((1u << LEEFGEBIED__MAX) - 1))
		return err_set(e, ERR_VALIDATION, "leefgebieden", "Kies de leefgebieden uit de lijst.");
	if (WET__MAX < 64 && (in->wetten >> WET__MAX) != 0)
		return err_set(e, ERR_VALIDATION, "wetten", "Kies de wetten en regelingen uit de lijst.");
	if (in->regio < 0 || in->regio >= REGIO__MAX)
		return err_set(e, ERR_VALIDATION, "regio", "Kies de regio uit de lijst (of landelijk).");
	return ERR_OK;
}

enum err_code
register_tags(const char *const *codes, size_t n, const struct codelist *l, const char *field, const char *wat,
    uint64_t *out, struct err *e)
{
	uint64_t bits = 0;

	for (size_t i = 0; i < n; i++) {
		int k;

		if (codes[i] == NULL || codes[i][0] == '\0')
			continue;
		if ((k = codelist_find(l, codes[i])) < 0 || k >= 64)
			return err_set(e, ERR_VALIDATION, field, "Onbekende %s: '%.60s'. Kies uit de lijst.", wat, codes[i]);
		bits |= (uint64_t)1 << k;
	}
	*out = bits;
	return ERR_OK;
}

bool
register_verouderd(int bevestigd_op, int vandaag)
{
	if (bevestigd_op == DATE_NONE)
		return true;
	return date_add_months(bevestigd_op, REGISTER_GELDIG_MAANDEN) < vandaag;
}

int
register_verouderd_tot(int vandaag)
{
	/* date_add_months never decreases as its day grows, so the outdated days are all days up to one */
	int d = date_add_months(vandaag, -REGISTER_GELDIG_MAANDEN);

	while (date_add_months(d, REGISTER_GELDIG_MAANDEN) < vandaag)
		d++;
	while (d > 0 && date_add_months(d, REGISTER_GELDIG_MAANDEN) >= vandaag)
		d--;
	return d;
}

bool
register_mag_bewerken(const struct actor *a, const struct register_eigendom *r)
{
	if (a == NULL || a->gebruiker_id == 0 || r == NULL)
		return false;
	if (actor_has(a, ROL_BEHEERDER))
		return true;
	if (a->persoon_id <= 0)
		return false;
	if (r->actor_is_contact)
		return true;
	return r->persoon_id > 0 && r->persoon_id == a->persoon_id;
}

bool
register_mag_toevoegen(const struct actor *a, enum register_soort soort, bool actor_is_contact,
    bool eigen_organisatie)
{
	if (a == NULL || a->gebruiker_id == 0)
		return false;
	if (actor_has(a, ROL_BEHEERDER))
		return true;
	if (a->persoon_id <= 0)
		return false;
	if (actor_is_contact)
		return true;
	return soort == REGSOORT_PROFESSIONAL && eigen_organisatie;
}
