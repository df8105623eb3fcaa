/* diff.c - which parts of a casus differ from the stored one, so that an update rewrites only those rows. */
#include <string.h>

#include "store/casus/private.h"

static bool
same_text(const char *a, const char *b)
{
	return a == b || (a != NULL && b != NULL && strcmp(a, b) == 0);
}

/* Organisations count as the same only by stored id: a name could resolve to another row, or write dates. */
static bool
same_organisaties(const struct casus *s, const struct casus *c)
{
	if (s->norganisaties != c->norganisaties)
		return false;
	for (size_t i = 0; i < c->norganisaties; i++)
		if (c->organisaties[i].organisatie.id == 0 ||
		    c->organisaties[i].organisatie.id != s->organisaties[i].organisatie.id ||
		    !same_text(c->organisaties[i].rol, s->organisaties[i].rol))
			return false;
	return true;
}

static bool
same_knelpunten(const struct casus *s, const struct casus *c)
{
	if (s->nknelpunten != c->nknelpunten)
		return false;
	for (size_t i = 0; i < c->nknelpunten; i++)
		if (c->knelpunten[i].categorie != s->knelpunten[i].categorie ||
		    c->knelpunten[i].soorten != s->knelpunten[i].soorten ||
		    !same_text(c->knelpunten[i].omschrijving, s->knelpunten[i].omschrijving))
			return false;
	return true;
}

static bool
same_interventies(const struct casus *s, const struct casus *c)
{
	if (s->ninterventies != c->ninterventies)
		return false;
	for (size_t i = 0; i < c->ninterventies; i++)
		if (c->interventies[i].type != s->interventies[i].type ||
		    c->interventies[i].datum != s->interventies[i].datum ||
		    !same_text(c->interventies[i].omschrijving, s->interventies[i].omschrijving))
			return false;
	return true;
}

/* The party of a belegging: PMM (by flag or code), else the stored organisation by id. */
static bool
same_belegging(const struct belegging *s, const struct belegging *b)
{
	bool pmm = b->bij_pmm || (b->bij.code != NULL && strcmp(b->bij.code, "PMM") == 0);

	if (b->id == 0 || b->id != s->id || b->status != s->status || b->reden != s->reden ||
	    b->pmm_soort != s->pmm_soort || b->niet_belegd != s->niet_belegd ||
	    !same_text(b->niet_belegd_toelichting, s->niet_belegd_toelichting) || b->npartners != s->npartners)
		return false;
	for (size_t p = 0; p < b->npartners; p++)
		if (b->partners[p].id == 0 || b->partners[p].id != s->partners[p].id)
			return false;
	return pmm ? s->bij_pmm : !s->bij_pmm && b->bij.id != 0 && b->bij.id == s->bij.id;
}

static bool
same_leerpunt(const struct leerpunt *s, const struct leerpunt *l)
{
	if (l->id == 0 || l->id != s->id || !same_text(l->omschrijving, s->omschrijving) ||
	    l->categorie != s->categorie || l->orde != s->orde || l->vraag != s->vraag ||
	    l->al_bekend != s->al_bekend || l->terugkerend != s->terugkerend || l->nthemas != s->nthemas ||
	    l->nbeleggingen != s->nbeleggingen || l->bron != s->bron || !same_text(l->bron_referentie, s->bron_referentie) ||
	    l->gesignaleerd_op != s->gesignaleerd_op || l->wetten != s->wetten || l->nkoppelingen != s->nkoppelingen)
		return false;
	for (size_t k = 0; k < l->nkoppelingen; k++)
		if (l->koppelingen[k].soort != s->koppelingen[k].soort ||
		    !same_text(l->koppelingen[k].referentie, s->koppelingen[k].referentie) ||
		    !same_text(l->koppelingen[k].url, s->koppelingen[k].url))
			return false;
	for (size_t t = 0; t < l->nthemas; t++)
		if (!same_text(l->themas[t], s->themas[t]))
			return false;
	for (size_t b = 0; b < l->nbeleggingen; b++)
		if (!same_belegging(&s->beleggingen[b], &l->beleggingen[b]))
			return false;
	return true;
}

static bool
same_leerpunten(const struct casus *s, const struct casus *c)
{
	if (s->nleerpunten != c->nleerpunten)
		return false;
	for (size_t i = 0; i < c->nleerpunten; i++)
		if (!same_leerpunt(&s->leerpunten[i], &c->leerpunten[i]))
			return false;
	return true;
}

/* Maatwerk records count as the same only with the same organisation by stored id (or none). */
static bool
same_maatwerk(const struct casus *s, const struct casus *c)
{
	if (s->nmaatwerk_toepassingen != c->nmaatwerk_toepassingen)
		return false;
	for (size_t i = 0; i < c->nmaatwerk_toepassingen; i++) {
		const struct maatwerk_toepassing *x = &s->maatwerk_toepassingen[i], *y = &c->maatwerk_toepassingen[i];

		if (x->vorm != y->vorm || x->wet != y->wet || x->datum != y->datum || !same_text(x->artikel, y->artikel) ||
		    !same_text(x->toelichting, y->toelichting) || (y->door.naam != NULL) != (x->door.naam != NULL) ||
		    (y->door.naam != NULL && (y->door.id == 0 || y->door.id != x->door.id)))
			return false;
	}
	return true;
}

unsigned
casus_changed_parts(const struct casus *stored, const struct casus *c)
{
	unsigned parts = 0;

	if (c->leefgebieden != stored->leefgebieden)
		parts |= DEEL_LEEFGEBIEDEN;
	if (c->beleidsterreinen != stored->beleidsterreinen)
		parts |= DEEL_BELEIDSTERREINEN;
	if (!same_organisaties(stored, c))
		parts |= DEEL_ORGANISATIES;
	if (!same_knelpunten(stored, c))
		parts |= DEEL_KNELPUNTEN;
	if (!same_interventies(stored, c))
		parts |= DEEL_INTERVENTIES;
	if (!same_leerpunten(stored, c))
		parts |= DEEL_LEERPUNTEN;
	if (c->wetten != stored->wetten)
		parts |= DEEL_WETTEN;
	if (!same_maatwerk(stored, c))
		parts |= DEEL_MAATWERK;
	if (c->register_geprobeerd != stored->register_geprobeerd || !same_text(c->register_bij, stored->register_bij))
		parts |= DEEL_REGISTERPOGING;
	return parts;
}
