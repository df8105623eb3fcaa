/* test_store_escalatie.c - escalaties and overbruggingen in a temporary database: round trips, the derived LET flag,
   stale steps, the chair as deelnemer, lists, constraints, and migration 009 turning old flags into records. */
#include "harness.h"
#include "fixture.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app/interchange/interchange.h"
#include "core/bedrag.h"
#include "core/casus_lifecycle.h"
#include "core/escalatie.h"
#include "core/overbrugging.h"
#include "lib/date.h"
#include "lib/embed.h"
#include "store/casus/casus.h"
#include "store/driver_sqlite.h"
#include "store/escalatie/escalatie.h"
#include "store/overbrugging/overbrugging.h"
#include "store/store.h"
#include "store/store_account.h"

#define NOW ((time_t)1767225600)   /* 2026-01-01T00:00:00Z */

static char path[64];

struct fix {
	struct store *st;
	struct arena *a;
	int64_t casus_id;
	int64_t voorzitter, andere_voorzitter;   /* persoon ids with the role let_voorzitter */
};

static int
d(const char *s)
{
	int v = DATE_NONE;

	if (!date_parse(s, &v))
		fail_msg("bad date %s", s);
	return v;
}

static int64_t
voorzitter_add(struct fix *f, const char *email, const char *naam)
{
	struct gebruiker u;
	struct err e = { 0 };
	int64_t id;

	assert_int_equal(store_begin(f->st), ERR_OK);
	assert_int_equal(store_user_add(f->st, email, naam, NULL, ROL_BIT(ROL_LET_VOORZITTER), "h", NOW, &id, &e), ERR_OK);
	assert_int_equal(store_commit(f->st), ERR_OK);
	assert_int_equal(store_user_by_id(f->st, f->a, id, &u, &e), ERR_OK);
	return u.persoon_id;
}

static int
setup(void **state)
{
	static const char line[] =
	    "{\"referentie\":\"PMM-2025-0007\",\"ontvangenOp\":\"2025-01-06\",\"hulpvraag\":\"Een gezin in twee hotelkamers\","
	    "\"indiener\":{\"naam\":\"T. de Boer\",\"organisatie\":{\"naam\":\"Gemeente Horstwijk\",\"type\":\"gemeente\"}},"
	    "\"interventies\":[{\"type\":\"netwerk\",\"datum\":\"2025-02-01\"}]}";
	struct fix *f = calloc(1, sizeof(*f));
	struct casus c;
	struct err e = { 0 };

	if (f == NULL || (f->st = fixture_store_open(path)) == NULL)
		return -1;
	f->a = arena_new();
	if (interchange_parse(f->a, line, strlen(line), &c, &e) != ERR_OK)
		return -1;
	casus_apply_defaults(&c, date_today(NOW));
	if (store_begin(f->st) != ERR_OK || store_casus_insert(f->st, f->a, &c, 0, NOW, &e) != ERR_OK ||
	    store_commit(f->st) != ERR_OK)
		return -1;
	f->casus_id = c.id;
	*state = f;
	f->voorzitter = voorzitter_add(f, "voorzitter@let.example", "Mr. A. Vermeer");
	f->andere_voorzitter = voorzitter_add(f, "tweede@let.example", "Drs. B. Kok");
	return 0;
}

static int
teardown(void **state)
{
	struct fix *f = *state;

	store_close(f->st);
	arena_free(f->a);
	free(f);
	fixture_store_remove(path);
	return 0;
}

static struct organisatie_ref
org(const char *naam, enum organisatie_type type)
{
	struct organisatie_ref o = { .naam = naam, .type = type, .aangesloten_sinds = DATE_NONE,
		.aangesloten_tot = DATE_NONE };
	return o;
}

static struct organisatie_ref aan_tafel[3];

static void
aanvraag(struct fix *f, struct escalatie *e)
{
	escalatie_init(e);
	aan_tafel[0] = org("Gemeente Horstwijk", ORGTYPE_GEMEENTE);
	aan_tafel[1] = org("Ministerie van Buitenlandse Zaken", ORGTYPE_MINISTERIE);
	aan_tafel[1].code = "BuZa";
	aan_tafel[2] = org("Woonstichting De Kade", ORGTYPE_WONINGCORPORATIE);
	e->casus_id = f->casus_id;
	e->reden = "Geen partij voelt zich verantwoordelijk voor de huisvesting.";
	e->gevraagd_besluit = "Wie biedt een woning aan?";
	e->urgentie = URGENTIE_ZEER_HOOG;
	e->organisaties = aan_tafel;
	e->norganisaties = 3;
	e->aangevraagd_op = d("2025-03-10");
}

static int64_t
insert(struct fix *f, struct escalatie *e)
{
	struct err err = { 0 };
	int64_t id = 0;

	assert_int_equal(store_begin(f->st), ERR_OK);
	assert_int_equal(store_escalatie_insert(f->st, f->a, e, "Escalatie aangevraagd.", 0, NOW, &id, &err), ERR_OK);
	assert_int_equal(store_commit(f->st), ERR_OK);
	e->id = id;
	return id;
}

static bool
is_deelnemer(struct fix *f, int64_t persoon)
{
	struct deelnemer *v;
	size_t n;
	struct err e = { 0 };

	assert_int_equal(store_deelnemer_list(f->st, f->a, f->casus_id, &v, &n, &e), ERR_OK);
	for (size_t i = 0; i < n; i++)
		if (v[i].persoon_id == persoon)
			return strcmp(v[i].rol, "let_voorzitter") == 0;
	return false;
}

