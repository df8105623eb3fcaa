/* demo_evenement.c - the demo's professionaliseren: four network sessions in 2025 and three in 2026 (and one
   planned), the masterclass "ruimte in wet- en regelgeving", a thematic workshop and the Bestuurlijke Tafel
   Casuïstiek, with invitations drawn from the demo Maatwerkregister, registrations and attendance, and the demo
   casussen and leerpunten discussed there. Dates and numbers are invented (the seeds only say three to four sessions
   a year); chosen deterministically so that the figures stay the same. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "core/evenement.h"
#include "lib/date.h"
#include "lib/mem.h"
#include "store/evenement/evenement.h"
#include "store/register/register.h"

static const struct {
	enum evenement_soort soort;
	const char *datum, *thema, *doelgroep, *locatie;
	int elke, begin, max;        /* invite every elke-th register item from begin, at most max */
	const char *casussen[3];
	int leerpunten[2];
	const char *bron;            /* a leerpunt signalled at this kind of source came from this event */
} ev[] = {
	{ EVSOORT_NETWERKBIJEENKOMST, "2025-02-13", "Kennismaken: wie zit waar in het netwerk", "maatwerkprofessionals",
	    "Den Haag", 9, 0, 36, { "PMM-2025-0001", NULL, NULL }, { 0, 0 }, NULL },
	{ EVSOORT_NETWERKBIJEENKOMST, "2025-05-15", "Schulden en zorg: als regels elkaar tegenwerken",
	    "maatwerkprofessionals", "Utrecht", 11, 3, 30, { "PMM-2025-0004", "PMM-2025-0006", NULL }, { 2, 0 }, NULL },
	{ EVSOORT_MASTERCLASS, "2025-06-19", "Ruimte in wet- en regelgeving", "maatwerkprofessionals en juristen",
	    "Den Haag", 13, 1, 24, { "PMM-2025-0005", NULL, NULL }, { 3, 5 }, NULL },
	{ EVSOORT_NETWERKBIJEENKOMST, "2025-09-25", "Terugkeer uit het buitenland: wonen, BRP en inkomen",
	    "maatwerkprofessionals", "Amersfoort", 10, 5, 32, { "PMM-2025-0010", "PMM-2025-0003", NULL }, { 0, 0 }, NULL },
	{ EVSOORT_BESTUURLIJKE_TAFEL, "2025-10-09", "Bestuurlijke Tafel Casuïstiek", "wethouders sociaal domein",
	    "Den Haag", 40, 2, 8, { "PMM-2025-0010", "PMM-2025-0014", NULL }, { 0, 0 }, "bestuurlijke_tafel" },
	{ EVSOORT_NETWERKBIJEENKOMST, "2025-11-27", "Terugblik op een jaar maatwerk", "maatwerkprofessionals",
	    "Zwolle", 12, 7, 28, { "PMM-2025-0017", NULL, NULL }, { 1, 0 }, NULL },
	{ EVSOORT_NETWERKBIJEENKOMST, "2026-03-12", "Jongeren tussen Jeugdwet en Wlz", "maatwerkprofessionals",
	    "Utrecht", 9, 4, 34, { "PMM-2026-0001", NULL, NULL }, { 0, 0 }, NULL },
	{ EVSOORT_WORKSHOP, "2026-04-16", "Werken met de hardheidsclausule", "maatwerkprofessionals van gemeenten",
	    "online", 15, 6, 20, { NULL, NULL, NULL }, { 4, 0 }, NULL },
	{ EVSOORT_NETWERKBIJEENKOMST, "2026-06-11", "Verblijf en inkomen", "maatwerkprofessionals", "Den Haag", 10, 8,
	    30, { "PMM-2026-0003", NULL, NULL }, { 0, 0 }, NULL },
	{ EVSOORT_NETWERKBIJEENKOMST, "2026-10-08", "Wie betaalt? De overbruggingsprocedure in de praktijk",
	    "maatwerkprofessionals", "Utrecht", 11, 2, 30, { "PMM-2026-0004", NULL, NULL }, { 0, 0 }, NULL },
	{ EVSOORT_NETWERKBIJEENKOMST, "2027-02-11", "Netwerkbijeenkomst voorjaar 2027", "maatwerkprofessionals",
	    "Den Haag", 10, 1, 20, { NULL, NULL, NULL }, { 0, 0 }, NULL },
};

int
demo_evenementen(struct store *st, time_t now)
{
	struct arena *a = arena_new();
	struct register_item *items = NULL;
	size_t nitems = 0;
	struct err e = { 0 };
	int64_t al = 0;
	int vandaag = date_today_local(now), rc = -1;

	if (store_evenement_aantal(st, &al, &e) != ERR_OK || store_register_alle(st, a, &items, &nitems, &e) != ERR_OK)
		goto out;
	if (al > 0) {   /* an earlier init --demo made them */
		rc = 0;
		goto out;
	}
	for (size_t i = 0; i < sizeof ev / sizeof ev[0]; i++) {
		struct evenement x;
		int64_t id = 0, casus_id;
		int k = 0;

		evenement_init(&x);
		x.soort = ev[i].soort;
		if (!date_parse(ev[i].datum, &x.datum))
			goto out;
		x.thema = ev[i].thema;
		x.doelgroep = ev[i].doelgroep;
		x.locatie = ev[i].locatie;
		if (evenement_validate(&x, &e) != ERR_OK || store_evenement_nieuw(st, &x, 0, now, &id, &e) != ERR_OK)
			goto out;
		x.id = id;
		for (size_t j = (size_t)ev[i].begin; j < nitems && k < ev[i].max; j += (size_t)ev[i].elke, k++) {
			bool voorbij = x.datum <= vandaag;
			/* four in five register, one in eight of those does not come; a few decline */
			enum deelname_status s = k % 10 == 9 ? DEELNAME_AFGEMELD : k % 5 == 4 ? DEELNAME_UITGENODIGD :
			    DEELNAME_AANGEMELD;
			int aanwezig = !voorbij || s == DEELNAME_AFGEMELD ? -1 : s == DEELNAME_AANGEMELD && k % 8 != 7 ? 1 : 0;

			if (store_evenement_uitnodigen(st, id, items[j].id, s, aanwezig, "deelnemers", 0, now, &e) != ERR_OK)
				goto out;
		}
		for (int c = 0; c < 3 && ev[i].casussen[c] != NULL; c++)
			if (store_evenement_casus(st, id, ev[i].casussen[c], "casussen", &casus_id, &e) != ERR_OK)
				goto out;
		for (int l = 0; l < 2 && ev[i].leerpunten[l] > 0; l++)
			if (store_evenement_leerpunt(st, id, ev[i].leerpunten[l], false, "leerpunten", &e) != ERR_OK)
				goto out;
		if (ev[i].bron != NULL) {
			int64_t lp = 0;

			if (store_evenement_signaal_met_bron(st, ev[i].bron, &lp, &e) != ERR_OK ||
			    (lp > 0 && store_evenement_leerpunt(st, id, lp, true, "leerpunten", &e) != ERR_OK))
				goto out;
		}
	}
	rc = 0;
out:
	if (rc != 0)
		fprintf(stderr, "doorbraak: demo-evenementen: %s\n", e.msg[0] ? e.msg : "mislukt");
	arena_free(a);
	return rc;
}
