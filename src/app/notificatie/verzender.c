/* verzender.c - the sender thread of serve: the outbox to the SMTP relay, exactly one accepted message per
   notification (the same Message-ID on every attempt), retries with backoff, dead letters. */
#include "app/notificatie/verzender.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "app/notificatie/tekst.h"
#include "core/notificatie.h"
#include "lib/mem.h"
#include "store/notificatie/notificatie.h"

#define BATCH 50

static struct {
	pthread_mutex_t lock;
	pthread_cond_t wake;
	pthread_t thread;
	bool running, stop;
	struct store *st;
	const struct verzender_instellingen *in;
	double start;                /* real time of the start, for the scaled clock */
} v = { .lock = PTHREAD_MUTEX_INITIALIZER, .wake = PTHREAD_COND_INITIALIZER };

static double
echt_nu(void)
{
	struct timespec t;

	clock_gettime(CLOCK_REALTIME, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* The sender's clock in unix seconds: the real one, or in a test one that runs tijdschaal times faster. */
static int64_t
klok(void)
{
	double nu = echt_nu();

	if (v.in->tijdschaal > 1.0)
		nu = v.start + (nu - v.start) * v.in->tijdschaal;
	return (int64_t)nu;
}

const char *
verzender_bericht(struct arena *a, const struct notificatie_mail *m, const char *afzender, const char *basis_url,
    time_t nu)
{
	static const char *const dag[] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
	static const char *const maand[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
		"Nov", "Dec" };
	struct tm tm;

	if (!smtp_adres_geldig(m->aan) || !smtp_adres_geldig(afzender) || m->referentie == NULL ||
	    m->message_id == NULL || strpbrk(m->referentie, "\r\n") != NULL || strpbrk(m->message_id, "\r\n") != NULL)
		return NULL;
	gmtime_r(&nu, &tm);
	return arena_printf(a,
	    "Date: %s, %02d %s %04d %02d:%02d:%02d +0000\r\n"
	    "From: doorbraak <%s>\r\n"
	    "To: <%s>\r\n"
	    "Subject: %s\r\n"
	    "Message-ID: %s\r\n"
	    "MIME-Version: 1.0\r\n"
	    "Content-Type: text/plain; charset=UTF-8\r\n"
	    "Content-Transfer-Encoding: 8bit\r\n"
	    "Auto-Submitted: auto-generated\r\n"
	    "\r\n%s",
	    dag[tm.tm_wday], tm.tm_mday, maand[tm.tm_mon], tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec,
	    afzender, m->aan, notificatie_onderwerp(a, m->soort, m->referentie), m->message_id,
	    notificatie_mail_tekst(a, m->soort, m->referentie, basis_url));
}

/* Writes the outcome of one attempt in a transaction of its own; a busy database is tried again shortly. */
static void
vastleggen(struct notificatie_mail *m, bool gelukt, const char *fout, int64_t nu)
{
	struct err e = { 0 };

	for (int poging = 0; poging < 50; poging++) {
		enum err_code rc;

		if (store_begin(v.st) != ERR_OK) {
			struct timespec t = { 0, 100 * 1000 * 1000 };

			nanosleep(&t, NULL);
			continue;
		}
		if (gelukt) {
			rc = store_notificatie_verzonden(v.st, m->id, time(NULL), &e);
		} else {
			int64_t opgeven_na = m->opgeven_na != 0 ? m->opgeven_na : nu + NOTIFICATIE_OPGEVEN_NA;
			struct notificatie_herkansing h = notificatie_na_fout(m->pogingen + 1, nu, opgeven_na);

			rc = store_notificatie_poging_mislukt(v.st, m->id, m->pogingen + 1, h.volgende, opgeven_na,
			    h.opgeven, fout, &e);
			if (rc == ERR_OK && h.opgeven)
				fprintf(stderr, "{\"level\":\"warn\",\"msg\":\"e-mail opgegeven\",\"notificatie\":%lld,"
				    "\"pogingen\":%d}\n", (long long)m->id, m->pogingen + 1);
		}
		if (rc == ERR_OK && store_commit(v.st) == ERR_OK)
			return;
		store_rollback(v.st);
	}
	fprintf(stderr, "{\"level\":\"error\",\"msg\":\"verzendpoging niet vastgelegd\",\"notificatie\":%lld}\n",
	    (long long)m->id);
}

/* One batch of what is due; returns how many were due. */
static size_t
ronde(void)
{
	struct arena *a = arena_new();
	struct notificatie_mail *m = NULL;
	struct err e = { 0 };
	size_t n = 0;
	int64_t nu = klok();
	char fout[300] = "";

	if (store_notificatie_te_verzenden(v.st, a, nu, BATCH, &m, &n, &e) != ERR_OK) {
		fprintf(stderr, "{\"level\":\"error\",\"msg\":\"outbox niet te lezen\",\"code\":\"%s\"}\n",
		    err_strerror(e.code));
		n = 0;
	}
	store_reset_all(v.st);   /* no read snapshot held while sending */
	for (size_t i = 0; i < n; i++) {
		const char *b;

		pthread_mutex_lock(&v.lock);
		if (v.stop) {
			pthread_mutex_unlock(&v.lock);
			break;
		}
		pthread_mutex_unlock(&v.lock);
		if (fout[0] != '\0') {   /* the relay failed on an earlier one of this batch: the same attempt for the rest */
			vastleggen(&m[i], false, fout, nu);
			continue;
		}
		if ((b = verzender_bericht(a, &m[i], v.in->relay.afzender, v.in->basis_url, time(NULL))) == NULL) {
			vastleggen(&m[i], false, "ongeldig adres", nu);
			continue;
		}
		if (smtp_verstuur(&v.in->relay, m[i].aan, b, strlen(b), fout, sizeof(fout)) == 0) {
			vastleggen(&m[i], true, NULL, nu);
			continue;
		}
		if (fout[0] == '\0')
			snprintf(fout, sizeof(fout), "onbekende fout");
		fprintf(stderr, "{\"level\":\"warn\",\"msg\":\"e-mail niet afgeleverd\",\"notificatie\":%lld,\"fout\":\"%s\"}\n",
		    (long long)m[i].id, "relay");
		vastleggen(&m[i], false, fout, nu);
	}
	arena_free(a);
	return n;
}

static void *
loop(void *arg)
{
	(void)arg;
	pthread_mutex_lock(&v.lock);
	while (!v.stop) {
		size_t n;
		struct timespec t;

		pthread_mutex_unlock(&v.lock);
		n = ronde();
		pthread_mutex_lock(&v.lock);
		if (n == BATCH)   /* more may be due at once */
			continue;
		clock_gettime(CLOCK_REALTIME, &t);
		t.tv_sec += v.in->interval_ms / 1000;
		t.tv_nsec += (long)(v.in->interval_ms % 1000) * 1000000L;
		if (t.tv_nsec >= 1000000000L) {
			t.tv_sec++;
			t.tv_nsec -= 1000000000L;
		}
		while (!v.stop && pthread_cond_timedwait(&v.wake, &v.lock, &t) == 0)
			;
	}
	pthread_mutex_unlock(&v.lock);
	return NULL;
}

int
verzender_start(struct store *st, const struct verzender_instellingen *in)
{
	v.st = st;
	v.in = in;
	v.stop = false;
	v.start = echt_nu();
	if (pthread_create(&v.thread, NULL, loop, NULL) != 0)
		return -1;
	v.running = true;
	return 0;
}

void
verzender_stop(void)
{
	if (!v.running)
		return;
	pthread_mutex_lock(&v.lock);
	v.stop = true;
	pthread_cond_signal(&v.wake);
	pthread_mutex_unlock(&v.lock);
	pthread_join(v.thread, NULL);
	v.running = false;
}
