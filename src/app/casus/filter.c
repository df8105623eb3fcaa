/* filter.c - the werkvoorraad filter: the visibility rule applied once, and the query string read in one place in
   the two spellings of the pages and the API. */
#include "app/casus/filter.h"

#include <ctype.h>
#include <string.h>

#include "app/common/datum.h"
#include "core/perm.h"

void
casus_filter_begin(struct request *r, struct casus_filter *f)
{
	memset(f, 0, sizeof(*f));
	f->leefgebied = f->beleidsterrein = f->indiener_type = -1;
	f->vandaag = app_vandaag(r);
	f->beperk_tot_persoon = casus_beperking(&r->actor, INZAGE_LIJST);
}

/* ---- the choices ----------------------------------------------------------- */

const struct casus_filter_keuze casus_status_keuzes[] = {
	{ "open", "Open (aangemeld en in behandeling)" },
	{ "aangemeld", "Aangemeld" },
	{ "in_behandeling", "In behandeling" },
	{ "afgerond", "Afgerond" },
	{ "concept", "Concept (nog niet ingediend)" },
	{ "alle", "Alle" },
};
const size_t casus_nstatus_keuzes = sizeof(casus_status_keuzes) / sizeof(casus_status_keuzes[0]);
static const unsigned status_bits[] = {
	(1u << STATUS_AANGEMELD) | (1u << STATUS_IN_BEHANDELING), 1u << STATUS_AANGEMELD, 1u << STATUS_IN_BEHANDELING,
	1u << STATUS_AFGEROND, 1u << STATUS_CONCEPT, 0,
};
_Static_assert(sizeof(status_bits) / sizeof(status_bits[0]) == sizeof(casus_status_keuzes) /
    sizeof(casus_status_keuzes[0]), "one set of bits per status choice");

const struct casus_filter_keuze casus_sorteer_keuzes[] = {
	{ "nieuwste", "Ontvangen: nieuwste eerst" },
	{ "oudste", "Ontvangen: oudste eerst" },
	{ "referentie", "Referentie" },
	{ "status", "Status" },
	{ "urgentie", "Urgentie: meest urgent eerst" },
};
const size_t casus_nsorteer_keuzes = sizeof(casus_sorteer_keuzes) / sizeof(casus_sorteer_keuzes[0]);
static const struct {
	const char *api;
	int sort;
} sorteer[] = {
	{ "-ontvangenOp", SORT_ONTVANGEN_DESC }, { "ontvangenOp", SORT_ONTVANGEN_ASC },
	{ "referentie", SORT_REFERENTIE }, { "status", SORT_STATUS }, { "-urgentie", SORT_URGENTIE },
};
_Static_assert(sizeof(sorteer) / sizeof(sorteer[0]) == sizeof(casus_sorteer_keuzes) /
    sizeof(casus_sorteer_keuzes[0]), "one sort per sort choice");

static bool
regie(const struct request *r)
{
	return actor_has(&r->actor, ROL_REGIEVOERDER);
}

const char *
casus_filter_status_web(struct request *r)
{
	const char *s = req_query(r, "status");

	return s != NULL && s[0] != '\0' ? s : regie(r) ? "open" : "alle";
}

const char *
casus_filter_sorteer_standaard(const struct request *r)
{
	return regie(r) ? "oudste" : "nieuwste";   /* a queue is worked oldest first; one's own casussen newest first */
}

bool
casus_filter_status_keuze_mag(struct request *r, const char *code)
{
	return !(regie(r) && strcmp(code, "concept") == 0);
}

/* ---- the parameters ----------------------------------------------------------- */

enum soort { P_STATUS, P_REGIEVOERDER, P_LEEFGEBIED, P_BELEIDSTERREIN, P_INDIENER_TYPE, P_OUDER, P_ZOEK, P_SORTEER };

