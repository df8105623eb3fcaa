/* rol.h - the roles of a doorbraak account and the acting user of a request. */
#ifndef DOORBRAAK_ROL_H
#define DOORBRAAK_ROL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum rol {
	ROL_REGIEVOERDER,
	ROL_INDIENER,
	ROL_AMBASSADEUR,
	ROL_ONDERZOEKER,
	ROL_BEHEERDER,
	ROL_LET_VOORZITTER,        /* the independent chair of the Landelijk Escalatie Team */
	ROL_MAATWERKPROFESSIONAL,  /* a professional of a connected organisation who offers maatwerk (the register) */
	ROL_PRIVACY,               /* the functionaris gegevensbescherming: reads the audit log, no case contents */
	ROL__MAX
};

#define ROL_BIT(r) (1u << (r))

/* Who is acting. gebruiker_id 0 means anonymous (roles 0). */
struct actor {
	int64_t gebruiker_id;
	int64_t persoon_id;
	int64_t organisatie_id;
	unsigned roles;            /* ROL_BIT() mask */
	const char *naam;          /* borrowed, may be NULL */
	bool via_token;            /* authenticated with an API token */
	bool loopback;             /* request came from 127.0.0.0/8 or ::1 */
	/* An ambassadeur represents their organisation and everything under it (a ministry with A&M, VRO,
	   DUO ...): those organisations' ids, organisatie_id first (filled at sign-in from the store's
	   store_organisatie_onder). NULL and 0 for everyone else. */
	const int64_t *vertegenwoordigt;
	size_t nvertegenwoordigt;
	/* The actor's organisation, or one it is part of, is connected to PMM today (bestuurlijk aangesloten);
	   filled at sign-in for an indiener (perm_register). */
	bool aangesloten;
};

const char *rol_code(enum rol r);        /* "regievoerder", ... */
const char *rol_label(enum rol r);       /* "Regievoerder", ... (Dutch, for display) */
bool rol_parse(const char *code, enum rol *out);
bool actor_has(const struct actor *a, enum rol r);
/* True when organisatie_id is the actor's own organisation or one of those it represents (vertegenwoordigt). */
bool actor_vertegenwoordigt(const struct actor *a, int64_t organisatie_id);
/* The role recorded in the audit log: the most privileged one held, or "anoniem". */
const char *actor_primary_rol(const struct actor *a);

#endif
