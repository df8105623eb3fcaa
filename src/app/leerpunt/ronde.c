/* ronde.c - the navraag rounds in the browser: the rounds with a form for a new one (a peildatum), one round with
   per party whom to ask, its questions and their answers, "what went well and should stay", and closing it.
   Regievoerder and onderzoeker (PERM_NAVRAAG); only a regievoerder sees whom to ask by name (perm_navraag_namen). */
#include <string.h>

#include "app/leerpunt/handlers.h"
#include "app/common/tekst.h"
#include "app/leerpunt/leerpunt.h"
#include "app/leerpunt/ronde.h"
#include "core/casus.h"
#include "core/navraag.h"
#include "lib/date.h"

#define DATUM_FOUT (DATE_NONE + 1)   /* typed, but not a date */

static int
datum_van(const char *s)
{
	int d;

	if (lp_leeg(s))
		return DATE_NONE;
	return date_parse(s, &d) ? d : DATUM_FOUT;
}

/* ---- the list of rounds ------------------------------------------------------ */

static void
lijst_render(struct request *r, int status, const char *veld, const char *fout, const char *naam, const char *peildatum)
{
	struct navraagronde *rondes = NULL;
	size_t n = 0;
	struct err e = { 0 };
	enum err_code rc;
	json_t *ctx, *rijen;

	if ((rc = store_navraagrondes(r->store, r->arena, &rondes, &n, &e)) != ERR_OK) {
		lp_reply_err(r, rc, &e);
		return;
	}
	if (status == 200 && !app_audit(r, "navraagronde.lijst", "navraagronde", NULL))
		return;
	ctx = json_object();
	rijen = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(rijen, json_pack("{s:I,s:s,s:s,s:s,s:I,s:I,s:b,s:s?}", "id", (json_int_t)rondes[i].id,
		    "naam", rondes[i].naam ? rondes[i].naam : "", "peildatum", app_datum_tekst(r, rondes[i].peildatum),
		    "peildatum_iso", app_datum_iso(r, rondes[i].peildatum), "vragen", (json_int_t)rondes[i].vragen,
		    "beantwoord", (json_int_t)rondes[i].beantwoord, "gesloten", rondes[i].gesloten_op != DATE_NONE,
		    "gesloten_op", app_datum_tekst(r, rondes[i].gesloten_op)));
	json_object_set_new(ctx, "rijen", rijen);
	json_object_set_new(ctx, "heeft_rijen", json_boolean(n > 0));
	json_object_set_new(ctx, "naam", json_string(naam ? naam : ""));
	json_object_set_new(ctx, "peildatum", json_string(peildatum ? peildatum : app_datum_iso(r, app_vandaag(r))));
	if (fout != NULL) {
		json_object_set_new(ctx, "heeft_fouten", json_true());
		json_object_set_new(ctx, "fouten", json_pack("[{s:s,s:s}]", "id", arena_printf(r->arena, "ronde-%s", veld),
		    "tekst", fout));
		json_object_set_new(ctx, arena_printf(r->arena, "f_%s", veld), json_string(fout));
	}
	lp_subnav(r, ctx, "/navraag/rondes");
	reply_page(r, status, "leerpunt/rondes", "Navraagrondes", ctx);
}

void
h_ronde_lijst(struct request *r)
{
	lijst_render(r, 200, NULL, NULL, NULL, NULL);
}

