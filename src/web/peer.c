/* peer.c - who is on the other end: the client address behind trusted proxies, and connections per address. */
#include "web/peer.h"

#include <netinet/in.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <strings.h>
#include <sys/resource.h>
#include <time.h>

#include "lib/mem.h"
#include "web/metrics.h"

/* Connections (direct) and requests in flight (forwarded) per client address: a small chained hash table. */
#define BUCKETS 4096

struct count {
	struct ip_addr addr;
	unsigned n;
	struct count *next;
};

static struct {
	struct proxy_list trusted;
	enum proxy_header header;
	const char *header_name;
	unsigned per_address, total_limit, conn_timeout, header_deadline;
	pthread_mutex_t lock;   /* the table, the list of connections and their fields below */
	struct count *bucket[BUCKETS];
	struct peer_conn *conns;   /* every open connection, for peer_reap */
	atomic_uint open;   /* connections open now */
} P = { .lock = PTHREAD_MUTEX_INITIALIZER };

/* What a connection carries from its start to its end (libmicrohttpd's socket_context). */
struct peer_conn {
	struct ip_addr addr;
	bool counted;   /* in the table: not a trusted proxy */
	bool raised;    /* the idle limit is DOORBRAAK_CONN_TIMEOUT now */
	int fd;
	bool waiting;   /* for the headers of a request (from the start, or since the previous one was answered) */
	bool cut;       /* shut down by peer_reap; libmicrohttpd closes it next */
	long long since;   /* monotonic milliseconds: since when it waits */
	struct peer_conn *prev, *next;
};

static long long
mono_now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (long long)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

static unsigned
hash(const struct ip_addr *a)
{
	unsigned h = 2166136261u;

	for (int i = 0; i < 16; i++)
		h = (h ^ a->b[i]) * 16777619u;
	return h % BUCKETS;
}

/* The number for a, with P.lock held. */
static unsigned
count_get(const struct ip_addr *a)
{
	for (struct count *c = P.bucket[hash(a)]; c != NULL; c = c->next)
		if (ip_equal(&c->addr, a))
			return c->n;
	return 0;
}

static void
count_add(const struct ip_addr *a, int delta)
{
	struct count **pp = &P.bucket[hash(a)], *c;

	for (; (c = *pp) != NULL; pp = &c->next)
		if (ip_equal(&c->addr, a))
			break;
	if (c == NULL) {
		if (delta < 0)
			return;
		c = xcalloc(1, sizeof(*c));
		c->addr = *a;
		*pp = c;
	}
	if (delta < 0 && c->n <= (unsigned)-delta) {
		*pp = c->next;
		free(c);
		return;
	}
	c->n = (unsigned)((int)c->n + delta);
}

static bool
from_sockaddr(const struct sockaddr *sa, struct ip_addr *out)
{
	if (sa == NULL)
		return false;
	if (sa->sa_family == AF_INET) {
		const struct sockaddr_in *in = (const struct sockaddr_in *)(const void *)sa;
		ip_from_v4((const unsigned char *)&in->sin_addr, out);
		return true;
	}
	if (sa->sa_family == AF_INET6) {
		const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)(const void *)sa;
		ip_from_v6((const unsigned char *)&in6->sin6_addr, out);
		return true;
	}
	return false;
}

int
peer_init(const struct config *cfg, unsigned total_limit, char *msg, size_t msglen)
{
	if (proxy_list_parse(cfg->trusted_proxies, &P.trusted, msg, msglen) != 0)
		return -1;
	P.header = cfg->proxy_header_forwarded ? PROXY_HEADER_FORWARDED : PROXY_HEADER_X_FORWARDED_FOR;
	P.header_name = cfg->proxy_header_forwarded ? "Forwarded" : "X-Forwarded-For";
	P.per_address = (unsigned)cfg->conn_per_address;
	P.total_limit = total_limit;
	P.conn_timeout = (unsigned)cfg->conn_timeout;
	P.header_deadline = (unsigned)cfg->header_deadline;
	atomic_store(&P.open, 0);
	return 0;
}

void
peer_free(void)
{
	pthread_mutex_lock(&P.lock);
	for (size_t i = 0; i < BUCKETS; i++) {
		while (P.bucket[i] != NULL) {
			struct count *c = P.bucket[i];
			P.bucket[i] = c->next;
			free(c);
		}
	}
	pthread_mutex_unlock(&P.lock);
}