static void
test_escalatie_round_trip(void **state)
{
	struct fix *f = *state;
	struct escalatie e, got;
	struct casus c;
	struct activiteit *acts;
	size_t nacts, escalatie_iv = 0;
	struct err err = { 0 };
	int64_t id;

	assert_int_equal(store_casus_load_id(f->st, f->a, f->casus_id, &c, &err), ERR_OK);
	assert_false(c.let_escalatie);
	aanvraag(f, &e);
	id = insert(f, &e);
	assert_true(id > 0);

	assert_int_equal(store_escalatie_get(f->st, f->a, f->casus_id, id, &got, &err), ERR_OK);
	assert_int_equal(got.status, ESCALATIE_AANGEVRAAGD);
	assert_int_equal(got.aangevraagd_op, d("2025-03-10"));
	assert_string_equal(got.reden, e.reden);
	assert_null(got.geprobeerd);
	assert_int_equal(got.urgentie, URGENTIE_ZEER_HOOG);
	assert_int_equal(got.norganisaties, 3);
	assert_string_equal(got.organisaties[1].naam, "Ministerie van Buitenlandse Zaken");
	assert_int_equal(got.organisaties[2].type, ORGTYPE_WONINGCORPORATIE);
	assert_int_equal(got.voorzitter.id, 0);
	assert_int_equal(got.uitkomst, -1);
	assert_int_equal(got.nbijeenkomsten, 0);
	/* of another casus it does not exist */
	assert_int_equal(store_escalatie_get(f->st, f->a, f->casus_id + 1, id, &got, &err), ERR_NOT_FOUND);

	/* the flag is derived, and the timeline got its escalatie interventie */
	assert_int_equal(store_casus_load_id(f->st, f->a, f->casus_id, &c, &err), ERR_OK);
	assert_true(c.let_escalatie);
	assert_int_equal(store_activiteit_list(f->st, f->a, f->casus_id, true, &acts, &nacts, &err), ERR_OK);
	for (size_t i = 0; i < nacts; i++)
		if (acts[i].type == ACTIVITEIT_INTERVENTIE && acts[i].interventie_type == INTERVENTIE_ESCALATIE) {
			escalatie_iv++;
			assert_int_equal(acts[i].datum, d("2025-03-10"));
			assert_string_equal(acts[i].omschrijving, "Escalatie aangevraagd.");
		}
	assert_int_equal(escalatie_iv, 1);

	/* a withdrawn escalatie no longer makes the casus escalated */
	got.status = ESCALATIE_INGETROKKEN;
	got.resultaat = "Toch opgelost.";
	got.afgesloten_op = d("2025-03-11");
	assert_int_equal(store_begin(f->st), ERR_OK);
	assert_int_equal(store_escalatie_update(f->st, f->a, &got, ESCALATIE_AANGEVRAAGD, false, 0, NOW, &err), ERR_OK);
	assert_int_equal(store_commit(f->st), ERR_OK);
	assert_int_equal(store_casus_load_id(f->st, f->a, f->casus_id, &c, &err), ERR_OK);
	assert_false(c.let_escalatie);
}

static void
test_stale_step_and_chair(void **state)
{
	struct fix *f = *state;
	struct escalatie e, got;
	struct err err = { 0 };
	struct persoon_ref vz = { .id = f->voorzitter }, vz2 = { .id = f->andere_voorzitter };

	aanvraag(f, &e);
	insert(f, &e);
	assert_int_equal(store_escalatie_get(f->st, f->a, f->casus_id, e.id, &got, &err), ERR_OK);
	assert_int_equal(escalatie_voorzitter_inschakelen(&got, &vz, &err), ERR_OK);
	assert_int_equal(store_begin(f->st), ERR_OK);
	assert_int_equal(store_escalatie_update(f->st, f->a, &got, ESCALATIE_AANGEVRAAGD, false, 0, NOW, &err), ERR_OK);
	assert_int_equal(store_commit(f->st), ERR_OK);
	assert_true(is_deelnemer(f, f->voorzitter));

	/* the same step again from the old status: someone else was first */
	assert_int_equal(store_begin(f->st), ERR_OK);
	assert_int_equal(store_escalatie_update(f->st, f->a, &got, ESCALATIE_AANGEVRAAGD, false, 0, NOW, &err),
	    ERR_CONFLICT);
	store_rollback(f->st);

	/* a new chair: the first one loses the casus, the new one gets it */
	assert_int_equal(store_escalatie_get(f->st, f->a, f->casus_id, e.id, &got, &err), ERR_OK);
	assert_int_equal(got.status, ESCALATIE_VOORZITTER_INGESCHAKELD);
	assert_string_equal(got.voorzitter.naam, "Mr. A. Vermeer");
	assert_int_equal(escalatie_voorzitter_inschakelen(&got, &vz2, &err), ERR_OK);
	assert_int_equal(store_begin(f->st), ERR_OK);
	assert_int_equal(store_escalatie_update(f->st, f->a, &got, ESCALATIE_VOORZITTER_INGESCHAKELD, false, 0, NOW, &err),
	    ERR_OK);
	assert_int_equal(store_commit(f->st), ERR_OK);
	assert_false(is_deelnemer(f, f->voorzitter));
	assert_true(is_deelnemer(f, f->andere_voorzitter));
}

