/* web.c - the Rapportage page in the browser (regievoerder, onderzoeker) and its CSV and XLSX downloads. */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "app/rapport/handlers.h"
#include "app/rapport/render.h"
#include "app/common/datum.h"
#include "app/common/inzage.h"
#include "lib/date.h"

/* The years a report can be asked for; anything else is not a jaarrapportage of doorbraak. */
#define JAAR_MIN 2000
#define JAAR_MAX 2099
#define NJAREN (JAAR_MAX - JAAR_MIN + 1)

#define XLSX_TYPE "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

/* Exactly four digits within JAAR_MIN..JAAR_MAX. */
static bool
jaar_parse(const char *s, size_t len, int *jaar)
{
	int j = 0;

	if (len != 4)
		return false;
	for (size_t i = 0; i < 4; i++) {
		if (s[i] < '0' || s[i] > '9')
			return false;
		j = j * 10 + (s[i] - '0');
	}
	if (j < JAAR_MIN || j > JAAR_MAX)
		return false;
	*jaar = j;
	return true;
}

/* Marks the years in which a casus was ingediend (not a concept) or afgerond. Returns how many. */
static int
jaren_met_gegevens(const struct casus *const *cs, size_t n, bool heeft[NJAREN])
{
	int k = 0;

	memset(heeft, 0, NJAREN * sizeof heeft[0]);
	for (size_t i = 0; i < n; i++) {
		int d[2] = { cs[i]->afgerond_op, cs[i]->status != STATUS_CONCEPT ? cs[i]->ontvangen_op : DATE_NONE };

		for (int j = 0; j < 2; j++) {
			int y = d[j] != DATE_NONE ? date_year(d[j]) : 0;

			if (y >= JAAR_MIN && y <= JAAR_MAX && !heeft[y - JAAR_MIN]) {
				heeft[y - JAAR_MIN] = true;
				k++;
			}
		}
	}
	return k;
}

/* The year shown without a choice: the newest finished year with data, else the newest year with data. */
static int
standaard_jaar(const bool heeft[NJAREN], int huidig)
{
	for (int y = JAAR_MAX; y >= JAAR_MIN; y--)
		if (heeft[y - JAAR_MIN] && y < huidig)
			return y;
	for (int y = JAAR_MAX; y >= JAAR_MIN; y--)
		if (heeft[y - JAAR_MIN])
			return y;
	return 0;
}

static bool
laad(struct request *r, const struct casus *const **cs, size_t *n)
{
	struct err e = { 0 };
	enum err_code rc;

	if (!app_mag_alle_casussen(r, INZAGE_STATISTIEK, "rapport.lezen"))   /* the figures count every casus */
		return false;
	if ((rc = rapport_casussen_laad(r->store, r->arena, cs, n, &e)) == ERR_OK)
		return true;
	if (e.detail[0] == '\0')
		snprintf(e.detail, sizeof e.detail, "rapport: casussen laden: %s", err_strerror(rc));
	e.code = ERR_INTERNAL;
	reply_err(r, &e);
	return false;
}

static bool
audit(struct request *r, const char *actie, const char *object_id)
{
	if (req_audit(r, actie, "rapport", object_id, AUDIT_TOEGESTAAN) == ERR_OK)
		return true;
	reply_problem(r, 503, "Tijdelijk niet beschikbaar",
	    "Het auditlog kon niet worden bijgewerkt; daarom worden geen gegevens getoond.");
	return false;
}

void
h_rapportage(struct request *r)
{
	const char *q = req_query(r, "jaar");
	const struct casus *const *cs = NULL;
	bool heeft[NJAREN];
	size_t n = 0;
	int jaar = 0;
	json_t *ctx, *jaren;
	struct rapport_stukken s;

	if (q != NULL && q[0] != '\0' && !jaar_parse(q, strlen(q), &jaar)) {
		reply_problem(r, 400, "Ongeldig jaar",
		    "Kies een jaar van vier cijfers tussen 2000 en 2099, bijvoorbeeld 2024.");
		return;
	}
	if (!laad(r, &cs, &n))
		return;
	jaren_met_gegevens(cs, n, heeft);
	if (jaar == 0)
		jaar = standaard_jaar(heeft, date_year(app_vandaag(r)));
	else
		heeft[jaar - JAAR_MIN] = true;   /* a chosen year stays selectable, data or not */

	ctx = json_object();
	jaren = json_array();
	for (int y = JAAR_MAX; y >= JAAR_MIN; y--)
		if (heeft[y - JAAR_MIN])
			json_array_append_new(jaren, json_pack("{s:i,s:b}", "waarde", y, "gekozen", y == jaar));
	json_object_set_new(ctx, "jaren_aanwezig", json_boolean(json_array_size(jaren) > 0));
	json_object_set_new(ctx, "jaren", jaren);
	if (!audit(r, "rapport.lezen", jaar != 0 ? arena_printf(r->arena, "%d", jaar) : NULL)) {
		json_decref(ctx);
		return;
	}
	if (jaar != 0) {
		rapport_stukken_maak(&s, cs, n, jaar);
		/* Referenties link to their casus only for those who may open it. */
		json_object_set_new(ctx, "rapport", rapport_context(&s,
		    casus_beperking(&r->actor, INZAGE_LIJST) == CASUS_ALLE));
		rapport_stukken_free(&s);
	}
	reply_page(r, 200, "rapport/rapportage",
	    jaar != 0 ? arena_printf(r->arena, "Jaarrapportage %d", jaar) : "Jaarrapportage", ctx);
}

void
h_rapportage_bestand(struct request *r)
{
	const char *naam = req_param(r, 0), *punt = naam != NULL ? strchr(naam, '.') : NULL;
	const struct casus *const *cs = NULL;
	struct rapport_stukken s;
	struct buf b;
	size_t n = 0;
	int jaar = 0, rc;
	bool xlsx;

	if (punt == NULL || !jaar_parse(naam, (size_t)(punt - naam), &jaar) ||
	    (strcmp(punt, ".csv") != 0 && strcmp(punt, ".xlsx") != 0)) {
		reply_problem(r, 404, "Niet gevonden",
		    "Deze download bestaat niet. Kies een jaar op de pagina Rapportage.");
		return;
	}
	xlsx = strcmp(punt, ".xlsx") == 0;
	if (!laad(r, &cs, &n))
		return;
	rapport_stukken_maak(&s, cs, n, jaar);
	buf_init(&b, 64u * 1024 * 1024);
	if (!xlsx)
		buf_puts(&b, "\xEF\xBB\xBF");   /* a byte-order mark, so Excel reads the UTF-8 */
	rc = xlsx ? rapport_xlsx_buf(&b, &s) : rapport_csv(&b, &s);
	rapport_stukken_free(&s);
	if (rc != 0) {
		struct err e = { .code = ERR_INTERNAL };

		snprintf(e.detail, sizeof e.detail, "rapport: %s maken mislukt", xlsx ? "xlsx" : "csv");
		buf_free(&b);
		reply_err(r, &e);
		return;
	}
	if (!audit(r, "rapport.export", naam)) {
		buf_free(&b);
		return;
	}
	reply_header(r, "Content-Disposition",
	    arena_printf(r->arena, "attachment; filename=\"jaarrapportage-pmm-%d.%s\"", jaar, xlsx ? "xlsx" : "csv"));
	reply_text(r, 200, xlsx ? XLSX_TYPE : "text/csv; charset=utf-8", buf_str(&b), b.len);
	buf_free(&b);
}
