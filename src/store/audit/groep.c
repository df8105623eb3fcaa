/* groep.c - group commit of audit rows: one writer thread puts the rows of concurrent requests in one fsynced transaction. */
#include <pthread.h>
#include <stdlib.h>

#include "store/store_audit.h"
#include "store/store_private.h"

/*
 * A read of case data writes its audit row outside any transaction of its own, and its answer may leave only
 * once the row is durable (synchronous=FULL: one fsync per commit). One commit per read makes the fsync the
 * ceiling of every audited page, since SQLite has one writer at a time. Instead the request hands its row to
 * this writer and waits: the writer takes every row that is waiting, appends them in order to the MAC chain in
 * one transaction, commits (one fsync for all of them) and wakes each request with the outcome of that commit.
 * While it commits, the next rows queue up for the next transaction, so the batch grows with the load. A row is
 * never acknowledged before its commit returned; when the transaction fails, every request in it gets
 * ERR_UNAVAILABLE (fail closed: no data leave) and the rows are rolled back together.
 */

struct wacht {
	const struct audit_entry *a;
	struct err *e;
	enum err_code rc;
	bool klaar;
	struct wacht *volgende;
};

struct audit_groep {
	pthread_mutex_t lock;
	pthread_cond_t werk, klaar;
	pthread_t thread;
	struct store *st;               /* the writer's own connection */
	struct wacht *kop, *staart;     /* waiting, oldest first */
	bool stop;
	unsigned long commits, rijen;   /* for the log at the end */
};

static void
batch_schrijven(struct audit_groep *g, struct wacht *w)
{
	struct err e = { 0 };
	enum err_code rc = store_begin(g->st);

	for (struct wacht *x = w; x != NULL && rc == ERR_OK; x = x->volgende)
		rc = store_audit_append(g->st, x->a, &e);   /* inside the transaction: no commit of its own */
	if (rc == ERR_OK)
		rc = store_commit(g->st);
	else
		store_rollback(g->st);
	if (rc != ERR_OK)
		rc = ERR_UNAVAILABLE;
	pthread_mutex_lock(&g->lock);
	for (struct wacht *x = w; x != NULL; x = x->volgende) {
		x->rc = rc;
		if (rc != ERR_OK)
			err_set(x->e, ERR_UNAVAILABLE, NULL, "Het auditlog kan nu niet worden geschreven.");
		x->klaar = true;
		g->rijen++;
	}
	g->commits++;
	pthread_cond_broadcast(&g->klaar);
	pthread_mutex_unlock(&g->lock);
}

static void *
schrijver(void *arg)
{
	struct audit_groep *g = arg;

	pthread_mutex_lock(&g->lock);
	for (;;) {
		struct wacht *w;

		while (g->kop == NULL && !g->stop)
			pthread_cond_wait(&g->werk, &g->lock);
		if (g->kop == NULL)
			break;   /* stopping, and nothing left waiting */
		w = g->kop;
		g->kop = g->staart = NULL;
		pthread_mutex_unlock(&g->lock);
		batch_schrijven(g, w);   /* w's nodes live on their waiters' stacks until klaar */
		pthread_mutex_lock(&g->lock);
	}
	pthread_mutex_unlock(&g->lock);
	return NULL;
}

struct audit_groep *
audit_groep_start(const char *path, struct err *e)
{
	struct audit_groep *g = xcalloc(1, sizeof(*g));

	if ((g->st = store_open(path, e)) == NULL || store_schema_check(g->st, e) != ERR_OK) {
		store_close(g->st);
		free(g);
		return NULL;
	}
	pthread_mutex_init(&g->lock, NULL);
	pthread_cond_init(&g->werk, NULL);
	pthread_cond_init(&g->klaar, NULL);
	if (pthread_create(&g->thread, NULL, schrijver, g) != 0) {
		err_set(e, ERR_INTERNAL, NULL, "De schrijver van het auditlog kon niet starten.");
		store_close(g->st);
		pthread_mutex_destroy(&g->lock);
		pthread_cond_destroy(&g->werk);
		pthread_cond_destroy(&g->klaar);
		free(g);
		return NULL;
	}
	return g;
}

void
audit_groep_stop(struct audit_groep *g)
{
	if (g == NULL)
		return;
	pthread_mutex_lock(&g->lock);
	g->stop = true;
	pthread_cond_signal(&g->werk);
	pthread_mutex_unlock(&g->lock);
	pthread_join(g->thread, NULL);
	store_close(g->st);   /* its checkpoint covers what it wrote */
	pthread_mutex_destroy(&g->lock);
	pthread_cond_destroy(&g->werk);
	pthread_cond_destroy(&g->klaar);
	free(g);
}

enum err_code
audit_groep_append(struct audit_groep *g, const struct audit_entry *a, struct err *e)
{
	struct wacht w = { .a = a, .e = e, .rc = ERR_UNAVAILABLE };

	pthread_mutex_lock(&g->lock);
	if (g->stop) {
		pthread_mutex_unlock(&g->lock);
		return err_set(e, ERR_UNAVAILABLE, NULL, "Het auditlog kan nu niet worden geschreven.");
	}
	if (g->staart != NULL)
		g->staart->volgende = &w;
	else
		g->kop = &w;
	g->staart = &w;
	pthread_cond_signal(&g->werk);
	while (!w.klaar)
		pthread_cond_wait(&g->klaar, &g->lock);
	pthread_mutex_unlock(&g->lock);
	return w.rc;
}

void
audit_groep_stats(struct audit_groep *g, unsigned long *commits, unsigned long *rijen)
{
	pthread_mutex_lock(&g->lock);
	*commits = g->commits;
	*rijen = g->rijen;
	pthread_mutex_unlock(&g->lock);
}
