/* ronde_stap.c - the steps of a navraag round for its pages and its API alike: an answer, what went well at a
   party, closing the round; each checked by the core and written in one transaction with its audit row. */
#include <string.h>

#include "app/leerpunt/leerpunt.h"
#include "app/leerpunt/ronde.h"
#include "core/casus.h"
#include "core/navraag.h"
#include "lib/date.h"

static enum err_code
begin(struct request *r, struct err *e)
{
	if (store_begin(r->store) == ERR_OK)
		return ERR_OK;
	return err_set(e, ERR_UNAVAILABLE, NULL, "De database is even bezet; probeer het opnieuw.");
}

/* Writes the toegestaan row inside the transaction and commits; rolls back on failure. */
static enum err_code
commit(struct request *r, const char *actie, const char *object_type, const char *object_id, struct err *e)
{
	if (req_audit(r, actie, object_type, object_id, AUDIT_TOEGESTAAN) != ERR_OK) {
		store_rollback(r->store);
		return err_set(e, ERR_UNAVAILABLE, NULL,
		    "Het auditlog kon niet worden bijgewerkt; daarom is er niets gewijzigd.");
	}
	if (store_commit(r->store) != ERR_OK)
		return err_set(e, ERR_INTERNAL, NULL, "Er ging iets mis bij het opslaan. Probeer het opnieuw.");
	return ERR_OK;
}

/* Rolls back (when in a transaction) and records the refusal: geweigerd for an unknown object, else mislukt. */
static enum err_code
weiger(struct request *r, bool in_tx, enum err_code rc, const char *actie, const char *object_type,
    const char *object_id)
{
	if (in_tx)
		store_rollback(r->store);
	req_audit(r, actie, object_type, object_id, rc == ERR_NOT_FOUND ? AUDIT_GEWEIGERD : AUDIT_MISLUKT);
	return rc;
}

/* A date typed as text: DATE_NONE when empty, false when it is not a date. */
static bool
datum_van(const char *s, int *out)
{
	*out = DATE_NONE;
	return lp_leeg(s) || date_parse(s, out);
}

/* ERR_OK when the round exists, is open and asks about the belegging, unanswered; else NOT_FOUND or CONFLICT. */
static enum err_code
vraag_open(struct request *r, int64_t ronde_id, int64_t belegging_id, struct err *e)
{
	struct navraagronde ro;
	struct navraag_vraag *v;
	struct navraag_partij *p;
	size_t nv, np;
	enum err_code rc;

	if ((rc = store_navraagronde_get(r->store, r->arena, ronde_id, false, &ro, &v, &nv, &p, &np, e)) != ERR_OK)
		return rc;
	if (ro.gesloten_op != DATE_NONE)
		return err_set(e, ERR_CONFLICT, "", "Deze navraagronde is gesloten.");
	for (size_t i = 0; i < nv; i++)
		if (v[i].belegging_id == belegging_id)
			return v[i].beantwoord ? err_set(e, ERR_CONFLICT, "", "Deze vraag is in deze ronde al beantwoord. Werk "
			    "zo nodig de opvolging van de belegging zelf bij.") : ERR_OK;
	return err_set(e, ERR_NOT_FOUND, NULL, "Deze ronde vraagt niet naar deze belegging.");
}

