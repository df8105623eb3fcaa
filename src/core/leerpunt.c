/* leerpunt.c - the rules of systeemleren: status transitions, the next navraag, input checks, permissions. */
#include "core/leerpunt.h"

#include <string.h>

#include "core/casus.h"
#include "core/perm.h"
#include "lib/date.h"

/* Position in the chain belegd -> in_verkenning -> in_uitvoering -> opgevolgd; -1 off the chain. */
static int
keten(enum opvolging_status s)
{
	switch (s) {
	case OPVOLGING_BELEGD: return 0;
	case OPVOLGING_IN_VERKENNING: return 1;
	case OPVOLGING_IN_UITVOERING: return 2;
	case OPVOLGING_OPGEVOLGD: return 3;
	default: return -1;
	}
}

enum opvolging_overgang
opvolging_overgang(enum opvolging_status van, enum opvolging_status naar)
{
	if (van == naar)
		return OVERGANG_GELIJK;
	if (naar == OPVOLGING_GEEN_OPVOLGING || naar == OPVOLGING_ONBEKEND)
		return OVERGANG_AFSLUITEND;
	if (van == OPVOLGING_GEEN_OPVOLGING || van == OPVOLGING_ONBEKEND)
		return OVERGANG_HEROPEND;
	return keten(naar) > keten(van) ? OVERGANG_VOORUIT : OVERGANG_TERUG;
}

bool
opvolging_is_afgesloten(enum opvolging_status s)
{
	return s == OPVOLGING_OPGEVOLGD || s == OPVOLGING_GEEN_OPVOLGING;
}

int
opvolging_volgende_navraag(enum opvolging_status s, int datum)
{
	if (opvolging_is_afgesloten(s) || datum == DATE_NONE)
		return DATE_NONE;
	return date_add_months(datum, LEERPUNT_NAVRAAG_MAANDEN);
}

bool
leerpunt_tekst_leeg(const char *s)
{
	if (s == NULL)
		return true;
	for (; *s; s++)
		if (*s != ' ' && *s != '\t' && *s != '\r' && *s != '\n')
			return false;
	return true;
}

enum err_code
leerpunt_tekst_check(const char *t, size_t max, const char *field, struct err *e)
{
	if (t != NULL && strlen(t) > max)
		return err_set(e, ERR_VALIDATION, field, "Deze tekst is te lang (hoogstens %zu tekens).", max);
	if (t != NULL && bsn_detect(t))   /* no BSN anywhere, also not in notes of the follow-up */
		return err_set(e, ERR_VALIDATION, field, "%s", bsn_melding);
	return ERR_OK;
}

enum err_code
opvolging_validate(const struct opvolging_invoer *in, const struct opvolging_stand *stand, int vandaag,
    struct err *e)
{
	enum opvolging_status naar;

	if (stand != NULL && stand->doorgezet)
		return err_set(e, ERR_CONFLICT, "status",
		    "Deze belegging is doorgezet naar een andere partij. Werk de nieuwe belegging bij.");
	if (in->status < 0 || in->status >= OPVOLGING__MAX)
		return err_set(e, ERR_VALIDATION, "status", "Kies een status van de opvolging.");
	naar = (enum opvolging_status)in->status;
	if (naar == OPVOLGING_GEEN_OPVOLGING && (in->reden < 0 || in->reden >= REDEN__MAX))
		return err_set(e, ERR_VALIDATION, "reden", "Kies waarom er geen opvolging is.");
	if (naar != OPVOLGING_GEEN_OPVOLGING && in->reden != -1)
		return err_set(e, ERR_VALIDATION, "reden", "Een reden hoort alleen bij de status 'Geen opvolging'.");
	if (in->datum == DATE_NONE)
		return err_set(e, ERR_VALIDATION, "datum", "Vul de datum in (JJJJ-MM-DD).");
	if (in->datum > vandaag)
		return err_set(e, ERR_VALIDATION, "datum", "De datum ligt in de toekomst.");
	if (stand != NULL && stand->datum != DATE_NONE && in->datum < stand->datum)
		return err_set(e, ERR_VALIDATION, "datum",
		    "De datum ligt vóór die van de huidige status; de geschiedenis loopt vooruit in de tijd.");
	if (leerpunt_tekst_check(in->notitie, LEERPUNT_MAX_NOTITIE, "notitie", e) != ERR_OK)
		return ERR_VALIDATION;
	if (leerpunt_tekst_check(in->bron, LEERPUNT_MAX_BRON, "bron", e) != ERR_OK)
		return ERR_VALIDATION;
	if (stand != NULL && stand->status >= 0 && stand->status < OPVOLGING__MAX &&
	    opvolging_overgang((enum opvolging_status)stand->status, naar) == OVERGANG_TERUG && leerpunt_tekst_leeg(in->notitie))
		return err_set(e, ERR_VALIDATION, "notitie",
		    "Een stap terug in de opvolging (van '%s' naar '%s') vraagt om een toelichting.",
		    codes_opvolging_status.labels[stand->status], codes_opvolging_status.labels[naar]);
	return ERR_OK;
}

