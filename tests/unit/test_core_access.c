/* test_core_access.c - src/core: permissions, which casussen an actor may see, roles, login throttling and error codes. */
#include "harness.h"

#include <stdbool.h>
#include <string.h>
#include <time.h>

#include "core/err.h"
#include "core/perm.h"
#include "core/rol.h"
#include "core/throttle.h"

/* ---- perm ----------------------------------------------------------------- */

/* The columns of the expected table: one actor each. */
enum who { ANON, REGIE, INDIENER, AMBASSADEUR, ONDERZOEKER, BEHEERDER, VOORZITTER, MWPROF, PRIVACY, LOOPBACK,
	WHO__MAX };

static struct actor
actor_for(enum who w)
{
	struct actor a = { 0 };

	switch (w) {
	case ANON:
		break;
	case LOOPBACK:
		a.loopback = true;
		break;
	case REGIE:
		a.gebruiker_id = 11;
		a.roles = ROL_BIT(ROL_REGIEVOERDER);
		break;
	case INDIENER:
		a.gebruiker_id = 12;
		a.roles = ROL_BIT(ROL_INDIENER);
		break;
	case AMBASSADEUR:
		a.gebruiker_id = 13;
		a.roles = ROL_BIT(ROL_AMBASSADEUR);
		break;
	case ONDERZOEKER:
		a.gebruiker_id = 14;
		a.roles = ROL_BIT(ROL_ONDERZOEKER);
		break;
	case BEHEERDER:
		a.gebruiker_id = 15;
		a.roles = ROL_BIT(ROL_BEHEERDER);
		break;
	case VOORZITTER:
		a.gebruiker_id = 16;
		a.roles = ROL_BIT(ROL_LET_VOORZITTER);
		break;
	case MWPROF:
		a.gebruiker_id = 17;
		a.roles = ROL_BIT(ROL_MAATWERKPROFESSIONAL);
		break;
	case PRIVACY:
		a.gebruiker_id = 18;
		a.roles = ROL_BIT(ROL_PRIVACY);
		break;
	case WHO__MAX:
		break;
	}
	return a;
}

/*
 * Written out by hand from design.md "Access" and the comments in perm.h.
 * A new permission or role fails to compile here until the table is extended.
 */
static const bool expected[][WHO__MAX] = {
	/*                        anon   regie  indien ambass onderz beheer voorz  mwprof privacy loopback */
	[PERM_PUBLIEK] =        { true, true, true, true, true, true, true, true, true, true },
	[PERM_INGELOGD] =       { false, true, true, true, true, true, true, true, true, false },
	[PERM_METRICS] =        { false, false, false, false, false, true, false, false, false, true },
	[PERM_BEHEER] =         { false, false, false, false, false, true, false, false, false, false },
	[PERM_CASUS_LIJST] =    { false, true, true, true, false, false, true, true, false, false },
	[PERM_CASUS_INDIENEN] = { false, true, true, false, false, false, false, false, false, false },
	[PERM_CASUS_REGIE] =    { false, true, false, false, false, false, false, false, false, false },
	[PERM_RAPPORTAGE] =     { false, true, false, false, true, false, false, false, false, false },
	[PERM_LEERPUNTEN] =     { false, true, false, true, true, false, false, false, false, false },
	[PERM_ESCALATIE] =      { false, true, false, false, false, false, true, false, false, false },
	[PERM_NETWERK] =        { false, true, false, false, false, true, false, false, false, false },
	[PERM_NAVRAAG] =        { false, true, false, false, true, false, false, false, false, false },
	[PERM_ONDERZOEK] =      { false, true, false, false, true, false, false, false, false, false },
	/* the indiener here has no connected organisation (test_register: with one they may) */
	[PERM_REGISTER] =       { false, true, false, true, false, true, false, true, false, false },
	[PERM_AUDITLOG] =       { false, false, false, false, false, false, false, false, true, false },
	/* professionaliseren: the register's audience sees the events, the regievoerder organises them */
	[PERM_EVENEMENTEN] =    { false, true, false, true, false, true, false, true, false, false },
	[PERM_EVENEMENT_BEHEER] = { false, true, false, false, false, false, false, false, false, false },
};
_Static_assert(sizeof(expected) / sizeof(expected[0]) == PERM__MAX, "one row per permission");
_Static_assert(WHO__MAX == ROL__MAX + 2, "one column per role, plus anonymous and loopback");

