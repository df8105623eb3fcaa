/* demo_netwerk.c - the demo network for `init --demo`: dated connections of agencies and municipalities, so that the
   network page shows the growth the seeds report. The dates are fictitious; see the comment below. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "cli/cli.h"
#include "core/aansluiting.h"
#include "lib/date.h"
#include "lib/mem.h"
#include "store/netwerk/organisatie.h"

/*
 * What the seeds say, and what the reference data (migration 010) already hold with a source for each date:
 *   - 2019 start: SZW, VWS, OCW, JenV, BZK with CAK, UWV, SVB, DUO, CJIB and 12 municipalities (004:26);
 *   - FIN/Toeslagen joined later (uiterlijk 2022, 002:24), the Belastingdienst by 2022 (002:27);
 *   - about 50 municipalities in 2022 (002);
 *   - 6 ministries, 17 national agencies and 66 municipalities with a bestuurlijk akkoord in March 2025 (004:30);
 *   - 7 ministries (BuZa added), 20 agencies and 70+ municipalities in January 2026 (001:67).
 * The ministries and the agencies named in the seeds are dated in migration 010. The seeds do not say which
 * other agencies joined, nor which municipalities, nor when: the entries below are FICTITIOUS but plausible (real
 * agencies with invented dates, invented municipality names), made only so that the demo network reaches the
 * counts of the seeds on their dates. They are demo data, never reference data.
 */
#define DEMO_BRON "demo-gegevens: fictieve datum (de bronnen noemen deze aansluiting niet)"

/* Agencies with an invented date: 11 more by March 2025 (17 with the six of migration 010), 3 more by 8 January
   2026 (20). By name and type; "FPL" is the Forensisch Plaatsingsloket, a loket counted among the agencies. */
static const struct {
	const char *naam, *code, *datum;
	int type;
	bool nieuw;   /* not in the reference data: created as a demo organisation */
} diensten[] = {
	{ "CIZ", NULL, "2020-03-01", ORGTYPE_LANDELIJKE_PUBLIEKE_DIENSTVERLENER, false },
	{ "RvIG", NULL, "2020-09-01", ORGTYPE_LANDELIJKE_PUBLIEKE_DIENSTVERLENER, false },
	{ "IND", NULL, "2021-02-01", ORGTYPE_LANDELIJKE_PUBLIEKE_DIENSTVERLENER, false },
	{ "DJI", NULL, "2021-06-01", ORGTYPE_LANDELIJKE_PUBLIEKE_DIENSTVERLENER, false },
	{ "Forensisch Plaatsingsloket", "FPL", "2021-10-01", ORGTYPE_LOKET, false },
	{ "Dienst Toeslagen", NULL, "2022-01-01", ORGTYPE_LANDELIJKE_PUBLIEKE_DIENSTVERLENER, false },
	{ "DT&V", NULL, "2022-09-01", ORGTYPE_LANDELIJKE_PUBLIEKE_DIENSTVERLENER, false },
	{ "Raad voor de Kinderbescherming", NULL, "2023-03-01", ORGTYPE_LANDELIJKE_PUBLIEKE_DIENSTVERLENER, false },
	{ "Reclassering Nederland", NULL, "2023-09-01", ORGTYPE_LANDELIJKE_PUBLIEKE_DIENSTVERLENER, false },
	{ "Zorginstituut Nederland", NULL, "2024-02-01", ORGTYPE_LANDELIJKE_PUBLIEKE_DIENSTVERLENER, true },
	{ "Justis", NULL, "2024-10-01", ORGTYPE_LANDELIJKE_PUBLIEKE_DIENSTVERLENER, true },
	{ "Raad voor Rechtsbijstand", NULL, "2025-06-01", ORGTYPE_LANDELIJKE_PUBLIEKE_DIENSTVERLENER, true },
	{ "Landelijk Bureau Inning Onderhoudsbijdragen", NULL, "2025-10-01", ORGTYPE_LANDELIJKE_PUBLIEKE_DIENSTVERLENER,
	  true },
	{ "Nederlandse Arbeidsinspectie", NULL, "2026-01-05", ORGTYPE_LANDELIJKE_PUBLIEKE_DIENSTVERLENER, true },
};

/* The nine fictitious municipalities of the demo casussen, with the aangeslotenSinds those casussen state, and 63
   invented names more, spread over the periods between the seeds' counts: 12 at the start, 50 by June 2022, 66 by
   March 2025 and 72 by January 2026. */
static const struct {
	const char *naam, *datum;
} casus_gemeenten[] = {
	{ "Gemeente Kranenveld", "2019-09-01" }, { "Gemeente Lindewaard", "2020-02-01" },
	{ "Gemeente Noordstrand", "2020-10-01" }, { "Gemeente Zuiderhaven", "2021-03-01" },
	{ "Gemeente Hoogmeer", "2022-06-01" }, { "Gemeente Valkenrade", "2022-11-01" },
	{ "Gemeente Eemsterhout", "2023-01-15" }, { "Gemeente Duinmond", "2024-04-01" },
	{ "Gemeente Wolderbroek", "2025-02-01" },
};
static const char *const voor[] = { "Aal", "Beek", "Dorre", "Elzen", "Gaaster", "Heide", "Kolder", "Maas", "Ooster" };
static const char *const achter[] = { "broek", "dam", "hoven", "meer", "stein", "veen", "wolde" };
#define NVOOR (sizeof(voor) / sizeof(voor[0]))
#define NACHTER (sizeof(achter) / sizeof(achter[0]))
#define NVERZONNEN (NVOOR * NACHTER)

