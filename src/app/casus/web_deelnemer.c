/* web_deelnemer.c - taking a deelnemer's invitation away on the casus page: a confirmation page, then the removal
   in one transaction with its timeline entry; from then on the casus is hidden from them (404). */
#include <stdlib.h>
#include <string.h>

#include "app/casus/gebeurtenis.h"
#include "app/casus/handlers.h"
#include "app/casus/web.h"
#include "core/casus_lifecycle.h"

/* The persoon id of the path ({persoon}), 0 when it is not a positive number. */
static int64_t
persoon_param(struct request *r)
{
	const char *v = req_param(r, 1);
	char *end = NULL;
	long long id = v ? strtoll(v, &end, 10) : 0;

	return v != NULL && *v != '\0' && end != NULL && *end == '\0' && id > 0 ? id : 0;
}

/* Opens the casus for regie and finds the deelnemer; replies (404) and returns false when they are not one. */
static bool
open_deelnemer(struct request *r, struct casus_toegang *t, int64_t *pid, const char **rol, const char **naam)
{
	struct err e = { 0 };
	enum err_code rc;

	if (!cw_open(r, req_param(r, 0), CASUS_REGIE, "casus.deelnemer_verwijderen", t))
		return false;
	*pid = persoon_param(r);
	rc = *pid > 0 ? store_deelnemer_get(r->store, r->arena, t->id, *pid, rol, naam, &e) : ERR_NOT_FOUND;
	if (rc == ERR_NOT_FOUND) {
		reply_problem(r, 404, "Niet gevonden", "Deze persoon is geen deelnemer van deze casus (meer).");
		return false;
	}
	if (rc != ERR_OK) {
		cw_reply_store(r, rc, &e);
		return false;
	}
	return true;
}

/* GET /casussen/{ref}/deelnemers/{persoon}/verwijderen: 200 (the question), 404. */
void
h_casus_deelnemer_verwijderen_form(struct request *r)
{
	struct casus_toegang t;
	const char *rol = NULL, *naam = NULL;
	int64_t pid;

	if (!open_deelnemer(r, &t, &pid, &rol, &naam))
		return;
	reply_page(r, 200, "casus/deelnemer_verwijderen", "Deelnemer verwijderen", json_pack("{s:s,s:s,s:s,s:I}",
	    "pad", req_param(r, 0), "naam", naam ? naam : "", "rol", rol && strcmp(rol, "ambassadeur") == 0 ?
	    "ambassadeur" : "maatwerkprofessional", "persoon", (json_int_t)pid));
}

/* POST /casussen/{ref}/deelnemers/{persoon}/verwijderen: 303 to the casus, 400 (not confirmed), 404, 409 (the
   chair of the LET), 503. */
void
h_casus_deelnemer_verwijderen(struct request *r)
{
	struct casus_toegang t;
	struct casus_overgang o;
	struct err e = { 0 };
	enum err_code rc;
	const char *rol = NULL, *naam = NULL, *bevestig = req_form(r, "bevestig");
	int64_t pid;

	if (!open_deelnemer(r, &t, &pid, &rol, &naam))
		return;
	if (bevestig == NULL || strcmp(bevestig, "ja") != 0) {
		reply_page(r, 400, "casus/deelnemer_verwijderen", "Deelnemer verwijderen", json_pack(
		    "{s:s,s:s,s:s,s:I,s:s}", "pad", req_param(r, 0), "naam", naam ? naam : "", "rol", rol ? rol : "",
		    "persoon", (json_int_t)pid, "fout", "Bevestig met de knop dat u deze deelnemer wilt verwijderen."));
		return;
	}
	if ((rc = casus_deelnemer_verwijderen(t.status, rol, naam, app_vandaag(r), &o, &e)) == ERR_CONFLICT) {
		reply_problem(r, 409, "Kan niet worden verwijderd", e.msg);
		return;
	}
	if (store_begin(r->store) != ERR_OK) {
		reply_problem(r, 503, "Even bezet", "De wijziging kon niet worden opgeslagen. Probeer het opnieuw.");
		return;
	}
	if ((rc = store_deelnemer_remove(r->store, t.id, pid, &e)) == ERR_OK)
		rc = casus_gebeurtenis_vastleggen(r, t.id, &o, &e);
	if (rc != ERR_OK) {
		store_rollback(r->store);
		cw_reply_store(r, rc, &e);
		return;
	}
	if (store_commit(r->store) != ERR_OK) {
		store_rollback(r->store);
		reply_problem(r, 503, "Even bezet", "De wijziging kon niet worden opgeslagen. Probeer het opnieuw.");
		return;
	}
	reply_redirect(r, 303, arena_printf(r->arena, "/casussen/%s?gedaan=deelnemer_verwijderd#deelnemers",
	    req_param(r, 0)));
}
