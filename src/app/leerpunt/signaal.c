/* signaal.c - signals without a casus: a leerpunt from the LET, a Bestuurlijke Tafel, another loket, sociaal
   raadslieden or a human-rights organisation, with its links (Werk aan Uitvoering, a knelpuntenbrief, the Staat van
   de Uitvoering); the list, a form to record one and one to change one in the browser, recording in the API.
   Reading: regievoerder and onderzoeker (PERM_ONDERZOEK); recording and changing: regievoerder
   (perm_leerpunt_wijzigen). */
#include <string.h>

#include "app/interchange/interchange.h"
#include "app/leerpunt/handlers.h"
#include "app/leerpunt/leerpunt.h"
#include "core/casus.h"
#include "lib/date.h"
#include "store/casus/casus.h"

static int
verzamel(const struct leerpunt *l, void *arg)
{
	json_array_append_new(arg, interchange_write_leerpunt(l));
	return 0;
}

/* Every signal in the interchange form, newest id last; NULL after replying on a store error. */
static json_t *
signalen(struct request *r)
{
	json_t *a = json_array();
	struct err e = { 0 };
	enum err_code rc;

	if ((rc = store_signalen_each(r->store, DATE_NONE, verzamel, a, &e)) != ERR_OK) {
		json_decref(a);
		lp_reply_err(r, rc, &e);
		return NULL;
	}
	return a;
}

/* What the form sent, shown again after a refusal. */
struct signaal_invoer {
	const char *omschrijving, *categorie, *orde, *bron, *bron_referentie, *gesignaleerd_op, *wet, *koppeling_soort,
	    *koppeling_referentie, *koppeling_url, *organisatie;
	const char *veld, *fout;
};

static json_t *
opties(const struct codelist *c, const char *gekozen, int zonder, const char *leeg)
{
	json_t *a = json_array();

	if (leeg != NULL)
		json_array_append_new(a, json_pack("{s:s,s:s,s:b}", "code", "", "label", leeg, "gekozen",
		    gekozen == NULL || *gekozen == '\0'));
	for (int i = 0; i < c->n; i++)
		if (i != zonder && c->codes[i] != NULL)
			json_array_append_new(a, json_pack("{s:s,s:s,s:b}", "code", c->codes[i], "label", c->labels[i],
			    "gekozen", gekozen != NULL && strcmp(gekozen, c->codes[i]) == 0));
	return a;
}

