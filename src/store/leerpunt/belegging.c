/* belegging.c - beleggingen of a leerpunt: reading them with their history; belegging, follow-up, doorzetten. */
#include <string.h>

#include "store/leerpunt/private.h"

void
lp_read_organisatie(struct arena *a, struct store_q *q, int i, struct organisatie_kort *o)
{
	o->id = store_col_int(q, i);
	o->naam = store_col_text(q, a, i + 1);
	o->code = store_col_text(q, a, i + 2);
	o->type = store_col_code(q, i + 3, &codes_organisatie_type);
}

void
lp_read_belegging(struct arena *a, struct store_q *q, struct belegging_rij *b)
{
	memset(b, 0, sizeof(*b));
	b->id = store_col_int(q, 0);
	b->leerpunt_id = store_col_int(q, 1);
	lp_read_organisatie(a, q, 2, &b->bij);
	b->volgende_navraag = store_col_date(q, 6);
	b->doorgezet_naar_id = store_col_int(q, 7);
	b->doorgezet_naar = store_col_text(q, a, 8);
	b->doorgezet_van_id = store_col_int(q, 9);
	b->doorgezet_van = store_col_text(q, a, 10);
	b->status = (enum opvolging_status)store_col_enum(q, 11, &codes_opvolging_status, OPVOLGING_BELEGD);
	b->reden = store_col_code(q, 12, &codes_reden);
	b->status_datum = store_col_date(q, 13);
	b->belegd_op = store_col_date(q, 14);
	b->niet_belegd = store_col_code(q, 15, &codes_niet_belegd_reden);
	b->niet_belegd_toelichting = store_col_text(q, a, 16);
	b->pmm_soort = store_col_code(q, 17, &codes_pmm_soort);
	{
		const char *p = store_col_text(q, a, 18);

		while (p != NULL && *p != '\0' && b->npartners < BELEGGING_MAX_PARTNERS_GELEZEN) {
			size_t len = strcspn(p, "\x1f");

			b->partners[b->npartners++] = arena_strndup(a, p, len);
			p += len + (p[len] != '\0');
		}
	}
}

enum err_code
store_belegging_get(struct store *st, struct arena *a, int64_t id, struct belegging_rij *out, struct err *e)
{
	struct store_q *q = LQ(st, LP_Q_BELEGGING_GET);
	enum err_code rc;

	store_bind_int(q, ":id", id);
	if ((rc = store_one(q, e)) == ERR_NOT_FOUND)
		return err_set(e, ERR_NOT_FOUND, NULL, "Deze belegging bestaat niet.");
	if (rc != ERR_OK)
		return rc;
	lp_read_belegging(a, q, out);
	return store_end(q, e);
}

enum err_code
lp_beleggingen_van(struct store *st, struct arena *a, int64_t leerpunt_id, int64_t beperk,
    struct belegging_rij **out, size_t *n, struct err *e)
{
	struct store_q *q = LQ(st, LP_Q_BELEGGINGEN_VAN);
	struct belegging_rij *v = NULL;
	size_t len = 0, cap = 0;
	enum err_code rc;

	store_bind_int(q, ":leerpunt", leerpunt_id);
	store_bind_id(q, ":organisatie", beperk);
	while (store_next(q)) {
		v = store_grow(a, v, len, &cap, sizeof(*v));
		lp_read_belegging(a, q, &v[len++]);
	}
	if ((rc = store_end(q, e)) != ERR_OK)
		return rc;
	*out = v;
	*n = len;
	return ERR_OK;
}

enum err_code
lp_historie(struct store *st, struct arena *a, struct belegging_rij *b, struct err *e)
{
	struct store_q *q = LQ(st, LP_Q_HISTORIE);
	size_t cap = 0;

	b->historie = NULL;
	b->nhistorie = 0;
	store_bind_int(q, ":belegging", b->id);
	while (store_next(q)) {
		struct opvolging_rij *h;

		b->historie = store_grow(a, b->historie, b->nhistorie, &cap, sizeof(*b->historie));
		h = &b->historie[b->nhistorie++];
		h->id = store_col_int(q, 0);
		h->datum = store_col_date(q, 1);
		h->status = (enum opvolging_status)store_col_enum(q, 2, &codes_opvolging_status, OPVOLGING_ONBEKEND);
		h->reden = store_col_code(q, 3, &codes_reden);
		h->notitie = store_col_text(q, a, 4);
		h->bron = store_col_text(q, a, 5);
		h->auteur_naam = store_col_text(q, a, 6);
		h->created_at = store_col_text(q, a, 7);
	}
	return store_end(q, e);
}

