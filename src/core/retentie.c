/* retentie.c - the retention rule of a closed casus and the list of what its purge removes. */
#include "core/retentie.h"

#include "core/casus.h"
#include "lib/date.h"

int
retentie_bewaren_tot(int afgerond_op, int maanden)
{
	return afgerond_op == DATE_NONE ? DATE_NONE : date_add_months(afgerond_op, maanden);
}

bool
retentie_verlopen(enum casus_status status, int afgerond_op, bool geanonimiseerd, int vandaag, int maanden)
{
	return status == STATUS_AFGEROND && !geanonimiseerd && afgerond_op != DATE_NONE &&
	    retentie_bewaren_tot(afgerond_op, maanden) < vandaag;
}

int
retentie_grens(int vandaag, int maanden)
{
	/* bewaren_tot grows with afgerond_op, so the first day not due is found by stepping back from vandaag: at most
	   a few days, since date_add_months only clamps at the end of a month. */
	int d = date_add_months(vandaag, -maanden) - 4;

	while (retentie_bewaren_tot(d, maanden) < vandaag)
		d++;
	return d;
}

int
retentie_concept_grens(int vandaag)
{
	return date_add_months(vandaag, -RETENTIE_CONCEPT_MAANDEN);
}

int
retentie_aanvraag_grens(int vandaag)
{
	return date_add_months(vandaag, -RETENTIE_AANVRAAG_MAANDEN);
}

const char *const retentie_gewist[] = {
	"casus.hulpvraag", "casus.situatie", "casus.geprobeerd", "casus.resultaat", "casus.procesregie_houder",
	"casus.procesregie_terugkoppeling", "casus.procesregie_dossierhouder", "casus.followup_toelichting",
	"casus.indiener_id", "casus.regievoerder_id", "casus.aangemaakt_door",
	"casus_organisatie.rol", "knelpunt.omschrijving", "activiteit.omschrijving", "activiteit.auteur_id",
	"casus_deelnemer", "bijeenkomst_casus.besluit", "bijeenkomst_casus.auteur_id",
	"escalatie.reden", "escalatie.geprobeerd", "escalatie.gevraagd_besluit", "escalatie.resultaat",
	"escalatie.voorzitter_id", "escalatie.aangevraagd_door", "escalatie_bijeenkomst.notities",
	"escalatie_bijeenkomst.auteur_id", "escalatie_deelnemer", "escalatie_afspraak.wat", "escalatie_afspraak.wie",
	"escalatie_afspraak.auteur_id", "afspraak_opvolging.notitie", "afspraak_opvolging.auteur_id",
	"overbrugging.wat", "overbrugging.grondslag", "overbrugging.reden_intrekking", "overbrugging.aangevraagd_door",
	"overbrugging_kandidaat.toelichting", "maatwerk_toepassing.toelichting", "casus_samenvatting",
	"notificatie",
};
const int retentie_gewist_n = (int)(sizeof(retentie_gewist) / sizeof(retentie_gewist[0]));
