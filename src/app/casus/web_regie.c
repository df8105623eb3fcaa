/* web_regie.c - the regievoerder's actions on one casus: assign, release, add to the timeline, invite a
   participant, reopen, and record the follow-up answer. Each is one transaction and answers 303 back to the casus
   page, or 400 with that page and the messages. */
#include <stdlib.h>
#include <string.h>

#include "core/organisatie.h"
#include "app/casus/gebeurtenis.h"
#include "app/casus/partijen.h"
#include "app/casus/web.h"
#include "app/common/handeling.h"
#include "core/escalatie.h"
#include "app/casus/handlers.h"
#include "lib/date.h"

static void
terug(struct request *r, const char *gedaan)
{
	reply_redirect(r, 303, arena_printf(r->arena, "/casussen/%s?gedaan=%s", req_param(r, 0), gedaan));
}

static void
bezet(struct request *r)
{
	store_rollback(r->store);
	reply_problem(r, 503, "Even bezet", "De wijziging kon niet worden opgeslagen. Probeer het opnieuw.");
}

/* Starts the action's transaction; replies 503 when the database is busy. */
static bool
begin(struct request *r)
{
	if (store_begin(r->store) == ERR_OK)
		return true;
	bezet(r);
	return false;
}

static bool
open_regie(struct request *r, const char *audit, struct casus_toegang *t)
{
	return cw_open(r, req_param(r, 0), CASUS_REGIE, audit, t);
}

/* Loads the casus inside the open transaction; replies and rolls back on failure. */
static bool
laad(struct request *r, const struct casus_toegang *t, struct casus *c)
{
	struct err e = { 0 };
	enum err_code rc = store_casus_load_id(r->store, r->arena, t->id, c, &e);

	if (rc != ERR_OK) {
		store_rollback(r->store);
		cw_reply_store(r, rc, &e);
		return false;
	}
	return true;
}

/* Begins the transaction and loads the casus, which must not be afgerond; replies (409 when it is) on failure. */
static bool
begin_open_casus(struct request *r, const struct casus_toegang *t, struct casus *c)
{
	if (!begin(r) || !laad(r, t, c))
		return false;
	if (c->status == STATUS_AFGEROND) {
		store_rollback(r->store);
		reply_problem(r, 409, "Casus is afgerond",
		    "Deze casus is afgerond. Heropen hem eerst als er nog iets moet gebeuren.");
		return false;
	}
	return true;
}

/*
 * Stores a step of the casus' life (core/casus_lifecycle.h) taken on c, which
 * was loaded in this transaction: the regievoerder with its own update (then c
 * is read back as stored), the casus when its status changed, and the
 * step's entry in the timeline.
 */
static enum err_code
stap_opslaan(struct request *r, const struct casus_toegang *t, struct casus *c, const struct casus_overgang *o,
    bool regievoerder, struct err *e)
{
	enum casus_status naar = c->status;
	enum err_code rc;

	if (regievoerder) {
		if ((rc = store_casus_set_regievoerder(r->store, t->id, c->regievoerder.naam ? c->regievoerder.id : 0,
		    r->now, e)) != ERR_OK || (rc = store_casus_load_id(r->store, r->arena, t->id, c, e)) != ERR_OK)
			return rc;
		c->status = naar;
	}
	if (casus_overgang_statuswijziging(o)) {
		casus_apply_defaults(c, app_vandaag(r));
		c->organisaties_bekend = !organisatie_nieuw_is_voorstel(&r->actor);
		if ((rc = store_casus_update(r->store, r->arena, c, r->actor.gebruiker_id, r->now, e)) != ERR_OK)
			return rc;
	}
	return casus_gebeurtenis_vastleggen(r, t->id, o, e);
}

static bool
afronden_gelukt(struct request *r, enum err_code rc, struct err *e)
{
	if (rc == ERR_OK && store_commit(r->store) == ERR_OK)
		return true;
	if (rc == ERR_OK) {
		bezet(r);
		return false;
	}
	store_rollback(r->store);
	cw_reply_store(r, rc, e);
	return false;
}

