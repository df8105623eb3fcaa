/* import_csv.c - PMM's leerpuntenbestand (a CSV saved from Excel) into doorbraak: the columns of docs/leerpuntenbestand.md
   by their Dutch headings, each row checked as the pages check a leerpunt, a report per row (row, column, why), and
   nothing written while a row is wrong unless the good rows are asked for. Reads with lib/csv.c. */
#include "app/leerpunt/import_csv.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "core/casus.h"
#include "core/casus_lifecycle.h"
#include "lib/csv.h"
#include "lib/date.h"
#include "store/casus/casus.h"
#include "store/leerpunt/leerpunt.h"
#include "store/netwerk/organisatie.h"

enum kolom {
	K_CASUS, K_LEERPUNT, K_CATEGORIE, K_ORDE, K_BELEGD_BIJ, K_AL_BEKEND, K_TERUGKEREND, K_VRAAG, K_STATUS, K_REDEN,
	K_DATUM_STATUS, K_STAND, K_BRON, K_GESIGNALEERD_OP, K_THEMA, K__MAX
};

/* The heading of each column as docs/leerpuntenbestand.md names it; matched without case, spaces or punctuation. */
static const char *const koppen[K__MAX] = {
	[K_CASUS] = "casus", [K_LEERPUNT] = "leerpunt", [K_CATEGORIE] = "categorie", [K_ORDE] = "orde",
	[K_BELEGD_BIJ] = "belegd bij", [K_AL_BEKEND] = "al bekend", [K_TERUGKEREND] = "terugkerend", [K_VRAAG] = "vraag",
	[K_STATUS] = "status opvolging", [K_REDEN] = "reden", [K_DATUM_STATUS] = "datum status",
	[K_STAND] = "stand van opvolging", [K_BRON] = "bron", [K_GESIGNALEERD_OP] = "gesignaleerd op", [K_THEMA] = "thema",
};

#define LPIMPORT_MAX_RIJEN 20000
#define LPIMPORT_MAX_PARTIJEN 8   /* parties in one "belegd bij" cell */

struct import {
	struct store *st;
	struct arena *a;
	struct lpimport_uitslag *u;
	size_t cap;
	int kolom_van[K__MAX];        /* index of the column in the file, -1 when absent */
	int today;
	time_t now;
	bool rij_fout;
};

/* s lower-cased with only its letters and digits (ASCII; other bytes kept): "Wet- en regelgeving" -> "wetenregelgeving". */
static char *
normaal(struct arena *a, const char *s)
{
	char *o = arena_alloc(a, strlen(s) + 1), *p = o;

	for (; *s; s++)
		if ((unsigned char)*s >= 0x80 || isalnum((unsigned char)*s))
			*p++ = (char)tolower((unsigned char)*s);
	*p = '\0';
	return o;
}

static void
meld(struct import *im, size_t regel, int k, const char *waarom, bool overgeslagen)
{
	struct lpimport_uitslag *u = im->u;

	if (u->nmeldingen == im->cap) {
		struct lpimport_melding *n = arena_alloc(im->a, (im->cap = im->cap ? 2 * im->cap : 32) * sizeof(*n));

		if (u->nmeldingen > 0)
			memcpy(n, u->meldingen, u->nmeldingen * sizeof(*n));
		u->meldingen = n;
	}
	u->meldingen[u->nmeldingen].regel = regel;
	u->meldingen[u->nmeldingen].kolom = k >= 0 ? koppen[k] : NULL;
	u->meldingen[u->nmeldingen].waarom = waarom;
	u->meldingen[u->nmeldingen++].overgeslagen = overgeslagen;
	if (!overgeslagen)
		im->rij_fout = true;
}

static const char *
veld(const struct import *im, const struct csv_rij *rij, enum kolom k)
{
	int i = im->kolom_van[k];
	const char *v = i >= 0 && (size_t)i < rij->n ? rij->velden[i] : NULL;

	while (v != NULL && (*v == ' ' || *v == '\t'))
		v++;
	return v != NULL && *v != '\0' ? v : NULL;
}

/* A code of c by its code or its Dutch label, however written ("Wet- en regelgeving", "overige"); -1 unknown. */
static int
code_van(struct arena *a, const struct codelist *c, const char *v)
{
	const char *n = normaal(a, v);
	size_t len = strlen(n);

	for (int pass = 0; pass < 2; pass++) {
		for (int i = 0; i < c->n; i++)
			if ((c->codes[i] != NULL && strcmp(normaal(a, c->codes[i]), n) == 0) ||
			    (c->labels[i] != NULL && strcmp(normaal(a, c->labels[i]), n) == 0))
				return i;
		if (len < 2 || n[len - 1] != 'e')   /* "overige" is "overig" */
			break;
		n = arena_strndup(a, n, len - 1);
	}
	return -1;
}

