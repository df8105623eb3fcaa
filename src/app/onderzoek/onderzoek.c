/* onderzoek.c - the researchers' view in the browser and the API: closed casussen by code and date, one casus
   pseudonymised on the allow-list (weergave.c), and a summary a regievoerder reviews and grants. Every read is
   audited (onderzoek.lijst, onderzoek.lezen) before the answer; a casus that is not afgerond is not there (404). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/common/datum.h"
#include "app/common/problem.h"
#include "app/onderzoek/handlers.h"
#include "app/onderzoek/weergave.h"
#include "core/casus.h"
#include "core/onderzoek.h"
#include "core/perm.h"
#include "lib/date.h"
#include "store/casus/casus.h"
#include "store/onderzoek/onderzoek.h"

static bool
audit(struct request *r, const char *actie, const char *ref)
{
	if (req_audit(r, actie, "casus", ref, AUDIT_TOEGESTAAN) == ERR_OK)
		return true;
	reply_problem(r, 503, "Tijdelijk niet beschikbaar",
	    "Het auditlog kon niet worden bijgewerkt; daarom worden geen gegevens getoond.");
	return false;
}

static const char *
codes_tekst(struct request *r, unsigned bits, const struct codelist *c)
{
	const char *s = "";

	for (int i = 0; i < c->n && i < 32; i++)
		if (bits & (1u << i))
			s = arena_printf(r->arena, "%s%s%s", s, *s ? ", " : "", c->labels[i]);
	return s;
}

/* ?jaar= (web) or ?jaar= (API): 0 when absent; false after 400 when it is not a year from 2019. */
static bool
jaar_van(struct request *r, int *jaar)
{
	const char *s = req_query(r, "jaar");
	char *end = NULL;
	long j;

	*jaar = 0;
	if (s == NULL || *s == '\0')
		return true;
	j = strtol(s, &end, 10);
	if (end == s || *end != '\0' || j < 2019 || j > 2100) {
		reply_problem(r, 400, "Ongeldige invoer", "Het jaar is een jaartal vanaf 2019, bijvoorbeeld 2025.");
		return false;
	}
	*jaar = (int)j;
	return true;
}

static bool
lijst_lezen(struct request *r, struct onderzoek_rij **rows, size_t *n, int *jaar)
{
	struct err e = { 0 };
	enum err_code rc;

	if (!jaar_van(r, jaar))
		return false;
	if ((rc = store_onderzoek_casussen(r->store, r->arena, *jaar, rows, n, &e)) != ERR_OK) {
		reply_err(r, &e);
		return false;
	}
	return audit(r, "onderzoek.lijst", NULL);
}

void
h_onderzoek_lijst(struct request *r)
{
	struct onderzoek_rij *rows;
	size_t n;
	int jaar;
	json_t *ctx, *rijen;

	if (!lijst_lezen(r, &rows, &n, &jaar))
		return;
	ctx = json_object();
	rijen = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(rijen, json_pack("{s:s,s:s?,s:s?,s:s,s:s,s:s,s:I,s:b}", "referentie",
		    rows[i].referentie ? rows[i].referentie : "", "ontvangen", app_datum_tekst(r, rows[i].ontvangen_op),
		    "afgerond", app_datum_tekst(r, rows[i].afgerond_op), "indienertype", rows[i].indiener_type >= 0 ?
		    codes_indiener_type.labels[rows[i].indiener_type] : "Onbekend", "leefgebieden",
		    codes_tekst(r, rows[i].leefgebieden, &codes_leefgebied), "beleidsterreinen",
		    codes_tekst(r, rows[i].beleidsterreinen, &codes_beleidsterrein), "leerpunten", (json_int_t)rows[i].leerpunten,
		    "samenvatting", rows[i].samenvatting));
	json_object_set_new(ctx, "rijen", rijen);
	json_object_set_new(ctx, "aantal", json_integer((json_int_t)n));
	json_object_set_new(ctx, "heeft_rijen", json_boolean(n > 0));
	json_object_set_new(ctx, "jaar", jaar ? json_integer(jaar) : json_string(""));
	reply_page(r, 200, "onderzoek/lijst", "Onderzoek", ctx);
}

