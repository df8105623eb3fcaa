/* web.c - the Rapportage page in the browser (regievoerder, onderzoeker) and its CSV and XLSX downloads. */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "app/common/datum.h"
#include "app/common/inzage.h"
#include "app/rapport/handlers.h"
#include "app/rapport/let.h"
#include "app/rapport/netwerk.h"
#include "app/rapport/professionaliseren.h"
#include "app/rapport/html.h"
#include "app/rapport/tabellen.h"
#include "core/rapport.h"
#include "core/rapport_systeemleren.h"
#include "lib/date.h"
#include "store/rapport/rapport.h"

/* The years a report can be asked for; anything else is not a jaarrapportage of doorbraak. */
#define JAAR_MIN 2000
#define JAAR_MAX 2099
#define NJAREN (JAAR_MAX - JAAR_MIN + 1)

#define XLSX_TYPE "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

/* Exactly four digits within JAAR_MIN..JAAR_MAX. */
static bool
jaar_parse(const char *s, size_t len, int *jaar)
{
	int j = 0;

	if (len != 4)
		return false;
	for (size_t i = 0; i < 4; i++) {
		if (s[i] < '0' || s[i] > '9')
			return false;
		j = j * 10 + (s[i] - '0');
	}
	if (j < JAAR_MIN || j > JAAR_MAX)
		return false;
	*jaar = j;
	return true;
}

/* The year shown without a choice: the newest finished year with data, else the newest year with data. */
static int
standaard_jaar(const bool heeft[NJAREN], int huidig)
{
	for (int y = JAAR_MAX; y >= JAAR_MIN; y--)
		if (heeft[y - JAAR_MIN] && y < huidig)
			return y;
	for (int y = JAAR_MAX; y >= JAAR_MIN; y--)
		if (heeft[y - JAAR_MIN])
			return y;
	return 0;
}

/* Replies 500 for a store failure e (rc) while reading what the report needs. */
static void
leesfout(struct request *r, enum err_code rc, struct err *e, const char *wat)
{
	if (e->detail[0] == '\0')
		snprintf(e->detail, sizeof e->detail, "rapport: %s lezen: %s", wat, err_strerror(rc));
	e->code = ERR_INTERNAL;
	reply_err(r, e);
}

/* The options of the form and of the download links: peildatum, analyse_tot (JJJJ-MM-DD, empty for the
   default) and ministeries_apart=ja. */
struct keuze {
	struct rapport_opties o;
	const char *peildatum, *analyse_tot;   /* as typed, to show again */
	const char *veld, *fout;               /* the refused field and why (Dutch), or NULL */
};

/* One date of the form: empty is the default (DATE_NONE); anything else must be a real day JJJJ-MM-DD. */
static bool
datum_lezen(const char *s, int *d)
{
	*d = DATE_NONE;
	if (s == NULL || s[0] == '\0')
		return true;
	return strlen(s) == 10 && s[4] == '-' && s[7] == '-' && date_parse(s, d);
}

/* Reads the options from the query into k; false (k->veld, k->fout) for a date that is not one. */
static bool
keuze_lezen(struct request *r, struct keuze *k)
{
	const char *apart = req_query(r, "ministeries_apart");

	memset(k, 0, sizeof(*k));
	k->o.peildatum = k->o.analyse_tot = DATE_NONE;
	k->o.vandaag = app_vandaag(r);
	k->peildatum = req_query(r, "peildatum");
	k->analyse_tot = req_query(r, "analyse_tot");
	k->o.ministeries_apart = apart != NULL && strcmp(apart, "ja") == 0;
	if (!datum_lezen(k->peildatum, &k->o.peildatum)) {
		k->veld = "peildatum";
		k->fout = "Vul de peildatum in als JJJJ-MM-DD (een bestaande dag), bijvoorbeeld 2025-06-30, of laat hem leeg.";
	} else if (!datum_lezen(k->analyse_tot, &k->o.analyse_tot)) {
		k->veld = "analyse_tot";
		k->fout = "Vul de datum ‘besproken tot en met’ in als JJJJ-MM-DD (een bestaande dag), bijvoorbeeld "
		    "2025-01-31, of laat hem leeg.";
	} else if (apart != NULL && apart[0] != '\0' && strcmp(apart, "ja") != 0) {
		k->veld = "ministeries_apart";
		k->fout = "Kies of A&M en VRO apart worden geteld (ministeries_apart=ja) of niet.";
	}
	return k->fout == NULL;
}