static void
test_bijeenkomst_afspraken_en_lijsten(void **state)
{
	struct fix *f = *state;
	struct escalatie e, got;
	struct escalatie_deelnemer dn[2] = {
		{ .naam = "J. Bakker", .functie = "wethouder", .mandaat = true },
		{ .naam = "M. Yilmaz", .functie = "directeur" },
	};
	struct escalatie_bijeenkomst b = { .datum = 0, .notities = "In Den Haag", .deelnemers = dn, .ndeelnemers = 2 };
	struct escalatie_deelnemer laat = { .naam = "P. Smit", .functie = "directeur-generaal" };
	struct escalatie_afspraak af = { .wat = "Een woning aanbieden", .wie = "M. Yilmaz" };
	struct afspraak_opvolging o = { .status = AFSPRAAK_NAGEKOMEN, .notitie = "Sleutel overhandigd." };
	struct persoon_ref vz = { .id = f->voorzitter };
	struct escalatie_item *items;
	struct afspraak_item *open;
	size_t n;
	struct err err = { 0 };
	int64_t bid, did, aid, aid2;

	dn[0].organisatie = org("Gemeente Horstwijk", ORGTYPE_GEMEENTE);
	dn[1].organisatie = org("Woonstichting De Kade", ORGTYPE_WONINGCORPORATIE);
	laat.organisatie = org("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", ORGTYPE_MINISTERIE);
	aanvraag(f, &e);
	insert(f, &e);
	assert_int_equal(escalatie_voorzitter_inschakelen(&e, &vz, &err), ERR_OK);
	b.datum = d("2025-04-02");
	assert_int_equal(store_begin(f->st), ERR_OK);
	assert_int_equal(store_escalatie_update(f->st, f->a, &e, ESCALATIE_AANGEVRAAGD, false, 0, NOW, &err), ERR_OK);
	assert_int_equal(store_escalatie_bijeenkomst_add(f->st, f->a, e.id, &b, 0, NOW, &bid, &err), ERR_OK);
	assert_int_equal(store_escalatie_deelnemer_add(f->st, f->a, bid, &laat, NOW, &did, &err), ERR_OK);
	af.organisatie = dn[1].organisatie;
	af.uiterlijk = d("2025-05-01");
	assert_int_equal(store_escalatie_afspraak_add(f->st, f->a, bid, &af, 0, NOW, &aid, &err), ERR_OK);
	af.wat = "De handboeken bijwerken";
	af.wie = NULL;
	af.organisatie = laat.organisatie;
	af.uiterlijk = d("2025-09-01");
	assert_int_equal(store_escalatie_afspraak_add(f->st, f->a, bid, &af, 0, NOW, &aid2, &err), ERR_OK);
	assert_int_equal(store_commit(f->st), ERR_OK);

	assert_int_equal(store_escalatie_get(f->st, f->a, f->casus_id, e.id, &got, &err), ERR_OK);
	assert_int_equal(got.nbijeenkomsten, 1);
	assert_int_equal(got.bijeenkomsten[0].datum, d("2025-04-02"));
	assert_string_equal(got.bijeenkomsten[0].notities, "In Den Haag");
	assert_int_equal(got.bijeenkomsten[0].ndeelnemers, 3);
	assert_true(got.bijeenkomsten[0].deelnemers[0].mandaat);
	assert_false(got.bijeenkomsten[0].deelnemers[1].mandaat);
	assert_string_equal(got.bijeenkomsten[0].deelnemers[2].naam, "P. Smit");
	assert_int_equal(got.bijeenkomsten[0].nafspraken, 2);
	assert_int_equal(got.bijeenkomsten[0].afspraken[0].status, AFSPRAAK_OPEN);
	assert_string_equal(got.bijeenkomsten[0].afspraken[0].organisatie.naam, "Woonstichting De Kade");
	/* the organisation named at the request and by the participant is one row */
	assert_int_equal(got.bijeenkomsten[0].deelnemers[1].organisatie.id, got.organisaties[2].id);

	/* both open; on 2 May 2025 only the first is before its date, so only that one comes back */
	assert_int_equal(store_afspraken_open(f->st, f->a, d("2025-05-02"), 0, &open, &n, &err), ERR_OK);
	assert_int_equal(n, 1);
	assert_int_equal(open[0].afspraak.id, aid);
	assert_string_equal(open[0].referentie, "PMM-2025-0007");
	assert_int_equal(store_afspraken_open(f->st, f->a, d("2025-05-02"), f->andere_voorzitter, &open, &n, &err), ERR_OK);
	assert_int_equal(n, 0);   /* not theirs */

	/* follow-up: kept; then it is no longer open */
	o.datum = d("2025-05-03");
	assert_int_equal(store_begin(f->st), ERR_OK);
	assert_int_equal(store_afspraak_opvolging_add(f->st, aid, &o, 0, NOW, &err), ERR_OK);
	assert_int_equal(store_commit(f->st), ERR_OK);
	assert_int_equal(store_afspraken_open(f->st, f->a, d("2026-01-01"), 0, &open, &n, &err), ERR_OK);
	assert_int_equal(n, 1);
	assert_int_equal(open[0].afspraak.id, aid2);
	assert_int_equal(store_escalatie_get(f->st, f->a, f->casus_id, e.id, &got, &err), ERR_OK);
	assert_int_equal(got.bijeenkomsten[0].afspraken[0].status, AFSPRAAK_NAGEKOMEN);
	assert_int_equal(got.bijeenkomsten[0].afspraken[0].nopvolging, 1);
	assert_string_equal(got.bijeenkomsten[0].afspraken[0].opvolging[0].notitie, "Sleutel overhandigd.");

	/* the list: everything, or what this chair chairs */
	assert_int_equal(store_escalatie_lijst(f->st, f->a, 0, false, &items, &n, &err), ERR_OK);
	assert_int_equal(n, 1);
	assert_int_equal(items[0].afspraken_open, 1);
	assert_int_equal(items[0].eerste_uiterlijk, d("2025-09-01"));
	assert_string_equal(items[0].voorzitter, "Mr. A. Vermeer");
	assert_int_equal(store_escalatie_lijst(f->st, f->a, f->andere_voorzitter, false, &items, &n, &err), ERR_OK);
	assert_int_equal(n, 0);

	/* the follow-up is append-only */
	{
		sqlite3 *db;
		char *msg = NULL;

		assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
		assert_int_not_equal(sqlite3_exec(db, "UPDATE afspraak_opvolging SET status = 'open'", NULL, NULL, &msg),
		    SQLITE_OK);
		sqlite3_free(msg);
		sqlite3_close(db);
	}
}