static void
test_perm_table(void **state)
{
	(void)state;
	for (int p = 0; p < PERM__MAX; p++)
		for (int w = 0; w < WHO__MAX; w++) {
			struct actor a = actor_for((enum who)w);

			if (perm_allows((enum perm)p, &a) != expected[p][w])
				fail_msg("perm %s for actor column %d: got %d, expected %d",
				    perm_name((enum perm)p), w, !expected[p][w], expected[p][w]);
		}
}

static void
test_perm_null_actor(void **state)
{
	(void)state;
	/* No actor at all is treated as anonymous (and must not crash). */
	assert_true(perm_allows(PERM_PUBLIEK, NULL));
	for (int p = PERM_INGELOGD; p < PERM__MAX; p++)
		assert_false(perm_allows((enum perm)p, NULL));
}

static void
test_perm_combined_roles(void **state)
{
	struct actor a = { .gebruiker_id = 20,
		.roles = ROL_BIT(ROL_INDIENER) | ROL_BIT(ROL_ONDERZOEKER) };

	(void)state;
	/* The union of both roles' rights, nothing more. */
	assert_true(perm_allows(PERM_CASUS_INDIENEN, &a));
	assert_true(perm_allows(PERM_RAPPORTAGE, &a));
	assert_true(perm_allows(PERM_LEERPUNTEN, &a));
	assert_true(perm_allows(PERM_CASUS_LIJST, &a));
	assert_false(perm_allows(PERM_CASUS_REGIE, &a));
	assert_false(perm_allows(PERM_BEHEER, &a));
	assert_false(perm_allows(PERM_METRICS, &a));

	/* Loopback does not add any right beyond metrics to a signed-in user. */
	a.loopback = true;
	assert_true(perm_allows(PERM_METRICS, &a));
	assert_false(perm_allows(PERM_CASUS_REGIE, &a));
	assert_false(perm_allows(PERM_BEHEER, &a));

	/* Bits outside the known roles grant nothing. */
	a.roles = ~0u & ~((1u << ROL__MAX) - 1);
	a.loopback = false;
	for (int p = PERM_METRICS; p < PERM__MAX; p++)
		assert_false(perm_allows((enum perm)p, &a));
}

static void
test_perm_out_of_range(void **state)
{
	struct actor all = { .gebruiker_id = 1, .roles = (1u << ROL__MAX) - 1, .loopback = true };

	(void)state;
	/* Deny by default, even for an actor holding every role. */
	assert_false(perm_allows(PERM__MAX, &all));
	assert_false(perm_allows((enum perm)(PERM__MAX + 1), &all));
	assert_false(perm_allows((enum perm)1000, &all));
	assert_false(perm_allows((enum perm)-1, &all));
	assert_false(perm_allows(PERM__MAX, NULL));
	assert_string_equal(perm_name(PERM__MAX), "onbekend");
	assert_string_equal(perm_name((enum perm)-1), "onbekend");
	/* Every permission has a distinct name. */
	for (int p = 0; p < PERM__MAX; p++) {
		assert_non_null(perm_name((enum perm)p));
		assert_string_not_equal(perm_name((enum perm)p), "onbekend");
		for (int q = p + 1; q < PERM__MAX; q++)
			assert_string_not_equal(perm_name((enum perm)p), perm_name((enum perm)q));
	}
	assert_string_equal(perm_name(PERM_CASUS_REGIE), "casus_regie");
}

/* ---- rol ------------------------------------------------------------------ */

static void
test_rol_round_trip(void **state)
{
	static const char *const codes[ROL__MAX] = {
		[ROL_REGIEVOERDER] = "regievoerder", [ROL_INDIENER] = "indiener",
		[ROL_AMBASSADEUR] = "ambassadeur", [ROL_ONDERZOEKER] = "onderzoeker",
		[ROL_BEHEERDER] = "beheerder", [ROL_LET_VOORZITTER] = "let_voorzitter",
		[ROL_MAATWERKPROFESSIONAL] = "maatwerkprofessional", [ROL_PRIVACY] = "privacy",
	};

	(void)state;
	for (int r = 0; r < ROL__MAX; r++) {
		enum rol got = ROL__MAX;

		assert_string_equal(rol_code((enum rol)r), codes[r]);
		assert_true(rol_parse(codes[r], &got));
		assert_int_equal(got, r);
		assert_non_null(rol_label((enum rol)r));
		assert_true(rol_label((enum rol)r)[0] >= 'A' && rol_label((enum rol)r)[0] <= 'Z');
		assert_string_not_equal(rol_label((enum rol)r), "Onbekend");
	}
	assert_string_equal(rol_label(ROL_REGIEVOERDER), "Regievoerder");
}

