/* server.c - libmicrohttpd glue: one arena and one pooled connection per request, checks at the door. */
#include "server.h"

#include <microhttpd.h>
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "lib/date.h"
#include "lib/escape.h"
#include "lib/sandbox.h"
#include "lib/utf8.h"
#include "store/store_audit.h"
#include "web/answer.h"
#include "web/auth.h"
#include "web/form.h"
#include "web/listen.h"
#include "web/multipart.h"
#include "web/metrics.h"
#include "web/peer.h"
#include "web/router.h"

struct server {
	const struct config *cfg;
	const struct route *routes;
	size_t nroutes;
	struct store_pool *pool;
};

/* Per-connection request state, owned by libmicrohttpd's con_cls until completion: made when the request
   line is in (uri_seen), filled when the headers are (pending_fill). */
struct pending {
	bool begun;         /* the headers are in and r is made */
	const char *raw_uri;      /* the request line's target as sent, in libmicrohttpd's buffer */
	size_t raw_len;
	bool nul_in_url;    /* "%00" in the target, or a raw NUL byte (the target ends before the version) */
	bool too_many_params;     /* more than MAX_QUERY parameters: they were never parsed */
	struct request *r;
	struct buf body;
	size_t max_body;
	struct timespec start;
	bool too_large;
	bool answer_now;    /* too large to even read: answer 413 before the body */
	bool refused;       /* arrived while stopping: answer 503 at once */
	bool over_limit;    /* forwarded for a client with too many requests in flight: answer 429 at once */
	struct peer_slot slot;    /* that client's request, counted until completed */
	enum route_match match;   /* the route is looked up once, when the headers are in */
	const char *allow;        /* with ROUTE_BAD_METHOD: the methods the path accepts */
};

#define DISCARD_MAX (64ULL * 1024 * 1024)
/* Query parameters a request may have; no page needs more than a few dozen. */
#define MAX_QUERY 64

/* Requests between their first byte and their completion: what a graceful stop waits for.
   (Idle keep-alive connections are not waited for; MHD_stop_daemon closes them.) */
static atomic_int inflight;
/* Set on SIGTERM/SIGINT: requests that arrive from then on get 503 and a closed connection.
   (MHD_quiesce_daemon is not used: with the epoll thread pool of libmicrohttpd 0.9.75 it races
   with MHD_stop_daemon and aborts with "Failed to remove listen FD from epoll set".) */
static atomic_bool stopping;

static double
elapsed(const struct timespec *start)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - start->tv_sec) + (double)(now.tv_nsec - start->tv_nsec) / 1e9;
}

static enum MHD_Result
collect_query(void *cls, enum MHD_ValueKind kind, const char *key, const char *value)
{
	struct request *r = cls;
	(void)kind;

	if (r->nquery >= MAX_QUERY)
		return MHD_NO;
	r->query[r->nquery].key = arena_strdup(r->arena, key);
	r->query[r->nquery].value = arena_strdup(r->arena, value ? value : "");
	r->nquery++;
	return MHD_YES;
}

static bool
query_valid(struct request *r)
{
	for (size_t i = 0; i < r->nquery; i++)
		if (!utf8_valid(r->query[i].key, strlen(r->query[i].key)) ||
		    !utf8_valid(r->query[i].value, strlen(r->query[i].value)))
			return false;
	return r->nquery < MAX_QUERY;
}

static bool
content_type_is(struct request *r, const char *want)
{
	const char *ct = req_header(r, MHD_HTTP_HEADER_CONTENT_TYPE);
	size_t n = strlen(want);

	return ct != NULL && strncasecmp(ct, want, n) == 0 && (ct[n] == '\0' || ct[n] == ';' || ct[n] == ' ');
}

