/* answer.h - the headers every response carries, and libmicrohttpd's own error answers replaced by ours. */
#ifndef DOORBRAAK_ANSWER_H
#define DOORBRAAK_ANSWER_H

#include <microhttpd.h>

#include "lib/config.h"

/* The headers every response carries, ours and libmicrohttpd's own alike (CSP, nosniff, X-Request-Id, HSTS …). */
void answer_base_headers(struct MHD_Response *resp, const struct config *cfg, const char *request_id);
/*
 * Finds libmicrohttpd's own MHD_queue_response (the program defines one in
 * its place: answer.c) and remembers cfg for the answers that replace the
 * library's. Call before the daemon starts; -1 when the library's function
 * cannot be found.
 */
int answer_init(const struct config *cfg);
/* Queues one of doorbraak's own responses: passed to the library unchanged. */
enum MHD_Result answer_queue_ours(struct MHD_Connection *conn, unsigned int status, struct MHD_Response *resp);

#endif
