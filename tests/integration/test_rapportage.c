/* test_rapportage.c - the Rapportage page and downloads over HTTP: access, figures equal to the CLI's, audit rows. */
#include "harness.h"

#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "client.h"
#include "app/rapport/professionaliseren.h"
#include "app/rapport/zinnen.h"
#include "core/codes.h"
#include "store/store.h"
#include "store/store_audit.h"

static struct server_proc srv;

enum wie { RIK, IDA, OLGA, AMBER, WIE__MAX };
static const struct {
	const char *email, *naam, *rol;
} accounts[WIE__MAX] = {
	{ "rik@test.example", "Rik Regie", "regievoerder" },
	{ "ida@test.example", "Ida Indiener", "indiener" },
	{ "olga@test.example", "Olga Onderzoek", "onderzoeker" },
	{ "amber@test.example", "Amber Ambassadeur", "ambassadeur" },
};
#define WACHTWOORD "wachtwoord-test"

/* Three casussen of 2024 (one still open, one without leefgebied) and one of 2023; a party with a
   script tag for a name. */
static const char casussen[] =
	"{\"referentie\":\"PMM-2024-0001\",\"ontvangenOp\":\"2024-01-02\",\"afgerondOp\":\"2024-01-20\","
	"\"indiener\":{\"naam\":\"Ida Indiener\",\"email\":\"ida@a.example\",\"organisatie\":{\"naam\":\"Gemeente Aadorp\","
	"\"type\":\"gemeente\"}},\"indienerType\":\"gemeente\",\"hulpvraag\":\"Huur en zorg lopen vast\","
	"\"leefgebieden\":[\"financien\",\"wonen\"],\"beleidsterreinen\":[\"VWS\"],"
	"\"interventies\":[{\"type\":\"expert\",\"datum\":\"2024-01-03\",\"omschrijving\":\"Meegedacht\"}],"
	"\"resultaat\":\"Opgelost\",\"leerpunten\":[{\"omschrijving\":\"Leerpunt een\",\"categorie\":\"samenwerking\","
	"\"orde\":2,\"beleggingen\":[{\"bij\":{\"naam\":\"VWS\",\"type\":\"ministerie\"},\"status\":\"opgevolgd\"},"
	"{\"bij\":{\"naam\":\"<script>x</script>\",\"type\":\"overig\"},\"status\":\"belegd\"}]}]}\n"
	"{\"referentie\":\"PMM-2024-0002\",\"ontvangenOp\":\"2024-02-01\",\"afgerondOp\":\"2024-06-30\","
	"\"indiener\":{\"naam\":\"Olle Overig\",\"email\":\"olle@b.example\",\"organisatie\":{\"naam\":\"Bewind B\","
	"\"type\":\"overig\"}},\"indienerType\":\"overig\",\"hulpvraag\":\"Wie betaalt de opvang\","
	"\"beleidsterreinen\":[\"SZW\"],\"interventies\":[{\"type\":\"netwerk\",\"datum\":\"2024-02-05\","
	"\"omschrijving\":\"Doorverwezen\"}],\"resultaat\":\"Doorverwezen\",\"leerpunten\":[{\"omschrijving\":"
	"\"Leerpunt twee\",\"categorie\":\"wet_en_regelgeving\",\"orde\":3,\"beleggingen\":[{\"bij\":\"PMM\","
	"\"status\":\"belegd\"}]}]}\n"
	"{\"referentie\":\"PMM-2023-0001\",\"ontvangenOp\":\"2023-03-01\",\"afgerondOp\":\"2023-03-10\","
	"\"indiener\":{\"naam\":\"Ida Indiener\",\"email\":\"ida@a.example\",\"organisatie\":{\"naam\":\"Gemeente Aadorp\","
	"\"type\":\"gemeente\"}},\"indienerType\":\"gemeente\",\"hulpvraag\":\"Schulden\",\"leefgebieden\":[\"financien\"],"
	"\"beleidsterreinen\":[\"VWS\"],\"interventies\":[{\"type\":\"expert\",\"datum\":\"2023-03-02\","
	"\"omschrijving\":\"Advies\"}],\"resultaat\":\"Advies gegeven\"}\n"
	"{\"referentie\":\"PMM-2024-0003\",\"ontvangenOp\":\"2024-11-01\",\"indiener\":{\"naam\":\"Ida Indiener\","
	"\"email\":\"ida@a.example\",\"organisatie\":{\"naam\":\"Gemeente Aadorp\",\"type\":\"gemeente\"}},"
	"\"indienerType\":\"gemeente\",\"hulpvraag\":\"Nog open\",\"leefgebieden\":[\"zorg\"]}\n";

