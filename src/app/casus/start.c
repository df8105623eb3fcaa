/* start.c - the casussen on a personal start page: a regievoerder's own open casussen, the unassigned ones, the
   follow-ups due and overdue and their drafts; an indiener's casussen with what happens next; a deelnemer's
   invitations. Each a block with a count, links and an empty state; the rules of dates are core/termijn.c's. */
#include <string.h>

#include "app/casus/handlers.h"
#include "app/casus/web.h"
#include "app/common/start.h"
#include "app/common/tekst.h"
#include "core/perm.h"
#include "core/termijn.h"

#define START_RIJEN 10      /* rows per block; the block links to the whole list */
#define START_HULPVRAAG 110   /* bytes of hulpvraag per row */

/* One row: a link, marks ({tekst, sterk}), and the hulpvraag shortened. */
static json_t *
rij(struct request *r, const struct casus_rij *c, int vandaag, bool met_regievoerder)
{
	json_t *kenmerken = json_array();
	bool toegewezen = c->regievoerder_id != 0;
	enum casus_aandacht aandacht = casus_aandacht(c->status, c->urgentie, toegewezen, c->followup_op,
	    c->followup_antwoord >= 0, vandaag);

	if (c->status != STATUS_CONCEPT) {
		if (c->urgentie != URGENTIE_NORMAAL)
			app_kenmerk(kenmerken, arena_printf(r->arena, "urgentie %s", cw_label(&codes_urgentie,
			    (int)c->urgentie)), aandacht == AANDACHT_URGENT_NIET_TOEGEWEZEN);
		if (c->status != STATUS_AFGEROND)
			app_kenmerk(kenmerken, arena_printf(r->arena, "ontvangen %s geleden", app_duur_tekst(r,
			    termijn_duur(c->ontvangen_op, vandaag))), false);
		if (met_regievoerder)
			app_kenmerk(kenmerken, toegewezen && c->regievoerder_naam ? c->regievoerder_naam : "niet toegewezen",
			    !toegewezen);
	}
	return json_pack("{s:s,s:s,s:s,s:o}", "href", arena_printf(r->arena, "/casussen/%s",
	    cw_pad(r, c->id, c->referentie)), "titel", c->referentie ? c->referentie : "Concept",
	    "tekst", app_kort(r, c->hulpvraag, START_HULPVRAAG), "kenmerken", kenmerken);
}

/* The rows of a list of casussen with this filter (the visibility rule of casus_filter_begin kept), and the total. */
static bool
lijst(struct request *r, struct casus_filter *f, struct casus_rij **rows, size_t *n, size_t *total)
{
	struct err e = { 0 };

	f->limit = START_RIJEN;
	return store_casus_list(r->store, r->arena, f, rows, n, total, &e) == ERR_OK;
}

static json_t *
rijen(struct request *r, const struct casus_rij *rows, size_t n, int vandaag, bool met_regievoerder)
{
	json_t *a = json_array();

	for (size_t i = 0; i < n; i++)
		json_array_append_new(a, rij(r, &rows[i], vandaag, met_regievoerder));
	return a;
}

static const unsigned OPEN = (1u << STATUS_AANGEMELD) | (1u << STATUS_IN_BEHANDELING);

