/* systeemwijziging.c - the checks of a realised system change. */
#include "core/systeemwijziging.h"

#include <stdio.h>
#include <string.h>

#include "core/casus_private.h"

void
systeemwijziging_init(struct systeemwijziging *s)
{
	memset(s, 0, sizeof(*s));
	s->soort = SWSOORT_WERKWIJZE;
	s->gerealiseerd_op = DATE_NONE;
	s->door.type = ORGTYPE_OVERIG;
	s->door.aangesloten_sinds = s->door.aangesloten_tot = DATE_NONE;
}

enum err_code
systeemwijziging_validate(const struct systeemwijziging *s, int today, struct err *e)
{
	char f[PATH_MAX_LEN];
	int jaar, nr;

	if (casus_tekst_check(s->omschrijving, "omschrijving", CASUS_MAX_TEKST, true, e) != ERR_OK)
		return e->code;
	if (!casus_in_range((int)s->soort, SWSOORT__MAX))
		return err_set(e, ERR_VALIDATION, "soort", "Kies de soort wijziging.");
	if (s->gerealiseerd_op != DATE_NONE && s->gerealiseerd_op > today)
		return err_set(e, ERR_VALIDATION, "gerealiseerdOp",
		    "Een gerealiseerde wijziging ligt niet in de toekomst.");
	if (s->door.naam != NULL && casus_org_check(&s->door, "door", e) != ERR_OK)
		return e->code;
	if (casus_tekst_check(s->bron, "bron", CASUS_MAX_KORT, false, e) != ERR_OK ||
	    casus_tekst_check(s->url, "url", LEERPUNT_MAX_KOPPELING, false, e) != ERR_OK)
		return e->code;
	if (s->url != NULL && ((strncmp(s->url, "https://", 8) != 0 && strncmp(s->url, "http://", 7) != 0) ||
	    strpbrk(s->url, " \t\r\n<>\"") != NULL))
		return err_set(e, ERR_VALIDATION, "url", "Een link begint met https:// (of http://) en bevat geen spaties.");
	if (s->nleerpunten > SYSTEEMWIJZIGING_MAX_LINKS || s->ncasussen > SYSTEEMWIJZIGING_MAX_LINKS)
		return err_set(e, ERR_VALIDATION, s->nleerpunten > SYSTEEMWIJZIGING_MAX_LINKS ? "leerpunten" : "casussen",
		    "Hoogstens %d koppelingen.", SYSTEEMWIJZIGING_MAX_LINKS);
	for (size_t i = 0; i < s->nleerpunten; i++) {
		casus_pad(f, "leerpunten[%zu]", i);
		if (s->leerpunten[i] <= 0)
			return err_set(e, ERR_VALIDATION, f, "Een leerpunt wordt genoemd bij zijn nummer.");
		for (size_t k = 0; k < i; k++)
			if (s->leerpunten[k] == s->leerpunten[i])
				return err_set(e, ERR_VALIDATION, f, "Dit leerpunt staat er al bij.");
	}
	for (size_t i = 0; i < s->ncasussen; i++) {
		casus_pad(f, "casussen[%zu]", i);
		if (s->casussen[i] == NULL || !referentie_parse(s->casussen[i], &jaar, &nr))
			return err_set(e, ERR_VALIDATION, f, "Een casus wordt genoemd bij zijn referentie (PMM-JJJJ-NNNN).");
		for (size_t k = 0; k < i; k++)
			if (strcmp(s->casussen[k], s->casussen[i]) == 0)
				return err_set(e, ERR_VALIDATION, f, "Deze casus staat er al bij.");
	}
	return ERR_OK;
}
