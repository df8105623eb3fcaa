/* proxy.c - who a request comes from behind a trusted reverse proxy: parsing addresses, lists and forwarded headers. */
#include "core/proxy.h"

#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

static const unsigned char v4_mapped[12] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff };

static bool
is_v4(const struct ip_addr *a)
{
	return memcmp(a->b, v4_mapped, sizeof(v4_mapped)) == 0;
}

void
ip_from_v4(const unsigned char v4[4], struct ip_addr *out)
{
	memcpy(out->b, v4_mapped, sizeof(v4_mapped));
	memcpy(out->b + 12, v4, 4);
}

void
ip_from_v6(const unsigned char v6[16], struct ip_addr *out)
{
	memcpy(out->b, v6, 16);
}

int
ip_parse(const char *s, size_t len, struct ip_addr *out)
{
	char tmp[IP_STRLEN];
	unsigned char raw[16];

	if (s == NULL || len == 0 || len >= sizeof(tmp))
		return -1;
	for (size_t i = 0; i < len; i++) {
		char c = s[i];
		if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == '.' || c == ':'))
			return -1;
	}
	memcpy(tmp, s, len);
	tmp[len] = '\0';
	if (inet_pton(AF_INET, tmp, raw) == 1) {
		ip_from_v4(raw, out);
		return 0;
	}
	if (inet_pton(AF_INET6, tmp, raw) == 1) {
		ip_from_v6(raw, out);
		return 0;
	}
	return -1;
}

void
ip_format(const struct ip_addr *a, char out[IP_STRLEN])
{
	if (is_v4(a)) {
		if (inet_ntop(AF_INET, a->b + 12, out, IP_STRLEN) != NULL)
			return;
	} else if (inet_ntop(AF_INET6, a->b, out, IP_STRLEN) != NULL) {
		return;
	}
	snprintf(out, IP_STRLEN, "onbekend");
}

bool
ip_is_loopback(const struct ip_addr *a)
{
	static const unsigned char v6_loopback[16] = { [15] = 1 };

	return (is_v4(a) && a->b[12] == 127) || memcmp(a->b, v6_loopback, 16) == 0;
}

bool
ip_equal(const struct ip_addr *a, const struct ip_addr *b)
{
	return memcmp(a->b, b->b, 16) == 0;
}

static bool
net_contains(const struct ip_net *n, const struct ip_addr *a)
{
	unsigned full = n->prefix / 8, rest = n->prefix % 8;

	if (memcmp(n->addr.b, a->b, full) != 0)
		return false;
	if (rest == 0)
		return true;
	return ((n->addr.b[full] ^ a->b[full]) & (unsigned char)(0xff << (8 - rest))) == 0;
}

bool
proxy_list_contains(const struct proxy_list *l, const struct ip_addr *a)
{
	if (l == NULL)
		return false;
	for (size_t i = 0; i < l->n; i++)
		if (net_contains(&l->net[i], a))
			return true;
	return false;
}

static bool
is_ows(char c)
{
	return c == ' ' || c == '\t';
}

static void
trim(const char **s, size_t *n)
{
	while (*n > 0 && is_ows(**s))
		(*s)++, (*n)--;
	while (*n > 0 && is_ows((*s)[*n - 1]))
		(*n)--;
}

