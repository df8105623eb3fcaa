/* test_login.c - signing in and out: cookies, wrong passwords, throttling, CSRF, expiry, audit rows. */
#include "harness.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "client.h"
#include "lib/mem.h"
#include "store/store.h"
#include "store/store_account.h"
#include "store/store_audit.h"

static struct server_proc srv;
#define EMAIL "rita@test.example"
#define PASSWORD "correct paard batterij"

static int
setup(void **state)
{
	const char *env[] = { "DOORBRAAK_LOGIN_MAX_FAILURES=3", "DOORBRAAK_SESSION_IDLE=3", NULL };
	(void)state;
	if (server_start(&srv, env) != 0)
		return -1;
	if (server_add_user(&srv, EMAIL, "Rita Regie", "beheerder", PASSWORD) != 0)   /* one step: no second factor */
		return -1;
	if (server_add_user(&srv, "ina@test.example", "Ina Indiener", "indiener", "wachtwoord-ina") != 0)
		return -1;
	return server_add_user(&srv, "blok@test.example", "Bo Blok", "indiener", "wachtwoord-bo");
}

static int
teardown(void **state)
{
	(void)state;
	return server_stop(&srv) == 0 ? 0 : -1;
}

static void
test_login_sets_safe_cookie_and_shows_user(void **state)
{
	struct client c;
	struct resp r;
	long before = server_audit_count(&srv, "login", AUDIT_TOEGESTAAN);
	(void)state;

	client_init(&c, &srv);
	client_post_form(&c, "/login", "/login", "email=" EMAIL "&wachtwoord=correct+paard+batterij&volgende=%2Fcasussen", &r);
	assert_int_equal(r.status, 303);
	assert_string_equal(resp_header(&r, "Location"), "/casussen");
	assert_true(strstr(buf_str(&r.headers), "Set-Cookie: sessie=") != NULL);
	assert_true(strstr(buf_str(&r.headers), "HttpOnly; SameSite=Strict") != NULL);
	resp_free(&r);
	assert_int_equal(client_req(&c, "GET", "/", NULL, NULL, 0, &r), 0);
	assert_int_equal(r.status, 200);
	assert_true(resp_contains(&r, "Rita Regie"));
	assert_true(resp_contains(&r, "Beheerder"));
	resp_free(&r);
	assert_int_equal(server_audit_count(&srv, "login", AUDIT_TOEGESTAAN), before + 1);
	client_free(&c);
}

static void
test_open_redirect_refused(void **state)
{
	struct client c;
	struct resp r;
	(void)state;

	client_init(&c, &srv);
	client_post_form(&c, "/login", "/login", "email=" EMAIL "&wachtwoord=correct+paard+batterij&volgende=%2F%2Fevil.example", &r);
	assert_int_equal(r.status, 303);
	assert_string_equal(resp_header(&r, "Location"), "/");
	resp_free(&r);
	client_free(&c);
}

static void
test_wrong_password_and_unknown_account(void **state)
{
	struct client c;
	long before = server_audit_count(&srv, "login", AUDIT_MISLUKT);
	(void)state;

	client_init(&c, &srv);
	assert_int_equal(client_login(&c, "ina@test.example", "fout-wachtwoord"), 401);
	assert_int_equal(client_login(&c, "niemand@test.example", "wat-dan-ook"), 401);
	assert_int_equal(server_audit_count(&srv, "login", AUDIT_MISLUKT), before + 2);
	/* the right password still works: one failure does not block */
	assert_int_equal(client_login(&c, "ina@test.example", "wachtwoord-ina"), 303);
	client_free(&c);
}

static void
test_throttling_blocks_even_the_right_password(void **state)
{
	struct client c;
	struct resp r;
	(void)state;

	client_init(&c, &srv);
	for (int i = 0; i < 3; i++)
		assert_int_equal(client_login(&c, "blok@test.example", "fout"), 401);
	client_post_form(&c, "/login", "/login", "email=blok%40test.example&wachtwoord=wachtwoord-bo", &r);
	assert_int_equal(r.status, 429);
	assert_true(resp_contains(&r, "Te veel mislukte inlogpogingen"));
	assert_non_null(resp_header(&r, "Retry-After"));
	resp_free(&r);
	assert_true(server_audit_count(&srv, "login", AUDIT_GEWEIGERD) >= 1);
	client_free(&c);
}