void
h_casus_toewijzen(struct request *r)
{
	struct casus_toegang t;
	struct cw_fouten f = { 0 };
	struct casus c;
	struct persoon_ref rv;
	struct casus_overgang o;
	struct err e = { 0 };
	enum err_code rc;
	const char *v = req_form(r, "regievoerder"), *naam = NULL;
	int64_t pid = 0;

	if (!open_regie(r, "casus.toewijzen", &t))
		return;
	if (v != NULL && strcmp(v, "mij") == 0)
		pid = r->actor.persoon_id;
	else if (v != NULL)
		pid = strtoll(v, NULL, 10);
	if ((rc = casus_regievoerder_naam(r, pid, &naam, &e)) != ERR_OK && rc != ERR_NOT_FOUND) {
		cw_reply_store(r, rc, &e);
		return;
	}
	if (rc == ERR_NOT_FOUND) {
		cw_fout(&f, "regievoerder", "Kies een regievoerder uit de lijst.");
		cw_detail_render(r, &t, 400, &f, app_form_waarden(r));
		return;
	}
	if (!begin_open_casus(r, &t, &c))
		return;
	rv = c.regievoerder;
	rv.id = pid;
	rv.naam = naam;
	if ((rc = casus_toewijzen(&c, &rv, app_vandaag(r), &o, &e)) == ERR_OK)
		rc = stap_opslaan(r, &t, &c, &o, true, &e);
	if (afronden_gelukt(r, rc, &e))
		terug(r, "toegewezen");
}

void
h_casus_vrijgeven(struct request *r)
{
	struct casus_toegang t;
	struct casus c;
	struct casus_overgang o;
	struct err e = { 0 };
	enum err_code rc;

	if (!open_regie(r, "casus.vrijgeven", &t))
		return;
	if (!begin_open_casus(r, &t, &c))
		return;
	if ((rc = casus_vrijgeven(&c, app_vandaag(r), &o, &e)) == ERR_OK && o.gebeurtenis == GEBEURTENIS_GEEN) {
		store_rollback(r->store);   /* nothing to release */
		terug(r, "vrijgegeven");
		return;
	}
	if (rc == ERR_OK)
		rc = stap_opslaan(r, &t, &c, &o, true, &e);
	if (afronden_gelukt(r, rc, &e))
		terug(r, "vrijgegeven");
}

