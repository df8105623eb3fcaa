/* bijeenkomst.c - the monthly meetings: signalenoverleg and ambassadeursoverleg. doorbraak prepares the
   agenda (closed casussen not yet discussed in a meeting of that kind; leerpunten not yet belegd) and records per
   casus what was decided. Regievoerders only (PERM_CASUS_REGIE). */
#include <string.h>

#include "app/common/tekst.h"
#include "app/leerpunt/leerpunt.h"
#include "app/leerpunt/handlers.h"
#include "core/casus.h"
#include "lib/date.h"

static const char *
titel_van(struct request *r, const struct bijeenkomst *b)
{
	return arena_printf(r->arena, "%s van %s", codes_bijeenkomst_soort.labels[b->soort], app_datum_tekst(r, b->datum));
}

static void
lijst_render(struct request *r, int status, const char *fout_veld, const char *fout, const char *soort,
    const char *datum, const char *notities)
{
	struct bijeenkomst *b = NULL;
	size_t n = 0;
	struct err e = { 0 };
	enum err_code rc;
	json_t *ctx, *rijen, *soorten;

	if ((rc = store_bijeenkomst_list(r->store, r->arena, &b, &n, &e)) != ERR_OK) {
		lp_reply_err(r, rc, &e);
		return;
	}
	if (status == 200 && !app_audit(r, "bijeenkomst.lijst", "bijeenkomst", NULL))
		return;
	ctx = json_object();
	rijen = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(rijen, json_pack("{s:I,s:s,s:s,s:s,s:I}", "id", (json_int_t)b[i].id, "soort",
		    codes_bijeenkomst_soort.labels[b[i].soort], "datum", app_datum_tekst(r, b[i].datum), "datum_iso",
		    app_datum_iso(r, b[i].datum), "besproken", (json_int_t)b[i].besproken));
	soorten = json_array();
	for (int i = 0; i < BIJEENKOMST__MAX; i++)
		json_array_append_new(soorten, json_pack("{s:s,s:s,s:b}", "code", codes_bijeenkomst_soort.codes[i], "label",
		    codes_bijeenkomst_soort.labels[i], "gekozen", soort != NULL && strcmp(soort, codes_bijeenkomst_soort.codes[i]) == 0));
	json_object_set_new(ctx, "rijen", rijen);
	json_object_set_new(ctx, "heeft_rijen", json_boolean(n > 0));
	json_object_set_new(ctx, "soorten", soorten);
	json_object_set_new(ctx, "datum", json_string(datum ? datum : app_datum_iso(r, app_vandaag(r))));
	json_object_set_new(ctx, "notities", json_string(notities ? notities : ""));
	if (fout != NULL) {
		char *k = arena_printf(r->arena, "f_%s", fout_veld);

		json_object_set_new(ctx, "heeft_fouten", json_true());
		json_object_set_new(ctx, "fouten", json_pack("[{s:s,s:s}]", "id",
		    arena_printf(r->arena, "bijeenkomst-%s", fout_veld), "tekst", fout));
		json_object_set_new(ctx, k, json_string(fout));
	}
	lp_subnav(r, ctx, "/bijeenkomsten");
	reply_page(r, status, "leerpunt/bijeenkomst_lijst", "Bijeenkomsten", ctx);
}

void
h_bijeenkomst_lijst(struct request *r)
{
	lijst_render(r, 200, NULL, NULL, NULL, NULL, NULL);
}

void
h_bijeenkomst_nieuw(struct request *r)
{
	const char *soort = req_form(r, "soort"), *datum = req_form(r, "datum"), *notities = req_form(r, "notities");
	int s = soort ? codelist_find(&codes_bijeenkomst_soort, soort) : -1, d = DATE_NONE;
	struct err e = { 0 };
	enum err_code rc;
	int64_t id = 0;

	if (s < 0) {
		req_audit(r, "bijeenkomst.aanmaken", "bijeenkomst", NULL, AUDIT_MISLUKT);
		lijst_render(r, 400, "soort", "Kies het soort overleg.", soort, datum, notities);
		return;
	}
	if (lp_leeg(datum) || !date_parse(datum, &d)) {
		req_audit(r, "bijeenkomst.aanmaken", "bijeenkomst", NULL, AUDIT_MISLUKT);
		lijst_render(r, 400, "datum", "Vul de datum van het overleg in als JJJJ-MM-DD.", soort, datum, notities);
		return;
	}
	if (leerpunt_tekst_check(notities, LEERPUNT_MAX_NOTITIE, "notities", &e) != ERR_OK) {
		req_audit(r, "bijeenkomst.aanmaken", "bijeenkomst", NULL, AUDIT_MISLUKT);
		lijst_render(r, 400, "notities", e.msg, soort, datum, notities);
		return;
	}
	if (!app_begin(r))
		return;
	rc = store_bijeenkomst_add(r->store, (enum bijeenkomst_soort)s, d, lp_leeg(notities) ? NULL : notities,
	    r->actor.gebruiker_id, r->now, &id, &e);
	if (rc != ERR_OK) {
		store_rollback(r->store);
		lp_reply_err(r, rc, &e);
		return;
	}
	if (!app_commit(r, "bijeenkomst.aanmaken", "bijeenkomst", app_id_tekst(r, id), NULL))
		return;
	reply_redirect(r, 303, arena_printf(r->arena, "/bijeenkomsten/%lld?melding=aangemaakt", (long long)id));
}