static int
setup(void **state)
{
	(void)state;
	if (server_start(&srv, NULL) != 0)
		return -1;
	for (int w = 0; w < WIE__MAX; w++)
		if (server_add_user(&srv, accounts[w].email, accounts[w].naam, accounts[w].rol, WACHTWOORD) != 0)
			return -1;
	if (server_cli(&srv, casussen, NULL, (const char *[]){ "import", "-", NULL }) != 0)
		return -1;
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	return server_stop(&srv) == 0 ? 0 : -1;
}

static long
audit_count(const char *actie)
{
	return server_audit_count(&srv, actie, AUDIT_TOEGESTAAN);
}

/* GET path as w (signed in on a fresh client; w < 0: anonymous); the response must be freed. */
static void
get_as(int w, const char *path, struct resp *r)
{
	struct client c;

	if (w >= 0)
		client_login_ok(&c, &srv, accounts[w].email, WACHTWOORD);
	else
		client_init(&c, &srv);
	client_get(&c, path, r);
	client_free(&c);
}

static void
bevat(const struct resp *r, const char *naald)
{
	if (!resp_contains(r, naald))
		fail_msg("expected in the response: %s", naald);
}

static void
test_regievoerder_ziet_rapport(void **state)
{
	long voor = audit_count("rapport.lezen");
	struct resp r;

	(void)state;
	get_as(RIK, "/rapportage?jaar=2024", &r);
	assert_int_equal(r.status, 200);
	assert_string_equal(resp_header(&r, "Content-Type"), "text/html; charset=utf-8");
	bevat(&r, "<h1 class=\"nl-heading nl-heading--level-1\">Jaarrapportage 2024</h1>");
	bevat(&r, "In 2024 zijn 3 casussen ingediend en 2 casussen afgerond (2023: 1 ingediend, 1 afgerond).");
	bevat(&r, "50% (1 van de 2) binnen vier weken afgerond, tegen 100% in 2023.");
	bevat(&r, "Leerpunten en hun opvolging");
	bevat(&r, "role=\"img\"");
	/* escaped, and nothing inline the CSP would block */
	bevat(&r, "&lt;script&gt;x&lt;/script&gt;");
	assert_false(resp_contains(&r, "<script"));
	assert_false(resp_contains(&r, "style="));
	assert_false(resp_contains(&r, "<style"));
	/* the casus without leefgebied is named, with a link for a regievoerder */
	bevat(&r, "<a class=\"nl-link\" href=\"/casussen/PMM-2024-0002\">PMM-2024-0002</a>");
	bevat(&r, "href=\"/rapportage/2024.csv\"");
	bevat(&r, "href=\"/rapportage/2024.xlsx\"");
	bevat(&r, "<option value=\"2024\" selected>2024</option>");
	bevat(&r, "<option value=\"2023\">2023</option>");
	resp_free(&r);
	assert_int_equal(audit_count("rapport.lezen"), voor + 1);
}

