/* test_interchange.c - the JSON Lines interchange format: round trips, defaults, and every kind of refusal. */
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/interchange/interchange.h"
#include "lib/date.h"

/* A rich casus written exactly as interchange_write() emits it: every member, canonical order. */
static const char rijk[] =
    "{\"referentie\":\"PMM-2024-0042\",\"status\":\"afgerond\",\"ontvangenOp\":\"2024-01-15\","
    "\"afgerondOp\":\"2024-02-29\","
    "\"indiener\":{\"naam\":\"Ans de Vries\",\"email\":\"ans@utrecht.example\",\"organisatie\":{\"naam\":"
    "\"Gemeente Utrecht\",\"type\":\"gemeente\",\"aangeslotenSinds\":\"2020-05-01\",\"aangeslotenTot\":"
    "\"2030-12-31\"}},"
    "\"indienerType\":\"gemeente\","
    "\"regievoerder\":{\"naam\":\"Rik Jansen\",\"email\":\"rik@pmm.example\"},"
    "\"hulpvraag\":\"Wie betaalt de beschermde woonplek?\","
    "\"situatie\":\"Man (42) onder reclasseringstoezicht, één passende woonplek – financiën \\\"vast\\\".\","
    "\"leefgebieden\":[\"financien\",\"wonen\",\"justitie\"],"
    "\"beleidsterreinen\":[\"VWS\",\"JenV\",\"VRO\"],"
    "\"betrokkenOrganisaties\":[{\"naam\":\"Reclassering\",\"type\":\"overig\",\"rol\":\"toezicht\"},"
    "{\"naam\":\"Ministerie van Justitie en Veiligheid\",\"type\":\"ministerie\",\"code\":\"JenV\"},"
    "{\"naam\":\"Forensisch Plaatsingsloket\",\"type\":\"loket\"}],"
    "\"knelpunten\":[{\"categorie\":\"wet_en_regelgeving\",\"omschrijving\":\"Aanbieder niet gecontracteerd "
    "voor forensische zorg.\"},{\"categorie\":\"samenwerking\",\"omschrijving\":\"Niemand voelt zich "
    "verantwoordelijk.\"}],"
    "\"interventies\":[{\"type\":\"expert\",\"datum\":\"2024-01-16\",\"omschrijving\":\"Doorgevraagd.\"},"
    "{\"type\":\"netwerk\",\"datum\":\"2024-01-20\"},{\"type\":\"gezag\"}],"
    "\"maatwerk\":\"maatwerkbudget\","
    "\"resultaat\":\"Gemeente financiert, JenV compenseert.\","
    "\"leerpunten\":[{\"omschrijving\":\"Financiering forensische zorg sluit niet aan.\",\"categorie\":"
    "\"wet_en_regelgeving\",\"orde\":3,\"vraag\":false,\"alBekend\":true,\"terugkerend\":true,\"themas\":"
    "[\"forensische zorg\",\"financiering\"],\"beleggingen\":[{\"bij\":{\"naam\":\"VWS\",\"type\":"
    "\"ministerie\",\"code\":\"VWS\"},\"status\":\"in_verkenning\",\"id\":7},{\"bij\":\"PMM\",\"status\":"
    "\"geen_opvolging\",\"reden\":\"stelselvraagstuk\"}],\"id\":12},"
    "{\"omschrijving\":\"Had de gemeente dit zelf kunnen oplossen?\",\"categorie\":\"kennis_en_kunde\","
    "\"orde\":1,\"vraag\":true,\"alBekend\":false,\"terugkerend\":false,\"themas\":[],\"beleggingen\":[]}],"
    "\"geprobeerd\":\"Eigen zorgloket en regio.\","
    "\"urgentie\":\"zeer_hoog\","
    "\"procesregie\":{\"houder\":\"Loket\",\"terugkoppeling\":\"Indiener meldt binnen 2 weken.\","
    "\"dossierhouder\":\"Gemeente Utrecht\"},"
    "\"letEscalatie\":true,\"buitenlandseComponent\":false,"
    "\"followUpOp\":\"2024-05-29\",\"followUpAntwoord\":\"deels_opgelost\","
    "\"followUpToelichting\":\"Woonplek gevonden, schulden lopen nog.\",\"id\":99}";