/* Parses the body by content type; false after replying 400/415. */
static bool
parse_body(struct request *r)
{
	bool api = r->route->flags & ROUTE_API;

	if (r->body_len == 0 && strcmp(r->method, "POST") != 0 && strcmp(r->method, "PATCH") != 0 &&
	    strcmp(r->method, "PUT") != 0)
		return true;
	if (api) {
		json_error_t je;

		if (!content_type_is(r, "application/json") && !content_type_is(r, "application/merge-patch+json")) {
			reply_problem(r, 415, "Verkeerd inhoudstype", "Stuur JSON met Content-Type: application/json.");
			return false;
		}
		if (!utf8_valid(r->body, r->body_len)) {
			reply_problem(r, 400, "Ongeldige tekens", "De inhoud is geen geldige UTF-8 of bevat een NUL-teken.");
			return false;
		}
		r->json = json_loadb(r->body, r->body_len, JSON_REJECT_DUPLICATES, &je);
		if (r->json == NULL) {
			reply_problem(r, 400, "Ongeldige JSON",
			    arena_printf(r->arena, "De JSON kan niet worden gelezen (regel %d, kolom %d): %s",
				je.line, je.column, je.text));
			return false;
		}
		return true;
	}
	if ((r->route->flags & ROUTE_MULTIPART) && content_type_is(r, "multipart/form-data")) {
		if (multipart_parse(r->arena, req_header(r, MHD_HTTP_HEADER_CONTENT_TYPE), r->body, r->body_len, &r->form,
		    &r->nform, &r->files, &r->nfiles) != 0) {
			reply_problem(r, 400, "Ongeldige invoer",
			    "Het formulier kan niet worden gelezen (geen geldig multipart/form-data, of velden die geen geldige UTF-8 zijn).");
			return false;
		}
		return true;
	}
	if (!content_type_is(r, "application/x-www-form-urlencoded")) {
		reply_problem(r, 415, "Verkeerd inhoudstype", "Dit formulier verwacht application/x-www-form-urlencoded.");
		return false;
	}
	if (form_parse(r->arena, r->body, r->body_len, &r->form, &r->nform) != 0) {
		reply_problem(r, 400, "Ongeldige invoer",
		    "Het formulier bevat ongeldige tekens (geen geldige UTF-8, of een NUL-teken).");
		return false;
	}
	return true;
}

static bool
is_state_changing(const char *method)
{
	return strcmp(method, "GET") != 0 && strcmp(method, "HEAD") != 0;
}

/* Runs the checks at the door, then the handler. */
static void
dispatch(struct request *r, const struct pending *pd)
{
	enum route_match m = pd->match;

	if (pd->too_large) {   /* a transport limit: decided before anything else is looked at */
		r->route = NULL;
		reply_problem(r, 413, "Te groot", "De verzonden gegevens zijn te groot.");
		return;
	}
	if (pd->over_limit) {
		r->route = NULL;
		reply_header(r, "Retry-After", "1");
		reply_header(r, MHD_HTTP_HEADER_CONNECTION, "close");
		reply_problem(r, 429, "Te veel verzoeken",
		    "Er lopen al te veel verzoeken vanaf uw adres. Probeer het zo opnieuw.");
		return;
	}
	if (pd->too_many_params) {
		r->route = NULL;
		reply_problem(r, 414, "Adres te lang", arena_printf(r->arena,
		    "Het adres heeft te veel parameters (hoogstens %d).", MAX_QUERY - 1));
		return;
	}
	if (pd->nul_in_url) {   /* a NUL would cut the path or a parameter short: refused, never truncated */
		r->route = NULL;
		reply_problem(r, 400, "Ongeldige tekens", "Het adres bevat een NUL-teken.");
		return;
	}
	if (!utf8_valid(r->path, strlen(r->path)) || !query_valid(r)) {
		reply_problem(r, 400, "Ongeldige tekens", "Het adres bevat ongeldige tekens.");
		return;
	}
	if (m == ROUTE_NO_PATH) {
		r->route = NULL;
		reply_problem(r, 404, "Niet gevonden", "Deze pagina bestaat niet.");
		return;
	}
	if (m == ROUTE_BAD_METHOD) {
		reply_header(r, "Allow", pd->allow);
		reply_problem(r, 405, "Methode niet toegestaan",
		    arena_printf(r->arena, "Dit adres accepteert alleen: %s.", pd->allow));
		return;
	}
	if (!auth_identify(r)) {
		reply_header(r, "Retry-After", "1");
		reply_problem(r, 503, "Tijdelijk niet beschikbaar",
		    "Uw aanmelding kon nu niet worden gecontroleerd. Probeer het zo opnieuw.");
		return;
	}
	if (!perm_allows(r->route->perm, &r->actor)) {
		auth_deny(r);
		return;
	}
	if (!parse_body(r))
		return;
	if (is_state_changing(r->method) && !(r->route->flags & (ROUTE_API | ROUTE_NO_CSRF)) &&
	    !auth_csrf_ok(r)) {
		auth_csrf_refused(r);
		reply_problem(r, 403, "Formulier verlopen",
		    "Het formulier is verlopen of komt niet van doorbraak. Laad de pagina opnieuw en probeer het nog eens.");
		return;
	}
	r->route->handler(r);
	if (!r->replied)
		reply_problem(r, 500, "Interne fout", "Er ging iets mis. Probeer het later opnieuw.");
}

