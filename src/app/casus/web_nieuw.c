/* web_nieuw.c - submitting a casus or saving it as a concept, the phone intake by a regievoerder, and
   editing a casus (an indiener their concept, a regievoerder an open casus). */
#include <string.h>

#include "core/organisatie.h"
#include "app/casus/gebeurtenis.h"
#include "app/casus/partijen.h"
#include "app/casus/web.h"
#include "app/casus/handlers.h"
#include "store/store_account.h"

static void
bezet(struct request *r)
{
	store_rollback(r->store);
	reply_problem(r, 503, "Even bezet", "De gegevens konden niet worden opgeslagen. Probeer het opnieuw.");
}

/* The logged-in indiener as the casus' indiener: their persoon and organisation. */
static bool
indiener_zelf(struct request *r, struct casus *c)
{
	struct gebruiker u;

	if (r->actor.persoon_id == 0 ||
	    store_user_by_id(r->store, r->arena, r->actor.gebruiker_id, &u, NULL) != ERR_OK) {
		reply_problem(r, 403, "Geen persoon gekoppeld",
		    "Uw account is niet aan een persoon gekoppeld, dus u kunt geen casus indienen. Vraag de beheerder dit te "
		    "herstellen.");
		return false;
	}
	c->indiener_type = -1;
	casus_indiener_is(c, &u);
	if (c->indiener_type == -1)
		c->indiener_type = INDIENER_OVERIG;   /* the form asks nothing: without an organisation, overig */
	return true;
}

/* A refusal by the store (after our own checks) is shown on the form like any other message. */
static bool
store_fout_op_formulier(struct request *r, struct cw_form *s, enum err_code rc, struct err *e)
{
	if (rc != ERR_VALIDATION)
		return false;
	cw_fout(&s->f, e->field[0] ? cw_veld_id(r->arena, e->field) : "hulpvraag",
	    arena_strdup(r->arena, e->msg[0] ? e->msg : "Deze gegevens kunnen niet worden opgeslagen."));
	cw_form_toon(r, 400, s);
	return true;
}

void
h_casus_nieuw_form(struct request *r)
{
	struct cw_form s;

	memset(&s, 0, sizeof(s));
	s.modus = cw_is_regie(r) ? CW_NIEUW_REGIE : CW_NIEUW_INDIENER;
	cw_casus_leeg(&s.c);
	s.c.ontvangen_op = app_vandaag(r);
	if (s.modus == CW_NIEUW_INDIENER && !indiener_zelf(r, &s.c))
		return;
	cw_form_toon(r, 200, &s);
}

void
h_casus_nieuw(struct request *r)
{
	struct cw_form s;
	struct casus_overgang o;
	struct err e = { 0 };
	enum err_code rc;
	int vandaag = app_vandaag(r);
	const char *pad;

	memset(&s, 0, sizeof(s));
	s.modus = cw_is_regie(r) ? CW_NIEUW_REGIE : CW_NIEUW_INDIENER;
	cw_casus_leeg(&s.c);
	if (s.modus == CW_NIEUW_INDIENER && !indiener_zelf(r, &s.c))
		return;
	cw_form_lees(r, &s);
	if (s.modus == CW_NIEUW_INDIENER)
		s.c.ontvangen_op = vandaag;   /* the looptijd starts when it reaches the Loket */
	if (s.indienen && s.f.n == 0)
		casus_indienen(&s.c, -1, s.modus == CW_NIEUW_REGIE, vandaag, &o, &e);   /* a new casus can always be */
	if (!cw_form_valideer(r, &s)) {
		req_audit(r, "casus.aanmaken", "casus", NULL, AUDIT_MISLUKT);
		cw_form_toon(r, 400, &s);
		return;
	}
	if (store_begin(r->store) != ERR_OK) {
		bezet(r);
		return;
	}
	casus_apply_defaults(&s.c, vandaag);
	s.c.organisaties_bekend = !organisatie_nieuw_is_voorstel(&r->actor);
	rc = store_casus_insert(r->store, r->arena, &s.c, r->actor.gebruiker_id, r->now, &e);
	if (rc != ERR_OK) {
		store_rollback(r->store);
		if (!store_fout_op_formulier(r, &s, rc, &e))
			cw_reply_store(r, rc, &e);
		return;
	}
	pad = cw_pad(r, s.c.id, s.c.referentie);
	if (s.indienen && (rc = casus_gebeurtenis_vastleggen(r, s.c.id, &o, &e)) != ERR_OK) {
		store_rollback(r->store);
		cw_reply_store(r, rc, &e);
		return;
	}
	/* A phone intake: the regievoerder submits on behalf of the indiener it names. */
	if (req_audit_doel(r, "casus.aanmaken", "casus", pad, pad, s.modus == CW_NIEUW_REGIE ? "telefonische aanmelding" :
		NULL, s.modus == CW_NIEUW_REGIE && s.c.indiener.id > 0 ? arena_printf(r->arena, "persoon:%lld",
		(long long)s.c.indiener.id) : NULL, AUDIT_TOEGESTAAN) != ERR_OK ||
	    store_commit(r->store) != ERR_OK) {
		bezet(r);
		return;
	}
	reply_redirect(r, 303, arena_printf(r->arena, "/casussen/%s?gedaan=%s", pad, s.indienen ? "ingediend" :
	    "concept"));
}

