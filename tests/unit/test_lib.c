/* test_lib.c - src/lib: arena, buf, utf8, escaping, dates, crypto and configuration. */
#include "harness.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lib/buf.h"
#include "lib/config.h"
#include "lib/crypto.h"
#include "lib/date.h"
#include "lib/escape.h"
#include "lib/mem.h"
#include "lib/utf8.h"

/* ---- arena ---------------------------------------------------------------- */

static void
test_arena_many_allocations(void **state)
{
	enum { N = 20000 };
	struct arena *a = arena_new();
	unsigned char **ptrs = xcalloc(N, sizeof(*ptrs));
	size_t used = 0;

	(void)state;
	assert_non_null(a);
	assert_int_equal(arena_used(a), 0);
	for (size_t i = 0; i < N; i++) {
		size_t n = 1 + i % 97;

		ptrs[i] = arena_alloc(a, n);
		assert_non_null(ptrs[i]);
		for (size_t k = 0; k < n; k++)
			assert_int_equal(ptrs[i][k], 0);   /* zeroed */
		memset(ptrs[i], (int)(i & 0xFF), n);
		assert_true(arena_used(a) >= used + n);
		used = arena_used(a);
	}
	/* Later allocations did not overwrite earlier ones. */
	for (size_t i = 0; i < N; i++)
		for (size_t k = 0; k < 1 + i % 97; k++)
			assert_int_equal(ptrs[i][k], i & 0xFF);
	free(ptrs);
	arena_free(a);
}

static void
test_arena_large(void **state)
{
	struct arena *a = arena_new();
	size_t big = 4u << 20;   /* far above the chunk size */
	unsigned char *small1, *large, *small2;

	(void)state;
	small1 = arena_alloc(a, 10);
	memset(small1, 'a', 10);
	large = arena_alloc(a, big);
	assert_non_null(large);
	assert_int_equal(large[0], 0);
	assert_int_equal(large[big - 1], 0);
	memset(large, 'L', big);
	small2 = arena_alloc(a, 10);
	memset(small2, 'b', 10);
	assert_int_equal(large[0], 'L');
	assert_int_equal(large[big - 1], 'L');
	assert_int_equal(small1[9], 'a');
	assert_true(arena_used(a) >= big + 20);
	arena_free(a);
}

static void
test_arena_alignment(void **state)
{
	struct arena *a = arena_new();

	(void)state;
	for (size_t n = 0; n < 300; n++) {
		void *p = arena_alloc(a, n);

		assert_non_null(p);
		assert_int_equal((uintptr_t)p % _Alignof(max_align_t), 0);
	}
	/* Also after a dedicated large chunk. */
	assert_int_equal((uintptr_t)arena_alloc(a, 100000) % _Alignof(max_align_t), 0);
	assert_int_equal((uintptr_t)arena_alloc(a, 3) % _Alignof(max_align_t), 0);
	{
		long double *ld = arena_alloc(a, sizeof(long double) * 4);
		ld[3] = 1.5L;   /* UBSan would report a misaligned store */
		assert_true(ld[3] == 1.5L);
	}
	arena_free(a);
}

static void
test_arena_strings(void **state)
{
	struct arena *a = arena_new();
	char *s, *big;
	char pad[50001];

	(void)state;
	s = arena_printf(a, "%s-%d-%05.1f-%c", "casus", 42, 3.14159, 'x');
	assert_string_equal(s, "casus-42-003.1-x");
	assert_string_equal(arena_printf(a, "%s", ""), "");
	memset(pad, 'p', sizeof(pad) - 1);
	pad[sizeof(pad) - 1] = '\0';
	big = arena_printf(a, "<%s>", pad);   /* longer than a chunk */
	assert_int_equal(strlen(big), sizeof(pad) - 1 + 2);
	assert_int_equal(big[0], '<');
	assert_int_equal(big[sizeof(pad)], '>');
	assert_string_equal(s, "casus-42-003.1-x");   /* untouched */
	assert_null(arena_strdup(a, NULL));
	assert_null(arena_strndup(a, NULL, 3));
	assert_string_equal(arena_strdup(a, "héé"), "héé");
	assert_string_equal(arena_strndup(a, "abcdef", 3), "abc");
	arena_free(a);
	arena_free(NULL);   /* allowed */
}

/* ---- buf ------------------------------------------------------------------ */

static void
test_buf_basic(void **state)
{
	struct buf b;

	(void)state;
	buf_init(&b, 1024);
	assert_non_null(buf_str(&b));
	assert_string_equal(buf_str(&b), "");
	assert_int_equal(buf_puts(&b, "abc"), 0);
	assert_int_equal(b.len, 3);
	assert_int_equal(b.data[3], '\0');
	assert_int_equal(buf_putc(&b, 'd'), 0);
	assert_int_equal(buf_printf(&b, "-%d-%s", 7, "x"), 0);
	assert_string_equal(buf_str(&b), "abcd-7-x");
	assert_int_equal(b.len, 8);
	assert_int_equal(buf_append(&b, "\0z", 2), 0);   /* binary content is kept */
	assert_int_equal(b.len, 10);
	assert_memory_equal(b.data, "abcd-7-x\0z", 11);
	assert_int_equal(buf_append(&b, NULL, 0), 0);
	assert_int_equal(b.len, 10);
	buf_reset(&b);
	assert_int_equal(b.len, 0);
	assert_string_equal(buf_str(&b), "");
	buf_free(&b);
	assert_null(b.data);
	assert_int_equal(b.max, 1024);
	buf_free(&b);   /* twice is harmless */
}

