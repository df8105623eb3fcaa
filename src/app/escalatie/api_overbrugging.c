/* api_overbrugging.c - /api/v1/casussen/{referentie}/overbruggingen: the list, a new one, one, its request and
   its transitions (voorfinancieren, besluiten, verrekenen, intrekken) (docs/openapi.yaml). */
#include <string.h>

#include "app/casus/api.h"
#include "app/escalatie/api.h"
#include "app/escalatie/handlers.h"
#include "app/escalatie/stap.h"
#include "app/interchange/interchange.h"
#include "core/bedrag.h"
#include "lib/date.h"
#include "store/overbrugging/overbrugging.h"

/* GET …/overbruggingen: 200, 404. */
void
h_api_ob_lijst(struct request *r)
{
	const char *ref = req_param(r, 0);
	struct casus_toegang t;
	struct overbrugging *v = NULL;
	size_t n = 0;
	struct err e = { 0 };
	enum err_code rc;
	json_t *a;

	if (!casus_open(r, ref, CASUS_ZIEN, "overbrugging.lezen", &t))
		return;
	if ((rc = store_overbrugging_van_casus(r->store, r->arena, t.id, &v, &n, &e)) != ERR_OK) {
		ea_fout(r, rc, &e);
		return;
	}
	a = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(a, ea_overbrugging_json(r, ref, &v[i]));
	reply_json(r, 200, json_pack("{s:o,s:{s:{s:s},s:{s:s}}}", "overbruggingen", a, "_links", "self", "href",
	    arena_printf(r->arena, "%s/overbruggingen", api_casus_href(r, ref)), "casus", "href", api_casus_href(r, ref)));
}

static void
antwoord(struct request *r, const char *ref, const struct casus_toegang *t, int64_t id, int status)
{
	struct overbrugging o;
	struct err err = { 0 };
	enum err_code rc;

	if ((rc = store_overbrugging_get(r->store, r->arena, t->id, id, &o, &err)) != ERR_OK) {
		ea_fout(r, rc, &err);
		return;
	}
	if (status == 201)
		reply_header(r, "Location", arena_printf(r->arena, "%s/overbruggingen/%lld", api_casus_href(r, ref),
		    (long long)id));
	reply_json(r, status, ea_overbrugging_json(r, ref, &o));
}

static const char *const aanvraag_leden[] = { "wat", "regelingen", "geschatBedrag", "periodeVan", "periodeTot",
	"termijnWerkdagen", "kandidaten", "aangevraagdOp", NULL };
static const char *const kandidaat_leden[] = { "organisatie", "standpunt", "toelichting", NULL };

/* The members of a request over what *o has: each present member replaces its field. */
static enum err_code
aanvraag_lees(struct request *r, struct overbrugging *o, struct err *err)
{
	const json_t *b = r->json, *rg = json_object_get(b, "regelingen"), *ks = json_object_get(b, "kandidaten");
	int64_t termijn = o->termijn_werkdagen;
	enum err_code rc;

	if ((rc = ea_leden(b, "", aanvraag_leden, err)) != ERR_OK ||
	    (rc = ea_tekst(r, b, "", "wat", OVERBRUGGING_MAX_TEKST, false, &o->wat, err)) != ERR_OK ||
	    (rc = ea_bedrag(b, "", "geschatBedrag", &o->geschat_bedrag, err)) != ERR_OK ||
	    (rc = ea_datum(b, "", "periodeVan", false, &o->periode_van, err)) != ERR_OK ||
	    (rc = ea_datum(b, "", "periodeTot", false, &o->periode_tot, err)) != ERR_OK ||
	    (rc = ea_getal(b, "", "termijnWerkdagen", 1, OVERBRUGGING_TERMIJN_MAX, &termijn, err)) != ERR_OK ||
	    (rc = ea_datum(b, "", "aangevraagdOp", false, &o->aangevraagd_op, err)) != ERR_OK)
		return rc;
	if (json_is_null(json_object_get(b, "geschatBedrag")))
		o->geschat_bedrag = BEDRAG_GEEN;
	o->termijn_werkdagen = (int)termijn;
	if (rg != NULL && !json_is_null(rg)) {
		if (!json_is_array(rg))
			return err_set(err, ERR_VALIDATION, "regelingen", "Geef een lijst van regelingen.");
		o->regelingen = 0;
		for (size_t i = 0; i < json_array_size(rg); i++) {
			int k = json_is_string(json_array_get(rg, i)) ?
			    codelist_find(&codes_regeling, json_string_value(json_array_get(rg, i))) : -1;

			if (k < 0)
				return err_set(err, ERR_VALIDATION, "regelingen", "Onbekende regeling: kies een code uit de lijst.");
			o->regelingen |= 1u << k;
		}
	}
	if (ks != NULL && !json_is_null(ks)) {
		if (!json_is_array(ks) || json_array_size(ks) > OVERBRUGGING_MAX_KANDIDATEN)
			return err_set(err, ERR_VALIDATION, "kandidaten", "Geef een lijst van hoogstens 20 mogelijke betalers.");
		o->kandidaten = arena_alloc(r->arena, (json_array_size(ks) + 1) * sizeof(*o->kandidaten));
		o->nkandidaten = 0;
		for (size_t i = 0; i < json_array_size(ks); i++) {
			const json_t *k = json_array_get(ks, i);
			struct overbrugging_kandidaat *kd = &o->kandidaten[o->nkandidaten++];
			char pad[48];
			int sp = STANDPUNT_ONBEKEND;

			memset(kd, 0, sizeof(*kd));
			snprintf(pad, sizeof(pad), "kandidaten[%zu]", i);
			if ((rc = ea_leden(k, pad, kandidaat_leden, err)) != ERR_OK ||
			    (rc = ea_org(r, k, pad, "organisatie", true, &kd->organisatie, err)) != ERR_OK ||
			    (rc = ea_code(k, pad, "standpunt", &codes_standpunt, false, &sp, err)) != ERR_OK ||
			    (rc = ea_tekst(r, k, pad, "toelichting", OVERBRUGGING_MAX_TEKST, false, &kd->toelichting, err)) != ERR_OK)
				return rc;
			kd->standpunt = (enum standpunt)sp;
		}
	}
	return ERR_OK;
}

