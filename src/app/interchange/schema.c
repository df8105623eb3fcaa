/* schema.c - the interchange format's objects as member tables, with their initial values and checks. */
#include "app/interchange/schema.h"

#include "core/bedrag.h"
#include "core/escalatie.h"
#include "core/overbrugging.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

_Static_assert(sizeof(enum casus_status) == sizeof(int) && sizeof(enum urgentie) == sizeof(int) &&
    sizeof(enum organisatie_type) == sizeof(int) && sizeof(enum categorie) == sizeof(int) &&
    sizeof(enum interventie_type) == sizeof(int) && sizeof(enum opvolging_status) == sizeof(int) &&
    sizeof(enum pmm_soort) == sizeof(int) && sizeof(enum niet_belegd_reden) == sizeof(int) &&
    sizeof(enum leerpunt_bron) == sizeof(int) && sizeof(enum maatwerk_vorm) == sizeof(int) &&
    sizeof(enum koppeling_soort) == sizeof(int),
    "K_ENUM stores enums as int");

/* ---- initial values ------------------------------------------------------ */

static void
organisatie_init(void *obj)
{
	struct organisatie_ref *o = obj;

	memset(o, 0, sizeof(*o));
	o->type = ORGTYPE_OVERIG;
	o->aangesloten_sinds = o->aangesloten_tot = DATE_NONE;
}

static void
betrokken_init(void *obj)
{
	struct betrokken_organisatie *b = obj;

	memset(b, 0, sizeof(*b));
	organisatie_init(&b->organisatie);
}

static void
persoon_init(void *obj)
{
	struct persoon_ref *p = obj;

	memset(p, 0, sizeof(*p));
	organisatie_init(&p->organisatie);
}

static void
zero_init(void *obj)
{
	(void)obj;   /* arena memory is zeroed; embedded objects are reset by their own init */
}

static void
procesregie_init(void *obj)
{
	memset(obj, 0, sizeof(struct procesregie));
}

static void
interventie_init(void *obj)
{
	struct interventie *i = obj;

	memset(i, 0, sizeof(*i));
	i->datum = DATE_NONE;
}

static void
belegging_init_obj(void *obj)
{
	belegging_init(obj);   /* core/casus_leerpunt.c */
}

static void
leerpunt_init_obj(void *obj)
{
	leerpunt_init(obj);
}

static void
maatwerk_init_obj(void *obj)
{
	maatwerk_init(obj);
}

static void
historie_entry_init(void *obj)
{
	struct opvolging *o = obj;

	memset(o, 0, sizeof(*o));
	o->datum = DATE_NONE;
	o->reden = -1;
}

static void
casus_init_obj(void *obj)
{
	casus_init(obj);   /* core/casus.c: the one definition of a blank casus */
}

static bool
persoon_present(const void *obj)
{
	return ((const struct persoon_ref *)obj)->naam != NULL;
}

static bool
organisatie_present(const void *obj)
{
	return ((const struct organisatie_ref *)obj)->naam != NULL;
}

static bool
procesregie_present(const void *obj)
{
	const struct procesregie *p = obj;

	return p->houder != NULL || p->terugkoppeling != NULL || p->dossierhouder != NULL;
}

/* ---- finishing touches after an object is read ----------------------------- */

void
interchange_path_join(path_t out, const char *path, const char *name)
{
	if (snprintf(out, sizeof(path_t), "%s%s%s", path, path[0] != '\0' ? "." : "", name) >= (int)sizeof(path_t))
		return;   /* truncated: still names the start of the path */
}

void
interchange_path_index(path_t out, const char *path, size_t i)
{
	if (snprintf(out, sizeof(path_t), "%s[%zu]", path, i) >= (int)sizeof(path_t))
		return;
}

/* The ministry a name stands for: its code, full name or "Ministerie van CODE"; -1 when none. */
static int
ministerie_find(const char *naam)
{
	static const char prefix[] = "Ministerie van ";
	static const struct { const char *alias; int code; } aliases[] = {
		{ "A&M", BELEIDSTERREIN_AENM }, { "J&V", BELEIDSTERREIN_JENV },
	};
	int i;

	if (naam == NULL)
		return -1;
	i = codelist_find_nocase(&codes_beleidsterrein, naam);
	if (i >= 0)
		return i;
	for (i = 0; i < BELEIDSTERREIN__MAX; i++)
		if (strcasecmp(naam, ministerie_naam[i]) == 0)
			return i;
	for (size_t k = 0; k < sizeof(aliases) / sizeof(aliases[0]); k++)
		if (strcasecmp(naam, aliases[k].alias) == 0)
			return aliases[k].code;
	if (strncasecmp(naam, prefix, sizeof(prefix) - 1) == 0)
		return codelist_find_nocase(&codes_beleidsterrein, naam + sizeof(prefix) - 1);
	return -1;
}