static void
test_organisatie_onbekend_niets_bewaard(void **state)
{
	struct fix *f = *state;
	struct escalatie e;
	struct escalatie_item *items;
	size_t n;
	struct err err = { 0 };
	int64_t id;

	aanvraag(f, &e);
	aan_tafel[1].id = 999999;   /* refers by id to an organisation that does not exist */
	assert_int_equal(store_begin(f->st), ERR_OK);
	assert_int_not_equal(store_escalatie_insert(f->st, f->a, &e, "x", 0, NOW, &id, &err), ERR_OK);
	store_rollback(f->st);
	assert_int_equal(store_escalatie_lijst(f->st, f->a, 0, false, &items, &n, &err), ERR_OK);
	assert_int_equal(n, 0);
	/* outside a transaction nothing is written at all */
	aanvraag(f, &e);
	assert_int_equal(store_escalatie_insert(f->st, f->a, &e, "x", 0, NOW, &id, &err), ERR_INTERNAL);
}

/* ---- overbrugging ----------------------------------------------------------------------------- */

static struct overbrugging_kandidaat kand[2];

static void
ovb_aanvraag(struct fix *f, struct overbrugging *o)
{
	overbrugging_init(o);
	kand[0] = (struct overbrugging_kandidaat){ .organisatie = org("Gemeente Diensthoven", ORGTYPE_GEMEENTE),
		.standpunt = STANDPUNT_BETWIST, .toelichting = "Niet onze inwoner." };
	kand[1] = (struct overbrugging_kandidaat){ .organisatie = org("Zorgkantoor Midden", ORGTYPE_ZORGKANTOOR),
		.standpunt = STANDPUNT_ONBEKEND };
	o->casus_id = f->casus_id;
	o->wat = "Een crisisbed";
	o->regelingen = (1u << REGELING_WMO) | (1u << REGELING_WLZ);
	o->geschat_bedrag = 1234567;
	o->periode_van = d("2025-03-01");
	o->kandidaten = kand;
	o->nkandidaten = 2;
	o->aangevraagd_op = d("2025-04-15");
}

static void
test_overbrugging_round_trip(void **state)
{
	struct fix *f = *state;
	struct overbrugging o, got;
	struct overbrugging_item *items;
	size_t n;
	struct err err = { 0 };
	struct organisatie_ref zorg = org("Zorgkantoor Midden", ORGTYPE_ZORGKANTOOR);
	int64_t id;

	ovb_aanvraag(f, &o);
	assert_int_equal(store_begin(f->st), ERR_OK);
	assert_int_equal(store_overbrugging_insert(f->st, f->a, &o, 0, NOW, &id, &err), ERR_OK);
	assert_int_equal(store_commit(f->st), ERR_OK);
	assert_int_equal(store_overbrugging_get(f->st, f->a, f->casus_id, id, &got, &err), ERR_OK);
	assert_int_equal(got.status, OVERBRUGGING_AANGEVRAAGD);
	assert_string_equal(got.wat, "Een crisisbed");
	assert_int_equal(got.regelingen, (1u << REGELING_WMO) | (1u << REGELING_WLZ));
	assert_int_equal(got.geschat_bedrag, 1234567);
	assert_int_equal(got.periode_van, d("2025-03-01"));
	assert_int_equal(got.periode_tot, DATE_NONE);
	assert_int_equal(got.termijn_werkdagen, 10);
	assert_int_equal(got.nkandidaten, 2);
	assert_int_equal(got.kandidaten[0].standpunt, STANDPUNT_BETWIST);
	assert_string_equal(got.kandidaten[0].toelichting, "Niet onze inwoner.");
	assert_int_equal(got.voorgefinancierd_bedrag, BEDRAG_GEEN);
	assert_int_equal(got.voorfinancier.id, 0);
	assert_int_equal(store_overbrugging_get(f->st, f->a, f->casus_id + 1, id, &got, &err), ERR_NOT_FOUND);

	/* pre-financed, decided, settled: each written from the status it was in */
	assert_int_equal(store_overbrugging_get(f->st, f->a, f->casus_id, id, &got, &err), ERR_OK);
	assert_int_equal(overbrugging_voorfinancieren(&got, &zorg, 500000, d("2025-04-16"), d("2025-06-01"), &err),
	    ERR_OK);
	assert_int_equal(store_begin(f->st), ERR_OK);
	assert_int_equal(store_overbrugging_update(f->st, f->a, &got, OVERBRUGGING_AANGEVRAAGD, false, NOW, &err), ERR_OK);
	assert_int_equal(store_commit(f->st), ERR_OK);
	assert_int_equal(store_overbrugging_get(f->st, f->a, f->casus_id, id, &got, &err), ERR_OK);
	assert_int_equal(got.status, OVERBRUGGING_VOORGEFINANCIERD);
	assert_string_equal(got.voorfinancier.naam, "Zorgkantoor Midden");
	assert_int_equal(got.voorfinancier.id, got.kandidaten[1].organisatie.id);
	assert_int_equal(got.voorgefinancierd_bedrag, 500000);
	/* stale: from aangevraagd again */
	assert_int_equal(store_begin(f->st), ERR_OK);
	assert_int_equal(store_overbrugging_update(f->st, f->a, &got, OVERBRUGGING_AANGEVRAAGD, false, NOW, &err),
	    ERR_CONFLICT);
	store_rollback(f->st);
	assert_int_equal(overbrugging_besluiten(&got, &kand[0].organisatie, "Woonplaatsbeginsel", d("2025-04-28"),
	    d("2025-06-01"), &err), ERR_OK);
	assert_int_equal(store_begin(f->st), ERR_OK);
	assert_int_equal(store_overbrugging_update(f->st, f->a, &got, OVERBRUGGING_VOORGEFINANCIERD, false, NOW, &err),
	    ERR_OK);
	assert_int_equal(store_commit(f->st), ERR_OK);
	assert_int_equal(store_overbrugging_get(f->st, f->a, f->casus_id, id, &got, &err), ERR_OK);
	assert_string_equal(got.betaler.naam, "Gemeente Diensthoven");
	assert_string_equal(got.grondslag, "Woonplaatsbeginsel");
	assert_int_equal(got.besloten_op, d("2025-04-28"));

	/* the database refuses settling more than was pre-financed, even past core */
	got.status = OVERBRUGGING_VERREKEND;
	got.verrekend_bedrag = 500001;
	got.verrekend_op = d("2025-05-01");
	assert_int_equal(store_begin(f->st), ERR_OK);
	assert_int_not_equal(store_overbrugging_update(f->st, f->a, &got, OVERBRUGGING_BESLOTEN, false, NOW, &err),
	    ERR_OK);
	store_rollback(f->st);
	assert_int_equal(store_overbrugging_get(f->st, f->a, f->casus_id, id, &got, &err), ERR_OK);
	assert_int_equal(got.status, OVERBRUGGING_BESLOTEN);
	assert_int_equal(got.verrekend_bedrag, BEDRAG_GEEN);

	/* a changed request rewrites regelingen and candidates */
	ovb_aanvraag(f, &o);
	assert_int_equal(store_begin(f->st), ERR_OK);
	assert_int_equal(store_overbrugging_insert(f->st, f->a, &o, 0, NOW, &id, &err), ERR_OK);
	assert_int_equal(store_commit(f->st), ERR_OK);
	assert_int_equal(store_overbrugging_get(f->st, f->a, f->casus_id, id, &got, &err), ERR_OK);
	got.regelingen = 1u << REGELING_JEUGDWET;
	got.nkandidaten = 1;
	got.geschat_bedrag = BEDRAG_GEEN;
	assert_int_equal(store_begin(f->st), ERR_OK);
	assert_int_equal(store_overbrugging_update(f->st, f->a, &got, OVERBRUGGING_AANGEVRAAGD, true, NOW, &err), ERR_OK);
	assert_int_equal(store_commit(f->st), ERR_OK);
	assert_int_equal(store_overbrugging_get(f->st, f->a, f->casus_id, id, &got, &err), ERR_OK);
	assert_int_equal(got.regelingen, 1u << REGELING_JEUGDWET);
	assert_int_equal(got.nkandidaten, 1);
	assert_int_equal(got.geschat_bedrag, BEDRAG_GEEN);

	assert_int_equal(store_overbrugging_lijst(f->st, f->a, true, &items, &n, &err), ERR_OK);
	assert_int_equal(n, 1);   /* only the undecided one */
	assert_int_equal(items[0].o.id, id);
	assert_string_equal(items[0].referentie, "PMM-2025-0007");
	assert_int_equal(store_overbrugging_lijst(f->st, f->a, false, &items, &n, &err), ERR_OK);
	assert_int_equal(n, 2);
}

