/* test_systeemleren.c - the rules of issue 11 in src/core: work after closure, leerpunt and belegging checks, the peildatum, navraag rounds, the research view. */
#include "harness.h"

#include <stdbool.h>
#include <string.h>

#include "core/casus.h"
#include "core/casus_lifecycle.h"
#include "core/leerpunt.h"
#include "core/navraag.h"
#include "core/onderzoek.h"
#include "core/perm.h"
#include "lib/date.h"

static int
d(const char *s)
{
	int v = DATE_NONE;

	assert_true(date_parse(s, &v));
	return v;
}

static struct actor
als(enum rol r)
{
	struct actor a = { 0 };

	a.gebruiker_id = 7;
	a.roles = ROL_BIT(r);
	return a;
}

/* ---- after closure -------------------------------------------------------------------------- */

static void
test_na_afronding_wijzigbaar(void **state)
{
	static const char *const ja[] = { "knelpunten", "leerpunten", "wetten", "redenGeenLeerpunt", "maatwerk",
		"maatwerkToepassingen", "buitenlandseComponent" };
	static const char *const nee[] = { "afgerondOp", "ontvangenOp", "status", "hulpvraag", "situatie", "resultaat",
		"interventies", "leefgebieden", "beleidsterreinen", "betrokkenOrganisaties", "regievoerder", "indiener",
		"letEscalatie", "followUpAntwoord", "", "Leerpunten" };

	(void)state;
	for (size_t i = 0; i < sizeof(ja) / sizeof(ja[0]); i++)
		assert_true(casus_na_afronding_wijzigbaar(ja[i]));
	for (size_t i = 0; i < sizeof(nee) / sizeof(nee[0]); i++)
		assert_false(casus_na_afronding_wijzigbaar(nee[i]));
	assert_false(casus_na_afronding_wijzigbaar(NULL));
}

static void
test_perm_aanvullen(void **state)
{
	struct actor rv = als(ROL_REGIEVOERDER), ind = als(ROL_INDIENER), onz = als(ROL_ONDERZOEKER);
	struct casus_relatie afgerond = { STATUS_AFGEROND, true, false, false },
	    open = { STATUS_IN_BEHANDELING, true, false, false };

	(void)state;
	assert_true(perm_casus_aanvullen(&rv, &afgerond));
	assert_false(perm_casus_aanvullen(&rv, &open));         /* an open casus is simply edited */
	assert_false(perm_casus_aanvullen(&ind, &afgerond));    /* not its indiener */
	assert_false(perm_casus_aanvullen(&onz, &afgerond));
	assert_false(perm_casus_bewerken(&rv, &afgerond));      /* editing everything still needs reopening */
}

