/* casus_registratie.c - recording a casus faithfully (issue 11): wetten, knelpunt kinds, maatwerk records, why no leerpunt. */
#include <string.h>

#include "core/casus.h"
#include "core/casus_private.h"

void
maatwerk_init(struct maatwerk_toepassing *m)
{
	memset(m, 0, sizeof(*m));
	m->door.type = ORGTYPE_OVERIG;
	m->door.aangesloten_sinds = m->door.aangesloten_tot = DATE_NONE;
	m->wet = -1;
	m->datum = DATE_NONE;
}

static uint64_t
alle_wetten(void)
{
	return WET__MAX < 64 ? ((uint64_t)1 << WET__MAX) - 1 : ~(uint64_t)0;
}

bool
knelpunt_soorten_passen(enum categorie c, uint64_t soorten)
{
	for (int k = 0; k < KSOORT__MAX; k++)
		if (((soorten >> k) & 1u) && knelpunt_soort_categorie[k] != c)
			return false;
	return (soorten >> KSOORT__MAX) == 0;
}

static enum err_code
check_knelpunt_soorten(const struct casus *c, struct err *e)
{
	char f[PATH_MAX_LEN];

	for (size_t i = 0; i < c->nknelpunten; i++) {
		const struct knelpunt *k = &c->knelpunten[i];

		if (knelpunt_soorten_passen(k->categorie, k->soorten))
			continue;
		casus_pad(f, "knelpunten[%zu].soorten", i);
		if ((k->soorten >> KSOORT__MAX) != 0)
			return err_set(e, ERR_VALIDATION, f, "Onbekende soort knelpunt.");
		for (int s = 0; s < KSOORT__MAX; s++)
			if (((k->soorten >> s) & 1u) && knelpunt_soort_categorie[s] != k->categorie)
				return err_set(e, ERR_VALIDATION, f, "De soort '%s' hoort bij %s, niet bij %s.",
				    codes_knelpunt_soort.labels[s], codes_categorie.labels[knelpunt_soort_categorie[s]],
				    codes_categorie.labels[k->categorie]);
	}
	return ERR_OK;
}

static enum err_code
check_maatwerk(const struct casus *c, int today, struct err *e)
{
	char f[PATH_MAX_LEN];

	if (c->nmaatwerk_toepassingen > 0 && c->maatwerk == MAATWERK_GEEN)
		return err_set(e, ERR_VALIDATION, "maatwerk",
		    "Bij 'geen maatwerk' horen geen toepassingen van maatwerk; kies de vorm of haal de toepassingen weg.");
	for (size_t i = 0; i < c->nmaatwerk_toepassingen; i++) {
		const struct maatwerk_toepassing *m = &c->maatwerk_toepassingen[i];

		casus_pad(f, "maatwerkToepassingen[%zu].vorm", i);
		if (!casus_in_range((int)m->vorm, MVORM__MAX))
			return err_set(e, ERR_VALIDATION, f, "Onbekende vorm van maatwerk.");
		if (m->door.naam != NULL) {
			casus_pad(f, "maatwerkToepassingen[%zu].door", i);
			if (casus_org_check(&m->door, f, e) != ERR_OK)
				return e->code;
		}
		casus_pad(f, "maatwerkToepassingen[%zu].wet", i);
		if (m->wet != -1 && !casus_in_range(m->wet, WET__MAX))
			return err_set(e, ERR_VALIDATION, f, "Onbekende wet of regeling.");
		casus_pad(f, "maatwerkToepassingen[%zu].artikel", i);
		if (casus_tekst_check(m->artikel, f, CASUS_MAX_KORT, false, e) != ERR_OK)
			return e->code;
		casus_pad(f, "maatwerkToepassingen[%zu].toelichting", i);
		if (casus_tekst_check(m->toelichting, f, CASUS_MAX_TEKST, false, e) != ERR_OK)
			return e->code;
		casus_pad(f, "maatwerkToepassingen[%zu].datum", i);
		if (m->datum != DATE_NONE && m->datum > today)
			return err_set(e, ERR_VALIDATION, f, "Deze datum ligt in de toekomst.");
		if (m->datum != DATE_NONE && c->ontvangen_op != DATE_NONE && m->datum < c->ontvangen_op)
			return err_set(e, ERR_VALIDATION, f, "Het maatwerk ligt vóór de ontvangst van de casus.");
	}
	return ERR_OK;
}

enum err_code
casus_registratie_check(const struct casus *c, int today, struct err *e)
{
	if ((c->wetten & ~alle_wetten()) != 0)
		return err_set(e, ERR_VALIDATION, "wetten", "Onbekende wet of regeling.");
	if (check_knelpunt_soorten(c, e) != ERR_OK || check_maatwerk(c, today, e) != ERR_OK)
		return e->code;
	if (c->reden_geen_leerpunt != -1 && !casus_in_range(c->reden_geen_leerpunt, GEENLP__MAX))
		return err_set(e, ERR_VALIDATION, "redenGeenLeerpunt", "Onbekende reden.");
	if (c->reden_geen_leerpunt != -1 && c->nleerpunten > 0)
		return err_set(e, ERR_VALIDATION, "redenGeenLeerpunt",
		    "Deze casus heeft leerpunten; een reden waarom er geen leerpunt is, hoort daar niet bij.");
	return ERR_OK;
}
