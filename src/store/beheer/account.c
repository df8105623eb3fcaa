/* account.c - accounts as beheer keeps them, and their API tokens (store/beheer/beheer.h). */
#include <string.h>

#include "core/contact.h"
#include "core/rol.h"
#include "store/beheer/private.h"

static void
lees_account(struct arena *a, struct store_q *q, struct account_rij *r)
{
	memset(r, 0, sizeof(*r));
	r->id = store_col_int(q, 0);
	r->persoon_id = store_col_int(q, 1);
	r->organisatie_id = store_col_int(q, 2);
	r->naam = store_col_text(q, a, 3);
	r->email = store_col_text(q, a, 4);
	r->functie = store_col_text(q, a, 5);
	r->telefoon = store_col_text(q, a, 6);
	r->organisatie_naam = store_col_text(q, a, 7);
	r->roles = 0;
	{
		const char *lijst = store_col_peek(q, 8);
		const char *p = lijst;

		while (p != NULL && *p != '\0') {
			const char *komma = strchr(p, ',');
			size_t n = komma ? (size_t)(komma - p) : strlen(p);
			char code[32];
			enum rol rol;

			if (n < sizeof(code)) {
				memcpy(code, p, n);
				code[n] = '\0';
				if (rol_parse(code, &rol))
					r->roles |= ROL_BIT(rol);
			}
			p = komma ? komma + 1 : NULL;
		}
	}
	r->actief = store_col_bool(q, 9);
	r->heeft_wachtwoord = store_col_bool(q, 10);
	r->aangemaakt = store_col_text(q, a, 11);
	r->laatst_ingelogd = store_col_text(q, a, 12);
	r->tokens = (long)store_col_int(q, 13);
}

enum err_code
store_account_lijst(struct store *st, struct arena *a, const char *zoek, struct account_rij **out, size_t *n,
    struct err *e)
{
	struct store_q *q = BQ(st, BH_Q_LIJST);
	struct account_rij *v = NULL;
	size_t len = 0, cap = 0;
	enum err_code rc;

	store_bind_text(q, ":zoek", zoek != NULL && zoek[0] != '\0' ? zoek : NULL);
	while (store_next(q)) {
		v = store_grow(a, v, len, &cap, sizeof(*v));
		lees_account(a, q, &v[len++]);
	}
	if ((rc = store_end(q, e)) != ERR_OK)
		return rc;
	*out = v;
	*n = len;
	return ERR_OK;
}

enum err_code
store_account_lees(struct store *st, struct arena *a, int64_t id, struct account_rij *out, struct err *e)
{
	struct store_q *q = BQ(st, BH_Q_LEES);
	enum err_code rc;

	store_bind_int(q, ":id", id);
	if ((rc = store_one(q, e)) == ERR_NOT_FOUND)
		return err_set(e, ERR_NOT_FOUND, NULL, "Dit account bestaat niet.");
	if (rc != ERR_OK)
		return rc;
	lees_account(a, q, out);
	return store_end(q, e);
}

static const char *
of_null(const char *s)
{
	return contact_leeg(s) ? NULL : s;
}

/* ERR_CONFLICT when another account (not id) has this e-mail. */
static enum err_code
email_vrij(struct store *st, const char *email, int64_t id, struct err *e)
{
	struct store_q *q = BQ(st, BH_Q_EMAIL_ACCOUNT);
	int64_t ander = 0;
	enum err_code rc;

	store_bind_text(q, ":email", email);
	store_bind_int(q, ":id", id);
	if ((rc = store_int_of(q, &ander, e)) != ERR_OK)
		return rc;
	return ander == 0 ? ERR_OK : err_set(e, ERR_CONFLICT, "email", "Er bestaat al een account met dit e-mailadres.");
}

static void
bind_persoon(struct store_q *q, const struct account_invoer *in)
{
	store_bind_text(q, ":naam", in->naam);
	store_bind_text(q, ":email", in->email);
	store_bind_text(q, ":functie", of_null(in->functie));
	store_bind_text(q, ":telefoon", of_null(in->telefoon));
	store_bind_id(q, ":organisatie", in->organisatie_id);
}

static enum err_code
rollen_zetten(struct store *st, int64_t id, unsigned roles, struct err *e)
{
	struct store_q *q = BQ(st, BH_Q_ROLLEN_WEG);
	enum err_code rc;

	store_bind_int(q, ":id", id);
	if ((rc = store_exec(q, e)) != ERR_OK)
		return rc;
	for (int r = 0; r < ROL__MAX; r++) {
		if (!(roles & ROL_BIT(r)))
			continue;
		q = BQ(st, BH_Q_ROL_NIEUW);
		store_bind_int(q, ":id", id);
		store_bind_text(q, ":rol", rol_code((enum rol)r));
		if ((rc = store_exec(q, e)) != ERR_OK)
			return rc;
	}
	return ERR_OK;
}