void
h_casus_bewerken_form(struct request *r)
{
	struct casus_toegang t;
	struct cw_form s;
	struct err e = { 0 };
	enum err_code rc;

	if (!cw_open(r, req_param(r, 0), CASUS_BEWERKEN, "casus.lezen", &t))
		return;
	memset(&s, 0, sizeof(s));
	s.modus = t.status == STATUS_CONCEPT ? CW_BEWERKEN_CONCEPT : CW_BEWERKEN_REGIE;
	if ((rc = store_casus_load_id(r->store, r->arena, t.id, &s.c, &e)) != ERR_OK) {
		cw_reply_store(r, rc, &e);
		return;
	}
	s.pad = cw_pad(r, s.c.id, s.c.referentie);
	cw_form_toon(r, 200, &s);
}

void
h_casus_bewerken(struct request *r)
{
	struct casus_toegang t;
	struct cw_form s;
	struct casus_overgang o;
	struct err e = { 0 };
	enum err_code rc;
	int vandaag = app_vandaag(r);
	bool concept;

	if (!cw_open(r, req_param(r, 0), CASUS_BEWERKEN, "casus.wijzigen", &t))
		return;
	memset(&s, 0, sizeof(s));
	concept = t.status == STATUS_CONCEPT;
	s.modus = concept ? CW_BEWERKEN_CONCEPT : CW_BEWERKEN_REGIE;
	if (store_begin(r->store) != ERR_OK) {
		bezet(r);
		return;
	}
	/* Loaded inside the transaction, so a change made meanwhile (closing it, submitting it) is seen. */
	if ((rc = store_casus_load_id(r->store, r->arena, t.id, &s.c, &e)) != ERR_OK) {
		store_rollback(r->store);
		cw_reply_store(r, rc, &e);
		return;
	}
	if ((s.c.status == STATUS_CONCEPT) != concept || s.c.status == STATUS_AFGEROND) {
		store_rollback(r->store);
		reply_problem(r, 409, s.c.status == STATUS_AFGEROND ? "Casus is afgerond" : "Casus is gewijzigd",
		    "De casus is intussen gewijzigd en kan zo niet meer worden bewerkt. Open hem opnieuw.");
		return;
	}
	s.pad = cw_pad(r, s.c.id, s.c.referentie);
	cw_form_lees(r, &s);
	if (concept) {
		s.c.ontvangen_op = vandaag;   /* a concept carries the date of its last save until it is submitted */
		if (s.indienen)
			casus_indienen(&s.c, STATUS_CONCEPT, false, vandaag, &o, &e);   /* a concept can always be */
	}
	if (!cw_form_valideer(r, &s)) {
		store_rollback(r->store);
		cw_form_toon(r, 400, &s);
		return;
	}
	casus_apply_defaults(&s.c, vandaag);
	s.c.organisaties_bekend = !organisatie_nieuw_is_voorstel(&r->actor);
	if ((rc = store_casus_update(r->store, r->arena, &s.c, r->actor.gebruiker_id, r->now, &e)) != ERR_OK) {
		store_rollback(r->store);
		if (!store_fout_op_formulier(r, &s, rc, &e))
			cw_reply_store(r, rc, &e);
		return;
	}
	if (concept && s.indienen) {
		if ((rc = casus_gebeurtenis_vastleggen(r, s.c.id, &o, &e)) != ERR_OK) {
			store_rollback(r->store);
			cw_reply_store(r, rc, &e);
			return;
		}
		if (s.c.referentie == NULL) {   /* assigned by the store; read it back if it was not handed out */
			struct casus n;
			if (store_casus_load_id(r->store, r->arena, s.c.id, &n, NULL) == ERR_OK)
				s.c.referentie = n.referentie;
		}
	}
	if (store_commit(r->store) != ERR_OK) {
		bezet(r);
		return;
	}
	reply_redirect(r, 303, arena_printf(r->arena, "/casussen/%s?gedaan=%s", cw_pad(r, s.c.id, s.c.referentie),
	    !concept ? "opgeslagen" : s.indienen ? "ingediend" : "concept"));
}