/* In the order they are checked. A message with %.40s names the value. */
static const struct param {
	enum soort soort;
	const char *naam[2];    /* FILTER_WEB, FILTER_API; NULL: not in that language */
	const char *fout[2];
} params[] = {
	{ P_STATUS, { "status", "status" }, { "Kies een status uit de lijst.", "Onbekende status '%.40s'." } },
	{ P_REGIEVOERDER, { "regievoerder", "regievoerder" },
	    { "Kies een regievoerder uit de lijst.", "Gebruik 'mij', 'geen' of het id van een regievoerder." } },
	{ P_LEEFGEBIED, { "leefgebied", "leefgebied" }, { "Kies een leefgebied uit de lijst.", "Onbekend leefgebied '%.40s'." } },
	{ P_BELEIDSTERREIN, { "beleidsterrein", "beleidsterrein" },
	    { "Kies een beleidsterrein uit de lijst.", "Onbekend beleidsterrein '%.40s'." } },
	{ P_INDIENER_TYPE, { "indiener_type", "indienerType" },
	    { "Kies een soort indiener uit de lijst.", "Onbekend type indiener '%.40s'." } },
	{ P_OUDER, { "ouder_dan", "ouderDanDagen" },
	    { "Vul bij \"ouder dan\" een aantal dagen in (een heel getal van 0 tot 36500).",
	    "Geef een aantal dagen van 0 tot en met 36500." } },
	{ P_ZOEK, { NULL, "zoek" }, { NULL, "Geef een zoekterm van 1 tot %d tekens." } },
	{ P_SORTEER, { "sorteer", "sorteer" },
	    { "Kies een sortering uit de lijst.", "Sorteer op ontvangenOp, -ontvangenOp, referentie, status of -urgentie." } },
};

bool
casus_filter_param(enum casus_filter_taal taal, const char *naam)
{
	for (size_t i = 0; i < sizeof(params) / sizeof(params[0]); i++)
		if (params[i].naam[taal] != NULL && strcmp(params[i].naam[taal], naam) == 0)
			return true;
	return false;
}

bool
casus_filter_getal(const char *s, long min, long max, long *out)
{
	long v = 0;

	if (s == NULL || *s == '\0' || strlen(s) > 9)
		return false;
	for (const char *p = s; *p != '\0'; p++) {
		if (!isdigit((unsigned char)*p))
			return false;
		v = v * 10 + (*p - '0');
	}
	if (v < min || v > max)
		return false;
	*out = v;
	return true;
}

static bool
fout(struct request *r, enum casus_filter_taal taal, const struct param *p, const char *waarde,
    struct casus_filter_fout *out)
{
	out->param = p->naam[taal];
	out->tekst = p->soort == P_ZOEK ? arena_printf(r->arena, p->fout[taal], CASUS_ZOEK_MAX) :
	    strstr(p->fout[taal], "%.40s") != NULL ? arena_printf(r->arena, p->fout[taal], waarde) : p->fout[taal];
	return false;
}

/* The pages: one status choice. The API: a comma-separated list of codes. */
static bool
lees_status(struct request *r, enum casus_filter_taal taal, const struct param *p, const char *v,
    struct casus_filter *f, struct casus_filter_fout *out)
{
	char *lijst, *save = NULL, *tok;

	if (taal == FILTER_WEB) {
		size_t i;

		v = casus_filter_status_web(r);
		for (i = 0; i < casus_nstatus_keuzes; i++)
			if (strcmp(v, casus_status_keuzes[i].code) == 0)
				break;
		if (i == casus_nstatus_keuzes || !casus_filter_status_keuze_mag(r, v))
			return fout(r, taal, p, v, out);
		f->statussen = status_bits[i];
		if (f->statussen == 0 && !regie(r))   /* "alle" for an indiener includes their own concepts */
			f->statussen = (1u << STATUS__MAX) - 1;
		return true;
	}
	lijst = arena_strdup(r->arena, v);
	if (*lijst == '\0' || lijst[strlen(lijst) - 1] == ',' || strstr(lijst, ",,") != NULL) {
		out->param = "status";
		out->tekst = "Geef een of meer statussen, gescheiden door komma's.";
		return false;
	}
	for (tok = strtok_r(lijst, ",", &save); tok != NULL; tok = strtok_r(NULL, ",", &save)) {
		int s = codelist_find(&codes_casus_status, tok);

		if (s < 0)
			return fout(r, taal, p, tok, out);
		f->statussen |= 1u << s;
	}
	return true;
}