/* ---- import ---------------------------------------------------------------------------------------- */

static int64_t
importeer(struct fix *f, const char *line)
{
	struct casus c;
	struct err e = { 0 };

	assert_int_equal(interchange_parse(f->a, line, strlen(line), &c, &e), ERR_OK);
	casus_apply_defaults(&c, date_today(NOW));
	assert_int_equal(store_begin(f->st), ERR_OK);
	assert_int_equal(store_casus_import(f->st, f->a, &c, 0, NOW, &e), ERR_OK);
	assert_int_equal(store_commit(f->st), ERR_OK);
	return c.id;
}

static void
test_import_oude_vlag_en_volledig(void **state)
{
	struct fix *f = *state;
	struct escalatie *v, rec;
	struct escalatie_bijeenkomst b;
	struct escalatie_deelnemer dn = { .naam = "J. Bakker", .mandaat = true };
	struct escalatie_afspraak af = { .wat = "Woning", .uiterlijk = 0 };
	struct afspraak_opvolging op = { .status = AFSPRAAK_NAGEKOMEN, .notitie = "Gedaan" };
	struct overbrugging o, *ov;
	struct casus c;
	size_t n;
	struct err e = { 0 };
	int64_t id;

	/* an older file: the flag without an escalatie interventie */
	id = importeer(f, "{\"referentie\":\"PMM-2024-0100\",\"ontvangenOp\":\"2024-02-01\",\"afgerondOp\":\"2024-05-01\","
	    "\"resultaat\":\"klaar\",\"hulpvraag\":\"a\",\"letEscalatie\":true}");
	assert_int_equal(store_casus_load_id(f->st, f->a, id, &c, &e), ERR_OK);
	assert_true(c.let_escalatie);
	assert_int_equal(c.ninterventies, 1);
	assert_int_equal(c.interventies[0].type, INTERVENTIE_ESCALATIE);
	assert_int_equal(c.interventies[0].datum, d("2024-05-01"));
	assert_int_equal(store_escalatie_van_casus(f->st, f->a, id, &v, &n, &e), ERR_OK);
	assert_int_equal(n, 1);
	assert_int_equal(v[0].status, ESCALATIE_AFGEROND);
	/* and that record, exported, imports again: ended, its course unknown */
	c.escalaties = v;
	c.nescalaties = n;
	{
		const char *line = interchange_format(f->a, &c);
		struct casus terug;

		assert_int_equal(interchange_parse(f->a, line, strlen(line), &terug, &e), ERR_OK);
		assert_int_equal(terug.nescalaties, 1);
	}

	/* a file of this version: the interventie and the full record; the record takes the legacy one's place */
	id = importeer(f, "{\"referentie\":\"PMM-2024-0101\",\"ontvangenOp\":\"2024-02-01\",\"hulpvraag\":\"b\","
	    "\"interventies\":[{\"type\":\"escalatie\",\"datum\":\"2024-03-01\",\"omschrijving\":\"Aangevraagd\"}],"
	    "\"letEscalatie\":true}");
	aanvraag(f, &rec);
	rec.casus_id = 0;   /* set by the import */
	rec.aangevraagd_op = d("2024-03-01");
	rec.status = ESCALATIE_AFGEROND;
	rec.voorzitter.naam = "Mr. A. Vermeer";
	rec.voorzitter.email = "voorzitter@let.example";
	rec.uitkomst = UITKOMST_DOORBRAAK;
	rec.resultaat = "Een woning gevonden";
	rec.afgesloten_op = d("2024-04-15");
	memset(&b, 0, sizeof(b));
	b.datum = d("2024-03-20");
	dn.organisatie = org("Gemeente Horstwijk", ORGTYPE_GEMEENTE);
	b.deelnemers = &dn;
	b.ndeelnemers = 1;
	af.organisatie = dn.organisatie;
	af.uiterlijk = d("2024-04-01");
	op.datum = d("2024-04-01");
	af.opvolging = &op;
	af.nopvolging = 1;
	b.afspraken = &af;
	b.nafspraken = 1;
	rec.bijeenkomsten = &b;
	rec.nbijeenkomsten = 1;
	ovb_aanvraag(f, &o);
	o.aangevraagd_op = d("2024-03-02");
	o.status = OVERBRUGGING_BESLOTEN;
	o.betaler = kand[0].organisatie;
	o.grondslag = "Afspraak";
	o.besloten_op = d("2024-03-05");
	assert_int_equal(store_begin(f->st), ERR_OK);
	assert_int_equal(store_escalatie_import(f->st, f->a, id, &rec, 1, NOW, &e), ERR_OK);
	assert_int_equal(store_overbrugging_import(f->st, f->a, id, &o, 1, NOW, &e), ERR_OK);
	assert_int_equal(store_commit(f->st), ERR_OK);
	assert_int_equal(store_escalatie_van_casus(f->st, f->a, id, &v, &n, &e), ERR_OK);
	assert_int_equal(n, 1);
	assert_int_equal(v[0].status, ESCALATIE_AFGEROND);
	assert_int_equal(v[0].uitkomst, UITKOMST_DOORBRAAK);
	assert_int_equal(v[0].voorzitter.id, f->voorzitter);   /* matched by e-mail */
	assert_int_equal(v[0].nbijeenkomsten, 1);
	assert_int_equal(v[0].bijeenkomsten[0].nafspraken, 1);
	assert_int_equal(v[0].bijeenkomsten[0].afspraken[0].status, AFSPRAAK_NAGEKOMEN);
	assert_int_equal(store_casus_load_id(f->st, f->a, id, &c, &e), ERR_OK);
	assert_int_equal(c.ninterventies, 1);   /* linked to the one interventie, none added */
	assert_int_equal(store_overbrugging_van_casus(f->st, f->a, id, &ov, &n, &e), ERR_OK);
	assert_int_equal(n, 1);
	assert_int_equal(ov[0].status, OVERBRUGGING_BESLOTEN);
	assert_string_equal(ov[0].betaler.naam, "Gemeente Diensthoven");
	assert_int_equal(ov[0].nkandidaten, 2);
}

