/* test_proxy.c - src/core/proxy: trusted-proxy lists, addresses, and the forwarded-header rule under hostile input. */
#include "harness.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/proxy.h"

static struct ip_addr
ip(const char *s)
{
	struct ip_addr a;

	assert_int_equal(ip_parse(s, strlen(s), &a), 0);
	return a;
}

static struct proxy_list
list(const char *spec)
{
	struct proxy_list l;
	char msg[256] = "";

	if (proxy_list_parse(spec, &l, msg, sizeof(msg)) != 0)
		fail_msg("%s: %s", spec, msg);
	return l;
}

/* The client as text, for peer and one header value. */
static const char *
client(const struct proxy_list *l, const char *peer, enum proxy_header which, const char *value, bool *fwd)
{
	static char out[IP_STRLEN];
	struct ip_addr p = ip(peer), c;
	bool f;

	c = proxy_client(l, &p, which, value, &f);
	ip_format(&c, out);
	if (fwd != NULL)
		*fwd = f;
	return out;
}

static void
test_ip_parse(void **state)
{
	static const char *const good[] = { "192.0.2.1", "0.0.0.0", "255.255.255.255", "::1", "2001:db8::1",
		"2001:DB8:0:0:0:0:0:1", "::ffff:192.0.2.7", "fe80::1" };
	static const char *const bad[] = { "", " 192.0.2.1", "192.0.2.1 ", "192.0.2", "192.0.2.256", "192.0.2.01",
		"1.2.3.4.5", "0x7f.0.0.1", "127.1", "[::1]", "::1%lo", "2001:db8::1::2", "192.0.2.1:80", "example.org",
		"unknown", "_hidden", "1.2.3.4/32", "::1\n", "::g", "1111:2222:3333:4444:5555:6666:7777:8888:9999" };
	struct ip_addr a;
	char out[IP_STRLEN];
	(void)state;

	for (size_t i = 0; i < sizeof(good) / sizeof(good[0]); i++)
		assert_int_equal(ip_parse(good[i], strlen(good[i]), &a), 0);
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		if (ip_parse(bad[i], strlen(bad[i]), &a) == 0)
			fail_msg("'%s' was read as an address", bad[i]);
	/* a NUL inside the length is not an address either */
	assert_int_equal(ip_parse("1.2.3.4\0" "5", 9, &a), -1);
	a = ip("::ffff:192.0.2.7");
	ip_format(&a, out);
	assert_string_equal(out, "192.0.2.7");   /* an IPv4-mapped address is the IPv4 address */
	a = ip("2001:DB8:0:0:0:0:0:1");
	ip_format(&a, out);
	assert_string_equal(out, "2001:db8::1");
	assert_true(ip_is_loopback((struct ip_addr[]){ ip("127.0.0.1") }));
	assert_true(ip_is_loopback((struct ip_addr[]){ ip("127.255.3.4") }));
	assert_true(ip_is_loopback((struct ip_addr[]){ ip("::1") }));
	assert_true(ip_is_loopback((struct ip_addr[]){ ip("::ffff:127.0.0.1") }));
	assert_false(ip_is_loopback((struct ip_addr[]){ ip("128.0.0.1") }));
	assert_false(ip_is_loopback((struct ip_addr[]){ ip("::2") }));
	assert_false(ip_is_loopback((struct ip_addr[]){ ip("::") }));
}

