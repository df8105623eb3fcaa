/* common.c - helpers the beheer pages share: ids in the path, errors, options, navigation. */
#include <string.h>

#include "app/beheer/beheer.h"
#include "core/perm.h"
#include "core/rol.h"

bool
bh_param_id(struct request *r, int i, const char *actie, const char *object_type, int64_t *out)
{
	if (req_parse_id(req_param(r, i), out))
		return true;
	req_audit(r, actie, object_type, req_param(r, i), AUDIT_GEWEIGERD);
	reply_problem(r, 404, "Niet gevonden", "Deze pagina bestaat niet.");
	return false;
}

void
bh_fout(struct request *r, const char *actie, const char *object_type, const char *object_id, enum err_code rc,
    const struct err *e)
{
	struct err tmp = { 0 };
	bool api = r->route != NULL && (r->route->flags & ROUTE_API);

	store_rollback(r->store);
	req_audit(r, actie, object_type, object_id, AUDIT_MISLUKT);
	if (e == NULL || e->code != rc || e->msg[0] == '\0') {
		tmp.code = rc;
		snprintf(tmp.msg, sizeof(tmp.msg), "%s", "Er ging iets mis. Probeer het later opnieuw.");
		e = &tmp;
	}
	if (api && (rc == ERR_VALIDATION || rc == ERR_CONFLICT || rc == ERR_NOT_FOUND)) {
		api_problem(r, err_http_status(rc), rc == ERR_CONFLICT ? "Conflict" : rc == ERR_NOT_FOUND ? "Niet gevonden" :
		    "Ongeldige invoer", e->msg, e->field);
		return;
	}
	reply_err(r, e);
}

void
bh_fouten(struct request *r, json_t *ctx, const char *prefix, const struct err *e)
{
	const char *veld = e->field[0] ? e->field : "formulier";

	json_object_set_new(ctx, "heeft_fouten", json_true());
	json_object_set_new(ctx, "fouten", json_pack("[{s:s,s:s}]", "id", arena_printf(r->arena, "%s-%s", prefix, veld),
	    "tekst", e->msg));
	json_object_set_new(ctx, arena_printf(r->arena, "fout_%s", prefix), json_pack("{s:s}", veld, e->msg));
}

void
bh_melding(struct request *r, json_t *ctx, const char *const *codes, const char *const *teksten, size_t n)
{
	const char *m = req_query(r, "melding");

	for (size_t i = 0; m != NULL && i < n; i++)
		if (strcmp(m, codes[i]) == 0)
			json_object_set_new(ctx, "flash", json_pack("{s:s,s:s}", "type", "ok", "tekst", teksten[i]));
}

json_t *
bh_type_opties(int gekozen)
{
	json_t *v = json_array();

	json_array_append_new(v, json_pack("{s:s,s:s,s:b}", "code", "", "label", "Kies het soort organisatie", "gekozen",
	    gekozen < 0));
	for (int i = 0; i < ORGTYPE__MAX; i++)
		json_array_append_new(v, json_pack("{s:s,s:s,s:b}", "code", codes_organisatie_type.codes[i], "label",
		    codes_organisatie_type.labels[i], "gekozen", i == gekozen));
	return v;
}

json_t *
bh_organisatie_opties(struct request *r, int64_t gekozen, const char *leeg)
{
	struct organisatie_filter f = { .type = -1, .status = -1, .limit = -1 };
	struct organisatie_rij *o = NULL;
	size_t n = 0;
	json_t *v = json_array();

	json_array_append_new(v, json_pack("{s:s,s:s,s:b}", "code", "", "label", leeg, "gekozen", gekozen == 0));
	if (store_organisatie_lijst(r->store, r->arena, &f, &o, &n, NULL, NULL) != ERR_OK)
		return v;
	for (size_t i = 0; i < n; i++)
		json_array_append_new(v, json_pack("{s:s,s:s,s:b}", "code", app_id_tekst(r, o[i].id), "label",
		    o[i].code ? arena_printf(r->arena, "%s (%s)", o[i].naam, o[i].code) : o[i].naam, "gekozen",
		    o[i].id == gekozen));
	return v;
}

json_t *
bh_rol_opties(unsigned gekozen, bool met_beheerder)
{
	json_t *v = json_array();

	for (int i = 0; i < ROL__MAX; i++) {
		if (i == ROL_BEHEERDER && !met_beheerder)
			continue;
		json_array_append_new(v, json_pack("{s:s,s:s,s:b}", "code", rol_code((enum rol)i), "label",
		    rol_label((enum rol)i), "gekozen", (gekozen & ROL_BIT(i)) != 0));
	}
	return v;
}

void
bh_subnav(struct request *r, json_t *ctx, const char *actief)
{
	static const struct {
		const char *href, *label;
		bool alleen_beheerder;
	} items[] = {
		{ "/beheer", "Overzicht", false },
		{ "/beheer/organisaties", "Organisaties", false },
		{ "/beheer/voorstellen", "Voorstellen", false },
		{ "/beheer/aanvragen", "Toegangsaanvragen", false },
		{ "/beheer/accounts", "Accounts", true },
		{ "/beheer/meldingen", "E-mail van meldingen", true },
	};
	json_t *v = json_array();

	for (size_t i = 0; i < sizeof(items) / sizeof(items[0]); i++) {
		if (items[i].alleen_beheerder && !perm_beheer(&r->actor))
			continue;
		json_array_append_new(v, json_pack("{s:s,s:s,s:b}", "href", items[i].href, "label", items[i].label, "actief",
		    strcmp(items[i].href, actief) == 0));
	}
	json_object_set_new(ctx, "subnav", v);
}
