/* perm.c - the permission rules, one function per action. */
#include "perm.h"

#include <stddef.h>

bool
perm_publiek(const struct actor *a)
{
	(void)a;
	return true;
}

bool
perm_ingelogd(const struct actor *a)
{
	return a != NULL && a->gebruiker_id != 0;
}

bool
perm_metrics(const struct actor *a)
{
	return a != NULL && (a->loopback || actor_has(a, ROL_BEHEERDER));
}

bool
perm_beheer(const struct actor *a)
{
	return actor_has(a, ROL_BEHEERDER);
}

bool
perm_casus_lijst(const struct actor *a)
{
	return actor_has(a, ROL_REGIEVOERDER) || actor_has(a, ROL_INDIENER) || actor_has(a, ROL_AMBASSADEUR) ||
	    actor_has(a, ROL_LET_VOORZITTER) || actor_has(a, ROL_MAATWERKPROFESSIONAL);
}

bool
perm_casus_indienen(const struct actor *a)
{
	return actor_has(a, ROL_INDIENER) || actor_has(a, ROL_REGIEVOERDER);
}

bool
perm_casus_regie(const struct actor *a)
{
	return actor_has(a, ROL_REGIEVOERDER);
}

bool
perm_rapportage(const struct actor *a)
{
	return actor_has(a, ROL_REGIEVOERDER) || actor_has(a, ROL_ONDERZOEKER);
}

bool
perm_leerpunten(const struct actor *a)
{
	return actor_has(a, ROL_REGIEVOERDER) || actor_has(a, ROL_AMBASSADEUR) || actor_has(a, ROL_ONDERZOEKER);
}

bool
perm_escalatie(const struct actor *a)
{
	return actor_has(a, ROL_REGIEVOERDER) || actor_has(a, ROL_LET_VOORZITTER);
}

bool
perm_netwerk(const struct actor *a)
{
	return actor_has(a, ROL_REGIEVOERDER) || actor_has(a, ROL_BEHEERDER);
}

bool
perm_onderzoek(const struct actor *a)
{
	return actor_has(a, ROL_ONDERZOEKER) || actor_has(a, ROL_REGIEVOERDER);
}

bool
perm_register(const struct actor *a)
{
	if (!perm_ingelogd(a))
		return false;
	if (actor_has(a, ROL_REGIEVOERDER) || actor_has(a, ROL_MAATWERKPROFESSIONAL) || actor_has(a, ROL_AMBASSADEUR) ||
	    actor_has(a, ROL_BEHEERDER))
		return true;
	return actor_has(a, ROL_INDIENER) && a->aangesloten;
}

bool
perm_auditlog(const struct actor *a)
{
	return actor_has(a, ROL_PRIVACY);
}

bool
perm_evenementen(const struct actor *a)
{
	return perm_register(a);
}

bool
perm_evenement_beheer(const struct actor *a)
{
	return actor_has(a, ROL_REGIEVOERDER);
}

static bool
perm_navraag_route(const struct actor *a)
{
	return actor_has(a, ROL_ONDERZOEKER) || actor_has(a, ROL_REGIEVOERDER);
}

static const struct {
	const char *name;
	bool (*allows)(const struct actor *);
} perms[PERM__MAX] = {
	[PERM_PUBLIEK] = { "publiek", perm_publiek },
	[PERM_INGELOGD] = { "ingelogd", perm_ingelogd },
	[PERM_METRICS] = { "metrics", perm_metrics },
	[PERM_BEHEER] = { "beheer", perm_beheer },
	[PERM_CASUS_LIJST] = { "casus_lijst", perm_casus_lijst },
	[PERM_CASUS_INDIENEN] = { "casus_indienen", perm_casus_indienen },
	[PERM_CASUS_REGIE] = { "casus_regie", perm_casus_regie },
	[PERM_RAPPORTAGE] = { "rapportage", perm_rapportage },
	[PERM_LEERPUNTEN] = { "leerpunten", perm_leerpunten },
	[PERM_ESCALATIE] = { "escalatie", perm_escalatie },
	[PERM_NETWERK] = { "netwerk", perm_netwerk },
	[PERM_NAVRAAG] = { "navraag", perm_navraag_route },
	[PERM_ONDERZOEK] = { "onderzoek", perm_onderzoek },
	[PERM_REGISTER] = { "register", perm_register },
	[PERM_AUDITLOG] = { "auditlog", perm_auditlog },
	[PERM_EVENEMENTEN] = { "evenementen", perm_evenementen },
	[PERM_EVENEMENT_BEHEER] = { "evenement_beheer", perm_evenement_beheer },
};

