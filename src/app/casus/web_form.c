/* web_form.c - the casusformulier: reading it into a struct casus and showing it again (with the values
   and messages) for a new casus, the phone intake by a regievoerder, a concept and an edit. */
#include "app/casus/web.h"
#include "core/casus_lifecycle.h"

#include <string.h>

#include "lib/date.h"

void
cw_casus_leeg(struct casus *c)
{
	casus_init(c);
	c->status = STATUS_CONCEPT;
}

void
cw_organisatie_leeg(struct organisatie_ref *o)
{
	memset(o, 0, sizeof(*o));
	o->type = ORGTYPE_OVERIG;
	o->aangesloten_sinds = o->aangesloten_tot = DATE_NONE;
}

/* ---- which fields the form has ----------------------------------------- */

static enum casus_fase
fase_van(const struct cw_form *s)
{
	return s->modus == CW_BEWERKEN_CONCEPT ? FASE_CONCEPT : s->modus == CW_BEWERKEN_REGIE ? FASE_INGEDIEND :
	    FASE_NIEUW;
}

/*
 * Whether the form in its modus has the part veld (an interchange member
 * name): the parts the modus asks for (a short form for a new casus, the rest
 * when editing, the indiener and the date for the Loket), as far as core
 * casus_veld_recht lets the acting user set them.
 */
static bool
heeft(struct request *r, const struct cw_form *s, const char *veld)
{
	bool regie = s->modus == CW_NIEUW_REGIE || s->modus == CW_BEWERKEN_REGIE;
	bool bewerken = s->modus == CW_BEWERKEN_CONCEPT || s->modus == CW_BEWERKEN_REGIE;
	bool gevraagd = strcmp(veld, "indiener") == 0 ? s->modus == CW_NIEUW_REGIE :
	    strcmp(veld, "ontvangenOp") == 0 ? regie : bewerken;   /* beleidsterreinen, knelpunten, procesregie */

	return gevraagd && casus_veld_recht(&r->actor, fase_van(s), veld) == VELD_MAG;
}

/* ---- reading ----------------------------------------------------------- */

static unsigned
lees_bits(struct request *r, struct cw_fouten *f, const char *naam, const char *id, const struct codelist *l,
    const char *wat)
{
	size_t n;
	const char **v = req_form_all(r, naam, &n);
	unsigned bits = 0;

	for (size_t i = 0; i < n; i++) {
		int k = cw_code(l, v[i]);
		if (k >= 0)
			bits |= 1u << k;
		else if (k == -2)
			cw_fout(f, id, arena_printf(r->arena, "Kies %s uit de lijst.", wat));
	}
	return bits;
}

static void
lees_organisaties(struct request *r, struct cw_form *s)
{
	size_t nn, nt, nr;
	const char **naam = req_form_all(r, "org_naam", &nn), **type = req_form_all(r, "org_type", &nt);
	const char **rol = req_form_all(r, "org_rol", &nr);
	struct casus *c = &s->c;

	if (nn != nt || nn != nr || nn > CW_MAX_RIJEN) {
		cw_fout(&s->f, "betrokken_organisaties_0_naam", "De rijen met organisaties zijn niet compleet verstuurd. "
		    "Laad het formulier opnieuw.");
		return;
	}
	c->organisaties = arena_alloc(r->arena, (nn + 1) * sizeof(*c->organisaties));
	c->norganisaties = 0;
	for (size_t i = 0; i < nn; i++) {
		struct betrokken_organisatie *o = &c->organisaties[c->norganisaties];
		size_t k = c->norganisaties;
		const char *id = arena_printf(r->arena, "betrokken_organisaties_%zu_naam", k);
		int t = cw_code(&codes_organisatie_type, type[i]);

		if (cw_leeg(naam[i]) && cw_leeg(rol[i]))
			continue;   /* an empty row */
		cw_organisatie_leeg(&o->organisatie);
		o->organisatie.naam = cw_tekst_check(r, &s->f, naam[i], id, "de naam van de organisatie",
		    CASUS_MAX_KORT, true);
		o->rol = cw_tekst_check(r, &s->f, rol[i], arena_printf(r->arena, "betrokken_organisaties_%zu_rol", k),
		    "de rol van de organisatie", CASUS_MAX_TEKST, false);
		if (t < 0)
			cw_fout(&s->f, arena_printf(r->arena, "betrokken_organisaties_%zu_type", k),
			    "Kies de soort organisatie.");
		o->organisatie.type = t >= 0 ? (enum organisatie_type)t : ORGTYPE_OVERIG;
		o->organisatie.naam = o->organisatie.naam ? o->organisatie.naam : naam[i];
		c->norganisaties++;
	}
}