static void
lijst_render(struct request *r, int status, const struct signaal_invoer *in)
{
	struct organisatie_kort *orgs = NULL;
	size_t norgs = 0, i;
	struct err e = { 0 };
	enum err_code rc;
	json_t *ctx, *rijen, *lijst, *l, *o;
	bool mag = perm_leerpunt_wijzigen(&r->actor);
	static const struct signaal_invoer leeg = { 0 };

	if (in == NULL)
		in = &leeg;
	if ((lijst = signalen(r)) == NULL)
		return;
	if (mag && (rc = store_organisaties(r->store, r->arena, &orgs, &norgs, &e)) != ERR_OK) {
		json_decref(lijst);
		lp_reply_err(r, rc, &e);
		return;
	}
	if (status == 200 && !app_audit(r, "signaal.lijst", "leerpunt", NULL)) {
		json_decref(lijst);
		return;
	}
	ctx = json_object();
	rijen = json_array();
	json_array_foreach(lijst, i, l) {
		const char *bron = json_string_value(json_object_get(l, "bron"));
		int b = bron ? codelist_find(&codes_leerpunt_bron, bron) : -1;
		json_t *kopp = json_array(), *k, *bel = json_array(), *x;
		size_t j;

		json_array_foreach(json_object_get(l, "koppelingen"), j, k) {
			int s = codelist_find(&codes_koppeling_soort, json_string_value(json_object_get(k, "soort")));

			json_array_append_new(kopp, json_pack("{s:s,s:O?,s:O?}", "soort", s >= 0 ? codes_koppeling_soort.labels[s] :
			    "", "referentie", json_object_get(k, "referentie"), "url", json_object_get(k, "url")));
		}
		json_array_foreach(json_object_get(l, "beleggingen"), j, x) {
			json_t *bij = json_object_get(x, "bij");

			json_array_append_new(bel, json_string(json_is_string(bij) ? json_string_value(bij) :
			    json_string_value(json_object_get(bij, "naam"))));
		}
		json_array_append_new(rijen, json_pack("{s:O,s:O,s:s,s:O?,s:O?,s:o,s:o}", "id", json_object_get(l, "id"),
		    "omschrijving", json_object_get(l, "omschrijving"), "bron", b >= 0 ? codes_leerpunt_bron.labels[b] : "",
		    "bron_referentie", json_object_get(l, "bronReferentie"), "gesignaleerd", json_object_get(l,
		    "gesignaleerdOp"), "koppelingen", kopp, "bij", bel));
	}
	json_decref(lijst);
	json_object_set_new(ctx, "rijen", rijen);
	json_object_set_new(ctx, "heeft_rijen", json_boolean(json_array_size(rijen) > 0));
	json_object_set_new(ctx, "mag_vastleggen", json_boolean(mag));
	if (mag) {
		json_t *orgopts = json_array();

		json_array_append_new(orgopts, json_pack("{s:s,s:s,s:b}", "code", "", "label", "Nog niet beleggen",
		    "gekozen", lp_leeg(in->organisatie)));
		for (size_t k = 0; k < norgs; k++) {
			const char *id = app_id_tekst(r, orgs[k].id);

			json_array_append_new(orgopts, json_pack("{s:s,s:s,s:b}", "code", id, "label", orgs[k].naam ?
			    orgs[k].naam : "", "gekozen", in->organisatie != NULL && strcmp(in->organisatie, id) == 0));
		}
		o = json_pack("{s:o,s:o,s:o,s:o,s:o,s:o}", "categorieen", opties(&codes_categorie, in->categorie, -1,
		    "Kies een categorie"), "bronnen", opties(&codes_leerpunt_bron, in->bron, BRON_CASUS, "Kies de bron"),
		    "wetten", opties(&codes_wet_regeling, in->wet, -1, "Geen"), "koppelingen", opties(&codes_koppeling_soort,
		    in->koppeling_soort, -1, "Geen koppeling"), "organisaties", orgopts, "ordes", json_pack("[{s:s,s:s,s:b},"
		    "{s:s,s:s,s:b},{s:s,s:s,s:b}]", "code", "1", "label", lp_orde_tekst(1), "gekozen", in->orde &&
		    strcmp(in->orde, "1") == 0, "code", "2", "label", lp_orde_tekst(2), "gekozen", in->orde &&
		    strcmp(in->orde, "2") == 0, "code", "3", "label", lp_orde_tekst(3), "gekozen", in->orde &&
		    strcmp(in->orde, "3") == 0));
		json_object_set_new(o, "omschrijving", json_string(in->omschrijving ? in->omschrijving : ""));
		json_object_set_new(o, "bron_referentie", json_string(in->bron_referentie ? in->bron_referentie : ""));
		json_object_set_new(o, "gesignaleerd_op", json_string(in->gesignaleerd_op ? in->gesignaleerd_op :
		    app_datum_iso(r, app_vandaag(r))));
		json_object_set_new(o, "koppeling_referentie", json_string(in->koppeling_referentie ?
		    in->koppeling_referentie : ""));
		json_object_set_new(o, "koppeling_url", json_string(in->koppeling_url ? in->koppeling_url : ""));
		json_object_set_new(ctx, "form", o);
	}
	if (in->fout != NULL) {
		json_object_set_new(ctx, "heeft_fouten", json_true());
		json_object_set_new(ctx, "fouten", json_pack("[{s:s,s:s}]", "id", arena_printf(r->arena, "signaal-%s",
		    in->veld), "tekst", in->fout));
		json_object_set_new(ctx, arena_printf(r->arena, "f_%s", in->veld), json_string(in->fout));
	} else if (req_query(r, "melding") != NULL)
		json_object_set_new(ctx, "flash", json_pack("{s:s,s:s}", "type", "ok", "tekst",
		    "Het signaal is vastgelegd als leerpunt zonder casus."));
	lp_subnav(r, ctx, "/signalen");
	reply_page(r, status, "leerpunt/signalen", "Signalen zonder casus", ctx);
}

void
h_signaal_lijst(struct request *r)
{
	lijst_render(r, 200, NULL);
}

