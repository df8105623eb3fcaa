/* fuzz_multipart.c - libFuzzer target: multipart/form-data bodies (web/multipart.c); the first line is the Content-Type. */
#include <assert.h>
#include <stdint.h>
#include <string.h>

#include "lib/mem.h"
#include "lib/utf8.h"
#include "web/multipart.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena *a = arena_new();
	const char *nl = memchr(data, '\n', size);
	size_t ctlen = nl ? (size_t)(nl - (const char *)data) : size;
	char *ct = arena_strndup(a, (const char *)data, ctlen);
	size_t blen = nl ? size - ctlen - 1 : 0;
	/* The server hands the body over NUL-terminated (buf_str); so does this. */
	char *body = arena_strndup(a, nl ? nl + 1 : "", blen);
	struct kv *form = NULL;
	struct upload *files = NULL;
	size_t nform = 0, nfiles = 0;

	if (multipart_parse(a, ct, body, blen, &form, &nform, &files, &nfiles) == 0) {
		assert(nform + nfiles <= 64);
		for (size_t i = 0; i < nform; i++)
			assert(utf8_valid(form[i].value, strlen(form[i].value)));
		for (size_t i = 0; i < nfiles; i++) {
			assert(files[i].len <= blen);
			assert(files[i].data[files[i].len] == '\0');
		}
	}
	arena_free(a);
	return 0;
}