static enum err_code
organisatie_finish(struct err *e, void *obj, const char *path, uint64_t seen)
{
	struct organisatie_ref *o = obj;
	int bycode = -1, byname;
	path_t f;

	(void)seen;
	if (o->type != ORGTYPE_MINISTERIE)
		return ERR_OK;
	if (o->code != NULL)
		bycode = ministerie_find(o->code);
	if (o->code != NULL && bycode < 0) {
		interchange_path_join(f, path, "code");
		return err_set(e, ERR_VALIDATION, f, "Onbekende ministeriecode '%.40s'.", o->code);
	}
	byname = ministerie_find(o->naam);
	if (bycode >= 0 && byname >= 0 && bycode != byname) {
		interchange_path_join(f, path, "code");
		return err_set(e, ERR_VALIDATION, f, "De code %s past niet bij de naam '%.60s'.",
		    codes_beleidsterrein.codes[bycode], o->naam);
	}
	if (bycode < 0 && byname < 0) {
		interchange_path_join(f, path, "naam");
		return err_set(e, ERR_VALIDATION, f,
		    "Onbekend ministerie '%.60s'; gebruik een code zoals VWS of SZW, of de volledige naam.", o->naam);
	}
	o->code = codes_beleidsterrein.codes[bycode >= 0 ? bycode : byname];
	return ERR_OK;
}

static enum err_code
betrokken_finish(struct err *e, void *obj, const char *path, uint64_t seen)
{
	return organisatie_finish(e, &((struct betrokken_organisatie *)obj)->organisatie, path, seen);
}

static enum err_code casus_finish(struct err *e, void *obj, const char *path, uint64_t seen);

/* ---- the tables ---------------------------------------------------------------- */

#define OFF(T, m) offsetof(T, m)
#define BOFF(m) (offsetof(struct betrokken_organisatie, organisatie) + offsetof(struct organisatie_ref, m))

static const struct member organisatie_members[] = {
	{ "naam", K_TEXT, OFF(struct organisatie_ref, naam), 0, NULL, NULL, M_REQUIRED },
	{ "type", K_ENUM, OFF(struct organisatie_ref, type), 0, &codes_organisatie_type, NULL, M_REQUIRED },
	{ "code", K_TEXT, OFF(struct organisatie_ref, code), 0, NULL, NULL, 0 },
	{ "aangeslotenSinds", K_DATE, OFF(struct organisatie_ref, aangesloten_sinds), 0, NULL, NULL, 0 },
	{ "aangeslotenTot", K_DATE, OFF(struct organisatie_ref, aangesloten_tot), 0, NULL, NULL, 0 },
	{ NULL, K_IGNORE, 0, 0, NULL, NULL, 0 }
};
const struct objtype interchange_schema_organisatie = {
	sizeof(struct organisatie_ref), organisatie_init, organisatie_members, organisatie_finish,
	organisatie_present
};

static const struct member betrokken_members[] = {
	{ "naam", K_TEXT, BOFF(naam), 0, NULL, NULL, M_REQUIRED },
	{ "type", K_ENUM, BOFF(type), 0, &codes_organisatie_type, NULL, M_REQUIRED },
	{ "code", K_TEXT, BOFF(code), 0, NULL, NULL, 0 },
	{ "aangeslotenSinds", K_DATE, BOFF(aangesloten_sinds), 0, NULL, NULL, 0 },
	{ "aangeslotenTot", K_DATE, BOFF(aangesloten_tot), 0, NULL, NULL, 0 },
	{ "rol", K_TEXT, OFF(struct betrokken_organisatie, rol), 0, NULL, NULL, 0 },
	{ NULL, K_IGNORE, 0, 0, NULL, NULL, 0 }
};
static const struct objtype betrokken_type = {
	sizeof(struct betrokken_organisatie), betrokken_init, betrokken_members, betrokken_finish, NULL
};

static const struct member persoon_members[] = {
	{ "naam", K_TEXT, OFF(struct persoon_ref, naam), 0, NULL, NULL, M_REQUIRED },
	{ "email", K_TEXT, OFF(struct persoon_ref, email), 0, NULL, NULL, 0 },
	{ "organisatie", K_OBJECT, OFF(struct persoon_ref, organisatie), 0, NULL, &interchange_schema_organisatie, 0 },
	{ NULL, K_IGNORE, 0, 0, NULL, NULL, 0 }
};
static const struct objtype persoon_type = {
	sizeof(struct persoon_ref), persoon_init, persoon_members, NULL, persoon_present
};

