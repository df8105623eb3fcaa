/* web_gedeeld.c - what the escalatie and overbrugging pages share: form values, messages, organisation menus. */
#include "app/escalatie/web.h"

#include <stdlib.h>
#include <string.h>

#include "lib/date.h"

const char *
ew_w(json_t *w, const char *naam)
{
	return json_string_value(json_object_get(w, naam));
}

void
ew_fout(struct request *r, struct cw_fouten *f, const char *prefix, const struct err *e)
{
	const char *veld = e->field[0] != '\0' ? cw_veld_id(r->arena, e->field) : "stap";

	cw_fout(f, arena_printf(r->arena, "%s%s", prefix, veld), e->msg[0] ? e->msg : "Dit kon niet worden opgeslagen.");
}

static int64_t
getal(const char *s)
{
	char *end = NULL;
	long long v;

	if (s == NULL || *s < '0' || *s > '9')
		return 0;
	v = strtoll(s, &end, 10);
	return end != NULL && *end == '\0' && v > 0 ? (int64_t)v : 0;
}

int64_t
ew_id(struct request *r, int i)
{
	return getal(req_param(r, i));
}

int64_t
ew_form_id(struct request *r, const char *naam)
{
	return getal(req_form(r, naam));
}

json_t *
ew_org_opties(struct request *r, const struct organisatie_ref *v, size_t n, int64_t gekozen, const char *leeg)
{
	json_t *a = json_array();

	if (leeg != NULL)
		json_array_append_new(a, cw_optie("", leeg, gekozen == 0));
	for (size_t i = 0; i < n; i++)
		if (v[i].id > 0 && v[i].naam != NULL)
			json_array_append_new(a, cw_optie(arena_printf(r->arena, "%lld", (long long)v[i].id), v[i].naam,
			    v[i].id == gekozen));
	return a;
}

const struct organisatie_ref *
ew_org_van(const struct organisatie_ref *v, size_t n, int64_t id)
{
	for (size_t i = 0; id > 0 && i < n; i++)
		if (v[i].id == id)
			return &v[i];
	return NULL;
}

struct organisatie_ref *
ew_casus_orgs(struct request *r, const struct casus *c, size_t *n)
{
	struct organisatie_ref *v = arena_alloc(r->arena, (c->norganisaties + 1) * sizeof(*v));
	size_t k = 0;

	for (size_t i = 0; i < c->norganisaties; i++)
		if (c->organisaties[i].organisatie.id > 0 && ew_org_van(v, k, c->organisaties[i].organisatie.id) == NULL)
			v[k++] = c->organisaties[i].organisatie;
	*n = k;
	return v;
}

void
ew_reply_err(struct request *r, enum err_code rc, struct err *e)
{
	if (rc == ERR_FORBIDDEN) {
		reply_problem(r, 403, "Geen toegang", e->msg[0] ? e->msg : "U mag deze handeling niet uitvoeren.");
		return;
	}
	if (rc == ERR_UNAVAILABLE) {
		reply_problem(r, 503, "Even bezet", e->msg[0] ? e->msg : "Probeer het opnieuw.");
		return;
	}
	cw_reply_store(r, rc, e);
}

int
ew_datum(struct request *r, struct cw_fouten *f, const char *naam, const char *label, bool verplicht)
{
	return cw_datum(r, f, req_form(r, naam), naam, label, verplicht);
}
