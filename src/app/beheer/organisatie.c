/* organisatie.c - one organisation in beheer: its fields, connection history, contact persons, and merging it. */
#include <string.h>

#include "app/beheer/beheer.h"
#include "core/casus.h"
#include "app/beheer/handlers.h"
#include "core/aansluiting.h"
#include "core/contact.h"
#include "core/organisatie.h"
#include "lib/date.h"

/* What the page shows again after a refused form: which form, the message, the values typed. */
struct pagina_staat {
	const char *formulier;     /* "organisatie", "aansluiting", "contact", "samenvoegen" */
	const struct err *e;
	const struct organisatie_invoer *invoer;
	const char *a_status, *a_datum, *a_bron;
	const char *c_naam, *c_email, *c_functie, *c_telefoon, *c_rol;
	int64_t sv_naar;
};

static json_t *
historie_json(struct request *r, const struct aansluiting *h, size_t n)
{
	json_t *v = json_array();

	for (size_t i = n; i-- > 0;)   /* newest first */
		json_array_append_new(v, json_pack("{s:s,s:s,s:s,s:s?}", "status", codes_aansluiting.labels[h[i].status],
		    "datum", app_datum_tekst(r, h[i].datum), "datum_iso", app_datum_iso(r, h[i].datum), "bron", h[i].bron));
	return v;
}

static json_t *
contacten_json(const struct org_contact *c, size_t n)
{
	json_t *v = json_array();

	for (size_t i = 0; i < n; i++)
		json_array_append_new(v, json_pack("{s:s,s:s?,s:s?,s:s?,s:s,s:b,s:I,s:s}", "naam", c[i].naam, "email",
		    c[i].email, "functie", c[i].functie, "telefoon", c[i].telefoon, "rol",
		    strcmp(c[i].rol, "ambassadeur") == 0 ? "Ambassadeur" : "Contactpersoon", "account", c[i].account,
		    "persoon", (json_int_t)c[i].persoon_id, "rol_code", c[i].rol));
	return v;
}

static json_t *
status_opties(const char *gekozen)
{
	json_t *v = json_array();

	for (int i = 0; i < AANSLUITING__MAX; i++)
		json_array_append_new(v, json_pack("{s:s,s:s,s:b}", "code", codes_aansluiting.codes[i], "label",
		    codes_aansluiting.labels[i], "gekozen", gekozen != NULL && strcmp(gekozen, codes_aansluiting.codes[i]) == 0));
	return v;
}