static bool
lees_regievoerder(struct request *r, const char *v, struct casus_filter *f)
{
	long id;

	if (strcmp(v, "mij") == 0)
		f->regievoerder_id = r->actor.persoon_id != 0 ? r->actor.persoon_id : -1;
	else if (strcmp(v, "geen") == 0)
		f->niet_toegewezen = true;
	else if (casus_filter_getal(v, 1, 999999999, &id))
		f->regievoerder_id = id;
	else
		return false;
	return true;
}

static bool
lees_sorteer(enum casus_filter_taal taal, const char *v, struct casus_filter *f)
{
	for (size_t i = 0; i < casus_nsorteer_keuzes; i++)
		if (strcmp(v, taal == FILTER_WEB ? casus_sorteer_keuzes[i].code : sorteer[i].api) == 0) {
			f->sort = sorteer[i].sort;
			return true;
		}
	return false;
}

/* One parameter whose value v is present; false with *out filled when it is wrong. */
static bool
lees_een(struct request *r, enum casus_filter_taal taal, const struct param *p, const char *v,
    struct casus_filter *f, struct casus_filter_fout *out)
{
	const char *z = v;
	long n;
	int *code = p->soort == P_LEEFGEBIED ? &f->leefgebied : p->soort == P_BELEIDSTERREIN ? &f->beleidsterrein :
	    &f->indiener_type;
	const struct codelist *l = p->soort == P_LEEFGEBIED ? &codes_leefgebied : p->soort == P_BELEIDSTERREIN ?
	    &codes_beleidsterrein : &codes_indiener_type;

	switch (p->soort) {
	case P_STATUS:
		return lees_status(r, taal, p, v, f, out);
	case P_REGIEVOERDER:
		return lees_regievoerder(r, v, f) || fout(r, taal, p, v, out);
	case P_LEEFGEBIED:
	case P_BELEIDSTERREIN:
	case P_INDIENER_TYPE:
		/* the API takes a ministry's code in any case ("jenv"), as its paths do */
		*code = taal == FILTER_API && p->soort == P_BELEIDSTERREIN ? codelist_find_nocase(l, v) :
		    codelist_find(l, v);
		return *code >= 0 || fout(r, taal, p, v, out);
	case P_OUDER:
		if (!casus_filter_getal(v, 0, 36500, &n))
			return fout(r, taal, p, v, out);
		f->min_leeftijd_dagen = (int)n;
		return true;
	case P_ZOEK:
		while (isspace((unsigned char)*z))
			z++;
		if (*z == '\0' || strlen(v) > CASUS_ZOEK_MAX)
			return fout(r, taal, p, v, out);
		f->zoek = v;
		return true;
	case P_SORTEER:
		return lees_sorteer(taal, v, f) || fout(r, taal, p, v, out);
	}
	return false;
}

bool
casus_filter_lees(struct request *r, enum casus_filter_taal taal, struct casus_filter *f,
    struct casus_filter_fout *out)
{
	for (size_t i = 0; i < sizeof(params) / sizeof(params[0]); i++) {
		const struct param *p = &params[i];
		const char *v;

		if (p->naam[taal] == NULL)
			continue;
		v = req_query(r, p->naam[taal]);
		if (taal == FILTER_WEB && v != NULL && v[0] == '\0')
			v = NULL;   /* an empty form field: no filter */
		if (v == NULL && !(taal == FILTER_WEB && (p->soort == P_STATUS || p->soort == P_SORTEER)))
			continue;
		if (v == NULL)
			v = p->soort == P_SORTEER ? casus_filter_sorteer_standaard(r) : "";   /* the pages' defaults */
		if (!lees_een(r, taal, p, v, f, out))
			return false;
	}
	return true;
}
