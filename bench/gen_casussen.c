/* gen_casussen.c - fictitious casussen (JSON Lines) or Maatwerkregister rows (CSV) for the benchmarks, shaped after the 2024 report. */
/* Deterministic (a fixed seed), self-contained: no project code, no data files.
   Usage: gen_casussen N                 N casussen in the interchange format (version 1 lines) on standard output
          gen_casussen --register N [C]  N register professionals (their organisations' entries first) as CSV, over
                                         the organisations that C casussen (100000) bring in

   The shares follow the 2024 jaarrapportage (../shared/domain.md, "Numbers to keep in mind"): indieners mostly
   municipalities (about 55 %), then national agencies, care institutions and others; financien in about half the
   casussen, then psychologische gezondheid, zorg, wonen, lichamelijke gezondheid; one leefgebied in 39 %, two in
   30 %, three or more in the rest; VWS as policy area in 54 %, SZW 22 %, JenV 20 %, BuZa 9 %; a looptijd under 4
   weeks in 37 %, under 8 weeks in half, over 20 weeks in 18 %; leerpunten in 55 % of the closed casussen; maatwerk
   mostly `geen`. Every casus has 10-30 interventies (timeline entries) and a Dutch-like situatie of 2-5 sentences
   made from phrase lists, so the search index sees a real vocabulary. Received dates run from 2017 to 2026, growing
   each year, so the report has years of different sizes. The organisations are 342 municipalities with invented
   Dutch names (prefix + suffix), the national agencies, desks and care providers. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long long rng = 88172645463325252ull;

static unsigned
rnd(unsigned n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)(rng % n);
}

/* true with probability p percent */
static int
kans(unsigned p)
{
	return rnd(100) < p;
}

#define NELEM(a) ((unsigned)(sizeof(a) / sizeof((a)[0])))

static const char *const leefgebieden[] = { "financien", "psychologische_gezondheid", "zorg", "wonen",
	"lichamelijke_gezondheid", "werk_en_activiteiten", "verblijf", "sociale_relaties", "justitie", "onderwijs",
	"veiligheid", "zingeving" };
/* weights per 100 casussen, as counted in the 2024 report where it counts them */
static const unsigned leefgebied_gewicht[] = { 51, 34, 29, 26, 20, 12, 10, 9, 8, 7, 5, 3 };
static const char *const ministeries[] = { "VWS", "SZW", "JenV", "BuZa", "BZK", "OCW", "FIN", "AenM", "VRO" };
static const unsigned ministerie_kans[] = { 54, 22, 20, 9, 7, 6, 6, 2, 2 };
static const char *const categorieen[] = { "kennis_en_kunde", "samenwerking", "communicatie", "wet_en_regelgeving",
	"ict", "overig" };
static const char *const statussen[] = { "belegd", "in_verkenning", "in_uitvoering", "opgevolgd", "geen_opvolging",
	"onbekend" };
static const char *const maatwerk[] = { "hardheidsclausule", "evenredigheidsbeginsel", "maatwerkbudget", "anders" };

static const char *const voor[] = { "Zuider", "Noorder", "Ooster", "Wester", "Hoog", "Laag", "Groen", "Nieuw",
	"Oud", "Berg", "Zand", "Veen", "Bloem", "Linde", "Eiken", "Beuken", "Molen", "Kerk", "Water" };
static const char *const achter[] = { "haven", "veen", "dam", "dijk", "wijk", "horst", "burg", "broek", "meer",
	"rode", "loo", "zijl", "dorp", "hoven", "berg", "woude", "kerk", "land" };
#define NGEMEENTEN 342

