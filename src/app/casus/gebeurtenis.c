/* gebeurtenis.c - the one timeline text of each event of a casus, the entry that records it and the notifications
   it gives, all in the event's own transaction. */
#include "app/casus/gebeurtenis.h"

#include <string.h>

#include "core/notificatie.h"
#include "store/casus/casus.h"
#include "store/notificatie/notificatie.h"

const char *
casus_gebeurtenis_tekst(struct request *r, const struct casus_overgang *o)
{
	switch (o->gebeurtenis) {
	case GEBEURTENIS_INGEDIEND:
		return "Casus ingediend door de indiener.";
	case GEBEURTENIS_VASTGELEGD:
		return "Casus aangemeld en vastgelegd door het Loket.";
	case GEBEURTENIS_TOEGEWEZEN:
		return arena_printf(r->arena, "Toegewezen aan %s.", o->regievoerder ? o->regievoerder : "?");
	case GEBEURTENIS_OVERGEDRAGEN:
		return arena_printf(r->arena, "Regievoerder gewijzigd: toegewezen aan %s.",
		    o->regievoerder ? o->regievoerder : "?");
	case GEBEURTENIS_VRIJGEGEVEN:
		return "Vrijgegeven: de casus heeft geen regievoerder meer.";
	case GEBEURTENIS_AFGEROND:
		return "Casus afgerond.";
	case GEBEURTENIS_HEROPEND:
		return o->reden != NULL ? arena_printf(r->arena, "Casus heropend. Reden: %s", o->reden) : "Casus heropend.";
	case GEBEURTENIS_FOLLOWUP:
		return arena_printf(r->arena, "Follow-up beantwoord: %s.", o->followup_antwoord >= 0 &&
		    o->followup_antwoord < FOLLOWUP__MAX ? codes_followup.labels[o->followup_antwoord] : "?");
	case GEBEURTENIS_DEELNEMER_VERWIJDERD:
		return arena_printf(r->arena, "Deelnemer %s verwijderd: ziet de casus niet meer.",
		    o->deelnemer ? o->deelnemer : "?");
	case GEBEURTENIS_GEEN:
	case GEBEURTENIS__MAX:
		break;
	}
	return "";
}

enum err_code
casus_gebeurtenis_vastleggen(struct request *r, int64_t casus_id, const struct casus_overgang *o, struct err *e)
{
	struct activiteit act;
	bool status = casus_overgang_statuswijziging(o);

	enum notificatie_soort soort;

	if (o->gebeurtenis == GEBEURTENIS_GEEN || o->gebeurtenis >= GEBEURTENIS__MAX)
		return ERR_OK;
	/* the outbox first: whatever fails after it in this transaction takes the notification back with it */
	if ((soort = notificatie_bij_gebeurtenis(o->gebeurtenis)) != NOTIFICATIE__MAX &&
	    store_notificatie_add(r->store, soort, casus_id, 0, r->actor.gebruiker_id, r->now, NULL, e) != ERR_OK)
		return e->code;
	memset(&act, 0, sizeof(act));
	act.type = status ? ACTIVITEIT_STATUSWIJZIGING : ACTIVITEIT_NOTITIE;
	act.datum = o->datum;
	act.interventie_type = -1;
	act.omschrijving = casus_gebeurtenis_tekst(r, o);
	act.na_afronding = o->na_afronding;
	act.gedeeld = status;   /* a status change is for everyone who sees the casus; the other events are internal */
	if (status) {
		act.status_van = o->van >= 0 && o->van < STATUS__MAX ? codes_casus_status.codes[o->van] : NULL;
		act.status_naar = codes_casus_status.codes[o->naar];
	}
	return store_activiteit_add(r->store, casus_id, &act, r->actor.gebruiker_id, r->now, NULL, e);
}

enum err_code
casus_gebeurtenis_uitgenodigd(struct request *r, int64_t casus_id, int64_t persoon_id, struct err *e)
{
	return store_notificatie_add(r->store, NOTIFICATIE_DEELNEMER, casus_id, persoon_id, r->actor.gebruiker_id,
	    r->now, NULL, e);
}
