/* metrics.c - process-wide counters guarded by one mutex. */
#include "metrics.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include "lib/mem.h"

static const int statuses[] = { 200, 201, 204, 301, 302, 303, 304, 400, 401, 403, 404, 405, 409, 413,
	415, 422, 429, 500, 503 };
#define NSTATUS (sizeof(statuses) / sizeof(statuses[0]) + 1)   /* + "other" */
static const double buckets[] = { 0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5 };
#define NBUCKET (sizeof(buckets) / sizeof(buckets[0]))

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static const struct route *route_table;
static size_t nroutes;
static unsigned long *counts;          /* (nroutes + 1) * NSTATUS */
static unsigned long hist[NBUCKET + 1];
static double hist_sum;
static unsigned long hist_count;
static int open_conns;

void
metrics_init(const struct route *routes, size_t n)
{
	pthread_mutex_lock(&lock);
	free(counts);
	route_table = routes;
	nroutes = n;
	counts = xcalloc((n + 1) * NSTATUS, sizeof(*counts));
	pthread_mutex_unlock(&lock);
}

void
metrics_free(void)
{
	pthread_mutex_lock(&lock);
	free(counts);
	counts = NULL;
	pthread_mutex_unlock(&lock);
}

void
metrics_observe(const struct route *route, int status, double seconds)
{
	size_t ri = route ? (size_t)(route - route_table) : nroutes, si = NSTATUS - 1, b = 0;

	for (size_t i = 0; i < NSTATUS - 1; i++)
		if (statuses[i] == status)
			si = i;
	while (b < NBUCKET && seconds > buckets[b])
		b++;
	pthread_mutex_lock(&lock);
	if (counts != NULL && ri <= nroutes)
		counts[ri * NSTATUS + si]++;
	hist[b]++;
	hist_sum += seconds;
	hist_count++;
	pthread_mutex_unlock(&lock);
}

void
metrics_connection(int delta)
{
	pthread_mutex_lock(&lock);
	open_conns += delta;
	pthread_mutex_unlock(&lock);
}

void
metrics_write(struct buf *b)
{
	unsigned long cum = 0;

	pthread_mutex_lock(&lock);
	buf_puts(b, "# HELP doorbraak_http_requests_total HTTP requests by route and status.\n"
		    "# TYPE doorbraak_http_requests_total counter\n");
	for (size_t r = 0; counts != NULL && r <= nroutes; r++)
		for (size_t s = 0; s < NSTATUS; s++) {
			unsigned long c = counts[r * NSTATUS + s];
			char st[16];

			if (c == 0)
				continue;
			if (s < NSTATUS - 1)
				snprintf(st, sizeof(st), "%d", statuses[s]);
			else
				snprintf(st, sizeof(st), "other");
			buf_printf(b, "doorbraak_http_requests_total{method=\"%s\",route=\"%s\",status=\"%s\"} %lu\n",
			    r < nroutes ? route_table[r].method : "",
			    r < nroutes ? route_table[r].pattern : "(geen)", st, c);
		}
	buf_puts(b, "# HELP doorbraak_http_request_duration_seconds Time from request to queued response.\n"
		    "# TYPE doorbraak_http_request_duration_seconds histogram\n");
	for (size_t i = 0; i < NBUCKET; i++) {
		cum += hist[i];
		buf_printf(b, "doorbraak_http_request_duration_seconds_bucket{le=\"%g\"} %lu\n", buckets[i], cum);
	}
	cum += hist[NBUCKET];
	buf_printf(b, "doorbraak_http_request_duration_seconds_bucket{le=\"+Inf\"} %lu\n", cum);
	buf_printf(b, "doorbraak_http_request_duration_seconds_sum %.6f\n", hist_sum);
	buf_printf(b, "doorbraak_http_request_duration_seconds_count %lu\n", hist_count);
	buf_puts(b, "# HELP doorbraak_open_connections Open HTTP connections.\n"
		    "# TYPE doorbraak_open_connections gauge\n");
	buf_printf(b, "doorbraak_open_connections %d\n", open_conns);
	pthread_mutex_unlock(&lock);
}
