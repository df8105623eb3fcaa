/* casus.c - the domain rules of a casus: validation, status transitions, referentie, BSN refusal, indienerType,
   complexity. */
#include "casus.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "core/casus_private.h"
#include "lib/date.h"

void
casus_pad(char f[PATH_MAX_LEN], const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(f, PATH_MAX_LEN, fmt, ap);
	va_end(ap);
}

/* ---- initial values ---------------------------------------------------- */

static void
organisatie_ref_init(struct organisatie_ref *o)
{
	memset(o, 0, sizeof(*o));
	o->type = ORGTYPE_OVERIG;
	o->aangesloten_sinds = o->aangesloten_tot = DATE_NONE;
}

static void
persoon_ref_init(struct persoon_ref *p)
{
	memset(p, 0, sizeof(*p));
	organisatie_ref_init(&p->organisatie);
}

void
casus_init(struct casus *c)
{
	memset(c, 0, sizeof(*c));
	c->status = STATUS_AANGEMELD;
	c->ontvangen_op = c->afgerond_op = c->followup_op = DATE_NONE;
	c->indiener_type = c->maatwerk = c->followup_antwoord = c->reden_geen_leerpunt = -1;
	c->register_geprobeerd = -1;
	c->urgentie = URGENTIE_NORMAAL;
	persoon_ref_init(&c->indiener);
	persoon_ref_init(&c->regievoerder);
}

/* ---- looptijd ---------------------------------------------------------- */

int
casus_looptijd(const struct casus *c, int today)
{
	int end;

	if (c->ontvangen_op == DATE_NONE)
		return 0;
	end = c->afgerond_op != DATE_NONE ? c->afgerond_op : today;
	return end > c->ontvangen_op ? end - c->ontvangen_op : 0;
}

/* ---- validation -------------------------------------------------------- */

const char bsn_melding[] =
    "Dit veld lijkt een BSN te bevatten. Vermeld geen BSN of andere persoonsnummers.";

bool
casus_tekst_leeg(const char *s)
{
	if (s == NULL)
		return true;
	for (; *s != '\0'; s++)
		if (!isspace((unsigned char)*s))
			return false;
	return true;
}

enum err_code
casus_tekst_check(const char *s, const char *field, size_t max, bool required, struct err *e)
{
	if (casus_tekst_leeg(s)) {
		if (required)
			return err_set(e, ERR_VALIDATION, field, "Dit veld is verplicht.");
		return ERR_OK;
	}
	if (strlen(s) > max)
		return err_set(e, ERR_VALIDATION, field, "Deze tekst is te lang (maximaal %zu tekens).", max);
	if (bsn_detect(s))
		return err_set(e, ERR_VALIDATION, field, "%s", bsn_melding);
	return ERR_OK;
}

bool
casus_in_range(int v, int max)
{
	return v >= 0 && v < max;
}

static enum err_code
check_email(const char *s, const char *field, struct err *e)
{
	const char *at;

	if (s == NULL)
		return ERR_OK;
	at = strchr(s, '@');
	if (strlen(s) > CASUS_MAX_KORT || at == NULL || at == s || at[1] == '\0' ||
	    strchr(at + 1, '@') != NULL || strpbrk(s, " \t\r\n<>,;") != NULL)
		return err_set(e, ERR_VALIDATION, field, "Dit is geen geldig e-mailadres.");
	return ERR_OK;
}

enum err_code
casus_org_check(const struct organisatie_ref *o, const char *field, struct err *e)
{
	char f[PATH_MAX_LEN];

	casus_pad(f, "%s.naam", field);
	if (casus_tekst_check(o->naam, f, CASUS_MAX_KORT, true, e) != ERR_OK)
		return e->code;
	if (!casus_in_range((int)o->type, ORGTYPE__MAX)) {
		casus_pad(f, "%s.type", field);
		return err_set(e, ERR_VALIDATION, f, "Onbekend organisatietype.");
	}
	if (o->aangesloten_sinds != DATE_NONE && o->aangesloten_tot != DATE_NONE &&
	    o->aangesloten_tot < o->aangesloten_sinds) {
		casus_pad(f, "%s.aangeslotenTot", field);
		return err_set(e, ERR_VALIDATION, f, "De einddatum van de aansluiting ligt voor de begindatum.");
	}
	return ERR_OK;
}

