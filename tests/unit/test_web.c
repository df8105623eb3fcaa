/* test_web.c - src/web: form decoding, ids, the router and the template engine. */
#include "harness.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "lib/buf.h"
#include "lib/mem.h"
#include "web/form.h"
#include "web/request.h"
#include "web/router.h"
#include "web/tmpl.h"

/* ---- form ----------------------------------------------------------------- */

/*
 * Parses body from a heap copy of exactly len bytes (no NUL after it), so
 * that ASan catches any read past the end of the body.
 */
static int
parse(struct arena *a, const char *body, size_t len, struct kv **kv, size_t *n)
{
	char *copy = xmalloc(len ? len : 1);
	int rc;

	memcpy(copy, body, len);
	rc = form_parse(a, copy, len, kv, n);
	free(copy);
	return rc;
}

#define PARSE(a, s, kv, n) parse((a), (s), sizeof(s) - 1, (kv), (n))

static void
test_form_pairs(void **state)
{
	struct arena *a = arena_new();
	struct kv *kv = NULL;
	size_t n = 99;

	(void)state;
	assert_int_equal(PARSE(a, "a=1&b=2", &kv, &n), 0);
	assert_int_equal(n, 2);
	assert_string_equal(kv[0].key, "a");
	assert_string_equal(kv[0].value, "1");
	assert_string_equal(kv[1].key, "b");
	assert_string_equal(kv[1].value, "2");

	assert_int_equal(PARSE(a, "naam=Jan+de+Vries&x=a+%2B+b", &kv, &n), 0);
	assert_int_equal(n, 2);
	assert_string_equal(kv[0].value, "Jan de Vries");
	assert_string_equal(kv[1].value, "a + b");

	assert_int_equal(PARSE(a, "plaats=Caf%C3%A9&%C3%A9=%c3%a9", &kv, &n), 0);
	assert_int_equal(n, 2);
	assert_string_equal(kv[0].value, "Café");
	assert_string_equal(kv[1].key, "é");
	assert_string_equal(kv[1].value, "é");

	assert_int_equal(PARSE(a, "t=a%26b%3Dc", &kv, &n), 0);   /* encoded & and = stay data */
	assert_int_equal(n, 1);
	assert_string_equal(kv[0].value, "a&b=c");

	assert_int_equal(PARSE(a, "x=1=2", &kv, &n), 0);          /* only the first '=' splits */
	assert_string_equal(kv[0].key, "x");
	assert_string_equal(kv[0].value, "1=2");
	arena_free(a);
}

static void
test_form_repeated_and_empty(void **state)
{
	struct arena *a = arena_new();
	struct kv *kv = NULL;
	size_t n = 99;

	(void)state;
	assert_int_equal(PARSE(a, "thema=a&thema=b&thema=c", &kv, &n), 0);
	assert_int_equal(n, 3);
	assert_string_equal(kv[0].key, "thema");
	assert_string_equal(kv[2].key, "thema");
	assert_string_equal(kv[0].value, "a");
	assert_string_equal(kv[1].value, "b");
	assert_string_equal(kv[2].value, "c");

	assert_int_equal(PARSE(a, "a=&b=2", &kv, &n), 0);
	assert_int_equal(n, 2);
	assert_string_equal(kv[0].key, "a");
	assert_string_equal(kv[0].value, "");

	assert_int_equal(PARSE(a, "vlag&b=2", &kv, &n), 0);       /* key without '=' */
	assert_int_equal(n, 2);
	assert_string_equal(kv[0].key, "vlag");
	assert_non_null(kv[0].value);
	assert_string_equal(kv[0].value, "");
	assert_string_equal(kv[1].value, "2");

	assert_int_equal(PARSE(a, "&a=1&&b=2&", &kv, &n), 0);     /* empty pairs are skipped */
	assert_int_equal(n, 2);
	assert_string_equal(kv[0].key, "a");
	assert_string_equal(kv[1].key, "b");

	n = 99;
	assert_int_equal(form_parse(a, "", 0, &kv, &n), 0);
	assert_int_equal(n, 0);
	arena_free(a);
}

