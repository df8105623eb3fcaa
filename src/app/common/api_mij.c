/* api_mij.c - GET /api/v1/mij (who am I) and the OpenAPI document. */
#include <string.h>

#include "app/common/handlers.h"
#include "lib/embed.h"
#include "store/store_account.h"

void
h_api_mij(struct request *r)
{
	struct gebruiker u;
	struct err e = { 0 };
	json_t *rollen = json_array(), *org = json_null(), *body;

	if (store_user_by_id(r->store, r->arena, r->actor.gebruiker_id, &u, &e) != ERR_OK) {
		json_decref(rollen);
		reply_err(r, &e);
		return;
	}
	for (int i = 0; i < ROL__MAX; i++)
		if (u.roles & ROL_BIT(i))
			json_array_append_new(rollen, json_string(rol_code((enum rol)i)));
	if (u.organisatie_naam != NULL)
		org = json_pack("{s:s,s:s}", "naam", u.organisatie_naam, "type",
		    u.organisatie_type ? u.organisatie_type : "overig");
	body = json_pack("{s:s,s:s?,s:o,s:o}", "naam", u.naam, "email", u.email, "organisatie", org,
	    "rollen", rollen);
	reply_json(r, 200, body);
}

void
h_api_openapi(struct request *r)
{
	const struct embedded_file *f = embed_find("openapi.json");

	if (f == NULL) {
		reply_problem(r, 404, "Niet gevonden", "Het OpenAPI-document is niet in dit programma opgenomen.");
		return;
	}
	reply_text(r, 200, "application/json", (const char *)f->data, f->len);
}