/* Hand-counted: closed on 14 March 2025, today 20 March 2025. */
static void
test_activiteit_na_afronding(void **state)
{
	struct err e = { 0 };
	int afgerond = d("2025-03-14"), vandaag = d("2025-03-20"), datum;
	bool na = true;

	(void)state;
	/* open casus: any kind but a statuswijziging, not counted as after closure */
	datum = d("2025-03-10");
	assert_int_equal(casus_activiteit_toelaten(STATUS_IN_BEHANDELING, DATE_NONE, ACTIVITEIT_INTERVENTIE, &datum,
	    vandaag, &na, &e), ERR_OK);
	assert_false(na);
	/* closed: a contactmoment on the closing day itself is monitoring */
	datum = afgerond;
	assert_int_equal(casus_activiteit_toelaten(STATUS_AFGEROND, afgerond, ACTIVITEIT_CONTACTMOMENT, &datum, vandaag,
	    &na, &e), ERR_OK);
	assert_true(na);
	/* the day before closing lies inside the looptijd */
	datum = afgerond - 1;
	assert_int_equal(casus_activiteit_toelaten(STATUS_AFGEROND, afgerond, ACTIVITEIT_NOTITIE, &datum, vandaag, &na,
	    &e), ERR_VALIDATION);
	assert_string_equal(e.field, "datum");
	/* no date: today, which is after closing */
	datum = DATE_NONE;
	assert_int_equal(casus_activiteit_toelaten(STATUS_AFGEROND, afgerond, ACTIVITEIT_NOTITIE, &datum, vandaag, &na,
	    &e), ERR_OK);
	assert_int_equal(datum, vandaag);
	assert_true(na);
	/* tomorrow: in the future */
	datum = vandaag + 1;
	assert_int_equal(casus_activiteit_toelaten(STATUS_AFGEROND, afgerond, ACTIVITEIT_NOTITIE, &datum, vandaag, &na,
	    &e), ERR_VALIDATION);
	/* an interventie after closure: reopen first */
	datum = vandaag;
	assert_int_equal(casus_activiteit_toelaten(STATUS_AFGEROND, afgerond, ACTIVITEIT_INTERVENTIE, &datum, vandaag,
	    &na, &e), ERR_CONFLICT);
	assert_string_equal(e.field, "type");
	/* a correctie after closure is allowed (it is an entry of its own) */
	datum = vandaag;
	assert_int_equal(casus_activiteit_toelaten(STATUS_AFGEROND, afgerond, ACTIVITEIT_CORRECTIE, &datum, vandaag,
	    &na, &e), ERR_OK);
	/* the statuswijziging is never by hand */
	datum = vandaag;
	assert_int_equal(casus_activiteit_toelaten(STATUS_AFGEROND, afgerond, ACTIVITEIT_STATUSWIJZIGING, &datum,
	    vandaag, &na, &e), ERR_VALIDATION);
	assert_int_equal(casus_activiteit_toelaten(STATUS_IN_BEHANDELING, DATE_NONE, ACTIVITEIT_STATUSWIJZIGING, &datum,
	    vandaag, &na, &e), ERR_VALIDATION);
}

static void
leerpunt_maak(struct leerpunt *l, int64_t id, const char *oms)
{
	leerpunt_init(l);
	l->id = id;
	l->omschrijving = oms;
	l->categorie = CATEGORIE_SAMENWERKING;
	l->orde = 2;
}

static void
test_aanvullingen(void **state)
{
	struct casus oud, nieuw;
	struct knelpunt ko[2] = { { CATEGORIE_SAMENWERKING, "a", 0 }, { CATEGORIE_ICT, "b", 0 } };
	struct knelpunt kn[3] = { { CATEGORIE_SAMENWERKING, "a", 0 }, { CATEGORIE_OVERIG, "b", 0 },
		{ CATEGORIE_OVERIG, "c", (uint64_t)1 << KSOORT_TERUGVORDERING } };
	struct leerpunt lo[2], ln[2];
	struct casus_aanvulling out[16];
	size_t n;

	(void)state;
	casus_init(&oud);
	casus_init(&nieuw);
	oud.knelpunten = ko;
	oud.nknelpunten = 2;
	nieuw.knelpunten = kn;
	nieuw.nknelpunten = 3;
	leerpunt_maak(&lo[0], 4, "blijft");
	leerpunt_maak(&lo[1], 5, "gaat weg");
	leerpunt_maak(&ln[0], 4, "blijft");
	ln[0].orde = 3;                      /* sharpened in the signalenoverleg */
	leerpunt_maak(&ln[1], 0, "nieuw na het signalenoverleg");
	oud.leerpunten = lo;
	oud.nleerpunten = 2;
	nieuw.leerpunten = ln;
	nieuw.nleerpunten = 2;
	nieuw.wetten = (uint64_t)1 << WET_BRP;
	/* hand-counted: knelpunt 1 changed, 2 added; leerpunt 4 changed, a new one added, 5 unlinked; wetten */
	n = casus_aanvullingen(&oud, &nieuw, out, 16);
	assert_int_equal(n, 6);
	assert_int_equal(out[0].soort, AANVULLING_KNELPUNT_GEWIJZIGD);
	assert_int_equal(out[0].index, 1);
	assert_int_equal(out[1].soort, AANVULLING_KNELPUNT_TOEGEVOEGD);
	assert_int_equal(out[1].index, 2);
	assert_int_equal(out[2].soort, AANVULLING_LEERPUNT_GEWIJZIGD);
	assert_int_equal(out[2].index, 0);
	assert_int_equal(out[3].soort, AANVULLING_LEERPUNT_TOEGEVOEGD);
	assert_int_equal(out[3].index, 1);
	assert_int_equal(out[4].soort, AANVULLING_LEERPUNT_ONTKOPPELD);
	assert_int_equal(out[4].index, 1);
	assert_int_equal(out[5].soort, AANVULLING_WETTEN);
	/* room for fewer: the count is still the whole */
	assert_int_equal(casus_aanvullingen(&oud, &nieuw, out, 2), 6);
	/* nothing changed */
	assert_int_equal(casus_aanvullingen(&oud, &oud, out, 16), 0);
	/* a knelpunt removed */
	nieuw = oud;
	nieuw.nknelpunten = 1;
	assert_int_equal(casus_aanvullingen(&oud, &nieuw, out, 16), 1);
	assert_int_equal(out[0].soort, AANVULLING_KNELPUNT_VERWIJDERD);
	assert_int_equal(out[0].index, 1);
}