static const char *const instanties[][2] = {
	{ "SVB", "landelijke_publieke_dienstverlener" }, { "UWV", "landelijke_publieke_dienstverlener" },
	{ "DUO", "landelijke_publieke_dienstverlener" }, { "CAK", "landelijke_publieke_dienstverlener" },
	{ "CJIB", "landelijke_publieke_dienstverlener" }, { "Belastingdienst", "landelijke_publieke_dienstverlener" },
	{ "Dienst Toeslagen", "landelijke_publieke_dienstverlener" }, { "IND", "landelijke_publieke_dienstverlener" },
	{ "CIZ", "landelijke_publieke_dienstverlener" }, { "COA", "landelijke_publieke_dienstverlener" },
	{ "Juiste Loket", "loket" }, { "Maatwerkplaats UWV", "loket" }, { "Team Complexe Casuistiek VWS", "loket" },
	{ "Zorgaanbieder De Linde", "zorgaanbieder" }, { "GGZ Rivierenland", "zorgaanbieder" },
	{ "Jeugdzorg Midden", "zorgaanbieder" }, { "Zorgverzekeraar Noord", "zorgverzekeraar" },
	{ "Zorgkantoor West", "zorgkantoor" }, { "Woonstichting Thuis", "woningcorporatie" },
	{ "Stichting Schuldhulp Samen", "overig" },
};

/* Dutch-like text: a subject, a problem, a consequence, the organisations in the way. */
static const char *const wie[] = { "Het gezin", "De moeder", "De vader", "Een jongere van zeventien",
	"Een alleenstaande vrouw", "Een oudere man", "Het echtpaar", "De bewoner", "Een statushouder", "De cliënt",
	"Een jongvolwassene", "De mantelzorger" };
static const char *const probleem[] = {
	"heeft schulden bij de Belastingdienst", "heeft een betalingsachterstand bij de zorgverzekeraar",
	"krijgt de toeslagen teruggevorderd", "dreigt de woning te verliezen door een huurachterstand",
	"valt tussen jeugdzorg en volwassenenzorg", "heeft geen geldige verblijfsvergunning meer",
	"krijgt geen passende begeleiding bij de opvoeding", "wacht al maanden op een indicatie voor beschermd wonen",
	"heeft na detentie geen inkomen en geen woonadres", "kan de eigen bijdrage van het CAK niet betalen",
	"is uitgeschreven uit de basisregistratie personen", "heeft psychische klachten en weigert hulp",
	"heeft een uitkering die is stopgezet", "zit in de schuldsanering en kan niet rondkomen",
	"heeft een verstandelijke beperking en is overvraagd", "woont met drie kinderen in een hotelkamer",
	"heeft mantelzorg nodig die de gemeente niet vergoedt", "kan de studieschuld bij DUO niet aflossen",
	"is na een scheiding dakloos geraakt", "heeft een zorgplek nodig die niemand wil bieden" };
static const char *const gevolg[] = { "Niemand voelt zich verantwoordelijk.",
	"De regels van de Participatiewet en de Wmo sluiten niet op elkaar aan.",
	"Elke instantie verwijst naar een andere.", "De termijnen lopen af terwijl het bezwaar nog loopt.",
	"De stapeling van schulden maakt elke oplossing duurder.", "De wachtlijst is langer dan een jaar.",
	"Het kind kan daardoor niet naar school.", "De huisarts maakt zich grote zorgen.",
	"De gemeente kan het niet financieren binnen de regels.", "Er is geen woonplek die past bij de zorgvraag." };
static const char *const handeling[] = { "Gebeld met", "Overleg gehad met", "Een e-mail gestuurd aan",
	"Een afspraak gemaakt met", "Uitleg gevraagd aan", "De casus voorgelegd aan", "Teruggekoppeld aan",
	"Een keukentafelgesprek met", "Navraag gedaan bij", "De ambassadeur ingeschakeld voor" };
static const char *const onderwerp[] = { "over de terugvordering", "over de wachttijd", "over de schuldhulpverlening",
	"over de toeslagen", "over een tijdelijke woonplek", "over de uitkering", "over het persoonsgebonden budget",
	"over de verblijfsvergunning", "over de inschrijving", "over de zorgverzekering", "over de betalingsregeling",
	"over de indicatie", "over beschermd wonen", "over maatwerk binnen de regels" };
static const char *const interventie_type[] = { "expert", "netwerk", "netwerk", "netwerk", "expert", "gezag" };

/* Days since 1970-01-01 to Y-M-D (valid for these years). */
static void
ymd(int days, int *y, int *m, int *d)
{
	int z = days + 719468, era = z / 146097, doe = z - era * 146097;
	int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365, doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int mp = (5 * doy + 2) / 153;

	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = yoe + era * 400 + (*m <= 2);
}