static const char minimaal[] = "{\"ontvangenOp\":\"2024-01-15\",\"hulpvraag\":\"Help\"}";
static const char minimaal_uit[] =
    "{\"status\":\"aangemeld\",\"ontvangenOp\":\"2024-01-15\",\"hulpvraag\":\"Help\",\"leefgebieden\":[],"
    "\"beleidsterreinen\":[],\"betrokkenOrganisaties\":[],\"knelpunten\":[],\"interventies\":[],"
    "\"leerpunten\":[],\"urgentie\":\"normaal\",\"letEscalatie\":false,\"buitenlandseComponent\":false}";

static int
setup(void **state)
{
	*state = arena_new();
	return 0;
}

static int
teardown(void **state)
{
	arena_free(*state);
	return 0;
}

static const char *
roundtrip(struct arena *a, const char *line, size_t len)
{
	struct casus c;
	struct err e;
	const char *out;

	if (interchange_parse(a, line, len, &c, &e) != ERR_OK)
		fail_msg("parse failed: field '%s': %s (%s)", e.field, e.msg, e.detail);
	out = interchange_format(a, &c);
	assert_non_null(out);
	return out;
}

/* Parses line, expects ERR_VALIDATION naming field, returns the message. */
static void
refuse_n(struct arena *a, const char *line, size_t len, const char *field)
{
	struct casus c;
	struct err e;

	if (interchange_parse(a, line, len, &c, &e) != ERR_VALIDATION)
		fail_msg("accepted: %s", line);
	if (strcmp(e.field, field) != 0)
		fail_msg("line %s: field '%s' (want '%s'): %s", line, e.field, field, e.msg);
	assert_true(strlen(e.msg) > 0);
}

static void
refuse(struct arena *a, const char *line, const char *field)
{
	refuse_n(a, line, strlen(line), field);
}

static void
test_pmm_as_organisation(void **state)
{
	static const char *const lines[] = {
		"{\"ontvangenOp\":\"2024-01-15\",\"hulpvraag\":\"h\",\"leerpunten\":[{\"omschrijving\":\"o\","
		"\"categorie\":\"ict\",\"orde\":1,\"beleggingen\":[{\"bij\":{\"naam\":\"pmm\",\"type\":\"overig\"},"
		"\"status\":\"belegd\"},{\"bij\":{\"naam\":\"Gemeente X\",\"type\":\"gemeente\"},\"status\":\"belegd\"}]}]}",
	};
	struct arena *a = arena_new();
	struct casus c;
	struct err e;
	(void)state;

	assert_int_equal(interchange_parse(a, lines[0], strlen(lines[0]), &c, &e), ERR_OK);
	assert_int_equal(c.nleerpunten, 1);
	assert_true(c.leerpunten[0].beleggingen[0].bij_pmm);    /* PMM written as an organisation */
	assert_false(c.leerpunten[0].beleggingen[1].bij_pmm);
	assert_string_equal(c.leerpunten[0].beleggingen[1].bij.naam, "Gemeente X");
	arena_free(a);
}

/* ---- round trips ---- */

static void
test_rich_is_canonical(void **state)
{
	const char *out = roundtrip(*state, rijk, strlen(rijk));

	assert_string_equal(out, rijk);
	assert_string_equal(roundtrip(*state, out, strlen(out)), rijk);
}