static void
test_buf_growth_nul_terminated(void **state)
{
	struct buf b;

	(void)state;
	buf_init(&b, 1u << 20);
	for (size_t i = 0; i < 100000; i++) {
		assert_int_equal(buf_putc(&b, (char)('a' + i % 26)), 0);
		assert_int_equal(b.len, i + 1);
		assert_int_equal(b.data[b.len], '\0');
		assert_true(b.cap > b.len);
	}
	assert_int_equal(b.data[0], 'a');
	assert_int_equal(b.data[99999], 'a' + 99999 % 26);
	assert_int_equal(strlen(buf_str(&b)), 100000);
	buf_free(&b);
}

static void
test_buf_max(void **state)
{
	struct buf b;

	(void)state;
	buf_init(&b, 10);
	assert_int_equal(buf_puts(&b, "0123456789"), 0);   /* exactly max fits */
	assert_false(b.toobig);
	assert_int_equal(buf_putc(&b, 'x'), -1);
	assert_true(b.toobig);
	assert_string_equal(buf_str(&b), "0123456789");
	assert_int_equal(b.len, 10);
	buf_reset(&b);
	assert_false(b.toobig);

	assert_int_equal(buf_puts(&b, "abcde"), 0);
	assert_int_equal(buf_puts(&b, "fghijk"), -1);   /* would be 11: nothing appended */
	assert_true(b.toobig);
	assert_string_equal(buf_str(&b), "abcde");
	assert_int_equal(b.len, 5);
	assert_int_equal(buf_printf(&b, "%s", "123456"), -1);
	assert_string_equal(buf_str(&b), "abcde");
	assert_int_equal(b.data[5], '\0');
	assert_int_equal(buf_printf(&b, "%d", 12345), 0);   /* exactly fills */
	assert_string_equal(buf_str(&b), "abcde12345");
	assert_int_equal(buf_append(&b, "z", 1), -1);
	/* A huge length must not wrap around the size check. */
	assert_int_equal(buf_append(&b, "z", SIZE_MAX), -1);
	assert_string_equal(buf_str(&b), "abcde12345");
	buf_free(&b);
}

static void
test_buf_detach(void **state)
{
	struct buf b;
	char *p;
	size_t len = 99;

	(void)state;
	buf_init(&b, 100);
	p = buf_detach(&b, &len);   /* empty: still a string the caller frees */
	assert_non_null(p);
	assert_string_equal(p, "");
	assert_int_equal(len, 0);
	free(p);

	assert_int_equal(buf_puts(&b, "hallo"), 0);
	p = buf_detach(&b, &len);
	assert_string_equal(p, "hallo");
	assert_int_equal(len, 5);
	assert_null(b.data);
	assert_int_equal(b.len, 0);
	assert_string_equal(buf_str(&b), "");
	/* The buffer is reusable and independent of the detached memory. */
	assert_int_equal(buf_puts(&b, "wereld"), 0);
	assert_string_equal(p, "hallo");
	assert_string_equal(buf_str(&b), "wereld");
	free(p);
	p = buf_detach(&b, NULL);
	assert_string_equal(p, "wereld");
	free(p);
	buf_free(&b);
}

/* ---- utf8 ----------------------------------------------------------------- */

#define V(s) utf8_valid((s), sizeof(s) - 1)

static void
test_utf8_valid_sequences(void **state)
{
	(void)state;
	assert_true(utf8_valid("", 0));
	assert_true(V("hello, world ~!"));
	assert_true(V("\x01\x7f"));                   /* controls other than NUL are well-formed */
	assert_true(V("\xce\xba\xe1\xbd\xb9\xcf\x83\xce\xbc\xce\xb5")); /* κόσμε */
	assert_true(V("\xc3\xa9"));                   /* é */
	assert_true(V("\xc2\x80"));                   /* U+0080, first 2-byte */
	assert_true(V("\xdf\xbf"));                   /* U+07FF, last 2-byte */
	assert_true(V("\xe0\xa0\x80"));               /* U+0800, first 3-byte */
	assert_true(V("\xe2\x82\xac"));               /* € */
	assert_true(V("\xed\x9f\xbf"));               /* U+D7FF, just below the surrogates */
	assert_true(V("\xee\x80\x80"));               /* U+E000, just above */
	assert_true(V("\xef\xbf\xbd"));               /* U+FFFD */
	assert_true(V("\xf0\x90\x80\x80"));           /* U+10000, first 4-byte */
	assert_true(V("\xf0\x9f\x98\x80"));           /* 😀 */
	assert_true(V("\xf4\x8f\xbf\xbf"));           /* U+10FFFF, the last code point */
	assert_true(V("a\xc3\xa9z\xe2\x82\xac\xf0\x9f\x98\x80!"));
	/* The length argument, not a NUL, ends the input. */
	assert_true(utf8_valid("ab\xff", 2));
	assert_int_equal(utf8_length("a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80", 10), 4);
	assert_int_equal(utf8_length("", 0), 0);
}