static void
test_rol_unknown(void **state)
{
	enum rol r = ROL_ONDERZOEKER;

	(void)state;
	assert_false(rol_parse("Regievoerder", &r));   /* codes are case-sensitive */
	assert_false(rol_parse("regievoerder ", &r));
	assert_false(rol_parse("regie", &r));
	assert_false(rol_parse("", &r));
	assert_false(rol_parse("anoniem", &r));
	assert_false(rol_parse("onbekend", &r));
	assert_false(rol_parse(NULL, &r));
	assert_int_equal(r, ROL_ONDERZOEKER);          /* untouched on failure */
	assert_string_equal(rol_code(ROL__MAX), "onbekend");
	assert_string_equal(rol_code((enum rol)-1), "onbekend");
	assert_string_equal(rol_label(ROL__MAX), "Onbekend");
}

static void
test_actor_has_and_primary(void **state)
{
	struct actor a = { 0 };

	(void)state;
	assert_string_equal(actor_primary_rol(NULL), "anoniem");
	assert_string_equal(actor_primary_rol(&a), "anoniem");
	a.loopback = true;
	assert_string_equal(actor_primary_rol(&a), "anoniem");
	assert_false(actor_has(NULL, ROL_REGIEVOERDER));
	for (int r = 0; r < ROL__MAX; r++) {
		struct actor one = { .gebruiker_id = 5, .roles = ROL_BIT(r) };

		assert_string_equal(actor_primary_rol(&one), rol_code((enum rol)r));
		for (int q = 0; q < ROL__MAX; q++)
			assert_int_equal(actor_has(&one, (enum rol)q), q == r);
	}
	/* Several roles: the first in enum order (regievoerder first) is recorded. */
	a.gebruiker_id = 5;
	a.roles = ROL_BIT(ROL_INDIENER) | ROL_BIT(ROL_REGIEVOERDER);
	assert_string_equal(actor_primary_rol(&a), "regievoerder");
	a.roles = ROL_BIT(ROL_BEHEERDER) | ROL_BIT(ROL_ONDERZOEKER);
	assert_string_equal(actor_primary_rol(&a), "onderzoeker");
	a.roles = 1u << ROL__MAX;   /* an unknown bit is no role */
	assert_string_equal(actor_primary_rol(&a), "anoniem");
}

/* ---- throttle ------------------------------------------------------------- */

#define T0 ((time_t)1700000000)

static void
test_throttle_blocks_after_nth(void **state)
{
	const struct throttle_policy p = { .max_failures = 5, .window = 900, .block = 600 };
	struct throttle t = { 0 };
	time_t at;

	(void)state;
	assert_false(throttle_blocked(&t, T0));
	assert_int_equal(throttle_remaining(&t, T0), 0);
	for (int i = 0; i < 5; i++) {   /* five attempts may go ahead */
		assert_true(throttle_attempt(&t, &p, T0 + i));
		assert_false(throttle_blocked(&t, T0 + i));
		assert_int_equal(throttle_remaining(&t, T0 + i), 0);
	}
	at = T0 + 10;
	assert_false(throttle_attempt(&t, &p, at));   /* the 6th is refused and starts the block */
	assert_true(throttle_blocked(&t, at));
	assert_int_equal(throttle_remaining(&t, at), 600);
	assert_false(throttle_attempt(&t, &p, at + 599));
	assert_int_equal(throttle_remaining(&t, at + 599), 1);   /* a refusal during the block does not extend it */
	/* The block ends after exactly `block` seconds. */
	assert_false(throttle_blocked(&t, at + 600));
	assert_int_equal(throttle_remaining(&t, at + 600), 0);

	/* Afterwards the count starts again from zero. */
	at += 600;
	for (int i = 0; i < 5; i++)
		assert_true(throttle_attempt(&t, &p, at + i));
	assert_false(throttle_attempt(&t, &p, at + 5));
	assert_true(throttle_blocked(&t, at + 5));
}