/* An export line of this version with an escalatie in every part and an overbrugging, as interchange_write orders it. */
static const char volledig[] =
    "{\"referentie\":\"PMM-2025-0200\",\"status\":\"afgerond\",\"ontvangenOp\":\"2025-01-06\","
    "\"afgerondOp\":\"2025-06-30\",\"hulpvraag\":\"Een gezin in twee hotelkamers\",\"leefgebieden\":[],"
    "\"beleidsterreinen\":[],\"betrokkenOrganisaties\":[],\"knelpunten\":[],"
    "\"interventies\":[{\"type\":\"escalatie\",\"datum\":\"2025-03-10\",\"omschrijving\":\"Aangevraagd\"}],"
    "\"resultaat\":\"Een woning\",\"leerpunten\":[],\"urgentie\":\"normaal\",\"letEscalatie\":true,"
    "\"buitenlandseComponent\":false,"
    "\"escalaties\":[{\"status\":\"afgerond\",\"aangevraagdOp\":\"2025-03-10\",\"reden\":\"Geen partij verantwoordelijk\","
    "\"gevraagdBesluit\":\"Wie biedt een woning?\",\"urgentie\":\"zeer_hoog\","
    "\"organisaties\":[{\"naam\":\"Gemeente Horstwijk\",\"type\":\"gemeente\"},"
    "{\"naam\":\"Ministerie van Buitenlandse Zaken\",\"type\":\"ministerie\",\"code\":\"BuZa\"}],"
    "\"voorzitter\":{\"naam\":\"Mr. A. Vermeer\",\"email\":\"voorzitter@let.example\"},"
    "\"uitkomst\":\"doorbraak\",\"resultaat\":\"Een woning in Lindeveld\",\"afgeslotenOp\":\"2025-06-01\","
    "\"bijeenkomsten\":[{\"datum\":\"2025-04-02\",\"notities\":\"In Den Haag\","
    "\"deelnemers\":[{\"naam\":\"J. Bakker\",\"organisatie\":{\"naam\":\"Gemeente Horstwijk\",\"type\":\"gemeente\"},"
    "\"functie\":\"wethouder\",\"mandaat\":true}],"
    "\"afspraken\":[{\"wat\":\"Een woning zoeken\",\"organisatie\":{\"naam\":\"Gemeente Horstwijk\",\"type\":\"gemeente\"},"
    "\"uiterlijk\":\"2025-05-01\",\"opvolging\":[{\"datum\":\"2025-05-02\",\"status\":\"nagekomen\"}]}]}]}],"
    "\"overbruggingen\":[{\"status\":\"verrekend\",\"aangevraagdOp\":\"2025-04-15\",\"wat\":\"Twee hotelkamers\","
    "\"regelingen\":[\"wmo\",\"participatiewet\"],\"geschatBedrag\":1850000,\"periodeVan\":\"2025-02-01\","
    "\"termijnWerkdagen\":10,\"kandidaten\":[{\"organisatie\":{\"naam\":\"Gemeente Horstwijk\",\"type\":\"gemeente\"},"
    "\"standpunt\":\"betwist\"},{\"organisatie\":{\"naam\":\"Ministerie van Binnenlandse Zaken en Koninkrijksrelaties\","
    "\"type\":\"ministerie\",\"code\":\"BZK\"},\"standpunt\":\"deels\",\"toelichting\":\"Opvang van evacués\"}],"
    "\"voorfinancier\":{\"naam\":\"Gemeente Horstwijk\",\"type\":\"gemeente\"},\"voorgefinancierdBedrag\":1200050,"
    "\"voorgefinancierdOp\":\"2025-04-16\",\"betaler\":{\"naam\":\"Ministerie van Binnenlandse Zaken en Koninkrijksrelaties\","
    "\"type\":\"ministerie\",\"code\":\"BZK\"},\"grondslag\":\"Afspraak aan de LET-tafel\",\"beslotenOp\":\"2025-04-28\","
    "\"verrekendBedrag\":1200050,\"verrekendOp\":\"2025-06-15\"}],"
    "\"id\":40}";