static void
detail_render(struct request *r, const struct bijeenkomst *b, int status, const char *fout_ref, const char *fout,
    const char *besluit)
{
	struct agenda_casus *ag = NULL;
	struct leerpunt_rij *lps = NULL;
	struct leerpunt_filter f = { .categorie = -1, .status = -1, .niet_belegd = true, .limit = -1 };
	size_t n = 0, nlp = 0, total = 0, open = 0, besproken = 0;
	struct err e = { 0 };
	enum err_code rc;
	json_t *ctx, *casussen, *leerpunten;
	const char *m = req_query(r, "melding");

	if ((rc = store_bijeenkomst_agenda(r->store, r->arena, b, &ag, &n, &e)) != ERR_OK ||
	    (rc = store_leerpunt_list(r->store, r->arena, &f, &lps, &nlp, &total, &e)) != ERR_OK) {
		lp_reply_err(r, rc, &e);
		return;
	}
	ctx = json_object();
	casussen = json_array();
	for (size_t i = 0; i < n; i++) {
		bool hier = fout_ref != NULL && ag[i].referentie != NULL && strcmp(fout_ref, ag[i].referentie) == 0;
		json_t *c = json_pack("{s:s,s:s,s:s?,s:s,s:I,s:b,s:s?,s:s?,s:s}", "referentie",
		    ag[i].referentie ? ag[i].referentie : "", "veld",
		    arena_printf(r->arena, "besluit-%s", ag[i].referentie ? ag[i].referentie : "onbekend"), "afgerond",
		    app_datum_tekst(r, ag[i].afgerond_op), "leefgebieden", lp_leefgebieden_tekst(r, ag[i].leefgebieden),
		    "leerpunten", (json_int_t)ag[i].leerpunten, "besproken", ag[i].besproken, "besluit", ag[i].besluit,
		    "elders", app_datum_tekst(r, ag[i].elders_besproken_op), "invoer",
		    hier && besluit ? besluit : ag[i].besluit ? ag[i].besluit : "");

		json_object_set_new(c, "leerpunten_tekst", json_string(app_aantal(r, (long)ag[i].leerpunten, "leerpunt",
		    "leerpunten")));
		if (hier)
			json_object_set_new(c, "fout", json_string(fout));
		if (ag[i].besproken)
			besproken++;
		else
			open++;
		json_array_append_new(casussen, c);
	}
	leerpunten = json_array();
	for (size_t i = 0; i < nlp; i++) {
		json_t *refs = json_array();

		for (size_t k = 0; k < lps[i].ncasussen; k++)
			json_array_append_new(refs, json_string(lps[i].casussen[k].referentie ? lps[i].casussen[k].referentie :
			    "(concept)"));
		json_array_append_new(leerpunten, json_pack("{s:I,s:s,s:s,s:i,s:o}", "id", (json_int_t)lps[i].id,
		    "omschrijving", lps[i].omschrijving ? lps[i].omschrijving : "", "categorie",
		    codes_categorie.labels[lps[i].categorie], "orde", lps[i].orde, "casussen", refs));
	}
	json_object_set_new(ctx, "bijeenkomst", json_pack("{s:I,s:s,s:s,s:s,s:s?,s:b}", "id", (json_int_t)b->id,
	    "soort", codes_bijeenkomst_soort.labels[b->soort], "soort_code", codes_bijeenkomst_soort.codes[b->soort],
	    "datum", app_datum_tekst(r, b->datum), "notities", b->notities,
	    "is_ambassadeursoverleg", b->soort == BIJEENKOMST_AMBASSADEURSOVERLEG));
	json_object_set_new(ctx, "andere_soort", json_string(
	    codes_bijeenkomst_soort.labels[b->soort == BIJEENKOMST_SIGNALENOVERLEG ? BIJEENKOMST_AMBASSADEURSOVERLEG :
	    BIJEENKOMST_SIGNALENOVERLEG]));
	json_object_set_new(ctx, "casussen", casussen);
	json_object_set_new(ctx, "heeft_casussen", json_boolean(n > 0));
	json_object_set_new(ctx, "aantal_open", json_integer((json_int_t)open));
	json_object_set_new(ctx, "aantal_besproken", json_integer((json_int_t)besproken));
	json_object_set_new(ctx, "leerpunten", leerpunten);
	json_object_set_new(ctx, "heeft_leerpunten", json_boolean(nlp > 0));
	if (fout != NULL) {
		json_object_set_new(ctx, "heeft_fouten", json_true());
		json_object_set_new(ctx, "fouten", json_pack("[{s:s,s:s}]", "id",
		    fout_ref ? arena_printf(r->arena, "besluit-%s", fout_ref) : "agenda", "tekst", fout));
	} else if (m != NULL && (strcmp(m, "aangemaakt") == 0 || strcmp(m, "besluit") == 0))
		json_object_set_new(ctx, "flash", json_pack("{s:s,s:s}", "type", "ok", "tekst",
		    strcmp(m, "besluit") == 0 ? "Het besluit is vastgelegd. De casus staat nu als besproken." :
		    "De bijeenkomst is aangemaakt. Hieronder staat de agenda."));
	lp_subnav(r, ctx, "/bijeenkomsten");
	reply_page(r, status, "leerpunt/bijeenkomst_detail", titel_van(r, b), ctx);
}