/* Attempts are counted before they are checked; a success is taken back, so only failures use up a window. */
static void
test_throttle_forgive(void **state)
{
	const struct throttle_policy p = { .max_failures = 3, .window = 900, .block = 900 };
	struct throttle t = { 0 };

	(void)state;
	for (int i = 0; i < 10; i++) {   /* ten successes in a row never block */
		assert_true(throttle_attempt(&t, &p, T0 + i));
		throttle_forgive(&t);
	}
	assert_int_equal(t.failures, 0);
	assert_true(throttle_attempt(&t, &p, T0 + 20));    /* two failures ... */
	assert_true(throttle_attempt(&t, &p, T0 + 21));
	assert_true(throttle_attempt(&t, &p, T0 + 22));    /* ... and a success */
	throttle_forgive(&t);
	assert_true(throttle_attempt(&t, &p, T0 + 23));    /* the third failure */
	assert_false(throttle_attempt(&t, &p, T0 + 24));   /* window used up */
	throttle_forgive(&t);                               /* forgiving with nothing counted stays at zero */
	throttle_forgive(&t);
	assert_int_equal(t.failures, 0);
	assert_true(throttle_blocked(&t, T0 + 24));
}

/* Counted before the check, so attempts running at the same time cannot overtake the limit. */
static void
test_throttle_concurrent_attempts_counted(void **state)
{
	const struct throttle_policy p = { .max_failures = 5, .window = 900, .block = 900 };
	struct throttle t = { 0 };
	int allowed = 0;

	(void)state;
	for (int i = 0; i < 60; i++)   /* 60 at the same second, none of them finished yet */
		allowed += throttle_attempt(&t, &p, T0);
	assert_int_equal(allowed, 5);
}

static void
test_throttle_window(void **state)
{
	const struct throttle_policy p = { .max_failures = 2, .window = 60, .block = 300 };
	struct throttle t = { 0 };

	(void)state;
	/* Attempts spread over more than a window never block. */
	assert_true(throttle_attempt(&t, &p, T0));
	assert_true(throttle_attempt(&t, &p, T0 + 30));
	assert_true(throttle_attempt(&t, &p, T0 + 60));    /* window over: counts as the first again */
	assert_false(throttle_blocked(&t, T0 + 60));
	assert_true(throttle_attempt(&t, &p, T0 + 61));
	assert_false(throttle_attempt(&t, &p, T0 + 119));  /* a third within [60, 120) */
	assert_true(throttle_blocked(&t, T0 + 119));
	assert_int_equal(throttle_remaining(&t, T0 + 119), 300);

	/* Within one window, the last second still counts. */
	memset(&t, 0, sizeof(t));
	assert_true(throttle_attempt(&t, &p, T0));
	assert_true(throttle_attempt(&t, &p, T0 + 1));
	assert_false(throttle_attempt(&t, &p, T0 + 59));
	/* A clock that went back starts a new window rather than counting into the future. */
	memset(&t, 0, sizeof(t));
	assert_true(throttle_attempt(&t, &p, T0));
	assert_true(throttle_attempt(&t, &p, T0 - 100));
	assert_int_equal(t.failures, 1);
}

static void
test_throttle_single_attempt_policy(void **state)
{
	const struct throttle_policy p = { .max_failures = 1, .window = 900, .block = 900 };
	struct throttle t = { 0 };

	(void)state;
	assert_true(throttle_attempt(&t, &p, T0));
	assert_false(throttle_attempt(&t, &p, T0 + 1));
	assert_true(throttle_blocked(&t, T0 + 900));
	assert_false(throttle_blocked(&t, T0 + 901));
}

/* ---- casus_beperking: which casussen an actor may see ---------------------- */

static struct actor
met_persoon(enum who w, int64_t persoon_id)
{
	struct actor a = actor_for(w);

	a.persoon_id = persoon_id;
	a.organisatie_id = 300;
	return a;
}

