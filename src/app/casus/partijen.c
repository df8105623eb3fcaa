/* partijen.c - the account of the acting user as the indiener of a casus, and who may be its regievoerder. */
#include "app/casus/partijen.h"

#include "store/casus/casus.h"

void
casus_indiener_is(struct casus *c, const struct gebruiker *u)
{
	struct casus leeg;
	int t;

	casus_init(&leeg);
	c->indiener = leeg.indiener;
	c->indiener.id = u->persoon_id;
	c->indiener.naam = u->naam;
	c->indiener.email = u->email;
	if (u->organisatie_naam == NULL)
		return;
	t = codelist_find(&codes_organisatie_type, u->organisatie_type ? u->organisatie_type : "overig");
	c->indiener.organisatie.id = u->organisatie_id;
	c->indiener.organisatie.naam = u->organisatie_naam;
	c->indiener.organisatie.type = t >= 0 ? (enum organisatie_type)t : ORGTYPE_OVERIG;
	if (c->indiener_type == -1)
		c->indiener_type = (int)indiener_type_van(c->indiener.organisatie.type);
}

enum err_code
casus_regievoerder_naam(struct request *r, int64_t persoon_id, const char **naam, struct err *e)
{
	struct persoon_kort *lijst = NULL;
	size_t n = 0;
	enum err_code rc;

	if ((rc = store_regievoerders(r->store, r->arena, &lijst, &n, e)) != ERR_OK)
		return rc;
	for (size_t i = 0; i < n && persoon_id > 0; i++)
		if (lijst[i].id == persoon_id) {
			*naam = lijst[i].naam != NULL ? lijst[i].naam : "";
			return ERR_OK;
		}
	return ERR_NOT_FOUND;
}