/* ---- what a casus records -------------------------------------------------------------------- */

static void
casus_afgerond(struct casus *c)
{
	casus_init(c);
	c->status = STATUS_AFGEROND;
	c->ontvangen_op = d("2024-01-15");
	c->afgerond_op = d("2024-12-31");
	c->hulpvraag = "Wie betaalt?";
	c->resultaat = "Opgelost.";
}

static const char *
fout(const struct casus *c)
{
	static struct err e;

	memset(&e, 0, sizeof(e));
	if (casus_validate(c, d("2025-06-01"), &e) == ERR_OK)
		return "";
	return e.field;
}

static void
test_registratie(void **state)
{
	struct casus c;
	struct knelpunt k = { CATEGORIE_SAMENWERKING, "Niemand.", 0 };
	struct maatwerk_toepassing m[2];
	struct leerpunt l;

	(void)state;
	casus_afgerond(&c);
	assert_string_equal(fout(&c), "");
	c.wetten = (uint64_t)1 << WET__MAX;
	assert_string_equal(fout(&c), "wetten");
	c.wetten = ((uint64_t)1 << WET_WLZ) | ((uint64_t)1 << WET_ANDERS);
	assert_string_equal(fout(&c), "");
	/* a kind of wet- en regelgeving on a knelpunt of samenwerking */
	c.knelpunten = &k;
	c.nknelpunten = 1;
	k.soorten = (uint64_t)1 << KSOORT_LACUNE;
	assert_string_equal(fout(&c), "knelpunten[0].soorten");
	k.soorten = ((uint64_t)1 << KSOORT_VERSCHIL_IN_VISIE) | ((uint64_t)1 << KSOORT_ONDUIDELIJKE_FINANCIERING);
	assert_string_equal(fout(&c), "");
	assert_true(knelpunt_soorten_passen(CATEGORIE_SAMENWERKING, k.soorten));
	assert_false(knelpunt_soorten_passen(CATEGORIE_ICT, k.soorten));
	assert_true(knelpunt_soorten_passen(CATEGORIE_ICT, 0));
	/* maatwerk records: none with `geen`; a date inside the casus, not in the future */
	maatwerk_init(&m[0]);
	m[0].vorm = MVORM_HARDHEIDSCLAUSULE;
	maatwerk_init(&m[1]);
	m[1].vorm = MVORM_COULANCEREGELING;
	c.maatwerk_toepassingen = m;
	c.nmaatwerk_toepassingen = 2;
	c.maatwerk = MAATWERK_GEEN;
	assert_string_equal(fout(&c), "maatwerk");
	c.maatwerk = MAATWERK_HARDHEIDSCLAUSULE;
	assert_string_equal(fout(&c), "");
	c.maatwerk = -1;                      /* the summary not filled in: the records say it */
	assert_string_equal(fout(&c), "");
	m[1].datum = d("2024-01-14");         /* the day before ontvangenOp */
	assert_string_equal(fout(&c), "maatwerkToepassingen[1].datum");
	m[1].datum = d("2024-01-15");
	assert_string_equal(fout(&c), "");
	m[1].wet = WET__MAX;
	assert_string_equal(fout(&c), "maatwerkToepassingen[1].wet");
	m[1].wet = WET_AWB;
	m[1].artikel = "art. 3:4 en BSN 111222333";
	assert_string_equal(fout(&c), "maatwerkToepassingen[1].artikel");
	m[1].artikel = "art. 3:4";
	m[0].door.naam = "";
	assert_string_equal(fout(&c), "maatwerkToepassingen[0].door.naam");
	m[0].door.naam = "Gemeente Venenwaard";
	m[0].door.type = ORGTYPE_GEMEENTE;
	assert_string_equal(fout(&c), "");
	/* why no leerpunt: only without leerpunten */
	c.reden_geen_leerpunt = GEENLP_UNIEK;
	assert_string_equal(fout(&c), "");
	leerpunt_maak(&l, 0, "Toch een leerpunt.");
	c.leerpunten = &l;
	c.nleerpunten = 1;
	assert_string_equal(fout(&c), "redenGeenLeerpunt");
	c.reden_geen_leerpunt = GEENLP__MAX;
	c.nleerpunten = 0;
	assert_string_equal(fout(&c), "redenGeenLeerpunt");
}

