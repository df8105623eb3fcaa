/* reply.c - request accessors and the response builders (pages in the layout, JSON, problem+json). */
#include <microhttpd.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "lib/crypto.h"
#include "lib/embed.h"
#include "lib/utf8.h"
#include "store/notificatie/notificatie.h"
#include "web/request.h"
#include "web/tmpl.h"

const char *
req_header(struct request *r, const char *name)
{
	return MHD_lookup_connection_value(r->conn, MHD_HEADER_KIND, name);
}

const char *
req_cookie(struct request *r, const char *name)
{
	return MHD_lookup_connection_value(r->conn, MHD_COOKIE_KIND, name);
}

static const char *
kv_get(const struct kv *v, size_t n, const char *key)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(v[i].key, key) == 0)
			return v[i].value;
	return NULL;
}

const char *
req_query(struct request *r, const char *key)
{
	return kv_get(r->query, r->nquery, key);
}

const char *
req_form(struct request *r, const char *key)
{
	return kv_get(r->form, r->nform, key);
}

const char **
req_form_all(struct request *r, const char *key, size_t *n)
{
	const char **out = arena_alloc(r->arena, (r->nform + 1) * sizeof(*out));

	*n = 0;
	for (size_t i = 0; i < r->nform; i++)
		if (strcmp(r->form[i].key, key) == 0)
			out[(*n)++] = r->form[i].value;
	return out;
}

const struct upload *
req_file(struct request *r, const char *name)
{
	for (size_t i = 0; i < r->nfiles; i++)
		if (strcmp(r->files[i].naam, name) == 0)
			return &r->files[i];
	return NULL;
}

const char *
req_param(struct request *r, int i)
{
	return i >= 0 && i < r->nparams ? r->params[i] : NULL;
}

bool
req_parse_id(const char *s, int64_t *out)
{
	int64_t v = 0;
	size_t n;

	if (s == NULL || (n = strlen(s)) == 0 || n > 18)   /* 18 digits always fit in an int64_t */
		return false;
	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return false;
		v = v * 10 + (s[i] - '0');
	}
	if (v <= 0)
		return false;
	*out = v;
	return true;
}

void
reply_header(struct request *r, const char *name, const char *value)
{
	if (r->nheaders == r->capheaders) {
		size_t cap = r->capheaders ? r->capheaders * 2 : 8;
		struct kv *h = arena_alloc(r->arena, cap * sizeof(*h));
		if (r->nheaders)
			memcpy(h, r->headers, r->nheaders * sizeof(*h));
		r->headers = h;
		r->capheaders = cap;
	}
	r->headers[r->nheaders].key = arena_strdup(r->arena, name);
	r->headers[r->nheaders].value = arena_strdup(r->arena, value);
	r->nheaders++;
}

void
reply_text(struct request *r, int status, const char *type, const char *body, size_t len)
{
	buf_reset(&r->out);
	buf_append(&r->out, body, len);
	r->status = status;
	r->content_type = type;
	r->replied = true;
}

void
reply_json(struct request *r, int status, json_t *body)
{
	char *s = json_dumps(body, JSON_COMPACT | JSON_PRESERVE_ORDER);

	reply_text(r, status, "application/json", s ? s : "null", s ? strlen(s) : 4);
	free(s);
	json_decref(body);
}

void
reply_redirect(struct request *r, int status, const char *location)
{
	reply_header(r, "Location", location);
	reply_text(r, status, "text/plain; charset=utf-8", "", 0);
}

/* A short content hash of our CSS, appended as ?v= so assets can be cached forever. */
static char static_version[9];
static pthread_once_t static_once = PTHREAD_ONCE_INIT;

static void
compute_static_version(void)
{
	char hex[CRYPTO_SHA256_HEXLEN];
	const struct embedded_file *f = embed_find("static/doorbraak.css");

	crypto_sha256_hex(f ? (const char *)f->data : "", f ? f->len : 0, hex);
	snprintf(static_version, sizeof(static_version), "%.8s", hex);
}