static int
export_een(const struct casus *c, void *arg)
{
	struct fix *f = arg;

	if (c->referentie != NULL && strcmp(c->referentie, "PMM-2025-0200") == 0) {
		const char *uit = interchange_format(f->a, c);

		assert_string_equal(uit, volledig);
	}
	return 0;
}

static void
test_export_import_export(void **state)
{
	struct fix *f = *state;
	struct casus c, terug;
	struct err e = { 0 };

	/* the line is what this version writes: parse and write give it back */
	assert_int_equal(interchange_parse(f->a, volledig, strlen(volledig), &c, &e), ERR_OK);
	assert_string_equal(interchange_format(f->a, &c), volledig);
	assert_int_equal(c.nescalaties, 1);
	assert_int_equal(c.escalaties[0].bijeenkomsten[0].afspraken[0].status, AFSPRAAK_NAGEKOMEN);
	assert_int_equal(c.noverbruggingen, 1);
	assert_int_equal(c.overbruggingen[0].verrekend_bedrag, 1200050);
	/* imported and exported again: the same line */
	assert_int_equal(store_begin(f->st), ERR_OK);
	assert_int_equal(store_casus_import(f->st, f->a, &c, 0, NOW, &e), ERR_OK);
	assert_int_equal(store_commit(f->st), ERR_OK);
	assert_int_equal(store_casus_each(f->st, DATE_NONE, export_een, f, &e), ERR_OK);
	/* the casus page's load leaves them out (they have their own reads) */
	assert_int_equal(store_casus_load(f->st, f->a, "PMM-2025-0200", &terug, &e), ERR_OK);
	assert_int_equal(terug.nescalaties, 0);
	assert_true(terug.let_escalatie);
}

static void
test_import_tegenstrijdig(void **state)
{
	static const struct {
		const char *van, *naar, *veld;
	} fout[] = {
		/* a status its facts do not lead to: an outcome before the end, an end without its afspraken */
		{ "\"status\":\"afgerond\",\"aangevraagdOp\"", "\"status\":\"bijeenkomst_gepland\",\"aangevraagdOp\"",
		  "escalaties[0].uitkomst" },
		{ "\"status\":\"afgerond\",\"aangevraagdOp\"", "\"status\":\"alleen_voorzitter\",\"aangevraagdOp\"",
		  "escalaties[0].status" },
		/* an afspraak for an organisation not at the table */
		{ "\"afspraken\":[{\"wat\":\"Een woning zoeken\",\"organisatie\":{\"naam\":\"Gemeente Horstwijk\"",
		  "\"afspraken\":[{\"wat\":\"Een woning zoeken\",\"organisatie\":{\"naam\":\"Gemeente Elders\"",
		  "escalaties[0].organisatie" },
		/* settled more than pre-financed */
		{ "\"verrekendBedrag\":1200050", "\"verrekendBedrag\":1200051", "overbruggingen[0].bedrag" },
		/* a negative amount, and one over 100 million */
		{ "\"geschatBedrag\":1850000", "\"geschatBedrag\":-5", "overbruggingen[0].geschatBedrag" },
		{ "\"geschatBedrag\":1850000", "\"geschatBedrag\":10000000001", "overbruggingen[0].geschatBedrag" },
		/* cents are whole */
		{ "\"geschatBedrag\":1850000", "\"geschatBedrag\":18500.5", "overbruggingen[0].geschatBedrag" },
		/* a period that ends before it starts */
		{ "\"periodeVan\":\"2025-02-01\"", "\"periodeVan\":\"2025-02-01\",\"periodeTot\":\"2025-01-31\"",
		  "overbruggingen[0].periodeTot" },
		/* a payer that is no candidate */
		{ "\"betaler\":{\"naam\":\"Ministerie van Binnenlandse Zaken en Koninkrijksrelaties\",\"type\":\"ministerie\","
		  "\"code\":\"BZK\"}", "\"betaler\":{\"naam\":\"Ministerie van Volksgezondheid, Welzijn en Sport\","
		  "\"type\":\"ministerie\",\"code\":\"VWS\"}", "overbruggingen[0].betaler" },
	};
	struct fix *f = *state;

	for (size_t i = 0; i < sizeof(fout) / sizeof(fout[0]); i++) {
		const char *p = strstr(volledig, fout[i].van);
		char *line;
		struct casus c;
		struct err e = { 0 };

		assert_non_null(p);
		line = arena_printf(f->a, "%.*s%s%s", (int)(p - volledig), volledig, fout[i].naar, p + strlen(fout[i].van));
		assert_int_equal(interchange_parse(f->a, line, strlen(line), &c, &e), ERR_VALIDATION);
		if (strcmp(e.field, fout[i].veld) != 0)
			fail_msg("case %zu: field %s, want %s (%s)", i, e.field, fout[i].veld, e.msg);
		assert_true(e.msg[0] != '\0');
	}
}

