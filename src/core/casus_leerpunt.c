/* casus_leerpunt.c - a leerpunt as a casus or a signal carries it: its checks, its beleggingen, the forwarding path. */
#include <string.h>
#include <strings.h>

#include "core/casus.h"
#include "core/casus_private.h"

void
belegging_init(struct belegging *b)
{
	memset(b, 0, sizeof(*b));
	b->bij.type = ORGTYPE_OVERIG;
	b->bij.aangesloten_sinds = b->bij.aangesloten_tot = DATE_NONE;
	b->status = OPVOLGING_BELEGD;
	b->reden = -1;
}

void
leerpunt_init(struct leerpunt *l)
{
	memset(l, 0, sizeof(*l));
	l->bron = BRON_CASUS;
	l->gesignaleerd_op = DATE_NONE;
}

bool
belegging_actueel(const struct belegging *b)
{
	return b->doorgezet_naar == 0 && b->niet_belegd == NIETBELEGD_NEE;
}

/* ---- the forwarding path ------------------------------------------------------------------ */

static size_t
index_van(const struct belegging *b, size_t n, int64_t id)
{
	for (size_t k = 0; id != 0 && k < n; k++)
		if (b[k].id == id)
			return k;
	return n;
}

static bool
in(const size_t *v, size_t n, size_t x)
{
	for (size_t k = 0; k < n; k++)
		if (v[k] == x)
			return true;
	return false;
}

size_t
belegging_pad(const struct belegging *b, size_t n, size_t i, size_t *out, size_t max)
{
	size_t len = 0, start = i, back[64], nback = 0;

	if (i >= n || max == 0)
		return 0;
	/* walk back to the first party: the belegging that was forwarded to start, and so on */
	for (;;) {
		size_t prev = n;

		back[nback++] = start;
		for (size_t k = 0; k < n && prev == n; k++)
			if (b[k].doorgezet_naar != 0 && b[k].doorgezet_naar == b[start].id && b[start].id != 0)
				prev = k;
		if (prev == n || in(back, nback, prev) || nback == sizeof(back) / sizeof(back[0]))
			break;
		start = prev;
	}
	/* then forward from it to the last party */
	for (size_t k = start; k < n && len < max && !in(out, len, k); k = index_van(b, n, b[k].doorgezet_naar))
		out[len++] = k;
	return len;
}

/* ---- checks ------------------------------------------------------------------------------- */

static bool
is_pmm(const struct belegging *b)
{
	return b->bij_pmm || (b->bij.code != NULL && strcmp(b->bij.code, "PMM") == 0);
}

static bool
zelfde_org(const struct organisatie_ref *a, const struct organisatie_ref *b)
{
	if (a->id != 0 && b->id != 0)
		return a->id == b->id;
	if (a->code != NULL && b->code != NULL)
		return strcasecmp(a->code, b->code) == 0;
	return a->naam != NULL && b->naam != NULL && a->type == b->type && strcasecmp(a->naam, b->naam) == 0;
}

