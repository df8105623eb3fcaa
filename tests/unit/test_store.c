/* test_store.c - the store on a temporary database: migrations, reference data, accounts, sessions, audit chain. */
#include "harness.h"
#include "fixture.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/codes.h"
#include "core/rol.h"
#include "store/store.h"
#include "store/store_account.h"
#include "store/store_audit.h"

static char path[64];

static int
setup(void **state)
{
	return (*state = fixture_store_open(path)) != NULL ? 0 : -1;
}

static int
teardown(void **state)
{
	store_close(*state);
	fixture_store_remove(path);
	return 0;
}

static void
test_migrations_idempotent_and_checked(void **state)
{
	struct store *st = *state;
	struct err e = { 0 };
	int v = store_schema_version(st);

	assert_true(v >= 2);
	assert_int_equal(store_schema_check(st, &e), ERR_OK);
	assert_int_equal(store_migrate(st, &e), ERR_OK);   /* again: nothing to do */
	assert_int_equal(store_schema_version(st), v);
	assert_int_equal(store_integrity_check(st, &e), ERR_OK);
}

static void
test_fresh_database_fails_schema_check(void **state)
{
	struct store *fresh = store_open(":memory:", NULL);
	struct err e = { 0 };
	(void)state;

	assert_non_null(fresh);
	assert_int_equal(store_schema_check(fresh, &e), ERR_UNAVAILABLE);
	assert_non_null(strstr(e.msg, "doorbraak init"));
	store_close(fresh);
}

static void
check_codes(sqlite3 *db, const char *table, const struct codelist *l)
{
	char sql[128];
	sqlite3_stmt *s;
	int n = 0;

	snprintf(sql, sizeof(sql), "SELECT code, naam FROM %s ORDER BY volgorde", table);
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &s, NULL), SQLITE_OK);
	while (sqlite3_step(s) == SQLITE_ROW) {
		assert_true(n < l->n);
		assert_string_equal((const char *)sqlite3_column_text(s, 0), l->codes[n]);
		assert_string_equal((const char *)sqlite3_column_text(s, 1), l->labels[n]);
		n++;
	}
	sqlite3_finalize(s);
	assert_int_equal(n, l->n);
}

static void
test_reference_data_matches_core(void **state)
{
	sqlite3 *db;
	sqlite3_stmt *s;
	(void)state;

	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	check_codes(db, "leefgebied", &codes_leefgebied);
	check_codes(db, "categorie", &codes_categorie);
	check_codes(db, "interventie_type", &codes_interventie_type);
	check_codes(db, "wet_regeling", &codes_wet_regeling);
	/* The CHECK lists of issue 11's columns name every code of the core's list (index 0 of the two that start at
	   1 has none). */
	{
		static const struct { const char *tabel; const struct codelist *l; } lijst[] = {
			{ "knelpunt_soort", &codes_knelpunt_soort }, { "maatwerk_toepassing", &codes_maatwerk_vorm },
			{ "casus", &codes_reden_geen_leerpunt }, { "leerpunt", &codes_leerpunt_bron },
			{ "leerpunt_koppeling", &codes_koppeling_soort }, { "belegging", &codes_pmm_soort },
			{ "belegging", &codes_niet_belegd_reden }, { "systeemwijziging", &codes_systeemwijziging_soort },
			{ "navraag_vraag", &codes_navraag_gevraagde },
		};

		for (size_t k = 0; k < sizeof(lijst) / sizeof(lijst[0]); k++) {
			const char *sql;

			assert_int_equal(sqlite3_prepare_v2(db, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
			    -1, &s, NULL), SQLITE_OK);
			sqlite3_bind_text(s, 1, lijst[k].tabel, -1, SQLITE_STATIC);
			assert_int_equal(sqlite3_step(s), SQLITE_ROW);
			sql = (const char *)sqlite3_column_text(s, 0);
			for (int i = 0; i < lijst[k].l->n; i++) {
				char quoted[80];

				if (lijst[k].l->codes[i] == NULL)
					continue;
				snprintf(quoted, sizeof(quoted), "'%s'", lijst[k].l->codes[i]);
				if (strstr(sql, quoted) == NULL)
					print_error("table %s lacks code %s\n", lijst[k].tabel, quoted);
				assert_non_null(strstr(sql, quoted));
			}
			sqlite3_finalize(s);
		}
	}
	for (int i = 0; i < BELEIDSTERREIN__MAX; i++) {
		assert_int_equal(sqlite3_prepare_v2(db, "SELECT naam FROM organisatie WHERE code = ? AND type = 'ministerie'",
		    -1, &s, NULL), SQLITE_OK);
		sqlite3_bind_text(s, 1, codes_beleidsterrein.codes[i], -1, SQLITE_STATIC);
		assert_int_equal(sqlite3_step(s), SQLITE_ROW);
		assert_string_equal((const char *)sqlite3_column_text(s, 0), ministerie_naam[i]);
		sqlite3_finalize(s);
	}
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT p.naam FROM organisatie o JOIN organisatie p ON p.id = o.parent_id"
	    " WHERE o.naam = 'DUO'", -1, &s, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(s), SQLITE_ROW);
	assert_string_equal((const char *)sqlite3_column_text(s, 0), ministerie_naam[BELEIDSTERREIN_OCW]);
	sqlite3_finalize(s);
	sqlite3_close(db);
}