static const char *
datum(int days)
{
	static char s[4][40];
	static int k;
	int y, m, d;

	k = (k + 1) % 4;
	ymd(days, &y, &m, &d);
	snprintf(s[k], sizeof(s[k]), "%04d-%02d-%02d", y, m, d);
	return s[k];
}

static const char *
gemeente(unsigned g)
{
	static char s[64];

	snprintf(s, sizeof(s), "Gemeente %s%s", voor[g % NELEM(voor)], achter[(g / NELEM(voor)) % NELEM(achter)]);
	return s;
}

static void
zin(void)
{
	printf("%s %s. %s", wie[rnd(NELEM(wie))], probleem[rnd(NELEM(probleem))], gevolg[rnd(NELEM(gevolg))]);
}

static void
org(unsigned k)
{
	printf("{\"naam\":\"%s\",\"type\":\"%s\"}", instanties[k][0], instanties[k][1]);
}

/* A received date: 2017-01-01 .. 2026-10-31, each year about 25 % more casussen than the one before. */
static int
ontvangen_op(void)
{
	static const unsigned gewicht[] = { 10, 13, 16, 20, 25, 31, 39, 49, 61, 64 };   /* 2017 .. 2026 */
	unsigned tot = 0, r;
	int jaar = 0;

	for (unsigned i = 0; i < NELEM(gewicht); i++)
		tot += gewicht[i];
	r = rnd(tot);
	while (r >= gewicht[jaar])
		r -= gewicht[jaar++];
	return 17167 + jaar * 365 + (jaar + 2) / 4 + (int)rnd(jaar == 9 ? 300 : 365);   /* 17167 = 2017-01-01 */
}

/* The looptijd in days: 37 % under 4 weeks, half under 8, 18 % over 20 weeks. */
static int
looptijd(void)
{
	unsigned r = rnd(100);

	return r < 37 ? 1 + (int)rnd(27) : r < 50 ? 28 + (int)rnd(28) : r < 82 ? 56 + (int)rnd(84) : 140 + (int)rnd(260);
}