/* The privacy officer reads the audit log, never a casus: no list, no statistics, no casus page. */
static void
test_beperking_privacy(void **state)
{
	struct actor a = met_persoon(PRIVACY, 77);
	struct casus_relatie rel = { .status = STATUS_IN_BEHANDELING };

	(void)state;
	assert_int_equal(casus_beperking(&a, INZAGE_LIJST), CASUS_GEEN);
	assert_int_equal(casus_beperking(&a, INZAGE_STATISTIEK), CASUS_GEEN);
	assert_false(perm_casus_zien(&a, &rel));
	assert_true(perm_allows(PERM_AUDITLOG, &a));
}

static void
test_beperking_regievoerder(void **state)
{
	struct actor a = met_persoon(REGIE, 71);

	(void)state;
	assert_int_equal(casus_beperking(&a, INZAGE_LIJST), CASUS_ALLE);
	assert_int_equal(casus_beperking(&a, INZAGE_STATISTIEK), CASUS_ALLE);
	a.persoon_id = 0;   /* all casussen need no persoon of one's own */
	assert_int_equal(casus_beperking(&a, INZAGE_LIJST), CASUS_ALLE);
}

/* Internal and shared (issue 13): regievoerders and the deelnemers chosen for it; never the indiener or an outsider. */
static void
test_intern_zien(void **state)
{
	struct actor rv = met_persoon(REGIE, 71), ind = met_persoon(INDIENER, 72), amb = met_persoon(AMBASSADEUR, 73);
	struct casus_relatie niets = { .status = STATUS_IN_BEHANDELING };
	struct casus_relatie eigen = { .status = STATUS_IN_BEHANDELING, .is_indiener = true };
	struct casus_relatie intern = { .status = STATUS_IN_BEHANDELING, .is_deelnemer = true, .deelnemer_intern = true };
	struct casus_relatie beperkt = { .status = STATUS_AFGEROND, .is_deelnemer = true };

	(void)state;
	assert_true(perm_casus_intern_zien(&rv, &niets));
	assert_false(perm_casus_intern_zien(&ind, &eigen));
	assert_false(perm_casus_intern_zien(&ind, &niets));            /* an outsider sees nothing at all */
	assert_true(perm_casus_intern_zien(&amb, &intern));
	assert_false(perm_casus_intern_zien(&amb, &beperkt));
	assert_false(perm_casus_intern_zien(&amb, &niets));
	assert_false(perm_casus_intern_zien(&amb, NULL));
	intern.status = STATUS_CONCEPT;                                 /* a concept is the indiener's alone */
	assert_false(perm_casus_intern_zien(&amb, &intern));
}

static void
test_beperking_indiener(void **state)
{
	struct actor a = met_persoon(INDIENER, 72);

	(void)state;
	assert_int_equal(casus_beperking(&a, INZAGE_LIJST), 72);   /* own and invited */
	assert_int_equal(casus_beperking(&a, INZAGE_STATISTIEK), CASUS_GEEN);
	a.persoon_id = 0;   /* nothing of one's own without a persoon: never "all" */
	assert_int_equal(casus_beperking(&a, INZAGE_LIJST), CASUS_GEEN);
}

static void
test_beperking_ambassadeur(void **state)
{
	struct actor a = met_persoon(AMBASSADEUR, 73);

	(void)state;
	assert_int_equal(casus_beperking(&a, INZAGE_LIJST), 73);   /* invited */
	assert_int_equal(casus_beperking(&a, INZAGE_STATISTIEK), CASUS_GEEN);
	a.persoon_id = 0;
	assert_int_equal(casus_beperking(&a, INZAGE_LIJST), CASUS_GEEN);
}

static void
test_beperking_let_voorzitter(void **state)
{
	struct actor a = met_persoon(VOORZITTER, 79);

	(void)state;
	assert_int_equal(casus_beperking(&a, INZAGE_LIJST), 79);   /* the casussen of their escalaties, as a deelnemer */
	assert_int_equal(casus_beperking(&a, INZAGE_STATISTIEK), CASUS_GEEN);
	a.persoon_id = 0;
	assert_int_equal(casus_beperking(&a, INZAGE_LIJST), CASUS_GEEN);
}

static void
test_beperking_onderzoeker(void **state)
{
	struct actor a = met_persoon(ONDERZOEKER, 74);

	(void)state;
	assert_int_equal(casus_beperking(&a, INZAGE_LIJST), CASUS_GEEN);   /* no names, no free text */
	assert_int_equal(casus_beperking(&a, INZAGE_STATISTIEK), CASUS_ALLE);
}