static void
add_security_headers(struct request *r, struct MHD_Response *resp)
{
	bool api = r->route != NULL && (r->route->flags & ROUTE_API);
	bool stat = r->route != NULL && (r->route->flags & ROUTE_STATIC);

	answer_base_headers(resp, r->cfg, r->request_id);
	if (stat && r->status == 200)
		MHD_add_response_header(resp, "Cache-Control", "public, max-age=31536000, immutable");
	else
		MHD_add_response_header(resp, "Cache-Control", "no-store");
	if (api || strncmp(r->path, "/api/", 5) == 0)
		MHD_add_response_header(resp, "API-Version", "0.1.0");
}

static void
log_request(struct request *r, double seconds)
{
	char tijd[TIME_STRLEN];
	struct buf b;

	time_format(r->now, tijd);
	buf_init(&b, 4096);
	buf_printf(&b, "{\"time\":\"%s\",\"requestId\":\"%s\",\"method\":\"", tijd, r->request_id);
	escape_json(&b, r->method);
	buf_puts(&b, "\",\"route\":\"");
	escape_json(&b, r->route ? r->route->pattern : "(geen)");
	buf_printf(&b, "\",\"status\":%d,\"durationMs\":%.3f,\"userId\":%lld}\n", r->status, seconds * 1000,
	    (long long)r->actor.gebruiker_id);
	fputs(buf_str(&b), stderr);
	buf_free(&b);
}

static enum MHD_Result
respond(struct server *srv, struct MHD_Connection *conn, struct pending *pd)
{
	struct request *r = pd->r;
	struct MHD_Response *resp;
	enum MHD_Result ret;
	double secs;

	if (pd->refused) {
		reply_header(r, MHD_HTTP_HEADER_CONNECTION, "close");
		reply_problem(r, 503, "Server stopt", "De server wordt gestopt. Probeer het zo opnieuw.");
	} else {
		r->store = store_pool_acquire(srv->pool);
		dispatch(r, pd);
		store_pool_release(srv->pool, r->store);
		r->store = NULL;
	}

	resp = MHD_create_response_from_buffer(strcmp(r->method, "HEAD") == 0 ? 0 : r->out.len,
	    r->out.data, MHD_RESPMEM_MUST_COPY);
	MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, r->content_type);
	add_security_headers(r, resp);
	for (size_t i = 0; i < r->nheaders; i++)
		MHD_add_response_header(resp, r->headers[i].key, r->headers[i].value);
	if (pd->too_large)
		MHD_add_response_header(resp, MHD_HTTP_HEADER_CONNECTION, "close");
	ret = answer_queue_ours(conn, (unsigned)r->status, resp);
	MHD_destroy_response(resp);
	secs = elapsed(&pd->start);
	metrics_observe(r->route, r->status, secs);
	log_request(r, secs);

	/* Everything the request allocated dies now that its response is queued. */
	buf_free(&r->out);
	buf_free(&pd->body);
	if (r->json)
		json_decref(r->json);
	arena_free(r->arena);
	free(r);
	pd->r = NULL;
	return ret;
}