static const struct {
	const char *href, *label;
	enum perm alleen;   /* the permission of the item's route: shown only to whom it allows (nothing leads to a 403) */
} nav_items[] = {
	{ "/casussen", "Casussen", PERM_CASUS_LIJST },
	{ "/register", "Register", PERM_REGISTER },
	{ "/evenementen", "Evenementen", PERM_EVENEMENTEN },
	{ "/netwerk", "Netwerk", PERM_INGELOGD },
	{ "/leerpunten", "Leerpunten", PERM_LEERPUNTEN },
	{ "/escalaties", "Escalaties", PERM_ESCALATIE },
	{ "/rapportage", "Rapportage", PERM_RAPPORTAGE },
	{ "/onderzoek", "Onderzoek", PERM_ONDERZOEK },
	{ "/beheer", "Beheer", PERM_NETWERK },
	{ "/auditlog", "Auditlog", PERM_AUDITLOG },
};

json_t *
req_layout_ctx(struct request *r, const char *titel)
{
	json_t *ctx = json_object(), *nav = json_array();

	pthread_once(&static_once, compute_static_version);
	json_object_set_new(ctx, "titel", json_string(titel));
	json_object_set_new(ctx, "static_versie", json_string(static_version));
	if (r->actor.gebruiker_id != 0) {
		json_t *g = json_object(), *rollen = json_array();

		for (int i = 0; i < ROL__MAX; i++)
			if (actor_has(&r->actor, (enum rol)i))
				json_array_append_new(rollen, json_pack("{s:s}", "label", rol_label((enum rol)i)));
		json_object_set_new(g, "naam", json_string(r->actor.naam ? r->actor.naam : ""));
		json_object_set_new(g, "rollen", rollen);
		if (r->store != NULL) {   /* the unread notifications, in the header of every page */
			long n = store_notificatie_ongelezen(r->store, r->actor.gebruiker_id);

			json_object_set_new(g, "ongelezen", json_integer(n));
			if (n > 0)
				json_object_set_new(g, "heeft_ongelezen", json_true());
		}
		json_object_set_new(ctx, "gebruiker", g);
		json_object_set_new(ctx, "csrf", json_string(r->csrf));
		/* the search over casussen in the header, for whom /zoeken answers (not on that page itself) */
		if (perm_allows(PERM_CASUS_LIJST, &r->actor) && strcmp(r->path, "/zoeken") != 0)
			json_object_set_new(ctx, "kop_zoeken", json_true());
		for (size_t i = 0; i < sizeof(nav_items) / sizeof(nav_items[0]); i++) {
			size_t n = strlen(nav_items[i].href);
			bool actief;

			if (!perm_allows(nav_items[i].alleen, &r->actor))
				continue;
			actief = strncmp(r->path, nav_items[i].href, n) == 0 &&
			    (r->path[n] == '\0' || r->path[n] == '/');
			json_array_append_new(nav, json_pack("{s:s,s:s,s:b}", "href", nav_items[i].href,
			    "label", nav_items[i].label, "actief", actief));
		}
	}
	json_object_set_new(ctx, "nav", nav);
	return ctx;
}

void
reply_page(struct request *r, int status, const char *page, const char *titel, json_t *ctx)
{
	json_t *layout = req_layout_ctx(r, titel);
	struct buf body;

	buf_init(&body, 0);
	/* The page sees the layout's members (gebruiker, csrf) too. */
	json_object_update_missing(ctx, layout);
	if (tmpl_render(&body, page, ctx) != 0) {
		buf_free(&body);
		json_decref(ctx);
		json_decref(layout);
		reply_text(r, 500, "text/plain; charset=utf-8", "Interne fout (sjabloon).", 24);
		return;
	}
	json_object_set_new(layout, "inhoud", json_stringn(buf_str(&body), body.len));
	if (json_object_get(ctx, "flash"))
		json_object_set(layout, "flash", json_object_get(ctx, "flash"));
	buf_free(&body);
	buf_reset(&r->out);
	if (tmpl_render(&r->out, "layout", layout) != 0) {
		json_decref(ctx);
		json_decref(layout);
		reply_text(r, 500, "text/plain; charset=utf-8", "Interne fout (sjabloon).", 24);
		return;
	}
	json_decref(ctx);
	json_decref(layout);
	r->status = status;
	r->content_type = "text/html; charset=utf-8";
	r->replied = true;
}

