/* casus_nazorg.c - the Loket's work on a closed casus: what may change without reopening, monitoring entries, what changed. */
#include <string.h>

#include "core/casus_lifecycle.h"

static const char *const wijzigbaar[] = {
	"knelpunten", "leerpunten", "wetten", "redenGeenLeerpunt", "maatwerk", "maatwerkToepassingen",
	"buitenlandseComponent",
};

bool
casus_na_afronding_wijzigbaar(const char *veld)
{
	for (size_t i = 0; veld != NULL && i < sizeof(wijzigbaar) / sizeof(wijzigbaar[0]); i++)
		if (strcmp(wijzigbaar[i], veld) == 0)
			return true;
	return false;
}

enum err_code
casus_activiteit_toelaten(enum casus_status status, int afgerond_op, enum activiteit_type type, int *datum,
    int vandaag, bool *na_afronding, struct err *e)
{
	*na_afronding = false;
	if (type == ACTIVITEIT_STATUSWIJZIGING || (int)type < 0 || type >= ACTIVITEIT__MAX)
		return err_set(e, ERR_VALIDATION, "type",
		    "Kies de soort: contactmoment, notitie, interventie of correctie.");
	if (casus_activiteit_datum(datum, vandaag, e) != ERR_OK)
		return e->code;
	if (status != STATUS_AFGEROND)
		return ERR_OK;
	if (type == ACTIVITEIT_INTERVENTIE)
		return err_set(e, ERR_CONFLICT, "type",
		    "Een interventie hoort bij de looptijd. Leg na de afronding een contactmoment of notitie vast "
		    "(monitoring), of heropen de casus.");
	if (afgerond_op != DATE_NONE && *datum < afgerond_op)
		return err_set(e, ERR_VALIDATION, "datum",
		    "Deze casus is afgerond; monitoring na de afronding ligt op of na de datum van afronding.");
	*na_afronding = true;
	return ERR_OK;
}

/* ---- what changed -------------------------------------------------------------------------- */

static bool
zelfde_tekst(const char *a, const char *b)
{
	return a == b || (a != NULL && b != NULL && strcmp(a, b) == 0);
}

static bool
zelfde_knelpunt(const struct knelpunt *a, const struct knelpunt *b)
{
	return a->categorie == b->categorie && a->soorten == b->soorten && zelfde_tekst(a->omschrijving, b->omschrijving);
}

static bool
zelfde_partij(const struct belegging *a, const struct belegging *b)
{
	if (a->bij_pmm || b->bij_pmm)
		return a->bij_pmm == b->bij_pmm;
	if (a->bij.id != 0 && b->bij.id != 0)
		return a->bij.id == b->bij.id;
	return zelfde_tekst(a->bij.naam, b->bij.naam) && a->bij.type == b->bij.type;
}

static bool
zelfde_leerpunt(const struct leerpunt *a, const struct leerpunt *b)
{
	if (!zelfde_tekst(a->omschrijving, b->omschrijving) || a->categorie != b->categorie || a->orde != b->orde ||
	    a->vraag != b->vraag || a->al_bekend != b->al_bekend || a->terugkerend != b->terugkerend ||
	    a->bron != b->bron || !zelfde_tekst(a->bron_referentie, b->bron_referentie) || a->wetten != b->wetten ||
	    a->nthemas != b->nthemas || a->nkoppelingen != b->nkoppelingen || a->nbeleggingen != b->nbeleggingen)
		return false;
	for (size_t t = 0; t < a->nthemas; t++)
		if (!zelfde_tekst(a->themas[t], b->themas[t]))
			return false;
	for (size_t k = 0; k < a->nkoppelingen; k++)
		if (a->koppelingen[k].soort != b->koppelingen[k].soort ||
		    !zelfde_tekst(a->koppelingen[k].referentie, b->koppelingen[k].referentie) ||
		    !zelfde_tekst(a->koppelingen[k].url, b->koppelingen[k].url))
			return false;
	for (size_t k = 0; k < a->nbeleggingen; k++)
		if (!zelfde_partij(&a->beleggingen[k], &b->beleggingen[k]))
			return false;
	return true;
}

static const struct leerpunt *
leerpunt_met_id(const struct casus *c, int64_t id)
{
	for (size_t i = 0; id != 0 && i < c->nleerpunten; i++)
		if (c->leerpunten[i].id == id)
			return &c->leerpunten[i];
	return NULL;
}

static bool
zelfde_maatwerk(const struct casus *a, const struct casus *b)
{
	if (a->maatwerk != b->maatwerk || a->nmaatwerk_toepassingen != b->nmaatwerk_toepassingen)
		return false;
	for (size_t i = 0; i < a->nmaatwerk_toepassingen; i++) {
		const struct maatwerk_toepassing *x = &a->maatwerk_toepassingen[i], *y = &b->maatwerk_toepassingen[i];

		if (x->vorm != y->vorm || x->wet != y->wet || x->datum != y->datum ||
		    !zelfde_tekst(x->artikel, y->artikel) || !zelfde_tekst(x->toelichting, y->toelichting) ||
		    !zelfde_tekst(x->door.naam, y->door.naam))
			return false;
	}
	return true;
}

static void
voeg(struct casus_aanvulling *out, size_t max, size_t *n, enum casus_aanvulling_soort soort, size_t index)
{
	if (*n < max) {
		out[*n].soort = soort;
		out[*n].index = index;
	}
	(*n)++;
}

size_t
casus_aanvullingen(const struct casus *oud, const struct casus *nieuw, struct casus_aanvulling *out, size_t max)
{
	size_t n = 0;

	for (size_t i = 0; i < nieuw->nknelpunten; i++) {
		if (i >= oud->nknelpunten)
			voeg(out, max, &n, AANVULLING_KNELPUNT_TOEGEVOEGD, i);
		else if (!zelfde_knelpunt(&oud->knelpunten[i], &nieuw->knelpunten[i]))
			voeg(out, max, &n, AANVULLING_KNELPUNT_GEWIJZIGD, i);
	}
	for (size_t i = nieuw->nknelpunten; i < oud->nknelpunten; i++)
		voeg(out, max, &n, AANVULLING_KNELPUNT_VERWIJDERD, i);
	for (size_t i = 0; i < nieuw->nleerpunten; i++) {
		const struct leerpunt *was = leerpunt_met_id(oud, nieuw->leerpunten[i].id);

		if (was == NULL)
			voeg(out, max, &n, AANVULLING_LEERPUNT_TOEGEVOEGD, i);
		else if (!zelfde_leerpunt(was, &nieuw->leerpunten[i]))
			voeg(out, max, &n, AANVULLING_LEERPUNT_GEWIJZIGD, i);
	}
	for (size_t i = 0; i < oud->nleerpunten; i++)
		if (leerpunt_met_id(nieuw, oud->leerpunten[i].id) == NULL)
			voeg(out, max, &n, AANVULLING_LEERPUNT_ONTKOPPELD, i);
	if (oud->wetten != nieuw->wetten)
		voeg(out, max, &n, AANVULLING_WETTEN, 0);
	if (oud->reden_geen_leerpunt != nieuw->reden_geen_leerpunt)
		voeg(out, max, &n, AANVULLING_REDEN_GEEN_LEERPUNT, 0);
	if (!zelfde_maatwerk(oud, nieuw))
		voeg(out, max, &n, AANVULLING_MAATWERK, 0);
	if (oud->buitenlandse_component != nieuw->buitenlandse_component)
		voeg(out, max, &n, AANVULLING_BUITENLANDSE_COMPONENT, 0);
	return n;
}