static void
test_standaard_jaar_en_leeg_jaar(void **state)
{
	struct resp r;

	(void)state;
	/* without a choice: the newest finished year with data */
	get_as(OLGA, "/rapportage", &r);
	assert_int_equal(r.status, 200);
	bevat(&r, "Jaarrapportage 2024</h1>");
	/* an onderzoeker sees referenties, not links to casussen */
	bevat(&r, "PMM-2024-0002");
	assert_false(resp_contains(&r, "href=\"/casussen/"));
	resp_free(&r);

	get_as(OLGA, "/rapportage?jaar=2019", &r);
	assert_int_equal(r.status, 200);
	bevat(&r, "In 2019 zijn er geen casussen ingediend of afgerond.");
	bevat(&r, "<option value=\"2019\" selected>2019</option>");
	resp_free(&r);

	get_as(RIK, "/rapportage?jaar=twintig", &r);
	assert_int_equal(r.status, 400);
	resp_free(&r);
	get_as(RIK, "/rapportage?jaar=1999", &r);
	assert_int_equal(r.status, 400);
	resp_free(&r);
}

static json_t *pad(json_t *o, const char *p);

/* The peildatum, the analysed subset's cut-off and A&M/VRO apart from the form: a day that is not one is a Dutch 400
   without figures; a good choice is shown again and carried by the CSV and XLSX links, and the CSV uses it. */
static void
test_keuzes_peildatum(void **state)
{
	struct resp r;

	(void)state;
	get_as(RIK, "/rapportage?jaar=2024&peildatum=2025-02-30", &r);
	assert_int_equal(r.status, 400);
	bevat(&r, "Vul de peildatum in als JJJJ-MM-DD");
	bevat(&r, "aria-invalid=\"true\"");
	assert_false(resp_contains(&r, "Leerpunten en hun opvolging"));
	resp_free(&r);
	get_as(RIK, "/rapportage?jaar=2024&analyse_tot=31-01-2025", &r);
	assert_int_equal(r.status, 400);
	bevat(&r, "besproken tot en met");
	bevat(&r, "value=\"31-01-2025\"");
	resp_free(&r);
	get_as(RIK, "/rapportage?jaar=2024&ministeries_apart=misschien", &r);
	assert_int_equal(r.status, 400);
	resp_free(&r);

	get_as(OLGA, "/rapportage?jaar=2024&peildatum=2024-12-31&analyse_tot=2025-01-15&ministeries_apart=ja", &r);
	assert_int_equal(r.status, 200);
	bevat(&r, "href=\"/rapportage/2024.csv?peildatum=2024-12-31&amp;analyse_tot=2025-01-15&amp;ministeries_apart=ja\"");
	bevat(&r, "href=\"/rapportage/2024.xlsx?peildatum=2024-12-31&amp;analyse_tot=2025-01-15&amp;ministeries_apart=ja\"");
	bevat(&r, "value=\"2024-12-31\"");
	bevat(&r, "value=\"ja\" checked");
	bevat(&r, "Leerpunten en hun opvolging");
	resp_free(&r);

	get_as(RIK, "/rapportage/2024.csv?peildatum=2024-12-31", &r);
	assert_int_equal(r.status, 200);
	bevat(&r, "2024-12-31");
	resp_free(&r);
	get_as(RIK, "/rapportage/2024.csv", &r);
	assert_int_equal(r.status, 200);
	assert_false(resp_contains(&r, "2024-12-31"));
	resp_free(&r);
	{   /* the network on 31 December: the reference data connect six ministries by then (BuZa had a contact person
	       only), the same in the CSV and in the JSON of `doorbraak report` */
		struct buf cli;
		json_t *j;

		get_as(RIK, "/rapportage/2024.csv", &r);
		bevat(&r, "\r\nNetwerk,Aangesloten op 31 december 2024,Nieuw aangesloten in 2024\r\nMinisteries,6,");
		resp_free(&r);
		buf_init(&cli, 0);
		assert_int_equal(server_cli(&srv, NULL, &cli, (const char *[]){ "report", "--jaar", "2024", NULL }), 0);
		j = json_loads(buf_str(&cli), 0, NULL);
		assert_non_null(j);
		assert_int_equal(json_integer_value(pad(j, "netwerk.aangesloten.ministeries")), 6);
		assert_string_equal(json_string_value(pad(j, "netwerk.peildatum")), "2024-12-31");
		json_decref(j);
		buf_free(&cli);
	}
	get_as(RIK, "/rapportage/2024.xlsx?peildatum=2024-12-32", &r);
	assert_int_equal(r.status, 400);
	bevat(&r, "JJJJ-MM-DD");
	resp_free(&r);
}

