/* handeling.c - audit rows (fail closed), transactions, ids as text and optional form fields for every handler. */
#include <string.h>

#include "app/common/handeling.h"
#include "core/contact.h"

bool
app_audit(struct request *r, const char *actie, const char *object_type, const char *object_id)
{
	if (req_audit(r, actie, object_type, object_id, AUDIT_TOEGESTAAN) == ERR_OK)
		return true;
	reply_problem(r, 503, "Tijdelijk niet beschikbaar",
	    "Het auditlog kon niet worden bijgewerkt; daarom worden geen gegevens getoond of gewijzigd.");
	return false;
}

bool
app_begin(struct request *r)
{
	if (store_begin(r->store) == ERR_OK)
		return true;
	reply_problem(r, 503, "Tijdelijk niet beschikbaar", "De database is even bezet; probeer het opnieuw.");
	return false;
}

bool
app_commit(struct request *r, const char *actie, const char *object_type, const char *object_id, const char *casus)
{
	enum err_code rc = casus != NULL ? req_audit_casus(r, actie, object_type, object_id, casus, AUDIT_TOEGESTAAN) :
	    req_audit(r, actie, object_type, object_id, AUDIT_TOEGESTAAN);

	if (rc != ERR_OK) {
		store_rollback(r->store);
		reply_problem(r, 503, "Tijdelijk niet beschikbaar",
		    "Het auditlog kon niet worden bijgewerkt; daarom is er niets gewijzigd.");
		return false;
	}
	if (store_commit(r->store) != ERR_OK) {   /* store_commit rolls back what it could not commit */
		reply_problem(r, 500, "Interne fout", "Er ging iets mis bij het opslaan. Probeer het opnieuw.");
		return false;
	}
	return true;
}

const char *
app_id_tekst(struct request *r, int64_t id)
{
	return arena_printf(r->arena, "%lld", (long long)id);
}

const char *
app_form_tekst(struct request *r, const char *naam)
{
	const char *v = req_form(r, naam);

	return contact_leeg(v) ? NULL : v;
}

json_t *
app_form_waarden(struct request *r)
{
	json_t *w = json_object();

	for (size_t i = 0; i < r->nform; i++)
		if (strcmp(r->form[i].key, "csrf") != 0)
			json_object_set_new(w, r->form[i].key, json_string(r->form[i].value));
	return w;
}
