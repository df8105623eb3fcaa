/* start.c - the personal start page: per role the blocks of what to do (casussen, follow-ups, navraag, the LET's
   afspraken and overbruggingen), the Maatwerkregister's prompt, and the parts of doorbraak this role may use. */
#include <string.h>

#include "app/casus/handlers.h"
#include "app/common/handlers.h"
#include "app/common/start.h"
#include "app/escalatie/handlers.h"
#include "app/leerpunt/handlers.h"
#include "app/register/register.h"

json_t *
app_start_blok(const char *id, const char *kop, const char *telling, json_t *items, const char *leeg,
    const char *meer_href, const char *meer_tekst)
{
	json_t *b = json_pack("{s:s,s:s,s:s,s:o,s:b,s:s}", "id", id, "kop", kop, "telling", telling ? telling : "",
	    "items", items, "heeft_items", json_array_size(items) > 0, "leeg", leeg);

	if (meer_href != NULL)
		json_object_set_new(b, "meer", json_pack("{s:s,s:s}", "href", meer_href, "tekst", meer_tekst));
	return b;
}

void
app_kenmerk(json_t *kenmerken, const char *tekst, bool sterk)
{
	json_array_append_new(kenmerken, json_pack("{s:s,s:b}", "tekst", tekst, "sterk", sterk));
}

void
h_start(struct request *r)
{
	json_t *ctx = json_object(), *bevestigen, *blokken = json_array();
	const char *m = req_query(r, "melding");

	if (!cw_start(r, blokken) || !lp_start(r, blokken)) {
		json_decref(blokken);
		json_decref(ctx);
		return;
	}
	json_object_set_new(ctx, "blokken", blokken);
	json_object_set_new(ctx, "heeft_blokken", json_boolean(json_array_size(blokken) > 0));
	bevestigen = rg_te_bevestigen(r);   /* the Maatwerkregister's prompt */
	if (bevestigen != NULL)
		json_object_set_new(ctx, "register_bevestigen", json_pack("{s:o}", "items", bevestigen));
	if (m != NULL && strcmp(m, "bevestigd") == 0)
		json_object_set_new(ctx, "register_bevestigd", json_true());
	esc_start_aandacht(r, ctx);   /* overdue afspraken and overbruggingen, for regievoerders and the LET's chair */
	reply_page(r, 200, "start", "Start", ctx);
}