/* ---- leerpunten and beleggingen ------------------------------------------------------------- */

static const char *
lp_fout(const struct leerpunt *l, bool met_casus)
{
	static struct err e;

	memset(&e, 0, sizeof(e));
	if (leerpunt_check(l, "", met_casus, d("2025-06-01"), &e) == ERR_OK)
		return "";
	return e.field;
}

static void
test_signaal(void **state)
{
	struct leerpunt l;
	struct leerpunt_koppeling k[2] = { { KOPPELING_KNELPUNTENBRIEF, "Brief 2024, nr. 12", NULL },
		{ KOPPELING_WERK_AAN_UITVOERING, NULL, "https://example.org/wau" } };

	(void)state;
	leerpunt_maak(&l, 0, "Een signaal van de Bestuurlijke Tafel.");
	assert_string_equal(lp_fout(&l, true), "");          /* of a casus: bron casus is fine */
	assert_string_equal(lp_fout(&l, false), "bron");     /* without a casus it comes from elsewhere */
	l.bron = BRON_BESTUURLIJKE_TAFEL;
	assert_string_equal(lp_fout(&l, false), "gesignaleerdOp");
	l.gesignaleerd_op = d("2025-06-02");                 /* tomorrow */
	assert_string_equal(lp_fout(&l, false), "gesignaleerdOp");
	l.gesignaleerd_op = d("2025-06-01");                 /* today */
	assert_string_equal(lp_fout(&l, false), "");
	l.bron = BRON__MAX;
	assert_string_equal(lp_fout(&l, false), "bron");
	l.bron = BRON_LET;
	l.koppelingen = k;
	l.nkoppelingen = 2;
	assert_string_equal(lp_fout(&l, false), "");
	k[1].url = "ftp://example.org";
	assert_string_equal(lp_fout(&l, false), "koppelingen[1].url");
	k[1].url = "https://example.org/met spatie";
	assert_string_equal(lp_fout(&l, false), "koppelingen[1].url");
	k[1].url = NULL;
	assert_string_equal(lp_fout(&l, false), "koppelingen[1].referentie");   /* neither: nothing to link */
	k[1].url = "http://example.org/wau";
	l.wetten = (uint64_t)1 << WET__MAX;
	assert_string_equal(lp_fout(&l, false), "wetten");
}

static struct organisatie_ref
org(int64_t id, const char *naam, const char *code)
{
	struct organisatie_ref o = { id, naam, ORGTYPE_MINISTERIE, code, DATE_NONE, DATE_NONE };

	return o;
}