static const struct member knelpunt_members[] = {
	{ "categorie", K_ENUM, OFF(struct knelpunt, categorie), 0, &codes_categorie, NULL, M_REQUIRED },
	{ "omschrijving", K_TEXT, OFF(struct knelpunt, omschrijving), 0, NULL, NULL, 0 },
	{ "soorten", K_BITS64, OFF(struct knelpunt, soorten), 0, &codes_knelpunt_soort, NULL, M_OPTIONEEL },
	{ NULL, K_IGNORE, 0, 0, NULL, NULL, 0 }
};
static const struct objtype knelpunt_type = {
	sizeof(struct knelpunt), zero_init, knelpunt_members, NULL, NULL
};

static const struct member interventie_members[] = {
	{ "type", K_ENUM, OFF(struct interventie, type), 0, &codes_interventie_type, NULL, M_REQUIRED },
	{ "datum", K_DATE, OFF(struct interventie, datum), 0, NULL, NULL, 0 },
	{ "omschrijving", K_TEXT, OFF(struct interventie, omschrijving), 0, NULL, NULL, 0 },
	{ NULL, K_IGNORE, 0, 0, NULL, NULL, 0 }
};
static const struct objtype interventie_type = {
	sizeof(struct interventie), interventie_init, interventie_members, NULL, NULL
};

/* One entry of a belegging's history (interchange version 2). */
static const struct member historie_members[] = {
	{ "datum", K_DATE, OFF(struct opvolging, datum), 0, NULL, NULL, M_REQUIRED },
	{ "status", K_ENUM, OFF(struct opvolging, status), 0, &codes_opvolging_status, NULL, M_REQUIRED },
	{ "reden", K_CODE, OFF(struct opvolging, reden), 0, &codes_reden, NULL, 0 },
	{ "notitie", K_TEXT, OFF(struct opvolging, notitie), 0, NULL, NULL, 0 },
	{ "bron", K_TEXT, OFF(struct opvolging, bron), 0, NULL, NULL, 0 },
	{ NULL, K_IGNORE, 0, 0, NULL, NULL, 0 }
};
static const struct objtype historie_type = {
	sizeof(struct opvolging), historie_entry_init, historie_members, NULL, NULL
};

static const struct member partner_members[] = {
	{ "naam", K_TEXT, OFF(struct organisatie_ref, naam), 0, NULL, NULL, M_REQUIRED },
	{ "type", K_ENUM, OFF(struct organisatie_ref, type), 0, &codes_organisatie_type, NULL, M_REQUIRED },
	{ "code", K_TEXT, OFF(struct organisatie_ref, code), 0, NULL, NULL, 0 },
	{ NULL, K_IGNORE, 0, 0, NULL, NULL, 0 }
};
static const struct objtype partner_type = {
	sizeof(struct organisatie_ref), organisatie_init, partner_members, organisatie_finish, organisatie_present
};

/*
 * status and reden are the current ones (the last entry of historie when it
 * is there). Without historie (version 1, an API body) saving starts the
 * history with that one entry.
 */
static const struct member belegging_members[] = {
	{ "bij", K_BIJ, 0, 0, NULL, NULL, M_REQUIRED },
	{ "status", K_ENUM, OFF(struct belegging, status), 0, &codes_opvolging_status, NULL, 0 },
	{ "reden", K_CODE, OFF(struct belegging, reden), 0, &codes_reden, NULL, 0 },
	{ "pmmSoort", K_ENUM, OFF(struct belegging, pmm_soort), 0, &codes_pmm_soort, NULL, M_NIET_NUL },
	{ "nietBelegd", K_ENUM, OFF(struct belegging, niet_belegd), 0, &codes_niet_belegd_reden, NULL, M_NIET_NUL },
	{ "nietBelegdToelichting", K_TEXT, OFF(struct belegging, niet_belegd_toelichting), 0, NULL, NULL, 0 },
	{ "partners", K_ARRAY, OFF(struct belegging, partners), OFF(struct belegging, npartners), NULL, &partner_type,
	    M_OPTIONEEL },
	{ "historie", K_ARRAY, OFF(struct belegging, historie), OFF(struct belegging, nhistorie), NULL,
	    &historie_type, M_OPTIONEEL },
	{ "doorgezetNaar", K_ID, OFF(struct belegging, doorgezet_naar), 0, NULL, NULL, 0 },
	{ "id", K_ID, OFF(struct belegging, id), 0, NULL, NULL, 0 },
	{ NULL, K_IGNORE, 0, 0, NULL, NULL, 0 }
};
static const struct objtype belegging_type = {
	sizeof(struct belegging), belegging_init_obj, belegging_members, NULL, NULL
};

