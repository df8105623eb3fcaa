/* netwerk_groei.h - how many organisations of each kind were connected to PMM on a day, and per year: the figures of the network page and the jaarrapportage. */
#ifndef DOORBRAAK_NETWERK_GROEI_H
#define DOORBRAAK_NETWERK_GROEI_H

#include <stddef.h>

#include "core/aansluiting.h"

/*
 * The kinds PMM counts its network in (004:30, 001:67: ministries, national
 * public agencies, municipalities). The 2024 report counts the Forensisch
 * Plaatsingsloket among the national agencies (issue 9); A&M and VRO are parts
 * of JenV and BZK without a connection of their own, so they are never counted.
 */
enum netwerk_soort {
	NETWERK_MINISTERIE,
	NETWERK_DIENSTVERLENER,   /* landelijke publieke dienstverleners */
	NETWERK_GEMEENTE,
	NETWERK_ANDERS,           /* every other connected organisation (a desk, a care provider ...) */
	NETWERK_SOORT__MAX
};

/* The kind an organisation of this type (enum organisatie_type) and code (may be NULL) is counted as. */
enum netwerk_soort netwerk_soort_van(int type, const char *code);

/* One organisation with its connection history (borrowed). */
struct netwerk_org {
	enum netwerk_soort soort;
	const struct aansluiting *h;
	size_t n;
};

/* The connected organisations (bestuurlijk aangesloten, core aansluiting_op) of each kind on one day. */
struct netwerk_stand {
	int datum;
	int aantal[NETWERK_SOORT__MAX];
	int totaal;
};
void netwerk_stand_op(const struct netwerk_org *o, size_t n, int datum, struct netwerk_stand *out);

/* The figures of one year: connected on 31 December, and of those how many were not on 31 December before. */
struct netwerk_jaar {
	int jaar;
	struct netwerk_stand eind;
	int nieuw[NETWERK_SOORT__MAX];
	int nieuw_totaal;
};
void netwerk_jaar_cijfers(const struct netwerk_org *o, size_t n, int jaar, struct netwerk_jaar *out);

/* The first year of the network: PMM started in May 2019 (004:26). */
#define NETWERK_EERSTE_JAAR 2019
/*
 * The days the network page shows, oldest first, none after vandaag: 31
 * December of every year from NETWERK_EERSTE_JAAR on, the days the seeds
 * give counts for (the start on 1 May 2019, 004:26; 27 March 2025, the
 * presentation 004; 8 January 2026, the interview 001) and vandaag itself. At most max days are written; returns how
 * many.
 */
size_t netwerk_peildata(int vandaag, int *out, size_t max);

#endif