enum err_code
leerpunt_thema_check(const char *t, const char **start, size_t *len, struct err *e)
{
	size_t n;

	if (t == NULL)
		t = "";
	while (*t == ' ' || *t == '\t' || *t == '\r' || *t == '\n')
		t++;
	n = strlen(t);
	while (n > 0 && (t[n - 1] == ' ' || t[n - 1] == '\t' || t[n - 1] == '\r' || t[n - 1] == '\n'))
		n--;
	if (n == 0)
		return err_set(e, ERR_VALIDATION, "thema", "Vul een thema in.");
	if (bsn_detect(t))
		return err_set(e, ERR_VALIDATION, "thema", "%s", bsn_melding);
	if (n > LEERPUNT_MAX_THEMA)
		return err_set(e, ERR_VALIDATION, "thema", "Een thema is hoogstens %d tekens.", LEERPUNT_MAX_THEMA);
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)t[i] < 0x20 || t[i] == 0x7f)
			return err_set(e, ERR_VALIDATION, "thema", "Een thema is één regel tekst zonder tabs.");
	*start = t;
	*len = n;
	return ERR_OK;
}

bool
perm_belegging_zien(const struct actor *a, int64_t organisatie_id)
{
	if (a == NULL || a->gebruiker_id == 0)
		return false;
	if (actor_has(a, ROL_REGIEVOERDER) || actor_has(a, ROL_ONDERZOEKER))
		return true;
	return actor_has(a, ROL_AMBASSADEUR) && actor_vertegenwoordigt(a, organisatie_id);
}

bool
perm_belegging_bijwerken(const struct actor *a, int64_t organisatie_id)
{
	if (a == NULL || a->gebruiker_id == 0)
		return false;
	if (actor_has(a, ROL_REGIEVOERDER))
		return true;
	return actor_has(a, ROL_AMBASSADEUR) && actor_vertegenwoordigt(a, organisatie_id);
}

bool
perm_leerpunt_zien(const struct actor *a, const int64_t *organisatie_ids, size_t n)
{
	if (a == NULL || a->gebruiker_id == 0)
		return false;
	if (actor_has(a, ROL_REGIEVOERDER) || actor_has(a, ROL_ONDERZOEKER))
		return true;
	for (size_t i = 0; i < n; i++)
		if (perm_belegging_zien(a, organisatie_ids[i]))
			return true;
	return false;
}

bool
perm_leerpunt_beleggen(const struct actor *a)
{
	return a != NULL && a->gebruiker_id != 0 && actor_has(a, ROL_REGIEVOERDER);
}

bool
perm_leerpunt_casustekst(const struct actor *a, bool uitgenodigd)
{
	if (a == NULL || a->gebruiker_id == 0)
		return false;
	if (actor_has(a, ROL_REGIEVOERDER))
		return true;
	return actor_has(a, ROL_AMBASSADEUR) && uitgenodigd;
}

int
opvolging_op(const struct opvolging *h, size_t n, int peildatum)
{
	int in_force = -1;

	for (size_t i = 0; i < n; i++)
		if (h[i].datum != DATE_NONE && h[i].datum <= peildatum)
			in_force = (int)i;
	return in_force;
}

bool
perm_leerpunt_classificeren(const struct actor *a)
{
	return perm_ingelogd(a) && (actor_has(a, ROL_REGIEVOERDER) || actor_has(a, ROL_ONDERZOEKER));
}

bool
perm_leerpunt_wijzigen(const struct actor *a)
{
	return perm_ingelogd(a) && actor_has(a, ROL_REGIEVOERDER);
}

enum leerpunt_wijzigrecht
leerpunt_wijzigrecht(const struct actor *a)
{
	if (perm_leerpunt_wijzigen(a))
		return LPRECHT_ALLES;
	return perm_leerpunt_classificeren(a) ? LPRECHT_CLASSIFICATIE : LPRECHT_GEEN;
}

bool
perm_systeemwijziging_vastleggen(const struct actor *a)
{
	return perm_ingelogd(a) && (actor_has(a, ROL_REGIEVOERDER) || actor_has(a, ROL_ONDERZOEKER));
}

int64_t
leerpunt_beperking(const struct actor *a)
{
	if (a == NULL || a->gebruiker_id == 0)
		return -1;
	if (actor_has(a, ROL_REGIEVOERDER) || actor_has(a, ROL_ONDERZOEKER))
		return 0;
	if (actor_has(a, ROL_AMBASSADEUR) && a->organisatie_id != 0)
		return a->organisatie_id;
	return -1;
}

static const char *const bijeenkomst_soort_codes[BIJEENKOMST__MAX] = {
	[BIJEENKOMST_SIGNALENOVERLEG] = "signalenoverleg",
	[BIJEENKOMST_AMBASSADEURSOVERLEG] = "ambassadeursoverleg",
};
static const char *const bijeenkomst_soort_labels[BIJEENKOMST__MAX] = {
	[BIJEENKOMST_SIGNALENOVERLEG] = "Signalenoverleg",
	[BIJEENKOMST_AMBASSADEURSOVERLEG] = "Ambassadeursoverleg",
};
const struct codelist codes_bijeenkomst_soort = {
	"soort", bijeenkomst_soort_codes, bijeenkomst_soort_labels, BIJEENKOMST__MAX
};