static const struct member koppeling_members[] = {
	{ "soort", K_ENUM, OFF(struct leerpunt_koppeling, soort), 0, &codes_koppeling_soort, NULL, M_REQUIRED },
	{ "referentie", K_TEXT, OFF(struct leerpunt_koppeling, referentie), 0, NULL, NULL, 0 },
	{ "url", K_TEXT, OFF(struct leerpunt_koppeling, url), 0, NULL, NULL, 0 },
	{ NULL, K_IGNORE, 0, 0, NULL, NULL, 0 }
};
static const struct objtype koppeling_type = {
	sizeof(struct leerpunt_koppeling), zero_init, koppeling_members, NULL, NULL
};

static const struct member maatwerk_members[] = {
	{ "vorm", K_ENUM, OFF(struct maatwerk_toepassing, vorm), 0, &codes_maatwerk_vorm, NULL, M_REQUIRED },
	{ "door", K_OBJECT, OFF(struct maatwerk_toepassing, door), 0, NULL, &interchange_schema_organisatie, 0 },
	{ "wet", K_CODE, OFF(struct maatwerk_toepassing, wet), 0, &codes_wet_regeling, NULL, 0 },
	{ "artikel", K_TEXT, OFF(struct maatwerk_toepassing, artikel), 0, NULL, NULL, 0 },
	{ "toelichting", K_TEXT, OFF(struct maatwerk_toepassing, toelichting), 0, NULL, NULL, 0 },
	{ "datum", K_DATE, OFF(struct maatwerk_toepassing, datum), 0, NULL, NULL, 0 },
	{ NULL, K_IGNORE, 0, 0, NULL, NULL, 0 }
};
static const struct objtype maatwerk_type = {
	sizeof(struct maatwerk_toepassing), maatwerk_init_obj, maatwerk_members, NULL, NULL
};

static const struct member leerpunt_members[] = {
	{ "omschrijving", K_TEXT, OFF(struct leerpunt, omschrijving), 0, NULL, NULL, 0 },
	{ "categorie", K_ENUM, OFF(struct leerpunt, categorie), 0, &codes_categorie, NULL, M_REQUIRED },
	{ "orde", K_INT, OFF(struct leerpunt, orde), 0, NULL, NULL, M_REQUIRED },
	{ "vraag", K_BOOL, OFF(struct leerpunt, vraag), 0, NULL, NULL, 0 },
	{ "alBekend", K_BOOL, OFF(struct leerpunt, al_bekend), 0, NULL, NULL, 0 },
	{ "terugkerend", K_BOOL, OFF(struct leerpunt, terugkerend), 0, NULL, NULL, 0 },
	{ "themas", K_STRINGS, OFF(struct leerpunt, themas), OFF(struct leerpunt, nthemas), NULL, NULL, 0 },
	{ "beleggingen", K_ARRAY, OFF(struct leerpunt, beleggingen), OFF(struct leerpunt, nbeleggingen), NULL,
	    &belegging_type, 0 },
	{ "bron", K_ENUM, OFF(struct leerpunt, bron), 0, &codes_leerpunt_bron, NULL, M_NIET_NUL },
	{ "bronReferentie", K_TEXT, OFF(struct leerpunt, bron_referentie), 0, NULL, NULL, 0 },
	{ "gesignaleerdOp", K_DATE, OFF(struct leerpunt, gesignaleerd_op), 0, NULL, NULL, 0 },
	{ "wetten", K_BITS64, OFF(struct leerpunt, wetten), 0, &codes_wet_regeling, NULL, M_OPTIONEEL },
	{ "koppelingen", K_ARRAY, OFF(struct leerpunt, koppelingen), OFF(struct leerpunt, nkoppelingen), NULL,
	    &koppeling_type, M_OPTIONEEL },
	{ "id", K_ID, OFF(struct leerpunt, id), 0, NULL, NULL, 0 },
	{ NULL, K_IGNORE, 0, 0, NULL, NULL, 0 }
};
const struct objtype interchange_schema_leerpunt = {
	sizeof(struct leerpunt), leerpunt_init_obj, leerpunt_members, NULL, NULL
};
#define leerpunt_type interchange_schema_leerpunt

static const struct member procesregie_members[] = {
	{ "houder", K_TEXT, OFF(struct procesregie, houder), 0, NULL, NULL, 0 },
	{ "terugkoppeling", K_TEXT, OFF(struct procesregie, terugkoppeling), 0, NULL, NULL, 0 },
	{ "dossierhouder", K_TEXT, OFF(struct procesregie, dossierhouder), 0, NULL, NULL, 0 },
	{ NULL, K_IGNORE, 0, 0, NULL, NULL, 0 }
};
static const struct objtype procesregie_type = {
	sizeof(struct procesregie), procesregie_init, procesregie_members, NULL, procesregie_present
};

