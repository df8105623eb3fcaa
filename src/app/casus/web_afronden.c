/* web_afronden.c - closing a casus: the date, the result, maatwerk, knelpunten, the interventies used,
   leerpunten with where they are belegd, and the follow-up date. */
#include <string.h>

#include "core/organisatie.h"
#include "app/casus/gebeurtenis.h"
#include "app/casus/web.h"
#include "app/casus/handlers.h"
#include "lib/date.h"

#define LEERPUNT_RIJEN 3

struct afronden {
	struct casus c;                 /* loaded, with the form applied */
	size_t nbestaand;               /* leerpunten that were already there */
	unsigned interventies_al;       /* types already in the timeline */
	unsigned interventies_gekozen;  /* types ticked on the form */
	const char *afgerond_tekst, *followup_tekst;
	struct cw_fouten f;
};

static unsigned
interventie_bits(const struct casus *c)
{
	unsigned bits = 0;

	for (size_t i = 0; i < c->ninterventies; i++)
		if ((int)c->interventies[i].type >= 0 && c->interventies[i].type < INTERVENTIE__MAX)
			bits |= 1u << c->interventies[i].type;
	return bits;
}

/* The party a leerpunt is belegd bij, as the code of the select: "", "PMM" or a ministry code. */
static const char *
bij_code(const struct leerpunt *l)
{
	if (l->nbeleggingen == 0)
		return "";
	if (l->beleggingen[0].bij_pmm)
		return "PMM";
	return l->beleggingen[0].bij.code ? l->beleggingen[0].bij.code : "";
}

static json_t *
bij_opties(const char *gekozen)
{
	json_t *a = json_array();

	json_array_append_new(a, cw_optie("", "Nog niet belegd", gekozen == NULL || gekozen[0] == '\0'));
	json_array_append_new(a, cw_optie("PMM", "PMM zelf (monitoren of regie in opvolging)", gekozen &&
	    strcmp(gekozen, "PMM") == 0));
	for (int i = 0; i < BELEIDSTERREIN__MAX; i++)
		json_array_append_new(a, cw_optie(codes_beleidsterrein.codes[i], ministerie_naam[i], gekozen &&
		    strcmp(gekozen, codes_beleidsterrein.codes[i]) == 0));
	return a;
}

static json_t *
orde_opties(int gekozen)
{
	static const char *const labels[] = { "1: binnen de bestaande kaders (casusniveau)",
		"2: kaders moeten worden aangepast (organisatieniveau)", "3: het stelsel zelf (wetten, stelselniveau)" };
	json_t *a = json_array();

	json_array_append_new(a, cw_optie("", "Kies een orde", gekozen < 1 || gekozen > 3));
	for (int i = 0; i < 3; i++)
		json_array_append_new(a, cw_optie(i == 0 ? "1" : i == 1 ? "2" : "3", labels[i], gekozen == i + 1));
	return a;
}

/* ---- reading ----------------------------------------------------------- */

