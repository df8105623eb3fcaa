/* test_tweede_factor.c - the second factor: RFC 4226/6238 and RFC 4648 vectors, the rules of core, the QR code, the store. */
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/sessie/qrcode.h"
#include "core/tweede_factor.h"
#include "fixture.h"
#include "lib/buf.h"
#include "lib/crypto.h"
#include "lib/mem.h"
#include "lib/qr.h"
#include "lib/totp.h"
#include "store/store.h"
#include "store/store_account.h"
#include "store/store_tweede_factor.h"

/* RFC 4226 appendix D: the HOTP values of the key "12345678901234567890" for counters 0..9. */
static void
test_hotp_rfc4226_vectors(void **state)
{
	static const char *const want[10] = {
		"755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871", "520489",
	};
	const unsigned char *key = (const unsigned char *)"12345678901234567890";
	char code[TOTP_CODE_LEN];
	(void)state;

	for (uint64_t c = 0; c < 10; c++) {
		assert_int_equal(totp_code_raw(key, 20, c, code), 0);
		assert_string_equal(code, want[c]);
	}
}

/* RFC 6238 appendix B (SHA-1, T0 = 0, X = 30): the last six of its eight digits. */
static void
test_totp_rfc6238_vectors(void **state)
{
	static const struct { time_t t; const char *code; } v[] = {
		{ 59, "287082" }, { 1111111109, "081804" }, { 1111111111, "050471" },
		{ 1234567890, "005924" }, { 2000000000, "279037" }, { 20000000000, "353130" },
	};
	char code[TOTP_CODE_LEN], b32[64];
	int64_t stap;
	(void)state;

	/* the same key as base32, the way a secret is stored and typed */
	base32_encode((const unsigned char *)"12345678901234567890", 20, b32);
	assert_string_equal(b32, "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
	for (size_t i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		assert_int_equal(totp_code(b32, (uint64_t)totp_stap(v[i].t), code), 0);
		assert_string_equal(code, v[i].code);
		/* and core accepts exactly that code at that moment, reporting its step */
		assert_int_equal(totp_controleer(b32, v[i].code, v[i].t, 0, &stap), TOTP_GOED);
		assert_int_equal(stap, totp_stap(v[i].t));
	}
}

/* RFC 4648 section 10 (without the padding, which we neither write nor need). */
static void
test_base32_rfc4648_vectors(void **state)
{
	static const char *const in[] = { "", "f", "fo", "foo", "foob", "fooba", "foobar" };
	static const char *const out[] = { "", "MY", "MZXQ", "MZXW6", "MZXW6YQ", "MZXW6YTB", "MZXW6YTBOI" };
	char b32[32];
	unsigned char raw[16];
	(void)state;

	for (size_t i = 0; i < 7; i++) {
		base32_encode((const unsigned char *)in[i], strlen(in[i]), b32);
		assert_string_equal(b32, out[i]);
		assert_int_equal(base32_decode(out[i], raw, sizeof(raw)), (long)strlen(in[i]));
		assert_memory_equal(raw, in[i], strlen(in[i]));
	}
	assert_int_equal(base32_decode("MZXW6YTBOI======", raw, sizeof(raw)), 6);   /* padding is skipped */
	assert_int_equal(base32_decode("mzxw 6ytb-oi", raw, sizeof(raw)), 6);      /* lower case, spaces, dashes */
	assert_int_equal(base32_decode("MZXW1", raw, sizeof(raw)), -1);            /* 1 is not base32 */
	assert_int_equal(base32_decode("MZXW6YTBOI", raw, 3), -1);                 /* too long for out */
}

static void
test_secret_new(void **state)
{
	char a[TOTP_SECRET_B32LEN], b[TOTP_SECRET_B32LEN];
	unsigned char raw[32];
	(void)state;

	totp_secret_new(a);
	totp_secret_new(b);
	assert_int_equal(strlen(a), 32);
	assert_int_equal(base32_decode(a, raw, sizeof(raw)), TOTP_SECRET_BYTES);
	assert_string_not_equal(a, b);
}

/* One step either side of now is accepted; a step already used, or older, is not; so is nothing but six digits. */
static void
test_window_and_replay(void **state)
{
	const char *secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
	const time_t now = 1700000015;   /* inside step 56666667 */
	const int64_t s = totp_stap(now);
	char prev[TOTP_CODE_LEN], cur[TOTP_CODE_LEN], next[TOTP_CODE_LEN], far[TOTP_CODE_LEN], spaced[16];
	int64_t stap = -1;
	(void)state;

	totp_code(secret, (uint64_t)(s - 1), prev);
	totp_code(secret, (uint64_t)s, cur);
	totp_code(secret, (uint64_t)(s + 1), next);
	totp_code(secret, (uint64_t)(s + 2), far);
	assert_int_equal(totp_controleer(secret, prev, now, 0, &stap), TOTP_GOED);
	assert_int_equal(stap, s - 1);
	assert_int_equal(totp_controleer(secret, next, now, 0, &stap), TOTP_GOED);
	assert_int_equal(stap, s + 1);
	assert_int_equal(totp_controleer(secret, far, now, 0, &stap), TOTP_FOUT);   /* two steps ahead */
	/* replay: the step is not later than the last one used */
	assert_int_equal(totp_controleer(secret, cur, now, s, &stap), TOTP_AL_GEBRUIKT);
	assert_int_equal(totp_controleer(secret, prev, now, s, &stap), TOTP_AL_GEBRUIKT);
	assert_int_equal(totp_controleer(secret, next, now, s, &stap), TOTP_GOED);
	assert_int_equal(totp_controleer(secret, next, now, s + 1, &stap), TOTP_AL_GEBRUIKT);
	/* typing: spaces are fine; anything else is not a code */
	snprintf(spaced, sizeof(spaced), "%.3s %.3s", cur, cur + 3);
	assert_int_equal(totp_controleer(secret, spaced, now, 0, &stap), TOTP_GOED);
	assert_int_equal(totp_controleer(secret, "12345", now, 0, &stap), TOTP_FOUT);
	assert_int_equal(totp_controleer(secret, "1234567", now, 0, &stap), TOTP_FOUT);
	assert_int_equal(totp_controleer(secret, "12a456", now, 0, &stap), TOTP_FOUT);
	assert_int_equal(totp_controleer(secret, "", now, 0, &stap), TOTP_FOUT);
	assert_int_equal(totp_controleer(secret, NULL, now, 0, &stap), TOTP_FOUT);
	assert_int_equal(totp_controleer("niet base32!", cur, now, 0, &stap), TOTP_FOUT);
}

static void
test_who_needs_a_second_factor(void **state)
{
	(void)state;
	for (int r = 0; r < ROL__MAX; r++)
		assert_int_equal(tweede_factor_nodig(ROL_BIT(r)), r != ROL_BEHEERDER);
	assert_true(tweede_factor_nodig(ROL_BIT(ROL_BEHEERDER) | ROL_BIT(ROL_INDIENER)));
	assert_false(tweede_factor_nodig(0));
}

static void
test_recovery_codes(void **state)
{
	char a[CRYPTO_RECOVERY_LEN], b[CRYPTO_RECOVERY_LEN], norm[HERSTELCODE_TEKENS + 1];
	(void)state;

	crypto_recovery_code(a);
	crypto_recovery_code(b);
	assert_int_equal(strlen(a), 23);
	assert_true(a[5] == '-' && a[11] == '-' && a[17] == '-');
	assert_string_not_equal(a, b);
	assert_true(herstelcode_normaal(a, norm));
	assert_int_equal(strlen(norm), 20);
	assert_true(herstelcode_normaal("ABCDE FGHIJ-klmno pqrst", norm));
	assert_string_equal(norm, "abcdefghijklmnopqrst");
	assert_false(herstelcode_normaal("abcde-fghij-klmno", norm));           /* too short */
	assert_false(herstelcode_normaal("abcde-fghij-klmno-pqrst-u", norm));   /* too long */
	assert_false(herstelcode_normaal("abcde-fghij-klmno-pqrs1", norm));     /* 1 is not base32 */
	assert_false(herstelcode_normaal(NULL, norm));
}

/* ---- the QR code ------------------------------------------------------------------------------------------- */

/* The 15 format bits of the copy around the top-left finder (ISO/IEC 18004 7.9), unmasked. */
static unsigned
format_bits(const struct qr *q, bool second)
{
	unsigned bits = 0;

	for (int i = 0; i < 15; i++) {
		int x, y;

		if (!second) {
			if (i <= 5) { x = 8; y = i; }
			else if (i == 6) { x = 8; y = 7; }
			else if (i == 7) { x = 8; y = 8; }
			else if (i == 8) { x = 7; y = 8; }
			else { x = 14 - i; y = 8; }
		} else if (i < 8) {
			x = q->size - 1 - i;
			y = 8;
		} else {
			x = 8;
			y = q->size - 15 + i;
		}
		bits |= (unsigned)qr_dark(q, x, y) << i;
	}
	return bits ^ 0x5412;
}

/* The BCH(15,5) remainder of the format information's five data bits. */
static unsigned
format_bch(unsigned data)
{
	unsigned rem = data;

	for (int i = 0; i < 10; i++)
		rem = (rem << 1) ^ ((rem >> 9) * 0x537);
	return (data << 10) | (rem & 0x3ff);
}

static bool
finder_at(const struct qr *q, int x0, int y0)
{
	for (int y = 0; y < 7; y++)
		for (int x = 0; x < 7; x++) {
			bool ring = x == 0 || y == 0 || x == 6 || y == 6, core = x >= 2 && x <= 4 && y >= 2 && y <= 4;
			if (qr_dark(q, x0 + x, y0 + y) != (ring || core))
				return false;
		}
	return true;
}

static void
check_structure(const struct qr *q)
{
	unsigned f1 = format_bits(q, false), f2 = format_bits(q, true);

	assert_int_equal(q->size, 17 + 4 * q->version);
	assert_true(finder_at(q, 0, 0));
	assert_true(finder_at(q, q->size - 7, 0));
	assert_true(finder_at(q, 0, q->size - 7));
	for (int i = 8; i < q->size - 8; i++) {   /* the timing patterns alternate, dark on even modules */
		assert_int_equal(qr_dark(q, i, 6), i % 2 == 0);
		assert_int_equal(qr_dark(q, 6, i), i % 2 == 0);
	}
	assert_true(qr_dark(q, 8, q->size - 8));   /* the dark module */
	/* the format information: both copies equal, a valid BCH code word, error correction level M (00) */
	assert_int_equal(f1, f2);
	assert_int_equal(format_bch(f1 >> 10), f1);
	assert_int_equal((f1 >> 13) & 3, 0);
}

/* The byte capacities of level M in the standard's table: versions 1..5 hold 14, 26, 42, 62 and 84 bytes. */
static void
test_qr_versions_and_structure(void **state)
{
	static const int capacity[] = { 14, 26, 42, 62, 84 };
	char text[100];
	struct qr q;
	(void)state;

	for (int v = 1; v <= 5; v++) {
		memset(text, 'a', sizeof(text));
		text[capacity[v - 1]] = '\0';
		assert_int_equal(qr_encode(text, &q), 0);
		assert_int_equal(q.version, v);          /* exactly full */
		check_structure(&q);
		qr_free(&q);
		text[capacity[v - 1]] = 'a';
		text[capacity[v - 1] + 1] = '\0';
		assert_int_equal(qr_encode(text, &q), 0);
		assert_int_equal(q.version, v + 1);      /* one byte more needs the next version */
		check_structure(&q);
		qr_free(&q);
	}
}

/* The otpauth URI and its SVG: one path, exactly the dark modules, a quiet zone of four. */
static void
test_qr_svg_of_otpauth_uri(void **state)
{
	struct arena *a = arena_new();
	const char *uri = qrcode_otpauth_uri(a, "r.jansen@pmm.example", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
	struct buf svg;
	struct qr q;
	long dark = 0, drawn = 0;
	const char *p;
	(void)state;

	assert_string_equal(uri, "otpauth://totp/doorbraak:r.jansen%40pmm.example?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
	    "&issuer=doorbraak&algorithm=SHA1&digits=6&period=30");
	assert_int_equal(qr_encode(uri, &q), 0);
	check_structure(&q);
	for (int i = 0; i < q.size * q.size; i++)
		dark += q.dark[i];
	buf_init(&svg, 0);
	assert_int_equal(qrcode_svg(&svg, uri), 0);
	assert_non_null(strstr(buf_str(&svg), "viewBox=\"0 0 "));
	{
		char want[40];
		snprintf(want, sizeof(want), "viewBox=\"0 0 %d %d\"", q.size + 8, q.size + 8);
		assert_non_null(strstr(buf_str(&svg), want));
	}
	for (p = buf_str(&svg); (p = strstr(p, "h")) != NULL; p++) {   /* each run is "M x yhNv1h-Nz" */
		long n = strtol(p + 1, NULL, 10);
		if (n > 0)
			drawn += n;
	}
	assert_int_equal(drawn, dark);
	assert_non_null(strstr(buf_str(&svg), "M4 4h7v1h-7z"));   /* the top-left finder's first row, after the quiet zone */
	assert_non_null(qrcode_data_uri(a, uri));
	assert_int_equal(strncmp(qrcode_data_uri(a, uri), "data:image/svg+xml;base64,", 26), 0);
	buf_free(&svg);
	qr_free(&q);
	arena_free(a);
}

/* ---- the store --------------------------------------------------------------------------------------------- */

static void
test_store_step_moves_forward_and_codes_once(void **state)
{
	char path[64], h1[CRYPTO_SHA256_HEXLEN], h2[CRYPTO_SHA256_HEXLEN];
	struct store *st = fixture_store_open(path);
	struct arena *a = arena_new();
	struct tweede_factor tf;
	struct err e = { 0 };
	const char *hashes[2] = { h1, h2 };
	int64_t id;
	(void)state;

	assert_non_null(st);
	crypto_sha256_hex("abcdefghijklmnopqrst", 20, h1);
	crypto_sha256_hex("bcdefghijklmnopqrstu", 20, h2);
	assert_int_equal(store_begin(st), ERR_OK);
	assert_int_equal(store_user_add(st, "tf@test.example", "Tess Factor", NULL, ROL_BIT(ROL_REGIEVOERDER), "x", 0, &id,
	    &e), ERR_OK);
	assert_int_equal(store_tweede_factor(st, a, id, &tf, &e), ERR_OK);
	assert_null(tf.geheim);   /* not set up yet */
	assert_int_equal(store_tweede_factor_instellen(st, id, "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", 100, hashes, 2, 0, &e),
	    ERR_OK);
	assert_int_equal(store_commit(st), ERR_OK);
	assert_int_equal(store_tweede_factor(st, a, id, &tf, &e), ERR_OK);
	assert_string_equal(tf.geheim, "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
	assert_int_equal(tf.laatste_stap, 100);
	assert_int_equal(tf.herstelcodes_over, 2);

	/* the step only moves forward, in one UPDATE */
	assert_int_equal(store_tweede_factor_stap(st, id, 100, &e), ERR_CONFLICT);
	assert_int_equal(store_tweede_factor_stap(st, id, 99, &e), ERR_CONFLICT);
	assert_int_equal(store_tweede_factor_stap(st, id, 101, &e), ERR_OK);
	assert_int_equal(store_tweede_factor_stap(st, id, 101, &e), ERR_CONFLICT);

	/* a recovery code works once */
	assert_int_equal(store_herstelcode_gebruiken(st, id, h1, 0, &e), ERR_OK);
	assert_int_equal(store_herstelcode_gebruiken(st, id, h1, 0, &e), ERR_NOT_FOUND);
	assert_int_equal(store_herstelcode_gebruiken(st, id + 1, h2, 0, &e), ERR_NOT_FOUND);   /* not someone else's */
	assert_int_equal(store_tweede_factor(st, a, id, &tf, &e), ERR_OK);
	assert_int_equal(tf.herstelcodes_over, 1);

	/* a lost phone: everything goes */
	assert_int_equal(store_tweede_factor_wissen(st, id, &e), ERR_OK);
	assert_int_equal(store_tweede_factor(st, a, id, &tf, &e), ERR_OK);
	assert_null(tf.geheim);
	assert_int_equal(tf.laatste_stap, 0);
	assert_int_equal(tf.herstelcodes_over, 0);
	assert_int_equal(store_herstelcode_gebruiken(st, id, h2, 0, &e), ERR_NOT_FOUND);

	arena_free(a);
	store_close(st);
	fixture_store_remove(path);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hotp_rfc4226_vectors),
		cmocka_unit_test(test_totp_rfc6238_vectors),
		cmocka_unit_test(test_base32_rfc4648_vectors),
		cmocka_unit_test(test_secret_new),
		cmocka_unit_test(test_window_and_replay),
		cmocka_unit_test(test_who_needs_a_second_factor),
		cmocka_unit_test(test_recovery_codes),
		cmocka_unit_test(test_qr_versions_and_structure),
		cmocka_unit_test(test_qr_svg_of_otpauth_uri),
		cmocka_unit_test(test_store_step_moves_forward_and_codes_once),
	};

	if (crypto_init() != 0)
		return 1;
	return cmocka_run_group_tests(tests, NULL, NULL);
}
