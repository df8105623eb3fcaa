/* contact.c - checks of e-mail addresses and phone numbers (contact.h). */
#include "core/contact.h"

#include <string.h>

bool
contact_leeg(const char *s)
{
	if (s == NULL)
		return true;
	for (; *s; s++)
		if (*s != ' ' && *s != '\t' && *s != '\r' && *s != '\n')
			return false;
	return true;
}

static bool
is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* The unquoted atext of RFC 5322, plus the dot between atoms. */
static bool
is_local(char c)
{
	return is_alpha(c) || is_digit(c) || (c != '\0' && strchr("!#$%&'*+/=?^_`{|}~-.", c) != NULL);
}

static bool
local_ok(const char *s, size_t n)
{
	if (n == 0 || n > 64 || s[0] == '.' || s[n - 1] == '.')
		return false;
	for (size_t i = 0; i < n; i++)
		if (!is_local(s[i]) || (s[i] == '.' && s[i + 1] == '.'))
			return false;
	return true;
}

static bool
domain_ok(const char *s, size_t n)
{
	size_t labels = 0, start = 0;

	if (n == 0 || n > 253)
		return false;
	for (size_t i = 0; i <= n; i++) {
		if (i < n && s[i] != '.') {
			if (!is_alpha(s[i]) && !is_digit(s[i]) && s[i] != '-')
				return false;
			continue;
		}
		/* a label s[start..i) */
		if (i == start || i - start > 63 || s[start] == '-' || s[i - 1] == '-')
			return false;
		labels++;
		if (i == n)   /* the top-level domain: letters only, two or more */
			for (size_t k = start; k < i; k++)
				if (!is_alpha(s[k]) || i - start < 2)
					return false;
		start = i + 1;
	}
	return labels >= 2;
}

bool
contact_email_ok(const char *s)
{
	const char *at;
	size_t n;

	if (s == NULL || (n = strlen(s)) == 0 || n > CONTACT_MAX_EMAIL)
		return false;
	if ((at = strchr(s, '@')) == NULL || strchr(at + 1, '@') != NULL)
		return false;
	return local_ok(s, (size_t)(at - s)) && domain_ok(at + 1, n - (size_t)(at - s) - 1);
}

enum err_code
contact_email_check(const char *s, const char *field, struct err *e)
{
	if (s != NULL && strlen(s) > CONTACT_MAX_EMAIL)
		return err_set(e, ERR_VALIDATION, field, "Een e-mailadres is hoogstens %d tekens.", CONTACT_MAX_EMAIL);
	if (!contact_email_ok(s))
		return err_set(e, ERR_VALIDATION, field,
		    "Dit is geen geldig e-mailadres. Schrijf het als naam@organisatie.nl, zonder spaties.");
	return ERR_OK;
}

bool
contact_telefoon_ok(const char *s)
{
	size_t n, digits = 0;
	bool open = false, had_paren = false;

	if (s == NULL || (n = strlen(s)) == 0 || n > CONTACT_MAX_TELEFOON)
		return false;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];

		if (is_digit(c))
			digits++;
		else if (c == '+') {
			if (i != 0)
				return false;
		} else if (c == '(') {
			if (open || had_paren)
				return false;
			open = had_paren = true;
		} else if (c == ')') {
			if (!open)
				return false;
			open = false;
		} else if (c != ' ' && c != '-' && c != '.')
			return false;
	}
	return !open && digits >= 5 && digits <= 15;
}

enum err_code
contact_telefoon_check(const char *s, const char *field, struct err *e)
{
	if (s != NULL && strlen(s) > CONTACT_MAX_TELEFOON)
		return err_set(e, ERR_VALIDATION, field, "Een telefoonnummer is hoogstens %d tekens.", CONTACT_MAX_TELEFOON);
	if (contact_telefoon_ok(s))
		return ERR_OK;
	for (const char *p = s ? s : ""; *p; p++)
		if (is_alpha(*p))
			return err_set(e, ERR_VALIDATION, field,
			    "Een telefoonnummer bevat geen letters. Gebruik cijfers, met eventueel +, spaties of streepjes.");
	return err_set(e, ERR_VALIDATION, field,
	    "Dit is geen geldig telefoonnummer. Gebruik 5 tot 15 cijfers, met eventueel + aan het begin, spaties of "
	    "streepjes, bijvoorbeeld 070 123 45 67 of +31 70 123 45 67.");
}
