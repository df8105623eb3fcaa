/* import.c - escalaties of an imported casus: records for older files' LET flag and interventies, and whole records. */
#include <string.h>

#include "store/casus/casus.h"
#include "store/escalatie/private.h"

/* ---- import ---------------------------------------------------------------------------------------- */

/* What migration 009 writes where the registration of before said nothing. */
static const char legacy_onbekend[] = "Niet vastgelegd (overgenomen uit de registratie van vóór de escalatiemodule).";

enum err_code
store_escalatie_legacy(struct store *st, int64_t casus_id, bool vlag, time_t now, struct err *err)
{
	char ts[TIME_STRLEN];
	struct store_q *q;
	enum err_code rc;

	if ((rc = esc_need_transaction(st, err)) != ERR_OK)
		return rc;
	esc_nu(now, ts);
	if (vlag) {
		q = Q(st, Q_LEGACY_VLAG);
		store_bind_int(q, ":casus", casus_id);
		store_bind_text(q, ":tekst", "Escalatie naar het Landelijk Escalatie Team (overgenomen uit de eerdere registratie).");
		store_bind_text(q, ":now", ts);
		if ((rc = store_exec(q, err)) != ERR_OK)
			return rc;
	}
	q = Q(st, Q_LEGACY_RECORDS);
	store_bind_int(q, ":casus", casus_id);
	store_bind_text(q, ":reden", "Escalatie naar het Landelijk Escalatie Team.");
	store_bind_text(q, ":onbekend", legacy_onbekend);
	store_bind_text(q, ":now", ts);
	return store_exec(q, err);
}

/* Writes one full record (status, chair, outcome, meetings and all below) linked to timeline entry interventie. */
static enum err_code
import_een(struct store *st, struct arena *a, const struct escalatie *e, int64_t interventie, time_t now,
    struct err *err)
{
	char ts[TIME_STRLEN];
	struct escalatie rec = *e;
	struct store_q *q;
	enum escalatie_status eerst;
	int64_t id, voorzitter = 0;
	enum err_code rc;

	esc_nu(now, ts);
	if (e->voorzitter.naam != NULL || e->voorzitter.email != NULL || e->voorzitter.id > 0) {
		if ((rc = store_persoon_resolve(st, a, &e->voorzitter, &voorzitter, err)) != ERR_OK)
			return rc;
	}
	rec.voorzitter.id = voorzitter;
	/* a final status needs its end date in the same row (CHECK): such a record is inserted as aangevraagd first */
	eerst = escalatie_is_afgesloten(rec.status) ? ESCALATIE_AANGEVRAAGD : rec.status;
	q = Q(st, Q_INSERT);
	store_bind_int(q, ":casus", rec.casus_id);
	store_bind_code(q, ":status", &codes_escalatie_status, (int)eerst);
	store_bind_date(q, ":aangevraagd_op", rec.aangevraagd_op);
	store_bind_text(q, ":reden", rec.reden);
	store_bind_text(q, ":geprobeerd", esc_of_null(rec.geprobeerd));
	store_bind_text(q, ":gevraagd_besluit", rec.gevraagd_besluit);
	store_bind_code(q, ":urgentie", &codes_urgentie, (int)rec.urgentie);
	store_bind_int(q, ":interventie", interventie);
	store_bind_id(q, ":auteur", 0);
	store_bind_text(q, ":now", ts);
	if ((rc = store_exec(q, err)) != ERR_OK)
		return rc;
	rec.id = id = store_last_id(st);
	if ((rc = esc_organisaties_write(st, a, &rec, id, err)) != ERR_OK)
		return rc;
	q = Q(st, Q_UPDATE);
	store_bind_code(q, ":status", &codes_escalatie_status, (int)rec.status);
	store_bind_text(q, ":reden", rec.reden);
	store_bind_text(q, ":geprobeerd", esc_of_null(rec.geprobeerd));
	store_bind_text(q, ":gevraagd_besluit", rec.gevraagd_besluit);
	store_bind_code(q, ":urgentie", &codes_urgentie, (int)rec.urgentie);
	store_bind_id(q, ":voorzitter", voorzitter);
	store_bind_code(q, ":uitkomst", &codes_escalatie_uitkomst, rec.uitkomst);
	store_bind_text(q, ":resultaat", esc_of_null(rec.resultaat));
	store_bind_date(q, ":afgesloten_op", rec.afgesloten_op);
	store_bind_text(q, ":now", ts);
	store_bind_int(q, ":id", id);
	store_bind_code(q, ":van", &codes_escalatie_status, (int)eerst);
	if ((rc = store_exec(q, err)) != ERR_OK)
		return rc;
	if (voorzitter > 0) {
		q = Q(st, Q_CHAIR_DEELNEMER);
		store_bind_int(q, ":casus", rec.casus_id);
		store_bind_int(q, ":persoon", voorzitter);
		store_bind_id(q, ":door", 0);
		store_bind_text(q, ":now", ts);
		if ((rc = store_exec(q, err)) != ERR_OK)
			return rc;
	}
	for (size_t i = 0; i < rec.nbijeenkomsten; i++) {
		const struct escalatie_bijeenkomst *b = &rec.bijeenkomsten[i];
		int64_t bid;

		if ((rc = store_escalatie_bijeenkomst_add(st, a, id, b, 0, now, &bid, err)) != ERR_OK)
			return rc;
		for (size_t j = 0; j < b->nafspraken; j++) {
			const struct escalatie_afspraak *af = &b->afspraken[j];
			int64_t aid;

			if ((rc = store_escalatie_afspraak_add(st, a, bid, af, 0, now, &aid, err)) != ERR_OK)
				return rc;
			for (size_t k = 0; k < af->nopvolging; k++)
				if ((rc = store_afspraak_opvolging_add(st, aid, &af->opvolging[k], 0, now, err)) != ERR_OK)
					return rc;
		}
	}
	return ERR_OK;
}

