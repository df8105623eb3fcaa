/* notificatie.c - the rules of notifications: the kinds, their recipients, the events that give them, retries. */
#include "core/notificatie.h"

static const char *const soort_codes[NOTIFICATIE__MAX] = {
	[NOTIFICATIE_AANMELDING] = "aanmelding",
	[NOTIFICATIE_TOEGEWEZEN] = "toegewezen",
	[NOTIFICATIE_AFGEROND] = "afgerond",
	[NOTIFICATIE_DEELNEMER] = "deelnemer",
};
static const char *const soort_labels[NOTIFICATIE__MAX] = {
	[NOTIFICATIE_AANMELDING] = "Nieuwe aanmelding",
	[NOTIFICATIE_TOEGEWEZEN] = "In behandeling genomen",
	[NOTIFICATIE_AFGEROND] = "Afgerond",
	[NOTIFICATIE_DEELNEMER] = "Uitgenodigd als deelnemer",
};
const struct codelist codes_notificatie_soort = { "notificatieSoort", soort_codes, soort_labels, NOTIFICATIE__MAX };

enum notificatie_ontvanger
notificatie_ontvanger(enum notificatie_soort s)
{
	switch (s) {
	case NOTIFICATIE_AANMELDING:
		return ONTVANGER_REGIEVOERDERS;
	case NOTIFICATIE_DEELNEMER:
		return ONTVANGER_PERSOON;
	case NOTIFICATIE_TOEGEWEZEN:
	case NOTIFICATIE_AFGEROND:
	case NOTIFICATIE__MAX:
		break;
	}
	return ONTVANGER_INDIENER;
}

enum notificatie_soort
notificatie_bij_gebeurtenis(enum casus_gebeurtenis g)
{
	switch (g) {
	case GEBEURTENIS_INGEDIEND:
	case GEBEURTENIS_VASTGELEGD:
		return NOTIFICATIE_AANMELDING;
	case GEBEURTENIS_TOEGEWEZEN:
		return NOTIFICATIE_TOEGEWEZEN;
	case GEBEURTENIS_AFGEROND:
		return NOTIFICATIE_AFGEROND;
	case GEBEURTENIS_GEEN:
	case GEBEURTENIS_OVERGEDRAGEN:   /* the indiener was told when the casus was first taken */
	case GEBEURTENIS_VRIJGEGEVEN:
	case GEBEURTENIS_HEROPEND:
	case GEBEURTENIS_FOLLOWUP:
	case GEBEURTENIS_DEELNEMER_VERWIJDERD:
	case GEBEURTENIS__MAX:
		break;
	}
	return NOTIFICATIE__MAX;
}

int64_t
notificatie_wachttijd(int pogingen)
{
	int64_t w = NOTIFICATIE_WACHT_EERST;

	for (int i = 1; i < pogingen && w < NOTIFICATIE_WACHT_MAX; i++)
		w *= 2;
	return w < NOTIFICATIE_WACHT_MAX ? w : NOTIFICATIE_WACHT_MAX;
}

struct notificatie_herkansing
notificatie_na_fout(int pogingen, int64_t nu, int64_t opgeven_na)
{
	struct notificatie_herkansing h = { false, nu + notificatie_wachttijd(pogingen) };

	if (nu >= opgeven_na)
		h.opgeven = true;
	else if (h.volgende > opgeven_na)
		h.volgende = opgeven_na;   /* one last attempt at the end of the period */
	return h;
}
