/* account.c - the rules of accounts, passwords, one-time links and requests for access (account.h). */
#include "core/account.h"

#include <string.h>

#include "core/contact.h"
#include "lib/embed.h"
#include "lib/utf8.h"

/* The common passwords: lower case, one per line, sorted bytewise (tools/common-passwords.sh). */
#define COMMON_PASSWORDS "common-passwords.txt"

/* A required or optional text on one line: at most max bytes, no control characters. */
static enum err_code
regel(const char *s, size_t max, bool verplicht, const char *field, const char *wat, struct err *e)
{
	size_t n;

	if (contact_leeg(s)) {
		if (verplicht)
			return err_set(e, ERR_VALIDATION, field, "Vul %s in.", wat);
		return ERR_OK;
	}
	if ((n = strlen(s)) > max)
		return err_set(e, ERR_VALIDATION, field, "Dit veld is hoogstens %zu tekens.", max);
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)s[i] < 0x20 || s[i] == 0x7f)
			return err_set(e, ERR_VALIDATION, field, "Dit veld is één regel tekst, zonder tabs of regeleinden.");
	return ERR_OK;
}

enum err_code
account_validate(const struct account_invoer *in, struct err *e)
{
	if (regel(in->naam, ACCOUNT_MAX_NAAM, true, "naam", "de naam", e) != ERR_OK)
		return ERR_VALIDATION;
	if (contact_leeg(in->email))
		return err_set(e, ERR_VALIDATION, "email", "Vul het e-mailadres in.");
	if (contact_email_check(in->email, "email", e) != ERR_OK)
		return ERR_VALIDATION;
	if (regel(in->functie, ACCOUNT_MAX_FUNCTIE, false, "functie", "de functie", e) != ERR_OK)
		return ERR_VALIDATION;
	if (!contact_leeg(in->telefoon) && contact_telefoon_check(in->telefoon, "telefoon", e) != ERR_OK)
		return ERR_VALIDATION;
	if (in->roles == 0)
		return err_set(e, ERR_VALIDATION, "rollen", "Kies ten minste één rol.");
	if (in->roles & ~((1u << ROL__MAX) - 1))
		return err_set(e, ERR_VALIDATION, "rollen", "Kies de rollen uit de lijst.");
	if ((in->roles & ROL_BIT(ROL_AMBASSADEUR)) && in->organisatie_id == 0)
		return err_set(e, ERR_VALIDATION, "organisatie",
		    "Een ambassadeur vertegenwoordigt een organisatie: kies het ministerie of de organisatie.");
	return ERR_OK;
}

enum err_code
wachtwoord_check(const char *pw, const char *herhaling, struct err *e)
{
	size_t n = pw ? strlen(pw) : 0;

	if (n == 0)
		return err_set(e, ERR_VALIDATION, "wachtwoord", "Kies een wachtwoord.");
	if (n > WACHTWOORD_MAX_BYTES || (utf8_valid(pw, n) && utf8_length(pw, n) > WACHTWOORD_MAX_TEKENS))
		return err_set(e, ERR_VALIDATION, "wachtwoord", "Het wachtwoord is te lang (hoogstens %d tekens).",
		    WACHTWOORD_MAX_TEKENS);
	if (!utf8_valid(pw, n))
		return err_set(e, ERR_VALIDATION, "wachtwoord", "Het wachtwoord bevat tekens die niet zijn toegestaan.");
	if (utf8_length(pw, n) < WACHTWOORD_MIN_TEKENS)
		return err_set(e, ERR_VALIDATION, "wachtwoord", "Kies een wachtwoord van ten minste %d tekens.",
		    WACHTWOORD_MIN_TEKENS);
	if (wachtwoord_veelgebruikt(pw))
		return err_set(e, ERR_VALIDATION, "wachtwoord", "Dit wachtwoord wordt veel gebruikt en is daardoor "
		    "makkelijk te raden. Kies een ander, bijvoorbeeld een zin van een paar woorden.");
	if (herhaling != NULL && strcmp(pw, herhaling) != 0)
		return err_set(e, ERR_VALIDATION, "herhaling", "De twee wachtwoorden zijn niet gelijk.");
	return ERR_OK;
}

/* Compares line [p, end) with the lower-case key k of length kn, bytewise like sort -u under LC_ALL=C. */
static int
line_cmp(const char *p, const char *end, const char *k, size_t kn)
{
	size_t ln = (size_t)(end - p), m = ln < kn ? ln : kn;
	int c = memcmp(p, k, m);

	if (c != 0)
		return c;
	return ln < kn ? -1 : ln > kn;
}

