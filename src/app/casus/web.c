/* web.c - shared pieces of Het Loket's pages: opening a casus (also a concept), form fields and their
   messages, display helpers. */
#include "app/casus/web.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/perm.h"
#include "lib/date.h"

/* ---- messages ---------------------------------------------------------- */

void
cw_fout(struct cw_fouten *f, const char *id, const char *tekst)
{
	if (f == NULL || f->n >= CW_MAX_FOUTEN || cw_fout_van(f, id) != NULL)
		return;
	f->f[f->n].id = id;
	f->f[f->n].tekst = tekst;
	f->n++;
}

const char *
cw_fout_van(const struct cw_fouten *f, const char *id)
{
	for (int i = 0; f != NULL && i < f->n; i++)
		if (strcmp(f->f[i].id, id) == 0)
			return f->f[i].tekst;
	return NULL;
}

void
cw_fouten_ctx(json_t *ctx, const struct cw_fouten *f)
{
	json_t *a = json_array();

	for (int i = 0; f != NULL && i < f->n; i++)
		json_array_append_new(a, json_pack("{s:s,s:s}", "id", f->f[i].id, "tekst", f->f[i].tekst));
	json_object_set_new(ctx, "heeft_fouten", json_boolean(f != NULL && f->n > 0));
	json_object_set_new(ctx, "aantal_fouten", json_integer(f != NULL ? f->n : 0));
	json_object_set_new(ctx, "meer_fouten", json_boolean(f != NULL && f->n > 1));
	json_object_set_new(ctx, "fouten", a);
}

const char *
cw_veld_id(struct arena *a, const char *pad)
{
	size_t n = strlen(pad);
	char *out = arena_alloc(a, 2 * n + 1), *o = out;

	for (const char *p = pad; *p != '\0'; p++) {
		if (*p == '.' || *p == '[')
			*o++ = '_';
		else if (*p == ']')
			continue;
		else if (isupper((unsigned char)*p)) {
			*o++ = '_';
			*o++ = (char)tolower((unsigned char)*p);
		} else
			*o++ = *p;
	}
	*o = '\0';
	return out[0] != '\0' ? out : "inhoud";
}

/* ---- field descriptions ------------------------------------------------ */

static json_t *
veld_basis(const struct cw_fouten *f, const char *id, const char *naam, const char *label, const char *hulp)
{
	const char *fout = cw_fout_van(f, id);
	char beschreven[200];

	snprintf(beschreven, sizeof(beschreven), "%s%s%s%s%s", hulp ? id : "", hulp ? "-hulp" : "",
	    hulp && fout ? " " : "", fout ? id : "", fout ? "-fout" : "");
	/* Every key the partials read is always set, so a lookup never falls through to an outer scope. */
	return json_pack("{s:s,s:s,s:s,s:s,s:s,s:s,s:b,s:b,s:b,s:b,s:b,s:b,s:b,s:b,s:s,s:i,s:i,s:[]}",
	    "id", id, "naam", naam, "label", label, "hulp", hulp ? hulp : "", "fout", fout ? fout : "",
	    "beschreven", beschreven, "textarea", 0, "verplicht", 0, "toon_optioneel", 0, "radio", 0, "is_tekst", 0, "is_email", 0,
	    "is_datum", 0, "is_getal", 0, "waarde", "", "max", 0, "rijen", 0, "opties");
}

json_t *
cw_veld(const struct cw_fouten *f, const char *id, const char *naam, const char *label, const char *hulp,
    enum cw_invoer soort, const char *waarde, size_t max, bool verplicht)
{
	json_t *v = veld_basis(f, id, naam, label, hulp);

	json_object_set_new(v, "waarde", json_string(waarde ? waarde : ""));
	json_object_set_new(v, "max", json_integer((json_int_t)max));
	json_object_set_new(v, "verplicht", json_boolean(verplicht));
	json_object_set_new(v, "toon_optioneel", json_boolean(!verplicht));
	json_object_set_new(v, soort == CW_TEXTAREA ? "textarea" : soort == CW_EMAIL ? "is_email" :
	    soort == CW_DATUM ? "is_datum" : soort == CW_GETAL ? "is_getal" : "is_tekst", json_true());
	json_object_set_new(v, "rijen", json_integer(soort == CW_TEXTAREA ? (max > CASUS_MAX_KORT ? 6 : 3) : 0));
	return v;
}

json_t *
cw_keuze(const struct cw_fouten *f, const char *id, const char *naam, const char *label, const char *hulp,
    json_t *opties)
{
	json_t *v = veld_basis(f, id, naam, label, hulp);

	json_object_set_new(v, "opties", opties);
	return v;
}

