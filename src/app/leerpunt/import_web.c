/* import_web.c - the leerpuntenbestand imported in the browser (/leerpunten/import, a regievoerder): the same reader
   as `doorbraak leerpunten-import` (app/leerpunt/import_csv.c) in one transaction, the report per row on the page,
   nothing imported while a row is wrong unless the good rows are asked for; audited as leerpunt.import. */
#include <string.h>

#include "app/leerpunt/handlers.h"
#include "app/leerpunt/import_csv.h"
#include "app/leerpunt/leerpunt.h"

#define LPWEB_MAX_BYTES (4 * 1024 * 1024)

/* The page: the form, and after a try its report (u: NULL before one) with a message (fout) or the counts. */
static void
pagina(struct request *r, int status, const struct lpimport_uitslag *u, bool ingelezen, bool goede, const char *fout)
{
	json_t *ctx = json_object(), *rijen = json_array();
	size_t nfout = 0, nover = 0;

	for (size_t i = 0; u != NULL && i < u->nmeldingen; i++) {
		const struct lpimport_melding *m = &u->meldingen[i];

		json_array_append_new(rijen, json_pack("{s:I,s:s,s:s,s:s}", "regel", (json_int_t)m->regel, "kolom",
		    m->kolom ? m->kolom : "(hele regel)", "soort", m->overgeslagen ? "overgeslagen" : "fout", "waarom",
		    m->waarom ? m->waarom : ""));
		if (m->overgeslagen)
			nover++;
		else
			nfout++;
	}
	json_object_set_new(ctx, "meldingen", rijen);
	json_object_set_new(ctx, "heeft_meldingen", json_boolean(json_array_size(rijen) > 0));
	json_object_set_new(ctx, "gedaan", json_boolean(u != NULL));
	json_object_set_new(ctx, "ingelezen", json_boolean(ingelezen));
	json_object_set_new(ctx, "goede_rijen", json_boolean(goede));
	if (u != NULL)
		json_object_set_new(ctx, "telling", json_pack("{s:I,s:I,s:I,s:I,s:I,s:I}", "rijen", (json_int_t)u->rijen,
		    "leerpunten", (json_int_t)u->leerpunten, "signalen", (json_int_t)u->signalen, "beleggingen",
		    (json_int_t)u->beleggingen, "overgeslagen", (json_int_t)u->overgeslagen, "fout", (json_int_t)u->fout));
	if (fout != NULL) {
		json_object_set_new(ctx, "heeft_fouten", json_true());
		json_object_set_new(ctx, "fouten", json_pack("[{s:s,s:s}]", "id", "lpimport-bestand", "tekst", fout));
		json_object_set_new(ctx, "f_bestand", json_string(fout));
	}
	lp_subnav(r, ctx, "/leerpunten/import");
	reply_page(r, status, "leerpunt/import", "Leerpuntenbestand importeren", ctx);
}

/* GET /leerpunten/import: 200 (a regievoerder; the route's permission). */
void
h_leerpunt_import_form(struct request *r)
{
	pagina(r, 200, NULL, false, false, NULL);
}

/*
 * POST /leerpunten/import (multipart: bestand, goede_rijen): 200 with the report (imported; or with goede_rijen the
 * good rows and the wrong ones listed); 400 (no file, not a CSV, a wrong header, or a row wrong without
 * goede_rijen: nothing imported, the report says why per row); 413 (over 4 MB); 500; 503. Every attempt past the
 * file checks is audited (leerpunt.import, mislukt when nothing was imported).
 */
void
h_leerpunt_import(struct request *r)
{
	const struct upload *f = req_file(r, "bestand");
	const char *g = req_form(r, "goede_rijen");
	bool goede = g != NULL && strcmp(g, "ja") == 0;
	struct lpimport_uitslag u;
	struct err e = { 0 };
	enum err_code rc;

	if (f == NULL || f->len == 0) {
		pagina(r, 400, NULL, false, goede, "Kies het leerpuntenbestand (een CSV-bestand) om in te lezen.");
		return;
	}
	if (f->len > LPWEB_MAX_BYTES) {
		pagina(r, 413, NULL, false, goede, "Het bestand is te groot (hoogstens 4 MB); lees het in delen in, of "
		    "met doorbraak leerpunten-import.");
		return;
	}
	if (!app_begin(r))
		return;
	rc = lpimport_lees(r->store, r->arena, f->data, f->len, goede, app_vandaag(r), r->now, &u, &e);
	if (rc != ERR_OK) {
		store_rollback(r->store);
		req_audit(r, "leerpunt.import", "import", NULL, AUDIT_MISLUKT);
		if (rc != ERR_VALIDATION) {
			lp_reply_err(r, rc, &e);
			return;
		}
		u.leerpunten = u.signalen = u.beleggingen = 0;
		pagina(r, 400, &u, false, goede, arena_printf(r->arena, "%s Verbeter de regels hieronder%s.", e.msg[0] ?
		    e.msg : "Er is niets ingelezen.", goede ? "" : ", of kies ervoor alleen de goede regels in te lezen"));
		return;
	}
	if (!app_commit(r, "leerpunt.import", "import", arena_printf(r->arena, "%.200s (%zu leerpunten)",
	    f->bestandsnaam ? f->bestandsnaam : "bestand", u.leerpunten + u.signalen), NULL))
		return;
	pagina(r, 200, &u, true, goede, NULL);
}