static enum err_code
check_persoon(const struct persoon_ref *p, const char *field, bool required, struct err *e)
{
	char f[PATH_MAX_LEN];

	if (p->naam == NULL && !required)
		return ERR_OK;
	casus_pad(f, "%s.naam", field);
	if (casus_tekst_check(p->naam, f, CASUS_MAX_KORT, true, e) != ERR_OK)
		return e->code;
	casus_pad(f, "%s.email", field);
	if (check_email(p->email, f, e) != ERR_OK)
		return e->code;
	if (p->organisatie.naam != NULL) {
		casus_pad(f, "%s.organisatie", field);
		return casus_org_check(&p->organisatie, f, e);
	}
	return ERR_OK;
}

static enum err_code
check_dates(const struct casus *c, int today, struct err *e)
{
	if (c->ontvangen_op == DATE_NONE) {
		if (c->status != STATUS_CONCEPT)
			return err_set(e, ERR_VALIDATION, "ontvangenOp", "De datum van ontvangst is verplicht.");
	} else if (c->ontvangen_op > today) {
		return err_set(e, ERR_VALIDATION, "ontvangenOp", "De datum van ontvangst mag niet in de toekomst liggen.");
	}
	if (c->afgerond_op == DATE_NONE) {
		if (c->status == STATUS_AFGEROND)
			return err_set(e, ERR_VALIDATION, "afgerondOp", "Een afgeronde casus heeft een datum van afronding nodig.");
		return ERR_OK;
	}
	if (c->status != STATUS_AFGEROND)
		return err_set(e, ERR_VALIDATION, "status", "Een casus met een datum van afronding heeft de status afgerond.");
	if (c->afgerond_op < c->ontvangen_op)
		return err_set(e, ERR_VALIDATION, "afgerondOp", "De datum van afronding ligt voor de datum van ontvangst.");
	if (c->afgerond_op > today)
		return err_set(e, ERR_VALIDATION, "afgerondOp", "De datum van afronding mag niet in de toekomst liggen.");
	return ERR_OK;
}

static enum err_code
check_lists(const struct casus *c, struct err *e)
{
	char f[PATH_MAX_LEN];

	if ((c->leefgebieden >> LEEFGEBIED__MAX) != 0)
		return err_set(e, ERR_VALIDATION, "leefgebieden", "Onbekend leefgebied.");
	if ((c->beleidsterreinen >> BELEIDSTERREIN__MAX) != 0)
		return err_set(e, ERR_VALIDATION, "beleidsterreinen", "Onbekend beleidsterrein.");
	for (size_t i = 0; i < c->norganisaties; i++) {
		casus_pad(f, "betrokkenOrganisaties[%zu]", i);
		if (casus_org_check(&c->organisaties[i].organisatie, f, e) != ERR_OK)
			return e->code;
		casus_pad(f, "betrokkenOrganisaties[%zu].rol", i);
		if (casus_tekst_check(c->organisaties[i].rol, f, CASUS_MAX_TEKST, false, e) != ERR_OK)
			return e->code;
	}
	for (size_t i = 0; i < c->nknelpunten; i++) {
		casus_pad(f, "knelpunten[%zu].categorie", i);
		if (!casus_in_range((int)c->knelpunten[i].categorie, CATEGORIE__MAX))
			return err_set(e, ERR_VALIDATION, f, "Onbekende categorie.");
		casus_pad(f, "knelpunten[%zu].omschrijving", i);
		if (casus_tekst_check(c->knelpunten[i].omschrijving, f, CASUS_MAX_TEKST, true, e) != ERR_OK)
			return e->code;
	}
	for (size_t i = 0; i < c->ninterventies; i++) {
		casus_pad(f, "interventies[%zu].type", i);
		if (!casus_in_range((int)c->interventies[i].type, INTERVENTIE__MAX))
			return err_set(e, ERR_VALIDATION, f, "Onbekend type interventie.");
		casus_pad(f, "interventies[%zu].omschrijving", i);
		if (casus_tekst_check(c->interventies[i].omschrijving, f, CASUS_MAX_TEKST, false, e) != ERR_OK)
			return e->code;
	}
	return ERR_OK;
}

