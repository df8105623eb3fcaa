/* samenvoegen.c - merging two organisations that are the same: every reference moves, then the one goes. */
#include <string.h>

#include "store/netwerk/private.h"

/* Runs statement id with :van and :naar bound; *changed (if not NULL) gets the rows it touched. */
static enum err_code
stap(struct store *st, enum netwerk_q id, int64_t van, int64_t naar, long *changed, struct err *e)
{
	struct store_q *q = NQ(st, id);
	enum err_code rc;

	store_bind_int(q, ":van", van);
	store_bind_int(q, ":naar", naar);
	if ((rc = store_exec(q, e)) == ERR_OK && changed != NULL)
		*changed += (long)store_changes(st);
	return rc;
}

/* Runs statement id that names only :van. */
static enum err_code
stap_van(struct store *st, enum netwerk_q id, int64_t van, struct err *e)
{
	struct store_q *q = NQ(st, id);

	store_bind_int(q, ":van", van);
	return store_exec(q, e);
}

static enum err_code
code_van(struct store *st, struct arena *a, int64_t id, const char **code, struct err *e)
{
	struct store_q *q = NQ(st, NW_Q_SV_CODE);
	enum err_code rc;

	*code = NULL;
	store_bind_int(q, ":id", id);
	if ((rc = store_one(q, e)) == ERR_NOT_FOUND)
		return err_set(e, ERR_NOT_FOUND, NULL, "Deze organisatie bestaat niet.");
	if (rc != ERR_OK)
		return rc;
	*code = store_col_text(q, a, 0);
	return store_end(q, e);
}

static enum err_code
samenvoegen(struct store *st, struct arena *a, int64_t van, int64_t naar, struct samenvoeging_telling *t,
    struct err *e)
{
	const char *vcode, *ncode;
	int64_t naar_hist = 0;
	struct store_q *q;
	long dummy = 0;
	enum err_code rc;

