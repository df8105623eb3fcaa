/* metrics.h - request counters, a latency histogram and open connections, in Prometheus text format. */
#ifndef DOORBRAAK_METRICS_H
#define DOORBRAAK_METRICS_H

#include <stddef.h>

#include "lib/buf.h"
#include "web/request.h"

/* Sets up counters for n routes (index n is "no route"). Call once before serving. */
void metrics_init(const struct route *routes, size_t n);
void metrics_free(void);
void metrics_observe(const struct route *route, int status, double seconds);
void metrics_connection(int delta);
void metrics_write(struct buf *b);

#endif