static void
test_user_add_lookup_and_duplicate(void **state)
{
	struct store *st = *state;
	struct arena *a = arena_new();
	struct gebruiker u;
	struct err e = { 0 };
	int64_t id, id2;

	assert_int_equal(store_begin(st), ERR_OK);
	assert_int_equal(store_user_add(st, "Els@Example.nl", "Els", "Gemeente Nieuwdorp",
	    ROL_BIT(ROL_INDIENER) | ROL_BIT(ROL_AMBASSADEUR), "hash", 1000, &id, &e), ERR_OK);
	assert_int_equal(store_commit(st), ERR_OK);
	assert_int_equal(store_user_by_email(st, a, "els@example.NL", &u, &e), ERR_OK);   /* case-insensitive */
	assert_int_equal(u.id, id);
	assert_string_equal(u.naam, "Els");
	assert_string_equal(u.organisatie_naam, "Gemeente Nieuwdorp");
	assert_string_equal(u.organisatie_type, "gemeente");
	assert_int_equal(u.roles, ROL_BIT(ROL_INDIENER) | ROL_BIT(ROL_AMBASSADEUR));
	assert_true(u.actief);

	assert_int_equal(store_begin(st), ERR_OK);
	assert_int_equal(store_user_add(st, "ELS@example.nl", "Els 2", NULL, ROL_BIT(ROL_INDIENER), "h", 1000, &id2, &e),
	    ERR_CONFLICT);
	store_rollback(st);
	assert_int_equal(store_user_by_email(st, a, "niemand@example.nl", &u, &e), ERR_NOT_FOUND);
	assert_int_equal(store_user_set_active(st, id, false, &e), ERR_OK);
	assert_int_equal(store_user_by_id(st, a, id, &u, &e), ERR_OK);
	assert_false(u.actief);

	/* every role can be stored and read back, the chair of the LET too (migration 008) */
	for (int r = 0; r < ROL__MAX; r++) {
		char email[64];

		snprintf(email, sizeof(email), "rol%d@example.nl", r);
		assert_int_equal(store_begin(st), ERR_OK);
		assert_int_equal(store_user_add(st, email, "Rol", NULL, ROL_BIT(r), "h", 1000, &id2, &e), ERR_OK);
		assert_int_equal(store_commit(st), ERR_OK);
		assert_int_equal(store_user_by_id(st, a, id2, &u, &e), ERR_OK);
		assert_int_equal(u.roles, ROL_BIT(r));
	}
	arena_free(a);
}

