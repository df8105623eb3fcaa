/* org_csv.c - the directory as a spreadsheet: CSV import with a report per row, CSV (Dutch Excel) and XLSX export. */
#include <string.h>

#include "app/beheer/beheer.h"
#include "core/casus.h"
#include "app/beheer/handlers.h"
#include "app/common/xlsx.h"
#include "core/aansluiting.h"
#include "core/contact.h"
#include "core/organisatie.h"
#include "lib/csv.h"
#include "lib/date.h"

#define IMPORT_MAX_RIJEN 5000
#define IMPORT_MAX_BYTES (4u * 1024 * 1024)

/* The columns of the file, in export order. naam and type are required in an import; the others optional. */
enum kolom { K_NAAM, K_TYPE, K_CODE, K_OUDER, K_EMAIL, K_TELEFOON, K_AANSLUITING, K_DATUM, K_BRON, K__MAX };
static const char *const kolom_naam[K__MAX] = {
	[K_NAAM] = "naam", [K_TYPE] = "type", [K_CODE] = "code", [K_OUDER] = "bovenliggende", [K_EMAIL] = "email",
	[K_TELEFOON] = "telefoon", [K_AANSLUITING] = "aansluiting", [K_DATUM] = "aansluiting_datum", [K_BRON] = "bron",
};
static const double kolom_breedte[K__MAX] = { 48, 28, 10, 40, 30, 18, 24, 16, 60 };

/* ---- export ------------------------------------------------------------------------ */

struct export_rij {
	const struct organisatie_rij *o;
	const struct aansluiting *nu;   /* the entry that gives today's status, NULL when none */
};

/* Every known organisation with the entry of its history that holds today. */
static bool
laden(struct request *r, struct export_rij **out, size_t *n)
{
	struct organisatie_filter f = { .type = -1, .status = -1, .limit = -1 };
	struct organisatie_rij *o = NULL;
	struct aansluiting *h = NULL;
	int64_t *org = NULL;
	size_t no = 0, nh = 0;
	struct err e = { 0 };
	int vandaag = app_vandaag(r);
	struct export_rij *v;

	if (store_organisatie_lijst(r->store, r->arena, &f, &o, &no, NULL, &e) != ERR_OK ||
	    store_aansluiting_alle(r->store, r->arena, &org, &h, &nh, &e) != ERR_OK) {
		reply_err(r, &e);
		return false;
	}
	v = arena_alloc(r->arena, (no + 1) * sizeof(*v));
	for (size_t i = 0; i < no; i++) {
		size_t k = 0, m;

		v[i].o = &o[i];
		while (k < nh && org[k] != o[i].id)
			k++;
		for (m = k; m < nh && org[m] == o[i].id; m++)
			;
		/* h[k..m) is this organisation's history (sorted by date, then id): the last one on or before today */
		for (size_t j = k; j < m; j++)
			if (h[j].datum <= vandaag)
				v[i].nu = &h[j];
	}
	*out = v;
	*n = no;
	return app_audit(r, "organisatie.export", "export", NULL);
}

static const char *
cel(struct request *r, const struct export_rij *x, enum kolom k)
{
	switch (k) {
	case K_NAAM: return x->o->naam;
	case K_TYPE: return codes_organisatie_type.codes[x->o->type];
	case K_CODE: return x->o->code;
	case K_OUDER: return x->o->parent_naam;
	case K_EMAIL: return x->o->email;
	case K_TELEFOON: return x->o->telefoon;
	case K_AANSLUITING: return x->nu ? codes_aansluiting.codes[x->nu->status] : NULL;
	case K_DATUM: return x->nu ? app_datum_iso(r, x->nu->datum) : NULL;
	case K_BRON: return x->nu ? x->nu->bron : NULL;
	case K__MAX: break;
	}
	return NULL;
}