static void
casus(long i, int vandaag)
{
	int ontvangen = ontvangen_op(), lt = looptijd(), dicht = ontvangen + lt < vandaag - 30 && kans(92);
	unsigned r = rnd(100), g = rnd(NGEMEENTEN), n, first;

	if (i < NGEMEENTEN) {   /* every municipality submits at least once, so the register's rows find theirs */
		g = (unsigned)i;
		r = 0;
	}
	const char *type = r < 55 ? "gemeente" : r < 75 ? "landelijke_publieke_dienstverlener" : r < 87 ?
	    "zorginstelling" : "overig";
	int span = dicht ? lt : vandaag - ontvangen;

	printf("{\"ontvangenOp\":\"%s\"", datum(ontvangen));
	if (dicht)
		printf(",\"afgerondOp\":\"%s\"", datum(ontvangen + lt));
	printf(",\"indiener\":{\"naam\":\"Professional %s%s\",\"email\":\"indiener%u.%u@plaats.example\","
	    "\"organisatie\":", voor[rnd(NELEM(voor))], achter[rnd(NELEM(achter))], (unsigned)(i % 9), g);
	if (r < 55)
		printf("{\"naam\":\"%s\",\"type\":\"gemeente\",\"aangeslotenSinds\":\"2019-05-01\"}", gemeente(g));
	else
		org(r < 75 ? rnd(10) : r < 87 ? 13 + rnd(3) : 10 + rnd(3));
	printf("},\"indienerType\":\"%s\"", type);
	if (dicht || kans(85))
		printf(",\"regievoerder\":{\"naam\":\"Regievoerder %u\",\"email\":\"regie%u@pmm.example\"}",
		    (unsigned)(i % 24), (unsigned)(i % 24));
	printf(",\"hulpvraag\":\"Wie kan helpen: %s %s?\",\"situatie\":\"", wie[rnd(NELEM(wie))],
	    probleem[rnd(NELEM(probleem))]);
	for (unsigned k = 0, z = 2 + rnd(4); k < z; k++) {
		if (k)
			putchar(' ');
		zin();
	}
	/* leefgebieden: one in 39 %, two in 30 %, three or more in the rest, each chosen by its weight */
	n = kans(39) ? 1 : kans(49) ? 2 : 3 + rnd(3);
	printf("\",\"leefgebieden\":[");
	{
		unsigned used = 0, tot = 0;

		for (unsigned k = 0; k < NELEM(leefgebied_gewicht); k++)
			tot += leefgebied_gewicht[k];
		first = 1;
		for (unsigned k = 0; k < n; k++) {
			unsigned x = rnd(tot), c = 0;

			while (x >= leefgebied_gewicht[c])
				x -= leefgebied_gewicht[c++];
			if (used & (1u << c))
				continue;
			used |= 1u << c;
			printf("%s\"%s\"", first ? "" : ",", leefgebieden[c]);
			first = 0;
		}
	}
	printf("],\"beleidsterreinen\":[");
	first = 1;
	for (unsigned k = 0; k < NELEM(ministeries); k++)
		if (kans(ministerie_kans[k])) {
			printf("%s\"%s\"", first ? "" : ",", ministeries[k]);
			first = 0;
		}
	printf("],\"betrokkenOrganisaties\":[");
	first = 1;
	{
		unsigned used = 0;

		for (unsigned k = 0, no = i < NELEM(instanties) ? 1 : rnd(4); k < no; k++) {
			unsigned c = i < NELEM(instanties) ? (unsigned)i : rnd(NELEM(instanties));   /* each one at least once */

			if (used & (1u << c))
				continue;
			used |= 1u << c;
			printf("%s", first ? "" : ",");
			org(c);
			first = 0;
		}
	}
	printf("],\"knelpunten\":[");
	for (unsigned k = 0, nk = rnd(3); k < nk; k++) {
		printf("%s{\"categorie\":\"%s\",\"omschrijving\":\"", k ? "," : "", categorieen[rnd(NELEM(categorieen))]);
		zin();
		printf("\"}");
	}
	/* the timeline: 10-30 interventies on distinct days within the looptijd (or up to today) */
	printf("],\"interventies\":[");
	n = 10 + rnd(21);
	for (unsigned k = 0; k < n; k++) {
		int dag = ontvangen + (span > 0 ? (int)((long)span * k / n) : 0);

		printf("%s{\"type\":\"%s\",\"datum\":\"%s\",\"omschrijving\":\"%s %s %s.\"}", k ? "," : "",
		    interventie_type[rnd(NELEM(interventie_type))], datum(dag), handeling[rnd(NELEM(handeling))],
		    kans(50) ? gemeente(g) : instanties[rnd(NELEM(instanties))][0], onderwerp[rnd(NELEM(onderwerp))]);
	}
	putchar(']');
	if (dicht) {
		printf(",\"maatwerk\":\"%s\",\"resultaat\":\"De indiener kan verder: ", kans(80) ? "geen" :
		    maatwerk[rnd(NELEM(maatwerk))]);
		printf("%s %s.\"", handeling[rnd(NELEM(handeling))], onderwerp[rnd(NELEM(onderwerp))]);
		printf(",\"leerpunten\":[");
		for (unsigned k = 0, nl = kans(55) ? 1 + rnd(2) : 0; k < nl; k++) {
			printf("%s{\"omschrijving\":\"", k ? "," : "");
			zin();
			printf("\",\"categorie\":\"%s\",\"orde\":%u,\"themas\":[\"thema %u\"],\"beleggingen\":[",
			    categorieen[rnd(NELEM(categorieen))], 1 + rnd(3), rnd(40));
			for (unsigned b = 0, nb = rnd(3); b < nb; b++) {
				unsigned x = rnd(10);

				printf("%s{\"bij\":", b ? "," : "");
				if (x < 5)
					printf("{\"naam\":\"%s\",\"type\":\"ministerie\"}", ministeries[rnd(5)]);
				else if (x < 8)
					printf("{\"naam\":\"%s\",\"type\":\"gemeente\"}", gemeente(g));
				else if (x < 9)
					org(rnd(10));
				else
					printf("\"PMM\"");
				unsigned st = rnd(NELEM(statussen));

				printf(",\"status\":\"%s\"", statussen[st]);
				if (strcmp(statussen[st], "geen_opvolging") == 0)
					printf(",\"reden\":\"%s\"", kans(50) ? "stelselvraagstuk" : "niet_structureel");
				putchar('}');
			}
			printf("]}");
		}
		putchar(']');
	}
	printf("}\n");
}