static void
test_list_parse(void **state)
{
	static const char *const bad[] = { "10.0.0.1,,10.0.0.2", "10.0.0.1,", ",", "10.0.0.0/33", "::/129",
		"10.0.0.0/", "10.0.0.0/-1", "10.0.0.0/8/8", "10.0.0.0/ 8", "proxy.example", "10.0.0.1;10.0.0.2",
		"10.0.0.1 10.0.0.2", "[::1]", "10.0.0.1:80", "*", "0.0.0.0/08x" };
	struct proxy_list l;
	char msg[256];
	(void)state;

	l = list("");
	assert_int_equal(l.n, 0);
	l = list("   ");
	assert_int_equal(l.n, 0);
	assert_false(proxy_list_contains(&l, (struct ip_addr[]){ ip("127.0.0.1") }));
	assert_false(proxy_list_contains(NULL, (struct ip_addr[]){ ip("127.0.0.1") }));
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		msg[0] = '\0';
		if (proxy_list_parse(bad[i], &l, msg, sizeof(msg)) == 0)
			fail_msg("'%s' was accepted as a list", bad[i]);
		assert_non_null(strstr(msg, "DOORBRAAK_TRUSTED_PROXIES"));
	}

	l = list(" 10.0.0.5 , 192.168.10.77/24,::1, fd00::/8 ,172.16.0.0/12");
	assert_int_equal(l.n, 5);
	assert_true(proxy_list_contains(&l, (struct ip_addr[]){ ip("10.0.0.5") }));
	assert_false(proxy_list_contains(&l, (struct ip_addr[]){ ip("10.0.0.6") }));
	assert_true(proxy_list_contains(&l, (struct ip_addr[]){ ip("192.168.10.0") }));   /* host bits were masked */
	assert_true(proxy_list_contains(&l, (struct ip_addr[]){ ip("192.168.10.255") }));
	assert_false(proxy_list_contains(&l, (struct ip_addr[]){ ip("192.168.11.1") }));
	assert_true(proxy_list_contains(&l, (struct ip_addr[]){ ip("::1") }));
	assert_false(proxy_list_contains(&l, (struct ip_addr[]){ ip("127.0.0.1") }));   /* ::1 is not 127.0.0.1 */
	assert_true(proxy_list_contains(&l, (struct ip_addr[]){ ip("fdab:1::9") }));
	assert_false(proxy_list_contains(&l, (struct ip_addr[]){ ip("fe00::1") }));
	assert_true(proxy_list_contains(&l, (struct ip_addr[]){ ip("172.31.255.255") }));
	assert_false(proxy_list_contains(&l, (struct ip_addr[]){ ip("172.32.0.0") }));
	/* an IPv4 network does not swallow IPv6 addresses that share its bytes */
	l = list("0.0.0.0/0");
	assert_true(proxy_list_contains(&l, (struct ip_addr[]){ ip("203.0.113.9") }));
	assert_false(proxy_list_contains(&l, (struct ip_addr[]){ ip("2001:db8::1") }));
	l = list("::/0");
	assert_true(proxy_list_contains(&l, (struct ip_addr[]){ ip("2001:db8::1") }));
	/* the mapped form of an IPv4 address in the list is that address */
	l = list("::ffff:10.1.2.3");
	assert_true(proxy_list_contains(&l, (struct ip_addr[]){ ip("10.1.2.3") }));
	l = list("10.0.0.0/7");   /* an odd prefix */
	assert_true(proxy_list_contains(&l, (struct ip_addr[]){ ip("11.255.0.1") }));
	assert_false(proxy_list_contains(&l, (struct ip_addr[]){ ip("12.0.0.1") }));

	{   /* more than PROXY_LIST_MAX entries */
		char big[PROXY_LIST_MAX * 16 + 16] = "";
		size_t o = 0;

		for (int i = 0; i <= PROXY_LIST_MAX; i++)
			o += (size_t)snprintf(big + o, sizeof(big) - o, "%s10.0.%d.1", i ? "," : "", i);
		assert_int_equal(proxy_list_parse(big, &l, msg, sizeof(msg)), -1);
	}
}