/* ja / nee (j, n, x, 1, 0, waar, onwaar); empty is nee. */
static int
ja_nee(struct arena *a, const char *v)
{
	const char *n;

	if (v == NULL)
		return 0;
	n = normaal(a, v);
	if (strcmp(n, "ja") == 0 || strcmp(n, "j") == 0 || strcmp(n, "x") == 0 || strcmp(n, "1") == 0 ||
	    strcmp(n, "waar") == 0)
		return 1;
	if (strcmp(n, "nee") == 0 || strcmp(n, "n") == 0 || strcmp(n, "0") == 0 || strcmp(n, "onwaar") == 0)
		return 0;
	return -1;
}

/* JJJJ-MM-DD, or D-M-JJJJ / DD/MM/JJJJ as Dutch Excel writes a date; false when it is neither. */
static bool
datum_van(const char *v, int *d)
{
	int dag, maand, jaar;
	char s1, s2, rest;

	if (date_parse(v, d))
		return true;
	if (sscanf(v, "%d%c%d%c%d%c", &dag, &s1, &maand, &s2, &jaar, &rest) != 5 || s1 != s2 || (s1 != '-' && s1 != '/'))
		return false;
	if (jaar < 1900 || jaar > 9999 || maand < 1 || maand > 12 || dag < 1 || dag > 31)
		return false;
	*d = date_from_ymd(jaar, maand, dag);
	return date_year(*d) == jaar;   /* 31-2-2025 does not roll over into March */
}

/* The parties of "belegd bij" (separated by |), each known by name or code, or PMM. */
static bool
partijen(struct import *im, const struct csv_rij *rij, const char *v, struct belegging *b, size_t *n)
{
	char *kopie = arena_strdup(im->a, v), *p = kopie;

	*n = 0;
	while (p != NULL) {
		char *naam = p, *eind = strchr(p, '|');
		struct organisatie_kort org;
		struct err e = { 0 };
		int64_t id = 0;

		p = eind != NULL ? eind + 1 : NULL;
		if (eind != NULL)
			*eind = '\0';
		while (*naam == ' ')
			naam++;
		for (eind = naam + strlen(naam); eind > naam && eind[-1] == ' ';)
			*--eind = '\0';
		if (*naam == '\0')
			continue;
		if (*n == LPIMPORT_MAX_PARTIJEN) {
			meld(im, rij->regel, K_BELEGD_BIJ, arena_printf(im->a, "Meer dan %d partijen in één cel.",
			    LPIMPORT_MAX_PARTIJEN), false);
			return false;
		}
		memset(&b[*n], 0, sizeof(b[*n]));
		b[*n].reden = -1;
		b[*n].bij.aangesloten_sinds = b[*n].bij.aangesloten_tot = DATE_NONE;
		if (strcasecmp(naam, "PMM") == 0) {
			b[*n].bij_pmm = true;
			b[*n].bij.naam = "PMM";
			b[*n].bij.code = "PMM";
			(*n)++;
			continue;
		}
		if (store_organisatie_zoek(im->st, naam, &id, &e) != ERR_OK || id == 0 ||
		    store_organisatie_get(im->st, im->a, id, &org, &e) != ERR_OK) {
			meld(im, rij->regel, K_BELEGD_BIJ, arena_printf(im->a, "Geen organisatie met de naam of code \"%.80s\" "
			    "in doorbraak. Neem haar eerst op bij Beheer, of schrijf de naam zoals daar.", naam), false);
			return false;
		}
		b[*n].bij.id = org.id;
		b[*n].bij.naam = org.naam;
		b[*n].bij.code = org.code;
		b[*n].bij.type = org.type >= 0 ? (enum organisatie_type)org.type : ORGTYPE_OVERIG;
		b[*n].bij_pmm = org.code != NULL && strcmp(org.code, "PMM") == 0;
		(*n)++;
	}
	return true;
}