static void
test_login_without_csrf_refused(void **state)
{
	struct client c;
	struct resp r;
	const char *h[] = { "Content-Type: application/x-www-form-urlencoded", NULL };
	const char *body = "email=" EMAIL "&wachtwoord=correct+paard+batterij";
	(void)state;

	client_init(&c, &srv);
	assert_int_equal(client_req(&c, "POST", "/login", h, body, strlen(body), &r), 0);
	assert_int_equal(r.status, 403);
	assert_null(strstr(buf_str(&r.headers), "Set-Cookie: sessie="));
	resp_free(&r);
	client_free(&c);
}

static void
test_logout_needs_csrf_and_ends_session_server_side(void **state)
{
	struct client c, thief;
	struct resp r;
	const char *h[] = { "Content-Type: application/x-www-form-urlencoded", NULL };
	char csrf[65], body[128], cookie[200];
	const char *ch[] = { cookie, NULL };
	struct curl_slist *cookies = NULL;
	(void)state;

	client_init(&c, &srv);
	assert_int_equal(client_login(&c, EMAIL, PASSWORD), 303);
	curl_easy_getinfo(c.curl, CURLINFO_COOKIELIST, &cookies);
	assert_non_null(cookies);
	snprintf(cookie, sizeof(cookie), "Cookie: sessie=%s", strrchr(cookies->data, '\t') + 1);
	curl_slist_free_all(cookies);

	assert_int_equal(client_req(&c, "POST", "/uitloggen", h, "csrf=verkeerd", 13, &r), 0);
	assert_int_equal(r.status, 403);   /* wrong token: still signed in */
	resp_free(&r);
	assert_int_equal(client_req(&c, "GET", "/", NULL, NULL, 0, &r), 0);
	assert_int_equal(r.status, 200);
	resp_free(&r);

	assert_int_equal(client_csrf(&c, "/", csrf), 0);
	snprintf(body, sizeof(body), "csrf=%s", csrf);
	assert_int_equal(client_req(&c, "POST", "/uitloggen", h, body, strlen(body), &r), 0);
	assert_int_equal(r.status, 303);
	resp_free(&r);

	/* the old cookie value, replayed by someone who kept it, is worthless now */
	client_init(&thief, &srv);
	assert_int_equal(client_req(&thief, "GET", "/", ch, NULL, 0, &r), 0);
	assert_int_equal(r.status, 303);
	resp_free(&r);
	client_free(&thief);
	client_free(&c);
}

static void
session_cookie(struct client *c, char out[100])
{
	struct curl_slist *cookies = NULL, *p;

	out[0] = '\0';
	curl_easy_getinfo(c->curl, CURLINFO_COOKIELIST, &cookies);
	for (p = cookies; p != NULL; p = p->next)
		if (strstr(p->data, "\tsessie\t") != NULL)
			snprintf(out, 100, "%s", strrchr(p->data, '\t') + 1);
	curl_slist_free_all(cookies);
}

