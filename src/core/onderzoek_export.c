/* onderzoek_export.c - the research export's allow-list: the researchers' view minus free text, the referentie as pseudonym. */
#include "core/onderzoek_export.h"

#include <string.h>

#include "core/onderzoek.h"

static const char *const vrije_tekst[] = {
	"referentie", "samenvatting", "leerpunten.omschrijving", "leerpunten.bronReferentie",
	"leerpunten.koppelingen.referentie", "leerpunten.koppelingen.url",
};

bool
onderzoek_export_veld(const char *pad)
{
	if (pad == NULL)
		return false;
	if (strcmp(pad, "pseudoniem") == 0)
		return true;
	for (size_t i = 0; i < sizeof(vrije_tekst) / sizeof(vrije_tekst[0]); i++)
		if (strcmp(pad, vrije_tekst[i]) == 0)
			return false;
	return onderzoek_veld_toegestaan(pad);
}