void
cw_lees_knelpunten(struct request *r, struct casus *c, struct cw_fouten *f)
{
	size_t nc, no;
	const char **cat = req_form_all(r, "knelpunt_categorie", &nc);
	const char **oms = req_form_all(r, "knelpunt_omschrijving", &no);

	if (nc != no || nc > CW_MAX_RIJEN) {
		cw_fout(f, "knelpunten_0_omschrijving", "De rijen met knelpunten zijn niet compleet verstuurd. "
		    "Laad het formulier opnieuw.");
		return;
	}
	c->knelpunten = arena_alloc(r->arena, (nc + 1) * sizeof(*c->knelpunten));
	c->nknelpunten = 0;
	for (size_t i = 0; i < nc; i++) {
		size_t k = c->nknelpunten;
		int t = cw_code(&codes_categorie, cat[i]);
		const char *id = arena_printf(r->arena, "knelpunten_%zu_omschrijving", k);

		if (t == -1 && cw_leeg(oms[i]))
			continue;   /* an empty row */
		c->knelpunten[k].omschrijving = cw_tekst_check(r, f, oms[i], id, "de omschrijving van het knelpunt",
		    CASUS_MAX_TEKST, true);
		if (c->knelpunten[k].omschrijving == NULL)
			c->knelpunten[k].omschrijving = "";
		if (t < 0)
			cw_fout(f, arena_printf(r->arena, "knelpunten_%zu_categorie", k), "Kies de categorie van het knelpunt.");
		c->knelpunten[k].categorie = t >= 0 ? (enum categorie)t : CATEGORIE_OVERIG;
		c->nknelpunten++;
	}
}

static void
lees_indiener(struct request *r, struct cw_form *s)
{
	struct casus *c = &s->c;
	int ot = cw_code(&codes_organisatie_type, req_form(r, "indiener_organisatie_type"));
	int it = cw_code(&codes_indiener_type, req_form(r, "indiener_type"));

	c->indiener.id = 0;
	c->indiener.naam = cw_tekst(r, &s->f, "indiener_naam", "indiener_naam", "de naam van de indiener",
	    CASUS_MAX_KORT, true);
	c->indiener.email = cw_tekst(r, &s->f, "indiener_email", "indiener_email", "het e-mailadres van de indiener",
	    CASUS_MAX_KORT, false);
	cw_organisatie_leeg(&c->indiener.organisatie);
	c->indiener.organisatie.naam = cw_tekst(r, &s->f, "indiener_organisatie_naam", "indiener_organisatie_naam",
	    "de organisatie van de indiener", CASUS_MAX_KORT, true);
	if (ot < 0)
		cw_fout(&s->f, "indiener_organisatie_type", "Kies de soort organisatie van de indiener.");
	c->indiener.organisatie.type = ot >= 0 ? (enum organisatie_type)ot : ORGTYPE_OVERIG;
	if (it == -2)
		cw_fout(&s->f, "indiener_type", "Kies de soort indiener uit de lijst.");
	c->indiener_type = it >= 0 ? it : (int)indiener_type_van(c->indiener.organisatie.type);
}