/* The limit for one more from an address: lower once the server is three-quarters full. */
static unsigned
limit_now(void)
{
	unsigned limit = P.per_address;

	if (atomic_load(&P.open) * 4 >= P.total_limit * 3 && limit > PEER_PRESSURE_LIMIT)
		limit = PEER_PRESSURE_LIMIT;
	return limit;
}

/*
 * Only reads the table: the connection is counted when libmicrohttpd reports it started (peer_connection), which
 * pairs with its end. Between the two, each accepting thread can let one more through: at most the thread pool's
 * size over the limit.
 */
enum MHD_Result
peer_accept(void *cls, const struct sockaddr *addr, socklen_t addrlen)
{
	struct ip_addr a;
	bool ok;
	(void)cls, (void)addrlen;

	if (!from_sockaddr(addr, &a))
		return MHD_YES;   /* not IP (cannot happen with our listen socket) */
	if (proxy_list_contains(&P.trusted, &a))
		return MHD_YES;
	pthread_mutex_lock(&P.lock);
	ok = count_get(&a) < limit_now();
	pthread_mutex_unlock(&P.lock);
	return ok ? MHD_YES : MHD_NO;
}

void
peer_connection(void *cls, struct MHD_Connection *conn, void **socket_context,
    enum MHD_ConnectionNotificationCode toe)
{
	struct peer_conn *pc = *socket_context;
	(void)cls;

