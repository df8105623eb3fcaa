/* test_smtp.c - e-mail of notifications through a real SMTP server on loopback (Debian's python3-aiosmtpd,
   started and stopped by this test): the relay is down for at least five minutes of the sender's clock
   (DOORBRAAK_TEST_TIJDSCHAAL runs it 60 times faster) while 200 events happen on the demo database; once it is
   back every notification is delivered exactly once (Message-IDs counted against the outbox: none lost, none
   doubled), and no e-mail holds a name or free text of any casus. */
#include "harness.h"

#include <arpa/inet.h>
#include <dirent.h>
#include <netinet/in.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "client.h"
#include "lib/date.h"

#define SCHAAL 60                 /* the sender's clock runs 60 times faster: 5 minutes take 5 seconds */
#define GEBEURTENISSEN 200
#define REGIE "regievoerder@demo.doorbraak.nl"
#define INDIENER "indiener@demo.doorbraak.nl"
#define AMBASSADEUR "ambassadeur@demo.doorbraak.nl"

static struct server_proc srv;
static int relay_port;
static pid_t relay_pid;
static char tmpdir[256], maildir[300], tok_regie[65], tok_indiener[65];

static int
vrije_poort(void)
{
	struct sockaddr_in a = { .sin_family = AF_INET };
	socklen_t n = sizeof(a);
	int fd = socket(AF_INET, SOCK_STREAM, 0), port = -1;

	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (fd >= 0 && bind(fd, (struct sockaddr *)&a, sizeof(a)) == 0 &&
	    getsockname(fd, (struct sockaddr *)&a, &n) == 0)
		port = ntohs(a.sin_port);
	if (fd >= 0)
		close(fd);
	return port;
}

static bool
luistert(int port)
{
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons((uint16_t)port) };
	int fd = socket(AF_INET, SOCK_STREAM, 0);
	bool ok;

	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	ok = fd >= 0 && connect(fd, (struct sockaddr *)&a, sizeof(a)) == 0;
	if (fd >= 0)
		close(fd);
	return ok;
}

/* Starts aiosmtpd on the relay port, writing every message it accepts into maildir (a Maildir). */
static int
relay_start(void)
{
	char listen[64];

	snprintf(listen, sizeof(listen), "127.0.0.1:%d", relay_port);
	if ((relay_pid = fork()) == 0) {
		execl("/usr/bin/python3", "python3", "-m", "aiosmtpd", "-n", "-l", listen, "-c",
		    "aiosmtpd.handlers.Mailbox", maildir, (char *)NULL);
		_exit(127);
	}
	for (int i = 0; i < 600; i++) {   /* at most 60 s for Python to start */
		if (luistert(relay_port))
			return 0;
		usleep(100 * 1000);
	}
	return -1;
}

static void
relay_stop(void)
{
	if (relay_pid > 0) {
		kill(relay_pid, SIGTERM);
		waitpid(relay_pid, NULL, 0);
	}
	relay_pid = 0;
}

static double
nu(void)
{
	struct timespec t;

	clock_gettime(CLOCK_REALTIME, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static sqlite3 *
db_open(void)
{
	sqlite3 *db = NULL;

	assert_int_equal(sqlite3_open(srv.db, &db), SQLITE_OK);
	sqlite3_busy_timeout(db, 10000);
	return db;
}

static long
db_getal(const char *sql)
{
	sqlite3 *db = db_open();
	sqlite3_stmt *q = NULL;
	long n = -1;

	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &q, NULL), SQLITE_OK);
	if (sqlite3_step(q) == SQLITE_ROW)
		n = sqlite3_column_int(q, 0);
	sqlite3_finalize(q);
	sqlite3_close(db);
	return n;
}

/* The first column of every row of sql, as strings (NULLs left out); free with lijst_free. */
static char **
db_lijst(const char *sql, size_t *n)
{
	sqlite3 *db = db_open();
	sqlite3_stmt *q = NULL;
	char **v = NULL;
	size_t k = 0;

	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &q, NULL), SQLITE_OK);
	while (sqlite3_step(q) == SQLITE_ROW) {
		const unsigned char *t = sqlite3_column_text(q, 0);

		if (t == NULL)
			continue;
		v = realloc(v, sizeof(*v) * (k + 1));
		v[k++] = strdup((const char *)t);
	}
	sqlite3_finalize(q);
	sqlite3_close(db);
	*n = k;
	return v;
}