static void
test_beperking_beheerder(void **state)
{
	struct actor a = met_persoon(BEHEERDER, 75);

	(void)state;
	assert_int_equal(casus_beperking(&a, INZAGE_LIJST), CASUS_GEEN);   /* accounts, no case contents */
	assert_int_equal(casus_beperking(&a, INZAGE_STATISTIEK), CASUS_GEEN);
}

static void
test_beperking_anoniem(void **state)
{
	struct actor a = actor_for(ANON), lus = actor_for(LOOPBACK);
	struct actor rollen_zonder_account = { .roles = (1u << ROL__MAX) - 1, .persoon_id = 76 };

	(void)state;
	assert_int_equal(casus_beperking(&a, INZAGE_LIJST), CASUS_GEEN);
	assert_int_equal(casus_beperking(&a, INZAGE_STATISTIEK), CASUS_GEEN);
	assert_int_equal(casus_beperking(&lus, INZAGE_LIJST), CASUS_GEEN);
	assert_int_equal(casus_beperking(NULL, INZAGE_LIJST), CASUS_GEEN);
	assert_int_equal(casus_beperking(NULL, INZAGE_STATISTIEK), CASUS_GEEN);
	/* roles without a signed-in account (gebruiker_id 0) grant nothing */
	assert_int_equal(casus_beperking(&rollen_zonder_account, INZAGE_LIJST), CASUS_GEEN);
	assert_int_equal(casus_beperking(&rollen_zonder_account, INZAGE_STATISTIEK), CASUS_GEEN);
}

static void
test_beperking_combined_roles(void **state)
{
	struct actor a = met_persoon(INDIENER, 77);

	(void)state;
	a.roles |= ROL_BIT(ROL_ONDERZOEKER);   /* own casussen in lists, all in the report */
	assert_int_equal(casus_beperking(&a, INZAGE_LIJST), 77);
	assert_int_equal(casus_beperking(&a, INZAGE_STATISTIEK), CASUS_ALLE);
	a.roles = ROL_BIT(ROL_AMBASSADEUR) | ROL_BIT(ROL_BEHEERDER);
	assert_int_equal(casus_beperking(&a, INZAGE_LIJST), 77);
	assert_int_equal(casus_beperking(&a, INZAGE_STATISTIEK), CASUS_GEEN);
	a.roles |= ROL_BIT(ROL_REGIEVOERDER);
	assert_int_equal(casus_beperking(&a, INZAGE_LIJST), CASUS_ALLE);
	/* the answer agrees with the route permission of the lists */
	for (int w = 0; w < WHO__MAX; w++) {
		struct actor b = met_persoon((enum who)w, 78);

		assert_int_equal(casus_beperking(&b, INZAGE_LIJST) != CASUS_GEEN, perm_casus_lijst(&b));
		assert_int_equal(casus_beperking(&b, INZAGE_STATISTIEK) != CASUS_GEEN, perm_rapportage(&b));
	}
}

/* ---- err ------------------------------------------------------------------ */

static void
test_err_status_mapping(void **state)
{
	static const struct {
		enum err_code code;
		int status;
		const char *name;
	} want[] = {
		{ ERR_OK, 200, "ok" },
		{ ERR_VALIDATION, 400, "validation" },
		{ ERR_UNAUTHORIZED, 401, "unauthorized" },
		{ ERR_FORBIDDEN, 403, "forbidden" },
		{ ERR_NOT_FOUND, 404, "not found" },
		{ ERR_CONFLICT, 409, "conflict" },
		{ ERR_TOO_LARGE, 413, "too large" },
		{ ERR_THROTTLED, 429, "throttled" },
		{ ERR_UNAVAILABLE, 503, "unavailable" },
		{ ERR_INTERNAL, 500, "internal" },
	};
	_Static_assert(sizeof(want) / sizeof(want[0]) == ERR__MAX, "one row per error code");

	(void)state;
	assert_int_equal(ERR_OK, 0);
	for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
		assert_int_equal(want[i].code, (int)i);
		assert_int_equal(err_http_status(want[i].code), want[i].status);
		assert_string_equal(err_strerror(want[i].code), want[i].name);
	}
	/* Unknown codes are internal errors, never a success. */
	assert_int_equal(err_http_status(ERR__MAX), 500);
	assert_int_equal(err_http_status((enum err_code)-1), 500);
	assert_int_equal(err_http_status((enum err_code)12345), 500);
	assert_string_equal(err_strerror(ERR__MAX), "unknown");
	assert_string_equal(err_strerror((enum err_code)-1), "unknown");
}

