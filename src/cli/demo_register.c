/* demo_register.c - the demo Maatwerkregister: an entry for every connected organisation and a few hundred
   fictitious maatwerkprofessionals, generated deterministically (the same database every time). */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "core/casus.h"
#include "core/register.h"
#include "core/rol.h"
#include "lib/date.h"
#include "lib/mem.h"
#include "store/casus/casus.h"
#include "store/netwerk/organisatie.h"
#include "store/register/register.h"
#include "store/store_account.h"

#define DEMO_PROFESSIONALS 320
#define LG(x) (1u << LEEFGEBIED_##x)
#define WT(x) ((uint64_t)1 << WET_##x)

/* What an organisation's maatwerkfunctionaris helps with, by code (ministries and agencies) or by name. */
static const struct {
	const char *code;
	unsigned lg;
	uint64_t wet;
	const char *expertise;
} kennis[] = {
	{ "BuZa", LG(WOONLAND_INGEZETENSCHAP) | LG(VERBLIJF) | LG(SOCIALE_RELATIES), WT(BRP) | WT(VREEMDELINGENWET),
	  "Consulaire hulp en remigratie: Nederlanders die na jaren in het buitenland terugkeren, geëvacueerden, "
	  "documenten en inschrijving, contact met ambassades." },
	{ "BZK", LG(WONEN) | LG(WOONLAND_INGEZETENSCHAP), WT(BRP) | WT(HUISVESTINGSWET),
	  "Huisvesting en de basisregistratie personen: inschrijving zonder vast adres, briefadres, opvang van "
	  "teruggekeerde Nederlanders, urgentie en woonruimteverdeling." },
	{ "VRO", LG(WONEN), WT(HUISVESTINGSWET), "Woningmarkt, urgentieregelingen en huisvesting van aandachtsgroepen." },
	{ "VWS", LG(ZORG) | LG(PSYCHOLOGISCHE_GEZONDHEID) | LG(LICHAMELIJKE_GEZONDHEID), WT(WLZ) | WT(ZVW) | WT(WMO_2015),
	  "Zorg die tussen Wlz, Zvw en Wmo valt, zorgverzekering en het Team Complexe Casuïstiek." },
	{ "SZW", LG(WERK_EN_ACTIVITEITEN) | LG(FINANCIEN), WT(PARTICIPATIEWET) | WT(WGS), "Bijstand, schulden en werk." },
	{ "JenV", LG(JUSTITIE) | LG(VEILIGHEID), WT(WFZ) | WT(PENITENTIAIRE_BEGINSELENWET),
	  "Reclassering, forensische zorg en nazorg na detentie." },
	{ "AenM", LG(VERBLIJF), WT(VREEMDELINGENWET), "Verblijfsvergunningen en terugkeer." },
	{ "OCW", LG(ONDERWIJS), WT(LEERPLICHTWET) | WT(PASSEND_ONDERWIJS) | WT(WSF_2000),
	  "Leerplicht, passend onderwijs en studiefinanciering." },
	{ "FIN", LG(FINANCIEN), WT(TOESLAGEN) | WT(AWB), "Toeslagen, terugvorderingen en betalingsregelingen." },
	{ "UWV", LG(WERK_EN_ACTIVITEITEN) | LG(FINANCIEN), WT(WW) | WT(WIA) | WT(WAJONG),
	  "Uitkeringen bij werkloosheid en ziekte; de Maatwerkplaats UWV." },
	{ "SVB", LG(FINANCIEN) | LG(WOONLAND_INGEZETENSCHAP), WT(AOW) | WT(AKW),
	  "AOW en kinderbijslag, ook bij wonen of werken in het buitenland." },
	{ "DUO", LG(ONDERWIJS) | LG(FINANCIEN), WT(WSF_2000), "Studiefinanciering en studieschulden." },
	{ "CAK", LG(ZORG) | LG(FINANCIEN), WT(WLZ) | WT(WMO_2015) | WT(ZVW), "Eigen bijdragen en wanbetalersregeling." },
	{ "CJIB", LG(FINANCIEN) | LG(JUSTITIE), WT(AWB), "Boetes, betalingsregelingen en schuldhulp bij vorderingen." },
	{ "IND", LG(VERBLIJF), WT(VREEMDELINGENWET), "Verblijfsrecht en naturalisatie." },
	{ "CIZ", LG(ZORG), WT(WLZ), "Indicaties voor de Wlz." },
	{ "RvIG", LG(WOONLAND_INGEZETENSCHAP), WT(BRP), "Inschrijving in de BRP en de RNI, identiteitsdocumenten." },
	{ "COA", LG(WONEN) | LG(VERBLIJF), WT(VREEMDELINGENWET), "Opvang van asielzoekers." },
};

