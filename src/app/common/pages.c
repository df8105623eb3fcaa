/* pages.c - the accessibility statement, static files, health and metrics. */
#include <string.h>

#include "app/common/handlers.h"
#include "lib/embed.h"
#include "web/metrics.h"

void
h_toegankelijkheid(struct request *r)
{
	reply_page(r, 200, "toegankelijkheid", "Toegankelijkheidsverklaring", json_object());
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