void
h_ronde_nieuw(struct request *r)
{
	const char *naam = req_form(r, "naam"), *peil = req_form(r, "peildatum");
	struct navraagronde_invoer in = { lp_leeg(naam) ? "" : naam, datum_van(peil) };
	struct err e = { 0 };
	enum err_code rc;
	int64_t id = 0;
	size_t nvragen = 0;

	if (in.peildatum == DATUM_FOUT) {
		req_audit(r, "navraagronde.aanmaken", "navraagronde", NULL, AUDIT_MISLUKT);
		lijst_render(r, 400, "peildatum", "Vul de peildatum in als JJJJ-MM-DD, bijvoorbeeld 2025-06-30.", naam, peil);
		return;
	}
	if (navraagronde_validate(&in, app_vandaag(r), &e) != ERR_OK) {
		req_audit(r, "navraagronde.aanmaken", "navraagronde", NULL, AUDIT_MISLUKT);
		lijst_render(r, 400, strcmp(e.field, "peildatum") == 0 ? "peildatum" : "naam", e.msg, naam, peil);
		return;
	}
	if (!app_begin(r))
		return;
	if ((rc = store_navraagronde_maak(r->store, r->arena, &in, r->actor.gebruiker_id, r->now, &id, &nvragen, &e)) !=
	    ERR_OK) {
		store_rollback(r->store);
		lp_reply_err(r, rc, &e);
		return;
	}
	if (!app_commit(r, "navraagronde.aanmaken", "navraagronde", app_id_tekst(r, id), NULL))
		return;
	reply_redirect(r, 303, arena_printf(r->arena, "/navraag/rondes/%lld?melding=aangemaakt", (long long)id));
}

/* ---- one round --------------------------------------------------------------- */

/* What was typed in a refused form, to show it again next to its message. */
struct ronde_fout {
	int64_t belegging_id, organisatie_id;   /* the question or the party whose form was refused */
	const char *veld, *tekst;
	const char *status, *reden, *datum, *notitie, *bron, *wat_ging_goed;
};

static json_t *
opties(const struct codelist *c, const char *gekozen)
{
	json_t *a = json_array();

	for (int i = 0; i < c->n; i++)
		json_array_append_new(a, json_pack("{s:s,s:s,s:b}", "code", c->codes[i], "label", c->labels[i], "gekozen",
		    gekozen != NULL && strcmp(gekozen, c->codes[i]) == 0));
	return a;
}

static json_t *
vraag_json(struct request *r, const struct navraag_vraag *v, bool open, const struct ronde_fout *f)
{
	bool hier = f != NULL && f->belegging_id == v->belegging_id;
	const char *pre = arena_printf(r->arena, "antwoord-%lld", (long long)v->belegging_id);
	json_t *j = json_pack("{s:I,s:I,s:s,s:s,s:i,s:s,s:s,s:s,s:s,s:b,s:b,s:s}", "belegging_id",
	    (json_int_t)v->belegging_id, "leerpunt_id", (json_int_t)v->leerpunt_id, "omschrijving",
	    v->leerpunt_omschrijving ? v->leerpunt_omschrijving : "", "categorie", codes_categorie.labels[v->categorie],
	    "orde", v->orde, "status_op", codes_opvolging_status.labels[v->status_op_peildatum], "status_op_code",
	    codes_opvolging_status.codes[v->status_op_peildatum], "status_nu",
	    codes_opvolging_status.labels[v->status_nu], "gevraagd", codes_navraag_gevraagde.labels[v->gevraagd],
	    "beantwoord", v->beantwoord, "kan_antwoorden", open && !v->beantwoord, "id", pre);

	if (v->persoon_naam != NULL)
		json_object_set_new(j, "persoon", json_pack("{s:s,s:s?}", "naam", v->persoon_naam, "email",
		    v->persoon_email));
	if (v->beantwoord)
		json_object_set_new(j, "antwoord", json_pack("{s:s,s:s,s:s?,s:s?,s:s?}", "datum",
		    app_datum_tekst(r, v->antwoord_datum), "status", codes_opvolging_status.labels[v->antwoord_status],
		    "reden", v->antwoord_reden >= 0 ? codes_reden.labels[v->antwoord_reden] : NULL, "notitie",
		    v->antwoord_notitie, "bron", v->antwoord_bron));
	json_object_set_new(j, "statussen", opties(&codes_opvolging_status, hier ? f->status : NULL));
	json_object_set_new(j, "redenen", opties(&codes_reden, hier ? f->reden : NULL));
	json_object_set_new(j, "datum", json_string(hier && f->datum ? f->datum : app_datum_iso(r, app_vandaag(r))));
	json_object_set_new(j, "notitie", json_string(hier && f->notitie ? f->notitie : ""));
	json_object_set_new(j, "bron", json_string(hier && f->bron ? f->bron : ""));
	if (hier)
		json_object_set_new(j, arena_printf(r->arena, "f_%s", f->veld), json_string(f->tekst));
	return j;
}

