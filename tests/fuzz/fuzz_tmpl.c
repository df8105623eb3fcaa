/* fuzz_tmpl.c - libFuzzer target: the template engine (web/tmpl.c) on any template text, with a context of every
   kind of value; a value is always rendered escaped. */
#include <assert.h>
#include <jansson.h>
#include <stdint.h>
#include <string.h>

#include "lib/buf.h"
#include "web/tmpl.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static json_t *ctx;

static json_t *
context(void)
{
	json_error_t je;

	return json_loads("{\"naam\":\"<script>alert(1)</script>\",\"leeg\":\"\",\"nul\":0,\"een\":1,\"waar\":true,"
	    "\"onwaar\":false,\"niets\":null,\"getal\":3.5,\"lijst\":[\"a\",\"<b>\",{\"x\":\"\\\"'&\"},[1,[2]],null],"
	    "\"obj\":{\"a\":{\"b\":{\"c\":\"diep\"}},\"lijst\":[{\"naam\":\"binnen\"}]},\"leeg_lijst\":[],"
	    "\"user\":{\"naam\":\"Ruud\"},\"csrf\":\"x\",\"titel\":\"T\"}", 0, &je);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct buf out;

	if (ctx == NULL)
		ctx = context();
	buf_init(&out, 8 * 1024 * 1024);
	/* A template without '<' of its own, raw output or includes: every '<' in the output would have come from a
	   value of the context, which is escaped, so there is none. */
	if (tmpl_render_text(&out, (const char *)data, size, ctx) == 0 && memchr(data, '<', size) == NULL &&
	    memmem(data, size, "{{{", 3) == NULL && memmem(data, size, "{{>", 3) == NULL)
		assert(memchr(buf_str(&out), '<', out.len) == NULL);
	buf_free(&out);
	return 0;
}