/* ---- escalaties and overbruggingen (issue 10) ------------------------------------------ */

/* A rule of core broken by a record at path: the core's field is made a path below it. */
static enum err_code
core_fout(struct err *e, const char *path, enum err_code rc)
{
	char f[2 * sizeof(e->field) + 2];
	size_t lp, lf, n;

	if (rc == ERR_OK || e == NULL || path[0] == '\0')
		return rc;
	lp = strnlen(path, sizeof(e->field));
	lf = strnlen(e->field, sizeof(e->field) - 1);
	memcpy(f, path, lp);
	n = lp;
	if (lf > 0) {
		f[n++] = '.';
		memcpy(f + n, e->field, lf);
		n += lf;
	}
	if (n > sizeof(e->field) - 1)
		n = sizeof(e->field) - 1;   /* still names the start of the path */
	memcpy(e->field, f, n);
	e->field[n] = '\0';
	return rc;
}

static void
deelnemer_init(void *obj)
{
	struct escalatie_deelnemer *d = obj;

	memset(d, 0, sizeof(*d));
	organisatie_init(&d->organisatie);
}

static void
opvolging_init(void *obj)
{
	struct afspraak_opvolging *o = obj;

	memset(o, 0, sizeof(*o));
	o->datum = DATE_NONE;
}

static void
afspraak_init(void *obj)
{
	struct escalatie_afspraak *a = obj;

	memset(a, 0, sizeof(*a));
	organisatie_init(&a->organisatie);
	a->uiterlijk = DATE_NONE;
}

static enum err_code
afspraak_finish(struct err *e, void *obj, const char *path, uint64_t seen)
{
	struct escalatie_afspraak *a = obj;

	(void)e;
	(void)path;
	(void)seen;
	a->status = afspraak_status_van(a);   /* not in the format: it follows from the follow-up */
	return ERR_OK;
}

static void
bijeenkomst_init(void *obj)
{
	struct escalatie_bijeenkomst *b = obj;

	memset(b, 0, sizeof(*b));
	b->datum = DATE_NONE;
}

static void
escalatie_init_obj(void *obj)
{
	escalatie_init(obj);
}

static enum err_code
escalatie_finish(struct err *e, void *obj, const char *path, uint64_t seen)
{
	(void)seen;
	return core_fout(e, path, escalatie_record_check(obj, e));
}

static void
kandidaat_init(void *obj)
{
	struct overbrugging_kandidaat *k = obj;

	memset(k, 0, sizeof(*k));
	organisatie_init(&k->organisatie);
}

static enum err_code
kandidaat_finish(struct err *e, void *obj, const char *path, uint64_t seen)
{
	path_t f;

	interchange_path_join(f, path, "organisatie");
	return organisatie_finish(e, &((struct overbrugging_kandidaat *)obj)->organisatie, f, seen);
}

static void
overbrugging_init_obj(void *obj)
{
	overbrugging_init(obj);
}

static enum err_code
overbrugging_finish(struct err *e, void *obj, const char *path, uint64_t seen)
{
	(void)seen;
	return core_fout(e, path, overbrugging_record_check(obj, e));
}

#define DN(m) OFF(struct escalatie_deelnemer, m)
static const struct member deelnemer_members[] = {
	{ "naam", K_TEXT, DN(naam), 0, NULL, NULL, M_REQUIRED },
	{ "organisatie", K_OBJECT, DN(organisatie), 0, NULL, &interchange_schema_organisatie, M_REQUIRED },
	{ "functie", K_TEXT, DN(functie), 0, NULL, NULL, 0 },
	{ "mandaat", K_BOOL, DN(mandaat), 0, NULL, NULL, 0 },
	{ NULL, K_IGNORE, 0, 0, NULL, NULL, 0 }
};
#undef DN
static const struct objtype deelnemer_type = {
	sizeof(struct escalatie_deelnemer), deelnemer_init, deelnemer_members, NULL, NULL
};

#define OV(m) OFF(struct afspraak_opvolging, m)
static const struct member opvolging_members[] = {
	{ "datum", K_DATE, OV(datum), 0, NULL, NULL, M_REQUIRED },
	{ "status", K_ENUM, OV(status), 0, &codes_afspraak_status, NULL, M_REQUIRED },
	{ "notitie", K_TEXT, OV(notitie), 0, NULL, NULL, 0 },
	{ NULL, K_IGNORE, 0, 0, NULL, NULL, 0 }
};
#undef OV
static const struct objtype opvolging_type = {
	sizeof(struct afspraak_opvolging), opvolging_init, opvolging_members, NULL, NULL
};