static void
test_geen_toegang(void **state)
{
	static const char *const paden[] = { "/rapportage?jaar=2024", "/rapportage/2024.csv", "/rapportage/2024.xlsx" };
	long voor = audit_count("rapport.export");
	struct resp r;

	(void)state;
	for (size_t i = 0; i < sizeof paden / sizeof paden[0]; i++) {
		get_as(IDA, paden[i], &r);
		assert_int_equal(r.status, 403);
		assert_false(resp_contains(&r, "Ingediend"));
		resp_free(&r);
		get_as(AMBER, paden[i], &r);
		assert_int_equal(r.status, 403);
		resp_free(&r);
		get_as(-1, paden[i], &r);
		assert_true(r.status == 303 || r.status == 401);
		resp_free(&r);
	}
	assert_int_equal(audit_count("rapport.export"), voor);
}

/* The value at "a.b[0].c" in o. */
static json_t *
pad(json_t *o, const char *p)
{
	char naam[64];

	while (o != NULL && *p != '\0') {
		size_t n = strcspn(p, ".[");

		if (n > 0) {
			snprintf(naam, sizeof naam, "%.*s", (int)n, p);
			o = json_object_get(o, naam);
			p += n;
		} else {
			char *eind;

			o = json_array_get(o, strtoul(p + 1, &eind, 10));
			p = eind + 1;
		}
		if (*p == '.')
			p++;
	}
	return o;
}

/* Splits one CSV line in place into at most max fields ("" quoting undone). Returns the count. */
static int
velden(char *regel, char **veld, int max)
{
	int n = 0;
	char *w = regel, *r = regel;

	while (n < max) {
		bool quoted = *r == '"';

		veld[n++] = w;
		if (quoted)
			r++;
		while (*r != '\0' && (quoted || *r != ',')) {
			if (quoted && *r == '"') {
				if (r[1] != '"') {
					quoted = false;
					r++;
					continue;
				}
				r++;
			}
			*w++ = *r++;
		}
		if (*r == ',')
			r++;
		else {
			*w = '\0';
			break;
		}
		*w++ = '\0';
	}
	return n;
}

/* A figure row of the CSV (its table and Dutch label) with the member of `doorbraak report`'s JSON it shows. */
struct figuur_pad {
	const char *tabel;
	char label[160], pad[96];
};

static size_t
voeg(struct figuur_pad *f, size_t n, const char *tabel, const char *label, const char *pad)
{
	f[n].tabel = tabel;
	snprintf(f[n].label, sizeof f[n].label, "%s", label);
	snprintf(f[n].pad, sizeof f[n].pad, "%s", pad);
	return n + 1;
}

/* One row per code of l: "<label><achter>" shows "<lid>.<code>". */
static size_t
voeg_codes(struct figuur_pad *f, size_t n, const char *tabel, const struct codelist *l, const char *achter,
    const char *lid)
{
	for (int i = 0; i < l->n; i++) {
		char label[160], pad[96];

		snprintf(label, sizeof label, "%s%s", l->labels[i], achter);
		snprintf(pad, sizeof pad, "%s.%s", lid, l->codes[i]);
		n = voeg(f, n, tabel, label, pad);
	}
	return n;
}