static void
test_new_session_id_at_each_login(void **state)
{
	struct client a, b;
	char fixed[100], first[100], second[100];
	(void)state;

	/* a session id planted before login (fixation) is never adopted */
	memset(fixed, 'a', 64);
	fixed[64] = '\0';
	client_init(&a, &srv);
	client_init(&b, &srv);
	curl_easy_setopt(a.curl, CURLOPT_COOKIELIST, "127.0.0.1\tFALSE\t/\tFALSE\t0\tsessie\taaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
	assert_int_equal(client_login(&a, EMAIL, PASSWORD), 303);
	session_cookie(&a, first);
	assert_int_equal(strlen(first), 64);
	assert_string_not_equal(first, fixed);
	assert_int_equal(client_login(&b, EMAIL, PASSWORD), 303);
	session_cookie(&b, second);
	assert_int_equal(strlen(second), 64);
	assert_string_not_equal(first, second);
	client_free(&a);
	client_free(&b);
}

static void
test_idle_session_expires(void **state)
{
	struct client c;
	struct resp r;
	(void)state;

	client_init(&c, &srv);
	assert_int_equal(client_login(&c, EMAIL, PASSWORD), 303);
	sleep(4);   /* DOORBRAAK_SESSION_IDLE=3 */
	assert_int_equal(client_req(&c, "GET", "/", NULL, NULL, 0, &r), 0);
	assert_int_equal(r.status, 303);
	assert_string_equal(resp_header(&r, "Location"), "/login");
	resp_free(&r);
	client_free(&c);
}

static void
test_disabled_account_cannot_log_in(void **state)
{
	struct client c;
	const char *args[] = { "user", "disable", "ina@test.example", NULL };
	(void)state;

	client_init(&c, &srv);
	assert_int_equal(server_cli(&srv, NULL, NULL, args), 0);
	assert_int_equal(client_login(&c, "ina@test.example", "wachtwoord-ina"), 401);
	client_free(&c);
}

static long
post_login_with(const char *const *extra)
{
	struct client c;
	struct resp r;
	char csrf[65], body[512];
	const char *h[6] = { "Content-Type: application/x-www-form-urlencoded" };
	long status;

	for (int i = 0; extra[i] != NULL && i < 4; i++)
		h[i + 1] = extra[i];
	client_init(&c, &srv);
	assert_int_equal(client_csrf(&c, "/login", csrf), 0);
	snprintf(body, sizeof(body), "csrf=%s&email=" EMAIL "&wachtwoord=correct+paard+batterij", csrf);
	assert_int_equal(client_req(&c, "POST", "/login", h, body, strlen(body), &r), 0);
	status = r.status;
	resp_free(&r);
	client_free(&c);
	return status;
}

static void
test_origin_checks(void **state)
{
	char own[96];
	const char *same[] = { own, NULL };
	const char *null_same_site[] = { "Origin: null", "Sec-Fetch-Site: same-origin", NULL };
	const char *null_cross[] = { "Origin: null", "Sec-Fetch-Site: cross-site", NULL };
	const char *null_bare[] = { "Origin: null", NULL };
	const char *evil[] = { "Origin: http://evil.example", NULL };
	(void)state;

	snprintf(own, sizeof(own), "Origin: %s", srv.base);
	assert_int_equal(post_login_with(same), 303);
	assert_int_equal(post_login_with(null_same_site), 303);   /* Chromium under no-referrer */
	assert_int_equal(post_login_with(null_cross), 403);
	assert_int_equal(post_login_with(null_bare), 403);
	assert_int_equal(post_login_with(evil), 403);
}

/* The stored argon2id hash of an account (arena-owned copy in out). */
static void
stored_hash(const char *email, char out[256])
{
	struct err e = { 0 };
	struct store *st = store_open(srv.db, &e);
	struct arena *a = arena_new();
	struct gebruiker u;

	assert_non_null(st);
	assert_int_equal(store_user_by_email(st, a, email, &u, &e), ERR_OK);
	snprintf(out, 256, "%s", u.password_hash);
	arena_free(a);
	store_close(st);
}

/* A hash made with other argon2id parameters is made again, with the server's, at the next login. */
static void
test_rehash_when_parameters_change(void **state)
{
	struct client c;
	char before[256], after[256];
	(void)state;

	setenv("DOORBRAAK_PWHASH_MEM", "20971520", 1);   /* 20 MiB for this account; the server uses 19 MiB */
	assert_int_equal(server_add_user(&srv, "herhash@test.example", "Hanna Herhash", "beheerder",
	    "een wachtwoord om opnieuw te hashen"), 0);
	setenv("DOORBRAAK_PWHASH_MEM", "19922944", 1);
	stored_hash("herhash@test.example", before);
	assert_non_null(strstr(before, "$argon2id$"));
	assert_non_null(strstr(before, "m=20480,"));
	client_init(&c, &srv);
	assert_int_equal(client_login(&c, "herhash@test.example", "een wachtwoord om opnieuw te hashen"), 303);
	client_free(&c);
	stored_hash("herhash@test.example", after);
	assert_non_null(strstr(after, "m=19456,"));
	assert_string_not_equal(before, after);
	client_init(&c, &srv);   /* and the new hash works */
	assert_int_equal(client_login(&c, "herhash@test.example", "een wachtwoord om opnieuw te hashen"), 303);
	client_free(&c);
	stored_hash("herhash@test.example", before);
	assert_string_equal(before, after);   /* same parameters: no second rehash */
}

/* A common password is refused when an account is made. */
static void
test_common_password_refused(void **state)
{
	(void)state;
	assert_int_equal(server_add_user(&srv, "gewoon@test.example", "Gijs Gewoon", "indiener", "Wachtwoord123"), 2);
	assert_int_equal(server_add_user(&srv, "gewoon@test.example", "Gijs Gewoon", "indiener", "\xf0\x9f\x98\x80\xf0\x9f\x98\x80"), 2);
	assert_int_equal(server_add_user(&srv, "gewoon@test.example", "Gijs Gewoon", "indiener", "een eigen zin van mij"), 0);
}

/* ---- 60 wrong passwords at the same moment ---------------------------------------------- */

#define RACERS 60

struct racer {
	struct server_proc *srv;
	const char *token;
	pthread_barrier_t *start;
	long status;
};

static void *
race_one(void *arg)
{
	struct racer *rc = arg;
	struct client c;
	struct resp r;
	char cookie[128], body[256];
	const char *h[] = { "Content-Type: application/x-www-form-urlencoded", cookie, NULL };

	snprintf(cookie, sizeof(cookie), "Cookie: login_csrf=%s", rc->token);
	snprintf(body, sizeof(body), "csrf=%s&email=race%%40test.example&wachtwoord=fout-wachtwoord", rc->token);
	client_init(&c, rc->srv);
	pthread_barrier_wait(rc->start);
	rc->status = client_req(&c, "POST", "/login", h, body, strlen(body), &r) == 0 ? r.status : -1;
	if (rc->status >= 0)
		resp_free(&r);
	client_free(&c);
	return NULL;
}

/* The attempts are counted in one transaction before the password is checked: of 60 wrong passwords sent
   at once to a server with 16 worker threads, at most the limit (5) are checked; the rest get 429. */
static void
test_concurrent_wrong_passwords_counted(void **state)
{
	const char *env[] = { "DOORBRAAK_LOGIN_MAX_FAILURES=5", "DOORBRAAK_THREADS=16", NULL };
	struct server_proc race;
	struct racer rc[RACERS];
	pthread_t th[RACERS];
	pthread_barrier_t start;
	struct client c;
	char token[65];
	int checked = 0, refused = 0;
	(void)state;

	assert_int_equal(server_start(&race, env), 0);
	assert_int_equal(server_add_user(&race, "race@test.example", "Rudi Race", "indiener", "het-goede-wachtwoord"), 0);
	client_init(&c, &race);
	assert_int_equal(client_csrf(&c, "/login", token), 0);   /* one form token, shared by all */
	client_free(&c);
	pthread_barrier_init(&start, NULL, RACERS);
	for (int i = 0; i < RACERS; i++) {
		rc[i] = (struct racer){ &race, token, &start, 0 };
		assert_int_equal(pthread_create(&th[i], NULL, race_one, &rc[i]), 0);
	}
	for (int i = 0; i < RACERS; i++)
		pthread_join(th[i], NULL);
	pthread_barrier_destroy(&start);
	for (int i = 0; i < RACERS; i++) {
		if (rc[i].status == 401)
			checked++;
		else if (rc[i].status == 429)
			refused++;
		else
			fail_msg("attempt %d answered %ld, not 401 or 429", i, rc[i].status);
	}
	print_message("# %d of %d wrong passwords were checked, %d refused with 429\n", checked, RACERS, refused);
	assert_true(checked <= 5);
	assert_int_equal(checked + refused, RACERS);
	assert_int_equal(server_audit_count(&race, "login", AUDIT_MISLUKT), checked);   /* one row per check */
	/* and the right password is refused too while the block lasts */
	client_init(&c, &race);
	assert_int_equal(client_login(&c, "race@test.example", "het-goede-wachtwoord"), 429);
	client_free(&c);
	assert_int_equal(server_stop(&race), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_login_sets_safe_cookie_and_shows_user),
		cmocka_unit_test(test_open_redirect_refused),
		cmocka_unit_test(test_wrong_password_and_unknown_account),
		cmocka_unit_test(test_throttling_blocks_even_the_right_password),
		cmocka_unit_test(test_login_without_csrf_refused),
		cmocka_unit_test(test_origin_checks),
		cmocka_unit_test(test_logout_needs_csrf_and_ends_session_server_side),
		cmocka_unit_test(test_new_session_id_at_each_login),
		cmocka_unit_test(test_idle_session_expires),
		cmocka_unit_test(test_disabled_account_cannot_log_in),
		cmocka_unit_test(test_rehash_when_parameters_change),
		cmocka_unit_test(test_common_password_refused),
		cmocka_unit_test(test_concurrent_wrong_passwords_counted),
	};

	curl_global_init(CURL_GLOBAL_DEFAULT);
	return cmocka_run_group_tests(tests, setup, teardown);
}