static void
pagina(struct request *r, int64_t id, int status, const struct pagina_staat *s)
{
	static const char *const codes[] = { "aangemaakt", "gewijzigd", "aansluiting", "contact", "contact_weg",
		"samengevoegd", "geaccepteerd", "gekoppeld" };
	static const char *const teksten[] = { "De organisatie staat in de lijst.", "De wijzigingen zijn opgeslagen.",
		"De aansluiting is aan de geschiedenis toegevoegd.", "De contactpersoon is toegevoegd.",
		"De contactpersoon is verwijderd.", "De organisaties zijn samengevoegd: alles wat naar de andere verwees, "
		"verwijst nu hierheen.", "Het voorstel is opgenomen in de lijst.",
		"Het voorstel is gekoppeld aan deze organisatie: alles wat ernaar verwees, verwijst nu hierheen." };
	struct organisatie_rij o;
	struct aansluiting *h = NULL;
	struct org_contact *c = NULL;
	size_t nh = 0, nc = 0;
	struct err e = { 0 };
	enum err_code rc;
	struct organisatie_invoer in;
	json_t *ctx;
	int nu;

	if ((rc = store_organisatie_lees(r->store, r->arena, id, &o, &e)) != ERR_OK ||
	    (rc = store_aansluiting_lijst(r->store, r->arena, id, &h, &nh, &e)) != ERR_OK ||
	    (rc = store_contact_lijst(r->store, r->arena, id, &c, &nc, &e)) != ERR_OK) {
		if (rc == ERR_NOT_FOUND)
			req_audit(r, "organisatie.lezen", "organisatie", app_id_tekst(r, id), AUDIT_GEWEIGERD);
		reply_err(r, &e);
		return;
	}
	memset(&in, 0, sizeof(in));
	in.naam = o.naam;
	in.type = o.type;
	in.code = o.code;
	in.parent_id = o.parent_id;
	in.email = o.email;
	in.telefoon = o.telefoon;
	if (s != NULL && s->invoer != NULL)
		in = *s->invoer;
	nu = aansluiting_op(h, nh, app_vandaag(r));
	ctx = json_object();
	json_object_set_new(ctx, "id", json_integer((json_int_t)o.id));
	json_object_set_new(ctx, "naam", json_string(o.naam));
	json_object_set_new(ctx, "status_voorstel", json_boolean(o.status != ORGSTATUS_BEKEND));
	json_object_set_new(ctx, "status_label", json_string(codes_organisatie_status.labels[o.status]));
	json_object_set_new(ctx, "type_label", json_string(codes_organisatie_type.labels[o.type]));
	json_object_set_new(ctx, "aansluiting_nu", json_string(nu < 0 ? "Niet aangesloten (niets vastgelegd)" :
	    codes_aansluiting.labels[nu]));
	json_object_set_new(ctx, "organisatie", bh_organisatie_form_ctx(r, &in));
	json_object_set_new(ctx, "tellingen", json_pack("{s:i,s:i,s:i,s:i,s:i}", "casussen", (int)o.casussen, "personen",
	    (int)o.personen, "beleggingen", (int)o.beleggingen, "onderdelen", (int)o.onderdelen, "accounts",
	    (int)o.accounts));
	json_object_set_new(ctx, "historie", historie_json(r, h, nh));
	json_object_set_new(ctx, "heeft_historie", json_boolean(nh > 0));
	json_object_set_new(ctx, "statussen", status_opties(s ? s->a_status : NULL));
	json_object_set_new(ctx, "a_datum", json_string(s && s->a_datum ? s->a_datum : app_datum_iso(r, app_vandaag(r))));
	json_object_set_new(ctx, "a_bron", json_string(s && s->a_bron ? s->a_bron : ""));
	json_object_set_new(ctx, "contacten", contacten_json(c, nc));
	json_object_set_new(ctx, "heeft_contacten", json_boolean(nc > 0));
	json_object_set_new(ctx, "contact", json_pack("{s:s,s:s,s:s,s:s,s:b}", "naam", s && s->c_naam ? s->c_naam : "",
	    "email", s && s->c_email ? s->c_email : "", "functie", s && s->c_functie ? s->c_functie : "", "telefoon",
	    s && s->c_telefoon ? s->c_telefoon : "", "ambassadeur", s && s->c_rol && strcmp(s->c_rol, "ambassadeur") == 0));
	json_object_set_new(ctx, "naar_opties", bh_organisatie_opties(r, s ? s->sv_naar : 0, "Kies de organisatie"));
	if (s != NULL && s->e != NULL)
		bh_fouten(r, ctx, s->formulier, s->e);
	else
		bh_melding(r, ctx, codes, teksten, sizeof(codes) / sizeof(codes[0]));
	bh_subnav(r, ctx, "/beheer/organisaties");
	reply_page(r, status, "beheer/organisatie", o.naam, ctx);
}

/* The id of the page; false after replying 404 for an id that does not parse or an organisation that is gone. */
static bool
organisatie_id(struct request *r, const char *actie, int64_t *id)
{
	struct organisatie_rij o;
	struct err e = { 0 };

	if (!bh_param_id(r, 0, actie, "organisatie", id))
		return false;
	if (store_organisatie_lees(r->store, r->arena, *id, &o, &e) == ERR_OK)
		return true;
	req_audit(r, actie, "organisatie", req_param(r, 0), AUDIT_GEWEIGERD);
	reply_err(r, &e);
	return false;
}

void
h_beheer_organisatie(struct request *r)
{
	int64_t id;

	if (bh_param_id(r, 0, "organisatie.lezen", "organisatie", &id))
		pagina(r, id, 200, NULL);
}

/* Replies to a refused form: the page again with the message (400/409), or the error itself. */
static void
geweigerd(struct request *r, int64_t id, const char *actie, enum err_code rc, struct pagina_staat *s)
{
	store_rollback(r->store);
	req_audit(r, actie, "organisatie", app_id_tekst(r, id), AUDIT_MISLUKT);
	if (rc == ERR_VALIDATION || rc == ERR_CONFLICT)
		pagina(r, id, err_http_status(rc), s);
	else
		reply_err(r, s->e);
}

