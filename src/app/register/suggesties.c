/* suggesties.c - "wie kan helpen" on a casus page (scored in core/register_suggestie.c), and the start page's prompt
   to confirm one's own outdated entries. */
#include <string.h>

#include "app/register/register.h"
#include "core/casus.h"
#include "core/register_suggestie.h"

#define MAX_ORGANISATIES   6
#define MAX_PROFESSIONALS  8

static const char *
redenen_tekst(struct request *r, const struct suggestie_vraag *v, const struct register_item *it, unsigned redenen)
{
	const char *s = "";

	if (redenen & SUGGESTIE_LEEFGEBIED)
		s = arena_printf(r->arena, "kan helpen bij %s", rg_labels(r, &codes_leefgebied, v->leefgebieden &
		    it->leefgebieden));
	if (redenen & SUGGESTIE_WET)
		s = arena_printf(r->arena, "%s%skent %s", s, s[0] ? "; " : "", rg_labels(r, &codes_wet_regeling,
		    v->wetten & it->wetten));
	if (redenen & SUGGESTIE_BELEIDSTERREIN)
		s = arena_printf(r->arena, "%s%sbeleidsterrein %s", s, s[0] ? "; " : "",
		    codes_beleidsterrein.labels[it->beleidsterrein]);
	if (redenen & SUGGESTIE_ORGANISATIE)
		s = arena_printf(r->arena, "%s%sbetrokken organisatie", s, s[0] ? "; " : "");
	if (redenen & SUGGESTIE_REGIO)
		s = arena_printf(r->arena, "%s%sin de regio van de indiener (%s)", s, s[0] ? "; " : "",
		    codes_regio.labels[it->regio]);
	return s;
}

static json_t *
lijst(struct request *r, const struct suggestie_vraag *v, const struct register_item *items,
    const struct suggestie_kandidaat *k, size_t n, enum register_soort soort, size_t max)
{
	size_t beste[MAX_PROFESSIONALS > MAX_ORGANISATIES ? MAX_PROFESSIONALS : MAX_ORGANISATIES];
	size_t m = suggestie_beste(v, k, n, (int)soort, max, beste);
	json_t *a = json_array();

	for (size_t i = 0; i < m; i++) {
		const struct register_item *it = &items[beste[i]];
		unsigned redenen = 0;
		json_t *o = rg_item_json(r, it);

		suggestie_score(v, &k[beste[i]], &redenen);
		json_object_set_new(o, "redenen", json_string(redenen_tekst(r, v, it, redenen)));
		if (it->uitnodigbaar)
			json_object_set_new(o, "uitnodigen_email", json_string(it->account_email));
		json_array_append_new(a, o);
	}
	return a;
}

/* The best max of soort: the store ranks them by the score (bounded, in the query); core scores them again for the
   reasons and keeps its order. NULL when the register cannot be read. */
static json_t *
soort_lijst(struct request *r, const struct suggestie_vraag *v, enum register_soort soort, size_t max)
{
	struct register_item *items = NULL;
	struct suggestie_kandidaat *k;
	size_t n = 0;
	int vandaag = rg_vandaag(r);

	if (store_register_suggesties(r->store, r->arena, v, soort, vandaag, max, &items, &n, NULL) != ERR_OK)
		return NULL;
	k = arena_alloc(r->arena, (n + 1) * sizeof(*k));
	for (size_t i = 0; i < n; i++)
		k[i] = (struct suggestie_kandidaat){ items[i].soort, items[i].leefgebieden, items[i].wetten,
			items[i].organisatie_id, { items[i].organisatie_boven[0], items[i].organisatie_boven[1] },
			items[i].beleidsterrein, items[i].regio, register_verouderd(items[i].bevestigd_op, vandaag) };
	return lijst(r, v, items, k, n, soort, max);
}

json_t *
rg_suggesties(struct request *r, const struct casus *c)
{
	struct register_item eigen;
	struct suggestie_vraag v = { .leefgebieden = c->leefgebieden, .beleidsterreinen = c->beleidsterreinen,
		.wetten = c->wetten, .regio = -1 };
	int64_t *orgs, indiener_entry = 0;
	json_t *o, *p, *uit;
	bool leeg = true;

	if (!perm_register(&r->actor) || store_register_leeg(r->store, &leeg, NULL) != ERR_OK || leeg)
		return NULL;
	/* the indiener's region: that of their organisation's entry in the register */
	if (c->indiener.organisatie.id != 0 &&
	    store_register_van_organisatie(r->store, c->indiener.organisatie.id, &indiener_entry, NULL) == ERR_OK &&
	    indiener_entry != 0 && store_register_lees(r->store, r->arena, indiener_entry, &eigen, NULL) == ERR_OK)
		v.regio = eigen.regio;
	orgs = arena_alloc(r->arena, (c->norganisaties + 1) * sizeof(*orgs));
	for (size_t i = 0; i < c->norganisaties; i++)
		if (c->organisaties[i].organisatie.id != 0)
			orgs[v.norganisaties++] = c->organisaties[i].organisatie.id;
	v.organisaties = orgs;
	o = soort_lijst(r, &v, REGSOORT_ORGANISATIE, MAX_ORGANISATIES);
	p = soort_lijst(r, &v, REGSOORT_PROFESSIONAL, MAX_PROFESSIONALS);
	if (o == NULL || p == NULL || req_audit(r, "register.suggesties", "casus",
	    arena_printf(r->arena, "%lld", (long long)c->id), AUDIT_TOEGESTAAN) != ERR_OK) {
		json_decref(o);
		json_decref(p);
		return NULL;   /* fail closed: without an audit row the register's data are not shown */
	}
	uit = json_pack("{s:o,s:o,s:b,s:b,s:b}", "organisaties", o, "professionals", p,
	    "heeft_organisaties", json_array_size(o) > 0, "heeft_professionals", json_array_size(p) > 0,
	    "heeft_iets", json_array_size(o) + json_array_size(p) > 0);
	return uit;
}

json_t *
rg_te_bevestigen(struct request *r)
{
	struct register_item *items = NULL;
	size_t n = 0;
	int vandaag = rg_vandaag(r);
	json_t *a;

	if (!perm_register(&r->actor) || r->actor.persoon_id <= 0 ||
	    store_register_eigen(r->store, r->arena, r->actor.persoon_id, &items, &n, NULL) != ERR_OK)
		return NULL;
	a = json_array();
	for (size_t i = 0; i < n; i++)
		if (register_verouderd(items[i].bevestigd_op, vandaag))
			json_array_append_new(a, rg_item_json(r, &items[i]));
	if (json_array_size(a) == 0) {
		json_decref(a);
		return NULL;
	}
	return a;
}
