/* common.c - what the pages and the API of professionaliseren share: ids, the year, audit and transactions, the
   steps on an event, and the figures of a year. */

#include "app/common/datum.h"
#include "app/evenement/evenement.h"
#include "lib/date.h"

bool
ev_param_id(struct request *r, const char *actie, int64_t *out)
{
	if (req_parse_id(req_param(r, 0), out))
		return true;
	req_audit(r, actie, "evenement", req_param(r, 0), AUDIT_GEWEIGERD);
	reply_problem(r, 404, "Niet gevonden", "Dit evenement bestaat niet.");
	return false;
}

bool
ev_audit(struct request *r, const char *actie, int64_t id)
{
	return app_audit(r, actie, "evenement", id > 0 ? app_id_tekst(r, id) : NULL);
}

int
ev_jaar(struct request *r, bool *fout)
{
	const char *v = req_query(r, "jaar");
	int64_t j = 0;

	*fout = false;
	if (v == NULL || v[0] == '\0')
		return date_year(app_vandaag(r));
	if (!req_parse_id(v, &j) || j < 2000 || j > 2100) {
		*fout = true;
		return date_year(app_vandaag(r));
	}
	return (int)j;
}

bool
ev_commit(struct request *r, const char *actie, int64_t id, const char *casus)
{
	return app_commit(r, actie, "evenement", app_id_tekst(r, id), casus);
}

enum err_code
ev_uitnodigen(struct request *r, const struct evenement *ev, int64_t item, enum deelname_status status, int aanwezig,
    const char *veld, struct err *e)
{
	if (aanwezig >= 0 && evenement_aanwezigheid_check(ev->datum, app_vandaag(r), status, aanwezig == 1, e) != ERR_OK)
		return e->code;
	return store_evenement_uitnodigen(r->store, ev->id, item, status, aanwezig, veld, r->actor.gebruiker_id, r->now,
	    e);
}

enum err_code
ev_deelname(struct request *r, const struct evenement *ev, int64_t item, int status, int aanwezig,
    bool aanwezig_gegeven, struct err *e)
{
	enum deelname_status was;
	int was_aanwezig;

	if (store_evenement_deelname_lees(r->store, ev->id, item, &was, &was_aanwezig, e) != ERR_OK)
		return e->code;
	if (status < 0)
		status = (int)was;
	if (!aanwezig_gegeven)
		aanwezig = was_aanwezig;
	else if (aanwezig >= 0 && evenement_aanwezigheid_check(ev->datum, app_vandaag(r), (enum deelname_status)status,
	    aanwezig == 1, e) != ERR_OK)
		return e->code;
	if (aanwezig == 1 && status == DEELNAME_AFGEMELD)   /* declining after attending: the attendance stays checked */
		return evenement_aanwezigheid_check(ev->datum, app_vandaag(r), DEELNAME_AFGEMELD, true, e);
	return store_evenement_deelname(r->store, ev->id, item, (enum deelname_status)status, aanwezig,
	    r->actor.gebruiker_id, r->now, e);
}

json_t *
ev_cijfers_json(const struct evenement_cijfers *c)
{
	json_t *soort = json_object();

	for (int i = 0; i < EVSOORT__MAX; i++)
		json_object_set_new(soort, codes_evenement_soort.codes[i], json_integer(c->per_soort[i]));
	return json_pack("{s:i,s:I,s:o,s:I,s:I,s:I,s:I,s:I,s:I,s:I}", "jaar", c->jaar, "evenementen",
	    (json_int_t)c->evenementen, "perSoort", soort, "uitgenodigd", (json_int_t)c->uitgenodigd, "aangemeld",
	    (json_int_t)c->aangemeld, "deelnemers", (json_int_t)c->deelnemers, "organisatiesBereikt",
	    (json_int_t)c->organisaties_bereikt, "casussenBesproken", (json_int_t)c->casussen_besproken,
	    "leerpuntenBesproken", (json_int_t)c->leerpunten_besproken, "leerpuntenUitEvenement",
	    (json_int_t)c->leerpunten_uit_evenement);
}

json_t *
ev_cijfers_rijen(const struct evenement_cijfers *c)
{
	json_t *a = json_array();

	json_array_append_new(a, json_pack("{s:s,s:I}", "label", "Evenementen", "aantal", (json_int_t)c->evenementen));
	for (int i = 0; i < EVSOORT__MAX; i++)
		json_array_append_new(a, json_pack("{s:s,s:I,s:b}", "label", codes_evenement_soort.labels[i], "aantal",
		    (json_int_t)c->per_soort[i], "sub", 1));
	json_array_append_new(a, json_pack("{s:s,s:I}", "label", "Uitnodigingen", "aantal", (json_int_t)c->uitgenodigd));
	json_array_append_new(a, json_pack("{s:s,s:I}", "label", "Aanmeldingen", "aantal", (json_int_t)c->aangemeld));
	json_array_append_new(a, json_pack("{s:s,s:I}", "label", "Deelnemers (aanwezig)", "aantal",
	    (json_int_t)c->deelnemers));
	json_array_append_new(a, json_pack("{s:s,s:I}", "label", "Organisaties bereikt", "aantal",
	    (json_int_t)c->organisaties_bereikt));
	json_array_append_new(a, json_pack("{s:s,s:I}", "label", "Casussen besproken", "aantal",
	    (json_int_t)c->casussen_besproken));
	json_array_append_new(a, json_pack("{s:s,s:I}", "label", "Leerpunten besproken", "aantal",
	    (json_int_t)c->leerpunten_besproken));
	json_array_append_new(a, json_pack("{s:s,s:I}", "label", "Leerpunten met een evenement als bron", "aantal",
	    (json_int_t)c->leerpunten_uit_evenement));
	return a;
}