static void
detail_render(struct request *r, int64_t id, int status, const struct ronde_fout *f)
{
	struct navraagronde ro;
	struct navraag_vraag *v = NULL;
	struct navraag_partij *p = NULL;
	size_t nv = 0, np = 0;
	struct err e = { 0 };
	enum err_code rc;
	bool namen = perm_navraag_namen(&r->actor), open;
	json_t *ctx, *partijen;
	const char *m = req_query(r, "melding");

	if ((rc = store_navraagronde_get(r->store, r->arena, id, namen, &ro, &v, &nv, &p, &np, &e)) != ERR_OK) {
		if (rc == ERR_NOT_FOUND)
			req_audit(r, "navraagronde.lezen", "navraagronde", app_id_tekst(r, id), AUDIT_GEWEIGERD);
		lp_reply_err(r, rc, &e);
		return;
	}
	if (status == 200 && !app_audit(r, "navraagronde.lezen", "navraagronde", app_id_tekst(r, id)))
		return;
	open = ro.gesloten_op == DATE_NONE;
	ctx = json_object();
	partijen = json_array();
	for (size_t i = 0; i < np; i++) {
		bool hier = f != NULL && f->organisatie_id == p[i].organisatie_id;
		json_t *vragen = json_array(), *personen = json_array(), *pj;
		const char *gevraagd = NULL;
		size_t beantwoord = 0, aantal = 0;

		for (size_t k = 0; k < nv; k++) {
			if (v[k].organisatie_id != p[i].organisatie_id)
				continue;
			aantal++;
			beantwoord += v[k].beantwoord;
			if (gevraagd == NULL)
				gevraagd = codes_navraag_gevraagde.labels[v[k].gevraagd];
			if (v[k].persoon_naam != NULL) {
				bool al = false;

				for (size_t x = 0; x < json_array_size(personen); x++)
					al |= strcmp(json_string_value(json_object_get(json_array_get(personen, x), "naam")),
					    v[k].persoon_naam) == 0;
				if (!al)
					json_array_append_new(personen, json_pack("{s:s,s:s?}", "naam", v[k].persoon_naam, "email",
					    v[k].persoon_email));
			}
			json_array_append_new(vragen, vraag_json(r, &v[k], open, f));
		}
		pj = json_pack("{s:I,s:s,s:s,s:o,s:b,s:o,s:I,s:I,s:s?,s:s?,s:s?,s:s,s:s,s:s,s:b}", "organisatie_id",
		    (json_int_t)p[i].organisatie_id, "organisatie", p[i].organisatie ? p[i].organisatie : "", "gevraagd",
		    gevraagd ? gevraagd : "", "personen", personen, "heeft_personen", json_array_size(personen) > 0,
		    "vragen", vragen, "aantal", (json_int_t)aantal, "beantwoord", (json_int_t)beantwoord,
		    "wat_ging_goed", p[i].wat_ging_goed, "goed_bron", p[i].bron, "goed_datum",
		    app_datum_tekst(r, p[i].datum), "id", arena_printf(r->arena, "partij-%lld",
		    (long long)p[i].organisatie_id), "invoer_goed", hier && f->wat_ging_goed ? f->wat_ging_goed :
		    p[i].wat_ging_goed ? p[i].wat_ging_goed : "", "invoer_bron", hier && f->bron ? f->bron :
		    p[i].bron ? p[i].bron : "", "open", open);
		if (hier)   /* g_: not to be found by the questions' fields of the same name */
			json_object_set_new(pj, arena_printf(r->arena, "g_%s", f->veld), json_string(f->tekst));
		json_array_append_new(partijen, pj);
	}
	json_object_set_new(ctx, "ronde", json_pack("{s:I,s:s,s:s,s:s,s:b,s:s?,s:I,s:I,s:I}", "id", (json_int_t)ro.id,
	    "naam", ro.naam ? ro.naam : "", "peildatum", app_datum_tekst(r, ro.peildatum), "peildatum_iso",
	    app_datum_iso(r, ro.peildatum), "open", open, "gesloten_op", app_datum_tekst(r, ro.gesloten_op), "vragen",
	    (json_int_t)ro.vragen, "beantwoord", (json_int_t)ro.beantwoord, "open_vragen",
	    (json_int_t)(ro.vragen - ro.beantwoord)));
	json_object_set_new(json_object_get(ctx, "ronde"), "vragen_tekst", json_string(app_aantal(r, ro.vragen,
	    "belegging", "beleggingen")));
	json_object_set_new(ctx, "partijen", partijen);
	json_object_set_new(ctx, "heeft_partijen", json_boolean(np > 0));
	json_object_set_new(ctx, "met_namen", json_boolean(namen));
	if (f != NULL) {
		const char *anker = f->belegging_id ? arena_printf(r->arena, "antwoord-%lld-%s", (long long)f->belegging_id,
		    f->veld) : arena_printf(r->arena, "partij-%lld-%s", (long long)f->organisatie_id, f->veld);

		json_object_set_new(ctx, "heeft_fouten", json_true());
		json_object_set_new(ctx, "fouten", json_pack("[{s:s,s:s}]", "id", anker, "tekst", f->tekst));
		if (f->belegging_id == 0 && f->organisatie_id == 0)
			json_object_set_new(ctx, arena_printf(r->arena, "f_%s", f->veld), json_string(f->tekst));
	} else if (m != NULL) {
		const char *t = strcmp(m, "aangemaakt") == 0 ? "De navraagronde is aangemaakt. Hieronder staat wat u bij wie "
		    "navraagt." : strcmp(m, "antwoord") == 0 ? "Het antwoord is vastgelegd in de geschiedenis van de belegging." :
		    strcmp(m, "partij") == 0 ? "Vastgelegd wat goed ging." : strcmp(m, "gesloten") == 0 ?
		    "De navraagronde is gesloten." : NULL;

		if (t != NULL)
			json_object_set_new(ctx, "flash", json_pack("{s:s,s:s}", "type", "ok", "tekst", t));
	}
	lp_subnav(r, ctx, "/navraag/rondes");
	reply_page(r, status, "leerpunt/ronde", ro.naam ? ro.naam : "Navraagronde", ctx);
}

