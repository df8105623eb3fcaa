/* filter.c - reading the audit log's filters from the query, and recording every view of the log. */
#include "app/auditlog/filter.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "app/common/problem.h"
#include "lib/buf.h"
#include "lib/date.h"
#include "lib/escape.h"

static bool
tekst_ok(const char *s, size_t max, bool actie)
{
	size_t n = strlen(s);

	if (n == 0 || n > max)
		return false;
	for (const unsigned char *p = (const unsigned char *)s; *p != '\0'; p++)
		if (*p < 0x20 || *p == 0x7f || (actie && !((*p >= 'a' && *p <= 'z') || *p == '.' || *p == '_')))
			return false;
	return true;
}

bool
auditlog_referentie_ok(const char *s)
{
	size_t n = s != NULL ? strlen(s) : 0;

	if (n == 0 || n > 40)
		return false;
	for (const char *p = s; *p != '\0'; p++)
		if (!((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-'))
			return false;
	return true;
}

/* The UTC instant at which local day d (Europe/Amsterdam) begins, as stored times are written. */
static const char *
dag_begin_utc(struct request *r, int d)
{
	time_t t = (time_t)d * 86400;
	char out[TIME_STRLEN];

	t -= date_amsterdam_offset(t - 3600);
	time_format(t, out);
	return arena_strdup(r->arena, out);
}

static const char *
leeg_is_null(struct request *r, const char *k)
{
	const char *v = req_query(r, k);

	return v != NULL && v[0] != '\0' ? v : NULL;
}

static bool
getal(const char *s, long min, long max, int *out)
{
	long n = 0;

	if (s[0] == '\0' || strlen(s) > 6)
		return false;
	for (const char *p = s; *p != '\0'; p++) {
		if (*p < '0' || *p > '9')
			return false;
		n = n * 10 + (*p - '0');
	}
	if (n < min || n > max)
		return false;
	*out = (int)n;
	return true;
}

static void
query_add(struct buf *b, const char *k, const char *v)
{
	if (v == NULL)
		return;
	if (b->len > 0)
		buf_putc(b, '&');
	buf_puts(b, k);
	buf_putc(b, '=');
	escape_url(b, v);
}

bool
auditlog_vraag_lees(struct request *r, bool api, struct auditlog_vraag *v, const char **param, const char **waarom)
{
	static const char *const bekend[] = { "gebruiker", "casus", "actie", "van", "tot", "pagina", "paginaGrootte" };
	const char *s;
	int van = 0, tot = 0;
	struct buf q;

	memset(v, 0, sizeof(*v));
	v->f.pagina = 1;
	v->f.per_pagina = AUDITLOG_PAGINA;
	for (size_t i = 0; api && i < r->nquery; i++) {
		bool ok = false;

		for (size_t k = 0; k < sizeof(bekend) / sizeof(bekend[0]); k++)
			ok |= strcmp(r->query[i].key, bekend[k]) == 0;
		if (!ok) {
			*param = arena_strdup(r->arena, r->query[i].key);
			*waarom = "Deze parameter bestaat niet.";
			return false;
		}
	}
	v->gebruiker = leeg_is_null(r, "gebruiker");
	v->casus = leeg_is_null(r, "casus");
	v->actie = leeg_is_null(r, "actie");
	v->van = leeg_is_null(r, "van");
	v->tot = leeg_is_null(r, "tot");
	*param = NULL;
	if (v->gebruiker != NULL && !tekst_ok(v->gebruiker, 254, false))
		*param = "gebruiker", *waarom = "Vul een e-mailadres in (hoogstens 254 tekens).";
	else if (v->casus != NULL && !auditlog_referentie_ok(v->casus))
		*param = "casus", *waarom = "Een referentie bestaat uit letters, cijfers en streepjes, zoals PMM-2025-0001.";
	else if (v->actie != NULL && !tekst_ok(v->actie, 64, true))
		*param = "actie", *waarom = "Een actie is zoals casus.lezen of casus (kleine letters, punten).";
	else if (v->van != NULL && !date_parse(v->van, &van))
		*param = "van", *waarom = "Vul de datum in als JJJJ-MM-DD.";
	else if (v->tot != NULL && !date_parse(v->tot, &tot))
		*param = "tot", *waarom = "Vul de datum in als JJJJ-MM-DD.";
	else if (v->van != NULL && v->tot != NULL && tot < van)
		*param = "tot", *waarom = "De einddatum ligt voor de begindatum.";
	else if ((s = req_query(r, "pagina")) != NULL && !getal(s, 1, 100000, &v->f.pagina))
		*param = "pagina", *waarom = "De pagina is een getal van 1 tot en met 100000.";
	else if (api && (s = req_query(r, "paginaGrootte")) != NULL &&
	    !getal(s, 1, AUDITLOG_PAGINA_MAX, &v->f.per_pagina))
		*param = "paginaGrootte", *waarom = "De paginagrootte is een getal van 1 tot en met 200.";
	if (*param != NULL)
		return false;
	v->f.email = v->gebruiker;
	v->f.casus = v->casus;
	v->f.actie = v->actie;
	v->f.van = v->van != NULL ? dag_begin_utc(r, van) : NULL;
	v->f.tot = v->tot != NULL ? dag_begin_utc(r, tot + 1) : NULL;
	buf_init(&q, 4096);
	query_add(&q, "gebruiker", v->gebruiker);
	query_add(&q, "casus", v->casus);
	query_add(&q, "actie", v->actie);
	query_add(&q, "van", v->van);
	query_add(&q, "tot", v->tot);
	v->query = arena_strdup(r->arena, buf_str(&q));
	buf_free(&q);
	return true;
}

const char *
auditlog_vraag_tekst(struct request *r, const struct auditlog_vraag *v)
{
	return arena_printf(r->arena, "%s%spagina=%d", v->query, v->query[0] != '\0' ? "&" : "", v->f.pagina);
}

bool
auditlog_vastleggen(struct request *r, const char *actie, const char *object_id, const char *casus)
{
	bool api = r->route != NULL && (r->route->flags & ROUTE_API);

	if (req_audit_doel(r, actie, "auditlog", object_id, casus, "toezicht", NULL, AUDIT_TOEGESTAAN) == ERR_OK)
		return true;
	if (api)
		api_problem(r, 503, "Tijdelijk niet beschikbaar",
		    "Het auditlog kon niet worden bijgewerkt; daarom wordt het auditlog niet getoond.", NULL);
	else
		reply_problem(r, 503, "Tijdelijk niet beschikbaar",
		    "Het auditlog kon niet worden bijgewerkt; daarom wordt het auditlog niet getoond.");
	return false;
}

const char *
auditlog_tijd(struct request *r, const char *utc)
{
	time_t t;
	int y, m, d, days;
	long s;

	if (utc == NULL || !time_parse(utc, &t))
		return utc;
	t += date_amsterdam_offset(t);
	days = (int)(t / 86400);
	s = (long)(t % 86400);
	if (s < 0) {
		s += 86400;
		days--;
	}
	date_to_ymd(days, &y, &m, &d);
	return arena_printf(r->arena, "%04d-%02d-%02d %02ld:%02ld:%02ld", y, m, d, s / 3600, s / 60 % 60, s % 60);
}