static void
test_beleggingen(void **state)
{
	struct leerpunt l;
	struct belegging b[3];
	struct organisatie_ref partners[2];
	struct opvolging h[3] = {
		{ 0, OPVOLGING_BELEGD, -1, NULL, "ambassadeursoverleg" },
		{ 0, OPVOLGING_IN_VERKENNING, -1, "VWS verkent", NULL },
		{ 0, OPVOLGING_GEEN_OPVOLGING, REDEN_STELSELVRAAGSTUK, NULL, "navraag" },
	};

	(void)state;
	h[0].datum = d("2024-03-01");
	h[1].datum = d("2024-04-16");
	h[2].datum = d("2024-04-16");   /* the same day twice: still in order */
	leerpunt_maak(&l, 1, "Leerpunt");
	l.beleggingen = b;
	l.nbeleggingen = 3;
	for (int i = 0; i < 3; i++)
		belegging_init(&b[i]);
	b[0].id = 10;
	b[0].bij = org(1, "Ministerie van VWS", "VWS");
	b[1].id = 11;
	b[1].bij_pmm = true;
	b[2].id = 12;
	b[2].bij = org(3, "Ministerie van OCW", "OCW");
	assert_string_equal(lp_fout(&l, true), "");
	/* PMM's kind only bij PMM */
	b[0].pmm_soort = PMMSOORT_KENNISDELING;
	assert_string_equal(lp_fout(&l, true), "beleggingen[0].pmmSoort");
	b[0].pmm_soort = PMMSOORT_GEEN;
	b[1].pmm_soort = PMMSOORT_REGIE_IN_OPVOLGING;
	assert_string_equal(lp_fout(&l, true), "");
	/* not belegd: not at PMM, no follow-up */
	b[1].niet_belegd = NIETBELEGD_AL_BREED_BEKEND;
	assert_string_equal(lp_fout(&l, true), "beleggingen[1].nietBelegd");
	b[1].niet_belegd = NIETBELEGD_NEE;
	b[2].niet_belegd = NIETBELEGD_AL_BREED_BEKEND;
	assert_string_equal(lp_fout(&l, true), "");
	b[2].status = OPVOLGING_IN_VERKENNING;
	assert_string_equal(lp_fout(&l, true), "beleggingen[2].nietBelegd");
	b[2].status = OPVOLGING_BELEGD;
	b[2].niet_belegd_toelichting = "OCW kent het al.";
	assert_string_equal(lp_fout(&l, true), "");
	b[2].niet_belegd = NIETBELEGD_NEE;
	assert_string_equal(lp_fout(&l, true), "beleggingen[2].nietBelegdToelichting");
	b[2].niet_belegd_toelichting = NULL;
	/* a werkgroep: partners, none twice, not the trekker */
	partners[0] = org(4, "Ministerie van JenV", "JenV");
	partners[1] = org(1, "Ministerie van VWS", "VWS");
	b[0].partners = partners;
	b[0].npartners = 2;
	assert_string_equal(lp_fout(&l, true), "beleggingen[0].partners[1]");   /* VWS is the trekker */
	partners[1] = org(4, "Ministerie van JenV", "JenV");
	assert_string_equal(lp_fout(&l, true), "beleggingen[0].partners[1]");   /* twice */
	b[0].npartners = 1;
	assert_string_equal(lp_fout(&l, true), "");
	/* a history: in date order, its last entry the current status */
	b[0].historie = h;
	b[0].nhistorie = 3;
	assert_string_equal(lp_fout(&l, true), "beleggingen[0].status");
	b[0].status = OPVOLGING_GEEN_OPVOLGING;
	b[0].reden = REDEN_STELSELVRAAGSTUK;
	assert_string_equal(lp_fout(&l, true), "");
	h[1].datum = d("2024-04-17");   /* after the next entry */
	assert_string_equal(lp_fout(&l, true), "beleggingen[0].historie[2].datum");
	h[1].datum = d("2024-04-16");
	h[1].reden = REDEN_NIET_HERKEND;   /* a reden with in_verkenning */
	assert_string_equal(lp_fout(&l, true), "beleggingen[0].historie[1].reden");
	h[1].reden = -1;
	/* forwarding within the leerpunt, never in a circle */
	b[2].doorgezet_naar = 99;
	assert_string_equal(lp_fout(&l, true), "beleggingen[2].doorgezetNaar");
	b[2].doorgezet_naar = 12;
	assert_string_equal(lp_fout(&l, true), "beleggingen[2].doorgezetNaar");   /* itself */
	b[2].doorgezet_naar = 10;
	assert_string_equal(lp_fout(&l, true), "");
	b[0].doorgezet_naar = 12;
	assert_string_equal(lp_fout(&l, true), "beleggingen[0].doorgezetNaar");   /* 10 -> 12 -> 10 */
	b[0].doorgezet_naar = 0;
	assert_true(belegging_actueel(&b[0]));
	assert_false(belegging_actueel(&b[2]));   /* forwarded */
}