static void
lees_leerpunten(struct request *r, struct afronden *s)
{
	size_t n[5];
	const char **oms = req_form_all(r, "lp_omschrijving", &n[0]), **cat = req_form_all(r, "lp_categorie", &n[1]);
	const char **orde = req_form_all(r, "lp_orde", &n[2]), **vraag = req_form_all(r, "lp_vraag", &n[3]);
	const char **bij = req_form_all(r, "lp_bij", &n[4]);
	struct casus *c = &s->c;
	struct leerpunt *lp;

	for (int i = 1; i < 5; i++)
		if (n[i] != n[0] || n[0] > CW_MAX_RIJEN) {
			cw_fout(&s->f, arena_printf(r->arena, "leerpunten_%zu_omschrijving", s->nbestaand),
			    "De rijen met leerpunten zijn niet compleet verstuurd. Laad het formulier opnieuw.");
			return;
		}
	lp = arena_alloc(r->arena, (c->nleerpunten + n[0] + 1) * sizeof(*lp));
	if (c->nleerpunten > 0)
		memcpy(lp, c->leerpunten, c->nleerpunten * sizeof(*lp));
	c->leerpunten = lp;
	for (size_t i = 0; i < n[0]; i++) {
		size_t k = c->nleerpunten;
		struct leerpunt *l = &lp[k];
		int ct = cw_code(&codes_categorie, cat[i]), b;
		const char *p = arena_printf(r->arena, "leerpunten_%zu", k);

		if (cw_leeg(oms[i]) && ct == -1 && cw_leeg(orde[i]) && cw_leeg(bij[i]))
			continue;   /* an empty row */
		memset(l, 0, sizeof(*l));
		l->omschrijving = cw_tekst_check(r, &s->f, oms[i], arena_printf(r->arena, "%s_omschrijving", p),
		    "het leerpunt", CASUS_MAX_TEKST, true);
		if (l->omschrijving == NULL)
			l->omschrijving = "";
		if (ct < 0)
			cw_fout(&s->f, arena_printf(r->arena, "%s_categorie", p), "Kies de categorie van het leerpunt.");
		l->categorie = ct >= 0 ? (enum categorie)ct : CATEGORIE_OVERIG;
		l->orde = orde[i] && strlen(orde[i]) == 1 && orde[i][0] >= '1' && orde[i][0] <= '3' ? orde[i][0] - '0' : 0;
		if (l->orde == 0)
			cw_fout(&s->f, arena_printf(r->arena, "%s_orde", p), "Kies de orde van het leerpunt: 1, 2 of 3.");
		l->vraag = vraag[i] != NULL && strcmp(vraag[i], "ja") == 0;
		if (!cw_leeg(bij[i])) {
			struct belegging *bg = arena_alloc(r->arena, sizeof(*bg));

			cw_organisatie_leeg(&bg->bij);
			bg->status = OPVOLGING_BELEGD;
			bg->reden = -1;
			if (strcmp(bij[i], "PMM") == 0) {
				bg->bij_pmm = true;
			} else if ((b = codelist_find(&codes_beleidsterrein, bij[i])) >= 0) {
				bg->bij.naam = ministerie_naam[b];
				bg->bij.type = ORGTYPE_MINISTERIE;
				bg->bij.code = codes_beleidsterrein.codes[b];
			} else {
				cw_fout(&s->f, arena_printf(r->arena, "%s_bij", p), "Kies uit de lijst bij wie het leerpunt "
				    "wordt belegd.");
			}
			l->beleggingen = bg;
			l->nbeleggingen = 1;
		}
		c->nleerpunten++;
	}
}

static void
lees(struct request *r, struct afronden *s)
{
	struct casus *c = &s->c;
	int vandaag = app_vandaag(r), m;
	size_t n;
	const char **iv;

	s->afgerond_tekst = req_form(r, "afgerond_op");
	s->followup_tekst = req_form(r, "followup_op");
	c->afgerond_op = cw_datum(r, &s->f, s->afgerond_tekst, "afgerond_op", "de datum van afronding", true);
	if (c->afgerond_op != DATE_NONE && c->afgerond_op > vandaag)
		cw_fout(&s->f, "afgerond_op", "De datum van afronding mag niet in de toekomst liggen.");
	else if (c->afgerond_op != DATE_NONE && c->ontvangen_op != DATE_NONE && c->afgerond_op < c->ontvangen_op)
		cw_fout(&s->f, "afgerond_op", arena_printf(r->arena, "De datum van afronding ligt voor de datum van "
		    "ontvangst (%s). Kies een latere datum.", app_datum_tekst(r, c->ontvangen_op)));
	c->resultaat = cw_tekst(r, &s->f, "resultaat", "resultaat", "het resultaat", CASUS_MAX_TEKST, true);
	m = cw_code(&codes_maatwerk, req_form(r, "maatwerk"));
	if (m == -2)
		cw_fout(&s->f, "maatwerk", "Kies uit de lijst welk maatwerk is toegepast.");
	c->maatwerk = m >= 0 ? m : -1;
	cw_lees_knelpunten(r, c, &s->f);

	iv = req_form_all(r, "interventie", &n);
	for (size_t i = 0; i < n; i++) {
		int t = cw_code(&codes_interventie_type, iv[i]);
		if (t >= 0)
			s->interventies_gekozen |= 1u << t;
		else if (t == -2)
			cw_fout(&s->f, "interventies", "Kies de interventies uit de lijst.");
	}
	lees_leerpunten(r, s);

	c->followup_op = cw_datum(r, &s->f, s->followup_tekst, "follow_up_op", "de datum van de follow-up", false);
	if (c->followup_op == DATE_NONE && cw_leeg(s->followup_tekst) && c->afgerond_op != DATE_NONE)
		c->followup_op = casus_default_followup(c->afgerond_op);
	if (c->followup_op != DATE_NONE && c->afgerond_op != DATE_NONE && c->followup_op < c->afgerond_op)
		cw_fout(&s->f, "follow_up_op", "De follow-up ligt voor de datum van afronding. Kies een latere datum.");
}