/* ---- writing the follow-up ----------------------------------------------- */

static enum err_code
status_insert(struct store *st, int64_t belegging_id, int datum, enum opvolging_status status, int reden,
    const char *notitie, const char *bron, int64_t auteur, time_t now, int64_t *id, struct err *e)
{
	struct store_q *q = LQ(st, LP_Q_STATUS_ADD);
	char created[TIME_STRLEN];
	enum err_code ec;

	time_format(now, created);
	store_bind_int(q, ":belegging", belegging_id);
	store_bind_date(q, ":datum", datum);
	store_bind_code(q, ":status", &codes_opvolging_status, (int)status);
	store_bind_code(q, ":reden", &codes_reden, status == OPVOLGING_GEEN_OPVOLGING ? reden : -1);
	store_bind_text(q, ":notitie", notitie != NULL && *notitie ? notitie : NULL);
	store_bind_text(q, ":bron", bron != NULL && *bron ? bron : NULL);
	store_bind_id(q, ":auteur", auteur);
	store_bind_text(q, ":now", created);
	if ((ec = store_exec(q, e)) != ERR_OK)
		return ec;
	if (id != NULL)
		*id = store_last_id(st);
	return ERR_OK;
}

static enum err_code
navraag_set(struct store *st, int64_t belegging_id, int volgende, struct err *e)
{
	struct store_q *q = LQ(st, LP_Q_NAVRAAG_SET);

	store_bind_int(q, ":id", belegging_id);
	store_bind_date(q, ":volgende", volgende);
	return store_exec(q, e);
}

enum err_code
store_belegging_status_add(struct store *st, int64_t belegging_id, const struct opvolging_invoer *in,
    int volgende_navraag, int64_t auteur_gebruiker_id, time_t now, int64_t *id, struct err *e)
{
	enum err_code ec;

	if (in->status < 0 || in->status >= OPVOLGING__MAX)
		return err_set(e, ERR_VALIDATION, "status", "Kies een status van de opvolging.");
	ec = status_insert(st, belegging_id, in->datum, (enum opvolging_status)in->status, in->reden, in->notitie,
	    in->bron, auteur_gebruiker_id, now, id, e);
	if (ec != ERR_OK)
		return ec;
	return navraag_set(st, belegging_id, volgende_navraag, e);
}

/* The number of open (not forwarded) beleggingen of leerpunt_id bij organisatie_id. */
static enum err_code
open_bij(struct store *st, int64_t leerpunt_id, int64_t organisatie_id, int64_t *n, struct err *e)
{
	struct store_q *q = LQ(st, LP_Q_OPEN_BIJ);

	store_bind_int(q, ":leerpunt", leerpunt_id);
	store_bind_int(q, ":organisatie", organisatie_id);
	return store_int_of(q, n, e);
}

static enum err_code
belegging_insert(struct store *st, int64_t leerpunt_id, int64_t organisatie_id, int volgende, time_t now,
    int64_t *id, struct err *e)
{
	struct store_q *q = LQ(st, LP_Q_BELEGGING_ADD);
	char created[TIME_STRLEN];
	enum err_code ec;

	time_format(now, created);
	store_bind_int(q, ":leerpunt", leerpunt_id);
	store_bind_int(q, ":organisatie", organisatie_id);
	store_bind_date(q, ":volgende", volgende);
	store_bind_text(q, ":now", created);
	if ((ec = store_exec(q, e)) != ERR_OK)
		return ec;
	*id = store_last_id(st);
	return ERR_OK;
}