void
h_beheer_organisatie_wijzig(struct request *r)
{
	struct organisatie_invoer in;
	struct err e = { 0 };
	struct pagina_staat s = { .formulier = "organisatie", .e = &e, .invoer = &in };
	enum err_code rc = ERR_VALIDATION;
	int64_t id;

	if (!organisatie_id(r, "organisatie.wijzigen", &id))
		return;
	if (!bh_lees_organisatie(r, &in, &e) || (rc = bh_organisatie_check(r, id, &in, &e)) != ERR_OK) {
		geweigerd(r, id, "organisatie.wijzigen", rc, &s);
		return;
	}
	if (!app_begin(r))
		return;
	if ((rc = store_organisatie_wijzig(r->store, id, &in, &e)) != ERR_OK) {
		geweigerd(r, id, "organisatie.wijzigen", rc, &s);
		return;
	}
	if (app_commit(r, "organisatie.wijzigen", "organisatie", app_id_tekst(r, id), NULL))
		reply_redirect(r, 303, arena_printf(r->arena, "/beheer/organisaties/%lld?melding=gewijzigd", (long long)id));
}

void
h_beheer_aansluiting(struct request *r)
{
	const char *status = req_form(r, "status"), *datum = req_form(r, "datum"), *bron = app_form_tekst(r, "bron");
	struct aansluiting nieuw = { 0, AANSLUITING__MAX, DATE_NONE, bron }, *h = NULL;
	struct err e = { 0 };
	struct pagina_staat s = { .formulier = "aansluiting", .e = &e, .a_status = status, .a_datum = datum, .a_bron = bron };
	enum err_code rc;
	size_t n = 0;
	int64_t id;
	int k;

	if (!organisatie_id(r, "organisatie.aansluiting", &id))
		return;
	if (status != NULL && (k = codelist_find(&codes_aansluiting, status)) >= 0)
		nieuw.status = (enum aansluiting_status)k;
	if (datum != NULL && datum[0] != '\0' && !date_parse(datum, &nieuw.datum)) {
		err_set(&e, ERR_VALIDATION, "datum", "Vul de datum in als JJJJ-MM-DD.");
		geweigerd(r, id, "organisatie.aansluiting", ERR_VALIDATION, &s);
		return;
	}
	if (!app_begin(r))
		return;
	if ((rc = store_aansluiting_lijst(r->store, r->arena, id, &h, &n, &e)) != ERR_OK ||
	    (rc = aansluiting_validate(&nieuw, h, n, app_vandaag(r), &e)) != ERR_OK ||
	    (rc = store_aansluiting_toevoegen(r->store, id, &nieuw, r->actor.gebruiker_id, r->now, &e)) != ERR_OK) {
		geweigerd(r, id, "organisatie.aansluiting", rc, &s);
		return;
	}
	if (app_commit(r, "organisatie.aansluiting", "organisatie", app_id_tekst(r, id), NULL))
		reply_redirect(r, 303, arena_printf(r->arena, "/beheer/organisaties/%lld?melding=aansluiting#geschiedenis",
		    (long long)id));
}

void
h_beheer_contact(struct request *r)
{
	struct org_contact c = { .naam = req_form(r, "naam"), .email = req_form(r, "email"),
		.functie = app_form_tekst(r, "functie"), .telefoon = app_form_tekst(r, "telefoon"),
		.rol = req_form(r, "rol") };
	struct err e = { 0 };
	struct pagina_staat s = { .formulier = "contact", .e = &e, .c_naam = c.naam, .c_email = c.email,
		.c_functie = c.functie, .c_telefoon = c.telefoon, .c_rol = c.rol };
	struct account_invoer check = { .naam = c.naam, .email = c.email, .functie = c.functie, .telefoon = c.telefoon,
		.roles = ROL_BIT(ROL_INDIENER) };
	enum err_code rc;
	int64_t id;

	if (!organisatie_id(r, "organisatie.contact", &id))
		return;
	if (c.rol == NULL || (strcmp(c.rol, "ambassadeur") != 0 && strcmp(c.rol, "contactpersoon") != 0))
		c.rol = "contactpersoon";
	/* the same checks as an account's fields: a name, an e-mail address, optional function and phone */
	if ((rc = account_validate(&check, &e)) != ERR_OK) {
		geweigerd(r, id, "organisatie.contact", rc, &s);
		return;
	}
	if (!app_begin(r))
		return;
	if ((rc = store_contact_toevoegen(r->store, id, &c, r->now, NULL, &e)) != ERR_OK) {
		geweigerd(r, id, "organisatie.contact", rc, &s);
		return;
	}
	if (app_commit(r, "organisatie.contact", "organisatie", app_id_tekst(r, id), NULL))
		reply_redirect(r, 303, arena_printf(r->arena, "/beheer/organisaties/%lld?melding=contact#contacten",
		    (long long)id));
}

