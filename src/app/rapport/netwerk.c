/* netwerk.c - the network figures of the jaarrapportage ("PMM: zes ministeries, 17 dienstverleners, meer dan 64 gemeenten"), counted by core/netwerk_groei.c from the dated connection history: JSON, the table and the chapter. */
#include "app/rapport/netwerk.h"

#include "app/rapport/html_private.h"
#include "app/rapport/tabellen_private.h"
#include "store/netwerk/organisatie.h"

/* The JSON key and the Dutch label of each kind. */
static const char *const sleutel[NETWERK_SOORT__MAX] = {
	[NETWERK_MINISTERIE] = "ministeries",
	[NETWERK_DIENSTVERLENER] = "landelijkePubliekeDienstverleners",
	[NETWERK_GEMEENTE] = "gemeenten",
	[NETWERK_ANDERS] = "overig",
};
static const char *const label[NETWERK_SOORT__MAX] = {
	[NETWERK_MINISTERIE] = "Ministeries",
	[NETWERK_DIENSTVERLENER] = "Landelijke publieke dienstverleners",
	[NETWERK_GEMEENTE] = "Gemeenten",
	[NETWERK_ANDERS] = "Andere organisaties",
};

enum err_code
rapport_netwerk_laden(struct store *st, struct arena *a, int jaar, struct netwerk_jaar *out, struct err *e)
{
	struct netwerk_org *orgs = NULL;
	size_t n = 0;
	enum err_code rc;

	if ((rc = store_netwerk_groei(st, a, &orgs, &n, e)) != ERR_OK)
		return rc;
	netwerk_jaar_cijfers(orgs, n, jaar, out);
	return ERR_OK;
}

void
rapport_netwerk_json(json_t *o, struct arena *a, const struct netwerk_jaar *n)
{
	json_t *aan = json_object(), *nieuw = json_object();

	for (int k = 0; k < NETWERK_SOORT__MAX; k++) {
		json_object_set_new(aan, sleutel[k], json_integer(n->eind.aantal[k]));
		json_object_set_new(nieuw, sleutel[k], json_integer(n->nieuw[k]));
	}
	json_object_set_new(o, "netwerk", json_pack("{s:s,s:o,s:i,s:o,s:i}", "peildatum",
	    arena_printf(a, "%04d-12-31", n->jaar), "aangesloten", aan, "aangeslotenTotaal", n->eind.totaal, "nieuw",
	    nieuw, "nieuwTotaal", n->nieuw_totaal));
}

void
rapport_netwerk_tabellen(struct tabellen *ts, const struct netwerk_jaar *n)
{
	const char *kop[3] = { "Netwerk", arena_printf(ts->a, "Aangesloten op 31 december %d", n->jaar),
		arena_printf(ts->a, "Nieuw aangesloten in %d", n->jaar) };
	struct rapport_tabel *t = rapport_tab_tabel(ts, "Netwerk", kop, 3);
	struct rapport_cel *c;

	for (int k = 0; k < NETWERK_SOORT__MAX; k++) {
		c = rapport_tab_rij(ts, t);
		rapport_tab_tekst(&c[0], label[k]);
		rapport_tab_getal(&c[1], n->eind.aantal[k]);
		rapport_tab_getal(&c[2], n->nieuw[k]);
	}
	c = rapport_tab_rij(ts, t);
	rapport_tab_tekst(&c[0], "Totaal");
	rapport_tab_getal(&c[1], n->eind.totaal);
	rapport_tab_getal(&c[2], n->nieuw_totaal);
}

void
html_netwerk(struct bouw *b)
{
	const struct netwerk_jaar *n = b->r->netwerk;
	json_t *h, *t, *r;

	if (n == NULL)
		return;
	h = html_hoofdstuk(b, "rapport-netwerk", "Het netwerk van PMM");
	html_tekst(h, "inleiding", "De organisaties die bestuurlijk bij PMM zijn aangesloten, geteld uit de datums van hun "
	    "aansluiting; het Forensisch Plaatsingsloket telt mee bij de landelijke publieke dienstverleners, A&M en VRO "
	    "vallen onder JenV en BZK.");
	html_tekst(h, "bevindingen", arena_printf(b->a, "Op 31 december %d waren %d ministeries, %d landelijke publieke "
	    "dienstverleners en %d gemeenten bij PMM aangesloten; in %d sloten er %d organisaties aan.", n->jaar,
	    n->eind.aantal[NETWERK_MINISTERIE], n->eind.aantal[NETWERK_DIENSTVERLENER], n->eind.aantal[NETWERK_GEMEENTE],
	    n->jaar, n->nieuw_totaal));
	t = html_tabel(h, arena_printf(b->a, "Aangesloten organisaties op 31 december %d", n->jaar), "Soort");
	html_kolom(t, "Aangesloten", true);
	html_kolom(t, arena_printf(b->a, "Nieuw in %d", n->jaar), true);
	for (int k = 0; k < NETWERK_SOORT__MAX; k++) {
		r = html_rij(t, label[k]);
		html_cel_getal(b, r, n->eind.aantal[k]);
		html_cel_getal(b, r, n->nieuw[k]);
	}
	r = html_rij(t, "Totaal");
	html_cel_getal(b, r, n->eind.totaal);
	html_cel_getal(b, r, n->nieuw_totaal);
}
