/* organisaties.c - the directory of organisations in beheer: the list with its filters, and a new organisation. */
#include <string.h>

#include "app/beheer/beheer.h"
#include "core/casus.h"
#include "app/beheer/handlers.h"
#include "core/aansluiting.h"
#include "core/organisatie.h"
#include "lib/escape.h"

/* ---- reading the form of one organisation (shared with organisatie.c) ---------------- */

bool
bh_lees_organisatie(struct request *r, struct organisatie_invoer *in, struct err *e)
{
	const char *type = req_form(r, "type"), *parent = req_form(r, "parent");

	memset(in, 0, sizeof(*in));
	in->naam = req_form(r, "naam");
	in->type = type != NULL && type[0] != '\0' ? codelist_find(&codes_organisatie_type, type) : -1;
	in->code = app_form_tekst(r, "code");
	in->email = app_form_tekst(r, "email");
	in->telefoon = app_form_tekst(r, "telefoon");
	if (parent != NULL && parent[0] != '\0' && !req_parse_id(parent, &in->parent_id)) {
		err_set(e, ERR_VALIDATION, "parent", "Kies de bovenliggende organisatie uit de lijst.");
		return false;
	}
	return true;
}

enum err_code
bh_organisatie_check(struct request *r, int64_t id, const struct organisatie_invoer *in, struct err *e)
{
	struct org_ouder *boom = NULL;
	size_t n = 0;
	enum err_code rc;

	if ((rc = organisatie_validate(in, e)) != ERR_OK)
		return rc;
	if ((rc = store_organisatie_boom(r->store, r->arena, &boom, &n, e)) != ERR_OK)
		return rc;
	return organisatie_ouder_check(boom, n, id, in->parent_id, e);
}

json_t *
bh_organisatie_form_ctx(struct request *r, const struct organisatie_invoer *in)
{
	return json_pack("{s:s,s:o,s:s,s:o,s:s,s:s}", "naam", in->naam ? in->naam : "", "typen", bh_type_opties(in->type),
	    "code", in->code ? in->code : "", "ouders", bh_organisatie_opties(r, in->parent_id, "Geen (zelfstandig)"),
	    "email", in->email ? in->email : "", "telefoon", in->telefoon ? in->telefoon : "");
}

/* ---- the list ------------------------------------------------------------------------ */

static bool
lees_filter(struct request *r, struct organisatie_filter *f, long *pagina)
{
	const char *type = req_query(r, "type"), *p = req_query(r, "pagina");
	int64_t n = 1;

	memset(f, 0, sizeof(*f));
	f->type = -1;
	f->status = -1;
	f->zoek = req_query(r, "q");
	if (type != NULL && type[0] != '\0' && (f->type = codelist_find(&codes_organisatie_type, type)) < 0) {
		reply_problem(r, 400, "Ongeldige invoer", "Dit soort organisatie bestaat niet. Kies een soort uit de lijst.");
		return false;
	}
	if (p != NULL && p[0] != '\0' && (!req_parse_id(p, &n) || n > 100000)) {
		reply_problem(r, 400, "Ongeldige invoer", "Het paginanummer is geen positief getal.");
		return false;
	}
	*pagina = (long)n;
	f->limit = BH_PAGINA;
	f->offset = (*pagina - 1) * BH_PAGINA;
	return true;
}