void
cw_form_lees(struct request *r, struct cw_form *s)
{
	struct casus *c = &s->c;
	int u;

	s->actie = req_form(r, "actie");
	if (s->actie == NULL)
		s->actie = "";
	if (s->modus == CW_NIEUW_REGIE || s->modus == CW_BEWERKEN_REGIE) {
		if (strcmp(s->actie, s->modus == CW_NIEUW_REGIE ? "indienen" : "opslaan") != 0)
			s->actie = s->modus == CW_NIEUW_REGIE ? "indienen" : "opslaan";
	} else if (strcmp(s->actie, "concept") != 0 && strcmp(s->actie, "indienen") != 0) {
		s->actie = "concept";   /* without a clear choice nothing is submitted */
	}
	s->indienen = strcmp(s->actie, "indienen") == 0;

	c->hulpvraag = cw_tekst(r, &s->f, "hulpvraag", "hulpvraag", "de hulpvraag", CASUS_MAX_TEKST,
	    s->indienen || s->modus == CW_BEWERKEN_REGIE);
	c->situatie = cw_tekst(r, &s->f, "situatie", "situatie", "de situatie", CASUS_MAX_TEKST, false);
	c->geprobeerd = cw_tekst(r, &s->f, "geprobeerd", "geprobeerd", "wat al is geprobeerd", CASUS_MAX_TEKST, false);
	u = cw_code(&codes_register_poging, req_form(r, "register_geprobeerd"));
	if (u == -2)
		cw_fout(&s->f, "register_geprobeerd", "Kies of u het Maatwerkregister eerst heeft geprobeerd.");
	c->register_geprobeerd = u >= 0 ? u : -1;
	c->register_bij = cw_tekst(r, &s->f, "register_geprobeerd_bij", "register_geprobeerd_bij",
	    "bij wie u in het Maatwerkregister zocht", CASUS_MAX_KORT, false);
	c->leefgebieden = lees_bits(r, &s->f, "leefgebied", "leefgebieden", &codes_leefgebied, "de leefgebieden");
	u = cw_code(&codes_urgentie, req_form(r, "urgentie"));
	if (u == -2)
		cw_fout(&s->f, "urgentie", "Kies hoe dringend de casus is.");
	c->urgentie = u >= 0 ? (enum urgentie)u : URGENTIE_NORMAAL;
	lees_organisaties(r, s);

	if (heeft(r, s, "indiener"))
		lees_indiener(r, s);
	if (heeft(r, s, "ontvangenOp")) {
		s->ontvangen_tekst = req_form(r, "ontvangen_op");
		c->ontvangen_op = cw_datum(r, &s->f, s->ontvangen_tekst, "ontvangen_op", "de datum van het eerste contact",
		    true);
		if (c->ontvangen_op != DATE_NONE && c->ontvangen_op > app_vandaag(r))
			cw_fout(&s->f, "ontvangen_op", "De datum van het eerste contact mag niet in de toekomst liggen.");
	}
	if (heeft(r, s, "beleidsterreinen"))
		c->beleidsterreinen = lees_bits(r, &s->f, "beleidsterrein", "beleidsterreinen", &codes_beleidsterrein,
		    "de beleidsterreinen");
	if (heeft(r, s, "knelpunten"))
		cw_lees_knelpunten(r, c, &s->f);
	if (heeft(r, s, "procesregie")) {
		c->procesregie.houder = cw_tekst(r, &s->f, "procesregie_houder", "procesregie_houder",
		    "wie de procesregie heeft", CASUS_MAX_KORT, false);
		c->procesregie.terugkoppeling = cw_tekst(r, &s->f, "procesregie_terugkoppeling",
		    "procesregie_terugkoppeling", "de afspraak over terugkoppeling", CASUS_MAX_TEKST, false);
		c->procesregie.dossierhouder = cw_tekst(r, &s->f, "procesregie_dossierhouder", "procesregie_dossierhouder",
		    "wie het dossier bijhoudt", CASUS_MAX_KORT, false);
	}
	if (c->hulpvraag == NULL)
		c->hulpvraag = "";   /* a concept may still lack it; the column is NOT NULL */
}

bool
cw_form_valideer(struct request *r, struct cw_form *s)
{
	struct err e = { 0 };

	if (s->f.n > 0)
		return false;
	if (casus_validate(&s->c, app_vandaag(r), &e) != ERR_OK) {
		cw_fout(&s->f, cw_veld_id(r->arena, e.field), arena_strdup(r->arena, e.msg));
		return false;
	}
	return true;
}

