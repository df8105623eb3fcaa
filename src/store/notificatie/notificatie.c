/* notificatie.c - the statement table of the notification outbox, adding rows in the event's transaction, the
   recipient's list, and the e-mail sender's attempts and dead letters. */
#include "store/notificatie/notificatie.h"

#include <string.h>

#include "lib/date.h"
#include "store/store_private.h"
#include "store/util.h"

enum {
	Q_ADD_REGIEVOERDERS, Q_ADD_INDIENER, Q_ADD_PERSOON, Q_ONGELEZEN, Q_LIJST, Q_GELEZEN_EEN, Q_GELEZEN_ALLE,
	Q_TE_VERZENDEN, Q_VERZONDEN, Q_MISLUKT_POGING, Q_MISLUKT_LIJST, Q_OPNIEUW, Q_TELLERS, Q__MAX
};

/* The columns of a new row; the Message-ID is random, so a copy of the database never reuses one. */
#define ADD_INTO \
	"INSERT INTO notificatie (soort, gebruiker_id, casus_id, referentie, message_id, aangemaakt_op, mail)" \
	" SELECT :soort, g.id, c.id, c.referentie, '<' || lower(hex(randomblob(16))) || '@doorbraak>', :nu," \
	"  CASE WHEN p.email IS NULL OR p.email = '' THEN 'geen' ELSE 'wacht' END"
#define ADD_WHERE " c.id = :casus AND c.referentie IS NOT NULL AND g.actief = 1 AND g.id IS NOT :auteur"

static const struct store_sql sql[Q__MAX] = {
	[Q_ADD_REGIEVOERDERS] = { "notificatie.add_regievoerders", ADD_INTO
	    " FROM casus c, gebruiker g JOIN persoon p ON p.id = g.persoon_id"
	    " JOIN gebruiker_rol r ON r.gebruiker_id = g.id AND r.rol = 'regievoerder'"
	    " WHERE" ADD_WHERE " ORDER BY g.id", NULL },
	[Q_ADD_INDIENER] = { "notificatie.add_indiener", ADD_INTO
	    " FROM casus c JOIN gebruiker g ON g.persoon_id = c.indiener_id JOIN persoon p ON p.id = g.persoon_id"
	    " WHERE" ADD_WHERE, NULL },
	[Q_ADD_PERSOON] = { "notificatie.add_persoon", ADD_INTO
	    " FROM casus c, gebruiker g JOIN persoon p ON p.id = g.persoon_id"
	    " WHERE g.persoon_id = :persoon AND" ADD_WHERE, NULL },
	[Q_ONGELEZEN] = { "notificatie.ongelezen",
	    "SELECT count(*) FROM notificatie WHERE gebruiker_id = :gebruiker AND gelezen_op IS NULL", NULL },
	[Q_LIJST] = { "notificatie.lijst",
	    "SELECT id, soort, referentie, aangemaakt_op, gelezen_op IS NOT NULL FROM notificatie"
	    " WHERE gebruiker_id = :gebruiker ORDER BY id DESC LIMIT :max", NULL },
	[Q_GELEZEN_EEN] = { "notificatie.gelezen_een",
	    "UPDATE notificatie SET gelezen_op = coalesce(gelezen_op, :nu) WHERE id = :id AND gebruiker_id = :gebruiker",
	    NULL },
	[Q_GELEZEN_ALLE] = { "notificatie.gelezen_alle",
	    "UPDATE notificatie SET gelezen_op = :nu WHERE gebruiker_id = :gebruiker AND gelezen_op IS NULL", NULL },
	[Q_TE_VERZENDEN] = { "notificatie.te_verzenden",
	    "SELECT n.id, n.soort, n.referentie, n.message_id, p.email, n.aangemaakt_op, n.pogingen,"
	    " coalesce(n.opgeven_na, 0)"
	    " FROM notificatie n JOIN gebruiker g ON g.id = n.gebruiker_id JOIN persoon p ON p.id = g.persoon_id"
	    " WHERE n.mail = 'wacht' AND (n.volgende_poging IS NULL OR n.volgende_poging <= :nu)"
	    " ORDER BY n.id LIMIT :max", NULL },
	[Q_VERZONDEN] = { "notificatie.verzonden",
	    "UPDATE notificatie SET mail = 'verzonden', verzonden_op = :nu, pogingen = pogingen + 1,"
	    " volgende_poging = NULL WHERE id = :id AND mail = 'wacht'", NULL },
	[Q_MISLUKT_POGING] = { "notificatie.mislukt_poging",
	    "UPDATE notificatie SET pogingen = :pogingen, volgende_poging = :volgende, opgeven_na = :opgeven_na,"
	    " laatste_fout = substr(:fout, 1, 300), mail = CASE WHEN :opgeven THEN 'mislukt' ELSE 'wacht' END"
	    " WHERE id = :id AND mail = 'wacht'", NULL },
	[Q_MISLUKT_LIJST] = { "notificatie.mislukt_lijst",
	    "SELECT n.id, n.soort, p.email, n.aangemaakt_op, n.laatste_fout, n.pogingen"
	    " FROM notificatie n JOIN gebruiker g ON g.id = n.gebruiker_id JOIN persoon p ON p.id = g.persoon_id"
	    " WHERE n.mail = 'mislukt' ORDER BY n.id DESC LIMIT :max", NULL },
	[Q_OPNIEUW] = { "notificatie.opnieuw",
	    "UPDATE notificatie SET mail = 'wacht', pogingen = 0, volgende_poging = NULL, opgeven_na = NULL"
	    " WHERE id = :id AND mail = 'mislukt'", NULL },
	[Q_TELLERS] = { "notificatie.tellers",
	    "SELECT coalesce(sum(mail = 'wacht'), 0), coalesce(sum(mail = 'verzonden'), 0),"
	    " coalesce(sum(mail = 'mislukt'), 0), coalesce(sum(mail = 'geen'), 0) FROM notificatie", NULL },
};