/* The round in path parameter 0: false after a 404 with a geweigerd audit row when it does not parse. */
static bool
ronde_id(struct request *r, const char *actie, int64_t *id)
{
	if (req_parse_id(req_param(r, 0), id))
		return true;
	req_audit(r, actie, "navraagronde", req_param(r, 0), AUDIT_GEWEIGERD);
	reply_problem(r, 404, "Niet gevonden", "Deze navraagronde bestaat niet.");
	return false;
}

void
h_ronde_detail(struct request *r)
{
	int64_t id;

	if (ronde_id(r, "navraagronde.lezen", &id))
		detail_render(r, id, 200, NULL);
}

void
h_ronde_antwoord(struct request *r)
{
	struct ronde_fout f = { .veld = "status" };
	struct ronde_invoer in;
	struct err e = { 0 };
	enum err_code rc;
	int64_t id;

	if (!ronde_id(r, "navraag.antwoord", &id))
		return;
	f.status = req_form(r, "status");
	f.reden = req_form(r, "reden");
	f.datum = req_form(r, "datum");
	f.notitie = req_form(r, "notitie");
	f.bron = req_form(r, "bron");
	if (!req_parse_id(req_form(r, "belegging"), &f.belegging_id)) {
		req_audit(r, "navraag.antwoord", "navraagronde", req_param(r, 0), AUDIT_MISLUKT);
		reply_problem(r, 400, "Ongeldige invoer", "Kies de belegging waarop het antwoord slaat.");
		return;
	}
	memset(&in, 0, sizeof(in));
	in.belegging_id = f.belegging_id;
	in.status = f.status;
	in.reden = f.reden;
	in.datum = f.datum;
	in.notitie = f.notitie;
	in.bron = f.bron;
	rc = ronde_antwoord_opslaan(r, id, &in, &e);
	if (rc == ERR_OK) {
		reply_redirect(r, 303, arena_printf(r->arena, "/navraag/rondes/%lld?melding=antwoord#antwoord-%lld",
		    (long long)id, (long long)f.belegging_id));
		return;
	}
	if (rc == ERR_VALIDATION || rc == ERR_CONFLICT) {
		f.veld = *e.field ? arena_strdup(r->arena, e.field) : "status";
		if (strcmp(f.veld, "status") != 0 && strcmp(f.veld, "reden") != 0 && strcmp(f.veld, "datum") != 0 &&
		    strcmp(f.veld, "notitie") != 0 && strcmp(f.veld, "bron") != 0)
			f.veld = "status";
		f.tekst = arena_strdup(r->arena, e.msg);
		detail_render(r, id, rc == ERR_CONFLICT ? 409 : 400, &f);
		return;
	}
	lp_reply_err(r, rc, &e);
}

