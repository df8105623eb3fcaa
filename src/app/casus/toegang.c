/* toegang.c - object-level access to a casus, with an audit row for every attempt. */
#include "app/casus/toegang.h"

#include "core/perm.h"

struct casus_relatie
casus_relatie_van(const struct request *r, const struct casus_toegang *t)
{
	struct casus_relatie rel = {
		.status = t->status,
		.is_indiener = r->actor.persoon_id != 0 && t->indiener_persoon_id == r->actor.persoon_id,
		.is_deelnemer = t->is_deelnemer,
		.deelnemer_intern = t->deelnemer_intern,
	};
	return rel;
}

bool
casus_mag(const struct request *r, enum casus_actie actie, const struct casus_relatie *rel)
{
	switch (actie) {
	case CASUS_ZIEN:
		return perm_casus_zien(&r->actor, rel);
	case CASUS_BEWERKEN:
		return perm_casus_bewerken(&r->actor, rel);
	case CASUS_WIJZIGEN:
		return perm_casus_bewerken(&r->actor, rel) || perm_casus_aanvullen(&r->actor, rel);
	case CASUS_AANVULLEN:
		return perm_casus_aanvullen(&r->actor, rel);
	case CASUS_BIJDRAGEN:
		return perm_casus_bijdragen(&r->actor, rel);
	case CASUS_REGIE:
		break;
	}
	return perm_casus_regie_op(&r->actor, rel);
}

bool
casus_intern_zien(struct request *r, int64_t casus_id)
{
	struct casus_toegang t;
	struct casus_relatie rel;

	if (store_casus_toegang_id(r->store, casus_id, r->actor.persoon_id, &t) != ERR_OK)
		return false;
	rel = casus_relatie_van(r, &t);
	return perm_casus_intern_zien(&r->actor, &rel);
}

bool
casus_open(struct request *r, const char *ref, enum casus_actie actie, const char *audit_actie,
    struct casus_toegang *out)
{
	struct casus_relatie rel;
	enum err_code rc = ref != NULL ? store_casus_toegang(r->store, ref, r->actor.persoon_id, out) : ERR_NOT_FOUND;
	bool zien;

	if (rc != ERR_OK && rc != ERR_NOT_FOUND) {   /* the database failed: not a 404 */
		reply_header(r, "Retry-After", "1");
		reply_problem(r, 503, "Tijdelijk niet beschikbaar",
		    "De casus kan nu niet worden gelezen. Probeer het zo opnieuw.");
		return false;
	}
	if (rc != ERR_OK) {
		req_audit(r, audit_actie, "casus", ref, AUDIT_GEWEIGERD);
		reply_problem(r, 404, "Niet gevonden", "Deze casus bestaat niet of u heeft er geen toegang toe.");
		return false;
	}
	rel = casus_relatie_van(r, out);
	zien = perm_casus_zien(&r->actor, &rel);
	if (!casus_mag(r, actie, &rel)) {
		req_audit(r, audit_actie, "casus", ref, AUDIT_GEWEIGERD);
		if (!zien)
			reply_problem(r, 404, "Niet gevonden", "Deze casus bestaat niet of u heeft er geen toegang toe.");
		else if (actie == CASUS_BIJDRAGEN && (rel.is_indiener || rel.is_deelnemer))
			reply_problem(r, 409, "Casus is niet open",
			    "Deze casus is niet meer open; er kan niets meer aan de tijdlijn worden toegevoegd. Neem zo nodig "
			    "contact op met de regievoerder.");
		else if (rel.status == STATUS_AFGEROND && actie != CASUS_AANVULLEN)
			reply_problem(r, 409, "Casus is afgerond",
			    "Deze casus is afgerond. Een regievoerder kan knelpunten, leerpunten, wetten, maatwerk en de "
			    "buitenlandse component nog aanvullen; de rest verandert pas als hij de casus heropent.");
		else if (actie == CASUS_AANVULLEN && rel.status != STATUS_AFGEROND)
			reply_problem(r, 409, "Casus is niet afgerond",
			    "Aanvullen na afronding kan alleen bij een afgeronde casus; wijzig een open casus gewoon.");
		else
			reply_problem(r, 403, "Geen toegang", "U mag deze handeling niet uitvoeren op deze casus.");
		return false;
	}
	if (req_audit(r, audit_actie, "casus", ref, AUDIT_TOEGESTAAN) != ERR_OK) {
		reply_problem(r, 503, "Tijdelijk niet beschikbaar",
		    "Het auditlog kon niet worden bijgewerkt; daarom worden geen gegevens getoond.");
		return false;
	}
	return true;
}