/* ---- showing ----------------------------------------------------------- */

#define RIJEN_MIN 3

static json_t *
organisatie_rijen(struct request *r, const struct cw_form *s)
{
	const struct casus *c = &s->c;
	size_t n = c->norganisaties + 1 > RIJEN_MIN ? c->norganisaties + 1 : RIJEN_MIN;
	json_t *a = json_array();

	if (n > CW_MAX_RIJEN)
		n = c->norganisaties > CW_MAX_RIJEN ? c->norganisaties : CW_MAX_RIJEN;
	for (size_t i = 0; i < n; i++) {
		const struct betrokken_organisatie *o = i < c->norganisaties ? &c->organisaties[i] : NULL;
		const char *p = arena_printf(r->arena, "betrokken_organisaties_%zu", i);

		json_array_append_new(a, json_pack("{s:i,s:o,s:o,s:o}", "nr", (json_int_t)(i + 1),
		    "naam", cw_veld(&s->f, arena_printf(r->arena, "%s_naam", p), "org_naam", "Naam", NULL, CW_TEKST,
			o ? o->organisatie.naam : NULL, CASUS_MAX_KORT, false),
		    "type", cw_keuze(&s->f, arena_printf(r->arena, "%s_type", p), "org_type", "Soort organisatie", NULL,
			cw_opties(&codes_organisatie_type, o ? (int)o->organisatie.type : -1, "Kies een soort")),
		    "rol", cw_veld(&s->f, arena_printf(r->arena, "%s_rol", p), "org_rol", "Rol in de casus",
			"Bijvoorbeeld: verstrekt de uitkering, moet beslissen over de indicatie.", CW_TEKST,
			o ? o->rol : NULL, CASUS_MAX_TEKST, false)));
	}
	return a;
}

json_t *
cw_knelpunt_rijen(struct request *r, const struct casus *c, const struct cw_fouten *f)
{
	size_t n = c->nknelpunten + 1 > RIJEN_MIN ? c->nknelpunten + 1 : RIJEN_MIN;
	json_t *a = json_array();

	if (n > CW_MAX_RIJEN)
		n = c->nknelpunten > CW_MAX_RIJEN ? c->nknelpunten : CW_MAX_RIJEN;
	for (size_t i = 0; i < n; i++) {
		const struct knelpunt *k = i < c->nknelpunten ? &c->knelpunten[i] : NULL;

		json_array_append_new(a, json_pack("{s:i,s:o,s:o}", "nr", (json_int_t)(i + 1),
		    "categorie", cw_keuze(f, arena_printf(r->arena, "knelpunten_%zu_categorie", i), "knelpunt_categorie",
			"Categorie", NULL, cw_opties(&codes_categorie, k ? (int)k->categorie : -1, "Kies een categorie")),
		    "omschrijving", cw_veld(f, arena_printf(r->arena, "knelpunten_%zu_omschrijving", i),
			"knelpunt_omschrijving", "Omschrijving", NULL, CW_TEXTAREA, k ? k->omschrijving : NULL,
			CASUS_MAX_TEKST, false)));
	}
	return a;
}

static const char *
datum_waarde(struct request *r, const char *tekst, int d)
{
	return tekst != NULL ? tekst : app_datum_iso(r, d);
}

