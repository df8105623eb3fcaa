/* tekst.c - the one template of each kind of notification: subject and sentence around the referentie. */
#include "app/notificatie/tekst.h"

#include <string.h>

/* Each text is voor + referentie + na: no format strings, and nothing of the casus but its referentie. */
struct sjabloon {
	const char *onderwerp_voor, *onderwerp_na, *zin_voor, *zin_na;
};

static const struct sjabloon sjablonen[NOTIFICATIE__MAX] = {
	[NOTIFICATIE_AANMELDING] = { "Nieuwe aanmelding ", "",
	    "Er is een nieuwe casus aangemeld bij het Landelijk Maatwerkloket: ", "." },
	[NOTIFICATIE_TOEGEWEZEN] = { "Uw casus ", " is in behandeling genomen",
	    "Een regievoerder van het Landelijk Maatwerkloket heeft uw casus ", " in behandeling genomen." },
	[NOTIFICATIE_AFGEROND] = { "Casus ", " is afgerond",
	    "Het Landelijk Maatwerkloket heeft de casus ", " afgerond." },
	[NOTIFICATIE_DEELNEMER] = { "U bent uitgenodigd voor casus ", "",
	    "Het Landelijk Maatwerkloket heeft u uitgenodigd als deelnemer aan de casus ", "." },
};

static const char *
rond(struct arena *a, const char *voor, const char *midden, const char *na)
{
	return arena_printf(a, "%s%s%s", voor, midden != NULL ? midden : "", na);
}

const char *
notificatie_onderwerp(struct arena *a, enum notificatie_soort s, const char *referentie)
{
	if (s < 0 || s >= NOTIFICATIE__MAX)
		return "Melding van doorbraak";
	return rond(a, sjablonen[s].onderwerp_voor, referentie, sjablonen[s].onderwerp_na);
}

const char *
notificatie_zin(struct arena *a, enum notificatie_soort s, const char *referentie)
{
	if (s < 0 || s >= NOTIFICATIE__MAX)
		return "Er is een melding voor u.";
	return rond(a, sjablonen[s].zin_voor, referentie, sjablonen[s].zin_na);
}

const char *
notificatie_link(struct arena *a, const char *basis, const char *referentie)
{
	return arena_printf(a, "%s/casussen/%s", basis != NULL ? basis : "", referentie != NULL ? referentie : "");
}

const char *
notificatie_mail_tekst(struct arena *a, enum notificatie_soort s, const char *referentie, const char *basis)
{
	return arena_printf(a,
	    "%s\r\n\r\nBekijk de casus in doorbraak (u logt eerst in):\r\n%s\r\n\r\n"
	    "U ontvangt dit bericht omdat u een account hebt bij doorbraak, de toepassing van het netwerk "
	    "Professionals voor Maatwerk Multiproblematiek.\r\nIn deze e-mail staan bewust geen gegevens uit de "
	    "casus; die leest u alleen na het inloggen.\r\n",
	    notificatie_zin(a, s, referentie), notificatie_link(a, basis, referentie));
}
