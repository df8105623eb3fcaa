/* organisatie.c - the rules of the network's organisations: fields, the tree, merging, proposals (organisatie.h). */
#include "core/organisatie.h"

#include <string.h>

#include "core/contact.h"
#include "core/perm.h"

static bool
ruimte(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

void
organisatie_naam_trim(const char *s, const char **start, size_t *len)
{
	size_t n;

	if (s == NULL)
		s = "";
	while (ruimte(*s))
		s++;
	n = strlen(s);
	while (n > 0 && ruimte(s[n - 1]))
		n--;
	*start = s;
	*len = n;
}

static bool
code_teken(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '&' || c == '-' ||
	    c == '_';
}

enum err_code
organisatie_validate(const struct organisatie_invoer *in, struct err *e)
{
	const char *naam;
	size_t n;

	organisatie_naam_trim(in->naam, &naam, &n);
	if (n == 0)
		return err_set(e, ERR_VALIDATION, "naam", "Vul de naam van de organisatie in.");
	if (n > ORGANISATIE_MAX_NAAM)
		return err_set(e, ERR_VALIDATION, "naam", "De naam is hoogstens %d tekens.", ORGANISATIE_MAX_NAAM);
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)naam[i] < 0x20 || naam[i] == 0x7f)
			return err_set(e, ERR_VALIDATION, "naam", "De naam is één regel tekst, zonder tabs of regeleinden.");
	if (in->type < 0 || in->type >= ORGTYPE__MAX)
		return err_set(e, ERR_VALIDATION, "type", "Kies het soort organisatie uit de lijst.");
	if (in->code != NULL && in->code[0] != '\0') {
		size_t k = strlen(in->code);

		if (k > ORGANISATIE_MAX_CODE)
			return err_set(e, ERR_VALIDATION, "code", "Een code is hoogstens %d tekens.", ORGANISATIE_MAX_CODE);
		for (size_t i = 0; i < k; i++)
			if (!code_teken(in->code[i]))
				return err_set(e, ERR_VALIDATION, "code",
				    "Een code bestaat uit letters, cijfers, &, - of _ (zoals VWS, JenV of DT&V).");
	}
	if (!contact_leeg(in->email) && contact_email_check(in->email, "email", e) != ERR_OK)
		return ERR_VALIDATION;
	if (!contact_leeg(in->telefoon) && contact_telefoon_check(in->telefoon, "telefoon", e) != ERR_OK)
		return ERR_VALIDATION;
	return ERR_OK;
}

/* ---- the tree ------------------------------------------------------------------------- */

static const struct org_ouder *
zoek(const struct org_ouder *all, size_t n, int64_t id)
{
	for (size_t i = 0; i < n; i++)
		if (all[i].id == id)
			return &all[i];
	return NULL;
}

bool
organisatie_valt_onder(const struct org_ouder *all, size_t n, int64_t id, int64_t root)
{
	/* Walk up from id; at most n steps, so a cycle already in the data ends the walk. */
	for (size_t stap = 0; id != 0 && stap <= n; stap++) {
		const struct org_ouder *o;

		if (id == root)
			return true;
		if ((o = zoek(all, n, id)) == NULL)
			return false;
		id = o->parent_id;
	}
	return false;
}

size_t
organisatie_onder(const struct org_ouder *all, size_t n, int64_t root, int64_t *out)
{
	size_t len = 0;

	if (n == 0 || zoek(all, n, root) == NULL)
		return 0;
	out[len++] = root;
	/* Breadth first: out[0..len) grows while it is read; each id is written once. */
	for (size_t i = 0; i < len; i++)
		for (size_t k = 0; k < n && len < n; k++) {
			bool al = false;

			if (all[k].parent_id != out[i])
				continue;
			for (size_t j = 0; j < len && !al; j++)
				al = out[j] == all[k].id;
			if (!al)
				out[len++] = all[k].id;
		}
	return len;
}