#define AF(m) OFF(struct escalatie_afspraak, m)
static const struct member afspraak_members[] = {
	{ "wat", K_TEXT, AF(wat), 0, NULL, NULL, M_REQUIRED },
	{ "organisatie", K_OBJECT, AF(organisatie), 0, NULL, &interchange_schema_organisatie, M_REQUIRED },
	{ "wie", K_TEXT, AF(wie), 0, NULL, NULL, 0 },
	{ "uiterlijk", K_DATE, AF(uiterlijk), 0, NULL, NULL, M_REQUIRED },
	{ "opvolging", K_ARRAY, AF(opvolging), AF(nopvolging), NULL, &opvolging_type, 0 },
	/* derived values an API response carries: accepted and ignored */
	{ "id", K_IGNORE, 0, 0, NULL, NULL, 0 },
	{ "status", K_IGNORE, 0, 0, NULL, NULL, 0 },
	{ "teLaat", K_IGNORE, 0, 0, NULL, NULL, 0 },
	{ "dagenTeLaat", K_IGNORE, 0, 0, NULL, NULL, 0 },
	{ NULL, K_IGNORE, 0, 0, NULL, NULL, 0 }
};
#undef AF
static const struct objtype afspraak_type = {
	sizeof(struct escalatie_afspraak), afspraak_init, afspraak_members, afspraak_finish, NULL
};

#define BK(m) OFF(struct escalatie_bijeenkomst, m)
static const struct member bijeenkomst_members[] = {
	{ "datum", K_DATE, BK(datum), 0, NULL, NULL, M_REQUIRED },
	{ "notities", K_TEXT, BK(notities), 0, NULL, NULL, 0 },
	{ "deelnemers", K_ARRAY, BK(deelnemers), BK(ndeelnemers), NULL, &deelnemer_type, 0 },
	{ "afspraken", K_ARRAY, BK(afspraken), BK(nafspraken), NULL, &afspraak_type, 0 },
	{ "id", K_IGNORE, 0, 0, NULL, NULL, 0 },
	{ NULL, K_IGNORE, 0, 0, NULL, NULL, 0 }
};
#undef BK
static const struct objtype bijeenkomst_type = {
	sizeof(struct escalatie_bijeenkomst), bijeenkomst_init, bijeenkomst_members, NULL, NULL
};

#define ES(m) OFF(struct escalatie, m)
static const struct member escalatie_members[] = {
	{ "status", K_ENUM, ES(status), 0, &codes_escalatie_status, NULL, M_REQUIRED },
	{ "aangevraagdOp", K_DATE, ES(aangevraagd_op), 0, NULL, NULL, M_REQUIRED },
	{ "reden", K_TEXT, ES(reden), 0, NULL, NULL, M_REQUIRED },
	{ "geprobeerd", K_TEXT, ES(geprobeerd), 0, NULL, NULL, 0 },
	{ "gevraagdBesluit", K_TEXT, ES(gevraagd_besluit), 0, NULL, NULL, M_REQUIRED },
	{ "urgentie", K_ENUM, ES(urgentie), 0, &codes_urgentie, NULL, 0 },
	{ "organisaties", K_ARRAY, ES(organisaties), ES(norganisaties), NULL, &interchange_schema_organisatie, 0 },
	{ "voorzitter", K_OBJECT, ES(voorzitter), 0, NULL, &persoon_type, 0 },
	{ "uitkomst", K_CODE, ES(uitkomst), 0, &codes_escalatie_uitkomst, NULL, 0 },
	{ "resultaat", K_TEXT, ES(resultaat), 0, NULL, NULL, 0 },
	{ "afgeslotenOp", K_DATE, ES(afgesloten_op), 0, NULL, NULL, 0 },
	{ "bijeenkomsten", K_ARRAY, ES(bijeenkomsten), ES(nbijeenkomsten), NULL, &bijeenkomst_type, 0 },
	/* derived values an API response carries: accepted and ignored */
	{ "id", K_IGNORE, 0, 0, NULL, NULL, 0 },
	{ "letBijeengekomen", K_IGNORE, 0, 0, NULL, NULL, 0 },
	{ "_links", K_IGNORE, 0, 0, NULL, NULL, 0 },
	{ NULL, K_IGNORE, 0, 0, NULL, NULL, 0 }
};
#undef ES
static const struct objtype escalatie_type = {
	sizeof(struct escalatie), escalatie_init_obj, escalatie_members, escalatie_finish, NULL
};
const struct objtype *const interchange_schema_escalatie = &escalatie_type;