void
h_beheer_organisaties(struct request *r)
{
	static const char *const codes[] = { "samengevoegd" };
	static const char *const teksten[] = { "De organisaties zijn samengevoegd." };
	struct organisatie_filter f;
	struct organisatie_rij *o = NULL;
	size_t n = 0, total = 0;
	long pagina;
	struct err e = { 0 };
	enum err_code rc;
	json_t *ctx, *rijen;
	struct buf q;

	if (!lees_filter(r, &f, &pagina))
		return;
	if ((rc = store_organisatie_lijst(r->store, r->arena, &f, &o, &n, &total, &e)) != ERR_OK) {
		reply_err(r, &e);
		return;
	}
	ctx = json_object();
	rijen = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(rijen, json_pack("{s:I,s:s,s:s?,s:s,s:s?,s:s?}", "id", (json_int_t)o[i].id, "naam",
		    o[i].naam, "code", o[i].code, "type", codes_organisatie_type.labels[o[i].type], "ouder", o[i].parent_naam,
		    "aangesloten", app_datum_tekst(r, o[i].aangesloten_tot == DATE_NONE ? o[i].aangesloten_sinds : DATE_NONE)));
	json_object_set_new(ctx, "rijen", rijen);
	json_object_set_new(ctx, "heeft_rijen", json_boolean(n > 0));
	json_object_set_new(ctx, "totaal", json_integer((json_int_t)total));
	json_object_set_new(ctx, "q", json_string(f.zoek ? f.zoek : ""));
	json_object_set_new(ctx, "typen", bh_type_opties(f.type));
	buf_init(&q, 4096);
	if (f.zoek != NULL && f.zoek[0] != '\0') {
		buf_puts(&q, "q=");
		escape_url(&q, f.zoek);
		buf_putc(&q, '&');
	}
	if (f.type >= 0)
		buf_printf(&q, "type=%s&", codes_organisatie_type.codes[f.type]);
	if (pagina > 1)
		json_object_set_new(ctx, "vorige", json_string(arena_printf(r->arena, "?%spagina=%ld", buf_str(&q), pagina - 1)));
	if ((size_t)(pagina * BH_PAGINA) < total)
		json_object_set_new(ctx, "volgende", json_string(arena_printf(r->arena, "?%spagina=%ld", buf_str(&q), pagina + 1)));
	buf_free(&q);
	json_object_set_new(ctx, "pagina", json_integer(pagina));
	bh_melding(r, ctx, codes, teksten, 1);
	bh_subnav(r, ctx, "/beheer/organisaties");
	reply_page(r, 200, "beheer/organisaties", "Organisaties", ctx);
}

/* ---- a new organisation ------------------------------------------------------------- */

static void
nieuw_pagina(struct request *r, int status, const struct organisatie_invoer *in, const struct err *e)
{
	json_t *ctx = json_object();

	json_object_set_new(ctx, "organisatie", bh_organisatie_form_ctx(r, in));
	if (e != NULL)
		bh_fouten(r, ctx, "organisatie", e);
	bh_subnav(r, ctx, "/beheer/organisaties");
	reply_page(r, status, "beheer/organisatie_nieuw", "Nieuwe organisatie", ctx);
}

void
h_beheer_organisatie_nieuw_form(struct request *r)
{
	struct organisatie_invoer in = { .type = -1 };

	nieuw_pagina(r, 200, &in, NULL);
}

void
h_beheer_organisatie_nieuw(struct request *r)
{
	struct organisatie_invoer in;
	struct err e = { 0 };
	enum err_code rc = ERR_VALIDATION;
	int64_t id = 0;

	if (!bh_lees_organisatie(r, &in, &e) || (rc = bh_organisatie_check(r, 0, &in, &e)) != ERR_OK) {
		req_audit(r, "organisatie.aanmaken", "organisatie", NULL, AUDIT_MISLUKT);
		nieuw_pagina(r, err_http_status(rc), &in, &e);
		return;
	}
	if (!app_begin(r))
		return;
	if ((rc = store_organisatie_nieuw(r->store, &in, &id, &e)) != ERR_OK) {
		store_rollback(r->store);
		req_audit(r, "organisatie.aanmaken", "organisatie", NULL, AUDIT_MISLUKT);
		if (rc == ERR_VALIDATION || rc == ERR_CONFLICT)
			nieuw_pagina(r, err_http_status(rc), &in, &e);
		else
			reply_err(r, &e);
		return;
	}
	if (!app_commit(r, "organisatie.aanmaken", "organisatie", app_id_tekst(r, id), NULL))
		return;
	reply_redirect(r, 303, arena_printf(r->arena, "/beheer/organisaties/%lld?melding=aangemaakt", (long long)id));
}
