/* bestand.c - the Maatwerkregister as a spreadsheet: CSV and XLSX export of a search, CSV import with a report per row. */
#include <string.h>
#include <strings.h>

#include "app/common/datum.h"
#include "app/common/xlsx.h"
#include "app/register/handlers.h"
#include "app/register/register.h"
#include "core/casus.h"
#include "core/contact.h"
#include "lib/csv.h"
#include "lib/date.h"
#include "store/netwerk/organisatie.h"

#define IMPORT_MAX_RIJEN 5000
#define IMPORT_MAX_BYTES (4u * 1024 * 1024)

/* The columns, in export order. soort, organisatie, naam and email are required in an import. */
enum kolom { K_SOORT, K_ORGANISATIE, K_NAAM, K_FUNCTIE, K_MANDAAT, K_EMAIL, K_TELEFOON, K_REGIO, K_LEEFGEBIEDEN,
	K_WETTEN, K_EXPERTISE, K_BEVESTIGD, K__MAX };
static const char *const kolom_naam[K__MAX] = {
	[K_SOORT] = "soort", [K_ORGANISATIE] = "organisatie", [K_NAAM] = "naam", [K_FUNCTIE] = "functie",
	[K_MANDAAT] = "mandaat", [K_EMAIL] = "email", [K_TELEFOON] = "telefoon", [K_REGIO] = "regio",
	[K_LEEFGEBIEDEN] = "leefgebieden", [K_WETTEN] = "wetten", [K_EXPERTISE] = "expertise",
	[K_BEVESTIGD] = "bevestigd_op",
};
static const double kolom_breedte[K__MAX] = { 14, 40, 30, 30, 30, 32, 18, 16, 40, 40, 60, 14 };

/* ---- export ------------------------------------------------------------------------ */

/* The codes of a set, joined with ", " (what the import reads back). */
static const char *
codes(struct request *r, const struct codelist *l, uint64_t bits)
{
	const char *s = "";

	for (int i = 0; i < l->n && i < 64; i++)
		if (bits & ((uint64_t)1 << i))
			s = arena_printf(r->arena, "%s%s%s", s, s[0] ? ", " : "", l->codes[i]);
	return s;
}

static const char *
cel(struct request *r, const struct register_item *it, enum kolom k)
{
	switch (k) {
	case K_SOORT: return codes_register_soort.codes[it->soort];
	case K_ORGANISATIE: return it->organisatie_naam;
	case K_NAAM: return it->naam;
	case K_FUNCTIE: return it->functie;
	case K_MANDAAT: return it->mandaat;
	case K_EMAIL: return it->email;
	case K_TELEFOON: return it->telefoon;
	case K_REGIO: return codes_regio.codes[it->regio];
	case K_LEEFGEBIEDEN: return codes(r, &codes_leefgebied, it->leefgebieden);
	case K_WETTEN: return codes(r, &codes_wet_regeling, it->wetten);
	case K_EXPERTISE: return it->expertise;
	case K_BEVESTIGD: return it->bevestigd_op != DATE_NONE ? app_datum_iso(r, it->bevestigd_op) : NULL;
	case K__MAX: break;
	}
	return NULL;
}

/* The hits of the search in the query, all of them; false after replying. Every export is audited. */
static bool
laden(struct request *r, struct register_resultaat *res)
{
	struct register_zoek z;
	struct err e = { 0 };
	int pagina;

	rg_zoek_van_query(r, &z, &pagina);
	z.limit = -1;
	z.offset = 0;
	if (store_register_zoek(r->store, r->arena, &z, res, &e) != ERR_OK) {
		req_audit(r, "register.export", "register", NULL, AUDIT_MISLUKT);
		reply_err(r, &e);
		return false;
	}
	return rg_audit(r, "register.export", NULL);
}