void
h_casus_activiteit(struct request *r)
{
	struct casus_toegang t;
	struct cw_fouten f = { 0 };
	struct activiteit act, *acts = NULL;
	size_t nacts = 0;
	struct err e = { 0 };
	enum err_code rc;
	int type = cw_code(&codes_activiteit_type, req_form(r, "type"));
	int it = cw_code(&codes_interventie_type, req_form(r, "interventie_type"));
	const char *corr = req_form(r, "corrigeert"), *zicht = req_form(r, "zichtbaarheid");

	if (!open_regie(r, "casus.activiteit", &t))
		return;
	memset(&act, 0, sizeof(act));
	act.interventie_type = -1;
	/* internal unless the regievoerder shares it (issue 13): a form without the choice keeps it internal */
	if (zicht != NULL && strcmp(zicht, "intern") != 0 && strcmp(zicht, "gedeeld") != 0)
		cw_fout(&f, "act_zichtbaarheid", "Kies wie dit item ziet: alleen intern of ook de indiener.");
	act.gedeeld = zicht != NULL && strcmp(zicht, "gedeeld") == 0;
	if (type < 0 || type == ACTIVITEIT_STATUSWIJZIGING)
		cw_fout(&f, "act_type", "Kies de soort: contactmoment, notitie, interventie of correctie.");
	act.type = type >= 0 ? (enum activiteit_type)type : ACTIVITEIT_NOTITIE;
	if (type == ACTIVITEIT_INTERVENTIE) {
		if (it < 0)
			cw_fout(&f, "act_interventie_type", "Kies de soort interventie.");
		else if (escalatie_interventie_handmatig(it, "act_interventie_type", &e) != ERR_OK)
			cw_fout(&f, "act_interventie_type", arena_strdup(r->arena, e.msg));
		act.interventie_type = it;
	} else if (it == -2) {
		cw_fout(&f, "act_interventie_type", "Kies de soort interventie uit de lijst.");
	}
	act.datum = cw_datum(r, &f, req_form(r, "datum"), "act_datum", "de datum", true);
	/* the one rule of core for web and API: after closure a monitoring entry, dated on or after afgerondOp */
	if (act.datum != DATE_NONE && type >= 0 && (rc = casus_activiteit_toelaten(t.status, t.afgerond_op, act.type,
	    &act.datum, app_vandaag(r), &act.na_afronding, &e)) != ERR_OK)
		cw_fout(&f, strcmp(e.field, "type") == 0 ? "act_type" : "act_datum", arena_strdup(r->arena, e.msg));
	act.omschrijving = cw_tekst(r, &f, "omschrijving", "act_omschrijving", "een omschrijving", CASUS_MAX_TEKST,
	    type != ACTIVITEIT_INTERVENTIE);
	if (type == ACTIVITEIT_CORRECTIE) {
		char *end = NULL;
		long long id = corr ? strtoll(corr, &end, 10) : 0;

		if ((rc = store_activiteit_list(r->store, r->arena, t.id, true, &acts, &nacts, &e)) != ERR_OK) {
			cw_reply_store(r, rc, &e);
			return;
		}
		for (size_t i = 0; i < nacts && id > 0 && end && *end == '\0'; i++)
			if (acts[i].id == id)
				act.corrigeert_id = id;
		if (act.corrigeert_id == 0)
			cw_fout(&f, "act_corrigeert", "Kies het item uit de tijdlijn dat u corrigeert.");
	}
	if (f.n > 0) {
		cw_detail_render(r, &t, 400, &f, app_form_waarden(r));
		return;
	}
	if (!begin(r))
		return;
	rc = store_activiteit_add(r->store, t.id, &act, r->actor.gebruiker_id, r->now, NULL, &e);
	if (afronden_gelukt(r, rc, &e))
		terug(r, "activiteit");
}

void
h_casus_deelnemer(struct request *r)
{
	struct casus_toegang t;
	struct cw_fouten f = { 0 };
	struct err e = { 0 };
	enum err_code rc;
	const char *email, *rol = req_form(r, "rol"), *ziet = req_form(r, "ziet");
	int64_t pid = 0;

	if (!open_regie(r, "casus.deelnemer", &t))
		return;
	if (ziet != NULL && strcmp(ziet, "intern") != 0 && strcmp(ziet, "gedeeld") != 0)
		cw_fout(&f, "dln_ziet", "Kies wat de deelnemer ziet: ook wat intern is, of alleen wat gedeeld is.");
	email = cw_tekst(r, &f, "email", "dln_email", "het e-mailadres", CASUS_MAX_KORT, true);
	if (codelist_find(&codes_deelnemer_rol, rol) < 0)
		cw_fout(&f, "dln_rol", "Kies de rol: ambassadeur of maatwerkprofessional.");
	if (f.n == 0 && store_persoon_by_email(r->store, email, &pid, &e) != ERR_OK)
		cw_fout(&f, "dln_email", "Er is geen doorbraak-account met dit e-mailadres. Alleen wie een account heeft, "
		    "kan worden uitgenodigd.");
	if (f.n == 0 && pid == t.indiener_persoon_id)
		cw_fout(&f, "dln_email", "Dit is de indiener; die ziet de casus al.");
	if (f.n > 0) {
		cw_detail_render(r, &t, 400, &f, app_form_waarden(r));
		return;
	}
	if (!begin(r))
		return;
	/* what the regievoerder chose; a form without the choice: all of it, as before issue 13 */
	rc = store_deelnemer_add(r->store, t.id, pid, rol, ziet == NULL || strcmp(ziet, "intern") == 0,
	    r->actor.gebruiker_id, r->now, &e);
	if (rc == ERR_OK)
		rc = casus_gebeurtenis_uitgenodigd(r, t.id, pid, &e);
	if (rc == ERR_CONFLICT) {
		store_rollback(r->store);
		cw_fout(&f, "dln_email", "Deze persoon is al deelnemer van de casus.");
		cw_detail_render(r, &t, 400, &f, app_form_waarden(r));
		return;
	}
	if (afronden_gelukt(r, rc, &e))
		terug(r, "deelnemer");
}