static void
test_sessions_and_tokens(void **state)
{
	struct store *st = *state;
	struct session_row row;
	int64_t uid;
	struct throttle t = { 3, 100, 200 }, back;

	assert_int_equal(store_session_create(st, "h1", 1, "csrf1", 500, NULL), ERR_OK);
	assert_int_equal(store_session_get(st, "h1", &row), ERR_OK);
	assert_int_equal(row.gebruiker_id, 1);
	assert_string_equal(row.csrf, "csrf1");
	assert_int_equal(row.created_at, 500);
	assert_int_equal(store_session_touch(st, "h1", 600), ERR_OK);
	assert_int_equal(store_session_get(st, "h1", &row), ERR_OK);
	assert_int_equal(row.last_seen, 600);
	assert_int_equal(store_session_delete(st, "h1"), ERR_OK);
	assert_int_equal(store_session_get(st, "h1", &row), ERR_NOT_FOUND);

	assert_int_equal(store_token_add(st, 1, "tokenhash", 700, NULL), ERR_OK);
	assert_int_equal(store_token_lookup(st, "tokenhash", &uid), ERR_OK);
	assert_int_equal(uid, 1);
	assert_int_equal(store_token_lookup(st, "anders", &uid), ERR_NOT_FOUND);

	assert_int_equal(store_throttle_put(st, "account:x", &t), ERR_OK);
	store_throttle_get(st, "account:x", &back);
	assert_int_equal(back.failures, 3);
	assert_int_equal(back.blocked_until, 200);
	assert_int_equal(store_throttle_clear(st, "account:x"), ERR_OK);
	store_throttle_get(st, "account:x", &back);
	assert_int_equal(back.failures, 0);
}

static void
test_audit_chain_append_only_and_tamper_evident(void **state)
{
	struct store *st = *state;
	struct audit_entry a = { .tijd = 1700000000, .request_id = "r1", .gebruiker_id = 1, .rol = "regievoerder",
		.actie = "casus.lezen", .object_type = "casus", .object_id = "PMM-2024-0001",
		.uitkomst = AUDIT_TOEGESTAAN, .adres = "127.0.0.1" };
	struct audit_bevinding b;
	struct err e = { 0 };
	sqlite3 *db;

	for (int i = 0; i < 5; i++)
		assert_int_equal(store_audit_append(st, &a, &e), ERR_OK);
	a.uitkomst = AUDIT_GEWEIGERD;
	assert_int_equal(store_audit_append(st, &a, &e), ERR_OK);
	assert_false(store_in_transaction(st));
	assert_int_equal(store_audit_count(st, "casus.lezen", AUDIT_TOEGESTAAN), 5);
	assert_int_equal(store_audit_count(st, "casus.lezen", AUDIT_GEWEIGERD), 1);
	assert_int_equal(store_audit_verify(st, &b, &e), ERR_OK);
	assert_int_equal(b.regel, 0);
	assert_int_equal(b.regels, 6);

	/* the triggers refuse changes; someone with the sqlite3 shell drops them and edits row 3 */
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_not_equal(sqlite3_exec(db, "UPDATE audit SET adres = '10.0.0.1' WHERE id = 3", NULL, NULL, NULL),
	    SQLITE_OK);
	assert_int_not_equal(sqlite3_exec(db, "DELETE FROM audit WHERE id = 3", NULL, NULL, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "DROP TRIGGER audit_no_update; UPDATE audit SET adres = '10.0.0.1'"
	    " WHERE id = 3", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	assert_int_equal(store_audit_verify(st, &b, &e), ERR_CONFLICT);
	assert_int_equal(b.regel, 3);
	/* a broken chain is not continued: the next row cannot be written */
	assert_int_equal(store_audit_append(st, &a, &e), ERR_OK);
	assert_int_equal(store_audit_verify(st, &b, &e), ERR_CONFLICT);
	assert_int_equal(b.regel, 3);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_migrations_idempotent_and_checked),
		cmocka_unit_test(test_fresh_database_fails_schema_check),
		cmocka_unit_test(test_reference_data_matches_core),
		cmocka_unit_test(test_user_add_lookup_and_duplicate),
		cmocka_unit_test(test_sessions_and_tokens),
		cmocka_unit_test(test_audit_chain_append_only_and_tamper_evident),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
