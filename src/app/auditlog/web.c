/* web.c - the audit log in the browser for the privacy officer: filters, pages, CSV export, who touched a casus. */
#include <jansson.h>
#include <string.h>

#include "app/auditlog/filter.h"
#include "app/auditlog/handlers.h"
#include "lib/buf.h"
#include "lib/escape.h"

static const char *const uitkomst_tekst[][2] = {
	{ "toegestaan", "Toegestaan" }, { "geweigerd", "Geweigerd" }, { "mislukt", "Mislukt" },
};

static const char *
uitkomst_label(const char *code)
{
	for (size_t i = 0; code != NULL && i < sizeof(uitkomst_tekst) / sizeof(uitkomst_tekst[0]); i++)
		if (strcmp(code, uitkomst_tekst[i][0]) == 0)
			return uitkomst_tekst[i][1];
	return code;
}

static json_t *
str(const char *s)
{
	return s != NULL ? json_string(s) : json_null();
}

/* "casus PMM-2025-0001" or "gebruiker 12": what the row was about. */
static const char *
object(struct request *r, const struct audit_rij *x)
{
	if (x->object_type == NULL)
		return x->object_id;
	return x->object_id != NULL ? arena_printf(r->arena, "%s %s", x->object_type, x->object_id) : x->object_type;
}

static json_t *
rij_json(struct request *r, const struct audit_rij *x)
{
	json_t *o = json_object();

	json_object_set_new(o, "nummer", json_integer(x->id));
	json_object_set_new(o, "tijd", str(auditlog_tijd(r, x->tijd)));
	json_object_set_new(o, "wie", str(x->naam != NULL ? x->naam : x->gebruiker_id ? "(account zonder naam)" :
	    "anoniem"));
	json_object_set_new(o, "email", str(x->email));
	json_object_set_new(o, "rol", str(x->rol));
	json_object_set_new(o, "namens", str(x->namens));
	json_object_set_new(o, "actie", str(x->actie));
	json_object_set_new(o, "object", str(object(r, x)));
	json_object_set_new(o, "casus", str(x->casus));
	json_object_set_new(o, "casus_ok", json_boolean(auditlog_referentie_ok(x->casus)));
	json_object_set_new(o, "doel", str(x->doel));
	json_object_set_new(o, "uitkomst", str(uitkomst_label(x->uitkomst)));
	json_object_set_new(o, "geweigerd", json_boolean(x->uitkomst != NULL && strcmp(x->uitkomst, "toegestaan") != 0));
	json_object_set_new(o, "adres", str(x->adres));
	return o;
}

static void
paginering(struct request *r, json_t *ctx, const struct auditlog_vraag *v, int64_t totaal)
{
	int paginas = totaal == 0 ? 1 : (int)((totaal + AUDITLOG_PAGINA - 1) / AUDITLOG_PAGINA);
	int pagina = v->f.pagina;
	const char *sep = v->query[0] != '\0' ? "&" : "";
	json_t *p = json_pack("{s:i,s:i,s:b}", "pagina", pagina, "paginas", paginas, "meer", paginas > 1);

	if (pagina > 1)
		json_object_set_new(p, "vorige", json_string(arena_printf(r->arena, "/auditlog?%s%spagina=%d", v->query,
		    sep, pagina > paginas ? paginas : pagina - 1)));
	if (pagina < paginas)
		json_object_set_new(p, "volgende", json_string(arena_printf(r->arena, "/auditlog?%s%spagina=%d", v->query,
		    sep, pagina + 1)));
	json_object_set_new(ctx, "paginering", p);
}

static json_t *
form_ctx(const struct auditlog_vraag *v)
{
	return json_pack("{s:o,s:o,s:o,s:o,s:o}", "gebruiker", str(v->gebruiker), "casus", str(v->casus), "actie",
	    str(v->actie), "van", str(v->van), "tot", str(v->tot));
}

/* A filter that is not one: the form again with the message, and no rows. */
static void
fout(struct request *r, const char *param, const char *waarom)
{
	json_t *ctx = json_object();

	json_object_set_new(ctx, "fout", json_pack("{s:s,s:s}", "veld", param, "tekst", waarom));
	json_object_set_new(ctx, "form", json_object());
	reply_page(r, 400, "auditlog/lijst", "Auditlog", ctx);
}

void
h_auditlog_lijst(struct request *r)
{
	struct auditlog_vraag v;
	const char *param, *waarom;
	struct audit_rij *rijen;
	size_t n;
	int64_t totaal = 0;
	struct err e = { 0 };
	json_t *ctx, *lijst;

	if (!auditlog_vraag_lees(r, false, &v, &param, &waarom)) {
		fout(r, param, waarom);
		return;
	}
	/* The view is recorded before a row is read: no look at the log that the log does not show. */
	if (!auditlog_vastleggen(r, "auditlog.lezen", auditlog_vraag_tekst(r, &v), v.casus))
		return;
	if (store_audit_zoek(r->store, r->arena, &v.f, &rijen, &n, &totaal, &e) != ERR_OK) {
		reply_err(r, &e);
		return;
	}
	ctx = json_object();
	lijst = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(lijst, rij_json(r, &rijen[i]));
	json_object_set_new(ctx, "rijen", lijst);
	json_object_set_new(ctx, "heeft_rijen", json_boolean(n > 0));
	json_object_set_new(ctx, "totaal", json_integer(totaal));
	json_object_set_new(ctx, "form", form_ctx(&v));
	json_object_set_new(ctx, "export", json_string(arena_printf(r->arena, "/auditlog/export.csv%s%s",
	    v.query[0] != '\0' ? "?" : "", v.query)));
	if (v.casus != NULL)
		json_object_set_new(ctx, "inzage", json_string(v.casus));
	paginering(r, ctx, &v, totaal);
	reply_page(r, 200, "auditlog/lijst", "Auditlog", ctx);
}