/* An untrusted peer's headers are never believed, whatever they say. */
static void
test_untrusted_peer(void **state)
{
	struct proxy_list l = list("10.0.0.5");
	struct proxy_list none = list("");
	bool fwd = true;
	(void)state;

	assert_string_equal(client(&l, "203.0.113.9", PROXY_HEADER_X_FORWARDED_FOR, "127.0.0.1", &fwd), "203.0.113.9");
	assert_false(fwd);
	assert_string_equal(client(&l, "203.0.113.9", PROXY_HEADER_FORWARDED, "for=127.0.0.1", &fwd), "203.0.113.9");
	assert_false(fwd);
	assert_string_equal(client(&l, "127.0.0.1", PROXY_HEADER_X_FORWARDED_FOR, "198.51.100.1", &fwd), "127.0.0.1");
	assert_false(fwd);
	/* no list at all: nothing is believed, not even from loopback */
	assert_string_equal(client(&none, "127.0.0.1", PROXY_HEADER_X_FORWARDED_FOR, "198.51.100.1", NULL),
	    "127.0.0.1");
	assert_string_equal(client(NULL, "10.0.0.5", PROXY_HEADER_X_FORWARDED_FOR, "198.51.100.1", NULL), "10.0.0.5");
}

static void
test_x_forwarded_for(void **state)
{
	struct proxy_list l = list("10.0.0.5, 10.0.1.0/24, 2001:db8:ffff::/48");
	bool fwd = false;
	(void)state;

	/* the proxy itself, without a header: the proxy */
	assert_string_equal(client(&l, "10.0.0.5", PROXY_HEADER_X_FORWARDED_FOR, NULL, &fwd), "10.0.0.5");
	assert_false(fwd);
	assert_string_equal(client(&l, "10.0.0.5", PROXY_HEADER_X_FORWARDED_FOR, "", &fwd), "10.0.0.5");
	assert_false(fwd);
	assert_string_equal(client(&l, "10.0.0.5", PROXY_HEADER_X_FORWARDED_FOR, " , ,", &fwd), "10.0.0.5");
	assert_false(fwd);
	/* one hop */
	assert_string_equal(client(&l, "10.0.0.5", PROXY_HEADER_X_FORWARDED_FOR, "198.51.100.7", &fwd), "198.51.100.7");
	assert_true(fwd);
	/* a spoofed left part: the client wrote "127.0.0.1, 1.2.3.4", nginx appended what it saw */
	assert_string_equal(client(&l, "10.0.0.5", PROXY_HEADER_X_FORWARDED_FOR, "127.0.0.1, 1.2.3.4, 198.51.100.7",
	    NULL), "198.51.100.7");
	/* a chain of trusted proxies is walked to the first untrusted hop */
	assert_string_equal(client(&l, "10.0.0.5", PROXY_HEADER_X_FORWARDED_FOR, "8.8.8.8, 198.51.100.7, 10.0.1.9",
	    NULL), "198.51.100.7");
	assert_string_equal(client(&l, "10.0.0.5", PROXY_HEADER_X_FORWARDED_FOR,
	    "198.51.100.7,10.0.1.9,10.0.0.5", NULL), "198.51.100.7");
	/* only trusted hops: the leftmost of them */
	assert_string_equal(client(&l, "10.0.0.5", PROXY_HEADER_X_FORWARDED_FOR, "10.0.1.3, 10.0.1.9", &fwd),
	    "10.0.1.3");
	assert_true(fwd);
	/* ports, brackets, tabs, IPv6 */
	assert_string_equal(client(&l, "10.0.0.5", PROXY_HEADER_X_FORWARDED_FOR, "\t198.51.100.7:51234 ", NULL),
	    "198.51.100.7");
	assert_string_equal(client(&l, "10.0.0.5", PROXY_HEADER_X_FORWARDED_FOR, "[2001:db8::17]:4711", NULL),
	    "2001:db8::17");
	assert_string_equal(client(&l, "10.0.0.5", PROXY_HEADER_X_FORWARDED_FOR, "[2001:db8::17]", NULL),
	    "2001:db8::17");
	assert_string_equal(client(&l, "10.0.0.5", PROXY_HEADER_X_FORWARDED_FOR, "2001:db8::17", NULL),
	    "2001:db8::17");
	assert_string_equal(client(&l, "2001:db8:ffff::1", PROXY_HEADER_X_FORWARDED_FOR, "::ffff:198.51.100.7",
	    NULL), "198.51.100.7");
	/* garbage at the right: the proxy that passed it on */
	static const char *const garbage[] = { "unknown", "_hidden", "example.org", "198.51.100.7:", "198.51.100.7:x",
		"198.51.100.7:123456", "[198.51.100.7]", "[2001:db8::17", "[2001:db8::17]x", "[2001:db8::17]:",
		"2001:db8::17%eth0", "\"198.51.100.7\"", "198.51.100.7 198.51.100.8", "1.2.3.4;5.6.7.8",
		"198.51.100.7\r\nX-Evil: 1", "999.1.1.1", "0x01.1.1.1",
		"1111:2222:3333:4444:5555:6666:7777:8888:9999:aaaa:bbbb:cccc:dddd:eeee:ffff:0000:1111" };
	for (size_t i = 0; i < sizeof(garbage) / sizeof(garbage[0]); i++) {
		char v[256];

		if (strcmp(client(&l, "10.0.0.5", PROXY_HEADER_X_FORWARDED_FOR, garbage[i], &fwd), "10.0.0.5") != 0 ||
		    fwd)
			fail_msg("garbage '%s' gave a client", garbage[i]);
		/* garbage left of a good untrusted hop does not matter; right of a trusted one it stops the walk there */
		snprintf(v, sizeof(v), "%s, 198.51.100.7", garbage[i]);
		assert_string_equal(client(&l, "10.0.0.5", PROXY_HEADER_X_FORWARDED_FOR, v, NULL), "198.51.100.7");
		snprintf(v, sizeof(v), "198.51.100.7, %s, 10.0.1.9", garbage[i]);
		assert_string_equal(client(&l, "10.0.0.5", PROXY_HEADER_X_FORWARDED_FOR, v, NULL), "10.0.1.9");
	}
}

