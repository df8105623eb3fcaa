/* routes.c - the one route table. A route added here must also be added to tests/integration/test_access.c.
   Order matters where patterns overlap: fixed paths before {parameters}. */
#include "app/routes.h"

#include "app/beheer/handlers.h"
#include "app/casus/handlers.h"
#include "app/common/handlers.h"
#include "app/escalatie/handlers.h"
#include "app/sessie/handlers.h"
#include "app/leerpunt/handlers.h"
#include "app/rapport/handlers.h"

#define MIB (1024 * 1024)

const struct route app_routes[] = {
	{ "GET", "/healthz", PERM_PUBLIEK, h_healthz, 0, 0 },
	{ "GET", "/metrics", PERM_METRICS, h_metrics, 0, 0 },
	{ "GET", "/static/{bestand}", PERM_PUBLIEK, h_static, ROUTE_STATIC, 0 },
	{ "GET", "/toegankelijkheid", PERM_PUBLIEK, h_toegankelijkheid, 0, 0 },
	{ "GET", "/login", PERM_PUBLIEK, h_login_form, 0, 0 },
	{ "POST", "/login", PERM_PUBLIEK, h_login, ROUTE_NO_CSRF, 0 },
	{ "GET", "/login/code", PERM_PUBLIEK, h_code_form, 0, 0 },
	{ "POST", "/login/code", PERM_PUBLIEK, h_code, ROUTE_NO_CSRF, 0 },
	{ "GET", "/login/inschrijven", PERM_PUBLIEK, h_inschrijven_form, 0, 0 },
	{ "POST", "/login/inschrijven", PERM_PUBLIEK, h_inschrijven, ROUTE_NO_CSRF, 0 },
	{ "POST", "/uitloggen", PERM_INGELOGD, h_logout, 0, 0 },
	{ "GET", "/", PERM_INGELOGD, h_start, ROUTE_PERSONAL, 0 },

	/* Het Loket (app/casus/web.c, app/casus/export.c) */
	{ "GET", "/casussen", PERM_CASUS_LIJST, h_casus_lijst, ROUTE_PERSONAL, 0 },
	{ "GET", "/casussen/nieuw", PERM_CASUS_INDIENEN, h_casus_nieuw_form, ROUTE_PERSONAL, 0 },
	{ "POST", "/casussen", PERM_CASUS_INDIENEN, h_casus_nieuw, ROUTE_PERSONAL, 0 },
	{ "GET", "/casussen/werkvoorraad.xlsx", PERM_CASUS_REGIE, h_casus_werkvoorraad_xlsx, ROUTE_PERSONAL, 0 },
	{ "GET", "/casussen/monitor.xlsx", PERM_CASUS_REGIE, h_casus_monitor_xlsx, ROUTE_PERSONAL, 0 },
	{ "GET", "/casussen/{ref}", PERM_CASUS_LIJST, h_casus_detail, ROUTE_PERSONAL, 0 },
	{ "GET", "/casussen/{ref}/bewerken", PERM_CASUS_INDIENEN, h_casus_bewerken_form, ROUTE_PERSONAL, 0 },
	{ "POST", "/casussen/{ref}", PERM_CASUS_INDIENEN, h_casus_bewerken, ROUTE_PERSONAL, 0 },
	{ "POST", "/casussen/{ref}/toewijzen", PERM_CASUS_REGIE, h_casus_toewijzen, ROUTE_PERSONAL, 0 },
	{ "POST", "/casussen/{ref}/vrijgeven", PERM_CASUS_REGIE, h_casus_vrijgeven, ROUTE_PERSONAL, 0 },
	{ "POST", "/casussen/{ref}/activiteiten", PERM_CASUS_REGIE, h_casus_activiteit, ROUTE_PERSONAL, 0 },
	{ "POST", "/casussen/{ref}/deelnemers", PERM_CASUS_REGIE, h_casus_deelnemer, ROUTE_PERSONAL, 0 },
	{ "GET", "/casussen/{ref}/deelnemers/{persoon}/verwijderen", PERM_CASUS_REGIE, h_casus_deelnemer_verwijderen_form,
	    ROUTE_PERSONAL, 0 },
	{ "POST", "/casussen/{ref}/deelnemers/{persoon}/verwijderen", PERM_CASUS_REGIE, h_casus_deelnemer_verwijderen,
	    ROUTE_PERSONAL, 0 },
	{ "GET", "/casussen/{ref}/afronden", PERM_CASUS_REGIE, h_casus_afronden_form, ROUTE_PERSONAL, 0 },
	{ "POST", "/casussen/{ref}/afronden", PERM_CASUS_REGIE, h_casus_afronden, ROUTE_PERSONAL, 0 },
	{ "POST", "/casussen/{ref}/heropenen", PERM_CASUS_REGIE, h_casus_heropenen, ROUTE_PERSONAL, 0 },
	{ "POST", "/casussen/{ref}/follow-up", PERM_CASUS_REGIE, h_casus_followup, ROUTE_PERSONAL, 0 },
	{ "POST", "/casussen/{ref}/leerpunten", PERM_CASUS_REGIE, h_casus_leerpunt_nieuw, ROUTE_PERSONAL, 0 },
	{ "POST", "/casussen/{ref}/knelpunten", PERM_CASUS_REGIE, h_casus_knelpunt_nieuw, ROUTE_PERSONAL, 0 },
	{ "POST", "/casussen/{ref}/registratie", PERM_CASUS_REGIE, h_casus_registratie, ROUTE_PERSONAL, 0 },
	/* LET escalaties and overbruggingen (app/escalatie/): reading follows the casus; the table's steps are the
	   regievoerder's or the escalatie's chair's (core/escalatie.h), an overbrugging's the regievoerder's */
	{ "GET", "/casussen/{ref}/escalaties/nieuw", PERM_CASUS_REGIE, h_esc_nieuw_form, ROUTE_PERSONAL, 0 },
	{ "POST", "/casussen/{ref}/escalaties", PERM_CASUS_REGIE, h_esc_nieuw, ROUTE_PERSONAL, 0 },
	{ "GET", "/casussen/{ref}/escalaties/{id}", PERM_CASUS_LIJST, h_esc_detail, ROUTE_PERSONAL, 0 },
	{ "POST", "/casussen/{ref}/escalaties/{id}", PERM_ESCALATIE, h_esc_stap, ROUTE_PERSONAL, 0 },
	{ "GET", "/casussen/{ref}/overbruggingen/nieuw", PERM_CASUS_REGIE, h_ob_nieuw_form, ROUTE_PERSONAL, 0 },
	{ "POST", "/casussen/{ref}/overbruggingen", PERM_CASUS_REGIE, h_ob_nieuw, ROUTE_PERSONAL, 0 },
	{ "GET", "/casussen/{ref}/overbruggingen/{id}", PERM_CASUS_LIJST, h_ob_detail, ROUTE_PERSONAL, 0 },
	{ "POST", "/casussen/{ref}/overbruggingen/{id}", PERM_CASUS_REGIE, h_ob_stap, ROUTE_PERSONAL, 0 },
	{ "GET", "/escalaties", PERM_ESCALATIE, h_esc_lijst, ROUTE_PERSONAL, 0 },
	{ "GET", "/overbruggingen", PERM_CASUS_REGIE, h_ob_lijst, ROUTE_PERSONAL, 0 },
	{ "GET", "/follow-up", PERM_CASUS_REGIE, h_followup_lijst, ROUTE_PERSONAL, 0 },
	{ "GET", "/zoeken", PERM_CASUS_LIJST, h_zoeken, ROUTE_PERSONAL, 0 },

	{ "GET", "/register", PERM_INGELOGD, h_nog_niet, ROUTE_PERSONAL, 0 },
	/* Systeemleren (app/leerpunt/): reading needs PERM_LEERPUNTEN, what one may see or change of a leerpunt
	   or belegging is decided per object by core/leerpunt.h (an ambassadeur: only beleggingen bij their own
	   organisation); beleggen, themas and the monthly meetings are the regievoerders'. */
	{ "GET", "/leerpunten", PERM_LEERPUNTEN, h_leerpunt_lijst, ROUTE_PERSONAL, 0 },
	{ "GET", "/leerpunten/export.csv", PERM_LEERPUNTEN, h_leerpunt_export_csv, ROUTE_PERSONAL, 0 },
	{ "GET", "/leerpunten/export.xlsx", PERM_LEERPUNTEN, h_leerpunt_export_xlsx, ROUTE_PERSONAL, 0 },
	{ "GET", "/leerpunten/{id}", PERM_LEERPUNTEN, h_leerpunt_detail, ROUTE_PERSONAL, 0 },
	{ "POST", "/leerpunten/{id}/beleggingen", PERM_CASUS_REGIE, h_leerpunt_beleggen, ROUTE_PERSONAL, 0 },
	{ "POST", "/leerpunten/{id}/themas", PERM_CASUS_REGIE, h_leerpunt_themas, ROUTE_PERSONAL, 0 },
	{ "POST", "/beleggingen/{id}/status", PERM_LEERPUNTEN, h_belegging_status, ROUTE_PERSONAL, 0 },
	{ "POST", "/beleggingen/{id}/doorzetten", PERM_LEERPUNTEN, h_belegging_doorzetten, ROUTE_PERSONAL, 0 },
	{ "GET", "/navraag", PERM_LEERPUNTEN, h_navraag, ROUTE_PERSONAL, 0 },
	{ "GET", "/themas", PERM_LEERPUNTEN, h_themas, ROUTE_PERSONAL, 0 },
	{ "GET", "/themas/{thema}", PERM_LEERPUNTEN, h_thema, ROUTE_PERSONAL, 0 },
	{ "GET", "/bijeenkomsten", PERM_CASUS_REGIE, h_bijeenkomst_lijst, ROUTE_PERSONAL, 0 },
	{ "POST", "/bijeenkomsten", PERM_CASUS_REGIE, h_bijeenkomst_nieuw, ROUTE_PERSONAL, 0 },
	{ "GET", "/bijeenkomsten/{id}", PERM_CASUS_REGIE, h_bijeenkomst_detail, ROUTE_PERSONAL, 0 },
	{ "POST", "/bijeenkomsten/{id}/besluiten", PERM_CASUS_REGIE, h_bijeenkomst_besluit, ROUTE_PERSONAL, 0 },
	{ "GET", "/api/v1/leerpunten", PERM_LEERPUNTEN, h_api_leerpunt_lijst, ROUTE_API, 0 },
	{ "GET", "/api/v1/leerpunten/{id}", PERM_LEERPUNTEN, h_api_leerpunt_get, ROUTE_API, 0 },
	{ "POST", "/api/v1/leerpunten/{id}/beleggingen", PERM_CASUS_REGIE, h_api_belegging_nieuw, ROUTE_API, 0 },
	{ "POST", "/api/v1/beleggingen/{id}/statussen", PERM_LEERPUNTEN, h_api_belegging_status, ROUTE_API, 0 },
	{ "GET", "/api/v1/navraag", PERM_LEERPUNTEN, h_api_navraag, ROUTE_API, 0 },
	{ "GET", "/api/v1/themas", PERM_LEERPUNTEN, h_api_themas, ROUTE_API, 0 },
	{ "GET", "/api/v1/bijeenkomsten/{id}/agenda", PERM_CASUS_REGIE, h_api_bijeenkomst_agenda, ROUTE_API, 0 },
	/* Rapportage (app/rapport/); /rapportage/{bestand} is {jaar}.csv or {jaar}.xlsx */
	{ "GET", "/rapportage", PERM_RAPPORTAGE, h_rapportage, ROUTE_PERSONAL, 0 },
	{ "GET", "/rapportage/{bestand}", PERM_RAPPORTAGE, h_rapportage_bestand, ROUTE_PERSONAL, 0 },
	/* Beheer (app/beheer/): the network's lists for regievoerders and beheerders (PERM_NETWERK), accounts for
	   beheerders (PERM_BEHEER). */
	{ "GET", "/beheer", PERM_NETWERK, h_beheer, ROUTE_PERSONAL, 0 },
	{ "GET", "/beheer/organisaties", PERM_NETWERK, h_beheer_organisaties, ROUTE_PERSONAL, 0 },
	{ "POST", "/beheer/organisaties", PERM_NETWERK, h_beheer_organisatie_nieuw, ROUTE_PERSONAL, 0 },
	{ "GET", "/beheer/organisaties/nieuw", PERM_NETWERK, h_beheer_organisatie_nieuw_form, ROUTE_PERSONAL, 0 },
	{ "GET", "/beheer/organisaties/export.csv", PERM_NETWERK, h_beheer_organisaties_csv, ROUTE_PERSONAL, 0 },
	{ "GET", "/beheer/organisaties/export.xlsx", PERM_NETWERK, h_beheer_organisaties_xlsx, ROUTE_PERSONAL, 0 },
	{ "GET", "/beheer/organisaties/import", PERM_NETWERK, h_beheer_import_form, ROUTE_PERSONAL, 0 },
	{ "POST", "/beheer/organisaties/import", PERM_NETWERK, h_beheer_import, ROUTE_PERSONAL | ROUTE_MULTIPART, 5 * MIB },
	{ "GET", "/beheer/organisaties/{id}", PERM_NETWERK, h_beheer_organisatie, ROUTE_PERSONAL, 0 },
	{ "POST", "/beheer/organisaties/{id}", PERM_NETWERK, h_beheer_organisatie_wijzig, ROUTE_PERSONAL, 0 },
	{ "POST", "/beheer/organisaties/{id}/aansluitingen", PERM_NETWERK, h_beheer_aansluiting, ROUTE_PERSONAL, 0 },
	{ "POST", "/beheer/organisaties/{id}/contacten", PERM_NETWERK, h_beheer_contact, ROUTE_PERSONAL, 0 },
	{ "POST", "/beheer/organisaties/{id}/contacten/verwijderen", PERM_NETWERK, h_beheer_contact_weg, ROUTE_PERSONAL, 0 },
	{ "POST", "/beheer/organisaties/{id}/samenvoegen", PERM_NETWERK, h_beheer_samenvoegen, ROUTE_PERSONAL, 0 },
	{ "GET", "/beheer/voorstellen", PERM_NETWERK, h_beheer_voorstellen, ROUTE_PERSONAL, 0 },
	{ "POST", "/beheer/voorstellen/{id}", PERM_NETWERK, h_beheer_voorstel_besluit, ROUTE_PERSONAL, 0 },
	{ "GET", "/beheer/aanvragen", PERM_NETWERK, h_beheer_aanvragen, ROUTE_PERSONAL, 0 },
	{ "GET", "/beheer/aanvragen/{id}", PERM_NETWERK, h_beheer_aanvraag, ROUTE_PERSONAL, 0 },
	{ "POST", "/beheer/aanvragen/{id}/goedkeuren", PERM_NETWERK, h_beheer_aanvraag_goedkeuren, ROUTE_PERSONAL, 0 },
	{ "POST", "/beheer/aanvragen/{id}/afwijzen", PERM_NETWERK, h_beheer_aanvraag_afwijzen, ROUTE_PERSONAL, 0 },
	{ "GET", "/beheer/accounts", PERM_BEHEER, h_beheer_accounts, ROUTE_PERSONAL, 0 },
	{ "POST", "/beheer/accounts", PERM_BEHEER, h_beheer_account_nieuw, ROUTE_PERSONAL, 0 },
	{ "GET", "/beheer/accounts/nieuw", PERM_BEHEER, h_beheer_account_nieuw_form, ROUTE_PERSONAL, 0 },
	{ "GET", "/beheer/accounts/{id}", PERM_BEHEER, h_beheer_account, ROUTE_PERSONAL, 0 },
	{ "POST", "/beheer/accounts/{id}", PERM_BEHEER, h_beheer_account_wijzig, ROUTE_PERSONAL, 0 },
	{ "POST", "/beheer/accounts/{id}/actief", PERM_BEHEER, h_beheer_account_actief, ROUTE_PERSONAL, 0 },
	{ "POST", "/beheer/accounts/{id}/link", PERM_BEHEER, h_beheer_account_link, ROUTE_PERSONAL, 0 },
	{ "POST", "/beheer/accounts/{id}/tokens/{token}/intrekken", PERM_BEHEER, h_beheer_token_intrekken, ROUTE_PERSONAL, 0 },
	/* Before there is an account (app/sessie/toegang.c): these check their own form token, like /login. */
	{ "GET", "/toegang-aanvragen", PERM_PUBLIEK, h_toegang_form, 0, 0 },
	{ "POST", "/toegang-aanvragen", PERM_PUBLIEK, h_toegang, ROUTE_NO_CSRF, 0 },
	{ "GET", "/wachtwoord/{token}", PERM_PUBLIEK, h_wachtwoord_form, 0, 0 },
	{ "POST", "/wachtwoord/{token}", PERM_PUBLIEK, h_wachtwoord, ROUTE_NO_CSRF, 0 },
	{ "GET", "/api/v1/organisaties", PERM_INGELOGD, h_api_organisatie_lijst, ROUTE_API, 0 },
	{ "POST", "/api/v1/organisaties", PERM_NETWERK, h_api_organisatie_nieuw, ROUTE_API, 0 },
	{ "GET", "/api/v1/organisaties/{id}", PERM_INGELOGD, h_api_organisatie_get, ROUTE_API, 0 },
	{ "PATCH", "/api/v1/organisaties/{id}", PERM_NETWERK, h_api_organisatie_patch, ROUTE_API, 0 },

	/* API (app/api_mij.c, app/casus/api.c) */
	{ "GET", "/api/v1/mij", PERM_INGELOGD, h_api_mij, ROUTE_API, 0 },
	{ "GET", "/api/v1/openapi.json", PERM_PUBLIEK, h_api_openapi, ROUTE_API, 0 },
	{ "GET", "/api/v1/casussen", PERM_CASUS_LIJST, h_api_casus_lijst, ROUTE_API, 0 },
	{ "POST", "/api/v1/casussen", PERM_CASUS_INDIENEN, h_api_casus_nieuw, ROUTE_API, 0 },
	{ "GET", "/api/v1/casussen/{referentie}", PERM_CASUS_LIJST, h_api_casus_get, ROUTE_API, 0 },
	{ "PATCH", "/api/v1/casussen/{referentie}", PERM_CASUS_INDIENEN, h_api_casus_patch, ROUTE_API, 0 },
	{ "GET", "/api/v1/casussen/{referentie}/activiteiten", PERM_CASUS_LIJST, h_api_activiteit_lijst, ROUTE_API, 0 },
	{ "POST", "/api/v1/casussen/{referentie}/activiteiten", PERM_CASUS_REGIE, h_api_activiteit_nieuw, ROUTE_API, 0 },
	{ "GET", "/api/v1/casussen/{referentie}/deelnemers", PERM_CASUS_LIJST, h_api_deelnemer_lijst, ROUTE_API, 0 },
	{ "POST", "/api/v1/casussen/{referentie}/deelnemers", PERM_CASUS_REGIE, h_api_deelnemer_nieuw, ROUTE_API, 0 },
	{ "DELETE", "/api/v1/casussen/{referentie}/deelnemers/{persoonId}", PERM_CASUS_REGIE, h_api_deelnemer_verwijderen,
	    ROUTE_API, 0 },
	{ "PUT", "/api/v1/casussen/{referentie}/follow-up", PERM_CASUS_REGIE, h_api_followup, ROUTE_API, 0 },
	{ "GET", "/api/v1/follow-ups", PERM_CASUS_REGIE, h_api_followup_lijst, ROUTE_API, 0 },
};

const size_t app_routes_count = sizeof(app_routes) / sizeof(app_routes[0]);