/* The date of invented municipality i (0 .. NVERZONNEN-1): spread evenly over its period. With the nine of the
   casussen in those periods (5, 4 and 0 of them) the periods end at 12, 50, 66 and 72. */
static int
gemeente_datum(size_t i)
{
	static const struct {
		size_t tot;              /* invented municipalities 0 .. tot-1 */
		int van[3], tot_op[3];   /* first and last date of the period */
	} fasen[] = {
		{ 12, { 2019, 5, 1 }, { 2019, 5, 1 } },
		{ 45, { 2019, 10, 1 }, { 2022, 5, 1 } },
		{ 57, { 2022, 9, 1 }, { 2025, 3, 1 } },
		{ NVERZONNEN, { 2025, 5, 1 }, { 2026, 1, 5 } },
	};
	size_t begin = 0;

	for (size_t f = 0; f < sizeof(fasen) / sizeof(fasen[0]); f++) {
		if (i < fasen[f].tot) {
			int a = date_from_ymd(fasen[f].van[0], fasen[f].van[1], fasen[f].van[2]);
			int b = date_from_ymd(fasen[f].tot_op[0], fasen[f].tot_op[1], fasen[f].tot_op[2]);
			size_t n = fasen[f].tot - begin;

			return n <= 1 ? a : a + (int)((long long)(b - a) * (long long)(i - begin) / (long long)(n - 1));
		}
		begin = fasen[f].tot;
	}
	return date_from_ymd(2026, 1, 5);
}

/* Finds (or, when nieuw, creates) the organisation and gives it a connection on datum unless it has a history. */
static int
aansluiten(struct store *st, const char *naam, const char *code, int type, bool nieuw, int datum, time_t now)
{
	struct arena *a = arena_new();
	struct aansluiting *h = NULL, entry;
	size_t n = 0;
	int64_t id = 0;
	struct err e = { 0 };
	enum err_code rc;

	rc = code != NULL ? store_organisatie_bij_code(st, code, &id, &e) : store_organisatie_bij_naam(st, naam, type,
	    &id, &e);
	if (rc == ERR_OK && id == 0 && nieuw) {
		struct organisatie_invoer in = { .naam = naam, .type = type, .code = code };

		rc = store_organisatie_nieuw(st, &in, &id, &e);
	}
	if (rc == ERR_OK && id == 0) {
		fprintf(stderr, "doorbraak: demo-netwerk: organisatie %s ontbreekt\n", naam);
		arena_free(a);
		return -1;
	}
	if (rc == ERR_OK)
		rc = store_aansluiting_lijst(st, a, id, &h, &n, &e);
	if (rc == ERR_OK && n == 0) {   /* an earlier init --demo, or beheer, gave it a history already */
		memset(&entry, 0, sizeof(entry));
		entry.status = AANSLUITING_BESTUURLIJK_AANGESLOTEN;
		entry.datum = datum;
		entry.bron = DEMO_BRON;
		if ((rc = aansluiting_validate(&entry, h, n, date_today(now), &e)) == ERR_OK)
			rc = store_aansluiting_toevoegen(st, id, &entry, 0, now, &e);
	}
	arena_free(a);
	if (rc != ERR_OK) {
		fprintf(stderr, "doorbraak: demo-netwerk: %s: %s\n", naam, e.msg[0] ? e.msg : err_strerror(rc));
		return -1;
	}
	return 0;
}

int
demo_netwerk(struct store *st)
{
	time_t now = time(NULL);

	for (size_t i = 0; i < sizeof(diensten) / sizeof(diensten[0]); i++) {
		int d;

		if (!date_parse(diensten[i].datum, &d) || aansluiten(st, diensten[i].naam, diensten[i].code,
		    diensten[i].type, diensten[i].nieuw, d, now) != 0)
			return -1;
	}
	for (size_t i = 0; i < sizeof(casus_gemeenten) / sizeof(casus_gemeenten[0]); i++) {
		int d;

		if (!date_parse(casus_gemeenten[i].datum, &d) || aansluiten(st, casus_gemeenten[i].naam, NULL,
		    ORGTYPE_GEMEENTE, true, d, now) != 0)
			return -1;
	}
	for (size_t i = 0; i < NVERZONNEN; i++) {
		char naam[64];

		/* across the prefixes first, so that neighbouring dates get different names */
		snprintf(naam, sizeof(naam), "Gemeente %s%s", voor[i % NVOOR], achter[i / NVOOR]);
		if (aansluiten(st, naam, NULL, ORGTYPE_GEMEENTE, true, gemeente_datum(i), now) != 0)
			return -1;
	}
	return 0;
}