void
h_casus_heropenen(struct request *r)
{
	struct casus_toegang t;
	struct cw_fouten f = { 0 };
	struct casus c;
	struct casus_overgang o;
	struct err e = { 0 };
	enum err_code rc;
	const char *bevestig = req_form(r, "bevestig"), *reden;

	if (!open_regie(r, "casus.heropenen", &t))
		return;
	if (t.status != STATUS_AFGEROND) {
		reply_problem(r, 409, "Casus is niet afgerond", "Alleen een afgeronde casus kan worden heropend.");
		return;
	}
	if (bevestig == NULL || strcmp(bevestig, "ja") != 0)
		cw_fout(&f, "heropenen_bevestig", "Vink aan dat u deze afgeronde casus wilt heropenen.");
	reden = cw_tekst(r, &f, "reden", "heropenen_reden", "waarom de casus wordt heropend", CASUS_MAX_TEKST - 100,
	    true);
	if (f.n > 0) {
		cw_detail_render(r, &t, 400, &f, app_form_waarden(r));
		return;
	}
	if (!begin(r) || !laad(r, &t, &c))
		return;
	if (casus_heropenen(&c, reden, app_vandaag(r), &o, &e) != ERR_OK) {   /* reopened meanwhile */
		store_rollback(r->store);
		reply_problem(r, 409, "Casus is niet afgerond", "Alleen een afgeronde casus kan worden heropend.");
		return;
	}
	rc = stap_opslaan(r, &t, &c, &o, false, &e);
	if (afronden_gelukt(r, rc, &e))
		terug(r, "heropend");
}

void
h_casus_followup(struct request *r)
{
	struct casus_toegang t;
	struct cw_fouten f = { 0 };
	struct casus_overgang o;
	struct err e = { 0 };
	enum err_code rc;
	int antwoord = cw_code(&codes_followup, req_form(r, "antwoord"));
	const char *toelichting, *terug_naar = req_form(r, "terug");

	if (!open_regie(r, "casus.followup", &t))
		return;
	if ((rc = casus_followup_beantwoorden(t.status, antwoord, app_vandaag(r), &o, &e)) == ERR_CONFLICT) {
		reply_problem(r, 409, "Casus is niet afgerond", "Een follow-up hoort bij een afgeronde casus.");
		return;
	}
	if (rc != ERR_OK)
		cw_fout(&f, "fu_antwoord", "Kies of het probleem is opgelost, deels is opgelost, niet is opgelost of dat "
		    "het onbekend is.");
	toelichting = cw_tekst(r, &f, "toelichting", "fu_toelichting", "de toelichting", CASUS_MAX_TEKST, false);
	if (f.n > 0) {
		cw_detail_render(r, &t, 400, &f, app_form_waarden(r));
		return;
	}
	if (!begin(r))
		return;
	rc = store_followup_answer(r->store, t.id, antwoord, toelichting, r->now, &e);
	if (rc == ERR_OK)
		rc = casus_gebeurtenis_vastleggen(r, t.id, &o, &e);
	if (!afronden_gelukt(r, rc, &e))
		return;
	if (terug_naar != NULL && strcmp(terug_naar, "lijst") == 0)
		reply_redirect(r, 303, "/follow-up?gedaan=followup");
	else
		terug(r, "followup");
}
