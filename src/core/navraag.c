/* navraag.c - the rules of the navraag rounds: which beleggingen, of whom, the checks of a round. */
#include "core/navraag.h"

#include <string.h>

#include "core/casus.h"
#include "core/leerpunt.h"
#include "core/perm.h"
#include "lib/date.h"

enum err_code
navraagronde_validate(const struct navraagronde_invoer *in, int vandaag, struct err *e)
{
	if (casus_tekst_check(in->naam, "naam", NAVRAAG_MAX_NAAM, true, e) != ERR_OK)
		return e->code;
	for (const char *p = in->naam; *p != '\0'; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			return err_set(e, ERR_VALIDATION, "naam", "De naam is één regel tekst.");
	if (in->peildatum == DATE_NONE)
		return err_set(e, ERR_VALIDATION, "peildatum", "Vul de peildatum in (JJJJ-MM-DD).");
	if (in->peildatum < date_from_ymd(2019, 1, 1))
		return err_set(e, ERR_VALIDATION, "peildatum", "De peildatum ligt vóór het begin van PMM (2019).");
	if (in->peildatum > vandaag + 366)
		return err_set(e, ERR_VALIDATION, "peildatum", "De peildatum ligt meer dan een jaar vooruit.");
	return ERR_OK;
}

enum navraag_gevraagde
navraag_gevraagde_voor(bool bij_pmm, enum organisatie_type type, bool onder_ministerie)
{
	if (bij_pmm)
		return GEVRAAGD_REGIEVOERDER;
	if (type == ORGTYPE_MINISTERIE || (type == ORGTYPE_OVERIG && onder_ministerie))
		return GEVRAAGD_AMBASSADEUR;
	if (type == ORGTYPE_GEMEENTE)
		return GEVRAAGD_INDIENER;
	return GEVRAAGD_MAATWERKPROFESSIONAL;
}

bool
navraag_in_ronde(const struct navraag_kandidaat *k, int peildatum)
{
	if (k->niet_belegd || k->status_op < 0 || k->status_op >= OPVOLGING__MAX)
		return false;
	if (k->doorgezet_op != DATE_NONE && k->doorgezet_op <= peildatum)
		return false;
	return !opvolging_is_afgesloten((enum opvolging_status)k->status_op);
}

enum err_code
navraag_tekst_check(const char *tekst, const char *field, struct err *e)
{
	return casus_tekst_check(tekst, field, NAVRAAG_MAX_TEKST, false, e);
}

bool
perm_navraag(const struct actor *a)
{
	return perm_ingelogd(a) && perm_allows(PERM_NAVRAAG, a);
}

bool
perm_navraag_namen(const struct actor *a)
{
	return perm_ingelogd(a) && actor_has(a, ROL_REGIEVOERDER);
}