enum err_code
store_belegging_add(struct store *st, int64_t leerpunt_id, int64_t organisatie_id, int datum, const char *notitie,
    const char *bron, int volgende_navraag, int64_t auteur_gebruiker_id, time_t now, int64_t *id, struct err *e)
{
	struct arena *a = arena_new();
	struct organisatie_kort org;
	enum err_code ec;
	int64_t n;

	if ((ec = lp_leerpunt_exists(st, leerpunt_id, e)) != ERR_OK)
		goto out;
	if (store_organisatie_get(st, a, organisatie_id, &org, NULL) != ERR_OK) {
		ec = err_set(e, ERR_VALIDATION, "organisatie", "Kies een bestaande organisatie.");
		goto out;
	}
	if ((ec = open_bij(st, leerpunt_id, organisatie_id, &n, e)) != ERR_OK)
		goto out;
	if (n > 0) {
		ec = err_set(e, ERR_CONFLICT, "organisatie", "Dit leerpunt is al belegd bij %s.", org.naam);
		goto out;
	}
	if ((ec = belegging_insert(st, leerpunt_id, organisatie_id, volgende_navraag, now, id, e)) != ERR_OK)
		goto out;
	ec = status_insert(st, *id, datum, OPVOLGING_BELEGD, -1, notitie, bron, auteur_gebruiker_id, now, NULL, e);
out:
	arena_free(a);
	return ec;
}

static char *
met_toelichting(struct arena *a, const char *wat, const char *naam, const char *notitie)
{
	if (notitie == NULL || *notitie == '\0')
		return arena_printf(a, "%s %s.", wat, naam);
	return arena_printf(a, "%s %s. %s", wat, naam, notitie);
}

enum err_code
store_belegging_doorzetten(struct store *st, int64_t van_id, int64_t naar_organisatie_id, int datum,
    const char *notitie, const char *bron, int volgende_navraag, int64_t auteur_gebruiker_id, time_t now,
    int64_t *nieuw_id, struct err *e)
{
	struct arena *a = arena_new();
	struct belegging_rij oud;
	struct organisatie_kort naar;
	struct store_q *q;
	enum err_code ec;
	int64_t n;

	if (notitie != NULL && strlen(notitie) > LEERPUNT_MAX_NOTITIE - 512) {
		ec = err_set(e, ERR_VALIDATION, "notitie", "De toelichting is te lang.");
		goto out;
	}
	if ((ec = store_belegging_get(st, a, van_id, &oud, e)) != ERR_OK)
		goto out;
	if (oud.doorgezet_naar_id != 0) {
		ec = err_set(e, ERR_CONFLICT, NULL, "Deze belegging is al doorgezet naar %s.",
		    oud.doorgezet_naar ? oud.doorgezet_naar : "een andere partij");
		goto out;
	}
	if (store_organisatie_get(st, a, naar_organisatie_id, &naar, NULL) != ERR_OK) {
		ec = err_set(e, ERR_VALIDATION, "organisatie", "Kies een bestaande organisatie.");
		goto out;
	}
	if (naar.id == oud.bij.id) {
		ec = err_set(e, ERR_VALIDATION, "organisatie", "Kies een andere partij dan %s.", oud.bij.naam);
		goto out;
	}
	if ((ec = open_bij(st, oud.leerpunt_id, naar.id, &n, e)) != ERR_OK)
		goto out;
	if (n > 0) {
		ec = err_set(e, ERR_CONFLICT, "organisatie", "Dit leerpunt is al belegd bij %s.", naar.naam);
		goto out;
	}
	if ((ec = belegging_insert(st, oud.leerpunt_id, naar.id, volgende_navraag, now, nieuw_id, e)) != ERR_OK)
		goto out;
	ec = status_insert(st, *nieuw_id, datum, OPVOLGING_BELEGD, -1,
	    met_toelichting(a, "Doorgezet vanuit", oud.bij.naam, notitie), bron, auteur_gebruiker_id, now, NULL, e);
	if (ec != ERR_OK)
		goto out;
	q = LQ(st, LP_Q_DOORGEZET_SET);
	store_bind_int(q, ":id", oud.id);
	store_bind_int(q, ":naar", *nieuw_id);
	if ((ec = store_exec(q, e)) != ERR_OK)
		goto out;
	ec = status_insert(st, oud.id, datum < oud.status_datum && oud.status_datum != DATE_NONE ? oud.status_datum : datum,
	    oud.status, oud.reden, met_toelichting(a, "Doorgezet naar", naar.naam, notitie), bron,
	    auteur_gebruiker_id, now, NULL, e);
out:
	arena_free(a);
	return ec;
}

/* ---- the variants: deliberately not belegd, a werkgroep, PMM's kind ------------------------------------- */