/* The regievoerder's blocks: mine, unassigned, follow-ups, drafts. */
static void
regie(struct request *r, json_t *blokken, int vandaag)
{
	struct casus_filter f;
	struct casus_rij *rows = NULL;
	size_t n = 0, total = 0;
	struct err e = { 0 };
	json_t *laat, *binnen;
	size_t nlaat = 0, nbinnen = 0;

	casus_filter_begin(r, &f);
	f.statussen = OPEN;
	f.regievoerder_id = r->actor.persoon_id != 0 ? r->actor.persoon_id : -1;
	f.sort = SORT_URGENTIE;
	if (lijst(r, &f, &rows, &n, &total))
		json_array_append_new(blokken, app_start_blok("mijn", "Mijn open casussen",
		    app_aantal(r, (long)total, "open casus", "open casussen"), rijen(r, rows, n, vandaag, false),
		    "U heeft geen open casussen. Neem er een uit de niet toegewezen casussen.", total > n ?
		    "/casussen?regievoerder=mij&sorteer=urgentie" : NULL, "Al mijn open casussen, meest urgent eerst"));

	casus_filter_begin(r, &f);
	f.statussen = OPEN;
	f.niet_toegewezen = true;
	f.sort = SORT_URGENTIE;
	if (lijst(r, &f, &rows, &n, &total))
		json_array_append_new(blokken, app_start_blok("niet-toegewezen", "Niet toegewezen",
		    app_aantal(r, (long)total, "casus zonder regievoerder", "casussen zonder regievoerder"),
		    rijen(r, rows, n, vandaag, false), "Elke open casus heeft een regievoerder.",
		    total > n ? "/casussen?regievoerder=geen&sorteer=urgentie" : NULL,
		    "Alle niet toegewezen casussen, meest urgent eerst"));

	/* follow-ups: overdue (how late) and due in the coming weeks */
	laat = json_array();
	binnen = json_array();
	if (store_followup_due(r->store, r->arena, vandaag + TERMIJN_BINNENKORT_DAGEN, &rows, &n, &e) == ERR_OK) {
		for (size_t i = 0; i < n; i++) {
			enum termijn_staat s = termijn_staat(rows[i].followup_op, vandaag, TERMIJN_BINNENKORT_DAGEN);
			json_t *item = rij(r, &rows[i], vandaag, false);
			json_t *k = json_object_get(item, "kenmerken");

			app_kenmerk(k, arena_printf(r->arena, "follow-up %s%s", s == TERMIJN_TE_LAAT ? "" : "op ",
			    s == TERMIJN_TE_LAAT ? app_termijn_tekst(r, rows[i].followup_op, vandaag) :
			    app_datum_tekst(r, rows[i].followup_op)), s == TERMIJN_TE_LAAT);
			if (s == TERMIJN_TE_LAAT) {
				if (nlaat++ < START_RIJEN)
					json_array_append_new(laat, item);
				else
					json_decref(item);
			} else if (nbinnen++ < START_RIJEN)
				json_array_append_new(binnen, item);
			else
				json_decref(item);
		}
		json_array_append_new(blokken, app_start_blok("followup-te-laat", "Follow-ups die te laat zijn",
		    app_aantal(r, (long)nlaat, "follow-up te laat", "follow-ups te laat"), laat,
		    "Geen follow-ups die te laat zijn.", nlaat > 0 ? "/follow-up" : NULL, "Follow-ups beantwoorden"));
		json_array_append_new(blokken, app_start_blok("followup-binnenkort", "Follow-ups die eraan komen",
		    arena_printf(r->arena, "%s vandaag of in de komende vier weken", app_aantal(r, (long)nbinnen,
		    "follow-up", "follow-ups")), binnen, "Geen follow-ups in de komende vier weken.", NULL, NULL));
	} else {
		json_decref(laat);
		json_decref(binnen);
	}

	casus_filter_begin(r, &f);
	f.statussen = 1u << STATUS_CONCEPT;
	f.beperk_tot_persoon = r->actor.persoon_id != 0 ? r->actor.persoon_id : CASUS_GEEN;
	f.sort = SORT_ONTVANGEN_DESC;
	if (f.beperk_tot_persoon != CASUS_GEEN && lijst(r, &f, &rows, &n, &total) && total > 0)
		json_array_append_new(blokken, app_start_blok("concepten", "Concepten",
		    app_aantal(r, (long)total, "concept", "concepten"), rijen(r, rows, n, vandaag, false),
		    "Geen concepten.", NULL, NULL));
}