/* POST …/overbruggingen: 201 + Location; 400, 403, 404, 409 (casus afgerond). */
void
h_api_ob_nieuw(struct request *r)
{
	const char *ref = req_param(r, 0);
	struct casus_toegang t;
	struct overbrugging o;
	struct err err = { 0 };
	int64_t id = 0;
	enum err_code rc;

	if (!casus_open(r, ref, CASUS_REGIE, "overbrugging.aanvragen", &t) || !api_body_object(r))
		return;
	overbrugging_init(&o);
	if ((rc = aanvraag_lees(r, &o, &err)) != ERR_OK || (rc = ob_aanvragen(r, &t, &o, &id, &err)) != ERR_OK) {
		ea_fout(r, rc, &err);
		return;
	}
	antwoord(r, ref, &t, id, 201);
}

/* GET …/overbruggingen/{id}: 200, 404. */
void
h_api_ob_get(struct request *r)
{
	const char *ref = req_param(r, 0);
	struct casus_toegang t;

	if (!casus_open(r, ref, CASUS_ZIEN, "overbrugging.lezen", &t))
		return;
	antwoord(r, ref, &t, ea_id(r, 1), 200);
}

/* PATCH …/overbruggingen/{id}: the request. 200; 400, 404, 409 (decided, settled or withdrawn: nothing changes). */
void
h_api_ob_patch(struct request *r)
{
	const char *ref = req_param(r, 0);
	struct casus_toegang t;
	struct ob_invoer in;
	struct err err = { 0 };
	enum err_code rc;

	if (!casus_open(r, ref, CASUS_REGIE, "overbrugging.wijzigen", &t) || !api_body_object(r))
		return;
	ob_invoer_init(&in, OB_H_BEWERKEN);
	if ((rc = store_overbrugging_get(r->store, r->arena, t.id, ea_id(r, 1), &in.aanvraag, &err)) != ERR_OK ||
	    (rc = aanvraag_lees(r, &in.aanvraag, &err)) != ERR_OK ||
	    (rc = ob_uitvoeren(r, &t, ea_id(r, 1), &in, &err)) != ERR_OK) {
		ea_fout(r, rc, &err);
		return;
	}
	antwoord(r, ref, &t, ea_id(r, 1), 200);
}

static const char *const overgang_leden[] = { "stap", "voorfinancier", "betaler", "bedrag", "grondslag", "reden",
	"datum", NULL };

/* POST …/overbruggingen/{id}/overgangen {stap, …}: 200; 400, 404, 409 (the state machine refuses). */
void
h_api_ob_overgang(struct request *r)
{
	const char *ref = req_param(r, 0);
	struct casus_toegang t;
	struct ob_invoer in;
	struct err err = { 0 };
	const json_t *b;
	int h = -1;
	enum err_code rc;

	if (!casus_open(r, ref, CASUS_REGIE, "overbrugging.wijzigen", &t) || !api_body_object(r))
		return;
	b = r->json;
	if (json_is_string(json_object_get(b, "stap")))
		h = ob_handeling_find(json_string_value(json_object_get(b, "stap")));
	ob_invoer_init(&in, h >= 0 ? (enum ob_handeling)h : OB_H__MAX);
	if ((rc = ea_leden(b, "", overgang_leden, &err)) != ERR_OK)
		goto fout;
	if (h < 0 || h == OB_H_BEWERKEN) {
		rc = err_set(&err, ERR_VALIDATION, "stap", "Kies de stap: voorfinancieren, besluiten, verrekenen of intrekken.");
		goto fout;
	}
	if ((rc = ea_org(r, b, "", h == OB_H_BESLUITEN ? "betaler" : "voorfinancier", false, &in.organisatie, &err)) != ERR_OK ||
	    (rc = ea_bedrag(b, "", "bedrag", &in.bedrag, &err)) != ERR_OK ||
	    (rc = ea_tekst(r, b, "", h == OB_H_INTREKKEN ? "reden" : "grondslag", OVERBRUGGING_MAX_TEKST, false, &in.tekst,
		&err)) != ERR_OK ||
	    (rc = ea_datum(b, "", "datum", false, &in.datum, &err)) != ERR_OK ||
	    (rc = ob_uitvoeren(r, &t, ea_id(r, 1), &in, &err)) != ERR_OK)
		goto fout;
	antwoord(r, ref, &t, ea_id(r, 1), 200);
	return;
fout:
	ea_fout(r, rc, &err);
}