void
h_beheer_organisaties_csv(struct request *r)
{
	struct export_rij *v = NULL;
	size_t n = 0;
	struct buf b;
	struct csv_schrijver w;

	if (!laden(r, &v, &n))
		return;
	buf_init(&b, 64u * 1024 * 1024);
	csv_schrijver_excel(&w, &b);
	for (int k = 0; k < K__MAX; k++)
		csv_veld(&w, kolom_naam[k]);
	csv_rij_klaar(&w);
	for (size_t i = 0; i < n; i++) {
		for (int k = 0; k < K__MAX; k++)
			csv_veld(&w, cel(r, &v[i], (enum kolom)k));
		csv_rij_klaar(&w);
	}
	if (csv_schrijver_klaar(&w) != 0) {
		buf_free(&b);
		reply_problem(r, 500, "Interne fout", "Het bestand werd te groot.");
		return;
	}
	reply_header(r, "Content-Disposition", arena_printf(r->arena, "attachment; filename=\"organisaties-%s.csv\"",
	    app_datum_iso(r, app_vandaag(r))));
	reply_text(r, 200, "text/csv; charset=utf-8", buf_str(&b), b.len);
	buf_free(&b);
}

void
h_beheer_organisaties_xlsx(struct request *r)
{
	struct export_rij *v = NULL;
	size_t n = 0;
	struct xlsx_blad b;
	struct xlsx_kolom kol[K__MAX];

	if (!laden(r, &v, &n))
		return;
	for (int k = 0; k < K__MAX; k++)
		kol[k] = (struct xlsx_kolom){ kolom_naam[k], kolom_breedte[k] };
	if (!xlsx_open(&b, "Organisaties")) {
		reply_problem(r, 500, "Interne fout", "Het Excel-bestand kon niet worden gemaakt.");
		return;
	}
	xlsx_kop(&b, kol, K__MAX);
	for (size_t i = 0; i < n; i++, b.rij++)
		for (int k = 0; k < K__MAX; k++)
			xlsx_tekst(&b, (lxw_col_t)k, cel(r, &v[i], (enum kolom)k));
	xlsx_stuur(r, &b, "organisaties", K__MAX);
}

/* ---- import ------------------------------------------------------------------------ */

struct melding {
	size_t regel;
	const char *kolom;         /* NULL: the row as a whole */
	const char *waarom;
};