/* The rows of chapters 3 and 4 (knelpunten, maatwerk) with their member of the JSON (issue 11). */
static size_t
sl_paden(struct figuur_pad *f, size_t n)
{
	struct arena *a = arena_new();
	char label[160], pad_[96];
	static const struct { const struct codelist *l; const char *voor, *lid; bool klein; } mw[] = {
		{ &codes_maatwerk_vorm, "Vorm: ", "maatwerk.vorm", true },
		{ &codes_organisatie_type, "Toegepast door: ", "maatwerk.door", true },
		{ &codes_wet_regeling, "Op grond van: ", "maatwerk.wet", false },
		{ &codes_maatwerk, "Samenvatting: ", "maatwerk.samenvatting", true },
		{ &codes_followup, "Uitkomst: ", "maatwerk.followup", true },
		{ &codes_followup, "Uitkomst bij maatwerk: ", "maatwerk.followupMetMaatwerk", true },
	};

	n = voeg(f, n, "Knelpunten", "Casussen", "knelpunten.casussen");
	n = voeg(f, n, "Knelpunten", "Casussen met een knelpunt", "knelpunten.metKnelpunt");
	for (int c = 0; c < CATEGORIE__MAX; c++) {
		snprintf(label, sizeof label, "Casussen met knelpunt: %s", codes_categorie.labels[c]);
		snprintf(pad_, sizeof pad_, "knelpunten.categorie.%s", codes_categorie.codes[c]);
		n = voeg(f, n, "Knelpunten", label, pad_);
	}
	for (int c = 0; c < CATEGORIE__MAX; c++) {
		snprintf(label, sizeof label, "Knelpunten: %s", codes_categorie.labels[c]);
		snprintf(pad_, sizeof pad_, "knelpunten.knelpunten.%s", codes_categorie.codes[c]);
		n = voeg(f, n, "Knelpunten", label, pad_);
	}
	for (int c = 0; c < CATEGORIE__MAX; c++) {
		for (int k = 0; k < codes_knelpunt_soort.n; k++) {
			if (knelpunt_soort_categorie[k] != (enum categorie)c)
				continue;
			snprintf(label, sizeof label, "%s: %s", codes_categorie.labels[c],
			    rapport_klein(a, codes_knelpunt_soort.labels[k]));
			snprintf(pad_, sizeof pad_, "knelpunten.soorten.%s.%s", codes_categorie.codes[c],
			    codes_knelpunt_soort.codes[k]);
			n = voeg(f, n, "Knelpunten", label, pad_);
		}
		snprintf(label, sizeof label, "%s: soort niet vastgelegd", codes_categorie.labels[c]);
		snprintf(pad_, sizeof pad_, "knelpunten.soorten.%s.niet_vastgelegd", codes_categorie.codes[c]);
		n = voeg(f, n, "Knelpunten", label, pad_);
	}
	n = voeg(f, n, "Knelpunten", "Buitenlandse component", "knelpunten.buitenlandseComponent");
	for (int c = 0; c < CATEGORIE__MAX; c++) {
		snprintf(label, sizeof label, "Buitenlandse component en knelpunt: %s",
		    rapport_klein(a, codes_categorie.labels[c]));
		snprintf(pad_, sizeof pad_, "knelpunten.buitenlandseComponentPerCategorie.%s", codes_categorie.codes[c]);
		n = voeg(f, n, "Knelpunten", label, pad_);
	}
	n = voeg(f, n, "Maatwerk", "Afgeronde casussen", "maatwerk.casussen");
	n = voeg(f, n, "Maatwerk", "Casussen met maatwerk (in strikte zin)", "maatwerk.metMaatwerk");
	n = voeg(f, n, "Maatwerk", "Casussen met meer dan één toepassing", "maatwerk.meerdereToepassingen");
	n = voeg(f, n, "Maatwerk", "Toepassingen van maatwerk", "maatwerk.toepassingen");
	for (size_t m = 0; m < sizeof mw / sizeof mw[0]; m++) {
		for (int i = 0; i < mw[m].l->n; i++) {
			snprintf(label, sizeof label, "%s%s", mw[m].voor, mw[m].klein ? rapport_klein(a, mw[m].l->labels[i]) :
			    mw[m].l->labels[i]);
			snprintf(pad_, sizeof pad_, "%s.%s", mw[m].lid, mw[m].l->codes[i]);
			n = voeg(f, n, "Maatwerk", label, pad_);
		}
		if (m == 1)
			n = voeg(f, n, "Maatwerk", "Toegepast door: niet vastgelegd", "maatwerk.doorOnbekend");
		if (m == 2)
			n = voeg(f, n, "Maatwerk", "Op grond van: niet vastgelegd", "maatwerk.wetOnbekend");
		if (m == 3)
			n = voeg(f, n, "Maatwerk", "Samenvatting: niet vastgelegd", "maatwerk.samenvattingLeeg");
		if (m == 4)
			n = voeg(f, n, "Maatwerk", "Uitkomst: nog niet nagevraagd", "maatwerk.followupOpen");
		if (m == 5)
			n = voeg(f, n, "Maatwerk", "Uitkomst bij maatwerk: nog niet nagevraagd", "maatwerk.followupMetMaatwerkOpen");
	}
	arena_free(a);
	return n;
}

