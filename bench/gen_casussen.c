/* gen_casussen.c - writes N fictitious casussen in the interchange format (JSON Lines) to standard output, for
   bench/import.sh. Deterministic (a fixed seed), self-contained: no project code, no data files.
   Usage: gen_casussen N */
#include <stdio.h>
#include <stdlib.h>

static unsigned long long rng = 88172645463325252ull;

static unsigned
rnd(unsigned n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)(rng % n);
}

static const char *const leefgebieden[] = { "financien", "wonen", "verblijf", "lichamelijke_gezondheid",
	"psychologische_gezondheid", "zorg", "werk_en_activiteiten", "onderwijs", "justitie", "veiligheid",
	"sociale_relaties", "zingeving" };
static const char *const ministeries[] = { "VWS", "SZW", "JenV", "BZK", "OCW", "FIN", "BuZa", "AenM", "VRO" };
static const char *const categorieen[] = { "kennis_en_kunde", "samenwerking", "communicatie", "wet_en_regelgeving",
	"ict", "overig" };
static const char *const interventies[] = { "expert", "netwerk", "gezag", "escalatie" };
static const char *const statussen[] = { "belegd", "in_verkenning", "in_uitvoering", "opgevolgd", "geen_opvolging",
	"onbekend" };
static const char *const indienertypes[] = { "gemeente", "landelijke_publieke_dienstverlener", "zorginstelling",
	"overig" };
static const char *const partijen[] = {
	"{\"naam\":\"SVB\",\"type\":\"landelijke_publieke_dienstverlener\"}",
	"{\"naam\":\"UWV\",\"type\":\"landelijke_publieke_dienstverlener\"}",
	"{\"naam\":\"Juiste Loket\",\"type\":\"loket\",\"rol\":\"meedenken\"}",
	"{\"naam\":\"Zorgaanbieder De Linde\",\"type\":\"zorgaanbieder\"}",
	"{\"naam\":\"Zorgverzekeraar Noord\",\"type\":\"zorgverzekeraar\"}",
	"{\"naam\":\"Woonstichting Thuis\",\"type\":\"woningcorporatie\"}",
	"{\"naam\":\"VWS\",\"type\":\"ministerie\"}",
};
static const char *const bij[] = {
	"\"PMM\"",
	"{\"naam\":\"SZW\",\"type\":\"ministerie\"}",
	"{\"naam\":\"VWS\",\"type\":\"ministerie\"}",
	"{\"naam\":\"Gemeente Plaats 3\",\"type\":\"gemeente\"}",
	"{\"naam\":\"DUO\",\"type\":\"landelijke_publieke_dienstverlener\"}",
};
static const char *const zinnen[] = {
	"Het gezin heeft schulden bij de Belastingdienst en dreigt de woning te verliezen.",
	"De jongere valt tussen jeugdzorg en volwassenenzorg; niemand voelt zich verantwoordelijk.",
	"Na terugkeer uit het buitenland is de zorgverzekering vervallen en stapelen de rekeningen zich op.",
	"Moeder met een verstandelijke beperking krijgt geen passende begeleiding bij de opvoeding.",
	"Een man onder toezicht vindt maar een passende woonplek, die de gemeente niet kan financieren.",
};

#define NELEM(a) ((int)(sizeof(a) / sizeof((a)[0])))

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

static void
date(const char *name, int days)
{
	int y, m, d;

	ymd(days, &y, &m, &d);
	printf(",\"%s\":\"%04d-%02d-%02d\"", name, y, m, d);
}

static void
codes(const char *name, const char *const *l, int n, unsigned k)
{
	unsigned used = 0, first = 1;

	printf(",\"%s\":[", name);
	for (unsigned i = 0; i < k; i++) {
		unsigned c = rnd((unsigned)n);

		if (used & (1u << c))
			continue;
		used |= 1u << c;
		printf("%s\"%s\"", first ? "" : ",", l[c]);
		first = 0;
	}
	putchar(']');
}

static void
casus(long i)
{
	int ontvangen = 19358 + (int)rnd(730);   /* 2023-01-01 .. 2024-12-30 */
	unsigned kind = rnd(3), g = rnd(70);

	printf("{\"ontvangenOp\":\"");
	{
		int y, m, d;

		ymd(ontvangen, &y, &m, &d);
		printf("%04d-%02d-%02d\"", y, m, d);
	}
	if (kind == 2)
		date("afgerondOp", ontvangen + (int)rnd(250));
	printf(",\"indiener\":{\"naam\":\"Professional %u\",\"email\":\"prof%u@plaats%u.example\",\"organisatie\":"
	    "{\"naam\":\"Gemeente Plaats %u\",\"type\":\"gemeente\"%s}},\"indienerType\":\"%s\"", g * 10 + (unsigned)(i % 10),
	    (unsigned)(i % 10), g, g, g < 60 ? ",\"aangeslotenSinds\":\"2021-01-01\"" : "", indienertypes[rnd(4)]);
	if (kind >= 1)
		printf(",\"regievoerder\":{\"naam\":\"Regievoerder %u\",\"email\":\"regie%u@pmm.example\"}",
		    (unsigned)(i % 6), (unsigned)(i % 6));
	printf(",\"hulpvraag\":\"Vraag %ld: wie kan hier helpen?\",\"situatie\":\"%s %s\"", i, zinnen[rnd(5)],
	    zinnen[rnd(5)]);
	codes("leefgebieden", leefgebieden, NELEM(leefgebieden), 1 + rnd(4));
	codes("beleidsterreinen", ministeries, NELEM(ministeries), rnd(3));
	printf(",\"betrokkenOrganisaties\":[");
	for (unsigned k = 0, n = rnd(4), f = rnd(7); k < n; k++)
		printf("%s%s", k ? "," : "", partijen[(f + k) % 7]);
	printf("],\"knelpunten\":[");
	for (unsigned k = 0, n = rnd(3); k < n; k++)
		printf("%s{\"categorie\":\"%s\",\"omschrijving\":\"%s\"}", k ? "," : "", categorieen[rnd(6)], zinnen[rnd(5)]);
	printf("],\"interventies\":[");
	for (unsigned k = 0, n = kind ? rnd(4) : 0; k < n; k++) {
		int y, m, d;

		ymd(ontvangen + (int)k * 3, &y, &m, &d);
		printf("%s{\"type\":\"%s\",\"datum\":\"%04d-%02d-%02d\",\"omschrijving\":\"Contact gelegd met de "
		    "betrokken partijen.\"}", k ? "," : "", interventies[rnd(4)], y, m, d);
	}
	putchar(']');
	if (kind == 2) {
		printf(",\"maatwerk\":\"geen\",\"resultaat\":\"De indiener kan verder.\",\"leerpunten\":[");
		for (unsigned k = 0, n = rnd(3); k < n; k++) {
			printf("%s{\"omschrijving\":\"%s\",\"categorie\":\"%s\",\"orde\":%u,\"themas\":[\"thema %u\"],"
			    "\"beleggingen\":[", k ? "," : "", zinnen[rnd(5)], categorieen[rnd(6)], 1 + rnd(3), rnd(20));
			for (unsigned b = 0, nb = rnd(3); b < nb; b++)
				printf("%s{\"bij\":%s,\"status\":\"%s\"}", b ? "," : "", bij[rnd(5)], statussen[rnd(6)]);
			printf("]}");
		}
		putchar(']');
	}
	printf("}\n");
}

int
main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 100000;

	for (long i = 0; i < n; i++)
		casus(i);
	return fflush(stdout) == 0 ? 0 : 1;
}