static bool
bijeenkomst_open(struct request *r, const char *actie, struct bijeenkomst *b)
{
	struct err e = { 0 };
	enum err_code rc;
	int64_t id;
	const char *oid = req_param(r, 0);

	if (!app_mag_alle_casussen(r, INZAGE_LIJST, actie))   /* the agenda lists casussen */
		return false;
	if (!req_parse_id(oid, &id) || (rc = store_bijeenkomst_get(r->store, r->arena, id, b, &e)) == ERR_NOT_FOUND) {
		req_audit(r, actie, "bijeenkomst", oid, AUDIT_GEWEIGERD);
		reply_problem(r, 404, "Niet gevonden", "Deze bijeenkomst bestaat niet.");
		return false;
	}
	if (rc != ERR_OK) {
		lp_reply_err(r, rc, &e);
		return false;
	}
	return true;
}

void
h_bijeenkomst_detail(struct request *r)
{
	struct bijeenkomst b;

	if (!bijeenkomst_open(r, "bijeenkomst.lezen", &b) ||
	    !app_audit(r, "bijeenkomst.lezen", "bijeenkomst", req_param(r, 0)))
		return;
	detail_render(r, &b, 200, NULL, NULL, NULL);
}

void
h_bijeenkomst_besluit(struct request *r)
{
	struct bijeenkomst b;
	const char *ref = req_form(r, "casus"), *besluit = req_form(r, "besluit");
	struct err e = { 0 };
	enum err_code rc;

	if (!bijeenkomst_open(r, "bijeenkomst.besluit", &b))
		return;
	if (lp_leeg(ref)) {
		req_audit(r, "bijeenkomst.besluit", "bijeenkomst", req_param(r, 0), AUDIT_MISLUKT);
		detail_render(r, &b, 400, NULL, "Kies de casus waarover het besluit gaat.", NULL);
		return;
	}
	if (leerpunt_tekst_check(besluit, LEERPUNT_MAX_NOTITIE, "besluit", &e) != ERR_OK) {
		req_audit(r, "bijeenkomst.besluit", "bijeenkomst", req_param(r, 0), AUDIT_MISLUKT);
		detail_render(r, &b, 400, ref, e.msg, besluit);
		return;
	}
	if (!app_begin(r))
		return;
	rc = store_bijeenkomst_besluit(r->store, b.id, ref, lp_leeg(besluit) ? NULL : besluit, r->actor.gebruiker_id,
	    r->now, &e);
	if (rc == ERR_NOT_FOUND) {
		store_rollback(r->store);
		req_audit(r, "bijeenkomst.besluit", "bijeenkomst", req_param(r, 0), AUDIT_MISLUKT);
		detail_render(r, &b, 400, NULL, "Deze casus bestaat niet.", NULL);
		return;
	}
	if (rc != ERR_OK) {
		store_rollback(r->store);
		lp_reply_err(r, rc, &e);
		return;
	}
	/* the casus is the object that changed: its audit row names it */
	if (!app_commit(r, "bijeenkomst.besluit", "casus", ref, NULL))
		return;
	reply_redirect(r, 303, arena_printf(r->arena, "/bijeenkomsten/%lld?melding=besluit", (long long)b.id));
}