static const char *
volgende_tekst(struct request *r, const struct casus_rij *c, int vandaag)
{
	switch (casus_volgende(c->status, c->regievoerder_id != 0, c->followup_op, c->followup_antwoord >= 0,
	    vandaag)) {
	case VOLGENDE_INDIENEN:
		return "Nog niet ingediend: maak het concept af en dien het in.";
	case VOLGENDE_REGIEVOERDER:
		return "Het Loket wijst een regievoerder toe.";
	case VOLGENDE_OPPAKKEN:
		return arena_printf(r->arena, "%s neemt contact met u op.", c->regievoerder_naam ?
		    c->regievoerder_naam : "De regievoerder");
	case VOLGENDE_IN_BEHANDELING:
		return arena_printf(r->arena, "%s werkt aan de casus.", c->regievoerder_naam ?
		    c->regievoerder_naam : "De regievoerder");
	case VOLGENDE_FOLLOWUP:
		return arena_printf(r->arena, "Afgerond. Op %s vraagt het Loket u of het probleem is opgelost.",
		    app_datum_tekst(r, c->followup_op));
	case VOLGENDE_FOLLOWUP_OPEN:
		return "Afgerond. Het Loket vraagt u of het probleem is opgelost.";
	case VOLGENDE_KLAAR:
		break;
	}
	return "Afgerond.";
}

/* The indiener's own casussen (drafts first, then by status) with what happens next. */
static void
indiener(struct request *r, json_t *blokken, int vandaag)
{
	struct casus_filter f;
	struct casus_rij *rows = NULL;
	size_t n = 0, total = 0;
	json_t *items;

	casus_filter_begin(r, &f);
	f.statussen = (1u << STATUS__MAX) - 1;
	f.sort = SORT_STATUS;
	if (!lijst(r, &f, &rows, &n, &total))
		return;
	items = json_array();
	for (size_t i = 0; i < n; i++) {
		json_t *item = rij(r, &rows[i], vandaag, false);

		app_kenmerk(json_object_get(item, "kenmerken"), cw_label(&codes_casus_status, (int)rows[i].status), false);
		json_object_set_new(item, "volgende", json_string(volgende_tekst(r, &rows[i], vandaag)));
		json_array_append_new(items, item);
	}
	json_array_append_new(blokken, app_start_blok("mijn", "Uw casussen",
	    app_aantal(r, (long)total, "casus", "casussen"), items,
	    "U heeft nog geen casussen. Met ‘Nieuwe casus indienen’ legt u een vastgelopen situatie voor aan het "
	    "Landelijk Maatwerkloket.", "/casussen", "Al uw casussen"));
}

/* A deelnemer's (ambassadeur, LET chair) casussen they were invited to: the open ones first. */
static void
uitgenodigd(struct request *r, json_t *blokken, int vandaag)
{
	struct casus_filter f;
	struct casus_rij *rows = NULL;
	size_t n = 0, total = 0;
	long open[STATUS__MAX] = { 0 };
	struct err e = { 0 };

	casus_filter_begin(r, &f);
	f.sort = SORT_STATUS;
	if (!lijst(r, &f, &rows, &n, &total) || store_casus_counts(r->store, &f, open, &e) != ERR_OK)
		return;
	json_array_append_new(blokken, app_start_blok("uitgenodigd", "Casussen waarvoor u bent uitgenodigd",
	    arena_printf(r->arena, "%s, waarvan %ld open", app_aantal(r, (long)total, "casus", "casussen"),
	    open[STATUS_AANGEMELD] + open[STATUS_IN_BEHANDELING]), rijen(r, rows, n, vandaag, true),
	    "U bent nog niet uitgenodigd voor een casus. Een regievoerder nodigt u uit als uw hulp nodig is.",
	    total > n ? "/casussen" : NULL, "Alle casussen waarvoor u bent uitgenodigd"));
}

bool
cw_start(struct request *r, json_t *blokken)
{
	int vandaag = app_vandaag(r);
	bool regie_rol = cw_is_regie(r);

	if (!perm_allows(PERM_CASUS_LIJST, &r->actor))
		return true;
	if (!cw_audit_lijst(r, "casus.lijst", "startpagina", NULL))
		return false;
	if (regie_rol)
		regie(r, blokken, vandaag);
	else if (actor_has(&r->actor, ROL_INDIENER))
		indiener(r, blokken, vandaag);
	else if (casus_beperking(&r->actor, INZAGE_LIJST) > 0)
		uitgenodigd(r, blokken, vandaag);
	return true;
}
