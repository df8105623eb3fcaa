/* db.c - connections through their driver, transactions, the integrity check and the connection pool. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/search.h"
#include "store/store_audit.h"
#include "store/store_private.h"

/* The drivers, tried in order: the first that accepts DOORBRAAK_DB opens it. */
static const struct store_driver *const drivers[] = {
	&store_driver_sqlite,
};

struct store *
store_open(const char *target, struct err *e)
{
	const struct store_driver *drv = NULL;
	struct store *st;

	for (size_t i = 0; i < sizeof(drivers) / sizeof(drivers[0]) && drv == NULL; i++)
		if (drivers[i]->accepts(target))
			drv = drivers[i];
	if (drv == NULL) {
		err_set(e, ERR_INTERNAL, NULL, "Dit programma kent geen database voor %s.", target);
		err_detail(e, "no driver accepts this DOORBRAAK_DB");
		return NULL;
	}
	st = xcalloc(1, sizeof(*st));
	st->drv = drv;
	if ((st->conn = drv->open(target, e)) == NULL) {
		free(st);
		return NULL;
	}
	store_stmts_init(st);
	if (store_prepare_if_current(st, e) != ERR_OK) {   /* a statement that does not fit: no connection */
		store_close(st);
		return NULL;
	}
	return st;
}

void
store_close(struct store *st)
{
	if (st == NULL)
		return;
	if (st->audit_appended && st->prepared) {   /* what this connection logged is covered before it goes */
		struct err e = { 0 };

		store_rollback(st);
		if (store_audit_checkpoint(st, &e) != ERR_OK)
			fprintf(stderr, "doorbraak: %s\n", e.msg);
	}
	store_stmts_free(st);   /* statements before their connection */
	st->drv->close(st->conn);
	free(st);
}

enum err_code
store_begin(struct store *st)
{
	if (st->drv->begin(st->conn, true) != DB_OK)
		return ERR_UNAVAILABLE;
	st->in_tx = true;
	return ERR_OK;
}

enum err_code
store_begin_read(struct store *st)
{
	if (st->drv->begin(st->conn, false) != DB_OK)
		return ERR_UNAVAILABLE;
	st->in_tx = true;
	return ERR_OK;
}

/* A commit of a transaction the database already rolled back (after an error the caller did not see) fails:
   what ran since then was refused (stmt.c), what ran before is gone. */
enum err_code
store_commit(struct store *st)
{
	bool lost = st->in_tx && !st->drv->in_transaction(st->conn);
	enum db_rc rc = lost ? DB_BUSY : st->drv->commit(st->conn);

	st->in_tx = false;
	if (rc == DB_OK)
		return ERR_OK;
	store_rollback(st);
	return rc == DB_BUSY ? ERR_UNAVAILABLE : ERR_INTERNAL;
}

void
store_rollback(struct store *st)
{
	st->in_tx = false;
	if (st->drv->in_transaction(st->conn))
		st->drv->rollback(st->conn);
}

bool
store_in_transaction(struct store *st)
{
	return st->drv->in_transaction(st->conn);
}

void
store_bulk(struct store *st)
{
	st->drv->bulk(st->conn);
}

enum err_code
store_bulk_end(struct store *st)
{
	return st->drv->bulk_end(st->conn) == DB_OK ? ERR_OK : ERR_INTERNAL;
}

const char *
store_search_param(struct store *st, struct arena *a, const char *user_input)
{
	return user_input != NULL ? st->drv->search_param(a, user_input) : NULL;
}

const char *
store_search_param_any(struct store *st, struct arena *a, const char *words)
{
	return words != NULL ? st->drv->search_param_any(a, words) : NULL;
}

enum err_code
store_integrity_check(struct store *st, struct err *e)
{
	return st->drv->integrity_check(st->conn, e);
}

enum err_code
store_backup(struct store *st, const char *path, struct err *e)
{
	return st->drv->backup(st->conn, path, e);
}

enum err_code
store_compact(struct store *st, struct err *e)
{
	return st->drv->compact(st->conn, e);
}

/* ---- the pool ------------------------------------------------------------------------ */

struct store_pool {
	pthread_mutex_t lock;
	pthread_cond_t freed;
	struct store **free;
	int nfree, size;
	struct audit_groep *groep;   /* the audit rows of its connections' reads, committed together */
};

struct store_pool *
store_pool_open(const char *path, int size, struct err *e)
{
	struct store_pool *p = xcalloc(1, sizeof(*p));

	pthread_mutex_init(&p->lock, NULL);
	pthread_cond_init(&p->freed, NULL);
	p->free = xcalloc((size_t)size, sizeof(*p->free));
	if ((p->groep = audit_groep_start(path, e)) == NULL) {
		store_pool_close(p);
		return NULL;
	}
	for (int i = 0; i < size; i++) {
		struct store *st = store_open(path, e);

		if (st != NULL && store_schema_check(st, e) != ERR_OK) {   /* every statement prepared, or none served */
			store_close(st);
			st = NULL;
		}
		if (st == NULL) {
			store_pool_close(p);
			return NULL;
		}
		st->groep = p->groep;
		p->free[p->nfree++] = st;
		p->size++;
	}
	return p;
}

void
store_pool_close(struct store_pool *p)
{
	if (p == NULL)
		return;
	for (int i = 0; i < p->nfree; i++)
		store_close(p->free[i]);
	if (p->groep != NULL) {   /* after its users: what they handed it is committed first */
		unsigned long commits, rijen;

		audit_groep_stats(p->groep, &commits, &rijen);
		audit_groep_stop(p->groep);
		if (rijen > 0)
			fprintf(stderr, "{\"level\":\"info\",\"msg\":\"audit group commit\",\"commits\":%lu,\"rows\":%lu}\n",
			    commits, rijen);
	}
	pthread_mutex_destroy(&p->lock);
	pthread_cond_destroy(&p->freed);
	free(p->free);
	free(p);
}

struct store *
store_pool_acquire(struct store_pool *p)
{
	struct store *st;

	pthread_mutex_lock(&p->lock);
	while (p->nfree == 0)
		pthread_cond_wait(&p->freed, &p->lock);
	st = p->free[--p->nfree];
	pthread_mutex_unlock(&p->lock);
	return st;
}

void
store_reset_all(struct store *st)
{
	store_stmts_reset(st);
}

void
store_pool_release(struct store_pool *p, struct store *st)
{
	store_reset_all(st);  /* no statement may keep a read snapshot open */
	store_rollback(st);   /* a handler that forgot to finish its transaction loses it */
	pthread_mutex_lock(&p->lock);
	p->free[p->nfree++] = st;
	pthread_cond_signal(&p->freed);
	pthread_mutex_unlock(&p->lock);
}
