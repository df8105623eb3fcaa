/* server.h - the HTTP server: libmicrohttpd with its thread pool, the request lifecycle, graceful stop. */
#ifndef DOORBRAAK_SERVER_H
#define DOORBRAAK_SERVER_H

#include <stddef.h>

#include "lib/config.h"
#include "web/request.h"

#define SERVER_DEFAULT_MAX_BODY (1024 * 1024)

/*
 * Serves routes until SIGINT or SIGTERM, then stops accepting, lets the
 * requests in flight finish (at most 10 s) and returns. Returns 0 on a clean
 * stop, 1 when it could not start (message on stderr). The caller has blocked
 * SIGINT/SIGTERM? No: serve does that itself.
 */
int server_run(const struct config *cfg, const struct route *routes, size_t nroutes);

#endif