json_t *
cw_groep(const struct cw_fouten *f, const char *id, const char *naam, const char *label, const char *hulp,
    bool radio, json_t *opties)
{
	json_t *v = veld_basis(f, id, naam, label, hulp), *o;
	size_t i;

	json_array_foreach(opties, i, o) {
		char oid[128];

		snprintf(oid, sizeof(oid), "%s_%zu", id, i);
		json_object_set_new(o, "id", json_string(oid));
	}
	json_object_set_new(v, "radio", json_boolean(radio));
	json_object_set_new(v, "opties", opties);
	return v;
}

json_t *
cw_optie(const char *code, const char *label, bool gekozen)
{
	return json_pack("{s:s,s:s,s:b}", "code", code, "label", label, "gekozen", gekozen);
}

json_t *
cw_opties(const struct codelist *l, int gekozen, const char *leeg)
{
	json_t *a = json_array();

	if (leeg != NULL)
		json_array_append_new(a, cw_optie("", leeg, gekozen < 0));
	for (int i = 0; i < l->n; i++)
		json_array_append_new(a, cw_optie(l->codes[i], l->labels[i], i == gekozen));
	return a;
}

json_t *
cw_opties_bits(const struct codelist *l, unsigned bits)
{
	json_t *a = json_array();

	for (int i = 0; i < l->n; i++)
		json_array_append_new(a, cw_optie(l->codes[i], l->labels[i], (bits >> i) & 1u));
	return a;
}

json_t *
cw_opties_bits64(const struct codelist *l, uint64_t bits)
{
	json_t *a = json_array();

	for (int i = 0; i < l->n && i < 64; i++)
		if (l->codes[i] != NULL)
			json_array_append_new(a, cw_optie(l->codes[i], l->labels[i], (bits >> i) & 1u));
	return a;
}

uint64_t
cw_bits64(struct request *r, struct cw_fouten *f, const char *naam, const char *id, const struct codelist *l)
{
	size_t n = 0;
	const char **v = req_form_all(r, naam, &n);
	uint64_t bits = 0;

	for (size_t i = 0; i < n; i++) {
		int c = codelist_find(l, v[i]);

		if (c < 0 || c >= 64)
			cw_fout(f, id, "Kies uit de lijst.");
		else
			bits |= (uint64_t)1 << c;
	}
	return bits;
}

/* ---- reading forms ----------------------------------------------------- */

bool
cw_leeg(const char *s)
{
	return casus_tekst_leeg(s);
}

const char *
cw_tekst_check(struct request *r, struct cw_fouten *f, const char *v, const char *id, const char *label,
    size_t max, bool verplicht)
{
	if (cw_leeg(v)) {
		if (verplicht)
			cw_fout(f, id, arena_printf(r->arena, "Vul %s in.", label));
		return NULL;
	}
	if (strlen(v) > max)
		cw_fout(f, id, arena_printf(r->arena, "%c%s is te lang: maximaal %zu tekens, u gebruikte er %zu.",
		    toupper((unsigned char)label[0]), label + 1, max, strlen(v)));
	else if (bsn_detect(v))
		cw_fout(f, id, arena_printf(r->arena, "%c%s lijkt een BSN te bevatten. Een BSN is niet nodig en wordt "
		    "niet opgeslagen: haal het nummer weg en gebruik initialen of een schuilnaam.",
		    toupper((unsigned char)label[0]), label + 1));
	return v;
}

const char *
cw_tekst(struct request *r, struct cw_fouten *f, const char *naam, const char *id, const char *label, size_t max,
    bool verplicht)
{
	return cw_tekst_check(r, f, req_form(r, naam), id, label, max, verplicht);
}

int
cw_datum(struct request *r, struct cw_fouten *f, const char *waarde, const char *id, const char *label,
    bool verplicht)
{
	int d;

	if (cw_leeg(waarde)) {
		if (verplicht)
			cw_fout(f, id, arena_printf(r->arena, "Vul %s in.", label));
		return DATE_NONE;
	}
	if (!date_parse(waarde, &d)) {
		cw_fout(f, id, arena_printf(r->arena, "Vul %s in als jjjj-mm-dd, bijvoorbeeld 2025-03-01.", label));
		return DATE_NONE;
	}
	return d;
}

int
cw_code(const struct codelist *l, const char *v)
{
	int i;

	if (v == NULL || v[0] == '\0')
		return -1;
	i = codelist_find(l, v);
	return i >= 0 ? i : -2;
}

/* ---- display ----------------------------------------------------------- */

const char *
cw_label(const struct codelist *l, int i)
{
	return i >= 0 && i < l->n ? l->labels[i] : "";
}

const char *
cw_bits_tekst(struct request *r, const struct codelist *l, unsigned bits)
{
	struct buf b;
	const char *out;

	buf_init(&b, 0);
	for (int i = 0; i < l->n; i++)
		if ((bits >> i) & 1u) {
			if (b.len > 0)
				buf_puts(&b, ", ");
			buf_puts(&b, l->labels[i]);
		}
	out = arena_strdup(r->arena, buf_str(&b));
	buf_free(&b);
	return out;
}