/* The register: one entry (soort organisatie) per organisation, then n professionals spread over them. */
static void
register_csv(long n, long ncasussen)
{
	static const char *const regio[] = { "groningen", "fryslan", "drenthe", "overijssel", "flevoland", "gelderland",
		"utrecht", "noord_holland", "zuid_holland", "zeeland", "noord_brabant", "limburg" };
	static const char *const functie[] = { "Consulent schulden", "Wijkverpleegkundige", "Jeugdconsulent",
		"Klantmanager", "Beleidsadviseur", "Casusregisseur", "Maatwerkfunctionaris", "Woonconsulent",
		"Trajectbegeleider", "Sociaal raadsman" };
	static const char *const voornaam[] = { "Anouk", "Bram", "Daan", "Emma", "Fleur", "Gijs", "Hanna", "Jesse",
		"Lotte", "Milan", "Noor", "Pieter", "Sanne", "Thijs", "Vera", "Wouter", "Yara", "Zoë" };
	static const char *const expertise[] = { "schuldhulpverlening en betalingsregelingen",
		"beschermd wonen en maatschappelijke opvang", "toeslagen en terugvorderingen",
		"jeugdzorg en de overgang naar volwassenheid", "verblijfsrecht en inburgering",
		"uitkeringen en re-integratie", "zorgverzekering en wanbetaling", "ggz en verslavingszorg" };
	/* only the organisations that the first ncasussen casussen brought in (see casus()) */
	unsigned ng = ncasussen < NGEMEENTEN ? (unsigned)ncasussen : NGEMEENTEN;
	unsigned ni = ncasussen < (long)NELEM(instanties) ? (unsigned)ncasussen : NELEM(instanties), norg = ng + ni;

	printf("soort,organisatie,naam,functie,mandaat,telefoon,email,regio,leefgebieden,expertise\n");
	for (unsigned o = 0; o < norg; o++)
		printf("organisatie,%s,Maatwerkfunctionaris %u,Maatwerkfunctionaris,Het college van B en W,070 %03u %02u %02u,"
		    "maatwerk%u@org%u.example,%s,financien,Maatwerk binnen de regels\n",
		    o < ng ? gemeente(o) : instanties[o - ng][0], o, 100 + o, o % 100, o % 97, o, o,
		    o < ng ? regio[o % NELEM(regio)] : "landelijk");
	for (long i = 0; i < n && norg > 0; i++) {
		unsigned o = (unsigned)(i % norg);

		printf("professional,%s,%s %s%s,%s,,,prof%ld@org%u.example,%s,%s|%s,%s\n",
		    o < ng ? gemeente(o) : instanties[o - ng][0], voornaam[rnd(NELEM(voornaam))], voor[rnd(NELEM(voor))],
		    achter[rnd(NELEM(achter))], functie[rnd(NELEM(functie))], i, o,
		    o < ng ? regio[o % NELEM(regio)] : "landelijk", leefgebieden[rnd(6)], leefgebieden[6 + rnd(6)],
		    expertise[rnd(NELEM(expertise))]);
	}
}

int
main(int argc, char **argv)
{
	int vandaag = 20760;   /* 2026-11-03: the data set is the same whichever day it is made */

	if (argc > 2 && strcmp(argv[1], "--register") == 0)
		register_csv(atol(argv[2]), argc > 3 ? atol(argv[3]) : 100000);
	else {
		long n = argc > 1 ? atol(argv[1]) : 100000;

		for (long i = 0; i < n; i++)
			casus(i, vandaag);
	}
	return fflush(stdout) == 0 ? 0 : 1;
}
