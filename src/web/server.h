/* server.h - the HTTP server: libmicrohttpd with its thread pool, the request lifecycle, graceful stop. */
#ifndef DOORBRAAK_SERVER_H
#define DOORBRAAK_SERVER_H

#include <stddef.h>

#include "lib/config.h"
#include "web/request.h"

#define SERVER_DEFAULT_MAX_BODY (1024 * 1024)

/* Called once the server listens, with the port it bound (useful when the configured port is 0). */
typedef void (*server_ready_fn)(unsigned port, void *arg);

/*
 * Serves routes until SIGINT or SIGTERM, then stops accepting, lets the
 * requests in flight finish (at most 10 s) and returns. Blocks SIGINT and
 * SIGTERM itself and waits for them. ready may be NULL. Returns 0 on a clean
 * stop, 1 when it could not start (message on stderr).
 */
int server_run(const struct config *cfg, const struct route *routes, size_t nroutes, server_ready_fn ready,
    void *arg);

#endif
