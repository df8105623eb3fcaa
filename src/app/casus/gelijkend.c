/* gelijkend.c - similar earlier casussen for the casus page: key words and candidates from the store, the score
   from core, what helped from the store again, presented for templates/casus/gelijkend.html. */
#include "app/casus/gelijkend.h"

#include <string.h>

#include "app/casus/web.h"
#include "core/gelijkenis.h"
#include "core/perm.h"
#include "store/casus/gelijkenis.h"

#define RESULTAAT_MAX 400   /* characters of the resultaat shown; the casus page has it whole */

/* s cut at about max bytes on a character boundary, with an ellipsis. */
static const char *
kort(struct request *r, const char *s, size_t max)
{
	size_t n;

	if (s == NULL || strlen(s) <= max)
		return s;
	for (n = max; n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80; n--)
		;
	return arena_printf(r->arena, "%.*s\xe2\x80\xa6", (int)n, s);
}

static const char *
gedeeld_tekst(struct request *r, const struct gelijkenis_kandidaat *k)
{
	const char *t = NULL;
	const char *delen[4] = { NULL };
	size_t n = 0;

	if (k->lg_gedeeld > 0)
		delen[n++] = arena_printf(r->arena, "%d %s", k->lg_gedeeld, k->lg_gedeeld == 1 ? "leefgebied" :
		    "leefgebieden");
	if (k->bt_gedeeld > 0)
		delen[n++] = arena_printf(r->arena, "%d %s", k->bt_gedeeld, k->bt_gedeeld == 1 ? "beleidsterrein" :
		    "beleidsterreinen");
	if (k->org_gedeeld > 0)
		delen[n++] = arena_printf(r->arena, "%d %s", k->org_gedeeld, k->org_gedeeld == 1 ? "organisatie" :
		    "organisaties");
	if (k->tekst > 0)
		delen[n++] = "woorden uit de beschrijving";
	for (size_t i = 0; i < n; i++)
		t = t == NULL ? delen[i] : arena_printf(r->arena, i + 1 == n ? "%s en %s" : "%s, %s", t, delen[i]);
	return t;
}

json_t *
cw_gelijkend(struct request *r, const struct casus *c)
{
	int64_t beperking = casus_beperking(&r->actor, INZAGE_LIJST);
	const char *teksten[] = { c->hulpvraag, c->situatie, c->geprobeerd };
	struct gelijkenis_kandidaat *k = NULL;
	struct gelijkenis_doel doel;
	struct gelijkend g[GELIJKENIS_TOP];
	size_t n = 0, top;
	struct err e = { 0 };
	json_t *lijst;

	if (beperking == CASUS_GEEN)
		return json_pack("{s:b,s:[]}", "heeft", false, "casussen");
	if (store_casus_gelijkend(r->store, r->arena, c->id, beperking, gelijkenis_kernwoorden(r->arena, teksten, 3),
	    &k, &n, &doel, &e) != ERR_OK)
		return NULL;
	top = gelijkenis_top(k, n, &doel, GELIJKENIS_TOP);
	for (size_t i = 0; i < top; i++)
		g[i].casus_id = k[i].casus_id;
	if (store_casus_gelijkend_details(r->store, r->arena, g, top, &e) != ERR_OK)
		return NULL;
	lijst = json_array();
	for (size_t i = 0; i < top; i++) {
		const char *interventies = NULL, *maatwerk = NULL;

		/* every casus whose contents are shown leaves its audit row first */
		if (g[i].referentie == NULL ||
		    req_audit(r, "casus.gelijkend", "casus", g[i].referentie, AUDIT_TOEGESTAAN) != ERR_OK) {
			json_decref(lijst);
			return NULL;
		}
		for (int t = 0; t < INTERVENTIE__MAX; t++)
			if (g[i].interventies[t] > 0) {
				const char *d = arena_printf(r->arena, "%s (%d)", cw_label(&codes_interventie_type, t),
				    g[i].interventies[t]);
				interventies = interventies ? arena_printf(r->arena, "%s, %s", interventies, d) : d;
			}
		if (g[i].maatwerk_vormen != 0)
			maatwerk = cw_bits_tekst(r, &codes_maatwerk_vorm, g[i].maatwerk_vormen);
		else if (g[i].maatwerk >= 0)
			maatwerk = cw_label(&codes_maatwerk, g[i].maatwerk);
		json_array_append_new(lijst, json_pack("{s:s,s:s?,s:i,s:s?,s:s?,s:s?,s:s?,s:s?,s:s}",
		    "referentie", g[i].referentie, "afgerond", app_datum_tekst(r, g[i].afgerond_op), "score", k[i].score,
		    "gedeeld", gedeeld_tekst(r, &k[i]), "hulpvraag", kort(r, g[i].hulpvraag, 200),
		    "interventies", interventies, "maatwerk", maatwerk, "resultaat", kort(r, g[i].resultaat,
		    RESULTAAT_MAX), "leefgebieden", cw_bits_tekst(r, &codes_leefgebied, g[i].leefgebieden)));
	}
	return json_pack("{s:b,s:o}", "heeft", top > 0, "casussen", lijst);
}