/* The leerpunt of one row into l; false after reporting what is wrong. */
static bool
leerpunt_van(struct import *im, const struct csv_rij *rij, struct leerpunt *l, int standaard_datum)
{
	struct belegging *b = arena_alloc(im->a, LPIMPORT_MAX_PARTIJEN * sizeof(*b));
	const char *v, *stand = veld(im, rij, K_STAND);
	int status = -1, reden = -1, datum = DATE_NONE, j;
	bool goed = true;
	size_t n = 0;

	leerpunt_init(l);
	l->omschrijving = veld(im, rij, K_LEERPUNT);
	if (l->omschrijving == NULL) {
		meld(im, rij->regel, K_LEERPUNT, "Vul het leerpunt in.", false);
		goed = false;
	}
	if ((v = veld(im, rij, K_CATEGORIE)) == NULL || (j = code_van(im->a, &codes_categorie, v)) < 0) {
		meld(im, rij->regel, K_CATEGORIE, v == NULL ? "Vul de categorie in (bijvoorbeeld \"Wet- en regelgeving\")." :
		    arena_printf(im->a, "Onbekende categorie \"%.60s\": kennis en kunde, samenwerking, communicatie, wet- en "
		    "regelgeving, ICT of overig.", v), false);
		goed = false;
	} else
		l->categorie = (enum categorie)j;
	v = veld(im, rij, K_ORDE);
	l->orde = 0;
	for (const char *p = v; p != NULL && *p != '\0' && l->orde == 0; p++)
		if (*p >= '1' && *p <= '3')
			l->orde = *p - '0';
		else if (isdigit((unsigned char)*p))
			break;
	if (l->orde == 0) {
		meld(im, rij->regel, K_ORDE, "Vul de orde in: 1, 2 of 3.", false);
		goed = false;
	}
	if ((j = ja_nee(im->a, veld(im, rij, K_AL_BEKEND))) < 0) {
		meld(im, rij->regel, K_AL_BEKEND, "Schrijf ja of nee.", false);
		goed = false;
	} else
		l->al_bekend = j;
	if ((j = ja_nee(im->a, veld(im, rij, K_TERUGKEREND))) < 0) {
		meld(im, rij->regel, K_TERUGKEREND, "Schrijf ja of nee.", false);
		goed = false;
	} else
		l->terugkerend = j;
	if ((j = ja_nee(im->a, veld(im, rij, K_VRAAG))) < 0) {
		meld(im, rij->regel, K_VRAAG, "Schrijf ja of nee.", false);
		goed = false;
	} else
		l->vraag = j;
	if ((v = veld(im, rij, K_THEMA)) != NULL) {
		const char **t = arena_alloc(im->a, sizeof(*t));

		t[0] = v;
		l->themas = t;
		l->nthemas = 1;
	}
	if ((v = veld(im, rij, K_STATUS)) != NULL && (status = code_van(im->a, &codes_opvolging_status, v)) < 0) {
		meld(im, rij->regel, K_STATUS, arena_printf(im->a, "Onbekende status \"%.60s\": belegd, in verkenning, in "
		    "uitvoering, opgevolgd, geen opvolging of onbekend.", v), false);
		goed = false;
	}
	if ((v = veld(im, rij, K_REDEN)) != NULL && (reden = code_van(im->a, &codes_reden, v)) < 0) {
		meld(im, rij->regel, K_REDEN, arena_printf(im->a, "Onbekende reden \"%.60s\".", v), false);
		goed = false;
	}
	if ((v = veld(im, rij, K_DATUM_STATUS)) != NULL && !datum_van(v, &datum)) {
		meld(im, rij->regel, K_DATUM_STATUS, "Schrijf de datum als JJJJ-MM-DD of DD-MM-JJJJ.", false);
		goed = false;
	}
	if ((v = veld(im, rij, K_BELEGD_BIJ)) != NULL && !partijen(im, rij, v, b, &n))
		goed = false;
	if (n == 0 && (status >= 0 || stand != NULL)) {
		meld(im, rij->regel, K_BELEGD_BIJ, "Er is een status of stand van opvolging, maar het leerpunt is nergens "
		    "belegd: vul \"belegd bij\" in.", false);
		goed = false;
	}
	for (size_t i = 0; goed && i < n; i++) {
		b[i].status = status >= 0 ? (enum opvolging_status)status : OPVOLGING_BELEGD;
		b[i].reden = reden;
		if (status >= 0 || stand != NULL) {
			struct opvolging *h = arena_alloc(im->a, sizeof(*h));

			h->datum = datum != DATE_NONE ? datum : standaard_datum;
			h->status = b[i].status;
			h->reden = reden;
			h->notitie = stand;
			h->bron = "leerpuntenbestand";
			b[i].historie = h;
			b[i].nhistorie = 1;
		}
	}
	l->beleggingen = b;
	l->nbeleggingen = goed ? n : 0;
	return goed;
}

