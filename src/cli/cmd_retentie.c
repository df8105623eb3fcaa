/* cmd_retentie.c - `doorbraak retentie [--dry-run]`, and the same purge once a day inside serve. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "cli/cli.h"
#include "lib/date.h"
#include "lib/mem.h"
#include "store/retentie/retentie.h"

static void
opties(const struct config *cfg, bool proef, const char *rol, const char *adres, struct retentie_opties *o)
{
	memset(o, 0, sizeof(*o));
	o->nu = time(NULL);
	o->vandaag = date_today_local(o->nu);
	o->maanden = cfg->bewaartermijn;
	o->session_idle = cfg->session_idle;
	o->session_max = cfg->session_max;
	o->login_window = cfg->login_window;
	o->proef = proef;
	o->rol = rol;
	o->adres = adres;
}

int
cmd_retentie(const struct config *cfg, int argc, char **argv)
{
	struct retentie_opties o;
	struct retentie_uitslag u;
	struct err e = { 0 };
	struct store *st;
	struct arena *a;
	bool proef = argc == 2 && strcmp(argv[1], "--dry-run") == 0;
	enum err_code rc;

	if (argc > 2 || (argc == 2 && !proef)) {
		fprintf(stderr, "gebruik: doorbraak retentie [--dry-run]\n");
		return 2;
	}
	if ((st = cli_open_store(cfg, false)) == NULL)
		return 1;
	a = arena_new();
	opties(cfg, proef, "beheer-cli", "cli", &o);
	rc = store_retentie(st, a, &o, &u, &e);
	store_close(st);
	if (rc != ERR_OK) {
		fprintf(stderr, "doorbraak: %s%s%s\n", e.msg, e.detail[0] ? " " : "", e.detail);
		arena_free(a);
		return 1;
	}
	if (proef)
		printf("Proef (--dry-run): er wordt niets gewijzigd.\n");
	for (size_t i = 0; i < u.n; i++) {
		char van[DATE_STRLEN], tot[DATE_STRLEN];

		date_format(u.casussen[i].afgerond_op, van);
		date_format(u.casussen[i].bewaren_tot, tot);
		printf("%s (afgerond %s, bewaard tot en met %s) %s.\n", u.casussen[i].referentie, van, tot,
		    proef ? "zou worden geanonimiseerd" : "is geanonimiseerd");
	}
	if (u.n == 0)
		printf("Geen casus heeft zijn bewaartermijn bereikt (%d maanden na afronding, DOORBRAAK_BEWAARTERMIJN).\n",
		    cfg->bewaartermijn);
	printf("%s: %ld oude concepten, %ld verlopen sessies, %ld inlogtellers, %ld eenmalige links, "
	    "%ld toegangsaanvragen.\n", proef ? "Zou verwijderen" : "Verwijderd", u.concepten, u.sessies,
	    u.inlogtellers, u.links, u.aanvragen);
	if (!proef && (u.n > 0 || u.concepten + u.sessies + u.inlogtellers + u.links + u.aanvragen > 0))
		printf("Het verwijderlog is bijgewerkt; de zoekindex is samengevoegd en het WAL-bestand geleegd.\n");
	arena_free(a);
	return 0;
}

/* ---- once a day inside serve ------------------------------------------------------------------ */

static struct {
	pthread_t thread;
	pthread_mutex_t lock;
	pthread_cond_t wake;
	bool stop, running;
	struct store *st;
	const struct config *cfg;
} dagelijks = { .lock = PTHREAD_MUTEX_INITIALIZER, .wake = PTHREAD_COND_INITIALIZER };

/* One run, reported on standard error as one JSON line with counts only. */
static void
dagelijkse_run(void)
{
	struct retentie_opties o;
	struct retentie_uitslag u;
	struct err e = { 0 };
	struct arena *a = arena_new();
	char tijd[TIME_STRLEN];

	opties(dagelijks.cfg, false, "systeem", "serve", &o);
	time_format(o.nu, tijd);
	if (store_retentie(dagelijks.st, a, &o, &u, &e) != ERR_OK)
		fprintf(stderr, "{\"time\":\"%s\",\"event\":\"retentie\",\"status\":\"mislukt\",\"error\":\"%s\"}\n", tijd,
		    err_strerror(e.code));
	else
		fprintf(stderr, "{\"time\":\"%s\",\"event\":\"retentie\",\"status\":\"ok\",\"geanonimiseerd\":%zu,"
		    "\"concepten\":%ld,\"sessies\":%ld,\"inlogtellers\":%ld,\"links\":%ld,\"aanvragen\":%ld}\n", tijd, u.n,
		    u.concepten, u.sessies, u.inlogtellers, u.links, u.aanvragen);
	arena_free(a);
}

static void *
dagelijks_loop(void *arg)
{
	(void)arg;
	pthread_mutex_lock(&dagelijks.lock);
	while (!dagelijks.stop) {
		struct timespec t;

		pthread_mutex_unlock(&dagelijks.lock);
		dagelijkse_run();
		pthread_mutex_lock(&dagelijks.lock);
		clock_gettime(CLOCK_REALTIME, &t);
		t.tv_sec += 24 * 3600;
		while (!dagelijks.stop && pthread_cond_timedwait(&dagelijks.wake, &dagelijks.lock, &t) == 0)
			;
	}
	pthread_mutex_unlock(&dagelijks.lock);
	return NULL;
}

int
retentie_dagelijks_start(const struct config *cfg)
{
	if (!cfg->retentie_dagelijks)
		return 0;
	if ((dagelijks.st = cli_open_store(cfg, false)) == NULL)
		return -1;
	dagelijks.cfg = cfg;
	dagelijks.stop = false;
	if (pthread_create(&dagelijks.thread, NULL, dagelijks_loop, NULL) != 0) {
		store_close(dagelijks.st);
		return -1;
	}
	dagelijks.running = true;
	return 0;
}

void
retentie_dagelijks_stop(void)
{
	if (!dagelijks.running)
		return;
	pthread_mutex_lock(&dagelijks.lock);
	dagelijks.stop = true;
	pthread_cond_signal(&dagelijks.wake);
	pthread_mutex_unlock(&dagelijks.lock);
	pthread_join(dagelijks.thread, NULL);
	store_close(dagelijks.st);
	dagelijks.running = false;
}