static void
test_form_malformed(void **state)
{
	struct arena *a = arena_new();
	struct kv *kv = NULL;
	size_t n = 0;

	(void)state;
	assert_int_equal(PARSE(a, "a=%G1", &kv, &n), -1);
	assert_int_equal(PARSE(a, "a=%1G", &kv, &n), -1);
	assert_int_equal(PARSE(a, "a=%4", &kv, &n), -1);           /* truncated at the end */
	assert_int_equal(PARSE(a, "a=%", &kv, &n), -1);
	assert_int_equal(PARSE(a, "a=%4&b=1", &kv, &n), -1);       /* truncated before '&' */
	assert_int_equal(PARSE(a, "%G1=x", &kv, &n), -1);          /* in the key */
	assert_int_equal(PARSE(a, "a=%00", &kv, &n), -1);          /* NUL */
	assert_int_equal(PARSE(a, "a%00b=1", &kv, &n), -1);
	assert_int_equal(PARSE(a, "a=%C3%28", &kv, &n), -1);       /* invalid UTF-8 */
	assert_int_equal(PARSE(a, "a=%C0%AF", &kv, &n), -1);       /* overlong '/' */
	assert_int_equal(PARSE(a, "a=%ED%A0%80", &kv, &n), -1);    /* surrogate */
	assert_int_equal(PARSE(a, "a=%C3", &kv, &n), -1);          /* truncated sequence */
	assert_int_equal(PARSE(a, "a=\xff", &kv, &n), -1);         /* raw invalid byte */
	assert_int_equal(PARSE(a, "%FF=1", &kv, &n), -1);
	assert_int_equal(PARSE(a, "ok=1&a=b\0c", &kv, &n), -1);    /* raw NUL */
	assert_int_equal(PARSE(a, "ok=1&a=%zz", &kv, &n), -1);     /* one bad pair fails all */
	arena_free(a);
}

static void
test_form_decode(void **state)
{
	struct arena *a = arena_new();
	size_t len = 0;
	char *s;

	(void)state;
	s = form_decode(a, "%41%42+c", 8, &len);
	assert_non_null(s);
	assert_string_equal(s, "AB c");
	assert_int_equal(len, 4);
	s = form_decode(a, "abc%41", 3, &len);   /* the length ends the input */
	assert_non_null(s);
	assert_string_equal(s, "abc");
	assert_int_equal(len, 3);
	assert_null(form_decode(a, "abc%41", 4, NULL));   /* "%" cut off by the length */
	assert_null(form_decode(a, "%4", 2, NULL));
	assert_null(form_decode(a, "%e2%82", 6, NULL));
	arena_free(a);
}

/* ---- ids in path parameters, queries and forms ------------------------------ */

static void
test_parse_id(void **state)
{
	static const char *const fout[] = {
		"", "0", "00", "000000000000000000", "-1", "+1", " 1", "1 ", "1a", "12/", "1.0", "1e3", "0x1f", "١",
		"1234567890123456789", "99999999999999999999999", "9223372036854775808",
	};
	int64_t v = 42;

	(void)state;
	assert_false(req_parse_id(NULL, &v));
	for (size_t i = 0; i < sizeof(fout) / sizeof(fout[0]); i++) {
		assert_false(req_parse_id(fout[i], &v));
		assert_int_equal(v, 42);   /* untouched on refusal */
	}
	assert_true(req_parse_id("1", &v));
	assert_int_equal(v, 1);
	assert_true(req_parse_id("123", &v));
	assert_int_equal(v, 123);
	assert_true(req_parse_id("007", &v));   /* leading zeros were digits to every caller it replaces */
	assert_int_equal(v, 7);
	assert_true(req_parse_id("999999999999999999", &v));   /* 18 digits: the longest */
	assert_int_equal(v, 999999999999999999LL);
}

/* ---- router --------------------------------------------------------------- */

static const struct route routes[] = {
	{ .method = "GET", .pattern = "/", .perm = PERM_PUBLIEK },
	{ .method = "GET", .pattern = "/casussen", .perm = PERM_CASUS_LIJST },
	{ .method = "POST", .pattern = "/casussen", .perm = PERM_CASUS_INDIENEN },
	{ .method = "GET", .pattern = "/casussen/{ref}", .perm = PERM_CASUS_LIJST },
	{ .method = "GET", .pattern = "/casussen/{ref}/leerpunten/{id}", .perm = PERM_LEERPUNTEN },
	{ .method = "PATCH", .pattern = "/api/v1/casussen/{ref}", .perm = PERM_CASUS_REGIE },
	{ .method = "GET", .pattern = "/x/{a}/{b}/{c}/{d}/{e}", .perm = PERM_PUBLIEK },
};
#define NROUTES (sizeof(routes) / sizeof(routes[0]))