json_t *
cw_bits_lijst(const struct codelist *l, unsigned bits)
{
	json_t *a = json_array();

	for (int i = 0; i < l->n; i++)
		if ((bits >> i) & 1u)
			json_array_append_new(a, json_string(l->labels[i]));
	return a;
}

const char *
cw_dagen(struct request *r, int n)
{
	return arena_printf(r->arena, "%d %s", n, n == 1 ? "dag" : "dagen");
}

const char *
cw_klasse(int complexiteit)
{
	return complexiteit <= 2 ? "laag" : complexiteit <= 5 ? "midden" : "hoog";
}

bool
cw_is_regie(const struct request *r)
{
	return actor_has(&r->actor, ROL_REGIEVOERDER);
}

const char *
cw_pad(struct request *r, int64_t id, const char *referentie)
{
	if (referentie != NULL)
		return referentie;
	return arena_printf(r->arena, CW_CONCEPT_PREFIX "%lld", (long long)id);
}

/* ---- access ------------------------------------------------------------ */

static void
niet_gevonden(struct request *r)
{
	reply_problem(r, 404, "Niet gevonden", "Deze casus bestaat niet of u heeft er geen toegang toe.");
}

/* "concept-<id>" with a positive decimal id without leading zeros; 0 otherwise. */
static int64_t
concept_id(const char *ref)
{
	const char *p;
	char *end;
	long long v;

	if (ref == NULL || strncmp(ref, CW_CONCEPT_PREFIX, strlen(CW_CONCEPT_PREFIX)) != 0)
		return 0;
	p = ref + strlen(CW_CONCEPT_PREFIX);
	if (!isdigit((unsigned char)p[0]) || p[0] == '0' || strlen(p) > 18)
		return -1;
	errno = 0;
	v = strtoll(p, &end, 10);
	return errno == 0 && *end == '\0' && v > 0 ? (int64_t)v : -1;
}

bool
cw_open(struct request *r, const char *ref, enum casus_actie actie, const char *audit_actie,
    struct casus_toegang *t)
{
	int64_t id = concept_id(ref);
	struct casus_relatie rel;
	enum err_code rc;

	if (id == 0)
		return casus_open(r, ref, actie, audit_actie, t);
	/* A concept: only its indiener may see and change it; regie never applies to it. A submitted casus is
	   only reachable by its referentie, so ids cannot be used to probe for casussen. */
	rc = id > 0 ? store_casus_toegang_id(r->store, id, r->actor.persoon_id, t) : ERR_NOT_FOUND;
	if (rc != ERR_OK && rc != ERR_NOT_FOUND) {   /* the database failed: not a 404 */
		reply_problem(r, 503, "Tijdelijk niet beschikbaar",
		    "De casus kan nu niet worden gelezen. Probeer het zo opnieuw.");
		return false;
	}
	if (rc != ERR_OK || t->status != STATUS_CONCEPT) {
		req_audit(r, audit_actie, "casus", ref, AUDIT_GEWEIGERD);
		niet_gevonden(r);
		return false;
	}
	rel = casus_relatie_van(r, t);
	if (!casus_mag(r, actie, &rel)) {
		req_audit(r, audit_actie, "casus", ref, AUDIT_GEWEIGERD);
		if (perm_casus_zien(&r->actor, &rel))
			reply_problem(r, 409, "Nog een concept",
			    "Deze casus is nog niet ingediend. Dien hem eerst in; daarna kan het Loket ermee aan de slag.");
		else
			niet_gevonden(r);
		return false;
	}
	return cw_audit_lijst(r, audit_actie, "casus", ref);
}

void
cw_reply_store(struct request *r, enum err_code rc, struct err *e)
{
	if (rc == ERR_OK)
		rc = ERR_INTERNAL;
	if (e->code != rc) {
		e->code = rc;
		if (rc != ERR_VALIDATION && rc != ERR_CONFLICT && rc != ERR_NOT_FOUND)
			snprintf(e->msg, sizeof(e->msg), "Er ging iets mis. Probeer het later opnieuw.");
	}
	if (e->detail[0] == '\0')
		snprintf(e->detail, sizeof(e->detail), "store: %s", err_strerror(rc));
	if (rc == ERR_NOT_FOUND) {
		niet_gevonden(r);
		return;
	}
	reply_err(r, e);
}

bool
cw_audit_lijst(struct request *r, const char *actie, const char *object_type, const char *object_id)
{
	if (req_audit(r, actie, object_type, object_id, AUDIT_TOEGESTAAN) == ERR_OK)
		return true;
	reply_problem(r, 503, "Tijdelijk niet beschikbaar",
	    "Het auditlog kon niet worden bijgewerkt; daarom worden geen gegevens getoond.");
	return false;
}