/* The core's field path ("koppelingen[0].url", "gesignaleerdOp") as the form's field. */
static const char *
form_veld(const char *pad)
{
	static const struct {
		const char *pad, *veld;
	} map[] = {
		{ "omschrijving", "omschrijving" }, { "categorie", "categorie" }, { "orde", "orde" }, { "bron", "bron" },
		{ "bronReferentie", "bron_referentie" }, { "gesignaleerdOp", "gesignaleerd_op" }, { "koppelingen", "koppeling" },
		{ "beleggingen", "organisatie" }, { "wetten", "wet" },
	};

	for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (strncmp(pad, map[i].pad, strlen(map[i].pad)) == 0)
			return map[i].veld;
	return "omschrijving";
}

void
h_signaal_nieuw(struct request *r)
{
	struct signaal_invoer in = { .veld = "omschrijving" };
	struct leerpunt l;
	struct leerpunt_koppeling k = { 0 };
	struct belegging b;
	struct organisatie_kort org;
	struct err e = { 0 };
	enum err_code rc;
	int64_t org_id = 0;
	int i;

	if (!perm_leerpunt_wijzigen(&r->actor)) {
		req_audit(r, "signaal.vastleggen", "leerpunt", NULL, AUDIT_GEWEIGERD);
		reply_problem(r, 403, "Geen toegang", "Alleen een regievoerder legt een signaal zonder casus vast.");
		return;
	}
	in.omschrijving = req_form(r, "omschrijving");
	in.categorie = req_form(r, "categorie");
	in.orde = req_form(r, "orde");
	in.bron = req_form(r, "bron");
	in.bron_referentie = req_form(r, "bron_referentie");
	in.gesignaleerd_op = req_form(r, "gesignaleerd_op");
	in.wet = req_form(r, "wet");
	in.koppeling_soort = req_form(r, "koppeling_soort");
	in.koppeling_referentie = req_form(r, "koppeling_referentie");
	in.koppeling_url = req_form(r, "koppeling_url");
	in.organisatie = req_form(r, "organisatie");
	leerpunt_init(&l);
	l.omschrijving = lp_leeg(in.omschrijving) ? NULL : in.omschrijving;
	l.bron_referentie = lp_leeg(in.bron_referentie) ? NULL : in.bron_referentie;
	if (lp_leeg(in.categorie) || (i = codelist_find(&codes_categorie, in.categorie)) < 0) {
		in.veld = "categorie";
		in.fout = "Kies de categorie van het signaal.";
	} else
		l.categorie = (enum categorie)i;
	if (in.fout == NULL && (in.orde == NULL || strlen(in.orde) != 1 || in.orde[0] < '1' || in.orde[0] > '3')) {
		in.veld = "orde";
		in.fout = "Kies de orde: 1, 2 of 3.";
	} else if (in.fout == NULL)
		l.orde = in.orde[0] - '0';
	if (in.fout == NULL && (lp_leeg(in.bron) || (i = codelist_find(&codes_leerpunt_bron, in.bron)) <= 0)) {
		in.veld = "bron";
		in.fout = "Kies waar het signaal vandaan komt (niet uit een casus: dan hoort het bij die casus).";
	} else if (in.fout == NULL)
		l.bron = (enum leerpunt_bron)i;
	if (in.fout == NULL && !lp_leeg(in.gesignaleerd_op) && !date_parse(in.gesignaleerd_op, &l.gesignaleerd_op)) {
		in.veld = "gesignaleerd_op";
		in.fout = "Vul de datum in als JJJJ-MM-DD, bijvoorbeeld 2025-10-03.";
	}
	if (in.fout == NULL && !lp_leeg(in.wet)) {
		if ((i = codelist_find(&codes_wet_regeling, in.wet)) < 0) {
			in.veld = "wet";
			in.fout = "Kies een wet of regeling uit de lijst.";
		} else
			l.wetten = UINT64_C(1) << i;
	}
	if (in.fout == NULL && !lp_leeg(in.koppeling_soort)) {
		if ((i = codelist_find(&codes_koppeling_soort, in.koppeling_soort)) < 0) {
			in.veld = "koppeling";
			in.fout = "Kies het soort koppeling uit de lijst.";
		} else {
			k.soort = (enum koppeling_soort)i;
			k.referentie = lp_leeg(in.koppeling_referentie) ? NULL : in.koppeling_referentie;
			k.url = lp_leeg(in.koppeling_url) ? NULL : in.koppeling_url;
			l.koppelingen = &k;
			l.nkoppelingen = 1;
		}
	}
	if (in.fout == NULL && !lp_leeg(in.organisatie)) {
		if (!req_parse_id(in.organisatie, &org_id) ||
		    store_organisatie_get(r->store, r->arena, org_id, &org, &e) != ERR_OK) {
			in.veld = "organisatie";
			in.fout = "Kies de partij waarbij u het signaal belegt.";
		} else {
			memset(&b, 0, sizeof(b));
			b.reden = -1;
			b.status = OPVOLGING_BELEGD;
			b.bij_pmm = org.code != NULL && strcmp(org.code, "PMM") == 0;
			b.bij.id = org.id;
			b.bij.naam = org.naam;
			b.bij.code = org.code;
			b.bij.type = org.type >= 0 ? (enum organisatie_type)org.type : ORGTYPE_OVERIG;
			b.bij.aangesloten_sinds = b.bij.aangesloten_tot = DATE_NONE;
			l.beleggingen = &b;
			l.nbeleggingen = 1;
		}
	}
	if (in.fout == NULL && leerpunt_check(&l, "", false, app_vandaag(r), &e) != ERR_OK) {
		in.veld = form_veld(e.field);
		in.fout = arena_strdup(r->arena, e.msg);
	}
	if (in.fout != NULL) {
		req_audit(r, "signaal.vastleggen", "leerpunt", NULL, AUDIT_MISLUKT);
		lijst_render(r, 400, &in);
		return;
	}
	if (!app_begin(r))
		return;
	if ((rc = store_signaal_insert(r->store, r->arena, &l, r->actor.gebruiker_id, r->now, &e)) != ERR_OK) {
		store_rollback(r->store);
		if (rc == ERR_VALIDATION) {
			req_audit(r, "signaal.vastleggen", "leerpunt", NULL, AUDIT_MISLUKT);
			in.veld = form_veld(e.field);
			in.fout = arena_strdup(r->arena, e.msg);
			lijst_render(r, 400, &in);
			return;
		}
		lp_reply_err(r, rc, &e);
		return;
	}
	if (!app_commit(r, "signaal.vastleggen", "leerpunt", app_id_tekst(r, l.id), NULL))
		return;
	reply_redirect(r, 303, arena_printf(r->arena, "/leerpunten/%lld?melding=signaal", (long long)l.id));
}