void
h_api_onderzoek_lijst(struct request *r)
{
	struct onderzoek_rij *rows;
	size_t n;
	int jaar;
	json_t *items;

	if (!lijst_lezen(r, &rows, &n, &jaar))
		return;
	items = json_array();
	for (size_t i = 0; i < n; i++) {
		json_t *lg = json_array(), *bt = json_array();

		for (int k = 0; k < LEEFGEBIED__MAX; k++)
			if (rows[i].leefgebieden & (1u << k))
				json_array_append_new(lg, json_string(codes_leefgebied.codes[k]));
		for (int k = 0; k < BELEIDSTERREIN__MAX; k++)
			if (rows[i].beleidsterreinen & (1u << k))
				json_array_append_new(bt, json_string(codes_beleidsterrein.codes[k]));
		json_array_append_new(items, json_pack("{s:s,s:s?,s:s?,s:s?,s:o,s:o,s:I,s:b}", "referentie",
		    rows[i].referentie ? rows[i].referentie : "", "ontvangenOp", app_datum_iso(r, rows[i].ontvangen_op),
		    "afgerondOp", app_datum_iso(r, rows[i].afgerond_op), "indienerType", rows[i].indiener_type >= 0 ?
		    codes_indiener_type.codes[rows[i].indiener_type] : NULL, "leefgebieden", lg, "beleidsterreinen", bt,
		    "aantalLeerpunten", (json_int_t)rows[i].leerpunten, "samenvatting", rows[i].samenvatting));
	}
	reply_json(r, 200, json_pack("{s:o,s:I}", "casussen", items, "totaal", (json_int_t)n));
}

/*
 * The closed casus in path parameter 0 as the researchers see it: 404 (with a
 * geweigerd audit row) when it does not exist or is not afgerond, the
 * onderzoek.lezen row before anything is returned. *view the caller's.
 */
static bool
casus_weergave(struct request *r, const char *actie, struct casus_toegang *t, json_t **view)
{
	const char *ref = req_param(r, 0), *tekst = NULL;
	struct casus c;
	struct err e = { 0 };
	enum err_code rc;

	*view = NULL;
	rc = ref != NULL ? store_casus_toegang(r->store, ref, 0, t) : ERR_NOT_FOUND;
	if (rc == ERR_NOT_FOUND || (rc == ERR_OK && !perm_onderzoek_casus(&r->actor, t->status))) {
		req_audit(r, actie, "casus", ref, AUDIT_GEWEIGERD);
		reply_problem(r, 404, "Niet gevonden", "Deze casus bestaat niet, is nog niet afgerond of u heeft er geen "
		    "toegang toe.");
		return false;
	}
	if (rc != ERR_OK || (rc = store_casus_load(r->store, r->arena, ref, &c, &e)) != ERR_OK) {
		reply_problem(r, 500, "Interne fout", "Er ging iets mis. Probeer het later opnieuw.");
		return false;
	}
	if ((rc = store_samenvatting_get(r->store, r->arena, t->id, &tekst, NULL, &e)) != ERR_OK && rc != ERR_NOT_FOUND) {
		reply_problem(r, 500, "Interne fout", "Er ging iets mis. Probeer het later opnieuw.");
		return false;
	}
	if (!audit(r, actie, ref))
		return false;
	*view = onderzoek_weergave(&c, rc == ERR_OK ? tekst : NULL);
	return true;
}

void
h_api_onderzoek_casus(struct request *r)
{
	struct casus_toegang t;
	json_t *v;

	if (casus_weergave(r, "onderzoek.lezen", &t, &v))
		reply_json(r, 200, v);
}

/* The view as rows of a table: "leerpunten 1 › beleggingen 2 › status" with its value. */
static void
rijen_van(struct request *r, json_t *v, const char *label, json_t *rijen)
{
	const char *key;
	json_t *x;
	size_t i;

	if (json_is_object(v)) {
		json_object_foreach(v, key, x)
			rijen_van(r, x, *label ? arena_printf(r->arena, "%s › %s", label, key) : key, rijen);
		return;
	}
	if (json_is_array(v)) {
		bool scalars = true;
		const char *s = "";

		json_array_foreach(v, i, x)
			scalars &= !json_is_object(x) && !json_is_array(x);
		if (!scalars) {
			json_array_foreach(v, i, x)
				rijen_van(r, x, arena_printf(r->arena, "%s %zu", label, i + 1), rijen);
			return;
		}
		json_array_foreach(v, i, x)
			s = arena_printf(r->arena, "%s%s%s", s, *s ? ", " : "", json_is_string(x) ? json_string_value(x) :
			    json_is_integer(x) ? arena_printf(r->arena, "%lld", (long long)json_integer_value(x)) : "?");
		json_array_append_new(rijen, json_pack("{s:s,s:s}", "label", label, "waarde", *s ? s : "geen"));
		return;
	}
	json_array_append_new(rijen, json_pack("{s:s,s:s}", "label", label, "waarde", json_is_string(v) ?
	    json_string_value(v) : json_is_true(v) ? "ja" : json_is_false(v) ? "nee" : json_is_integer(v) ?
	    arena_printf(r->arena, "%lld", (long long)json_integer_value(v)) : json_is_null(v) ? "—" : "?"));
}