/* GET /register/export.csv: 200 (semicolons and a BOM, as Dutch Excel expects; formulas as text), 503. */
void
h_register_csv(struct request *r)
{
	struct register_resultaat res;
	struct csv_schrijver w;
	struct buf b;

	if (!laden(r, &res))
		return;
	buf_init(&b, 64u * 1024 * 1024);
	csv_schrijver_excel(&w, &b);
	for (int k = 0; k < K__MAX; k++)
		csv_veld(&w, kolom_naam[k]);
	csv_rij_klaar(&w);
	for (size_t i = 0; i < res.n; i++) {
		for (int k = 0; k < K__MAX; k++)
			csv_veld(&w, cel(r, &res.items[i], (enum kolom)k));
		csv_rij_klaar(&w);
	}
	if (csv_schrijver_klaar(&w) != 0) {
		buf_free(&b);
		reply_problem(r, 500, "Interne fout", "Het bestand werd te groot.");
		return;
	}
	reply_header(r, "Content-Disposition", arena_printf(r->arena, "attachment; filename=\"maatwerkregister-%s.csv\"",
	    app_datum_iso(r, app_vandaag(r))));
	reply_text(r, 200, "text/csv; charset=utf-8", buf_str(&b), b.len);
	buf_free(&b);
}

/* GET /register/export.xlsx: 200 (no cell is a formula), 500, 503. */
void
h_register_xlsx(struct request *r)
{
	struct register_resultaat res;
	struct xlsx_blad b;
	struct xlsx_kolom kol[K__MAX];

	if (!laden(r, &res))
		return;
	for (int k = 0; k < K__MAX; k++)
		kol[k] = (struct xlsx_kolom){ kolom_naam[k], kolom_breedte[k] };
	if (!xlsx_open(&b, "Maatwerkregister")) {
		reply_problem(r, 500, "Interne fout", "Het Excel-bestand kon niet worden gemaakt.");
		return;
	}
	xlsx_kop(&b, kol, K__MAX);
	for (size_t i = 0; i < res.n; i++, b.rij++)
		for (int k = 0; k < K__MAX; k++)
			xlsx_tekst(&b, (lxw_col_t)k, cel(r, &res.items[i], (enum kolom)k));
	xlsx_stuur(r, &b, "maatwerkregister", K__MAX);
}

/* ---- import ------------------------------------------------------------------------ */

struct melding {
	size_t regel;
	const char *kolom;
	const char *waarom;
};

struct import {
	struct request *r;
	int kolom_van[K__MAX];
	size_t nkop;
	struct melding *m;
	size_t nm, capm;
	size_t nieuw, bijgewerkt, fout_rijen;
	bool fataal;
};

static void
meld(struct import *im, size_t regel, int k, const char *waarom)
{
	if (im->nm == im->capm) {
		size_t cap = im->capm ? 2 * im->capm : 16;
		struct melding *v = arena_alloc(im->r->arena, cap * sizeof(*v));

		if (im->nm > 0)
			memcpy(v, im->m, im->nm * sizeof(*v));
		im->m = v;
		im->capm = cap;
	}
	im->m[im->nm++] = (struct melding){ regel, k >= 0 ? kolom_naam[k] : NULL, waarom };
}

static bool
kop_lezen(struct import *im, const struct csv_rij *kop)
{
	static const enum kolom verplicht[] = { K_SOORT, K_ORGANISATIE, K_NAAM, K_EMAIL };
	bool ok = true;

	for (int k = 0; k < K__MAX; k++)
		im->kolom_van[k] = -1;
	im->nkop = kop->n;
	for (size_t i = 0; i < kop->n; i++) {
		int gevonden = -1;

		for (int k = 0; k < K__MAX; k++)
			if (strcasecmp(kop->velden[i], kolom_naam[k]) == 0)
				gevonden = k;
		if (gevonden < 0) {
			meld(im, 1, -1, arena_printf(im->r->arena, "Onbekende kolom \"%s\". Bekende kolommen: soort, organisatie, "
			    "naam, functie, mandaat, email, telefoon, regio, leefgebieden, wetten, expertise, bevestigd_op.",
			    kop->velden[i]));
			ok = false;
		} else if (im->kolom_van[gevonden] >= 0) {
			meld(im, 1, gevonden, "Deze kolom staat twee keer in de kopregel.");
			ok = false;
		} else
			im->kolom_van[gevonden] = (int)i;
	}
	for (size_t i = 0; i < sizeof(verplicht) / sizeof(verplicht[0]); i++)
		if (im->kolom_van[verplicht[i]] < 0) {
			meld(im, 1, (int)verplicht[i], "Deze kolom ontbreekt; soort, organisatie, naam en email zijn verplicht.");
			ok = false;
		}
	return ok;
}

static const char *
veld(const struct import *im, const struct csv_rij *rij, enum kolom k)
{
	int i = im->kolom_van[k];
	const char *v = i >= 0 ? rij->velden[i] : NULL;

	return contact_leeg(v) ? NULL : v;
}

