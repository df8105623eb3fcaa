/* proxy.h - the rule for who a request comes from behind a trusted reverse proxy: addresses, lists, forwarded headers. */
#ifndef DOORBRAAK_PROXY_H
#define DOORBRAAK_PROXY_H

#include <stdbool.h>
#include <stddef.h>

/* An IPv4 or IPv6 address; IPv4 is kept as ::ffff:a.b.c.d, so one compare covers both. */
struct ip_addr {
	unsigned char b[16];
};

/* An address with a prefix length in bits over the 16-byte form (an IPv4 /24 is 96 + 24). */
struct ip_net {
	struct ip_addr addr;
	unsigned prefix;
};

#define PROXY_LIST_MAX 64
/* The longest textual address ip_format writes, with its NUL (as INET6_ADDRSTRLEN). */
#define IP_STRLEN 46
/* At most this many hops of a forwarded header are looked at, from the right. */
#define PROXY_MAX_HOPS 32

struct proxy_list {
	struct ip_net net[PROXY_LIST_MAX];
	size_t n;
};

/* Which header a trusted proxy writes (DOORBRAAK_PROXY_HEADER): only that one is read, the other never. */
enum proxy_header {
	PROXY_HEADER_X_FORWARDED_FOR,
	PROXY_HEADER_FORWARDED,
};

/* Parses exactly one address of len bytes ("192.0.2.1", "2001:db8::1", "::ffff:192.0.2.1"); no brackets, port,
   zone or spaces. Returns 0, or -1. */
int ip_parse(const char *s, size_t len, struct ip_addr *out);
/* The usual text of an address: dotted IPv4 for an IPv4 (mapped) address, RFC 5952 IPv6 otherwise. */
void ip_format(const struct ip_addr *a, char out[IP_STRLEN]);
/* 127.0.0.0/8 or ::1. */
bool ip_is_loopback(const struct ip_addr *a);
bool ip_equal(const struct ip_addr *a, const struct ip_addr *b);
/* An address from the 4 or 16 bytes of a socket address (network order). */
void ip_from_v4(const unsigned char v4[4], struct ip_addr *out);
void ip_from_v6(const unsigned char v6[16], struct ip_addr *out);

/*
 * Parses DOORBRAAK_TRUSTED_PROXIES: addresses or networks (CIDR) separated by commas, spaces allowed around
 * them ("10.0.0.5, 192.168.10.0/24, ::1, fd00::/8"). An empty string is an empty list. Returns 0, or -1 with a
 * Dutch message naming the element in msg.
 */
int proxy_list_parse(const char *spec, struct proxy_list *out, char *msg, size_t msglen);
bool proxy_list_contains(const struct proxy_list *l, const struct ip_addr *a);

/*
 * Who the request comes from. peer is the address of the socket. Only when peer is in trusted is value (the
 * header named by which, every line of it joined with ", " in order; NULL when absent) believed, and then the
 * client is the rightmost hop that is not itself a trusted proxy: each proxy appends the address it saw, so what
 * is left of the first untrusted hop was written by the client and proves nothing. A hop that cannot be read
 * (garbage, "unknown", an obfuscated name, a port on its own) stops the walk: the client is then the last hop
 * that could be read, that is the trusted proxy that passed the garbage on. No more than PROXY_MAX_HOPS hops are
 * looked at. Sets *forwarded when the client was taken from the header (not the peer). Never fails.
 */
struct ip_addr proxy_client(const struct proxy_list *trusted, const struct ip_addr *peer, enum proxy_header which,
    const char *value, bool *forwarded);

#endif
