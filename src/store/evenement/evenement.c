/* evenement.c - saving and reading events, their invitations and what was discussed, and the figures of a year. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/casus.h"
#include "lib/date.h"
#include "lib/mem.h"
#include "store/evenement/private.h"

static void
bind_evenement(struct store_q *q, const struct evenement *ev)
{
	store_bind_code(q, ":soort", &codes_evenement_soort, (int)ev->soort);
	store_bind_date(q, ":datum", ev->datum);
	store_bind_text(q, ":thema", ev->thema);
	store_bind_text(q, ":doelgroep", ev->doelgroep);
	store_bind_text(q, ":locatie", ev->locatie);
	store_bind_text(q, ":omschrijving", ev->omschrijving);
}

static void
col_evenement(struct arena *a, struct store_q *q, struct evenement *ev)
{
	evenement_init(ev);
	ev->id = store_col_int(q, 0);
	ev->soort = (enum evenement_soort)store_col_enum(q, 1, &codes_evenement_soort, EVSOORT_OVERIG);
	ev->datum = store_col_date(q, 2);
	ev->thema = store_col_text(q, a, 3);
	ev->doelgroep = store_col_text(q, a, 4);
	ev->locatie = store_col_text(q, a, 5);
	ev->omschrijving = store_col_text(q, a, 6);
}

enum err_code
store_evenement_nieuw(struct store *st, const struct evenement *ev, int64_t door, time_t now, int64_t *id,
    struct err *e)
{
	char ts[TIME_STRLEN];
	struct store_q *q;

	if (!store_in_transaction(st))
		return err_set(e, ERR_INTERNAL, NULL, "Er ging iets mis bij het opslaan.");
	time_format(now, ts);
	q = EQ(st, EV_Q_NIEUW);
	bind_evenement(q, ev);
	store_bind_id(q, ":door", door);
	store_bind_text(q, ":now", ts);
	if (store_exec(q, e) != ERR_OK)
		return e->code;
	*id = store_last_id(st);
	return ERR_OK;
}

enum err_code
store_evenement_wijzig(struct store *st, const struct evenement *ev, time_t now, struct err *e)
{
	char ts[TIME_STRLEN];
	struct store_q *q = EQ(st, EV_Q_WIJZIG);

	time_format(now, ts);
	bind_evenement(q, ev);
	store_bind_text(q, ":now", ts);
	store_bind_int(q, ":id", ev->id);
	if (store_exec(q, e) != ERR_OK)
		return e->code;
	if (store_changes(st) == 0)
		return err_set(e, ERR_NOT_FOUND, NULL, "Dit evenement bestaat niet.");
	return ERR_OK;
}

/* "wonen,zorg" into bits of enum leefgebied (an unknown code is skipped). */
static unsigned
leefgebied_bits(const char *s)
{
	unsigned bits = 0;

	while (s != NULL && *s != '\0') {
		size_t n = strcspn(s, ",");
		char code[64];
		int i;

		snprintf(code, sizeof code, "%.*s", (int)(n < sizeof code ? n : sizeof code - 1), s);
		if ((i = codelist_find(&codes_leefgebied, code)) >= 0)
			bits |= 1u << i;
		s += n;
		if (*s == ',')
			s++;
	}
	return bits;
}