#define KD(m) OFF(struct overbrugging_kandidaat, m)
static const struct member kandidaat_members[] = {
	{ "organisatie", K_OBJECT, KD(organisatie), 0, NULL, &interchange_schema_organisatie, M_REQUIRED },
	{ "standpunt", K_ENUM, KD(standpunt), 0, &codes_standpunt, NULL, 0 },
	{ "toelichting", K_TEXT, KD(toelichting), 0, NULL, NULL, 0 },
	{ NULL, K_IGNORE, 0, 0, NULL, NULL, 0 }
};
#undef KD
static const struct objtype kandidaat_type = {
	sizeof(struct overbrugging_kandidaat), kandidaat_init, kandidaat_members, kandidaat_finish, NULL
};

#define OB(m) OFF(struct overbrugging, m)
static const struct member overbrugging_members[] = {
	{ "status", K_ENUM, OB(status), 0, &codes_overbrugging_status, NULL, M_REQUIRED },
	{ "aangevraagdOp", K_DATE, OB(aangevraagd_op), 0, NULL, NULL, M_REQUIRED },
	{ "wat", K_TEXT, OB(wat), 0, NULL, NULL, M_REQUIRED },
	{ "regelingen", K_BITS, OB(regelingen), 0, &codes_regeling, NULL, 0 },
	{ "geschatBedrag", K_BEDRAG, OB(geschat_bedrag), 0, NULL, NULL, 0 },
	{ "periodeVan", K_DATE, OB(periode_van), 0, NULL, NULL, 0 },
	{ "periodeTot", K_DATE, OB(periode_tot), 0, NULL, NULL, 0 },
	{ "termijnWerkdagen", K_INT, OB(termijn_werkdagen), 0, NULL, NULL, 0 },
	{ "kandidaten", K_ARRAY, OB(kandidaten), OB(nkandidaten), NULL, &kandidaat_type, 0 },
	{ "voorfinancier", K_OBJECT, OB(voorfinancier), 0, NULL, &interchange_schema_organisatie, 0 },
	{ "voorgefinancierdBedrag", K_BEDRAG, OB(voorgefinancierd_bedrag), 0, NULL, NULL, 0 },
	{ "voorgefinancierdOp", K_DATE, OB(voorgefinancierd_op), 0, NULL, NULL, 0 },
	{ "betaler", K_OBJECT, OB(betaler), 0, NULL, &interchange_schema_organisatie, 0 },
	{ "grondslag", K_TEXT, OB(grondslag), 0, NULL, NULL, 0 },
	{ "beslotenOp", K_DATE, OB(besloten_op), 0, NULL, NULL, 0 },
	{ "verrekendBedrag", K_BEDRAG, OB(verrekend_bedrag), 0, NULL, NULL, 0 },
	{ "verrekendOp", K_DATE, OB(verrekend_op), 0, NULL, NULL, 0 },
	{ "redenIntrekking", K_TEXT, OB(reden_intrekking), 0, NULL, NULL, 0 },
	{ "ingetrokkenOp", K_DATE, OB(ingetrokken_op), 0, NULL, NULL, 0 },
	/* derived values an API response carries: accepted and ignored */
	{ "id", K_IGNORE, 0, 0, NULL, NULL, 0 },
	{ "beslistermijn", K_IGNORE, 0, 0, NULL, NULL, 0 },
	{ "teLaat", K_IGNORE, 0, 0, NULL, NULL, 0 },
	{ "openstaandBedrag", K_IGNORE, 0, 0, NULL, NULL, 0 },
	{ "_links", K_IGNORE, 0, 0, NULL, NULL, 0 },
	{ NULL, K_IGNORE, 0, 0, NULL, NULL, 0 }
};
#undef OB
static const struct objtype overbrugging_type = {
	sizeof(struct overbrugging), overbrugging_init_obj, overbrugging_members, overbrugging_finish, NULL
};
const struct objtype *const interchange_schema_overbrugging = &overbrugging_type;