enum err_code
organisatie_ouder_check(const struct org_ouder *all, size_t n, int64_t id, int64_t parent, struct err *e)
{
	if (parent == 0)
		return ERR_OK;
	if (parent == id)
		return err_set(e, ERR_VALIDATION, "parent", "Een organisatie kan geen onderdeel van zichzelf zijn.");
	if (zoek(all, n, parent) == NULL)
		return err_set(e, ERR_VALIDATION, "parent", "De gekozen bovenliggende organisatie bestaat niet.");
	if (id != 0 && organisatie_valt_onder(all, n, parent, id))
		return err_set(e, ERR_VALIDATION, "parent",
		    "De gekozen bovenliggende organisatie is zelf een onderdeel van deze organisatie. Dat zou een kring "
		    "maken: kies een organisatie die er niet onder valt.");
	return ERR_OK;
}

/* ---- merging ------------------------------------------------------------------------- */

static bool
heeft_code(const char *c)
{
	return c != NULL && c[0] != '\0';
}

enum err_code
organisatie_samenvoegen_check(const struct org_ouder *all, size_t n, const struct org_samenvoeging *s,
    struct err *e)
{
	if (s->van == s->naar)
		return err_set(e, ERR_VALIDATION, "naar", "Een organisatie kan niet met zichzelf worden samengevoegd.");
	if (zoek(all, n, s->van) == NULL || zoek(all, n, s->naar) == NULL)
		return err_set(e, ERR_VALIDATION, "naar", "Kies een bestaande organisatie om mee samen te voegen.");
	if (organisatie_valt_onder(all, n, s->naar, s->van))
		return err_set(e, ERR_VALIDATION, "naar",
		    "De gekozen organisatie is een onderdeel van de organisatie die zou verdwijnen. Voeg het onderdeel "
		    "samen in het geheel, niet andersom.");
	if (heeft_code(s->van_code) && heeft_code(s->naar_code) && strcmp(s->van_code, s->naar_code) != 0)
		return err_set(e, ERR_VALIDATION, "naar",
		    "Beide organisaties hebben een eigen code (%s en %s); twee zulke organisaties zijn niet dezelfde.",
		    s->van_code, s->naar_code);
	if (!s->naar_bekend)
		return err_set(e, ERR_VALIDATION, "naar",
		    "Voeg samen in een organisatie die in de lijst staat, niet in een voorstel.");
	return ERR_OK;
}

bool
organisatie_samenvoegen_historie(size_t naar_historie)
{
	return naar_historie == 0;
}

/* ---- proposals and who keeps the lists ----------------------------------------------- */

bool
organisatie_nieuw_is_voorstel(const struct actor *a)
{
	return !perm_netwerk(a);
}

enum err_code
voorstel_besluit_check(enum organisatie_status huidig, struct err *e)
{
	if (huidig == ORGSTATUS_VOORSTEL)
		return ERR_OK;
	return err_set(e, ERR_CONFLICT, "besluit", huidig == ORGSTATUS_AFGEWEZEN ?
	    "Over dit voorstel is al besloten: het is afgewezen." :
	    "Over dit voorstel is al besloten: de organisatie staat al in de lijst.");
}

static const char *const status_codes[ORGSTATUS__MAX] = {
	[ORGSTATUS_BEKEND] = "bekend",
	[ORGSTATUS_VOORSTEL] = "voorstel",
	[ORGSTATUS_AFGEWEZEN] = "afgewezen",
};
static const char *const status_labels[ORGSTATUS__MAX] = {
	[ORGSTATUS_BEKEND] = "In de lijst",
	[ORGSTATUS_VOORSTEL] = "Voorstel (wacht op een regievoerder)",
	[ORGSTATUS_AFGEWEZEN] = "Afgewezen voorstel",
};
const struct codelist codes_organisatie_status = { "organisatiestatus", status_codes, status_labels, ORGSTATUS__MAX };

static const char *const besluit_codes[VOORSTEL__MAX] = {
	[VOORSTEL_ACCEPTEREN] = "accepteren",
	[VOORSTEL_KOPPELEN] = "koppelen",
	[VOORSTEL_AFWIJZEN] = "afwijzen",
};
static const char *const besluit_labels[VOORSTEL__MAX] = {
	[VOORSTEL_ACCEPTEREN] = "Opnemen in de lijst",
	[VOORSTEL_KOPPELEN] = "Is een bestaande organisatie",
	[VOORSTEL_AFWIJZEN] = "Afwijzen",
};
const struct codelist codes_voorstel_besluit = { "besluit", besluit_codes, besluit_labels, VOORSTEL__MAX };