enum err_code
store_evenement_lees(struct store *st, struct arena *a, int64_t id, struct evenement_volledig *out, struct err *e)
{
	struct store_q *q = EQ(st, EV_Q_LEES);
	enum err_code rc;
	size_t cap = 0;

	memset(out, 0, sizeof(*out));
	store_bind_int(q, ":id", id);
	if ((rc = store_one(q, e)) == ERR_NOT_FOUND)
		return err_set(e, ERR_NOT_FOUND, NULL, "Dit evenement bestaat niet.");
	if (rc != ERR_OK)
		return rc;
	col_evenement(a, q, &out->ev);
	if ((rc = store_end(q, e)) != ERR_OK)
		return rc;

	q = EQ(st, EV_Q_DEELNEMERS);
	store_bind_int(q, ":id", id);
	while (store_next(q)) {
		struct evenement_deelnemer *d;

		out->deelnemers = store_grow(a, out->deelnemers, out->ndeelnemers, &cap, sizeof(*out->deelnemers));
		d = &out->deelnemers[out->ndeelnemers++];
		d->register_item_id = store_col_int(q, 0);
		d->vermelding = strcmp(store_col_peek(q, 1) ? store_col_peek(q, 1) : "", "organisatie") == 0;
		d->naam = store_col_text(q, a, 2);
		d->functie = store_col_text(q, a, 3);
		d->organisatie_id = store_col_int(q, 4);
		d->organisatie_naam = store_col_text(q, a, 5);
		d->status = (enum deelname_status)store_col_enum(q, 6, &codes_deelname_status, DEELNAME_UITGENODIGD);
		d->aanwezig = store_col_null(q, 7) ? -1 : (int)store_col_int(q, 7);
	}
	if ((rc = store_end(q, e)) != ERR_OK)
		return rc;

	q = EQ(st, EV_Q_CASUSSEN);
	store_bind_int(q, ":id", id);
	cap = 0;
	while (store_next(q)) {
		struct evenement_casus *c;

		out->casussen = store_grow(a, out->casussen, out->ncasussen, &cap, sizeof(*out->casussen));
		c = &out->casussen[out->ncasussen++];
		c->referentie = store_col_text(q, a, 0);
		c->leefgebieden = leefgebied_bits(store_col_peek(q, 1));
	}
	if ((rc = store_end(q, e)) != ERR_OK)
		return rc;

	q = EQ(st, EV_Q_LEERPUNTEN);
	store_bind_int(q, ":id", id);
	cap = 0;
	while (store_next(q)) {
		struct evenement_leerpunt *l;

		out->leerpunten = store_grow(a, out->leerpunten, out->nleerpunten, &cap, sizeof(*out->leerpunten));
		l = &out->leerpunten[out->nleerpunten++];
		l->id = store_col_int(q, 0);
		l->omschrijving = store_col_text(q, a, 1);
		l->categorie = store_col_code(q, 2, &codes_categorie);
		l->bron = store_col_bool(q, 3);
	}
	return store_end(q, e);
}

/* The first and last day of jaar as bound dates. */
static void
bind_jaar(struct store_q *q, int jaar)
{
	if (jaar <= 0) {
		store_bind_null(q, ":van");
		store_bind_null(q, ":tot");
		return;
	}
	store_bind_date(q, ":van", date_from_ymd(jaar, 1, 1));
	store_bind_date(q, ":tot", date_from_ymd(jaar, 12, 31));
}

enum err_code
store_evenement_lijst(struct store *st, struct arena *a, int jaar, int soort, struct evenement_overzicht **out,
    size_t *n, struct err *e)
{
	struct store_q *q = EQ(st, EV_Q_LIJST);
	size_t cap = 0;

	*out = NULL;
	*n = 0;
	bind_jaar(q, jaar);
	if (soort >= 0)
		store_bind_code(q, ":soort", &codes_evenement_soort, soort);
	else
		store_bind_null(q, ":soort");
	while (store_next(q)) {
		struct evenement_overzicht *o;

		*out = store_grow(a, *out, *n, &cap, sizeof(**out));
		o = &(*out)[(*n)++];
		col_evenement(a, q, &o->ev);
		o->uitgenodigd = (long)store_col_int(q, 7);
		o->aangemeld = (long)store_col_int(q, 8);
		o->aanwezig = (long)store_col_int(q, 9);
		o->casussen = (long)store_col_int(q, 10);
		o->leerpunten = (long)store_col_int(q, 11);
	}
	return store_end(q, e);
}

static void
bind_aanwezig(struct store_q *q, int aanwezig)
{
	if (aanwezig < 0)
		store_bind_null(q, ":aanwezig");
	else
		store_bind_int(q, ":aanwezig", aanwezig ? 1 : 0);
}

enum err_code
store_evenement_uitnodigen(struct store *st, int64_t evenement_id, int64_t register_item_id,
    enum deelname_status status, int aanwezig, const char *veld, int64_t door, time_t now, struct err *e)
{
	char ts[TIME_STRLEN];
	struct store_q *q = EQ(st, EV_Q_ITEM_BESTAAT);
	int64_t n = 0;