void
h_beheer_contact_weg(struct request *r)
{
	const char *rol = req_form(r, "rol");
	struct err e = { 0 };
	struct pagina_staat s = { .formulier = "contact", .e = &e };
	enum err_code rc;
	int64_t id, persoon = 0;

	if (!organisatie_id(r, "organisatie.contact_weg", &id))
		return;
	if (!req_parse_id(req_form(r, "persoon"), &persoon) || rol == NULL) {
		err_set(&e, ERR_VALIDATION, "contact", "Kies de contactpersoon die weg moet.");
		geweigerd(r, id, "organisatie.contact_weg", ERR_VALIDATION, &s);
		return;
	}
	if (!app_begin(r))
		return;
	if ((rc = store_contact_verwijderen(r->store, id, persoon, rol, &e)) != ERR_OK) {
		geweigerd(r, id, "organisatie.contact_weg", rc == ERR_NOT_FOUND ? ERR_VALIDATION : rc, &s);
		return;
	}
	if (app_commit(r, "organisatie.contact_weg", "organisatie", app_id_tekst(r, id), NULL))
		reply_redirect(r, 303, arena_printf(r->arena, "/beheer/organisaties/%lld?melding=contact_weg#contacten",
		    (long long)id));
}

/* Checks and performs the merge of van into naar inside an open transaction; the audit row names both. */
enum err_code
bh_samenvoegen(struct request *r, int64_t van, int64_t naar, struct samenvoeging_telling *t, struct err *e)
{
	struct organisatie_rij ov, on;
	struct org_ouder *boom = NULL;
	size_t n = 0;
	struct org_samenvoeging s;
	enum err_code rc;

	if ((rc = store_organisatie_lees(r->store, r->arena, van, &ov, e)) != ERR_OK)
		return rc;
	if (naar == 0 || store_organisatie_lees(r->store, r->arena, naar, &on, NULL) != ERR_OK)
		return err_set(e, ERR_VALIDATION, "naar", "Kies een bestaande organisatie om mee samen te voegen.");
	if ((rc = store_organisatie_boom(r->store, r->arena, &boom, &n, e)) != ERR_OK)
		return rc;
	s.van = van;
	s.naar = naar;
	s.van_code = ov.code;
	s.naar_code = on.code;
	s.naar_bekend = on.status == ORGSTATUS_BEKEND;
	if ((rc = organisatie_samenvoegen_check(boom, n, &s, e)) != ERR_OK)
		return rc;
	return store_organisatie_samenvoegen(r->store, van, naar, t, e);
}

void
h_beheer_samenvoegen(struct request *r)
{
	struct err e = { 0 };
	struct pagina_staat s = { .formulier = "samenvoegen", .e = &e };
	struct samenvoeging_telling t;
	enum err_code rc;
	int64_t id, naar = 0;
	const char *v = req_form(r, "naar");

	if (!organisatie_id(r, "organisatie.samenvoegen", &id))
		return;
	if (v != NULL && v[0] != '\0' && !req_parse_id(v, &naar)) {
		err_set(&e, ERR_VALIDATION, "naar", "Kies de organisatie uit de lijst.");
		geweigerd(r, id, "organisatie.samenvoegen", ERR_VALIDATION, &s);
		return;
	}
	s.sv_naar = naar;
	if (!app_begin(r))
		return;
	if ((rc = bh_samenvoegen(r, id, naar, &t, &e)) != ERR_OK) {
		geweigerd(r, id, "organisatie.samenvoegen", rc, &s);
		return;
	}
	if (app_commit(r, "organisatie.samenvoegen", "organisatie",
	    arena_printf(r->arena, "%lld in %lld", (long long)id, (long long)naar), NULL))
		reply_redirect(r, 303, arena_printf(r->arena, "/beheer/organisaties/%lld?melding=samengevoegd",
		    (long long)naar));
}
