/* test_totp.c - the second factor over HTTP: setting it up (QR code, secret, recovery codes), codes once, the window, throttling. */
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "client.h"
#include "core/tweede_factor.h"
#include "lib/totp.h"

static struct server_proc srv;
#define PW "een wachtwoord met twee stappen"

static int
setup(void **state)
{
	(void)state;
	return server_start(&srv, NULL);
}

static int
teardown(void **state)
{
	(void)state;
	return server_stop(&srv) == 0 ? 0 : -1;
}

static void
add(const char *email, const char *rol)
{
	assert_int_equal(server_add_user(&srv, email, "Tess Twee", rol, PW), 0);
}

static void
form_post(struct client *c, const char *path, const char *fields, struct resp *r)
{
	const char *h[] = { "Content-Type: application/x-www-form-urlencoded", NULL };
	char csrf[65], body[512];
	struct resp page;

	assert_int_equal(client_req(c, "GET", path, NULL, NULL, 0, &page), 0);
	assert_int_equal(page.status, 200);
	assert_int_equal(html_hidden(&page, "csrf", csrf, sizeof(csrf)), 0);
	resp_free(&page);
	snprintf(body, sizeof(body), "csrf=%s&%s", csrf, fields);
	assert_int_equal(client_req(c, "POST", path, h, body, strlen(body), r), 0);
}

/* Sets up the second factor of a new account; returns its secret, (when codes is not NULL) the 10 recovery codes,
   and the time step whose code it used. */
static int64_t
enrol(struct client *c, const char *email, char secret[64], char codes[10][32])
{
	int64_t step;
	char loc[128], code[TOTP_CODE_LEN], fields[64];
	struct resp page, r;
	const char *p;
	size_t n = 0;

	client_init(c, &srv);
	assert_int_equal(client_login_password(c, email, PW, loc, sizeof(loc)), 303);
	assert_string_equal(loc, "/login/inschrijven");
	assert_int_equal(client_get(c, "/login/inschrijven", &page), 200);
	assert_true(resp_contains(&page, "<img src=\"data:image/svg+xml;base64,"));
	assert_non_null(p = strstr(buf_str(&page.body), "id=\"totp-geheim\">"));
	for (p += strlen("id=\"totp-geheim\">"); *p != '<'; p++)
		if (*p != ' ')
			secret[n++] = *p;
	secret[n] = '\0';
	assert_int_equal(strlen(secret), 32);
	resp_free(&page);
	step = totp_stap(time(NULL));
	assert_int_equal(totp_code(secret, (uint64_t)step, code), 0);
	snprintf(fields, sizeof(fields), "code=%s", code);
	form_post(c, "/login/inschrijven", fields, &r);
	assert_int_equal(r.status, 200);
	assert_true(resp_contains(&r, "Uw herstelcodes"));
	p = buf_str(&r.body);
	for (int i = 0; i < 10; i++) {
		assert_non_null(p = strstr(p, "<code>"));
		p += 6;
		if (codes != NULL)
			snprintf(codes[i], 32, "%.23s", p);
	}
	assert_null(strstr(p, "<code>"));   /* exactly ten */
	resp_free(&r);
	return step;
}

/* Password, then the code of time step `step`; returns the status of the code POST. */
static long
login_with_step(const char *email, const char *secret, int64_t step, struct client *c)
{
	char loc[128], code[TOTP_CODE_LEN], fields[64];
	struct resp r;
	long status;

	client_init(c, &srv);
	assert_int_equal(client_login_password(c, email, PW, loc, sizeof(loc)), 303);
	assert_string_equal(loc, "/login/code");
	assert_int_equal(totp_code(secret, (uint64_t)step, code), 0);
	snprintf(fields, sizeof(fields), "code=%s", code);
	form_post(c, "/login/code", fields, &r);
	status = r.status;
	resp_free(&r);
	return status;
}

