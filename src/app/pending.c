/* pending.c - TEMPORARY while Het Loket is being built: weak fallbacks (501) for handlers whose real,
   strong definitions land in app/casus_web.c, app/casus_export.c and app/casus_api.c. Deleted when all exist. */
#include "app/handlers.h"

static void
pending(struct request *r)
{
	reply_problem(r, 501, "Nog niet gebouwd", "Dit onderdeel wordt op dit moment gebouwd.");
}

__attribute__((weak)) void
h_casus_lijst(struct request *r)
{
	pending(r);
}

__attribute__((weak)) void
h_casus_nieuw_form(struct request *r)
{
	pending(r);
}

__attribute__((weak)) void
h_casus_nieuw(struct request *r)
{
	pending(r);
}

__attribute__((weak)) void
h_casus_detail(struct request *r)
{
	pending(r);
}

__attribute__((weak)) void
h_casus_bewerken_form(struct request *r)
{
	pending(r);
}

__attribute__((weak)) void
h_casus_bewerken(struct request *r)
{
	pending(r);
}

__attribute__((weak)) void
h_casus_toewijzen(struct request *r)
{
	pending(r);
}

__attribute__((weak)) void
h_casus_vrijgeven(struct request *r)
{
	pending(r);
}

__attribute__((weak)) void
h_casus_activiteit(struct request *r)
{
	pending(r);
}

__attribute__((weak)) void
h_casus_deelnemer(struct request *r)
{
	pending(r);
}

__attribute__((weak)) void
h_casus_afronden_form(struct request *r)
{
	pending(r);
}

__attribute__((weak)) void
h_casus_afronden(struct request *r)
{
	pending(r);
}

__attribute__((weak)) void
h_casus_heropenen(struct request *r)
{
	pending(r);
}

__attribute__((weak)) void
h_casus_followup(struct request *r)
{
	pending(r);
}

__attribute__((weak)) void
h_followup_lijst(struct request *r)
{
	pending(r);
}

__attribute__((weak)) void
h_zoeken(struct request *r)
{
	pending(r);
}

__attribute__((weak)) void
h_casus_werkvoorraad_xlsx(struct request *r)
{
	pending(r);
}

__attribute__((weak)) void
h_casus_monitor_xlsx(struct request *r)
{
	pending(r);
}

__attribute__((weak)) void
h_api_casus_lijst(struct request *r)
{
	pending(r);
}

__attribute__((weak)) void
h_api_casus_nieuw(struct request *r)
{
	pending(r);
}

__attribute__((weak)) void
h_api_casus_get(struct request *r)
{
	pending(r);
}

__attribute__((weak)) void
h_api_casus_patch(struct request *r)
{
	pending(r);
}

__attribute__((weak)) void
h_api_activiteit_lijst(struct request *r)
{
	pending(r);
}

__attribute__((weak)) void
h_api_activiteit_nieuw(struct request *r)
{
	pending(r);
}

__attribute__((weak)) void
h_api_deelnemer_lijst(struct request *r)
{
	pending(r);
}

__attribute__((weak)) void
h_api_deelnemer_nieuw(struct request *r)
{
	pending(r);
}

__attribute__((weak)) void
h_api_followup(struct request *r)
{
	pending(r);
}

__attribute__((weak)) void
h_api_followup_lijst(struct request *r)
{
	pending(r);
}

