/* termijn.c - deadlines: due and overdue, how late in days, weeks, months or years, a row's marker, the next step. */
#include "core/termijn.h"

#include "lib/date.h"

enum termijn_staat
termijn_staat(int datum, int vandaag, int binnenkort)
{
	if (datum == DATE_NONE)
		return TERMIJN_GEEN;
	if (datum < vandaag)
		return TERMIJN_TE_LAAT;
	if (datum == vandaag)
		return TERMIJN_VANDAAG;
	return datum - vandaag <= binnenkort ? TERMIJN_BINNENKORT : TERMIJN_LATER;
}

int
termijn_dagen_te_laat(int datum, int vandaag)
{
	return datum == DATE_NONE || datum >= vandaag ? 0 : vandaag - datum;
}

/* Whole calendar months from van to tot (tot >= van). */
static long
maanden(int van, int tot)
{
	int y1, m1, d1, y2, m2, d2;
	long m;

	date_to_ymd(van, &y1, &m1, &d1);
	date_to_ymd(tot, &y2, &m2, &d2);
	m = (long)(y2 - y1) * 12 + (m2 - m1);
	while (m > 0 && date_add_months(van, (int)m) > tot)
		m--;
	return m;
}

struct termijn_duur
termijn_duur(int van, int tot)
{
	struct termijn_duur d = { 0, TERMIJN_DAGEN };
	long m;

	if (van == DATE_NONE || tot == DATE_NONE || tot <= van)
		return d;
	if (tot - van < 14) {
		d.aantal = tot - van;
		return d;
	}
	m = maanden(van, tot);
	if (m < 2) {
		d.aantal = (tot - van) / 7;
		d.eenheid = TERMIJN_WEKEN;
	} else if (m < 24) {
		d.aantal = m;
		d.eenheid = TERMIJN_MAANDEN;
	} else {
		d.aantal = m / 12;
		d.eenheid = TERMIJN_JAREN;
	}
	return d;
}

enum casus_aandacht
casus_aandacht(enum casus_status status, enum urgentie urgentie, bool toegewezen, int followup_op,
    bool followup_beantwoord, int vandaag)
{
	if ((status == STATUS_AANGEMELD || status == STATUS_IN_BEHANDELING) && !toegewezen &&
	    (urgentie == URGENTIE_HOOG || urgentie == URGENTIE_ZEER_HOOG))
		return AANDACHT_URGENT_NIET_TOEGEWEZEN;
	if (status == STATUS_AFGEROND && !followup_beantwoord &&
	    termijn_staat(followup_op, vandaag, 0) == TERMIJN_TE_LAAT)
		return AANDACHT_FOLLOWUP_TE_LAAT;
	return AANDACHT_GEEN;
}

enum casus_volgende
casus_volgende(enum casus_status status, bool toegewezen, int followup_op, bool followup_beantwoord, int vandaag)
{
	switch (status) {
	case STATUS_CONCEPT:
		return VOLGENDE_INDIENEN;
	case STATUS_AANGEMELD:
		return toegewezen ? VOLGENDE_OPPAKKEN : VOLGENDE_REGIEVOERDER;
	case STATUS_IN_BEHANDELING:
		return VOLGENDE_IN_BEHANDELING;
	case STATUS_AFGEROND:
	case STATUS__MAX:
		break;
	}
	if (followup_beantwoord || followup_op == DATE_NONE)
		return VOLGENDE_KLAAR;
	return followup_op > vandaag ? VOLGENDE_FOLLOWUP : VOLGENDE_FOLLOWUP_OPEN;
}