struct match {
	enum route_match rc;
	const struct route *route;
	const char *params[4];
	int nparams;
	const char *allow;
};

static struct match
match(struct arena *a, const char *method, const char *path)
{
	struct match m = { .nparams = -1 };

	m.rc = router_match(routes, NROUTES, method, path, a, &m.route, m.params, &m.nparams,
	    &m.allow);
	return m;
}

static void
test_router_found(void **state)
{
	struct arena *a = arena_new();
	struct match m;
	char path[] = "/casussen/2024-017/leerpunten/3";

	(void)state;
	m = match(a, "GET", "/");
	assert_int_equal(m.rc, ROUTE_FOUND);
	assert_ptr_equal(m.route, &routes[0]);
	assert_int_equal(m.nparams, 0);

	m = match(a, "GET", "/casussen");
	assert_int_equal(m.rc, ROUTE_FOUND);
	assert_ptr_equal(m.route, &routes[1]);
	assert_int_equal(m.nparams, 0);
	assert_null(m.allow);

	m = match(a, "POST", "/casussen");
	assert_int_equal(m.rc, ROUTE_FOUND);
	assert_ptr_equal(m.route, &routes[2]);

	m = match(a, "GET", "/casussen/2024-017");
	assert_int_equal(m.rc, ROUTE_FOUND);
	assert_ptr_equal(m.route, &routes[3]);
	assert_int_equal(m.nparams, 1);
	assert_string_equal(m.params[0], "2024-017");

	m = match(a, "GET", path);
	assert_int_equal(m.rc, ROUTE_FOUND);
	assert_ptr_equal(m.route, &routes[4]);
	assert_int_equal(m.nparams, 2);
	assert_string_equal(m.params[0], "2024-017");
	assert_string_equal(m.params[1], "3");
	/* Parameters are copies in the arena, not pointers into the path. */
	assert_true(m.params[0] < path || m.params[0] >= path + sizeof(path));
	memset(path, 'z', sizeof(path) - 1);
	assert_string_equal(m.params[0], "2024-017");

	m = match(a, "PATCH", "/api/v1/casussen/%3Cscript%3E");   /* not decoded */
	assert_int_equal(m.rc, ROUTE_FOUND);
	assert_string_equal(m.params[0], "%3Cscript%3E");
	arena_free(a);
}

static void
test_router_no_path(void **state)
{
	struct arena *a = arena_new();
	struct match m;

	(void)state;
	m = match(a, "GET", "/onbekend");
	assert_int_equal(m.rc, ROUTE_NO_PATH);
	assert_null(m.allow);
	assert_null(m.route);

	/* A trailing slash does not match. */
	assert_int_equal(match(a, "GET", "/casussen/").rc, ROUTE_NO_PATH);
	assert_int_equal(match(a, "GET", "/casussen/2024-017/").rc, ROUTE_NO_PATH);
	assert_int_equal(match(a, "GET", "//").rc, ROUTE_NO_PATH);
	/* A parameter is one segment: it does not swallow '/'. */
	assert_int_equal(match(a, "GET", "/casussen/a/b").rc, ROUTE_NO_PATH);
	assert_int_equal(match(a, "GET", "/casussen/a/leerpunten/b/c").rc, ROUTE_NO_PATH);
	assert_int_equal(match(a, "GET", "/casussen/a/leerpunten/").rc, ROUTE_NO_PATH);
	assert_int_equal(match(a, "GET", "/casussen//leerpunten/1").rc, ROUTE_NO_PATH);
	/* Prefixes and extensions of a route are not the route. */
	assert_int_equal(match(a, "GET", "/casus").rc, ROUTE_NO_PATH);
	assert_int_equal(match(a, "GET", "/casussenX").rc, ROUTE_NO_PATH);
	assert_int_equal(match(a, "GET", "").rc, ROUTE_NO_PATH);
	assert_int_equal(match(a, "GET", "casussen").rc, ROUTE_NO_PATH);
	/* More parameters than the request has room for never match. */
	assert_int_equal(match(a, "GET", "/x/1/2/3/4/5").rc, ROUTE_NO_PATH);
	arena_free(a);
}