void
cw_form_toon(struct request *r, int status, struct cw_form *s)
{
	const struct casus *c = &s->c;
	const struct cw_fouten *f = &s->f;
	bool regie = s->modus == CW_NIEUW_REGIE || s->modus == CW_BEWERKEN_REGIE;
	bool bewerken = s->modus == CW_BEWERKEN_CONCEPT || s->modus == CW_BEWERKEN_REGIE;
	const char *titel = s->modus == CW_NIEUW_INDIENER ? "Nieuwe casus indienen" :
	    s->modus == CW_NIEUW_REGIE ? "Telefonische aanmelding vastleggen" :
	    s->modus == CW_BEWERKEN_CONCEPT ? "Concept bewerken" :
	    arena_printf(r->arena, "Casus %s bewerken", c->referentie ? c->referentie : "");
	json_t *ctx = json_object(), *v = json_object();

	cw_fouten_ctx(ctx, f);
	json_object_set_new(ctx, "kop", json_string(titel));
	json_object_set_new(ctx, "actie_url", json_string(s->pad ? arena_printf(r->arena, "/casussen/%s", s->pad) :
	    "/casussen"));
	json_object_set_new(ctx, "terug_url", json_string(s->pad ? arena_printf(r->arena, "/casussen/%s", s->pad) :
	    "/casussen"));
	json_object_set_new(ctx, "nieuw_indiener", json_boolean(s->modus == CW_NIEUW_INDIENER));
	json_object_set_new(ctx, "nieuw_regie", json_boolean(s->modus == CW_NIEUW_REGIE));
	json_object_set_new(ctx, "concept_knoppen", json_boolean(s->modus == CW_NIEUW_INDIENER ||
	    s->modus == CW_BEWERKEN_CONCEPT));
	json_object_set_new(ctx, "bewerken", json_boolean(bewerken));
	json_object_set_new(ctx, "bewerken_regie", json_boolean(s->modus == CW_BEWERKEN_REGIE));
	json_object_set_new(ctx, "regie", json_boolean(regie));

	json_object_set_new(v, "hulpvraag", cw_veld(f, "hulpvraag", "hulpvraag", "Wat is uw vraag aan het Loket?",
	    "Beschrijf wat u van het Landelijk Maatwerkloket nodig heeft. Bijvoorbeeld: wie kan beslissen over de zorg, "
	    "of hoe het gesprek met een uitvoeringsorganisatie weer op gang komt.", CW_TEXTAREA, c->hulpvraag,
	    CASUS_MAX_TEKST, true));
	json_object_set_new(v, "situatie", cw_veld(f, "situatie", "situatie", "Wat is de situatie?",
	    "Beschrijf het huishouden en de problemen. Een BSN en volledige namen zijn niet nodig: gebruik initialen of "
	    "een schuilnaam, bijvoorbeeld ‘mevrouw A. (43), twee kinderen’. Een tekst met een BSN wordt "
	    "geweigerd.", CW_TEXTAREA, c->situatie, CASUS_MAX_TEKST, false));
	json_object_set_new(v, "geprobeerd", cw_veld(f, "geprobeerd", "geprobeerd", "Wat is al geprobeerd?",
	    "Welke organisaties en routes zijn al benaderd, en met welke uitkomst? Denk ook aan de hulpstructuren van "
	    "uw eigen organisatie of regio.", CW_TEXTAREA, c->geprobeerd, CASUS_MAX_TEKST, false));
	json_object_set_new(v, "register_geprobeerd", cw_groep(f, "register_geprobeerd", "register_geprobeerd",
	    "Heeft u eerst het Maatwerkregister geprobeerd?", "In het Maatwerkregister vindt u de maatwerkfunctionaris "
	    "of maatwerkprofessional van een aangesloten organisatie. Het Loket telt hoe vaak het register eerst is "
	    "geprobeerd.", true, cw_opties(&codes_register_poging, c->register_geprobeerd, NULL)));
	json_object_set_new(v, "register_geprobeerd_bij", cw_veld(f, "register_geprobeerd_bij",
	    "register_geprobeerd_bij", "Bij wie heeft u het via het register geprobeerd?",
	    "Alleen als u het register heeft geprobeerd. Bijvoorbeeld: de maatwerkfunctionaris van de SVB, of de "
	    "Maatwerkplaats UWV.", CW_TEKST, c->register_bij, CASUS_MAX_KORT, false));
	json_object_set_new(v, "leefgebieden", cw_groep(f, "leefgebieden", "leefgebied",
	    "Op welke leefgebieden loopt het vast?", "Kies alles wat van toepassing is.", false,
	    cw_opties_bits(&codes_leefgebied, c->leefgebieden)));
	json_object_set_new(v, "urgentie", cw_groep(f, "urgentie", "urgentie", "Hoe dringend is het?",
	    "Zeer hoog: binnen enkele dagen dreigt onherstelbare schade, zoals een huisuitzetting of het stoppen van "
	    "noodzakelijke zorg.", true, cw_opties(&codes_urgentie, (int)c->urgentie, NULL)));
	json_object_set_new(ctx, "organisaties", organisatie_rijen(r, s));
	if (heeft(r, s, "indiener")) {
		json_object_set_new(v, "indiener_naam", cw_veld(f, "indiener_naam", "indiener_naam", "Naam van de indiener",
		    NULL, CW_TEKST, c->indiener.naam, CASUS_MAX_KORT, true));
		json_object_set_new(v, "indiener_email", cw_veld(f, "indiener_email", "indiener_email",
		    "E-mailadres van de indiener", "Hiermee koppelt doorbraak de casus aan de persoon als die al bekend is.",
		    CW_EMAIL, c->indiener.email, CASUS_MAX_KORT, false));
		json_object_set_new(v, "indiener_organisatie_naam", cw_veld(f, "indiener_organisatie_naam",
		    "indiener_organisatie_naam", "Organisatie van de indiener", "Bijvoorbeeld: Gemeente Zwolle of UWV.",
		    CW_TEKST, c->indiener.organisatie.naam, CASUS_MAX_KORT, true));
		json_object_set_new(v, "indiener_organisatie_type", cw_keuze(f, "indiener_organisatie_type",
		    "indiener_organisatie_type", "Soort organisatie van de indiener", NULL,
		    cw_opties(&codes_organisatie_type, c->indiener.organisatie.naam ? (int)c->indiener.organisatie.type : -1,
			"Kies een soort")));
		json_object_set_new(v, "indiener_type", cw_keuze(f, "indiener_type", "indiener_type", "Soort indiener",
		    "Laat u dit leeg, dan leidt doorbraak het af uit de soort organisatie.",
		    cw_opties(&codes_indiener_type, c->indiener.naam ? c->indiener_type : -1, "Afleiden uit de organisatie")));
	}
	if (heeft(r, s, "ontvangenOp"))
		json_object_set_new(v, "ontvangen_op", cw_veld(f, "ontvangen_op", "ontvangen_op",
		    "Datum van het eerste contact", "De looptijd begint op deze datum. De datum ligt niet in de toekomst.",
		    CW_DATUM, datum_waarde(r, s->ontvangen_tekst, c->ontvangen_op), DATE_STRLEN, true));
	if (heeft(r, s, "beleidsterreinen"))
		json_object_set_new(v, "beleidsterreinen", cw_groep(f, "beleidsterreinen", "beleidsterrein",
		    "Welke beleidsterreinen raakt de casus?", "De ministeries waarvan beleid of uitvoering een rol speelt.",
		    false, cw_opties_bits(&codes_beleidsterrein, c->beleidsterreinen)));
	if (heeft(r, s, "knelpunten"))
		json_object_set_new(ctx, "knelpunten", cw_knelpunt_rijen(r, c, f));
	if (heeft(r, s, "procesregie")) {
		json_object_set_new(v, "procesregie_houder", cw_veld(f, "procesregie_houder", "procesregie_houder",
		    "Wie heeft de procesregie?", "Bijvoorbeeld: de indiener, of de regievoerder van het Loket.", CW_TEKST,
		    c->procesregie.houder, CASUS_MAX_KORT, false));
		json_object_set_new(v, "procesregie_terugkoppeling", cw_veld(f, "procesregie_terugkoppeling",
		    "procesregie_terugkoppeling", "Wat koppelt de indiener terug, en wanneer?", NULL, CW_TEXTAREA,
		    c->procesregie.terugkoppeling, CASUS_MAX_TEKST, false));
		json_object_set_new(v, "procesregie_dossierhouder", cw_veld(f, "procesregie_dossierhouder",
		    "procesregie_dossierhouder", "Wie houdt het dossier bij?", NULL, CW_TEKST, c->procesregie.dossierhouder,
		    CASUS_MAX_KORT, false));
	}
	json_object_set_new(ctx, "v", v);
	reply_page(r, status, "casus/formulier", titel, ctx);
}