/* ---- migration 009 ---------------------------------------------------------------------------------- */

static void
run_sql(sqlite3 *db, const char *sql)
{
	char *msg = NULL;

	if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		print_error("%s\n", msg ? msg : "?");
		sqlite3_free(msg);
		fail();
	}
}

static void
test_migratie_009(void **state)
{
	char p[80], name[96];
	sqlite3 *db;
	struct store *st;
	struct arena *a = arena_new();
	struct casus c;
	struct escalatie *v;
	size_t n;
	struct err e = { 0 };

	(void)state;
	snprintf(p, sizeof(p), "%s-oud", path);
	st = store_open(p, &e);   /* an empty database: the store registers its search tokenizer */
	assert_non_null(st);
	db = store_sqlite_db(st);
	run_sql(db, "CREATE TABLE schema_migration (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
	    " applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')))");
	for (int v8 = 1; v8 <= 8; v8++) {
		const struct embedded_file *f = NULL;

		for (const struct embedded_file *x = embedded_files; x->name != NULL; x++)
			if (strncmp(x->name, "migrations/", 11) == 0 && atoi(x->name + 11) == v8)
				f = x;
		assert_non_null(f);
		run_sql(db, (const char *)f->data);
		snprintf(name, sizeof(name), "INSERT INTO schema_migration (version, name) VALUES (%d, 'x')", v8);
		run_sql(db, name);
	}
	/* three casussen of before: one with only the flag (closed), one with an escalatie interventie (open),
	   one without either */
	run_sql(db,
	    "INSERT INTO casus (id, referentie, status, ontvangen_op, afgerond_op, hulpvraag, resultaat, let_escalatie,"
	    " created_at, updated_at) VALUES"
	    " (1, 'PMM-2024-0001', 'afgerond', '2024-02-01', '2024-06-30', 'a', 'klaar', 1, 'x', 'x'),"
	    " (2, 'PMM-2024-0002', 'in_behandeling', '2024-03-01', NULL, 'b', NULL, 0, 'x', 'x'),"
	    " (3, 'PMM-2024-0003', 'aangemeld', '2024-04-01', NULL, 'c', NULL, 0, 'x', 'x');"
	    "INSERT INTO activiteit (casus_id, type, datum, interventie_type, omschrijving, created_at) VALUES"
	    " (2, 'interventie', '2024-05-02', 'escalatie', 'Voorgelegd aan het LET', '2024-05-02T10:00:00Z'),"
	    " (3, 'interventie', '2024-05-03', 'netwerk', NULL, 'x')");
	assert_int_equal(store_migrate(st, &e), ERR_OK);
	assert_int_equal(store_casus_load_id(st, a, 1, &c, &e), ERR_OK);
	assert_true(c.let_escalatie);
	assert_int_equal(c.ninterventies, 1);   /* the flag got its interventie on the timeline */
	assert_int_equal(c.interventies[0].type, INTERVENTIE_ESCALATIE);
	assert_int_equal(store_escalatie_van_casus(st, a, 1, &v, &n, &e), ERR_OK);
	assert_int_equal(n, 1);
	assert_int_equal(v[0].status, ESCALATIE_AFGEROND);
	assert_int_equal(v[0].afgesloten_op, d("2024-06-30"));
	assert_int_equal(v[0].uitkomst, -1);   /* not recorded then */

	assert_int_equal(store_casus_load_id(st, a, 2, &c, &e), ERR_OK);
	assert_true(c.let_escalatie);
	assert_int_equal(store_escalatie_van_casus(st, a, 2, &v, &n, &e), ERR_OK);
	assert_int_equal(n, 1);
	assert_int_equal(v[0].status, ESCALATIE_AANGEVRAAGD);
	assert_int_equal(v[0].aangevraagd_op, d("2024-05-02"));
	assert_string_equal(v[0].reden, "Voorgelegd aan het LET");

	assert_int_equal(store_casus_load_id(st, a, 3, &c, &e), ERR_OK);
	assert_false(c.let_escalatie);
	assert_int_equal(store_escalatie_van_casus(st, a, 3, &v, &n, &e), ERR_OK);
	assert_int_equal(n, 0);
	store_close(st);
	unlink(p);
	snprintf(name, sizeof(name), "%s-wal", p);
	unlink(name);
	snprintf(name, sizeof(name), "%s-shm", p);
	unlink(name);
	arena_free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_escalatie_round_trip, setup, teardown),
		cmocka_unit_test_setup_teardown(test_stale_step_and_chair, setup, teardown),
		cmocka_unit_test_setup_teardown(test_bijeenkomst_afspraken_en_lijsten, setup, teardown),
		cmocka_unit_test_setup_teardown(test_organisatie_onbekend_niets_bewaard, setup, teardown),
		cmocka_unit_test_setup_teardown(test_overbrugging_round_trip, setup, teardown),
		cmocka_unit_test_setup_teardown(test_import_oude_vlag_en_volledig, setup, teardown),
		cmocka_unit_test_setup_teardown(test_export_import_export, setup, teardown),
		cmocka_unit_test_setup_teardown(test_import_tegenstrijdig, setup, teardown),
		cmocka_unit_test_setup_teardown(test_migratie_009, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