/* Many hops: only the rightmost PROXY_MAX_HOPS are looked at, and a huge header costs nothing more. */
static void
test_many_hops(void **state)
{
	struct proxy_list l = list("10.0.0.0/8");
	size_t cap = 200000, o = 0;
	char *v = malloc(cap);
	bool fwd;
	(void)state;

	assert_non_null(v);
	for (int i = 0; i < 10000; i++)
		o += (size_t)snprintf(v + o, cap - o, "%s198.51.%d.%d", i ? ", " : "", i / 250, i % 250);
	assert_string_equal(client(&l, "10.0.0.5", PROXY_HEADER_X_FORWARDED_FOR, v, NULL), "198.51.39.249");
	/* 10,000 untrusted hops then the trusted proxies: the walk gives up after PROXY_MAX_HOPS trusted ones */
	o = 0;
	v[0] = '\0';
	for (int i = 0; i < 5; i++)
		o += (size_t)snprintf(v + o, cap - o, "%s198.51.100.%d", i ? ", " : "", i);
	for (int i = 0; i < PROXY_MAX_HOPS - 1; i++)
		o += (size_t)snprintf(v + o, cap - o, ", 10.0.0.%d", i + 1);
	assert_string_equal(client(&l, "10.0.0.5", PROXY_HEADER_X_FORWARDED_FOR, v, NULL), "198.51.100.4");
	o += (size_t)snprintf(v + o, cap - o, ", 10.0.0.99");
	/* now PROXY_MAX_HOPS trusted hops at the right: the last one looked at, still a proxy, not a guess */
	assert_string_equal(client(&l, "10.0.0.5", PROXY_HEADER_X_FORWARDED_FOR, v, &fwd), "10.0.0.1");
	assert_true(fwd);
	/* a header of nothing but commas */
	memset(v, ',', cap - 1);
	v[cap - 1] = '\0';
	assert_string_equal(client(&l, "10.0.0.5", PROXY_HEADER_X_FORWARDED_FOR, v, NULL), "10.0.0.5");
	assert_string_equal(client(&l, "10.0.0.5", PROXY_HEADER_FORWARDED, v, NULL), "10.0.0.5");
	/* an open quote that never closes */
	memset(v, '"', cap - 1);
	assert_string_equal(client(&l, "10.0.0.5", PROXY_HEADER_FORWARDED, v, NULL), "10.0.0.5");
	free(v);
}