/* The core's field path of a leerpunt ("beleggingen[0].reden") as the column it came from. */
static int
kolom_van_pad(const char *pad)
{
	const char *p = strrchr(pad, '.');

	p = p != NULL ? p + 1 : pad;
	if (strncmp(p, "reden", 5) == 0)
		return K_REDEN;
	if (strncmp(p, "historie", 8) == 0 || strncmp(p, "datum", 5) == 0)
		return K_DATUM_STATUS;
	if (strncmp(p, "notitie", 7) == 0)
		return K_STAND;
	if (strncmp(p, "status", 6) == 0)
		return K_STATUS;
	if (strstr(pad, "beleggingen") != NULL)
		return K_BELEGD_BIJ;
	if (strncmp(p, "themas", 6) == 0)
		return K_THEMA;
	if (strncmp(p, "gesignaleerdOp", 14) == 0)
		return K_GESIGNALEERD_OP;
	if (strncmp(p, "bron", 4) == 0)
		return K_BRON;
	return K_LEERPUNT;
}

static enum err_code
rij_verwerken(struct import *im, const struct csv_rij *rij, struct err *e)
{
	const char *ref = veld(im, rij, K_CASUS), *v;
	struct leerpunt l;
	struct err fout = { 0 };
	enum err_code rc;
	int j;

	im->rij_fout = false;
	if (rij->slecht_veld >= 0) {
		meld(im, rij->regel, -1, arena_printf(im->a, "Kolom %ld: de cel is %s.", rij->slecht_veld + 1,
		    rij->slecht_waarom), false);
		return ERR_OK;
	}
	for (int k = 0; k < K__MAX; k++)
		if ((v = veld(im, rij, (enum kolom)k)) != NULL && strchr("=+-@", *v) != NULL && k != K_ORDE &&
		    k != K_DATUM_STATUS && k != K_GESIGNALEERD_OP) {
			meld(im, rij->regel, k, arena_printf(im->a, "De cel begint met '%c' en lijkt een formule; formules "
			    "worden niet ingelezen.", *v), false);
			return ERR_OK;
		}
	if (ref != NULL) {
		struct casus c;
		struct leerpunt *lps;

		if ((rc = store_casus_load(im->st, im->a, ref, &c, &fout)) == ERR_NOT_FOUND) {
			meld(im, rij->regel, K_CASUS, arena_printf(im->a, "Geen casus met de referentie \"%.40s\" in doorbraak.",
			    ref), false);
			return ERR_OK;
		}
		if (rc != ERR_OK)
			return err_set(e, rc, NULL, "%s", fout.msg);
		if (!leerpunt_van(im, rij, &l, c.afgerond_op != DATE_NONE ? c.afgerond_op : c.ontvangen_op))
			return ERR_OK;
		for (size_t i = 0; i < c.nleerpunten; i++)
			if (c.leerpunten[i].omschrijving != NULL && strcmp(c.leerpunten[i].omschrijving, l.omschrijving) == 0) {
				meld(im, rij->regel, K_LEERPUNT, arena_printf(im->a, "Staat al bij %s; overgeslagen.", ref), true);
				im->u->overgeslagen++;
				return ERR_OK;
			}
		lps = arena_alloc(im->a, (c.nleerpunten + 1) * sizeof(*lps));
		if (c.nleerpunten > 0)
			memcpy(lps, c.leerpunten, c.nleerpunten * sizeof(*lps));
		lps[c.nleerpunten] = l;
		c.leerpunten = lps;
		c.nleerpunten++;
		if (casus_validate(&c, im->today, &fout) != ERR_OK) {
			meld(im, rij->regel, kolom_van_pad(fout.field), arena_strdup(im->a, fout.msg), false);
			return ERR_OK;
		}
		casus_apply_defaults(&c, im->today);
		if ((rc = store_casus_update(im->st, im->a, &c, 0, im->now, &fout)) != ERR_OK) {
			if (rc != ERR_VALIDATION)
				return err_set(e, rc, NULL, "%s", fout.msg);
			meld(im, rij->regel, kolom_van_pad(fout.field), arena_strdup(im->a, fout.msg), false);
			return ERR_OK;
		}
		im->u->leerpunten++;
		im->u->beleggingen += l.nbeleggingen;
		return ERR_OK;
	}
	/* no casus: a signal, with its bron and date */
	{
		int gesignaleerd = DATE_NONE;

		if ((v = veld(im, rij, K_GESIGNALEERD_OP)) != NULL && !datum_van(v, &gesignaleerd)) {
			meld(im, rij->regel, K_GESIGNALEERD_OP, "Schrijf de datum als JJJJ-MM-DD of DD-MM-JJJJ.", false);
			return ERR_OK;
		}
		if (!leerpunt_van(im, rij, &l, gesignaleerd != DATE_NONE ? gesignaleerd : im->today))
			return ERR_OK;
		l.gesignaleerd_op = gesignaleerd;
		if ((v = veld(im, rij, K_BRON)) == NULL || (j = code_van(im->a, &codes_leerpunt_bron, v)) <= 0) {
			meld(im, rij->regel, v == NULL ? K_CASUS : K_BRON, v == NULL ? "Vul de casus in (PMM-JJJJ-NNNN), of bij een "
			    "signaal zonder casus de bron en de datum." : arena_printf(im->a, "Onbekende bron \"%.60s\": LET, "
			    "Bestuurlijke Tafel, ander loket, sociaal raadslieden, mensenrechtenorganisatie …", v), false);
			return ERR_OK;
		}
		l.bron = (enum leerpunt_bron)j;
		if (leerpunt_check(&l, "", false, im->today, &fout) != ERR_OK) {
			meld(im, rij->regel, kolom_van_pad(fout.field), arena_strdup(im->a, fout.msg), false);
			return ERR_OK;
		}
		if ((rc = store_signaal_insert(im->st, im->a, &l, 0, im->now, &fout)) != ERR_OK) {
			if (rc != ERR_VALIDATION)
				return err_set(e, rc, NULL, "%s", fout.msg);
			meld(im, rij->regel, kolom_van_pad(fout.field), arena_strdup(im->a, fout.msg), false);
			return ERR_OK;
		}
		im->u->signalen++;
		im->u->beleggingen += l.nbeleggingen;
	}
	return ERR_OK;
}

