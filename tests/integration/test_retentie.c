/* test_retentie.c - doorbraak retentie: the canary test, statistics kept, the deletion log, the other purges, the daily run in serve. */
#include "harness.h"

#include <ctype.h>
#include <fcntl.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "client.h"
#include "core/retentie.h"
#include "store/store_fts.h"

static struct server_proc srv;
static char tok_rik[65];

/* A word no Dutch text has: its core "kanariexq" is looked for in the raw bytes (FTS5 stores terms with their
   common prefix left out, and no other term starts with "qq"). */
#define CANARY "Qqkanariexq"
#define CANARY_KERN "kanariexq"

static int
setup(void **state)
{
	(void)state;
	if (server_start(&srv, NULL) != 0 ||
	    server_add_user(&srv, "rik@retentie.example", "Rik Regie", "regievoerder", "wachtwoord-test") != 0 ||
	    server_token(&srv, "rik@retentie.example", tok_rik) != 0)
		return -1;
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	return server_stop(&srv) == 0 ? 0 : -1;
}

static long long
sql_getal(const char *q)
{
	sqlite3 *db;
	sqlite3_stmt *s;
	long long v = -1;

	assert_int_equal(sqlite3_open_v2(srv.db, &db, SQLITE_OPEN_READWRITE, NULL), SQLITE_OK);
	sqlite3_busy_timeout(db, 5000);
	if (sqlite3_prepare_v2(db, q, -1, &s, NULL) != SQLITE_OK)
		fail_msg("%s: %s", q, sqlite3_errmsg(db));
	if (sqlite3_step(s) == SQLITE_ROW)
		v = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	sqlite3_close(db);
	return v;
}

static void
sql_exec(const char *q)
{
	sqlite3 *db;

	assert_int_equal(sqlite3_open_v2(srv.db, &db, SQLITE_OPEN_READWRITE, NULL), SQLITE_OK);
	sqlite3_busy_timeout(db, 5000);
	assert_int_equal(store_fts_register(db), 0);   /* a casus written here keeps the search index up to date */
	if (sqlite3_exec(db, q, NULL, NULL, NULL) != SQLITE_OK)
		fail_msg("%s: %s", q, sqlite3_errmsg(db));
	sqlite3_close(db);
}

/* Runs the CLI on the server's database; stdout into out (initialised here), returns the exit status. */
static int
cli(struct buf *out, const char *a1, const char *a2, const char *a3)
{
	const char *args[] = { a1, a2, a3, NULL };
	struct buf err;
	int rc;

	buf_init(out, 0);
	buf_init(&err, 0);
	rc = cli_run(srv.db, args, out, &err);
	if (rc != 0 && err.len > 0)
		print_message("# %s\n", buf_str(&err));
	buf_free(&err);
	return rc;
}