enum err_code
store_account_nieuw(struct store *st, const struct account_invoer *in, time_t now, int64_t *id, struct err *e)
{
	char tijd[TIME_STRLEN];
	int64_t persoon = 0;
	struct store_q *q;
	enum err_code rc;

	if ((rc = email_vrij(st, in->email, 0, e)) != ERR_OK)
		return rc;
	q = BQ(st, BH_Q_PERSOON_EMAIL);
	store_bind_text(q, ":email", in->email);
	if ((rc = store_int_of(q, &persoon, e)) != ERR_OK)
		return rc;
	q = BQ(st, persoon != 0 ? BH_Q_PERSOON_WIJZIG : BH_Q_PERSOON_NIEUW);
	bind_persoon(q, in);
	if (persoon != 0)
		store_bind_int(q, ":id", persoon);
	if ((rc = store_exec(q, e)) != ERR_OK)
		return rc;
	if (persoon == 0)
		persoon = store_last_id(st);
	time_format(now, tijd);
	q = BQ(st, BH_Q_GEBRUIKER_NIEUW);
	store_bind_int(q, ":persoon", persoon);
	store_bind_text(q, ":now", tijd);
	if ((rc = store_exec(q, e)) != ERR_OK)
		return rc;
	*id = store_last_id(st);
	return rollen_zetten(st, *id, in->roles, e);
}

enum err_code
store_account_wijzig(struct store *st, int64_t id, const struct account_invoer *in, time_t now, struct err *e)
{
	struct arena *a = arena_new();
	struct account_rij oud;
	char tijd[TIME_STRLEN];
	struct store_q *q;
	enum err_code rc;

	if ((rc = store_account_lees(st, a, id, &oud, e)) != ERR_OK || (rc = email_vrij(st, in->email, id, e)) != ERR_OK)
		goto out;
	q = BQ(st, BH_Q_PERSOON_WIJZIG);
	bind_persoon(q, in);
	store_bind_int(q, ":id", oud.persoon_id);
	if ((rc = store_exec(q, e)) == ERR_CONFLICT) {
		rc = err_set(e, ERR_CONFLICT, "email", "Dit e-mailadres is al van een andere persoon.");
		goto out;
	}
	if (rc != ERR_OK || (rc = rollen_zetten(st, id, in->roles, e)) != ERR_OK)
		goto out;
	time_format(now, tijd);
	q = BQ(st, BH_Q_GEBRUIKER_GEWIJZIGD);
	store_bind_int(q, ":id", id);
	store_bind_text(q, ":now", tijd);
	rc = store_exec(q, e);
out:
	arena_free(a);
	return rc;
}

enum err_code
store_account_actief(struct store *st, int64_t id, bool actief, struct err *e)
{
	struct store_q *q = BQ(st, BH_Q_ACTIEF);
	enum err_code rc;

	store_bind_bool(q, ":actief", actief);
	store_bind_int(q, ":id", id);
	if ((rc = store_exec(q, e)) != ERR_OK)
		return rc;
	if (store_changes(st) == 0)
		return err_set(e, ERR_NOT_FOUND, NULL, "Dit account bestaat niet.");
	if (actief)
		return ERR_OK;
	q = BQ(st, BH_Q_SESSIES_WEG);   /* a disabled account is signed out everywhere at once */
	store_bind_int(q, ":id", id);
	return store_exec(q, e);
}

enum err_code
store_account_ingelogd(struct store *st, int64_t id, time_t now, struct err *e)
{
	struct store_q *q = BQ(st, BH_Q_INGELOGD);
	char tijd[TIME_STRLEN];

	time_format(now, tijd);
	store_bind_text(q, ":now", tijd);
	store_bind_int(q, ":id", id);
	return store_exec(q, e);
}

enum err_code
store_token_lijst(struct store *st, struct arena *a, int64_t gebruiker_id, struct api_token_rij **out, size_t *n,
    struct err *e)
{
	struct store_q *q = BQ(st, BH_Q_TOKEN_LIJST);
	struct api_token_rij *v = NULL;
	size_t len = 0, cap = 0;
	enum err_code rc;

	store_bind_int(q, ":gebruiker", gebruiker_id);
	while (store_next(q)) {
		v = store_grow(a, v, len, &cap, sizeof(*v));
		v[len].id = store_col_int(q, 0);
		v[len].aangemaakt = store_col_text(q, a, 1);
		v[len++].ingetrokken = store_col_text(q, a, 2);
	}
	if ((rc = store_end(q, e)) != ERR_OK)
		return rc;
	*out = v;
	*n = len;
	return ERR_OK;
}

enum err_code
store_token_intrekken(struct store *st, int64_t gebruiker_id, int64_t token_id, int64_t door, time_t now,
    struct err *e)
{
	struct store_q *q = BQ(st, BH_Q_TOKEN_INTREKKEN);
	char tijd[TIME_STRLEN];
	enum err_code rc;

	time_format(now, tijd);
	store_bind_text(q, ":now", tijd);
	store_bind_id(q, ":door", door);
	store_bind_int(q, ":id", token_id);
	store_bind_int(q, ":gebruiker", gebruiker_id);
	if ((rc = store_exec(q, e)) == ERR_OK && store_changes(st) == 0)
		return err_set(e, ERR_NOT_FOUND, NULL, "Dit token bestaat niet of is al ingetrokken.");
	return rc;
}