/* ---- changing a signal ------------------------------------------------------------------------ */

#define SIGNAAL_MAX_KOPPELINGEN 20   /* koppelingen one form shows and takes */

/* Loads leerpunt id for changing as a signal: a leerpunt of no casus. False after replying 404 (audited). */
static bool
signaal_laden(struct request *r, int64_t id, struct leerpunt *l)
{
	struct leerpunt_casus_kort *cs = NULL;
	size_t n = 0;
	struct err e = { 0 };
	enum err_code rc;

	if ((rc = store_leerpunt_load(r->store, r->arena, id, l, &e)) == ERR_OK &&
	    (rc = store_leerpunt_casussen(r->store, r->arena, id, &cs, &n, &e)) == ERR_OK && n == 0 &&
	    l->bron != BRON_CASUS)
		return true;
	if (rc != ERR_OK && rc != ERR_NOT_FOUND) {
		lp_reply_err(r, rc, &e);
		return false;
	}
	req_audit(r, "signaal.wijzigen", "leerpunt", req_param(r, 0), AUDIT_GEWEIGERD);
	reply_problem(r, 404, "Niet gevonden", "Dit signaal zonder casus bestaat niet. Een leerpunt van een casus "
	    "verandert u bij die casus.");
	return false;
}

/* The id of path parameter 0 for a regievoerder; false after replying 404 or 403 (audited). */
static bool
signaal_toegang(struct request *r, int64_t *id)
{
	if (!req_parse_id(req_param(r, 0), id)) {
		lp_weiger(r, "signaal.wijzigen", "leerpunt", req_param(r, 0), 404);
		return false;
	}
	if (!perm_leerpunt_wijzigen(&r->actor)) {
		lp_weiger(r, "signaal.wijzigen", "leerpunt", req_param(r, 0), 403);
		return false;
	}
	return true;
}

