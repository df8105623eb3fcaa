/* test_startup.c - start-up refuses a database its SQL does not fit: the statement is named, no request is served. */
#include "harness.h"

#include <fcntl.h>
#include <stdbool.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lib/buf.h"
#include "store/store_fts.h"

static char dir[64], db[128];
static bool allow_root = true;   /* DOORBRAAK_ALS_ROOT=1 for the child, as the tests run as root */

static const char *
binary(void)
{
	const char *b = getenv("DOORBRAAK_TEST_BINARY");

	return b != NULL && *b != '\0' ? b : "build/doorbraak-test";
}

/* Runs the binary with args on db; stderr into err. Kills it after 60 s (a server that started: a failure). */
static int
run(const char *const *args, struct buf *err)
{
	char ferr[128], chunk[4096];
	int status = 0;
	pid_t pid;
	FILE *f;
	size_t n;

	snprintf(ferr, sizeof(ferr), "%s/run.err", dir);
	if ((pid = fork()) == 0) {
		const char *argv[16] = { binary() };
		int i, in = open("/dev/null", O_RDONLY), e = open(ferr, O_WRONLY | O_CREAT | O_TRUNC, 0600);

		dup2(in, 0);
		dup2(e, 1);
		dup2(e, 2);
		for (i = 0; args[i] != NULL && i < 14; i++)
			argv[i + 1] = args[i];
		argv[i + 1] = NULL;
		setenv("DOORBRAAK_DB", db, 1);
		setenv("DOORBRAAK_LISTEN", allow_root ? "127.0.0.1:0" : "geen-adres", 1);   /* see below */
		if (allow_root)
			setenv("DOORBRAAK_ALS_ROOT", "1", 1);   /* the tests run as root */
		else
			unsetenv("DOORBRAAK_ALS_ROOT");
		execv(binary(), (char *const *)argv);
		_exit(127);
	}
	assert_true(pid > 0);
	for (int i = 0; i < 1200 && waitpid(pid, &status, WNOHANG) == 0; i++)
		usleep(50 * 1000);
	if (waitpid(pid, &status, WNOHANG) == 0) {
		kill(pid, SIGKILL);
		waitpid(pid, &status, 0);
		fail_msg("%s %s did not stop by itself", binary(), args[0]);
	}
	assert_non_null(f = fopen(ferr, "rb"));
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_append(err, chunk, n);
	fclose(f);
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

static int
setup(void **state)
{
	const char *init[] = { "init", NULL };
	struct buf err;
	int rc;

	(void)state;
	snprintf(dir, sizeof(dir), "/tmp/doorbraak-startup-XXXXXX");
	if (mkdtemp(dir) == NULL)
		return -1;
	snprintf(db, sizeof(db), "%s/test.db", dir);
	buf_init(&err, 0);
	rc = run(init, &err);
	buf_free(&err);
	return rc == 0 ? 0 : -1;
}

static int
teardown(void **state)
{
	char cmd[128];

	(void)state;
	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	return system(cmd) == 0 ? 0 : -1;
}

/* Someone renamed a column behind doorbraak's back (or an old binary meets a changed schema). */
static void
rename_column(const char *sql)
{
	sqlite3 *h;

	assert_int_equal(sqlite3_open(db, &h), SQLITE_OK);
	assert_int_equal(store_fts_register(h), 0);   /* ALTER re-reads the triggers, which name the search's table */
	assert_int_equal(sqlite3_exec(h, sql, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(h);
}

static void
expect_refused(const char *cmd, const char *statement, const char *column)
{
	const char *args[] = { cmd, NULL };
	struct buf err;
	char want[160];

	buf_init(&err, 0);
	assert_int_not_equal(run(args, &err), 0);
	snprintf(want, sizeof(want), "doorbraak: De databaseopdracht %s past niet bij deze database.", statement);
	if (strstr(buf_str(&err), want) == NULL || strstr(buf_str(&err), column) == NULL)
		fail_msg("%s: expected \"%s\" (%s), got:\n%s", cmd, want, column, buf_str(&err));
	assert_null(strstr(buf_str(&err), "listening"));
	buf_free(&err);
}

static void
test_serve_refuses_a_schema_its_sql_does_not_fit(void **state)
{
	(void)state;
	rename_column("ALTER TABLE api_token RENAME COLUMN revoked_at TO ingetrokken_op");
	expect_refused("serve", "account.token_lookup", "revoked_at");
	expect_refused("check", "account.token_lookup", "revoked_at");
	expect_refused("init", "account.token_lookup", "revoked_at");
}

static void
test_a_casus_statement_is_named_too(void **state)
{
	(void)state;
	rename_column("ALTER TABLE casus_deelnemer RENAME COLUMN uitgenodigd_door TO uitnodiger");
	expect_refused("serve", "casus.deelnemer_insert", "uitgenodigd_door");
	expect_refused("export", "casus.deelnemer_insert", "uitgenodigd_door");
}

/* serve refuses to run as root unless DOORBRAAK_ALS_ROOT=1 says so; as another user it is not asked. */
static void
test_serve_refuses_root_unless_told(void **state)
{
	const char *serve[] = { "serve", NULL };
	struct buf err;
	int rc;
	(void)state;

	allow_root = false;
	buf_init(&err, 0);
	rc = run(serve, &err);
	allow_root = true;
	if (geteuid() == 0) {
		assert_int_equal(rc, 2);
		assert_non_null(strstr(buf_str(&err), "doorbraak: serve draait niet als root"));
		assert_null(strstr(buf_str(&err), "listening"));
	} else {   /* not root: past that check, to the next one (an address it cannot listen on: it stops) */
		assert_null(strstr(buf_str(&err), "niet als root"));
		assert_non_null(strstr(buf_str(&err), "geen geldig adres"));
	}
	buf_free(&err);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_serve_refuses_root_unless_told, setup, teardown),
		cmocka_unit_test_setup_teardown(test_serve_refuses_a_schema_its_sql_does_not_fit, setup, teardown),
		cmocka_unit_test_setup_teardown(test_a_casus_statement_is_named_too, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
