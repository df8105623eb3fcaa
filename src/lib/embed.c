/* embed.c - lookup of the files compiled into the binary. */
#include "embed.h"

#include <string.h>

const struct embedded_file *
embed_find(const char *name)
{
	for (const struct embedded_file *f = embedded_files; f->name != NULL; f++)
		if (strcmp(f->name, name) == 0)
			return f;
	return NULL;
}