/* Every figure row the CSV must have, written out from the JSON of issue 4. */
static size_t
figuur_paden(struct figuur_pad *f)
{
	static const char *const looptijd[] = { "t/m 4 weken", "5 t/m 8 weken", "9 t/m 12 weken", "13 t/m 16 weken",
		"17 t/m 20 weken", "meer dan 20 weken" };
	static const char *const aantal[][2] = { { "Geen leefgebied", "0" }, { "Eén leefgebied", "1" },
		{ "Twee leefgebieden", "2" }, { "Drie of meer leefgebieden", "3+" } };
	static const char *const partij[][2] = { { "ministeries", "ministerie" }, { "gemeenten", "gemeente" },
		{ "landelijke publieke dienstverleners", "landelijke_publieke_dienstverlener" }, { "PMM zelf", "pmm" },
		{ "overige partijen", "overig" } };
	static const char *const orde[] = { "Eerste orde (binnen bestaande kaders, casusniveau)",
		"Tweede orde (kaders aanpassen, organisatieniveau)", "Derde orde (het stelsel zelf, wetten)" };
	char label[160], pad[96];
	size_t n = 0;

	n = voeg(f, n, "Overzicht", "Ingediend", "ingediend");
	n = voeg(f, n, "Overzicht", "Afgerond", "afgerond");
	n = voeg_codes(f, n, "Maatwerkregister", &codes_register_poging, "", "registerGeprobeerd");
	n = voeg(f, n, "Maatwerkregister", "Niet ingevuld", "registerGeprobeerd.onbekend");
	for (int i = 0; i < 6; i++) {
		snprintf(pad, sizeof pad, "looptijd.verdeling[%d].aantal", i);
		n = voeg(f, n, "Looptijd", looptijd[i], pad);
	}
	n = voeg(f, n, "Looptijd", "Binnen 4 weken", "looptijd.binnen4Weken");
	n = voeg(f, n, "Looptijd", "Binnen 8 weken", "looptijd.binnen8Weken");
	n = voeg(f, n, "Looptijd", "Langer dan 20 weken", "looptijd.langerDan20Weken");
	n = voeg(f, n, "Looptijd", "Mediaan (dagen)", "looptijd.mediaanDagen");
	n = voeg_codes(f, n, "Indieners", &codes_indiener_type, "", "indieners");
	n = voeg(f, n, "Indieners", "Gemeente, aangesloten bij PMM", "indienersGemeenteAangesloten");
	n = voeg_codes(f, n, "Leefgebieden", &codes_leefgebied, "", "leefgebieden");
	for (int i = 0; i < 4; i++) {
		snprintf(pad, sizeof pad, "aantalLeefgebieden.%s", aantal[i][1]);
		n = voeg(f, n, "Leefgebieden", aantal[i][0], pad);
	}
	n = voeg_codes(f, n, "Beleidsterreinen", &codes_beleidsterrein, "", "beleidsterreinen");
	n = voeg_codes(f, n, "Beleidsterreinen", &codes_beleidsterrein, ", uitsluitend", "beleidsterreinenUitsluitend");
	n = voeg_codes(f, n, "Organisaties", &codes_organisatie_type, "", "betrokkenOrganisaties");
	n = voeg_codes(f, n, "Interventies", &codes_interventie_type, "", "interventies");
	n = voeg(f, n, "Interventies", "Escalatie (interventie of LET)", "escalatiesLet");
	n = voeg(f, n, "Leerpunten", "Casussen met leerpunten", "leerpunten.casussenMetLeerpunten");
	n = voeg(f, n, "Leerpunten", "Leerpunten", "leerpunten.totaal");
	n = voeg(f, n, "Leerpunten", "Niet belegd", "leerpunten.nietBelegd");
	for (int i = 0; i < 5; i++) {
		snprintf(label, sizeof label, "Beleggingen: %s", partij[i][0]);
		snprintf(pad, sizeof pad, "leerpunten.beleggingen.%s", partij[i][1]);
		n = voeg(f, n, "Leerpunten", label, pad);
	}
	for (int i = 0; i < BELEIDSTERREIN__MAX; i++) {
		snprintf(label, sizeof label, "Beleggingen: %s", ministerie_naam[i]);
		snprintf(pad, sizeof pad, "leerpunten.perMinisterie.%s", codes_beleidsterrein.codes[i]);
		n = voeg(f, n, "Leerpunten", label, pad);
	}
	n = voeg_codes(f, n, "Leerpunten", &codes_categorie, " (categorie)", "leerpunten.categorie");
	for (int i = 0; i < 3; i++) {
		snprintf(pad, sizeof pad, "leerpunten.orde.%d", i + 1);
		n = voeg(f, n, "Leerpunten", orde[i], pad);
	}
	n = voeg_codes(f, n, "Leerpunten", &codes_opvolging_status, " (status)", "leerpunten.status");
	for (int i = 0; i < RAPPORT_PROF_RIJEN; i++) {
		snprintf(pad, sizeof pad, "professionaliseren.%s", rapport_prof_pad[i]);
		n = voeg(f, n, "Professionaliseren", rapport_prof_label[i], pad);
	}
	return sl_paden(f, n);
}

