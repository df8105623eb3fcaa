/* pages.c - the start page, static files, health, metrics and sections still to be built. */
#include <string.h>

#include "app/common/handlers.h"
#include "app/escalatie/handlers.h"
#include "app/register/register.h"
#include "lib/embed.h"
#include "web/metrics.h"

void
h_start(struct request *r)
{
	json_t *ctx = json_object(), *bevestigen = rg_te_bevestigen(r);   /* the Maatwerkregister's prompt */
	const char *m = req_query(r, "melding");

	json_object_set_new(ctx, "auditlog", json_boolean(perm_allows(PERM_AUDITLOG, &r->actor)));
	if (bevestigen != NULL)
		json_object_set_new(ctx, "register_bevestigen", json_pack("{s:o}", "items", bevestigen));
	if (m != NULL && strcmp(m, "bevestigd") == 0)
		json_object_set_new(ctx, "register_bevestigd", json_true());
	esc_start_aandacht(r, ctx);   /* overdue afspraken and overbruggingen, for regievoerders and the LET's chair */
	reply_page(r, 200, "start", "Start", ctx);
}

void
h_toegankelijkheid(struct request *r)
{
	reply_page(r, 200, "toegankelijkheid", "Toegankelijkheidsverklaring", json_object());
}

void
h_nog_niet(struct request *r)
{
	static const struct {
		const char *path, *naam;
	} onderdelen[] = {
		{ "/casussen", "Casussen" }, { "/register", "Maatwerkregister" },
		{ "/leerpunten", "Leerpunten" }, { "/rapportage", "Rapportage" },
	};
	const char *naam = "Dit onderdeel";

	for (size_t i = 0; i < sizeof(onderdelen) / sizeof(onderdelen[0]); i++)
		if (strcmp(r->path, onderdelen[i].path) == 0)
			naam = onderdelen[i].naam;
	reply_page(r, 200, "nog_niet", naam, json_pack("{s:s}", "onderdeel", naam));
}

void
h_healthz(struct request *r)
{
	reply_text(r, 200, "text/plain; charset=utf-8", "ok\n", 3);
}

void
h_metrics(struct request *r)
{
	struct buf b;

	buf_init(&b, 0);
	metrics_write(&b);
	reply_text(r, 200, "text/plain; version=0.0.4; charset=utf-8", buf_str(&b), b.len);
	buf_free(&b);
}

static const char *
mime_type(const char *name)
{
	const char *dot = strrchr(name, '.');

	if (dot && strcmp(dot, ".css") == 0)
		return "text/css; charset=utf-8";
	if (dot && strcmp(dot, ".js") == 0)
		return "text/javascript; charset=utf-8";
	if (dot && strcmp(dot, ".svg") == 0)
		return "image/svg+xml";
	return "application/octet-stream";
}

void
h_static(struct request *r)
{
	const char *name = arena_printf(r->arena, "static/%s", req_param(r, 0));
	const struct embedded_file *f = strstr(name, "..") ? NULL : embed_find(name);

	if (f == NULL) {
		reply_problem(r, 404, "Niet gevonden", "Dit bestand bestaat niet.");
		return;
	}
	reply_text(r, 200, mime_type(name), (const char *)f->data, f->len);
}