/*
 * Fields are checked roughly in the order of the interchange format and
 * the first fault is reported. A concept (a saved draft) may
 * still lack ontvangenOp and hulpvraag; everything it does hold is checked.
 */
enum err_code
casus_validate(const struct casus *c, int today, struct err *e)
{
	int jaar, nr;
	struct err local;

	if (e == NULL)
		e = &local;
	if (c->referentie != NULL && !referentie_parse(c->referentie, &jaar, &nr))
		return err_set(e, ERR_VALIDATION, "referentie", "Een referentie heeft de vorm PMM-JJJJ-NNNN.");
	if (!casus_in_range((int)c->status, STATUS__MAX))
		return err_set(e, ERR_VALIDATION, "status", "Onbekende status.");
	if (check_dates(c, today, e) != ERR_OK)
		return e->code;
	if (check_persoon(&c->indiener, "indiener", false, e) != ERR_OK)
		return e->code;
	if (c->indiener_type != -1 && !casus_in_range(c->indiener_type, INDIENER__MAX))
		return err_set(e, ERR_VALIDATION, "indienerType", "Onbekend type indiener.");
	if (check_persoon(&c->regievoerder, "regievoerder", false, e) != ERR_OK)
		return e->code;
	if (casus_tekst_check(c->hulpvraag, "hulpvraag", CASUS_MAX_TEKST, c->status != STATUS_CONCEPT, e) != ERR_OK ||
	    casus_tekst_check(c->situatie, "situatie", CASUS_MAX_TEKST, false, e) != ERR_OK ||
	    casus_tekst_check(c->geprobeerd, "geprobeerd", CASUS_MAX_TEKST, false, e) != ERR_OK)
		return e->code;
	if (!casus_in_range((int)c->urgentie, URGENTIE__MAX))
		return err_set(e, ERR_VALIDATION, "urgentie", "Onbekende urgentie.");
	if (c->register_geprobeerd != -1 && !casus_in_range(c->register_geprobeerd, REGPOGING__MAX))
		return err_set(e, ERR_VALIDATION, "registerGeprobeerd", "Kies of het Maatwerkregister eerst is geprobeerd.");
	if (casus_tekst_check(c->register_bij, "registerGeprobeerdBij", CASUS_MAX_KORT, false, e) != ERR_OK)
		return e->code;
	if (!casus_tekst_leeg(c->register_bij) && c->register_geprobeerd != REGPOGING_JA)
		return err_set(e, ERR_VALIDATION, "registerGeprobeerdBij",
		    "Vul alleen in bij wie u in het Maatwerkregister zocht als u het register eerst heeft geprobeerd.");
	if (check_lists(c, e) != ERR_OK)
		return e->code;
	if (c->maatwerk != -1 && !casus_in_range(c->maatwerk, MAATWERK__MAX))
		return err_set(e, ERR_VALIDATION, "maatwerk", "Onbekende vorm van maatwerk.");
	if (casus_tekst_check(c->resultaat, "resultaat", CASUS_MAX_TEKST, c->afgerond_op != DATE_NONE, e) != ERR_OK)
		return e->code;
	for (size_t i = 0; i < c->nleerpunten; i++) {
		char f[PATH_MAX_LEN];

		casus_pad(f, "leerpunten[%zu]", i);
		if (leerpunt_check(&c->leerpunten[i], f, true, today, e) != ERR_OK)
			return e->code;
	}
	if (casus_registratie_check(c, today, e) != ERR_OK)
		return e->code;
	if (casus_tekst_check(c->procesregie.houder, "procesregie.houder", CASUS_MAX_KORT, false, e) != ERR_OK ||
	    casus_tekst_check(c->procesregie.terugkoppeling, "procesregie.terugkoppeling", CASUS_MAX_TEKST, false, e) != ERR_OK ||
	    casus_tekst_check(c->procesregie.dossierhouder, "procesregie.dossierhouder", CASUS_MAX_KORT, false, e) != ERR_OK)
		return e->code;
	if (c->followup_op != DATE_NONE && c->afgerond_op != DATE_NONE && c->followup_op < c->afgerond_op)
		return err_set(e, ERR_VALIDATION, "followUpOp", "De follow-up ligt voor de datum van afronding.");
	if (c->followup_antwoord != -1 && !casus_in_range(c->followup_antwoord, FOLLOWUP__MAX))
		return err_set(e, ERR_VALIDATION, "followUpAntwoord", "Onbekend antwoord op de follow-up.");
	return casus_tekst_check(c->followup_toelichting, "followUpToelichting", CASUS_MAX_TEKST, false, e);
}