static const char *const kolommen[] = { "nummer", "tijd", "naam", "e-mailadres", "rol", "namens", "actie",
	"objecttype", "object", "casus", "doel", "uitkomst", "adres" };
#define NKOLOMMEN (sizeof(kolommen) / sizeof(kolommen[0]))

struct csv {
	struct request *r;
	struct buf *out;
};

static int
csv_rij(const struct audit_rij *x, void *arg)
{
	struct csv *c = arg;
	const char *v[NKOLOMMEN] = { arena_printf(c->r->arena, "%lld", (long long)x->id), auditlog_tijd(c->r, x->tijd),
		x->naam, x->email, x->rol, x->namens, x->actie, x->object_type, x->object_id, x->casus, x->doel,
		x->uitkomst, x->adres };

	for (size_t k = 0; k < NKOLOMMEN; k++) {
		if (k)
			buf_putc(c->out, ',');
		escape_csv(c->out, v[k] != NULL ? v[k] : "");
	}
	return buf_puts(c->out, "\r\n");
}

void
h_auditlog_export_csv(struct request *r)
{
	struct auditlog_vraag v;
	const char *param, *waarom;
	struct err e = { 0 };
	struct buf out;
	struct csv c = { r, &out };

	if (!auditlog_vraag_lees(r, false, &v, &param, &waarom)) {
		fout(r, param, waarom);
		return;
	}
	if (!auditlog_vastleggen(r, "auditlog.export", v.query[0] != '\0' ? v.query : "alles", v.casus))
		return;
	buf_init(&out, 0);
	for (size_t k = 0; k < NKOLOMMEN; k++) {
		if (k)
			buf_putc(&out, ',');
		escape_csv(&out, kolommen[k]);
	}
	buf_puts(&out, "\r\n");
	if (store_audit_each(r->store, r->arena, &v.f, csv_rij, &c, &e) != ERR_OK) {
		buf_free(&out);
		reply_err(r, &e);
		return;
	}
	reply_header(r, "Content-Disposition", "attachment; filename=\"auditlog.csv\"");
	reply_text(r, 200, "text/csv; charset=utf-8", buf_str(&out), out.len);
	buf_free(&out);
}

void
h_auditlog_casus(struct request *r)
{
	const char *ref = req_param(r, 0);
	struct audit_inzage *wie;
	size_t n;
	struct err e = { 0 };
	json_t *ctx, *lijst;

	if (!auditlog_referentie_ok(ref)) {
		reply_problem(r, 400, "Ongeldige referentie",
		    "Een referentie bestaat uit letters, cijfers en streepjes, zoals PMM-2025-0001.");
		return;
	}
	if (!auditlog_vastleggen(r, "auditlog.inzage", ref, ref))
		return;
	if (store_audit_inzage(r->store, r->arena, ref, &wie, &n, &e) != ERR_OK) {
		reply_err(r, &e);
		return;
	}
	ctx = json_object();
	lijst = json_array();
	for (size_t i = 0; i < n; i++) {
		struct buf q;

		buf_init(&q, 4096);
		buf_puts(&q, "/auditlog?casus=");
		escape_url(&q, ref);
		if (wie[i].email != NULL) {
			buf_puts(&q, "&gebruiker=");
			escape_url(&q, wie[i].email);
		}
		json_array_append_new(lijst, json_pack("{s:o,s:o,s:o,s:I,s:I,s:o,s:o,s:s}",
		    "wie", str(wie[i].naam != NULL ? wie[i].naam : wie[i].gebruiker_id ? "(account zonder naam)" : "anoniem"),
		    "email", str(wie[i].email), "rollen", str(wie[i].rollen), "aantal", (json_int_t)wie[i].aantal,
		    "geweigerd", (json_int_t)wie[i].geweigerd, "eerste", str(auditlog_tijd(r, wie[i].eerste)),
		    "laatste", str(auditlog_tijd(r, wie[i].laatste)), "regels", arena_strdup(r->arena, buf_str(&q))));
		buf_free(&q);
	}
	json_object_set_new(ctx, "referentie", json_string(ref));
	json_object_set_new(ctx, "wie", lijst);
	json_object_set_new(ctx, "heeft_wie", json_boolean(n > 0));
	reply_page(r, 200, "auditlog/casus", arena_printf(r->arena, "Wie heeft %s ingezien", ref), ctx);
}