static void
test_forwarded(void **state)
{
	struct proxy_list l = list("10.0.0.5, 10.0.1.0/24");
	bool fwd;
	(void)state;

	assert_string_equal(client(&l, "10.0.0.5", PROXY_HEADER_FORWARDED, "for=198.51.100.7", &fwd), "198.51.100.7");
	assert_true(fwd);
	assert_string_equal(client(&l, "10.0.0.5", PROXY_HEADER_FORWARDED, "For=198.51.100.7;proto=https;by=10.0.0.5",
	    NULL), "198.51.100.7");
	assert_string_equal(client(&l, "10.0.0.5", PROXY_HEADER_FORWARDED, "proto=https; for = 198.51.100.7 ", NULL),
	    "198.51.100.7");
	assert_string_equal(client(&l, "10.0.0.5", PROXY_HEADER_FORWARDED, "for=\"[2001:db8:cafe::17]:4711\"", NULL),
	    "2001:db8:cafe::17");
	assert_string_equal(client(&l, "10.0.0.5", PROXY_HEADER_FORWARDED, "for=\"198.51.100.7:80\"", NULL),
	    "198.51.100.7");
	/* spoofed elements on the left, a chain on the right */
	assert_string_equal(client(&l, "10.0.0.5", PROXY_HEADER_FORWARDED,
	    "for=127.0.0.1, for=198.51.100.7;proto=https, for=10.0.1.2", NULL), "198.51.100.7");
	/* a comma inside quotes does not split an element */
	assert_string_equal(client(&l, "10.0.0.5", PROXY_HEADER_FORWARDED,
	    "for=198.51.100.9;x=\"a, for=10.0.1.3\"", NULL), "198.51.100.9");
	assert_string_equal(client(&l, "10.0.0.5", PROXY_HEADER_FORWARDED,
	    "for=198.51.100.9;x=\"a\\\", for=10.0.1.3\"", NULL), "198.51.100.9");
	/* unreadable elements: the proxy */
	static const char *const garbage[] = { "for=unknown", "for=_hidden", "for=\"_x\"", "proto=https", "for=",
		"for=\"\"", "for=198.51.100.7;for=198.51.100.8", "for=[2001:db8::1]x",
		"for=\"[198.51.100.7]\"", "for", "=198.51.100.7", "for=example.org", "by=198.51.100.7",
		"for=\"" "0000000000000000000000000000000000000000000000000000000000000000000000000000000000" "\"" };
	for (size_t i = 0; i < sizeof(garbage) / sizeof(garbage[0]); i++) {
		char v[256];

		if (strcmp(client(&l, "10.0.0.5", PROXY_HEADER_FORWARDED, garbage[i], &fwd), "10.0.0.5") != 0 || fwd)
			fail_msg("garbage '%s' gave a client", garbage[i]);
		snprintf(v, sizeof(v), "for=198.51.100.7, %s, for=10.0.1.4", garbage[i]);
		assert_string_equal(client(&l, "10.0.0.5", PROXY_HEADER_FORWARDED, v, NULL), "10.0.1.4");
	}
	/* a quote the client left open swallows what the proxies appended after it: unreadable, so the proxy */
	assert_string_equal(client(&l, "10.0.0.5", PROXY_HEADER_FORWARDED, "for=\"198.51.100.7, for=198.51.100.8",
	    &fwd), "10.0.0.5");
	assert_false(fwd);
	/* the other header's syntax is not read: a Forwarded value read as X-Forwarded-For is garbage */
	assert_string_equal(client(&l, "10.0.0.5", PROXY_HEADER_X_FORWARDED_FOR, "for=198.51.100.7", NULL),
	    "10.0.0.5");
	assert_string_equal(client(&l, "10.0.0.5", PROXY_HEADER_FORWARDED, "198.51.100.7", NULL), "10.0.0.5");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ip_parse),
		cmocka_unit_test(test_list_parse),
		cmocka_unit_test(test_untrusted_peer),
		cmocka_unit_test(test_x_forwarded_for),
		cmocka_unit_test(test_many_hops),
		cmocka_unit_test(test_forwarded),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