/* The interventies ticked that are not yet in the timeline become entries on the closing date. */
static void
voeg_interventies_toe(struct request *r, struct afronden *s)
{
	struct casus *c = &s->c;
	unsigned nieuw = s->interventies_gekozen & ~s->interventies_al;
	struct interventie *iv = arena_alloc(r->arena, (c->ninterventies + INTERVENTIE__MAX) * sizeof(*iv));

	if (c->ninterventies > 0)
		memcpy(iv, c->interventies, c->ninterventies * sizeof(*iv));
	for (int t = 0; t < INTERVENTIE__MAX; t++)
		if ((nieuw >> t) & 1u) {
			iv[c->ninterventies].type = (enum interventie_type)t;
			iv[c->ninterventies].datum = c->afgerond_op;
			iv[c->ninterventies].omschrijving = "Vastgelegd bij de afronding.";
			c->ninterventies++;
		}
	c->interventies = iv;
}

/* ---- showing ----------------------------------------------------------- */

static void
toon(struct request *r, int status, struct afronden *s)
{
	const struct casus *c = &s->c;
	const struct cw_fouten *f = &s->f;
	int vandaag = app_vandaag(r);
	int afgerond = c->afgerond_op != DATE_NONE ? c->afgerond_op : vandaag;
	json_t *ctx = json_object(), *v = json_object(), *a, *opties;
	size_t nrij;

	cw_fouten_ctx(ctx, f);
	json_object_set_new(ctx, "kop", json_string(arena_printf(r->arena, "Casus %s afronden", c->referentie)));
	json_object_set_new(ctx, "pad", json_string(cw_pad(r, c->id, c->referentie)));
	json_object_set_new(ctx, "ontvangen", json_string(app_datum_tekst(r, c->ontvangen_op)));
	{   /* so far: the date typed on the form does not count yet */
		struct casus open = *c;

		open.afgerond_op = DATE_NONE;
		json_object_set_new(ctx, "looptijd", json_string(cw_dagen(r, casus_looptijd(&open, vandaag))));
	}
	json_object_set_new(v, "afgerond_op", cw_veld(f, "afgerond_op", "afgerond_op", "Datum van afronding",
	    "De dag waarop de betrokkenheid van het Loket eindigde. Niet voor de datum van ontvangst en niet in de "
	    "toekomst.", CW_DATUM, s->afgerond_tekst ? s->afgerond_tekst : app_datum_iso(r, afgerond), DATE_STRLEN,
	    true));
	json_object_set_new(v, "resultaat", cw_veld(f, "resultaat", "resultaat", "Resultaat",
	    "Wat is er bereikt? Bijvoorbeeld: de indiener kan verder, de zorg is gestart, het besluit is herzien.",
	    CW_TEXTAREA, c->resultaat, CASUS_MAX_TEKST, true));
	json_object_set_new(v, "maatwerk", cw_keuze(f, "maatwerk", "maatwerk", "Is er maatwerk toegepast?",
	    "Meestal niet: vaak bestond er een oplossing binnen de regels.",
	    cw_opties(&codes_maatwerk, c->maatwerk, "Nog niet vastgesteld")));
	opties = json_array();
	for (int t = 0; t < INTERVENTIE__MAX; t++) {
		bool al = (s->interventies_al >> t) & 1u;
		json_array_append_new(opties, cw_optie(codes_interventie_type.codes[t], al ?
		    arena_printf(r->arena, "%s (staat al in de tijdlijn)", codes_interventie_type.labels[t]) :
		    codes_interventie_type.labels[t], al || ((s->interventies_gekozen >> t) & 1u)));
	}
	json_object_set_new(v, "interventies", cw_groep(f, "interventies", "interventie",
	    "Welke interventies heeft het Loket gedaan?", "Interventies die nog niet in de tijdlijn staan, worden "
	    "toegevoegd op de datum van afronding.", false, opties));
	json_object_set_new(ctx, "knelpunten", cw_knelpunt_rijen(r, c, f));

	a = json_array();
	for (size_t i = 0; i < s->nbestaand; i++)
		json_array_append_new(a, json_pack("{s:s,s:s,s:i}", "omschrijving", c->leerpunten[i].omschrijving ?
		    c->leerpunten[i].omschrijving : "", "categorie", cw_label(&codes_categorie,
		    (int)c->leerpunten[i].categorie), "orde", c->leerpunten[i].orde));
	json_object_set_new(ctx, "bestaande_leerpunten", a);
	json_object_set_new(ctx, "heeft_bestaande_leerpunten", json_boolean(s->nbestaand > 0));
	a = json_array();
	nrij = c->nleerpunten - s->nbestaand + 1 > LEERPUNT_RIJEN ? c->nleerpunten - s->nbestaand + 1 : LEERPUNT_RIJEN;
	for (size_t i = 0; i < nrij; i++) {
		size_t k = s->nbestaand + i;
		const struct leerpunt *l = k < c->nleerpunten ? &c->leerpunten[k] : NULL;
		const char *p = arena_printf(r->arena, "leerpunten_%zu", k);
		json_t *vraag = json_array();

		json_array_append_new(vraag, cw_optie("nee", "Nee", !l || !l->vraag));
		json_array_append_new(vraag, cw_optie("ja", "Ja, het is een vraag aan een partij", l && l->vraag));
		json_array_append_new(a, json_pack("{s:i,s:o,s:o,s:o,s:o,s:o}", "nr", (json_int_t)(i + 1),
		    "omschrijving", cw_veld(f, arena_printf(r->arena, "%s_omschrijving", p), "lp_omschrijving", "Leerpunt",
			NULL, CW_TEXTAREA, l ? l->omschrijving : NULL, CASUS_MAX_TEKST, false),
		    "categorie", cw_keuze(f, arena_printf(r->arena, "%s_categorie", p), "lp_categorie", "Categorie", NULL,
			cw_opties(&codes_categorie, l ? (int)l->categorie : -1, "Kies een categorie")),
		    "orde", cw_keuze(f, arena_printf(r->arena, "%s_orde", p), "lp_orde", "Orde", NULL,
			orde_opties(l ? l->orde : 0)),
		    "vraag", cw_keuze(f, arena_printf(r->arena, "%s_vraag", p), "lp_vraag", "Is het een vraag?", NULL, vraag),
		    "bij", cw_keuze(f, arena_printf(r->arena, "%s_bij", p), "lp_bij", "Belegd bij", NULL,
			bij_opties(l ? bij_code(l) : NULL))));
	}
	json_object_set_new(ctx, "leerpunten", a);
	json_object_set_new(v, "followup_op", cw_veld(f, "follow_up_op", "followup_op", "Datum van de follow-up",
	    "Dan vraagt het Loket na of het probleem van de burger is opgelost. Leeg laten: drie maanden na de "
	    "afronding.", CW_DATUM, s->followup_tekst ? s->followup_tekst :
	    app_datum_iso(r, casus_default_followup(afgerond)), DATE_STRLEN, false));
	json_object_set_new(ctx, "v", v);
	reply_page(r, status, "casus/afronden", json_string_value(json_object_get(ctx, "kop")), ctx);
}