/* The edit page of signal l (as stored, or as posted with the refused field veld and its message fout). */
static void
bewerken_render(struct request *r, int status, const struct leerpunt *l, const char *veld, const char *fout)
{
	json_t *ctx = json_object(), *o, *wetten = json_array(), *kopp = json_array();
	char ordes[2] = { (char)('0' + l->orde), '\0' };
	char d[DATE_STRLEN] = "";

	for (int i = 0; i < WET__MAX; i++)
		json_array_append_new(wetten, json_pack("{s:s,s:s,s:s,s:b}", "id", arena_printf(r->arena, "signaal-wet-%s",
		    codes_wet_regeling.codes[i]), "code", codes_wet_regeling.codes[i], "label", codes_wet_regeling.labels[i],
		    "gekozen", (l->wetten >> i) & 1u));
	for (size_t k = 0; k <= l->nkoppelingen && k < SIGNAAL_MAX_KOPPELINGEN; k++) {
		const struct leerpunt_koppeling *x = k < l->nkoppelingen ? &l->koppelingen[k] : NULL;

		json_array_append_new(kopp, json_pack("{s:I,s:I,s:o,s:s,s:s}", "nr", (json_int_t)(k + 1), "index",
		    (json_int_t)k, "soorten", opties(&codes_koppeling_soort, x ? codes_koppeling_soort.codes[x->soort] : NULL,
		    -1, "Geen koppeling"), "referentie", x && x->referentie ? x->referentie : "", "url", x && x->url ?
		    x->url : ""));
	}
	if (l->gesignaleerd_op != DATE_NONE)
		date_format(l->gesignaleerd_op, d);
	o = json_pack("{s:I,s:s,s:o,s:o,s:o,s:s,s:s,s:o,s:o}", "id", (json_int_t)l->id, "omschrijving",
	    l->omschrijving ? l->omschrijving : "", "categorieen", opties(&codes_categorie,
	    codes_categorie.codes[l->categorie], -1, "Kies een categorie"), "bronnen", opties(&codes_leerpunt_bron,
	    codes_leerpunt_bron.codes[l->bron], BRON_CASUS, "Kies de bron"), "ordes", json_pack("[{s:s,s:s,s:b},"
	    "{s:s,s:s,s:b},{s:s,s:s,s:b}]", "code", "1", "label", lp_orde_tekst(1), "gekozen", strcmp(ordes, "1") == 0,
	    "code", "2", "label", lp_orde_tekst(2), "gekozen", strcmp(ordes, "2") == 0, "code", "3", "label",
	    lp_orde_tekst(3), "gekozen", strcmp(ordes, "3") == 0), "bron_referentie", l->bron_referentie ?
	    l->bron_referentie : "", "gesignaleerd_op", d, "wetten", wetten, "koppelingen", kopp);
	json_object_set_new(ctx, "form", o);
	if (fout != NULL) {
		json_object_set_new(ctx, "heeft_fouten", json_true());
		json_object_set_new(ctx, "fouten", json_pack("[{s:s,s:s}]", "id", arena_printf(r->arena, "signaal-%s", veld),
		    "tekst", fout));
		json_object_set_new(ctx, arena_printf(r->arena, "f_%s", veld), json_string(fout));
	}
	reply_page(r, status, "leerpunt/signaal", arena_printf(r->arena, "Signaal %lld bewerken", (long long)l->id), ctx);
}

/* GET /signalen/{id}: the form with the stored signal. 200; 403; 404 (no such signal, or a leerpunt of a casus). */
void
h_signaal_bewerken_form(struct request *r)
{
	struct leerpunt l;
	int64_t id;

	if (!signaal_toegang(r, &id) || !signaal_laden(r, id, &l))
		return;
	if (!app_audit(r, "signaal.lezen", "leerpunt", req_param(r, 0)))
		return;
	bewerken_render(r, 200, &l, NULL, NULL);
}

/*
 * Reads the edit form into l (the stored signal, whose beleggingen, markers and themes stay): the text, bron and
 * its reference, the date, categorie, orde, the wetten (several) and the koppelingen (rows of soort, reference,
 * url; a row without soort is dropped). *veld and *fout name the first refused field.
 */
