/* store_casus_pending.c - TEMPORARY: weak fallbacks so the tree links while store_casus.c is written.
   Every function answers ERR_INTERNAL. Deleted when the real implementation lands. */
#include "store/store_casus.h"

__attribute__((weak)) enum err_code
store_casus_insert(struct store *st, struct arena *a, struct casus *c, int64_t auteur_gebruiker_id,
    time_t now, struct err *e)
{
	(void)st;
	(void)a;
	(void)c;
	(void)auteur_gebruiker_id;
	(void)now;
	(void)e;
	return ERR_INTERNAL;
}

__attribute__((weak)) enum err_code
store_casus_update(struct store *st, struct arena *a, struct casus *c, int64_t auteur_gebruiker_id,
    time_t now, struct err *e)
{
	(void)st;
	(void)a;
	(void)c;
	(void)auteur_gebruiker_id;
	(void)now;
	(void)e;
	return ERR_INTERNAL;
}

__attribute__((weak)) enum err_code
store_casus_load(struct store *st, struct arena *a, const char *referentie, struct casus *out,
    struct err *e)
{
	(void)st;
	(void)a;
	(void)referentie;
	(void)out;
	(void)e;
	return ERR_INTERNAL;
}

__attribute__((weak)) enum err_code
store_casus_load_id(struct store *st, struct arena *a, int64_t id, struct casus *out, struct err *e)
{
	(void)st;
	(void)a;
	(void)id;
	(void)out;
	(void)e;
	return ERR_INTERNAL;
}

__attribute__((weak)) enum err_code
store_casus_toegang(struct store *st, const char *referentie, int64_t persoon_id,
    struct casus_toegang *out)
{
	(void)st;
	(void)referentie;
	(void)persoon_id;
	(void)out;
	return ERR_INTERNAL;
}

__attribute__((weak)) enum err_code
store_casus_list(struct store *st, struct arena *a, const struct casus_filter *f,
    struct casus_rij **rows, size_t *n, size_t *total, struct err *e)
{
	(void)st;
	(void)a;
	(void)f;
	(void)rows;
	(void)n;
	(void)total;
	(void)e;
	return ERR_INTERNAL;
}

__attribute__((weak)) enum err_code
store_casus_counts(struct store *st, const struct casus_filter *f, long counts[STATUS__MAX],
    struct err *e)
{
	(void)st;
	(void)f;
	(void)counts;
	(void)e;
	return ERR_INTERNAL;
}

__attribute__((weak)) enum err_code
store_casus_each(struct store *st, int vanaf, int (*fn)(const struct casus *c, void *arg), void *arg,
    struct err *e)
{
	(void)st;
	(void)vanaf;
	(void)fn;
	(void)arg;
	(void)e;
	return ERR_INTERNAL;
}

__attribute__((weak)) enum err_code
store_activiteit_add(struct store *st, int64_t casus_id, const struct activiteit *act,
    int64_t auteur_gebruiker_id, time_t now, int64_t *id, struct err *e)
{
	(void)st;
	(void)casus_id;
	(void)act;
	(void)auteur_gebruiker_id;
	(void)now;
	(void)id;
	(void)e;
	return ERR_INTERNAL;
}

__attribute__((weak)) enum err_code
store_activiteit_list(struct store *st, struct arena *a, int64_t casus_id, struct activiteit **out,
    size_t *n, struct err *e)
{
	(void)st;
	(void)a;
	(void)casus_id;
	(void)out;
	(void)n;
	(void)e;
	return ERR_INTERNAL;
}

__attribute__((weak)) enum err_code
store_casus_set_regievoerder(struct store *st, int64_t casus_id, int64_t persoon_id, time_t now,
    struct err *e)
{
	(void)st;
	(void)casus_id;
	(void)persoon_id;
	(void)now;
	(void)e;
	return ERR_INTERNAL;
}

__attribute__((weak)) enum err_code
store_deelnemer_add(struct store *st, int64_t casus_id, int64_t persoon_id, const char *rol,
    int64_t door_gebruiker_id, time_t now, struct err *e)
{
	(void)st;
	(void)casus_id;
	(void)persoon_id;
	(void)rol;
	(void)door_gebruiker_id;
	(void)now;
	(void)e;
	return ERR_INTERNAL;
}

__attribute__((weak)) enum err_code
store_deelnemer_list(struct store *st, struct arena *a, int64_t casus_id, struct deelnemer **out,
    size_t *n, struct err *e)
{
	(void)st;
	(void)a;
	(void)casus_id;
	(void)out;
	(void)n;
	(void)e;
	return ERR_INTERNAL;
}

__attribute__((weak)) enum err_code
store_persoon_by_email(struct store *st, const char *email, int64_t *persoon_id, struct err *e)
{
	(void)st;
	(void)email;
	(void)persoon_id;
	(void)e;
	return ERR_INTERNAL;
}

__attribute__((weak)) enum err_code
store_followup_due(struct store *st, struct arena *a, int vandaag, struct casus_rij **rows,
    size_t *n, struct err *e)
{
	(void)st;
	(void)a;
	(void)vandaag;
	(void)rows;
	(void)n;
	(void)e;
	return ERR_INTERNAL;
}

__attribute__((weak)) enum err_code
store_followup_answer(struct store *st, int64_t casus_id, int antwoord, const char *toelichting,
    time_t now, struct err *e)
{
	(void)st;
	(void)casus_id;
	(void)antwoord;
	(void)toelichting;
	(void)now;
	(void)e;
	return ERR_INTERNAL;
}

__attribute__((weak)) enum err_code
store_regievoerders(struct store *st, struct arena *a, struct persoon_kort **out, size_t *n,
    struct err *e)
{
	(void)st;
	(void)a;
	(void)out;
	(void)n;
	(void)e;
	return ERR_INTERNAL;
}