/* A cell of codes separated by commas, semicolons or '|' as bits of l; false after reporting an unknown one. */
static bool
tags(struct import *im, size_t regel, enum kolom k, const char *cel_s, const struct codelist *l, const char *wat,
    uint64_t *out)
{
	const char *v[64];
	size_t n = 0;
	char *kopie = arena_strdup(im->r->arena, cel_s != NULL ? cel_s : ""), *p = kopie;
	struct err e = { 0 };

	while (*p != '\0' && n < 64) {
		size_t len = strcspn(p, ",;|");
		char *eind = p + len, *s = p;

		p = *eind != '\0' ? eind + 1 : eind;
		*eind = '\0';
		while (*s == ' ')
			s++;
		for (char *t = s + strlen(s); t > s && t[-1] == ' '; t--)
			t[-1] = '\0';
		v[n++] = s;
	}
	if (register_tags(v, n, l, kolom_naam[k], wat, out, &e) != ERR_OK) {
		meld(im, regel, (int)k, arena_strdup(im->r->arena, e.msg));
		return false;
	}
	return true;
}

static int
kolom_van_veld(const char *field)
{
	for (int k = 0; k < K__MAX; k++)
		if (strcmp(field, kolom_naam[k]) == 0)
			return k;
	return K_NAAM;
}