static void
test_csv_gelijk_aan_cli(void **state)
{
	long voor = audit_count("rapport.export");
	struct figuur_pad paden[400];
	bool gezien[400] = { false };
	size_t npaden = figuur_paden(paden);
	struct buf cli;
	json_t *fig, *vorig;
	struct resp r;
	char *csv, *regel, *save = NULL, tabel[64] = "";
	int gecontroleerd = 0;

	(void)state;
	assert_true(npaden <= 400);
	get_as(OLGA, "/rapportage/2024.csv", &r);
	assert_int_equal(r.status, 200);
	assert_string_equal(resp_header(&r, "Content-Type"), "text/csv; charset=utf-8");
	assert_non_null(strstr(resp_header(&r, "Content-Disposition"),
	    "attachment; filename=\"jaarrapportage-pmm-2024.csv\""));
	assert_int_equal(memcmp(r.body.data, "\xEF\xBB\xBF" "Overzicht,2024,2023\r\n", 24), 0);
	bevat(&r, "\r\nIngediend,3,1\r\n");
	bevat(&r, "\r\nGeen leefgebied vastgelegd,PMM-2024-0002\r\n");
	assert_int_equal(audit_count("rapport.export"), voor + 1);

	/* every figure row (label,2024,2023) equals what `doorbraak report` prints */
	buf_init(&cli, 0);
	assert_int_equal(server_cli(&srv, NULL, &cli, (const char *[]){ "report", "--jaar", "2024", "--format", "json",
	    NULL }), 0);
	fig = json_loads(buf_str(&cli), 0, NULL);
	assert_non_null(fig);
	buf_reset(&cli);
	assert_int_equal(server_cli(&srv, NULL, &cli, (const char *[]){ "report", "--jaar", "2023", "--format", "json",
	    NULL }), 0);
	vorig = json_loads(buf_str(&cli), 0, NULL);
	assert_non_null(vorig);
	csv = strndup(r.body.data + 3, r.body.len - 3);
	for (regel = strtok_r(csv, "\r\n", &save); regel != NULL; regel = strtok_r(NULL, "\r\n", &save)) {
		char *veld[16], *eind;
		int n = velden(regel, veld, 16);
		double nu;
		json_t *v;
		size_t k;

		if (n >= 2 && (strcmp(veld[1], "2024") == 0 || (strtod(veld[1], &eind), *eind != '\0' || eind == veld[1]))) {
			/* a header (or a row of a table of texts): the tables of the figures are those with a year in the
			   second column (not Complexiteit); in them every row has a number there */
			snprintf(tabel, sizeof tabel, "%s", strcmp(veld[1], "2024") == 0 &&
			    strcmp(veld[0], "Complexiteit") != 0 ? veld[0] : "");
			continue;
		}
		if (tabel[0] == '\0')
			continue;
		assert_int_equal(n, 3);
		for (k = 0; k < npaden; k++)
			if (strcmp(paden[k].tabel, tabel) == 0 && strcmp(paden[k].label, veld[0]) == 0)
				break;
		if (k == npaden)
			fail_msg("%s: %s is not a figure of `doorbraak report`", tabel, veld[0]);
		if (gezien[k])
			fail_msg("%s: %s twice", tabel, veld[0]);
		gezien[k] = true;
		nu = strtod(veld[1], &eind);
		assert_true(*eind == '\0');
		v = pad(fig, paden[k].pad);
		if (!json_is_number(v))
			fail_msg("%s: not in the JSON of `doorbraak report`", paden[k].pad);
		if (json_number_value(v) != nu)
			fail_msg("%s: %g on the web, %g from the CLI", paden[k].pad, nu, json_number_value(v));
		v = pad(vorig, paden[k].pad);
		if (!json_is_number(v) || json_number_value(v) != strtod(veld[2], NULL))
			fail_msg("%s: %s for 2023 on the web, not what the CLI says", paden[k].pad, veld[2]);
		gecontroleerd++;
	}
	/* and none is missing */
	for (size_t k = 0; k < npaden; k++)
		if (!gezien[k])
			fail_msg("%s: %s missing from the CSV", paden[k].tabel, paden[k].label);
	assert_int_equal(gecontroleerd, (int)npaden);
	assert_true(gecontroleerd >= 80);
	free(csv);
	json_decref(fig);
	json_decref(vorig);
	buf_free(&cli);
	resp_free(&r);
}