bool
wachtwoord_veelgebruikt(const char *pw)
{
	const struct embedded_file *f = embed_find(COMMON_PASSWORDS);
	char low[WACHTWOORD_MAX_BYTES + 1];
	size_t n = pw ? strlen(pw) : 0;
	const char *lo, *hi;

	if (f == NULL || n == 0 || n > WACHTWOORD_MAX_BYTES || memchr(pw, '\n', n) != NULL)
		return false;
	for (size_t i = 0; i < n; i++)
		low[i] = (char)(pw[i] >= 'A' && pw[i] <= 'Z' ? pw[i] + 32 : pw[i]);
	/* Binary search over the lines of the sorted file: [lo, hi) always starts at a line. */
	lo = (const char *)f->data;
	hi = lo + f->len;
	while (lo < hi) {
		const char *mid = lo + (hi - lo) / 2, *start, *end;
		int c;

		for (start = mid; start > lo && start[-1] != '\n'; start--)
			;
		end = memchr(start, '\n', (size_t)(hi - start));
		if (end == NULL)
			end = hi;
		c = line_cmp(start, end, low, n);
		if (c == 0)
			return true;
		if (c < 0)
			lo = end < hi ? end + 1 : hi;
		else
			hi = start;
	}
	return false;
}

time_t
eenmalige_link_verloopt(const struct eenmalige_link *l)
{
	return l->aangemaakt + EENMALIGE_LINK_GELDIG;
}

enum err_code
eenmalige_link_check(const struct eenmalige_link *l, time_t now, struct err *e)
{
	if (l->gebruikt != 0)
		return err_set(e, ERR_CONFLICT, "link",
		    "Deze link is al gebruikt. Een link werkt één keer; vraag de beheerder om een nieuwe.");
	if (l->ingetrokken)
		return err_set(e, ERR_CONFLICT, "link",
		    "Deze link is vervangen door een nieuwere. Gebruik de laatste link die u kreeg.");
	if (now >= eenmalige_link_verloopt(l) || now < l->aangemaakt)
		return err_set(e, ERR_CONFLICT, "link",
		    "Deze link is verlopen: hij is 72 uur geldig. Vraag de beheerder om een nieuwe.");
	return ERR_OK;
}

enum err_code
aanvraag_validate(const struct aanvraag_invoer *in, struct err *e)
{
	if (regel(in->naam, ACCOUNT_MAX_NAAM, true, "naam", "uw naam", e) != ERR_OK ||
	    regel(in->organisatie, ACCOUNT_MAX_ORGANISATIE, true, "organisatie", "uw organisatie", e) != ERR_OK ||
	    regel(in->functie, ACCOUNT_MAX_FUNCTIE, true, "functie", "uw functie", e) != ERR_OK)
		return ERR_VALIDATION;
	if (contact_leeg(in->email))
		return err_set(e, ERR_VALIDATION, "email", "Vul uw e-mailadres op het werk in.");
	if (contact_email_check(in->email, "email", e) != ERR_OK)
		return ERR_VALIDATION;
	if (contact_leeg(in->reden))
		return err_set(e, ERR_VALIDATION, "reden", "Schrijf kort waarvoor u toegang nodig hebt.");
	if (strlen(in->reden) > ACCOUNT_MAX_REDEN)
		return err_set(e, ERR_VALIDATION, "reden", "Dit veld is hoogstens %d tekens.", ACCOUNT_MAX_REDEN);
	return ERR_OK;
}

enum err_code
aanvraag_besluit_check(enum aanvraag_status huidig, enum aanvraag_status naar, const char *reden, struct err *e)
{
	if (huidig != AANVRAAG_OPEN)
		return err_set(e, ERR_CONFLICT, "besluit", huidig == AANVRAAG_GOEDGEKEURD ?
		    "Deze aanvraag is al goedgekeurd; er is al een account." :
		    "Deze aanvraag is al afgewezen.");
	if (naar == AANVRAAG_AFGEWEZEN) {
		if (contact_leeg(reden))
			return err_set(e, ERR_VALIDATION, "reden", "Schrijf waarom de aanvraag wordt afgewezen.");
		if (strlen(reden) > ACCOUNT_MAX_REDEN)
			return err_set(e, ERR_VALIDATION, "reden", "De reden is hoogstens %d tekens.", ACCOUNT_MAX_REDEN);
	} else if (naar != AANVRAAG_GOEDGEKEURD)
		return err_set(e, ERR_VALIDATION, "besluit", "Kies goedkeuren of afwijzen.");
	return ERR_OK;
}

bool
aanvraag_rollen_ok(unsigned roles)
{
	return roles != 0 && !(roles & ROL_BIT(ROL_BEHEERDER)) && !(roles & ~((1u << ROL__MAX) - 1));
}

static const char *const aanvraag_codes[AANVRAAG__MAX] = {
	[AANVRAAG_OPEN] = "open",
	[AANVRAAG_GOEDGEKEURD] = "goedgekeurd",
	[AANVRAAG_AFGEWEZEN] = "afgewezen",
};
static const char *const aanvraag_labels[AANVRAAG__MAX] = {
	[AANVRAAG_OPEN] = "Wacht op beoordeling",
	[AANVRAAG_GOEDGEKEURD] = "Goedgekeurd",
	[AANVRAAG_AFGEWEZEN] = "Afgewezen",
};
const struct codelist codes_aanvraag_status = { "aanvraagstatus", aanvraag_codes, aanvraag_labels, AANVRAAG__MAX };