/* "teruggelegd aan OCW, opvolging bij DUO": the path from the first party to the last. */
static void
test_belegging_pad(void **state)
{
	struct belegging b[4];
	size_t pad[8];

	(void)state;
	for (int i = 0; i < 4; i++) {
		belegging_init(&b[i]);
		b[i].id = 20 + i;
	}
	b[2].doorgezet_naar = 21;   /* 22 -> 21 -> 23 */
	b[1].doorgezet_naar = 23;
	assert_int_equal(belegging_pad(b, 4, 1, pad, 8), 3);
	assert_int_equal(pad[0], 2);
	assert_int_equal(pad[1], 1);
	assert_int_equal(pad[2], 3);
	assert_int_equal(belegging_pad(b, 4, 3, pad, 8), 3);   /* from the end it is the same path */
	assert_int_equal(pad[0], 2);
	assert_int_equal(belegging_pad(b, 4, 0, pad, 8), 1);   /* never forwarded */
	assert_int_equal(pad[0], 0);
	assert_int_equal(belegging_pad(b, 4, 1, pad, 2), 2);   /* room for two */
	assert_int_equal(belegging_pad(b, 4, 9, pad, 8), 0);
	b[3].doorgezet_naar = 22;   /* a circle in the data: stops */
	assert_true(belegging_pad(b, 4, 1, pad, 8) <= 3);
}

/* ---- the peildatum -------------------------------------------------------------------------- */

static void
test_opvolging_op(void **state)
{
	struct opvolging h[4] = {
		{ 0, OPVOLGING_BELEGD, -1, NULL, NULL },
		{ 0, OPVOLGING_IN_VERKENNING, -1, NULL, NULL },
		{ 0, OPVOLGING_IN_UITVOERING, -1, NULL, NULL },   /* recorded later, same day */
		{ 0, OPVOLGING_OPGEVOLGD, -1, NULL, NULL },
	};

	(void)state;
	h[0].datum = d("2024-03-01");
	h[1].datum = d("2024-09-30");
	h[2].datum = d("2024-09-30");
	h[3].datum = d("2025-01-15");
	assert_int_equal(opvolging_op(h, 4, d("2024-02-29")), -1);   /* not yet belegd */
	assert_int_equal(opvolging_op(h, 4, d("2024-03-01")), 0);    /* the day itself counts */
	assert_int_equal(opvolging_op(h, 4, d("2024-09-29")), 0);
	assert_int_equal(opvolging_op(h, 4, d("2024-09-30")), 2);    /* the later of two on one day */
	assert_int_equal(opvolging_op(h, 4, d("2024-12-31")), 2);    /* the report's year end: not opgevolgd yet */
	assert_int_equal(opvolging_op(h, 4, d("2025-01-15")), 3);
	assert_int_equal(opvolging_op(h, 0, d("2025-01-15")), -1);
	/* a status recorded after the peildatum but dated before it counts: the history says what held */
	h[3].datum = d("2024-12-01");
	assert_int_equal(opvolging_op(h, 4, d("2024-12-31")), 3);
}

/* ---- navraag rounds ------------------------------------------------------------------------- */