static void
test_router_bad_method(void **state)
{
	struct arena *a = arena_new();
	struct match m;

	(void)state;
	m = match(a, "DELETE", "/casussen");
	assert_int_equal(m.rc, ROUTE_BAD_METHOD);
	assert_non_null(m.allow);
	assert_string_equal(m.allow, "GET, POST");

	m = match(a, "POST", "/");
	assert_int_equal(m.rc, ROUTE_BAD_METHOD);
	assert_string_equal(m.allow, "GET");

	m = match(a, "GET", "/api/v1/casussen/1");
	assert_int_equal(m.rc, ROUTE_BAD_METHOD);
	assert_string_equal(m.allow, "PATCH");

	m = match(a, "get", "/casussen");   /* methods are case-sensitive */
	assert_int_equal(m.rc, ROUTE_BAD_METHOD);
	assert_string_equal(m.allow, "GET, POST");

	/* allow may be NULL. */
	{
		const struct route *r = NULL;
		const char *params[4];
		int np = 0;

		assert_int_equal(router_match(routes, NROUTES, "PUT", "/casussen", a, &r, params, &np,
		    NULL), ROUTE_BAD_METHOD);
	}
	arena_free(a);
}

/* ---- templates ------------------------------------------------------------ */

/* Renders text with ctx (decref'd) and returns the output, or NULL when rendering failed. */
static char *
render(const char *text, json_t *ctx)
{
	struct buf b;
	char *s = NULL;
	int rc;

	buf_init(&b, 1u << 20);
	rc = tmpl_render_text(&b, text, strlen(text), ctx);
	if (rc == 0)
		s = buf_detach(&b, NULL);
	else
		assert_int_equal(rc, -1);
	buf_free(&b);
	json_decref(ctx);
	return s;
}

static void
expect(const char *text, json_t *ctx, const char *want)
{
	char *got = render(text, ctx);

	assert_non_null(got);
	assert_string_equal(got, want);
	free(got);
}