	store_bind_int(q, ":id", register_item_id);
	if (store_int_of(q, &n, e) != ERR_OK)
		return e->code;
	if (n == 0)
		return err_set(e, ERR_VALIDATION, veld, "Er is geen vermelding of professional met nummer %lld in het "
		    "Maatwerkregister.", (long long)register_item_id);
	time_format(now, ts);
	q = EQ(st, EV_Q_UITNODIGEN);
	store_bind_int(q, ":ev", evenement_id);
	store_bind_int(q, ":item", register_item_id);
	store_bind_code(q, ":status", &codes_deelname_status, (int)status);
	bind_aanwezig(q, aanwezig);
	store_bind_text(q, ":now", ts);
	store_bind_id(q, ":door", door);
	if (store_exec(q, e) != ERR_OK)
		return e->code;
	if (store_changes(st) == 0)
		return err_set(e, ERR_CONFLICT, veld, "Nummer %lld is al uitgenodigd voor dit evenement.",
		    (long long)register_item_id);
	return ERR_OK;
}

enum err_code
store_evenement_deelname(struct store *st, int64_t evenement_id, int64_t register_item_id,
    enum deelname_status status, int aanwezig, int64_t door, time_t now, struct err *e)
{
	char ts[TIME_STRLEN];
	struct store_q *q = EQ(st, EV_Q_DEELNAME);

	time_format(now, ts);
	store_bind_code(q, ":status", &codes_deelname_status, (int)status);
	bind_aanwezig(q, aanwezig);
	store_bind_text(q, ":now", ts);
	store_bind_id(q, ":door", door);
	store_bind_int(q, ":ev", evenement_id);
	store_bind_int(q, ":item", register_item_id);
	if (store_exec(q, e) != ERR_OK)
		return e->code;
	if (store_changes(st) == 0)
		return err_set(e, ERR_NOT_FOUND, NULL, "Deze persoon is niet uitgenodigd voor dit evenement.");
	return ERR_OK;
}

enum err_code
store_evenement_deelname_lees(struct store *st, int64_t evenement_id, int64_t register_item_id,
    enum deelname_status *status, int *aanwezig, struct err *e)
{
	struct store_q *q = EQ(st, EV_Q_DEELNAME_LEES);
	enum err_code rc;

	store_bind_int(q, ":ev", evenement_id);
	store_bind_int(q, ":item", register_item_id);
	if ((rc = store_one(q, e)) == ERR_NOT_FOUND)
		return err_set(e, ERR_NOT_FOUND, NULL, "Deze persoon is niet uitgenodigd voor dit evenement.");
	if (rc != ERR_OK)
		return rc;
	*status = (enum deelname_status)store_col_enum(q, 0, &codes_deelname_status, DEELNAME_UITGENODIGD);
	*aanwezig = store_col_null(q, 1) ? -1 : (int)store_col_int(q, 1);
	return store_end(q, e);
}

enum err_code
store_evenement_casus(struct store *st, int64_t evenement_id, const char *referentie, const char *veld,
    int64_t *casus_id, struct err *e)
{
	struct store_q *q = EQ(st, EV_Q_CASUS_ID);

	*casus_id = 0;
	store_bind_text(q, ":referentie", referentie);
	if (store_int_of(q, casus_id, e) != ERR_OK)
		return e->code;
	if (*casus_id == 0)
		return err_set(e, ERR_VALIDATION, veld, "Er is geen casus %.20s.", referentie);
	q = EQ(st, EV_Q_CASUS_KOPPEL);
	store_bind_int(q, ":ev", evenement_id);
	store_bind_int(q, ":casus", *casus_id);
	if (store_exec(q, e) != ERR_OK)
		return e->code;
	if (store_changes(st) == 0)
		return err_set(e, ERR_CONFLICT, veld, "Casus %.20s staat al bij dit evenement.", referentie);
	return ERR_OK;
}

enum err_code
store_evenement_leerpunt(struct store *st, int64_t evenement_id, int64_t leerpunt_id, bool bron, const char *veld,
    struct err *e)
{
	struct store_q *q = EQ(st, EV_Q_LEERPUNT_BESTAAT);
	int64_t n = 0;