static const char *const voornamen[] = { "Fatima", "Joost", "Sanne", "Mehmet", "Lotte", "Pieter", "Yara", "Daan",
	"Esra", "Thijs", "Noor", "Bram", "Ilse", "Karim", "Femke", "Ruben", "Aylin", "Wouter", "Mirte", "Sem",
	"Hatice", "Jesse", "Lieke", "Omar", "Anouk", "Gijs", "Naima", "Koen", "Vera", "Milan", "Priya", "Tom" };
static const char *const achternamen[] = { "de Vries", "Jansen", "el Amrani", "Bakker", "Yilmaz", "Visser",
	"Smit", "Mulder", "de Boer", "Bouzid", "Meijer", "de Groot", "Hoekstra", "Kaya", "van Dijk", "Peters",
	"Dekker", "van Leeuwen", "Brouwer", "Koster", "Veenstra", "Ramdin", "Post", "Kuipers", "Hendriks", "Wijaya" };
static const char *const functies[] = { "Maatwerkprofessional", "Casusregisseur", "Beleidsadviseur",
	"Klantmanager", "Consulent schuldhulpverlening", "Wijkcoach", "Jurist", "Specialist bijzondere zaken",
	"Teamleider", "Adviseur complexe casuïstiek" };
/* A sentence of expertise per leefgebied (enum leefgebied). */
static const char *const zinnen[LEEFGEBIED__MAX] = {
	[LEEFGEBIED_FINANCIEN] = "schulden, betalingsregelingen en inkomen",
	[LEEFGEBIED_WONEN] = "huisvesting, urgentie en dakloosheid",
	[LEEFGEBIED_VERBLIJF] = "verblijfsrecht en terugkeer",
	[LEEFGEBIED_LICHAMELIJKE_GEZONDHEID] = "chronische ziekte en hulpmiddelen",
	[LEEFGEBIED_PSYCHOLOGISCHE_GEZONDHEID] = "ggz en verslaving",
	[LEEFGEBIED_ZORG] = "zorg die tussen wetten valt",
	[LEEFGEBIED_WERK_EN_ACTIVITEITEN] = "werk, re-integratie en dagbesteding",
	[LEEFGEBIED_ONDERWIJS] = "leerplicht en passend onderwijs",
	[LEEFGEBIED_JUSTITIE] = "nazorg na detentie en reclassering",
	[LEEFGEBIED_VEILIGHEID] = "huiselijk geweld en veiligheid",
	[LEEFGEBIED_SOCIALE_RELATIES] = "gezinnen en mantelzorg",
	[LEEFGEBIED_ZINGEVING] = "eenzaamheid en zingeving",
	[LEEFGEBIED_WOONLAND_INGEZETENSCHAP] = "remigratie en inschrijving in de BRP",
};

/* The region of a demo municipality: the fictitious ones by name, the rest spread over the provinces. */
static int
regio_van(const struct organisatie_rij *o, size_t i)
{
	static const struct { const char *naam; int regio; } vast[] = {
		{ "Gemeente Zuiderhaven", REGIO_ZUID_HOLLAND }, { "Gemeente Eemsterhout", REGIO_UTRECHT },
		{ "Gemeente Hoogmeer", REGIO_NOORD_HOLLAND }, { "Gemeente Lindewaard", REGIO_GELDERLAND },
		{ "Gemeente Kranenveld", REGIO_NOORD_BRABANT }, { "Gemeente Duinmond", REGIO_ZEELAND },
	};

	if (o->type != ORGTYPE_GEMEENTE)
		return REGIO_LANDELIJK;
	for (size_t k = 0; k < sizeof(vast) / sizeof(vast[0]); k++)
		if (strcmp(o->naam, vast[k].naam) == 0)
			return vast[k].regio;
	return 1 + (int)(i % 12);   /* one of the twelve provinces */
}