static void
test_tmpl_escaping(void **state)
{
	(void)state;
	expect("<p>{{x}}</p>", json_pack("{s:s}", "x", "<script>alert(1)</script>"),
	    "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
	expect("<a title=\"{{x}}\">", json_pack("{s:s}", "x", "\" onmouseover='a()' & b"),
	    "<a title=\"&quot; onmouseover=&#39;a()&#39; &amp; b\">");
	expect("{{{x}}}", json_pack("{s:s}", "x", "<b>vet</b>"), "<b>vet</b>");
	expect("[{{ x }}][{{{ x }}}]", json_pack("{s:s}", "x", "<"), "[&lt;][<]");
	expect("geen tags", json_object(), "geen tags");
	expect("", json_object(), "");
	expect("a{{ontbreekt}}b", json_object(), "ab");
	expect("{{! commentaar }}x", json_object(), "x");
	/* A template's opening purpose comment leaves no empty line; a comment elsewhere keeps its newline. */
	expect("{{! t.html - waarvoor }}\n<p>x</p>", json_object(), "<p>x</p>");
	expect("a\n{{! midden }}\nb", json_object(), "a\n\nb");
	/* Tags inside data are data: they are not expanded. */
	expect("{{x}}|{{{x}}}", json_pack("{s:s,s:s}", "x", "{{y}}{{#y}}", "y", "GEHEIM"),
	    "{{y}}{{#y}}|{{y}}{{#y}}");
}

static void
test_tmpl_values(void **state)
{
	(void)state;
	expect("{{a.b}}", json_pack("{s:{s:s}}", "a", "b", "diep<"), "diep&lt;");
	expect("{{a.b.c}}", json_pack("{s:{s:{s:i}}}", "a", "b", "c", 7), "7");
	expect("[{{a.c}}][{{a.b.c}}][{{z.b}}]", json_pack("{s:{s:s}}", "a", "b", "x"), "[][][]");
	expect("{{n}} {{m}} {{t}} {{f}} {{z}}",
	    json_pack("{s:i,s:I,s:b,s:b,s:n}", "n", 42, "m", (json_int_t)-9000000000LL, "t", 1, "f", 0,
		"z"),
	    "42 -9000000000 ja  ");
}

static void
test_tmpl_sections(void **state)
{
	(void)state;
	expect("{{#list}}[{{naam}}]{{/list}}",
	    json_pack("{s:[{s:s},{s:s},{s:s}]}", "list", "naam", "A", "naam", "B<", "naam", "C"),
	    "[A][B&lt;][C]");
	expect("<ul>{{#list}}<li>{{naam}}</li>{{/list}}</ul>", json_pack("{s:[]}", "list"),
	    "<ul></ul>");
	expect("{{#l}}{{.}},{{/l}}", json_pack("{s:[s,s,i]}", "l", "a", "<b>", 3), "a,&lt;b&gt;,3,");
	/* Nested, with the outer names still visible inside. */
	expect("{{#groepen}}{{naam}}:{{#items}}{{titel}}/{{naam}}/{{v}};{{/items}}|{{/groepen}}",
	    json_pack("{s:s,s:[{s:s,s:[{s:i},{s:i}]},{s:s,s:[{s:i}]}]}", "titel", "T", "groepen",
		"naam", "g1", "items", "v", 1, "v", 2, "naam", "g2", "items", "v", 3),
	    "g1:T/g1/1;T/g1/2;|g2:T/g2/3;|");
	/* A truthy object becomes the scope; false, null, 0 and "" render nothing. */
	expect("{{#a}}{{b}}{{/a}}", json_pack("{s:{s:s}}", "a", "b", "x"), "x");
	expect("{{#t}}ja{{/t}}{{#f}}F{{/f}}{{#z}}Z{{/z}}{{#e}}E{{/e}}{{#o}}O{{/o}}{{#m}}M{{/m}}",
	    json_pack("{s:b,s:b,s:n,s:s,s:i}", "t", 1, "f", 0, "z", "e", "", "o", 0), "ja");
	/* The same name nested in itself closes at the matching tag. */
	expect("{{#a}}<{{#a}}x{{/a}}>{{/a}}!", json_pack("{s:b}", "a", 1), "<x>!");
}

static void
test_tmpl_inverted(void **state)
{
	const char *t = "{{^x}}leeg{{/x}}";

	(void)state;
	expect(t, json_object(), "leeg");
	expect(t, json_pack("{s:b}", "x", 0), "leeg");
	expect(t, json_pack("{s:n}", "x"), "leeg");
	expect(t, json_pack("{s:[]}", "x"), "leeg");
	expect(t, json_pack("{s:s}", "x", ""), "leeg");
	expect(t, json_pack("{s:i}", "x", 0), "leeg");
	expect(t, json_pack("{s:b}", "x", 1), "");
	expect(t, json_pack("{s:[i]}", "x", 1), "");
	expect(t, json_pack("{s:s}", "x", "iets"), "");
	expect(t, json_pack("{s:i}", "x", 5), "");
	expect("{{#l}}{{naam}}{{/l}}{{^l}}geen{{/l}}", json_pack("{s:[]}", "l"), "geen");
}

static void
test_tmpl_malformed(void **state)
{
	(void)state;
	assert_null(render("{{#a}}zonder einde", json_pack("{s:b}", "a", 1)));
	assert_null(render("{{#a}}zonder einde", json_object()));
	assert_null(render("los {{/a}}", json_object()));
	assert_null(render("{{#a}}x{{/b}}", json_pack("{s:b}", "a", 1)));
	assert_null(render("{{^a}}x", json_object()));
	assert_null(render("{{x", json_pack("{s:s}", "x", "1")));
	assert_null(render("{{{x}}", json_pack("{s:s}", "x", "1")));
	assert_null(render("{{> bestaat-niet}}", json_object()));
}

/* Inputs the fuzzer found (tests/fuzz/fuzz_tmpl.c): a template given with a length and no NUL after it was
   searched with strstr, which read past its end. Each is rendered from a buffer of exactly its length, so
   AddressSanitizer stops the test at the first byte read beyond. */
static void
test_tmpl_fuzz_regressions(void **state)
{
	static const char *const cases[] = { "{{naam", "ab{{", "{{", "{{{x}}", "{{#a}}x{{/a", "{{#a}}x{{/a}", "x{{! y" };
	json_t *ctx = json_pack("{s:s,s:b}", "naam", "n", "a", 1);

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		size_t n = strlen(cases[i]);
		char *t = malloc(n);
		struct buf b;

		memcpy(t, cases[i], n);
		buf_init(&b, 1024);
		assert_int_equal(tmpl_render_text(&b, t, n, ctx), -1);
		buf_free(&b);
		free(t);
	}
	json_decref(ctx);
}