/* The query string of the download links ("" or "?peildatum=…&…"), in the arena. */
static const char *
keuze_query(struct request *r, const struct keuze *k)
{
	char d1[DATE_STRLEN], d2[DATE_STRLEN];
	const char *q = "";

	if (k->o.peildatum != DATE_NONE) {
		date_format(k->o.peildatum, d1);
		q = arena_printf(r->arena, "&peildatum=%s", d1);
	}
	if (k->o.analyse_tot != DATE_NONE) {
		date_format(k->o.analyse_tot, d2);
		q = arena_printf(r->arena, "%s&analyse_tot=%s", q, d2);
	}
	if (k->o.ministeries_apart)
		q = arena_printf(r->arena, "%s&ministeries_apart=ja", q);
	return q[0] != '\0' ? arena_printf(r->arena, "?%s", q + 1) : "";
}

/* The report of jaar (with jaar - 1 to compare) into *s, from the casussen of those two years only. */
static bool
maak(struct request *r, int jaar, const struct rapport_opties *opties, struct rapport *s)
{
	struct rapport_invoer in;
	struct rapport_opties o = *opties;
	struct rapport_let *let;
	struct netwerk_jaar *net;
	struct err e = { 0 };
	enum err_code rc = store_rapport_invoer(r->store, r->arena, jaar - 1, jaar, &in, &e);

	if (rc != ERR_OK) {
		leesfout(r, rc, &e, "casussen");
		return false;
	}
	rapport_maak_volledig(s, r->arena, &in, jaar, &o);
	let = arena_alloc(r->arena, sizeof(*let));
	if ((rc = rapport_let_laden(r->store, r->arena, jaar, let, &e)) != ERR_OK) {
		leesfout(r, rc, &e, "escalaties en overbruggingen");
		return false;
	}
	s->let = let;
	net = arena_alloc(r->arena, sizeof(*net));
	if ((rc = rapport_netwerk_laden(r->store, r->arena, jaar, net, &e)) != ERR_OK) {
		leesfout(r, rc, &e, "het netwerk");
		return false;
	}
	s->netwerk = net;
	if ((rc = rapport_prof_laden(r->store, r->arena, jaar, &s->professionaliseren, &e)) != ERR_OK) {
		leesfout(r, rc, &e, "evenementen");
		return false;
	}
	return true;
}

static bool
audit(struct request *r, const char *actie, const char *object_id)
{
	if (req_audit(r, actie, "rapport", object_id, AUDIT_TOEGESTAAN) == ERR_OK)
		return true;
	reply_problem(r, 503, "Tijdelijk niet beschikbaar",
	    "Het auditlog kon niet worden bijgewerkt; daarom worden geen gegevens getoond.");
	return false;
}

/* The form's own values and its error, for the template. */
static void
keuze_ctx(json_t *ctx, const struct keuze *k)
{
	json_object_set_new(ctx, "k_peildatum", json_string(k->peildatum ? k->peildatum : ""));
	json_object_set_new(ctx, "k_analyse_tot", json_string(k->analyse_tot ? k->analyse_tot : ""));
	json_object_set_new(ctx, "k_apart", json_boolean(k->o.ministeries_apart));
	if (k->fout != NULL) {
		char id[64];

		snprintf(id, sizeof(id), "rapport-%s", k->veld);
		json_object_set_new(ctx, "heeft_fouten", json_true());
		json_object_set_new(ctx, "fouten", json_pack("[{s:s,s:s}]", "id", id, "tekst", k->fout));
		snprintf(id, sizeof(id), "f_%s", k->veld);
		json_object_set_new(ctx, id, json_string(k->fout));
	}
}

/* GET /rapportage?jaar=JJJJ&peildatum=JJJJ-MM-DD&analyse_tot=JJJJ-MM-DD&ministeries_apart=ja: 200; 400 (a year or
   date that is not one: the form with the message, no figures); 403; 503. */