/* ---- handlers ---------------------------------------------------------- */

static bool
laad(struct request *r, const struct casus_toegang *t, struct afronden *s)
{
	struct err e = { 0 };
	enum err_code rc;

	memset(s, 0, sizeof(*s));
	if ((rc = store_casus_load_id(r->store, r->arena, t->id, &s->c, &e)) != ERR_OK) {
		store_rollback(r->store);
		cw_reply_store(r, rc, &e);
		return false;
	}
	if (s->c.status == STATUS_AFGEROND) {
		store_rollback(r->store);
		reply_problem(r, 409, "Casus is al afgerond", "Deze casus is al afgerond. Heropen hem als er nog iets "
		    "moet gebeuren.");
		return false;
	}
	s->nbestaand = s->c.nleerpunten;
	s->interventies_al = s->interventies_gekozen = interventie_bits(&s->c);
	return true;
}

void
h_casus_afronden_form(struct request *r)
{
	struct casus_toegang t;
	struct afronden s;

	if (!cw_open(r, req_param(r, 0), CASUS_REGIE, "casus.lezen", &t) || !laad(r, &t, &s))
		return;
	toon(r, 200, &s);
}

void
h_casus_afronden(struct request *r)
{
	struct casus_toegang t;
	struct afronden s;
	struct casus_overgang o;
	struct err e = { 0 };
	enum err_code rc;
	enum casus_status was;

	if (!cw_open(r, req_param(r, 0), CASUS_REGIE, "casus.afronden", &t))
		return;
	if (store_begin(r->store) != ERR_OK) {
		reply_problem(r, 503, "Even bezet", "De afronding kon niet worden opgeslagen. Probeer het opnieuw.");
		return;
	}
	if (!laad(r, &t, &s))
		return;
	was = s.c.status;
	s.interventies_gekozen = 0;
	lees(r, &s);
	if ((rc = casus_afronden(&s.c, app_vandaag(r), &o, &e)) != ERR_OK) {
		store_rollback(r->store);
		cw_reply_store(r, rc, &e);
		return;
	}
	if (s.f.n == 0 && casus_validate(&s.c, app_vandaag(r), &e) != ERR_OK)
		cw_fout(&s.f, cw_veld_id(r->arena, e.field), arena_strdup(r->arena, e.msg));
	if (s.f.n > 0) {
		store_rollback(r->store);
		s.c.status = was;
		toon(r, 400, &s);
		return;
	}
	voeg_interventies_toe(r, &s);
	casus_apply_defaults(&s.c, app_vandaag(r));
	s.c.organisaties_bekend = !organisatie_nieuw_is_voorstel(&r->actor);
	rc = store_casus_update(r->store, r->arena, &s.c, r->actor.gebruiker_id, r->now, &e);
	if (rc == ERR_OK)
		rc = casus_gebeurtenis_vastleggen(r, s.c.id, &o, &e);
	if (rc != ERR_OK || store_commit(r->store) != ERR_OK) {
		store_rollback(r->store);
		if (rc == ERR_VALIDATION) {
			s.c.status = was;
			cw_fout(&s.f, e.field[0] ? cw_veld_id(r->arena, e.field) : "resultaat", arena_strdup(r->arena, e.msg));
			toon(r, 400, &s);
		} else if (rc != ERR_OK) {
			cw_reply_store(r, rc, &e);
		} else {
			reply_problem(r, 503, "Even bezet", "De afronding kon niet worden opgeslagen. Probeer het opnieuw.");
		}
		return;
	}
	reply_redirect(r, 303, arena_printf(r->arena, "/casussen/%s?gedaan=afgerond", req_param(r, 0)));
}