	if (toe == MHD_CONNECTION_NOTIFY_STARTED) {
		const union MHD_ConnectionInfo *ci = MHD_get_connection_info(conn, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
		const union MHD_ConnectionInfo *fi = MHD_get_connection_info(conn, MHD_CONNECTION_INFO_CONNECTION_FD);

		pc = xcalloc(1, sizeof(*pc));
		pc->fd = fi != NULL ? fi->connect_fd : -1;
		pc->waiting = true;
		pc->since = mono_now();
		pthread_mutex_lock(&P.lock);
		if (ci != NULL && from_sockaddr(ci->client_addr, &pc->addr) && !proxy_list_contains(&P.trusted, &pc->addr)) {
			count_add(&pc->addr, 1);
			pc->counted = true;
		}
		pc->next = P.conns;
		if (P.conns != NULL)
			P.conns->prev = pc;
		P.conns = pc;
		pthread_mutex_unlock(&P.lock);
		*socket_context = pc;
		atomic_fetch_add(&P.open, 1);
		metrics_connection(1);
		return;
	}
	if (pc != NULL) {
		/* libmicrohttpd closes the socket after this returns: once unlinked here, peer_reap cannot reach it */
		pthread_mutex_lock(&P.lock);
		if (pc->counted)
			count_add(&pc->addr, -1);
		if (pc->prev != NULL)
			pc->prev->next = pc->next;
		else
			P.conns = pc->next;
		if (pc->next != NULL)
			pc->next->prev = pc->prev;
		pthread_mutex_unlock(&P.lock);
		free(pc);
		*socket_context = NULL;
	}
	atomic_fetch_sub(&P.open, 1);
	metrics_connection(-1);
}

struct joined {
	struct request *r;
	const char *name;
	char *value;   /* every line of the header, in order, joined with ", " (in the request's arena) */
};

static enum MHD_Result
join_header(void *cls, enum MHD_ValueKind kind, const char *key, const char *value)
{
	struct joined *j = cls;
	(void)kind;

	if (key == NULL || strcasecmp(key, j->name) != 0)
		return MHD_YES;
	j->value = j->value == NULL ? arena_strdup(j->r->arena, value ? value : "") :
	    arena_printf(j->r->arena, "%s, %s", j->value, value ? value : "");
	return MHD_YES;
}

bool
peer_request_begin(struct MHD_Connection *conn, struct request *r, struct peer_slot *slot)
{
	const union MHD_ConnectionInfo *ci = MHD_get_connection_info(conn, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
	const union MHD_ConnectionInfo *sc = MHD_get_connection_info(conn, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
	struct peer_conn *pc = sc != NULL ? sc->socket_context : NULL;
	struct ip_addr peer, client;
	char text[IP_STRLEN];
	bool forwarded = false, ok = true;

	memset(slot, 0, sizeof(*slot));
	if (pc != NULL) {
		if (!pc->raised) {   /* the headers are in: from now on the ordinary idle limit */
			MHD_set_connection_option(conn, MHD_CONNECTION_OPTION_TIMEOUT, P.conn_timeout);
			pc->raised = true;
		}
		pthread_mutex_lock(&P.lock);
		pc->waiting = false;
		pthread_mutex_unlock(&P.lock);
	}
	if (ci == NULL || !from_sockaddr(ci->client_addr, &peer)) {
		r->client_addr = "onbekend";
		r->actor.loopback = false;
		return true;
	}
	client = peer;
	if (proxy_list_contains(&P.trusted, &peer)) {
		struct joined j = { r, P.header_name, NULL };

		MHD_get_connection_values(conn, MHD_HEADER_KIND, join_header, &j);
		client = proxy_client(&P.trusted, &peer, P.header, j.value, &forwarded);
	}
	ip_format(&client, text);
	r->client_addr = arena_strdup(r->arena, text);
	r->actor.loopback = ip_is_loopback(&client);
	if (forwarded) {   /* behind the proxy a client's "connections" are its requests in flight */
		pthread_mutex_lock(&P.lock);
		ok = count_get(&client) < limit_now();
		if (ok)
			count_add(&client, 1);
		pthread_mutex_unlock(&P.lock);
		slot->counted = ok;
		slot->addr = client;
	}
	return ok;
}

void
peer_request_done(struct MHD_Connection *conn)
{
	const union MHD_ConnectionInfo *sc = MHD_get_connection_info(conn, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
	struct peer_conn *pc = sc != NULL ? sc->socket_context : NULL;

	if (pc == NULL)
		return;
	pthread_mutex_lock(&P.lock);
	pc->waiting = true;
	pc->since = mono_now();
	pthread_mutex_unlock(&P.lock);
}

/*
 * shutdown() and not close(): the descriptor stays libmicrohttpd's, which sees the end of the connection in its
 * own thread and closes it as any other. Under P.lock, and peer_connection unlinks a connection under P.lock
 * before libmicrohttpd closes its socket, so the number can never belong to a newer connection here.
 */
unsigned
peer_reap(void)
{
	long long now = mono_now();
	unsigned n = 0;

	pthread_mutex_lock(&P.lock);
	for (struct peer_conn *pc = P.conns; pc != NULL; pc = pc->next) {
		if (pc->waiting && !pc->cut && pc->fd >= 0 && now - pc->since >= (long long)P.header_deadline * 1000) {
			shutdown(pc->fd, SHUT_RDWR);
			pc->cut = true;
			n++;
		}
	}
	pthread_mutex_unlock(&P.lock);
	return n;
}

void
peer_request_end(struct peer_slot *slot)
{
	if (!slot->counted)
		return;
	pthread_mutex_lock(&P.lock);
	count_add(&slot->addr, -1);
	pthread_mutex_unlock(&P.lock);
	slot->counted = false;
}

#define FILES_BESIDES_CONNECTIONS 256

unsigned
peer_file_limit(const struct config *cfg)
{
	struct rlimit rl;
	rlim_t overhead = FILES_BESIDES_CONNECTIONS + 8 * (rlim_t)cfg->threads;
	rlim_t want = (rlim_t)cfg->conn_limit + overhead;
	unsigned limit = (unsigned)cfg->conn_limit;

	if (getrlimit(RLIMIT_NOFILE, &rl) != 0)
		return limit;
	if (rl.rlim_cur < want) {
		rl.rlim_cur = rl.rlim_max == RLIM_INFINITY || rl.rlim_max >= want ? want : rl.rlim_max;
		setrlimit(RLIMIT_NOFILE, &rl);
		getrlimit(RLIMIT_NOFILE, &rl);
	}
	if (rl.rlim_cur < want) {
		limit = rl.rlim_cur > overhead + 16 ? (unsigned)(rl.rlim_cur - overhead) : 16;
		fprintf(stderr, "{\"level\":\"warning\",\"msg\":\"connection limit lowered to fit the limit on open "
		    "files\",\"connLimit\":%u,\"openFiles\":%llu}\n", limit, (unsigned long long)rl.rlim_cur);
	}
	return limit;
}