static void
casus_render(struct request *r, int status, const struct casus_toegang *t, json_t *v, const char *fout,
    const char *invoer)
{
	json_t *ctx = json_object(), *rijen = json_array();
	const char *ref = req_param(r, 0), *m = req_query(r, "melding");
	json_t *sv = json_object_get(v, "samenvatting");

	rijen_van(r, v, "", rijen);
	json_object_set_new(ctx, "referentie", json_string(ref));
	json_object_set_new(ctx, "rijen", rijen);
	json_object_set_new(ctx, "mag_vrijgeven", json_boolean(perm_samenvatting_vrijgeven(&r->actor)));
	json_object_set_new(ctx, "heeft_samenvatting", json_boolean(sv != NULL));
	json_object_set_new(ctx, "samenvatting", json_string(invoer ? invoer : json_is_string(sv) ?
	    json_string_value(sv) : ""));
	if (fout != NULL) {
		json_object_set_new(ctx, "heeft_fouten", json_true());
		json_object_set_new(ctx, "fouten", json_pack("[{s:s,s:s}]", "id", "samenvatting", "tekst", fout));
		json_object_set_new(ctx, "f_samenvatting", json_string(fout));
	} else if (m != NULL && strcmp(m, "samenvatting") == 0)
		json_object_set_new(ctx, "flash", json_pack("{s:s,s:s}", "type", "ok", "tekst",
		    "De samenvatting is vrijgegeven voor de onderzoekers."));
	(void)t;
	json_decref(v);
	reply_page(r, status, "onderzoek/casus", arena_printf(r->arena, "Onderzoek: %s", ref), ctx);
}

void
h_onderzoek_casus(struct request *r)
{
	struct casus_toegang t;
	json_t *v;

	if (casus_weergave(r, "onderzoek.lezen", &t, &v))
		casus_render(r, 200, &t, v, NULL, NULL);
}

void
h_onderzoek_samenvatting(struct request *r)
{
	const char *tekst = req_form(r, "samenvatting"), *ok = req_form(r, "gecontroleerd"), *ref = req_param(r, 0);
	struct casus_toegang t;
	struct err e = { 0 };
	enum err_code rc;
	json_t *v;

	if (!perm_samenvatting_vrijgeven(&r->actor)) {
		req_audit(r, "onderzoek.samenvatting", "casus", ref, AUDIT_GEWEIGERD);
		reply_problem(r, 403, "Geen toegang", "Alleen een regievoerder geeft een samenvatting vrij.");
		return;
	}
	if (onderzoek_samenvatting_check(tekst, ok != NULL && strcmp(ok, "ja") == 0, &e) != ERR_OK) {
		req_audit(r, "onderzoek.samenvatting", "casus", ref, AUDIT_MISLUKT);
		if (casus_weergave(r, "onderzoek.lezen", &t, &v))
			casus_render(r, 400, &t, v, arena_strdup(r->arena, e.msg), tekst);
		return;
	}
	rc = ref != NULL ? store_casus_toegang(r->store, ref, 0, &t) : ERR_NOT_FOUND;
	if (rc == ERR_NOT_FOUND || (rc == ERR_OK && t.status != STATUS_AFGEROND)) {
		req_audit(r, "onderzoek.samenvatting", "casus", ref, AUDIT_GEWEIGERD);
		reply_problem(r, 404, "Niet gevonden", "Deze casus bestaat niet of is nog niet afgerond.");
		return;
	}
	if (rc != ERR_OK || store_begin(r->store) != ERR_OK) {
		reply_problem(r, 503, "Tijdelijk niet beschikbaar", "De database is even bezet; probeer het opnieuw.");
		return;
	}
	if ((rc = store_samenvatting_zet(r->store, t.id, tekst, r->actor.gebruiker_id, r->now, &e)) != ERR_OK ||
	    req_audit(r, "onderzoek.samenvatting", "casus", ref, AUDIT_TOEGESTAAN) != ERR_OK) {
		store_rollback(r->store);
		reply_problem(r, 503, "Tijdelijk niet beschikbaar", "Er is niets gewijzigd; probeer het opnieuw.");
		return;
	}
	if (store_commit(r->store) != ERR_OK) {
		reply_problem(r, 500, "Interne fout", "Er ging iets mis bij het opslaan. Probeer het opnieuw.");
		return;
	}
	reply_redirect(r, 303, arena_printf(r->arena, "/onderzoek/%s?melding=samenvatting", ref));
}