/* A lower-case address part of a name: letters and digits only. */
static const char *
slug(struct arena *a, const char *naam)
{
	char *s = arena_alloc(a, strlen(naam) + 1), *p = s;

	for (const char *q = naam; *q; q++)
		if ((*q >= 'a' && *q <= 'z') || (*q >= '0' && *q <= '9'))
			*p++ = *q;
		else if (*q >= 'A' && *q <= 'Z')
			*p++ = (char)(*q - 'A' + 'a');
	*p = '\0';
	return s[0] ? s : "organisatie";
}

/* An account that cannot sign in ('!' is no password hash), so that the functionaris can be invited to a casus. */
static int64_t
persoon_met_account(struct store *st, const char *email, const char *naam, const char *org)
{
	struct err e = { 0 };
	int64_t id = 0, persoon = 0;

	if (store_user_add(st, email, naam, org, ROL_BIT(ROL_MAATWERKPROFESSIONAL), "!", time(NULL), &id, &e) != ERR_OK &&
	    e.code != ERR_CONFLICT)
		return 0;
	store_persoon_by_email(st, email, &persoon, NULL);
	return persoon;
}

int
demo_register(struct store *st, time_t now)
{
	struct organisatie_filter f = { .type = -1, .status = -1, .limit = -1 };
	struct organisatie_rij *o = NULL;
	struct arena *a = arena_new();
	struct register_item *al = NULL;
	size_t n = 0, nal = 0, nentries = 0;
	int64_t *entries, *entry_org;
	int *entry_regio;
	unsigned *entry_lg;
	struct err e = { 0 };
	int vandaag = date_today_local(now), rc = -1;

	if (store_register_alle(st, a, &al, &nal, &e) != ERR_OK)
		goto out;
	if (nal > 0) {   /* an earlier init --demo made it */
		rc = 0;
		goto out;
	}
	if (store_organisatie_lijst(st, a, &f, &o, &n, NULL, &e) != ERR_OK)
		goto out;
	entries = arena_alloc(a, (n + 1) * sizeof(*entries));
	entry_org = arena_alloc(a, (n + 1) * sizeof(*entry_org));
	entry_regio = arena_alloc(a, (n + 1) * sizeof(*entry_regio));
	entry_lg = arena_alloc(a, (n + 1) * sizeof(*entry_lg));
	for (size_t i = 0; i < n; i++) {
		const struct organisatie_rij *org = &o[i];
		struct register_invoer in = { .soort = REGSOORT_ORGANISATIE };
		const char *s = slug(a, org->code != NULL ? org->code : org->naam);
		int64_t persoon = 0, id = 0;
		bool bekend = false;

		if (org->aangesloten_sinds == DATE_NONE || org->aangesloten_sinds > vandaag ||
		    (org->aangesloten_tot != DATE_NONE && org->aangesloten_tot <= vandaag))
			continue;   /* the register lists connected organisations */
		in.naam = arena_printf(a, "%s %s", voornamen[(i * 5 + 3) % (sizeof(voornamen) / sizeof(voornamen[0]))],
		    achternamen[(i * 7 + 1) % (sizeof(achternamen) / sizeof(achternamen[0]))]);
		in.functie = "Maatwerkfunctionaris";
		in.mandaat = org->type == ORGTYPE_GEMEENTE ? "Het college van burgemeester en wethouders" :
		    org->type == ORGTYPE_MINISTERIE ? "De secretaris-generaal" : "De raad van bestuur";
		in.email = arena_printf(a, "maatwerk@%s.example", s);
		in.telefoon = arena_printf(a, "0%d %03zu %02zu %02zu", 10 + (int)(i % 80), 100 + i % 900, i % 100, (i * 7) % 100);
		in.regio = regio_van(org, i);
		for (size_t k = 0; k < sizeof(kennis) / sizeof(kennis[0]); k++)
			if (org->code != NULL && strcmp(org->code, kennis[k].code) == 0) {
				in.leefgebieden = kennis[k].lg;
				in.wetten = kennis[k].wet;
				in.expertise = kennis[k].expertise;
				bekend = true;
			}
		if (!bekend && org->type == ORGTYPE_GEMEENTE) {
			in.leefgebieden = LG(WONEN) | LG(FINANCIEN) | LG(ZORG) | LG(SOCIALE_RELATIES) |
			    (i % 3 == 0 ? LG(WOONLAND_INGEZETENSCHAP) : 0);
			in.wetten = WT(WMO_2015) | WT(PARTICIPATIEWET) | WT(JEUGDWET) | WT(WGS) | WT(HUISVESTINGSWET);
			in.expertise = "Maatwerk in het sociaal domein: huisvesting en urgentie, schulden, Wmo en jeugdhulp, "
			    "en de eerste opvang van gezinnen die terugkeren uit het buitenland (remigranten).";
		} else if (!bekend) {
			in.leefgebieden = LG(ZORG) | LG(FINANCIEN);
			in.expertise = "Vragen waarbij regels van deze organisatie en andere botsen.";
		}
		/* the functionarissen of BuZa, BZK and the municipalities can be invited to a casus */
		if (org->type == ORGTYPE_GEMEENTE || (org->code != NULL && (strcmp(org->code, "BuZa") == 0 ||
		    strcmp(org->code, "BZK") == 0)))
			persoon = persoon_met_account(st, arena_printf(a, "functionaris@%s.example", s), in.naam, org->naam);
		if (register_validate(&in, &e) != ERR_OK ||
		    store_register_nieuw(st, &in, org->id, 0, persoon, 0, now, vandaag - (int)((i * 53) % 420), &id, &e) !=
		    ERR_OK) {
			fprintf(stderr, "doorbraak: demo-register %s: %s\n", org->naam, e.msg);
			goto out;
		}
		entries[nentries] = id;
		entry_org[nentries] = org->id;
		entry_regio[nentries] = in.regio;
		entry_lg[nentries++] = in.leefgebieden;
	}
	for (size_t i = 0; i < DEMO_PROFESSIONALS && nentries > 0; i++) {
		size_t k = (i * 11 + i / 7) % nentries, nv = sizeof(voornamen) / sizeof(voornamen[0]);
		struct register_invoer in = { .soort = REGSOORT_PROFESSIONAL };
		const char *v = voornamen[(i * 3) % nv], *l = achternamen[(i * 5 + i / nv) %
		    (sizeof(achternamen) / sizeof(achternamen[0]))];
		unsigned lg = 0;
		int64_t id;
		int gekozen = 0;

		/* one to three of the entry's leefgebieden */
		for (int b = 0; b < LEEFGEBIED__MAX && gekozen < 1 + (int)(i % 3); b++) {
			int j = (b + (int)i) % LEEFGEBIED__MAX;

			if (entry_lg[k] & (1u << j)) {
				lg |= 1u << j;
				gekozen++;
			}
		}
		if (lg == 0)
			lg = LG(ZORG);
		in.naam = arena_printf(a, "%s %s", v, l);
		in.functie = functies[i % (sizeof(functies) / sizeof(functies[0]))];
		in.email = arena_printf(a, "%s.%s.%zu@%s.example", slug(a, v), slug(a, l), i, "professionals");
		in.telefoon = i % 4 == 0 ? NULL : arena_printf(a, "06 %02zu %02zu %02zu %02zu", 10 + i % 90, i % 97, i % 89,
		    i % 83);
		in.regio = entry_regio[k] == REGIO_LANDELIJK && i % 2 ? 1 + (int)(i % 12) : entry_regio[k];
		in.leefgebieden = lg;
		in.wetten = (uint64_t)1 << (i % WET_ANDERS);
		in.expertise = "";
		for (int j = 0; j < LEEFGEBIED__MAX; j++)
			if (lg & (1u << j))
				in.expertise = arena_printf(a, "%s%s%s", in.expertise, in.expertise[0] ? "; " : "Ervaring met ",
				    zinnen[j]);
		in.expertise = arena_printf(a, "%s.", in.expertise);
		if (register_validate(&in, &e) != ERR_OK ||
		    store_register_nieuw(st, &in, entry_org[k], entries[k], 0, 0, now, vandaag - (int)((i * 37) % 540), &id,
		    &e) != ERR_OK) {
			fprintf(stderr, "doorbraak: demo-register professional %zu: %s\n", i, e.msg);
			goto out;
		}
	}
	rc = 0;
out:
	arena_free(a);
	return rc;
}
