/* rol.c - role codes and labels. */
#include "rol.h"

#include <stddef.h>

#include <string.h>

static const struct {
	const char *code, *label;
} rollen[ROL__MAX] = {
	[ROL_REGIEVOERDER] = { "regievoerder", "Regievoerder" },
	[ROL_INDIENER] = { "indiener", "Indiener" },
	[ROL_AMBASSADEUR] = { "ambassadeur", "Ambassadeur" },
	[ROL_ONDERZOEKER] = { "onderzoeker", "Onderzoeker" },
	[ROL_BEHEERDER] = { "beheerder", "Beheerder" },
	[ROL_LET_VOORZITTER] = { "let_voorzitter", "Voorzitter LET" },
	[ROL_MAATWERKPROFESSIONAL] = { "maatwerkprofessional", "Maatwerkprofessional" },
	[ROL_PRIVACY] = { "privacy", "Functionaris gegevensbescherming" },
};

const char *
rol_code(enum rol r)
{
	return (unsigned)r < ROL__MAX ? rollen[r].code : "onbekend";
}

const char *
rol_label(enum rol r)
{
	return (unsigned)r < ROL__MAX ? rollen[r].label : "Onbekend";
}

bool
rol_parse(const char *code, enum rol *out)
{
	for (int r = 0; r < ROL__MAX; r++)
		if (code != NULL && strcmp(code, rollen[r].code) == 0) {
			*out = (enum rol)r;
			return true;
		}
	return false;
}

bool
actor_has(const struct actor *a, enum rol r)
{
	return a != NULL && (a->roles & ROL_BIT(r)) != 0;
}

bool
actor_vertegenwoordigt(const struct actor *a, int64_t organisatie_id)
{
	if (a == NULL || organisatie_id == 0)
		return false;
	if (a->organisatie_id == organisatie_id)
		return true;
	for (size_t i = 0; i < a->nvertegenwoordigt; i++)
		if (a->vertegenwoordigt[i] == organisatie_id)
			return true;
	return false;
}

const char *
actor_primary_rol(const struct actor *a)
{
	for (int r = 0; r < ROL__MAX; r++)
		if (actor_has(a, (enum rol)r))
			return rollen[r].code;
	return "anoniem";
}