static void
wijziging_lezen(struct request *r, struct leerpunt *l, const char **veld, const char **fout)
{
	const char *v, **soorten, **refs, **urls, **wet;
	size_t ns = 0, nr = 0, nu = 0, nw = 0;
	int i;

	*veld = "omschrijving";
	*fout = NULL;
	v = req_form(r, "omschrijving");
	l->omschrijving = lp_leeg(v) ? NULL : v;
	v = req_form(r, "bron_referentie");
	l->bron_referentie = lp_leeg(v) ? NULL : v;
	if (lp_leeg(v = req_form(r, "categorie")) || (i = codelist_find(&codes_categorie, v)) < 0) {
		*veld = "categorie";
		*fout = "Kies de categorie van het signaal.";
		return;
	}
	l->categorie = (enum categorie)i;
	if ((v = req_form(r, "orde")) == NULL || strlen(v) != 1 || v[0] < '1' || v[0] > '3') {
		*veld = "orde";
		*fout = "Kies de orde: 1, 2 of 3.";
		return;
	}
	l->orde = v[0] - '0';
	if (lp_leeg(v = req_form(r, "bron")) || (i = codelist_find(&codes_leerpunt_bron, v)) <= 0) {
		*veld = "bron";
		*fout = "Kies waar het signaal vandaan komt (niet uit een casus: dan hoort het bij die casus).";
		return;
	}
	l->bron = (enum leerpunt_bron)i;
	l->gesignaleerd_op = DATE_NONE;
	if (!lp_leeg(v = req_form(r, "gesignaleerd_op")) && !date_parse(v, &l->gesignaleerd_op)) {
		*veld = "gesignaleerd_op";
		*fout = "Vul de datum in als JJJJ-MM-DD, bijvoorbeeld 2025-10-03.";
		return;
	}
	l->wetten = 0;
	wet = req_form_all(r, "wet", &nw);
	for (size_t k = 0; k < nw; k++) {
		if ((i = codelist_find(&codes_wet_regeling, wet[k])) < 0 || i >= 64) {
			*veld = "wet";
			*fout = "Kies de wetten en regelingen uit de lijst.";
			return;
		}
		l->wetten |= UINT64_C(1) << i;
	}
	soorten = req_form_all(r, "koppeling_soort", &ns);
	refs = req_form_all(r, "koppeling_referentie", &nr);
	urls = req_form_all(r, "koppeling_url", &nu);
	if (ns > SIGNAAL_MAX_KOPPELINGEN || nr != ns || nu != ns) {
		*veld = "koppeling";
		*fout = "Elke koppeling heeft een soort, een verwijzing en een adres; laad de pagina opnieuw.";
		return;
	}
	l->koppelingen = arena_alloc(r->arena, (ns + 1) * sizeof(*l->koppelingen));
	l->nkoppelingen = 0;
	for (size_t k = 0; k < ns; k++) {
		struct leerpunt_koppeling *x = &l->koppelingen[l->nkoppelingen];

		if (lp_leeg(soorten[k])) {
			if (!lp_leeg(refs[k]) || !lp_leeg(urls[k])) {
				*veld = "koppeling";
				*fout = arena_printf(r->arena, "Kies het soort van koppeling %zu, of maak de verwijzing en het adres "
				    "leeg.", k + 1);
				return;
			}
			continue;
		}
		if ((i = codelist_find(&codes_koppeling_soort, soorten[k])) < 0) {
			*veld = "koppeling";
			*fout = "Kies het soort koppeling uit de lijst.";
			return;
		}
		x->soort = (enum koppeling_soort)i;
		x->referentie = lp_leeg(refs[k]) ? NULL : refs[k];
		x->url = lp_leeg(urls[k]) ? NULL : urls[k];
		l->nkoppelingen++;
	}
}

/*
 * POST /signalen/{id}: changes a signal without a casus (its beleggingen and their histories stay; they change on
 * the leerpunt's page). Audited as signaal.wijzigen. 303 to the leerpunt; 400 (the form again, Dutch message,
 * nothing changed); 403; 404.
 */