/*
 * Called by libmicrohttpd with the request line's target as sent, before it
 * parses the parameters or decodes the path; what it returns becomes the
 * request's con_cls. Two things can only be seen here: a NUL byte ("%00",
 * or a raw one: see pending_fill), and a flood of parameters. libmicrohttpd
 * keeps every parameter in the connection's memory pool; thousands of them
 * exhaust it, and then it cannot even send its own error and drops the
 * connection. So when there are too many, the query is cut off at the "?"
 * in libmicrohttpd's line buffer (the one place doorbraak writes into it;
 * the buffer is the mutable request line that the library parses next) and
 * the request is answered 414.
 */
static void *
uri_seen(void *cls, const char *uri, struct MHD_Connection *conn)
{
	struct pending *pd = xcalloc(1, sizeof(*pd));
	const char *q = strchr(uri, '?');
	(void)cls, (void)conn;

	atomic_fetch_add(&inflight, 1);
	clock_gettime(CLOCK_MONOTONIC, &pd->start);
	pd->raw_uri = uri;
	pd->raw_len = strlen(uri);
	pd->nul_in_url = strstr(uri, "%00") != NULL;
	if (q != NULL) {
		size_t n = 1;

		for (const char *p = q; *p != '\0'; p++)
			n += *p == '&';
		if (n >= MAX_QUERY) {
			pd->too_many_params = true;
			((char *)q)[1] = '\0';
		}
	}
	return pd;
}

/* Fills pd when the headers are in: the request, its route and its body limit. */
static void
pending_fill(struct pending *pd, struct server *srv, struct MHD_Connection *conn, const char *url,
    const char *method, const char *version)
{
	struct request *r = xcalloc(1, sizeof(*r));
	unsigned char rid[8];
	const char *cl;

	/* libmicrohttpd ends the target with a NUL where the space before the version was, so the version
	   follows the target directly. When it does not, a raw NUL byte ended the target early. */
	if (version != pd->raw_uri + pd->raw_len + 1)
		pd->nul_in_url = true;
	pd->begun = true;

	r->arena = arena_new();
	r->cfg = srv->cfg;
	r->conn = conn;
	r->now = time(NULL);
	randombytes_buf(rid, sizeof(rid));
	sodium_bin2hex(r->request_id, sizeof(r->request_id), rid, sizeof(rid));
	r->method = arena_strdup(r->arena, method);
	r->path = arena_strdup(r->arena, url);
	r->body = "";
	r->status = 200;
	r->content_type = "text/plain; charset=utf-8";
	buf_init(&r->out, 0);
	r->query = arena_alloc(r->arena, MAX_QUERY * sizeof(struct kv));
	MHD_get_connection_values(conn, MHD_GET_ARGUMENT_KIND, collect_query, r);
	pd->over_limit = !peer_request_begin(conn, r, &pd->slot);
	pd->r = r;

	/* The route decides the body limit; unknown routes get the default. */
	pd->match = router_match(srv->routes, srv->nroutes, strcmp(method, "HEAD") == 0 ? "GET" : method, url,
	    r->arena, &r->route, r->params, &r->nparams, &pd->allow);
	if (pd->match != ROUTE_FOUND)
		r->route = NULL;
	pd->max_body = pd->match == ROUTE_FOUND && r->route->max_body > 0 ? r->route->max_body :
	    SERVER_DEFAULT_MAX_BODY;
	buf_init(&pd->body, pd->max_body);
	cl = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
	if (cl != NULL && strtoull(cl, NULL, 10) > pd->max_body) {
		pd->too_large = true;
		/* Up to DISCARD_MAX the body is read and thrown away before answering 413: closing while the
		   client still sends would make its kernel see a reset instead of our answer. Beyond that the
		   answer goes out at once and the connection is closed. */
		pd->answer_now = strtoull(cl, NULL, 10) > DISCARD_MAX;
	}
}