static void
lijst_free(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

/* Every message the relay wrote, each file's whole text. */
static char **
berichten(size_t *n)
{
	char dir[400], f[700];
	DIR *d;
	struct dirent *de;
	char **v = NULL;
	size_t k = 0;

	snprintf(dir, sizeof(dir), "%s/new", maildir);
	if ((d = opendir(dir)) == NULL) {
		*n = 0;
		return NULL;
	}
	while ((de = readdir(d)) != NULL) {
		FILE *fp;
		struct buf b;
		char chunk[4096];
		size_t r;

		if (de->d_name[0] == '.')
			continue;
		snprintf(f, sizeof(f), "%s/%s", dir, de->d_name);
		if ((fp = fopen(f, "r")) == NULL)
			continue;
		buf_init(&b, 0);
		while ((r = fread(chunk, 1, sizeof(chunk), fp)) > 0)
			buf_append(&b, chunk, r);
		fclose(fp);
		v = realloc(v, sizeof(*v) * (k + 1));
		v[k++] = strdup(buf_str(&b));
		buf_free(&b);
	}
	closedir(d);
	*n = k;
	return v;
}

/* The Message-ID header of a message, in out ("" when it has none). */
static void
message_id(const char *m, char *out, size_t len)
{
	const char *p = strcasestr(m, "\nMessage-ID:");

	out[0] = '\0';
	if (p == NULL)
		return;
	p += 12;
	while (*p == ' ')
		p++;
	snprintf(out, len, "%.*s", (int)strcspn(p, "\r\n"), p);
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int
setup(void **state)
{
	const char *init[] = { "init", "--demo", NULL };
	char url[64];
	(void)state;

	relay_port = vrije_poort();
	snprintf(tmpdir, sizeof(tmpdir), "/tmp/doorbraak-smtp-XXXXXX");
	if (relay_port <= 0 || mkdtemp(tmpdir) == NULL)
		return -1;
	snprintf(maildir, sizeof(maildir), "%s/post", tmpdir);
	snprintf(url, sizeof(url), "smtp://127.0.0.1:%d", relay_port);
	setenv("DOORBRAAK_SMTP_URL", url, 1);
	setenv("DOORBRAAK_SMTP_AFZENDER", "meldingen@doorbraak.test", 1);
	setenv("DOORBRAAK_URL", "https://doorbraak.test", 1);
	setenv("DOORBRAAK_TEST_TIJDSCHAAL", "60", 1);
	setenv("DOORBRAAK_SMTP_INTERVAL_MS", "200", 1);
	setenv("DOORBRAAK_RETENTIE_DAGELIJKS", "0", 1);
	/* the server on the demo database: started once on an empty one, then again on a fresh demo database */
	if (server_start(&srv, NULL) != 0 || server_stop_keep(&srv) != 0)
		return -1;
	snprintf(srv.db, sizeof(srv.db), "%s/demo.db", srv.dir);
	if (cli_run(srv.db, init, NULL, NULL) != 0 || server_restart(&srv) != 0)
		return -1;
	if (server_token(&srv, REGIE, tok_regie) != 0 || server_token(&srv, INDIENER, tok_indiener) != 0)
		return -1;
	/* a second regievoerder: each aanmelding notifies two */
	if (server_add_user(&srv, "tweede.regievoerder@demo.doorbraak.nl", "Tweede Regievoerder", "regievoerder",
	    "wachtwoord-test-123") != 0)
		return -1;
	return 0;
}

static int
teardown(void **state)
{
	char cmd[400];
	(void)state;

	relay_stop();
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", tmpdir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", maildir);
	return server_stop(&srv) == 0 ? 0 : -1;
}

static long
api(const char *tok, const char *method, const char *path, const char *body)
{
	long status = 0;
	json_t *j = client_api_json(&srv, tok, method, path, body, &status);

	json_decref(j);
	return status;
}

/* The 200 events while the relay is down: new aanmeldingen, assignments, invitations and closures. */
static int
gebeurtenissen(void)
{
	size_t naangemeld, nbehandeling;
	char **aangemeld = db_lijst("SELECT referentie FROM casus WHERE status = 'aangemeld' ORDER BY referentie",
	    &naangemeld);
	char **behandeling = db_lijst("SELECT referentie FROM casus c WHERE status = 'in_behandeling' AND NOT EXISTS"
	    " (SELECT 1 FROM casus_deelnemer d JOIN persoon p ON p.id = d.persoon_id WHERE d.casus_id = c.id AND"
	    " p.email = '" AMBASSADEUR "') ORDER BY referentie", &nbehandeling);
	char path[128], body[256], vandaag[DATE_STRLEN];
	int n = 0, nieuw;

	date_format(date_today_local(time(NULL)), vandaag);
	assert_true(naangemeld >= 7);
	assert_true(nbehandeling >= 8);
	for (size_t i = 0; i < 7; i++, n++) {
		snprintf(path, sizeof(path), "/api/v1/casussen/%s", aangemeld[i]);
		assert_int_equal(api(tok_regie, "PATCH", path, "{\"regievoerder\":{\"email\":\"" REGIE "\"}}"), 200);
	}
	for (size_t i = 0; i < 5; i++, n++) {
		snprintf(path, sizeof(path), "/api/v1/casussen/%s/deelnemers", behandeling[i]);
		assert_int_equal(api(tok_regie, "POST", path, "{\"email\":\"" AMBASSADEUR "\",\"rol\":\"ambassadeur\"}"),
		    201);
	}
	for (size_t i = 5; i < 8; i++, n++) {
		snprintf(path, sizeof(path), "/api/v1/casussen/%s", behandeling[i]);
		snprintf(body, sizeof(body), "{\"afgerondOp\":\"%s\",\"resultaat\":\"Afgerond voor de e-mailtest.\"}",
		    vandaag);
		assert_int_equal(api(tok_regie, "PATCH", path, body), 200);
	}
	for (nieuw = 0; n < GEBEURTENISSEN; n++, nieuw++) {
		snprintf(body, sizeof(body), "{\"hulpvraag\":\"Vastgelopen aanmelding nummer %d voor de e-mailtest\","
		    "\"situatie\":\"Een huishouden in de wijk Klaproosveld, %d\",\"leefgebieden\":[\"wonen\"]}", nieuw, nieuw);
		assert_int_equal(api(tok_indiener, "POST", "/api/v1/casussen", body), 201);
	}
	lijst_free(aangemeld, naangemeld);
	lijst_free(behandeling, nbehandeling);
	return n;
}

static void
test_relay_weg_dan_precies_eenmaal(void **state)
{
	double t0 = nu(), omlaag;
	long verwacht, verzonden, mislukt, wacht, pogingen;
	size_t nber = 0, nids = 0, uniek = 0, gevonden = 0;
	char **ber, **ids, id[200];
	int n;
	(void)state;

	assert_int_equal(db_getal("SELECT count(*) FROM notificatie"), 0);
	n = gebeurtenissen();
	assert_int_equal(n, GEBEURTENISSEN);
	/* the relay stays down until five minutes of the sender's clock have passed since the first event */
	while ((nu() - t0) * SCHAAL < 300.0)
		usleep(100 * 1000);
	omlaag = (nu() - t0) * SCHAAL;
	verwacht = db_getal("SELECT count(*) FROM notificatie WHERE mail <> 'geen'");
	printf("# %ld notifications of the %d events (%ld without an e-mail address)\n", verwacht, n,
	    db_getal("SELECT count(*) FROM notificatie WHERE mail = 'geen'"));
	assert_true(verwacht >= GEBEURTENISSEN);   /* the aanmeldingen alone: one for each of two regievoerders */
	pogingen = db_getal("SELECT count(*) FROM notificatie WHERE pogingen >= 1");
	assert_true(pogingen > 0);   /* the sender did try, and counted the failures */
	assert_int_equal(db_getal("SELECT count(*) FROM notificatie WHERE mail = 'verzonden'"), 0);
	berichten(&nber);
	assert_int_equal(nber, 0);

	assert_int_equal(relay_start(), 0);
	for (int i = 0; i < 3000; i++) {   /* bounded: at most 300 s of real time */
		if (db_getal("SELECT count(*) FROM notificatie WHERE mail = 'wacht'") == 0)
			break;
		usleep(100 * 1000);
	}
	verzonden = db_getal("SELECT count(*) FROM notificatie WHERE mail = 'verzonden'");
	mislukt = db_getal("SELECT count(*) FROM notificatie WHERE mail = 'mislukt'");
	wacht = db_getal("SELECT count(*) FROM notificatie WHERE mail = 'wacht'");
	/* aiosmtpd writes the file before it answers 250, and only then is a row marked verzonden: nothing is early */
	ber = berichten(&nber);
	ids = db_lijst("SELECT message_id FROM notificatie WHERE mail <> 'geen' ORDER BY message_id", &nids);
	{
		char **got = calloc(nber + 1, sizeof(*got));

		for (size_t i = 0; i < nber; i++) {
			message_id(ber[i], id, sizeof(id));
			got[i] = strdup(id);
		}
		qsort(got, nber, sizeof(*got), cmp_str);
		for (size_t i = 0; i < nber; i++)
			if (i == 0 || strcmp(got[i], got[i - 1]) != 0)
				uniek++;
		for (size_t i = 0; i < nids; i++)
			if (bsearch(&ids[i], got, nber, sizeof(*got), cmp_str) != NULL)
				gevonden++;
		lijst_free(got, nber);
	}
	printf("# %d events, relay down for %.0f s of clock time; %ld notifications to e-mail: %zu messages received, "
	    "%zu distinct Message-IDs, %zu of %zu delivered, lost %zu, doubled %zu (outbox: %ld sent, %ld waiting, "
	    "%ld dead letters; %ld had failed attempts)\n", n, omlaag, verwacht, nber, uniek, gevonden, nids,
	    nids - gevonden, nber - uniek, verzonden, wacht, mislukt, pogingen);
	assert_int_equal(nids, (size_t)verwacht);
	assert_int_equal(verzonden, verwacht);
	assert_int_equal(mislukt, 0);
	assert_int_equal(gevonden, nids);   /* none lost */
	assert_int_equal(nber, uniek);      /* none doubled */
	assert_int_equal(nber, nids);

	/* what an e-mail says: the kind, the referentie and a link */
	{
		bool link = false, onderwerp = false;

		for (size_t i = 0; i < nber; i++) {
			link |= strstr(ber[i], "https://doorbraak.test/casussen/PMM-") != NULL;
			onderwerp |= strstr(ber[i], "Subject: Nieuwe aanmelding PMM-") != NULL;
			assert_non_null(strstr(ber[i], "From: doorbraak <meldingen@doorbraak.test>"));
		}
		assert_true(link);
		assert_true(onderwerp);
	}
	lijst_free(ber, nber);
	lijst_free(ids, nids);
}

/* Every e-mail sent during this test against every name and free text of the casussen: 0 found. */
static void
test_geen_casusinhoud_in_email(void **state)
{
	static const char *const bronnen[] = {
		"SELECT naam FROM persoon",
		"SELECT hulpvraag FROM casus", "SELECT situatie FROM casus", "SELECT geprobeerd FROM casus",
		"SELECT resultaat FROM casus", "SELECT omschrijving FROM activiteit", "SELECT omschrijving FROM knelpunt",
	};
	size_t nber = 0, gezocht = 0, gevonden = 0;
	char **ber = berichten(&nber);
	(void)state;

	assert_true(nber >= GEBEURTENISSEN);
	for (size_t b = 0; b < sizeof(bronnen) / sizeof(bronnen[0]); b++) {
		size_t n = 0;
		char **v = db_lijst(bronnen[b], &n);

		for (size_t i = 0; i < n; i++) {
			if (strlen(v[i]) < 6)   /* too short to mean anything on its own */
				continue;
			gezocht++;
			for (size_t m = 0; m < nber; m++) {
				if (strstr(ber[m], v[i]) != NULL) {
					if (gevonden++ < 5)
						fprintf(stderr, "found in an e-mail: \"%.60s\"\n", v[i]);
					break;
				}
			}
		}
		lijst_free(v, n);
	}
	printf("# %zu e-mails scanned for %zu names and free texts: %zu found\n", nber, gezocht, gevonden);
	assert_true(gezocht > 500);
	assert_int_equal(gevonden, 0);
	lijst_free(ber, nber);
}

/*
 * A relay down for longer than the retry period: with the sender's clock
 * 3600 times faster its 25 hours pass in about 25 seconds, the notification
 * becomes a dead letter, the beheerder sees it (no referentie) and sends it
 * again, and once the relay is back it is delivered, once.
 */
static void
test_dead_letter_en_opnieuw(void **state)
{
	struct client c;
	struct resp r;
	char path[96], nieuwste[200] = "";
	long id;
	size_t nber = 0, voor = 0;
	char **ber;
	(void)state;

	relay_stop();
	assert_int_equal(server_stop_keep(&srv), 0);
	setenv("DOORBRAAK_TEST_TIJDSCHAAL", "3600", 1);
	assert_int_equal(server_restart(&srv), 0);
	ber = berichten(&voor);
	lijst_free(ber, voor);
	assert_int_equal(api(tok_indiener, "POST", "/api/v1/casussen",
	    "{\"hulpvraag\":\"Aanmelding die pas na de herhaalperiode aankomt\",\"leefgebieden\":[\"wonen\"]}"), 201);
	id = db_getal("SELECT max(id) FROM notificatie");
	snprintf(path, sizeof(path), "SELECT mail = 'mislukt' FROM notificatie WHERE id = %ld", id);
	for (int i = 0; i < 1200 && db_getal(path) != 1; i++)   /* bounded: at most 120 s of real time */
		usleep(100 * 1000);
	assert_int_equal(db_getal(path), 1);
	snprintf(path, sizeof(path), "SELECT pogingen FROM notificatie WHERE id = %ld", id);
	assert_true(db_getal(path) >= 10);   /* tried again and again, ever less often, before giving up */

	client_login_ok(&c, &srv, "beheerder@demo.doorbraak.nl", "demo-beheer-2026");
	assert_int_equal(client_get(&c, "/beheer/meldingen", &r), 200);
	snprintf(path, sizeof(path), "data-id=\"%ld\"", id);
	assert_true(resp_contains(&r, path));
	assert_true(resp_contains(&r, "Nieuwe aanmelding"));
	assert_false(resp_contains(&r, "PMM-"));   /* the beheerder sees no referentie */
	resp_free(&r);
	snprintf(path, sizeof(path), "/beheer/meldingen/%ld/opnieuw", id);
	assert_int_equal(client_post_form(&c, "/beheer/meldingen", path, "x=1", &r), 303);
	resp_free(&r);
	assert_int_equal(client_post_form(&c, "/beheer/meldingen", path, "x=1", &r), 404);   /* no dead letter now */
	resp_free(&r);
	assert_true(server_audit_count(&srv, "melding.opnieuw", AUDIT_TOEGESTAAN) >= 1);
	client_free(&c);

	assert_int_equal(relay_start(), 0);
	snprintf(path, sizeof(path), "SELECT mail = 'verzonden' FROM notificatie WHERE id = %ld", id);
	for (int i = 0; i < 1200 && db_getal(path) != 1; i++)
		usleep(100 * 1000);
	assert_int_equal(db_getal(path), 1);
	ber = berichten(&nber);
	assert_int_equal(nber, voor + 1);
	snprintf(path, sizeof(path), "SELECT message_id FROM notificatie WHERE id = %ld", id);
	{
		size_t k = 0, keer = 0;
		char **mid = db_lijst(path, &k);

		assert_int_equal(k, 1);
		for (size_t i = 0; i < nber; i++) {
			message_id(ber[i], nieuwste, sizeof(nieuwste));
			keer += strcmp(nieuwste, mid[0]) == 0;
		}
		assert_int_equal(keer, 1);
		lijst_free(mid, k);
	}
	lijst_free(ber, nber);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_relay_weg_dan_precies_eenmaal),
		cmocka_unit_test(test_geen_casusinhoud_in_email),
		cmocka_unit_test(test_dead_letter_en_opnieuw),
	};

	curl_global_init(CURL_GLOBAL_DEFAULT);
	return cmocka_run_group_tests(tests, setup, teardown);
}