static void
test_rich_fields(void **state)
{
	struct casus c;
	struct err e;

	assert_int_equal(interchange_parse(*state, rijk, strlen(rijk), &c, &e), ERR_OK);
	assert_int_equal(c.status, STATUS_AFGEROND);
	assert_int_equal(c.afgerond_op - c.ontvangen_op, 45);
	assert_int_equal(c.indiener_type, INDIENER_GEMEENTE);
	assert_string_equal(c.indiener.organisatie.naam, "Gemeente Utrecht");
	assert_int_equal(c.leefgebieden, (1u << LEEFGEBIED_FINANCIEN) | (1u << LEEFGEBIED_WONEN) |
	    (1u << LEEFGEBIED_JUSTITIE));
	assert_int_equal(c.norganisaties, 3);
	assert_string_equal(c.organisaties[1].organisatie.code, "JenV");
	assert_null(c.organisaties[1].rol);
	assert_int_equal(c.ninterventies, 3);
	assert_int_equal(c.interventies[2].datum, DATE_NONE);
	assert_int_equal(c.nleerpunten, 2);
	assert_int_equal(c.leerpunten[0].id, 12);
	assert_int_equal(c.leerpunten[0].nthemas, 2);
	assert_false(c.leerpunten[0].beleggingen[0].bij_pmm);
	assert_int_equal(c.leerpunten[0].beleggingen[0].bij.type, ORGTYPE_MINISTERIE);
	assert_true(c.leerpunten[0].beleggingen[1].bij_pmm);
	assert_int_equal(c.leerpunten[0].beleggingen[1].reden, REDEN_STELSELVRAAGSTUK);
	assert_int_equal(c.leerpunten[0].beleggingen[0].reden, -1);
	assert_true(c.leerpunten[1].vraag);
	assert_int_equal(c.urgentie, URGENTIE_ZEER_HOOG);
	assert_true(c.let_escalatie);
	assert_int_equal(c.followup_antwoord, FOLLOWUP_DEELS_OPGELOST);
	assert_int_equal(c.id, 99);
	assert_non_null(strstr(c.situatie, "één"));
}

static void
test_minimal(void **state)
{
	const char *out = roundtrip(*state, minimaal, strlen(minimaal));

	assert_string_equal(out, minimaal_uit);
	assert_string_equal(roundtrip(*state, out, strlen(out)), minimaal_uit);
}

/* Free spelling in, canonical out; the canonical form is then stable. */
static void
test_loose_input_is_normalised(void **state)
{
	static const char los[] =
	    "  {\"hulpvraag\":\"Help\",\"ontvangenOp\":\"2024-01-15\",\"afgerondOp\":null,\"regievoerder\":null,"
	    "\"beleidsterreinen\":[\"vro\",\"jenv\",\"VWS\",\"vws\"],\"leefgebieden\":[\"zorg\",\"financien\"],"
	    "\"leerpunten\":[{\"orde\":2,\"categorie\":\"ict\",\"omschrijving\":\"x\",\"beleggingen\":["
	    "{\"bij\":\"pmm\"},{\"bij\":{\"type\":\"ministerie\",\"naam\":\"ministerie van financiën\"}},"
	    "{\"bij\":{\"naam\":\"Ministerie van BZK\",\"type\":\"ministerie\"}},"
	    "{\"bij\":{\"naam\":\"Landelijk overleg\",\"type\":\"ministerie\",\"code\":\"a&m\"}}]}],"
	    "\"complexiteit\":4,\"looptijd\":12,\"_links\":{\"self\":{\"href\":\"/x\"}}}\n";
	const char *out = roundtrip(*state, los, strlen(los));

	assert_non_null(strstr(out, "\"beleidsterreinen\":[\"VWS\",\"JenV\",\"VRO\"]"));
	assert_non_null(strstr(out, "\"leefgebieden\":[\"financien\",\"zorg\"]"));
	assert_non_null(strstr(out, "{\"bij\":\"PMM\",\"status\":\"belegd\"}"));
	assert_non_null(strstr(out, "\"naam\":\"ministerie van financiën\",\"type\":\"ministerie\",\"code\":\"FIN\""));
	assert_non_null(strstr(out, "\"code\":\"BZK\""));
	assert_null(strstr(out, "complexiteit"));
	assert_null(strstr(out, "afgerondOp"));
	assert_string_equal(roundtrip(*state, out, strlen(out)), out);
}