static enum MHD_Result
access_handler(void *cls, struct MHD_Connection *conn, const char *url, const char *method,
    const char *version, const char *upload_data, size_t *upload_data_size, void **con_cls)
{
	struct server *srv = cls;
	struct pending *pd = *con_cls;

	if (pd == NULL)   /* uri_seen always runs first; never trust that blindly */
		*con_cls = pd = uri_seen(NULL, url, conn);
	if (!pd->begun) {
		pending_fill(pd, srv, conn, url, method, version);
		pd->refused = atomic_load(&stopping);
		if (pd->answer_now || pd->refused || pd->over_limit)   /* answer at once; the body is never read */
			return respond(srv, conn, pd);
		return MHD_YES;
	}
	if (pd->r == NULL)   /* already answered (413 before the body) */
		return MHD_NO;
	if (*upload_data_size > 0) {
		if (!pd->too_large && buf_append(&pd->body, upload_data, *upload_data_size) != 0)
			pd->too_large = true;   /* keep reading and discarding; answer 413 at the end */
		*upload_data_size = 0;
		return MHD_YES;
	}
	pd->r->body = buf_str(&pd->body);
	pd->r->body_len = pd->body.len;
	return respond(srv, conn, pd);
}

static void
completed(void *cls, struct MHD_Connection *conn, void **con_cls, enum MHD_RequestTerminationCode toe)
{
	struct pending *pd = *con_cls;
	(void)cls;

	if (toe == MHD_REQUEST_TERMINATED_COMPLETED_OK)   /* answered: the next request's headers are due anew */
		peer_request_done(conn);
	if (pd == NULL)
		return;
	atomic_fetch_sub(&inflight, 1);
	peer_request_end(&pd->slot);
	if (pd->r != NULL) {   /* the client went away before we answered */
		buf_free(&pd->r->out);
		arena_free(pd->r->arena);
		free(pd->r);
	}
	buf_free(&pd->body);
	free(pd);
	*con_cls = NULL;
}

