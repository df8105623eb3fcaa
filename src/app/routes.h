/* routes.h - the route table of doorbraak: every path, its method, its permission and its handler. */
#ifndef DOORBRAAK_ROUTES_H
#define DOORBRAAK_ROUTES_H

#include <stddef.h>

#include "web/request.h"

extern const struct route app_routes[];
extern const size_t app_routes_count;

#endif