	store_bind_int(q, ":id", leerpunt_id);
	if (store_int_of(q, &n, e) != ERR_OK)
		return e->code;
	if (n == 0)
		return err_set(e, ERR_VALIDATION, veld, "Er is geen leerpunt met nummer %lld.", (long long)leerpunt_id);
	if (bron) {
		q = EQ(st, EV_Q_LEERPUNT_BRON_ELDERS);
		store_bind_int(q, ":leerpunt", leerpunt_id);
		store_bind_int(q, ":ev", evenement_id);
		if (store_int_of(q, &n, e) != ERR_OK)
			return e->code;
		if (n > 0)
			return err_set(e, ERR_CONFLICT, veld, "Leerpunt %lld noemt al een ander evenement als bron.",
			    (long long)leerpunt_id);
	}
	q = EQ(st, EV_Q_LEERPUNT_KOPPEL);
	store_bind_int(q, ":ev", evenement_id);
	store_bind_int(q, ":leerpunt", leerpunt_id);
	store_bind_bool(q, ":bron", bron);
	if (store_exec(q, e) != ERR_OK)
		return e->code;
	if (store_changes(st) == 0)
		return err_set(e, ERR_CONFLICT, veld, "Leerpunt %lld staat al bij dit evenement.", (long long)leerpunt_id);
	return ERR_OK;
}

enum err_code
store_evenement_bron_van(struct store *st, struct arena *a, int64_t leerpunt_id, struct evenement *ev, bool *found,
    struct err *e)
{
	struct store_q *q = EQ(st, EV_Q_BRON_VAN);

	*found = false;
	store_bind_int(q, ":leerpunt", leerpunt_id);
	if (store_next(q)) {
		col_evenement(a, q, ev);
		*found = true;
	}
	return store_end(q, e);
}

enum err_code
store_evenement_cijfers(struct store *st, int jaar, struct evenement_cijfers *out, struct err *e)
{
	struct evenement_kern *ev = NULL;
	struct evenement_deelname *d = NULL;
	size_t nev = 0, nd = 0, capev = 0, capd = 0;
	struct store_q *q = EQ(st, EV_Q_KERN);
	enum err_code rc;

	bind_jaar(q, jaar);
	while (store_next(q)) {
		if (nev == capev)
			ev = xrealloc(ev, (capev = capev ? 2 * capev : 64) * sizeof(*ev));
		ev[nev].id = store_col_int(q, 0);
		ev[nev].soort = (enum evenement_soort)store_col_enum(q, 1, &codes_evenement_soort, EVSOORT_OVERIG);
		ev[nev].datum = store_col_date(q, 2);
		ev[nev].casussen = (long)store_col_int(q, 3);
		ev[nev].leerpunten = (long)store_col_int(q, 4);
		ev[nev].bron_van = (long)store_col_int(q, 5);
		nev++;
	}
	if ((rc = store_end(q, e)) != ERR_OK)
		goto out;
	q = EQ(st, EV_Q_DEELNAMES);
	bind_jaar(q, jaar);
	while (store_next(q)) {
		if (nd == capd)
			d = xrealloc(d, (capd = capd ? 2 * capd : 256) * sizeof(*d));
		d[nd].evenement_id = store_col_int(q, 0);
		d[nd].organisatie_id = store_col_int(q, 1);
		d[nd].status = (enum deelname_status)store_col_enum(q, 2, &codes_deelname_status, DEELNAME_UITGENODIGD);
		d[nd].aanwezig = store_col_null(q, 3) ? -1 : (int)store_col_int(q, 3);
		nd++;
	}
	if ((rc = store_end(q, e)) != ERR_OK)
		goto out;
	evenement_cijfers_tel(out, jaar, ev, nev, d, nd);
out:
	free(ev);
	free(d);
	return rc;
}

enum err_code
store_evenement_aantal(struct store *st, int64_t *n, struct err *e)
{
	return store_int_of(EQ(st, EV_Q_AANTAL), n, e);
}

enum err_code
store_evenement_signaal_met_bron(struct store *st, const char *bron, int64_t *id, struct err *e)
{
	struct store_q *q = EQ(st, EV_Q_SIGNAAL_MET_BRON);

	store_bind_text(q, ":bron", bron);
	return store_int_of(q, id, e);
}