static enum err_code
check_historie(const struct belegging *bg, const char *pad, struct err *e)
{
	char f[PATH_MAX_LEN];
	const struct opvolging *laatste;

	if (bg->nhistorie > LEERPUNT_MAX_HISTORIE) {
		casus_pad(f, "%s.historie", pad);
		return err_set(e, ERR_VALIDATION, f, "Een geschiedenis heeft hoogstens %d regels.", LEERPUNT_MAX_HISTORIE);
	}
	for (size_t h = 0; h < bg->nhistorie; h++) {
		const struct opvolging *o = &bg->historie[h];

		casus_pad(f, "%s.historie[%zu].datum", pad, h);
		if (o->datum == DATE_NONE)
			return err_set(e, ERR_VALIDATION, f, "Elke regel van de geschiedenis heeft een datum.");
		if (h > 0 && o->datum < bg->historie[h - 1].datum)
			return err_set(e, ERR_VALIDATION, f,
			    "De geschiedenis staat in volgorde van datum: deze regel ligt vóór de vorige.");
		casus_pad(f, "%s.historie[%zu].status", pad, h);
		if (!casus_in_range((int)o->status, OPVOLGING__MAX))
			return err_set(e, ERR_VALIDATION, f, "Onbekende opvolgingsstatus.");
		casus_pad(f, "%s.historie[%zu].reden", pad, h);
		if (o->reden != -1 && !casus_in_range(o->reden, REDEN__MAX))
			return err_set(e, ERR_VALIDATION, f, "Onbekende reden.");
		/* as for the belegging itself: a reden only with geen_opvolging (older records may lack it there) */
		if (o->reden != -1 && o->status != OPVOLGING_GEEN_OPVOLGING)
			return err_set(e, ERR_VALIDATION, f, "Een reden hoort alleen bij de status geen_opvolging.");
		casus_pad(f, "%s.historie[%zu].notitie", pad, h);
		if (casus_tekst_check(o->notitie, f, CASUS_MAX_TEKST, false, e) != ERR_OK)
			return e->code;
		casus_pad(f, "%s.historie[%zu].bron", pad, h);
		if (casus_tekst_check(o->bron, f, CASUS_MAX_KORT, false, e) != ERR_OK)
			return e->code;
	}
	if (bg->nhistorie == 0)
		return ERR_OK;
	laatste = &bg->historie[bg->nhistorie - 1];
	if (laatste->status != bg->status || laatste->reden != bg->reden) {
		casus_pad(f, "%s.status", pad);
		return err_set(e, ERR_VALIDATION, f,
		    "De status van een belegging is die van de laatste regel van haar geschiedenis.");
	}
	return ERR_OK;
}

static enum err_code
check_partners(const struct belegging *bg, const char *pad, struct err *e)
{
	char f[PATH_MAX_LEN];

	if (bg->npartners > LEERPUNT_MAX_PARTNERS) {
		casus_pad(f, "%s.partners", pad);
		return err_set(e, ERR_VALIDATION, f, "Een werkgroep heeft hoogstens %d partijen naast de trekker.",
		    LEERPUNT_MAX_PARTNERS);
	}
	for (size_t p = 0; p < bg->npartners; p++) {
		casus_pad(f, "%s.partners[%zu]", pad, p);
		if (casus_org_check(&bg->partners[p], f, e) != ERR_OK)
			return e->code;
		if (!is_pmm(bg) && zelfde_org(&bg->partners[p], &bg->bij))
			return err_set(e, ERR_VALIDATION, f, "De trekker staat niet ook bij de andere partijen.");
		for (size_t q = 0; q < p; q++)
			if (zelfde_org(&bg->partners[p], &bg->partners[q]))
				return err_set(e, ERR_VALIDATION, f, "Deze partij staat al in de werkgroep.");
	}
	return ERR_OK;
}