#define C(m) OFF(struct casus, m)
static const struct member casus_members[] = {
	{ "referentie", K_TEXT, C(referentie), 0, NULL, NULL, 0 },
	{ "status", K_ENUM, C(status), 0, &codes_casus_status, NULL, 0 },
	{ "ontvangenOp", K_DATE, C(ontvangen_op), 0, NULL, NULL, 0 },
	{ "afgerondOp", K_DATE, C(afgerond_op), 0, NULL, NULL, 0 },
	{ "indiener", K_OBJECT, C(indiener), 0, NULL, &persoon_type, 0 },
	{ "indienerType", K_CODE, C(indiener_type), 0, &codes_indiener_type, NULL, 0 },
	{ "regievoerder", K_OBJECT, C(regievoerder), 0, NULL, &persoon_type, 0 },
	{ "hulpvraag", K_TEXT, C(hulpvraag), 0, NULL, NULL, 0 },
	{ "situatie", K_TEXT, C(situatie), 0, NULL, NULL, 0 },
	{ "leefgebieden", K_BITS, C(leefgebieden), 0, &codes_leefgebied, NULL, 0 },
	{ "beleidsterreinen", K_BITS, C(beleidsterreinen), 0, &codes_beleidsterrein, NULL, M_NOCASE },
	{ "wetten", K_BITS64, C(wetten), 0, &codes_wet_regeling, NULL, M_OPTIONEEL },
	{ "betrokkenOrganisaties", K_ARRAY, C(organisaties), C(norganisaties), NULL, &betrokken_type, 0 },
	{ "knelpunten", K_ARRAY, C(knelpunten), C(nknelpunten), NULL, &knelpunt_type, 0 },
	{ "interventies", K_ARRAY, C(interventies), C(ninterventies), NULL, &interventie_type, 0 },
	{ "maatwerk", K_CODE, C(maatwerk), 0, &codes_maatwerk, NULL, 0 },
	{ "maatwerkToepassingen", K_ARRAY, C(maatwerk_toepassingen), C(nmaatwerk_toepassingen), NULL, &maatwerk_type,
	    M_OPTIONEEL },
	{ "resultaat", K_TEXT, C(resultaat), 0, NULL, NULL, 0 },
	{ "leerpunten", K_ARRAY, C(leerpunten), C(nleerpunten), NULL, &leerpunt_type, 0 },
	{ "redenGeenLeerpunt", K_CODE, C(reden_geen_leerpunt), 0, &codes_reden_geen_leerpunt, NULL, 0 },
	{ "geprobeerd", K_TEXT, C(geprobeerd), 0, NULL, NULL, 0 },
	{ "registerGeprobeerd", K_CODE, C(register_geprobeerd), 0, &codes_register_poging, NULL, 0 },
	{ "registerGeprobeerdBij", K_TEXT, C(register_bij), 0, NULL, NULL, 0 },
	{ "urgentie", K_ENUM, C(urgentie), 0, &codes_urgentie, NULL, 0 },
	{ "procesregie", K_OBJECT, C(procesregie), 0, NULL, &procesregie_type, 0 },
	{ "letEscalatie", K_BOOL, C(let_escalatie), 0, NULL, NULL, 0 },
	{ "buitenlandseComponent", K_BOOL, C(buitenlandse_component), 0, NULL, NULL, 0 },
	{ "followUpOp", K_DATE, C(followup_op), 0, NULL, NULL, 0 },
	{ "followUpAntwoord", K_CODE, C(followup_antwoord), 0, &codes_followup, NULL, 0 },
	{ "followUpToelichting", K_TEXT, C(followup_toelichting), 0, NULL, NULL, 0 },
	{ "escalaties", K_ARRAY, C(escalaties), C(nescalaties), NULL, &escalatie_type, M_OPTIONEEL },
	{ "overbruggingen", K_ARRAY, C(overbruggingen), C(noverbruggingen), NULL, &overbrugging_type, M_OPTIONEEL },
	{ "id", K_ID, C(id), 0, NULL, NULL, 0 },
	/* Derived values an API response may carry: accepted and ignored. */
	{ "complexiteit", K_IGNORE, 0, 0, NULL, NULL, 0 },
	{ "looptijd", K_IGNORE, 0, 0, NULL, NULL, 0 },
	{ "_links", K_IGNORE, 0, 0, NULL, NULL, 0 },
	{ NULL, K_IGNORE, 0, 0, NULL, NULL, 0 }
};
#undef C
_Static_assert(sizeof(casus_members) / sizeof(casus_members[0]) <= 64, "read_object's `seen` has 64 bits");
const struct objtype interchange_schema_casus = {
	sizeof(struct casus), casus_init_obj, casus_members, casus_finish, NULL
};

static bool
was_seen(const struct objtype *t, uint64_t seen, const char *name)
{
	for (int i = 0; t->members[i].name != NULL; i++)
		if (strcmp(t->members[i].name, name) == 0)
			return (seen >> i) & 1u;
	return false;
}

static enum err_code
casus_finish(struct err *e, void *obj, const char *path, uint64_t seen)
{
	struct casus *c = obj;

	(void)e;
	(void)path;
	if (!was_seen(&interchange_schema_casus, seen, "status")) {
		if (c->afgerond_op != DATE_NONE)
			c->status = STATUS_AFGEROND;
		else if (c->regievoerder.naam != NULL)
			c->status = STATUS_IN_BEHANDELING;
		else
			c->status = STATUS_AANGEMELD;
	}
	return ERR_OK;
}