int
server_run(const struct config *cfg, const struct route *routes, size_t nroutes, server_ready_fn ready,
    void *arg)
{
	struct server srv = { cfg, routes, nroutes, NULL };
	struct sockaddr_storage ss;
	socklen_t sslen;
	struct MHD_Daemon *d;
	struct err e = { 0 };
	sigset_t set;
	int family, sig, waited = 0;
	const union MHD_DaemonInfo *info;
	unsigned conn_limit;
	char msg[256];

	if ((family = listen_address(cfg->listen, &ss, &sslen)) < 0) {
		fprintf(stderr, "doorbraak: DOORBRAAK_LISTEN=%s is geen geldig adres (voorbeeld: 127.0.0.1:8080)\n",
		    cfg->listen);
		return 1;
	}
	/* Block the stop signals in every thread; this one waits for them below. */
	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	signal(SIGPIPE, SIG_IGN);

	conn_limit = peer_file_limit(cfg);
	if (peer_init(cfg, conn_limit, msg, sizeof(msg)) != 0) {
		fprintf(stderr, "doorbraak: %s\n", msg);
		return 1;
	}
	srv.pool = store_pool_open(cfg->db, cfg->threads + 1, &e);
	if (srv.pool == NULL) {
		fprintf(stderr, "doorbraak: %s (%s)\n", e.msg, e.detail);
		peer_free();
		return 1;
	}
	metrics_init(routes, nroutes);
	if (answer_init(cfg) != 0) {
		fprintf(stderr, "doorbraak: libmicrohttpd's MHD_queue_response is niet te vinden\n");
		store_pool_close(srv.pool);
		metrics_free();
		peer_free();
		return 1;
	}
	d = MHD_start_daemon(MHD_USE_EPOLL_INTERNAL_THREAD | MHD_USE_ERROR_LOG | MHD_USE_ITC |
		(family == AF_INET6 ? MHD_USE_IPv6 : 0),
	    0, peer_accept, NULL, access_handler, &srv,
	    MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&ss,
	    MHD_OPTION_THREAD_POOL_SIZE, (unsigned)cfg->threads,
	    /* the idle limit until the headers are in; then DOORBRAAK_CONN_TIMEOUT (peer_request_begin) */
	    MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)cfg->header_timeout,
	    MHD_OPTION_CONNECTION_LIMIT, conn_limit,
	    MHD_OPTION_CONNECTION_MEMORY_LIMIT, cfg->conn_memory,
	    MHD_OPTION_URI_LOG_CALLBACK, uri_seen, &srv,
	    MHD_OPTION_NOTIFY_COMPLETED, completed, &srv,
	    MHD_OPTION_NOTIFY_CONNECTION, peer_connection, &srv,
	    MHD_OPTION_LISTENING_ADDRESS_REUSE, 1u,
	    MHD_OPTION_END);
	if (d == NULL) {
		fprintf(stderr, "doorbraak: kan niet luisteren op %s (is de poort al in gebruik?)\n", cfg->listen);
		store_pool_close(srv.pool);
		metrics_free();
		peer_free();
		return 1;
	}
	info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
	/* Up: the socket listens, the threads run, the database connections are open. From here on the process
	   cannot gain privileges or make system calls a running server has no need of (lib/sandbox.h). */
	if (cfg->seccomp) {
		char why[256] = "";

		if (sandbox_enter(cfg->smtp_url[0] != '\0', why, sizeof(why)) != 0) {
			fprintf(stderr, "doorbraak: de systeemaanroepen konden niet worden beperkt (%s); "
			    "de server stopt. (DOORBRAAK_SECCOMP=0 zet het filter uit.)\n", why);
			MHD_stop_daemon(d);
			store_pool_close(srv.pool);
			metrics_free();
			peer_free();
			return 1;
		}
		fprintf(stderr, "{\"level\":\"info\",\"msg\":\"sandbox\",\"noNewPrivs\":true,\"seccomp\":true,"
		    "\"uitgaand\":%s}\n", cfg->smtp_url[0] != '\0' ? "true" : "false");
	}
	if (cfg->port_file[0] != '\0' && info != NULL) {
		FILE *f = fopen(cfg->port_file, "w");
		if (f != NULL) {
			fprintf(f, "%u\n", (unsigned)info->port);
			fclose(f);
		}
	}
	fprintf(stderr, "{\"level\":\"info\",\"msg\":\"listening\",\"listen\":\"%s\",\"port\":%u}\n", cfg->listen,
	    info ? (unsigned)info->port : 0);
	if (ready != NULL)
		ready(info ? (unsigned)info->port : 0, arg);

	/* Until a stop signal: every second the connections too slow with their headers are cut (peer_reap); every
	   DOORBRAAK_AUDIT_CHECKPOINT_INTERVAL seconds a checkpoint of the audit log's head goes to the file beside
	   the database (when the head moved), so a deleted tail is found. */
	for (int ticks = 0;;) {
		struct timespec wait = { 1, 0 };
		unsigned cut;

		if ((sig = sigtimedwait(&set, NULL, &wait)) > 0)
			break;
		if (errno != EAGAIN)
			continue;
		if ((cut = peer_reap()) > 0)
			fprintf(stderr, "{\"level\":\"info\",\"msg\":\"headers too slow, connections closed\",\"count\":%u}\n",
			    cut);
		if (++ticks >= cfg->audit_checkpoint_interval) {
			ticks = 0;
			struct store *st = store_pool_acquire(srv.pool);
			struct err ce = { 0 };

			if (store_audit_checkpoint(st, &ce) != ERR_OK)
				fprintf(stderr, "{\"level\":\"error\",\"msg\":\"audit checkpoint\",\"code\":\"%s\"}\n",
				    err_strerror(ce.code));
			store_pool_release(srv.pool, st);
		}
	}
	fprintf(stderr, "{\"level\":\"info\",\"msg\":\"stopping\",\"signal\":%d}\n", sig);
	atomic_store(&stopping, true);   /* new requests get 503; those in flight go on */
	while (atomic_load(&inflight) > 0 && waited++ < 1000)   /* at most 10 s */
		usleep(10 * 1000);
	MHD_stop_daemon(d);
	store_pool_close(srv.pool);
	metrics_free();
	peer_free();
	fprintf(stderr, "{\"level\":\"info\",\"msg\":\"stopped\"}\n");
	return 0;
}
