/* fuzz_cookie.c - libFuzzer target: the Cookie header (libmicrohttpd's parser, then doorbraak's session lookup)
   on a page, a form POST and an API route. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

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

static const char *const heads[] = {
	"GET / HTTP/1.1\r\nHost: localhost\r\nCookie: ",
	"GET /casussen?zoek=schuld HTTP/1.1\r\nHost: localhost\r\nCookie: ",
	"POST /toegang-aanvragen HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
	    "Content-Length: 69\r\nCookie: ",
	"GET /api/v1/mij HTTP/1.1\r\nHost: localhost\r\nCookie: ",
};

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *head, *tail = "\r\n\r\ncsrf=" FUZZ_CSRF;
	char *req;
	size_t hl, tl, n;
	int status;

	if (size < 1)
		return 0;
	head = heads[data[0] % (sizeof(heads) / sizeof(heads[0]))];
	hl = strlen(head), tl = strlen(tail);
	n = hl + size - 1 + tl;
	req = malloc(n);
	memcpy(req, head, hl);
	memcpy(req + hl, data + 1, size - 1);
	memcpy(req + hl + size - 1, tail, tl);
	status = fuzz_server_send((const uint8_t *)req, n);
	free(req);
	if (status == 500)   /* a bug; 503 is an answer */
		abort();
	return 0;
}
