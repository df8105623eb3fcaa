/* problem.h - an application/problem+json reply of the API with the parameter or member at fault (invalidParams). */
#ifndef DOORBRAAK_APP_PROBLEM_H
#define DOORBRAAK_APP_PROBLEM_H

#include "web/request.h"

/*
 * An application/problem+json reply (type, title, status, detail, instance).
 * With a field, the problem also carries "invalidParams": [{"name": field,
 * "reason": detail}] (Dutch API Design Rules), naming the member or query
 * parameter at fault. Bytes of detail and field that are not valid UTF-8 (a
 * message may quote a cut-off value) are left out.
 */
void api_problem(struct request *r, int status, const char *title, const char *detail, const char *field);

#endif