static enum err_code
check_belegging(const struct leerpunt *l, size_t b, const char *pad, struct err *e)
{
	const struct belegging *bg = &l->beleggingen[b];
	char f[PATH_MAX_LEN];
	size_t pad_idx[64];

	if (!bg->bij_pmm) {
		casus_pad(f, "%s.bij", pad);
		if (casus_org_check(&bg->bij, f, e) != ERR_OK)
			return e->code;
	}
	casus_pad(f, "%s.status", pad);
	if (!casus_in_range((int)bg->status, OPVOLGING__MAX))
		return err_set(e, ERR_VALIDATION, f, "Onbekende opvolgingsstatus.");
	casus_pad(f, "%s.reden", pad);
	if (bg->reden != -1 && !casus_in_range(bg->reden, REDEN__MAX))
		return err_set(e, ERR_VALIDATION, f, "Onbekende reden.");
	if (bg->reden != -1 && bg->status != OPVOLGING_GEEN_OPVOLGING)
		return err_set(e, ERR_VALIDATION, f, "Een reden hoort alleen bij de status geen_opvolging.");
	casus_pad(f, "%s.pmmSoort", pad);
	if (!casus_in_range((int)bg->pmm_soort, PMMSOORT__MAX))
		return err_set(e, ERR_VALIDATION, f, "Onbekende soort betrokkenheid van PMM.");
	if (bg->pmm_soort != PMMSOORT_GEEN && !is_pmm(bg))
		return err_set(e, ERR_VALIDATION, f, "Een soort betrokkenheid van PMM hoort alleen bij een belegging bij PMM.");
	casus_pad(f, "%s.nietBelegd", pad);
	if (!casus_in_range((int)bg->niet_belegd, NIETBELEGD__MAX))
		return err_set(e, ERR_VALIDATION, f, "Onbekende reden om niet te beleggen.");
	if (bg->niet_belegd != NIETBELEGD_NEE && is_pmm(bg))
		return err_set(e, ERR_VALIDATION, f,
		    "Niet beleggen geldt voor een partij buiten PMM; bij PMM zelf is het een belegging met een soort.");
	if (bg->niet_belegd != NIETBELEGD_NEE && (bg->status != OPVOLGING_BELEGD || bg->nhistorie > 0 || bg->doorgezet_naar != 0))
		return err_set(e, ERR_VALIDATION, f,
		    "Een leerpunt dat bewust niet is belegd, heeft geen opvolging en wordt niet doorgezet.");
	if (bg->niet_belegd == NIETBELEGD_NEE && bg->niet_belegd_toelichting != NULL) {
		casus_pad(f, "%s.nietBelegdToelichting", pad);
		return err_set(e, ERR_VALIDATION, f, "Een toelichting hierop hoort bij een leerpunt dat niet is belegd.");
	}
	casus_pad(f, "%s.nietBelegdToelichting", pad);
	if (casus_tekst_check(bg->niet_belegd_toelichting, f, CASUS_MAX_TEKST, false, e) != ERR_OK)
		return e->code;
	if (check_partners(bg, pad, e) != ERR_OK || check_historie(bg, pad, e) != ERR_OK)
		return e->code;
	if (bg->doorgezet_naar != 0) {
		size_t k = index_van(l->beleggingen, l->nbeleggingen, bg->doorgezet_naar);

		casus_pad(f, "%s.doorgezetNaar", pad);
		if (k == l->nbeleggingen || k == b)
			return err_set(e, ERR_VALIDATION, f,
			    "Doorgezet naar: noem het id van een andere belegging van hetzelfde leerpunt.");
		/* a cycle: the path from b does not end at a belegging that is not forwarded */
		k = belegging_pad(l->beleggingen, l->nbeleggingen, b, pad_idx, sizeof(pad_idx) / sizeof(pad_idx[0]));
		if (k == 0 || l->beleggingen[pad_idx[k - 1]].doorgezet_naar != 0)
			return err_set(e, ERR_VALIDATION, f, "Het doorzetten loopt in een kring.");
	}
	return ERR_OK;
}

static bool
url_ok(const char *u)
{
	return strncmp(u, "https://", 8) == 0 || strncmp(u, "http://", 7) == 0;
}