/* Whether the raw bytes of the file hold needle, case-insensitively. Missing file: false. */
static bool
file_holds(const char *path, const char *needle)
{
	FILE *f = fopen(path, "rb");
	size_t n = strlen(needle), len = 0, cap = 0;
	char *data = NULL, chunk[65536];
	bool found = false;
	size_t r;

	if (f == NULL)
		return false;
	while ((r = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		if (len + r > cap) {
			cap = (len + r) * 2;
			assert_non_null(data = realloc(data, cap));
		}
		memcpy(data + len, chunk, r);
		len += r;
	}
	fclose(f);
	for (size_t i = 0; !found && len >= n && i <= len - n; i++)
		found = strncasecmp(data + i, needle, n) == 0;
	free(data);
	return found;
}

/* The database, its WAL and its shared-memory file. */
static bool
db_files_hold(const char *needle)
{
	char p[400];
	bool any = file_holds(srv.db, needle);

	snprintf(p, sizeof(p), "%s-wal", srv.db);
	any |= file_holds(p, needle);
	snprintf(p, sizeof(p), "%s-shm", srv.db);
	any |= file_holds(p, needle);
	return any;
}

/* Imports the first casus of the v1 fixture as referentie ref, closed on afgerond, with the canary in every kind of
   free text the purge must remove. */
static void
import_oud(const char *ref, const char *ontvangen, const char *afgerond, const char *woord)
{
	char path[400], tekst[600];
	json_error_t je;
	FILE *f = fopen("tests/integration/fixtures/export-v1.jsonl", "r"), *o;
	char line[65536];
	json_t *c, *x;
	char *dump;
	struct buf out;
	size_t i;

	assert_non_null(f);
	assert_non_null(fgets(line, sizeof(line), f));
	fclose(f);
	assert_non_null(c = json_loads(line, 0, &je));
	json_object_set_new(c, "referentie", json_string(ref));
	json_object_set_new(c, "ontvangenOp", json_string(ontvangen));
	json_object_set_new(c, "afgerondOp", json_string(afgerond));
	json_object_set_new(c, "followUpOp", json_string(afgerond));
	snprintf(tekst, sizeof(tekst), "Moeder %s heeft schulden.", woord);
	json_object_set_new(c, "situatie", json_string(tekst));
	snprintf(tekst, sizeof(tekst), "Wie helpt %s?", woord);
	json_object_set_new(c, "hulpvraag", json_string(tekst));
	snprintf(tekst, sizeof(tekst), "%s is geholpen.", woord);
	json_object_set_new(c, "followUpToelichting", json_string(tekst));
	snprintf(tekst, sizeof(tekst), "Consulent van %s", woord);
	json_object_set_new(json_object_get(c, "procesregie"), "houder", json_string(tekst));
	snprintf(tekst, sizeof(tekst), "Het gezin %s viel tussen twee regelingen.", woord);
	json_object_set_new(json_array_get(json_object_get(c, "knelpunten"), 0), "omschrijving", json_string(tekst));
	json_object_set_new(c, "registerGeprobeerd", json_string("ja"));
	snprintf(tekst, sizeof(tekst), "Maatwerkplaats UWV, %s", woord);
	json_object_set_new(c, "registerGeprobeerdBij", json_string(tekst));
	snprintf(tekst, sizeof(tekst), "belde %s terug", woord);
	json_object_set_new(json_array_get(json_object_get(c, "betrokkenOrganisaties"), 0), "rol", json_string(tekst));
	json_array_foreach(json_object_get(c, "interventies"), i, x) {
		json_object_set_new(x, "datum", json_string(ontvangen));
		snprintf(tekst, sizeof(tekst), "Gesprek met %s en de school.", woord);
		json_object_set_new(x, "omschrijving", json_string(tekst));
	}
	/* an escalatie to the LET with a meeting, a participant, an afspraak and its follow-up; an overbrugging with a
	   candidate payer; maatwerk with a note: every one of their texts with the word */
	{
		char extra[4096];
		json_t *x2;

		snprintf(extra, sizeof(extra),
		    "{\"escalaties\":[{\"status\":\"afgerond\",\"aangevraagdOp\":\"%1$s\",\"reden\":\"Reden %3$s\","
		    "\"geprobeerd\":\"Geprobeerd %3$s\",\"gevraagdBesluit\":\"Besluit %3$s\",\"urgentie\":\"hoog\","
		    "\"organisaties\":[{\"naam\":\"UWV\",\"type\":\"landelijke_publieke_dienstverlener\"}],"
		    "\"voorzitter\":{\"naam\":\"Vera Voorzitter\",\"email\":\"vera@let.example\"},"
		    "\"uitkomst\":\"doorbraak\",\"resultaat\":\"Resultaat %3$s\",\"afgeslotenOp\":\"%2$s\","
		    "\"bijeenkomsten\":[{\"datum\":\"%1$s\",\"notities\":\"Notities %3$s\",\"deelnemers\":[{\"naam\":"
		    "\"Wethouder %3$s\",\"organisatie\":{\"naam\":\"UWV\",\"type\":\"landelijke_publieke_dienstverlener\"},"
		    "\"functie\":\"directeur\",\"mandaat\":true}],\"afspraken\":[{\"wat\":\"Afspraak %3$s\","
		    "\"organisatie\":{\"naam\":\"UWV\",\"type\":\"landelijke_publieke_dienstverlener\"},\"wie\":\"%3$s\","
		    "\"uiterlijk\":\"%2$s\",\"opvolging\":[{\"datum\":\"%2$s\",\"status\":\"nagekomen\","
		    "\"notitie\":\"Opvolging %3$s\"}]}]}]}],"
		    "\"overbruggingen\":[{\"status\":\"aangevraagd\",\"aangevraagdOp\":\"%1$s\",\"wat\":\"Overbrugging %3$s\","
		    "\"regelingen\":[\"wmo\"],\"kandidaten\":[{\"organisatie\":{\"naam\":\"UWV\",\"type\":"
		    "\"landelijke_publieke_dienstverlener\"},\"standpunt\":\"betwist\",\"toelichting\":\"Toelichting %3$s\"}]}],"
		    "\"maatwerkToepassingen\":[{\"vorm\":\"hardheidsclausule\",\"toelichting\":\"Maatwerk %3$s\","
		    "\"datum\":\"%1$s\"}]}", ontvangen, afgerond, woord);
		assert_non_null(x2 = json_loads(extra, 0, &je));
		json_object_update(c, x2);
		json_decref(x2);
	}
	assert_non_null(dump = json_dumps(c, JSON_COMPACT));
	snprintf(path, sizeof(path), "%s/oud-%s.jsonl", srv.dir, ref);
	assert_non_null(o = fopen(path, "w"));
	fprintf(o, "{\"uitwisselformaat\":\"doorbraak\",\"versie\":2}\n%s\n", dump);
	fclose(o);
	free(dump);
	json_decref(c);
	assert_int_equal(cli(&out, "import", path, NULL), 0);
	buf_free(&out);
}

static long long
zoek_hits(const char *woord)
{
	char pad[128];
	long status;
	json_t *j;
	long long n;

	snprintf(pad, sizeof(pad), "/api/v1/casussen?zoek=%s", woord);
	j = client_api_json(&srv, tok_rik, "GET", pad, NULL, &status);
	assert_int_equal(status, 200);
	n = json_integer_value(json_object_get(j, "totaal"));
	json_decref(j);
	return n;
}

/* Every part core says the purge removes is empty (or gone) for casus id. */
static void
assert_gewist(long long id)
{
	for (int i = 0; i < retentie_gewist_n; i++) {
		char tabel[64], q[1024], scope[400];
		const char *punt = strchr(retentie_gewist[i], '.');

		snprintf(tabel, sizeof(tabel), "%.*s", punt ? (int)(punt - retentie_gewist[i]) : 63, retentie_gewist[i]);
		if (strcmp(tabel, "casus") == 0)
			snprintf(scope, sizeof(scope), "id = %lld", id);
		else if (strcmp(tabel, "escalatie_bijeenkomst") == 0)
			snprintf(scope, sizeof(scope), "escalatie_id IN (SELECT id FROM escalatie WHERE casus_id = %lld)", id);
		else if (strcmp(tabel, "escalatie_deelnemer") == 0 || strcmp(tabel, "escalatie_afspraak") == 0)
			snprintf(scope, sizeof(scope), "bijeenkomst_id IN (SELECT b.id FROM escalatie_bijeenkomst b JOIN escalatie e"
			    " ON e.id = b.escalatie_id WHERE e.casus_id = %lld)", id);
		else if (strcmp(tabel, "afspraak_opvolging") == 0)
			snprintf(scope, sizeof(scope), "afspraak_id IN (SELECT a.id FROM escalatie_afspraak a JOIN escalatie_bijeenkomst b"
			    " ON b.id = a.bijeenkomst_id JOIN escalatie e ON e.id = b.escalatie_id WHERE e.casus_id = %lld)", id);
		else if (strcmp(tabel, "overbrugging_kandidaat") == 0)
			snprintf(scope, sizeof(scope), "overbrugging_id IN (SELECT id FROM overbrugging WHERE casus_id = %lld)", id);
		else
			snprintf(scope, sizeof(scope), "casus_id = %lld", id);
		if (punt != NULL)
			snprintf(q, sizeof(q), "SELECT count(*) FROM %s WHERE %s AND %s IS NOT NULL AND %s <> ''", tabel, scope,
			    punt + 1, punt + 1);
		else
			snprintf(q, sizeof(q), "SELECT count(*) FROM %s WHERE %s", tabel, scope);
		if (sql_getal(q) != 0)
			fail_msg("na de retentie niet leeg: %s", retentie_gewist[i]);
	}
}

static void
test_nothing_due(void **state)
{
	struct buf out;
	(void)state;

	assert_int_equal(cli(&out, "retentie", NULL, NULL), 0);
	assert_non_null(strstr(buf_str(&out), "Geen casus heeft zijn bewaartermijn bereikt"));
	assert_null(strstr(buf_str(&out), "verwijderlog is bijgewerkt"));
	buf_free(&out);
	assert_int_equal(sql_getal("SELECT count(*) FROM verwijderlog"), 0);
	assert_int_equal(cli(&out, "retentie", "--dry-run", NULL), 0);
	assert_non_null(strstr(buf_str(&out), "Proef"));
	buf_free(&out);
	assert_int_equal(cli(&out, "retentie", "--alles", NULL), 2);
	buf_free(&out);
	assert_int_equal(cli(&out, "retentie", "--dry-run", "extra"), 2);
	buf_free(&out);
}

/*
 * The canary test of security.md: a unique word in every kind of free text of a casus closed in 2023, which the
 * search finds and the database files hold; a dry run changes nothing; the purge anonymises the casus, after which
 * the word is in none of the database, -wal and -shm files (nor the search index's shadow tables, which live in
 * the database file), the search finds nothing, every part core lists is empty, the deletion log and the audit log
 * name the referentie, and the jaarrapportage of 2023 is the same, figure for figure.
 */
static void
test_canary_gone_statistics_kept(void **state)
{
	struct buf voor, na, out, check;
	long long id;
	(void)state;

	import_oud("PMM-2023-0001", "2023-01-09", "2023-03-14", CANARY);
	import_oud("PMM-2026-0001", "2026-09-01", "2026-10-01", "Recentwoordzq");   /* closed this year: kept */
	id = sql_getal("SELECT id FROM casus WHERE referentie = 'PMM-2023-0001'");
	assert_true(id > 0);
	assert_int_equal(zoek_hits(CANARY), 1);
	assert_true(db_files_hold(CANARY_KERN));   /* the test can fail: the word is there before */
	assert_int_equal(cli(&voor, "report", "--jaar", "2023"), 0);
	assert_non_null(strstr(buf_str(&voor), "\"afgerond\": 1"));

	assert_int_equal(cli(&out, "retentie", "--dry-run", NULL), 0);
	assert_non_null(strstr(buf_str(&out), "PMM-2023-0001 (afgerond 2023-03-14, bewaard tot en met 2025-03-14) zou worden"));
	buf_free(&out);
	assert_int_equal(sql_getal("SELECT count(*) FROM casus_anonimisering"), 0);
	assert_int_equal(sql_getal("SELECT count(*) FROM verwijderlog"), 0);
	assert_int_equal(zoek_hits(CANARY), 1);

	assert_int_equal(cli(&out, "retentie", NULL, NULL), 0);
	assert_non_null(strstr(buf_str(&out), "PMM-2023-0001 (afgerond 2023-03-14, bewaard tot en met 2025-03-14) is geanonimiseerd"));
	buf_free(&out);

	assert_false(db_files_hold(CANARY_KERN));
	assert_int_equal(sql_getal("SELECT count(*) FROM casus_fts_content WHERE c1 LIKE '%" CANARY_KERN "%'"
	    " OR c2 LIKE '%" CANARY_KERN "%' OR c3 LIKE '%" CANARY_KERN "%'"), 0);
	assert_int_equal(zoek_hits(CANARY), 0);
	assert_gewist(id);
	/* what the statistics need stays */
	assert_int_equal(sql_getal("SELECT count(*) FROM casus WHERE id = (SELECT id FROM casus WHERE referentie = "
	    "'PMM-2023-0001') AND status = 'afgerond' AND afgerond_op = '2023-03-14'"), 1);
	assert_true(sql_getal("SELECT count(*) FROM casus_leefgebied WHERE casus_id = (SELECT id FROM casus WHERE "
	    "referentie = 'PMM-2023-0001')") > 0);
	assert_true(sql_getal("SELECT count(*) FROM activiteit WHERE type = 'interventie' AND casus_id = (SELECT id FROM "
	    "casus WHERE referentie = 'PMM-2023-0001')") > 0);
	assert_int_equal(sql_getal("SELECT count(*) FROM escalatie WHERE uitkomst = 'doorbraak' AND casus_id = (SELECT id"
	    " FROM casus WHERE referentie = 'PMM-2023-0001')"), 1);
	assert_int_equal(sql_getal("SELECT count(*) FROM afspraak_opvolging WHERE status = 'nagekomen'"), 2);   /* both */
	assert_int_equal(cli(&na, "report", "--jaar", "2023"), 0);
	assert_string_equal(buf_str(&na), buf_str(&voor));
	/* the deletion log: what, when, which referentie, by which rule; no contents */
	assert_int_equal(sql_getal("SELECT count(*) FROM verwijderlog WHERE wat = 'casus_geanonimiseerd' AND referentie = "
	    "'PMM-2023-0001' AND aantal = 1 AND grond = 'afgerond 2023-03-14, bewaren tot en met 2025-03-14'"
	    " AND tijd LIKE '20%Z'"), 1);
	assert_int_equal(server_audit_count(&srv, "casus.retentie", AUDIT_TOEGESTAAN), 1);
	assert_true(server_audit_count(&srv, "retentie.uitvoeren", AUDIT_TOEGESTAAN) >= 1);
	/* the casus closed this year is whole: its text found, its timeline still append-only */
	assert_int_equal(zoek_hits("Recentwoordzq"), 1);
	{
		sqlite3 *db;

		assert_int_equal(sqlite3_open(srv.db, &db), SQLITE_OK);
		assert_int_not_equal(sqlite3_exec(db, "UPDATE activiteit SET omschrijving = NULL, auteur_id = NULL WHERE"
		    " casus_id = (SELECT id FROM casus WHERE referentie = 'PMM-2026-0001')", NULL, NULL, NULL), SQLITE_OK);
		/* the anonymised one's timeline cannot be changed otherwise either */
		assert_int_not_equal(sqlite3_exec(db, "UPDATE activiteit SET datum = '2023-01-01' WHERE casus_id = (SELECT id"
		    " FROM casus WHERE referentie = 'PMM-2023-0001')", NULL, NULL, NULL), SQLITE_OK);
		/* and the deletion log may not be edited */
		assert_int_not_equal(sqlite3_exec(db, "DELETE FROM verwijderlog", NULL, NULL, NULL), SQLITE_OK);
		assert_int_not_equal(sqlite3_exec(db, "UPDATE verwijderlog SET referentie = 'x'", NULL, NULL, NULL), SQLITE_OK);
		sqlite3_close(db);
	}
	/* a second run finds nothing more to do; the casus is anonymised once */
	assert_int_equal(cli(&out, "retentie", NULL, NULL), 0);
	assert_non_null(strstr(buf_str(&out), "Geen casus heeft zijn bewaartermijn bereikt"));
	buf_free(&out);
	assert_int_equal(sql_getal("SELECT count(*) FROM verwijderlog WHERE wat = 'casus_geanonimiseerd'"), 1);
	/* the database is sound and its audit chain whole */
	assert_int_equal(cli(&check, "check", NULL, NULL), 0);
	buf_free(&check);
	buf_free(&voor);
	buf_free(&na);
}

/* Expired sessions, throttle counters, used or old one-time links, old requests for access and old drafts go;
   fresh ones stay; each kind is one row of the deletion log with its count. */
static void
test_other_expired_data_purged(void **state)
{
	char q[2048];
	long long nu = (long long)time(NULL), gebruiker = sql_getal("SELECT min(id) FROM gebruiker");
	struct buf out;
	(void)state;

	snprintf(q, sizeof(q),
	    "INSERT INTO session (id_hash, gebruiker_id, csrf, created_at, last_seen) VALUES"
	    " ('oud1', %lld, 'c', %lld, %lld), ('oud2', %lld, 'c', %lld, %lld), ('vers', %lld, 'c', %lld, %lld);"
	    "INSERT INTO login_attempt (key, failures, window_start, blocked_until) VALUES"
	    " ('account:oud@x', 3, %lld, 0), ('account:vers@x', 3, %lld, 0);"
	    "INSERT INTO eenmalige_link (gebruiker_id, token_hash, aangemaakt_op, gebruikt_op) VALUES"
	    " (%lld, 'h1', %lld, %lld), (%lld, 'h2', %lld, NULL), (%lld, 'h3', %lld, NULL);"
	    "INSERT INTO toegang_aanvraag (naam, organisatie, functie, email, reden, ingediend_op) VALUES"
	    " ('A', 'O', 'F', 'a@x.example', 'r', '2024-01-02T10:00:00Z'), ('B', 'O', 'F', 'b@x.example', 'r', '%s');",
	    gebruiker, nu - 50000, nu - 40000,          /* idle for 11 hours */
	    gebruiker, nu - 50 * 3600, nu - 60,         /* past the absolute limit */
	    gebruiker, nu - 60, nu - 30,                /* fresh */
	    nu - 7200, nu - 60,
	    gebruiker, nu - 3600, nu - 1800,            /* used */
	    gebruiker, nu - 80 * 3600,                  /* older than 72 hours */
	    gebruiker, nu - 3600,                       /* fresh */
	    "2099-01-01T00:00:00Z");
	sql_exec(q);
	sql_exec("INSERT INTO casus (status, ontvangen_op, hulpvraag, created_at, updated_at) VALUES"
	    " ('concept', '2025-01-06', 'oud concept', '2025-01-06T09:00:00Z', '2025-01-06T09:00:00Z'),"
	    " ('concept', '2026-11-30', 'vers concept', '2026-11-30T09:00:00Z', '2099-11-30T09:00:00Z')");

	assert_int_equal(cli(&out, "retentie", "--dry-run", NULL), 0);
	assert_non_null(strstr(buf_str(&out), "Zou verwijderen: 1 oude concepten, 2 verlopen sessies, 1 inlogtellers, "
	    "2 eenmalige links, 1 toegangsaanvragen."));
	buf_free(&out);
	assert_int_equal(sql_getal("SELECT count(*) FROM session WHERE id_hash IN ('oud1', 'oud2', 'vers')"), 3);

	assert_int_equal(cli(&out, "retentie", NULL, NULL), 0);
	assert_non_null(strstr(buf_str(&out), "Verwijderd: 1 oude concepten, 2 verlopen sessies, 1 inlogtellers, "
	    "2 eenmalige links, 1 toegangsaanvragen."));
	buf_free(&out);
	assert_int_equal(sql_getal("SELECT count(*) FROM session WHERE id_hash IN ('oud1', 'oud2')"), 0);
	assert_int_equal(sql_getal("SELECT count(*) FROM session WHERE id_hash = 'vers'"), 1);
	assert_int_equal(sql_getal("SELECT count(*) FROM login_attempt WHERE key LIKE 'account:%@x'"), 1);
	assert_int_equal(sql_getal("SELECT count(*) FROM eenmalige_link WHERE token_hash IN ('h1', 'h2', 'h3')"), 1);
	assert_int_equal(sql_getal("SELECT count(*) FROM toegang_aanvraag"), 1);
	assert_int_equal(sql_getal("SELECT count(*) FROM casus WHERE hulpvraag = 'oud concept'"), 0);
	assert_int_equal(sql_getal("SELECT count(*) FROM casus WHERE hulpvraag = 'vers concept'"), 1);
	assert_int_equal(sql_getal("SELECT count(*) FROM verwijderlog WHERE wat = 'sessies' AND aantal = 2"), 1);
	assert_int_equal(sql_getal("SELECT count(*) FROM verwijderlog WHERE wat = 'eenmalige_links' AND aantal = 2"), 1);
	assert_int_equal(sql_getal("SELECT count(*) FROM verwijderlog WHERE wat = 'concept_verwijderd' AND aantal = 1"), 1);
}

/* serve runs the purge when it starts (and then every 24 hours): a casus past its date is anonymised without
   anyone running the command, and the server's log says how many, without referenties or contents. */
static void
test_serve_runs_it_daily(void **state)
{
	char portfile[300], logfile[300];
	struct buf log;
	bool klaar = false;
	FILE *f;
	(void)state;

	import_oud("PMM-2023-0002", "2023-02-01", "2023-04-03", CANARY);
	assert_int_equal(server_stop_keep(&srv), 0);
	snprintf(portfile, sizeof(portfile), "%s/port", srv.dir);
	snprintf(logfile, sizeof(logfile), "%s/server.log", srv.dir);
	assert_int_equal(server_restart(&srv), 0);
	for (int i = 0; i < 400 && !klaar; i++) {
		klaar = sql_getal("SELECT count(*) FROM verwijderlog WHERE referentie = 'PMM-2023-0002'") == 1;
		if (!klaar)
			usleep(25 * 1000);
	}
	assert_true(klaar);
	assert_int_equal(zoek_hits(CANARY), 0);
	assert_int_equal(sql_getal("SELECT count(*) FROM audit WHERE actie = 'casus.retentie' AND rol = 'systeem'"
	    " AND object_id = 'PMM-2023-0002'"), 1);
	buf_init(&log, 0);
	assert_non_null(f = fopen(logfile, "r"));
	{
		char chunk[4096];
		size_t n;

		while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
			buf_append(&log, chunk, n);
	}
	fclose(f);
	assert_non_null(strstr(buf_str(&log), "\"event\":\"retentie\",\"status\":\"ok\",\"geanonimiseerd\":1"));
	assert_null(strstr(buf_str(&log), "PMM-2023-0002"));
	buf_free(&log);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_nothing_due),
		cmocka_unit_test(test_canary_gone_statistics_kept),
		cmocka_unit_test(test_other_expired_data_purged),
		cmocka_unit_test(test_serve_runs_it_daily),
	};

	curl_global_init(CURL_GLOBAL_DEFAULT);
	return cmocka_run_group_tests(tests, setup, teardown);
}
