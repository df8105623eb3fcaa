/* sl_tekst.c - the Dutch words of chapters 3 to 5: a party's name, "belegd bij" with its forwarding path, the peildatum. */
#include "app/rapport/sl_tekst.h"

#include <string.h>

#include "app/rapport/zinnen.h"
#include "lib/date.h"

const char *const rapport_peil_bron_code[PEIL__MAX] = {
	[PEIL_GEGEVEN] = "gegeven", [PEIL_NAVRAAGRONDE] = "navraagronde",
	[PEIL_EINDE_VOLGEND_JAAR] = "einde_volgend_jaar", [PEIL_VANDAAG] = "vandaag",
};

char *
rapport_datum(struct arena *a, int dag)
{
	int y, m, d;

	if (dag == DATE_NONE)
		return NULL;
	date_to_ymd(dag, &y, &m, &d);
	return arena_printf(a, "%04d-%02d-%02d", y, m, d);
}

char *
rapport_datum_nl(struct arena *a, int dag)
{
	static const char *const maand[12] = { "januari", "februari", "maart", "april", "mei", "juni", "juli",
		"augustus", "september", "oktober", "november", "december" };
	int y, m, d;

	if (dag == DATE_NONE)
		return arena_printf(a, "onbekend");
	date_to_ymd(dag, &y, &m, &d);
	return arena_printf(a, "%d %s %d", d, maand[(m - 1) % 12], y);
}

char *
rapport_peil_zin(struct arena *a, const struct rapport_leerpuntlijst *l)
{
	const char *d = rapport_datum_nl(a, l->peildatum);

	switch (l->peil_bron) {
	case PEIL_GEGEVEN:
		return arena_printf(a, "De status van de opvolging is die op de gekozen peildatum, %s.", d);
	case PEIL_NAVRAAGRONDE:
		return arena_printf(a, "De status van de opvolging is die op %s, de dag waarop navraagronde ‘%s’ werd "
		    "afgesloten.", d, l->peil_ronde != NULL ? l->peil_ronde : "");
	case PEIL_VANDAAG:
		return arena_printf(a, "De status van de opvolging is die van vandaag, %s: er is nog geen navraagronde "
		    "afgesloten, dus deze cijfers zijn voorlopig.", d);
	default:
		return arena_printf(a, "De status van de opvolging is die op %s, het einde van het jaar na het "
		    "rapportagejaar (er is geen navraagronde afgesloten).", d);
	}
}

const char *
rapport_sl_groepnaam(struct arena *a, const struct rapport_leerpuntlijst *l, const struct rapport_lp_groep *g)
{
	if (g->nergens)
		return "Nergens belegd";
	if (g->soort == PARTIJ_PMM)
		return "PMM";
	if (g->ministerie >= 0) {
		if (!l->ministeries_apart && g->ministerie == BELEIDSTERREIN_JENV)
			return arena_printf(a, "%s (inclusief A&M)", ministerie_naam[g->ministerie]);
		if (!l->ministeries_apart && g->ministerie == BELEIDSTERREIN_BZK)
			return arena_printf(a, "%s (inclusief VRO)", ministerie_naam[g->ministerie]);
		return ministerie_naam[g->ministerie];
	}
	return g->naam != NULL ? g->naam : "(naam onbekend)";
}

/* The short name of the party of a belegging: a ministry's code, PMM, else its name. */
static const char *
kort(const struct belegging *b)
{
	int m;

	if (b->bij_pmm || (b->bij.code != NULL && strcmp(b->bij.code, "PMM") == 0))
		return "PMM";
	if (b->bij.type == ORGTYPE_MINISTERIE && (m = codelist_find_nocase(&codes_beleidsterrein, b->bij.code)) >= 0)
		return rapport_ministerie_kort_sl[m];
	return b->bij.naam != NULL ? b->bij.naam : "(naam onbekend)";
}

const char *const rapport_ministerie_kort_sl[BELEIDSTERREIN__MAX] = {
	[BELEIDSTERREIN_VWS] = "VWS", [BELEIDSTERREIN_SZW] = "SZW", [BELEIDSTERREIN_JENV] = "JenV",
	[BELEIDSTERREIN_BZK] = "BZK", [BELEIDSTERREIN_OCW] = "OCW", [BELEIDSTERREIN_FIN] = "FIN",
	[BELEIDSTERREIN_BUZA] = "BuZa", [BELEIDSTERREIN_AENM] = "A&M", [BELEIDSTERREIN_VRO] = "VRO",
};

const char *
rapport_sl_belegd_bij(struct arena *a, const struct rapport_lp_rij *r)
{
	const struct belegging *b = r->b;
	const char *s;

	if (b == NULL)
		return "Bij geen partij belegd (PMM volgt of het signaal vaker voorkomt)";
	if (b->niet_belegd != NIETBELEGD_NEE)
		return arena_printf(a, "Gericht aan %s, bewust niet belegd (%s)", kort(b),
		    rapport_klein(a, codes_niet_belegd_reden.labels[b->niet_belegd]));
	if (r->npad > 1) {
		s = arena_printf(a, "teruggelegd aan %s", kort(r->pad[0]));
		for (size_t k = 1; k + 1 < r->npad; k++)
			s = arena_printf(a, "%s, doorgezet naar %s", s, kort(r->pad[k]));
		s = arena_printf(a, "%s, opvolging bij %s", s, kort(r->pad[r->npad - 1]));
		s = rapport_zin(a, s);
		return arena_printf(a, "%.*s", (int)strlen(s) - 1, s);   /* without the full stop */
	}
	s = kort(b);
	if (b->npartners > 0) {
		const char **namen = arena_alloc(a, b->npartners * sizeof *namen);

		for (size_t k = 0; k < b->npartners; k++) {
			struct belegging p = { .bij = b->partners[k] };

			namen[k] = kort(&p);
		}
		s = arena_printf(a, "%s (trekker), samen met %s", s, rapport_opsomming(a, namen, b->npartners));
	}
	if ((b->bij_pmm || strcmp(s, "PMM") == 0) && b->pmm_soort != PMMSOORT_GEEN && b->pmm_soort < PMMSOORT__MAX)
		s = arena_printf(a, "%s (%s)", s, rapport_klein(a, codes_pmm_soort.labels[b->pmm_soort]));
	return s;
}

const char *
rapport_sl_status(struct arena *a, const struct rapport_lp_rij *r)
{
	if (r->b != NULL && r->b->niet_belegd != NIETBELEGD_NEE)
		return "Niet belegd";
	if (r->status < 0)
		return r->b == NULL ? "Niet belegd" : "Onbekend";
	if (r->status == OPVOLGING_GEEN_OPVOLGING && r->reden >= 0 && r->reden < REDEN__MAX)
		return arena_printf(a, "%s (%s)", codes_opvolging_status.labels[r->status],
		    rapport_klein(a, codes_reden.labels[r->reden]));
	return codes_opvolging_status.labels[r->status];
}