/* Checks one row and writes it when sound; false when refused (reported). */
static bool
rij_verwerken(struct import *im, const struct csv_rij *rij)
{
	struct request *r = im->r;
	struct register_invoer in = { .regio = -1 };
	struct organisatie_rij org;
	struct err e = { 0 };
	const char *s;
	uint64_t bits = 0;
	int64_t org_id = 0, vermelding = 0, id = 0, persoon = 0;
	int bevestigd = DATE_NONE, soort;
	enum err_code rc;

	if (rij->slecht_veld >= 0) {
		int k = -1;

		for (int j = 0; j < K__MAX; j++)
			if (im->kolom_van[j] == (int)rij->slecht_veld)
				k = j;
		meld(im, rij->regel, k, arena_printf(r->arena, "De cel is %s.", rij->slecht_waarom));
		return false;
	}
	if (rij->n != im->nkop) {
		meld(im, rij->regel, -1, arena_printf(r->arena, "Deze regel heeft %zu kolommen; de kopregel heeft er %zu. "
		    "Staat er een scheidingsteken te veel of te weinig?", rij->n, im->nkop));
		return false;
	}
	for (int k = 0; k < K__MAX; k++) {
		const char *v = veld(im, rij, (enum kolom)k);

		if (v != NULL && csv_lijkt_formule(v) && !(k == K_TELEFOON && v[0] == '+' && contact_telefoon_ok(v))) {
			meld(im, rij->regel, k, arena_printf(r->arena, "De cel begint met '%c' en lijkt een formule; formules "
			    "worden niet geïmporteerd. Zet er een ander teken voor of haal het weg.", v[0]));
			return false;
		}
	}
	s = veld(im, rij, K_SOORT);
	if ((soort = s != NULL ? codelist_find(&codes_register_soort, s) : -1) < 0) {
		meld(im, rij->regel, K_SOORT, "Vul de soort in: organisatie (de maatwerkfunctionaris van een organisatie) of "
		    "professional.");
		return false;
	}
	in.soort = (enum register_soort)soort;
	s = veld(im, rij, K_ORGANISATIE);
	if (s == NULL || store_organisatie_zoek(r->store, s, &org_id, &e) != ERR_OK || org_id == 0 ||
	    store_organisatie_basis(r->store, r->arena, org_id, &org, &e) != ERR_OK) {
		meld(im, rij->regel, K_ORGANISATIE, s ? arena_printf(r->arena, "Geen organisatie met de naam of code \"%s\" in "
		    "de lijst.", s) : "Vul de organisatie in.");
		return false;
	}
	in.naam = veld(im, rij, K_NAAM);
	in.functie = veld(im, rij, K_FUNCTIE);
	in.mandaat = veld(im, rij, K_MANDAAT);
	in.email = veld(im, rij, K_EMAIL);
	in.telefoon = veld(im, rij, K_TELEFOON);
	in.expertise = veld(im, rij, K_EXPERTISE);
	if ((s = veld(im, rij, K_REGIO)) != NULL && (in.regio = codelist_find(&codes_regio, s)) < 0) {
		meld(im, rij->regel, K_REGIO, arena_printf(r->arena, "Onbekende regio \"%s\" (landelijk, een provincie zoals "
		    "zuid_holland, of caribisch_nederland).", s));
		return false;
	}
	if (!tags(im, rij->regel, K_LEEFGEBIEDEN, veld(im, rij, K_LEEFGEBIEDEN), &codes_leefgebied, "leefgebied", &bits))
		return false;
	in.leefgebieden = (unsigned)bits;
	if (!tags(im, rij->regel, K_WETTEN, veld(im, rij, K_WETTEN), &codes_wet_regeling, "wet of regeling", &in.wetten))
		return false;
	if ((s = veld(im, rij, K_BEVESTIGD)) != NULL && (!date_parse(s, &bevestigd) || bevestigd > app_vandaag(r))) {
		meld(im, rij->regel, K_BEVESTIGD, "Vul de datum in als JJJJ-MM-DD, niet in de toekomst.");
		return false;
	}
	if (register_validate(&in, &e) != ERR_OK) {
		meld(im, rij->regel, kolom_van_veld(e.field), arena_strdup(r->arena, e.msg));
		return false;
	}
	/* an organisation's entry, or a profile (by its e-mail address) under the entry of its organisation or the
	   whole it is part of, is updated when it is there and added otherwise */
	if (store_register_van_organisatie(r->store, org_id, &vermelding, &e) != ERR_OK)
		return meld(im, rij->regel, -1, "Het register kon niet worden gelezen."), false;
	if (in.soort == REGSOORT_PROFESSIONAL) {
		if (vermelding == 0 && org.parent_id != 0 &&
		    store_register_van_organisatie(r->store, org.parent_id, &vermelding, &e) != ERR_OK)
			return meld(im, rij->regel, -1, "Het register kon niet worden gelezen."), false;
		if (vermelding == 0) {
			meld(im, rij->regel, K_ORGANISATIE, "Deze organisatie staat nog niet in het register; zet eerst een regel "
			    "met soort organisatie voor haar in het bestand.");
			return false;
		}
		if (store_register_profiel_email(r->store, vermelding, in.email, &id, &e) != ERR_OK)
			return meld(im, rij->regel, -1, "Het register kon niet worden gelezen."), false;
	} else
		id = vermelding;
	store_persoon_by_email(r->store, in.email, &persoon, NULL);
	if (id != 0) {
		rc = store_register_wijzig(r->store, id, &in, r->actor.gebruiker_id, r->now, app_vandaag(r), &e);
		im->bijgewerkt += rc == ERR_OK;
	} else {
		rc = store_register_nieuw(r->store, &in, org_id, vermelding, persoon, r->actor.gebruiker_id, r->now,
		    app_vandaag(r), &id, &e);
		im->nieuw += rc == ERR_OK;
	}
	if (rc == ERR_OK && bevestigd != DATE_NONE)
		rc = store_register_bevestig(r->store, id, r->actor.gebruiker_id, r->now, bevestigd, &e);
	if (rc != ERR_OK) {
		meld(im, rij->regel, kolom_van_veld(e.field), arena_strdup(r->arena, e.msg));
		im->fataal = rc != ERR_VALIDATION && rc != ERR_CONFLICT;
		return false;
	}
	return true;
}

static void
rapport(struct request *r, int status, const struct import *im, bool geimporteerd, bool ook_geldige, const char *fout)
{
	json_t *ctx = json_object(), *rijen = json_array();

	for (size_t i = 0; im != NULL && i < im->nm; i++)
		json_array_append_new(rijen, json_pack("{s:I,s:s,s:s}", "regel", (json_int_t)im->m[i].regel, "kolom",
		    im->m[i].kolom ? im->m[i].kolom : "(hele regel)", "waarom", im->m[i].waarom));
	json_object_set_new(ctx, "meldingen", rijen);
	json_object_set_new(ctx, "heeft_meldingen", json_boolean(im != NULL && im->nm > 0));
	json_object_set_new(ctx, "gedaan", json_boolean(im != NULL));
	json_object_set_new(ctx, "geimporteerd", json_boolean(geimporteerd));
	json_object_set_new(ctx, "ook_geldige", json_boolean(ook_geldige));
	if (im != NULL)
		json_object_set_new(ctx, "telling", json_pack("{s:I,s:I,s:I}", "nieuw", (json_int_t)im->nieuw, "bijgewerkt",
		    (json_int_t)im->bijgewerkt, "fout", (json_int_t)im->fout_rijen));
	if (fout != NULL) {
		json_object_set_new(ctx, "heeft_fouten", json_true());
		json_object_set_new(ctx, "fouten", json_pack("[{s:s,s:s}]", "id", "import-bestand", "tekst", fout));
		json_object_set_new(ctx, "f_bestand", json_string(fout));
	}
	reply_page(r, status, "register/import", "Vermeldingen importeren", ctx);
}

