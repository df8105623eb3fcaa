/* evenement.c - the rules of professionaliseren: the kinds of event, checking one, when attendance can be recorded,
   and counting the figures of a year. */
#include "core/evenement.h"

#include <stdlib.h>
#include <string.h>

#include "core/casus.h"
#include "core/casus_private.h"
#include "lib/date.h"
#include "lib/mem.h"

#define CODELIST(var, listname, max, codes, labels) \
	const struct codelist var = { listname, codes, labels, max }

static const char *const soort_codes[EVSOORT__MAX] = {
	[EVSOORT_NETWERKBIJEENKOMST] = "netwerkbijeenkomst",
	[EVSOORT_WORKSHOP] = "workshop",
	[EVSOORT_MASTERCLASS] = "masterclass",
	[EVSOORT_BESTUURLIJKE_TAFEL] = "bestuurlijke_tafel",
	[EVSOORT_OVERIG] = "overig",
};
static const char *const soort_labels[EVSOORT__MAX] = {
	[EVSOORT_NETWERKBIJEENKOMST] = "Netwerkbijeenkomst",
	[EVSOORT_WORKSHOP] = "Thematische workshop",
	[EVSOORT_MASTERCLASS] = "Masterclass",
	[EVSOORT_BESTUURLIJKE_TAFEL] = "Bestuurlijke Tafel Casuïstiek",
	[EVSOORT_OVERIG] = "Overig",
};
CODELIST(codes_evenement_soort, "soort", EVSOORT__MAX, soort_codes, soort_labels);

static const char *const deelname_codes[DEELNAME__MAX] = {
	[DEELNAME_UITGENODIGD] = "uitgenodigd",
	[DEELNAME_AANGEMELD] = "aangemeld",
	[DEELNAME_AFGEMELD] = "afgemeld",
};
static const char *const deelname_labels[DEELNAME__MAX] = {
	[DEELNAME_UITGENODIGD] = "Uitgenodigd",
	[DEELNAME_AANGEMELD] = "Aangemeld",
	[DEELNAME_AFGEMELD] = "Afgemeld",
};
CODELIST(codes_deelname_status, "status", DEELNAME__MAX, deelname_codes, deelname_labels);

void
evenement_init(struct evenement *ev)
{
	memset(ev, 0, sizeof(*ev));
	ev->soort = EVSOORT_NETWERKBIJEENKOMST;
	ev->datum = DATE_NONE;
}

enum err_code
evenement_validate(const struct evenement *ev, struct err *e)
{
	if (!casus_in_range((int)ev->soort, EVSOORT__MAX))
		return err_set(e, ERR_VALIDATION, "soort", "Kies het soort evenement: netwerkbijeenkomst, workshop, "
		    "masterclass, bestuurlijke_tafel of overig.");
	if (ev->datum == DATE_NONE)
		return err_set(e, ERR_VALIDATION, "datum", "Vul de datum van het evenement in (JJJJ-MM-DD).");
	if (casus_tekst_check(ev->thema, "thema", EVENEMENT_MAX_THEMA, true, e) != ERR_OK ||
	    casus_tekst_check(ev->doelgroep, "doelgroep", EVENEMENT_MAX_DOELGROEP, false, e) != ERR_OK ||
	    casus_tekst_check(ev->locatie, "locatie", CASUS_MAX_KORT, false, e) != ERR_OK ||
	    casus_tekst_check(ev->omschrijving, "omschrijving", EVENEMENT_MAX_TEKST, false, e) != ERR_OK)
		return e->code;
	return ERR_OK;
}

enum err_code
evenement_aanwezigheid_check(int datum, int vandaag, enum deelname_status status, bool aanwezig, struct err *e)
{
	if (datum != DATE_NONE && vandaag < datum)
		return err_set(e, ERR_CONFLICT, "aanwezig",
		    "Aanwezigheid kunt u pas vastleggen op of na de dag van het evenement.");
	if (aanwezig && status == DEELNAME_AFGEMELD)
		return err_set(e, ERR_CONFLICT, "aanwezig",
		    "Deze deelnemer heeft zich afgemeld; zet de aanmelding eerst terug als hij er toch was.");
	return ERR_OK;
}

static int
cmp_id(const void *pa, const void *pb)
{
	int64_t a = *(const int64_t *)pa, b = *(const int64_t *)pb;

	return a < b ? -1 : a > b;
}

/* Is id among the (sorted) ids of the year's events? */
static bool
van_jaar(const int64_t *ids, size_t n, int64_t id)
{
	return n > 0 && bsearch(&id, ids, n, sizeof(*ids), cmp_id) != NULL;
}

void
evenement_cijfers_tel(struct evenement_cijfers *c, int jaar, const struct evenement_kern *ev, size_t nev,
    const struct evenement_deelname *d, size_t nd)
{
	int64_t *ids = xcalloc(nev + 1, sizeof(*ids)), *orgs = xcalloc(nd + 1, sizeof(*orgs));
	size_t nids = 0, norgs = 0;

	memset(c, 0, sizeof(*c));
	c->jaar = jaar;
	for (size_t i = 0; i < nev; i++) {
		if (ev[i].datum == DATE_NONE || date_year(ev[i].datum) != jaar)
			continue;
		ids[nids++] = ev[i].id;
		c->evenementen++;
		if (casus_in_range((int)ev[i].soort, EVSOORT__MAX))
			c->per_soort[ev[i].soort]++;
		c->casussen_besproken += ev[i].casussen;
		c->leerpunten_besproken += ev[i].leerpunten;
		c->leerpunten_uit_evenement += ev[i].bron_van;
	}
	qsort(ids, nids, sizeof(*ids), cmp_id);
	for (size_t i = 0; i < nd; i++) {
		if (!van_jaar(ids, nids, d[i].evenement_id))
			continue;
		c->uitgenodigd++;
		if (d[i].status == DEELNAME_AANGEMELD)
			c->aangemeld++;
		if (d[i].aanwezig == 1) {
			c->deelnemers++;
			if (d[i].organisatie_id > 0)
				orgs[norgs++] = d[i].organisatie_id;
		}
	}
	qsort(orgs, norgs, sizeof(*orgs), cmp_id);
	for (size_t i = 0; i < norgs; i++)
		if (i == 0 || orgs[i] != orgs[i - 1])
			c->organisaties_bereikt++;
	free(ids);
	free(orgs);
}