struct import {
	struct request *r;
	int kolom_van[K__MAX];     /* the file's column of each of ours, -1 when absent */
	size_t nkop;
	struct melding *m;
	size_t nm, capm;
	size_t nieuw, bijgewerkt, fout_rijen;
	bool fataal;               /* a write failed halfway: nothing may be kept */
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

/* Maps the header row onto our columns; false after reporting unknown, doubled or missing ones. */
static bool
kop_lezen(struct import *im, const struct csv_rij *kop)
{
	bool ok = true;

	for (int k = 0; k < K__MAX; k++)
		im->kolom_van[k] = -1;
	im->nkop = kop->n;
	for (size_t i = 0; i < kop->n; i++) {
		const char *h = kop->velden[i];
		int gevonden = -1;

		for (int k = 0; k < K__MAX; k++)
			if (strcasecmp(h, kolom_naam[k]) == 0)
				gevonden = k;
		if (gevonden < 0) {
			meld(im, 1, -1, arena_printf(im->r->arena, "Onbekende kolom \"%s\". Bekende kolommen: naam, type, code, "
			    "bovenliggende, email, telefoon, aansluiting, aansluiting_datum, bron.", h));
			ok = false;
		} else if (im->kolom_van[gevonden] >= 0) {
			meld(im, 1, gevonden, "Deze kolom staat twee keer in de kopregel.");
			ok = false;
		} else
			im->kolom_van[gevonden] = (int)i;
	}
	for (int k = K_NAAM; k <= K_TYPE; k++)
		if (im->kolom_van[k] < 0) {
			meld(im, 1, k, "Deze kolom ontbreekt; naam en type zijn verplicht.");
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

/* Checks one row and, when it is sound, writes it. false when the row was refused (reported). */
static bool
rij_verwerken(struct import *im, const struct csv_rij *rij)
{
	struct request *r = im->r;
	struct organisatie_invoer in;
	struct organisatie_rij bestaand = { 0 };
	struct aansluiting nieuw = { 0, AANSLUITING__MAX, DATE_NONE, NULL }, *h = NULL;
	const char *ouder, *status, *datum;
	struct err e = { 0 };
	int64_t id = 0;
	size_t nh = 0;
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
	memset(&in, 0, sizeof(in));
	in.naam = veld(im, rij, K_NAAM);
	in.code = veld(im, rij, K_CODE);
	in.email = veld(im, rij, K_EMAIL);
	in.telefoon = veld(im, rij, K_TELEFOON);
	in.type = veld(im, rij, K_TYPE) ? codelist_find(&codes_organisatie_type, veld(im, rij, K_TYPE)) : -1;
	if (in.type < 0) {
		meld(im, rij->regel, K_TYPE, veld(im, rij, K_TYPE) ? arena_printf(r->arena, "Onbekend soort organisatie \"%s\".",
		    veld(im, rij, K_TYPE)) : "Vul het soort organisatie in (bijvoorbeeld gemeente of ministerie).");
		return false;
	}
	if ((ouder = veld(im, rij, K_OUDER)) != NULL) {
		if (store_organisatie_zoek(r->store, ouder, &in.parent_id, &e) != ERR_OK || in.parent_id == 0) {
			meld(im, rij->regel, K_OUDER, arena_printf(r->arena, "Geen organisatie met de naam of code \"%s\" in de lijst "
			    "(of eerder in dit bestand).", ouder));
			return false;
		}
	}
	/* an organisation already in the list (by code, else by name and type) is updated, else added */
	if (in.code != NULL && store_organisatie_bij_code(r->store, in.code, &id, &e) != ERR_OK)
		id = 0;
	if (id == 0 && in.naam != NULL && store_organisatie_bij_naam(r->store, in.naam, in.type, &id, &e) != ERR_OK)
		id = 0;
	if ((rc = bh_organisatie_check(r, id, &in, &e)) != ERR_OK) {
		int k = K_NAAM;

		for (int j = 0; j < K__MAX; j++)
			if (strcmp(e.field, "parent") == 0 ? j == K_OUDER : strcmp(e.field, kolom_naam[j]) == 0)
				k = j;
		meld(im, rij->regel, k, arena_strdup(r->arena, e.msg));
		return false;
	}
	status = veld(im, rij, K_AANSLUITING);
	datum = veld(im, rij, K_DATUM);
	nieuw.bron = veld(im, rij, K_BRON);
	if ((status != NULL) != (datum != NULL)) {
		meld(im, rij->regel, status ? K_DATUM : K_AANSLUITING, "Vul de aansluiting en de datum ervan allebei in, of geen van beide.");
		return false;
	}
	if (status != NULL) {
		int s = codelist_find(&codes_aansluiting, status);

		if (s < 0) {
			meld(im, rij->regel, K_AANSLUITING, arena_printf(r->arena, "Onbekende aansluiting \"%s\" (bestuurlijk_aangesloten, "
			    "vaste_contactpersoon, niet_aangesloten of beeindigd).", status));
			return false;
		}
		nieuw.status = (enum aansluiting_status)s;
		if (!date_parse(datum, &nieuw.datum)) {
			meld(im, rij->regel, K_DATUM, "Vul de datum in als JJJJ-MM-DD.");
			return false;
		}
		if (id != 0 && store_aansluiting_lijst(r->store, r->arena, id, &h, &nh, &e) != ERR_OK) {
			meld(im, rij->regel, -1, "De geschiedenis van deze organisatie kon niet worden gelezen.");
			return false;
		}
		rc = aansluiting_validate(&nieuw, h, nh, app_vandaag(r), &e);
		if (rc == ERR_CONFLICT)
			status = NULL;   /* the same entry is there already (a re-imported export): nothing to add */
		else if (rc != ERR_OK) {
			meld(im, rij->regel, strcmp(e.field, "datum") == 0 ? K_DATUM : strcmp(e.field, "bron") == 0 ? K_BRON :
			    K_AANSLUITING, arena_strdup(r->arena, e.msg));
			return false;
		}
	}
	if (id != 0) {
		/* an empty optional cell keeps what is there */
		if (store_organisatie_lees(r->store, r->arena, id, &bestaand, &e) != ERR_OK) {
			meld(im, rij->regel, -1, "Deze organisatie kon niet worden gelezen.");
			return false;
		}
		if (in.code == NULL) in.code = bestaand.code;
		if (in.email == NULL) in.email = bestaand.email;
		if (in.telefoon == NULL) in.telefoon = bestaand.telefoon;
		if (ouder == NULL) in.parent_id = bestaand.parent_id;
		rc = store_organisatie_wijzig(r->store, id, &in, &e);
	} else
		rc = store_organisatie_nieuw(r->store, &in, &id, &e);
	if (rc != ERR_OK) {   /* refused before anything was written (a name or code taken) */
		meld(im, rij->regel, strcmp(e.field, "code") == 0 ? K_CODE : K_NAAM, arena_strdup(r->arena, e.msg));
		return false;
	}
	if (bestaand.id == id && id != 0)
		im->bijgewerkt++;
	else
		im->nieuw++;
	if (status != NULL && store_aansluiting_toevoegen(r->store, id, &nieuw, r->actor.gebruiker_id, r->now, &e) != ERR_OK) {
		/* the row is half written: the whole import stops */
		meld(im, rij->regel, K_AANSLUITING, arena_strdup(r->arena, e.msg));
		im->fataal = true;
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
	bh_subnav(r, ctx, "/beheer/organisaties");
	reply_page(r, status, "beheer/import", "Organisaties importeren", ctx);
}

void
h_beheer_import_form(struct request *r)
{
	rapport(r, 200, NULL, false, false, NULL);
}

void
h_beheer_import(struct request *r)
{
	const struct upload *u = req_file(r, "bestand");
	bool ook_geldige = req_form(r, "ook_geldige") != NULL;
	struct csv_grenzen g = { IMPORT_MAX_RIJEN, 32, 2000 };
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
		req_audit(r, "organisatie.import", "import", NULL, AUDIT_MISLUKT);
		rapport(r, 400, NULL, false, ook_geldige, arena_printf(r->arena, "Regel %zu: %s Er is niets geïmporteerd.", regel,
		    csv_fout_tekst(cf)));
		return;
	}
	if (!kop_lezen(&im, &t.kop)) {
		req_audit(r, "organisatie.import", "import", NULL, AUDIT_MISLUKT);
		rapport(r, 400, &im, false, ook_geldige, "De kopregel klopt niet. Er is niets geïmporteerd.");
		return;
	}
	if (!app_begin(r))
		return;
	/* one pass in one transaction: a row can name a parent from an earlier row; a refused row writes nothing */
	for (size_t i = 0; i < t.nrijen && !im.fataal; i++)
		if (!rij_verwerken(&im, &t.rijen[i]))
			im.fout_rijen++;
	if (im.fataal) {
		store_rollback(r->store);
		req_audit(r, "organisatie.import", "import", NULL, AUDIT_MISLUKT);
		im.nieuw = im.bijgewerkt = 0;
		rapport(r, 500, &im, false, ook_geldige, "Het opslaan mislukte halverwege; er is niets geïmporteerd.");
		return;
	}
	if (im.fout_rijen > 0 && !ook_geldige) {
		store_rollback(r->store);
		req_audit(r, "organisatie.import", "import", NULL, AUDIT_MISLUKT);
		im.nieuw = im.bijgewerkt = 0;
		rapport(r, 400, &im, false, false, arena_printf(r->arena, "%zu %s niet in orde; daarom is er niets geïmporteerd. "
		    "Verbeter het bestand, of kies om alleen de goede regels te importeren.", im.fout_rijen,
		    im.fout_rijen == 1 ? "regel is" : "regels zijn"));
		return;
	}
	if (!app_commit(r, "organisatie.import", "import", arena_printf(r->arena, "%zu nieuw, %zu bijgewerkt", im.nieuw,
	    im.bijgewerkt), NULL))
		return;
	rapport(r, 200, &im, true, ook_geldige, NULL);
}