static void
test_status_derived(void **state)
{
	static const char rv[] =
	    "{\"ontvangenOp\":\"2024-01-15\",\"hulpvraag\":\"h\",\"regievoerder\":{\"naam\":\"Rik\"}}";
	static const char af[] =
	    "{\"ontvangenOp\":\"2024-01-15\",\"afgerondOp\":\"2024-01-20\",\"hulpvraag\":\"h\",\"resultaat\":\"r\"}";
	static const char expl[] =
	    "{\"status\":\"in_behandeling\",\"ontvangenOp\":\"2024-01-15\",\"hulpvraag\":\"h\"}";
	static const char concept[] = "{\"status\":\"concept\"}";
	struct casus c;
	struct err e;

	assert_int_equal(interchange_parse(*state, minimaal, strlen(minimaal), &c, &e), ERR_OK);
	assert_int_equal(c.status, STATUS_AANGEMELD);
	assert_int_equal(interchange_parse(*state, rv, strlen(rv), &c, &e), ERR_OK);
	assert_int_equal(c.status, STATUS_IN_BEHANDELING);
	assert_int_equal(interchange_parse(*state, af, strlen(af), &c, &e), ERR_OK);
	assert_int_equal(c.status, STATUS_AFGEROND);
	assert_int_equal(interchange_parse(*state, expl, strlen(expl), &c, &e), ERR_OK);
	assert_int_equal(c.status, STATUS_IN_BEHANDELING);
	assert_int_equal(interchange_parse(*state, concept, strlen(concept), &c, &e), ERR_OK);
	assert_int_equal(c.status, STATUS_CONCEPT);
	assert_int_equal(c.ontvangen_op, DATE_NONE);
}

/* The future is the caller's check: parse accepts it, casus_validate with today refuses it. */
static void
test_future_left_to_caller(void **state)
{
	static const char toekomst[] = "{\"ontvangenOp\":\"2099-01-15\",\"hulpvraag\":\"h\"}";
	struct casus c;
	struct err e;
	int today;

	assert_true(date_parse("2025-01-01", &today));
	assert_int_equal(interchange_parse(*state, toekomst, strlen(toekomst), &c, &e), ERR_OK);
	assert_int_equal(casus_validate(&c, today, &e), ERR_VALIDATION);
	assert_string_equal(e.field, "ontvangenOp");
}

/* ---- refusals ---- */

#define BASE "\"ontvangenOp\":\"2024-01-15\",\"hulpvraag\":\"h\""
#define LP(x) "{" BASE ",\"leerpunten\":[" x "]}"
#define OKLP "{\"omschrijving\":\"o\",\"categorie\":\"ict\",\"orde\":1}"