enum err_code
lpimport_lees(struct store *st, struct arena *a, const char *data, size_t len, bool goede_rijen, int today,
    time_t now, struct lpimport_uitslag *u, struct err *e)
{
	struct csv_grenzen g = { LPIMPORT_MAX_RIJEN, 64, 20000 };
	struct csv_tabel t;
	struct import im = { st, a, u, 0, { 0 }, today, now, false };
	enum csv_fout cf;
	size_t regel = 0;
	enum err_code rc;

	memset(u, 0, sizeof(*u));
	if ((cf = csv_lees(a, data, len, &g, &t, &regel)) != CSV_OK)
		return err_set(e, ERR_VALIDATION, NULL, "%s (regel %zu)", csv_fout_tekst(cf), regel);
	for (int k = 0; k < K__MAX; k++)
		im.kolom_van[k] = -1;
	for (size_t i = 0; i < t.kop.n; i++) {
		const char *n = normaal(a, t.kop.velden[i]);
		int k;

		for (k = 0; k < K__MAX && strcmp(normaal(a, koppen[k]), n) != 0; k++)
			;
		if (k == K__MAX && strcmp(n, "status") == 0)
			k = K_STATUS;
		if (k == K__MAX) {
			meld(&im, 1, -1, arena_printf(a, "Onbekende kolom \"%.60s\" (kolom %zu); de kolommen staan in "
			    "docs/leerpuntenbestand.md.", t.kop.velden[i], i + 1), false);
			continue;
		}
		if (im.kolom_van[k] >= 0)
			meld(&im, 1, k, "Deze kolom staat er twee keer.", false);
		im.kolom_van[k] = (int)i;
	}
	if (im.kolom_van[K_LEERPUNT] < 0 || im.kolom_van[K_CATEGORIE] < 0 || im.kolom_van[K_ORDE] < 0)
		meld(&im, 1, -1, "De kolommen leerpunt, categorie en orde zijn verplicht.", false);
	if (u->nmeldingen > 0)
		return err_set(e, ERR_VALIDATION, NULL, "De kopregel klopt niet; er is niets ingelezen.");
	for (size_t i = 0; i < t.nrijen; i++) {
		u->rijen++;
		if ((rc = rij_verwerken(&im, &t.rijen[i], e)) != ERR_OK)
			return rc;
		if (im.rij_fout)
			u->fout++;
	}
	if (u->fout > 0 && !goede_rijen)
		return err_set(e, ERR_VALIDATION, NULL, "%zu van de %zu regels kloppen niet; er is niets ingelezen.", u->fout,
		    u->rijen);
	return ERR_OK;
}