enum err_code
store_belegging_niet_belegd_add(struct store *st, int64_t leerpunt_id, int64_t organisatie_id, int reden,
    const char *toelichting, time_t now, int64_t *id, struct err *e)
{
	struct arena *a = arena_new();
	struct organisatie_kort org;
	struct store_q *q;
	enum err_code ec;
	int64_t n;

	if ((ec = lp_leerpunt_exists(st, leerpunt_id, e)) != ERR_OK)
		goto out;
	if (store_organisatie_get(st, a, organisatie_id, &org, NULL) != ERR_OK) {
		ec = err_set(e, ERR_VALIDATION, "organisatie", "Kies een bestaande organisatie.");
		goto out;
	}
	if (org.code != NULL && strcmp(org.code, "PMM") == 0) {
		ec = err_set(e, ERR_VALIDATION, "organisatie", "Bij PMM zelf is een leerpunt belegd of niet; kies de partij "
		    "waaraan het is voorgelegd.");
		goto out;
	}
	if ((ec = open_bij(st, leerpunt_id, organisatie_id, &n, e)) != ERR_OK)
		goto out;
	if (n > 0) {
		ec = err_set(e, ERR_CONFLICT, "organisatie", "Dit leerpunt staat al bij %s.", org.naam);
		goto out;
	}
	if ((ec = belegging_insert(st, leerpunt_id, organisatie_id, DATE_NONE, now, id, e)) != ERR_OK)
		goto out;
	q = LQ(st, LP_Q_NIET_BELEGD_SET);
	store_bind_code(q, ":reden", &codes_niet_belegd_reden, reden);
	store_bind_text(q, ":toelichting", toelichting);
	store_bind_int(q, ":id", *id);
	ec = store_exec(q, e);
out:
	arena_free(a);
	return ec;
}

enum err_code
store_belegging_partner_add(struct store *st, int64_t belegging_id, int64_t organisatie_id, struct err *e)
{
	struct arena *a = arena_new();
	struct belegging_rij b;
	struct organisatie_kort org;
	struct store_q *q;
	enum err_code ec;
	int64_t n = 0;

	if ((ec = store_belegging_get(st, a, belegging_id, &b, e)) != ERR_OK)
		goto out;
	if (store_organisatie_get(st, a, organisatie_id, &org, NULL) != ERR_OK) {
		ec = err_set(e, ERR_VALIDATION, "organisatie", "Kies een bestaande organisatie.");
		goto out;
	}
	if (organisatie_id == b.bij.id) {
		ec = err_set(e, ERR_VALIDATION, "organisatie", "%s trekt de werkgroep al; kies een andere partij.", org.naam);
		goto out;
	}
	if (b.npartners >= LEERPUNT_MAX_PARTNERS) {
		ec = err_set(e, ERR_VALIDATION, "organisatie", "Een werkgroep heeft ten hoogste %d partners naast de trekker.",
		    LEERPUNT_MAX_PARTNERS);
		goto out;
	}
	q = LQ(st, LP_Q_PARTNER_EXISTS);
	store_bind_int(q, ":belegging", belegging_id);
	store_bind_int(q, ":organisatie", organisatie_id);
	if ((ec = store_int_of(q, &n, e)) != ERR_OK)
		goto out;
	if (n > 0) {
		ec = err_set(e, ERR_VALIDATION, "organisatie", "%s zit al in de werkgroep.", org.naam);
		goto out;
	}
	q = LQ(st, LP_Q_PARTNER_ADD);
	store_bind_int(q, ":belegging", belegging_id);
	store_bind_int(q, ":organisatie", organisatie_id);
	ec = store_exec(q, e);
out:
	arena_free(a);
	return ec;
}

enum err_code
store_belegging_pmm_soort_zet(struct store *st, int64_t belegging_id, int soort, struct err *e)
{
	struct arena *a = arena_new();
	struct belegging_rij b;
	struct store_q *q;
	enum err_code ec;

	if ((ec = store_belegging_get(st, a, belegging_id, &b, e)) != ERR_OK)
		goto out;
	if (b.bij.code == NULL || strcmp(b.bij.code, "PMM") != 0) {
		ec = err_set(e, ERR_VALIDATION, "pmmSoort", "Alleen bij PMM zelf legt u vast hoe PMM betrokken is.");
		goto out;
	}
	q = LQ(st, LP_Q_PMM_SOORT_SET);
	store_bind_code(q, ":soort", &codes_pmm_soort, soort);
	store_bind_int(q, ":id", belegging_id);
	ec = store_exec(q, e);
out:
	arena_free(a);
	return ec;
}