/* Kuhn's UTF-8 decoder capability and stress test, sections 3-5. */
static void
test_utf8_kuhn_malformed(void **state)
{
	char one[2], two[3];

	(void)state;
	/* 3.1 Unexpected continuation bytes: every one of 0x80..0xBF alone, and runs of them. */
	for (int c = 0x80; c <= 0xBF; c++) {
		one[0] = (char)c;
		assert_false(utf8_valid(one, 1));
		two[0] = 'a';
		two[1] = (char)c;
		assert_false(utf8_valid(two, 2));
	}
	assert_false(V("\x80\xbf"));
	assert_false(V("\x80\xbf\x80"));
	assert_false(V("\x80\xbf\x80\xbf\x80\xbf\x80"));

	/* 3.2 Lonely start bytes, each followed by a space. */
	for (int c = 0xC0; c <= 0xFD; c++) {
		two[0] = (char)c;
		two[1] = ' ';
		assert_false(utf8_valid(two, 2));
	}

	/* 3.3 Sequences with the last continuation byte missing. */
	assert_false(V("\xc0"));
	assert_false(V("\xe0\x80"));
	assert_false(V("\xf0\x80\x80"));
	assert_false(V("\xf8\x80\x80\x80"));
	assert_false(V("\xfc\x80\x80\x80\x80"));
	assert_false(V("\xdf"));
	assert_false(V("\xef\xbf"));
	assert_false(V("\xf7\xbf\xbf"));
	assert_false(V("\xfb\xbf\xbf\xbf"));
	assert_false(V("\xfd\xbf\xbf\xbf\xbf"));
	/* Truncations of otherwise valid sequences, at the end of the input. */
	assert_false(V("\xc3"));
	assert_false(V("abc\xe2\x82"));
	assert_false(V("\xf0\x9f\x98"));
	assert_false(utf8_valid("\xe2\x82\xac", 2));   /* cut by the length, not by the text */
	/* 3.4 Concatenation of the incomplete sequences. */
	assert_false(V("\xc0\xe0\x80\xf0\x80\x80\xf8\x80\x80\x80\xfc\x80\x80\x80\x80"
		       "\xdf\xef\xbf\xf7\xbf\xbf\xfb\xbf\xbf\xbf\xfd\xbf\xbf\xbf\xbf"));
	/* A start byte followed by a non-continuation. */
	assert_false(V("\xc3\x28"));
	assert_false(V("\xe2\x28\xa1"));
	assert_false(V("\xe2\x82\x28"));
	assert_false(V("\xf0\x9f\x98\x28"));

	/* 3.5 Impossible bytes. */
	assert_false(V("\xfe"));
	assert_false(V("\xff"));
	assert_false(V("\xfe\xfe\xff\xff"));
	assert_false(V("ok\xff"));

	/* 4.1 Overlong '/'. */
	assert_false(V("\xc0\xaf"));
	assert_false(V("\xe0\x80\xaf"));
	assert_false(V("\xf0\x80\x80\xaf"));
	assert_false(V("\xf8\x80\x80\x80\xaf"));
	assert_false(V("\xfc\x80\x80\x80\x80\xaf"));
	/* 4.2 Maximum overlong sequences. */
	assert_false(V("\xc1\xbf"));
	assert_false(V("\xe0\x9f\xbf"));
	assert_false(V("\xf0\x8f\xbf\xbf"));
	assert_false(V("\xf8\x87\xbf\xbf\xbf"));
	assert_false(V("\xfc\x83\xbf\xbf\xbf\xbf"));
	/* 4.3 Overlong NUL. */
	assert_false(V("\xc0\x80"));
	assert_false(V("\xe0\x80\x80"));
	assert_false(V("\xf0\x80\x80\x80"));
	assert_false(V("\xf8\x80\x80\x80\x80"));
	assert_false(V("\xfc\x80\x80\x80\x80\x80"));

	/* 5.1 Single UTF-16 surrogates. */
	assert_false(V("\xed\xa0\x80"));   /* U+D800 */
	assert_false(V("\xed\xad\xbf"));   /* U+DB7F */
	assert_false(V("\xed\xae\x80"));   /* U+DB80 */
	assert_false(V("\xed\xaf\xbf"));   /* U+DBFF */
	assert_false(V("\xed\xb0\x80"));   /* U+DC00 */
	assert_false(V("\xed\xbe\x80"));   /* U+DF80 */
	assert_false(V("\xed\xbf\xbf"));   /* U+DFFF */
	/* 5.2 Paired surrogates (CESU-8). */
	assert_false(V("\xed\xa0\x80\xed\xb0\x80"));
	assert_false(V("\xed\xaf\xbf\xed\xbf\xbf"));

	/* Beyond U+10FFFF. */
	assert_false(V("\xf4\x90\x80\x80"));
	assert_false(V("\xf5\x80\x80\x80"));
	assert_false(V("\xf7\xbf\xbf\xbf"));

	/* Embedded NUL, anywhere. */
	assert_false(utf8_valid("a\0b", 3));
	assert_false(utf8_valid("\0", 1));
	assert_false(utf8_valid("abc\0", 4));
	/* A valid prefix does not make the whole valid. */
	assert_false(V("goed\xc3\xa9 en dan \xc0\xaf"));
}

/* ---- escape --------------------------------------------------------------- */

static void
test_escape_html(void **state)
{
	struct buf b;
	const char *s = "<script>alert('x' & \"y\")</script>";

	(void)state;
	buf_init(&b, 4096);
	assert_int_equal(escape_html(&b, "&<>\"'", 5), 0);
	assert_string_equal(buf_str(&b), "&amp;&lt;&gt;&quot;&#39;");
	buf_reset(&b);
	assert_int_equal(escape_html(&b, s, strlen(s)), 0);
	assert_string_equal(buf_str(&b),
	    "&lt;script&gt;alert(&#39;x&#39; &amp; &quot;y&quot;)&lt;/script&gt;");
	assert_null(strchr(buf_str(&b), '<'));
	buf_reset(&b);
	assert_int_equal(escape_html(&b, "", 0), 0);
	assert_int_equal(b.len, 0);
	assert_string_equal(buf_str(&b), "");
	assert_int_equal(escape_html(&b, "gewoon tekst é", strlen("gewoon tekst é")), 0);
	assert_string_equal(buf_str(&b), "gewoon tekst é");
	buf_reset(&b);
	assert_int_equal(escape_html(&b, "a<b>c", 2), 0);   /* honours n */
	assert_string_equal(buf_str(&b), "a&lt;");
	buf_free(&b);

	buf_init(&b, 8);
	assert_int_equal(escape_html(&b, "<<<", 3), -1);    /* would be 12 bytes */
	assert_true(b.toobig);
	assert_true(b.len <= 8);
	buf_free(&b);
}

