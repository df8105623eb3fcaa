/* fuzz_form.c - libFuzzer target: application/x-www-form-urlencoded bodies (web/form.c). */
#include <assert.h>
#include <stdint.h>
#include <string.h>

#include "lib/mem.h"
#include "lib/utf8.h"
#include "web/form.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena *a = arena_new();
	char *body = arena_strndup(a, (const char *)data, size);
	struct kv *kv = NULL;
	size_t n = 0, len = 0;
	char *d;

	/* What form_parse promises: every key and value it hands out is valid UTF-8 without NUL. */
	if (form_parse(a, body, size, &kv, &n) == 0)
		for (size_t i = 0; i < n; i++) {
			assert(kv[i].key != NULL && kv[i].value != NULL);
			assert(utf8_valid(kv[i].key, strlen(kv[i].key)));
			assert(utf8_valid(kv[i].value, strlen(kv[i].value)));
		}
	/* The percent decoder alone: never longer than its input, NUL-terminated at outlen. */
	if ((d = form_decode(a, body, size, &len)) != NULL) {
		assert(len <= size);
		assert(d[len] == '\0');
	}
	arena_free(a);
	return 0;
}