static void
test_err_set(void **state)
{
	struct err e;

	(void)state;
	memset(&e, 'x', sizeof(e));
	for (int c = 0; c < ERR__MAX; c++) {
		assert_int_equal(err_set(&e, (enum err_code)c, "naam", "Veld %s: code %d.", "naam", c),
		    c);
		assert_int_equal(e.code, c);
		assert_string_equal(e.field, "naam");
		assert_string_equal(e.detail, "");
	}
	assert_string_equal(e.msg, "Veld naam: code 9.");

	err_detail(&e, "sqlite: %s (%d)", "constraint", 19);
	assert_string_equal(e.detail, "sqlite: constraint (19)");
	/* A new error clears the old detail; a NULL field becomes "". */
	assert_int_equal(err_set(&e, ERR_NOT_FOUND, NULL, "Niet gevonden."), ERR_NOT_FOUND);
	assert_string_equal(e.field, "");
	assert_string_equal(e.msg, "Niet gevonden.");
	assert_string_equal(e.detail, "");
	assert_int_equal(err_http_status(e.code), 404);

	/* e may be NULL: the code is still returned. */
	assert_int_equal(err_set(NULL, ERR_CONFLICT, "x", "Bestaat al."), ERR_CONFLICT);
	err_detail(NULL, "ignored");
	err_clear(NULL);

	err_clear(&e);
	assert_int_equal(e.code, ERR_OK);
	assert_string_equal(e.msg, "");
	assert_string_equal(e.field, "");
}

static void
test_err_truncation(void **state)
{
	struct err e;
	char longfield[200], longmsg[1000];

	(void)state;
	memset(longfield, 'f', sizeof(longfield) - 1);
	longfield[sizeof(longfield) - 1] = '\0';
	memset(longmsg, 'm', sizeof(longmsg) - 1);
	longmsg[sizeof(longmsg) - 1] = '\0';
	err_set(&e, ERR_VALIDATION, longfield, "%s", longmsg);
	assert_int_equal(strlen(e.field), sizeof(e.field) - 1);
	assert_int_equal(strlen(e.msg), sizeof(e.msg) - 1);
	err_detail(&e, "%s", longmsg);
	assert_int_equal(strlen(e.detail), sizeof(e.detail) - 1);
	/* A message with format characters from the caller's data is passed as data. */
	err_set(&e, ERR_VALIDATION, "q", "Ongeldig: %s", "%s%n%x");
	assert_string_equal(e.msg, "Ongeldig: %s%n%x");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_perm_table),
		cmocka_unit_test(test_perm_null_actor),
		cmocka_unit_test(test_perm_combined_roles),
		cmocka_unit_test(test_perm_out_of_range),
		cmocka_unit_test(test_rol_round_trip),
		cmocka_unit_test(test_rol_unknown),
		cmocka_unit_test(test_actor_has_and_primary),
		cmocka_unit_test(test_beperking_privacy),
		cmocka_unit_test(test_beperking_regievoerder),
		cmocka_unit_test(test_intern_zien),
		cmocka_unit_test(test_beperking_indiener),
		cmocka_unit_test(test_beperking_ambassadeur),
		cmocka_unit_test(test_beperking_let_voorzitter),
		cmocka_unit_test(test_beperking_onderzoeker),
		cmocka_unit_test(test_beperking_beheerder),
		cmocka_unit_test(test_beperking_anoniem),
		cmocka_unit_test(test_beperking_combined_roles),
		cmocka_unit_test(test_throttle_blocks_after_nth),
		cmocka_unit_test(test_throttle_forgive),
		cmocka_unit_test(test_throttle_concurrent_attempts_counted),
		cmocka_unit_test(test_throttle_window),
		cmocka_unit_test(test_throttle_single_attempt_policy),
		cmocka_unit_test(test_err_status_mapping),
		cmocka_unit_test(test_err_set),
		cmocka_unit_test(test_err_truncation),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