/* ---- lifecycle --------------------------------------------------------- */

bool
casus_transition_allowed(enum casus_status from, enum casus_status to)
{
	static const bool allowed[STATUS__MAX][STATUS__MAX] = {
		[STATUS_CONCEPT][STATUS_AANGEMELD] = true,            /* indienen */
		[STATUS_AANGEMELD][STATUS_IN_BEHANDELING] = true,     /* verdelen */
		[STATUS_AANGEMELD][STATUS_AFGEROND] = true,           /* direct afgehandeld */
		[STATUS_IN_BEHANDELING][STATUS_AFGEROND] = true,      /* afronden */
		[STATUS_IN_BEHANDELING][STATUS_AANGEMELD] = true,     /* vrijgeven */
		[STATUS_AFGEROND][STATUS_IN_BEHANDELING] = true,      /* heropenen */
	};

	if (!casus_in_range((int)from, STATUS__MAX) || !casus_in_range((int)to, STATUS__MAX))
		return false;
	return allowed[from][to];
}

/* ---- referentie -------------------------------------------------------- */

#define REF_MAX_DIGITS 6   /* "PMM-YYYY-" + 6 digits + NUL = 16 bytes */

bool
referentie_parse(const char *s, int *jaar, int *volgnummer)
{
	int y = 0, n = 0;
	size_t digits = 0;

	if (s == NULL || strncmp(s, "PMM-", 4) != 0)
		return false;
	s += 4;
	for (int i = 0; i < 4; i++, s++) {
		if (!isdigit((unsigned char)*s))
			return false;
		y = y * 10 + (*s - '0');
	}
	if (*s++ != '-' || y < 1)
		return false;
	/* At least four digits; beyond four the number has no leading zero (one spelling per number). */
	if (s[0] == '0' && isdigit((unsigned char)s[1]) && isdigit((unsigned char)s[2]) &&
	    isdigit((unsigned char)s[3]) && isdigit((unsigned char)s[4]))
		return false;
	for (; isdigit((unsigned char)*s); s++) {
		if (++digits > REF_MAX_DIGITS)
			return false;
		n = n * 10 + (*s - '0');
	}
	if (*s != '\0' || digits < 4 || n < 1)
		return false;
	*jaar = y;
	*volgnummer = n;
	return true;
}

void
referentie_format(int jaar, int volgnummer, char out[16])
{
	if (jaar < 0 || jaar > 9999)
		jaar = 0;
	if (volgnummer < 0 || volgnummer > 999999)
		volgnummer = 0;
	snprintf(out, 16, "PMM-%04d-%04d", jaar, volgnummer);
}

/* ---- BSN --------------------------------------------------------------- */

static bool
elfproef(const int d[9])
{
	int sum = 0;
	bool nonzero = false;

	for (int i = 0; i < 8; i++) {
		sum += (9 - i) * d[i];
		nonzero = nonzero || d[i] != 0;
	}
	sum -= d[8];
	return (nonzero || d[8] != 0) && sum % 11 == 0;
}

static bool
is_sep(char c)
{
	return c == '.' || c == '-' || c == ' ';
}

/*
 * A digit run is digits joined by single separators ('.', '-', ' '). The run
 * is split at spaces into parts. A BSN is one part of exactly nine digits
 * (111222333, 123.456.782, 123-456-782), or consecutive parts of plain digits
 * that together hold exactly nine (123 456 782). A space ends a number, so
 * "BSN 111222333 2 kinderen" is found; parts written with dots or dashes
 * (dates such as 01-02-1990) never combine with their neighbours. A part
 * longer than nine digits (0612345678, an IBAN's account number) never
 * matches, nor do parts that only add up to ten or more (06 1234 5678). A run
 * right after '+' is an international telephone number and is skipped.
 */
