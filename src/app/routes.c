/* routes.c - the one route table. A route added here must also be added to tests/integration/test_access.c. */
#include "app/routes.h"

#include "app/handlers.h"

const struct route app_routes[] = {
	{ "GET", "/healthz", PERM_PUBLIEK, h_healthz, 0, 0 },
	{ "GET", "/metrics", PERM_METRICS, h_metrics, 0, 0 },
	{ "GET", "/static/{bestand}", PERM_PUBLIEK, h_static, ROUTE_STATIC, 0 },
	{ "GET", "/toegankelijkheid", PERM_PUBLIEK, h_toegankelijkheid, 0, 0 },
	{ "GET", "/login", PERM_PUBLIEK, h_login_form, 0, 0 },
	{ "POST", "/login", PERM_PUBLIEK, h_login, ROUTE_NO_CSRF, 0 },
	{ "POST", "/uitloggen", PERM_INGELOGD, h_logout, 0, 0 },
	{ "GET", "/", PERM_INGELOGD, h_start, ROUTE_PERSONAL, 0 },
	{ "GET", "/casussen", PERM_INGELOGD, h_nog_niet, ROUTE_PERSONAL, 0 },
	{ "GET", "/register", PERM_INGELOGD, h_nog_niet, ROUTE_PERSONAL, 0 },
	{ "GET", "/leerpunten", PERM_LEERPUNTEN, h_nog_niet, ROUTE_PERSONAL, 0 },
	{ "GET", "/rapportage", PERM_RAPPORTAGE, h_nog_niet, ROUTE_PERSONAL, 0 },
	{ "GET", "/beheer", PERM_BEHEER, h_nog_niet, ROUTE_PERSONAL, 0 },
	{ "GET", "/api/v1/mij", PERM_INGELOGD, h_api_mij, ROUTE_API, 0 },
	{ "GET", "/api/v1/openapi.json", PERM_PUBLIEK, h_api_openapi, ROUTE_API, 0 },
};

const size_t app_routes_count = sizeof(app_routes) / sizeof(app_routes[0]);