static void
test_enrol_with_qr_and_secret(void **state)
{
	struct client c;
	struct resp r;
	char loc[128], secret[64], codes[10][32];
	long before = server_audit_count(&srv, "tweede_factor.instellen", AUDIT_TOEGESTAAN);
	(void)state;

	add("nieuw@test.example", "indiener");
	/* half-way (password right, nothing set up yet) the session gives no rights at all */
	client_init(&c, &srv);
	assert_int_equal(client_login_password(&c, "nieuw@test.example", PW, loc, sizeof(loc)), 303);
	assert_string_equal(loc, "/login/inschrijven");
	assert_int_equal(client_get(&c, "/", &r), 303);
	assert_int_equal(strncmp(resp_header(&r, "Location"), "/login", 6), 0);
	resp_free(&r);
	assert_int_equal(client_get(&c, "/casussen", &r), 303);
	resp_free(&r);
	assert_int_equal(client_get(&c, "/login/code", &r), 303);   /* the other step is not this session's */
	resp_free(&r);
	form_post(&c, "/login/inschrijven", "code=000000", &r);      /* a wrong code */
	assert_int_equal(r.status, 401);
	assert_true(resp_contains(&r, "De code klopt niet"));
	resp_free(&r);
	client_free(&c);

	enrol(&c, "nieuw@test.example", secret, codes);
	assert_int_equal(client_get(&c, "/casussen", &r), 200);   /* signed in */
	resp_free(&r);
	client_free(&c);
	for (int i = 0; i < 10; i++)
		for (int j = 0; j < i; j++)
			assert_string_not_equal(codes[i], codes[j]);
	assert_int_equal(server_audit_count(&srv, "tweede_factor.instellen", AUDIT_TOEGESTAAN), before + 1);
	assert_true(server_audit_count(&srv, "tweede_factor.instellen", AUDIT_MISLUKT) >= 1);
}

/* A used code cannot be used again, not even in another session; the next step's code works. */
static void
test_code_once_window_one_step(void **state)
{
	struct client c, d, e;
	char secret[64], code[TOTP_CODE_LEN], fields[64], loc[128];
	struct resp r;
	int64_t used;
	(void)state;

	add("eenmaal@test.example", "regievoerder");
	used = enrol(&c, "eenmaal@test.example", secret, NULL);
	client_free(&c);
	assert_int_equal(login_with_step("eenmaal@test.example", secret, used, &c), 401);   /* replay of that code */
	client_free(&c);
	/* three steps ahead is outside the window (even if the clock moves on meanwhile) */
	assert_int_equal(login_with_step("eenmaal@test.example", secret, totp_stap(time(NULL)) + 3, &c), 401);
	client_free(&c);
	used = totp_stap(time(NULL)) + 1;   /* one step ahead is inside */
	assert_int_equal(login_with_step("eenmaal@test.example", secret, used, &c), 303);
	assert_int_equal(client_get(&c, "/", &r), 200);
	resp_free(&r);
	client_free(&c);
	assert_int_equal(login_with_step("eenmaal@test.example", secret, used - 1, &c), 401);   /* older than the last */
	client_free(&c);

	/* two sessions that send one code one after the other: the step moves forward once, so one of them wins */
	add("tweemaal@test.example", "regievoerder");
	enrol(&c, "tweemaal@test.example", secret, NULL);   /* used the code of now */
	client_free(&c);
	client_init(&d, &srv);
	client_init(&e, &srv);
	assert_int_equal(client_login_password(&d, "tweemaal@test.example", PW, loc, sizeof(loc)), 303);
	assert_int_equal(client_login_password(&e, "tweemaal@test.example", PW, loc, sizeof(loc)), 303);
	assert_int_equal(totp_code(secret, (uint64_t)(totp_stap(time(NULL)) + 1), code), 0);
	snprintf(fields, sizeof(fields), "code=%s", code);
	form_post(&d, "/login/code", fields, &r);
	assert_int_equal(r.status, 303);
	resp_free(&r);
	form_post(&e, "/login/code", fields, &r);
	assert_int_equal(r.status, 401);
	assert_true(resp_contains(&r, "al gebruikt"));
	resp_free(&r);
	client_free(&d);
	client_free(&e);
}

static void
test_recovery_code_once(void **state)
{
	struct client c;
	struct resp r;
	char secret[64], codes[10][32], loc[128], fields[80];
	long before = server_audit_count(&srv, "login.herstelcode", AUDIT_TOEGESTAAN);
	(void)state;

	add("herstel@test.example", "ambassadeur");
	enrol(&c, "herstel@test.example", secret, codes);
	client_free(&c);
	for (int round = 0; round < 2; round++) {
		client_init(&c, &srv);
		assert_int_equal(client_login_password(&c, "herstel@test.example", PW, loc, sizeof(loc)), 303);
		snprintf(fields, sizeof(fields), "herstelcode=%s", codes[3]);
		form_post(&c, "/login/code", fields, &r);
		assert_int_equal(r.status, round == 0 ? 303 : 401);   /* the second time it is used up */
		resp_free(&r);
		client_free(&c);
	}
	assert_int_equal(server_audit_count(&srv, "login.herstelcode", AUDIT_TOEGESTAAN), before + 1);
	client_init(&c, &srv);   /* another code still works, typed in capitals with spaces */
	assert_int_equal(client_login_password(&c, "herstel@test.example", PW, loc, sizeof(loc)), 303);
	for (char *p = codes[4]; *p; p++)
		*p = *p == '-' ? '+' : (char)(*p >= 'a' && *p <= 'z' ? *p - 32 : *p);
	snprintf(fields, sizeof(fields), "herstelcode=%s", codes[4]);
	form_post(&c, "/login/code", fields, &r);
	assert_int_equal(r.status, 303);
	resp_free(&r);
	client_free(&c);
}