void
h_signaal_wijzig(struct request *r)
{
	struct leerpunt l, check;
	struct err e = { 0 };
	enum err_code rc;
	const char *veld, *fout;
	int64_t id;

	if (!signaal_toegang(r, &id) || !signaal_laden(r, id, &l))
		return;
	wijziging_lezen(r, &l, &veld, &fout);
	check = l;
	check.beleggingen = NULL;   /* they are not changed here; checked as they were stored */
	check.nbeleggingen = 0;
	if (fout == NULL && leerpunt_check(&check, "", false, app_vandaag(r), &e) != ERR_OK) {
		veld = form_veld(e.field);
		fout = arena_strdup(r->arena, e.msg);
	}
	if (fout == NULL) {
		if (!app_begin(r))
			return;
		if ((rc = store_leerpunt_wijzigen(r->store, r->arena, id, &l, r->actor.gebruiker_id, r->now, &e)) == ERR_OK) {
			if (app_commit(r, "signaal.wijzigen", "leerpunt", app_id_tekst(r, id), NULL))
				reply_redirect(r, 303, arena_printf(r->arena, "/leerpunten/%lld?melding=signaal_gewijzigd",
				    (long long)id));
			return;
		}
		store_rollback(r->store);
		if (rc != ERR_VALIDATION) {
			lp_reply_err(r, rc, &e);
			return;
		}
		veld = form_veld(e.field);
		fout = arena_strdup(r->arena, e.msg);
	}
	req_audit(r, "signaal.wijzigen", "leerpunt", app_id_tekst(r, id), AUDIT_MISLUKT);
	bewerken_render(r, 400, &l, veld, fout);
}

void
h_api_signaal_lijst(struct request *r)
{
	json_t *a = signalen(r);

	if (a == NULL)
		return;
	if (!app_audit(r, "signaal.lijst", "leerpunt", NULL)) {
		json_decref(a);
		return;
	}
	reply_json(r, 200, json_pack("{s:o,s:I}", "signalen", a, "totaal", (json_int_t)json_array_size(a)));
}

void
h_api_signaal_nieuw(struct request *r)
{
	struct leerpunt l;
	struct err e = { 0 };
	enum err_code rc;
	json_t *bron;

	if (!perm_leerpunt_wijzigen(&r->actor)) {
		req_audit(r, "signaal.vastleggen", "leerpunt", NULL, AUDIT_GEWEIGERD);
		reply_problem(r, 403, "Geen toegang", "Alleen een regievoerder legt een signaal zonder casus vast.");
		return;
	}
	if (!json_is_object(r->json)) {
		req_audit(r, "signaal.vastleggen", "leerpunt", NULL, AUDIT_MISLUKT);
		api_problem(r, 400, "Ongeldige invoer", "De body moet een JSON-object zijn.", NULL);
		return;
	}
	bron = json_object_get(r->json, "bron");
	if (json_object_get(r->json, "id") != NULL ||
	    (rc = interchange_parse_leerpunt(r->arena, r->json, "", &l, &e)) != ERR_OK ||
	    (rc = leerpunt_check(&l, "", false, app_vandaag(r), &e)) != ERR_OK || !json_is_string(bron) ||
	    l.bron == BRON_CASUS) {
		if (json_object_get(r->json, "id") != NULL)
			err_set(&e, ERR_VALIDATION, "id", "Het id kiest doorbraak zelf.");
		else if (e.code == ERR_OK)
			err_set(&e, ERR_VALIDATION, "bron", "Geef de bron van het signaal (let, bestuurlijke_tafel, "
			    "ander_loket, sociaal_raadslieden, mensenrechtenorganisatie …): een leerpunt uit een casus hoort "
			    "bij die casus.");
		req_audit(r, "signaal.vastleggen", "leerpunt", NULL, AUDIT_MISLUKT);
		lp_reply_err(r, ERR_VALIDATION, &e);
		return;
	}
	if (!app_begin(r))
		return;
	if ((rc = store_signaal_insert(r->store, r->arena, &l, r->actor.gebruiker_id, r->now, &e)) != ERR_OK) {
		store_rollback(r->store);
		req_audit(r, "signaal.vastleggen", "leerpunt", NULL, AUDIT_MISLUKT);
		lp_reply_err(r, rc, &e);
		return;
	}
	if (!app_commit(r, "signaal.vastleggen", "leerpunt", app_id_tekst(r, l.id), NULL))
		return;
	if ((rc = store_leerpunt_load(r->store, r->arena, l.id, &l, &e)) != ERR_OK) {
		lp_reply_err(r, rc, &e);
		return;
	}
	reply_header(r, "Location", arena_printf(r->arena, "/api/v1/leerpunten/%lld", (long long)l.id));
	reply_json(r, 201, interchange_write_leerpunt(&l));
}