void
h_rapportage(struct request *r)
{
	const char *q = req_query(r, "jaar");
	bool heeft[NJAREN];
	int jaar = 0;
	json_t *ctx, *jaren;
	struct rapport s;
	struct keuze k;
	struct err e = { 0 };
	enum err_code rc;
	bool goed;

	if (q != NULL && q[0] != '\0' && !jaar_parse(q, strlen(q), &jaar)) {
		reply_problem(r, 400, "Ongeldig jaar",
		    "Kies een jaar van vier cijfers tussen 2000 en 2099, bijvoorbeeld 2024.");
		return;
	}
	goed = keuze_lezen(r, &k);
	if (!app_mag_alle_casussen(r, INZAGE_STATISTIEK, "rapport.lezen"))   /* the figures count every casus */
		return;
	if ((rc = store_rapport_jaren(r->store, JAAR_MIN, JAAR_MAX, heeft, &e)) != ERR_OK) {
		leesfout(r, rc, &e, "jaren");
		return;
	}
	if (jaar == 0)
		jaar = standaard_jaar(heeft, date_year(app_vandaag(r)));
	else
		heeft[jaar - JAAR_MIN] = true;   /* a chosen year stays selectable, data or not */
	if (goed && jaar != 0 && !maak(r, jaar, &k.o, &s))
		return;

	ctx = json_object();
	keuze_ctx(ctx, &k);
	jaren = json_array();
	for (int y = JAAR_MAX; y >= JAAR_MIN; y--)
		if (heeft[y - JAAR_MIN])
			json_array_append_new(jaren, json_pack("{s:i,s:b}", "waarde", y, "gekozen", y == jaar));
	json_object_set_new(ctx, "jaren_aanwezig", json_boolean(json_array_size(jaren) > 0));
	json_object_set_new(ctx, "jaren", jaren);
	if (!audit(r, "rapport.lezen", jaar != 0 ? arena_printf(r->arena, "%d", jaar) : NULL)) {
		json_decref(ctx);
		return;
	}
	/* Referenties link to their casus only for those who may open it. */
	if (goed && jaar != 0) {
		json_t *rap = rapport_context(&s, casus_beperking(&r->actor, INZAGE_LIJST) == CASUS_ALLE);

		json_object_set_new(rap, "download_query", json_string(keuze_query(r, &k)));
		json_object_set_new(ctx, "rapport", rap);
	}
	reply_page(r, goed ? 200 : 400, "rapport/rapportage",
	    jaar != 0 ? arena_printf(r->arena, "Jaarrapportage %d", jaar) : "Jaarrapportage", ctx);
}

/* GET /rapportage/{jaar}.csv|.xlsx with the options of the page (peildatum, analyse_tot, ministeries_apart): 200;
   400 (a date that is not one); 403; 404 (another file name); 500; 503. */
void
h_rapportage_bestand(struct request *r)
{
	const char *naam = req_param(r, 0), *punt = naam != NULL ? strchr(naam, '.') : NULL;
	struct rapport s;
	struct keuze k;
	struct buf b;
	int jaar = 0, rc;
	bool xlsx;

	if (punt == NULL || !jaar_parse(naam, (size_t)(punt - naam), &jaar) ||
	    (strcmp(punt, ".csv") != 0 && strcmp(punt, ".xlsx") != 0)) {
		reply_problem(r, 404, "Niet gevonden",
		    "Deze download bestaat niet. Kies een jaar op de pagina Rapportage.");
		return;
	}
	xlsx = strcmp(punt, ".xlsx") == 0;
	if (!keuze_lezen(r, &k)) {
		reply_problem(r, 400, "Ongeldige keuze", k.fout);
		return;
	}
	if (!app_mag_alle_casussen(r, INZAGE_STATISTIEK, "rapport.lezen") || !maak(r, jaar, &k.o, &s))
		return;
	buf_init(&b, 64u * 1024 * 1024);
	if (!xlsx)
		buf_puts(&b, "\xEF\xBB\xBF");   /* a byte-order mark, so Excel reads the UTF-8 */
	rc = xlsx ? rapport_xlsx_buf(&b, &s) : rapport_csv(&b, &s);
	if (rc != 0) {
		struct err e = { .code = ERR_INTERNAL };

		snprintf(e.detail, sizeof e.detail, "rapport: %s maken mislukt", xlsx ? "xlsx" : "csv");
		buf_free(&b);
		reply_err(r, &e);
		return;
	}
	if (!audit(r, "rapport.export", naam)) {
		buf_free(&b);
		return;
	}
	reply_header(r, "Content-Disposition",
	    arena_printf(r->arena, "attachment; filename=\"jaarrapportage-pmm-%d.%s\"", jaar, xlsx ? "xlsx" : "csv"));
	reply_text(r, 200, xlsx ? XLSX_TYPE : "text/csv; charset=utf-8", buf_str(&b), b.len);
	buf_free(&b);
}