const struct store_sql_table store_notificatie_sql = { "notificatie", sql, Q__MAX };

#define Q(st, id) store_q((st), STORE_T_NOTIFICATIE, (id))

enum err_code
store_notificatie_add(struct store *st, enum notificatie_soort soort, int64_t casus_id, int64_t persoon_id,
    int64_t auteur, time_t now, long *n, struct err *e)
{
	char ts[TIME_STRLEN];
	struct store_q *q;
	int which;

	if (n != NULL)
		*n = 0;
	if (!store_in_transaction(st))   /* the outbox is only ever written with its event */
		return err_set(e, ERR_INTERNAL, NULL, "Er ging iets mis bij het opslaan.");
	if (soort < 0 || soort >= NOTIFICATIE__MAX)
		return err_set(e, ERR_INTERNAL, NULL, "Er ging iets mis bij het opslaan.");
	switch (notificatie_ontvanger(soort)) {
	case ONTVANGER_REGIEVOERDERS:
		which = Q_ADD_REGIEVOERDERS;
		break;
	case ONTVANGER_PERSOON:
		which = Q_ADD_PERSOON;
		break;
	case ONTVANGER_INDIENER:
	default:
		which = Q_ADD_INDIENER;
		break;
	}
	time_format(now, ts);
	q = Q(st, which);
	store_bind_code(q, ":soort", &codes_notificatie_soort, (int)soort);
	store_bind_int(q, ":casus", casus_id);
	store_bind_id(q, ":auteur", auteur);
	store_bind_text(q, ":nu", ts);
	if (which == Q_ADD_PERSOON)
		store_bind_int(q, ":persoon", persoon_id);
	if (store_exec(q, e) != ERR_OK)
		return e->code;
	if (n != NULL)
		*n = (long)store_changes(st);
	return ERR_OK;
}

long
store_notificatie_ongelezen(struct store *st, int64_t gebruiker)
{
	struct err e = { 0 };
	int64_t v = 0;
	struct store_q *q = Q(st, Q_ONGELEZEN);

	store_bind_int(q, ":gebruiker", gebruiker);
	if (store_int_of(q, &v, &e) != ERR_OK)
		return 0;
	return (long)v;
}

enum err_code
store_notificatie_lijst(struct store *st, struct arena *a, int64_t gebruiker, int max, struct notificatie **out,
    size_t *n, struct err *e)
{
	struct store_q *q = Q(st, Q_LIJST);
	struct notificatie *v = arena_alloc(a, sizeof(*v) * (size_t)(max > 0 ? max : 1));
	size_t k = 0;

	store_bind_int(q, ":gebruiker", gebruiker);
	store_bind_int(q, ":max", max);
	while (store_next(q) && k < (size_t)max) {
		v[k].id = store_col_int(q, 0);
		v[k].soort = (enum notificatie_soort)store_col_enum(q, 1, &codes_notificatie_soort, NOTIFICATIE__MAX);
		v[k].referentie = store_col_text(q, a, 2);
		v[k].aangemaakt_op = store_col_text(q, a, 3);
		v[k].gelezen = store_col_bool(q, 4);
		if (v[k].soort < NOTIFICATIE__MAX)
			k++;
	}
	if (store_end(q, e) != ERR_OK)
		return e->code;
	*out = v;
	*n = k;
	return ERR_OK;
}

enum err_code
store_notificatie_gelezen(struct store *st, int64_t gebruiker, int64_t id, time_t now, struct err *e)
{
	char ts[TIME_STRLEN];
	struct store_q *q = Q(st, id != 0 ? Q_GELEZEN_EEN : Q_GELEZEN_ALLE);

	time_format(now, ts);
	store_bind_int(q, ":gebruiker", gebruiker);
	store_bind_text(q, ":nu", ts);
	if (id != 0)
		store_bind_int(q, ":id", id);
	if (store_exec(q, e) != ERR_OK)
		return e->code;
	if (id != 0 && store_changes(st) == 0)
		return err_set(e, ERR_NOT_FOUND, NULL, "Deze melding bestaat niet.");
	return ERR_OK;
}

