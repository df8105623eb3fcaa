/* router.h - matches method + path against the route table. */
#ifndef DOORBRAAK_ROUTER_H
#define DOORBRAAK_ROUTER_H

#include <stddef.h>

#include "lib/mem.h"
#include "web/request.h"

enum route_match { ROUTE_FOUND, ROUTE_NO_PATH, ROUTE_BAD_METHOD };

/*
 * Finds the route for method and path. On ROUTE_FOUND sets *out and the
 * path parameters (copied into the arena, percent-decoding not applied:
 * parameters are plain segments). ROUTE_BAD_METHOD: the path exists with
 * another method (405); `allow` then lists the methods ("GET, POST").
 */
enum route_match router_match(const struct route *routes, size_t n, const char *method,
    const char *path, struct arena *a, const struct route **out, const char **params, int *nparams,
    const char **allow);

#endif