	if ((rc = code_van(st, a, van, &vcode, e)) != ERR_OK || (rc = code_van(st, a, naar, &ncode, e)) != ERR_OK)
		return rc;
	/* the code moves first: it is unique, so van lets go of it before naar takes it */
	if (vcode != NULL && ncode == NULL) {
		if ((rc = stap_van(st, NW_Q_SV_CODE_WEG, van, e)) != ERR_OK)
			return rc;
		q = NQ(st, NW_Q_SV_CODE_ZET);
		store_bind_text(q, ":code", vcode);
		store_bind_int(q, ":naar", naar);
		if ((rc = store_exec(q, e)) != ERR_OK)
			return rc;
	}
	if ((rc = stap(st, NW_Q_SV_PERSONEN, van, naar, &t->personen, e)) != ERR_OK ||
	    (rc = stap(st, NW_Q_SV_INDIENER_ORG, van, naar, &t->casussen, e)) != ERR_OK ||
	    (rc = stap(st, NW_Q_SV_CO_ROL, van, naar, &dummy, e)) != ERR_OK ||
	    (rc = stap(st, NW_Q_SV_CO_WEG, van, naar, &t->casussen, e)) != ERR_OK ||
	    (rc = stap(st, NW_Q_SV_CO, van, naar, &t->casussen, e)) != ERR_OK ||
	    (rc = stap(st, NW_Q_SV_BELEGGINGEN, van, naar, &t->beleggingen, e)) != ERR_OK ||
	    (rc = stap(st, NW_Q_SV_ONDERDELEN, van, naar, &t->onderdelen, e)) != ERR_OK ||
	    (rc = stap(st, NW_Q_SV_CONTACT_DUBBEL, van, naar, NULL, e)) != ERR_OK ||
	    (rc = stap(st, NW_Q_SV_CONTACT, van, naar, &t->contacten, e)) != ERR_OK ||
	    (rc = stap(st, NW_Q_SV_ESC_DUBBEL, van, naar, NULL, e)) != ERR_OK ||
	    (rc = stap(st, NW_Q_SV_ESC, van, naar, &t->escalaties, e)) != ERR_OK ||
	    (rc = stap(st, NW_Q_SV_ESC_DEELNEMER, van, naar, &t->escalaties, e)) != ERR_OK ||
	    (rc = stap(st, NW_Q_SV_ESC_AFSPRAAK, van, naar, &t->escalaties, e)) != ERR_OK ||
	    (rc = stap(st, NW_Q_SV_OB_VOORFINANCIER, van, naar, &t->overbruggingen, e)) != ERR_OK ||
	    (rc = stap(st, NW_Q_SV_OB_BETALER, van, naar, &t->overbruggingen, e)) != ERR_OK ||
	    (rc = stap(st, NW_Q_SV_OB_KANDIDAAT_DUBBEL, van, naar, NULL, e)) != ERR_OK ||
	    (rc = stap(st, NW_Q_SV_OB_KANDIDAAT, van, naar, &t->overbruggingen, e)) != ERR_OK ||
	    /* systeemleren (migration 012): maatwerk, werkgroepen, navraag, system changes */
	    (rc = stap(st, NW_Q_SV_MAATWERK, van, naar, NULL, e)) != ERR_OK ||
	    (rc = stap(st, NW_Q_SV_PARTNER_DUBBEL, van, naar, NULL, e)) != ERR_OK ||
	    (rc = stap(st, NW_Q_SV_PARTNER, van, naar, NULL, e)) != ERR_OK ||
	    (rc = stap(st, NW_Q_SV_NAVRAAG_PARTIJ_DUBBEL, van, naar, NULL, e)) != ERR_OK ||
	    (rc = stap(st, NW_Q_SV_NAVRAAG_PARTIJ, van, naar, NULL, e)) != ERR_OK ||
	    (rc = stap(st, NW_Q_SV_SYSTEEMWIJZIGING, van, naar, NULL, e)) != ERR_OK ||
	    /* the Maatwerkregister (migration 013) */
	    (rc = stap(st, NW_Q_SV_REG_PROFIELEN, van, naar, NULL, e)) != ERR_OK ||
	    (rc = stap(st, NW_Q_SV_REG_DUBBEL, van, naar, NULL, e)) != ERR_OK ||
	    (rc = stap(st, NW_Q_SV_REG, van, naar, NULL, e)) != ERR_OK)
		return rc;
	q = NQ(st, NW_Q_SV_AANSL_NAAR);
	store_bind_int(q, ":naar", naar);
	if ((rc = store_int_of(q, &naar_hist, e)) != ERR_OK)
		return rc;
	if (organisatie_samenvoegen_historie((size_t)naar_hist)) {
		if ((rc = stap(st, NW_Q_SV_AANSL_VERPLAATS, van, naar, &t->aansluitingen, e)) != ERR_OK ||
		    (rc = nw_periode_bijwerken(st, a, naar, e)) != ERR_OK)
			return rc;
	}
	/* van's own history that did not move goes with it (ON DELETE CASCADE); anything else that still refers
	   to van - a table this merge does not know - stops the merge here */
	if ((rc = stap_van(st, NW_Q_SV_WEG, van, e)) == ERR_CONFLICT)
		return err_set(e, ERR_CONFLICT, "naar",
		    "Samenvoegen lukt niet: er verwijzen nog gegevens naar deze organisatie die niet mee kunnen verhuizen.");
	if (rc == ERR_OK && store_changes(st) == 0)
		return err_set(e, ERR_NOT_FOUND, NULL, "Deze organisatie bestaat niet.");
	return rc;
}

enum err_code
store_organisatie_samenvoegen(struct store *st, int64_t van, int64_t naar, struct samenvoeging_telling *t,
    struct err *e)
{
	struct arena *a = arena_new();
	struct samenvoeging_telling leeg;
	enum err_code rc;

	if (t == NULL)
		t = &leeg;
	memset(t, 0, sizeof(*t));
	rc = samenvoegen(st, a, van, naar, t, e);
	arena_free(a);
	return rc;
}