const char *
perm_name(enum perm p)
{
	return (unsigned)p < PERM__MAX ? perms[p].name : "onbekend";
}

bool
perm_allows(enum perm p, const struct actor *a)
{
	if ((unsigned)p >= PERM__MAX || perms[p].allows == NULL)
		return false;   /* deny by default */
	return perms[p].allows(a);
}

int64_t
casus_beperking(const struct actor *a, enum casus_inzage inzage)
{
	if (!perm_ingelogd(a))
		return CASUS_GEEN;
	if (actor_has(a, ROL_REGIEVOERDER))
		return CASUS_ALLE;
	if (inzage == INZAGE_STATISTIEK)
		return actor_has(a, ROL_ONDERZOEKER) ? CASUS_ALLE : CASUS_GEEN;
	if (inzage == INZAGE_LIJST &&
	    (actor_has(a, ROL_INDIENER) || actor_has(a, ROL_AMBASSADEUR) || actor_has(a, ROL_LET_VOORZITTER) ||
	    actor_has(a, ROL_MAATWERKPROFESSIONAL)))
		return a->persoon_id > 0 ? a->persoon_id : CASUS_GEEN;
	return CASUS_GEEN;
}

bool
perm_casus_zien(const struct actor *a, const struct casus_relatie *r)
{
	if (!perm_ingelogd(a) || r == NULL)
		return false;
	if (r->status == STATUS_CONCEPT)   /* a draft is the indiener's own until submitted */
		return r->is_indiener;
	return actor_has(a, ROL_REGIEVOERDER) || r->is_indiener || r->is_deelnemer;
}

bool
perm_casus_intern_zien(const struct actor *a, const struct casus_relatie *r)
{
	if (!perm_casus_zien(a, r))
		return false;
	return actor_has(a, ROL_REGIEVOERDER) || (r->is_deelnemer && r->deelnemer_intern);
}

bool
perm_casus_bijdragen(const struct actor *a, const struct casus_relatie *r)
{
	if (!perm_casus_zien(a, r) || (r->status != STATUS_AANGEMELD && r->status != STATUS_IN_BEHANDELING))
		return false;
	return r->is_indiener || r->is_deelnemer;
}

bool
perm_bijdrage_gedeeld(const struct actor *a, const struct casus_relatie *r, bool gedeeld)
{
	return !perm_casus_intern_zien(a, r) || gedeeld;
}

bool
perm_casus_bewerken(const struct actor *a, const struct casus_relatie *r)
{
	if (!perm_casus_zien(a, r))
		return false;
	if (r->status == STATUS_CONCEPT)
		return r->is_indiener;
	return actor_has(a, ROL_REGIEVOERDER) && r->status != STATUS_AFGEROND;
}

bool
perm_casus_regie_op(const struct actor *a, const struct casus_relatie *r)
{
	return perm_casus_zien(a, r) && actor_has(a, ROL_REGIEVOERDER) && r->status != STATUS_CONCEPT;
}

bool
perm_casus_aanvullen(const struct actor *a, const struct casus_relatie *r)
{
	return perm_casus_zien(a, r) && actor_has(a, ROL_REGIEVOERDER) && r->status == STATUS_AFGEROND;
}