enum err_code
store_escalatie_import(struct store *st, struct arena *a, int64_t casus_id, const struct escalatie *v, size_t n,
    time_t now, struct err *err)
{
	char ts[TIME_STRLEN];
	struct store_q *q;
	int64_t *ivs = NULL;
	size_t niv = 0, cap = 0;
	enum err_code rc;

	if ((rc = esc_need_transaction(st, err)) != ERR_OK)
		return rc;
	if (n == 0)
		return ERR_OK;   /* what the timeline says stays (store_escalatie_legacy) */
	esc_nu(now, ts);
	q = Q(st, Q_IMPORT_INTERVENTIES);
	store_bind_int(q, ":casus", casus_id);
	while (store_next(q)) {
		ivs = store_grow(a, ivs, niv, &cap, sizeof(*ivs));
		ivs[niv++] = store_col_int(q, 0);
	}
	if ((rc = store_end(q, err)) != ERR_OK)
		return rc;
	q = Q(st, Q_IMPORT_WEG);
	store_bind_int(q, ":casus", casus_id);
	if ((rc = store_exec(q, err)) != ERR_OK)
		return rc;
	for (size_t k = 0; k < n; k++) {
		struct escalatie rec = v[k];
		int64_t iv;

		rec.casus_id = casus_id;
		if (k < niv) {
			iv = ivs[k];
		} else {
			q = Q(st, Q_INTERVENTIE);
			store_bind_int(q, ":casus", casus_id);
			store_bind_date(q, ":datum", rec.aangevraagd_op);
			store_bind_text(q, ":omschrijving", "Escalatie naar het Landelijk Escalatie Team.");
			store_bind_id(q, ":auteur", 0);
			store_bind_text(q, ":now", ts);
			if ((rc = store_exec(q, err)) != ERR_OK)
				return rc;
			iv = store_last_id(st);
		}
		if ((rc = import_een(st, a, &rec, iv, now, err)) != ERR_OK)
			return rc;
	}
	/* escalatie interventies beyond the records keep a record of their own */
	return store_escalatie_legacy(st, casus_id, false, now, err);
}
