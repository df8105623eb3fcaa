/* answer.c - the headers every response carries, and the answers libmicrohttpd gives itself made ours. */
#include "web/answer.h"

#include <dlfcn.h>
#include <sodium.h>
#include <stdbool.h>
#include <stdio.h>

#include "lib/buf.h"

/* The headers every response carries, ours and libmicrohttpd's own alike. */
void
answer_base_headers(struct MHD_Response *resp, const struct config *cfg, const char *request_id)
{
	MHD_add_response_header(resp, "Content-Security-Policy",
	    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
	    "font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'");
	MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
	MHD_add_response_header(resp, "Referrer-Policy", "no-referrer");
	MHD_add_response_header(resp, "X-Frame-Options", "DENY");
	MHD_add_response_header(resp, "Cross-Origin-Opener-Policy", "same-origin");
	MHD_add_response_header(resp, "X-Request-Id", request_id);
	if (cfg->secure_cookies)
		MHD_add_response_header(resp, "Strict-Transport-Security", "max-age=31536000");
}

/* ---- libmicrohttpd's own answers ------------------------------------------------------
 *
 * libmicrohttpd answers some requests itself, before doorbraak sees them: 400 (a malformed request), 413
 * (a chunk or length it cannot represent), 414 (a request line longer than its buffer) and 431 (headers
 * larger than the connection's memory). Those answers would carry none of our headers, and the library
 * offers no hook to change them. It does queue them through its exported MHD_queue_response, called
 * through its procedure linkage table, so the definition below, in the program, takes the library's
 * place for every caller (the library included): our own responses (marked by queuing_ours) pass
 * through unchanged; the library's own error responses are replaced by ours, with the same status, the
 * security headers, and a short Dutch page. test_hostile checks each status.
 */
static enum MHD_Result (*library_queue_response)(struct MHD_Connection *, unsigned int, struct MHD_Response *);
static const struct config *running_cfg;
/* Set while answer_queue_ours queues a response of ours. */
static _Thread_local bool queuing_ours;

static const char *
own_error_text(unsigned status)
{
	switch (status) {
	case 413: return "De verzonden gegevens zijn te groot.";
	case 414: return "Het adres is te lang.";
	case 431: return "De kopregels van het verzoek zijn te groot.";
	default: return "Dit verzoek kan de server niet lezen.";
	}
}

enum MHD_Result
MHD_queue_response(struct MHD_Connection *conn, unsigned int status, struct MHD_Response *resp)
{
	struct MHD_Response *ours;
	enum MHD_Result ret;
	unsigned char raw[8];
	char rid[17];
	struct buf b;

	if (library_queue_response == NULL)   /* resolved by server_run; this is only a safety net */
		*(void **)&library_queue_response = dlsym(RTLD_NEXT, "MHD_queue_response");
	if (queuing_ours || status < 400 || running_cfg == NULL)
		return library_queue_response(conn, status, resp);
	randombytes_buf(raw, sizeof(raw));
	sodium_bin2hex(rid, sizeof(rid), raw, sizeof(raw));
	buf_init(&b, 0);
	buf_printf(&b, "<!DOCTYPE html>\n<html lang=\"nl\">\n<head><meta charset=\"utf-8\"><title>Verzoek niet verwerkt"
	    " \xe2\x80\x94 doorbraak</title></head>\n<body><h1>Verzoek niet verwerkt</h1>\n<p>%s Foutcode %u.</p>\n"
	    "</body>\n</html>\n", own_error_text(status), status);
	ours = MHD_create_response_from_buffer(b.len, b.data, MHD_RESPMEM_MUST_COPY);
	buf_free(&b);
	if (ours == NULL)
		return library_queue_response(conn, status, resp);
	MHD_add_response_header(ours, MHD_HTTP_HEADER_CONTENT_TYPE, "text/html; charset=utf-8");
	answer_base_headers(ours, running_cfg, rid);
	MHD_add_response_header(ours, "Cache-Control", "no-store");
	MHD_add_response_header(ours, MHD_HTTP_HEADER_CONNECTION, "close");
	ret = library_queue_response(conn, status, ours);
	MHD_destroy_response(ours);
	fprintf(stderr, "{\"level\":\"info\",\"msg\":\"refused by libmicrohttpd\",\"requestId\":\"%s\",\"status\":%u}\n",
	    rid, status);
	return ret;
}

int
answer_init(const struct config *cfg)
{
	*(void **)&library_queue_response = dlsym(RTLD_NEXT, "MHD_queue_response");
	if (library_queue_response == NULL)
		return -1;
	running_cfg = cfg;
	return 0;
}

enum MHD_Result
answer_queue_ours(struct MHD_Connection *conn, unsigned int status, struct MHD_Response *resp)
{
	enum MHD_Result ret;

	queuing_ours = true;
	ret = MHD_queue_response(conn, status, resp);
	queuing_ours = false;
	return ret;
}