static const char *
csv(struct buf *b, const char *s)
{
	buf_reset(b);
	assert_int_equal(escape_csv(b, s), 0);
	return buf_str(b);
}

static void
test_escape_csv(void **state)
{
	struct buf b;

	(void)state;
	buf_init(&b, 4096);
	assert_string_equal(csv(&b, "gewoon"), "gewoon");
	assert_string_equal(csv(&b, ""), "");
	assert_string_equal(csv(&b, "a,b"), "\"a,b\"");
	assert_string_equal(csv(&b, "a;b"), "\"a;b\"");
	assert_string_equal(csv(&b, "regel1\nregel2"), "\"regel1\nregel2\"");
	assert_string_equal(csv(&b, "a\rb"), "\"a\rb\"");
	assert_string_equal(csv(&b, "zei \"hoi\""), "\"zei \"\"hoi\"\"\"");
	assert_string_equal(csv(&b, "\""), "\"\"\"\"");
	/* Formula starts are neutralised with a leading apostrophe inside quotes. */
	assert_string_equal(csv(&b, "=SUM(A1:A9)"), "\"'=SUM(A1:A9)\"");
	assert_string_equal(csv(&b, "+31 6 12345678"), "\"'+31 6 12345678\"");
	assert_string_equal(csv(&b, "-2+3"), "\"'-2+3\"");
	assert_string_equal(csv(&b, "@SUM(1)"), "\"'@SUM(1)\"");
	assert_string_equal(csv(&b, "\t=1"), "\"'\t=1\"");
	assert_string_equal(csv(&b, "=HYPERLINK(\"http://x\",\"klik\")"),
	    "\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\"");
	/* Only the first character decides. */
	assert_string_equal(csv(&b, "a=b"), "a=b");
	assert_true(escape_is_formula("=1"));
	assert_true(escape_is_formula("@"));
	assert_false(escape_is_formula(""));
	assert_false(escape_is_formula(" =1"));
	buf_free(&b);

	buf_init(&b, 4);
	assert_int_equal(escape_csv(&b, "a,bcdef"), -1);
	assert_true(b.toobig);
	buf_free(&b);
}

static void
test_escape_url(void **state)
{
	struct buf b;

	(void)state;
	buf_init(&b, 4096);
	assert_int_equal(escape_url(&b, "AZaz09-_.~"), 0);
	assert_string_equal(buf_str(&b), "AZaz09-_.~");
	buf_reset(&b);
	assert_int_equal(escape_url(&b, "a b&c=d/e?f#g+h%"), 0);
	assert_string_equal(buf_str(&b), "a%20b%26c%3Dd%2Fe%3Ff%23g%2Bh%25");
	buf_reset(&b);
	assert_int_equal(escape_url(&b, "é"), 0);
	assert_string_equal(buf_str(&b), "%C3%A9");
	buf_reset(&b);
	assert_int_equal(escape_url(&b, ""), 0);
	assert_string_equal(buf_str(&b), "");
	assert_int_equal(escape_url(&b, "\"<>\x01"), 0);
	assert_string_equal(buf_str(&b), "%22%3C%3E%01");
	buf_free(&b);

	buf_init(&b, 5);
	assert_int_equal(escape_url(&b, "  "), -1);
	buf_free(&b);
}

static void
test_escape_json(void **state)
{
	struct buf b;

	(void)state;
	buf_init(&b, 4096);
	assert_int_equal(escape_json(&b, "a\"b\\c\nd\te\r\x01"), 0);
	assert_string_equal(buf_str(&b), "a\\\"b\\\\c\\nd\\te\\r\\u0001");
	buf_free(&b);
}

/* ---- date ----------------------------------------------------------------- */

static void
test_date_parse_strict(void **state)
{
	int d = -12345;

	(void)state;
	assert_true(date_parse("1970-01-01", &d));
	assert_int_equal(d, 0);
	assert_true(date_parse("2024-02-29", &d));
	assert_int_equal(d, date_from_ymd(2024, 2, 29));
	assert_true(date_parse("2000-02-29", &d));   /* divisible by 400 */
	assert_true(date_parse("2024-12-31", &d));
	assert_true(date_parse("0001-01-01", &d));
	assert_true(date_parse("9999-12-31", &d));

	d = -12345;
	assert_false(date_parse("2023-02-29", &d));
	assert_false(date_parse("1900-02-29", &d));  /* divisible by 100 */
	assert_false(date_parse("2024-13-01", &d));
	assert_false(date_parse("2024-00-10", &d));
	assert_false(date_parse("2024-01-00", &d));
	assert_false(date_parse("2024-01-32", &d));
	assert_false(date_parse("2024-04-31", &d));
	assert_false(date_parse("0000-01-01", &d));
	assert_false(date_parse("2024-1-01", &d));
	assert_false(date_parse("2024-01-1", &d));
	assert_false(date_parse("24-01-01", &d));
	assert_false(date_parse("2024-01-01x", &d));
	assert_false(date_parse("2024-01-01 ", &d));
	assert_false(date_parse("2024-01-01T00:00:00Z", &d));
	assert_false(date_parse(" 2024-01-01", &d));
	assert_false(date_parse("2024/01/01", &d));
	assert_false(date_parse("+024-01-01", &d));
	assert_false(date_parse("2024-+1-01", &d));
	assert_false(date_parse("2024-0a-01", &d));
	assert_false(date_parse("", &d));
	assert_false(date_parse(NULL, &d));
	assert_int_equal(d, -12345);   /* untouched on failure */
}

