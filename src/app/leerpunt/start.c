/* start.c - systeemleren on a personal start page: the navraag that is due (a regievoerder), or the beleggingen bij
   one's own organisation to answer (an ambassadeur), most overdue first. */
#include <stdlib.h>

#include "app/common/handeling.h"
#include "app/common/start.h"
#include "app/common/tekst.h"
#include "app/leerpunt/handlers.h"
#include "app/leerpunt/leerpunt.h"
#include "core/termijn.h"

#define START_RIJEN 5   /* the most overdue; the block links to the whole navraag */
#define START_OMSCHRIJVING 110

struct los {
	const struct navraag_item *item;
	const char *organisatie;
};

/* Never planned first, then the oldest due date. */
static int
eerst_te_laat(const void *a, const void *b)
{
	int x = ((const struct los *)a)->item->belegging.volgende_navraag;
	int y = ((const struct los *)b)->item->belegging.volgende_navraag;

	return x < y ? -1 : x > y;   /* DATE_NONE is INT32_MIN: first */
}

bool
lp_start(struct request *r, json_t *blokken)
{
	int64_t beperk = leerpunt_beperking(&r->actor);
	bool ambassadeur = beperk > 0;
	struct navraag_groep *g = NULL;
	struct los *alle;
	size_t n = 0, totaal = 0, k = 0;
	struct err e = { 0 };
	int vandaag = app_vandaag(r);
	json_t *items;

	if (!perm_allows(PERM_LEERPUNTEN, &r->actor) || beperk < 0 ||
	    !(ambassadeur || actor_has(&r->actor, ROL_REGIEVOERDER)))
		return true;
	if (store_navraag(r->store, r->arena, vandaag, beperk, &g, &n, &e) != ERR_OK)
		return true;   /* the start page shows the rest */
	if (!app_audit(r, "navraag.lijst", "belegging", NULL))
		return false;
	for (size_t i = 0; i < n; i++)
		totaal += g[i].nitems;
	alle = arena_alloc(r->arena, (totaal + 1) * sizeof(*alle));
	for (size_t i = 0; i < n; i++)
		for (size_t j = 0; j < g[i].nitems; j++)
			alle[k++] = (struct los){ &g[i].items[j], g[i].organisatie.naam };
	qsort(alle, totaal, sizeof(*alle), eerst_te_laat);
	items = json_array();
	for (size_t i = 0; i < totaal && i < START_RIJEN; i++) {
		const struct belegging_rij *b = &alle[i].item->belegging;
		json_t *kenmerken = json_array();
		bool laat = termijn_staat(b->volgende_navraag, vandaag, 0) == TERMIJN_TE_LAAT;

		if (!ambassadeur)
			app_kenmerk(kenmerken, alle[i].organisatie ? alle[i].organisatie : "", false);
		app_kenmerk(kenmerken, codes_opvolging_status.labels[b->status], false);
		app_kenmerk(kenmerken, b->volgende_navraag == DATE_NONE ? "navraag nooit gepland" : laat ?
		    arena_printf(r->arena, "navraag %s", app_termijn_tekst(r, b->volgende_navraag, vandaag)) :
		    "navraag vandaag", laat);
		json_array_append_new(items, json_pack("{s:s,s:s,s:s,s:o}", "href", arena_printf(r->arena,
		    "/leerpunten/%lld", (long long)b->leerpunt_id), "titel",
		    app_kort(r, alle[i].item->leerpunt_omschrijving, START_OMSCHRIJVING), "tekst", "",
		    "kenmerken", kenmerken));
	}
	json_array_append_new(blokken, app_start_blok("navraag", ambassadeur ? "Beleggingen om te beantwoorden" :
	    "Navraag die aan de beurt is", ambassadeur ?
	    app_aantal(r, (long)totaal, "belegging wacht op uw antwoord", "beleggingen wachten op uw antwoord") :
	    app_aantal(r, (long)totaal, "belegging om na te vragen", "beleggingen om na te vragen"), items,
	    ambassadeur ? "Er wacht geen belegging bij uw organisatie op een antwoord." :
	    "Er is geen belegging waarvan de navraag aan de beurt is.", totaal > 0 ? "/navraag" : NULL,
	    ambassadeur ? "Alle beleggingen om te beantwoorden" : "De hele navraag"));
	return true;
}
