/* fuzz_json.c - libFuzzer target: JSON input of the interchange format (app/interchange): a casus line, the
   header line, a signal, a system change, and a PATCH body applied to a casus. */
#include <assert.h>
#include <stdbool.h>
#include <jansson.h>
#include <stdint.h>
#include <string.h>

#include "app/interchange/interchange.h"
#include "core/casus.h"
#include "core/err.h"
#include "core/leerpunt.h"
#include "core/systeemwijziging.h"
#include "lib/date.h"
#include "lib/embed.h"
#include "lib/mem.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The first demo casus, read anew for each input into its arena: what a PATCH body is applied to. */
static bool
demo_load(struct arena *a, struct casus *out)
{
	const struct embedded_file *f = embed_find("demo/casussen.jsonl");
	const char *nl;

	memset(out, 0, sizeof(*out));
	if (f == NULL || (nl = memchr(f->data, '\n', f->len)) == NULL)
		return false;
	return interchange_parse(a, (const char *)f->data, (size_t)(nl - (const char *)f->data), out, NULL) == ERR_OK;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena *a = arena_new();
	struct casus c;
	struct err e = { 0 };
	json_error_t je;
	json_t *root;
	int versie = 0;

	memset(&c, 0, sizeof(c));
	if (interchange_parse(a, (const char *)data, size, &c, &e) == ERR_OK) {
		/* A casus read is a casus that can be written again and read back. */
		char *line = interchange_format(a, &c);
		struct casus c2;

		assert(line != NULL);
		memset(&c2, 0, sizeof(c2));
		assert(interchange_parse(a, line, strlen(line), &c2, NULL) == ERR_OK);
	}
	root = json_loadb((const char *)data, size, JSON_REJECT_DUPLICATES, &je);
	if (root != NULL) {
		struct leerpunt l;
		struct systeemwijziging s;
		struct casus p;

		switch (interchange_regel_van(root, &versie)) {
		case REGEL_KOP:
			(void)interchange_kop_check(root, versie, &e);
			break;
		case REGEL_SIGNAAL:
			memset(&l, 0, sizeof(l));
			(void)interchange_parse_leerpunt(a, json_object_get(root, "signaal"), "signaal", &l, &e);
			break;
		case REGEL_SYSTEEMWIJZIGING:
			memset(&s, 0, sizeof(s));
			(void)interchange_parse_systeemwijziging(a, json_object_get(root, "systeemwijziging"),
			    "systeemwijziging", &s, &e);
			break;
		case REGEL_CASUS:
			/* The same object as a PATCH body on the first demo casus (a copy: the patch may change it). */
			if (json_is_object(root) && demo_load(a, &p) && interchange_patch(a, root, &p, &e) == ERR_OK)
				(void)casus_validate(&p, date_from_ymd(9999, 12, 31), &e);
			break;
		}
		json_decref(root);
	}
	arena_free(a);
	return 0;
}