static void
test_refuse_fields(void **state)
{
	static const struct { const char *line, *field; } cases[] = {
		{ "{\"hulpvraag\":\"h\"}", "ontvangenOp" },
		{ "{\"ontvangenOp\":\"2024-01-15\"}", "hulpvraag" },
		{ "{\"ontvangenOp\":\"2024-01-15\",\"hulpvraag\":\"  \"}", "hulpvraag" },
		{ "{" BASE ",\"afgerondOp\":\"2024-02-01\"}", "resultaat" },
		{ "{" BASE ",\"afgerondOp\":\"2024-01-14\",\"resultaat\":\"r\"}", "afgerondOp" },
		{ "{\"ontvangenOp\":\"2023-02-29\",\"hulpvraag\":\"h\"}", "ontvangenOp" },
		{ "{\"ontvangenOp\":\"2024-1-5\",\"hulpvraag\":\"h\"}", "ontvangenOp" },
		{ "{\"ontvangenOp\":20240115,\"hulpvraag\":\"h\"}", "ontvangenOp" },
		{ "{\"ontvangenOp\":\"2024-01-15\",\"hulpvraag\":42}", "hulpvraag" },
		{ "{" BASE ",\"status\":\"open\"}", "status" },
		{ "{" BASE ",\"status\":\"aangemeld\",\"afgerondOp\":\"2024-02-01\",\"resultaat\":\"r\"}", "status" },
		{ "{" BASE ",\"status\":\"afgerond\"}", "afgerondOp" },
		{ "{" BASE ",\"referentie\":\"PMM-2024-1\"}", "referentie" },
		{ "{" BASE ",\"leefgebieden\":[\"wonen\",\"geld\"]}", "leefgebieden[1]" },
		{ "{" BASE ",\"leefgebieden\":\"wonen\"}", "leefgebieden" },
		{ "{" BASE ",\"leefgebieden\":[\"Wonen\"]}", "leefgebieden[0]" },
		{ "{" BASE ",\"beleidsterreinen\":[\"EZK\"]}", "beleidsterreinen[0]" },
		{ "{" BASE ",\"indienerType\":\"burger\"}", "indienerType" },
		{ "{" BASE ",\"maatwerk\":true}", "maatwerk" },
		{ "{" BASE ",\"urgentie\":\"spoed\"}", "urgentie" },
		{ "{" BASE ",\"foo\":1}", "foo" },
		{ "{" BASE ",\"indiener\":{\"naam\":\"A\",\"organisatie\":{\"naam\":\"G\",\"type\":\"gemeente\","
		  "\"kleur\":\"rood\"}}}", "indiener.organisatie.kleur" },
		{ "{" BASE ",\"indiener\":{\"email\":\"a@b.example\"}}", "indiener.naam" },
		{ "{" BASE ",\"indiener\":{\"naam\":\"A\",\"email\":\"geen-adres\"}}", "indiener.email" },
		{ "{" BASE ",\"indiener\":\"Ans\"}", "indiener" },
		{ "{" BASE ",\"indiener\":{\"naam\":\"A\",\"organisatie\":{\"naam\":\"G\"}}}", "indiener.organisatie.type" },
		{ "{" BASE ",\"betrokkenOrganisaties\":[{\"naam\":\"SVB\",\"type\":\"agentschap\"}]}",
		  "betrokkenOrganisaties[0].type" },
		{ "{" BASE ",\"betrokkenOrganisaties\":[{\"type\":\"gemeente\"}]}", "betrokkenOrganisaties[0].naam" },
		{ "{" BASE ",\"betrokkenOrganisaties\":[{\"naam\":\"Defensie\",\"type\":\"ministerie\"}]}",
		  "betrokkenOrganisaties[0].naam" },
		{ "{" BASE ",\"betrokkenOrganisaties\":{}}", "betrokkenOrganisaties" },
		{ "{" BASE ",\"knelpunten\":[{\"categorie\":\"geld\",\"omschrijving\":\"o\"}]}", "knelpunten[0].categorie" },
		{ "{" BASE ",\"knelpunten\":[{\"categorie\":\"ict\"}]}", "knelpunten[0].omschrijving" },
		{ "{" BASE ",\"interventies\":[{\"datum\":\"2024-01-16\"}]}", "interventies[0].type" },
		{ "{" BASE ",\"interventies\":[{\"type\":\"expert\",\"datum\":\"2024-13-01\"}]}", "interventies[0].datum" },
		{ "{" BASE ",\"situatie\":\"Vader, BSN 111 222 333.\"}", "situatie" },
		{ "{" BASE ",\"id\":0}", "id" },
		{ "{" BASE ",\"id\":\"12\"}", "id" },
		{ "{" BASE ",\"letEscalatie\":\"ja\"}", "letEscalatie" },
		{ "{" BASE ",\"procesregie\":{\"houder\":\"Loket\",\"wie\":\"x\"}}", "procesregie.wie" },
		{ "{" BASE ",\"followUpAntwoord\":\"misschien\"}", "followUpAntwoord" },
		{ LP(OKLP ",{\"omschrijving\":\"o\",\"categorie\":\"ict\",\"orde\":2,\"beleggingen\":["
		  "{\"bij\":\"PMM\",\"status\":\"klaar\"}]}"), "leerpunten[1].beleggingen[0].status" },
		{ LP(OKLP ",{\"omschrijving\":\"o\",\"categorie\":\"ict\",\"orde\":2,\"beleggingen\":["
		  "{\"bij\":\"PMM\"},{\"bij\":\"PMM\",\"reden\":\"niet_herkend\"}]}"), "leerpunten[1].beleggingen[1].reden" },
		{ LP("{\"omschrijving\":\"o\",\"categorie\":\"ict\",\"orde\":\"2\"}"), "leerpunten[0].orde" },
		{ LP("{\"omschrijving\":\"o\",\"categorie\":\"ict\",\"orde\":2.0}"), "leerpunten[0].orde" },
		{ LP("{\"omschrijving\":\"o\",\"categorie\":\"ict\",\"orde\":4}"), "leerpunten[0].orde" },
		{ LP("{\"omschrijving\":\"o\",\"categorie\":\"ict\"}"), "leerpunten[0].orde" },
		{ LP("{\"omschrijving\":\"o\",\"orde\":1}"), "leerpunten[0].categorie" },
		{ LP("{\"categorie\":\"ict\",\"orde\":1}"), "leerpunten[0].omschrijving" },
		{ LP("{\"omschrijving\":\"o\",\"categorie\":\"ict\",\"orde\":1,\"vraag\":\"nee\"}"), "leerpunten[0].vraag" },
		{ LP("{\"omschrijving\":\"o\",\"categorie\":\"ict\",\"orde\":1,\"themas\":[3]}"), "leerpunten[0].themas[0]" },
		{ LP("{\"omschrijving\":\"o\",\"categorie\":\"ict\",\"orde\":1,\"beleggingen\":[{\"status\":\"belegd\"}]}"),
		  "leerpunten[0].beleggingen[0].bij" },
		{ LP("{\"omschrijving\":\"o\",\"categorie\":\"ict\",\"orde\":1,\"beleggingen\":[{\"bij\":\"Gemeente\"}]}"),
		  "leerpunten[0].beleggingen[0].bij" },
		{ LP("{\"omschrijving\":\"o\",\"categorie\":\"ict\",\"orde\":1,\"beleggingen\":[{\"bij\":{\"naam\":"
		  "\"Ministerie van Landbouw\",\"type\":\"ministerie\"}}]}"), "leerpunten[0].beleggingen[0].bij.naam" },
		{ LP("{\"omschrijving\":\"o\",\"categorie\":\"ict\",\"orde\":1,\"beleggingen\":[{\"bij\":{\"naam\":"
		  "\"VWS\",\"type\":\"ministerie\",\"code\":\"SZW\"}}]}"), "leerpunten[0].beleggingen[0].bij.code" },
		{ LP("{\"omschrijving\":\"o\",\"categorie\":\"ict\",\"orde\":1,\"beleggingen\":[{\"bij\":{\"naam\":"
		  "\"X\",\"type\":\"ministerie\",\"code\":\"EZK\"}}]}"), "leerpunten[0].beleggingen[0].bij.code" },
		{ LP("{\"omschrijving\":\"o\",\"categorie\":\"ict\",\"orde\":1,\"id\":1,\"extra\":true}"), "leerpunten[0].extra" },
		/* not a casus object at all */
		{ "[" BASE "]", "" },
		{ "\"PMM-2024-0001\"", "" },
		{ "{" BASE, "" },
		{ "{" BASE "} {}", "" },
		{ "", "" },
		{ "{" BASE ",\"hulpvraag\":\"nogmaals\"}", "" },   /* duplicate member */
		{ "{" BASE ",\"situatie\":\"a\\u0000b\"}", "" },    /* NUL */
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		refuse(*state, cases[i].line, cases[i].field);
}

static void
test_too_many_items(void **state)
{
	size_t n = INTERCHANGE_MAX_ITEMS + 1, cap = 64 + n * 64, len = 0;
	char *line = malloc(cap);

	assert_non_null(line);
	len += (size_t)snprintf(line + len, cap - len, "{" BASE ",\"knelpunten\":[");
	for (size_t i = 0; i < n; i++)
		len += (size_t)snprintf(line + len, cap - len, "%s{\"categorie\":\"ict\",\"omschrijving\":\"o\"}",
		    i ? "," : "");
	len += (size_t)snprintf(line + len, cap - len, "]}");
	refuse_n(*state, line, len, "knelpunten");
	free(line);
}

static void
test_invalid_utf8_refused(void **state)
{
	static const char goed[] = "{" BASE ",\"situatie\":\"caf\\u00e9\"}";

	/* Latin-1 é, a lone continuation byte, an overlong '/', an encoded surrogate, a truncated sequence. */
	refuse(*state, "{" BASE ",\"situatie\":\"caf\xe9\"}", "situatie");
	refuse(*state, "{\"ontvangenOp\":\"2024-01-15\",\"hulpvraag\":\"a\x80z\"}", "hulpvraag");
	refuse(*state, LP("{\"omschrijving\":\"o\",\"categorie\":\"ict\",\"orde\":1},"
	    "{\"omschrijving\":\"\xc0\xaf\",\"categorie\":\"ict\",\"orde\":1}"), "leerpunten[1].omschrijving");
	refuse(*state, "{" BASE ",\"leefgebieden\":[\"wonen\",\"\xed\xa0\x80\"]}", "leefgebieden[1]");
	refuse(*state, "{" BASE ",\"resultaat\":\"\xe2\x82\"}", "resultaat");
	refuse(*state, "{" BASE ",\"sit\xffuatie\":\"x\"}", "sit\xef\xbf\xbfuatie");
	refuse(*state, "{" BASE ",\"x\":1\xff}", "");   /* outside any string */
	/* The same text as valid UTF-8 is fine, and written without \u escapes. */
	assert_non_null(strstr(roundtrip(*state, goed, strlen(goed)), "\"situatie\":\"caf\xc3\xa9\""));
}

/* ---- patch ---- */

static void
test_patch(void **state)
{
	struct casus c;
	struct err e;
	json_t *p;

	assert_int_equal(interchange_parse(*state, minimaal, strlen(minimaal), &c, &e), ERR_OK);
	c.situatie = "oud";
	p = json_loads("{\"afgerondOp\":\"2024-02-01\",\"resultaat\":\"klaar\",\"situatie\":null,"
	    "\"leefgebieden\":[\"zorg\"]}", 0, NULL);
	assert_int_equal(interchange_patch(*state, p, &c, &e), ERR_OK);
	json_decref(p);
	assert_null(c.situatie);
	assert_string_equal(c.resultaat, "klaar");
	assert_int_equal(c.leefgebieden, 1u << LEEFGEBIED_ZORG);
	assert_int_equal(c.status, STATUS_AANGEMELD);   /* the caller decides on the transition */
	assert_int_equal(casus_validate(&c, c.afgerond_op, &e), ERR_VALIDATION);
	assert_string_equal(e.field, "status");
	c.status = STATUS_AFGEROND;
	assert_int_equal(casus_validate(&c, c.afgerond_op, &e), ERR_OK);

	p = json_loads("{\"status\":null}", 0, NULL);
	assert_int_equal(interchange_patch(*state, p, &c, &e), ERR_VALIDATION);
	assert_string_equal(e.field, "status");
	json_decref(p);
	p = json_loads("{\"afgerond\":\"2024-02-01\"}", 0, NULL);
	assert_int_equal(interchange_patch(*state, p, &c, &e), ERR_VALIDATION);
	assert_string_equal(e.field, "afgerond");
	json_decref(p);
	p = json_loads("[]", 0, NULL);
	assert_int_equal(interchange_patch(*state, p, &c, &e), ERR_VALIDATION);
	assert_int_equal(interchange_parse_json(*state, p, &c, &e), ERR_VALIDATION);
	json_decref(p);
}

static void
test_write_object_order(void **state)
{
	struct casus c;
	struct err e;
	json_t *o;
	const char *key;
	json_t *v;
	static const char *const order[] = { "referentie", "status", "ontvangenOp", "afgerondOp", "indiener",
		"indienerType", "regievoerder", "hulpvraag", "situatie", "leefgebieden", "beleidsterreinen",
		"betrokkenOrganisaties", "knelpunten", "interventies", "maatwerk", "resultaat", "leerpunten" };
	size_t i = 0;

	assert_int_equal(interchange_parse(*state, rijk, strlen(rijk), &c, &e), ERR_OK);
	o = interchange_write(&c);
	assert_non_null(o);
	json_object_foreach(o, key, v) {
		if (i < sizeof(order) / sizeof(order[0]))
			assert_string_equal(key, order[i]);
		i++;
	}
	assert_int_equal(i, 26);
	json_decref(o);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_rich_is_canonical, setup, teardown),
		cmocka_unit_test_setup_teardown(test_rich_fields, setup, teardown),
		cmocka_unit_test_setup_teardown(test_minimal, setup, teardown),
		cmocka_unit_test(test_pmm_as_organisation),
		cmocka_unit_test_setup_teardown(test_loose_input_is_normalised, setup, teardown),
		cmocka_unit_test_setup_teardown(test_status_derived, setup, teardown),
		cmocka_unit_test_setup_teardown(test_future_left_to_caller, setup, teardown),
		cmocka_unit_test_setup_teardown(test_refuse_fields, setup, teardown),
		cmocka_unit_test_setup_teardown(test_too_many_items, setup, teardown),
		cmocka_unit_test_setup_teardown(test_invalid_utf8_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(test_patch, setup, teardown),
		cmocka_unit_test_setup_teardown(test_write_object_order, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