void
reply_problem(struct request *r, int status, const char *title, const char *detail)
{
	bool api = (r->route != NULL && (r->route->flags & ROUTE_API)) || strncmp(r->path, "/api/", 5) == 0;

	if (api) {
		/* jansson refuses a string that is not UTF-8 (json_pack then gives NULL): the path of a request refused for
		   its bytes is such a string, and so could be a detail; the answer then names neither. (The fuzzer found
		   GET /api/<invalid UTF-8> crashing the server here: tests/integration/test_fuzz_regress.c.) */
		bool path_ok = utf8_valid(r->path, strlen(r->path)), detail_ok = utf8_valid(detail, strlen(detail));
		json_t *p = json_pack("{s:s,s:s,s:i,s:s,s:s}", "type", "about:blank", "title", title,
		    "status", status, "detail", detail_ok ? detail : title, "instance", path_ok ? r->path : "/api/");
		char *s = p ? json_dumps(p, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;

		if (s == NULL) {
			static const char fallback[] = "{\"type\":\"about:blank\",\"title\":\"Fout\"}";
			reply_text(r, status, "application/problem+json", fallback, sizeof(fallback) - 1);
		} else
			reply_text(r, status, "application/problem+json", s, strlen(s));
		free(s);
		json_decref(p);
		return;
	}
	reply_page(r, status, "fout", title,
	    json_pack("{s:i,s:s,s:s}", "status", status, "titel", title, "tekst", detail));
}

void
reply_err(struct request *r, const struct err *e)
{
	static const char *const titles[ERR__MAX] = {
		[ERR_OK] = "In orde", [ERR_VALIDATION] = "Ongeldige invoer", [ERR_UNAUTHORIZED] = "Niet aangemeld",
		[ERR_FORBIDDEN] = "Geen toegang", [ERR_NOT_FOUND] = "Niet gevonden", [ERR_CONFLICT] = "Conflict",
		[ERR_TOO_LARGE] = "Te groot", [ERR_THROTTLED] = "Te veel pogingen",
		[ERR_UNAVAILABLE] = "Tijdelijk niet beschikbaar", [ERR_INTERNAL] = "Interne fout",
	};
	int status = err_http_status(e->code);

	if (e->detail[0] != '\0')
		fprintf(stderr, "{\"level\":\"error\",\"requestId\":\"%s\",\"code\":\"%s\"}\n", r->request_id,
		    err_strerror(e->code));
	reply_problem(r, status, titles[(unsigned)e->code < ERR__MAX ? e->code : ERR_INTERNAL],
	    e->code == ERR_INTERNAL ? "Er ging iets mis. Probeer het later opnieuw." : e->msg);
}

enum err_code
req_audit_doel(struct request *r, const char *actie, const char *object_type, const char *object_id,
    const char *casus, const char *doel, const char *namens, enum audit_uitkomst uitkomst)
{
	struct audit_entry a = {
		.tijd = r->now,
		.request_id = r->request_id,
		.gebruiker_id = r->actor.gebruiker_id,
		.rol = actor_primary_rol(&r->actor),
		.namens = namens,
		.actie = actie,
		.object_type = object_type,
		.object_id = object_id,
		.casus = casus,
		.doel = doel,
		.uitkomst = uitkomst,
		.adres = r->client_addr,
	};

	return store_audit_append(r->store, &a, NULL);
}

enum err_code
req_audit_casus(struct request *r, const char *actie, const char *object_type, const char *object_id,
    const char *casus, enum audit_uitkomst uitkomst)
{
	return req_audit_doel(r, actie, object_type, object_id, casus, NULL, NULL, uitkomst);
}

enum err_code
req_audit(struct request *r, const char *actie, const char *object_type, const char *object_id,
    enum audit_uitkomst uitkomst)
{
	return req_audit_casus(r, actie, object_type, object_id,
	    object_type != NULL && strcmp(object_type, "casus") == 0 ? object_id : NULL, uitkomst);
}