static void
test_navraag_ronde(void **state)
{
	struct err e = { 0 };
	struct navraagronde_invoer r = { "Navraag voorjaar 2025", 0 };
	int vandaag = d("2025-04-16");

	(void)state;
	r.peildatum = vandaag;
	assert_int_equal(navraagronde_validate(&r, vandaag, &e), ERR_OK);
	r.peildatum = d("2018-12-31");
	assert_int_equal(navraagronde_validate(&r, vandaag, &e), ERR_VALIDATION);
	assert_string_equal(e.field, "peildatum");
	r.peildatum = d("2019-01-01");
	assert_int_equal(navraagronde_validate(&r, vandaag, &e), ERR_OK);
	r.peildatum = vandaag + 366;
	assert_int_equal(navraagronde_validate(&r, vandaag, &e), ERR_OK);
	r.peildatum = vandaag + 367;
	assert_int_equal(navraagronde_validate(&r, vandaag, &e), ERR_VALIDATION);
	r.peildatum = DATE_NONE;
	assert_int_equal(navraagronde_validate(&r, vandaag, &e), ERR_VALIDATION);
	r.peildatum = vandaag;
	r.naam = "  ";
	assert_int_equal(navraagronde_validate(&r, vandaag, &e), ERR_VALIDATION);
	assert_string_equal(e.field, "naam");
	r.naam = "Navraag\nnajaar";
	assert_int_equal(navraagronde_validate(&r, vandaag, &e), ERR_VALIDATION);
}

static void
test_navraag_wie_en_wat(void **state)
{
	int peil = d("2025-04-16");
	struct navraag_kandidaat k = { false, DATE_NONE, OPVOLGING_IN_VERKENNING };

	(void)state;
	assert_int_equal(navraag_gevraagde_voor(false, ORGTYPE_MINISTERIE, false), GEVRAAGD_AMBASSADEUR);
	assert_int_equal(navraag_gevraagde_voor(false, ORGTYPE_OVERIG, true), GEVRAAGD_AMBASSADEUR);   /* a directorate */
	assert_int_equal(navraag_gevraagde_voor(false, ORGTYPE_OVERIG, false), GEVRAAGD_MAATWERKPROFESSIONAL);
	assert_int_equal(navraag_gevraagde_voor(false, ORGTYPE_GEMEENTE, false), GEVRAAGD_INDIENER);
	assert_int_equal(navraag_gevraagde_voor(false, ORGTYPE_LANDELIJKE_PUBLIEKE_DIENSTVERLENER, true),
	    GEVRAAGD_MAATWERKPROFESSIONAL);   /* DUO under OCW: its own maatwerkprofessional */
	assert_int_equal(navraag_gevraagde_voor(false, ORGTYPE_LOKET, true), GEVRAAGD_MAATWERKPROFESSIONAL);
	assert_int_equal(navraag_gevraagde_voor(true, ORGTYPE_OVERIG, false), GEVRAAGD_REGIEVOERDER);

	assert_true(navraag_in_ronde(&k, peil));
	k.status_op = OPVOLGING_BELEGD;
	assert_true(navraag_in_ronde(&k, peil));
	k.status_op = OPVOLGING_ONBEKEND;   /* onbekend stays open: asked again */
	assert_true(navraag_in_ronde(&k, peil));
	k.status_op = OPVOLGING_OPGEVOLGD;
	assert_false(navraag_in_ronde(&k, peil));
	k.status_op = OPVOLGING_GEEN_OPVOLGING;
	assert_false(navraag_in_ronde(&k, peil));
	k.status_op = -1;                   /* belegd after the peildatum */
	assert_false(navraag_in_ronde(&k, peil));
	k.status_op = OPVOLGING_IN_UITVOERING;
	k.doorgezet_op = peil;              /* forwarded on the peildatum: the new party is asked */
	assert_false(navraag_in_ronde(&k, peil));
	k.doorgezet_op = peil + 1;          /* forwarded after it: this party is asked */
	assert_true(navraag_in_ronde(&k, peil));
	k.doorgezet_op = DATE_NONE;
	k.niet_belegd = true;
	assert_false(navraag_in_ronde(&k, peil));
}

