/* api.h - private to the escalatie and overbrugging API (app/escalatie/api*.c): reading a body, writing a record. */
#ifndef DOORBRAAK_APP_ESCALATIE_API_H
#define DOORBRAAK_APP_ESCALATIE_API_H

#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>

#include "app/casus/toegang.h"
#include "core/err.h"
#include "core/escalatie.h"
#include "core/overbrugging.h"
#include "web/request.h"

/*
 * Reading members of a JSON object o found at pad ("" for the body,
 * "deelnemers[1]" below it). Each returns ERR_OK, or ERR_VALIDATION with
 * e->field the member's path and a Dutch message. Absent and null are the
 * same; an optional member absent leaves *out as the caller set it.
 */
enum err_code ea_leden(const json_t *o, const char *pad, const char *const *bekend, struct err *e);
enum err_code ea_tekst(struct request *r, const json_t *o, const char *pad, const char *naam, size_t max,
    bool verplicht, const char **out, struct err *e);
enum err_code ea_datum(const json_t *o, const char *pad, const char *naam, bool verplicht, int *out, struct err *e);
enum err_code ea_code(const json_t *o, const char *pad, const char *naam, const struct codelist *l, bool verplicht,
    int *out, struct err *e);
enum err_code ea_bool(const json_t *o, const char *pad, const char *naam, bool *out, struct err *e);
/* A whole number (termijnWerkdagen); an amount is a whole number of euro cents (ea_bedrag), never a fraction. */
enum err_code ea_getal(const json_t *o, const char *pad, const char *naam, int64_t min, int64_t max, int64_t *out,
    struct err *e);
enum err_code ea_bedrag(const json_t *o, const char *pad, const char *naam, int64_t *out, struct err *e);
/* An organisation {naam, type, code?} as the interchange format writes it (found by name and type, or made). */
enum err_code ea_org(struct request *r, const json_t *o, const char *pad, const char *naam, bool verplicht,
    struct organisatie_ref *out, struct err *e);
/* True when member naam is present and not null. */
bool ea_heeft(const json_t *o, const char *naam);

/* Replies with the problem of rc/e (400 with invalidParams, 403, 404, 409, 503). */
void ea_fout(struct request *r, enum err_code rc, struct err *e);
/* The id in the path at index i (a positive number), or 0 (then the caller answers 404). */
int64_t ea_id(struct request *r, int i);

/* The escalatie and the overbrugging as the API answers them: the interchange object with ids, derived values
   and _links. The caller owns the result. */
json_t *ea_escalatie_json(struct request *r, const char *ref, const struct escalatie *e);
json_t *ea_overbrugging_json(struct request *r, const char *ref, const struct overbrugging *o);

#endif