/* A whole number of at most maxdigits digits, nothing else; -1 when it is not one. */
static long
small_number(const char *s, size_t n, size_t maxdigits)
{
	long v = 0;

	if (n == 0 || n > maxdigits)
		return -1;
	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

int
proxy_list_parse(const char *spec, struct proxy_list *out, char *msg, size_t msglen)
{
	const char *p = spec != NULL ? spec : "";
	size_t total;

	memset(out, 0, sizeof(*out));
	total = strlen(p);
	trim(&p, &total);
	if (total == 0)
		return 0;
	for (;;) {
		const char *comma = memchr(p, ',', total), *slash;
		size_t n = comma != NULL ? (size_t)(comma - p) : total, alen;
		const char *e = p;
		struct ip_net net;
		long prefix;

		trim(&e, &n);
		slash = memchr(e, '/', n);
		alen = slash != NULL ? (size_t)(slash - e) : n;
		if (n == 0 || ip_parse(e, alen, &net.addr) != 0) {
			snprintf(msg, msglen, "DOORBRAAK_TRUSTED_PROXIES: '%.*s' is geen IPv4- of IPv6-adres (voorbeeld: "
			    "10.0.0.5, 192.168.10.0/24, ::1).", (int)(n > 60 ? 60 : n), e);
			return -1;
		}
		if (slash != NULL) {
			long max = is_v4(&net.addr) ? 32 : 128;

			prefix = small_number(slash + 1, n - alen - 1, 3);
			if (prefix < 0 || prefix > max) {
				snprintf(msg, msglen, "DOORBRAAK_TRUSTED_PROXIES: '%.*s' heeft geen geldige netwerklengte "
				    "(0 tot en met %ld na de /).", (int)(n > 60 ? 60 : n), e, max);
				return -1;
			}
			net.prefix = (unsigned)(is_v4(&net.addr) ? prefix + 96 : prefix);
		} else {
			net.prefix = 128;
		}
		for (unsigned bit = net.prefix; bit < 128; bit++)   /* host bits off: 192.168.1.5/24 is 192.168.1.0/24 */
			net.addr.b[bit / 8] &= (unsigned char)~(0x80 >> (bit % 8));
		if (out->n == PROXY_LIST_MAX) {
			snprintf(msg, msglen, "DOORBRAAK_TRUSTED_PROXIES: hoogstens %d adressen of netwerken.", PROXY_LIST_MAX);
			return -1;
		}
		out->net[out->n++] = net;
		if (comma == NULL)
			break;
		total -= (size_t)(comma + 1 - p);
		p = comma + 1;
	}
	return 0;
}

/*
 * One hop as a proxy writes it: "192.0.2.1", "192.0.2.1:4711", "2001:db8::1", "[2001:db8::1]" or
 * "[2001:db8::1]:4711". Anything else (a name, "unknown", "_hidden", a zone, an empty port) is -1.
 */
static int
hop_parse(const char *s, size_t n, struct ip_addr *out)
{
	const char *colon;

	trim(&s, &n);
	if (n == 0 || n > 64)
		return -1;
	if (s[0] == '[') {
		const char *close = memchr(s, ']', n);
		size_t alen, rest;

		if (close == NULL)
			return -1;
		alen = (size_t)(close - s - 1);
		rest = n - alen - 2;
		if (rest > 0 && (close[1] != ':' || small_number(close + 2, rest - 1, 5) < 0))
			return -1;
		if (ip_parse(s + 1, alen, out) != 0 || is_v4(out))
			return -1;   /* brackets are for IPv6 only */
		return 0;
	}
	colon = memchr(s, ':', n);
	if (colon != NULL && memchr(colon + 1, ':', n - (size_t)(colon + 1 - s)) == NULL) {
		/* one colon: IPv4 with a port */
		if (small_number(colon + 1, n - (size_t)(colon + 1 - s), 5) < 0 ||
		    ip_parse(s, (size_t)(colon - s), out) != 0 || !is_v4(out))
			return -1;
		return 0;
	}
	return ip_parse(s, n, out);
}

/* The rightmost PROXY_MAX_HOPS elements of a comma-separated list; commas inside quotes (Forwarded) do not
   separate. Empty elements are skipped. */
struct hops {
	const char *start[PROXY_MAX_HOPS];
	size_t len[PROXY_MAX_HOPS];
	size_t total;   /* elements seen; the last min(total, PROXY_MAX_HOPS) are kept in a ring */
};

static void
hops_add(struct hops *h, const char *s, size_t n)
{
	trim(&s, &n);
	if (n == 0)
		return;
	h->start[h->total % PROXY_MAX_HOPS] = s;
	h->len[h->total % PROXY_MAX_HOPS] = n;
	h->total++;
}

static void
hops_split(struct hops *h, const char *v, bool quotes)
{
	const char *el = v;
	bool in_quote = false;

	memset(h, 0, sizeof(*h));
	for (const char *p = v; *p != '\0'; p++) {
		if (quotes && in_quote && *p == '\\' && p[1] != '\0')
			p++;
		else if (quotes && *p == '"')
			in_quote = !in_quote;
		else if (*p == ',' && !in_quote) {
			hops_add(h, el, (size_t)(p - el));
			el = p + 1;
		}
	}
	hops_add(h, el, strlen(el));
}

/* The for= of one Forwarded element ("for=192.0.2.60;proto=https;by=203.0.113.43") as a hop; -1 without one or
   when it cannot be read. A second for= in one element makes it unreadable. */
static int
forwarded_for(const char *s, size_t n, struct ip_addr *out)
{
	const char *end = s + n, *pair = s;
	int found = 0;

	while (pair < end) {
		const char *p = pair, *semi = NULL, *eq;
		bool in_quote = false;

		for (; p < end; p++) {
			if (in_quote && *p == '\\' && p + 1 < end)
				p++;
			else if (*p == '"')
				in_quote = !in_quote;
			else if (*p == ';' && !in_quote) {
				semi = p;
				break;
			}
		}
		if (in_quote)
			return -1;
		p = semi != NULL ? semi : end;
		eq = memchr(pair, '=', (size_t)(p - pair));
		if (eq != NULL) {
			const char *name = pair, *val = eq + 1;
			size_t nlen = (size_t)(eq - pair), vlen = (size_t)(p - val);

			trim(&name, &nlen);
			trim(&val, &vlen);
			if (nlen == 3 && strncasecmp(name, "for", 3) == 0) {
				char unq[72];
				size_t u = 0;

				if (found++)
					return -1;
				if (vlen >= 2 && val[0] == '"' && val[vlen - 1] == '"') {
					for (size_t i = 1; i + 1 < vlen; i++) {
						if (val[i] == '\\' && i + 2 < vlen)
							i++;
						if (u == sizeof(unq))
							return -1;
						unq[u++] = val[i];
					}
					if (hop_parse(unq, u, out) != 0)
						return -1;
				} else if (hop_parse(val, vlen, out) != 0) {
					return -1;
				}
			}
		}
		pair = p + 1;
	}
	return found == 1 ? 0 : -1;
}

struct ip_addr
proxy_client(const struct proxy_list *trusted, const struct ip_addr *peer, enum proxy_header which,
    const char *value, bool *forwarded)
{
	struct ip_addr cur = *peer;
	struct hops h;
	size_t look;

	*forwarded = false;
	if (value == NULL || !proxy_list_contains(trusted, peer))
		return cur;   /* an untrusted peer's headers are never believed */
	hops_split(&h, value, which == PROXY_HEADER_FORWARDED);
	look = h.total < PROXY_MAX_HOPS ? h.total : PROXY_MAX_HOPS;
	for (size_t k = 0; k < look; k++) {
		size_t i = (h.total - 1 - k) % PROXY_MAX_HOPS;
		struct ip_addr hop;
		int rc = which == PROXY_HEADER_FORWARDED ? forwarded_for(h.start[i], h.len[i], &hop) :
		    hop_parse(h.start[i], h.len[i], &hop);

		if (rc != 0)
			return cur;   /* unreadable: the proxy that passed it on is the last hop we know */
		cur = hop;
		*forwarded = true;
		if (!proxy_list_contains(trusted, &hop))
			return cur;
	}
	return cur;
}
