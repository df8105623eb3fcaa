/* aanvullen.c - the save of a closed casus's changes and the one timeline text of each (after closure, outside the looptijd). */
#include "app/casus/aanvullen.h"

#include <string.h>

#include "app/common/datum.h"
#include "lib/buf.h"
#include "store/casus/casus.h"

#define KORT 300   /* bytes of a leerpunt's or knelpunt's text quoted on the timeline */

/* s cut to at most max bytes on a character boundary, with an ellipsis when cut. */
static const char *
kort(struct request *r, const char *s, size_t max)
{
	size_t n;

	if (s == NULL)
		return "";
	if ((n = strlen(s)) <= max)
		return s;
	n = max;
	while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
		n--;
	return arena_printf(r->arena, "%.*s…", (int)n, s);
}

static const char *
lijst_wetten(struct request *r, uint64_t wetten)
{
	struct buf b;
	const char *uit;

	buf_init(&b, 0);
	for (int i = 0; i < WET__MAX; i++)
		if ((wetten >> i) & 1u)
			buf_printf(&b, "%s%s", b.len ? ", " : "", codes_wet_regeling.labels[i]);
	uit = arena_strdup(r->arena, b.len ? buf_str(&b) : "geen");
	buf_free(&b);
	return uit;
}

static const char *
knelpunt_tekst(struct request *r, const char *wat, const struct knelpunt *k)
{
	return arena_printf(r->arena, "Na afronding: knelpunt %s (%s): %s", wat,
	    (int)k->categorie >= 0 && k->categorie < CATEGORIE__MAX ? codes_categorie.labels[k->categorie] : "?",
	    kort(r, k->omschrijving, KORT));
}

static const char *
leerpunt_tekst(struct request *r, const char *wat, const struct leerpunt *l)
{
	return arena_printf(r->arena, "Na afronding: leerpunt %s (%s, orde %d): %s", wat,
	    (int)l->categorie >= 0 && l->categorie < CATEGORIE__MAX ? codes_categorie.labels[l->categorie] : "?",
	    l->orde, kort(r, l->omschrijving, KORT));
}

const char *
casus_aanvulling_tekst(struct request *r, const struct casus *oud, const struct casus *nieuw,
    const struct casus_aanvulling *a)
{
	switch (a->soort) {
	case AANVULLING_KNELPUNT_TOEGEVOEGD:
		return knelpunt_tekst(r, "toegevoegd", &nieuw->knelpunten[a->index]);
	case AANVULLING_KNELPUNT_GEWIJZIGD:
		return knelpunt_tekst(r, arena_printf(r->arena, "%zu aangescherpt", a->index + 1),
		    &nieuw->knelpunten[a->index]);
	case AANVULLING_KNELPUNT_VERWIJDERD:
		return knelpunt_tekst(r, "verwijderd", &oud->knelpunten[a->index]);
	case AANVULLING_LEERPUNT_TOEGEVOEGD:
		return leerpunt_tekst(r, "toegevoegd", &nieuw->leerpunten[a->index]);
	case AANVULLING_LEERPUNT_GEWIJZIGD:
		return leerpunt_tekst(r, "aangescherpt", &nieuw->leerpunten[a->index]);
	case AANVULLING_LEERPUNT_ONTKOPPELD:
		return leerpunt_tekst(r, "losgekoppeld van deze casus", &oud->leerpunten[a->index]);
	case AANVULLING_WETTEN:
		return arena_printf(r->arena, "Na afronding: wetten en regelingen vastgelegd: %s.",
		    lijst_wetten(r, nieuw->wetten));
	case AANVULLING_REDEN_GEEN_LEERPUNT:
		return arena_printf(r->arena, "Na afronding: waarom geen leerpunt: %s.", nieuw->reden_geen_leerpunt >= 0 &&
		    nieuw->reden_geen_leerpunt < GEENLP__MAX ? codes_reden_geen_leerpunt.labels[nieuw->reden_geen_leerpunt] :
		    "niet meer vastgelegd");
	case AANVULLING_MAATWERK:
		return arena_printf(r->arena, "Na afronding: maatwerk vastgelegd: %s, %zu %s.", nieuw->maatwerk >= 0 &&
		    nieuw->maatwerk < MAATWERK__MAX ? codes_maatwerk.labels[nieuw->maatwerk] : "niet vastgelegd",
		    nieuw->nmaatwerk_toepassingen, nieuw->nmaatwerk_toepassingen == 1 ? "toepassing" : "toepassingen");
	case AANVULLING_BUITENLANDSE_COMPONENT:
		return nieuw->buitenlandse_component ? "Na afronding: de casus heeft een buitenlandse component." :
		    "Na afronding: de casus heeft geen buitenlandse component.";
	case AANVULLING__MAX:
		break;
	}
	return "Na afronding aangevuld.";
}

enum err_code
casus_aanvullen(struct request *r, const struct casus *oud, struct casus *nieuw, struct err *e)
{
	struct casus_aanvulling w[64];
	size_t n, k;
	int vandaag = app_vandaag(r);
	enum err_code rc;

	if ((rc = casus_validate(nieuw, vandaag, e)) != ERR_OK)
		return rc;
	n = casus_aanvullingen(oud, nieuw, w, sizeof(w) / sizeof(w[0]));
	casus_apply_defaults(nieuw, vandaag);
	if ((rc = store_casus_update(r->store, r->arena, nieuw, r->actor.gebruiker_id, r->now, e)) != ERR_OK)
		return rc;
	for (k = 0; k < n && k < sizeof(w) / sizeof(w[0]); k++) {
		struct activiteit act;

		memset(&act, 0, sizeof(act));
		act.type = ACTIVITEIT_NOTITIE;
		act.datum = vandaag;
		act.interventie_type = -1;
		act.na_afronding = true;
		act.omschrijving = casus_aanvulling_tekst(r, oud, nieuw, &w[k]);
		if ((rc = store_activiteit_add(r->store, nieuw->id, &act, r->actor.gebruiker_id, r->now, NULL, e)) != ERR_OK)
			return rc;
	}
	if (n > k) {   /* more than fit: one entry says so */
		struct activiteit act;

		memset(&act, 0, sizeof(act));
		act.type = ACTIVITEIT_NOTITIE;
		act.datum = vandaag;
		act.interventie_type = -1;
		act.na_afronding = true;
		act.omschrijving = arena_printf(r->arena, "Na afronding: nog %zu wijzigingen in knelpunten en leerpunten.",
		    n - k);
		return store_activiteit_add(r->store, nieuw->id, &act, r->actor.gebruiker_id, r->now, NULL, e);
	}
	return ERR_OK;
}
