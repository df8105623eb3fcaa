/* test_store_stmt.c - the statement tables: every statement named and prepared, broken SQL named, binds by name. */
#include "harness.h"
#include "fixture.h"

#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "store/stmt.h"
#include "store/store_fts.h"
#include "store/store.h"

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

/* Every statement of every table: named "aggregate.what", the name used once, and it prepares on this schema. */
static void
test_every_statement_named_and_prepared(void **state)
{
	struct store *st = *state;
	const char *seen[512];
	size_t nseen = 0;

	for (int t = 0; t < STORE_T__MAX; t++) {
		const struct store_sql_table *tab = store_tables[t];
		size_t plen = strlen(tab->aggregate);
		struct store_q *qs = NULL;
		struct err e = { 0 };

		assert_non_null(tab);
		assert_true(tab->n > 0);
		for (int i = 0; i < tab->n; i++) {
			const char *name = tab->sql[i].name;

			if (name == NULL)
				fail_msg("%s: statement %d has no name", tab->aggregate, i);
			if (strncmp(name, tab->aggregate, plen) != 0 || name[plen] != '.' || name[plen + 1] == '\0')
				fail_msg("%s is not named %s.<what>", name, tab->aggregate);
			for (size_t k = 0; k < nseen; k++)
				if (strcmp(seen[k], name) == 0)
					fail_msg("%s is named twice", name);
			assert_true(nseen < sizeof(seen) / sizeof(seen[0]));
			seen[nseen++] = name;
		}
		if (store_sql_prepare(st, tab, &qs, &e) != ERR_OK)
			fail_msg("%s: %s (%s)", tab->aggregate, e.msg, e.detail);
		store_sql_free(qs, tab->n);
	}
	assert_true(nseen > 100);
}

/* Prepares a one-statement table; returns the result with e filled. */
static enum err_code
prepare_one(struct store *st, const char *name, const char *sql, struct store_q **qs, struct err *e)
{
	static struct store_sql one;
	static struct store_sql_table tab = { "proef", &one, 1 };

	one.name = name;
	one.sql = sql;
	one.pgsql = NULL;
	return store_sql_prepare(st, &tab, qs, e);
}

static void
test_broken_statement_fails_with_its_name(void **state)
{
	struct store *st = *state;
	struct store_q *qs = (struct store_q *)1;
	struct err e = { 0 };

	assert_int_equal(prepare_one(st, "proef.kapot", "SELECT nergens FROM niets", &qs, &e), ERR_INTERNAL);
	assert_null(qs);
	assert_string_equal(e.msg, "De databaseopdracht proef.kapot past niet bij deze database.");
	assert_non_null(strstr(e.detail, "proef.kapot"));
	assert_non_null(strstr(e.detail, "no such table: niets"));

	/* a nameless or numbered parameter cannot be bound by name: refused */
	assert_int_equal(prepare_one(st, "proef.vraagteken", "SELECT ?", &qs, &e), ERR_INTERNAL);
	assert_non_null(strstr(e.msg, "proef.vraagteken"));
	assert_non_null(strstr(e.detail, "not named"));
	assert_int_equal(prepare_one(st, "proef.genummerd", "SELECT ?1", &qs, &e), ERR_INTERNAL);
	assert_non_null(strstr(e.detail, "not named"));
	/* one statement per entry: a second one would never run */
	assert_int_equal(prepare_one(st, "proef.twee", "SELECT 1; SELECT 2", &qs, &e), ERR_INTERNAL);
	assert_non_null(strstr(e.msg, "proef.twee"));
	assert_int_equal(prepare_one(st, "proef.leeg", "  ", &qs, &e), ERR_INTERNAL);
}

static void
test_binds_by_name_in_any_order(void **state)
{
	struct store *st = *state;
	struct store_q *qs = NULL, *q;
	struct err e = { 0 };

	assert_int_equal(prepare_one(st, "proef.som", "SELECT :a - :b, :a, :tekst IS NULL", &qs, &e), ERR_OK);
	for (int round = 0; round < 3; round++) {   /* the same statement again, binds in another order each time */
		q = store_sql_at(qs, 0);
		if (round == 1) {
			store_bind_int(q, ":b", 2);
			store_bind_text(q, ":tekst", NULL);
			store_bind_int(q, ":a", 10);
		} else {
			store_bind_int(q, ":a", 10);
			store_bind_int(q, ":b", 2);
			store_bind_text(q, ":tekst", round == 0 ? NULL : "x");
		}
		assert_true(store_next(q));
		assert_int_equal(store_col_int(q, 0), 8);   /* :a used twice is one parameter */
		assert_int_equal(store_col_int(q, 1), 10);
		assert_int_equal(store_col_bool(q, 2), round != 2);
		assert_false(store_next(q));
		assert_int_equal(store_end(q, &e), ERR_OK);
	}
	store_sql_free(qs, 1);
}

static void
test_unknown_or_missing_bind_is_an_error(void **state)
{
	struct store *st = *state;
	struct store_q *qs = NULL, *q;
	struct err e = { 0 };

	assert_int_equal(prepare_one(st, "proef.som", "SELECT :a + :b", &qs, &e), ERR_OK);
	/* a name the statement lacks (a typo, or a parameter renamed in the SQL only) */
	q = store_sql_at(qs, 0);
	store_bind_int(q, ":a", 1);
	store_bind_int(q, ":b", 2);
	store_bind_int(q, ":c", 3);
	assert_false(store_next(q));
	assert_int_equal(store_end(q, &e), ERR_INTERNAL);
	assert_non_null(strstr(e.detail, "proef.som"));
	assert_non_null(strstr(e.detail, ":c"));
	/* a parameter left unbound is not silently NULL */
	q = store_sql_at(qs, 0);
	store_bind_int(q, ":a", 1);
	assert_int_equal(store_exec(q, &e), ERR_INTERNAL);
	assert_non_null(strstr(e.detail, ":b is not bound"));
	/* and the statement is fine again once bound right */
	q = store_sql_at(qs, 0);
	store_bind_int(q, ":a", 1);
	store_bind_int(q, ":b", 2);
	assert_true(store_next(q));
	assert_int_equal(store_col_int(q, 0), 3);
	assert_int_equal(store_end(q, &e), ERR_OK);
	store_sql_free(qs, 1);
}

/* A schema that no longer fits a statement: the connection does not open, and says which statement. */
static void
test_open_fails_naming_the_statement(void **state)
{
	struct store *st = *state, *again;
	struct err e = { 0 };
	sqlite3 *db;

	store_close(st);
	*state = NULL;
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(store_fts_register(db), 0);   /* ALTER re-reads the triggers, which name the search's table */
	assert_int_equal(sqlite3_exec(db, "ALTER TABLE api_token RENAME COLUMN revoked_at TO ingetrokken_op",
	    NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	again = store_open(path, &e);
	assert_null(again);
	assert_string_equal(e.msg, "De databaseopdracht account.token_lookup past niet bij deze database.");
	assert_non_null(strstr(e.detail, "revoked_at"));
	fixture_store_remove(path);
	*state = fixture_store_open(path);   /* a fresh database for teardown */
	assert_non_null(*state);
}

int
main(void)
{
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_every_statement_named_and_prepared),
		T(test_broken_statement_fails_with_its_name),
		T(test_binds_by_name_in_any_order),
		T(test_unknown_or_missing_bind_is_an_error),
		T(test_open_fails_naming_the_statement),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
