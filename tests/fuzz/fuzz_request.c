/* fuzz_request.c - libFuzzer target: the whole request path, from bytes on a connection through libmicrohttpd,
   the checks at the door, sessions, CSRF, the router and the handlers to the database and back. */
#include <stdint.h>
#include <stdlib.h>

#include "fuzz_server.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc, (void)argv;
	fuzz_server_start();
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* 500 is doorbraak's answer to a bug (a handler that failed or did not reply); libmicrohttpd's own 501
	   and 505, and 503, are answers. A crash or a sanitizer report stops the fuzzer by itself. */
	int status = fuzz_server_send(data, size);

	if (status == 500)
		abort();
	return 0;
}