static void
test_rechten(void **state)
{
	struct actor rv = als(ROL_REGIEVOERDER), onz = als(ROL_ONDERZOEKER), amb = als(ROL_AMBASSADEUR),
	    ind = als(ROL_INDIENER), anon = { 0 };

	(void)state;
	assert_true(perm_navraag(&rv));
	assert_true(perm_navraag(&onz));
	assert_false(perm_navraag(&amb));
	assert_false(perm_navraag(&anon));
	assert_true(perm_navraag_namen(&rv));
	assert_false(perm_navraag_namen(&onz));   /* the onderzoeker sees role and organisation, not the person */
	assert_int_equal(leerpunt_wijzigrecht(&rv), LPRECHT_ALLES);
	assert_int_equal(leerpunt_wijzigrecht(&onz), LPRECHT_CLASSIFICATIE);
	assert_int_equal(leerpunt_wijzigrecht(&amb), LPRECHT_GEEN);
	assert_int_equal(leerpunt_wijzigrecht(&anon), LPRECHT_GEEN);
	assert_true(perm_systeemwijziging_vastleggen(&onz));
	assert_false(perm_systeemwijziging_vastleggen(&amb));
	assert_true(perm_onderzoek_casus(&onz, STATUS_AFGEROND));
	assert_false(perm_onderzoek_casus(&onz, STATUS_IN_BEHANDELING));   /* closed casussen only */
	assert_false(perm_onderzoek_casus(&ind, STATUS_AFGEROND));
	assert_true(perm_samenvatting_vrijgeven(&rv));
	assert_false(perm_samenvatting_vrijgeven(&onz));
}

static void
test_onderzoek_allowlist(void **state)
{
	struct err e = { 0 };

	(void)state;
	assert_true(onderzoek_veld_toegestaan("referentie"));
	assert_true(onderzoek_veld_toegestaan("knelpunten.categorie"));
	assert_true(onderzoek_veld_toegestaan("leerpunten.beleggingen.historie.status"));
	assert_true(onderzoek_veld_toegestaan("samenvatting"));
	assert_false(onderzoek_veld_toegestaan("hulpvraag"));
	assert_false(onderzoek_veld_toegestaan("situatie"));
	assert_false(onderzoek_veld_toegestaan("knelpunten.omschrijving"));
	assert_false(onderzoek_veld_toegestaan("indiener.naam"));
	assert_false(onderzoek_veld_toegestaan("indiener.email"));
	assert_false(onderzoek_veld_toegestaan("regievoerder"));
	assert_false(onderzoek_veld_toegestaan("betrokkenOrganisaties.rol"));
	assert_false(onderzoek_veld_toegestaan("leerpunten.beleggingen.historie.notitie"));
	assert_false(onderzoek_veld_toegestaan("followUpToelichting"));
	assert_false(onderzoek_veld_toegestaan("escalaties"));
	assert_false(onderzoek_veld_toegestaan(NULL));
	assert_true(onderzoek_organisatienaam_zichtbaar(ORGTYPE_GEMEENTE));
	assert_true(onderzoek_organisatienaam_zichtbaar(ORGTYPE_LOKET));
	assert_false(onderzoek_organisatienaam_zichtbaar(ORGTYPE_ZORGAANBIEDER));
	assert_false(onderzoek_organisatienaam_zichtbaar(ORGTYPE_WONINGCORPORATIE));
	assert_int_equal(onderzoek_samenvatting_check("Gezin met schulden.", true, &e), ERR_OK);
	assert_int_equal(onderzoek_samenvatting_check("Gezin met schulden.", false, &e), ERR_VALIDATION);
	assert_string_equal(e.field, "gecontroleerd");
	assert_int_equal(onderzoek_samenvatting_check("BSN 111222333", true, &e), ERR_VALIDATION);
	assert_string_equal(e.field, "samenvatting");
	assert_int_equal(onderzoek_samenvatting_check("", true, &e), ERR_VALIDATION);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_na_afronding_wijzigbaar),
		cmocka_unit_test(test_perm_aanvullen),
		cmocka_unit_test(test_activiteit_na_afronding),
		cmocka_unit_test(test_aanvullingen),
		cmocka_unit_test(test_registratie),
		cmocka_unit_test(test_signaal),
		cmocka_unit_test(test_beleggingen),
		cmocka_unit_test(test_belegging_pad),
		cmocka_unit_test(test_opvolging_op),
		cmocka_unit_test(test_navraag_ronde),
		cmocka_unit_test(test_navraag_wie_en_wat),
		cmocka_unit_test(test_rechten),
		cmocka_unit_test(test_onderzoek_allowlist),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
