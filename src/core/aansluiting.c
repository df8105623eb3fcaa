/* aansluiting.c - an organisation's connection history and what follows from it on a given day (aansluiting.h). */
#include "core/aansluiting.h"

#include <string.h>

#include "core/casus.h"

/* Entry i comes after entry j in time: by date, then id, then position. */
static bool
later(const struct aansluiting *h, size_t i, size_t j)
{
	if (h[i].datum != h[j].datum)
		return h[i].datum > h[j].datum;
	if (h[i].id != h[j].id)
		return h[i].id > h[j].id;
	return i > j;
}

int
aansluiting_op(const struct aansluiting *h, size_t n, int d)
{
	size_t best = n;

	for (size_t i = 0; i < n; i++)
		if (h[i].datum != DATE_NONE && h[i].datum <= d && (best == n || later(h, i, best)))
			best = i;
	return best == n ? -1 : (int)h[best].status;
}

bool
aangesloten_op(const struct aansluiting *h, size_t n, int d)
{
	return aansluiting_op(h, n, d) == AANSLUITING_BESTUURLIJK_AANGESLOTEN;
}

/* The index of the first entry after entry `na` in time (na == n: the very first); n when none. */
static size_t
volgende(const struct aansluiting *h, size_t n, size_t na)
{
	size_t best = n;

	for (size_t i = 0; i < n; i++) {
		if (h[i].datum == DATE_NONE || (na < n && !later(h, i, na)))
			continue;
		if (best == n || later(h, best, i))
			best = i;
	}
	return best;
}

void
aansluiting_periode(const struct aansluiting *h, size_t n, int *sinds, int *tot)
{
	bool binnen = false;

	*sinds = *tot = DATE_NONE;
	for (size_t i = volgende(h, n, n); i < n; i = volgende(h, n, i)) {
		bool ba = h[i].status == AANSLUITING_BESTUURLIJK_AANGESLOTEN;

		if (ba && !binnen) {
			*sinds = h[i].datum;
			*tot = DATE_NONE;
		} else if (!ba && binnen)
			*tot = h[i].datum;
		binnen = ba;
	}
}

enum err_code
aansluiting_validate(const struct aansluiting *nieuw, const struct aansluiting *h, size_t n, int vandaag,
    struct err *e)
{
	int voor;

	if ((int)nieuw->status < 0 || nieuw->status >= AANSLUITING__MAX)
		return err_set(e, ERR_VALIDATION, "status", "Kies hoe de organisatie bij PMM is aangesloten.");
	if (nieuw->datum == DATE_NONE)
		return err_set(e, ERR_VALIDATION, "datum", "Vul de datum in waarop dit inging (JJJJ-MM-DD).");
	if (nieuw->datum > vandaag)
		return err_set(e, ERR_VALIDATION, "datum", "De datum ligt in de toekomst; leg een aansluiting vast als ze is ingegaan.");
	if (nieuw->bron != NULL && strlen(nieuw->bron) > AANSLUITING_MAX_BRON)
		return err_set(e, ERR_VALIDATION, "bron", "De bron is hoogstens %d tekens.", AANSLUITING_MAX_BRON);
	for (size_t i = 0; i < n; i++)
		if (h[i].datum == nieuw->datum && h[i].status == nieuw->status)
			return err_set(e, ERR_CONFLICT, "datum", "Deze aansluiting staat al met deze datum in de geschiedenis.");
	voor = aansluiting_op(h, n, nieuw->datum);
	if (nieuw->status == AANSLUITING_BEEINDIGD && voor != AANSLUITING_BESTUURLIJK_AANGESLOTEN &&
	    voor != AANSLUITING_VASTE_CONTACTPERSOON)
		return err_set(e, ERR_VALIDATION, "status",
		    "Een aansluiting kan alleen eindigen als de organisatie op die datum was aangesloten of een vaste "
		    "contactpersoon had.");
	return ERR_OK;
}

static const char *const aansluiting_codes[AANSLUITING__MAX] = {
	[AANSLUITING_BESTUURLIJK_AANGESLOTEN] = "bestuurlijk_aangesloten",
	[AANSLUITING_VASTE_CONTACTPERSOON] = "vaste_contactpersoon",
	[AANSLUITING_NIET_AANGESLOTEN] = "niet_aangesloten",
	[AANSLUITING_BEEINDIGD] = "beeindigd",
};
static const char *const aansluiting_labels[AANSLUITING__MAX] = {
	[AANSLUITING_BESTUURLIJK_AANGESLOTEN] = "Bestuurlijk aangesloten",
	[AANSLUITING_VASTE_CONTACTPERSOON] = "Vaste contactpersoon",
	[AANSLUITING_NIET_AANGESLOTEN] = "Niet aangesloten",
	[AANSLUITING_BEEINDIGD] = "Aansluiting beëindigd",
};
const struct codelist codes_aansluiting = { "aansluiting", aansluiting_codes, aansluiting_labels, AANSLUITING__MAX };