enum err_code
ronde_antwoord_opslaan(struct request *r, int64_t ronde_id, const struct ronde_invoer *in, struct err *e)
{
	struct opvolging_invoer oi = { .status = -1, .reden = -1 };
	struct opvolging_stand stand;
	struct belegging_rij b;
	const char *oid = app_id_tekst(r, in->belegging_id);
	enum err_code rc;
	int vandaag = app_vandaag(r);

	if (!lp_leeg(in->status) && (oi.status = codelist_find(&codes_opvolging_status, in->status)) < 0)
		oi.status = -1;
	if (!lp_leeg(in->reden) && (oi.reden = codelist_find(&codes_reden, in->reden)) < 0)
		oi.reden = REDEN__MAX;   /* unknown: refused by the core's check */
	if (!datum_van(in->datum, &oi.datum)) {
		err_set(e, ERR_VALIDATION, "datum", "Vul de datum in als JJJJ-MM-DD, bijvoorbeeld 2025-03-01.");
		return weiger(r, false, ERR_VALIDATION, "navraag.antwoord", "belegging", oid);
	}
	if (oi.datum == DATE_NONE)
		oi.datum = vandaag;
	oi.notitie = lp_leeg(in->notitie) ? NULL : in->notitie;
	oi.bron = lp_leeg(in->bron) ? NULL : in->bron;
	if ((rc = begin(r, e)) != ERR_OK)
		return rc;
	/* inside the transaction: the checks and the change see the same round and history */
	if ((rc = vraag_open(r, ronde_id, in->belegging_id, e)) != ERR_OK)
		return weiger(r, true, rc, "navraag.antwoord", "belegging", oid);
	if ((rc = store_belegging_get(r->store, r->arena, in->belegging_id, &b, e)) != ERR_OK) {
		store_rollback(r->store);
		return rc;
	}
	stand.status = (int)b.status;
	stand.datum = b.status_datum;
	stand.doorgezet = b.doorgezet_naar_id != 0;
	if ((rc = opvolging_validate(&oi, &stand, vandaag, e)) != ERR_OK)
		return weiger(r, true, rc, "navraag.antwoord", "belegging", oid);
	rc = store_navraag_antwoord(r->store, ronde_id, in->belegging_id, &oi,
	    opvolging_volgende_navraag((enum opvolging_status)oi.status, oi.datum), r->actor.gebruiker_id, r->now, e);
	if (rc == ERR_VALIDATION || rc == ERR_CONFLICT || rc == ERR_NOT_FOUND)
		return weiger(r, true, rc, "navraag.antwoord", "belegging", oid);
	if (rc != ERR_OK) {
		store_rollback(r->store);
		return rc;
	}
	return commit(r, "navraag.antwoord", "belegging", oid, e);
}

enum err_code
ronde_partij_opslaan(struct request *r, int64_t ronde_id, int64_t organisatie_id, const char *wat_ging_goed,
    const char *bron, const char *datum, struct err *e)
{
	struct navraagronde ro;
	struct navraag_vraag *v;
	struct navraag_partij *p;
	size_t nv, np;
	const char *oid = app_id_tekst(r, ronde_id);
	enum err_code rc;
	int d;

	if (navraag_tekst_check(wat_ging_goed, "watGingGoed", e) != ERR_OK ||
	    leerpunt_tekst_check(bron, LEERPUNT_MAX_BRON, "bron", e) != ERR_OK)
		return weiger(r, false, ERR_VALIDATION, "navraag.partij", "navraagronde", oid);
	if (!datum_van(datum, &d) || (d != DATE_NONE && d > app_vandaag(r))) {
		err_set(e, ERR_VALIDATION, "datum", "Vul de datum in als JJJJ-MM-DD, niet in de toekomst.");
		return weiger(r, false, ERR_VALIDATION, "navraag.partij", "navraagronde", oid);
	}
	if (d == DATE_NONE)
		d = app_vandaag(r);
	if ((rc = begin(r, e)) != ERR_OK)
		return rc;
	if ((rc = store_navraagronde_get(r->store, r->arena, ronde_id, false, &ro, &v, &nv, &p, &np, e)) != ERR_OK) {
		if (rc == ERR_NOT_FOUND)
			return weiger(r, true, rc, "navraag.partij", "navraagronde", oid);
		store_rollback(r->store);
		return rc;
	}
	if (ro.gesloten_op != DATE_NONE) {
		err_set(e, ERR_CONFLICT, "", "Deze navraagronde is gesloten.");
		return weiger(r, true, ERR_CONFLICT, "navraag.partij", "navraagronde", oid);
	}
	rc = store_navraag_partij_zet(r->store, ronde_id, organisatie_id, lp_leeg(wat_ging_goed) ? NULL : wat_ging_goed,
	    lp_leeg(bron) ? NULL : bron, d, r->actor.gebruiker_id, r->now, e);
	if (rc == ERR_NOT_FOUND)
		return weiger(r, true, rc, "navraag.partij", "navraagronde", oid);
	if (rc != ERR_OK) {
		store_rollback(r->store);
		return rc;
	}
	return commit(r, "navraag.partij", "navraagronde", oid, e);
}

enum err_code
ronde_sluiten(struct request *r, int64_t ronde_id, struct err *e)
{
	const char *oid = app_id_tekst(r, ronde_id);
	enum err_code rc;

	if ((rc = begin(r, e)) != ERR_OK)
		return rc;
	rc = store_navraagronde_sluiten(r->store, ronde_id, app_vandaag(r), e);
	if (rc == ERR_CONFLICT || rc == ERR_NOT_FOUND)
		return weiger(r, true, rc, "navraagronde.sluiten", "navraagronde", oid);
	if (rc != ERR_OK) {
		store_rollback(r->store);
		return rc;
	}
	return commit(r, "navraagronde.sluiten", "navraagronde", oid, e);
}