void
h_ronde_partij(struct request *r)
{
	struct ronde_fout f = { .veld = "goed" };
	struct err e = { 0 };
	enum err_code rc;
	int64_t id;

	if (!ronde_id(r, "navraag.partij", &id))
		return;
	f.wat_ging_goed = req_form(r, "wat_ging_goed");
	f.bron = req_form(r, "bron");
	if (!req_parse_id(req_form(r, "organisatie"), &f.organisatie_id)) {
		req_audit(r, "navraag.partij", "navraagronde", req_param(r, 0), AUDIT_MISLUKT);
		reply_problem(r, 400, "Ongeldige invoer", "Kies de partij waarover u vastlegt wat goed ging.");
		return;
	}
	rc = ronde_partij_opslaan(r, id, f.organisatie_id, f.wat_ging_goed, f.bron, req_form(r, "datum"), &e);
	if (rc == ERR_OK) {
		reply_redirect(r, 303, arena_printf(r->arena, "/navraag/rondes/%lld?melding=partij#partij-%lld",
		    (long long)id, (long long)f.organisatie_id));
		return;
	}
	if (rc == ERR_VALIDATION || rc == ERR_CONFLICT) {
		f.veld = strcmp(e.field, "bron") == 0 ? "bron" : "goed";
		f.tekst = arena_strdup(r->arena, e.msg);
		detail_render(r, id, rc == ERR_CONFLICT ? 409 : 400, &f);
		return;
	}
	lp_reply_err(r, rc, &e);
}

void
h_ronde_sluiten(struct request *r)
{
	struct ronde_fout f = { .veld = "sluiten" };
	struct err e = { 0 };
	enum err_code rc;
	int64_t id;

	if (!ronde_id(r, "navraagronde.sluiten", &id))
		return;
	rc = ronde_sluiten(r, id, &e);
	if (rc == ERR_OK) {
		reply_redirect(r, 303, arena_printf(r->arena, "/navraag/rondes/%lld?melding=gesloten", (long long)id));
		return;
	}
	if (rc == ERR_CONFLICT) {
		f.tekst = arena_strdup(r->arena, e.msg);
		detail_render(r, id, 409, &f);
		return;
	}
	lp_reply_err(r, rc, &e);
}