static enum err_code
check_koppelingen(const struct leerpunt *l, const char *pad, struct err *e)
{
	char f[PATH_MAX_LEN];

	for (size_t k = 0; k < l->nkoppelingen; k++) {
		const struct leerpunt_koppeling *kp = &l->koppelingen[k];

		casus_pad(f, "%s%skoppelingen[%zu].soort", pad, pad[0] ? "." : "", k);
		if (!casus_in_range((int)kp->soort, KOPPELING__MAX))
			return err_set(e, ERR_VALIDATION, f, "Onbekende soort koppeling.");
		casus_pad(f, "%s%skoppelingen[%zu].referentie", pad, pad[0] ? "." : "", k);
		if (casus_tekst_leeg(kp->referentie) && casus_tekst_leeg(kp->url))
			return err_set(e, ERR_VALIDATION, f, "Een koppeling noemt een referentie, een link of beide.");
		if (casus_tekst_check(kp->referentie, f, LEERPUNT_MAX_KOPPELING, false, e) != ERR_OK)
			return e->code;
		casus_pad(f, "%s%skoppelingen[%zu].url", pad, pad[0] ? "." : "", k);
		if (casus_tekst_check(kp->url, f, LEERPUNT_MAX_KOPPELING, false, e) != ERR_OK)
			return e->code;
		if (kp->url != NULL && (!url_ok(kp->url) || strpbrk(kp->url, " \t\r\n<>\"") != NULL))
			return err_set(e, ERR_VALIDATION, f, "Een link begint met https:// (of http://) en bevat geen spaties.");
	}
	return ERR_OK;
}

enum err_code
leerpunt_check(const struct leerpunt *l, const char *pad, bool met_casus, int today, struct err *e)
{
	char f[PATH_MAX_LEN];
	const char *sep = pad[0] != '\0' ? "." : "";

	casus_pad(f, "%s%somschrijving", pad, sep);
	if (casus_tekst_check(l->omschrijving, f, CASUS_MAX_TEKST, true, e) != ERR_OK)
		return e->code;
	if (!casus_in_range((int)l->categorie, CATEGORIE__MAX)) {
		casus_pad(f, "%s%scategorie", pad, sep);
		return err_set(e, ERR_VALIDATION, f, "Onbekende categorie.");
	}
	if (l->orde < 1 || l->orde > 3) {
		casus_pad(f, "%s%sorde", pad, sep);
		return err_set(e, ERR_VALIDATION, f, "De orde is 1, 2 of 3.");
	}
	for (size_t t = 0; t < l->nthemas; t++) {
		casus_pad(f, "%s%sthemas[%zu]", pad, sep, t);
		if (casus_tekst_check(l->themas[t], f, CASUS_MAX_KORT, true, e) != ERR_OK)
			return e->code;
	}
	casus_pad(f, "%s%sbron", pad, sep);
	if (!casus_in_range((int)l->bron, BRON__MAX))
		return err_set(e, ERR_VALIDATION, f, "Onbekende bron.");
	if (!met_casus && l->bron == BRON_CASUS)
		return err_set(e, ERR_VALIDATION, f,
		    "Een leerpunt zonder casus komt van elders: kies de bron (LET, Bestuurlijke Tafel, ander loket …).");
	casus_pad(f, "%s%sbronReferentie", pad, sep);
	if (casus_tekst_check(l->bron_referentie, f, CASUS_MAX_KORT, false, e) != ERR_OK)
		return e->code;
	casus_pad(f, "%s%sgesignaleerdOp", pad, sep);
	if (!met_casus && l->gesignaleerd_op == DATE_NONE)
		return err_set(e, ERR_VALIDATION, f, "Vul in wanneer het signaal binnenkwam (JJJJ-MM-DD).");
	if (l->gesignaleerd_op != DATE_NONE && l->gesignaleerd_op > today)
		return err_set(e, ERR_VALIDATION, f, "Deze datum ligt in de toekomst.");
	if (WET__MAX < 64 && (l->wetten >> WET__MAX) != 0) {
		casus_pad(f, "%s%swetten", pad, sep);
		return err_set(e, ERR_VALIDATION, f, "Onbekende wet of regeling.");
	}
	if (check_koppelingen(l, pad, e) != ERR_OK)
		return e->code;
	for (size_t b = 0; b < l->nbeleggingen; b++) {
		casus_pad(f, "%s%sbeleggingen[%zu]", pad, sep, b);
		if (check_belegging(l, b, f, e) != ERR_OK)
			return e->code;
	}
	return ERR_OK;
}
