/* peer.h - who is on the other end: the client address behind trusted proxies, and connections per address. */
#ifndef DOORBRAAK_PEER_H
#define DOORBRAAK_PEER_H

#include <microhttpd.h>
#include <stdbool.h>
#include <stddef.h>
#include <sys/socket.h>

#include "core/proxy.h"
#include "lib/config.h"
#include "web/request.h"

/*
 * Reads DOORBRAAK_TRUSTED_PROXIES (cfg->trusted_proxies) with core/proxy.c and remembers the limits. Returns 0,
 * or -1 with a Dutch message in msg. Call once before the daemon starts; peer_free afterwards.
 */
int peer_init(const struct config *cfg, unsigned total_limit, char *msg, size_t msglen);
void peer_free(void);

/*
 * libmicrohttpd's accept policy: refuses a new connection from an address that already holds
 * DOORBRAAK_CONN_PER_ADDRESS of them (PEER_PRESSURE_LIMIT once the server is three-quarters full), so one
 * address cannot take the places of all the others. A trusted proxy is exempt: behind it, the forwarded client
 * is counted per request (peer_request_begin).
 */
enum MHD_Result peer_accept(void *cls, const struct sockaddr *addr, socklen_t addrlen);
/* libmicrohttpd's connection notification: counts the connection in and out (and for the metrics). */
void peer_connection(void *cls, struct MHD_Connection *conn, void **socket_context,
    enum MHD_ConnectionNotificationCode toe);

/* What peer_request_begin counted, for peer_request_end. */
struct peer_slot {
	bool counted;
	struct ip_addr addr;
};

/*
 * Sets r->client_addr and r->actor.loopback from the peer and, only when the peer is a trusted proxy, the
 * forwarded header. The connection's idle limit, DOORBRAAK_HEADER_TIMEOUT while its first request's headers
 * come in, becomes DOORBRAAK_CONN_TIMEOUT. A request forwarded for a client that already has
 * DOORBRAAK_CONN_PER_ADDRESS requests in flight returns false (answer 429); otherwise it is counted in slot
 * until peer_request_end.
 */
bool peer_request_begin(struct MHD_Connection *conn, struct request *r, struct peer_slot *slot);
void peer_request_end(struct peer_slot *slot);
/* The request on conn was answered and the connection stays open: its next request's headers are due within
   DOORBRAAK_HEADER_DEADLINE from now. */
void peer_request_done(struct MHD_Connection *conn);
/*
 * Shuts down every connection that has waited DOORBRAAK_HEADER_DEADLINE seconds or more for the headers of a
 * request (since it opened, or since its previous request was answered), however many bytes trickled in
 * meanwhile: the slowloris that sends one byte every few seconds. Returns how many. serve calls it every second.
 */
unsigned peer_reap(void);

/*
 * Every connection is a file descriptor: raises the soft limit on open files (up to the hard limit) to
 * DOORBRAAK_CONN_LIMIT plus what the database, the threads and the logs need. Where the hard limit is lower, the
 * connection limit is lowered to fit, with a log line. Returns the connection limit to use. Before the daemon.
 */
unsigned peer_file_limit(const struct config *cfg);

/* Once three-quarters of the connections are taken, an address with this many gets no more. */
#define PEER_PRESSURE_LIMIT 8

#endif
