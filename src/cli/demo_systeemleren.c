/* demo_systeemleren.c - the demo's systeemleren beyond the casussen: signals without a casus, realised system
   changes (src/cli/demo/systeemleren.jsonl) and two navraag rounds, one closed with answers, one running. */
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "app/interchange/interchange.h"
#include "cli/cli.h"
#include "core/casus.h"
#include "core/leerpunt.h"
#include "core/navraag.h"
#include "core/systeemwijziging.h"
#include "lib/date.h"
#include "lib/embed.h"
#include "lib/mem.h"
#include "store/casus/casus.h"
#include "store/leerpunt/leerpunt.h"
#include "store/navraag/navraag.h"
#include "store/systeemwijziging/systeemwijziging.h"

#define DEMO_SYSTEEMLEREN "demo/systeemleren.jsonl"

/* One line of the demo file: a signal or a system change (the version line is skipped). */
static enum err_code
regel(struct store *st, struct arena *a, const char *line, size_t len, int today, time_t now, struct err *e)
{
	json_error_t je;
	json_t *root = json_loadb(line, len, 0, &je);
	enum err_code rc = ERR_OK;
	int versie;

	if (root == NULL)
		return err_set(e, ERR_VALIDATION, NULL, "Geen geldige JSON.");
	switch (interchange_regel_van(root, &versie)) {
	case REGEL_SIGNAAL: {
		struct leerpunt l;

		if ((rc = interchange_parse_leerpunt(a, json_object_get(root, "signaal"), "signaal", &l, e)) == ERR_OK &&
		    (rc = leerpunt_check(&l, "signaal", false, today, e)) == ERR_OK)
			rc = store_signaal_insert(st, a, &l, 0, now, e);
		break;
	}
	case REGEL_SYSTEEMWIJZIGING: {
		struct systeemwijziging sw;

		if ((rc = interchange_parse_systeemwijziging(a, json_object_get(root, "systeemwijziging"),
		    "systeemwijziging", &sw, e)) == ERR_OK && (rc = systeemwijziging_validate(&sw, today, e)) == ERR_OK)
			rc = store_systeemwijziging_insert(st, a, &sw, false, 0, now, e);
		break;
	}
	default:
		break;   /* the version line */
	}
	json_decref(root);
	return rc;
}

/* The next step in the chain, as a navraag might find it. */
static enum opvolging_status
volgende(enum opvolging_status s)
{
	switch (s) {
	case OPVOLGING_BELEGD:
		return OPVOLGING_IN_VERKENNING;
	case OPVOLGING_IN_VERKENNING:
		return OPVOLGING_IN_UITVOERING;
	case OPVOLGING_IN_UITVOERING:
		return OPVOLGING_OPGEVOLGD;
	default:
		return OPVOLGING_IN_VERKENNING;
	}
}

/*
 * A round with peildatum 30 June 2026, closed, with answers to its first
 * questions and a note of what went well at the first party; and a running
 * round with peildatum 31 December 2026. Answers the rules refuse (a date
 * before the current status) are left out: the demo shows rounds, not every
 * answer.
 */
static enum err_code
rondes(struct store *st, struct arena *a, int today, time_t now, struct err *e)
{
	struct navraagronde_invoer voorjaar = { "Navraag voorjaar 2026", date_from_ymd(2026, 6, 30) };
	struct navraagronde_invoer najaar = { "Navraag najaar 2026", date_from_ymd(2026, 12, 31) };
	struct navraagronde r;
	struct navraag_vraag *v;
	struct navraag_partij *p;
	size_t nv, np, n;
	int64_t id;
	int antwoord = date_from_ymd(2026, 7, 10);
	enum err_code rc;

	if (antwoord > today)
		antwoord = today;
	if (navraagronde_validate(&voorjaar, today, e) != ERR_OK)
		return ERR_OK;   /* a clock before 2026: no rounds */
	if ((rc = store_navraagronde_maak(st, a, &voorjaar, 0, now, &id, &n, e)) != ERR_OK ||
	    (rc = store_navraagronde_get(st, a, id, false, &r, &v, &nv, &p, &np, e)) != ERR_OK)
		return rc;
	for (size_t i = 0; i < nv && i < 6; i++) {
		struct belegging_rij b;
		struct opvolging_stand stand;
		struct opvolging_invoer in = { .reden = -1, .datum = antwoord };
		struct err e2 = { 0 };

		if ((rc = store_belegging_get(st, a, v[i].belegging_id, &b, e)) != ERR_OK)
			return rc;
		in.status = (int)volgende(b.status);
		in.bron = v[i].gevraagd == GEVRAAGD_AMBASSADEUR ? "Gesprek met de ambassadeur" :
		    v[i].gevraagd == GEVRAAGD_INDIENER ? "Mail van de indiener" : "Telefonisch navraag gedaan";
		in.notitie = "Antwoord in de navraag van voorjaar 2026.";
		stand.status = (int)b.status;
		stand.datum = b.status_datum;
		stand.doorgezet = b.doorgezet_naar_id != 0;
		if (opvolging_validate(&in, &stand, today, &e2) != ERR_OK)
			continue;
		if ((rc = store_navraag_antwoord(st, id, v[i].belegging_id, &in,
		    opvolging_volgende_navraag((enum opvolging_status)in.status, in.datum), 0, now, e)) != ERR_OK)
			return rc;
	}
	if (np > 0 && (rc = store_navraag_partij_zet(st, id, p[0].organisatie_id, "De ambassadeur antwoordde binnen "
	    "een week en bracht de juiste directie aan tafel; die korte lijn moet blijven.", "Gesprek met de ambassadeur",
	    antwoord, 0, now, e)) != ERR_OK)
		return rc;
	if ((rc = store_navraagronde_sluiten(st, id, antwoord, e)) != ERR_OK)
		return rc;
	if (navraagronde_validate(&najaar, today, e) != ERR_OK)
		return ERR_OK;
	return store_navraagronde_maak(st, a, &najaar, 0, now, &id, &n, e);
}

int
demo_systeemleren(struct store *st, time_t now)
{
	const struct embedded_file *f = embed_find(DEMO_SYSTEEMLEREN);
	const char *p, *end;
	int today = date_today(now), lijn = 0;
	struct arena *a;
	struct err e = { 0 };

	if (f == NULL) {
		fprintf(stderr, "doorbraak: %s ontbreekt in dit programma\n", DEMO_SYSTEEMLEREN);
		return -1;
	}
	p = (const char *)f->data;
	end = p + f->len;
	a = arena_new();
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t len = nl != NULL ? (size_t)(nl - p) : (size_t)(end - p);

		lijn++;
		if (len > 0 && regel(st, a, p, len, today, now, &e) != ERR_OK) {
			fprintf(stderr, "doorbraak: %s regel %d%s%s: %s\n", DEMO_SYSTEEMLEREN, lijn,
			    e.field[0] != '\0' ? ", veld " : "", e.field, e.msg);
			arena_free(a);
			return -1;
		}
		p += len + 1;
	}
	if (rondes(st, a, today, now, &e) != ERR_OK) {
		fprintf(stderr, "doorbraak: demo-navraagrondes: %s\n", e.msg);
		arena_free(a);
		return -1;
	}
	arena_free(a);
	return 0;
}
