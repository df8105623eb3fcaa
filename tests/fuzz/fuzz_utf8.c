/* fuzz_utf8.c - libFuzzer target: UTF-8 validation (lib/utf8.c) against a plain reference decoder. */
#include <assert.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "lib/utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Unicode 15, table 3-7 (well-formed byte sequences), written the slow and obvious way; *cps = code points. */
static bool
reference_valid(const uint8_t *s, size_t n, size_t *cps)
{
	size_t i = 0;

	*cps = 0;
	while (i < n) {
		uint8_t b = s[i];
		uint32_t cp;
		size_t len;

		if (b == 0)
			return false;
		if (b < 0x80) {
			i++;
			(*cps)++;
			continue;
		}
		if (b >= 0xc2 && b <= 0xdf) len = 2, cp = b & 0x1f;
		else if (b >= 0xe0 && b <= 0xef) len = 3, cp = b & 0x0f;
		else if (b >= 0xf0 && b <= 0xf4) len = 4, cp = b & 0x07;
		else return false;
		if (i + len > n)
			return false;
		for (size_t k = 1; k < len; k++) {
			if ((s[i + k] & 0xc0) != 0x80)
				return false;
			cp = (cp << 6) | (s[i + k] & 0x3f);
		}
		if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10ffff)) ||
		    (cp >= 0xd800 && cp <= 0xdfff))
			return false;
		i += len;
		(*cps)++;
	}
	return true;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t cps;
	bool want = reference_valid(data, size, &cps);

	assert(utf8_valid((const char *)data, size) == want);
	if (want)
		assert(utf8_length((const char *)data, size) == cps);
	return 0;
}
