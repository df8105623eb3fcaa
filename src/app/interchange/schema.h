/* schema.h - private to the interchange module: the member tables that drive reading and writing. */
#ifndef DOORBRAAK_INTERCHANGE_SCHEMA_H
#define DOORBRAAK_INTERCHANGE_SCHEMA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <jansson.h>

#include "core/casus.h"
#include "lib/mem.h"
#include "core/err.h"

/*
 * Every JSON object of the format is described once, as a table of members.
 * The same table drives parsing (which members exist, their types, codes and
 * which are required) and writing (the table order is the output order), so
 * the two cannot drift apart.
 */
enum kind {
	K_TEXT,     /* const char *; NULL = absent */
	K_DATE,     /* int day number; DATE_NONE = absent */
	K_BOOL,     /* bool */
	K_INT,      /* int */
	K_ID,       /* int64_t; 0 = absent */
	K_CODE,     /* int index into codes, -1 = absent */
	K_ENUM,     /* an enum (int-sized) indexing codes, always present */
	K_BITS,     /* unsigned, a bit per code; an array of codes in JSON */
	K_BITS64,   /* uint64_t, a bit per code (up to 64 codes: wetten, knelpunt soorten); an array in JSON */
	K_STRINGS,  /* const char ** with a size_t count at off_n */
	K_OBJECT,   /* an embedded struct described by `type` */
	K_ARRAY,    /* a pointer to structs described by `type`, count at off_n */
	K_BIJ,      /* struct belegging's bij_pmm/bij: "PMM" or an organisation */
	K_IDS,      /* int64_t * with a size_t count at off_n: an array of positive ids */
	K_BEDRAG,   /* int64_t euro cents (core/bedrag.h); BEDRAG_GEEN = absent; a JSON integer */
	K_IGNORE    /* derived by the server: accepted, never written */
};

#define M_REQUIRED 1u
#define M_NOCASE   2u
#define M_OPTIONEEL 4u   /* an array (or bit set) written only when it has elements (added to the format later) */
#define M_NIET_NUL  8u   /* a K_ENUM written only when it is not 0, its default (added to the format later) */

struct member {
	const char *name;
	enum kind kind;
	size_t off;
	size_t off_n;
	const struct codelist *codes;
	const struct objtype *type;
	unsigned flags;
};

struct objtype {
	size_t size;
	void (*init)(void *obj);
	const struct member *members;   /* ends with a NULL name */
	enum err_code (*finish)(struct err *e, void *obj, const char *path, uint64_t seen);
	bool (*present)(const void *obj);   /* K_OBJECT is written only when true */
};

typedef char path_t[sizeof(((struct err *)0)->field)];

extern const struct objtype interchange_schema_casus, interchange_schema_organisatie, interchange_schema_leerpunt;
/* One escalatie and one overbrugging as the format writes them inside a casus (and the API answers them). */
extern const struct objtype *const interchange_schema_escalatie, *const interchange_schema_overbrugging;

/* Reads (all members, with finish) or writes one object of type t: what interchange.c and write.c do for a casus. */
enum err_code interchange_read_object(struct arena *a, const struct objtype *t, const json_t *v, void *obj,
    const char *path, struct err *e);
json_t *interchange_write_object(const struct objtype *t, const void *obj);

/* out = path + "." + name (or name alone at the top), truncated to fit err.field. */
void interchange_path_join(path_t out, const char *path, const char *name);
/* out = path + "[i]", likewise. */
void interchange_path_index(path_t out, const char *path, size_t i);

#define FIELD(base, off, T) ((T *)(void *)((char *)(base) + (off)))
#define CFIELD(base, off, T) ((const T *)(const void *)((const char *)(base) + (off)))

#endif