static void
test_date_round_trip(void **state)
{
	int y = 1999, m = 1, dd = 1, count = 0;
	int first = date_from_ymd(1999, 1, 1), last = date_from_ymd(2030, 12, 31);
	static const int dim[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	(void)state;
	for (int day = first; day <= last; day++, count++) {
		char s[DATE_STRLEN], want[DATE_STRLEN];
		int back = -1, yy, mm, d2;

		/* An independent calendar walk gives the expected text. */
		snprintf(want, sizeof(want), "%04d-%02d-%02d", y, m, dd);
		date_format(day, s);
		assert_string_equal(s, want);
		assert_true(date_parse(s, &back));
		assert_int_equal(back, day);
		date_to_ymd(day, &yy, &mm, &d2);
		assert_int_equal(yy, y);
		assert_int_equal(mm, m);
		assert_int_equal(d2, dd);
		assert_int_equal(date_year(day), y);
		assert_int_equal(date_from_ymd(y, m, dd), day);

		if (++dd > (m == 2 && date_is_leap(y) ? 29 : dim[m - 1])) {
			dd = 1;
			if (++m > 12) {
				m = 1;
				y++;
			}
		}
	}
	assert_int_equal(y, 2031);
	/* 32 years, 8 of them leap years (2000 included). */
	assert_int_equal(count, 32 * 365 + 8);
	assert_true(date_is_leap(2000));
	assert_false(date_is_leap(1900));
	assert_true(date_is_leap(2024));
	assert_false(date_is_leap(2023));
}

static void
test_date_add_months(void **state)
{
	char s[DATE_STRLEN];

	(void)state;
	date_format(date_add_months(date_from_ymd(2024, 1, 31), 1), s);
	assert_string_equal(s, "2024-02-29");
	date_format(date_add_months(date_from_ymd(2023, 1, 31), 1), s);
	assert_string_equal(s, "2023-02-28");
	date_format(date_add_months(date_from_ymd(2024, 3, 31), 1), s);
	assert_string_equal(s, "2024-04-30");
	date_format(date_add_months(date_from_ymd(2024, 12, 15), 1), s);
	assert_string_equal(s, "2025-01-15");
	date_format(date_add_months(date_from_ymd(2024, 11, 30), 3), s);
	assert_string_equal(s, "2025-02-28");
	date_format(date_add_months(date_from_ymd(2024, 2, 29), 12), s);
	assert_string_equal(s, "2025-02-28");
	date_format(date_add_months(date_from_ymd(2024, 3, 31), -1), s);
	assert_string_equal(s, "2024-02-29");
	date_format(date_add_months(date_from_ymd(2024, 1, 15), -1), s);
	assert_string_equal(s, "2023-12-15");
	date_format(date_add_months(date_from_ymd(2024, 5, 10), 0), s);
	assert_string_equal(s, "2024-05-10");
	date_format(date_add_months(date_from_ymd(2024, 8, 31), 6), s);
	assert_string_equal(s, "2025-02-28");
}

static void
test_date_today_and_year(void **state)
{
	char s[DATE_STRLEN], t[TIME_STRLEN];

	(void)state;
	assert_int_equal(date_today(0), 0);
	assert_int_equal(date_today(86399), 0);
	assert_int_equal(date_today(86400), 1);
	assert_int_equal(date_today(-1), -1);
	assert_int_equal(date_today(-86400), -1);
	assert_int_equal(date_today(-86401), -2);
	date_format(date_today(-1), s);
	assert_string_equal(s, "1969-12-31");
	date_format(date_today(0), s);
	assert_string_equal(s, "1970-01-01");
	/* 2024-02-29T23:59:59Z and one second later. */
	date_format(date_today((time_t)1709251199), s);
	assert_string_equal(s, "2024-02-29");
	date_format(date_today((time_t)1709251200), s);
	assert_string_equal(s, "2024-03-01");
	/* Past 2038 with a 64-bit time_t. */
	if (sizeof(time_t) >= 8) {
		date_format(date_today((time_t)4102444800LL), s);
		assert_string_equal(s, "2100-01-01");
	}
	assert_int_equal(date_year(date_from_ymd(2024, 12, 31)), 2024);
	assert_int_equal(date_year(date_from_ymd(2025, 1, 1)), 2025);
	assert_int_equal(date_year(-1), 1969);
	time_format(0, t);
	assert_string_equal(t, "1970-01-01T00:00:00Z");
	time_format((time_t)1709251199, t);
	assert_string_equal(t, "2024-02-29T23:59:59Z");
}

/* The clock value of a UTC timestamp written as time_format writes it. */
static time_t
utc(const char *ts)
{
	time_t t = 0;

	assert_true(time_parse(ts, &t));
	return t;
}

/* The Europe/Amsterdam date at a UTC timestamp, as "YYYY-MM-DD". */
static const char *
lokaal(const char *ts)
{
	static char s[DATE_STRLEN];

	date_format(date_today_local(utc(ts)), s);
	return s;
}

static void
test_time_parse(void **state)
{
	time_t t = 0;
	char s[TIME_STRLEN];

	(void)state;
	assert_true(time_parse("1970-01-01T00:00:00Z", &t));
	assert_int_equal(t, 0);
	assert_true(time_parse("2024-02-29T23:59:59Z", &t));
	assert_int_equal(t, 1709251199);
	time_format((time_t)1761440400, s);
	assert_true(time_parse(s, &t));
	assert_int_equal(t, 1761440400);
	assert_false(time_parse("2024-02-30T00:00:00Z", &t));     /* no such day */
	assert_false(time_parse("2024-02-28T24:00:00Z", &t));
	assert_false(time_parse("2024-02-28T23:60:00Z", &t));
	assert_false(time_parse("2024-02-28T23:00:60Z", &t));
	assert_false(time_parse("2024-02-28 23:00:00Z", &t));
	assert_false(time_parse("2024-02-28T23:00:00", &t));      /* UTC only, said so */
	assert_false(time_parse("2024-02-28T23:00:00+01:00", &t));
	assert_false(time_parse("2024-02-28T2x:00:00Z", &t));
	assert_false(time_parse("", &t));
	assert_false(time_parse(NULL, &t));
}

/* CEST from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC, whatever TZ says. */
static void
test_date_amsterdam_dst(void **state)
{
	(void)state;
	setenv("TZ", "America/New_York", 1);   /* the process's zone plays no part */
	tzset();
	/* 2025: 30 March and 26 October */
	assert_int_equal(date_amsterdam_offset(utc("2025-03-30T00:59:59Z")), 3600);
	assert_int_equal(date_amsterdam_offset(utc("2025-03-30T01:00:00Z")), 7200);
	assert_int_equal(date_amsterdam_offset(utc("2025-10-26T00:59:59Z")), 7200);
	assert_int_equal(date_amsterdam_offset(utc("2025-10-26T01:00:00Z")), 3600);
	/* 2024: the last Sunday is the 31st of March and the 27th of October */
	assert_int_equal(date_amsterdam_offset(utc("2024-03-31T00:59:59Z")), 3600);
	assert_int_equal(date_amsterdam_offset(utc("2024-03-31T01:00:00Z")), 7200);
	assert_int_equal(date_amsterdam_offset(utc("2024-10-27T00:59:59Z")), 7200);
	assert_int_equal(date_amsterdam_offset(utc("2024-10-27T01:00:00Z")), 3600);
	/* 2026: 29 March and 25 October; the week before each is still the old time */
	assert_int_equal(date_amsterdam_offset(utc("2026-03-22T12:00:00Z")), 3600);
	assert_int_equal(date_amsterdam_offset(utc("2026-03-29T01:00:00Z")), 7200);
	assert_int_equal(date_amsterdam_offset(utc("2026-10-18T12:00:00Z")), 7200);
	assert_int_equal(date_amsterdam_offset(utc("2026-10-25T01:00:00Z")), 3600);
	assert_int_equal(date_amsterdam_offset(utc("2026-01-15T12:00:00Z")), 3600);
	assert_int_equal(date_amsterdam_offset(utc("2026-07-15T12:00:00Z")), 7200);
	unsetenv("TZ");
	tzset();
}

/* "Today" for a user flips at midnight in Amsterdam: 22:00 UTC in summer, 23:00 UTC in winter. */
static void
test_date_today_local_midnight(void **state)
{
	(void)state;
	/* summer: 00:30 CEST is still the previous day in UTC (the bug of issue 8) */
	assert_string_equal(lokaal("2025-06-14T21:59:59Z"), "2025-06-14");
	assert_string_equal(lokaal("2025-06-14T22:00:00Z"), "2025-06-15");
	assert_string_equal(lokaal("2025-06-14T22:30:00Z"), "2025-06-15");
	{
		char s[DATE_STRLEN];

		date_format(date_today(utc("2025-06-14T22:30:00Z")), s);
		assert_string_equal(s, "2025-06-14");   /* the UTC date, for storage */
	}
	/* winter */
	assert_string_equal(lokaal("2025-01-31T22:59:59Z"), "2025-01-31");
	assert_string_equal(lokaal("2025-01-31T23:00:00Z"), "2025-02-01");
	assert_string_equal(lokaal("2024-12-31T23:00:00Z"), "2025-01-01");
	assert_string_equal(lokaal("2024-02-29T23:30:00Z"), "2024-03-01");
	/* midnight on the days of the changes: still the old offset then */
	assert_string_equal(lokaal("2025-03-29T22:59:59Z"), "2025-03-29");
	assert_string_equal(lokaal("2025-03-29T23:00:00Z"), "2025-03-30");
	assert_string_equal(lokaal("2025-03-30T21:59:59Z"), "2025-03-30");
	assert_string_equal(lokaal("2025-03-30T22:00:00Z"), "2025-03-31");
	assert_string_equal(lokaal("2025-10-25T21:59:59Z"), "2025-10-25");
	assert_string_equal(lokaal("2025-10-25T22:00:00Z"), "2025-10-26");
	assert_string_equal(lokaal("2025-10-26T22:59:59Z"), "2025-10-26");
	assert_string_equal(lokaal("2025-10-26T23:00:00Z"), "2025-10-27");
}

/* ---- crypto --------------------------------------------------------------- */

static int
crypto_setup(void **state)
{
	(void)state;
	return crypto_init();
}

static void
test_crypto_token(void **state)
{
	char a[CRYPTO_TOKEN_HEXLEN], b[CRYPTO_TOKEN_HEXLEN];

	(void)state;
	memset(a, 'X', sizeof(a));
	crypto_token(a);
	crypto_token(b);
	assert_int_equal(strlen(a), 64);
	assert_int_equal(strlen(b), 64);
	for (int i = 0; i < 64; i++)
		assert_non_null(strchr("0123456789abcdef", a[i]));
	assert_string_not_equal(a, b);
}

static void
test_crypto_sha256(void **state)
{
	char h[CRYPTO_SHA256_HEXLEN];

	(void)state;
	crypto_sha256_hex("abc", 3, h);
	assert_string_equal(h, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	crypto_sha256_hex("", 0, h);
	assert_string_equal(h, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	crypto_sha256_hex("abd", 3, h);
	assert_string_not_equal(h, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

static void
test_crypto_password(void **state)
{
	const size_t mem = 19u << 20;
	char h1[CRYPTO_PWHASH_STRLEN], h2[CRYPTO_PWHASH_STRLEN];

	(void)state;
	assert_int_equal(crypto_password_hash("correct horse", mem, h1), 0);
	assert_int_equal(strncmp(h1, "$argon2id$", 10), 0);
	assert_null(strstr(h1, "correct horse"));
	assert_true(crypto_password_verify(h1, "correct horse"));
	assert_false(crypto_password_verify(h1, "correct hors"));
	assert_false(crypto_password_verify(h1, "Correct horse"));
	assert_false(crypto_password_verify(h1, ""));
	assert_false(crypto_password_needs_rehash(h1, mem));
	assert_true(crypto_password_needs_rehash(h1, 20u << 20));

	/* A fresh salt each time. */
	assert_int_equal(crypto_password_hash("correct horse", mem, h2), 0);
	assert_string_not_equal(h1, h2);
	assert_true(crypto_password_verify(h2, "correct horse"));

	/* Garbage or a tampered hash never verifies. */
	assert_false(crypto_password_verify("", "correct horse"));
	assert_false(crypto_password_verify("$argon2id$nonsense", "correct horse"));
	h1[strlen(h1) - 2] = h1[strlen(h1) - 2] == 'A' ? 'B' : 'A';
	assert_false(crypto_password_verify(h1, "correct horse"));
}

static void
test_crypto_streq(void **state)
{
	(void)state;
	assert_true(crypto_streq("abc", "abc"));
	assert_true(crypto_streq("", ""));
	assert_false(crypto_streq("abc", "abd"));
	assert_false(crypto_streq("abc", "ab"));
	assert_false(crypto_streq("ab", "abc"));
	assert_false(crypto_streq("", "a"));
}

/* ---- config --------------------------------------------------------------- */

static const char *const config_vars[] = {
	"DOORBRAAK_DB", "DOORBRAAK_LISTEN", "DOORBRAAK_PORT_FILE", "DOORBRAAK_THREADS",
	"DOORBRAAK_SECURE_COOKIES", "DOORBRAAK_SESSION_IDLE", "DOORBRAAK_SESSION_MAX",
	"DOORBRAAK_PWHASH_MEM", "DOORBRAAK_LOGIN_MAX_FAILURES", "DOORBRAAK_LOGIN_WINDOW",
	"DOORBRAAK_CONN_TIMEOUT", "DOORBRAAK_CONN_LIMIT", "DOORBRAAK_CONN_MEMORY", "DOORBRAAK_CONN_PER_ADDRESS",
	"DOORBRAAK_HEADER_TIMEOUT", "DOORBRAAK_HEADER_DEADLINE", "DOORBRAAK_TRUSTED_PROXIES", "DOORBRAAK_PROXY_HEADER",
};

static int
config_clean(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(config_vars) / sizeof(config_vars[0]); i++)
		unsetenv(config_vars[i]);
	return 0;
}

static void
test_config_defaults(void **state)
{
	struct config c;
	char msg[256] = "";

	(void)state;
	assert_int_equal(config_load(&c, msg, sizeof(msg)), 0);
	assert_string_equal(c.db, "./doorbraak.db");
	assert_string_equal(c.listen, "127.0.0.1:8080");
	assert_string_equal(c.port_file, "");
	assert_int_equal(c.threads, 4);
	assert_false(c.secure_cookies);
	assert_int_equal(c.session_idle, 1800);
	assert_int_equal(c.session_max, 43200);
	assert_int_equal(c.pwhash_mem, 64u << 20);
	assert_int_equal(c.login_max_failures, 5);
	assert_int_equal(c.login_window, 900);
	assert_int_equal(c.conn_timeout, 30);
	assert_int_equal(c.conn_limit, 4000);
	assert_int_equal(c.conn_memory, 128u * 1024);
	assert_int_equal(c.conn_per_address, 64);
	assert_int_equal(c.header_timeout, 10);
	assert_int_equal(c.header_deadline, 30);
	assert_string_equal(c.trusted_proxies, "");
	assert_false(c.proxy_header_forwarded);
}

/* DOORBRAAK_PROXY_HEADER names one header; the list itself is read by core/proxy.c when serve starts. */
static void
test_config_proxy(void **state)
{
	struct config c;
	char msg[256] = "";

	(void)state;
	setenv("DOORBRAAK_TRUSTED_PROXIES", "10.0.0.5, ::1", 1);
	setenv("DOORBRAAK_PROXY_HEADER", "forwarded", 1);
	assert_int_equal(config_load(&c, msg, sizeof(msg)), 0);
	assert_string_equal(c.trusted_proxies, "10.0.0.5, ::1");
	assert_true(c.proxy_header_forwarded);
	setenv("DOORBRAAK_PROXY_HEADER", "X-Forwarded-For", 1);
	assert_int_equal(config_load(&c, msg, sizeof(msg)), 0);
	assert_false(c.proxy_header_forwarded);
	setenv("DOORBRAAK_PROXY_HEADER", "X-Real-IP", 1);
	assert_int_equal(config_load(&c, msg, sizeof(msg)), -1);
	assert_non_null(strstr(msg, "DOORBRAAK_PROXY_HEADER=X-Real-IP is ongeldig"));
	unsetenv("DOORBRAAK_PROXY_HEADER");
	unsetenv("DOORBRAAK_TRUSTED_PROXIES");
}

static void
test_config_values(void **state)
{
	struct config c;
	char msg[256] = "";

	(void)state;
	setenv("DOORBRAAK_DB", "/tmp/x.db", 1);
	setenv("DOORBRAAK_THREADS", "256", 1);
	setenv("DOORBRAAK_SECURE_COOKIES", "1", 1);
	setenv("DOORBRAAK_PWHASH_MEM", "19922944", 1);   /* exactly 19 MiB */
	setenv("DOORBRAAK_LISTEN", "", 1);               /* empty means the default */
	assert_int_equal(config_load(&c, msg, sizeof(msg)), 0);
	assert_string_equal(c.db, "/tmp/x.db");
	assert_string_equal(c.listen, "127.0.0.1:8080");
	assert_int_equal(c.threads, 256);
	assert_true(c.secure_cookies);
	assert_int_equal(c.pwhash_mem, 19u << 20);
	setenv("DOORBRAAK_SECURE_COOKIES", "yes", 1);    /* only "1" switches it on */
	assert_int_equal(config_load(&c, msg, sizeof(msg)), 0);
	assert_false(c.secure_cookies);
}

static void
expect_invalid(const char *name, const char *value)
{
	struct config c;
	char msg[256] = "";

	setenv(name, value, 1);
	assert_int_equal(config_load(&c, msg, sizeof(msg)), -1);
	assert_non_null(strstr(msg, name));
	assert_non_null(strstr(msg, "ongeldig"));
	assert_non_null(strstr(msg, "verwacht een getal"));
	unsetenv(name);
	assert_int_equal(config_load(&c, msg, sizeof(msg)), 0);
}

static void
test_config_out_of_range(void **state)
{
	struct config c;
	char msg[256] = "";

	(void)state;
	setenv("DOORBRAAK_THREADS", "0", 1);
	assert_int_equal(config_load(&c, msg, sizeof(msg)), -1);
	assert_string_equal(msg,
	    "DOORBRAAK_THREADS=0 is ongeldig: verwacht een getal van 1 tot en met 256.");
	unsetenv("DOORBRAAK_THREADS");

	expect_invalid("DOORBRAAK_THREADS", "257");
	expect_invalid("DOORBRAAK_THREADS", "-4");
	expect_invalid("DOORBRAAK_THREADS", "vier");
	expect_invalid("DOORBRAAK_THREADS", "4x");
	expect_invalid("DOORBRAAK_THREADS", "99999999999999999999999");
	expect_invalid("DOORBRAAK_PWHASH_MEM", "19922943");   /* 19 MiB - 1 */
	expect_invalid("DOORBRAAK_SESSION_IDLE", "0");
	expect_invalid("DOORBRAAK_LOGIN_MAX_FAILURES", "0");
	expect_invalid("DOORBRAAK_CONN_MEMORY", "1024");
	expect_invalid("DOORBRAAK_CONN_LIMIT", "100001");
	expect_invalid("DOORBRAAK_CONN_LIMIT", "15");
	expect_invalid("DOORBRAAK_CONN_PER_ADDRESS", "0");
	expect_invalid("DOORBRAAK_HEADER_TIMEOUT", "0");
	expect_invalid("DOORBRAAK_HEADER_DEADLINE", "3601");

	/* A short message buffer truncates but stays a string. */
	setenv("DOORBRAAK_THREADS", "0", 1);
	memset(msg, 'x', sizeof(msg));
	assert_int_equal(config_load(&c, msg, 10), -1);
	assert_int_equal(strlen(msg), 9);
	unsetenv("DOORBRAAK_THREADS");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_arena_many_allocations),
		cmocka_unit_test(test_arena_large),
		cmocka_unit_test(test_arena_alignment),
		cmocka_unit_test(test_arena_strings),
		cmocka_unit_test(test_buf_basic),
		cmocka_unit_test(test_buf_growth_nul_terminated),
		cmocka_unit_test(test_buf_max),
		cmocka_unit_test(test_buf_detach),
		cmocka_unit_test(test_utf8_valid_sequences),
		cmocka_unit_test(test_utf8_kuhn_malformed),
		cmocka_unit_test(test_escape_html),
		cmocka_unit_test(test_escape_csv),
		cmocka_unit_test(test_escape_url),
		cmocka_unit_test(test_escape_json),
		cmocka_unit_test(test_date_parse_strict),
		cmocka_unit_test(test_date_round_trip),
		cmocka_unit_test(test_date_add_months),
		cmocka_unit_test(test_date_today_and_year),
		cmocka_unit_test(test_time_parse),
		cmocka_unit_test(test_date_amsterdam_dst),
		cmocka_unit_test(test_date_today_local_midnight),
		cmocka_unit_test_setup(test_crypto_token, crypto_setup),
		cmocka_unit_test_setup(test_crypto_sha256, crypto_setup),
		cmocka_unit_test_setup(test_crypto_password, crypto_setup),
		cmocka_unit_test_setup(test_crypto_streq, crypto_setup),
		cmocka_unit_test_setup_teardown(test_config_defaults, config_clean, config_clean),
		cmocka_unit_test_setup_teardown(test_config_proxy, config_clean, config_clean),
		cmocka_unit_test_setup_teardown(test_config_values, config_clean, config_clean),
		cmocka_unit_test_setup_teardown(test_config_out_of_range, config_clean, config_clean),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