static void
test_tmpl_limits(void **state)
{
	struct buf b;
	json_t *ctx = json_pack("{s:s}", "x", "<<<<<<<<<<");
	struct buf t;
	char *text;

	(void)state;
	/* The length, not the NUL, ends the template. */
	buf_init(&b, 1024);
	assert_int_equal(tmpl_render_text(&b, "ab{{x}}", 2, ctx), 0);
	assert_string_equal(buf_str(&b), "ab");
	buf_free(&b);

	/* Output beyond the buffer's maximum fails instead of truncating silently. */
	buf_init(&b, 16);
	assert_int_equal(tmpl_render_text(&b, "{{x}}", 5, ctx), -1);
	assert_true(b.toobig);
	buf_free(&b);
	json_decref(ctx);

	/* Nesting is bounded. */
	buf_init(&t, 4096);
	for (int i = 0; i < 30; i++)
		assert_int_equal(buf_puts(&t, "{{#a}}"), 0);
	for (int i = 0; i < 30; i++)
		assert_int_equal(buf_puts(&t, "{{/a}}"), 0);
	text = render(buf_str(&t), json_pack("{s:b}", "a", 1));
	assert_null(text);
	buf_reset(&t);
	for (int i = 0; i < 10; i++)
		assert_int_equal(buf_puts(&t, "{{#a}}"), 0);
	assert_int_equal(buf_putc(&t, 'x'), 0);
	for (int i = 0; i < 10; i++)
		assert_int_equal(buf_puts(&t, "{{/a}}"), 0);
	expect(buf_str(&t), json_pack("{s:b}", "a", 1), "x");
	buf_free(&t);
}

static void
test_tmpl_render_fout(void **state)
{
	struct buf b;
	json_t *ctx = json_pack("{s:i,s:s,s:s}", "status", 404, "titel", "Niet \"gevonden\"", "tekst",
	    "<img src=x onerror=alert(1)> & meer");

	(void)state;
	buf_init(&b, 1u << 20);
	assert_int_equal(tmpl_render(&b, "fout", ctx), 0);
	assert_non_null(strstr(buf_str(&b), "&lt;img src=x onerror=alert(1)&gt; &amp; meer"));
	assert_null(strstr(buf_str(&b), "<img"));
	assert_non_null(strstr(buf_str(&b), "Niet &quot;gevonden&quot;"));
	assert_non_null(strstr(buf_str(&b), "404"));
	assert_null(strstr(buf_str(&b), "{{"));
	buf_reset(&b);
	assert_int_equal(tmpl_render(&b, "bestaat-niet", ctx), -1);
	buf_free(&b);
	json_decref(ctx);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_form_pairs),
		cmocka_unit_test(test_form_repeated_and_empty),
		cmocka_unit_test(test_form_malformed),
		cmocka_unit_test(test_form_decode),
		cmocka_unit_test(test_parse_id),
		cmocka_unit_test(test_router_found),
		cmocka_unit_test(test_router_no_path),
		cmocka_unit_test(test_router_bad_method),
		cmocka_unit_test(test_tmpl_escaping),
		cmocka_unit_test(test_tmpl_values),
		cmocka_unit_test(test_tmpl_sections),
		cmocka_unit_test(test_tmpl_inverted),
		cmocka_unit_test(test_tmpl_malformed),
		cmocka_unit_test(test_tmpl_limits),
		cmocka_unit_test(test_tmpl_fuzz_regressions),
		cmocka_unit_test(test_tmpl_render_fout),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
