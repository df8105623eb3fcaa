/* test_store_stmt.c - the statement tables: every statement named and prepared, broken SQL named, binds, failures. */
#include "harness.h"
#include "fixture.h"

#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "store/driver_sqlite.h"
#include "store/store_private.h"
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

/* A bind the database refuses (here a text over the length limit; in production out of memory) stops the
   statement: run with the value missing, it would look up NULL and find nothing, as if the row did not exist
   (a session lookup that failed that way showed a signed-in user the login page). Found by test_fault. */
static void
test_failed_bind_fails_the_statement(void **state)
{
	struct store *st = *state;
	struct store_q *qs = NULL, *q;
	struct err e = { 0 };
	sqlite3 *db = store_sqlite_db(st);
	int limit = sqlite3_limit(db, SQLITE_LIMIT_LENGTH, -1);

	assert_int_equal(prepare_one(st, "proef.leeg", "SELECT :tekst IS NULL", &qs, &e), ERR_OK);
	sqlite3_limit(db, SQLITE_LIMIT_LENGTH, 10);
	q = store_sql_at(qs, 0);
	store_bind_text(q, ":tekst", "veel langer dan tien tekens");
	assert_false(store_next(q));
	assert_int_not_equal(store_end(q, &e), ERR_OK);
	assert_non_null(strstr(e.detail, "could not be bound"));
	sqlite3_limit(db, SQLITE_LIMIT_LENGTH, limit);
	/* the next run, bound right, is fine */
	q = store_sql_at(qs, 0);
	store_bind_text(q, ":tekst", "kort");
	assert_true(store_next(q));
	assert_int_equal(store_col_int(q, 0), 0);
	assert_int_equal(store_end(q, &e), ERR_OK);
	store_sql_free(qs, 1);
}

/* A driver whose column_text cannot give the value (as SQLite's returns NULL when converting it runs out of
   memory): the statement fails, and the value is never read as SQL NULL. */
static const char *
text_kwijt(struct db_stmt *s, int i, size_t *len)
{
	(void)s;
	(void)i;
	if (len != NULL)
		*len = 0;
	return NULL;
}

static void
test_unreadable_column_fails_the_statement(void **state)
{
	struct store *st = *state;
	struct store_q *qs = NULL, *q;
	struct err e = { 0 };
	struct store_driver kapot = *st->drv;
	const struct store_driver *echt = st->drv;

	kapot.column_text = text_kwijt;
	assert_int_equal(prepare_one(st, "proef.tekst", "SELECT 'er is een waarde', NULL", &qs, &e), ERR_OK);
	st->drv = &kapot;
	q = store_sql_at(qs, 0);
	assert_true(store_next(q));
	assert_null(store_col_peek(q, 1));   /* a real NULL is NULL, and no failure */
	assert_null(store_col_peek(q, 0));   /* the value that could not be read ... */
	assert_false(store_next(q));
	assert_int_equal(store_end(q, &e), ERR_UNAVAILABLE);   /* ... fails the statement */
	assert_non_null(strstr(e.detail, "could not be read"));
	st->drv = echt;
	q = store_sql_at(qs, 0);
	assert_true(store_next(q));
	assert_string_equal(store_col_peek(q, 0), "er is een waarde");
	assert_int_equal(store_end(q, &e), ERR_OK);
	store_sql_free(qs, 1);
}

/* After a failure SQLite may roll the whole transaction back by itself (out of memory, an I/O error, a full
   disk). The statements that follow must not then run on their own, each committed at once: half a change
   would stay. Here the rollback is done behind the store's back; every later statement and the commit fail,
   and nothing of the transaction is in the database. Found by test_fault. */
static void
test_statements_after_a_lost_transaction_fail(void **state)
{
	struct store *st = *state;
	struct store_q *qs = NULL, *q;
	struct err e = { 0 };
	sqlite3 *db = store_sqlite_db(st);
	sqlite3_stmt *tel;

	assert_int_equal(sqlite3_exec(db, "CREATE TABLE proef (x INTEGER)", NULL, NULL, NULL), SQLITE_OK);
	assert_int_equal(prepare_one(st, "proef.erin", "INSERT INTO proef (x) VALUES (:x)", &qs, &e), ERR_OK);
	assert_int_equal(store_begin(st), ERR_OK);
	q = store_sql_at(qs, 0);
	store_bind_int(q, ":x", 1);
	assert_int_equal(store_exec(q, &e), ERR_OK);
	assert_int_equal(sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL), SQLITE_OK);   /* as SQLite does itself */
	q = store_sql_at(qs, 0);
	store_bind_int(q, ":x", 2);
	assert_int_equal(store_exec(q, &e), ERR_UNAVAILABLE);
	assert_non_null(strstr(e.detail, "rolled back"));
	assert_int_equal(store_commit(st), ERR_UNAVAILABLE);
	assert_false(store_in_transaction(st));
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT count(*) FROM proef", -1, &tel, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(tel), SQLITE_ROW);
	assert_int_equal(sqlite3_column_int(tel, 0), 0);
	sqlite3_finalize(tel);
	/* a new transaction works as before */
	assert_int_equal(store_begin(st), ERR_OK);
	q = store_sql_at(qs, 0);
	store_bind_int(q, ":x", 3);
	assert_int_equal(store_exec(q, &e), ERR_OK);
	assert_int_equal(store_commit(st), ERR_OK);
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
		T(test_failed_bind_fails_the_statement),
		T(test_unreadable_column_fails_the_statement),
		T(test_statements_after_a_lost_transaction_fail),
		T(test_open_fails_naming_the_statement),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