/* GET /register/import: 200. */
void
h_register_import_form(struct request *r)
{
	rapport(r, 200, NULL, false, false, NULL);
}

/*
 * POST /register/import (multipart, a beheerder): 200 with the report (imported, or nothing when a row was wrong
 * unless ook_geldige); 400 (no file, not CSV, a wrong header or rows refused: nothing imported); 413; 500; 503.
 */
void
h_register_import(struct request *r)
{
	const struct upload *u = req_file(r, "bestand");
	bool ook_geldige = req_form(r, "ook_geldige") != NULL;
	struct csv_grenzen g = { IMPORT_MAX_RIJEN, 32, REGISTER_MAX_EXPERTISE };
	struct csv_tabel t;
	struct import im = { .r = r };
	enum csv_fout cf;
	size_t regel = 0;

	if (u == NULL || u->len == 0) {
		rapport(r, 400, NULL, false, ook_geldige, "Kies een CSV-bestand om te importeren.");
		return;
	}
	if (u->len > IMPORT_MAX_BYTES) {
		rapport(r, 413, NULL, false, ook_geldige, "Het bestand is te groot (hoogstens 4 MB).");
		return;
	}
	if ((cf = csv_lees(r->arena, u->data, u->len, &g, &t, &regel)) != CSV_OK) {
		req_audit(r, "register.import", "import", NULL, AUDIT_MISLUKT);
		rapport(r, 400, NULL, false, ook_geldige, arena_printf(r->arena, "Regel %zu: %s Er is niets geïmporteerd.",
		    regel, csv_fout_tekst(cf)));
		return;
	}
	if (!kop_lezen(&im, &t.kop)) {
		req_audit(r, "register.import", "import", NULL, AUDIT_MISLUKT);
		rapport(r, 400, &im, false, ook_geldige, "De kopregel klopt niet. Er is niets geïmporteerd.");
		return;
	}
	if (store_begin(r->store) != ERR_OK) {
		reply_problem(r, 503, "Tijdelijk niet beschikbaar", "De database is even bezet; probeer het opnieuw.");
		return;
	}
	/* one transaction: an entry from an earlier row can take the profiles of later rows */
	for (size_t i = 0; i < t.nrijen && !im.fataal; i++)
		if (!rij_verwerken(&im, &t.rijen[i]))
			im.fout_rijen++;
	if (im.fataal || (im.fout_rijen > 0 && !ook_geldige)) {
		bool fataal = im.fataal;

		store_rollback(r->store);
		req_audit(r, "register.import", "import", NULL, AUDIT_MISLUKT);
		im.nieuw = im.bijgewerkt = 0;
		rapport(r, fataal ? 500 : 400, &im, false, ook_geldige, fataal ?
		    "Het opslaan mislukte halverwege; er is niets geïmporteerd." :
		    "Er is niets geïmporteerd, want niet elke regel is goed. Verbeter de regels hieronder, of kies ervoor "
		    "alleen de goede regels te importeren.");
		return;
	}
	if (req_audit(r, "register.import", "import", NULL, AUDIT_TOEGESTAAN) != ERR_OK) {
		store_rollback(r->store);
		reply_problem(r, 503, "Tijdelijk niet beschikbaar", "Het auditlog kon niet worden bijgewerkt; er is niets geïmporteerd.");
		return;
	}
	if (store_commit(r->store) != ERR_OK) {
		reply_problem(r, 500, "Interne fout", "Er ging iets mis bij het opslaan. Er is niets geïmporteerd.");
		return;
	}
	rapport(r, 200, &im, true, ook_geldige, NULL);
}