/* Wrong codes count on the account like wrong passwords: after the limit even the right code gets 429. */
static void
test_wrong_codes_throttled(void **state)
{
	struct client c;
	struct resp r;
	char secret[64], loc[128];
	(void)state;

	add("raden@test.example", "onderzoeker");
	enrol(&c, "raden@test.example", secret, NULL);
	client_free(&c);
	client_init(&c, &srv);
	assert_int_equal(client_login_password(&c, "raden@test.example", PW, loc, sizeof(loc)), 303);
	for (int i = 0; i < 5; i++) {   /* DOORBRAAK_LOGIN_MAX_FAILURES: 5 */
		form_post(&c, "/login/code", "code=111111", &r);
		assert_int_equal(r.status, 401);
		resp_free(&r);
	}
	form_post(&c, "/login/code", "code=222222", &r);
	assert_int_equal(r.status, 429);
	assert_non_null(resp_header(&r, "Retry-After"));
	resp_free(&r);
	client_free(&c);
	/* and a new password login does not buy new guesses */
	client_init(&c, &srv);
	assert_int_equal(client_login_password(&c, "raden@test.example", PW, loc, sizeof(loc)), 429);
	client_free(&c);
	assert_true(server_audit_count(&srv, "login.code", AUDIT_MISLUKT) >= 5);
}

/* The beheerder sees no case data and signs in in one step; API tokens need no second factor. */
static void
test_beheerder_one_step_and_tokens_unaffected(void **state)
{
	struct client c;
	struct resp r;
	char loc[128], token[65];
	json_t *j;
	long status;
	(void)state;

	add("beheer@test.example", "beheerder");
	client_init(&c, &srv);
	assert_int_equal(client_login_password(&c, "beheer@test.example", PW, loc, sizeof(loc)), 303);
	assert_string_equal(loc, "/");
	assert_int_equal(client_get(&c, "/beheer", &r), 200);
	resp_free(&r);
	client_free(&c);

	add("api2@test.example", "regievoerder");   /* never set up a second factor */
	assert_int_equal(server_token(&srv, "api2@test.example", token), 0);
	j = client_api_json(&srv, token, "GET", "/api/v1/mij", NULL, &status);
	assert_int_equal(status, 200);
	json_decref(j);
}

/* A lost phone: `user tweede-stap-wissen` removes it; the next login sets up a new one. */
static void
test_reset_and_new_session_ids(void **state)
{
	const char *args[] = { "user", "tweede-stap-wissen", "wis@test.example", NULL };
	struct client c;
	char secret[64], again[64], loc[128];
	(void)state;

	add("wis@test.example", "indiener");
	enrol(&c, "wis@test.example", secret, NULL);
	client_free(&c);
	assert_int_equal(server_cli(&srv, NULL, NULL, args), 0);
	client_init(&c, &srv);
	assert_int_equal(client_login_password(&c, "wis@test.example", PW, loc, sizeof(loc)), 303);
	assert_string_equal(loc, "/login/inschrijven");
	client_free(&c);
	enrol(&c, "wis@test.example", again, NULL);
	assert_string_not_equal(secret, again);
	client_free(&c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_enrol_with_qr_and_secret),
		cmocka_unit_test(test_recovery_code_once),
		cmocka_unit_test(test_wrong_codes_throttled),
		cmocka_unit_test(test_beheerder_one_step_and_tokens_unaffected),
		cmocka_unit_test(test_reset_and_new_session_ids),
		cmocka_unit_test(test_code_once_window_one_step),
	};

	curl_global_init(CURL_GLOBAL_DEFAULT);
	return cmocka_run_group_tests(tests, setup, teardown);
}