static bool
run_has_bsn(const char *s, size_t len)
{
	for (size_t a = 0; a < len; a++) {
		int d[9], n = 0;
		bool joined = false, marked = false;

		if (a > 0 && s[a - 1] != ' ')
			continue;          /* not the start of a part */
		for (size_t i = a; i <= len; i++) {
			if (i == len || s[i] == ' ') {
				if (n == 9 && elfproef(d))
					return true;
				joined = true;
				if (i == len || marked)
					break;
				continue;
			}
			if (!isdigit((unsigned char)s[i])) {
				marked = true;     /* '.' or '-' inside a part */
				if (joined)
					break;
				continue;
			}
			if (n == 9)
				break;     /* a tenth digit: too long from this start */
			d[n++] = s[i] - '0';
		}
	}
	return false;
}

bool
bsn_detect(const char *text)
{
	const char *p = text;

	if (text == NULL)
		return false;
	while (*p != '\0') {
		const char *start, *end;

		if (!isdigit((unsigned char)*p)) {
			p++;
			continue;
		}
		start = end = p;
		while (isdigit((unsigned char)*end) || (is_sep(*end) && end > start &&
		    isdigit((unsigned char)end[-1]) && isdigit((unsigned char)end[1])))
			end++;
		if (!(start > text && start[-1] == '+') && run_has_bsn(start, (size_t)(end - start)))
			return true;
		p = end;
	}
	return false;
}

/* ---- indienerType -------------------------------------------------------- */

enum indiener_type
indiener_type_van(enum organisatie_type t)
{
	switch (t) {
	case ORGTYPE_GEMEENTE:
		return INDIENER_GEMEENTE;
	case ORGTYPE_LANDELIJKE_PUBLIEKE_DIENSTVERLENER:
		return INDIENER_LANDELIJKE_PUBLIEKE_DIENSTVERLENER;
	case ORGTYPE_ZORGAANBIEDER:
		return INDIENER_ZORGINSTELLING;
	default:
		return INDIENER_OVERIG;
	}
}

/* ---- follow-up and complexity ------------------------------------------ */

int
casus_default_followup(int afgerond_op)
{
	return date_add_months(afgerond_op, 3);
}

static int
popcount(unsigned v)
{
	int n = 0;

	for (; v != 0; v &= v - 1)
		n++;
	return n;
}

/* The formula and its bands are explained in docs/complexiteit.md; keep the two in step. */
#define COMPLEX_WETTEN_MAX 3   /* points for the wetten en regelingen after the first */

static int
popcount64(uint64_t v)
{
	int n = 0;

	for (; v != 0; v &= v - 1)
		n++;
	return n;
}

int
casus_complexiteit(const struct casus *c)
{
	unsigned types = 0;
	int score = 0, lg, bt, wet;

	lg = popcount(c->leefgebieden & ((1u << LEEFGEBIED__MAX) - 1));
	bt = popcount(c->beleidsterreinen & ((1u << BELEIDSTERREIN__MAX) - 1));
	wet = popcount64(c->wetten & (WET__MAX < 64 ? ((uint64_t)1 << WET__MAX) - 1 : ~(uint64_t)0));
	if (lg > 1)
		score += lg - 1;
	if (bt > 1)
		score += bt - 1;
	for (size_t i = 0; i < c->norganisaties; i++)
		if (casus_in_range((int)c->organisaties[i].organisatie.type, ORGTYPE__MAX))
			types |= 1u << c->organisaties[i].organisatie.type;
	score += popcount(types);
	if (wet > 1)
		score += wet - 1 < COMPLEX_WETTEN_MAX ? wet - 1 : COMPLEX_WETTEN_MAX;
	if (c->buitenlandse_component)
		score += 2;
	return score;
}

void
casus_intern_weglaten(struct casus *c)
{
	size_t n = 0;

	for (size_t i = 0; i < c->ninterventies; i++)
		if (c->interventies[i].gedeeld)
			c->interventies[n++] = c->interventies[i];
	c->ninterventies = n;
	if (n == 0)
		c->interventies = NULL;
}