static void
test_xlsx_en_onbekende_bestanden(void **state)
{
	static const char *const onbekend[] = { "/rapportage/2024.pdf", "/rapportage/24.csv", "/rapportage/2024",
		"/rapportage/2024.csv.xlsx", "/rapportage/abcd.xlsx" };
	long voor = audit_count("rapport.export");
	struct resp r;

	(void)state;
	get_as(RIK, "/rapportage/2024.xlsx", &r);
	assert_int_equal(r.status, 200);
	assert_string_equal(resp_header(&r, "Content-Type"),
	    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	assert_true(r.body.len > 1000);
	assert_int_equal(memcmp(r.body.data, "PK", 2), 0);
	resp_free(&r);
	assert_int_equal(audit_count("rapport.export"), voor + 1);

	for (size_t i = 0; i < sizeof onbekend / sizeof onbekend[0]; i++) {
		get_as(RIK, onbekend[i], &r);
		if (r.status != 404)
			fail_msg("%s: %ld, expected 404", onbekend[i], r.status);
		resp_free(&r);
	}
	assert_int_equal(audit_count("rapport.export"), voor + 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_regievoerder_ziet_rapport),
		cmocka_unit_test(test_standaard_jaar_en_leeg_jaar),
		cmocka_unit_test(test_geen_toegang),
		cmocka_unit_test(test_keuzes_peildatum),
		cmocka_unit_test(test_csv_gelijk_aan_cli),
		cmocka_unit_test(test_xlsx_en_onbekende_bestanden),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