enum err_code
store_notificatie_te_verzenden(struct store *st, struct arena *a, int64_t nu, int max,
    struct notificatie_mail **out, size_t *n, struct err *e)
{
	struct store_q *q = Q(st, Q_TE_VERZENDEN);
	struct notificatie_mail *v = arena_alloc(a, sizeof(*v) * (size_t)(max > 0 ? max : 1));
	size_t k = 0;

	store_bind_int(q, ":nu", nu);
	store_bind_int(q, ":max", max);
	while (store_next(q) && k < (size_t)max) {
		v[k].id = store_col_int(q, 0);
		v[k].soort = (enum notificatie_soort)store_col_enum(q, 1, &codes_notificatie_soort, NOTIFICATIE__MAX);
		v[k].referentie = store_col_text(q, a, 2);
		v[k].message_id = store_col_text(q, a, 3);
		v[k].aan = store_col_text(q, a, 4);
		v[k].aangemaakt_op = store_col_text(q, a, 5);
		v[k].pogingen = (int)store_col_int(q, 6);
		v[k].opgeven_na = store_col_int(q, 7);
		k++;
	}
	if (store_end(q, e) != ERR_OK)
		return e->code;
	*out = v;
	*n = k;
	return ERR_OK;
}

enum err_code
store_notificatie_verzonden(struct store *st, int64_t id, time_t now, struct err *e)
{
	char ts[TIME_STRLEN];
	struct store_q *q = Q(st, Q_VERZONDEN);

	time_format(now, ts);
	store_bind_int(q, ":id", id);
	store_bind_text(q, ":nu", ts);
	return store_exec(q, e);
}

enum err_code
store_notificatie_poging_mislukt(struct store *st, int64_t id, int pogingen, int64_t volgende, int64_t opgeven_na,
    bool opgeven, const char *fout, struct err *e)
{
	struct store_q *q = Q(st, Q_MISLUKT_POGING);

	store_bind_int(q, ":id", id);
	store_bind_int(q, ":pogingen", pogingen);
	if (opgeven)
		store_bind_null(q, ":volgende");
	else
		store_bind_int(q, ":volgende", volgende);
	store_bind_int(q, ":opgeven_na", opgeven_na);
	store_bind_bool(q, ":opgeven", opgeven);
	store_bind_text(q, ":fout", fout != NULL ? fout : "onbekend");
	return store_exec(q, e);
}

enum err_code
store_notificatie_mislukt_lijst(struct store *st, struct arena *a, int max, struct notificatie_mislukt **out,
    size_t *n, struct err *e)
{
	struct store_q *q = Q(st, Q_MISLUKT_LIJST);
	struct notificatie_mislukt *v = arena_alloc(a, sizeof(*v) * (size_t)(max > 0 ? max : 1));
	size_t k = 0;

	store_bind_int(q, ":max", max);
	while (store_next(q) && k < (size_t)max) {
		v[k].id = store_col_int(q, 0);
		v[k].soort = (enum notificatie_soort)store_col_enum(q, 1, &codes_notificatie_soort, NOTIFICATIE__MAX);
		v[k].aan = store_col_text(q, a, 2);
		v[k].aangemaakt_op = store_col_text(q, a, 3);
		v[k].laatste_fout = store_col_text(q, a, 4);
		v[k].pogingen = (int)store_col_int(q, 5);
		k++;
	}
	if (store_end(q, e) != ERR_OK)
		return e->code;
	*out = v;
	*n = k;
	return ERR_OK;
}

enum err_code
store_notificatie_opnieuw(struct store *st, int64_t id, struct err *e)
{
	struct store_q *q = Q(st, Q_OPNIEUW);

	store_bind_int(q, ":id", id);
	if (store_exec(q, e) != ERR_OK)
		return e->code;
	if (store_changes(st) == 0)
		return err_set(e, ERR_NOT_FOUND, NULL, "Deze melding staat niet bij de mislukte e-mails.");
	return ERR_OK;
}

enum err_code
store_notificatie_tellers(struct store *st, struct notificatie_tellers *t, struct err *e)
{
	struct store_q *q = Q(st, Q_TELLERS);
	enum err_code rc;

	memset(t, 0, sizeof(*t));
	if ((rc = store_one(q, e)) == ERR_NOT_FOUND)
		return ERR_OK;
	if (rc != ERR_OK)
		return rc;
	t->wacht = (long)store_col_int(q, 0);
	t->verzonden = (long)store_col_int(q, 1);
	t->mislukt = (long)store_col_int(q, 2);
	t->geen = (long)store_col_int(q, 3);
	return store_end(q, e);
}
